//! Generation list of attention: the kernel families the plan can pick (forward,
//! FlashAttention-2 forward, CUDA register-level forward, the backward kernels), with the
//! plan's own tiling rules for each target.

use super::*;

/// FlashAttention's kernels: every kernel family of the attention plan
/// (`kernels::attention::plan`: `FwdKernel`, `BwdKernel`) that the plan could pick on the
/// target, for the forward cases (plain, causal + softcap + boolean mask, window +
/// additive mask, varlen causal, split-KV; the split-KV decode kernel where it applies),
/// the split combine, and the backward's row dot,
/// dQ and dK/dV; head dim 128, and 64 for the plain forward, at the widest vectors only.
/// The FlashAttention-2 kernels take the plan's tiling; the generic ones the target's
/// fragment tile, halved until it fits the shared memory.
pub(super) fn attention_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    use crate::kernels::attention::backward::{attn_bwd_dkv, attn_bwd_dq, attn_row_dot, attn_sum_parts};
    use crate::kernels::attention::decode::{attn_decode, DecodeCfg};
    use crate::kernels::attention::common::{AttnCfg, AttnDims, AttnDimsCompilationArg, MASK_ADD, MASK_BOOL, MASK_NONE};
    use crate::kernels::attention::fa2_backward::{attn_bwd_mma, bwd_mma_smem};
    use crate::kernels::attention::fa2_forward::attn_fwd_mma;
    use crate::kernels::attention::forward::{attn_combine, attn_fwd};
    use crate::kernels::attention::plan::{self, BwdKernel, FwdKernel};
    use crate::kernels::attention::register::attn_fwd_reg;
    let mut out = Vec::new();
    if vec != widths(target, storage)[0] {
        return out;
    }
    fn dims_arg() -> AttnDimsCompilationArg {
        AttnDimsCompilationArg {
            heads: (), kv_heads: (), group: (), tq: (), tk: (), tokens_q: (), scale: (), softcap: (),
            left: (), right: (), mask_sb: (), mask_sh: (), split_len: (), splits: (), tokens_k: (), neg_inf: (),
        }
    }
    // Fragments where the plan would use them: CUDA 16x16 with 64x64 tiles, Metal 8x8
    // with the 16x16 tiles its 32 KiB fit at D 128.
    let (s, threads, tile) = match (target, storage) {
        (Target::Cuda, Storage::F16 | Storage::Bf16Native) => (16, 128, 64),
        (Target::Msl, Storage::F16 | Storage::Bf16Native) => (8, 128, 16),
        _ => (0, 64, 16),
    };
    let base = AttnCfg { d: 128, bq: tile, bkv: tile, s, threads, v: vec, window: false, softcap: false, mask: MASK_NONE, varlen: false, split: false, plane_sync_orders_smem: target == Target::Cuda };
    // What the plan reads of the device, for the target (as `DeviceInfo` describes it): fast exp / log, and CUDA's
    // register-level mma (see `target_properties`).
    let fast = target == Target::Cuda;
    let register_mma = target == Target::Cuda;
    let variants = [
        ("plain", base),
        ("plain_d64", AttnCfg { d: 64, ..base }),
        ("causal_softcap_bool", AttnCfg { window: true, softcap: true, mask: MASK_BOOL, ..base }),
        ("window_add", AttnCfg { window: true, mask: MASK_ADD, ..base }),
        ("varlen_causal", AttnCfg { window: true, varlen: true, ..base }),
        ("split_causal", AttnCfg { window: true, split: true, ..base }),
    ];
    type FN = DynamicSize<attn_fwd::_N>;
    type QN = DynamicSize<attn_bwd_dq::_N>;
    type KN = DynamicSize<attn_bwd_dkv::_N>;
    type RN = DynamicSize<attn_row_dot::_N>;
    type MN = DynamicSize<attn_fwd_mma::_N>;
    type BN = DynamicSize<attn_bwd_mma::_N>;
    type GN = DynamicSize<attn_fwd_reg::_N>;
    type DN = DynamicSize<attn_decode::_N>;
    // Both forward kernels take the same buffers (the FA2 one adds its fast-math switch).
    macro_rules! fwd_def {
        ($kernel:ident, $n:ty, $label:expr, $cfg:expr $(, $extra:expr)*) => {{
            let name = format!("attention/{}/{}/v{vec}/s{s}/{}", stringify!($kernel), storage.name(), $label);
            let mut b = builder(target);
            b.scope.register_size::<$n>(vec);
            let (q, k, v) = (array::<I, $n>(&mut b, false), array::<I, $n>(&mut b, false), array::<I, $n>(&mut b, false));
            let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
            let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
            let o = array::<I, $n>(&mut b, true);
            let lse = f32_array(&mut b, true);
            let (po, pl) = (f32_array(&mut b, true), f32_array(&mut b, true));
            let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
            $kernel::expand::<I, $n>(&mut b.scope, vec, q, k, v, mf, mb, cq, ck, o, lse, po, pl, d, $cfg $(, $extra)*);
            out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(threads as u32))), AddressType::U32));
        }};
    }
    // Metal's 32 KiB: each kernel at the largest square tiles that fit (halving down to
    // 4 x 4, as the plan's candidates do), and the FlashAttention-2 kernels only where
    // their fixed tile fits, as the plan decides. CUDA's 227 KiB hold every tiling
    // above unchanged. (f16 dK/dV at D 128 fits only at 8 x 8, the plan's last
    // fragment candidate.)
    let (limit, elem) = (properties(target).hardware.max_shared_memory_size, storage.size());
    let fit = |cfg: AttnCfg, need: &dyn Fn(&AttnCfg) -> usize| {
        let mut t = cfg;
        while need(&t) > limit && t.bq > 4 && (t.bq / 2).is_multiple_of(vec.max(1)) && (t.bq / 2).is_multiple_of(s.max(1)) {
            t = AttnCfg { bq: t.bq / 2, bkv: t.bkv / 2, ..t };
        }
        t
    };
    // Every forward family, where the plan could pick it here (an exhaustive match: a new
    // family must be generated too).
    // The decode kernel as the plan sets it up by default: 128 units, 16 lanes per key
    // (within every target's planes of 32, fewer where a row has fewer vectors), 4 keys
    // per lane group, 4 rows (GQA 4, T_q 1).
    // (4 keys x 4 rows: one score per lane.) Also its other variant: next keys prefetched,
    // every lane doing every score.
    let decode = DecodeCfg { lanes: 16, keys: 4, prefetch: false, scatter: true };
    let decode_pf = DecodeCfg { prefetch: true, scatter: false, ..decode };
    let fwd_kernels = [
        FwdKernel::Generic,
        FwdKernel::Fa2,
        FwdKernel::CudaRegister { async_kv: true },
        FwdKernel::CudaRegister { async_kv: false },
        FwdKernel::Decode(decode),
        FwdKernel::Decode(decode_pf),
    ];
    for (label, cfg) in variants {
        for kernel in fwd_kernels {
            let fa2 = plan::fa2_tiles(&cfg);
            match kernel {
                FwdKernel::Generic => fwd_def!(attn_fwd, FN, label, fit(cfg, &|t| t.fwd_smem(elem))),
                FwdKernel::Fa2 if s != 0 && fa2.fwd_mma_smem(elem) <= limit => fwd_def!(attn_fwd_mma, MN, label, fa2, fast),
                FwdKernel::CudaRegister { async_kv } if plan::register_kernel_fits(&fa2, register_mma) => {
                    let name = if async_kv { format!("{label}_async") } else { label.to_string() };
                    fwd_def!(attn_fwd_reg, GN, &name, fa2, fast, async_kv)
                }
                // Decode covers calls without a mask tensor or packed sequences.
                FwdKernel::Decode(dc) if cfg.mask == MASK_NONE && !cfg.varlen => {
                    // At most one vector per lane and key (8 lanes at D 64 in 16-bit).
                    let lanes = dc.lanes.min(cfg.d / vec);
                    // Narrower groups keep one score per lane with fewer keys.
                    let keys = if dc.scatter { lanes / 4 } else { dc.keys };
                    let dc = DecodeCfg { lanes, keys, ..dc };
                    let t = AttnCfg { bq: 4, bkv: 128 / dc.lanes * dc.keys, s: 0, threads: 128, ..cfg };
                    let name = if dc.prefetch { format!("{label}_prefetch_butterfly") } else { label.to_string() };
                    fwd_def!(attn_decode, DN, &name, t, fast, dc)
                }
                // Hand-written CUDA C++, not generated: tests/codegen.rs compiles its source
                // for sm_90a as it is (the `hopper` folders).
                FwdKernel::Fa2 | FwdKernel::CudaRegister { .. } | FwdKernel::Decode(_) | FwdKernel::Hopper(_) => {}
            }
        }
        if label == "plain_d64" {
            continue;
        }
        // Every backward family: the generic kernels (split over their walk where a driver
        // limits loops: the split variant) and the FlashAttention-2 kernel, one body for
        // both launches at the plan's tiling, which the plan never splits.
        for kernel in [BwdKernel::Generic { splits: 1, split_len: 0 }, BwdKernel::Fa2] {
            match kernel {
                BwdKernel::Generic { .. } => {
                    for pass in ["dq", "dkv"] {
                        let name = format!("attention/attn_bwd_{pass}/{}/v{vec}/s{s}/{label}", storage.name());
                        let cfg = if pass == "dq" { fit(cfg, &|t| t.dq_smem(elem)) } else { fit(cfg, &|t| t.dkv_smem(elem)) };
                        let mut b = builder(target);
                        if pass == "dq" {
                            b.scope.register_size::<QN>(vec);
                            let (q, k, v, g) = (array::<I, QN>(&mut b, false), array::<I, QN>(&mut b, false), array::<I, QN>(&mut b, false), array::<I, QN>(&mut b, false));
                            let (lse, dl) = (f32_array(&mut b, false), f32_array(&mut b, false));
                            let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let dq = array::<I, QN>(&mut b, true);
                            let part = f32_array(&mut b, true);
                            let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
                            attn_bwd_dq::expand::<I, QN>(&mut b.scope, vec, q, k, v, g, lse, dl, mf, mb, cq, ck, dq, part, d, cfg);
                        } else {
                            b.scope.register_size::<KN>(vec);
                            let (q, k, v, g) = (array::<I, KN>(&mut b, false), array::<I, KN>(&mut b, false), array::<I, KN>(&mut b, false), array::<I, KN>(&mut b, false));
                            let (lse, dl) = (f32_array(&mut b, false), f32_array(&mut b, false));
                            let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let (dk, dv) = (array::<I, KN>(&mut b, true), array::<I, KN>(&mut b, true));
                            let part = f32_array(&mut b, true);
                            let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
                            attn_bwd_dkv::expand::<I, KN>(&mut b.scope, vec, q, k, v, g, lse, dl, mf, mb, cq, ck, dk, dv, part, d, cfg);
                        }
                        out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(threads as u32))), AddressType::U32));
                    }
                }
                BwdKernel::Fa2 if s != 0 && !cfg.split => {
                    for dq in [true, false] {
                        let t = plan::fa2_tiles(&cfg);
                        if bwd_mma_smem(&t, elem, dq) > limit {
                            continue;
                        }
                        let name = format!("attention/attn_bwd_mma/{}/v{vec}/s{s}/{label}/dq{}", storage.name(), dq as u8);
                        let mut b = builder(target);
                        b.scope.register_size::<BN>(vec);
                        let (q, k, v, g) = (array::<I, BN>(&mut b, false), array::<I, BN>(&mut b, false), array::<I, BN>(&mut b, false), array::<I, BN>(&mut b, false));
                        let (lse, dl) = (f32_array(&mut b, false), f32_array(&mut b, false));
                        let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
                        let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
                        let (g1, g2) = (array::<I, BN>(&mut b, true), array::<I, BN>(&mut b, true));
                        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
                        attn_bwd_mma::expand::<I, BN>(&mut b.scope, vec, q, k, v, g, lse, dl, mf, mb, cq, ck, g1, g2, d, t, dq, fast);
                        out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(threads as u32))), AddressType::U32));
                    }
                }
                // Hand-written CUDA C++ (the `hopper` folder), compiled as it is by tests/codegen.rs.
                BwdKernel::Fa2 | BwdKernel::Hopper(_) => {}
            }
        }
    }
    for varlen in [false, true] {
        let name = format!("attention/attn_combine/{}/varlen{}", storage.name(), varlen as u8);
        let mut b = builder(target);
        let (po, pl) = (f32_array(&mut b, false), f32_array(&mut b, false));
        let o = plain_array::<I::S>(&mut b, true);
        let lse = f32_array(&mut b, true);
        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
        attn_combine::expand::<I>(&mut b.scope, po, pl, o, lse, d, 8, 128, varlen);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        // `varlen` stands for the second half (dV) here: the same two variants.
        let name = format!("attention/attn_sum_parts/{}/second{}", storage.name(), varlen as u8);
        let mut b = builder(target);
        let part = f32_array(&mut b, false);
        let o = plain_array::<I::S>(&mut b, true);
        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
        attn_sum_parts::expand::<I>(&mut b.scope, part, o, d, varlen);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        let name = format!("attention/attn_row_dot/{}/v{vec}/varlen{}", storage.name(), varlen as u8);
        let mut b = builder(target);
        b.scope.register_size::<RN>(vec);
        let (o, g) = (array::<I, RN>(&mut b, false), array::<I, RN>(&mut b, false));
        let dl = f32_array(&mut b, true);
        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
        attn_row_dot::expand::<I, RN>(&mut b.scope, vec, o, g, dl, d, 128, vec, varlen);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    out
}
