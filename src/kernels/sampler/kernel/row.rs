//! The row kernel: one cube per row, for every configuration, and the chunked path's
//! fallback for the rows it leaves pending.
//!
//! Every pass re-reads the row (mostly from L2) and recomputes the processed logits.
//! Pass A (one read, `row_stats`) gives the row max, argmax, the softmax normaliser and
//! the NaN / +inf flag. Top-k (and the top-n log-probs) find the exact floor of the k-th
//! rank by radix select (`select_count`: over the key, then over the index only when
//! tokens tie on the cut key). Top-p with at most `max_cand` top-k survivors gathers them
//! into shared memory (`gather_sorted`: slots from a prefix sum, no atomics; bitonic sort)
//! and keeps a prefix (`prefix_cut`: top-p, min-p); otherwise a mass-weighted radix
//! select over the key finds the cut, and ties on the cut key are resolved by the index
//! search. The draw is one ordered scan of the kept masses in vocabulary order with one
//! uniform from Philox4x32-10.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

use crate::kernels::block::{cube_max_u32, cube_row, MAX_PLANES};
use crate::kernels::io::IoElem;

use super::cut::prefix_cut;
use super::history::{hist_advance, hist_count, hist_lower_bound, load_hist, penalize};
use super::keys::{at_or_above, key_of, mass, value_of};
use super::rng::uniform;
use super::scan::{block_sum, cube_scan, scan_excl};
use super::select::{select_count, select_index, select_key, BUCKETS};
use super::sort::{bitonic_pairs, pow2_at_least};
use super::stats::{row_stats, row_status, write_bad_row};
use super::{CAND_MAX, MAX_CUBE, MAX_HIST, PARAMS, SENTINEL, STATUS_OK, STATUS_PENDING};

/// The row kernel, one cube per row (with `after_chunked`, only the rows the chunked path
/// left at `STATUS_PENDING`). `params` is `[rows, PARAMS]` f32 (temperature, top_k,
/// top_p, min_p, repetition, presence, frequency, unused); `hist` is `[rows, hist_stride]`:
/// each row's history length, then its token ids.
/// Outputs: `tokens`, `status` (`STATUS_OK`, `STATUS_NAN`: a NaN or +inf logit,
/// `STATUS_ALL_NEG_INF`), the chosen token's log-probability and the top-n (ids,
/// log-probs), all per row.
/// `vocab` is in elements; top-p runs on the sorted top-k candidates in shared memory
/// when top-k keeps at most `max_cand` tokens, else by a search over the row.
/// `neg_inf` and `nan` come as arguments (CubeCL's C++ dialects print non-finite
/// constants in a form nvcc rejects).
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn sample<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    params: &Array<f32>,
    hist: &Array<i32>,
    tokens: &mut Array<u32>,
    status: &mut Array<u32>,
    logprob: &mut Array<f32>,
    top_ids: &mut Array<u32>,
    top_lp: &mut Array<f32>,
    rows: u32,
    vocab: u32,
    hist_stride: u32,
    seed_lo: u32,
    seed_hi: u32,
    step_lo: u32,
    step_hi: u32,
    n_top: u32,
    max_cand: u32,
    neg_inf: f32,
    nan: f32,
    #[comptime] has_pen: bool,
    #[comptime] has_topk: bool,
    #[comptime] has_topp: bool,
    #[comptime] has_minp: bool,
    #[comptime] want_lp: bool,
    #[comptime] want_topn: bool,
    #[comptime] after_chunked: bool,
) {
    let row = cube_row();
    let mut todo = row < rows as usize;
    if comptime!(after_chunked) {
        // Rows the chunked path finished are left alone.
        if todo {
            todo = status[row] == STATUS_PENDING;
        }
    }
    if todo {
        let pb = row * PARAMS as usize;
        let temperature = params[pb];
        let top_k = u32::cast_from(params[pb + 1]);
        let top_p = params[pb + 2];
        let min_p = params[pb + 3];
        let rep = params[pb + 4];
        let pres = params[pb + 5];
        let freq = params[pb + 6];
        let greedy = temperature == 0.0;
        let mut inv_t = 1.0f32;
        if !greedy {
            inv_t = 1.0f32 / temperature;
        }
        let nvec = (vocab as usize) / N::value();
        let base = row * nvec;
        let need_cand = comptime!(has_topk || has_topp || want_topn);

        // Shared memory only for what the configuration uses (lavapipe has 32 KiB).
        let mut hs = SharedMemory::<u32>::new(comptime!(if has_pen { (MAX_HIST + 1) as usize } else { 1usize }));
        let mut ck = SharedMemory::<u32>::new(comptime!(if need_cand { CAND_MAX as usize } else { 1usize }));
        let mut ci = SharedMemory::<u32>::new(comptime!(if need_cand { CAND_MAX as usize } else { 1usize }));
        let mut scan = SharedMemory::<f32>::new(MAX_CUBE as usize);
        let mut bc = SharedMemory::<u32>::new(4usize);
        let mut tots = SharedMemory::<f32>::new(BUCKETS as usize);
        let mut red = SharedMemory::<f32>::new(MAX_PLANES);

        // History: the row's ids (sorted on the host) with a sentinel after the last.
        let mut hn = 0u32;
        if comptime!(has_pen) {
            let hb = row * hist_stride as usize;
            hn = load_hist(hist, hb, 0u32, vocab, &mut hs);
        }

        // ---- Pass A: max, argmax (lowest index), normaliser, NaN / +inf.
        let (m, argmax, any_bad, zt) = row_stats::<I, N>(logits, base, 0usize, nvec, &hs, rep, pres, freq, inv_t, neg_inf, &mut red, has_pen, true);
        let st = row_status(any_bad, m, neg_inf);
        if st != STATUS_OK {
            write_bad_row(row, st, n_top, nan, status, tokens, logprob, top_ids, top_lp, want_lp, want_topn);
        } else {
            let ln_z = Log::ln(zt);
            let mut token = argmax;
            let mut tok_val = m;

            // ---- Top-n log-probs: exact cut, gather, sort.
            if comptime!(want_topn) {
                select_count::<I, N>(logits, base, nvec, &hs, rep, pres, freq, n_top, vocab, &mut bc, &mut tots, &mut red, has_pen);
                let tk = bc[2];
                let ti = bc[3];
                sync_cube();
                gather_sorted::<I, N>(logits, base, nvec, &hs, rep, pres, freq, tk, ti, n_top, &mut ck, &mut ci, &mut scan, has_pen);
                let mut t = UNIT_POS;
                while t < n_top {
                    let o = row * n_top as usize + t as usize;
                    top_ids[o] = ci[t as usize];
                    top_lp[o] = (value_of(ck[t as usize]) - m) * inv_t - ln_z;
                    t += CUBE_DIM;
                }
                sync_cube();
            }

            if !greedy {
                // Kept set: ranks at or above the floor (fk, fi), and with min-p in the
                // large path, mass >= min_p.
                let mut fk = 0u32;
                let mut fi = 0xFFFF_FFFFu32;
                let mut kc = vocab;
                let mut minp_in_scan = false;
                if comptime!(has_topk) {
                    if top_k < vocab {
                        select_count::<I, N>(logits, base, nvec, &hs, rep, pres, freq, top_k, vocab, &mut bc, &mut tots, &mut red, has_pen);
                        fk = bc[2];
                        fi = bc[3];
                        kc = top_k;
                        sync_cube();
                    }
                }
                if comptime!(has_minp) {
                    minp_in_scan = true;
                }
                if comptime!(has_topp) {
                    if top_p < 1.0 {
                        if kc <= max_cand {
                            // ---- Small path: the kc candidates sorted in shared memory;
                            // top-p and min-p keep a prefix of them.
                            gather_sorted::<I, N>(logits, base, nvec, &hs, rep, pres, freq, fk, fi, kc, &mut ck, &mut ci, &mut scan, has_pen);
                            let len = prefix_cut(&ck, kc, m, inv_t, top_p, min_p, &mut scan, &mut red, true, has_minp);
                            fk = ck[(len - 1) as usize];
                            fi = ci[(len - 1) as usize];
                            minp_in_scan = false;
                            sync_cube();
                        } else {
                            // ---- Large path: exact mass cut by a search over the row.
                            let mut zk = zt;
                            if kc < vocab {
                                zk = floor_sum::<I, N>(logits, base, nvec, &hs, rep, pres, freq, m, inv_t, fk, fi, 0u32, &mut red, has_pen, false);
                            }
                            let target = top_p * zk;
                            select_key::<I, N>(logits, base, nvec, &hs, rep, pres, freq, m, inv_t, target, fk, fi, &mut bc, &mut tots, &mut red, has_pen, true);
                            let pk = bc[2];
                            let above = f32::reinterpret(bc[3]);
                            sync_cube();
                            if pk > fk {
                                let nk = ties_kept(target, above, pk, m, inv_t);
                                let g = u32::cast_from(floor_sum::<I, N>(logits, base, nvec, &hs, rep, pres, freq, m, inv_t, fk, fi, pk, &mut red, has_pen, true));
                                let mut pi = 0xFFFF_FFFFu32;
                                if nk < g {
                                    select_index::<I, N>(logits, base, nvec, &hs, rep, pres, freq, pk, 0xFFFF_FFFFu32, nk, vocab, &mut bc, &mut tots, &mut red, has_pen);
                                    pi = bc[3];
                                    sync_cube();
                                }
                                fk = pk;
                                fi = pi;
                            } else if pk == fk && pk != 0u32 {
                                let nk = ties_kept(target, above, pk, m, inv_t);
                                let g = u32::cast_from(floor_sum::<I, N>(logits, base, nvec, &hs, rep, pres, freq, m, inv_t, fk, fi, pk, &mut red, has_pen, true));
                                if nk < g {
                                    select_index::<I, N>(logits, base, nvec, &hs, rep, pres, freq, pk, fi, nk, vocab, &mut bc, &mut tots, &mut red, has_pen);
                                    fi = bc[3];
                                    sync_cube();
                                }
                            }
                        }
                    }
                }

                // ---- Draw: ordered scan over the vocabulary; unit u takes a contiguous
                // run of vectors, so the inclusive prefix is in index order.
                let u = uniform(step_lo, step_hi, row as u32, seed_lo, seed_hi);
                let per = nvec.div_ceil(CUBE_DIM as usize);
                let mut v0 = UNIT_POS as usize * per;
                if v0 > nvec {
                    v0 = nvec;
                }
                let mut v1 = v0 + per;
                if v1 > nvec {
                    v1 = nvec;
                }
                let mut hp0 = 0u32;
                if comptime!(has_pen) {
                    hp0 = hist_lower_bound(&hs, hn, (v0 * N::value()) as u32);
                }
                let mut s = 0.0f32;
                let mut last = 0u32;
                let mut hp = hp0;
                for c in v0..v1 {
                    let xv = I::to_f32(logits[base + c]);
                    #[unroll]
                    for j in 0..xv.size() {
                        let i = (c * N::value() + j) as u32;
                        let mut v = xv[j];
                        if comptime!(has_pen) {
                            hp = hist_advance(&hs, hp, i);
                            v = penalize(v, hist_count(&hs, hp, i), rep, pres, freq);
                        }
                        let mut e = kept_weight(v, i, m, inv_t, fk, fi, min_p, false);
                        if comptime!(has_minp) {
                            if minp_in_scan && e < min_p {
                                e = 0.0;
                            }
                        }
                        s += e;
                        if e > 0.0 {
                            last = i + 1;
                        }
                    }
                }
                let incl = cube_scan(s, &mut scan);
                let excl = scan_excl(&scan);
                let total = scan[(CUBE_DIM - 1) as usize];
                let target = u * total;
                if UNIT_POS == 0 {
                    bc[0] = SENTINEL;
                }
                sync_cube();
                let mut run = excl;
                if excl <= target && incl > target {
                    let mut found = false;
                    let mut hp = hp0;
                    for c in v0..v1 {
                        let xv = I::to_f32(logits[base + c]);
                        #[unroll]
                        for j in 0..xv.size() {
                            let i = (c * N::value() + j) as u32;
                            let mut v = xv[j];
                            if comptime!(has_pen) {
                                hp = hist_advance(&hs, hp, i);
                                v = penalize(v, hist_count(&hs, hp, i), rep, pres, freq);
                            }
                            let mut e = kept_weight(v, i, m, inv_t, fk, fi, min_p, false);
                            if comptime!(has_minp) {
                                if minp_in_scan && e < min_p {
                                    e = 0.0;
                                }
                            }
                            run += e;
                            if !found && run > target {
                                bc[0] = i;
                                found = true;
                            }
                        }
                    }
                    if !found && last > 0 {
                        // Rounding left the target past this unit's own sum.
                        bc[0] = last - 1;
                    }
                }
                let lastq = cube_max_u32(last);
                token = bc[0];
                if token == SENTINEL {
                    // u * total rounded up to the total: the last kept token.
                    token = lastq - 1;
                }
                sync_cube();
                // The chosen token's logit, for its log-probability.
                if comptime!(want_lp) {
                    if UNIT_POS == 0 {
                        let xv = I::to_f32(logits[base + (token as usize) / N::value()]);
                        let mut v = 0.0f32;
                        #[unroll]
                        for j in 0..xv.size() {
                            if j == (token as usize) % N::value() {
                                v = xv[j];
                            }
                        }
                        if comptime!(has_pen) {
                            let p = hist_lower_bound(&hs, hn, token);
                            v = penalize(v, hist_count(&hs, p, token), rep, pres, freq);
                        }
                        tok_val = v;
                    }
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

/// How many tokens of the cut key `pk` top-p keeps: they all have the same mass `e`, and
/// in index order each is kept while the mass before it (`above` from larger keys, then
/// its predecessors of key `pk`) is < `target`: `ceil((target - above) / e)`, at least 1,
/// capped at 2^24 (more than any vocabulary).
#[cube]
fn ties_kept(target: f32, above: f32, pk: u32, m: f32, inv_t: f32) -> u32 {
    let e = mass(value_of(pk), m, inv_t);
    let r = (target - above) / e;
    let mut nk = 0x0100_0000u32;
    if r < 16777216.0 {
        nk = u32::cast_from(r);
        if f32::cast_from(nk) < r {
            nk += 1;
        }
    }
    if nk < 1 {
        nk = 1;
    }
    nk
}

/// Sum of the masses (or, `count`, the number) of tokens at or above the floor whose key
/// is at least `kmin` (deterministic cube reduction).
#[cube]
#[allow(clippy::too_many_arguments)]
fn floor_sum<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    m: f32,
    inv_t: f32,
    fk: u32,
    fi: u32,
    only_key: u32,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
    #[comptime] count: bool,
) -> f32 {
    let mut s = 0.0f32;
    let mut hp = 0u32;
    let mut c = UNIT_POS as usize;
    while c < nvec {
        let xv = I::to_f32(logits[base + c]);
        #[unroll]
        for j in 0..xv.size() {
            let i = (c * N::value() + j) as u32;
            let mut v = xv[j];
            if comptime!(has_pen) {
                hp = hist_advance(hs, hp, i);
                v = penalize(v, hist_count(hs, hp, i), rep, pres, freq);
            }
            let k = key_of(v);
            if at_or_above(k, i, fk, fi) {
                if comptime!(count) {
                    if k == only_key {
                        s += 1.0;
                    }
                } else {
                    s += mass(v, m, inv_t);
                }
            }
        }
        c += CUBE_DIM as usize;
    }
    block_sum(s, red)
}

/// Mass of a token in the draw: 0 unless its rank is at or above the floor (and, with
/// min-p, its mass >= min_p).
#[cube]
fn kept_weight(v: f32, i: u32, m: f32, inv_t: f32, fk: u32, fi: u32, min_p: f32, #[comptime] minp: bool) -> f32 {
    let mut e = 0.0f32;
    if at_or_above(key_of(v), i, fk, fi) {
        e = mass(v, m, inv_t);
        if comptime!(minp) {
            if e < min_p {
                e = 0.0;
            }
        }
    }
    e
}

/// Gathers the tokens at or above the floor `(fk, fi)` (exactly `n <= CAND_MAX` of them)
/// into `ck`/`ci` (slots from a prefix sum of per-unit counts, no atomics) and sorts them
/// by rank (best first). Ends with a barrier.
#[cube]
#[allow(clippy::too_many_arguments)]
fn gather_sorted<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    fk: u32,
    fi: u32,
    n: u32,
    ck: &mut SharedMemory<u32>,
    ci: &mut SharedMemory<u32>,
    buf: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
) {
    let n2 = pow2_at_least(n);
    sync_cube();
    let mut t = UNIT_POS;
    while t < n2 {
        ck[t as usize] = 0u32;
        ci[t as usize] = SENTINEL;
        t += CUBE_DIM;
    }
    let mut cnt = 0.0f32;
    let mut hp = 0u32;
    let mut c = UNIT_POS as usize;
    while c < nvec {
        let xv = I::to_f32(logits[base + c]);
        #[unroll]
        for j in 0..xv.size() {
            let i = (c * N::value() + j) as u32;
            let mut v = xv[j];
            if comptime!(has_pen) {
                hp = hist_advance(hs, hp, i);
                v = penalize(v, hist_count(hs, hp, i), rep, pres, freq);
            }
            if at_or_above(key_of(v), i, fk, fi) {
                cnt += 1.0;
            }
        }
        c += CUBE_DIM as usize;
    }
    let incl = cube_scan(cnt, buf);
    let mut slot = u32::cast_from(incl - cnt);
    let mut hp = 0u32;
    let mut c = UNIT_POS as usize;
    while c < nvec {
        let xv = I::to_f32(logits[base + c]);
        #[unroll]
        for j in 0..xv.size() {
            let i = (c * N::value() + j) as u32;
            let mut v = xv[j];
            if comptime!(has_pen) {
                hp = hist_advance(hs, hp, i);
                v = penalize(v, hist_count(hs, hp, i), rep, pres, freq);
            }
            let k = key_of(v);
            if at_or_above(k, i, fk, fi) {
                if slot < n {
                    ck[slot as usize] = k;
                    ci[slot as usize] = i;
                }
                slot += 1;
            }
        }
        c += CUBE_DIM as usize;
    }
    bitonic_pairs(ck, ci, n2, false);
}
