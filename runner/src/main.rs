//! `pmetal`: verifies every kernel against its f64 reference and benchmarks it on the best
//! GPU present (or the one named with `--device`). Exit status 1 if any result is out of
//! tolerance, 2 on bad arguments, an unwritable output path or no device.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use comfy_table::{presets::UTF8_BORDERS_ONLY, Cell, CellAlignment, Table};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

mod train_demo;

use pmetal_bench::{run_all, today, verify::fresh_seed, Options, Row, OPS};
use pmetal_metal::{Backend, DType, MetalContext};

/// Verifies every pmetal kernel against its f64 reference, then times it beside our
/// unfused baseline, on the best GPU present (Metal, then CUDA, then Vulkan).
#[derive(Parser, Debug)]
#[command(name = "pmetal", version, about, long_about = None, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Burn integration demo: train a small Llama-style model with Burn's ops and with
    /// pmetal's, LoRA fine-tune it and generate.
    TrainDemo(train_demo::Args),
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Runtime to use, optionally with a device index (`cuda:1`); default: the best present.
    #[arg(long, value_parser = parse_device)]
    device: Option<DeviceArg>,
    /// Ops to run (exact names, several allowed); default: all. See `--list`.
    #[arg(long = "op", value_name = "OP", value_parser = clap::builder::PossibleValuesParser::new(OPS))]
    ops: Vec<String>,
    /// Only this dtype.
    #[arg(long, value_enum)]
    dtype: Option<FloatDType>,
    /// Small shapes and few repetitions.
    #[arg(long)]
    quick: bool,
    /// Also write one JSON row per (op, shape, dtype, impl) to this file.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// List the ops and exit.
    #[arg(long)]
    list: bool,
}

/// The dtypes the kernels take.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum FloatDType {
    F32,
    F16,
    Bf16,
}

impl From<FloatDType> for DType {
    fn from(d: FloatDType) -> Self {
        match d {
            FloatDType::F32 => DType::F32,
            FloatDType::F16 => DType::F16,
            FloatDType::Bf16 => DType::BF16,
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct DeviceArg {
    backend: Backend,
    index: usize,
}

fn parse_device(s: &str) -> Result<DeviceArg, String> {
    let (name, index) = match s.split_once(':') {
        Some((n, i)) => (n, i.parse::<usize>().map_err(|_| format!("`{i}` is not a device index"))?),
        None => (s, 0),
    };
    let backend = match name {
        "metal" => Backend::Metal,
        "cuda" => Backend::Cuda,
        "vulkan" => Backend::Vulkan,
        _ => return Err(format!("unknown runtime `{name}` (valid: metal, cuda, vulkan, optionally with `:INDEX`)")),
    };
    Ok(DeviceArg { backend, index })
}

/// One row of `--json`: the schema is these fields, one object per (op, shape, dtype,
/// impl); `null` where a value does not apply (GB/s of a matmul, TFLOP/s of a
/// memory-bound op, the speed-up of a baseline).
#[derive(Serialize)]
struct JsonRow<'a> {
    device: &'a str,
    backend: &'a str,
    date: &'a str,
    commit: &'a str,
    op: &'a str,
    shape: &'a str,
    dtype: String,
    #[serde(rename = "impl")]
    imp: &'a str,
    ms: Option<f64>,
    gbs: Option<f64>,
    tflops: Option<f64>,
    peak_bytes: u64,
    max_rel_err: Option<f64>,
    passed: bool,
    speedup_vs_unfused: Option<f64>,
}

fn finite(v: Option<f64>) -> Option<f64> {
    v.filter(|x| x.is_finite())
}

fn header() -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_BORDERS_ONLY);
    t.set_header(["op", "shape", "dtype", "impl", "max rel err", "ms", "GB/s", "TFLOP/s", "vs unfused", "peak MiB", "ok"]);
    for i in 4..10 {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

fn row_cells(r: &Row) -> Vec<Cell> {
    let opt = |v: Option<f64>, f: &dyn Fn(f64) -> String| v.map(f).unwrap_or_else(|| "-".into());
    vec![
        Cell::new(&r.op),
        Cell::new(&r.shape),
        Cell::new(r.dtype),
        Cell::new(&r.imp),
        Cell::new(opt(r.max_rel_err, &|e| format!("{e:.2e}"))),
        Cell::new(format!("{:.4}", r.ms)),
        Cell::new(opt(r.gbs, &|g| if g < 10.0 { format!("{g:.2}") } else { format!("{g:.0}") })),
        Cell::new(opt(r.tflops, &|t| format!("{t:.1}"))),
        Cell::new(opt(r.speedup_vs_unfused, &|s| format!("{s:.2}x"))),
        Cell::new(format!("{:.1}", r.peak_bytes as f64 / (1 << 20) as f64)),
        Cell::new(if r.passed { "ok" } else { "FAIL" }),
    ]
}

fn main() -> ExitCode {
    // wgpu complains on stderr when XDG_RUNTIME_DIR is unset; it only needs a directory.
    if std::env::var_os("XDG_RUNTIME_DIR").is_none() {
        std::env::set_var("XDG_RUNTIME_DIR", std::env::temp_dir());
    }
    let cli = Cli::parse();
    if let Some(Command::TrainDemo(args)) = cli.command {
        return train_demo::main(args);
    }
    run(cli.run)
}

fn run(args: RunArgs) -> ExitCode {
    if args.list {
        for op in OPS {
            println!("{op}");
        }
        return ExitCode::SUCCESS;
    }
    // An output path that cannot be written fails now, not after the whole run.
    if let Some(path) = &args.json {
        if let Err(e) = std::fs::write(path, "[]\n") {
            eprintln!("pmetal: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    let ctx = match args.device {
        Some(d) => MetalContext::with_device(d.backend, d.index),
        None => MetalContext::new(),
    };
    let ctx = match ctx {
        Ok(c) => c,
        Err(e) => {
            eprintln!("pmetal: {e}");
            return ExitCode::from(2);
        }
    };
    let info = ctx.info();
    let commit = env!("PMETAL_COMMIT");
    println!("pmetal {} on {} [{}], {}, commit {commit}", env!("CARGO_PKG_VERSION"), info.name, info.backend, today());
    println!(
        "  bf16 {} | subgroup {}-{} | matrix units {}{}",
        if info.native_bf16 { "native" } else { "as 16-bit words" },
        info.plane_size.0,
        info.plane_size.1,
        if info.has_matrix_units { "yes" } else { "no" },
        match (info.backend, info.cublaslt) {
            (_, true) => " | matmul cuBLASLt",
            (pmetal_metal::Backend::Cuda, false) => " | matmul cubek (no cuBLASLt)",
            _ => "",
        }
    );
    // The verification inputs' seed, for replaying a failure.
    let seed = fresh_seed();
    println!("  inputs from seed {seed} (replay: PMETAL_SEED={seed})");
    let ops: Vec<&str> = OPS.iter().copied().filter(|op| args.ops.is_empty() || args.ops.iter().any(|o| o == op)).collect();
    let bar = ProgressBar::new(ops.len() as u64);
    bar.set_style(ProgressStyle::with_template("[{elapsed_precise}] {bar:30} {pos}/{len} ops {msg}").expect("a valid template"));
    let mut rows: Vec<Row> = Vec::new();
    for op in ops {
        let opts = Options { quick: args.quick, op: Some(op.to_string()), dtype: args.dtype.map(DType::from), seed };
        bar.set_message(op);
        let got = run_all(&ctx, &opts, &mut |done, total, label| bar.set_message(format!("{op}: {done}/{total} {label}")));
        let got = match got {
            Ok(r) => r,
            Err(e) => {
                bar.abandon();
                eprintln!("pmetal: {op}: {e}");
                return ExitCode::from(1);
            }
        };
        // Each op's rows as soon as it finishes.
        bar.suspend(|| {
            let mut t = header();
            for r in &got {
                t.add_row(row_cells(r));
            }
            println!("{t}");
        });
        rows.extend(got);
        bar.inc(1);
    }
    bar.finish_and_clear();
    if let Some(path) = &args.json {
        let json: Vec<JsonRow> = rows
            .iter()
            .map(|r| JsonRow {
                device: &info.name,
                backend: info.backend.name(),
                date: today_static(),
                commit,
                op: &r.op,
                shape: &r.shape,
                dtype: r.dtype.to_string(),
                imp: &r.imp,
                ms: finite(Some(r.ms)),
                gbs: finite(r.gbs),
                tflops: finite(r.tflops),
                peak_bytes: r.peak_bytes,
                max_rel_err: finite(r.max_rel_err),
                passed: r.passed,
                speedup_vs_unfused: finite(r.speedup_vs_unfused),
            })
            .collect();
        let text = serde_json::to_string_pretty(&json).expect("rows serialise");
        if let Err(e) = std::fs::write(path, text + "\n") {
            eprintln!("pmetal: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("wrote {} rows to {}", rows.len(), path.display());
    }
    let failed = rows.iter().filter(|r| !r.passed).count();
    if failed > 0 {
        println!("{failed} result(s) out of tolerance");
        return ExitCode::from(1);
    }
    println!("all {} results within tolerance", rows.len());
    ExitCode::SUCCESS
}

/// Today's date, made once (the JSON rows borrow it).
fn today_static() -> &'static str {
    static TODAY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TODAY.get_or_init(today)
}
