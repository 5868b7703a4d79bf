//! FlashAttention cases: forward and forward+backward at the two training shapes
//! (TFLOP/s = 4 B H T_q T_k D, halved when causal, x3.5 for forward+backward, as
//! `shared/peers/peers.py` counts SDPA), the forward's peak extra memory at T = 16384,
//! and decode (1 query against 32k keys, GB/s of K and V read).
//!
//! Each case is verified against the f64 reference first (the tests' rule: the table's
//! tolerance, or at most 2x the error of a naive same-precision implementation), at the same heads, head dim and
//! masking but a short sequence (the naive reference is O(T^2 D) in f64 on the host).

use super::{is_cpu_device, peak_extra_bytes, time_ms, Options, Row};
use pmetal_metal::reference::attention as reference;
use crate::verify::{attention_rule, compare, download, reduction_tolerance, rms, tolerance_at_scale, upload, Rng};
use pmetal_metal::{AttentionPath, DType, FlashAttention, GpuTensor, MetalContext, Result};

#[derive(Clone, Copy)]
struct Case {
    b: usize,
    h: usize,
    hk: usize,
    tq: usize,
    tk: usize,
    d: usize,
    causal: bool,
    /// Forward only (decode, memory).
    fwd_only: bool,
}

impl Case {
    fn label(&self) -> String {
        if self.tq == self.tk {
            format!("B{} H{}/{} T{} D{} {}", self.b, self.h, self.hk, self.tq, self.d, if self.causal { "causal" } else { "full" })
        } else {
            format!("B{} H{}/{} Tq{} KV{} D{}", self.b, self.h, self.hk, self.tq, self.tk, self.d)
        }
    }
    fn flops(&self) -> f64 {
        4.0 * (self.b * self.h * self.tq * self.tk * self.d) as f64 * if self.causal { 0.5 } else { 1.0 }
    }
}

fn cases(ctx: &MetalContext, quick: bool) -> Vec<Case> {
    let c = |b, h, hk, tq, tk, d, causal, fwd_only| Case { b, h, hk, tq, tk, d, causal, fwd_only };
    if quick || is_cpu_device(ctx) {
        vec![c(1, 4, 2, 64, 64, 64, true, false), c(1, 2, 2, 48, 48, 32, false, false), c(2, 4, 1, 1, 512, 64, false, true)]
    } else {
        vec![
            c(2, 32, 8, 4096, 4096, 128, true, false),
            c(4, 16, 16, 2048, 2048, 64, false, false),
            c(1, 16, 16, 16384, 16384, 128, true, true),
            c(8, 32, 8, 1, 32768, 128, false, true),
        ]
    }
}

/// Max relative error and pass of the forward (out, lse) and backward (dq, dk, dv) against
/// the reference at `case` with the sequence cut to `t` (decode: keys cut to `tk`).
fn verify(ctx: &MetalContext, rng: &mut Rng, op: &FlashAttention, case: &Case, dtype: DType) -> Result<(f64, bool)> {
    let (tq, tk) = if case.tq == case.tk { (case.tq.min(96), case.tk.min(96)) } else { (case.tq, case.tk.min(384)) };
    let (b, h, hk, d) = (case.b.min(2), case.h, case.hk, case.d);
    let (q, qh) = upload(ctx, dtype, &[b, tq, h, d], &rng.normals(b * tq * h * d, 1.0))?;
    let (k, kh) = upload(ctx, dtype, &[b, tk, hk, d], &rng.normals(b * tk * hk * d, 1.0))?;
    let (v, vh) = upload(ctx, dtype, &[b, tk, hk, d], &rng.normals(b * tk * hk * d, 1.0))?;
    let (g, gh) = upload(ctx, dtype, &[b, tq, h, d], &rng.normals(b * tq * h * d, 1.0))?;
    let mut p = reference::Params::new(h, d);
    p.kv_heads = hk;
    p.causal = case.causal;
    let fwd = op.forward(&q, &k, &v, None)?;
    let (wo, wl) = reference::forward(&qh, &kh, &vh, b, tq, tk, &p, None);
    let (no, nl) = reference::naive::forward(dtype, &qh, &kh, &vh, b, tq, tk, &p, None);
    // The tests' rule: the table's tolerance, or at most 2x the error of a naive
    // implementation in the same precision (flash-attn's).
    let mut worst = 0.0f64;
    let mut ok = true;
    let mut cmp = |got: Vec<f64>, want: &[f64], naive: &[f64], tol| match attention_rule(&got, want, naive, tol) {
        Ok(c) => worst = worst.max(c.max_rel),
        Err(_) => {
            worst = worst.max(compare(&got, want, tol).max_rel);
            ok = false;
        }
    };
    cmp(download(&fwd.out)?, &wo, &no, reduction_tolerance(dtype, &wo));
    cmp(download(&fwd.lse)?, &wl, &nl, tolerance_at_scale(DType::F32, rms(&wl).max(1.0)));
    if !case.fwd_only {
        let gr = op.backward(&q, &k, &v, &fwd.out, &g, &fwd.lse)?;
        let (wdq, wdk, wdv) = reference::backward(&qh, &kh, &vh, &gh, b, tq, tk, &p, None);
        let (ndq, ndk, ndv) = reference::naive::backward(dtype, &qh, &kh, &vh, &gh, b, tq, tk, &p, None);
        cmp(download(&gr.dq)?, &wdq, &ndq, reduction_tolerance(dtype, &wdq));
        cmp(download(&gr.dk)?, &wdk, &ndk, reduction_tolerance(dtype, &wdk));
        cmp(download(&gr.dv)?, &wdv, &ndv, reduction_tolerance(dtype, &wdv));
    }
    Ok((worst, ok))
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let cases = cases(ctx, opts.quick);
    let cpu = opts.quick || is_cpu_device(ctx);
    // The shapes are bf16; the CPU run checks every dtype on small shapes.
    let dtypes: Vec<DType> = if cpu { opts.dtypes() } else { opts.dtypes().into_iter().filter(|&d| d == DType::BF16).collect() };
    let total = cases.len() * dtypes.len();
    let mut rng = Rng::new(opts.seed);
    let mut step = 0;
    for case in &cases {
        for &dtype in &dtypes {
            let label = case.label();
            progress(step, total, &format!("attention {dtype} {label}"));
            step += 1;
            let op = FlashAttention::new(ctx, case.d, case.h)?.kv_heads(case.hk)?.causal(case.causal);
            let err = verify(ctx, &mut rng, &op, case, dtype)?;
            let (b, tq, tk, h, hk, d) = (case.b, case.tq, case.tk, case.h, case.hk, case.d);
            let (q, _) = upload(ctx, dtype, &[b, tq, h, d], &rng.normals(b * tq * h * d, 1.0))?;
            let (k, _) = upload(ctx, dtype, &[b, tk, hk, d], &rng.normals(b * tk * hk * d, 1.0))?;
            let (v, _) = upload(ctx, dtype, &[b, tk, hk, d], &rng.normals(b * tk * hk * d, 1.0))?;
            let out = GpuTensor::empty(ctx, dtype, &[b, tq, h, d])?;
            let lse = GpuTensor::empty(ctx, DType::F32, &[b, h, tq])?;
            // Which kernels the timed calls run (the plan of this shape on this device).
            let plan = op.plan_name(&q, &k, &v)?;
            progress(step - 1, total, &format!("attention {dtype} {label}: {plan}"));
            // The impl column names the plan's kernels: "pmetal [forward: ..; backward: ..]".
            let pm = format!("pmetal [{plan}]");
            let mut push = |name: &str, imp: &str, ms: f64, peak: u64, flops: Option<f64>, bytes: Option<f64>, err: Option<(f64, bool)>| {
                rows.push(Row {
                    op: name.into(),
                    shape: label.clone(),
                    dtype,
                    imp: imp.into(),
                    ms,
                    gbs: bytes.map(|x| x / ms / 1e6),
                    tflops: flops.map(|f| f / ms / 1e9),
                    peak_bytes: peak,
                    max_rel_err: err.map(|e| e.0),
                    passed: err.is_none_or(|e| e.1),
                    speedup_vs_unfused: None,
                });
            };
            let t_f = time_ms(ctx, opts.quick, || op.forward_into(&q, &k, &v, None, &out, &lse))?;
            let p_f = peak_extra_bytes(ctx, || op.forward(&q, &k, &v, None).map(drop))?;
            if case.tq == 1 {
                // Decode: bytes are K and V read once.
                let kv = 2.0 * (b * tk * hk * d * dtype.size()) as f64;
                push("attn_decode", &pm, t_f, p_f, None, Some(kv), Some(err));
                let single = op.clone().splits(1)?;
                let t_1 = time_ms(ctx, opts.quick, || single.forward_into(&q, &k, &v, None, &out, &lse))?;
                push("attn_decode", "pmetal (no key split)", t_1, p_f, None, Some(kv), None);
                if ctx.info().mma_fragment(dtype).is_some() {
                    // The general forward on matrix units with its own key splits (what
                    // decode ran on before the decode kernel), beside it in the same run.
                    let general = op.clone().path(AttentionPath::MatrixUnits);
                    let name = general.plan_name(&q, &k, &v)?;
                    let fwd = name.split("; backward").next().unwrap_or(&name);
                    let t_g = time_ms(ctx, opts.quick, || general.forward_into(&q, &k, &v, None, &out, &lse))?;
                    push("attn_decode", &format!("pmetal general [{fwd}]"), t_g, p_f, None, Some(kv), None);
                }
                continue;
            }
            push("attn_fwd", &pm, t_f, p_f, Some(case.flops()), None, Some(err));
            if case.fwd_only {
                continue;
            }
            if !cpu && op.config().path == AttentionPath::Auto {
                // The FMA path on the same device: what the matrix units buy.
                let fma = op.clone().path(AttentionPath::Fma);
                let t_x = time_ms(ctx, opts.quick, || fma.forward_into(&q, &k, &v, None, &out, &lse))?;
                push("attn_fwd", "pmetal (FMA path)", t_x, p_f, Some(case.flops()), None, None);
            }
            let (g, _) = upload(ctx, dtype, &[b, tq, h, d], &rng.normals(b * tq * h * d, 1.0))?;
            let grads = pmetal_metal::AttentionGrads {
                dq: GpuTensor::empty(ctx, dtype, &[b, tq, h, d])?,
                dk: GpuTensor::empty(ctx, dtype, &[b, tk, hk, d])?,
                dv: GpuTensor::empty(ctx, dtype, &[b, tk, hk, d])?,
            };
            let t_b = time_ms(ctx, opts.quick, || op.backward_into(&q, &k, &v, &out, &g, &lse, None, &grads))?;
            let p_b = peak_extra_bytes(ctx, || op.backward(&q, &k, &v, &out, &g, &lse).map(drop))?;
            push("attn_bwd", &pm, t_b, p_b, Some(case.flops() * 2.5), None, Some(err));
            let t_fb = time_ms(ctx, opts.quick, || {
                op.forward_into(&q, &k, &v, None, &out, &lse)?;
                op.backward_into(&q, &k, &v, &out, &g, &lse, None, &grads)
            })?;
            push("attn_fwd_bwd", &pm, t_fb, p_f.max(p_b), Some(case.flops() * 3.5), None, Some(err));
        }
    }
    progress(total, total, "attention done");
    Ok(())
}
