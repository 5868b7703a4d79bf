//! Linear cross-entropy, the naive way: the full logits `hidden @ weight^T + bias`, the
//! cross-entropy reference on them, then the gradients by plain matrix products.

use super::cross_entropy;

/// The `[tokens, vocab]` logits.
pub fn logits(hidden: &[f64], weight: &[f64], bias: Option<&[f64]>, h: usize, vocab: usize) -> Vec<f64> {
    let tokens = hidden.len() / h;
    let mut out = vec![0.0; tokens * vocab];
    for t in 0..tokens {
        for v in 0..vocab {
            let dot: f64 = (0..h).map(|k| hidden[t * h + k] * weight[v * h + k]).sum();
            out[t * vocab + v] = dot + bias.map_or(0.0, |b| b[v]);
        }
    }
    out
}

/// (row losses, log-sum-exp, reduced loss) of the linear cross-entropy; `round` as in
/// [`backward`].
#[allow(clippy::too_many_arguments)]
pub fn forward(
    cfg: &cross_entropy::Params,
    hidden: &[f64],
    weight: &[f64],
    bias: Option<&[f64]>,
    targets: &[i64],
    h: usize,
    vocab: usize,
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>, f64) {
    cross_entropy::forward(cfg, &round(&logits(hidden, weight, bias, h, vocab)), targets, vocab)
}

/// (d_hidden, d_weight, d_bias) for upstream gradient `d_loss` (one value, or one per row
/// for `Reduction::None`). `round` is applied to the logits and to their gradient: the
/// precision they are held in between the GEMMs (identity for exact f64).
#[allow(clippy::too_many_arguments)]
pub fn backward(
    cfg: &cross_entropy::Params,
    hidden: &[f64],
    weight: &[f64],
    bias: Option<&[f64]>,
    targets: &[i64],
    h: usize,
    vocab: usize,
    d_loss: &[f64],
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let tokens = hidden.len() / h;
    let g = round(&cross_entropy::backward(cfg, &round(&logits(hidden, weight, bias, h, vocab)), targets, vocab, d_loss));
    let mut dh = vec![0.0; tokens * h];
    let mut dw = vec![0.0; vocab * h];
    let mut db = vec![0.0; vocab];
    for t in 0..tokens {
        for v in 0..vocab {
            let gv = g[t * vocab + v];
            db[v] += gv;
            for k in 0..h {
                dh[t * h + k] += gv * weight[v * h + k];
                dw[v * h + k] += gv * hidden[t * h + k];
            }
        }
    }
    (dh, dw, db)
}
