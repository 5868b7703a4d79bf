//! The token sampler in f64, the naive way: penalties, a full softmax, a stable sort of
//! the whole vocabulary for top-k / top-p, min-p, then an index-order inverse-CDF draw
//! with the same Philox4x32-10 uniform as the kernel. See `kernels::sampler` for the
//! definition this follows.

/// One row's parameters (`None` = filter off).
#[derive(Clone, Debug, PartialEq)]
pub struct RowParams {
    pub temperature: f64,
    pub top_k: Option<usize>,
    pub top_p: Option<f64>,
    pub min_p: Option<f64>,
    pub repetition: f64,
    pub presence: f64,
    pub frequency: f64,
}

impl Default for RowParams {
    fn default() -> Self {
        RowParams { temperature: 1.0, top_k: None, top_p: None, min_p: None, repetition: 1.0, presence: 0.0, frequency: 0.0 }
    }
}

/// Why a row cannot be sampled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    /// A processed logit is NaN or +inf.
    Nan,
    /// Every logit is -inf.
    AllNegInf,
}

/// The reference's answer for one row.
#[derive(Clone, Debug)]
pub struct Sample {
    pub token: usize,
    /// Log-probability of `token` under softmax(l' / T) (T = 1 when greedy).
    pub logprob: f64,
    /// The final distribution sampled from (after every filter), in vocabulary order.
    pub probs: Vec<f64>,
    /// The top-n `(id, log-prob)` in stable descending order.
    pub top: Vec<(usize, f64)>,
    /// True when the draw or a filter boundary is within f32 rounding of a decision, so
    /// the f32 kernel may legitimately pick another token.
    pub borderline: bool,
}

/// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", 2011).
pub fn philox4x32_10(ctr: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    let (mut c, mut k) = (ctr, key);
    for _ in 0..10 {
        let p0 = 0xD251_1F53u64 * c[0] as u64;
        let p1 = 0xCD9E_8D57u64 * c[2] as u64;
        c = [((p1 >> 32) as u32) ^ c[1] ^ k[0], p1 as u32, ((p0 >> 32) as u32) ^ c[3] ^ k[1], p0 as u32];
        k = [k[0].wrapping_add(0x9E37_79B9), k[1].wrapping_add(0xBB67_AE85)];
    }
    c
}

/// The uniform in [0, 1) a row draws with: 24 bits of Philox at counter
/// (step_lo, step_hi, row, 0) under key (seed_lo, seed_hi).
pub fn uniform(seed: u64, row: u32, step: u64) -> f64 {
    let x = philox4x32_10([step as u32, (step >> 32) as u32, row, 0], [seed as u32, (seed >> 32) as u32]);
    (x[0] >> 8) as f64 / (1u64 << 24) as f64
}

/// Penalised logits: repetition (divide positive, multiply negative), then frequency and
/// presence, for tokens that occur in `history`.
pub fn penalize(logits: &[f64], history: &[i32], p: &RowParams) -> Vec<f64> {
    let mut count = vec![0usize; logits.len()];
    for &id in history {
        count[id as usize] += 1;
    }
    logits
        .iter()
        .zip(&count)
        .map(|(&l, &c)| {
            if c == 0 {
                return l;
            }
            let v = if l > 0.0 { l / p.repetition } else { l * p.repetition };
            v - p.frequency * c as f64 - p.presence
        })
        .collect()
}

/// Samples one row. `row`, `seed`, `step` key the uniform as in the kernel.
pub fn sample_row(logits: &[f64], history: &[i32], p: &RowParams, n_top: usize, seed: u64, row: u32, step: u64) -> Result<Sample, RowStatus> {
    let l = penalize(logits, history, p);
    if l.iter().any(|x| x.is_nan() || *x == f64::INFINITY) {
        return Err(RowStatus::Nan);
    }
    if l.iter().all(|&x| x == f64::NEG_INFINITY) {
        return Err(RowStatus::AllNegInf);
    }
    let v = l.len();
    let greedy = p.temperature == 0.0;
    let t = if greedy { 1.0 } else { p.temperature };
    let m = l.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    // Full softmax of l'/T.
    let e: Vec<f64> = l.iter().map(|&x| if x == m { 1.0 } else { ((x - m) / t).exp() }).collect();
    let z: f64 = e.iter().sum();
    let logp = |i: usize| if l[i] == m { -z.ln() } else { (l[i] - m) / t - z.ln() };
    // Stable sort of the whole vocabulary, descending (ties: lowest index first).
    let mut order: Vec<usize> = (0..v).collect();
    order.sort_by(|&a, &b| l[b].partial_cmp(&l[a]).unwrap());
    let top = order.iter().take(n_top).map(|&i| (i, logp(i))).collect();
    let mut borderline = false;

    if greedy {
        let token = order[0];
        let mut probs = vec![0.0; v];
        probs[token] = 1.0;
        return Ok(Sample { token, logprob: logp(token), probs, top, borderline });
    }
    let near = |a: f64, b: f64| (a - b).abs() <= 1e-5 * a.abs().max(b.abs()).max(1e-30);
    let mut keep = vec![true; v];
    if let Some(k) = p.top_k {
        for &i in &order[k.min(v)..] {
            keep[i] = false;
        }
        if k < v && l[order[k - 1]] != l[order[k]] && near(l[order[k - 1]], l[order[k]]) {
            borderline = true;
        }
    }
    if let Some(pp) = p.top_p {
        if pp < 1.0 {
            let zk: f64 = order.iter().filter(|&&i| keep[i]).map(|&i| e[i]).sum();
            let mut before = 0.0;
            for &i in order.iter().filter(|&&i| keep[i]).collect::<Vec<_>>() {
                let q = before / zk;
                if q >= pp {
                    keep[i] = false;
                }
                if (q - pp).abs() < 1e-5 && q != pp {
                    borderline = true;
                }
                before += e[i];
            }
        }
    }
    if let Some(mp) = p.min_p {
        // prob_i >= min_p * max_prob  <=>  e_i >= min_p (e_max = 1).
        for i in 0..v {
            if e[i] < mp {
                keep[i] = false;
            }
            if e[i] != mp && near(e[i], mp) {
                borderline = true;
            }
        }
    }
    let total: f64 = (0..v).filter(|&i| keep[i]).map(|i| e[i]).sum();
    let probs: Vec<f64> = (0..v).map(|i| if keep[i] { e[i] / total } else { 0.0 }).collect();
    // Inverse CDF in vocabulary order: the first token whose inclusive prefix exceeds u.
    let u = uniform(seed, row, step);
    let mut cum = 0.0;
    let mut token = None;
    let mut last = 0;
    for (i, &q) in probs.iter().enumerate() {
        if q > 0.0 {
            last = i;
            let prev = cum;
            cum += q;
            if token.is_none() && cum > u {
                token = Some(i);
                // The kernel sums in f32: a u this close to the token's edges may land
                // on a neighbour.
                if (prev - u).abs() < 1e-5 || (cum - u).abs() < 1e-5 {
                    borderline = true;
                }
            }
        }
    }
    let token = token.unwrap_or(last);
    Ok(Sample { token, logprob: logp(token), probs, top, borderline })
}
