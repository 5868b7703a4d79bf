//! Generation lists of the elementwise and row ops: RMSNorm, the gated linear units
//! (SwiGLU / GeGLU), RoPE.

use super::*;

/// The RMSNorm kernels for one storage type and vector width, 32- and 64-bit addressed.
pub(super) fn rmsnorm_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<rms::rmsnorm_forward::_N>;
    let mut out = Vec::new();
    for addr in [AddressType::U32, AddressType::U64] {
        let a = if addr == AddressType::U64 { "a64" } else { "a32" };
        for residual in [false, true] {
            let name = format!("rmsnorm/rmsnorm_forward/{}/v{vec}/{a}/res{}", storage.name(), residual as u8);
            let mut b = builder_addr(target, addr);
            b.scope.register_size::<DN>(vec);
            let (x, r, w) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false));
            let (y, s, rs) = (array::<I, DN>(&mut b, true), array::<I, DN>(&mut b, true), f32_array(&mut b, true));
            let (rows, h) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b));
            let (n, eps, off) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b), scalar::<f32>(&mut b));
            rms::rmsnorm_forward::expand::<I, DN>(&mut b.scope, vec, x, r, w, y, s, rs, rows, h, n, eps, off, residual);
            out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }
        // Specialised per hidden size: 4096 elements through shared memory, and the
        // global-memory path (0).
        for smem in [4096 / vec, 0] {
        let name = format!("rmsnorm/rmsnorm_backward/{}/v{vec}/{a}/smem{smem}", storage.name());
        let mut b = builder_addr(target, addr);
        b.scope.register_size::<DN>(vec);
        let (x, w, rs, dy) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), f32_array(&mut b, false), array::<I, DN>(&mut b, false));
        let (dx, part) = (array::<I, DN>(&mut b, true), f32_vectors::<DN>(&mut b, true));
        let (rows, h, per) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<u32>(&mut b));
        let (n, off) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        rms::rmsnorm_backward::expand::<I, DN>(&mut b.scope, vec, x, w, rs, dy, dx, part, rows, h, per, n, off, smem);
        out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }

        let name = format!("rmsnorm/rms_of_rows/{}/v{vec}/{a}", storage.name());
        let mut b = builder_addr(target, addr);
        b.scope.register_size::<DN>(vec);
        let (x, rs) = (array::<I, DN>(&mut b, false), f32_array(&mut b, true));
        let (rows, h, n, eps) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        rms::rms_of_rows::expand::<I, DN>(&mut b.scope, vec, x, rs, rows, h, n, eps);
        out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));

        let name = format!("rmsnorm/scale_rows/{}/v{vec}/{a}", storage.name());
        let mut b = builder_addr(target, addr);
        b.scope.register_size::<DN>(vec);
        let (x, w, rs, y) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), f32_array(&mut b, false), array::<I, DN>(&mut b, true));
        let (h, off) = (scalar::<u32>(&mut b), scalar::<f32>(&mut b));
        rms::scale_rows::expand::<I, DN>(&mut b.scope, vec, x, w, rs, y, h, off);
        out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
    }
    let name = format!("rmsnorm/rmsnorm_dw_reduce/{}/v{vec}", storage.name());
    let mut b = builder(target);
    b.scope.register_size::<DN>(vec);
    let (part, dw, parts) = (f32_vectors::<DN>(&mut b, false), array::<I, DN>(&mut b, true), scalar::<u32>(&mut b));
    rms::rmsnorm_dw_reduce::expand::<I, DN>(&mut b.scope, vec, part, dw, parts);
    out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    out
}

/// The GLU kernels for one storage type and vector width.
pub(super) fn glu_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<glu::glu_forward::_N>;
    let mut out = Vec::new();
    for gelu in [false, true] {
        for interleaved in [false, true] {
            let name = format!("swiglu/glu_forward/{}/v{vec}/gelu{}/il{}", storage.name(), gelu as u8, interleaved as u8);
            let mut b = builder(target);
            b.scope.register_size::<DN>(vec);
            let (g, u, o) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, true));
            let h = <u32 as LaunchArg>::expand(&(), &mut b);
            glu::glu_forward::expand::<I, DN>(&mut b.scope, vec, g, u, o, h, gelu, interleaved);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));

            let name = format!("swiglu/glu_backward/{}/v{vec}/gelu{}/il{}", storage.name(), gelu as u8, interleaved as u8);
            let mut b = builder(target);
            b.scope.register_size::<DN>(vec);
            let (g, u, dh) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false));
            let (dg, du) = (array::<I, DN>(&mut b, true), array::<I, DN>(&mut b, true));
            let h = <u32 as LaunchArg>::expand(&(), &mut b);
            glu::glu_backward::expand::<I, DN>(&mut b.scope, vec, g, u, dh, dg, du, h, gelu, interleaved);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        }
        for grad in [false, true] {
            let name = format!("swiglu/unary_activation/{}/v{vec}/gelu{}/grad{}", storage.name(), gelu as u8, grad as u8);
            let mut b = builder(target);
            b.scope.register_size::<DN>(vec);
            let (x, o) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, true));
            glu::unary_activation::expand::<I, DN>(&mut b.scope, vec, x, o, grad, gelu);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        }
    }
    let name = format!("swiglu/binary_mul/{}/v{vec}", storage.name());
    let mut b = builder(target);
    b.scope.register_size::<DN>(vec);
    let (x, y, o) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, true));
    glu::binary_mul::expand::<I, DN>(&mut b.scope, vec, x, y, o);
    let reduce_dim = CubeDim::new_1d(rms::REDUCE_COLS * rms::REDUCE_LANES);
    out.push((name.clone(), b.build(settings(&name).cube_dim(reduce_dim)), AddressType::U32));
    out
}

/// The RoPE kernel's variants for one storage type and vector width: every combination
/// of (position ids, cos/sin cache, pass-through copy), interleaved pairs at width 1, and
/// 64-bit addressing once.
pub(super) fn rope_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<rope_k::rope::_N>;
    let mut out = Vec::new();
    let styles: &[bool] = if vec == 1 { &[false, true] } else { &[false] };
    for &interleaved in styles {
        for flags in 0..9u8 {
            let (ids, cached, copy_pass) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
            let addr = if flags == 8 { AddressType::U64 } else { AddressType::U32 };
            let name = format!(
                "rope/rope/{}/v{vec}/il{}/ids{}/cache{}/pass{}/{}",
                storage.name(), interleaved as u8, ids as u8, cached as u8, copy_pass as u8,
                if addr == AddressType::U64 { "a64" } else { "a32" }
            );
            let mut b = builder_addr(target, addr);
            b.scope.register_size::<DN>(vec);
            let (q, k) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false));
            let (qo, ko) = (array::<I, DN>(&mut b, true), array::<I, DN>(&mut b, true));
            let (f, c, sn) = (f32_vectors::<DN>(&mut b, false), f32_vectors::<DN>(&mut b, false), f32_vectors::<DN>(&mut b, false));
            let pid = plain_array::<i32>(&mut b, false);
            let mut u = || scalar::<u32>(&mut b);
            let (qb, qsq, qh, qn, kb, ksq, kh, kn) = (u(), u(), u(), u(), u(), u(), u(), u());
            let (tokens, seq, pairs, group, q_groups, groups, pass, offset) = (u(), u(), u(), u(), u(), u(), u(), u());
            let (mscale, sign) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
            rope_k::rope::expand::<I, DN>(
                &mut b.scope, vec, q, k, qo, ko, f, c, sn, pid, qb, qsq, qh, qn, kb, ksq, kh, kn,
                tokens, seq, pairs, group, q_groups, groups, pass, offset, mscale, sign, interleaved, ids, cached, copy_pass,
            );
            out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }
    }
    out
}
