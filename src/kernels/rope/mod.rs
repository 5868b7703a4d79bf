//! Fused rotary position embedding (RoPE): q and k rotated in one launch, forward and
//! backward (the transpose rotation), in place or out of place.
//!
//! - Styles: rotate-half (NeoX / Llama / HF) and interleaved pairs (GPT-J, MLX
//!   "traditional").
//! - Layouts: `[batch, seq, heads, dim]` and `[batch, heads, seq, dim]`; q and k each have
//!   their own head count (GQA / MQA).
//! - Positions: a start offset (decode with a KV cache) or per-token ids `[batch, seq]`
//!   (sequence packing).
//! - Partial rotary: only the first `rotary_dim` of each head rotates; the rest passes.
//! - Frequencies: from `theta` and a [`RopeScaling`] rule (none, linear, dynamic NTK,
//!   Llama-3, YaRN with its attention factor). The per-frequency table (`rotary_dim/2`
//!   floats) is derived on the host in f64 and rounded to f32, as model code does; the
//!   kernel forms each angle `position * frequency` in f32 and takes cos/sin itself, so no
//!   cos/sin cache is read. A caller-given cos/sin cache is supported too
//!   ([`Rope::with_cache`]).

pub(crate) mod kernel;
mod launch;

use crate::context::with_client;
use crate::kernels::{check_context, check_dtype, check_float, check_same, vector_width, MAX_ELEMENTS_U32};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
use launch::{Args, Plan, Strides};

/// Which elements rotate together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RopeStyle {
    /// Element `i` with `i + rotary_dim/2` (GPT-NeoX, Llama, Hugging Face).
    #[default]
    RotateHalf,
    /// Element `2i` with `2i + 1` (GPT-J, MLX `traditional=True`).
    Interleaved,
}

/// Memory layout of q and k.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RopeLayout {
    /// `[batch, seq, heads, head_dim]`.
    #[default]
    Bshd,
    /// `[batch, heads, seq, head_dim]`.
    Bhsd,
}

/// How frequencies are adapted to contexts longer than the model was trained on.
/// Field names follow Hugging Face's `rope_scaling`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum RopeScaling {
    #[default]
    None,
    /// Positions divided by `factor`.
    Linear { factor: f64 },
    /// NTK-aware base stretched once the sequence exceeds `original_max_position`.
    DynamicNtk { factor: f64, original_max_position: usize },
    /// Llama 3.1: low frequencies divided by `factor`, high kept, a smooth ramp between.
    Llama3 { factor: f64, low_freq_factor: f64, high_freq_factor: f64, original_max_position: usize },
    /// YaRN: per-frequency blend of interpolation and extrapolation, and cos/sin scaled
    /// by the attention factor (default `0.1 ln(factor) + 1`).
    Yarn { factor: f64, original_max_position: usize, beta_fast: f64, beta_slow: f64, attention_factor: Option<f64> },
}

/// RoPE configuration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RopeConfig {
    pub head_dim: usize,
    /// Rotated leading part of each head (`head_dim` for full rotary).
    pub rotary_dim: usize,
    /// Base of the frequencies (10000 for Llama 2, 500000 for Llama 3).
    pub theta: f64,
    pub scaling: RopeScaling,
    pub style: RopeStyle,
    pub layout: RopeLayout,
}

impl RopeConfig {
    /// Full rotary, rotate-half, `[B, S, H, D]`, no scaling.
    pub fn new(head_dim: usize, theta: f64) -> Self {
        RopeConfig { head_dim, rotary_dim: head_dim, theta, scaling: RopeScaling::None, style: RopeStyle::RotateHalf, layout: RopeLayout::Bshd }
    }
    pub fn with_rotary_dim(mut self, rotary_dim: usize) -> Self {
        self.rotary_dim = rotary_dim;
        self
    }
    pub fn with_scaling(mut self, scaling: RopeScaling) -> Self {
        self.scaling = scaling;
        self
    }
    pub fn with_style(mut self, style: RopeStyle) -> Self {
        self.style = style;
        self
    }
    pub fn with_layout(mut self, layout: RopeLayout) -> Self {
        self.layout = layout;
        self
    }

    fn validate(&self) -> Result<()> {
        let bad = |m: String| Err(PmetalError::InvalidArgument(m));
        if self.head_dim == 0 || self.head_dim % 2 != 0 {
            return bad(format!("rope head_dim must be even and > 0, got {}", self.head_dim));
        }
        if self.rotary_dim == 0 || self.rotary_dim % 2 != 0 || self.rotary_dim > self.head_dim {
            return bad(format!("rope rotary_dim must be even, > 0 and <= head_dim {}, got {}", self.head_dim, self.rotary_dim));
        }
        if !(self.theta.is_finite() && self.theta > 1.0) {
            return bad(format!("rope theta must be finite and > 1, got {}", self.theta));
        }
        let factor_ok = |f: f64| f.is_finite() && f > 0.0;
        match self.scaling {
            RopeScaling::None => {}
            RopeScaling::Linear { factor } if factor_ok(factor) => {}
            RopeScaling::DynamicNtk { factor, original_max_position } if factor_ok(factor) && original_max_position > 0 && self.rotary_dim > 2 => {}
            RopeScaling::Llama3 { factor, low_freq_factor, high_freq_factor, original_max_position }
                if factor_ok(factor) && factor_ok(low_freq_factor) && high_freq_factor > low_freq_factor && original_max_position > 0 => {}
            RopeScaling::Yarn { factor, original_max_position, beta_fast, beta_slow, attention_factor }
                if factor_ok(factor) && original_max_position > 0 && beta_fast > beta_slow && beta_slow > 0.0
                    && attention_factor.is_none_or(factor_ok) => {}
            s => return bad(format!("rope scaling parameters out of range: {s:?}")),
        }
        Ok(())
    }

    /// The `rotary_dim/2` frequencies (radians per position) for a call whose positions
    /// reach `seq_len`, in f64, and the factor cos/sin are scaled by.
    pub fn frequencies(&self, seq_len: usize) -> (Vec<f64>, f64) {
        let r = self.rotary_dim as f64;
        let base_freqs = |theta: f64| -> Vec<f64> { (0..self.rotary_dim / 2).map(|i| theta.powf(-((2 * i) as f64) / r)).collect() };
        match self.scaling {
            RopeScaling::None => (base_freqs(self.theta), 1.0),
            RopeScaling::Linear { factor } => (base_freqs(self.theta).into_iter().map(|f| f / factor).collect(), 1.0),
            RopeScaling::DynamicNtk { factor, original_max_position } => {
                let theta = if seq_len > original_max_position {
                    let m = factor * seq_len as f64 / original_max_position as f64 - (factor - 1.0);
                    self.theta * m.powf(r / (r - 2.0))
                } else {
                    self.theta
                };
                (base_freqs(theta), 1.0)
            }
            RopeScaling::Llama3 { factor, low_freq_factor, high_freq_factor, original_max_position } => {
                let old = original_max_position as f64;
                let (low_wavelen, high_wavelen) = (old / low_freq_factor, old / high_freq_factor);
                let f = base_freqs(self.theta)
                    .into_iter()
                    .map(|f| {
                        let wavelen = 2.0 * std::f64::consts::PI / f;
                        if wavelen < high_wavelen {
                            f
                        } else if wavelen > low_wavelen {
                            f / factor
                        } else {
                            let smooth = (old / wavelen - low_freq_factor) / (high_freq_factor - low_freq_factor);
                            (1.0 - smooth) * f / factor + smooth * f
                        }
                    })
                    .collect();
                (f, 1.0)
            }
            RopeScaling::Yarn { factor, original_max_position, beta_fast, beta_slow, attention_factor } => {
                let correction_dim = |rotations: f64| {
                    r * (original_max_position as f64 / (rotations * 2.0 * std::f64::consts::PI)).ln() / (2.0 * self.theta.ln())
                };
                let low = correction_dim(beta_fast).floor().max(0.0);
                let high = correction_dim(beta_slow).ceil().min(r - 1.0);
                let high = if high == low { high + 0.001 } else { high };
                let f = base_freqs(self.theta)
                    .into_iter()
                    .enumerate()
                    .map(|(i, extrapolated)| {
                        let ramp = ((i as f64 - low) / (high - low)).clamp(0.0, 1.0);
                        let extrapolation_weight = 1.0 - ramp;
                        extrapolated / factor * (1.0 - extrapolation_weight) + extrapolated * extrapolation_weight
                    })
                    .collect();
                let mscale = attention_factor.unwrap_or(if factor > 1.0 { 0.1 * factor.ln() + 1.0 } else { 1.0 });
                (f, mscale)
            }
        }
    }
}

/// Heads one unit rotates: 4 by default, the best of a sweep, within 2% of larger groups
/// (bench/results/tuning-decisions.md; `PMETAL_ROPE_HEAD_GROUP` overrides it).
fn head_group(tuning: &crate::tuning::Tuning) -> usize {
    tuning.rope_head_group.unwrap_or(4)
}

/// Positions of the tokens of a call.
#[derive(Clone, Copy, Debug)]
pub enum RopePositions<'a> {
    /// Token `s` of every sequence sits at `offset + s` (decode with a KV cache: the
    /// number of cached tokens).
    Offset(usize),
    /// Per-token positions, i32 `[batch, seq]` (sequence packing). Validated on the host
    /// (one small read), so negative ids and ids past a cache are typed errors.
    Ids(&'a GpuTensor),
}

/// A caller-given cos/sin cache.
#[derive(Clone, Debug)]
struct Cache {
    cos: GpuTensor,
    sin: GpuTensor,
    max_position: usize,
}

/// Fused RoPE. See the module docs.
#[derive(Clone, Debug)]
pub struct Rope {
    ctx: MetalContext,
    cfg: RopeConfig,
    cache: Option<Cache>,
}

/// Shape facts of one call.
struct Call {
    batch: usize,
    seq: usize,
    q_heads: usize,
    k_heads: usize,
}

impl Rope {
    /// RoPE with frequencies from `cfg`.
    pub fn new(ctx: &MetalContext, cfg: RopeConfig) -> Result<Self> {
        cfg.validate()?;
        Ok(Rope { ctx: ctx.clone(), cfg, cache: None })
    }

    /// RoPE reading caller-given `cos` and `sin` (f32 `[max_position, rotary_dim/2]`,
    /// already scaled) instead of computing them; `cfg.theta`/`scaling` are then unused.
    pub fn with_cache(ctx: &MetalContext, cfg: RopeConfig, cos: &GpuTensor, sin: &GpuTensor) -> Result<Self> {
        cfg.validate()?;
        for t in [cos, sin] {
            check_context(ctx, t)?;
            check_dtype(DType::F32, t)?;
            if t.shape().len() != 2 || t.shape()[1] != cfg.rotary_dim / 2 || t.shape()[0] == 0 {
                return Err(PmetalError::ShapeMismatch(format!(
                    "rope cos/sin cache must be [max_position, {}], got {:?}",
                    cfg.rotary_dim / 2,
                    t.shape()
                )));
            }
        }
        if cos.shape() != sin.shape() {
            return Err(PmetalError::ShapeMismatch(format!("rope cos {:?} vs sin {:?}", cos.shape(), sin.shape())));
        }
        let cache = Cache { cos: cos.clone(), sin: sin.clone(), max_position: cos.shape()[0] };
        Ok(Rope { ctx: ctx.clone(), cfg, cache: Some(cache) })
    }

    /// The configuration.
    pub fn config(&self) -> &RopeConfig {
        &self.cfg
    }

    fn check(&self, q: &GpuTensor, k: &GpuTensor) -> Result<Call> {
        check_float(q, "rope")?;
        check_context(&self.ctx, q)?;
        check_context(&self.ctx, k)?;
        check_dtype(q.dtype(), k)?;
        let dims = |t: &GpuTensor, what: &str| -> Result<(usize, usize, usize)> {
            let s = t.shape();
            if s.len() != 4 || s[3] != self.cfg.head_dim {
                return Err(PmetalError::ShapeMismatch(format!(
                    "rope {what} must be 4-D with head_dim {} last ({:?} layout), got {s:?}",
                    self.cfg.head_dim, self.cfg.layout
                )));
            }
            Ok(match self.cfg.layout {
                RopeLayout::Bshd => (s[0], s[1], s[2]),
                RopeLayout::Bhsd => (s[0], s[2], s[1]),
            })
        };
        let (bq, sq, hq) = dims(q, "q")?;
        let (bk, sk, hk) = dims(k, "k")?;
        if (bq, sq) != (bk, sk) {
            return Err(PmetalError::ShapeMismatch(format!("rope q and k differ in batch/seq: {:?} vs {:?}", q.shape(), k.shape())));
        }
        if q.numel() == 0 || hk == 0 {
            return Err(PmetalError::Empty("rope q or k".into()));
        }
        Ok(Call { batch: bq, seq: sq, q_heads: hq, k_heads: hk })
    }

    /// Validates positions; returns (offset, ids, largest position + 1).
    fn positions(&self, call: &Call, pos: RopePositions<'_>) -> Result<(u32, Option<GpuTensor>, usize)> {
        let (offset, ids, end) = match pos {
            RopePositions::Offset(o) => {
                let end = o.checked_add(call.seq).filter(|&e| e <= u32::MAX as usize).ok_or_else(|| {
                    PmetalError::InvalidArgument(format!("rope position offset {o} + seq {} overflows 32 bits", call.seq))
                })?;
                (o as u32, None, end)
            }
            RopePositions::Ids(ids) => {
                check_context(&self.ctx, ids)?;
                check_dtype(DType::I32, ids)?;
                if ids.shape() != [call.batch, call.seq] {
                    return Err(PmetalError::ShapeMismatch(format!(
                        "rope position ids must be [{}, {}], got {:?}",
                        call.batch,
                        call.seq,
                        ids.shape()
                    )));
                }
                let host = ids.to_vec::<i32>()?;
                if let Some((i, &v)) = host.iter().enumerate().find(|(_, &v)| v < 0) {
                    return Err(PmetalError::InvalidArgument(format!("rope position id {v} at {i} is negative")));
                }
                let end = host.iter().copied().max().unwrap_or(0) as usize + 1;
                (0, Some(ids.clone()), end)
            }
        };
        if let Some(c) = &self.cache {
            if end > c.max_position {
                return Err(PmetalError::InvalidArgument(format!(
                    "rope position {} is past the cos/sin cache ({} positions)",
                    end - 1,
                    c.max_position
                )));
            }
        }
        Ok((offset, ids, end))
    }

    /// Rotated copies of q and k.
    pub fn forward(&self, q: &GpuTensor, k: &GpuTensor, pos: RopePositions<'_>) -> Result<(GpuTensor, GpuTensor)> {
        let (qo, ko) = (GpuTensor::empty(&self.ctx, q.dtype(), q.shape())?, GpuTensor::empty(&self.ctx, k.dtype(), k.shape())?);
        self.run(q, k, &qo, &ko, pos, false, true)?;
        Ok((qo, ko))
    }

    /// Rotates q and k in place.
    pub fn forward_in_place(&self, q: &GpuTensor, k: &GpuTensor, pos: RopePositions<'_>) -> Result<()> {
        self.run(q, k, q, k, pos, false, false)
    }

    /// Gradients of q and k before the rotation, from those after (the transpose rotation).
    pub fn backward(&self, dq: &GpuTensor, dk: &GpuTensor, pos: RopePositions<'_>) -> Result<(GpuTensor, GpuTensor)> {
        let (qo, ko) = (GpuTensor::empty(&self.ctx, dq.dtype(), dq.shape())?, GpuTensor::empty(&self.ctx, dk.dtype(), dk.shape())?);
        self.run(dq, dk, &qo, &ko, pos, true, true)?;
        Ok((qo, ko))
    }

    /// Backward in place.
    pub fn backward_in_place(&self, dq: &GpuTensor, dk: &GpuTensor, pos: RopePositions<'_>) -> Result<()> {
        self.run(dq, dk, dq, dk, pos, true, false)
    }

    /// Forward into caller-given outputs (same shapes as q and k).
    pub fn forward_into(&self, q: &GpuTensor, k: &GpuTensor, q_out: &GpuTensor, k_out: &GpuTensor, pos: RopePositions<'_>) -> Result<()> {
        check_same(&self.ctx, q, q_out, "q_out")?;
        check_same(&self.ctx, k, k_out, "k_out")?;
        self.run(q, k, q_out, k_out, pos, false, true)
    }

    /// Unfused baseline of [`forward`](Self::forward): q and k in two launches, each
    /// reading a cos/sin table from memory (built on the host per call, as eager
    /// frameworks materialise it). On a Rope made [`with_cache`](Self::with_cache) the
    /// table is that cache, so the benchmark times the two launches alone.
    // Public only for the benchmark harness (bench-harness/, the runner's "unfused" rows)
    // and the tests that check this baseline: it rotates q and k in separate launches,
    // which no public op does. Not part of the API.
    #[doc(hidden)]
    pub fn forward_unfused(&self, q: &GpuTensor, k: &GpuTensor, pos: RopePositions<'_>) -> Result<(GpuTensor, GpuTensor)> {
        let call = self.check(q, k)?;
        let (_, _, end) = self.positions(&call, pos)?;
        let table = self.cos_sin_table(end)?;
        let (qo, ko) = (GpuTensor::empty(&self.ctx, q.dtype(), q.shape())?, GpuTensor::empty(&self.ctx, k.dtype(), k.shape())?);
        table.run_one(q, &qo, pos, true)?;
        table.run_one(k, &ko, pos, false)?;
        Ok((qo, ko))
    }

    fn cos_sin_table(&self, end: usize) -> Result<Rope> {
        if end == 0 {
            return Err(PmetalError::InvalidArgument("rope: a cos/sin table needs at least one position".into()));
        }
        if self.cache.is_some() {
            return Ok(self.clone());
        }
        // The table is built on the host first: its size is checked before that memory is
        // asked for (an allocation that large aborts the process instead of failing), and
        // the kernel reads it with 32-bit indices.
        let half = self.cfg.rotary_dim / 2;
        let entries = (end as u64).checked_mul(half as u64).filter(|&n| n <= MAX_ELEMENTS_U32).ok_or_else(|| {
            PmetalError::TooLarge(format!("rope: a cos/sin table of {end} positions x {half} frequencies passes {MAX_ELEMENTS_U32} entries"))
        })?;
        self.ctx.check_binding(entries * 4, || format!("rope's cos/sin table of {end} positions"))?;
        let (freqs, mscale) = self.cfg.frequencies(end);
        let (mut cos, mut sin) = (Vec::with_capacity(end * half), Vec::with_capacity(end * half));
        for p in 0..end {
            for &f in &freqs {
                let a = (p as f32 * f as f32) as f64;
                cos.push((a.cos() * mscale) as f32);
                sin.push((a.sin() * mscale) as f32);
            }
        }
        let c = crate::buffer::GpuBuffer::from_slice(&self.ctx, &cos, &[end, half])?;
        let s = crate::buffer::GpuBuffer::from_slice(&self.ctx, &sin, &[end, half])?;
        Rope::with_cache(&self.ctx, self.cfg, &c, &s)
    }

    /// One tensor alone (the baseline's launches): the other slot gets zero heads.
    fn run_one(&self, x: &GpuTensor, out: &GpuTensor, pos: RopePositions<'_>, as_q: bool) -> Result<()> {
        self.run_heads(x, x, out, out, pos, false, true, (as_q, !as_q))
    }

    #[allow(clippy::too_many_arguments)]
    fn run(&self, q: &GpuTensor, k: &GpuTensor, q_out: &GpuTensor, k_out: &GpuTensor, pos: RopePositions<'_>, backward: bool, out_of_place: bool) -> Result<()> {
        self.run_heads(q, k, q_out, k_out, pos, backward, out_of_place, (true, true))
    }

    #[allow(clippy::too_many_arguments)]
    fn run_heads(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        q_out: &GpuTensor,
        k_out: &GpuTensor,
        pos: RopePositions<'_>,
        backward: bool,
        out_of_place: bool,
        (do_q, do_k): (bool, bool),
    ) -> Result<()> {
        let call = self.check(q, k)?;
        let (offset, ids, end) = self.positions(&call, pos)?;
        let cfg = &self.cfg;
        let storage = self.ctx.storage_of(q.dtype());
        let half = cfg.rotary_dim / 2;
        let pass = cfg.head_dim - cfg.rotary_dim;
        let vec = match cfg.style {
            RopeStyle::Interleaved => 1,
            RopeStyle::RotateHalf => vector_width(self.ctx.info(), storage, &[half, pass.max(half), cfg.head_dim]),
        };
        let wide = q.numel().max(k.numel()) > MAX_ELEMENTS_U32;
        if wide && !self.ctx.supports_u64_addressing() {
            return Err(PmetalError::TooLarge(format!("{} elements need 64-bit addressing, which this device lacks", q.numel())));
        }
        let tokens = call.batch * call.seq;
        if tokens > u32::MAX as usize {
            return Err(PmetalError::TooLarge(format!("rope: {tokens} tokens")));
        }
        let strides = |heads: usize, on: bool| {
            let (d, s) = (cfg.head_dim / vec, call.seq);
            let heads_run = if on { heads as u32 } else { 0 };
            match cfg.layout {
                RopeLayout::Bshd => Strides { batch: (s * heads * d) as u32, seq: (heads * d) as u32, head: d as u32, heads: heads_run },
                RopeLayout::Bhsd => Strides { batch: (heads * s * d) as u32, seq: d as u32, head: (s * d) as u32, heads: heads_run },
            }
        };
        let (freqs, mscale) = cfg.frequencies(end);
        let freqs: Vec<f32> = freqs.iter().map(|&f| f as f32).collect();
        let inv_freq = crate::buffer::GpuBuffer::from_vec1(&self.ctx, &freqs)?;
        let cached = self.cache.is_some();
        let plan = Plan {
            storage,
            vec,
            tokens,
            seq: call.seq,
            pairs: half / vec,
            pass: pass / vec,
            offset,
            mscale: if cached { 1.0 } else { mscale as f32 },
            backward,
            interleaved: cfg.style == RopeStyle::Interleaved,
            ids: ids.is_some(),
            cached,
            copy_pass: out_of_place && pass > 0,
            wide,
            group: head_group(self.ctx.tuning()),
        };
        let args = Args {
            q: q.handle(),
            k: k.handle(),
            q_out: q_out.handle(),
            k_out: k_out.handle(),
            q_len: q.numel() as usize,
            k_len: k.numel() as usize,
            qs: strides(call.q_heads, do_q),
            ks: strides(call.k_heads, do_k),
            inv_freq: inv_freq.handle(),
            cache: self.cache.as_ref().map(|c| (c.cos.handle(), c.sin.handle(), c.cos.numel() as usize)),
            ids: ids.as_ref().map(|t| (t.handle(), t.numel() as usize)),
        };
        self.ctx.note_launch(|| plan.key());
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::rope::<R>(c, info, plan, args));
        Ok(())
    }
}
