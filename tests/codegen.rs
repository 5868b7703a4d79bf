//! Every kernel generates for Metal (MSL) and CUDA; where nvcc is present (CI installs
//! PyPI's `nvidia-cuda-nvcc`), the CUDA C++ is compiled for sm_90 and its registers and
//! spills reported, so CUDA-only compile errors fail here and not on the GPU machine.
//! The hand-written Hopper sources (bench/hopper, and any `hopper` folder under src/) are
//! compiled the same way for sm_90a, where a spill fails.
//! Where the build found no nvcc (`build.rs`, cfg `pmetal_has_nvcc`) the compile tests are
//! ignored (the summary says they did not run) and a generate-only test runs instead.

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
                            let e = props.get(&i).unwrap_or_else(|| panic!("{}: no ptxas report in\n{log}", k.name));
                            let (regs, spills) = (&e.used_line, &e.spill_line);
                            // A few bytes of spill (seen: 4 bytes in RMSNorm's wide-row, 64-bit
                            // addressed backward) are reported; more than 64 fail.
                            let spilled = e.spill_stores.unwrap_or(0);
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

/// Per entry point of a batch (its namespace index): its ptxas report.
fn entry_properties(log: &str) -> std::collections::HashMap<usize, PtxasEntry> {
    ptxas_entries(log).into_iter().filter_map(|e| namespace_index(&e.name).map(|i| (i, e))).collect()
}

/// The namespace index `i` of a batch's entry point: mangled `_ZN<len>k<i><len><name>...`,
/// where `<len>` counts the namespace's characters.
fn namespace_index(mangled: &str) -> Option<usize> {
    let rest = mangled.trim_start_matches("_ZN");
    let len_digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
    rest[..len_digits]
        .parse::<usize>()
        .ok()
        .and_then(|len| rest.get(len_digits + 1..len_digits + len))
        .and_then(|d| d.parse::<usize>().ok())
}

/// The hand-written Hopper CUDA sources: every `.cu` under bench/hopper, and any in a
/// `hopper` folder under src/ (where kernels of the library itself will live).
fn hopper_sources(root: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, keep, out);
            } else if p.extension().is_some_and(|x| x == "cu") && keep(&p) {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root.join("bench/hopper"), &|_| true, &mut files);
    walk(&root.join("src"), &|p| p.parent().and_then(|d| d.file_name()).is_some_and(|d| d == "hopper"), &mut files);
    files.sort();
    files
}

/// bench/hopper/build.sh's nvcc flags (less its cuBLAS include and link flags).
const HOPPER_NVCC_FLAGS: [&str; 7] =
    ["-O3", "-std=c++17", "-gencode", "arch=compute_90a,code=sm_90a", "-Xptxas", "-v", "-lineinfo"];

/// cuBLAS headers for hopper_gemm.cu's harness, where bench/hopper/build.sh looks: nvcc's
/// own toolkit, the `nvidia-cublas` wheel folder (`PMETAL_CUDA_EXTRA`, else
/// ~/.cache/pmetal-cuda-extra), /usr/local/cuda.
fn cublas_include(nvcc_include: Option<&Path>) -> Option<PathBuf> {
    let extra = std::env::var_os("PMETAL_CUDA_EXTRA")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/pmetal-cuda-extra")));
    let mut cands: Vec<PathBuf> = nvcc_include.map(Path::to_path_buf).into_iter().collect();
    cands.extend(extra.map(|e| e.join("nvidia/cu13/include")));
    cands.push(PathBuf::from("/usr/local/cuda/include"));
    cands.into_iter().find(|d| d.join("cublas_v2.h").is_file())
}

/// One kernel as ptxas reports it (`-Xptxas -v`): what both compile tests read of it.
#[derive(Debug)]
struct PtxasEntry {
    name: String,
    arch: String,
    /// The `Used N registers, ...` line as ptxas writes it.
    used_line: String,
    /// The `... bytes spill stores, ... bytes spill loads` line as ptxas writes it.
    spill_line: String,
    registers: Option<u32>,
    stack: Option<u32>,
    spill_stores: Option<u32>,
    spill_loads: Option<u32>,
}

/// The number right before `label` on the first line of `block` that has it
/// (`0 bytes spill stores`, `Used 168 registers`).
fn number_before(block: &str, label: &str) -> Option<u32> {
    let line = block.lines().find(|l| l.contains(label))?;
    line[..line.find(label)?].trim_end().rsplit([' ', ',']).next()?.parse().ok()
}

/// Every entry function of one ptxas report, in its order.
fn ptxas_entries(log: &str) -> Vec<PtxasEntry> {
    log.split("Compiling entry function '")
        .skip(1)
        .map(|block| {
            let (name, rest) = block.split_once('\'').unwrap_or((block, ""));
            let line = |pat: &str| block.lines().find(|l| l.contains(pat)).unwrap_or("").trim().to_string();
            PtxasEntry {
                name: name.to_string(),
                arch: rest.split('\'').nth(1).unwrap_or("").to_string(),
                used_line: line("Used"),
                spill_line: line("spill"),
                registers: number_before(block, " registers"),
                stack: number_before(block, " bytes stack frame"),
                spill_stores: number_before(block, " bytes spill stores"),
                spill_loads: number_before(block, " bytes spill loads"),
            }
        })
        .collect()
}

/// The Hopper sources (bench/hopper, and any `hopper` folder under src/) compiled for sm_90a
/// with bench/hopper/build.sh's flags, one nvcc call per file, so that a compile error
/// fails here and not on the GPU machine. Each kernel's registers, stack and spills are
/// printed; a spill fails (these kernels keep their accumulators in registers), as does a
/// ptxas warning or wgmma note (serialized wgmma, a wait the compiler had to insert): each
/// costs these kernels their speed.
/// Without cuBLAS headers (CI installs only nvcc) the files are compiled with
/// `-DHOPPER_KERNELS_ONLY`: the same kernels, without hopper_gemm.cu's cuBLAS harness.
#[test]
#[cfg_attr(not(pmetal_has_nvcc), ignore = "needs nvcc (PMETAL_NVCC, ./dev.sh's ~/.cache/pmetal-nvcc, or PATH)")]
fn hopper_sources_compile_for_sm90a() {
    let started = std::time::Instant::now();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = hopper_sources(root);
    assert!(files.iter().any(|f| f.ends_with("bench/hopper/hopper_gemm.cu")), "no Hopper sources found: {files:?}");
    let nvcc = nvcc().expect("nvcc not found (set PMETAL_NVCC, or run ./dev.sh test, which installs it)");
    let include = nvcc.parent().and_then(|b| b.parent()).map(|r| r.join("include"));
    let cublas = cublas_include(include.as_deref());
    let dir = std::env::temp_dir().join(format!("pmetal-hopper-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let logs: Vec<Result<String, String>> = std::thread::scope(|s| {
        let hs: Vec<_> = files
            .iter()
            .enumerate()
            .map(|(i, file)| {
                let (nvcc, include, cublas, dir) = (&nvcc, &include, &cublas, &dir);
                s.spawn(move || {
                    let mut cmd = Command::new(nvcc);
                    cmd.args(HOPPER_NVCC_FLAGS).arg("-cubin").arg("-o").arg(dir.join(format!("{i}.cubin")));
                    for inc in [include, cublas].into_iter().flatten() {
                        cmd.arg(format!("-I{}", inc.display()));
                    }
                    if cublas.is_none() {
                        cmd.arg("-DHOPPER_KERNELS_ONLY");
                    }
                    // The library's kernels are compiled behind their folder's shared device
                    // code (hopper/launch.rs concatenates the two); the harnesses include it.
                    let common = file.with_file_name("common.cuh");
                    if common.exists() {
                        cmd.arg("-include").arg(&common);
                    }
                    let o = cmd.arg(file).output().expect("run nvcc");
                    let log = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
                    if o.status.success() {
                        Ok(log)
                    } else {
                        Err(log)
                    }
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let _ = std::fs::remove_dir_all(&dir);

    let mut failures = Vec::new();
    let mut kernels = 0;
    for (file, log) in files.iter().zip(logs) {
        let rel = file.strip_prefix(root).unwrap_or(file).display().to_string();
        let log = match log {
            Ok(log) => log,
            Err(log) => {
                failures.push(format!("{rel}: nvcc failed:\n{log}"));
                continue;
            }
        };
        // ptxas warnings, and its wgmma notes (C751x: "wgmma.mma_async instructions are
        // serialized", "wgmma.wait_group is injected"), which it gives as info lines.
        let flagged = |l: &&str| l.starts_with("ptxas") && (l.contains("warning") || l.contains("wgmma"));
        for line in log.lines().filter(flagged) {
            failures.push(format!("{rel}: {}", line.trim()));
        }
        let entries = ptxas_entries(&log);
        if entries.is_empty() {
            failures.push(format!("{rel}: ptxas compiled no kernel:\n{log}"));
        }
        eprintln!("{rel}:");
        for e in &entries {
            let (Some(regs), Some(stack), Some(stores), Some(loads)) =
                (e.registers, e.stack, e.spill_stores, e.spill_loads)
            else {
                failures.push(format!("{rel}: {}: no registers / stack / spill figures in\n{log}", e.name));
                continue;
            };
            let figures = format!("{regs:>3} registers, {stack} B stack, {stores} B spill stores, {loads} B spill loads");
            eprintln!("  {:<92} {figures}", e.name);
            if e.arch != "sm_90a" {
                failures.push(format!("{rel}: {}: compiled for '{}', not sm_90a", e.name, e.arch));
            }
            if stores > 0 || loads > 0 {
                failures.push(format!("{rel}: {}: spills ({stores} B stored, {loads} B loaded)", e.name));
            }
        }
        kernels += entries.len();
    }
    let mode = match &cublas {
        Some(inc) => format!("with cuBLAS headers from {}", inc.display()),
        None => "with -DHOPPER_KERNELS_ONLY (no cuBLAS headers found)".to_string(),
    };
    eprintln!(
        "Hopper: {kernels} kernels in {} file(s) compiled for sm_90a {mode}, nvcc {}, in {:.1} s",
        files.len(),
        nvcc.display(),
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "Hopper sources:\n{}", failures.join("\n"));
}

/// bench/hopper/wgmma_ops.inc is generated by gen_wgmma.py beside it: the committed file
/// must be what the script writes now, so that the two cannot drift apart. The script
/// writes next to itself, so it runs from a copy in a temporary folder.
#[test]
#[cfg_attr(not(pmetal_has_python3), ignore = "needs python3")]
fn hopper_wgmma_ops_match_their_generator() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/hopper");
    let dir = std::env::temp_dir().join(format!("pmetal-gen-wgmma-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(here.join("gen_wgmma.py"), dir.join("gen_wgmma.py")).unwrap();
    let o = Command::new("python3").arg(dir.join("gen_wgmma.py")).output().expect("run python3");
    assert!(o.status.success(), "gen_wgmma.py failed:\n{}", String::from_utf8_lossy(&o.stderr));
    let generated = std::fs::read_to_string(dir.join("wgmma_ops.inc")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let committed = std::fs::read_to_string(here.join("wgmma_ops.inc")).unwrap();
    assert!(
        generated == committed,
        "bench/hopper/wgmma_ops.inc differs from what gen_wgmma.py writes: run `python3 bench/hopper/gen_wgmma.py` and commit both"
    );
}

/// The Hopper attention kernel's host model (bench/hopper/attn_fwd_model.cpp: its block walk,
/// masks, softcap, softmax, TMA swizzle, wgmma descriptors and fragment layouts ported to
/// the host) passes every case of attn_fwd_model_cases.txt against float64: an edit of
/// the kernel's index arithmetic that the model mirrors fails here, without a GPU.
#[test]
#[cfg_attr(not(pmetal_has_gxx), ignore = "needs g++")]
fn hopper_attention_host_model_passes() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/hopper");
    let exe = std::env::temp_dir().join(format!("pmetal-attn-model-{}", std::process::id()));
    let o = Command::new("g++").args(["-O2", "-std=c++17", "-o"]).arg(&exe).arg(here.join("attn_fwd_model.cpp")).output().expect("run g++");
    assert!(o.status.success(), "attn_fwd_model.cpp does not compile:\n{}", String::from_utf8_lossy(&o.stderr));
    let cases = std::fs::read_to_string(here.join("attn_fwd_model_cases.txt")).unwrap();
    let mut ran = 0;
    for line in cases.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let o = Command::new(&exe).args(line.split_whitespace()).output().unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success() && out.contains("nbad 0"), "host model case `{line}` failed:\n{out}{}", String::from_utf8_lossy(&o.stderr));
        ran += 1;
    }
    let _ = std::fs::remove_file(&exe);
    eprintln!("Hopper attention host model: {ran} cases pass");
    assert!(ran >= 20, "only {ran} cases in attn_fwd_model_cases.txt");
}

/// The Hopper attention backward's host model (bench/hopper/attn_bwd_model.cpp: both kernels'
/// walks, skips, masks, lse / delta staging, descriptors and fragment layouts ported to the
/// host) passes every case of attn_bwd_model_cases.txt against float64.
#[test]
#[cfg_attr(not(pmetal_has_gxx), ignore = "needs g++")]
fn hopper_attention_bwd_host_model_passes() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/hopper");
    let exe = std::env::temp_dir().join(format!("pmetal-attn-bwd-model-{}", std::process::id()));
    let o = Command::new("g++").args(["-O2", "-std=c++17", "-o"]).arg(&exe).arg(here.join("attn_bwd_model.cpp")).output().expect("run g++");
    assert!(o.status.success(), "attn_bwd_model.cpp does not compile:\n{}", String::from_utf8_lossy(&o.stderr));
    let cases = std::fs::read_to_string(here.join("attn_bwd_model_cases.txt")).unwrap();
    let mut ran = 0;
    for line in cases.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let o = Command::new(&exe).args(line.split_whitespace()).output().unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success() && out.contains("\nOK"), "host model case `{line}` failed:\n{out}{}", String::from_utf8_lossy(&o.stderr));
        ran += 1;
    }
    let _ = std::fs::remove_file(&exe);
    eprintln!("Hopper attention backward host model: {ran} cases pass");
    assert!(ran >= 20, "only {ran} cases in attn_bwd_model_cases.txt");
}
