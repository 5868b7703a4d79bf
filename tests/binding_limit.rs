//! The storage-binding limit (issue 21): on wgpu a kernel binds at most
//! `maxStorageBufferRange` bytes per buffer (128 MiB on lavapipe) and CubeCL 0.10 makes
//! that its largest allocation, failing silently past it. Every tensor past the limit must
//! be refused with a typed error naming it, every op must refuse outputs and scratch past
//! it before launching, and ops that can split their internal copies (matmul along M,
//! linear cross-entropy's vocabulary blocks, the sampler's chunked path) must still give
//! the reference's answer.
//!
//! The limit is lowered with `MetalContext::set_binding_limit_for_tests`, so the tensors
//! stay small (about 1 MiB). The override is process-wide for the context: every case
//! runs in the one test below, and a guard restores the device's limit even on panic.

mod common;

use common::{ce_params, check, glu, on_every_runtime, rope_params};
use pmetal_metal::reference::{
    attention as ref_attention, cross_entropy as ref_ce, linear_cross_entropy as ref_lce, lora as ref_lora, matmul as ref_mm,
    rmsnorm as ref_rmsnorm, rope as ref_rope, swiglu as ref_swiglu,
};
use common::verify::{download, reduction_tolerance, rms, round_to, tolerance, tolerance_at_scale, upload, Rng};
use pmetal_metal::{
    CrossEntropy, CrossEntropyConfig, DType, FlashAttention, GluActivation, GpuTensor, LinearCrossEntropy, LoraLinear, LoraWeights,
    Matmul, MetalContext, PmetalError, RmsNorm, Rope, RopeConfig, RopePositions, RowSampling, Sampler, SamplerConfig, SwiGlu,
};

/// The lowered limit most cases run under: 1 MiB, 262,144 f32.
const L: u64 = 1 << 20;
/// f32 elements in `L` bytes.
const LF: usize = (L / 4) as usize;

/// Lowers the context's binding limit; restores the device's when dropped (also when a
/// case panics).
struct LimitGuard<'a>(&'a MetalContext);

impl<'a> LimitGuard<'a> {
    fn new(ctx: &'a MetalContext, limit: u64) -> Self {
        ctx.set_binding_limit_for_tests(Some(limit));
        LimitGuard(ctx)
    }
}

impl Drop for LimitGuard<'_> {
    fn drop(&mut self) {
        self.0.set_binding_limit_for_tests(None);
    }
}

/// `r` must be `TooLarge` with a message that names `limit`.
fn too_large<T>(what: &str, r: Result<T, PmetalError>, limit: u64) {
    match r {
        Err(PmetalError::TooLarge(msg)) => assert!(msg.contains(&limit.to_string()), "{what}: TooLarge does not name the limit {limit}: {msg}"),
        Err(e) => panic!("{what}: expected TooLarge, got {e}"),
        Ok(_) => panic!("{what}: expected TooLarge, got Ok"),
    }
}

/// Runs `f`, which must fail with `TooLarge` naming `limit` without launching anything.
fn too_large_before_launch<T>(ctx: &MetalContext, what: &str, limit: u64, f: impl FnOnce() -> Result<T, PmetalError>) {
    let before = ctx.pipeline_stats().launches;
    too_large(what, f(), limit);
    assert_eq!(ctx.pipeline_stats().launches, before, "{what}: launched before refusing");
}

fn normals(ctx: &MetalContext, rng: &mut Rng, dtype: DType, shape: &[usize], scale: f64) -> Result<(GpuTensor, Vec<f64>), PmetalError> {
    upload(ctx, dtype, shape, &rng.normals(shape.iter().product(), scale))
}

fn targets(ctx: &MetalContext, rng: &mut Rng, n: usize, vocab: usize) -> (GpuTensor, Vec<i64>) {
    let th: Vec<i64> = (0..n).map(|_| (rng.next_u64() % vocab as u64) as i64).collect();
    let (t, _) = upload(ctx, DType::I32, &[n], &th.iter().map(|&t| t as f64).collect::<Vec<_>>()).unwrap();
    (t, th)
}

#[test]
fn binding_limit_is_refused_or_split() {
    on_every_runtime("binding limit", |ctx, rng| {
        let device_limit = ctx.info().max_binding_bytes;
        {
            let _g = LimitGuard::new(ctx, L);
            assert_eq!(ctx.max_binding_bytes(), Some(device_limit.map_or(L, |d| d.min(L))));
            let t0 = std::time::Instant::now();
            let timed = |what: &str, f: &mut dyn FnMut()| {
                let t = std::time::Instant::now();
                f();
                eprintln!("  {what}: {:.2?}", t.elapsed());
            };
            timed("allocation", &mut || allocation(ctx));
            timed("swiglu", &mut || swiglu(ctx, rng));
            timed("rmsnorm", &mut || rmsnorm(ctx, rng));
            timed("rope", &mut || rope(ctx, rng));
            timed("cross_entropy", &mut || cross_entropy(ctx, rng));
            timed("matmul limits", &mut || matmul_limits(ctx, rng));
            timed("matmul bf16 split", &mut || matmul_widened_split(ctx, rng));
            timed("matmul accumulate split", &mut || matmul_accumulate_split(ctx, rng));
            timed("linear_cross_entropy limits", &mut || linear_cross_entropy_limits(ctx, rng));
            timed("linear_cross_entropy split", &mut || linear_cross_entropy_split(ctx, rng));
            timed("lora", &mut || lora(ctx, rng));
            timed("sampler", &mut || sampler(ctx, rng));
            timed("attention", &mut || attention(ctx, rng));
            eprintln!("binding limit: all cases in {:.2?}", t0.elapsed());
        }
        assert_eq!(ctx.max_binding_bytes(), device_limit, "the guard restores the device's limit");
    });
}

/// Tensors of exactly the limit are made; 4 bytes more are refused, naming the limit.
fn allocation(ctx: &MetalContext) {
    GpuTensor::empty(ctx, DType::F32, &[LF]).unwrap();
    GpuTensor::from_bytes(ctx, DType::U32, &[LF], &vec![7u8; L as usize]).unwrap();
    GpuTensor::empty(ctx, DType::BF16, &[2, LF]).unwrap();
    too_large("empty f32 L + 4 bytes", GpuTensor::empty(ctx, DType::F32, &[LF + 1]), L);
    too_large("from_bytes L + 4 bytes", GpuTensor::from_bytes(ctx, DType::U32, &[LF + 1], &vec![7u8; L as usize + 4]), L);
    too_large("empty bf16 L + 2 bytes", GpuTensor::empty(ctx, DType::BF16, &[2 * LF + 1]), L);
}

fn swiglu(ctx: &MetalContext, rng: &mut Rng) {
    let op = SwiGlu::new(ctx);
    let (g, gh) = normals(ctx, rng, DType::F32, &[LF], 3.0).unwrap();
    let (u, uh) = normals(ctx, rng, DType::F32, &[LF], 1.0).unwrap();
    let h = op.forward(&g, &u).unwrap();
    check("swiglu at the limit", &download(&h).unwrap(), &ref_swiglu::forward(glu(GluActivation::Silu), &gh, &uh), tolerance(DType::F32));
    too_large("swiglu gate past the limit", normals(ctx, rng, DType::F32, &[LF + 1], 1.0), L);
    // Outputs the op allocates itself: with the limit below them (inputs made before),
    // refused too.
    ctx.set_binding_limit_for_tests(Some(L - 4));
    too_large("swiglu output past the limit", op.forward(&g, &u), L - 4);
    too_large("swiglu gradients past the limit", op.backward(&g, &u, &u), L - 4);
    ctx.set_binding_limit_for_tests(Some(L));
}

fn rmsnorm(ctx: &MetalContext, rng: &mut Rng) {
    let (rows, hidden) = (LF / 1024, 1024);
    let op = RmsNorm::new(ctx, 1e-6).unwrap();
    let (x, xh) = normals(ctx, rng, DType::F32, &[rows, hidden], 2.0).unwrap();
    let (w, wh) = normals(ctx, rng, DType::F32, &[hidden], 0.5).unwrap();
    let y = op.forward(&x, &w).unwrap();
    let (wy, _) = ref_rmsnorm::forward(&xh, &wh, hidden, 1e-6, 0.0);
    check("rmsnorm at the limit", &download(&y.y).unwrap(), &wy, tolerance(DType::F32));
    too_large("rmsnorm x past the limit", normals(ctx, rng, DType::F32, &[rows + 1, hidden], 1.0), L);
    ctx.set_binding_limit_for_tests(Some(L - 4));
    too_large("rmsnorm output past the limit", op.forward(&x, &w), L - 4);
    ctx.set_binding_limit_for_tests(Some(L));
}

fn rope(ctx: &MetalContext, rng: &mut Rng) {
    let (seq, heads, d) = (LF / 256, 4, 64);
    let cfg = RopeConfig::new(d, 10_000.0);
    let op = Rope::new(ctx, cfg).unwrap();
    let (q, qh) = normals(ctx, rng, DType::F32, &[1, seq, heads, d], 1.0).unwrap();
    let (k, _) = normals(ctx, rng, DType::F32, &[1, seq, 1, d], 1.0).unwrap();
    let (qo, _) = op.forward(&q, &k, RopePositions::Offset(3)).unwrap();
    let positions: Vec<usize> = (3..3 + seq).collect();
    let p = rope_params(&cfg);
    let (freqs, mscale) = (p.frequencies(3 + seq), p.attention_factor());
    let want = ref_rope::apply(&p, &freqs, mscale, &qh, 1, seq, heads, &positions, false);
    check("rope q at the limit", &download(&qo).unwrap(), &want, reduction_tolerance(DType::F32, &want));
    too_large("rope q past the limit", normals(ctx, rng, DType::F32, &[1, seq + 1, heads, d], 1.0), L);
    ctx.set_binding_limit_for_tests(Some(L - 4));
    too_large("rope outputs past the limit", op.forward(&q, &k, RopePositions::Offset(3)), L - 4);
    ctx.set_binding_limit_for_tests(Some(L));
}

fn cross_entropy(ctx: &MetalContext, rng: &mut Rng) {
    let (n, v) = (LF / 4096, 4096);
    let op = CrossEntropy::new(ctx);
    let (x, xh) = normals(ctx, rng, DType::F32, &[n, v], 2.0).unwrap();
    let (tg, th) = targets(ctx, rng, n, v);
    let out = op.forward(&x, &tg).unwrap();
    let (_, lse, loss) = ref_ce::forward(&ce_params(&CrossEntropyConfig::default()), &xh, &th, v);
    check("cross_entropy loss at the limit", &download(&out.loss).unwrap(), &[loss], reduction_tolerance(DType::F32, &lse));
    too_large("cross_entropy logits past the limit", normals(ctx, rng, DType::F32, &[n + 1, v], 1.0), L);
    ctx.set_binding_limit_for_tests(Some(L - 4));
    too_large("cross_entropy gradient past the limit", op.forward_backward(&x, &tg, 1.0), L - 4);
    ctx.set_binding_limit_for_tests(Some(L));
}

/// Matmul outputs and copies that cannot be split.
fn matmul_limits(ctx: &MetalContext, rng: &mut Rng) {
    let mm = Matmul::new(ctx);
    // An output past the limit from operands within it.
    let (a, _) = normals(ctx, rng, DType::F32, &[257, 4], 1.0).unwrap();
    let (b, _) = normals(ctx, rng, DType::F32, &[4, 1024], 1.0).unwrap();
    too_large("matmul output past the limit", mm.forward(&a, &b, false, false, DType::F32), L);
    // B at the limit as bf16: its f32 copy (on devices without bf16) is twice that, read
    // whole by every row range, so it is refused before anything runs.
    let (a, _) = normals(ctx, rng, DType::BF16, &[8, 512], 1.0).unwrap();
    let (b, _) = normals(ctx, rng, DType::BF16, &[512, 1024], 1.0).unwrap();
    let out = GpuTensor::empty(ctx, DType::F32, &[8, 1024]).unwrap();
    if ctx.info().native_bf16 {
        mm.run(&a, &b, &out, false, false, false).unwrap();
    } else {
        too_large_before_launch(ctx, "matmul bf16 b whose f32 copy is past the limit", L, || mm.run(&a, &b, &out, false, false, false));
    }
    // A transposed at the limit as bf16: its rows of op(A) are not contiguous, so its
    // f32 copy cannot be split.
    let (at, _) = normals(ctx, rng, DType::BF16, &[512, 1024], 1.0).unwrap();
    let (b, _) = normals(ctx, rng, DType::BF16, &[512, 8], 1.0).unwrap();
    let out = GpuTensor::empty(ctx, DType::F32, &[1024, 8]).unwrap();
    if !ctx.info().native_bf16 {
        too_large_before_launch(ctx, "matmul transposed bf16 a whose f32 copy is past the limit", L, || mm.run(&at, &b, &out, true, false, false));
    }
}

/// bf16 A at the limit: on devices that widen it, its f32 copy is twice the limit and the
/// GEMM runs in row ranges (1024 rows, then a tail of 976). Same answer as the reference.
fn matmul_widened_split(ctx: &MetalContext, rng: &mut Rng) {
    let (m, k, n) = (2000, 256, 16);
    let (a, ah) = normals(ctx, rng, DType::BF16, &[m, k], 1.0).unwrap();
    let (b, bh) = normals(ctx, rng, DType::BF16, &[n, k], 1.0).unwrap();
    assert!(a.size_bytes() <= L && a.size_bytes() * 2 > L);
    let out = Matmul::new(ctx).forward(&a, &b, false, true, DType::F32).unwrap();
    let want = ref_mm::matmul(&ah, &bh, m, k, n, false, true);
    let scale = ref_mm::term_scale(&ah, &bh, m, k, n, false, true);
    check("matmul bf16 with a's f32 copy past the limit", &download(&out).unwrap(), &want, tolerance_at_scale(DType::F32, scale));
}

/// Accumulation's f32 scratch of C's size past the limit: C f32 made under the device's
/// limit and then lowered below it (the scratch alone is past it), and C bf16 at the
/// limit (its f32 scratch twice that). Both run in row ranges and must add exactly once.
fn matmul_accumulate_split(ctx: &MetalContext, rng: &mut Rng) {
    for (dtype, m, k, n) in [(DType::F32, 257, 32, 1024), (DType::BF16, 512, 32, 1024)] {
        let (a, ah) = normals(ctx, rng, dtype, &[m, k], 1.0).unwrap();
        let (b, bh) = normals(ctx, rng, dtype, &[k, n], 1.0).unwrap();
        ctx.set_binding_limit_for_tests(None);
        let (c, ch) = normals(ctx, rng, dtype, &[m, n], 1.0).unwrap();
        ctx.set_binding_limit_for_tests(Some(L));
        assert!(c.size_bytes() <= L || dtype == DType::F32, "the bf16 C fits");
        assert!(m as u64 * n as u64 * 4 > L, "the f32 scratch does not");
        pmetal_metal::matmul_accumulate(ctx, &a, &b, &c, false, false).unwrap();
        let p = ref_mm::matmul(&ah, &bh, m, k, n, false, false);
        let want: Vec<f64> = ch.iter().zip(&p).map(|(c, p)| c + p).collect();
        let scale = ref_mm::term_scale(&ah, &bh, m, k, n, false, false).max(rms(&ch));
        check(&format!("matmul_accumulate {dtype} with a scratch past the limit"), &download(&c).unwrap(), &want, tolerance_at_scale(dtype, scale));
    }
}

/// Linear cross-entropy calls that cannot fit: refused before any launch.
fn linear_cross_entropy_limits(ctx: &MetalContext, rng: &mut Rng) {
    let op = LinearCrossEntropy::new(ctx);
    // hidden bf16 at the limit: the f32 d_hidden accumulator is twice that.
    let (t, h, v) = (1024, 512, 8);
    let (hid, hh) = normals(ctx, rng, DType::BF16, &[t, h], 1.0).unwrap();
    let (w, wh) = normals(ctx, rng, DType::BF16, &[v, h], 0.05).unwrap();
    let (tg, th) = targets(ctx, rng, t, v);
    too_large_before_launch(ctx, "linear_cross_entropy d_hidden accumulator past the limit", L, || op.forward_backward(&hid, &w, None, &tg, 1.0));
    // The loss alone needs no accumulator; where the matmul widens hidden, that copy is
    // past the limit and split along the tokens.
    let f = op.forward(&hid, &w, None, &tg).unwrap();
    let round = |x: &[f64]| round_to(DType::BF16, x);
    let cfg = CrossEntropyConfig::default();
    let (wrl, wlse, _) = ref_lce::forward(&ce_params(&cfg), &hh, &wh, None, &th, h, v, &round);
    check("linear_cross_entropy forward with hidden's copy past the limit", &download(&f.row_loss).unwrap(), &wrl, reduction_tolerance(DType::BF16, &wlse));
    // Narrow hidden, many tokens: even 8 vocabulary columns of logits are past the limit.
    let (t, h, v) = (LF / 8 + 8, 4, 16);
    let (hid, _) = normals(ctx, rng, DType::F32, &[t, h], 1.0).unwrap();
    let (w, _) = normals(ctx, rng, DType::F32, &[v, h], 1.0).unwrap();
    let (tg, _) = targets(ctx, rng, t, v);
    too_large_before_launch(ctx, "linear_cross_entropy 8-column block past the limit", L, || op.forward(&hid, &w, None, &tg));
    too_large_before_launch(ctx, "linear_cross_entropy 8-column block past the limit (backward)", L, || op.forward_backward(&hid, &w, None, &tg, 1.0));
}

/// tokens x 1024 columns past the limit, hidden and weight within it: the block narrows
/// (to 872 columns here) and loss and gradients are the reference's.
fn linear_cross_entropy_split(ctx: &MetalContext, rng: &mut Rng) {
    let (n, h, v) = (300, 16, 1000);
    for dtype in [DType::F32, DType::BF16] {
        if dtype == DType::F32 {
            assert!(n as u64 * 1024 * 4 > L, "the default block's logits are past the limit");
        }
        let what = format!("linear_cross_entropy {dtype} {n}x{h}x{v} with a block past the limit");
        let cfg = CrossEntropyConfig::default();
        let (hid, hh) = normals(ctx, rng, dtype, &[n, h], 1.0).unwrap();
        let (w, wh) = normals(ctx, rng, dtype, &[v, h], 0.5).unwrap();
        // A bias only in f32: the reference adds it after rounding the logits, the kernel
        // before, and in bf16 at 300 tokens under the mean that differs past the tolerance
        // (with or without the limit: the split does not change the results).
        let (b, bh) = normals(ctx, rng, dtype, &[v], 0.5).unwrap();
        let (b, bh) = if dtype == DType::F32 { (Some(&b), Some(&bh[..])) } else { (None, None) };
        let (tg, th) = targets(ctx, rng, n, v);
        let r = LinearCrossEntropy::new(ctx).forward_backward(&hid, &w, b, &tg, 1.0).unwrap();
        let round = |x: &[f64]| round_to(dtype, x);
        let (wrl, wlse, wl) = ref_lce::forward(&ce_params(&cfg), &hh, &wh, bh, &th, h, v, &round);
        let lt = reduction_tolerance(dtype, &wlse);
        check(&format!("{what} row loss"), &download(&r.out.row_loss).unwrap(), &wrl, lt);
        check(&format!("{what} loss"), &download(&r.out.loss).unwrap(), &[wl], lt);
        let (dh, dw, db) = ref_lce::backward(&ce_params(&cfg), &hh, &wh, bh, &th, h, v, &[1.0], &round);
        let gt = |want: &[f64], terms: f64| tolerance_at_scale(dtype, rms(want).max(terms));
        let g = 1.0 / n as f64;
        check(&format!("{what} d_hidden"), &download(&r.d_hidden).unwrap(), &dh, gt(&dh, g * 0.5));
        check(&format!("{what} d_weight"), &download(&r.d_weight).unwrap(), &dw, gt(&dw, g));
        if let Some(d) = &r.d_bias {
            check(&format!("{what} d_bias"), &download(d).unwrap(), &db, gt(&db, g));
        }
    }
}

/// LoRA: an output at the limit is computed; one column more is refused.
fn lora(ctx: &MetalContext, rng: &mut Rng) {
    let (m, inf, r, s) = (256, 16, 4, 0.5);
    let op = LoraLinear::new(ctx, s as f32).unwrap();
    let (x, xh) = normals(ctx, rng, DType::F32, &[m, inf], 1.0).unwrap();
    let (a, ah) = normals(ctx, rng, DType::F32, &[r, inf], 1.0).unwrap();
    for outf in [LF / m, LF / m + 1] {
        let (w, wh) = normals(ctx, rng, DType::F32, &[outf, inf], 1.0).unwrap();
        let (b, bh) = normals(ctx, rng, DType::F32, &[outf, r], 1.0).unwrap();
        let l = LoraWeights::new(&w, &a, &b);
        if (m * outf * 4) as u64 > L {
            too_large("lora output past the limit", op.forward(&x, &l), L);
            continue;
        }
        let f = op.forward(&x, &l).unwrap();
        let d = ref_lora::Dims { m, inf, outf, r };
        let (y, t) = ref_lora::forward(&xh, &wh, None, &ah, &bh, s, d, None, &|v: &[f64]| v.to_vec());
        let scale = ref_mm::term_scale(&xh, &wh, m, inf, outf, false, true) + s * ref_mm::term_scale(&t, &bh, m, r, outf, false, true);
        check("lora output at the limit", &download(&f.y).unwrap(), &y, tolerance_at_scale(DType::F32, scale));
    }
}

/// The sampler's chunked path needs candidate scratch of 512 bytes per row and chunk:
/// with logits at a 256 KiB limit that scratch is past it, so the row kernel takes every
/// row and the tokens are still right (top-k 1: the argmax).
fn sampler(ctx: &MetalContext, rng: &mut Rng) {
    let limit = 256 << 10;
    ctx.set_binding_limit_for_tests(Some(limit));
    let (rows, v) = (32, limit as usize / 4 / 32);
    let sampler = Sampler::new(ctx, SamplerConfig { top_k: true, ..Default::default() }).unwrap();
    let params = sampler.params(&[RowSampling { top_k: 1, ..Default::default() }; 32]).unwrap();
    let (x, xh) = normals(ctx, rng, DType::F32, &[rows, v], 3.0).unwrap();
    let got = sampler.sample(&x, &params, None, 7, 0).unwrap().tokens_checked().unwrap();
    for (r, &tok) in got.iter().enumerate() {
        let row = &xh[r * v..(r + 1) * v];
        let best = (0..v).fold(0, |b, i| if row[i] > row[b] { i } else { b });
        assert_eq!(tok as usize, best, "sampler row {r} at the limit: token {tok}, argmax {best}");
    }
    too_large("sampler logits past the limit", normals(ctx, rng, DType::F32, &[rows, v + 1], 1.0), limit);
    ctx.set_binding_limit_for_tests(Some(L));
}

/// FlashAttention forward with q at the limit (few keys, to stay fast on lavapipe).
fn attention(ctx: &MetalContext, rng: &mut Rng) {
    let (tq, tk, h, d) = (LF / 256, 16, 4, 64);
    let op = FlashAttention::new(ctx, d, h).unwrap();
    let (q, qh) = normals(ctx, rng, DType::F32, &[1, tq, h, d], 1.0).unwrap();
    let (k, kh) = normals(ctx, rng, DType::F32, &[1, tk, h, d], 1.0).unwrap();
    let (v, vh) = normals(ctx, rng, DType::F32, &[1, tk, h, d], 1.0).unwrap();
    let o = op.forward(&q, &k, &v, None).unwrap();
    let (want, _) = ref_attention::forward(&qh, &kh, &vh, 1, tq, tk, &ref_attention::Params::new(h, d), None);
    check("attention out with q at the limit", &download(&o.out).unwrap(), &want, reduction_tolerance(DType::F32, &want));
    too_large("attention q past the limit", normals(ctx, rng, DType::F32, &[1, tq + 1, h, d], 1.0), L);
    ctx.set_binding_limit_for_tests(Some(L - 4));
    too_large("attention output past the limit", op.forward(&q, &k, &v, None), L - 4);
    ctx.set_binding_limit_for_tests(Some(L));
}
