//! `#[cube]` kernels of the fused dual-K GEMM:
//! `C = pro(A1) B1 + alpha2 * A2 B2 (+ bias) (+ C)`, with `pro` the optional row-scale,
//! column-scale (+ offset) and dropout prologue applied as A1 is loaded.
//!
//! Both kernels walk the K tiles of segment 1 and then those of segment 2 with one
//! accumulator, so the second product is folded into the first without a pass over C.
//! Every operand is read through a (row, column) stride pair, so transposes cost nothing.
//! Tails are guarded on all three dimensions: out-of-range loads read as 0.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

mod mma;
mod stage;
mod unit;

pub use mma::*;
pub use unit::*;

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
