//! pmetal's fused kernels as Burn 0.21 operations on Burn's CubeCL tensors (no copies:
//! Burn and pmetal share one CubeCL `ComputeClient`), with autodiff wired to pmetal's
//! backward kernels; plus a small Llama-style model built twice (Burn's ops / the [`nn`]
//! modules) and the `train-demo` driver the runner calls.
//!
//! The ops run on Burn's `CubeBackend` (wgpu: Vulkan, Metal; CUDA), on Burn's fused
//! `Fusion<CubeBackend>` — `burn::backend::Wgpu` / `Cuda` with Burn's `fusion` feature,
//! which Burn's default features turn on — through feature `fusion` (on by default), and
//! on `Autodiff` over either; see [`ops`] and [`backend`].
//!
//! [`nn`] wraps the ops as Burn modules (each with a `Config` whose `init` builds it) to put
//! into a `burn::nn` model and train with `burn::optim`:
//!
//! ```rust,ignore
//! use pmetal_burn::nn::{LinearCrossEntropyLossConfig, MultiHeadAttentionConfig, RmsNormConfig, SwiGluMlpConfig};
//!
//! // B: Autodiff<burn::backend::Wgpu> (fused or not), Autodiff<CubeBackend<WgpuRuntime, f32, i32, u32>>,
//! // or their CUDA counterparts; x: [batch, seq, 256]
//! let norm = RmsNormConfig::new(256).init::<B>(&device);
//! let attn = MultiHeadAttentionConfig::new(256, 8, 2).with_rope_theta(Some(10_000.0)).init::<B>(&device);
//! let mlp = SwiGluMlpConfig::new(256, 768).init::<B>(&device);
//! let head = LinearCrossEntropyLossConfig::new(256, vocab).init::<B>(&device);
//! let x = x.clone() + attn.forward(norm.forward(x));  // causal GQA FlashAttention with RoPE
//! let x = x.clone() + mlp.forward(x);
//! let loss = head.forward(x, targets);                  // targets [batch, seq]; no logits held
//! let grads = loss.backward();
//! ```

pub mod backend;
pub mod bridge;
pub mod nn;
pub mod ops;

pub mod data;
pub mod demo;
pub mod model;
pub mod plot;
