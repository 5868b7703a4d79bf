//! Fused SwiGLU / GeGLU: `h = act(gate) * up`, forward and backward in one pass each.
//!
//! The backward recomputes `act(gate)` from `gate` instead of storing it, so training keeps
//! no intermediate: forward reads 2 and writes 1 tensor, backward reads 3 and writes 2.
//! Inputs come as two tensors of equal shape, or as one interleaved tensor `[..., 2*H]`
//! whose rows hold the gate half then the up half (the output of a fused gate/up GEMM).
//! All dtypes compute in f32.

pub(crate) mod kernel;
mod launch;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_like, check_same, check_size, vector_width};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::error::{PmetalError, Result};
use launch::{BackwardArgs, Plan};

/// The gate activation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GluActivation {
    /// `silu(x) = x * sigmoid(x)`: SwiGLU (Llama, Mistral, Qwen).
    #[default]
    Silu,
    /// GELU, tanh approximation: GeGLU (Gemma).
    GeluTanh,
}

/// Fused gated linear unit. See the module docs.
#[derive(Clone, Debug)]
pub struct SwiGlu {
    ctx: MetalContext,
    activation: GluActivation,
}

/// How a call's tensors are laid out, once validated.
struct Layout {
    plan: Plan,
}

impl SwiGlu {
    /// SwiGLU (silu gate) on `ctx`.
    pub fn new(ctx: &MetalContext) -> Self {
        SwiGlu { ctx: ctx.clone(), activation: GluActivation::Silu }
    }

    /// Same, with another gate activation (e.g. [`GluActivation::GeluTanh`] for GeGLU).
    pub fn with_activation(mut self, activation: GluActivation) -> Self {
        self.activation = activation;
        self
    }

    /// The gate activation.
    pub fn activation(&self) -> GluActivation {
        self.activation
    }

    fn gelu(&self) -> bool {
        self.activation == GluActivation::GeluTanh
    }

    /// Plan for separate `gate` and `up` of equal shape.
    fn separate(&self, gate: &GpuTensor, up: &GpuTensor) -> Result<Layout> {
        check_float(gate, "swiglu")?;
        check_context(&self.ctx, gate)?;
        check_same(&self.ctx, gate, up, "gate and up")?;
        check_size(gate, "gate")?;
        let storage = self.ctx.storage_of(gate.dtype());
        let n = gate.numel() as usize;
        let vec = vector_width(self.ctx.info(), storage, &[n]);
        Ok(Layout { plan: Plan { storage, vec, n_vec: n / vec, hidden_vec: 0, gelu: self.gelu(), interleaved: false } })
    }

    /// Plan for one interleaved `gate_up` of shape `[..., 2*H]`; returns the plan and the
    /// output shape `[..., H]`.
    fn interleaved(&self, gate_up: &GpuTensor) -> Result<(Layout, Vec<usize>)> {
        check_float(gate_up, "swiglu")?;
        check_context(&self.ctx, gate_up)?;
        // A rank-0 tensor has no last dimension to split (its one element would pass
        // `check_size`), so it is refused here rather than panicking on the output shape.
        let Some(&last) = gate_up.shape().last() else {
            return Err(PmetalError::ShapeMismatch("interleaved gate_up needs a last dimension ([..., 2*H]), got a rank-0 tensor".into()));
        };
        check_size(gate_up, "gate_up")?;
        if last % 2 != 0 {
            return Err(PmetalError::ShapeMismatch(format!(
                "interleaved gate_up needs an even last dimension ([..., 2*H]), got {:?}",
                gate_up.shape()
            )));
        }
        let hidden = last / 2;
        let storage = self.ctx.storage_of(gate_up.dtype());
        let vec = vector_width(self.ctx.info(), storage, &[hidden]);
        let mut out_shape = gate_up.shape().to_vec();
        *out_shape.last_mut().unwrap() = hidden;
        let n = gate_up.numel() as usize / 2;
        let plan = Plan { storage, vec, n_vec: n / vec, hidden_vec: (hidden / vec) as u32, gelu: self.gelu(), interleaved: true };
        Ok((Layout { plan }, out_shape))
    }

    /// `act(gate) * up` into a new tensor of the same shape and dtype.
    pub fn forward(&self, gate: &GpuTensor, up: &GpuTensor) -> Result<GpuTensor> {
        let l = self.separate(gate, up)?;
        let out = GpuTensor::empty(&self.ctx, gate.dtype(), gate.shape())?;
        self.launch_forward(l.plan, gate, up, &out);
        Ok(out)
    }

    /// `act(gate) * up` into `out` (same shape and dtype as `gate`).
    pub fn forward_into(&self, gate: &GpuTensor, up: &GpuTensor, out: &GpuTensor) -> Result<()> {
        let l = self.separate(gate, up)?;
        check_same(&self.ctx, gate, out, "out")?;
        self.launch_forward(l.plan, gate, up, out);
        Ok(())
    }

    /// Forward on an interleaved `[..., 2*H]` tensor; returns `[..., H]`.
    pub fn forward_interleaved(&self, gate_up: &GpuTensor) -> Result<GpuTensor> {
        let (l, shape) = self.interleaved(gate_up)?;
        let out = GpuTensor::empty(&self.ctx, gate_up.dtype(), &shape)?;
        self.launch_forward(l.plan, gate_up, gate_up, &out);
        Ok(out)
    }

    /// Forward on an interleaved tensor into `out` of shape `[..., H]`.
    pub fn forward_interleaved_into(&self, gate_up: &GpuTensor, out: &GpuTensor) -> Result<()> {
        let (l, shape) = self.interleaved(gate_up)?;
        check_like(&self.ctx, gate_up.dtype(), &shape, out, "out")?;
        self.launch_forward(l.plan, gate_up, gate_up, out);
        Ok(())
    }

    fn launch_forward(&self, p: Plan, gate: &GpuTensor, up: &GpuTensor, out: &GpuTensor) {
        self.ctx.note_launch(|| p.key("glu_forward"));
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::forward::<R>(c, info, p, gate.handle(), up.handle(), out.handle()))
    }

    /// Gradients `(d_gate, d_up)` from `d_h`, recomputing the activation.
    pub fn backward(&self, gate: &GpuTensor, up: &GpuTensor, d_h: &GpuTensor) -> Result<(GpuTensor, GpuTensor)> {
        let d_gate = GpuTensor::empty(&self.ctx, gate.dtype(), gate.shape())?;
        let d_up = GpuTensor::empty(&self.ctx, gate.dtype(), gate.shape())?;
        self.backward_into(gate, up, d_h, &d_gate, &d_up)?;
        Ok((d_gate, d_up))
    }

    /// Backward into caller-given `d_gate` and `d_up`.
    pub fn backward_into(&self, gate: &GpuTensor, up: &GpuTensor, d_h: &GpuTensor, d_gate: &GpuTensor, d_up: &GpuTensor) -> Result<()> {
        let l = self.separate(gate, up)?;
        check_same(&self.ctx, gate, d_h, "gate and d_h")?;
        check_same(&self.ctx, gate, d_gate, "d_gate")?;
        check_same(&self.ctx, gate, d_up, "d_up")?;
        let args = BackwardArgs { gate: gate.handle(), up: up.handle(), d_h: d_h.handle(), d_gate: d_gate.handle(), d_up: d_up.handle() };
        self.launch_backward(l.plan, args);
        Ok(())
    }

    /// Backward on an interleaved `gate_up`; returns `d_gate_up` in the same interleaved layout.
    pub fn backward_interleaved(&self, gate_up: &GpuTensor, d_h: &GpuTensor) -> Result<GpuTensor> {
        let d = GpuTensor::empty(&self.ctx, gate_up.dtype(), gate_up.shape())?;
        self.backward_interleaved_into(gate_up, d_h, &d)?;
        Ok(d)
    }

    /// Backward on an interleaved `gate_up` into `d_gate_up` (same shape).
    pub fn backward_interleaved_into(&self, gate_up: &GpuTensor, d_h: &GpuTensor, d_gate_up: &GpuTensor) -> Result<()> {
        let (l, shape) = self.interleaved(gate_up)?;
        check_like(&self.ctx, gate_up.dtype(), &shape, d_h, "d_h")?;
        check_same(&self.ctx, gate_up, d_gate_up, "d_gate_up")?;
        let args = BackwardArgs {
            gate: gate_up.handle(),
            up: gate_up.handle(),
            d_h: d_h.handle(),
            d_gate: d_gate_up.handle(),
            d_up: d_gate_up.handle(),
        };
        self.launch_backward(l.plan, args);
        Ok(())
    }

    fn launch_backward(&self, p: Plan, a: BackwardArgs) {
        self.ctx.note_launch(|| p.key("glu_backward"));
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::backward::<R>(c, info, p, a))
    }

    /// Unfused baseline of [`forward`](Self::forward): an activation kernel writes
    /// `act(gate)` to memory, a multiply kernel reads it back. For the runner's comparison.
    // Public only for the benchmark harness (bench-harness/, the runner's "unfused" rows)
    // and the tests that check this baseline: it launches internal kernels that no public
    // op composes. Not part of the API.
    #[doc(hidden)]
    pub fn forward_unfused(&self, gate: &GpuTensor, up: &GpuTensor) -> Result<GpuTensor> {
        let l = self.separate(gate, up)?;
        let a = GpuTensor::empty(&self.ctx, gate.dtype(), gate.shape())?;
        let out = GpuTensor::empty(&self.ctx, gate.dtype(), gate.shape())?;
        self.unary(l.plan, false, gate, &a);
        self.mul(l.plan, &a, up, &out);
        Ok(out)
    }

    /// Unfused baseline of [`backward`](Self::backward): five single-op kernels
    /// (act, act', and three multiplies) with their intermediates in memory.
    // Public only for the benchmark harness (bench-harness/, the runner's "unfused" rows)
    // and the tests that check this baseline: it launches internal kernels that no public
    // op composes. Not part of the API.
    #[doc(hidden)]
    pub fn backward_unfused(&self, gate: &GpuTensor, up: &GpuTensor, d_h: &GpuTensor) -> Result<(GpuTensor, GpuTensor)> {
        let l = self.separate(gate, up)?;
        check_same(&self.ctx, gate, d_h, "gate and d_h")?;
        let new = || GpuTensor::empty(&self.ctx, gate.dtype(), gate.shape());
        let (a, da, t, d_gate, d_up) = (new()?, new()?, new()?, new()?, new()?);
        self.unary(l.plan, false, gate, &a);
        self.mul(l.plan, d_h, &a, &d_up);
        self.unary(l.plan, true, gate, &da);
        self.mul(l.plan, d_h, up, &t);
        self.mul(l.plan, &t, &da, &d_gate);
        Ok((d_gate, d_up))
    }

    fn unary(&self, p: Plan, grad: bool, x: &GpuTensor, out: &GpuTensor) {
        self.ctx.note_launch(|| p.key(if grad { "act_grad" } else { "act" }));
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::unary::<R>(c, info, p, grad, x.handle(), out.handle()))
    }

    fn mul(&self, p: Plan, a: &GpuTensor, b: &GpuTensor, out: &GpuTensor) {
        self.ctx.note_launch(|| p.key("mul"));
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::mul::<R>(c, info, p, a.handle(), b.handle(), out.handle()))
    }
}
