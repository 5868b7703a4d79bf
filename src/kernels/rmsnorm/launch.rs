//! Launch code for RMSNorm. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, elementwise_grid, row_grid};
use crate::dtype::Storage;
use crate::tuning::Tuning;
use crate::context::DeviceInfo;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    pub storage: Storage,
    pub vec: usize,
    pub rows: usize,
    /// Elements per row.
    pub hidden: usize,
    pub eps: f32,
    pub offset: f32,
    /// 64-bit addressing for tensors past 2^31 elements.
    pub wide: bool,
    /// Units per cube for the row kernels.
    pub cube: u32,
}

impl Plan {
    pub fn key(&self, kernel: &str, flag: bool) -> String {
        format!("{kernel}/{}/v{}/c{}/w{}/f{}", self.storage.name(), self.vec, self.cube, self.wide as u8, flag as u8)
    }
    fn addr(&self) -> AddressType {
        if self.wide { AddressType::U64 } else { AddressType::U32 }
    }
    fn hidden_vec(&self) -> u32 {
        (self.hidden / self.vec) as u32
    }
    fn numel(&self) -> usize {
        self.rows * self.hidden
    }
}

/// Units per cube for a row of `hidden_vec` vectors: enough to cover the row once where
/// possible, at least 32 (one warp / simdgroup), at most 256, the best of a sweep
/// (bench/results/tuning-decisions.md; `PMETAL_RMSNORM_CUBE` caps it instead).
pub(crate) fn cube_size(tuning: &Tuning, hidden_vec: usize) -> u32 {
    let max = tuning.rmsnorm_cube.unwrap_or(256);
    hidden_vec.next_power_of_two().clamp(32, max) as u32
}

/// Vectors of the backward's shared-memory dw accumulator, or 0 where a row's f32
/// accumulators (hidden * 4 bytes) do not fit in 48 KiB and the device's limit.
pub(crate) fn backward_smem_vecs(info: &DeviceInfo, hidden: usize, vec: usize) -> usize {
    let limit = info.max_shared_memory.min(48 * 1024);
    if hidden * 4 + 1024 <= limit { hidden / vec } else { 0 }
}

pub(crate) struct ForwardArgs {
    pub x: Handle,
    pub residual: Option<Handle>,
    pub w: Handle,
    pub y: Handle,
    pub sum: Option<Handle>,
    pub rstd: Handle,
}

pub(crate) fn forward<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: ForwardArgs) {
    with_io!(p.storage, forward_io::<R>(c, info, p, a))
}

fn forward_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: ForwardArgs) {
    let (count, dim) = row_grid(info, p.rows, p.cube);
    let has_res = a.residual.is_some();
    // Without a residual the unused slots are bound to x and y (never touched).
    let residual = a.residual.unwrap_or_else(|| a.x.clone());
    let sum = a.sum.unwrap_or_else(|| a.y.clone());
    let n = p.numel();
    unsafe {
        kernel::rmsnorm_forward::launch_unchecked::<I, R>(
            c, count, dim, p.addr(), p.vec,
            arg(a.x, n), arg(residual, n), arg(a.w, p.hidden), arg(a.y, n), arg(sum, n), arg(a.rstd, p.rows),
            p.rows as u32, p.hidden_vec(), p.hidden as f32, p.eps, p.offset, has_res,
        )
    }
}

pub(crate) struct BackwardArgs {
    pub x: Handle,
    pub w: Handle,
    pub rstd: Handle,
    pub dy: Handle,
    pub dx: Handle,
    pub dw_part: Handle,
    pub dw: Handle,
    pub parts: usize,
    pub smem_vecs: usize,
}

/// Cubes for the backward pass: several per compute unit so every SM streams rows, and
/// few enough that the f32 partials ([cubes, hidden]) stay small; 4 per unit was the best
/// of a sweep (bench/results/tuning-decisions.md; `PMETAL_RMSNORM_BWD_CUBES_PER_UNIT`).
pub(crate) fn backward_cubes(info: &DeviceInfo, tuning: &Tuning, rows: usize) -> usize {
    let units = info.compute_units.unwrap_or(16) as usize;
    let per_unit = tuning.rmsnorm_bwd_cubes_per_unit.unwrap_or(4);
    (units * per_unit.max(1)).min(rows).max(1)
}

pub(crate) fn backward<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: BackwardArgs) {
    with_io!(p.storage, backward_io::<R>(c, info, p, a))
}

fn backward_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: BackwardArgs) {
    let (count, dim) = row_grid(info, a.parts, p.cube);
    let per_cube = p.rows.div_ceil(a.parts) as u32;
    let n = p.numel();
    unsafe {
        kernel::rmsnorm_backward::launch_unchecked::<I, R>(
            c, count, dim, p.addr(), p.vec,
            arg(a.x, n), arg(a.w.clone(), p.hidden), arg(a.rstd, p.rows), arg(a.dy, n), arg(a.dx, n),
            arg(a.dw_part.clone(), a.parts * p.hidden),
            p.rows as u32, p.hidden_vec(), per_cube, p.hidden as f32, p.offset, a.smem_vecs,
        );
        let cubes = (p.hidden / p.vec).div_ceil(kernel::REDUCE_COLS as usize) as u32;
        let (count, dim) = (CubeCount::Static(cubes, 1, 1), CubeDim::new_1d(kernel::REDUCE_COLS * kernel::REDUCE_LANES));
        kernel::rmsnorm_dw_reduce::launch_unchecked::<I, R>(
            c, count, dim, p.vec, arg(a.dw_part, a.parts * p.hidden), arg(a.dw, p.hidden), a.parts as u32,
        );
    }
}

/// Unfused baseline: a reduction kernel writes rstd, an element-wise kernel scales.
pub(crate) fn forward_unfused<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, x: Handle, w: Handle, rstd: Handle, y: Handle) {
    with_io!(p.storage, unfused_io::<R>(c, info, p, x, w, rstd, y))
}

fn unfused_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, x: Handle, w: Handle, rstd: Handle, y: Handle) {
    let (count, dim) = row_grid(info, p.rows, p.cube);
    let n = p.numel();
    unsafe {
        kernel::rms_of_rows::launch_unchecked::<I, R>(
            c, count, dim, p.addr(), p.vec, arg(x.clone(), n), arg(rstd.clone(), p.rows),
            p.rows as u32, p.hidden_vec(), p.hidden as f32, p.eps,
        );
        let (count, dim) = elementwise_grid(info, n / p.vec);
        kernel::scale_rows::launch_unchecked::<I, R>(
            c, count, dim, p.addr(), p.vec, arg(x, n), arg(w, p.hidden), arg(rstd, p.rows), arg(y, n), p.hidden_vec(), p.offset,
        );
    }
}
