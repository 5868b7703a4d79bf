//! Cube-wide sums and prefix sums, deterministic (a fixed order, no atomics), and each
//! unit's contiguous share of a list (`unit_span`), so that a scan over the units follows
//! the list's order. They work in scratch arrays the caller allocates once per kernel
//! (`block_sum` says why).

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

/// Sum of `v` over the cube, returned to all units, through the caller's `red` scratch
/// (at least `MAX_PLANES` long). Unlike `cube_sum` it allocates no shared memory of its
/// own: every inlined call of a helper that allocates adds its own array to the kernel's
/// shared memory, which overflowed lavapipe's 32 KiB (the launch then silently did not
/// run). Starts with a barrier; deterministic (plane sums, then planes in order).
#[cube]
pub fn block_sum(v: f32, red: &mut SharedMemory<f32>) -> f32 {
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

/// Inclusive prefix sum of `v` over the units in `UNIT_POS` order (Hillis-Steele in
/// shared memory; `buf` holds at least `CUBE_DIM` values). Afterwards `buf[u]` is unit
/// `u`'s inclusive value until the next call (which starts with a barrier). Ends with a
/// barrier.
#[cube]
pub fn cube_scan(v: f32, buf: &mut SharedMemory<f32>) -> f32 {
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
pub fn scan_excl(buf: &SharedMemory<f32>) -> f32 {
    let mut e = 0.0f32;
    if UNIT_POS > 0 {
        e = buf[(UNIT_POS - 1) as usize];
    }
    e
}

/// This unit's contiguous share `[p0, p1)` of `n` items (shares in unit order, so a scan
/// over the units follows the items' order).
#[cube]
pub fn unit_span(n: u32) -> (u32, u32) {
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
