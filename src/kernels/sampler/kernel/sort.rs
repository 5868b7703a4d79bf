//! Bitonic sort of `(key, index)` pairs in shared memory, by rank or by index. Used on
//! small sets only (at most `CAND_MAX` candidates, or `MAX_CHUNKS` chunk maxima): a
//! sorting network needs no shared-memory atomics (see the lavapipe notes in `kernel`).

use cubecl::prelude::*;

/// Sorts pairs `(k, x)[0..n)` (n a power of two) by rank: key descending then index
/// ascending, or (`by_index`) by index ascending.
#[cube]
pub fn bitonic_pairs(k: &mut SharedMemory<u32>, x: &mut SharedMemory<u32>, n: u32, by_index: bool) {
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
pub fn pow2_at_least(n: u32) -> u32 {
    let mut p = 1u32;
    while p < n {
        p *= 2;
    }
    p
}
