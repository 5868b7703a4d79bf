//! pmetal's fused kernels as Burn tensor functions.
//!
//! `B` is a [`PmetalBackend`]: Burn's `CubeBackend` on wgpu or CUDA, or Burn's fused
//! `Fusion<CubeBackend>` (feature `fusion`), both forward only, or `Autodiff` over either
//! (gradients through pmetal's backward kernels). Float tensors are in
//! the backend's float dtype: f32 everywhere, f16/bf16 where the runtime has them (Burn's
//! wgpu has no bf16; CUDA does). Calls pmetal refuses (a dtype or shape its kernel lacks,
//! e.g. an attention head_dim outside 32/64/80/96/128/192/256) panic with pmetal's reason
//! before anything is launched.
//!
//! ## Backends and devices
//! - wgpu (Vulkan, lavapipe in CI; Metal): `CubeBackend<WgpuRuntime, f32, i32, u32>`
//!   (`burn_cubecl::CubeBackend`, `burn_cubecl::cubecl::wgpu::WgpuRuntime`), device
//!   `WgpuDevice::DefaultDevice` (`Default::default()`): the server pmetal's own
//!   `MetalContext::with_backend(Vulkan)` drives, whichever of the two opens it first.
//! - CUDA (feature `cuda`): `CubeBackend<CudaRuntime, F, i32, u8>` with F = f32, f16 or
//!   bf16, device `CudaDevice { index: 0 }` (the default; pmetal's CUDA context too).
//! - Fused (feature `fusion`, default): `burn_fusion::Fusion<` either of those `>`, i.e.
//!   `burn::backend::Wgpu` / `burn::backend::Cuda` when Burn's `fusion` feature is on (as
//!   in Burn's default features). Each kernel is a custom operation in Burn's lazy stream.
//!   Inputs and configs are checked when the op is called (an unsupported head_dim panics
//!   there, as unfused); what only the kernel can refuse (a target outside the vocabulary)
//!   makes that op's outputs NaN when the stream runs, and the next pmetal op panics with
//!   pmetal's message.
//! - Training: `burn::backend::Autodiff<that backend>`.
//!
//! Tensors cross without copies (see [`crate::bridge`]), so weights made once on the
//! device serve a Burn-ops model and a pmetal-ops model alike, e.g. by cloning the same
//! `Tensor`s (or `Param`s) into both: both backends are the same `CubeBackend` type. (A
//! fused and an unfused backend are two types: move tensors between them through their
//! data, or a record, as tests/nn_suite/fusion.rs does.)

use burn::tensor::{Int, Tensor, TensorPrimitive};

pub use crate::backend::PmetalBackend;

fn float<B: PmetalBackend, const D: usize>(t: Tensor<B, D>) -> burn::tensor::ops::FloatTensor<B> {
    t.into_primitive().tensor()
}

fn wrap<B: PmetalBackend, const D: usize>(t: burn::tensor::ops::FloatTensor<B>) -> Tensor<B, D> {
    Tensor::from_primitive(TensorPrimitive::Float(t))
}

/// RMSNorm over the last dim: `x / sqrt(mean(x^2) + eps) * weight`, weight `[hidden]`.
pub fn rms_norm<B: PmetalBackend, const D: usize>(x: Tensor<B, D>, weight: Tensor<B, 1>, eps: f32) -> Tensor<B, D> {
    wrap(B::pmetal_rms_norm(float(x), float(weight), eps))
}

/// Rotary embeddings of q and k `[batch, seq, heads, head_dim]` (k may have fewer heads) at
/// positions `0..seq`, rotate-half (Llama / Hugging Face) style, frequencies
/// `theta^(-2i/head_dim)`. One launch rotates both.
pub fn rope<B: PmetalBackend>(q: Tensor<B, 4>, k: Tensor<B, 4>, theta: f32) -> (Tensor<B, 4>, Tensor<B, 4>) {
    let (q, k) = B::pmetal_rope(float(q), float(k), theta);
    (wrap(q), wrap(k))
}

/// `silu(gate) * up`, one pass (the backward recomputes silu).
pub fn swiglu<B: PmetalBackend, const D: usize>(gate: Tensor<B, D>, up: Tensor<B, D>) -> Tensor<B, D> {
    wrap(B::pmetal_swiglu(float(gate), float(up)))
}

/// Exact attention (FlashAttention): q `[batch, seq, heads, head_dim]`, k and v
/// `[batch, seq, kv_heads, head_dim]` (GQA: heads a multiple of kv_heads), scale
/// `1/sqrt(head_dim)`; causal masks keys after the query. Returns q's shape.
pub fn attention<B: PmetalBackend>(q: Tensor<B, 4>, k: Tensor<B, 4>, v: Tensor<B, 4>, causal: bool) -> Tensor<B, 4> {
    wrap(B::pmetal_attention(float(q), float(k), float(v), causal))
}

/// Mean cross-entropy of logits `[rows, vocab]` against targets `[rows]`, shape `[1]`.
/// Targets of -100 are ignored (PyTorch's `ignore_index`); other targets outside the
/// vocabulary panic.
pub fn cross_entropy<B: PmetalBackend>(logits: Tensor<B, 2>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1> {
    wrap(B::pmetal_cross_entropy(float(logits), targets.into_primitive()))
}

/// Mean cross-entropy of `hidden [rows, d] @ weight^T` (weight `[vocab, d]`, the lm_head)
/// against targets `[rows]`, shape `[1]`; the logits are never materialised. With autodiff
/// the gradients of hidden and weight are computed with the forward (one blockwise pass
/// over the vocabulary) and scaled by the upstream gradient in the backward.
pub fn linear_cross_entropy<B: PmetalBackend>(hidden: Tensor<B, 2>, weight: Tensor<B, 2>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1> {
    wrap(B::pmetal_linear_cross_entropy(float(hidden), float(weight), targets.into_primitive()))
}

/// LoRA linear `x W^T + scale (x A^T) B^T`: x `[tokens, in]`, w `[out, in]`, a `[r, in]`,
/// b `[out, r]`. W gets a gradient only if it is tracked (`require_grad`).
pub fn lora_linear<B: PmetalBackend>(x: Tensor<B, 2>, w: Tensor<B, 2>, a: Tensor<B, 2>, b: Tensor<B, 2>, scale: f32) -> Tensor<B, 2> {
    wrap(B::pmetal_lora_linear(float(x), float(w), float(a), float(b), scale))
}

/// One token per row of logits `[rows, vocab]` from pmetal's fused sampler: temperature 0
/// is greedy; `top_k` 0 and `top_p` >= 1 turn those filters off. `seed` and the row index
/// key the random draw (the same seed gives the same tokens).
pub fn sample<B: PmetalBackend>(logits: Tensor<B, 2>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
    B::pmetal_sample(float(logits), temperature, top_k, top_p, seed)
}
