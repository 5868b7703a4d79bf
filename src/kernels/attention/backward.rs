//! The generic backward, three launches so that every gradient element is written by
//! exactly one cube (deterministic, no atomics): the row dot `D = rowsum(dO * O)`
//! ([`attn_row_dot`], also the FlashAttention-2 backward's first pass), dQ
//! ([`attn_bwd_dq`]: one cube per query tile, walking keys) and dK / dV
//! ([`attn_bwd_dkv`]: one cube per key tile, walking the query rows of every head of the
//! group); and [`attn_sum_parts`], which adds up the f32 partials of a split walk.
//!
//! Accumulators, operands and scores all sit in shared tiles; products go through
//! [`mm`](super::tile::mm). These run on every device: between devices only `mm`'s body
//! (fragments or FMAs) and the tiling the plan gives them differ. Where the driver cuts
//! long loops off (lavapipe, [`DeviceInfo::loop_limit`](crate::context::DeviceInfo)), the plan
//! splits the dQ and dK / dV walks over cubes that write f32 partials, summed in split
//! order by [`attn_sum_parts`] (still deterministic).

use cubecl::prelude::*;

use super::common::{cut_to_split, elem_of, query_tile, row_index, score, seq, tile_keys, AttnCfg, AttnDims, QueryTile};
use super::tile::{load_tile_v, mm, store_tile, write_part_tile, zero_smem};
use crate::kernels::io::IoElem;

impl AttnCfg {
    /// Shared bytes of [`attn_bwd_dq`] and [`attn_bwd_dkv`], for the plan's tile choice.
    pub const fn dq_smem(&self, elem: usize) -> usize {
        (2 * self.bq + 2 * self.bkv) * self.ds() * elem + self.bq * self.ss() * (8 + elem) + self.bq * self.ds() * 4 + 2 * self.bq * 4
    }
    pub const fn dkv_smem(&self, elem: usize) -> usize {
        (2 * self.bq + 2 * self.bkv) * self.ds() * elem + self.bq * self.ss() * (8 + 2 * elem) + 2 * self.bkv * self.ds() * 4 + 2 * self.bq * 4
    }
}

/// Backward preprocess: `delta = rowsum(dO * O)` per (token, head), laid out as the lse.
#[cube(launch_unchecked)]
pub fn attn_row_dot<I: IoElem, N: Size>(
    o: &Array<Vector<I::S, N>>,
    d_o: &Array<Vector<I::S, N>>,
    delta: &mut Array<f32>,
    d: AttnDims,
    #[comptime] dim: usize,
    #[comptime] v: usize,
    #[comptime] varlen: bool,
) {
    let row = ABSOLUTE_POS as u32;
    if row >= d.tokens_q * d.heads {
        terminate!();
    }
    let per = comptime!(dim / v) as u32;
    let mut sum = 0.0f32;
    for cv in 0..per {
        let a = I::to_f32(o[(row * per + cv) as usize]);
        let g = I::to_f32(d_o[(row * per + cv) as usize]);
        #[unroll]
        for j in 0..v {
            sum += a[j] * g[j];
        }
    }
    let tok = row / d.heads;
    let head = row % d.heads;
    let mut li = head * d.tokens_q + tok;
    if comptime!(!varlen) {
        let b = tok / d.tq;
        let t = tok % d.tq;
        li = (b * d.heads + head) * d.tq + t;
    }
    delta[li as usize] = sum;
}

/// P and dS of one (query tile, key tile) pair from S = Q K^T and dP = dO V^T (both f32
/// in shared memory): P = exp(score - lse), dS = P (dP - delta) dscore/draw. Written in the
/// inputs' dtype (the fragments' operands). Every unit some elements.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn grad_scores<I: IoElem, N: Size>(
    s_s: &SharedMemory<f32>,
    s_dp: &SharedMemory<f32>,
    s_lse: &SharedMemory<f32>,
    s_dl: &SharedMemory<f32>,
    s_p: &mut SharedMemory<Vector<I::S, N>>,
    s_ds: &mut SharedMemory<Vector<I::S, N>>,
    mask_f: &Array<I::S>,
    mask_b: &Array<u32>,
    d: &AttnDims,
    b: u32,
    rho0: u32,
    head0: u32,
    j0: u32,
    tq: u32,
    tk: u32,
    #[comptime] cfg: AttnCfg,
) {
    let ss = comptime!(cfg.ss()) as u32;
    let per = comptime!(cfg.bkv / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < comptime!(cfg.bq * cfg.bkv / cfg.v) as u32 {
        let r = e / per;
        let cv = e % per;
        let rho = rho0 + r;
        let t = rho / d.group;
        let head = head0 + rho % d.group;
        let l = s_lse[r as usize];
        let dl = s_dl[r as usize];
        let mut pv = Vector::<f32, N>::empty();
        let mut dsv = Vector::<f32, N>::empty();
        #[unroll]
        for u in 0..cfg.v {
            let c = cv * cfg.v as u32 + u as u32;
            let (x, cap) = score::<I>(s_s[(r * ss + c) as usize], d, mask_f, mask_b, b, head, t, j0 + c, tq, tk, cfg);
            let mut p = 0.0f32;
            if x > d.neg_inf && l > d.neg_inf {
                p = Exp::exp(x - l);
            }
            let mut ds = p * (s_dp[(r * ss + c) as usize] - dl) * d.scale;
            if comptime!(cfg.softcap) {
                let th = cap / d.softcap;
                ds *= 1.0f32 - th * th;
            }
            pv[u] = p;
            dsv[u] = ds;
        }
        let i = (r * comptime!(cfg.ss() / cfg.v) as u32 + cv) as usize;
        s_p[i] = I::from_f32(pv);
        s_ds[i] = I::from_f32(dsv);
        e += cfg.threads as u32;
    }
}

/// Loads lse and delta of packed rows `rho0..` into shared memory (lse -inf past the
/// sequence, so those rows contribute nothing).
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn load_row_stats(
    lse: &Array<f32>,
    delta: &Array<f32>,
    s_lse: &mut SharedMemory<f32>,
    s_dl: &mut SharedMemory<f32>,
    d: &AttnDims,
    b: u32,
    qs: u32,
    tq: u32,
    rho0: u32,
    head0: u32,
    #[comptime] cfg: AttnCfg,
) {
    let mut r = UNIT_POS;
    while r < cfg.bq as u32 {
        let rho = rho0 + r;
        let t = rho / d.group;
        let mut l = d.neg_inf;
        let mut dl = 0.0f32;
        if t < tq {
            let i = row_index(d, b, head0 + rho % d.group, qs, t, cfg.varlen) as usize;
            l = lse[i];
            dl = delta[i];
        }
        s_lse[r as usize] = l;
        s_dl[r as usize] = dl;
        r += cfg.threads as u32;
    }
}

/// dQ. Cube (x: tile of packed query rows, y: batch * KV head); walks the visible keys.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn attn_bwd_dq<I: IoElem, N: Size>(
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
    dq: &mut Array<Vector<I::S, N>>,
    part: &mut Array<f32>,
    d: AttnDims,
    #[comptime] cfg: AttnCfg,
) {
    let QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0 } = query_tile(cu_q, cu_k, &d, cfg);
    let ds = comptime!(cfg.ds());
    let ss = comptime!(cfg.ss());
    let mut sq = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ds() / cfg.v);
    let mut sdo = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ds() / cfg.v);
    let mut sk = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut sv = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut s_s = SharedMemory::<f32>::new(cfg.bq * cfg.ss());
    let mut s_dp = SharedMemory::<f32>::new(cfg.bq * cfg.ss());
    let mut s_p = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ss() / cfg.v);
    let mut s_ds = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ss() / cfg.v);
    let mut sdq = SharedMemory::<f32>::new(cfg.bq * cfg.ds());
    let mut s_lse = SharedMemory::<f32>::new(cfg.bq);
    let mut s_dl = SharedMemory::<f32>::new(cfg.bq);

    load_tile_v::<I, N>(q, &mut sq, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
    load_tile_v::<I, N>(d_o, &mut sdo, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
    load_row_stats(lse, delta, &mut s_lse, &mut s_dl, &d, b, qs, tq, rho0, head0, cfg);
    zero_smem(&mut sdq, cfg.bq * cfg.ds(), cfg.threads);
    let (lo, hi) = tile_keys(&d, rho0, tq, tk, cfg);
    sync_cube();
    let mut j0 = lo;
    while j0 < hi {
        load_tile_v::<I, N>(k, &mut sk, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        load_tile_v::<I, N>(v, &mut sv, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        sync_cube();
        mm::<I, N>(&sq, &sk, &mut s_s, cfg.bq, cfg.bkv, cfg.d, ds, false, ds, true, ss, false, cfg);
        mm::<I, N>(&sdo, &sv, &mut s_dp, cfg.bq, cfg.bkv, cfg.d, ds, false, ds, true, ss, false, cfg);
        sync_cube();
        grad_scores::<I, N>(&s_s, &s_dp, &s_lse, &s_dl, &mut s_p, &mut s_ds, mask_f, mask_b, &d, b, rho0, head0, j0, tq, tk, cfg);
        sync_cube();
        mm::<I, N>(&s_ds, &sk, &mut sdq, cfg.bq, cfg.d, cfg.bkv, ss, false, ds, false, ds, true, cfg);
        sync_cube();
        j0 += cfg.bkv as u32;
    }
    if comptime!(cfg.split) {
        // This cube's keys only: an f32 partial that `attn_sum_parts` adds up.
        write_part_tile(&sdq, &s_lse, part, CUBE_POS_Z * d.tokens_q, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, false, cfg);
    } else {
        store_tile::<I, N>(&sdq, &s_lse, dq, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, false, cfg);
    }
}

/// Packed query rows `[lo, hi)` that see any key of the tile `[j0, j0 + bkv)`: t + off +
/// right >= j0 and t + off - left <= j1; `lo` tile-aligned so tiles match the forward's.
#[cube]
pub(crate) fn tile_queries(d: &AttnDims, j0: u32, tq: u32, tk: u32, #[comptime] cfg: AttnCfg) -> (u32, u32) {
    let mut j1 = j0 + cfg.bkv as u32 - 1;
    if j1 >= tk {
        j1 = tk - 1;
    }
    let mut t_lo = 0u32;
    let mut t_hi = tq;
    if comptime!(cfg.window) {
        let off = i32::cast_from(tk) - i32::cast_from(tq);
        let lo = i32::cast_from(j0) - off - d.right;
        let hi = i32::cast_from(j1) - off + d.left + 1;
        if lo > 0 {
            t_lo = u32::cast_from(lo);
        }
        if hi < i32::cast_from(tq) {
            t_hi = 0u32;
            if hi > 0 {
                t_hi = u32::cast_from(hi);
            }
        }
    }
    ((t_lo * d.group) / cfg.bq as u32 * cfg.bq as u32, t_hi * d.group)
}

/// dK and dV. Cube (x: tile of keys, y: batch * KV head); walks the packed query rows
/// (all G heads of the group) that see the tile, so GQA gradients sum in one cube.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn attn_bwd_dkv<I: IoElem, N: Size>(
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
    dk: &mut Array<Vector<I::S, N>>,
    dv: &mut Array<Vector<I::S, N>>,
    part: &mut Array<f32>,
    d: AttnDims,
    #[comptime] cfg: AttnCfg,
) {
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, &d, b, cfg.varlen);
    let j0 = CUBE_POS_X * cfg.bkv as u32;
    if j0 >= tk {
        terminate!();
    }
    let head0 = kvh * d.group;
    let ds = comptime!(cfg.ds());
    let ss = comptime!(cfg.ss());
    let mut sk = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut sv = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut sq = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ds() / cfg.v);
    let mut sdo = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ds() / cfg.v);
    let mut s_s = SharedMemory::<f32>::new(cfg.bq * cfg.ss());
    let mut s_dp = SharedMemory::<f32>::new(cfg.bq * cfg.ss());
    let mut s_p = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ss() / cfg.v);
    let mut s_ds = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ss() / cfg.v);
    let mut sdk = SharedMemory::<f32>::new(cfg.bkv * cfg.ds());
    let mut sdv = SharedMemory::<f32>::new(cfg.bkv * cfg.ds());
    let mut s_lse = SharedMemory::<f32>::new(cfg.bq);
    let mut s_dl = SharedMemory::<f32>::new(cfg.bq);

    load_tile_v::<I, N>(k, &mut sk, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
    load_tile_v::<I, N>(v, &mut sv, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
    zero_smem(&mut sdk, cfg.bkv * cfg.ds(), cfg.threads);
    zero_smem(&mut sdv, cfg.bkv * cfg.ds(), cfg.threads);
    let (q_lo, q_hi) = tile_queries(&d, j0, tq, tk, cfg);
    // This cube's share of the query walk (split_len is a multiple of bq, so the tiles
    // stay aligned with the forward's).
    let (rho_lo, rho_hi) = cut_to_split(&d, q_lo, q_hi, cfg.split);
    sync_cube();
    let mut rho0 = rho_lo;
    while rho0 < rho_hi {
        load_tile_v::<I, N>(q, &mut sq, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
        load_tile_v::<I, N>(d_o, &mut sdo, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
        load_row_stats(lse, delta, &mut s_lse, &mut s_dl, &d, b, qs, tq, rho0, head0, cfg);
        sync_cube();
        mm::<I, N>(&sq, &sk, &mut s_s, cfg.bq, cfg.bkv, cfg.d, ds, false, ds, true, ss, false, cfg);
        mm::<I, N>(&sdo, &sv, &mut s_dp, cfg.bq, cfg.bkv, cfg.d, ds, false, ds, true, ss, false, cfg);
        sync_cube();
        grad_scores::<I, N>(&s_s, &s_dp, &s_lse, &s_dl, &mut s_p, &mut s_ds, mask_f, mask_b, &d, b, rho0, head0, j0, tq, tk, cfg);
        sync_cube();
        // dV += P^T dO, dK += dS^T Q: the [bq, bkv] tiles read transposed.
        mm::<I, N>(&s_p, &sdo, &mut sdv, cfg.bkv, cfg.d, cfg.bq, ss, true, ds, false, ds, true, cfg);
        mm::<I, N>(&s_ds, &sq, &mut sdk, cfg.bkv, cfg.d, cfg.bq, ss, true, ds, false, ds, true, cfg);
        sync_cube();
        rho0 += cfg.bq as u32;
    }
    if comptime!(cfg.split) {
        // Partials of this cube's query rows: dK in splits 0.., dV after all of them.
        write_part_tile(&sdk, &s_lse, part, CUBE_POS_Z * d.tokens_k, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, false, cfg);
        write_part_tile(&sdv, &s_lse, part, (d.splits + CUBE_POS_Z) * d.tokens_k, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, false, cfg);
    } else {
        store_tile::<I, N>(&sdk, &s_lse, dk, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, false, cfg);
        store_tile::<I, N>(&sdv, &s_lse, dv, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, false, cfg);
    }
}

/// A split backward's gradient: `out = sum` over the splits of the f32 partials, in split
/// order (deterministic), rounded once. `second`: the partials after the first `splits`
/// blocks (dV after dK). One unit per element of `out`.
#[cube(launch_unchecked)]
pub fn attn_sum_parts<I: IoElem>(part: &Array<f32>, out: &mut Array<I::S>, d: AttnDims, #[comptime] second: bool) {
    let n = out.len() as u32;
    let i = ABSOLUTE_POS as u32;
    if i >= n {
        terminate!();
    }
    let mut base = 0u32;
    if comptime!(second) {
        base = d.splits * n;
    }
    let mut acc = 0.0f32;
    for z in 0..d.splits {
        acc += part[(base + z * n + i) as usize];
    }
    out[i as usize] = elem_of::<I>(acc);
}
