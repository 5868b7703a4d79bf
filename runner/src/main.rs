//! `pmetal`: verifies every kernel against its f64 reference and benchmarks it on the best
//! GPU present (or the one named with `--device`). Exit status 1 if any result is out of
//! tolerance.

use std::io::Write;
use std::process::ExitCode;

mod train_demo;

use pmetal_metal::bench::{run_all, today, Options, Row, OPS};
use pmetal_metal::{Backend, DType, MetalContext};

const USAGE: &str = "usage: pmetal [--device metal|cuda|vulkan] [--op NAME] [--dtype f32|f16|bf16] [--quick] [--json FILE]
       pmetal train-demo --help   (Burn integration demo: train a small Llama both ways)

Verifies every kernel against its f64 reference, then times it beside our unfused
baseline, on the best GPU present (Metal, then CUDA, then Vulkan). Prints a table;
--json writes one row per (op, shape, dtype, impl). Exit status 1 if any result is out
of tolerance, 2 on bad arguments or no device.";

struct Args {
    device: Option<Backend>,
    json: Option<String>,
    opts: Options,
}

fn parse() -> Result<Args, String> {
    let mut a = Args { device: None, json: None, opts: Options::default() };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--device" => a.device = Some(val("--device")?.parse().map_err(|e| format!("{e}"))?),
            "--op" => {
                let op = val("--op")?;
                if !OPS.iter().any(|o| o.contains(op.as_str())) {
                    return Err(format!("unknown op `{op}` (known: {})", OPS.join(", ")));
                }
                a.opts.op = Some(op)
            }
            "--dtype" => a.opts.dtype = Some(val("--dtype")?.parse::<DType>().map_err(|e| format!("{e}"))?),
            "--quick" => a.opts.quick = true,
            "--json" => a.json = Some(val("--json")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(a)
}

fn progress_bar(done: usize, total: usize, label: &str) {
    let width = 30;
    let filled = if total == 0 { width } else { done * width / total };
    eprint!("\r[{}{}] {done}/{total} {label:<40}", "#".repeat(filled), ".".repeat(width - filled));
    if done == total {
        eprintln!();
    }
    let _ = std::io::stderr().flush();
}

fn fmt_opt(v: Option<f64>, prec: usize) -> String {
    v.map(|x| format!("{x:.prec$}")).unwrap_or_else(|| "-".into())
}

fn json_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn json_num(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite()).map(|x| format!("{x}")).unwrap_or_else(|| "null".into())
}

fn to_json(ctx: &MetalContext, rows: &[Row]) -> String {
    let device = json_str(ctx.device_name());
    let (date, commit) = (json_str(&today()), json_str(env!("PMETAL_COMMIT")));
    let lines: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "  {{\"device\": {device}, \"backend\": \"{}\", \"date\": {date}, \"commit\": {commit}, \"op\": {}, \"shape\": {}, \"dtype\": \"{}\", \"impl\": {}, \"ms\": {}, \"gbs\": {}, \"tflops\": {}, \"peak_bytes\": {}, \"max_rel_err\": {}, \"passed\": {}, \"speedup_vs_unfused\": {}}}",
                ctx.backend(), json_str(&r.op), json_str(&r.shape), r.dtype, json_str(&r.imp), json_num(Some(r.ms)),
                json_num(r.gbs), json_num(r.tflops), r.peak_bytes, json_num(r.max_rel_err), r.passed, json_num(r.speedup_vs_unfused)
            )
        })
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("train-demo") {
        return train_demo::main(&argv[1..], &mut progress_bar);
    }
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("pmetal: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let ctx = match args.device.map(MetalContext::with_backend).unwrap_or_else(MetalContext::new) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("pmetal: {e}");
            return ExitCode::from(2);
        }
    };
    let info = ctx.info();
    println!("pmetal {} on {} [{}], {}, commit {}", env!("CARGO_PKG_VERSION"), info.name, info.backend, today(), env!("PMETAL_COMMIT"));
    println!(
        "  bf16 {} | subgroup {}-{} | matrix units {}",
        if info.native_bf16 { "native" } else { "as 16-bit words" },
        info.plane_size.0,
        info.plane_size.1,
        if info.has_matrix_units { "yes" } else { "no" }
    );
    let rows = match run_all(&ctx, &args.opts, &mut progress_bar) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("\npmetal: {e}");
            return ExitCode::from(1);
        }
    };
    println!(
        "{:<16} {:<20} {:<5} {:<15} {:>10} {:>10} {:>9} {:>8} {:>12} {:>6}",
        "op", "shape", "dtype", "impl", "max rel err", "ms", "GB/s", "vs unf", "peak MiB", "ok"
    );
    for r in &rows {
        println!(
            "{:<16} {:<20} {:<5} {:<15} {:>10} {:>10.4} {:>9} {:>8} {:>12.1} {:>6}",
            r.op,
            r.shape,
            r.dtype,
            r.imp,
            r.max_rel_err.map(|e| format!("{e:.2e}")).unwrap_or_else(|| "-".into()),
            r.ms,
            fmt_opt(r.gbs, if r.gbs.unwrap_or(0.0) < 10.0 { 2 } else { 0 }),
            r.speedup_vs_unfused.map(|s| format!("{s:.2}x")).unwrap_or_else(|| "-".into()),
            r.peak_bytes as f64 / (1 << 20) as f64,
            if r.passed { "ok" } else { "FAIL" }
        );
    }
    if let Some(path) = &args.json {
        if let Err(e) = std::fs::write(path, to_json(&ctx, &rows)) {
            eprintln!("pmetal: cannot write {path}: {e}");
            return ExitCode::from(2);
        }
        println!("wrote {} rows to {path}", rows.len());
    }
    let failed = rows.iter().filter(|r| !r.passed).count();
    if failed > 0 {
        println!("{failed} result(s) out of tolerance");
        return ExitCode::from(1);
    }
    println!("all {} results within tolerance", rows.len());
    ExitCode::SUCCESS
}
