//! Kernels: one folder per op. In each, `mod.rs` is the public API (validates, then
//! launches), `launch.rs` builds launches and assumes valid input, and `kernel.rs` holds
//! only `#[cube]` code.

pub mod attention;
pub mod block;
pub mod cross_entropy;
#[cfg(feature = "cuda")]
pub(crate) mod cuda_source;
pub mod fused_gemm;
pub mod linear_cross_entropy;
pub mod lora;
pub mod io;
pub mod matmul;
pub mod rmsnorm;
pub mod rope;
pub mod sampler;
pub mod swiglu;

use cubecl::prelude::*;

use crate::buffer::GpuTensor;
use crate::context::{DeviceInfo, MetalContext};
use crate::dtype::Storage;
use crate::error::{PmetalError, Result};

/// Threads per workgroup for element-wise kernels. 256 keeps 8 warps per block on CUDA
/// and is within every backend's limit.
pub(crate) const ELEMENTWISE_CUBE: u32 = 256;

/// Workgroup count for `units` threads of `ELEMENTWISE_CUBE`, folded into 2-D where the
/// device caps one axis (wgpu: 65535). Kernels read `ABSOLUTE_POS` and guard the end.
pub(crate) fn elementwise_grid(info: &DeviceInfo, units: usize) -> (CubeCount, CubeDim) {
    let cubes = units.div_ceil(ELEMENTWISE_CUBE as usize).max(1);
    let max_x = info.max_cube_count.0.max(1) as usize;
    let x = cubes.min(max_x);
    let y = cubes.div_ceil(x);
    (CubeCount::Static(x as u32, y as u32, 1), CubeDim::new_1d(ELEMENTWISE_CUBE))
}

/// One cube per row (kernels read `block::cube_row`), rows folded into 2-D where the
/// device caps one axis.
pub(crate) fn row_grid(info: &DeviceInfo, rows: usize, cube: u32) -> (CubeCount, CubeDim) {
    let max_x = info.max_cube_count.0.max(1) as usize;
    let x = rows.clamp(1, max_x);
    (CubeCount::Static(x as u32, rows.div_ceil(x) as u32, 1), CubeDim::new_1d(cube))
}

/// Widest vector (elements per load) that divides every length in `lens`: 16-byte loads
/// where the device allows, narrower for lengths that are not multiples (tails).
pub(crate) fn vector_width(info: &DeviceInfo, storage: Storage, lens: &[usize]) -> usize {
    let mut v = (16 / storage.size()).min(info.max_vector_size.max(1));
    while v > 1 && lens.iter().any(|&l| l % v != 0) {
        v /= 2;
    }
    v
}

/// Whether `sync_plane()` orders shared memory on this device (see
/// [`DeviceInfo::plane_sync_orders_shared`](crate::context::DeviceInfo::plane_sync_orders_shared)).
pub(crate) fn plane_sync_orders_shared(ctx: &crate::context::MetalContext) -> bool {
    ctx.info().plane_sync_orders_shared
}

/// Side of the matrix-unit fragments for 16-bit operands of `dtype` (see
/// [`DeviceInfo::mma_fragment`](crate::context::DeviceInfo::mma_fragment)).
pub(crate) fn mma_fragment(ctx: &crate::context::MetalContext, dtype: crate::dtype::DType) -> Option<usize> {
    ctx.info().mma_fragment(dtype)
}

/// Largest element count a 32-bit-indexed kernel accepts. Bigger tensors are refused
/// with [`PmetalError::TooLarge`] rather than wrapped around.
pub(crate) const MAX_ELEMENTS_U32: u64 = (1 << 31) - 1;

pub(crate) fn check_float(t: &GpuTensor, op: &'static str) -> Result<()> {
    if !t.dtype().is_float() {
        return Err(PmetalError::UnsupportedDType { dtype: t.dtype(), op });
    }
    Ok(())
}

pub(crate) fn check_context(ctx: &MetalContext, t: &GpuTensor) -> Result<()> {
    if !ctx.same(t.context()) {
        return Err(PmetalError::ContextMismatch);
    }
    Ok(())
}

pub(crate) fn check_dtype(expected: crate::dtype::DType, t: &GpuTensor) -> Result<()> {
    if t.dtype() != expected {
        return Err(PmetalError::DTypeMismatch { expected, got: t.dtype() });
    }
    Ok(())
}

/// `t` is on `ctx` with `dtype` and `shape`.
pub(crate) fn check_like(ctx: &MetalContext, dtype: crate::dtype::DType, shape: &[usize], t: &GpuTensor, what: &str) -> Result<()> {
    check_context(ctx, t)?;
    check_dtype(dtype, t)?;
    if t.shape() != shape {
        return Err(PmetalError::ShapeMismatch(format!("{what}: expected {shape:?}, got {:?}", t.shape())));
    }
    Ok(())
}

/// `b` is on `ctx` with the dtype and shape of `a`.
pub(crate) fn check_same(ctx: &MetalContext, a: &GpuTensor, b: &GpuTensor, what: &str) -> Result<()> {
    check_like(ctx, a.dtype(), a.shape(), b, what)
}

pub(crate) fn check_size(t: &GpuTensor, what: &str) -> Result<()> {
    if t.numel() == 0 {
        return Err(PmetalError::Empty(what.to_string()));
    }
    if t.numel() > MAX_ELEMENTS_U32 {
        return Err(PmetalError::TooLarge(format!(
            "{what} has {} elements; this kernel indexes with 32 bits (at most {MAX_ELEMENTS_U32})",
            t.numel()
        )));
    }
    Ok(())
}

/// Floating-point modes of a kernel's `fast_math` attribute: with `on`, CUDA's fast
/// `exp`/`log` (`__expf`, `__logf`: a few ulp, hardware `ex2`/`lg2`) replace the accurate
/// library calls, whose ~20 instructions each made the cross-entropy compute-bound
/// (bench/results/tuning-decisions.md). Only CUDA launches turn it on:
/// SPIR-V would turn the same modes into NotNaN/NotInf decorations that let the driver
/// drop the kernels' NaN and infinity handling.
pub fn fast_exp_modes(on: bool) -> cubecl::ir::features::EnumSet<cubecl::ir::FastMath> {
    use cubecl::ir::FastMath;
    if on {
        FastMath::ReducedPrecision | FastMath::NotNaN | FastMath::NotInf
    } else {
        cubecl::ir::features::EnumSet::empty()
    }
}

/// Array argument over `handle` holding `len` scalar elements (CubeCL counts the length
/// in elements; `Array::len()` in the kernel then gives vectors).
pub(crate) fn arg<R: Runtime>(h: cubecl::server::Handle, len: usize) -> ArrayArg<R> {
    unsafe { ArrayArg::from_raw_parts(h, len) }
}
