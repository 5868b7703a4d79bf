//! Generation list of the sampler: the row kernel and the chunked pipeline's stages.

use super::*;

/// The sampler's kernel for representative configurations (each filter combination a
/// launch compiles: off filters compile away).
pub(super) fn sampler_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<smp::row::sample::_N>;
    // (label, penalties, top_k, top_p, min_p, logprob, top_n)
    let configs = [
        ("temperature", false, false, false, false, false, false),
        ("topk_topp", false, true, true, false, false, false),
        ("topp", false, false, true, false, false, false),
        ("minp", false, false, false, true, false, false),
        ("all", true, true, true, true, true, true),
    ];
    let mut out = Vec::new();
    for (label, pen, k, p, mp, lp, tn) in configs {
        if pen && vec > 1 {
            continue; // launches with penalties use scalar loads
        }
        let name = format!("sampler/{label}/{}/v{vec}", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        let arg = ArrayCompilationArg { inplace: None };
        let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
        let params = f32_array(&mut b, false);
        let hist = plain_array::<i32>(&mut b, false);
        let (tokens, status) = (plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true));
        let logprob = f32_array(&mut b, true);
        let top_ids = plain_array::<u32>(&mut b, true);
        let top_lp = f32_array(&mut b, true);
        let mut u = || scalar::<u32>(&mut b);
        let (rows, vocab, hs, s0, s1, t0, t1, nt, mc) = (u(), u(), u(), u(), u(), u(), u(), u(), u());
        let (ninf, nan) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        // Top-k configurations run after the chunked path (greedy-only ones may too).
        smp::row::sample::expand::<I, DN>(
            &mut b.scope, vec, logits, params, hist, tokens, status, logprob, top_ids, top_lp, rows, vocab, hs, s0, s1, t0, t1, nt, mc, ninf, nan,
            pen, k, p, mp, lp, tn, k,
        );
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(256)).kernel_name(name.replace('/', "_"));
        out.push((name.clone(), b.build(settings), AddressType::U32));

        // The chunked path's finishing kernel (reads no logits: one per config and target).
        if storage == Storage::F32 && vec == 1 {
            let name = format!("sampler_chunked/{label}");
            let mut b = builder(target);
            let params = f32_array(&mut b, false);
            let (sf, su) = (f32_array(&mut b, false), plain_array::<u32>(&mut b, false));
            let (ck, ci, cn) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
            let (tokens, status) = (plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true));
            let logprob = f32_array(&mut b, true);
            let top_ids = plain_array::<u32>(&mut b, true);
            let top_lp = f32_array(&mut b, true);
            let mut u = || scalar::<u32>(&mut b);
            let (rows, chunks, slots, s0, s1, t0, t1, nt) = (u(), u(), u(), u(), u(), u(), u(), u());
            let (ninf, nan) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
            smp::chunked::sample_chunked::expand(
                &mut b.scope, params, sf, su, ck, ci, cn, tokens, status, logprob, top_ids, top_lp, rows, chunks, slots, s0, s1, t0, t1, nt, ninf, nan,
                k, p, mp, lp, tn,
            );
            let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(smp::FINISH_CUBE)).kernel_name(name.replace('/', "_"));
            out.push((name.clone(), b.build(settings), AddressType::U32));
        }
    }
    // The chunked path's threshold kernel (reads no logits).
    if storage == Storage::F32 && vec == 1 {
        let name = "sampler_chunk_threshold".to_string();
        let mut b = builder(target);
        let (params, sf) = (f32_array(&mut b, false), f32_array(&mut b, false));
        let th = plain_array::<u32>(&mut b, true);
        let mut u = || scalar::<u32>(&mut b);
        let (rows, chunks, nt) = (u(), u(), u());
        smp::chunked::chunk_threshold::expand(&mut b.scope, params, sf, th, rows, chunks, nt);
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(smp::FINISH_CUBE)).kernel_name(name.clone());
        out.push((name, b.build(settings), AddressType::U32));
    }
    // The chunked path's per-chunk kernels, with and without penalties.
    for pen in [false, true] {
        if pen && vec > 1 {
            continue;
        }
        let name = format!("sampler_chunk_stats/pen{}/{}/v{vec}", pen as u8, storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        let arg = ArrayCompilationArg { inplace: None };
        let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
        let params = f32_array(&mut b, false);
        let hist = plain_array::<i32>(&mut b, false);
        let (sf, su) = (f32_array(&mut b, true), plain_array::<u32>(&mut b, true));
        let mut u = || scalar::<u32>(&mut b);
        let (rows, vocab, hs, cv, ch) = (u(), u(), u(), u(), u());
        let ninf = scalar::<f32>(&mut b);
        smp::chunked::chunk_stats::expand::<I, DN>(&mut b.scope, vec, logits, params, hist, sf, su, rows, vocab, hs, cv, ch, ninf, pen, pen);
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(128)).kernel_name(name.replace('/', "_"));
        out.push((name.clone(), b.build(settings), AddressType::U32));

        let name = format!("sampler_chunk_candidates/pen{}/{}/v{vec}", pen as u8, storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
        let params = f32_array(&mut b, false);
        let hist = plain_array::<i32>(&mut b, false);
        let sf = f32_array(&mut b, false);
        let th = plain_array::<u32>(&mut b, false);
        let (ck, ci, cn) = (plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true));
        let mut u = || scalar::<u32>(&mut b);
        let (rows, vocab, hs, cv, ch, sl) = (u(), u(), u(), u(), u(), u());
        smp::chunked::chunk_candidates::expand::<I, DN>(&mut b.scope, vec, logits, params, hist, sf, th, ck, ci, cn, rows, vocab, hs, cv, ch, sl, pen);
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(128)).kernel_name(name.replace('/', "_"));
        out.push((name.clone(), b.build(settings), AddressType::U32));
    }
    out
}
