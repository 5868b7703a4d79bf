//! Every pmetal op through Burn, forward and every gradient, against the same computation
//! written with Burn's own ops on the same backend and device (f32: Burn's wgpu has no
//! bf16). Inputs are seeded normals (the seed is printed; replay with PMETAL_SEED=...).
//! Both sides compute in f32 in different orders, so the check is the root crate's f32
//! tolerance with its absolute floor at the output's scale (`reduction_tolerance`).
//! Plus: the bridge shares memory with Burn (no copies), and Burn's default wgpu device
//! and pmetal's own context are one server.

//!
//! One body (`ops_suite/suite.rs`) runs on every runtime compiled in: wgpu (lavapipe in
//! CI), and CUDA where an NVIDIA driver is loaded (a CUDA build on a machine without one,
//! as `./dev.sh test` is on CI, skips the CUDA copy).

/// The root crate's test helpers (seeded inputs, `PMETAL_SEED`, tolerances), compiled in
/// from their one file rather than taken from pmetal-metal, whose API they are not.
#[path = "../../tests/common/verify.rs"]
#[allow(dead_code)]
mod verify;

#[cfg(any(feature = "vulkan", feature = "metal"))]
mod wgpu {
    type Runtime = burn_cubecl::cubecl::wgpu::WgpuRuntime;
    const WGPU: bool = true;
    fn present() -> bool {
        true
    }
    include!("ops_suite/suite.rs");
}

#[cfg(feature = "cuda")]
mod cuda {
    type Runtime = burn_cubecl::cubecl::cuda::CudaRuntime;
    const WGPU: bool = false;
    fn present() -> bool {
        let yes = std::path::Path::new("/proc/driver/nvidia/version").exists();
        if !yes {
            eprintln!("CUDA copy skipped: no NVIDIA driver loaded");
        }
        yes
    }
    include!("ops_suite/suite.rs");
}
