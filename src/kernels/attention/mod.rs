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
//! Where the driver cuts long loops off ([`DeviceInfo::loop_limit`](crate::DeviceInfo):
//! lavapipe stops every loop of an invocation after 65,535 trips in all), no cube walks
//! more tiles than the limit allows: the forward takes more key splits, and the generic
//! backward splits its walks too, each split writing f32 partials that one more pass adds
//! up in split order (still deterministic). See docs/notes/lavapipe-loop-limit.md.
//!
//! Matrix products go through shared-memory tiles: cmma fragments on CUDA (16x16x16,
//! f16 / bf16) and Metal (8x8x8 simdgroup matrices), plain FMAs elsewhere and for f32
//! (lavapipe in CI runs that path: same tiles, same online softmax). With fragments and
//! room in shared memory, both passes use FlashAttention-2-style kernels: each plane
//! keeps its 16 rows' operand or accumulator fragments in registers for the whole walk
//! (forward: Q and O; backward: dQ, or dK and dV), so only S / P / dS pass through shared
//! memory. These run on CUDA only: lavapipe has no matrix units, so CI checks them as
//! generated MSL and CUDA (compiled with nvcc) and the developers run them on an H100.

pub(crate) mod backward;
pub(crate) mod common;
pub(crate) mod fa2_backward;
pub(crate) mod fa2_forward;
pub(crate) mod forward;
pub(crate) mod launch;
pub(crate) mod register;
pub(crate) mod tile;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_size, mma_fragment, vector_width, MAX_ELEMENTS_U32};
use crate::{DType, GpuTensor, MetalContext, PmetalError, Result};
use common::{AttnCfg, MASK_ADD, MASK_BOOL, MASK_NONE};
use launch::{Bufs, Dims, Pass};

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

/// Sizes of one call, validated.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Shape {
    pub batch: usize,
    pub tq: usize,
    pub tk: usize,
    pub tokens_q: usize,
    pub tokens_k: usize,
}

/// An explicit mask, validated: kind and broadcast strides.
#[derive(Clone, Copy)]
pub(crate) struct MaskArg<'a> {
    pub t: &'a GpuTensor,
    pub kind: u32,
    pub sb: u32,
    pub sh: u32,
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

    /// Validates q, k, v against the config; returns the sizes.
    fn shape(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, seqs: Option<&VarLen>) -> Result<Shape> {
        let c = &self.cfg;
        validate_config(c)?;
        for (t, what) in [(q, "q"), (k, "k"), (v, "v")] {
            check_context(&self.ctx, t)?;
            check_float(t, "flash attention")?;
            check_size(t, what)?;
        }
        for t in [k, v] {
            if t.dtype() != q.dtype() {
                return Err(PmetalError::DTypeMismatch { expected: q.dtype(), got: t.dtype() });
            }
        }
        if k.shape() != v.shape() {
            return Err(PmetalError::ShapeMismatch(format!("attention: k {:?} and v {:?} differ", k.shape(), v.shape())));
        }
        let (h, hk, d) = (c.num_heads, c.num_kv_heads, c.head_dim);
        let sh = match seqs {
            None => {
                let (&[b, tq, qh, qd], &[bk, tk, kh, kd]) = (q.shape(), k.shape()) else {
                    return Err(PmetalError::ShapeMismatch(format!(
                        "attention: q must be [B, T_q, H, D] and k, v [B, T_k, H_kv, D]; got {:?} and {:?}",
                        q.shape(),
                        k.shape()
                    )));
                };
                if qh != h || qd != d || kh != hk || kd != d || bk != b {
                    return Err(PmetalError::ShapeMismatch(format!(
                        "attention (H {h}, H_kv {hk}, D {d}): q {:?}, k {:?}",
                        q.shape(),
                        k.shape()
                    )));
                }
                Shape { batch: b, tq, tk, tokens_q: b * tq, tokens_k: b * tk }
            }
            Some(s) => {
                check_context(&self.ctx, &s.cu_q)?;
                let (&[nq, qh, qd], &[nk, kh, kd]) = (q.shape(), k.shape()) else {
                    return Err(PmetalError::ShapeMismatch(format!(
                        "varlen attention: q must be [total_q, H, D] and k, v [total_k, H_kv, D]; got {:?} and {:?}",
                        q.shape(),
                        k.shape()
                    )));
                };
                if qh != h || qd != d || kh != hk || kd != d {
                    return Err(PmetalError::ShapeMismatch(format!("varlen attention (H {h}, H_kv {hk}, D {d}): q {:?}, k {:?}", q.shape(), k.shape())));
                }
                if nq != s.total_q || nk != s.total_k {
                    return Err(PmetalError::ShapeMismatch(format!(
                        "varlen attention: offsets end at {} queries / {} keys but q has {nq} tokens and k {nk}",
                        s.total_q, s.total_k
                    )));
                }
                Shape { batch: s.batch, tq: s.max_q.max(1), tk: s.max_k.max(1), tokens_q: nq, tokens_k: nk }
            }
        };
        Ok(sh)
    }

    fn mask<'a>(&self, mask: Option<&'a GpuTensor>, dtype: DType, sh: &Shape) -> Result<Option<MaskArg<'a>>> {
        let Some(m) = mask else { return Ok(None) };
        check_context(&self.ctx, m)?;
        let kind = match m.dtype() {
            DType::U32 | DType::I32 => MASK_BOOL,
            dt if dt == dtype => MASK_ADD,
            got => return Err(PmetalError::DTypeMismatch { expected: dtype, got }),
        };
        let (b, h, tq, tk) = (sh.batch, self.cfg.num_heads, sh.tq, sh.tk);
        let bad = || PmetalError::ShapeMismatch(format!("attention mask {:?} does not broadcast to [B {b}, H {h}, T_q {tq}, T_k {tk}]", m.shape()));
        let (mb, mh) = match *m.shape() {
            [mq, mk] if mq == tq && mk == tk => (1, 1),
            [mb, mq, mk] if mq == tq && mk == tk => (mb, 1),
            [mb, mh, mq, mk] if mq == tq && mk == tk => (mb, mh),
            _ => return Err(bad()),
        };
        if (mb != 1 && mb != b) || (mh != 1 && mh != h) {
            return Err(bad());
        }
        check_size(m, "attention mask")?;
        let plane = tq * tk;
        Ok(Some(MaskArg {
            t: m,
            kind,
            sb: if mb == 1 { 0 } else { (mh * plane) as u32 },
            sh: if mh == 1 { 0 } else { plane as u32 },
        }))
    }

    fn check_outputs(&self, q: &GpuTensor, sh: &Shape, seqs: Option<&VarLen>, out: &GpuTensor, lse: &GpuTensor) -> Result<()> {
        crate::kernels::check_same(&self.ctx, q, out, "attention out")?;
        crate::kernels::check_like(&self.ctx, DType::F32, &self.lse_shape(sh, seqs), lse, "attention lse")
    }

    #[allow(clippy::too_many_arguments)]
    fn check_backward(
        &self,
        q: &GpuTensor,
        k: &GpuTensor,
        sh: &Shape,
        seqs: Option<&VarLen>,
        out: &GpuTensor,
        d_out: &GpuTensor,
        lse: &GpuTensor,
        g: &AttentionGrads,
    ) -> Result<()> {
        self.check_outputs(q, sh, seqs, out, lse)?;
        crate::kernels::check_same(&self.ctx, q, d_out, "attention d_out")?;
        crate::kernels::check_same(&self.ctx, q, &g.dq, "attention dq")?;
        crate::kernels::check_same(&self.ctx, k, &g.dk, "attention dk")?;
        crate::kernels::check_same(&self.ctx, k, &g.dv, "attention dv")
    }

    /// The tiling of `pass` for `dtype` on this device: matrix units where chosen and
    /// present, and the largest tiles whose shared memory fits.
    pub(crate) fn tiles(&self, dtype: DType, pass: Pass) -> Result<AttnCfg> {
        let info = self.ctx.info();
        let frag = match self.cfg.path {
            AttentionPath::Fma => None,
            AttentionPath::Auto => mma_fragment(&self.ctx, dtype),
            AttentionPath::MatrixUnits => Some(mma_fragment(&self.ctx, dtype).ok_or_else(|| {
                PmetalError::InvalidArgument(format!("attention: no matrix units for {dtype} on {}", self.ctx.device_name()))
            })?),
        };
        let storage = self.ctx.storage_of(dtype);
        let c = &self.cfg;
        let base = AttnCfg {
            d: c.head_dim,
            bq: 16,
            bkv: 16,
            s: frag.unwrap_or(0),
            // Fragments: 4 planes. FMAs: 64 units (lavapipe runs planes of 8).
            threads: if frag.is_some() { 128 } else { 64 },
            // The FMA path reads single elements of the shared tiles: with vector tiles
            // those reads index a vector at run time, which measured 4x slower on the
            // H100 (195 ms against 49 at T 4096 causal); scalar tiles keep it direct.
            v: if frag.is_some() { vector_width(info, storage, &[c.head_dim]) } else { 1 },
            window: c.causal || c.window_left.is_some() || c.window_right.is_some(),
            softcap: c.softcap.is_some(),
            mask: MASK_NONE,
            varlen: false,
            split: false,
            plane_sync_orders_smem: crate::kernels::plane_sync_orders_shared(&self.ctx),
        };
        // 64 x 64 tiles where they fit. PMETAL_ATTN_BWD="bq,bkv,threads" overrides the
        // backward's tiling (for sweeps on the GPU; checked against shared memory).
        let cands: &[(usize, usize)] = if frag.is_some() { &[(64, 64), (64, 32), (32, 32), (16, 16), (8, 8)] } else { &[(16, 16), (8, 8), (4, 4)] };
        if pass != Pass::Forward {
            if let Some((bq, bkv, threads)) = self.ctx.tuning().attn_bwd_tile {
                let t = AttnCfg { bq, bkv, threads, ..base };
                let need = bwd_smem(&t, storage.size(), pass);
                let s = base.s.max(1);
                if need <= info.max_shared_memory && bq % s == 0 && bkv % s == 0 && bkv % base.v == 0 && threads % 32 == 0 {
                    return Ok(t);
                }
            }
        }
        let elem = storage.size();
        // Forward with fragments: the FlashAttention-2 kernel (Q and O in registers, one
        // plane per s rows) wherever its tile fits, every head dim (the launch picks it by
        // this tiling: bq = bkv = s x planes; that is what the CUDA tests ran, D 32-256).
        // Elsewhere (Metal's 32 KiB at D 128) the generic kernel's smaller tiles.
        if let (Pass::Forward, Some(s)) = (pass, frag) {
            let rows = s * base.threads / 32;
            let t = AttnCfg { bq: rows, bkv: rows, ..base };
            if t.fwd_mma_smem(elem) <= info.max_shared_memory {
                return Ok(t);
            }
        }
        // Where those do not fit (Metal's 32 KiB at D 128): the generic kernels, measured
        // on the H100 before the FlashAttention-2 backward existed (bench/results/
        // 2026-11-26-h100-attention, bf16): D 128 causal T 4096 takes 14.2 ms with 64 x 64
        // tiles and 8 planes (17.1 with 4 planes, 20.9 at 64 x 32, 15.9 at 32 x 32); D 64
        // full T 2048 4.1 ms with 32 x 32 tiles and 4 planes (5.5 at 64 x 64, 5.1 with 8
        // planes).
        // Backward with fragments: the FlashAttention-2 kernels (gradient accumulators in
        // registers, one plane per s fixed rows) with 64 x 64 tiles where they fit.
        // Measured on the H100 (bench/results/2026-11-26-h100-fa2-backward, bf16): D 128
        // causal T 4096 backward 11.6 ms (the generic kernels' best: 14.0), D 64 full
        // T 2048 2.75 ms (3.7-5.1); 8 planes of 128 rows for dQ were 3% slower at D 128.
        if let (Pass::Dq | Pass::Dkv, Some(s)) = (pass, frag) {
            let t = AttnCfg { bq: 64, bkv: 64, threads: 64 / s * 32, ..base };
            if launch::bwd_is_mma(&t, pass == Pass::Dq) && bwd_smem(&t, elem, pass) <= info.max_shared_memory {
                return Ok(t);
            }
        }
        if pass != Pass::Forward && frag.is_some() {
            let t = if c.head_dim >= 128 { AttnCfg { bq: 64, bkv: 64, threads: 256, ..base } } else { AttnCfg { bq: 32, bkv: 32, ..base } };
            if bwd_smem(&t, elem, pass) <= info.max_shared_memory {
                return Ok(t);
            }
        }
        for &(bq, bkv) in cands {
            // Shared tiles hold whole vectors: a P row must be whole vectors too.
            // Fragment tiles are whole fragments.
            if bkv % base.v != 0 || bq % base.s.max(1) != 0 || bkv % base.s.max(1) != 0 {
                continue;
            }
            let t = AttnCfg { bq, bkv, ..base };
            let need = match pass {
                Pass::Forward => t.fwd_smem(elem),
                _ => bwd_smem(&t, elem, pass),
            };
            if need <= info.max_shared_memory {
                return Ok(t);
            }
        }
        Err(PmetalError::InvalidArgument(format!(
            "attention: head dim {} needs more shared memory than {} offers ({} bytes)",
            c.head_dim,
            self.ctx.device_name(),
            info.max_shared_memory
        )))
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

    /// Key splits for the forward: forced, or (decode) enough cubes to fill the GPU when
    /// one row tile covers all queries of a (batch, KV head).
    fn pick_splits(&self, t: &AttnCfg, sh: &Shape) -> usize {
        let tiles = sh.tk.div_ceil(t.bkv);
        // Under a driver's loop limit (lavapipe) no cube walks more key tiles than it allows.
        let least = self.ctx.info().loop_limit.map_or(1, |l| tiles.div_ceil(launch::max_walk_tiles(t, Pass::Forward, l)));
        self.free_splits(t, sh).max(least).min(tiles).max(1)
    }

    /// [`pick_splits`](Self::pick_splits) before the loop limit: forced, or decode's.
    fn free_splits(&self, t: &AttnCfg, sh: &Shape) -> usize {
        if let Some(n) = self.cfg.splits {
            return n.min(sh.tk.div_ceil(t.bkv)).max(1);
        }
        let g = self.cfg.num_heads / self.cfg.num_kv_heads;
        let row_tiles = (sh.tq * g).div_ceil(t.bq);
        let cubes = row_tiles * sh.batch * self.cfg.num_kv_heads;
        let sms = self.ctx.info().compute_units.unwrap_or(16) as usize;
        if sh.tq > 16 || cubes >= 4 * sms || sh.tk < 8 * t.bkv {
            return 1;
        }
        // About eight cubes per SM (each walks its keys with loads it waits on, so many
        // in flight hide the latency: two per SM measured 919 GB/s at B8 KV 32k), each at
        // least four key tiles.
        (8 * sms).div_ceil(cubes).min(sh.tk / (4 * t.bkv)).clamp(1, 64)
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
        let mut t = self.tiles(q.dtype(), Pass::Forward)?;
        t.mask = mask.map_or(MASK_NONE, |m| m.kind);
        t.varlen = seqs.is_some();
        let splits = self.pick_splits(&t, sh);
        let split_len = sh.tk.div_ceil(splits).div_ceil(t.bkv) * t.bkv;
        let splits = sh.tk.div_ceil(split_len);
        t.split = splits > 1;
        let c = &self.cfg;
        let g = c.num_heads / c.num_kv_heads;
        let grid = ((sh.tq * g).div_ceil(t.bq), sh.batch * c.num_kv_heads, splits);
        self.check_grid(grid)?;
        let (part_o, part_lse) = if t.split {
            let n = splits * sh.tokens_q * c.num_heads;
            if (n * c.head_dim) as u64 > MAX_ELEMENTS_U32 {
                return Err(PmetalError::TooLarge(format!("attention split partials: {splits} x {} rows", sh.tokens_q * c.num_heads)));
            }
            (Some(GpuTensor::empty(&self.ctx, DType::F32, &[n * c.head_dim])?), Some(GpuTensor::empty(&self.ctx, DType::F32, &[n])?))
        } else {
            (None, None)
        };
        let dims = self.dims(sh, mask, split_len, splits);
        let bufs = Bufs::new(q, k, v, mask, seqs, out, lse, part_o.as_ref(), part_lse.as_ref());
        let storage = self.ctx.storage_of(q.dtype());
        self.ctx.note_launch(|| format!("attention/fwd/{}/{t:?}", storage.name()));
        with_client!(self.ctx, |cl, R| launch::forward::<R>(cl, storage, &bufs, dims, t, grid, self.ctx.info(), self.ctx.tuning()));
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
        let grp = c.num_heads / c.num_kv_heads;
        let mut tq_cfg = self.tiles(q.dtype(), Pass::Dq)?;
        let mut tk_cfg = self.tiles(q.dtype(), Pass::Dkv)?;
        for t in [&mut tq_cfg, &mut tk_cfg] {
            t.mask = mask.map_or(MASK_NONE, |m| m.kind);
            t.varlen = seqs.is_some();
        }
        // Under a driver's loop limit (lavapipe), the generic kernels' walks (dQ over key
        // tiles, dK / dV over query tiles) are split over cubes that write f32 partials,
        // summed in split order afterwards (still deterministic).
        let limit = self.ctx.info().loop_limit;
        let walk_split = |t: &AttnCfg, pass: Pass, tiles: usize, step: usize| -> (usize, usize) {
            match limit {
                Some(l) if !launch::bwd_is_mma(t, pass == Pass::Dq) => {
                    let n = tiles.div_ceil(launch::max_walk_tiles(t, pass, l)).max(1);
                    let len = tiles.div_ceil(n) * step;
                    (tiles.div_ceil(len / step), len)
                }
                _ => (1, 0),
            }
        };
        let (splits_q, len_q) = walk_split(&tq_cfg, Pass::Dq, sh.tk.div_ceil(tq_cfg.bkv), tq_cfg.bkv);
        let (splits_k, len_k) = walk_split(&tk_cfg, Pass::Dkv, (sh.tq * grp).div_ceil(tk_cfg.bq), tk_cfg.bq);
        tq_cfg.split = splits_q > 1;
        tk_cfg.split = splits_k > 1;
        let grid_q = ((sh.tq * grp).div_ceil(tq_cfg.bq), sh.batch * c.num_kv_heads, splits_q);
        let grid_k = (sh.tk.div_ceil(tk_cfg.bkv), sh.batch * c.num_kv_heads, splits_k);
        self.check_grid(grid_q)?;
        self.check_grid(grid_k)?;
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
        self.ctx.note_launch(|| format!("attention/dq/{}/{tq_cfg:?}", storage.name()));
        self.ctx.note_launch(|| format!("attention/dkv/{}/{tk_cfg:?}", storage.name()));
        let info = self.ctx.info();
        with_client!(self.ctx, |cl, R| {
            launch::row_dot::<R>(cl, storage, &bufs, dims, c.head_dim, v_rows, tq_cfg.varlen, info);
            let fast = self.ctx.backend() == crate::Backend::Cuda;
            let bq = bufs.with_partials(part_q.as_ref());
            launch::dq::<R>(cl, storage, &bq, dims_q, tq_cfg, grid_q, fast);
            if tq_cfg.split {
                launch::sum_parts::<R>(cl, storage, &bq, dims_q, true, info);
            }
            let bk = bq.with_partials(part_k.as_ref());
            launch::dkv::<R>(cl, storage, &bk, dims_k, tk_cfg, grid_k, fast);
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

    fn check_grid(&self, (x, y, z): (usize, usize, usize)) -> Result<()> {
        let m = self.ctx.info().max_cube_count;
        if x > m.0 as usize || y > m.1 as usize || z > m.2 as usize {
            return Err(PmetalError::TooLarge(format!("attention needs a ({x}, {y}, {z}) grid; the device allows {m:?}")));
        }
        Ok(())
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

fn validate_config(c: &AttentionConfig) -> Result<()> {
    if !HEAD_DIMS.contains(&c.head_dim) {
        return Err(PmetalError::InvalidArgument(format!("attention: head dim {} is not supported (one of {HEAD_DIMS:?})", c.head_dim)));
    }
    if c.num_heads == 0 || c.num_kv_heads == 0 || c.num_heads % c.num_kv_heads != 0 {
        return Err(PmetalError::InvalidArgument(format!(
            "attention: {} heads are not divisible into {} key-value heads",
            c.num_heads, c.num_kv_heads
        )));
    }
    if let Some(cap) = c.softcap {
        if !(cap.is_finite() && cap > 0.0) {
            return Err(PmetalError::InvalidArgument(format!("attention softcap must be finite and > 0, got {cap}")));
        }
    }
    if let Some(s) = c.scale {
        if !s.is_finite() {
            return Err(PmetalError::InvalidArgument(format!("attention scale must be finite, got {s}")));
        }
    }
    if c.splits == Some(0) {
        return Err(PmetalError::InvalidArgument("attention splits must be at least 1".into()));
    }
    Ok(())
}

/// Shared bytes of the backward kernel a tiling launches.
fn bwd_smem(t: &AttnCfg, elem: usize, pass: Pass) -> usize {
    let dq = pass == Pass::Dq;
    if launch::bwd_is_mma(t, dq) {
        fa2_backward::bwd_mma_smem(t, elem, dq)
    } else if dq {
        t.dq_smem(elem)
    } else {
        t.dkv_smem(elem)
    }
}
