//! LoRA cases: the fused LoRA linear forward and forward+backward against our unfused
//! composition (cubek matmuls + an element-wise add, what eager PyTorch runs), RMSNorm +
//! LoRA against RMSNorm then LoRA, and the fused GEMM alone against cubek's matmul on the
//! base projection and on a square 8192^3 GEMM. torch (eager, cuBLAS) rows come from the
//! peers script run in the same call.
//!
//! FLOPs: forward `2 M (in out + in r + r out)`; backward `2 M (out in + r in + out r +
//! r in + out r)` (dx through W and A, g, dA, dB).

use super::{is_cpu_device, peak_extra_bytes, time_ms, Options, Row};
use crate::verify::{compare, download, round_to, tolerance_at_scale, upload, Rng};
use pmetal_metal::{DType, FusedGemm, FusedGemmCall, GemmPath, GemmSegment, GpuTensor, LoraLinear, LoraWeights, Matmul, MetalContext, Result, RmsNorm, RmsNormLora};

/// (tokens, in, out, rank): the 8192x4096->4096 r16; small on CPU drivers.
fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize, usize, usize)> {
    if quick || is_cpu_device(ctx) {
        vec![(96, 160, 128, 16)]
    } else {
        vec![(8192, 4096, 4096, 16)]
    }
}

/// Square GEMM side for the plain-GEMM TFLOP/s rows.
fn square(ctx: &MetalContext, quick: bool) -> usize {
    if quick || is_cpu_device(ctx) { 128 } else { 8192 }
}

/// Max error and pass of `y` on sampled outputs against f64 `x W^T + s round(x A^T) B^T`.
#[allow(clippy::too_many_arguments)]
fn sampled_check(y: &[f64], x: &[f64], w: &[f64], a: &[f64], b: &[f64], s: f64, (m, inf, outf, r): (usize, usize, usize, usize), dtype: DType, rng: &mut Rng) -> (f64, bool) {
    let (mut want, mut got, mut sq) = (Vec::new(), Vec::new(), 0.0);
    for _ in 0..128 {
        let (i, j) = ((rng.next_u64() % m as u64) as usize, (rng.next_u64() % outf as u64) as usize);
        let xi = &x[i * inf..(i + 1) * inf];
        let t: Vec<f64> = (0..r).map(|q| (0..inf).map(|p| xi[p] * a[q * inf + p]).sum()).collect();
        let t = round_to(dtype, &t);
        let (mut v, mut v2) = (0.0, 0.0);
        for p in 0..inf {
            let e = xi[p] * w[j * inf + p];
            v += e;
            v2 += e * e;
        }
        for q in 0..r {
            let e = s * t[q] * b[j * r + q];
            v += e;
            v2 += e * e;
        }
        want.push(v);
        got.push(y[i * outf + j]);
        sq += v2;
    }
    let c = compare(&got, &want, tolerance_at_scale(dtype, (sq / want.len() as f64).sqrt()));
    (c.max_rel, c.passed())
}

/// `got` against `want` (the unfused path's result) at the scale of `want`.
fn agree(got: &GpuTensor, want: &GpuTensor, dtype: DType) -> Result<(f64, bool)> {
    let (g, w) = (download(got)?, download(want)?);
    let c = compare(&g, &w, tolerance_at_scale(dtype, 4.0 * crate::verify::rms(&w)));
    Ok((c.max_rel, c.passed()))
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    // Full size: bf16 only (the training dtype).
    let dtypes: Vec<DType> = opts.dtypes().into_iter().filter(|&d| d == DType::BF16 || opts.quick || is_cpu_device(ctx)).collect();
    let total = shapes.len() * dtypes.len() * 5;
    let mut step = 0;
    let mut rng = Rng::new(opts.seed);
    let q = opts.quick;
    for &(m, inf, outf, r) in &shapes {
        for &dtype in &dtypes {
            let dims = (m, inf, outf, r);
            let shape_s = format!("{m}x{inf}->{outf} r{r}");
            let s = 2.0f32;
            let (x, xh) = upload(ctx, dtype, &[m, inf], &rng.normals(m * inf, 1.0))?;
            let k = 1.0 / (inf as f64).sqrt();
            let (w, wh) = upload(ctx, dtype, &[outf, inf], &rng.normals(outf * inf, k))?;
            let (a, ah) = upload(ctx, dtype, &[r, inf], &rng.normals(r * inf, k))?;
            let (b, bh) = upload(ctx, dtype, &[outf, r], &rng.normals(outf * r, 0.5))?;
            let (dy, _) = upload(ctx, dtype, &[m, outf], &rng.normals(m * outf, 1.0))?;
            let (wn, _) = upload(ctx, dtype, &[inf], &rng.normals(inf, 1.0))?;
            let lw = LoraWeights::new(&w, &a, &b);
            let op = LoraLinear::new(ctx, s)?;
            let path = op_path(ctx, dtype, false);
            let fwd_flops = 2.0 * m as f64 * (inf * outf + inf * r + r * outf) as f64;
            let bwd_flops = 2.0 * m as f64 * (outf * inf + r * inf + outf * r + r * inf + outf * r) as f64;
            let mut push = |op_name: &str, imp: &str, ms: f64, flops: f64, peak: u64, err: Option<(f64, bool)>, base: Option<f64>| {
                rows.push(Row {
                    op: op_name.into(),
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

            // 1. Forward.
            progress(step, total, &format!("lora forward {dtype} {shape_s}"));
            step += 1;
            let f = op.forward(&x, &lw)?;
            let e_f = sampled_check(&download(&f.y)?, &xh, &wh, &ah, &bh, s as f64, dims, dtype, &mut rng);
            let yu = op.forward_unfused(&x, &lw)?;
            let e_u = agree(&yu, &f.y, dtype)?;
            drop((f, yu));
            let t_u = time_ms(ctx, q, || op.forward_unfused(&x, &lw).map(drop))?;
            let p_u = peak_extra_bytes(ctx, || op.forward_unfused(&x, &lw).map(drop))?;
            let t_f = time_ms(ctx, q, || op.forward(&x, &lw).map(drop))?;
            let p_f = peak_extra_bytes(ctx, || op.forward(&x, &lw).map(drop))?;
            let t_i = time_ms(ctx, q, || op.infer(&x, &lw).map(drop))?;
            push("lora_fwd", &format!("pmetal fused ({path})"), t_f, fwd_flops, p_f, Some(e_f), Some(t_u));
            push("lora_fwd", &format!("pmetal fused inference ({path})"), t_i, fwd_flops, p_f, None, Some(t_u));
            push("lora_fwd", "pmetal unfused (matmul x3 + add)", t_u, fwd_flops, p_u, Some(e_u), None);
            // pmetal's own fused kernel where Auto picks the library path: the two side by side.
            if FusedGemm::new(ctx).resolved_path(dtype) == GemmPath::Library && FusedGemm::new(ctx).has_matrix_units(dtype) {
                let own = op.clone().with_path(GemmPath::MatrixUnits);
                let e_o = agree(&own.forward(&x, &lw)?.y, &op.forward_unfused(&x, &lw)?, dtype)?;
                let t_o = time_ms(ctx, q, || own.forward(&x, &lw).map(drop))?;
                push("lora_fwd", "pmetal fused (own cmma kernel)", t_o, fwd_flops, p_f, Some(e_o), Some(t_u));
            }

            // 2. Forward + backward.
            progress(step, total, &format!("lora forward+backward {dtype} {shape_s}"));
            step += 1;
            let fb = || -> Result<()> {
                let f = op.forward(&x, &lw)?;
                op.backward(&x, &lw, Some(&f.t), &dy).map(drop)
            };
            let ub = || -> Result<()> {
                // The unfused forward keeps its own t (as autograd would).
                let _y = op.forward_unfused(&x, &lw)?;
                let t = GpuTensor::empty(ctx, dtype, &[m, r])?;
                pmetal_metal::matmul(ctx, &x, &a, &t, false, true)?;
                op.backward_unfused(&x, &lw, &t, &dy).map(drop)
            };
            let err = {
                let f = op.forward(&x, &lw)?;
                let g = op.backward(&x, &lw, Some(&f.t), &dy)?;
                let u = op.backward_unfused(&x, &lw, &f.t, &dy)?;
                let (e1, e2, e3) = (agree(&g.dx, &u.dx, dtype)?, agree(&g.da, &u.da, dtype)?, agree(&g.db, &u.db, dtype)?);
                (e1.0.max(e2.0).max(e3.0), e1.1 && e2.1 && e3.1)
            };
            let t_ub = time_ms(ctx, q, ub)?;
            let p_ub = peak_extra_bytes(ctx, ub)?;
            let t_fb = time_ms(ctx, q, fb)?;
            let p_fb = peak_extra_bytes(ctx, fb)?;
            push("lora_fwd_bwd", &format!("pmetal fused ({path})"), t_fb, fwd_flops + bwd_flops, p_fb, Some(err), Some(t_ub));
            push("lora_fwd_bwd", "pmetal unfused (matmuls + adds)", t_ub, fwd_flops + bwd_flops, p_ub, None, None);

            // 3. RMSNorm + LoRA forward against RMSNorm then the fused LoRA.
            progress(step, total, &format!("rmsnorm+lora forward {dtype} {shape_s}"));
            step += 1;
            let nl = RmsNormLora::new(ctx, 1e-6, s)?;
            let norm = RmsNorm::new(ctx, 1e-6)?;
            let two = || -> Result<()> {
                let xn = norm.forward(&x, &wn)?.y;
                op.forward(&xn, &lw).map(drop)
            };
            let e_n = {
                let xn = norm.forward(&x, &wn)?.y;
                agree(&nl.forward(&x, &wn, &lw)?.y, &op.forward(&xn, &lw)?.y, dtype)?
            };
            let t_two = time_ms(ctx, q, two)?;
            let t_nl = time_ms(ctx, q, || nl.forward(&x, &wn, &lw).map(drop))?;
            let p_nl = peak_extra_bytes(ctx, || nl.forward(&x, &wn, &lw).map(drop))?;
            push("rmsnorm_lora_fwd", &format!("pmetal fused ({})", op_path(ctx, dtype, true)), t_nl, fwd_flops, p_nl, Some(e_n), Some(t_two));
            push("rmsnorm_lora_fwd", "pmetal rmsnorm then fused lora", t_two, fwd_flops, 0, None, None);

            // 4. The base GEMM alone (y = x W^T): our fused GEMM (each path) vs cubek.
            progress(step, total, &format!("lora base gemm {dtype} {shape_s}"));
            step += 1;
            gemm_rows(ctx, opts, &x, &w, dtype, &format!("{m}x{inf}x{outf}"), "lora_base_gemm", rows)?;
            drop((x, w, a, b, dy, wn));
        }
        // 5. Square GEMM TFLOP/s.
        for &dtype in &dtypes {
            progress(step, total, &format!("gemm {dtype} square"));
            step += 1;
            let n = square(ctx, opts.quick);
            let (x, _) = upload(ctx, dtype, &[n, n], &rng.normals(n * n, 1.0))?;
            let (w, _) = upload(ctx, dtype, &[n, n], &rng.normals(n * n, 1.0))?;
            gemm_rows(ctx, opts, &x, &w, dtype, &format!("{n}x{n}x{n}"), "gemm_nt", rows)?;
        }
    }
    progress(total, total, "lora done");
    Ok(())
}

/// The inner path the fused GEMM takes for `dtype` here, for the row label: the library
/// path runs the matmul op, so it names the provider that op tries first (and how the
/// adapter is folded in: `prologue`, the RMSNorm on x).
fn op_path(ctx: &MetalContext, dtype: DType, prologue: bool) -> &'static str {
    match FusedGemm::new(ctx).resolved_path(dtype) {
        // With the RMSNorm prologue, K stays concatenated (fused_gemm/library.rs).
        GemmPath::Library if Matmul::new(ctx).tries_cublaslt() && !prologue => "cublaslt, adapter then base with beta=1",
        GemmPath::Library if Matmul::new(ctx).tries_cublaslt() => "cublaslt, K concatenated",
        GemmPath::Library => "cubek, K concatenated",
        GemmPath::MatrixUnits => "cmma",
        _ => "unit",
    }
}

/// `x W^T` by our fused GEMM (every path the device has) and by the matmul op (auto:
/// cuBLASLt on CUDA where present, else cubek), checked against each other.
#[allow(clippy::too_many_arguments)]
fn gemm_rows(ctx: &MetalContext, opts: &Options, x: &GpuTensor, w: &GpuTensor, dtype: DType, shape: &str, op_name: &str, rows: &mut Vec<Row>) -> Result<()> {
    let (m, k, n) = (x.shape()[0], x.shape()[1], w.shape()[0]);
    let flops = 2.0 * (m * k * n) as f64;
    let q = opts.quick;
    let cubek_out = GpuTensor::empty(ctx, dtype, &[m, n])?;
    let mm = Matmul::new(ctx);
    let alg = mm.run(x, w, &cubek_out, false, true, false)?;
    let t_c = time_ms(ctx, q, || mm.run(x, w, &cubek_out, false, true, false).map(drop))?;
    let mut paths = vec![GemmPath::Unit];
    if FusedGemm::new(ctx).has_matrix_units(dtype) {
        paths.insert(0, GemmPath::MatrixUnits);
    }
    for p in paths {
        let g = FusedGemm::new(ctx).with_path(p);
        let call = FusedGemmCall::new(GemmSegment::new(x, false, w, true));
        let out = GpuTensor::empty(ctx, dtype, &[m, n])?;
        g.run(&call, &out)?;
        let err = agree(&out, &cubek_out, dtype)?;
        let t = time_ms(ctx, q, || g.run(&call, &out))?;
        let label = if p == GemmPath::MatrixUnits { "own cmma" } else { "own unit" };
        rows.push(Row {
            op: op_name.into(),
            shape: shape.into(),
            dtype,
            imp: format!("pmetal fused gemm ({label})"),
            ms: t,
            gbs: None,
            tflops: Some(flops / t / 1e9),
            peak_bytes: 0,
            max_rel_err: Some(err.0),
            passed: err.1,
            speedup_vs_unfused: Some(t_c / t),
        });
    }
    rows.push(Row {
        op: op_name.into(),
        shape: shape.into(),
        dtype,
        imp: super::matmul::impl_label(pmetal_metal::MatmulAlgorithm::Auto, alg),
        ms: t_c,
        gbs: None,
        tflops: Some(flops / t_c / 1e9),
        peak_bytes: 0,
        max_rel_err: None,
        passed: true,
        speedup_vs_unfused: None,
    });
    Ok(())
}
