//! [`RmsNorm`]: root-mean-square normalisation over the last dim with a learned scale,
//! `x / sqrt(mean(x^2) + epsilon) * weight` (Llama's, not Gemma's `1 + weight`), one fused
//! pmetal kernel forward and backward ([`crate::ops::rms_norm`]).

use burn::config::Config;
use burn::module::{Initializer, Module, Param};
use burn::tensor::Tensor;

use super::tensor_param;
use crate::backend::PmetalBackend;
use crate::ops;

/// Configuration of [`RmsNorm`].
#[derive(Config, Debug)]
pub struct RmsNormConfig {
    /// Size of the normalised (last) dim.
    pub d_model: usize,
    /// Added to the mean square before the root, for stability.
    #[config(default = 1e-5)]
    pub epsilon: f64,
}

impl RmsNormConfig {
    /// The layer on `device`, its weight all ones (the identity scale).
    ///
    /// # Panics
    /// If `d_model` is 0 or `epsilon` is not positive.
    pub fn init<B: PmetalBackend>(&self, device: &B::Device) -> RmsNorm<B> {
        assert!(self.d_model > 0, "RmsNormConfig: d_model must be positive, got 0");
        assert!(self.epsilon > 0.0, "RmsNormConfig: epsilon must be positive, got {}", self.epsilon);
        RmsNorm { weight: Initializer::Ones.init([self.d_model], device), epsilon: self.epsilon }
    }
}

/// RMSNorm over the last dim with a `[d_model]` weight. Made by [`RmsNormConfig::init`].
#[derive(Module, Debug)]
pub struct RmsNorm<B: PmetalBackend> {
    /// The per-feature scale, `[d_model]`.
    pub weight: Param<Tensor<B, 1>>,
    /// See [`RmsNormConfig::epsilon`].
    pub epsilon: f64,
}

impl<B: PmetalBackend> RmsNorm<B> {
    /// The layer over an existing `[d_model]` weight, taken as it is (no copy; its autodiff
    /// state kept, see [the module docs](super)).
    ///
    /// # Panics
    /// If `epsilon` is not positive.
    pub fn from_weight(weight: Tensor<B, 1>, epsilon: f64) -> Self {
        assert!(epsilon > 0.0, "RmsNorm: epsilon must be positive, got {epsilon}");
        RmsNorm { weight: tensor_param(weight), epsilon }
    }

    /// `[..., d_model]` to the same shape.
    pub fn forward<const D: usize>(&self, x: Tensor<B, D>) -> Tensor<B, D> {
        // The kernel takes eps as f32, the type it computes in.
        ops::rms_norm(x, self.weight.val(), self.epsilon as f32)
    }
}
