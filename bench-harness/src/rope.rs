//! RoPE cases at Llama-3-8B shapes: forward (fused vs two table-reading launches) and
//! forward+backward, layout [B, H, T, D] as in shared/peers/peers.py.

use super::{is_cpu_device, peak_extra_bytes, time_ms, Options, Row};
use pmetal_metal::reference::rope as reference;
use crate::verify::{compare, download, reduction_tolerance, upload, Rng};
use pmetal_metal::{DType, GpuBuffer, GpuTensor, MetalContext, Result, Rope, RopeConfig, RopeLayout, RopePositions};

/// (batch, seq, q heads, kv heads, head dim).
fn shapes(ctx: &MetalContext, quick: bool) -> Vec<(usize, usize, usize, usize, usize)> {
    if quick || is_cpu_device(ctx) {
        vec![(1, 64, 8, 2, 128)]
    } else {
        vec![(8, 2048, 32, 8, 128)]
    }
}

/// `cfg`'s RoPE reading a cos/sin table of positions `[0, end)` built on the host, as eager
/// frameworks materialise it: the unfused baseline runs on it, so its rows time the two
/// table-reading launches and not the table's construction.
fn tabulated(ctx: &MetalContext, cfg: RopeConfig, end: usize) -> Result<Rope> {
    let (freqs, mscale) = cfg.frequencies(end);
    let (mut cos, mut sin) = (Vec::with_capacity(end * freqs.len()), Vec::with_capacity(end * freqs.len()));
    for p in 0..end {
        for &f in &freqs {
            // The angle rounded to f32 as the kernel forms it, then cos/sin in f64.
            let a = (p as f32 * f as f32) as f64;
            cos.push((a.cos() * mscale) as f32);
            sin.push((a.sin() * mscale) as f32);
        }
    }
    let c = GpuBuffer::from_slice(ctx, &cos, &[end, freqs.len()])?;
    let s = GpuBuffer::from_slice(ctx, &sin, &[end, freqs.len()])?;
    Rope::with_cache(ctx, cfg, &c, &s)
}

/// Checks the rotated heads of a few tokens of `out` against the reference.
#[allow(clippy::too_many_arguments)]
fn verify(cfg: &RopeConfig, x: &[f64], out: &[f64], batch: usize, seq: usize, heads: usize, transpose: bool, dtype: DType) -> (f64, bool) {
    // The bench's RoPE is unscaled and rotate-half; the oracle sees one token at a time.
    debug_assert!(cfg.scaling == pmetal_metal::RopeScaling::None && cfg.style == pmetal_metal::RopeStyle::RotateHalf);
    let one = reference::Params {
        head_dim: cfg.head_dim,
        rotary_dim: cfg.rotary_dim,
        theta: cfg.theta,
        scaling: reference::Scaling::None,
        style: reference::Style::RotateHalf,
        layout: reference::Layout::Bshd,
    };
    let (freqs, mscale) = (one.frequencies(seq), one.attention_factor());
    let d = cfg.head_dim;
    let (mut worst, mut ok) = (0.0f64, true);
    for b in [0, batch - 1] {
        for s in [0, seq / 2, seq - 1] {
            let at = |h: usize, e: usize| ((b * heads + h) * seq + s) * d + e;
            let xi: Vec<f64> = (0..heads).flat_map(|h| (0..d).map(move |e| (h, e))).map(|(h, e)| x[at(h, e)]).collect();
            let got: Vec<f64> = (0..heads).flat_map(|h| (0..d).map(move |e| (h, e))).map(|(h, e)| out[at(h, e)]).collect();
            let want = reference::apply(&one, &freqs, mscale, &xi, 1, 1, heads, &[s], transpose);
            let c = compare(&got, &want, reduction_tolerance(dtype, &want));
            worst = worst.max(c.max_rel);
            ok &= c.passed();
        }
    }
    (worst, ok)
}

pub fn run(ctx: &MetalContext, opts: &Options, rows: &mut Vec<Row>, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<()> {
    let shapes = shapes(ctx, opts.quick);
    let dtypes = opts.dtypes();
    let total = shapes.len() * dtypes.len();
    let mut rng = Rng::new(opts.seed);
    let mut step = 0;
    for &(b, t, hq, hk, d) in &shapes {
        let cfg = RopeConfig::new(d, 500_000.0).with_layout(RopeLayout::Bhsd);
        let rope = Rope::new(ctx, cfg)?;
        let table = tabulated(ctx, cfg, t)?;
        for &dtype in &dtypes {
            progress(step, total, &format!("rope {dtype} B{b} T{t}"));
            step += 1;
            let (qs, ks) = ([b, hq, t, d], [b, hk, t, d]);
            let (q, qh) = upload(ctx, dtype, &qs, &rng.normals(b * hq * t * d, 1.0))?;
            let (k, kh) = upload(ctx, dtype, &ks, &rng.normals(b * hk * t * d, 1.0))?;
            let pos = RopePositions::Offset(0);
            let (qo, ko) = rope.forward(&q, &k, pos)?;
            let (e1, ok1) = verify(&cfg, &qh, &download(&qo)?, b, t, hq, false, dtype);
            let (e2, ok2) = verify(&cfg, &kh, &download(&ko)?, b, t, hk, false, dtype);
            let (dq, dk) = rope.backward(&q, &k, pos)?;
            let (e3, ok3) = verify(&cfg, &qh, &download(&dq)?, b, t, hq, true, dtype);
            let (e4, ok4) = verify(&cfg, &kh, &download(&dk)?, b, t, hk, true, dtype);
            let (fe, fok) = (e1.max(e2), ok1 && ok2);
            let (be, bok) = (fe.max(e3).max(e4), fok && ok3 && ok4);

            // Bytes as in shared/peers/peers.py: q and k read and written once per pass.
            let bytes = 2.0 * ((q.numel() + k.numel()) * dtype.size() as u64) as f64;
            let shape_s = format!("B{b} T{t} H{hq}/{hk} D{d}");
            let mut push = |name: &str, imp: &str, ms: f64, bytes: f64, peak: u64, err: Option<(f64, bool)>, base: Option<f64>| {
                rows.push(Row::memory_bound(name, &shape_s, dtype, imp, ms, bytes, peak, err, base));
            };
            let t_f = time_ms(ctx, opts.quick, || rope.forward_into(&q, &k, &qo, &ko, pos))?;
            let p_f = peak_extra_bytes(ctx, || rope.forward(&q, &k, pos).map(drop))?;
            let t_u = time_ms(ctx, opts.quick, || table.forward_unfused(&q, &k, pos).map(drop))?;
            let p_u = peak_extra_bytes(ctx, || table.forward_unfused(&q, &k, pos).map(drop))?;
            push("rope_fwd", "pmetal fused", t_f, bytes, p_f, Some((fe, fok)), Some(t_u));
            push("rope_fwd", "pmetal unfused", t_u, bytes, p_u, None, None);
            let (gq, gk) = (GpuTensor::empty(ctx, dtype, &qs)?, GpuTensor::empty(ctx, dtype, &ks)?);
            let fb = || -> Result<()> {
                rope.forward_into(&q, &k, &qo, &ko, pos)?;
                rope.backward_in_place(&gq, &gk, pos)
            };
            let t_fb = time_ms(ctx, opts.quick, fb)?;
            push("rope_fwd_bwd", "pmetal fused", t_fb, 2.0 * bytes, p_f, Some((be, bok)), None);
            drop((dq, dk));
        }
    }
    progress(total, total, "rope done");
    Ok(())
}
