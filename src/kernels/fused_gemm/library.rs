//! The fused GEMM's library path ([`GemmPath::Library`]): the matmul op's GEMM
//! ([`Matmul`]: cuBLASLt on CUDA where the context has it, else cubek-matmul) with the
//! second product, the bias and `alpha1` folded in by concatenating along K.
//!
//! `C = alpha1 pro(op(A1)) op(B1) + alpha2 op(A2) op(B2) + bias` is one product of
//! `[alpha1 pro(op(A1)) | 1 | alpha2 op(A2) | 0]` `[M, Kc]` and `[op(B1) ; bias ; op(B2) ; 0]`
//! `[Kc, N]`, with `Kc = K1 + 1 + K2` rounded up to 8 (16-byte rows, what cubek's TMA
//! loads want). Two small kernels write the packed operands (`kernel::pack_block`, the
//! K1 block, vectorised, with the RMSNorm prologue; `kernel::pack_tail`, the rank-sized
//! rest), each in the layout of its first segment, so the big copy is a straight one;
//! then one cubek GEMM. The low-rank term is part of the GEMM's K loop: no pass over C.
//!
//! Where the matmul tries cuBLASLt, which accumulates into C in place (beta = 1), a call
//! with a second product and no prologue is two GEMMs instead: the second product (with
//! the bias; rank-sized, so any copy it needs is small) written into C, then the first
//! accumulated onto it straight from its operands. That trades the packed copies of A1
//! and B1 (x and W in LoRA: a read and write of both) for one extra read and write of C.
//! With the RMSNorm prologue x must be copied anyway, so the concatenation stays.
//!
//! Why: cubek's GEMM runs LoRA's base product several times faster than pmetal's own
//! fused kernel on CUDA (single shared stage, wmma fragments, one cube per SM; numbers in
//! bench/results/tuning-decisions.md). Packing costs one read and write of x (and of W,
//! 32 MiB at 4096x4096): tens of microseconds against the GEMM's milliseconds.
//!
//! The bias entry sits right after K1 so that a call without a second product (the base
//! layer) and one whose second product is zero for a row share the same leading K
//! entries. `alpha2 == 0` drops the second product (scale 0 is exactly the base layer).
//! A call with only `alpha1` scales the smaller operand's copy (LoRA's `g = s dy B` and
//! `dB = s dy^T t`: the rank-sized one). As on the matrix-unit path, scaled and
//! normalised operands are rounded to their dtype once (exact for power-of-two scales).
//! Dropout stays on pmetal's own kernel (its mask sits inside a product).

use super::launch::{self, PackBlock, PackTail};
use super::{kernel, logical, strides, FusedGemm, FusedGemmCall, GemmPath, GemmSegment};
use crate::context::with_client;
use crate::kernels::MAX_ELEMENTS_U32;
use crate::buffer::GpuTensor;
use crate::dtype::DType;
use crate::error::Result;
use crate::kernels::matmul::Matmul;

/// A packed operand and whether cubek reads it transposed.
struct Packed {
    t: GpuTensor,
    trans: bool,
}

/// Which operand of the products a pack builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    A,
    B,
}

/// K of a second product (0 without one).
fn seg_k(seg2: Option<(GemmSegment<'_>, f32)>) -> usize {
    seg2.map_or(0, |(s, _)| logical(s.a, s.trans_a, "a2").map_or(0, |d| d.1))
}

impl FusedGemm {
    /// Whether `call` (validated) runs on the library path.
    pub(super) fn library_takes(&self, call: &FusedGemmCall<'_>, dt: DType) -> bool {
        if self.resolved_path(dt) != GemmPath::Library || call.dropout.is_some() {
            return false;
        }
        let s1 = &call.seg1;
        let prologue = call.row_scale.is_some() || call.col_scale.is_some();
        // The prologue is written with A1's rows contiguous along K.
        if prologue && s1.trans_a {
            return false;
        }
        let (Ok((m, k1)), Ok((_, n))) = (logical(s1.a, s1.trans_a, "a1"), logical(s1.b, s1.trans_b, "b1")) else {
            return false;
        };
        let kc = (k1 + seg_k(call.seg2) + 1).next_multiple_of(8) as u64;
        // The packs index with 32 bits, as every kernel here, and each is one buffer: both
        // must fit the device's binding limit, else the own kernel (no copies) takes it.
        let fits = |elems: u64| elems <= MAX_ELEMENTS_U32 && self.ctx.max_binding_bytes().is_none_or(|l| elems * dt.size() as u64 <= l);
        fits(m as u64 * kc) && fits(n as u64 * kc)
    }

    /// Runs a call the library path takes (see the module docs).
    pub(super) fn run_library(&self, call: &FusedGemmCall<'_>, out: &GpuTensor) -> Result<()> {
        let s1 = &call.seg1;
        let (m, k1) = logical(s1.a, s1.trans_a, "a1")?;
        let (_, n) = logical(s1.b, s1.trans_b, "b1")?;
        let seg2 = call.seg2.filter(|(_, alpha)| *alpha != 0.0);
        let k2 = seg_k(seg2);
        let extra = usize::from(call.bias.is_some()) + k2;
        let prologue = call.row_scale.is_some() || call.col_scale.is_some();
        let mm = Matmul::new(&self.ctx);
        if let Some((s2, alpha2)) = seg2.filter(|_| !prologue && mm.tries_cublaslt()) {
            // The GEMM accumulates in place (cuBLASLt, beta = 1): the second product (and
            // the bias) into `out` first, rank-sized operands packed if at all, then the
            // first product onto it, straight from its operands. Skips packing x and W,
            // which costs more than the second pass over `out`.
            let second = FusedGemmCall { seg1: s2, alpha1: alpha2, seg2: None, accumulate: call.accumulate, ..*call };
            self.run_library(&second, out)?;
            let first = FusedGemmCall { seg2: None, bias: None, accumulate: true, ..*call };
            return self.run_library(&first, out);
        }
        let kc = if extra == 0 { k1 } else { (k1 + extra).next_multiple_of(8) };
        // Where alpha1 goes: A's copy when A is packed anyway, else the smaller operand's.
        let scale_a = call.alpha1 != 1.0 && (extra > 0 || prologue || s1.a.numel() <= s1.b.numel());
        let pack_a = extra > 0 || prologue || scale_a;
        let pack_b = extra > 0 || (call.alpha1 != 1.0 && !scale_a);
        let a = if pack_a { Some(self.pack(Side::A, call, seg2, (m, n, k1, k2, kc), if scale_a { call.alpha1 } else { 1.0 })?) } else { None };
        let b = if pack_b { Some(self.pack(Side::B, call, seg2, (m, n, k1, k2, kc), if scale_a { 1.0 } else { call.alpha1 })?) } else { None };
        let (at, ta) = a.as_ref().map_or((s1.a, s1.trans_a), |p| (&p.t, p.trans));
        let (bt, tb) = b.as_ref().map_or((s1.b, s1.trans_b), |p| (&p.t, p.trans));
        mm.run(at, bt, out, ta, tb, call.accumulate)?;
        Ok(())
    }

    /// One packed operand: the K1 block of its first segment (scaled by `alpha`, A1's
    /// prologue on the A side), then the tail (bias entry, second segment, zeros) up to
    /// `kc`, laid out like the first segment.
    fn pack(&self, side: Side, call: &FusedGemmCall<'_>, seg2: Option<(GemmSegment<'_>, f32)>, (m, n, k1, e2, kc): (usize, usize, usize, usize, usize), alpha: f32) -> Result<Packed> {
        let ctx = &self.ctx;
        let s1 = &call.seg1;
        let dt = s1.a.dtype();
        let st = ctx.storage_of(dt);
        // Lines: M for A, N for B. `k_contig`: the first segment's rows run along K.
        let (src, lines, k_contig) = match side {
            Side::A => (s1.a, m, !s1.trans_a),
            Side::B => (s1.b, n, s1.trans_b),
        };
        let shape = if k_contig { [lines, kc] } else { [kc, lines] };
        let t = GpuTensor::empty(ctx, dt, &shape)?;
        let h = |t: &GpuTensor| (t.handle(), t.numel() as usize);
        // The RMSNorm prologue (A side): `row_scale[m] * (offset + col_scale[k])`; a
        // missing half is ones (rows) or zeros with offset 1 (columns).
        let mut keep = Vec::new();
        let scales = if side == Side::A && (call.row_scale.is_some() || call.col_scale.is_some()) {
            let r = match call.row_scale {
                Some(r) => h(r),
                None => {
                    keep.push(GpuTensor::from_f32(ctx, DType::F32, &[m], &vec![1.0; m])?);
                    h(&keep[keep.len() - 1])
                }
            };
            let (c, off) = match call.col_scale {
                Some((w, off)) => (h(w), off),
                None => {
                    keep.push(GpuTensor::from_f32(ctx, dt, &[k1], &vec![0.0; k1])?);
                    (h(&keep[keep.len() - 1]), 1.0)
                }
            };
            Some((r, c, off))
        } else {
            None
        };
        let (rows, cols) = if k_contig { (lines, k1) } else { (k1, lines) };
        let block = PackBlock {
            src: h(src),
            out: h(&t),
            scales,
            rows,
            cols,
            src_ld: cols,
            out_ld: if k_contig { kc } else { lines },
            out_off: 0,
            alpha,
        };
        let info = ctx.info();
        ctx.note_launch(|| format!("fused_gemm_pack_block/{}", st.name()));
        with_client!(ctx, |c, R| launch::pack_block::<R>(c, info, st, block.clone()));
        if kc > k1 {
            let bias_mode = match (side, call.bias.is_some()) {
                (_, false) => kernel::PACK_BIAS_NONE,
                (Side::A, true) => kernel::PACK_BIAS_ONES,
                (Side::B, true) => kernel::PACK_BIAS_VALUES,
            };
            let (src2, s2, alpha2) = match (&seg2, side) {
                (Some((s, a)), Side::A) => {
                    let (sm, sk) = strides(s.a, s.trans_a);
                    (h(s.a), (sm as usize, sk as usize), *a)
                }
                (Some((s, _)), Side::B) => {
                    let (sk, sn) = strides(s.b, s.trans_b);
                    (h(s.b), (sn as usize, sk as usize), 1.0)
                }
                (None, _) => (h(&t), (0, 0), 0.0),
            };
            let tail = PackTail {
                src2,
                bias: call.bias.map_or_else(|| h(&t), h),
                out: h(&t),
                lines,
                width: kc - k1,
                e1: k1,
                e2,
                s2,
                out_strides: if k_contig { (kc, 1) } else { (1, lines) },
                alpha2,
                bias_mode,
            };
            ctx.note_launch(|| format!("fused_gemm_pack_tail/{}/{bias_mode}", st.name()));
            with_client!(ctx, |c, R| launch::pack_tail::<R>(c, info, st, tail.clone()));
        }
        drop(keep); // launched: the queue keeps what it reads
        // cubek's view: A stored [M, Kc] is op(A) itself, [Kc, M] its transpose; B stored
        // [N, Kc] is op(B) transposed, [Kc, N] op(B) itself.
        let trans = match side {
            Side::A => !k_contig,
            Side::B => k_contig,
        };
        Ok(Packed { t, trans })
    }
}
