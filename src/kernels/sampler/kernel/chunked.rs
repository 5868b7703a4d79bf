//! The chunked path, for top-k with k <= `MAX_CHUNKS / 2` and greedy rows: each row is
//! split into chunks of one cube each, so even one row fills the GPU, and the logits are
//! read about twice instead of about 12 times. Four launches:
//!
//! 1. `chunk_stats` (one cube per chunk): each chunk's max, argmax, normaliser and NaN
//!    flag.
//! 2. `chunk_threshold` (one cube per row): the key `t` of the k-th largest chunk max; at
//!    least k tokens are `>= t`, so the row's top-k is among them.
//! 3. `chunk_candidates` (one cube per chunk): the chunk's tokens `>= t`, written to
//!    places of its own (only chunks whose max reaches `t` read their logits again).
//! 4. `sample_chunked` (one cube per row, no logits read): the row's statistics from its
//!    chunks, its candidates sorted by rank, top-k, top-p, min-p and the draw.
//!
//! Without top-k only 1 and 4 run (greedy rows need only the row's max and argmax).
//!
//! A row with too many candidates (a chunk over its places, or more than `CAND_MAX` in
//! all) gets `STATUS_PENDING`, and the row kernel, launched after, samples it: the result
//! is always exact.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

use crate::kernels::block::{cube_max, cube_max_u32, cube_min_u32, cube_row, MAX_PLANES};
use crate::kernels::io::IoElem;

use super::cut::{prefix_cut, span_mass};
use super::history::{hist_advance, hist_count, load_hist, penalize};
use super::keys::{key_of, mass, value_of};
use super::rng::uniform;
use super::scan::{block_sum, cube_scan, scan_excl, unit_span};
use super::sort::{bitonic_pairs, pow2_at_least};
use super::stats::{row_stats, row_status, write_bad_row};
use super::{CAND_MAX, FINISH_CUBE, MAX_CHUNKS, MAX_CUBE, MAX_HIST, PARAMS, SENTINEL, STATUS_OK, STATUS_PENDING};

/// The row of a chunked-path cube (chunks along x, rows folded over y and z: wgpu caps
/// each axis at 65535 cubes).
#[cube]
fn chunk_row() -> usize {
    CUBE_POS_Z as usize * CUBE_COUNT_Y as usize + CUBE_POS_Y as usize
}

/// Chunked path, step 1 (one cube per `chunk_vecs` vectors of a row): the chunk's max,
/// its lowest index, its normaliser relative to its max, and its NaN / +inf flag, to
/// `stats_f[(row, chunk)] = (max, sum)` and `stats_u[(row, chunk)] = (argmax, bad)`.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn chunk_stats<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    params: &Array<f32>,
    hist: &Array<i32>,
    stats_f: &mut Array<f32>,
    stats_u: &mut Array<u32>,
    rows: u32,
    vocab: u32,
    hist_stride: u32,
    chunk_vecs: u32,
    chunks: u32,
    neg_inf: f32,
    #[comptime] has_pen: bool,
    #[comptime] want_z: bool,
) {
    let row = chunk_row();
    if row < rows as usize {
        let pb = row * PARAMS as usize;
        let temperature = params[pb];
        let mut inv_t = 1.0f32;
        if temperature != 0.0 {
            inv_t = 1.0f32 / temperature;
        }
        let rep = params[pb + 4];
        let pres = params[pb + 5];
        let freq = params[pb + 6];
        let nvec = (vocab as usize) / N::value();
        let v0 = CUBE_POS_X as usize * chunk_vecs as usize;
        let mut v1 = v0 + chunk_vecs as usize;
        if v1 > nvec {
            v1 = nvec;
        }
        let mut hs = SharedMemory::<u32>::new(comptime!(if has_pen { (MAX_HIST + 1) as usize } else { 1usize }));
        let mut red = SharedMemory::<f32>::new(MAX_PLANES);
        if comptime!(has_pen) {
            load_hist(hist, row * hist_stride as usize, (v0 * N::value()) as u32, (v1 * N::value()) as u32, &mut hs);
        }
        let (m, argmax, any_bad, z) = row_stats::<I, N>(logits, row * nvec, v0, v1, &hs, rep, pres, freq, inv_t, neg_inf, &mut red, has_pen, want_z);
        if UNIT_POS == 0 {
            let o = (row * chunks as usize + CUBE_POS_X as usize) * 2;
            stats_f[o] = m;
            stats_f[o + 1] = z;
            stats_u[o] = argmax;
            stats_u[o + 1] = any_bad;
        }
    }
}

/// Chunked path, step 2 (one cube per row): the row's threshold, the key of the k-th
/// largest chunk max, k = max(top-k, top-n log-probs) (0: none, k > chunks). At least k
/// tokens (those maxima) are `>= t`, so the row's top-k is among the tokens `>= t`; with
/// k <= chunks / 2 they are few (about 1.2 k for iid logits). Done once per row: ranking
/// the maxima in every chunk's cube instead (O(chunks^2) each) was several times slower
/// at 256 chunks (bench/results/2026-11-26-h100-sampler-lora/tuning-sampler.md).
#[cube(launch_unchecked)]
pub fn chunk_threshold(params: &Array<f32>, stats_f: &Array<f32>, thresh: &mut Array<u32>, rows: u32, chunks: u32, n_top: u32) {
    let row = cube_row();
    if row < rows as usize {
        let mut top_k = u32::cast_from(params[row * PARAMS as usize + 1]);
        if n_top > top_k {
            top_k = n_top;
        }
        let mut ck = SharedMemory::<u32>::new(MAX_CHUNKS as usize);
        let mut ci = SharedMemory::<u32>::new(MAX_CHUNKS as usize);
        let n2 = pow2_at_least(chunks);
        let mut j = UNIT_POS;
        while j < n2 {
            let mut k = 0u32;
            if j < chunks {
                k = key_of(stats_f[(row * chunks as usize + j as usize) * 2]);
            }
            ck[j as usize] = k;
            ci[j as usize] = j;
            j += CUBE_DIM;
        }
        bitonic_pairs(&mut ck, &mut ci, n2, false);
        if UNIT_POS == 0 {
            let mut t = 0u32;
            if top_k >= 1 && top_k <= chunks {
                t = ck[(top_k - 1) as usize];
            }
            thresh[row] = t;
        }
    }
}

/// Chunked path, step 3 (one cube per chunk): each chunk writes its tokens `>= t` (key,
/// index) to `slots` places of its own and their count; a count above `slots` (or no
/// threshold) tells the finishing kernel to leave the row to the row kernel.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn chunk_candidates<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    params: &Array<f32>,
    hist: &Array<i32>,
    stats_f: &Array<f32>,
    thresh: &Array<u32>,
    cand_k: &mut Array<u32>,
    cand_i: &mut Array<u32>,
    counts: &mut Array<u32>,
    rows: u32,
    vocab: u32,
    hist_stride: u32,
    chunk_vecs: u32,
    chunks: u32,
    slots: u32,
    #[comptime] has_pen: bool,
) {
    let row = chunk_row();
    if row < rows as usize {
        let pb = row * PARAMS as usize;
        let rep = params[pb + 4];
        let pres = params[pb + 5];
        let freq = params[pb + 6];
        let nvec = (vocab as usize) / N::value();
        let chunk = CUBE_POS_X;
        let mut buf = SharedMemory::<f32>::new(MAX_CUBE as usize);
        let mut hs = SharedMemory::<u32>::new(comptime!(if has_pen { (MAX_HIST + 1) as usize } else { 1usize }));
        let t = thresh[row];
        let mine = key_of(stats_f[(row * chunks as usize + chunk as usize) * 2]);
        let out = row * chunks as usize + chunk as usize;
        if t == 0u32 {
            if UNIT_POS == 0 {
                counts[out] = slots + 1;
            }
        } else if mine < t {
            if UNIT_POS == 0 {
                counts[out] = 0u32;
            }
        } else {
            let v0 = chunk as usize * chunk_vecs as usize;
            let mut v1 = v0 + chunk_vecs as usize;
            if v1 > nvec {
                v1 = nvec;
            }
            if comptime!(has_pen) {
                load_hist(hist, row * hist_stride as usize, (v0 * N::value()) as u32, (v1 * N::value()) as u32, &mut hs);
            }
            let base = row * nvec;
            let mut cnt = 0.0f32;
            let mut hp = 0u32;
            let mut c = v0 + UNIT_POS as usize;
            while c < v1 {
                let xv = I::to_f32(logits[base + c]);
                #[unroll]
                for j in 0..xv.size() {
                    let mut v = xv[j];
                    if comptime!(has_pen) {
                        let i = (c * N::value() + j) as u32;
                        hp = hist_advance(&hs, hp, i);
                        v = penalize(v, hist_count(&hs, hp, i), rep, pres, freq);
                    }
                    if key_of(v) >= t {
                        cnt += 1.0;
                    }
                }
                c += CUBE_DIM as usize;
            }
            let incl = cube_scan(cnt, &mut buf);
            let total = u32::cast_from(buf[(CUBE_DIM - 1) as usize]);
            let mut slot = u32::cast_from(incl - cnt);
            let so = out * slots as usize;
            let mut hp = 0u32;
            let mut c = v0 + UNIT_POS as usize;
            // Only units that saw a candidate read their vectors again (few of them).
            if cnt == 0.0 {
                c = v1;
            }
            while c < v1 && slot < slots {
                let xv = I::to_f32(logits[base + c]);
                #[unroll]
                for j in 0..xv.size() {
                    let i = (c * N::value() + j) as u32;
                    let mut v = xv[j];
                    if comptime!(has_pen) {
                        hp = hist_advance(&hs, hp, i);
                        v = penalize(v, hist_count(&hs, hp, i), rep, pres, freq);
                    }
                    let k = key_of(v);
                    if k >= t {
                        if slot < slots {
                            cand_k[so + slot as usize] = k;
                            cand_i[so + slot as usize] = i;
                        }
                        slot += 1;
                    }
                }
                c += CUBE_DIM as usize;
            }
            if UNIT_POS == 0 {
                counts[out] = total;
            }
        }
    }
}

/// Chunked path, step 4 (one cube of [`FINISH_CUBE`] units per row; reads no logits): the
/// row's max, argmax and normaliser from the chunk statistics; bad rows and greedy rows
/// are finished here. Other rows gather their candidates (`>= t`, at most [`CAND_MAX`]),
/// sort them by rank, and apply top-k, top-p and min-p as a prefix, then draw in
/// vocabulary order (the candidates re-sorted by index) with the same Philox uniform as
/// the row kernel. Rows it cannot finish (too many candidates) get [`STATUS_PENDING`].
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn sample_chunked(
    params: &Array<f32>,
    stats_f: &Array<f32>,
    stats_u: &Array<u32>,
    cand_k: &Array<u32>,
    cand_i: &Array<u32>,
    counts: &Array<u32>,
    tokens: &mut Array<u32>,
    status: &mut Array<u32>,
    logprob: &mut Array<f32>,
    top_ids: &mut Array<u32>,
    top_lp: &mut Array<f32>,
    rows: u32,
    chunks: u32,
    slots: u32,
    seed_lo: u32,
    seed_hi: u32,
    step_lo: u32,
    step_hi: u32,
    n_top: u32,
    neg_inf: f32,
    nan: f32,
    #[comptime] has_topk: bool,
    #[comptime] has_topp: bool,
    #[comptime] has_minp: bool,
    #[comptime] want_lp: bool,
    #[comptime] want_topn: bool,
) {
    let row = cube_row();
    if row < rows as usize {
        let pb = row * PARAMS as usize;
        let temperature = params[pb];
        let top_k = u32::cast_from(params[pb + 1]);
        let top_p = params[pb + 2];
        let min_p = params[pb + 3];
        let greedy = temperature == 0.0;
        let mut inv_t = 1.0f32;
        if !greedy {
            inv_t = 1.0f32 / temperature;
        }
        let mut ck = SharedMemory::<u32>::new(comptime!(if has_topk { CAND_MAX as usize } else { 1usize }));
        let mut ci = SharedMemory::<u32>::new(comptime!(if has_topk { CAND_MAX as usize } else { 1usize }));
        let mut scan = SharedMemory::<f32>::new(FINISH_CUBE as usize);
        let mut red = SharedMemory::<f32>::new(MAX_PLANES);
        let mut bc = SharedMemory::<u32>::new(1usize);

        // The row's statistics from its chunks.
        let sb = row * chunks as usize;
        let mut mu = neg_inf;
        let mut arg = 0xFFFF_FFFFu32;
        let mut bad = 0u32;
        let mut j = UNIT_POS;
        while j < chunks {
            let o = (sb + j as usize) * 2;
            let mj = stats_f[o];
            let aj = stats_u[o];
            if mj > mu || (mj == mu && aj < arg) {
                mu = mj;
                arg = aj;
            }
            if stats_u[o + 1] > bad {
                bad = stats_u[o + 1];
            }
            j += CUBE_DIM;
        }
        let m = cube_max(mu);
        let mut best = 0xFFFF_FFFFu32;
        if mu == m {
            best = arg;
        }
        let argmax = cube_min_u32(best);
        let any_bad = cube_max_u32(bad);
        let mut zt = 0.0f32;
        if comptime!(want_lp || want_topn) {
            let mut zu = 0.0f32;
            let mut j = UNIT_POS;
            while j < chunks {
                let o = (sb + j as usize) * 2;
                let mj = stats_f[o];
                if mj > neg_inf {
                    zu += stats_f[o + 1] * mass(mj, m, inv_t);
                }
                j += CUBE_DIM;
            }
            zt = block_sum(zu, &mut red);
        }
        let st = row_status(any_bad, m, neg_inf);
        if st != STATUS_OK {
            write_bad_row(row, st, n_top, nan, status, tokens, logprob, top_ids, top_lp, want_lp, want_topn);
        } else {
            let ln_z = Log::ln(zt);
            // Candidates: every token >= the row's threshold, sorted by rank.
            let mut ok = false;
            let mut total = 0u32;
            if comptime!(has_topk) {
                // Each unit a contiguous run of chunks, so slots follow chunk order.
                let (j0, j1) = unit_span(chunks);
                let mut cnt = 0u32;
                let mut over = 0u32;
                for j in j0..j1 {
                    let cj = counts[sb + j as usize];
                    if cj > slots {
                        over = 1u32;
                    }
                    cnt += cj;
                }
                let any_over = cube_max_u32(over);
                let incl = cube_scan(f32::cast_from(cnt), &mut scan);
                total = u32::cast_from(scan[(CUBE_DIM - 1) as usize]);
                let mut need = 0u32;
                if !greedy {
                    need = top_k;
                }
                if comptime!(want_topn) {
                    if n_top > need {
                        need = n_top;
                    }
                }
                ok = any_over == 0 && total <= CAND_MAX && total >= need && total > 0;
                if ok {
                    let n2 = pow2_at_least(total);
                    let mut t = total + UNIT_POS;
                    while t < n2 {
                        ck[t as usize] = 0u32;
                        ci[t as usize] = SENTINEL;
                        t += CUBE_DIM;
                    }
                    let mut at = u32::cast_from(incl) - cnt;
                    for j in j0..j1 {
                        let cj = counts[sb + j as usize];
                        let src = (sb + j as usize) * slots as usize;
                        for q in 0..cj {
                            ck[(at + q) as usize] = cand_k[src + q as usize];
                            ci[(at + q) as usize] = cand_i[src + q as usize];
                        }
                        at += cj;
                    }
                    bitonic_pairs(&mut ck, &mut ci, n2, false);
                }
            }
            let mut pending = !greedy && !ok;
            if comptime!(want_topn) {
                pending = pending || !ok;
            }
            if pending {
                if UNIT_POS == 0 {
                    status[row] = STATUS_PENDING;
                }
            } else {
                let mut token = argmax;
                let mut tok_val = m;
                if comptime!(want_topn) {
                    let mut t = UNIT_POS;
                    while t < n_top {
                        let o = row * n_top as usize + t as usize;
                        top_ids[o] = ci[t as usize];
                        top_lp[o] = (value_of(ck[t as usize]) - m) * inv_t - ln_z;
                        t += CUBE_DIM;
                    }
                }
                if comptime!(has_topk) {
                    if !greedy {
                        let mut kc = top_k;
                        if kc > total {
                            kc = total;
                        }
                        let len = prefix_cut(&ck, kc, m, inv_t, top_p, min_p, &mut scan, &mut red, has_topp, has_minp);
                        // The kept prefix in vocabulary order, for the draw.
                        let n2 = pow2_at_least(len);
                        sync_cube();
                        let mut t = len + UNIT_POS;
                        while t < n2 {
                            ck[t as usize] = 0u32;
                            ci[t as usize] = SENTINEL;
                            t += CUBE_DIM;
                        }
                        bitonic_pairs(&mut ck, &mut ci, n2, true);
                        let u = uniform(step_lo, step_hi, row as u32, seed_lo, seed_hi);
                        let (p0, p1) = unit_span(len);
                        let incl = cube_scan(span_mass(&ck, p0, p1, m, inv_t), &mut scan);
                        let excl = scan_excl(&scan);
                        let target = u * scan[(CUBE_DIM - 1) as usize];
                        if UNIT_POS == 0 {
                            // u * total rounded up to the total: the last kept token.
                            bc[0] = len - 1;
                        }
                        sync_cube();
                        if excl <= target && incl > target {
                            let mut run = excl;
                            let mut found = false;
                            for q in p0..p1 {
                                run += mass(value_of(ck[q as usize]), m, inv_t);
                                if !found && run > target {
                                    bc[0] = q;
                                    found = true;
                                }
                            }
                            if !found {
                                bc[0] = p1 - 1;
                            }
                        }
                        sync_cube();
                        let pos = bc[0];
                        token = ci[pos as usize];
                        tok_val = value_of(ck[pos as usize]);
                    }
                }
                if UNIT_POS == 0 {
                    status[row] = STATUS_OK;
                    tokens[row] = token;
                    if comptime!(want_lp) {
                        logprob[row] = (tok_val - m) * inv_t - ln_z;
                    }
                }
            }
        }
    }
}
