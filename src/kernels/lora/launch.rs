//! Launch code of the LoRA ops' own small kernels. Assumes validated input.

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::rmsnorm::kernel as rms;
use crate::kernels::{arg, elementwise_grid, row_grid, vector_width};
use crate::dtype::Storage;
use crate::context::DeviceInfo;

/// Per-row rstd of x `[rows, hidden]` (RMSNorm's row-reduction kernel), f32 out.
pub(crate) fn rstd<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, s: Storage, x: Handle, out: Handle, rows: usize, hidden: usize, eps: f32) {
    with_io!(s, rstd_io::<R>(c, info, s, x, out, rows, hidden, eps))
}

#[allow(clippy::too_many_arguments)]
fn rstd_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, s: Storage, x: Handle, out: Handle, rows: usize, hidden: usize, eps: f32) {
    let vec = vector_width(info, s, &[hidden]);
    // Units per row as RMSNorm picks them: cover the row once, 32..256.
    let cube = (hidden / vec).next_power_of_two().clamp(32, 256) as u32;
    let (count, dim) = row_grid(info, rows, cube);
    unsafe {
        rms::rms_of_rows::launch_unchecked::<I, R>(
            c, count, dim, AddressType::U32, vec, arg(x, rows * hidden), arg(out, rows),
            rows as u32, (hidden / vec) as u32, hidden as f32, eps,
        )
    }
}

/// `out = a x + b y` (n elements, contiguous).
#[allow(clippy::too_many_arguments)]
pub(crate) fn axpby<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, s: Storage, x: Handle, y: Handle, out: Handle, n: usize, a: f32, b: f32) {
    with_io!(s, axpby_io::<R>(c, info, s, x, y, out, n, a, b))
}

#[allow(clippy::too_many_arguments)]
fn axpby_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, s: Storage, x: Handle, y: Handle, out: Handle, n: usize, a: f32, b: f32) {
    let vec = vector_width(info, s, &[n]);
    let (count, dim) = elementwise_grid(info, n / vec);
    unsafe { kernel::axpby::launch_unchecked::<I, R>(c, count, dim, vec, arg(x, n), arg(y, n), arg(out, n), a, b) }
}

/// Zeroes `t` `[rows, cols]` outside each row's adapter block of `rank` columns.
#[allow(clippy::too_many_arguments)]
pub(crate) fn select_adapter<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, s: Storage, t: Handle, idx: Handle, rows: usize, cols: usize, rank: usize) {
    with_io!(s, select_io::<R>(c, info, t, idx, rows, cols, rank))
}

#[allow(clippy::too_many_arguments)]
fn select_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, t: Handle, idx: Handle, rows: usize, cols: usize, rank: usize) {
    let n = rows * cols;
    let (count, dim) = elementwise_grid(info, n);
    unsafe { kernel::select_adapter::launch_unchecked::<I, R>(c, count, dim, 1, arg(t, n), arg(idx, rows), cols as u32, rank as u32) }
}
