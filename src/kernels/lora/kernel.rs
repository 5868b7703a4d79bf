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
