//! Generation list of cross-entropy: its modes, the finishing kernels and the
//! vocabulary-block passes that linear cross-entropy also launches.

use super::*;

/// The cross-entropy kernels for one storage type and vector width: the forward, the
/// backward into a new buffer with per-row d_loss, and the fused in-place forward+backward
/// with every option on, each 32- and 64-bit addressed; plus the bias column sum and (once)
/// the storage-free count and reduce kernels.
pub(super) fn ce_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<ce::cross_entropy::_N>;
    let modes = [
        ("forward", CeMode { compute_lse: true, mean: true, ..CeMode::default() }),
        ("backward", CeMode { write_grad: true, dloss_per_row: true, ..CeMode::default() }),
        ("block_forward", CeMode { compute_lse: true, merge: true, has_bias: true, ..CeMode::default() }),
        (
            "fused_all_options",
            CeMode {
                compute_lse: true,
                write_grad: true,
                in_place: true,
                smooth: true,
                zloss: true,
                softcap: true,
                has_bias: true,
                dloss_per_row: false,
                mean: true,
                merge: false,
                fast: false,
            },
        ),
    ];
    let mut out = Vec::new();
    for addr in [AddressType::U32, AddressType::U64] {
        for (label, m) in modes {
            // Launches turn fast exp on for CUDA only.
            let m = CeMode { fast: target == Target::Cuda, ..m };
            let name = format!("cross_entropy/{label}/{}/v{vec}/{}", storage.name(), addr.unsigned_type());
            let mut b = builder_addr(target, addr);
            b.scope.register_size::<DN>(vec);
            let arg = ArrayCompilationArg { inplace: None };
            let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand_output(&arg, &mut b);
            let bias = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
            let targets = plain_array::<i32>(&mut b, false);
            let grad = <Array<Vector<I::S, DN>> as LaunchArg>::expand_output(&arg, &mut b);
            let (loss, lse, stats, acc) = (f32_array(&mut b, true), f32_array(&mut b, true), f32_array(&mut b, true), f32_array(&mut b, true));
            let (dloss, count) = (f32_array(&mut b, false), f32_array(&mut b, false));
            let mut u = || scalar::<u32>(&mut b);
            let (rows, vocab, col0, total, lanes) = (u(), u(), u(), u(), u());
            let ignore = scalar::<i32>(&mut b);
            let mut f = || scalar::<f32>(&mut b);
            let (eps, z, cap, gs, ninf, nan) = (f(), f(), f(), f(), f(), f());
            ce::cross_entropy::expand::<I, DN>(
                &mut b.scope, vec, logits, bias, targets, grad, loss, lse, stats, acc, dloss, count, rows, vocab, col0, total, lanes, ignore, eps, z, cap, gs, ninf, nan,
                m.compute_lse, m.write_grad, m.in_place, m.smooth, m.zloss, m.softcap, m.has_bias, m.dloss_per_row, m.mean, m.merge, m.fast,
            );
            out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }
    }
    {
        type DC = DynamicSize<ce::column_sum::_N>;
        let name = format!("cross_entropy/column_sum/{}/v{vec}", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DC>(vec);
        let arg = ArrayCompilationArg { inplace: None };
        let g = <Array<Vector<I::S, DC>> as LaunchArg>::expand(&arg, &mut b);
        let acc = f32_vectors::<DC>(&mut b, true);
        let (rows, cols, col0) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<u32>(&mut b));
        ce::column_sum::expand::<I, DC>(&mut b.scope, vec, g, acc, rows, cols, col0);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    if storage == Storage::F32 && vec == 1 {
        let name = "cross_entropy/ce_count".to_string();
        let mut b = builder(target);
        let t = plain_array::<i32>(&mut b, false);
        let c = f32_array(&mut b, true);
        let (rows, vocab, ig) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<i32>(&mut b));
        ce::ce_count::expand(&mut b.scope, t, c, rows, vocab, ig);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        for mean in [false, true] {
            let name = format!("cross_entropy/ce_reduce/mean{}", mean as u8);
            let mut b = builder(target);
            let (l, c, o) = (f32_array(&mut b, false), f32_array(&mut b, false), f32_array(&mut b, true));
            let rows = scalar::<u32>(&mut b);
            ce::ce_reduce::expand(&mut b.scope, l, c, o, rows, mean);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        }
    }
    out
}
