//! Every kernel generates for Metal (MSL) and CUDA; where nvcc is present (CI installs
//! PyPI's `nvidia-cuda-nvcc`), the CUDA C++ is compiled for sm_90 and its registers and
//! spills reported, so CUDA-only compile errors fail here and not on the GPU machine.
//! Where the build found no nvcc (`build.rs`, cfg `pmetal_has_nvcc`) the compile test is
//! ignored (the summary says it did not run) and a generate-only test runs instead.

use std::path::{Path, PathBuf};
use std::process::Command;

use pmetal_metal::codegen::{generate_all, Generated, Target};

#[test]
fn msl_generates_for_every_kernel() {
    let kernels = generate_all(Target::Msl).expect("MSL generation");
    assert!(!kernels.is_empty());
    for k in &kernels {
        assert!(k.source.contains("[[kernel]]"), "{}: no Metal entry point in\n{}", k.name, k.source);
    }
    // The 16-bit paths must really be 16-bit in the MSL. bf16 is carried as 16-bit words
    // there (CubeCL 0.10 has no bf16 on Metal): no native-bf16 kernel, no `bfloat`.
    assert!(kernels.iter().any(|k| k.name.contains("/bf16bits/") && k.source.contains("ushort")));
    assert!(!kernels.iter().any(|k| k.name.contains("/bf16/") || k.source.contains("bfloat")));
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

/// Every kernel's CUDA C++, each with an entry point (and written to
/// `PMETAL_CODEGEN_DUMP` when set).
fn cuda_sources() -> Vec<Generated> {
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
    kernels
}

/// Without nvcc the CUDA sources are still generated and checked; where nvcc is required
/// (`PMETAL_REQUIRE_NVCC`, as ./dev.sh test sets it once it installed one) this fails,
/// since the compile test would only be ignored.
#[cfg(not(pmetal_has_nvcc))]
#[test]
fn cuda_generates_for_every_kernel() {
    assert!(
        std::env::var_os("PMETAL_REQUIRE_NVCC").is_none(),
        "PMETAL_REQUIRE_NVCC is set but no nvcc was found when the tests were built (install it, then `touch build.rs`)"
    );
    cuda_sources();
}

#[test]
#[cfg_attr(not(pmetal_has_nvcc), ignore = "needs nvcc (PMETAL_NVCC, ./dev.sh's ~/.cache/pmetal-nvcc, or PATH)")]
fn cuda_generates_and_compiles_for_sm90() {
    let kernels = cuda_sources();
    // Missing now though the build found it: fail rather than pass with nothing compiled.
    let nvcc = nvcc().expect("nvcc not found (set PMETAL_NVCC, or run ./dev.sh test, which installs it)");
    let include = nvcc.parent().and_then(|b| b.parent()).map(|r| r.join("include"));
    let dir = std::env::temp_dir().join(format!("pmetal-cuda-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // One translation unit per thread, each kernel in its own namespace: nvcc's fixed
    // cost per file (parsing the CUDA headers) was most of this test's time. Measured
    // here on 824 kernels: 1,100 CPU-seconds one file per kernel, 356 batched.
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let batches: Vec<Vec<&Generated>> =
        (0..threads).map(|t| kernels.iter().skip(t).step_by(threads).collect()).filter(|b: &Vec<_>| !b.is_empty()).collect();
    let reports: Vec<String> = std::thread::scope(|s| {
        let hs: Vec<_> = batches
            .iter()
            .enumerate()
            .map(|(t, batch)| {
                let (nvcc, include, dir) = (&nvcc, &include, &dir);
                s.spawn(move || {
                    let stem = dir.join(format!("batch{t}"));
                    let log = match run_nvcc(nvcc, include.as_deref(), &stem, &batch_source(batch)) {
                        Ok(log) => log,
                        // Name the kernel that fails: compile the batch's kernels alone.
                        Err(log) => {
                            for (i, k) in batch.iter().enumerate() {
                                let one = dir.join(format!("batch{t}_{i}"));
                                if let Err(e) = run_nvcc(nvcc, include.as_deref(), &one, &host_source(&k.source)) {
                                    panic!("nvcc failed on {}:\n{e}\n--- source ---\n{}", k.name, k.source);
                                }
                            }
                            panic!("nvcc failed on a batch whose kernels compile alone:\n{log}");
                        }
                    };
                    let props = entry_properties(&log);
                    batch
                        .iter()
                        .enumerate()
                        .map(|(i, k)| {
                            let (regs, spills) = props.get(&i).unwrap_or_else(|| panic!("{}: no ptxas report in\n{log}", k.name));
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
                            format!("{:<52} {regs}{note}", k.name)
                        })
                        .collect::<Vec<_>>()
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

/// CubeCL's cp.async helper binds libcu++'s `uint64_t *` to its own `uint64` (unsigned
/// long long): host nvcc's stdint makes uint64_t unsigned long and refuses it. NVRTC,
/// which compiles it on the GPU, is what the CUDA tests run; here the pointer is `auto`.
fn host_source(source: &str) -> String {
    source.replace("uint64 *mbar_ptr =", "auto *mbar_ptr =")
}

/// The kernels as one file: their includes once at the top, each kernel's source in
/// namespace `k<i>` (its entry point with C++ linkage, so equal names don't collide).
fn batch_source(batch: &[&Generated]) -> String {
    let mut includes: Vec<&str> = Vec::new();
    let mut body = String::new();
    for (i, k) in batch.iter().enumerate() {
        body.push_str(&format!("namespace k{i} {{\n"));
        for line in k.source.lines() {
            if line.starts_with("#include") {
                if !includes.contains(&line) {
                    includes.push(line);
                }
            } else {
                body.push_str(&host_source(line).replace("extern \"C\" __global__", "__global__"));
                body.push('\n');
            }
        }
        body.push_str("}\n");
    }
    includes.join("\n") + "\n" + &body
}

/// Compiles `source` for sm_90 (`stem.cu` to `stem.cubin`); ptxas's report or nvcc's errors.
fn run_nvcc(nvcc: &Path, include: Option<&Path>, stem: &Path, source: &str) -> Result<String, String> {
    let src = stem.with_extension("cu");
    std::fs::write(&src, source).unwrap();
    let mut cmd = Command::new(nvcc);
    cmd.args(["-arch=sm_90", "-cubin", "-Xptxas", "-v", "-o"]).arg(stem.with_extension("cubin"));
    if let Some(inc) = include {
        cmd.arg(format!("-I{}", inc.display()));
    }
    let o = cmd.arg(&src).output().expect("run nvcc");
    let log = String::from_utf8_lossy(&o.stderr).to_string();
    if o.status.success() {
        Ok(log)
    } else {
        Err(log)
    }
}

/// Per entry point of a batch (its namespace index): ptxas's register and spill lines.
fn entry_properties(log: &str) -> std::collections::HashMap<usize, (String, String)> {
    let mut props = std::collections::HashMap::new();
    for block in log.split("Compiling entry function '").skip(1) {
        // Mangled `_ZN<len>k<i><len><name>...`: `<len>` counts the namespace's characters.
        let rest = block.trim_start_matches("_ZN");
        let len_digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        let Some(i) = rest[..len_digits]
            .parse::<usize>()
            .ok()
            .and_then(|len| rest.get(len_digits + 1..len_digits + len))
            .and_then(|d| d.parse::<usize>().ok())
        else {
            continue;
        };
        let find = |pat: &str| block.lines().find(|l| l.contains(pat)).unwrap_or("").trim().to_string();
        props.insert(i, (find("Used"), find("spill")));
    }
    props
}
