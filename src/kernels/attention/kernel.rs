//! `#[cube]` kernels of FlashAttention: forward (optionally split over the keys, with a
//! combine pass), and the backward as three launches (row dot `D = rowsum(dO * O)`, dQ,
//! then dK / dV), so every gradient is written by exactly one cube: deterministic.
//!
//! Every kernel works on shared-memory tiles and goes through one block-matrix helper,
//! [`mm`], whose two bodies are the only difference between devices: cmma fragments
//! (16x16x16 on CUDA, 8x8x8 simdgroup matrices on Metal) or plain FMAs by every unit
//! (lavapipe, f32). The online softmax, masks and tile walk are the same code on both.
//!
//! Rows of a query tile are "packed": for one batch entry and one KV head, row `rho`
//! is query position `rho / G` of head `kv_head * G + rho % G` (G = heads per KV head), so
//! the G heads that read the same keys share every K / V tile (GQA without repeating
//! K / V, and a decode step's G x T_q rows fill a tile).

use cubecl::prelude::barrier::Barrier;
use cubecl::prelude::*;

use crate::kernels::fast_exp_modes;
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
    pub const fn ds(&self) -> usize {
        self.d + PAD
    }
    pub const fn ss(&self) -> usize {
        self.bkv + PAD
    }
    /// Shared bytes of each kernel, for the launch's tile choice.
    pub const fn fwd_smem(&self, elem: usize) -> usize {
        (self.bq + 2 * self.bkv) * self.ds() * elem + self.bq * self.ss() * (4 + elem) + self.bq * self.ds() * 4 + 3 * self.bq * 4
    }
    pub const fn fwd_mma_smem(&self, elem: usize) -> usize {
        2 * self.bkv * self.ds() * elem + self.bq * self.ss() * (4 + elem) + self.bq * self.ds() * 4 + self.bq * 4
    }
    pub const fn dq_smem(&self, elem: usize) -> usize {
        (2 * self.bq + 2 * self.bkv) * self.ds() * elem + self.bq * self.ss() * (8 + elem) + self.bq * self.ds() * 4 + 2 * self.bq * 4
    }
    pub const fn dkv_smem(&self, elem: usize) -> usize {
        (2 * self.bq + 2 * self.bkv) * self.ds() * elem + self.bq * self.ss() * (8 + 2 * elem) + 2 * self.bkv * self.ds() * 4 + 2 * self.bq * 4
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
fn seq(cu_q: &Array<u32>, cu_k: &Array<u32>, d: &AttnDims, b: u32, #[comptime] varlen: bool) -> (u32, u32, u32, u32) {
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

/// Index of (head, t) in the lse / row-dot arrays: [B, H, T_q], or [H, total] for varlen.
#[cube]
fn row_index(d: &AttnDims, b: u32, head: u32, qs: u32, t: u32, #[comptime] varlen: bool) -> u32 {
    let mut i = (b * d.heads + head) * d.tq + t;
    if comptime!(varlen) {
        i = head * d.tokens_q + qs + t;
    }
    i
}

/// Keys `[lo, hi)` any of query positions `t0..=t1` may see (window / causal bound).
#[cube]
fn key_range(d: &AttnDims, t0: u32, t1: u32, tq: u32, tk: u32, #[comptime] window: bool) -> (u32, u32) {
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
fn tile_keys(d: &AttnDims, rho0: u32, tq: u32, tk: u32, #[comptime] cfg: AttnCfg) -> (u32, u32) {
    let t0 = rho0 / d.group;
    let mut t1 = (rho0 + cfg.bq as u32 - 1) / d.group;
    if t1 >= tq {
        t1 = tq - 1;
    }
    let (lo, hi) = key_range(d, t0, t1, tq, tk, cfg.window);
    cut_to_split(d, lo, hi, cfg.split)
}

/// A split cube's f32 partial result: `rows` rows of a [rows, D] f32 shared tile (times a
/// per-row factor from `fac` where `scaled`) into the `[splits, tokens, hs, D]` partials
/// at token `base + start + tok` (packing as [`load_tile_v`]: tile row r is packed row
/// `row0 + r`, token `(row0 + r) / g`, head `head0 + (row0 + r) % g`), rows that exist
/// only.
#[cube]
#[allow(clippy::too_many_arguments)]
fn write_part_tile(
    src: &SharedMemory<f32>,
    fac: &SharedMemory<f32>,
    part: &mut Array<f32>,
    base: u32,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] scaled: bool,
    #[comptime] cfg: AttnCfg,
) {
    let ds = comptime!(cfg.ds()) as u32;
    let mut e = UNIT_POS;
    while e < comptime!(rows * cfg.d) as u32 {
        let r = e / cfg.d as u32;
        let c = e % cfg.d as u32;
        let pr = row0 + r;
        let tok = pr / g;
        if tok < limit {
            let head = head0 + pr % g;
            let mut f = 1.0f32;
            if comptime!(scaled) {
                f = fac[r as usize];
            }
            part[(((base + start + tok) * hs + head) * cfg.d as u32 + c) as usize] = src[(r * ds + c) as usize] * f;
        }
        e += cfg.threads as u32;
    }
}

/// `[lo, hi)` cut to this cube's split (`CUBE_POS_Z` of `split_len` each) where the walk
/// is split.
#[cube]
fn cut_to_split(d: &AttnDims, lo: u32, hi: u32, #[comptime] split: bool) -> (u32, u32) {
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

/// The split forward's output: this cube's rows of O (f32 tile `so` times the per-row
/// `1 / l` in `inv`) into the `[splits, tokens, H, D]` partials.
#[cube]
#[allow(clippy::too_many_arguments)]
fn write_partial(so: &SharedMemory<f32>, inv: &SharedMemory<f32>, part_o: &mut Array<f32>, d: &AttnDims, qs: u32, tq: u32, rho0: u32, head0: u32, #[comptime] cfg: AttnCfg) {
    write_part_tile(so, inv, part_o, CUBE_POS_Z * d.tokens_q, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, true, cfg);
}

/// Score of query t against key j from the raw product: scaled, soft-capped, masked
/// (`neg_inf` where not visible). Also returns the capped value before the mask (what
/// the softcap derivative needs).
#[cube]
#[allow(clippy::too_many_arguments)]
fn score<I: IoElem>(
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
fn write_lse(lse: &mut Array<f32>, part_lse: &mut Array<f32>, d: &AttnDims, b: u32, head: u32, qs: u32, t: u32, tq: u32, ls: f32, #[comptime] cfg: AttnCfg) {
    if t < tq {
        if comptime!(cfg.split) {
            part_lse[((CUBE_POS_Z * d.tokens_q + qs + t) * d.heads + head) as usize] = ls;
        } else {
            lse[row_index(d, b, head, qs, t, cfg.varlen) as usize] = ls;
        }
    }
}

/// A finished softmax row: `1 / l` and the lse `m + ln l`, or 0 and -inf for a row that saw
/// no key (so its output is 0, not NaN).
#[cube]
fn row_final(l: f32, m: f32, neg_inf: f32) -> (f32, f32) {
    let mut inv = 0.0f32;
    let mut ls = neg_inf;
    if l > 0.0f32 {
        inv = 1.0f32 / l;
        ls = m + Log::ln(l);
    }
    (inv, ls)
}

/// A register accumulator of `n` zero vectors (the register-level kernels' S and O).
#[cube]
fn zero_acc<V: Size>(#[comptime] n: usize) -> Array<Vector<f32, V>> {
    let mut acc = Array::<Vector<f32, V>>::new(n);
    #[unroll]
    for i in 0..n {
        acc[i] = Vector::new(0.0f32);
    }
    acc
}

/// Copies `rows` rows of D elements into a shared tile of whole vectors (row stride
/// `ds / v` vectors: one 16-byte shared store per global load; element stores were 8
/// instructions per vector), zero past `limit`. Tile row r is packed row `row0 + r`:
/// token `start + (row0 + r) / g`, head `head0 + (row0 + r) % g` of `hs` heads (keys:
/// g = 1).
#[cube]
#[allow(clippy::too_many_arguments)]
fn load_tile_v<I: IoElem, N: Size>(
    src: &Array<Vector<I::S, N>>,
    dst: &mut SharedMemory<Vector<I::S, N>>,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let pr = row0 + r;
        let tok = pr / g;
        let mut val = I::from_f32(Vector::<f32, N>::new(0.0));
        if tok < limit {
            let head = head0 + pr % g;
            val = src[(((start + tok) * hs + head) * per_row + cv) as usize];
        }
        dst[(r * comptime!(cfg.ds() / cfg.v) as u32 + cv) as usize] = val;
        e += comptime!(cfg.threads) as u32;
    }
}

/// Whether every key of tile `[j0, j0 + bkv)` is visible from every query row of tile
/// `rho0..` (all rows inside the sequence, no window edge crossing the tile), so the
/// softmax may skip the per-element checks.
#[cube]
fn tile_unbounded(d: &AttnDims, rho0: u32, j0: u32, tq: u32, tk: u32, #[comptime] cfg: AttnCfg) -> bool {
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

/// Writes a [rows, D] f32 shared tile (times a per-row factor from `fac`, or 1) to the
/// rows of `dst` that exist (same packing as [`load_tile_v`]).
#[cube]
#[allow(clippy::too_many_arguments)]
fn store_tile<O: IoElem, N: Size>(
    src: &SharedMemory<f32>,
    fac: &SharedMemory<f32>,
    dst: &mut Array<Vector<O::S, N>>,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] scaled: bool,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let pr = row0 + r;
        let tok = pr / g;
        if tok < limit {
            let head = head0 + pr % g;
            let mut f = 1.0f32;
            if comptime!(scaled) {
                f = fac[r as usize];
            }
            let mut val = Vector::<f32, N>::empty();
            #[unroll]
            for j in 0..cfg.v {
                val[j] = src[(r * comptime!(cfg.ds()) as u32 + cv * cfg.v as u32) as usize + j] * f;
            }
            dst[(((start + tok) * hs + head) * per_row + cv) as usize] = O::from_f32(val);
        }
        e += comptime!(cfg.threads) as u32;
    }
}

/// Sets `len` f32 of a shared array to 0.
#[cube]
fn zero_smem(s: &mut SharedMemory<f32>, #[comptime] len: usize, #[comptime] threads: usize) {
    let mut e = UNIT_POS;
    while e < comptime!(len) as u32 {
        s[e as usize] = 0.0f32;
        e += threads as u32;
    }
}

/// One stored element as f32.
#[cube]
fn f32_of<I: IoElem>(x: I::S) -> f32 {
    I::to_f32(Vector::<I::S, Const<1>>::new(x))[0]
}

/// f32 to one stored element.
#[cube]
fn elem_of<I: IoElem>(x: f32) -> I::S {
    I::from_f32(Vector::<f32, Const<1>>::new(x))[0]
}

/// `C (+)= op(A) op(B)` on shared tiles of whole vectors (strides in elements), C f32 [m, n] row-major with stride `cs`.
/// A is [m, k] row-major with stride `as_` (or, `at`, stored [k, m]); B is [k, n]
/// row-major with stride `bs` (or, `bt`, stored [n, k]). Fragment path: each plane owns
/// row strips of `s` rows and walks their fragments 8 at a time (one A fragment per
/// k-step reused across them); FMA path: every unit some outputs.
#[cube]
#[allow(clippy::too_many_arguments)]
fn mm<I: IoElem, N: Size>(
    a: &SharedMemory<Vector<I::S, N>>,
    b: &SharedMemory<Vector<I::S, N>>,
    c: &mut SharedMemory<f32>,
    #[comptime] m: usize,
    #[comptime] n: usize,
    #[comptime] k: usize,
    #[comptime] as_: usize,
    #[comptime] at: bool,
    #[comptime] bs: usize,
    #[comptime] bt: bool,
    #[comptime] cs: usize,
    #[comptime] acc: bool,
    #[comptime] cfg: AttnCfg,
) {
    if comptime!(cfg.s == 0) {
        let total = comptime!(m * n) as u32;
        // A run-time bound (CUBE_DIM / CUBE_DIM is 1) keeps the K loop rolled: unrolled,
        // lavapipe's compile time grows with every kernel.
        let kn = (CUBE_DIM / CUBE_DIM) * k as u32;
        let mut e = UNIT_POS;
        while e < total {
            let i = e / n as u32;
            let j = e % n as u32;
            let mut sum = 0.0f32;
            if comptime!(acc) {
                sum = c[(i * cs as u32 + j) as usize];
            }
            for kk in 0..kn {
                let mut ai = i * as_ as u32 + kk;
                if comptime!(at) {
                    ai = kk * as_ as u32 + i;
                }
                let mut bi = kk * bs as u32 + j;
                if comptime!(bt) {
                    bi = j * bs as u32 + kk;
                }
                let av = a[(ai / cfg.v as u32) as usize];
                let bv = b[(bi / cfg.v as u32) as usize];
                sum += f32_of::<I>(av[(ai % cfg.v as u32) as usize]) * f32_of::<I>(bv[(bi % cfg.v as u32) as usize]);
            }
            c[(i * cs as u32 + j) as usize] = sum;
            e += cfg.threads as u32;
        }
    } else {
        let s = cfg.s;
        let strips = comptime!(m / cfg.s) as u32;
        let planes = comptime!(cfg.threads / PLANE) as u32;
        let chunk = comptime!(if n / cfg.s < 8 { n / cfg.s } else { 8 });
        let chunks = comptime!(n / cfg.s / chunk);
        let la = comptime!(if at { cmma::MatrixLayout::ColMajor } else { cmma::MatrixLayout::RowMajor });
        let lb = comptime!(if bt { cmma::MatrixLayout::ColMajor } else { cmma::MatrixLayout::RowMajor });
        let alen = comptime!((cfg.s - 1) * as_ + cfg.s);
        let blen = comptime!((cfg.s - 1) * bs + cfg.s);
        let clen = comptime!((cfg.s - 1) * cs + cfg.s);
        let mut strip = UNIT_POS / PLANE as u32;
        while strip < strips {
            let r0 = (strip * s as u32) as usize;
            #[unroll]
            for ch in 0..chunks {
                let mut accs = Sequence::<cmma::Matrix<f32>>::new();
                #[unroll]
                for f in 0..chunk {
                    let c0 = r0 * cs + (ch * chunk + f) * s;
                    if comptime!(acc) {
                        let mat = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
                        cmma::load_with_layout(&mat, &c.slice(c0, c0 + clen), cs as u32, cmma::MatrixLayout::RowMajor);
                        accs.push(mat);
                    } else {
                        accs.push(cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32));
                    }
                }
                #[unroll]
                for ks in 0..k / s {
                    // Offsets as one expression: a comptime value reassigned inside a
                    // comptime `if` keeps its first value (CubeCL 0.10), which made the
                    // transposed operands read the untransposed tile.
                    let a0 = r0 * comptime!(if at { 1 } else { as_ }) + comptime!(if at { ks * cfg.s * as_ } else { ks * cfg.s });
                    let fa = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, la, elem_of::<I>(0.0f32));
                    cmma::load(&fa, &a.slice(a0 / cfg.v, (a0 + alen).div_ceil(cfg.v)), as_ as u32);
                    #[unroll]
                    for f in 0..chunk {
                        let b0 = comptime!(if bt { (ch * chunk + f) * cfg.s * bs + ks * cfg.s } else { ks * cfg.s * bs + (ch * chunk + f) * cfg.s });
                        let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, lb, elem_of::<I>(0.0f32));
                        cmma::load(&fb, &b.slice(comptime!(b0 / cfg.v), comptime!((b0 + blen).div_ceil(cfg.v))), bs as u32);
                        let ac = accs.index(f);
                        cmma::execute::<I::S, I::S, f32, f32>(&fa, &fb, ac, ac);
                    }
                }
                #[unroll]
                for f in 0..chunk {
                    let c0 = r0 * cs + (ch * chunk + f) * s;
                    cmma::store(&mut c.slice_mut(c0, c0 + clen), accs.index(f), cs as u32, cmma::MatrixLayout::RowMajor);
                }
            }
            strip += planes;
        }
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
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, &d, b, cfg.varlen);
    let rho0 = CUBE_POS_X * cfg.bq as u32;
    if rho0 >= tq * d.group {
        terminate!();
    }
    let head0 = kvh * d.group;
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
            let mut alpha = 1.0f32;
            if mx > d.neg_inf {
                alpha = 0.0f32;
                if m_old > d.neg_inf {
                    alpha = Exp::exp(m_old - mx);
                }
            }
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
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, &d, b, cfg.varlen);
    let rho0 = CUBE_POS_X * cfg.bq as u32;
    if rho0 >= tq * d.group {
        terminate!();
    }
    let s = cfg.s;
    let head0 = kvh * d.group;
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

/// Barrier around a plane's exchange through shared memory, reached by every unit of the
/// cube: the plane's own (where `take` holds for the plane) where the plane barrier orders
/// shared memory, else the cube's (see [`AttnCfg::plane_sync_orders_smem`]).
#[cube]
fn sync_exchange(take: bool, #[comptime] cfg: AttnCfg) {
    if comptime!(cfg.plane_sync_orders_smem) {
        if take {
            sync_plane();
        }
    } else {
        sync_cube();
    }
}

/// [`load_tile_v`] with `cp.async` (CUDA): each unit's 16-byte vectors of K or V rows
/// copied into the stage at vector offset `base` without passing through registers,
/// zero-filled past `limit`; made visible by the stage's barrier.
#[cube]
#[allow(clippy::too_many_arguments)]
fn load_tile_async<I: IoElem, N: Size>(
    src: &Array<Vector<I::S, N>>,
    dst: &mut SharedMemory<Vector<I::S, N>>,
    base: u32,
    start: u32,
    row0: u32,
    hs: u32,
    head: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let tok = row0 + r;
        let di = base + r * comptime!(cfg.ds() / cfg.v) as u32 + cv;
        let mut si = 0u32;
        let mut len = 0u32;
        if tok < limit {
            si = ((start + tok) * hs + head) * per_row + cv;
            len = 1u32;
        }
        let mut dslice = dst.slice_mut(di as usize, di as usize + 1usize);
        barrier::copy_async_checked(&src.slice(si as usize, (si + len) as usize), &mut dslice, comptime!(cfg.v as u32));
        e += comptime!(cfg.threads) as u32;
    }
}

/// Two adjacent scores of one row (an accumulator vector of [`attn_fwd_reg`], keys `col`
/// and `col + 1`): scaled, or through [`score`] where the tile is not `plain`; and their max.
#[cube]
#[allow(clippy::too_many_arguments)]
fn score_pair<I: IoElem, V: Size>(
    raw: Vector<f32, V>,
    plain: bool,
    d: &AttnDims,
    mask_f: &Array<I::S>,
    mask_b: &Array<u32>,
    b: u32,
    head: u32,
    t: u32,
    col: u32,
    hi: u32,
    tq: u32,
    tk: u32,
    #[comptime] cfg: AttnCfg,
) -> (Vector<f32, V>, f32) {
    let mut x2 = raw;
    let mut mx = d.neg_inf;
    #[unroll]
    for e in 0..2usize {
        let mut x = raw[e] * d.scale;
        if !plain {
            x = d.neg_inf;
            let j = col + e as u32;
            if j < hi {
                let (sc, _cap) = score::<I>(raw[e], d, mask_f, mask_b, b, head, t, j, tq, tk, cfg);
                x = sc;
            }
        }
        x2[e] = x;
        if x > mx {
            mx = x;
        }
    }
    (x2, mx)
}

/// `exp(x - m)` of two scores (0 where masked), rounded into half of an A fragment, and
/// their f32 sum.
#[cube]
fn exp_pair<I: IoElem, V: Size, VA: Size>(x2: Vector<f32, V>, m: f32, neg_inf: f32) -> (Vector<I::S, VA>, f32) {
    let mut p2 = Vector::<I::S, VA>::empty();
    let mut sum = 0.0f32;
    #[unroll]
    for e in 0..2usize {
        let x = x2[e];
        let mut p = 0.0f32;
        if x > neg_inf {
            p = Exp::exp(x - m);
        }
        sum += p;
        p2[e] = elem_of::<I>(p);
    }
    (p2, sum)
}

/// Register-level forward for CUDA's `mma.sync` (m16n8k16, 16-bit operands, f32
/// accumulators): the FlashAttention-2 layout where the score tile never leaves
/// registers. Plane `w` owns query rows `[16 w, 16 w + 16)` of the tile; each lane holds,
/// per 8-key slice, scores of rows `g` and `g + 8` (g = lane / 4) at keys
/// `2 (lane % 4) + {0, 1}`. The online softmax runs on those registers (row max and sum
/// across the 4 lanes of a row by shuffles), the O accumulators are rescaled in
/// registers, and P is converted in place into the A operand of `P V` (an m16n8k16
/// accumulator pair is exactly an A fragment's half). Q fragments are loaded once
/// (`ldmatrix`), K fragments with `ldmatrix`, V with `ldmatrix.trans` from the same
/// row-major shared tiles as [`attn_fwd_mma`]. With `async_kv` the K / V tiles are
/// double-buffered with `cp.async` (the next tile's copies in flight during this tile's
/// math); without, loaded through registers before each tile. Same masks, GQA packing,
/// splits and outputs; needs `bq = bkv = 16 x planes`, D a multiple of 16, 16-byte vectors.
#[cube(launch_unchecked, fast_math = fast_exp_modes(fast))]
#[allow(clippy::too_many_arguments, unused_variables)]
pub fn attn_fwd_reg<I: IoElem, N: Size>(
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
    #[comptime] async_kv: bool,
) {
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, &d, b, cfg.varlen);
    let rho0 = CUBE_POS_X * cfg.bq as u32;
    if rho0 >= tq * d.group {
        terminate!();
    }
    let head0 = kvh * d.group;
    let ds = comptime!(cfg.ds()) as u32;
    let dsv = comptime!(cfg.ds() / cfg.v) as u32;
    let plane = UNIT_POS / PLANE as u32;
    let lane = UNIT_POS % PLANE as u32;
    let g = lane / 4;
    let q4 = lane % 4;
    let r0 = plane * 16u32;
    // Two stages of K and V (cp.async double buffering); the f32 O tile only for the
    // split's partials (otherwise O leaves through a K stage, in the operands' dtype):
    // 70 KB at D 128, 3 cubes per SM, as the 168 registers allow.
    let tile_v = comptime!(cfg.bkv * cfg.ds() / cfg.v) as u32;
    let mut sk = SharedMemory::<Vector<I::S, N>>::new(2 * cfg.bkv * cfg.ds() / cfg.v);
    let mut sv = SharedMemory::<Vector<I::S, N>>::new(2 * cfg.bkv * cfg.ds() / cfg.v);
    let mut so = SharedMemory::<f32>::new(comptime!(if cfg.split { cfg.bq * cfg.ds() } else { 4 }));
    let mut s_a = SharedMemory::<f32>::new(cfg.bq);

    let def = cmma::MmaDefinition::<I::S, I::S, f32>::new(16usize, 8usize, 16usize);
    let size!(VA) = def.vector_size(cmma::MatrixIdent::A);
    let size!(VB) = def.vector_size(cmma::MatrixIdent::B);
    let size!(VC) = def.vector_size(cmma::MatrixIdent::Accumulator);
    let nc = def.vectors_per_lane(cmma::MatrixIdent::Accumulator);
    let na = def.vectors_per_lane(cmma::MatrixIdent::A);

    // Q through the K buffer once (bq == bkv), into A fragments held for the walk:
    // ldmatrix x4, lane l addresses row l % 16, columns (l / 16) * 8 of the k-chunk.
    load_tile_v::<I, N>(q, &mut sk, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, cfg);
    sync_cube();
    let mut fq = Sequence::<Array<Vector<I::S, VA>>>::new();
    #[unroll]
    for kk in 0..comptime!(cfg.d / 16) {
        let off = (r0 + lane % 16) * dsv + comptime!(kk * 16 / cfg.v) as u32 + lane / 16;
        fq.push(def.load_matrix::<Vector<I::S, N>, VA>(&sk.slice(off as usize, off as usize + 1usize), cmma::MatrixIdent::A, 4usize, false));
    }
    let mut fo = Sequence::<Array<Vector<f32, VC>>>::new();
    #[unroll]
    for _ in 0..comptime!(cfg.d / 8) {
        fo.push(zero_acc::<VC>(nc));
    }

    // This lane's two rows (g and g + 8 of the plane's strip).
    let rho_a = rho0 + r0 + g;
    let rho_b = rho_a + 8;
    let t_a = rho_a / d.group;
    let t_b = rho_b / d.group;
    let head_a = head0 + rho_a % d.group;
    let head_b = head0 + rho_b % d.group;
    let mut m_a = d.neg_inf;
    let mut m_b = d.neg_inf;
    // Per-lane partial row sums (the row's 4 lanes share its max, so their partial sums
    // combine once at the end).
    let mut l_a = 0.0f32;
    let mut l_b = 0.0f32;

    let (lo, hi) = tile_keys(&d, rho0, tq, tk, cfg);
    // (Barrier::shared synchronises the cube after its init: Q's fragments are loaded.)
    let bar0 = Barrier::shared(CUBE_DIM, UNIT_POS == 0u32);
    let bar1 = Barrier::shared(CUBE_DIM, UNIT_POS == 0u32);
    if lo < hi && comptime!(async_kv) {
        load_tile_async::<I, N>(k, &mut sk, 0u32, ks, lo, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        load_tile_async::<I, N>(v, &mut sv, 0u32, ks, lo, d.kv_heads, kvh, tk, cfg.bkv, cfg);
        bar0.commit_copy_async();
    }

    let mut j0 = lo;
    let mut stage = 0u32;
    while j0 < hi {
        // The next tile's copies go out before this tile's wait: they overlap its math.
        let next = j0 + cfg.bkv as u32;
        if next < hi && comptime!(async_kv) {
            let nb = (1u32 - stage) * tile_v;
            load_tile_async::<I, N>(k, &mut sk, nb, ks, next, d.kv_heads, kvh, tk, cfg.bkv, cfg);
            load_tile_async::<I, N>(v, &mut sv, nb, ks, next, d.kv_heads, kvh, tk, cfg.bkv, cfg);
            if stage == 0u32 {
                bar1.commit_copy_async();
            } else {
                bar0.commit_copy_async();
            }
        }
        if comptime!(async_kv) {
            if stage == 0u32 {
                bar0.arrive_and_wait();
            } else {
                bar1.arrive_and_wait();
            }
        } else {
            load_tile_v::<I, N>(k, &mut sk, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
            load_tile_v::<I, N>(v, &mut sv, ks, j0, 1u32, d.kv_heads, kvh, tk, cfg.bkv, cfg);
            sync_cube();
        }
        let kb = stage * tile_v;
        // S = Q K^T: B fragments from the row-major K tile (ldmatrix x2, lane l addresses
        // key l % 8 of the slice, columns ((l / 8) % 2) * 8 of the k-chunk).
        let mut sc = Sequence::<Array<Vector<f32, VC>>>::new();
        #[unroll]
        for _ in 0..comptime!(cfg.bkv / 8) {
            sc.push(zero_acc::<VC>(nc));
        }
        #[unroll]
        for kk in 0..comptime!(cfg.d / 16) {
            #[unroll]
            for j in 0..comptime!(cfg.bkv / 8) {
                let off = kb + (comptime!(j * 8) as u32 + lane % 8) * dsv + comptime!(kk * 16 / cfg.v) as u32 + (lane / 8) % 2;
                let fb = def.load_matrix::<Vector<I::S, N>, VB>(&sk.slice(off as usize, off as usize + 1usize), cmma::MatrixIdent::B, 2usize, false);
                def.execute_inplace(fq.index(kk), &fb, sc.index_mut(j));
            }
        }
        // Scores: scaled (and capped, masked where the tile is not wholly visible).
        let plain = j0 + cfg.bkv as u32 <= hi && tile_unbounded(&d, rho0, j0, tq, tk, cfg) && comptime!(!cfg.softcap && cfg.mask == MASK_NONE);
        let mut mx_a = d.neg_inf;
        let mut mx_b = d.neg_inf;
        #[unroll]
        for j in 0..comptime!(cfg.bkv / 8) {
            let acc = sc.index_mut(j);
            let col = j0 + comptime!(j * 8) as u32 + 2 * q4;
            let (xa, ma) = score_pair::<I, VC>(acc[0usize], plain, &d, mask_f, mask_b, b, head_a, t_a, col, hi, tq, tk, cfg);
            let (xb, mb) = score_pair::<I, VC>(acc[1usize], plain, &d, mask_f, mask_b, b, head_b, t_b, col, hi, tq, tk, cfg);
            acc[0usize] = xa;
            acc[1usize] = xb;
            if ma > mx_a {
                mx_a = ma;
            }
            if mb > mx_b {
                mx_b = mb;
            }
        }
        #[unroll]
        for sh in 0..2usize {
            let oa = plane_shuffle_xor(mx_a, comptime!(1u32 << sh));
            let ob = plane_shuffle_xor(mx_b, comptime!(1u32 << sh));
            if oa > mx_a {
                mx_a = oa;
            }
            if ob > mx_b {
                mx_b = ob;
            }
        }
        // New running max; O and the partial sums rescaled in registers.
        let mut alpha_a = 1.0f32;
        let mut alpha_b = 1.0f32;
        if mx_a > m_a {
            if m_a > d.neg_inf {
                alpha_a = Exp::exp(m_a - mx_a);
            }
            m_a = mx_a;
        }
        if mx_b > m_b {
            if m_b > d.neg_inf {
                alpha_b = Exp::exp(m_b - mx_b);
            }
            m_b = mx_b;
        }
        l_a *= alpha_a;
        l_b *= alpha_b;
        #[unroll]
        for f in 0..comptime!(cfg.d / 8) {
            let o = fo.index_mut(f);
            o[0usize] = o[0usize] * Vector::new(alpha_a);
            o[1usize] = o[1usize] * Vector::new(alpha_b);
        }
        // P = exp(S - m), then O += P V: P's A fragment for keys [16 kk, 16 kk + 16) is the
        // accumulator pair of slices 2 kk and 2 kk + 1, rounded to the operands' dtype.
        #[unroll]
        for kk in 0..comptime!(cfg.bkv / 16) {
            let mut pa = Array::<Vector<I::S, VA>>::new(na);
            #[unroll]
            for h in 0..2usize {
                let acc = sc.index(comptime!(kk * 2 + h));
                let (pa0, sa) = exp_pair::<I, VC, VA>(acc[0usize], m_a, d.neg_inf);
                let (pb0, sb) = exp_pair::<I, VC, VA>(acc[1usize], m_b, d.neg_inf);
                l_a += sa;
                l_b += sb;
                pa[h * 2usize] = pa0;
                pa[h * 2usize + 1usize] = pb0;
            }
            #[unroll]
            for f in 0..comptime!(cfg.d / 8) {
                // ldmatrix x2 .trans: lane l addresses key 16 kk + l % 16, columns 8 f.
                let off = kb + (comptime!(kk * 16) as u32 + lane % 16) * dsv + comptime!(f * 8 / cfg.v) as u32;
                let fb = def.load_matrix::<Vector<I::S, N>, VB>(&sv.slice(off as usize, off as usize + 1usize), cmma::MatrixIdent::B, 2usize, true);
                def.execute_inplace(&pa, &fb, fo.index_mut(f));
            }
        }
        // Every plane is done with this stage before the next iteration refills it.
        sync_cube();
        j0 = next;
        if comptime!(async_kv) {
            stage = 1u32 - stage;
        }
    }

    // Row sums across the row's 4 lanes; O / l (0 for rows that saw no key) and the lse.
    #[unroll]
    for sh in 0..2usize {
        l_a += plane_shuffle_xor(l_a, comptime!(1u32 << sh));
        l_b += plane_shuffle_xor(l_b, comptime!(1u32 << sh));
    }
    let (inv_a, ls_a) = row_final(l_a, m_a, d.neg_inf);
    let (inv_b, ls_b) = row_final(l_b, m_b, d.neg_inf);
    if q4 == 0 {
        s_a[(r0 + g) as usize] = inv_a;
        s_a[(r0 + g + 8) as usize] = inv_b;
        write_lse(lse, part_lse, &d, b, head_a, qs, t_a, tq, ls_a, cfg);
        write_lse(lse, part_lse, &d, b, head_b, qs, t_b, tq, ls_b, cfg);
    }
    if comptime!(cfg.split) {
        // The split's partials in f32 through shared memory.
        #[unroll]
        for f in 0..comptime!(cfg.d / 8) {
            let o = fo.index(f);
            #[unroll]
            for r in 0..2usize {
                let x2 = o[r];
                let row = r0 + g + comptime!(r * 8) as u32;
                #[unroll]
                for e in 0..2usize {
                    so[(row * ds + comptime!(f * 8 + e) as u32 + 2 * q4) as usize] = x2[e];
                }
            }
        }
        sync_cube();
        write_partial(&so, &s_a, part_o, &d, qs, tq, rho0, head0, cfg);
    } else {
        // O / l rounded to the operands' dtype into K's first stage: a row's 8 columns of
        // one fragment sit in 4 lanes (2 each); shuffles gather them and the first lane
        // stores the 16-byte vector. (A 2-wide view of the stage was a CubeCL codegen
        // hazard: its pointer casts were declared twice in some generated sources.)
        let base_lane = lane - q4;
        #[unroll]
        for f in 0..comptime!(cfg.d / 8) {
            let o = fo.index(f);
            #[unroll]
            for r in 0..2usize {
                let x2 = o[r];
                let row = r0 + g + comptime!(r * 8) as u32;
                let inv = inv_a * comptime!(if r == 0 { 1.0f32 } else { 0.0f32 }) + inv_b * comptime!(if r == 0 { 0.0f32 } else { 1.0f32 });
                let mut v8 = Vector::<I::S, N>::empty();
                #[unroll]
                for src in 0..4u32 {
                    #[unroll]
                    for e in 0..2usize {
                        let y = plane_shuffle(x2[e] * inv, base_lane + src);
                        v8[comptime!(src as usize * 2 + e)] = elem_of::<I>(y);
                    }
                }
                if q4 == 0u32 {
                    sk[(row * dsv + comptime!(f * 8 / cfg.v) as u32) as usize] = v8;
                }
            }
        }
        sync_cube();
        let per_row = comptime!(cfg.d / cfg.v) as u32;
        let mut e = UNIT_POS;
        while e < comptime!(cfg.bq * cfg.d / cfg.v) as u32 {
            let r = e / per_row;
            let cv = e % per_row;
            let rho = rho0 + r;
            let t = rho / d.group;
            if t < tq {
                let head = head0 + rho % d.group;
                out[(((qs + t) * d.heads + head) * per_row + cv) as usize] = sk[(r * dsv + cv) as usize];
            }
            e += comptime!(cfg.threads) as u32;
        }
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
fn grad_scores<I: IoElem, N: Size>(
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
fn load_row_stats(
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
    let b = CUBE_POS_Y / d.kv_heads;
    let kvh = CUBE_POS_Y % d.kv_heads;
    let (qs, tq, ks, tk) = seq(cu_q, cu_k, &d, b, cfg.varlen);
    let rho0 = CUBE_POS_X * cfg.bq as u32;
    if rho0 >= tq * d.group {
        terminate!();
    }
    let head0 = kvh * d.group;
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
fn tile_queries(d: &AttnDims, j0: u32, tq: u32, tk: u32, #[comptime] cfg: AttnCfg) -> (u32, u32) {
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

/// Writes a [rows, D] shared tile of whole vectors to the rows of `dst` that exist (the
/// packing of [`load_tile_v`], in reverse).
#[cube]
#[allow(clippy::too_many_arguments)]
fn store_tile_v<I: IoElem, N: Size>(
    src: &SharedMemory<Vector<I::S, N>>,
    dst: &mut Array<Vector<I::S, N>>,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let pr = row0 + r;
        let tok = pr / g;
        if tok < limit {
            let head = head0 + pr % g;
            dst[(((start + tok) * hs + head) * per_row + cv) as usize] = src[(r * comptime!(cfg.ds() / cfg.v) as u32 + cv) as usize];
        }
        e += comptime!(cfg.threads) as u32;
    }
}

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
