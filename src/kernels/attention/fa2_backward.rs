//! FlashAttention-2 backward on cmma fragments ([`attn_bwd_mma`]), one body for the dQ
//! and the dK / dV launches: each plane keeps its rows' gradient accumulators (dQ, or dK
//! and dV) in fragments for the whole walk, where the generic kernels send them through
//! shared memory every tile. It follows the same row dot
//! ([`attn_row_dot`](super::backward::attn_row_dot)).
//!
//! It needs fragments, so it never runs where a driver limits loops (lavapipe has no
//! fragments) and never splits its walk. On CUDA (16x16x16) it is the backward at 64 x 64
//! tiles; on Metal (8x8x8, f16) at 32 x 32 where those fit the 32 KiB (dQ up to D 96,
//! dK / dV up to D 80; generated and type-checked in CI, not yet run on a Mac). Between
//! those devices: the fragment side, the barrier around a plane's exchanges
//! ([`sync_exchange`]: CUDA's plane barrier, the cube barrier elsewhere), and fast exp /
//! log (CUDA only, the `fast` switch).

use cubecl::prelude::*;

use super::backward::{load_row_stats, tile_queries};
use super::common::{elem_of, score, seq, tile_keys, tile_unbounded, AttnCfg, AttnDims, MASK_NONE, PAD, PLANE};
use super::tile::{load_tile_v, store_tile_v, sync_exchange};
use crate::kernels::fast_exp_modes;
use crate::kernels::io::IoElem;

/// Shared bytes of [`attn_bwd_mma`] (`dq`: the dQ launch, else dK / dV).
pub const fn bwd_mma_smem(cfg: &AttnCfg, elem: usize, dq: bool) -> usize {
    let (rows, walked) = if dq { (cfg.bq, cfg.bkv) } else { (cfg.bkv, cfg.bq) };
    let strips = if dq { 1 } else { 2 };
    2 * (rows + walked) * cfg.ds() * elem + strips * rows * (walked + PAD) * elem + 2 * cfg.s * cfg.s * 4 * (cfg.threads / PLANE) + 2 * cfg.bq * 4
}

/// FlashAttention-2-style backward, one body for both launches. Each plane owns `s`
/// "fixed" rows of the cube's tile and keeps their gradient accumulators in fragments
/// for the whole walk (the generic kernels round-trip them through shared memory every
/// tile):
/// - `dq`: fixed rows are packed query rows (Q, dO), the walk goes over key tiles (K, V):
///   S = Q K^T, dP = dO V^T, dQ += dS K.
/// - else: fixed rows are keys (K, V), the walk goes over packed query rows (Q, dO) of
///   every head of the group: S^T = K Q^T, dP^T = V dO^T, dV += P^T dO, dK += dS^T Q.
///
/// P and dS are made one s x s fragment at a time: the two products land in a per-plane
/// scratch, every lane turns whole vectors of it into P / dS in the inputs' dtype, and
/// the plane's strip of them feeds the accumulation. Each gradient element is written by
/// one cube: deterministic.
#[cube(launch_unchecked, fast_math = fast_exp_modes(fast))]
#[allow(clippy::too_many_arguments, unused_variables, unused_assignments)]
pub fn attn_bwd_mma<I: IoElem, N: Size>(
    q: &Array<Vector<I::S, N>>,
    k: &Array<Vector<I::S, N>>,
    v: &Array<Vector<I::S, N>>,
    d_o: &Array<Vector<I::S, N>>,
    lse: &Array<f32>,
    delta: &Array<f32>,
    mask_f: &Array<I::S>,
    mask_b: &Array<u32>,
    cu_q: &Array<u32>,
    cu_k: &Array<u32>,
    g1: &mut Array<Vector<I::S, N>>,
    g2: &mut Array<Vector<I::S, N>>,
    d: AttnDims,
    #[comptime] cfg: AttnCfg,
    #[comptime] dq: bool,
    #[comptime] fast: bool,
) {
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, &d, b, cfg.varlen);
    let rows = comptime!(if dq { cfg.bq } else { cfg.bkv });
    let walked = comptime!(if dq { cfg.bkv } else { cfg.bq });
    let base = CUBE_POS_X * rows as u32;
    let head0 = kvh * d.group;
    if comptime!(dq) {
        if base >= tq * d.group {
            terminate!();
        }
    } else if base >= tk {
        terminate!();
    }
    let s = cfg.s;
    let vw = cfg.v;
    let ds = comptime!(cfg.ds());
    let ws = comptime!(walked + PAD);
    let plane = UNIT_POS / PLANE as u32;
    let lane = UNIT_POS % PLANE as u32;
    let r0 = (plane * s as u32) as usize;
    let mut sf1 = SharedMemory::<Vector<I::S, N>>::new(rows * cfg.ds() / cfg.v);
    let mut sf2 = SharedMemory::<Vector<I::S, N>>::new(rows * cfg.ds() / cfg.v);
    let mut sw1 = SharedMemory::<Vector<I::S, N>>::new(walked * cfg.ds() / cfg.v);
    let mut sw2 = SharedMemory::<Vector<I::S, N>>::new(walked * cfg.ds() / cfg.v);
    let mut s_ds = SharedMemory::<Vector<I::S, N>>::new(rows * ws / cfg.v);
    let mut s_p = SharedMemory::<Vector<I::S, N>>::new(comptime!(if dq { 1 } else { rows * ws / cfg.v }));
    let mut scr = SharedMemory::<f32>::new(comptime!(2 * cfg.s * cfg.s * (cfg.threads / PLANE)));
    let mut s_lse = SharedMemory::<f32>::new(cfg.bq);
    let mut s_dl = SharedMemory::<f32>::new(cfg.bq);

    let mut lo = 0u32;
    let mut hi = 0u32;
    if comptime!(dq) {
        load_tile_v::<I, N>(q, &mut sf1, qs, base, d.group, d.heads, head0, tq, rows, cfg);
        load_tile_v::<I, N>(d_o, &mut sf2, qs, base, d.group, d.heads, head0, tq, rows, cfg);
        load_row_stats(lse, delta, &mut s_lse, &mut s_dl, &d, b, qs, tq, base, head0, cfg);
        let (a, z) = tile_keys(&d, base, tq, tk, cfg);
        lo = a;
        hi = z;
    } else {
        load_tile_v::<I, N>(k, &mut sf1, ks, base, 1u32, d.kv_heads, kvh, tk, rows, cfg);
        load_tile_v::<I, N>(v, &mut sf2, ks, base, 1u32, d.kv_heads, kvh, tk, rows, cfg);
        let (a, z) = tile_queries(&d, base, tq, tk, cfg);
        lo = a;
        hi = z;
    }
    let mut acc1 = Sequence::<cmma::Matrix<f32>>::new();
    let mut acc2 = Sequence::<cmma::Matrix<f32>>::new();
    #[unroll]
    for _ in 0..cfg.d / cfg.s {
        acc1.push(cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32));
        if comptime!(!dq) {
            acc2.push(cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32));
        }
    }
    let flen = comptime!((cfg.s - 1) * cfg.ds() + cfg.s);
    let slen = comptime!((cfg.s - 1) * (walked + PAD) + cfg.s);
    // Scratch of this plane: the first product's fragment, then the second's.
    let sx = plane * comptime!(2 * cfg.s * cfg.s) as u32;
    let sy = sx + comptime!(cfg.s * cfg.s) as u32;
    // Vectors of one fragment, and each lane's share of them.
    let fvec = comptime!(cfg.s * cfg.s / cfg.v);
    let rowv = comptime!(cfg.s / cfg.v) as u32;
    sync_cube();

    let mut w0 = lo;
    while w0 < hi {
        if comptime!(dq) {
            load_tile_v::<I, N>(k, &mut sw1, ks, w0, 1u32, d.kv_heads, kvh, tk, walked, cfg);
            load_tile_v::<I, N>(v, &mut sw2, ks, w0, 1u32, d.kv_heads, kvh, tk, walked, cfg);
        } else {
            load_tile_v::<I, N>(q, &mut sw1, qs, w0, d.group, d.heads, head0, tq, walked, cfg);
            load_tile_v::<I, N>(d_o, &mut sw2, qs, w0, d.group, d.heads, head0, tq, walked, cfg);
            load_row_stats(lse, delta, &mut s_lse, &mut s_dl, &d, b, qs, tq, w0, head0, cfg);
        }
        sync_cube();
        // (query tile start, key tile start) of this pair of tiles.
        let mut rq = base;
        let mut rk = w0;
        if comptime!(!dq) {
            rq = w0;
            rk = base;
        }
        // Pairs of tiles wholly inside the sequences and the window, without a mask tensor
        // or cap, skip the per-element checks.
        let full = rk + cfg.bkv as u32 <= tk && tile_unbounded(&d, rq, rk, tq, tk, cfg);
        #[unroll]
        for f in 0..walked / cfg.s {
            let ax = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
            let ay = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
            #[unroll]
            for kk in 0..cfg.d / cfg.s {
                let a0 = r0 * ds + kk * s;
                let b0 = comptime!(f * cfg.s * cfg.ds() + kk * cfg.s);
                let fa = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
                let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::ColMajor, elem_of::<I>(0.0f32));
                cmma::load(&fa, &sf1.slice(a0 / vw, (a0 + flen).div_ceil(vw)), ds as u32);
                cmma::load(&fb, &sw1.slice(comptime!(b0 / cfg.v), comptime!((b0 + flen).div_ceil(cfg.v))), ds as u32);
                cmma::execute::<I::S, I::S, f32, f32>(&fa, &fb, &ax, &ax);
                let fa2 = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
                let fb2 = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::ColMajor, elem_of::<I>(0.0f32));
                cmma::load(&fa2, &sf2.slice(a0 / vw, (a0 + flen).div_ceil(vw)), ds as u32);
                cmma::load(&fb2, &sw2.slice(comptime!(b0 / cfg.v), comptime!((b0 + flen).div_ceil(cfg.v))), ds as u32);
                cmma::execute::<I::S, I::S, f32, f32>(&fa2, &fb2, &ay, &ay);
            }
            cmma::store(&mut scr.slice_mut(sx as usize, sx as usize + comptime!(cfg.s * cfg.s)), &ax, s as u32, cmma::MatrixLayout::RowMajor);
            cmma::store(&mut scr.slice_mut(sy as usize, sy as usize + comptime!(cfg.s * cfg.s)), &ay, s as u32, cmma::MatrixLayout::RowMajor);
            sync_exchange(true, cfg);
            let mut e = lane;
            while e < fvec as u32 {
                let i = e / rowv;
                let c0 = (e % rowv) * vw as u32;
                let mut pv = Vector::<f32, N>::empty();
                let mut dsv = Vector::<f32, N>::empty();
                #[unroll]
                for u in 0..cfg.v {
                    let c = c0 + u as u32;
                    let raw = scr[(sx + i * s as u32 + c) as usize];
                    let dp = scr[(sy + i * s as u32 + c) as usize];
                    // (packed query row, key, index of the row's statistics).
                    let mut rho = base + r0 as u32 + i;
                    let mut j = w0 + (f * s) as u32 + c;
                    let mut si = r0 as u32 + i;
                    if comptime!(!dq) {
                        rho = w0 + (f * s) as u32 + c;
                        j = base + r0 as u32 + i;
                        si = (f * s) as u32 + c;
                    }
                    let l = s_lse[si as usize];
                    let dl = s_dl[si as usize];
                    let mut p = 0.0f32;
                    let mut g = dp - dl;
                    if full && comptime!(!cfg.softcap && cfg.mask == MASK_NONE) {
                        p = Exp::exp(raw * d.scale - l);
                    } else {
                        let (x, cap) = score::<I>(raw, &d, mask_f, mask_b, b, head0 + rho % d.group, rho / d.group, j, tq, tk, cfg);
                        if x > d.neg_inf && l > d.neg_inf {
                            p = Exp::exp(x - l);
                        }
                        if comptime!(cfg.softcap) {
                            let th = cap / d.softcap;
                            g *= 1.0f32 - th * th;
                        }
                    }
                    pv[u] = p;
                    dsv[u] = p * g * d.scale;
                }
                let at = (((r0 as u32 + i) * ws as u32 + (f * s) as u32 + c0) / vw as u32) as usize;
                s_ds[at] = I::from_f32(dsv);
                if comptime!(!dq) {
                    s_p[at] = I::from_f32(pv);
                }
                e += PLANE as u32;
            }
            sync_exchange(true, cfg);
        }
        // dQ / dK += dS (strip) x walked rows 1; dV += P^T (strip) x walked rows 2.
        #[unroll]
        for kk in 0..walked / cfg.s {
            let a0 = r0 * ws + kk * s;
            let fds = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
            cmma::load(&fds, &s_ds.slice(a0 / vw, (a0 + slen).div_ceil(vw)), ws as u32);
            #[unroll]
            for f in 0..cfg.d / cfg.s {
                let b0 = comptime!(kk * cfg.s * cfg.ds() + f * cfg.s);
                let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
                cmma::load(&fb, &sw1.slice(comptime!(b0 / cfg.v), comptime!((b0 + flen).div_ceil(cfg.v))), ds as u32);
                cmma::execute::<I::S, I::S, f32, f32>(&fds, &fb, acc1.index(f), acc1.index(f));
            }
            if comptime!(!dq) {
                let fp = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
                cmma::load(&fp, &s_p.slice(a0 / vw, (a0 + slen).div_ceil(vw)), ws as u32);
                #[unroll]
                for f in 0..cfg.d / cfg.s {
                    let b0 = comptime!(kk * cfg.s * cfg.ds() + f * cfg.s);
                    let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
                    cmma::load(&fb, &sw2.slice(comptime!(b0 / cfg.v), comptime!((b0 + flen).div_ceil(cfg.v))), ds as u32);
                    cmma::execute::<I::S, I::S, f32, f32>(&fp, &fb, acc2.index(f), acc2.index(f));
                }
            }
        }
        sync_cube();
        w0 += walked as u32;
    }

    // Accumulators to the inputs' dtype through the scratch (one fragment at a time) into
    // the fixed tiles, which the walk no longer reads, then out as whole vectors.
    #[unroll]
    for f in 0..cfg.d / cfg.s {
        cmma::store(&mut scr.slice_mut(sx as usize, sx as usize + comptime!(cfg.s * cfg.s)), acc1.index(f), s as u32, cmma::MatrixLayout::RowMajor);
        if comptime!(!dq) {
            cmma::store(&mut scr.slice_mut(sy as usize, sy as usize + comptime!(cfg.s * cfg.s)), acc2.index(f), s as u32, cmma::MatrixLayout::RowMajor);
        }
        sync_exchange(true, cfg);
        let mut e = lane;
        while e < fvec as u32 {
            let i = e / rowv;
            let c0 = (e % rowv) * vw as u32;
            let mut x = Vector::<f32, N>::empty();
            let mut y = Vector::<f32, N>::empty();
            #[unroll]
            for u in 0..cfg.v {
                x[u] = scr[(sx + i * s as u32 + c0) as usize + u];
                y[u] = scr[(sy + i * s as u32 + c0) as usize + u];
            }
            let at = (((r0 as u32 + i) * ds as u32 + (f * s) as u32 + c0) / vw as u32) as usize;
            sf1[at] = I::from_f32(x);
            if comptime!(!dq) {
                sf2[at] = I::from_f32(y);
            }
            e += PLANE as u32;
        }
        sync_exchange(true, cfg);
    }
    sync_cube();
    if comptime!(dq) {
        store_tile_v::<I, N>(&sf1, g1, qs, base, d.group, d.heads, head0, tq, rows, cfg);
    } else {
        store_tile_v::<I, N>(&sf1, g1, ks, base, 1u32, d.kv_heads, kvh, tk, rows, cfg);
        store_tile_v::<I, N>(&sf2, g2, ks, base, 1u32, d.kv_heads, kvh, tk, rows, cfg);
    }
}
