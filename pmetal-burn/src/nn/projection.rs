//! [`Projection`]: the bias-free linear map inside [`super::MultiHeadAttention`] and
//! [`super::SwiGluMlp`], either a plain `burn::nn::Linear` or a [`LoraLinear`], so LoRA
//! adapters go onto those layers' projections (replace a field with its
//! `Projection::Lora`) without a second attention or MLP type.

use burn::module::Module;
use burn::nn::Linear;
use burn::tensor::Tensor;

use super::{tensor_param, LoraLinear};
use crate::backend::PmetalBackend;

/// A layer's projection: Burn's `Linear` (Burn's matmul) or a [`LoraLinear`] (pmetal's fused
/// base + adapter GEMM).
#[derive(Module, Debug)]
pub enum Projection<B: PmetalBackend> {
    /// `x @ weight` with `weight [d_input, d_output]` (and its bias, if any).
    Linear(Linear<B>),
    /// `x W^T + scale (x A^T) B^T`.
    Lora(LoraLinear<B>),
}

impl<B: PmetalBackend> Projection<B> {
    /// A bias-free `Linear` over an existing weight stored `[d_output, d_input]` (PyTorch's
    /// layout), taken as it is: no copy, no upload, and its autodiff state kept (see
    /// [`LoraLinear::from_weights`]). The `Linear` holds the transposed view, which is how
    /// Burn's own `LinearLayout::Col` keeps such a weight; the matmul reads it in place.
    pub fn from_weight(weight: Tensor<B, 2>) -> Self {
        Projection::Linear(Linear { weight: tensor_param(weight.transpose()), bias: None })
    }

    /// `[..., d_input]` to `[..., d_output]`.
    pub fn forward<const D: usize>(&self, x: Tensor<B, D>) -> Tensor<B, D> {
        match self {
            Projection::Linear(l) if D > 2 => {
                // Rows of tokens: Burn's linear on `[batch, seq, in]` broadcasts the weight
                // into a batched matmul and sums dW over the batch in an extra pass; on the
                // flattened input it is one GEMM each way. (A reshape, no copy.)
                let mut dims = x.dims();
                let y = l.forward(x.reshape([-1, dims[D - 1] as i32]));
                dims[D - 1] = y.dims()[1];
                y.reshape(dims)
            }
            Projection::Linear(l) => l.forward(x),
            Projection::Lora(l) => l.forward(x),
        }
    }
}

impl<B: PmetalBackend> From<Linear<B>> for Projection<B> {
    fn from(l: Linear<B>) -> Self {
        Projection::Linear(l)
    }
}

impl<B: PmetalBackend> From<LoraLinear<B>> for Projection<B> {
    fn from(l: LoraLinear<B>) -> Self {
        Projection::Lora(l)
    }
}
