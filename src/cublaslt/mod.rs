//! cuBLASLt, NVIDIA's GEMM library, as the context's matmul provider on CUDA.
//!
//! Loaded at run time (cudarc's dynamic loading: `libcublasLt.so` from the CUDA toolkit,
//! or PyTorch's `nvidia-cublas` wheel through `LD_LIBRARY_PATH`), and enqueued on the CUDA
//! stream CubeCL uses for the calling thread, from CubeCL's device thread, so it is ordered
//! with pmetal's and Burn's kernels like one of them and needs no host synchronisation.
//! That stream is reached through `CudaServer::with_raw_stream`, which the workspace's
//! patched cubecl-cuda adds (docs/notes/cubecl-cuda-patch.md).
//!
//! It sits below the context, which probes it once and owns it; whether a matmul takes it
//! is the matmul's own choice (`kernels::matmul::cublaslt`).
//!
//! - [`layout`] (always compiled): the row-major → column-major mapping, limits and
//!   alignment, as pure data ([`layout::LtProblem`]), unit-tested without a GPU.
//! - `ffi` and `provider` (feature `cublaslt`): RAII wrappers over cudarc's cuBLASLt
//!   bindings, the per-context provider with its heuristic cache, and the enqueue.
//! - This file: what the context and the matmul say about it in every build.

pub(crate) mod layout;

#[cfg(feature = "cublaslt")]
mod ffi;
#[cfg(feature = "cublaslt")]
mod provider;

#[cfg(feature = "cublaslt")]
pub(crate) use provider::CublasLt;

/// What one attempt did.
#[derive(Debug)]
pub(crate) enum LtOutcome {
    /// The GEMM was enqueued (only a build with feature `cublaslt` gets here).
    #[cfg_attr(not(feature = "cublaslt"), allow(dead_code))]
    Ran,
    /// cuBLASLt cannot take this problem (the reason); nothing was enqueued.
    Unsupported(String),
}

/// What a context knows about cuBLASLt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Availability {
    /// Built with feature `cublaslt`.
    pub compiled: bool,
    /// The library was found and a handle made for this context's device.
    pub loaded: bool,
    /// `PMETAL_CUBLASLT` ([`Tuning::cublaslt`](crate::tuning::Tuning::cublaslt)).
    pub setting: Option<bool>,
}

/// Where a missing libcublasLt comes from, for the errors that report it.
pub(crate) const LOAD_HINT: &str = "install the CUDA toolkit's cuBLAS, or put the lib directory of PyTorch's nvidia-cublas wheel on LD_LIBRARY_PATH";
