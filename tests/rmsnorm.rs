//! RMSNorm against the f64 reference on every runtime present.

mod common;

use common::on_every_runtime;
use pmetal_metal::reference::rmsnorm as reference;
use common::verify::{compare, download, poisoned, reduction_tolerance, rms, tolerance, tolerance_at_scale, upload, Rng, Tolerance};
use pmetal_metal::{DType, GpuTensor, MetalContext, PmetalError, RmsNorm};

/// (rows, hidden): defaults plus edges — 1, SIMD edges 31/32/33, odd 4097, 5x123x123,
/// head-sized rows, a Llama-ish 4096.
const SHAPES: &[(&[usize], usize)] = &[
    (&[1], 1),
    (&[3], 31),
    (&[2], 32),
    (&[4], 33),
    (&[2], 4097),
    (&[5, 123], 123),
    (&[7], 128),
    (&[3], 4096),
    (&[300], 64),
    // Wide rows: the backward's dw accumulates in global memory past 48 KiB of f32.
    (&[2], 12289),
];
const EPS: f32 = 1e-6;

fn check(what: &str, dtype: DType, got: &GpuTensor, want: &[f64], tol: Tolerance) {
    let got = download(got).unwrap();
    let c = compare(&got, want, tol);
    assert!(
        c.passed(),
        "{what} {dtype}: {} of {} out of tolerance, worst at {}: got {} want {} (max rel {:.3e})",
        c.failures, want.len(), c.worst, got[c.worst], want[c.worst], c.max_rel
    );
}

fn tensor(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize], scale: f64, shift: f64) -> (GpuTensor, Vec<f64>) {
    let n = shape.iter().product();
    let v: Vec<f64> = rng.normals(n, scale).into_iter().map(|x| x + shift).collect();
    upload(ctx, dtype, shape, &v).unwrap()
}

fn full_shape(rows: &[usize], hidden: usize) -> Vec<usize> {
    rows.iter().copied().chain([hidden]).collect()
}

#[test]
fn forward_matches_reference() {
    on_every_runtime("rmsnorm forward", |ctx, rng| {
        for offset in [0.0, 1.0] {
            let op = RmsNorm::new(ctx, EPS).unwrap().with_offset(offset);
            for dtype in DType::FLOATS {
                for &(rows, hidden) in SHAPES {
                    let shape = full_shape(rows, hidden);
                    let (x, xh) = tensor(ctx, rng, dtype, &shape, 2.0, 0.0);
                    let (w, wh) = tensor(ctx, rng, dtype, &[hidden], 0.5, 1.0 - offset as f64);
                    let y = poisoned(ctx, dtype, &shape).unwrap();
                    let rstd = poisoned(ctx, DType::F32, rows).unwrap();
                    op.forward_into(&x, None, &w, &y, None, &rstd).unwrap();
                    let (wy, wr) = reference::forward(&xh, &wh, hidden, EPS as f64, offset as f64);
                    let what = format!("forward offset {offset} {shape:?}");
                    check(&what, dtype, &y, &wy, tolerance(dtype));
                    check(&format!("{what} rstd"), DType::F32, &rstd, &wr, tolerance(DType::F32));
                }
            }
        }
    });
}

#[test]
fn residual_forward_matches_reference() {
    on_every_runtime("rmsnorm residual", |ctx, rng| {
        let op = RmsNorm::new(ctx, EPS).unwrap();
        for dtype in DType::FLOATS {
            for &(rows, hidden) in SHAPES {
                let shape = full_shape(rows, hidden);
                let (x, xh) = tensor(ctx, rng, dtype, &shape, 1.0, 0.0);
                let (res, rh) = tensor(ctx, rng, dtype, &shape, 1.0, 0.0);
                let (w, wh) = tensor(ctx, rng, dtype, &[hidden], 0.5, 1.0);
                let (y, sum, rstd) = (poisoned(ctx, dtype, &shape).unwrap(), poisoned(ctx, dtype, &shape).unwrap(), poisoned(ctx, DType::F32, rows).unwrap());
                op.forward_into(&x, Some(&res), &w, &y, Some(&sum), &rstd).unwrap();
                // The kernel rounds the sum to the dtype for `sum`, but normalises the f32 sum.
                let s: Vec<f64> = xh.iter().zip(&rh).map(|(a, b)| a + b).collect();
                let (wy, _) = reference::forward(&s, &wh, hidden, EPS as f64, 0.0);
                check(&format!("residual sum {shape:?}"), dtype, &sum, &s, tolerance(dtype));
                check(&format!("residual y {shape:?}"), dtype, &y, &wy, tolerance(dtype));
            }
        }
    });
}

#[test]
fn backward_matches_reference() {
    on_every_runtime("rmsnorm backward", |ctx, rng| {
        for offset in [0.0, 1.0] {
            let op = RmsNorm::new(ctx, EPS).unwrap().with_offset(offset);
            for dtype in DType::FLOATS {
                for &(rows, hidden) in SHAPES {
                    let shape = full_shape(rows, hidden);
                    let (x, xh) = tensor(ctx, rng, dtype, &shape, 2.0, 0.0);
                    let (w, wh) = tensor(ctx, rng, dtype, &[hidden], 0.5, 1.0 - offset as f64);
                    let (dy, dyh) = tensor(ctx, rng, dtype, &shape, 1.0, 0.0);
                    let fwd = op.forward(&x, &w).unwrap();
                    let (dx, dw) = (poisoned(ctx, dtype, &shape).unwrap(), poisoned(ctx, dtype, &[hidden]).unwrap());
                    op.backward_into(&x, &w, &fwd.rstd, &dy, &dx, &dw).unwrap();
                    let (wdx, wdw) = reference::backward(&xh, &wh, &dyh, hidden, EPS as f64, offset as f64);
                    let what = format!("backward offset {offset} {shape:?}");
                    // dx = r g dy - (a term of the same size): its error scales with r g dy.
                    let (_, r) = reference::forward(&xh, &wh, hidden, EPS as f64, offset as f64);
                    let terms: Vec<f64> = (0..xh.len()).map(|i| r[i / hidden] * (offset as f64 + wh[i % hidden]) * dyh[i]).collect();
                    let tol_dx = tolerance_at_scale(dtype, rms(&terms).max(rms(&wdx)));
                    check(&format!("{what} dx"), dtype, &dx, &wdx, tol_dx);
                    check(&format!("{what} dw"), dtype, &dw, &wdw, reduction_tolerance(dtype, &wdw));
                }
            }
        }
    });
}

#[test]
fn backward_is_deterministic() {
    on_every_runtime("rmsnorm deterministic", |ctx, rng| {
        let op = RmsNorm::new(ctx, EPS).unwrap();
        let shape = [257, 96];
        let (x, _) = tensor(ctx, rng, DType::F32, &shape, 1.0, 0.0);
        let (w, _) = tensor(ctx, rng, DType::F32, &[96], 0.5, 1.0);
        let (dy, _) = tensor(ctx, rng, DType::F32, &shape, 1.0, 0.0);
        let fwd = op.forward(&x, &w).unwrap();
        let runs: Vec<(Vec<u8>, Vec<u8>)> = (0..3)
            .map(|_| {
                let (dx, dw) = op.backward(&x, &w, &fwd.rstd, &dy).unwrap();
                (dx.to_bytes().unwrap(), dw.to_bytes().unwrap())
            })
            .collect();
        assert!(runs.windows(2).all(|p| p[0] == p[1]), "backward must be bit-identical run to run");
    });
}

#[test]
fn unfused_baseline_matches_reference() {
    on_every_runtime("rmsnorm unfused", |ctx, rng| {
        let op = RmsNorm::new(ctx, EPS).unwrap();
        for dtype in DType::FLOATS {
            let shape = [33, 4097];
            let (x, xh) = tensor(ctx, rng, dtype, &shape, 2.0, 0.0);
            let (w, wh) = tensor(ctx, rng, dtype, &[4097], 0.5, 1.0);
            let out = op.forward_unfused(&x, &w).unwrap();
            let (wy, _) = reference::forward(&xh, &wh, 4097, EPS as f64, 0.0);
            check("unfused", dtype, &out.y, &wy, tolerance(dtype));
        }
    });
}

#[test]
fn bad_input_is_a_typed_error() {
    on_every_runtime("rmsnorm bad input", |ctx, rng| {
        assert!(matches!(RmsNorm::new(ctx, 0.0), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(RmsNorm::new(ctx, -1e-6), Err(PmetalError::InvalidArgument(_))));
        assert!(matches!(RmsNorm::new(ctx, f32::NAN), Err(PmetalError::InvalidArgument(_))));
        let op = RmsNorm::new(ctx, EPS).unwrap();
        let (x, _) = tensor(ctx, rng, DType::F32, &[4, 8], 1.0, 0.0);
        let (w7, _) = tensor(ctx, rng, DType::F32, &[7], 1.0, 0.0);
        let (w16, _) = tensor(ctx, rng, DType::F16, &[8], 1.0, 0.0);
        let (w, _) = tensor(ctx, rng, DType::F32, &[8], 1.0, 0.0);
        let empty = GpuTensor::empty(ctx, DType::F32, &[0, 8]).unwrap();
        assert!(matches!(op.forward(&x, &w7), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward(&x, &w16), Err(PmetalError::DTypeMismatch { .. })));
        assert!(matches!(op.forward(&empty, &w), Err(PmetalError::Empty(_))));
        let (r, _) = tensor(ctx, rng, DType::F32, &[4, 7], 1.0, 0.0);
        assert!(matches!(op.forward_residual(&x, &r, &w), Err(PmetalError::ShapeMismatch(_))));
        let bad_rstd = GpuTensor::empty(ctx, DType::F16, &[4]).unwrap();
        assert!(matches!(op.backward(&x, &w, &bad_rstd, &x), Err(PmetalError::DTypeMismatch { .. })));
        let short_rstd = GpuTensor::empty(ctx, DType::F32, &[3]).unwrap();
        assert!(matches!(op.backward(&x, &w, &short_rstd, &x), Err(PmetalError::ShapeMismatch(_))));
        let y = GpuTensor::empty(ctx, DType::F32, &[4, 8]).unwrap();
        let rstd = GpuTensor::empty(ctx, DType::F32, &[4]).unwrap();
        assert!(matches!(op.forward_into(&x, Some(&x), &w, &y, None, &rstd), Err(PmetalError::InvalidArgument(_))));
    });
}

/// Rows past 2^31 total elements, through 64-bit addressing. Needs ~13 GB of device
/// memory, so it runs on the GPU machine only: `cargo test --test rmsnorm -- --ignored`.
#[test]
#[ignore = "GPU-only: needs ~13 GB of device memory"]
fn past_2_31_elements() {
    on_every_runtime("rmsnorm past 2^31", |ctx, _| {
        let hidden = 4096usize;
        let rows = (1usize << 31) / hidden + 3;
        let n = rows * hidden;
        // A cheap deterministic pattern (no 2^31-element f64 vectors on the host).
        let val = |i: usize| ((i.wrapping_mul(2_654_435_761) >> 7) % 2001) as f64 / 1000.0 - 1.0;
        let bytes: Vec<u8> = (0..n).flat_map(|i| pmetal_metal::bf16::from_f64(val(i)).to_le_bytes()).collect();
        let x = GpuTensor::from_bytes(ctx, DType::BF16, &[rows, hidden], &bytes).unwrap();
        drop(bytes);
        let wh: Vec<f64> = (0..hidden).map(|i| 1.0 + val(i * 7) * 0.1).collect();
        let (w, wh) = upload(ctx, DType::BF16, &[hidden], &wh).unwrap();
        let op = RmsNorm::new(ctx, EPS).unwrap();
        let out = op.forward(&x, &w).unwrap();
        let y = out.y.to_vec::<pmetal_metal::bf16>().unwrap();
        for row in [0, rows / 2, rows - 1] {
            let xh: Vec<f64> = (0..hidden).map(|c| pmetal_metal::bf16::from_f64(val(row * hidden + c)).to_f64()).collect();
            let (wy, _) = reference::forward(&xh, &wh, hidden, EPS as f64, 0.0);
            let got: Vec<f64> = y[row * hidden..(row + 1) * hidden].iter().map(|v| v.to_f64()).collect();
            assert!(compare(&got, &wy, tolerance(DType::BF16)).passed(), "row {row} past 2^31 elements");
        }
    });
}
