//! Split-KV decode forward ([`attn_decode`]; its plan is `plan.rs`'s `decode_plan`): a few queries per
//! (batch entry, KV head) against a long key sequence, where reading K and V once is the
//! whole cost and matrix units have next to nothing to multiply.
//!
//! One cube per (tile of packed query rows, batch entry x KV head, split of the keys). The
//! rows are the G = H / H_kv heads of the KV head times the T_q queries (packed as in
//! every attention kernel, see `common.rs`), so each K / V byte is read once for the whole
//! group. The cube's units form lane groups of `lanes` units; a group owns one key at a
//! time, each lane a `d / lanes` slice of it, loaded straight from global memory into
//! registers with the widest vectors the dtype allows (16 bytes: a D 128 bf16 key row is
//! 16 lanes x 16 bytes, one contiguous 256-byte read). A lane keeps its slice of every
//! row's Q and O in f32 registers; a score is its lanes' partial dot products added up by
//! plane shuffles. A group is `lanes` consecutive units and `lanes` is a power of two no
//! wider than the device's narrowest plane, so with 1-D cubes (unit i on plane lane
//! i mod plane width, as on CUDA, Metal and Vulkan drivers alike) a group never straddles
//! two planes. Each group
//! loads `keys` keys (K and V both) before it uses any, so every unit has that many
//! 16-byte loads in flight per operand, and runs its own online softmax over them. At the
//! end of the split the groups' (O, max, sum) merge through shared memory, and the cube
//! writes O and lse, or the split's f32 partials for `attn_combine` (the general
//! forward's merge pass).
//!
//! Two comptime variants (chosen by `decode_plan`):
//! - `prefetch`: the next iteration's K and V are loaded into a second set of registers
//!   before this iteration's keys are used, so a unit's loads overlap its own arithmetic
//!   (not only other warps'), at the cost of those registers.
//! - `scatter`: where the group's `keys x rows` scores (rows rounded up to a power of two)
//!   number exactly `lanes`, the partial dot products are summed by a reduce-scatter (at
//!   each halving step a lane sends the half it gives away and keeps the other: `lanes - 1`
//!   shuffles for all scores, against `log2(lanes)` per score for the butterfly), which
//!   leaves lane `n` with score `n`. Each lane then masks, exponentiates and sums that one
//!   score (the row max and sum by shuffles across the lanes of its row) and the
//!   probabilities are gathered back for P V. Without it every lane of the group repeats
//!   the mask, max and exp of every score.
//!
//! Nothing here is device-specific (no fragments, no `cp.async`): the same kernel runs
//! on CUDA, Metal and Vulkan, and CI runs it on lavapipe. Covered calls: no mask tensor,
//! fixed batches, causal / sliding-window bounds and softcap, GQA, any head dim whose
//! vectors split evenly over the lanes, every dtype. Others keep the general forward.

use cubecl::prelude::*;

use super::common::{query_tile, row_final, row_rescale, score, tile_keys, write_lse, AttnCfg, AttnDims, QueryTile};
use super::tile::{load_tile_v, store_tile, write_partial, zero_smem};
use crate::kernels::io::IoElem;
use crate::kernels::fast_exp_modes;

/// The decode kernel's comptime shape beyond [`AttnCfg`] (whose `bq` is the rows per
/// cube, `bkv` the keys one iteration of the cube covers, `threads` the units).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DecodeCfg {
    /// Units sharing one key (a power of two, at most the plane width).
    pub lanes: usize,
    /// Keys each lane group loads per iteration.
    pub keys: usize,
    /// Load the next iteration's keys before using this one's.
    pub prefetch: bool,
    /// Sum the scores by a reduce-scatter over the group's lanes (needs
    /// `keys * rows.next_power_of_two() == lanes`, see [`DecodeCfg::scatter_fits`]).
    pub scatter: bool,
}

impl DecodeCfg {
    /// Whether `keys` keys of `rows` rows give one score per lane (the `scatter` variant).
    pub const fn scatter_fits(lanes: usize, keys: usize, rows: usize) -> bool {
        keys * rows.next_power_of_two() == lanes
    }
}

/// Loads the group's `keys` keys of K and V of the iteration starting at key `j0` into
/// registers, all before any is used. Group `grp` takes keys `j0 + i * groups + grp`: at
/// each `i` the cube reads `groups` consecutive keys. A key past the range reads key `lo`
/// instead (always valid) and is masked by the caller, so no load sits behind a branch.
#[cube]
#[allow(clippy::too_many_arguments)]
fn load_keys<I: IoElem, N: Size>(
    k: &Array<Vector<I::S, N>>,
    v: &Array<Vector<I::S, N>>,
    kb: &mut Array<Vector<I::S, N>>,
    vb: &mut Array<Vector<I::S, N>>,
    j0: u32,
    lo: u32,
    hi: u32,
    row_of_key0: u32,
    key_stride: u32,
    lane_vec: u32,
    grp: u32,
    #[comptime] keys: usize,
    #[comptime] groups: usize,
    #[comptime] vpl: usize,
    #[comptime] lanes: usize,
) {
    #[unroll]
    for i in 0..keys {
        let mut j = j0 + comptime!(i * groups) as u32 + grp;
        if j >= hi {
            j = lo;
        }
        let base = row_of_key0 + j * key_stride + lane_vec;
        #[unroll]
        for u in 0..vpl {
            kb[comptime!(i * vpl + u)] = k[(base + comptime!(u * lanes) as u32) as usize];
            vb[comptime!(i * vpl + u)] = v[(base + comptime!(u * lanes) as u32) as usize];
        }
    }
}

/// Decode forward. Cube (x: tile of `cfg.bq` packed query rows, y: batch * KV head,
/// z: split of the keys). Writes O and lse, or (split) the split's normalised partial O
/// and its lse in f32, exactly as [`attn_fwd`](super::forward::attn_fwd) does.
#[cube(launch_unchecked, fast_math = fast_exp_modes(fast))]
#[allow(clippy::too_many_arguments, unused_variables)]
pub fn attn_decode<I: IoElem, N: Size>(
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
    #[comptime] fast: bool,
    #[comptime] dc: DecodeCfg,
) {
    let tile = query_tile(cu_q, cu_k, &d, cfg);
    let QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0 } = tile;
    let rows = cfg.bq;
    let keys = dc.keys;
    let lanes = dc.lanes;
    let vpl = comptime!(cfg.d / (cfg.v * dc.lanes));
    let groups = comptime!(cfg.threads / dc.lanes);
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let dsv = comptime!(cfg.ds() / cfg.v) as u32;
    let grp = UNIT_POS / lanes as u32;
    let lig = UNIT_POS % lanes as u32;

    let mut sq = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ds() / cfg.v);
    let mut so = SharedMemory::<f32>::new(cfg.bq * cfg.ds());
    let mut s_m = SharedMemory::<f32>::new(comptime!(cfg.threads / dc.lanes * cfg.bq));
    let mut s_l = SharedMemory::<f32>::new(comptime!(cfg.threads / dc.lanes * cfg.bq));
    let mut s_a = SharedMemory::<f32>::new(cfg.bq);

    // Q through shared memory once (coalesced), then each lane's slices into registers.
    // Lane `lig` holds vectors `u * lanes + lig` of a row: at each `u` a group's lanes
    // read consecutive vectors, one contiguous run of the row.
    load_tile_v::<I, N>(q, &mut sq, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
    zero_smem(&mut so, cfg.bq * cfg.ds(), cfg.threads);
    sync_cube();
    let mut qr = Array::<Vector<f32, N>>::new(comptime!(cfg.bq * vpl));
    let mut o = Array::<Vector<f32, N>>::new(comptime!(cfg.bq * vpl));
    #[unroll]
    for r in 0..rows {
        #[unroll]
        for u in 0..vpl {
            let cv = comptime!(u * dc.lanes) as u32 + lig;
            qr[comptime!(r * vpl + u)] = I::to_f32(sq[(comptime!(r) as u32 * dsv + cv) as usize]);
            o[comptime!(r * vpl + u)] = Vector::new(0.0f32);
        }
    }
    let mut m = Array::<f32>::new(rows);
    let mut l = Array::<f32>::new(rows);
    #[unroll]
    for r in 0..rows {
        m[r] = d.neg_inf;
        l[r] = 0.0f32;
    }

    let (lo, hi) = tile_keys(&d, rho0, tq, tk, cfg);
    // K row `j` of this (batch, KV head) starts at vector `row_of_key0 + j * key_stride`.
    let key_stride = d.kv_heads * per_row;
    let row_of_key0 = (ks * d.kv_heads + kvh) * per_row;
    let mut kb = Array::<Vector<I::S, N>>::new(comptime!(dc.keys * vpl));
    let mut vb = Array::<Vector<I::S, N>>::new(comptime!(dc.keys * vpl));
    let mut kn = Array::<Vector<I::S, N>>::new(comptime!(dc.keys * vpl));
    let mut vn = Array::<Vector<I::S, N>>::new(comptime!(dc.keys * vpl));
    if comptime!(dc.prefetch) {
        load_keys::<I, N>(k, v, &mut kn, &mut vn, lo, lo, hi, row_of_key0, key_stride, lig, grp, keys, groups, vpl, lanes);
    }
    // Scores, then probabilities, of (key i, row r) at i * rows + r; per-row rescale.
    let mut sc = Array::<f32>::new(comptime!(dc.keys * cfg.bq));
    let mut alpha = Array::<f32>::new(rows);
    let mut j0 = lo;
    while j0 < hi {
        if comptime!(dc.prefetch) {
            // This iteration's keys arrived during the last one; the next ones go out now.
            #[unroll]
            for x in 0..comptime!(dc.keys * vpl) {
                kb[x] = kn[x];
                vb[x] = vn[x];
            }
            load_keys::<I, N>(k, v, &mut kn, &mut vn, j0 + cfg.bkv as u32, lo, hi, row_of_key0, key_stride, lig, grp, keys, groups, vpl, lanes);
        } else {
            load_keys::<I, N>(k, v, &mut kb, &mut vb, j0, lo, hi, row_of_key0, key_stride, lig, grp, keys, groups, vpl, lanes);
        }
        // Partial dot products of this lane's slice (one scalar FMA chain per score: no
        // vector accumulator to add up afterwards).
        #[unroll]
        for i in 0..keys {
            let mut kf = Array::<Vector<f32, N>>::new(vpl);
            #[unroll]
            for u in 0..vpl {
                kf[u] = I::to_f32(kb[comptime!(i * vpl + u)]);
            }
            #[unroll]
            for r in 0..rows {
                let mut s = 0.0f32;
                #[unroll]
                for u in 0..vpl {
                    let a = kf[u];
                    let qv = qr[comptime!(r * vpl + u)];
                    #[unroll]
                    for e in 0..cfg.v {
                        s += a[e] * qv[e];
                    }
                }
                sc[comptime!(i * rows + r)] = s;
            }
        }
        decode_softmax::<I>(&mut sc, &mut m, &mut l, &mut alpha, j0, hi, lig, grp, &tile, &d, mask_f, mask_b, cfg, dc);
        // O = O * alpha + P V, in this lane's slice.
        #[unroll]
        for r in 0..rows {
            #[unroll]
            for u in 0..vpl {
                o[comptime!(r * vpl + u)] = o[comptime!(r * vpl + u)] * Vector::new(alpha[r]);
            }
        }
        #[unroll]
        for i in 0..keys {
            #[unroll]
            for u in 0..vpl {
                let vf = I::to_f32(vb[comptime!(i * vpl + u)]);
                #[unroll]
                for r in 0..rows {
                    o[comptime!(r * vpl + u)] += vf * Vector::new(sc[comptime!(i * rows + r)]);
                }
            }
        }
        j0 += cfg.bkv as u32;
    }

    // Merge the groups: each group's O scaled by exp(m_group - m_cube), added up in shared
    // memory one group after another (a few barriers once per cube, no atomics: the
    // order is fixed, so the result is deterministic).
    if lig == 0u32 {
        #[unroll]
        for r in 0..rows {
            s_m[(grp * rows as u32) as usize + r] = m[r];
            s_l[(grp * rows as u32) as usize + r] = l[r];
        }
    }
    sync_cube();
    let mut fac = Array::<f32>::new(rows);
    #[unroll]
    for r in 0..rows {
        let mut mc = d.neg_inf;
        for g in 0..groups as u32 {
            let x = s_m[(g * rows as u32) as usize + r];
            if x > mc {
                mc = x;
            }
        }
        let mut f = 0.0f32;
        if m[r] > d.neg_inf {
            f = Exp::exp(m[r] - mc);
        }
        fac[r] = f;
        if UNIT_POS == comptime!(r) as u32 {
            let mut lc = 0.0f32;
            for g in 0..groups as u32 {
                let x = s_m[(g * rows as u32) as usize + r];
                if x > d.neg_inf {
                    lc += s_l[(g * rows as u32) as usize + r] * Exp::exp(x - mc);
                }
            }
            let (inv, ls) = row_final(lc, mc, d.neg_inf);
            s_a[r] = inv;
            let rho = rho0 + comptime!(r) as u32;
            write_lse(lse, part_lse, &d, b, head0 + rho % d.group, qs, rho / d.group, tq, ls, cfg);
        }
    }
    for g in 0..groups as u32 {
        if grp == g {
            #[unroll]
            for r in 0..rows {
                #[unroll]
                for u in 0..vpl {
                    let x = o[comptime!(r * vpl + u)];
                    let at = comptime!(r * cfg.ds()) as u32 + (comptime!(u * dc.lanes) as u32 + lig) * cfg.v as u32;
                    #[unroll]
                    for e in 0..cfg.v {
                        so[at as usize + e] += x[e] * fac[r];
                    }
                }
            }
        }
        sync_cube();
    }
    if comptime!(cfg.split) {
        write_partial(&so, &s_a, part_o, &d, qs, tq, rho0, head0, cfg);
    } else {
        store_tile::<I, N>(&so, &s_a, out, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, true, cfg);
    }
}

/// The group's online-softmax step over its `keys` keys: sums the partial dot products in
/// `sc` over the group's lanes, masks, exponentiates and sums them per row; leaves the
/// probabilities in `sc` (in every lane), the rows' rescale in `alpha`, and the running max
/// and sum in `m` and `l`. Two ways, the same outputs:
/// - every lane does every score (`!dc.scatter`): a butterfly of shuffles gives each lane
///   every sum, and every lane masks and exponentiates all of them;
/// - one score per lane (`dc.scatter`; needs [`DecodeCfg::scatter_fits`]): score
///   `n = i * rows_p + r` (key `i`, row `r`, rows padded to a power of two `rows_p`) is
///   summed into lane `n` by a reduce-scatter, masked and exponentiated there, its row's
///   max and sum taken across the lanes holding the row's keys (lane bits from `rows_p`
///   up), and each row's max, sum and probabilities gathered back into every lane.
#[cube]
#[allow(clippy::too_many_arguments)]
fn decode_softmax<I: IoElem>(
    sc: &mut Array<f32>,
    m: &mut Array<f32>,
    l: &mut Array<f32>,
    alpha: &mut Array<f32>,
    j0: u32,
    hi: u32,
    lig: u32,
    grp: u32,
    tile: &QueryTile,
    d: &AttnDims,
    mask_f: &Array<I::S>,
    mask_b: &Array<u32>,
    #[comptime] cfg: AttnCfg,
    #[comptime] dc: DecodeCfg,
) {
    let QueryTile { b, tq, tk, rho0, head0, .. } = *tile;
    let rows = cfg.bq;
    let keys = dc.keys;
    let groups = comptime!(cfg.threads / dc.lanes);
    if comptime!(dc.scatter) {
        let rows_p = comptime!(cfg.bq.next_power_of_two());
        let n_all = comptime!(dc.lanes);
        let steps = comptime!(dc.lanes.trailing_zeros() as usize);
        // The scores in lane order n = i * rows_p + r, padding rows 0.
        let mut w = Array::<f32>::new(n_all);
        #[unroll]
        for i in 0..keys {
            #[unroll]
            for r in 0..rows_p {
                if comptime!(r < cfg.bq) {
                    w[comptime!(i * rows_p + r)] = sc[comptime!(i * rows + r)];
                } else {
                    w[comptime!(i * rows_p + r)] = 0.0f32;
                }
            }
        }
        // Reduce-scatter: at step s the live values halve; the lane whose bit `half` is set
        // keeps the upper half (so lane n ends with value n) and sends the lower.
        #[unroll]
        for s in 0..steps {
            let half = comptime!(n_all >> (s + 1));
            let up = (lig & comptime!(half as u32)) != 0u32;
            #[unroll]
            for x in 0..half {
                let a = w[x];
                let c = w[comptime!(x + half)];
                let send = select(up, a, c);
                let keep = select(up, c, a);
                w[x] = keep + plane_shuffle_xor(send, comptime!(half as u32));
            }
        }
        let i_me = lig / rows_p as u32;
        let r_me = lig % rows_p as u32;
        let j = j0 + i_me * groups as u32 + grp;
        let rho = rho0 + r_me;
        let mut x = d.neg_inf;
        if r_me < rows as u32 && j < hi {
            let (sv, _cap) = score::<I>(w[0], d, mask_f, mask_b, b, head0 + rho % d.group, rho / d.group, j, tq, tk, cfg);
            x = sv;
        }
        // This row's max over the group's keys (lanes differing in the key bits), then over
        // the running max.
        let mut mx = x;
        #[unroll]
        for sh in comptime!(rows_p.trailing_zeros() as usize)..steps {
            let y = plane_shuffle_xor(mx, comptime!(1u32 << sh));
            mx = select(y > mx, y, mx);
        }
        let mut m_old = m[0];
        #[unroll]
        for r in 1..rows {
            if r_me == comptime!(r) as u32 {
                m_old = m[r];
            }
        }
        if m_old > mx {
            mx = m_old;
        }
        let mut p = 0.0f32;
        if x > d.neg_inf {
            p = Exp::exp(x - mx);
        }
        let mut sum = p;
        #[unroll]
        for sh in comptime!(rows_p.trailing_zeros() as usize)..steps {
            sum += plane_shuffle_xor(sum, comptime!(1u32 << sh));
        }
        // Lane `lane0 + n` holds score n of this group.
        let lane0 = UNIT_POS_PLANE - lig;
        #[unroll]
        for r in 0..rows {
            let mx_r = plane_shuffle(mx, lane0 + comptime!(r) as u32);
            let sum_r = plane_shuffle(sum, lane0 + comptime!(r) as u32);
            let al = row_rescale(m[r], mx_r, d.neg_inf);
            m[r] = mx_r;
            l[r] = l[r] * al + sum_r;
            alpha[r] = al;
        }
        #[unroll]
        for i in 0..keys {
            #[unroll]
            for r in 0..rows {
                sc[comptime!(i * rows + r)] = plane_shuffle(p, lane0 + comptime!(i * rows_p + r) as u32);
            }
        }
    } else {
        #[unroll]
        for x in 0..comptime!(dc.keys * cfg.bq) {
            let mut s = sc[x];
            #[unroll]
            for sh in 0..comptime!(dc.lanes.trailing_zeros() as usize) {
                s += plane_shuffle_xor(s, comptime!(1u32 << sh));
            }
            sc[x] = s;
        }
        #[unroll]
        for r in 0..rows {
            let rho = rho0 + comptime!(r) as u32;
            let t = rho / d.group;
            let head = head0 + rho % d.group;
            let m_old = m[r];
            let mut mx = m_old;
            #[unroll]
            for i in 0..keys {
                let j = j0 + comptime!(i * groups) as u32 + grp;
                let mut x = d.neg_inf;
                if j < hi {
                    let (sv, _cap) = score::<I>(sc[comptime!(i * rows + r)], d, mask_f, mask_b, b, head, t, j, tq, tk, cfg);
                    x = sv;
                }
                if x > mx {
                    mx = x;
                }
                sc[comptime!(i * rows + r)] = x;
            }
            let mut sum = 0.0f32;
            #[unroll]
            for i in 0..keys {
                let x = sc[comptime!(i * rows + r)];
                let mut p = 0.0f32;
                if x > d.neg_inf {
                    p = Exp::exp(x - mx);
                }
                sum += p;
                sc[comptime!(i * rows + r)] = p;
            }
            let al = row_rescale(m_old, mx, d.neg_inf);
            m[r] = mx;
            l[r] = l[r] * al + sum;
            alpha[r] = al;
        }
    }
}

impl AttnCfg {
    /// Shared bytes of [`attn_decode`] with `groups` lane groups.
    pub const fn decode_smem(&self, elem: usize, groups: usize) -> usize {
        self.bq * self.ds() * (elem + 4) + (2 * groups + 1) * self.bq * 4
    }
}
