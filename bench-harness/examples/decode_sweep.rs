//! One point of a decode-attention tuning sweep: times the forward at one shape (default
//! the runner's decode row, B8 H32/8 T_q 1 KV 32768 D128 bf16) on the best device, with
//! whatever `PMETAL_ATTN_DECODE*` knobs the environment sets (they are read when the
//! context is made, so a sweep runs this once per setting: `bench/decode_sweep.sh`).
//! Prints the forward's plan, the median time, GB/s of K and V read once, and the largest
//! difference from the general forward on the same inputs (on matrix units, where the
//! device has them for bf16; elsewhere that check is skipped).
//!
//! Run: `cargo run --release -p pmetal-bench --features cuda --example decode_sweep -- [B H HKV TQ TK D]`.
//! (Timing: the runner's `time_ms`, batches of about 25 ms between syncs, median.)

use pmetal_bench::time_ms;
use pmetal_metal::{AttentionPath, DType, FlashAttention, GpuTensor, MetalContext, Result};

/// Deterministic values in [-1, 1): a small hash of the index and a per-tensor salt.
fn values(n: usize, salt: usize) -> Vec<f32> {
    (0..n).map(|i| ((i.wrapping_mul(2654435761) ^ salt.wrapping_mul(40503)) % 2000) as f32 / 1000.0 - 1.0).collect()
}

fn main() -> Result<()> {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let [b, h, hk, tq, tk, d] = match args[..] {
        [b, h, hk, tq, tk, d] => [b, h, hk, tq, tk, d],
        _ => [8, 32, 8, 1, 32768, 128],
    };
    let dtype = DType::BF16;
    let ctx = MetalContext::new()?;
    let q = GpuTensor::from_f32(&ctx, dtype, &[b, tq, h, d], &values(b * tq * h * d, 1))?;
    let k = GpuTensor::from_f32(&ctx, dtype, &[b, tk, hk, d], &values(b * tk * hk * d, 2))?;
    let v = GpuTensor::from_f32(&ctx, dtype, &[b, tk, hk, d], &values(b * tk * hk * d, 3))?;
    let op = FlashAttention::new(&ctx, d, h)?.kv_heads(hk)?;
    let plan = op.plan_name(&q, &k, &v)?;
    let fwd = plan.split("; backward").next().unwrap_or(&plan).to_string();
    let out = op.forward(&q, &k, &v, None)?;
    let ms = time_ms(&ctx, false, || op.forward_into(&q, &k, &v, None, &out.out, &out.lse))?;
    let gbs = 2.0 * (b * tk * hk * d * dtype.size()) as f64 / ms / 1e6;
    let check = if ctx.info().mma_fragment(dtype).is_some() {
        let general = op.clone().path(AttentionPath::MatrixUnits).forward(&q, &k, &v, None)?;
        let (x, y) = (out.out.to_f32_vec()?, general.out.to_f32_vec()?);
        let diff = x.iter().zip(&y).map(|(a, b)| (a - b).abs()).fold(0.0f32, f32::max);
        format!("max |decode - general| {diff:.2e}")
    } else {
        "no general path to compare".to_string()
    };
    println!("B{b} H{h}/{hk} Tq{tq} KV{tk} D{d} bf16 | {fwd} | {ms:.4} ms | {gbs:.0} GB/s | {check}");
    Ok(())
}
