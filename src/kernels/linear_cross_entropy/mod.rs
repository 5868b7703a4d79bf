//! Fused linear cross-entropy: the loss of `logits = hidden @ weight^T (+ bias)` and its
//! gradients with respect to `hidden`, `weight` and `bias`, without ever holding the
//! `[tokens, vocab]` logits.
//!
//! The vocabulary is walked in blocks of `block` columns (default 1024):
//! 1. forward, per block: the block's logits `[tokens, block]` by GEMM (matrix units where
//!    present), then the cross-entropy row kernel folds them into each row's running
//!    max / sum of exponentials / target logit ([`Mode::merge`]); after the last block
//!    the row losses and log-sum-exp are final.
//! 2. backward, per block: the logits again (recomputed, not stored), turned in place
//!    into `softmax - onehot` (scaled as for the reduction) by the same row kernel, then
//!    `d_hidden += G @ W_block` (f32 accumulator), `d_weight[block] = G^T @ hidden` (each
//!    block of `d_weight` written once: no accumulation over the tokens) and
//!    `d_bias[block] = column sums of G`.
//! Memory beyond the inputs and the gradients returned: one block of logits, the f32
//! `d_hidden` accumulator and its per-call scratch, a few floats per row. Splitting over
//! the vocabulary rather than the tokens costs a second forward GEMM (4 GEMMs instead of
//! 3) but needs no C-accumulating GEMM for `d_weight`, which cubek-matmul 0.2 does not
//! offer without a scratch the size of `d_weight` (2.1 GB in f32 at 128k x 4096).
//! Options are those of [`CrossEntropyConfig`].
//!
//! Dtypes: `hidden`, `weight` and `bias` share one dtype (f32, f16 or bf16; a mismatch is
//! [`PmetalError::DTypeMismatch`]); the logits blocks are computed in that dtype with
//! f32 accumulation, as an unfused model of that dtype holds them; the loss and lse are
//! f32, the gradients take the inputs' dtype.
//!
//! Where the device limits one buffer's size ([`MetalContext::max_binding_bytes`], wgpu's
//! storage-binding limit), the block is narrowed to the widest multiple of 8 columns whose
//! buffers (and the matmul's f32 copies of them, where it widens the dtype) fit; a call
//! whose narrowest block or `d_hidden` accumulator cannot fit is
//! [`PmetalError::TooLarge`] before anything is launched.

use crate::context::with_client;
use crate::kernels::cross_entropy::{self, launch as ce_launch, CrossEntropyConfig, CrossEntropyOutput, Mode, Reduction};
use crate::kernels::matmul::{self as mm, convert, matmul, matmul_accumulate, view_alignment, MatView, Matmul};
use crate::kernels::{check_context, check_float, check_like};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};

/// What [`LinearCrossEntropy::forward_backward`] returns.
#[derive(Clone, Debug)]
pub struct LinearCrossEntropyOutput {
    /// Loss, row losses, log-sum-exp and counts, as from the plain cross-entropy.
    pub out: CrossEntropyOutput,
    /// Gradient of the hidden states, their dtype and shape.
    pub d_hidden: GpuTensor,
    /// Gradient of the weight, its dtype and shape.
    pub d_weight: GpuTensor,
    /// Gradient of the bias, when one was given.
    pub d_bias: Option<GpuTensor>,
}

/// Fused linear cross-entropy. See the module docs.
#[derive(Clone, Debug)]
pub struct LinearCrossEntropy {
    ctx: MetalContext,
    cfg: CrossEntropyConfig,
    block: usize,
}

/// A validated call.
struct Call {
    dtype: DType,
    tokens: usize,
    hidden: usize,
    vocab: usize,
    row_shape: Vec<usize>,
    /// Vocabulary columns per block: the configured block, narrower where its buffers
    /// would pass the binding limit (see [`LinearCrossEntropy::block_for`]).
    block: usize,
}

impl LinearCrossEntropy {
    /// Mean cross-entropy with PyTorch's defaults.
    pub fn new(ctx: &MetalContext) -> Self {
        LinearCrossEntropy { ctx: ctx.clone(), cfg: CrossEntropyConfig::default(), block: 1024 }
    }

    /// With options; fails on out-of-range options.
    pub fn with_config(ctx: &MetalContext, cfg: CrossEntropyConfig) -> Result<Self> {
        cfg.validate()?;
        Ok(LinearCrossEntropy { ctx: ctx.clone(), cfg, block: 1024 })
    }

    /// Vocabulary columns per block (rounded up to a multiple of 8; at least 8): memory
    /// `tokens x block` logits, fewer and larger GEMMs as it grows. A call narrows it
    /// where its buffers would pass the device's binding limit (see the module docs).
    pub fn with_block(mut self, block: usize) -> Self {
        // Capped at 2^31 (a multiple of 8): vocabularies stop below it (cross-entropy
        // refuses more than i32::MAX columns), and the cap keeps the rounding and the
        // per-block byte counts from overflowing.
        self.block = block.clamp(8, 1 << 31).div_ceil(8) * 8;
        self
    }

    /// Validates a call; `backward` adds the gradients' buffers to what must fit the
    /// binding limit, so that a call that cannot run fails before any launch.
    fn call(&self, hidden: &GpuTensor, weight: &GpuTensor, bias: Option<&GpuTensor>, targets: &GpuTensor, backward: bool) -> Result<Call> {
        check_float(hidden, "linear_cross_entropy")?;
        check_context(&self.ctx, hidden)?;
        let (h, row_shape) = match hidden.shape().split_last() {
            Some((&h, rest)) if !rest.is_empty() => (h, rest.to_vec()),
            _ => return Err(PmetalError::ShapeMismatch("linear cross-entropy hidden needs [tokens..., hidden]".into())),
        };
        if hidden.numel() == 0 {
            return Err(PmetalError::Empty("linear cross-entropy hidden".into()));
        }
        let tokens = (hidden.numel() / h as u64) as usize;
        let vocab = match weight.shape() {
            &[v, wh] if wh == h => v,
            s => return Err(PmetalError::ShapeMismatch(format!("weight must be [vocab, {h}], got {s:?}"))),
        };
        check_like(&self.ctx, hidden.dtype(), &[vocab, h], weight, "linear cross-entropy weight")?;
        if vocab == 0 {
            return Err(PmetalError::Empty("linear cross-entropy weight".into()));
        }
        if let Some(b) = bias {
            check_like(&self.ctx, hidden.dtype(), &[vocab], b, "linear cross-entropy bias")?;
        }
        check_like(&self.ctx, DType::I32, &row_shape, targets, "linear cross-entropy targets (i32, hidden's shape without the last dimension)")?;
        let ctx = &self.ctx;
        let dt = hidden.dtype();
        // Buffers that do not depend on the block: the running row statistics (4 f32 a
        // token, the largest per-token one) and, for the gradients, the f32 d_hidden
        // accumulator (also the size of hidden's f32 copy where the matmul widens it)
        // and d_bias's.
        ctx.check_binding(tokens as u64 * 16, || format!("linear cross-entropy's row statistics for {tokens} tokens"))?;
        if backward {
            ctx.check_binding(tokens as u64 * h as u64 * 4, || format!("linear cross-entropy's f32 d_hidden accumulator [{tokens}, {h}]"))?;
            if bias.is_some() {
                ctx.check_binding(vocab as u64 * 4, || format!("linear cross-entropy's f32 d_bias accumulator [{vocab}]"))?;
            }
        }
        let block = self.block_for(dt, tokens, h, vocab)?;
        // Every block's plan must hold; the widest one is the first.
        cross_entropy::plan(ctx, dt, tokens, block.min(vocab))?;
        Ok(Call { dtype: dt, tokens, hidden: h, vocab, row_shape, block })
    }

    /// The block width whose buffers all fit the binding limit: the configured one where
    /// they do, else the widest multiple of 8 that fits. Per column a block holds `tokens`
    /// logits (or their gradient) in the dtype; where the matmul works on f32 copies (a
    /// dtype the device cannot compute on) also their f32 copy or scratch (`tokens` f32)
    /// and the weight block's f32 copy and d_weight's scratch (`hidden` f32). The copies
    /// of the transposed product (`d_weight = G^T hidden`) cannot be split by the matmul,
    /// so the block must keep them within the limit itself.
    fn block_for(&self, dt: DType, tokens: usize, hidden: usize, vocab: usize) -> Result<usize> {
        let ctx = &self.ctx;
        let Some(limit) = ctx.max_binding_bytes() else { return Ok(self.block) };
        let mut per_col = tokens as u64 * dt.size() as u64;
        if !mm::native(ctx, dt) {
            per_col = per_col.max(tokens as u64 * 4).max(hidden as u64 * 4);
        }
        if self.block.min(vocab) as u64 * per_col <= limit {
            return Ok(self.block);
        }
        let fit = (limit / per_col) as usize / 8 * 8;
        if fit == 0 {
            let w = vocab.min(8);
            ctx.check_binding(per_col * w as u64, || {
                format!("linear cross-entropy's narrowest vocabulary block ({w} columns for {tokens} tokens, hidden {hidden}, {dt})")
            })?;
        }
        Ok(fit.max(8))
    }

    /// The vocabulary blocks `(first column, width)`.
    fn blocks(c: &Call) -> Vec<(usize, usize)> {
        (0..c.vocab).step_by(c.block).map(|v0| (v0, c.block.min(c.vocab - v0))).collect()
    }

    /// Loss (and row losses, log-sum-exp) only: the evaluation path, one GEMM pass.
    pub fn forward(&self, hidden: &GpuTensor, weight: &GpuTensor, bias: Option<&GpuTensor>, targets: &GpuTensor) -> Result<CrossEntropyOutput> {
        let c = self.call(hidden, weight, bias, targets, false)?;
        let (out, acc) = self.forward_pass(&c, hidden, weight, bias, targets)?;
        drop(acc);
        cross_entropy::reduce_loss(&self.ctx, &self.cfg, &out.row_loss, &out.count, &out.loss, c.tokens)?;
        cross_entropy::check_targets(&self.cfg, &out.count, c.vocab)?;
        Ok(out)
    }

    /// Loss and the gradients of the (reduced) loss times `grad_scale` (with
    /// `Reduction::None`, of the sum of row losses).
    pub fn forward_backward(
        &self,
        hidden: &GpuTensor,
        weight: &GpuTensor,
        bias: Option<&GpuTensor>,
        targets: &GpuTensor,
        grad_scale: f32,
    ) -> Result<LinearCrossEntropyOutput> {
        if !grad_scale.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("grad_scale must be finite, got {grad_scale}")));
        }
        let c = self.call(hidden, weight, bias, targets, true)?;
        let (out, acc) = self.forward_pass(&c, hidden, weight, bias, targets)?;
        drop(acc);
        let ctx = &self.ctx;
        let h2 = hidden.reshape(&[c.tokens, c.hidden])?;
        let d_weight = GpuTensor::empty(ctx, c.dtype, &[c.vocab, c.hidden])?;
        let d_bias_acc = match bias {
            Some(_) => Some(GpuTensor::empty(ctx, DType::F32, &[c.vocab])?),
            None => None,
        };
        let dh_acc = GpuTensor::empty(ctx, DType::F32, &[c.tokens, c.hidden])?;
        let one = GpuTensor::from_bytes(ctx, DType::F32, &[1], bytemuck::bytes_of(&1.0f32))?;
        let m = Mode { write_grad: true, in_place: true, ..self.cfg.mode() };
        let s = self.cfg.scalars(grad_scale);
        let split = self.dh_split(&c);
        for (i, (v0, w)) in Self::blocks(&c).into_iter().enumerate() {
            let g = GpuTensor::empty(ctx, c.dtype, &[c.tokens, w])?;
            let w_blk = MatView::rows(weight, v0..v0 + w);
            matmul(ctx, &h2, w_blk, &g, false, true)?;
            let plan = cross_entropy::plan(ctx, c.dtype, c.tokens, w)?;
            cross_entropy::launch_rows(ctx, plan, m, s, &g, bias, None, targets, &out, Some(&one), Some((v0, c.vocab)), None)?;
            // d_hidden (=, then +=) G W_block; accumulation in token slices so the GEMM's f32
            // scratch stays small.
            if i == 0 {
                matmul(ctx, &g, MatView::rows(weight, v0..v0 + w), &dh_acc, false, false)?;
            } else {
                for &(r0, r1) in &split {
                    matmul_accumulate(ctx, MatView::rows(&g, r0..r1), MatView::rows(weight, v0..v0 + w), MatView::rows(&dh_acc, r0..r1), false, false)?;
                }
            }
            matmul(ctx, &g, &h2, MatView::rows(&d_weight, v0..v0 + w), true, false)?;
            if let Some(db) = &d_bias_acc {
                let vec = plan.vec;
                let (gh, dbh, storage) = (g.handle(), db.handle(), plan.storage);
                ctx.note_launch(|| format!("cross_entropy_column_sum/{}/v{vec}", storage.name()));
                with_client!(ctx, |cl, R| ce_launch::column_sum::<R>(cl, storage, vec, gh, dbh, c.vocab, c.tokens, w, v0));
            }
        }
        let d_hidden = convert(ctx, &dh_acc, c.dtype)?.reshape(hidden.shape())?;
        drop(dh_acc);
        let d_bias = match d_bias_acc {
            Some(db) => Some(convert(ctx, &db, c.dtype)?),
            None => None,
        };
        cross_entropy::reduce_loss(ctx, &self.cfg, &out.row_loss, &out.count, &out.loss, c.tokens)?;
        cross_entropy::check_targets(&self.cfg, &out.count, c.vocab)?;
        Ok(LinearCrossEntropyOutput { out, d_hidden, d_weight, d_bias })
    }

    /// Token slices for the `d_hidden` accumulation: quarters where row views of the
    /// block's logits and of the accumulator are aligned for the device (cubek's f32 scratch
    /// then stays a quarter), else one. cuBLASLt accumulates in place (beta = 1), so where
    /// the matmul tries it first, one slice: four short GEMMs only cost time there.
    fn dh_split(&self, c: &Call) -> Vec<(usize, usize)> {
        if Matmul::new(&self.ctx).tries_cublaslt() {
            return vec![(0, c.tokens)];
        }
        let align = view_alignment(&self.ctx) as usize;
        let q = c.tokens / 4;
        let ok = q > 0
            && (q * c.block * c.dtype.size()).is_multiple_of(align)
            && (q * c.hidden * 4).is_multiple_of(align)
            && Self::blocks(c).iter().all(|&(_, w)| (q * w * c.dtype.size()).is_multiple_of(align));
        if ok && c.tokens >= 1024 {
            vec![(0, q), (q, 2 * q), (2 * q, 3 * q), (3 * q, c.tokens)]
        } else {
            vec![(0, c.tokens)]
        }
    }

    /// Phase 1: row statistics over every block; returns the outputs (losses final, not
    /// yet reduced) and the running accumulators.
    fn forward_pass(&self, c: &Call, hidden: &GpuTensor, weight: &GpuTensor, bias: Option<&GpuTensor>, targets: &GpuTensor) -> Result<(CrossEntropyOutput, GpuTensor)> {
        let ctx = &self.ctx;
        let count = cross_entropy::count_targets(ctx, &self.cfg, targets, c.tokens, c.vocab)?;
        let out = cross_entropy::outputs(ctx, &self.cfg, &c.row_shape, count)?;
        // Running statistics start as an empty row: max -inf, log-sum -inf, sums 0.
        let init: Vec<f32> = (0..c.tokens).flat_map(|_| [f32::NEG_INFINITY, f32::NEG_INFINITY]).collect();
        let stats = GpuTensor::from_bytes(ctx, DType::F32, out.stats.shape(), bytemuck::cast_slice(&init))?;
        let out = CrossEntropyOutput { stats, ..out };
        let acc = zeros_f32(ctx, &[c.tokens, 4])?;
        let h2 = hidden.reshape(&[c.tokens, c.hidden])?;
        let m = Mode { compute_lse: true, merge: true, ..self.cfg.mode() };
        let s = self.cfg.scalars(1.0);
        for (v0, w) in Self::blocks(c) {
            let logits = GpuTensor::empty(ctx, c.dtype, &[c.tokens, w])?;
            matmul(ctx, &h2, MatView::rows(weight, v0..v0 + w), &logits, false, true)?;
            let plan = cross_entropy::plan(ctx, c.dtype, c.tokens, w)?;
            cross_entropy::launch_rows(ctx, plan, m, s, &logits, bias, None, targets, &out, None, Some((v0, c.vocab)), Some(&acc))?;
        }
        Ok((out, acc))
    }

    /// The options.
    pub fn config(&self) -> &CrossEntropyConfig {
        &self.cfg
    }

    /// Whether the reduction is the mean (the gradient then divides by the counted rows).
    pub fn is_mean(&self) -> bool {
        self.cfg.reduction == Reduction::Mean
    }
}

fn zeros_f32(ctx: &MetalContext, shape: &[usize]) -> Result<GpuTensor> {
    let n: usize = shape.iter().product();
    GpuTensor::from_bytes(ctx, DType::F32, shape, &vec![0u8; n * 4])
}
