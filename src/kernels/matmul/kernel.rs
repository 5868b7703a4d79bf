//! `#[cube]` helpers of the matmul op. The GEMM itself is cubek-matmul's; these only move
//! data across dtypes the device cannot hand to it (bf16 on lavapipe) and fold a GEMM
//! result into an existing output (`C += A B`).

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

/// `out = x`, converted from `I`'s storage to `O`'s (through f32).
#[cube(launch_unchecked)]
pub fn cast<I: IoElem, O: IoElem, N: Size>(x: &Array<Vector<I::S, N>>, out: &mut Array<Vector<O::S, N>>) {
    if ABSOLUTE_POS < out.len() {
        out[ABSOLUTE_POS] = O::from_f32(I::to_f32(x[ABSOLUTE_POS]));
    }
}

/// `out += t` with `t` in f32, the sum taken in f32 and rounded once to `O`.
#[cube(launch_unchecked)]
pub fn accumulate<O: IoElem, N: Size>(t: &Array<Vector<f32, N>>, out: &mut Array<Vector<O::S, N>>) {
    if ABSOLUTE_POS < out.len() {
        out[ABSOLUTE_POS] = O::from_f32(O::to_f32(out[ABSOLUTE_POS]) + t[ABSOLUTE_POS]);
    }
}
