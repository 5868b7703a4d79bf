//! Kernels: one folder per op. In each, `mod.rs` is the public API (validates, then
//! launches), `launch.rs` builds launches and assumes valid input, and `kernel.rs` holds
//! only `#[cube]` code.

pub mod attention;
pub mod block;
pub mod cross_entropy;
pub mod fused_gemm;
pub mod linear_cross_entropy;
pub mod lora;
pub mod io;
pub mod matmul;
pub mod rmsnorm;
pub mod rope;
pub mod sampler;
pub mod swiglu;

pub use io::Storage;

use cubecl::prelude::*;

use crate::{DeviceInfo, GpuTensor, MetalContext, PmetalError, Result};

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

/// Whether `sync_plane()` on this device's backend also orders shared memory between the
/// plane's lanes, so that a plane may exchange data through shared memory with it alone.
/// CUDA's `__syncwarp()` does (it is a memory barrier among the participating threads).
/// CubeCL 0.10 emits `simdgroup_barrier(mem_flags::mem_none)` for Metal, which orders no
/// memory, and for Vulkan a subgroup `OpControlBarrier` with relaxed (no) memory
/// semantics: there kernels take the cube barrier around such exchanges (a comptime flag
/// of their configuration, so the CUDA kernels keep the cheaper plane barrier).
pub(crate) fn plane_sync_orders_shared(ctx: &crate::MetalContext) -> bool {
    ctx.backend() == crate::Backend::Cuda
}

/// Side of the matrix-unit fragments this device offers for 16-bit operands of `dtype`
/// with f32 accumulation: 16 (CUDA wmma 16x16x16), 8 (Metal simdgroup 8x8x8), or none
/// (f32 stays on the exact FMA paths; the kernels are written for planes of 32).
pub(crate) fn mma_fragment(ctx: &crate::MetalContext, dtype: crate::DType) -> Option<usize> {
    use crate::{context::with_client, Backend, DType};
    use cubecl::ir::features::MmaConfig;
    let info = ctx.info();
    if dtype == DType::F32 || !info.has_matrix_units {
        return None;
    }
    let native = match dtype {
        DType::F16 => info.native_f16,
        DType::BF16 => info.native_bf16,
        _ => false,
    };
    if !native || info.plane_size != (32, 32) {
        return None;
    }
    let elem = match dtype {
        DType::F16 => half::f16::as_type_native_unchecked().storage_type(),
        _ => half::bf16::as_type_native_unchecked().storage_type(),
    };
    let f32t = f32::as_type_native_unchecked().storage_type();
    let s: usize = if ctx.backend() == Backend::Cuda { 16 } else { 8 };
    let want = MmaConfig { a_type: elem, b_type: elem, cd_type: f32t, m: s as u32, n: s as u32, k: s as u32 };
    let has = with_client!(ctx, |c, R| c.properties().features.matmul.cmma.contains(&want));
    has.then_some(s)
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

pub(crate) fn check_dtype(expected: crate::DType, t: &GpuTensor) -> Result<()> {
    if t.dtype() != expected {
        return Err(PmetalError::DTypeMismatch { expected, got: t.dtype() });
    }
    Ok(())
}

/// `t` is on `ctx` with `dtype` and `shape`.
pub(crate) fn check_like(ctx: &MetalContext, dtype: crate::DType, shape: &[usize], t: &GpuTensor, what: &str) -> Result<()> {
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
/// (measured on an H200: forward at 1750 GB/s of 4800). Only CUDA launches turn it on:
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
