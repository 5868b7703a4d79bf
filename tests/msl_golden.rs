//! Golden MSL: the Metal source of one variant of every kernel (the first `generate_all`
//! makes for each `op/kernel`: f32 at the widest vectors where it exists) is committed
//! under tests/golden/msl/, and this test regenerates it and fails on any difference.
//!
//! Why: no test here runs Metal, so a change to a kernel, to CubeCL or to our codegen
//! settings would otherwise reach Macs unseen; with these files it shows up as a diff in
//! review. All 600-odd variants are 25 MB; one per kernel keeps the files readable.
//! Shared-array offsets are masked (see `normalize`).
//!
//! After an intended change: `PMETAL_BLESS_GOLDEN=1 cargo test --test msl_golden` rewrites
//! them (and removes files of kernels that no longer exist).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pmetal_metal::codegen::{generate_all, Target};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/msl")
}

/// CubeCL 0.10 emits a kernel's shared arrays and its uninitialised locals in hash-map
/// order, so their order (and the arrays' offsets into `dynamic_shared_mem`) change from
/// run to run; the kernels are equivalent. Golden files keep each run of such
/// declarations sorted, with the offsets masked.
fn normalize(msl: &str) -> String {
    // The vector structs before the kernel come in hash-map order as well: sorted.
    let (pre, body) = msl.split_once("[[kernel]]").unwrap_or(("", msl));
    let mut chunks: Vec<&str> = pre.split("\n\n").collect();
    let first = chunks.iter().position(|c| c.trim_start().starts_with("struct alignas"));
    if let Some(f) = first {
        let n = chunks[f..].iter().take_while(|c| c.trim_start().starts_with("struct alignas")).count();
        chunks[f..f + n].sort();
    }
    let msl = format!("{}[[kernel]]{body}", chunks.join("\n\n"));
    let mut out = Vec::new();
    let mut block: Vec<String> = Vec::new();
    let mut pending_comment: Option<&str> = None;
    let flush = |block: &mut Vec<String>, out: &mut Vec<String>| {
        block.sort();
        out.append(block);
    };
    for line in msl.lines() {
        if line.starts_with("// Shared array size:") {
            pending_comment = Some(line);
            continue;
        }
        if line.contains("shared_memory_") && line.contains("&dynamic_shared_mem[") {
            let (head, tail) = line.split_once("&dynamic_shared_mem[").unwrap();
            let tail = tail.split_once(']').map_or("", |(_, t)| t);
            let decl = format!("{head}&dynamic_shared_mem[<offset>]{tail}");
            block.push(match pending_comment.take() {
                Some(c) => format!("{c}\n{decl}"),
                None => decl,
            });
            continue;
        }
        if let Some(c) = pending_comment.take() {
            out.push(c.to_string());
        }
        // Uninitialised locals (`float_4 l_mut_29;`, `simdgroup_half8x8 frag_a_46;`) are
        // declared in hash-map order too: sorted with their neighbours.
        let t = line.trim();
        if t.ends_with(';') && !t.contains('=') && !t.contains('(') && t.split_whitespace().count() == 2 {
            block.push(line.to_string());
            continue;
        }
        flush(&mut block, &mut out);
        out.push(line.to_string());
    }
    flush(&mut block, &mut out);
    let mut s = out.join("\n");
    s.push('\n');
    s
}

/// File name -> MSL (normalized) of the first variant of each `op/kernel`.
fn goldens() -> BTreeMap<String, String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = BTreeMap::new();
    for k in generate_all(Target::Msl).expect("MSL generation") {
        let kind: Vec<&str> = k.name.split('/').take(2).collect();
        if seen.insert(kind.join("/")) {
            out.insert(format!("{}.metal", k.name.replace('/', "_")), normalize(&k.source));
        }
    }
    out
}

#[test]
fn msl_matches_golden_files() {
    let dir = golden_dir();
    let want = goldens();
    if std::env::var_os("PMETAL_BLESS_GOLDEN").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "metal") {
                std::fs::remove_file(e.path()).unwrap();
            }
        }
        for (file, src) in &want {
            std::fs::write(dir.join(file), src).unwrap();
        }
        eprintln!("golden MSL: wrote {} files to {}", want.len(), dir.display());
        return;
    }
    let mut problems = Vec::new();
    for (file, src) in &want {
        match std::fs::read_to_string(dir.join(file)) {
            Err(_) => problems.push(format!("{file}: no golden file")),
            Ok(old) if old != *src => {
                let line = old.lines().zip(src.lines()).position(|(a, b)| a != b).unwrap_or(old.lines().count().min(src.lines().count()));
                let (a, b) = (old.lines().nth(line).unwrap_or("<end>"), src.lines().nth(line).unwrap_or("<end>"));
                problems.push(format!("{file}: differs from line {}:\n  golden: {a}\n  now:    {b}", line + 1));
            }
            Ok(_) => {}
        }
    }
    let stale: Vec<String> = std::fs::read_dir(&dir)
        .map(|r| r.flatten().filter_map(|e| e.file_name().into_string().ok()).filter(|f| f.ends_with(".metal") && !want.contains_key(f)).collect())
        .unwrap_or_default();
    for f in stale {
        problems.push(format!("{f}: golden file of a kernel no longer generated"));
    }
    assert!(
        problems.is_empty(),
        "generated MSL differs from tests/golden/msl ({} files); review, then rerun with PMETAL_BLESS_GOLDEN=1:\n{}",
        problems.len(),
        problems.join("\n")
    );
    eprintln!("golden MSL: {} kernels match tests/golden/msl", want.len());
}

/// The generator must be deterministic for golden files to mean anything.
#[test]
fn msl_generation_is_deterministic() {
    assert_eq!(goldens(), goldens(), "two generations of the same kernels gave different MSL");
}
