//! Whether an NVIDIA driver is loaded where this crate is built, as the cfg
//! `pmetal_nvidia_driver`. The CUDA copy of `tests/ops.rs` is marked `#[ignore]` without
//! one, so a CUDA build on a machine with no GPU (`./dev.sh test` in CI) reports those
//! tests as ignored instead of counting them as passed without running anything.
//!
//! The probe reruns when this file or `PMETAL_NVIDIA_DRIVER` (`1`/`0`: override it, e.g.
//! to build on one machine and run on another) changes. It does not watch
//! `/proc/driver/nvidia/version` itself: Cargo reruns a build script on every build while a
//! watched path is missing, which would rebuild this crate and its tests each time on
//! every machine without the driver.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(pmetal_nvidia_driver)");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=PMETAL_NVIDIA_DRIVER");
    let present = match std::env::var("PMETAL_NVIDIA_DRIVER").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => std::path::Path::new("/proc/driver/nvidia/version").exists(),
    };
    if present {
        println!("cargo::rustc-cfg=pmetal_nvidia_driver");
    }
}
