//! FlashAttention against the f64 reference on every runtime present (lavapipe runs the
//! FMA path; CUDA the cmma path for f16 / bf16): forward and backward over every head
//! dim, T_q != T_k both ways, GQA, causal and sliding windows, softcap, the mask tensor
//! kinds, rows that see no key, varlen batches, forced split-KV decode, the split-KV decode
//! kernel, the three dtypes, bad input, determinism.
//!
//! Pass rule: the table's tolerance against the f64 reference, or flash-attn's rule for
//! attention: the kernel's largest error at most twice that of a naive implementation in
//! the same precision (module [`naive`]), plus a small floor. NaN never passes, and an lse
//! of -inf (a row that sees nothing) must come out exactly.
//!
//! Shapes stay small (T <= 70, B <= 2, H <= 4): lavapipe runs every kernel on the CPU,
//! and each comptime variant is a separate pipeline compile; the long lengths are in
//! `long`. This file holds the cases, the harness and the general tests; the decode
//! kernel's tests are `attention_suite/decode.rs`, varlen's `varlen.rs`, the real-LLM
//! lengths `long.rs`, the Hopper forward's (CUDA, compute capability 9.0) `hopper.rs`.

mod common;

use common::on_every_runtime;
use pmetal_metal::kernels::attention::HEAD_DIMS;
use pmetal_metal::reference::attention::{self as reference, naive, Params};
use common::verify::{attention_rule, download, fresh_seed, poisoned, reduction_tolerance, rms, tolerance_at_scale, upload, Rng, Tolerance};
use pmetal_metal::{AttentionGrads, AttentionPath, DType, FlashAttention, GpuTensor, MetalContext, PmetalError, VarLen};

/// The additive mask of the reference and the naive model, dense `[B, H, T_q, T_k]`.
type Dense = Vec<f64>;

/// Which mask tensor a case passes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum MaskKind {
    None,
    /// u32 `[1, T_q, T_k]`, nonzero (1..3) attends: one pattern broadcast over the batch.
    BoolBatch,
    /// i32 `[B, 1, T_q, T_k]` of 0 / -1 (negative is nonzero too): per batch entry.
    I32Batch,
    /// u32 `[1, H, T_q, T_k]`: per head, broadcast over the batch.
    BoolHeads,
    /// Additive in the dtype, `[B, H, T_q, T_k]`: finite values and some -inf, and one
    /// row of (batch 0, last head) all -inf.
    AddFull,
    /// Additive in the dtype, `[T_q, T_k]`, broadcast over batch and heads.
    AddPlane,
    /// u32 `[T_q, T_k]` whose rows 1, 5, 9, ... are all zero: those queries see nothing.
    EmptyRows,
}

/// One fixed-batch problem: the op's settings and the sizes.
#[derive(Clone, Copy, Debug)]
struct Case {
    dtype: DType,
    b: usize,
    tq: usize,
    tk: usize,
    h: usize,
    hk: usize,
    d: usize,
    causal: bool,
    left: Option<usize>,
    right: Option<usize>,
    softcap: Option<f32>,
    scale: Option<f32>,
    mask: MaskKind,
    splits: Option<usize>,
    path: AttentionPath,
    /// Std of q (larger: peakier softmax, and scores where the cap bends).
    q_std: f64,
}

/// The default case every other varies one factor of.
const BASE: Case = Case {
    dtype: DType::F32,
    b: 2,
    tq: 19,
    tk: 19,
    h: 2,
    hk: 2,
    d: 64,
    causal: false,
    left: None,
    right: None,
    softcap: None,
    scale: None,
    mask: MaskKind::None,
    splits: None,
    path: AttentionPath::Auto,
    q_std: 1.0,
};

impl Case {
    fn params(&self) -> Params {
        let mut p = Params::new(self.h, self.d);
        p.kv_heads = self.hk;
        p.scale = self.scale.map_or(p.scale, |s| s as f64);
        p.softcap = self.softcap.map(|c| c as f64);
        p.causal = self.causal;
        p.window_left = self.left;
        p.window_right = self.right;
        p
    }

    fn op(&self, ctx: &MetalContext) -> FlashAttention {
        let mut op = FlashAttention::new(ctx, self.d, self.h).unwrap().kv_heads(self.hk).unwrap().causal(self.causal).window(self.left, self.right).path(self.path);
        if let Some(c) = self.softcap {
            op = op.softcap(c).unwrap();
        }
        if let Some(s) = self.scale {
            op = op.scale(s).unwrap();
        }
        if let Some(n) = self.splits {
            op = op.splits(n).unwrap();
        }
        op
    }
}

fn input(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize], std: f64) -> (GpuTensor, Vec<f64>) {
    let n = shape.iter().product();
    upload(ctx, dtype, shape, &rng.normals(n, std)).unwrap()
}

/// The case's mask tensor and the dense additive mask it stands for (0 attends, -inf
/// masks, else added; as rounded to the dtype).
fn make_mask(ctx: &MetalContext, rng: &mut Rng, c: &Case) -> (Option<GpuTensor>, Option<Dense>) {
    let (b, h, tq, tk) = (c.b, c.h, c.tq, c.tk);
    let (dtype, shape): (DType, Vec<usize>) = match c.mask {
        MaskKind::None => return (None, None),
        MaskKind::BoolBatch => (DType::U32, vec![1, tq, tk]),
        MaskKind::I32Batch => (DType::I32, vec![b, 1, tq, tk]),
        MaskKind::BoolHeads => (DType::U32, vec![1, h, tq, tk]),
        MaskKind::AddFull => (c.dtype, vec![b, h, tq, tk]),
        MaskKind::AddPlane => (c.dtype, vec![tq, tk]),
        MaskKind::EmptyRows => (DType::U32, vec![tq, tk]),
    };
    let n: usize = shape.iter().product();
    let vals: Vec<f64> = (0..n)
        .map(|i| {
            let keep = rng.uniform() < 0.75;
            match c.mask {
                MaskKind::BoolBatch | MaskKind::BoolHeads => if keep { 1.0 + (rng.next_u64() % 3) as f64 } else { 0.0 },
                MaskKind::I32Batch => if keep { -1.0 } else { 0.0 },
                MaskKind::EmptyRows => if keep && (i / tk) % 4 != 1 { 1.0 } else { 0.0 },
                MaskKind::AddFull if i / tk == h * tq - 2 => f64::NEG_INFINITY,
                _ => if keep { rng.normal() } else { f64::NEG_INFINITY },
            }
        })
        .collect();
    let (t, stored) = upload(ctx, dtype, &shape, &vals).unwrap();
    let (mb, mh) = match shape[..] {
        [mb, mh, _, _] => (mb, mh),
        [mb, _, _] => (mb, 1),
        _ => (1, 1),
    };
    let boolean = matches!(dtype, DType::U32 | DType::I32);
    let mut dense = vec![0.0; b * h * tq * tk];
    for bb in 0..b {
        for hh in 0..h {
            for i in 0..tq * tk {
                let src = ((if mb == 1 { 0 } else { bb }) * mh + if mh == 1 { 0 } else { hh }) * tq * tk + i;
                let m = stored[src];
                dense[(bb * h + hh) * tq * tk + i] = if !boolean { m } else if m != 0.0 { 0.0 } else { f64::NEG_INFINITY };
            }
        }
    }
    (Some(t), Some(dense))
}

/// The pass rule (module docs): within `tol` of the f64 reference `want`, or a largest
/// error at most 2x the naive same-precision model's (`naive`, computed only when the
/// table's tolerance is missed: it costs as much as the reference) plus a floor of 2e-5 of
/// the reference's rms. A -inf reference must be matched exactly; NaN or any other
/// non-finite value fails.
fn check_attn(what: &str, got: &[f64], want: &[f64], naive: impl FnOnce() -> Vec<f64>, tol: Tolerance) {
    // With the reference standing in for the naive model, the rule passes exactly when the
    // table's tolerance holds.
    if attention_rule(got, want, want, tol).is_ok() {
        return;
    }
    if let Err(why) = attention_rule(got, want, &naive(), tol) {
        panic!("{what}: {why}");
    }
}

/// The lse's tolerance: f32 (the kernels keep it in f32 whatever the dtype), its floor at
/// the scale of the scores it is a soft maximum of.
fn lse_tolerance(want: &[f64]) -> Tolerance {
    let finite: Vec<f64> = want.iter().copied().filter(|x| x.is_finite()).collect();
    tolerance_at_scale(DType::F32, rms(&finite).max(1.0))
}

/// Rows (b, h, t) of a `[B, T, H, D]` tensor whose lse `[B, H, T]` is -inf must be exactly
/// zero (the spec: a row that sees no key has output 0 and zero gradients).
fn check_unseen_rows_zero(what: &str, x: &[f64], lse: &[f64], b: usize, t: usize, h: usize, d: usize) {
    for bb in 0..b {
        for hh in 0..h {
            for tt in 0..t {
                if lse[(bb * h + hh) * t + tt] == f64::NEG_INFINITY {
                    let row = ((bb * t + tt) * h + hh) * d;
                    assert!(x[row..row + d].iter().all(|&v| v == 0.0), "{what}: row (b {bb}, h {hh}, t {tt}) sees no key but is not 0: {:?}", &x[row..row + 4]);
                }
            }
        }
    }
}

/// Runs a fixed-batch case against the reference (and the naive model for the pass rule):
/// forward, and with `backward` dq / dk / dv. Every output starts poisoned. A case with
/// `splits` also runs unsplit on the same inputs and must agree with it.
fn run_case(ctx: &MetalContext, rng: &mut Rng, c: &Case, backward: bool) {
    let what = format!("{c:?}");
    let (dt, b, tq, tk, h, hk, d) = (c.dtype, c.b, c.tq, c.tk, c.h, c.hk, c.d);
    let p = c.params();
    let op = c.op(ctx);
    let (q, qh) = input(ctx, rng, dt, &[b, tq, h, d], c.q_std);
    let (k, kh) = input(ctx, rng, dt, &[b, tk, hk, d], 1.0);
    let (v, vh) = input(ctx, rng, dt, &[b, tk, hk, d], 1.0);
    let (mt, dense) = make_mask(ctx, rng, c);
    let mf = dense.as_ref().map(|m| move |bb: usize, hh: usize, t: usize, j: usize| m[((bb * h + hh) * tq + t) * tk + j]);
    let mask: reference::Mask = mf.as_ref().map(|f| f as &dyn Fn(usize, usize, usize, usize) -> f64);

    let out = poisoned(ctx, dt, &[b, tq, h, d]).unwrap();
    let lse = poisoned(ctx, DType::F32, &[b, h, tq]).unwrap();
    op.forward_into(&q, &k, &v, mt.as_ref(), &out, &lse).unwrap();
    let (want_o, want_l) = reference::forward(&qh, &kh, &vh, b, tq, tk, &p, mask);
    let naive_fwd = std::cell::OnceCell::new();
    let naive_f = || naive_fwd.get_or_init(|| naive::forward(dt, &qh, &kh, &vh, b, tq, tk, &p, mask));
    let (got_o, got_l) = (download(&out).unwrap(), download(&lse).unwrap());
    check_attn(&format!("{what} out"), &got_o, &want_o, || naive_f().0.clone(), reduction_tolerance(dt, &want_o));
    check_attn(&format!("{what} lse"), &got_l, &want_l, || naive_f().1.clone(), lse_tolerance(&want_l));
    check_unseen_rows_zero(&format!("{what} out"), &got_o, &want_l, b, tq, h, d);

    if c.splits.is_some() {
        let whole = Case { splits: Some(1), ..*c }.op(ctx);
        let (out1, lse1) = (poisoned(ctx, dt, &[b, tq, h, d]).unwrap(), poisoned(ctx, DType::F32, &[b, h, tq]).unwrap());
        whole.forward_into(&q, &k, &v, mt.as_ref(), &out1, &lse1).unwrap();
        let (o1, l1) = (download(&out1).unwrap(), download(&lse1).unwrap());
        check_attn(&format!("{what} split vs unsplit out"), &got_o, &o1, || o1.clone(), reduction_tolerance(dt, &o1));
        check_attn(&format!("{what} split vs unsplit lse"), &got_l, &l1, || l1.clone(), lse_tolerance(&l1));
    }
    if !backward {
        return;
    }

    let (d_out, doh) = input(ctx, rng, dt, &[b, tq, h, d], 1.0);
    let g = AttentionGrads {
        dq: poisoned(ctx, dt, &[b, tq, h, d]).unwrap(),
        dk: poisoned(ctx, dt, &[b, tk, hk, d]).unwrap(),
        dv: poisoned(ctx, dt, &[b, tk, hk, d]).unwrap(),
    };
    op.backward_into(&q, &k, &v, &out, &d_out, &lse, mt.as_ref(), &g).unwrap();
    let want = reference::backward(&qh, &kh, &vh, &doh, b, tq, tk, &p, mask);
    let naive_bwd = std::cell::OnceCell::new();
    let plain = || naive_bwd.get_or_init(|| naive::backward(dt, &qh, &kh, &vh, &doh, b, tq, tk, &p, mask));
    let got = (download(&g.dq).unwrap(), download(&g.dk).unwrap(), download(&g.dv).unwrap());
    check_attn(&format!("{what} dq"), &got.0, &want.0, || plain().0.clone(), reduction_tolerance(dt, &want.0));
    check_attn(&format!("{what} dk"), &got.1, &want.1, || plain().1.clone(), reduction_tolerance(dt, &want.1));
    check_attn(&format!("{what} dv"), &got.2, &want.2, || plain().2.clone(), reduction_tolerance(dt, &want.2));
    check_unseen_rows_zero(&format!("{what} dq"), &got.0, &want_l, b, tq, h, d);
}

#[test]
fn every_head_dim() {
    on_every_runtime("attention head dims", |ctx, rng| {
        for &d in &HEAD_DIMS {
            // Every head dim has its own tiles (and 256 in f32 the smallest on lavapipe).
            // 18 packed rows (T_q 9, 2 heads per KV head): past the decode kernel's default
            // (`decode_split_kv` covers that one), so the general forward runs.
            let c = Case { b: 1, tq: 9, tk: 13, h: 2, hk: 1, d, ..BASE };
            run_case(ctx, rng, &c, true);
        }
    });
}

#[test]
fn shapes_gqa_windows_softcap() {
    on_every_runtime("attention shapes", |ctx, rng| {
        let cases = [
            BASE,
            // T_q != T_k, both ways; 1; tile edges 31 / 33; odd sizes.
            Case { tq: 1, tk: 33, ..BASE },
            Case { tq: 33, tk: 1, ..BASE },
            Case { tq: 31, tk: 17, ..BASE },
            Case { b: 1, tq: 5, tk: 70, h: 3, hk: 3, ..BASE },
            Case { b: 1, tq: 23, tk: 37, d: 96, ..BASE },
            // GQA / MQA.
            Case { tq: 17, tk: 29, h: 4, hk: 1, ..BASE },
            Case { tq: 17, tk: 29, h: 4, hk: 2, ..BASE },
            // Causal: square, T_q < T_k, T_q > T_k (the first T_q - T_k rows see nothing),
            // with GQA.
            Case { causal: true, ..BASE },
            Case { tq: 7, tk: 40, causal: true, ..BASE },
            Case { tq: 40, tk: 7, causal: true, ..BASE },
            Case { tq: 33, tk: 33, h: 4, hk: 1, causal: true, ..BASE },
            // Sliding windows: left only, left + right, causal + left (Mistral).
            Case { tq: 40, tk: 40, left: Some(5), ..BASE },
            Case { tq: 21, tk: 35, left: Some(4), right: Some(3), ..BASE },
            Case { left: Some(0), right: Some(0), ..BASE },
            Case { tq: 35, tk: 35, h: 4, hk: 2, causal: true, left: Some(8), ..BASE },
            // Softcap, with peaky scores where tanh bends; with a custom scale and causal.
            Case { softcap: Some(3.0), q_std: 4.0, ..BASE },
            Case { tq: 23, tk: 30, softcap: Some(5.0), scale: Some(0.3), causal: true, q_std: 2.0, ..BASE },
        ];
        for c in &cases {
            run_case(ctx, rng, c, true);
        }
    });
}

#[test]
fn mask_tensors() {
    on_every_runtime("attention masks", |ctx, rng| {
        let cases = [
            Case { mask: MaskKind::BoolBatch, ..BASE },
            Case { tq: 13, tk: 27, mask: MaskKind::I32Batch, ..BASE },
            Case { tq: 24, tk: 11, h: 4, hk: 2, mask: MaskKind::BoolHeads, ..BASE },
            Case { tq: 21, tk: 18, mask: MaskKind::AddFull, ..BASE },
            Case { tq: 21, tk: 18, mask: MaskKind::AddPlane, ..BASE },
            // A mask on top of a causal bound, and with GQA.
            Case { tq: 20, tk: 30, causal: true, mask: MaskKind::AddPlane, ..BASE },
            Case { tq: 17, tk: 23, h: 4, hk: 1, mask: MaskKind::BoolBatch, ..BASE },
        ];
        for c in &cases {
            run_case(ctx, rng, c, true);
        }
    });
}

#[test]
fn rows_that_see_nothing() {
    // out 0, lse -inf, dq 0 and every gradient finite (run_case checks all of it).
    on_every_runtime("attention empty rows", |ctx, rng| {
        let cases = [
            Case { tq: 22, tk: 19, mask: MaskKind::EmptyRows, ..BASE },
            Case { tq: 22, tk: 19, h: 4, hk: 2, mask: MaskKind::AddFull, ..BASE },
            Case { tq: 45, tk: 9, causal: true, ..BASE },
            Case { tq: 30, tk: 12, causal: true, mask: MaskKind::EmptyRows, ..BASE },
            // A window too narrow for T_q > T_k: rows far from every key see nothing.
            Case { tq: 30, tk: 10, left: Some(2), right: Some(1), ..BASE },
        ];
        for c in &cases {
            run_case(ctx, rng, c, true);
        }
    });
}

#[test]
fn every_dtype() {
    on_every_runtime("attention dtypes", |ctx, rng| {
        for dtype in DType::FLOATS {
            for c in [
                Case { dtype, ..BASE },
                Case { dtype, tq: 17, tk: 29, h: 4, hk: 2, causal: true, ..BASE },
                Case { dtype, tq: 21, tk: 18, mask: MaskKind::AddPlane, softcap: Some(4.0), q_std: 2.0, ..BASE },
            ] {
                run_case(ctx, rng, &c, true);
            }
            if dtype != DType::F32 {
                // The FMA path by request (on CUDA, Auto takes the fragments for 16-bit).
                run_case(ctx, rng, &Case { dtype, tq: 20, tk: 26, h: 4, hk: 1, causal: true, path: AttentionPath::Fma, ..BASE }, true);
                // 16-bit tiles differ from f32's at the largest head dim (shared memory).
                run_case(ctx, rng, &Case { dtype, b: 1, tq: 9, tk: 13, d: 256, ..BASE }, true);
            }
        }
    });
}

/// Runs the backward of case `c` twice on the same inputs and asserts bit-identical
/// gradients.
fn assert_backward_deterministic(ctx: &MetalContext, rng: &mut Rng, c: &Case) {
    let op = c.op(ctx);
    let (q, _) = input(ctx, rng, c.dtype, &[c.b, c.tq, c.h, c.d], 1.0);
    let (k, _) = input(ctx, rng, c.dtype, &[c.b, c.tk, c.hk, c.d], 1.0);
    let (v, _) = input(ctx, rng, c.dtype, &[c.b, c.tk, c.hk, c.d], 1.0);
    let (d_out, _) = input(ctx, rng, c.dtype, &[c.b, c.tq, c.h, c.d], 1.0);
    let fwd = op.forward(&q, &k, &v, None).unwrap();
    let runs: Vec<[Vec<u8>; 3]> = (0..2)
        .map(|_| {
            let g = op.backward(&q, &k, &v, &fwd.out, &d_out, &fwd.lse).unwrap();
            [g.dq.to_bytes().unwrap(), g.dk.to_bytes().unwrap(), g.dv.to_bytes().unwrap()]
        })
        .collect();
    assert!(runs[0] == runs[1], "{c:?}: backward must be bit-identical run to run");
}

#[test]
fn backward_is_deterministic() {
    on_every_runtime("attention deterministic", |ctx, rng| {
        assert_backward_deterministic(ctx, rng, &Case { tq: 40, tk: 52, h: 4, hk: 1, causal: true, ..BASE });
    });
}

#[test]
fn bad_input_is_a_typed_error() {
    on_every_runtime("attention errors", |ctx, rng| {
        let invalid = |r: Result<FlashAttention, PmetalError>, what: &str| {
            assert!(matches!(r, Err(PmetalError::InvalidArgument(_))), "{what}: {:?}", r.map(|_| ()));
        };
        invalid(FlashAttention::new(ctx, 48, 4), "head dim 48");
        invalid(FlashAttention::new(ctx, 64, 4).unwrap().kv_heads(3), "4 heads over 3 kv heads");
        invalid(FlashAttention::new(ctx, 64, 4).unwrap().kv_heads(0), "0 kv heads");
        invalid(FlashAttention::new(ctx, 64, 0), "0 heads");
        invalid(FlashAttention::new(ctx, 64, 4).unwrap().softcap(0.0), "softcap 0");
        invalid(FlashAttention::new(ctx, 64, 4).unwrap().splits(0), "0 splits");
        invalid(FlashAttention::new(ctx, 64, 4).unwrap().scale(f32::NAN), "NaN scale");

        let (b, t, h, d) = (2, 8, 2, 64);
        let op = FlashAttention::new(ctx, d, h).unwrap();
        let (q, _) = input(ctx, rng, DType::F32, &[b, t, h, d], 1.0);
        let shape = |r: Result<pmetal_metal::AttentionOutput, PmetalError>, what: &str| {
            assert!(matches!(r, Err(PmetalError::ShapeMismatch(_))), "{what}: {:?}", r.map(|_| ()));
        };
        // q / k shape mismatch: head dim, batch, heads, rank; k and v differ.
        let (k_d, _) = input(ctx, rng, DType::F32, &[b, t, h, 32], 1.0);
        shape(op.forward(&q, &k_d, &k_d, None), "k head dim 32");
        let (k_b, _) = input(ctx, rng, DType::F32, &[1, t, h, d], 1.0);
        shape(op.forward(&q, &k_b, &k_b, None), "k batch 1");
        let (k_h, _) = input(ctx, rng, DType::F32, &[b, t, 1, d], 1.0);
        shape(op.forward(&q, &k_h, &k_h, None), "k with 1 head for 2 kv heads");
        let (q3, _) = input(ctx, rng, DType::F32, &[b * t, h, d], 1.0);
        shape(op.forward(&q3, &q3, &q3, None), "rank-3 q without varlen");
        let (k_long, _) = input(ctx, rng, DType::F32, &[b, t + 1, h, d], 1.0);
        shape(op.forward(&q, &q, &k_long, None), "v longer than k");
        // dtypes: k f16 under f32 q; integer q.
        let (k16, _) = input(ctx, rng, DType::F16, &[b, t, h, d], 1.0);
        assert!(matches!(op.forward(&q, &k16, &k16, None), Err(PmetalError::DTypeMismatch { .. })), "f16 k with f32 q");
        let (qi, _) = upload(ctx, DType::U32, &[b, t, h, d], &vec![1.0; b * t * h * d]).unwrap();
        assert!(matches!(op.forward(&qi, &qi, &qi, None), Err(PmetalError::UnsupportedDType { .. })), "u32 q");

        // Masks that do not broadcast, and of the wrong dtype.
        for bad in [vec![t, t + 1], vec![t + 1, t], vec![3, t, t], vec![b, 3, t, t], vec![1, 1, 1, t, t], vec![t * t]] {
            let (m, _) = upload(ctx, DType::U32, &bad, &vec![1.0; bad.iter().product()]).unwrap();
            shape(op.forward(&q, &q, &q, Some(&m)), &format!("mask {bad:?}"));
        }
        let (m16, _) = input(ctx, rng, DType::F16, &[t, t], 1.0);
        assert!(matches!(op.forward(&q, &q, &q, Some(&m16)), Err(PmetalError::DTypeMismatch { .. })), "f16 mask with f32 q");

        // Empty tensors.
        let empty = |shape: &[usize]| GpuTensor::from_bytes(ctx, DType::F32, shape, &[]).unwrap();
        let (q0, k0) = (empty(&[b, 0, h, d]), empty(&[b, 0, h, d]));
        assert!(matches!(op.forward(&q0, &q, &q, None), Err(PmetalError::Empty(_))), "T_q 0");
        assert!(matches!(op.forward(&q, &k0, &k0, None), Err(PmetalError::Empty(_))), "T_k 0");

        // Matrix units asked for where there are none (f32 never takes them).
        let mu = FlashAttention::new(ctx, d, h).unwrap().path(AttentionPath::MatrixUnits).forward(&q, &q, &q, None);
        assert!(matches!(mu, Err(PmetalError::InvalidArgument(_))), "matrix units for f32: {:?}", mu.map(|_| ()));

        // Output and gradient tensors of the wrong shape / dtype.
        let fwd = op.forward(&q, &q, &q, None).unwrap();
        let lse_bad = poisoned(ctx, DType::F32, &[b, t, h]).unwrap();
        assert!(matches!(op.forward_into(&q, &q, &q, None, &fwd.out, &lse_bad), Err(PmetalError::ShapeMismatch(_))), "lse [B, T, H]");
        let out16 = poisoned(ctx, DType::F16, &[b, t, h, d]).unwrap();
        assert!(matches!(op.forward_into(&q, &q, &q, None, &out16, &fwd.lse), Err(PmetalError::DTypeMismatch { .. })), "f16 out for f32 q");
        assert!(matches!(op.backward(&q, &q, &q, &fwd.out, &q3, &fwd.lse), Err(PmetalError::ShapeMismatch(_))), "d_out of another shape");

        // Varlen offsets: not from 0, decreasing, too few, q / k counts differ; totals
        // that do not match the tensors.
        assert!(matches!(VarLen::new(ctx, &[1, 4], &[0, 4]), Err(PmetalError::InvalidArgument(_))), "offsets not from 0");
        assert!(matches!(VarLen::new(ctx, &[0, 4, 3], &[0, 2, 4]), Err(PmetalError::InvalidArgument(_))), "decreasing offsets");
        assert!(matches!(VarLen::new(ctx, &[0], &[0]), Err(PmetalError::InvalidArgument(_))), "one offset");
        assert!(matches!(VarLen::new(ctx, &[0, 4], &[0, 2, 4]), Err(PmetalError::ShapeMismatch(_))), "2 query vs 3 key offsets");
        let seqs = VarLen::new(ctx, &[0, 7, 15], &[0, 7, 16]).unwrap();
        shape(op.forward_varlen(&q3, &q3, &q3, &seqs), "query offsets end at 15, q has 16 tokens");
        let seqs = VarLen::new(ctx, &[0, 7, 16], &[0, 9, 17]).unwrap();
        shape(op.forward_varlen(&q3, &q3, &q3, &seqs), "key offsets end at 17, k has 16 tokens");
        let seqs = VarLen::new(ctx, &[0, 7, 16], &[0, 7, 16]).unwrap();
        shape(op.forward_varlen(&q, &q, &q, &seqs), "rank-4 q with varlen");
    });
}

/// The reference checked on its own: its backward is the derivative of its forward
/// (central differences of `L = sum(out * dO)`) on a tiny case with every feature at once
/// (GQA, scale, softcap, a two-sided window, an additive mask with -inf), and its
/// visibility rule is flash-attn's bottom-right causal alignment.
#[test]
fn reference_backward_is_the_forward_derivative() {
    let mut p = Params::new(2, 3);
    p.kv_heads = 1;
    p.scale = 0.7;
    p.softcap = Some(1.5);
    p.window_left = Some(2);
    p.window_right = Some(1);
    let (tq, tk) = (3, 5);
    let mask = |_b: usize, h: usize, t: usize, j: usize| if (t + j + h).is_multiple_of(4) { f64::NEG_INFINITY } else { 0.3 * t as f64 - 0.2 * j as f64 };
    let mask: reference::Mask = Some(&mask);
    let seed = fresh_seed();
    let mut rng = Rng::new(seed);
    let q = rng.normals(tq * 2 * 3, 1.5);
    let k = rng.normals(tk * 3, 1.5);
    let v = rng.normals(tk * 3, 1.0);
    let d_out = rng.normals(tq * 2 * 3, 1.0);
    let loss = |q: &[f64], k: &[f64], v: &[f64]| -> f64 {
        let (o, _) = reference::forward(q, k, v, 1, tq, tk, &p, mask);
        o.iter().zip(&d_out).map(|(a, b)| a * b).sum()
    };
    let (dq, dk, dv) = reference::backward(&q, &k, &v, &d_out, 1, tq, tk, &p, mask);
    let h = 1e-5;
    for (which, grad) in [(0, &dq), (1, &dk), (2, &dv)] {
        for i in 0..grad.len() {
            let mut args = [q.clone(), k.clone(), v.clone()];
            args[which][i] += h;
            let up = loss(&args[0], &args[1], &args[2]);
            args[which][i] -= 2.0 * h;
            let down = loss(&args[0], &args[1], &args[2]);
            let fd = (up - down) / (2.0 * h);
            assert!((fd - grad[i]).abs() <= 1e-6 + 1e-6 * fd.abs(), "seed {seed}: grad {which} [{i}]: backward {} vs central difference {fd}", grad[i]);
        }
    }
    // Causal, T_q 2 < T_k 4: the last query sits on the last key.
    let mut c = Params::new(1, 1);
    c.causal = true;
    let seen = |t| (0..4).filter(|&j| c.visible(t, j, 2, 4)).collect::<Vec<_>>();
    assert_eq!((seen(0), seen(1)), (vec![0, 1, 2], vec![0, 1, 2, 3]));
    // T_q 4 > T_k 2: the first two queries see nothing.
    assert!((0..2).all(|j| !c.visible(0, j, 4, 2) && !c.visible(1, j, 4, 2)) && c.visible(2, 0, 4, 2));
}

#[path = "attention_suite/decode.rs"]
mod decode;
#[path = "attention_suite/hopper.rs"]
mod hopper;
#[path = "attention_suite/long.rs"]
mod long;
#[path = "attention_suite/varlen.rs"]
mod varlen;
