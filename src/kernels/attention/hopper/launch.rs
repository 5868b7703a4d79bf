//! Launches of the Hopper forward and backward on CubeCL's CUDA stream: the TMA tensor maps
//! (CubeCL encodes them from their metadata at launch, `cuTensorMapEncodeTiled`), the
//! other buffers (and, for packed sequences, the offsets) and the sizes as info words, in
//! the parameter order of `attn_fwd.cu`'s and `attn_bwd.cu`'s `*_cubecl` entry points (see
//! [`crate::kernels::cuda_source`]).

use cubecl::prelude::*;
use cubecl::server::{TensorMapBinding, TensorMapMeta};
use cubecl::zspace::metadata::Metadata;

use super::super::validate::Shape;
use super::super::{AttentionConfig, AttentionGrads, VarLen};
use super::{HopperBwdCfg, HopperCfg, BLOCK, THREADS};
use crate::buffer::GpuTensor;
use crate::context::{Client, MetalContext};
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
use crate::kernels::cuda_source::{CudaProgram, CudaSource};

/// The kernels' sources, each one translation unit behind the shared device code
/// (`common.cuh`): compiled by NVRTC once per entry point and context (CubeCL caches them by
/// a hash of the text).
static FWD: CudaProgram = CudaProgram::new(concat!(include_str!("common.cuh"), include_str!("attn_fwd.cu")));
static BWD: CudaProgram = CudaProgram::new(concat!(include_str!("common.cuh"), include_str!("attn_bwd.cu")));

/// A tensor map over `t`'s rows (row-major, D contiguous): `[B, T, heads, D]`, or
/// `[total, heads, D]` for packed sequences, with boxes of 128 rows x 64 of D (128 bytes,
/// the 128-byte swizzle's row) of one head (and one batch entry). Rows past the tensor read
/// as zeros; with batches no box crosses a batch entry, and packed sequences' boxes that run
/// into the next sequence are masked by the kernel.
fn rows_map(t: &GpuTensor) -> TensorMapBinding {
    let (shape, strides, tile): (Vec<usize>, Vec<usize>, Vec<usize>) = match *t.shape() {
        [b, n, heads, d] => (vec![b, n, heads, d], vec![n * heads * d, heads * d, d, 1], vec![1, BLOCK, 1, 64]),
        [n, heads, d] => (vec![n, heads, d], vec![heads * d, d, 1], vec![BLOCK, 1, 64]),
        _ => unreachable!("validated: attention q, k, v are rank 3 or 4"),
    };
    let elem = match t.dtype() {
        DType::F16 => half::f16::as_type_native_unchecked(),
        _ => half::bf16::as_type_native_unchecked(),
    };
    let rank = shape.len();
    let meta = TensorMapMeta {
        format: TensorMapFormat::Tiled(TiledArgs { tile_size: tile.into() }),
        metadata: Metadata::new(shape, strides),
        elem_stride: vec![1; rank].into(),
        interleave: TensorMapInterleave::None,
        swizzle: TensorMapSwizzle::B128,
        // As the standalone harness encodes them (bench/hopper/attention_fwd.cu).
        prefetch: TensorMapPrefetch::B256,
        oob_fill: OobFill::Zero,
        storage_ty: elem.storage_type(),
    };
    TensorMapBinding { binding: t.handle().binding(), map: meta }
}

/// The info words the entry points read as `pmetal_attn::LaunchInfo` (5 u64 words, two
/// 32-bit fields per word, low half first): H | H_kv, T_q | T_k (the longest sequences
/// when packed), the scale's bits | flags (bit 0 causal), left | right (the window bounds as
/// the portable kernels take them: 1 << 30 unbounded, right already at most 0 when causal),
/// the softcap's bits (0 = none) | padding.
fn info_words(c: &AttentionConfig, sh: &Shape, (left, right): (i32, i32), scale: f32) -> Vec<u64> {
    let pair = |lo: u32, hi: u32| lo as u64 | (hi as u64) << 32;
    vec![
        pair(c.num_heads as u32, c.num_kv_heads as u32),
        pair(sh.tq as u32, sh.tk as u32),
        pair(scale.to_bits(), c.causal as u32),
        pair(left as u32, right as u32),
        pair(c.softcap.unwrap_or(0.0).to_bits(), 0),
    ]
}

/// The forward of a validated call the plan gave to [`HopperCfg`] `h` (`window` and
/// `scale` as the op resolves them): `out` and `lse` written in full.
#[allow(clippy::too_many_arguments)]
pub(crate) fn forward(
    ctx: &MetalContext,
    h: HopperCfg,
    c: &AttentionConfig,
    sh: &Shape,
    window: (i32, i32),
    scale: f32,
    (q, k, v): (&GpuTensor, &GpuTensor, &GpuTensor),
    seqs: Option<&VarLen>,
    out: &GpuTensor,
    lse: &GpuTensor,
) -> Result<()> {
    let client = cuda_client(ctx)?;
    let kernel = CudaSource { entry: h.entry(), program: &FWD, threads: THREADS, shared_bytes: h.shared_bytes() };
    let grid = (sh.tq.div_ceil(BLOCK) as u32, c.num_heads as u32, sh.batch as u32);
    let maps = vec![rows_map(q), rows_map(k), rows_map(v)];
    let mut buffers = vec![out.handle().binding(), lse.handle().binding()];
    if let Some(s) = seqs {
        buffers.extend([s.cu_q.handle().binding(), s.cu_k.handle().binding()]);
    }
    // SAFETY: q, k, v, out, lse (and the offsets) were validated against `sh` and `c`
    // (shapes, dtype, one context, offsets within the tensors); the kernel reads q / k / v
    // only through the tensor maps, within their shapes, and writes out and lse only at
    // rows of its sequences; the entry points take the parameters in CubeCL's order
    // (cuda_source.rs).
    unsafe { kernel.launch(client, grid, maps, buffers, info_words(c, sh, window, scale)) };
    Ok(())
}

/// The backward of a validated call the plan gave to [`HopperBwdCfg`] `h`: `delta` is
/// `rowsum(dO O)` laid out as `lse` (already computed on the same stream); every element
/// of `g`'s gradients written once, dK and dV by the dK / dV kernel, dQ by the dQ kernel.
#[allow(clippy::too_many_arguments)]
pub(crate) fn backward(
    ctx: &MetalContext,
    h: HopperBwdCfg,
    c: &AttentionConfig,
    sh: &Shape,
    window: (i32, i32),
    scale: f32,
    (q, k, v, d_out): (&GpuTensor, &GpuTensor, &GpuTensor, &GpuTensor),
    (lse, delta): (&GpuTensor, &GpuTensor),
    seqs: Option<&VarLen>,
    g: &AttentionGrads,
) -> Result<()> {
    let client = cuda_client(ctx)?;
    let info = info_words(c, sh, window, scale);
    let offsets = |mut b: Vec<cubecl::server::Binding>| {
        if let Some(s) = seqs {
            b.extend([s.cu_q.handle().binding(), s.cu_k.handle().binding()]);
        }
        b
    };
    let maps = || vec![rows_map(q), rows_map(k), rows_map(v), rows_map(d_out)];
    let stats = || vec![lse.handle().binding(), delta.handle().binding()];
    let dkv = CudaSource { entry: h.dkv_entry(), program: &BWD, threads: THREADS, shared_bytes: h.dkv_shared_bytes() };
    let dq = CudaSource { entry: h.dq_entry(), program: &BWD, threads: THREADS, shared_bytes: h.dq_shared_bytes() };
    let mut dkv_bufs = stats();
    dkv_bufs.extend([g.dk.handle().binding(), g.dv.handle().binding()]);
    let mut dq_bufs = stats();
    dq_bufs.push(g.dq.handle().binding());
    // SAFETY: q, k, v, d_out, lse, the gradients (and the offsets) were validated against
    // `sh` and `c` (shapes, dtype, one context, offsets within the tensors), delta was
    // allocated like lse; the kernels read q / k / v / d_out only through the tensor maps,
    // within their shapes, and write each gradient row of their sequences once; the entry
    // points take the parameters in CubeCL's order (cuda_source.rs).
    unsafe {
        dkv.launch(client, (sh.tk.div_ceil(BLOCK) as u32, c.num_kv_heads as u32, sh.batch as u32), maps(), offsets(dkv_bufs), info.clone());
        dq.launch(client, (sh.tq.div_ceil(BLOCK) as u32, c.num_heads as u32, sh.batch as u32), maps(), offsets(dq_bufs), info);
    }
    Ok(())
}

/// The context's CUDA client: the Hopper kernels run on CUDA only.
fn cuda_client(ctx: &MetalContext) -> Result<&cubecl::prelude::ComputeClient<cubecl::cuda::CudaRuntime>> {
    #[allow(unreachable_patterns)]
    match ctx.client() {
        Client::Cuda(cl) => Ok(cl),
        _ => Err(PmetalError::InvalidArgument("attention: the Hopper kernels run on CUDA only".into())),
    }
}
