//! What every test file shares: running one body on every runtime present, with a fresh
//! seed that is printed when the body fails.
#![allow(dead_code)]

pub mod verify;

use pmetal_metal::reference::{cross_entropy as ref_ce, rope as ref_rope, swiglu as ref_swiglu};
use pmetal_metal::{Backend, CrossEntropyConfig, GluActivation, MetalContext, Reduction, RopeConfig, RopeLayout, RopeScaling, RopeStyle};
use verify::{compare, fresh_seed, Rng, Tolerance};

/// A context for every runtime compiled in and present on this machine, in preference
/// order. Tests run their one body on each.
pub fn contexts() -> Vec<MetalContext> {
    Backend::PREFERENCE.iter().filter(|b| b.compiled()).filter_map(|&b| MetalContext::with_backend(b).ok()).collect()
}

/// Runs `body` on every runtime compiled in and present (lavapipe in CI; CUDA on the
/// GPU machine). Fails if there is none, unless PMETAL_ALLOW_NO_DEVICE is set; says which
/// ran. The seed is fresh each run and printed on failure (replay with PMETAL_SEED).
pub fn on_every_runtime(test: &str, mut body: impl FnMut(&MetalContext, &mut Rng)) {
    let ctxs = contexts();
    if ctxs.is_empty() {
        if std::env::var_os("PMETAL_ALLOW_NO_DEVICE").is_some() {
            eprintln!("{test}: SKIPPED, no GPU runtime present");
            return;
        }
        panic!("{test}: no GPU runtime present (install mesa-vulkan-drivers for lavapipe)");
    }
    for ctx in &ctxs {
        let seed = fresh_seed();
        let mut rng = Rng::new(seed);
        eprintln!("{test}: on {} [{}], seed {seed}", ctx.backend(), ctx.device_name());
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(ctx, &mut rng)));
        if let Err(e) = r {
            eprintln!("{test}: FAILED on {} with seed {seed} (replay: PMETAL_SEED={seed})", ctx.backend());
            std::panic::resume_unwind(e);
        }
    }
}

/// Fails with the worst element when `got` is not within `tol` of `want` (NaN fails).
pub fn check(what: &str, got: &[f64], want: &[f64], tol: Tolerance) {
    let c = compare(got, want, tol);
    assert!(
        c.passed(),
        "{what}: {} of {} out of tolerance, worst at {}: got {} want {} (max rel {:.3e})",
        c.failures, want.len(), c.worst, got[c.worst], want[c.worst], c.max_rel
    );
}

// The references take their own parameter types, never the kernels' configs, so that an
// oracle shares no code with the kernel it checks. These translate a kernel config field
// by field (exhaustive matches: a new variant must be given a meaning here).

/// The cross-entropy reference's parameters for a kernel config.
pub fn ce_params(cfg: &CrossEntropyConfig) -> ref_ce::Params {
    ref_ce::Params {
        ignore_index: cfg.ignore_index as i64,
        label_smoothing: cfg.label_smoothing as f64,
        z_loss: cfg.z_loss as f64,
        softcap: cfg.softcap.map(|c| c as f64),
        reduction: match cfg.reduction {
            Reduction::None => ref_ce::Reduction::None,
            Reduction::Sum => ref_ce::Reduction::Sum,
            Reduction::Mean => ref_ce::Reduction::Mean,
        },
    }
}

/// The RoPE reference's parameters for a kernel config.
pub fn rope_params(cfg: &RopeConfig) -> ref_rope::Params {
    ref_rope::Params {
        head_dim: cfg.head_dim,
        rotary_dim: cfg.rotary_dim,
        theta: cfg.theta,
        scaling: match cfg.scaling {
            RopeScaling::None => ref_rope::Scaling::None,
            RopeScaling::Linear { factor } => ref_rope::Scaling::Linear { factor },
            RopeScaling::DynamicNtk { factor, original_max_position } => ref_rope::Scaling::DynamicNtk { factor, original_max_position },
            RopeScaling::Llama3 { factor, low_freq_factor, high_freq_factor, original_max_position } => {
                ref_rope::Scaling::Llama3 { factor, low_freq_factor, high_freq_factor, original_max_position }
            }
            RopeScaling::Yarn { factor, original_max_position, beta_fast, beta_slow, attention_factor } => {
                ref_rope::Scaling::Yarn { factor, original_max_position, beta_fast, beta_slow, attention_factor }
            }
        },
        style: match cfg.style {
            RopeStyle::RotateHalf => ref_rope::Style::RotateHalf,
            RopeStyle::Interleaved => ref_rope::Style::Interleaved,
        },
        layout: match cfg.layout {
            RopeLayout::Bshd => ref_rope::Layout::Bshd,
            RopeLayout::Bhsd => ref_rope::Layout::Bhsd,
        },
    }
}

/// The SwiGLU reference's activation for a kernel one.
pub fn glu(act: GluActivation) -> ref_swiglu::Activation {
    match act {
        GluActivation::Silu => ref_swiglu::Activation::Silu,
        GluActivation::GeluTanh => ref_swiglu::Activation::GeluTanh,
    }
}

/// Runs test `exact` of this test binary (with `--ignored` where it is marked so) in a
/// child process with the environment `env` added: for settings a context reads once, when
/// it opens (the `PMETAL_*` knobs). Asserts the child passed exactly one test; returns its
/// output, stdout then stderr.
pub fn run_child_test(exact: &str, ignored: bool, env: &[(&str, &str)]) -> String {
    let mut cmd = std::process::Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", exact, "--nocapture", "--test-threads=1"]);
    if ignored {
        cmd.arg("--ignored");
    }
    cmd.envs(env.iter().copied());
    let child = cmd.output().unwrap();
    let log = format!("{}{}", String::from_utf8_lossy(&child.stdout), String::from_utf8_lossy(&child.stderr));
    assert!(child.status.success(), "{exact} with {env:?} failed:\n{log}");
    assert!(log.contains("1 passed"), "the child ran no test ({exact} with {env:?}):\n{log}");
    log
}
