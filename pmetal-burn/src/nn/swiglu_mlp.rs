//! [`SwiGluMlp`]: the Llama feed-forward block `down(silu(gate(x)) * up(x))`. The three
//! projections are [`Projection`]s: `burn::nn::Linear` (Burn's matmul) from `init`, or
//! [`super::LoraLinear`] adapters; the activation and product are one fused pmetal kernel
//! ([`crate::ops::swiglu`]) whose backward recomputes silu, so the `silu(gate)`
//! intermediate is never stored.

use burn::config::Config;
use burn::module::{Initializer, Module};
use burn::nn::LinearConfig;
use burn::tensor::Tensor;

use super::Projection;
use crate::backend::PmetalBackend;
use crate::ops;

/// Configuration of [`SwiGluMlp`].
#[derive(Config, Debug)]
pub struct SwiGluMlpConfig {
    /// Input and output size.
    pub d_model: usize,
    /// Hidden (intermediate) size of gate and up.
    pub d_ff: usize,
    /// Biases on the three projections (Llama has none).
    #[config(default = false)]
    pub bias: bool,
    /// Initialiser of the projections' weights (and biases), as in `LinearConfig`.
    #[config(default = "Initializer::KaimingUniform { gain: 1.0 / 3.0f64.sqrt(), fan_out_only: false }")]
    pub initializer: Initializer,
}

impl SwiGluMlpConfig {
    /// The layer on `device`.
    ///
    /// # Panics
    /// If `d_model` or `d_ff` is 0.
    pub fn init<B: PmetalBackend>(&self, device: &B::Device) -> SwiGluMlp<B> {
        assert!(self.d_model > 0 && self.d_ff > 0, "SwiGluMlpConfig: d_model ({}) and d_ff ({}) must be positive", self.d_model, self.d_ff);
        let linear = |i, o| Projection::Linear(LinearConfig::new(i, o).with_bias(self.bias).with_initializer(self.initializer.clone()).init(device));
        SwiGluMlp { gate: linear(self.d_model, self.d_ff), up: linear(self.d_model, self.d_ff), down: linear(self.d_ff, self.d_model) }
    }
}

/// The SwiGLU MLP. Made by [`SwiGluMlpConfig::init`], or as a struct literal over existing
/// projections (see [the module docs](super)).
#[derive(Module, Debug)]
pub struct SwiGluMlp<B: PmetalBackend> {
    /// `d_model -> d_ff`, through silu.
    pub gate: Projection<B>,
    /// `d_model -> d_ff`.
    pub up: Projection<B>,
    /// `d_ff -> d_model`.
    pub down: Projection<B>,
}

impl<B: PmetalBackend> SwiGluMlp<B> {
    /// `[..., d_model]` to the same shape.
    pub fn forward<const D: usize>(&self, x: Tensor<B, D>) -> Tensor<B, D> {
        let h = ops::swiglu(self.gate.forward(x.clone()), self.up.forward(x));
        self.down.forward(h)
    }
}
