//! The Hopper forward and backward: FlashAttention-3-style CUDA C++ for sm_90a, `wgmma` fed
//! by TMA, a producer warpgroup and two consumer warpgroups (`attn_fwd.cu`: softmax
//! overlapped with the next block's products; `attn_bwd.cu`: a dK / dV kernel and a dQ
//! kernel, no atomics; each file's header documents its design and every encoding), run
//! through CubeCL's compile path ([`CudaSource`](crate::kernels::cuda_source::CudaSource))
//! on CubeCL's stream. Plans of [`FlashAttention`](super::FlashAttention) (`plan.rs`'s
//! `hopper_plan` and `hopper_bwd_plan`, asked by its `forward` and `backward`, which decide
//! in one place), taken on compute capability 9.0 where the kernels cover the call;
//! everything else keeps the portable kernels, which stay the path of Metal, Vulkan and
//! other NVIDIA GPUs.
//!
//! Covered: bf16 and f16; head dim 64 or 128; no mask tensor; fixed batches or packed
//! sequences (cumulative offsets, each sequence aligned bottom-right on its own); causal,
//! sliding windows (either or both sides) and softcap; GQA / MQA (the KV head is a
//! tensor-map coordinate, K and V are never repeated); any scale; lse out; rows that see no
//! key give 0 and lse -inf (and zero gradients). The backward takes `delta = rowsum(dO O)`
//! from the portable row-dot kernel. Each is off unless asked (`PMETAL_ATTN_HOPPER=1`,
//! `PMETAL_ATTN_HOPPER_BWD=1`: [`Tuning::attn_hopper`], [`Tuning::attn_hopper_bwd`]) until
//! it has passed the CUDA attention tests on a Hopper GPU.
//!
//! [`Tuning::attn_hopper`]: crate::tuning::Tuning::attn_hopper
//! [`Tuning::attn_hopper_bwd`]: crate::tuning::Tuning::attn_hopper_bwd

/// Query rows per block (two consumer warpgroups of 64) and keys per key block.
pub(crate) const BLOCK: usize = 128;
/// Threads per block: one producer and two consumer warpgroups.
pub(crate) const THREADS: u32 = 384;

/// Which entry point of `attn_fwd.cu` runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HopperCfg {
    /// Head dim: 64 or 128.
    pub d: usize,
    /// K / V stages in shared memory.
    pub stages: usize,
    /// The two consumer warpgroups take turns issuing their products (FA3's ping-pong).
    pub ping_pong: bool,
    /// P V at D 128 as two n64 products per step (no MN-major leading byte offset in V's
    /// descriptor): the cross-check of that encoding, and its fallback.
    pub pv_split: bool,
    /// f16 inputs and output (else bf16).
    pub f16: bool,
    /// Packed sequences (`[total, H, D]` with cumulative offsets).
    pub varlen: bool,
}

impl HopperCfg {
    /// The entry point's name in `attn_fwd.cu`, for CubeCL's launch. Packed sequences and
    /// f16 have the default stages only (D 64: 4, D 128: 2), without ping-pong or split P V.
    pub fn entry(&self) -> &'static str {
        match (self.d, self.varlen, self.f16, self.stages, self.ping_pong, self.pv_split) {
            (64, true, false, ..) => "pmetal_attn_fwd_d64_varlen_cubecl",
            (64, true, true, ..) => "pmetal_attn_fwd_d64_varlen_f16_cubecl",
            (_, true, false, ..) => "pmetal_attn_fwd_d128_varlen_cubecl",
            (_, true, true, ..) => "pmetal_attn_fwd_d128_varlen_f16_cubecl",
            (64, _, true, ..) => "pmetal_attn_fwd_d64_f16_cubecl",
            (_, _, true, ..) => "pmetal_attn_fwd_d128_f16_cubecl",
            (64, _, _, _, false, _) => "pmetal_attn_fwd_d64_cubecl",
            (64, ..) => "pmetal_attn_fwd_d64_pp_cubecl",
            (_, _, _, _, _, true) => "pmetal_attn_fwd_d128_pvsplit_cubecl",
            (_, _, _, 3, ..) => "pmetal_attn_fwd_d128_s3_cubecl",
            (_, _, _, _, false, _) => "pmetal_attn_fwd_d128_cubecl",
            _ => "pmetal_attn_fwd_d128_pp_cubecl",
        }
    }

    /// Dynamic shared memory of the entry point: `attn_fwd.cu`'s `Cfg<D, S>::SMEM` (1 KB of
    /// alignment slack, the Q tile, `stages` K and V tiles of 128 rows x D bf16, and the
    /// mbarriers). The kernel checks it received at least that much.
    #[cfg_attr(not(feature = "cuda"), allow(dead_code))]
    pub fn shared_bytes(&self) -> usize {
        let tile = BLOCK * self.d * 2;
        1024 + tile * (1 + 2 * self.stages) + 8 * (1 + 4 * self.stages)
    }

    /// For logs: `hopper wgmma+TMA (D 128, 2 K/V stages)`.
    pub fn name(&self) -> String {
        let pp = if self.ping_pong { ", ping-pong" } else { "" };
        let split = if self.pv_split { ", P V in two n64 halves" } else { "" };
        let packed = if self.varlen { ", packed sequences" } else { "" };
        format!("hopper wgmma+TMA (D {}, {} K/V stages{pp}{split}{packed})", self.d, self.stages)
    }
}

/// Which entry points of `attn_bwd.cu` run: its dK / dV kernel (one block per 128 keys of a
/// KV head, walking the query blocks of every head of the group) and its dQ kernel (one
/// block per 128 queries of a head, walking the key blocks), each gradient written by
/// exactly one block (deterministic, as the portable backward).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HopperBwdCfg {
    /// Head dim: 64 or 128.
    pub d: usize,
    /// f16 inputs and gradients (else bf16).
    pub f16: bool,
    /// Packed sequences.
    pub varlen: bool,
}

impl HopperBwdCfg {
    /// The dK / dV entry point.
    pub fn dkv_entry(&self) -> &'static str {
        match (self.d, self.varlen, self.f16) {
            (64, false, false) => "pmetal_attn_bwd_dkv_d64_cubecl",
            (64, false, true) => "pmetal_attn_bwd_dkv_d64_f16_cubecl",
            (64, true, false) => "pmetal_attn_bwd_dkv_d64_varlen_cubecl",
            (64, true, true) => "pmetal_attn_bwd_dkv_d64_varlen_f16_cubecl",
            (_, false, false) => "pmetal_attn_bwd_dkv_d128_cubecl",
            (_, false, true) => "pmetal_attn_bwd_dkv_d128_f16_cubecl",
            (_, true, false) => "pmetal_attn_bwd_dkv_d128_varlen_cubecl",
            (_, true, true) => "pmetal_attn_bwd_dkv_d128_varlen_f16_cubecl",
        }
    }

    /// The dQ entry point.
    pub fn dq_entry(&self) -> &'static str {
        match (self.d, self.varlen, self.f16) {
            (64, false, false) => "pmetal_attn_bwd_dq_d64_cubecl",
            (64, false, true) => "pmetal_attn_bwd_dq_d64_f16_cubecl",
            (64, true, false) => "pmetal_attn_bwd_dq_d64_varlen_cubecl",
            (64, true, true) => "pmetal_attn_bwd_dq_d64_varlen_f16_cubecl",
            (_, false, false) => "pmetal_attn_bwd_dq_d128_cubecl",
            (_, false, true) => "pmetal_attn_bwd_dq_d128_f16_cubecl",
            (_, true, false) => "pmetal_attn_bwd_dq_d128_varlen_cubecl",
            (_, true, true) => "pmetal_attn_bwd_dq_d128_varlen_f16_cubecl",
        }
    }

    /// Stages of the kernels' rings: (Q, dO) tiles for dK / dV, (K, V) for dQ.
    fn stages(&self) -> usize {
        if self.d == 64 { 4 } else { 2 }
    }

    /// Dynamic shared memory of the dK / dV entry (`attn_bwd.cu`'s `CfgKV::SMEM`): 1 KB of
    /// alignment slack, K and V, the ring's Q and dO tiles, each stage's 128 lse and delta
    /// values, the mbarriers and the step count.
    #[cfg_attr(not(feature = "cuda"), allow(dead_code))]
    pub fn dkv_shared_bytes(&self) -> usize {
        let (tile, s) = (BLOCK * self.d * 2, self.stages());
        1024 + (2 + 2 * s) * tile + 2 * s * BLOCK * 4 + 8 * (1 + 2 * s) + 8
    }

    /// Dynamic shared memory of the dQ entry (`CfgQ::SMEM`): slack, Q and dO, the ring's K
    /// and V tiles, the mbarriers.
    #[cfg_attr(not(feature = "cuda"), allow(dead_code))]
    pub fn dq_shared_bytes(&self) -> usize {
        let (tile, s) = (BLOCK * self.d * 2, self.stages());
        1024 + (2 + 2 * s) * tile + 8 * (1 + 2 * s)
    }

    /// For logs: `hopper wgmma+TMA (D 128, dK/dV and dQ kernels)`.
    pub fn name(&self) -> String {
        let packed = if self.varlen { ", packed sequences" } else { "" };
        format!("hopper wgmma+TMA (D {}, dK/dV and dQ kernels{packed})", self.d)
    }
}

#[cfg(feature = "cuda")]
mod launch;
#[cfg(feature = "cuda")]
pub(crate) use launch::{backward, forward};

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared-memory sizes `attn_bwd.cu`'s header gives for each entry.
    #[test]
    fn backward_shared_bytes_match_the_kernel() {
        let c = |d| HopperBwdCfg { d, f16: false, varlen: false };
        assert_eq!(c(64).dkv_shared_bytes(), 169_040);
        assert_eq!(c(128).dkv_shared_bytes(), 199_728);
        assert_eq!(c(64).dq_shared_bytes(), 164_936);
        assert_eq!(c(128).dq_shared_bytes(), 197_672);
        // Every entry point exists in the source.
        let src = include_str!("attn_bwd.cu");
        for d in [64, 128] {
            for f16 in [false, true] {
                for varlen in [false, true] {
                    let h = HopperBwdCfg { d, f16, varlen };
                    for e in [h.dkv_entry(), h.dq_entry()] {
                        assert!(src.contains(&format!("ENTRY({e},")), "{e}");
                    }
                }
            }
        }
    }
}
