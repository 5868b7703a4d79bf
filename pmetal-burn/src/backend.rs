//! The backend traits: [`PmetalKernels`] (pmetal's forward and backward kernels on a
//! backend's primitives) and [`PmetalBackend`] (the differentiable ops the public
//! functions in [`crate::ops`] call).
//!
//! - `CubeBackend<R, F, I, BT>` (Burn's CubeCL backend without fusion, on every runtime
//!   pmetal drives: wgpu and CUDA) implements both: its ops are the forward kernels alone.
//! - `Fusion<CubeBackend<..>>` (feature `fusion`: Burn's fused backend, what
//!   `burn::backend::Wgpu`/`Cuda` are with Burn's `fusion` feature) implements both too:
//!   each kernel is recorded in the fused stream as a custom operation that runs the
//!   `CubeBackend` kernel when the stream executes (see `fusion.rs`).
//! - `Autodiff<B, C>` over any of them implements [`PmetalBackend`]: each op is one node
//!   of Burn's graph whose backward step calls pmetal's backward kernel, with what the
//!   forward saved (rstd, lse, the LoRA `t`, ...) kept as the node's state. Those states
//!   hold handles, not copies.
//!
//! Burn's op traits cannot return errors, so a call pmetal refuses (a dtype or shape a
//! kernel lacks, inputs on two devices) panics with pmetal's reason, before any launch
//! (on the fused backend, what only the kernel can refuse fails when Burn runs the stream
//! and is reported by the next pmetal op: see `fusion.rs`).


/// [`PmetalBackend`] for a backend without autodiff: each op is its forward kernel alone
/// (the unfused `CubeBackend` and the fused `Fusion<CubeBackend>` share this body).
/// Invoked with the impl's header, e.g.
/// `forward_only_ops!(impl<..> PmetalBackend for CubeBackend<R, F, I, BT>);`.
macro_rules! forward_only_ops {
    ($($head:tt)*) => {
        $($head)* {
        fn pmetal_rms_norm(x: FloatTensor<Self>, weight: FloatTensor<Self>, eps: f32) -> FloatTensor<Self> {
            Self::rms_norm_forward(x, weight, eps).0
        }
        fn pmetal_rope(q: FloatTensor<Self>, k: FloatTensor<Self>, theta: f32) -> (FloatTensor<Self>, FloatTensor<Self>) {
            Self::rope_forward(q, k, theta)
        }
        fn pmetal_swiglu(gate: FloatTensor<Self>, up: FloatTensor<Self>) -> FloatTensor<Self> {
            Self::swiglu_forward(gate, up)
        }
        fn pmetal_attention(q: FloatTensor<Self>, k: FloatTensor<Self>, v: FloatTensor<Self>, causal: bool) -> FloatTensor<Self> {
            Self::attention_forward(q, k, v, causal).0
        }
        fn pmetal_cross_entropy(logits: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self> {
            Self::cross_entropy_forward(logits, targets).0
        }
        fn pmetal_linear_cross_entropy(hidden: FloatTensor<Self>, weight: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self> {
            Self::linear_cross_entropy_forward(hidden, weight, targets)
        }
        fn pmetal_lora_linear(x: FloatTensor<Self>, w: FloatTensor<Self>, a: FloatTensor<Self>, b: FloatTensor<Self>, scale: f32) -> FloatTensor<Self> {
            Self::lora_forward(x, w, a, b, scale).0
        }
        fn pmetal_sample(logits: FloatTensor<Self>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
            Self::sample(logits, temperature, top_k, top_p, seed)
        }
        }
    };
}
pub(crate) use forward_only_ops;

mod cube;
#[cfg(feature = "fusion")]
mod fusion;

use burn::backend::autodiff::checkpoint::base::Checkpointer;
use burn::backend::autodiff::checkpoint::strategy::CheckpointStrategy;
use burn::backend::autodiff::grads::Gradients;
use burn::backend::autodiff::ops::{Backward, Ops, OpsKind};
use burn::backend::Autodiff;
use burn::tensor::backend::Backend;
use burn::tensor::ops::{FloatTensor, IntTensor};
use burn::tensor::Shape;

/// What the cross-entropy forward keeps for its backward: per-row loss, log-sum-exp and
/// `(max, log-sum)` statistics, and the target counts, all f32 (pmetal's
/// `CrossEntropyOutput` without the loss).
pub type CrossEntropySaved<B> = [FloatTensor<B>; 4];

/// pmetal's kernels on a backend's primitives: forwards that return what their backward
/// needs, and the backwards. Float tensors are in the backend's float dtype unless said;
/// saved statistics are f32.
pub trait PmetalKernels: Backend {
    /// RMSNorm over the last dim: `(y, rstd)`, rstd f32 of x's shape without the last dim.
    fn rms_norm_forward(x: FloatTensor<Self>, weight: FloatTensor<Self>, eps: f32) -> (FloatTensor<Self>, FloatTensor<Self>);
    /// `(dx, dweight)`.
    fn rms_norm_backward(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        rstd: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        eps: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>);

    /// Rotate-half RoPE of q and k `[batch, seq, heads, head_dim]` at positions `0..seq`,
    /// one launch for both.
    fn rope_forward(q: FloatTensor<Self>, k: FloatTensor<Self>, theta: f32) -> (FloatTensor<Self>, FloatTensor<Self>);
    /// The inverse rotation of one gradient (q's or k's).
    fn rope_backward(d: FloatTensor<Self>, theta: f32) -> FloatTensor<Self>;

    /// `silu(gate) * up`.
    fn swiglu_forward(gate: FloatTensor<Self>, up: FloatTensor<Self>) -> FloatTensor<Self>;
    /// `(d_gate, d_up)`, the activation recomputed.
    fn swiglu_backward(gate: FloatTensor<Self>, up: FloatTensor<Self>, dh: FloatTensor<Self>) -> (FloatTensor<Self>, FloatTensor<Self>);

    /// FlashAttention: `(out, lse)`, lse f32 `[batch, heads, seq_q]`.
    fn attention_forward(q: FloatTensor<Self>, k: FloatTensor<Self>, v: FloatTensor<Self>, causal: bool) -> (FloatTensor<Self>, FloatTensor<Self>);
    /// `(dq, dk, dv)`.
    #[allow(clippy::too_many_arguments)]
    fn attention_backward(
        q: FloatTensor<Self>,
        k: FloatTensor<Self>,
        v: FloatTensor<Self>,
        out: FloatTensor<Self>,
        lse: FloatTensor<Self>,
        d_out: FloatTensor<Self>,
        causal: bool,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>);

    /// Mean cross-entropy of logits `[rows, vocab]` against targets `[rows]`: the loss
    /// `[1]` (logits' dtype) and what the backward needs.
    fn cross_entropy_forward(logits: FloatTensor<Self>, targets: IntTensor<Self>) -> (FloatTensor<Self>, CrossEntropySaved<Self>);
    /// Gradient of the logits for the upstream gradient `d_loss` `[1]`.
    fn cross_entropy_backward(
        logits: FloatTensor<Self>,
        targets: IntTensor<Self>,
        saved: CrossEntropySaved<Self>,
        d_loss: FloatTensor<Self>,
    ) -> FloatTensor<Self>;

    /// Mean cross-entropy of `hidden @ weight^T` without the logits: the loss `[1]`.
    fn linear_cross_entropy_forward(hidden: FloatTensor<Self>, weight: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self>;
    /// The loss and its gradients `(loss, d_hidden, d_weight)` in one pass (pmetal computes
    /// them blockwise with the forward: the logits are never held).
    fn linear_cross_entropy_forward_backward(
        hidden: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        targets: IntTensor<Self>,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>);

    /// LoRA linear `x W^T + scale (x A^T) B^T`: `(y, t = x A^T)`.
    fn lora_forward(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        scale: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>);
    /// `(dx, dA, dB, dW)`, dW only when `want_dw` (W is usually frozen).
    #[allow(clippy::too_many_arguments)]
    fn lora_backward(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        t: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        scale: f32,
        want_dw: bool,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>, Option<FloatTensor<Self>>);

    /// pmetal's fused sampler, one token per row of `[rows, vocab]` logits.
    fn sample(logits: FloatTensor<Self>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32>;
}

/// pmetal's ops on a Burn backend, differentiable where the backend is. See
/// [`crate::ops`] for the tensor-level functions and their shapes.
pub trait PmetalBackend: Backend {
    fn pmetal_rms_norm(x: FloatTensor<Self>, weight: FloatTensor<Self>, eps: f32) -> FloatTensor<Self>;
    fn pmetal_rope(q: FloatTensor<Self>, k: FloatTensor<Self>, theta: f32) -> (FloatTensor<Self>, FloatTensor<Self>);
    fn pmetal_swiglu(gate: FloatTensor<Self>, up: FloatTensor<Self>) -> FloatTensor<Self>;
    fn pmetal_attention(q: FloatTensor<Self>, k: FloatTensor<Self>, v: FloatTensor<Self>, causal: bool) -> FloatTensor<Self>;
    fn pmetal_cross_entropy(logits: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self>;
    fn pmetal_linear_cross_entropy(hidden: FloatTensor<Self>, weight: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self>;
    fn pmetal_lora_linear(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        scale: f32,
    ) -> FloatTensor<Self>;
    fn pmetal_sample(logits: FloatTensor<Self>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32>;
}

/// Registers `grad` for `parent` when it needs one.
fn give<B: Backend>(grads: &mut Gradients, parent: Option<burn::backend::autodiff::NodeId>, grad: impl FnOnce() -> FloatTensor<B>) {
    if let Some(id) = parent {
        grads.register::<B>(id, grad());
    }
}

#[derive(Debug)]
struct RmsNormBackward;

impl<B: PmetalKernels> Backward<B, 2> for RmsNormBackward {
    type State = (FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, f32);

    fn backward(self, ops: Ops<Self::State, 2>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [px, pw] = ops.parents.map(|p| p.map(|n| n.id));
        let dy = grads.consume::<B>(&ops.node);
        let (x, w, rstd, eps) = ops.state;
        let (dx, dw) = B::rms_norm_backward(x, w, rstd, dy, eps);
        give::<B>(grads, px, || dx);
        give::<B>(grads, pw, || dw);
    }
}

#[derive(Debug)]
struct RopeBackward;

impl<B: PmetalKernels> Backward<B, 1> for RopeBackward {
    type State = f32;

    fn backward(self, ops: Ops<Self::State, 1>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [p] = ops.parents.map(|p| p.map(|n| n.id));
        let d = grads.consume::<B>(&ops.node);
        give::<B>(grads, p, || B::rope_backward(d, ops.state));
    }
}

#[derive(Debug)]
struct SwiGluBackward;

impl<B: PmetalKernels> Backward<B, 2> for SwiGluBackward {
    type State = (FloatTensor<B>, FloatTensor<B>);

    fn backward(self, ops: Ops<Self::State, 2>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [pg, pu] = ops.parents.map(|p| p.map(|n| n.id));
        let dh = grads.consume::<B>(&ops.node);
        let (g, u) = ops.state;
        let (dg, du) = B::swiglu_backward(g, u, dh);
        give::<B>(grads, pg, || dg);
        give::<B>(grads, pu, || du);
    }
}

#[derive(Debug)]
struct AttentionBackward;

impl<B: PmetalKernels> Backward<B, 3> for AttentionBackward {
    /// q, k, v, out, lse, causal.
    type State = (FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, bool);

    fn backward(self, ops: Ops<Self::State, 3>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [pq, pk, pv] = ops.parents.map(|p| p.map(|n| n.id));
        let d_out = grads.consume::<B>(&ops.node);
        let (q, k, v, out, lse, causal) = ops.state;
        let (dq, dk, dv) = B::attention_backward(q, k, v, out, lse, d_out, causal);
        give::<B>(grads, pq, || dq);
        give::<B>(grads, pk, || dk);
        give::<B>(grads, pv, || dv);
    }
}

#[derive(Debug)]
struct CrossEntropyBackward;

impl<B: PmetalKernels> Backward<B, 1> for CrossEntropyBackward {
    type State = (FloatTensor<B>, IntTensor<B>, CrossEntropySaved<B>);

    fn backward(self, ops: Ops<Self::State, 1>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [p] = ops.parents.map(|p| p.map(|n| n.id));
        let d_loss = grads.consume::<B>(&ops.node);
        let (logits, targets, saved) = ops.state;
        give::<B>(grads, p, || B::cross_entropy_backward(logits, targets, saved, d_loss));
    }
}

#[derive(Debug)]
struct LinearCrossEntropyBackward;

impl<B: PmetalKernels> Backward<B, 2> for LinearCrossEntropyBackward {
    /// The gradients of the loss itself (upstream gradient 1), computed with the forward.
    type State = (FloatTensor<B>, FloatTensor<B>);

    fn backward(self, ops: Ops<Self::State, 2>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [ph, pw] = ops.parents.map(|p| p.map(|n| n.id));
        // The upstream gradient of the scalar loss, `[1]`, scales both (broadcast as [1, 1]).
        let d_loss = B::float_reshape(grads.consume::<B>(&ops.node), Shape::new([1, 1]));
        let (dh, dw) = ops.state;
        give::<B>(grads, ph, || B::float_mul(dh, d_loss.clone()));
        give::<B>(grads, pw, || B::float_mul(dw, d_loss));
    }
}

#[derive(Debug)]
struct LoraBackward;

impl<B: PmetalKernels> Backward<B, 4> for LoraBackward {
    /// x, w, a, b, t, scale.
    type State = (FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, FloatTensor<B>, f32);

    fn backward(self, ops: Ops<Self::State, 4>, grads: &mut Gradients, _: &mut Checkpointer) {
        let [px, pw, pa, pb] = ops.parents.map(|p| p.map(|n| n.id));
        let dy = grads.consume::<B>(&ops.node);
        let (x, w, a, b, t, scale) = ops.state;
        let (dx, da, db, dw) = B::lora_backward(x, w, a, b, t, dy, scale, pw.is_some());
        give::<B>(grads, px, || dx);
        give::<B>(grads, pa, || da);
        give::<B>(grads, pb, || db);
        give::<B>(grads, pw, || dw.expect("dW was asked for"));
    }
}

impl<B: PmetalKernels, C: CheckpointStrategy> PmetalBackend for Autodiff<B, C> {
    fn pmetal_rms_norm(x: FloatTensor<Self>, weight: FloatTensor<Self>, eps: f32) -> FloatTensor<Self> {
        match RmsNormBackward.prepare::<C>([x.node.clone(), weight.node.clone()]).compute_bound().stateful() {
            OpsKind::Tracked(prep) => {
                let (y, rstd) = B::rms_norm_forward(x.primitive.clone(), weight.primitive.clone(), eps);
                prep.finish((x.primitive, weight.primitive, rstd, eps), y)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::rms_norm_forward(x.primitive, weight.primitive, eps).0),
        }
    }

    fn pmetal_rope(q: FloatTensor<Self>, k: FloatTensor<Self>, theta: f32) -> (FloatTensor<Self>, FloatTensor<Self>) {
        // One launch rotates both; each output is its own graph node (Burn's nodes have one
        // output), and each backward rotates its own gradient back.
        let (qr, kr) = B::rope_forward(q.primitive.clone(), k.primitive.clone(), theta);
        let node = |x: FloatTensor<Self>, y: FloatTensor<B>| match RopeBackward.prepare::<C>([x.node.clone()]).compute_bound().stateful() {
            OpsKind::Tracked(prep) => prep.finish(theta, y),
            OpsKind::UnTracked(prep) => prep.finish(y),
        };
        (node(q, qr), node(k, kr))
    }

    fn pmetal_swiglu(gate: FloatTensor<Self>, up: FloatTensor<Self>) -> FloatTensor<Self> {
        match SwiGluBackward.prepare::<C>([gate.node.clone(), up.node.clone()]).compute_bound().stateful() {
            OpsKind::Tracked(prep) => {
                let h = B::swiglu_forward(gate.primitive.clone(), up.primitive.clone());
                prep.finish((gate.primitive, up.primitive), h)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::swiglu_forward(gate.primitive, up.primitive)),
        }
    }

    fn pmetal_attention(q: FloatTensor<Self>, k: FloatTensor<Self>, v: FloatTensor<Self>, causal: bool) -> FloatTensor<Self> {
        match AttentionBackward.prepare::<C>([q.node.clone(), k.node.clone(), v.node.clone()]).compute_bound().stateful() {
            OpsKind::Tracked(prep) => {
                let (out, lse) = B::attention_forward(q.primitive.clone(), k.primitive.clone(), v.primitive.clone(), causal);
                prep.finish((q.primitive, k.primitive, v.primitive, out.clone(), lse, causal), out)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::attention_forward(q.primitive, k.primitive, v.primitive, causal).0),
        }
    }

    fn pmetal_cross_entropy(logits: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self> {
        match CrossEntropyBackward.prepare::<C>([logits.node.clone()]).compute_bound().stateful() {
            OpsKind::Tracked(prep) => {
                let (loss, saved) = B::cross_entropy_forward(logits.primitive.clone(), targets.clone());
                prep.finish((logits.primitive, targets, saved), loss)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::cross_entropy_forward(logits.primitive, targets).0),
        }
    }

    fn pmetal_linear_cross_entropy(hidden: FloatTensor<Self>, weight: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self> {
        match LinearCrossEntropyBackward.prepare::<C>([hidden.node.clone(), weight.node.clone()]).compute_bound().stateful() {
            OpsKind::Tracked(prep) => {
                let (loss, dh, dw) = B::linear_cross_entropy_forward_backward(hidden.primitive, weight.primitive, targets);
                prep.finish((dh, dw), loss)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::linear_cross_entropy_forward(hidden.primitive, weight.primitive, targets)),
        }
    }

    fn pmetal_lora_linear(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        scale: f32,
    ) -> FloatTensor<Self> {
        let nodes = [x.node.clone(), w.node.clone(), a.node.clone(), b.node.clone()];
        match LoraBackward.prepare::<C>(nodes).compute_bound().stateful() {
            OpsKind::Tracked(prep) => {
                let (y, t) = B::lora_forward(x.primitive.clone(), w.primitive.clone(), a.primitive.clone(), b.primitive.clone(), scale);
                prep.finish((x.primitive, w.primitive, a.primitive, b.primitive, t, scale), y)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::lora_forward(x.primitive, w.primitive, a.primitive, b.primitive, scale).0),
        }
    }

    fn pmetal_sample(logits: FloatTensor<Self>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
        B::sample(logits.primitive, temperature, top_k, top_p, seed)
    }
}
