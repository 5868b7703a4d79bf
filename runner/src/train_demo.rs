//! `pmetal train-demo`: the Llama-style demo model of `pmetal-burn`, built with Burn's own
//! ops and with pmetal's fused ops from the same weights; pretraining, a LoRA fine-tune and
//! seeded generation; tokens/s and peak memory of both builds; loss curves as CSV and PNG.

use std::path::PathBuf;
use std::process::ExitCode;

use pmetal_burn::demo::{self, Builds, DemoConfig};

const USAGE: &str = "usage: pmetal train-demo [--device cuda|vulkan|metal] [--preset tiny|small|h100]
       [--steps N] [--lora-steps N] [--gen N] [--build both|burn|pmetal] [--out DIR]
       [--seed N] [--prompt TEXT] [--temperature T] [--top-k K] [--top-p P]

Pretrains a small Llama-style decoder (byte-level) on a public-domain text shipped in the
repository, LoRA fine-tunes it on a second text with the base frozen, then generates with the
fused sampler; once with Burn's own ops (Burn's usual backend) and once with pmetal's fused
kernels, from the same initial weights. Prints tokens/s and peak memory per build and writes
loss_curves.csv and loss_curves.png to --out (default train-demo-out).
Defaults: CUDA if built in (preset h100, bf16), else Vulkan/Metal (preset tiny / small, f32).";

fn parse(args: &[String]) -> Result<DemoConfig, String> {
    let mut c = DemoConfig::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut val = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        let num = |s: String, name: &str| s.parse::<usize>().map_err(|_| format!("{name}: `{s}` is not a number"));
        match arg.as_str() {
            "--device" => c.runtime = Some(val("--device")?.parse()?),
            "--preset" => c.preset = Some(val("--preset")?.parse()?),
            "--steps" => c.steps = Some(num(val("--steps")?, "--steps")?),
            "--lora-steps" => c.lora_steps = Some(num(val("--lora-steps")?, "--lora-steps")?),
            "--gen" => c.gen_tokens = Some(num(val("--gen")?, "--gen")?),
            "--build" => c.builds = val("--build")?.parse::<Builds>()?,
            "--out" => c.out_dir = PathBuf::from(val("--out")?),
            "--seed" => c.seed = val("--seed")?.parse().map_err(|_| "--seed: not a number".to_string())?,
            "--prompt" => c.prompt = val("--prompt")?,
            "--temperature" => c.sample.temperature = val("--temperature")?.parse().map_err(|_| "--temperature: not a number".to_string())?,
            "--top-k" => c.sample.top_k = num(val("--top-k")?, "--top-k")?,
            "--top-p" => c.sample.top_p = val("--top-p")?.parse().map_err(|_| "--top-p: not a number".to_string())?,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(c)
}

fn mib(b: u64) -> f64 {
    b as f64 / (1 << 20) as f64
}

pub fn main(args: &[String], progress: &mut dyn FnMut(usize, usize, &str)) -> ExitCode {
    let cfg = match parse(args) {
        Ok(c) => c,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("pmetal train-demo: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let r = match demo::run(&cfg, progress) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("\npmetal train-demo: {e}");
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
    println!("wrote {} and {}", r.csv.display(), r.png.display());
    if r.builds.iter().any(|b| !b.base_identical) {
        println!("LoRA changed base weights");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
