//! The GPU context: one device, one queue, shared by every kernel.
//!
//! The type keeps the seed's name, [`MetalContext`], but it is the GPU context on every
//! platform: it drives Metal on Apple machines, CUDA on NVIDIA, and Vulkan elsewhere
//! (including Mesa's lavapipe CPU driver, which is how CI runs the kernels).

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

#[cfg(feature = "cuda")]
use cubecl::cuda::{CudaDevice, CudaRuntime};
use cubecl::prelude::*;
#[cfg(any(feature = "vulkan", feature = "metal"))]
use cubecl::wgpu::{WgpuDevice, WgpuRuntime};

use crate::{DType, PmetalError, Result};

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

    const fn feature(self) -> &'static str {
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

/// The runtime-specific compute client behind a context.
#[derive(Clone)]
pub(crate) enum Client {
    #[cfg(any(feature = "vulkan", feature = "metal"))]
    Wgpu(ComputeClient<WgpuRuntime>),
    #[cfg(feature = "cuda")]
    Cuda(ComputeClient<CudaRuntime>),
}

/// Runs `$body` with `$c` bound to the context's `ComputeClient<$R>` and `$R` the runtime type.
/// This is the one place where the run-time choice of backend meets CubeCL's generic launch
/// functions; every kernel's launch code is written once, generic over `R: Runtime`.
macro_rules! with_client {
    ($ctx:expr, |$c:ident, $R:ident| $body:expr) => {
        match $ctx.client() {
            #[cfg(any(feature = "vulkan", feature = "metal"))]
            $crate::context::Client::Wgpu($c) => {
                #[allow(dead_code)]
                type $R = cubecl::wgpu::WgpuRuntime;
                $body
            }
            #[cfg(feature = "cuda")]
            $crate::context::Client::Cuda($c) => {
                #[allow(dead_code)]
                type $R = cubecl::cuda::CudaRuntime;
                $body
            }
        }
    };
}
pub(crate) use with_client;

/// What a kernel needs to know about the device to pick its variant.
#[derive(Clone, Debug)]
pub struct DeviceInfo {
    /// Backend in use.
    pub backend: Backend,
    /// Human-readable device name (adapter name, or the NVIDIA model).
    pub name: String,
    /// Whether the device computes on bf16 natively. Where it does not (lavapipe, older
    /// Vulkan drivers), bf16 tensors are carried as 16-bit words and converted in-kernel.
    pub native_bf16: bool,
    /// Whether the device has f16 arithmetic.
    pub native_f16: bool,
    /// Subgroup (SIMD / warp) width range.
    pub plane_size: (u32, u32),
    /// Largest workgroup.
    pub max_units_per_cube: u32,
    /// Widest vector (elements) one load may use.
    pub max_vector_size: usize,
    /// Largest workgroup count along each axis.
    pub max_cube_count: (u32, u32, u32),
    /// Shared (threadgroup) memory per workgroup, bytes.
    pub max_shared_memory: usize,
    /// Streaming multiprocessors / compute units, where the runtime reports them.
    pub compute_units: Option<u32>,
    /// Whether kernels can index with 64 bits (tensors past 2^31 elements).
    pub u64_addressing: bool,
    /// Whether matrix units (cmma / simdgroup matrices / tensor cores) are available.
    pub has_matrix_units: bool,
}

/// The pipeline cache's bookkeeping: which specialised kernels were built.
///
/// CubeCL compiles a kernel the first time a given (kernel, generics, comptime config)
/// is launched on a client and caches the pipeline; pmetal keys every launch by the
/// same tuple, so the number of distinct keys seen is the number of compilations.
#[derive(Default)]
pub(crate) struct PipelineCache {
    seen: Mutex<HashSet<String>>,
    compiled: AtomicU64,
    launches: AtomicU64,
}

/// Counters of the pipeline cache (see [`MetalContext::pipeline_stats`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PipelineStats {
    /// Distinct specialised kernels compiled on this context.
    pub compiled: u64,
    /// Kernel launches on this context.
    pub launches: u64,
}

struct Inner {
    client: Client,
    info: DeviceInfo,
    pipelines: PipelineCache,
    memory: Arc<MemoryStats>,
}

/// Bytes held by live pmetal tensors on a context, and their high-water mark.
#[derive(Default, Debug)]
pub(crate) struct MemoryStats {
    live: AtomicU64,
    peak: AtomicU64,
}

/// Held by every tensor sharing one allocation; gives the bytes back when the last goes.
#[derive(Debug)]
pub(crate) struct Allocation {
    stats: Arc<MemoryStats>,
    bytes: u64,
}

impl Drop for Allocation {
    fn drop(&mut self) {
        self.stats.live.fetch_sub(self.bytes, Ordering::Relaxed);
    }
}

/// The GPU context: a device and its queue, thread-safe and cheap to clone (an `Arc`).
///
/// Despite the seed's name it is not Metal-only: [`MetalContext::new`] picks the best
/// runtime present — Metal on Apple, then CUDA, then Vulkan — and
/// [`MetalContext::with_backend`] asks for one by name.
#[derive(Clone)]
pub struct MetalContext {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for MetalContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MetalContext").field("info", &self.inner.info).finish()
    }
}

static GLOBAL: Mutex<Option<MetalContext>> = Mutex::new(None);

impl MetalContext {
    /// The best runtime present: Metal on Apple, then CUDA, then Vulkan.
    pub fn new() -> Result<Self> {
        let mut tried = Vec::new();
        for b in Backend::PREFERENCE {
            if !b.compiled() {
                continue;
            }
            match Self::with_backend(b) {
                Ok(ctx) => return Ok(ctx),
                Err(e) => tried.push(format!("{b}: {e}")),
            }
        }
        Err(PmetalError::NoDevice(format!(
            "no GPU runtime could be started ({}). Install a GPU driver: on Apple, build with \
             feature `metal`; on NVIDIA, the CUDA driver (libcuda, libnvrtc) and feature `cuda`; \
             elsewhere a Vulkan driver, e.g. Mesa's lavapipe on Debian/Ubuntu: \
             `apt-get install mesa-vulkan-drivers`",
            if tried.is_empty() { "no runtime compiled in".to_string() } else { tried.join("; ") }
        )))
    }

    /// A context on the named runtime, or an error if it is not compiled in or not present.
    /// Contexts are made once per runtime and shared: asking twice gives the same device.
    pub fn with_backend(backend: Backend) -> Result<Self> {
        static OPENED: Mutex<Vec<MetalContext>> = Mutex::new(Vec::new());
        let mut opened = OPENED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(ctx) = opened.iter().find(|c| c.backend() == backend) {
            return Ok(ctx.clone());
        }
        let ctx = Self::open_backend(backend)?;
        opened.push(ctx.clone());
        Ok(ctx)
    }

    fn open_backend(backend: Backend) -> Result<Self> {
        if !backend.compiled() {
            return Err(PmetalError::RuntimeNotCompiled { runtime: backend.name(), feature: backend.feature() });
        }
        let (client, name) = quietly(|| open(backend))
            .map_err(|msg| PmetalError::NoDevice(format!("{backend}: {msg}")))??;
        let info = describe(&client, backend, name);
        Ok(MetalContext {
            inner: Arc::new(Inner { client, info, pipelines: PipelineCache::default(), memory: Arc::default() }),
        })
    }

    /// The process-wide default context, created on first use with [`MetalContext::new`].
    pub fn global() -> Result<Self> {
        let mut g = GLOBAL.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(ctx) = g.as_ref() {
            return Ok(ctx.clone());
        }
        let ctx = Self::new()?;
        *g = Some(ctx.clone());
        Ok(ctx)
    }

    /// The device this context drives.
    pub fn info(&self) -> &DeviceInfo {
        &self.inner.info
    }

    /// Backend in use.
    pub fn backend(&self) -> Backend {
        self.inner.info.backend
    }

    /// Device name.
    pub fn device_name(&self) -> &str {
        &self.inner.info.name
    }

    /// Whether two handles are the same context (same device and queue).
    pub fn same(&self, other: &MetalContext) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    pub(crate) fn client(&self) -> &Client {
        &self.inner.client
    }

    /// Waits for all queued work to finish; surfaces errors of earlier launches.
    pub fn sync(&self) -> Result<()> {
        with_client!(self, |c, R| cubecl::future::block_on(c.sync()))
            .map_err(|e| PmetalError::Device(format!("{e:?}")))
    }

    /// Bytes of device memory currently held by live tensors (not the pool's reserve).
    pub fn memory_in_use(&self) -> Result<u64> {
        with_client!(self, |c, R| c.memory_usage())
            .map(|m| m.bytes_in_use)
            .map_err(|e| PmetalError::Device(format!("{e:?}")))
    }

    /// Records an allocation of `bytes`; the returned token releases it when dropped.
    pub(crate) fn track(&self, bytes: u64) -> Arc<Allocation> {
        let m = &self.inner.memory;
        let live = m.live.fetch_add(bytes, Ordering::Relaxed) + bytes;
        m.peak.fetch_max(live, Ordering::Relaxed);
        Arc::new(Allocation { stats: m.clone(), bytes })
    }

    /// Bytes held now by live pmetal tensors of this context.
    pub fn live_bytes(&self) -> u64 {
        self.inner.memory.live.load(Ordering::Relaxed)
    }

    /// Largest [`live_bytes`](Self::live_bytes) since the last reset.
    pub fn peak_bytes(&self) -> u64 {
        self.inner.memory.peak.load(Ordering::Relaxed)
    }

    /// Resets the high-water mark to the bytes live now, and returns them.
    pub fn reset_peak_bytes(&self) -> u64 {
        let live = self.live_bytes();
        self.inner.memory.peak.store(live, Ordering::Relaxed);
        live
    }

    /// Counters of the pipeline cache.
    pub fn pipeline_stats(&self) -> PipelineStats {
        let p = &self.inner.pipelines;
        PipelineStats { compiled: p.compiled.load(Ordering::Relaxed), launches: p.launches.load(Ordering::Relaxed) }
    }

    /// Records a launch of the specialised kernel `key`; the first launch of a key is the
    /// one that compiles it.
    pub(crate) fn note_launch(&self, key: impl FnOnce() -> String) {
        let p = &self.inner.pipelines;
        p.launches.fetch_add(1, Ordering::Relaxed);
        let key = key();
        let mut seen = p.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.insert(key) {
            p.compiled.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Whether kernels may address past 2^32 elements (64-bit indices) on this device.
    pub fn supports_u64_addressing(&self) -> bool {
        self.inner.info.u64_addressing
    }

    /// Whether kernels for `dtype` read it natively or through the 16-bit-word path.
    pub(crate) fn storage_of(&self, dtype: DType) -> crate::kernels::Storage {
        crate::kernels::Storage::of(dtype, self.inner.info.native_bf16)
    }
}

/// Runs `f` with panics turned into an error message and the default hook silenced, since
/// runtimes report a missing driver by panicking.
fn quietly<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> std::result::Result<T, String> {
    static HOOK: Mutex<()> = Mutex::new(());
    let _g = HOOK.lock().unwrap_or_else(|e| e.into_inner());
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(f);
    std::panic::set_hook(prev);
    r.map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "the runtime failed to start".into())
    })
}

fn open(backend: Backend) -> Result<(Client, String)> {
    match backend {
        #[cfg(any(feature = "vulkan", feature = "metal"))]
        Backend::Vulkan | Backend::Metal => open_wgpu(backend),
        #[cfg(feature = "cuda")]
        Backend::Cuda => {
            let device = CudaDevice { index: 0 };
            let client = CudaRuntime::client(&device);
            Ok((Client::Cuda(client), nvidia_name(0)))
        }
        #[allow(unreachable_patterns)]
        _ => Err(PmetalError::RuntimeNotCompiled { runtime: backend.name(), feature: backend.feature() }),
    }
}

#[cfg(any(feature = "vulkan", feature = "metal"))]
fn open_wgpu(backend: Backend) -> Result<(Client, String)> {
    use cubecl::wgpu::{init_device, init_setup, RuntimeOptions};
    let setup = match backend {
        #[cfg(all(feature = "metal", target_os = "macos"))]
        Backend::Metal => init_setup::<cubecl::wgpu::Metal>(&WgpuDevice::DefaultDevice, RuntimeOptions::default()),
        _ => init_setup::<cubecl::wgpu::Vulkan>(&WgpuDevice::DefaultDevice, RuntimeOptions::default()),
    };
    let info = setup.adapter.get_info();
    let want_metal = backend == Backend::Metal;
    // wgpu is not re-exported by cubecl; its backend enum prints as "Metal"/"Vulkan".
    if (format!("{:?}", info.backend) == "Metal") != want_metal {
        return Err(PmetalError::NoDevice(format!("adapter {} is not a {backend} device", info.name)));
    }
    let name = format!("{} ({:?})", info.name, info.device_type);
    let device = init_device(setup, RuntimeOptions::default());
    Ok((Client::Wgpu(WgpuRuntime::client(&device)), name))
}

/// The NVIDIA model name, read from the driver's proc file where present.
#[cfg(feature = "cuda")]
fn nvidia_name(index: usize) -> String {
    let mut dirs: Vec<_> = std::fs::read_dir("/proc/driver/nvidia/gpus")
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs.get(index)
        .and_then(|d| std::fs::read_to_string(d.join("information")).ok())
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("Model:").map(|m| m.trim().to_string())))
        .unwrap_or_else(|| format!("CUDA device {index}"))
}

fn describe(client: &Client, backend: Backend, name: String) -> DeviceInfo {
    let props = match client {
        #[cfg(any(feature = "vulkan", feature = "metal"))]
        Client::Wgpu(c) => c.properties().clone(),
        #[cfg(feature = "cuda")]
        Client::Cuda(c) => c.properties().clone(),
    };
    let hw = &props.hardware;
    DeviceInfo {
        backend,
        name,
        native_bf16: props.supports_type(half::bf16::as_type_native_unchecked()),
        native_f16: props.supports_type(half::f16::as_type_native_unchecked()),
        plane_size: (hw.plane_size_min, hw.plane_size_max),
        max_units_per_cube: hw.max_units_per_cube,
        max_vector_size: hw.max_vector_size as usize,
        max_cube_count: hw.max_cube_count,
        max_shared_memory: hw.max_shared_memory_size,
        compute_units: hw.num_streaming_multiprocessors,
        u64_addressing: props.supports_address(cubecl::ir::AddressType::U64),
        has_matrix_units: !props.features.matmul.cmma.is_empty(),
    }
}
