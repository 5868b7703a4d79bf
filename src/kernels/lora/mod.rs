//! Fused LoRA: the linear layer, RMSNorm + LoRA, and the SwiGLU MLP with LoRA on each
//! projection, forward and backward, on pmetal's fused dual-K GEMM ([`FusedGemm`]). On
//! CUDA its library path runs each dual-K product on the matmul op's GEMM: with cuBLASLt
//! as the adapter's product written into y and the base product accumulated onto it
//! (beta = 1), with cubek as one GEMM over a concatenated K (`[x | 1 | s t] [W | bias | B]^T`;
//! see `fused_gemm/library.rs`); elsewhere pmetal's own GEMM kernel takes the two K
//! segments into one accumulator.
//!
//! ## LoRA linear ([`LoraLinear`])
//! `y = x W^T (+ bias) + s (drop(x) A^T) B^T`, x `[..., in]`, W `[out, in]` (frozen),
//! A `[r, in]`, B `[out, r]`, bias `[out]`, scale `s` (alpha / r), all one dtype (f32,
//! f16, bf16; f32 accumulation). Forward, two launches:
//! 1. `t = drop(x) A^T` `[M, r]` (the fused GEMM, dropout applied as x is loaded);
//! 2. `y = x W^T + s t B^T (+ bias)`: ONE GEMM over two K segments (K = in, then K = r)
//!    into one accumulator; the low-rank term costs r/in of the base GEMM and no pass
//!    over y. `t` is kept for the backward (`forward`) or dropped (`infer`).
//!
//! Backward from dy `[M, out]` (W and the bias get no gradient):
//! `g = s dy B` `[M, r]`; `dx = dy W + drop(g A)` (one dual-K GEMM; with dropout the
//! mask sits between the two products, so two launches, the second accumulating);
//! `dA = g^T drop(x)`; `dB = s dy^T t` (t recomputed when not given). Five GEMM launches,
//! no element-wise passes. The rank-sized intermediates `t` and `g` are held in the
//! inputs' dtype, as an unfused model of that dtype holds them.
//!
//! ## Several adapters per batch ([`LoraLinear::forward_multi`], [`MultiLoraWeights`])
//! Each row names its adapter (i32 per row; none for an index outside the range). `t` is
//! computed for every adapter with the stacked A and zeroed outside each row's block by
//! a small kernel, so `y` is still one dual-K GEMM against the concatenated B; the
//! backward zeroes `g` the same way. The adapter path costs `adapters` times a single
//! adapter's (rank-sized) FLOPs: meant for a few adapters per batch.
//!
//! ## RMSNorm + LoRA ([`RmsNormLora`])
//! `y = LoRA(RMSNorm(x) * (offset + w_norm))`. The forward computes the per-row rstd once
//! (RMSNorm's row kernel, `[M]` f32) and both GEMMs (`t` and `y`) apply it and the norm
//! weight in their A prologue as x is loaded: the normalised activations are never
//! written. (On the library path, CUDA, the prologue is applied as x is packed into the
//! concatenated operand: normalised x exists only as that GEMM operand, which the
//! concatenation copies anyway. It is packed once for `t` and once for `y`, which makes
//! the fused forward slightly slower than RMSNorm followed by the fused LoRA
//! (bench/results/tuning-decisions.md). Packing once, with `t` computed from the first
//! K1 columns of the packed operand, is the fix.) The backward materialises them once (`[M, in]`, the inputs' dtype: the
//! weight-gradient GEMM `dA = g^T x_hat` reads them as its B operand), runs the LoRA
//! backward on them to get `d x_hat`, then RMSNorm's backward for `dx` and `d_w_norm`.
//!
//! ## LoRA MLP ([`LoraMlp`])
//! `y = down(silu(gate(x)) * up(x))`, each projection a LoRA linear (no biases). The
//! forward keeps gate, up, h and the three `t` for the backward; the backward runs
//! down's backward, the SwiGLU backward, then gate's and up's (up's dx accumulates into
//! gate's in the same dual-K GEMM epilogue: no add pass).

pub(crate) mod kernel;
mod launch;

use crate::context::with_client;
use crate::kernels::fused_gemm::{DropSite, Dropout, FusedGemm, FusedGemmCall, GemmPath, GemmSegment};
use crate::kernels::matmul::{matmul, matmul_accumulate};
use crate::kernels::{check_context, check_float, check_like, check_size};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
use crate::kernels::rmsnorm::RmsNorm;
use crate::kernels::swiglu::SwiGlu;

/// One LoRA projection's weights: frozen W `[out, in]`, optional bias `[out]`, adapter
/// A `[r, in]` and B `[out, r]`.
#[derive(Clone, Copy, Debug)]
pub struct LoraWeights<'a> {
    pub w: &'a GpuTensor,
    pub bias: Option<&'a GpuTensor>,
    pub a: &'a GpuTensor,
    pub b: &'a GpuTensor,
}

impl<'a> LoraWeights<'a> {
    pub fn new(w: &'a GpuTensor, a: &'a GpuTensor, b: &'a GpuTensor) -> Self {
        LoraWeights { w, bias: None, a, b }
    }
    pub fn with_bias(mut self, bias: Option<&'a GpuTensor>) -> Self {
        self.bias = bias;
        self
    }
}

/// Several adapters in one batch (multi-tenant serving and training), each row of x
/// using its own: adapter `j`'s A is rows `j*r..(j+1)*r` of `a` `[adapters * r, in]`, its
/// B columns `j*r..(j+1)*r` of `b` `[out, adapters * r]`; `adapter` `[M]` i32 holds each
/// row's index (outside `0..adapters`: no adapter, the base layer alone).
#[derive(Clone, Copy, Debug)]
pub struct MultiLoraWeights<'a> {
    pub w: &'a GpuTensor,
    pub bias: Option<&'a GpuTensor>,
    pub a: &'a GpuTensor,
    pub b: &'a GpuTensor,
    pub rank: usize,
    pub adapter: &'a GpuTensor,
}

/// What [`LoraLinear::forward`] returns.
#[derive(Clone, Debug)]
pub struct LoraForward {
    /// `[..., out]`, the inputs' dtype.
    pub y: GpuTensor,
    /// `drop(x) A^T` `[M, r]`, saved for the backward.
    pub t: GpuTensor,
}

/// What [`LoraLinear::backward`] returns.
#[derive(Clone, Debug)]
pub struct LoraGrads {
    /// Shape of x.
    pub dx: GpuTensor,
    /// `[r, in]`.
    pub da: GpuTensor,
    /// `[out, r]`.
    pub db: GpuTensor,
}

/// Validated shapes of one LoRA call.
#[derive(Clone, Debug)]
struct Shape {
    dtype: DType,
    m: usize,
    inf: usize,
    outf: usize,
    r: usize,
    /// x's leading dims.
    lead: Vec<usize>,
}

/// The fused LoRA linear layer. See the module docs.
#[derive(Clone, Debug)]
pub struct LoraLinear {
    ctx: MetalContext,
    scale: f32,
    dropout: Option<Dropout>,
    gemm: FusedGemm,
}

impl LoraLinear {
    /// LoRA with scale `s` (alpha / r), which must be finite.
    pub fn new(ctx: &MetalContext, scale: f32) -> Result<Self> {
        if !scale.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("lora scale must be finite, got {scale}")));
        }
        Ok(LoraLinear { ctx: ctx.clone(), scale, dropout: None, gemm: FusedGemm::new(ctx) })
    }

    /// Adapter dropout (on x, adapter path only) with a seeded mask; `p` in [0, 1).
    pub fn with_dropout(mut self, d: Option<Dropout>) -> Result<Self> {
        if let Some(d) = &d {
            d.validate()?;
        }
        self.dropout = d.filter(|d| d.p > 0.0);
        Ok(self)
    }

    /// Pins the fused GEMM's inner path (tests, benchmarks).
    pub fn with_path(mut self, path: GemmPath) -> Self {
        self.gemm = self.gemm.with_path(path);
        self
    }

    pub fn scale(&self) -> f32 {
        self.scale
    }

    fn shape(&self, x: &GpuTensor, l: &LoraWeights<'_>) -> Result<Shape> {
        let ctx = &self.ctx;
        check_context(ctx, x)?;
        check_float(x, "lora")?;
        let (inf, lead) = match x.shape().split_last() {
            Some((&i, rest)) if !rest.is_empty() => (i, rest.to_vec()),
            _ => return Err(PmetalError::ShapeMismatch(format!("lora x must be [..., in_features], got {:?}", x.shape()))),
        };
        check_size(x, "lora x")?;
        let dt = x.dtype();
        let outf = match l.w.shape() {
            &[o, i] if i == inf => o,
            s => return Err(PmetalError::ShapeMismatch(format!("lora W must be [out, {inf}], got {s:?}"))),
        };
        check_like(ctx, dt, &[outf, inf], l.w, "lora W")?;
        check_size(l.w, "lora W")?;
        let r = match l.a.shape() {
            &[r, i] if i == inf => r,
            s => return Err(PmetalError::ShapeMismatch(format!("lora A must be [rank, {inf}], got {s:?}"))),
        };
        if r == 0 {
            return Err(PmetalError::Empty("lora A (rank 0)".into()));
        }
        check_like(ctx, dt, &[r, inf], l.a, "lora A")?;
        if l.b.shape() != [outf, r] {
            return Err(PmetalError::ShapeMismatch(format!(
                "lora B must be [{outf}, {r}] (out features, the rank of A), got {:?}",
                l.b.shape()
            )));
        }
        check_like(ctx, dt, &[outf, r], l.b, "lora B")?;
        if let Some(b) = l.bias {
            check_like(ctx, dt, &[outf], b, "lora bias")?;
        }
        let m = (x.numel() / inf as u64) as usize;
        Ok(Shape { dtype: dt, m, inf, outf, r, lead })
    }

    fn out_shape(s: &Shape, last: usize) -> Vec<usize> {
        let mut v = s.lead.clone();
        v.push(last);
        v
    }

    /// `t = drop(x) A^T` (`row_scale`/`col_scale`: the RMSNorm prologue on x).
    fn low_rank(&self, s: &Shape, x2: &GpuTensor, a: &GpuTensor, norm: Option<(&GpuTensor, &GpuTensor, f32)>) -> Result<GpuTensor> {
        let t = GpuTensor::empty(&self.ctx, s.dtype, &[s.m, s.r])?;
        let mut call = FusedGemmCall::new(GemmSegment::new(x2, false, a, true)).with_dropout(DropSite::A1, self.dropout);
        if let Some((rstd, wn, off)) = norm {
            call = call.with_row_scale(rstd).with_col_scale(wn, off);
        }
        self.gemm.run(&call, &t)?;
        Ok(t)
    }

    /// `y = x W^T + s t B^T (+ bias)`, one dual-K GEMM.
    fn project(&self, s: &Shape, x2: &GpuTensor, l: &LoraWeights<'_>, t: &GpuTensor, norm: Option<(&GpuTensor, &GpuTensor, f32)>) -> Result<GpuTensor> {
        let y = GpuTensor::empty(&self.ctx, s.dtype, &Self::out_shape(s, s.outf))?;
        let y2 = y.reshape(&[s.m, s.outf])?;
        let mut call = FusedGemmCall::new(GemmSegment::new(x2, false, l.w, true))
            .with_second(GemmSegment::new(t, false, l.b, true), self.scale)
            .with_bias(l.bias);
        if let Some((rstd, wn, off)) = norm {
            call = call.with_row_scale(rstd).with_col_scale(wn, off);
        }
        self.gemm.run(&call, &y2)?;
        Ok(y)
    }

    /// Forward for training: `y` and the saved `t`.
    pub fn forward(&self, x: &GpuTensor, l: &LoraWeights<'_>) -> Result<LoraForward> {
        let s = self.shape(x, l)?;
        let x2 = x.reshape(&[s.m, s.inf])?;
        let t = self.low_rank(&s, &x2, l.a, None)?;
        let y = self.project(&s, &x2, l, &t, None)?;
        Ok(LoraForward { y, t })
    }

    /// Inference: `y` only (no dropout; `t` is freed as soon as the GEMM is queued).
    pub fn infer(&self, x: &GpuTensor, l: &LoraWeights<'_>) -> Result<GpuTensor> {
        let op = LoraLinear { dropout: None, ..self.clone() };
        Ok(op.forward(x, l)?.y)
    }

    /// Backward: `dx`, `dA`, `dB` from the forward's x and `dy`; `t` from the forward
    /// (recomputed when `None`).
    pub fn backward(&self, x: &GpuTensor, l: &LoraWeights<'_>, t: Option<&GpuTensor>, dy: &GpuTensor) -> Result<LoraGrads> {
        let s = self.shape(x, l)?;
        let dx = GpuTensor::empty(&self.ctx, s.dtype, x.shape())?;
        let (da, db) = self.backward_into(&s, x, l, t, dy, &dx, false)?;
        Ok(LoraGrads { dx, da, db })
    }

    /// The backward with `dx` written (or, with `accumulate`, added) into `dx`.
    #[allow(clippy::too_many_arguments)]
    fn backward_into(&self, s: &Shape, x: &GpuTensor, l: &LoraWeights<'_>, t: Option<&GpuTensor>, dy: &GpuTensor, dx: &GpuTensor, accumulate: bool) -> Result<(GpuTensor, GpuTensor)> {
        let ctx = &self.ctx;
        check_like(ctx, s.dtype, &Self::out_shape(s, s.outf), dy, "lora dy")?;
        let x2 = x.reshape(&[s.m, s.inf])?;
        let dy2 = dy.reshape(&[s.m, s.outf])?;
        let dx2 = dx.reshape(&[s.m, s.inf])?;
        let t_own;
        let t = match t {
            Some(t) => {
                check_like(ctx, s.dtype, &[s.m, s.r], t, "lora saved t")?;
                t
            }
            None => {
                t_own = self.low_rank(s, &x2, l.a, None)?;
                &t_own
            }
        };
        // g = s dy B
        let g = GpuTensor::empty(ctx, s.dtype, &[s.m, s.r])?;
        self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&dy2, false, l.b, false)).with_alpha1(self.scale), &g)?;
        // dx = dy W + drop(g A)
        match self.dropout {
            None => {
                let call = FusedGemmCall::new(GemmSegment::new(&dy2, false, l.w, false))
                    .with_second(GemmSegment::new(&g, false, l.a, false), 1.0)
                    .accumulate(accumulate);
                self.gemm.run(&call, &dx2)?;
            }
            Some(d) => {
                self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&dy2, false, l.w, false)).accumulate(accumulate), &dx2)?;
                let call = FusedGemmCall::new(GemmSegment::new(&g, false, l.a, false)).with_dropout(DropSite::Out, Some(d)).accumulate(true);
                self.gemm.run(&call, &dx2)?;
            }
        }
        // dA = g^T drop(x), dB = s dy^T t
        let da = GpuTensor::empty(ctx, s.dtype, &[s.r, s.inf])?;
        self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&g, true, &x2, false)).with_dropout(DropSite::B1, self.dropout), &da)?;
        let db = GpuTensor::empty(ctx, s.dtype, &[s.outf, s.r])?;
        self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&dy2, true, t, false)).with_alpha1(self.scale), &db)?;
        Ok((da, db))
    }

    /// Validates a multi-adapter call; returns the shape (rank = adapters * r) and r.
    fn multi_shape(&self, x: &GpuTensor, l: &MultiLoraWeights<'_>) -> Result<(Shape, usize)> {
        let s = self.shape(x, &LoraWeights { w: l.w, bias: l.bias, a: l.a, b: l.b })?;
        if l.rank == 0 || s.r % l.rank != 0 {
            return Err(PmetalError::ShapeMismatch(format!(
                "multi-adapter lora: A has {} rows, not a multiple of the rank {}",
                s.r, l.rank
            )));
        }
        check_like(&self.ctx, DType::I32, &[s.m], l.adapter, "multi-adapter lora row adapter indices (i32 [tokens])")?;
        Ok((s, l.rank))
    }

    /// Zeroes a `[M, adapters * r]` intermediate outside each row's adapter block.
    fn select(&self, s: &Shape, r: usize, t: &GpuTensor, idx: &GpuTensor) {
        let st = self.ctx.storage_of(s.dtype);
        let (th, ih, info, (m, cols)) = (t.handle(), idx.handle(), self.ctx.info(), (s.m, s.r));
        self.ctx.note_launch(|| format!("lora_select_adapter/{}", st.name()));
        with_client!(self.ctx, |c, R| launch::select_adapter::<R>(c, info, st, th, ih, m, cols, r));
    }

    /// Multi-adapter forward: `y = x W^T (+ bias) + s t B^T` with `t = drop(x) A^T`
    /// computed for every adapter and zeroed outside each row's (one small extra pass over
    /// `t`), so the base and adapter products stay one dual-K GEMM. Costs `adapters` times
    /// the single adapter's FLOPs on the (rank-sized) adapter path: meant for a few
    /// adapters per batch.
    pub fn forward_multi(&self, x: &GpuTensor, l: &MultiLoraWeights<'_>) -> Result<LoraForward> {
        let (s, r) = self.multi_shape(x, l)?;
        let x2 = x.reshape(&[s.m, s.inf])?;
        let t = self.low_rank(&s, &x2, l.a, None)?;
        self.select(&s, r, &t, l.adapter);
        let y = self.project(&s, &x2, &LoraWeights { w: l.w, bias: l.bias, a: l.a, b: l.b }, &t, None)?;
        Ok(LoraForward { y, t })
    }

    /// Multi-adapter backward: as [`backward`](Self::backward), with `g` zeroed outside each
    /// row's adapter; `dA` `[adapters * r, in]` and `dB` `[out, adapters * r]` hold every
    /// adapter's gradient (zero for adapters no row used).
    pub fn backward_multi(&self, x: &GpuTensor, l: &MultiLoraWeights<'_>, t: &GpuTensor, dy: &GpuTensor) -> Result<LoraGrads> {
        let (s, r) = self.multi_shape(x, l)?;
        let ctx = &self.ctx;
        check_like(ctx, s.dtype, &Self::out_shape(&s, s.outf), dy, "lora dy")?;
        check_like(ctx, s.dtype, &[s.m, s.r], t, "lora saved t")?;
        let x2 = x.reshape(&[s.m, s.inf])?;
        let dy2 = dy.reshape(&[s.m, s.outf])?;
        let g = GpuTensor::empty(ctx, s.dtype, &[s.m, s.r])?;
        self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&dy2, false, l.b, false)).with_alpha1(self.scale), &g)?;
        self.select(&s, r, &g, l.adapter);
        let dx = GpuTensor::empty(ctx, s.dtype, x.shape())?;
        let dx2 = dx.reshape(&[s.m, s.inf])?;
        match self.dropout {
            None => {
                let call = FusedGemmCall::new(GemmSegment::new(&dy2, false, l.w, false)).with_second(GemmSegment::new(&g, false, l.a, false), 1.0);
                self.gemm.run(&call, &dx2)?;
            }
            Some(d) => {
                self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&dy2, false, l.w, false)), &dx2)?;
                let call = FusedGemmCall::new(GemmSegment::new(&g, false, l.a, false)).with_dropout(DropSite::Out, Some(d)).accumulate(true);
                self.gemm.run(&call, &dx2)?;
            }
        }
        let da = GpuTensor::empty(ctx, s.dtype, &[s.r, s.inf])?;
        self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&g, true, &x2, false)).with_dropout(DropSite::B1, self.dropout), &da)?;
        let db = GpuTensor::empty(ctx, s.dtype, &[s.outf, s.r])?;
        self.gemm.run(&FusedGemmCall::new(GemmSegment::new(&dy2, true, t, false)).with_alpha1(self.scale), &db)?;
        Ok(LoraGrads { dx, da, db })
    }

    /// Unfused baseline (what an eager framework runs): `y = x W^T`, `t = x A^T`,
    /// `z = t B^T`, then `y = y + s z` element-wise (cubek matmuls + one add; no dropout).
    // Public only for the benchmark harness (bench-harness/, the runner's "unfused" rows)
    // and the tests that check this baseline: its scaled adds are an internal kernel that
    // no public op offers. Not part of the API.
    #[doc(hidden)]
    pub fn forward_unfused(&self, x: &GpuTensor, l: &LoraWeights<'_>) -> Result<GpuTensor> {
        let s = self.shape(x, l)?;
        let ctx = &self.ctx;
        let x2 = x.reshape(&[s.m, s.inf])?;
        let base = GpuTensor::empty(ctx, s.dtype, &[s.m, s.outf])?;
        matmul(ctx, &x2, l.w, &base, false, true)?;
        let t = GpuTensor::empty(ctx, s.dtype, &[s.m, s.r])?;
        matmul(ctx, &x2, l.a, &t, false, true)?;
        let z = GpuTensor::empty(ctx, s.dtype, &[s.m, s.outf])?;
        matmul(ctx, &t, l.b, &z, false, true)?;
        let y = GpuTensor::empty(ctx, s.dtype, &Self::out_shape(&s, s.outf))?;
        self.axpby(&base, &z, &y, 1.0, self.scale)?;
        if let Some(b) = l.bias {
            // Bias as a broadcast add would be one more pass; the baseline adds it through
            // a rank-1 GEMM of ones, which is what it costs an eager framework anyway.
            let ones = GpuTensor::from_f32(ctx, s.dtype, &[s.m, 1], &vec![1.0; s.m])?;
            let b2 = b.reshape(&[1, s.outf])?;
            matmul_accumulate(ctx, &ones, &b2, &y.reshape(&[s.m, s.outf])?, false, false)?;
        }
        Ok(y)
    }

    /// Unfused baseline of the backward: `g = (dy B) * s`, `dx = dy W + g A`,
    /// `dA = g^T x`, `dB = (dy^T t) * s` with cubek matmuls and element-wise scales.
    // Public only for the benchmark harness (bench-harness/, the runner's "unfused" rows)
    // and the tests that check this baseline: its scaled adds are an internal kernel that
    // no public op offers. Not part of the API.
    #[doc(hidden)]
    pub fn backward_unfused(&self, x: &GpuTensor, l: &LoraWeights<'_>, t: &GpuTensor, dy: &GpuTensor) -> Result<LoraGrads> {
        let s = self.shape(x, l)?;
        let ctx = &self.ctx;
        // Checked as given: the reshape below would take any shape of the same size.
        check_like(ctx, s.dtype, &Self::out_shape(&s, s.outf), dy, "lora dy")?;
        check_like(ctx, s.dtype, &[s.m, s.r], t, "lora saved t")?;
        let (x2, dy2) = (x.reshape(&[s.m, s.inf])?, dy.reshape(&[s.m, s.outf])?);
        let gb = GpuTensor::empty(ctx, s.dtype, &[s.m, s.r])?;
        matmul(ctx, &dy2, l.b, &gb, false, false)?;
        let g = GpuTensor::empty(ctx, s.dtype, &[s.m, s.r])?;
        self.axpby(&gb, &gb, &g, self.scale, 0.0)?;
        let dx = GpuTensor::empty(ctx, s.dtype, x.shape())?;
        let dx2 = dx.reshape(&[s.m, s.inf])?;
        matmul(ctx, &dy2, l.w, &dx2, false, false)?;
        matmul_accumulate(ctx, &g, l.a, &dx2, false, false)?;
        let da = GpuTensor::empty(ctx, s.dtype, &[s.r, s.inf])?;
        matmul(ctx, &g, &x2, &da, true, false)?;
        let db0 = GpuTensor::empty(ctx, s.dtype, &[s.outf, s.r])?;
        matmul(ctx, &dy2, t, &db0, true, false)?;
        let db = GpuTensor::empty(ctx, s.dtype, &[s.outf, s.r])?;
        self.axpby(&db0, &db0, &db, self.scale, 0.0)?;
        Ok(LoraGrads { dx, da, db })
    }

    /// `out = a x + b y` (same dtype and element count).
    fn axpby(&self, x: &GpuTensor, y: &GpuTensor, out: &GpuTensor, a: f32, b: f32) -> Result<()> {
        let st = self.ctx.storage_of(out.dtype());
        let (xh, yh, oh, n, info) = (x.handle(), y.handle(), out.handle(), out.numel() as usize, self.ctx.info());
        self.ctx.note_launch(|| format!("lora_axpby/{}", st.name()));
        with_client!(self.ctx, |c, R| launch::axpby::<R>(c, info, st, xh, yh, oh, n, a, b));
        Ok(())
    }
}

/// What [`RmsNormLora::forward`] returns.
#[derive(Clone, Debug)]
pub struct RmsNormLoraForward {
    pub y: GpuTensor,
    /// `drop(x_hat) A^T` `[M, r]`.
    pub t: GpuTensor,
    /// Per-row `1/sqrt(mean(x^2) + eps)`, f32 `[M]`.
    pub rstd: GpuTensor,
}

/// What [`RmsNormLora::backward`] returns.
#[derive(Clone, Debug)]
pub struct RmsNormLoraGrads {
    pub dx: GpuTensor,
    /// Gradient of the norm weight `[in]`.
    pub d_norm_weight: GpuTensor,
    pub da: GpuTensor,
    pub db: GpuTensor,
}

/// `LoRA(RMSNorm(x) * (offset + w_norm))`, the normalisation applied as the GEMMs load x.
/// See the module docs.
#[derive(Clone, Debug)]
pub struct RmsNormLora {
    lora: LoraLinear,
    eps: f32,
    offset: f32,
}

impl RmsNormLora {
    /// Llama-style norm (`offset` 0) with `eps` (finite, > 0) and LoRA scale `s`.
    pub fn new(ctx: &MetalContext, eps: f32, scale: f32) -> Result<Self> {
        RmsNorm::new(ctx, eps)?; // validates eps
        Ok(RmsNormLora { lora: LoraLinear::new(ctx, scale)?, eps, offset: 0.0 })
    }
    /// Scales by `offset + w_norm` (1 for Gemma).
    pub fn with_offset(mut self, offset: f32) -> Self {
        self.offset = offset;
        self
    }
    pub fn with_dropout(mut self, d: Option<Dropout>) -> Result<Self> {
        self.lora = self.lora.with_dropout(d)?;
        Ok(self)
    }
    pub fn with_path(mut self, path: GemmPath) -> Self {
        self.lora = self.lora.with_path(path);
        self
    }

    /// `with_offset` cannot fail (a builder), so its value is checked before each call
    /// launches anything.
    fn check_offset(&self) -> Result<()> {
        if !self.offset.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("rmsnorm offset must be finite, got {}", self.offset)));
        }
        Ok(())
    }

    fn rstd(&self, s: &Shape, x2: &GpuTensor) -> Result<GpuTensor> {
        let ctx = &self.lora.ctx;
        let rstd = GpuTensor::empty(ctx, DType::F32, &[s.m])?;
        let st = ctx.storage_of(s.dtype);
        let (xh, rh, info, (m, n, eps)) = (x2.handle(), rstd.handle(), ctx.info(), (s.m, s.inf, self.eps));
        ctx.note_launch(|| format!("lora_rstd/{}", st.name()));
        with_client!(ctx, |c, R| launch::rstd::<R>(c, info, st, xh, rh, m, n, eps));
        Ok(rstd)
    }

    /// Forward: y, the saved t and rstd. `w_norm` is `[in]` in x's dtype.
    pub fn forward(&self, x: &GpuTensor, w_norm: &GpuTensor, l: &LoraWeights<'_>) -> Result<RmsNormLoraForward> {
        self.check_offset()?;
        let s = self.lora.shape(x, l)?;
        check_like(&self.lora.ctx, s.dtype, &[s.inf], w_norm, "rmsnorm weight")?;
        let x2 = x.reshape(&[s.m, s.inf])?;
        let rstd = self.rstd(&s, &x2)?;
        let norm = Some((&rstd, w_norm, self.offset));
        let t = self.lora.low_rank(&s, &x2, l.a, norm)?;
        let y = self.lora.project(&s, &x2, l, &t, norm)?;
        Ok(RmsNormLoraForward { y, t, rstd })
    }

    /// Inference: y only.
    pub fn infer(&self, x: &GpuTensor, w_norm: &GpuTensor, l: &LoraWeights<'_>) -> Result<GpuTensor> {
        let op = RmsNormLora { lora: LoraLinear { dropout: None, ..self.lora.clone() }, ..self.clone() };
        Ok(op.forward(x, w_norm, l)?.y)
    }

    /// Backward from the forward's x, its saved `t` and `rstd`, and dy.
    pub fn backward(&self, x: &GpuTensor, w_norm: &GpuTensor, l: &LoraWeights<'_>, fwd: &RmsNormLoraForward, dy: &GpuTensor) -> Result<RmsNormLoraGrads> {
        self.check_offset()?;
        let ctx = &self.lora.ctx;
        let s = self.lora.shape(x, l)?;
        check_like(ctx, s.dtype, &[s.inf], w_norm, "rmsnorm weight")?;
        check_like(ctx, DType::F32, &[s.m], &fwd.rstd, "rmsnorm rstd")?;
        // dy as given, before it is reshaped to [M, out] (a reshape keeps any shape of the
        // same element count, e.g. a transposed dy).
        check_like(ctx, s.dtype, &LoraLinear::out_shape(&s, s.outf), dy, "lora dy")?;
        let x2 = x.reshape(&[s.m, s.inf])?;
        // x_hat, materialised once: dA = g^T x_hat reads it as the GEMM's B operand, which
        // has no prologue. RMSNorm's forward writes it at memory speed (one read of x).
        let norm = RmsNorm::new(ctx, self.eps)?.with_offset(self.offset);
        let xh = norm.forward(&x2, w_norm)?.y;
        let sh = Shape { lead: vec![s.m], ..s.clone() };
        let dxh = GpuTensor::empty(ctx, s.dtype, &[s.m, s.inf])?;
        let (da, db) = self.lora.backward_into(&sh, &xh, l, Some(&fwd.t), &dy.reshape(&[s.m, s.outf])?, &dxh, false)?;
        let (dx2, dwn) = norm.backward(&x2, w_norm, &fwd.rstd, &dxh)?;
        Ok(RmsNormLoraGrads { dx: dx2.reshape(x.shape())?, d_norm_weight: dwn, da, db })
    }
}

/// What [`LoraMlp::forward`] returns: y and what the backward needs.
#[derive(Clone, Debug)]
pub struct LoraMlpForward {
    pub y: GpuTensor,
    pub gate: GpuTensor,
    pub up: GpuTensor,
    pub h: GpuTensor,
    /// The three projections' `t` (gate, up, down).
    pub t: [GpuTensor; 3],
}

/// Gradients of [`LoraMlp`]: dx and (dA, dB) of gate, up, down.
#[derive(Clone, Debug)]
pub struct LoraMlpGrads {
    pub dx: GpuTensor,
    pub d_adapters: [(GpuTensor, GpuTensor); 3],
}

/// The SwiGLU MLP with LoRA on gate, up and down. See the module docs.
#[derive(Clone, Debug)]
pub struct LoraMlp {
    lora: LoraLinear,
    glu: SwiGlu,
}

impl LoraMlp {
    /// One LoRA scale for the three projections.
    pub fn new(ctx: &MetalContext, scale: f32) -> Result<Self> {
        Ok(LoraMlp { lora: LoraLinear::new(ctx, scale)?, glu: SwiGlu::new(ctx) })
    }
    pub fn with_path(mut self, path: GemmPath) -> Self {
        self.lora = self.lora.with_path(path);
        self
    }

    /// Forward: x `[..., hidden]`; gate and up `[inter, hidden]`-shaped, down
    /// `[hidden, inter]`-shaped LoRA weights.
    pub fn forward(&self, x: &GpuTensor, gate: &LoraWeights<'_>, up: &LoraWeights<'_>, down: &LoraWeights<'_>) -> Result<LoraMlpForward> {
        let g = self.lora.forward(x, gate)?;
        let u = self.lora.forward(x, up)?;
        let h = self.glu.forward(&g.y, &u.y)?;
        let d = self.lora.forward(&h, down)?;
        Ok(LoraMlpForward { y: d.y, gate: g.y, up: u.y, h, t: [g.t, u.t, d.t] })
    }

    /// Backward from the forward's x and outputs, and dy.
    pub fn backward(&self, x: &GpuTensor, gate: &LoraWeights<'_>, up: &LoraWeights<'_>, down: &LoraWeights<'_>, f: &LoraMlpForward, dy: &GpuTensor) -> Result<LoraMlpGrads> {
        let dd = self.lora.backward(&f.h, down, Some(&f.t[2]), dy)?;
        let (dg, du) = self.glu.backward(&f.gate, &f.up, &dd.dx)?;
        let sg = self.lora.shape(x, gate)?;
        let su = self.lora.shape(x, up)?;
        let dx = GpuTensor::empty(&self.lora.ctx, sg.dtype, x.shape())?;
        let (da_g, db_g) = self.lora.backward_into(&sg, x, gate, Some(&f.t[0]), &dg, &dx, false)?;
        let (da_u, db_u) = self.lora.backward_into(&su, x, up, Some(&f.t[1]), &du, &dx, true)?;
        Ok(LoraMlpGrads { dx, d_adapters: [(da_g, db_g), (da_u, db_u), (dd.da, dd.db)] })
    }
}
