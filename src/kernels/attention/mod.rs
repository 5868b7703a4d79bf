//! FlashAttention: exact attention in O(T) memory (the T_q x T_k scores are never
//! written), forward, backward and decode, on every runtime.
//!
//! ```no_run
//! # use pmetal_metal::*;
//! # fn main() -> Result<()> {
//! let ctx = MetalContext::new()?;
//! let (b, t, h, d) = (1, 128, 8, 64);
//! let q = GpuTensor::from_bytes(&ctx, DType::F32, &[b, t, h, d], &vec![0u8; b * t * h * d * 4])?;
//! let attention = FlashAttention::new(&ctx, d, h)?.causal(true);
//! let fwd = attention.forward(&q, &q, &q, None)?;   // fwd.out [B, T, H, D], fwd.lse [B, H, T]
//! # Ok(()) }
//! ```
//!
//! ## Layout and semantics
//! - q `[B, T_q, H, D]`, k and v `[B, T_k, H_kv, D]` (flash-attn's layout), out like q,
//!   lse `[B, H, T_q]` f32 (natural log). Varlen ([`VarLen`]): q `[total_q, H, D]`, k and
//!   v `[total_k, H_kv, D]`, lse `[H, total_q]`, sequences given by cumulative offsets.
//! - Scores `s = softcap * tanh(scale * q.k / softcap)` (no cap unless set; scale
//!   defaults to `1 / sqrt(D)`), plus an additive mask, softmax in f32, f32 accumulation.
//! - Key j is visible from query t when `j - (t + T_k - T_q)` lies in `[-left, right]`:
//!   causal is `right = 0` aligned to the bottom-right corner (flash-attn >= 2.1), a
//!   sliding window sets `left` / `right`. An explicit mask tensor broadcasts over batch
//!   and heads: `[T_q, T_k]`, `[B|1, T_q, T_k]` or `[B|1, H|1, T_q, T_k]`; u32 / i32
//!   (nonzero attends) or additive in the inputs' dtype (-inf masks).
//! - A query row that sees no key gets output 0 and lse -inf, and zero gradients.
//! - GQA / MQA: `H` any multiple of `H_kv`; K / V are read once per group, never repeated.
//!
//! ## Kernels
//! Forward: one cube per (tile of query rows, batch entry, KV head), walking the key tiles
//! the rows can see (causal and window bounds skip whole tiles) with an online softmax.
//! The rows of a tile are the G = H / H_kv heads of one KV head interleaved with the
//! query positions, so a decode step (T_q 1..16) still fills a tile; decode also splits
//! the keys over several cubes and merges the partial results in a second pass
//! (flash-decoding). Backward: D = rowsum(dO * O), then dQ (one cube per query tile,
//! walking keys) and dK / dV (one cube per key tile, walking the query rows of every head
//! of the group): each gradient element is written once, so the backward is
//! deterministic, with no atomics.
//!
//! Where the driver cuts long loops off ([`DeviceInfo::loop_limit`](crate::context::DeviceInfo):
//! lavapipe stops every loop of an invocation after 65,535 trips in all), no cube walks
//! more tiles than the limit allows: the forward takes more key splits, and the generic
//! backward splits its walks too, each split writing f32 partials that one more pass adds
//! up in split order (still deterministic). See docs/notes/lavapipe-loop-limit.md.
//!
//! Three kernel generations implement this, each in its own file; which one runs is
//! decided once per call by the plan (`plan.rs`, [`FlashAttention::plan_name`] says it):
//! - generic kernels (`forward.rs`, `backward.rs`): every operand and accumulator in
//!   shared-memory tiles, products by cmma fragments (16x16x16 on CUDA, 8x8x8 simdgroup
//!   matrices on Metal, f16 / bf16) or plain FMAs (f32, and devices without fragments:
//!   lavapipe in CI runs these). Any device.
//! - FlashAttention-2 kernels on fragments (`fa2_forward.rs`, `fa2_backward.rs`): each
//!   plane keeps its rows' operand or accumulator fragments in registers for the whole walk
//!   (forward: Q and O; backward: dQ, or dK and dV), so only S / P / dS pass through
//!   shared memory. CUDA, and Metal where their tiles fit its 32 KiB.
//! - the register-level forward (`register.rs`): CUDA's `mma.sync` with `ldmatrix`, the
//!   scores and P never leave registers. CUDA only.
//!
//! Shared helpers live in `common.rs` (shapes, index math, scores) and `tile.rs` (tile
//! loads and stores, the generic block product). Lavapipe has no matrix units, so CI
//! checks the fragment and register kernels as generated MSL (type-checked by clang) and
//! CUDA (compiled with nvcc); the developers run them on an H100. Metal is checked, not
//! yet run.

pub(crate) mod backward;
pub(crate) mod common;
pub(crate) mod decode;
pub(crate) mod fa2_backward;
pub(crate) mod fa2_forward;
pub(crate) mod hopper;
pub(crate) mod forward;
pub(crate) mod launch;
pub(crate) mod plan;
mod plan_kinds;
pub(crate) mod register;
pub(crate) mod tile;
mod validate;

use crate::context::with_client;
use crate::kernels::{vector_width, MAX_ELEMENTS_U32};
use crate::buffer::GpuTensor;
use crate::context::MetalContext;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};
use common::MASK_NONE;
use launch::{Bufs, Dims};
use plan::{BwdKernel, FwdKernel};
pub(crate) use validate::{MaskArg, Shape};
use validate::validate_config;

/// Head dims the kernels are built for.
pub const HEAD_DIMS: [usize; 7] = [32, 64, 80, 96, 128, 192, 256];

/// Keys per side standing for "unbounded" in the window arithmetic (i32).
const UNBOUNDED: i32 = 1 << 30;

/// Which inner path multiplies the tiles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AttentionPath {
    /// Matrix units where the device has them for the dtype, else FMAs.
    #[default]
    Auto,
    /// Plain FMAs by every unit (every device, every dtype).
    Fma,
    /// cmma fragments; an error where the device has none for the dtype.
    MatrixUnits,
}

/// Everything that selects an attention kernel. Built by [`FlashAttention::new`] and its
/// builder methods.
#[derive(Clone, Debug, PartialEq)]
pub struct AttentionConfig {
    pub head_dim: usize,
    pub num_heads: usize,
    /// Defaults to `num_heads`; must divide it.
    pub num_kv_heads: usize,
    pub causal: bool,
    /// Sliding window: keys visible at most `left` before / `right` after the diagonal.
    pub window_left: Option<usize>,
    pub window_right: Option<usize>,
    /// Logit soft cap (Gemma 2): `cap * tanh(s / cap)`.
    pub softcap: Option<f32>,
    /// Score scale; defaults to `1 / sqrt(head_dim)`.
    pub scale: Option<f32>,
    /// Key splits of the forward (flash-decoding); `None` picks them from the shape.
    pub splits: Option<usize>,
    pub path: AttentionPath,
}

/// Forward results: `out` like q, `lse` f32 `[B, H, T_q]` (varlen: `[H, total_q]`).
pub struct AttentionOutput {
    pub out: GpuTensor,
    pub lse: GpuTensor,
}

/// Backward results, shaped like q, k and v.
pub struct AttentionGrads {
    pub dq: GpuTensor,
    pub dk: GpuTensor,
    pub dv: GpuTensor,
}

/// Packed variable-length batch: sequence `b` is tokens `cu_q[b]..cu_q[b+1]` of q and
/// `cu_k[b]..cu_k[b+1]` of k / v. Empty sequences are allowed.
pub struct VarLen {
    cu_q: GpuTensor,
    cu_k: GpuTensor,
    batch: usize,
    max_q: usize,
    max_k: usize,
    total_q: usize,
    total_k: usize,
}

impl VarLen {
    /// Validates the offsets (start at 0, non-decreasing, same batch size) and uploads them.
    pub fn new(ctx: &MetalContext, cu_seqlens_q: &[u32], cu_seqlens_k: &[u32]) -> Result<Self> {
        let check = |cu: &[u32], what: &str| -> Result<usize> {
            if cu.len() < 2 {
                return Err(PmetalError::InvalidArgument(format!("varlen {what}: need at least 2 offsets (one sequence), got {}", cu.len())));
            }
            if cu[0] != 0 {
                return Err(PmetalError::InvalidArgument(format!("varlen {what}: offsets must start at 0, got {}", cu[0])));
            }
            let mut max = 0;
            for w in cu.windows(2) {
                if w[1] < w[0] {
                    return Err(PmetalError::InvalidArgument(format!("varlen {what}: offsets must not decrease ({} then {})", w[0], w[1])));
                }
                max = max.max((w[1] - w[0]) as usize);
            }
            Ok(max)
        };
        let max_q = check(cu_seqlens_q, "cu_seqlens_q")?;
        let max_k = check(cu_seqlens_k, "cu_seqlens_k")?;
        if cu_seqlens_q.len() != cu_seqlens_k.len() {
            return Err(PmetalError::ShapeMismatch(format!(
                "varlen: {} query offsets but {} key offsets",
                cu_seqlens_q.len(),
                cu_seqlens_k.len()
            )));
        }
        let up = |cu: &[u32]| GpuTensor::from_bytes(ctx, DType::U32, &[cu.len()], bytemuck::cast_slice(cu));
        Ok(VarLen {
            cu_q: up(cu_seqlens_q)?,
            cu_k: up(cu_seqlens_k)?,
            batch: cu_seqlens_q.len() - 1,
            max_q,
            max_k,
            total_q: *cu_seqlens_q.last().unwrap() as usize,
            total_k: *cu_seqlens_k.last().unwrap() as usize,
        })
    }
    pub fn batch(&self) -> usize {
        self.batch
    }
    pub fn total_q(&self) -> usize {
        self.total_q
    }
    pub fn total_k(&self) -> usize {
        self.total_k
    }
}

/// The FlashAttention op for one head configuration. Cheap to clone.
#[derive(Clone, Debug)]
pub struct FlashAttention {
    ctx: MetalContext,
    cfg: AttentionConfig,
}

impl FlashAttention {
    /// Attention over `num_heads` heads of `head_dim` (kv heads = heads, no mask bound,
    /// scale `1 / sqrt(head_dim)`); refine with the builder methods.
    pub fn new(ctx: &MetalContext, head_dim: usize, num_heads: usize) -> Result<Self> {
        Self::with_config(
            ctx,
            AttentionConfig {
                head_dim,
                num_heads,
                num_kv_heads: num_heads,
                causal: false,
                window_left: None,
                window_right: None,
                softcap: None,
                scale: None,
                splits: None,
                path: AttentionPath::Auto,
            },
        )
    }

    pub fn with_config(ctx: &MetalContext, cfg: AttentionConfig) -> Result<Self> {
        validate_config(&cfg)?;
        Ok(FlashAttention { ctx: ctx.clone(), cfg })
    }

    /// GQA / MQA: `n` key-value heads (must divide the heads).
    pub fn kv_heads(mut self, n: usize) -> Result<Self> {
        self.cfg.num_kv_heads = n;
        validate_config(&self.cfg)?;
        Ok(self)
    }
    pub fn causal(mut self, yes: bool) -> Self {
        self.cfg.causal = yes;
        self
    }
    /// Sliding window: at most `left` keys before and `right` after the diagonal
    /// (`None`: unbounded on that side).
    pub fn window(mut self, left: Option<usize>, right: Option<usize>) -> Self {
        self.cfg.window_left = left;
        self.cfg.window_right = right;
        self
    }
    pub fn softcap(mut self, cap: f32) -> Result<Self> {
        self.cfg.softcap = Some(cap);
        validate_config(&self.cfg)?;
        Ok(self)
    }
    pub fn scale(mut self, scale: f32) -> Result<Self> {
        self.cfg.scale = Some(scale);
        validate_config(&self.cfg)?;
        Ok(self)
    }
    /// Forces the forward to split the keys over `n` cubes per row tile (decode path).
    pub fn splits(mut self, n: usize) -> Result<Self> {
        self.cfg.splits = Some(n);
        validate_config(&self.cfg)?;
        Ok(self)
    }
    pub fn path(mut self, path: AttentionPath) -> Self {
        self.cfg.path = path;
        self
    }
    pub fn config(&self) -> &AttentionConfig {
        &self.cfg
    }

    /// Attention of q over k, v with an optional mask tensor (see the module docs).
    pub fn forward(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, mask: Option<&GpuTensor>) -> Result<AttentionOutput> {
        let sh = self.shape(q, k, v, None)?;
        let (out, lse) = self.new_outputs(q, &sh, None)?;
        self.forward_into(q, k, v, mask, &out, &lse)?;
        Ok(AttentionOutput { out, lse })
    }

    /// Which kernels [`forward`](Self::forward) and [`backward`](Self::backward) run for
    /// these inputs on this device (without a mask tensor), e.g. `forward: cuda-register
    /// (64x64 tiles, 128 units, 16x16 fragments); backward: dq fa2 (..), dkv fa2 (..)`: for
    /// logs and tuning sweeps.
    pub fn plan_name(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor) -> Result<String> {
        self.plan_name_of(q, k, v, None)
    }

    /// [`plan_name`](Self::plan_name) of packed sequences
    /// ([`forward_varlen`](Self::forward_varlen)).
    pub fn plan_name_varlen(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, seqs: &VarLen) -> Result<String> {
        self.plan_name_of(q, k, v, Some(seqs))
    }

    fn plan_name_of(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, seqs: Option<&VarLen>) -> Result<String> {
        let sh = self.shape(q, k, v, seqs)?;
        let fwd = self.forward_plan(q.dtype(), &sh, MASK_NONE, seqs.is_some())?;
        let bwd = self.backward_plan(q.dtype(), &sh, MASK_NONE, seqs.is_some())?;
        Ok(format!("forward: {}; backward: {}", fwd.name(), bwd.name()))
    }

    /// [`forward`](Self::forward) into given tensors (out like q, lse f32 `[B, H, T_q]`).
    pub fn forward_into(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, mask: Option<&GpuTensor>, out: &GpuTensor, lse: &GpuTensor) -> Result<()> {
        let sh = self.shape(q, k, v, None)?;
        let m = self.mask(mask, q.dtype(), &sh)?;
        self.check_outputs(q, &sh, None, out, lse)?;
        self.run_forward(q, k, v, m, None, &sh, out, lse)
    }

    /// Forward over a packed variable-length batch.
    pub fn forward_varlen(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, seqs: &VarLen) -> Result<AttentionOutput> {
        let sh = self.shape(q, k, v, Some(seqs))?;
        let (out, lse) = self.new_outputs(q, &sh, Some(seqs))?;
        self.forward_varlen_into(q, k, v, seqs, &out, &lse)?;
        Ok(AttentionOutput { out, lse })
    }

    pub fn forward_varlen_into(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, seqs: &VarLen, out: &GpuTensor, lse: &GpuTensor) -> Result<()> {
        let sh = self.shape(q, k, v, Some(seqs))?;
        self.check_outputs(q, &sh, Some(seqs), out, lse)?;
        self.run_forward(q, k, v, None, Some(seqs), &sh, out, lse)
    }

    /// Gradients of q, k, v given the forward's out and lse and the output gradient.
    pub fn backward(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, out: &GpuTensor, d_out: &GpuTensor, lse: &GpuTensor) -> Result<AttentionGrads> {
        self.backward_masked(q, k, v, out, d_out, lse, None)
    }

    /// [`backward`](Self::backward) with the mask tensor the forward used.
    #[allow(clippy::too_many_arguments)]
    pub fn backward_masked(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        out: &GpuTensor,
        d_out: &GpuTensor,
        lse: &GpuTensor,
        mask: Option<&GpuTensor>,
    ) -> Result<AttentionGrads> {
        let g = self.new_grads(q, k)?;
        self.backward_into(q, k, v, out, d_out, lse, mask, &g)?;
        Ok(g)
    }

    /// Backward into given gradient tensors (shaped like q, k, v).
    #[allow(clippy::too_many_arguments)]
    pub fn backward_into(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        out: &GpuTensor,
        d_out: &GpuTensor,
        lse: &GpuTensor,
        mask: Option<&GpuTensor>,
        grads: &AttentionGrads,
    ) -> Result<()> {
        let sh = self.shape(q, k, v, None)?;
        let m = self.mask(mask, q.dtype(), &sh)?;
        self.check_backward(q, k, &sh, None, out, d_out, lse, grads)?;
        self.run_backward(q, k, v, out, d_out, lse, m, None, &sh, grads)
    }

    /// Backward over a packed variable-length batch.
    #[allow(clippy::too_many_arguments)]
    pub fn backward_varlen(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        out: &GpuTensor,
        d_out: &GpuTensor,
        lse: &GpuTensor,
        seqs: &VarLen,
    ) -> Result<AttentionGrads> {
        let g = self.new_grads(q, k)?;
        self.backward_varlen_into(q, k, v, out, d_out, lse, seqs, &g)?;
        Ok(g)
    }

    /// [`backward_varlen`](Self::backward_varlen) into given gradient tensors (shaped like
    /// q, k, v); the tests hand in poisoned ones, so an unwritten element shows.
    #[allow(clippy::too_many_arguments)]
    pub fn backward_varlen_into(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        out: &GpuTensor,
        d_out: &GpuTensor,
        lse: &GpuTensor,
        seqs: &VarLen,
        grads: &AttentionGrads,
    ) -> Result<()> {
        let sh = self.shape(q, k, v, Some(seqs))?;
        self.check_backward(q, k, &sh, Some(seqs), out, d_out, lse, grads)?;
        self.run_backward(q, k, v, out, d_out, lse, None, Some(seqs), &sh, grads)
    }

    fn new_outputs(&self, q: &GpuTensor, sh: &Shape, seqs: Option<&VarLen>) -> Result<(GpuTensor, GpuTensor)> {
        let out = GpuTensor::empty(&self.ctx, q.dtype(), q.shape())?;
        let lse = GpuTensor::empty(&self.ctx, DType::F32, &self.lse_shape(sh, seqs))?;
        Ok((out, lse))
    }

    fn new_grads(&self, q: &GpuTensor, k: &GpuTensor) -> Result<AttentionGrads> {
        Ok(AttentionGrads {
            dq: GpuTensor::empty(&self.ctx, q.dtype(), q.shape())?,
            dk: GpuTensor::empty(&self.ctx, k.dtype(), k.shape())?,
            dv: GpuTensor::empty(&self.ctx, k.dtype(), k.shape())?,
        })
    }

    fn lse_shape(&self, sh: &Shape, seqs: Option<&VarLen>) -> Vec<usize> {
        match seqs {
            Some(_) => vec![self.cfg.num_heads, sh.tokens_q],
            None => vec![sh.batch, self.cfg.num_heads, sh.tq],
        }
    }

    fn window_bounds(&self) -> (i32, i32) {
        let c = &self.cfg;
        let left = c.window_left.map_or(UNBOUNDED, |l| l.min(UNBOUNDED as usize) as i32);
        let mut right = c.window_right.map_or(UNBOUNDED, |r| r.min(UNBOUNDED as usize) as i32);
        if c.causal {
            right = right.min(0);
        }
        (left, right)
    }

    fn scale_value(&self) -> f32 {
        self.cfg.scale.unwrap_or(1.0 / (self.cfg.head_dim as f32).sqrt())
    }

    #[allow(clippy::too_many_arguments)]
    fn run_forward(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        mask: Option<MaskArg<'_>>,
        seqs: Option<&VarLen>,
        sh: &Shape,
        out: &GpuTensor,
        lse: &GpuTensor,
    ) -> Result<()> {
        let plan = self.forward_plan(q.dtype(), sh, mask.map_or(MASK_NONE, |m| m.kind), seqs.is_some())?;
        if let FwdKernel::Hopper(h) = plan.kernel {
            self.ctx.note_launch(|| format!("attention/fwd/hopper/{}", h.entry()));
            #[cfg(feature = "cuda")]
            return hopper::forward(&self.ctx, h, &self.cfg, sh, self.window_bounds(), self.scale_value(), (q, k, v), seqs, out, lse);
            #[cfg(not(feature = "cuda"))]
            return Err(PmetalError::InvalidArgument(format!("attention: {} needs feature `cuda`", h.name())));
        }
        let (t, splits) = (plan.cfg, plan.splits);
        let c = &self.cfg;
        let (part_o, part_lse) = if t.split {
            let n = splits * sh.tokens_q * c.num_heads;
            if (n * c.head_dim) as u64 > MAX_ELEMENTS_U32 {
                return Err(PmetalError::TooLarge(format!("attention split partials: {splits} x {} rows", sh.tokens_q * c.num_heads)));
            }
            (Some(GpuTensor::empty(&self.ctx, DType::F32, &[n * c.head_dim])?), Some(GpuTensor::empty(&self.ctx, DType::F32, &[n])?))
        } else {
            (None, None)
        };
        let dims = self.dims(sh, mask, plan.split_len, splits);
        let bufs = Bufs::new(q, k, v, mask, seqs, out, lse, part_o.as_ref(), part_lse.as_ref());
        let storage = self.ctx.storage_of(q.dtype());
        self.ctx.note_launch(|| format!("attention/fwd/{}/{:?}/{t:?}", storage.name(), plan.kernel));
        with_client!(self.ctx, |cl, R| launch::forward::<R>(cl, storage, &bufs, dims, &plan));
        if t.split {
            self.ctx.note_launch(|| format!("attention/combine/{}/{splits}/{}/{}", storage.name(), c.head_dim, t.varlen));
            with_client!(self.ctx, |cl, R| launch::combine::<R>(cl, storage, &bufs, dims, splits, c.head_dim, t.varlen, self.ctx.info()));
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn run_backward(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        out: &GpuTensor,
        d_out: &GpuTensor,
        lse: &GpuTensor,
        mask: Option<MaskArg<'_>>,
        seqs: Option<&VarLen>,
        sh: &Shape,
        g: &AttentionGrads,
    ) -> Result<()> {
        let c = &self.cfg;
        let plan = self.backward_plan(q.dtype(), sh, mask.map_or(MASK_NONE, |m| m.kind), seqs.is_some())?;
        let (tq_cfg, tk_cfg) = (plan.dq.cfg, plan.dkv.cfg);
        let ((splits_q, len_q), (splits_k, len_k)) = (plan.dq.walk(), plan.dkv.walk());
        let d = c.head_dim;
        let part_q = self.partials(tq_cfg.split, splits_q * sh.tokens_q * c.num_heads * d)?;
        let part_k = self.partials(tk_cfg.split, 2 * splits_k * sh.tokens_k * c.num_kv_heads * d)?;
        let delta = GpuTensor::empty(&self.ctx, DType::F32, lse.shape())?;
        let dims = self.dims(sh, mask, 0, 1);
        let dims_q = Dims { split_len: len_q as u32, splits: splits_q as u32, ..dims };
        let dims_k = Dims { split_len: len_k as u32, splits: splits_k as u32, ..dims };
        let bufs = Bufs::new(q, k, v, mask, seqs, out, lse, None, None).with_backward(d_out, &delta, g);
        let storage = self.ctx.storage_of(q.dtype());
        let v_rows = vector_width(self.ctx.info(), storage, &[c.head_dim]);
        self.ctx.note_launch(|| format!("attention/row_dot/{}/{}/{v_rows}/{}", storage.name(), c.head_dim, tq_cfg.varlen));
        let info = self.ctx.info();
        with_client!(self.ctx, |cl, R| launch::row_dot::<R>(cl, storage, &bufs, dims, c.head_dim, v_rows, tq_cfg.varlen, info));
        if let BwdKernel::Hopper(h) = plan.dq.kernel {
            self.ctx.note_launch(|| format!("attention/bwd/hopper/{}+{}", h.dkv_entry(), h.dq_entry()));
            #[cfg(feature = "cuda")]
            return hopper::backward(&self.ctx, h, c, sh, self.window_bounds(), self.scale_value(), (q, k, v, d_out), (lse, &delta), seqs, g);
            #[cfg(not(feature = "cuda"))]
            return Err(PmetalError::InvalidArgument(format!("attention: {} needs feature `cuda`", h.name())));
        }
        self.ctx.note_launch(|| format!("attention/dq/{}/{tq_cfg:?}", storage.name()));
        self.ctx.note_launch(|| format!("attention/dkv/{}/{tk_cfg:?}", storage.name()));
        with_client!(self.ctx, |cl, R| {
            let bq = bufs.with_partials(part_q.as_ref());
            launch::dq::<R>(cl, storage, &bq, dims_q, &plan.dq, plan.fast_math);
            if tq_cfg.split {
                launch::sum_parts::<R>(cl, storage, &bq, dims_q, true, info);
            }
            let bk = bq.with_partials(part_k.as_ref());
            launch::dkv::<R>(cl, storage, &bk, dims_k, &plan.dkv, plan.fast_math);
            if tk_cfg.split {
                launch::sum_parts::<R>(cl, storage, &bk, dims_k, false, info);
            }
        });
        Ok(())
    }

    /// The f32 partials of a split backward launch (`n` elements), where it is split.
    fn partials(&self, split: bool, n: usize) -> Result<Option<GpuTensor>> {
        if !split {
            return Ok(None);
        }
        if n as u64 > MAX_ELEMENTS_U32 {
            return Err(PmetalError::TooLarge(format!("attention backward partials: {n} elements")));
        }
        Ok(Some(GpuTensor::empty(&self.ctx, DType::F32, &[n])?))
    }

    fn dims(&self, sh: &Shape, mask: Option<MaskArg<'_>>, split_len: usize, splits: usize) -> Dims {
        let c = &self.cfg;
        let (left, right) = self.window_bounds();
        Dims {
            heads: c.num_heads as u32,
            kv_heads: c.num_kv_heads as u32,
            group: (c.num_heads / c.num_kv_heads) as u32,
            tq: sh.tq as u32,
            tk: sh.tk as u32,
            tokens_q: sh.tokens_q as u32,
            scale: self.scale_value(),
            softcap: c.softcap.unwrap_or(1.0),
            left,
            right,
            mask_sb: mask.map_or(0, |m| m.sb),
            mask_sh: mask.map_or(0, |m| m.sh),
            split_len: split_len as u32,
            splits: splits as u32,
            tokens_k: sh.tokens_k as u32,
        }
    }
}
