//! Driver behaviour pmetal works around, each kept as a minimal reproducer so that a
//! driver upgrade that changes it shows here first (docs/notes/lavapipe-loop-limit.md).
//!
//! Mesa's llvmpipe (lavapipe, CI's Vulkan driver) shares one loop limiter of 65,535
//! iterations between every loop of a shader invocation (gallivm's
//! `LP_MAX_TGSI_LOOP_ITERATIONS`) and, past it, leaves each loop early without any error.
//! A kernel that walks more than that (attention over thousands of keys) silently computes
//! on part of its data. pmetal reads it as [`DeviceInfo::loop_limit`] and splits such walks.
#![cfg(feature = "vulkan")]

use cubecl::prelude::*;
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};
use pmetal_metal::{Backend, MetalContext};

/// Counts `n` trips of a loop in memory, the way a kernel's tile walk runs.
#[cube(launch_unchecked)]
fn count_trips(n: u32, out: &mut Array<u32>) {
    let mut i = 0u32;
    while i < n {
        out[0] += 1u32;
        i += 1u32;
    }
}

fn trips(n: u32) -> u32 {
    let client = WgpuRuntime::client(&WgpuDevice::DefaultDevice);
    let out = client.create_from_slice(u32::as_bytes(&[0]));
    unsafe {
        count_trips::launch_unchecked::<WgpuRuntime>(&client, CubeCount::Static(1, 1, 1), CubeDim::new_1d(1), n, ArrayArg::from_raw_parts(out.clone(), 1));
    }
    u32::from_bytes(&client.read_one(out).expect("read back"))[0]
}

/// Ignored where the build found no Vulkan driver (`build.rs`, cfg `pmetal_has_vulkan`), so
/// the summary says it did not run; run without one anyway, it fails.
#[test]
#[cfg_attr(not(pmetal_has_vulkan), ignore = "needs a Vulkan driver (apt-get install mesa-vulkan-drivers)")]
fn loop_limit_is_what_the_context_reports() {
    // The context opens wgpu's default device first (the server the probe then uses).
    let ctx = MetalContext::with_backend(Backend::Vulkan).expect("no Vulkan device");
    let n = 100_000;
    let got = trips(n);
    eprintln!("driver limits: {} ran {got} of {n} loop trips (context: loop_limit {:?})", ctx.device_name(), ctx.info().loop_limit);
    match ctx.info().loop_limit {
        // llvmpipe: the loop stops at the limiter, silently.
        Some(limit) => assert!(got as u64 <= limit && got < n, "{}: expected the loop cut at {limit}, it ran {got} trips", ctx.device_name()),
        None => assert_eq!(got, n, "{}: a loop stopped early on a device the context thinks has no loop limit", ctx.device_name()),
    }
}
