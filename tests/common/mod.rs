//! What every test file shares: running one body on every runtime present, with a fresh
//! seed that is printed when the body fails.
#![allow(dead_code)]

pub mod verify;

use pmetal_metal::{Backend, MetalContext};
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
