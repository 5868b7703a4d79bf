//! A row's statistics and status, shared by both pipelines: one read of a range of the
//! row for its max, argmax, softmax normaliser and NaN / +inf flag (`row_stats`: the row
//! kernel's first pass, and each chunk of the chunked path's first launch); the status
//! those give (`row_status`); and the outputs of a row that cannot be sampled
//! (`write_bad_row`).

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

use crate::kernels::block::{cube_max, cube_max_u32, cube_min_u32};
use crate::kernels::io::IoElem;

use super::history::{hist_advance, hist_count, penalize};
use super::keys::{key_of, mass};
use super::scan::block_sum;
use super::{NO_TOKEN, STATUS_ALL_NEG_INF, STATUS_NAN};

/// One read of vectors `[v0, v1)` of a row (penalties applied): the max, its lowest index,
/// the normaliser `sum exp((l' - max) / T)` (when `want_z`: only log-probs need it, and
/// its exps were most of the chunked path's first launch) and whether a logit is NaN or
/// +inf (NaN and +inf stay out of the max and the sum). Returned to every unit.
#[cube]
#[allow(clippy::too_many_arguments)]
pub fn row_stats<I: IoElem, N: Size>(
    logits: &Array<Vector<I::S, N>>,
    base: usize,
    v0: usize,
    v1: usize,
    hs: &SharedMemory<u32>,
    rep: f32,
    pres: f32,
    freq: f32,
    inv_t: f32,
    neg_inf: f32,
    red: &mut SharedMemory<f32>,
    #[comptime] has_pen: bool,
    #[comptime] want_z: bool,
) -> (f32, u32, u32, f32) {
    let mut mu = neg_inf;
    let mut arg = 0xFFFF_FFFFu32;
    let mut z = 0.0f32;
    let mut bad = 0u32;
    let mut hp = 0u32;
    let mut c = v0 + UNIT_POS as usize;
    while c < v1 {
        let xv = I::to_f32(logits[base + c]);
        #[unroll]
        for j in 0..xv.size() {
            let i = (c * N::value() + j) as u32;
            let mut v = xv[j];
            if comptime!(has_pen) {
                hp = hist_advance(hs, hp, i);
                v = penalize(v, hist_count(hs, hp, i), rep, pres, freq);
            }
            if v.is_nan() || key_of(v) == 0xFF80_0000u32 {
                bad = 1u32;
            } else if v > mu {
                if comptime!(want_z) {
                    z = z * mass(mu, v, inv_t) + 1.0;
                }
                mu = v;
                arg = i;
            } else if v > neg_inf {
                if comptime!(want_z) {
                    z += mass(v, mu, inv_t);
                }
            }
        }
        c += CUBE_DIM as usize;
    }
    let m = cube_max(mu);
    let mut best = 0xFFFF_FFFFu32;
    if mu == m {
        best = arg;
    }
    let argmax = cube_min_u32(best);
    let any_bad = cube_max_u32(bad);
    let mut zt = 0.0f32;
    if comptime!(want_z) {
        let mut zu = 0.0f32;
        if mu == m {
            zu = z;
        } else if z > 0.0 {
            zu = z * mass(mu, m, inv_t);
        }
        zt = block_sum(zu, red);
    }
    (m, argmax, any_bad, zt)
}

/// A row's status from its statistics: NaN / +inf seen, or every logit -inf.
#[cube]
pub fn row_status(any_bad: u32, m: f32, neg_inf: f32) -> u32 {
    let mut st = 0u32;
    if any_bad > 0 {
        st = STATUS_NAN;
    } else if m == neg_inf {
        st = STATUS_ALL_NEG_INF;
    }
    st
}

/// Outputs of a row that cannot be sampled: its status, [`NO_TOKEN`], NaN log-probs.
#[cube]
#[allow(clippy::too_many_arguments)]
pub fn write_bad_row(
    row: usize,
    st: u32,
    n_top: u32,
    nan: f32,
    status: &mut Array<u32>,
    tokens: &mut Array<u32>,
    logprob: &mut Array<f32>,
    top_ids: &mut Array<u32>,
    top_lp: &mut Array<f32>,
    #[comptime] want_lp: bool,
    #[comptime] want_topn: bool,
) {
    if UNIT_POS == 0 {
        status[row] = st;
        tokens[row] = NO_TOKEN;
        if comptime!(want_lp) {
            logprob[row] = nan;
        }
    }
    if comptime!(want_topn) {
        let mut t = UNIT_POS;
        while t < n_top {
            top_ids[row * n_top as usize + t as usize] = NO_TOKEN;
            top_lp[row * n_top as usize + t as usize] = nan;
            t += CUBE_DIM;
        }
    }
}
