//! Every generated Metal kernel is type-checked by clang against tests/msl/metal_stdlib
//! (the MSL built-ins our kernels may use, each with the signature Apple's specification
//! gives), and held to rules a compiler cannot see (no bf16, no 64-bit atomics, no
//! undefined fences, plane barriers that order no memory kept away from shared-memory
//! exchanges, 32 KiB of threadgroup memory at most).
//!
//! Why: nothing here runs on Metal. wgpu hands CubeCL's MSL unchanged to the driver's
//! `newLibraryWithSource`, and a compile error there panics on a worker thread while the
//! kernel silently never runs, so an invalid kernel would only show up as wrong results on
//! a Mac. clang's C++17 mode is close enough to MSL (a C++14 dialect) to catch undeclared
//! names, wrong overloads and type errors; tests `msl_check_rejects_*` prove it does.
//!
//! clang: `PMETAL_CLANG`, else `clang` on PATH. Where the build found none (`build.rs`,
//! cfg `pmetal_has_clang`) the tests that need it are ignored, so the summary says they did
//! not run; `PMETAL_REQUIRE_CLANG` (./dev.sh test sets it) makes that a failure instead.
//! `PMETAL_MSL_DUMP=<dir>` also writes every kernel's MSL there.

use std::path::{Path, PathBuf};
use std::process::Command;

use pmetal_metal::codegen::{generate_all, Generated, Target};

/// Threadgroup memory of every Apple GPU (`maxThreadgroupMemoryLength`, 32 KiB on Apple7
/// through Apple9); wgpu reports the same as `max_compute_workgroup_storage_size`.
const METAL_THREADGROUP_BYTES: usize = 32 * 1024;

fn header_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/msl")
}

fn clang() -> Option<PathBuf> {
    let cand = std::env::var_os("PMETAL_CLANG").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("clang"));
    Command::new(&cand).arg("--version").output().is_ok_and(|o| o.status.success()).then_some(cand)
}

/// clang, for the tests that need it (ignored where the build found none): missing now,
/// the test fails rather than passing with nothing checked.
fn clang_required() -> PathBuf {
    clang().expect("clang not found (apt-get install clang, or set PMETAL_CLANG): the MSL cannot be type-checked")
}

/// Where clang is required (`PMETAL_REQUIRE_CLANG`, as ./dev.sh test and the Metal CI set
/// it), a build that found none fails here: its clang tests would only be ignored.
#[test]
fn clang_was_found_where_required() {
    if cfg!(not(pmetal_has_clang)) {
        assert!(
            std::env::var_os("PMETAL_REQUIRE_CLANG").is_none(),
            "PMETAL_REQUIRE_CLANG is set but no clang was found when the tests were built (install it, then `touch build.rs`)"
        );
    }
}

/// MSL to what clang parses: `[[name]]` becomes `MSL_ATTR_name` and `[[name(args)]]`
/// `MSL_ATTR_name(args)`, macros the header defines for each attribute the specification
/// has. C++ cannot declare attributes, and unknown ones are only a warning to clang; this
/// way an attribute Metal does not know is an undeclared identifier, an error.
fn to_cxx(msl: &str) -> String {
    let mut out = String::with_capacity(msl.len());
    let mut rest = msl;
    while let Some(i) = rest.find("[[") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find("]]") else {
            out.push_str(&rest[i..]);
            return out;
        };
        let inner = after[..j].trim();
        let name_len = inner.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(inner.len());
        let (name, args) = inner.split_at(name_len);
        if name.is_empty() {
            // Not an attribute: left as it was, for clang to judge.
            out.push_str("[[");
            out.push_str(&after[..j + 2]);
        } else {
            out.push_str("MSL_ATTR_");
            out.push_str(name);
            out.push_str(args.trim());
            out.push(' ');
        }
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    out
}

/// Type-checks one C++ translation unit (`stem.cpp`); clang's diagnostics on failure.
fn run_clang(clang: &Path, stem: &Path, source: &str) -> Result<(), String> {
    let src = stem.with_extension("cpp");
    std::fs::write(&src, source).unwrap();
    let o = Command::new(clang)
        // MSL is a C++ dialect (MSL spec §1 "Introduction"; C++14-based through MSL 3.2).
        .args(["-x", "c++", "-std=c++17", "-fsyntax-only"])
        // An Apple arm64 target: `_Float16` (MSL's `half`) exists there and `long` is 64-bit.
        .arg("--target=arm64-apple-macos")
        // Only the stand-in header: no C or C++ library name may leak in.
        .args(["-nostdinc", "-nostdinc++", "-ferror-limit=20"])
        .arg(format!("-I{}", header_dir().display()))
        .arg(&src)
        .output()
        .expect("run clang");
    if o.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&o.stderr).to_string())
    }
}

/// Each kernel alone, as one translation unit.
fn kernel_unit(msl: &str) -> String {
    to_cxx(msl)
}

/// Many kernels as one translation unit (clang's start-up is most of the cost of one
/// small kernel): the include once, each kernel in its own namespace.
fn batch_unit(batch: &[&Generated]) -> String {
    let mut s = String::from("#include <metal_stdlib>\n");
    for (i, k) in batch.iter().enumerate() {
        s.push_str(&format!("namespace k{i} {{\n"));
        for line in to_cxx(&k.source).lines().filter(|l| !l.starts_with("#include")) {
            s.push_str(line);
            s.push('\n');
        }
        s.push_str("}\n");
    }
    s
}

/// Type-checks `kernels` on every core; the failing ones with clang's message.
fn check_all(clang: &Path, kernels: &[Generated], tag: &str) -> Vec<(String, String)> {
    let dir = std::env::temp_dir().join(format!("pmetal-msl-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let batches: Vec<Vec<&Generated>> =
        (0..threads).map(|t| kernels.iter().skip(t).step_by(threads).collect()).filter(|b: &Vec<_>| !b.is_empty()).collect();
    let failures = std::thread::scope(|s| {
        let hs: Vec<_> = batches
            .iter()
            .enumerate()
            .map(|(t, batch)| {
                let dir = &dir;
                s.spawn(move || {
                    if run_clang(clang, &dir.join(format!("batch{t}")), &batch_unit(batch)).is_ok() {
                        return Vec::new();
                    }
                    // Name the kernels that fail: each alone.
                    batch
                        .iter()
                        .enumerate()
                        .filter_map(|(i, k)| {
                            run_clang(clang, &dir.join(format!("batch{t}_{i}")), &kernel_unit(&k.source)).err().map(|e| (k.name.clone(), e))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let _ = std::fs::remove_dir_all(&dir);
    failures
}

fn report(failures: &[(String, String)]) -> String {
    let mut s = String::new();
    for (name, err) in failures.iter().take(8) {
        let err: String = err.lines().take(12).collect::<Vec<_>>().join("\n");
        s.push_str(&format!("\n--- {name}:\n{err}\n"));
    }
    if failures.len() > 8 {
        s.push_str(&format!("\n... and {} more kernels\n", failures.len() - 8));
    }
    s
}

#[test]
#[cfg_attr(not(pmetal_has_clang), ignore = "needs clang (PMETAL_CLANG or clang on PATH)")]
fn msl_compiles_with_clang_for_every_kernel() {
    let kernels = generate_all(Target::Msl).expect("MSL generation");
    if let Some(dir) = std::env::var_os("PMETAL_MSL_DUMP") {
        std::fs::create_dir_all(&dir).unwrap();
        for k in &kernels {
            std::fs::write(PathBuf::from(&dir).join(format!("{}.metal", k.name.replace('/', "_"))), &k.source).unwrap();
        }
    }
    let clang = clang_required();
    let failures = check_all(&clang, &kernels, "all");
    assert!(failures.is_empty(), "{} of {} MSL kernels fail to compile:{}", failures.len(), kernels.len(), report(&failures));
    eprintln!("MSL: {} kernels type-checked by {} against tests/msl/metal_stdlib", kernels.len(), clang.display());
}

// ---------------------------------------------------------------------------------------
// Rules on the MSL text: what compiles but cannot run (or races) on Metal under CubeCL
// 0.10 and wgpu.

/// Bytes of one element of a threadgroup array's type (CubeCL's vector structs are
/// `<scalar>_<n>`).
fn type_bytes(ty: &str) -> Option<usize> {
    let (scalar, n) = match ty.rsplit_once('_') {
        Some((s, n)) if n.chars().all(|c| c.is_ascii_digit()) => (s, n.parse().ok()?),
        _ => (ty, 1),
    };
    let b = match scalar {
        "bool" | "char" | "uchar" | "int8_t" | "uint8_t" => 1,
        "half" | "short" | "ushort" | "int16_t" | "uint16_t" | "bfloat" => 2,
        "float" | "int" | "uint" | "int32_t" | "uint32_t" => 4,
        "long" | "ulong" | "int64_t" | "uint64_t" => 8,
        _ => return None,
    };
    Some(b * n)
}

/// Total bytes of a kernel's threadgroup arrays (`threadgroup T name[N];`; pointers into
/// them declare no memory).
fn threadgroup_bytes(msl: &str) -> Result<usize, String> {
    let mut total = 0;
    for line in msl.lines().map(str::trim).filter(|l| l.starts_with("threadgroup ") && l.ends_with("];")) {
        let decl = line.trim_start_matches("threadgroup ").trim_end_matches(';');
        let (head, len) = decl.split_once('[').ok_or_else(|| format!("unparsed: {line}"))?;
        let len: usize = len.trim_end_matches(']').trim().parse().map_err(|_| format!("unparsed length: {line}"))?;
        let ty = head.split_whitespace().next().ok_or_else(|| format!("unparsed: {line}"))?;
        total += len * type_bytes(ty).ok_or_else(|| format!("unknown element type {ty}: {line}"))?;
    }
    Ok(total)
}

/// The rules one kernel's MSL breaks.
fn rule_violations(msl: &str) -> Vec<String> {
    let mut v = Vec::new();
    let has_word = |w: &str| {
        msl.match_indices(w).any(|(i, _)| {
            let before = msl[..i].chars().next_back().is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
            let after = msl[i + w.len()..].chars().next().is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
            before && after
        })
    };
    // CubeCL 0.10 registers no bf16 for Metal: such a kernel is never launched there, and
    // its bf16 arithmetic is not valid MSL.
    if has_word("bfloat") || msl.contains("simdgroup_bfloat") || msl.contains("bfloat_") {
        v.push("uses `bfloat` (CubeCL 0.10 has no bf16 on Metal: use the 16-bit-word storage)".into());
    }
    // wgpu's Metal backend enables no 64-bit atomics.
    for a in ["atomic_ulong", "atomic_long", "atomic<ulong>", "atomic<long>", "atomic<uint64_t>", "atomic<int64_t>"] {
        if msl.contains(a) {
            v.push(format!("uses a 64-bit atomic ({a})"));
        }
    }
    // CubeCL's fences: `threadgroup_thread_fence` (its Metal dialect) and `__threadfence`
    // (its shared instruction printer) are both undefined in MSL.
    for f in ["threadgroup_thread_fence", "__threadfence"] {
        if msl.contains(f) {
            v.push(format!("uses `{f}`, undefined in MSL"));
        }
    }
    // `sync_plane()` is `simdgroup_barrier(mem_flags::mem_none)`: it orders no memory, so
    // around a threadgroup-memory exchange it is a race. CubeCL's own fragment store
    // (`simdgroup_store` then that barrier) is exempt: the kernel's next barrier orders it.
    let uses_threadgroup = msl.lines().any(|l| l.trim_start().starts_with("threadgroup "));
    if uses_threadgroup {
        let mut prev = "";
        for (n, line) in msl.lines().map(str::trim).enumerate() {
            if line == "simdgroup_barrier(mem_flags::mem_none);" && !prev.starts_with("simdgroup_store(") {
                v.push(format!("line {}: `simdgroup_barrier(mem_flags::mem_none)` (sync_plane) in a kernel that uses threadgroup memory", n + 1));
                break;
            }
            prev = line;
        }
    }
    match threadgroup_bytes(msl) {
        Ok(b) if b > METAL_THREADGROUP_BYTES => v.push(format!("{b} bytes of threadgroup memory (Metal has {METAL_THREADGROUP_BYTES})")),
        Ok(_) => {}
        Err(e) => v.push(e),
    }
    v
}

#[test]
fn msl_follows_metal_rules_for_every_kernel() {
    let kernels = generate_all(Target::Msl).expect("MSL generation");
    let bad: Vec<String> = kernels
        .iter()
        .filter_map(|k| {
            let v = rule_violations(&k.source);
            (!v.is_empty()).then(|| format!("{}: {}", k.name, v.join("; ")))
        })
        .collect();
    assert!(bad.is_empty(), "{} of {} MSL kernels break Metal rules:\n{}", bad.len(), kernels.len(), bad.join("\n"));
    let most = kernels.iter().filter_map(|k| threadgroup_bytes(&k.source).ok()).max().unwrap_or(0);
    eprintln!("MSL: {} kernels follow the Metal rules (most threadgroup memory: {most} bytes)", kernels.len());
}

// ---------------------------------------------------------------------------------------
// The check itself: known-bad MSL must fail, known-good must pass.

/// A kernel in the shape CubeCL emits, with `body` inside and `params` after the buffer.
fn snippet(params: &str, body: &str) -> String {
    format!(
        "#include <metal_stdlib>\nusing namespace metal;\n\n[[kernel]]\nvoid k(\n    device float * buffer_0 [[buffer(0)]],\n    \
         uint3 thread_pos_in_grid [[thread_position_in_grid]],\n    uint simd_lane_id [[thread_index_in_simdgroup]]{params}\n) {{\n{body}\n}}\n"
    )
}

fn check_snippet(clang: &Path, name: &str, src: &str) -> Result<(), String> {
    let k = Generated { name: name.into(), target: Target::Msl, source: src.into() };
    match check_all(clang, &[k], name).pop() {
        None => Ok(()),
        Some((_, e)) => Err(e),
    }
}

#[test]
#[cfg_attr(not(pmetal_has_clang), ignore = "needs clang (PMETAL_CLANG or clang on PATH)")]
fn msl_check_accepts_valid_snippets() {
    let clang = clang_required();
    let good = [
        ("reduce", "const float s = simd_sum(buffer_0[thread_pos_in_grid.x]); buffer_0[0] = s;"),
        ("reduce_vec", "const float4 s = simd_sum(float4(1.0f)); buffer_0[0] = s.x;"),
        ("shuffle", "buffer_0[0] = simd_shuffle_xor(buffer_0[simd_lane_id], ushort(1));"),
        ("barriers", "threadgroup float t[32]; t[simd_lane_id] = 1.0f; threadgroup_barrier(mem_flags::mem_threadgroup); simdgroup_barrier(mem_flags::mem_threadgroup); buffer_0[0] = t[0];"),
        ("fast_math", "buffer_0[0] = fast::exp(buffer_0[1]) + precise::log(buffer_0[2]) + exp(half(1.0));"),
        ("bits", "buffer_0[0] = as_type<float>(0x3f800000u) + select(1.0f, 2.0f, true);"),
        (
            "simdgroup_matrix",
            "threadgroup half a[64]; threadgroup float c[64];\nsimdgroup_half8x8 fa = make_filled_simdgroup_matrix<half, 8, 8>(half(0.0));\n\
             simdgroup_float8x8 acc = make_filled_simdgroup_matrix<float, 8, 8>(0.0f);\nsimdgroup_load(fa, a, 8, 0, true);\n\
             simdgroup_multiply_accumulate(acc, fa, fa, acc);\nsimdgroup_store(acc, c, 8);",
        ),
        ("atomic32", "device atomic_uint* p = reinterpret_cast<device atomic_uint*>(buffer_0); atomic_fetch_add_explicit(p, 1u, memory_order_relaxed);"),
    ];
    for (name, body) in good {
        if let Err(e) = check_snippet(&clang, name, &snippet("", body)) {
            panic!("valid MSL `{name}` was rejected:\n{e}");
        }
    }
    eprintln!("MSL check: {} valid snippets accepted", good.len());
}

#[test]
#[cfg_attr(not(pmetal_has_clang), ignore = "needs clang (PMETAL_CLANG or clang on PATH)")]
fn msl_check_rejects_known_bad_snippets() {
    let clang = clang_required();
    let bad = [
        ("undeclared_builtin", "", "buffer_0[0] = simd_reduce_add(buffer_0[1]);"),
        ("cuda_builtin", "", "buffer_0[0] = __shfl_xor_sync(0xffffffffu, buffer_0[1], 1);"),
        ("wrong_overload_simd_or_float", "", "buffer_0[0] = simd_or(buffer_0[1]);"),
        ("wrong_overload_exp_int", "", "buffer_0[0] = exp(1);"),
        ("wrong_overload_barrier", "", "threadgroup_barrier();"),
        ("type_error", "", "float4 v = buffer_0; buffer_0[0] = v.x;"),
        ("double", "", "double d = 1.0; buffer_0[0] = d;"),
        ("threadgroup_thread_fence", "", "threadgroup_thread_fence(mem_flags::mem_device);"),
        ("cuda_threadfence", "", "__threadfence();"),
        ("bfloat", "", "bfloat x = bfloat(1.0f); buffer_0[0] = float(x);"),
        ("simdgroup_bfloat", "", "simdgroup_bfloat8x8 m;"),
        ("matrix_16x16", "", "simdgroup_matrix<half, 16, 16> m;"),
        ("matrix_type_mismatch", "", "threadgroup half a[64]; simdgroup_float8x8 f; simdgroup_load(f, a, 8);"),
        ("atomic64", "", "device atomic_ulong* p = nullptr; atomic_fetch_add_explicit(p, 1ul, memory_order_relaxed);"),
        ("unknown_attribute", ",\n    uint lane [[thread_lane]]", "buffer_0[0] = lane;"),
        ("buffer_index_31", ",\n    device float* buffer_31 [[buffer(31)]]", "buffer_31[0] = 1.0f;"),
        ("std_library", "", "buffer_0[0] = std::exp(1.0f);"),
        // What CubeCL emitted for a bit cast of a constant (LoRA's select_adapter, bf16 words).
        ("reinterpret_rvalue", "", "const uint x = reinterpret_cast<thread uint const&>(float(0.0)); buffer_0[0] = float(x);"),
    ];
    let mut missed = Vec::new();
    for (name, params, body) in bad {
        match check_snippet(&clang, name, &snippet(params, body)) {
            Ok(()) => missed.push(name),
            Err(e) => eprintln!("rejected as expected: {name}: {}", e.lines().find(|l| l.contains("error")).unwrap_or("").trim()),
        }
    }
    assert!(missed.is_empty(), "invalid MSL accepted by the check: {missed:?}");
    eprintln!("MSL check: {} invalid snippets rejected", bad.len());
}

#[test]
fn msl_rules_reject_known_bad_kernels() {
    let race = "threadgroup float t[32];\nt[0] = 1.0f;\nsimdgroup_barrier(mem_flags::mem_none);\nbuffer_0[0] = t[1];";
    let store_then_barrier = "threadgroup float c[64];\nsimdgroup_float8x8 a;\nsimdgroup_store(a, c, 8);\nsimdgroup_barrier(mem_flags::mem_none);\nthreadgroup_barrier(mem_flags::mem_threadgroup);";
    let cases = [
        ("bfloat", "bfloat x = bfloat(1.0f);", true),
        ("bfloat_vector_struct", "bfloat_4 x;", true),
        ("atomic64", "device atomic_ulong* p;", true),
        ("fence", "threadgroup_thread_fence(mem_flags::mem_device);", true),
        ("cuda_fence", "__threadfence();", true),
        ("plane_sync_around_smem", race, true),
        ("smem_over_32k", "threadgroup uchar dynamic_shared_mem[32772];", true),
        ("smem_over_32k_in_two", "threadgroup float_4 a[1536];\nthreadgroup float b[2048];\nthreadgroup half c[2];", true),
        ("smem_32k", "threadgroup uchar dynamic_shared_mem[32768];", false),
        ("cmma_store_barrier", store_then_barrier, false),
        ("plane_sync_without_smem", "simdgroup_barrier(mem_flags::mem_none);", false),
    ];
    for (name, body, bad) in cases {
        let v = rule_violations(&snippet("", body));
        assert_eq!(!v.is_empty(), bad, "{name}: rules reported {v:?}");
    }
}
