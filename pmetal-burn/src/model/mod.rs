//! A small Llama-style decoder (RMSNorm, RoPE, GQA attention, SwiGLU MLP, tied or untied
//! lm_head) written once, generic over [`LlamaOps`]: [`BurnOps`] builds it from Burn's own
//! tensor ops, [`PmetalOps`] from pmetal's fused kernels. Both builds take their weights
//! from the same host arrays ([`init_host`]), so they start bit-identical and any
//! difference in loss or gradients comes from the ops.
//!
//! Layout: the residual stream is `[tokens, d_model]` (batch and sequence flattened), so the
//! projections are plain 2-D matmuls; attention and RoPE see `[batch, seq, heads, head_dim]`.
//! Weights are stored `[out, in]` (PyTorch/HF convention): `y = x @ W^T`.

mod ops;
mod sample;
mod train;

pub use ops::{clear_caches, BurnOps, LlamaOps, PmetalOps};
pub use sample::{generate, host_sample, SampleParams};
pub use train::{AdamW, Phase, StepOut, Trainer};

use burn::tensor::backend::Backend;
use burn::tensor::{Int, Tensor, TensorData};
use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// Model shape. Byte-level vocabulary (256) in the demo.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelConfig {
    pub vocab: usize,
    pub d_model: usize,
    pub n_layers: usize,
    pub n_heads: usize,
    pub n_kv_heads: usize,
    pub ffn: usize,
    pub rope_theta: f32,
    pub norm_eps: f32,
    /// lm_head shares the embedding matrix.
    pub tied: bool,
}

impl ModelConfig {
    pub fn head_dim(&self) -> usize {
        self.d_model / self.n_heads
    }

    pub fn validate(&self) -> Result<(), String> {
        if self.d_model % self.n_heads != 0 || self.n_heads % self.n_kv_heads != 0 {
            return Err(format!("bad head split: d_model {} heads {} kv heads {}", self.d_model, self.n_heads, self.n_kv_heads));
        }
        if self.head_dim() % 2 != 0 {
            return Err("head_dim must be even for RoPE".into());
        }
        Ok(())
    }

    /// Number of parameters (embedding counted once when tied).
    pub fn num_params(&self) -> usize {
        param_specs(self).iter().map(|s| s.shape[0] * s.shape[1]).sum()
    }
}

/// How a parameter starts.
#[derive(Clone, Copy, Debug)]
pub enum Init {
    Normal(f32),
    Ones,
    Zeros,
}

/// One parameter: name, shape (always 2-D; norm weights are `[1, d]`, so one rank serves every
/// parameter in the optimiser and the checks), initialisation, and whether AdamW decays it.
#[derive(Clone, Debug)]
pub struct ParamSpec {
    pub name: String,
    pub shape: [usize; 2],
    pub init: Init,
    pub decay: bool,
}

/// Index of each weight inside a layer's block of [`LAYER_PARAMS`] parameters.
pub mod idx {
    pub const ATTN_NORM: usize = 0;
    pub const WQ: usize = 1;
    pub const WK: usize = 2;
    pub const WV: usize = 3;
    pub const WO: usize = 4;
    pub const MLP_NORM: usize = 5;
    pub const GATE: usize = 6;
    pub const UP: usize = 7;
    pub const DOWN: usize = 8;
}
pub const LAYER_PARAMS: usize = 9;
/// The projections that get LoRA adapters, as indices into a layer block.
pub const LORA_TARGETS: [usize; 7] = [idx::WQ, idx::WK, idx::WV, idx::WO, idx::GATE, idx::UP, idx::DOWN];

/// Parameter order: embedding, then per layer the [`idx`] block, then the final norm, then
/// the lm_head when untied.
pub fn param_specs(c: &ModelConfig) -> Vec<ParamSpec> {
    let (d, hd) = (c.d_model, c.head_dim());
    let std = 0.02f32;
    // GPT-2 style: residual output projections scaled down by sqrt(2 * layers).
    let out_std = std / (2.0 * c.n_layers as f32).sqrt();
    let mut v = vec![ParamSpec { name: "embed".into(), shape: [c.vocab, d], init: Init::Normal(std), decay: true }];
    for l in 0..c.n_layers {
        let p = |n: &str, shape: [usize; 2], init: Init, decay: bool| ParamSpec { name: format!("layers.{l}.{n}"), shape, init, decay };
        v.push(p("attn_norm", [1, d], Init::Ones, false));
        v.push(p("wq", [c.n_heads * hd, d], Init::Normal(std), true));
        v.push(p("wk", [c.n_kv_heads * hd, d], Init::Normal(std), true));
        v.push(p("wv", [c.n_kv_heads * hd, d], Init::Normal(std), true));
        v.push(p("wo", [d, c.n_heads * hd], Init::Normal(out_std), true));
        v.push(p("mlp_norm", [1, d], Init::Ones, false));
        v.push(p("w_gate", [c.ffn, d], Init::Normal(std), true));
        v.push(p("w_up", [c.ffn, d], Init::Normal(std), true));
        v.push(p("w_down", [d, c.ffn], Init::Normal(out_std), true));
    }
    v.push(ParamSpec { name: "final_norm".into(), shape: [1, d], init: Init::Ones, decay: false });
    if !c.tied {
        v.push(ParamSpec { name: "lm_head".into(), shape: [c.vocab, d], init: Init::Normal(std), decay: true });
    }
    v
}

/// LoRA adapter shapes: per layer, per target in [`LORA_TARGETS`], `A [r, in]` then `B [out, r]`.
/// A starts random (std 1/sqrt(in)), B at zero, so the adapted model starts equal to the base.
pub fn lora_specs(c: &ModelConfig, rank: usize) -> Vec<ParamSpec> {
    let base = param_specs(c);
    let mut v = Vec::new();
    for l in 0..c.n_layers {
        for &t in &LORA_TARGETS {
            let w = &base[1 + l * LAYER_PARAMS + t];
            let [out, inp] = w.shape;
            v.push(ParamSpec { name: format!("{}.lora_a", w.name), shape: [rank, inp], init: Init::Normal(1.0 / (inp as f32).sqrt()), decay: false });
            v.push(ParamSpec { name: format!("{}.lora_b", w.name), shape: [out, rank], init: Init::Zeros, decay: false });
        }
    }
    v
}

/// Host values for `specs`, from `seed`. The weights come from a seeded host generator
/// (ChaCha8), so they depend on the seed only (not on any backend's RNG) and both builds
/// load the very same numbers.
pub fn init_host(specs: &[ParamSpec], seed: u64) -> Vec<Vec<f32>> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    specs
        .iter()
        .map(|s| {
            let n = s.shape[0] * s.shape[1];
            match s.init {
                Init::Ones => vec![1.0; n],
                Init::Zeros => vec![0.0; n],
                Init::Normal(std) => (0..n).map(|_| (rng.sample::<f64, _>(StandardNormal) * std as f64) as f32).collect(),
            }
        })
        .collect()
}

/// The model's tensors for one forward pass. `params` follow [`param_specs`]; `lora`, when
/// present, follows [`lora_specs`] with `lora_scale = alpha / rank`.
pub struct Model<B: Backend> {
    pub cfg: ModelConfig,
    pub params: Vec<Tensor<B, 2>>,
    pub lora: Option<(Vec<Tensor<B, 2>>, f32)>,
}

impl<B: Backend> Model<B> {
    fn p(&self, i: usize) -> Tensor<B, 2> {
        self.params[i].clone()
    }
    fn layer(&self, l: usize, i: usize) -> Tensor<B, 2> {
        self.p(1 + l * LAYER_PARAMS + i)
    }
    fn norm_weight(&self, i: usize) -> Tensor<B, 1> {
        let d = self.cfg.d_model;
        self.p(i).reshape([d])
    }
    /// The lm_head matrix `[vocab, d]` (the embedding when tied).
    pub fn head(&self) -> Tensor<B, 2> {
        let n = 2 + self.cfg.n_layers * LAYER_PARAMS;
        if self.cfg.tied { self.p(0) } else { self.p(n) }
    }

    fn proj<O: LlamaOps<B>>(&self, x: Tensor<B, 2>, l: usize, i: usize) -> Tensor<B, 2> {
        let w = self.layer(l, i);
        match &self.lora {
            None => O::linear(x, w),
            Some((ad, scale)) => {
                let t = LORA_TARGETS.iter().position(|&t| t == i).expect("every projection has an adapter");
                let k = (l * LORA_TARGETS.len() + t) * 2;
                O::lora_linear(x, w, ad[k].clone(), ad[k + 1].clone(), *scale)
            }
        }
    }

    /// Final-normed hidden states `[batch * seq, d]` for `tokens [batch, seq]`.
    pub fn hidden<O: LlamaOps<B>>(&self, tokens: Tensor<B, 2, Int>) -> Tensor<B, 2> {
        let c = &self.cfg;
        let [b, s] = tokens.dims();
        let (n, d, hd) = (b * s, c.d_model, c.head_dim());
        let mut x = burn::tensor::module::embedding(self.p(0), tokens).reshape([n, d]);
        for l in 0..c.n_layers {
            let h = O::rms_norm(x.clone(), self.norm_weight(1 + l * LAYER_PARAMS + idx::ATTN_NORM), c.norm_eps);
            let q = self.proj::<O>(h.clone(), l, idx::WQ).reshape([b, s, c.n_heads, hd]);
            let k = self.proj::<O>(h.clone(), l, idx::WK).reshape([b, s, c.n_kv_heads, hd]);
            let v = self.proj::<O>(h, l, idx::WV).reshape([b, s, c.n_kv_heads, hd]);
            let (q, k) = O::rope(q, k, c.rope_theta);
            let a = O::attention(q, k, v).reshape([n, c.n_heads * hd]);
            x = x + self.proj::<O>(a, l, idx::WO);
            let h = O::rms_norm(x.clone(), self.norm_weight(1 + l * LAYER_PARAMS + idx::MLP_NORM), c.norm_eps);
            let g = self.proj::<O>(h.clone(), l, idx::GATE);
            let u = self.proj::<O>(h, l, idx::UP);
            x = x + self.proj::<O>(O::swiglu(g, u), l, idx::DOWN);
        }
        O::rms_norm(x, self.norm_weight(1 + c.n_layers * LAYER_PARAMS), c.norm_eps)
    }

    /// Mean next-token cross-entropy, shape `[1]`. `targets` is `[batch * seq]`.
    pub fn loss<O: LlamaOps<B>>(&self, tokens: Tensor<B, 2, Int>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1> {
        let h = self.hidden::<O>(tokens);
        O::lm_loss(h, self.head(), targets)
    }

    /// Logits `[rows, vocab]` at the flattened positions `rows` (generation reads one row).
    pub fn logits_at<O: LlamaOps<B>>(&self, tokens: Tensor<B, 2, Int>, rows: Tensor<B, 1, Int>) -> Tensor<B, 2> {
        let h = self.hidden::<O>(tokens).select(0, rows);
        O::linear(h, self.head())
    }
}

/// A host tensor to a device tensor of the backend's float dtype (or `dtype` when given).
pub fn upload<B: Backend>(data: &[f32], shape: [usize; 2], device: &B::Device, dtype: Option<burn::tensor::DType>) -> Tensor<B, 2> {
    let td = TensorData::new(data.to_vec(), shape);
    match dtype {
        Some(dt) => Tensor::from_data(td, (device, dt)),
        None => Tensor::from_data(td, device),
    }
}

/// Token ids to an `[batch, seq]` Int tensor.
pub fn int2<B: Backend>(v: &[i32], shape: [usize; 2], device: &B::Device) -> Tensor<B, 2, Int> {
    Tensor::from_data(TensorData::new(v.to_vec(), shape), device)
}

/// Token ids to a 1-D Int tensor.
pub fn int1<B: Backend>(v: &[i32], device: &B::Device) -> Tensor<B, 1, Int> {
    Tensor::from_data(TensorData::new(v.to_vec(), [v.len()]), device)
}

/// Any float tensor to host f32.
pub fn to_host<B: Backend, const D: usize>(t: Tensor<B, D>) -> Vec<f32> {
    t.into_data().convert::<f32>().to_vec::<f32>().expect("f32 data")
}
