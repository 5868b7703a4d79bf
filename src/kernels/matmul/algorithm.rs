//! [`MatmulAlgorithm`]: the GEMM algorithms a [`Matmul`](super::Matmul) can run or be
//! pinned to, with the names the bench prints and `FromStr` reads.

use crate::error::{PmetalError, Result};

/// A GEMM algorithm: cuBLASLt, or a cubek-matmul `Strategy` (with the tile sizes cubek
/// infers).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatmulAlgorithm {
    /// Per backend and dtype, with fallbacks; see the [matmul module docs](super).
    #[default]
    Auto,
    /// Tensor cores (cmma), one shared-memory stage, cyclic loading (cubek's own default).
    SimpleCyclicCmma,
    /// Same with cubek's manual `mma` tile matmul instead of cmma.
    SimpleCyclicMma,
    /// Tensor cores, double-buffered shared memory, cyclic loading.
    DoubleCyclicCmma,
    /// Same with manual `mma`.
    DoubleCyclicMma,
    /// Tensor cores, double-buffered, loads through TMA (sm_90).
    DoubleTmaCmma,
    /// Same with manual `mma`.
    DoubleTmaMma,
    /// Tensor cores, warp-specialised producer/consumer with TMA loads (sm_90).
    SpecializedTmaCmma,
    /// Same with manual `mma`.
    SpecializedTmaMma,
    /// Tensor cores, double-buffered with ordered loading.
    OrderedDoubleCmma,
    /// Same with manual `mma`.
    OrderedDoubleMma,
    /// No matrix units: each thread a register tile of FMAs. Runs everywhere.
    SimpleUnit,
    /// The unit kernel, double-buffered.
    DoubleUnit,
    /// One thread per output element (cubek's naive kernel).
    Naive,
    /// NVIDIA's cuBLASLt (CUDA only; feature `cublaslt` and `libcublasLt` at run time),
    /// enqueued on CubeCL's stream in order with pmetal's kernels. Its own heuristic picks
    /// the kernel; f32 is exact unless [`Matmul::allow_tf32`](super::Matmul::allow_tf32).
    CublasLt,
}

impl MatmulAlgorithm {
    /// Every concrete algorithm (not `Auto`), in the order the bench walks them.
    pub const ALL: [MatmulAlgorithm; 14] = [
        MatmulAlgorithm::CublasLt,
        MatmulAlgorithm::SimpleCyclicCmma,
        MatmulAlgorithm::SimpleCyclicMma,
        MatmulAlgorithm::DoubleCyclicCmma,
        MatmulAlgorithm::DoubleCyclicMma,
        MatmulAlgorithm::DoubleTmaCmma,
        MatmulAlgorithm::DoubleTmaMma,
        MatmulAlgorithm::SpecializedTmaCmma,
        MatmulAlgorithm::SpecializedTmaMma,
        MatmulAlgorithm::OrderedDoubleCmma,
        MatmulAlgorithm::OrderedDoubleMma,
        MatmulAlgorithm::SimpleUnit,
        MatmulAlgorithm::DoubleUnit,
        MatmulAlgorithm::Naive,
    ];

    /// Snake-case name (as the bench prints it and `FromStr` reads it).
    pub const fn name(self) -> &'static str {
        match self {
            MatmulAlgorithm::Auto => "auto",
            MatmulAlgorithm::SimpleCyclicCmma => "simple_cyclic_cmma",
            MatmulAlgorithm::SimpleCyclicMma => "simple_cyclic_mma",
            MatmulAlgorithm::DoubleCyclicCmma => "double_cyclic_cmma",
            MatmulAlgorithm::DoubleCyclicMma => "double_cyclic_mma",
            MatmulAlgorithm::DoubleTmaCmma => "double_tma_cmma",
            MatmulAlgorithm::DoubleTmaMma => "double_tma_mma",
            MatmulAlgorithm::SpecializedTmaCmma => "specialized_tma_cmma",
            MatmulAlgorithm::SpecializedTmaMma => "specialized_tma_mma",
            MatmulAlgorithm::OrderedDoubleCmma => "ordered_double_cmma",
            MatmulAlgorithm::OrderedDoubleMma => "ordered_double_mma",
            MatmulAlgorithm::SimpleUnit => "simple_unit",
            MatmulAlgorithm::DoubleUnit => "double_unit",
            MatmulAlgorithm::Naive => "naive",
            MatmulAlgorithm::CublasLt => "cublaslt",
        }
    }

    /// Whether it needs matrix units (cmma / mma). cuBLASLt does not: it picks its own
    /// kernels (tensor cores where the device has them).
    pub const fn needs_matrix_units(self) -> bool {
        !matches!(
            self,
            MatmulAlgorithm::Auto | MatmulAlgorithm::SimpleUnit | MatmulAlgorithm::DoubleUnit | MatmulAlgorithm::Naive | MatmulAlgorithm::CublasLt
        )
    }

    /// Whether it is one of cubek's kernels (every concrete algorithm but cuBLASLt).
    pub const fn is_cubek(self) -> bool {
        !matches!(self, MatmulAlgorithm::Auto | MatmulAlgorithm::CublasLt)
    }
}

impl std::fmt::Display for MatmulAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for MatmulAlgorithm {
    type Err = PmetalError;
    fn from_str(s: &str) -> Result<Self> {
        std::iter::once(MatmulAlgorithm::Auto)
            .chain(MatmulAlgorithm::ALL)
            .find(|a| a.name() == s)
            .ok_or_else(|| PmetalError::InvalidArgument(format!("unknown matmul algorithm `{s}`")))
    }
}
