//! `cargo bench -p pmetal-bench --bench cross_entropy`: the runner's RoPE cases on the best device present.
//! Speed targets live here and in the runner, never in tests.

fn main() -> pmetal_metal::Result<()> {
    pmetal_bench::bench_main("cross_entropy")
}
