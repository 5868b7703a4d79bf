//! `cargo bench --bench swiglu`: the runner's SwiGLU cases on the best device present.
//! Speed targets live here and in the runner, never in tests.

fn main() -> pmetal_metal::Result<()> {
    let ctx = pmetal_metal::MetalContext::new()?;
    let opts = pmetal_metal::bench::Options { op: Some("swiglu".into()), quick: std::env::args().any(|a| a == "--quick"), ..Default::default() };
    let rows = pmetal_metal::bench::run_all(&ctx, &opts, &mut |_, _, _| {})?;
    for r in rows {
        println!("{} {} {} {}: {:.4} ms, {:.0} GB/s", r.op, r.shape, r.dtype, r.imp, r.ms, r.gbs.unwrap_or(0.0));
    }
    Ok(())
}
