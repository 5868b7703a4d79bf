//! RMSNorm cases: forward (fused vs our two-kernel baseline), backward, forward+backward.

use super::{is_cpu_device, peak_extra_bytes, time_ms, Options, Row};
use pmetal_metal::reference::rmsnorm as reference;
use crate::verify::{compare, download, reduction_tolerance, tolerance, upload, Rng};
use pmetal_metal::{DType, GpuTensor, MetalContext, Result, RmsNorm};

const EPS: f32 = 1e-6;

fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize)> {
    if quick || is_cpu_device(ctx) {
        vec![(64, 1024), (33, 4097)]
    } else {
        vec![(16384, 4096), (4096, 4097)]
    }
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    let dtypes = opts.dtypes();
    let total = shapes.len() * dtypes.len();
    let mut rng = Rng::new(opts.seed);
    let op = RmsNorm::new(ctx, EPS)?;
    let mut step = 0;
    for &(r, h) in &shapes {
        for &dtype in &dtypes {
            progress(step, total, &format!("rmsnorm {dtype} {r}x{h}"));
            step += 1;
            if h % 2 == 1 && dtype != DType::BF16 && !opts.quick {
                continue;
            }
            let shape = [r, h];
            let n = r * h;
            let (x, xh) = upload(ctx, dtype, &shape, &rng.normals(n, 2.0))?;
            let (w, wh) = upload(ctx, dtype, &[h], &rng.normals(h, 0.5).into_iter().map(|v| v + 1.0).collect::<Vec<_>>())?;
            let (dy, dyh) = upload(ctx, dtype, &shape, &rng.normals(n, 1.0))?;

            let fwd = op.forward(&x, &w)?;
            let (wy, _) = reference::forward(&xh, &wh, h, EPS as f64, 0.0);
            let fe = compare(&download(&fwd.y)?, &wy, tolerance(dtype));
            let (dx, dw) = op.backward(&x, &w, &fwd.rstd, &dy)?;
            let (wdx, wdw) = reference::backward(&xh, &wh, &dyh, h, EPS as f64, 0.0);
            let e1 = compare(&download(&dx)?, &wdx, reduction_tolerance(dtype, &wdx));
            let e2 = compare(&download(&dw)?, &wdw, reduction_tolerance(dtype, &wdw));
            let (be, bok) = (e1.max_rel.max(e2.max_rel), e1.passed() && e2.passed());
            drop((dx, dw));

            let elem = dtype.size() as f64 * n as f64;
            let shape_s = format!("{r}x{h}");
            let mut push = |name: &str, imp: &str, ms: f64, bytes: f64, peak: u64, err: Option<(f64, bool)>, base: Option<f64>| {
                rows.push(Row::memory_bound(name, &shape_s, dtype, imp, ms, bytes, peak, err, base));
            };
            // Bytes as in shared/peers/peers.py: forward reads x, writes y (2 tensors);
            // backward reads x, dy and writes dx (3; w, rstd and dw are negligible).
            let (y, rstd) = (GpuTensor::empty(ctx, dtype, &shape)?, GpuTensor::empty(ctx, DType::F32, &[r])?);
            let t_f = time_ms(ctx, opts.quick, || op.forward_into(&x, None, &w, &y, None, &rstd))?;
            let p_f = peak_extra_bytes(ctx, || op.forward(&x, &w).map(drop))?;
            let t_u = time_ms(ctx, opts.quick, || op.forward_unfused(&x, &w).map(drop))?;
            let p_u = peak_extra_bytes(ctx, || op.forward_unfused(&x, &w).map(drop))?;
            push("rmsnorm_fwd", "pmetal fused", t_f, 2.0 * elem, p_f, Some((fe.max_rel, fe.passed())), Some(t_u));
            push("rmsnorm_fwd", "pmetal unfused", t_u, 2.0 * elem, p_u, None, None);

            let (dxb, dwb) = (GpuTensor::empty(ctx, dtype, &shape)?, GpuTensor::empty(ctx, dtype, &[h])?);
            let t_b = time_ms(ctx, opts.quick, || op.backward_into(&x, &w, &rstd, &dy, &dxb, &dwb))?;
            let p_b = peak_extra_bytes(ctx, || op.backward(&x, &w, &rstd, &dy).map(drop))?;
            push("rmsnorm_bwd", "pmetal fused", t_b, 3.0 * elem, p_b, Some((be, bok)), None);
            let fb = || -> Result<()> {
                op.forward_into(&x, None, &w, &y, None, &rstd)?;
                op.backward_into(&x, &w, &rstd, &dy, &dxb, &dwb)
            };
            let t_fb = time_ms(ctx, opts.quick, fb)?;
            push("rmsnorm_fwd_bwd", "pmetal fused", t_fb, 5.0 * elem, p_f + p_b, Some((be, bok)), None);
        }
    }
    progress(total, total, "rmsnorm done");
    Ok(())
}
