//! `cargo bench -p pmetal-bench --bench attention`: the runner's FlashAttention cases (forward,
//! forward+backward, peak memory at T 16384, decode) on the best device present.

fn main() -> pmetal_metal::Result<()> {
    pmetal_bench::bench_main("attention")
}
