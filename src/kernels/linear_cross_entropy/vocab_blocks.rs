//! The vocabulary-block plan ([`LinearCrossEntropyPlan::VocabBlocks`]), the portable one.
//!
//! The vocabulary is walked in blocks of `block` columns (default 1024):
//! 1. forward, per block: the block's logits `[tokens, block]` by GEMM, then the
//!    cross-entropy row kernel folds them into each row's running max / sum of
//!    exponentials / target logit ([`Mode::merge`]); after the last block the row losses
//!    and log-sum-exp are final.
//! 2. backward, per block: the logits again (recomputed, not stored), turned in place
//!    into `softmax - onehot` (scaled as for the reduction) by the same row kernel, then
//!    `d_hidden += G @ W_block` (f32 accumulator), `d_weight[block] = G^T @ hidden` (each
//!    block of `d_weight` written once: no accumulation over the tokens) and
//!    `d_bias[block] += column sums of G`.
//! Memory beyond the inputs and the gradients returned: one block of logits, the f32
//! `d_hidden` accumulator and its per-call scratch, a few floats per row. Splitting over
//! the vocabulary rather than the tokens costs a second forward GEMM (4 GEMMs instead of
//! 3) but needs no C-accumulating GEMM for `d_weight`, which cubek-matmul 0.2 does not
//! offer without a scratch the size of `d_weight` (2.1 GB in f32 at 128k x 4096).
//!
//! Where the device limits one buffer's size, the block is narrowed to the widest
//! multiple of 8 columns whose buffers (and the matmul's f32 copies of them, where it
//! widens the dtype) fit.
//!
//! [`LinearCrossEntropyPlan::VocabBlocks`]: super::LinearCrossEntropyPlan::VocabBlocks

use super::{zeros_f32, Call, LinearCrossEntropy, LinearCrossEntropyOutput};
use crate::context::with_client;
use crate::kernels::cross_entropy::{self, launch as ce_launch, CrossEntropyOutput, Mode};
use crate::kernels::matmul::{self as mm, aligned_rows, convert, matmul, matmul_accumulate, MatView, Matmul};
use crate::buffer::GpuTensor;
use crate::dtype::DType;
use crate::error::Result;

impl LinearCrossEntropy {
    /// The block width whose buffers all fit the binding limit: the configured one where
    /// they do, else the widest multiple of 8 that fits. Per column a block holds `tokens`
    /// logits (or their gradient) in the dtype; where the matmul works on f32 copies (a
    /// dtype the device cannot compute on) also their f32 copy or scratch (`tokens` f32)
    /// and the weight block's f32 copy and d_weight's scratch (`hidden` f32). The copies
    /// of the transposed product (`d_weight = G^T hidden`) cannot be split by the matmul,
    /// so the block must keep them within the limit itself.
    pub(super) fn block_for(&self, dt: DType, tokens: usize, hidden: usize, vocab: usize) -> Result<usize> {
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
        (0..c.vocab).step_by(c.step).map(|v0| (v0, c.step.min(c.vocab - v0))).collect()
    }

    /// The forward over every block: returns the outputs (losses final, not yet reduced)
    /// and the running accumulators.
    pub(super) fn blocks_forward(&self, c: &Call, hidden: &GpuTensor, weight: &GpuTensor, bias: Option<&GpuTensor>, targets: &GpuTensor) -> Result<(CrossEntropyOutput, GpuTensor)> {
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

    /// The forward, then the backward block by block (see the module docs); the loss is
    /// not yet reduced.
    pub(super) fn blocks_forward_backward(
        &self,
        c: &Call,
        hidden: &GpuTensor,
        weight: &GpuTensor,
        bias: Option<&GpuTensor>,
        targets: &GpuTensor,
        grad_scale: f32,
    ) -> Result<LinearCrossEntropyOutput> {
        let (out, acc) = self.blocks_forward(c, hidden, weight, bias, targets)?;
        drop(acc);
        let ctx = &self.ctx;
        let h2 = hidden.reshape(&[c.tokens, c.hidden])?;
        let d_weight = GpuTensor::empty(ctx, c.dtype, &[c.vocab, c.hidden])?;
        let d_bias_acc = bias.map(|_| zeros_f32(ctx, &[c.vocab])).transpose()?;
        let dh_acc = GpuTensor::empty(ctx, DType::F32, &[c.tokens, c.hidden])?;
        let one = GpuTensor::from_bytes(ctx, DType::F32, &[1], bytemuck::bytes_of(&1.0f32))?;
        let m = Mode { write_grad: true, in_place: true, ..self.cfg.mode() };
        let s = self.cfg.scalars(grad_scale);
        let split = self.dh_split(c);
        for (i, (v0, w)) in Self::blocks(c).into_iter().enumerate() {
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
                column_sum(self, &g, db, c.vocab, v0, plan)?;
            }
        }
        let d_hidden = convert(ctx, &dh_acc, c.dtype)?.reshape(hidden.shape())?;
        drop(dh_acc);
        let d_bias = d_bias_acc.map(|db| convert(ctx, &db, c.dtype)).transpose()?;
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
        // Rows of the configured block, of the accumulator, and of each block (the tail).
        let es = c.dtype.size() as u64;
        let mut row_bytes = vec![c.step as u64 * es, c.hidden as u64 * 4];
        row_bytes.extend(Self::blocks(c).iter().map(|&(_, w)| w as u64 * es));
        let q = c.tokens / 4;
        let ok = q > 0 && (q as u64).is_multiple_of(aligned_rows(&self.ctx, &row_bytes));
        if ok && c.tokens >= 1024 {
            vec![(0, q), (q, 2 * q), (2 * q, 3 * q), (3 * q, c.tokens)]
        } else {
            vec![(0, c.tokens)]
        }
    }
}

/// `db[v0 ..] += ` the column sums of `g` (`[rows, w]`, the block's or chunk's gradient).
pub(super) fn column_sum(op: &LinearCrossEntropy, g: &GpuTensor, db: &GpuTensor, vocab: usize, v0: usize, plan: cross_entropy::Plan) -> Result<()> {
    let ctx = &op.ctx;
    let (rows, w) = (g.shape()[0], g.shape()[1]);
    let vec = plan.vec;
    let (gh, dbh, storage) = (g.handle(), db.handle(), plan.storage);
    ctx.note_launch(|| format!("cross_entropy_column_sum/{}/v{vec}", storage.name()));
    with_client!(ctx, |cl, R| ce_launch::column_sum::<R>(cl, storage, vec, gh, dbh, vocab, rows, w, v0));
    Ok(())
}
