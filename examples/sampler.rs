//! The fused sampler over a batch of logit rows: temperature, top-k and top-p per row,
//! seeded, so the same seed gives the same tokens. Row 3 holds a NaN to show the per-row
//! status: that row gets no token and the others are sampled as usual.
//!
//! Run: `cargo run --example sampler` (add `--features cuda` for NVIDIA).

use pmetal_metal::{DType, GpuTensor, MetalContext, RowSampling, Sampler, SamplerConfig};

fn main() -> pmetal_metal::Result<()> {
    let ctx = MetalContext::new()?;
    println!("device: {} ({})", ctx.device_name(), ctx.backend());

    // 4 rows over a 1000-token vocabulary: a smooth bump per row, peaked at a different
    // token each time, plus a deterministic ripple.
    let (rows, vocab) = (4, 1000);
    let mut logits: Vec<f32> = (0..rows * vocab)
        .map(|i| {
            let (r, v) = (i / vocab, (i % vocab) as f32);
            let peak = 100.0 + 250.0 * r as f32;
            -((v - peak) / 40.0).powi(2) + 0.3 * (v * 0.7).sin()
        })
        .collect();
    logits[3 * vocab + 17] = f32::NAN;
    let logits = GpuTensor::from_f32(&ctx, DType::F32, &[rows, vocab], &logits)?;

    // Top-k and top-p compiled in; each row sets its own values (row 0 greedy).
    let sampler = Sampler::new(&ctx, SamplerConfig { top_k: true, top_p: true, ..Default::default() })?;
    let row = |temperature, top_k, top_p| RowSampling { temperature, top_k, top_p, ..Default::default() };
    let params = sampler.params(&[row(0.0, 1, 1.0), row(0.7, 50, 0.9), row(1.0, 20, 0.95), row(1.0, 50, 0.9)])?;

    let seed = 1234;
    for step in 0..3 {
        let out = sampler.sample(&logits, &params, None, seed, step)?;
        let (tokens, status) = (out.tokens.to_vec()?, out.status()?);
        println!("step {step}: tokens {tokens:?}");
        println!("        status {status:?}");
        // A row that could not be sampled holds a placeholder token; its status says why.
        for (row, s) in status.iter().enumerate() {
            if let Some(why) = s.reason() {
                println!("        row {row}: no token, {why}");
            }
        }
    }
    // The same (seed, step) draws the same tokens.
    let again = sampler.sample(&logits, &params, None, seed, 0)?.tokens.to_vec()?;
    println!("step 0 again: tokens {again:?}");
    Ok(())
}
