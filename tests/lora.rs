//! Fused dual-K GEMM and fused LoRA (linear, RMSNorm + LoRA, SwiGLU MLP) against the f64
//! references on every runtime present (lavapipe runs the unit path; CUDA the cmma path
//! for f16/bf16): forward and gradients, ranks 1..256, odd sizes, dropout, bad input.

mod common;

use common::{check, on_every_runtime};
use pmetal_metal::reference::lora as reference;
use pmetal_metal::reference::matmul::term_scale;
use common::verify::{download, poisoned, round_to, tolerance_at_scale, upload, Rng};
use pmetal_metal::{DType, FusedGemm, FusedGemmCall, GemmPath, GemmSegment, GpuTensor, MetalContext};

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
        // (m, n, k1, k2): tiles' tails on every dimension, K2 of 1, whole vectors
        // everywhere, one odd K past 4096.
        let mut shapes = vec![(33, 31, 17, 1), (70, 65, 40, 16), (64, 96, 48, 16), (5, 9, 4097, 3)];
        if ctx.backend() != pmetal_metal::Backend::Vulkan {
            shapes.extend([(300, 520, 260, 32), (16, 700, 512, 8), (700, 16, 512, 8)]);
        }
        for dtype in DType::FLOATS {
            // Every inner path: the unit kernel, the matrix-unit kernel with emulated
            // fragments of both sizes (its data path, here without matrix units), and
            // the real fragments where the device has them for this dtype.
            // (The emulated paths have their own, smaller test: each of their kernels is a
            // slow compile on lavapipe.)
            // The library path (cubek with K concatenated) too; on lavapipe on the two
            // small shapes (each cubek problem is a compile there).
            let mut paths = vec![GemmPath::Unit, GemmPath::Library];
            if FusedGemm::new(ctx).has_matrix_units(dtype) {
                paths.push(GemmPath::MatrixUnits);
            }
            for path in paths {
            let op = FusedGemm::new(ctx).with_path(path);
            let few = path == GemmPath::Library && ctx.backend() == pmetal_metal::Backend::Vulkan;
            for (si, &(m, n, k1, k2)) in shapes.iter().enumerate().take(if few { 2 } else { usize::MAX }) {
                for (ti, &(ta, tb)) in [(false, true), (true, false), (false, false), (true, true)].iter().enumerate() {
                    if shapes[si].2 == 4097 && ti > 0 {
                        continue;
                    }
                    let what = format!("{path:?} {dtype} {m}x{n} k1 {k1} k2 {k2} ta {ta} tb {tb}");
                    let (a1, a1h) = input(ctx, rng, dtype, &stored(m, k1, ta), 1.0);
                    let (b1, b1h) = input(ctx, rng, dtype, &stored(k1, n, tb), 1.0);
                    let (a2, a2h) = input(ctx, rng, dtype, &stored(m, k2, !ta), 1.0);
                    let (b2, b2h) = input(ctx, rng, dtype, &stored(k2, n, !tb), 1.0);
                    let (bias, bh) = input(ctx, rng, dtype, &[n], 1.0);
                    // Powers of two: the matrix-unit path scales the operands as it stages them
                    // in their own dtype, exact only for these.
                    let (alpha1, alpha2) = (0.5, -2.0);
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
        }
    });
}

/// The matrix-unit kernel's data path (tiles, vector loads in both layouts, register
/// prefetch, prologue, staged epilogue) with emulated fragments: CUDA's 16-wide
/// fragments (three layouts where the compile is quick, one on lavapipe), Metal's 8-wide
/// in all four, f32, f16 and bf16 (16-bit words on lavapipe), whole vectors and tails.
/// Few cases: each is a slow compile on lavapipe.
#[test]
fn matrix_unit_kernel_data_path_emulated() {
    on_every_runtime("fused_gemm emulated fragments", |ctx, rng| {
        let trans = [(false, true), (true, false), (false, false), (true, true)];
        // (fragment, dtype, (m, n, k1, k2), transpositions, rmsnorm prologue)
        // 16-wide fragments emulated on lavapipe's 8-lane planes are slow compiles there
        // (LLVM's coroutine frames for the barriers; measured 106 s for the f32 case, 326 s
        // and 167 s for the 16-bit ones, against 3-13 s for an 8-wide case). Lavapipe keeps
        // the f32 one; the 16-bit ones run where the compile is quick (CUDA, whose real
        // 16-wide fragments `fused_gemm_matches_reference` also runs). Their layouts and
        // tails are in the 8-wide cases too.
        let mut cases: Vec<(usize, DType, (usize, usize, usize, usize), &[(bool, bool)], bool)> = vec![
            (16, DType::F32, (70, 65, 40, 16), &trans[..1], false),
            (8, DType::BF16, (70, 65, 40, 16), &trans, true),
            (8, DType::F16, (40, 33, 17, 1), &trans[2..3], false),
            // The skinny tilings (N or M of rank size: LoRA's t, g, dA and dB GEMMs).
            (8, DType::F16, (100, 16, 72, 8), &trans[..2], true),
            (8, DType::F32, (13, 90, 64, 5), &trans[1..3], false),
        ];
        if ctx.backend() != pmetal_metal::Backend::Vulkan {
            cases.push((16, DType::BF16, (64, 96, 48, 16), &trans[1..2], true));
            cases.push((16, DType::F16, (40, 33, 17, 1), &trans[2..3], false));
        }
        for (fragment, dtype, (m, n, k1, k2), ts, prologue) in cases {
            let op = FusedGemm::new(ctx).with_path(GemmPath::Emulated { fragment });
            for &(ta, tb) in ts {
                let what = format!("emulated {fragment} {dtype} {m}x{n} k1 {k1} k2 {k2} ta {ta} tb {tb} prologue {prologue}");
                let (a1, a1h) = input(ctx, rng, dtype, &stored(m, k1, ta), 1.0);
                let (b1, b1h) = input(ctx, rng, dtype, &stored(k1, n, tb), 1.0);
                let (a2, a2h) = input(ctx, rng, dtype, &stored(m, k2, !ta), 1.0);
                let (b2, b2h) = input(ctx, rng, dtype, &stored(k2, n, !tb), 1.0);
                let (bias, bh) = input(ctx, rng, dtype, &[n], 1.0);
                let (rs, rsh) = upload(ctx, DType::F32, &[m], &(0..m).map(|i| 0.5 + (i % 3) as f64 * 0.25).collect::<Vec<_>>()).unwrap();
                let (cs, csh) = input(ctx, rng, dtype, &[k1], 1.0);
                let mut call = FusedGemmCall::new(GemmSegment::new(&a1, ta, &b1, tb)).with_second(GemmSegment::new(&a2, !ta, &b2, !tb), -2.0).with_bias(Some(&bias));
                // The prologue'd A1 as the kernel stages it: scaled in f32, rounded to dtype.
                let mut a1p = a1h.clone();
                if prologue {
                    call = call.with_row_scale(&rs).with_col_scale(&cs, 1.0);
                    for (idx, v) in a1p.iter_mut().enumerate() {
                        let (i, k) = if ta { (idx % m, idx / m) } else { (idx / k1, idx % k1) };
                        *v *= rsh[i] * (csh[k] + 1.0);
                    }
                    a1p = round_to(dtype, &a1p);
                }
                let out = poisoned(ctx, dtype, &[m, n]).unwrap();
                let t0 = std::time::Instant::now();
                op.run(&call, &out).unwrap();
                ctx.sync().unwrap();
                eprintln!("{what}: {:.1} s (compile + run)", t0.elapsed().as_secs_f64());
                let p = reference::dual_gemm(&a1p, &b1h, (ta, tb), &a2h, &b2h, (!ta, !tb), (m, n, k1, k2), 1.0, -2.0);
                let want: Vec<f64> = p.iter().enumerate().map(|(i, v)| v + bh[i % n]).collect();
                let scale = term_scale(&a1p, &b1h, m, k1, n, ta, tb) + 2.0 * term_scale(&a2h, &b2h, m, k2, n, !ta, !tb);
                check(&what, &download(&out).unwrap(), &want, tolerance_at_scale(dtype, scale));
            }
        }
    });
}

use pmetal_metal::reference::lora::Dims;
use common::verify::rms;
use pmetal_metal::{Dropout, LoraLinear, LoraMlp, LoraWeights, PmetalError, RmsNormLora};

/// (m, in, out, r): ranks 1..256, SIMD/tile edges 31/33, rank above the feature counts.
const CASES: &[(usize, usize, usize, usize)] = &[(33, 31, 17, 1), (31, 33, 65, 8), (16, 64, 48, 16), (9, 40, 24, 64), (5, 24, 40, 256)];
/// Odd feature counts past 4096 (small M: lavapipe is slow), and a hidden size of 16K + 1
/// (the K loops at a real model's width).
const WIDE: &[(usize, usize, usize, usize)] = &[(3, 4097, 5, 8), (2, 9, 4095, 4), (2, 16385, 3, 4)];

/// Scale of the terms of `op(a) op(b)` (see `reference::matmul::term_scale`).
fn ts(a: &[f64], b: &[f64], (m, k, n): (usize, usize, usize), ta: bool, tb: bool) -> f64 {
    term_scale(a, b, m, k, n, ta, tb)
}

struct Layer {
    x: (GpuTensor, Vec<f64>),
    w: (GpuTensor, Vec<f64>),
    bias: (GpuTensor, Vec<f64>),
    a: (GpuTensor, Vec<f64>),
    b: (GpuTensor, Vec<f64>),
    dy: (GpuTensor, Vec<f64>),
}

fn layer(ctx: &MetalContext, rng: &mut Rng, dtype: DType, d: Dims) -> Layer {
    let k = 1.0 / (d.inf as f64).sqrt();
    Layer {
        x: input(ctx, rng, dtype, &[d.m, d.inf], 1.0),
        w: input(ctx, rng, dtype, &[d.outf, d.inf], k),
        bias: input(ctx, rng, dtype, &[d.outf], 0.5),
        a: input(ctx, rng, dtype, &[d.r, d.inf], k),
        b: input(ctx, rng, dtype, &[d.outf, d.r], 0.5),
        dy: input(ctx, rng, dtype, &[d.m, d.outf], 1.0),
    }
}

/// Forward and backward of one LoRA layer against the reference.
fn check_lora(ctx: &MetalContext, l: &Layer, dtype: DType, d: Dims, s: f32, with_bias: bool, drop: Option<Dropout>) {
    check_lora_on(ctx, l, dtype, d, s, with_bias, drop, GemmPath::Auto)
}

#[allow(clippy::too_many_arguments)]
fn check_lora_on(ctx: &MetalContext, l: &Layer, dtype: DType, d: Dims, s: f32, with_bias: bool, drop: Option<Dropout>, path: GemmPath) {
    let what = format!("lora {path:?} {dtype} m{} in{} out{} r{} s{s} bias {with_bias} drop {drop:?}", d.m, d.inf, d.outf, d.r);
    let op = LoraLinear::new(ctx, s).unwrap().with_dropout(drop).unwrap().with_path(path);
    let wts = LoraWeights::new(&l.w.0, &l.a.0, &l.b.0).with_bias(with_bias.then_some(&l.bias.0));
    let f = op.forward(&l.x.0, &wts).unwrap();
    let round = |v: &[f64]| round_to(dtype, v);
    let dr = drop.map(|d| (d.p, d.seed));
    let (y, t) = reference::forward(&l.x.1, &l.w.1, with_bias.then_some(&l.bias.1[..]), &l.a.1, &l.b.1, s as f64, d, dr, &round);
    let (m, i, o, r) = (d.m, d.inf, d.outf, d.r);
    let sy = ts(&l.x.1, &l.w.1, (m, i, o), false, true) + (s as f64).abs() * ts(&t, &l.b.1, (m, r, o), false, true);
    check(&format!("{what} t"), &download(&f.t).unwrap(), &t, tolerance_at_scale(dtype, ts(&l.x.1, &l.a.1, (m, i, r), false, true) * 2.0));
    check(&format!("{what} y"), &download(&f.y).unwrap(), &y, tolerance_at_scale(dtype, sy));
    let g = op.backward(&l.x.0, &wts, Some(&f.t), &l.dy.0).unwrap();
    let (dx, da, db) = reference::backward(&l.x.1, &l.w.1, &l.a.1, &l.b.1, s as f64, &l.dy.1, d, dr, &round);
    let gr: Vec<f64> = reference::dual_gemm(&l.dy.1, &l.b.1, (false, false), &[], &[], (false, false), (m, r, o, 0), s as f64, 0.0);
    let sdx = ts(&l.dy.1, &l.w.1, (m, o, i), false, false) + ts(&gr, &l.a.1, (m, r, i), false, false) * 2.0;
    check(&format!("{what} dx"), &download(&g.dx).unwrap(), &dx, tolerance_at_scale(dtype, sdx));
    check(&format!("{what} dA"), &download(&g.da).unwrap(), &da, tolerance_at_scale(dtype, 2.0 * ts(&gr, &l.x.1, (r, m, i), true, false)));
    check(&format!("{what} dB"), &download(&g.db).unwrap(), &db, tolerance_at_scale(dtype, 2.0 * (s as f64).abs() * ts(&l.dy.1, &t, (o, m, r), true, false)));
}

#[test]
fn lora_linear_matches_reference() {
    on_every_runtime("lora linear", |ctx, rng| {
        for dtype in DType::FLOATS {
            // Tiles' worth of work where time is cheap (not lavapipe): many cubes of the
            // matrix-unit kernel, K tiles of both segments, every skinny tiling.
            let more: &[(usize, usize, usize, usize)] =
                if ctx.backend() == pmetal_metal::Backend::Vulkan { &[] } else { &[(257, 1031, 263, 16), (384, 1024, 320, 64)] };
            for (ci, &(m, inf, outf, r)) in CASES.iter().chain(WIDE).chain(more).enumerate() {
                let d = Dims { m, inf, outf, r };
                let l = layer(ctx, rng, dtype, d);
                check_lora(ctx, &l, dtype, d, 2.0, ci % 2 == 0, None);
                // Dropout on two cases per dtype (the mask is the reference's hash).
                if ci == 1 || ci == 3 {
                    check_lora(ctx, &l, dtype, d, 0.5, true, Some(Dropout { p: 0.25, seed: 1234 + ci as u32 }));
                }
            }
        }
    });
}

/// The library path (cubek's GEMM, adapter and bias folded in along K) on every runtime:
/// on CUDA it is what `Auto` runs (every test here covers it); this runs it on lavapipe
/// too, on a few cases (each cubek problem is a compile there): the linear layer with and
/// without bias, forward and backward, with dropout (its calls fall back to pmetal's own
/// kernel), and RMSNorm + LoRA (the prologue applied as A is packed).
#[test]
fn lora_library_path_matches_reference() {
    on_every_runtime("lora library path", |ctx, rng| {
        for dtype in [DType::F32, DType::BF16] {
            for (ci, &(m, inf, outf, r)) in CASES[..2].iter().enumerate() {
                let d = Dims { m, inf, outf, r };
                let l = layer(ctx, rng, dtype, d);
                check_lora_on(ctx, &l, dtype, d, 2.0, ci == 0, None, GemmPath::Library);
                if ci == 1 {
                    check_lora_on(ctx, &l, dtype, d, 0.5, true, Some(Dropout { p: 0.25, seed: 99 }), GemmPath::Library);
                }
            }
            let (m, inf, outf, r) = (17, 33, 31, 8);
            let d = Dims { m, inf, outf, r };
            let l = layer(ctx, rng, dtype, d);
            let (wn, wnh) = input(ctx, rng, dtype, &[inf], 1.0);
            let (s, eps, offset) = (0.75f32, 1e-5f32, 1.0f32);
            let op = RmsNormLora::new(ctx, eps, s).unwrap().with_offset(offset).with_path(GemmPath::Library);
            let wts = LoraWeights::new(&l.w.0, &l.a.0, &l.b.0).with_bias(Some(&l.bias.0));
            let f = op.forward(&l.x.0, &wn, &wts).unwrap();
            let round = |v: &[f64]| round_to(dtype, v);
            let (y, t) = reference::rmsnorm_lora_forward(&l.x.1, &wnh, offset as f64, eps as f64, &l.w.1, Some(&l.bias.1), &l.a.1, &l.b.1, s as f64, d, None, &round);
            let xn = reference::rmsnorm(&l.x.1, &wnh, offset as f64, m, inf, eps as f64);
            let what = format!("rmsnorm+lora library {dtype}");
            check(&format!("{what} t"), &download(&f.t).unwrap(), &t, tolerance_at_scale(dtype, 2.0 * ts(&xn, &l.a.1, (m, inf, r), false, true)));
            let sy = ts(&xn, &l.w.1, (m, inf, outf), false, true) + ts(&t, &l.b.1, (m, r, outf), false, true);
            check(&format!("{what} y"), &download(&f.y).unwrap(), &y, tolerance_at_scale(dtype, sy));
        }
    });
}

#[test]
fn scale_zero_is_exactly_the_base_layer_and_infer_matches() {
    on_every_runtime("lora scale 0", |ctx, rng| {
        for dtype in DType::FLOATS {
            let d = Dims { m: 19, inf: 37, outf: 23, r: 8 };
            let l = layer(ctx, rng, dtype, d);
            let wts = LoraWeights::new(&l.w.0, &l.a.0, &l.b.0).with_bias(Some(&l.bias.0));
            let y = LoraLinear::new(ctx, 0.0).unwrap().forward(&l.x.0, &wts).unwrap().y;
            let base = FusedGemm::new(ctx)
                .forward(&FusedGemmCall::new(GemmSegment::new(&l.x.0, false, &l.w.0, true)).with_bias(Some(&l.bias.0)), dtype)
                .unwrap();
            assert_eq!(y.to_bytes().unwrap(), base.to_bytes().unwrap(), "{dtype}: scale 0 differs from the base layer");
            let op = LoraLinear::new(ctx, 1.5).unwrap();
            let y1 = op.forward(&l.x.0, &wts).unwrap().y;
            let y2 = op.infer(&l.x.0, &wts).unwrap();
            assert_eq!(y1.to_bytes().unwrap(), y2.to_bytes().unwrap(), "{dtype}: infer differs from forward");
            // Backward without the saved t recomputes it: same gradients.
            let f = op.forward(&l.x.0, &wts).unwrap();
            let g1 = op.backward(&l.x.0, &wts, Some(&f.t), &l.dy.0).unwrap();
            let g2 = op.backward(&l.x.0, &wts, None, &l.dy.0).unwrap();
            assert_eq!(g1.db.to_bytes().unwrap(), g2.db.to_bytes().unwrap(), "{dtype}: recomputed t");
        }
    });
}

#[test]
fn rmsnorm_lora_matches_reference() {
    on_every_runtime("rmsnorm lora", |ctx, rng| {
        for dtype in DType::FLOATS {
            for (ci, &(m, inf, outf, r)) in [(17, 33, 31, 8), (6, 40, 20, 64), (3, 4097, 7, 16)].iter().enumerate() {
                let d = Dims { m, inf, outf, r };
                let l = layer(ctx, rng, dtype, d);
                let (wn, wnh) = input(ctx, rng, dtype, &[inf], 1.0);
                let offset = if ci == 1 { 1.0 } else { 0.0 };
                let drop = (ci == 0).then_some(Dropout { p: 0.125, seed: 77 });
                let (s, eps) = (0.75f32, 1e-5f32);
                let what = format!("rmsnorm+lora {dtype} m{m} in{inf} out{outf} r{r} offset {offset} drop {drop:?}");
                let op = RmsNormLora::new(ctx, eps, s).unwrap().with_offset(offset).with_dropout(drop).unwrap();
                let wts = LoraWeights::new(&l.w.0, &l.a.0, &l.b.0).with_bias(Some(&l.bias.0));
                let f = op.forward(&l.x.0, &wn, &wts).unwrap();
                let round = |v: &[f64]| round_to(dtype, v);
                let dr = drop.map(|d| (d.p, d.seed));
                let (y, t) = reference::rmsnorm_lora_forward(&l.x.1, &wnh, offset as f64, eps as f64, &l.w.1, Some(&l.bias.1), &l.a.1, &l.b.1, s as f64, d, dr, &round);
                let xn = reference::rmsnorm(&l.x.1, &wnh, offset as f64, m, inf, eps as f64);
                let sy = ts(&xn, &l.w.1, (m, inf, outf), false, true) + ts(&t, &l.b.1, (m, r, outf), false, true);
                check(&format!("{what} rstd"), &download(&f.rstd).unwrap(), &reference::rstd(&l.x.1, m, inf, eps as f64), tolerance_at_scale(DType::F32, 0.0));
                check(&format!("{what} t"), &download(&f.t).unwrap(), &t, tolerance_at_scale(dtype, 2.0 * ts(&xn, &l.a.1, (m, inf, r), false, true)));
                check(&format!("{what} y"), &download(&f.y).unwrap(), &y, tolerance_at_scale(dtype, sy));
                let g = op.backward(&l.x.0, &wn, &wts, &f, &l.dy.0).unwrap();
                let (dx, dwn, da, db) = reference::rmsnorm_lora_backward(&l.x.1, &wnh, offset as f64, eps as f64, &l.w.1, &l.a.1, &l.b.1, s as f64, &l.dy.1, d, dr, &round);
                // Through the norm's backward the error is that of d x_hat, carried by rstd
                // and the weight: tolerance at the scale of the result and its terms.
                let gt = |want: &[f64]| tolerance_at_scale(dtype, 4.0 * rms(want));
                check(&format!("{what} dx"), &download(&g.dx).unwrap(), &dx, gt(&dx));
                check(&format!("{what} d_norm_weight"), &download(&g.d_norm_weight).unwrap(), &dwn, gt(&dwn));
                check(&format!("{what} dA"), &download(&g.da).unwrap(), &da, gt(&da));
                check(&format!("{what} dB"), &download(&g.db).unwrap(), &db, gt(&db));
            }
        }
    });
}

#[test]
fn lora_mlp_matches_reference() {
    on_every_runtime("lora mlp", |ctx, rng| {
        for dtype in DType::FLOATS {
            let (m, hidden, inter, r) = (13, 24, 40, 8);
            let s = 2.0f32;
            let gi = Dims { m, inf: hidden, outf: inter, r };
            let dd = Dims { m, inf: inter, outf: hidden, r };
            let (g, u, dn) = (layer(ctx, rng, dtype, gi), layer(ctx, rng, dtype, gi), layer(ctx, rng, dtype, dd));
            let x = &g.x;
            let dy = &dn.dy;
            fn w(l: &Layer) -> LoraWeights<'_> {
                LoraWeights::new(&l.w.0, &l.a.0, &l.b.0)
            }
            let h = |l: &Layer| (l.w.1.clone(), l.a.1.clone(), l.b.1.clone());
            let (hg, hu, hd) = (h(&g), h(&u), h(&dn));
            fn t3(v: &(Vec<f64>, Vec<f64>, Vec<f64>)) -> (&[f64], &[f64], &[f64]) {
                (v.0.as_slice(), v.1.as_slice(), v.2.as_slice())
            }
            let op = LoraMlp::new(ctx, s).unwrap();
            let f = op.forward(&x.0, &w(&g), &w(&u), &w(&dn)).unwrap();
            let round = |v: &[f64]| round_to(dtype, v);
            let (y, _, _, _) = reference::mlp_forward(&x.1, t3(&hg), t3(&hu), t3(&hd), s as f64, (m, hidden, inter, r), &round);
            let gt = |want: &[f64]| tolerance_at_scale(dtype, 4.0 * rms(want));
            check(&format!("mlp {dtype} y"), &download(&f.y).unwrap(), &y, gt(&y));
            let gr = op.backward(&x.0, &w(&g), &w(&u), &w(&dn), &f, &dy.0).unwrap();
            let (dx, ads) = reference::mlp_backward(&x.1, t3(&hg), t3(&hu), t3(&hd), s as f64, &dy.1, (m, hidden, inter, r), &round);
            check(&format!("mlp {dtype} dx"), &download(&gr.dx).unwrap(), &dx, gt(&dx));
            for (p, ((da, db), (wa, wb))) in ["gate", "up", "down"].iter().zip(gr.d_adapters.iter().zip(&ads)) {
                check(&format!("mlp {dtype} {p} dA"), &download(da).unwrap(), wa, gt(wa));
                check(&format!("mlp {dtype} {p} dB"), &download(db).unwrap(), wb, gt(wb));
            }
        }
    });
}

#[test]
fn unfused_baseline_matches_reference() {
    on_every_runtime("lora unfused", |ctx, rng| {
        // One f32 case: the baseline runs cubek's matmuls (a compile per problem on lavapipe).
        let dtype = DType::F32;
        let d = Dims { m: 9, inf: 20, outf: 12, r: 4 };
        let l = layer(ctx, rng, dtype, d);
        let op = LoraLinear::new(ctx, 1.5).unwrap();
        let wts = LoraWeights::new(&l.w.0, &l.a.0, &l.b.0);
        let id = |v: &[f64]| round_to(dtype, v);
        let (y, t) = reference::forward(&l.x.1, &l.w.1, None, &l.a.1, &l.b.1, 1.5, d, None, &id);
        let tol = |w: &[f64]| tolerance_at_scale(dtype, 4.0 * rms(w));
        check("unfused y", &download(&op.forward_unfused(&l.x.0, &wts).unwrap()).unwrap(), &y, tol(&y));
        let f = op.forward(&l.x.0, &wts).unwrap();
        let g = op.backward_unfused(&l.x.0, &wts, &f.t, &l.dy.0).unwrap();
        let (dx, da, db) = reference::backward(&l.x.1, &l.w.1, &l.a.1, &l.b.1, 1.5, &l.dy.1, d, None, &id);
        let _ = t;
        check("unfused dx", &download(&g.dx).unwrap(), &dx, tol(&dx));
        check("unfused dA", &download(&g.da).unwrap(), &da, tol(&da));
        check("unfused dB", &download(&g.db).unwrap(), &db, tol(&db));
    });
}

#[test]
fn bad_input_is_a_typed_error() {
    on_every_runtime("lora bad input", |ctx, rng| {
        let mut f = |shape: &[usize]| input(ctx, rng, DType::F32, shape, 1.0).0;
        let (x, w, a, b) = (f(&[4, 8]), f(&[6, 8]), f(&[2, 8]), f(&[6, 2]));
        let (b_rank, a_in, w_bad, x3) = (f(&[6, 3]), f(&[2, 7]), f(&[6, 7]), f(&[8]));
        let (bias_bad, dy_bad, wn_bad, out) = (f(&[5]), f(&[4, 5]), f(&[7]), f(&[4, 6]));
        let b16 = input(ctx, rng, DType::F16, &[6, 2], 1.0).0;
        let op = LoraLinear::new(ctx, 1.0).unwrap();
        let ok = LoraWeights::new(&w, &a, &b);
        assert!(op.forward(&x, &ok).is_ok());
        assert!(matches!(op.forward(&x, &LoraWeights::new(&w, &a, &b_rank)), Err(PmetalError::ShapeMismatch(_))), "rank mismatch A/B");
        assert!(matches!(op.forward(&x, &LoraWeights::new(&w, &a_in, &b)), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward(&x, &LoraWeights::new(&w_bad, &a, &b)), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward(&x3, &ok), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward(&x, &LoraWeights::new(&w, &a, &b16)), Err(PmetalError::DTypeMismatch { .. })));
        assert!(matches!(op.forward(&x, &ok.with_bias(Some(&bias_bad))), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.backward(&x, &ok, None, &dy_bad), Err(PmetalError::ShapeMismatch(_))));
        let empty = GpuTensor::empty(ctx, DType::F32, &[0, 8]).unwrap();
        assert!(matches!(op.forward(&empty, &ok), Err(PmetalError::Empty(_))));
        let a0 = GpuTensor::empty(ctx, DType::F32, &[0, 8]).unwrap();
        let b0 = GpuTensor::empty(ctx, DType::F32, &[6, 0]).unwrap();
        assert!(matches!(op.forward(&x, &LoraWeights::new(&w, &a0, &b0)), Err(PmetalError::Empty(_))));
        assert!(matches!(LoraLinear::new(ctx, f32::NAN), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(op.clone().with_dropout(Some(Dropout { p: 1.0, seed: 0 })), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(RmsNormLora::new(ctx, 0.0, 1.0), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(RmsNormLora::new(ctx, 1e-6, 1.0).unwrap().forward(&x, &wn_bad, &ok), Err(PmetalError::ShapeMismatch(_))));
        // The fused GEMM itself: inner dims and a second product of the wrong shape.
        let g = FusedGemm::new(ctx);
        assert!(matches!(g.run(&FusedGemmCall::new(GemmSegment::new(&x, false, &a_in, true)), &out), Err(PmetalError::ShapeMismatch(_))));
        let call = FusedGemmCall::new(GemmSegment::new(&x, false, &w, true)).with_second(GemmSegment::new(&x, false, &b, false), 1.0);
        assert!(matches!(g.run(&call, &out), Err(PmetalError::ShapeMismatch(_))));
    });
}

#[test]
fn multi_adapter_matches_reference() {
    use pmetal_metal::reference::matmul::matmul;
    use pmetal_metal::MultiLoraWeights;
    on_every_runtime("lora multi-adapter", |ctx, rng| {
        for dtype in DType::FLOATS {
            // 3 adapters of rank 4; rows use 0, 1, 2 and -1 / 7 (no adapter).
            let (m, inf, outf, rank, n) = (11, 37, 29, 4, 3);
            let d = Dims { m, inf, outf, r: n * rank };
            let l = layer(ctx, rng, dtype, d);
            let idx: Vec<i64> = (0..m as i64).map(|i| match i % 5 { 3 => -1, 4 => 7, k => k }).collect();
            let (it, _) = upload(ctx, DType::I32, &[m], &idx.iter().map(|&v| v as f64).collect::<Vec<_>>()).unwrap();
            let s = 2.0f32;
            let op = LoraLinear::new(ctx, s).unwrap();
            let wts = MultiLoraWeights { w: &l.w.0, bias: Some(&l.bias.0), a: &l.a.0, b: &l.b.0, rank, adapter: &it };
            let f = op.forward_multi(&l.x.0, &wts).unwrap();
            let round = |v: &[f64]| round_to(dtype, v);
            let (y, t) = reference::forward_multi(&l.x.1, &l.w.1, Some(&l.bias.1), &l.a.1, &l.b.1, s as f64, d, rank, &idx, &round);
            let tol = |w: &[f64], extra: f64| tolerance_at_scale(dtype, 4.0 * rms(w) + extra);
            let what = format!("multi-adapter {dtype}");
            check(&format!("{what} t"), &download(&f.t).unwrap(), &t, tol(&t, 0.0));
            check(&format!("{what} y"), &download(&f.y).unwrap(), &y, tol(&y, 0.0));
            // Rows without an adapter are exactly the base layer's.
            let base = FusedGemm::new(ctx)
                .forward(&FusedGemmCall::new(GemmSegment::new(&l.x.0, false, &l.w.0, true)).with_bias(Some(&l.bias.0)), dtype)
                .unwrap();
            let (yb, bb) = (download(&f.y).unwrap(), download(&base).unwrap());
            for i in (0..m).filter(|&i| !(0..n as i64).contains(&idx[i])) {
                assert_eq!(&yb[i * outf..(i + 1) * outf], &bb[i * outf..(i + 1) * outf], "{what}: row {i} (no adapter)");
            }
            // Backward: g = s dy B zeroed outside each row's block; dx = dy W + g A,
            // dA = g^T x, dB = s dy^T t.
            let g = op.backward_multi(&l.x.0, &wts, &f.t, &l.dy.0).unwrap();
            let nr = n * rank;
            let mut gr: Vec<f64> = matmul(&l.dy.1, &l.b.1, m, outf, nr, false, false).iter().map(|v| s as f64 * v).collect();
            for i in 0..m {
                for c in 0..nr {
                    if idx[i] != (c / rank) as i64 {
                        gr[i * nr + c] = 0.0;
                    }
                }
            }
            let gr = round(&gr);
            let dx: Vec<f64> = matmul(&l.dy.1, &l.w.1, m, outf, inf, false, false).iter().zip(matmul(&gr, &l.a.1, m, nr, inf, false, false)).map(|(p, q)| p + q).collect();
            let da = matmul(&gr, &l.x.1, nr, m, inf, true, false);
            let db: Vec<f64> = matmul(&l.dy.1, &t, outf, m, nr, true, false).iter().map(|v| s as f64 * v).collect();
            check(&format!("{what} dx"), &download(&g.dx).unwrap(), &dx, tol(&dx, 0.0));
            check(&format!("{what} dA"), &download(&g.da).unwrap(), &da, tol(&da, 0.0));
            check(&format!("{what} dB"), &download(&g.db).unwrap(), &db, tol(&db, 0.0));
        }
        // A rank that does not divide A's rows, and indices of the wrong length: typed errors.
        let f32t = |rng: &mut Rng, shape: &[usize]| input(ctx, rng, DType::F32, shape, 1.0).0;
        let (x, w, a, b) = (f32t(rng, &[4, 8]), f32t(rng, &[6, 8]), f32t(rng, &[6, 8]), f32t(rng, &[6, 6]));
        let (it, _) = upload(ctx, DType::I32, &[4], &[0.0, 1.0, 2.0, 0.0]).unwrap();
        let (it3, _) = upload(ctx, DType::I32, &[3], &[0.0, 1.0, 2.0]).unwrap();
        let op = LoraLinear::new(ctx, 1.0).unwrap();
        assert!(op.forward_multi(&x, &MultiLoraWeights { w: &w, bias: None, a: &a, b: &b, rank: 4, adapter: &it }).is_err());
        assert!(matches!(op.forward_multi(&x, &MultiLoraWeights { w: &w, bias: None, a: &a, b: &b, rank: 2, adapter: &it3 }), Err(PmetalError::ShapeMismatch(_))));
        assert!(op.forward_multi(&x, &MultiLoraWeights { w: &w, bias: None, a: &a, b: &b, rank: 2, adapter: &it }).is_ok());
    });
}
