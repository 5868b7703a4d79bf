//! pmetal's kernels on Burn's fused backend `Fusion<CubeBackend<R, F, I, BT>>`, on every
//! runtime pmetal drives — what `burn::backend::Wgpu` and `burn::backend::Cuda` are
//! when Burn's `fusion` feature is on (Burn's default). `Autodiff` over it then gets
//! [`PmetalBackend`] from the generic impl in [`super`], with pmetal's backward kernels.
//!
//! **Design: Burn's custom operations.** A fused backend does not run an op when it is
//! called: it records it in a stream and later executes the stream, fusing runs of
//! element-wise ops into generated kernels. Each pmetal kernel is recorded in that stream
//! as one custom operation (`OperationIr::Custom`), like Burn's own extension crates do:
//! the call declares its outputs (shape and dtype, known from the inputs' shapes), and when
//! the stream executes, the operation takes the inner backend's tensors out of the
//! stream's handle container, calls the inner `CubeBackend`'s implementation of the same
//! kernel (`cube.rs`: no copies, see [`crate::bridge`]) and registers its
//! outputs under the declared ids. So pmetal's kernels keep their place in the lazy
//! stream: Burn's fuser still fuses the element-wise ops before and after them (a custom
//! op ends a fused block), and nothing is flushed or synchronised per call. The other way,
//! resolving the fused inputs to the inner backend's tensors on each call, would drain the
//! stream every time.
//!
//! The exception is [`PmetalKernels::sample`], which returns tokens on the host and so
//! waits for the GPU anyway: it resolves the logits to the inner backend's tensor (draining
//! the stream up to them) and calls its sampler directly.
//!
//! **Errors.** A call is checked when it is made, on the caller's thread, with the
//! unfused backend's messages: the device (all inputs on the first's), the float dtype
//! (f32, f16, bf16), ranks and the shapes' agreement, and the configs pmetal's kernels are
//! built from (their constructors run on the device's pmetal context: e.g. an attention
//! head_dim pmetal has no kernel for panics here). What only the kernel can refuse (a
//! cross-entropy target outside the vocabulary, read back on the GPU; a case the checks
//! above miss) fails when Burn runs the stream, on Burn's fusion thread. A panic there
//! would leave Burn's stream half run and every later op on it failing, so the operation
//! catches it: the outputs become NaN of the declared shapes, the panic hook prints
//! pmetal's message, and the next pmetal op called on a fused backend (or the sampler,
//! after it drained the stream) panics with it.
//!
//! Only `Fusion<CubeBackend<..>>` is covered (the constructors' checks need the CubeCL
//! runtime); the recorded operation itself is generic over the inner backend.

use std::marker::PhantomData;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

use burn::backend::ir::{CustomOpIr, HandleContainer, OperationIr, TensorIr};
use burn::tensor::backend::Backend;
use burn::tensor::ops::{FloatTensor, IntTensor};
use burn::tensor::{DType, Shape, TensorMetadata};
use burn_fusion::stream::{Operation, OperationStreams};
use burn_cubecl::{BoolElement, CubeBackend, CubeRuntime, FloatElement, IntElement};
use burn_fusion::{Fusion, FusionBackend, FusionHandle, FusionRuntime, FusionTensor};
use pmetal_metal::{FlashAttention, LoraLinear, MetalContext, RmsNorm, Rope, RopeConfig};

use super::{CrossEntropySaved, PmetalBackend, PmetalKernels};
use crate::bridge::{device_context, pmetal_dtype};

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

/// A recorded pmetal kernel: its stream description, the kernel to run on `B`, and the
/// device (for the stand-in outputs of a failed run).
#[derive(Debug)]
struct KernelOp<B: Backend> {
    desc: CustomOpIr,
    kernel: Kernel,
    device: B::Device,
    _backend: PhantomData<B>,
}

/// The message of a kernel that failed while Burn ran the stream, until the next pmetal op
/// called on a fused backend (any device, any thread) reports it.
static DEFERRED: Mutex<Option<String>> = Mutex::new(None);

/// Panics with a failure [`DEFERRED`] holds, if any.
fn report_deferred() {
    if let Some(msg) = DEFERRED.lock().unwrap_or_else(|e| e.into_inner()).take() {
        panic!("pmetal-burn: an earlier op failed when Burn's fused stream ran (its outputs were NaN): {msg}");
    }
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
    /// Releases the inputs a failed run did not take (those only it held are removed).
    fn release_rest(&mut self) {
        for ir in self.irs.by_ref() {
            if self.handles.has_handle(&ir.id) {
                self.handles.get_handle(&ir.id, &ir.status);
            }
        }
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
        let mut inputs = Inputs::<B> { handles: &mut *handles, irs: self.desc.inputs.iter() };
        // A panic must not leave Burn's stream half run (its later ops would fail with
        // Burn's index errors): a refused call gets NaN outputs of the declared shapes, and
        // its message (printed here by the panic hook) is raised by the next pmetal op.
        let outputs = match catch_unwind(AssertUnwindSafe(|| self.run(&mut inputs))) {
            Ok(outputs) => outputs,
            Err(e) => {
                inputs.release_rest();
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| format!("pmetal-burn {}: the kernel panicked", self.kernel.id()));
                DEFERRED.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(msg);
                let nan = |ir: &TensorIr| B::float_full(ir.shape.clone(), f32::NAN.into(), &self.device, ir.dtype.into());
                self.desc.outputs.iter().map(nan).collect()
            }
        };
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
    let device = client.device().clone();
    let streams = OperationStreams::with_inputs(inputs.iter());
    let outs = outputs.map(|(shape, dtype)| TensorIr::uninit(client.create_empty_handle(), shape, dtype));
    let ins: Vec<TensorIr> = inputs.into_iter().map(FusionTensor::into_ir).collect();
    let desc = CustomOpIr::new(kernel.id(), &ins, &outs);
    let op = KernelOp::<B> { desc: desc.clone(), kernel, device, _backend: PhantomData };
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
        report_deferred();
        Check { op, first }
    }

    /// A refusal from one of pmetal's kernel constructors (config checks, no launch).
    fn ok<T>(&self, r: pmetal_metal::Result<T>) {
        if let Err(e) = r {
            panic!("pmetal-burn {}: pmetal's kernel refused the call: {e}", self.op);
        }
    }

    /// `cond`, or a panic saying `why`.
    fn require(&self, cond: bool, why: impl FnOnce() -> String) {
        if !cond {
            panic!("pmetal-burn {}: {}", self.op, why());
        }
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

    /// Float inputs, each named.
    fn floats(&self, ts: &[(&FusionTensor<R>, &str)]) {
        for (t, what) in ts {
            self.float(t, what);
        }
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

/// hidden `[rows, d]`, weight `[vocab, d]`, targets `[rows]`.
fn lce_shapes<R: FusionRuntime>(c: &Check<'_, R>, hidden: &FusionTensor<R>, weight: &FusionTensor<R>, targets: &FusionTensor<R>) {
    let (hs, _) = c.float_rank(hidden, 2, "hidden");
    let (ws, _) = c.float_rank(weight, 2, "weight");
    let rows = c.targets(targets);
    c.require(hs[1] == ws[1] && hs[0] == rows, || format!("hidden {hs:?}, weight {ws:?}, targets [{rows}] must be [rows, d], [vocab, d], [rows]"));
}

/// `(shape, dtype)` of an output like `t`.
fn like<R: FusionRuntime>(t: &FusionTensor<R>) -> (Shape, DType) {
    (t.shape.clone(), t.dtype)
}

fn f32_of(dims: &[usize]) -> (Shape, DType) {
    (Shape::from(dims.to_vec()), DType::F32)
}

type Cube<R, F, I, BT> = CubeBackend<R, F, I, BT>;

/// The pmetal context of Burn's client for `device` (cached per device), for the
/// constructors' checks.
fn context<R: CubeRuntime>(op: &str, device: &R::Device) -> MetalContext {
    device_context::<R>(&R::client(device), device).unwrap_or_else(|e| panic!("pmetal-burn {op}: {e}"))
}

impl<R: CubeRuntime, F: FloatElement, I: IntElement, BT: BoolElement> PmetalKernels for Fusion<CubeBackend<R, F, I, BT>> {
    fn rms_norm_forward(x: FloatTensor<Self>, weight: FloatTensor<Self>, eps: f32) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("rms_norm", &x);
        let (xs, _) = c.float(&x, "x");
        let (ws, _) = c.float_rank(&weight, 1, "weight");
        c.require(xs.last() == Some(&ws[0]), || format!("weight {ws:?} must match x's last dim (x {xs:?})"));
        c.ok(RmsNorm::new(&context::<R>(c.op, x.client.device()), eps));
        let rows = f32_of(&xs[..xs.len().saturating_sub(1)]);
        let y = like(&x);
        let [y, rstd] = record::<Cube<R, F, I, BT>, 2>(Kernel::RmsNorm { eps }, vec![x, weight], [y, rows]);
        (y, rstd)
    }

    fn rms_norm_backward(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        rstd: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        eps: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("rms_norm backward", &x);
        c.floats(&[(&x, "x"), (&weight, "weight"), (&rstd, "rstd"), (&dy, "dy")]);
        let outs = [like(&x), like(&weight)];
        let [dx, dw] = record::<Cube<R, F, I, BT>, 2>(Kernel::RmsNormBackward { eps }, vec![x, weight, rstd, dy], outs);
        (dx, dw)
    }

    fn rope_forward(q: FloatTensor<Self>, k: FloatTensor<Self>, theta: f32) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("rope", &q);
        let (qs, _) = c.float_rank(&q, 4, "q");
        let (ks, _) = c.float_rank(&k, 4, "k");
        c.require(qs[..2] == ks[..2] && qs[3] == ks[3], || format!("q {qs:?} and k {ks:?} must share batch, seq and head_dim"));
        c.ok(Rope::new(&context::<R>(c.op, q.client.device()), RopeConfig::new(qs[3], theta as f64)));
        let outs = [like(&q), like(&k)];
        let [q, k] = record::<Cube<R, F, I, BT>, 2>(Kernel::Rope { theta }, vec![q, k], outs);
        (q, k)
    }

    fn rope_backward(d: FloatTensor<Self>, theta: f32) -> FloatTensor<Self> {
        Check::new("rope backward", &d).float_rank(&d, 4, "gradient");
        let out = like(&d);
        let [d] = record::<Cube<R, F, I, BT>, 1>(Kernel::RopeBackward { theta }, vec![d], [out]);
        d
    }

    fn swiglu_forward(gate: FloatTensor<Self>, up: FloatTensor<Self>) -> FloatTensor<Self> {
        let c = Check::new("swiglu", &gate);
        let (gs, _) = c.float(&gate, "gate");
        let (us, _) = c.float(&up, "up");
        c.require(gs == us, || format!("gate {gs:?} and up {us:?} must have one shape"));
        let out = like(&gate);
        let [h] = record::<Cube<R, F, I, BT>, 1>(Kernel::SwiGlu, vec![gate, up], [out]);
        h
    }

    fn swiglu_backward(gate: FloatTensor<Self>, up: FloatTensor<Self>, dh: FloatTensor<Self>) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("swiglu backward", &gate);
        c.floats(&[(&gate, "gate"), (&up, "up"), (&dh, "dh")]);
        let outs = [like(&gate), like(&up)];
        let [dg, du] = record::<Cube<R, F, I, BT>, 2>(Kernel::SwiGluBackward, vec![gate, up, dh], outs);
        (dg, du)
    }

    fn attention_forward(q: FloatTensor<Self>, k: FloatTensor<Self>, v: FloatTensor<Self>, causal: bool) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("attention", &q);
        let (qs, _) = c.float_rank(&q, 4, "q");
        let (ks, _) = c.float_rank(&k, 4, "k");
        let (vs, _) = c.float_rank(&v, 4, "v");
        c.require(ks == vs && qs[0] == ks[0] && qs[3] == ks[3], || {
            format!("k {ks:?} and v {vs:?} must have one shape, and q {qs:?} their batch and head_dim")
        });
        let ctx = context::<R>(c.op, q.client.device());
        c.ok(FlashAttention::new(&ctx, qs[3], qs[2]).and_then(|a| a.kv_heads(ks[2])));
        // lse: f32 [batch, heads, seq_q].
        let outs = [like(&q), f32_of(&[qs[0], qs[2], qs[1]])];
        let [out, lse] = record::<Cube<R, F, I, BT>, 2>(Kernel::Attention { causal }, vec![q, k, v], outs);
        (out, lse)
    }

    fn attention_backward(
        q: FloatTensor<Self>,
        k: FloatTensor<Self>,
        v: FloatTensor<Self>,
        out: FloatTensor<Self>,
        lse: FloatTensor<Self>,
        d_out: FloatTensor<Self>,
        causal: bool,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("attention backward", &q);
        c.float_rank(&q, 4, "q");
        c.float_rank(&k, 4, "k");
        c.float_rank(&v, 4, "v");
        c.floats(&[(&out, "out"), (&lse, "lse"), (&d_out, "d_out")]);
        let outs = [like(&q), like(&k), like(&v)];
        let [dq, dk, dv] = record::<Cube<R, F, I, BT>, 3>(Kernel::AttentionBackward { causal }, vec![q, k, v, out, lse, d_out], outs);
        (dq, dk, dv)
    }

    fn cross_entropy_forward(logits: FloatTensor<Self>, targets: IntTensor<Self>) -> (FloatTensor<Self>, CrossEntropySaved<Self>) {
        let c = Check::new("cross_entropy", &logits);
        let (ls, dtype) = c.float_rank(&logits, 2, "logits");
        let rows = c.targets(&targets);
        c.require(ls[0] == rows, || format!("logits {ls:?} and targets [{rows}] must have one row count"));
        // The loss [1] in the logits' dtype; row loss, lse, (max, log-sum) stats and the
        // counts, f32 (see `CrossEntropySaved`).
        let outs = [(Shape::new([1]), dtype), f32_of(&[rows]), f32_of(&[rows]), f32_of(&[rows, 2]), f32_of(&[2])];
        let [loss, row_loss, lse, stats, count] = record::<Cube<R, F, I, BT>, 5>(Kernel::CrossEntropy, vec![logits, targets], outs);
        (loss, [row_loss, lse, stats, count])
    }

    fn cross_entropy_backward(
        logits: FloatTensor<Self>,
        targets: IntTensor<Self>,
        saved: CrossEntropySaved<Self>,
        d_loss: FloatTensor<Self>,
    ) -> FloatTensor<Self> {
        let c = Check::new("cross_entropy backward", &logits);
        c.float(&logits, "logits");
        c.device(&targets, "targets");
        c.floats(&saved.each_ref().map(|t| (t, "saved statistics")));
        c.float(&d_loss, "d_loss");
        let out = like(&logits);
        let inputs = [logits, targets].into_iter().chain(saved).chain([d_loss]).collect();
        let [grad] = record::<Cube<R, F, I, BT>, 1>(Kernel::CrossEntropyBackward, inputs, [out]);
        grad
    }

    fn linear_cross_entropy_forward(hidden: FloatTensor<Self>, weight: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self> {
        let c = Check::new("linear_cross_entropy", &hidden);
        let (_, dtype) = c.float_rank(&hidden, 2, "hidden");
        lce_shapes(&c, &hidden, &weight, &targets);
        let [loss] = record::<Cube<R, F, I, BT>, 1>(Kernel::LinearCrossEntropy, vec![hidden, weight, targets], [(Shape::new([1]), dtype)]);
        loss
    }

    fn linear_cross_entropy_forward_backward(
        hidden: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        targets: IntTensor<Self>,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("linear_cross_entropy", &hidden);
        let (_, dtype) = c.float_rank(&hidden, 2, "hidden");
        lce_shapes(&c, &hidden, &weight, &targets);
        let outs = [(Shape::new([1]), dtype), like(&hidden), like(&weight)];
        let [loss, dh, dw] = record::<Cube<R, F, I, BT>, 3>(Kernel::LinearCrossEntropyForwardBackward, vec![hidden, weight, targets], outs);
        (loss, dh, dw)
    }

    fn lora_forward(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        scale: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Check::new("lora_linear", &x);
        let (xs, dtype) = c.float_rank(&x, 2, "x");
        let (ws, _) = c.float_rank(&w, 2, "w");
        let (r_in, _) = c.float_rank(&a, 2, "a");
        let (bs, _) = c.float_rank(&b, 2, "b");
        c.require(xs[1] == ws[1] && r_in[1] == ws[1] && bs == [ws[0], r_in[0]], || {
            format!("x {xs:?}, w {ws:?}, a {r_in:?}, b {bs:?} must be [tokens, in], [out, in], [r, in], [out, r]")
        });
        c.ok(LoraLinear::new(&context::<R>(c.op, x.client.device()), scale));
        // y [tokens, out] and t = x A^T [tokens, r], both in x's dtype.
        let outs = [(Shape::new([xs[0], ws[0]]), dtype), (Shape::new([xs[0], r_in[0]]), dtype)];
        let [y, t] = record::<Cube<R, F, I, BT>, 2>(Kernel::Lora { scale }, vec![x, w, a, b], outs);
        (y, t)
    }

    fn lora_backward(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        t: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        scale: f32,
        want_dw: bool,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>, Option<FloatTensor<Self>>) {
        let c = Check::new("lora_linear backward", &x);
        c.floats(&[(&x, "x"), (&w, "w"), (&a, "a"), (&b, "b"), (&t, "saved t"), (&dy, "dy")]);
        let (ox, oa, ob, ow) = (like(&x), like(&a), like(&b), like(&w));
        let kernel = Kernel::LoraBackward { scale, want_dw };
        let inputs = vec![x, w, a, b, t, dy];
        if want_dw {
            let [dx, da, db, dw] = record::<Cube<R, F, I, BT>, 4>(kernel, inputs, [ox, oa, ob, ow]);
            (dx, da, db, Some(dw))
        } else {
            let [dx, da, db] = record::<Cube<R, F, I, BT>, 3>(kernel, inputs, [ox, oa, ob]);
            (dx, da, db, None)
        }
    }

    fn sample(logits: FloatTensor<Self>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
        // The tokens come back to the host, so the stream is drained up to the logits
        // anyway: the inner backend's sampler runs on the resolved tensor (module docs).
        Check::new("sample", &logits).float_rank(&logits, 2, "logits");
        let client = logits.client.clone();
        let tokens = Cube::<R, F, I, BT>::sample(client.resolve_tensor_float::<Cube<R, F, I, BT>>(logits), temperature, top_k, top_p, seed);
        // Draining the stream ran the ops recorded before: report one that failed.
        report_deferred();
        tokens
    }
}

// The ops without autodiff: the forward kernels, as for the unfused `CubeBackend`.
super::forward_only_ops!(impl<R: CubeRuntime, F: FloatElement, I: IntElement, BT: BoolElement> PmetalBackend for Fusion<CubeBackend<R, F, I, BT>>);
