//! The fused GEMM's unit kernel, for devices without matrix units (lavapipe in CI, f32):
//! shared-memory tiles of A and B, each unit a small register tile of FMAs.

use cubecl::prelude::*;

use super::*;
use crate::kernels::io::IoElem;

/// Unit path (no matrix units: lavapipe, CI): shared-memory tiles, each unit a 4x4
/// register tile of FMAs. Cube (x, y) computes C[y*64.., x*64..].
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn fused_gemm_unit<I: IoElem, O: IoElem, N: Size>(
    a1: &Array<Vector<I::S, N>>,
    b1: &Array<Vector<I::S, N>>,
    a2: &Array<Vector<I::S, N>>,
    b2: &Array<Vector<I::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    row_scale: &Array<f32>,
    col_scale: &Array<Vector<I::S, N>>,
    c: &mut Array<Vector<O::S, N>>,
    d: GemmDims,
    #[comptime] flags: GemmFlags,
) {
    // k-major tiles: the inner loop reads 4 consecutive rows (columns) per k.
    let mut sa = SharedMemory::<f32>::new(UNIT_BK * UNIT_BM);
    let mut sb = SharedMemory::<f32>::new(UNIT_BK * UNIT_BN);
    let tx = UNIT_POS % 16u32;
    let ty = UNIT_POS / 16u32;
    let row0 = CUBE_POS_Y * UNIT_BM as u32;
    let col0 = CUBE_POS_X * UNIT_BN as u32;
    let mut acc = Array::<f32>::new(UNIT_TM * UNIT_TN);
    #[unroll]
    for i in 0..UNIT_TM * UNIT_TN {
        acc[i] = 0.0f32;
    }
    let (t1, t2) = k_tiles(&d, UNIT_BK as u32, flags.seg2);
    let bk = UNIT_BK as u32;
    for t in 0..t1 + t2 {
        let seg2 = t >= t1;
        let mut k0 = t * bk;
        let mut sak = d.sa1_k;
        let mut sbk = d.sb1_k;
        if seg2 {
            k0 = (t - t1) * bk;
            sak = d.sa2_k;
            sbk = d.sb2_k;
        }
        // 1024 elements per tile, 4 per unit; the index order follows the operand's
        // contiguous dimension so neighbouring units read neighbouring addresses.
        let mut e = UNIT_POS;
        while e < (UNIT_BM * UNIT_BK) as u32 {
            let mut r = e % UNIT_BM as u32;
            let mut kk = e / UNIT_BM as u32;
            if sak == 1u32 {
                kk = e % bk;
                r = e / bk;
            }
            sa[(kk * UNIT_BM as u32 + r) as usize] = a_elem::<I, N>(
                a1, a2, row_scale, col_scale, &d, row0 + r, k0 + kk, seg2, flags.row_scale, flags.col_scale, flags.dropout,
            );
            let mut cc = e % UNIT_BN as u32;
            let mut kb = e / UNIT_BN as u32;
            if sbk == 1u32 {
                kb = e % bk;
                cc = e / bk;
            }
            sb[(kb * UNIT_BN as u32 + cc) as usize] = b_elem::<I, N>(b1, b2, &d, k0 + kb, col0 + cc, seg2, flags.dropout);
            e += CUBE_DIM;
        }
        sync_cube();
        for kk in 0..bk {
            let abase = (kk * UNIT_BM as u32 + ty * UNIT_TM as u32) as usize;
            let bbase = (kk * UNIT_BN as u32 + tx * UNIT_TN as u32) as usize;
            let mut av = Array::<f32>::new(UNIT_TM);
            let mut bv = Array::<f32>::new(UNIT_TN);
            #[unroll]
            for i in 0..UNIT_TM {
                av[i] = sa[abase + i];
            }
            #[unroll]
            for j in 0..UNIT_TN {
                bv[j] = sb[bbase + j];
            }
            #[unroll]
            for i in 0..UNIT_TM {
                #[unroll]
                for j in 0..UNIT_TN {
                    acc[i * UNIT_TN + j] += av[i] * bv[j];
                }
            }
        }
        sync_cube();
    }
    #[unroll]
    for i in 0..UNIT_TM {
        #[unroll]
        for j in 0..UNIT_TN {
            let row = row0 + ty * UNIT_TM as u32 + i as u32;
            let col = col0 + tx * UNIT_TN as u32 + j as u32;
            store_out::<I, O, N>(c, bias, &d, row, col, acc[i * UNIT_TN + j], flags.bias, flags.accumulate, flags.dropout);
        }
    }
}
