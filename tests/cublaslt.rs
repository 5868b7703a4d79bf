//! cuBLASLt as the matmul provider on an NVIDIA GPU: results against the f64 reference,
//! the `PMETAL_CUBLASLT=0` switch, and stream ordering / memory reuse under load with no
//! host synchronisation between calls.
//!
//! Every test here needs a CUDA device and feature `cublaslt`; where the build found no
//! NVIDIA driver (`build.rs`, cfg `pmetal_has_cuda`) or the feature is off, they are
//! `#[ignore]`d, so the summary counts them as ignored rather than passed. Run where they
//! are not ignored, a missing `libcublasLt` fails them (say so with the library on
//! `LD_LIBRARY_PATH`, e.g. PyTorch's `site-packages/nvidia/cublas/lib`).

mod common;

use common::verify::{compare, download, poisoned, tolerance_at_scale, upload, Rng, Tolerance};
use pmetal_metal::reference::matmul as reference;
use pmetal_metal::{Backend, DType, GpuTensor, MatView, Matmul, MatmulAlgorithm, MetalContext, PmetalError, SwiGlu};

const TRANS: [(bool, bool); 4] = [(false, false), (false, true), (true, false), (true, true)];
/// (m, k, n): a single element, odd edges, a vector, tile-sized and larger.
const SHAPES: &[(usize, usize, usize)] = &[(1, 1, 1), (31, 33, 17), (33, 31, 1), (1, 4097, 3), (64, 96, 80), (257, 1031, 263)];

/// The CUDA context, which must have cuBLASLt.
fn cuda() -> MetalContext {
    let ctx = MetalContext::with_backend(Backend::Cuda).unwrap_or_else(|e| panic!("no CUDA context: {e}"));
    assert!(
        ctx.info().cublaslt,
        "the CUDA context has no cuBLASLt: libcublasLt was not found (put the CUDA toolkit's lib64, or PyTorch's site-packages/nvidia/cublas/lib, on LD_LIBRARY_PATH) or PMETAL_CUBLASLT=0 is set"
    );
    ctx
}

fn stored(rows_cols: (usize, usize), trans: bool) -> Vec<usize> {
    if trans { vec![rows_cols.1, rows_cols.0] } else { vec![rows_cols.0, rows_cols.1] }
}

fn input(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize]) -> (GpuTensor, Vec<f64>) {
    let n = shape.iter().product();
    upload(ctx, dtype, shape, &rng.normals(n, 1.0)).unwrap()
}

fn check_tol(what: &str, got: &GpuTensor, want: &[f64], tol: Tolerance) {
    let got = download(got).unwrap();
    let c = compare(&got, want, tol);
    assert!(
        c.passed(),
        "{what}: {} of {} elements out of tolerance, worst at {}: got {} want {} (max rel {:.3e})",
        c.failures, want.len(), c.worst, got[c.worst], want[c.worst], c.max_rel
    );
}

fn seed() -> Rng {
    let s = common::verify::fresh_seed();
    eprintln!("seed {s} (replay: PMETAL_SEED={s})");
    Rng::new(s)
}

/// Auto runs cuBLASLt for every dtype, output dtype and transposition, and matches the
/// reference at the table's tolerance (f32 exact: `CUBLAS_COMPUTE_32F`, no tf32).
#[test]
#[cfg_attr(not(all(feature = "cublaslt", pmetal_has_cuda)), ignore = "needs an NVIDIA GPU and feature cublaslt")]
fn auto_is_cublaslt_and_matches_reference() {
    let ctx = cuda();
    let mut rng = seed();
    let op = Matmul::new(&ctx);
    for dtype in DType::FLOATS {
        assert_eq!(op.chain(dtype).first(), Some(&MatmulAlgorithm::CublasLt));
        for out_dtype in if dtype == DType::F32 { vec![DType::F32] } else { vec![dtype, DType::F32] } {
            for (ta, tb) in TRANS {
                for &(m, k, n) in SHAPES {
                    let (a, ah) = input(&ctx, &mut rng, dtype, &stored((m, k), ta));
                    let (b, bh) = input(&ctx, &mut rng, dtype, &stored((k, n), tb));
                    let out = poisoned(&ctx, out_dtype, &[m, n]).unwrap();
                    let alg = op.run(&a, &b, &out, ta, tb, false).unwrap();
                    let what = format!("{dtype}->{out_dtype} ta={ta} tb={tb} ({m},{k},{n})");
                    assert_eq!(alg, MatmulAlgorithm::CublasLt, "{what}");
                    let want = reference::matmul(&ah, &bh, m, k, n, ta, tb);
                    let scale = reference::term_scale(&ah, &bh, m, k, n, ta, tb);
                    check_tol(&what, &out, &want, tolerance_at_scale(out_dtype, scale));
                }
            }
        }
    }
    ctx.sync().unwrap();
}

/// Batched problems (two batch dims), accumulation in place (`beta = 1`) into f32 and
/// 16-bit outputs, and row views at 16-byte (not 256-byte) offsets.
#[test]
#[cfg_attr(not(all(feature = "cublaslt", pmetal_has_cuda)), ignore = "needs an NVIDIA GPU and feature cublaslt")]
fn batched_accumulate_and_views() {
    let ctx = cuda();
    let mut rng = seed();
    let op = Matmul::new(&ctx);
    let (m, k, n) = (17, 40, 9);
    for dtype in DType::FLOATS {
        for (ta, tb) in TRANS {
            let batch = [2usize, 3];
            let sa = [&batch[..], &stored((m, k), ta)].concat();
            let sb = [&batch[..], &stored((k, n), tb)].concat();
            let (a, ah) = input(&ctx, &mut rng, dtype, &sa);
            let (b, bh) = input(&ctx, &mut rng, dtype, &sb);
            let out = poisoned(&ctx, DType::F32, &[2, 3, m, n]).unwrap();
            assert_eq!(op.run(&a, &b, &out, ta, tb, false).unwrap(), MatmulAlgorithm::CublasLt);
            let got = download(&out).unwrap();
            for i in 0..6 {
                let (ai, bi) = (&ah[i * m * k..][..m * k], &bh[i * k * n..][..k * n]);
                let want = reference::matmul(ai, bi, m, k, n, ta, tb);
                let c = compare(&got[i * m * n..][..m * n], &want, tolerance_at_scale(DType::F32, reference::term_scale(ai, bi, m, k, n, ta, tb)));
                assert!(c.passed(), "batched {dtype} ta={ta} tb={tb} batch {i}: {} failures, worst {}", c.failures, c.worst);
            }
        }
        for out_dtype in [dtype, DType::F32] {
            let (ta, tb) = (true, false);
            let (a, ah) = input(&ctx, &mut rng, dtype, &stored((m, k), ta));
            let (b, bh) = input(&ctx, &mut rng, dtype, &stored((k, n), tb));
            let (c, ch) = input(&ctx, &mut rng, out_dtype, &[m, n]);
            assert_eq!(op.run(&a, &b, &c, ta, tb, true).unwrap(), MatmulAlgorithm::CublasLt);
            assert_eq!(op.run(&a, &b, &c, ta, tb, true).unwrap(), MatmulAlgorithm::CublasLt);
            let p = reference::matmul(&ah, &bh, m, k, n, ta, tb);
            let want: Vec<f64> = ch.iter().zip(&p).map(|(c, p)| c + 2.0 * p).collect();
            let scale = 2.0 * reference::term_scale(&ah, &bh, m, k, n, ta, tb) + common::verify::rms(&ch);
            check_tol(&format!("accumulate {dtype}->{out_dtype}"), &c, &want, tolerance_at_scale(out_dtype, scale));
        }
        // Rows 1..5 of an [8, 40] f32 (160-byte rows: a 16-byte-aligned view) or rows 2..6
        // of a 16-bit one (80-byte rows, offset 160), into the same rows of an [8, 12] f32
        // output (offsets 48 and 96 bytes).
        let (r0, nv) = (if dtype == DType::F32 { 1 } else { 2 }, 12);
        let (h, hh) = input(&ctx, &mut rng, dtype, &[8, k]);
        let (w, wh) = input(&ctx, &mut rng, dtype, &[nv, k]);
        let out = poisoned(&ctx, DType::F32, &[8, nv]).unwrap();
        let rows = r0..r0 + 4;
        // cuBLASLt takes operands aligned to as little as their element size (slower
        // kernels); the alignment promised to its heuristic is the views' 16 bytes.
        let alg = op.run(MatView::rows(&h, rows.clone()), &w, MatView::rows(&out, rows), false, true, false).unwrap();
        assert_eq!(alg, MatmulAlgorithm::CublasLt, "{dtype} row view at {} bytes", r0 * k * dtype.size());
        let got = download(&out).unwrap();
        let hv = &hh[r0 * k..(r0 + 4) * k];
        let want = reference::matmul(hv, &wh, 4, k, nv, false, true);
        let scale = reference::term_scale(hv, &wh, 4, k, nv, false, true);
        let c = compare(&got[r0 * nv..(r0 + 4) * nv], &want, tolerance_at_scale(DType::F32, scale));
        assert!(c.passed(), "{dtype} row view [{alg}]: {} failures", c.failures);
        assert!(got[..r0 * nv].iter().chain(&got[(r0 + 4) * nv..]).all(|x| x.is_nan()), "{dtype}: rows outside the view were written");
    }
    ctx.sync().unwrap();
}

/// Inputs of `off_switch_gives_cubek`, the same in both processes.
fn off_switch_case(ctx: &MetalContext) -> Vec<(MatmulAlgorithm, String)> {
    let mut rng = Rng::new(0x0FF5_117C);
    let mut ran = Vec::new();
    for dtype in [DType::F32, DType::BF16] {
        for (ta, tb) in TRANS {
            let (m, k, n) = (33, 65, 31);
            let (a, ah) = input(ctx, &mut rng, dtype, &stored((m, k), ta));
            let (b, bh) = input(ctx, &mut rng, dtype, &stored((k, n), tb));
            let out = poisoned(ctx, DType::F32, &[m, n]).unwrap();
            let alg = Matmul::new(ctx).run(&a, &b, &out, ta, tb, false).unwrap();
            let what = format!("{dtype} ta={ta} tb={tb} [{alg}]");
            let want = reference::matmul(&ah, &bh, m, k, n, ta, tb);
            check_tol(&what, &out, &want, tolerance_at_scale(DType::F32, reference::term_scale(&ah, &bh, m, k, n, ta, tb)));
            ran.push((alg, what));
        }
    }
    ran
}

/// `PMETAL_CUBLASLT=0` (read into `Tuning::cublaslt` when the context opens, hence a child
/// process) keeps the same problems on cubek, with the same results.
#[test]
#[cfg_attr(not(all(feature = "cublaslt", pmetal_has_cuda)), ignore = "needs an NVIDIA GPU and feature cublaslt")]
fn off_switch_gives_cubek() {
    let ctx = cuda();
    assert!(off_switch_case(&ctx).iter().all(|(alg, _)| *alg == MatmulAlgorithm::CublasLt));
    common::run_child_test("cubek_when_switched_off", true, &[("PMETAL_CUBLASLT", "0")]);
}

/// Run by `off_switch_gives_cubek` in a child process with `PMETAL_CUBLASLT=0`.
#[test]
#[ignore = "run by off_switch_gives_cubek, in a child process with PMETAL_CUBLASLT=0"]
fn cubek_when_switched_off() {
    let ctx = MetalContext::with_backend(Backend::Cuda).unwrap();
    assert_eq!(ctx.tuning().cublaslt, Some(false), "run with PMETAL_CUBLASLT=0");
    assert!(!ctx.info().cublaslt);
    for dtype in DType::FLOATS {
        assert!(!Matmul::new(&ctx).chain(dtype).contains(&MatmulAlgorithm::CublasLt));
    }
    for (alg, what) in off_switch_case(&ctx) {
        assert!(alg.is_cubek(), "{what}");
    }
    let (a, b) = (poisoned(&ctx, DType::F32, &[4, 4]).unwrap(), poisoned(&ctx, DType::F32, &[4, 4]).unwrap());
    let out = poisoned(&ctx, DType::F32, &[4, 4]).unwrap();
    match Matmul::new(&ctx).with_algorithm(MatmulAlgorithm::CublasLt).run(&a, &b, &out, false, false, false) {
        Err(PmetalError::InvalidArgument(msg)) => assert!(msg.contains("PMETAL_CUBLASLT=0"), "{msg}"),
        r => panic!("pinned cublaslt with PMETAL_CUBLASLT=0: {r:?}"),
    }
}

/// Ordering: each iteration a CubeCL kernel (SwiGLU) writes a fresh input, cuBLASLt reads
/// it, a cubek GEMM accumulates into cuBLASLt's output, and cuBLASLt accumulates that into
/// a running sum, with no synchronisation until one read at the end. Any GEMM running out
/// of order with the kernels around it loses or repeats a term of the sum.
#[test]
#[cfg_attr(not(all(feature = "cublaslt", pmetal_has_cuda)), ignore = "needs an NVIDIA GPU and feature cublaslt")]
fn ordering_with_cubecl_kernels_without_sync() {
    let ctx = cuda();
    let mut rng = seed();
    let (m, k, n, iters) = (64, 96, 80, 500);
    let (gate, _) = input(&ctx, &mut rng, DType::BF16, &[m, k]);
    let (up, _) = input(&ctx, &mut rng, DType::BF16, &[m, k]);
    let (w1, w1h) = input(&ctx, &mut rng, DType::BF16, &[n, k]);
    let (w2, w2h) = input(&ctx, &mut rng, DType::F32, &[n, n]);
    let acc = GpuTensor::from_bytes(&ctx, DType::F32, &[m, n], &vec![0u8; m * n * 4]).unwrap();
    let (auto, unit) = (Matmul::new(&ctx), Matmul::new(&ctx).with_algorithm(MatmulAlgorithm::SimpleUnit));
    let swiglu = SwiGlu::new(&ctx);
    let mut last_h = None;
    for _ in 0..iters {
        let h = swiglu.forward(&gate, &up).unwrap();
        let t = auto.forward(&h, &w1, false, true, DType::F32).unwrap();
        assert_eq!(unit.run(&h, &w1, &t, false, true, true).unwrap(), MatmulAlgorithm::SimpleUnit);
        assert_eq!(auto.run(&t, &w2, &acc, false, false, true).unwrap(), MatmulAlgorithm::CublasLt);
        last_h = Some(h);
    }
    let got = download(&acc).unwrap();
    // Every iteration computed the same h; the sum is iters · (2 h w1ᵀ) w2.
    let hh = download(&last_h.unwrap()).unwrap();
    let t = reference::matmul(&hh, &w1h, m, k, n, false, true);
    let t2: Vec<f64> = t.iter().map(|x| 2.0 * x).collect();
    let want: Vec<f64> = reference::matmul(&t2, &w2h, m, n, n, false, false).iter().map(|x| x * iters as f64).collect();
    let scale = iters as f64 * reference::term_scale(&t2, &w2h, m, n, n, false, false);
    // One lost or repeated term is an error of 1/iters of the result, far past this.
    let c = compare(&got, &want, Tolerance { rtol: 2e-4, atol: 2e-4 * scale });
    assert!(c.passed(), "ordering: {} failures, worst at {}: got {} want {}", c.failures, c.worst, got[c.worst], want[c.worst]);
}

/// Memory reuse: inputs are dropped right after the call (their memory goes back to the
/// pool before the GEMM has run) and same-size tensors are written at once (likely the
/// same memory); every result must still be that of the original inputs.
#[test]
#[cfg_attr(not(all(feature = "cublaslt", pmetal_has_cuda)), ignore = "needs an NVIDIA GPU and feature cublaslt")]
fn pool_reuse_after_drop() {
    let ctx = cuda();
    let mut rng = seed();
    let (m, k, n, iters) = (48, 160, 40, 200);
    let op = Matmul::new(&ctx);
    let mut results = Vec::new();
    for _ in 0..iters {
        let (a, ah) = input(&ctx, &mut rng, DType::BF16, &[m, k]);
        let (b, bh) = input(&ctx, &mut rng, DType::BF16, &[n, k]);
        let out = GpuTensor::empty(&ctx, DType::F32, &[m, n]).unwrap();
        assert_eq!(op.run(&a, &b, &out, false, true, false).unwrap(), MatmulAlgorithm::CublasLt);
        drop((a, b));
        let junk = (poisoned(&ctx, DType::BF16, &[m, k]).unwrap(), poisoned(&ctx, DType::BF16, &[n, k]).unwrap());
        let want = reference::matmul(&ah, &bh, m, k, n, false, true);
        let scale = reference::term_scale(&ah, &bh, m, k, n, false, true);
        results.push((out, want, scale, junk));
    }
    for (i, (out, want, scale, _)) in results.iter().enumerate() {
        let got = download(out).unwrap();
        let c = compare(&got, want, tolerance_at_scale(DType::F32, *scale));
        assert!(c.passed(), "iteration {i}: {} failures, worst {} got {} want {}", c.failures, c.worst, got[c.worst], want[c.worst]);
    }
}

/// Two threads (two CubeCL streams): one's cuBLASLt output is the other's cuBLASLt input,
/// handed over without a sync; CubeCL's cross-stream wait must order them.
#[test]
#[cfg_attr(not(all(feature = "cublaslt", pmetal_has_cuda)), ignore = "needs an NVIDIA GPU and feature cublaslt")]
fn across_threads_and_streams() {
    let ctx = cuda();
    let mut rng = seed();
    let (m, k, n) = (64, 128, 96);
    let (x, xh) = input(&ctx, &mut rng, DType::F32, &[m, k]);
    let (w1, w1h) = input(&ctx, &mut rng, DType::F32, &[k, n]);
    let (w2, w2h) = input(&ctx, &mut rng, DType::F32, &[n, n]);
    let (tx, rx) = std::sync::mpsc::channel();
    let c1 = ctx.clone();
    let producer = std::thread::spawn(move || {
        for _ in 0..50 {
            let y = Matmul::new(&c1).forward(&x, &w1, false, false, DType::F32).unwrap();
            tx.send(y).unwrap();
        }
    });
    let c2 = ctx.clone();
    let consumer = std::thread::spawn(move || {
        let mut outs = Vec::new();
        for y in rx {
            outs.push(Matmul::new(&c2).forward(&y, &w2, false, false, DType::F32).unwrap());
        }
        outs.into_iter().map(|z| download(&z).unwrap()).collect::<Vec<_>>()
    });
    producer.join().unwrap();
    let outs = consumer.join().unwrap();
    let y = reference::matmul(&xh, &w1h, m, k, n, false, false);
    let want = reference::matmul(&y, &w2h, m, n, n, false, false);
    let scale = reference::term_scale(&y, &w2h, m, n, n, false, false);
    for (i, got) in outs.iter().enumerate() {
        let c = compare(got, &want, tolerance_at_scale(DType::F32, scale * 2.0));
        assert!(c.passed(), "handover {i}: {} failures, worst {} got {} want {}", c.failures, c.worst, got[c.worst], want[c.worst]);
    }
}
