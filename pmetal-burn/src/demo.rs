//! The `train-demo` driver: the same Llama-style model built twice from the same weights
//! (Burn's own ops on Burn's usual backend — `Autodiff<Wgpu|Cuda>`, `Fusion`-wrapped when
//! Burn's `fusion` feature is on, as with this crate's default `fusion` — and the
//! [`crate::nn`] modules, pmetal's fused ops, on `Autodiff<CubeBackend>`; see
//! [`crate::model`]), each
//! 1. pretrained from scratch on [`PRETRAIN_TEXT`],
//! 2. LoRA fine-tuned on [`FINETUNE_TEXT`] with the base frozen (checked bit-identical),
//! 3. sampled from (temperature, top-k, top-p, seeded; pmetal's fused sampler in the pmetal build).
//!
//! Reports tokens/s and peak memory per build and writes both loss curves as CSV and as a
//! figure ([`crate::plot`]: SVG, and PNG where a font is found).
//!
//! **Memory**: cubecl 0.10 keeps no high-water mark, so the demo samples the device client's
//! `memory_usage()` (the shared CubeCL pool both builds allocate from, pmetal's kernels
//! included) after every step, and on one probe step (the last warm-up step, not timed) also
//! after the forward pass and after the backward pass, each behind a device sync: activations
//! are largest there. `peak_in_use` is the largest `bytes_in_use` seen (live tensors, no pool
//! slack); `peak_reserved` the largest `bytes_reserved` (what the pool holds from the driver).
//! The pool is cleaned between the builds, so neither pays for the other's tensors.

use std::path::{Path, PathBuf};
use std::time::Instant;

use burn::tensor::backend::AutodiffBackend;

use crate::data::{Batcher, FINETUNE_TEXT, PRETRAIN_TEXT, VOCAB};
use crate::model::{generate, init_host, param_specs, AdamW, BurnOps, LlamaOps, ModelConfig, PmetalOps, SampleParams, Trainer};

/// Model and run sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// CI on lavapipe: d 64, 2 layers, seq 64, a few steps, f32.
    Tiny,
    /// A laptop GPU (Metal, a desktop Vulkan card): d 256, 4 layers, seq 256.
    Small,
    /// One H100: ~180M parameters, bf16, seq 2048, a few hundred steps.
    H100,
}

impl std::str::FromStr for Preset {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "tiny" => Ok(Preset::Tiny),
            "small" => Ok(Preset::Small),
            "h100" => Ok(Preset::H100),
            o => Err(format!("unknown preset `{o}` (tiny, small, h100)")),
        }
    }
}

impl std::fmt::Display for Preset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Preset::Tiny => "tiny",
            Preset::Small => "small",
            Preset::H100 => "h100",
        })
    }
}

/// Everything a preset fixes.
#[derive(Clone, Debug)]
pub struct Sizes {
    pub model: ModelConfig,
    pub batch: usize,
    pub seq: usize,
    pub steps: usize,
    pub lora_steps: usize,
    pub lora_rank: usize,
    pub lora_alpha: f32,
    pub lr: f64,
    pub lora_lr: f64,
    /// Steps excluded from the timing (kernel compiles, autotune).
    pub warmup: usize,
    pub gen_tokens: usize,
    pub eval_batches: usize,
}

impl Sizes {
    pub fn of(p: Preset) -> Sizes {
        let m = |d_model, n_layers, n_heads, n_kv_heads, ffn| ModelConfig { vocab: VOCAB, d_model, n_layers, n_heads, n_kv_heads, ffn, rope_theta: 10_000.0, norm_eps: 1e-5, tied: true };
        match p {
            // head_dim 32: the smallest pmetal's attention takes. 2 heads on 1 kv head: GQA.
            Preset::Tiny => Sizes { model: m(64, 2, 2, 1, 128), batch: 2, seq: 64, steps: 8, lora_steps: 4, lora_rank: 4, lora_alpha: 8.0, lr: 3e-3, lora_lr: 1e-2, warmup: 2, gen_tokens: 32, eval_batches: 2 },
            Preset::Small => Sizes { model: m(256, 4, 4, 2, 768), batch: 8, seq: 256, steps: 200, lora_steps: 60, lora_rank: 8, lora_alpha: 16.0, lr: 1e-3, lora_lr: 1e-3, warmup: 3, gen_tokens: 200, eval_batches: 4 },
            // 16 x (1M q + 0.26M k + 0.26M v + 1M o + 3 x 2.88M mlp) + 0.26M embedding = 180M.
            // Untied lm_head so the head is trained on its own (it is small at vocab 256).
            Preset::H100 => Sizes {
                model: ModelConfig { tied: false, ..m(1024, 16, 16, 4, 2816) },
                batch: 4,
                seq: 2048,
                // ~250 + 80 steps of both builds, generation and compiles fit one 10-minute
                // command on the H100 (estimate: <=0.5 s a step for the Burn build).
                steps: 250,
                lora_steps: 80,
                lora_rank: 16,
                lora_alpha: 32.0,
                lr: 6e-4,
                lora_lr: 1e-3,
                warmup: 5,
                gen_tokens: 200,
                eval_batches: 4,
            },
        }
    }
}

/// Which build(s) to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builds {
    Both,
    Burn,
    Pmetal,
}

impl std::str::FromStr for Builds {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "both" => Ok(Builds::Both),
            "burn" => Ok(Builds::Burn),
            "pmetal" => Ok(Builds::Pmetal),
            o => Err(format!("unknown build `{o}` (both, burn, pmetal)")),
        }
    }
}

/// The runtime to train on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runtime {
    Cuda,
    /// Vulkan or Metal, whichever wgpu compiler is built in.
    Wgpu,
}

impl std::str::FromStr for Runtime {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "cuda" => Ok(Runtime::Cuda),
            "vulkan" | "metal" | "wgpu" => Ok(Runtime::Wgpu),
            o => Err(format!("unknown device `{o}` (cuda, vulkan, metal)")),
        }
    }
}

/// The default runtime: CUDA when built in and an NVIDIA driver is loaded (the check
/// `dev.sh` makes: `./dev.sh run` always builds with `cuda`), else wgpu when built in.
pub fn default_runtime() -> Runtime {
    let wgpu = cfg!(any(feature = "vulkan", feature = "metal"));
    if cfg!(feature = "cuda") && (!wgpu || Path::new("/proc/driver/nvidia/version").exists()) {
        Runtime::Cuda
    } else {
        Runtime::Wgpu
    }
}

/// The preset for a runtime: h100 on CUDA, tiny on Vulkan (lavapipe in CI), small on Metal.
pub fn default_preset(rt: Runtime) -> Preset {
    match rt {
        Runtime::Cuda => Preset::H100,
        Runtime::Wgpu if cfg!(feature = "metal") && !cfg!(feature = "vulkan") => Preset::Small,
        Runtime::Wgpu => Preset::Tiny,
    }
}

#[derive(Clone, Debug)]
pub struct DemoConfig {
    pub runtime: Option<Runtime>,
    pub preset: Option<Preset>,
    pub steps: Option<usize>,
    pub lora_steps: Option<usize>,
    pub gen_tokens: Option<usize>,
    pub builds: Builds,
    pub out_dir: PathBuf,
    pub seed: u64,
    pub prompt: String,
    pub sample: SampleParams,
}

impl Default for DemoConfig {
    fn default() -> Self {
        DemoConfig {
            runtime: None,
            preset: None,
            steps: None,
            lora_steps: None,
            gen_tokens: None,
            builds: Builds::Both,
            out_dir: PathBuf::from("train-demo-out"),
            seed: 42,
            prompt: "Alice was ".into(),
            sample: SampleParams::default(),
        }
    }
}

/// One build's results.
#[derive(Clone, Debug, Default)]
pub struct BuildReport {
    pub name: String,
    /// Pretraining throughput over the timed steps (after `warmup`).
    pub tokens_per_s: f64,
    pub lora_tokens_per_s: f64,
    /// Median pretraining step time (ms) over the timed steps.
    pub step_ms: f64,
    pub peak_in_use: u64,
    pub peak_reserved: u64,
    pub pretrain_losses: Vec<f32>,
    pub lora_losses: Vec<f32>,
    /// Loss on fixed windows of the fine-tune text before and after LoRA.
    pub ft_eval_before: f32,
    pub ft_eval_after: f32,
    pub base_identical: bool,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct DemoReport {
    pub backend: String,
    pub preset: Preset,
    pub dtype: String,
    pub params: usize,
    pub sizes: Sizes,
    pub builds: Vec<BuildReport>,
    pub csv: PathBuf,
    /// `loss_curves.svg`, always written.
    pub svg: PathBuf,
    /// `loss_curves.png`, or why it was not written (no TrueType font found).
    pub png: Result<PathBuf, String>,
}

/// Pool usage `(bytes_in_use, bytes_reserved)` of the device's CubeCL client.
type MemFn<'a> = &'a dyn Fn() -> (u64, u64);
/// `progress(done, total, label)`.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize, &str);

/// Linear warm-up over the first 10% of steps, then cosine decay to 10% of `peak`.
pub fn lr_at(step: usize, total: usize, peak: f64) -> f64 {
    let warm = (total / 10).max(1);
    if step < warm {
        return peak * (step + 1) as f64 / warm as f64;
    }
    let t = (step - warm) as f64 / (total - warm).max(1) as f64;
    peak * (0.1 + 0.9 * 0.5 * (1.0 + (std::f64::consts::PI * t).cos()))
}

fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// Pretrain, LoRA, generate with one build.
#[allow(clippy::too_many_arguments)]
fn run_build<B: AutodiffBackend, O: LlamaOps<B>>(sz: &Sizes, cfg: &DemoConfig, host: &[Vec<f32>], device: B::Device, mem: MemFn, progress: Progress, done: &mut usize, total: usize) -> BuildReport {
    let name = O::NAME;
    let (batch, seq) = (sz.batch, sz.seq);
    let mut rep = BuildReport { name: name.into(), ..Default::default() };
    let peak = |rep: &mut BuildReport| {
        let (u, r) = mem();
        rep.peak_in_use = rep.peak_in_use.max(u);
        rep.peak_reserved = rep.peak_reserved.max(r);
    };
    let mut tr = Trainer::<B>::new(sz.model.clone(), host, device.clone(), AdamW::default());
    let mut data = Batcher::new(PRETRAIN_TEXT, batch, seq, cfg.seed);
    let warm = sz.warmup.min(sz.steps.saturating_sub(1));
    let (mut times, mut timed) = (Vec::new(), 0.0);
    for s in 0..sz.steps {
        let (x, y) = data.next_batch();
        let lr = lr_at(s, sz.steps, sz.lr);
        let t0 = Instant::now();
        let out = if s + 1 == warm.max(1) {
            // Probe step (not timed): pool usage after forward and after backward.
            let mut probe = || {
                let _ = B::sync(&device);
                peak(&mut rep);
            };
            tr.step_probed::<O>(&x, &y, batch, seq, lr, false, &mut probe)
        } else {
            tr.step::<O>(&x, &y, batch, seq, lr, false)
        };
        let dt = t0.elapsed().as_secs_f64();
        if s >= warm {
            times.push(dt);
            timed += dt;
        }
        peak(&mut rep);
        rep.pretrain_losses.push(out.loss);
        *done += 1;
        progress(*done, total, &format!("{name} pretrain {}/{} loss {:.3}", s + 1, sz.steps, out.loss));
    }
    rep.tokens_per_s = (times.len() * batch * seq) as f64 / timed.max(1e-9);
    rep.step_ms = median(&mut times) * 1e3;

    let ft = Batcher::new(FINETUNE_TEXT, batch, seq, cfg.seed ^ 0xF1);
    let evals = ft.eval_batches(sz.eval_batches);
    rep.ft_eval_before = tr.eval_loss::<O>(&evals, batch, seq);
    let mut ft = ft;
    tr.start_lora(sz.lora_rank, sz.lora_alpha, cfg.seed ^ 0x10A);
    let before = tr.base_bits();
    let (mut lt, mut ln) = (0.0, 0usize);
    for s in 0..sz.lora_steps {
        let (x, y) = ft.next_batch();
        let t0 = Instant::now();
        let out = tr.step::<O>(&x, &y, batch, seq, lr_at(s, sz.lora_steps, sz.lora_lr), false);
        if s >= 1 {
            lt += t0.elapsed().as_secs_f64();
            ln += 1;
        }
        peak(&mut rep);
        rep.lora_losses.push(out.loss);
        *done += 1;
        progress(*done, total, &format!("{name} lora {}/{} loss {:.3}", s + 1, sz.lora_steps, out.loss));
    }
    rep.lora_tokens_per_s = (ln * batch * seq) as f64 / lt.max(1e-9);
    rep.ft_eval_after = tr.eval_loss::<O>(&evals, batch, seq);
    rep.base_identical = before == tr.base_bits();

    let model = tr.model(false);
    let n = cfg.gen_tokens.unwrap_or(sz.gen_tokens);
    // One fixed window for every step (see `generate`): the prompt plus what is generated,
    // rounded up to 64, at most the training length.
    let window = (cfg.prompt.len() + n).div_ceil(64).max(1) * 64;
    let window = window.min(seq);
    let text = generate::<B, O>(&model, cfg.prompt.as_bytes(), n, window, &cfg.sample, cfg.seed, &device);
    rep.text = format!("{}{}", cfg.prompt, String::from_utf8_lossy(&text));
    *done += 1;
    progress(*done, total, &format!("{name} generated {n} bytes"));
    rep
}

/// Runs both builds (or one) on runtime `R`'s default device.
fn run_on<R, BB, PB>(cfg: &DemoConfig, preset: Preset, dtype: &str, progress: Progress) -> Result<DemoReport, String>
where
    R: burn_cubecl::cubecl::Runtime,
    R::Device: Default,
    BB: AutodiffBackend<Device = R::Device>,
    PB: AutodiffBackend<Device = R::Device> + crate::backend::PmetalBackend,
    PmetalOps: LlamaOps<PB>,
{
    let mut sz = Sizes::of(preset);
    if let Some(s) = cfg.steps {
        sz.steps = s.max(1);
    }
    if let Some(s) = cfg.lora_steps {
        sz.lora_steps = s;
    }
    sz.model.validate()?;
    let device = R::Device::default();
    let client = R::client(&device);
    let mem = move || client.memory_usage().map(|m| (m.bytes_in_use, m.bytes_reserved)).unwrap_or((0, 0));
    let host = init_host(&param_specs(&sz.model), cfg.seed);
    let runs: Vec<bool> = match cfg.builds {
        Builds::Both => vec![false, true],
        Builds::Burn => vec![false],
        Builds::Pmetal => vec![true],
    };
    let total = runs.len() * (sz.steps + sz.lora_steps + 1);
    let mut done = 0;
    let mut builds = Vec::new();
    for pm in runs {
        crate::model::clear_caches();
        R::client(&device).memory_cleanup();
        let r = if pm {
            run_build::<PB, PmetalOps>(&sz, cfg, &host, device.clone(), &mem, &mut *progress, &mut done, total)
        } else {
            run_build::<BB, BurnOps>(&sz, cfg, &host, device.clone(), &mem, &mut *progress, &mut done, total)
        };
        builds.push(r);
    }
    crate::model::clear_caches();
    std::fs::create_dir_all(&cfg.out_dir).map_err(|e| format!("cannot create {}: {e}", cfg.out_dir.display()))?;
    let csv = cfg.out_dir.join("loss_curves.csv");
    write_csv(&csv, &builds)?;
    let backend = BB::name(&device);
    let curves: Vec<crate::plot::Curves<'_>> = builds.iter().map(|b| crate::plot::Curves { name: &b.name, pretrain: &b.pretrain_losses, lora: &b.lora_losses }).collect();
    let fig = crate::plot::write(&cfg.out_dir, &curves, &format!("{backend} | preset {preset} | {dtype}"))?;
    Ok(DemoReport { backend, preset, dtype: dtype.into(), params: sz.model.num_params(), sizes: sz, builds, csv, svg: fig.svg, png: fig.png })
}

/// Runs the demo. `progress` gets `(done, total, label)` after every step.
pub fn run(cfg: &DemoConfig, progress: Progress) -> Result<DemoReport, String> {
    let rt = cfg.runtime.unwrap_or_else(default_runtime);
    let preset = cfg.preset.unwrap_or_else(|| default_preset(rt));
    match rt {
        #[cfg(feature = "cuda")]
        Runtime::Cuda => {
            use burn::tensor::bf16;
            type R = burn_cubecl::cubecl::cuda::CudaRuntime;
            run_on::<R, burn::backend::Autodiff<burn::backend::Cuda<bf16, i32>>, burn::backend::Autodiff<burn_cubecl::CubeBackend<R, bf16, i32, u8>>>(cfg, preset, "bf16", progress)
        }
        #[cfg(any(feature = "vulkan", feature = "metal"))]
        Runtime::Wgpu => {
            type R = burn_cubecl::cubecl::wgpu::WgpuRuntime;
            run_on::<R, burn::backend::Autodiff<burn::backend::Wgpu<f32, i32>>, burn::backend::Autodiff<burn_cubecl::CubeBackend<R, f32, i32, u32>>>(cfg, preset, "f32", progress)
        }
        #[allow(unreachable_patterns)]
        other => Err(format!("runtime {other:?} is not built in (cargo features: cuda, vulkan, metal)")),
    }
}

fn write_csv(path: &Path, builds: &[BuildReport]) -> Result<(), String> {
    let mut s = String::from("phase,step");
    for b in builds {
        s += &format!(",{}_loss", b.name);
    }
    s.push('\n');
    let rows = |phase: &str, get: &dyn Fn(&BuildReport) -> &Vec<f32>, s: &mut String| {
        let n = builds.iter().map(|b| get(b).len()).max().unwrap_or(0);
        for i in 0..n {
            *s += &format!("{phase},{}", i + 1);
            for b in builds {
                *s += &get(b).get(i).map(|l| format!(",{l}")).unwrap_or_else(|| ",".into());
            }
            s.push('\n');
        }
    };
    rows("pretrain", &|b| &b.pretrain_losses, &mut s);
    rows("lora", &|b| &b.lora_losses, &mut s);
    std::fs::write(path, s).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
