//! The draw's random number: Philox4x32-10 (Salmon et al. 2011) in 32-bit integer
//! arithmetic, so every backend (and the f64 reference, `reference::sampler::uniform`)
//! computes the same uniform for a row (`uniform`).

use cubecl::prelude::*;

/// The high half of the 64-bit product, from 16-bit halves (no 64-bit integers needed,
/// so it is the same code on every backend).
#[cube]
fn mul_hi(a: u32, b: u32) -> u32 {
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
fn philox_x0(c0: u32, c1: u32, c2: u32, c3: u32, k0: u32, k1: u32) -> u32 {
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

/// The draw's uniform in `[0, 1)` for `row` at `step` under `seed`: the top 24 bits of
/// the first Philox word at counter `(step_lo, step_hi, row, 0)` with key
/// `(seed_lo, seed_hi)`, times 2^-24 (exact in f32).
#[cube]
pub fn uniform(step_lo: u32, step_hi: u32, row: u32, seed_lo: u32, seed_hi: u32) -> f32 {
    f32::cast_from(philox_x0(step_lo, step_hi, row, 0u32, seed_lo, seed_hi) >> 8u32) * 5.9604645e-8f32
}
