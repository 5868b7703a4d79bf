//! FlashAttention-2 forward on cmma fragments ([`attn_fwd_mma`]): each plane keeps its
//! rows' Q fragments and O accumulators in registers for the whole key walk; only the K / V
//! tiles and each plane's S / P strip pass through shared memory (wmma-level fragments
//! give no access to an accumulator's elements, so S goes through shared memory to reach
//! the lanes that run the softmax).
//!
//! It needs fragments (lavapipe has none). On CUDA (16x16x16) it is the forward where the
//! register-level kernel ([`super::register`]) does not apply or is turned off; on Metal
//! (8x8x8, f16) wherever its tile fits the 32 KiB (D up to 80; generated and type-checked
//! in CI, not yet run on a Mac). Between those devices: the
//! fragment side, the barrier around a plane's exchanges ([`sync_exchange`]: CUDA's
//! plane barrier, the cube barrier elsewhere), and fast exp / log (CUDA only, the `fast`
//! switch).

use cubecl::prelude::*;

use super::common::{elem_of, query_tile, row_final, score, tile_keys, tile_unbounded, write_lse, AttnCfg, AttnDims, MASK_NONE, PLANE, QueryTile};
use super::tile::{load_tile_v, store_tile, sync_exchange, write_partial};
use crate::kernels::fast_exp_modes;
use crate::kernels::io::IoElem;

impl AttnCfg {
    /// Shared bytes of [`attn_fwd_mma`], for the plan's tile choice.
    pub const fn fwd_mma_smem(&self, elem: usize) -> usize {
        2 * self.bkv * self.ds() * elem + self.bq * self.ss() * (4 + elem) + self.bq * self.ds() * 4 + self.bq * 4
    }
}

/// Rescale threshold of [`attn_fwd_mma`] (natural log): a row's reference max moves
/// only when a tile's max exceeds it by more than this, so P = exp(s - m_ref) stays
/// below e^8 ~ 3e3 (fine in f16 / bf16, and in the f32 sums) while most tiles skip the
/// round trip of O through shared memory.
pub const RESCALE_THRESHOLD: f32 = 8.0;

/// Matrix-unit forward, FlashAttention-2 style: plane `w` owns query rows
/// `[w s, (w + 1) s)` of the tile and keeps their Q fragments and their O accumulators in
/// registers for the whole key walk; the cube only shares the K / V tiles. Per key tile a
/// plane computes its S strip (fragments), its lanes run the online softmax on it (two
/// lanes per row, partners combined by shuffles), and it multiplies its P strip by V into
/// O. O goes through shared memory only when some row's max grew by more than
/// [`RESCALE_THRESHOLD`] (lazy rescaling), and once at the end. Same masks, splits and
/// outputs as [`attn_fwd`]; needs `bq = bkv = s * planes`.
#[cube(launch_unchecked, fast_math = fast_exp_modes(fast))]
#[allow(clippy::too_many_arguments, unused_variables)]
pub fn attn_fwd_mma<I: IoElem, N: Size>(
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
) {
    let QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0 } = query_tile(cu_q, cu_k, &d, cfg);
    let s = cfg.s;
    let ds = comptime!(cfg.ds());
    let ss = comptime!(cfg.ss());
    let plane = UNIT_POS / PLANE as u32;
    let lane = UNIT_POS % PLANE as u32;
    // This plane's rows within the tile.
    let r0 = (plane * s as u32) as usize;
    // K, V and P tiles hold whole vectors: one 16-byte shared store per global load
    // (element stores were 8 instructions per vector, the kernel's largest cost), and
    // fragments load from them through an element pointer. S is read as f32 x 4.
    let vw = cfg.v;
    let mut sk = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut sv = SharedMemory::<Vector<I::S, N>>::new(cfg.bkv * cfg.ds() / cfg.v);
    let mut s_s = SharedMemory::<Vector<f32, Const<4>>>::new(cfg.bq * cfg.ss() / 4);
    let mut s_p = SharedMemory::<Vector<I::S, N>>::new(cfg.bq * cfg.ss() / cfg.v);
    let mut so = SharedMemory::<f32>::new(cfg.bq * cfg.ds());
    let mut s_a = SharedMemory::<f32>::new(cfg.bq);

    // Q goes through the K buffer once (bq == bkv), into fragments held for the walk.
    load_tile_v::<I, N>(q, &mut sk, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
    sync_cube();
    let alen = comptime!((cfg.s - 1) * cfg.ds() + cfg.s);
    let plen = comptime!((cfg.s - 1) * cfg.ss() + cfg.s);
    let mut fq = Sequence::<cmma::Matrix<I::S>>::new();
    #[unroll]
    for kk in 0..cfg.d / cfg.s {
        let a0 = r0 * ds + kk * s;
        let fa = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
        cmma::load(&fa, &sk.slice(a0 / vw, (a0 + alen).div_ceil(vw)), ds as u32);
        fq.push(fa);
    }
    let mut fo = Sequence::<cmma::Matrix<f32>>::new();
    #[unroll]
    for _ in 0..cfg.d / cfg.s {
        fo.push(cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32));
    }

    // Softmax lanes: `lpr` lanes per row, each `cols` columns of the key tile.
    let lpr_c = comptime!(PLANE / cfg.s);
    let lpr = lpr_c as u32;
    let cols = comptime!(cfg.bkv * cfg.s / PLANE) as u32;
    let my_row = r0 as u32 + lane / lpr;
    let c0 = (lane % lpr) * cols;
    let rho = rho0 + my_row;
    let t = rho / d.group;
    let head = head0 + rho % d.group;
    let mut m_ref = d.neg_inf;
    let mut l_sum = 0.0f32;

    let (lo, hi) = tile_keys(&d, rho0, tq, tk, cfg);
    sync_cube();

    let mut j0 = lo;
    while j0 < hi {
        load_tile_v::<I, N>(k, &mut sk, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        load_tile_v::<I, N>(v, &mut sv, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        sync_cube();
        // S strip = Q K^T (K tile read column-major: no transpose copy).
        #[unroll]
        for f in 0..cfg.bkv / cfg.s {
            let acc = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
            #[unroll]
            for kk in 0..cfg.d / cfg.s {
                let b0 = comptime!(f * cfg.s * cfg.ds() + kk * cfg.s);
                let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::ColMajor, elem_of::<I>(0.0f32));
                cmma::load(&fb, &sk.slice(comptime!(b0 / cfg.v), comptime!((b0 + alen).div_ceil(cfg.v))), ds as u32);
                cmma::execute::<I::S, I::S, f32, f32>(fq.index(kk), &fb, &acc, &acc);
            }
            let o0 = r0 * ss + f * s;
            cmma::store(&mut s_s.slice_mut(o0 / 4, (o0 + plen).div_ceil(4)), &acc, ss as u32, cmma::MatrixLayout::RowMajor);
        }
        sync_exchange(true, cfg);
        // Online softmax on this lane's `cols` scores, held in registers. Tiles that lie
        // wholly inside the sequence, the window and the split, without a mask tensor
        // or cap, take the short path: the scaled product only.
        let mut xs = Array::<f32>::new(comptime!(cfg.bkv * cfg.s / PLANE));
        let full = j0 + cfg.bkv as u32 <= hi && tile_unbounded(&d, rho0, j0, tq, tk, cfg);
        let base4 = (my_row * ss as u32 + c0) / 4;
        #[unroll]
        for c4 in 0..comptime!(cfg.bkv * cfg.s / PLANE / 4) {
            let raw = s_s[(base4 + c4 as u32) as usize];
            #[unroll]
            for e in 0..4usize {
                xs[c4 * 4 + e] = raw[e];
            }
        }
        let mut mx = d.neg_inf;
        if full && comptime!(!cfg.softcap && cfg.mask == MASK_NONE) {
            #[unroll]
            for c in 0..comptime!(cfg.bkv * cfg.s / PLANE) {
                let x = xs[c] * d.scale;
                xs[c] = x;
                if x > mx {
                    mx = x;
                }
            }
        } else {
            #[unroll]
            for c in 0..comptime!(cfg.bkv * cfg.s / PLANE) {
                let j = j0 + c0 + c as u32;
                let mut x = d.neg_inf;
                if j < hi {
                    let (sc, _cap) = score::<I>(xs[c], &d, mask_f, mask_b, b, head, t, j, tq, tk, cfg);
                    x = sc;
                }
                if x > mx {
                    mx = x;
                }
                xs[c] = x;
            }
        }
        #[unroll]
        for sh in 0..comptime!(lpr_c.trailing_zeros() as usize) {
            let o = plane_shuffle_xor(mx, comptime!(1u32 << sh));
            if o > mx {
                mx = o;
            }
        }
        // Lazy rescale: move the reference max only when it is far behind.
        let mut alpha = 1.0f32;
        let mut grow = false;
        if mx > d.neg_inf {
            if m_ref == d.neg_inf {
                m_ref = mx;
            } else if mx > m_ref + RESCALE_THRESHOLD {
                alpha = Exp::exp(m_ref - mx);
                m_ref = mx;
                grow = true;
            }
        }
        let mut sum = 0.0f32;
        let pbase = (my_row * ss as u32 + c0) / vw as u32;
        #[unroll]
        for cv in 0..comptime!(cfg.bkv * cfg.s / PLANE / cfg.v) {
            let mut pv = Vector::<f32, N>::empty();
            #[unroll]
            for e in 0..cfg.v {
                let x = xs[cv * cfg.v + e];
                let mut p = 0.0f32;
                if x > d.neg_inf {
                    p = Exp::exp(x - m_ref);
                }
                sum += p;
                pv[e] = p;
            }
            s_p[(pbase + cv as u32) as usize] = I::from_f32(pv);
        }
        #[unroll]
        for sh in 0..comptime!(lpr_c.trailing_zeros() as usize) {
            sum += plane_shuffle_xor(sum, comptime!(1u32 << sh));
        }
        l_sum = l_sum * alpha + sum;
        // Round trip of this plane's O strip through shared memory, rows times alpha, in
        // three steps split by barriers: only planes whose max grew take part, so where
        // the exchange needs the cube barrier every plane still reaches it.
        let rescale = plane_any(grow);
        if rescale {
            if c0 == 0 {
                s_a[my_row as usize] = alpha;
            }
            #[unroll]
            for f in 0..cfg.d / cfg.s {
                let o0 = r0 * ds + f * s;
                cmma::store(&mut so.slice_mut(o0, o0 + alen), fo.index(f), ds as u32, cmma::MatrixLayout::RowMajor);
            }
        }
        sync_exchange(rescale, cfg);
        if rescale {
            let mut e = lane;
            while e < comptime!(cfg.s * cfg.d) as u32 {
                let r = r0 as u32 + e / cfg.d as u32;
                let c = e % cfg.d as u32;
                so[(r * ds as u32 + c) as usize] *= s_a[r as usize];
                e += PLANE as u32;
            }
        }
        sync_exchange(rescale, cfg);
        if rescale {
            #[unroll]
            for f in 0..cfg.d / cfg.s {
                let o0 = r0 * ds + f * s;
                cmma::load_with_layout(fo.index(f), &so.slice(o0, o0 + alen), ds as u32, cmma::MatrixLayout::RowMajor);
            }
        }
        sync_exchange(true, cfg);
        // O += P V.
        #[unroll]
        for kk in 0..cfg.bkv / cfg.s {
            let a0 = r0 * ss + kk * s;
            let fp = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
            cmma::load(&fp, &s_p.slice(a0 / vw, (a0 + plen).div_ceil(vw)), ss as u32);
            #[unroll]
            for f in 0..cfg.d / cfg.s {
                let b0 = comptime!(kk * cfg.s * cfg.ds() + f * cfg.s);
                let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, cmma::MatrixLayout::RowMajor, elem_of::<I>(0.0f32));
                cmma::load(&fb, &sv.slice(comptime!(b0 / cfg.v), comptime!((b0 + alen).div_ceil(cfg.v))), ds as u32);
                cmma::execute::<I::S, I::S, f32, f32>(&fp, &fb, fo.index(f), fo.index(f));
            }
        }
        sync_cube();
        j0 += cfg.bkv as u32;
    }

    // O / l (0 for rows that saw no key) and the lse.
    let (inv, ls) = row_final(l_sum, m_ref, d.neg_inf);
    if c0 == 0 {
        s_a[my_row as usize] = inv;
        write_lse(lse, part_lse, &d, b, head, qs, t, tq, ls, cfg);
    }
    #[unroll]
    for f in 0..cfg.d / cfg.s {
        let o0 = r0 * ds + f * s;
        cmma::store(&mut so.slice_mut(o0, o0 + alen), fo.index(f), ds as u32, cmma::MatrixLayout::RowMajor);
    }
    sync_cube();
    if comptime!(cfg.split) {
        write_partial(&so, &s_a, part_o, &d, qs, tq, rho0, head0, cfg);
    } else {
        store_tile::<I, N>(&so, &s_a, out, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, true, cfg);
    }
}
