//! The penalties (repetition, presence, frequency) from a row's token history. The host
//! sorts each row's ids (`TokenHistory::new`), so a kernel loads the ids of its range of
//! the vocabulary into shared memory once (`load_hist`) and then, visiting tokens in
//! increasing order, finds each token's count by walking that sorted list forward
//! (`hist_advance`, `hist_count`) instead of searching it per token.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

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

/// Loads the row's history ids in `[i0, i1)` (the ids are sorted on the host) into `hs`
/// with a sentinel after the last, and returns how many there are. Ends with a barrier.
#[cube]
pub fn load_hist(hist: &Array<i32>, hb: usize, i0: u32, i1: u32, hs: &mut SharedMemory<u32>) -> u32 {
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

/// First position in the sorted history whose id is >= `i` (binary search).
#[cube]
pub fn hist_lower_bound(hs: &SharedMemory<u32>, n: u32, i: u32) -> u32 {
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

#[cube]
pub fn hist_advance(hs: &SharedMemory<u32>, p: u32, i: u32) -> u32 {
    let mut q = p;
    while hs[q as usize] < i {
        q += 1;
    }
    q
}

/// Occurrences of token `i` in the sorted history `hs` from position `*p` on, advancing
/// `p` past smaller ids (the callers visit tokens in increasing order). `hs` ends with a
/// sentinel larger than any token id.
#[cube]
pub fn hist_count(hs: &SharedMemory<u32>, p: u32, i: u32) -> u32 {
    let mut c = 0u32;
    while hs[(p + c) as usize] == i {
        c += 1;
    }
    c
}
