//! Fused cross-entropy over a vocabulary, forward and backward, without a softmax buffer.
//!
//! For logits `x [..., V]` and integer targets `t [...]`, with `z = softcap(x)` (when a
//! softcap is set: `c * tanh(x / c)`), `lse = log sum_j exp(z_j)` and `p = softmax(z)`:
//!
//! `loss = (1 - eps) * (lse - z_t) + eps * (lse - mean_j z_j) + z_loss * lse^2`
//!
//! (label smoothing `eps`, z-loss scale `z_loss`), and the gradient with respect to `x`
//! is `(p * (1 + 2 z_loss lse) - eps / V - (1 - eps) onehot(t)) * dz/dx`.
//! Rows whose target is `ignore_index` give loss 0 and gradient 0 and do not count in
//! the mean; with nothing counted the mean is 0. Logits may be f32, f16 or bf16; all math
//! is f32.
//!
//! Each row is read once for its log-sum-exp (an online max and sum, so any vocabulary
//! size streams through in one pass) and, with a gradient, once more right after by the
//! same workgroup (from L2): [`CrossEntropy::forward_backward_in_place`] turns 8192 rows
//! of 128k bf16 logits into their gradient with no memory beyond a few floats per row.
//!
//! Infinities: `-inf` logits get probability 0; `+inf` logits share the row's mass (the
//! limit of a softmax), and a row of only `-inf` is treated as uniform; no NaN arises
//! from either. A NaN logit makes its row's loss and gradient NaN: reported, not hidden.
//! Targets outside `[0, V)` that are not `ignore_index` are a typed error
//! ([`PmetalError::InvalidArgument`]) when `check_targets` is on (one 8-byte read-back
//! per call); with it off they give a NaN loss and gradient on their row.

pub(crate) mod kernel;
pub(crate) mod launch;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_like, MAX_ELEMENTS_U32};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
pub(crate) use launch::{Mode, Plan, Scalars};

/// How per-row losses combine into the returned loss.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reduction {
    /// One loss per row.
    None,
    /// Sum over rows.
    Sum,
    /// Mean over rows whose target is not `ignore_index` (0 when there are none).
    #[default]
    Mean,
}

/// Options of [`CrossEntropy`] (and of the fused linear cross-entropy).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CrossEntropyConfig {
    /// Target value that marks a row to skip (PyTorch's default: -100).
    pub ignore_index: i32,
    /// Label smoothing `eps` in `[0, 1]`.
    pub label_smoothing: f32,
    /// Scale of the `lse^2` term (z-loss, as in PaLM); 0 turns it off.
    pub z_loss: f32,
    /// Logit softcap `c > 0` (Gemma 2: 30): the loss sees `c * tanh(x / c)`.
    pub softcap: Option<f32>,
    /// How row losses combine.
    pub reduction: Reduction,
    /// Check targets before launching (one small read-back per call); off, a bad target
    /// gives NaN on its row instead of an error.
    pub check_targets: bool,
}

impl Default for CrossEntropyConfig {
    fn default() -> Self {
        CrossEntropyConfig {
            ignore_index: -100,
            label_smoothing: 0.0,
            z_loss: 0.0,
            softcap: None,
            reduction: Reduction::Mean,
            check_targets: true,
        }
    }
}

impl CrossEntropyConfig {
    pub(crate) fn validate(&self) -> Result<()> {
        if !(0.0..=1.0).contains(&self.label_smoothing) {
            return Err(PmetalError::InvalidArgument(format!("label smoothing must be in [0, 1], got {}", self.label_smoothing)));
        }
        if !(self.z_loss.is_finite() && self.z_loss >= 0.0) {
            return Err(PmetalError::InvalidArgument(format!("z-loss scale must be finite and >= 0, got {}", self.z_loss)));
        }
        if let Some(c) = self.softcap {
            if !(c.is_finite() && c > 0.0) {
                return Err(PmetalError::InvalidArgument(format!("softcap must be finite and > 0, got {c}")));
            }
        }
        Ok(())
    }

    pub(crate) fn mode(&self) -> Mode {
        Mode {
            smooth: self.label_smoothing > 0.0,
            zloss: self.z_loss > 0.0,
            softcap: self.softcap.is_some(),
            mean: self.reduction == Reduction::Mean,
            ..Mode::default()
        }
    }

    pub(crate) fn scalars(&self, grad_scale: f32) -> Scalars {
        Scalars {
            ignore_index: self.ignore_index,
            smoothing: self.label_smoothing,
            z_scale: self.z_loss,
            cap: self.softcap.unwrap_or(1.0),
            grad_scale,
        }
    }
}

/// What [`CrossEntropy::forward`] returns.
#[derive(Clone, Debug)]
pub struct CrossEntropyOutput {
    /// The loss, f32: shape `[1]` for sum/mean; for `None` the per-row losses (the same
    /// buffer as `row_loss`).
    pub loss: GpuTensor,
    /// Per-row loss (0 on ignored rows), the targets' shape, f32.
    pub row_loss: GpuTensor,
    /// Per-row log-sum-exp of the (softcapped) logits, f32.
    pub lse: GpuTensor,
    /// Per-row `(max, ln sum exp(z - max))`, f32 `[rows..., 2]`: the backward's input (the
    /// two parts keep full precision where one f32 lse of large logits would not).
    pub stats: GpuTensor,
    /// `[rows counted in the mean, bad targets]`, f32.
    pub count: GpuTensor,
}

/// Fused cross-entropy. See the module docs.
#[derive(Clone, Debug)]
pub struct CrossEntropy {
    ctx: MetalContext,
    cfg: CrossEntropyConfig,
}

/// A validated call.
struct Call {
    plan: Plan,
    row_shape: Vec<usize>,
}

impl CrossEntropy {
    /// Mean cross-entropy with PyTorch's defaults (ignore_index -100, no smoothing).
    pub fn new(ctx: &MetalContext) -> Self {
        CrossEntropy { ctx: ctx.clone(), cfg: CrossEntropyConfig::default() }
    }

    /// With options; fails on out-of-range options.
    pub fn with_config(ctx: &MetalContext, cfg: CrossEntropyConfig) -> Result<Self> {
        cfg.validate()?;
        Ok(CrossEntropy { ctx: ctx.clone(), cfg })
    }

    /// The options.
    pub fn config(&self) -> &CrossEntropyConfig {
        &self.cfg
    }

    fn call(&self, logits: &GpuTensor, targets: &GpuTensor) -> Result<Call> {
        check_float(logits, "cross_entropy")?;
        check_context(&self.ctx, logits)?;
        let (vocab, row_shape) = match logits.shape().split_last() {
            Some((&v, rest)) => (v, rest.to_vec()),
            None => return Err(PmetalError::ShapeMismatch("cross-entropy logits need a vocabulary dimension".into())),
        };
        if logits.numel() == 0 {
            return Err(PmetalError::Empty("cross-entropy logits".into()));
        }
        check_like(&self.ctx, DType::I32, &row_shape, targets, "cross-entropy targets (i32, logits' shape without the vocabulary)")?;
        let rows = (logits.numel() / vocab as u64) as usize;
        let plan = plan(&self.ctx, logits.dtype(), rows, vocab)?;
        Ok(Call { plan, row_shape })
    }

    /// Counts targets (and checks them when configured).
    fn count(&self, c: &Call, targets: &GpuTensor) -> Result<GpuTensor> {
        count_targets(&self.ctx, &self.cfg, targets, c.plan.rows, c.plan.vocab)
    }

    /// Loss, per-row loss and log-sum-exp; reads the logits once.
    pub fn forward(&self, logits: &GpuTensor, targets: &GpuTensor) -> Result<CrossEntropyOutput> {
        let c = self.call(logits, targets)?;
        let count = self.count(&c, targets)?;
        let out = self.outputs(&c, count)?;
        let m = Mode { compute_lse: true, ..self.cfg.mode() };
        self.launch_rows(&c, m, 1.0, logits, None, targets, &out, None)?;
        self.finish(&c, &out)?;
        check_targets(&self.cfg, &out.count, c.plan.vocab)?;
        Ok(out)
    }

    /// Gradient of the loss with respect to the logits, into a new tensor. `d_loss` is the
    /// upstream gradient: shape `[1]` for sum/mean, the targets' shape for `None`.
    pub fn backward(&self, logits: &GpuTensor, targets: &GpuTensor, fwd: &CrossEntropyOutput, d_loss: &GpuTensor) -> Result<GpuTensor> {
        let c = self.call(logits, targets)?;
        let grad = GpuTensor::empty(&self.ctx, logits.dtype(), logits.shape())?;
        self.backward_checked(&c, logits, targets, fwd, d_loss, Some(&grad))?;
        Ok(grad)
    }

    /// Same, into a caller-given tensor of the logits' dtype and shape.
    pub fn backward_into(&self, logits: &GpuTensor, targets: &GpuTensor, fwd: &CrossEntropyOutput, d_loss: &GpuTensor, grad: &GpuTensor) -> Result<()> {
        let c = self.call(logits, targets)?;
        check_like(&self.ctx, logits.dtype(), logits.shape(), grad, "cross-entropy grad")?;
        self.backward_checked(&c, logits, targets, fwd, d_loss, Some(grad))
    }

    /// Same, writing the gradient over the logits (no new memory).
    pub fn backward_in_place(&self, logits: &GpuTensor, targets: &GpuTensor, fwd: &CrossEntropyOutput, d_loss: &GpuTensor) -> Result<()> {
        let c = self.call(logits, targets)?;
        self.backward_checked(&c, logits, targets, fwd, d_loss, None)
    }

    fn backward_checked(&self, c: &Call, logits: &GpuTensor, targets: &GpuTensor, fwd: &CrossEntropyOutput, d_loss: &GpuTensor, grad: Option<&GpuTensor>) -> Result<()> {
        let per_row = self.cfg.reduction == Reduction::None;
        let d_shape: Vec<usize> = if per_row { c.row_shape.clone() } else { vec![1] };
        check_like(&self.ctx, DType::F32, &d_shape, d_loss, "cross-entropy d_loss")?;
        let stats_shape: Vec<usize> = c.row_shape.iter().copied().chain([2]).collect();
        check_like(&self.ctx, DType::F32, &stats_shape, &fwd.stats, "cross-entropy stats")?;
        check_like(&self.ctx, DType::F32, &[2], &fwd.count, "cross-entropy count")?;
        // Bound by the launch though not written on this pass: another context's buffer
        // must not reach this context's kernel.
        check_context(&self.ctx, &fwd.lse)?;
        check_context(&self.ctx, &fwd.row_loss)?;
        let _ = targets;
        let m = Mode { write_grad: true, in_place: grad.is_none(), dloss_per_row: per_row, ..self.cfg.mode() };
        self.launch_rows(c, m, 1.0, logits, grad, targets, fwd, Some(d_loss))
    }

    /// Forward and backward in one launch: the loss, and the gradient of the (reduced)
    /// loss times `grad_scale` in a new tensor. With `Reduction::None` the gradient is that
    /// of the sum of row losses.
    pub fn forward_backward(&self, logits: &GpuTensor, targets: &GpuTensor, grad_scale: f32) -> Result<(CrossEntropyOutput, GpuTensor)> {
        let c = self.call(logits, targets)?;
        let grad = GpuTensor::empty(&self.ctx, logits.dtype(), logits.shape())?;
        let out = self.fused(&c, logits, targets, Some(&grad), grad_scale)?;
        Ok((out, grad))
    }

    /// Forward and backward in one launch, the gradient replacing the logits: the
    /// training path that needs no memory beyond the logits.
    pub fn forward_backward_in_place(&self, logits: &GpuTensor, targets: &GpuTensor, grad_scale: f32) -> Result<CrossEntropyOutput> {
        let c = self.call(logits, targets)?;
        self.fused(&c, logits, targets, None, grad_scale)
    }

    fn fused(&self, c: &Call, logits: &GpuTensor, targets: &GpuTensor, grad: Option<&GpuTensor>, grad_scale: f32) -> Result<CrossEntropyOutput> {
        if !grad_scale.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("grad_scale must be finite, got {grad_scale}")));
        }
        let count = self.count(c, targets)?;
        let out = self.outputs(c, count)?;
        let m = Mode { compute_lse: true, write_grad: true, in_place: grad.is_none(), ..self.cfg.mode() };
        let one = GpuTensor::from_bytes(&self.ctx, DType::F32, &[1], bytemuck::bytes_of(&1.0f32))?;
        self.launch_rows(c, m, grad_scale, logits, grad, targets, &out, Some(&one))?;
        self.finish(c, &out)?;
        check_targets(&self.cfg, &out.count, c.plan.vocab)?;
        Ok(out)
    }

    fn outputs(&self, c: &Call, count: GpuTensor) -> Result<CrossEntropyOutput> {
        outputs(&self.ctx, &self.cfg, &c.row_shape, count)
    }

    /// The reduced loss (or a copy of the row losses for `None`).
    fn finish(&self, c: &Call, out: &CrossEntropyOutput) -> Result<()> {
        reduce_loss(&self.ctx, &self.cfg, &out.row_loss, &out.count, &out.loss, c.plan.rows)
    }

    #[allow(clippy::too_many_arguments)]
    fn launch_rows(&self, c: &Call, m: Mode, grad_scale: f32, logits: &GpuTensor, grad: Option<&GpuTensor>, targets: &GpuTensor, out: &CrossEntropyOutput, d_loss: Option<&GpuTensor>) -> Result<()> {
        launch_rows(&self.ctx, c.plan, m, self.cfg.scalars(grad_scale), logits, None, grad, targets, out, d_loss, None, None)
    }
}

/// Validated plan for `rows` rows of `vocab` logits of `dtype`.
pub(crate) fn plan(ctx: &MetalContext, dtype: DType, rows: usize, vocab: usize) -> Result<Plan> {
    if rows > launch::MAX_ROWS {
        return Err(PmetalError::TooLarge(format!("cross-entropy takes at most {} rows a call, got {rows}", launch::MAX_ROWS)));
    }
    if vocab > i32::MAX as usize {
        return Err(PmetalError::TooLarge(format!("vocabulary of {vocab}")));
    }
    let numel = rows as u64 * vocab as u64;
    let wide = numel > MAX_ELEMENTS_U32;
    if wide && !ctx.supports_u64_addressing() {
        return Err(PmetalError::TooLarge(format!("{numel} logits need 64-bit addressing, which this device lacks")));
    }
    let storage = ctx.storage_of(dtype);
    let vec = launch::vector_width(ctx.info(), ctx.tuning(), storage, vocab);
    let cube = launch::cube_size(ctx.info(), ctx.tuning(), vocab / vec);
    let cubes = launch::cube_count(ctx.info(), ctx.tuning(), rows);
    Ok(Plan { storage, vec, rows, vocab, wide, cube, cubes })
}

/// Counts the targets that take part and the bad ones (queued; nothing is read back).
pub(crate) fn count_targets(ctx: &MetalContext, cfg: &CrossEntropyConfig, targets: &GpuTensor, rows: usize, vocab: usize) -> Result<GpuTensor> {
    let count = GpuTensor::empty(ctx, DType::F32, &[2])?;
    let info = ctx.info();
    ctx.note_launch(|| "cross_entropy_count".to_string());
    with_client!(ctx, |cl, R| launch::count::<R>(cl, info, targets.handle(), count.handle(), rows, vocab, cfg.ignore_index));
    Ok(count)
}

/// With `check_targets`, reads back the count of bad targets and refuses them. Called
/// after the loss kernels are queued, so the GPU is busy while the host waits (checking
/// before the launch costs a round trip per call: bench/results/tuning-decisions.md); the
/// rows of bad targets then hold NaN, in place too.
pub(crate) fn check_targets(cfg: &CrossEntropyConfig, count: &GpuTensor, vocab: usize) -> Result<()> {
    if cfg.check_targets {
        let c: Vec<f32> = count.to_vec()?;
        if c[1] > 0.0 {
            return Err(PmetalError::InvalidArgument(format!(
                "{} cross-entropy target(s) outside [0, {vocab}) and not ignore_index ({})",
                c[1], cfg.ignore_index
            )));
        }
    }
    Ok(())
}

/// Fresh outputs for rows of `row_shape`.
pub(crate) fn outputs(ctx: &MetalContext, cfg: &CrossEntropyConfig, row_shape: &[usize], count: GpuTensor) -> Result<CrossEntropyOutput> {
    let row_loss = GpuTensor::empty(ctx, DType::F32, row_shape)?;
    let loss = if cfg.reduction == Reduction::None { row_loss.clone() } else { GpuTensor::empty(ctx, DType::F32, &[1])? };
    let stats_shape: Vec<usize> = row_shape.iter().copied().chain([2]).collect();
    Ok(CrossEntropyOutput {
        loss,
        row_loss,
        lse: GpuTensor::empty(ctx, DType::F32, row_shape)?,
        stats: GpuTensor::empty(ctx, DType::F32, &stats_shape)?,
        count,
    })
}

pub(crate) fn reduce_loss(ctx: &MetalContext, cfg: &CrossEntropyConfig, row_loss: &GpuTensor, count: &GpuTensor, loss: &GpuTensor, rows: usize) -> Result<()> {
    if cfg.reduction == Reduction::None {
        return Ok(()); // `loss` is `row_loss`
    }
    let info = ctx.info();
    ctx.note_launch(|| format!("cross_entropy_reduce/{}", cfg.reduction == Reduction::Mean));
    with_client!(ctx, |cl, R| launch::reduce::<R>(cl, info, row_loss.handle(), count.handle(), loss.handle(), rows, cfg.reduction == Reduction::Mean));
    Ok(())
}

/// Launches the row kernel. `bias`, `block` (first column, full row length) and `acc`
/// (running statistics, with `Mode::merge`) only from the fused linear cross-entropy.
#[allow(clippy::too_many_arguments)]
pub(crate) fn launch_rows(
    ctx: &MetalContext,
    plan: Plan,
    mut m: Mode,
    s: Scalars,
    logits: &GpuTensor,
    bias: Option<&GpuTensor>,
    grad: Option<&GpuTensor>,
    targets: &GpuTensor,
    out: &CrossEntropyOutput,
    d_loss: Option<&GpuTensor>,
    block: Option<(usize, usize)>,
    acc: Option<&GpuTensor>,
) -> Result<()> {
    m.has_bias = bias.is_some();
    m.fast = ctx.info().fast_exp;
    // Unused slots get a small scratch buffer; binding one buffer twice as writable is
    // not allowed everywhere (WebGPU).
    let scratch = GpuTensor::empty(ctx, DType::F32, &[8])?;
    let (col0, total_vocab) = block.unwrap_or((0, plan.vocab));
    let d_loss_h = d_loss.map(GpuTensor::handle).unwrap_or_else(|| scratch.handle());
    let dloss_len = d_loss.map(|d| d.numel() as usize).unwrap_or(1);
    let a = launch::RowArgs {
        logits: logits.handle(),
        bias: bias.map(GpuTensor::handle).unwrap_or_else(|| scratch.handle()),
        targets: targets.handle(),
        grad: grad.map(GpuTensor::handle).unwrap_or_else(|| scratch.handle()),
        loss: out.row_loss.handle(),
        lse: out.lse.handle(),
        stats: out.stats.handle(),
        acc: acc.map(GpuTensor::handle).unwrap_or_else(|| scratch.handle()),
        dloss: d_loss_h,
        dloss_len,
        count: out.count.handle(),
        col0,
        total_vocab,
    };
    ctx.note_launch(|| plan.key(&m));
    with_client!(ctx, |cl, R| launch::rows::<R>(cl, plan, m, s, a));
    Ok(())
}
