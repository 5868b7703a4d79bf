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

use crate::dtype::DType;
use crate::error::{PmetalError, Result};

mod backend;
mod device;

pub use backend::Backend;
pub use device::DeviceInfo;
use device::describe;

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
    /// `PMETAL_*` launch-shape overrides, read once when the context is made.
    tuning: crate::tuning::Tuning,
    pipelines: PipelineCache,
    memory: Arc<MemoryStats>,
    /// A lower binding limit set by tests (0: none), see
    /// [`MetalContext::set_binding_limit_for_tests`].
    binding_override: AtomicU64,
    /// Which runtime server this context drives, so that wrapping another library's client
    /// for the same device ([`MetalContext::from_client`]) finds this context again:
    /// kernels compare contexts by identity.
    key: ClientKey,
    /// cuBLASLt for the matmul, where this is a CUDA context and the library loads
    /// (probed once, when the context is made).
    #[cfg(feature = "cublaslt")]
    cublaslt: Option<Arc<crate::cublaslt::CublasLt>>,
}

/// A runtime server: the runtime type and CubeCL's device id (`ComputeClient::load` keys
/// its process-wide registry by the latter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ClientKey {
    runtime: std::any::TypeId,
    device: cubecl::device::DeviceId,
}

impl ClientKey {
    fn of<R: Runtime>(device: &R::Device) -> Self {
        use cubecl::device::Device;
        ClientKey { runtime: std::any::TypeId::of::<R>(), device: device.to_id() }
    }
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
    pub(crate) bytes: u64,
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

/// Every context made, by [`MetalContext::with_backend`] or [`MetalContext::from_client`]:
/// one per runtime server, so both paths hand out the same context for the same server.
static OPENED: Mutex<Vec<MetalContext>> = Mutex::new(Vec::new());

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
                // A `PMETAL_*` setting that cannot be met (e.g. PMETAL_CUBLASLT=1 without
                // the library) is the user's explicit request: report it rather than open
                // the next runtime.
                Err(e @ PmetalError::InvalidArgument(_)) => return Err(e),
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
        if !backend.compiled() {
            return Err(PmetalError::RuntimeNotCompiled { runtime: backend.name(), feature: backend.feature() });
        }
        let key = default_key(backend);
        let mut opened = OPENED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(ctx) = opened.iter().find(|c| c.backend() == backend && Some(c.inner.key) == key) {
            return Ok(ctx.clone());
        }
        let (client, name) = quietly(|| open(backend))
            .map_err(|msg| PmetalError::NoDevice(format!("{backend}: {msg}")))??;
        let key = key.expect("a compiled backend has a default device");
        // `from_client` may have made this server's context already (another library opened
        // the device first); `open` checked the server is of `backend`, so it is the one.
        if let Some(ctx) = opened.iter().find(|c| c.inner.key == key) {
            return Ok(ctx.clone());
        }
        let ctx = Self::assemble(client, backend, name, key)?;
        opened.push(ctx.clone());
        Ok(ctx)
    }

    /// A context on device `index` of `backend` (as `--device cuda:1` names it). Index 0 is
    /// [`with_backend`](Self::with_backend)'s device. Other indices: CUDA opens that GPU;
    /// on wgpu (Vulkan, Metal) pmetal drives the default adapter only, and says so.
    pub fn with_device(backend: Backend, index: usize) -> Result<Self> {
        if index == 0 {
            return Self::with_backend(backend);
        }
        match backend {
            #[cfg(feature = "cuda")]
            Backend::Cuda => {
                let device = CudaDevice { index };
                let key = ClientKey::of::<CudaRuntime>(&device);
                let mut opened = OPENED.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(ctx) = opened.iter().find(|c| c.inner.key == key) {
                    return Ok(ctx.clone());
                }
                let count = nvidia_gpus();
                if index >= count {
                    return Err(PmetalError::NoDevice(format!("cuda:{index}: the NVIDIA driver lists {count} GPU(s)")));
                }
                let client = quietly(|| CudaRuntime::client(&device)).map_err(|msg| PmetalError::NoDevice(format!("cuda:{index}: {msg}")))?;
                let ctx = Self::assemble(Client::Cuda(client), backend, nvidia_name(index), key)?;
                opened.push(ctx.clone());
                Ok(ctx)
            }
            _ if !backend.compiled() => Err(PmetalError::RuntimeNotCompiled { runtime: backend.name(), feature: backend.feature() }),
            _ => Err(PmetalError::InvalidArgument(format!(
                "{backend}:{index}: pmetal drives wgpu's default adapter only ({backend}:0)"
            ))),
        }
    }

    fn assemble(client: Client, backend: Backend, name: String, key: ClientKey) -> Result<Self> {
        let tuning = crate::tuning::Tuning::from_env()?;
        let info = describe(&client, backend, name);
        // cuBLASLt is probed once per CUDA context; `PMETAL_CUBLASLT=1` makes its absence
        // an error here rather than a quiet fallback to cubek. `describe` leaves
        // `cublaslt` false; only a CUDA context gets a provider.
        #[cfg(feature = "cublaslt")]
        let cublaslt = match backend {
            Backend::Cuda => crate::cublaslt::CublasLt::probe(key.device, &tuning)?,
            _ => None,
        };
        #[cfg(feature = "cublaslt")]
        let info = DeviceInfo { cublaslt: cublaslt.is_some(), ..info };
        #[cfg(not(feature = "cublaslt"))]
        if backend == Backend::Cuda && tuning.cublaslt == Some(true) {
            return Err(PmetalError::InvalidArgument(
                "PMETAL_CUBLASLT=1 requires cuBLASLt, but pmetal was built without feature `cublaslt`".into(),
            ));
        }
        Ok(MetalContext {
            inner: Arc::new(Inner {
                client,
                info,
                tuning,
                pipelines: PipelineCache::default(),
                memory: Arc::default(),
                binding_override: AtomicU64::new(0),
                key,
                #[cfg(feature = "cublaslt")]
                cublaslt,
            }),
        })
    }

    /// The context's cuBLASLt provider, if it has one.
    #[cfg(feature = "cublaslt")]
    pub(crate) fn cublaslt(&self) -> Option<&Arc<crate::cublaslt::CublasLt>> {
        self.inner.cublaslt.as_ref()
    }

    /// What the matmul's routing needs to know about cuBLASLt here.
    pub(crate) fn cublaslt_availability(&self) -> crate::cublaslt::Availability {
        crate::cublaslt::Availability {
            compiled: cfg!(feature = "cublaslt"),
            loaded: self.inner.info.cublaslt,
            setting: self.inner.tuning.cublaslt,
        }
    }

    /// The context driving `client`, the CubeCL compute client of `device`, e.g. the one
    /// behind a Burn device (`CubeRuntime::client(&device)`): tensors of both libraries then
    /// live in one memory pool and move between them without copies
    /// ([`GpuTensor::from_handle`](crate::buffer::GpuTensor::from_handle)).
    ///
    /// Contexts are cached per server (runtime and device id), and the default device's
    /// is the one [`with_backend`](Self::with_backend) gives: asking twice, or through
    /// either path, returns the same context, which the kernels require of their inputs.
    /// Fails with [`PmetalError::RuntimeNotCompiled`] for a runtime this build lacks.
    pub fn from_client<R: Runtime>(client: &ComputeClient<R>, device: &R::Device) -> Result<Self> {
        let key = ClientKey::of::<R>(device);
        let mut opened = OPENED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(ctx) = opened.iter().find(|c| c.inner.key == key) {
            return Ok(ctx.clone());
        }
        let (client, backend, name) = adopt(client, device)?;
        let ctx = Self::assemble(client, backend, name, key)?;
        opened.push(ctx.clone());
        Ok(ctx)
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

    /// The launch-shape overrides read from `PMETAL_*` variables when the context was
    /// made (see [`crate::tuning`]); all `None` unless a tuning sweep set them.
    pub fn tuning(&self) -> &crate::tuning::Tuning {
        &self.inner.tuning
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

    /// Waits for all queued work to finish; surfaces errors of earlier launches (cuBLASLt
    /// calls included).
    pub fn sync(&self) -> Result<()> {
        with_client!(self, |c, R| cubecl::future::block_on(c.sync()))
            .map_err(|e| PmetalError::Device(format!("{e:?}")))?;
        #[cfg(feature = "cublaslt")]
        if let Some(lt) = self.cublaslt() {
            lt.take_error()?;
        }
        Ok(())
    }

    /// Bytes of device memory currently held by live tensors (not the pool's reserve).
    pub fn memory_in_use(&self) -> Result<u64> {
        with_client!(self, |c, R| c.memory_usage())
            .map(|m| m.bytes_in_use)
            .map_err(|e| PmetalError::Device(format!("{e:?}")))
    }

    /// Records an allocation of `bytes`; the returned token releases it when dropped.
    /// A token that counts nothing: for memory another library allocated and owns.
    pub(crate) fn untracked(&self) -> Arc<Allocation> {
        Arc::new(Allocation { stats: self.inner.memory.clone(), bytes: 0 })
    }

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

    /// Largest buffer a kernel may bind on this device, in bytes (`None`: no limit short of
    /// memory). See [`DeviceInfo::max_binding_bytes`]. Every tensor pmetal allocates is
    /// checked against it ([`PmetalError::TooLarge`] names it), and ops size their
    /// internal blocks to stay within it.
    pub fn max_binding_bytes(&self) -> Option<u64> {
        let o = self.inner.binding_override.load(Ordering::Relaxed);
        match (self.inner.info.max_binding_bytes, o) {
            (l, 0) => l,
            (Some(l), o) => Some(l.min(o)),
            (None, o) => Some(o),
        }
    }

    /// Lowers the binding limit of this context (`None` restores the device's), so that
    /// tests reach it with small tensors. Affects every user of the context: for test
    /// binaries that run one test at a time.
    #[doc(hidden)]
    pub fn set_binding_limit_for_tests(&self, limit: Option<u64>) {
        self.inner.binding_override.store(limit.unwrap_or(0), Ordering::Relaxed);
    }

    /// `Err(TooLarge)` naming the limit when `bytes` cannot be bound as one buffer.
    pub(crate) fn check_binding(&self, bytes: u64, what: impl FnOnce() -> String) -> Result<()> {
        match self.max_binding_bytes() {
            Some(limit) if bytes > limit => Err(PmetalError::TooLarge(format!(
                "{} needs one buffer of {bytes} bytes; {} binds at most {limit} bytes per buffer (its storage-binding limit)",
                what(),
                self.device_name()
            ))),
            _ => Ok(()),
        }
    }

    /// Whether kernels may address past 2^32 elements (64-bit indices) on this device.
    pub fn supports_u64_addressing(&self) -> bool {
        self.inner.info.u64_addressing
    }

    /// Whether kernels for `dtype` read it natively or through the 16-bit-word path.
    pub(crate) fn storage_of(&self, dtype: DType) -> crate::dtype::Storage {
        crate::dtype::Storage::of(dtype, self.inner.info.native_bf16)
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
            // Without the driver, CubeCL's CUDA runtime fails on its server thread and
            // reports only a closed channel: say what is missing instead.
            if cfg!(target_os = "linux") && nvidia_gpus() == 0 {
                return Err(PmetalError::NoDevice(
                    "no NVIDIA driver is loaded (/proc/driver/nvidia has no GPU): install the NVIDIA driver, which provides libcuda, or pick another runtime (--device vulkan)".into(),
                ));
            }
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
    use cubecl::wgpu::{init_setup, RuntimeOptions};
    // `init_setup` registers its server under `DefaultDevice`, which is Burn's default wgpu
    // device too; pmetal drives that server (rather than a second one made with
    // `init_device`), so handles of both libraries belong to one memory pool. If something
    // registered `DefaultDevice` first, `init_setup` panics ("already registered") and the
    // existing server is used. Runs inside `quietly`, whose hook already silences panics.
    let setup = std::panic::catch_unwind(|| match backend {
        #[cfg(all(feature = "metal", target_os = "macos"))]
        Backend::Metal => init_setup::<cubecl::wgpu::Metal>(&WgpuDevice::DefaultDevice, RuntimeOptions::default()),
        _ => init_setup::<cubecl::wgpu::Vulkan>(&WgpuDevice::DefaultDevice, RuntimeOptions::default()),
    });
    let (api, name) = match setup {
        Ok(setup) => {
            let info = setup.adapter.get_info();
            // wgpu is not re-exported by cubecl; its backend enum prints as "Metal"/"Vulkan".
            (format!("{:?}", info.backend), format!("{} ({:?})", info.name, info.device_type))
        }
        Err(p) => {
            let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
            if !msg.as_deref().is_some_and(|m| m.contains("already registered")) {
                std::panic::resume_unwind(p);
            }
            let api = format!("{:?}", WgpuRuntime::client(&WgpuDevice::DefaultDevice).info());
            (api.clone(), format!("wgpu default device ({api}, opened before pmetal)"))
        }
    };
    if (api == "Metal") != (backend == Backend::Metal) {
        return Err(PmetalError::NoDevice(format!("adapter {name} is not a {backend} device")));
    }
    Ok((Client::Wgpu(WgpuRuntime::client(&WgpuDevice::DefaultDevice)), name))
}

/// The server [`MetalContext::with_backend`] opens for `backend`: wgpu's `DefaultDevice`,
/// CUDA device 0 (Burn's defaults too).
fn default_key(backend: Backend) -> Option<ClientKey> {
    match backend {
        #[cfg(any(feature = "vulkan", feature = "metal"))]
        Backend::Vulkan | Backend::Metal => Some(ClientKey::of::<WgpuRuntime>(&WgpuDevice::DefaultDevice)),
        #[cfg(feature = "cuda")]
        Backend::Cuda => Some(ClientKey::of::<CudaRuntime>(&CudaDevice { index: 0 })),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

/// `client` as one of the runtimes compiled in, with its backend and a device name.
fn adopt<R: Runtime>(client: &ComputeClient<R>, device: &R::Device) -> Result<(Client, Backend, String)> {
    use std::any::Any;
    let any: &dyn Any = client;
    #[cfg(any(feature = "vulkan", feature = "metal"))]
    if let Some(c) = any.downcast_ref::<ComputeClient<WgpuRuntime>>() {
        let api = format!("{:?}", c.info());
        let backend = if api == "Metal" { Backend::Metal } else { Backend::Vulkan };
        return Ok((Client::Wgpu(c.clone()), backend, format!("wgpu {device:?} ({api})")));
    }
    #[cfg(feature = "cuda")]
    if let Some(c) = any.downcast_ref::<ComputeClient<CudaRuntime>>() {
        let index = (device as &dyn Any).downcast_ref::<CudaDevice>().map_or(0, |d| d.index);
        return Ok((Client::Cuda(c.clone()), Backend::Cuda, nvidia_name(index)));
    }
    let _ = (any, device);
    Err(PmetalError::InvalidArgument(format!(
        "runtime {} is not one this build of pmetal drives (features: vulkan/metal for wgpu, cuda for CUDA)",
        std::any::type_name::<R>()
    )))
}

/// GPUs the NVIDIA driver lists (Linux: /proc/driver/nvidia/gpus; elsewhere assumed 1,
/// and the runtime says the rest).
#[cfg(feature = "cuda")]
fn nvidia_gpus() -> usize {
    if !cfg!(target_os = "linux") {
        return 1;
    }
    std::fs::read_dir("/proc/driver/nvidia/gpus").map(|d| d.count()).unwrap_or(0)
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
