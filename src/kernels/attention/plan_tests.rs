//! The plans each kind of device gets, worked out from device descriptions (no device
//! needed): what the launch ran on the H100 and what Metal's 32 KiB allow, so a change
//! to the rules shows here.

use super::*;
use crate::kernels::attention::common::MASK_BOOL;
use crate::context::Backend;

fn h100() -> DeviceInfo {
    DeviceInfo {
        backend: Backend::Cuda,
        name: "H100".into(),
        native_bf16: true,
        native_f16: true,
        plane_size: (32, 32),
        max_units_per_cube: 1024,
        max_vector_size: 16,
        max_cube_count: (u32::MAX, 65535, 65535),
        max_shared_memory: 227 * 1024,
        compute_units: Some(132),
        u64_addressing: true,
        has_matrix_units: true,
        register_mma: true,
        max_binding_bytes: None,
        loop_limit: None,
        fragment_f16: Some(16),
        fragment_bf16: Some(16),
        plane_sync_orders_shared: true,
        fast_exp: true,
        view_alignment: 16,
        cublaslt: true,
        sm90a: true,
    }
}

/// An Apple GPU through wgpu: 32 KiB of threadgroup memory, no native bf16.
fn apple() -> DeviceInfo {
    DeviceInfo { backend: Backend::Metal, name: "Apple".into(), native_bf16: false, max_vector_size: 4, max_shared_memory: 32 * 1024, compute_units: None, register_mma: false, max_binding_bytes: Some(1 << 32), fragment_f16: Some(8), fragment_bf16: None, plane_sync_orders_shared: false, fast_exp: false, view_alignment: 256, cublaslt: false, sm90a: false, ..h100() }
}

/// lavapipe: no matrix units, and its loop limiter.
fn lavapipe() -> DeviceInfo {
    DeviceInfo { backend: Backend::Vulkan, name: "llvmpipe".into(), plane_size: (8, 8), has_matrix_units: false, fragment_f16: None, loop_limit: Some(65_535), ..apple() }
}

fn dev<'a>(info: &'a DeviceInfo, tuning: &'a Tuning, dtype: DType, frag: Option<usize>) -> Device<'a> {
    Device { info, tuning, dtype, frag, plane_sync_orders_smem: info.plane_sync_orders_shared }
}

fn config(d: usize, h: usize, hk: usize, causal: bool) -> AttentionConfig {
    AttentionConfig {
        head_dim: d,
        num_heads: h,
        num_kv_heads: hk,
        causal,
        window_left: None,
        window_right: None,
        softcap: None,
        scale: None,
        splits: None,
        path: AttentionPath::Auto,
    }
}

fn shape(b: usize, tq: usize, tk: usize) -> Shape {
    Shape { batch: b, tq, tk, tokens_q: b * tq, tokens_k: b * tk }
}

/// (kernel, bq, bkv, threads) of a backward launch.
fn bwd(l: &BwdLaunch) -> (BwdKernel, usize, usize, usize) {
    (l.kernel, l.cfg.bq, l.cfg.bkv, l.cfg.threads)
}

#[test]
fn cuda_16_bit() {
    let (info, tuning) = (h100(), Tuning::default());
    let d = dev(&info, &tuning, DType::BF16, Some(16));
    // The runner's training shapes: the register forward, K / V through registers where
    // the grid fills the GPU, cp.async at D 64; the FlashAttention-2 backward at 64 x 64.
    let f = forward(&d, &config(128, 32, 8, true), &shape(2, 4096, 4096), MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, FwdKernel::CudaRegister { async_kv: false });
    assert_eq!((f.cfg.bq, f.cfg.bkv, f.cfg.threads, f.cfg.s, f.cfg.v, f.splits), (64, 64, 128, 16, 8, 1));
    assert!(f.fast_math && f.cfg.plane_sync_orders_smem);
    let f = forward(&d, &config(64, 16, 16, false), &shape(4, 2048, 2048), MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, FwdKernel::CudaRegister { async_kv: true });
    let b = backward(&d, &config(128, 32, 8, true), &shape(2, 4096, 4096), MASK_NONE, false).unwrap();
    assert_eq!((bwd(&b.dq), bwd(&b.dkv)), ((BwdKernel::Fa2, 64, 64, 128), (BwdKernel::Fa2, 64, 64, 128)));
    assert!(b.fast_math);
    // Past D 128 the register kernel does not apply: the fragment one.
    let f = forward(&d, &config(256, 8, 8, false), &shape(1, 512, 512), MASK_NONE, false).unwrap();
    assert_eq!((f.kernel, f.cfg.bq), (FwdKernel::Fa2, 64));
    let b = backward(&d, &config(256, 8, 8, false), &shape(1, 512, 512), MASK_NONE, false).unwrap();
    assert_eq!((b.dq.kernel, b.dkv.kernel), (BwdKernel::Fa2, BwdKernel::Fa2));
}

#[test]
fn cuda_decode_splits_the_keys() {
    let (info, tuning) = (h100(), Tuning::default());
    let d = dev(&info, &tuning, DType::BF16, Some(16));
    // The runner's decode row: the split-KV decode kernel, 16 lanes of 16 bytes per key,
    // 64 (batch, KV head) pairs split about eight cubes per SM.
    let (c, sh) = (config(128, 32, 8, false), shape(8, 1, 32768));
    let f = forward(&d, &c, &sh, MASK_NONE, false).unwrap();
    // 4 keys x 4 rows: one score per lane.
    assert_eq!(f.kernel, FwdKernel::Decode(DecodeCfg { lanes: 16, keys: 4, prefetch: false, scatter: true }));
    assert_eq!((f.cfg.bq, f.cfg.bkv, f.cfg.threads, f.cfg.v), (4, 32, 128, 8));
    assert_eq!((f.splits, f.split_len, f.grid), (17, 1952, (1, 64, 17)));
    assert!(f.cfg.split && f.name().starts_with("decode"));
    // T_q 4: 16 rows in two tiles of 8, 2 keys per group for one score per lane.
    let f = forward(&d, &c, &shape(8, 4, 32768), MASK_NONE, false).unwrap();
    assert_eq!((f.cfg.bq, f.grid.0), (8, 2));
    assert_eq!(f.kernel, FwdKernel::Decode(DecodeCfg { lanes: 16, keys: 2, prefetch: false, scatter: true }));
    // MHA at T_q 1 (one row): 16 keys per group would be needed, so 4 keys and every lane
    // doing every score; 3 rows (GQA 3) pad to 4.
    let f = forward(&d, &config(128, 8, 8, false), &sh, MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, FwdKernel::Decode(DecodeCfg { lanes: 16, keys: 4, prefetch: false, scatter: false }));
    let f = forward(&d, &config(128, 24, 8, false), &sh, MASK_NONE, false).unwrap();
    assert_eq!((f.cfg.bq, f.kernel), (3, FwdKernel::Decode(DecodeCfg { lanes: 16, keys: 4, prefetch: false, scatter: true })));
    // Not covered (a mask tensor, matrix units requested, more rows, turned off): the
    // general forward with its key splits.
    let general = FwdKernel::CudaRegister { async_kv: true };
    assert_eq!(forward(&d, &c, &sh, MASK_BOOL, false).unwrap().kernel, general);
    let mu = AttentionConfig { path: AttentionPath::MatrixUnits, ..c.clone() };
    assert_eq!(forward(&d, &mu, &sh, MASK_NONE, false).unwrap().kernel, general);
    assert_eq!(forward(&d, &c, &shape(8, 5, 32768), MASK_NONE, false).unwrap().kernel, general);
    let off = Tuning { attn_decode: Some(false), ..Tuning::default() };
    let f = forward(&dev(&info, &off, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, general);
    assert_eq!((f.splits, f.split_len, f.grid), (17, 1984, (1, 64, 17)));
    // The knobs.
    let knobs = Tuning { attn_decode_splits: Some(32), attn_decode_keys: Some(2), attn_decode_units: Some(256), attn_decode_lanes: Some(8), ..Tuning::default() };
    let f = forward(&dev(&info, &knobs, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    // (8 lanes over 4 rows: the 2 keys give one score per lane.)
    assert_eq!(f.kernel, FwdKernel::Decode(DecodeCfg { lanes: 8, keys: 2, prefetch: false, scatter: true }));
    assert_eq!((f.cfg.threads, f.cfg.bkv, f.splits, f.split_len), (256, 64, 32, 1024));
    let knobs = Tuning { attn_decode_keys: Some(8), attn_decode_prefetch: Some(true), ..Tuning::default() };
    let f = forward(&dev(&info, &knobs, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, FwdKernel::Decode(DecodeCfg { lanes: 16, keys: 8, prefetch: true, scatter: false }));
    assert!(f.name().contains("prefetch") && !f.name().contains("score per lane"), "{}", f.name());
    let knobs = Tuning { attn_decode_scatter: Some(false), ..Tuning::default() };
    let f = forward(&dev(&info, &knobs, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, FwdKernel::Decode(DecodeCfg { lanes: 16, keys: 4, prefetch: false, scatter: false }));
}

#[test]
fn lavapipe_decode_within_the_loop_limit() {
    let (info, tuning) = (lavapipe(), Tuning::default());
    let limit = info.loop_limit.unwrap() as usize;
    for (dtype, d) in [(DType::F32, 128), (DType::BF16, 64)] {
        let f = forward(&dev(&info, &tuning, dtype, None), &config(d, 2, 1, true), &shape(1, 1, 1 << 20), MASK_NONE, false).unwrap();
        let FwdKernel::Decode(dc) = f.kernel else { panic!("{:?}", f.kernel) };
        // Lanes within lavapipe's planes of 8 (the shuffles stay in one plane).
        assert!(dc.lanes <= 8 && f.cfg.v == 4 && (d / 4).is_multiple_of(dc.lanes));
        assert!(f.split_len / f.cfg.bkv <= limit / 4 && f.splits * f.split_len >= 1 << 20);
    }
}

#[test]
fn cuda_tuning_overrides() {
    let info = h100();
    let (c, sh) = (config(128, 32, 8, true), shape(2, 4096, 4096));
    let no_reg = Tuning { attn_register_kernel: Some(false), ..Tuning::default() };
    assert_eq!(forward(&dev(&info, &no_reg, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap().kernel, FwdKernel::Fa2);
    let with_async = Tuning { attn_async_kv: Some(true), ..Tuning::default() };
    let f = forward(&dev(&info, &with_async, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!(f.kernel, FwdKernel::CudaRegister { async_kv: true });
    // 8 planes at 64 x 64 is not one fragment strip per plane: the generic kernels.
    let tile = Tuning { attn_bwd_tile: Some((64, 64, 256)), ..Tuning::default() };
    let b = backward(&dev(&info, &tile, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    let generic = BwdKernel::Generic { splits: 1, split_len: 0 };
    assert_eq!((bwd(&b.dq), bwd(&b.dkv)), ((generic, 64, 64, 256), (generic, 64, 64, 256)));
}

#[test]
fn cuda_fma_path() {
    let (info, tuning) = (h100(), Tuning::default());
    let d = dev(&info, &tuning, DType::F16, None);
    let f = forward(&d, &config(128, 4, 4, true), &shape(1, 256, 256), MASK_NONE, false).unwrap();
    assert_eq!((f.kernel, f.cfg.bq, f.cfg.threads, f.cfg.s, f.cfg.v), (FwdKernel::Generic, 16, 64, 0, 1));
}

#[test]
fn metal_16_bit() {
    let (info, tuning) = (apple(), Tuning::default());
    let d = dev(&info, &tuning, DType::F16, Some(8));
    // D 128: nothing of the FlashAttention-2 kernels fits 32 KiB; the generic kernels
    // on 8x8 fragments, dK / dV down to 8 x 8 tiles.
    let (c, sh) = (config(128, 8, 8, true), shape(1, 256, 256));
    let f = forward(&d, &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!((f.kernel, f.cfg.bq, f.cfg.bkv, f.cfg.threads, f.cfg.s, f.cfg.v), (FwdKernel::Generic, 16, 16, 128, 8, 4));
    assert!(!f.fast_math && !f.cfg.plane_sync_orders_smem);
    let b = backward(&d, &c, &sh, MASK_NONE, false).unwrap();
    let generic = BwdKernel::Generic { splits: 1, split_len: 0 };
    assert_eq!((bwd(&b.dq), bwd(&b.dkv)), ((generic, 16, 16, 128), (generic, 8, 8, 128)));
    // D 64: the FlashAttention-2 kernels at 32 x 32 (4 planes of 8 rows).
    let c = config(64, 8, 8, true);
    let f = forward(&d, &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!((f.kernel, f.cfg.bq, f.cfg.bkv), (FwdKernel::Fa2, 32, 32));
    let b = backward(&d, &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!((bwd(&b.dq), bwd(&b.dkv)), ((BwdKernel::Fa2, 32, 32, 128), (BwdKernel::Fa2, 32, 32, 128)));
}

#[test]
fn loop_limit_splits_the_generic_walks() {
    let (info, tuning) = (lavapipe(), Tuning::default());
    let d = dev(&info, &tuning, DType::F32, None);
    let limit = info.loop_limit.unwrap();
    let (c, sh) = (config(64, 1, 1, true), shape(1, 4096, 4096));
    let f = forward(&d, &c, &sh, MASK_NONE, false).unwrap();
    assert_eq!((f.kernel, f.cfg.v, f.cfg.threads), (FwdKernel::Generic, 1, 64));
    assert!(f.splits > 1 && f.cfg.split && f.splits * f.split_len >= sh.tk);
    assert!(f.split_len / f.cfg.bkv <= max_walk_tiles(&f.cfg, Pass::Forward, limit));
    let b = backward(&d, &c, &sh, MASK_NONE, false).unwrap();
    for (l, pass, step) in [(&b.dq, Pass::Dq, b.dq.cfg.bkv), (&b.dkv, Pass::Dkv, b.dkv.cfg.bq)] {
        let BwdKernel::Generic { splits, split_len } = l.kernel else { panic!("{:?}", l.kernel) };
        assert!(splits > 1 && l.cfg.split && l.grid.2 == splits);
        assert!(split_len / step <= max_walk_tiles(&l.cfg, pass, limit));
    }
    assert!(!b.fast_math);
}

#[test]
fn hopper_plan_only_where_asked_and_covered() {
    use crate::kernels::attention::hopper::HopperCfg;
    let info = h100();
    let on = Tuning { attn_hopper: Some(true), ..Tuning::default() };
    let (c, sh) = (config(128, 32, 8, true), shape(2, 4096, 4096));
    // Off by default (not yet verified on a device); on where asked, on sm_90a, in bf16.
    let off = forward(&dev(&info, &Tuning::default(), DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    assert!(!matches!(off.kernel, FwdKernel::Hopper(_)));
    let f = forward(&dev(&info, &on, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    let h = HopperCfg { d: 128, stages: 2, ping_pong: false, pv_split: false, f16: false, varlen: false };
    assert_eq!((f.kernel, f.grid, f.splits, f.cfg.split), (FwdKernel::Hopper(h), (32, 32, 2), 1, false));
    assert_eq!((h.entry(), h.shared_bytes()), ("pmetal_attn_fwd_d128_cubecl", 164_936));
    assert!(f.name().starts_with("hopper wgmma+TMA (D 128, 2 K/V stages"), "{}", f.name());
    // attn_fwd.cu's Cfg<D, S>::SMEM for every entry (ptxas table in bench/hopper/README.md).
    let d64 = HopperCfg { d: 64, stages: 4, ..h };
    assert_eq!((d64.entry(), d64.shared_bytes()), ("pmetal_attn_fwd_d64_cubecl", 148_616));
    assert_eq!(HopperCfg { stages: 3, ..h }.shared_bytes(), 230_504);
    assert_eq!(HopperCfg { pv_split: true, ..h }.entry(), "pmetal_attn_fwd_d128_pvsplit_cubecl");
    let f = forward(&dev(&info, &on, DType::BF16, Some(16)), &config(64, 16, 16, false), &shape(4, 2048, 2048), MASK_NONE, false).unwrap();
    assert_eq!((f.kernel, f.grid), (FwdKernel::Hopper(d64), (16, 16, 4)));
    // Covered too: f16, packed sequences, windows, softcap.
    let hop = |dtype: DType, c: &AttentionConfig, varlen: bool| match forward(&dev(&info, &on, dtype, Some(16)), c, &sh, MASK_NONE, varlen).unwrap().kernel {
        FwdKernel::Hopper(h) => h,
        k => panic!("{k:?}"),
    };
    assert_eq!(hop(DType::F16, &c, false).entry(), "pmetal_attn_fwd_d128_f16_cubecl");
    let packed = hop(DType::BF16, &c, true);
    assert_eq!((packed.entry(), packed.varlen), ("pmetal_attn_fwd_d128_varlen_cubecl", true));
    assert!(packed.name().contains("packed sequences"));
    assert_eq!(hop(DType::F16, &config(64, 8, 8, false), true).entry(), "pmetal_attn_fwd_d64_varlen_f16_cubecl");
    assert_eq!(hop(DType::BF16, &AttentionConfig { window_left: Some(128), softcap: Some(30.0), ..c.clone() }, false), h);
    // Not covered: f32, other head dims, a mask tensor, FMAs asked for, a device without
    // sm_90a; decode-like calls keep the decode kernel.
    let not = |info: &DeviceInfo, dtype: DType, c: &AttentionConfig, mask: u32, varlen: bool| {
        let f = forward(&dev(info, &on, dtype, Some(16)), c, &sh, mask, varlen).unwrap();
        assert!(!matches!(f.kernel, FwdKernel::Hopper(_)), "{}", f.name());
    };
    not(&info, DType::F32, &c, MASK_NONE, false);
    not(&info, DType::BF16, &config(96, 32, 8, true), MASK_NONE, false);
    not(&info, DType::BF16, &c, MASK_BOOL, false);
    not(&info, DType::BF16, &AttentionConfig { path: AttentionPath::Fma, ..c.clone() }, MASK_NONE, false);
    not(&DeviceInfo { sm90a: false, ..h100() }, DType::BF16, &c, MASK_NONE, false);
    let f = forward(&dev(&info, &on, DType::BF16, Some(16)), &c, &shape(8, 1, 32768), MASK_NONE, false).unwrap();
    assert!(matches!(f.kernel, FwdKernel::Decode(_)));
}

#[test]
fn hopper_backward_plan_only_where_asked_and_covered() {
    use crate::kernels::attention::hopper::HopperBwdCfg;
    let info = h100();
    let on = Tuning { attn_hopper_bwd: Some(true), ..Tuning::default() };
    let (c, sh) = (config(128, 32, 8, true), shape(2, 4096, 4096));
    // Off by default, and the forward's switch does not turn it on.
    for t in [Tuning::default(), Tuning { attn_hopper: Some(true), ..Tuning::default() }] {
        let b = backward(&dev(&info, &t, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
        assert!(!matches!(b.dq.kernel, BwdKernel::Hopper(_)) && !matches!(b.dkv.kernel, BwdKernel::Hopper(_)));
    }
    let b = backward(&dev(&info, &on, DType::BF16, Some(16)), &c, &sh, MASK_NONE, false).unwrap();
    let h = HopperBwdCfg { d: 128, f16: false, varlen: false };
    // dQ over 128-row query blocks of every head, dK / dV over 128-key blocks of every KV head.
    assert_eq!((b.dq.kernel, b.dq.grid, b.dkv.kernel, b.dkv.grid), (BwdKernel::Hopper(h), (32, 32, 2), BwdKernel::Hopper(h), (32, 8, 2)));
    assert_eq!((b.dq.walk(), b.dkv.walk(), b.dq.cfg.split), ((1, 0), (1, 0), false));
    assert!(b.name().starts_with("hopper wgmma+TMA (D 128"), "{}", b.name());
    assert_eq!((h.dkv_entry(), h.dq_entry()), ("pmetal_attn_bwd_dkv_d128_cubecl", "pmetal_attn_bwd_dq_d128_cubecl"));
    let hop = |dtype: DType, c: &AttentionConfig, varlen: bool| match backward(&dev(&info, &on, dtype, Some(16)), c, &sh, MASK_NONE, varlen).unwrap().dq.kernel {
        BwdKernel::Hopper(h) => h,
        k => panic!("{k:?}"),
    };
    assert_eq!(hop(DType::F16, &config(64, 16, 16, false), true), HopperBwdCfg { d: 64, f16: true, varlen: true });
    assert_eq!(hop(DType::BF16, &AttentionConfig { window_left: Some(128), softcap: Some(30.0), ..c.clone() }, false), h);
    let not = |info: &DeviceInfo, dtype: DType, c: &AttentionConfig, mask: u32| {
        let b = backward(&dev(info, &on, dtype, Some(16)), c, &sh, mask, false).unwrap();
        assert!(!matches!(b.dq.kernel, BwdKernel::Hopper(_)), "{}", b.name());
    };
    not(&info, DType::F32, &c, MASK_NONE);
    not(&info, DType::BF16, &config(96, 32, 8, true), MASK_NONE);
    not(&info, DType::BF16, &c, MASK_BOOL);
    not(&info, DType::BF16, &AttentionConfig { path: AttentionPath::Fma, ..c.clone() }, MASK_NONE);
    not(&DeviceInfo { sm90a: false, ..h100() }, DType::BF16, &c, MASK_NONE);
}
