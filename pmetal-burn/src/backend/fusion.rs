//! pmetal's kernels on Burn's fused backends: `Fusion<B>` for any `B` that is both a
//! `FusionBackend` and a [`PmetalKernels`] backend, i.e. `Fusion<CubeBackend<R, F, I, BT>>`
//! on every runtime pmetal drives — what `burn::backend::Wgpu` and `burn::backend::Cuda` are
//! when Burn's `fusion` feature is on (Burn's default). `Autodiff` over it then gets
//! [`PmetalBackend`] from the generic impl in [`super`], with pmetal's backward kernels.
//!
//! **Design: Burn's custom operations.** A fused backend does not run an op when it is
//! called: it records it in a stream and later executes the stream, fusing runs of
//! element-wise ops into generated kernels. Each pmetal kernel is recorded in that stream
//! as one custom operation (`OperationIr::Custom`), like Burn's own extension crates do:
//! the call declares its outputs (shape and dtype, known from the inputs' shapes), and when
//! the stream executes, the operation takes the inner backend's tensors out of the
//! stream's handle container, calls `B`'s implementation of the same kernel (for
//! `CubeBackend` the one in `cube.rs`: no copies, see [`crate::bridge`]) and registers its
//! outputs under the declared ids. So pmetal's kernels keep their place in the lazy
//! stream: Burn's fuser still fuses the element-wise ops before and after them (a custom
//! op ends a fused block), and nothing is flushed or synchronised per call. The other way,
//! resolving the fused inputs to the inner backend's tensors on each call, would drain the
//! stream every time.
//!
//! The exception is [`PmetalKernels::sample`], which returns tokens on the host and so
//! waits for the GPU anyway: it resolves the logits to `B`'s tensor (draining the stream
//! up to them) and calls `B`'s sampler directly.
//!
//! **Errors.** What can be checked from the inputs' metadata is checked when the op is
//! called, on the caller's thread, with the messages of the unfused backend: the device
//! (all inputs on the first's), the float dtype (f32, f16, bf16) and the ranks. pmetal's
//! own refusals (e.g. an attention head_dim it has no kernel for, a cross-entropy target
//! outside the vocabulary) come from the kernel when the stream executes, on Burn's fusion
//! thread: the panic message (`pmetal-burn <op>: ...`) is printed from there, and the
//! caller's next read of the stream fails.

use std::marker::PhantomData;

use burn::backend::ir::{CustomOpIr, HandleContainer, OperationIr, TensorIr};
use burn::tensor::ops::{FloatTensor, IntTensor};
use burn::tensor::{DType, Shape, TensorMetadata};
use burn_fusion::stream::{Operation, OperationStreams};
use burn_fusion::{Fusion, FusionBackend, FusionHandle, FusionRuntime, FusionTensor};

use super::{CrossEntropySaved, PmetalBackend, PmetalKernels};
use crate::bridge::pmetal_dtype;

/// One pmetal kernel with its scalar arguments: what a recorded operation runs. The
/// tensors are the custom op's inputs, in the order of the [`PmetalKernels`] method's
/// parameters (targets included), its outputs those of the method's result.
#[derive(Clone, Copy, Debug)]
enum Kernel {
    RmsNorm { eps: f32 },
    RmsNormBackward { eps: f32 },
    Rope { theta: f32 },
    RopeBackward { theta: f32 },
    SwiGlu,
    SwiGluBackward,
    Attention { causal: bool },
    AttentionBackward { causal: bool },
    CrossEntropy,
    CrossEntropyBackward,
    LinearCrossEntropy,
    LinearCrossEntropyForwardBackward,
    Lora { scale: f32 },
    LoraBackward { scale: f32, want_dw: bool },
}

impl Kernel {
    /// The custom op's id in Burn's stream (what Burn's stream inspection shows).
    fn id(self) -> &'static str {
        match self {
            Kernel::RmsNorm { .. } => "pmetal_rms_norm",
            Kernel::RmsNormBackward { .. } => "pmetal_rms_norm_backward",
            Kernel::Rope { .. } => "pmetal_rope",
            Kernel::RopeBackward { .. } => "pmetal_rope_backward",
            Kernel::SwiGlu => "pmetal_swiglu",
            Kernel::SwiGluBackward => "pmetal_swiglu_backward",
            Kernel::Attention { .. } => "pmetal_attention",
            Kernel::AttentionBackward { .. } => "pmetal_attention_backward",
            Kernel::CrossEntropy => "pmetal_cross_entropy",
            Kernel::CrossEntropyBackward => "pmetal_cross_entropy_backward",
            Kernel::LinearCrossEntropy => "pmetal_linear_cross_entropy",
            Kernel::LinearCrossEntropyForwardBackward => "pmetal_linear_cross_entropy_forward_backward",
            Kernel::Lora { .. } => "pmetal_lora_linear",
            Kernel::LoraBackward { .. } => "pmetal_lora_linear_backward",
        }
    }
}

/// A recorded pmetal kernel: its stream description and the kernel to run on `B`.
#[derive(Debug)]
struct KernelOp<B> {
    desc: CustomOpIr,
    kernel: Kernel,
    _backend: PhantomData<B>,
}

/// The inputs of an executing op, taken from the stream's handles in order.
struct Inputs<'a, B: FusionBackend> {
    handles: &'a mut HandleContainer<FusionHandle<B::FusionRuntime>>,
    irs: std::slice::Iter<'a, TensorIr>,
}

impl<B: FusionBackend> Inputs<'_, B> {
    fn next(&mut self) -> &TensorIr {
        self.irs.next().expect("pmetal-burn: a recorded kernel has fewer inputs than it reads")
    }
    fn float(&mut self) -> FloatTensor<B> {
        let ir = self.next().clone();
        self.handles.get_float_tensor::<B>(&ir)
    }
    fn int(&mut self) -> IntTensor<B> {
        let ir = self.next().clone();
        self.handles.get_int_tensor::<B>(&ir)
    }
}

impl<B: FusionBackend + PmetalKernels> KernelOp<B> {
    /// Runs the kernel on `B`'s tensors: its outputs in the declared order.
    fn run(&self, i: &mut Inputs<'_, B>) -> Vec<FloatTensor<B>> {
        match self.kernel {
            Kernel::RmsNorm { eps } => {
                let (x, w) = (i.float(), i.float());
                let (y, rstd) = B::rms_norm_forward(x, w, eps);
                vec![y, rstd]
            }
            Kernel::RmsNormBackward { eps } => {
                let (x, w, rstd, dy) = (i.float(), i.float(), i.float(), i.float());
                let (dx, dw) = B::rms_norm_backward(x, w, rstd, dy, eps);
                vec![dx, dw]
            }
            Kernel::Rope { theta } => {
                let (q, k) = (i.float(), i.float());
                let (q, k) = B::rope_forward(q, k, theta);
                vec![q, k]
            }
            Kernel::RopeBackward { theta } => vec![B::rope_backward(i.float(), theta)],
            Kernel::SwiGlu => {
                let (g, u) = (i.float(), i.float());
                vec![B::swiglu_forward(g, u)]
            }
            Kernel::SwiGluBackward => {
                let (g, u, dh) = (i.float(), i.float(), i.float());
                let (dg, du) = B::swiglu_backward(g, u, dh);
                vec![dg, du]
            }
            Kernel::Attention { causal } => {
                let (q, k, v) = (i.float(), i.float(), i.float());
                let (out, lse) = B::attention_forward(q, k, v, causal);
                vec![out, lse]
            }
            Kernel::AttentionBackward { causal } => {
                let (q, k, v) = (i.float(), i.float(), i.float());
                let (out, lse, d_out) = (i.float(), i.float(), i.float());
                let (dq, dk, dv) = B::attention_backward(q, k, v, out, lse, d_out, causal);
                vec![dq, dk, dv]
            }
            Kernel::CrossEntropy => {
                let (logits, targets) = (i.float(), i.int());
                let (loss, saved) = B::cross_entropy_forward(logits, targets);
                std::iter::once(loss).chain(saved).collect()
            }
            Kernel::CrossEntropyBackward => {
                let (logits, targets) = (i.float(), i.int());
                let saved: CrossEntropySaved<B> = [i.float(), i.float(), i.float(), i.float()];
                vec![B::cross_entropy_backward(logits, targets, saved, i.float())]
            }
            Kernel::LinearCrossEntropy => {
                let (h, w, t) = (i.float(), i.float(), i.int());
                vec![B::linear_cross_entropy_forward(h, w, t)]
            }
            Kernel::LinearCrossEntropyForwardBackward => {
                let (h, w, t) = (i.float(), i.float(), i.int());
                let (loss, dh, dw) = B::linear_cross_entropy_forward_backward(h, w, t);
                vec![loss, dh, dw]
            }
            Kernel::Lora { scale } => {
                let (x, w, a, b) = (i.float(), i.float(), i.float(), i.float());
                let (y, t) = B::lora_forward(x, w, a, b, scale);
                vec![y, t]
            }
            Kernel::LoraBackward { scale, want_dw } => {
                let (x, w, a, b) = (i.float(), i.float(), i.float(), i.float());
                let (t, dy) = (i.float(), i.float());
                let (dx, da, db, dw) = B::lora_backward(x, w, a, b, t, dy, scale, want_dw);
                [dx, da, db].into_iter().chain(dw).collect()
            }
        }
    }
}

impl<B: FusionBackend + PmetalKernels> Operation<B::FusionRuntime> for KernelOp<B> {
    fn execute(&self, handles: &mut HandleContainer<FusionHandle<B::FusionRuntime>>) {
        let outputs = self.run(&mut Inputs::<B> { handles: &mut *handles, irs: self.desc.inputs.iter() });
        assert_eq!(outputs.len(), self.desc.outputs.len(), "pmetal-burn {}: outputs differ from the declared ones", self.kernel.id());
        for (ir, t) in self.desc.outputs.iter().zip(outputs) {
            // The stream's later ops read the declared metadata: it must be the kernel's.
            assert!(
                t.shape() == ir.shape && t.dtype() == ir.dtype,
                "pmetal-burn {}: an output is {:?} {:?}, declared {:?} {:?}",
                self.kernel.id(),
                t.shape(),
                t.dtype(),
                ir.shape,
                ir.dtype
            );
            handles.register_float_tensor::<B>(&ir.id, t);
        }
    }
}

/// Records `kernel` on `inputs` in their stream, its outputs declared as `outputs`
/// (shape, dtype), and returns them (uninitialised until the stream executes).
fn record<B: FusionBackend + PmetalKernels, const N: usize>(
    kernel: Kernel,
    inputs: Vec<FusionTensor<B::FusionRuntime>>,
    outputs: [(Shape, DType); N],
) -> [FusionTensor<B::FusionRuntime>; N] {
    let client = inputs[0].client.clone();
    let streams = OperationStreams::with_inputs(inputs.iter());
    let outs = outputs.map(|(shape, dtype)| TensorIr::uninit(client.create_empty_handle(), shape, dtype));
    let ins: Vec<TensorIr> = inputs.into_iter().map(FusionTensor::into_ir).collect();
    let desc = CustomOpIr::new(kernel.id(), &ins, &outs);
    let op = KernelOp::<B> { desc: desc.clone(), kernel, _backend: PhantomData };
    let out: Vec<_> = client.register(streams, OperationIr::Custom(desc), op);
    out.try_into().unwrap_or_else(|_| unreachable!("Burn returns one tensor per declared output"))
}

/// The checks a call makes before it is recorded (those of [`crate::bridge`]'s `Call`
/// that need no GPU): every input on the first's device, floats in a dtype pmetal has,
/// ranks. They panic with the unfused backend's messages.
struct Check<'a, R: FusionRuntime> {
    op: &'static str,
    first: &'a FusionTensor<R>,
}

impl<'a, R: FusionRuntime> Check<'a, R> {
    fn new(op: &'static str, first: &'a FusionTensor<R>) -> Self {
        Check { op, first }
    }

    fn device(&self, t: &FusionTensor<R>, what: &str) {
        let (d, first) = (t.client.device(), self.first.client.device());
        if d != first {
            panic!("pmetal-burn {}: {what} is on {d:?}, the other inputs on {first:?}; move it first", self.op);
        }
    }

    /// A float input: its shape and dtype.
    fn float<'t>(&self, t: &'t FusionTensor<R>, what: &str) -> (&'t [usize], DType) {
        self.device(t, what);
        if t.dtype.is_float() {
            pmetal_dtype(t.dtype).unwrap_or_else(|e| panic!("pmetal-burn {}: {what}: {e}", self.op));
        } else {
            panic!("pmetal-burn {}: {what} must be a float tensor, got {:?}", self.op, t.dtype);
        }
        (&t.shape, t.dtype)
    }

    /// A float input of `rank` dimensions.
    fn float_rank<'t>(&self, t: &'t FusionTensor<R>, rank: usize, what: &str) -> (&'t [usize], DType) {
        if t.shape.num_dims() != rank {
            panic!("pmetal-burn {}: {what} must have {rank} dimensions, got shape {:?}", self.op, t.shape);
        }
        self.float(t, what)
    }

    /// Integer targets `[rows]` (any int dtype: the kernel casts them to i32).
    fn targets(&self, t: &FusionTensor<R>) -> usize {
        self.device(t, "targets");
        match *t.shape {
            [rows] => rows,
            _ => panic!("pmetal-burn {}: targets must have 1 dimensions, got shape {:?}", self.op, t.shape),
        }
    }
}

/// `(shape, dtype)` of an output like `t`.
fn like<R: FusionRuntime>(t: &FusionTensor<R>) -> (Shape, DType) {
    (t.shape.clone(), t.dtype)
}

fn f32_of(dims: &[usize]) -> (Shape, DType) {
    (Shape::from(dims.to_vec()), DType::F32)
}

type F<B> = FloatTensor<Fusion<B>>;

impl<B: FusionBackend + PmetalKernels> PmetalKernels for Fusion<B> {
    fn rms_norm_forward(x: F<B>, weight: F<B>, eps: f32) -> (F<B>, F<B>) {
        let c = Check::new("rms_norm", &x);
        let (xs, _) = c.float(&x, "x");
        c.float_rank(&weight, 1, "weight");
        let rows = f32_of(&xs[..xs.len().saturating_sub(1)]);
        let y = like(&x);
        let [y, rstd] = record::<B, 2>(Kernel::RmsNorm { eps }, vec![x, weight], [y, rows]);
        (y, rstd)
    }

    fn rms_norm_backward(x: F<B>, weight: F<B>, rstd: F<B>, dy: F<B>, eps: f32) -> (F<B>, F<B>) {
        let c = Check::new("rms_norm backward", &x);
        c.float(&x, "x");
        c.float(&weight, "weight");
        c.float(&rstd, "rstd");
        c.float(&dy, "dy");
        let outs = [like(&x), like(&weight)];
        let [dx, dw] = record::<B, 2>(Kernel::RmsNormBackward { eps }, vec![x, weight, rstd, dy], outs);
        (dx, dw)
    }

    fn rope_forward(q: F<B>, k: F<B>, theta: f32) -> (F<B>, F<B>) {
        let c = Check::new("rope", &q);
        c.float_rank(&q, 4, "q");
        c.float_rank(&k, 4, "k");
        let outs = [like(&q), like(&k)];
        let [q, k] = record::<B, 2>(Kernel::Rope { theta }, vec![q, k], outs);
        (q, k)
    }

    fn rope_backward(d: F<B>, theta: f32) -> F<B> {
        Check::new("rope backward", &d).float_rank(&d, 4, "gradient");
        let out = like(&d);
        let [d] = record::<B, 1>(Kernel::RopeBackward { theta }, vec![d], [out]);
        d
    }

    fn swiglu_forward(gate: F<B>, up: F<B>) -> F<B> {
        let c = Check::new("swiglu", &gate);
        c.float(&gate, "gate");
        c.float(&up, "up");
        let out = like(&gate);
        let [h] = record::<B, 1>(Kernel::SwiGlu, vec![gate, up], [out]);
        h
    }

    fn swiglu_backward(gate: F<B>, up: F<B>, dh: F<B>) -> (F<B>, F<B>) {
        let c = Check::new("swiglu backward", &gate);
        c.float(&gate, "gate");
        c.float(&up, "up");
        c.float(&dh, "dh");
        let outs = [like(&gate), like(&up)];
        let [dg, du] = record::<B, 2>(Kernel::SwiGluBackward, vec![gate, up, dh], outs);
        (dg, du)
    }

    fn attention_forward(q: F<B>, k: F<B>, v: F<B>, causal: bool) -> (F<B>, F<B>) {
        let c = Check::new("attention", &q);
        let (qs, _) = c.float_rank(&q, 4, "q");
        c.float_rank(&k, 4, "k");
        c.float_rank(&v, 4, "v");
        // lse: f32 [batch, heads, seq_q].
        let outs = [like(&q), f32_of(&[qs[0], qs[2], qs[1]])];
        let [out, lse] = record::<B, 2>(Kernel::Attention { causal }, vec![q, k, v], outs);
        (out, lse)
    }

    fn attention_backward(q: F<B>, k: F<B>, v: F<B>, out: F<B>, lse: F<B>, d_out: F<B>, causal: bool) -> (F<B>, F<B>, F<B>) {
        let c = Check::new("attention backward", &q);
        c.float_rank(&q, 4, "q");
        c.float_rank(&k, 4, "k");
        c.float_rank(&v, 4, "v");
        c.float(&out, "out");
        c.float(&lse, "lse");
        c.float(&d_out, "d_out");
        let outs = [like(&q), like(&k), like(&v)];
        let [dq, dk, dv] = record::<B, 3>(Kernel::AttentionBackward { causal }, vec![q, k, v, out, lse, d_out], outs);
        (dq, dk, dv)
    }

    fn cross_entropy_forward(logits: F<B>, targets: IntTensor<Self>) -> (F<B>, CrossEntropySaved<Self>) {
        let c = Check::new("cross_entropy", &logits);
        let (_, dtype) = c.float_rank(&logits, 2, "logits");
        let rows = c.targets(&targets);
        // The loss [1] in the logits' dtype; row loss, lse, (max, log-sum) stats and the
        // counts, f32 (see `CrossEntropySaved`).
        let outs = [(Shape::new([1]), dtype), f32_of(&[rows]), f32_of(&[rows]), f32_of(&[rows, 2]), f32_of(&[2])];
        let [loss, row_loss, lse, stats, count] = record::<B, 5>(Kernel::CrossEntropy, vec![logits, targets], outs);
        (loss, [row_loss, lse, stats, count])
    }

    fn cross_entropy_backward(logits: F<B>, targets: IntTensor<Self>, saved: CrossEntropySaved<Self>, d_loss: F<B>) -> F<B> {
        let c = Check::new("cross_entropy backward", &logits);
        c.float(&logits, "logits");
        c.device(&targets, "targets");
        for t in &saved {
            c.float(t, "saved statistics");
        }
        c.float(&d_loss, "d_loss");
        let out = like(&logits);
        let inputs = [logits, targets].into_iter().chain(saved).chain([d_loss]).collect();
        let [grad] = record::<B, 1>(Kernel::CrossEntropyBackward, inputs, [out]);
        grad
    }

    fn linear_cross_entropy_forward(hidden: F<B>, weight: F<B>, targets: IntTensor<Self>) -> F<B> {
        let c = Check::new("linear_cross_entropy", &hidden);
        let (_, dtype) = c.float_rank(&hidden, 2, "hidden");
        c.float_rank(&weight, 2, "weight");
        c.targets(&targets);
        let [loss] = record::<B, 1>(Kernel::LinearCrossEntropy, vec![hidden, weight, targets], [(Shape::new([1]), dtype)]);
        loss
    }

    fn linear_cross_entropy_forward_backward(hidden: F<B>, weight: F<B>, targets: IntTensor<Self>) -> (F<B>, F<B>, F<B>) {
        let c = Check::new("linear_cross_entropy", &hidden);
        let (_, dtype) = c.float_rank(&hidden, 2, "hidden");
        c.float_rank(&weight, 2, "weight");
        c.targets(&targets);
        let outs = [(Shape::new([1]), dtype), like(&hidden), like(&weight)];
        let [loss, dh, dw] = record::<B, 3>(Kernel::LinearCrossEntropyForwardBackward, vec![hidden, weight, targets], outs);
        (loss, dh, dw)
    }

    fn lora_forward(x: F<B>, w: F<B>, a: F<B>, b: F<B>, scale: f32) -> (F<B>, F<B>) {
        let c = Check::new("lora_linear", &x);
        let (xs, dtype) = c.float_rank(&x, 2, "x");
        let (ws, _) = c.float_rank(&w, 2, "w");
        let (r_in, _) = c.float_rank(&a, 2, "a");
        c.float_rank(&b, 2, "b");
        // y [tokens, out] and t = x A^T [tokens, r], both in x's dtype.
        let outs = [(Shape::new([xs[0], ws[0]]), dtype), (Shape::new([xs[0], r_in[0]]), dtype)];
        let [y, t] = record::<B, 2>(Kernel::Lora { scale }, vec![x, w, a, b], outs);
        (y, t)
    }

    fn lora_backward(
        x: F<B>,
        w: F<B>,
        a: F<B>,
        b: F<B>,
        t: F<B>,
        dy: F<B>,
        scale: f32,
        want_dw: bool,
    ) -> (F<B>, F<B>, F<B>, Option<F<B>>) {
        let c = Check::new("lora_linear backward", &x);
        for (t, what) in [(&x, "x"), (&w, "w"), (&a, "a"), (&b, "b"), (&t, "saved t"), (&dy, "dy")] {
            c.float(t, what);
        }
        let (ox, oa, ob, ow) = (like(&x), like(&a), like(&b), like(&w));
        let kernel = Kernel::LoraBackward { scale, want_dw };
        let inputs = vec![x, w, a, b, t, dy];
        if want_dw {
            let [dx, da, db, dw] = record::<B, 4>(kernel, inputs, [ox, oa, ob, ow]);
            (dx, da, db, Some(dw))
        } else {
            let [dx, da, db] = record::<B, 3>(kernel, inputs, [ox, oa, ob]);
            (dx, da, db, None)
        }
    }

    fn sample(logits: F<B>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
        // The tokens come back to the host, so the stream is drained up to the logits
        // anyway: `B`'s sampler runs on the resolved tensor (see the module docs).
        Check::new("sample", &logits).float_rank(&logits, 2, "logits");
        let client = logits.client.clone();
        B::sample(client.resolve_tensor_float::<B>(logits), temperature, top_k, top_p, seed)
    }
}

/// The ops without autodiff: the forward kernels, as for the unfused `CubeBackend`.
impl<B: FusionBackend + PmetalKernels> PmetalBackend for Fusion<B> {
    fn pmetal_rms_norm(x: F<B>, weight: F<B>, eps: f32) -> F<B> {
        Self::rms_norm_forward(x, weight, eps).0
    }
    fn pmetal_rope(q: F<B>, k: F<B>, theta: f32) -> (F<B>, F<B>) {
        Self::rope_forward(q, k, theta)
    }
    fn pmetal_swiglu(gate: F<B>, up: F<B>) -> F<B> {
        Self::swiglu_forward(gate, up)
    }
    fn pmetal_attention(q: F<B>, k: F<B>, v: F<B>, causal: bool) -> F<B> {
        Self::attention_forward(q, k, v, causal).0
    }
    fn pmetal_cross_entropy(logits: F<B>, targets: IntTensor<Self>) -> F<B> {
        Self::cross_entropy_forward(logits, targets).0
    }
    fn pmetal_linear_cross_entropy(hidden: F<B>, weight: F<B>, targets: IntTensor<Self>) -> F<B> {
        Self::linear_cross_entropy_forward(hidden, weight, targets)
    }
    fn pmetal_lora_linear(x: F<B>, w: F<B>, a: F<B>, b: F<B>, scale: f32) -> F<B> {
        Self::lora_forward(x, w, a, b, scale).0
    }
    fn pmetal_sample(logits: F<B>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
        Self::sample(logits, temperature, top_k, top_p, seed)
    }
}
