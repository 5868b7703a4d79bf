//! Fused RoPE against the f64 reference (dense rotation matrices) on every runtime present.

mod common;

use common::{on_every_runtime, rope_params};
use pmetal_metal::reference::rope as reference;
use common::verify::{compare, download, poisoned, reduction_tolerance, upload, Rng};
use pmetal_metal::{DType, GpuBuffer, MetalContext, PmetalError, Rope, RopeConfig, RopeLayout, RopePositions, RopeScaling, RopeStyle};

/// One call's shape: batch, seq, q heads, k heads.
#[derive(Clone, Copy, Debug)]
struct Dims {
    batch: usize,
    seq: usize,
    hq: usize,
    hk: usize,
}

const DEFAULT: Dims = Dims { batch: 2, seq: 5, hq: 4, hk: 2 };

fn shape(cfg: &RopeConfig, d: Dims, heads: usize) -> Vec<usize> {
    match cfg.layout {
        RopeLayout::Bshd => vec![d.batch, d.seq, heads, cfg.head_dim],
        RopeLayout::Bhsd => vec![d.batch, heads, d.seq, cfg.head_dim],
    }
}

enum Pos {
    Offset(usize),
    Ids(Vec<i32>),
}

/// Runs forward and backward for `cfg` on every float dtype and checks all four outputs.
fn check_config(ctx: &MetalContext, rng: &mut Rng, cfg: RopeConfig, d: Dims, pos: &Pos, what: &str) {
    let rope = Rope::new(ctx, cfg).unwrap();
    let positions: Vec<usize> = match pos {
        Pos::Offset(o) => (0..d.batch * d.seq).map(|t| o + t % d.seq).collect(),
        Pos::Ids(ids) => ids.iter().map(|&i| i as usize).collect(),
    };
    let end = positions.iter().max().unwrap() + 1;
    // The oracle's own frequencies: the kernel module's scaling maths is not reused.
    let p = rope_params(&cfg);
    let (freqs, mscale) = (p.frequencies(end), p.attention_factor());
    let ids_t = match pos {
        Pos::Ids(ids) => Some(GpuBuffer::<i32>::from_slice(ctx, ids, &[d.batch, d.seq]).unwrap()),
        Pos::Offset(_) => None,
    };
    let positions_arg = match (pos, &ids_t) {
        (Pos::Offset(o), _) => RopePositions::Offset(*o),
        (Pos::Ids(_), Some(t)) => RopePositions::Ids(t),
        _ => unreachable!(),
    };
    for dtype in DType::FLOATS {
        let (qs, ks) = (shape(&cfg, d, d.hq), shape(&cfg, d, d.hk));
        let (q, qh) = upload(ctx, dtype, &qs, &rng.normals(qs.iter().product(), 1.0)).unwrap();
        let (k, kh) = upload(ctx, dtype, &ks, &rng.normals(ks.iter().product(), 1.0)).unwrap();
        let (qo, ko) = (poisoned(ctx, dtype, &qs).unwrap(), poisoned(ctx, dtype, &ks).unwrap());
        rope.forward_into(&q, &k, &qo, &ko, positions_arg).unwrap();
        for (t, x, heads, name) in [(&qo, &qh, d.hq, "q"), (&ko, &kh, d.hk, "k")] {
            let want = reference::apply(&p, &freqs, mscale, x, d.batch, d.seq, heads, &positions, false);
            let got = download(t).unwrap();
            let c = compare(&got, &want, reduction_tolerance(dtype, &want));
            assert!(c.passed(), "{what} forward {name} {dtype}: {} bad, worst {} got {} want {}", c.failures, c.worst, got[c.worst], want[c.worst]);
        }
        let (dq, dk) = rope.backward(&q, &k, positions_arg).unwrap();
        for (t, x, heads, name) in [(&dq, &qh, d.hq, "dq"), (&dk, &kh, d.hk, "dk")] {
            let want = reference::apply(&p, &freqs, mscale, x, d.batch, d.seq, heads, &positions, true);
            let got = download(t).unwrap();
            let c = compare(&got, &want, reduction_tolerance(dtype, &want));
            assert!(c.passed(), "{what} backward {name} {dtype}: {} bad, worst {} got {} want {}", c.failures, c.worst, got[c.worst], want[c.worst]);
        }
    }
}

fn llama(head_dim: usize) -> RopeConfig {
    RopeConfig::new(head_dim, 500_000.0)
}

#[test]
fn head_dims() {
    on_every_runtime("rope head dims", |ctx, rng| {
        for hd in [64, 80, 128, 256] {
            check_config(ctx, rng, llama(hd), DEFAULT, &Pos::Offset(0), &format!("head_dim {hd}"));
        }
    });
}

#[test]
fn partial_rotary() {
    on_every_runtime("rope partial rotary", |ctx, rng| {
        for (hd, rd) in [(128, 64), (80, 32), (64, 2), (96, 94)] {
            let cfg = llama(hd).with_rotary_dim(rd);
            check_config(ctx, rng, cfg, DEFAULT, &Pos::Offset(3), &format!("rotary {rd} of {hd}"));
            let cfg = cfg.with_style(RopeStyle::Interleaved);
            check_config(ctx, rng, cfg, DEFAULT, &Pos::Offset(3), &format!("interleaved rotary {rd} of {hd}"));
        }
    });
}

#[test]
fn styles_layouts_and_gqa() {
    on_every_runtime("rope styles/layouts/gqa", |ctx, rng| {
        for style in [RopeStyle::RotateHalf, RopeStyle::Interleaved] {
            for layout in [RopeLayout::Bshd, RopeLayout::Bhsd] {
                let cfg = llama(128).with_style(style).with_layout(layout);
                // 20 q heads span three head groups of 8, the last partial.
                for d in [DEFAULT, Dims { batch: 1, seq: 1, hq: 8, hk: 1 }, Dims { batch: 3, seq: 33, hq: 6, hk: 6 }, Dims { batch: 1, seq: 3, hq: 20, hk: 4 }] {
                    check_config(ctx, rng, cfg, d, &Pos::Offset(0), &format!("{style:?} {layout:?} {d:?}"));
                }
            }
        }
    });
}

#[test]
fn positions_offset_and_ids() {
    on_every_runtime("rope positions", |ctx, rng| {
        let cfg = llama(64);
        // Decode: one token at a large offset (also exercises the range reduction).
        check_config(ctx, rng, cfg, Dims { batch: 2, seq: 1, hq: 4, hk: 1 }, &Pos::Offset(131_000), "decode offset");
        check_config(ctx, rng, cfg, DEFAULT, &Pos::Offset(4095), "offset 4095");
        // Packing: two sequences per row restarting at 0.
        let ids: Vec<i32> = [0, 1, 2, 0, 1, 7, 8, 9, 0, 1].to_vec();
        check_config(ctx, rng, cfg, DEFAULT, &Pos::Ids(ids), "position ids");
    });
}

#[test]
fn scaling_rules() {
    on_every_runtime("rope scaling", |ctx, rng| {
        let rules = [
            RopeScaling::Linear { factor: 4.0 },
            RopeScaling::DynamicNtk { factor: 2.0, original_max_position: 8 },
            RopeScaling::Llama3 { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position: 8192 },
            RopeScaling::Yarn { factor: 4.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None },
        ];
        for s in rules {
            check_config(ctx, rng, llama(64).with_scaling(s), DEFAULT, &Pos::Offset(20), &format!("{s:?}"));
        }
    });
}

/// Frequencies, the kernel module's and the reference's, against numbers computed
/// independently from Hugging Face's formulas.
#[test]
fn frequencies_match_published_formulas() {
    let close = |got: f64, want: f64| (got - want).abs() <= 1e-12 + 1e-9 * want.abs();
    let check = |cfg: RopeConfig, seq: usize, idx: &[usize], want: &[f64], mscale: f64| {
        let p = rope_params(&cfg);
        for (who, (f, m)) in [("kernel", cfg.frequencies(seq)), ("reference", (p.frequencies(seq), p.attention_factor()))] {
            for (&i, &w) in idx.iter().zip(want) {
                assert!(close(f[i], w), "{who} {:?}: freq[{i}] = {} want {w}", cfg.scaling, f[i]);
            }
            assert!(close(m, mscale), "{who} {:?}: mscale {m} want {mscale}", cfg.scaling);
        }
    };
    let c8 = RopeConfig::new(8, 10_000.0);
    check(c8, 10, &[0, 1, 2, 3], &[1.0, 0.1, 0.01, 0.001], 1.0);
    check(c8.with_scaling(RopeScaling::Linear { factor: 4.0 }), 10, &[0, 1, 2, 3], &[0.25, 0.025, 0.0025, 0.00025], 1.0);
    check(
        c8.with_scaling(RopeScaling::DynamicNtk { factor: 2.0, original_max_position: 16 }),
        64,
        &[0, 1, 2, 3],
        &[1.0, 0.052275795857471025, 0.0027327588325319844, 0.00014285714285714287],
        1.0,
    );
    check(
        RopeConfig::new(128, 500_000.0).with_scaling(RopeScaling::Llama3 { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position: 8192 }),
        10,
        &[0, 20, 40, 63],
        &[1.0, 0.016560440080994446, 3.428102195952591e-05, 3.068925988914511e-07],
        1.0,
    );
    check(
        RopeConfig::new(64, 10_000.0).with_scaling(RopeScaling::Yarn { factor: 4.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None }),
        10,
        &[0, 10, 20, 31],
        &[1.0, 0.056234132519034905, 0.0013378867023789293, 3.33380358040831e-05],
        1.138629436111989,
    );
}

/// The kernel module's frequencies and attention factor against the reference's (written
/// from the papers), per scaling rule, over several parameter sets and call lengths.
#[test]
fn frequencies_match_reference() {
    // (rotary dim, theta): tiny, Llama 2, Llama 3, partial rotary widths.
    let bases = [(4, 10_000.0), (64, 10_000.0), (128, 500_000.0), (96, 1_000_000.0), (32, 50_000.0)];
    let rules = [
        RopeScaling::None,
        RopeScaling::Linear { factor: 4.0 },
        RopeScaling::Linear { factor: 0.5 },
        RopeScaling::Linear { factor: 2.5 },
        RopeScaling::DynamicNtk { factor: 2.0, original_max_position: 16 },
        RopeScaling::DynamicNtk { factor: 4.0, original_max_position: 4096 },
        RopeScaling::DynamicNtk { factor: 1.5, original_max_position: 2048 },
        // Llama 3.1 and 3.2, and made-up bands.
        RopeScaling::Llama3 { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position: 8192 },
        RopeScaling::Llama3 { factor: 32.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position: 8192 },
        RopeScaling::Llama3 { factor: 4.0, low_freq_factor: 2.0, high_freq_factor: 8.0, original_max_position: 1024 },
        RopeScaling::Llama3 { factor: 16.0, low_freq_factor: 0.5, high_freq_factor: 3.0, original_max_position: 2048 },
        // The paper's Llama 2 settings, Qwen 2.5's, DeepSeek-like ones, and others.
        RopeScaling::Yarn { factor: 4.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None },
        RopeScaling::Yarn { factor: 16.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None },
        RopeScaling::Yarn { factor: 4.0, original_max_position: 32768, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None },
        RopeScaling::Yarn { factor: 40.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: Some(1.3) },
        RopeScaling::Yarn { factor: 8.0, original_max_position: 2048, beta_fast: 16.0, beta_slow: 2.0, attention_factor: None },
        RopeScaling::Yarn { factor: 0.5, original_max_position: 1024, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None },
    ];
    let close = |got: f64, want: f64| (got - want).abs() <= 1e-12 * want.abs();
    let mut banded = 0;
    for (rd, theta) in bases {
        for s in rules {
            let cfg = RopeConfig::new(rd, theta).with_scaling(s);
            let p = rope_params(&cfg);
            for seq in [1, 16, 17, 2048, 4096, 4097, 8192, 131_072] {
                let (f, m) = cfg.frequencies(seq);
                let want = p.frequencies(seq);
                assert_eq!(f.len(), want.len(), "{s:?} rotary {rd}");
                for i in 0..f.len() {
                    assert!(close(f[i], want[i]), "{s:?} rotary {rd} theta {theta} seq {seq}: freq[{i}] = {} want {}", f[i], want[i]);
                }
                assert!(close(m, p.attention_factor()), "{s:?}: attention factor {m} want {}", p.attention_factor());
            }
            // Count the sets where some pair is strictly between kept and divided, so the
            // blends are exercised, not only their ends.
            let unscaled = rope_params(&RopeConfig::new(rd, theta)).frequencies(1);
            let scaled = p.frequencies(1);
            if let RopeScaling::Llama3 { factor, .. } | RopeScaling::Yarn { factor, .. } = s {
                banded += unscaled.iter().zip(&scaled).any(|(u, v)| (v / u - 1.0).abs() > 1e-9 && (v / u - 1.0 / factor).abs() > 1e-9) as usize;
            }
        }
    }
    assert!(banded >= 12, "only {banded} parameter sets blend some pair");
}

/// The reference's frequencies have the properties the papers state, checked on the
/// numbers rather than the formulas.
#[test]
fn reference_frequencies_follow_the_papers() {
    let two_pi = 2.0 * std::f64::consts::PI;
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs();
    let params = |rd: usize, theta: f64, scaling| rope_params(&RopeConfig::new(rd, theta).with_scaling(scaling));
    for (rd, theta) in [(64, 10_000.0), (128, 500_000.0), (96, 1_000_000.0)] {
        let base = params(rd, theta, RopeScaling::None).frequencies(1);
        // RoFormer: theta^(-2i/d), the first pair at 1 radian per position.
        assert!(close(base[0], 1.0) && close(base[1], theta.powf(-2.0 / rd as f64)));
        // Position interpolation: position m / s is the same angle as frequency / s.
        let lin = params(rd, theta, RopeScaling::Linear { factor: 4.0 }).frequencies(1);
        assert!(base.iter().zip(&lin).all(|(b, l)| close(*l, b / 4.0)));
        // Dynamic NTK: the base until the original length; past it the highest frequency
        // is kept and the lowest divided by the grown factor s L'/L - (s - 1).
        let ntk = params(rd, theta, RopeScaling::DynamicNtk { factor: 2.0, original_max_position: 1024 });
        assert_eq!(ntk.frequencies(1024), base);
        let grown = ntk.frequencies(4096);
        assert!(close(grown[0], 1.0) && close(*grown.last().unwrap(), base.last().unwrap() / (2.0 * 4.0 - 1.0)));
        // Llama 3 and YaRN: by the turns over the original context, fast pairs kept, slow
        // ones divided by s, the share kept never growing towards the slow end.
        let rules = [
            (RopeScaling::Llama3 { factor: 8.0, low_freq_factor: 1.0, high_freq_factor: 4.0, original_max_position: 8192 }, 8.0, 8192.0, 4.0, 1.0),
            (RopeScaling::Yarn { factor: 16.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: None }, 16.0, 4096.0, 32.0, 1.0),
        ];
        for (rule, s, l, fast, slow) in rules {
            let f = params(rd, theta, rule).frequencies(1);
            let mut last_kept = 1.0;
            for (i, (&b, &g)) in base.iter().zip(&f).enumerate() {
                let turns = l * b / two_pi;
                let kept = (g / b - 1.0 / s) / (1.0 - 1.0 / s);
                if turns >= fast {
                    assert!(close(g, b), "{rule:?}: pair {i} turns {turns} times, must keep its frequency");
                }
                if turns <= slow {
                    assert!(close(g, b / s), "{rule:?}: pair {i} turns {turns} times, must be divided by {s}");
                }
                assert!((-1e-12..=1.0 + 1e-12).contains(&kept) && kept <= last_kept + 1e-12, "{rule:?}: pair {i} keeps {kept}");
                last_kept = kept;
            }
        }
    }
    // YaRN's attention factor: sqrt(1/t) = 0.1 ln(s) + 1, or the one given.
    let yarn = |factor, attention_factor| params(64, 10_000.0, RopeScaling::Yarn { factor, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor });
    assert!(close(yarn(16.0, None).attention_factor(), 1.0 + 0.1 * 16f64.ln()));
    assert_eq!(yarn(16.0, Some(0.7)).attention_factor(), 0.7);
    assert_eq!(yarn(1.0, None).attention_factor(), 1.0);
    assert_eq!(params(64, 10_000.0, RopeScaling::Linear { factor: 4.0 }).attention_factor(), 1.0);
}

#[test]
fn caller_cache_and_inplace_match() {
    on_every_runtime("rope cache/inplace", |ctx, rng| {
        let cfg = llama(128).with_rotary_dim(96);
        let freqs = rope_params(&cfg).frequencies(64);
        let (mut cos, mut sin) = (Vec::new(), Vec::new());
        for p in 0..64 {
            for &f in &freqs {
                cos.push(reference::angle(p, f).cos() as f32);
                sin.push(reference::angle(p, f).sin() as f32);
            }
        }
        let c = GpuBuffer::from_slice(ctx, &cos, &[64, 48]).unwrap();
        let s = GpuBuffer::from_slice(ctx, &sin, &[64, 48]).unwrap();
        let cached = Rope::with_cache(ctx, cfg, &c, &s).unwrap();
        let computed = Rope::new(ctx, cfg).unwrap();
        let d = DEFAULT;
        let (qs, ks) = (shape(&cfg, d, d.hq), shape(&cfg, d, d.hk));
        let (q, _) = upload(ctx, DType::F32, &qs, &rng.normals(qs.iter().product(), 1.0)).unwrap();
        let (k, _) = upload(ctx, DType::F32, &ks, &rng.normals(ks.iter().product(), 1.0)).unwrap();
        let pos = RopePositions::Offset(50);
        let (a_q, a_k) = computed.forward(&q, &k, pos).unwrap();
        let (b_q, b_k) = cached.forward(&q, &k, pos).unwrap();
        let tol = reduction_tolerance(DType::F32, &download(&a_q).unwrap());
        assert!(compare(&download(&b_q).unwrap(), &download(&a_q).unwrap(), tol).passed());
        assert!(compare(&download(&b_k).unwrap(), &download(&a_k).unwrap(), tol).passed());
        // In place equals out of place, bit for bit; backward in place undoes it.
        computed.forward_in_place(&q, &k, pos).unwrap();
        assert_eq!(q.to_bytes().unwrap(), a_q.to_bytes().unwrap());
        assert_eq!(k.to_bytes().unwrap(), a_k.to_bytes().unwrap());
        // The unfused baseline (two launches reading a table) agrees too.
        let (u_q, u_k) = computed.forward_unfused(&b_q, &b_k, pos).unwrap();
        let (v_q, v_k) = computed.forward(&b_q, &b_k, pos).unwrap();
        assert!(compare(&download(&u_q).unwrap(), &download(&v_q).unwrap(), tol).passed());
        assert!(compare(&download(&u_k).unwrap(), &download(&v_k).unwrap(), tol).passed());
        assert!(matches!(cached.forward(&q, &k, RopePositions::Offset(60)), Err(PmetalError::InvalidArgument(_))));
    });
}

#[test]
fn bad_input_is_a_typed_error() {
    on_every_runtime("rope bad input", |ctx, rng| {
        let bad = |cfg: RopeConfig| matches!(Rope::new(ctx, cfg), Err(PmetalError::InvalidArgument(_)));
        assert!(bad(llama(128).with_rotary_dim(63)));
        assert!(bad(llama(128).with_rotary_dim(130)));
        assert!(bad(llama(128).with_rotary_dim(0)));
        assert!(bad(llama(127)));
        assert!(bad(RopeConfig::new(64, 0.5)));
        assert!(bad(llama(64).with_scaling(RopeScaling::Linear { factor: 0.0 })));
        assert!(bad(llama(64).with_scaling(RopeScaling::Llama3 { factor: 8.0, low_freq_factor: 4.0, high_freq_factor: 1.0, original_max_position: 8192 })));
        let rope = Rope::new(ctx, llama(64)).unwrap();
        let t = |s: &[usize], dt: DType| upload(ctx, dt, s, &vec![0.5; s.iter().product()]).unwrap().0;
        let q = t(&[2, 5, 4, 64], DType::F32);
        let k = t(&[2, 5, 2, 64], DType::F32);
        let pos = RopePositions::Offset(0);
        assert!(matches!(rope.forward(&q, &t(&[2, 6, 2, 64], DType::F32), pos), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(rope.forward(&q, &t(&[2, 5, 2, 32], DType::F32), pos), Err(PmetalError::ShapeMismatch(_))));
        assert!(matches!(rope.forward(&q, &t(&[2, 5, 2, 64], DType::F16), pos), Err(PmetalError::DTypeMismatch { .. })));
        assert!(matches!(rope.forward(&t(&[10, 64], DType::F32), &k, pos), Err(PmetalError::ShapeMismatch(_))));
        let neg = GpuBuffer::<i32>::from_slice(ctx, &[0, 1, 2, 3, -1, 0, 1, 2, 3, 4], &[2, 5]).unwrap();
        assert!(matches!(rope.forward(&q, &k, RopePositions::Ids(&neg)), Err(PmetalError::InvalidArgument(_))));
        let wrong = GpuBuffer::<i32>::from_slice(ctx, &[0, 1, 2, 3], &[2, 2]).unwrap();
        assert!(matches!(rope.forward(&q, &k, RopePositions::Ids(&wrong)), Err(PmetalError::ShapeMismatch(_))));
        let _ = rng;
    });
}
