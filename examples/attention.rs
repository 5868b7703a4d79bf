//! FlashAttention forward and backward: causal, grouped-query (4 query heads over 2 KV
//! heads), with an upstream gradient taken from a loss on the output. Prints the shapes and
//! checksums (sums of absolute values) of out, lse and the three gradients.
//!
//! Run: `cargo run --example attention` (add `--features cuda` for NVIDIA).

use pmetal_metal::{DType, FlashAttention, GpuTensor, MetalContext};

/// Deterministic values in [-0.5, 0.5): a small hash of the index and a per-tensor salt.
fn values(n: usize, salt: usize) -> Vec<f32> {
    (0..n).map(|i| ((i * 2654435761 + salt * 40503) % 1000) as f32 / 1000.0 - 0.5).collect()
}

/// Sum of absolute values. (A plain sum of dk is 0 up to rounding: each query's softmax
/// gradient over the keys sums to 0.)
fn checksum(t: &GpuTensor) -> pmetal_metal::Result<f32> {
    Ok(t.to_f32_vec()?.iter().map(|x| x.abs()).sum())
}

fn main() -> pmetal_metal::Result<()> {
    let ctx = MetalContext::new()?;
    println!("device: {} ({})", ctx.device_name(), ctx.backend());
    let (b, t, heads, kv_heads, d) = (2, 32, 4, 2, 64);
    let q = GpuTensor::from_f32(&ctx, DType::F32, &[b, t, heads, d], &values(b * t * heads * d, 1))?;
    let k = GpuTensor::from_f32(&ctx, DType::F32, &[b, t, kv_heads, d], &values(b * t * kv_heads * d, 2))?;
    let v = GpuTensor::from_f32(&ctx, DType::F32, &[b, t, kv_heads, d], &values(b * t * kv_heads * d, 3))?;

    let attention = FlashAttention::new(&ctx, d, heads)?.kv_heads(kv_heads)?.causal(true);
    let fwd = attention.forward(&q, &k, &v, None)?;

    // The upstream gradient of L = 0.5 * sum(out^2) is out itself: dL/d(out) = out. In a
    // model it comes from the layer above.
    let d_out = fwd.out.clone();
    let loss: f32 = fwd.out.to_f32_vec()?.iter().map(|o| 0.5 * o * o).sum();
    let grads = attention.backward(&q, &k, &v, &fwd.out, &d_out, &fwd.lse)?;

    println!("loss 0.5*sum(out^2) = {loss:.6}");
    for (name, x) in [("out", &fwd.out), ("lse", &fwd.lse), ("dq", &grads.dq), ("dk", &grads.dk), ("dv", &grads.dv)] {
        println!("{name:>3} {:?} sum|x| {:.6}", x.shape(), checksum(x)?);
    }
    Ok(())
}
