//! Typed GPU buffers with shape metadata and host round trips.

use std::marker::PhantomData;

use cubecl::server::Handle;
use half::{bf16, f16};

use crate::context::with_client;
use crate::context::MetalContext;
use crate::dtype::{DType, Element};
use crate::error::{PmetalError, Result};

/// A dense, row-major GPU tensor whose dtype is known at run time.
///
/// This is what kernels take, so a dtype mismatch between arguments is a typed error, not
/// a compile error; [`GpuBuffer<T>`] is its statically typed face and derefs to it.
/// Element counts are 64-bit.
#[derive(Clone)]
pub struct GpuTensor {
    ctx: MetalContext,
    handle: Handle,
    /// Accounts the allocation in the context's memory counters while any view lives.
    alloc: std::sync::Arc<crate::context::Allocation>,
    dtype: DType,
    shape: Vec<usize>,
    strides: Vec<usize>,
}

impl std::fmt::Debug for GpuTensor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GpuTensor").field("dtype", &self.dtype).field("shape", &self.shape).finish()
    }
}

fn contiguous_strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1];
    }
    strides
}

/// Element count of `shape`, or an error if it overflows 64 bits.
fn numel_of(shape: &[usize]) -> Result<u64> {
    shape.iter().try_fold(1u64, |acc, &d| acc.checked_mul(d as u64)).ok_or_else(|| {
        PmetalError::TooLarge(format!("shape {shape:?} has more than 2^64 elements"))
    })
}

impl GpuTensor {
    /// Uploads raw little-endian bytes as a tensor of `dtype` and `shape`.
    pub fn from_bytes(ctx: &MetalContext, dtype: DType, shape: &[usize], bytes: &[u8]) -> Result<Self> {
        // The byte count can pass 2^64 where the element count does not (2^62 f32).
        let want = numel_of(shape)?
            .checked_mul(dtype.size() as u64)
            .ok_or_else(|| PmetalError::TooLarge(format!("shape {shape:?} of {dtype} has more than 2^64 bytes")))?;
        if want != bytes.len() as u64 {
            return Err(PmetalError::ShapeMismatch(format!(
                "{} bytes given for shape {shape:?} of {dtype} ({want} bytes expected)",
                bytes.len()
            )));
        }
        ctx.check_binding(bytes.len() as u64, || format!("a {dtype} tensor {shape:?}"))?;
        // Allocations are rounded up to 4-byte multiples (never 0 bytes): backends bind
        // storage in words. Reads cut the padding off again.
        let handle = if bytes.len().is_multiple_of(4) && !bytes.is_empty() {
            with_client!(ctx, |c, R| c.create_from_slice(bytes))
        } else {
            let mut padded = bytes.to_vec();
            padded.resize(bytes.len().div_ceil(4).max(1) * 4, 0);
            with_client!(ctx, |c, R| c.create_from_slice(&padded))
        };
        Ok(Self::from_parts(ctx, handle, ctx.track(bytes.len() as u64), dtype, shape))
    }

    /// An uninitialised tensor (its contents are whatever the allocator hands out).
    pub fn empty(ctx: &MetalContext, dtype: DType, shape: &[usize]) -> Result<Self> {
        let n = numel_of(shape)?;
        let bytes = n.checked_mul(dtype.size() as u64).ok_or_else(|| PmetalError::TooLarge(format!("{shape:?}")))?;
        let alloc = usize::try_from(bytes.div_ceil(4).max(1) * 4)
            .map_err(|_| PmetalError::TooLarge(format!("{bytes} bytes")))?;
        ctx.check_binding(bytes, || format!("a {dtype} tensor {shape:?}"))?;
        let handle = with_client!(ctx, |c, R| c.empty(alloc));
        Ok(Self::from_parts(ctx, handle, ctx.track(bytes), dtype, shape))
    }

    fn from_parts(
        ctx: &MetalContext,
        handle: Handle,
        alloc: std::sync::Arc<crate::context::Allocation>,
        dtype: DType,
        shape: &[usize],
    ) -> Self {
        GpuTensor { ctx: ctx.clone(), handle, alloc, dtype, shape: shape.to_vec(), strides: contiguous_strides(shape) }
    }

    /// The context that owns the memory.
    pub fn context(&self) -> &MetalContext {
        &self.ctx
    }
    /// Element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }
    /// Shape, outermost first.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }
    /// Strides in elements (always row-major contiguous today).
    pub fn strides(&self) -> &[usize] {
        &self.strides
    }
    /// Number of elements (64-bit).
    pub fn numel(&self) -> u64 {
        self.shape.iter().map(|&d| d as u64).product()
    }
    /// Size in bytes.
    pub fn size_bytes(&self) -> u64 {
        self.numel() * self.dtype.size() as u64
    }
    /// Same memory, new shape with the same element count (no copy).
    pub fn reshape(&self, shape: &[usize]) -> Result<Self> {
        if numel_of(shape)? != self.numel() {
            return Err(PmetalError::ShapeMismatch(format!("cannot reshape {:?} to {shape:?}", self.shape)));
        }
        Ok(Self::from_parts(&self.ctx, self.handle.clone(), self.alloc.clone(), self.dtype, shape))
    }

    /// Rows `rows` of the leading dimension as a dense tensor over the same memory (the
    /// handle's start moved; no copy). Crate-internal: callers keep the byte offset a
    /// multiple of the device's view alignment and the range inside the tensor.
    pub(crate) fn rows_view(&self, rows: std::ops::Range<usize>) -> GpuTensor {
        debug_assert!(rows.start <= rows.end && rows.end <= self.shape[0]);
        let mut shape = self.shape.clone();
        shape[0] = rows.end - rows.start;
        let offset = (rows.start * self.strides[0] * self.dtype.size()) as u64;
        let handle = if offset == 0 { self.handle.clone() } else { self.handle.clone().offset_start(offset) };
        Self::from_parts(&self.ctx, handle, self.alloc.clone(), self.dtype, &shape)
    }

    /// Bytes of this tensor's allocation that [`MetalContext::live_bytes`] counts: its
    /// size for memory pmetal allocated, 0 for memory wrapped with
    /// [`from_handle`](Self::from_handle). Views share their allocation's count.
    pub fn counted_bytes(&self) -> u64 {
        self.alloc.bytes
    }

    /// The CubeCL handle of the memory (a reference-counted clone, no copy): hand it to
    /// another library on the same `ComputeClient`, e.g. as a Burn `CubeTensor`'s handle.
    /// The data is dense row-major [`shape`](Self::shape) from the handle's start offset.
    pub fn handle(&self) -> Handle {
        self.handle.clone()
    }

    /// Gives up the tensor for its handle (see [`handle`](Self::handle)). pmetal's memory
    /// counters stop counting it once every view of the allocation is gone.
    pub fn into_handle(self) -> Handle {
        self.handle
    }

    /// Wraps memory another library allocated on `ctx`'s client (e.g. a Burn `CubeTensor`'s
    /// handle, from [`MetalContext::from_client`]) as a dense row-major tensor of `dtype` and
    /// `shape`, without a copy. The handle may carry byte offsets (a slice of a larger
    /// buffer); the element count comes from `shape`, and the handle must hold at least that
    /// many bytes. The memory is not counted in [`MetalContext::live_bytes`]: pmetal did not
    /// allocate it. The caller vouches that the handle belongs to `ctx`'s client and that
    /// the data is contiguous (a strided view must be made contiguous first).
    pub fn from_handle(ctx: &MetalContext, handle: Handle, dtype: DType, shape: &[usize]) -> Result<Self> {
        let bytes = numel_of(shape)?
            .checked_mul(dtype.size() as u64)
            .ok_or_else(|| PmetalError::TooLarge(format!("{shape:?}")))?;
        if bytes > handle.size_in_used() {
            return Err(PmetalError::ShapeMismatch(format!(
                "a handle of {} bytes cannot hold {shape:?} of {dtype} ({bytes} bytes)",
                handle.size_in_used()
            )));
        }
        Ok(Self::from_parts(ctx, handle, ctx.untracked(), dtype, shape))
    }

    fn read(&self) -> Result<cubecl::bytes::Bytes> {
        with_client!(self.ctx, |c, R| c.read_one(self.handle.clone())).map_err(|e| PmetalError::Device(format!("{e:?}")))
    }

    /// Downloads the raw bytes (blocks until queued work that writes it has finished).
    /// The runtime's read-back buffer becomes the vector where it can (no host copy);
    /// otherwise it is copied once.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let n = self.size_bytes() as usize;
        Ok(match self.read()?.try_into_vec::<u8>() {
            Ok(mut v) => {
                v.truncate(n);
                v
            }
            Err(b) => b[..n].to_vec(),
        })
    }

    /// Downloads as `T`, which must match the dtype; like [`to_bytes`](Self::to_bytes),
    /// without a host copy where the read-back buffer is already a `Vec<T>`.
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        if T::DTYPE != self.dtype {
            return Err(PmetalError::DTypeMismatch { expected: self.dtype, got: T::DTYPE });
        }
        let n = self.numel() as usize;
        Ok(match self.read()?.try_into_vec::<T>() {
            Ok(mut v) => {
                v.truncate(n);
                v
            }
            Err(b) => bytemuck::pod_collect_to_vec(&b[..n * std::mem::size_of::<T>()]),
        })
    }

    /// Uploads f32 host values as a tensor of float `dtype` (f32, f16 or bf16), converting
    /// on the host with the `half` crate (round to nearest even; out-of-range values become
    /// infinities, NaN stays NaN). For a model whose weights are f32 on the host and bf16
    /// on the device, e.g. `GpuTensor::from_f32(&ctx, DType::BF16, &[rows, cols], &w)`.
    /// `data.len()` must equal the shape's element count; integer dtypes are refused.
    pub fn from_f32(ctx: &MetalContext, dtype: DType, shape: &[usize], data: &[f32]) -> Result<Self> {
        if numel_of(shape)? != data.len() as u64 {
            return Err(PmetalError::ShapeMismatch(format!("{} elements given for shape {shape:?}", data.len())));
        }
        match dtype {
            DType::F32 => Self::from_bytes(ctx, dtype, shape, bytemuck::cast_slice(data)),
            DType::F16 => Self::from_bytes(ctx, dtype, shape, bytemuck::cast_slice(&host::narrow::<f16>(data))),
            DType::BF16 => Self::from_bytes(ctx, dtype, shape, bytemuck::cast_slice(&host::narrow::<bf16>(data))),
            DType::I32 | DType::U32 => Err(host::not_float("from_f32", dtype)),
        }
    }

    /// Downloads a float tensor (f32, f16 or bf16) widened to f32, which is exact. Integer
    /// tensors are refused (use [`to_vec`](Self::to_vec)).
    pub fn to_f32_vec(&self) -> Result<Vec<f32>> {
        match self.dtype {
            DType::F32 => self.to_vec::<f32>(),
            DType::F16 => Ok(host::widen(&self.to_vec::<f16>()?)),
            DType::BF16 => Ok(host::widen(&self.to_vec::<bf16>()?)),
            DType::I32 | DType::U32 => Err(host::not_float("to_f32_vec", self.dtype)),
        }
    }

    /// This tensor in float `dtype`: the tensor itself (a view, no copy) when it already
    /// is `dtype`, else a new tensor converted through host memory (download, convert
    /// through f32 with `half`, upload). For loading and checking data, not for a training
    /// loop: it blocks on the device and crosses the bus twice. Float dtypes only.
    pub fn to_dtype(&self, dtype: DType) -> Result<GpuTensor> {
        if !dtype.is_float() {
            return Err(host::not_float("to_dtype", dtype));
        }
        if dtype == self.dtype {
            return Ok(self.clone());
        }
        Self::from_f32(&self.ctx, dtype, &self.shape, &self.to_f32_vec()?)
    }

    /// Views as a typed buffer, checking the dtype.
    pub fn typed<T: Element>(self) -> Result<GpuBuffer<T>> {
        if T::DTYPE != self.dtype {
            return Err(PmetalError::DTypeMismatch { expected: T::DTYPE, got: self.dtype });
        }
        Ok(GpuBuffer { raw: self, _t: PhantomData })
    }
}

/// A typed GPU buffer of `T` (f32, f16, bf16, i32, u32): a [`GpuTensor`] whose dtype is
/// fixed at compile time. Derefs to [`GpuTensor`], so it can be passed to any kernel.
#[derive(Clone, Debug)]
pub struct GpuBuffer<T: Element> {
    raw: GpuTensor,
    _t: PhantomData<T>,
}

impl<T: Element> std::ops::Deref for GpuBuffer<T> {
    type Target = GpuTensor;
    fn deref(&self) -> &GpuTensor {
        &self.raw
    }
}

impl<T: Element> GpuBuffer<T> {
    /// Uploads a host slice with the given shape (its product must equal `data.len()`).
    pub fn from_slice(ctx: &MetalContext, data: &[T], shape: &[usize]) -> Result<Self> {
        if numel_of(shape)? != data.len() as u64 {
            return Err(PmetalError::ShapeMismatch(format!(
                "{} elements given for shape {shape:?}",
                data.len()
            )));
        }
        GpuTensor::from_bytes(ctx, T::DTYPE, shape, bytemuck::cast_slice(data))?.typed()
    }

    /// Uploads f32 host values converted to `T` (f32, f16 or bf16; see
    /// [`GpuTensor::from_f32`]), e.g. `GpuBuffer::<bf16>::from_f32(&ctx, &w, &[rows, cols])`.
    pub fn from_f32(ctx: &MetalContext, data: &[f32], shape: &[usize]) -> Result<Self> {
        GpuTensor::from_f32(ctx, T::DTYPE, shape, data)?.typed()
    }

    /// Uploads a host slice as a 1-D buffer.
    pub fn from_vec1(ctx: &MetalContext, data: &[T]) -> Result<Self> {
        Self::from_slice(ctx, data, &[data.len()])
    }

    /// An uninitialised buffer of `shape`.
    pub fn empty(ctx: &MetalContext, shape: &[usize]) -> Result<Self> {
        GpuTensor::empty(ctx, T::DTYPE, shape)?.typed()
    }

    /// Downloads to a host vector.
    pub fn to_vec(&self) -> Result<Vec<T>> {
        self.raw.to_vec()
    }

    /// The untyped tensor.
    pub fn into_tensor(self) -> GpuTensor {
        self.raw
    }
}

/// Host conversions between f32 and the 16-bit floats, through `half`'s slice conversions
/// (which use the CPU's conversion instructions where it has them).
mod host {
    use half::slice::HalfFloatSliceExt;

    use crate::dtype::DType;
    use crate::error::PmetalError;

    /// `data` rounded to `H`, f16 or bf16 (round to nearest even).
    pub(super) fn narrow<H: Copy + Default>(data: &[f32]) -> Vec<H>
    where
        [H]: HalfFloatSliceExt,
    {
        let mut out = vec![H::default(); data.len()];
        out.convert_from_f32_slice(data);
        out
    }

    /// `data` widened to f32 (exact).
    pub(super) fn widen<H>(data: &[H]) -> Vec<f32>
    where
        [H]: HalfFloatSliceExt,
    {
        data.to_f32_vec()
    }

    pub(super) fn not_float(what: &str, dtype: DType) -> PmetalError {
        PmetalError::InvalidArgument(format!("{what}: {dtype} is not a float dtype (f32, f16, bf16)"))
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use half::{bf16, f16};

        #[test]
        fn narrow_rounds_to_nearest_even_and_widen_is_exact() {
            // 1 + 2^-11 is halfway between two f16 values (ulp 2^-10 at 1): ties go to even (1.0);
            // 1 + 3 * 2^-11 ties up to 1 + 2^-9. 65520 is past f16's max (65504): infinity.
            let x = [1.0 + 2f32.powi(-11), 1.0 + 3.0 * 2f32.powi(-11), 65520.0, -0.0, f32::NAN];
            let h = narrow::<f16>(&x);
            let w = widen(&h);
            assert_eq!(&w[..3], &[1.0, 1.0 + 2f32.powi(-9), f32::INFINITY]);
            assert!(w[3] == 0.0 && w[3].is_sign_negative());
            assert!(w[4].is_nan());
            // bf16 keeps f32's exponent: 3e38 stays finite; 1 + 2^-8 ties to even (1.0).
            let b = widen(&narrow::<bf16>(&[3.0e38, 1.0 + 2f32.powi(-8), 0.1]));
            assert!(b[0].is_finite() && (b[0] - 3.0e38).abs() < 3.0e38 / 128.0);
            assert_eq!(b[1], 1.0);
            assert_eq!(b[2], bf16::from_f32(0.1).to_f32());
            // Every value a 16-bit float holds survives the round trip through f32.
            let all: Vec<f16> = (0..=u16::MAX).map(f16::from_bits).filter(|v| !v.is_nan()).collect();
            assert_eq!(narrow::<f16>(&widen(&all)), all);
        }
    }
}
