//! Verification helpers shared by the test suite and the `pmetal` runner's benchmark
//! harness: the per-dtype tolerance table, seeded inputs, poisoned outputs and error
//! measures. One file for both means the runner's pass/fail and the tests' pass/fail are
//! the same rule. It is compiled into each of them as a module (`bench-harness` names it
//! with `#[path]`) rather than being a crate, because an integration test depending on a
//! crate that depends on pmetal-metal would see a second copy of pmetal-metal's types.
//! It uses pmetal-metal's public API only; none of it is part of that API.

use pmetal_metal::{bf16, f16, DType, Element, GpuTensor, MetalContext, Result};
use rand::{Rng as _, RngCore as _, SeedableRng as _};

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

/// The seeded host generator of test inputs: ChaCha8 (`rand_chacha`) from a `u64` seed,
/// with normals from `rand_distr`. Same seed, same values on every machine; the methods are
/// the few draws the tests and the harness make.
#[derive(Clone, Debug)]
pub struct Rng(rand_chacha::ChaCha8Rng);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(rand_chacha::ChaCha8Rng::seed_from_u64(seed))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0.next_u64()
    }
    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        self.0.random()
    }
    /// Uniform in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0.random_range(0..n)
    }
    /// Standard normal.
    pub fn normal(&mut self) -> f64 {
        self.0.sample(rand_distr::StandardNormal)
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

/// `v` rounded to `T` (round to nearest even for the 16-bit floats).
fn to_elements<T: Element>(v: &[f64]) -> Vec<T> {
    v.iter().map(|&x| T::from_f64(x)).collect()
}

/// Rounds host values to `dtype` and back, i.e. what the device will see.
pub fn round_to(dtype: DType, v: &[f64]) -> Vec<f64> {
    fn via<T: Element>(v: &[f64]) -> Vec<f64> {
        to_elements::<T>(v).into_iter().map(T::to_f64).collect()
    }
    match dtype {
        DType::F32 => via::<f32>(v),
        DType::F16 => via::<f16>(v),
        DType::BF16 => via::<bf16>(v),
        DType::I32 => via::<i32>(v),
        DType::U32 => via::<u32>(v),
    }
}

/// `v` as the bytes of a `dtype` tensor.
pub fn encode(dtype: DType, v: &[f64]) -> Vec<u8> {
    fn via<T: Element>(v: &[f64]) -> Vec<u8> {
        bytemuck::cast_slice(&to_elements::<T>(v)).to_vec()
    }
    match dtype {
        DType::F32 => via::<f32>(v),
        DType::F16 => via::<f16>(v),
        DType::BF16 => via::<bf16>(v),
        DType::I32 => via::<i32>(v),
        DType::U32 => via::<u32>(v),
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

/// Downloads any tensor as f64.
pub fn download(t: &GpuTensor) -> Result<Vec<f64>> {
    fn via<T: Element>(t: &GpuTensor) -> Result<Vec<f64>> {
        Ok(t.to_vec::<T>()?.into_iter().map(T::to_f64).collect())
    }
    match t.dtype() {
        DType::F32 => via::<f32>(t),
        DType::F16 => via::<f16>(t),
        DType::BF16 => via::<bf16>(t),
        DType::I32 => via::<i32>(t),
        DType::U32 => via::<u32>(t),
    }
}

/// flash-attn's rule for attention outputs: within `tol` of the f64 reference `want`, or
/// a largest error at most twice that of the naive same-precision model `naive`
/// ([`pmetal_metal::reference::attention::naive`]) plus a floor of 2e-5 of the reference's rms.
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
