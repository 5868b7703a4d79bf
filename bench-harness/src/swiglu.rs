//! SwiGLU cases: forward and forward+backward, fused vs our unfused baseline.

use super::{peak_extra_bytes, time_ms, Options, Row};
use pmetal_metal::reference::swiglu as reference;
use crate::verify::{compare, download, tolerance, upload, Rng};
use pmetal_metal::{DType, GpuTensor, MetalContext, Result, SwiGlu};

/// (rows, hidden) per dtype: the Llama-3-8B MLP shape on a real GPU, small on CPU drivers.
fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize)> {
    if quick || super::is_cpu_device(ctx) {
        vec![(64, 1024), (33, 4097)]
    } else {
        vec![(8192, 14336), (4096, 14337)]
    }
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    let dtypes = opts.dtypes();
    let total = shapes.len() * dtypes.len();
    let mut step = 0;
    let mut rng = Rng::new(opts.seed);
    let op = SwiGlu::new(ctx);
    for &(r, h) in &shapes {
        for &dtype in &dtypes {
            // The full-size odd shape only in bf16: it is there to show the tail cost.
            if h % 2 == 1 && dtype != DType::BF16 && !opts.quick {
                step += 1;
                continue;
            }
            let shape = [r, h];
            let label = format!("swiglu {dtype} {r}x{h}");
            progress(step, total, &label);
            step += 1;
            let n = r * h;
            let (g, gh) = upload(ctx, dtype, &shape, &rng.normals(n, 3.0))?;
            let (u, uh) = upload(ctx, dtype, &shape, &rng.normals(n, 1.0))?;
            let (dh, dhh) = upload(ctx, dtype, &shape, &rng.normals(n, 1.0))?;
            let tol = tolerance(dtype);

            // Verify fused forward and backward against the reference.
            let out = op.forward(&g, &u)?;
            let fwd_err = compare(&download(&out)?, &reference::forward(reference::Activation::Silu, &gh, &uh), tol);
            let (dg, du) = op.backward(&g, &u, &dh)?;
            let (wdg, wdu) = reference::backward(reference::Activation::Silu, &gh, &uh, &dhh);
            let e1 = compare(&download(&dg)?, &wdg, tol);
            let e2 = compare(&download(&du)?, &wdu, tol);
            let bwd_err = e1.max_rel.max(e2.max_rel);
            let bwd_ok = e1.passed() && e2.passed();
            drop((out, dg, du));

            let elem = dtype.size() as f64 * n as f64;
            // Byte counts as in shared/peers/peers.py: forward 3 tensors, fwd+bwd 7.
            let fwd_bytes = 3.0 * elem;
            let fb_bytes = 7.0 * elem;
            let shape_s = format!("{r}x{h}");
            let mut push = |name: &str, imp: &str, ms: f64, bytes: f64, peak: u64, err: Option<(f64, bool)>, base: Option<f64>| {
                rows.push(Row::memory_bound(name, &shape_s, dtype, imp, ms, bytes, peak, err, base));
            };

            let fused_out = GpuTensor::empty(ctx, dtype, &shape)?;
            let t_fused = time_ms(ctx, opts.quick, || op.forward_into(&g, &u, &fused_out))?;
            let p_fused = peak_extra_bytes(ctx, || op.forward(&g, &u).map(drop))?;
            let t_unf = time_ms(ctx, opts.quick, || op.forward_unfused(&g, &u).map(drop))?;
            let p_unf = peak_extra_bytes(ctx, || op.forward_unfused(&g, &u).map(drop))?;
            push("swiglu_fwd", "pmetal fused", t_fused, fwd_bytes, p_fused, Some((fwd_err.max_rel, fwd_err.passed())), Some(t_unf));
            push("swiglu_fwd", "pmetal unfused", t_unf, fwd_bytes, p_unf, None, None);

            let (dgb, dub) = (GpuTensor::empty(ctx, dtype, &shape)?, GpuTensor::empty(ctx, dtype, &shape)?);
            let fb_fused = || -> Result<()> {
                op.forward_into(&g, &u, &fused_out)?;
                op.backward_into(&g, &u, &dh, &dgb, &dub)
            };
            let t_fb = time_ms(ctx, opts.quick, fb_fused)?;
            let p_fb = peak_extra_bytes(ctx, || {
                let h = op.forward(&g, &u)?;
                let grads = op.backward(&g, &u, &dh)?;
                drop((h, grads));
                Ok(())
            })?;
            let fb_unf = || -> Result<()> {
                let h = op.forward_unfused(&g, &u)?;
                let grads = op.backward_unfused(&g, &u, &dh)?;
                drop((h, grads));
                Ok(())
            };
            let t_fb_unf = time_ms(ctx, opts.quick, fb_unf)?;
            let p_fb_unf = peak_extra_bytes(ctx, fb_unf)?;
            push("swiglu_fwd_bwd", "pmetal fused", t_fb, fb_bytes, p_fb, Some((bwd_err, bwd_ok)), Some(t_fb_unf));
            push("swiglu_fwd_bwd", "pmetal unfused", t_fb_unf, fb_bytes, p_fb_unf, None, None);
        }
    }
    progress(total, total, "swiglu done");
    Ok(())
}
