//! Launch code of the fused GEMM. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel::{self, GemmDimsLaunch, GemmFlags, TileCfg};
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg};
use crate::dtype::Storage;

/// Everything a launch needs, validated.
#[derive(Clone, Debug)]
pub(crate) struct Launch {
    pub storage: Storage,
    pub out: Storage,
    pub a1: (Handle, usize),
    pub b1: (Handle, usize),
    pub a2: (Handle, usize),
    pub b2: (Handle, usize),
    pub bias: (Handle, usize),
    pub row_scale: (Handle, usize),
    pub col_scale: (Handle, usize),
    pub c: (Handle, usize),
    /// m, n, k1, k2, then the 8 strides (a1 m,k; b1 k,n; a2 m,k; b2 k,n).
    pub dims: [u32; 12],
    pub alpha1: f32,
    pub alpha2: f32,
    pub col_offset: f32,
    pub seed: u32,
    pub drop_threshold: u32,
    pub drop_scale: f32,
    pub flags: GemmFlags,
    /// `None`: the unit path; else the matrix-unit kernel's tiling (and vector widths).
    pub tile: Option<TileCfg>,
}

pub(crate) fn launch<R: Runtime>(c: &ComputeClient<R>, l: Launch) {
    with_io!(l.storage, launch_in::<R>(c, l))
}

fn launch_in<I: IoElem, R: Runtime>(c: &ComputeClient<R>, l: Launch) {
    with_io!(l.out, launch_io::<I, R>(c, l))
}

fn launch_io<O: IoElem, I: IoElem, R: Runtime>(c: &ComputeClient<R>, l: Launch) {
    let d = l.dims;
    let dims = GemmDimsLaunch::new(
        d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11],
        l.alpha1, l.alpha2, l.col_offset, l.seed, l.drop_threshold, l.drop_scale,
    );
    let (m, n) = (d[0] as usize, d[1] as usize);
    let a = |h: &(Handle, usize)| arg::<R>(h.0.clone(), h.1.max(1));
    unsafe {
        match l.tile {
            None => {
                let count = CubeCount::Static(n.div_ceil(kernel::UNIT_BN) as u32, m.div_ceil(kernel::UNIT_BM) as u32, 1);
                kernel::fused_gemm_unit::launch_unchecked::<I, O, R>(
                    c, count, CubeDim::new_1d(kernel::UNIT_CUBE), 1,
                    a(&l.a1), a(&l.b1), a(&l.a2), a(&l.b2), a(&l.bias), a(&l.row_scale), a(&l.col_scale), a(&l.c),
                    dims, l.flags,
                )
            }
            Some(t) => {
                let count = CubeCount::Static(n.div_ceil(t.bn()) as u32, m.div_ceil(t.bm()) as u32, 1);
                let dim = CubeDim::new_1d(t.threads() as u32);
                kernel::fused_gemm_mma::launch_unchecked::<I, O, R>(
                    c, count, dim, t.v1, t.v2, t.vc,
                    a(&l.a1), a(&l.b1), a(&l.a2), a(&l.b2), a(&l.bias), a(&l.row_scale), a(&l.col_scale), a(&l.c),
                    dims, l.flags, t,
                )
            }
        }
    }
}

/// One block of a packed operand (see `kernel::pack_block`); sizes in elements.
#[derive(Clone, Debug)]
pub(crate) struct PackBlock {
    pub src: (Handle, usize),
    pub out: (Handle, usize),
    /// (rstd, norm weight) handles and lengths, with the weight's offset.
    pub scales: Option<((Handle, usize), (Handle, usize), f32)>,
    pub rows: usize,
    pub cols: usize,
    pub src_ld: usize,
    pub out_ld: usize,
    pub out_off: usize,
    pub alpha: f32,
}

pub(crate) fn pack_block<R: Runtime>(c: &ComputeClient<R>, info: &crate::context::DeviceInfo, s: Storage, p: PackBlock) {
    with_io!(s, pack_block_io::<R>(c, info, s, p))
}

fn pack_block_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &crate::context::DeviceInfo, s: Storage, p: PackBlock) {
    // Whole vectors only where every offset and stride is a multiple of the width.
    let vec = crate::kernels::vector_width(info, s, &[p.cols, p.src_ld, p.out_ld, p.out_off]);
    let (count, dim) = crate::kernels::elementwise_grid(info, p.rows * p.cols / vec);
    let a = |h: &(Handle, usize), v: usize| arg::<R>(h.0.clone(), (h.1 / v).max(1));
    let scales = p.scales.is_some();
    let (rs, cs, off) = p.scales.clone().unwrap_or((p.out.clone(), p.out.clone(), 0.0));
    unsafe {
        kernel::pack_block::launch_unchecked::<I, R>(
            c, count, dim, vec, a(&p.src, vec), a(&rs, 1), a(&cs, vec), a(&p.out, vec),
            p.rows as u32, (p.cols / vec) as u32, (p.src_ld / vec) as u32, (p.out_ld / vec) as u32, (p.out_off / vec) as u32,
            p.alpha, off, scales,
        )
    }
}

/// The tail of a packed operand (see `kernel::pack_tail`).
#[derive(Clone, Debug)]
pub(crate) struct PackTail {
    pub src2: (Handle, usize),
    pub bias: (Handle, usize),
    pub out: (Handle, usize),
    pub lines: usize,
    pub width: usize,
    pub e1: usize,
    pub e2: usize,
    pub s2: (usize, usize),
    pub out_strides: (usize, usize),
    pub alpha2: f32,
    pub bias_mode: u32,
}

pub(crate) fn pack_tail<R: Runtime>(c: &ComputeClient<R>, info: &crate::context::DeviceInfo, s: Storage, p: PackTail) {
    with_io!(s, pack_tail_io::<R>(c, info, p))
}

fn pack_tail_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &crate::context::DeviceInfo, p: PackTail) {
    let (count, dim) = crate::kernels::elementwise_grid(info, p.lines * p.width);
    let a = |h: &(Handle, usize)| arg::<R>(h.0.clone(), h.1.max(1));
    unsafe {
        kernel::pack_tail::launch_unchecked::<I, R>(
            c, count, dim, 1, a(&p.src2), a(&p.bias), a(&p.out),
            p.lines as u32, p.width as u32, p.e1 as u32, p.e2 as u32, p.s2.0 as u32, p.s2.1 as u32,
            p.out_strides.0 as u32, p.out_strides.1 as u32, p.alpha2, p.bias_mode,
        )
    }
}
