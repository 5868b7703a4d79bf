//! What the machine building the tests has, as cfgs for the tests that cannot run without
//! it: `pmetal_has_clang` (tests/msl_check.rs type-checks the generated MSL with clang),
//! `pmetal_has_nvcc` (tests/codegen.rs compiles the generated CUDA for sm_90 and the Hopper
//! sources for sm_90a), `pmetal_has_python3` (tests/codegen.rs checks bench/hopper's
//! generated wgmma_ops.inc against gen_wgmma.py) and `pmetal_has_vulkan`
//! (tests/driver_limits.rs probes the Vulkan driver). Those tests are `#[ignore]`d where
//! the cfg is off, so the summary reports them as ignored instead of counting them as
//! passed when they returned early; run anyway (`--ignored`), they fail.
//! The library itself reads none of these. `PMETAL_NVIDIA_DRIVER=1` turns on
//! `pmetal_has_cuda` without a GPU, to build test binaries for a GPU machine.
//!
//! The probe reruns when this file or the tools' path variables change, not on every
//! build (that would rebuild the crate each time). `./dev.sh` touches this file after it
//! installs a tool; elsewhere, `touch build.rs` after installing one.
//! `PMETAL_REQUIRE_CLANG` / `PMETAL_REQUIRE_NVCC` are checked when the tests run (a test
//! fails where one is set but the build found no tool), not here, so switching between
//! `./dev.sh test` and plain `cargo test` does not rebuild anything.

use std::path::PathBuf;
use std::process::Command;

fn runs(tool: &PathBuf) -> bool {
    Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success())
}

fn main() {
    let cfgs = ["pmetal_has_clang", "pmetal_has_gxx", "pmetal_has_nvcc", "pmetal_has_python3", "pmetal_has_vulkan", "pmetal_has_cuda"];
    for cfg in cfgs {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
    }
    println!("cargo::rerun-if-changed=build.rs");
    for var in ["PMETAL_CLANG", "PMETAL_NVCC", "VK_ICD_FILENAMES", "VK_DRIVER_FILES", "PMETAL_NVIDIA_DRIVER"] {
        println!("cargo::rerun-if-env-changed={var}");
    }
    let var = |name: &str| std::env::var_os(name).map(PathBuf::from);

    // The same candidates, in the same order, as the tests' own lookups.
    let clang = var("PMETAL_CLANG").unwrap_or_else(|| PathBuf::from("clang"));
    if runs(&clang) {
        println!("cargo::rustc-cfg=pmetal_has_clang");
    }
    let mut nvcc: Vec<PathBuf> = var("PMETAL_NVCC").into_iter().collect();
    if let Some(home) = var("HOME") {
        nvcc.push(home.join(".cache/pmetal-nvcc/nvidia/cu13/bin/nvcc"));
    }
    nvcc.push(PathBuf::from("nvcc"));
    if nvcc.iter().any(runs) {
        println!("cargo::rustc-cfg=pmetal_has_nvcc");
    }

    if runs(&PathBuf::from("python3")) {
        println!("cargo::rustc-cfg=pmetal_has_python3");
    }
    // g++ (with x86's _Float16), for the Hopper attention kernel's host model.
    if runs(&PathBuf::from("g++")) {
        println!("cargo::rustc-cfg=pmetal_has_gxx");
    }

    // A Vulkan driver: an installable client driver's manifest where the loader looks
    // (Linux, and MoltenVK's on macOS), or one named by the loader's variables.
    let icd_dirs = ["/usr/share/vulkan/icd.d", "/usr/local/share/vulkan/icd.d", "/etc/vulkan/icd.d"];
    let manifest = icd_dirs.iter().any(|d| {
        std::fs::read_dir(d).is_ok_and(|mut e| e.any(|f| f.is_ok_and(|f| f.path().extension().is_some_and(|x| x == "json"))))
    });
    if manifest || var("VK_ICD_FILENAMES").is_some() || var("VK_DRIVER_FILES").is_some() {
        println!("cargo::rustc-cfg=pmetal_has_vulkan");
    }

    // An NVIDIA GPU: the driver lists one (Linux; the CUDA runtime's own check, see
    // `nvidia_gpus` in src/context/mod.rs). `PMETAL_NVIDIA_DRIVER` (`1`/`0`, as in
    // pmetal-burn/build.rs) overrides the probe, e.g. to build test binaries here and run
    // them on a GPU machine.
    let present = match std::env::var("PMETAL_NVIDIA_DRIVER").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => std::fs::read_dir("/proc/driver/nvidia/gpus").is_ok_and(|mut d| d.next().is_some()),
    };
    if present {
        println!("cargo::rustc-cfg=pmetal_has_cuda");
    }
}
