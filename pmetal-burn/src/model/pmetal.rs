//! The pmetal build: the model stacked from the [`crate::nn`] modules, as a Burn user would
//! write it (embedding, pre-norm [`MultiHeadAttention`] and [`SwiGluMlp`] blocks with
//! residuals, final [`RmsNorm`], fused [`LinearCrossEntropyLoss`]; LoRA as [`LoraLinear`]
//! projections), made over the [`Model`]'s flat tensors with the modules' `from_*`
//! constructors: no copies or uploads, and the tensors' autodiff state kept, so the
//! trainer's tracked working copies get the gradients and the frozen base in the LoRA phase
//! gets none (nor a dW computed for it).

use burn::module::{Module, Param, ParamId};
use burn::nn::Embedding;
use burn::tensor::{Int, Tensor};

use super::ops::{Decoder, LlamaOps};
use super::sample::SampleParams;
use super::{idx, Model};
use crate::backend::PmetalBackend;
use crate::nn::{LinearCrossEntropyLoss, LoraLinear, MultiHeadAttention, Projection, RmsNorm, RopeConfig, SwiGluMlp};

/// pmetal's fused kernels through the `pmetal_burn::nn` modules.
pub struct PmetalOps;

/// One decoder layer: `x + attn(attn_norm(x))`, then `x + mlp(mlp_norm(x))`.
#[derive(Module, Debug)]
pub struct PmetalBlock<B: PmetalBackend> {
    pub attn_norm: RmsNorm<B>,
    pub attn: MultiHeadAttention<B>,
    pub mlp_norm: RmsNorm<B>,
    pub mlp: SwiGluMlp<B>,
}

/// The pmetal build's decoder, made by [`PmetalOps::decoder`] over a [`Model`]'s tensors.
/// The trainer reads gradients from those tensors, not through this module's `Param`s (a
/// tied head is a second `Param` over the embedding's tensor, with its own id).
#[derive(Module, Debug)]
pub struct PmetalLlama<B: PmetalBackend> {
    pub embed: Embedding<B>,
    pub layers: Vec<PmetalBlock<B>>,
    pub norm: RmsNorm<B>,
    /// The lm_head (the embedding's tensor when tied) and the loss.
    pub head: LinearCrossEntropyLoss<B>,
}

impl<B: PmetalBackend> LlamaOps<B> for PmetalOps {
    const NAME: &'static str = "pmetal";
    type Decoder = PmetalLlama<B>;

    fn decoder(m: &Model<B>) -> PmetalLlama<B> {
        let c = &m.cfg;
        let eps = c.norm_eps as f64; // back to the same f32 in the kernel: exact
        let device = m.embed().device();
        let proj = |l: usize, i: usize| -> Projection<B> {
            match m.adapter(l, i) {
                None => Projection::from_weight(m.layer(l, i)),
                Some((a, b, scale)) => LoraLinear::from_weights(m.layer(l, i), a, b, scale).into(),
            }
        };
        let layers = (0..c.n_layers)
            .map(|l| PmetalBlock {
                attn_norm: RmsNorm::from_weight(m.layer_norm(l, idx::ATTN_NORM), eps),
                attn: MultiHeadAttention {
                    query: proj(l, idx::WQ),
                    key: proj(l, idx::WK),
                    value: proj(l, idx::WV),
                    output: proj(l, idx::WO),
                    rope: Some(RopeConfig::new().with_theta(c.rope_theta).init(&device)),
                    n_heads: c.n_heads,
                    n_kv_heads: c.n_kv_heads,
                    causal: true,
                },
                mlp_norm: RmsNorm::from_weight(m.layer_norm(l, idx::MLP_NORM), eps),
                mlp: SwiGluMlp { gate: proj(l, idx::GATE), up: proj(l, idx::UP), down: proj(l, idx::DOWN) },
            })
            .collect();
        PmetalLlama {
            // As the nn modules' `from_*` take theirs: the tensor as it is (`Param::from_tensor`
            // would mark an untracked one tracked).
            embed: Embedding { weight: Param::initialized(ParamId::new(), m.embed()) },
            layers,
            norm: RmsNorm::from_weight(m.final_norm(), eps),
            head: LinearCrossEntropyLoss::from_weight(m.head()),
        }
    }

    fn sample(logits: Tensor<B, 2>, p: &SampleParams, seed: u64) -> Vec<u32> {
        crate::ops::sample(logits, p.temperature, p.top_k, p.top_p, seed)
    }
}

impl<B: PmetalBackend> Decoder<B> for PmetalLlama<B> {
    fn hidden(&self, tokens: Tensor<B, 2, Int>) -> Tensor<B, 2> {
        let [b, s] = tokens.dims();
        let mut x = self.embed.forward(tokens); // [batch, seq, d]
        for l in &self.layers {
            x = x.clone() + l.attn.forward(l.attn_norm.forward(x));
            x = x.clone() + l.mlp.forward(l.mlp_norm.forward(x));
        }
        let d = x.dims()[2];
        self.norm.forward(x).reshape([b * s, d])
    }

    fn loss(&self, hidden: Tensor<B, 2>, targets: Tensor<B, 1, Int>) -> Tensor<B, 1> {
        self.head.forward(hidden, targets)
    }

    fn logits(&self, hidden: Tensor<B, 2>) -> Tensor<B, 2> {
        self.head.logits(hidden)
    }
}
