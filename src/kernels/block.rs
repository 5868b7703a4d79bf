//! `#[cube]` building blocks shared by row-reduction kernels.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

/// Most planes (SIMD groups) a cube of up to 1024 units has with planes as narrow as 8
/// (lavapipe); sizes the shared scratch of [`cube_sum`].
pub const MAX_PLANES: usize = 128;

/// Sum of `v` over every unit of the cube, returned to all units. Deterministic: planes
/// reduce in hardware order-independent fashion (`plane_sum`), then every unit adds the
/// per-plane partials in plane order. Starts and ends with a barrier, so calling it again
/// right away is safe.
#[cube]
pub fn cube_sum(v: f32) -> f32 {
    let mut partials = SharedMemory::<f32>::new(MAX_PLANES);
    let s = plane_sum(v);
    let planes = CUBE_DIM.div_ceil(PLANE_DIM);
    sync_cube();
    if UNIT_POS % PLANE_DIM == 0 {
        partials[(UNIT_POS / PLANE_DIM) as usize] = s;
    }
    sync_cube();
    let mut total = 0.0f32;
    for p in 0..planes {
        total += partials[p as usize];
    }
    total
}

/// The row this cube works on when rows are laid over a 2-D grid (wgpu caps each axis
/// at 65535 cubes).
#[cube]
pub fn cube_row() -> usize {
    CUBE_POS_Y as usize * CUBE_COUNT_X as usize + CUBE_POS_X as usize
}

/// Largest `v` over every unit of the cube, returned to all units (NaN-free inputs:
/// callers keep NaN out of maxima and let it flow through their sums instead). Same
/// barriers as [`cube_sum`].
#[cube]
pub fn cube_max(v: f32) -> f32 {
    let mut partials = SharedMemory::<f32>::new(MAX_PLANES);
    let s = plane_max(v);
    let planes = CUBE_DIM.div_ceil(PLANE_DIM);
    sync_cube();
    if UNIT_POS % PLANE_DIM == 0 {
        partials[(UNIT_POS / PLANE_DIM) as usize] = s;
    }
    sync_cube();
    let mut best = partials[0];
    for p in 1..planes {
        let x = partials[p as usize];
        if x > best {
            best = x;
        }
    }
    best
}

/// Smallest `v` over the cube, returned to all units. Starts and ends with a barrier.
#[cube]
pub fn cube_min_u32(v: u32) -> u32 {
    let mut partials = SharedMemory::<u32>::new(MAX_PLANES);
    let s = plane_min(v);
    let planes = CUBE_DIM.div_ceil(PLANE_DIM);
    sync_cube();
    if UNIT_POS % PLANE_DIM == 0 {
        partials[(UNIT_POS / PLANE_DIM) as usize] = s;
    }
    sync_cube();
    let mut m = partials[0];
    for p in 1..planes {
        let x = partials[p as usize];
        if x < m {
            m = x;
        }
    }
    m
}

/// Largest `v` over the cube, returned to all units. Starts and ends with a barrier.
#[cube]
pub fn cube_max_u32(v: u32) -> u32 {
    let mut partials = SharedMemory::<u32>::new(MAX_PLANES);
    let s = plane_max(v);
    let planes = CUBE_DIM.div_ceil(PLANE_DIM);
    sync_cube();
    if UNIT_POS % PLANE_DIM == 0 {
        partials[(UNIT_POS / PLANE_DIM) as usize] = s;
    }
    sync_cube();
    let mut m = partials[0];
    for p in 1..planes {
        let x = partials[p as usize];
        if x > m {
            m = x;
        }
    }
    m
}
