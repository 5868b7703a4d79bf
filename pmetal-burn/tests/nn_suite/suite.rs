// The body of tests/nn.rs, included once per runtime compiled in (see there). Each test is
// wrapped in `runtime_test!` and calls `require_runtime()` first.

use burn::backend::Autodiff;
use burn::module::{Module, Param};
use burn::nn::{Embedding, EmbeddingConfig};
use burn::optim::{AdamConfig, GradientsParams, Optimizer};
use burn::tensor::activation::{log_softmax, silu, softmax};
use burn::tensor::backend::{AutodiffBackend, Backend};
use burn::tensor::{Int, Tensor, TensorData};
use burn_cubecl::CubeBackend;
use pmetal_burn::backend::PmetalBackend;
use pmetal_burn::nn::*;
use crate::verify::{compare, fresh_seed, reduction_tolerance, Rng};
use pmetal_metal::DType;

type B = CubeBackend<Runtime, f32, i32, u32>;
type A = Autodiff<B>;
type Grads = <A as AutodiffBackend>::Gradients;

fn device() -> burn::tensor::Device<A> {
    // Burn's matmul (the layers' `Linear`s and the references) autotunes every candidate
    // kernel per new shape; on lavapipe each costs seconds. "minimal" keeps the first
    // choice. CubeCL reads it once at its first config load, so set it before any device use.
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("CUBECL_AUTOTUNE_LEVEL").is_none() {
            std::env::set_var("CUBECL_AUTOTUNE_LEVEL", "minimal");
        }
    });
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

/// A tracked input of the autodiff backend, seeded normals.
fn input<const D: usize>(rng: &mut Rng, shape: [usize; D], scale: f64) -> Tensor<A, D> {
    let n = shape.iter().product();
    Tensor::from_data(TensorData::new(normals(rng, n, scale), shape), &device()).require_grad()
}

/// A parameter of seeded normals (replacing Burn's random init, so the printed seed
/// replays the whole test).
fn param<const D: usize>(rng: &mut Rng, shape: [usize; D], scale: f64) -> Param<Tensor<A, D>> {
    let n = shape.iter().product();
    Param::from_data(TensorData::new(normals(rng, n, scale), shape), &device())
}

/// The `burn::nn::Linear` that a layer's `init` puts in a projection.
fn lin<BB: PmetalBackend>(p: &Projection<BB>) -> &burn::nn::Linear<BB> {
    match p {
        Projection::Linear(l) => l,
        Projection::Lora(_) => panic!("init makes Linear projections"),
    }
}

/// A projection's bias-free `burn::nn::Linear` (`[in, out]`) reseeded.
fn reseed(rng: &mut Rng, p: Projection<A>) -> Projection<A> {
    let [i, o] = lin(&p).weight.dims();
    Projection::Linear(burn::nn::Linear { weight: param(rng, [i, o], 1.0 / (i as f64).sqrt()), bias: None })
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

/// `sum(y * r)` for a seeded `r`, so every output element gets its own upstream gradient
/// (a plain sum would give all-ones, which hides layout mistakes).
fn weighted_sum<const D: usize>(y: Tensor<A, D>, r: &[f32]) -> Tensor<A, 1> {
    let r = Tensor::<A, D>::from_data(TensorData::new(r.to_vec(), y.dims()), &device());
    (y * r).sum()
}

fn grad<const D: usize>(t: &Tensor<A, D>, g: &Grads) -> Vec<f64> {
    host(t.grad(g).expect("a tracked tensor has a gradient"))
}

/// Forward and backward of the layer and of the reference from one input: the outputs,
/// and each side's gradients (the input is one leaf shared by both graphs, each backward
/// giving its own `Gradients`).
fn both<const D: usize, const E: usize>(
    rng: &mut Rng,
    x: &Tensor<A, D>,
    layer: impl Fn(Tensor<A, D>) -> Tensor<A, E>,
    reference: impl Fn(Tensor<A, D>) -> Tensor<A, E>,
) -> (Vec<f64>, Vec<f64>, Grads, Grads) {
    let y = layer(x.clone());
    let r = normals(rng, y.dims().iter().product(), 1.0);
    let g = weighted_sum(y.clone(), &r).backward();
    let y2 = reference(x.clone());
    let g2 = weighted_sum(y2.clone(), &r).backward();
    (host(y), host(y2), g, g2)
}

/// Rotate-half RoPE with Burn's ops at positions `0..seq`: `x cos + rotate_half(x) sin`.
fn rope_reference(x: Tensor<A, 4>, theta: f64) -> Tensor<A, 4> {
    let [_, s, _, d] = x.dims();
    let half = d / 2;
    let (mut cos, mut sin) = (Vec::new(), Vec::new());
    for p in 0..s {
        for i in 0..d {
            let angle = p as f64 * theta.powf(-2.0 * (i % half) as f64 / d as f64);
            cos.push(angle.cos() as f32);
            sin.push(angle.sin() as f32);
        }
    }
    let cos = Tensor::<A, 4>::from_data(TensorData::new(cos, [1, s, 1, d]), &device());
    let sin = Tensor::<A, 4>::from_data(TensorData::new(sin, [1, s, 1, d]), &device());
    let rotated = Tensor::cat(vec![x.clone().narrow(3, half, half).neg(), x.clone().narrow(3, 0, half)], 3);
    x * cos + rotated * sin
}

/// Softmax attention with Burn's ops: K/V heads repeated for GQA, scaled scores, an
/// additive causal mask, softmax, weighted sum. `[b, s, h, d]` in and out.
fn attention_reference(q: Tensor<A, 4>, k: Tensor<A, 4>, v: Tensor<A, 4>, causal: bool) -> Tensor<A, 4> {
    let [b, s, h, d] = q.dims();
    let hk = k.dims()[2];
    // Without GQA the heads are used as they are: Burn's autodiff gives a wrong gradient
    // through `repeat_dim(.., 1)` + `reshape` of a swapped view (seen at batch 2 with
    // 2 heads on lavapipe), which made this reference, not the kernel, wrong there.
    let expand = |t: Tensor<A, 4>| {
        let t = t.swap_dims(1, 2);
        if h == hk {
            t
        } else {
            t.unsqueeze_dim::<5>(2).repeat_dim(2, h / hk).reshape([b, h, s, d])
        }
    };
    let (q, k, v) = (q.swap_dims(1, 2), expand(k), expand(v));
    let mut scores = q.matmul(k.swap_dims(2, 3)) * (1.0 / (d as f64).sqrt());
    if causal {
        let mask: Vec<f32> = (0..s * s).map(|i| if i % s > i / s { -1e30 } else { 0.0 }).collect();
        scores = scores + Tensor::<A, 4>::from_data(TensorData::new(mask, [1, 1, s, s]), &device());
    }
    softmax(scores, 3).matmul(v).swap_dims(1, 2)
}

runtime_test! {
fn rms_norm_layer() {
    require_runtime();
    let mut rng = rng("nn rms_norm");
    let (d, eps) = (64, 1e-5);
    let mut norm = RmsNormConfig::new(d).with_epsilon(eps).init::<A>(&device());
    assert_eq!(host(norm.weight.val()), vec![1.0; d], "the weight starts at ones");
    norm.weight = param(&mut rng, [d], 1.0);
    let x = input(&mut rng, [2, 3, d], 1.0);

    let w = norm.weight.val();
    let reference = |x: Tensor<A, 3>| {
        let rstd = (x.clone().powi_scalar(2).mean_dim(2) + eps).sqrt().recip();
        x * rstd * w.clone().reshape([1, 1, d])
    };
    let (y, y2, g, g2) = both(&mut rng, &x, |x| norm.forward(x), reference);
    close("RmsNorm y", y, y2);
    close("RmsNorm dx", grad(&x, &g), grad(&x, &g2));
    close("RmsNorm dweight", grad(&norm.weight, &g), grad(&norm.weight, &g2));
}
}

runtime_test! {
fn swiglu_mlp_layer() {
    require_runtime();
    let mut rng = rng("nn swiglu_mlp");
    let (d, ff) = (16, 40);
    let mut mlp = SwiGluMlpConfig::new(d, ff).init::<A>(&device());
    assert!(lin(&mlp.gate).bias.is_none() && lin(&mlp.up).bias.is_none() && lin(&mlp.down).bias.is_none(), "bias defaults to false");
    mlp.gate = reseed(&mut rng, mlp.gate);
    mlp.up = reseed(&mut rng, mlp.up);
    mlp.down = reseed(&mut rng, mlp.down);
    let x = input(&mut rng, [2, 3, d], 1.0);

    // Burn's `Linear`s straight on the 3-D input (the layer flattens it to rows first).
    let reference = |x: Tensor<A, 3>| lin(&mlp.down).forward(silu(lin(&mlp.gate).forward(x.clone())) * lin(&mlp.up).forward(x));
    let (y, y2, g, g2) = both(&mut rng, &x, |x| mlp.forward(x), reference);
    close("SwiGluMlp y", y, y2);
    close("SwiGluMlp dx", grad(&x, &g), grad(&x, &g2));
    close("SwiGluMlp dgate", grad(&lin(&mlp.gate).weight, &g), grad(&lin(&mlp.gate).weight, &g2));
    close("SwiGluMlp dup", grad(&lin(&mlp.up).weight, &g), grad(&lin(&mlp.up).weight, &g2));
    close("SwiGluMlp ddown", grad(&lin(&mlp.down).weight, &g), grad(&lin(&mlp.down).weight, &g2));
}
}

runtime_test! {
fn rope_layer() {
    require_runtime();
    let mut rng = rng("nn rope");
    let theta = 500_000.0;
    let rope = RopeConfig::new().with_theta(theta).init::<A>(&device());
    // GQA shapes: k has fewer heads than q.
    let (q, k) = (input(&mut rng, [2, 5, 4, 16], 1.0), input(&mut rng, [2, 5, 2, 16], 1.0));
    let (rq, rk) = (normals(&mut rng, 2 * 5 * 4 * 16, 1.0), normals(&mut rng, 2 * 5 * 2 * 16, 1.0));

    let (yq, yk) = rope.forward(q.clone(), k.clone());
    let g = (weighted_sum(yq.clone(), &rq) + weighted_sum(yk.clone(), &rk)).backward();
    let (yq2, yk2) = (rope_reference(q.clone(), theta as f64), rope_reference(k.clone(), theta as f64));
    let g2 = (weighted_sum(yq2.clone(), &rq) + weighted_sum(yk2.clone(), &rk)).backward();
    close("Rope q", host(yq), host(yq2));
    close("Rope k", host(yk), host(yk2));
    // No parameters: the inputs' gradients are the backward check.
    close("Rope dq", grad(&q, &g), grad(&q, &g2));
    close("Rope dk", grad(&k, &g), grad(&k, &g2));
}
}

/// The attention layer against the reference, on `[2, 8, heads * 32]` inputs (head_dim 32,
/// the smallest the kernel has).
fn check_attention(test: &str, heads: usize, kv_heads: usize, causal: bool, rope: Option<f32>) {
    let mut rng = rng(test);
    let (b, s, hd) = (2, 8, 32);
    let d = heads * hd;
    let what = format!("MultiHeadAttention (heads {heads}, kv {kv_heads}, causal {causal}, rope {rope:?})");
    let config = MultiHeadAttentionConfig::new(d, heads, kv_heads).with_causal(causal).with_rope_theta(rope);
    let mut mha = config.init::<A>(&device());
    assert_eq!(lin(&mha.key).weight.dims(), [d, kv_heads * hd], "{what}: k projects to the kv heads");
    mha.query = reseed(&mut rng, mha.query);
    mha.key = reseed(&mut rng, mha.key);
    mha.value = reseed(&mut rng, mha.value);
    mha.output = reseed(&mut rng, mha.output);
    let x = input(&mut rng, [b, s, d], 1.0);

    let reference = |x: Tensor<A, 3>| {
        let q = lin(&mha.query).forward(x.clone()).reshape([b, s, heads, hd]);
        let k = lin(&mha.key).forward(x.clone()).reshape([b, s, kv_heads, hd]);
        let v = lin(&mha.value).forward(x).reshape([b, s, kv_heads, hd]);
        let (q, k) = match rope {
            Some(theta) => (rope_reference(q, theta as f64), rope_reference(k, theta as f64)),
            None => (q, k),
        };
        lin(&mha.output).forward(attention_reference(q, k, v, causal).reshape([b, s, d]))
    };
    let (y, y2, g, g2) = both(&mut rng, &x, |x| mha.forward(x), reference);
    close(&format!("{what} y"), y, y2);
    close(&format!("{what} dx"), grad(&x, &g), grad(&x, &g2));
    close(&format!("{what} dquery"), grad(&lin(&mha.query).weight, &g), grad(&lin(&mha.query).weight, &g2));
    close(&format!("{what} dkey"), grad(&lin(&mha.key).weight, &g), grad(&lin(&mha.key).weight, &g2));
    close(&format!("{what} dvalue"), grad(&lin(&mha.value).weight, &g), grad(&lin(&mha.value).weight, &g2));
    close(&format!("{what} doutput"), grad(&lin(&mha.output).weight, &g), grad(&lin(&mha.output).weight, &g2));
}

runtime_test! {
fn multi_head_attention_layer_gqa_causal_rope() {
    require_runtime();
    check_attention("nn attention gqa", 2, 1, true, Some(10_000.0));
}
}

runtime_test! {
fn multi_head_attention_layer_plain() {
    require_runtime();
    check_attention("nn attention plain", 3, 3, false, None);
}
}

runtime_test! {
fn multi_head_attention_layer_two_heads() {
    require_runtime();
    check_attention("nn attention two heads", 2, 2, false, None);
}
}

runtime_test! {
fn lora_linear_layer() {
    require_runtime();
    let mut rng = rng("nn lora");
    let (i, o, r, alpha) = (24, 20, 4, 8.0);
    let mut lora = LoraLinearConfig::new(i, o, r, alpha).init::<A>(&device());
    assert_eq!(host(lora.lora_b.val()), vec![0.0; o * r], "B starts at zero");
    let x = input(&mut rng, [2, 3, i], 1.0);
    let base = x.clone().matmul(lora.weight.val().transpose().unsqueeze::<3>());
    close("fresh LoraLinear = its base layer", host(lora.forward(x.clone())), host(base));

    // Nonzero B (else dA is zero and the check empty); the base weight frozen, as in
    // fine-tuning, and then trained too.
    lora.weight = param(&mut rng, [o, i], 0.2);
    lora.lora_a = param(&mut rng, [r, i], 0.2);
    lora.lora_b = param(&mut rng, [o, r], 0.2);
    for frozen in [true, false] {
        let what = format!("LoraLinear (base frozen: {frozen})");
        let mut layer = lora.clone();
        if frozen {
            layer.weight = layer.weight.set_require_grad(false);
        }
        let scale = alpha as f64 / r as f64;
        let mm = |x: Tensor<A, 3>, w: Tensor<A, 2>| x.matmul(w.transpose().unsqueeze::<3>());
        let reference = |x: Tensor<A, 3>| {
            mm(x.clone(), layer.weight.val()) + mm(mm(x, layer.lora_a.val()), layer.lora_b.val()) * scale
        };
        let (y, y2, g, g2) = both(&mut rng, &x, |x| layer.forward(x), reference);
        close(&format!("{what} y"), y, y2);
        close(&format!("{what} dx"), grad(&x, &g), grad(&x, &g2));
        close(&format!("{what} dA"), grad(&layer.lora_a, &g), grad(&layer.lora_a, &g2));
        close(&format!("{what} dB"), grad(&layer.lora_b, &g), grad(&layer.lora_b, &g2));
        if frozen {
            assert!(layer.weight.grad(&g).is_none(), "{what}: a frozen base weight got a gradient");
        } else {
            close(&format!("{what} dW"), grad(&layer.weight, &g), grad(&layer.weight, &g2));
        }
    }
}
}

runtime_test! {
fn linear_cross_entropy_layer() {
    require_runtime();
    let mut rng = rng("nn linear_cross_entropy");
    let (b, s, d, vocab) = (2, 4, 32, 50);
    let mut head = LinearCrossEntropyLossConfig::new(d, vocab).init::<A>(&device());
    head.weight = param(&mut rng, [vocab, d], 0.3);
    let hidden = input(&mut rng, [b, s, d], 1.0);
    // One ignored target (-100): it counts neither in the sum nor in the mean's count.
    let mut tv: Vec<i32> = (0..b * s).map(|_| rng.below(vocab) as i32).collect();
    tv[3] = -100;
    let targets = Tensor::<A, 2, Int>::from_data(TensorData::new(tv.clone(), [b, s]), &device());

    let loss = head.forward(hidden.clone(), targets.clone());
    let g = loss.clone().backward();

    let logits = hidden.clone().matmul(head.weight.val().transpose().unsqueeze::<3>());
    close("LinearCrossEntropyLoss logits", host(head.logits(hidden.clone())), host(logits.clone()));
    let kept: Vec<usize> = (0..b * s).filter(|&n| tv[n] != -100).collect();
    let rows = Tensor::<A, 1, Int>::from_data(TensorData::new(kept.iter().map(|&n| n as i32).collect::<Vec<_>>(), [kept.len()]), &device());
    let picked_targets = Tensor::<A, 1, Int>::from_data(TensorData::new(kept.iter().map(|&n| tv[n]).collect::<Vec<_>>(), [kept.len()]), &device());
    let logp = log_softmax(logits.reshape([b * s, vocab]), 1).select(0, rows);
    let loss2 = logp.gather(1, picked_targets.reshape([kept.len(), 1])).mean().neg();
    let g2 = loss2.clone().backward();

    close("LinearCrossEntropyLoss loss", host(loss), host(loss2));
    close("LinearCrossEntropyLoss dhidden", grad(&hidden, &g), grad(&hidden, &g2));
    close("LinearCrossEntropyLoss dweight", grad(&head.weight, &g), grad(&head.weight, &g2));
}
}

/// A one-block decoder from the layers: embedding, pre-norm attention and SwiGLU MLP with
/// residuals, a LoRA projection (its base frozen), final norm, fused lm_head loss.
#[derive(Module, Debug)]
struct TinyModel<B: PmetalBackend> {
    embed: Embedding<B>,
    norm_attn: RmsNorm<B>,
    attn: MultiHeadAttention<B>,
    norm_mlp: RmsNorm<B>,
    mlp: SwiGluMlp<B>,
    adapter: LoraLinear<B>,
    norm_out: RmsNorm<B>,
    head: LinearCrossEntropyLoss<B>,
}

impl<B: PmetalBackend> TinyModel<B> {
    fn new(vocab: usize, d: usize, device: &B::Device) -> Self {
        let mut adapter = LoraLinearConfig::new(d, d, 4, 8.0).init(device);
        adapter.weight = adapter.weight.set_require_grad(false);
        Self {
            embed: EmbeddingConfig::new(vocab, d).init(device),
            norm_attn: RmsNormConfig::new(d).init(device),
            attn: MultiHeadAttentionConfig::new(d, 2, 1).with_rope_theta(Some(10_000.0)).init(device),
            norm_mlp: RmsNormConfig::new(d).init(device),
            mlp: SwiGluMlpConfig::new(d, 2 * d).init(device),
            adapter,
            norm_out: RmsNormConfig::new(d).init(device),
            head: LinearCrossEntropyLossConfig::new(d, vocab).init(device),
        }
    }

    fn loss(&self, tokens: Tensor<B, 2, Int>, targets: Tensor<B, 2, Int>) -> Tensor<B, 1> {
        let x = self.embed.forward(tokens);
        let x = x.clone() + self.attn.forward(self.norm_attn.forward(x));
        let x = x.clone() + self.mlp.forward(self.norm_mlp.forward(x));
        let x = x.clone() + self.adapter.forward(x);
        self.head.forward(self.norm_out.forward(x), targets)
    }
}

runtime_test! {
fn tiny_model_takes_an_adam_step() {
    require_runtime();
    let mut rng = rng("nn tiny model");
    let (vocab, d, b, s) = (40, 64, 2, 8);
    A::seed(&device(), rng.next_u64());
    let model = TinyModel::<A>::new(vocab, d, &device());
    let tv: Vec<i32> = (0..b * (s + 1)).map(|_| rng.below(vocab) as i32).collect();
    let seqs = Tensor::<A, 2, Int>::from_data(TensorData::new(tv, [b, s + 1]), &device());
    let (tokens, targets) = (seqs.clone().narrow(1, 0, s), seqs.narrow(1, 1, s));

    let loss = model.loss(tokens.clone(), targets.clone());
    let before = host(loss.clone())[0];
    assert!(before.is_finite() && before > 0.0, "first loss {before}");
    let grads = GradientsParams::from_grads(loss.backward(), &model);
    let (frozen, b_before) = (host(model.adapter.weight.val()), host(model.adapter.lora_b.val()));
    let mut optim = AdamConfig::new().init::<A, TinyModel<A>>();
    let model = optim.step(1e-2, model, grads);

    let after = host(model.loss(tokens, targets))[0];
    eprintln!("loss {before:.4} -> {after:.4} after one Adam step");
    assert!(after.is_finite() && after < before, "one Adam step did not lower the loss: {before} -> {after}");
    assert_eq!(host(model.adapter.weight.val()), frozen, "the frozen LoRA base moved");
    assert_ne!(host(model.adapter.lora_b.val()), b_before, "the LoRA B did not move");
}
}
