//! `pmetal train-demo`: the Llama-style demo model of `pmetal-burn`, built with Burn's own
//! ops and with pmetal's fused ops from the same weights; pretraining, a LoRA fine-tune and
//! seeded generation; tokens/s and peak memory of both builds; loss curves as CSV, SVG and (where a font is found) PNG.

use std::path::PathBuf;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use pmetal_burn::demo::{self, Builds, DemoConfig, Preset, Runtime};

/// Pretrains a small Llama-style decoder (byte-level) on a public-domain text shipped in
/// the repository, LoRA fine-tunes it on a second text with the base frozen, then generates
/// with the fused sampler; once with Burn's own ops (Burn's usual backend) and once with
/// pmetal's fused kernels, from the same initial weights. Prints tokens/s and peak memory
/// per build and writes loss_curves.csv, loss_curves.svg and loss_curves.png (when a
/// TrueType font is found; PMETAL_PLOT_FONT names one) to --out. Defaults: CUDA if
/// built in (preset h100, bf16), else Vulkan / Metal (preset tiny / small, f32).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Runtime: cuda, vulkan or metal.
    #[arg(long)]
    device: Option<Runtime>,
    /// Model and batch sizes: tiny, small or h100 (default: picked from the device).
    #[arg(long)]
    preset: Option<Preset>,
    /// Pretraining steps.
    #[arg(long)]
    steps: Option<usize>,
    /// LoRA fine-tuning steps.
    #[arg(long)]
    lora_steps: Option<usize>,
    /// Tokens to generate.
    #[arg(long = "gen")]
    gen_tokens: Option<usize>,
    /// Which builds to run: both, burn or pmetal.
    #[arg(long, default_value = "both")]
    build: Builds,
    /// Output folder of the loss curves.
    #[arg(long, default_value = "train-demo-out")]
    out: PathBuf,
    /// Seed of the weights, the data order and the sampler.
    #[arg(long)]
    seed: Option<u64>,
    /// Prompt of the generation.
    #[arg(long)]
    prompt: Option<String>,
    /// Sampling temperature.
    #[arg(long)]
    temperature: Option<f32>,
    /// Top-k of the sampler.
    #[arg(long)]
    top_k: Option<usize>,
    /// Top-p of the sampler.
    #[arg(long)]
    top_p: Option<f32>,
}

fn config(a: Args) -> DemoConfig {
    let mut c = DemoConfig { runtime: a.device, preset: a.preset, steps: a.steps, lora_steps: a.lora_steps, gen_tokens: a.gen_tokens, builds: a.build, out_dir: a.out, ..DemoConfig::default() };
    if let Some(s) = a.seed {
        c.seed = s;
    }
    if let Some(p) = a.prompt {
        c.prompt = p;
    }
    if let Some(t) = a.temperature {
        c.sample.temperature = t;
    }
    if let Some(k) = a.top_k {
        c.sample.top_k = k;
    }
    if let Some(p) = a.top_p {
        c.sample.top_p = p;
    }
    c
}

fn mib(b: u64) -> f64 {
    b as f64 / (1 << 20) as f64
}

pub fn main(args: Args) -> ExitCode {
    let cfg = config(args);
    let bar = ProgressBar::new(0);
    bar.set_style(ProgressStyle::with_template("[{elapsed_precise}] {bar:30} {pos}/{len} {msg}").expect("a valid template"));
    // Without a terminal (a log file, CI) the bar hides itself: print one line per step
    // instead, so a log cut short still shows how far the run got.
    let lines = bar.is_hidden();
    let t0 = std::time::Instant::now();
    let r = demo::run(&cfg, &mut |done, total, label| {
        if lines {
            eprintln!("[{:7.1} s] {done}/{total} {label}", t0.elapsed().as_secs_f64());
        }
        bar.set_length(total as u64);
        bar.set_position(done as u64);
        bar.set_message(label.to_string());
    });
    bar.finish_and_clear();
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            eprintln!("pmetal train-demo: {e}");
            return ExitCode::from(1);
        }
    };
    let s = &r.sizes;
    println!(
        "train-demo on {} | preset {} | {} | {:.1}M params (d {} x {} layers, {} heads / {} kv, ffn {}, {} lm_head) | batch {} x seq {} | {} + {} LoRA steps (rank {})",
        r.backend,
        r.preset,
        r.dtype,
        r.params as f64 / 1e6,
        s.model.d_model,
        s.model.n_layers,
        s.model.n_heads,
        s.model.n_kv_heads,
        s.model.ffn,
        if s.model.tied { "tied" } else { "untied" },
        s.batch,
        s.seq,
        s.steps,
        s.lora_steps,
        s.lora_rank
    );
    println!(
        "{:<8} {:>12} {:>10} {:>12} {:>13} {:>14} {:>10} {:>10} {:>22} {:>9}",
        "build", "tokens/s", "step ms", "LoRA tok/s", "peak MiB use", "peak MiB pool", "loss 1st", "loss last", "sonnets loss pre->post", "base same"
    );
    for b in &r.builds {
        println!(
            "{:<8} {:>12.0} {:>10.1} {:>12.0} {:>13.1} {:>14.1} {:>10.4} {:>10.4} {:>22} {:>9}",
            b.name,
            b.tokens_per_s,
            b.step_ms,
            b.lora_tokens_per_s,
            mib(b.peak_in_use),
            mib(b.peak_reserved),
            b.pretrain_losses.first().copied().unwrap_or(f32::NAN),
            b.pretrain_losses.last().copied().unwrap_or(f32::NAN),
            format!("{:.4} -> {:.4}", b.ft_eval_before, b.ft_eval_after),
            if b.base_identical { "yes" } else { "NO" }
        );
    }
    if let [burn, pm] = &r.builds[..] {
        println!(
            "pmetal vs burn: {:.2}x tokens/s, {:.2}x peak memory in use, {:.2}x pool reserved",
            pm.tokens_per_s / burn.tokens_per_s.max(1e-9),
            pm.peak_in_use as f64 / burn.peak_in_use.max(1) as f64,
            pm.peak_reserved as f64 / burn.peak_reserved.max(1) as f64
        );
    }
    println!("(tokens/s: pretraining steps after {} warm-up steps, loss read back every step; memory: the device pool's bytes_in_use / bytes_reserved, sampled after every step and after forward and backward on one probe step)", s.warmup);
    for b in &r.builds {
        println!("--- {} generated (T {}, top-k {}, top-p {}, seed {}):\n{}", b.name, cfg.sample.temperature, cfg.sample.top_k, cfg.sample.top_p, cfg.seed, b.text);
    }
    match &r.png {
        Ok(png) => println!("wrote {}, {} and {}", r.csv.display(), r.svg.display(), png.display()),
        Err(why) => println!("wrote {} and {}; no PNG: {why}", r.csv.display(), r.svg.display()),
    }
    if r.builds.iter().any(|b| !b.base_identical) {
        println!("LoRA changed base weights");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
