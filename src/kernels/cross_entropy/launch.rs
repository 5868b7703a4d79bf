//! Launch code for the fused cross-entropy. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg};
use crate::dtype::Storage;
use crate::tuning::Tuning;
use crate::context::DeviceInfo;

/// Rows a call may hold: counts are f32 on the device, exact below 2^24.
pub(crate) const MAX_ROWS: usize = 1 << 24;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    pub storage: Storage,
    /// Elements per vector load.
    pub vec: usize,
    pub rows: usize,
    pub vocab: usize,
    /// 64-bit addressing for logits past 2^31 elements.
    pub wide: bool,
    /// Units per cube.
    pub cube: u32,
    /// Cubes launched; each walks rows `b, b + cubes, ...`.
    pub cubes: usize,
}

/// What one launch of the row kernel does; all but the scalars are compile-time flags,
/// so options that are off cost nothing.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Mode {
    pub compute_lse: bool,
    pub write_grad: bool,
    pub in_place: bool,
    pub smooth: bool,
    pub zloss: bool,
    pub softcap: bool,
    pub has_bias: bool,
    pub dloss_per_row: bool,
    pub mean: bool,
    /// A block of columns of longer rows, folded into running statistics (`acc`).
    pub merge: bool,
    /// Fast exp/log (CUDA only; see `kernels::fast_exp_modes`).
    pub fast: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Scalars {
    pub ignore_index: i32,
    pub smoothing: f32,
    pub z_scale: f32,
    pub cap: f32,
    pub grad_scale: f32,
}

impl Plan {
    pub fn key(&self, m: &Mode) -> String {
        format!(
            "cross_entropy/{}/v{}/c{}/w{}/{}{}{}{}{}{}{}{}{}{}{}",
            self.storage.name(),
            self.vec,
            self.cube,
            self.wide as u8,
            m.compute_lse as u8,
            m.write_grad as u8,
            m.in_place as u8,
            m.smooth as u8,
            m.zloss as u8,
            m.softcap as u8,
            m.has_bias as u8,
            m.dloss_per_row as u8,
            m.mean as u8,
            m.merge as u8,
            m.fast as u8
        )
    }
    fn addr(&self) -> AddressType {
        if self.wide { AddressType::U64 } else { AddressType::U32 }
    }
}

/// Elements per vector: 16-byte loads, narrower for rows that are not multiples. Wider
/// loads cost registers and so cubes per SM (sweep: bench/results/tuning-decisions.md;
/// `PMETAL_CE_BYTES`).
pub(crate) fn vector_width(info: &DeviceInfo, tuning: &Tuning, storage: Storage, vocab: usize) -> usize {
    let bytes = tuning.ce_vector_bytes.unwrap_or(16);
    let mut v = (bytes / storage.size()).clamp(1, 16).min(info.max_vector_size.max(1));
    while v > 1 && !vocab.is_multiple_of(v) {
        v /= 2;
    }
    v
}

/// Units per cube: at most 512 (and the device's limit), at least 32; 1024 measured
/// slower (bench/results/tuning-decisions.md; `PMETAL_CE_CUBE` overrides the cap).
pub(crate) fn cube_size(info: &DeviceInfo, tuning: &Tuning, row_vecs: usize) -> u32 {
    let cap = tuning.ce_cube.unwrap_or(512);
    let cap = cap.min(info.max_units_per_cube as usize).clamp(32, 1024);
    row_vecs.next_power_of_two().clamp(32, cap) as u32
}

/// Cubes for `rows` rows: by default one per row, which measured fastest (persistent
/// cubes looping over rows were slower: bench/results/tuning-decisions.md). With the
/// gradient in the same launch each row is read twice, the second time from L2.
/// `PMETAL_CE_CUBES_PER_UNIT` = k > 0 launches k cubes per compute unit that loop over
/// rows instead.
pub(crate) fn cube_count(info: &DeviceInfo, tuning: &Tuning, rows: usize) -> usize {
    let per = tuning.ce_cubes_per_unit.unwrap_or(0);
    let units = info.compute_units.unwrap_or(16) as usize;
    let max = info.max_cube_count.0.max(1) as usize;
    let n = if per == 0 { rows } else { units * per };
    n.clamp(1, rows.max(1)).min(max)
}

pub(crate) struct RowArgs {
    pub logits: Handle,
    pub bias: Handle,
    pub targets: Handle,
    pub grad: Handle,
    pub loss: Handle,
    pub lse: Handle,
    pub stats: Handle,
    pub acc: Handle,
    pub dloss: Handle,
    pub dloss_len: usize,
    pub count: Handle,
    /// First column of this block and the full row length (blocks: fused linear CE).
    pub col0: usize,
    pub total_vocab: usize,
}

pub(crate) fn rows<R: Runtime>(c: &ComputeClient<R>, p: Plan, m: Mode, s: Scalars, a: RowArgs) {
    with_io!(p.storage, rows_io::<R>(c, p, m, s, a))
}

fn rows_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, p: Plan, m: Mode, s: Scalars, a: RowArgs) {
    let n = p.rows * p.vocab;
    let grad_len = if m.write_grad && !m.in_place { n } else { p.vec };
    let bias_len = if m.has_bias { a.total_vocab } else { p.vec };
    let acc_len = if m.merge { 4 * p.rows } else { 4 };
    unsafe {
        kernel::cross_entropy::launch_unchecked::<I, R>(
            c,
            CubeCount::Static(p.cubes as u32, 1, 1),
            CubeDim::new_1d(p.cube),
            p.addr(),
            p.vec,
            arg(a.logits, n),
            arg(a.bias, bias_len),
            arg(a.targets, p.rows),
            arg(a.grad, grad_len),
            arg(a.loss, p.rows),
            arg(a.lse, p.rows),
            arg(a.stats, 2 * p.rows),
            arg(a.acc, acc_len),
            arg(a.dloss, a.dloss_len),
            arg(a.count, 2),
            p.rows as u32,
            p.vocab as u32,
            a.col0 as u32,
            a.total_vocab as u32,
            p.vec as u32,
            s.ignore_index,
            s.smoothing,
            s.z_scale,
            s.cap,
            s.grad_scale,
            f32::NEG_INFINITY,
            f32::NAN,
            m.compute_lse,
            m.write_grad,
            m.in_place,
            m.smooth,
            m.zloss,
            m.softcap,
            m.has_bias,
            m.dloss_per_row,
            m.mean,
            m.merge,
            m.fast,
        )
    }
}

/// Units of the one-cube count and reduce kernels.
fn small_cube(info: &DeviceInfo) -> u32 {
    (info.max_units_per_cube).clamp(32, 1024)
}

pub(crate) fn count<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, targets: Handle, count: Handle, rows: usize, vocab: usize, ignore_index: i32) {
    unsafe {
        kernel::ce_count::launch_unchecked::<R>(
            c,
            CubeCount::Static(1, 1, 1),
            CubeDim::new_1d(small_cube(info)),
            arg(targets, rows),
            arg(count, 2),
            rows as u32,
            vocab as u32,
            ignore_index,
        )
    }
}

pub(crate) fn reduce<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, loss: Handle, count: Handle, out: Handle, rows: usize, mean: bool) {
    unsafe {
        kernel::ce_reduce::launch_unchecked::<R>(
            c,
            CubeCount::Static(1, 1, 1),
            CubeDim::new_1d(small_cube(info)),
            arg(loss, rows),
            arg(count, 2),
            arg(out, 1),
            rows as u32,
            mean,
        )
    }
}

/// `acc[col0 + c] = sum_r g[r, c]` over a [rows, cols] tensor (f32 `acc` of `acc_len`).
#[allow(clippy::too_many_arguments)]
pub(crate) fn column_sum<R: Runtime>(c: &ComputeClient<R>, storage: Storage, vec: usize, g: Handle, acc: Handle, acc_len: usize, rows: usize, cols: usize, col0: usize) {
    with_io!(storage, column_sum_io::<R>(c, vec, g, acc, acc_len, rows, cols, col0))
}

#[allow(clippy::too_many_arguments)]
fn column_sum_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, vec: usize, g: Handle, acc: Handle, acc_len: usize, rows: usize, cols: usize, col0: usize) {
    let units = cols / vec;
    unsafe {
        kernel::column_sum::launch_unchecked::<I, R>(
            c,
            CubeCount::Static(units.div_ceil(256) as u32, 1, 1),
            CubeDim::new_1d(256),
            vec,
            arg(g, rows * cols),
            arg(acc, acc_len),
            rows as u32,
            units as u32,
            (col0 / vec) as u32,
        )
    }
}
