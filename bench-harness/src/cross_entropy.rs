//! Cross-entropy cases: forward+backward fused in one launch (in place and into a new
//! buffer), our unfused baseline (forward, then backward as a second launch), and the
//! forward alone. Bytes as in shared/peers/peers.py: read the logits, write the gradient.

use super::{is_cpu_device, peak_extra_bytes, time_ms, Options, Row};
use pmetal_metal::reference::cross_entropy as reference;
use crate::verify::{compare, download, encode, reduction_tolerance, round_to, upload, Rng};
use pmetal_metal::{CrossEntropy, CrossEntropyConfig, DType, GpuTensor, MetalContext, Result};

fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize)> {
    if quick || is_cpu_device(ctx) {
        vec![(64, 32000), (33, 4097)]
    } else {
        vec![(8192, 128256), (4096, 151936)]
    }
}

/// Rows checked against the f64 reference (the reference is slow on a 1e9-element case;
/// rows are independent, so the first ones stand for all).
const CHECK_ROWS: usize = 64;

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    let dtypes = opts.dtypes();
    let total = shapes.len() * dtypes.len();
    let mut rng = Rng::new(opts.seed);
    let cfg = CrossEntropyConfig::default();
    let op = CrossEntropy::new(ctx);
    let unchecked = CrossEntropy::with_config(ctx, CrossEntropyConfig { check_targets: false, ..cfg })?;
    let mut step = 0;
    for &(n, v) in &shapes {
        for &dtype in &dtypes {
            progress(step, total, &format!("cross_entropy {dtype} {n}x{v}"));
            step += 1;
            if dtype == DType::F32 && n * v > 1 << 28 && !opts.quick {
                continue; // 4 GB of f32 logits: peers measure bf16
            }
            // A block of random rows tiled over all rows: generating 1e9 host values would
            // take longer than the benchmark, and the kernel's time does not depend on them.
            let block = CHECK_ROWS.min(n);
            let xh = round_to(dtype, &rng.normals(block * v, 2.0));
            let bytes = encode(dtype, &xh).repeat(n.div_ceil(block));
            let logits = GpuTensor::from_bytes(ctx, dtype, &[n, v], &bytes[..n * v * dtype.size()])?;
            drop(bytes);
            let th: Vec<i64> = (0..n).map(|_| (rng.next_u64() % v as u64) as i64).collect();
            let (targets, _) = upload(ctx, DType::I32, &[n], &th.iter().map(|&t| t as f64).collect::<Vec<_>>())?;

            // Verify the fused forward+backward (new buffer) on the first rows.
            let (out, grad) = op.forward_backward(&logits, &targets, 1.0)?;
            let k = CHECK_ROWS.min(n);
            let (wl, _, _) = reference::forward(&reference::Params::default(), &xh[..k * v], &th[..k], v);
            let mut wg = reference::backward(&reference::Params { reduction: reference::Reduction::Sum, ..Default::default() }, &xh[..k * v], &th[..k], v, &[1.0]);
            wg.iter_mut().for_each(|g| *g /= n as f64);
            let e1 = compare(&download(&out.row_loss)?[..k], &wl, reduction_tolerance(DType::F32, &wl));
            let e2 = compare(&download(&grad)?[..k * v], &wg, reduction_tolerance(dtype, &wg));
            let err = Some((e1.max_rel.max(e2.max_rel), e1.passed() && e2.passed()));
            drop((out, grad));

            let elem = dtype.size() as f64 * (n * v) as f64;
            let shape_s = format!("{n}x{v}");
            let mut push = |name: &str, imp: &str, ms: f64, bytes: f64, peak: u64, err: Option<(f64, bool)>, base: Option<f64>| {
                rows.push(Row::memory_bound(name, &shape_s, dtype, imp, ms, bytes, peak, err, base));
            };
            let fwd = op.forward(&logits, &targets)?;
            let one = GpuTensor::from_bytes(ctx, DType::F32, &[1], bytemuck::bytes_of(&1.0f32))?;
            let unfused = || -> Result<()> {
                let f = op.forward(&logits, &targets)?;
                op.backward(&logits, &targets, &f, &one).map(drop)
            };
            let t_u = time_ms(ctx, opts.quick, unfused)?;
            let p_u = peak_extra_bytes(ctx, unfused)?;
            let t_new = time_ms(ctx, opts.quick, || op.forward_backward(&logits, &targets, 1.0).map(drop))?;
            let p_new = peak_extra_bytes(ctx, || op.forward_backward(&logits, &targets, 1.0).map(drop))?;
            let t_f = time_ms(ctx, opts.quick, || op.forward(&logits, &targets).map(drop))?;
            let p_f = peak_extra_bytes(ctx, || op.forward(&logits, &targets).map(drop))?;
            drop(fwd);
            // In place last: it turns the logits into gradients (still finite, same cost).
            let t_ip = time_ms(ctx, opts.quick, || op.forward_backward_in_place(&logits, &targets, 1.0).map(drop))?;
            let p_ip = peak_extra_bytes(ctx, || op.forward_backward_in_place(&logits, &targets, 1.0).map(drop))?;
            let t_ipu = time_ms(ctx, opts.quick, || unchecked.forward_backward_in_place(&logits, &targets, 1.0).map(drop))?;
            push("ce_fwd_bwd", "pmetal fused in place", t_ip, 2.0 * elem, p_ip, err, Some(t_u));
            push("ce_fwd_bwd", "pmetal fused in place, targets unchecked", t_ipu, 2.0 * elem, p_ip, None, Some(t_u));
            push("ce_fwd_bwd", "pmetal fused new grad", t_new, 2.0 * elem, p_new, err, Some(t_u));
            push("ce_fwd_bwd", "pmetal unfused (fwd, then bwd)", t_u, 2.0 * elem, p_u, None, None);
            push("ce_fwd", "pmetal fused", t_f, elem, p_f, None, None);
        }
    }
    progress(total, total, "cross_entropy done");
    Ok(())
}
