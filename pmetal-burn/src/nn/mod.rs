//! Burn modules built on pmetal's fused ops, to drop into a `burn::nn` model.
//!
//! Each layer is a `#[derive(Module)]` struct made by its `#[derive(Config)]` config's
//! `init(&device)`, like `burn::nn::LinearConfig`, generic over a [`PmetalBackend`]
//! (`CubeBackend` on wgpu or CUDA, Burn's fused `Fusion<CubeBackend>` with feature
//! `fusion`, or `Autodiff` over either: see [`crate::ops`]). Their
//! `forward` calls the fused kernels in [`crate::ops`], so on `Autodiff` the gradients come
//! from pmetal's backward kernels; their plain projections are `burn::nn::Linear` (Burn's
//! matmul), since pmetal adds no plain GEMM op to Burn.
//!
//! | layer | computes |
//! |---|---|
//! | [`RmsNorm`] | `x / sqrt(mean(x^2) + eps) * weight` over the last dim |
//! | [`SwiGluMlp`] | `down(silu(gate(x)) * up(x))` |
//! | [`Rope`] | rotate-half rotary embeddings of q and k at positions `0..seq` |
//! | [`MultiHeadAttention`] | q/k/v/o projections, optional RoPE, FlashAttention (GQA, causal or not) |
//! | [`LoraLinear`] | `x W^T + (alpha / rank) (x A^T) B^T`, B starting at zero |
//! | [`Projection`] | Burn's `Linear` or a [`LoraLinear`]: the projections of the two above |
//! | [`LinearCrossEntropyLoss`] | mean cross-entropy of `hidden @ lm_head^T` without materialising the logits |
//!
//! Invalid configs (zero sizes, `d_model` not a multiple of the heads, rank 0, ...) panic in
//! `init` with the reason, as Burn's own configs do; shapes or dtypes a kernel lacks (e.g. an
//! attention head_dim outside 32/64/80/96/128/192/256) panic in `forward` with pmetal's reason.
//!
//! Parameters are ordinary `Param`s: freeze one with `Param::set_require_grad(false)` or a
//! whole module with `Module::no_grad`, save and load them with Burn's records, and step
//! them with `burn::optim`.
//!
//! A layer can also be put together from tensors that already exist (pretrained weights, or
//! a training loop's own working copies): `RmsNorm::from_weight`, `LoraLinear::from_weights`,
//! `LinearCrossEntropyLoss::from_weight`, `Projection::from_weight` (a bias-free `Linear`
//! over a `[d_output, d_input]` weight), and struct literals of [`MultiHeadAttention`] and
//! [`SwiGluMlp`] over [`Projection`]s. These take the tensors as they are, with no copy and
//! their autodiff state kept: a tracked tensor's gradient stays readable from it (or from
//! the tensor it is a view of), an untracked one stays frozen. (`Param::from_tensor` would
//! mark it tracked instead, which makes a frozen base weight trainable and panics on a view.)
//! The projections of `MultiHeadAttention` and `SwiGluMlp` are [`Projection`]s: Burn's
//! `Linear` from `init`, or a [`LoraLinear`] to fine-tune them with adapters.
//!
//! [`PmetalBackend`]: crate::backend::PmetalBackend

mod attention;
mod linear_cross_entropy;
mod lora;
mod projection;
mod rms_norm;
mod rope;
mod swiglu_mlp;

pub use attention::{MultiHeadAttention, MultiHeadAttentionConfig};
pub use linear_cross_entropy::{LinearCrossEntropyLoss, LinearCrossEntropyLossConfig};
pub use lora::{LoraLinear, LoraLinearConfig};
pub use projection::Projection;
pub use rms_norm::{RmsNorm, RmsNormConfig};
pub use rope::{Rope, RopeConfig};
pub use swiglu_mlp::{SwiGluMlp, SwiGluMlpConfig};

/// `t` as a parameter as it is (see the module docs: no copy, autodiff state kept).
fn tensor_param<B: burn::tensor::backend::Backend, const D: usize>(t: burn::tensor::Tensor<B, D>) -> burn::module::Param<burn::tensor::Tensor<B, D>> {
    burn::module::Param::initialized(burn::module::ParamId::new(), t)
}
