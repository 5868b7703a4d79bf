//! RoPE in f64 the naive way: per token, a dense rotation matrix over the head, applied
//! as a matrix-vector product (its transpose for the backward).
//!
//! The frequencies are derived here from the published definitions, not taken from the
//! kernel module, so that its scaling rules are checked rather than shared.
//!
//! Pair `i` of a rotary part of `D` elements turns at `theta_i = base^(-2i/D)` radians per
//! position, `i` in `[0, D/2)` (Su et al., "RoFormer", 2021). Its wavelength is
//! `lambda_i = 2 pi / theta_i` positions, and over the `L` positions the model was trained
//! on it turns `r_i = L / lambda_i` times. With `s` the context extension factor:
//!
//! - Linear, position interpolation (Chen et al., "Extending Context Window of Large
//!   Language Models via Positional Interpolation", 2023): position `m` becomes `m / s`,
//!   which is every frequency divided by `s`.
//! - Dynamic NTK (the "dynamic" rule of Hugging Face's `rope_scaling`, from the
//!   "Dynamically Scaled RoPE" post on r/LocalLLaMA, 2023): the NTK-aware base
//!   `base * s'^(D/(D-2))`, with `s'` grown with the positions the call reaches, `L'`:
//!   `s' = s L'/L - (s - 1)` once `L' > L`, the plain base up to `L`.
//! - Llama 3 (Meta's Llama 3.1 release): pairs turning more than `high_freq_factor` times
//!   over `L` keep their frequency, pairs turning fewer than `low_freq_factor` times are
//!   divided by `s`, and in between the two blend linearly in `r_i`.
//! - YaRN (Peng et al., "YaRN: Efficient Context Window Extension of Large Language
//!   Models", 2023): pairs turning more than `beta_fast` times keep their frequency, pairs
//!   turning fewer than `beta_slow` times are divided by `s`, a ramp blends the two, and
//!   cos and sin are both scaled by `sqrt(1/t) = 0.1 ln(s) + 1` so that the attention
//!   logits are divided by the temperature `t`. The ramp is described at `fn yarn` below.

/// Which elements rotate together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Element `i` with `i + rotary_dim/2`.
    RotateHalf,
    /// Element `2i` with `2i + 1`.
    Interleaved,
}

/// Memory layout of a tensor of heads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `[batch, seq, heads, head_dim]`.
    Bshd,
    /// `[batch, heads, seq, head_dim]`.
    Bhsd,
}

/// How the frequencies are adapted to contexts longer than the training one. `factor` is
/// `s`, `original_max_position` is `L` (parameter names as in Hugging Face's
/// `rope_scaling`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scaling {
    None,
    Linear { factor: f64 },
    DynamicNtk { factor: f64, original_max_position: usize },
    Llama3 { factor: f64, low_freq_factor: f64, high_freq_factor: f64, original_max_position: usize },
    /// `attention_factor` replaces the default `0.1 ln(s) + 1` when given.
    Yarn { factor: f64, original_max_position: usize, beta_fast: f64, beta_slow: f64, attention_factor: Option<f64> },
}

/// What selects the rotation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub head_dim: usize,
    /// The leading part of each head that rotates; the rest passes unchanged.
    pub rotary_dim: usize,
    /// The base of the frequencies.
    pub theta: f64,
    pub scaling: Scaling,
    pub style: Style,
    pub layout: Layout,
}

impl Params {
    /// The `rotary_dim/2` frequencies (radians per position) for a call whose positions
    /// reach `seq_len` (largest position + 1; only dynamic NTK depends on it).
    pub fn frequencies(&self, seq_len: usize) -> Vec<f64> {
        let (d, base) = (self.rotary_dim, self.theta);
        match self.scaling {
            Scaling::None => unscaled(d, base),
            Scaling::Linear { factor } => unscaled(d, base).iter().map(|f| f / factor).collect(),
            Scaling::DynamicNtk { factor, original_max_position } => unscaled(d, dynamic_ntk_base(d, base, factor, original_max_position, seq_len)),
            Scaling::Llama3 { factor, low_freq_factor, high_freq_factor, original_max_position } => {
                llama3(d, base, factor, low_freq_factor, high_freq_factor, original_max_position)
            }
            Scaling::Yarn { factor, original_max_position, beta_fast, beta_slow, .. } => yarn(d, base, factor, original_max_position, beta_fast, beta_slow),
        }
    }

    /// The factor cos and sin are multiplied by: YaRN's `sqrt(1/t)`, 1 for the others.
    pub fn attention_factor(&self) -> f64 {
        match self.scaling {
            Scaling::Yarn { attention_factor: Some(a), .. } => a,
            // The paper fits 0.1 ln(s) + 1 for extensions (s > 1); a factor of at most 1
            // extends nothing, so no temperature is applied (as the YaRN code does).
            Scaling::Yarn { factor, .. } if factor > 1.0 => 0.1 * factor.ln() + 1.0,
            _ => 1.0,
        }
    }
}

/// `theta_i = base^(-2i/d)` for the `d/2` pairs.
fn unscaled(d: usize, base: f64) -> Vec<f64> {
    (0..d / 2).map(|i| 1.0 / base.powf(2.0 * i as f64 / d as f64)).collect()
}

/// Times pair `i` of frequency `f` turns over `l` positions.
fn turns(f: f64, l: f64) -> f64 {
    l / (2.0 * std::f64::consts::PI / f)
}

/// Dynamic NTK's base for positions reaching `seq_len`. The NTK-aware exponent
/// `d/(d-2)` divides the lowest frequency, `base^(-(d-2)/d)`, by exactly `s'` while the
/// highest (1) is kept; `s'` is 1 at `seq_len = L` and grows by `s` per `L` past it.
fn dynamic_ntk_base(d: usize, base: f64, s: f64, l: usize, seq_len: usize) -> f64 {
    if seq_len <= l {
        return base;
    }
    let grown = s * seq_len as f64 / l as f64 - (s - 1.0);
    base * grown.powf(d as f64 / (d as f64 - 2.0))
}

/// Llama 3.1: by the turns over the original context, above `high` kept, below `low`
/// divided by `s`, linear in the turns between.
fn llama3(d: usize, base: f64, s: f64, low: f64, high: f64, l: usize) -> Vec<f64> {
    unscaled(d, base)
        .into_iter()
        .map(|f| {
            let kept = ((turns(f, l as f64) - low) / (high - low)).clamp(0.0, 1.0);
            kept * f + (1.0 - kept) * f / s
        })
        .collect()
}

/// YaRN's "NTK-by-parts" frequencies: `kept * theta_i + (1 - kept) * theta_i / s`.
///
/// `kept` is 1 for pairs turning at least `beta_fast` times over the original context
/// and 0 for pairs turning at most `beta_slow` times. Between, the paper's equation
/// writes `kept` linear in the turns `r_i`; the authors' released implementation, which
/// Hugging Face's `rope_scaling` "yarn" and the released YaRN checkpoints follow, makes
/// it linear in the pair index instead, between the index where `r = beta_fast` rounded
/// down and the index where `r = beta_slow` rounded up (capped at `d - 1` there). The
/// checkpoints were trained with the latter, so it is the definition here; the two agree
/// outside the band. Meant for `L > 2 pi beta_slow`, where the band is not empty.
fn yarn(d: usize, base: f64, s: f64, l: usize, beta_fast: f64, beta_slow: f64) -> Vec<f64> {
    // The fractional pair index at which a pair turns `r` times over `l` positions:
    // `l base^(-2i/d) / (2 pi) = r`, solved for i.
    let index_turning = |r: f64| d as f64 / 2.0 * (l as f64 / (2.0 * std::f64::consts::PI * r)).ln() / base.ln();
    let last_kept = index_turning(beta_fast).floor().max(0.0);
    let first_divided = index_turning(beta_slow).ceil().min(d as f64 - 1.0);
    unscaled(d, base)
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            let i = i as f64;
            let kept = if i <= last_kept {
                1.0
            } else if i >= first_divided {
                0.0
            } else {
                (first_divided - i) / (first_divided - last_kept)
            };
            kept * f + (1.0 - kept) * f / s
        })
        .collect()
}

/// The angle of frequency `freq` at `pos`, rounded as model code forms it: f32 position
/// times f32 frequency, in f32.
pub fn angle(pos: usize, freq: f64) -> f64 {
    (pos as f32 * freq as f32) as f64
}

/// The dense `head_dim x head_dim` matrix taking a head to its rotated self at `pos`,
/// cos and sin scaled by `mscale`.
pub fn rotation(p: &Params, freqs: &[f64], mscale: f64, pos: usize) -> Vec<Vec<f64>> {
    let d = p.head_dim;
    let h = p.rotary_dim / 2;
    let mut m = vec![vec![0.0; d]; d];
    for (i, row) in m.iter_mut().enumerate().skip(p.rotary_dim) {
        row[i] = 1.0;
    }
    for (i, &f) in freqs.iter().enumerate() {
        let (c, s) = (angle(pos, f).cos() * mscale, angle(pos, f).sin() * mscale);
        let (a, b) = match p.style {
            Style::RotateHalf => (i, i + h),
            Style::Interleaved => (2 * i, 2 * i + 1),
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
fn index(p: &Params, seq: usize, heads: usize, b: usize, s: usize, h: usize, e: usize) -> usize {
    let d = p.head_dim;
    match p.layout {
        Layout::Bshd => ((b * seq + s) * heads + h) * d + e,
        Layout::Bhsd => ((b * heads + h) * seq + s) * d + e,
    }
}

/// Applies the rotation of each token (`positions[b*seq + s]`) to every head of `x`
/// (`batch x seq x heads` heads of `head_dim`); `transpose` gives the backward.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    p: &Params,
    freqs: &[f64],
    mscale: f64,
    x: &[f64],
    batch: usize,
    seq: usize,
    heads: usize,
    positions: &[usize],
    transpose: bool,
) -> Vec<f64> {
    let d = p.head_dim;
    let mut out = vec![0.0; x.len()];
    for b in 0..batch {
        for s in 0..seq {
            let m = rotation(p, freqs, mscale, positions[b * seq + s]);
            for h in 0..heads {
                for i in 0..d {
                    let mut acc = 0.0;
                    for j in 0..d {
                        let w = if transpose { m[j][i] } else { m[i][j] };
                        acc += w * x[index(p, seq, heads, b, s, h, j)];
                    }
                    out[index(p, seq, heads, b, s, h, i)] = acc;
                }
            }
        }
    }
    out
}
