//! A small Llama-style decoder (RMSNorm, RoPE, GQA attention, SwiGLU MLP, tied or untied
//! lm_head, LoRA adapters on every projection) in two builds behind [`LlamaOps`]:
//! [`BurnOps`] writes it with Burn's own tensor ops, [`PmetalOps`] stacks the
//! [`crate::nn`] modules (pmetal's fused kernels). The weights are one flat list of tensors
//! ([`Model`], in [`param_specs`] order) that both builds read, loaded from the same host
//! arrays ([`init_host`]), so they start bit-identical and any difference in loss or
//! gradients comes from the ops. The trainer and the optimiser only see that list.
//!
//! Layout: weights are stored `[out, in]` (PyTorch/HF convention): `y = x @ W^T`. The
//! projections run on rows of tokens (batch and sequence flattened: plain 2-D matmuls);
//! attention and RoPE see `[batch, seq, heads, head_dim]`.

mod ops;
mod pmetal;
mod sample;
mod train;

pub use ops::{clear_caches, BurnDecoder, BurnOps, Decoder, LlamaOps};
pub use pmetal::{PmetalBlock, PmetalLlama, PmetalOps};
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
        if !self.d_model.is_multiple_of(self.n_heads) || !self.n_heads.is_multiple_of(self.n_kv_heads) {
            return Err(format!("bad head split: d_model {} heads {} kv heads {}", self.d_model, self.n_heads, self.n_kv_heads));
        }
        if !self.head_dim().is_multiple_of(2) {
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
/// present, follows [`lora_specs`] with `lora_scale = alpha / rank`. A build's
/// [`LlamaOps::decoder`] makes its layers over these very tensors, so their gradients are read
/// from here.
#[derive(Clone)]
pub struct Model<B: Backend> {
    pub cfg: ModelConfig,
    pub params: Vec<Tensor<B, 2>>,
    pub lora: Option<(Vec<Tensor<B, 2>>, f32)>,
}

impl<B: Backend> Model<B> {
    /// The embedding `[vocab, d]`.
    pub fn embed(&self) -> Tensor<B, 2> {
        self.params[0].clone()
    }
    /// Weight `i` (an [`idx`]) of layer `l`.
    pub fn layer(&self, l: usize, i: usize) -> Tensor<B, 2> {
        self.params[1 + l * LAYER_PARAMS + i].clone()
    }
    /// Layer `l`'s norm weight `i` ([`idx::ATTN_NORM`] or [`idx::MLP_NORM`]) as the `[d]`
    /// vector the norms take (stored `[1, d]`; a reshape, no copy).
    pub fn layer_norm(&self, l: usize, i: usize) -> Tensor<B, 1> {
        self.layer(l, i).reshape([self.cfg.d_model])
    }
    /// The final norm's weight, `[d]`.
    pub fn final_norm(&self) -> Tensor<B, 1> {
        self.params[1 + self.cfg.n_layers * LAYER_PARAMS].clone().reshape([self.cfg.d_model])
    }
    /// The lm_head matrix `[vocab, d]` (the embedding when tied).
    pub fn head(&self) -> Tensor<B, 2> {
        if self.cfg.tied { self.embed() } else { self.params[2 + self.cfg.n_layers * LAYER_PARAMS].clone() }
    }
    /// Layer `l`'s LoRA adapter on projection `i` (one of [`LORA_TARGETS`]): `(A, B, scale)`,
    /// or `None` before the LoRA phase.
    pub fn adapter(&self, l: usize, i: usize) -> Option<(Tensor<B, 2>, Tensor<B, 2>, f32)> {
        let (ad, scale) = self.lora.as_ref()?;
        let t = LORA_TARGETS.iter().position(|&t| t == i).expect("every projection has an adapter");
        let k = (l * LORA_TARGETS.len() + t) * 2;
        Some((ad[k].clone(), ad[k + 1].clone(), *scale))
    }

    /// Mean next-token cross-entropy, shape `[1]`. `targets` is `[batch * seq]`.
    pub fn loss<O: LlamaOps<B>>(&self, tokens: Tensor<B, 2, Int>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1> {
        let dec = O::decoder(self);
        dec.loss(dec.hidden(tokens), targets)
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
