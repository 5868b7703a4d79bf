//! Hand-written CUDA C++ kernels (the sm_90a fast paths: `wgmma`, TMA, `setmaxnreg`, which
//! CubeCL 0.10 does not emit) run through CubeCL's own compile path: compiled by NVRTC in
//! CubeCL's CUDA server (which passes `--gpu-architecture=sm_90a` on compute capability
//! 9.x), cached like every CubeCL kernel, launched on CubeCL's stream with CubeCL handles,
//! in order with every other kernel and without a host synchronisation. No nvcc at build or
//! run time, no prebuilt binary.
//!
//! [`CudaSource`] is a `CubeTask` whose compiled source is ours. CubeCL's server still
//! needs its own representation of the kernel for one number, the dynamic shared memory
//! it reserves at launch: `compile` builds a stub kernel that declares that much shared
//! memory, compiles it with CubeCL's CUDA compiler, and swaps in our source and entry
//! point. The kernel id carries a hash of the source, so an edited source is a new
//! kernel for CubeCL's caches, including the persistent PTX cache.
//!
//! ## The entry point's parameters, in the order CubeCL passes them
//! (cubecl-cuda 0.10 `compute/server.rs` `launch`, `compute/context.rs` `execute_task`):
//! 1. one `const __grid_constant__ CUtensorMap` per tensor map of [`KernelArguments`],
//!    by value (128 bytes, 64-byte aligned), encoded by CubeCL from its `TensorMapMeta`;
//! 2. the device pointer of each tensor map's backing buffer, in the same order;
//! 3. the device pointer of each buffer binding, in order;
//! 4. the info words, passed by value as one struct of `u64` words (CubeCL uses grid
//!    constants on sm_90), where the kernel takes any. They are given as static metadata
//!    (dynamic part empty): with `MetadataBindingInfo::custom` CubeCL would also upload
//!    them as dynamic metadata and pass that buffer's pointer before the struct.

use cubecl::cuda::{CudaCompiler, CudaRuntime};
use cubecl::prelude::*;
use cubecl::server::{KernelArguments, MetadataBindingInfo, TensorMapBinding};
use cubecl::{CompilationError, Compiler, CubeTask};
use std::sync::OnceLock;

/// One translation unit of hand-written CUDA C++, as NVRTC compiles it, with its stable
/// hash worked out once: CubeCL asks for a kernel's id at every launch, and the source is
/// only copied when CubeCL compiles it (once per entry point and context).
#[derive(Debug)]
pub(crate) struct CudaProgram {
    source: &'static str,
    hash: OnceLock<u64>,
}

impl CudaProgram {
    pub(crate) const fn new(source: &'static str) -> Self {
        Self { source, hash: OnceLock::new() }
    }

    fn hash(&self) -> u64 {
        *self.hash.get_or_init(|| stable_hash(self.source))
    }
}

/// A hand-written CUDA C++ kernel for CubeCL's CUDA server (see the module docs).
#[derive(Clone, Debug)]
pub(crate) struct CudaSource {
    /// Entry point (`extern "C" __global__`).
    pub entry: &'static str,
    /// The whole translation unit.
    pub program: &'static CudaProgram,
    /// Threads per block.
    pub threads: u32,
    /// Dynamic shared memory the launch reserves, in bytes.
    pub shared_bytes: usize,
}

/// 64-bit FNV-1a: a hash that is the same in every build and run (the PTX cache persists
/// across runs; std's hasher may change between Rust releases).
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

impl KernelMetadata for CudaSource {
    fn name(&self) -> &'static str {
        self.entry
    }

    fn id(&self) -> KernelId {
        KernelId::new::<Self>()
            .info((self.entry, self.program.hash(), self.shared_bytes))
            .cube_dim(CubeDim::new_1d(self.threads))
    }

    fn address_type(&self) -> StorageType {
        AddressType::U32.unsigned_type()
    }
}

/// The stub's body: `words` words of shared memory, touched so that the compiler keeps
/// them.
#[cube]
fn reserve_shared(out: &mut Array<u32>, #[comptime] words: usize) {
    let mut s = SharedMemory::<u32>::new(words);
    s[(UNIT_POS as usize) % words] = UNIT_POS;
    sync_cube();
    out[UNIT_POS as usize] = s[0];
}

impl CudaSource {
    /// The stub kernel CubeCL's compiler turns into the representation its server reads
    /// the shared-memory size from.
    fn stub(&self) -> KernelDefinition {
        let mut b = KernelBuilder::default();
        AddressType::U32.register(&mut b.scope);
        let out = <Array<u32> as LaunchArg>::expand_output(&ArrayCompilationArg { inplace: None }, &mut b);
        reserve_shared::expand(&mut b.scope, out, self.shared_bytes.div_ceil(4).max(1));
        b.build(KernelSettings::default().cube_dim(CubeDim::new_1d(self.threads)).kernel_name(self.entry))
    }

    /// [`CubeTask::compile`] with any CubeCL C++ compiler (CUDA's at launch; tests use
    /// the same one without a GPU).
    fn compile_with<C: Compiler>(&self, compiler: &mut C, options: &C::CompilationOptions, mode: ExecutionMode) -> Result<CompiledKernel<C>, CompilationError> {
        let repr = compiler.compile(self.stub(), options, mode, self.address_type())?;
        Ok(CompiledKernel {
            entrypoint_name: self.entry.to_string(),
            debug_name: Some(self.entry),
            source: self.program.source.to_string(),
            repr: Some(repr),
            cube_dim: CubeDim::new_1d(self.threads),
            debug_info: None,
        })
    }

    /// Launches the kernel on `client`'s stream: `grid` blocks, the tensor maps, buffers and
    /// info words in the order of the module docs.
    ///
    /// # Safety
    /// The kernel must read and write only within the bindings it is given, and its
    /// parameter list must be the one the module docs describe for these arguments.
    pub(crate) unsafe fn launch(
        self,
        client: &ComputeClient<CudaRuntime>,
        grid: (u32, u32, u32),
        tensor_maps: Vec<TensorMapBinding>,
        buffers: Vec<cubecl::server::Binding>,
        info: Vec<u64>,
    ) {
        let words = info.len();
        let mut args = KernelArguments::new().with_buffers(buffers).with_info(MetadataBindingInfo::new(info, words));
        args.tensor_maps = tensor_maps;
        // SAFETY: the caller's promise above.
        unsafe { client.launch_unchecked(Box::new(self), CubeCount::Static(grid.0, grid.1, grid.2), args) };
    }
}

impl CubeTask<CudaCompiler> for CudaSource {
    fn compile(
        &self,
        compiler: &mut CudaCompiler,
        options: &<CudaCompiler as Compiler>::CompilationOptions,
        mode: ExecutionMode,
        _address_type: StorageType,
    ) -> Result<CompiledKernel<CudaCompiler>, CompilationError> {
        self.compile_with(compiler, options, mode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without a GPU: the task hands CubeCL our source and entry point, with a
    /// representation reserving at least the shared memory asked for (what the server
    /// passes to the launch), and the id follows the source.
    #[test]
    fn our_source_with_the_stubs_shared_memory() {
        static PROGRAM: CudaProgram = CudaProgram::new("extern \"C\" __global__ void my_kernel() {}");
        static EDITED: CudaProgram = CudaProgram::new("extern \"C\" __global__ void my_kernel() {}\n");
        let k = CudaSource { entry: "my_kernel", program: &PROGRAM, threads: 384, shared_bytes: 197_696 };
        let c = k.compile_with(&mut CudaCompiler::default(), &Default::default(), ExecutionMode::Unchecked).unwrap();
        assert_eq!((c.entrypoint_name.as_str(), c.source.as_str(), c.cube_dim), ("my_kernel", PROGRAM.source, CubeDim::new_1d(384)));
        let smem = c.repr.as_ref().unwrap().shared_memory_size();
        assert!((197_696..197_696 + 1024).contains(&smem), "{smem}");
        let edited = CudaSource { program: &EDITED, ..k.clone() };
        assert_ne!(k.id(), edited.id());
        assert_eq!(k.id(), k.clone().id());
    }
}
