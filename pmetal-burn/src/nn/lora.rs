//! [`LoraLinear`]: a linear layer with a low-rank adapter,
//! `y = x W^T + (alpha / rank) (x A^T) B^T`, base and adapter in one fused pmetal kernel
//! ([`crate::ops::lora_linear`]) whose backward gives dx, dA, dB, and dW only when W is
//! tracked. B starts at zero (as LoRA does), so a fresh adapter leaves the base layer's
//! output unchanged. Weights are stored `[out, in]` (PyTorch's and pmetal's layout, not
//! `burn::nn::Linear`'s `[in, out]`); there is no bias and no adapter dropout.

use burn::config::Config;
use burn::module::{Initializer, Module, Param};
use burn::tensor::Tensor;

use super::tensor_param;
use crate::backend::PmetalBackend;
use crate::ops;

/// Configuration of [`LoraLinear`].
#[derive(Config, Debug)]
pub struct LoraLinearConfig {
    /// Input size.
    pub d_input: usize,
    /// Output size.
    pub d_output: usize,
    /// Adapter rank `r` (A is `[r, d_input]`, B `[d_output, r]`).
    pub rank: usize,
    /// Adapter scale numerator: the update is scaled by `alpha / rank`.
    pub alpha: f32,
    /// Initialiser of the base weight and of A (B is zeros), as in `LinearConfig`.
    #[config(default = "Initializer::KaimingUniform { gain: 1.0 / 3.0f64.sqrt(), fan_out_only: false }")]
    pub initializer: Initializer,
}

impl LoraLinearConfig {
    /// The layer on `device`: W and A from the initialiser, B zeros. Every parameter is
    /// trainable; freeze the base weight with `layer.weight = layer.weight.set_require_grad(false)`
    /// (or load pretrained weights into it first) to train the adapter alone.
    ///
    /// # Panics
    /// If a size or the rank is 0, or `alpha` is not finite.
    pub fn init<B: PmetalBackend>(&self, device: &B::Device) -> LoraLinear<B> {
        let (i, o, r) = (self.d_input, self.d_output, self.rank);
        assert!(i > 0 && o > 0, "LoraLinearConfig: d_input ({i}) and d_output ({o}) must be positive");
        assert!(r > 0, "LoraLinearConfig: rank must be positive, got 0");
        assert!(self.alpha.is_finite(), "LoraLinearConfig: alpha must be finite, got {}", self.alpha);
        LoraLinear {
            // fan_in is d_input for both: they multiply x.
            weight: self.initializer.init_with([o, i], Some(i), Some(o), device),
            lora_a: self.initializer.init_with([r, i], Some(i), Some(r), device),
            lora_b: Initializer::Zeros.init([o, r], device),
            scale: self.alpha / r as f32,
        }
    }
}

/// Linear layer with a LoRA adapter. Made by [`LoraLinearConfig::init`].
#[derive(Module, Debug)]
pub struct LoraLinear<B: PmetalBackend> {
    /// Base weight W, `[d_output, d_input]`.
    pub weight: Param<Tensor<B, 2>>,
    /// Adapter down-projection A, `[rank, d_input]`.
    pub lora_a: Param<Tensor<B, 2>>,
    /// Adapter up-projection B, `[d_output, rank]`.
    pub lora_b: Param<Tensor<B, 2>>,
    /// `alpha / rank`.
    pub scale: f32,
}

impl<B: PmetalBackend> LoraLinear<B> {
    /// The layer over existing tensors, W `[d_output, d_input]`, A `[rank, d_input]`, B
    /// `[d_output, rank]`, with the adapter scaled by `scale` (`alpha / rank`). They are
    /// taken as they are (no copy; autodiff state kept, see [the module docs](super)), so an
    /// untracked W stays frozen and the backward computes no dW for it.
    ///
    /// # Panics
    /// If the shapes do not fit together or `scale` is not finite.
    pub fn from_weights(weight: Tensor<B, 2>, lora_a: Tensor<B, 2>, lora_b: Tensor<B, 2>, scale: f32) -> Self {
        let ([o, i], [r, ia], [ob, rb]) = (weight.dims(), lora_a.dims(), lora_b.dims());
        assert!(ia == i && ob == o && rb == r, "LoraLinear: W {:?}, A {:?} and B {:?} must be [out, in], [rank, in] and [out, rank]", [o, i], [r, ia], [ob, rb]);
        assert!(scale.is_finite(), "LoraLinear: scale must be finite, got {scale}");
        LoraLinear { weight: tensor_param(weight), lora_a: tensor_param(lora_a), lora_b: tensor_param(lora_b), scale }
    }

    /// `[..., d_input]` to `[..., d_output]`.
    pub fn forward<const D: usize>(&self, x: Tensor<B, D>) -> Tensor<B, D> {
        let dims = x.dims();
        let d_in = dims[D - 1];
        // The kernel takes rows of tokens: flatten the leading dims and restore them.
        let x2: Tensor<B, 2> = x.reshape([-1, d_in as i32]);
        let y = ops::lora_linear(x2, self.weight.val(), self.lora_a.val(), self.lora_b.val(), self.scale);
        let mut out = dims;
        out[D - 1] = y.dims()[1];
        y.reshape(out)
    }
}
