//! What the kernels know about a device: [`DeviceInfo`], read once from the runtime's
//! properties when a context is made. Capabilities that differ between backends are
//! decided here, so op code asks for a capability, not for a backend.

use cubecl::prelude::*;

use super::{Backend, Client};

/// What a kernel needs to know about the device to pick its variant.
#[derive(Clone, Debug)]
pub struct DeviceInfo {
    /// Backend in use.
    pub backend: Backend,
    /// Human-readable device name (adapter name, or the NVIDIA model).
    pub name: String,
    /// Whether the device computes on bf16 natively. Where it does not (lavapipe, older
    /// Vulkan drivers), bf16 tensors are carried as 16-bit words and converted in-kernel.
    pub native_bf16: bool,
    /// Whether the device has f16 arithmetic.
    pub native_f16: bool,
    /// Subgroup (SIMD / warp) width range.
    pub plane_size: (u32, u32),
    /// Largest workgroup.
    pub max_units_per_cube: u32,
    /// Widest vector (elements) one load may use.
    pub max_vector_size: usize,
    /// Largest workgroup count along each axis.
    pub max_cube_count: (u32, u32, u32),
    /// Shared (threadgroup) memory per workgroup, bytes.
    pub max_shared_memory: usize,
    /// Streaming multiprocessors / compute units, where the runtime reports them.
    pub compute_units: Option<u32>,
    /// Whether kernels can index with 64 bits (tensors past 2^31 elements).
    pub u64_addressing: bool,
    /// Whether matrix units (cmma / simdgroup matrices / tensor cores) are available.
    pub has_matrix_units: bool,
    /// Whether register-level `mma` (CUDA's `mma.sync` m16n8k16, f16 and bf16 operands, f32
    /// accumulators, with `ldmatrix`) is available: the FlashAttention-2 forward's path.
    pub register_mma: bool,
    /// Largest buffer one kernel argument may bind, in bytes; `None` where only memory
    /// limits it (CUDA). On wgpu it is the device's storage-binding limit (Vulkan's
    /// `maxStorageBufferRange`: 128 MiB on lavapipe and in wgpu's defaults; on Metal the
    /// device's largest buffer, capped at 4 GiB by wgpu), and CubeCL 0.10 makes it its
    /// largest allocation too, so no tensor can be bigger there.
    pub max_binding_bytes: Option<u64>,
    /// Loop iterations one shader invocation may run in all, where the driver cuts loops
    /// off silently past a count: Mesa's llvmpipe (lavapipe) shares one limiter of 65,535
    /// iterations between every loop of a shader (gallivm's `LP_MAX_TGSI_LOOP_ITERATIONS`)
    /// and then leaves each loop early. Kernels whose walk grows with the problem (the
    /// attention tiles) split it over more cubes so that no invocation gets near it.
    pub loop_limit: Option<u64>,
    /// Side of the matrix-unit fragments for f16 operands with f32 accumulation: 16 (CUDA
    /// wmma 16x16x16), 8 (Metal simdgroup matrices 8x8x8), or `None` (no such unit, no
    /// native f16, or planes other than 32 wide, which the kernels are written for).
    pub fragment_f16: Option<usize>,
    /// The same for bf16 operands.
    pub fragment_bf16: Option<usize>,
    /// Whether `sync_plane()` also orders shared memory between the plane's lanes, so a
    /// plane may exchange data through shared memory with it alone. CUDA's `__syncwarp()`
    /// does (a memory barrier among the participating threads). CubeCL 0.10 emits
    /// `simdgroup_barrier(mem_flags::mem_none)` for Metal, which orders no memory, and for
    /// Vulkan a subgroup `OpControlBarrier` with relaxed (no) memory semantics: there
    /// kernels take the cube barrier around such exchanges.
    pub plane_sync_orders_shared: bool,
    /// Whether kernels ask for the runtime's approximate `exp` / `log` (CUDA's
    /// `__expf` / `__logf`, within the tolerances the tests hold). Metal compiles with
    /// fast math on already; Vulkan has no such switch in CubeCL 0.10.
    pub fast_exp: bool,
    /// Byte alignment a row-range view's start must have: 16 on CUDA (vector loads and
    /// TMA want 16-byte-aligned bases), 256 on wgpu (its storage-binding offset
    /// alignment).
    pub view_alignment: u64,
    /// Whether matmuls on this context run through cuBLASLt (CUDA, feature `cublaslt`, the
    /// library loaded, not turned off by `PMETAL_CUBLASLT=0`); see
    /// [`MatmulAlgorithm::CublasLt`](crate::kernels::matmul::MatmulAlgorithm::CublasLt).
    pub cublaslt: bool,
    /// Whether the device runs sm_90a code (compute capability 9.0: `wgmma`, TMA tensor
    /// maps, `setmaxnreg`), which the hand-written Hopper kernels need. CubeCL compiles
    /// for `sm_90a` there; the `a` features do not carry over to later architectures.
    pub sm90a: bool,
}

impl DeviceInfo {
    /// Side of the matrix-unit fragments for 16-bit operands of `dtype` with f32
    /// accumulation, or `None` (f32 always takes the exact FMA paths).
    pub fn mma_fragment(&self, dtype: crate::dtype::DType) -> Option<usize> {
        match dtype {
            crate::dtype::DType::F16 => self.fragment_f16,
            crate::dtype::DType::BF16 => self.fragment_bf16,
            _ => None,
        }
    }
}

pub(super) fn describe(client: &Client, backend: Backend, name: String) -> DeviceInfo {
    let props = match client {
        #[cfg(any(feature = "vulkan", feature = "metal"))]
        Client::Wgpu(c) => c.properties().clone(),
        #[cfg(feature = "cuda")]
        Client::Cuda(c) => c.properties().clone(),
    };
    let hw = &props.hardware;
    // lavapipe's adapter is named "llvmpipe (LLVM .., 256 bits)".
    let is_llvmpipe = backend == Backend::Vulkan && name.to_ascii_lowercase().contains("llvmpipe");
    let native_bf16 = props.supports_type(half::bf16::as_type_native_unchecked());
    let native_f16 = props.supports_type(half::f16::as_type_native_unchecked());
    let plane_size = (hw.plane_size_min, hw.plane_size_max);
    // Fragments of side s for `elem` operands with f32 accumulators: CUDA's wmma is
    // 16x16x16, Apple's simdgroup matrices 8x8x8; the kernels take the shape only where
    // the runtime registers it.
    let fragment = |elem: cubecl::ir::StorageType, native: bool| -> Option<usize> {
        use cubecl::ir::features::MmaConfig;
        let s: usize = if backend == Backend::Cuda { 16 } else { 8 };
        let f32t = f32::as_type_native_unchecked().storage_type();
        let want = MmaConfig { a_type: elem, b_type: elem, cd_type: f32t, m: s as u32, n: s as u32, k: s as u32 };
        (native && plane_size == (32, 32) && props.features.matmul.cmma.contains(&want)).then_some(s)
    };
    DeviceInfo {
        fragment_f16: fragment(half::f16::as_type_native_unchecked().storage_type(), native_f16),
        fragment_bf16: fragment(half::bf16::as_type_native_unchecked().storage_type(), native_bf16),
        plane_sync_orders_shared: backend == Backend::Cuda,
        fast_exp: backend == Backend::Cuda,
        view_alignment: if backend == Backend::Cuda { 16 } else { 256 },
        // Set by the context once it has probed the library.
        cublaslt: false,
        // TMA from compute capability 9.0 on; im2col-wide TMA from 10.0 on (cubecl-cuda
        // 0.10's `runtime.rs` registers both from the device's compute capability).
        sm90a: backend == Backend::Cuda && {
            use cubecl::ir::features::Tma;
            props.features.tma.contains(Tma::Base) && !props.features.tma.contains(Tma::Im2colWide)
        },
        backend,
        name,
        native_bf16,
        native_f16,
        plane_size,
        max_units_per_cube: hw.max_units_per_cube,
        max_vector_size: hw.max_vector_size,
        max_cube_count: hw.max_cube_count,
        max_shared_memory: hw.max_shared_memory_size,
        compute_units: hw.num_streaming_multiprocessors,
        u64_addressing: props.supports_address(cubecl::ir::AddressType::U64),
        has_matrix_units: !props.features.matmul.cmma.is_empty(),
        max_binding_bytes: match backend {
            Backend::Cuda => None,
            _ => Some(props.memory.max_page_size),
        },
        loop_limit: is_llvmpipe.then_some(65_535),
        register_mma: backend == Backend::Cuda && {
            use cubecl::ir::features::MmaConfig;
            let f32t = f32::as_type_native_unchecked().storage_type();
            [half::f16::as_type_native_unchecked(), half::bf16::as_type_native_unchecked()].iter().all(|t| {
                let e = t.storage_type();
                let want = MmaConfig { a_type: e, b_type: e, cd_type: f32t, m: 16, n: 8, k: 16 };
                props.features.matmul.mma.contains(&want) && props.features.matmul.ldmatrix.contains(&e)
            })
        },
    }
}
