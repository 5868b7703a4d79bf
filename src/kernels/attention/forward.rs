//! The generic forward ([`attn_fwd`]) and the combine pass of a split forward
//! ([`attn_combine`]).
//!
//! [`attn_fwd`] keeps Q, K, V, the scores, P and O in shared tiles, multiplies them with
//! [`mm`](super::tile::mm) and runs the online softmax one unit per row. It is the forward
//! wherever the FlashAttention-2 kernels do not run: no fragments for the dtype (lavapipe
//! in CI, f32 anywhere, bf16 on Metal), `AttentionPath::Fma`, and where the
//! FlashAttention-2 tile does not fit the shared memory (Metal's 32 KiB at D 128).
//! Between devices only `mm`'s body (fragments or FMAs) and the tiling the plan gives it
//! differ. [`attn_combine`] is the same on every device.

use cubecl::prelude::*;

use super::common::{elem_of, query_tile, row_final, row_rescale, score, tile_keys, write_lse, AttnCfg, AttnDims, QueryTile};
use super::tile::{load_tile_v, mm, store_tile, write_partial, zero_smem};
use crate::kernels::io::IoElem;

impl AttnCfg {
    /// Shared bytes of [`attn_fwd`], for the plan's tile choice.
    pub const fn fwd_smem(&self, elem: usize) -> usize {
        (self.bq + 2 * self.bkv) * self.ds() * elem + self.bq * self.ss() * (4 + elem) + self.bq * self.ds() * 4 + 3 * self.bq * 4
    }
}

/// Forward. Cube (x: tile of packed query rows, y: batch * KV head, z: split of the keys).
/// Writes O and lse, or (split) the split's normalised partial O and its lse in f32.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn attn_fwd<I: IoElem, N: Size>(
    q: &Array<Vector<I::S, N>>,
    k: &Array<Vector<I::S, N>>,
    v: &Array<Vector<I::S, N>>,
    mask_f: &Array<I::S>,
    mask_b: &Array<u32>,
    cu_q: &Array<u32>,
    cu_k: &Array<u32>,
    out: &mut Array<Vector<I::S, N>>,
    lse: &mut Array<f32>,
    part_o: &mut Array<f32>,
    part_lse: &mut Array<f32>,
    d: AttnDims,
    #[comptime] cfg: AttnCfg,
) {
    let QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0 } = query_tile(cu_q, cu_k, &d, cfg);
    let ds = comptime!(cfg.ds());
    let ss = comptime!(cfg.ss());
    let mut sq = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ds() / cfg.v);
    let mut sk = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut sv = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut s_s = SharedMemory::<f32>::new(cfg.bq * cfg.ss());
    let mut s_p = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ss() / cfg.v);
    let mut so = SharedMemory::<f32>::new(cfg.bq * cfg.ds());
    let mut s_m = SharedMemory::<f32>::new(cfg.bq);
    let mut s_l = SharedMemory::<f32>::new(cfg.bq);
    let mut s_a = SharedMemory::<f32>::new(cfg.bq);

    load_tile_v::<I, N>(q, &mut sq, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
    zero_smem(&mut so, cfg.bq * cfg.ds(), cfg.threads);
    if UNIT_POS < cfg.bq as u32 {
        s_m[UNIT_POS as usize] = d.neg_inf;
        s_l[UNIT_POS as usize] = 0.0f32;
    }
    let (lo, hi) = tile_keys(&d, rho0, tq, tk, cfg);
    sync_cube();

    let mut j0 = lo;
    while j0 < hi {
        load_tile_v::<I, N>(k, &mut sk, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        load_tile_v::<I, N>(v, &mut sv, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        sync_cube();
        mm::<I, N>(&sq, &sk, &mut s_s, cfg.bq, cfg.bkv, cfg.d, ds, false, ds, true, ss, false, cfg);
        sync_cube();
        // Online softmax, one unit per row.
        if UNIT_POS < cfg.bq as u32 {
            let r = UNIT_POS;
            let rho = rho0 + r;
            let t = rho / d.group;
            let head = head0 + rho % d.group;
            let m_old = s_m[r as usize];
            let mut mx = m_old;
            for c in 0..cfg.bkv as u32 {
                let j = j0 + c;
                let mut ok = j < hi;
                let mut x = d.neg_inf;
                if ok {
                    let (sc, _cap) = score::<I>(s_s[(r * ss as u32 + c) as usize], &d, mask_f, mask_b, b, head, t, j, tq, tk, cfg);
                    x = sc;
                }
                ok = x > d.neg_inf;
                if ok && x > mx {
                    mx = x;
                }
                s_s[(r * ss as u32 + c) as usize] = x;
            }
            let mut sum = 0.0f32;
            for cv in 0..comptime!(cfg.bkv / cfg.v) as u32 {
                let mut pv = Vector::<f32, N>::empty();
                #[unroll]
                for u in 0..cfg.v {
                    let x = s_s[(r * ss as u32 + cv * cfg.v as u32) as usize + u];
                    let mut p = 0.0f32;
                    if x > d.neg_inf {
                        p = Exp::exp(x - mx);
                    }
                    sum += p;
                    pv[u] = p;
                }
                s_p[(r * comptime!(cfg.ss() / cfg.v) as u32 + cv) as usize] = I::from_f32(pv);
            }
            let alpha = row_rescale(m_old, mx, d.neg_inf);
            s_a[r as usize] = alpha;
            s_m[r as usize] = mx;
            s_l[r as usize] = s_l[r as usize] * alpha + sum;
        }
        sync_cube();
        let mut e = UNIT_POS;
        while e < comptime!(cfg.bq * cfg.d) as u32 {
            let r = e / cfg.d as u32;
            let c = e % cfg.d as u32;
            so[(r * ds as u32 + c) as usize] *= s_a[r as usize];
            e += cfg.threads as u32;
        }
        sync_cube();
        mm::<I, N>(&s_p, &sv, &mut so, cfg.bq, cfg.d, cfg.bkv, ss, false, ds, false, ds, true, cfg);
        sync_cube();
        j0 += cfg.bkv as u32;
    }

    // 1 / l per row (0 for rows that saw no key: output 0), and the lse.
    if UNIT_POS < cfg.bq as u32 {
        let r = UNIT_POS;
        let rho = rho0 + r;
        let t = rho / d.group;
        let l = s_l[r as usize];
        let (inv, ls) = row_final(l, s_m[r as usize], d.neg_inf);
        s_a[r as usize] = inv;
        let head = head0 + rho % d.group;
        write_lse(lse, part_lse, &d, b, head, qs, t, tq, ls, cfg);
    }
    sync_cube();
    if comptime!(cfg.split) {
        write_partial(&so, &s_a, part_o, &d, qs, tq, rho0, head0, cfg);
    } else {
        store_tile::<I, N>(&so, &s_a, out, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, true, cfg);
    }
}

/// Merges the splits' partial outputs: one unit per output element (the split lse
/// weights are recomputed per element: splits are few and the pass is small).
#[cube(launch_unchecked)]
pub fn attn_combine<I: IoElem>(
    part_o: &Array<f32>,
    part_lse: &Array<f32>,
    out: &mut Array<I::S>,
    lse: &mut Array<f32>,
    d: AttnDims,
    #[comptime] splits: usize,
    #[comptime] dim: usize,
    #[comptime] varlen: bool,
) {
    let i = ABSOLUTE_POS as u32;
    let total = d.tokens_q * d.heads * dim as u32;
    if i >= total {
        terminate!();
    }
    let row = i / dim as u32;
    let c = i % dim as u32;
    let rows = d.tokens_q * d.heads;
    let mut mx = d.neg_inf;
    for sp in 0..splits as u32 {
        let l = part_lse[(sp * rows + row) as usize];
        if l > mx {
            mx = l;
        }
    }
    let mut wsum = 0.0f32;
    let mut acc = 0.0f32;
    if mx > d.neg_inf {
        for sp in 0..splits as u32 {
            let l = part_lse[(sp * rows + row) as usize];
            if l > d.neg_inf {
                let w = Exp::exp(l - mx);
                wsum += w;
                acc += w * part_o[((sp * rows + row) * dim as u32 + c) as usize];
            }
        }
    }
    let mut o = 0.0f32;
    let mut ls = d.neg_inf;
    if wsum > 0.0f32 {
        o = acc / wsum;
        ls = mx + Log::ln(wsum);
    }
    out[i as usize] = elem_of::<I>(o);
    if c == 0 {
        let tok = row / d.heads;
        let head = row % d.heads;
        let mut li = head * d.tokens_q + tok;
        if comptime!(!varlen) {
            let b = tok / d.tq;
            let t = tok % d.tq;
            li = (b * d.heads + head) * d.tq + t;
        }
        lse[li as usize] = ls;
    }
}
