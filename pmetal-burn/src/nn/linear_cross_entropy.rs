//! [`LinearCrossEntropyLoss`]: a language model's output head and loss in one,
//! mean cross-entropy of `hidden @ weight^T` (weight the lm_head, `[vocab_size, d_model]`)
//! against target tokens, computed blockwise over the vocabulary by pmetal's fused kernel
//! ([`crate::ops::linear_cross_entropy`]): the `[tokens, vocab]` logits are never
//! materialised, forward or backward. Targets of -100 are ignored (PyTorch's
//! `ignore_index`); other targets outside the vocabulary panic. No bias, label smoothing or
//! z-loss (the op takes none).

use burn::config::Config;
use burn::module::{Initializer, Module, Param};
use burn::tensor::{Int, Tensor};

use super::tensor_param;
use crate::backend::PmetalBackend;
use crate::ops;

/// Configuration of [`LinearCrossEntropyLoss`].
#[derive(Config, Debug)]
pub struct LinearCrossEntropyLossConfig {
    /// Size of the hidden states.
    pub d_model: usize,
    /// Vocabulary size (rows of the lm_head).
    pub vocab_size: usize,
    /// Initialiser of the lm_head, as in `LinearConfig`.
    #[config(default = "Initializer::KaimingUniform { gain: 1.0 / 3.0f64.sqrt(), fan_out_only: false }")]
    pub initializer: Initializer,
}

impl LinearCrossEntropyLossConfig {
    /// The layer on `device`.
    ///
    /// # Panics
    /// If `d_model` or `vocab_size` is 0.
    pub fn init<B: PmetalBackend>(&self, device: &B::Device) -> LinearCrossEntropyLoss<B> {
        let (d, v) = (self.d_model, self.vocab_size);
        assert!(d > 0 && v > 0, "LinearCrossEntropyLossConfig: d_model ({d}) and vocab_size ({v}) must be positive");
        LinearCrossEntropyLoss { weight: self.initializer.init_with([v, d], Some(d), Some(v), device) }
    }
}

/// lm_head plus mean cross-entropy. Made by [`LinearCrossEntropyLossConfig::init`].
#[derive(Module, Debug)]
pub struct LinearCrossEntropyLoss<B: PmetalBackend> {
    /// The lm_head, `[vocab_size, d_model]` (tie it to an embedding by cloning that `Param`).
    pub weight: Param<Tensor<B, 2>>,
}

impl<B: PmetalBackend> LinearCrossEntropyLoss<B> {
    /// The loss over an existing lm_head `[vocab_size, d_model]` (for a tied head, the
    /// embedding's tensor), taken as it is (no copy; autodiff state kept, see
    /// [the module docs](super)).
    pub fn from_weight(weight: Tensor<B, 2>) -> Self {
        LinearCrossEntropyLoss { weight: tensor_param(weight) }
    }

    /// Mean loss `[1]` of hidden `[..., d_model]` (e.g. `[batch, seq, d_model]`) against
    /// targets of the leading shape (e.g. `[batch, seq]`); `DT` must be `D - 1`.
    ///
    /// # Panics
    /// If the targets' shape is not hidden's without the last dim.
    pub fn forward<const D: usize, const DT: usize>(&self, hidden: Tensor<B, D>, targets: Tensor<B, DT, Int>) -> Tensor<B, 1> {
        let (hd, td) = (hidden.dims(), targets.dims());
        assert!(
            DT + 1 == D && hd[..D - 1] == td[..],
            "LinearCrossEntropyLoss: targets {td:?} must have hidden's shape {hd:?} without the last dim"
        );
        let d = hd[D - 1] as i32;
        ops::linear_cross_entropy(hidden.reshape([-1, d]), self.weight.val(), targets.reshape([-1]))
    }

    /// The logits `hidden @ weight^T`, `[..., vocab_size]`, with Burn's matmul, for
    /// inference and sampling (the loss never needs them).
    pub fn logits<const D: usize>(&self, hidden: Tensor<B, D>) -> Tensor<B, D> {
        let w = self.weight.val().transpose().unsqueeze::<D>();
        hidden.matmul(w)
    }
}
