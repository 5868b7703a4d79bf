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
//! Nothing here is device-specific (no fragments, no `cp.async`): the same kernel runs
//! on CUDA, Metal and Vulkan, and CI runs it on lavapipe. Covered calls: no mask tensor,
//! fixed batches, causal / sliding-window bounds and softcap, GQA, any head dim whose
//! vectors split evenly over the lanes, every dtype. Others keep the general forward.

use cubecl::prelude::*;

use super::common::{query_tile, row_final, score, tile_keys, write_lse, AttnCfg, AttnDims, QueryTile};
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
    let QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0 } = query_tile(cu_q, cu_k, &d, cfg);
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
    let mut kb = Array::<Vector<I::S, N>>::new(comptime!(dc.keys * vpl));
    let mut vb = Array::<Vector<I::S, N>>::new(comptime!(dc.keys * vpl));
    // Scores, then probabilities, of (key i, row r) at i * rows + r; per-row rescale.
    let mut sc = Array::<f32>::new(comptime!(dc.keys * cfg.bq));
    let mut alpha = Array::<f32>::new(rows);
    let mut j0 = lo;
    while j0 < hi {
        // Every load of the iteration goes out before any is used. Group `grp` takes keys
        // j0 + i * groups + grp: at each i the cube reads `groups` consecutive keys. A key
        // past the range reads key `lo` instead (always valid) and is masked below, so no
        // load sits behind a branch.
        #[unroll]
        for i in 0..keys {
            let mut j = j0 + comptime!(i * groups) as u32 + grp;
            if j >= hi {
                j = lo;
            }
            let base = ((ks + j) * d.kv_heads + kvh) * per_row + lig;
            #[unroll]
            for u in 0..vpl {
                kb[comptime!(i * vpl + u)] = k[(base + comptime!(u * dc.lanes) as u32) as usize];
                vb[comptime!(i * vpl + u)] = v[(base + comptime!(u * dc.lanes) as u32) as usize];
            }
        }
        // Partial dot products of this lane's slice (one scalar FMA chain per score: no
        // vector accumulator to add up afterwards), summed over the group's lanes by a
        // butterfly of shuffles (every lane ends with the whole score).
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
                #[unroll]
                for sh in 0..comptime!(dc.lanes.trailing_zeros() as usize) {
                    s += plane_shuffle_xor(s, comptime!(1u32 << sh));
                }
                sc[comptime!(i * rows + r)] = s;
            }
        }
        // Online softmax per row over the group's keys (identical in its lanes).
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
                    let (sv, _cap) = score::<I>(sc[comptime!(i * rows + r)], &d, mask_f, mask_b, b, head, t, j, tq, tk, cfg);
                    x = sv;
                }
                if x > mx {
                    mx = x;
                }
                sc[comptime!(i * rows + r)] = x;
            }
            let mut al = 1.0f32;
            if mx > d.neg_inf {
                al = 0.0f32;
                if m_old > d.neg_inf {
                    al = Exp::exp(m_old - mx);
                }
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
            m[r] = mx;
            l[r] = l[r] * al + sum;
            alpha[r] = al;
        }
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

impl AttnCfg {
    /// Shared bytes of [`attn_decode`] with `groups` lane groups.
    pub const fn decode_smem(&self, elem: usize, groups: usize) -> usize {
        self.bq * self.ds() * (elem + 4) + (2 * groups + 1) * self.bq * 4
    }
}
