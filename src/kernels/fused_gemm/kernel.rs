//! `#[cube]` kernels of the fused dual-K GEMM:
//! `C = pro(A1) B1 + alpha2 * A2 B2 (+ bias) (+ C)`, with `pro` the optional row-scale,
//! column-scale (+ offset) and dropout prologue applied as A1 is loaded.
//!
//! Both kernels walk the K tiles of segment 1 and then those of segment 2 with one
//! accumulator, so the second product is folded into the first without a pass over C.
//! Every operand is read through a (row, column) stride pair, so transposes cost nothing.
//! Tails are guarded on all three dimensions: out-of-range loads read as 0.

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

/// Unit path tile: a 16x16 cube of units, each a 4x4 register tile: 64x64 outputs per
/// cube, K in steps of 16. Shared memory 2 x 16 x 64 f32 = 8 KiB, well inside lavapipe's
/// 32 KiB.
pub const UNIT_BM: usize = 64;
pub const UNIT_BN: usize = 64;
pub const UNIT_BK: usize = 16;
pub const UNIT_TM: usize = 4;
pub const UNIT_TN: usize = 4;
pub const UNIT_CUBE: u32 = 256;

/// Where the dropout mask (over x's [rows, features] coordinates) is applied.
pub const DROP_NONE: u32 = 0;
/// On A1 as loaded: element (row, k) of x.
pub const DROP_A1: u32 = 1;
/// On B1 as loaded: element (k, col) of x (x is B1 in `dA = g^T x`).
pub const DROP_B1: u32 = 2;
/// On the result before the epilogue's accumulate: element (row, col) of dx.
pub const DROP_OUT: u32 = 3;

/// Dropout keep test for element (r, c) of x: murmur3's 32-bit finaliser over the row,
/// the seed and the column (wrapping arithmetic, so the host reference reproduces it
/// exactly). Kept when the hash is at or above `threshold` = p * 2^32.
#[cube]
pub fn drop_keep(r: u32, c: u32, seed: u32, threshold: u32) -> bool {
    let h = fmix32(c + fmix32(r + seed * 0x9E37_79B9u32));
    h >= threshold
}

#[cube]
pub fn fmix32(v: u32) -> u32 {
    let mut x = v;
    x = x ^ (x >> 16u32);
    x = x * 0x85EB_CA6Bu32;
    x = x ^ (x >> 13u32);
    x = x * 0xC2B2_AE35u32;
    x ^ (x >> 16u32)
}

/// One element of a stored operand, widened to f32.
#[cube]
fn ld<I: IoElem, N: Size>(a: &Array<Vector<I::S, N>>, i: usize) -> f32 {
    I::to_f32(a[i])[0]
}

/// Scalars every fused GEMM launch takes, gathered so the two kernels share the loaders.
/// Dimensions and strides in elements.
#[derive(CubeType, CubeLaunch, Clone, Copy)]
pub struct GemmDims {
    pub m: u32,
    pub n: u32,
    pub k1: u32,
    pub k2: u32,
    /// A1 row / k strides, B1 k / col strides, same for segment 2.
    pub sa1_m: u32,
    pub sa1_k: u32,
    pub sb1_k: u32,
    pub sb1_n: u32,
    pub sa2_m: u32,
    pub sa2_k: u32,
    pub sb2_k: u32,
    pub sb2_n: u32,
    /// Scales of the two products (LoRA: 1 and the adapter scale s).
    pub alpha1: f32,
    pub alpha2: f32,
    /// Added to the column scale (1 for Gemma's `1 + w`).
    pub col_offset: f32,
    pub seed: u32,
    /// Dropout: p * 2^32, and 1 / (1 - p).
    pub drop_threshold: u32,
    pub drop_scale: f32,
}

/// Comptime switches of a fused GEMM launch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GemmFlags {
    pub seg2: bool,
    pub bias: bool,
    pub accumulate: bool,
    pub row_scale: bool,
    pub col_scale: bool,
    pub dropout: u32,
}

/// Element (row, k) of the A side of K tile `t`, prologue applied, 0 outside the matrix.
#[cube]
#[allow(clippy::too_many_arguments)]
fn a_elem<I: IoElem, N: Size>(
    a1: &Array<Vector<I::S, N>>,
    a2: &Array<Vector<I::S, N>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, N>>,
    d: &GemmDims,
    row: u32,
    k: u32,
    seg2: bool,
    #[comptime] has_row_scale: bool,
    #[comptime] has_col_scale: bool,
    #[comptime] dropout: u32,
) -> f32 {
    let mut v = 0.0f32;
    if seg2 {
        if row < d.m && k < d.k2 {
            v = ld::<I, N>(a2, (row * d.sa2_m + k * d.sa2_k) as usize) * d.alpha2;
        }
    } else if row < d.m && k < d.k1 {
        v = ld::<I, N>(a1, (row * d.sa1_m + k * d.sa1_k) as usize) * d.alpha1;
        if comptime!(has_row_scale) {
            v *= row_scale[row as usize];
        }
        if comptime!(has_col_scale) {
            v *= ld::<I, N>(col_scale, k as usize) + d.col_offset;
        }
        if comptime!(dropout == DROP_A1) {
            if drop_keep(row, k, d.seed, d.drop_threshold) {
                v *= d.drop_scale;
            } else {
                v = 0.0;
            }
        }
    }
    v
}

/// Element (k, col) of the B side of K tile `t`, 0 outside the matrix.
#[cube]
fn b_elem<I: IoElem, N: Size>(
    b1: &Array<Vector<I::S, N>>,
    b2: &Array<Vector<I::S, N>>,
    d: &GemmDims,
    k: u32,
    col: u32,
    seg2: bool,
    #[comptime] dropout: u32,
) -> f32 {
    let mut v = 0.0f32;
    if seg2 {
        if col < d.n && k < d.k2 {
            v = ld::<I, N>(b2, (k * d.sb2_k + col * d.sb2_n) as usize);
        }
    } else if col < d.n && k < d.k1 {
        v = ld::<I, N>(b1, (k * d.sb1_k + col * d.sb1_n) as usize);
        if comptime!(dropout == DROP_B1) {
            if drop_keep(k, col, d.seed, d.drop_threshold) {
                v *= d.drop_scale;
            } else {
                v = 0.0;
            }
        }
    }
    v
}

/// The epilogue of one output element: output dropout, bias, `+= C`, rounding to O.
#[cube]
#[allow(clippy::too_many_arguments)]
fn store_out<I: IoElem, O: IoElem, N: Size>(
    c: &mut Array<Vector<O::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    d: &GemmDims,
    row: u32,
    col: u32,
    acc: f32,
    #[comptime] has_bias: bool,
    #[comptime] accumulate: bool,
    #[comptime] dropout: u32,
) {
    if row < d.m && col < d.n {
        let mut v = acc;
        if comptime!(dropout == DROP_OUT) {
            if drop_keep(row, col, d.seed, d.drop_threshold) {
                v *= d.drop_scale;
            } else {
                v = 0.0;
            }
        }
        if comptime!(has_bias) {
            v += ld::<I, N>(bias, col as usize);
        }
        let i = (row * d.n + col) as usize;
        if comptime!(accumulate) {
            v += O::to_f32(c[i])[0];
        }
        c[i] = O::from_f32(Vector::new(v));
    }
}

/// K tiles of segment 1 and segment 2 (0 without it).
#[cube]
fn k_tiles(d: &GemmDims, bk: u32, #[comptime] seg2: bool) -> (u32, u32) {
    let t1 = d.k1.div_ceil(bk);
    let mut t2 = 0u32;
    if comptime!(seg2) {
        t2 = d.k2.div_ceil(bk);
    }
    (t1, t2)
}

/// Unit path (no matrix units: lavapipe, CI): shared-memory tiles, each unit a 4x4
/// register tile of FMAs. Cube (x, y) computes C[y*64.., x*64..].
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn fused_gemm_unit<I: IoElem, O: IoElem, N: Size>(
    a1: &Array<Vector<I::S, N>>,
    b1: &Array<Vector<I::S, N>>,
    a2: &Array<Vector<I::S, N>>,
    b2: &Array<Vector<I::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, N>>,
    c: &mut Array<Vector<O::S, N>>,
    d: GemmDims,
    #[comptime] flags: GemmFlags,
) {
    // k-major tiles: the inner loop reads 4 consecutive rows (columns) per k.
    let mut sa = SharedMemory::<f32>::new(UNIT_BK * UNIT_BM);
    let mut sb = SharedMemory::<f32>::new(UNIT_BK * UNIT_BN);
    let tx = UNIT_POS % 16u32;
    let ty = UNIT_POS / 16u32;
    let row0 = CUBE_POS_Y * UNIT_BM as u32;
    let col0 = CUBE_POS_X * UNIT_BN as u32;
    let mut acc = Array::<f32>::new(UNIT_TM * UNIT_TN);
    #[unroll]
    for i in 0..UNIT_TM * UNIT_TN {
        acc[i] = 0.0f32;
    }
    let (t1, t2) = k_tiles(&d, UNIT_BK as u32, flags.seg2);
    let bk = UNIT_BK as u32;
    for t in 0..t1 + t2 {
        let seg2 = t >= t1;
        let mut k0 = t * bk;
        let mut sak = d.sa1_k;
        let mut sbk = d.sb1_k;
        if seg2 {
            k0 = (t - t1) * bk;
            sak = d.sa2_k;
            sbk = d.sb2_k;
        }
        // 1024 elements per tile, 4 per unit; the index order follows the operand's
        // contiguous dimension so neighbouring units read neighbouring addresses.
        let mut e = UNIT_POS;
        while e < (UNIT_BM * UNIT_BK) as u32 {
            let mut r = e % UNIT_BM as u32;
            let mut kk = e / UNIT_BM as u32;
            if sak == 1u32 {
                kk = e % bk;
                r = e / bk;
            }
            sa[(kk * UNIT_BM as u32 + r) as usize] = a_elem::<I, N>(
                a1, a2, row_scale, col_scale, &d, row0 + r, k0 + kk, seg2, flags.row_scale, flags.col_scale, flags.dropout,
            );
            let mut cc = e % UNIT_BN as u32;
            let mut kb = e / UNIT_BN as u32;
            if sbk == 1u32 {
                kb = e % bk;
                cc = e / bk;
            }
            sb[(kb * UNIT_BN as u32 + cc) as usize] = b_elem::<I, N>(b1, b2, &d, k0 + kb, col0 + cc, seg2, flags.dropout);
            e += CUBE_DIM;
        }
        sync_cube();
        for kk in 0..bk {
            let abase = (kk * UNIT_BM as u32 + ty * UNIT_TM as u32) as usize;
            let bbase = (kk * UNIT_BN as u32 + tx * UNIT_TN as u32) as usize;
            let mut av = Array::<f32>::new(UNIT_TM);
            let mut bv = Array::<f32>::new(UNIT_TN);
            #[unroll]
            for i in 0..UNIT_TM {
                av[i] = sa[abase + i];
            }
            #[unroll]
            for j in 0..UNIT_TN {
                bv[j] = sb[bbase + j];
            }
            #[unroll]
            for i in 0..UNIT_TM {
                #[unroll]
                for j in 0..UNIT_TN {
                    acc[i * UNIT_TN + j] += av[i] * bv[j];
                }
            }
        }
        sync_cube();
    }
    #[unroll]
    for i in 0..UNIT_TM {
        #[unroll]
        for j in 0..UNIT_TN {
            let row = row0 + ty * UNIT_TM as u32 + i as u32;
            let col = col0 + tx * UNIT_TN as u32 + j as u32;
            store_out::<I, O, N>(c, bias, &d, row, col, acc[i * UNIT_TN + j], flags.bias, flags.accumulate, flags.dropout);
        }
    }
}

/// Matrix-unit path: a cube of `wm x wn` planes, each plane a 2x2 grid of `s x s`
/// fragments (`s` = 16: CUDA wmma 16x16x16; 8: Metal simdgroup 8x8x8), so the cube covers
/// `(2 s wm) x (2 s wn)` outputs, K in steps of `2 s`. Operands are staged in shared
/// memory in their own dtype (after the prologue, in f32, then rounded once), f32
/// accumulators; the epilogue goes through a per-plane `s x s` f32 staging tile so bias,
/// accumulation, dropout and tails are handled per element.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn fused_gemm_cmma<I: IoElem, O: IoElem, N: Size>(
    a1: &Array<Vector<I::S, N>>,
    b1: &Array<Vector<I::S, N>>,
    a2: &Array<Vector<I::S, N>>,
    b2: &Array<Vector<I::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, N>>,
    c: &mut Array<Vector<O::S, N>>,
    d: GemmDims,
    #[comptime] flags: GemmFlags,
    #[comptime] s: usize,
    #[comptime] wm: usize,
    #[comptime] wn: usize,
) {
    let bm = comptime!(2 * s * wm);
    let bn = comptime!(2 * s * wn);
    let bk = comptime!(2 * s);
    let mut sa = SharedMemory::<I::S>::new(bm * bk);
    let mut sb = SharedMemory::<I::S>::new(bk * bn);
    let mut stage = SharedMemory::<f32>::new(wm * wn * s * s);
    let plane = UNIT_POS / PLANE_DIM;
    let pr = plane / wn as u32;
    let pc = plane % wn as u32;
    let row0 = CUBE_POS_Y * bm as u32;
    let col0 = CUBE_POS_X * bn as u32;

    let c00 = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
    let c01 = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
    let c10 = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
    let c11 = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);

    let (t1, t2) = k_tiles(&d, bk as u32, flags.seg2);
    for t in 0..t1 + t2 {
        let seg2 = t >= t1;
        let mut k0 = t * bk as u32;
        let mut sak = d.sa1_k;
        let mut sbk = d.sb1_k;
        if seg2 {
            k0 = (t - t1) * bk as u32;
            sak = d.sa2_k;
            sbk = d.sb2_k;
        }
        // A tile row-major [bm][bk], B tile row-major [bk][bn] (what the fragments load).
        let mut e = UNIT_POS;
        while e < (bm * bk) as u32 {
            let mut r = e % bm as u32;
            let mut kk = e / bm as u32;
            if sak == 1u32 {
                kk = e % bk as u32;
                r = e / bk as u32;
            }
            let v = a_elem::<I, N>(a1, a2, row_scale, col_scale, &d, row0 + r, k0 + kk, seg2, flags.row_scale, flags.col_scale, flags.dropout);
            sa[(r * bk as u32 + kk) as usize] = I::from_f32(Vector::<f32, N>::new(v))[0];
            e += CUBE_DIM;
        }
        let mut e = UNIT_POS;
        while e < (bk * bn) as u32 {
            let mut cc = e % bn as u32;
            let mut kb = e / bn as u32;
            if sbk == 1u32 {
                kb = e % bk as u32;
                cc = e / bk as u32;
            }
            let v = b_elem::<I, N>(b1, b2, &d, k0 + kb, col0 + cc, seg2, flags.dropout);
            sb[(kb * bn as u32 + cc) as usize] = I::from_f32(Vector::<f32, N>::new(v))[0];
            e += CUBE_DIM;
        }
        sync_cube();
        #[unroll]
        for ks in 0..2usize {
            let ar0 = (pr * 2 * s as u32) as usize * bk + ks * s;
            let ar1 = ar0 + s * bk;
            let bc0 = ks * s * bn + (pc * 2 * s as u32) as usize;
            let bc1 = bc0 + s;
            let alen = (s - 1) * bk + s;
            let blen = (s - 1) * bn + s;
            let fa0 = cmma::Matrix::<I::S>::from_slice(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, &sa.slice(ar0, ar0 + alen), bk as u32);
            let fa1 = cmma::Matrix::<I::S>::from_slice(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, &sa.slice(ar1, ar1 + alen), bk as u32);
            let fb0 = cmma::Matrix::<I::S>::from_slice(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::RowMajor, &sb.slice(bc0, bc0 + blen), bn as u32);
            let fb1 = cmma::Matrix::<I::S>::from_slice(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::RowMajor, &sb.slice(bc1, bc1 + blen), bn as u32);
            cmma::execute::<I::S, I::S, f32, f32>(&fa0, &fb0, &c00, &c00);
            cmma::execute::<I::S, I::S, f32, f32>(&fa0, &fb1, &c01, &c01);
            cmma::execute::<I::S, I::S, f32, f32>(&fa1, &fb0, &c10, &c10);
            cmma::execute::<I::S, I::S, f32, f32>(&fa1, &fb1, &c11, &c11);
        }
        sync_cube();
    }
    let st0 = (plane * (s * s) as u32) as usize;
    let prow = row0 + pr * 2 * s as u32;
    let pcol = col0 + pc * 2 * s as u32;
    epilogue_tile::<I, O, N>(&mut stage, &c00, st0, c, bias, &d, prow, pcol, s, flags);
    epilogue_tile::<I, O, N>(&mut stage, &c01, st0, c, bias, &d, prow, pcol + s as u32, s, flags);
    epilogue_tile::<I, O, N>(&mut stage, &c10, st0, c, bias, &d, prow + s as u32, pcol, s, flags);
    epilogue_tile::<I, O, N>(&mut stage, &c11, st0, c, bias, &d, prow + s as u32, pcol + s as u32, s, flags);
}

/// Stores one accumulator fragment to the plane's staging tile, then the plane's lanes
/// run the per-element epilogue on it.
#[cube]
#[allow(clippy::too_many_arguments)]
fn epilogue_tile<I: IoElem, O: IoElem, N: Size>(
    stage: &mut SharedMemory<f32>,
    frag: &cmma::Matrix<f32>,
    st0: usize,
    c: &mut Array<Vector<O::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    d: &GemmDims,
    row: u32,
    col: u32,
    #[comptime] s: usize,
    #[comptime] flags: GemmFlags,
) {
    cmma::store(&mut stage.slice_mut(st0, st0 + s * s), frag, s as u32, cmma::MatrixLayout::RowMajor);
    sync_plane();
    let mut e = UNIT_POS_PLANE;
    while e < (s * s) as u32 {
        let r = e / s as u32;
        let cc = e % s as u32;
        store_out::<I, O, N>(c, bias, d, row + r, col + cc, stage[st0 + e as usize], flags.bias, flags.accumulate, flags.dropout);
        e += PLANE_DIM;
    }
    sync_plane();
}
