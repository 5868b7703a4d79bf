//! What a plan is: the kernel families of the forward ([`FwdKernel`]) and of the backward's
//! two launches ([`BwdKernel`]), each launch with its tiling ([`AttnCfg`]), grid and splits
//! ([`FwdPlan`], [`BwdLaunch`], [`BwdPlan`]), and their names for logs and the runner's rows.
//! `plan.rs` works them out; the launch code matches on them.

use super::common::AttnCfg;
use super::decode::DecodeCfg;
use super::hopper::{HopperBwdCfg, HopperCfg};

/// The forward kernel families.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FwdKernel {
    /// `attn_fwd`: everything in shared tiles, products by fragments or FMAs (any device).
    Generic,
    /// `attn_fwd_mma`: FlashAttention-2 on cmma fragments (CUDA, Metal).
    Fa2,
    /// `attn_fwd_reg`: FlashAttention-2 on CUDA's register-level `mma.sync`; `async_kv`:
    /// K / V double-buffered with `cp.async`.
    CudaRegister { async_kv: bool },
    /// `attn_decode`: split-KV decode, lane groups streaming keys into registers (any
    /// device; see `decode.rs`).
    Decode(DecodeCfg),
    /// The hand-written sm_90a kernel (`hopper/`): compute capability 9.0 only.
    Hopper(HopperCfg),
}

/// The forward of one call.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FwdPlan {
    pub kernel: FwdKernel,
    /// Tiling and comptime switches (`split` set where `splits > 1`).
    pub cfg: AttnCfg,
    /// Key splits (flash-decoding; more under a loop limit) and keys per split.
    pub splits: usize,
    pub split_len: usize,
    /// Cubes: (query tiles, batch x KV heads, splits).
    pub grid: (usize, usize, usize),
    /// Fast exp / log in the kernels that take the switch (the device's [`DeviceInfo::fast_exp`]).
    pub fast_math: bool,
}

/// The backward kernel families of the dQ and dK / dV launches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BwdKernel {
    /// `attn_bwd_dq` / `attn_bwd_dkv`: shared tiles, any device. With `splits > 1` the
    /// walk is cut into `split_len` keys (dQ) or packed query rows (dK / dV) per cube,
    /// whose f32 partials `attn_sum_parts` adds up.
    Generic { splits: usize, split_len: usize },
    /// `attn_bwd_mma`: FlashAttention-2 on cmma fragments (CUDA, Metal); never split.
    Fa2,
    /// The hand-written sm_90a kernels (`hopper/attn_bwd.cu`): compute capability 9.0 only.
    Hopper(HopperBwdCfg),
}

/// One backward launch (dQ, or dK / dV).
#[derive(Clone, Copy, Debug)]
pub(crate) struct BwdLaunch {
    pub kernel: BwdKernel,
    pub cfg: AttnCfg,
    pub grid: (usize, usize, usize),
}

impl BwdLaunch {
    /// (splits, split length) of the walk, for the launch's scalars.
    pub fn walk(&self) -> (usize, usize) {
        match self.kernel {
            BwdKernel::Generic { splits, split_len } => (splits, split_len),
            BwdKernel::Fa2 | BwdKernel::Hopper(_) => (1, 0),
        }
    }
}

/// The backward of one call: row dot, then these two launches.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BwdPlan {
    pub dq: BwdLaunch,
    pub dkv: BwdLaunch,
    pub fast_math: bool,
}

impl FwdKernel {
    fn name(&self) -> &'static str {
        match self {
            FwdKernel::Decode(_) => "decode split-KV",
            FwdKernel::Hopper(_) => "hopper",
            FwdKernel::Generic => "generic",
            FwdKernel::Fa2 => "fa2",
            FwdKernel::CudaRegister { async_kv: true } => "cuda-register (cp.async K/V)",
            FwdKernel::CudaRegister { async_kv: false } => "cuda-register",
        }
    }
}

/// `16x16 tiles, 128 units, 16x16 fragments` (or `FMAs`).
fn tiling_name(t: &AttnCfg) -> String {
    let products = if t.s == 0 { "FMAs".to_string() } else { format!("{0}x{0} fragments", t.s) };
    format!("{}x{} tiles, {} units, {products}", t.bq, t.bkv, t.threads)
}

impl FwdPlan {
    /// Which forward runs, for logs: kernel, tiling, key splits.
    pub fn name(&self) -> String {
        let splits = if self.splits > 1 { format!(", {} key splits", self.splits) } else { String::new() };
        if let FwdKernel::Hopper(h) = self.kernel {
            return h.name();
        }
        if let FwdKernel::Decode(dc) = self.kernel {
            let t = &self.cfg;
            let prefetch = if dc.prefetch { ", prefetch" } else { "" };
            let scatter = if dc.scatter { ", score per lane" } else { "" };
            return format!(
                "{} ({} rows x {} keys, {} units, {} lanes per key, {} keys per lane group{prefetch}{scatter}{splits})",
                self.kernel.name(),
                t.bq,
                t.bkv,
                t.threads,
                dc.lanes,
                dc.keys
            );
        }
        format!("{} ({}{splits})", self.kernel.name(), tiling_name(&self.cfg))
    }
}

impl BwdLaunch {
    fn name(&self) -> String {
        let (kernel, splits) = match self.kernel {
            BwdKernel::Generic { splits, .. } => ("generic", splits),
            BwdKernel::Fa2 => ("fa2", 1),
            BwdKernel::Hopper(_) => ("hopper", 1),
        };
        let splits = if splits > 1 { format!(", {splits} walk splits") } else { String::new() };
        format!("{kernel} ({}{splits})", tiling_name(&self.cfg))
    }
}

impl BwdPlan {
    /// Which backward runs, for logs: the dQ and dK / dV launches.
    pub fn name(&self) -> String {
        if let BwdKernel::Hopper(h) = self.dq.kernel {
            return h.name();
        }
        format!("dq {}, dkv {}", self.dq.name(), self.dkv.name())
    }
}
