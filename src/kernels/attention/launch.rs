//! Launch code of FlashAttention. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::backward::{attn_bwd_dkv, attn_bwd_dq, attn_row_dot, attn_sum_parts};
use super::common::{AttnCfg, AttnDimsLaunch, MASK_ADD, MASK_BOOL, PLANE};
use super::fa2_backward::attn_bwd_mma;
use super::fa2_forward::attn_fwd_mma;
use super::forward::{attn_combine, attn_fwd};
use super::register::attn_fwd_reg;
use super::{AttentionGrads, MaskArg, VarLen};
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, elementwise_grid, Storage};
use crate::tuning::Tuning;
use crate::{DeviceInfo, GpuTensor};

/// Which kernel a tiling is for (their shared memory differs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pass {
    Forward,
    Dq,
    Dkv,
}

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

/// Whether the forward runs the register-level kernel ([`attn_fwd_reg`]): CUDA's
/// `mma.sync` with `ldmatrix`, 16-wide fragments, D a multiple of 16 up to 128 (its O,
/// S and Q registers: 64 + 32 + 32 per lane at D 128), 16-byte vectors.
/// `PMETAL_ATTN_REG=0` turns it off (for side-by-side timings).
/// Called on the FlashAttention-2 tiling (`bq = bkv = s x planes`).
pub(crate) fn fwd_is_reg(t: &AttnCfg, info: &DeviceInfo, tuning: &Tuning) -> bool {
    info.register_mma
        && t.s == 16
        && t.d % 16 == 0
        && t.d <= 128
        && t.v == 8
        && tuning.attn_register_kernel != Some(false)
}

/// Whether the register forward double-buffers K / V with `cp.async`
/// (`PMETAL_ATTN_ASYNC=0|1` overrides). The two stages cost registers (172-184 against
/// 168-178 at D 128: 2 cubes per SM instead of 3), so where the grid fills the GPU the
/// loads through registers win; where it does not (decode, few tiles), or the head dim is
/// small, the overlap does. Measured on the H100 (bench/results/
/// 2026-11-26-h100-fa2-register-lora-library, bf16, ms async / through registers):
/// D 128 causal T 4096, 1024 cubes: 2.51 / 1.98; T 16384: 9.55 / 7.49; D 64 full T 2048:
/// 0.534 / 0.582; split-KV decode KV 32k: 0.682 / 0.827; decode without the split
/// (64 cubes): 1.43 / 2.29.
pub(crate) fn fwd_reg_async(t: &AttnCfg, grid: (usize, usize, usize), info: &DeviceInfo, tuning: &Tuning) -> bool {
    if let Some(on) = tuning.attn_async_kv {
        return on;
    }
    let cubes = grid.0 * grid.1 * grid.2;
    let sms = info.compute_units.unwrap_or(132) as usize;
    t.d <= 64 || t.split || cubes <= 3 * sms
}

pub(crate) fn forward<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, t: AttnCfg, grid: (usize, usize, usize), info: &DeviceInfo, tuning: &Tuning) {
    with_io!(st, forward_io::<R>(c, b, d, t, grid, info, tuning))
}

fn forward_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, t: AttnCfg, grid: (usize, usize, usize), info: &DeviceInfo, tuning: &Tuning) {
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
    // The FlashAttention-2 kernel's tiling (see `FlashAttention::tiles`).
    if t.s != 0 && t.bq == t.bkv && t.bq == t.s * t.threads / PLANE {
        if fwd_is_reg(&t, info, tuning) {
            let async_kv = fwd_reg_async(&t, grid, info, tuning);
            launch_fwd!(attn_fwd_reg, true, async_kv)
        } else {
            launch_fwd!(attn_fwd_mma, info.backend == crate::Backend::Cuda)
        }
    } else {
        launch_fwd!(attn_fwd)
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

pub(crate) fn dq<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, t: AttnCfg, grid: (usize, usize, usize), fast: bool) {
    with_io!(st, bwd_io::<R>(c, b, d, t, grid, true, fast))
}

/// Whether a backward tiling is the FlashAttention-2 kernel's: one plane per `s` fixed
/// rows (query rows for dQ, keys for dK / dV), whole vectors per fragment row.
pub(crate) fn bwd_is_mma(t: &AttnCfg, dq: bool) -> bool {
    let rows = if dq { t.bq } else { t.bkv };
    t.s != 0 && rows == t.s * t.threads / PLANE && t.bq % t.s == 0 && t.bkv % t.s == 0 && t.s % t.v == 0
}

/// The three backward kernels take the same inputs; they differ in their outputs and the
/// FA2 kernel's extra switches.
fn bwd_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, b: &Bufs, d: Dims, t: AttnCfg, grid: (usize, usize, usize), dq: bool, fast: bool) {
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
    match (bwd_is_mma(&t, dq), dq) {
        (true, true) => launch_bwd!(attn_bwd_mma, [&b.dq, &b.dq], true, fast),
        (true, false) => launch_bwd!(attn_bwd_mma, [&b.dk, &b.dv], false, fast),
        (false, true) => launch_bwd!(attn_bwd_dq, [&b.dq, &b.part_g]),
        (false, false) => launch_bwd!(attn_bwd_dkv, [&b.dk, &b.dv, &b.part_g]),
    }
}

pub(crate) fn dkv<R: Runtime>(c: &ComputeClient<R>, st: Storage, b: &Bufs, d: Dims, t: AttnCfg, grid: (usize, usize, usize), fast: bool) {
    with_io!(st, bwd_io::<R>(c, b, d, t, grid, false, fast))
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

/// Loop iterations one invocation of a generic (shared-memory tile) kernel runs per tile
/// of its walk, counted as a driver that limits loops counts them (every back edge of
/// every loop, whole vectors of lanes together; see `DeviceInfo::loop_limit`): the tile
/// loads, the FMA block products (outputs per unit times K + 1) and the softmax / scaling
/// loops. The fragment paths run fewer; this bounds them too.
pub(crate) fn loops_per_tile(t: &AttnCfg, pass: Pass) -> usize {
    let th = t.threads;
    let load = |rows: usize| (rows * t.d / t.v).div_ceil(th);
    let mm = |m: usize, n: usize, k: usize| (m * n).div_ceil(th) * (k + 1);
    let grad = (t.bq * t.bkv / t.v).div_ceil(th);
    1 + match pass {
        Pass::Forward => 2 * load(t.bkv) + mm(t.bq, t.bkv, t.d) + 2 * t.bkv + (t.bq * t.d).div_ceil(th) + mm(t.bq, t.d, t.bkv),
        Pass::Dq => 2 * load(t.bkv) + 2 * mm(t.bq, t.bkv, t.d) + grad + mm(t.bq, t.d, t.bkv),
        Pass::Dkv => 2 * load(t.bq) + t.bq.div_ceil(th) + 2 * mm(t.bq, t.bkv, t.d) + grad + 2 * mm(t.bkv, t.d, t.bq),
    }
}

/// Most tiles one cube may walk under a loop limit: half of it, so the prologue, the
/// epilogue and any slack in [`loops_per_tile`] stay well inside.
pub(crate) fn max_walk_tiles(t: &AttnCfg, pass: Pass, limit: u64) -> usize {
    ((limit / 2) as usize / loops_per_tile(t, pass)).max(1)
}
