//! pmetal's fused ops inside a Burn computation, with autodiff: a pre-norm attention block
//! plus a SwiGLU MLP (RMSNorm, causal GQA attention, SwiGLU from `pmetal_burn::ops`, the
//! projections Burn's own matmuls), run once with pmetal's ops and once with the same
//! math written in Burn ops. Prints the largest difference of the outputs and of the
//! input's gradient.
//!
//! Run: `cargo run -p pmetal-burn --example burn_layer` (add `--features cuda` to build
//! CUDA in; the example runs on wgpu when that is built in: Vulkan, lavapipe without a
//! GPU, or Metal).

use burn::backend::Autodiff;
use burn::tensor::activation::{silu, softmax};
use burn::tensor::{Bool, Tensor, TensorData};
use burn_cubecl::CubeBackend;
use pmetal_burn::ops;

/// Burn's CubeCL backend (the ops' `PmetalBackend`), on wgpu where built in, else CUDA.
#[cfg(any(feature = "vulkan", feature = "metal"))]
type Inner = CubeBackend<burn_cubecl::cubecl::wgpu::WgpuRuntime, f32, i32, u32>;
#[cfg(all(feature = "cuda", not(any(feature = "vulkan", feature = "metal"))))]
type Inner = CubeBackend<burn_cubecl::cubecl::cuda::CudaRuntime, f32, i32, u8>;

/// Under autodiff: pmetal's ops and Burn's share its tensors and its graph.
type B = Autodiff<Inner>;

// batch, sequence, model width, query heads, KV heads (GQA), head width, MLP width.
const BATCH: usize = 2;
const SEQ: usize = 16;
const D: usize = 64;
const HEADS: usize = 2;
const KV_HEADS: usize = 1;
const HD: usize = 32;
const FFN: usize = 128;
const EPS: f32 = 1e-5;

/// A tensor of deterministic values in [-scale, scale): a small hash of the index and a salt.
fn tensor<const N: usize>(shape: [usize; N], salt: usize, scale: f32) -> Tensor<B, N> {
    let n = shape.iter().product::<usize>();
    let v: Vec<f32> = (0..n).map(|i| (((i * 2654435761 + salt * 40503) % 2000) as f32 / 1000.0 - 1.0) * scale).collect();
    Tensor::from_data(TensorData::new(v, shape), &Default::default())
}

struct Weights {
    norm: Tensor<B, 1>,
    wq: Tensor<B, 2>,
    wk: Tensor<B, 2>,
    wv: Tensor<B, 2>,
    wo: Tensor<B, 2>,
    w_gate: Tensor<B, 2>,
    w_up: Tensor<B, 2>,
    w_down: Tensor<B, 2>,
}

/// The three ops the block takes from one library or the other.
struct Ops {
    rms_norm: fn(Tensor<B, 2>, Tensor<B, 1>) -> Tensor<B, 2>,
    attention: fn(Tensor<B, 4>, Tensor<B, 4>, Tensor<B, 4>) -> Tensor<B, 4>,
    swiglu: fn(Tensor<B, 2>, Tensor<B, 2>) -> Tensor<B, 2>,
}

const PMETAL: Ops = Ops { rms_norm: |x, w| ops::rms_norm(x, w, EPS), attention: |q, k, v| ops::attention(q, k, v, true), swiglu: ops::swiglu };

const BURN: Ops = Ops { rms_norm: burn_rms_norm, attention: burn_attention, swiglu: |g, u| silu(g).mul(u) };

fn burn_rms_norm(x: Tensor<B, 2>, w: Tensor<B, 1>) -> Tensor<B, 2> {
    let rms = x.clone().square().mean_dim(1).add_scalar(EPS).sqrt();
    x.div(rms).mul(w.reshape([1, D]))
}

/// Causal softmax attention with each KV head serving HEADS / KV_HEADS query heads.
fn burn_attention(q: Tensor<B, 4>, k: Tensor<B, 4>, v: Tensor<B, 4>) -> Tensor<B, 4> {
    let g = HEADS / KV_HEADS;
    let repeat = |t: Tensor<B, 4>| t.unsqueeze_dim::<5>(3).expand([BATCH, SEQ, KV_HEADS, g, HD]).reshape([BATCH, SEQ, HEADS, HD]).swap_dims(1, 2);
    let (q, k, v) = (q.swap_dims(1, 2), repeat(k), repeat(v)); // [b, h, s, hd]
    let scores = q.matmul(k.swap_dims(2, 3)).mul_scalar(1.0 / (HD as f64).sqrt());
    // True above the diagonal: the keys after each query.
    let future = Tensor::<B, 2, Bool>::tril_mask([SEQ, SEQ], 0, &scores.device()).reshape([1, 1, SEQ, SEQ]).expand([BATCH, HEADS, SEQ, SEQ]);
    softmax(scores.mask_fill(future, f32::NEG_INFINITY), 3).matmul(v).swap_dims(1, 2)
}

/// x + attention(norm(x)), then + MLP(norm(.)), on `[BATCH * SEQ, D]` rows.
fn block(x: Tensor<B, 2>, w: &Weights, o: &Ops) -> Tensor<B, 2> {
    let h = (o.rms_norm)(x.clone(), w.norm.clone());
    let q = h.clone().matmul(w.wq.clone()).reshape([BATCH, SEQ, HEADS, HD]);
    let k = h.clone().matmul(w.wk.clone()).reshape([BATCH, SEQ, KV_HEADS, HD]);
    let v = h.matmul(w.wv.clone()).reshape([BATCH, SEQ, KV_HEADS, HD]);
    let a = (o.attention)(q, k, v).reshape([BATCH * SEQ, HEADS * HD]);
    let x = x + a.matmul(w.wo.clone());
    let h = (o.rms_norm)(x.clone(), w.norm.clone());
    let m = (o.swiglu)(h.clone().matmul(w.w_gate.clone()), h.matmul(w.w_up.clone()));
    x + m.matmul(w.w_down.clone())
}

fn max_diff<const N: usize>(a: Tensor<Inner, N>, b: Tensor<Inner, N>) -> f32 {
    a.sub(b).abs().max().into_scalar()
}

fn main() {
    let s = 0.5 / (D as f32).sqrt();
    let w = Weights {
        norm: tensor([D], 1, 1.0).add_scalar(1.0),
        wq: tensor([D, HEADS * HD], 2, s),
        wk: tensor([D, KV_HEADS * HD], 3, s),
        wv: tensor([D, KV_HEADS * HD], 4, s),
        wo: tensor([HEADS * HD, D], 5, s),
        w_gate: tensor([D, FFN], 6, s),
        w_up: tensor([D, FFN], 7, s),
        w_down: tensor([FFN, D], 8, s),
    };
    let x = tensor([BATCH * SEQ, D], 9, 1.0);

    // Same input twice, each tracked, so each build gets its own gradient of the loss.
    let run = |o: &Ops| {
        let x = x.clone().require_grad();
        let y = block(x.clone(), &w, o);
        let grads = y.clone().square().sum().backward();
        (y.inner(), x.grad(&grads).expect("x is tracked"))
    };
    let (y_pm, dx_pm) = run(&PMETAL);
    let (y_burn, dx_burn) = run(&BURN);

    println!("block: batch {BATCH} x seq {SEQ}, d {D}, {HEADS} heads over {KV_HEADS} KV head(s) of {HD}, MLP {FFN}");
    println!("max |y_pmetal - y_burn|   = {:.3e} (|y| up to {:.3})", max_diff(y_pm.clone(), y_burn.clone()), y_burn.abs().max().into_scalar());
    println!("max |dx_pmetal - dx_burn| = {:.3e} (|dx| up to {:.3})", max_diff(dx_pm, dx_burn.clone()), dx_burn.abs().max().into_scalar());
}
