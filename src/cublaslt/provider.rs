//! The per-context cuBLASLt provider: probes the library once, keeps one handle and a
//! heuristic cache, and enqueues each GEMM on CubeCL's stream.
//!
//! ## Ordering and memory
//! CubeCL defers its launches: `client.launch` writes a closure into the device channel,
//! and CubeCL's device thread runs it later (cubecl-common's `ChannelDeviceHandle`).
//! Calling cuBLASLt straight from the caller could therefore put the GEMM on the stream
//! before kernels the caller launched earlier. Instead the GEMM is itself a closure sent
//! through the same channel (`DeviceHandle::<CudaServer>::submit`, which returns the
//! client's own channel for the device): it runs on the device thread after every earlier
//! launch of the calling thread and before every later one, and enqueues on the
//! `CUstream` of the caller's `StreamId` through the patched
//! `CudaServer::with_raw_stream` (vendor/cubecl-cuda/PMETAL-PATCH.md). That method
//! resolves the stream as a kernel launch does (waiting on other streams that wrote the
//! operands) and holds the operands' bindings while the GEMM is enqueued, so the memory
//! cannot be handed out again before the GEMM has run: the same guarantee CubeCL's own
//! kernels get. No host synchronisation happens per call.
//!
//! The handle is created, and heuristics are queried, on the device thread too, where
//! CubeCL keeps the device's primary context current; cuBLASLt, built on the CUDA
//! runtime, uses that context, so CubeCL's device pointers are valid for it.
//!
//! ## Errors
//! A call is enqueued asynchronously, so a failure of `cublasLtMatmul` itself is recorded
//! and returned by the next matmul on the context (or `MetalContext::sync`) as
//! [`PmetalError::Device`]. `PMETAL_CUBLASLT_SYNC=1` ([`Tuning::cublaslt_sync`](crate::tuning::Tuning::cublaslt_sync))
//! waits for each enqueue instead and reports its error at the call.
//!
//! ## Workspace
//! Each call takes the workspace its algorithm asks for from CubeCL's pool on the
//! caller's stream (`client.empty`), passed as one more binding: pool reuse makes it
//! cheap, and the stream orders it. A single shared workspace would race between the
//! streams of different threads. The cap follows NVIDIA's guidance for cuBLASLt: 32 MiB
//! on Hopper and later (compute capability 9+), 4 MiB before.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

use cubecl::cuda::CudaRuntime;
use cubecl::device::DeviceId;
use cubecl::device_handle::DeviceHandle;
use cubecl::prelude::*;
use cubecl::stream_id::StreamId;

use super::ffi::{self, Algo, LtHandle, LtResult, Pointers};
use super::layout::{LtProblem, OperandDesc, PlanKey};
use super::LtOutcome;
use crate::error::{PmetalError, Result};
use crate::tuning::Tuning;

type Server = <CudaRuntime as Runtime>::Server;

/// Oldest cuBLASLt taken (11.0: every entry point used here, and the 16BF type).
const MIN_VERSION: usize = 11_000;

/// cuBLASLt on one CUDA context.
pub(crate) struct CublasLt {
    /// The device channel CubeCL's client uses (the same one, looked up by device id).
    device: DeviceHandle<Server>,
    handle: Arc<LtHandle>,
    /// `cublasLtGetVersion()`, e.g. 130001.
    version: usize,
    max_workspace: usize,
    /// The heuristic's choice per problem, or why cuBLASLt cannot take it.
    plans: Mutex<HashMap<PlanKey, std::result::Result<Algo, String>>>,
    /// The first error of an asynchronous call, returned by the next call.
    failed: Arc<Mutex<Option<String>>>,
    /// `PMETAL_CUBLASLT_SYNC=1`.
    sync: bool,
}

impl std::fmt::Debug for CublasLt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CublasLt").field("version", &self.version).field("max_workspace", &self.max_workspace).finish()
    }
}

/// Runs `f` on CubeCL's device thread, with the primary context current and the raw
/// stream of the caller's `StreamId`, and waits for it.
fn blocking<T: Send>(device: &DeviceHandle<Server>, f: impl FnOnce(cudarc::driver::sys::CUstream) -> T + Send) -> LtResult<T> {
    let sid = StreamId::current();
    let r = device.submit_blocking(move |server: &mut Server| {
        // SAFETY: `f` enqueues nothing, or only on the stream it is given.
        unsafe { server.with_raw_stream(sid, Vec::new(), |_, stream, _| catch_unwind(AssertUnwindSafe(|| f(stream)))) }
    });
    match r {
        Ok(Ok(Ok(t))) => Ok(t),
        Ok(Ok(Err(_))) => Err("cuBLASLt panicked on the device thread (a missing library symbol?)".into()),
        Ok(Err(e)) => Err(format!("CubeCL's CUDA server: {e:?}")),
        Err(e) => Err(format!("CubeCL's device thread: {e:?}")),
    }
}

/// Compute capability major of the current context's device.
fn compute_major() -> LtResult<i32> {
    use cudarc::driver::{result, sys};
    let mut dev = 0;
    // SAFETY: a context is current on the device thread; `dev` is written by the call.
    unsafe {
        sys::cuCtxGetDevice(&mut dev).result().map_err(|e| format!("cuCtxGetDevice: {e:?}"))?;
        result::device::get_attribute(dev, sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR)
            .map_err(|e| format!("cuDeviceGetAttribute: {e:?}"))
    }
}

impl CublasLt {
    /// The provider for the CUDA device `device`, or `None` where cuBLASLt cannot be used
    /// (or `PMETAL_CUBLASLT=0`). With `PMETAL_CUBLASLT=1` a missing library is
    /// [`PmetalError::InvalidArgument`] instead. Never panics on a missing library.
    pub(crate) fn probe(device: DeviceId, tuning: &Tuning) -> Result<Option<Arc<Self>>> {
        if tuning.cublaslt == Some(false) {
            return Ok(None);
        }
        let missing = |why: String| {
            if tuning.cublaslt == Some(true) {
                Err(PmetalError::InvalidArgument(format!("PMETAL_CUBLASLT=1 requires cuBLASLt, but {why}")))
            } else {
                Ok(None)
            }
        };
        let Some(version) = ffi::library_version() else {
            return missing(
                format!("libcublasLt could not be loaded ({})", super::LOAD_HINT),
            );
        };
        if version < MIN_VERSION {
            return missing(format!("the libcublasLt found is version {version}, older than {MIN_VERSION}"));
        }
        let device = DeviceHandle::<Server>::new(device);
        let made = blocking(&device, |_| -> LtResult<(LtHandle, i32)> { Ok((LtHandle::new()?, compute_major()?)) });
        let (handle, major) = match made.and_then(|r| r) {
            Ok(x) => x,
            Err(e) => return missing(format!("no cuBLASLt handle could be made: {e}")),
        };
        Ok(Some(Arc::new(CublasLt {
            device,
            handle: Arc::new(handle),
            version,
            max_workspace: if major >= 9 { 32 << 20 } else { 4 << 20 },
            plans: Mutex::default(),
            failed: Arc::default(),
            sync: tuning.cublaslt_sync == Some(true),
        })))
    }

    /// The error an earlier asynchronous call recorded, if any (reported once).
    pub(crate) fn take_error(&self) -> Result<()> {
        match self.failed.lock().unwrap_or_else(|e| e.into_inner()).take() {
            Some(e) => Err(PmetalError::Device(format!("an earlier cuBLASLt matmul failed: {e}"))),
            None => Ok(()),
        }
    }

    /// The algorithm for `p`, from the cache or the heuristic (run once per problem).
    fn algo(&self, p: &LtProblem) -> Result<std::result::Result<Algo, String>> {
        if let Some(a) = self.plans.lock().unwrap_or_else(|e| e.into_inner()).get(p) {
            return Ok(a.clone());
        }
        // Not under the lock: the query waits for the device thread.
        let (h, q, ws) = (self.handle.clone(), *p, self.max_workspace);
        let found = blocking(&self.device, move |_| ffi::heuristic(&h, &q, ws)).map_err(PmetalError::Device)?;
        let a = match found {
            Ok(Some(a)) => Ok(a),
            Ok(None) => Err(format!("cuBLASLt {} has no algorithm for {p:?}", self.version)),
            Err(e) => Err(format!("cuBLASLt {} refused {p:?}: {e}", self.version)),
        };
        self.plans.lock().unwrap_or_else(|e| e.into_inner()).insert(*p, a.clone());
        Ok(a)
    }

    /// `out (+)= a b` on cuBLASLt (operands as [`OperandDesc`]s, in pmetal's row-major
    /// terms, over the memory of `handles`: a, b, out), enqueued on the caller's stream of
    /// `client`, the context's CubeCL client (see the module docs). A problem cuBLASLt
    /// cannot take (layout or heuristic) is [`LtOutcome::Unsupported`]; `Err` is a device
    /// failure, including one an earlier asynchronous call recorded.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn gemm(
        &self,
        client: &ComputeClient<CudaRuntime>,
        a: &OperandDesc,
        b: &OperandDesc,
        out: &OperandDesc,
        accumulate: bool,
        allow_tf32: bool,
        handles: [&cubecl::server::Handle; 3],
    ) -> Result<LtOutcome> {
        self.take_error()?;
        let p = match LtProblem::from_operands(a, b, out, accumulate, allow_tf32) {
            Ok(p) => p,
            Err(why) => return Ok(LtOutcome::Unsupported(why)),
        };
        let algo = match self.algo(&p)? {
            Ok(a) => a,
            Err(why) => return Ok(LtOutcome::Unsupported(why)),
        };
        // cuBLASLt's A is pmetal's B (layout.rs); C = D is the output.
        let [a, b, out] = handles;
        let mut bindings = vec![b.clone().binding(), a.clone().binding(), out.clone().binding()];
        if algo.workspace > 0 {
            // Dropped here, held by its binding until the GEMM is enqueued; memory the pool
            // gives out again afterwards is used by later work on the same stream.
            bindings.push(client.empty(algo.workspace).binding());
        }
        let handle = self.handle.clone();
        let sid = StreamId::current();
        let task = move |server: &mut Server| -> LtResult<()> {
            // SAFETY: `enqueue` puts one cublasLtMatmul on `stream` over the bindings'
            // memory (their extents are the validated plan's), which `with_raw_stream`
            // holds until it is enqueued.
            let r = unsafe {
                server.with_raw_stream(sid, bindings, |_, stream, res| {
                    let ptrs = Pointers { a: res[0].0, b: res[1].0, cd: res[2].0, workspace: res.get(3).map_or(0, |r| r.0) };
                    check_alignment(&p, &ptrs)?;
                    catch_unwind(AssertUnwindSafe(|| ffi::enqueue(&handle, &p, &algo, ptrs, stream)))
                        .unwrap_or_else(|_| Err("cublasLtMatmul panicked (a missing library symbol?)".into()))
                })
            };
            r.map_err(|e| format!("CubeCL's CUDA server: {e:?}"))?
        };
        if self.sync {
            let r = self.device.submit_blocking(task).map_err(|e| PmetalError::Device(format!("CubeCL's device thread: {e:?}")))?;
            r.map_err(|e| PmetalError::Device(format!("cuBLASLt matmul: {e}")))?;
        } else {
            let failed = self.failed.clone();
            self.device.submit(move |server| {
                if let Err(e) = task(server) {
                    failed.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
                }
            });
        }
        Ok(LtOutcome::Ran)
    }
}

/// The alignment promised to the heuristic, checked against the real pointers (CubeCL's
/// pool gives at least 256-byte-aligned slices, so only a view offset lowers it, and the
/// problem accounts for those).
fn check_alignment(p: &LtProblem, ptrs: &Pointers) -> LtResult<()> {
    for (what, ptr, align) in [("a", ptrs.b, p.align[1]), ("b", ptrs.a, p.align[0]), ("out", ptrs.cd, p.align[2])] {
        if ptr % align as u64 != 0 {
            return Err(format!("{what} at {ptr:#x} is not {align}-byte aligned as the algorithm was chosen for"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The probe never panics, whether the library is there or not, and honours
    /// `PMETAL_CUBLASLT`. Where the library is absent (CI), requiring it is a typed error
    /// and the default is no provider; where it is present, only the off switch is checked
    /// here (tests/cublaslt.rs covers the rest on a GPU).
    #[test]
    fn probe_without_panics() {
        let device = DeviceId { type_id: 0, index_id: 0 };
        let off = Tuning { cublaslt: Some(false), ..Tuning::default() };
        assert!(CublasLt::probe(device, &off).unwrap().is_none());
        let Some(v) = ffi::library_version() else {
            assert!(CublasLt::probe(device, &Tuning::default()).unwrap().is_none());
            let on = Tuning { cublaslt: Some(true), ..Tuning::default() };
            match CublasLt::probe(device, &on) {
                Err(PmetalError::InvalidArgument(m)) => assert!(m.contains("PMETAL_CUBLASLT=1") && m.contains("LD_LIBRARY_PATH"), "{m}"),
                r => panic!("required but missing: {r:?}"),
            }
            return;
        };
        assert!(v >= 10_000, "cublasLtGetVersion {v}");
    }
}
