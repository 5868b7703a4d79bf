//! How tokens are ordered and weighed. A token's order key is an order-preserving map
//! of its processed logit onto u32 (`key_of` / `value_of`), so radix digits and
//! integer comparisons decide the order. Its rank is `(key, index)`: key descending, then
//! index ascending, which is the stable descending sort the reference uses; a kept set is
//! always the ranks at or above a floor `(fk, fi)` (`at_or_above`). Its mass is its
//! unnormalised probability relative to the row max (`mass`).

use cubecl::prelude::*;

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

/// Rank `(k, i)` is at or above the floor `(fk, fi)`: key larger, or equal key and index
/// at most `fi` (the rank order is key descending, then index ascending).
#[cube]
pub fn at_or_above(k: u32, i: u32, fk: u32, fi: u32) -> bool {
    k > fk || (k == fk && i <= fi)
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
