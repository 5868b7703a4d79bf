// Tests of the CUDA copy of tests/ops.rs only (included there after the shared suite):
// Burn's wgpu backend has no bf16.

runtime_test! {
/// bf16 on CUDA (Burn's wgpu has none): the ops run in bf16 against the f32 reference on
/// the same bf16-rounded inputs, under the root crate's bf16 tolerance.
fn bf16_forward_and_gradients_on_cuda() {
    require_runtime();
    use burn::tensor::bf16;
    type H = Autodiff<CubeBackend<Runtime, bf16, i32, u8>>;
    fn half_leaf<const D: usize>(v: &[f32], shape: [usize; D]) -> Tensor<H, D> {
        let v: Vec<bf16> = v.iter().map(|&x| bf16::from_f32(x)).collect();
        Tensor::from_data(TensorData::new(v, shape), &device()).require_grad()
    }
    fn rounded(v: &[f32]) -> Vec<f32> {
        v.iter().map(|&x| bf16::from_f32(x).to_f32()).collect()
    }
    fn close16(what: &str, got: Vec<f64>, want: Vec<f64>) {
        let c = compare(&got, &want, reduction_tolerance(DType::BF16, &want));
        assert!(c.passed(), "{what}: {} of {} out of tolerance, worst at {}: got {} want {} (max rel {:.3e})", c.failures, want.len(), c.worst, got[c.worst], want[c.worst], c.max_rel);
    }
    let mut rng = rng("bf16");
    let (b, s, h, hk, d) = (1, 32, 4, 2, 64);
    let qv = rounded(&normals(&mut rng, b * s * h * d, 1.0));
    let (kv, vv) = (rounded(&normals(&mut rng, b * s * hk * d, 1.0)), rounded(&normals(&mut rng, b * s * hk * d, 1.0)));
    let wv = rounded(&normals(&mut rng, d, 0.5));
    let r = rounded(&normals(&mut rng, qv.len(), 1.0));

    let (q, k, v, w) = (half_leaf(&qv, [b, s, h, d]), half_leaf(&kv, [b, s, hk, d]), half_leaf(&vv, [b, s, hk, d]), half_leaf(&wv, [d]));
    let y = ops::swiglu(ops::attention(ops::rms_norm(q.clone(), w.clone(), 1e-5), k.clone(), v.clone(), true), q.clone());
    let rr = Tensor::<H, 4>::from_data(TensorData::new(r.iter().map(|&x| bf16::from_f32(x)).collect::<Vec<_>>(), [b, s, h, d]), &device());
    let g = (y.clone() * rr).sum().backward();

    let (q2, k2, v2, w2) = (leaf(&qv, [b, s, h, d]), leaf(&kv, [b, s, hk, d]), leaf(&vv, [b, s, hk, d]), leaf(&wv, [d]));
    let xn = q2.clone() * (q2.clone().powi_scalar(2).mean_dim(3) + 1e-5).sqrt().recip() * w2.clone().reshape([1, 1, 1, d]);
    let o = attention_reference(xn, k2.clone(), v2.clone(), true);
    let y2 = o.clone() * sigmoid(o) * q2.clone();
    let g2 = weighted_sum(y2.clone(), &r).backward();

    close16("bf16 y", host(y), host(y2));
    close16("bf16 dq", host(q.grad(&g).unwrap()), grad(&q2, &g2));
    close16("bf16 dk", host(k.grad(&g).unwrap()), grad(&k2, &g2));
    close16("bf16 dv", host(v.grad(&g).unwrap()), grad(&v2, &g2));
    close16("bf16 dw", host(w.grad(&g).unwrap()), grad(&w2, &g2));
}
}
