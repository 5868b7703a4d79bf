//! [`Rope`]: rotary position embeddings of q and k `[batch, seq, heads, head_dim]` at
//! positions `0..seq`, rotate-half (Llama / Hugging Face) style with frequencies
//! `theta^(-2i/head_dim)`; both rotated in one pmetal launch ([`crate::ops::rope`]). It has
//! no parameters. Positions always start at 0 (the op takes no offset), so it suits
//! training and full-sequence forwards, not decoding with a KV cache.

use core::marker::PhantomData;

use burn::config::Config;
use burn::module::Module;
use burn::tensor::Tensor;

use crate::backend::PmetalBackend;
use crate::ops;

/// Configuration of [`Rope`].
#[derive(Config, Debug)]
pub struct RopeConfig {
    /// The frequency base (Llama: 10000; Llama 3: 500000).
    #[config(default = 10_000.0)]
    pub theta: f32,
}

impl RopeConfig {
    /// The layer (it holds no tensors; `device` is taken for Burn's `init` convention).
    ///
    /// # Panics
    /// If `theta` is not a positive finite number.
    pub fn init<B: PmetalBackend>(&self, _device: &B::Device) -> Rope<B> {
        assert!(self.theta.is_finite() && self.theta > 0.0, "RopeConfig: theta must be positive and finite, got {}", self.theta);
        Rope { theta: self.theta, _backend: PhantomData }
    }
}

/// Rotary embeddings. Made by [`RopeConfig::init`].
#[derive(Module, Debug)]
pub struct Rope<B: PmetalBackend> {
    /// See [`RopeConfig::theta`].
    pub theta: f32,
    // A module is generic over its backend even without tensors.
    _backend: PhantomData<B>,
}

impl<B: PmetalBackend> Rope<B> {
    /// Rotates q `[batch, seq, heads, head_dim]` and k `[batch, seq, kv_heads, head_dim]`
    /// (batch, seq and an even head_dim shared; k may have fewer heads), returning them in
    /// that order and layout.
    pub fn forward(&self, q: Tensor<B, 4>, k: Tensor<B, 4>) -> (Tensor<B, 4>, Tensor<B, 4>) {
        ops::rope(q, k, self.theta)
    }
}
