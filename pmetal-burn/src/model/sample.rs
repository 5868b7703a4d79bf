//! Generation: prompt, then one token per step by full recompute (no KV cache: fine for the
//! demo), sampled with temperature / top-k / top-p from a seed.

use burn::tensor::backend::Backend;

use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;

use super::{int1, int2, Decoder as _, LlamaOps, Model};

#[derive(Clone, Debug, PartialEq)]
pub struct SampleParams {
    /// 0 = greedy.
    pub temperature: f32,
    /// 0 = off (whole vocabulary).
    pub top_k: usize,
    /// 1 = off.
    pub top_p: f32,
}

impl Default for SampleParams {
    fn default() -> Self {
        SampleParams { temperature: 0.8, top_k: 40, top_p: 0.95 }
    }
}

/// The Burn build's sampler, on the host in f64, with the same rules as pmetal's kernel
/// (greedy at T = 0, lowest index on ties; top-k; top-p keeps a token while the mass strictly
/// before it is < p), but its own random stream, so the two builds' texts differ.
pub fn host_sample(logits: &[f32], p: &SampleParams, seed: u64) -> u32 {
    let argmax = || {
        let mut best = 0;
        for (i, &l) in logits.iter().enumerate() {
            if l > logits[best] {
                best = i;
            }
        }
        best as u32
    };
    if p.temperature <= 0.0 {
        return argmax();
    }
    let t = p.temperature as f64;
    let max = logits.iter().fold(f64::NEG_INFINITY, |m, &l| m.max(l as f64));
    let mut probs: Vec<(usize, f64)> = logits.iter().enumerate().map(|(i, &l)| (i, ((l as f64 - max) / t).exp())).collect();
    // Stable: equal probabilities keep ascending index order.
    probs.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    let k = if p.top_k == 0 { probs.len() } else { p.top_k.min(probs.len()) };
    probs.truncate(k);
    let total: f64 = probs.iter().map(|x| x.1).sum();
    if p.top_p < 1.0 {
        let mut before = 0.0;
        let mut keep = 0;
        for x in &probs {
            if before / total >= p.top_p as f64 {
                break;
            }
            before += x.1;
            keep += 1;
        }
        probs.truncate(keep.max(1));
    }
    // Draw over the kept set in vocabulary order (as the kernel does).
    probs.sort_by_key(|x| x.0);
    let kept: f64 = probs.iter().map(|x| x.1).sum();
    let u = ChaCha8Rng::seed_from_u64(seed).random::<f64>() * kept;
    let mut acc = 0.0;
    for x in &probs {
        acc += x.1;
        if acc > u {
            return x.0 as u32;
        }
    }
    probs.last().map(|x| x.0 as u32).unwrap_or_else(argmax)
}

/// Generates `n_new` bytes after `prompt`. Each step feeds a fixed `[1, window]` buffer (the
/// last `window` tokens, right-padded; causal attention keeps the padding out of the row
/// read), so every step has one shape: no per-length recompiles or autotune runs. The draw
/// of step `i` uses seed `seed + i`.
pub fn generate<B: Backend, O: LlamaOps<B>>(model: &Model<B>, prompt: &[u8], n_new: usize, window: usize, params: &SampleParams, seed: u64, device: &B::Device) -> Vec<u8> {
    let mut toks: Vec<i32> = prompt.iter().map(|&b| b as i32).collect();
    if toks.is_empty() {
        toks.push(b'\n' as i32);
    }
    let dec = O::decoder(model);
    for i in 0..n_new {
        let start = toks.len().saturating_sub(window);
        let ctx = &toks[start..];
        let mut buf = ctx.to_vec();
        buf.resize(window, 0);
        let h = dec.hidden(int2::<B>(&buf, [1, window], device)).select(0, int1::<B>(&[ctx.len() as i32 - 1], device));
        let logits = dec.logits(h);
        let t = O::sample(logits, params, seed.wrapping_add(i as u64))[0];
        toks.push(t as i32);
    }
    toks[prompt.len().max(1).min(toks.len())..].iter().map(|&t| t as u8).collect()
}
