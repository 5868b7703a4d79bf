//! The fused GEMM's matrix-unit kernel: CUDA wmma 16x16x16 or Metal simdgroup 8x8x8
//! fragments over shared-memory stages of A and B, the prologue applied while staging A,
//! and a vectorised epilogue (bias, accumulate, output dropout) through shared memory.

use cubecl::prelude::*;

use super::stage::*;
use super::*;
use crate::kernels::io::IoElem;

/// Comptime shape of the matrix-unit kernel [`fused_gemm_mma`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TileCfg {
    /// Fragment side: 16 (CUDA wmma 16x16x16) or 8 (Metal simdgroup 8x8x8).
    pub s: usize,
    /// Planes per cube along M and N, and fragments per plane along M and N.
    pub wm: usize,
    pub wn: usize,
    pub fm: usize,
    pub fnn: usize,
    /// Vector widths of segment 1's operands (N1), segment 2's (N2) and of C (NC).
    pub v1: usize,
    pub v2: usize,
    pub vc: usize,
    /// Whether each operand is contiguous along K (else along M for A, N for B).
    pub a1_kc: bool,
    pub b1_kc: bool,
    pub a2_kc: bool,
    pub b2_kc: bool,
    /// Plain FMAs in place of the fragment instructions (same tiles, staging and
    /// epilogue), so the data path of this kernel is tested where there are no matrix
    /// units (lavapipe).
    pub emulate: bool,
    /// Whether the backend's plane barrier orders shared memory between the plane's
    /// lanes (CUDA's `__syncwarp`). Where it does not (CubeCL 0.10 emits Metal's
    /// `simdgroup_barrier(mem_flags::mem_none)` and Vulkan's subgroup barrier with no
    /// memory semantics), the staging exchange takes the cube barrier: see
    /// [`crate::kernels::plane_sync_orders_shared`].
    pub plane_sync_orders_smem: bool,
}

/// Elements of padding per shared-memory row: keeps fragment rows off the same banks
/// while fragment pointers stay 32-byte aligned (wmma's rule).
pub const SMEM_PAD: usize = 8;
/// Lanes per plane the matrix-unit kernel is written for (CUDA warps, Apple SIMD groups).
pub const MMA_PLANE: usize = 32;

impl TileCfg {
    pub const fn bm(&self) -> usize {
        self.wm * self.fm * self.s
    }
    pub const fn bn(&self) -> usize {
        self.wn * self.fnn * self.s
    }
    pub const fn bk(&self) -> usize {
        2 * self.s
    }
    pub const fn threads(&self) -> usize {
        self.wm * self.wn * MMA_PLANE
    }
    /// Shared A tile layout follows A's contiguous dimension, so every fetched vector is
    /// one shared store: `[bm, bk]` (row stride `bk + pad`) when A is contiguous along K,
    /// else `[bk, bm]`; fragments load it row- or column-major. Element stores of a
    /// transposed tile were 8 stores per vector with 8-way bank conflicts.
    pub const fn a_stride(&self, kc: bool) -> usize {
        if kc { self.bk() + SMEM_PAD } else { self.bm() + SMEM_PAD }
    }
    pub const fn a_len(&self, kc: bool) -> usize {
        if kc { self.bm() * self.a_stride(kc) } else { self.bk() * self.a_stride(kc) }
    }
    /// Shared B tile: `[bn, bk]` when B is contiguous along K, else `[bk, bn]`.
    pub const fn b_stride(&self, kc: bool) -> usize {
        if kc { self.bk() + SMEM_PAD } else { self.bn() + SMEM_PAD }
    }
    pub const fn b_len(&self, kc: bool) -> usize {
        if kc { self.bn() * self.b_stride(kc) } else { self.bk() * self.b_stride(kc) }
    }
    /// Vectors each unit fetches per K tile for an A (`a` true) or B tile of width `v`.
    pub const fn per_unit(&self, a: bool, v: usize) -> usize {
        let total = if a { self.bm() * self.bk() } else { self.bk() * self.bn() } / v;
        total.div_ceil(self.threads())
    }
    /// Shared bytes of [`fused_gemm_mma`] for operands of `elem` bytes.
    pub const fn smem(&self, elem: usize, seg2: bool) -> usize {
        let seg1 = self.a_len(self.a1_kc) + self.b_len(self.b1_kc);
        let seg2 = if seg2 { self.a_len(self.a2_kc) + self.b_len(self.b2_kc) } else { 0 };
        (seg1 + seg2) * elem + self.wm * self.wn * self.s * self.s * 4
    }
    /// Accumulator floats per unit when emulating (1 otherwise, an unused slot).
    pub const fn emu_len(&self) -> usize {
        if self.emulate { self.fm * self.fnn * self.s * self.s / MMA_PLANE } else { 1 }
    }
}

/// Matrix-unit path. A cube of `wm x wn` planes, each plane an `fm x fn` grid of
/// `s x s` fragments (CUDA: s 16, 2x4 planes of 4x2 fragments = 128x128 outputs, 256
/// units; Metal: s 8, 2x2 planes of 4x4 = 64x64). K advances `2 s` per tile. Each unit
/// fetches its vectors of the next tile into registers before the current tile's
/// fragment products, so global loads overlap the matrix units; the prologue runs in
/// f32 as the tile is written to shared memory (rounded once to the operands' dtype).
/// The epilogue stages one fragment at a time through a per-plane `s x s` f32 tile and
/// writes C with vector stores.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn fused_gemm_mma<I: IoElem, O: IoElem, N1: Size, N2: Size, NC: Size>(
    a1: &Array<Vector<I::S, N1>>,
    b1: &Array<Vector<I::S, N1>>,
    a2: &Array<Vector<I::S, N2>>,
    b2: &Array<Vector<I::S, N2>>,
    bias: &Array<Vector<I::S, NC>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, N1>>,
    c: &mut Array<Vector<O::S, NC>>,
    d: GemmDims,
    #[comptime] flags: GemmFlags,
    #[comptime] cfg: TileCfg,
) {
    let s = cfg.s;
    // One pair of tiles per segment: each segment's vectors have their own width.
    let mut sa1 = SharedMemory::<Vector<I::S, N1>>::new(comptime!(cfg.a_len(cfg.a1_kc) / cfg.v1));
    let mut sb1 = SharedMemory::<Vector<I::S, N1>>::new(comptime!(cfg.b_len(cfg.b1_kc) / cfg.v1));
    let mut sa2 = SharedMemory::<Vector<I::S, N2>>::new(comptime!(if flags.seg2 { cfg.a_len(cfg.a2_kc) / cfg.v2 } else { 1 }));
    let mut sb2 = SharedMemory::<Vector<I::S, N2>>::new(comptime!(if flags.seg2 { cfg.b_len(cfg.b2_kc) / cfg.v2 } else { 1 }));
    let mut stage = SharedMemory::<f32>::new(cfg.wm * cfg.wn * cfg.s * cfg.s);
    let plane = UNIT_POS / MMA_PLANE as u32;
    let lane = UNIT_POS % MMA_PLANE as u32;
    let pr = plane / cfg.wn as u32;
    let pc = plane % cfg.wn as u32;
    let row0 = CUBE_POS_Y * cfg.bm() as u32;
    let col0 = CUBE_POS_X * cfg.bn() as u32;
    let bk = cfg.bk() as u32;

    let mut accs = Sequence::<cmma::Matrix<f32>>::new();
    if comptime!(!cfg.emulate) {
        #[unroll]
        for _ in 0..cfg.fm * cfg.fnn {
            accs.push(cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32));
        }
    }
    let mut emu = Array::<f32>::new(cfg.emu_len());
    #[unroll]
    for i in 0..cfg.emu_len() {
        emu[i] = 0.0f32;
    }

    let mut ra1 = Array::<Vector<I::S, N1>>::new(cfg.per_unit(true, cfg.v1));
    let mut rb1 = Array::<Vector<I::S, N1>>::new(cfg.per_unit(false, cfg.v1));
    let mut ra2 = Array::<Vector<I::S, N2>>::new(cfg.per_unit(true, cfg.v2));
    let mut rb2 = Array::<Vector<I::S, N2>>::new(cfg.per_unit(false, cfg.v2));

    let (t1, t2) = k_tiles(&d, bk, flags.seg2);
    let tiles = t1 + t2;
    // Tile 0 in flight before the loop (segment 1 always has at least one tile).
    fetch_a::<I, N1>(a1, &mut ra1, row0, 0u32, d.m, d.k1, d.sa1_m, d.sa1_k, cfg.a1_kc, cfg.v1, cfg);
    fetch_b::<I, N1>(b1, &mut rb1, 0u32, col0, d.n, d.k1, d.sb1_k, d.sb1_n, cfg.b1_kc, cfg.v1, cfg);
    for t in 0..tiles {
        if t < t1 {
            let k0 = t * bk;
            stage_a::<I, N1>(&ra1, &mut sa1, row_scale, col_scale, &d, row0, k0, d.alpha1, true, flags, cfg.a1_kc, cfg.v1, cfg);
            stage_b::<I, N1>(&rb1, &mut sb1, &d, k0, col0, true, flags, cfg.b1_kc, cfg.v1, cfg);
        } else if comptime!(flags.seg2) {
            let k0 = (t - t1) * bk;
            // Segment 2 has no prologue: its own A stands in for the unread column scale.
            stage_a::<I, N2>(&ra2, &mut sa2, row_scale, a2, &d, row0, k0, d.alpha2, false, flags, cfg.a2_kc, cfg.v2, cfg);
            stage_b::<I, N2>(&rb2, &mut sb2, &d, k0, col0, false, flags, cfg.b2_kc, cfg.v2, cfg);
        }
        sync_cube();
        // Next tile's loads go out before this tile's products.
        let nt = t + 1;
        if nt < t1 {
            fetch_a::<I, N1>(a1, &mut ra1, row0, nt * bk, d.m, d.k1, d.sa1_m, d.sa1_k, cfg.a1_kc, cfg.v1, cfg);
            fetch_b::<I, N1>(b1, &mut rb1, nt * bk, col0, d.n, d.k1, d.sb1_k, d.sb1_n, cfg.b1_kc, cfg.v1, cfg);
        } else if nt < tiles {
            let k0 = (nt - t1) * bk;
            fetch_a::<I, N2>(a2, &mut ra2, row0, k0, d.m, d.k2, d.sa2_m, d.sa2_k, cfg.a2_kc, cfg.v2, cfg);
            fetch_b::<I, N2>(b2, &mut rb2, k0, col0, d.n, d.k2, d.sb2_k, d.sb2_n, cfg.b2_kc, cfg.v2, cfg);
        }
        if t < t1 {
            mma_tile::<I, N1>(&sa1, &sb1, &mut accs, &mut emu, pr, pc, lane, cfg.a1_kc, cfg.b1_kc, cfg.v1, cfg);
        } else if comptime!(flags.seg2) {
            mma_tile::<I, N2>(&sa2, &sb2, &mut accs, &mut emu, pr, pc, lane, cfg.a2_kc, cfg.b2_kc, cfg.v2, cfg);
        }
        sync_cube();
    }

    let st0 = (plane * (s * s) as u32) as usize;
    #[unroll]
    for i in 0..cfg.fm {
        #[unroll]
        for j in 0..cfg.fnn {
            let f = i * cfg.fnn + j;
            if comptime!(cfg.emulate) {
                #[unroll]
                for q in 0..s * s / MMA_PLANE {
                    stage[st0 + lane as usize + q * MMA_PLANE] = emu[f * (s * s / MMA_PLANE) + q];
                }
            } else {
                cmma::store(&mut stage.slice_mut(st0, st0 + s * s), accs.index(f), s as u32, cmma::MatrixLayout::RowMajor);
            }
            sync_stage(cfg.emulate || !cfg.plane_sync_orders_smem);
            let row = row0 + pr * (cfg.fm * s) as u32 + (i * s) as u32;
            let col = col0 + pc * (cfg.fnn * s) as u32 + (j * s) as u32;
            epilogue_vec::<I, O, NC>(&stage, st0, c, bias, &d, row, col, lane, flags, cfg);
            sync_stage(cfg.emulate || !cfg.plane_sync_orders_smem);
        }
    }
}

/// Barrier for the per-plane staging tile: the plane's own (real fragments run on
/// hardware planes of 32), or the cube's when `cube` is set: when emulating (the emulated
/// planes of 32 are not hardware planes: lavapipe's are 8 wide), or where the plane
/// barrier orders no shared memory (Metal). Every plane runs the same epilogue loop, so
/// the cube barrier is reached by all units.
#[cube]
fn sync_stage(#[comptime] cube: bool) {
    if comptime!(cube) {
        sync_cube();
    } else {
        sync_plane();
    }
}

/// Zero in the stored dtype (a fragment's initial value).
#[cube]
fn zero_el<I: IoElem>() -> I::S {
    I::from_f32(Vector::<f32, Const<1>>::new(0.0f32))[0]
}

/// One element of a shared tile of vectors (the emulated path only: a run-time
/// component index, slow on GPUs, fine on lavapipe).
#[cube]
fn tile_el<I: IoElem, NV: Size>(t: &SharedMemory<Vector<I::S, NV>>, idx: usize, #[comptime] v: usize) -> f32 {
    let vv = t[idx / v];
    I::to_f32(Vector::<I::S, Const<1>>::new(vv[idx % v]))[0]
}

/// One K tile of fragment products for this plane: `2` steps of `s`. Tiles are laid out
/// as [`TileCfg::a_stride`] / [`TileCfg::b_stride`] say; fragments load them row- or
/// column-major accordingly.
#[cube]
#[allow(clippy::too_many_arguments, clippy::eq_op)]
fn mma_tile<I: IoElem, NV: Size>(
    sa: &SharedMemory<Vector<I::S, NV>>,
    sb: &SharedMemory<Vector<I::S, NV>>,
    accs: &mut Sequence<cmma::Matrix<f32>>,
    emu: &mut Array<f32>,
    pr: u32,
    pc: u32,
    lane: u32,
    #[comptime] a_kc: bool,
    #[comptime] b_kc: bool,
    #[comptime] v: usize,
    #[comptime] cfg: TileCfg,
) {
    let s = cfg.s;
    let sas = comptime!(cfg.a_stride(a_kc));
    let sbs = comptime!(cfg.b_stride(b_kc));
    // Element offsets of (row, k) in A and (k, col) in B, as one expression each: a
    // comptime value reassigned in a comptime `if` keeps its first value (CubeCL 0.10).
    let a_rm = comptime!(if a_kc { cfg.a_stride(a_kc) } else { 1 });
    let a_km = comptime!(if a_kc { 1 } else { cfg.a_stride(a_kc) });
    let b_km = comptime!(if b_kc { 1 } else { cfg.b_stride(b_kc) });
    let b_cm = comptime!(if b_kc { cfg.b_stride(b_kc) } else { 1 });
    let arow = (pr * (cfg.fm * s) as u32) as usize;
    let bcol = (pc * (cfg.fnn * s) as u32) as usize;
    #[unroll]
    for ks in 0..2usize {
        if comptime!(cfg.emulate) {
            #[unroll]
            for i in 0..cfg.fm {
                #[unroll]
                for j in 0..cfg.fnn {
                    #[unroll]
                    for q in 0..s * s / MMA_PLANE {
                        let e = lane as usize + q * MMA_PLANE;
                        let r = e / s;
                        let cc = e % s;
                        let mut acc = emu[(i * cfg.fnn + j) * (s * s / MMA_PLANE) + q];
                        // A run-time bound (CUBE_DIM / CUBE_DIM is 1): an unrolled loop here
                        // made each emulated kernel a ~20 s compile on lavapipe.
                        let kn = (CUBE_DIM / CUBE_DIM) * s as u32;
                        for kk in 0..kn {
                            let k = ks * s + kk as usize;
                            let av = tile_el::<I, NV>(sa, (arow + i * s + r) * a_rm + k * a_km, v);
                            let bv = tile_el::<I, NV>(sb, k * b_km + (bcol + j * s + cc) * b_cm, v);
                            acc += av * bv;
                        }
                        emu[(i * cfg.fnn + j) * (s * s / MMA_PLANE) + q] = acc;
                    }
                }
            }
        } else {
            let la = comptime!(if a_kc { cmma::MatrixLayout::RowMajor } else { cmma::MatrixLayout::ColMajor });
            let lb = comptime!(if b_kc { cmma::MatrixLayout::ColMajor } else { cmma::MatrixLayout::RowMajor });
            let alen = comptime!((cfg.s - 1) * cfg.a_stride(a_kc) + cfg.s);
            let blen = comptime!((cfg.s - 1) * cfg.b_stride(b_kc) + cfg.s);
            let mut fa = Sequence::<cmma::Matrix<I::S>>::new();
            let mut fb = Sequence::<cmma::Matrix<I::S>>::new();
            #[unroll]
            for i in 0..cfg.fm {
                let start = (arow + i * s) * a_rm + ks * s * a_km;
                let m = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, la, zero_el::<I>());
                cmma::load(&m, &sa.slice(start / v, (start + alen).div_ceil(v)), sas as u32);
                fa.push(m);
            }
            #[unroll]
            for j in 0..cfg.fnn {
                let start = ks * s * b_km + (bcol + j * s) * b_cm;
                let m = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, lb, zero_el::<I>());
                cmma::load(&m, &sb.slice(start / v, (start + blen).div_ceil(v)), sbs as u32);
                fb.push(m);
            }
            #[unroll]
            for i in 0..cfg.fm {
                #[unroll]
                for j in 0..cfg.fnn {
                    let acc = accs.index(i * cfg.fnn + j);
                    cmma::execute::<I::S, I::S, f32, f32>(fa.index(i), fb.index(j), acc, acc);
                }
            }
        }
    }
}

/// The plane's lanes run the epilogue over one staged `s x s` fragment, `vc` columns
/// at a time (vector loads of bias and C, vector stores).
#[cube]
#[allow(clippy::too_many_arguments)]
fn epilogue_vec<I: IoElem, O: IoElem, NC: Size>(
    stage: &SharedMemory<f32>,
    st0: usize,
    c: &mut Array<Vector<O::S, NC>>,
    bias: &Array<Vector<I::S, NC>>,
    d: &GemmDims,
    row0: u32,
    col0: u32,
    lane: u32,
    #[comptime] flags: GemmFlags,
    #[comptime] cfg: TileCfg,
) {
    let s = cfg.s;
    let vc = cfg.vc;
    #[unroll]
    for q in 0..(s * s / vc).div_ceil(MMA_PLANE) {
        let e = lane + (q * MMA_PLANE) as u32;
        if e < comptime!(s * s / vc) as u32 {
            let r = e / comptime!(s / vc) as u32;
            let cv = (e % comptime!(s / vc) as u32) * vc as u32;
            let row = row0 + r;
            let col = col0 + cv;
            if row < d.m && col < d.n {
                let mut v = Vector::<f32, NC>::empty();
                #[unroll]
                for j in 0..vc {
                    let mut x = stage[st0 + (r * s as u32 + cv) as usize + j];
                    if comptime!(flags.dropout == DROP_OUT) {
                        if drop_keep(row, col + j as u32, d.seed, d.drop_threshold) {
                            x *= d.drop_scale;
                        } else {
                            x = 0.0;
                        }
                    }
                    v[j] = x;
                }
                if comptime!(flags.bias) {
                    v += I::to_f32(bias[(col / vc as u32) as usize]);
                }
                let i = ((row * d.n + col) / vc as u32) as usize;
                if comptime!(flags.accumulate) {
                    v += O::to_f32(c[i]);
                }
                c[i] = O::from_f32(v);
            }
        }
    }
}

/// Library path, concatenated K: copies one block of an operand into the packed operand.
/// Both are contiguous along the block's columns (vectors of `N`): `src` is `[rows, cols]`
/// with row stride `src_ld`, written at `out[out_off + r * out_ld + c]` (all in vectors),
/// as `alpha * v`, times `row_scale[r] * (col_off + col_scale[c])` with `scales` (the
/// RMSNorm prologue of A1), in f32 and rounded once.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn pack_block<I: IoElem, N: Size>(
    src: &Array<Vector<I::S, N>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, N>>,
    out: &mut Array<Vector<I::S, N>>,
    rows: u32,
    cols: u32,
    src_ld: u32,
    out_ld: u32,
    out_off: u32,
    alpha: f32,
    col_off: f32,
    #[comptime] scales: bool,
) {
    let pos = ABSOLUTE_POS as u32;
    if pos < rows * cols {
        let r = pos / cols;
        let c = pos % cols;
        let mut v = I::to_f32(src[(r * src_ld + c) as usize]) * Vector::new(alpha);
        if scales {
            let w = I::to_f32(col_scale[c as usize]) + Vector::new(col_off);
            v = v * w * Vector::new(row_scale[r as usize]);
        }
        out[(out_off + r * out_ld + c) as usize] = I::from_f32(v);
    }
}

/// Bias line of a packed operand: ones on the A side, the bias on the B side.
pub const PACK_BIAS_NONE: u32 = 0;
pub const PACK_BIAS_ONES: u32 = 1;
pub const PACK_BIAS_VALUES: u32 = 2;

/// Library path, concatenated K: the packed operand past the first segment, `width`
/// entries along K for each of `lines` lines (M on the A side, N on the B side): first
/// the bias entry (`bias_mode`), then `alpha2 * src2` (`e2` entries along K, strides
/// `s2_line`, `s2_k`), then zeros up to the padded K. Entry `(l, c)` lands at
/// `out[l * out_line + (e1 + c) * out_k]`. Scalar: it covers rank-sized columns only.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn pack_tail<I: IoElem, N: Size>(
    src2: &Array<Vector<I::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    out: &mut Array<Vector<I::S, N>>,
    lines: u32,
    width: u32,
    e1: u32,
    e2: u32,
    s2_line: u32,
    s2_k: u32,
    out_line: u32,
    out_k: u32,
    alpha2: f32,
    #[comptime] bias_mode: u32,
) {
    let pos = ABSOLUTE_POS as u32;
    if pos < lines * width {
        let l = pos / width;
        let c = pos % width;
        let nb = comptime!(if bias_mode == PACK_BIAS_NONE { 0u32 } else { 1u32 });
        let mut v = Vector::<f32, N>::new(0.0);
        if c < nb {
            if comptime!(bias_mode == PACK_BIAS_ONES) {
                v = Vector::new(1.0);
            } else {
                v = I::to_f32(bias[l as usize]);
            }
        } else if c < nb + e2 {
            v = I::to_f32(src2[(l * s2_line + (c - nb) * s2_k) as usize]) * Vector::new(alpha2);
        }
        out[(l * out_line + (e1 + c) * out_k) as usize] = I::from_f32(v);
    }
}
