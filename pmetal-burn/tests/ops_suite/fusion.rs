// Included in tests/ops.rs after the shared suite, once per runtime, with the `fusion`
// feature: every op on Burn's fused backend `Fusion<B>` (what `burn::backend::Wgpu`/`Cuda`
// are with Burn's `fusion` feature) and on `Autodiff<Fusion<B>>`, against the same op on
// the plain `B` and `Autodiff<B>` (already checked against Burn-written references above),
// from the same seeded inputs: forward values, every gradient, and the forward without
// autodiff. Inputs go through a Burn op first (a slice, a scale), so on the fused backend
// pmetal's custom op reads tensors that a fused Burn kernel writes in the same stream.

use burn::tensor::backend::AutodiffBackend;
use pmetal_burn::backend::PmetalBackend;

type FB = burn_fusion::Fusion<B>;
type AF = Autodiff<FB>;

/// One run's results, named: forward values, gradients, the forward without autodiff.
type Outputs = Vec<(&'static str, Vec<f64>)>;

fn on<BB: Backend, const D: usize>(v: &[f32], shape: [usize; D]) -> Tensor<BB, D> {
    Tensor::from_data(TensorData::new(v.to_vec(), shape), &Default::default())
}

fn tracked<AB: AutodiffBackend, const D: usize>(v: &[f32], shape: [usize; D]) -> Tensor<AB, D> {
    on(v, shape).require_grad()
}

fn ints_on<BB: Backend>(v: &[i32]) -> Tensor<BB, 1, Int> {
    Tensor::from_data(TensorData::new(v.to_vec(), [v.len()]), &Default::default())
}

/// `sum(y * r)`: every output element gets its own upstream gradient.
fn wsum<BB: Backend, const D: usize>(y: Tensor<BB, D>, r: &[f32]) -> Tensor<BB, 1> {
    let shape: [usize; D] = y.dims();
    (y * on::<BB, D>(r, shape)).sum()
}

fn grad_of<AB: AutodiffBackend, const D: usize>(t: &Tensor<AB, D>, g: &AB::Gradients) -> Vec<f64> {
    host(t.grad(g).expect("a tracked input has a gradient"))
}

/// The fused run's results against the plain run's, name by name.
fn same_as_unfused(op: &str, fused: Outputs, plain: Outputs) {
    assert_eq!(fused.len(), plain.len(), "{op}: the runs differ in outputs");
    for ((name, got), (want_name, want)) in fused.into_iter().zip(plain) {
        assert_eq!(name, want_name);
        close(&format!("{op} {name} (fused vs unfused backend)"), got, want);
    }
}

fn rms_norm_run<AB: AutodiffBackend + PmetalBackend>(big: &[f32], w: &[f32], r: &[f32], h: usize) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let eps = 1e-5;
    let (x, wt) = (tracked::<AB, 2>(big, [10, h]), tracked::<AB, 1>(w, [h]));
    let y = ops::rms_norm(x.clone().slice([2..8, 0..h]).reshape([2, 3, h]), wt.clone(), eps);
    let g = wsum(y.clone(), r).backward();
    let xi = on::<AB::InnerBackend, 2>(big, [10, h]).slice([2..8, 0..h]).reshape([2, 3, h]);
    let yi = ops::rms_norm(xi, on(w, [h]), eps);
    vec![("y", host(y)), ("dx", grad_of(&x, &g)), ("dw", grad_of(&wt, &g)), ("y (no autodiff)", host(yi))]
}

runtime_test! {
fn fused_rms_norm_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused rms_norm");
    let h = 64;
    let big = normals(&mut rng, 10 * h, 1.0);
    let w: Vec<f32> = normals(&mut rng, h, 0.5).into_iter().map(|w| w + 1.0).collect();
    let r = normals(&mut rng, 6 * h, 1.0);
    same_as_unfused("rms_norm", rms_norm_run::<AF>(&big, &w, &r, h), rms_norm_run::<A>(&big, &w, &r, h));
}
}

fn rope_run<AB: AutodiffBackend + PmetalBackend>(qv: &[f32], kv: &[f32], rq: &[f32], rk: &[f32], dims: [usize; 5]) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let [b, s, hq, hk, d] = dims;
    let (q, k) = (tracked::<AB, 4>(qv, [b, s, hq, d]), tracked::<AB, 4>(kv, [b, s, hk, d]));
    let (qr, kr) = ops::rope(q.clone() * 0.5, k.clone() * 2.0, 10_000.0);
    let g = (wsum(qr.clone(), rq) + wsum(kr.clone(), rk)).backward();
    let (qi, _) = ops::rope(on::<AB::InnerBackend, 4>(qv, [b, s, hq, d]) * 0.5, on(kv, [b, s, hk, d]) * 2.0, 10_000.0);
    vec![("q", host(qr)), ("k", host(kr)), ("dq", grad_of(&q, &g)), ("dk", grad_of(&k, &g)), ("q (no autodiff)", host(qi))]
}

runtime_test! {
fn fused_rope_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused rope");
    let dims @ [b, s, hq, hk, d] = [2, 6, 4, 2, 16];
    let (qv, kv) = (normals(&mut rng, b * s * hq * d, 1.0), normals(&mut rng, b * s * hk * d, 1.0));
    let (rq, rk) = (normals(&mut rng, qv.len(), 1.0), normals(&mut rng, kv.len(), 1.0));
    same_as_unfused("rope", rope_run::<AF>(&qv, &kv, &rq, &rk, dims), rope_run::<A>(&qv, &kv, &rq, &rk, dims));
}
}

fn swiglu_run<AB: AutodiffBackend + PmetalBackend>(gv: &[f32], uv: &[f32], r: &[f32], m: usize, n: usize) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let (gate, up) = (tracked::<AB, 2>(gv, [m, n]), tracked::<AB, 2>(uv, [m, n]));
    let h = ops::swiglu(gate.clone() + 0.25, up.clone());
    let g = wsum(h.clone(), r).backward();
    let hi = ops::swiglu(on::<AB::InnerBackend, 2>(gv, [m, n]) + 0.25, on(uv, [m, n]));
    vec![("h", host(h)), ("d_gate", grad_of(&gate, &g)), ("d_up", grad_of(&up, &g)), ("h (no autodiff)", host(hi))]
}

runtime_test! {
fn fused_swiglu_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused swiglu");
    let (m, n) = (5, 48);
    let (gv, uv, r) = (normals(&mut rng, m * n, 2.0), normals(&mut rng, m * n, 1.0), normals(&mut rng, m * n, 1.0));
    same_as_unfused("swiglu", swiglu_run::<AF>(&gv, &uv, &r, m, n), swiglu_run::<A>(&gv, &uv, &r, m, n));
}
}

fn attention_run<AB: AutodiffBackend + PmetalBackend>(v: [&[f32]; 4], dims: [usize; 5], causal: bool) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let [qv, kv, vv, r] = v;
    let [b, s, h, hk, d] = dims;
    let (q, k, vt) = (tracked::<AB, 4>(qv, [b, s, h, d]), tracked::<AB, 4>(kv, [b, s, hk, d]), tracked::<AB, 4>(vv, [b, s, hk, d]));
    let o = ops::attention(q.clone() * 0.5, k.clone(), vt.clone(), causal);
    let g = wsum(o.clone(), r).backward();
    let oi = ops::attention(on::<AB::InnerBackend, 4>(qv, [b, s, h, d]) * 0.5, on(kv, [b, s, hk, d]), on(vv, [b, s, hk, d]), causal);
    vec![
        ("out", host(o)),
        ("dq", grad_of(&q, &g)),
        ("dk", grad_of(&k, &g)),
        ("dv", grad_of(&vt, &g)),
        ("out (no autodiff)", host(oi)),
    ]
}

runtime_test! {
fn fused_attention_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused attention");
    // Batch 2: the declared lse shape [batch, heads, seq] is checked against the kernel's.
    let dims @ [b, s, h, hk, d] = [2, 16, 4, 2, 32];
    let qv = normals(&mut rng, b * s * h * d, 1.0);
    let (kv, vv) = (normals(&mut rng, b * s * hk * d, 1.0), normals(&mut rng, b * s * hk * d, 1.0));
    let r = normals(&mut rng, qv.len(), 1.0);
    for causal in [false, true] {
        let v = [&qv[..], &kv, &vv, &r];
        same_as_unfused(&format!("attention (causal {causal})"), attention_run::<AF>(v, dims, causal), attention_run::<A>(v, dims, causal));
    }
}
}

fn cross_entropy_run<AB: AutodiffBackend + PmetalBackend>(lv: &[f32], t: &[i32], vocab: usize) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let rows = t.len();
    let logits = tracked::<AB, 2>(lv, [rows, vocab]);
    let loss = ops::cross_entropy(logits.clone() * 1.5, ints_on(t));
    // Upstream gradient 3: the backward scales by it.
    let g = (loss.clone() * 3.0).sum().backward();
    let li = ops::cross_entropy(on::<AB::InnerBackend, 2>(lv, [rows, vocab]) * 1.5, ints_on(t));
    vec![("loss", host(loss)), ("dlogits", grad_of(&logits, &g)), ("loss (no autodiff)", host(li))]
}

runtime_test! {
fn fused_cross_entropy_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused cross_entropy");
    let (rows, vocab) = (6, 50);
    let lv = normals(&mut rng, rows * vocab, 2.0);
    let t = targets(&mut rng, rows, vocab);
    same_as_unfused("cross_entropy", cross_entropy_run::<AF>(&lv, &t, vocab), cross_entropy_run::<A>(&lv, &t, vocab));
}
}

fn linear_cross_entropy_run<AB: AutodiffBackend + PmetalBackend>(hv: &[f32], wv: &[f32], t: &[i32], dim: usize) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let (rows, vocab) = (t.len(), wv.len() / dim);
    let (h, w) = (tracked::<AB, 2>(hv, [rows, dim]), tracked::<AB, 2>(wv, [vocab, dim]));
    let loss = ops::linear_cross_entropy(h.clone() * 0.5, w.clone(), ints_on(t));
    let g = (loss.clone() * 3.0).sum().backward();
    let li = ops::linear_cross_entropy(on::<AB::InnerBackend, 2>(hv, [rows, dim]) * 0.5, on(wv, [vocab, dim]), ints_on(t));
    vec![("loss", host(loss)), ("dhidden", grad_of(&h, &g)), ("dweight", grad_of(&w, &g)), ("loss (no autodiff)", host(li))]
}

runtime_test! {
fn fused_linear_cross_entropy_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused linear_cross_entropy");
    let (rows, dim, vocab) = (6, 32, 50);
    let (hv, wv) = (normals(&mut rng, rows * dim, 1.0), normals(&mut rng, vocab * dim, 0.3));
    let t = targets(&mut rng, rows, vocab);
    same_as_unfused(
        "linear_cross_entropy",
        linear_cross_entropy_run::<AF>(&hv, &wv, &t, dim),
        linear_cross_entropy_run::<A>(&hv, &wv, &t, dim),
    );
}
}

fn lora_run<AB: AutodiffBackend + PmetalBackend>(v: [&[f32]; 5], dims: [usize; 4]) -> Outputs
where
    AB::InnerBackend: PmetalBackend,
{
    let [xv, wv, av, bv, r] = v;
    let [m, inf, outf, rank] = dims;
    let scale = 2.0;
    // W tracked (dW too), then W frozen (no dW).
    let x = tracked::<AB, 2>(xv, [m, inf]);
    let (w, a, b) = (tracked::<AB, 2>(wv, [outf, inf]), tracked::<AB, 2>(av, [rank, inf]), tracked::<AB, 2>(bv, [outf, rank]));
    let y = ops::lora_linear(x.clone() * 0.5, w.clone(), a.clone(), b.clone(), scale);
    let g = wsum(y.clone(), r).backward();
    let (wf, a2) = (on::<AB, 2>(wv, [outf, inf]), tracked::<AB, 2>(av, [rank, inf]));
    let g2 = wsum(ops::lora_linear(x.clone() * 0.5, wf.clone(), a2.clone(), b.clone(), scale), r).backward();
    assert!(wf.grad(&g2).is_none(), "a frozen W got a gradient");
    let ii = |v: &[f32], s: [usize; 2]| on::<AB::InnerBackend, 2>(v, s);
    let yi = ops::lora_linear(ii(xv, [m, inf]) * 0.5, ii(wv, [outf, inf]), ii(av, [rank, inf]), ii(bv, [outf, rank]), scale);
    vec![
        ("y", host(y)),
        ("dx", grad_of(&x, &g)),
        ("dw", grad_of(&w, &g)),
        ("da", grad_of(&a, &g)),
        ("db", grad_of(&b, &g)),
        ("da (W frozen)", grad_of(&a2, &g2)),
        ("y (no autodiff)", host(yi)),
    ]
}

runtime_test! {
fn fused_lora_linear_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused lora_linear");
    let dims @ [m, inf, outf, rank] = [8, 32, 24, 4];
    let xv = normals(&mut rng, m * inf, 1.0);
    let (wv, av, bv) = (normals(&mut rng, outf * inf, 0.2), normals(&mut rng, rank * inf, 0.2), normals(&mut rng, outf * rank, 0.2));
    let r = normals(&mut rng, m * outf, 1.0);
    let v = [&xv[..], &wv, &av, &bv, &r];
    same_as_unfused("lora_linear", lora_run::<AF>(v, dims), lora_run::<A>(v, dims));
}
}

/// Tokens for the same logits and seeds: greedy, top-k 1 with top-p, seeded top-k/top-p.
fn sample_run<BB: PmetalBackend>(lv: &[f32], rows: usize, vocab: usize) -> Vec<Vec<u32>> {
    // A Burn op first: the sampler reads a tensor the stream has not computed yet.
    let logits = on::<BB, 2>(lv, [rows, vocab]) * 1.0;
    vec![
        ops::sample(logits.clone(), 0.0, 0, 1.0, 1),
        ops::sample(logits.clone(), 1.0, 1, 0.9, 2),
        ops::sample(logits, 1.0, 20, 0.9, 7),
    ]
}

runtime_test! {
fn fused_sample_matches_unfused() {
    require_runtime();
    let mut rng = rng("fused sample");
    let (rows, vocab) = (4, 64);
    let lv = normals(&mut rng, rows * vocab, 3.0);
    let plain = sample_run::<B>(&lv, rows, vocab);
    assert_eq!(sample_run::<FB>(&lv, rows, vocab), plain, "Fusion<B>");
    assert_eq!(sample_run::<AF>(&lv, rows, vocab), plain, "Autodiff<Fusion<B>>");
}
}

/// A panic's message.
fn panic_message(e: Box<dyn std::any::Any + Send>) -> String {
    e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
}

runtime_test! {
/// Refusals on the fused backend: a config pmetal has no kernel for panics at the call; a
/// refusal only the kernel can make (a target outside the vocabulary, read back on the
/// GPU) gives NaN outputs and panics at the next pmetal op, and Burn's stream keeps
/// working. Runs alone in a child process: that next op may be any test's in this process.
fn fused_refusals() {
    require_runtime();
    if std::env::var_os("PMETAL_BURN_FUSED_REFUSALS").is_none() {
        let name = format!("{}::fused_refusals", module_path!().split_once("::").map_or(module_path!(), |(_, m)| m));
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", &name, "--include-ignored", "--nocapture", "--test-threads=1"])
            .env("PMETAL_BURN_FUSED_REFUSALS", "1")
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && log.contains("1 passed"), "{log}");
        return;
    }
    let caught = |f: &dyn Fn()| panic_message(std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("no panic"));

    // At the call: head_dim 20.
    let q = on::<FB, 4>(&[0.5; 2 * 4 * 2 * 20], [2, 4, 2, 20]);
    let msg = caught(&|| drop(ops::attention(q.clone(), q.clone(), q.clone(), false)));
    assert!(msg.contains("pmetal-burn attention") && msg.contains("head dim 20"), "{msg}");

    // When the stream runs: target 9 of a vocabulary of 4.
    let logits = on::<FB, 2>(&[0.1, 0.2, 0.3, 0.4, 0.4, 0.3, 0.2, 0.1], [2, 4]) * 2.0;
    let loss = host(ops::cross_entropy(logits, ints_on::<FB>(&[1, 9])));
    assert!(loss[0].is_nan(), "the refused loss is {loss:?}, not NaN");
    let x = on::<FB, 2>(&[1.0, -2.0, 3.0, 0.5], [2, 2]);
    let msg = caught(&|| drop(ops::swiglu(x.clone(), x.clone())));
    assert!(msg.contains("an earlier op failed") && msg.contains("outside"), "{msg}");

    // Reported once; the stream still runs Burn's ops and pmetal's.
    let h = host(ops::swiglu(x.clone() * 1.0, x));
    let want: Vec<f64> = [1.0f64, -2.0, 3.0, 0.5].iter().map(|&g| g * g / (1.0 + (-g).exp())).collect();
    close("swiglu after a refusal", h, want);
}
}
