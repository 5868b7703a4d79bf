//! Key and query lengths at real LLM sizes with every other dimension tiny: the size
//! thresholds (loop limits, splits, index widths) that short cases never reach.

use super::*;

/// Long key sequences at real LLM lengths with every other dimension tiny (B 1, H 1,
/// D 64), forward and backward (issue 21: the portable kernels lost keys past ~2,048 on
/// lavapipe, whose driver cuts loops off; docs/notes/lavapipe-loop-limit.md). Every T_k
/// (around the 64-key tile, the 2048 / 4096 edges, past 8192) at T_q 1 (decode: split
/// over the keys) and 17, in f32 and f16, causal and not; T_q 128 at the tile edge and
/// past each length edge; long query walks (T_q 1000 and 4097, few keys); one GQA case in
/// bf16. `PMETAL_LONG_TK` narrows the sweep to
/// one T_k (for bisecting). The 16-bit naive model is computed only where needed.
#[test]
fn long_key_sequences() {
    let tks: Vec<usize> = match std::env::var("PMETAL_LONG_TK").ok().and_then(|v| v.parse().ok()) {
        Some(t) => vec![t],
        None => vec![1, 63, 64, 65, 2047, 2048, 2049, 3500, 4095, 4096, 4097, 8193],
    };
    on_every_runtime("attention long keys", |ctx, rng| {
        for &tk in &tks {
            for tq in [1, 17] {
                for dtype in [DType::F32, DType::F16] {
                    for causal in [false, true] {
                        // Where 16-bit runs on matrix units (CUDA: the register-level
                        // forward, the FlashAttention-2 backward), the portable FMA kernels too.
                        let paths: &[AttentionPath] = if dtype != DType::F32 && ctx.info().has_matrix_units { &[AttentionPath::Auto, AttentionPath::Fma] } else { &[AttentionPath::Auto] };
                        for &path in paths {
                            run_case(ctx, rng, &Case { dtype, b: 1, tq, tk, h: 1, hk: 1, d: 64, causal, path, ..BASE }, true);
                        }
                    }
                }
            }
            if [64, 2049, 4097, 8193].contains(&tk) {
                run_case(ctx, rng, &Case { b: 1, tq: 128, tk, h: 1, hk: 1, d: 64, ..BASE }, true);
            }
            if tk == 4097 {
                run_case(ctx, rng, &Case { dtype: DType::F16, b: 1, tq: 128, tk, h: 1, hk: 1, d: 64, causal: true, ..BASE }, true);
            }
        }
        if tks.len() > 1 {
            // Long query walks (dK / dV walk the queries): T_q past the limits, few keys.
            run_case(ctx, rng, &Case { b: 1, tq: 4097, tk: 17, h: 1, hk: 1, d: 64, ..BASE }, true);
            run_case(ctx, rng, &Case { dtype: DType::F16, b: 1, tq: 1000, tk: 65, h: 2, hk: 1, d: 64, causal: true, ..BASE }, true);
            let gqa = Case { dtype: DType::BF16, b: 2, tq: 17, tk: 4099, h: 4, hk: 2, d: 96, causal: true, ..BASE };
            run_case(ctx, rng, &gqa, true);
        }
    });
}

/// Long walks must stay deterministic where the backward splits them (lavapipe): two
/// backward runs over 4,097 keys and 300 queries (both walks split) are bit-identical.
#[test]
fn long_backward_is_deterministic() {
    on_every_runtime("attention long deterministic", |ctx, rng| {
        assert_backward_deterministic(ctx, rng, &Case { b: 1, tq: 300, tk: 4097, h: 2, hk: 1, d: 64, causal: true, ..BASE });
    });
}
