//! The two builds of the model and what they share.
//!
//! [`LlamaOps`] is a build: the [`Decoder`] it makes over a [`Model`]'s tensors, and its
//! sampler. [`BurnOps`] (here) composes Burn's own tensor ops, what a Burn user writes today:
//! naive softmax attention with a causal mask and k/v repeated for GQA, rotate-half RoPE from
//! cos/sin tables, `log_softmax` + `gather` cross-entropy over materialised logits.
//! [`super::PmetalOps`] stacks the `pmetal_burn::nn` modules, one fused kernel (and one fused
//! backward) per op. Both compute the same math; only rounding and memory traffic differ.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;

use burn::tensor::activation::{log_softmax, silu, softmax};
use burn::tensor::backend::Backend;
use burn::tensor::{Bool, Int, Tensor, TensorData};

use super::sample::{host_sample, SampleParams};
use super::{idx, Model};

/// A build of the model.
pub trait LlamaOps<B: Backend>: 'static {
    const NAME: &'static str;
    /// The model's layers in this build.
    type Decoder: Decoder<B>;
    /// The layers over `model`'s tensors as they are (handles and views, no copies), so the
    /// gradients land on `model.params` / `model.lora`. Made once per step (the trainer
    /// rebuilds the working tensors every step) or once per generation.
    fn decoder(model: &Model<B>) -> Self::Decoder;
    /// One token per row of `logits [rows, vocab]`.
    fn sample(logits: Tensor<B, 2>, p: &SampleParams, seed: u64) -> Vec<u32>;
}

/// The forward pass of a build. Rows are tokens, batch and sequence flattened.
pub trait Decoder<B: Backend> {
    /// Final-normed hidden states `[batch * seq, d]` for `tokens [batch, seq]`.
    fn hidden(&self, tokens: Tensor<B, 2, Int>) -> Tensor<B, 2>;
    /// Mean cross-entropy of the lm_head's logits of `hidden` against `targets [rows]`,
    /// shape `[1]`.
    fn loss(&self, hidden: Tensor<B, 2>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1>;
    /// The lm_head's logits `[rows, vocab]` of `hidden [rows, d]` (generation reads one row).
    fn logits(&self, hidden: Tensor<B, 2>) -> Tensor<B, 2>;
}

/// Burn's own tensor ops.
pub struct BurnOps;

/// The Burn build's decoder: Burn's ops straight on the model's flat tensors.
pub struct BurnDecoder<B: Backend>(Model<B>);

/// A cached table: backend type, table name, two sizes and theta's bits.
type ConstKey = (TypeId, &'static str, usize, usize, u32);

thread_local! {
    // Constant tables per (backend type, shape): RoPE cos/sin and the causal mask. Built once
    // per shape, so the Burn build is not charged a host upload per layer per step.
    static CONSTS: RefCell<HashMap<ConstKey, Box<dyn Any>>> = RefCell::new(HashMap::new());
}

/// Drops the cached constant tables (between the two builds, so neither holds the other's memory).
pub fn clear_caches() {
    CONSTS.with(|c| c.borrow_mut().clear());
}

fn cached<B: Backend, T: Clone + 'static>(key: (&'static str, usize, usize, u32), make: impl FnOnce() -> T) -> T {
    let k = (TypeId::of::<B>(), key.0, key.1, key.2, key.3);
    if let Some(t) = CONSTS.with(|c| c.borrow().get(&k).and_then(|b| b.downcast_ref::<T>().cloned())) {
        return t;
    }
    let t = make();
    CONSTS.with(|c| c.borrow_mut().insert(k, Box::new(t.clone())));
    t
}

/// cos/sin tables `[1, seq, 1, head_dim]` (each half repeated, rotate-half layout), computed in
/// f64 on the host: `angle(p, i) = p * theta^(-2i/head_dim)`.
fn rope_tables<B: Backend>(seq: usize, hd: usize, theta: f32, device: &B::Device) -> (Tensor<B, 4>, Tensor<B, 4>) {
    cached::<B, _>(("rope", seq, hd, theta.to_bits()), || {
        let half = hd / 2;
        let (mut cos, mut sin) = (vec![0f32; seq * hd], vec![0f32; seq * hd]);
        for p in 0..seq {
            for i in 0..half {
                let inv = (theta as f64).powf(-((2 * i) as f64) / hd as f64);
                let a = p as f64 * inv;
                for j in [i, i + half] {
                    cos[p * hd + j] = a.cos() as f32;
                    sin[p * hd + j] = a.sin() as f32;
                }
            }
        }
        let t = |v: Vec<f32>| Tensor::<B, 4>::from_data(TensorData::new(v, [1, seq, 1, hd]), device);
        (t(cos), t(sin))
    })
}

/// `[1, 1, seq, seq]`, true above the diagonal (the positions a query must not see).
fn causal_mask<B: Backend>(seq: usize, device: &B::Device) -> Tensor<B, 4, Bool> {
    cached::<B, _>(("causal", seq, seq, 0), || Tensor::<B, 2, Bool>::tril_mask([seq, seq], 0, device).reshape([1, 1, seq, seq]))
}

fn rotate_half<B: Backend>(x: Tensor<B, 4>) -> Tensor<B, 4> {
    let hd = x.dims()[3];
    let half = hd / 2;
    let x1 = x.clone().narrow(3, 0, half);
    let x2 = x.narrow(3, half, half);
    Tensor::cat(vec![x2.neg(), x1], 3)
}

/// `[b, s, kv, hd]` to `[b, s, kv * g, hd]`, kv head `j` serving query heads `j*g .. j*g+g`.
fn repeat_kv<B: Backend>(t: Tensor<B, 4>, g: usize) -> Tensor<B, 4> {
    if g == 1 {
        return t;
    }
    let [b, s, kv, hd] = t.dims();
    t.unsqueeze_dim::<5>(3).expand([b, s, kv, g, hd]).reshape([b, s, kv * g, hd])
}

impl<B: Backend> LlamaOps<B> for BurnOps {
    const NAME: &'static str = "burn";
    type Decoder = BurnDecoder<B>;

    fn decoder(model: &Model<B>) -> BurnDecoder<B> {
        BurnDecoder(model.clone())
    }

    fn sample(logits: Tensor<B, 2>, p: &SampleParams, seed: u64) -> Vec<u32> {
        let [rows, vocab] = logits.dims();
        let host = super::to_host(logits);
        (0..rows).map(|r| host_sample(&host[r * vocab..(r + 1) * vocab], p, seed.wrapping_add(r as u64))).collect()
    }
}

impl<B: Backend> BurnDecoder<B> {
    /// Layer `l`'s projection `i`: `x @ W^T`, plus the scaled adapter in the LoRA phase.
    fn proj(&self, x: Tensor<B, 2>, l: usize, i: usize) -> Tensor<B, 2> {
        let w = self.0.layer(l, i);
        match self.0.adapter(l, i) {
            None => x.matmul(w.transpose()),
            Some((a, b, scale)) => {
                let base = x.clone().matmul(w.transpose());
                base + x.matmul(a.transpose()).matmul(b.transpose()).mul_scalar(scale)
            }
        }
    }
}

impl<B: Backend> Decoder<B> for BurnDecoder<B> {
    fn hidden(&self, tokens: Tensor<B, 2, Int>) -> Tensor<B, 2> {
        let m = &self.0;
        let c = &m.cfg;
        let [b, s] = tokens.dims();
        let (n, d, hd) = (b * s, c.d_model, c.head_dim());
        let mut x = burn::tensor::module::embedding(m.embed(), tokens).reshape([n, d]);
        for l in 0..c.n_layers {
            let h = rms_norm(x.clone(), m.layer_norm(l, idx::ATTN_NORM), c.norm_eps);
            let q = self.proj(h.clone(), l, idx::WQ).reshape([b, s, c.n_heads, hd]);
            let k = self.proj(h.clone(), l, idx::WK).reshape([b, s, c.n_kv_heads, hd]);
            let v = self.proj(h, l, idx::WV).reshape([b, s, c.n_kv_heads, hd]);
            let (q, k) = rope(q, k, c.rope_theta);
            let a = attention(q, k, v).reshape([n, c.n_heads * hd]);
            x = x + self.proj(a, l, idx::WO);
            let h = rms_norm(x.clone(), m.layer_norm(l, idx::MLP_NORM), c.norm_eps);
            let g = self.proj(h.clone(), l, idx::GATE);
            let u = self.proj(h, l, idx::UP);
            x = x + self.proj(silu(g).mul(u), l, idx::DOWN);
        }
        rms_norm(x, m.final_norm(), c.norm_eps)
    }

    fn loss(&self, hidden: Tensor<B, 2>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1> {
        let logits = self.logits(hidden);
        let n = logits.dims()[0];
        let picked = log_softmax(logits, 1).gather(1, targets.reshape([n, 1]));
        picked.mean().neg()
    }

    fn logits(&self, hidden: Tensor<B, 2>) -> Tensor<B, 2> {
        hidden.matmul(self.0.head().transpose())
    }
}

fn rms_norm<B: Backend>(x: Tensor<B, 2>, w: Tensor<B, 1>, eps: f32) -> Tensor<B, 2> {
    let d = x.dims()[1];
    let rms = x.clone().square().mean_dim(1).add_scalar(eps).sqrt();
    x.div(rms).mul(w.reshape([1, d]))
}

/// Rotate-half (Llama/HF) RoPE at positions `0..seq`.
fn rope<B: Backend>(q: Tensor<B, 4>, k: Tensor<B, 4>, theta: f32) -> (Tensor<B, 4>, Tensor<B, 4>) {
    let [_, s, _, hd] = q.dims();
    let (cos, sin) = rope_tables::<B>(s, hd, theta, &q.device());
    let rot = |x: Tensor<B, 4>| x.clone().mul(cos.clone()).add(rotate_half(x).mul(sin.clone()));
    (rot(q), rot(k))
}

/// Causal GQA attention, scale `1/sqrt(head_dim)`; `[batch, seq, heads, head_dim]` in and out.
fn attention<B: Backend>(q: Tensor<B, 4>, k: Tensor<B, 4>, v: Tensor<B, 4>) -> Tensor<B, 4> {
    let [b, s, h, hd] = q.dims();
    let g = h / k.dims()[2];
    let q = q.swap_dims(1, 2); // [b, h, s, hd]
    let k = repeat_kv(k, g).swap_dims(1, 2);
    let v = repeat_kv(v, g).swap_dims(1, 2);
    let scores = q.matmul(k.swap_dims(2, 3)).mul_scalar(1.0 / (hd as f64).sqrt());
    let mask = causal_mask::<B>(s, &scores.device()).expand([b, h, s, s]);
    let p = softmax(scores.mask_fill(mask, f32::NEG_INFINITY), 3);
    p.matmul(v).swap_dims(1, 2)
}
