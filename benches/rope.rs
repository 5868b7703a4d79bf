//! `cargo bench --bench rope`: the runner's RoPE cases on the best device present.

fn main() -> pmetal_metal::Result<()> {
    let ctx = pmetal_metal::MetalContext::new()?;
    let opts = pmetal_metal::bench::Options { op: Some("rope".into()), quick: std::env::args().any(|a| a == "--quick"), ..Default::default() };
    for r in pmetal_metal::bench::run_all(&ctx, &opts, &mut |_, _, _| {})? {
        println!("{} {} {} {}: {:.4} ms, {:.0} GB/s", r.op, r.shape, r.dtype, r.imp, r.ms, r.gbs.unwrap_or(0.0));
    }
    Ok(())
}
