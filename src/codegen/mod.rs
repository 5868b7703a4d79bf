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
use crate::kernels::{ELEMENTWISE_CUBE};
use crate::dtype::Storage;
use crate::error::{PmetalError, Result};

mod attention;
mod cross_entropy;
mod elementwise;
mod lora;
mod matmul;
mod sampler;

use attention::attention_defs;
use cross_entropy::ce_defs;
use elementwise::{glu_defs, rmsnorm_defs, rope_defs};
use lora::lora_defs;
use matmul::matmul_defs;
use sampler::sampler_defs;

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

fn array<I: IoElem, N: Size>(b: &mut KernelBuilder, output: bool) -> <Array<Vector<I::S, N>> as CubeType>::ExpandType {
    let arg = ArrayCompilationArg { inplace: None };
    if output {
        <Array<Vector<I::S, N>> as LaunchArg>::expand_output(&arg, b)
    } else {
        <Array<Vector<I::S, N>> as LaunchArg>::expand(&arg, b)
    }
}

/// Every op's kernels for one storage type and vector width.
fn all_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
    let mut d = glu_defs::<I>(target, storage, vec);
    d.extend(rmsnorm_defs::<I>(target, storage, vec));
    d.extend(rope_defs::<I>(target, storage, vec));
    d.extend(ce_defs::<I>(target, storage, vec));
    // Cross-entropy also takes 32-byte vectors where the target allows them.
    if vec == 16 / storage.size() && 2 * vec <= properties(target).hardware.max_vector_size {
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
    let max = (16 / storage.size()).min(properties(target).hardware.max_vector_size);
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
