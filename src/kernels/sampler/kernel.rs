//! `#[cube]` code of the fused token sampler: one cube per row.
//!
//! Every pass recomputes a token's processed logit `l'` (penalties applied) from the
//! logits, so nothing of size V is ever written. Order is decided on `l'` alone (dividing
//! by a positive temperature keeps it), through the 64-bit rank `R = (key(l'), !index)`:
//! descending `R` is the stable descending sort the reference uses (equal logits: lowest
//! index first), and every R is distinct. Masses are `e = exp((l' - max) / T)`.
//!
//! Pass A (one read) gives the row max and argmax, the softmax normaliser and a histogram
//! of the top 11 bits of the keys. From the histogram the kernel bounds the set of tokens
//! that can survive the filters (or be among the top-n log-probs); when that set fits in
//! shared memory (the usual case: top-k of tens to hundreds) one more read gathers it and
//! it is sorted there. Otherwise a general path finds the top-k and top-p cuts exactly by
//! searching R four bits per read, with deterministic reductions (no float atomics).
//! Sampling scans the kept tokens in vocabulary order with one uniform from Philox4x32-10.

use cubecl::prelude::*;

use crate::kernels::block::{cube_inclusive_sum, cube_max, cube_max_u32, cube_min_u32, cube_row, cube_sum, scan_total, MAX_PLANES};
use crate::kernels::io::IoElem;

/// Histogram bins over the top bits of the 32-bit key.
pub const NBINS: u32 = 2048;
/// Key bits below the histogram's bin.
pub const BIN_SHIFT: u32 = 21;
/// Candidates the shared-memory path holds (sorted there with a bitonic network).
pub const CAND_MAX: u32 = 1024;
/// Longest token history per row the penalties accept (sorted in shared memory).
pub const MAX_HIST: u32 = 2048;
/// f32 values per row of the packed parameter array.
pub const PARAMS: u32 = 8;
/// Per-row status codes.
pub const STATUS_OK: u32 = 0;
pub const STATUS_NAN: u32 = 1;
pub const STATUS_ALL_NEG_INF: u32 = 2;
/// Token written for a row that could not be sampled.
pub const NO_TOKEN: u32 = 0xFFFF_FFFF;

const SENTINEL: u32 = 0xFFFF_FFFF;

/// The high half of the 64-bit product, from 16-bit halves (no 64-bit integers needed,
/// so it is the same code on every backend).
#[cube]
pub fn mul_hi(a: u32, b: u32) -> u32 {
    let al = a & 0xFFFFu32;
    let ah = a >> 16u32;
    let bl = b & 0xFFFFu32;
    let bh = b >> 16u32;
    let ll = al * bl;
    let lh = al * bh;
    let hl = ah * bl;
    let hh = ah * bh;
    let mid = (ll >> 16u32) + (lh & 0xFFFFu32) + (hl & 0xFFFFu32);
    hh + (lh >> 16u32) + (hl >> 16u32) + (mid >> 16u32)
}

/// First output word of Philox4x32-10 (Salmon et al. 2011) at counter (c0..c3), key (k0, k1).
#[cube]
pub fn philox_x0(c0: u32, c1: u32, c2: u32, c3: u32, k0: u32, k1: u32) -> u32 {
    let mut x0 = c0;
    let mut x1 = c1;
    let mut x2 = c2;
    let mut x3 = c3;
    let mut a = k0;
    let mut b = k1;
    for _ in 0..10u32 {
        let hi0 = mul_hi(0xD251_1F53u32, x0);
        let lo0 = 0xD251_1F53u32 * x0;
        let hi1 = mul_hi(0xCD9E_8D57u32, x2);
        let lo1 = 0xCD9E_8D57u32 * x2;
        let n0 = hi1 ^ x1 ^ a;
        let n2 = hi0 ^ x3 ^ b;
        x0 = n0;
        x1 = lo1;
        x2 = n2;
        x3 = lo0;
        a += 0x9E37_79B9u32;
        b += 0xBB67_AE85u32;
    }
    x0
}

/// Order-preserving key of an f32 (larger value, larger key); -0 counts as +0.
#[cube]
pub fn key_of(v: f32) -> u32 {
    let mut b = u32::reinterpret(v);
    if b == 0x8000_0000u32 {
        b = 0u32;
    }
    let mut k = b | 0x8000_0000u32;
    if b >= 0x8000_0000u32 {
        k = !b;
    }
    k
}

/// Inverse of [`key_of`].
#[cube]
pub fn value_of(k: u32) -> f32 {
    let mut b = !k;
    if k >= 0x8000_0000u32 {
        b = k & 0x7FFF_FFFFu32;
    }
    f32::reinterpret(b)
}

/// Unnormalised probability `exp((v - m) * inv_t)`; exactly 1 at the max (also for an
/// infinite scale, i.e. temperatures near 0).
#[cube]
pub fn mass(v: f32, m: f32, inv_t: f32) -> f32 {
    let mut e = 1.0f32;
    if v != m {
        e = Exp::exp((v - m) * inv_t);
    }
    e
}

/// Penalties of a token seen `c` times: repetition (divide positive logits, multiply
/// negative ones), then frequency (`c * freq`) and presence (`pres`), as vLLM orders them.
#[cube]
pub fn penalize(x: f32, c: u32, rep: f32, pres: f32, freq: f32) -> f32 {
    let mut v = x;
    if c > 0 {
        if v > 0.0 {
            v = v / rep;
        } else {
            v = v * rep;
        }
        v = v - freq * f32::cast_from(c) - pres;
    }
    v
}

/// Occurrences of token `i` in the sorted history `hs` from position `*p` on, advancing
/// `p` past smaller ids (the callers visit tokens in increasing order). `hs` ends with a
/// sentinel larger than any token id.
#[cube]
fn hist_count(hs: &SharedMemory<u32>, p: u32, i: u32) -> u32 {
    let mut c = 0u32;
    while hs[(p + c) as usize] == i {
        c += 1;
    }
    c
}

#[cube]
fn hist_advance(hs: &SharedMemory<u32>, p: u32, i: u32) -> u32 {
    let mut q = p;
    while hs[q as usize] < i {
        q += 1;
    }
    q
}

/// First position in the sorted history whose id is >= `i` (binary search).
#[cube]
fn hist_lower_bound(hs: &SharedMemory<u32>, n: u32, i: u32) -> u32 {
    let mut lo = 0u32;
    let mut hi = n;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if hs[mid as usize] < i {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Sorts `a[0..n)` ascending (n a power of two) with a bitonic network.
#[cube]
fn bitonic_u32(a: &mut SharedMemory<u32>, n: u32) {
    let mut size = 2u32;
    while size <= n {
        let mut stride = size / 2;
        while stride > 0 {
            sync_cube();
            let mut t = UNIT_POS;
            while t < n / 2 {
                let lo = (t / stride) * stride * 2 + t % stride;
                let hi = lo + stride;
                let up = (lo & size) == 0;
                let x = a[lo as usize];
                let y = a[hi as usize];
                if (y < x) == up && x != y {
                    a[lo as usize] = y;
                    a[hi as usize] = x;
                }
                t += CUBE_DIM;
            }
            stride /= 2;
        }
        size *= 2;
    }
    sync_cube();
}

/// Sorts pairs `(k, x)[0..n)` (n a power of two) by rank: key descending then index
/// ascending, or (`by_index`) by index ascending.
#[cube]
fn bitonic_pairs(k: &mut SharedMemory<u32>, x: &mut SharedMemory<u32>, n: u32, by_index: bool) {
    let mut size = 2u32;
    while size <= n {
        let mut stride = size / 2;
        while stride > 0 {
            sync_cube();
            let mut t = UNIT_POS;
            while t < n / 2 {
                let lo = (t / stride) * stride * 2 + t % stride;
                let hi = lo + stride;
                let up = (lo & size) == 0;
                let ka = k[lo as usize];
                let ia = x[lo as usize];
                let kb = k[hi as usize];
                let ib = x[hi as usize];
                let mut b_first = ib < ia;
                let mut a_first = ia < ib;
                if !by_index {
                    b_first = kb > ka || (kb == ka && ib < ia);
                    a_first = ka > kb || (ka == kb && ia < ib);
                }
                if (up && b_first) || (!up && a_first) {
                    k[lo as usize] = kb;
                    x[lo as usize] = ib;
                    k[hi as usize] = ka;
                    x[hi as usize] = ia;
                }
                t += CUBE_DIM;
            }
            stride /= 2;
        }
        size *= 2;
    }
    sync_cube();
}

/// Smallest power of two >= n (n >= 1).
#[cube]
fn pow2_at_least(n: u32) -> u32 {
    let mut p = 1u32;
    while p < n {
        p *= 2;
    }
    p
}

/// Histogram weight of bin `b`: its count, or (mass mode) a lower bound of its mass, the
/// count times the mass of the bin's smallest value.
#[cube]
fn bin_weight(hist: &SharedMemory<Atomic<u32>>, b: u32, mass_mode: bool, m: f32, inv_t: f32) -> f32 {
    let c = f32::cast_from(hist[b as usize].load());
    let mut w = c;
    if mass_mode {
        let lo = value_of(b << BIN_SHIFT);
        w = 0.0;
        if c > 0.0 && !lo.is_nan() {
            w = c * mass(lo, m, inv_t);
        }
    }
    w
}

/// The bin, walking bins from the top, where the cumulative weight first reaches
/// `target`; bin 0 if it never does (the most inclusive answer).
#[cube]
fn find_cut_bin(
    hist: &SharedMemory<Atomic<u32>>,
    mass_mode: bool,
    m: f32,
    inv_t: f32,
    target: f32,
    scan: &mut SharedMemory<f32>,
    bc: &mut SharedMemory<u32>,
) -> u32 {
    let per = NBINS / CUBE_DIM;
    let q0 = UNIT_POS * per;
    let mut s = 0.0f32;
    for q in q0..q0 + per {
        s += bin_weight(hist, NBINS - 1 - q, mass_mode, m, inv_t);
    }
    let incl = cube_inclusive_sum(s, scan);
    if UNIT_POS == 0 {
        bc[0] = 0u32;
    }
    sync_cube();
    let mut run = incl - s;
    if run < target && incl >= target {
        let mut found = false;
        for q in q0..q0 + per {
            run += bin_weight(hist, NBINS - 1 - q, mass_mode, m, inv_t);
            if !found && run >= target {
                bc[0] = NBINS - 1 - q;
                found = true;
            }
        }
    }
    sync_cube();
    let b = bc[0];
    sync_cube();
    b
}

/// Tokens in bins `>= cut`.
#[cube]
fn count_from_bin(hist: &SharedMemory<Atomic<u32>>, cut: u32) -> u32 {
    let per = NBINS / CUBE_DIM;
    let q0 = UNIT_POS * per;
    let mut s = 0.0f32;
    for b in q0..q0 + per {
        if b >= cut {
            s += f32::cast_from(hist[b as usize].load());
        }
    }
    u32::cast_from(cube_sum(s))
}

/// The fused sampler. `params` is `[rows, PARAMS]` f32 (temperature, top_k, top_p, min_p,
/// repetition, presence, frequency, unused); `hist` is `[rows, hist_stride]`: each row's
/// history length, then its token ids.
/// Outputs: `tokens`, `status` (0 ok, 1 NaN or +inf logit, 2 every logit -inf), the
/// chosen token's log-probability and the top-n (ids, log-probs), all per row.
/// `vocab` is in elements; `max_cand` caps the shared-memory path (0 forces the general
/// path); `lo_skip` is the number of leading hex digits of `vocab - 1` that are zero.
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
    lo_skip: u32,
    #[comptime] has_pen: bool,
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
        let has_filter = comptime!(has_topk || has_topp || has_minp);
        let need_hist = comptime!(has_topk || has_topp || has_minp || want_topn);
        let need_z = comptime!(want_lp || want_topn || has_topp);

        // Shared memory only for what the configuration uses (lavapipe has 32 KiB).
        let mut hs = SharedMemory::<u32>::new(comptime!(if has_pen { (MAX_HIST + 1) as usize } else { 1usize }));
        let hist_bins = SharedMemory::<Atomic<u32>>::new(comptime!(if need_hist { (NBINS + 1) as usize } else { 1usize }));
        let mut ck = SharedMemory::<u32>::new(comptime!(if need_hist { CAND_MAX as usize } else { 1usize }));
        let mut ci = SharedMemory::<u32>::new(comptime!(if need_hist { CAND_MAX as usize } else { 1usize }));
        let mut scan = SharedMemory::<f32>::new(MAX_PLANES);
        let mut bc = SharedMemory::<u32>::new(4usize);

        // History: sorted ids with a sentinel after the last.
        let mut hn = 0u32;
        if comptime!(has_pen) {
            let hb = row * hist_stride as usize;
            hn = u32::cast_from(hist[hb]);
            let n2 = pow2_at_least(hn);
            let mut t = UNIT_POS;
            while t <= n2 {
                let mut v = 0xFFFF_FFFFu32;
                if t < hn {
                    v = u32::cast_from(hist[hb + 1 + t as usize]);
                }
                hs[t as usize] = v;
                t += CUBE_DIM;
            }
            bitonic_u32(&mut hs, n2);
        }
        if comptime!(need_hist) {
            let mut t = UNIT_POS;
            while t <= NBINS {
                hist_bins[t as usize].store(0u32);
                t += CUBE_DIM;
            }
            sync_cube();
        }

        // ---- Pass A: max, argmax (lowest index), normaliser, NaN, histogram.
        let mut mu = f32::reinterpret(0xFF80_0000u32);
        let mut arg = 0xFFFF_FFFFu32;
        let mut z = 0.0f32;
        let mut bad = 0u32;
        let mut hp = 0u32;
        let mut c = UNIT_POS as usize;
        while c < nvec {
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
                if v.is_nan() || k == 0xFF80_0000u32 {
                    bad = 1u32;
                }
                if comptime!(need_hist) {
                    hist_bins[(k >> BIN_SHIFT) as usize].fetch_add(1u32);
                }
                if v > mu {
                    if comptime!(need_z) {
                        z = z * mass(mu, v, inv_t) + 1.0;
                    }
                    mu = v;
                    arg = i;
                } else if comptime!(need_z) {
                    // -inf (and NaN) tokens have no mass.
                    if v > f32::reinterpret(0xFF80_0000u32) {
                        z += mass(v, mu, inv_t);
                    }
                }
            }
            c += CUBE_DIM as usize;
        }
        let m = cube_max(mu);
        let mut best = 0xFFFF_FFFFu32;
        if mu == m {
            best = arg;
        }
        let argmax = cube_min_u32(best);
        let any_bad = cube_max_u32(bad);
        let mut zt = 0.0f32;
        if comptime!(need_z) {
            let mut zu = 0.0f32;
            if mu == m {
                zu = z;
            } else if z > 0.0 {
                zu = z * mass(mu, m, inv_t);
            }
            zt = cube_sum(zu);
        }
        let mut st = 0u32;
        if any_bad > 0 {
            st = STATUS_NAN;
        } else if m == f32::reinterpret(0xFF80_0000u32) {
            st = STATUS_ALL_NEG_INF;
        }

        if st != STATUS_OK {
            if UNIT_POS == 0 {
                status[row] = st;
                tokens[row] = NO_TOKEN;
                if comptime!(want_lp) {
                    logprob[row] = f32::reinterpret(0x7FC0_0000u32);
                }
            }
            if comptime!(want_topn) {
                let mut t = UNIT_POS;
                while t < n_top {
                    top_ids[row * n_top as usize + t as usize] = NO_TOKEN;
                    top_lp[row * n_top as usize + t as usize] = f32::reinterpret(0x7FC0_0000u32);
                    t += CUBE_DIM;
                }
            }
        } else {
            let ln_z = Log::ln(zt);
            let sampling = !greedy;
            let filtering = sampling && has_filter;
            let mut token = argmax;
            let mut tok_val = m;
            // Kept set of the general path: R >= (floor_hi, floor_lo) (and e >= min_p).
            let mut floor_hi = 0u32;
            let mut floor_lo = 0u32;
            let mut sampled = false;
            let mut fast = true;
            let mut cut = 0u32;

            if filtering || comptime!(want_topn) {
                // Bound the tokens that can be kept (or listed) from the histogram.
                let mut bound_set = false;
                if filtering {
                    if comptime!(has_topk) {
                        cut = find_cut_bin(&hist_bins, false, m, inv_t, f32::cast_from(top_k), &mut scan, &mut bc);
                        bound_set = true;
                    } else if comptime!(has_topp) {
                        if top_p < 1.0 {
                            cut = find_cut_bin(&hist_bins, true, m, inv_t, top_p * zt, &mut scan, &mut bc);
                            if cut > 0 {
                                cut -= 1;
                            }
                            bound_set = true;
                        }
                    }
                    if comptime!(has_minp && !has_topp) {
                        if min_p > 0.0 {
                            // e >= min_p  <=>  l' >= m + T ln(min_p); one bin of margin.
                            let thr = m + temperature * Log::ln(min_p);
                            let mut b = key_of(thr) >> BIN_SHIFT;
                            if b > 0 {
                                b -= 1;
                            }
                            if !bound_set || b > cut {
                                cut = b;
                            }
                        }
                    }
                }
                if comptime!(want_topn) {
                    let bn = find_cut_bin(&hist_bins, false, m, inv_t, f32::cast_from(n_top), &mut scan, &mut bc);
                    if bn < cut || !filtering {
                        cut = bn;
                    }
                }
                let need = count_from_bin(&hist_bins, cut);
                fast = need <= max_cand;

                if fast {
                    // ---- Pass B: gather the candidates, sort them by rank.
                    let n2 = pow2_at_least(need);
                    if UNIT_POS == 0 {
                        hist_bins[NBINS as usize].store(0u32);
                    }
                    let mut t = UNIT_POS;
                    while t < n2 {
                        ck[t as usize] = 0u32;
                        ci[t as usize] = SENTINEL;
                        t += CUBE_DIM;
                    }
                    sync_cube();
                    let ckey = cut << BIN_SHIFT;
                    let mut hp = 0u32;
                    let mut c = UNIT_POS as usize;
                    while c < nvec {
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
                            if k >= ckey {
                                let slot = hist_bins[NBINS as usize].fetch_add(1u32);
                                ck[slot as usize] = k;
                                ci[slot as usize] = i;
                            }
                        }
                        c += CUBE_DIM as usize;
                    }
                    bitonic_pairs(&mut ck, &mut ci, n2, false);

                    if comptime!(want_topn) {
                        let mut t = UNIT_POS;
                        while t < n_top {
                            let o = row * n_top as usize + t as usize;
                            top_ids[o] = ci[t as usize];
                            top_lp[o] = (value_of(ck[t as usize]) - m) * inv_t - ln_z;
                            t += CUBE_DIM;
                        }
                    }

                    if filtering {
                        // Kept tokens are a prefix of the sorted candidates: its length.
                        let mut len = need;
                        if comptime!(has_topk) {
                            if top_k < len {
                                len = top_k;
                            }
                        }
                        let per = len.div_ceil(CUBE_DIM);
                        let p0 = UNIT_POS * per;
                        let mut p1 = p0 + per;
                        if p1 > len {
                            p1 = len;
                        }
                        if comptime!(has_topp) {
                            if top_p < 1.0 {
                                let mut s = 0.0f32;
                                for q in p0..p1 {
                                    s += mass(value_of(ck[q as usize]), m, inv_t);
                                }
                                let incl = cube_inclusive_sum(s, &mut scan);
                                let mut zk = zt;
                                if comptime!(has_topk) {
                                    zk = scan_total(&scan);
                                }
                                let target = top_p * zk;
                                // Keep a token while the mass strictly before it is < target.
                                let mut run = incl - s;
                                let mut cnt = 0.0f32;
                                for q in p0..p1 {
                                    if run < target {
                                        cnt += 1.0;
                                    }
                                    run += mass(value_of(ck[q as usize]), m, inv_t);
                                }
                                let kept = u32::cast_from(cube_sum(cnt));
                                if kept < len {
                                    len = kept;
                                }
                            }
                        }
                        if comptime!(has_minp) {
                            let mut cnt = 0.0f32;
                            for q in p0..p1 {
                                if q < len && mass(value_of(ck[q as usize]), m, inv_t) >= min_p {
                                    cnt += 1.0;
                                }
                            }
                            let kept = u32::cast_from(cube_sum(cnt));
                            if kept < len {
                                len = kept;
                            }
                        }
                        if len < 1 {
                            len = 1;
                        }
                        // Re-sort the kept prefix by index, then scan it in vocabulary order.
                        sync_cube();
                        let l2 = pow2_at_least(len);
                        let mut t = len + UNIT_POS;
                        while t < l2 {
                            ck[t as usize] = 0u32;
                            ci[t as usize] = SENTINEL;
                            t += CUBE_DIM;
                        }
                        bitonic_pairs(&mut ck, &mut ci, l2, true);
                        let u = f32::cast_from(philox_x0(step_lo, step_hi, row as u32, 0u32, seed_lo, seed_hi) >> 8u32) * 5.9604645e-8f32;
                        let per = len.div_ceil(CUBE_DIM);
                        let p0 = UNIT_POS * per;
                        let mut p1 = p0 + per;
                        if p1 > len {
                            p1 = len;
                        }
                        let mut s = 0.0f32;
                        let mut last = 0xFFFF_FFFFu32;
                        for q in p0..p1 {
                            let e = mass(value_of(ck[q as usize]), m, inv_t);
                            s += e;
                            if e > 0.0 {
                                last = q;
                            }
                        }
                        let incl = cube_inclusive_sum(s, &mut scan);
                        let total = scan_total(&scan);
                        let target = u * total;
                        if UNIT_POS == 0 {
                            bc[1] = SENTINEL;
                        }
                        sync_cube();
                        let mut run = incl - s;
                        if run <= target && incl > target {
                            let mut found = false;
                            for q in p0..p1 {
                                run += mass(value_of(ck[q as usize]), m, inv_t);
                                if !found && run > target {
                                    bc[1] = q;
                                    found = true;
                                }
                            }
                        }
                        let mut lastv = 0u32;
                        if last != SENTINEL {
                            lastv = last + 1;
                        }
                        let lastq = cube_max_u32(lastv);
                        let mut q = bc[1];
                        if q == SENTINEL {
                            // u * total rounded up to the total: the last kept token.
                            q = lastq - 1;
                        }
                        token = ci[q as usize];
                        tok_val = value_of(ck[q as usize]);
                        sampled = true;
                        sync_cube();
                    }
                }
            }

            if !fast {
                // ---- General path: exact cuts by a 4-bit-per-read search over R.
                if filtering {
                    if comptime!(has_topk) {
                        general_cut::<I, N>(
                            logits, base, nvec, &hs, rep, pres, freq, m, inv_t, false, f32::cast_from(top_k), 0u32, 0u32, lo_skip, has_pen, &mut bc,
                        );
                        floor_hi = bc[2];
                        floor_lo = bc[3];
                        sync_cube();
                    }
                    if comptime!(has_topp) {
                        if top_p < 1.0 {
                            let mut zk = zt;
                            if comptime!(has_topk) {
                                zk = kept_mass::<I, N>(logits, base, nvec, &hs, rep, pres, freq, m, inv_t, floor_hi, floor_lo, has_pen);
                            }
                            general_cut::<I, N>(
                                logits, base, nvec, &hs, rep, pres, freq, m, inv_t, true, top_p * zk, floor_hi, floor_lo, lo_skip, has_pen, &mut bc,
                            );
                            let ph = bc[2];
                            let pl = bc[3];
                            sync_cube();
                            if ph > floor_hi || (ph == floor_hi && pl > floor_lo) {
                                floor_hi = ph;
                                floor_lo = pl;
                            }
                        }
                    }
                }
                if comptime!(want_topn) {
                    general_cut::<I, N>(logits, base, nvec, &hs, rep, pres, freq, m, inv_t, false, f32::cast_from(n_top), 0u32, 0u32, lo_skip, has_pen, &mut bc);
                    let th = bc[2];
                    let tl = bc[3];
                    if UNIT_POS == 0 {
                        hist_bins[NBINS as usize].store(0u32);
                    }
                    let n2 = pow2_at_least(n_top);
                    let mut t = UNIT_POS;
                    while t < n2 {
                        ck[t as usize] = 0u32;
                        ci[t as usize] = SENTINEL;
                        t += CUBE_DIM;
                    }
                    sync_cube();
                    let mut hp = 0u32;
                    let mut c = UNIT_POS as usize;
                    while c < nvec {
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
                            if k > th || (k == th && !i >= tl) {
                                let slot = hist_bins[NBINS as usize].fetch_add(1u32);
                                if slot < n2 {
                                    ck[slot as usize] = k;
                                    ci[slot as usize] = i;
                                }
                            }
                        }
                        c += CUBE_DIM as usize;
                    }
                    bitonic_pairs(&mut ck, &mut ci, n2, false);
                    let mut t = UNIT_POS;
                    while t < n_top {
                        let o = row * n_top as usize + t as usize;
                        top_ids[o] = ci[t as usize];
                        top_lp[o] = (value_of(ck[t as usize]) - m) * inv_t - ln_z;
                        t += CUBE_DIM;
                    }
                    sync_cube();
                }
            }

            if sampling && !sampled {
                // ---- Ordered scan over the vocabulary: unit u takes a contiguous run of
                // vectors, so the inclusive prefix is in index order.
                let u = f32::cast_from(philox_x0(step_lo, step_hi, row as u32, 0u32, seed_lo, seed_hi) >> 8u32) * 5.9604645e-8f32;
                let per = nvec.div_ceil(CUBE_DIM as usize);
                let v0 = UNIT_POS as usize * per;
                let mut v1 = v0 + per;
                if v1 > nvec {
                    v1 = nvec;
                }
                let mut hp0 = 0u32;
                if comptime!(has_pen) {
                    hp0 = hist_lower_bound(&hs, hn, (v0 * N::value()) as u32);
                }
                let mut s = 0.0f32;
                let mut last = 0xFFFF_FFFFu32;
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
                        let e = kept_weight(v, i, m, inv_t, floor_hi, floor_lo, min_p, has_minp);
                        s += e;
                        if e > 0.0 {
                            last = i;
                        }
                    }
                }
                let incl = cube_inclusive_sum(s, &mut scan);
                let total = scan_total(&scan);
                let target = u * total;
                if UNIT_POS == 0 {
                    bc[0] = SENTINEL;
                }
                sync_cube();
                let mut run = incl - s;
                if run <= target && incl > target {
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
                            run += kept_weight(v, i, m, inv_t, floor_hi, floor_lo, min_p, has_minp);
                            if !found && run > target {
                                bc[0] = i;
                                found = true;
                            }
                        }
                    }
                }
                let mut lastv = 0u32;
                if last != SENTINEL {
                    lastv = last + 1;
                }
                let lastq = cube_max_u32(lastv);
                token = bc[0];
                if token == SENTINEL {
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

/// Mass of a token for the ordered scan: 0 unless its rank is >= the floor (and, with
/// min-p, its mass >= min_p).
#[cube]
fn kept_weight(v: f32, i: u32, m: f32, inv_t: f32, floor_hi: u32, floor_lo: u32, min_p: f32, #[comptime] minp: bool) -> f32 {
    let k = key_of(v);
    let mut e = 0.0f32;
    if k > floor_hi || (k == floor_hi && !i >= floor_lo) {
        e = mass(v, m, inv_t);
        if comptime!(minp) {
            if e < min_p {
                e = 0.0;
            }
        }
    }
    e
}

/// Sum of masses of tokens with rank >= floor (deterministic cube reduction).
#[cube]
#[allow(clippy::too_many_arguments)]
fn kept_mass<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    m: f32,
    inv_t: f32,
    floor_hi: u32,
    floor_lo: u32,
    #[comptime] has_pen: bool,
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
            s += kept_weight(v, i, m, inv_t, floor_hi, floor_lo, 0.0, false);
        }
        c += CUBE_DIM as usize;
    }
    cube_sum(s)
}

/// Exact cut in rank order: the largest rank R* such that the weight of tokens with
/// rank >= R* reaches `target` (weight 1 per token, or its mass when `mass_mode`, counting
/// only ranks >= floor). Found four bits of R per read, most significant first; the 16
/// bins of a read are reduced deterministically. Writes R* to `out[2]` (key) and `out[3]`
/// (!index). If the target is never reached the most inclusive digit is taken.
#[cube]
#[allow(clippy::too_many_arguments)]
#[allow(unused_assignments)]
fn general_cut<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    m: f32,
    inv_t: f32,
    mass_mode: bool,
    target: f32,
    floor_hi: u32,
    floor_lo: u32,
    lo_skip: u32,
    #[comptime] has_pen: bool,
    out: &mut SharedMemory<u32>,
) {
    let mut ph = 0u32;
    let mut pl = 0u32;
    let mut above = 0.0f32;
    let mut done = false;
    let mut level = 0u32;
    while level < 16 && !done {
        if level >= 8 && level - 8 < lo_skip {
            // Leading digits of !index that are 15 for every token.
            pl |= 15u32 << (28 - 4 * (level - 8));
        } else {
            let mut acc = Array::<f32>::new(16usize);
            #[unroll]
            for d in 0..16usize {
                acc[d] = 0.0;
            }
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
                    let lo = !i;
                    let mut matched = true;
                    let mut d = 0u32;
                    if level < 8 {
                        if level > 0 {
                            let sh = 32 - 4 * level;
                            matched = (k >> sh) == (ph >> sh);
                        }
                        d = (k >> (28 - 4 * level)) & 15u32;
                    } else {
                        matched = k == ph;
                        if level > 8 {
                            let sh = 32 - 4 * (level - 8);
                            matched = matched && (lo >> sh) == (pl >> sh);
                        }
                        d = (lo >> (28 - 4 * (level - 8))) & 15u32;
                    }
                    if matched {
                        let mut w = 1.0f32;
                        if mass_mode {
                            w = 0.0;
                            if k > floor_hi || (k == floor_hi && lo >= floor_lo) {
                                w = mass(v, m, inv_t);
                            }
                        }
                        #[unroll]
                        for b in 0..16u32 {
                            if d == b {
                                acc[b as usize] += w;
                            }
                        }
                    }
                }
                c += CUBE_DIM as usize;
            }
            let mut tot = Array::<f32>::new(16usize);
            #[unroll]
            for b in 0..16usize {
                tot[b] = cube_sum(acc[b]);
            }
            // Largest digit whose cumulative weight (from the top) reaches the target.
            let mut ge = 0.0f32;
            let mut chosen = 0u32;
            let mut found = false;
            let mut above_new = 0.0f32;
            let mut exact = false;
            #[unroll]
            for r in 0..16u32 {
                let b = 15 - r;
                let prev = ge;
                ge += tot[b as usize];
                if !found && above + ge >= target {
                    chosen = b;
                    found = true;
                    above_new = above + prev;
                    exact = above + ge == target;
                }
            }
            if !found {
                chosen = 0u32;
                above_new = above + ge - tot[0];
            }
            above = above_new;
            if level < 8 {
                ph |= chosen << (28 - 4 * level);
            } else {
                pl |= chosen << (28 - 4 * (level - 8));
            }
            // The target is met exactly at this bin's lower boundary: the lower bits of
            // the cut are zero.
            done = exact;
        }
        level += 1;
    }
    sync_cube();
    if UNIT_POS == 0 {
        out[2] = ph;
        out[3] = pl;
    }
    sync_cube();
}
