//! Loading A and B tiles for the fused GEMM's matrix-unit kernel: fetching a stage's
//! vectors from global memory into registers (so the next stage's loads overlap this
//! stage's fragment products) and storing them into shared memory, with the prologue
//! (row / column scales, offset, dropout) applied to A on the way.

use cubecl::prelude::*;

use super::*;
use crate::kernels::io::IoElem;

/// Fetches this unit's vectors of an A tile (rows `row0..`, K `k0..`) into `regs`, zero
/// outside the matrix. `kc`: A is contiguous along K (vectors along K), else along M.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(super) fn fetch_a<I: IoElem, NV: Size>(
    a: &Array<Vector<I::S, NV>>,
    regs: &mut Array<Vector<I::S, NV>>,
    row0: u32,
    k0: u32,
    m: u32,
    kdim: u32,
    sm: u32,
    sk: u32,
    #[comptime] kc: bool,
    #[comptime] v: usize,
    #[comptime] cfg: TileCfg,
) {
    let total = comptime!(cfg.bm() * cfg.bk() / v) as u32;
    #[unroll]
    for q in 0..cfg.per_unit(true, v) {
        let e = UNIT_POS + (q * cfg.threads()) as u32;
        let mut val = I::from_f32(Vector::<f32, NV>::new(0.0));
        if e < total {
            let mut r = (e % comptime!(cfg.bm() / v) as u32) * v as u32;
            let mut kk = e / comptime!(cfg.bm() / v) as u32;
            if comptime!(kc) {
                r = e / comptime!(cfg.bk() / v) as u32;
                kk = (e % comptime!(cfg.bk() / v) as u32) * v as u32;
            }
            if row0 + r < m && k0 + kk < kdim {
                val = a[(((row0 + r) * sm + (k0 + kk) * sk) / v as u32) as usize];
            }
        }
        regs[q] = val;
    }
}

/// Same for a B tile (K `k0..`, columns `col0..`); `kc`: contiguous along K, else N.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(super) fn fetch_b<I: IoElem, NV: Size>(
    b: &Array<Vector<I::S, NV>>,
    regs: &mut Array<Vector<I::S, NV>>,
    k0: u32,
    col0: u32,
    n: u32,
    kdim: u32,
    sk: u32,
    sn: u32,
    #[comptime] kc: bool,
    #[comptime] v: usize,
    #[comptime] cfg: TileCfg,
) {
    let total = comptime!(cfg.bk() * cfg.bn() / v) as u32;
    #[unroll]
    for q in 0..cfg.per_unit(false, v) {
        let e = UNIT_POS + (q * cfg.threads()) as u32;
        let mut val = I::from_f32(Vector::<f32, NV>::new(0.0));
        if e < total {
            let mut cc = (e % comptime!(cfg.bn() / v) as u32) * v as u32;
            let mut kk = e / comptime!(cfg.bn() / v) as u32;
            if comptime!(kc) {
                cc = e / comptime!(cfg.bk() / v) as u32;
                kk = (e % comptime!(cfg.bk() / v) as u32) * v as u32;
            }
            if col0 + cc < n && k0 + kk < kdim {
                val = b[(((k0 + kk) * sk + (col0 + cc) * sn) / v as u32) as usize];
            }
        }
        regs[q] = val;
    }
}

/// Writes fetched A vectors to the shared tile (row-major, padded), scaled by `alpha`
/// and, for segment 1 (`prologue`), by the row / column scales and the dropout mask.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(super) fn stage_a<I: IoElem, NV: Size>(
    regs: &Array<Vector<I::S, NV>>,
    sa: &mut SharedMemory<Vector<I::S, NV>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, NV>>,
    d: &GemmDims,
    row0: u32,
    k0: u32,
    alpha: f32,
    #[comptime] prologue: bool,
    #[comptime] flags: GemmFlags,
    #[comptime] kc: bool,
    #[comptime] v: usize,
    #[comptime] cfg: TileCfg,
) {
    let total = comptime!(cfg.bm() * cfg.bk() / v) as u32;
    let stride = comptime!(cfg.a_stride(kc)) as u32;
    #[unroll]
    for q in 0..cfg.per_unit(true, v) {
        let e = UNIT_POS + (q * cfg.threads()) as u32;
        if e < total {
            let mut r = (e % comptime!(cfg.bm() / v) as u32) * v as u32;
            let mut kk = e / comptime!(cfg.bm() / v) as u32;
            if comptime!(kc) {
                r = e / comptime!(cfg.bk() / v) as u32;
                kk = (e % comptime!(cfg.bk() / v) as u32) * v as u32;
            }
            let raw = I::to_f32(regs[q]);
            let mut vals = Vector::<f32, NV>::empty();
            #[unroll]
            for j in 0..v {
                let mut rr = r;
                let mut kj = kk;
                if comptime!(kc) {
                    kj += j as u32;
                } else {
                    rr += j as u32;
                }
                let mut x = raw[j] * alpha;
                if comptime!(prologue) {
                    let row = row0 + rr;
                    let k = k0 + kj;
                    if row < d.m && k < d.k1 {
                        if comptime!(flags.row_scale) {
                            x *= row_scale[row as usize];
                        }
                        if comptime!(flags.col_scale) {
                            let cv = I::to_f32(col_scale[(k / v as u32) as usize]);
                            x *= cv[(k % v as u32) as usize] + d.col_offset;
                        }
                        if comptime!(flags.dropout == DROP_A1) {
                            if drop_keep(row, k, d.seed, d.drop_threshold) {
                                x *= d.drop_scale;
                            } else {
                                x = 0.0;
                            }
                        }
                    }
                }
                vals[j] = x;
            }
            let mut idx = kk * stride + r;
            if comptime!(kc) {
                idx = r * stride + kk;
            }
            sa[(idx / v as u32) as usize] = I::from_f32(vals);
        }
    }
}

/// Writes fetched B vectors to the shared tile (row-major over K, padded); segment 1
/// (`prologue`) applies the B-side dropout mask.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(super) fn stage_b<I: IoElem, NV: Size>(
    regs: &Array<Vector<I::S, NV>>,
    sb: &mut SharedMemory<Vector<I::S, NV>>,
    d: &GemmDims,
    k0: u32,
    col0: u32,
    #[comptime] prologue: bool,
    #[comptime] flags: GemmFlags,
    #[comptime] kc: bool,
    #[comptime] v: usize,
    #[comptime] cfg: TileCfg,
) {
    let total = comptime!(cfg.bk() * cfg.bn() / v) as u32;
    let stride = comptime!(cfg.b_stride(kc)) as u32;
    #[unroll]
    for q in 0..cfg.per_unit(false, v) {
        let e = UNIT_POS + (q * cfg.threads()) as u32;
        if e < total {
            let mut cc = (e % comptime!(cfg.bn() / v) as u32) * v as u32;
            let mut kk = e / comptime!(cfg.bn() / v) as u32;
            if comptime!(kc) {
                cc = e / comptime!(cfg.bk() / v) as u32;
                kk = (e % comptime!(cfg.bk() / v) as u32) * v as u32;
            }
            let mut st = regs[q];
            if comptime!(prologue && flags.dropout == DROP_B1) {
                let raw = I::to_f32(regs[q]);
                let mut vals = Vector::<f32, NV>::empty();
                #[unroll]
                for j in 0..v {
                    let mut c = col0 + cc;
                    let mut k = k0 + kk;
                    if comptime!(kc) {
                        k += j as u32;
                    } else {
                        c += j as u32;
                    }
                    let mut x = raw[j];
                    if !drop_keep(k, c, d.seed, d.drop_threshold) {
                        x = 0.0;
                    }
                    vals[j] = x * d.drop_scale;
                }
                st = I::from_f32(vals);
            }
            let mut idx = kk * stride + cc;
            if comptime!(kc) {
                idx = cc * stride + kk;
            }
            sb[(idx / v as u32) as usize] = st;
        }
    }
}
