//! Fused linear cross-entropy cases: forward+backward fused (vocabulary blocks) against our
//! unfused composition (full logits GEMM, cross-entropy in place, two gradient GEMMs).
//! FLOPs as in shared/peers/peers.py: 3 GEMMs of 2*N*H*V (ours does a 4th, recomputing).

use super::{is_cpu_device, peak_extra_bytes, time_ms, Options, Row};
use crate::verify::{compare, download, reduction_tolerance, upload, Rng};
use pmetal_metal::{matmul, CrossEntropy, DType, GpuTensor, LinearCrossEntropy, LinearCrossEntropyPlan, MetalContext, Result};

fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize, usize)> {
    if quick || is_cpu_device(ctx) {
        vec![(256, 64, 4099)]
    } else {
        vec![(8192, 4096, 128256)]
    }
}

/// The unfused composition: logits = H W^T (all of them), cross-entropy forward+backward
/// in place, d_hidden = G W, d_weight = G^T H.
fn unfused(ctx: &MetalContext, h: &GpuTensor, w: &GpuTensor, t: &GpuTensor) -> Result<(GpuTensor, GpuTensor, GpuTensor)> {
    let (n, v, hd) = (h.shape()[0], w.shape()[0], h.shape()[1]);
    let logits = GpuTensor::empty(ctx, h.dtype(), &[n, v])?;
    matmul(ctx, h, w, &logits, false, true)?;
    let out = CrossEntropy::new(ctx).forward_backward_in_place(&logits, t, 1.0)?;
    let dh = GpuTensor::empty(ctx, h.dtype(), &[n, hd])?;
    matmul(ctx, &logits, w, &dh, false, false)?;
    let dw = GpuTensor::empty(ctx, h.dtype(), &[v, hd])?;
    matmul(ctx, &logits, h, &dw, true, false)?;
    Ok((out.row_loss, dh, dw))
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    let dtypes: Vec<DType> = opts.dtypes().into_iter().filter(|&d| d == DType::BF16 || opts.quick || is_cpu_device(ctx)).collect();
    let total = shapes.len() * dtypes.len();
    let mut rng = Rng::new(opts.seed);
    let mut step = 0;
    for &(n, hd, v) in &shapes {
        for &dtype in &dtypes {
            progress(step, total, &format!("linear_cross_entropy {dtype} {n}x{hd}x{v}"));
            step += 1;
            let (h, _) = upload(ctx, dtype, &[n, hd], &rng.normals(n * hd, 1.0))?;
            let (w, _) = upload(ctx, dtype, &[v, hd], &rng.normals(v * hd, 0.02))?;
            let th: Vec<f64> = (0..n).map(|_| (rng.next_u64() % v as u64) as f64).collect();
            let (t, _) = upload(ctx, DType::I32, &[n], &th)?;
            let op = LinearCrossEntropy::new(ctx);

            // Verify: the fused path against the unfused composition (full logits).
            let r = op.forward_backward(&h, &w, None, &t, 1.0)?;
            let (ul, udh, _) = unfused(ctx, &h, &w, &t)?;
            let (wl, wdh) = (download(&ul)?, download(&udh)?);
            let e1 = compare(&download(&r.out.row_loss)?, &wl, reduction_tolerance(dtype, &wl));
            let e2 = compare(&download(&r.d_hidden)?, &wdh, reduction_tolerance(dtype, &wdh));
            let err = Some((e1.max_rel.max(e2.max_rel), e1.passed() && e2.passed()));
            drop((r, ul, udh));

            let flops = 6.0 * n as f64 * hd as f64 * v as f64;
            let shape_s = format!("{n}x{hd}x{v}");
            let mut push = |imp: &str, ms: f64, peak: u64, err: Option<(f64, bool)>, base: Option<f64>| {
                rows.push(Row {
                    op: "linear_ce_fwd_bwd".into(),
                    shape: shape_s.clone(),
                    dtype,
                    imp: imp.into(),
                    ms,
                    gbs: None,
                    tflops: Some(flops / ms / 1e9),
                    peak_bytes: peak,
                    max_rel_err: err.map(|e| e.0),
                    passed: err.is_none_or(|e| e.1),
                    speedup_vs_unfused: base.map(|b| b / ms),
                });
            };
            let t_u = time_ms(ctx, opts.quick, || unfused(ctx, &h, &w, &t).map(drop))?;
            let p_u = peak_extra_bytes(ctx, || unfused(ctx, &h, &w, &t).map(drop))?;
            // The library's default (the plan Auto takes, verified above), then each plan
            // pinned at a few steps: time against memory.
            let mut variants = vec![(format!("pmetal fused, {}", op.plan_name(dtype, n, hd, v)), op.clone(), err)];
            for block in [1024usize, 4096] {
                variants.push((format!("pmetal fused, vocabulary blocks of {block}"), op.clone().with_plan(LinearCrossEntropyPlan::VocabBlocks).with_block(block), None));
            }
            for chunk in [256usize, 512, 1024, 2048] {
                if chunk < n {
                    variants.push((format!("pmetal fused, token chunks of {chunk}"), op.clone().with_plan(LinearCrossEntropyPlan::TokenChunks).with_chunk(chunk), None));
                }
            }
            for (imp, op, err) in variants {
                let f = || op.forward_backward(&h, &w, None, &t, 1.0).map(drop);
                let t_f = time_ms(ctx, opts.quick, f)?;
                let p_f = peak_extra_bytes(ctx, f)?;
                push(&imp, t_f, p_f, err, Some(t_u));
            }
            push("pmetal unfused (full logits)", t_u, p_u, None, None);
        }
    }
    progress(total, total, "linear_cross_entropy done");
    Ok(())
}
