//! Register-level forward for CUDA ([`attn_fwd_reg`]): `mma.sync` m16n8k16 with
//! `ldmatrix` through CubeCL's `MmaDefinition`, so the scores, the softmax and P never
//! leave registers; K / V optionally double-buffered with `cp.async`.
//!
//! CUDA only: CubeCL 0.10 offers register-level `mma` on no other backend
//! ([`DeviceInfo::register_mma`](crate::context::DeviceInfo)), and `cp.async` is CUDA's. CI
//! compiles it with nvcc (sm_90); the developers run it on an H100. On CUDA it is the
//! default forward for 16-bit types at D a multiple of 16 up to 128 (see `super::plan`).

use cubecl::prelude::barrier::Barrier;
use cubecl::prelude::*;

use super::common::{elem_of, query_tile, row_final, score, tile_keys, tile_unbounded, write_lse, AttnCfg, AttnDims, MASK_NONE, PLANE, QueryTile};
use super::tile::{load_tile_v, write_partial};
use crate::kernels::fast_exp_modes;
use crate::kernels::io::IoElem;

/// A register accumulator of `n` zero vectors (the register-level kernels' S and O).
#[cube]
pub(crate) fn zero_acc<V: Size>(#[comptime] n: usize) -> Array<Vector<f32, V>> {
    let mut acc = Array::<Vector<f32, V>>::new(n);
    #[unroll]
    for i in 0..n {
        acc[i] = Vector::new(0.0f32);
    }
    acc
}

/// [`load_tile_v`] with `cp.async` (CUDA): each unit's 16-byte vectors of K or V rows
/// copied into the stage at vector offset `base` without passing through registers,
/// zero-filled past `limit`; made visible by the stage's barrier.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn load_tile_async<I: IoElem, N: Size>(
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
pub(crate) fn score_pair<I: IoElem, V: Size>(
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
pub(crate) fn exp_pair<I: IoElem, V: Size, VA: Size>(x2: Vector<f32, V>, m: f32, neg_inf: f32) -> (Vector<I::S, VA>, f32) {
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
    let QueryTile { b, kvh, qs, tq, ks, tk, rho0, head0 } = query_tile(cu_q, cu_k, &d, cfg);
    let ds = comptime!(cfg.ds()) as u32;
    let dsv = comptime!(cfg.ds() / cfg.v) as u32;
    let plane = UNIT_POS / PLANE as u32;
    let lane = UNIT_POS % PLANE as u32;
    let g = lane / 4;
    let q4 = lane % 4;
    let r0 = plane * 16u32;
    // Two stages of K and V (cp.async double buffering); the f32 O tile only for the
    // split's partials (otherwise O leaves through a K stage, in the operands' dtype):
    // 70 KB at D 128, so shared memory admits as many cubes per SM as the kernel's
    // registers do (3 on the H100: bench/results/2026-11-26-h100-fa2-register-lora-library).
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
