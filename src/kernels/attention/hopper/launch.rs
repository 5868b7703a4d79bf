//! Launch of the Hopper forward on CubeCL's CUDA stream: the three TMA tensor maps (CubeCL
//! encodes them from their metadata at launch, `cuTensorMapEncodeTiled`), the output
//! buffers and the sizes as info words, in the parameter order of `attn_fwd.cu`'s
//! `*_cubecl` entry points (see [`crate::kernels::cuda_source`]).

use cubecl::prelude::*;
use cubecl::server::{TensorMapBinding, TensorMapMeta};
use cubecl::zspace::metadata::Metadata;

use super::super::validate::Shape;
use super::super::AttentionConfig;
use super::{HopperCfg, BLOCK, THREADS};
use crate::buffer::GpuTensor;
use crate::context::{Client, MetalContext};
use crate::error::{PmetalError, Result};
use crate::kernels::cuda_source::CudaSource;

/// The kernel's source: compiled once per context by NVRTC (CubeCL caches it by a hash of
/// the text).
const SOURCE: &str = include_str!("attn_fwd.cu");

/// A tensor map over `[B, T, heads, D]` bf16 (row-major, D contiguous) with boxes of
/// 128 rows x 64 of D (128 bytes, the 128-byte swizzle's row), one head and one batch
/// entry: rows past T read as zeros, and no box crosses a batch entry.
fn rows_map(t: &GpuTensor) -> TensorMapBinding {
    let s = t.shape();
    let (b, n, heads, d) = (s[0], s[1], s[2], s[3]);
    let meta = TensorMapMeta {
        format: TensorMapFormat::Tiled(TiledArgs { tile_size: [1, BLOCK, 1, 64].into() }),
        metadata: Metadata::new([b, n, heads, d], [n * heads * d, heads * d, d, 1]),
        elem_stride: [1, 1, 1, 1].into(),
        interleave: TensorMapInterleave::None,
        swizzle: TensorMapSwizzle::B128,
        prefetch: TensorMapPrefetch::None,
        oob_fill: OobFill::Zero,
        storage_ty: half::bf16::as_type_native_unchecked().storage_type(),
    };
    TensorMapBinding { binding: t.handle().binding(), map: meta }
}

/// The info words the entry points read as `pmetal_attn::LaunchInfo` (5 u64 words, two
/// 32-bit fields per word, low half first): H | H_kv, T_q | T_k, the scale's bits | flags
/// (bit 0 causal), left | right (window bounds, 1 << 30 unbounded, right min'ed with 0 when
/// causal), the softcap's bits (0 = none) | padding. The plan sends no window or softcap
/// here yet (hopper_plan declines them), so they are the unbounded / none values.
fn info_words(c: &AttentionConfig, sh: &Shape) -> Vec<u64> {
    const UNBOUNDED: i32 = 1 << 30;
    let scale = c.scale.unwrap_or(1.0 / (c.head_dim as f32).sqrt());
    let pair = |lo: u32, hi: u32| lo as u64 | (hi as u64) << 32;
    let right = if c.causal { 0 } else { UNBOUNDED };
    vec![
        pair(c.num_heads as u32, c.num_kv_heads as u32),
        pair(sh.tq as u32, sh.tk as u32),
        pair(scale.to_bits(), c.causal as u32),
        pair(UNBOUNDED as u32, right as u32),
        pair(0.0f32.to_bits(), 0),
    ]
}

/// The forward of a validated bf16 call the plan gave to [`HopperCfg`] `h`: `out` and `lse`
/// written in full.
#[allow(clippy::too_many_arguments)]
pub(crate) fn forward(ctx: &MetalContext, h: HopperCfg, c: &AttentionConfig, sh: &Shape, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, out: &GpuTensor, lse: &GpuTensor) -> Result<()> {
    #[allow(unreachable_patterns)]
    let client = match ctx.client() {
        Client::Cuda(cl) => cl,
        _ => return Err(PmetalError::InvalidArgument("attention: the Hopper forward runs on CUDA only".into())),
    };
    let kernel = CudaSource { entry: h.entry(), source: SOURCE.to_string(), threads: THREADS, shared_bytes: h.shared_bytes() };
    let grid = (sh.tq.div_ceil(BLOCK) as u32, c.num_heads as u32, sh.batch as u32);
    let maps = vec![rows_map(q), rows_map(k), rows_map(v)];
    let buffers = vec![out.handle().binding(), lse.handle().binding()];
    // SAFETY: q, k, v, out and lse were validated against `sh` and `c` (shapes, bf16,
    // one context); the kernel reads q / k / v only through the tensor maps, within their
    // shapes, and writes out and lse only at rows below T_q; the entry points take the
    // parameters in CubeCL's order (cuda_source.rs).
    unsafe { kernel.launch(client, grid, maps, buffers, info_words(c, sh)) };
    Ok(())
}
