//! Launch code of FlashAttention: binds the buffers and launches the kernels a plan names
//! (see `plan.rs`; nothing is decided here). Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::backward::{attn_bwd_dkv, attn_bwd_dq, attn_row_dot, attn_sum_parts};
use super::common::{AttnDimsLaunch, MASK_ADD, MASK_BOOL};
use super::decode::attn_decode;
use super::fa2_backward::attn_bwd_mma;
use super::fa2_forward::attn_fwd_mma;
use super::forward::{attn_combine, attn_fwd};
use super::plan::{BwdKernel, BwdLaunch, FwdKernel, FwdPlan};
use super::register::attn_fwd_reg;
use super::{AttentionGrads, MaskArg, VarLen};
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, elementwise_grid};
use crate::dtype::Storage;
use crate::buffer::GpuTensor;
use crate::context::DeviceInfo;

/// Run-time scalars (see [`AttnDims`](super::common::AttnDims)).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Dims {
    pub heads: u32,
    pub kv_heads: u32,
    pub group: u32,
    pub tq: u32,
    pub tk: u32,
    pub tokens_q: u32,
    pub scale: f32,
    pub softcap: f32,
    pub left: i32,
    pub right: i32,
    pub mask_sb: u32,
    pub mask_sh: u32,
    pub split_len: u32,
    pub splits: u32,
    pub tokens_k: u32,
}

impl Dims {
    fn arg<R: Runtime>(&self) -> AttnDimsLaunch<R> {
        AttnDimsLaunch::new(
            self.heads,
            self.kv_heads,
            self.group,
            self.tq,
            self.tk,
            self.tokens_q,
            self.scale,
            self.softcap,
            self.left,
            self.right,
            self.mask_sb,
            self.mask_sh,
            self.split_len,
            self.splits,
            self.tokens_k,
            f32::NEG_INFINITY,
        )
    }
}

type Buf = (Handle, usize);

/// The buffers of one call; absent ones are bound to q (never read).
pub(crate) struct Bufs {
    q: Buf,
    k: Buf,
    v: Buf,
    out: Buf,
    lse: Buf,
    mask_f: Buf,
    mask_b: Buf,
    cu_q: Buf,
    cu_k: Buf,
    part_o: Buf,
    part_lse: Buf,
    d_out: Buf,
    delta: Buf,
    dq: Buf,
    dk: Buf,
    dv: Buf,
    /// f32 partial gradients of a split backward launch (dQ, or dK then dV).
    part_g: Buf,
}

fn buf(t: &GpuTensor) -> Buf {
    (t.handle(), t.numel() as usize)
}

impl Bufs {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        q: &GpuTensor,
        k: &GpuTensor,
        v: &GpuTensor,
        mask: Option<MaskArg<'_>>,
        seqs: Option<&VarLen>,
        out: &GpuTensor,
        lse: &GpuTensor,
        part_o: Option<&GpuTensor>,
        part_lse: Option<&GpuTensor>,
    ) -> Self {
        let none = (q.handle(), 1usize);
        let pick = |t: Option<&GpuTensor>| t.map_or(none.clone(), buf);
        Bufs {
            q: buf(q),
            k: buf(k),
            v: buf(v),
            out: buf(out),
            lse: buf(lse),
            mask_f: pick(mask.filter(|m| m.kind == MASK_ADD).map(|m| m.t)),
            mask_b: pick(mask.filter(|m| m.kind == MASK_BOOL).map(|m| m.t)),
            cu_q: pick(seqs.map(|s| &s.cu_q)),
            cu_k: pick(seqs.map(|s| &s.cu_k)),
            part_o: pick(part_o),
            part_lse: pick(part_lse),
            d_out: none.clone(),
            delta: none.clone(),
            dq: none.clone(),
            dk: none.clone(),
            dv: none.clone(),
            part_g: none,
        }
    }

    pub(crate) fn with_backward(mut self, d_out: &GpuTensor, delta: &GpuTensor, g: &AttentionGrads) -> Self {
        self.d_out = buf(d_out);
        self.delta = buf(delta);
        self.dq = buf(&g.dq);
        self.dk = buf(&g.dk);
        self.dv = buf(&g.dv);
        self
    }

    /// Binds the f32 partials of a split backward launch.
    pub(crate) fn with_partials(mut self, part: Option<&GpuTensor>) -> Self {
        if let Some(p) = part {
            self.part_g = buf(p);
        }
        self
    }
}

fn a<R: Runtime>(b: &Buf) -> ArrayArg<R> {
    arg::<R>(b.0.clone(), b.1.max(1))
}

pub(crate) fn forward<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, plan: &FwdPlan) {
    with_io!(st, forward_io::<R>(c, b, d, plan))
}

fn forward_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, plan: &FwdPlan) {
    let (t, grid) = (plan.cfg, plan.grid);
    let count = CubeCount::Static(grid.0 as u32, grid.1 as u32, grid.2 as u32);
    // The forward kernels take the same buffers; the FA2 ones add their switches.
    macro_rules! launch_fwd {
        ($kernel:ident $(, $extra:expr)*) => {
            unsafe {
                $kernel::launch_unchecked::<I, R>(
                    c,
                    count,
                    CubeDim::new_1d(t.threads as u32),
                    t.v,
                    a(&b.q),
                    a(&b.k),
                    a(&b.v),
                    a(&b.mask_f),
                    a(&b.mask_b),
                    a(&b.cu_q),
                    a(&b.cu_k),
                    a(&b.out),
                    a(&b.lse),
                    a(&b.part_o),
                    a(&b.part_lse),
                    d.arg(),
                    t,
                    $($extra),*
                )
            }
        };
    }
    match plan.kernel {
        FwdKernel::Generic => launch_fwd!(attn_fwd),
        FwdKernel::Fa2 => launch_fwd!(attn_fwd_mma, plan.fast_math),
        FwdKernel::CudaRegister { async_kv } => launch_fwd!(attn_fwd_reg, plan.fast_math, async_kv),
        FwdKernel::Decode(dc) => launch_fwd!(attn_decode, plan.fast_math, dc),
        // Launched by `run_forward` through `hopper::forward` (CUDA only), never here.
        FwdKernel::Hopper(_) => debug_assert!(false, "the Hopper plan has its own launch"),
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn combine<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, splits: usize, dim: usize, varlen: bool, info: &DeviceInfo) {
    with_io!(st, combine_io::<R>(c, b, d, splits, dim, varlen, info))
}

#[allow(clippy::too_many_arguments)]
fn combine_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, splits: usize, dim: usize, varlen: bool, info: &DeviceInfo) {
    let (count, cube) = elementwise_grid(info, d.tokens_q as usize * d.heads as usize * dim);
    unsafe {
        attn_combine::launch_unchecked::<I, R>(c, count, cube, a(&b.part_o), a(&b.part_lse), a(&b.out), a(&b.lse), d.arg(), splits, dim, varlen)
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn row_dot<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, dim: usize, v: usize, varlen: bool, info: &DeviceInfo) {
    with_io!(st, row_dot_io::<R>(c, b, d, dim, v, varlen, info))
}

fn row_dot_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, dim: usize, v: usize, varlen: bool, info: &DeviceInfo) {
    let (count, cube) = elementwise_grid(info, d.tokens_q as usize * d.heads as usize);
    unsafe { attn_row_dot::launch_unchecked::<I, R>(c, count, cube, v, a(&b.out), a(&b.d_out), a(&b.delta), d.arg(), dim, v, varlen) }
}

pub(crate) fn dq<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, l: &BwdLaunch, fast: bool) {
    with_io!(st, bwd_io::<R>(c, b, d, l, true, fast))
}

/// The three backward kernels take the same inputs; they differ in their outputs and the
/// FA2 kernel's extra switches.
fn bwd_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, l: &BwdLaunch, dq: bool, fast: bool) {
    let (t, grid) = (l.cfg, l.grid);
    let count = CubeCount::Static(grid.0 as u32, grid.1 as u32, grid.2 as u32);
    macro_rules! launch_bwd {
        ($kernel:ident, [$($out:expr),+] $(, $extra:expr)*) => {
            unsafe {
                $kernel::launch_unchecked::<I, R>(
                    c,
                    count,
                    CubeDim::new_1d(t.threads as u32),
                    t.v,
                    a(&b.q),
                    a(&b.k),
                    a(&b.v),
                    a(&b.d_out),
                    a(&b.lse),
                    a(&b.delta),
                    a(&b.mask_f),
                    a(&b.mask_b),
                    a(&b.cu_q),
                    a(&b.cu_k),
                    $(a($out),)+
                    d.arg(),
                    t,
                    $($extra),*
                )
            }
        };
    }
    match (l.kernel, dq) {
        (BwdKernel::Fa2, true) => launch_bwd!(attn_bwd_mma, [&b.dq, &b.dq], true, fast),
        (BwdKernel::Fa2, false) => launch_bwd!(attn_bwd_mma, [&b.dk, &b.dv], false, fast),
        (BwdKernel::Generic { .. }, true) => launch_bwd!(attn_bwd_dq, [&b.dq, &b.part_g]),
        (BwdKernel::Generic { .. }, false) => launch_bwd!(attn_bwd_dkv, [&b.dk, &b.dv, &b.part_g]),
        // Launched by `run_backward` through `hopper::backward` (CUDA only), never here.
        (BwdKernel::Hopper(_), _) => unreachable!("the Hopper backward has its own launch"),
    }
}

pub(crate) fn dkv<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, l: &BwdLaunch, fast: bool) {
    with_io!(st, bwd_io::<R>(c, b, d, l, false, fast))
}

/// Sums a split backward's f32 partials into its gradients: dQ, or dK and dV.
pub(crate) fn sum_parts<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, dq: bool, info: &DeviceInfo) {
    with_io!(st, sum_parts_io::<R>(c, b, d, dq, info))
}

fn sum_parts_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, dq: bool, info: &DeviceInfo) {
    let outs: &[(&Buf, bool)] = if dq { &[(&b.dq, false)] } else { &[(&b.dk, false), (&b.dv, true)] };
    for &(out, second) in outs {
        let (count, cube) = elementwise_grid(info, out.1);
        unsafe { attn_sum_parts::launch_unchecked::<I, R>(c, count, cube, a(&b.part_g), a(out), d.arg(), second) }
    }
}
