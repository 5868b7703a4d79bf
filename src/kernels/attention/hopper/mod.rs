//! The Hopper forward: FlashAttention-3-style CUDA C++ for sm_90a (`attn_fwd.cu`: `wgmma`
//! fed by TMA, a producer warpgroup and two consumer warpgroups, softmax overlapped with the
//! next block's products; its header documents the design and every encoding), run through
//! CubeCL's compile path ([`CudaSource`](crate::kernels::cuda_source::CudaSource)) on
//! CubeCL's stream. A plan of [`FlashAttention`](super::FlashAttention)'s forward
//! (`plan.rs`'s `hopper_plan`, asked by its `forward`, which decides in one place), taken
//! on compute capability 9.0 where the kernel covers the call; everything else keeps the
//! portable kernels, which stay the path of Metal, Vulkan and other NVIDIA GPUs.
//!
//! Covered: bf16 and f16; head dim 64 or 128; no mask tensor; fixed batches or packed
//! sequences (cumulative offsets, each sequence aligned bottom-right on its own); causal,
//! sliding windows (either or both sides) and softcap; GQA / MQA (the KV head is a
//! tensor-map coordinate, K and V are never repeated); any scale; lse out; rows that see no
//! key give 0 and lse -inf. Off unless `PMETAL_ATTN_HOPPER=1` ([`Tuning::attn_hopper`]) until the
//! kernel has passed the CUDA attention tests on a Hopper GPU.
//!
//! [`Tuning::attn_hopper`]: crate::tuning::Tuning::attn_hopper


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


#[cfg(feature = "cuda")]
mod launch;
#[cfg(feature = "cuda")]
pub(crate) use launch::forward;
