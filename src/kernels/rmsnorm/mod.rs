//! RMSNorm, forward and backward, with an optional fused residual add.
//!
//! `y = s * rstd * (offset + w)` with `s = x (+ residual)` and
//! `rstd = 1 / sqrt(mean(s^2) + eps)` over the last dimension; `offset` is 0 for Llama
//! and 1 for Gemma. f32/f16/bf16 in and out, f32 math. The forward returns the per-row
//! `rstd` (f32) for the backward, which gives `dx` and `dw`; `dw` is reduced over rows
//! deterministically (per-block partials in f32, then an ordered sum; no atomics).
//! With a residual, the backward's `x` is the sum `s` the forward returned, and the
//! residual's gradient is `dx` as well.

pub(crate) mod kernel;
mod launch;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_like, check_same, vector_width, MAX_ELEMENTS_U32};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
use launch::{BackwardArgs, ForwardArgs, Plan};

/// What [`RmsNorm::forward`] returns.
#[derive(Clone, Debug)]
pub struct RmsNormOutput {
    /// Normalised output, shape and dtype of `x`.
    pub y: GpuTensor,
    /// `x + residual` (the backward's `x`), when a residual was given.
    pub sum: Option<GpuTensor>,
    /// Per-row `1/sqrt(mean(s^2)+eps)`, f32, shape `x.shape()[..-1]`.
    pub rstd: GpuTensor,
}

/// RMSNorm over the last dimension. See the module docs.
#[derive(Clone, Debug)]
pub struct RmsNorm {
    ctx: MetalContext,
    eps: f32,
    offset: f32,
}

impl RmsNorm {
    /// Llama-style RMSNorm (`offset` 0). `eps` must be finite and > 0.
    pub fn new(ctx: &MetalContext, eps: f32) -> Result<Self> {
        if !(eps.is_finite() && eps > 0.0) {
            return Err(PmetalError::InvalidArgument(format!("rmsnorm eps must be finite and > 0, got {eps}")));
        }
        Ok(RmsNorm { ctx: ctx.clone(), eps, offset: 0.0 })
    }

    /// Gemma-style RMSNorm: scales by `1 + w`.
    pub fn gemma(ctx: &MetalContext, eps: f32) -> Result<Self> {
        Ok(Self::new(ctx, eps)?.with_offset(1.0))
    }

    /// Scales by `offset + w`.
    pub fn with_offset(mut self, offset: f32) -> Self {
        self.offset = offset;
        self
    }

    fn plan(&self, x: &GpuTensor, w: &GpuTensor) -> Result<Plan> {
        // `with_offset` cannot fail (a builder), so its value is checked here.
        if !self.offset.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("rmsnorm offset must be finite, got {}", self.offset)));
        }
        check_float(x, "rmsnorm")?;
        check_context(&self.ctx, x)?;
        let hidden = *x.shape().last().ok_or_else(|| PmetalError::ShapeMismatch("rmsnorm x needs at least 1 dimension".into()))?;
        if x.numel() == 0 {
            return Err(PmetalError::Empty("rmsnorm x".into()));
        }
        check_like(&self.ctx, x.dtype(), &[hidden], w, "rmsnorm weight")?;
        let rows = (x.numel() / hidden as u64) as usize;
        let storage = self.ctx.storage_of(x.dtype());
        let vec = vector_width(self.ctx.info(), storage, &[hidden]);
        let wide = x.numel() > MAX_ELEMENTS_U32;
        if wide && !self.ctx.supports_u64_addressing() {
            return Err(PmetalError::TooLarge(format!(
                "{} elements need 64-bit addressing, which this device lacks",
                x.numel()
            )));
        }
        if rows > u32::MAX as usize || hidden / vec > u32::MAX as usize {
            return Err(PmetalError::TooLarge(format!("rmsnorm shape {:?}", x.shape())));
        }
        let cube = launch::cube_size(self.ctx.tuning(), hidden / vec);
        Ok(Plan { storage, vec, rows, hidden, eps: self.eps, offset: self.offset, wide, cube })
    }

    fn row_shape(x: &GpuTensor) -> Vec<usize> {
        x.shape()[..x.shape().len() - 1].to_vec()
    }

    /// Forward. Returns `y` and the per-row `rstd`.
    pub fn forward(&self, x: &GpuTensor, w: &GpuTensor) -> Result<RmsNormOutput> {
        let p = self.plan(x, w)?;
        let y = GpuTensor::empty(&self.ctx, x.dtype(), x.shape())?;
        let rstd = GpuTensor::empty(&self.ctx, DType::F32, &Self::row_shape(x))?;
        self.launch_forward(p, x, None, w, &y, None, &rstd);
        Ok(RmsNormOutput { y, sum: None, rstd })
    }

    /// Forward of `x + residual`. Returns `y`, the sum, and `rstd`.
    pub fn forward_residual(&self, x: &GpuTensor, residual: &GpuTensor, w: &GpuTensor) -> Result<RmsNormOutput> {
        let p = self.plan(x, w)?;
        check_same(&self.ctx, x, residual, "x and residual")?;
        let y = GpuTensor::empty(&self.ctx, x.dtype(), x.shape())?;
        let sum = GpuTensor::empty(&self.ctx, x.dtype(), x.shape())?;
        let rstd = GpuTensor::empty(&self.ctx, DType::F32, &Self::row_shape(x))?;
        self.launch_forward(p, x, Some(residual), w, &y, Some(&sum), &rstd);
        Ok(RmsNormOutput { y, sum: Some(sum), rstd })
    }

    /// Forward into caller-given outputs (`sum` only with `residual`).
    #[allow(clippy::too_many_arguments)]
    pub fn forward_into(
        &self,
        x: &GpuTensor,
        residual: Option<&GpuTensor>,
        w: &GpuTensor,
        y: &GpuTensor,
        sum: Option<&GpuTensor>,
        rstd: &GpuTensor,
    ) -> Result<()> {
        let p = self.plan(x, w)?;
        check_same(&self.ctx, x, y, "y")?;
        match (residual, sum) {
            (Some(r), Some(s)) => {
                check_same(&self.ctx, x, r, "x and residual")?;
                check_same(&self.ctx, x, s, "sum")?;
            }
            (None, None) => {}
            _ => return Err(PmetalError::InvalidArgument("rmsnorm: `sum` is given exactly when `residual` is".into())),
        }
        self.check_rstd(x, rstd)?;
        self.launch_forward(p, x, residual, w, y, sum, rstd);
        Ok(())
    }

    fn check_rstd(&self, x: &GpuTensor, rstd: &GpuTensor) -> Result<()> {
        check_like(&self.ctx, DType::F32, &Self::row_shape(x), rstd, "rstd")
    }

    #[allow(clippy::too_many_arguments)]
    fn launch_forward(&self, p: Plan, x: &GpuTensor, residual: Option<&GpuTensor>, w: &GpuTensor, y: &GpuTensor, sum: Option<&GpuTensor>, rstd: &GpuTensor) {
        self.ctx.note_launch(|| p.key("rmsnorm_forward", residual.is_some()));
        let a = ForwardArgs {
            x: x.handle(),
            residual: residual.map(GpuTensor::handle),
            w: w.handle(),
            y: y.handle(),
            sum: sum.map(GpuTensor::handle),
            rstd: rstd.handle(),
        };
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::forward::<R>(c, info, p, a))
    }

    /// Backward: `(dx, dw)` from the forward's input `x` (the sum, with a residual), its
    /// `rstd`, and `dy`.
    pub fn backward(&self, x: &GpuTensor, w: &GpuTensor, rstd: &GpuTensor, dy: &GpuTensor) -> Result<(GpuTensor, GpuTensor)> {
        let dx = GpuTensor::empty(&self.ctx, x.dtype(), x.shape())?;
        let dw = GpuTensor::empty(&self.ctx, w.dtype(), w.shape())?;
        self.backward_into(x, w, rstd, dy, &dx, &dw)?;
        Ok((dx, dw))
    }

    /// Backward into caller-given `dx` and `dw`.
    pub fn backward_into(&self, x: &GpuTensor, w: &GpuTensor, rstd: &GpuTensor, dy: &GpuTensor, dx: &GpuTensor, dw: &GpuTensor) -> Result<()> {
        let p = self.plan(x, w)?;
        check_same(&self.ctx, x, dy, "x and dy")?;
        check_same(&self.ctx, x, dx, "dx")?;
        check_same(&self.ctx, w, dw, "dw")?;
        self.check_rstd(x, rstd)?;
        let parts = launch::backward_cubes(self.ctx.info(), self.ctx.tuning(), p.rows);
        let smem_vecs = launch::backward_smem_vecs(self.ctx.info(), p.hidden, p.vec);
        let dw_part = GpuTensor::empty(&self.ctx, DType::F32, &[parts, p.hidden])?;
        self.ctx.note_launch(|| format!("{}/smem{smem_vecs}", p.key("rmsnorm_backward", false)));
        self.ctx.note_launch(|| p.key("rmsnorm_dw_reduce", false));
        let a = BackwardArgs {
            x: x.handle(),
            w: w.handle(),
            rstd: rstd.handle(),
            dy: dy.handle(),
            dx: dx.handle(),
            dw_part: dw_part.handle(),
            dw: dw.handle(),
            parts,
            smem_vecs,
        };
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::backward::<R>(c, info, p, a));
        Ok(())
    }

    /// Unfused baseline of [`forward`](Self::forward): a row-reduction kernel writes
    /// `rstd`, then an element-wise kernel reads `x` again to scale it.
    // Public only for the benchmark harness (bench-harness/, the runner's "unfused" rows)
    // and the tests that check this baseline: it launches internal kernels that no public
    // op composes. Not part of the API.
    #[doc(hidden)]
    pub fn forward_unfused(&self, x: &GpuTensor, w: &GpuTensor) -> Result<RmsNormOutput> {
        let p = self.plan(x, w)?;
        let y = GpuTensor::empty(&self.ctx, x.dtype(), x.shape())?;
        let rstd = GpuTensor::empty(&self.ctx, DType::F32, &Self::row_shape(x))?;
        self.ctx.note_launch(|| p.key("rms_of_rows", false));
        self.ctx.note_launch(|| p.key("scale_rows", false));
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::forward_unfused::<R>(c, info, p, x.handle(), w.handle(), rstd.handle(), y.handle()));
        Ok(RmsNormOutput { y, sum: None, rstd })
    }
}
