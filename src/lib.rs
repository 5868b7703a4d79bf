//! # pmetal-metal
//!
//! Fused GPU kernels for training and running large language models, written once in
//! Rust with [CubeCL](https://crates.io/crates/cubecl) and compiled by it to MSL (Metal on
//! Apple Silicon), CUDA C++ (NVIDIA, through NVRTC at run time) and SPIR-V (Vulkan).
//!
//! ```no_run
//! use pmetal_metal::{GpuBuffer, MetalContext, SwiGlu};
//! # fn main() -> pmetal_metal::Result<()> {
//! let ctx = MetalContext::new()?;            // Metal, CUDA or Vulkan: the best present
//! let gate = GpuBuffer::<f32>::from_slice(&ctx, &[0.5, -1.0, 2.0, 3.0], &[2, 2])?;
//! let up = GpuBuffer::<f32>::from_slice(&ctx, &[1.0, 2.0, 3.0, 4.0], &[2, 2])?;
//! let h = SwiGlu::new(&ctx).forward(&gate, &up)?;  // silu(gate) * up, one pass
//! let host: Vec<f32> = h.to_vec()?;
//! # Ok(()) }
//! ```
//!
//! **Metal status**: every kernel's generated MSL is type-checked in CI (clang against a
//! header of the MSL built-ins, plus rules for Metal's hazards), but no kernel has run on
//! Apple hardware yet. bf16 on Metal runs as 16-bit words converted in the kernel
//! (CubeCL 0.10 does not register a Metal bf16 type).
//!
//! ## Layout
//! - [`MetalContext`]: device + queue (the seed's name; it is the GPU context on every
//!   platform), [`GpuTensor`] / [`GpuBuffer`]: device memory with dtype and shape.
//! - [`kernels`]: one module per op ([`SwiGlu`], [`RmsNorm`], [`Rope`]); each public
//!   function validates, then launches.
//! - [`mod@reference`]: plain f64 implementations sharing no code with the kernels: the
//!   specification and the test oracle.
//! - [`codegen`]: every kernel's MSL and CUDA C++ source, generated without a device.
//!
//! Dev tooling is not in this crate: the benchmark harness (per-op cases, each verified
//! against the reference, then timed against an unfused baseline) is the workspace crate
//! `pmetal-bench` (`bench-harness/`), used by the `pmetal` runner and its `cargo bench`
//! targets; the tests' tolerance table, seeded inputs and comparisons live in
//! `tests/common/verify.rs`, which the harness compiles too. The few `#[doc(hidden)]`
//! `*_unfused` methods exist only for that harness.
//!
//! ## Bridge: moving data in and out
//! Host slices go through [`GpuBuffer::from_slice`] (the caller's slice is handed to the
//! runtime's upload as is, no intermediate copy) and [`GpuBuffer::to_vec`] (the runtime's
//! read-back buffer becomes the returned `Vec` where its allocation allows, else one copy).
//! Odd-sized 16-bit tensors are padded to whole words on upload (one copy, small).
//! Host f32 data meets f16/bf16 tensors through [`GpuTensor::from_f32`] /
//! [`GpuBuffer::from_f32`] (rounded to nearest even on the host with `half`),
//! [`GpuTensor::to_f32_vec`] and [`GpuTensor::to_dtype`].
//! Other frameworks' device memory: CubeCL handles are the common currency. A framework
//! built on CubeCL 0.10 (Burn 0.21) hands out the same `Handle`s on the same
//! `ComputeClient`, so a [`GpuTensor`] can wrap one without a copy; the `pmetal-burn`
//! crate does that for Burn's tensors. Frameworks outside CubeCL
//! (PyTorch through DLPack, MLX through `MTLBuffer`) need the runtime to adopt a foreign
//! allocation, which CubeCL 0.10 does not expose; until it does they cross through host
//! memory.

pub mod buffer;
pub mod codegen;
pub mod context;
pub(crate) mod cublaslt;
pub mod dtype;
pub mod error;
pub mod kernels;
pub mod reference;
pub mod tuning;

pub use buffer::{GpuBuffer, GpuTensor};
pub use context::{Backend, DeviceInfo, MetalContext, PipelineStats};
pub use dtype::{DType, Element, UnknownDType};
pub use error::{PmetalError, Result};
pub use tuning::Tuning;
pub use kernels::attention::{AttentionConfig, AttentionGrads, AttentionOutput, AttentionPath, FlashAttention, VarLen};
pub use kernels::fused_gemm::{DropSite, Dropout, FusedGemm, FusedGemmCall, GemmPath, GemmSegment};
pub use kernels::cross_entropy::{CrossEntropy, CrossEntropyConfig, CrossEntropyOutput, Reduction};
pub use kernels::lora::{LoraForward, LoraGrads, LoraLinear, LoraMlp, LoraMlpForward, LoraMlpGrads, LoraWeights, MultiLoraWeights, RmsNormLora, RmsNormLoraForward, RmsNormLoraGrads};
pub use kernels::linear_cross_entropy::{LinearCrossEntropy, LinearCrossEntropyOutput, LinearCrossEntropyPlan};
pub use kernels::matmul::{matmul, matmul_accumulate, MatView, Matmul, MatmulAlgorithm};
pub use kernels::rmsnorm::{RmsNorm, RmsNormOutput};
pub use kernels::rope::{Rope, RopeConfig, RopeLayout, RopePositions, RopeScaling, RopeStyle};
pub use kernels::sampler::{RowSampling, SampleOutput, SampleStatus, Sampler, SamplerConfig, SamplerParams, SamplerTuning, TokenHistory};
pub use kernels::swiglu::{GluActivation, SwiGlu};

pub use half::{bf16, f16};

/// The README's example, compiled and run as a doctest (on lavapipe in CI).
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
