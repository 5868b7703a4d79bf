//! `#[cube]` kernels of RMSNorm: fused forward (optional residual add), backward (dx and
//! per-block dw partials), the deterministic dw reduction, and the unfused baseline.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

use crate::kernels::block::{cube_row, cube_sum};
use crate::kernels::io::IoElem;

/// `1 / sqrt(mean(s^2) + eps)` of the row whose squares this cube's units hold in `acc`.
#[cube]
fn cube_rstd<N: Size>(acc: Vector<f32, N>, n: f32, eps: f32) -> f32 {
    1.0f32 / Sqrt::sqrt(cube_sum(f32::cast_from(acc.vector_sum())) / n + eps)
}

/// One cube per row: `s = x (+ residual)`, `rstd = 1/sqrt(mean(s^2) + eps)`,
/// `y = s * rstd * (offset + w)`. Writes `s` to `sum` when there is a residual.
/// `hidden` is in vectors, `n` in elements.
#[cube(launch_unchecked, address_type = "dynamic")]
pub fn rmsnorm_forward<I: IoElem, N: Size>(
    x: &Array<Vector<I::S, N>>,
    residual: &Array<Vector<I::S, N>>,
    w: &Array<Vector<I::S, N>>,
    y: &mut Array<Vector<I::S, N>>,
    sum: &mut Array<Vector<I::S, N>>,
    rstd: &mut Array<f32>,
    rows: u32,
    hidden: u32,
    n: f32,
    eps: f32,
    offset: f32,
    #[comptime] has_residual: bool,
) {
    let row = cube_row();
    if row < rows as usize {
        let h = hidden as usize;
        let base = row * h;
        let mut acc = Vector::<f32, N>::new(0.0);
        let mut c = UNIT_POS as usize;
        while c < h {
            let mut v = I::to_f32(x[base + c]);
            if comptime!(has_residual) {
                v += I::to_f32(residual[base + c]);
                sum[base + c] = I::from_f32(v);
            }
            acc += v * v;
            c += CUBE_DIM as usize;
        }
        let r = cube_rstd(acc, n, eps);
        let mut c = UNIT_POS as usize;
        while c < h {
            // Re-read x (and residual): the same unit just read them, so they come from cache.
            let mut v = I::to_f32(x[base + c]);
            if comptime!(has_residual) {
                v += I::to_f32(residual[base + c]);
            }
            let g = I::to_f32(w[c]) + Vector::new(offset);
            y[base + c] = I::from_f32(v * Vector::new(r) * g);
            c += CUBE_DIM as usize;
        }
        if UNIT_POS == 0 {
            rstd[row] = r;
        }
    }
}

/// Backward. Cube `b` takes rows `[b*per_cube, (b+1)*per_cube)`; per row it forms
/// `dot = sum(dy * g * x)` (g = offset + w) and writes
/// `dx = rstd * (g*dy - x * rstd^2 * dot / n)`, and accumulates `dy * x * rstd` per column.
/// Each unit owns its columns, so no atomics. The accumulator lives in shared memory when
/// the row fits (`smem_vecs` > 0, specialised per hidden size) and is written to the
/// cube's row of `dw_part` (f32, [cubes, hidden]) once at the end; wider rows accumulate
/// in `dw_part` directly, whose read-modify-write per row dominated the time when every
/// row went there (bench/results/tuning-decisions.md).
#[cube(launch_unchecked, address_type = "dynamic")]
pub fn rmsnorm_backward<I: IoElem, N: Size>(
    x: &Array<Vector<I::S, N>>,
    w: &Array<Vector<I::S, N>>,
    rstd: &Array<f32>,
    dy: &Array<Vector<I::S, N>>,
    dx: &mut Array<Vector<I::S, N>>,
    dw_part: &mut Array<Vector<f32, N>>,
    rows: u32,
    hidden: u32,
    per_cube: u32,
    n: f32,
    offset: f32,
    #[comptime] smem_vecs: usize,
) {
    let b = cube_row();
    let h = hidden as usize;
    let part = b * h;
    let mut acc_smem = SharedMemory::<Vector<f32, N>>::new(comptime!(if smem_vecs > 0 { smem_vecs } else { 1 }));
    let mut c = UNIT_POS as usize;
    while c < h {
        if comptime!(smem_vecs > 0) {
            acc_smem[c] = Vector::new(0.0);
        } else {
            dw_part[part + c] = Vector::new(0.0);
        }
        c += CUBE_DIM as usize;
    }
    let first = b * per_cube as usize;
    let mut last = first + per_cube as usize;
    if last > rows as usize {
        last = rows as usize;
    }
    let mut row = first;
    while row < last {
        let base = row * h;
        let r = rstd[row];
        let mut acc = Vector::<f32, N>::new(0.0);
        let mut c = UNIT_POS as usize;
        while c < h {
            let g = I::to_f32(w[c]) + Vector::new(offset);
            acc += I::to_f32(dy[base + c]) * g * I::to_f32(x[base + c]);
            c += CUBE_DIM as usize;
        }
        let k = r * r * cube_sum(f32::cast_from(acc.vector_sum())) / n;
        let mut c = UNIT_POS as usize;
        while c < h {
            let g = I::to_f32(w[c]) + Vector::new(offset);
            let d = I::to_f32(dy[base + c]);
            let xv = I::to_f32(x[base + c]);
            dx[base + c] = I::from_f32(Vector::new(r) * (g * d - xv * Vector::new(k)));
            if comptime!(smem_vecs > 0) {
                acc_smem[c] += d * xv * Vector::new(r);
            } else {
                dw_part[part + c] += d * xv * Vector::new(r);
            }
            c += CUBE_DIM as usize;
        }
        row += 1;
    }
    if comptime!(smem_vecs > 0) {
        let mut c = UNIT_POS as usize;
        while c < h {
            dw_part[part + c] = acc_smem[c];
            c += CUBE_DIM as usize;
        }
    }
}

/// Columns (vectors) and part-lanes of one [`rmsnorm_dw_reduce`] cube.
pub const REDUCE_COLS: u32 = 32;
pub const REDUCE_LANES: u32 = 16;

/// `dw = sum over cubes of dw_part`, deterministically: a cube takes `REDUCE_COLS` column
/// vectors; lane `l` of a column sums parts `l, l + LANES, ...` in order, then lane 0 adds
/// the lanes in order. (One unit per column summing every part serially left the H100 a
/// few warps doing hundreds of dependent loads: most of the backward's time.)
#[cube(launch_unchecked)]
pub fn rmsnorm_dw_reduce<I: IoElem, N: Size>(dw_part: &Array<Vector<f32, N>>, dw: &mut Array<Vector<I::S, N>>, parts: u32) {
    let h = dw.len();
    let col = (CUBE_POS_X * REDUCE_COLS + UNIT_POS % REDUCE_COLS) as usize;
    let lane = UNIT_POS / REDUCE_COLS;
    let mut lanes = SharedMemory::<Vector<f32, N>>::new(comptime!((REDUCE_COLS * REDUCE_LANES) as usize));
    let mut acc = Vector::<f32, N>::new(0.0);
    if col < h {
        let mut p = lane as usize;
        while p < parts as usize {
            acc += dw_part[p * h + col];
            p += REDUCE_LANES as usize;
        }
    }
    lanes[UNIT_POS as usize] = acc;
    sync_cube();
    if lane == 0 && col < h {
        let mut total = Vector::<f32, N>::new(0.0);
        for l in 0..REDUCE_LANES {
            total += lanes[(l * REDUCE_COLS + UNIT_POS) as usize];
        }
        dw[col] = I::from_f32(total);
    }
}

/// Unfused baseline, pass 1: `rstd` per row only.
#[cube(launch_unchecked, address_type = "dynamic")]
pub fn rms_of_rows<I: IoElem, N: Size>(x: &Array<Vector<I::S, N>>, rstd: &mut Array<f32>, rows: u32, hidden: u32, n: f32, eps: f32) {
    let row = cube_row();
    if row < rows as usize {
        let h = hidden as usize;
        let mut acc = Vector::<f32, N>::new(0.0);
        let mut c = UNIT_POS as usize;
        while c < h {
            let v = I::to_f32(x[row * h + c]);
            acc += v * v;
            c += CUBE_DIM as usize;
        }
        let r = cube_rstd(acc, n, eps);
        if UNIT_POS == 0 {
            rstd[row] = r;
        }
    }
}

/// Unfused baseline, pass 2: `y = x * rstd[row] * (offset + w)`, element-wise.
#[cube(launch_unchecked, address_type = "dynamic")]
pub fn scale_rows<I: IoElem, N: Size>(
    x: &Array<Vector<I::S, N>>,
    w: &Array<Vector<I::S, N>>,
    rstd: &Array<f32>,
    y: &mut Array<Vector<I::S, N>>,
    hidden: u32,
    offset: f32,
) {
    let i = ABSOLUTE_POS;
    if i < y.len() {
        let h = hidden as usize;
        let g = I::to_f32(w[i % h]) + Vector::new(offset);
        y[i] = I::from_f32(I::to_f32(x[i]) * Vector::new(rstd[i / h]) * g);
    }
}
