//! The matmul op (cuBLASLt on CUDA where present, cubek-matmul everywhere) against the f64
//! reference on every runtime present: all transpositions, f32/f16/bf16, odd sizes,
//! accumulation, row views, batches.

mod common;

use common::on_every_runtime;
use pmetal_metal::reference::matmul as reference;
use common::verify::{compare, download, poisoned, tolerance_at_scale, upload, Rng};
use pmetal_metal::{Backend, DType, GpuTensor, MatView, Matmul, MatmulAlgorithm, MetalContext, PmetalError};

/// (m, k, n): ones, SIMD edges 31/33 and an odd K past 4096. Every distinct problem is a
/// kernel compile (~1.5 s each on lavapipe), so CI keeps to these three.
const SHAPES: &[(usize, usize, usize)] = &[(1, 1, 1), (31, 33, 17), (31, 4097, 17)];
/// More, on devices where time is cheap (not lavapipe): a vector, tiles' worth, a big one.
const MORE: &[(usize, usize, usize)] = &[(33, 31, 1), (1, 4097, 3), (5, 4097, 7), (64, 96, 80), (257, 1031, 263), (512, 4096, 384)];
const TRANS: [(bool, bool); 4] = [(false, true), (false, false), (true, false), (true, true)];

fn stored(rows_cols: (usize, usize), trans: bool) -> [usize; 2] {
    if trans { [rows_cols.1, rows_cols.0] } else { [rows_cols.0, rows_cols.1] }
}

fn input(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize]) -> (GpuTensor, Vec<f64>) {
    let n = shape.iter().product();
    upload(ctx, dtype, shape, &rng.normals(n, 1.0)).unwrap()
}

#[allow(clippy::too_many_arguments)]
fn check(what: &str, out_dtype: DType, got: &GpuTensor, want: &[f64], scale: f64) {
    let got = download(got).unwrap();
    let c = compare(&got, want, tolerance_at_scale(out_dtype, scale));
    assert!(
        c.passed(),
        "{what}: {} of {} elements out of tolerance, worst at {}: got {} want {} (max rel {:.3e})",
        c.failures, want.len(), c.worst, got[c.worst], want[c.worst], c.max_rel
    );
}

fn shapes(ctx: &MetalContext) -> Vec<(usize, usize, usize)> {
    let mut s = SHAPES.to_vec();
    if ctx.backend() != Backend::Vulkan {
        s.extend_from_slice(MORE);
    }
    s
}

#[test]
fn matches_reference_all_transpositions_and_dtypes() {
    on_every_runtime("matmul", |ctx, rng| {
        let op = Matmul::new(ctx);
        for dtype in DType::FLOATS {
            for out_dtype in [dtype, DType::F32] {
                for (ta, tb) in TRANS {
                    // lavapipe compiles each cubek kernel in seconds: there f16 (a kernel set of
                    // its own) and the f32-output variants run the logits case only. bf16
                    // reuses the f32 kernels there (it is widened first), so it runs all.
                    let lean = ctx.backend() == Backend::Vulkan && (out_dtype != dtype || dtype == DType::F16);
                    if lean && (ta, tb) != (false, true) {
                        continue;
                    }
                    for (m, k, n) in shapes(ctx) {
                        let (a, ah) = input(ctx, rng, dtype, &stored((m, k), ta));
                        let (b, bh) = input(ctx, rng, dtype, &stored((k, n), tb));
                        let out = poisoned(ctx, out_dtype, &[m, n]).unwrap();
                        let t0 = std::time::Instant::now();
                        let alg = op.run(&a, &b, &out, ta, tb, false).unwrap();
                        ctx.sync().unwrap();
                        if std::env::var_os("MM_TIME").is_some() { eprintln!("{dtype}->{out_dtype} {ta} {tb} {m} {k} {n}: {:?}", t0.elapsed()); }
                        let want = reference::matmul(&ah, &bh, m, k, n, ta, tb);
                        let scale = reference::term_scale(&ah, &bh, m, k, n, ta, tb);
                        let what = format!("{dtype}->{out_dtype} ta={ta} tb={tb} m={m} k={k} n={n} [{alg}]");
                        check(&what, out_dtype, &out, &want, scale);
                    }
                }
                if dtype == DType::F32 {
                    break; // f32 -> f32 only once
                }
            }
        }
    });
}

/// A K at a real hidden size (16K + 1; M and N tiny), the logits case and the weight
/// gradient's transposed A: every GEMM loops over K, and lavapipe cuts an invocation's
/// loops off after 65,535 trips in all (docs/notes/lavapipe-loop-limit.md).
#[test]
fn long_k() {
    on_every_runtime("matmul long k", |ctx, rng| {
        let op = Matmul::new(ctx);
        let (m, k, n) = (3, 16385, 5);
        for dtype in [DType::F32, DType::BF16] {
            for (ta, tb) in [(false, true), (true, false)] {
                let (a, ah) = input(ctx, rng, dtype, &stored((m, k), ta));
                let (b, bh) = input(ctx, rng, dtype, &stored((k, n), tb));
                let out = poisoned(ctx, dtype, &[m, n]).unwrap();
                let alg = op.run(&a, &b, &out, ta, tb, false).unwrap();
                let want = reference::matmul(&ah, &bh, m, k, n, ta, tb);
                let scale = reference::term_scale(&ah, &bh, m, k, n, ta, tb);
                check(&format!("{dtype} ta={ta} tb={tb} m={m} k={k} n={n} [{alg}]"), dtype, &out, &want, scale);
            }
        }
    });
}

#[test]
fn accumulates_into_existing_output() {
    on_every_runtime("matmul accumulate", |ctx, rng| {
        for (dtype, out_dtype) in [(DType::BF16, DType::F32), (DType::F32, DType::F32), (DType::BF16, DType::BF16), (DType::F16, DType::F32)] {
            // dW += G^T H: a transposed, the lead case; and the plain one.
            for (ta, tb) in [(true, false), (false, false)] {
                let (m, k, n) = (37, 129, 45);
                let (a, ah) = input(ctx, rng, dtype, &stored((m, k), ta));
                let (b, bh) = input(ctx, rng, dtype, &stored((k, n), tb));
                let (c, ch) = input(ctx, rng, out_dtype, &[m, n]);
                let alg = pmetal_metal::kernels::matmul::Matmul::new(ctx).run(&a, &b, &c, ta, tb, true).unwrap();
                // twice: accumulation really adds to what is there
                pmetal_metal::matmul_accumulate(ctx, &a, &b, &c, ta, tb).unwrap();
                let p = reference::matmul(&ah, &bh, m, k, n, ta, tb);
                let want: Vec<f64> = ch.iter().zip(&p).map(|(c, p)| c + 2.0 * p).collect();
                let scale = 2.0 * reference::term_scale(&ah, &bh, m, k, n, ta, tb);
                check(&format!("accumulate {dtype}->{out_dtype} ta={ta} [{alg}]"), out_dtype, &c, &want, scale);
            }
        }
    });
}

#[test]
fn row_views_read_and_write_in_place() {
    on_every_runtime("matmul row views", |ctx, rng| {
        // Rows of H [N, K] times W [V, K]^T into rows of a logits buffer [N, V]; then
        // dW += G[rows]^T H[rows]. Row counts chosen so offsets meet the view alignment.
        let (rows_total, k, v) = (96, 64, 40);
        for dtype in [DType::F32, DType::BF16] {
            let (h, hh) = input(ctx, rng, dtype, &[rows_total, k]);
            let (w, wh) = input(ctx, rng, dtype, &[v, k]);
            let logits = poisoned(ctx, DType::F32, &[rows_total, v]).unwrap();
            let (r0, r1) = (32, 64); // 32*64*2 = 4096 bytes into H (bf16), 32*40*4 into logits
            Matmul::new(ctx).run(MatView::rows(&h, r0..r1), &w, MatView::rows(&logits, r0..r1), false, true, false).unwrap_or_else(|e| panic!("{e}"));
            let got = download(&logits).unwrap();
            let want = reference::matmul(&hh[r0 * k..r1 * k], &wh, r1 - r0, k, v, false, true);
            let scale = reference::term_scale(&hh[r0 * k..r1 * k], &wh, r1 - r0, k, v, false, true);
            let c = compare(&got[r0 * v..r1 * v], &want, tolerance_at_scale(DType::F32, scale));
            assert!(c.passed(), "{dtype} view logits: {} failures, worst {} got {} want {}", c.failures, c.worst, got[r0 * v + c.worst], want[c.worst]);
            assert!(got[..r0 * v].iter().chain(&got[r1 * v..]).all(|x| x.is_nan()), "{dtype}: rows outside the view were written");

            let (g, gh) = input(ctx, rng, dtype, &[rows_total, v]);
            let dw = GpuTensor::from_bytes(ctx, DType::F32, &[v, k], &vec![0u8; v * k * 4]).unwrap();
            for (s, e) in [(0, 32), (32, 96)] {
                pmetal_metal::matmul_accumulate(ctx, MatView::rows(&g, s..e), MatView::rows(&h, s..e), &dw, true, false).unwrap();
            }
            let want = reference::matmul(&gh, &hh, v, rows_total, k, true, false);
            let scale = reference::term_scale(&gh, &hh, v, rows_total, k, true, false);
            check(&format!("{dtype} chunked dW"), DType::F32, &dw, &want, scale);
        }
    });
}

#[test]
fn batched() {
    on_every_runtime("matmul batched", |ctx, rng| {
        let (bs, m, k, n) = (3, 17, 33, 9);
        for (ta, tb) in TRANS {
            let sa = [&[bs][..], &stored((m, k), ta)].concat();
            let sb = [&[bs][..], &stored((k, n), tb)].concat();
            let (a, ah) = input(ctx, rng, DType::F32, &sa);
            let (b, bh) = input(ctx, rng, DType::F32, &sb);
            let out = Matmul::new(ctx).forward(&a, &b, ta, tb, DType::F32).unwrap();
            assert_eq!(out.shape(), &[bs, m, n]);
            let got = download(&out).unwrap();
            for i in 0..bs {
                let (ai, bi) = (&ah[i * m * k..(i + 1) * m * k], &bh[i * k * n..(i + 1) * k * n]);
                let want = reference::matmul(ai, bi, m, k, n, ta, tb);
                let scale = reference::term_scale(ai, bi, m, k, n, ta, tb);
                let c = compare(&got[i * m * n..(i + 1) * m * n], &want, tolerance_at_scale(DType::F32, scale));
                assert!(c.passed(), "batch {i} ta={ta} tb={tb}: {} failures", c.failures);
            }
        }
    });
}

#[test]
fn algorithms_on_this_device() {
    // Every algorithm either runs correctly or refuses cleanly (no panic, no wrong result).
    on_every_runtime("matmul algorithms", |ctx, rng| {
        let (m, k, n) = (64, 80, 48);
        let dtype = if ctx.info().native_bf16 { DType::BF16 } else { DType::F32 };
        let (a, ah) = input(ctx, rng, dtype, &[m, k]);
        let (b, bh) = input(ctx, rng, dtype, &[n, k]);
        let want = reference::matmul(&ah, &bh, m, k, n, false, true);
        let scale = reference::term_scale(&ah, &bh, m, k, n, false, true);
        let mut ran = Vec::new();
        let mut wrong = Vec::new();
        let chain = Matmul::new(ctx).chain(dtype);
        for alg in MatmulAlgorithm::ALL {
            if alg.needs_matrix_units() && !ctx.info().has_matrix_units {
                continue;
            }
            let out = poisoned(ctx, DType::F32, &[m, n]).unwrap();
            match Matmul::new(ctx).with_algorithm(alg).allow_tf32(true).run(&a, &b, &out, false, true, false) {
                Ok(_) => {
                    let t = if dtype == DType::F32 && alg.needs_matrix_units() { DType::BF16 } else { DType::F32 };
                    let what = format!("{alg} {dtype}");
                    // The algorithms the library picks itself must be right; a pinned one
                    // that is wrong is reported (and should be refused by `launch`).
                    if chain.contains(&alg) {
                        check(&what, t, &out, &want, scale);
                    } else if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&what, t, &out, &want, scale))).is_err() {
                        wrong.push(alg.name());
                        continue;
                    }
                    ran.push(alg.name());
                }
                Err(e) => eprintln!("  {alg}: refused: {e}"),
            }
        }
        eprintln!("  ran: {ran:?}; wrong when pinned: {wrong:?}");
        assert!(ran.contains(&"simple_unit"), "the unit kernel must run everywhere");
    });
}

#[test]
fn rejects_bad_input() {
    on_every_runtime("matmul errors", |ctx, rng| {
        let (a, _) = input(ctx, rng, DType::F32, &[4, 8]);
        let (b, _) = input(ctx, rng, DType::F32, &[8, 5]);
        let (bh, _) = input(ctx, rng, DType::F16, &[8, 5]);
        let out = poisoned(ctx, DType::F32, &[4, 5]).unwrap();
        let bad = poisoned(ctx, DType::F32, &[5, 4]).unwrap();
        let out16 = poisoned(ctx, DType::F16, &[4, 5]).unwrap();
        let v = poisoned(ctx, DType::F32, &[8]).unwrap();
        let i = GpuTensor::from_bytes(ctx, DType::I32, &[8, 5], &[0; 160]).unwrap();
        let mm = |a: &GpuTensor, b: &GpuTensor, o: &GpuTensor, ta, tb| pmetal_metal::matmul(ctx, a, b, o, ta, tb);
        assert!(matches!(mm(&a, &b, &bad, false, false), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(mm(&a, &b, &out, true, false), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(mm(&a, &b, &out, false, true), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(mm(&a, &bh, &out, false, false), Err(PmetalError::DTypeMismatch { .. })));
        assert!(matches!(mm(&a, &b, &out16, false, false), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(mm(&a, &v, &out, false, false), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(mm(&a, &i, &out, false, false), Err(PmetalError::UnsupportedDType { .. })));
        // Row view: empty, out of range, misaligned (1 row of 8 f32 = 32 bytes).
        let r = |s, e| pmetal_metal::matmul(ctx, MatView::rows(&a, s..e), &b, MatView::rows(&out, s..e), false, false);
        assert!(matches!(r(2, 2), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(r(0, 9), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(r(1, 3), Err(PmetalError::InvalidArgument(_))));
        let b3 = poisoned(ctx, DType::F32, &[2, 8, 5]).unwrap();
        assert!(matches!(mm(&a, &b3, &out, false, false), Err(PmetalError::ShapeMismatch(_))));
    });
}

/// cuBLASLt is in the chain, first, exactly where the context has it (CUDA with feature
/// `cublaslt` and the library loaded); pinned where it cannot run it is a typed error
/// naming what is missing, and Auto reports what ran.
#[test]
fn cublaslt_only_where_available() {
    on_every_runtime("matmul cublaslt routing", |ctx, rng| {
        let has = ctx.info().cublaslt;
        assert!(!has || ctx.backend() == Backend::Cuda, "cuBLASLt on {}", ctx.backend());
        for dtype in DType::FLOATS {
            let chain = Matmul::new(ctx).chain(dtype);
            assert_eq!(chain.first() == Some(&MatmulAlgorithm::CublasLt), has, "{dtype}: {chain:?}");
            assert_eq!(chain.iter().filter(|&&a| a == MatmulAlgorithm::CublasLt).count(), has as usize, "{dtype}: {chain:?}");
        }
        assert_eq!("cublaslt".parse::<MatmulAlgorithm>().unwrap(), MatmulAlgorithm::CublasLt);
        let (m, k, n) = (8, 16, 8);
        let (a, ah) = input(ctx, rng, DType::F32, &[m, k]);
        let (b, bh) = input(ctx, rng, DType::F32, &[k, n]);
        let want = reference::matmul(&ah, &bh, m, k, n, false, false);
        let scale = reference::term_scale(&ah, &bh, m, k, n, false, false);
        let out = poisoned(ctx, DType::F32, &[m, n]).unwrap();
        let pinned = Matmul::new(ctx).with_algorithm(MatmulAlgorithm::CublasLt).run(&a, &b, &out, false, false, false);
        match pinned {
            Ok(alg) => {
                assert!(has, "pinned cublaslt ran on a context without it");
                assert_eq!(alg, MatmulAlgorithm::CublasLt);
                check("pinned cublaslt", DType::F32, &out, &want, scale);
            }
            Err(PmetalError::InvalidArgument(msg)) => {
                assert!(!has, "pinned cublaslt refused on a context that has it: {msg}");
                assert!(msg.contains("cublaslt"), "{msg}");
            }
            Err(e) => panic!("pinned cublaslt: expected InvalidArgument, got {e:?}"),
        }
        // Auto: the algorithm returned is the one that ran, and the launch is counted.
        let out = poisoned(ctx, DType::F32, &[m, n]).unwrap();
        let before = ctx.pipeline_stats().launches;
        let alg = Matmul::new(ctx).run(&a, &b, &out, false, false, false).unwrap();
        assert_eq!(alg == MatmulAlgorithm::CublasLt, has, "Auto ran {alg}");
        assert!(ctx.pipeline_stats().launches > before, "the matmul's launch was not counted");
        check(&format!("auto [{alg}]"), DType::F32, &out, &want, scale);
    });
}
