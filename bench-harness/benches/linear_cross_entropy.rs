//! `cargo bench -p pmetal-bench --bench linear_cross_entropy`: the runner's fused linear cross-entropy cases on the best device present.
//! Speed targets live here and in the runner, never in tests.

fn main() -> pmetal_metal::Result<()> {
    pmetal_bench::bench_main("linear_cross_entropy")
}
