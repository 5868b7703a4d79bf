//! pmetal's kernels on `CubeBackend` primitives: each call wraps its inputs' handles as
//! pmetal tensors (see [`crate::bridge`]), runs the kernel on the context of Burn's client,
//! and hands the outputs' handles back to Burn.

use burn::tensor::ops::{FloatTensor, FloatTensorOps, IntTensor, IntTensorOps};
use burn::tensor::{DType, FloatDType, IntDType};
use burn_cubecl::{BoolElement, CubeBackend, CubeRuntime, FloatElement, IntElement};
use pmetal_metal::{
    matmul, CrossEntropy, CrossEntropyOutput, FlashAttention, GpuTensor, LinearCrossEntropy, LoraLinear, LoraWeights,
    RmsNorm, Rope, RopeConfig, RopePositions, RowSampling, Sampler, SamplerConfig, SwiGlu,
};

use super::{CrossEntropySaved, PmetalBackend, PmetalKernels};
use crate::bridge::Call;

type Cube<R, F, I, BT> = CubeBackend<R, F, I, BT>;

/// Targets as i32, the dtype pmetal's losses read (Burn's int dtype may be i64).
fn targets_i32<R: CubeRuntime, F: FloatElement, I: IntElement, BT: BoolElement>(t: IntTensor<Cube<R, F, I, BT>>) -> IntTensor<Cube<R, F, I, BT>> {
    if t.dtype == DType::I32 {
        t
    } else {
        Cube::<R, F, I, BT>::int_cast(t, IntDType::I32)
    }
}

/// An f32 loss from pmetal in the logits' dtype, so that it mixes with the model's tensors.
fn loss_like<R: CubeRuntime, F: FloatElement, I: IntElement, BT: BoolElement>(
    loss: FloatTensor<Cube<R, F, I, BT>>,
    dtype: DType,
) -> FloatTensor<Cube<R, F, I, BT>> {
    if dtype == DType::F32 {
        loss
    } else {
        Cube::<R, F, I, BT>::float_cast(loss, FloatDType::from(dtype))
    }
}

/// Dimensions of a rank-4 `[batch, seq, heads, head_dim]` input.
fn dims4(c: &Call<'_, impl CubeRuntime>, t: &GpuTensor, what: &str) -> [usize; 4] {
    match t.shape() {
        &[b, s, h, d] => [b, s, h, d],
        s => panic!("pmetal-burn {}: {what} must be [batch, seq, heads, head_dim], got {s:?}", c.op),
    }
}

impl<R: CubeRuntime, F: FloatElement, I: IntElement, BT: BoolElement> PmetalKernels for CubeBackend<R, F, I, BT> {
    fn rms_norm_forward(x: FloatTensor<Self>, weight: FloatTensor<Self>, eps: f32) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Call::new("rms_norm", &x);
        let (xg, wg) = (c.input(x.clone(), "x"), c.input_rank(weight, 1, "weight"));
        let out = c.ok(RmsNorm::new(&c.ctx, eps).and_then(|n| n.forward(&xg, &wg)));
        (c.output(out.y), c.output(out.rstd))
    }

    fn rms_norm_backward(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        rstd: FloatTensor<Self>,
        dy: FloatTensor<Self>,
        eps: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Call::new("rms_norm backward", &x);
        let (xg, wg, rg, dyg) = (c.input(x.clone(), "x"), c.input(weight, "weight"), c.input(rstd, "rstd"), c.input(dy, "dy"));
        let (dx, dw) = c.ok(RmsNorm::new(&c.ctx, eps).and_then(|n| n.backward(&xg, &wg, &rg, &dyg)));
        (c.output(dx), c.output(dw))
    }

    fn rope_forward(q: FloatTensor<Self>, k: FloatTensor<Self>, theta: f32) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Call::new("rope", &q);
        let (qg, kg) = (c.input_rank(q.clone(), 4, "q"), c.input_rank(k, 4, "k"));
        let [_, _, _, d] = dims4(&c, &qg, "q");
        let rope = c.ok(Rope::new(&c.ctx, RopeConfig::new(d, theta as f64)));
        let (qr, kr) = c.ok(rope.forward(&qg, &kg, RopePositions::Offset(0)));
        (c.output(qr), c.output(kr))
    }

    fn rope_backward(d: FloatTensor<Self>, theta: f32) -> FloatTensor<Self> {
        let c = Call::new("rope backward", &d);
        let dg = c.input_rank(d.clone(), 4, "gradient");
        let [b, s, _, hd] = dims4(&c, &dg, "gradient");
        // pmetal's RoPE rotates a q and a k per launch; q's and k's gradients reach their
        // graph nodes separately, so the k slot gets a one-head view of the same gradient
        // (read only; its rotated copy, 1/heads of the work, is dropped).
        let one_head = c.ok(GpuTensor::from_handle(&c.ctx, dg.handle(), dg.dtype(), &[b, s, 1, hd]));
        let rope = c.ok(Rope::new(&c.ctx, RopeConfig::new(hd, theta as f64)));
        let (dr, _) = c.ok(rope.backward(&dg, &one_head, RopePositions::Offset(0)));
        c.output(dr)
    }

    fn swiglu_forward(gate: FloatTensor<Self>, up: FloatTensor<Self>) -> FloatTensor<Self> {
        let c = Call::new("swiglu", &gate);
        let (g, u) = (c.input(gate.clone(), "gate"), c.input(up, "up"));
        let h = c.ok(SwiGlu::new(&c.ctx).forward(&g, &u));
        c.output(h)
    }

    fn swiglu_backward(gate: FloatTensor<Self>, up: FloatTensor<Self>, dh: FloatTensor<Self>) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Call::new("swiglu backward", &gate);
        let (g, u, d) = (c.input(gate.clone(), "gate"), c.input(up, "up"), c.input(dh, "dh"));
        let (dg, du) = c.ok(SwiGlu::new(&c.ctx).backward(&g, &u, &d));
        (c.output(dg), c.output(du))
    }

    fn attention_forward(q: FloatTensor<Self>, k: FloatTensor<Self>, v: FloatTensor<Self>, causal: bool) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Call::new("attention", &q);
        let (qg, kg, vg) = (c.input_rank(q.clone(), 4, "q"), c.input_rank(k, 4, "k"), c.input_rank(v, 4, "v"));
        let attn = attention_op(&c, &qg, &kg, causal);
        let out = c.ok(attn.forward(&qg, &kg, &vg, None));
        (c.output(out.out), c.output(out.lse))
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
        let c = Call::new("attention backward", &q);
        let (qg, kg, vg) = (c.input_rank(q.clone(), 4, "q"), c.input_rank(k, 4, "k"), c.input_rank(v, 4, "v"));
        let (og, lg, dg) = (c.input(out, "out"), c.input(lse, "lse"), c.input(d_out, "d_out"));
        let attn = attention_op(&c, &qg, &kg, causal);
        let g = c.ok(attn.backward(&qg, &kg, &vg, &og, &dg, &lg));
        (c.output(g.dq), c.output(g.dk), c.output(g.dv))
    }

    fn cross_entropy_forward(logits: FloatTensor<Self>, targets: IntTensor<Self>) -> (FloatTensor<Self>, CrossEntropySaved<Self>) {
        let dtype = logits.dtype;
        let c = Call::new("cross_entropy", &logits);
        let lg = c.input_rank(logits.clone(), 2, "logits");
        let tg = c.input_rank(targets_i32::<R, F, I, BT>(targets), 1, "targets");
        let out = c.ok(CrossEntropy::new(&c.ctx).forward(&lg, &tg));
        let loss = loss_like::<R, F, I, BT>(c.output(out.loss), dtype);
        (loss, [c.output(out.row_loss), c.output(out.lse), c.output(out.stats), c.output(out.count)])
    }

    fn cross_entropy_backward(
        logits: FloatTensor<Self>,
        targets: IntTensor<Self>,
        saved: CrossEntropySaved<Self>,
        d_loss: FloatTensor<Self>,
    ) -> FloatTensor<Self> {
        let c = Call::new("cross_entropy backward", &logits);
        let lg = c.input(logits.clone(), "logits");
        let tg = c.input(targets_i32::<R, F, I, BT>(targets), "targets");
        let [row_loss, lse, stats, count] = saved.map(|t| c.input(t, "saved statistics"));
        // pmetal takes the upstream gradient in f32.
        let d_loss = if d_loss.dtype == DType::F32 { d_loss } else { Self::float_cast(d_loss, FloatDType::F32) };
        let dg = c.input(d_loss, "d_loss");
        // The loss slot is not read by the backward; the row losses stand in for it.
        let fwd = CrossEntropyOutput { loss: row_loss.clone(), row_loss, lse, stats, count };
        let grad = c.ok(CrossEntropy::new(&c.ctx).backward(&lg, &tg, &fwd, &dg));
        c.output(grad)
    }

    fn linear_cross_entropy_forward(hidden: FloatTensor<Self>, weight: FloatTensor<Self>, targets: IntTensor<Self>) -> FloatTensor<Self> {
        let dtype = hidden.dtype;
        let c = Call::new("linear_cross_entropy", &hidden);
        let hg = c.input_rank(hidden.clone(), 2, "hidden");
        let wg = c.input_rank(weight, 2, "weight");
        let tg = c.input_rank(targets_i32::<R, F, I, BT>(targets), 1, "targets");
        let out = c.ok(LinearCrossEntropy::new(&c.ctx).forward(&hg, &wg, None, &tg));
        loss_like::<R, F, I, BT>(c.output(out.loss), dtype)
    }

    fn linear_cross_entropy_forward_backward(
        hidden: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        targets: IntTensor<Self>,
    ) -> (FloatTensor<Self>, FloatTensor<Self>, FloatTensor<Self>) {
        let dtype = hidden.dtype;
        let c = Call::new("linear_cross_entropy", &hidden);
        let hg = c.input_rank(hidden.clone(), 2, "hidden");
        let wg = c.input_rank(weight, 2, "weight");
        let tg = c.input_rank(targets_i32::<R, F, I, BT>(targets), 1, "targets");
        let g = c.ok(LinearCrossEntropy::new(&c.ctx).forward_backward(&hg, &wg, None, &tg, 1.0));
        (loss_like::<R, F, I, BT>(c.output(g.out.loss), dtype), c.output(g.d_hidden), c.output(g.d_weight))
    }

    fn lora_forward(
        x: FloatTensor<Self>,
        w: FloatTensor<Self>,
        a: FloatTensor<Self>,
        b: FloatTensor<Self>,
        scale: f32,
    ) -> (FloatTensor<Self>, FloatTensor<Self>) {
        let c = Call::new("lora_linear", &x);
        let xg = c.input_rank(x.clone(), 2, "x");
        let (wg, ag, bg) = (c.input_rank(w, 2, "w"), c.input_rank(a, 2, "a"), c.input_rank(b, 2, "b"));
        let f = c.ok(LoraLinear::new(&c.ctx, scale).and_then(|l| l.forward(&xg, &LoraWeights::new(&wg, &ag, &bg))));
        (c.output(f.y), c.output(f.t))
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
        let c = Call::new("lora_linear backward", &x);
        let xg = c.input(x.clone(), "x");
        let (wg, ag, bg) = (c.input(w, "w"), c.input(a, "a"), c.input(b, "b"));
        let (tg, dyg) = (c.input(t, "saved t"), c.input(dy, "dy"));
        let g = c.ok(LoraLinear::new(&c.ctx, scale).and_then(|l| l.backward(&xg, &LoraWeights::new(&wg, &ag, &bg), Some(&tg), &dyg)));
        // pmetal's LoRA treats W as frozen; a trained W gets dW = dy^T x from pmetal's GEMM.
        let dw = want_dw.then(|| {
            let dw = c.ok(GpuTensor::empty(&c.ctx, wg.dtype(), wg.shape()));
            c.ok(matmul(&c.ctx, &dyg, &xg, &dw, true, false));
            c.output(dw)
        });
        (c.output(g.dx), c.output(g.da), c.output(g.db), dw)
    }

    fn sample(logits: FloatTensor<Self>, temperature: f32, top_k: usize, top_p: f32, seed: u64) -> Vec<u32> {
        let c = Call::new("sample", &logits);
        let lg = c.input_rank(logits.clone(), 2, "logits");
        // top_k 0 and top_p >= 1 turn those filters off (nothing to compile in for them).
        let config = SamplerConfig { top_k: top_k > 0, top_p: top_p < 1.0, ..SamplerConfig::default() };
        let row = RowSampling { temperature, top_k, top_p: top_p.min(1.0), ..RowSampling::default() };
        let sampler = c.ok(Sampler::new(&c.ctx, config));
        let params = c.ok(sampler.params(&vec![row; lg.shape()[0]]));
        let out = c.ok(sampler.sample(&lg, &params, None, seed, 0));
        c.ok(out.tokens_checked())
    }
}

/// pmetal's attention for q `[b, s, heads, d]` over k `[b, s, kv_heads, d]`.
fn attention_op<R: CubeRuntime>(c: &Call<'_, R>, q: &GpuTensor, k: &GpuTensor, causal: bool) -> FlashAttention {
    let [_, _, heads, d] = dims4(c, q, "q");
    let [_, _, kv_heads, _] = dims4(c, k, "k");
    let attn = c.ok(FlashAttention::new(&c.ctx, d, heads).and_then(|a| a.kv_heads(kv_heads)));
    attn.causal(causal)
}

super::forward_only_ops!(impl<R: CubeRuntime, F: FloatElement, I: IntElement, BT: BoolElement> PmetalBackend for CubeBackend<R, F, I, BT>);
