// Included in tests/nn.rs after the shared suite, once per runtime, with the `fusion`
// feature: the tiny model on `Autodiff<Fusion<B>>` (what `Autodiff<burn::backend::Wgpu>` is
// with Burn's `fusion` feature) against the same model, same parameters, on
// `Autodiff<B>`: the loss, parameters' gradients, and the loss after one Adam step.

use burn::record::{BinBytesRecorder, FullPrecisionSettings, Recorder};

type AF = Autodiff<burn_fusion::Fusion<B>>;

runtime_test! {
fn fused_tiny_model_matches_unfused() {
    require_runtime();
    let mut rng = rng("nn fused tiny model");
    let (vocab, d, b, s) = (40, 64, 2, 8);
    A::seed(&device(), rng.next_u64());
    // One set of parameters loaded into both models from a record in memory (a clone of a
    // model whose parameters are still lazy would draw its own random values).
    let recorder = BinBytesRecorder::<FullPrecisionSettings>::default();
    let bytes = recorder.record(TinyModel::<A>::new(vocab, d, &device()).into_record(), ()).unwrap();
    let plain = TinyModel::<A>::new(vocab, d, &device()).load_record(recorder.load(bytes.clone(), &device()).unwrap());
    let fused = TinyModel::<AF>::new(vocab, d, &device()).load_record(recorder.load(bytes, &device()).unwrap());

    let tv: Vec<i32> = (0..b * (s + 1)).map(|_| rng.below(vocab) as i32).collect();
    let seqs = TensorData::new(tv, [b, s + 1]);
    let split = |d: &TensorData| {
        let t = Tensor::<A, 2, Int>::from_data(d.clone(), &device());
        (t.clone().narrow(1, 0, s), t.narrow(1, 1, s))
    };
    let split_f = |d: &TensorData| {
        let t = Tensor::<AF, 2, Int>::from_data(d.clone(), &device());
        (t.clone().narrow(1, 0, s), t.narrow(1, 1, s))
    };
    let ((tokens, targets), (tokens_f, targets_f)) = (split(&seqs), split_f(&seqs));

    let loss = plain.loss(tokens.clone(), targets.clone());
    let loss_f = fused.loss(tokens_f.clone(), targets_f.clone());
    close("tiny model loss (fused vs unfused)", host(loss_f.clone()), host(loss.clone()));
    let (g, g_f) = (loss.backward(), loss_f.backward());
    let pairs = [
        ("embedding", host(plain.embed.weight.grad(&g).unwrap()), host(fused.embed.weight.grad(&g_f).unwrap())),
        ("attention norm", host(plain.norm_attn.weight.grad(&g).unwrap()), host(fused.norm_attn.weight.grad(&g_f).unwrap())),
        ("query", host(lin(&plain.attn.query).weight.grad(&g).unwrap()), host(lin(&fused.attn.query).weight.grad(&g_f).unwrap())),
        ("value", host(lin(&plain.attn.value).weight.grad(&g).unwrap()), host(lin(&fused.attn.value).weight.grad(&g_f).unwrap())),
        ("mlp gate", host(lin(&plain.mlp.gate).weight.grad(&g).unwrap()), host(lin(&fused.mlp.gate).weight.grad(&g_f).unwrap())),
        ("mlp down", host(lin(&plain.mlp.down).weight.grad(&g).unwrap()), host(lin(&fused.mlp.down).weight.grad(&g_f).unwrap())),
        ("lora B", host(plain.adapter.lora_b.grad(&g).unwrap()), host(fused.adapter.lora_b.grad(&g_f).unwrap())),
        ("output norm", host(plain.norm_out.weight.grad(&g).unwrap()), host(fused.norm_out.weight.grad(&g_f).unwrap())),
        ("lm_head", host(plain.head.weight.grad(&g).unwrap()), host(fused.head.weight.grad(&g_f).unwrap())),
    ];
    for (name, want, got) in pairs {
        close(&format!("tiny model d{name} (fused vs unfused)"), got, want);
    }
    assert!(fused.adapter.weight.grad(&g_f).is_none(), "the frozen LoRA base got a gradient on the fused backend");

    // One Adam step each, from the same gradients' sources.
    let grads = GradientsParams::from_grads(plain.loss(tokens.clone(), targets.clone()).backward(), &plain);
    let grads_f = GradientsParams::from_grads(fused.loss(tokens_f.clone(), targets_f.clone()).backward(), &fused);
    let plain = AdamConfig::new().init::<A, TinyModel<A>>().step(1e-2, plain, grads);
    let fused = AdamConfig::new().init::<AF, TinyModel<AF>>().step(1e-2, fused, grads_f);
    close(
        "tiny model loss after one Adam step (fused vs unfused)",
        host(fused.loss(tokens_f, targets_f)),
        host(plain.loss(tokens, targets)),
    );
}
}
