//! RoPE in f64 the naive way: per token, a dense rotation matrix over the head, applied
//! as a matrix-vector product (its transpose for the backward).

use crate::{RopeConfig, RopeLayout, RopeStyle};

/// The angle of frequency `freq` at `pos`, rounded as model code forms it: f32 position
/// times f32 frequency, in f32.
pub fn angle(pos: usize, freq: f64) -> f64 {
    (pos as f32 * freq as f32) as f64
}

/// The dense `head_dim x head_dim` matrix taking a head to its rotated self at `pos`.
pub fn rotation(cfg: &RopeConfig, freqs: &[f64], mscale: f64, pos: usize) -> Vec<Vec<f64>> {
    let d = cfg.head_dim;
    let h = cfg.rotary_dim / 2;
    let mut m = vec![vec![0.0; d]; d];
    for (i, row) in m.iter_mut().enumerate().skip(cfg.rotary_dim) {
        row[i] = 1.0;
    }
    for (i, &f) in freqs.iter().enumerate() {
        let (c, s) = (angle(pos, f).cos() * mscale, angle(pos, f).sin() * mscale);
        let (a, b) = match cfg.style {
            RopeStyle::RotateHalf => (i, i + h),
            RopeStyle::Interleaved => (2 * i, 2 * i + 1),
        };
        // out_a = a c - b s ; out_b = b c + a s
        m[a][a] = c;
        m[a][b] = -s;
        m[b][b] = c;
        m[b][a] = s;
    }
    m
}

/// Offset of element (b, s, h, e) of a tensor with `heads` heads.
fn index(cfg: &RopeConfig, seq: usize, heads: usize, b: usize, s: usize, h: usize, e: usize) -> usize {
    let d = cfg.head_dim;
    match cfg.layout {
        RopeLayout::Bshd => ((b * seq + s) * heads + h) * d + e,
        RopeLayout::Bhsd => ((b * heads + h) * seq + s) * d + e,
    }
}

/// Applies the rotation of each token (`positions[b*seq + s]`) to every head of `x`
/// (`batch x seq x heads` heads of `head_dim`); `transpose` gives the backward.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    cfg: &RopeConfig,
    freqs: &[f64],
    mscale: f64,
    x: &[f64],
    batch: usize,
    seq: usize,
    heads: usize,
    positions: &[usize],
    transpose: bool,
) -> Vec<f64> {
    let d = cfg.head_dim;
    let mut out = vec![0.0; x.len()];
    for b in 0..batch {
        for s in 0..seq {
            let m = rotation(cfg, freqs, mscale, positions[b * seq + s]);
            for h in 0..heads {
                for i in 0..d {
                    let mut acc = 0.0;
                    for j in 0..d {
                        let w = if transpose { m[j][i] } else { m[i][j] };
                        acc += w * x[index(cfg, seq, heads, b, s, h, j)];
                    }
                    out[index(cfg, seq, heads, b, s, h, i)] = acc;
                }
            }
        }
    }
    out
}
