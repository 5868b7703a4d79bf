//! `pmetal-bench`: the benchmark harness of the `pmetal` runner and of `cargo bench -p
//! pmetal-bench`. Dev tooling, kept out of `pmetal-metal`'s API: it calls the library's
//! public ops (plus the `#[doc(hidden)]` `*_unfused` baselines, which exist for it).
//! Each op has a module here listing its cases; every case is verified against the f64
//! reference before it is timed, and produces one [`Row`] per implementation.

pub mod attention;
pub mod cross_entropy;
pub mod linear_cross_entropy;
pub mod lora;
pub mod sampler;
pub mod matmul;
pub mod rmsnorm;
pub mod rope;
pub mod swiglu;

/// The tests' tolerance table, seeded inputs and error measures, compiled here from the one
/// file the tests use (`tests/common/verify.rs`), so the runner's pass/fail is the tests'.
#[path = "../../tests/common/verify.rs"]
pub mod verify;

use std::time::Instant;

use pmetal_metal::{DType, MetalContext, Result};

/// What the runner asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Small shapes and few repetitions (CI, lavapipe).
    pub quick: bool,
    /// Only this op (its exact name, one of [`OPS`]).
    pub op: Option<String>,
    /// Only this dtype.
    pub dtype: Option<DType>,
    /// Seed of the host inputs (the runner prints it; `PMETAL_SEED` replays a run, see
    /// [`verify::fresh_seed`]).
    pub seed: u64,
}

impl Options {
    /// The float dtypes selected (all of them unless `dtype` narrows it).
    pub fn dtypes(&self) -> Vec<DType> {
        DType::FLOATS.into_iter().filter(|d| self.dtype.is_none_or(|w| w == *d)).collect()
    }
}

/// One measured (op, shape, dtype, impl).
#[derive(Clone, Debug)]
pub struct Row {
    pub op: String,
    pub shape: String,
    pub dtype: DType,
    pub imp: String,
    pub ms: f64,
    pub gbs: Option<f64>,
    pub tflops: Option<f64>,
    /// Largest device memory held by pmetal tensors during one call, beyond its inputs.
    pub peak_bytes: u64,
    /// Max relative error against the f64 reference (see [`verify::compare`]).
    pub max_rel_err: Option<f64>,
    /// Within the per-dtype tolerance.
    pub passed: bool,
    /// Speed-up over our unfused baseline of the same op, where there is one.
    pub speedup_vs_unfused: Option<f64>,
}

impl Row {
    /// A row of a memory-bound op: GB/s from the bytes it must move at minimum; `err` is
    /// (max relative error, within tolerance) where the row was verified; `unfused_ms`
    /// the time of our unfused baseline, where there is one.
    #[allow(clippy::too_many_arguments)]
    pub fn memory_bound(
        op: &str,
        shape: &str,
        dtype: DType,
        imp: &str,
        ms: f64,
        bytes: f64,
        peak_bytes: u64,
        err: Option<(f64, bool)>,
        unfused_ms: Option<f64>,
    ) -> Row {
        Row {
            op: op.into(),
            shape: shape.into(),
            dtype,
            imp: imp.into(),
            ms,
            gbs: Some(bytes / ms / 1e6),
            tflops: None,
            peak_bytes,
            max_rel_err: err.map(|e| e.0),
            passed: err.is_none_or(|e| e.1),
            speedup_vs_unfused: unfused_ms.map(|b| b / ms),
        }
    }
}

/// Median milliseconds of one call of `f`. Calls are queued in batches between two device
/// syncs (as `triton.testing.do_bench` queues them between events), so host launch gaps
/// overlap device work; the median of the batch means is reported.
pub fn time_ms(ctx: &MetalContext, quick: bool, mut f: impl FnMut() -> Result<()>) -> Result<f64> {
    f()?;
    ctx.sync()?;
    // Size a batch to ~25 ms (2 ms when quick), from one timed call.
    let t = Instant::now();
    f()?;
    ctx.sync()?;
    let once = t.elapsed().as_secs_f64() * 1e3;
    let target = if quick { 2.0 } else { 25.0 };
    let per_batch = ((target / once.max(1e-3)) as usize).clamp(1, 1000);
    let batches = if quick { 3 } else { 9 };
    let mut means = Vec::with_capacity(batches);
    for _ in 0..batches {
        ctx.sync()?;
        let t = Instant::now();
        for _ in 0..per_batch {
            f()?;
        }
        ctx.sync()?;
        means.push(t.elapsed().as_secs_f64() * 1e3 / per_batch as f64);
    }
    means.sort_by(|a, b| a.total_cmp(b));
    Ok(means[means.len() / 2])
}

/// Largest extra device memory (bytes held by pmetal tensors beyond those live before)
/// while `f` runs once.
pub fn peak_extra_bytes(ctx: &MetalContext, f: impl FnOnce() -> Result<()>) -> Result<u64> {
    ctx.sync()?;
    let base = ctx.reset_peak_bytes();
    f()?;
    ctx.sync()?;
    Ok(ctx.peak_bytes().saturating_sub(base))
}

/// Today's date (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Civil-from-days (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether the device is a CPU driver (lavapipe), where only small shapes make sense.
pub fn is_cpu_device(ctx: &MetalContext) -> bool {
    let name = &ctx.info().name;
    name.contains("llvmpipe") || name.contains("Cpu")
}

/// Every op the runner knows, in run order.
pub const OPS: &[&str] = &["swiglu", "rmsnorm", "rope", "matmul", "cross_entropy", "linear_cross_entropy", "sampler", "lora", "attention"];

/// `main` of `benches/<op>.rs`: the runner's cases of one op on the best device present,
/// `--quick` for small shapes.
pub fn bench_main(op: &str) -> Result<()> {
    let ctx = MetalContext::new()?;
    let seed = verify::fresh_seed();
    eprintln!("{op}: inputs from seed {seed} (replay: PMETAL_SEED={seed})");
    let opts = Options { op: Some(op.into()), quick: std::env::args().any(|a| a == "--quick"), seed, ..Default::default() };
    for r in run_all(&ctx, &opts, &mut |_, _, _| {})? {
        match r.tflops {
            Some(t) => println!("{} {} {} {}: {:.4} ms, {:.1} TFLOP/s, passed {}", r.op, r.shape, r.dtype, r.imp, r.ms, t, r.passed),
            None => println!("{} {} {} {}: {:.4} ms, {:.0} GB/s", r.op, r.shape, r.dtype, r.imp, r.ms, r.gbs.unwrap_or(0.0)),
        }
    }
    Ok(())
}

/// Runs every selected op's cases; `progress(done, total, label)` is called per step.
pub fn run_all(ctx: &MetalContext, opts: &Options, progress: &mut dyn FnMut(usize, usize, &str)) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for op in OPS {
        if opts.op.as_deref().is_some_and(|want| want != *op) {
            continue;
        }
        match *op {
            "swiglu" => swiglu::run(ctx, opts, &mut rows, progress)?,
            "rmsnorm" => rmsnorm::run(ctx, opts, &mut rows, progress)?,
            "rope" => rope::run(ctx, opts, &mut rows, progress)?,
            "cross_entropy" => cross_entropy::run(ctx, opts, &mut rows, progress)?,
            "linear_cross_entropy" => linear_cross_entropy::run(ctx, opts, &mut rows, progress)?,
            "matmul" => matmul::run(ctx, opts, &mut rows, progress)?,
            "sampler" => sampler::run(ctx, opts, &mut rows, progress)?,
            "lora" => lora::run(ctx, opts, &mut rows, progress)?,
            "attention" => attention::run(ctx, opts, &mut rows, progress)?,
            _ => unreachable!(),
        }
    }
    Ok(rows)
}
