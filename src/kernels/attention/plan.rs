//! Which attention kernels run, as data: a [`FwdPlan`] or [`BwdPlan`] names the kernel
//! family of each launch with its tiling ([`AttnCfg`]), its splits and its switches. One
//! function per pass works it out, [`forward`] and [`backward`], from the device's
//! capabilities ([`Device`]: the context's [`DeviceInfo`], the tuning overrides
//! ([`Tuning`], the `PMETAL_ATTN_*` variables) and its fragments) and the call's shape;
//! the launch code only matches on the result.
//!
//! What that gives by default:
//!
//! | device | forward | backward (dQ, dK / dV) |
//! |---|---|---|
//! | CUDA, f16 / bf16 | [`FwdKernel::CudaRegister`] (D a multiple of 16 up to 128), else [`FwdKernel::Fa2`] | [`BwdKernel::Fa2`], 64 x 64 tiles |
//! | Metal, f16 (8x8x8 fragments) | [`FwdKernel::Fa2`] where its tile fits the 32 KiB (D up to 80), else [`FwdKernel::Generic`] on fragments | [`BwdKernel::Fa2`] where its tiles fit (32 x 32), else generic on fragments |
//! | no fragments for the dtype (lavapipe, f32 anywhere, bf16 on Metal, [`AttentionPath::Fma`]) | [`FwdKernel::Generic`] on FMAs | [`BwdKernel::Generic`] on FMAs |
//!
//! On every device, decode-like calls (at most 16 packed query rows per batch entry and KV
//! head, no mask tensor, fixed batches) take [`FwdKernel::Decode`], the split-KV decode
//! kernel (`decode_plan`, the kernel in `decode.rs`).
//!
//! Under a driver's loop limit (lavapipe) the generic kernels' walks are split so that no
//! cube gets near it: the forward takes more key splits, the backward splits its walks
//! into f32 partials (see docs/notes/lavapipe-loop-limit.md).

use super::common::{AttnCfg, MASK_NONE, PLANE};
use super::decode::DecodeCfg;
use super::hopper::{HopperBwdCfg, HopperCfg, BLOCK, THREADS};
pub(crate) use super::plan_kinds::{BwdKernel, BwdLaunch, BwdPlan, FwdKernel, FwdPlan};
use super::fa2_backward::bwd_mma_smem;
use super::{AttentionConfig, AttentionPath, FlashAttention, Shape};
use crate::kernels::{mma_fragment, vector_width};
use crate::dtype::Storage;
use crate::tuning::Tuning;
use crate::context::DeviceInfo;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};

/// Which launch a tiling is for (their shared memory and loop counts differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pass {
    Forward,
    Dq,
    Dkv,
}

/// The FlashAttention-2 tiling: one strip of `s` rows per plane, `bq = bkv` (the forward
/// kernels' requirement; the backward's fixed rows likewise).
pub(crate) fn fa2_tiles(base: &AttnCfg) -> AttnCfg {
    let rows = base.s * base.threads / PLANE;
    AttnCfg { bq: rows, bkv: rows, ..*base }
}

/// Whether the register-level forward can run a FlashAttention-2 tiling on a device with
/// (`register_mma`) or without CUDA's `mma.sync` / `ldmatrix`: 16-wide fragments, D a
/// multiple of 16 up to 128 (its O, S and Q registers: 64 + 32 + 32 per lane at D 128),
/// 16-byte vectors.
pub(crate) fn register_kernel_fits(t: &AttnCfg, register_mma: bool) -> bool {
    register_mma && t.s == 16 && t.d.is_multiple_of(16) && t.d <= 128 && t.v == 8
}

/// Whether the register forward double-buffers K / V with `cp.async`
/// (`PMETAL_ATTN_ASYNC=0|1` overrides). The two stages cost registers (2 cubes per SM
/// instead of 3 at D 128), so where the grid fills the GPU the loads through registers
/// win; where it does not (decode, few tiles), or the head dim is small, the overlap does.
/// Measured on the H100: bench/results/2026-11-26-h100-fa2-register-lora-library
/// (README, call 3).
fn register_async_kv(t: &AttnCfg, grid: (usize, usize, usize), info: &DeviceInfo, tuning: &Tuning) -> bool {
    if let Some(on) = tuning.attn_async_kv {
        return on;
    }
    let cubes = grid.0 * grid.1 * grid.2;
    let sms = info.compute_units.unwrap_or(132) as usize;
    t.d <= 64 || t.split || cubes <= 3 * sms
}

/// Whether a backward tiling is the FlashAttention-2 kernel's: one plane per `s` fixed
/// rows (query rows for dQ, keys for dK / dV), whole vectors per fragment row.
fn bwd_is_fa2(t: &AttnCfg, dq: bool) -> bool {
    let rows = if dq { t.bq } else { t.bkv };
    t.s != 0 && rows == t.s * t.threads / PLANE && t.bq.is_multiple_of(t.s) && t.bkv.is_multiple_of(t.s) && t.s.is_multiple_of(t.v)
}

/// Shared bytes of the backward kernel a tiling runs.
fn bwd_smem(t: &AttnCfg, elem: usize, pass: Pass) -> usize {
    let dq = pass == Pass::Dq;
    if bwd_is_fa2(t, dq) {
        bwd_mma_smem(t, elem, dq)
    } else if dq {
        t.dq_smem(elem)
    } else {
        t.dkv_smem(elem)
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

/// What the plan reads of the device, for one dtype: the context's [`DeviceInfo`] and
/// [`Tuning`], and what only the context can tell (the fragments its runtime offers for
/// the dtype on the requested path, and its plane barrier's memory order). Plain data, so
/// plans can be worked out and tested for any device.
#[derive(Clone, Copy)]
pub(crate) struct Device<'a> {
    pub info: &'a DeviceInfo,
    pub tuning: &'a Tuning,
    pub dtype: DType,
    /// Fragment side for `dtype` (None: FMAs).
    pub frag: Option<usize>,
    /// See [`AttnCfg::plane_sync_orders_smem`].
    pub plane_sync_orders_smem: bool,
}

impl Device<'_> {
    fn elem(&self) -> usize {
        Storage::of(self.dtype, self.info.native_bf16).size()
    }

    pub(crate) fn check_grid(&self, (x, y, z): (usize, usize, usize)) -> Result<()> {
        let m = self.info.max_cube_count;
        if x > m.0 as usize || y > m.1 as usize || z > m.2 as usize {
            return Err(PmetalError::TooLarge(format!("attention needs a ({x}, {y}, {z}) grid; the device allows {m:?}")));
        }
        Ok(())
    }
}

/// The forward of a call of shape `sh` with a mask tensor of kind `mask` (or none) and
/// packed sequences (`varlen`) or not.
pub(crate) fn forward(dev: &Device, c: &AttentionConfig, sh: &Shape, mask: u32, varlen: bool) -> Result<FwdPlan> {
    // Decode-like calls the decode kernel covers take it (see `decode.rs`).
    if let Some(plan) = decode_plan(dev, c, sh, mask, varlen) {
        return plan;
    }
    let (info, tuning) = (dev.info, dev.tuning);
    let base = base_cfg(dev, c, mask, varlen);
    // On compute capability 9.0, the Hopper kernel where it covers the call (`hopper/`).
    if let Some(plan) = hopper_plan(dev, c, sh, mask, varlen, base) {
        return plan;
    }
    let elem = dev.elem();
    // With fragments: the FlashAttention-2 kernels (Q and O in registers, one plane per s
    // rows) wherever their tile fits, every head dim (what the CUDA tests ran, D 32-256);
    // the register-level one where it applies, unless PMETAL_ATTN_REG=0 turns it off (for
    // side-by-side timings). Elsewhere (Metal's 32 KiB at D 128, FMAs) the generic kernel.
    let fa2 = fa2_tiles(&base);
    let fa2_fits = dev.frag.is_some() && fa2.fwd_mma_smem(elem) <= info.max_shared_memory;
    let register = fa2_fits && register_kernel_fits(&fa2, info.register_mma) && tuning.attn_register_kernel != Some(false);
    let mut t = if fa2_fits { fa2 } else { generic_tiles(dev, base, Pass::Forward)? };
    let splits = pick_splits(dev, c, &t, sh);
    let split_len = sh.tk.div_ceil(splits).div_ceil(t.bkv) * t.bkv;
    let splits = sh.tk.div_ceil(split_len);
    t.split = splits > 1;
    let g = c.num_heads / c.num_kv_heads;
    let grid = ((sh.tq * g).div_ceil(t.bq), sh.batch * c.num_kv_heads, splits);
    dev.check_grid(grid)?;
    let kernel = match (fa2_fits, register) {
        (true, true) => FwdKernel::CudaRegister { async_kv: register_async_kv(&t, grid, info, tuning) },
        (true, false) => FwdKernel::Fa2,
        (false, _) => FwdKernel::Generic,
    };
    Ok(FwdPlan { kernel, cfg: t, splits, split_len, grid, fast_math: info.fast_exp })
}

/// The backward of a call (see [`forward`]).
pub(crate) fn backward(dev: &Device, c: &AttentionConfig, sh: &Shape, mask: u32, varlen: bool) -> Result<BwdPlan> {
    let grp = c.num_heads / c.num_kv_heads;
    let base = base_cfg(dev, c, mask, varlen);
    if let Some(plan) = hopper_bwd_plan(dev, c, sh, mask, varlen, base) {
        return plan;
    }
    let tq = bwd_tiles(dev, base, Pass::Dq)?;
    let tk = bwd_tiles(dev, base, Pass::Dkv)?;
    let dq = bwd_launch(dev, tq, Pass::Dq, sh.tk.div_ceil(tq.bkv), tq.bkv, |n| ((sh.tq * grp).div_ceil(tq.bq), sh.batch * c.num_kv_heads, n))?;
    let dkv = bwd_launch(dev, tk, Pass::Dkv, (sh.tq * grp).div_ceil(tk.bq), tk.bq, |n| (sh.tk.div_ceil(tk.bkv), sh.batch * c.num_kv_heads, n))?;
    Ok(BwdPlan { dq, dkv, fast_math: dev.info.fast_exp })
}

/// One backward launch at tiling `t`: the FlashAttention-2 kernel where `t` is its tiling,
/// else the generic one, whose walk (`tiles` tiles of `step` rows or keys) is split under
/// a driver's loop limit (lavapipe) over cubes that write f32 partials, summed in split
/// order afterwards (still deterministic).
fn bwd_launch(dev: &Device, t: AttnCfg, pass: Pass, tiles: usize, step: usize, grid: impl Fn(usize) -> (usize, usize, usize)) -> Result<BwdLaunch> {
    let mut t = t;
    let (kernel, splits) = if bwd_is_fa2(&t, pass == Pass::Dq) {
        (BwdKernel::Fa2, 1)
    } else {
        let (splits, split_len) = match dev.info.loop_limit {
            Some(l) => {
                let n = tiles.div_ceil(max_walk_tiles(&t, pass, l)).max(1);
                let len = tiles.div_ceil(n) * step;
                (tiles.div_ceil(len / step), len)
            }
            None => (1, 0),
        };
        t.split = splits > 1;
        (BwdKernel::Generic { splits, split_len }, splits)
    };
    let grid = grid(splits);
    dev.check_grid(grid)?;
    Ok(BwdLaunch { kernel, cfg: t, grid })
}

/// Every launch's comptime switches and the path's units and vectors; 16 x 16 tiles until
/// a tiling is chosen.
pub(crate) fn base_cfg(dev: &Device, c: &AttentionConfig, mask: u32, varlen: bool) -> AttnCfg {
    let frag = dev.frag;
    AttnCfg {
        d: c.head_dim,
        bq: 16,
        bkv: 16,
        s: frag.unwrap_or(0),
        // Fragments: 4 planes. FMAs: 64 units (lavapipe runs planes of 8).
        threads: if frag.is_some() { 128 } else { 64 },
        // The FMA path reads single elements of the shared tiles: with vector tiles those
        // reads index a vector at run time, which measured several times slower on the
        // H100 (bench/results/2026-11-26-h100-attention/tuning-attention.md); scalar tiles
        // keep it direct.
        v: if frag.is_some() { vector_width(dev.info, Storage::of(dev.dtype, dev.info.native_bf16), &[c.head_dim]) } else { 1 },
        window: c.causal || c.window_left.is_some() || c.window_right.is_some(),
        softcap: c.softcap.is_some(),
        mask,
        varlen,
        split: false,
        plane_sync_orders_smem: dev.plane_sync_orders_smem,
    }
}

/// The tiling of a backward launch. A tiling that is one fragment strip per plane runs
/// the FlashAttention-2 kernel (see [`bwd_launch`]): the default with fragments, a
/// `PMETAL_ATTN_BWD` override of that shape, and Metal's 32 x 32 below D 128.
fn bwd_tiles(dev: &Device, base: AttnCfg, pass: Pass) -> Result<AttnCfg> {
    let (max, elem) = (dev.info.max_shared_memory, dev.elem());
    // PMETAL_ATTN_BWD="bq,bkv,threads" (for sweeps on the GPU), where it fits.
    if let Some((bq, bkv, threads)) = dev.tuning.attn_bwd_tile {
        let t = AttnCfg { bq, bkv, threads, ..base };
        let s = base.s.max(1);
        if bwd_smem(&t, elem, pass) <= max && bq % s == 0 && bkv % s == 0 && bkv % base.v == 0 && threads % 32 == 0 {
            return Ok(t);
        }
    }
    if let Some(s) = dev.frag {
        // The FlashAttention-2 kernels (gradient accumulators in registers, one plane per s
        // fixed rows) with 64 x 64 tiles where they fit: measured faster than every
        // generic tiling, and 8 planes of 128 rows for dQ were slower at D 128
        // (bench/results/2026-11-26-h100-fa2-backward, README).
        let t = AttnCfg { bq: 64, bkv: 64, threads: 64 / s * 32, ..base };
        if bwd_is_fa2(&t, pass == Pass::Dq) && bwd_smem(&t, elem, pass) <= max {
            return Ok(t);
        }
        // Where those do not fit (Metal's 32 KiB at D 128): the generic kernels' measured
        // best tilings, 64 x 64 with 8 planes at D 128 and 32 x 32 with 4 planes at D 64
        // (bench/results/2026-11-26-h100-attention, sweep_backward.txt).
        let t = if base.d >= 128 { AttnCfg { bq: 64, bkv: 64, threads: 256, ..base } } else { AttnCfg { bq: 32, bkv: 32, ..base } };
        if bwd_smem(&t, elem, pass) <= max {
            return Ok(t);
        }
    }
    generic_tiles(dev, base, pass)
}

/// The largest candidate tiles whose shared memory fits, for the generic kernels.
fn generic_tiles(dev: &Device, base: AttnCfg, pass: Pass) -> Result<AttnCfg> {
    let (max, elem) = (dev.info.max_shared_memory, dev.elem());
    let cands: &[(usize, usize)] = if dev.frag.is_some() { &[(64, 64), (64, 32), (32, 32), (16, 16), (8, 8)] } else { &[(16, 16), (8, 8), (4, 4)] };
    for &(bq, bkv) in cands {
        // Shared tiles hold whole vectors: a P row must be whole vectors too. Fragment
        // tiles are whole fragments.
        if bkv % base.v != 0 || bq % base.s.max(1) != 0 || bkv % base.s.max(1) != 0 {
            continue;
        }
        let t = AttnCfg { bq, bkv, ..base };
        let need = match pass {
            Pass::Forward => t.fwd_smem(elem),
            _ => bwd_smem(&t, elem, pass),
        };
        if need <= max {
            return Ok(t);
        }
    }
    Err(PmetalError::InvalidArgument(format!(
        "attention: head dim {} needs more shared memory than {} offers ({max} bytes)",
        base.d, dev.info.name
    )))
}

/// Key splits for the forward: forced, or (decode) enough cubes to fill the GPU when one
/// row tile covers all queries of a (batch, KV head).
fn pick_splits(dev: &Device, c: &AttentionConfig, t: &AttnCfg, sh: &Shape) -> usize {
    let tiles = sh.tk.div_ceil(t.bkv);
    // Under a driver's loop limit (lavapipe) no cube walks more key tiles than it allows.
    let least = dev.info.loop_limit.map_or(1, |l| tiles.div_ceil(max_walk_tiles(t, Pass::Forward, l)));
    free_splits(dev, c, t, sh).max(least).min(tiles).max(1)
}

/// [`pick_splits`] before the loop limit: forced, or decode's.
fn free_splits(dev: &Device, c: &AttentionConfig, t: &AttnCfg, sh: &Shape) -> usize {
    if let Some(n) = c.splits {
        return n.min(sh.tk.div_ceil(t.bkv)).max(1);
    }
    let g = c.num_heads / c.num_kv_heads;
    let row_tiles = (sh.tq * g).div_ceil(t.bq);
    let cubes = row_tiles * sh.batch * c.num_kv_heads;
    let sms = dev.info.compute_units.unwrap_or(16) as usize;
    if sh.tq > 16 || cubes >= 4 * sms || sh.tk < 8 * t.bkv {
        return 1;
    }
    // About eight cubes per SM (each walks its keys with loads it waits on, so many in
    // flight hide the latency; two per SM left decode at a fraction of that:
    // bench/results/2026-11-26-h100-attention/tuning-attention.md), each at least four
    // key tiles.
    (8 * sms).div_ceil(cubes).min(sh.tk / (4 * t.bkv)).clamp(1, 64)
}

impl FlashAttention {
    /// [`forward`] on this context.
    pub(crate) fn forward_plan(&self, dtype: DType, sh: &Shape, mask: u32, varlen: bool) -> Result<FwdPlan> {
        forward(&self.plan_device(dtype)?, &self.cfg, sh, mask, varlen)
    }

    /// [`backward`] on this context.
    pub(crate) fn backward_plan(&self, dtype: DType, sh: &Shape, mask: u32, varlen: bool) -> Result<BwdPlan> {
        backward(&self.plan_device(dtype)?, &self.cfg, sh, mask, varlen)
    }

    /// What the plan reads of this context for `dtype`; an error where the path asks for
    /// matrix units the device lacks.
    fn plan_device(&self, dtype: DType) -> Result<Device<'_>> {
        let frag = match self.cfg.path {
            AttentionPath::Fma => None,
            AttentionPath::Auto => mma_fragment(&self.ctx, dtype),
            AttentionPath::MatrixUnits => Some(mma_fragment(&self.ctx, dtype).ok_or_else(|| {
                PmetalError::InvalidArgument(format!("attention: no matrix units for {dtype} on {}", self.ctx.device_name()))
            })?),
        };
        Ok(Device {
            info: self.ctx.info(),
            tuning: self.ctx.tuning(),
            dtype,
            frag,
            plane_sync_orders_smem: self.ctx.info().plane_sync_orders_shared,
        })
    }
}

/// The Hopper plan of a call, or `None` where it does not apply (not opted in, not a
/// compute capability 9.0 device, or a call the kernel does not cover: see `hopper/`'s docs).
pub(crate) fn hopper_plan(dev: &Device, c: &AttentionConfig, sh: &Shape, mask: u32, varlen: bool, base: AttnCfg) -> Option<Result<FwdPlan>> {
    if dev.tuning.attn_hopper != Some(true) || !hopper_covers(dev, c, mask) {
        return None;
    }
    let h = HopperCfg {
        d: c.head_dim,
        stages: if c.head_dim == 64 { 4 } else { 2 },
        ping_pong: false,
        pv_split: false,
        f16: dev.dtype == DType::F16,
        varlen,
    };
    let grid = (sh.tq.div_ceil(BLOCK), c.num_heads, sh.batch);
    if let Err(e) = dev.check_grid(grid) {
        return Some(Err(e));
    }
    // `cfg` and the splits describe the portable launch; this one has neither (no split,
    // no combine pass): the tiling is the kernel's own.
    let cfg = AttnCfg { bq: BLOCK, bkv: BLOCK, threads: THREADS as usize, split: false, ..base };
    Some(Ok(FwdPlan { kernel: FwdKernel::Hopper(h), cfg, splits: 1, split_len: sh.tk, grid, fast_math: true }))
}

/// Whether the Hopper kernels cover a call (both directions): a compute capability 9.0
/// device, bf16 or f16, head dim 64 or 128, no mask tensor, matrix units allowed.
fn hopper_covers(dev: &Device, c: &AttentionConfig, mask: u32) -> bool {
    dev.info.sm90a && matches!(dev.dtype, DType::BF16 | DType::F16) && matches!(c.head_dim, 64 | 128) && mask == MASK_NONE && c.path != AttentionPath::Fma
}

/// The Hopper backward of a call (`hopper/attn_bwd.cu`), or `None` where it does not apply
/// (as [`hopper_plan`], with its own switch): the dK / dV launch over 128-key blocks of
/// each KV head, the dQ launch over 128-row query blocks of each head.
fn hopper_bwd_plan(dev: &Device, c: &AttentionConfig, sh: &Shape, mask: u32, varlen: bool, base: AttnCfg) -> Option<Result<BwdPlan>> {
    if dev.tuning.attn_hopper_bwd != Some(true) || !hopper_covers(dev, c, mask) {
        return None;
    }
    let h = HopperBwdCfg { d: c.head_dim, f16: dev.dtype == DType::F16, varlen };
    let cfg = AttnCfg { bq: BLOCK, bkv: BLOCK, threads: THREADS as usize, split: false, ..base };
    let dq = BwdLaunch { kernel: BwdKernel::Hopper(h), cfg, grid: (sh.tq.div_ceil(BLOCK), c.num_heads, sh.batch) };
    let dkv = BwdLaunch { grid: (sh.tk.div_ceil(BLOCK), c.num_kv_heads, sh.batch), ..dq };
    for g in [dq.grid, dkv.grid] {
        if let Err(e) = dev.check_grid(g) {
            return Some(Err(e));
        }
    }
    Some(Ok(BwdPlan { dq, dkv, fast_math: true }))
}

/// Rows (packed query rows) a call with more rows than this does not take the decode
/// kernel by default: each row tile re-reads K and V and its FMAs grow with the rows, so
/// past a few tiles the matrix-unit kernels, which read K and V once per 64 rows, should do
/// better (`PMETAL_ATTN_DECODE=1` lifts the bound for a sweep).
const MAX_DECODE_ROWS: usize = 16;
/// Fewest keys one split walks unless the call forces more splits: below a few hundred,
/// the per-cube prologue and merge stop being small against the walk.
const MIN_SPLIT_KEYS: usize = 256;

/// The decode plan of a call (the kernel: `decode.rs`), or `None` where the call is not
/// decode-like or not covered (mask tensor, packed sequences, matrix units requested,
/// `PMETAL_ATTN_DECODE=0`, a head dim whose vectors do not split over the lanes), which
/// keeps the general forward.
///
/// Knobs (see [`crate::tuning`]): `PMETAL_ATTN_DECODE` (0 never, 1 also past
/// [`MAX_DECODE_ROWS`] rows), `_SPLITS` (key splits; the call's own `splits` wins),
/// `_CUBES` (cubes per compute unit the automatic split count aims at), `_KEYS` (keys per
/// lane group per iteration), `_UNITS` (units per cube), `_LANES` (units per key),
/// `_ROWS` (most packed rows per cube), `_PREFETCH` (next keys loaded before the current
/// ones are used), `_SCATTER` (one score per lane, see `decode.rs`).
fn decode_plan(dev: &Device, c: &AttentionConfig, sh: &Shape, mask: u32, varlen: bool) -> Option<Result<FwdPlan>> {
    let (info, tun) = (dev.info, dev.tuning);
    let g = c.num_heads / c.num_kv_heads;
    let all_rows = sh.tq * g;
    let covered = mask == MASK_NONE && !varlen && c.path != AttentionPath::MatrixUnits && tun.attn_decode != Some(false);
    if !covered || (all_rows > MAX_DECODE_ROWS && tun.attn_decode != Some(true)) {
        return None;
    }
    let storage = Storage::of(dev.dtype, info.native_bf16);
    let v = vector_width(info, storage, &[c.head_dim]);
    let vecs = c.head_dim / v;
    // Lanes per key: a power of two dividing the row's vectors, within the narrowest plane
    // (the shuffles must stay inside one). 16 at D 128 in 16-bit (one 16-byte vector
    // each): fewer lanes mean fewer shuffles per score but more Q and O registers.
    let want = tun.attn_decode_lanes.unwrap_or(16).min(info.plane_size.0.max(1) as usize).min(vecs).max(1);
    let mut lanes = 1usize << want.ilog2();
    while !vecs.is_multiple_of(lanes) {
        lanes /= 2;
    }
    let units = tun.attn_decode_units.unwrap_or(128).min(info.max_units_per_cube as usize).max(lanes) / lanes * lanes;
    let groups = units / lanes;
    // Rows per cube: Q and O take 2 * rows * d / lanes f32 registers per unit; keep that
    // near 128 (8 rows at D 128 with 16 lanes).
    // (Unit r writes row r's lse: rows never exceed the units.)
    let cap = tun.attn_decode_rows.unwrap_or((64 * lanes / c.head_dim).clamp(1, 16)).min(units);
    let row_tiles = all_rows.div_ceil(cap);
    let rows = all_rows.div_ceil(row_tiles);
    // Keys per lane group and iteration: 4 unless set, and with the reduce-scatter (where
    // asked) as many as give one score per lane, if that is 1 to 8 keys.
    let scatter_keys = lanes / rows.next_power_of_two();
    let want_scatter = tun.attn_decode_scatter.unwrap_or(true);
    let keys = match tun.attn_decode_keys {
        Some(k) => k,
        None if want_scatter && (1..=8).contains(&scatter_keys) => scatter_keys,
        None => 4,
    };
    let scatter = want_scatter && DecodeCfg::scatter_fits(lanes, keys, rows);
    let prefetch = tun.attn_decode_prefetch.unwrap_or(false);
    let mut t = base_cfg(dev, c, mask, varlen);
    t = AttnCfg { bq: rows, bkv: groups * keys, s: 0, threads: units, v, ..t };
    if t.decode_smem(storage.size(), groups) > info.max_shared_memory {
        return None;
    }
    let step = t.bkv;
    let iters = sh.tk.div_ceil(step).max(1);
    let pairs = row_tiles * sh.batch * c.num_kv_heads;
    let splits = match c.splits.or(tun.attn_decode_splits) {
        Some(n) => n,
        None => {
            // Enough cubes for several per compute unit, none walking fewer than
            // MIN_SPLIT_KEYS keys.
            let target = tun.attn_decode_cubes.unwrap_or(8) * info.compute_units.unwrap_or(16) as usize;
            target.div_ceil(pairs).min(sh.tk / MIN_SPLIT_KEYS)
        }
    };
    // Under a driver's loop limit (lavapipe) no cube walks near it (a quarter: the merge
    // and the tile loads loop too).
    let least = info.loop_limit.map_or(1, |l| iters.div_ceil((l / 4) as usize));
    let splits = splits.max(least).clamp(1, iters);
    let split_len = iters.div_ceil(splits) * step;
    let splits = sh.tk.div_ceil(split_len).max(1);
    t.split = splits > 1;
    let grid = (row_tiles, sh.batch * c.num_kv_heads, splits);
    if let Err(e) = dev.check_grid(grid) {
        return Some(Err(e));
    }
    let kernel = FwdKernel::Decode(DecodeCfg { lanes, keys, prefetch, scatter });
    Some(Ok(FwdPlan { kernel, cfg: t, splits, split_len, grid, fast_math: info.fast_exp }))
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
