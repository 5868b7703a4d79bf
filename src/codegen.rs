//! Every kernel's source for Metal (MSL) and CUDA (C++), generated without a device.
//!
//! Metal cannot run on Linux and CI has no NVIDIA GPU, so these are how CI proves each
//! kernel still compiles for the two platforms it cannot run: the MSL comes from
//! CubeCL's Metal dialect, the CUDA C++ from its CUDA dialect (the test suite compiles it
//! for sm_90 with nvcc from PyPI where present). The kernel definitions are built the way
//! `#[cube(launch)]` builds them at launch, with the target's own properties.

use cubecl::ir::{DeviceProperties, HardwareProperties, MemoryDeviceProperties};
use cubecl::prelude::*;
use cubecl::Compiler;
use cubecl_cpp::shared::CppCompiler;

use crate::kernels::io::{Bf16BitsIo, IoElem, NativeIo};
use crate::kernels::cross_entropy::kernel as ce;
use crate::kernels::cross_entropy::Mode as CeMode;
use crate::kernels::rmsnorm::kernel as rms;
use crate::kernels::rope::kernel as rope_k;
use crate::kernels::sampler::kernel as smp;
use crate::kernels::swiglu::kernel as glu;
use crate::kernels::{Storage, ELEMENTWISE_CUBE};
use crate::{PmetalError, Result};

/// A source language CubeCL emits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Metal Shading Language (Apple GPUs).
    Msl,
    /// CUDA C++ (NVIDIA, compiled by NVRTC at run time).
    Cuda,
}

/// One generated kernel.
#[derive(Clone, Debug)]
pub struct Generated {
    /// `op/kernel/storage/vN/flags`, also a safe file stem once `/` is replaced.
    pub name: String,
    pub target: Target,
    pub source: String,
}

fn properties(target: Target) -> DeviceProperties {
    // Apple GPUs: SIMD width 32, 32 KiB threadgroup memory; H100: warp 32, 227 KiB.
    let (smem, vec) = match target {
        Target::Msl => (32 * 1024, 4),
        Target::Cuda => (227 * 1024, 16),
    };
    let hw = HardwareProperties {
        load_width: 128,
        plane_size_min: 32,
        plane_size_max: 32,
        max_bindings: 31,
        max_shared_memory_size: smem,
        max_cube_count: (u32::MAX, 65535, 65535),
        max_units_per_cube: 1024,
        max_cube_dim: (1024, 1024, 64),
        num_streaming_multiprocessors: None,
        num_cpu_cores: None,
        num_tensor_cores: None,
        min_tensor_cores_dim: None,
        max_vector_size: vec,
    };
    let mem = MemoryDeviceProperties { max_page_size: 1 << 32, alignment: 32 };
    let mut p = DeviceProperties::new(Default::default(), mem, hw, cubecl::profile::TimingMethod::System);
    cubecl_cpp::register_supported_types(&mut p);
    p
}

/// The compilation options CubeCL's CUDA runtime sets on an sm_90 device with CUDA 13,
/// so the generated source is the one the GPU runs (fast exp/log where a kernel asks).
fn cuda_options() -> cubecl_cpp::shared::CompilationOptions {
    let mut o = cubecl_cpp::shared::CompilationOptions::default();
    o.supports_features.fast_math = true;
    o.supports_features.fast_tanh = true;
    o.supports_features.grid_constants = true;
    o.supports_features.clusters = true;
    o.supports_features.elect_sync = true;
    o
}

fn compile(target: Target, def: KernelDefinition, addr: AddressType) -> Result<String> {
    let opts = Default::default();
    let addr = addr.unsigned_type();
    let err = |e| PmetalError::Device(format!("{target:?} code generation failed: {e:?}"));
    Ok(match target {
        Target::Msl => cubecl_cpp::MslCompiler::default()
            .compile(def, &opts, ExecutionMode::Unchecked, addr)
            .map_err(err)?
            .to_string(),
        Target::Cuda => CppCompiler::<cubecl_cpp::cuda::CudaDialect<cubecl_cpp::cuda::mma::CudaWmmaCompiler>>::default()
            .compile(def, &cuda_options(), ExecutionMode::Unchecked, addr)
            .map_err(err)?
            .to_string(),
    })
}

/// A builder set up as a launch would set it up for `target`.
fn builder(target: Target) -> KernelBuilder {
    builder_addr(target, AddressType::U32)
}

/// Register-level `mma` properties as CubeCL's CUDA runtime reports them (the layouts
/// `attn_fwd_reg` is written for); Metal has none.
fn target_properties(target: Target) -> cubecl::ir::TargetProperties {
    use cubecl::ir::{ContiguousElements, MatrixLayout, MmaProperties};
    match target {
        Target::Cuda => cubecl::ir::TargetProperties {
            mma: MmaProperties {
                register_size_bits: 32,
                const_plane_size: 32,
                register_layout_a: MatrixLayout::RowMajor,
                register_layout_b: MatrixLayout::ColMajor,
                register_layout_acc: MatrixLayout::RowMajor,
                register_duplication_a: 1,
                register_duplication_b: 1,
                register_duplication_acc: 1,
                contiguous_elements: ContiguousElements::new(cubecl_cpp::cuda::mma::contiguous_elements_cuda),
            },
        },
        Target::Msl => cubecl::ir::TargetProperties { mma: Default::default() },
    }
}

fn builder_addr(target: Target, addr: AddressType) -> KernelBuilder {
    let mut b = KernelBuilder::default();
    b.runtime_properties(target_properties(target));
    b.device_properties(&properties(target));
    addr.register(&mut b.scope);
    b
}

fn settings(name: &str) -> KernelSettings {
    settings_addr(name, AddressType::U32)
}

fn settings_addr(name: &str, addr: AddressType) -> KernelSettings {
    KernelSettings::default()
        .cube_dim(CubeDim::new_1d(ELEMENTWISE_CUBE))
        .address_type(addr)
        .kernel_name(name.replace('/', "_"))
}

fn f32_array(b: &mut KernelBuilder, output: bool) -> <Array<f32> as CubeType>::ExpandType {
    plain_array::<f32>(b, output)
}

fn plain_array<T: Scalar>(b: &mut KernelBuilder, output: bool) -> <Array<T> as CubeType>::ExpandType {
    let arg = ArrayCompilationArg { inplace: None };
    if output {
        <Array<T> as LaunchArg>::expand_output(&arg, b)
    } else {
        <Array<T> as LaunchArg>::expand(&arg, b)
    }
}

fn f32_vectors<N: Size>(b: &mut KernelBuilder, output: bool) -> <Array<Vector<f32, N>> as CubeType>::ExpandType {
    let arg = ArrayCompilationArg { inplace: None };
    if output {
        <Array<Vector<f32, N>> as LaunchArg>::expand_output(&arg, b)
    } else {
        <Array<Vector<f32, N>> as LaunchArg>::expand(&arg, b)
    }
}

fn scalar<T: LaunchArg<CompilationArg = ()>>(b: &mut KernelBuilder) -> <T as CubeType>::ExpandType {
    T::expand(&(), b)
}

/// The RMSNorm kernels for one storage type and vector width, 32- and 64-bit addressed.
fn rmsnorm_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<rms::rmsnorm_forward::_N>;
    let mut out = Vec::new();
    for addr in [AddressType::U32, AddressType::U64] {
        let a = if addr == AddressType::U64 { "a64" } else { "a32" };
        for residual in [false, true] {
            let name = format!("rmsnorm/rmsnorm_forward/{}/v{vec}/{a}/res{}", storage.name(), residual as u8);
            let mut b = builder_addr(target, addr);
            b.scope.register_size::<DN>(vec);
            let (x, r, w) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false));
            let (y, s, rs) = (array::<I, DN>(&mut b, true), array::<I, DN>(&mut b, true), f32_array(&mut b, true));
            let (rows, h) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b));
            let (n, eps, off) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b), scalar::<f32>(&mut b));
            rms::rmsnorm_forward::expand::<I, DN>(&mut b.scope, vec, x, r, w, y, s, rs, rows, h, n, eps, off, residual);
            out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }
        // Specialised per hidden size: 4096 elements through shared memory, and the
        // global-memory path (0).
        for smem in [4096 / vec, 0] {
        let name = format!("rmsnorm/rmsnorm_backward/{}/v{vec}/{a}/smem{smem}", storage.name());
        let mut b = builder_addr(target, addr);
        b.scope.register_size::<DN>(vec);
        let (x, w, rs, dy) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), f32_array(&mut b, false), array::<I, DN>(&mut b, false));
        let (dx, part) = (array::<I, DN>(&mut b, true), f32_vectors::<DN>(&mut b, true));
        let (rows, h, per) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<u32>(&mut b));
        let (n, off) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        rms::rmsnorm_backward::expand::<I, DN>(&mut b.scope, vec, x, w, rs, dy, dx, part, rows, h, per, n, off, smem);
        out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }

        let name = format!("rmsnorm/rms_of_rows/{}/v{vec}/{a}", storage.name());
        let mut b = builder_addr(target, addr);
        b.scope.register_size::<DN>(vec);
        let (x, rs) = (array::<I, DN>(&mut b, false), f32_array(&mut b, true));
        let (rows, h, n, eps) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        rms::rms_of_rows::expand::<I, DN>(&mut b.scope, vec, x, rs, rows, h, n, eps);
        out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));

        let name = format!("rmsnorm/scale_rows/{}/v{vec}/{a}", storage.name());
        let mut b = builder_addr(target, addr);
        b.scope.register_size::<DN>(vec);
        let (x, w, rs, y) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), f32_array(&mut b, false), array::<I, DN>(&mut b, true));
        let (h, off) = (scalar::<u32>(&mut b), scalar::<f32>(&mut b));
        rms::scale_rows::expand::<I, DN>(&mut b.scope, vec, x, w, rs, y, h, off);
        out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
    }
    let name = format!("rmsnorm/rmsnorm_dw_reduce/{}/v{vec}", storage.name());
    let mut b = builder(target);
    b.scope.register_size::<DN>(vec);
    let (part, dw, parts) = (f32_vectors::<DN>(&mut b, false), array::<I, DN>(&mut b, true), scalar::<u32>(&mut b));
    rms::rmsnorm_dw_reduce::expand::<I, DN>(&mut b.scope, vec, part, dw, parts);
    out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    out
}

fn array<I: IoElem, N: Size>(b: &mut KernelBuilder, output: bool) -> <Array<Vector<I::S, N>> as CubeType>::ExpandType {
    let arg = ArrayCompilationArg { inplace: None };
    if output {
        <Array<Vector<I::S, N>> as LaunchArg>::expand_output(&arg, b)
    } else {
        <Array<Vector<I::S, N>> as LaunchArg>::expand(&arg, b)
    }
}

/// The GLU kernels for one storage type and vector width.
fn glu_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<glu::glu_forward::_N>;
    let mut out = Vec::new();
    for gelu in [false, true] {
        for interleaved in [false, true] {
            let name = format!("swiglu/glu_forward/{}/v{vec}/gelu{}/il{}", storage.name(), gelu as u8, interleaved as u8);
            let mut b = builder(target);
            b.scope.register_size::<DN>(vec);
            let (g, u, o) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, true));
            let h = <u32 as LaunchArg>::expand(&(), &mut b);
            glu::glu_forward::expand::<I, DN>(&mut b.scope, vec, g, u, o, h, gelu, interleaved);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));

            let name = format!("swiglu/glu_backward/{}/v{vec}/gelu{}/il{}", storage.name(), gelu as u8, interleaved as u8);
            let mut b = builder(target);
            b.scope.register_size::<DN>(vec);
            let (g, u, dh) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false));
            let (dg, du) = (array::<I, DN>(&mut b, true), array::<I, DN>(&mut b, true));
            let h = <u32 as LaunchArg>::expand(&(), &mut b);
            glu::glu_backward::expand::<I, DN>(&mut b.scope, vec, g, u, dh, dg, du, h, gelu, interleaved);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        }
        for grad in [false, true] {
            let name = format!("swiglu/unary_activation/{}/v{vec}/gelu{}/grad{}", storage.name(), gelu as u8, grad as u8);
            let mut b = builder(target);
            b.scope.register_size::<DN>(vec);
            let (x, o) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, true));
            glu::unary_activation::expand::<I, DN>(&mut b.scope, vec, x, o, grad, gelu);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        }
    }
    let name = format!("swiglu/binary_mul/{}/v{vec}", storage.name());
    let mut b = builder(target);
    b.scope.register_size::<DN>(vec);
    let (x, y, o) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, true));
    glu::binary_mul::expand::<I, DN>(&mut b.scope, vec, x, y, o);
    let reduce_dim = CubeDim::new_1d(rms::REDUCE_COLS * rms::REDUCE_LANES);
    out.push((name.clone(), b.build(settings(&name).cube_dim(reduce_dim)), AddressType::U32));
    out
}

/// The RoPE kernel's variants for one storage type and vector width: every combination
/// of (position ids, cos/sin cache, pass-through copy), interleaved pairs at width 1, and
/// 64-bit addressing once.
fn rope_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<rope_k::rope::_N>;
    let mut out = Vec::new();
    let styles: &[bool] = if vec == 1 { &[false, true] } else { &[false] };
    for &interleaved in styles {
        for flags in 0..9u8 {
            let (ids, cached, copy_pass) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
            let addr = if flags == 8 { AddressType::U64 } else { AddressType::U32 };
            let name = format!(
                "rope/rope/{}/v{vec}/il{}/ids{}/cache{}/pass{}/{}",
                storage.name(), interleaved as u8, ids as u8, cached as u8, copy_pass as u8,
                if addr == AddressType::U64 { "a64" } else { "a32" }
            );
            let mut b = builder_addr(target, addr);
            b.scope.register_size::<DN>(vec);
            let (q, k) = (array::<I, DN>(&mut b, false), array::<I, DN>(&mut b, false));
            let (qo, ko) = (array::<I, DN>(&mut b, true), array::<I, DN>(&mut b, true));
            let (f, c, sn) = (f32_vectors::<DN>(&mut b, false), f32_vectors::<DN>(&mut b, false), f32_vectors::<DN>(&mut b, false));
            let pid = plain_array::<i32>(&mut b, false);
            let mut u = || scalar::<u32>(&mut b);
            let (qb, qsq, qh, qn, kb, ksq, kh, kn) = (u(), u(), u(), u(), u(), u(), u(), u());
            let (tokens, seq, pairs, group, q_groups, groups, pass, offset) = (u(), u(), u(), u(), u(), u(), u(), u());
            let (mscale, sign) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
            rope_k::rope::expand::<I, DN>(
                &mut b.scope, vec, q, k, qo, ko, f, c, sn, pid, qb, qsq, qh, qn, kb, ksq, kh, kn,
                tokens, seq, pairs, group, q_groups, groups, pass, offset, mscale, sign, interleaved, ids, cached, copy_pass,
            );
            out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }
    }
    out
}

/// The cross-entropy kernels for one storage type and vector width: the forward, the
/// backward into a new buffer with per-row d_loss, and the fused in-place forward+backward
/// with every option on, each 32- and 64-bit addressed; plus the bias column sum and (once)
/// the storage-free count and reduce kernels.
fn ce_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<ce::cross_entropy::_N>;
    let modes = [
        ("forward", CeMode { compute_lse: true, mean: true, ..CeMode::default() }),
        ("backward", CeMode { write_grad: true, dloss_per_row: true, ..CeMode::default() }),
        ("block_forward", CeMode { compute_lse: true, merge: true, has_bias: true, ..CeMode::default() }),
        (
            "fused_all_options",
            CeMode {
                compute_lse: true,
                write_grad: true,
                in_place: true,
                smooth: true,
                zloss: true,
                softcap: true,
                has_bias: true,
                dloss_per_row: false,
                mean: true,
                merge: false,
                fast: false,
            },
        ),
    ];
    let mut out = Vec::new();
    for addr in [AddressType::U32, AddressType::U64] {
        for (label, m) in modes {
            // Launches turn fast exp on for CUDA only.
            let m = CeMode { fast: target == Target::Cuda, ..m };
            let name = format!("cross_entropy/{label}/{}/v{vec}/{}", storage.name(), addr.unsigned_type());
            let mut b = builder_addr(target, addr);
            b.scope.register_size::<DN>(vec);
            let arg = ArrayCompilationArg { inplace: None };
            let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand_output(&arg, &mut b);
            let bias = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
            let targets = plain_array::<i32>(&mut b, false);
            let grad = <Array<Vector<I::S, DN>> as LaunchArg>::expand_output(&arg, &mut b);
            let (loss, lse, stats, acc) = (f32_array(&mut b, true), f32_array(&mut b, true), f32_array(&mut b, true), f32_array(&mut b, true));
            let (dloss, count) = (f32_array(&mut b, false), f32_array(&mut b, false));
            let mut u = || scalar::<u32>(&mut b);
            let (rows, vocab, col0, total, lanes) = (u(), u(), u(), u(), u());
            let ignore = scalar::<i32>(&mut b);
            let mut f = || scalar::<f32>(&mut b);
            let (eps, z, cap, gs, ninf, nan) = (f(), f(), f(), f(), f(), f());
            ce::cross_entropy::expand::<I, DN>(
                &mut b.scope, vec, logits, bias, targets, grad, loss, lse, stats, acc, dloss, count, rows, vocab, col0, total, lanes, ignore, eps, z, cap, gs, ninf, nan,
                m.compute_lse, m.write_grad, m.in_place, m.smooth, m.zloss, m.softcap, m.has_bias, m.dloss_per_row, m.mean, m.merge, m.fast,
            );
            out.push((name.clone(), b.build(settings_addr(&name, addr)), addr));
        }
    }
    {
        type DC = DynamicSize<ce::column_sum::_N>;
        let name = format!("cross_entropy/column_sum/{}/v{vec}", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DC>(vec);
        let arg = ArrayCompilationArg { inplace: None };
        let g = <Array<Vector<I::S, DC>> as LaunchArg>::expand(&arg, &mut b);
        let acc = f32_vectors::<DC>(&mut b, true);
        let (rows, cols, col0) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<u32>(&mut b));
        ce::column_sum::expand::<I, DC>(&mut b.scope, vec, g, acc, rows, cols, col0);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    if storage == Storage::F32 && vec == 1 {
        let name = "cross_entropy/ce_count".to_string();
        let mut b = builder(target);
        let t = plain_array::<i32>(&mut b, false);
        let c = f32_array(&mut b, true);
        let (rows, vocab, ig) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b), scalar::<i32>(&mut b));
        ce::ce_count::expand(&mut b.scope, t, c, rows, vocab, ig);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        for mean in [false, true] {
            let name = format!("cross_entropy/ce_reduce/mean{}", mean as u8);
            let mut b = builder(target);
            let (l, c, o) = (f32_array(&mut b, false), f32_array(&mut b, false), f32_array(&mut b, true));
            let rows = scalar::<u32>(&mut b);
            ce::ce_reduce::expand(&mut b.scope, l, c, o, rows, mean);
            out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        }
    }
    out
}

/// The matmul op's own kernels: widening to / rounding from f32 (where a device lacks the
/// dtype) and `C += scratch`.
///
/// The GEMM kernels themselves are cubek-matmul's and are not generated here: cubek 0.2
/// builds them only inside its launch (`matmul_entry` is `pub(crate)`, and its blueprint
/// and config come from `Routine::prepare` against a live `ComputeClient`, whose
/// properties and cmma configurations it queries). Reproducing that without a device
/// would mean re-implementing cubek's launch path, so CI checks cubek's kernels by
/// running them (the unit kernel on lavapipe), and the CUDA/cmma ones run on the GPU
/// machine (`tests/matmul.rs`, `bench matmul`). cubek is Burn's matmul and is exercised
/// on CUDA and Metal there.
fn matmul_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    use crate::kernels::matmul::kernel as mm;
    type DN = DynamicSize<mm::cast::_N>;
    type AN = DynamicSize<mm::accumulate::_N>;
    let mut out = Vec::new();
    if vec > 4 {
        return out; // the launch caps these at 16-byte f32 vectors
    }
    for to_f32 in [true, false] {
        let name = format!("matmul/cast/{}/v{vec}/{}", storage.name(), if to_f32 { "to_f32" } else { "from_f32" });
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        if to_f32 {
            let (x, o) = (array::<I, DN>(&mut b, false), array::<NativeIo<f32>, DN>(&mut b, true));
            mm::cast::expand::<I, NativeIo<f32>, DN>(&mut b.scope, vec, x, o);
        } else {
            let (x, o) = (array::<NativeIo<f32>, DN>(&mut b, false), array::<I, DN>(&mut b, true));
            mm::cast::expand::<NativeIo<f32>, I, DN>(&mut b.scope, vec, x, o);
        }
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    let name = format!("matmul/accumulate/{}/v{vec}", storage.name());
    let mut b = builder(target);
    b.scope.register_size::<AN>(vec);
    let (t, o) = (f32_vectors::<AN>(&mut b, false), array::<I, AN>(&mut b, true));
    mm::accumulate::expand::<I, AN>(&mut b.scope, vec, t, o);
    out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    out
}

/// The sampler's kernel for representative configurations (each filter combination a
/// launch compiles: off filters compile away).
fn sampler_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    type DN = DynamicSize<smp::row::sample::_N>;
    // (label, penalties, top_k, top_p, min_p, logprob, top_n)
    let configs = [
        ("temperature", false, false, false, false, false, false),
        ("topk_topp", false, true, true, false, false, false),
        ("topp", false, false, true, false, false, false),
        ("minp", false, false, false, true, false, false),
        ("all", true, true, true, true, true, true),
    ];
    let mut out = Vec::new();
    for (label, pen, k, p, mp, lp, tn) in configs {
        if pen && vec > 1 {
            continue; // launches with penalties use scalar loads
        }
        let name = format!("sampler/{label}/{}/v{vec}", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        let arg = ArrayCompilationArg { inplace: None };
        let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
        let params = f32_array(&mut b, false);
        let hist = plain_array::<i32>(&mut b, false);
        let (tokens, status) = (plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true));
        let logprob = f32_array(&mut b, true);
        let top_ids = plain_array::<u32>(&mut b, true);
        let top_lp = f32_array(&mut b, true);
        let mut u = || scalar::<u32>(&mut b);
        let (rows, vocab, hs, s0, s1, t0, t1, nt, mc) = (u(), u(), u(), u(), u(), u(), u(), u(), u());
        let (ninf, nan) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        // Top-k configurations run after the chunked path (greedy-only ones may too).
        smp::row::sample::expand::<I, DN>(
            &mut b.scope, vec, logits, params, hist, tokens, status, logprob, top_ids, top_lp, rows, vocab, hs, s0, s1, t0, t1, nt, mc, ninf, nan,
            pen, k, p, mp, lp, tn, k,
        );
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(256)).kernel_name(name.replace('/', "_"));
        out.push((name.clone(), b.build(settings), AddressType::U32));

        // The chunked path's finishing kernel (reads no logits: one per config and target).
        if storage == Storage::F32 && vec == 1 {
            let name = format!("sampler_chunked/{label}");
            let mut b = builder(target);
            let params = f32_array(&mut b, false);
            let (sf, su) = (f32_array(&mut b, false), plain_array::<u32>(&mut b, false));
            let (ck, ci, cn) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
            let (tokens, status) = (plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true));
            let logprob = f32_array(&mut b, true);
            let top_ids = plain_array::<u32>(&mut b, true);
            let top_lp = f32_array(&mut b, true);
            let mut u = || scalar::<u32>(&mut b);
            let (rows, chunks, slots, s0, s1, t0, t1, nt) = (u(), u(), u(), u(), u(), u(), u(), u());
            let (ninf, nan) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
            smp::chunked::sample_chunked::expand(
                &mut b.scope, params, sf, su, ck, ci, cn, tokens, status, logprob, top_ids, top_lp, rows, chunks, slots, s0, s1, t0, t1, nt, ninf, nan,
                k, p, mp, lp, tn,
            );
            let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(smp::FINISH_CUBE)).kernel_name(name.replace('/', "_"));
            out.push((name.clone(), b.build(settings), AddressType::U32));
        }
    }
    // The chunked path's threshold kernel (reads no logits).
    if storage == Storage::F32 && vec == 1 {
        let name = "sampler_chunk_threshold".to_string();
        let mut b = builder(target);
        let (params, sf) = (f32_array(&mut b, false), f32_array(&mut b, false));
        let th = plain_array::<u32>(&mut b, true);
        let mut u = || scalar::<u32>(&mut b);
        let (rows, chunks, nt) = (u(), u(), u());
        smp::chunked::chunk_threshold::expand(&mut b.scope, params, sf, th, rows, chunks, nt);
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(smp::FINISH_CUBE)).kernel_name(name.clone());
        out.push((name, b.build(settings), AddressType::U32));
    }
    // The chunked path's per-chunk kernels, with and without penalties.
    for pen in [false, true] {
        if pen && vec > 1 {
            continue;
        }
        let name = format!("sampler_chunk_stats/pen{}/{}/v{vec}", pen as u8, storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        let arg = ArrayCompilationArg { inplace: None };
        let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
        let params = f32_array(&mut b, false);
        let hist = plain_array::<i32>(&mut b, false);
        let (sf, su) = (f32_array(&mut b, true), plain_array::<u32>(&mut b, true));
        let mut u = || scalar::<u32>(&mut b);
        let (rows, vocab, hs, cv, ch) = (u(), u(), u(), u(), u());
        let ninf = scalar::<f32>(&mut b);
        smp::chunked::chunk_stats::expand::<I, DN>(&mut b.scope, vec, logits, params, hist, sf, su, rows, vocab, hs, cv, ch, ninf, pen, pen);
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(128)).kernel_name(name.replace('/', "_"));
        out.push((name.clone(), b.build(settings), AddressType::U32));

        let name = format!("sampler_chunk_candidates/pen{}/{}/v{vec}", pen as u8, storage.name());
        let mut b = builder(target);
        b.scope.register_size::<DN>(vec);
        let logits = <Array<Vector<I::S, DN>> as LaunchArg>::expand(&arg, &mut b);
        let params = f32_array(&mut b, false);
        let hist = plain_array::<i32>(&mut b, false);
        let sf = f32_array(&mut b, false);
        let th = plain_array::<u32>(&mut b, false);
        let (ck, ci, cn) = (plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true), plain_array::<u32>(&mut b, true));
        let mut u = || scalar::<u32>(&mut b);
        let (rows, vocab, hs, cv, ch, sl) = (u(), u(), u(), u(), u(), u());
        smp::chunked::chunk_candidates::expand::<I, DN>(&mut b.scope, vec, logits, params, hist, sf, th, ck, ci, cn, rows, vocab, hs, cv, ch, sl, pen);
        let settings = KernelSettings::default().cube_dim(CubeDim::new_1d(128)).kernel_name(name.replace('/', "_"));
        out.push((name.clone(), b.build(settings), AddressType::U32));
    }
    out
}

/// The fused GEMM (LoRA's kernel): the unit path for a set of representative flag sets
/// (each is its own kernel at launch), and the matrix-unit path where the target has
/// fragments for the storage type (CUDA 16x16x16 f16/bf16, Metal 8x8x8 f16/bf16).
/// Launches use scalar loads, so only width 1 exists. Named `lora/...`.
fn lora_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    use crate::kernels::fused_gemm::kernel::{self as fg, GemmDims, GemmDimsCompilationArg, GemmFlags, TileCfg, DROP_A1, DROP_B1, DROP_NONE, DROP_OUT};
    // Every field of the dims struct is a plain scalar: nothing to specialise on.
    fn dims_arg() -> GemmDimsCompilationArg {
        GemmDimsCompilationArg {
            m: (), n: (), k1: (), k2: (), sa1_m: (), sa1_k: (), sb1_k: (), sb1_n: (), sa2_m: (), sa2_k: (), sb2_k: (), sb2_n: (),
            alpha1: (), alpha2: (), col_offset: (), seed: (), drop_threshold: (), drop_scale: (),
        }
    }
    type UN = DynamicSize<fg::fused_gemm_unit::_N>;
    type M1 = DynamicSize<fg::fused_gemm_mma::_N1>;
    type M2 = DynamicSize<fg::fused_gemm_mma::_N2>;
    type MC = DynamicSize<fg::fused_gemm_mma::_NC>;
    let mut out = Vec::new();
    {
        // The unfused baseline's element-wise scale-and-add, at every width.
        use crate::kernels::lora::kernel as lk;
        type AN = DynamicSize<lk::axpby::_N>;
        let name = format!("lora/axpby/{}/v{vec}", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<AN>(vec);
        let (x, y, o) = (array::<I, AN>(&mut b, false), array::<I, AN>(&mut b, false), array::<I, AN>(&mut b, true));
        let (a, bb) = (scalar::<f32>(&mut b), scalar::<f32>(&mut b));
        lk::axpby::expand::<I, AN>(&mut b.scope, vec, x, y, o, a, bb);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    if vec != 1 {
        return out;
    }
    {
        // Multi-adapter batches: zero t / g outside each row's adapter (scalar launches).
        use crate::kernels::lora::kernel as lk;
        type SN = DynamicSize<lk::select_adapter::_N>;
        let name = format!("lora/select_adapter/{}/v1", storage.name());
        let mut b = builder(target);
        b.scope.register_size::<SN>(1);
        let t = array::<I, SN>(&mut b, true);
        let idx = plain_array::<i32>(&mut b, false);
        let (cols, rank) = (scalar::<u32>(&mut b), scalar::<u32>(&mut b));
        lk::select_adapter::expand::<I, SN>(&mut b.scope, 1, t, idx, cols, rank);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    let plain = GemmFlags { seg2: false, bias: false, accumulate: false, row_scale: false, col_scale: false, dropout: DROP_NONE };
    let lora = GemmFlags { seg2: true, bias: true, ..plain };
    let sets = [
        ("plain", plain),
        ("lora", lora),
        ("rmsnorm_lora", GemmFlags { row_scale: true, col_scale: true, ..lora }),
        ("accumulate", GemmFlags { accumulate: true, ..plain }),
        ("drop_a1", GemmFlags { row_scale: true, col_scale: true, dropout: DROP_A1, ..plain }),
        ("drop_b1", GemmFlags { dropout: DROP_B1, ..plain }),
        ("drop_out", GemmFlags { dropout: DROP_OUT, accumulate: true, ..plain }),
    ];
    // Unit path: every flag set, C in the operands' dtype, and the two the LoRA layer
    // uses with an f32 C.
    for out_f32 in [false, true] {
        for (label, flags) in sets {
            if out_f32 && !matches!(label, "plain" | "lora") {
                continue;
            }
            let o = if out_f32 { "f32" } else { storage.name() };
            let name = format!("lora/fused_gemm_unit/{}/{o}/v{vec}/{label}", storage.name());
            let mut b = builder(target);
            b.scope.register_size::<UN>(vec);
            macro_rules! unit {
                ($O:ty) => {{
                    let (a1, b1, a2, b2, bias) = (array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false), array::<I, UN>(&mut b, false));
                    let rs = f32_array(&mut b, false);
                    let cs = array::<I, UN>(&mut b, false);
                    let c = array::<$O, UN>(&mut b, true);
                    let d = <GemmDims as LaunchArg>::expand(&dims_arg(), &mut b);
                    fg::fused_gemm_unit::expand::<I, $O, UN>(&mut b.scope, vec, a1, b1, a2, b2, bias, rs, cs, c, d, flags);
                }};
            }
            if out_f32 { unit!(NativeIo<f32>) } else { unit!(I) }
            out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(fg::UNIT_CUBE))), AddressType::U32));
        }
    }
    // Matrix-unit path where the target has fragments for the storage type: the tiling
    // the launch picks there, for the layouts and widths LoRA's GEMMs use (the plane
    // barrier orders shared memory on CUDA only: `kernels::plane_sync_orders_shared`).
    let base = match (target, storage) {
        (Target::Cuda, Storage::F16 | Storage::Bf16Native) => Some(TileCfg { s: 16, wm: 2, wn: 4, fm: 4, fnn: 2, v1: 8, v2: 8, vc: 8, a1_kc: true, b1_kc: true, a2_kc: true, b2_kc: true, emulate: false, plane_sync_orders_smem: true }),
        (Target::Msl, Storage::F16) => Some(TileCfg { s: 8, wm: 2, wn: 2, fm: 4, fnn: 4, v1: 8, v2: 8, vc: 8, a1_kc: true, b1_kc: true, a2_kc: true, b2_kc: true, emulate: false, plane_sync_orders_smem: false }),
        _ => None,
    };
    let Some(base) = base else { return out };
    let rm = GemmFlags { row_scale: true, col_scale: true, ..lora };
    // (label, flags, tiling): forward (x W^T + s t B^T), rank 1 (scalar segment 2),
    // RMSNorm prologue, dx (W and A read along N), dx with dropout, dA (g^T read along M,
    // x along N, B-side dropout), dB, and everything scalar (odd sizes).
    let nn = TileCfg { b1_kc: false, b2_kc: false, ..base };
    let variants = [
        ("fwd", lora, base),
        ("fwd_r1", lora, TileCfg { v2: 1, ..base }),
        ("rmsnorm_fwd", rm, base),
        ("rmsnorm_t_drop_a1", GemmFlags { row_scale: true, col_scale: true, dropout: DROP_A1, ..plain }, base),
        ("dx", GemmFlags { seg2: true, ..plain }, nn),
        ("dx_drop_out", GemmFlags { dropout: DROP_OUT, accumulate: true, ..plain }, nn),
        ("dx_accumulate", GemmFlags { seg2: true, accumulate: true, ..plain }, nn),
        ("da_drop_b1", GemmFlags { dropout: DROP_B1, ..plain }, TileCfg { a1_kc: false, ..nn }),
        ("db", plain, TileCfg { a1_kc: false, ..nn }),
        ("scalar", rm, TileCfg { v1: 1, v2: 1, vc: 1, ..base }),
        // The skinny tilings (N or M = rank): t = x_hat A^T with the norm prologue, g, dA, dB.
        ("skinny_n_t", GemmFlags { row_scale: true, col_scale: true, ..plain }, TileCfg { wm: 4, wn: 1, fm: 2, fnn: 16 / base.s, ..base }),
        ("skinny_n_db", plain, TileCfg { wm: 4, wn: 1, fm: 2, fnn: 16 / base.s, a1_kc: false, b1_kc: false, ..base }),
        ("skinny_m_da", GemmFlags { dropout: DROP_B1, ..plain }, TileCfg { wm: 1, wn: 4, fm: 16 / base.s, fnn: 2, a1_kc: false, b1_kc: false, ..base }),
    ];
    for out_f32 in [false, true] {
        for (label, flags, cfg) in variants {
            if out_f32 && !matches!(label, "fwd" | "dx") {
                continue;
            }
            let o = if out_f32 { "f32" } else { storage.name() };
            let name = format!("lora/fused_gemm_mma{}/{}/{o}/v{}x{}x{}/{label}", cfg.s, storage.name(), cfg.v1, cfg.v2, cfg.vc);
            let mut b = builder(target);
            b.scope.register_size::<M1>(cfg.v1);
            b.scope.register_size::<M2>(cfg.v2);
            b.scope.register_size::<MC>(cfg.vc);
            macro_rules! mma {
                ($O:ty) => {{
                    let (a1, b1) = (array::<I, M1>(&mut b, false), array::<I, M1>(&mut b, false));
                    let (a2, b2) = (array::<I, M2>(&mut b, false), array::<I, M2>(&mut b, false));
                    let bias = array::<I, MC>(&mut b, false);
                    let rs = f32_array(&mut b, false);
                    let cs = array::<I, M1>(&mut b, false);
                    let c = array::<$O, MC>(&mut b, true);
                    let d = <GemmDims as LaunchArg>::expand(&dims_arg(), &mut b);
                    fg::fused_gemm_mma::expand::<I, $O, M1, M2, MC>(&mut b.scope, cfg.v1, cfg.v2, cfg.vc, a1, b1, a2, b2, bias, rs, cs, c, d, flags, cfg);
                }};
            }
            if out_f32 { mma!(NativeIo<f32>) } else { mma!(I) }
            out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(cfg.threads() as u32))), AddressType::U32));
        }
    }
    out
}

/// FlashAttention's kernels: every kernel family of the attention plan
/// (`kernels::attention::plan`: `FwdKernel`, `BwdKernel`) that the plan could pick on the
/// target, for the forward cases (plain, causal + softcap + boolean mask, window +
/// additive mask, varlen causal, split-KV), the split combine, and the backward's row dot,
/// dQ and dK/dV; head dim 128, and 64 for the plain forward, at the widest vectors only.
/// The FlashAttention-2 kernels take the plan's tiling; the generic ones the target's
/// fragment tile, halved until it fits the shared memory.
fn attention_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    use crate::kernels::attention::backward::{attn_bwd_dkv, attn_bwd_dq, attn_row_dot, attn_sum_parts};
    use crate::kernels::attention::common::{AttnCfg, AttnDims, AttnDimsCompilationArg, MASK_ADD, MASK_BOOL, MASK_NONE};
    use crate::kernels::attention::fa2_backward::{attn_bwd_mma, bwd_mma_smem};
    use crate::kernels::attention::fa2_forward::attn_fwd_mma;
    use crate::kernels::attention::forward::{attn_combine, attn_fwd};
    use crate::kernels::attention::plan::{self, BwdKernel, FwdKernel};
    use crate::kernels::attention::register::attn_fwd_reg;
    let mut out = Vec::new();
    if vec != widths(target, storage)[0] {
        return out;
    }
    fn dims_arg() -> AttnDimsCompilationArg {
        AttnDimsCompilationArg {
            heads: (), kv_heads: (), group: (), tq: (), tk: (), tokens_q: (), scale: (), softcap: (),
            left: (), right: (), mask_sb: (), mask_sh: (), split_len: (), splits: (), tokens_k: (), neg_inf: (),
        }
    }
    // Fragments where the plan would use them: CUDA 16x16 with 64x64 tiles, Metal 8x8
    // with the 16x16 tiles its 32 KiB fit at D 128.
    let (s, threads, tile) = match (target, storage) {
        (Target::Cuda, Storage::F16 | Storage::Bf16Native) => (16, 128, 64),
        (Target::Msl, Storage::F16 | Storage::Bf16Native) => (8, 128, 16),
        _ => (0, 64, 16),
    };
    let base = AttnCfg { d: 128, bq: tile, bkv: tile, s, threads, v: vec, window: false, softcap: false, mask: MASK_NONE, varlen: false, split: false, plane_sync_orders_smem: target == Target::Cuda };
    // What the plan reads of the device, for the target (as `DeviceInfo` describes it): fast exp / log, and CUDA's
    // register-level mma (see `target_properties`).
    let fast = target == Target::Cuda;
    let register_mma = target == Target::Cuda;
    let variants = [
        ("plain", base),
        ("plain_d64", AttnCfg { d: 64, ..base }),
        ("causal_softcap_bool", AttnCfg { window: true, softcap: true, mask: MASK_BOOL, ..base }),
        ("window_add", AttnCfg { window: true, mask: MASK_ADD, ..base }),
        ("varlen_causal", AttnCfg { window: true, varlen: true, ..base }),
        ("split_causal", AttnCfg { window: true, split: true, ..base }),
    ];
    type FN = DynamicSize<attn_fwd::_N>;
    type QN = DynamicSize<attn_bwd_dq::_N>;
    type KN = DynamicSize<attn_bwd_dkv::_N>;
    type RN = DynamicSize<attn_row_dot::_N>;
    type MN = DynamicSize<attn_fwd_mma::_N>;
    type BN = DynamicSize<attn_bwd_mma::_N>;
    type GN = DynamicSize<attn_fwd_reg::_N>;
    // Both forward kernels take the same buffers (the FA2 one adds its fast-math switch).
    macro_rules! fwd_def {
        ($kernel:ident, $n:ty, $label:expr, $cfg:expr $(, $extra:expr)*) => {{
            let name = format!("attention/{}/{}/v{vec}/s{s}/{}", stringify!($kernel), storage.name(), $label);
            let mut b = builder(target);
            b.scope.register_size::<$n>(vec);
            let (q, k, v) = (array::<I, $n>(&mut b, false), array::<I, $n>(&mut b, false), array::<I, $n>(&mut b, false));
            let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
            let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
            let o = array::<I, $n>(&mut b, true);
            let lse = f32_array(&mut b, true);
            let (po, pl) = (f32_array(&mut b, true), f32_array(&mut b, true));
            let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
            $kernel::expand::<I, $n>(&mut b.scope, vec, q, k, v, mf, mb, cq, ck, o, lse, po, pl, d, $cfg $(, $extra)*);
            out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(threads as u32))), AddressType::U32));
        }};
    }
    // Metal's 32 KiB: each kernel at the largest square tiles that fit (halving down to
    // 4 x 4, as the plan's candidates do), and the FlashAttention-2 kernels only where
    // their fixed tile fits, as the plan decides. CUDA's 227 KiB hold every tiling
    // above unchanged. (f16 dK/dV at D 128 fits only at 8 x 8, the plan's last
    // fragment candidate.)
    let (limit, elem) = (properties(target).hardware.max_shared_memory_size, storage.size());
    let fit = |cfg: AttnCfg, need: &dyn Fn(&AttnCfg) -> usize| {
        let mut t = cfg;
        while need(&t) > limit && t.bq > 4 && (t.bq / 2) % vec.max(1) == 0 && (t.bq / 2) % s.max(1) == 0 {
            t = AttnCfg { bq: t.bq / 2, bkv: t.bkv / 2, ..t };
        }
        t
    };
    // Every forward family, where the plan could pick it here (an exhaustive match: a new
    // family must be generated too).
    let fwd_kernels = [FwdKernel::Generic, FwdKernel::Fa2, FwdKernel::CudaRegister { async_kv: true }, FwdKernel::CudaRegister { async_kv: false }];
    for (label, cfg) in variants {
        for kernel in fwd_kernels {
            let fa2 = plan::fa2_tiles(&cfg);
            match kernel {
                FwdKernel::Generic => fwd_def!(attn_fwd, FN, label, fit(cfg, &|t| t.fwd_smem(elem))),
                FwdKernel::Fa2 if s != 0 && fa2.fwd_mma_smem(elem) <= limit => fwd_def!(attn_fwd_mma, MN, label, fa2, fast),
                FwdKernel::CudaRegister { async_kv } if plan::register_kernel_fits(&fa2, register_mma) => {
                    let name = if async_kv { format!("{label}_async") } else { label.to_string() };
                    fwd_def!(attn_fwd_reg, GN, &name, fa2, fast, async_kv)
                }
                FwdKernel::Fa2 | FwdKernel::CudaRegister { .. } => {}
            }
        }
        if label == "plain_d64" {
            continue;
        }
        // Every backward family: the generic kernels (split over their walk where a driver
        // limits loops: the split variant) and the FlashAttention-2 kernel, one body for
        // both launches at the plan's tiling, which the plan never splits.
        for kernel in [BwdKernel::Generic { splits: 1, split_len: 0 }, BwdKernel::Fa2] {
            match kernel {
                BwdKernel::Generic { .. } => {
                    for pass in ["dq", "dkv"] {
                        let name = format!("attention/attn_bwd_{pass}/{}/v{vec}/s{s}/{label}", storage.name());
                        let cfg = if pass == "dq" { fit(cfg, &|t| t.dq_smem(elem)) } else { fit(cfg, &|t| t.dkv_smem(elem)) };
                        let mut b = builder(target);
                        if pass == "dq" {
                            b.scope.register_size::<QN>(vec);
                            let (q, k, v, g) = (array::<I, QN>(&mut b, false), array::<I, QN>(&mut b, false), array::<I, QN>(&mut b, false), array::<I, QN>(&mut b, false));
                            let (lse, dl) = (f32_array(&mut b, false), f32_array(&mut b, false));
                            let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let dq = array::<I, QN>(&mut b, true);
                            let part = f32_array(&mut b, true);
                            let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
                            attn_bwd_dq::expand::<I, QN>(&mut b.scope, vec, q, k, v, g, lse, dl, mf, mb, cq, ck, dq, part, d, cfg);
                        } else {
                            b.scope.register_size::<KN>(vec);
                            let (q, k, v, g) = (array::<I, KN>(&mut b, false), array::<I, KN>(&mut b, false), array::<I, KN>(&mut b, false), array::<I, KN>(&mut b, false));
                            let (lse, dl) = (f32_array(&mut b, false), f32_array(&mut b, false));
                            let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
                            let (dk, dv) = (array::<I, KN>(&mut b, true), array::<I, KN>(&mut b, true));
                            let part = f32_array(&mut b, true);
                            let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
                            attn_bwd_dkv::expand::<I, KN>(&mut b.scope, vec, q, k, v, g, lse, dl, mf, mb, cq, ck, dk, dv, part, d, cfg);
                        }
                        out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(threads as u32))), AddressType::U32));
                    }
                }
                BwdKernel::Fa2 if s != 0 && !cfg.split => {
                    for dq in [true, false] {
                        let t = plan::fa2_tiles(&cfg);
                        if bwd_mma_smem(&t, elem, dq) > limit {
                            continue;
                        }
                        let name = format!("attention/attn_bwd_mma/{}/v{vec}/s{s}/{label}/dq{}", storage.name(), dq as u8);
                        let mut b = builder(target);
                        b.scope.register_size::<BN>(vec);
                        let (q, k, v, g) = (array::<I, BN>(&mut b, false), array::<I, BN>(&mut b, false), array::<I, BN>(&mut b, false), array::<I, BN>(&mut b, false));
                        let (lse, dl) = (f32_array(&mut b, false), f32_array(&mut b, false));
                        let (mf, mb) = (plain_array::<I::S>(&mut b, false), plain_array::<u32>(&mut b, false));
                        let (cq, ck) = (plain_array::<u32>(&mut b, false), plain_array::<u32>(&mut b, false));
                        let (g1, g2) = (array::<I, BN>(&mut b, true), array::<I, BN>(&mut b, true));
                        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
                        attn_bwd_mma::expand::<I, BN>(&mut b.scope, vec, q, k, v, g, lse, dl, mf, mb, cq, ck, g1, g2, d, t, dq, fast);
                        out.push((name.clone(), b.build(settings(&name).cube_dim(CubeDim::new_1d(threads as u32))), AddressType::U32));
                    }
                }
                BwdKernel::Fa2 => {}
            }
        }
    }
    for varlen in [false, true] {
        let name = format!("attention/attn_combine/{}/varlen{}", storage.name(), varlen as u8);
        let mut b = builder(target);
        let (po, pl) = (f32_array(&mut b, false), f32_array(&mut b, false));
        let o = plain_array::<I::S>(&mut b, true);
        let lse = f32_array(&mut b, true);
        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
        attn_combine::expand::<I>(&mut b.scope, po, pl, o, lse, d, 8, 128, varlen);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        // `varlen` stands for the second half (dV) here: the same two variants.
        let name = format!("attention/attn_sum_parts/{}/second{}", storage.name(), varlen as u8);
        let mut b = builder(target);
        let part = f32_array(&mut b, false);
        let o = plain_array::<I::S>(&mut b, true);
        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
        attn_sum_parts::expand::<I>(&mut b.scope, part, o, d, varlen);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
        let name = format!("attention/attn_row_dot/{}/v{vec}/varlen{}", storage.name(), varlen as u8);
        let mut b = builder(target);
        b.scope.register_size::<RN>(vec);
        let (o, g) = (array::<I, RN>(&mut b, false), array::<I, RN>(&mut b, false));
        let dl = f32_array(&mut b, true);
        let d = <AttnDims as LaunchArg>::expand(&dims_arg(), &mut b);
        attn_row_dot::expand::<I, RN>(&mut b.scope, vec, o, g, dl, d, 128, vec, varlen);
        out.push((name.clone(), b.build(settings(&name)), AddressType::U32));
    }
    out
}

/// Every op's kernels for one storage type and vector width.
fn all_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    let mut d = glu_defs::<I>(target, storage, vec);
    d.extend(rmsnorm_defs::<I>(target, storage, vec));
    d.extend(rope_defs::<I>(target, storage, vec));
    d.extend(ce_defs::<I>(target, storage, vec));
    // Cross-entropy also takes 32-byte vectors where the target allows them.
    if vec == 16 / storage.size() && 2 * vec <= properties(target).hardware.max_vector_size as usize {
        d.extend(ce_defs::<I>(target, storage, 2 * vec));
    }
    d.extend(matmul_defs::<I>(target, storage, vec));
    d.extend(sampler_defs::<I>(target, storage, vec));
    d.extend(lora_defs::<I>(target, storage, vec));
    d.extend(attention_defs::<I>(target, storage, vec));
    d
}

/// Storage types each target runs. bf16 on Metal is the 16-bit-word path only: CubeCL
/// 0.10's wgpu runtime registers no bf16 type for Metal (so `native_bf16` is false there
/// and launches pick `Storage::Bf16Bits`, whatever the GPU), and its Metal dialect's bf16
/// arithmetic is not valid MSL; a native-bf16 MSL kernel would be one that never runs.
/// tests/msl_check.rs fails any MSL that names `bfloat`.
fn storages(target: Target) -> Vec<Storage> {
    match target {
        Target::Msl => vec![Storage::F32, Storage::F16, Storage::Bf16Bits],
        Target::Cuda => vec![Storage::F32, Storage::F16, Storage::Bf16Native],
    }
}

/// Vector widths the launch code may pick for a storage type on `target`: 16-byte loads
/// down to scalars (for lengths with tails).
fn widths(target: Target, storage: Storage) -> Vec<usize> {
    let max = (16 / storage.size()).min(properties(target).hardware.max_vector_size as usize);
    std::iter::successors(Some(max), |&v| (v > 1).then_some(v / 2)).collect()
}

/// Generates every kernel of every op, every storage type and vector width, for `target`.
pub fn generate_all(target: Target) -> Result<Vec<Generated>> {
    let mut defs = Vec::new();
    for storage in storages(target) {
        for vec in widths(target, storage) {
            defs.extend(match storage {
                Storage::F32 => all_defs::<NativeIo<f32>>(target, storage, vec),
                Storage::F16 => all_defs::<NativeIo<half::f16>>(target, storage, vec),
                Storage::Bf16Native => all_defs::<NativeIo<half::bf16>>(target, storage, vec),
                Storage::Bf16Bits => all_defs::<Bf16BitsIo>(target, storage, vec),
            });
        }
    }
    defs.into_iter()
        .map(|(name, def, addr)| Ok(Generated { source: compile(target, def, addr)?, name, target }))
        .collect()
}
