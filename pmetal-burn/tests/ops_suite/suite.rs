// The body of tests/ops.rs, included once per runtime compiled in (see there).
// Each test is wrapped in `runtime_test!`, which each copy in ops.rs defines (the CUDA
// copy's are ignored where the build found no driver), and calls `require_runtime()`
// first, which fails where the runtime is missing instead of returning early.

use burn::backend::Autodiff;
use burn::tensor::activation::{log_softmax, sigmoid, softmax};
use burn::tensor::backend::Backend;
use burn::tensor::{Int, Tensor, TensorData, TensorPrimitive};
use burn_cubecl::CubeBackend;
use pmetal_burn::{bridge, ops};
use crate::verify::{compare, fresh_seed, reduction_tolerance, Rng};
use pmetal_metal::DType;

type B = CubeBackend<Runtime, f32, i32, u32>;
type A = Autodiff<B>;

fn device() -> burn::tensor::Device<B> {
    Default::default()
}

/// A seeded generator, its seed printed for replay.
fn rng(test: &str) -> Rng {
    let seed = fresh_seed();
    eprintln!("{test}: seed {seed} (replay: PMETAL_SEED={seed})");
    Rng::new(seed)
}

fn normals(rng: &mut Rng, n: usize, scale: f64) -> Vec<f32> {
    rng.normals(n, scale).into_iter().map(|x| x as f32).collect()
}

/// A tracked leaf of the autodiff backend.
fn leaf<const D: usize>(v: &[f32], shape: [usize; D]) -> Tensor<A, D> {
    Tensor::from_data(TensorData::new(v.to_vec(), shape), &device()).require_grad()
}

fn host<BB: Backend, const D: usize>(t: Tensor<BB, D>) -> Vec<f64> {
    t.into_data().convert::<f32>().to_vec::<f32>().unwrap().into_iter().map(f64::from).collect()
}

fn close(what: &str, got: Vec<f64>, want: Vec<f64>) {
    assert_eq!(got.len(), want.len(), "{what}: lengths differ");
    assert!(want.iter().any(|&w| w != 0.0), "{what}: the reference is all zeros, the check would be empty");
    let c = compare(&got, &want, reduction_tolerance(DType::F32, &want));
    assert!(
        c.passed(),
        "{what}: {} of {} out of tolerance, worst at {}: got {} want {} (max rel {:.3e})",
        c.failures,
        want.len(),
        c.worst,
        got[c.worst],
        want[c.worst],
        c.max_rel
    );
}

/// `sum(y * r)` for a fixed random `r`, so every output element gets its own upstream
/// gradient (a plain sum would give all-ones, which hides layout mistakes).
fn weighted_sum<const D: usize>(y: Tensor<A, D>, r: &[f32]) -> Tensor<A, 1> {
    let shape: [usize; D] = y.dims();
    let r = Tensor::<A, D>::from_data(TensorData::new(r.to_vec(), shape), &device());
    (y * r).sum()
}

fn grad<const D: usize>(t: &Tensor<A, D>, g: &<A as burn::tensor::backend::AutodiffBackend>::Gradients) -> Vec<f64> {
    host(t.grad(g).expect("a tracked input has a gradient"))
}

runtime_test! {
fn rms_norm_forward_and_gradients() {
    require_runtime();
    let mut rng = rng("rms_norm");
    let (rows, h, eps) = (6, 64, 1e-5);
    // A slice of a larger tensor: its handle carries an offset (rows 2..8 of 10).
    let big = normals(&mut rng, 10 * h, 1.0);
    let wv: Vec<f32> = normals(&mut rng, h, 0.5).into_iter().map(|w| w + 1.0).collect();
    let r = normals(&mut rng, rows * h, 1.0);

    let (x, w) = (leaf(&big, [10, h]), leaf(&wv, [h]));
    let xs = x.clone().slice([2..8, 0..h]).reshape([2, 3, h]);
    let y = ops::rms_norm(xs, w.clone(), eps);
    let g = weighted_sum(y.clone(), &r).backward();

    let (x2, w2) = (leaf(&big, [10, h]), leaf(&wv, [h]));
    let xs2 = x2.clone().slice([2..8, 0..h]).reshape([2, 3, h]);
    let rstd = (xs2.clone().powi_scalar(2).mean_dim(2) + eps as f64).sqrt().recip();
    let y2 = xs2 * rstd * w2.clone().reshape([1, 1, h]);
    let g2 = weighted_sum(y2.clone(), &r).backward();

    close("rms_norm y", host(y), host(y2));
    close("rms_norm dx", grad(&x, &g), grad(&x2, &g2));
    close("rms_norm dw", grad(&w, &g), grad(&w2, &g2));
}
}

/// Rotate-half RoPE written with Burn's ops: `x cos + rotate_half(x) sin`.
fn rope_reference(x: Tensor<A, 4>, theta: f64) -> Tensor<A, 4> {
    let [_, s, _, d] = x.dims();
    let half = d / 2;
    let (mut cos, mut sin) = (Vec::new(), Vec::new());
    for p in 0..s {
        for i in 0..d {
            let f = theta.powf(-2.0 * (i % half) as f64 / d as f64);
            cos.push((p as f64 * f).cos() as f32);
            sin.push((p as f64 * f).sin() as f32);
        }
    }
    let cos = Tensor::<A, 4>::from_data(TensorData::new(cos, [1, s, 1, d]), &device());
    let sin = Tensor::<A, 4>::from_data(TensorData::new(sin, [1, s, 1, d]), &device());
    let rotated = Tensor::cat(vec![x.clone().narrow(3, half, half).neg(), x.clone().narrow(3, 0, half)], 3);
    x * cos + rotated * sin
}

runtime_test! {
fn rope_forward_and_gradients() {
    require_runtime();
    let mut rng = rng("rope");
    let (b, s, hq, hk, d, theta) = (2, 6, 4, 2, 16, 10_000.0);
    let (qv, kv) = (normals(&mut rng, b * s * hq * d, 1.0), normals(&mut rng, b * s * hk * d, 1.0));
    let (rq, rk) = (normals(&mut rng, qv.len(), 1.0), normals(&mut rng, kv.len(), 1.0));

    let (q, k) = (leaf(&qv, [b, s, hq, d]), leaf(&kv, [b, s, hk, d]));
    let (qr, kr) = ops::rope(q.clone(), k.clone(), theta as f32);
    let g = (weighted_sum(qr.clone(), &rq) + weighted_sum(kr.clone(), &rk)).backward();

    let (q2, k2) = (leaf(&qv, [b, s, hq, d]), leaf(&kv, [b, s, hk, d]));
    let (qr2, kr2) = (rope_reference(q2.clone(), theta), rope_reference(k2.clone(), theta));
    let g2 = (weighted_sum(qr2.clone(), &rq) + weighted_sum(kr2.clone(), &rk)).backward();

    close("rope q", host(qr), host(qr2));
    close("rope k", host(kr), host(kr2));
    close("rope dq", grad(&q, &g), grad(&q2, &g2));
    close("rope dk", grad(&k, &g), grad(&k2, &g2));
}
}

runtime_test! {
fn swiglu_forward_and_gradients() {
    require_runtime();
    let mut rng = rng("swiglu");
    let (m, n) = (5, 48);
    let (gv, uv, r) = (normals(&mut rng, m * n, 2.0), normals(&mut rng, m * n, 1.0), normals(&mut rng, m * n, 1.0));

    let (gate, up) = (leaf(&gv, [m, n]), leaf(&uv, [m, n]));
    let h = ops::swiglu(gate.clone(), up.clone());
    let g = weighted_sum(h.clone(), &r).backward();

    let (gate2, up2) = (leaf(&gv, [m, n]), leaf(&uv, [m, n]));
    let h2 = gate2.clone() * sigmoid(gate2.clone()) * up2.clone();
    let g2 = weighted_sum(h2.clone(), &r).backward();

    close("swiglu h", host(h), host(h2));
    close("swiglu d_gate", grad(&gate, &g), grad(&gate2, &g2));
    close("swiglu d_up", grad(&up, &g), grad(&up2, &g2));
}
}

/// `a b^T` as a broadcast product and a sum (`[m, k]` x `[n, k]` -> `[m, n]`), not Burn's
/// matmul: that one autotunes and compiles several large kernels, over a minute per test
/// on lavapipe (these references run in seconds).
fn mm_t(a: Tensor<A, 2>, b: Tensor<A, 2>) -> Tensor<A, 2> {
    let (m, n) = (a.dims()[0], b.dims()[0]);
    (a.unsqueeze_dim::<3>(1) * b.unsqueeze_dim::<3>(0)).sum_dim(2).reshape([m, n])
}

/// [`mm_t`] over two leading batch dims: `[b, h, m, k]` x `[b, h, n, k]` -> `[b, h, m, n]`.
fn bmm_t(a: Tensor<A, 4>, b: Tensor<A, 4>) -> Tensor<A, 4> {
    let ([bb, h, m, _], n) = (a.dims(), b.dims()[2]);
    (a.unsqueeze_dim::<5>(3) * b.unsqueeze_dim::<5>(2)).sum_dim(4).reshape([bb, h, m, n])
}

/// Attention written with Burn's ops: K/V heads repeated for GQA, scores, mask, softmax.
fn attention_reference(q: Tensor<A, 4>, k: Tensor<A, 4>, v: Tensor<A, 4>, causal: bool) -> Tensor<A, 4> {
    let [b, s, h, d] = q.dims();
    let hk = k.dims()[2];
    // Without GQA the heads are used as they are: Burn's autodiff gives a wrong gradient
    // through `repeat_dim(.., 1)` + `reshape` of a swapped view (batch 2, 2 heads).
    let expand = |t: Tensor<A, 4>| {
        let t = t.swap_dims(1, 2);
        if h == hk {
            t
        } else {
            t.unsqueeze_dim::<5>(2).repeat_dim(2, h / hk).reshape([b, h, s, d])
        }
    };
    let (q, k, v) = (q.swap_dims(1, 2), expand(k), expand(v));
    let mut scores = bmm_t(q, k) * (1.0 / (d as f64).sqrt());
    if causal {
        let mask: Vec<f32> = (0..s * s).map(|i| if i % s > i / s { -1e30 } else { 0.0 }).collect();
        scores = scores + Tensor::<A, 4>::from_data(TensorData::new(mask, [1, 1, s, s]), &device());
    }
    bmm_t(softmax(scores, 3), v.swap_dims(2, 3)).swap_dims(1, 2)
}

runtime_test! {
fn attention_forward_and_gradients() {
    require_runtime();
    let mut rng = rng("attention");
    let (b, s, h, hk, d) = (1, 16, 4, 2, 32);
    let qv = normals(&mut rng, b * s * h * d, 1.0);
    let (kv, vv) = (normals(&mut rng, b * s * hk * d, 1.0), normals(&mut rng, b * s * hk * d, 1.0));
    let r = normals(&mut rng, qv.len(), 1.0);
    for causal in [false, true] {
        let (q, k, v) = (leaf(&qv, [b, s, h, d]), leaf(&kv, [b, s, hk, d]), leaf(&vv, [b, s, hk, d]));
        let o = ops::attention(q.clone(), k.clone(), v.clone(), causal);
        let g = weighted_sum(o.clone(), &r).backward();

        let (q2, k2, v2) = (leaf(&qv, [b, s, h, d]), leaf(&kv, [b, s, hk, d]), leaf(&vv, [b, s, hk, d]));
        let o2 = attention_reference(q2.clone(), k2.clone(), v2.clone(), causal);
        let g2 = weighted_sum(o2.clone(), &r).backward();

        close(&format!("attention out (causal {causal})"), host(o), host(o2));
        close(&format!("attention dq (causal {causal})"), grad(&q, &g), grad(&q2, &g2));
        close(&format!("attention dk (causal {causal})"), grad(&k, &g), grad(&k2, &g2));
        close(&format!("attention dv (causal {causal})"), grad(&v, &g), grad(&v2, &g2));
    }
}
}

fn targets(rng: &mut Rng, rows: usize, vocab: usize) -> Vec<i32> {
    (0..rows).map(|_| (rng.next_u64() % vocab as u64) as i32).collect()
}

fn int_tensor(v: &[i32]) -> Tensor<A, 1, Int> {
    Tensor::from_data(TensorData::new(v.to_vec(), [v.len()]), &device())
}

/// Mean cross-entropy with Burn's ops.
fn cross_entropy_reference(logits: Tensor<A, 2>, t: &[i32]) -> Tensor<A, 1> {
    let idx = int_tensor(t).reshape([t.len(), 1]);
    log_softmax(logits, 1).gather(1, idx).mean().neg()
}

runtime_test! {
fn cross_entropy_forward_and_gradient() {
    require_runtime();
    let mut rng = rng("cross_entropy");
    let (rows, vocab) = (6, 50);
    let lv = normals(&mut rng, rows * vocab, 2.0);
    let t = targets(&mut rng, rows, vocab);

    let logits = leaf(&lv, [rows, vocab]);
    let loss = ops::cross_entropy(logits.clone(), int_tensor(&t));
    // Upstream gradient 3 (not 1): the backward must scale by it.
    let g = (loss.clone() * 3.0).sum().backward();

    let logits2 = leaf(&lv, [rows, vocab]);
    let loss2 = cross_entropy_reference(logits2.clone(), &t);
    let g2 = (loss2.clone() * 3.0).sum().backward();

    assert_eq!(loss.dims(), [1]);
    close("cross_entropy loss", host(loss), host(loss2));
    close("cross_entropy dlogits", grad(&logits, &g), grad(&logits2, &g2));
}
}

runtime_test! {
fn linear_cross_entropy_forward_and_gradients() {
    require_runtime();
    let mut rng = rng("linear_cross_entropy");
    let (rows, dim, vocab) = (6, 32, 50);
    let (hv, wv) = (normals(&mut rng, rows * dim, 1.0), normals(&mut rng, vocab * dim, 0.3));
    let t = targets(&mut rng, rows, vocab);

    let (h, w) = (leaf(&hv, [rows, dim]), leaf(&wv, [vocab, dim]));
    let loss = ops::linear_cross_entropy(h.clone(), w.clone(), int_tensor(&t));
    let g = (loss.clone() * 3.0).sum().backward();

    let (h2, w2) = (leaf(&hv, [rows, dim]), leaf(&wv, [vocab, dim]));
    let loss2 = cross_entropy_reference(mm_t(h2.clone(), w2.clone()), &t);
    let g2 = (loss2.clone() * 3.0).sum().backward();

    assert_eq!(loss.dims(), [1]);
    close("linear_cross_entropy loss", host(loss), host(loss2.clone()));
    close("linear_cross_entropy dhidden", grad(&h, &g), grad(&h2, &g2));
    close("linear_cross_entropy dweight", grad(&w, &g), grad(&w2, &g2));

    // Without autodiff (the evaluation path: loss only).
    let hb = Tensor::<B, 2>::from_data(TensorData::new(hv.clone(), [rows, dim]), &device());
    let wb = Tensor::<B, 2>::from_data(TensorData::new(wv.clone(), [vocab, dim]), &device());
    let tb = Tensor::<B, 1, Int>::from_data(TensorData::new(t.clone(), [rows]), &device());
    close("linear_cross_entropy loss (no autodiff)", host(ops::linear_cross_entropy(hb, wb, tb)), host(loss2));
}
}

runtime_test! {
fn lora_linear_forward_and_gradients() {
    require_runtime();
    let mut rng = rng("lora_linear");
    let (m, inf, outf, rank, scale) = (8, 32, 24, 4, 2.0);
    let xv = normals(&mut rng, m * inf, 1.0);
    let (wv, av, bv) = (normals(&mut rng, outf * inf, 0.2), normals(&mut rng, rank * inf, 0.2), normals(&mut rng, outf * rank, 0.2));
    let r = normals(&mut rng, m * outf, 1.0);

    // W tracked: it gets dW too.
    let (x, w, a, b) = (leaf(&xv, [m, inf]), leaf(&wv, [outf, inf]), leaf(&av, [rank, inf]), leaf(&bv, [outf, rank]));
    let y = ops::lora_linear(x.clone(), w.clone(), a.clone(), b.clone(), scale);
    let g = weighted_sum(y.clone(), &r).backward();

    let (x2, w2, a2, b2) = (leaf(&xv, [m, inf]), leaf(&wv, [outf, inf]), leaf(&av, [rank, inf]), leaf(&bv, [outf, rank]));
    let y2 = mm_t(x2.clone(), w2.clone()) + mm_t(mm_t(x2.clone(), a2.clone()), b2.clone()) * scale as f64;
    let g2 = weighted_sum(y2.clone(), &r).backward();

    close("lora y", host(y), host(y2.clone()));
    close("lora dx", grad(&x, &g), grad(&x2, &g2));
    close("lora dw", grad(&w, &g), grad(&w2, &g2));
    close("lora da", grad(&a, &g), grad(&a2, &g2));
    close("lora db", grad(&b, &g), grad(&b2, &g2));

    // W frozen (not tracked): no dW, the others unchanged.
    let wf = Tensor::<A, 2>::from_data(TensorData::new(wv.clone(), [outf, inf]), &device());
    let (x3, a3, b3) = (leaf(&xv, [m, inf]), leaf(&av, [rank, inf]), leaf(&bv, [outf, rank]));
    let g3 = weighted_sum(ops::lora_linear(x3.clone(), wf.clone(), a3.clone(), b3.clone(), scale), &r).backward();
    assert!(wf.grad(&g3).is_none(), "a frozen W got a gradient");
    close("lora da (W frozen)", grad(&a3, &g3), grad(&a2, &g2));
}
}

runtime_test! {
fn sample_greedy_and_seeded() {
    require_runtime();
    let mut rng = rng("sample");
    let (rows, vocab) = (4, 64);
    let lv = normals(&mut rng, rows * vocab, 3.0);
    let logits = Tensor::<A, 2>::from_data(TensorData::new(lv.clone(), [rows, vocab]), &device());
    let argmax: Vec<u32> = lv
        .chunks(vocab)
        .map(|row| (0..vocab).max_by(|&i, &j| row[i].total_cmp(&row[j])).unwrap() as u32)
        .collect();
    assert_eq!(ops::sample(logits.clone(), 0.0, 0, 1.0, 1), argmax, "greedy");
    // Top-k 1 is greedy whatever the temperature; with top-p on too (one more compiled
    // variant would cost lavapipe seconds).
    assert_eq!(ops::sample(logits.clone(), 1.0, 1, 0.9, 2), argmax, "top-k 1");
    let a = ops::sample(logits.clone(), 1.0, 20, 0.9, 7);
    assert_eq!(a, ops::sample(logits.clone(), 1.0, 20, 0.9, 7), "same seed, same tokens");
    assert!(a.iter().all(|&t| (t as usize) < vocab));
}
}

runtime_test! {
fn bridge_shares_memory_with_burn() {
    require_runtime();
    let mut rng = rng("bridge");
    let (m, n) = (4, 64);
    let (gv, uv) = (normals(&mut rng, m * n, 1.0), normals(&mut rng, m * n, 1.0));
    let gate = Tensor::<B, 2>::from_data(TensorData::new(gv.clone(), [m, n]), &device()).into_primitive().tensor();
    let up = Tensor::<B, 2>::from_data(TensorData::new(uv.clone(), [m, n]), &device()).into_primitive().tensor();
    let ctx = bridge::context(&gate).unwrap();
    // The pmetal context of Burn's default device is pmetal's own default context.
    let own = pmetal_metal::MetalContext::with_backend(if WGPU { pmetal_metal::Backend::Vulkan } else { pmetal_metal::Backend::Cuda }).unwrap();
    assert!(own.same(&ctx), "Burn's default device and pmetal's context are different servers");

    // In: wrapping shares the handle (Burn's tensor is no longer the only owner) and
    // allocates nothing; dropping the wrapper gives sole ownership back. The checks look
    // at these tensors, not at the server's or the context's totals: the other tests of
    // this binary run in parallel on the same server (CI once saw another test's 8 KiB
    // in `live_bytes` between two reads).
    assert!(gate.handle.can_mut() && up.handle.can_mut());
    let gg = bridge::to_gpu(&ctx, gate.clone()).unwrap();
    let ug = bridge::to_gpu(&ctx, up.clone()).unwrap();
    assert!(!gate.handle.can_mut() && !up.handle.can_mut(), "the pmetal tensor does not share Burn's buffer");
    assert_eq!(gg.counted_bytes() + ug.counted_bytes(), 0, "pmetal counted Burn's memory as its own");

    // Out: pmetal's output buffer becomes the Burn tensor's (shared, then sole owner).
    let h = pmetal_metal::SwiGlu::new(&ctx).forward(&gg, &ug).unwrap();
    let want: Vec<f64> = h.to_vec::<f32>().unwrap().into_iter().map(f64::from).collect();
    let keep = h.handle();
    let ht = bridge::from_gpu(&gate, h);
    assert!(!ht.handle.can_mut(), "Burn's tensor is not pmetal's output buffer");
    drop(keep);
    assert!(ht.handle.can_mut());
    drop((gg, ug));
    assert!(gate.handle.can_mut());
    let doubled = Tensor::<B, 2>::from_primitive(TensorPrimitive::Float(ht)) * 2.0;
    close("pmetal output used by Burn", host(doubled), want.iter().map(|x| x * 2.0).collect());
}
}
