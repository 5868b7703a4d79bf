//! Top-p and min-p on candidates already sorted by rank in shared memory: both keep a
//! prefix of the sorted list, found with one cube scan of the candidates' masses. Used by
//! the row kernel's small top-p path and by the chunked path's finishing kernel.

use cubecl::prelude::*;

use super::keys::{mass, value_of};
use super::scan::{block_sum, cube_scan, scan_excl, unit_span};

/// Sum of the masses of candidates `ck[p0..p1)`.
#[cube]
pub fn span_mass(ck: &SharedMemory<u32>, p0: u32, p1: u32, m: f32, inv_t: f32) -> f32 {
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
pub fn prefix_cut(
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
