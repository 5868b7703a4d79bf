//! Bad input gets a typed error ([`PmetalError`]), never a panic or a wrong answer: every
//! public entry point is called with rank-0, empty, mismatched and wrongly typed tensors,
//! unsupported head dims, out-of-range options (k > vocab, bad probabilities, NaN scales),
//! offsets past 2^31 elements, and tensors from another context, and must return `Err` of
//! the expected variant.
//!
//! Each call runs under `catch_unwind`, so a panic fails its case by name instead of
//! ending the test; all cases run before the test fails, and it prints how many ran. A few
//! valid calls (marked "control") check that the base arguments are themselves accepted,
//! so each refusal is owed to the one defect its case introduces.
//!
//! The second context: another runtime where one is present (CUDA beside Vulkan on a GPU
//! machine), else a second wgpu server on the CPU adapter (lavapipe), which is a separate
//! context of the same device. Where neither can be opened the test says so and skips
//! those cases.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

use common::on_every_runtime;
use common::contexts;
use common::verify::upload;
use pmetal_metal::*;

/// The [`PmetalError`] variant a case expects (`Accepted`: `Ok`, for a control).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Accepted,
    Shape,
    WrongDtype,
    Unsupported,
    Empty,
    TooLarge,
    Invalid,
    Context,
    NotCompiled,
    NoDevice,
    NonFinite,
    Device,
}

fn kind(e: &PmetalError) -> Want {
    match e {
        PmetalError::ShapeMismatch(_) => Want::Shape,
        PmetalError::DTypeMismatch { .. } => Want::WrongDtype,
        PmetalError::UnsupportedDType { .. } => Want::Unsupported,
        PmetalError::Empty(_) => Want::Empty,
        PmetalError::TooLarge(_) => Want::TooLarge,
        PmetalError::InvalidArgument(_) => Want::Invalid,
        PmetalError::ContextMismatch => Want::Context,
        PmetalError::RuntimeNotCompiled { .. } => Want::NotCompiled,
        PmetalError::NoDevice(_) => Want::NoDevice,
        PmetalError::NonFiniteLogits { .. } => Want::NonFinite,
        PmetalError::Device(_) => Want::Device,
    }
}

/// The cases run so far and the ones that failed.
#[derive(Default)]
struct Cases {
    run: usize,
    /// Of `run`, the cases that expect an error (the rest are controls).
    refusals: usize,
    failures: Vec<String>,
}

impl Cases {
    /// Runs `f` and records a failure unless it returns `want` (an `Err` of that variant,
    /// or `Ok` for [`Want::Accepted`]). A panic is a failure naming the case.
    fn want<T>(&mut self, name: &str, want: Want, f: impl FnOnce() -> Result<T>) {
        self.run += 1;
        self.refusals += usize::from(want != Want::Accepted);
        let got = match catch_unwind(AssertUnwindSafe(f)) {
            Ok(Ok(_)) if want == Want::Accepted => return,
            Ok(Ok(_)) => "Ok".to_string(),
            Ok(Err(e)) if kind(&e) == want => return,
            Ok(Err(e)) => format!("{:?}: {e}", kind(&e)),
            Err(p) => {
                let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
                format!("PANIC: {}", msg.unwrap_or_default())
            }
        };
        self.failures.push(format!("{name}: expected {want:?}, got {got}"));
    }

    /// A valid call: must return `Ok` (the base arguments of the cases around it).
    fn control<T>(&mut self, name: &str, f: impl FnOnce() -> Result<T>) {
        self.want(&format!("control: {name}"), Want::Accepted, f)
    }

    /// A valid call whose result `check` judges (`Err` names what is wrong): for inputs at
    /// the edge that must give the right answer rather than an error.
    fn right<T>(&mut self, name: &str, f: impl FnOnce() -> Result<T>, check: impl FnOnce(T) -> std::result::Result<(), String>) {
        self.run += 1;
        let r = catch_unwind(AssertUnwindSafe(|| f().map(check)));
        let why = match r {
            Ok(Ok(Ok(()))) => return,
            Ok(Ok(Err(why))) => format!("wrong answer: {why}"),
            Ok(Err(e)) => format!("{:?}: {e}", kind(&e)),
            Err(_) => "PANIC".to_string(),
        };
        self.failures.push(format!("{name}: {why}"));
    }
}

/// A tensor of `dtype` and `shape` holding small finite values.
fn t(ctx: &MetalContext, dtype: DType, shape: &[usize]) -> GpuTensor {
    let n: usize = shape.iter().product();
    let v: Vec<f64> = (0..n).map(|i| ((i % 7) as f64 - 3.0) * 0.125).collect();
    upload(ctx, dtype, shape, &v).unwrap().0
}

fn f32t(ctx: &MetalContext, shape: &[usize]) -> GpuTensor {
    t(ctx, DType::F32, shape)
}

fn ints(ctx: &MetalContext, v: &[i32], shape: &[usize]) -> GpuTensor {
    GpuBuffer::<i32>::from_slice(ctx, v, shape).unwrap().into_tensor()
}

/// Another context than `ctx`: another runtime if one is present, else a second wgpu
/// server on the CPU adapter. `None` (with the reason) where neither opens.
fn second_context(ctx: &MetalContext) -> std::result::Result<MetalContext, String> {
    if let Some(other) = contexts().into_iter().find(|c| !c.same(ctx)) {
        return Ok(other);
    }
    #[cfg(feature = "vulkan")]
    if ctx.backend() == Backend::Vulkan {
        use cubecl::wgpu::{init_setup, RuntimeOptions, Vulkan, WgpuDevice, WgpuRuntime};
        use cubecl::Runtime;
        // A server of its own for the CPU adapter (wgpu's `Cpu` device id), distinct from
        // the `DefaultDevice` server the main context drives.
        let device = WgpuDevice::Cpu;
        let opened = catch_unwind(|| {
            init_setup::<Vulkan>(&device, RuntimeOptions::default());
        });
        if opened.is_err() {
            return Err("only one runtime and no CPU Vulkan adapter for a second wgpu server".into());
        }
        let client = WgpuRuntime::client(&device);
        let other = MetalContext::from_client(&client, &device).map_err(|e| e.to_string())?;
        if !other.same(ctx) {
            return Ok(other);
        }
    }
    Err(format!("only one context can be opened ({} alone)", ctx.backend()))
}

#[test]
fn every_entry_point_refuses_bad_input_with_a_typed_error() {
    on_every_runtime("bad input", |ctx, _rng| {
        let other = second_context(ctx);
        match &other {
            Ok(o) => eprintln!("bad input: second context {} [{}]", o.backend(), o.device_name()),
            Err(why) => eprintln!("bad input: SKIPPED the cross-context cases: {why}"),
        }
        let mut c = Cases::default();
        buffers(ctx, &mut c);
        swiglu(ctx, &mut c);
        rmsnorm(ctx, &mut c);
        rope(ctx, &mut c);
        cross_entropy(ctx, &mut c);
        linear_cross_entropy(ctx, &mut c);
        matmul_cases(ctx, &mut c);
        fused_gemm(ctx, &mut c);
        lora(ctx, &mut c);
        attention(ctx, &mut c);
        sampler(ctx, &mut c);
        past_32_bits(ctx, &mut c);
        let cross = match &other {
            Ok(o) => {
                let before = c.run;
                other_context(ctx, o, &mut c);
                c.run - before
            }
            Err(_) => 0,
        };
        // Nothing refused above may have left the device in a bad state.
        c.want("context still usable after the refusals (sync)", Want::Accepted, || ctx.sync());
        eprintln!(
            "bad input on {}: {} cases ({} expect a typed error, {cross} use a second context), {} failed",
            ctx.backend(),
            c.run,
            c.refusals,
            c.failures.len()
        );
        assert!(c.failures.is_empty(), "{} of {} bad-input cases failed:\n  {}", c.failures.len(), c.run, c.failures.join("\n  "));
    });
}

fn buffers(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let x = f32t(ctx, &[4, 8]);
    c.want("from_slice: 3 values for shape [2, 2]", Shape, || GpuBuffer::<f32>::from_slice(ctx, &[1.0, 2.0, 3.0], &[2, 2]));
    c.want("from_slice: shape product overflows", TooLarge, || GpuBuffer::<f32>::from_slice(ctx, &[1.0], &[usize::MAX, 2]));
    c.want("from_vec1: empty slice is a valid empty tensor", Accepted, || GpuBuffer::<f32>::from_vec1(ctx, &[]));
    c.want("from_bytes: 3 bytes for one f32", Shape, || GpuTensor::from_bytes(ctx, DType::F32, &[1], &[0, 0, 0]));
    c.want("from_bytes: 2^62 f32 elements (byte count overflows 64 bits)", TooLarge, || GpuTensor::from_bytes(ctx, DType::F32, &[1 << 62], &[]));
    c.want("from_bytes: shape product overflows", TooLarge, || GpuTensor::from_bytes(ctx, DType::F32, &[usize::MAX, usize::MAX], &[]));
    c.want("empty: shape product overflows", TooLarge, || GpuTensor::empty(ctx, DType::F32, &[usize::MAX, 3]));
    c.want("empty: byte count overflows", TooLarge, || GpuTensor::empty(ctx, DType::F32, &[1 << 62]));
    c.want("GpuBuffer::empty: shape product overflows", TooLarge, || GpuBuffer::<f16>::empty(ctx, &[usize::MAX, 2]));
    if ctx.max_binding_bytes().is_some() {
        // Past the device's binding limit (where it has one: wgpu). CUDA has no such
        // limit and would try to allocate the tensor.
        c.want("empty: 2^40 f32 past the binding limit", TooLarge, || GpuTensor::empty(ctx, DType::F32, &[1 << 40]));
        c.want("empty: 2^31 + 64 f16 past the binding limit", TooLarge, || GpuTensor::empty(ctx, DType::F16, &[(1 << 31) + 64]));
    }
    c.want("reshape: element count differs", Shape, || x.reshape(&[5, 8]));
    c.want("reshape: shape product overflows", TooLarge, || x.reshape(&[usize::MAX, 2]));
    c.want("reshape to rank 0 of a 32-element tensor", Shape, || x.reshape(&[]));
    c.want("to_vec::<f16> of an f32 tensor", WrongDtype, || x.to_vec::<f16>());
    c.want("typed::<i32> of an f32 tensor", WrongDtype, || x.clone().typed::<i32>());
    c.want("GpuBuffer<f32>::to_vec of a wrongly typed view", WrongDtype, || f32t(ctx, &[2]).to_vec::<u32>());
    c.want("from_handle: handle smaller than the shape", Shape, || GpuTensor::from_handle(ctx, x.handle(), DType::F32, &[4, 9]));
    c.want("from_handle: shape product overflows", TooLarge, || GpuTensor::from_handle(ctx, x.handle(), DType::F32, &[usize::MAX, 2]));
    c.want("from_handle: byte count overflows", TooLarge, || GpuTensor::from_handle(ctx, x.handle(), DType::F32, &[1 << 62]));
    c.right("rank-0 tensor round trip", || GpuBuffer::<f32>::from_slice(ctx, &[2.5], &[])?.to_vec(), |v| {
        if v == [2.5] { Ok(()) } else { Err(format!("{v:?}")) }
    });
    c.want("DType from \"f64\"", Invalid, || "f64".parse::<DType>().map_err(PmetalError::from));
    c.want("Backend from \"opencl\"", Invalid, || "opencl".parse::<Backend>());
    c.want("MatmulAlgorithm from \"fastest\"", Invalid, || "fastest".parse::<MatmulAlgorithm>());
    if !Backend::Metal.compiled() {
        c.want("with_backend(Metal) without the metal feature", NotCompiled, || MetalContext::with_backend(Backend::Metal));
    }
    if Backend::Vulkan.compiled() {
        c.want("with_device(vulkan, 1): wgpu drives one adapter", Invalid, || MetalContext::with_device(Backend::Vulkan, 1));
    }
    if Backend::Cuda.compiled() {
        c.want("with_device(cuda, 4096): no such GPU", NoDevice, || MetalContext::with_device(Backend::Cuda, 4096));
    }
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    c.want("Tuning: PMETAL_CE_CUBE=abc", Invalid, || Tuning::from_lookup(env(&[("PMETAL_CE_CUBE", "abc")])));
    c.want("Tuning: PMETAL_CE_BYTES=12 (not a power of two)", Invalid, || Tuning::from_lookup(env(&[("PMETAL_CE_BYTES", "12")])));
    c.want("Tuning: PMETAL_ATTN_BWD=64,64,48", Invalid, || Tuning::from_lookup(env(&[("PMETAL_ATTN_BWD", "64,64,48")])));
    c.want("Tuning: PMETAL_CUBLASLT=2", Invalid, || Tuning::from_lookup(env(&[("PMETAL_CUBLASLT", "2")])));
}

fn swiglu(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let op = SwiGlu::new(ctx);
    let (g, u) = (f32t(ctx, &[4, 8]), f32t(ctx, &[4, 8]));
    let gu = f32t(ctx, &[4, 16]);
    let scalar = f32t(ctx, &[]);
    c.control("swiglu forward", || op.forward(&g, &u));
    c.control("swiglu forward_interleaved", || op.forward_interleaved(&gu));
    c.right(
        "swiglu forward on rank-0 tensors (element-wise: a scalar is valid)",
        || download1(&op.forward(&GpuBuffer::<f32>::from_slice(ctx, &[1.5], &[])?.into_tensor(), &GpuBuffer::<f32>::from_slice(ctx, &[2.0], &[])?.into_tensor())?),
        |v| {
            let want = 1.5 / (1.0 + (-1.5f64).exp()) * 2.0;
            if v.len() == 1 && (v[0] - want).abs() < 1e-5 { Ok(()) } else { Err(format!("{v:?}, want [{want}]")) }
        },
    );
    c.want("swiglu forward_interleaved: rank 0", Shape, || op.forward_interleaved(&scalar));
    c.want("swiglu forward_interleaved_into: rank 0", Shape, || op.forward_interleaved_into(&scalar, &scalar));
    c.want("swiglu backward_interleaved: rank 0", Shape, || op.backward_interleaved(&scalar, &scalar));
    c.want("swiglu forward_interleaved: odd last dim", Shape, || op.forward_interleaved(&f32t(ctx, &[4, 7])));
    c.want("swiglu forward_interleaved: [4, 0]", Empty, || op.forward_interleaved(&f32t(ctx, &[4, 0])));
    c.want("swiglu forward_interleaved: [0, 8]", Empty, || op.forward_interleaved(&f32t(ctx, &[0, 8])));
    c.want("swiglu forward_interleaved: i32", Unsupported, || op.forward_interleaved(&ints(ctx, &[0; 8], &[2, 4])));
    c.want("swiglu forward_interleaved_into: out [4, 16]", Shape, || op.forward_interleaved_into(&gu, &f32t(ctx, &[4, 16])));
    c.want("swiglu forward_interleaved_into: out f16", WrongDtype, || op.forward_interleaved_into(&gu, &t(ctx, DType::F16, &[4, 8])));
    c.want("swiglu forward: empty", Empty, || op.forward(&f32t(ctx, &[0, 8]), &f32t(ctx, &[0, 8])));
    c.want("swiglu forward: up [8, 4]", Shape, || op.forward(&g, &f32t(ctx, &[8, 4])));
    c.want("swiglu forward: up rank 0", Shape, || op.forward(&g, &scalar));
    c.want("swiglu forward: up f16", WrongDtype, || op.forward(&g, &t(ctx, DType::F16, &[4, 8])));
    c.want("swiglu forward: i32", Unsupported, || op.forward(&ints(ctx, &[0; 4], &[4]), &ints(ctx, &[0; 4], &[4])));
    c.want("swiglu forward_into: out [4, 9]", Shape, || op.forward_into(&g, &u, &f32t(ctx, &[4, 9])));
    c.want("swiglu forward_into: out bf16", WrongDtype, || op.forward_into(&g, &u, &t(ctx, DType::BF16, &[4, 8])));
    c.want("swiglu backward: d_h [4, 4]", Shape, || op.backward(&g, &u, &f32t(ctx, &[4, 4])));
    c.want("swiglu backward: d_h f16", WrongDtype, || op.backward(&g, &u, &t(ctx, DType::F16, &[4, 8])));
    c.want("swiglu backward_into: d_gate [8, 4]", Shape, || op.backward_into(&g, &u, &g, &f32t(ctx, &[8, 4]), &f32t(ctx, &[4, 8])));
    c.want("swiglu backward_into: d_up f16", WrongDtype, || op.backward_into(&g, &u, &g, &f32t(ctx, &[4, 8]), &t(ctx, DType::F16, &[4, 8])));
    c.want("swiglu backward_interleaved: d_h [4, 16]", Shape, || op.backward_interleaved(&gu, &f32t(ctx, &[4, 16])));
    c.want("swiglu backward_interleaved_into: d_gate_up [4, 8]", Shape, || op.backward_interleaved_into(&gu, &f32t(ctx, &[4, 8]), &f32t(ctx, &[4, 8])));
    c.want("swiglu forward_unfused: up [8, 4]", Shape, || op.forward_unfused(&g, &f32t(ctx, &[8, 4])));
    c.want("swiglu backward_unfused: d_h [2, 16]", Shape, || op.backward_unfused(&g, &u, &f32t(ctx, &[2, 16])));
}

fn download1(x: &GpuTensor) -> Result<Vec<f64>> {
    common::verify::download(x)
}

fn rmsnorm(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let op = RmsNorm::new(ctx, 1e-5).unwrap();
    let (x, w) = (f32t(ctx, &[4, 8]), f32t(ctx, &[8]));
    let rstd = f32t(ctx, &[4]);
    c.control("rmsnorm forward", || op.forward(&x, &w));
    c.want("rmsnorm new: eps 0", Invalid, || RmsNorm::new(ctx, 0.0));
    c.want("rmsnorm new: eps NaN", Invalid, || RmsNorm::new(ctx, f32::NAN));
    c.want("rmsnorm gemma: eps -1", Invalid, || RmsNorm::gemma(ctx, -1.0));
    c.want("rmsnorm forward: rank-0 x", Shape, || op.forward(&f32t(ctx, &[]), &w));
    c.want("rmsnorm forward: x [0, 8]", Empty, || op.forward(&f32t(ctx, &[0, 8]), &w));
    c.want("rmsnorm forward: x [4, 0], w [0]", Empty, || op.forward(&f32t(ctx, &[4, 0]), &f32t(ctx, &[0])));
    c.want("rmsnorm forward: w [4]", Shape, || op.forward(&x, &f32t(ctx, &[4])));
    c.want("rmsnorm forward: w rank 0", Shape, || op.forward(&x, &f32t(ctx, &[])));
    c.want("rmsnorm forward: w f16", WrongDtype, || op.forward(&x, &t(ctx, DType::F16, &[8])));
    c.want("rmsnorm forward: x i32", Unsupported, || op.forward(&ints(ctx, &[0; 8], &[1, 8]), &w));
    c.want("rmsnorm forward_residual: residual [4, 4]", Shape, || op.forward_residual(&x, &f32t(ctx, &[4, 4]), &w));
    c.want("rmsnorm forward_into: sum without residual", Invalid, || op.forward_into(&x, None, &w, &f32t(ctx, &[4, 8]), Some(&f32t(ctx, &[4, 8])), &rstd));
    c.want("rmsnorm forward_into: rstd [8]", Shape, || op.forward_into(&x, None, &w, &f32t(ctx, &[4, 8]), None, &f32t(ctx, &[8])));
    c.want("rmsnorm forward_into: rstd f16", WrongDtype, || op.forward_into(&x, None, &w, &f32t(ctx, &[4, 8]), None, &t(ctx, DType::F16, &[4])));
    c.want("rmsnorm forward_into: y [4, 4]", Shape, || op.forward_into(&x, None, &w, &f32t(ctx, &[4, 4]), None, &rstd));
    c.want("rmsnorm backward: dy [8, 4]", Shape, || op.backward(&x, &w, &rstd, &f32t(ctx, &[8, 4])));
    c.want("rmsnorm backward: rstd [4, 1]", Shape, || op.backward(&x, &w, &f32t(ctx, &[4, 1]), &x));
    c.want("rmsnorm backward: dy bf16", WrongDtype, || op.backward(&x, &w, &rstd, &t(ctx, DType::BF16, &[4, 8])));
    c.want("rmsnorm backward_into: dw [4]", Shape, || op.backward_into(&x, &w, &rstd, &x, &f32t(ctx, &[4, 8]), &f32t(ctx, &[4])));
    c.want("rmsnorm forward_unfused: rank-0 x", Shape, || op.forward_unfused(&f32t(ctx, &[]), &w));
    c.want("rmsnorm with_offset NaN: forward", Invalid, || op.clone().with_offset(f32::NAN).forward(&x, &w));
    c.want("rmsnorm with_offset inf: backward", Invalid, || op.clone().with_offset(f32::INFINITY).backward(&x, &w, &rstd, &x));
}

fn rope(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let cfg = RopeConfig::new(8, 10000.0);
    let op = Rope::new(ctx, cfg).unwrap();
    let (q, k) = (f32t(ctx, &[1, 4, 2, 8]), f32t(ctx, &[1, 4, 1, 8]));
    let pos0 = RopePositions::Offset(0);
    c.control("rope forward", || op.forward(&q, &k, pos0));
    c.want("rope new: head_dim 0", Invalid, || Rope::new(ctx, RopeConfig::new(0, 10000.0)));
    c.want("rope new: head_dim 7", Invalid, || Rope::new(ctx, RopeConfig::new(7, 10000.0)));
    c.want("rope new: rotary_dim 10 > head_dim 8", Invalid, || Rope::new(ctx, cfg.with_rotary_dim(10)));
    c.want("rope new: rotary_dim 3", Invalid, || Rope::new(ctx, cfg.with_rotary_dim(3)));
    c.want("rope new: theta NaN", Invalid, || Rope::new(ctx, RopeConfig::new(8, f64::NAN)));
    c.want("rope new: theta 1", Invalid, || Rope::new(ctx, RopeConfig::new(8, 1.0)));
    c.want("rope new: linear factor 0", Invalid, || Rope::new(ctx, cfg.with_scaling(RopeScaling::Linear { factor: 0.0 })));
    c.want("rope new: dynamic NTK max position 0", Invalid, || {
        Rope::new(ctx, cfg.with_scaling(RopeScaling::DynamicNtk { factor: 2.0, original_max_position: 0 }))
    });
    c.want("rope new: llama3 high <= low", Invalid, || {
        Rope::new(ctx, cfg.with_scaling(RopeScaling::Llama3 { factor: 8.0, low_freq_factor: 4.0, high_freq_factor: 1.0, original_max_position: 8192 }))
    });
    c.want("rope new: yarn beta_fast < beta_slow", Invalid, || {
        Rope::new(ctx, cfg.with_scaling(RopeScaling::Yarn { factor: 4.0, original_max_position: 4096, beta_fast: 1.0, beta_slow: 32.0, attention_factor: None }))
    });
    c.want("rope new: yarn attention factor NaN", Invalid, || {
        Rope::new(ctx, cfg.with_scaling(RopeScaling::Yarn { factor: 4.0, original_max_position: 4096, beta_fast: 32.0, beta_slow: 1.0, attention_factor: Some(f64::NAN) }))
    });
    let (cos, sin) = (f32t(ctx, &[16, 4]), f32t(ctx, &[16, 4]));
    c.control("rope with_cache", || Rope::with_cache(ctx, cfg, &cos, &sin));
    c.want("rope with_cache: cos [16, 8]", Shape, || Rope::with_cache(ctx, cfg, &f32t(ctx, &[16, 8]), &sin));
    c.want("rope with_cache: cos rank 0", Shape, || Rope::with_cache(ctx, cfg, &f32t(ctx, &[]), &sin));
    c.want("rope with_cache: cos [0, 4]", Shape, || Rope::with_cache(ctx, cfg, &f32t(ctx, &[0, 4]), &f32t(ctx, &[0, 4])));
    c.want("rope with_cache: sin f16", WrongDtype, || Rope::with_cache(ctx, cfg, &cos, &t(ctx, DType::F16, &[16, 4])));
    c.want("rope with_cache: cos 16 rows, sin 8", Shape, || Rope::with_cache(ctx, cfg, &cos, &f32t(ctx, &[8, 4])));
    let cached = Rope::with_cache(ctx, cfg, &cos, &sin).unwrap();
    c.want("rope cached: positions 14..18 past a 16-position cache", Invalid, || cached.forward(&q, &k, RopePositions::Offset(14)));
    c.want("rope cached: id 16 past a 16-position cache", Invalid, || cached.forward(&q, &k, RopePositions::Ids(&ints(ctx, &[0, 1, 2, 16], &[1, 4]))));
    c.want("rope forward: rank-0 q", Shape, || op.forward(&f32t(ctx, &[]), &k, pos0));
    c.want("rope forward: 3-D q", Shape, || op.forward(&f32t(ctx, &[4, 2, 8]), &k, pos0));
    c.want("rope forward: q head dim 16", Shape, || op.forward(&f32t(ctx, &[1, 4, 1, 16]), &k, pos0));
    c.want("rope forward: q and k seq differ", Shape, || op.forward(&q, &f32t(ctx, &[1, 3, 1, 8]), pos0));
    c.want("rope forward: k f16", WrongDtype, || op.forward(&q, &t(ctx, DType::F16, &[1, 4, 1, 8]), pos0));
    c.want("rope forward: q i32", Unsupported, || op.forward(&ints(ctx, &[0; 8], &[1, 1, 1, 8]), &k, pos0));
    c.want("rope forward: empty q and k", Empty, || op.forward(&f32t(ctx, &[1, 0, 2, 8]), &f32t(ctx, &[1, 0, 1, 8]), pos0));
    c.want("rope forward: k with 0 heads", Empty, || op.forward(&q, &f32t(ctx, &[1, 4, 0, 8]), pos0));
    c.want("rope forward: ids u32", WrongDtype, || {
        op.forward(&q, &k, RopePositions::Ids(&GpuBuffer::<u32>::from_slice(ctx, &[0, 1, 2, 3], &[1, 4]).unwrap()))
    });
    c.want("rope forward: ids [4]", Shape, || op.forward(&q, &k, RopePositions::Ids(&ints(ctx, &[0, 1, 2, 3], &[4]))));
    c.want("rope forward: negative id", Invalid, || op.forward(&q, &k, RopePositions::Ids(&ints(ctx, &[0, 1, -2, 3], &[1, 4]))));
    c.want("rope forward_into: q_out [1, 4, 1, 8]", Shape, || op.forward_into(&q, &k, &f32t(ctx, &[1, 4, 1, 8]), &f32t(ctx, &[1, 4, 1, 8]), pos0));
    c.want("rope forward_in_place: 3-D k", Shape, || op.forward_in_place(&q, &f32t(ctx, &[4, 1, 8]), pos0));
    c.want("rope backward: dq head dim 4", Shape, || op.backward(&f32t(ctx, &[1, 4, 2, 4]), &k, pos0));
    c.want("rope backward_in_place: dk batch 2", Shape, || op.backward_in_place(&q, &f32t(ctx, &[2, 4, 1, 8]), pos0));
    c.want("rope forward_unfused: rank-0 k", Shape, || op.forward_unfused(&q, &f32t(ctx, &[]), pos0));
}

fn cross_entropy(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let op = CrossEntropy::new(ctx);
    let logits = f32t(ctx, &[4, 16]);
    let tg = ints(ctx, &[0, 5, 15, -100], &[4]);
    c.control("cross_entropy forward", || op.forward(&logits, &tg));
    c.control("cross_entropy forward: logits [16], rank-0 target", || op.forward(&f32t(ctx, &[16]), &ints(ctx, &[3], &[])));
    let bad_cfg = |f: fn(&mut CrossEntropyConfig)| {
        let mut cfg = CrossEntropyConfig::default();
        f(&mut cfg);
        cfg
    };
    c.want("cross_entropy: label smoothing 1.5", Invalid, || CrossEntropy::with_config(ctx, bad_cfg(|c| c.label_smoothing = 1.5)));
    c.want("cross_entropy: label smoothing NaN", Invalid, || CrossEntropy::with_config(ctx, bad_cfg(|c| c.label_smoothing = f32::NAN)));
    c.want("cross_entropy: z-loss -1", Invalid, || CrossEntropy::with_config(ctx, bad_cfg(|c| c.z_loss = -1.0)));
    c.want("cross_entropy: softcap 0", Invalid, || CrossEntropy::with_config(ctx, bad_cfg(|c| c.softcap = Some(0.0))));
    c.want("cross_entropy: softcap inf", Invalid, || CrossEntropy::with_config(ctx, bad_cfg(|c| c.softcap = Some(f32::INFINITY))));
    c.want("cross_entropy forward: rank-0 logits", Shape, || op.forward(&f32t(ctx, &[]), &ints(ctx, &[0], &[])));
    c.want("cross_entropy forward: logits [0, 16]", Empty, || op.forward(&f32t(ctx, &[0, 16]), &ints(ctx, &[], &[0])));
    c.want("cross_entropy forward: vocabulary 0", Empty, || op.forward(&f32t(ctx, &[4, 0]), &tg));
    c.want("cross_entropy forward: logits i32", Unsupported, || op.forward(&ints(ctx, &[0; 8], &[2, 4]), &ints(ctx, &[0, 0], &[2])));
    c.want("cross_entropy forward: targets u32", WrongDtype, || op.forward(&logits, &GpuBuffer::<u32>::from_slice(ctx, &[0; 4], &[4]).unwrap()));
    c.want("cross_entropy forward: targets f32", WrongDtype, || op.forward(&logits, &f32t(ctx, &[4])));
    c.want("cross_entropy forward: targets [5]", Shape, || op.forward(&logits, &ints(ctx, &[0; 5], &[5])));
    c.want("cross_entropy forward: rank-0 targets for 4 rows", Shape, || op.forward(&logits, &ints(ctx, &[0], &[])));
    c.want("cross_entropy forward: target 16 = vocab", Invalid, || op.forward(&logits, &ints(ctx, &[0, 16, 1, 2], &[4])));
    c.want("cross_entropy forward: target -5 (not ignore_index)", Invalid, || op.forward(&logits, &ints(ctx, &[0, -5, 1, 2], &[4])));
    c.want("cross_entropy forward_backward: target 1000 > vocab", Invalid, || op.forward_backward(&logits, &ints(ctx, &[1000, 0, 1, 2], &[4]), 1.0));
    c.want("cross_entropy forward_backward_in_place: target 16", Invalid, || {
        op.forward_backward_in_place(&f32t(ctx, &[4, 16]), &ints(ctx, &[16, 0, 1, 2], &[4]), 1.0)
    });
    c.want("cross_entropy forward_backward: grad_scale NaN", Invalid, || op.forward_backward(&logits, &tg, f32::NAN));
    c.want("cross_entropy forward_backward_in_place: grad_scale inf", Invalid, || op.forward_backward_in_place(&f32t(ctx, &[4, 16]), &tg, f32::INFINITY));
    let fwd = op.forward(&logits, &tg).unwrap();
    let one = f32t(ctx, &[1]);
    c.control("cross_entropy backward", || op.backward(&logits, &tg, &fwd, &one));
    c.want("cross_entropy backward: d_loss [4] for a mean", Shape, || op.backward(&logits, &tg, &fwd, &f32t(ctx, &[4])));
    c.want("cross_entropy backward: d_loss rank 0", Shape, || op.backward(&logits, &tg, &fwd, &f32t(ctx, &[])));
    c.want("cross_entropy backward: d_loss f16", WrongDtype, || op.backward(&logits, &tg, &fwd, &t(ctx, DType::F16, &[1])));
    let fwd2 = op.forward(&f32t(ctx, &[2, 16]), &ints(ctx, &[0, 1], &[2])).unwrap();
    c.want("cross_entropy backward: forward output of 2 rows for 4", Shape, || op.backward(&logits, &tg, &fwd2, &one));
    c.want("cross_entropy backward_into: grad f16", WrongDtype, || op.backward_into(&logits, &tg, &fwd, &one, &t(ctx, DType::F16, &[4, 16])));
    c.want("cross_entropy backward_into: grad [16, 4]", Shape, || op.backward_into(&logits, &tg, &fwd, &one, &f32t(ctx, &[16, 4])));
    c.want("cross_entropy backward_in_place: targets [3]", Shape, || op.backward_in_place(&logits, &ints(ctx, &[0; 3], &[3]), &fwd, &one));
    let none = CrossEntropy::with_config(ctx, CrossEntropyConfig { reduction: Reduction::None, ..Default::default() }).unwrap();
    let fwd_none = none.forward(&logits, &tg).unwrap();
    c.want("cross_entropy (no reduction) backward: d_loss [1]", Shape, || none.backward(&logits, &tg, &fwd_none, &one));
}

fn linear_cross_entropy(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let op = LinearCrossEntropy::new(ctx);
    let (h, w) = (f32t(ctx, &[4, 8]), f32t(ctx, &[16, 8]));
    let tg = ints(ctx, &[0, 5, 15, -100], &[4]);
    c.control("linear_cross_entropy forward", || op.forward(&h, &w, None, &tg));
    c.control("linear_cross_entropy forward_backward", || op.forward_backward(&h, &w, None, &tg, 1.0));
    c.control("linear_cross_entropy with_block(usize::MAX) forward_backward", || {
        LinearCrossEntropy::new(ctx).with_block(usize::MAX).forward_backward(&h, &w, None, &tg, 1.0)
    });
    c.want("linear_cross_entropy: label smoothing -0.5", Invalid, || {
        LinearCrossEntropy::with_config(ctx, CrossEntropyConfig { label_smoothing: -0.5, ..Default::default() })
    });
    c.want("linear_cross_entropy: rank-0 hidden", Shape, || op.forward(&f32t(ctx, &[]), &w, None, &ints(ctx, &[0], &[])));
    c.want("linear_cross_entropy: 1-D hidden", Shape, || op.forward(&f32t(ctx, &[8]), &w, None, &ints(ctx, &[0], &[])));
    c.want("linear_cross_entropy: hidden [0, 8]", Empty, || op.forward(&f32t(ctx, &[0, 8]), &w, None, &ints(ctx, &[], &[0])));
    c.want("linear_cross_entropy: hidden i32", Unsupported, || op.forward(&ints(ctx, &[0; 8], &[1, 8]), &w, None, &ints(ctx, &[0], &[1])));
    c.want("linear_cross_entropy: weight [16, 4]", Shape, || op.forward(&h, &f32t(ctx, &[16, 4]), None, &tg));
    c.want("linear_cross_entropy: weight rank 0", Shape, || op.forward(&h, &f32t(ctx, &[]), None, &tg));
    c.want("linear_cross_entropy: weight 3-D", Shape, || op.forward(&h, &f32t(ctx, &[2, 16, 8]), None, &tg));
    c.want("linear_cross_entropy: weight f16", WrongDtype, || op.forward(&h, &t(ctx, DType::F16, &[16, 8]), None, &tg));
    c.want("linear_cross_entropy: vocabulary 0", Empty, || op.forward(&h, &f32t(ctx, &[0, 8]), None, &tg));
    c.want("linear_cross_entropy: bias [15]", Shape, || op.forward(&h, &w, Some(&f32t(ctx, &[15])), &tg));
    c.want("linear_cross_entropy: bias bf16", WrongDtype, || op.forward(&h, &w, Some(&t(ctx, DType::BF16, &[16])), &tg));
    c.want("linear_cross_entropy: targets [4, 1]", Shape, || op.forward(&h, &w, None, &ints(ctx, &[0; 4], &[4, 1])));
    c.want("linear_cross_entropy: targets u32", WrongDtype, || op.forward(&h, &w, None, &GpuBuffer::<u32>::from_slice(ctx, &[0; 4], &[4]).unwrap()));
    c.want("linear_cross_entropy forward: target 16 = vocab", Invalid, || op.forward(&h, &w, None, &ints(ctx, &[0, 16, 1, 2], &[4])));
    c.want("linear_cross_entropy forward_backward: target 99", Invalid, || op.forward_backward(&h, &w, None, &ints(ctx, &[0, 99, 1, 2], &[4]), 1.0));
    c.want("linear_cross_entropy forward_backward: grad_scale NaN", Invalid, || op.forward_backward(&h, &w, None, &tg, f32::NAN));
}

fn matmul_cases(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let (a, b, out) = (f32t(ctx, &[4, 8]), f32t(ctx, &[8, 16]), f32t(ctx, &[4, 16]));
    c.control("matmul", || matmul(ctx, &a, &b, &out, false, false));
    c.control("matmul_accumulate", || matmul_accumulate(ctx, &a, &b, &out, false, false));
    c.want("matmul: rank-0 a", Shape, || matmul(ctx, &f32t(ctx, &[]), &b, &out, false, false));
    c.want("matmul: 1-D a", Shape, || matmul(ctx, &f32t(ctx, &[8]), &b, &out, false, false));
    c.want("matmul: rank-0 out", Shape, || matmul(ctx, &a, &b, &f32t(ctx, &[]), false, false));
    c.want("matmul: inner dims 8 vs 6", Shape, || matmul(ctx, &a, &f32t(ctx, &[6, 16]), &out, false, false));
    c.want("matmul: trans_b makes inner dims differ", Shape, || matmul(ctx, &a, &b, &out, false, true));
    c.want("matmul: out [4, 15]", Shape, || matmul(ctx, &a, &b, &f32t(ctx, &[4, 15]), false, false));
    c.want("matmul: batch dims 2 vs 3", Shape, || matmul(ctx, &f32t(ctx, &[2, 4, 8]), &f32t(ctx, &[3, 8, 16]), &f32t(ctx, &[2, 4, 16]), false, false));
    c.want("matmul: a [0, 8]", Empty, || matmul(ctx, &f32t(ctx, &[0, 8]), &b, &f32t(ctx, &[0, 16]), false, false));
    c.want("matmul: b f16", WrongDtype, || matmul(ctx, &a, &t(ctx, DType::F16, &[8, 16]), &out, false, false));
    c.want("matmul: a i32", Unsupported, || matmul(ctx, &ints(ctx, &[0; 32], &[4, 8]), &b, &out, false, false));
    c.want("matmul: out f16 for f32 inputs", Invalid, || matmul(ctx, &a, &b, &t(ctx, DType::F16, &[4, 16]), false, false));
    c.want("matmul: out u32", Unsupported, || {
        matmul(ctx, &a, &b, &GpuBuffer::<u32>::from_slice(ctx, &[0; 64], &[4, 16]).unwrap(), false, false)
    });
    c.want("matmul_accumulate: out [16, 4]", Shape, || matmul_accumulate(ctx, &a, &b, &f32t(ctx, &[16, 4]), false, false));
    c.want("matmul: row range 2..2 (empty)", Invalid, || matmul(ctx, MatView::rows(&a, 2..2), &b, &f32t(ctx, &[0, 16]), false, false));
    c.want("matmul: row range 0..5 of 4 rows", Invalid, || matmul(ctx, MatView::rows(&a, 0..5), &b, &f32t(ctx, &[5, 16]), false, false));
    c.want("matmul: row range on a 3-D tensor", Shape, || {
        matmul(ctx, MatView::rows(&f32t(ctx, &[1, 4, 8]), 0..2), &b, &f32t(ctx, &[2, 16]), false, false)
    });
    let a3 = f32t(ctx, &[4, 3]);
    c.want("matmul: row range starting 12 bytes in (misaligned)", Invalid, || {
        matmul(ctx, MatView::rows(&a3, 1..3), &f32t(ctx, &[3, 16]), &f32t(ctx, &[2, 16]), false, false)
    });
    let m = Matmul::new(ctx);
    c.want("Matmul::forward: out dtype i32", Unsupported, || m.forward(&a, &b, false, false, DType::I32));
    c.want("Matmul::forward: out dtype bf16 for f32 inputs", Invalid, || m.forward(&a, &b, false, false, DType::BF16));
    c.want("Matmul::forward: inner dims differ", Shape, || m.forward(&a, &a, false, false, DType::F32));
    if ctx.backend() == Backend::Cuda {
        c.want("Matmul: double_unit pinned on CUDA", Invalid, || m.clone().with_algorithm(MatmulAlgorithm::DoubleUnit).run(&a, &b, &out, false, false, false));
    }
    if !ctx.info().cublaslt {
        c.want("Matmul: cublaslt pinned where the context has no cuBLASLt", Invalid, || {
            m.clone().with_algorithm(MatmulAlgorithm::CublasLt).run(&a, &b, &out, false, false, false)
        });
    }
    if !ctx.info().has_matrix_units {
        c.want("Matmul: a cmma algorithm pinned without matrix units", Invalid, || {
            m.clone().with_algorithm(MatmulAlgorithm::SimpleCyclicCmma).run(&a, &b, &out, false, false, false)
        });
    }
}

fn fused_gemm(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let g = FusedGemm::new(ctx);
    let (a, w) = (f32t(ctx, &[4, 8]), f32t(ctx, &[16, 8]));
    let (a2, b2) = (f32t(ctx, &[4, 2]), f32t(ctx, &[16, 2]));
    let seg = GemmSegment::new(&a, false, &w, true);
    let base = FusedGemmCall::new(seg);
    let out = f32t(ctx, &[4, 16]);
    c.control("fused gemm forward", || g.forward(&base, DType::F32));
    c.control("fused gemm run with a second product", || g.run(&base.with_second(GemmSegment::new(&a2, false, &b2, true), 0.5), &out));
    let scalar = f32t(ctx, &[]);
    c.want("fused gemm: rank-0 a1", Shape, || g.forward(&FusedGemmCall::new(GemmSegment::new(&scalar, false, &w, true)), DType::F32));
    c.want("fused gemm out_shape: rank-0 b1", Shape, || g.out_shape(&FusedGemmCall::new(GemmSegment::new(&a, false, &scalar, true))));
    c.want("fused gemm: 3-D b1", Shape, || g.forward(&FusedGemmCall::new(GemmSegment::new(&a, false, &f32t(ctx, &[1, 16, 8]), true)), DType::F32));
    c.want("fused gemm: inner dims (trans_b off)", Shape, || g.forward(&FusedGemmCall::new(GemmSegment::new(&a, false, &w, false)), DType::F32));
    c.want("fused gemm: a1 [0, 8]", Empty, || g.run(&FusedGemmCall::new(GemmSegment::new(&f32t(ctx, &[0, 8]), false, &w, true)), &f32t(ctx, &[0, 16])));
    c.want("fused gemm: b1 f16", WrongDtype, || g.forward(&FusedGemmCall::new(GemmSegment::new(&a, false, &t(ctx, DType::F16, &[16, 8]), true)), DType::F32));
    c.want("fused gemm: a1 i32", Unsupported, || {
        g.forward(&FusedGemmCall::new(GemmSegment::new(&ints(ctx, &[0; 32], &[4, 8]), false, &w, true)), DType::F32)
    });
    c.want("fused gemm: second product's M 3", Shape, || g.run(&base.with_second(GemmSegment::new(&f32t(ctx, &[3, 2]), false, &b2, true), 1.0), &out));
    c.want("fused gemm: second product's inner dims", Shape, || g.run(&base.with_second(GemmSegment::new(&a2, false, &f32t(ctx, &[16, 3]), true), 1.0), &out));
    c.want("fused gemm: second product bf16", WrongDtype, || g.run(&base.with_second(GemmSegment::new(&a2, false, &t(ctx, DType::BF16, &[16, 2]), true), 1.0), &out));
    c.want("fused gemm: second product empty", Empty, || g.run(&base.with_second(GemmSegment::new(&f32t(ctx, &[4, 0]), false, &f32t(ctx, &[16, 0]), true), 1.0), &out));
    c.want("fused gemm: alpha1 NaN", Invalid, || g.run(&base.with_alpha1(f32::NAN), &out));
    c.want("fused gemm: alpha2 inf", Invalid, || g.run(&base.with_second(GemmSegment::new(&a2, false, &b2, true), f32::INFINITY), &out));
    c.want("fused gemm: out [16, 4]", Shape, || g.run(&base, &f32t(ctx, &[16, 4])));
    c.want("fused gemm: out i32", Invalid, || g.run(&base, &ints(ctx, &[0; 64], &[4, 16])));
    c.want("fused gemm: out dtype f16 for f32 operands", Invalid, || g.forward(&base, DType::F16));
    c.want("fused gemm forward: accumulate", Invalid, || g.forward(&base.accumulate(true), DType::F32));
    c.want("fused gemm: bias [8]", Shape, || g.run(&base.with_bias(Some(&f32t(ctx, &[8]))), &out));
    c.want("fused gemm: bias f16", WrongDtype, || g.run(&base.with_bias(Some(&t(ctx, DType::F16, &[16]))), &out));
    c.want("fused gemm: row scale [8]", Shape, || g.run(&base.with_row_scale(&f32t(ctx, &[8])), &out));
    c.want("fused gemm: row scale f16", WrongDtype, || g.run(&base.with_row_scale(&t(ctx, DType::F16, &[4])), &out));
    c.want("fused gemm: col scale [4]", Shape, || g.run(&base.with_col_scale(&f32t(ctx, &[4]), 0.0), &out));
    c.want("fused gemm: col scale offset NaN", Invalid, || g.run(&base.with_col_scale(&f32t(ctx, &[8]), f32::NAN), &out));
    c.want("fused gemm: dropout p 1", Invalid, || g.run(&base.with_dropout(DropSite::A1, Some(Dropout { p: 1.0, seed: 1 })), &out));
    c.want("fused gemm: dropout p NaN", Invalid, || g.run(&base.with_dropout(DropSite::Out, Some(Dropout { p: f32::NAN, seed: 1 })), &out));
    c.want("fused gemm: dropout p -0.1", Invalid, || g.run(&base.with_dropout(DropSite::B1, Some(Dropout { p: -0.1, seed: 1 })), &out));
    c.want("fused gemm: emulated fragment 4", Invalid, || g.clone().with_path(GemmPath::Emulated { fragment: 4 }).run(&base, &out));
    if !g.has_matrix_units(DType::F32) {
        c.want("fused gemm: matrix units pinned for f32 without them", Invalid, || g.clone().with_path(GemmPath::MatrixUnits).run(&base, &out));
    }
}

fn lora(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let op = LoraLinear::new(ctx, 0.5).unwrap();
    let (x, w, a, b) = (f32t(ctx, &[4, 8]), f32t(ctx, &[16, 8]), f32t(ctx, &[2, 8]), f32t(ctx, &[16, 2]));
    let l = LoraWeights::new(&w, &a, &b);
    let dy = f32t(ctx, &[4, 16]);
    c.control("lora forward", || op.forward(&x, &l));
    let fwd = op.forward(&x, &l).unwrap();
    c.control("lora backward", || op.backward(&x, &l, Some(&fwd.t), &dy));
    c.want("lora new: scale NaN", Invalid, || LoraLinear::new(ctx, f32::NAN));
    c.want("lora with_dropout: p 1", Invalid, || op.clone().with_dropout(Some(Dropout { p: 1.0, seed: 0 })));
    c.want("lora forward: rank-0 x", Shape, || op.forward(&f32t(ctx, &[]), &l));
    c.want("lora forward: 1-D x", Shape, || op.forward(&f32t(ctx, &[8]), &l));
    c.want("lora forward: x [0, 8]", Empty, || op.forward(&f32t(ctx, &[0, 8]), &l));
    c.want("lora forward: x i32", Unsupported, || op.forward(&ints(ctx, &[0; 8], &[1, 8]), &l));
    c.want("lora forward: W [16, 4]", Shape, || op.forward(&x, &LoraWeights::new(&f32t(ctx, &[16, 4]), &a, &b)));
    c.want("lora forward: W rank 0", Shape, || op.forward(&x, &LoraWeights::new(&f32t(ctx, &[]), &a, &b)));
    c.want("lora forward: W [0, 8]", Empty, || op.forward(&x, &LoraWeights::new(&f32t(ctx, &[0, 8]), &a, &f32t(ctx, &[0, 2]))));
    c.want("lora forward: W f16", WrongDtype, || op.forward(&x, &LoraWeights::new(&t(ctx, DType::F16, &[16, 8]), &a, &b)));
    c.want("lora forward: A [2, 4]", Shape, || op.forward(&x, &LoraWeights::new(&w, &f32t(ctx, &[2, 4]), &b)));
    c.want("lora forward: A of rank 0 ([0, 8])", Empty, || op.forward(&x, &LoraWeights::new(&w, &f32t(ctx, &[0, 8]), &f32t(ctx, &[16, 0]))));
    c.want("lora forward: B [16, 3]", Shape, || op.forward(&x, &LoraWeights::new(&w, &a, &f32t(ctx, &[16, 3]))));
    c.want("lora forward: B bf16", WrongDtype, || op.forward(&x, &LoraWeights::new(&w, &a, &t(ctx, DType::BF16, &[16, 2]))));
    c.want("lora forward: bias [8]", Shape, || op.forward(&x, &l.with_bias(Some(&f32t(ctx, &[8])))));
    c.want("lora backward: dy [16, 4] (transposed)", Shape, || op.backward(&x, &l, Some(&fwd.t), &f32t(ctx, &[16, 4])));
    c.want("lora backward: dy f16", WrongDtype, || op.backward(&x, &l, Some(&fwd.t), &t(ctx, DType::F16, &[4, 16])));
    c.want("lora backward: t [2, 4]", Shape, || op.backward(&x, &l, Some(&f32t(ctx, &[2, 4])), &dy));
    c.want("lora forward_unfused: B [2, 16]", Shape, || op.forward_unfused(&x, &LoraWeights::new(&w, &a, &f32t(ctx, &[2, 16]))));
    c.want("lora backward_unfused: dy [16, 4] (transposed)", Shape, || op.backward_unfused(&x, &l, &fwd.t, &f32t(ctx, &[16, 4])));
    c.want("lora backward_unfused: t [2, 4]", Shape, || op.backward_unfused(&x, &l, &f32t(ctx, &[2, 4]), &dy));
    // Two adapters of rank 1 each: A [2, 8], B [16, 2].
    let idx = ints(ctx, &[0, 1, -1, 1], &[4]);
    let multi = |a: &'_ GpuTensor, rank: usize, adapter: &'_ GpuTensor| -> Result<LoraForward> {
        op.forward_multi(&x, &MultiLoraWeights { w: &w, bias: None, a, b: &b, rank, adapter })
    };
    c.control("lora forward_multi", || multi(&a, 1, &idx));
    c.want("lora forward_multi: rank 0", Shape, || multi(&a, 0, &idx));
    c.want("lora forward_multi: 2 rows of A for rank 3", Shape, || multi(&a, 3, &idx));
    c.want("lora forward_multi: adapter indices u32", WrongDtype, || multi(&a, 1, &GpuBuffer::<u32>::from_slice(ctx, &[0; 4], &[4]).unwrap()));
    c.want("lora forward_multi: adapter indices [3]", Shape, || multi(&a, 1, &ints(ctx, &[0; 3], &[3])));
    let ml = MultiLoraWeights { w: &w, bias: None, a: &a, b: &b, rank: 1, adapter: &idx };
    c.want("lora backward_multi: t [4, 1]", Shape, || op.backward_multi(&x, &ml, &f32t(ctx, &[4, 1]), &dy));
    c.want("lora backward_multi: dy [4, 8]", Shape, || op.backward_multi(&x, &ml, &fwd.t, &f32t(ctx, &[4, 8])));

    let norm = RmsNormLora::new(ctx, 1e-5, 0.5).unwrap();
    let wn = f32t(ctx, &[8]);
    c.control("rmsnorm_lora forward", || norm.forward(&x, &wn, &l));
    c.want("rmsnorm_lora new: eps 0", Invalid, || RmsNormLora::new(ctx, 0.0, 0.5));
    c.want("rmsnorm_lora new: scale inf", Invalid, || RmsNormLora::new(ctx, 1e-5, f32::INFINITY));
    c.want("rmsnorm_lora with_dropout: p 2", Invalid, || norm.clone().with_dropout(Some(Dropout { p: 2.0, seed: 0 })));
    c.want("rmsnorm_lora forward: w_norm [16]", Shape, || norm.forward(&x, &f32t(ctx, &[16]), &l));
    c.want("rmsnorm_lora forward: w_norm f16", WrongDtype, || norm.forward(&x, &t(ctx, DType::F16, &[8]), &l));
    c.want("rmsnorm_lora infer: rank-0 x", Shape, || norm.infer(&f32t(ctx, &[]), &wn, &l));
    c.want("rmsnorm_lora with_offset NaN: forward", Invalid, || norm.clone().with_offset(f32::NAN).forward(&x, &wn, &l));
    let nf = norm.forward(&x, &wn, &l).unwrap();
    c.control("rmsnorm_lora backward", || norm.backward(&x, &wn, &l, &nf, &dy));
    c.want("rmsnorm_lora backward: dy [16, 4] (transposed)", Shape, || norm.backward(&x, &wn, &l, &nf, &f32t(ctx, &[16, 4])));
    c.want("rmsnorm_lora backward: dy [64]", Shape, || norm.backward(&x, &wn, &l, &nf, &f32t(ctx, &[64])));
    c.want("rmsnorm_lora backward: rstd [8]", Shape, || {
        let bad = RmsNormLoraForward { rstd: f32t(ctx, &[8]), ..nf.clone() };
        norm.backward(&x, &wn, &l, &bad, &dy)
    });
    c.want("rmsnorm_lora backward: t [4, 3]", Shape, || {
        let bad = RmsNormLoraForward { t: f32t(ctx, &[4, 3]), ..nf.clone() };
        norm.backward(&x, &wn, &l, &bad, &dy)
    });

    // MLP: hidden 8, intermediate 16, rank 2.
    let mlp = LoraMlp::new(ctx, 0.5).unwrap();
    let (wd, ad, bd) = (f32t(ctx, &[8, 16]), f32t(ctx, &[2, 16]), f32t(ctx, &[8, 2]));
    let down = LoraWeights::new(&wd, &ad, &bd);
    c.control("lora_mlp forward", || mlp.forward(&x, &l, &l, &down));
    c.want("lora_mlp new: scale NaN", Invalid, || LoraMlp::new(ctx, f32::NAN));
    c.want("lora_mlp forward: rank-0 x", Shape, || mlp.forward(&f32t(ctx, &[]), &l, &l, &down));
    let (w12, b12) = (f32t(ctx, &[12, 8]), f32t(ctx, &[12, 2]));
    c.want("lora_mlp forward: up projects to 12, gate to 16", Shape, || mlp.forward(&x, &l, &LoraWeights::new(&w12, &a, &b12), &down));
    c.want("lora_mlp forward: down takes 8 inputs, not 16", Shape, || mlp.forward(&x, &l, &l, &LoraWeights::new(&f32t(ctx, &[8, 8]), &a, &bd)));
    let mf = mlp.forward(&x, &l, &l, &down).unwrap();
    let dym = f32t(ctx, &[4, 8]);
    c.control("lora_mlp backward", || mlp.backward(&x, &l, &l, &down, &mf, &dym));
    c.want("lora_mlp backward: dy [4, 16]", Shape, || mlp.backward(&x, &l, &l, &down, &mf, &f32t(ctx, &[4, 16])));
    c.want("lora_mlp backward: dy f16", WrongDtype, || mlp.backward(&x, &l, &l, &down, &mf, &t(ctx, DType::F16, &[4, 8])));
    c.want("lora_mlp backward: saved h [4, 8]", Shape, || {
        let bad = LoraMlpForward { h: f32t(ctx, &[4, 8]), ..mf.clone() };
        mlp.backward(&x, &l, &l, &down, &bad, &dym)
    });
}

fn attention(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let d = 32;
    let op = FlashAttention::new(ctx, d, 2).unwrap();
    let q = f32t(ctx, &[1, 4, 2, d]);
    let kv = f32t(ctx, &[1, 6, 2, d]);
    c.control("attention forward", || op.forward(&q, &kv, &kv, None));
    c.control("attention decode (T_q 1)", || op.forward(&f32t(ctx, &[1, 1, 2, d]), &kv, &kv, None));
    for hd in [0, 16, 48, 100, 512] {
        c.want(&format!("attention new: head dim {hd}"), Invalid, || FlashAttention::new(ctx, hd, 2));
    }
    c.want("attention new: 0 heads", Invalid, || FlashAttention::new(ctx, d, 0));
    c.want("attention kv_heads: 3 for 2 heads", Invalid, || op.clone().kv_heads(3));
    c.want("attention kv_heads: 0", Invalid, || op.clone().kv_heads(0));
    c.want("attention softcap: 0", Invalid, || op.clone().softcap(0.0));
    c.want("attention softcap: NaN", Invalid, || op.clone().softcap(f32::NAN));
    c.want("attention scale: inf", Invalid, || op.clone().scale(f32::INFINITY));
    c.want("attention splits: 0", Invalid, || op.clone().splits(0));
    c.want("attention with_config: head dim 72", Invalid, || {
        FlashAttention::with_config(ctx, AttentionConfig { head_dim: 72, ..op.config().clone() })
    });
    c.want("attention forward: rank-0 q", Shape, || op.forward(&f32t(ctx, &[]), &kv, &kv, None));
    c.want("attention forward: 3-D q", Shape, || op.forward(&f32t(ctx, &[4, 2, d]), &kv, &kv, None));
    c.want("attention forward: q head dim 64 (config 32)", Shape, || op.forward(&f32t(ctx, &[1, 4, 2, 64]), &kv, &kv, None));
    c.want("attention forward: q 3 heads", Shape, || op.forward(&f32t(ctx, &[1, 4, 3, d]), &kv, &kv, None));
    c.want("attention forward: k batch 2", Shape, || {
        let k2 = f32t(ctx, &[2, 6, 2, d]);
        op.forward(&q, &k2, &k2, None)
    });
    c.want("attention forward: k and v differ", Shape, || op.forward(&q, &kv, &f32t(ctx, &[1, 5, 2, d]), None));
    c.want("attention forward: v f16", WrongDtype, || op.forward(&q, &kv, &t(ctx, DType::F16, &[1, 6, 2, d]), None));
    c.want("attention forward: q i32", Unsupported, || op.forward(&ints(ctx, &vec![0; 4 * 2 * d], &[1, 4, 2, d]), &kv, &kv, None));
    c.want("attention forward: T_q 0", Empty, || op.forward(&f32t(ctx, &[1, 0, 2, d]), &kv, &kv, None));
    c.want("attention forward: T_k 0", Empty, || {
        let k0 = f32t(ctx, &[1, 0, 2, d]);
        op.forward(&q, &k0, &k0, None)
    });
    c.want("attention decode: q 1 head", Shape, || op.forward(&f32t(ctx, &[1, 1, 1, d]), &kv, &kv, None));
    c.want("attention mask: rank 0", Shape, || op.forward(&q, &kv, &kv, Some(&f32t(ctx, &[]))));
    c.want("attention mask: [4, 5]", Shape, || op.forward(&q, &kv, &kv, Some(&f32t(ctx, &[4, 5]))));
    c.want("attention mask: batch 3", Shape, || op.forward(&q, &kv, &kv, Some(&f32t(ctx, &[3, 4, 6]))));
    c.want("attention mask: heads 3", Shape, || op.forward(&q, &kv, &kv, Some(&f32t(ctx, &[1, 3, 4, 6]))));
    c.want("attention mask: f16 for f32 inputs", WrongDtype, || op.forward(&q, &kv, &kv, Some(&t(ctx, DType::F16, &[4, 6]))));
    let lse = f32t(ctx, &[1, 2, 4]);
    c.want("attention forward_into: lse [1, 4, 2]", Shape, || op.forward_into(&q, &kv, &kv, None, &f32t(ctx, &[1, 4, 2, d]), &f32t(ctx, &[1, 4, 2])));
    c.want("attention forward_into: out bf16", WrongDtype, || op.forward_into(&q, &kv, &kv, None, &t(ctx, DType::BF16, &[1, 4, 2, d]), &lse));
    c.want("attention forward_into: lse f16", WrongDtype, || op.forward_into(&q, &kv, &kv, None, &q, &t(ctx, DType::F16, &[1, 2, 4])));
    let fwd = op.forward(&q, &kv, &kv, None).unwrap();
    c.control("attention backward", || op.backward(&q, &kv, &kv, &fwd.out, &q, &fwd.lse));
    c.want("attention backward: d_out [1, 4, 2, 64]", Shape, || op.backward(&q, &kv, &kv, &fwd.out, &f32t(ctx, &[1, 4, 2, 64]), &fwd.lse));
    c.want("attention backward: lse [2, 4]", Shape, || op.backward(&q, &kv, &kv, &fwd.out, &q, &f32t(ctx, &[2, 4])));
    c.want("attention backward: out f16", WrongDtype, || op.backward(&q, &kv, &kv, &t(ctx, DType::F16, &[1, 4, 2, d]), &q, &fwd.lse));
    c.want("attention backward_masked: mask [6, 4]", Shape, || op.backward_masked(&q, &kv, &kv, &fwd.out, &q, &fwd.lse, Some(&f32t(ctx, &[6, 4]))));
    c.want("attention backward_into: dk shaped like q", Shape, || {
        let g = AttentionGrads { dq: f32t(ctx, &[1, 4, 2, d]), dk: f32t(ctx, &[1, 4, 2, d]), dv: f32t(ctx, &[1, 6, 2, d]) };
        op.backward_into(&q, &kv, &kv, &fwd.out, &q, &fwd.lse, None, &g)
    });
    if mma_fragment_missing(ctx) {
        c.want("attention: matrix units pinned without them", Invalid, || op.clone().path(AttentionPath::MatrixUnits).forward(&q, &kv, &kv, None));
    }

    // Varlen: two sequences of 1 and 3 queries, 2 and 4 keys.
    let seqs = VarLen::new(ctx, &[0, 1, 4], &[0, 2, 6]).unwrap();
    let (vq, vk) = (f32t(ctx, &[4, 2, d]), f32t(ctx, &[6, 2, d]));
    c.control("attention forward_varlen", || op.forward_varlen(&vq, &vk, &vk, &seqs));
    c.want("varlen: one offset", Invalid, || VarLen::new(ctx, &[0], &[0]));
    c.want("varlen: no offsets", Invalid, || VarLen::new(ctx, &[], &[]));
    c.want("varlen: offsets start at 1", Invalid, || VarLen::new(ctx, &[1, 4], &[0, 6]));
    c.want("varlen: offsets decrease", Invalid, || VarLen::new(ctx, &[0, 3, 2], &[0, 2, 6]));
    c.want("varlen: 3 query offsets, 2 key offsets", Shape, || VarLen::new(ctx, &[0, 1, 4], &[0, 6]));
    c.want("varlen forward: q 4-D", Shape, || op.forward_varlen(&q, &vk, &vk, &seqs));
    c.want("varlen forward: q has 5 tokens, offsets end at 4", Shape, || op.forward_varlen(&f32t(ctx, &[5, 2, d]), &vk, &vk, &seqs));
    c.want("varlen forward: rank-0 q", Shape, || op.forward_varlen(&f32t(ctx, &[]), &vk, &vk, &seqs));
    c.want("varlen forward_varlen_into: lse [1, 2, 4]", Shape, || op.forward_varlen_into(&vq, &vk, &vk, &seqs, &f32t(ctx, &[4, 2, d]), &f32t(ctx, &[1, 2, 4])));
    let vf = op.forward_varlen(&vq, &vk, &vk, &seqs).unwrap();
    c.want("varlen backward: lse [1, 2, 4]", Shape, || op.backward_varlen(&vq, &vk, &vk, &vf.out, &vq, &f32t(ctx, &[1, 2, 4]), &seqs));
    c.want("varlen backward_varlen_into: dv [4, 2, d]", Shape, || {
        let g = AttentionGrads { dq: f32t(ctx, &[4, 2, d]), dk: f32t(ctx, &[6, 2, d]), dv: f32t(ctx, &[4, 2, d]) };
        op.backward_varlen_into(&vq, &vk, &vk, &vf.out, &vq, &vf.lse, &seqs, &g)
    });
}

fn mma_fragment_missing(ctx: &MetalContext) -> bool {
    ctx.info().mma_fragment(DType::F32).is_none()
}

fn sampler(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let cfg = SamplerConfig { top_k: true, top_p: true, min_p: true, penalties: true, logprob: true, top_logprobs: 2, ..Default::default() };
    let s = Sampler::new(ctx, cfg).unwrap();
    let row = RowSampling { temperature: 0.8, top_k: 5, top_p: 0.9, min_p: 0.05, repetition_penalty: 1.1, ..Default::default() };
    let params = s.params(&[row, row]).unwrap();
    let hist = TokenHistory::new(ctx, &[&[1, 2], &[3]]).unwrap();
    let logits = f32t(ctx, &[2, 16]);
    c.control("sampler sample", || s.sample(&logits, &params, Some(&hist), 1, 0));
    c.want("sampler new: top_logprobs past the maximum", Invalid, || {
        Sampler::new(ctx, SamplerConfig { top_logprobs: sampler_max_top() + 1, ..Default::default() })
    });
    c.want("sampler params: no rows", Empty, || s.params(&[]));
    let bad = |f: fn(&mut RowSampling)| {
        let mut r = row;
        f(&mut r);
        r
    };
    c.want("sampler params: temperature -1", Invalid, || s.params(&[bad(|r| r.temperature = -1.0)]));
    c.want("sampler params: temperature NaN", Invalid, || s.params(&[bad(|r| r.temperature = f32::NAN)]));
    c.want("sampler params: temperature inf", Invalid, || s.params(&[bad(|r| r.temperature = f32::INFINITY)]));
    c.want("sampler params: top_k 0", Invalid, || s.params(&[bad(|r| r.top_k = 0)]));
    c.want("sampler params: top_p 0", Invalid, || s.params(&[bad(|r| r.top_p = 0.0)]));
    c.want("sampler params: top_p 1.5", Invalid, || s.params(&[bad(|r| r.top_p = 1.5)]));
    c.want("sampler params: top_p NaN", Invalid, || s.params(&[bad(|r| r.top_p = f32::NAN)]));
    c.want("sampler params: min_p 2", Invalid, || s.params(&[bad(|r| r.min_p = 2.0)]));
    c.want("sampler params: min_p -0.5", Invalid, || s.params(&[bad(|r| r.min_p = -0.5)]));
    c.want("sampler params: repetition penalty 0", Invalid, || s.params(&[bad(|r| r.repetition_penalty = 0.0)]));
    c.want("sampler params: presence penalty NaN", Invalid, || s.params(&[bad(|r| r.presence_penalty = f32::NAN)]));
    c.want("sampler params: frequency penalty -inf", Invalid, || s.params(&[bad(|r| r.frequency_penalty = f32::NEG_INFINITY)]));
    c.want("sampler: top_k 17 > vocab 16", Invalid, || {
        let p = s.params(&[bad(|r| r.top_k = 17), row])?;
        s.sample(&logits, &p, Some(&hist), 1, 0)
    });
    c.want("sampler: top_logprobs 20 > vocab 16", Invalid, || {
        let s20 = Sampler::new(ctx, SamplerConfig { top_logprobs: 20, ..Default::default() })?;
        let p = s20.params(&[RowSampling::default(); 2])?;
        s20.sample(&logits, &p, None, 1, 0)
    });
    c.want("sampler: 1 parameter row for 2 logit rows", Shape, || {
        let p = s.params(&[row])?;
        s.sample(&logits, &p, Some(&hist), 1, 0)
    });
    c.want("sampler: rank-0 logits", Shape, || s.sample(&f32t(ctx, &[]), &params, Some(&hist), 1, 0));
    c.want("sampler: 3-D logits", Shape, || s.sample(&f32t(ctx, &[2, 1, 16]), &params, Some(&hist), 1, 0));
    c.want("sampler: logits [2, 0]", Empty, || s.sample(&f32t(ctx, &[2, 0]), &params, Some(&hist), 1, 0));
    c.want("sampler: logits i32", Unsupported, || s.sample(&ints(ctx, &[0; 32], &[2, 16]), &params, Some(&hist), 1, 0));
    c.want("sampler: penalties without a history", Invalid, || s.sample(&logits, &params, None, 1, 0));
    c.want("sampler: a history without penalties", Invalid, || {
        let plain = Sampler::new(ctx, SamplerConfig::default())?;
        let p = plain.params(&[RowSampling::default(); 2])?;
        plain.sample(&logits, &p, Some(&hist), 1, 0)
    });
    c.want("sampler: history id 16 = vocab", Invalid, || s.sample(&logits, &params, Some(&TokenHistory::new(ctx, &[&[16], &[0]]).unwrap()), 1, 0));
    c.want("sampler: 1 history row for 2 logit rows", Shape, || s.sample(&logits, &params, Some(&TokenHistory::new(ctx, &[&[1]]).unwrap()), 1, 0));
    c.want("token history: no rows", Empty, || TokenHistory::new(ctx, &[]));
    c.want("token history: negative id", Invalid, || TokenHistory::new(ctx, &[&[1, -3]]));
    let long = vec![0i32; pmetal_metal::kernels::sampler::MAX_HISTORY + 1];
    c.want("token history: past MAX_HISTORY", Invalid, || TokenHistory::new(ctx, &[&long]));
    // Bad probabilities in the logits themselves: a NaN row and an all -inf row are typed
    // errors from `tokens_checked`, not a token.
    let greedy = Sampler::new(ctx, SamplerConfig::default()).unwrap();
    let gp = greedy.params(&[RowSampling { temperature: 0.0, ..Default::default() }; 2]).unwrap();
    let mut nan_row = vec![0.0f32; 32];
    nan_row[20] = f32::NAN;
    c.want("sampler tokens_checked: NaN logit", NonFinite, || {
        greedy.sample(&GpuBuffer::<f32>::from_slice(ctx, &nan_row, &[2, 16])?.into_tensor(), &gp, None, 1, 0)?.tokens_checked()
    });
    let mut inf_row = vec![0.0f32; 32];
    inf_row[..16].fill(f32::NEG_INFINITY);
    c.want("sampler tokens_checked: all -inf row", NonFinite, || {
        let tp = Sampler::new(ctx, SamplerConfig { top_p: true, ..Default::default() })?;
        let p = tp.params(&[RowSampling { top_p: 0.5, ..Default::default() }; 2])?;
        tp.sample(&GpuBuffer::<f32>::from_slice(ctx, &inf_row, &[2, 16])?.into_tensor(), &p, None, 1, 0)?.tokens_checked()
    });
}

fn sampler_max_top() -> usize {
    pmetal_metal::kernels::sampler::MAX_TOP_LOGPROBS
}

/// Offsets and sizes past 2^31 elements: positions, row ranges and sequence offsets that
/// far out are refused without allocating anything that large; where the device binds
/// buffers that large (CUDA), tensors past 2^31 elements into the ops that index with
/// 32 bits are `TooLarge` rather than wrapped around.
fn past_32_bits(ctx: &MetalContext, c: &mut Cases) {
    use Want::*;
    let op = Rope::new(ctx, RopeConfig::new(8, 10000.0)).unwrap();
    let (q, k) = (f32t(ctx, &[1, 4, 2, 8]), f32t(ctx, &[1, 4, 1, 8]));
    c.want("rope: position offset 2^32 - 1 (+ 4 tokens past 32 bits)", Invalid, || op.forward(&q, &k, RopePositions::Offset(u32::MAX as usize)));
    c.want("rope: position offset 2^40", Invalid, || op.forward(&q, &k, RopePositions::Offset(1 << 40)));
    c.want("rope: position offset usize::MAX", Invalid, || op.forward(&q, &k, RopePositions::Offset(usize::MAX)));
    let (a, b) = (f32t(ctx, &[4, 8]), f32t(ctx, &[8, 16]));
    c.want("matmul: row range starting at 2^31", Invalid, || {
        matmul(ctx, MatView::rows(&a, (1 << 31)..(1 << 31) + 4), &b, &f32t(ctx, &[4, 16]), false, false)
    });
    c.want("matmul: row range usize::MAX - 1..usize::MAX", Invalid, || {
        matmul(ctx, MatView::rows(&a, usize::MAX - 1..usize::MAX), &b, &f32t(ctx, &[1, 16]), false, false)
    });
    let att = FlashAttention::new(ctx, 32, 2).unwrap();
    let (vq, vk) = (f32t(ctx, &[4, 2, 32]), f32t(ctx, &[6, 2, 32]));
    c.want("varlen: query offsets ending at 2^31 + 4 for 4 tokens", Shape, || {
        let seqs = VarLen::new(ctx, &[0, (1 << 31) + 4], &[0, 6])?;
        att.forward_varlen(&vq, &vk, &vk, &seqs)
    });
    c.want("varlen: key offsets ending at u32::MAX for 6 tokens", Shape, || {
        let seqs = VarLen::new(ctx, &[0, 4], &[0, u32::MAX])?;
        att.forward_varlen(&vq, &vk, &vk, &seqs)
    });
    if ctx.max_binding_bytes().is_none() {
        // 2^31 + 64 f16 elements (4 GiB, never written): one past the 32-bit kernels' reach.
        let n = (1usize << 31) + 64;
        match GpuTensor::empty(ctx, DType::F16, &[n]) {
            Ok(big) => {
                let big2 = big.reshape(&[n / 64, 64]).unwrap();
                c.want("swiglu forward: 2^31 + 64 elements", TooLarge, || SwiGlu::new(ctx).forward(&big, &big));
                c.want("swiglu forward_interleaved: 2^31 + 64 elements", TooLarge, || SwiGlu::new(ctx).forward_interleaved(&big2));
                let w = t(ctx, DType::F16, &[8, 64]);
                c.want("matmul: a of 2^31 + 64 elements", TooLarge, || Matmul::new(ctx).forward(&big2, &w, false, true, DType::F16));
                c.want("fused gemm: a1 of 2^31 + 64 elements", TooLarge, || {
                    FusedGemm::new(ctx).forward(&FusedGemmCall::new(GemmSegment::new(&big2, false, &w, true)), DType::F16)
                });
                let (a, bb) = (t(ctx, DType::F16, &[2, 64]), t(ctx, DType::F16, &[8, 2]));
                c.want("lora forward: x of 2^31 + 64 elements", TooLarge, || LoraLinear::new(ctx, 1.0)?.forward(&big2, &LoraWeights::new(&w, &a, &bb)));
                let q4 = big.reshape(&[1, n / 64, 1, 64]).unwrap();
                let kv = t(ctx, DType::F16, &[1, 8, 1, 64]);
                c.want("attention forward: q of 2^31 + 64 elements", TooLarge, || FlashAttention::new(ctx, 64, 1)?.forward(&q4, &kv, &kv, None));
            }
            Err(e) => eprintln!("bad input: SKIPPED the 2^31-element tensors: {e}"),
        }
    } else {
        eprintln!("bad input: tensors past 2^31 elements exceed {}'s binding limit (refused when made, above)", ctx.device_name());
    }
}

/// Every op handed a tensor (or a helper object) of another context.
fn other_context(ctx: &MetalContext, o: &MetalContext, c: &mut Cases) {
    use Want::*;
    let (g, g2) = (f32t(ctx, &[4, 8]), f32t(o, &[4, 8]));
    let sw = SwiGlu::new(ctx);
    c.want("other context: swiglu forward, gate", Context, || sw.forward(&g2, &g));
    c.want("other context: swiglu forward, up", Context, || sw.forward(&g, &g2));
    c.want("other context: swiglu forward_into, out", Context, || sw.forward_into(&g, &g, &g2));
    c.want("other context: swiglu forward_interleaved", Context, || sw.forward_interleaved(&g2));
    c.want("other context: swiglu backward, d_h", Context, || sw.backward(&g, &g, &g2));
    c.want("other context: swiglu backward_interleaved, d_h", Context, || sw.backward_interleaved(&g, &f32t(o, &[4, 4])));

    let rn = RmsNorm::new(ctx, 1e-5).unwrap();
    let (w, w2) = (f32t(ctx, &[8]), f32t(o, &[8]));
    c.want("other context: rmsnorm forward, x", Context, || rn.forward(&g2, &w));
    c.want("other context: rmsnorm forward, w", Context, || rn.forward(&g, &w2));
    c.want("other context: rmsnorm forward_residual, residual", Context, || rn.forward_residual(&g, &g2, &w));
    c.want("other context: rmsnorm backward, rstd", Context, || rn.backward(&g, &w, &f32t(o, &[4]), &g));

    let cfg = RopeConfig::new(8, 10000.0);
    let rope = Rope::new(ctx, cfg).unwrap();
    let (q, k) = (f32t(ctx, &[1, 4, 2, 8]), f32t(ctx, &[1, 4, 1, 8]));
    c.want("other context: rope forward, k", Context, || rope.forward(&q, &f32t(o, &[1, 4, 1, 8]), RopePositions::Offset(0)));
    c.want("other context: rope forward, ids", Context, || rope.forward(&q, &k, RopePositions::Ids(&ints(o, &[0, 1, 2, 3], &[1, 4]))));
    c.want("other context: rope with_cache, cos and sin", Context, || Rope::with_cache(ctx, cfg, &f32t(o, &[8, 4]), &f32t(o, &[8, 4])));
    c.want("other context: rope forward_into, q_out", Context, || rope.forward_into(&q, &k, &f32t(o, &[1, 4, 2, 8]), &k, RopePositions::Offset(0)));

    let ce = CrossEntropy::new(ctx);
    let (logits, tg) = (f32t(ctx, &[4, 16]), ints(ctx, &[0, 1, 2, 3], &[4]));
    c.want("other context: cross_entropy forward, targets", Context, || ce.forward(&logits, &ints(o, &[0, 1, 2, 3], &[4])));
    c.want("other context: cross_entropy forward, logits", Context, || ce.forward(&f32t(o, &[4, 16]), &tg));
    c.want("other context: cross_entropy forward_backward, targets", Context, || ce.forward_backward(&logits, &ints(o, &[0, 1, 2, 3], &[4]), 1.0));
    let fwd = ce.forward(&logits, &tg).unwrap();
    c.want("other context: cross_entropy backward, d_loss", Context, || ce.backward(&logits, &tg, &fwd, &f32t(o, &[1])));
    let fwd_o = CrossEntropy::new(o).forward(&f32t(o, &[4, 16]), &ints(o, &[0, 1, 2, 3], &[4])).unwrap();
    c.want("other context: cross_entropy backward, forward output", Context, || ce.backward(&logits, &tg, &fwd_o, &f32t(ctx, &[1])));
    c.want("other context: cross_entropy backward, forward output's lse alone", Context, || {
        let mixed = CrossEntropyOutput { lse: fwd_o.lse.clone(), row_loss: fwd_o.row_loss.clone(), loss: fwd_o.loss.clone(), ..fwd.clone() };
        ce.backward(&logits, &tg, &mixed, &f32t(ctx, &[1]))
    });

    let lce = LinearCrossEntropy::new(ctx);
    let (h, wv) = (f32t(ctx, &[4, 8]), f32t(ctx, &[16, 8]));
    c.want("other context: linear_cross_entropy, hidden", Context, || lce.forward(&f32t(o, &[4, 8]), &wv, None, &tg));
    c.want("other context: linear_cross_entropy, weight", Context, || lce.forward(&h, &f32t(o, &[16, 8]), None, &tg));
    c.want("other context: linear_cross_entropy, bias", Context, || lce.forward(&h, &wv, Some(&f32t(o, &[16])), &tg));
    c.want("other context: linear_cross_entropy, targets", Context, || lce.forward_backward(&h, &wv, None, &ints(o, &[0; 4], &[4]), 1.0));

    let (a, b, out) = (f32t(ctx, &[4, 8]), f32t(ctx, &[8, 16]), f32t(ctx, &[4, 16]));
    c.want("other context: matmul, a", Context, || matmul(ctx, &f32t(o, &[4, 8]), &b, &out, false, false));
    c.want("other context: matmul, b", Context, || matmul(ctx, &a, &f32t(o, &[8, 16]), &out, false, false));
    c.want("other context: matmul_accumulate, out", Context, || matmul_accumulate(ctx, &a, &b, &f32t(o, &[4, 16]), false, false));
    c.want("other context: matmul, row view", Context, || matmul(ctx, MatView::rows(&f32t(o, &[4, 8]), 0..4), &b, &out, false, false));

    let fg = FusedGemm::new(ctx);
    let base = FusedGemmCall::new(GemmSegment::new(&h, false, &wv, true));
    let out16 = f32t(ctx, &[4, 16]);
    let (ho, wo) = (f32t(o, &[4, 8]), f32t(o, &[16, 8]));
    c.want("other context: fused gemm, a1", Context, || fg.forward(&FusedGemmCall::new(GemmSegment::new(&ho, false, &wv, true)), DType::F32));
    c.want("other context: fused gemm, b1", Context, || fg.forward(&FusedGemmCall::new(GemmSegment::new(&h, false, &wo, true)), DType::F32));
    let (a2o, b2) = (f32t(o, &[4, 2]), f32t(ctx, &[16, 2]));
    c.want("other context: fused gemm, a2", Context, || fg.run(&base.with_second(GemmSegment::new(&a2o, false, &b2, true), 1.0), &out16));
    let bo = f32t(o, &[16]);
    c.want("other context: fused gemm, bias", Context, || fg.run(&base.with_bias(Some(&bo)), &out16));
    let ro = f32t(o, &[4]);
    c.want("other context: fused gemm, row scale", Context, || fg.run(&base.with_row_scale(&ro), &out16));
    let co = f32t(o, &[8]);
    c.want("other context: fused gemm, column scale", Context, || fg.run(&base.with_col_scale(&co, 0.0), &out16));
    c.want("other context: fused gemm, out", Context, || fg.run(&base, &f32t(o, &[4, 16])));

    let lo = LoraLinear::new(ctx, 0.5).unwrap();
    let (la, lb) = (f32t(ctx, &[2, 8]), f32t(ctx, &[16, 2]));
    let l = LoraWeights::new(&wv, &la, &lb);
    c.want("other context: lora forward, x", Context, || lo.forward(&ho, &l));
    c.want("other context: lora forward, B", Context, || lo.forward(&h, &LoraWeights::new(&wv, &la, &f32t(o, &[16, 2]))));
    let lf = lo.forward(&h, &l).unwrap();
    c.want("other context: lora backward, dy", Context, || lo.backward(&h, &l, Some(&lf.t), &f32t(o, &[4, 16])));
    c.want("other context: lora backward, t", Context, || lo.backward(&h, &l, Some(&f32t(o, &[4, 2])), &out16));
    c.want("other context: lora forward, bias", Context, || lo.forward(&h, &l.with_bias(Some(&bo))));
    c.want("other context: lora forward_multi, adapter indices", Context, || {
        lo.forward_multi(&h, &MultiLoraWeights { w: &wv, bias: None, a: &la, b: &lb, rank: 1, adapter: &ints(o, &[0; 4], &[4]) })
    });
    let nl = RmsNormLora::new(ctx, 1e-5, 0.5).unwrap();
    c.want("other context: rmsnorm_lora forward, w_norm", Context, || nl.forward(&h, &w2, &l));
    let nf = nl.forward(&h, &w, &l).unwrap();
    c.want("other context: rmsnorm_lora backward, dy", Context, || nl.backward(&h, &w, &l, &nf, &f32t(o, &[4, 16])));
    c.want("other context: rmsnorm_lora backward, saved rstd", Context, || {
        nl.backward(&h, &w, &l, &RmsNormLoraForward { rstd: f32t(o, &[4]), ..nf.clone() }, &out16)
    });
    let mlp = LoraMlp::new(ctx, 0.5).unwrap();
    let (wd, ad, bd) = (f32t(ctx, &[8, 16]), f32t(ctx, &[2, 16]), f32t(ctx, &[8, 2]));
    let down = LoraWeights::new(&wd, &ad, &bd);
    let mf = mlp.forward(&h, &l, &l, &down).unwrap();
    c.want("other context: lora_mlp backward, dy", Context, || mlp.backward(&h, &l, &l, &down, &mf, &f32t(o, &[4, 8])));

    let att = FlashAttention::new(ctx, 32, 2).unwrap();
    let (aq, akv) = (f32t(ctx, &[1, 4, 2, 32]), f32t(ctx, &[1, 6, 2, 32]));
    c.want("other context: attention forward, v", Context, || att.forward(&aq, &akv, &f32t(o, &[1, 6, 2, 32]), None));
    c.want("other context: attention forward, mask", Context, || att.forward(&aq, &akv, &akv, Some(&f32t(o, &[4, 6]))));
    let af = att.forward(&aq, &akv, &akv, None).unwrap();
    c.want("other context: attention backward, lse", Context, || att.backward(&aq, &akv, &akv, &af.out, &aq, &f32t(o, &[1, 2, 4])));
    c.want("other context: attention backward, d_out", Context, || att.backward(&aq, &akv, &akv, &af.out, &f32t(o, &[1, 4, 2, 32]), &af.lse));
    let seqs_o = VarLen::new(o, &[0, 4], &[0, 6]).unwrap();
    let (vq, vk) = (f32t(ctx, &[4, 2, 32]), f32t(ctx, &[6, 2, 32]));
    c.want("other context: attention forward_varlen, offsets", Context, || att.forward_varlen(&vq, &vk, &vk, &seqs_o));
    let seqs = VarLen::new(ctx, &[0, 4], &[0, 6]).unwrap();
    let vf = att.forward_varlen(&vq, &vk, &vk, &seqs).unwrap();
    c.want("other context: attention backward_varlen, offsets", Context, || att.backward_varlen(&vq, &vk, &vk, &vf.out, &vq, &vf.lse, &seqs_o));

    let sc = SamplerConfig { penalties: true, ..Default::default() };
    let s = Sampler::new(ctx, sc).unwrap();
    let params = s.params(&[RowSampling::default(); 2]).unwrap();
    let hist = TokenHistory::new(ctx, &[&[1], &[2]]).unwrap();
    let lg = f32t(ctx, &[2, 16]);
    c.want("other context: sampler, logits", Context, || s.sample(&f32t(o, &[2, 16]), &params, Some(&hist), 1, 0));
    let so = Sampler::new(o, sc).unwrap();
    c.want("other context: sampler, params", Context, || s.sample(&lg, &so.params(&[RowSampling::default(); 2])?, Some(&hist), 1, 0));
    c.want("other context: sampler, history", Context, || s.sample(&lg, &params, Some(&TokenHistory::new(o, &[&[1], &[2]])?), 1, 0));
}
