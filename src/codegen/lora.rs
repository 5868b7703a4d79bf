//! Generation list of LoRA and the fused GEMM: adapters, fused-K GEMM tiles, epilogues.

use super::*;

/// The fused GEMM (LoRA's kernel): the unit path for a set of representative flag sets
/// (each is its own kernel at launch), and the matrix-unit path where the target has
/// fragments for the storage type (CUDA 16x16x16 f16/bf16, Metal 8x8x8 f16/bf16).
/// Launches use scalar loads, so only width 1 exists. Named `lora/...`.
pub(super) fn lora_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    use crate::kernels::fused_gemm::kernel::{self as fg, GemmDims, GemmDimsCompilationArg, GemmFlags, TileCfg, DROP_A1, DROP_B1, DROP_NONE, DROP_OUT};
    // Every field of the dims struct is a plain scalar: nothing to specialise on.
    fn dims_arg() -> GemmDimsCompilationArg {
        GemmDimsCompilationArg {
            m: (), n: (), k1: (), k2: (), sa1_m: (), sa1_k: (), sb1_k: (), sb1_n: (), sa2_m: (), sa2_k: (), sb2_k: (), sb2_n: (),
            alpha1: (), alpha2: (), col_offset: (), seed: (), drop_threshold: (), drop_scale: (),
        }
    }
    type UN = DynamicSize<fg::fused_gemm_unit::_N>;
    type M1 = DynamicSize<fg::fused_gemm_mma::_N1>;
    type M2 = DynamicSize<fg::fused_gemm_mma::_N2>;
    type MC = DynamicSize<fg::fused_gemm_mma::_NC>;
    let mut out = Vec::new();
    {
        // The unfused baseline's element-wise scale-and-add, at every width.
        use crate::kernels::lora::kernel as lk;
        type AN = DynamicSize<lk::axpby::_N>;
        let name = format!("lora/axpby/{}/v{vec}", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<AN>(vec);
        let (x, y, o) = (array::<I, AN>(&mut b, false), array::<I, AN>(&mut b, false), array::<I, AN>(&mut b, true));
        let (a, bb) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        lk::axpby::expand::<I, AN>(&mut b.scope, vec, x, y, o, a, bb);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    if vec != 1 {
        return out;
    }
    {
        // Multi-adapter batches: zero t / g outside each row's adapter (scalar launches).
        use crate::kernels::lora::kernel as lk;
        type SN = DynamicSize<lk::select_adapter::_N>;
        let name = format!("lora/select_adapter/{}/v1", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<SN>(1);
        let t = array::<I, SN>(&mut b, true);
        let idx = plain_array::<i32>(&mut b, false);
        let (cols, rank) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b));
        lk::select_adapter::expand::<I, SN>(&mut b.scope, 1, t, idx, cols, rank);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    let plain = GemmFlags { seg2: false, bias: false, accumulate: false, row_scale: false, col_scale: false, dropout: DROP_NONE };
    let lora = GemmFlags { seg2: true, bias: true, ..plain };
    let sets = [
        ("plain", plain),
        ("lora", lora),
        ("rmsnorm_lora", GemmFlags { row_scale: true, col_scale: true, ..lora }),
        ("accumulate", GemmFlags { accumulate: true, ..plain }),
        ("drop_a1", GemmFlags { row_scale: true, col_scale: true, dropout: DROP_A1, ..plain }),
        ("drop_b1", GemmFlags { dropout: DROP_B1, ..plain }),
        ("drop_out", GemmFlags { dropout: DROP_OUT, accumulate: true, ..plain }),
    ];
    // Unit path: every flag set, C in the operands' dtype, and the two the LoRA layer
    // uses with an f32 C.
    for out_f32 in [false, true] {
        for (label, flags) in sets {
            if out_f32 && !matches!(label, "plain" | "lora") {
                continue;
            }
            let o = if out_f32 { "f32" } else { storage.name() };
            let name = format!("lora/fused_gemm_unit/{}/{o}/v{vec}/{label}", storage.name());
            let mut b = builder(target);
            b.scope.register_size::<UN>(vec);
            macro_rules! unit {
                ($O:ty) => {{
                    let (a1, b1, a2, b2, bias) = (array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false));
                    let rs = f32_array(&mut b, false);
                    let cs = array::<I, UN>(&mut b, false);
                    let c = array::<$O, UN>(&mut b, true);
                    let d = <GemmDims as LaunchArg>::expand(&dims_arg(), &mut b);
                    fg::fused_gemm_unit::expand::<I, $O, UN>(&mut b.scope, vec, a1, b1, a2, b2, bias, rs, cs, c, d, flags);
                }};
            }
            if out_f32 { unit!(NativeIo<f32>) } else { unit!(I) }
            out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(fg::UNIT_CUBE))), AddressType::U32));
        }
    }
    // Matrix-unit path where the target has fragments for the storage type: the tiling
    // the launch picks there, for the layouts and widths LoRA's GEMMs use (the plane
    // barrier orders shared memory on CUDA only: `kernels::plane_sync_orders_shared`).
    let base = match (target, storage) {
        (Target::Cuda, Storage::F16 | Storage::Bf16Native) => Some(TileCfg { s: 16, wm: 2, wn: 4, fm: 4, fnn: 2, v1: 8, v2: 8, vc: 8, a1_kc: true, b1_kc: true, a2_kc: true, b2_kc: true, emulate: false, plane_sync_orders_smem: true }),
        (Target::Msl, Storage::F16) => Some(TileCfg { s: 8, wm: 2, wn: 2, fm: 4, fnn: 4, v1: 8, v2: 8, vc: 8, a1_kc: true, b1_kc: true, a2_kc: true, b2_kc: true, emulate: false, plane_sync_orders_smem: false }),
        _ => None,
    };
    let Some(base) = base else { return out };
    let rm = GemmFlags { row_scale: true, col_scale: true, ..lora };
    // (label, flags, tiling): forward (x W^T + s t B^T), rank 1 (scalar segment 2),
    // RMSNorm prologue, dx (W and A read along N), dx with dropout, dA (g^T read along M,
    // x along N, B-side dropout), dB, and everything scalar (odd sizes).
    let nn = TileCfg { b1_kc: false, b2_kc: false, ..base };
    let variants = [
        ("fwd", lora, base),
        ("fwd_r1", lora, TileCfg { v2: 1, ..base }),
        ("rmsnorm_fwd", rm, base),
        ("rmsnorm_t_drop_a1", GemmFlags { row_scale: true, col_scale: true, dropout: DROP_A1, ..plain }, base),
        ("dx", GemmFlags { seg2: true, ..plain }, nn),
        ("dx_drop_out", GemmFlags { dropout: DROP_OUT, accumulate: true, ..plain }, nn),
        ("dx_accumulate", GemmFlags { seg2: true, accumulate: true, ..plain }, nn),
        ("da_drop_b1", GemmFlags { dropout: DROP_B1, ..plain }, TileCfg { a1_kc: false, ..nn }),
        ("db", plain, TileCfg { a1_kc: false, ..nn }),
        ("scalar", rm, TileCfg { v1: 1, v2: 1, vc: 1, ..base }),
        // The skinny tilings (N or M = rank): t = x_hat A^T with the norm prologue, g, dA, dB.
        ("skinny_n_t", GemmFlags { row_scale: true, col_scale: true, ..plain }, TileCfg { wm: 4, wn: 1, fm: 2, fnn: 16 / base.s, ..base }),
        ("skinny_n_db", plain, TileCfg { wm: 4, wn: 1, fm: 2, fnn: 16 / base.s, a1_kc: false, b1_kc: false, ..base }),
        ("skinny_m_da", GemmFlags { dropout: DROP_B1, ..plain }, TileCfg { wm: 1, wn: 4, fm: 16 / base.s, fnn: 2, a1_kc: false, b1_kc: false, ..base }),
    ];
    for out_f32 in [false, true] {
        for (label, flags, cfg) in variants {
            if out_f32 && !matches!(label, "fwd" | "dx") {
                continue;
            }
            let o = if out_f32 { "f32" } else { storage.name() };
            let name = format!("lora/fused_gemm_mma{}/{}/{o}/v{}x{}x{}/{label}", cfg.s, storage.name(), cfg.v1, cfg.v2, cfg.vc);
            let mut b = builder(target);
            b.scope.register_size::<M1>(cfg.v1);
            b.scope.register_size::<M2>(cfg.v2);
            b.scope.register_size::<MC>(cfg.vc);
            macro_rules! mma {
                ($O:ty) => {{
                    let (a1, b1) = (array::<I, M1>(&mut b, false), array::<I, M1>(&mut b, false));
                    let (a2, b2) = (array::<I, M2>(&mut b, false), array::<I, M2>(&mut b, false));
                    let bias = array::<I, MC>(&mut b, false);
                    let rs = f32_array(&mut b, false);
                    let cs = array::<I, M1>(&mut b, false);
                    let c = array::<$O, MC>(&mut b, true);
                    let d = <GemmDims as LaunchArg>::expand(&dims_arg(), &mut b);
                    fg::fused_gemm_mma::expand::<I, $O, M1, M2, MC>(&mut b.scope, cfg.v1, cfg.v2, cfg.vc, a1, b1, a2, b2, bias, rs, cs, c, d, flags, cfg);
                }};
            }
            if out_f32 { mma!(NativeIo<f32>) } else { mma!(I) }
            out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(cfg.threads() as u32))), AddressType::U32));
        }
    }
    out
}
