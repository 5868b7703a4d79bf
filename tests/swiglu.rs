//! Fused SwiGLU / GeGLU against the f64 reference on every runtime present.

mod common;

use common::{glu, on_every_runtime};
use pmetal_metal::reference::swiglu as reference;
use common::verify::{compare, download, poisoned, tolerance, upload, Rng};
use pmetal_metal::{DType, GluActivation, GpuTensor, MetalContext, PmetalError, SwiGlu};

/// Defaults plus edge sizes: 1, SIMD edges 31/32/33, an odd 4097, and 5x123x123.
const SHAPES: &[&[usize]] = &[&[1], &[31], &[32], &[33], &[4097], &[5, 123, 123], &[16, 1024]];
const ACTS: [GluActivation; 2] = [GluActivation::Silu, GluActivation::GeluTanh];

fn check(what: &str, dtype: DType, shape: &[usize], got: &GpuTensor, want: &[f64]) {
    let got = download(got).unwrap();
    let c = compare(&got, want, tolerance(dtype));
    assert!(
        c.passed(),
        "{what} {dtype} {shape:?}: {} of {} elements out of tolerance, worst at {}: got {} want {} (max rel {:.3e})",
        c.failures, want.len(), c.worst, got[c.worst], want[c.worst], c.max_rel
    );
}

fn inputs(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize], scale: f64) -> (GpuTensor, Vec<f64>) {
    let n = shape.iter().product();
    upload(ctx, dtype, shape, &rng.normals(n, scale)).unwrap()
}

#[test]
fn forward_matches_reference() {
    on_every_runtime("swiglu forward", |ctx, rng| {
        for act in ACTS {
            let op = SwiGlu::new(ctx).with_activation(act);
            for dtype in DType::FLOATS {
                for &shape in SHAPES {
                    let (g, gh) = inputs(ctx, rng, dtype, shape, 3.0);
                    let (u, uh) = inputs(ctx, rng, dtype, shape, 1.0);
                    let out = poisoned(ctx, dtype, shape).unwrap();
                    op.forward_into(&g, &u, &out).unwrap();
                    check(&format!("{act:?} forward"), dtype, shape, &out, &reference::forward(glu(act), &gh, &uh));
                }
            }
        }
    });
}

#[test]
fn backward_matches_reference() {
    on_every_runtime("swiglu backward", |ctx, rng| {
        for act in ACTS {
            let op = SwiGlu::new(ctx).with_activation(act);
            for dtype in DType::FLOATS {
                for &shape in SHAPES {
                    let (g, gh) = inputs(ctx, rng, dtype, shape, 3.0);
                    let (u, uh) = inputs(ctx, rng, dtype, shape, 1.0);
                    let (dh, dhh) = inputs(ctx, rng, dtype, shape, 1.0);
                    let (dg, du) = (poisoned(ctx, dtype, shape).unwrap(), poisoned(ctx, dtype, shape).unwrap());
                    op.backward_into(&g, &u, &dh, &dg, &du).unwrap();
                    let (want_dg, want_du) = reference::backward(glu(act), &gh, &uh, &dhh);
                    check(&format!("{act:?} d_gate"), dtype, shape, &dg, &want_dg);
                    check(&format!("{act:?} d_up"), dtype, shape, &du, &want_du);
                }
            }
        }
    });
}

#[test]
fn interleaved_matches_reference() {
    on_every_runtime("swiglu interleaved", |ctx, rng| {
        for act in ACTS {
            let op = SwiGlu::new(ctx).with_activation(act);
            for dtype in DType::FLOATS {
                for (rows, hidden) in [(1, 1), (3, 31), (2, 32), (5, 33), (2, 4097), (7, 128)] {
                    let (gu, guh) = inputs(ctx, rng, dtype, &[rows, 2 * hidden], 3.0);
                    let (gh, uh) = reference::split_interleaved(&guh, hidden);
                    let out = poisoned(ctx, dtype, &[rows, hidden]).unwrap();
                    op.forward_interleaved_into(&gu, &out).unwrap();
                    check(&format!("{act:?} interleaved forward"), dtype, &[rows, hidden], &out, &reference::forward(glu(act), &gh, &uh));

                    let (dh, dhh) = inputs(ctx, rng, dtype, &[rows, hidden], 1.0);
                    let d = poisoned(ctx, dtype, &[rows, 2 * hidden]).unwrap();
                    op.backward_interleaved_into(&gu, &dh, &d).unwrap();
                    let (want_dg, want_du) = reference::backward(glu(act), &gh, &uh, &dhh);
                    let want = reference::join_interleaved(&want_dg, &want_du, hidden);
                    check(&format!("{act:?} interleaved backward"), dtype, &[rows, 2 * hidden], &d, &want);
                }
            }
        }
    });
}

#[test]
fn unfused_baseline_matches_reference() {
    on_every_runtime("swiglu unfused", |ctx, rng| {
        let op = SwiGlu::new(ctx);
        for dtype in DType::FLOATS {
            let shape = &[33, 65];
            let (g, gh) = inputs(ctx, rng, dtype, shape, 3.0);
            let (u, uh) = inputs(ctx, rng, dtype, shape, 1.0);
            let (dh, dhh) = inputs(ctx, rng, dtype, shape, 1.0);
            let act = GluActivation::Silu;
            // The unfused path rounds act(gate) to the dtype before multiplying: one more
            // rounding than the fused kernel, so it gets twice the tolerance.
            let mut tol = tolerance(dtype);
            tol.rtol *= 2.0;
            let h = download(&op.forward_unfused(&g, &u).unwrap()).unwrap();
            assert!(compare(&h, &reference::forward(glu(act), &gh, &uh), tol).passed(), "unfused forward {dtype}");
            let (dg, du) = op.backward_unfused(&g, &u, &dh).unwrap();
            let (want_dg, want_du) = reference::backward(glu(act), &gh, &uh, &dhh);
            tol.rtol *= 2.0;
            assert!(compare(&download(&dg).unwrap(), &want_dg, tol).passed(), "unfused d_gate {dtype}");
            assert!(compare(&download(&du).unwrap(), &want_du, tol).passed(), "unfused d_up {dtype}");
        }
    });
}

#[test]
fn extreme_inputs_stay_finite() {
    on_every_runtime("swiglu extremes", |ctx, _| {
        let op = SwiGlu::new(ctx);
        let g = [-1e4, -100.0, -20.0, 0.0, 20.0, 100.0, 1e4, 1.0];
        let u = [1.0; 8];
        for dtype in [DType::F32, DType::BF16] {
            let (gt, gh) = upload(ctx, dtype, &[8], &g).unwrap();
            let (ut, uh) = upload(ctx, dtype, &[8], &u).unwrap();
            let out = download(&op.forward(&gt, &ut).unwrap()).unwrap();
            let want = reference::forward(glu(GluActivation::Silu), &gh, &uh);
            assert!(compare(&out, &want, tolerance(dtype)).passed(), "{dtype}: {out:?} vs {want:?}");
        }
    });
}

#[test]
fn nan_input_propagates() {
    on_every_runtime("swiglu nan", |ctx, _| {
        let op = SwiGlu::new(ctx);
        for dtype in DType::FLOATS {
            let (g, _) = upload(ctx, dtype, &[4], &[1.0, f64::NAN, 2.0, 3.0]).unwrap();
            let (u, _) = upload(ctx, dtype, &[4], &[1.0; 4]).unwrap();
            let out = download(&op.forward(&g, &u).unwrap()).unwrap();
            assert!(out[1].is_nan() && out[0].is_finite(), "{dtype}: NaN must propagate, got {out:?}");
        }
    });
}

#[test]
fn bad_input_is_a_typed_error() {
    on_every_runtime("swiglu bad input", |ctx, rng| {
        let op = SwiGlu::new(ctx);
        let (a, _) = inputs(ctx, rng, DType::F32, &[4, 8], 1.0);
        let (b, _) = inputs(ctx, rng, DType::F32, &[4, 7], 1.0);
        let (h, _) = inputs(ctx, rng, DType::F16, &[4, 8], 1.0);
        let empty = GpuTensor::empty(ctx, DType::F32, &[0, 8]).unwrap();
        let ints = GpuTensor::empty(ctx, DType::I32, &[4, 8]).unwrap();
        let odd = GpuTensor::empty(ctx, DType::F32, &[4, 7]).unwrap();
        assert!(matches!(op.forward(&a, &b), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward(&a, &h), Err(PmetalError::DTypeMismatch { .. })));
        assert!(matches!(op.forward(&empty, &empty), Err(PmetalError::Empty(_))));
        assert!(matches!(op.forward(&ints, &ints), Err(PmetalError::UnsupportedDType { .. })));
        assert!(matches!(op.forward_interleaved(&odd), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.backward(&a, &a, &b), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(op.forward_into(&a, &a, &h), Err(PmetalError::DTypeMismatch { .. })));
        let wrong_out = GpuTensor::empty(ctx, DType::F32, &[4, 8]).unwrap();
        assert!(matches!(op.forward_interleaved_into(&a, &wrong_out), Err(PmetalError::ShapeMismatch(_))));
    });
}
