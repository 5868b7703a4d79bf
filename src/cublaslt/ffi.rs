//! RAII wrappers over cudarc's cuBLASLt bindings (`cudarc::cublaslt::result`, the thin
//! `Result` layer; cudarc's safe layer allocates its own workspace, picks tf32 for f32 and
//! gives C the inputs' dtype, none of which pmetal wants), plus the two calls the
//! provider makes: the heuristic and the enqueue of one [`LtProblem`].
//!
//! Everything here runs on CubeCL's device thread, where the device's primary context is
//! current (see `backend.rs`). Descriptors are host-only objects, rebuilt per call from the
//! problem rather than cached, so nothing but the handle outlives a call.

use std::ffi::c_void;
use std::mem::size_of;

use cudarc::cublaslt::result;
use cudarc::cublaslt::sys;

use super::layout::{LtDType, LtProblem, MatDesc, Op};

/// Every cuBLASLt error as text, naming the call that failed.
pub(super) type LtResult<T> = std::result::Result<T, String>;

fn call<T>(what: &str, r: std::result::Result<T, result::CublasError>) -> LtResult<T> {
    r.map_err(|e| format!("{what}: {e:?}"))
}

/// Whether the library can be loaded, and its version (`cublasLtGetVersion`, e.g. 130001),
/// without panicking where it is absent (cudarc panics on a missing library or symbol;
/// `is_culib_present` only tries to open it).
pub(super) fn library_version() -> Option<usize> {
    // SAFETY: both only load the library / one long-standing symbol.
    let present = std::panic::catch_unwind(|| unsafe { sys::is_culib_present() }).unwrap_or(false);
    if !present {
        return None;
    }
    std::panic::catch_unwind(|| unsafe { sys::cublasLtGetVersion() }).ok()
}

/// A cuBLASLt handle, destroyed on drop.
pub(super) struct LtHandle(sys::cublasLtHandle_t);

// SAFETY: the handle carries no thread affinity; the provider uses it from CubeCL's
// device thread only, one call at a time.
unsafe impl Send for LtHandle {}
unsafe impl Sync for LtHandle {}

impl LtHandle {
    /// A handle for the current context's device.
    pub fn new() -> LtResult<Self> {
        call("cublasLtCreate", result::create_handle()).map(LtHandle)
    }
}

impl Drop for LtHandle {
    fn drop(&mut self) {
        // SAFETY: created by `cublasLtCreate`, destroyed once.
        let _ = unsafe { result::destroy_handle(self.0) };
    }
}

/// A selected algorithm and the workspace it needs (bytes).
#[derive(Clone, Copy, Debug)]
pub(super) struct Algo {
    pub algo: sys::cublasLtMatmulAlgo_t,
    pub workspace: usize,
}

fn data_type(d: LtDType) -> sys::cudaDataType {
    match d {
        LtDType::F32 => sys::cudaDataType::CUDA_R_32F,
        LtDType::F16 => sys::cudaDataType::CUDA_R_16F,
        LtDType::Bf16 => sys::cudaDataType::CUDA_R_16BF,
    }
}

/// A matrix layout descriptor.
struct Layout(sys::cublasLtMatrixLayout_t);

impl Layout {
    fn new(d: &MatDesc) -> LtResult<Self> {
        let l = Layout(call("cublasLtMatrixLayoutCreate", result::create_matrix_layout(data_type(d.dtype), d.rows, d.cols, d.ld))?);
        if d.batch > 1 {
            use sys::cublasLtMatrixLayoutAttribute_t as A;
            // SAFETY: `l` is live; the values are the attribute's types (int32, int64).
            unsafe {
                call("batch count", result::set_matrix_layout_attribute(l.0, A::CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT, ptr(&d.batch), size_of::<i32>()))?;
                call("batch stride", result::set_matrix_layout_attribute(l.0, A::CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET, ptr(&d.batch_stride), size_of::<i64>()))?;
            }
        }
        Ok(l)
    }
}

impl Drop for Layout {
    fn drop(&mut self) {
        // SAFETY: created above, destroyed once.
        let _ = unsafe { result::destroy_matrix_layout(self.0) };
    }
}

fn ptr<T>(x: &T) -> *const c_void {
    x as *const T as *const c_void
}

/// The operation descriptor and the four layouts of one problem.
struct Descriptors {
    desc: sys::cublasLtMatmulDesc_t,
    a: Layout,
    b: Layout,
    cd: Layout,
}

impl Descriptors {
    fn new(p: &LtProblem) -> LtResult<Self> {
        use sys::cublasComputeType_t as C;
        use sys::cublasLtMatmulDescAttributes_t as A;
        // f32 inputs stay exact f32 unless the caller allowed tf32; 16-bit inputs always
        // accumulate in f32, as pmetal's kernels do.
        let compute = if p.tf32 { C::CUBLAS_COMPUTE_32F_FAST_TF32 } else { C::CUBLAS_COMPUTE_32F };
        let (a, b, cd) = (Layout::new(&p.a)?, Layout::new(&p.b)?, Layout::new(&p.cd)?);
        let desc = call("cublasLtMatmulDescCreate", result::create_matmul_desc(compute, sys::cudaDataType::CUDA_R_32F))?;
        let d = Descriptors { desc, a, b, cd };
        let op = |o: Op| -> i32 { if o == Op::T { 1 } else { 0 } };
        let (ta, tb) = (op(p.trans_a), op(p.trans_b));
        // SAFETY: `desc` is live; TRANSA / TRANSB are int32 (cublasOperation_t).
        unsafe {
            call("TRANSA", result::set_matmul_desc_attribute(d.desc, A::CUBLASLT_MATMUL_DESC_TRANSA, ptr(&ta), size_of::<i32>()))?;
            call("TRANSB", result::set_matmul_desc_attribute(d.desc, A::CUBLASLT_MATMUL_DESC_TRANSB, ptr(&tb), size_of::<i32>()))?;
        }
        Ok(d)
    }
}

impl Drop for Descriptors {
    fn drop(&mut self) {
        // SAFETY: created above, destroyed once (the layouts drop themselves).
        let _ = unsafe { result::destroy_matmul_desc(self.desc) };
    }
}

/// The preference of a heuristic query: the workspace cap and the operands' alignment.
struct Pref(sys::cublasLtMatmulPreference_t);

impl Pref {
    fn new(p: &LtProblem, max_workspace: usize) -> LtResult<Self> {
        use sys::cublasLtMatmulPreferenceAttributes_t as A;
        let pref = Pref(call("cublasLtMatmulPreferenceCreate", result::create_matmul_pref())?);
        let ws = max_workspace as u64;
        // SAFETY: `pref` is live; the workspace cap is u64, the alignments u32.
        unsafe {
            call("max workspace", result::set_matmul_pref_attribute(pref.0, A::CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, ptr(&ws), size_of::<u64>()))?;
            let attrs = [
                A::CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES,
                A::CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES,
                A::CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES,
                A::CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES,
            ];
            for (attr, align) in attrs.into_iter().zip(p.align) {
                call("min alignment", result::set_matmul_pref_attribute(pref.0, attr, ptr(&align), size_of::<u32>()))?;
            }
        }
        Ok(pref)
    }
}

impl Drop for Pref {
    fn drop(&mut self) {
        // SAFETY: created above, destroyed once.
        let _ = unsafe { result::destroy_matmul_pref(self.0) };
    }
}

/// cuBLASLt's best algorithm for `p` within `max_workspace` bytes: `Ok(None)` where it has
/// none (`CUBLAS_STATUS_NOT_SUPPORTED`: a dtype combination or layout it does not take).
pub(super) fn heuristic(h: &LtHandle, p: &LtProblem, max_workspace: usize) -> LtResult<Option<Algo>> {
    let d = Descriptors::new(p)?;
    let pref = Pref::new(p, max_workspace)?;
    // SAFETY: every descriptor is live for the call.
    let r = unsafe { result::get_matmul_algo_heuristic(h.0, d.desc, d.a.0, d.b.0, d.cd.0, d.cd.0, pref.0) };
    match r {
        Ok(res) => Ok(Some(Algo { algo: res.algo, workspace: res.workspaceSize })),
        Err(result::CublasError(sys::cublasStatus_t::CUBLAS_STATUS_NOT_SUPPORTED)) => Ok(None),
        Err(e) => Err(format!("cublasLtMatmulAlgoGetHeuristic: {e:?}")),
    }
}

/// Device pointers of one call: cuBLASLt's A (pmetal's B), B (pmetal's A), C = D, and the
/// workspace (0 where none).
#[derive(Clone, Copy, Debug)]
pub(super) struct Pointers {
    pub a: u64,
    pub b: u64,
    pub cd: u64,
    pub workspace: u64,
}

/// Enqueues `D = op(A) op(B) (+ C)` for `p` on `stream`.
///
/// # Safety
/// The context owning the pointers must be current; the pointers must hold `p`'s matrices
/// (and `algo.workspace` bytes of workspace) until the stream has run the call; `stream`
/// is a live stream of that context.
pub(super) unsafe fn enqueue(h: &LtHandle, p: &LtProblem, algo: &Algo, ptrs: Pointers, stream: cudarc::driver::sys::CUstream) -> LtResult<()> {
    let d = Descriptors::new(p)?;
    let alpha = 1.0f32;
    let beta = if p.accumulate { 1.0f32 } else { 0.0 };
    let v = |x: u64| x as *const c_void;
    call(
        "cublasLtMatmul",
        result::matmul(
            h.0,
            d.desc,
            ptr(&alpha),
            ptr(&beta),
            v(ptrs.a),
            d.a.0,
            v(ptrs.b),
            d.b.0,
            v(ptrs.cd),
            d.cd.0,
            ptrs.cd as *mut c_void,
            d.cd.0,
            &algo.algo,
            ptrs.workspace as *mut c_void,
            algo.workspace,
            stream as sys::cudaStream_t,
        ),
    )
}
