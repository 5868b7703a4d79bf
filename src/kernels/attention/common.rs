//! What every attention kernel shares: the comptime shape of a launch ([`AttnCfg`]), its
//! run-time scalars ([`AttnDims`]), where a cube's rows and keys lie (sequence bounds,
//! packed rows, the key range under causal / window bounds and splits), and the score of
//! one (query, key) pair (scale, soft cap, mask) with the end of a softmax row.
//!
//! Rows of a query tile are "packed": for one batch entry and one KV head, row `rho`
//! is query position `rho / G` of head `kv_head * G + rho % G` (G = heads per KV head), so
//! the G heads that read the same keys share every K / V tile (GQA without repeating
//! K / V, and a decode step's G x T_q rows fill a tile).
//!
//! Nothing here differs between devices: index arithmetic and f32 math, the same code in
//! every kernel on CUDA, Metal and Vulkan. What differs lives in the kernel files (see
//! `super::plan` for which kernel runs where).

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

/// Elements of padding per shared row (keeps fragment rows off one bank; fragment
/// pointers stay 32-byte aligned).
pub const PAD: usize = 8;
/// Lanes per plane the fragment path is written for.
pub const PLANE: usize = 32;

pub const MASK_NONE: u32 = 0;
/// u32 / i32 mask tensor: nonzero attends.
pub const MASK_BOOL: u32 = 1;
/// Additive mask tensor in the inputs' dtype (use -inf to mask).
pub const MASK_ADD: u32 = 2;

/// Comptime shape of an attention launch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AttnCfg {
    /// Head dim.
    pub d: usize,
    /// Query rows and keys per tile.
    pub bq: usize,
    pub bkv: usize,
    /// Fragment side (16 CUDA, 8 Metal), 0 for the FMA path.
    pub s: usize,
    pub threads: usize,
    /// Vector width of the [.., D] tensors.
    pub v: usize,
    /// A causal or sliding-window bound applies.
    pub window: bool,
    pub softcap: bool,
    pub mask: u32,
    pub varlen: bool,
    /// Forward writes per-split partial results for [`attn_combine`].
    pub split: bool,
    /// The plane barrier orders shared memory between the plane's lanes (CUDA's
    /// `__syncwarp`), so the FlashAttention-2 kernels' per-plane exchanges through shared
    /// memory may use it alone; elsewhere they take the cube barrier (Metal's
    /// `simdgroup_barrier(mem_flags::mem_none)` orders no memory: see
    /// [`crate::kernels::plane_sync_orders_shared`]).
    pub plane_sync_orders_smem: bool,
}

impl AttnCfg {
    /// Row stride (elements) of a [rows, D] shared tile.
    pub const fn ds(&self) -> usize {
        self.d + PAD
    }
    /// Row stride (elements) of a [rows, bkv] shared score tile.
    pub const fn ss(&self) -> usize {
        self.bkv + PAD
    }
}

/// Run-time scalars of every attention launch.
#[derive(CubeType, CubeLaunch, Clone, Copy)]
pub struct AttnDims {
    pub heads: u32,
    pub kv_heads: u32,
    pub group: u32,
    /// Sequence lengths (fixed batches), or the longest (varlen; each cube reads its own).
    pub tq: u32,
    pub tk: u32,
    /// Query tokens in all (B * T_q, or the packed total).
    pub tokens_q: u32,
    pub scale: f32,
    pub softcap: f32,
    /// Keys visible from query t: `j - (t + tk - tq)` in `[-left, right]` (bottom-right
    /// aligned; causal is right = 0). Large values when unbounded.
    pub left: i32,
    pub right: i32,
    /// Mask tensor strides for batch and head (0 where broadcast); rows are [T_q, T_k].
    pub mask_sb: u32,
    pub mask_sh: u32,
    /// Keys per split (forward with `split`, and dQ), or packed query rows per split
    /// (dK / dV with `split`).
    pub split_len: u32,
    /// Splits of the walk (the grid's z), for [`attn_sum_parts`].
    pub splits: u32,
    /// Key tokens in all (B * T_k, or the packed total): rows of the dK / dV partials.
    pub tokens_k: u32,
    pub neg_inf: f32,
}

/// (query start token, T_q, key start token, T_k) of batch entry `b`.
#[cube]
pub(crate) fn seq(cu_q: &Array<u32>, cu_k: &Array<u32>, d: &AttnDims, b: u32, #[comptime] varlen: bool) -> (u32, u32, u32, u32) {
    let mut qs = b * d.tq;
    let mut tq = d.tq;
    let mut ks = b * d.tk;
    let mut tk = d.tk;
    if comptime!(varlen) {
        qs = cu_q[b as usize];
        tq = cu_q[(b + 1) as usize] - qs;
        ks = cu_k[b as usize];
        tk = cu_k[(b + 1) as usize] - ks;
    }
    (qs, tq, ks, tk)
}

/// Where a query-tile cube stands (grid x: tile of packed query rows, y: batch entry x KV
/// head): batch entry `b`, KV head `kvh`, its sequence (query start token `qs` and `tq`
/// queries, key start token `ks` and `tk` keys), the tile's first packed row `rho0` and
/// the first head `head0` of the KV head's group.
#[derive(CubeType, Clone, Copy)]
pub struct QueryTile {
    pub b: u32,
    pub kvh: u32,
    pub qs: u32,
    pub tq: u32,
    pub ks: u32,
    pub tk: u32,
    pub rho0: u32,
    pub head0: u32,
}

/// The prologue of every kernel that owns a tile of query rows (the three forwards and
/// dQ): locates the cube's tile, and ends a cube that lies past its sequence's rows (the
/// grid covers the longest sequence).
#[cube]
pub(crate) fn query_tile(cu_q: &Array<u32>, cu_k: &Array<u32>, d: &AttnDims, #[comptime] cfg: AttnCfg) -> QueryTile {
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, d, b, cfg.varlen);
    let rho0 = CUBE_POS_X * cfg.bq as u32;
    if rho0 >= tq * d.group {
        terminate!();
    }
    QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0: kvh * d.group }
}

/// Index of (head, t) in the lse / row-dot arrays: [B, H, T_q], or [H, total] for varlen.
#[cube]
pub(crate) fn row_index(d: &AttnDims, b: u32, head: u32, qs: u32, t: u32, #[comptime] varlen: bool) -> u32 {
    let mut i = (b * d.heads + head) * d.tq + t;
    if comptime!(varlen) {
        i = head * d.tokens_q + qs + t;
    }
    i
}

/// Keys `[lo, hi)` any of query positions `t0..=t1` may see (window / causal bound).
#[cube]
pub(crate) fn key_range(d: &AttnDims, t0: u32, t1: u32, tq: u32, tk: u32, #[comptime] window: bool) -> (u32, u32) {
    let mut lo = 0u32;
    let mut hi = tk;
    if comptime!(window) {
        let off = i32::cast_from(tk) - i32::cast_from(tq);
        let l = i32::cast_from(t0) + off - d.left;
        let h = i32::cast_from(t1) + off + d.right + 1;
        if l > 0 {
            lo = u32::cast_from(l);
        }
        if h < i32::cast_from(tk) {
            hi = 0u32;
            if h > 0 {
                hi = u32::cast_from(h);
            }
        }
    }
    (lo, hi)
}

/// Keys `[lo, hi)` the query tile at packed row `rho0` may see (window / causal bound),
/// cut to this cube's split of the keys when the forward is split.
#[cube]
pub(crate) fn tile_keys(d: &AttnDims, rho0: u32, tq: u32, tk: u32, #[comptime] cfg: AttnCfg) -> (u32, u32) {
    let t0 = rho0 / d.group;
    let mut t1 = (rho0 + cfg.bq as u32 - 1) / d.group;
    if t1 >= tq {
        t1 = tq - 1;
    }
    let (lo, hi) = key_range(d, t0, t1, tq, tk, cfg.window);
    cut_to_split(d, lo, hi, cfg.split)
}

/// `[lo, hi)` cut to this cube's split (`CUBE_POS_Z` of `split_len` each) where the walk
/// is split.
#[cube]
pub(crate) fn cut_to_split(d: &AttnDims, lo: u32, hi: u32, #[comptime] split: bool) -> (u32, u32) {
    let mut lo = lo;
    let mut hi = hi;
    if comptime!(split) {
        let s_lo = CUBE_POS_Z * d.split_len;
        let s_hi = s_lo + d.split_len;
        if s_lo > lo {
            lo = s_lo;
        }
        if s_hi < hi {
            hi = s_hi;
        }
    }
    (lo, hi)
}

/// Whether every key of tile `[j0, j0 + bkv)` is visible from every query row of tile
/// `rho0..` (all rows inside the sequence, no window edge crossing the tile), so the
/// softmax may skip the per-element checks.
#[cube]
pub(crate) fn tile_unbounded(d: &AttnDims, rho0: u32, j0: u32, tq: u32, tk: u32, #[comptime] cfg: AttnCfg) -> bool {
    let t0 = rho0 / d.group;
    let t1 = (rho0 + cfg.bq as u32 - 1) / d.group;
    let mut ok = t1 < tq && j0 + cfg.bkv as u32 <= tk;
    if comptime!(cfg.window) {
        let off = i32::cast_from(tk) - i32::cast_from(tq);
        // rel = j - (t + off) must lie in [-left, right] for the extreme pairs.
        let rel_min = i32::cast_from(j0) - i32::cast_from(t1) - off;
        let rel_max = i32::cast_from(j0 + cfg.bkv as u32 - 1) - i32::cast_from(t0) - off;
        ok = ok && rel_min >= -d.left && rel_max <= d.right;
    }
    ok
}

/// Score of query t against key j from the raw product: scaled, soft-capped, masked
/// (`neg_inf` where not visible). Also returns the capped value before the mask (what
/// the softcap derivative needs).
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn score<I: IoElem>(
    raw: f32,
    d: &AttnDims,
    mask_f: &Array<I::S>,
    mask_b: &Array<u32>,
    b: u32,
    head: u32,
    t: u32,
    j: u32,
    tq: u32,
    tk: u32,
    #[comptime] cfg: AttnCfg,
) -> (f32, f32) {
    let mut x = raw * d.scale;
    if comptime!(cfg.softcap) {
        // tanh(z) = 1 - 2 / (exp(2z) + 1), as the cross-entropy's softcap computes it.
        let z = x / d.softcap;
        x = d.softcap * (1.0f32 - 2.0f32 / (Exp::exp(2.0f32 * z) + 1.0f32));
    }
    let capped = x;
    let mut ok = t < tq && j < tk;
    if comptime!(cfg.window) {
        let rel = i32::cast_from(j) + i32::cast_from(tq) - i32::cast_from(tk) - i32::cast_from(t);
        ok = ok && rel >= -d.left && rel <= d.right;
    }
    if ok {
        let mi = (b * d.mask_sb + head * d.mask_sh + t * d.tk + j) as usize;
        if comptime!(cfg.mask == MASK_BOOL) {
            ok = mask_b[mi] != 0u32;
        }
        if comptime!(cfg.mask == MASK_ADD) {
            x += I::to_f32(Vector::<I::S, Const<1>>::new(mask_f[mi]))[0];
            // An additive -inf (or NaN-free huge negative) masks the key.
            ok = x > d.neg_inf;
        }
    }
    if !ok {
        x = d.neg_inf;
    }
    (x, capped)
}

/// Writes the lse of query `t` (head `head`) where the row exists: to `lse`, or, in a
/// split forward, to this split's partial lse.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_lse(lse: &mut Array<f32>, part_lse: &mut Array<f32>, d: &AttnDims, b: u32, head: u32, qs: u32, t: u32, tq: u32, ls: f32, #[comptime] cfg: AttnCfg) {
    if t < tq {
        if comptime!(cfg.split) {
            part_lse[((CUBE_POS_Z * d.tokens_q + qs + t) * d.heads + head) as usize] = ls;
        } else {
            lse[row_index(d, b, head, qs, t, cfg.varlen) as usize] = ls;
        }
    }
}

/// The factor a row's running sum and output take when its max moves from `m_old` to
/// `m_new`: 1 while the row has seen nothing visible, 0 on its first visible key.
#[cube]
pub(crate) fn row_rescale(m_old: f32, m_new: f32, neg_inf: f32) -> f32 {
    let mut al = 1.0f32;
    if m_new > neg_inf {
        al = 0.0f32;
        if m_old > neg_inf {
            al = Exp::exp(m_old - m_new);
        }
    }
    al
}

/// A finished softmax row: `1 / l` and the lse `m + ln l`, or 0 and -inf for a row that saw
/// no key (so its output is 0, not NaN).
#[cube]
pub(crate) fn row_final(l: f32, m: f32, neg_inf: f32) -> (f32, f32) {
    let mut inv = 0.0f32;
    let mut ls = neg_inf;
    if l > 0.0f32 {
        inv = 1.0f32 / l;
        ls = m + Log::ln(l);
    }
    (inv, ls)
}

/// One stored element as f32.
#[cube]
pub(crate) fn f32_of<I: IoElem>(x: I::S) -> f32 {
    I::to_f32(Vector::<I::S, Const<1>>::new(x))[0]
}

/// f32 to one stored element.
#[cube]
pub(crate) fn elem_of<I: IoElem>(x: f32) -> I::S {
    I::from_f32(Vector::<f32, Const<1>>::new(x))[0]
}
