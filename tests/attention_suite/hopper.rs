//! The Hopper forward and backward (`src/kernels/attention/hopper/`, sm_90a) on a compute
//! capability 9.0 GPU: taken only with `PMETAL_ATTN_HOPPER=1` / `PMETAL_ATTN_HOPPER_BWD=1`,
//! which the context reads when it opens, hence child processes of this test binary. Outputs
//! (out and lse; dq, dk, dv) against the f64 reference under the same rule as every other
//! attention kernel; with the forward alone, the portable backward runs on its lse; the
//! Hopper backward run twice must agree bit for bit. Ignored without an NVIDIA driver (CI);
//! on a GPU other than compute capability 9.0 the child says so and checks that the plan
//! kept the portable kernels.

use super::*;

/// Runs `hopper_cases` in a child process with `PMETAL_ATTN_HOPPER=1`.
#[test]
#[cfg_attr(not(pmetal_has_cuda), ignore = "needs an NVIDIA GPU (the Hopper forward is CUDA-only)")]
fn hopper_forward() {
    let log = common::run_child_test("hopper::hopper_cases", true, &[("PMETAL_ATTN_HOPPER", "1")]);
    eprintln!("{log}");
}

/// Runs `hopper_cases` in a child process with both Hopper switches on: the Hopper
/// backward from the Hopper forward's lse, on every case.
#[test]
#[cfg_attr(not(pmetal_has_cuda), ignore = "needs an NVIDIA GPU (the Hopper backward is CUDA-only)")]
fn hopper_backward() {
    let log = common::run_child_test("hopper::hopper_cases", true, &[("PMETAL_ATTN_HOPPER", "1"), ("PMETAL_ATTN_HOPPER_BWD", "1")]);
    eprintln!("{log}");
}

/// Run by `hopper_forward` with `PMETAL_ATTN_HOPPER=1` (and by `hopper_backward` with
/// `PMETAL_ATTN_HOPPER_BWD=1` too): bf16 and f16, head dims 64 and
/// 128, causal and not, GQA and MHA, T_q != T_k both ways (T_q > T_k causal: rows that see
/// no key), lengths around the 128-row / 128-key blocks (1, 127, 129, 200) and past them
/// (1000), a custom scale, sliding windows, softcap, packed sequences; forward against
/// the reference, and the portable backward from the Hopper forward's out and lse.
#[test]
#[ignore = "run by hopper_forward in a child process with PMETAL_ATTN_HOPPER=1"]
fn hopper_cases() {
    let ctx = MetalContext::with_backend(pmetal_metal::Backend::Cuda).expect("a CUDA context");
    assert_eq!(ctx.tuning().attn_hopper, Some(true), "run with PMETAL_ATTN_HOPPER=1");
    let bwd = ctx.tuning().attn_hopper_bwd == Some(true);
    let seed = fresh_seed();
    let mut rng = Rng::new(seed);
    eprintln!("hopper forward{} on {}, seed {seed}", if bwd { " and backward" } else { "" }, ctx.device_name());
    // The plan names both passes: "forward: ..; backward: ..".
    let check_plan = |what: &str, plan: &str| {
        let want = ctx.info().sm90a;
        assert_eq!(plan.starts_with("forward: hopper"), want, "{what}: {plan}");
        assert_eq!(plan.contains("backward: hopper"), want && bwd, "{what}: {plan}");
    };
    let bf = Case { dtype: DType::BF16, ..BASE };
    let cases = [
        Case { b: 1, tq: 129, tk: 129, h: 4, hk: 1, d: 128, causal: true, ..bf },
        Case { b: 2, tq: 200, tk: 127, h: 8, hk: 2, d: 64, ..bf },
        Case { b: 1, tq: 1000, tk: 1000, h: 2, hk: 2, d: 128, causal: true, ..bf },
        Case { b: 1, tq: 64, tk: 300, h: 4, hk: 4, d: 64, causal: true, scale: Some(0.05), ..bf },
        // T_q > T_k, causal (bottom-right): the first 60 queries see no key.
        Case { b: 2, tq: 140, tk: 80, h: 2, hk: 1, d: 128, causal: true, ..bf },
        Case { b: 1, tq: 17, tk: 1, h: 4, hk: 2, d: 64, ..bf },
        // f16.
        Case { dtype: DType::F16, b: 1, tq: 300, tk: 300, h: 4, hk: 2, d: 128, causal: true, ..bf },
        Case { dtype: DType::F16, b: 2, tq: 65, tk: 190, h: 2, hk: 2, d: 64, ..bf },
        // Sliding windows (left only with causal, both sides, right only) and softcap.
        Case { b: 1, tq: 400, tk: 400, h: 2, hk: 1, d: 64, causal: true, left: Some(100), ..bf },
        Case { b: 1, tq: 257, tk: 300, h: 2, hk: 2, d: 128, left: Some(50), right: Some(30), ..bf },
        Case { b: 1, tq: 130, tk: 129, h: 2, hk: 2, d: 64, right: Some(5), ..bf },
        Case { b: 1, tq: 150, tk: 150, h: 4, hk: 2, d: 128, causal: true, softcap: Some(4.0), q_std: 2.0, ..bf },
    ];
    for c in &cases {
        let q = GpuTensor::empty(&ctx, c.dtype, &[c.b, c.tq, c.h, c.d]).unwrap();
        let k = GpuTensor::empty(&ctx, c.dtype, &[c.b, c.tk, c.hk, c.d]).unwrap();
        let plan = c.op(&ctx).plan_name(&q, &k, &k).unwrap();
        eprintln!("{c:?}: {plan}");
        check_plan(&format!("{c:?}"), &plan);
        if ctx.info().sm90a {
            run_case(&ctx, &mut rng, c, bwd || c.tq <= 200);
        }
    }
    if bwd && ctx.info().sm90a {
        deterministic(&ctx, &mut rng);
    }
    // Packed sequences (lengths 1, 127, 129, 300 of queries; keys longer or shorter),
    // causal with GQA, and f16 with a window.
    let packed = [
        (Case { h: 4, hk: 2, d: 128, causal: true, ..bf }, [0u32, 1, 128, 257, 557], [0u32, 3, 130, 257, 600]),
        (Case { dtype: DType::F16, h: 2, hk: 2, d: 64, left: Some(40), ..bf }, [0, 300, 301, 428, 557], [0, 200, 201, 330, 459]),
    ];
    for (c, cu_q, cu_k) in &packed {
        let (nq, nk) = (*cu_q.last().unwrap() as usize, *cu_k.last().unwrap() as usize);
        let q = GpuTensor::empty(&ctx, c.dtype, &[nq, c.h, c.d]).unwrap();
        let k = GpuTensor::empty(&ctx, c.dtype, &[nk, c.hk, c.d]).unwrap();
        let seqs = VarLen::new(&ctx, cu_q, cu_k).unwrap();
        let plan = c.op(&ctx).plan_name_varlen(&q, &k, &k, &seqs).unwrap();
        eprintln!("varlen {cu_q:?} {cu_k:?} {c:?}: {plan}");
        check_plan(&format!("varlen {c:?}"), &plan);
        if ctx.info().sm90a {
            super::varlen::run_varlen(&ctx, &mut rng, c, cu_q, cu_k, true);
        }
    }
    if !ctx.info().sm90a {
        eprintln!("hopper forward: SKIPPED, {} is not compute capability 9.0 (the portable plan ran nowhere here)", ctx.device_name());
    }
}

/// The Hopper backward twice on the same inputs (GQA, causal, several key and query blocks):
/// every gradient bit for bit the same.
fn deterministic(ctx: &MetalContext, rng: &mut Rng) {
    let c = Case { b: 1, tq: 700, tk: 700, h: 8, hk: 2, d: 128, causal: true, dtype: DType::BF16, ..BASE };
    let op = c.op(ctx);
    let (q, _) = input(ctx, rng, c.dtype, &[c.b, c.tq, c.h, c.d], 1.0);
    let (k, _) = input(ctx, rng, c.dtype, &[c.b, c.tk, c.hk, c.d], 1.0);
    let (v, _) = input(ctx, rng, c.dtype, &[c.b, c.tk, c.hk, c.d], 1.0);
    let (g_out, _) = input(ctx, rng, c.dtype, &[c.b, c.tq, c.h, c.d], 1.0);
    let pmetal_metal::AttentionOutput { out, lse } = op.forward(&q, &k, &v, None).unwrap();
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let g = op.backward(&q, &k, &v, &out, &g_out, &lse).unwrap();
            [g.dq, g.dk, g.dv].map(|t| download(&t).unwrap())
        })
        .collect();
    for (i, name) in ["dq", "dk", "dv"].iter().enumerate() {
        let same = runs[0][i].iter().zip(&runs[1][i]).all(|(a, b)| a.to_bits() == b.to_bits());
        assert!(same, "hopper backward {name}: two runs differ");
    }
}
