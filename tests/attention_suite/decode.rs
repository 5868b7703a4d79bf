//! The split-KV decode forward (`src/kernels/attention/decode.rs`) and forced key splits:
//! which plan decode-like calls take, against the f64 reference, and the kernel's
//! variants (its knobs, in a child process).

use super::*;

#[test]
fn split_kv_decode() {
    // Forced splits (flash-decoding): T_q 1..4 over longer key runs, against the reference
    // and the unsplit forward.
    on_every_runtime("attention split-kv", |ctx, rng| {
        let cases = [
            Case { b: 2, tq: 1, tk: 100, h: 4, hk: 1, splits: Some(4), ..BASE },
            Case { b: 1, tq: 2, tk: 127, h: 4, hk: 2, splits: Some(4), ..BASE },
            Case { b: 2, tq: 4, tk: 100, h: 2, hk: 2, d: 128, causal: true, splits: Some(4), ..BASE },
            // A window: whole splits see nothing for every row (partial lse -inf).
            Case { b: 1, tq: 3, tk: 120, h: 2, hk: 1, left: Some(20), splits: Some(4), ..BASE },
            Case { b: 2, tq: 1, tk: 100, h: 2, hk: 1, mask: MaskKind::AddFull, splits: Some(4), ..BASE },
            Case { dtype: DType::F16, b: 2, tq: 2, tk: 110, h: 4, hk: 2, splits: Some(4), ..BASE },
            Case { dtype: DType::BF16, b: 1, tq: 1, tk: 100, h: 2, hk: 2, d: 256, splits: Some(4), ..BASE },
        ];
        for c in &cases {
            run_case(ctx, rng, c, false);
        }
    });
}

/// Asserts that the forward of `c` runs the split-KV decode kernel.
fn assert_decode_plan(ctx: &MetalContext, c: &Case) {
    let q = GpuTensor::empty(ctx, c.dtype, &[c.b, c.tq, c.h, c.d]).unwrap();
    let k = GpuTensor::empty(ctx, c.dtype, &[c.b, c.tk, c.hk, c.d]).unwrap();
    let plan = c.op(ctx).plan_name(&q, &k, &k).unwrap();
    assert!(plan.starts_with("forward: decode"), "{c:?}: expected the decode forward, got {plan}");
    eprintln!("{c:?}: {}", plan.split("; backward").next().unwrap_or(&plan));
}

/// The split-KV decode forward (`decode.rs`), which covered decode-like calls take by
/// default: T_q 1 and 4, GQA 32 / 8 and MHA, D 64 and 128, key lengths 1, 31 and 33
/// (around its iterations), 4096, and 32768 with tiny batch and heads; every dtype; causal
/// bottom-right (with rows that see no key: out 0, lse -inf), a window with softcap,
/// forced splits against the unsplit kernel, head dims 80, 96 and 256. Out and lse against
/// the f64 reference.
#[test]
fn decode_split_kv() {
    on_every_runtime("attention decode", |ctx, rng| {
        let dts = [DType::F32, DType::BF16, DType::F16, DType::BF16];
        let mut cases = Vec::new();
        for (i, tk) in [1, 31, 33, 4096].into_iter().enumerate() {
            let dtype = dts[i];
            cases.push(Case { dtype, b: 1, tq: 1, tk, h: 32, hk: 8, d: 128, ..BASE });
            cases.push(Case { dtype: dts[(i + 1) % 4], b: 2, tq: 4, tk, h: 32, hk: 8, d: 64, causal: i % 2 == 1, ..BASE });
            cases.push(Case { dtype: dts[(i + 2) % 4], b: 2, tq: 1, tk, h: 3, hk: 3, d: 64, ..BASE });
            cases.push(Case { dtype: dts[(i + 3) % 4], b: 1, tq: 4, tk, h: 2, hk: 2, d: 128, causal: true, ..BASE });
        }
        cases.extend([
            // Long keys, tiny batch and heads.
            Case { dtype: DType::BF16, b: 1, tq: 1, tk: 32768, h: 2, hk: 1, d: 128, ..BASE },
            Case { dtype: DType::F32, b: 1, tq: 4, tk: 32768, h: 1, hk: 1, d: 64, causal: true, ..BASE },
            // T_q > T_k, causal: the first queries see no key.
            Case { b: 2, tq: 4, tk: 2, h: 4, hk: 2, d: 64, causal: true, ..BASE },
            // A sliding window and softcap; forced splits (checked against one split).
            Case { dtype: DType::F16, b: 1, tq: 2, tk: 300, h: 4, hk: 1, d: 128, left: Some(40), softcap: Some(4.0), q_std: 2.0, ..BASE },
            Case { dtype: DType::BF16, b: 2, tq: 1, tk: 1000, h: 8, hk: 2, d: 128, splits: Some(5), ..BASE },
            // Other head dims: D 80 splits its vectors over 4 lanes on lavapipe (groups
            // narrower than the plane) and 5 vectors each; D 256 takes 2 rows per cube.
            Case { dtype: DType::F16, b: 1, tq: 3, tk: 77, h: 4, hk: 2, d: 80, ..BASE },
            Case { dtype: DType::BF16, b: 1, tq: 1, tk: 200, h: 6, hk: 2, d: 96, ..BASE },
            Case { b: 1, tq: 2, tk: 90, h: 2, hk: 1, d: 256, causal: true, ..BASE },
        ]);
        for c in &cases {
            assert_decode_plan(ctx, c);
            run_case(ctx, rng, c, false);
        }
    });
}

/// The decode kernel's other variant (`decode.rs`): next keys prefetched, and every lane
/// doing every score (the butterfly, which by default runs only where the scores cannot
/// be one per lane). Its knobs are read when the context opens, hence a child process of
/// this test binary: `decode::decode_split_kv` again with `PMETAL_ATTN_DECODE_PREFETCH=1` and
/// `PMETAL_ATTN_DECODE_SCATTER=0`.
#[test]
fn decode_split_kv_prefetch_and_butterfly() {
    let log = common::run_child_test("decode::decode_split_kv", false, &[("PMETAL_ATTN_DECODE_PREFETCH", "1"), ("PMETAL_ATTN_DECODE_SCATTER", "0")]);
    if log.contains("SKIPPED, no GPU runtime present") {
        return;
    }
    let plans: Vec<&str> = log.lines().filter(|l| l.contains("forward: decode")).collect();
    assert!(!plans.is_empty() && plans.iter().all(|l| l.contains("prefetch") && !l.contains("score per lane")), "{log}");
}
