//! `cargo bench --bench rope`: the runner's RoPE cases on the best device present.
//! Speed targets live here and in the runner, never in tests.

fn main() -> pmetal_metal::Result<()> {
    pmetal_metal::bench::bench_main("rope")
}
