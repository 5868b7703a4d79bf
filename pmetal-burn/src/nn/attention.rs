//! [`MultiHeadAttention`]: self-attention over `[batch, seq, d_model]` with grouped-query
//! heads. The q/k/v/o projections are [`Projection`]s: bias-free `burn::nn::Linear`s
//! (Llama's) from `init`, or [`super::LoraLinear`] adapters; RoPE is
//! optional ([`super::Rope`]), and the attention itself is pmetal's FlashAttention
//! ([`crate::ops::attention`]): exact softmax attention with scale `1/sqrt(head_dim)`, K/V
//! heads shared by `n_heads / n_kv_heads` query heads without being repeated, the
//! `[seq, seq]` scores never stored. What the op does not take, the layer does not offer:
//! no padding or custom masks (causal or none), no dropout, no KV cache, and head_dim
//! (`d_model / n_heads`) must be one the kernel has (32, 64, 80, 96, 128, 192, 256).

use burn::config::Config;
use burn::module::{Initializer, Module};
use burn::nn::LinearConfig;
use burn::tensor::Tensor;

use super::{Projection, Rope, RopeConfig};
use crate::backend::PmetalBackend;
use crate::ops;

/// Configuration of [`MultiHeadAttention`].
#[derive(Config, Debug)]
pub struct MultiHeadAttentionConfig {
    /// Input and output size; `n_heads * head_dim`.
    pub d_model: usize,
    /// Query heads.
    pub n_heads: usize,
    /// Key/value heads (GQA; `n_heads` for plain multi-head, 1 for multi-query); must
    /// divide `n_heads`.
    pub n_kv_heads: usize,
    /// Mask keys after each query (decoders).
    #[config(default = true)]
    pub causal: bool,
    /// RoPE on q and k with this frequency base; `None` for no positional rotation.
    pub rope_theta: Option<f32>,
    /// Initialiser of the projections' weights, as in `LinearConfig`.
    #[config(default = "Initializer::KaimingUniform { gain: 1.0 / 3.0f64.sqrt(), fan_out_only: false }")]
    pub initializer: Initializer,
}

impl MultiHeadAttentionConfig {
    /// The layer on `device`.
    ///
    /// # Panics
    /// If a size is 0, `d_model` is not a multiple of `n_heads`, `n_heads` not a multiple of
    /// `n_kv_heads`, or RoPE is on with an odd head_dim (or a bad theta, see
    /// [`RopeConfig::init`]).
    pub fn init<B: PmetalBackend>(&self, device: &B::Device) -> MultiHeadAttention<B> {
        let (d, h, kv) = (self.d_model, self.n_heads, self.n_kv_heads);
        assert!(d > 0 && h > 0 && kv > 0, "MultiHeadAttentionConfig: d_model ({d}), n_heads ({h}) and n_kv_heads ({kv}) must be positive");
        assert!(d % h == 0, "MultiHeadAttentionConfig: d_model ({d}) must be a multiple of n_heads ({h})");
        assert!(h % kv == 0, "MultiHeadAttentionConfig: n_heads ({h}) must be a multiple of n_kv_heads ({kv})");
        let head_dim = d / h;
        if self.rope_theta.is_some() {
            assert!(head_dim % 2 == 0, "MultiHeadAttentionConfig: RoPE needs an even head_dim, got {head_dim}");
        }
        let linear = |i, o| Projection::Linear(LinearConfig::new(i, o).with_bias(false).with_initializer(self.initializer.clone()).init(device));
        MultiHeadAttention {
            query: linear(d, d),
            key: linear(d, kv * head_dim),
            value: linear(d, kv * head_dim),
            output: linear(d, d),
            rope: self.rope_theta.map(|theta| RopeConfig::new().with_theta(theta).init(device)),
            n_heads: h,
            n_kv_heads: kv,
            causal: self.causal,
        }
    }
}

/// Grouped-query self-attention. Made by [`MultiHeadAttentionConfig::init`], or as a struct
/// literal over existing projections (see [the module docs](super)).
#[derive(Module, Debug)]
pub struct MultiHeadAttention<B: PmetalBackend> {
    /// `d_model -> n_heads * head_dim`.
    pub query: Projection<B>,
    /// `d_model -> n_kv_heads * head_dim`.
    pub key: Projection<B>,
    /// `d_model -> n_kv_heads * head_dim`.
    pub value: Projection<B>,
    /// `n_heads * head_dim -> d_model`.
    pub output: Projection<B>,
    /// Applied to q and k after the projections, when configured.
    pub rope: Option<Rope<B>>,
    /// See [`MultiHeadAttentionConfig::n_heads`].
    pub n_heads: usize,
    /// See [`MultiHeadAttentionConfig::n_kv_heads`].
    pub n_kv_heads: usize,
    /// See [`MultiHeadAttentionConfig::causal`].
    pub causal: bool,
}

impl<B: PmetalBackend> MultiHeadAttention<B> {
    /// `[batch, seq, d_model]` to the same shape.
    pub fn forward(&self, x: Tensor<B, 3>) -> Tensor<B, 3> {
        let [b, s, d] = x.dims();
        let hd = d / self.n_heads;
        // The op's layout is [batch, seq, heads, head_dim], which the projections' output
        // already is once split: no transposes.
        let q = self.query.forward(x.clone()).reshape([b, s, self.n_heads, hd]);
        let k = self.key.forward(x.clone()).reshape([b, s, self.n_kv_heads, hd]);
        let v = self.value.forward(x).reshape([b, s, self.n_kv_heads, hd]);
        let (q, k) = match &self.rope {
            Some(rope) => rope.forward(q, k),
            None => (q, k),
        };
        let o = ops::attention(q, k, v, self.causal).reshape([b, s, d]);
        self.output.forward(o)
    }
}
