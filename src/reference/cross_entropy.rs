//! Cross-entropy, the naive way: the full softmax of each row, its logarithm, the loss
//! terms, and the gradient element by element.
//!
//! Row loss with target `t`, `V` logits, the (softcapped) logits `z` and `p = softmax(z)`:
//! `(1 - eps) (-ln p_t) + eps mean_j(-ln p_j) + z_loss lse(z)^2`; a row whose target is
//! `ignore_index` has loss 0 and gradient 0, and does not count towards the mean.

/// How the row losses combine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduction {
    /// One loss per row.
    None,
    /// Their sum.
    Sum,
    /// Their mean over the rows not ignored (0 when all are).
    Mean,
}

/// What selects the loss.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Target marking a row to skip.
    pub ignore_index: i64,
    /// Label smoothing `eps`.
    pub label_smoothing: f64,
    /// Scale of the `lse^2` term.
    pub z_loss: f64,
    /// Logit softcap `c`: the loss sees `c tanh(x / c)`.
    pub softcap: Option<f64>,
    pub reduction: Reduction,
}

impl Default for Params {
    /// PyTorch's defaults: ignore index -100, no smoothing, mean.
    fn default() -> Self {
        Params { ignore_index: -100, label_smoothing: 0.0, z_loss: 0.0, softcap: None, reduction: Reduction::Mean }
    }
}

/// The logit the loss sees.
pub fn logit(cfg: &Params, x: f64) -> f64 {
    match cfg.softcap {
        Some(c) => c * (x / c).tanh(),
        None => x,
    }
}

/// Softmax of a row of (softcapped) logits and its log-sum-exp. Infinite maxima take the
/// limit: the mass spreads evenly over the logits equal to the max.
pub fn softmax(z: &[f64]) -> (Vec<f64>, f64) {
    let m = z.iter().copied().filter(|v| !v.is_nan()).fold(f64::NEG_INFINITY, f64::max);
    if z.iter().any(|v| v.is_nan()) {
        return (vec![f64::NAN; z.len()], f64::NAN);
    }
    if m.is_infinite() {
        let n = z.iter().filter(|&&v| v == m).count() as f64;
        return (z.iter().map(|&v| if v == m { 1.0 / n } else { 0.0 }).collect(), m);
    }
    let e: Vec<f64> = z.iter().map(|&v| (v - m).exp()).collect();
    let s: f64 = e.iter().sum();
    (e.iter().map(|v| v / s).collect(), m + s.ln())
}

/// Per-row losses, per-row log-sum-exp, and the reduced loss (equal to the per-row losses'
/// sum for `Reduction::None`).
pub fn forward(cfg: &Params, logits: &[f64], targets: &[i64], vocab: usize) -> (Vec<f64>, Vec<f64>, f64) {
    let eps = cfg.label_smoothing;
    let mut losses = Vec::new();
    let mut lses = Vec::new();
    let mut counted = 0usize;
    for (row, &t) in logits.chunks(vocab).zip(targets) {
        let z: Vec<f64> = row.iter().map(|&x| logit(cfg, x)).collect();
        let (p, lse) = softmax(&z);
        lses.push(lse);
        if t == cfg.ignore_index {
            losses.push(0.0);
            continue;
        }
        counted += 1;
        let logp: Vec<f64> = p.iter().map(|v| v.ln()).collect();
        let nll = -logp[t as usize];
        let smooth = -logp.iter().sum::<f64>() / vocab as f64;
        let mut l = (1.0 - eps) * nll;
        if eps > 0.0 {
            l += eps * smooth;
        }
        if cfg.z_loss > 0.0 {
            l += cfg.z_loss * lse * lse;
        }
        losses.push(l);
    }
    let total: f64 = losses.iter().sum();
    let reduced = match cfg.reduction {
        Reduction::Mean if counted == 0 => 0.0,
        Reduction::Mean => total / counted as f64,
        _ => total,
    };
    (losses, lses, reduced)
}

/// Gradient of the loss with respect to the logits, for upstream gradient `d_loss`: one
/// value for sum/mean, one per row for `None`.
pub fn backward(cfg: &Params, logits: &[f64], targets: &[i64], vocab: usize, d_loss: &[f64]) -> Vec<f64> {
    let eps = cfg.label_smoothing;
    let lam = cfg.z_loss;
    let counted = targets.iter().filter(|&&t| t != cfg.ignore_index).count();
    let mut out = Vec::with_capacity(logits.len());
    for (r, (row, &t)) in logits.chunks(vocab).zip(targets).enumerate() {
        if t == cfg.ignore_index {
            out.extend(std::iter::repeat_n(0.0, vocab));
            continue;
        }
        let mut scale = if cfg.reduction == Reduction::None { d_loss[r] } else { d_loss[0] };
        if cfg.reduction == Reduction::Mean {
            scale /= counted as f64;
        }
        let z: Vec<f64> = row.iter().map(|&x| logit(cfg, x)).collect();
        let (p, lse) = softmax(&z);
        for j in 0..vocab {
            let mut g = if p[j] == 0.0 || lam == 0.0 { p[j] } else { p[j] * (1.0 + 2.0 * lam * lse) };
            g -= eps / vocab as f64;
            if j == t as usize {
                g -= 1.0 - eps;
            }
            if let Some(c) = cfg.softcap {
                let th = z[j] / c;
                g *= 1.0 - th * th;
            }
            out.push(g * scale);
        }
    }
    out
}
