//! `#[cube]` code of the fused token sampler: the row kernel (`sample`, one cube per
//! row) and the chunked path (`chunk_stats`, `chunk_candidates`, `sample_chunked`; see
//! the module docs of `sampler`). Below, the row kernel.
//!
//! Every pass recomputes a token's processed logit `l'` (penalties applied) from the
//! logits, so nothing of size V is ever written. Order is decided on `l'` alone (dividing
//! by a positive temperature keeps it), through the rank `(key(l'), index)`: key
//! descending, then index ascending, is the stable descending sort the reference uses
//! (equal logits: lowest index first). A kept set is always "ranks at or above a floor
//! `(fk, fi)`". Masses are `e = exp((l' - max) / T)`.
//!
//! Pass A (one read) gives the row max, argmax, the softmax normaliser and the NaN / +inf
//! flag. Top-k (and the top-n log-probs) find the exact floor of the k-th rank by a radix
//! search over the key, 4 bits per read with deterministic cube reductions (16 digit
//! counts per read), then over the index only when tokens tie on the cut key. Top-p with
//! at most `max_cand` top-k survivors gathers them into shared memory (slots from a prefix
//! sum, no atomics), sorts them (bitonic) and keeps a prefix (top-p, min-p); otherwise a
//! mass-weighted radix search over the key finds the cut, and ties on the cut key are
//! resolved by the index search. The draw is one ordered scan of the kept masses in
//! vocabulary order with one uniform from Philox4x32-10.
//!
//! Lavapipe notes: no shared-memory atomics, plane scans or local arrays are used (they
//! gave wrong results there), and every reduction shares one scratch array (helpers that
//! allocate shared memory add a new array per inlined call, which overflowed 32 KiB and
//! made the launch silently not run).

use cubecl::prelude::*;

use crate::kernels::block::{cube_max, cube_max_u32, cube_min_u32, cube_row, MAX_PLANES};
use crate::kernels::io::IoElem;

/// Most units per cube (sizes the shared scan buffer).
pub const MAX_CUBE: u32 = 1024;
/// Most chunks per row on the chunked path (the finishing kernel gives each a unit).
pub const MAX_CHUNKS: u32 = 256;
/// Units of the finishing kernel of the chunked path (and of the threshold kernel). Its
/// work is ~100 barriers over ~100 candidates, so two warps rather than eight: with 64
/// (and the other changes of that round) B64 went from 0.064 to 0.051 ms on the H100.
pub const FINISH_CUBE: u32 = 64;
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
/// Internal: the chunked path left this row to the row kernel.
pub const STATUS_PENDING: u32 = 3;
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

/// Sum of `v` over the cube, returned to all units, through the caller's `red` scratch
/// (at least [`MAX_PLANES`] long). Unlike `cube_sum` it allocates no shared memory of its
/// own: every inlined call of a helper that allocates adds its own array to the kernel's
/// shared memory, which overflowed lavapipe's 32 KiB (the launch then silently did not
/// run). Starts with a barrier; deterministic (plane sums, then planes in order).
#[cube]
fn block_sum(v: f32, red: &mut SharedMemory<f32>) -> f32 {
    let s = plane_sum(v);
    let planes = CUBE_DIM.div_ceil(PLANE_DIM);
    sync_cube();
    if UNIT_POS % PLANE_DIM == 0 {
        red[(UNIT_POS / PLANE_DIM) as usize] = s;
    }
    sync_cube();
    let mut total = 0.0f32;
    for q in 0..planes {
        total += red[q as usize];
    }
    total
}

/// Rank `(k, i)` is at or above the floor `(fk, fi)`: key larger, or equal key and index
/// at most `fi` (the rank order is key descending, then index ascending).
#[cube]
fn at_or_above(k: u32, i: u32, fk: u32, fi: u32) -> bool {
    k > fk || (k == fk && i <= fi)
}

/// Inclusive prefix sum of `v` over the units in `UNIT_POS` order (Hillis-Steele in
/// shared memory; `buf` holds at least `CUBE_DIM` values). Afterwards `buf[u]` is unit
/// `u`'s inclusive value until the next call (which starts with a barrier). Ends with a
/// barrier.
#[cube]
fn cube_scan(v: f32, buf: &mut SharedMemory<f32>) -> f32 {
    sync_cube();
    buf[UNIT_POS as usize] = v;
    let mut x = v;
    let mut off = 1u32;
    while off < CUBE_DIM {
        sync_cube();
        let mut add = 0.0f32;
        if UNIT_POS >= off {
            add = buf[(UNIT_POS - off) as usize];
        }
        sync_cube();
        x += add;
        buf[UNIT_POS as usize] = x;
        off *= 2;
    }
    sync_cube();
    x
}

/// The exclusive prefix of the last [`cube_scan`] for this unit.
#[cube]
fn scan_excl(buf: &SharedMemory<f32>) -> f32 {
    let mut e = 0.0f32;
    if UNIT_POS > 0 {
        e = buf[(UNIT_POS - 1) as usize];
    }
    e
}

/// Picks a digit from 16 weights: from the top (`from_top`), the largest digit where
/// `above` plus the weight of digits >= it reaches `target`; else the smallest digit where
/// the weight of digits <= it reaches `target`. Returns (digit, weight strictly before it
/// in walk order, found).
#[cube]
fn pick_digit(tots: &SharedMemory<f32>, above: f32, target: f32, #[comptime] from_top: bool) -> (u32, f32, bool) {
    let mut ge = 0.0f32;
    let mut chosen = 0u32;
    let mut found = false;
    let mut before = 0.0f32;
    for r in 0..16u32 {
        let mut b = r;
        if comptime!(from_top) {
            b = 15u32 - r;
        }
        let prev = ge;
        ge += tots[b as usize];
        if !found && above + ge >= target {
            chosen = b;
            found = true;
            before = prev;
        }
    }
    (chosen, before, found)
}

/// Cut in rank order over the tokens at or above the floor `(fk, fi)`, four bits of the key
/// per read with deterministic reductions (no atomics): the key `K` where the weight of
/// tokens (1 each, or their mass when `mass_mode`) from the top first reaches `target`.
/// Writes `K` to `bc[2]` (0 when the target is never reached), the weight of tokens with
/// a larger key to `bc[3]` and the weight of key `K` to `bc[1]` (both as f32 bits).
#[cube]
#[allow(clippy::too_many_arguments)]
fn select_key<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    m: f32,
    inv_t: f32,
    target: f32,
    fk: u32,
    fi: u32,
    bc: &mut SharedMemory<u32>,
    tots: &mut SharedMemory<f32>,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
    #[comptime] mass_mode: bool,
) {
    let mut pk = 0u32;
    let mut above = 0.0f32;
    let mut group = 0.0f32;
    let mut missed = false;
    let mut pass = 0u32;
    while pass < 8 && !missed {
        let sh = 28 - 4 * pass;
        let mut mask = 0u32;
        if pass > 0 {
            mask = 0xFFFF_FFFFu32 << (sh + 4);
        }
        let mut a0 = 0.0f32;
        let mut a1 = 0.0f32;
        let mut a2 = 0.0f32;
        let mut a3 = 0.0f32;
        let mut a4 = 0.0f32;
        let mut a5 = 0.0f32;
        let mut a6 = 0.0f32;
        let mut a7 = 0.0f32;
        let mut a8 = 0.0f32;
        let mut a9 = 0.0f32;
        let mut a10 = 0.0f32;
        let mut a11 = 0.0f32;
        let mut a12 = 0.0f32;
        let mut a13 = 0.0f32;
        let mut a14 = 0.0f32;
        let mut a15 = 0.0f32;
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
                if (k & mask) == pk && at_or_above(k, i, fk, fi) {
                    let mut w = 1.0f32;
                    if comptime!(mass_mode) {
                        w = mass(v, m, inv_t);
                    }
                    let d = (k >> sh) & 15u32;
                    if d == 0u32 {
                        a0 += w;
                    } else if d == 1u32 {
                        a1 += w;
                    } else if d == 2u32 {
                        a2 += w;
                    } else if d == 3u32 {
                        a3 += w;
                    } else if d == 4u32 {
                        a4 += w;
                    } else if d == 5u32 {
                        a5 += w;
                    } else if d == 6u32 {
                        a6 += w;
                    } else if d == 7u32 {
                        a7 += w;
                    } else if d == 8u32 {
                        a8 += w;
                    } else if d == 9u32 {
                        a9 += w;
                    } else if d == 10u32 {
                        a10 += w;
                    } else if d == 11u32 {
                        a11 += w;
                    } else if d == 12u32 {
                        a12 += w;
                    } else if d == 13u32 {
                        a13 += w;
                    } else if d == 14u32 {
                        a14 += w;
                    } else if d == 15u32 {
                        a15 += w;
                    }
                }
            }
            c += CUBE_DIM as usize;
        }
        let t0 = block_sum(a0, red);
        let t1 = block_sum(a1, red);
        let t2 = block_sum(a2, red);
        let t3 = block_sum(a3, red);
        let t4 = block_sum(a4, red);
        let t5 = block_sum(a5, red);
        let t6 = block_sum(a6, red);
        let t7 = block_sum(a7, red);
        let t8 = block_sum(a8, red);
        let t9 = block_sum(a9, red);
        let t10 = block_sum(a10, red);
        let t11 = block_sum(a11, red);
        let t12 = block_sum(a12, red);
        let t13 = block_sum(a13, red);
        let t14 = block_sum(a14, red);
        let t15 = block_sum(a15, red);
        if UNIT_POS == 0 {
            tots[0] = t0;
            tots[1] = t1;
            tots[2] = t2;
            tots[3] = t3;
            tots[4] = t4;
            tots[5] = t5;
            tots[6] = t6;
            tots[7] = t7;
            tots[8] = t8;
            tots[9] = t9;
            tots[10] = t10;
            tots[11] = t11;
            tots[12] = t12;
            tots[13] = t13;
            tots[14] = t14;
            tots[15] = t15;
        }
        sync_cube();
        let (chosen, before, found) = pick_digit(tots, above, target, true);
        if found {
            above += before;
            group = tots[chosen as usize];
            pk |= chosen << sh;
        } else {
            missed = true;
        }
        pass += 1;
    }
    sync_cube();
    if UNIT_POS == 0 {
        if missed {
            bc[2] = 0u32;
        } else {
            bc[2] = pk;
        }
        bc[3] = u32::reinterpret(above);
        bc[1] = u32::reinterpret(group);
    }
    sync_cube();
}

/// Exact rank of the `need`-th best token (1-based, need <= vocab): writes the floor
/// `(key, index)` to `bc[2]`, `bc[3]` (index `0xFFFFFFFF` when every token of the cut key
/// is in); the tokens at or above it are exactly `need`. Ends with a barrier.
#[cube]
#[allow(clippy::too_many_arguments)]
fn select_count<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    need: u32,
    vocab: u32,
    bc: &mut SharedMemory<u32>,
    tots: &mut SharedMemory<f32>,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
) {
    select_key::<I, N>(logits, base, nvec, hs, rep, pres, freq, 0.0f32, 1.0f32, f32::cast_from(need), 0u32, 0xFFFF_FFFFu32, bc, tots, red, has_pen, false);
    let pk = bc[2];
    let left = need - u32::cast_from(f32::reinterpret(bc[3]));
    let group = u32::cast_from(f32::reinterpret(bc[1]));
    sync_cube();
    let mut pi = 0xFFFF_FFFFu32;
    if group > left {
        // Ties on the cut key: keep the `left` lowest indices among them.
        select_index::<I, N>(logits, base, nvec, hs, rep, pres, freq, pk, 0xFFFF_FFFFu32, left, vocab, bc, tots, red, has_pen);
        pi = bc[3];
        sync_cube();
    }
    if UNIT_POS == 0 {
        bc[2] = pk;
        bc[3] = pi;
    }
    sync_cube();
}

/// The `need`-th smallest index (1-based) among tokens with key `key` and index <= `ilim`,
/// four bits per read (leading index digits that are 0 for every token are skipped).
/// Writes it to `bc[3]`; ends with a barrier.
#[cube]
#[allow(clippy::too_many_arguments)]
fn select_index<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    nvec: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    key: u32,
    ilim: u32,
    need: u32,
    vocab: u32,
    bc: &mut SharedMemory<u32>,
    tots: &mut SharedMemory<f32>,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
) {
    let mut pi = 0u32;
    let mut below = 0.0f32;
    let target = f32::cast_from(need);
    let mut pass = 0u32;
    while pass < 8 {
        let sh = 28 - 4 * pass;
        if ((vocab - 1) >> sh) > 0 {
            let mut mask = 0u32;
            if pass > 0 {
                mask = 0xFFFF_FFFFu32 << (sh + 4);
            }
            let mut a0 = 0.0f32;
            let mut a1 = 0.0f32;
            let mut a2 = 0.0f32;
            let mut a3 = 0.0f32;
            let mut a4 = 0.0f32;
            let mut a5 = 0.0f32;
            let mut a6 = 0.0f32;
            let mut a7 = 0.0f32;
            let mut a8 = 0.0f32;
            let mut a9 = 0.0f32;
            let mut a10 = 0.0f32;
            let mut a11 = 0.0f32;
            let mut a12 = 0.0f32;
            let mut a13 = 0.0f32;
            let mut a14 = 0.0f32;
            let mut a15 = 0.0f32;
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
                    if key_of(v) == key && i <= ilim && (i & mask) == pi {
                        let d = (i >> sh) & 15u32;
                        if d == 0u32 {
                            a0 += 1.0;
                        } else if d == 1u32 {
                            a1 += 1.0;
                        } else if d == 2u32 {
                            a2 += 1.0;
                        } else if d == 3u32 {
                            a3 += 1.0;
                        } else if d == 4u32 {
                            a4 += 1.0;
                        } else if d == 5u32 {
                            a5 += 1.0;
                        } else if d == 6u32 {
                            a6 += 1.0;
                        } else if d == 7u32 {
                            a7 += 1.0;
                        } else if d == 8u32 {
                            a8 += 1.0;
                        } else if d == 9u32 {
                            a9 += 1.0;
                        } else if d == 10u32 {
                            a10 += 1.0;
                        } else if d == 11u32 {
                            a11 += 1.0;
                        } else if d == 12u32 {
                            a12 += 1.0;
                        } else if d == 13u32 {
                            a13 += 1.0;
                        } else if d == 14u32 {
                            a14 += 1.0;
                        } else if d == 15u32 {
                            a15 += 1.0;
                        }
                    }
                }
                c += CUBE_DIM as usize;
            }
            let t0 = block_sum(a0, red);
            let t1 = block_sum(a1, red);
            let t2 = block_sum(a2, red);
            let t3 = block_sum(a3, red);
            let t4 = block_sum(a4, red);
            let t5 = block_sum(a5, red);
            let t6 = block_sum(a6, red);
            let t7 = block_sum(a7, red);
            let t8 = block_sum(a8, red);
            let t9 = block_sum(a9, red);
            let t10 = block_sum(a10, red);
            let t11 = block_sum(a11, red);
            let t12 = block_sum(a12, red);
            let t13 = block_sum(a13, red);
            let t14 = block_sum(a14, red);
            let t15 = block_sum(a15, red);
            if UNIT_POS == 0 {
                tots[0] = t0;
                tots[1] = t1;
                tots[2] = t2;
                tots[3] = t3;
                tots[4] = t4;
                tots[5] = t5;
                tots[6] = t6;
                tots[7] = t7;
                tots[8] = t8;
                tots[9] = t9;
                tots[10] = t10;
                tots[11] = t11;
                tots[12] = t12;
                tots[13] = t13;
                tots[14] = t14;
                tots[15] = t15;
            }
            sync_cube();
            let (chosen, before, _found) = pick_digit(tots, below, target, false);
            below += before;
            pi |= chosen << sh;
        }
        pass += 1;
    }
    sync_cube();
    if UNIT_POS == 0 {
        bc[3] = pi;
    }
    sync_cube();
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

/// Loads the row's history ids in `[i0, i1)` (the ids are sorted on the host) into `hs`
/// with a sentinel after the last, and returns how many there are. Ends with a barrier.
#[cube]
fn load_hist(hist: &Array<i32>, hb: usize, i0: u32, i1: u32, hs: &mut SharedMemory<u32>) -> u32 {
    let hn = u32::cast_from(hist[hb]);
    let lo = hist_lower_bound_global(hist, hb + 1, hn, i0);
    let hi = hist_lower_bound_global(hist, hb + 1, hn, i1);
    let n = hi - lo;
    sync_cube();
    let mut t = UNIT_POS;
    while t <= n {
        let mut v = 0xFFFF_FFFFu32;
        if t < n {
            v = u32::cast_from(hist[hb + 1 + (lo + t) as usize]);
        }
        hs[t as usize] = v;
        t += CUBE_DIM;
    }
    sync_cube();
    n
}

/// First position in the sorted ids `hist[at .. at + n)` whose id is >= `i`.
#[cube]
fn hist_lower_bound_global(hist: &Array<i32>, at: usize, n: u32, i: u32) -> u32 {
    let mut lo = 0u32;
    let mut hi = n;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if u32::cast_from(hist[at + mid as usize]) < i {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// One read of vectors `[v0, v1)` of a row (penalties applied): the max, its lowest index,
/// the normaliser `sum exp((l' - max) / T)` (when `want_z`: only log-probs need it, and
/// its exps were most of the chunked path's first launch) and whether a logit is NaN or +inf (NaN and
/// +inf stay out of the max and the sum). Returned to every unit.
#[cube]
#[allow(clippy::too_many_arguments)]
fn row_stats<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    v0: usize,
    v1: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    inv_t: f32,
    neg_inf: f32,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
    #[comptime] want_z: bool,
) -> (f32, u32, u32, f32) {
    let mut mu = neg_inf;
    let mut arg = 0xFFFF_FFFFu32;
    let mut z = 0.0f32;
    let mut bad = 0u32;
    let mut hp = 0u32;
    let mut c = v0 + UNIT_POS as usize;
    while c < v1 {
        let xv = I::to_f32(logits[base + c]);
        #[unroll]
        for j in 0..xv.size() {
            let i = (c * N::value() + j) as u32;
            let mut v = xv[j];
            if comptime!(has_pen) {
                hp = hist_advance(hs, hp, i);
                v = penalize(v, hist_count(hs, hp, i), rep, pres, freq);
            }
            if v.is_nan() || key_of(v) == 0xFF80_0000u32 {
                bad = 1u32;
            } else if v > mu {
                if comptime!(want_z) {
                    z = z * mass(mu, v, inv_t) + 1.0;
                }
                mu = v;
                arg = i;
            } else if v > neg_inf {
                if comptime!(want_z) {
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
    if comptime!(want_z) {
        let mut zu = 0.0f32;
        if mu == m {
            zu = z;
        } else if z > 0.0 {
            zu = z * mass(mu, m, inv_t);
        }
        zt = block_sum(zu, red);
    }
    (m, argmax, any_bad, zt)
}

/// This unit's contiguous share `[p0, p1)` of `n` items (shares in unit order, so a scan
/// over the units follows the items' order).
#[cube]
fn unit_span(n: u32) -> (u32, u32) {
    let per = (n + CUBE_DIM - 1) / CUBE_DIM;
    let mut p0 = UNIT_POS * per;
    if p0 > n {
        p0 = n;
    }
    let mut p1 = p0 + per;
    if p1 > n {
        p1 = n;
    }
    (p0, p1)
}

/// Sum of the masses of candidates `ck[p0..p1)`.
#[cube]
fn span_mass(ck: &SharedMemory<u32>, p0: u32, p1: u32, m: f32, inv_t: f32) -> f32 {
    let mut s = 0.0f32;
    for q in p0..p1 {
        s += mass(value_of(ck[q as usize]), m, inv_t);
    }
    s
}

/// How many of the `kc` rank-sorted candidates in `ck` top-p (mass strictly before a token
/// `< top_p` of their total; only when `cut_p` and `top_p < 1`) and min-p (mass
/// `>= min_p` of the max) keep: a prefix, at least 1. `scan` holds >= CUBE_DIM values.
#[cube]
#[allow(clippy::too_many_arguments)]
fn prefix_cut(
    ck: &SharedMemory<u32>,
    kc: u32,
    m: f32,
    inv_t: f32,
    top_p: f32,
    min_p: f32,
    scan: &mut SharedMemory<f32>,
    red: &mut SharedMemory<f32>,
    #[comptime] cut_p: bool,
    #[comptime] has_minp: bool,
) -> u32 {
    let (p0, p1) = unit_span(kc);
    cube_scan(span_mass(ck, p0, p1, m, inv_t), scan);
    let zk = scan[(CUBE_DIM - 1) as usize];
    let target = top_p * zk;
    // p = 1 keeps everything (a rounded prefix could reach the total).
    let p_on = cut_p && top_p < 1.0;
    let mut run = scan_excl(scan);
    let mut cnt = 0.0f32;
    for q in p0..p1 {
        let e = mass(value_of(ck[q as usize]), m, inv_t);
        let mut keep = true;
        if p_on {
            keep = run < target;
        }
        if comptime!(has_minp) {
            keep = keep && e >= min_p;
        }
        if keep {
            cnt += 1.0;
        }
        run += e;
    }
    let mut len = u32::cast_from(block_sum(cnt, red));
    if len < 1 {
        len = 1;
    }
    len
}

/// A row's status from its statistics: NaN / +inf seen, or every logit -inf.
#[cube]
fn row_status(any_bad: u32, m: f32, neg_inf: f32) -> u32 {
    let mut st = 0u32;
    if any_bad > 0 {
        st = STATUS_NAN;
    } else if m == neg_inf {
        st = STATUS_ALL_NEG_INF;
    }
    st
}

/// Outputs of a row that cannot be sampled: its status, [`NO_TOKEN`], NaN log-probs.
#[cube]
#[allow(clippy::too_many_arguments)]
fn write_bad_row(
    row: usize,
    st: u32,
    n_top: u32,
    nan: f32,
    status: &mut Array<u32>,
    tokens: &mut Array<u32>,
    logprob: &mut Array<f32>,
    top_ids: &mut Array<u32>,
    top_lp: &mut Array<f32>,
    #[comptime] want_lp: bool,
    #[comptime] want_topn: bool,
) {
    if UNIT_POS == 0 {
        status[row] = st;
        tokens[row] = NO_TOKEN;
        if comptime!(want_lp) {
            logprob[row] = nan;
        }
    }
    if comptime!(want_topn) {
        let mut t = UNIT_POS;
        while t < n_top {
            top_ids[row * n_top as usize + t as usize] = NO_TOKEN;
            top_lp[row * n_top as usize + t as usize] = nan;
            t += CUBE_DIM;
        }
    }
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

/// The fused sampler. `params` is `[rows, PARAMS]` f32 (temperature, top_k, top_p, min_p,
/// repetition, presence, frequency, unused); `hist` is `[rows, hist_stride]`: each row's
/// history length, then its token ids.
/// Outputs: `tokens`, `status` (0 ok, 1 NaN or +inf logit, 2 every logit -inf), the
/// chosen token's log-probability and the top-n (ids, log-probs), all per row.
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
        let mut tots = SharedMemory::<f32>::new(16usize);
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
                                // Tokens of key pk (all of mass e) kept in index order while
                                // the mass before them is < target.
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
                let u = f32::cast_from(philox_x0(step_lo, step_hi, row as u32, 0u32, seed_lo, seed_hi) >> 8u32) * 5.9604645e-8f32;
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
/// k <= chunks / 2 they are few (for B64 x V128256, k 50 over 128 chunks: about 60). Done
/// once per row: ranking the maxima in every chunk's cube instead (O(chunks^2) each) cost
/// 0.23 ms at 256 chunks on the H100.
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
                        let u = f32::cast_from(philox_x0(step_lo, step_hi, row as u32, 0u32, seed_lo, seed_hi) >> 8u32) * 5.9604645e-8f32;
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
