//! Every kernel generates for Metal (MSL) and CUDA; where nvcc is present (CI installs
//! PyPI's `nvidia-cuda-nvcc`), the CUDA C++ is compiled for sm_90 and its registers and
//! spills reported, so CUDA-only compile errors fail here and not on the GPU machine.

use std::path::PathBuf;
use std::process::Command;

use pmetal_metal::codegen::{generate_all, Target};

#[test]
fn msl_generates_for_every_kernel() {
    let kernels = generate_all(Target::Msl).expect("MSL generation");
    assert!(!kernels.is_empty());
    for k in &kernels {
        assert!(k.source.contains("[[kernel]]"), "{}: no Metal entry point in\n{}", k.name, k.source);
    }
    // The 16-bit paths must really be 16-bit in the MSL.
    assert!(kernels.iter().any(|k| k.name.contains("/bf16/") && k.source.contains("bfloat")));
    assert!(kernels.iter().any(|k| k.name.contains("/f16/") && k.source.contains("half")));
    eprintln!("MSL: {} kernels generated", kernels.len());
}

/// nvcc: `PMETAL_NVCC`, else the folder `.ci/run` installs into, else PATH.
fn nvcc() -> Option<PathBuf> {
    let mut cands: Vec<PathBuf> = std::env::var_os("PMETAL_NVCC").map(PathBuf::from).into_iter().collect();
    if let Some(home) = std::env::var_os("HOME") {
        cands.push(PathBuf::from(home).join(".cache/pmetal-nvcc/nvidia/cu13/bin/nvcc"));
    }
    cands.push(PathBuf::from("nvcc"));
    cands.into_iter().find(|p| Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success()))
}

#[test]
fn cuda_generates_and_compiles_for_sm90() {
    let mut kernels = generate_all(Target::Cuda).expect("CUDA generation");
    // PMETAL_CODEGEN_ONLY=<substring> compiles only matching kernels (while developing one op).
    if let Ok(only) = std::env::var("PMETAL_CODEGEN_ONLY") {
        kernels.retain(|k| k.name.contains(&only));
    }
    // PMETAL_CODEGEN_DUMP=<dir> also writes each source there (to read the generated code).
    if let Some(dir) = std::env::var_os("PMETAL_CODEGEN_DUMP") {
        std::fs::create_dir_all(&dir).unwrap();
        for k in &kernels {
            std::fs::write(PathBuf::from(&dir).join(format!("{}.cu", k.name.replace('/', "_"))), &k.source).unwrap();
        }
    }
    for k in &kernels {
        assert!(k.source.contains("__global__"), "{}: no CUDA entry point", k.name);
    }
    eprintln!("CUDA: {} kernels generated", kernels.len());
    let Some(nvcc) = nvcc() else {
        assert!(
            std::env::var_os("PMETAL_REQUIRE_NVCC").is_none(),
            "PMETAL_REQUIRE_NVCC is set but nvcc was not found"
        );
        eprintln!("SKIPPED: nvcc not found, CUDA sources generated but not compiled");
        return;
    };
    let include = nvcc.parent().and_then(|b| b.parent()).map(|r| r.join("include"));
    let dir = std::env::temp_dir().join(format!("pmetal-cuda-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Compile in parallel: one nvcc per kernel, two at a time per core.
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let chunks: Vec<_> = kernels.chunks(kernels.len().div_ceil(threads)).collect();
    let reports: Vec<String> = std::thread::scope(|s| {
        let hs: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let (nvcc, include, dir) = (&nvcc, &include, &dir);
                s.spawn(move || {
                    let mut out = Vec::new();
                    for k in *chunk {
                        let stem = k.name.replace('/', "_");
                        let src = dir.join(format!("{stem}.cu"));
                        // CubeCL's cp.async helper binds libcu++'s `uint64_t *` to its own
                        // `uint64` (unsigned long long): host nvcc's stdint makes uint64_t
                        // unsigned long and refuses it. NVRTC, which compiles it on the GPU,
                        // is what the CUDA tests run; here the pointer is declared `auto`.
                        let source = k.source.replace("uint64 *mbar_ptr =", "auto *mbar_ptr =");
                        std::fs::write(&src, &source).unwrap();
                        let mut cmd = Command::new(nvcc);
                        cmd.args(["-arch=sm_90", "-cubin", "-Xptxas", "-v", "-o"]).arg(dir.join(format!("{stem}.cubin")));
                        if let Some(inc) = include {
                            cmd.arg(format!("-I{}", inc.display()));
                        }
                        let o = cmd.arg(&src).output().expect("run nvcc");
                        let log = String::from_utf8_lossy(&o.stderr).to_string();
                        assert!(o.status.success(), "nvcc failed on {}:\n{log}\n--- source ---\n{}", k.name, k.source);
                        let regs = log.lines().find(|l| l.contains("Used")).unwrap_or("").trim().to_string();
                        let spills = log.lines().find(|l| l.contains("spill")).unwrap_or("").trim().to_string();
                        // A few bytes of spill (seen: 4 bytes in RMSNorm's wide-row, 64-bit
                        // addressed backward) are reported; more than 64 fail.
                        let spilled: u32 = spills
                            .split("bytes spill stores")
                            .next()
                            .and_then(|h| h.rsplit(',').next())
                            .and_then(|n| n.trim().parse().ok())
                            .unwrap_or(0);
                        assert!(spilled <= 64, "{}: spills: {spills}", k.name);
                        let note = if spilled > 0 { format!("  [{spills}]") } else { String::new() };
                        out.push(format!("{:<52} {regs}{note}", k.name));
                    }
                    out
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    for r in &reports {
        eprintln!("{r}");
    }
    eprintln!("CUDA: {} kernels compiled for sm_90 with {}", reports.len(), nvcc.display());
    let _ = std::fs::remove_dir_all(&dir);
}
