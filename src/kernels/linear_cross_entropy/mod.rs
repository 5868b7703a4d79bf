//! Fused linear cross-entropy: the loss of `logits = hidden @ weight^T (+ bias)` and its
//! gradients with respect to `hidden`, `weight` and `bias`, without ever holding the
//! `[tokens, vocab]` logits.
//!
//! Two plans, chosen in one place ([`LinearCrossEntropy::resolved_plan`]) and named by
//! [`LinearCrossEntropy::plan_name`]:
//! - [`LinearCrossEntropyPlan::VocabBlocks`] (`vocab_blocks.rs`), the portable one: the
//!   vocabulary in blocks of columns; a forward pass over every block for each row's
//!   log-sum-exp, then the backward recomputes each block's logits. Four GEMMs, but no
//!   GEMM has to accumulate into its output except `d_hidden`'s f32 accumulator, which
//!   suits cubek-matmul (its accumulation needs a scratch the size of the output).
//! - [`LinearCrossEntropyPlan::TokenChunks`] (`token_chunks.rs`), where the matmul
//!   accumulates in place (cuBLASLt, beta = 1): the tokens in chunks with the whole
//!   vocabulary per chunk, so each chunk's log-sum-exp is final after one GEMM. Three
//!   GEMMs; `d_weight` accumulates over the chunks in its own dtype.
//! `Auto` takes the second where [`Matmul::tries_cublaslt`] holds, else the first.
//!
//! Options are those of [`CrossEntropyConfig`]. Dtypes: `hidden`, `weight` and `bias`
//! share one dtype (f32, f16 or bf16; a mismatch is [`PmetalError::DTypeMismatch`]); the
//! logits are computed in that dtype with f32 accumulation, as an unfused model of that
//! dtype holds them; the loss and lse are f32, the gradients take the inputs' dtype.
//! The mean's divisor counts the targets of all tokens before any gradient is formed.
//!
//! Where the device limits one buffer's size ([`MetalContext::max_binding_bytes`], wgpu's
//! storage-binding limit), blocks or chunks are narrowed until their buffers fit; a call
//! whose narrowest block or chunk cannot fit is [`PmetalError::TooLarge`] before
//! anything is launched.

mod token_chunks;
mod vocab_blocks;

use crate::kernels::cross_entropy::{self, CrossEntropyConfig, CrossEntropyOutput, Reduction};
use crate::kernels::matmul::Matmul;
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

/// How the logits are walked (see the module docs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LinearCrossEntropyPlan {
    /// Token chunks where the matmul tries cuBLASLt, vocabulary blocks elsewhere.
    #[default]
    Auto,
    /// Blocks of vocabulary columns ([`LinearCrossEntropy::with_block`]).
    VocabBlocks,
    /// Chunks of tokens, whole vocabulary rows ([`LinearCrossEntropy::with_chunk`]).
    TokenChunks,
}

/// Fused linear cross-entropy. See the module docs.
#[derive(Clone, Debug)]
pub struct LinearCrossEntropy {
    ctx: MetalContext,
    cfg: CrossEntropyConfig,
    block: usize,
    /// Tokens per chunk; `None`: sized by [`token_chunks::DEFAULT_CHUNK_BYTES`].
    chunk: Option<usize>,
    plan: LinearCrossEntropyPlan,
}

/// A validated call.
struct Call {
    dtype: DType,
    tokens: usize,
    hidden: usize,
    vocab: usize,
    row_shape: Vec<usize>,
    /// The plan's step: vocabulary columns per block, or tokens per chunk, narrowed where
    /// its buffers would pass the binding limit.
    step: usize,
    plan: LinearCrossEntropyPlan,
}

impl LinearCrossEntropy {
    /// Mean cross-entropy with PyTorch's defaults.
    pub fn new(ctx: &MetalContext) -> Self {
        LinearCrossEntropy { ctx: ctx.clone(), cfg: CrossEntropyConfig::default(), block: 1024, chunk: None, plan: LinearCrossEntropyPlan::Auto }
    }

    /// With options; fails on out-of-range options.
    pub fn with_config(ctx: &MetalContext, cfg: CrossEntropyConfig) -> Result<Self> {
        cfg.validate()?;
        Ok(LinearCrossEntropy { cfg, ..Self::new(ctx) })
    }

    /// Vocabulary columns per block of the vocabulary-block plan (rounded up to a multiple
    /// of 8; at least 8): memory `tokens x block` logits, fewer and larger GEMMs as it
    /// grows. A call narrows it where its buffers would pass the device's binding limit.
    pub fn with_block(mut self, block: usize) -> Self {
        // Capped at 2^31 (a multiple of 8): vocabularies stop below it (cross-entropy
        // refuses more than i32::MAX columns), and the cap keeps the rounding and the
        // per-block byte counts from overflowing.
        self.block = block.clamp(8, 1 << 31).div_ceil(8) * 8;
        self
    }

    /// Tokens per chunk of the token-chunk plan (at least 1; rounded up so that each
    /// chunk's rows start at the device's view alignment): memory `chunk x vocab` logits;
    /// `d_weight` is read and written once per chunk, so larger chunks cost less time.
    /// By default: the largest power of two whose logits take at most 128 MiB.
    pub fn with_chunk(mut self, tokens: usize) -> Self {
        self.chunk = Some(tokens.clamp(1, 1 << 31));
        self
    }

    /// Pins the plan (tests, benchmarks); `Auto` by default.
    pub fn with_plan(mut self, plan: LinearCrossEntropyPlan) -> Self {
        self.plan = plan;
        self
    }

    /// The plan a call takes on this context: `Auto` resolved (see the module docs).
    pub fn resolved_plan(&self) -> LinearCrossEntropyPlan {
        match self.plan {
            LinearCrossEntropyPlan::Auto if Matmul::new(&self.ctx).tries_cublaslt() => LinearCrossEntropyPlan::TokenChunks,
            LinearCrossEntropyPlan::Auto => LinearCrossEntropyPlan::VocabBlocks,
            p => p,
        }
    }

    /// The plan and its step for `tokens` x `hidden` x `vocab` of `dtype`, e.g. `token
    /// chunks of 512 (cublaslt)` (before any narrowing to a binding limit): for logs and
    /// benchmark rows.
    pub fn plan_name(&self, dtype: DType, tokens: usize, hidden: usize, vocab: usize) -> String {
        let provider = if Matmul::new(&self.ctx).tries_cublaslt() { "cublaslt" } else { "cubek" };
        match self.resolved_plan() {
            LinearCrossEntropyPlan::TokenChunks => format!("token chunks of {} ({provider})", self.chunk_rows(dtype, tokens, hidden, vocab)),
            _ => format!("vocabulary blocks of {} ({provider})", self.block.min(vocab)),
        }
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
        // Buffers of either plan: the running row statistics (4 f32 a token, the largest
        // per-token one) and d_bias's f32 accumulator.
        ctx.check_binding(tokens as u64 * 16, || format!("linear cross-entropy's row statistics for {tokens} tokens"))?;
        if backward && bias.is_some() {
            ctx.check_binding(vocab as u64 * 4, || format!("linear cross-entropy's f32 d_bias accumulator [{vocab}]"))?;
        }
        let plan = self.resolved_plan();
        let (step, widest) = match plan {
            LinearCrossEntropyPlan::TokenChunks => {
                let step = self.chunk_for(dt, tokens, h, vocab)?;
                (step, (step.min(tokens), vocab))
            }
            _ => {
                if backward {
                    ctx.check_binding(tokens as u64 * h as u64 * 4, || format!("linear cross-entropy's f32 d_hidden accumulator [{tokens}, {h}]"))?;
                }
                let step = self.block_for(dt, tokens, h, vocab)?;
                (step, (tokens, step.min(vocab)))
            }
        };
        // Every block's or chunk's plan must hold; the widest one is the first.
        cross_entropy::plan(ctx, dt, widest.0, widest.1)?;
        Ok(Call { dtype: dt, tokens, hidden: h, vocab, row_shape, step, plan })
    }

    /// Loss (and row losses, log-sum-exp) only: the evaluation path, one GEMM pass.
    pub fn forward(&self, hidden: &GpuTensor, weight: &GpuTensor, bias: Option<&GpuTensor>, targets: &GpuTensor) -> Result<CrossEntropyOutput> {
        let c = self.call(hidden, weight, bias, targets, false)?;
        let out = match c.plan {
            LinearCrossEntropyPlan::TokenChunks => self.chunks_forward(&c, hidden, weight, bias, targets)?,
            _ => self.blocks_forward(&c, hidden, weight, bias, targets)?.0,
        };
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
        let r = match c.plan {
            LinearCrossEntropyPlan::TokenChunks => self.chunks_forward_backward(&c, hidden, weight, bias, targets, grad_scale)?,
            _ => self.blocks_forward_backward(&c, hidden, weight, bias, targets, grad_scale)?,
        };
        cross_entropy::reduce_loss(&self.ctx, &self.cfg, &r.out.row_loss, &r.out.count, &r.out.loss, c.tokens)?;
        cross_entropy::check_targets(&self.cfg, &r.out.count, c.vocab)?;
        Ok(r)
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

/// Zeros of `shape`, f32.
fn zeros_f32(ctx: &MetalContext, shape: &[usize]) -> Result<GpuTensor> {
    let n: usize = shape.iter().product();
    GpuTensor::from_bytes(ctx, DType::F32, shape, &vec![0u8; n * 4])
}
