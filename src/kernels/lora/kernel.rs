//! `#[cube]` kernels of the LoRA ops of their own: only the element-wise `axpby` of the
//! unfused baseline (the fused paths are the fused GEMM's and RMSNorm's kernels).

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

/// `out = a * x + b * y`, in f32, rounded once (the unfused baseline's scale and add).
#[cube(launch_unchecked)]
pub fn axpby<I: IoElem, N: Size>(x: &Array<Vector<I::S, N>>, y: &Array<Vector<I::S, N>>, out: &mut Array<Vector<I::S, N>>, a: f32, b: f32) {
    if ABSOLUTE_POS < out.len() {
        out[ABSOLUTE_POS] = I::from_f32(I::to_f32(x[ABSOLUTE_POS]) * Vector::new(a) + I::to_f32(y[ABSOLUTE_POS]) * Vector::new(b));
    }
}

/// Multi-adapter batches: zeroes the entries of `t` `[rows, adapters * rank]` outside
/// each row's own adapter (column block `idx[row]`; an index outside `0..adapters`
/// selects none: the base layer alone for that row).
#[cube(launch_unchecked)]
pub fn select_adapter<I: IoElem, N: Size>(t: &mut Array<Vector<I::S, N>>, idx: &Array<i32>, cols: u32, rank: u32) {
    if ABSOLUTE_POS < t.len() {
        let pos = ABSOLUTE_POS as u32;
        let row = pos / cols;
        let a = (pos % cols) / rank;
        if idx[row as usize] != a as i32 {
            // A numeric cast, not `I::from_f32`: zero is all-zero bits in every storage
            // type, and the bf16-word path's bit reinterpretation of a constant is emitted
            // for Metal as `reinterpret_cast<uint const&>(float(0.0))`, a cast of an
            // rvalue to a reference that Metal's compiler rejects (tests/msl_check.rs).
            t[ABSOLUTE_POS] = Vector::<I::S, N>::cast_from(Vector::<f32, N>::new(0.0f32));
        }
    }
}
