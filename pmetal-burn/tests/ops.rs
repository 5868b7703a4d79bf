//! Every pmetal op through Burn, forward and every gradient, against the same computation
//! written with Burn's own ops on the same backend and device (f32: Burn's wgpu has no
//! bf16). Inputs are seeded normals (the seed is printed; replay with PMETAL_SEED=...).
//! Both sides compute in f32 in different orders, so the check is the root crate's f32
//! tolerance with its absolute floor at the output's scale (`reduction_tolerance`).
//! Plus: the bridge shares memory with Burn (no copies), and Burn's default wgpu device
//! and pmetal's own context are one server.

//!
//! One body (`ops_suite/suite.rs`) runs on every runtime compiled in: wgpu (lavapipe in
//! CI), and CUDA. The CUDA copy's tests are `#[ignore]`d where no NVIDIA driver was loaded
//! when the crate was built (`build.rs` sets `pmetal_nvidia_driver`), so a CUDA build on a
//! machine without a GPU (`./dev.sh test` in CI) reports them as ignored, not as passed;
//! run anyway (`--ignored`) without a driver, they fail. Tests about one runtime alone
//! live in `ops_suite/wgpu_only.rs` and `ops_suite/cuda_only.rs`. With the `fusion` feature
//! (default), `ops_suite/fusion.rs` runs every op on Burn's fused backend (`Fusion<B>`,
//! `Autodiff<Fusion<B>>`) against the plain backend, on each runtime.

/// The root crate's test helpers (seeded inputs, `PMETAL_SEED`, tolerances), compiled in
/// from their one file rather than taken from pmetal-metal, whose API they are not.
#[path = "../../tests/common/verify.rs"]
#[allow(dead_code)]
mod verify;

#[cfg(any(feature = "vulkan", feature = "metal"))]
mod wgpu {
    type Runtime = burn_cubecl::cubecl::wgpu::WgpuRuntime;
    const WGPU: bool = true;
    /// wgpu is the runtime every test machine has (lavapipe at least): its tests always run.
    macro_rules! runtime_test {
        ($(#[$meta:meta])* fn $name:ident() $body:block) => {
            #[test]
            $(#[$meta])*
            fn $name() $body
        };
    }
    fn require_runtime() {}
    include!("ops_suite/suite.rs");
    include!("ops_suite/wgpu_only.rs");
    #[cfg(feature = "fusion")]
    include!("ops_suite/fusion.rs");
}

#[cfg(feature = "cuda")]
mod cuda {
    type Runtime = burn_cubecl::cubecl::cuda::CudaRuntime;
    const WGPU: bool = false;
    /// Ignored where the build found no NVIDIA driver (see the module docs).
    macro_rules! runtime_test {
        ($(#[$meta:meta])* fn $name:ident() $body:block) => {
            #[test]
            #[cfg_attr(not(pmetal_nvidia_driver), ignore = "needs a CUDA driver (none was loaded when this test was built)")]
            $(#[$meta])*
            fn $name() $body
        };
    }
    /// A CUDA test run without the driver fails, rather than passing with nothing checked.
    fn require_runtime() {
        assert!(
            std::path::Path::new("/proc/driver/nvidia/version").exists(),
            "needs a CUDA driver: /proc/driver/nvidia/version is absent"
        );
    }
    include!("ops_suite/suite.rs");
    include!("ops_suite/cuda_only.rs");
    #[cfg(feature = "fusion")]
    include!("ops_suite/fusion.rs");
}
