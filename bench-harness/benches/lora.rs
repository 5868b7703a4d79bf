//! `cargo bench -p pmetal-bench --bench lora`: the runner's LoRA cases (fused forward, forward+backward,
//! RMSNorm + LoRA, the fused GEMM against cubek) on the best device present.

fn main() -> pmetal_metal::Result<()> {
    pmetal_bench::bench_main("lora")
}
