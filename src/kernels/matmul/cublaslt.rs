//! Whether and how a matmul runs on cuBLASLt ([`MatmulAlgorithm::CublasLt`]): the route
//! ([`route`]: first under `Auto`, pinned, skipped or refused with the reason), compiled in
//! every build so that the choice is the same code and the same tests everywhere, and the
//! call into the context's provider ([`try_gemm`]). The library itself (loading, the
//! row-major to column-major mapping, the enqueue on CubeCL's stream) is
//! [`crate::cublaslt`], below the context that owns it.

use super::algorithm::MatmulAlgorithm;
use super::launch::Operand;
use crate::context::{Backend, MetalContext};
pub(crate) use crate::cublaslt::{layout, Availability, LtOutcome};
use crate::cublaslt::LOAD_HINT;
use crate::error::Result;

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
        #[allow(unreachable_patterns)]
        let client = match ctx.client() {
            crate::context::Client::Cuda(c) => c,
            _ => return Ok(LtOutcome::Unsupported("not a CUDA context".into())),
        };
        return lt.gemm(client, &describe(a), &describe(b), &describe(out), accumulate, allow_tf32, [&a.handle, &b.handle, &out.handle]);
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
