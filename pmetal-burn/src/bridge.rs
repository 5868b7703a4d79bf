//! Burn's `CubeTensor` <-> pmetal's `GpuTensor`, without copies.
//!
//! Both libraries are built on CubeCL 0.10, so a tensor of either is a CubeCL `Handle` on a
//! `ComputeClient` plus metadata. The bridge hands the handle across: pmetal wraps Burn's
//! memory with [`GpuTensor::from_handle`] (untracked: Burn owns it) and Burn wraps pmetal's
//! outputs with `CubeTensor::new_contiguous`. The pmetal context is the one for Burn's
//! client ([`MetalContext::from_client`], cached per device), so pmetal's kernels accept
//! every tensor of a call as belonging to one context.
//!
//! pmetal's kernels read dense row-major memory, so every input goes through
//! `into_contiguous` first: free for a dense tensor, one copy for a strided view (a
//! transpose, an expanded gradient, a pitched CUDA allocation).

use burn::tensor::{DType as BurnDType, Shape};
use burn_cubecl::{kernel::into_contiguous, tensor::CubeTensor, CubeRuntime};
use burn_cubecl::cubecl::prelude::ComputeClient;
use burn_cubecl::cubecl::device::Device;
use pmetal_metal::{DType, GpuTensor, MetalContext};

/// pmetal's dtype for a Burn dtype, or why there is none.
pub fn pmetal_dtype(dtype: BurnDType) -> Result<DType, String> {
    Ok(match dtype {
        BurnDType::F32 => DType::F32,
        BurnDType::F16 => DType::F16,
        BurnDType::BF16 => DType::BF16,
        BurnDType::I32 => DType::I32,
        BurnDType::U32 => DType::U32,
        other => {
            return Err(format!(
                "pmetal's kernels take f32, f16, bf16 (and i32/u32 indices), not {other:?}; \
                 cast the tensor first (Tensor::cast)"
            ))
        }
    })
}

/// Burn's dtype for a pmetal dtype (every pmetal dtype has one).
pub fn burn_dtype(dtype: DType) -> BurnDType {
    match dtype {
        DType::F32 => BurnDType::F32,
        DType::F16 => BurnDType::F16,
        DType::BF16 => BurnDType::BF16,
        DType::I32 => BurnDType::I32,
        DType::U32 => BurnDType::U32,
    }
}

/// The pmetal context driving Burn's client of `t`'s device (cached per device).
pub fn context<R: CubeRuntime>(t: &CubeTensor<R>) -> Result<MetalContext, String> {
    device_context::<R>(&t.client, &t.device)
}

/// The pmetal context driving `client`, Burn's client of `device` (cached per device).
pub fn device_context<R: CubeRuntime>(client: &ComputeClient<R>, device: &R::Device) -> Result<MetalContext, String> {
    MetalContext::from_client(client, device).map_err(|e| format!("cannot drive Burn's device {device:?}: {e}"))
}

/// `t` as a pmetal tensor on `ctx`, sharing its memory (a strided `t` is made contiguous
/// first, by Burn's kernel: the only case that copies).
pub fn to_gpu<R: CubeRuntime>(ctx: &MetalContext, t: CubeTensor<R>) -> Result<GpuTensor, String> {
    if t.qparams.is_some() {
        return Err("quantized tensors are not supported by pmetal's kernels; dequantize first".into());
    }
    let dtype = pmetal_dtype(t.dtype)?;
    let t = into_contiguous(t);
    let shape: Vec<usize> = t.meta.shape().iter().copied().collect();
    GpuTensor::from_handle(ctx, t.handle, dtype, &shape).map_err(|e| e.to_string())
}

/// A pmetal tensor as a Burn tensor on `client`/`device` (those of the call's inputs),
/// sharing its memory.
pub fn from_gpu<R: CubeRuntime>(like: &CubeTensor<R>, g: GpuTensor) -> CubeTensor<R> {
    let shape = Shape::from(g.shape().to_vec());
    let dtype = burn_dtype(g.dtype());
    CubeTensor::new_contiguous(like.client.clone(), like.device.clone(), shape, g.into_handle(), dtype)
}

/// One op's crossing: the context of its first input, the op's name for messages, and the
/// checks every input goes through. Burn's op traits cannot return errors, so a refused
/// input panics here, with what and why, before anything is launched.
pub(crate) struct Call<'a, R: CubeRuntime> {
    pub ctx: MetalContext,
    pub op: &'static str,
    first: &'a CubeTensor<R>,
}

impl<'a, R: CubeRuntime> Call<'a, R> {
    pub fn new(op: &'static str, first: &'a CubeTensor<R>) -> Self {
        let ctx = context(first).unwrap_or_else(|e| panic!("pmetal-burn {op}: {e}"));
        Call { ctx, op, first }
    }

    /// An input, named `what` in messages; must be on the first input's device.
    pub fn input(&self, t: CubeTensor<R>, what: &str) -> GpuTensor {
        if t.device.to_id() != self.first.device.to_id() {
            panic!(
                "pmetal-burn {}: {what} is on {:?}, the other inputs on {:?}; move it first",
                self.op, t.device, self.first.device
            );
        }
        to_gpu(&self.ctx, t).unwrap_or_else(|e| panic!("pmetal-burn {}: {what}: {e}", self.op))
    }

    /// An input that must have `rank` dimensions.
    pub fn input_rank(&self, t: CubeTensor<R>, rank: usize, what: &str) -> GpuTensor {
        if t.meta.num_dims() != rank {
            panic!("pmetal-burn {}: {what} must have {rank} dimensions, got shape {:?}", self.op, t.meta.shape());
        }
        self.input(t, what)
    }

    /// A pmetal result, or a panic saying which op refused what (pmetal validates every
    /// input before it launches anything, so nothing ran).
    pub fn ok<T>(&self, r: pmetal_metal::Result<T>) -> T {
        r.unwrap_or_else(|e| panic!("pmetal-burn {}: pmetal's kernel refused the call: {e}", self.op))
    }

    /// A pmetal output as a Burn tensor on the inputs' device.
    pub fn output(&self, g: GpuTensor) -> CubeTensor<R> {
        from_gpu(self.first, g)
    }
}
