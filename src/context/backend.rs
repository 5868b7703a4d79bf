//! Which GPU runtime a context drives, and the names users pass for it.

use crate::error::{PmetalError, Result};

/// A GPU runtime pmetal can drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Backend {
    /// Apple GPUs through wgpu with MSL shaders (feature `metal`).
    Metal,
    /// NVIDIA GPUs through CUDA / NVRTC (feature `cuda`).
    Cuda,
    /// Vulkan through wgpu with SPIR-V shaders (feature `vulkan`); lavapipe in CI.
    Vulkan,
}

impl Backend {
    /// Preference order of [`MetalContext::new`].
    pub const PREFERENCE: [Backend; 3] = [Backend::Metal, Backend::Cuda, Backend::Vulkan];

    /// Lower-case name, as accepted by `--device` and [`std::str::FromStr`].
    pub const fn name(self) -> &'static str {
        match self {
            Backend::Metal => "metal",
            Backend::Cuda => "cuda",
            Backend::Vulkan => "vulkan",
        }
    }

    /// Whether this build has the runtime compiled in.
    pub const fn compiled(self) -> bool {
        match self {
            Backend::Metal => cfg!(all(feature = "metal", target_os = "macos")),
            Backend::Cuda => cfg!(feature = "cuda"),
            Backend::Vulkan => cfg!(feature = "vulkan"),
        }
    }

    pub(crate) const fn feature(self) -> &'static str {
        self.name()
    }
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Backend {
    type Err = PmetalError;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "metal" => Ok(Backend::Metal),
            "cuda" => Ok(Backend::Cuda),
            "vulkan" | "wgpu" => Ok(Backend::Vulkan),
            _ => Err(PmetalError::InvalidArgument(format!(
                "unknown device `{s}` (expected metal, cuda or vulkan)"
            ))),
        }
    }
}
