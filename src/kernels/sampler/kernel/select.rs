//! Radix select over a row: the exact rank where a running weight from the top reaches a
//! target, without sorting or writing anything of size V. Each pass reads the row once
//! and builds a histogram of one 4-bit digit (`digit_histogram`, shared by the key and
//! the index searches) over the tokens whose higher digits match the prefix found so far;
//! the bucket where the target is reached fixes that digit.
//!
//! - `select_key`: the cut key, over the key's 8 digits from the top, counting tokens
//!   (top-k, top-n) or weighing them by mass (top-p over the row).
//! - `select_index`: among tokens tied on the cut key, the index where the count is
//!   reached (lowest indices first, as the stable sort keeps them), over the digits the
//!   vocabulary needs.
//! - `select_count`: both, for the exact floor `(key, index)` of the n-th rank.

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

use super::history::{hist_advance, hist_count, penalize};
use super::keys::{at_or_above, key_of, mass};
use super::scan::block_sum;

/// Bits of the key (or index) one pass decides: 8 passes cover 32 bits, and a pass
/// keeps one partial weight per digit value in registers and makes one cube reduction
/// per digit value.
const DIGIT_BITS: u32 = 4;
/// Digit values of one pass (the histogram's buckets; `tots` holds at least this many).
pub const BUCKETS: u32 = 1 << DIGIT_BITS;

/// One pass of a radix select: reads the row once and writes to `tots[d]` the weight of
/// the searched tokens whose digit at bit `sh` is `d` (`d < BUCKETS`). Searched are, by
/// key, the tokens at or above the floor `(fk, fi)` whose key matches `prefix` under
/// `mask` (the key's digit; weight 1, or its mass when `mass_mode`); by index
/// (`by_index`), the tokens of key `fk` and index <= `fi` whose index matches `prefix`
/// under `mask` (the index's digit; weight 1).
///
/// Each unit sums its tokens' weights into one register per bucket (a `Sequence`, unrolled
/// when the kernel is expanded: a local array gave wrong results on lavapipe), then each
/// bucket is one deterministic cube sum. Ends with a barrier.
#[cube]
#[allow(clippy::too_many_arguments, unused_mut)]
fn digit_histogram<I: IoElem, N: Size>(
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
    sh: u32,
    mask: u32,
    prefix: u32,
    tots: &mut SharedMemory<f32>,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
    #[comptime] by_index: bool,
    #[comptime] mass_mode: bool,
) {
    let mut acc = Sequence::<f32>::new();
    #[unroll]
    for _ in 0..BUCKETS {
        // `mut`: a mutable variable of its own per bucket (rustc sees no mutation, but
        // without it the sequence would hold a constant that `+=` cannot update).
        let mut zero = 0.0f32;
        acc.push(zero);
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
            if comptime!(by_index) {
                if key_of(v) == fk && i <= fi && (i & mask) == prefix {
                    bucket_add(&mut acc, (i >> sh) & comptime!(BUCKETS - 1), 1.0f32);
                }
            } else {
                let k = key_of(v);
                if (k & mask) == prefix && at_or_above(k, i, fk, fi) {
                    let mut w = 1.0f32;
                    if comptime!(mass_mode) {
                        w = mass(v, m, inv_t);
                    }
                    bucket_add(&mut acc, (k >> sh) & comptime!(BUCKETS - 1), w);
                }
            }
        }
        c += CUBE_DIM as usize;
    }
    let mut totals = Sequence::<f32>::new();
    #[unroll]
    for b in 0..BUCKETS {
        totals.push(block_sum(*acc.index(b as usize), red));
    }
    if UNIT_POS == 0 {
        #[unroll]
        for b in 0..BUCKETS {
            tots[b as usize] = *totals.index(b as usize);
        }
    }
    sync_cube();
}

/// Adds `w` to bucket `d` of a unit's histogram (`d < BUCKETS`; the index must be known
/// when the kernel is expanded, so every bucket compares).
#[cube]
fn bucket_add(acc: &mut Sequence<f32>, d: u32, w: f32) {
    #[unroll]
    for b in 0..BUCKETS {
        if d == b {
            *acc.index_mut(b as usize) += w;
        }
    }
}

/// Picks a digit from the [`BUCKETS`] weights in `tots`: from the top (`from_top`), the
/// largest digit where `above` plus the weight of digits >= it reaches `target`; else the
/// smallest digit where the weight of digits <= it reaches `target`. Returns (digit,
/// weight strictly before it in walk order, found).
#[cube]
fn pick_digit(tots: &SharedMemory<f32>, above: f32, target: f32, #[comptime] from_top: bool) -> (u32, f32, bool) {
    let mut ge = 0.0f32;
    let mut chosen = 0u32;
    let mut found = false;
    let mut before = 0.0f32;
    for r in 0..BUCKETS {
        let mut b = r;
        if comptime!(from_top) {
            b = comptime!(BUCKETS - 1) - r;
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
pub fn select_key<I: IoElem, N: Size>(
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
    while pass < comptime!(32 / DIGIT_BITS) && !missed {
        let sh = comptime!(32 - DIGIT_BITS) - DIGIT_BITS * pass;
        let mut mask = 0u32;
        if pass > 0 {
            mask = 0xFFFF_FFFFu32 << (sh + DIGIT_BITS);
        }
        digit_histogram::<I, N>(logits, base, nvec, hs, rep, pres, freq, m, inv_t, fk, fi, sh, mask, pk, tots, red, has_pen, false, mass_mode);
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
pub fn select_count<I: IoElem, N: Size>(
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
pub fn select_index<I: IoElem, N: Size>(
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
    while pass < comptime!(32 / DIGIT_BITS) {
        let sh = comptime!(32 - DIGIT_BITS) - DIGIT_BITS * pass;
        if ((vocab - 1) >> sh) > 0 {
            let mut mask = 0u32;
            if pass > 0 {
                mask = 0xFFFF_FFFFu32 << (sh + DIGIT_BITS);
            }
            digit_histogram::<I, N>(logits, base, nvec, hs, rep, pres, freq, 0.0f32, 1.0f32, key, ilim, sh, mask, pi, tots, red, has_pen, true, false);
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
