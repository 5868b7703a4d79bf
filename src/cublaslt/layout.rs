//! A pmetal GEMM as cuBLASLt takes it, in pure Rust (no cudarc): compiled in every build
//! so that the mapping is unit-tested on machines without CUDA, against a host emulator
//! of cuBLASLt's column-major contract.
//!
//! pmetal's operands are row-major: a stored `[r, c]` matrix with row stride `ld`. Read
//! column-major, the same bytes are the `[c, r]` matrix with leading dimension `ld`, i.e.
//! the transpose. So `C[M, N] = op(A) op(B)` (row-major) is the column-major product
//! `Cᵀ[N, M] = op(B)ᵀ op(A)ᵀ`, and cuBLASLt is handed:
//! - as its "A": pmetal's **B** buffer, `TRANSA = trans_b`, layout rows = B's stored cols,
//!   cols = B's stored rows, ld = B's row stride;
//! - as its "B": pmetal's **A** buffer, `TRANSB = trans_a`, laid out the same way;
//! - C and D: pmetal's output, rows N, cols M, ld N;
//! - `m' = N`, `n' = M`, `k' = K`.
//!
//! No ORDER_ROW layouts are needed (column-major is what every cuBLASLt algorithm takes),
//! and nothing is copied. Batches are strided (`BATCH_COUNT`, `STRIDED_BATCH_OFFSET`), and
//! `C += A B` is `beta = 1` with C and D the same buffer.

// Without feature `cublaslt` only `operand_layout` is used outside the tests; the rest
// stays compiled so that the mapping is tested in every build.
#![cfg_attr(not(feature = "cublaslt"), allow(dead_code))]

use crate::dtype::DType;

/// Element types cuBLASLt is given (`CUDA_R_32F`, `CUDA_R_16F`, `CUDA_R_16BF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum LtDType {
    F32,
    F16,
    Bf16,
}

impl LtDType {
    /// cuBLASLt's type for a pmetal dtype; `None` for dtypes the matmul does not take.
    pub fn of(d: DType) -> Option<Self> {
        match d {
            DType::F32 => Some(LtDType::F32),
            DType::F16 => Some(LtDType::F16),
            DType::BF16 => Some(LtDType::Bf16),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// Bytes per element.
    pub const fn size(self) -> u64 {
        match self {
            LtDType::F32 => 4,
            LtDType::F16 | LtDType::Bf16 => 2,
        }
    }
}

/// Whether cuBLASLt reads a matrix as laid out (`N`) or transposed (`T`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Op {
    N,
    T,
}

/// One column-major matrix layout (`cublasLtMatrixLayoutCreate` and its batch
/// attributes): element `(i, j)` of batch `b` is at `b * batch_stride + i + j * ld`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct MatDesc {
    pub dtype: LtDType,
    pub rows: u64,
    pub cols: u64,
    pub ld: i64,
    pub batch: i32,
    /// Elements between consecutive batches.
    pub batch_stride: i64,
}

/// A pmetal matmul operand as data: its dtype, logical shape `[batch..., rows, cols]`
/// with strides in elements (what `Matmul`'s plan holds), and the byte offset of its
/// first element in the allocation (a row view's).
#[derive(Clone, Copy, Debug)]
pub(crate) struct OperandDesc<'a> {
    pub dtype: DType,
    pub shape: &'a [usize],
    pub strides: &'a [usize],
    pub offset_bytes: u64,
}

/// Everything one `cublasLtMatmul` call needs besides pointers: the swapped operands of
/// the module docs, the scalars and the alignment promised to the heuristic. Every field
/// affects which algorithm cuBLASLt picks, so the problem is its own cache key
/// ([`PlanKey`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct LtProblem {
    /// cuBLASLt's A: pmetal's B.
    pub a: MatDesc,
    pub trans_a: Op,
    /// cuBLASLt's B: pmetal's A.
    pub b: MatDesc,
    pub trans_b: Op,
    /// C and D: pmetal's output (the same buffer).
    pub cd: MatDesc,
    pub m: u64,
    pub n: u64,
    pub k: u64,
    /// `beta = 1` (`C += A B`) instead of 0.
    pub accumulate: bool,
    /// f32 inputs computed as tf32 (`CUBLAS_COMPUTE_32F_FAST_TF32`), only where the caller
    /// asked for it; otherwise `CUBLAS_COMPUTE_32F`, exact f32.
    pub tf32: bool,
    /// Byte alignment of cuBLASLt's A, B, C and D (`MIN_ALIGNMENT_*_BYTES`).
    pub align: [u32; 4],
}

/// The key of the per-context heuristic cache: the whole problem.
pub(crate) type PlanKey = LtProblem;

/// Largest alignment promised: cuBLASLt asks for no more than 256 bytes, and CubeCL's
/// CUDA pool hands out slices at least that aligned.
pub(crate) const MAX_ALIGN: u32 = 256;

/// The alignment in bytes (a power of two, at most [`MAX_ALIGN`]) every matrix of an
/// operand starts at, given its byte offset in a [`MAX_ALIGN`]-aligned allocation and
/// the bytes between its batches (`0`: one matrix).
pub(crate) fn alignment(offset_bytes: u64, batch_stride_bytes: u64) -> u32 {
    let low = |x: u64| if x == 0 { MAX_ALIGN as u64 } else { 1u64 << x.trailing_zeros() };
    low(offset_bytes).min(low(batch_stride_bytes)).min(MAX_ALIGN as u64) as u32
}

/// Logical shape and element strides of an operand stored row-major as
/// `[batch..., rows, cols]`, read as given or transposed (`[batch..., cols, rows]` with
/// strides `[.., 1, cols]`): the layout `Matmul`'s plan hands to both cubek and cuBLASLt.
pub(crate) fn operand_layout(batch: &[usize], rows: usize, cols: usize, trans: bool) -> (Vec<usize>, Vec<usize>) {
    let (lr, lc) = if trans { (cols, rows) } else { (rows, cols) };
    let mut shape = batch.to_vec();
    shape.extend([lr, lc]);
    let mut strides = vec![0; shape.len()];
    let mut s = rows * cols;
    for i in (0..batch.len()).rev() {
        strides[i] = s;
        s *= batch[i];
    }
    let r = batch.len();
    (strides[r], strides[r + 1]) = if trans { (1, cols) } else { (cols, 1) };
    (shape, strides)
}

/// Largest dimension, leading dimension or batch count passed (cuBLASLt's `int`s).
const LIMIT: u64 = i32::MAX as u64;

/// An operand's stored matrix: op, stored row-major rows / cols, row stride, and batch
/// count / stride (elements).
struct Stored {
    op: Op,
    rows: u64,
    cols: u64,
    ld: u64,
    batch: u64,
    batch_stride: u64,
}

fn stored(o: &OperandDesc<'_>, what: &str) -> Result<Stored, String> {
    let r = o.shape.len();
    if r < 2 || o.strides.len() != r {
        return Err(format!("{what}: shape {:?} / strides {:?} are not a matrix", o.shape, o.strides));
    }
    let (lr, lc) = (o.shape[r - 2] as u64, o.shape[r - 1] as u64);
    let (s0, s1) = (o.strides[r - 2] as u64, o.strides[r - 1] as u64);
    // A single row or column has no meaningful leading stride; any value past the other
    // dimension describes it.
    let (op, rows, cols, ld) = if s1 == 1 && (s0 >= lc || lr == 1) {
        (Op::N, lr, lc, s0.max(lc))
    } else if s0 == 1 && (s1 >= lr || lc == 1) {
        (Op::T, lc, lr, s1.max(lr))
    } else {
        return Err(format!("{what}: strides {:?} are neither row- nor column-major", o.strides));
    };
    // Batch dims must collapse into one strided batch: each (of size past 1) spans the
    // next inner one exactly.
    let (mut batch, mut batch_stride, mut expect) = (1u64, 0u64, None);
    for i in (0..r - 2).rev() {
        let (d, s) = (o.shape[i] as u64, o.strides[i] as u64);
        if d == 1 {
            continue;
        }
        match expect {
            None => batch_stride = s,
            Some(e) if e != s => {
                return Err(format!("{what}: batch strides {:?} of shape {:?} are not one strided batch", o.strides, o.shape))
            }
            Some(_) => {}
        }
        batch *= d;
        expect = Some(s * d);
    }
    Ok(Stored { op, rows, cols, ld, batch, batch_stride })
}

impl LtProblem {
    /// The cuBLASLt call for `out (+)= op(a) op(b)` with operands as `Matmul`'s plan
    /// holds them (validated there: equal batch dims, matching inner dims). `Err` names
    /// what cuBLASLt cannot take here (the matmul then runs on cubek, or reports it when
    /// cuBLASLt was pinned).
    pub fn from_operands(
        a: &OperandDesc<'_>,
        b: &OperandDesc<'_>,
        out: &OperandDesc<'_>,
        accumulate: bool,
        allow_tf32: bool,
    ) -> Result<LtProblem, String> {
        let dt = |o: &OperandDesc<'_>| LtDType::of(o.dtype).ok_or_else(|| format!("dtype {} is not one cuBLASLt is given", o.dtype));
        let (in_dt, out_dt) = (dt(a)?, dt(out)?);
        if dt(b)? != in_dt {
            return Err(format!("a is {} but b is {}", a.dtype, b.dtype));
        }
        if out_dt != in_dt && out_dt != LtDType::F32 {
            return Err(format!("out must be f32 or the inputs' dtype, got {}", out.dtype));
        }
        let (sa, sb, sc) = (stored(a, "a")?, stored(b, "b")?, stored(out, "out")?);
        if sc.op != Op::N {
            return Err("out must be row-major".into());
        }
        let r = a.shape.len();
        let (m, k, n) = (a.shape[r - 2] as u64, a.shape[r - 1] as u64, b.shape[r - 1] as u64);
        if m == 0 || n == 0 || k == 0 || sa.batch == 0 {
            return Err(format!("empty problem (m {m}, n {n}, k {k}, batch {})", sa.batch));
        }
        if b.shape.len() != r || out.shape.len() != r || b.shape[r - 2] as u64 != k || out.shape[r - 2] as u64 != m || out.shape[r - 1] as u64 != n {
            return Err(format!("shapes a {:?}, b {:?}, out {:?} do not form a matmul", a.shape, b.shape, out.shape));
        }
        if sa.batch != sb.batch || sa.batch != sc.batch {
            return Err(format!("batch counts differ (a {}, b {}, out {})", sa.batch, sb.batch, sc.batch));
        }
        if sc.batch > 1 && sc.batch_stride < sc.rows * sc.ld {
            return Err(format!("out's batches overlap (batch stride {} < {} elements per matrix)", sc.batch_stride, sc.rows * sc.ld));
        }
        let biggest = [m, n, k, sa.ld, sb.ld, sc.ld, sa.batch].into_iter().max().unwrap_or(0);
        if biggest > LIMIT {
            return Err(format!("a dimension, leading dimension or batch count of {biggest} passes cuBLASLt's limit of {LIMIT}"));
        }
        let batch = sa.batch as i32;
        // Row-major stored [rows, cols] with row stride ld is column-major [cols, rows].
        let desc = |s: &Stored, dtype: LtDType| MatDesc {
            dtype,
            rows: s.cols,
            cols: s.rows,
            ld: s.ld as i64,
            batch,
            batch_stride: if batch > 1 { s.batch_stride as i64 } else { (s.rows * s.ld) as i64 },
        };
        let align = |o: &OperandDesc<'_>, s: &Stored, dt: LtDType| {
            alignment(o.offset_bytes, if batch > 1 { s.batch_stride * dt.size() } else { 0 })
        };
        let cd = desc(&sc, out_dt);
        let c_align = align(out, &sc, out_dt);
        Ok(LtProblem {
            a: desc(&sb, in_dt),
            trans_a: sb.op,
            b: desc(&sa, in_dt),
            trans_b: sa.op,
            cd,
            m: n,
            n: m,
            k,
            accumulate,
            tf32: allow_tf32 && in_dt == LtDType::F32,
            align: [align(b, &sb, in_dt), align(a, &sa, in_dt), c_align, c_align],
        })
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
