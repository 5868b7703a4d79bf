//! Fused dual-K GEMM, pmetal's own (cubek-matmul 0.2's public launch takes no prologue,
//! no epilogue and no second K segment):
//!
//! `C = alpha1 pro(op(A1)) op(B1) + alpha2 * op(A2) op(B2) (+ bias) (+ C)`
//!
//! - two K segments accumulate into one f32 accumulator in one kernel (LoRA: the base
//!   `x W^T` over K = in_features, then the adapter `(s t) B^T` over K = rank);
//! - `op` is the identity or the transpose, as strides (no copies);
//! - `pro` is an optional prologue on A1 as it is loaded: a per-row scale (RMSNorm's
//!   rstd), a per-column scale plus offset (the norm weight, `1 + w` for Gemma) and a
//!   seeded dropout mask, so RMSNorm(x) is never written;
//! - the epilogue adds a bias, accumulates into C (`+=`), rounds to C's dtype;
//! - f32, f16 and bf16 operands (bf16 as 16-bit words where the device lacks it), f32
//!   accumulation, C in f32 or the operands' dtype; any M, N, K (tails guarded).
//!
//! Three inner paths, picked per device and dtype ([`GemmPath::Auto`]):
//! - library (CUDA, f16/bf16): cubek-matmul's GEMM with the second product, bias and
//!   scales folded in along a concatenated K (`library.rs`), since cubek's TMA kernel is
//!   5.6x faster than the own kernel below on the H100;
//! - matrix units (cmma): 16x16x16 `wmma` fragments on CUDA (f16, bf16: 8 warps, 128x128
//!   outputs per cube, K in steps of 32), 8x8x8 simdgroup matrices on Metal (f16, and bf16
//!   where the GPU has it: 4 simdgroups, 64x64 outputs). Each unit fetches its 16-byte
//!   vectors of the next K tile into registers before the current tile's fragment
//!   products (global loads overlap the matrix units); shared tiles are padded rows;
//!   the epilogue goes through a per-plane f32 staging tile with vector stores. The
//!   prologue and the scales `alpha1`/`alpha2` are applied in f32 as a tile is written to
//!   shared memory and rounded once to the operands' dtype there (the fragments take
//!   16-bit operands), so on this path `alpha * A` is exact only for powers of two, and a
//!   normalised x is rounded as an unfused model of that dtype would round it;
//! - unit: shared-memory tiles, each thread a 4x4 register tile of FMAs, f32 throughout.
//!   Runs everywhere (lavapipe in CI) and for f32 (exact, where CUDA's matrix units
//!   would be tf32).
//!
//! [`GemmPath::Emulated`] runs the matrix-unit kernel with plain FMAs in place of the
//! fragment instructions, so CI tests its tiling, loads, prologue and epilogue on
//! lavapipe; only the fragment load / multiply / store instructions are left to the GPU
//! runs (and to the codegen test, which compiles them for sm_90 and Metal).
//!
//! Vector widths are chosen per call: the widest (up to 16 bytes) that each segment's
//! operands divide into along their contiguous dimension (rank-1 adapters, odd feature
//! counts: narrower or scalar loads, same kernel). Single shared-memory stage, no split-K
//! (a skinny GEMM such as `x A^T`, N = rank, gets M / 128 cubes): what to tune next,
//! from `pmetal --op lora` on the GPU.

pub(crate) mod kernel;
pub(crate) mod launch;
mod library;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_like, check_size};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
use kernel::{GemmFlags, TileCfg};
use launch::Launch;

/// One product of the fused GEMM: `op(a) op(b)`, each a 2-D tensor as stored
/// (`a` `[M, K]`, or `[K, M]` with `trans_a`; `b` `[K, N]`, or `[N, K]` with `trans_b`).
#[derive(Clone, Copy, Debug)]
pub struct GemmSegment<'a> {
    pub a: &'a GpuTensor,
    pub trans_a: bool,
    pub b: &'a GpuTensor,
    pub trans_b: bool,
}

impl<'a> GemmSegment<'a> {
    pub fn new(a: &'a GpuTensor, trans_a: bool, b: &'a GpuTensor, trans_b: bool) -> Self {
        GemmSegment { a, trans_a, b, trans_b }
    }
}

/// Adapter dropout: each element of x is kept with probability `1 - p` (and scaled by
/// `1 / (1 - p)`), by a hash of (seed, row, column) that [`crate::reference::lora`]
/// reproduces; the same seed gives the same mask in the forward and the backward.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dropout {
    pub p: f32,
    pub seed: u32,
}

impl Dropout {
    /// p * 2^32: the hash threshold below which an element is dropped.
    pub fn threshold(&self) -> u32 {
        ((self.p as f64) * 4_294_967_296.0).min(u32::MAX as f64) as u32
    }
    pub(crate) fn validate(&self) -> Result<()> {
        if !(self.p >= 0.0 && self.p < 1.0) {
            return Err(PmetalError::InvalidArgument(format!("dropout p must be in [0, 1), got {}", self.p)));
        }
        Ok(())
    }
}

/// Where a [`Dropout`] mask applies: to A1 as loaded, to B1 as loaded, or to the result
/// before bias and accumulation (the dx of the adapter path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropSite {
    A1,
    B1,
    Out,
}

/// A fused GEMM call. Build with [`FusedGemmCall::new`] and the `with_*` methods.
#[derive(Clone, Copy, Debug)]
pub struct FusedGemmCall<'a> {
    pub seg1: GemmSegment<'a>,
    /// Scale of the first product (default 1).
    pub alpha1: f32,
    /// The second product and its scale `alpha2`.
    pub seg2: Option<(GemmSegment<'a>, f32)>,
    /// `[N]`, the operands' dtype.
    pub bias: Option<&'a GpuTensor>,
    /// `[M]` f32: multiplies row `i` of op(A1).
    pub row_scale: Option<&'a GpuTensor>,
    /// `[K1]` in the operands' dtype, plus an offset: multiplies column `k` of op(A1).
    pub col_scale: Option<(&'a GpuTensor, f32)>,
    pub dropout: Option<(DropSite, Dropout)>,
    /// `C += ...` instead of `C = ...`.
    pub accumulate: bool,
}

impl<'a> FusedGemmCall<'a> {
    pub fn new(seg1: GemmSegment<'a>) -> Self {
        FusedGemmCall { seg1, alpha1: 1.0, seg2: None, bias: None, row_scale: None, col_scale: None, dropout: None, accumulate: false }
    }
    pub fn with_alpha1(mut self, alpha1: f32) -> Self {
        self.alpha1 = alpha1;
        self
    }
    pub fn with_second(mut self, seg2: GemmSegment<'a>, alpha2: f32) -> Self {
        self.seg2 = Some((seg2, alpha2));
        self
    }
    pub fn with_bias(mut self, bias: Option<&'a GpuTensor>) -> Self {
        self.bias = bias;
        self
    }
    pub fn with_row_scale(mut self, rstd: &'a GpuTensor) -> Self {
        self.row_scale = Some(rstd);
        self
    }
    pub fn with_col_scale(mut self, w: &'a GpuTensor, offset: f32) -> Self {
        self.col_scale = Some((w, offset));
        self
    }
    pub fn with_dropout(mut self, site: DropSite, d: Option<Dropout>) -> Self {
        self.dropout = d.map(|d| (site, d));
        self
    }
    pub fn accumulate(mut self, yes: bool) -> Self {
        self.accumulate = yes;
        self
    }
}

/// Which inner path runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GemmPath {
    /// Matrix units where the device has them for the dtype, else the unit path.
    #[default]
    Auto,
    /// Shared-memory tiles and per-thread FMAs (every device).
    Unit,
    /// cmma fragments; an error where the device has none for the dtype.
    MatrixUnits,
    /// The matrix-unit kernel with plain FMAs in place of the fragment instructions
    /// (`fragment` 16: CUDA's data path, 8: Metal's), on any device and dtype: how CI
    /// tests that kernel's tiling, vector loads, prologue and epilogue without matrix
    /// units. Not fast.
    Emulated { fragment: usize },
    /// cubek-matmul's GEMM with the second product, bias and scales folded in along a
    /// concatenated K (see `library.rs`); every device (cubek's unit kernel without matrix
    /// units). Calls with dropout run pmetal's own kernel (as `Auto` would pick it).
    Library,
}

/// The fused GEMM op. Cheap to build and clone.
#[derive(Clone, Debug)]
pub struct FusedGemm {
    ctx: MetalContext,
    path: GemmPath,
}

/// A tiling of the matrix-unit kernel; vector widths and operand layouts are filled in
/// per call.
fn tile_cfg(ctx: &MetalContext, s: usize, (wm, wn): (usize, usize), (fm, fnn): (usize, usize), emulate: bool) -> TileCfg {
    let plane_sync_orders_smem = crate::kernels::plane_sync_orders_shared(ctx);
    TileCfg { s, wm, wn, fm, fnn, v1: 1, v2: 1, vc: 1, a1_kc: true, b1_kc: true, a2_kc: true, b2_kc: true, emulate, plane_sync_orders_smem }
}

/// `(rows, cols)` of a 2-D tensor after the optional transpose.
fn logical(t: &GpuTensor, trans: bool, what: &str) -> Result<(usize, usize)> {
    match t.shape() {
        &[r, c] => Ok(if trans { (c, r) } else { (r, c) }),
        s => Err(PmetalError::ShapeMismatch(format!("fused gemm {what}: expected a 2-D tensor, got {s:?}"))),
    }
}

/// (row stride, col stride) of the logical matrix of a contiguous 2-D tensor.
fn strides(t: &GpuTensor, trans: bool) -> (u32, u32) {
    let cols = t.shape()[1] as u32;
    if trans { (1, cols) } else { (cols, 1) }
}

impl FusedGemm {
    pub fn new(ctx: &MetalContext) -> Self {
        FusedGemm { ctx: ctx.clone(), path: GemmPath::Auto }
    }

    pub fn with_path(mut self, path: GemmPath) -> Self {
        self.path = path;
        self
    }

    /// The matrix-unit tiling this device offers for operands of `dtype`, if any (vector
    /// widths not yet chosen).
    pub(crate) fn mma_tiling(&self, dtype: DType) -> Option<TileCfg> {
        Some(match crate::kernels::mma_fragment(&self.ctx, dtype)? {
            // 8 warps in 2x4, each 4x2 fragments: 128x128 outputs, 27 KiB of shared memory.
            16 => tile_cfg(&self.ctx, 16, (2, 4), (4, 2), false),
            // Apple: 8x8x8 only; 4 simdgroups in 2x2, each 4x4 fragments: 64x64 outputs.
            _ => tile_cfg(&self.ctx, 8, (2, 2), (4, 4), false),
        })
    }

    /// Whether this device has matrix units for operands of `dtype` (the
    /// [`GemmPath::MatrixUnits`] kernel can run).
    pub fn has_matrix_units(&self, dtype: DType) -> bool {
        self.mma_tiling(dtype).is_some()
    }

    /// The path that runs for operands of `dtype` (Auto resolved).
    pub fn resolved_path(&self, dtype: DType) -> GemmPath {
        match self.path {
            // CUDA: the matmul op's GEMM (cuBLASLt where the context has it, else cubek's
            // TMA GEMM) with the adapter folded in along K, several times faster than
            // pmetal's own kernel on the base product alone (bench/results/tuning-decisions.md). Metal keeps pmetal's own 8x8 simdgroup kernel
            // (its MSL is what the codegen test checks).
            GemmPath::Auto if self.ctx.backend() == crate::context::Backend::Cuda && self.mma_tiling(dtype).is_some() => GemmPath::Library,
            GemmPath::Auto if self.mma_tiling(dtype).is_some() => GemmPath::MatrixUnits,
            GemmPath::Auto => GemmPath::Unit,
            p => p,
        }
    }

    /// The output shape `[M, N]` of `call`, validated.
    pub fn out_shape(&self, call: &FusedGemmCall<'_>) -> Result<[usize; 2]> {
        let s = &call.seg1;
        let (m, _) = logical(s.a, s.trans_a, "a1")?;
        let (_, n) = logical(s.b, s.trans_b, "b1")?;
        Ok([m, n])
    }

    /// `op(..)` into a new `[M, N]` tensor of `out_dtype` (f32 or the operands' dtype).
    pub fn forward(&self, call: &FusedGemmCall<'_>, out_dtype: DType) -> Result<GpuTensor> {
        if call.accumulate {
            return Err(PmetalError::InvalidArgument("fused gemm forward makes a new C: accumulate needs run".into()));
        }
        let shape = self.out_shape(call)?;
        let out = GpuTensor::empty(&self.ctx, out_dtype, &shape)?;
        self.run(call, &out)?;
        Ok(out)
    }

    /// Runs `call` into `out` (`[M, N]`, contiguous; must not overlap the operands).
    pub fn run(&self, call: &FusedGemmCall<'_>, out: &GpuTensor) -> Result<()> {
        let l = self.plan(call, out)?;
        if self.library_takes(call, call.seg1.a.dtype()) {
            return self.run_library(call, out);
        }
        let key = format!(
            "fused_gemm/{}/{}->{}/{:?}",
            match l.tile {
                None => "unit".to_string(),
                Some(t) => format!("mma{}{}/v{}.{}.{}", t.s, if t.emulate { "emu" } else { "" }, t.v1, t.v2, t.vc),
            },
            l.storage.name(),
            l.out.name(),
            l.flags
        );
        self.ctx.note_launch(|| key);
        with_client!(self.ctx, |c, R| launch::launch::<R>(c, l));
        Ok(())
    }

    fn plan(&self, call: &FusedGemmCall<'_>, out: &GpuTensor) -> Result<Launch> {
        let ctx = &self.ctx;
        let s1 = &call.seg1;
        let dt = s1.a.dtype();
        for (t, what) in [(s1.a, "a1"), (s1.b, "b1")] {
            check_context(ctx, t)?;
            check_float(t, "fused gemm")?;
            check_size(t, what)?;
            if t.dtype() != dt {
                return Err(PmetalError::DTypeMismatch { expected: dt, got: t.dtype() });
            }
        }
        let (m, k1) = logical(s1.a, s1.trans_a, "a1")?;
        let (kb, n) = logical(s1.b, s1.trans_b, "b1")?;
        if k1 != kb {
            return Err(PmetalError::ShapeMismatch(format!("fused gemm: op(a1) is [{m}, {k1}] but op(b1) is [{kb}, {n}]")));
        }
        let (mut k2, mut alpha2) = (0usize, 0.0f32);
        let (mut a2, mut b2) = ((s1.a.handle(), s1.a.numel() as usize), (s1.b.handle(), s1.b.numel() as usize));
        let mut st2 = [0u32; 4];
        if let Some((s2, alpha)) = &call.seg2 {
            for (t, what) in [(s2.a, "a2"), (s2.b, "b2")] {
                check_context(ctx, t)?;
                check_size(t, what)?;
                if t.dtype() != dt {
                    return Err(PmetalError::DTypeMismatch { expected: dt, got: t.dtype() });
                }
            }
            let (m2, ka) = logical(s2.a, s2.trans_a, "a2")?;
            let (kb2, n2) = logical(s2.b, s2.trans_b, "b2")?;
            if m2 != m || n2 != n || ka != kb2 {
                return Err(PmetalError::ShapeMismatch(format!(
                    "fused gemm: second product op(a2) [{m2}, {ka}] x op(b2) [{kb2}, {n2}] must give [{m}, {n}] with matching inner dims"
                )));
            }
            if !alpha.is_finite() {
                return Err(PmetalError::InvalidArgument(format!("fused gemm alpha2 must be finite, got {alpha}")));
            }
            k2 = ka;
            alpha2 = *alpha;
            let ((am, ak), (bk, bn)) = (strides(s2.a, s2.trans_a), strides(s2.b, s2.trans_b));
            // op(B) [K, N]: k stride is the row stride of the logical matrix.
            st2 = [am, ak, bk, bn];
            a2 = (s2.a.handle(), s2.a.numel() as usize);
            b2 = (s2.b.handle(), s2.b.numel() as usize);
        }
        if !call.alpha1.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("fused gemm alpha1 must be finite, got {}", call.alpha1)));
        }
        check_context(ctx, out)?;
        if out.dtype() != DType::F32 && out.dtype() != dt {
            return Err(PmetalError::InvalidArgument(format!("fused gemm out must be f32 or {dt}, got {}", out.dtype())));
        }
        if out.shape() != [m, n] {
            return Err(PmetalError::ShapeMismatch(format!("fused gemm out: expected [{m}, {n}], got {:?}", out.shape())));
        }
        let mut bias = (out.handle(), 1usize);
        if let Some(b) = call.bias {
            check_like(ctx, dt, &[n], b, "fused gemm bias")?;
            bias = (b.handle(), n);
        }
        let mut row_scale = (out.handle(), 1usize);
        if let Some(r) = call.row_scale {
            check_like(ctx, DType::F32, &[m], r, "fused gemm row scale")?;
            row_scale = (r.handle(), m);
        }
        let (mut col_scale, mut col_offset) = ((out.handle(), 1usize), 0.0f32);
        if let Some((w, off)) = call.col_scale {
            check_like(ctx, dt, &[k1], w, "fused gemm column scale")?;
            if !off.is_finite() {
                return Err(PmetalError::InvalidArgument(format!("fused gemm column-scale offset must be finite, got {off}")));
            }
            col_scale = (w.handle(), k1);
            col_offset = off;
        }
        let (mut seed, mut thr, mut dscale, mut dflag) = (0u32, 0u32, 1.0f32, kernel::DROP_NONE);
        if let Some((site, d)) = call.dropout {
            d.validate()?;
            seed = d.seed;
            thr = d.threshold();
            dscale = 1.0 / (1.0 - d.p);
            dflag = match site {
                DropSite::A1 => kernel::DROP_A1,
                DropSite::B1 => kernel::DROP_B1,
                DropSite::Out => kernel::DROP_OUT,
            };
        }
        // 32-bit indices: every operand and C must stay below 2^31 elements.
        for t in [s1.a, s1.b, out] {
            check_size(t, "fused gemm operand")?;
        }
        let storage = ctx.storage_of(dt);
        let base = match self.path {
            GemmPath::Unit => None,
            GemmPath::Auto | GemmPath::Library => self.mma_tiling(dt),
            GemmPath::MatrixUnits => Some(self.mma_tiling(dt).ok_or_else(|| {
                PmetalError::InvalidArgument(format!("fused gemm: no matrix units for {dt} on {}", ctx.device_name()))
            })?),
            // Small tiles: the emulated accumulators live in registers and lavapipe allows
            // 32 KiB of shared memory.
            GemmPath::Emulated { fragment: 16 } => Some(tile_cfg(ctx, 16, (2, 1), (2, 1), true)),
            GemmPath::Emulated { fragment: 8 } => Some(tile_cfg(ctx, 8, (2, 2), (2, 2), true)),
            GemmPath::Emulated { fragment } => {
                return Err(PmetalError::InvalidArgument(format!("fused gemm: emulated fragments are 8 or 16, not {fragment}")));
            }
        };
        let ((a1m, a1k), (b1k, b1n)) = (strides(s1.a, s1.trans_a), strides(s1.b, s1.trans_b));
        // Skinny problems (the rank-sized GEMMs of LoRA: t = x A^T and g = s dy B have
        // N = rank, dA = g^T x has M = rank) get a tiling narrow in that dimension, so the
        // cube's fragments are not spent on padding: 16 wide, 4 planes (128 or 64 long).
        let base = base.map(|t| {
            if n <= 32 && m > n {
                TileCfg { wm: 4, wn: 1, fm: 2, fnn: 16 / t.s, ..t }
            } else if m <= 32 && n > m {
                TileCfg { wm: 1, wn: 4, fm: 16 / t.s, fnn: 2, ..t }
            } else {
                t
            }
        });
        let tile = base.map(|t| {
            // Widest vectors (16 bytes at most) that every operand of a segment divides
            // into along its contiguous dimension (K, else M for A / N for B).
            let info = ctx.info();
            let vmax = |st: crate::dtype::Storage| (16 / st.size()).min(info.max_vector_size.max(1));
            let width = |max: usize, lens: &[usize]| {
                let mut v = max;
                while v > 1 && lens.iter().any(|&l| l % v != 0) {
                    v /= 2;
                }
                v
            };
            let a_lens = |(sm, sk): (u32, u32), k: usize| if sk == 1 { [k, sm as usize] } else { [m, sk as usize] };
            let b_lens = |(sk, sn): (u32, u32), k: usize| if sk == 1 { [k, sn as usize] } else { [n, sk as usize] };
            let mut l1: Vec<usize> = a_lens((a1m, a1k), k1).into_iter().chain(b_lens((b1k, b1n), k1)).collect();
            if call.col_scale.is_some() {
                l1.push(k1);
            }
            let l2: Vec<usize> = a_lens((st2[0], st2[1]), k2.max(1)).into_iter().chain(b_lens((st2[2], st2[3]), k2.max(1))).collect();
            let vin = vmax(storage);
            TileCfg {
                v1: width(vin, &l1),
                v2: if call.seg2.is_some() { width(vin, &l2) } else { 1 },
                vc: width(vmax(ctx.storage_of(out.dtype())), &[n]),
                a1_kc: a1k == 1,
                b1_kc: b1k == 1,
                a2_kc: st2[1] == 1,
                b2_kc: st2[2] == 1,
                ..t
            }
        });
        // Shared memory (one tile pair per segment, f32 when emulating f32): the automatic
        // choice falls back to the unit kernel, a pinned path is refused.
        let tile = match tile {
            Some(t) if t.smem(storage.size(), call.seg2.is_some()) > ctx.info().max_shared_memory => {
                if !matches!(self.path, GemmPath::Auto | GemmPath::Library) {
                    return Err(PmetalError::InvalidArgument(format!(
                        "fused gemm: the {:?} tiling needs {} bytes of shared memory, {} offers {}",
                        self.path,
                        t.smem(storage.size(), call.seg2.is_some()),
                        ctx.device_name(),
                        ctx.info().max_shared_memory
                    )));
                }
                None
            }
            t => t,
        };
        let (bm, bn) = tile.map_or((kernel::UNIT_BM, kernel::UNIT_BN), |t| (t.bm(), t.bn()));
        let max = ctx.info().max_cube_count;
        if m.div_ceil(bm) > max.1 as usize || n.div_ceil(bn) > max.0 as usize {
            return Err(PmetalError::TooLarge(format!("fused gemm [{m}, {n}] needs more cubes than the device's grid")));
        }
        let flags = GemmFlags {
            seg2: call.seg2.is_some(),
            bias: call.bias.is_some(),
            accumulate: call.accumulate,
            row_scale: call.row_scale.is_some(),
            col_scale: call.col_scale.is_some(),
            dropout: dflag,
        };
        Ok(Launch {
            storage,
            out: ctx.storage_of(out.dtype()),
            a1: (s1.a.handle(), s1.a.numel() as usize),
            b1: (s1.b.handle(), s1.b.numel() as usize),
            a2,
            b2,
            bias,
            row_scale,
            col_scale,
            c: (out.handle(), m * n),
            dims: [m as u32, n as u32, k1 as u32, k2 as u32, a1m, a1k, b1k, b1n, st2[0], st2[1], st2[2], st2[3]],
            alpha1: call.alpha1,
            alpha2,
            col_offset,
            seed,
            drop_threshold: thr,
            drop_scale: dscale,
            flags,
            tile,
        })
    }
}
