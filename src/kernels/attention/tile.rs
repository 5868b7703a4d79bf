//! Shared-memory tiles: packed rows loaded into tiles of whole vectors, tiles stored back
//! (times a per-row factor, or as a split's f32 partials), the barrier around one plane's
//! exchange through shared memory, and [`mm`], the block product of the generic kernels.
//!
//! What differs between devices:
//! - [`mm`] has two bodies, chosen by the comptime fragment side `cfg.s`: cmma fragments
//!   (16x16x16 on CUDA, 8x8x8 simdgroup matrices on Metal) or plain FMAs by every unit
//!   (no fragments for the dtype: lavapipe, f32 anywhere, bf16 on Metal; and
//!   `AttentionPath::Fma`).
//! - [`sync_exchange`] takes the plane barrier where it orders shared memory (CUDA) and
//!   the cube barrier elsewhere (Metal, Vulkan): a comptime field of [`AttnCfg`].
//! - The loads and stores are one body everywhere; only their vector width (16 bytes where
//!   the device allows) comes from the launch.

use cubecl::prelude::*;

use super::common::{elem_of, f32_of, AttnCfg, AttnDims, PLANE};
use crate::kernels::io::IoElem;

/// Copies `rows` rows of D elements into a shared tile of whole vectors (row stride
/// `ds / v` vectors: one 16-byte shared store per global load; element stores were 8
/// instructions per vector), zero past `limit`. Tile row r is packed row `row0 + r`:
/// token `start + (row0 + r) / g`, head `head0 + (row0 + r) % g` of `hs` heads (keys:
/// g = 1).
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn load_tile_v<I: IoElem, N: Size>(
    src: &Array<Vector<I::S, N>>,
    dst: &mut SharedMemory<Vector<I::S, N>>,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let pr = row0 + r;
        let tok = pr / g;
        let mut val = I::from_f32(Vector::<f32, N>::new(0.0));
        if tok < limit {
            let head = head0 + pr % g;
            val = src[(((start + tok) * hs + head) * per_row + cv) as usize];
        }
        dst[(r * comptime!(cfg.ds() / cfg.v) as u32 + cv) as usize] = val;
        e += comptime!(cfg.threads) as u32;
    }
}

/// Writes a [rows, D] f32 shared tile (times a per-row factor from `fac`, or 1) to the
/// rows of `dst` that exist (same packing as [`load_tile_v`]).
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn store_tile<O: IoElem, N: Size>(
    src: &SharedMemory<f32>,
    fac: &SharedMemory<f32>,
    dst: &mut Array<Vector<O::S, N>>,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] scaled: bool,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let pr = row0 + r;
        let tok = pr / g;
        if tok < limit {
            let head = head0 + pr % g;
            let mut f = 1.0f32;
            if comptime!(scaled) {
                f = fac[r as usize];
            }
            let mut val = Vector::<f32, N>::empty();
            #[unroll]
            for j in 0..cfg.v {
                val[j] = src[(r * comptime!(cfg.ds()) as u32 + cv * cfg.v as u32) as usize + j] * f;
            }
            dst[(((start + tok) * hs + head) * per_row + cv) as usize] = O::from_f32(val);
        }
        e += comptime!(cfg.threads) as u32;
    }
}

/// Writes a [rows, D] shared tile of whole vectors to the rows of `dst` that exist (the
/// packing of [`load_tile_v`], in reverse).
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn store_tile_v<I: IoElem, N: Size>(
    src: &SharedMemory<Vector<I::S, N>>,
    dst: &mut Array<Vector<I::S, N>>,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] cfg: AttnCfg,
) {
    let per_row = comptime!(cfg.d / cfg.v) as u32;
    let total = comptime!(rows * cfg.d / cfg.v) as u32;
    let mut e = UNIT_POS;
    while e < total {
        let r = e / per_row;
        let cv = e % per_row;
        let pr = row0 + r;
        let tok = pr / g;
        if tok < limit {
            let head = head0 + pr % g;
            dst[(((start + tok) * hs + head) * per_row + cv) as usize] = src[(r * comptime!(cfg.ds() / cfg.v) as u32 + cv) as usize];
        }
        e += comptime!(cfg.threads) as u32;
    }
}

/// A split cube's f32 partial result: `rows` rows of a [rows, D] f32 shared tile (times a
/// per-row factor from `fac` where `scaled`) into the `[splits, tokens, hs, D]` partials
/// at token `base + start + tok` (packing as [`load_tile_v`]: tile row r is packed row
/// `row0 + r`, token `(row0 + r) / g`, head `head0 + (row0 + r) % g`), rows that exist
/// only.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_part_tile(
    src: &SharedMemory<f32>,
    fac: &SharedMemory<f32>,
    part: &mut Array<f32>,
    base: u32,
    start: u32,
    row0: u32,
    g: u32,
    hs: u32,
    head0: u32,
    limit: u32,
    #[comptime] rows: usize,
    #[comptime] scaled: bool,
    #[comptime] cfg: AttnCfg,
) {
    let ds = comptime!(cfg.ds()) as u32;
    let mut e = UNIT_POS;
    while e < comptime!(rows * cfg.d) as u32 {
        let r = e / cfg.d as u32;
        let c = e % cfg.d as u32;
        let pr = row0 + r;
        let tok = pr / g;
        if tok < limit {
            let head = head0 + pr % g;
            let mut f = 1.0f32;
            if comptime!(scaled) {
                f = fac[r as usize];
            }
            part[(((base + start + tok) * hs + head) * cfg.d as u32 + c) as usize] = src[(r * ds + c) as usize] * f;
        }
        e += cfg.threads as u32;
    }
}

/// The split forward's output: this cube's rows of O (f32 tile `so` times the per-row
/// `1 / l` in `inv`) into the `[splits, tokens, H, D]` partials.
#[cube]
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_partial(so: &SharedMemory<f32>, inv: &SharedMemory<f32>, part_o: &mut Array<f32>, d: &AttnDims, qs: u32, tq: u32, rho0: u32, head0: u32, #[comptime] cfg: AttnCfg) {
    write_part_tile(so, inv, part_o, CUBE_POS_Z * d.tokens_q, qs, rho0, d.group, d.heads, head0, tq, cfg.bq, true, cfg);
}

/// Sets `len` f32 of a shared array to 0.
#[cube]
pub(crate) fn zero_smem(s: &mut SharedMemory<f32>, #[comptime] len: usize, #[comptime] threads: usize) {
    let mut e = UNIT_POS;
    while e < comptime!(len) as u32 {
        s[e as usize] = 0.0f32;
        e += threads as u32;
    }
}

/// Barrier around a plane's exchange through shared memory, reached by every unit of the
/// cube: the plane's own (where `take` holds for the plane) where the plane barrier orders
/// shared memory, else the cube's (see [`AttnCfg::plane_sync_orders_smem`]).
#[cube]
pub(crate) fn sync_exchange(take: bool, #[comptime] cfg: AttnCfg) {
    if comptime!(cfg.plane_sync_orders_smem) {
        if take {
            sync_plane();
        }
    } else {
        sync_cube();
    }
}

/// `C (+)= op(A) op(B)` on shared tiles of whole vectors (strides in elements), C f32 [m, n] row-major with stride `cs`.
/// A is [m, k] row-major with stride `as_` (or, `at`, stored [k, m]); B is [k, n]
/// row-major with stride `bs` (or, `bt`, stored [n, k]). Fragment path: each plane owns
/// row strips of `s` rows and walks their fragments 8 at a time (one A fragment per
/// k-step reused across them); FMA path: every unit some outputs.
#[cube]
#[allow(clippy::too_many_arguments, clippy::eq_op)]
pub(crate) fn mm<I: IoElem, N: Size>(
    a: &SharedMemory<Vector<I::S, N>>,
    b: &SharedMemory<Vector<I::S, N>>,
    c: &mut SharedMemory<f32>,
    #[comptime] m: usize,
    #[comptime] n: usize,
    #[comptime] k: usize,
    #[comptime] as_: usize,
    #[comptime] at: bool,
    #[comptime] bs: usize,
    #[comptime] bt: bool,
    #[comptime] cs: usize,
    #[comptime] acc: bool,
    #[comptime] cfg: AttnCfg,
) {
    if comptime!(cfg.s == 0) {
        let total = comptime!(m * n) as u32;
        // A run-time bound (CUBE_DIM / CUBE_DIM is 1) keeps the K loop rolled: unrolled,
        // lavapipe's compile time grows with every kernel.
        let kn = (CUBE_DIM / CUBE_DIM) * k as u32;
        let mut e = UNIT_POS;
        while e < total {
            let i = e / n as u32;
            let j = e % n as u32;
            let mut sum = 0.0f32;
            if comptime!(acc) {
                sum = c[(i * cs as u32 + j) as usize];
            }
            for kk in 0..kn {
                let mut ai = i * as_ as u32 + kk;
                if comptime!(at) {
                    ai = kk * as_ as u32 + i;
                }
                let mut bi = kk * bs as u32 + j;
                if comptime!(bt) {
                    bi = j * bs as u32 + kk;
                }
                let av = a[(ai / cfg.v as u32) as usize];
                let bv = b[(bi / cfg.v as u32) as usize];
                sum += f32_of::<I>(av[(ai % cfg.v as u32) as usize]) * f32_of::<I>(bv[(bi % cfg.v as u32) as usize]);
            }
            c[(i * cs as u32 + j) as usize] = sum;
            e += cfg.threads as u32;
        }
    } else {
        let s = cfg.s;
        let strips = comptime!(m / cfg.s) as u32;
        let planes = comptime!(cfg.threads / PLANE) as u32;
        let chunk = comptime!(if n / cfg.s < 8 { n / cfg.s } else { 8 });
        let chunks = comptime!(n / cfg.s / chunk);
        let la = comptime!(if at { cmma::MatrixLayout::ColMajor } else { cmma::MatrixLayout::RowMajor });
        let lb = comptime!(if bt { cmma::MatrixLayout::ColMajor } else { cmma::MatrixLayout::RowMajor });
        let alen = comptime!((cfg.s - 1) * as_ + cfg.s);
        let blen = comptime!((cfg.s - 1) * bs + cfg.s);
        let clen = comptime!((cfg.s - 1) * cs + cfg.s);
        let mut strip = UNIT_POS / PLANE as u32;
        while strip < strips {
            let r0 = (strip * s as u32) as usize;
            #[unroll]
            for ch in 0..chunks {
                let mut accs = Sequence::<cmma::Matrix<f32>>::new();
                #[unroll]
                for f in 0..chunk {
                    let c0 = r0 * cs + (ch * chunk + f) * s;
                    if comptime!(acc) {
                        let mat = cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32);
                        cmma::load_with_layout(&mat, &c.slice(c0, c0 + clen), cs as u32, cmma::MatrixLayout::RowMajor);
                        accs.push(mat);
                    } else {
                        accs.push(cmma::Matrix::<f32>::from_value(cmma::MatrixIdent::Accumulator, s, s, s, cmma::MatrixLayout::Undefined, 0.0f32));
                    }
                }
                #[unroll]
                for ks in 0..k / s {
                    // Offsets as one expression: a comptime value reassigned inside a
                    // comptime `if` keeps its first value (CubeCL 0.10), which made the
                    // transposed operands read the untransposed tile.
                    let a0 = r0 * comptime!(if at { 1 } else { as_ }) + comptime!(if at { ks * cfg.s * as_ } else { ks * cfg.s });
                    let fa = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::A, s, s, s, la, elem_of::<I>(0.0f32));
                    cmma::load(&fa, &a.slice(a0 / cfg.v, (a0 + alen).div_ceil(cfg.v)), as_ as u32);
                    #[unroll]
                    for f in 0..chunk {
                        let b0 = comptime!(if bt { (ch * chunk + f) * cfg.s * bs + ks * cfg.s } else { ks * cfg.s * bs + (ch * chunk + f) * cfg.s });
                        let fb = cmma::Matrix::<I::S>::from_value(cmma::MatrixIdent::B, s, s, s, lb, elem_of::<I>(0.0f32));
                        cmma::load(&fb, &b.slice(comptime!(b0 / cfg.v), comptime!((b0 + blen).div_ceil(cfg.v))), bs as u32);
                        let ac = accs.index(f);
                        cmma::execute::<I::S, I::S, f32, f32>(&fa, &fb, ac, ac);
                    }
                }
                #[unroll]
                for f in 0..chunk {
                    let c0 = r0 * cs + (ch * chunk + f) * s;
                    cmma::store(&mut c.slice_mut(c0, c0 + clen), accs.index(f), cs as u32, cmma::MatrixLayout::RowMajor);
                }
            }
            strip += planes;
        }
    }
}
