//! `cargo bench -p pmetal-bench --bench matmul`: the runner's matmul cases (bf16 GEMM TFLOP/s
//! per algorithm: cuBLASLt where present, and each cubek one) on the best device present.
//! Speed targets live here and in the runner.

fn main() -> pmetal_metal::Result<()> {
    pmetal_bench::bench_main("matmul")
}
