//! The `pmetal_burn::nn` layers against the same layers written with Burn's own ops
//! (`burn::nn::Linear`, tensor ops, `burn::tensor::activation`) on the same backend, from
//! the same parameters: forward, the input's gradient and parameters' gradients, with the
//! root crate's f32 tolerance (`reduction_tolerance`) as in tests/ops.rs. Inputs and
//! parameters are seeded normals (the seed is printed; replay with PMETAL_SEED=...). Plus:
//! a tiny model stacked from the layers takes one `burn::optim::Adam` step, and invalid
//! configs panic with their reason.
//!
//! One body (`nn_suite/suite.rs`) runs on every runtime compiled in, as in tests/ops.rs:
//! wgpu (lavapipe in CI) always, CUDA `#[ignore]`d where the build found no NVIDIA driver.
//! With the `fusion` feature (default), `nn_suite/fusion.rs` runs the tiny model on
//! `Autodiff<Fusion<B>>` against `Autodiff<B>`.

/// The root crate's test helpers (seeded inputs, `PMETAL_SEED`, tolerances).
#[path = "../../tests/common/verify.rs"]
#[allow(dead_code)]
mod verify;

#[cfg(any(feature = "vulkan", feature = "metal"))]
mod wgpu {
    type Runtime = burn_cubecl::cubecl::wgpu::WgpuRuntime;
    /// wgpu is the runtime every test machine has (lavapipe at least): its tests always run.
    macro_rules! runtime_test {
        ($(#[$meta:meta])* fn $name:ident() $body:block) => {
            #[test]
            $(#[$meta])*
            fn $name() $body
        };
    }
    fn require_runtime() {}
    include!("nn_suite/suite.rs");
    #[cfg(feature = "fusion")]
    include!("nn_suite/fusion.rs");
}

#[cfg(feature = "cuda")]
mod cuda {
    type Runtime = burn_cubecl::cubecl::cuda::CudaRuntime;
    /// Ignored where the build found no NVIDIA driver (see tests/ops.rs).
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
    include!("nn_suite/suite.rs");
    #[cfg(feature = "fusion")]
    include!("nn_suite/fusion.rs");
}

/// Invalid configs panic in `init`, before any device work (so on any backend type; the
/// device is never opened).
#[cfg(any(feature = "vulkan", feature = "metal"))]
mod configs {
    use burn_cubecl::cubecl::wgpu::WgpuRuntime;
    use burn_cubecl::CubeBackend;
    use pmetal_burn::nn::{LinearCrossEntropyLossConfig, LoraLinearConfig, MultiHeadAttentionConfig, RmsNormConfig};

    type B = CubeBackend<WgpuRuntime, f32, i32, u32>;

    #[test]
    #[should_panic(expected = "d_model (60) must be a multiple of n_heads (8)")]
    fn attention_heads_must_divide_d_model() {
        MultiHeadAttentionConfig::new(60, 8, 8).init::<B>(&Default::default());
    }

    #[test]
    #[should_panic(expected = "n_heads (6) must be a multiple of n_kv_heads (4)")]
    fn attention_kv_heads_must_divide_heads() {
        MultiHeadAttentionConfig::new(192, 6, 4).init::<B>(&Default::default());
    }

    #[test]
    #[should_panic(expected = "rank must be positive")]
    fn lora_rank_zero() {
        LoraLinearConfig::new(8, 8, 0, 16.0).init::<B>(&Default::default());
    }

    #[test]
    #[should_panic(expected = "epsilon must be positive")]
    fn rms_norm_epsilon_zero() {
        RmsNormConfig::new(8).with_epsilon(0.0).init::<B>(&Default::default());
    }

    #[test]
    #[should_panic(expected = "vocab_size (0) must be positive")]
    fn loss_vocab_zero() {
        LinearCrossEntropyLossConfig::new(8, 0).init::<B>(&Default::default());
    }
}
