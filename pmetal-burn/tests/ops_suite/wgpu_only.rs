// Tests of the wgpu copy of tests/ops.rs only (included there after the shared suite):
// they are about wgpu's default device, which the CUDA runtime does not have.

/// Whichever library opens wgpu's default device first, Burn's default device and pmetal's
/// context end up on one server (pmetal adopts Burn's, or Burn loads the one pmetal's
/// `init_setup` registered). The order only holds in a fresh process, so each order runs
/// the ignored test below in a child process of this test binary.
#[test]
fn one_server_whichever_opens_first() {
    for first in ["burn", "pmetal"] {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "wgpu::open_order_child", "--ignored", "--nocapture", "--test-threads=1"])
            .env("PMETAL_BURN_OPEN_FIRST", first)
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && log.contains("1 passed"), "{first} first:\n{log}");
    }
}

#[test]
#[ignore = "run in a fresh process by one_server_whichever_opens_first"]
fn open_order_child() {
    use pmetal_metal::{Backend as Runtimes, MetalContext};
    // Run without the variable (e.g. by `--ignored`), it is not a child: it does the
    // parent's check, so it never passes without having checked anything.
    let Ok(first) = std::env::var("PMETAL_BURN_OPEN_FIRST") else {
        return one_server_whichever_opens_first();
    };
    let own = if first == "pmetal" { Some(MetalContext::with_backend(Runtimes::Vulkan).unwrap()) } else { None };
    let v: Vec<f32> = (0..64).map(|i| i as f32 / 8.0 - 4.0).collect();
    let x = Tensor::<B, 2>::from_data(TensorData::new(v.clone(), [2, 32]), &device());
    let own = own.unwrap_or_else(|| MetalContext::with_backend(Runtimes::Vulkan).unwrap());
    assert!(own.same(&bridge::context(&x.clone().into_primitive().tensor()).unwrap()), "two servers");
    if first == "burn" {
        // pmetal's own `init_setup` was refused and the registered server adopted.
        assert!(own.device_name().contains("opened before pmetal"), "{}", own.device_name());
    }
    let h = ops::swiglu(x.clone(), x.clone());
    let want: Vec<f64> = v.iter().map(|&g| (g as f64) * (g as f64) / (1.0 + (-(g as f64)).exp())).collect();
    close("swiglu after opening in this order", host(h), want);
}
