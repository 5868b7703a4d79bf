//! Matmul cases: bf16 GEMMs in the nn.Linear layout (`y = x W^T`, the logits case of the
//! fused linear cross-entropy), TFLOP/s per algorithm: `Auto`, cuBLASLt where the context
//! has it, and each cubek algorithm. The `impl` column names the provider and algorithm
//! that ran. cuBLAS (torch) rows come from the peers script run in the same call.

use super::{peak_extra_bytes, time_ms, Options, Row};
use crate::verify::{compare, download, tolerance_at_scale, upload, Rng};
use pmetal_metal::{Backend, DType, GpuTensor, Matmul, MatmulAlgorithm, MetalContext, Result};

/// (m, k, n): square 8192, and 8192 tokens x 4096 -> 4096 features; small on CPU drivers.
fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize, usize)> {
    if quick || super::is_cpu_device(ctx) {
        vec![(128, 256, 96), (33, 513, 65)]
    } else {
        vec![(8192, 8192, 8192), (8192, 4096, 4096)]
    }
}

/// The algorithms timed: `Auto`, cuBLASLt pinned where the context has it, and on CUDA
/// devices with matrix units each cubek tensor-core algorithm pinned, so one run shows
/// which is fastest there.
fn algorithms(ctx: &MetalContext) -> Vec<MatmulAlgorithm> {
    let mut v = vec![MatmulAlgorithm::Auto];
    if ctx.info().cublaslt {
        v.push(MatmulAlgorithm::CublasLt);
    }
    if ctx.info().has_matrix_units && ctx.backend() == Backend::Cuda {
        v.extend(MatmulAlgorithm::ALL.into_iter().filter(|a| a.needs_matrix_units()));
    }
    v
}

/// The `impl` column of a matmul row: `alg` as asked, `ran` as the op reported, named with
/// its provider (`pmetal cubek auto (double_cyclic_mma)`, `pmetal cublaslt auto
/// (cublaslt)`, `pmetal cubek simple_unit`, `pmetal cublaslt`).
pub(crate) fn impl_label(alg: MatmulAlgorithm, ran: MatmulAlgorithm) -> String {
    let provider = if ran == MatmulAlgorithm::CublasLt { "cublaslt" } else { "cubek" };
    match alg {
        MatmulAlgorithm::Auto => format!("pmetal {provider} auto ({ran})"),
        MatmulAlgorithm::CublasLt => "pmetal cublaslt".into(),
        _ => format!("pmetal {provider} {ran}"),
    }
}

/// Max error and pass of `got` against an f64 reference on `samples` sampled outputs
/// (a full f64 reference of 8192^3 is out of reach on the host).
#[allow(clippy::too_many_arguments)]
fn sampled_check(
    got: &[f64],
    a: &[f64],
    w: &[f64],
    (m, k, n): (usize, usize, usize),
    out_dtype: DType,
    rng: &mut Rng,
    samples: usize,
) -> (f64, bool) {
    let all = m * n <= samples;
    let idx: Vec<usize> = if all { (0..m * n).collect() } else { (0..samples).map(|_| (rng.next_u64() % (m * n) as u64) as usize).collect() };
    let (mut want, mut have, mut sq) = (Vec::new(), Vec::new(), 0.0);
    for &e in &idx {
        let (i, j) = (e / n, e % n);
        let (mut s, mut s2) = (0.0, 0.0);
        for p in 0..k {
            let t = a[i * k + p] * w[j * k + p];
            s += t;
            s2 += t * t;
        }
        want.push(s);
        have.push(got[e]);
        sq += s2;
    }
    let scale = (sq / idx.len() as f64).sqrt();
    let c = compare(&have, &want, tolerance_at_scale(out_dtype, scale));
    (c.max_rel, c.passed())
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    // Full size: bf16 only (the training dtype; f32 runs the unit kernel, not a GEMM peer).
    let dtypes: Vec<DType> = if opts.quick || super::is_cpu_device(ctx) {
        opts.dtypes()
    } else {
        opts.dtypes().into_iter().filter(|&d| d == DType::BF16).collect()
    };
    let algs = algorithms(ctx);
    let total = shapes.len() * dtypes.len() * algs.len();
    let mut step = 0;
    let mut rng = Rng::new(opts.seed);
    for &(m, k, n) in &shapes {
        for &dtype in &dtypes {
            let (a, ah) = upload(ctx, dtype, &[m, k], &rng.normals(m * k, 1.0))?;
            let (w, wh) = upload(ctx, dtype, &[n, k], &rng.normals(n * k, 1.0))?;
            let out = GpuTensor::empty(ctx, dtype, &[m, n])?;
            let shape_s = format!("{m}x{k}x{n}");
            let flops = 2.0 * m as f64 * k as f64 * n as f64;
            for &alg in &algs {
                progress(step, total, &format!("matmul {dtype} {shape_s} {alg}"));
                step += 1;
                let op = Matmul::new(ctx).with_algorithm(alg);
                // Verify (first call also compiles); an algorithm cubek refuses here is skipped.
                let ran = match op.run(&a, &w, &out, false, true, false) {
                    Ok(r) => r,
                    Err(e) => {
                        eprintln!("matmul {shape_s} {dtype} {alg}: skipped ({e})");
                        continue;
                    }
                };
                let err = sampled_check(&download(&out)?, &ah, &wh, (m, k, n), dtype, &mut rng, 256);
                let ms = time_ms(ctx, opts.quick, || op.run(&a, &w, &out, false, true, false).map(drop))?;
                let peak = peak_extra_bytes(ctx, || op.run(&a, &w, &out, false, true, false).map(drop))?;
                let imp = impl_label(alg, ran);
                rows.push(Row {
                    op: "matmul_nt".into(),
                    shape: shape_s.clone(),
                    dtype,
                    imp,
                    ms,
                    gbs: None,
                    tflops: Some(flops / ms / 1e9),
                    peak_bytes: peak,
                    max_rel_err: Some(err.0),
                    passed: err.1,
                    speedup_vs_unfused: None,
                });
            }
        }
    }
    progress(total, total, "matmul done");
    Ok(())
}
