//! Matrix multiply: `C = op(A) op(B)` or `C += op(A) op(B)`, with `op` the identity or the
//! transpose, f32/f16/bf16 inputs, f32 accumulation, and C in f32 or the inputs' dtype.
//!
//! Two GEMM providers sit behind one API: on CUDA, NVIDIA's cuBLASLt (feature `cublaslt`,
//! the library loaded at run time; see [`MatmulAlgorithm::CublasLt`]), and everywhere
//! [cubek-matmul](https://crates.io/crates/cubek-matmul) 0.2 (CubeCL 0.10's own matmul
//! library, the one Burn uses). pmetal adds validation, row-range views, accumulation
//! and a path for dtypes the device cannot compute on. It is the building block of the
//! fused linear cross-entropy, fused LoRA and fused-GEMM library ops, which therefore
//! take cuBLASLt on CUDA without a change of their own.
//!
//! ## Which algorithm runs where ([`MatmulAlgorithm::Auto`])
//! [`Matmul::run`] returns the algorithm that ran, and [`Matmul::chain`] lists the ones
//! tried, in order.
//! - CUDA with cuBLASLt ([`DeviceInfo::cublaslt`](crate::context::DeviceInfo::cublaslt): built with
//!   feature `cublaslt`, `libcublasLt` found, `PMETAL_CUBLASLT` not `0`): cuBLASLt first,
//!   for every dtype. f32 stays exact f32 (`CUBLAS_COMPUTE_32F`) unless
//!   [`Matmul::allow_tf32`]; 16-bit inputs accumulate in f32. It writes C in any allowed
//!   dtype and accumulates (`beta = 1`) directly, so no f32 scratch or second kernel is
//!   involved. A problem it cannot take (a layout, alignment or size it refuses) goes on
//!   to the cubek chain below.
//! - CUDA without it, f16/bf16 inputs: cubek's tensor-core (cmma / `nvcuda::wmma`, and
//!   manual `mma`) kernels, fastest first, falling back to slower ones and then to the
//!   unit kernel if cubek reports the problem unsupported. `Matmul::with_algorithm` pins
//!   one (the bench measures them all, so the default follows the H100 numbers).
//! - f32 inputs on cubek: the unit kernel ([`MatmulAlgorithm::SimpleUnit`]), exact f32.
//!   cubek runs f32 on tensor cores only as tf32 (10-bit mantissa, ~1e-3 relative error),
//!   which [`Matmul::allow_tf32`] opts into.
//! - No matrix units (lavapipe, Vulkan drivers without cooperative matrices): the unit
//!   kernel (each thread computes a register tile with plain FMAs). This is what CI runs,
//!   through the same API and the same cubek code base.
//! - Metal with simdgroup matrices: cubek's cmma kernels (8x8x8), unit kernel as fallback.
//!
//! Pinning [`MatmulAlgorithm::CublasLt`] where it cannot run (another backend, a build
//! without the feature, the library missing, `PMETAL_CUBLASLT=0`, or a problem cuBLASLt
//! refuses) is [`PmetalError::InvalidArgument`] naming what is missing.

//! ## Dtypes the device lacks
//! cubek reads operands in their own dtype, so a device without bf16 (lavapipe) cannot
//! take bf16 operands. There the op widens the operands to f32 copies first (pmetal's
//! `cast` kernel, the same 16-bit-word path the other kernels use), multiplies in f32 and
//! rounds into C. Correct everywhere, but it costs a copy: on CUDA and Metal bf16 is
//! native and no copy is made.
//!
//! ## Accumulation (`C += A B`)
//! cuBLASLt accumulates in place. cubek 0.2's public launch writes C (it has an accumulator input internally, but its
//! concrete launch path always passes none). Accumulation therefore computes `A B` into
//! an f32 scratch and adds it to C with one element-wise kernel (sum in f32, one rounding).
//! Cost: one extra scratch of C's size in f32 and a read+write of C.
//!
//! ## The binding limit
//! On wgpu one kernel argument binds at most [`MetalContext::max_binding_bytes`] (Vulkan's
//! `maxStorageBufferRange`, 128 MiB on lavapipe), and an allocation past it fails without
//! an error. The operands themselves are within it (every tensor is checked when made),
//! but the f32 copies above are up to twice their size. Where A's copy or C's scratch
//! would pass it, the GEMM runs in ranges of C's rows, each with copies that fit (2-D
//! problems with A as stored, whose row ranges are contiguous; offsets in steps of
//! [`view_alignment`]). B's copy is read whole by every range: one past the limit, and
//! copies of other problems that cannot be split, are [`PmetalError::TooLarge`] before
//! anything is launched.
//!
//! ## Views
//! Operands may be a row range of a 2-D tensor ([`MatView::rows`]), passed to cubek as a
//! handle offset (no copy). The byte offset must be a multiple of
//! [`view_alignment`] (16 bytes on CUDA, 256 on wgpu: its storage-binding offset rule).

mod algorithm;
pub(crate) mod cublaslt;
pub(crate) mod kernel;
mod launch;

use std::ops::Range;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_size};
use crate::buffer::GpuTensor;
use crate::context::{Backend, MetalContext};
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
pub use algorithm::MatmulAlgorithm;
use cublaslt::{LtOutcome, Route};
use launch::Operand;

/// A matmul operand: a whole tensor `[batch..., rows, cols]`, or a row range of a 2-D one.
/// Rows are those of the tensor as stored, before any transposition.
#[derive(Clone, Debug)]
pub struct MatView<'a> {
    tensor: &'a GpuTensor,
    rows: Option<Range<usize>>,
}

impl<'a> MatView<'a> {
    /// Rows `rows` of the 2-D `tensor` (no copy).
    pub fn rows(tensor: &'a GpuTensor, rows: Range<usize>) -> Self {
        MatView { tensor, rows: Some(rows) }
    }
    /// The tensor viewed.
    pub fn tensor(&self) -> &GpuTensor {
        self.tensor
    }
}

impl<'a> From<&'a GpuTensor> for MatView<'a> {
    fn from(tensor: &'a GpuTensor) -> Self {
        MatView { tensor, rows: None }
    }
}

impl<'a, T: crate::dtype::Element> From<&'a crate::buffer::GpuBuffer<T>> for MatView<'a> {
    fn from(b: &'a crate::buffer::GpuBuffer<T>) -> Self {
        MatView { tensor: b, rows: None }
    }
}

/// Smallest byte offset step of a row-range view on `ctx`: 16 bytes on CUDA (vector loads
/// and TMA want 16-byte-aligned bases), 256 on wgpu (its storage-binding offset alignment).
pub fn view_alignment(ctx: &MetalContext) -> u64 {
    ctx.info().view_alignment
}

/// The fewest rows whose byte offsets are multiples of the device's view alignment for
/// every row size in `row_bytes` at once (row views of several tensors that start at the
/// same row): the least common multiple of each size's own step.
pub(crate) fn aligned_rows(ctx: &MetalContext, row_bytes: &[u64]) -> u64 {
    let align = view_alignment(ctx);
    row_bytes.iter().fold(1, |acc, &b| {
        let step = align / gcd(align, b);
        acc / gcd(acc, step) * step
    })
}

/// Whether cubek can read `dtype` directly on `ctx`'s device; where it cannot, the matmul
/// works on f32 copies (see the module docs).
pub(crate) fn native(ctx: &MetalContext, dtype: DType) -> bool {
    let info = ctx.info();
    match dtype {
        DType::F16 => info.native_f16,
        DType::BF16 => info.native_bf16,
        _ => true,
    }
}

/// `x` (contiguous) converted to `to`, in a new tensor.
pub(crate) fn convert(ctx: &MetalContext, x: &GpuTensor, to: DType) -> Result<GpuTensor> {
    let out = GpuTensor::empty(ctx, to, x.shape())?;
    let (from, to_s) = (ctx.storage_of(x.dtype()), ctx.storage_of(to));
    let (xh, oh, n, info) = (x.handle(), out.handle(), x.numel() as usize, ctx.info());
    ctx.note_launch(|| format!("matmul_cast/{}/{}", from.name(), to_s.name()));
    with_client!(ctx, |c, R| launch::cast::<R>(c, info, from, to_s, xh, oh, n));
    Ok(out)
}

/// `out = op(a) op(b)`, `op` a transpose where `trans_*` is set. See [`Matmul`].
pub fn matmul<'a>(
    ctx: &MetalContext,
    a: impl Into<MatView<'a>>,
    b: impl Into<MatView<'a>>,
    out: impl Into<MatView<'a>>,
    trans_a: bool,
    trans_b: bool,
) -> Result<()> {
    Matmul::new(ctx).run(a, b, out, trans_a, trans_b, false).map(|_| ())
}

/// `out += op(a) op(b)`. See [`Matmul`].
pub fn matmul_accumulate<'a>(
    ctx: &MetalContext,
    a: impl Into<MatView<'a>>,
    b: impl Into<MatView<'a>>,
    out: impl Into<MatView<'a>>,
    trans_a: bool,
    trans_b: bool,
) -> Result<()> {
    Matmul::new(ctx).run(a, b, out, trans_a, trans_b, true).map(|_| ())
}

/// The matmul op with its options. Cheap to build and to clone.
///
/// Shapes (row-major, as stored): `a` is `[..., M, K]` (or `[..., K, M]` with `trans_a`),
/// `b` is `[..., K, N]` (or `[..., N, K]` with `trans_b`), `out` is `[..., M, N]`; leading
/// batch dims must be equal on all three. `a` and `b` share a dtype (f32, f16 or bf16);
/// `out` is f32 or that dtype. Accumulation is in f32. `out` must not overlap `a` or `b`.
#[derive(Clone, Debug)]
pub struct Matmul {
    ctx: MetalContext,
    algorithm: MatmulAlgorithm,
    allow_tf32: bool,
}

/// A validated call.
struct Plan {
    a: Operand,
    b: Operand,
    out: Operand,
}

impl Matmul {
    /// The op on `ctx`, with [`MatmulAlgorithm::Auto`].
    pub fn new(ctx: &MetalContext) -> Self {
        Matmul { ctx: ctx.clone(), algorithm: MatmulAlgorithm::Auto, allow_tf32: false }
    }

    /// Pins one algorithm (no fallback: an algorithm the device or problem cannot take is
    /// an error). For benchmarks and tuning.
    pub fn with_algorithm(mut self, algorithm: MatmulAlgorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Lets f32 inputs run on tensor cores as tf32 (faster, ~1e-3 relative error).
    pub fn allow_tf32(mut self, yes: bool) -> Self {
        self.allow_tf32 = yes;
        self
    }

    /// Refuses a pinned algorithm known to be wrong on this device: cubek 0.2's
    /// double_unit gave wrong results on CUDA (bench/results/tuning-decisions.md), so it
    /// is refused there rather than trusted.
    fn check_algorithm(&self) -> Result<()> {
        if self.algorithm == MatmulAlgorithm::DoubleUnit && self.ctx.info().backend == Backend::Cuda {
            return Err(PmetalError::InvalidArgument("cubek's double_unit matmul gives wrong results on CUDA (cubek-matmul 0.2.0); pick another".into()));
        }
        // A pinned matrix-unit algorithm on a device without matrix units is the caller's
        // choice that cannot run: said before anything is launched, rather than reported
        // by cubek as a device error after the operands were copied.
        if self.algorithm.needs_matrix_units() && !self.ctx.info().has_matrix_units {
            return Err(PmetalError::InvalidArgument(format!(
                "matmul algorithm {} needs matrix units, which {} lacks",
                self.algorithm,
                self.ctx.device_name()
            )));
        }
        Ok(())
    }

    /// The algorithms tried, in order, for inputs of `dtype` on this context: cuBLASLt
    /// first where the context has it, then cubek's.
    pub fn chain(&self, dtype: DType) -> Vec<MatmulAlgorithm> {
        let mut chain = self.cubek_chain(dtype);
        if self.lt_route() == Route::First {
            chain.insert(0, MatmulAlgorithm::CublasLt);
        }
        chain
    }

    /// Whether this op tries cuBLASLt on its context (first under `Auto`, or pinned): the
    /// GEMM then accumulates in place and needs no f32 scratch.
    pub fn tries_cublaslt(&self) -> bool {
        matches!(self.lt_route(), Route::First | Route::Pinned)
    }

    /// How this op routes to cuBLASLt on its context.
    fn lt_route(&self) -> Route {
        cublaslt::route(self.ctx.backend(), &self.ctx.cublaslt_availability(), self.algorithm)
    }

    /// The cubek part of [`chain`](Self::chain).
    fn cubek_chain(&self, dtype: DType) -> Vec<MatmulAlgorithm> {
        use MatmulAlgorithm as A;
        if self.algorithm != A::Auto {
            return vec![self.algorithm];
        }
        let info = self.ctx.info();
        let half = dtype != DType::F32 && self.native(dtype);
        if info.has_matrix_units && (half || self.allow_tf32) {
            match info.backend {
                // Fastest first (bench/results/tuning-decisions.md). TMA needs aligned
                // operands; the next ones take the rest.
                Backend::Cuda => vec![A::SpecializedTmaMma, A::DoubleCyclicMma, A::DoubleCyclicCmma, A::SimpleCyclicCmma, A::SimpleUnit],
                _ => vec![A::SimpleCyclicCmma, A::SimpleUnit],
            }
        } else {
            vec![A::SimpleUnit]
        }
    }

    /// Whether cubek can read `dtype` directly on this device.
    fn native(&self, dtype: DType) -> bool {
        native(&self.ctx, dtype)
    }

    /// `out = op(a) op(b)`, or `out += op(a) op(b)` with `accumulate`. Returns the
    /// algorithm that ran.
    pub fn run<'a>(
        &self,
        a: impl Into<MatView<'a>>,
        b: impl Into<MatView<'a>>,
        out: impl Into<MatView<'a>>,
        trans_a: bool,
        trans_b: bool,
        accumulate: bool,
    ) -> Result<MatmulAlgorithm> {
        let plan = self.plan(&a.into(), &b.into(), &out.into(), trans_a, trans_b)?;
        self.launch(plan, accumulate)
    }

    /// `op(a) op(b)` into a new tensor of dtype `out_dtype`.
    pub fn forward<'a>(
        &self,
        a: impl Into<MatView<'a>>,
        b: impl Into<MatView<'a>>,
        trans_a: bool,
        trans_b: bool,
        out_dtype: DType,
    ) -> Result<GpuTensor> {
        let (a, b) = (a.into(), b.into());
        let shape = self.out_shape(&a, &b, trans_a, trans_b)?;
        let out = GpuTensor::empty(&self.ctx, out_dtype, &shape)?;
        self.run(a, b, &out, trans_a, trans_b, false)?;
        Ok(out)
    }

    /// Stored shape of a view (its row range applied) and its element offset.
    fn view_shape(&self, v: &MatView<'_>, what: &str) -> Result<(Vec<usize>, usize)> {
        let t = v.tensor;
        check_context(&self.ctx, t)?;
        check_float(t, "matmul")?;
        check_size(t, what)?;
        if t.shape().len() < 2 {
            return Err(PmetalError::ShapeMismatch(format!("{what}: matmul needs a matrix ([..., rows, cols]), got {:?}", t.shape())));
        }
        let Some(r) = &v.rows else { return Ok((t.shape().to_vec(), 0)) };
        if t.shape().len() != 2 {
            return Err(PmetalError::ShapeMismatch(format!("{what}: row ranges are for 2-D tensors, got {:?}", t.shape())));
        }
        let (rows, cols) = (t.shape()[0], t.shape()[1]);
        if r.start >= r.end || r.end > rows {
            return Err(PmetalError::InvalidArgument(format!("{what}: row range {r:?} is empty or outside 0..{rows}")));
        }
        let offset = r.start * cols;
        let align = view_alignment(&self.ctx);
        if !((offset * t.dtype().size()) as u64).is_multiple_of(align) {
            return Err(PmetalError::InvalidArgument(format!(
                "{what}: row range {r:?} starts {} bytes into the buffer; views must start at a multiple of {align} bytes on {}",
                offset * t.dtype().size(),
                self.ctx.backend()
            )));
        }
        Ok((vec![r.end - r.start, cols], offset))
    }

    /// Logical `[batch..., m, k]`, `[batch..., k, n]` from stored shapes.
    fn dims(a: &[usize], b: &[usize], trans_a: bool, trans_b: bool) -> Result<(Vec<usize>, usize, usize, usize)> {
        let (ra, rb) = (a.len(), b.len());
        let (m, ka) = if trans_a { (a[ra - 1], a[ra - 2]) } else { (a[ra - 2], a[ra - 1]) };
        let (kb, n) = if trans_b { (b[rb - 1], b[rb - 2]) } else { (b[rb - 2], b[rb - 1]) };
        if a[..ra - 2] != b[..rb - 2] {
            return Err(PmetalError::ShapeMismatch(format!("batch dims of a {a:?} and b {b:?} differ")));
        }
        if ka != kb {
            return Err(PmetalError::ShapeMismatch(format!(
                "inner dims differ: op(a) is [{m}, {ka}] (a {a:?}, trans_a {trans_a}), op(b) is [{kb}, {n}] (b {b:?}, trans_b {trans_b})"
            )));
        }
        Ok((a[..ra - 2].to_vec(), m, ka, n))
    }

    fn out_shape(&self, a: &MatView<'_>, b: &MatView<'_>, trans_a: bool, trans_b: bool) -> Result<Vec<usize>> {
        let (sa, _) = self.view_shape(a, "a")?;
        let (sb, _) = self.view_shape(b, "b")?;
        let (mut batch, m, _, n) = Self::dims(&sa, &sb, trans_a, trans_b)?;
        batch.extend([m, n]);
        Ok(batch)
    }

    fn plan(&self, a: &MatView<'_>, b: &MatView<'_>, out: &MatView<'_>, trans_a: bool, trans_b: bool) -> Result<Plan> {
        let (sa, oa) = self.view_shape(a, "a")?;
        let (sb, ob) = self.view_shape(b, "b")?;
        let (so, oo) = self.view_shape(out, "out")?;
        let dt = a.tensor.dtype();
        if b.tensor.dtype() != dt {
            return Err(PmetalError::DTypeMismatch { expected: dt, got: b.tensor.dtype() });
        }
        let od = out.tensor.dtype();
        if od != DType::F32 && od != dt {
            return Err(PmetalError::InvalidArgument(format!("out must be f32 or the inputs' dtype ({dt}), got {od}")));
        }
        let (batch, m, k, n) = Self::dims(&sa, &sb, trans_a, trans_b)?;
        let mut want = batch.clone();
        want.extend([m, n]);
        if so != want {
            return Err(PmetalError::ShapeMismatch(format!("out: expected {want:?}, got {so:?}")));
        }
        // Logical shapes and strides; a transposed operand is the stored matrix read
        // column-major (strides [1, rows_stored]).
        let operand = |v: &MatView<'_>, off: usize, rows: usize, cols: usize, trans: bool| {
            let (shape, strides) = crate::cublaslt::layout::operand_layout(&batch, rows, cols, trans);
            let t = v.tensor;
            let handle = if off == 0 { t.handle() } else { t.handle().offset_start((off * t.dtype().size()) as u64) };
            Operand { handle, dtype: t.dtype(), shape, strides }
        };
        let (ar, ac) = if trans_a { (k, m) } else { (m, k) };
        let (br, bc) = if trans_b { (n, k) } else { (k, n) };
        Ok(Plan {
            a: operand(a, oa, ar, ac, trans_a),
            b: operand(b, ob, br, bc, trans_b),
            out: operand(out, oo, m, n, false),
        })
    }

    fn launch(&self, p: Plan, accumulate: bool) -> Result<MatmulAlgorithm> {
        self.check_algorithm()?;
        let in_dt = p.a.dtype;
        // cuBLASLt first where routed: it reads the operands as they are (CUDA has every
        // dtype natively and no binding limit) and writes or accumulates into C itself.
        let route = self.lt_route();
        match route {
            Route::Refuse(why) => return Err(PmetalError::InvalidArgument(why)),
            Route::First | Route::Pinned => match cublaslt::try_gemm(&self.ctx, &p.a, &p.b, &p.out, accumulate, self.allow_tf32)? {
                LtOutcome::Ran => {
                    self.ctx.note_launch(|| format!("matmul/cublaslt/{}->{}", in_dt, p.out.dtype));
                    return Ok(MatmulAlgorithm::CublasLt);
                }
                LtOutcome::Unsupported(why) if route == Route::Pinned => {
                    return Err(PmetalError::InvalidArgument(format!("matmul algorithm cublaslt cannot run this problem: {why}")));
                }
                // Under Auto the cubek chain takes it; the algorithm returned says so.
                LtOutcome::Unsupported(_) => {}
            },
            Route::Skip => {}
        }
        // Operands the device cannot read are widened to contiguous f32 copies. The GEMM
        // writes C directly unless C accumulates or its dtype is one the device lacks;
        // then it writes an f32 scratch that a second kernel folds into C.
        let widen = !self.native(in_dt);
        let direct = !accumulate && self.native(p.out.dtype);
        let chunks = self.row_chunks(&p, widen, direct)?;
        let mut b = p.b.clone();
        let _b_wide = if widen { Some(self.widen(&mut b)?) } else { None };
        let mut alg = None;
        for rows in chunks {
            let (a, out) = (p.a.rows(rows.clone()), p.out.rows(rows));
            alg = Some(self.gemm(a, &b, out, widen, direct, accumulate)?);
        }
        Ok(alg.expect("a validated matmul has at least one row"))
    }

    /// The row ranges of C computed one GEMM each: all of them at once unless an f32
    /// copy (A widened, or C's scratch) would pass the binding limit
    /// ([`MetalContext::max_binding_bytes`]); then ranges whose copies fit, starting at
    /// byte offsets of A and C that are multiples of [`view_alignment`]. B's copy is
    /// needed whole by every range: past the limit it is an error, before any launch.
    fn row_chunks(&self, p: &Plan, widen: bool, direct: bool) -> Result<Vec<Range<usize>>> {
        let ctx = &self.ctx;
        let r = p.out.shape.len();
        let (m, k, n) = (p.out.shape[r - 2], p.a.shape[r - 1], p.out.shape[r - 1]);
        let all = std::iter::once(0..m).collect();
        let Some(limit) = ctx.max_binding_bytes() else { return Ok(all) };
        if widen {
            let n_b: u64 = p.b.shape.iter().map(|&d| d as u64).product();
            ctx.check_binding(n_b * 4, || format!("matmul's f32 copy of b {:?} (the device cannot compute on {})", p.b.shape, p.b.dtype))?;
        }
        // f32 bytes per row of C that one GEMM needs as copies (each copy on its own must
        // fit, so the larger row decides).
        let per_row = if widen { k as u64 * 4 } else { 0 }.max(if direct { 0 } else { n as u64 * 4 });
        let total_rows = p.out.shape[..r - 2].iter().map(|&d| d as u64).product::<u64>() * m as u64;
        if per_row * total_rows <= limit {
            return Ok(all);
        }
        let what = || format!("matmul's f32 copies of a [{m}, {k}] ({}) and c [{m}, {n}] ({})", p.a.dtype, p.out.dtype);
        // Row ranges of A and C are contiguous only for 2-D problems with A as stored.
        if r != 2 || p.a.strides != [k, 1] {
            return ctx.check_binding(per_row * total_rows, what).map(|_| all);
        }
        // Rows per range: the most whose copies fit, in steps that keep both A's and C's
        // byte offsets aligned.
        let align = view_alignment(ctx);
        let step = aligned_rows(ctx, &[k as u64 * p.a.dtype.size() as u64, n as u64 * p.out.dtype.size() as u64]);
        let rows = limit / per_row / step * step;
        if rows == 0 {
            // Fails: not even `step` rows fit here.
            ctx.check_binding(per_row * step, || format!("{} in ranges of {step} rows (the fewest whose offsets are aligned to {align} bytes)", what()))?;
        }
        let rows = rows.max(step) as usize;
        Ok((0..m).step_by(rows).map(|r0| r0..(r0 + rows).min(m)).collect())
    }

    /// Replaces `o` by a contiguous f32 copy (same logical layout); returns the copy,
    /// which must live until the launches reading it are queued.
    fn widen(&self, o: &mut Operand) -> Result<GpuTensor> {
        let ctx = &self.ctx;
        let n: usize = o.shape.iter().product();
        let t = GpuTensor::empty(ctx, DType::F32, &[n])?;
        let (from, to) = (ctx.storage_of(o.dtype), ctx.storage_of(DType::F32));
        let (x, y, info) = (o.handle.clone(), t.handle(), ctx.info());
        ctx.note_launch(|| format!("matmul_cast/{}/f32", from.name()));
        with_client!(ctx, |c, R| launch::cast::<R>(c, info, from, to, x, y, n));
        o.handle = t.handle();
        o.dtype = DType::F32;
        Ok(t)
    }

    /// One GEMM `out (+)= a b` (`b` already widened where needed), with A's widening and
    /// C's scratch as [`launch`](Self::launch) decided.
    fn gemm(&self, mut a: Operand, b: &Operand, out: Operand, widen: bool, direct: bool, accumulate: bool) -> Result<MatmulAlgorithm> {
        let ctx = &self.ctx;
        let info = ctx.info();
        let _a_wide = if widen { Some(self.widen(&mut a)?) } else { None };
        let compute_dt = a.dtype;
        let chain = self.cubek_chain(compute_dt);
        let out_dt = out.dtype;
        let alg = if direct {
            with_client!(ctx, |c, R| launch::gemm::<R>(c, &chain, &a, b, &out))?
        } else {
            let scratch = GpuTensor::empty(ctx, DType::F32, &out.shape)?;
            let mut o = out.clone();
            o.handle = scratch.handle();
            o.dtype = DType::F32;
            let alg = with_client!(ctx, |c, R| launch::gemm::<R>(c, &chain, &a, b, &o))?;
            let to = ctx.storage_of(out_dt);
            let (t, y, n) = (scratch.handle(), out.handle.clone(), out.shape.iter().product());
            if accumulate {
                ctx.note_launch(|| format!("matmul_accumulate/{}", to.name()));
                with_client!(ctx, |c, R| launch::accumulate::<R>(c, info, to, t, y, n));
            } else {
                let from = ctx.storage_of(DType::F32);
                ctx.note_launch(|| format!("matmul_cast/f32/{}", to.name()));
                with_client!(ctx, |c, R| launch::cast::<R>(c, info, from, to, t, y, n));
            }
            alg
        };
        ctx.note_launch(|| format!("matmul/{}/{}->{}", alg.name(), compute_dt, out_dt));
        Ok(alg)
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}
