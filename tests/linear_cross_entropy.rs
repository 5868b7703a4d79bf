//! Fused linear cross-entropy against the f64 reference (full logits, full softmax) on
//! every runtime present: loss and the gradients of hidden, weight and bias.

mod common;

use common::{ce_params, check, on_every_runtime};
use pmetal_metal::reference::linear_cross_entropy as reference;
use common::verify::{download, reduction_tolerance, rms, round_to, tolerance_at_scale, upload, Tolerance};
use pmetal_metal::{CrossEntropyConfig, DType, GpuTensor, LinearCrossEntropy, LinearCrossEntropyPlan, Matmul, PmetalError, Reduction};

/// (tokens, hidden, vocab, block): one block, several blocks with a tail, a block per
/// column edge, vocab 1, Llama 3's vocabulary (128,256) with the rest tiny, and enough
/// tokens for several token chunks with a tail on every device's view alignment.
const CASES: &[(usize, usize, usize, usize)] = &[(1, 8, 1, 1024), (5, 16, 31, 8), (33, 32, 1000, 256), (17, 24, 4099, 1024), (3, 8, 128256, 8192), (200, 12, 300, 64)];

/// Both plans on every case: vocabulary blocks of the case's width, and token chunks of
/// about a third of the tokens (rounded up to the device's alignment granule).
fn plans(n: usize, block: usize, op: LinearCrossEntropy) -> [(String, LinearCrossEntropy); 2] {
    let chunk = n.div_ceil(3);
    [
        (format!("block {block}"), op.clone().with_plan(LinearCrossEntropyPlan::VocabBlocks).with_block(block)),
        (format!("chunk {chunk}"), op.with_plan(LinearCrossEntropyPlan::TokenChunks).with_chunk(chunk)),
    ]
}

#[test]
fn matches_reference() {
    on_every_runtime("linear_cross_entropy", |ctx, rng| {
        let base = CrossEntropyConfig::default();
        let cfgs = [
            (base, false),
            (CrossEntropyConfig { label_smoothing: 0.1, z_loss: 1e-3, softcap: Some(10.0), reduction: Reduction::Sum, ..base }, true),
        ];
        for (cfg, with_bias) in cfgs {
            for dtype in DType::FLOATS {
                for &(n, h, v, block) in CASES {
                    for (plan, op) in plans(n, block, LinearCrossEntropy::with_config(ctx, cfg).unwrap()) {
                        let what = format!("{dtype} {n}x{h}x{v} {plan} bias {with_bias} {:?}", cfg.reduction);
                        let (hid, hh) = upload(ctx, dtype, &[n, h], &rng.normals(n * h, 1.0)).unwrap();
                        let (w, wh) = upload(ctx, dtype, &[v, h], &rng.normals(v * h, 0.5)).unwrap();
                        let (b, bh) = upload(ctx, dtype, &[v], &rng.normals(v, 0.5)).unwrap();
                        let th: Vec<i64> = (0..n).map(|r| if r % 4 == 3 { -100 } else { (rng.next_u64() % v as u64) as i64 }).collect();
                        let (tg, _) = upload(ctx, DType::I32, &[n], &th.iter().map(|&t| t as f64).collect::<Vec<_>>()).unwrap();
                        let bias = with_bias.then_some(&b);
                        let bias_h = with_bias.then_some(&bh[..]);
                        let r = op.forward_backward(&hid, &w, bias, &tg, 1.0).unwrap();
                        // The logits (and their gradient) are held in the input dtype between the
                        // GEMMs and the loss, as in an unfused model of that dtype; the reference
                        // rounds them the same way. (Bias is added in f32 after the rounding, a
                        // difference the tolerance absorbs.)
                        let round = |x: &[f64]| round_to(dtype, x);
                        let (wrl, wlse, wl) = reference::forward(&ce_params(&cfg), &hh, &wh, bias_h, &th, h, v, &round);
                        let lt = reduction_tolerance(dtype, &wlse);
                        check(&format!("{what} row loss"), &download(&r.out.row_loss).unwrap(), &wrl, lt);
                        if cfg.reduction != Reduction::None {
                            check(&format!("{what} loss"), &download(&r.out.loss).unwrap(), &[wl], lt);
                        }
                        let (dh, dw, db) = reference::backward(&ce_params(&cfg), &hh, &wh, bias_h, &th, h, v, &[1.0], &round);
                        // Gradients are sums over the vocabulary (d_hidden) or tokens (d_weight)
                        // of products: tolerance at the scale of the terms summed.
                        let gt = |want: &[f64], terms: f64| tolerance_at_scale(dtype, rms(want).max(terms));
                        // d_logits are O(1/n) under a mean and O(1) under a sum (or none): one
                        // rounding flip of an O(1) f16 d_logit moves a d_weight sum by ~1e-3
                        // (seen: f16 33x32x1000 Sum, 8e-4 against a 1/n-scaled floor of 1e-4).
                        let g_scale = if cfg.reduction == Reduction::Mean { 1.0 / n as f64 } else { 1.0 };
                        // d_hidden sums `vocab` products in f32 (the token-chunk plan all
                        // 128,256 in one GEMM); the rounding of such a sum walks like
                        // sqrt(vocab) * eps_f32 of the sum's own size (seen: 5.6e-5 at 0.6, 2.2
                        // such steps), so that much relative error, at five steps, on top of
                        // the table (which covers sums up to 8192 terms).
                        let long_sum = (v as f64 / 8192.0).sqrt().max(1.0);
                        let walk = 5.0 * (v as f64).sqrt() * f32::EPSILON as f64;
                        let dh_tol = gt(&dh, g_scale * 0.5 * long_sum);
                        let dh_tol = Tolerance { rtol: dh_tol.rtol + walk, ..dh_tol };
                        check(&format!("{what} d_hidden"), &download(&r.d_hidden).unwrap(), &dh, dh_tol);
                        check(&format!("{what} d_weight"), &download(&r.d_weight).unwrap(), &dw, gt(&dw, g_scale));
                        match (&r.d_bias, with_bias) {
                            (Some(d), true) => check(&format!("{what} d_bias"), &download(d).unwrap(), &db, gt(&db, g_scale)),
                            (None, false) => {}
                            _ => panic!("{what}: d_bias given exactly when a bias is"),
                        }
                        // The loss-only path agrees with the fused one.
                        let f = op.forward(&hid, &w, bias, &tg).unwrap();
                        check(&format!("{what} forward-only row loss"), &download(&f.row_loss).unwrap(), &wrl, lt);
                    }
                }
            }
        }
    });
}

#[test]
fn bad_input_is_a_typed_error() {
    on_every_runtime("linear_cross_entropy bad input", |ctx, rng| {
        let op = LinearCrossEntropy::new(ctx);
        let (hid, _) = upload(ctx, DType::F32, &[4, 8], &rng.normals(32, 1.0)).unwrap();
        let (w, _) = upload(ctx, DType::F32, &[10, 8], &rng.normals(80, 1.0)).unwrap();
        let (w_bad, _) = upload(ctx, DType::F32, &[10, 7], &rng.normals(70, 1.0)).unwrap();
        let (w_f16, _) = upload(ctx, DType::F16, &[10, 8], &rng.normals(80, 1.0)).unwrap();
        let (b_bad, _) = upload(ctx, DType::F32, &[9], &rng.normals(9, 1.0)).unwrap();
        let (tg, _) = upload(ctx, DType::I32, &[4], &[1.0, 2.0, 3.0, 4.0]).unwrap();
        let (tg_out, _) = upload(ctx, DType::I32, &[4], &[1.0, 10.0, 3.0, 4.0]).unwrap();
        let (tg3, _) = upload(ctx, DType::I32, &[3], &[1.0, 2.0, 3.0]).unwrap();
        assert!(matches!(op.forward_backward(&hid, &w_bad, None, &tg, 1.0), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward_backward(&hid, &w_f16, None, &tg, 1.0), Err(PmetalError::DTypeMismatch { .. })));
        assert!(matches!(op.forward_backward(&hid, &w, Some(&b_bad), &tg, 1.0), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward_backward(&hid, &w, None, &tg3, 1.0), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward_backward(&hid, &w, None, &tg_out, 1.0), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(op.forward(&hid, &w, None, &tg_out), Err(PmetalError::InvalidArgument(_))));
        let empty = GpuTensor::empty(ctx, DType::F32, &[0, 8]).unwrap();
        let (tg0, _) = upload(ctx, DType::I32, &[0], &[]).unwrap();
        assert!(matches!(op.forward(&empty, &w, None, &tg0), Err(PmetalError::Empty(_))));
        assert!(matches!(
            LinearCrossEntropy::with_config(ctx, CrossEntropyConfig { label_smoothing: 2.0, ..Default::default() }),
            Err(PmetalError::InvalidArgument(_))
        ));
    });
}

#[test]
fn auto_takes_token_chunks_where_the_matmul_accumulates_in_place() {
    on_every_runtime("linear_cross_entropy plan", |ctx, _| {
        let op = LinearCrossEntropy::new(ctx);
        let chunks = Matmul::new(ctx).tries_cublaslt();
        let want = if chunks { LinearCrossEntropyPlan::TokenChunks } else { LinearCrossEntropyPlan::VocabBlocks };
        assert_eq!(op.resolved_plan(), want);
        let name = op.plan_name(DType::BF16, 8192, 4096, 128256);
        assert!(name.contains(if chunks { "token chunks of 512" } else { "vocabulary blocks of 1024" }), "{name}");
        let pinned = op.with_plan(LinearCrossEntropyPlan::VocabBlocks);
        assert_eq!(pinned.resolved_plan(), LinearCrossEntropyPlan::VocabBlocks);
    });
}
