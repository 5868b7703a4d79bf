//! Verification helpers shared by the test suite and the `pmetal` runner: the per-dtype
//! tolerance table, seeded inputs, poisoned outputs and error measures. Keeping them here
//! means the runner's pass/fail and the tests' pass/fail are the same rule.

use crate::{Backend, DType, GpuTensor, MetalContext, Result};

/// Allowed error of one element: `|got - want| <= atol + rtol * |want|`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tolerance {
    pub rtol: f64,
    pub atol: f64,
}

/// The one per-dtype tolerance table. Kernels compute in f32; the reference runs in f64 on
/// the same (already rounded) inputs, so the error left is f32 arithmetic plus one final
/// rounding to the output dtype: half an ulp is 2^-24 (f32), 2^-11 (f16), 2^-8 (bf16),
/// and the rtol leaves 2x to 4x room over that for the f32 math before it.
pub const fn tolerance(dtype: DType) -> Tolerance {
    match dtype {
        DType::F32 => Tolerance { rtol: 2e-5, atol: 1e-6 },
        DType::F16 => Tolerance { rtol: 2e-3, atol: 1e-5 },
        DType::BF16 => Tolerance { rtol: 1.6e-2, atol: 1e-5 },
        DType::I32 | DType::U32 => Tolerance { rtol: 0.0, atol: 0.0 },
    }
}

/// The table's tolerance for outputs that come out of a reduction (a sum over a row or
/// over rows): the absolute floor becomes `rtol * rms(want)`, since cancellation leaves
/// an error proportional to the terms summed, not to the (possibly tiny) result.
pub fn reduction_tolerance(dtype: DType, want: &[f64]) -> Tolerance {
    tolerance_at_scale(dtype, rms(want))
}

/// The table's tolerance with its absolute floor raised to `rtol * scale`, for outputs
/// formed as a difference of terms of size `scale` (cancellation leaves an error
/// proportional to the terms, however small the result).
pub fn tolerance_at_scale(dtype: DType, scale: f64) -> Tolerance {
    let t = tolerance(dtype);
    Tolerance { rtol: t.rtol, atol: t.atol.max(t.rtol * scale) }
}

/// Root mean square of the finite values.
pub fn rms(v: &[f64]) -> f64 {
    (v.iter().filter(|x| x.is_finite()).map(|x| x * x).sum::<f64>() / v.len().max(1) as f64).sqrt()
}

/// Outcome of comparing a kernel's output with the reference.
#[derive(Clone, Copy, Debug, Default)]
pub struct Comparison {
    /// Largest `|got - want| / (atol/rtol + |want|)`: the relative error with an absolute
    /// floor, so tiny references do not blow it up.
    pub max_rel: f64,
    /// `||got - want|| / ||want||`.
    pub rel_l2: f64,
    /// Elements outside the tolerance (NaN counts as outside).
    pub failures: usize,
    /// Index of the worst element.
    pub worst: usize,
}

impl Comparison {
    pub fn passed(&self) -> bool {
        self.failures == 0
    }
}

/// Compares `got` against `want` under `tol`. NaN in `got` never passes (a NaN reference
/// must be matched by NaN).
pub fn compare(got: &[f64], want: &[f64], tol: Tolerance) -> Comparison {
    assert_eq!(got.len(), want.len(), "compare: lengths differ");
    let floor = if tol.rtol > 0.0 { tol.atol / tol.rtol } else { 1.0 };
    let mut c = Comparison::default();
    let (mut num, mut den) = (0.0f64, 0.0f64);
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let ok = if w.is_nan() { g.is_nan() } else { (g - w).abs() <= tol.atol + tol.rtol * w.abs() };
        let rel = if g.is_nan() != w.is_nan() { f64::INFINITY } else if w.is_nan() || g == w { 0.0 } else { (g - w).abs() / (floor + w.abs()) };
        if !ok {
            c.failures += 1;
        }
        if rel > c.max_rel || (!ok && c.failures == 1) {
            c.max_rel = c.max_rel.max(rel);
            c.worst = i;
        }
        if w.is_finite() && g.is_finite() {
            num += (g - w) * (g - w);
            den += w * w;
        }
    }
    c.rel_l2 = if den > 0.0 { (num / den).sqrt() } else { num.sqrt() };
    c
}

/// SplitMix64: a tiny seeded generator, enough for test inputs and identical everywhere.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in `0..n` (`n` > 0; the modulo bias is negligible for the small `n` used).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    /// Standard normal (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        let u1 = self.uniform().max(1e-300);
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
    /// `n` normal values scaled by `scale`.
    pub fn normals(&mut self, n: usize, scale: f64) -> Vec<f64> {
        (0..n).map(|_| self.normal() * scale).collect()
    }
}

/// A fresh seed: `PMETAL_SEED` if set (to replay a failure), else from the clock.
pub fn fresh_seed() -> u64 {
    if let Some(s) = std::env::var("PMETAL_SEED").ok().and_then(|s| s.parse().ok()) {
        return s;
    }
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    t.as_nanos() as u64 ^ 0x5DEE_CE66_D1CE_5EED
}

/// Rounds host values to `dtype` and back, i.e. what the device will see.
pub fn round_to(dtype: DType, v: &[f64]) -> Vec<f64> {
    match dtype {
        DType::F32 => v.iter().map(|&x| x as f32 as f64).collect(),
        DType::F16 => v.iter().map(|&x| half::f16::from_f64(x).to_f64()).collect(),
        DType::BF16 => v.iter().map(|&x| half::bf16::from_f64(x).to_f64()).collect(),
        DType::I32 => v.iter().map(|&x| x as i32 as f64).collect(),
        DType::U32 => v.iter().map(|&x| x as u32 as f64).collect(),
    }
}

/// `v` as the bytes of a `dtype` tensor.
pub fn encode(dtype: DType, v: &[f64]) -> Vec<u8> {
    match dtype {
        DType::F32 => bytemuck::cast_slice(&v.iter().map(|&x| x as f32).collect::<Vec<_>>()).to_vec(),
        DType::F16 => bytemuck::cast_slice(&v.iter().map(|&x| half::f16::from_f64(x)).collect::<Vec<_>>()).to_vec(),
        DType::BF16 => bytemuck::cast_slice(&v.iter().map(|&x| half::bf16::from_f64(x)).collect::<Vec<_>>()).to_vec(),
        DType::I32 => bytemuck::cast_slice(&v.iter().map(|&x| x as i32).collect::<Vec<_>>()).to_vec(),
        DType::U32 => bytemuck::cast_slice(&v.iter().map(|&x| x as u32).collect::<Vec<_>>()).to_vec(),
    }
}

/// Uploads f64 values as `dtype`; returns the tensor and the values as rounded.
pub fn upload(ctx: &MetalContext, dtype: DType, shape: &[usize], v: &[f64]) -> Result<(GpuTensor, Vec<f64>)> {
    let t = GpuTensor::from_bytes(ctx, dtype, shape, &encode(dtype, v))?;
    Ok((t, round_to(dtype, v)))
}

/// A tensor whose every element is NaN: a kernel that leaves any element unwritten fails.
pub fn poisoned(ctx: &MetalContext, dtype: DType, shape: &[usize]) -> Result<GpuTensor> {
    let n: usize = shape.iter().product();
    upload(ctx, dtype, shape, &vec![f64::NAN; n]).map(|(t, _)| t)
}

/// Downloads any float tensor as f64.
pub fn download(t: &GpuTensor) -> Result<Vec<f64>> {
    let b = t.to_bytes()?;
    Ok(match t.dtype() {
        DType::F32 => bytemuck::pod_collect_to_vec::<u8, f32>(&b).into_iter().map(f64::from).collect(),
        DType::F16 => bytemuck::pod_collect_to_vec::<u8, half::f16>(&b).into_iter().map(|x| x.to_f64()).collect(),
        DType::BF16 => bytemuck::pod_collect_to_vec::<u8, half::bf16>(&b).into_iter().map(|x| x.to_f64()).collect(),
        DType::I32 => bytemuck::pod_collect_to_vec::<u8, i32>(&b).into_iter().map(f64::from).collect(),
        DType::U32 => bytemuck::pod_collect_to_vec::<u8, u32>(&b).into_iter().map(f64::from).collect(),
    })
}

/// A context for every runtime compiled in and present on this machine, in preference
/// order. Tests run their one body on each.
pub fn contexts() -> Vec<MetalContext> {
    Backend::PREFERENCE.iter().filter(|b| b.compiled()).filter_map(|&b| MetalContext::with_backend(b).ok()).collect()
}

/// flash-attn's rule for attention outputs: within `tol` of the f64 reference `want`, or
/// a largest error at most twice that of the naive same-precision model `naive`
/// ([`crate::reference::attention::naive`]) plus a floor of 2e-5 of the reference's rms.
/// A -inf reference (a row that sees no key) must be matched exactly; NaN or any other
/// non-finite value fails. `Ok` carries the comparison against the reference; `Err` says
/// why the rule failed.
pub fn attention_rule(got: &[f64], want: &[f64], naive: &[f64], tol: Tolerance) -> std::result::Result<Comparison, String> {
    if got.len() != want.len() || naive.len() != want.len() {
        return Err(format!("lengths differ: got {}, want {}, naive {}", got.len(), want.len(), naive.len()));
    }
    let (mut g, mut w, mut n) = (vec![], vec![], vec![]);
    for i in 0..want.len() {
        if want[i] == f64::NEG_INFINITY {
            if got[i] != f64::NEG_INFINITY {
                return Err(format!("element {i} sees no key: got {}, want -inf", got[i]));
            }
            continue;
        }
        if !got[i].is_finite() {
            return Err(format!("element {i} is {} (want {})", got[i], want[i]));
        }
        g.push(got[i]);
        w.push(want[i]);
        n.push(naive[i]);
    }
    let c = compare(&g, &w, tol);
    if c.passed() {
        return Ok(c);
    }
    let max_err = |x: &[f64]| x.iter().zip(&w).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max);
    let (kernel, plain) = (max_err(&g), max_err(&n));
    let floor = 2e-5 * rms(&w);
    if kernel <= 2.0 * plain + floor {
        return Ok(Comparison { failures: 0, ..c });
    }
    Err(format!(
        "{} of {} outside the table tolerance (worst: got {} want {}), and the largest error {kernel:.3e} is over 2x the naive model's {plain:.3e} (+ {floor:.1e})",
        c.failures,
        w.len(),
        g[c.worst],
        w[c.worst]
    ))
}
