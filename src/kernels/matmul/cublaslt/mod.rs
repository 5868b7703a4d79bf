//! cuBLASLt as a matmul provider on CUDA ([`MatmulAlgorithm::CublasLt`]).
//!
//! NVIDIA's GEMM library, loaded at run time (cudarc's dynamic loading: `libcublasLt.so`
//! from the CUDA toolkit, or PyTorch's `nvidia-cublas` wheel through `LD_LIBRARY_PATH`),
//! and enqueued on the CUDA stream CubeCL uses for the calling thread, from CubeCL's device
//! thread, so it is ordered with pmetal's and Burn's kernels like one of them and needs no
//! host synchronisation. That stream is reached through `CudaServer::with_raw_stream`,
//! which the workspace's patched cubecl-cuda adds (docs/notes/cubecl-cuda-patch.md).
//!
//! - [`layout`] (always compiled): the row-major → column-major mapping, limits and
//!   alignment, as pure data ([`layout::LtProblem`]), unit-tested without a GPU.
//! - `ffi` and `backend` (feature `cublaslt`): RAII wrappers over cudarc's cuBLASLt
//!   bindings, the per-context provider with its heuristic cache, and the enqueue.
//! - This file: whether a matmul tries cuBLASLt ([`route`]), compiled in every build so
//!   that the choice is the same code and the same tests everywhere.

pub(crate) mod layout;

#[cfg(feature = "cublaslt")]
mod backend;
#[cfg(feature = "cublaslt")]
mod ffi;

#[cfg(feature = "cublaslt")]
pub(crate) use backend::CublasLt;

use super::launch::Operand;
use super::algorithm::MatmulAlgorithm;
use crate::context::{Backend, MetalContext};
use crate::error::Result;

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

/// Whether a matmul tries cuBLASLt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Route {
    /// First, under `Auto`: a problem it cannot take continues with cubek's chain.
    First,
    /// Pinned: a problem it cannot take is an error.
    Pinned,
    /// Not at all.
    Skip,
    /// Pinned where it cannot run: the reason, for [`PmetalError::InvalidArgument`](crate::error::PmetalError::InvalidArgument).
    Refuse(String),
}

/// Where a missing libcublasLt comes from, for the errors that report it.
pub(crate) const LOAD_HINT: &str = "install the CUDA toolkit's cuBLAS, or put the lib directory of PyTorch's nvidia-cublas wheel on LD_LIBRARY_PATH";

/// The route of a matmul with algorithm `algorithm` on a `backend` context.
pub(crate) fn route(backend: Backend, avail: &Availability, algorithm: MatmulAlgorithm) -> Route {
    let usable = backend == Backend::Cuda && avail.compiled && avail.loaded && avail.setting != Some(false);
    match algorithm {
        MatmulAlgorithm::Auto if usable => Route::First,
        MatmulAlgorithm::CublasLt if usable => Route::Pinned,
        MatmulAlgorithm::CublasLt => Route::Refuse(if backend != Backend::Cuda {
            format!("matmul algorithm cublaslt needs CUDA with feature cublaslt and libcublasLt; this context is {backend}")
        } else if !avail.compiled {
            "matmul algorithm cublaslt needs pmetal built with feature `cublaslt` (and the workspace's patched cubecl-cuda)".into()
        } else if avail.setting == Some(false) {
            "matmul algorithm cublaslt is turned off by PMETAL_CUBLASLT=0".into()
        } else {
            format!("matmul algorithm cublaslt needs libcublasLt, which could not be loaded ({LOAD_HINT})")
        }),
        _ => Route::Skip,
    }
}

/// `out (+)= a b` through the context's cuBLASLt provider (operands as `Matmul`'s plan
/// holds them). `Err` is a device failure, including one an earlier asynchronous call
/// recorded.
pub(crate) fn try_gemm(ctx: &MetalContext, a: &Operand, b: &Operand, out: &Operand, accumulate: bool, allow_tf32: bool) -> Result<LtOutcome> {
    #[cfg(feature = "cublaslt")]
    if let Some(lt) = ctx.cublaslt() {
        return lt.try_gemm(ctx, a, b, out, accumulate, allow_tf32);
    }
    let _ = (ctx, a, b, out, accumulate, allow_tf32);
    Ok(LtOutcome::Unsupported("this context has no cuBLASLt provider".into()))
}

/// The operand as [`layout`] reads it.
#[cfg_attr(not(feature = "cublaslt"), allow(dead_code))]
pub(crate) fn describe(o: &Operand) -> layout::OperandDesc<'_> {
    layout::OperandDesc { dtype: o.dtype, shape: &o.shape, strides: &o.strides, offset_bytes: o.handle.offset_start.unwrap_or(0) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MatmulAlgorithm as A;

    #[test]
    fn route_truth_table() {
        for backend in [Backend::Cuda, Backend::Vulkan, Backend::Metal] {
            for compiled in [false, true] {
                for loaded in [false, true] {
                    for setting in [None, Some(false), Some(true)] {
                        let av = Availability { compiled, loaded, setting };
                        let usable = backend == Backend::Cuda && compiled && loaded && setting != Some(false);
                        let auto = route(backend, &av, A::Auto);
                        let pinned = route(backend, &av, A::CublasLt);
                        assert_eq!(auto, if usable { Route::First } else { Route::Skip }, "{av:?} {backend}");
                        assert_eq!(route(backend, &av, A::SimpleUnit), Route::Skip);
                        assert_eq!(route(backend, &av, A::DoubleCyclicCmma), Route::Skip);
                        match pinned {
                            Route::Pinned => assert!(usable),
                            Route::Refuse(why) => {
                                assert!(!usable);
                                assert!(why.contains("cublaslt"), "{why}");
                                let cause = if backend != Backend::Cuda {
                                    "needs CUDA"
                                } else if !compiled {
                                    "feature `cublaslt`"
                                } else if setting == Some(false) {
                                    "PMETAL_CUBLASLT=0"
                                } else {
                                    "could not be loaded"
                                };
                                assert!(why.contains(cause), "{av:?} {backend}: {why}");
                            }
                            r => panic!("pinned cublaslt routed {r:?}"),
                        }
                    }
                }
            }
        }
    }
}
