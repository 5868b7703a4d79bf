//! Validation of an attention call: the head configuration, q / k / v against it (fixed
//! or packed variable-length batches), a mask tensor's dtype and broadcast, and the output
//! and gradient tensors. Host code; nothing here depends on the device.

use super::common::{MASK_ADD, MASK_BOOL};
use super::{AttentionConfig, AttentionGrads, FlashAttention, VarLen, HEAD_DIMS};
use crate::kernels::{check_context, check_float, check_size};
use crate::buffer::GpuTensor;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};

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
    /// Validates q, k, v against the config; returns the sizes.
    pub(super) fn shape(&self, q: &GpuTensor, k: &GpuTensor, v: &GpuTensor, seqs: Option<&VarLen>) -> Result<Shape> {
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

    pub(super) fn mask<'a>(&self, mask: Option<&'a GpuTensor>, dtype: DType, sh: &Shape) -> Result<Option<MaskArg<'a>>> {
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

    pub(super) fn check_outputs(&self, q: &GpuTensor, sh: &Shape, seqs: Option<&VarLen>, out: &GpuTensor, lse: &GpuTensor) -> Result<()> {
        crate::kernels::check_same(&self.ctx, q, out, "attention out")?;
        crate::kernels::check_like(&self.ctx, DType::F32, &self.lse_shape(sh, seqs), lse, "attention lse")
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_backward(
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
}

pub(super) fn validate_config(c: &AttentionConfig) -> Result<()> {
    if !HEAD_DIMS.contains(&c.head_dim) {
        return Err(PmetalError::InvalidArgument(format!("attention: head dim {} is not supported (one of {HEAD_DIMS:?})", c.head_dim)));
    }
    if c.num_heads == 0 || c.num_kv_heads == 0 || !c.num_heads.is_multiple_of(c.num_kv_heads) {
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
