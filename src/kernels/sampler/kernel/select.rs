//! Radix select over a row: the exact rank where a running weight from the top reaches a
//! target, without sorting or writing anything of size V. Each pass reads the row once
//! and builds a 16-bucket histogram of one 4-bit digit over the tokens whose higher
//! digits match the prefix found so far; the bucket where the target is reached fixes
//! that digit.
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

/// Picks a digit from 16 weights: from the top (`from_top`), the largest digit where
/// `above` plus the weight of digits >= it reaches `target`; else the smallest digit where
/// the weight of digits <= it reaches `target`. Returns (digit, weight strictly before it
/// in walk order, found).
#[cube]
pub fn pick_digit(tots: &SharedMemory<f32>, above: f32, target: f32, #[comptime] from_top: bool) -> (u32, f32, bool) {
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
