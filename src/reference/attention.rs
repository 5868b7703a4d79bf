//! Attention in f64, the naive way: the whole `[T_q, T_k]` score matrix of a (batch entry,
//! head) is written out, each row goes through a full softmax, and the backward is the
//! textbook chain rule on those matrices. No online softmax, no tiling: this is what the
//! FlashAttention kernels must reproduce.
//!
//! Layouts as the kernels': q `[B, T_q, H, D]`, k and v `[B, T_k, H_kv, D]`, out like q,
//! lse `[B, H, T_q]` (natural log). A packed varlen batch is one call per sequence
//! (`batch` 1, the sequence's slices).
//!
//! Score of query t, key j in head h: `s = cap * tanh(scale * q.k / cap)` (no cap: just
//! `scale * q.k`) plus the additive mask. Key j is visible from t when
//! `j - (t + T_k - T_q)` lies in `[-left, right]` (causal: `right = 0`); a key that is not
//! visible, or whose mask is -inf, takes no part. Head h reads KV head `h / (H / H_kv)`.

/// What selects the attention (the kernels' `AttentionConfig`, in f64).
#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub heads: usize,
    pub kv_heads: usize,
    pub head_dim: usize,
    pub scale: f64,
    pub softcap: Option<f64>,
    pub causal: bool,
    pub window_left: Option<usize>,
    pub window_right: Option<usize>,
}

impl Params {
    /// `heads` heads of `head_dim`, as many KV heads, scale `1 / sqrt(head_dim)`, no bound.
    pub fn new(heads: usize, head_dim: usize) -> Self {
        Params {
            heads,
            kv_heads: heads,
            head_dim,
            scale: 1.0 / (head_dim as f64).sqrt(),
            softcap: None,
            causal: false,
            window_left: None,
            window_right: None,
        }
    }

    /// The KV head that query head `h` reads (GQA: groups of `H / H_kv` consecutive heads).
    pub fn kv_head(&self, h: usize) -> usize {
        h / (self.heads / self.kv_heads)
    }

    /// Whether key `j` is visible from query `t` (causal / sliding window, bottom-right
    /// aligned: the last query sits on the last key).
    pub fn visible(&self, t: usize, j: usize, tq: usize, tk: usize) -> bool {
        let rel = j as i64 - (t as i64 + tk as i64 - tq as i64);
        let right = if self.causal { Some(0) } else { self.window_right };
        self.window_left.is_none_or(|l| rel >= -(l as i64)) && right.is_none_or(|r| rel <= r as i64)
    }

    /// The capped score from the scaled product `x = scale * q.k`, and its derivative
    /// `d cap(x) / dx` (1 without a cap; `1 - tanh^2` with one).
    pub fn cap(&self, x: f64) -> (f64, f64) {
        match self.softcap {
            None => (x, 1.0),
            Some(c) => {
                let th = (x / c).tanh();
                (c * th, 1.0 - th * th)
            }
        }
    }
}

/// Additive mask of (batch entry, head, t, j): 0 attends, -inf masks, anything else adds
/// to the score. `None` stands for all zeros.
pub type Mask<'a> = Option<&'a dyn Fn(usize, usize, usize, usize) -> f64>;

/// Index of element `c` of head `h` at token `t` of batch entry `b` in a `[B, T, heads, D]`
/// tensor.
fn at(b: usize, t: usize, len: usize, h: usize, heads: usize, d: usize, c: usize) -> usize {
    ((b * len + t) * heads + h) * d + c
}

/// The `[T_q, T_k]` scores of (b, h): each entry `(s, dcap)` with s = -inf where the key is
/// not visible or masked, and `dcap` the softcap derivative of the entry.
#[allow(clippy::too_many_arguments)]
fn scores(q: &[f64], k: &[f64], b: usize, h: usize, tq: usize, tk: usize, p: &Params, mask: Mask) -> Vec<Vec<(f64, f64)>> {
    let d = p.head_dim;
    let kh = p.kv_head(h);
    (0..tq)
        .map(|t| {
            (0..tk)
                .map(|j| {
                    let dot: f64 = (0..d).map(|c| q[at(b, t, tq, h, p.heads, d, c)] * k[at(b, j, tk, kh, p.kv_heads, d, c)]).sum();
                    let (s, dcap) = p.cap(p.scale * dot);
                    let m = mask.map_or(0.0, |f| f(b, h, t, j));
                    if !p.visible(t, j, tq, tk) || m == f64::NEG_INFINITY {
                        (f64::NEG_INFINITY, 0.0)
                    } else {
                        (s + m, dcap)
                    }
                })
                .collect()
        })
        .collect()
}

/// Softmax of one score row, with its log-sum-exp; a row with no finite score gives
/// probabilities 0 and lse -inf (the kernels' convention for a query that sees nothing).
fn softmax(row: &[(f64, f64)]) -> (Vec<f64>, f64) {
    let m = row.iter().map(|e| e.0).fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return (vec![0.0; row.len()], f64::NEG_INFINITY);
    }
    let e: Vec<f64> = row.iter().map(|x| (x.0 - m).exp()).collect();
    let sum: f64 = e.iter().sum();
    (e.iter().map(|x| x / sum).collect(), m + sum.ln())
}

/// Forward over `batch` entries of `tq` queries and `tk` keys: returns (out like q, lse
/// `[B, H, T_q]`).
#[allow(clippy::too_many_arguments)]
pub fn forward(q: &[f64], k: &[f64], v: &[f64], batch: usize, tq: usize, tk: usize, p: &Params, mask: Mask) -> (Vec<f64>, Vec<f64>) {
    let (h_n, d) = (p.heads, p.head_dim);
    let mut out = vec![0.0; batch * tq * h_n * d];
    let mut lse = vec![0.0; batch * h_n * tq];
    for b in 0..batch {
        for h in 0..h_n {
            let kh = p.kv_head(h);
            let s = scores(q, k, b, h, tq, tk, p, mask);
            for t in 0..tq {
                let (pr, l) = softmax(&s[t]);
                lse[(b * h_n + h) * tq + t] = l;
                for c in 0..d {
                    out[at(b, t, tq, h, h_n, d, c)] = (0..tk).map(|j| pr[j] * v[at(b, j, tk, kh, p.kv_heads, d, c)]).sum();
                }
            }
        }
    }
    (out, lse)
}

/// Backward from `d_out` (like q): returns (dq, dk, dv). With P the softmax of the scores,
/// `dP = dO V^T`, `dS = P (dP - rowsum(P dP))` (the softmax backward; rowsum(P dP) is
/// rowsum(dO O)), then through the cap and the scale: `dX = dS dcap scale`,
/// `dq = dX K`, `dk = dX^T Q`, `dv = P^T dO`. GQA heads of a group sum into their KV
/// head. Masked entries have P = 0, so they contribute nothing; a row that sees no key
/// has P = 0 everywhere and gets zero gradients.
#[allow(clippy::too_many_arguments)]
pub fn backward(
    q: &[f64],
    k: &[f64],
    v: &[f64],
    d_out: &[f64],
    batch: usize,
    tq: usize,
    tk: usize,
    p: &Params,
    mask: Mask,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let (h_n, hk_n, d) = (p.heads, p.kv_heads, p.head_dim);
    let mut dq = vec![0.0; q.len()];
    let mut dk = vec![0.0; k.len()];
    let mut dv = vec![0.0; v.len()];
    for b in 0..batch {
        for h in 0..h_n {
            let kh = p.kv_head(h);
            let s = scores(q, k, b, h, tq, tk, p, mask);
            for t in 0..tq {
                let (pr, _) = softmax(&s[t]);
                let dp: Vec<f64> = (0..tk).map(|j| (0..d).map(|c| d_out[at(b, t, tq, h, h_n, d, c)] * v[at(b, j, tk, kh, hk_n, d, c)]).sum()).collect();
                let delta: f64 = (0..tk).map(|j| pr[j] * dp[j]).sum();
                for j in 0..tk {
                    let dx = pr[j] * (dp[j] - delta) * s[t][j].1 * p.scale;
                    for c in 0..d {
                        dq[at(b, t, tq, h, h_n, d, c)] += dx * k[at(b, j, tk, kh, hk_n, d, c)];
                        dk[at(b, j, tk, kh, hk_n, d, c)] += dx * q[at(b, t, tq, h, h_n, d, c)];
                        dv[at(b, j, tk, kh, hk_n, d, c)] += pr[j] * d_out[at(b, t, tq, h, h_n, d, c)];
                    }
                }
            }
        }
    }
    (dq, dk, dv)
}

/// Naive attention in the inputs' precision: flash-attn's yardstick (its tests allow the
/// kernel twice the error of plain PyTorch attention in the same dtype; see
/// `attention_rule` in tests/common/verify.rs). Not a specification: [`forward`] and [`backward`]
/// are.
///
/// Model: the inputs as rounded to the dtype; every product and reduction accumulates in
/// f32; each matrix a plain implementation materialises is rounded to the dtype: the
/// scores `S = cap(scale q k^T)`, `S + mask`, `P = softmax(S)` (computed in f32 from the
/// rounded S), `O = P V`; backward `dP = dO V^T`, `dS = P (dP - rowsum(P dP)) cap' scale`
/// (the row sum in f32), `dQ = dS K`, `dK = dS^T Q`, `dV = P^T dO` (GQA heads summed in
/// f32 before the rounding). The lse stays f32. For f32 every rounding is the identity:
/// plain f32 attention.
pub mod naive {
    use super::{Mask, Params};
    use crate::dtype::DType;
    use half::{bf16, f16};

    fn rnd(dtype: DType, x: f32) -> f32 {
        match dtype {
            DType::F16 => f16::from_f32(x).to_f32(),
            DType::BF16 => bf16::from_f32(x).to_f32(),
            _ => x,
        }
    }

    fn at(b: usize, t: usize, len: usize, h: usize, heads: usize, d: usize, c: usize) -> usize {
        ((b * len + t) * heads + h) * d + c
    }

    /// P `[T_q, T_k]` (rounded), the cap derivative per entry, and the lse per row of (b, h).
    #[allow(clippy::too_many_arguments)]
    fn probs(dtype: DType, q: &[f64], k: &[f64], b: usize, h: usize, tq: usize, tk: usize, p: &Params, mask: Mask) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
        let (d, kh) = (p.head_dim, p.kv_head(h));
        let mut pr = vec![0.0f32; tq * tk];
        let mut dcap = vec![0.0f32; tq * tk];
        let mut lse = vec![f32::NEG_INFINITY; tq];
        for t in 0..tq {
            let mut s = vec![f32::NEG_INFINITY; tk];
            for j in 0..tk {
                let m = mask.map_or(0.0, |f| f(b, h, t, j));
                if !p.visible(t, j, tq, tk) || m == f64::NEG_INFINITY {
                    continue;
                }
                let dot: f32 = (0..d).map(|c| q[at(b, t, tq, h, p.heads, d, c)] as f32 * k[at(b, j, tk, kh, p.kv_heads, d, c)] as f32).sum();
                let x = dot * p.scale as f32;
                let (cx, dc) = match p.softcap {
                    None => (x, 1.0),
                    Some(cap) => {
                        let th = (x / cap as f32).tanh();
                        (cap as f32 * th, 1.0 - th * th)
                    }
                };
                s[j] = rnd(dtype, rnd(dtype, cx) + m as f32);
                dcap[t * tk + j] = dc;
            }
            let mx = s.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            if mx == f32::NEG_INFINITY {
                continue;
            }
            let e: Vec<f32> = s.iter().map(|x| (x - mx).exp()).collect();
            let sum: f32 = e.iter().sum();
            for j in 0..tk {
                pr[t * tk + j] = rnd(dtype, e[j] / sum);
            }
            lse[t] = mx + sum.ln();
        }
        (pr, dcap, lse)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn forward(dtype: DType, q: &[f64], k: &[f64], v: &[f64], batch: usize, tq: usize, tk: usize, p: &Params, mask: Mask) -> (Vec<f64>, Vec<f64>) {
        let (hn, d) = (p.heads, p.head_dim);
        let mut out = vec![0.0; q.len()];
        let mut lse = vec![0.0; batch * hn * tq];
        for b in 0..batch {
            for h in 0..hn {
                let kh = p.kv_head(h);
                let (pr, _, l) = probs(dtype, q, k, b, h, tq, tk, p, mask);
                for t in 0..tq {
                    lse[(b * hn + h) * tq + t] = l[t] as f64;
                    for c in 0..d {
                        let o: f32 = (0..tk).map(|j| pr[t * tk + j] * v[at(b, j, tk, kh, p.kv_heads, d, c)] as f32).sum();
                        out[at(b, t, tq, h, hn, d, c)] = rnd(dtype, o) as f64;
                    }
                }
            }
        }
        (out, lse)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn backward(
        dtype: DType,
        q: &[f64],
        k: &[f64],
        v: &[f64],
        d_out: &[f64],
        batch: usize,
        tq: usize,
        tk: usize,
        p: &Params,
        mask: Mask,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let (hn, hkn, d) = (p.heads, p.kv_heads, p.head_dim);
        let mut dq = vec![0.0; q.len()];
        let mut dk = vec![0.0f32; k.len()];
        let mut dv = vec![0.0f32; v.len()];
        for b in 0..batch {
            for h in 0..hn {
                let kh = p.kv_head(h);
                let (pr, dcap, _) = probs(dtype, q, k, b, h, tq, tk, p, mask);
                let mut ds = vec![0.0f32; tq * tk];
                for t in 0..tq {
                    let dp: Vec<f32> = (0..tk)
                        .map(|j| rnd(dtype, (0..d).map(|c| d_out[at(b, t, tq, h, hn, d, c)] as f32 * v[at(b, j, tk, kh, hkn, d, c)] as f32).sum()))
                        .collect();
                    let delta: f32 = (0..tk).map(|j| pr[t * tk + j] * dp[j]).sum();
                    for j in 0..tk {
                        ds[t * tk + j] = rnd(dtype, pr[t * tk + j] * (dp[j] - delta) * dcap[t * tk + j] * p.scale as f32);
                    }
                    for c in 0..d {
                        let g: f32 = (0..tk).map(|j| ds[t * tk + j] * k[at(b, j, tk, kh, hkn, d, c)] as f32).sum();
                        dq[at(b, t, tq, h, hn, d, c)] = rnd(dtype, g) as f64;
                    }
                }
                for j in 0..tk {
                    for c in 0..d {
                        let i = at(b, j, tk, kh, hkn, d, c);
                        dk[i] += (0..tq).map(|t| ds[t * tk + j] * q[at(b, t, tq, h, hn, d, c)] as f32).sum::<f32>();
                        dv[i] += (0..tq).map(|t| pr[t * tk + j] * d_out[at(b, t, tq, h, hn, d, c)] as f32).sum::<f32>();
                    }
                }
            }
        }
        let fin = |x: Vec<f32>| x.into_iter().map(|g| rnd(dtype, g) as f64).collect();
        (dq, fin(dk), fin(dv))
    }
}
