//! The token-chunk plan ([`LinearCrossEntropyPlan::TokenChunks`]), for a matmul that
//! accumulates into its output in place (cuBLASLt, beta = 1).
//!
//! The tokens are walked in chunks of `chunk` rows, each against the whole vocabulary:
//! 1. `logits = H_chunk W^T` `[chunk, vocab]` (one GEMM, the inputs' dtype);
//! 2. the cross-entropy row kernel, fused forward and backward: row loss, log-sum-exp and,
//!    in place, `G = softmax - onehot` scaled as for the reduction (the mean's divisor
//!    was counted over all tokens before the first chunk);
//! 3. `d_hidden[chunk] = G W`, each row written once, in the inputs' dtype;
//! 4. `d_weight (+)= G^T H_chunk` (written by the first chunk, accumulated by the rest)
//!    and, with a bias, `d_bias += column sums of G`.
//! Three GEMMs against the vocabulary-block plan's four, and no f32 `d_hidden`
//! accumulator. The price: `d_weight` is read and written once per chunk (so chunks are
//! large), and it accumulates in its own dtype, rounded once per chunk as an unfused
//! model that sums the chunks would round it. Memory beyond the inputs and the gradients
//! returned: one chunk of logits (at most [`DEFAULT_CHUNK_BYTES`] unless the caller sets
//! the chunk), a few floats per row.
//!
//! Chunks start at multiples of a granule that keeps each row view (hidden, d_hidden,
//! targets, the row outputs) at the device's view alignment.
//!
//! [`LinearCrossEntropyPlan::TokenChunks`]: super::LinearCrossEntropyPlan::TokenChunks

use super::vocab_blocks::column_sum;
use super::{zeros_f32, Call, LinearCrossEntropy, LinearCrossEntropyOutput};
use crate::kernels::cross_entropy::{self, CrossEntropyOutput, Mode};
use crate::kernels::matmul::{self as mm, aligned_rows, convert, matmul, matmul_accumulate, MatView};
use crate::kernels::MAX_ELEMENTS_U32;
use crate::buffer::GpuTensor;
use crate::dtype::DType;
use crate::error::Result;

/// The default chunk's logits, bytes: large chunks amortise `d_weight`'s read and write,
/// small ones bound the memory (the trade measured per chunk size in bench/results/).
pub(super) const DEFAULT_CHUNK_BYTES: u64 = 128 << 20;

impl LinearCrossEntropy {
    /// Tokens per chunk before the binding limit: the configured or default count,
    /// rounded up to the alignment granule, kept within 32-bit indexing, at most `tokens`.
    pub(super) fn chunk_rows(&self, dt: DType, tokens: usize, hidden: usize, vocab: usize) -> usize {
        let g = self.chunk_granule(dt, hidden);
        // By default the largest power of two whose logits fit DEFAULT_CHUNK_BYTES.
        let want = self.chunk.unwrap_or_else(|| {
            let fit = (DEFAULT_CHUNK_BYTES / (vocab as u64 * dt.size() as u64)).max(1);
            1 << fit.ilog2()
        });
        let mut rows = want.div_ceil(g) * g;
        let cap = (MAX_ELEMENTS_U32 / vocab as u64) as usize / g * g;
        if rows > cap {
            rows = cap.max(g);
        }
        rows.min(tokens)
    }

    /// The smallest row count whose row views all start at the view alignment: f32 row
    /// outputs (4 bytes a row, 8 for the stats), i32 targets, hidden and d_hidden rows.
    fn chunk_granule(&self, dt: DType, hidden: usize) -> usize {
        aligned_rows(&self.ctx, &[4, 8, hidden as u64 * dt.size() as u64]) as usize
    }

    /// [`chunk_rows`](Self::chunk_rows) narrowed to the device's binding limit: a chunk's
    /// logits (and their f32 copy where the matmul widens the dtype) must fit one buffer.
    pub(super) fn chunk_for(&self, dt: DType, tokens: usize, hidden: usize, vocab: usize) -> Result<usize> {
        let rows = self.chunk_rows(dt, tokens, hidden, vocab);
        let ctx = &self.ctx;
        let Some(limit) = ctx.max_binding_bytes() else { return Ok(rows) };
        let per_row = vocab as u64 * if mm::native(ctx, dt) { dt.size() as u64 } else { 4 };
        if rows as u64 * per_row <= limit {
            return Ok(rows);
        }
        let g = self.chunk_granule(dt, hidden);
        let fit = (limit / per_row) as usize / g * g;
        if fit == 0 {
            let n = g.min(tokens);
            ctx.check_binding(per_row * n as u64, || format!("linear cross-entropy's narrowest token chunk ({n} rows of {vocab} logits, {dt})"))?;
        }
        Ok(fit.max(g).min(tokens))
    }

    /// The chunks `(first row, end row)`.
    fn chunks(c: &Call) -> Vec<(usize, usize)> {
        (0..c.tokens).step_by(c.step).map(|r0| (r0, (r0 + c.step).min(c.tokens))).collect()
    }

    /// Outputs over all tokens, and the 1-D / 2-D shapes the chunks take row views of.
    fn chunk_outputs(&self, c: &Call, targets: &GpuTensor) -> Result<(CrossEntropyOutput, Flat)> {
        let ctx = &self.ctx;
        let count = cross_entropy::count_targets(ctx, &self.cfg, targets, c.tokens, c.vocab)?;
        let out = cross_entropy::outputs(ctx, &self.cfg, &c.row_shape, count)?;
        let flat = Flat {
            targets: targets.reshape(&[c.tokens])?,
            row_loss: out.row_loss.reshape(&[c.tokens])?,
            lse: out.lse.reshape(&[c.tokens])?,
            stats: out.stats.reshape(&[c.tokens, 2])?,
        };
        Ok((out, flat))
    }

    /// The loss of every chunk (not yet reduced).
    pub(super) fn chunks_forward(&self, c: &Call, hidden: &GpuTensor, weight: &GpuTensor, bias: Option<&GpuTensor>, targets: &GpuTensor) -> Result<CrossEntropyOutput> {
        let ctx = &self.ctx;
        let (out, flat) = self.chunk_outputs(c, targets)?;
        let h2 = hidden.reshape(&[c.tokens, c.hidden])?;
        let m = Mode { compute_lse: true, ..self.cfg.mode() };
        let s = self.cfg.scalars(1.0);
        for (r0, r1) in Self::chunks(c) {
            let logits = GpuTensor::empty(ctx, c.dtype, &[r1 - r0, c.vocab])?;
            matmul(ctx, MatView::rows(&h2, r0..r1), weight, &logits, false, true)?;
            let plan = cross_entropy::plan(ctx, c.dtype, r1 - r0, c.vocab)?;
            let (tg, o) = flat.rows(&out, r0..r1);
            cross_entropy::launch_rows(ctx, plan, m, s, &logits, bias, None, &tg, &o, None, None, None)?;
        }
        Ok(out)
    }

    /// Loss and gradients chunk by chunk (see the module docs); the loss is not yet
    /// reduced.
    pub(super) fn chunks_forward_backward(
        &self,
        c: &Call,
        hidden: &GpuTensor,
        weight: &GpuTensor,
        bias: Option<&GpuTensor>,
        targets: &GpuTensor,
        grad_scale: f32,
    ) -> Result<LinearCrossEntropyOutput> {
        let ctx = &self.ctx;
        let (out, flat) = self.chunk_outputs(c, targets)?;
        let h2 = hidden.reshape(&[c.tokens, c.hidden])?;
        let d_hidden = GpuTensor::empty(ctx, c.dtype, &[c.tokens, c.hidden])?;
        let d_weight = GpuTensor::empty(ctx, c.dtype, &[c.vocab, c.hidden])?;
        let d_bias_acc = bias.map(|_| zeros_f32(ctx, &[c.vocab])).transpose()?;
        let one = GpuTensor::from_bytes(ctx, DType::F32, &[1], bytemuck::bytes_of(&1.0f32))?;
        let m = Mode { compute_lse: true, write_grad: true, in_place: true, ..self.cfg.mode() };
        let s = self.cfg.scalars(grad_scale);
        for (i, (r0, r1)) in Self::chunks(c).into_iter().enumerate() {
            let g = GpuTensor::empty(ctx, c.dtype, &[r1 - r0, c.vocab])?;
            let h_rows = MatView::rows(&h2, r0..r1);
            matmul(ctx, h_rows.clone(), weight, &g, false, true)?;
            let plan = cross_entropy::plan(ctx, c.dtype, r1 - r0, c.vocab)?;
            let (tg, o) = flat.rows(&out, r0..r1);
            cross_entropy::launch_rows(ctx, plan, m, s, &g, bias, None, &tg, &o, Some(&one), None, None)?;
            matmul(ctx, &g, weight, MatView::rows(&d_hidden, r0..r1), false, false)?;
            if i == 0 {
                matmul(ctx, &g, h_rows, &d_weight, true, false)?;
            } else {
                matmul_accumulate(ctx, &g, h_rows, &d_weight, true, false)?;
            }
            if let Some(db) = &d_bias_acc {
                column_sum(self, &g, db, c.vocab, 0, plan)?;
            }
        }
        let d_bias = d_bias_acc.map(|db| convert(ctx, &db, c.dtype)).transpose()?;
        Ok(LinearCrossEntropyOutput { out, d_hidden: d_hidden.reshape(hidden.shape())?, d_weight, d_bias })
    }
}

/// The targets and row outputs as flat tensors over all tokens.
struct Flat {
    targets: GpuTensor,
    row_loss: GpuTensor,
    lse: GpuTensor,
    stats: GpuTensor,
}

impl Flat {
    /// Rows `r` of the targets, and the outputs as the row kernel sees one chunk.
    fn rows(&self, out: &CrossEntropyOutput, r: std::ops::Range<usize>) -> (GpuTensor, CrossEntropyOutput) {
        let o = CrossEntropyOutput {
            loss: out.loss.clone(),
            row_loss: self.row_loss.rows_view(r.clone()),
            lse: self.lse.rows_view(r.clone()),
            stats: self.stats.rows_view(r.clone()),
            count: out.count.clone(),
        };
        (self.targets.rows_view(r), o)
    }
}
