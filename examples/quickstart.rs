//! Quickstart: open a context on the best GPU present, upload a few rows, run RMSNorm and
//! then SwiGLU on the device, and read the results back.
//!
//! Run: `cargo run --example quickstart` (add `--features cuda` for NVIDIA, or
//! `--no-default-features --features metal` on a Mac; without a GPU, Vulkan runs on
//! Mesa's lavapipe).

use pmetal_metal::{GpuBuffer, MetalContext, RmsNorm, SwiGlu};

fn main() -> pmetal_metal::Result<()> {
    let ctx = MetalContext::new()?;
    println!("device: {} ({})", ctx.device_name(), ctx.backend());

    // 4 tokens of width 8; the values follow a fixed formula so every run is the same.
    let (rows, d) = (4, 8);
    let x: Vec<f32> = (0..rows * d).map(|i| ((i * 7 % 11) as f32 - 5.0) / 4.0).collect();
    let x = GpuBuffer::<f32>::from_slice(&ctx, &x, &[rows, d])?;
    let w = GpuBuffer::<f32>::from_slice(&ctx, &[1.0; 8], &[d])?;

    // y = x / sqrt(mean(x^2) + eps) * w per row; the output also holds each row's 1/rms,
    // which the backward reuses.
    let norm = RmsNorm::new(&ctx, 1e-6)?.forward(&x, &w)?;

    // SwiGLU's gate and up would come from two projections of y; here the normalised rows
    // serve as the gate and their negation as the up projection.
    let up: Vec<f32> = norm.y.to_vec::<f32>()?.iter().map(|v| -v).collect();
    let up = GpuBuffer::<f32>::from_slice(&ctx, &up, &[rows, d])?;
    let h = SwiGlu::new(&ctx).forward(&norm.y, &up)?; // silu(gate) * up, one pass

    let y: Vec<f32> = norm.y.to_vec()?;
    let rstd: Vec<f32> = norm.rstd.to_vec()?;
    let h: Vec<f32> = h.to_vec()?;
    for r in 0..rows {
        println!("row {r}: 1/rms {:.4}", rstd[r]);
        println!("  rmsnorm {:?}", &y[r * d..(r + 1) * d].iter().map(|v| (v * 1e3).round() / 1e3).collect::<Vec<_>>());
        println!("  swiglu  {:?}", &h[r * d..(r + 1) * d].iter().map(|v| (v * 1e3).round() / 1e3).collect::<Vec<_>>());
    }
    Ok(())
}
