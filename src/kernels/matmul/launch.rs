//! Launch code of the matmul op: cubek-matmul for the GEMM, pmetal's own small kernels
//! for dtype conversion and accumulation. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;
use cubecl::zspace::{Shape, Strides};
use cubek_matmul::definition::{MatmulElems, MatmulGlobalElems, MatmulSetupError};
use cubek_matmul::launch::Strategy;
use cubek_std::InputBinding;

use super::{kernel, MatmulAlgorithm};
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, elementwise_grid, vector_width};
use crate::dtype::Storage;
use crate::context::DeviceInfo;
use crate::dtype::DType;
use crate::error::{PmetalError, Result};

/// One GEMM operand as cubek sees it: a handle (already offset to the view's first
/// element), its dtype, and the logical shape `[batch..., rows, cols]` with strides in
/// elements (a transposed operand is a column-major stride pattern, not a copy).
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub handle: Handle,
    pub dtype: DType,
    pub shape: Vec<usize>,
    pub strides: Vec<usize>,
}

impl Operand {
    /// Rows `rows` of the operand: itself for all of them, else a handle offset into a
    /// 2-D row-major operand (the caller checks the layout and the offset's alignment).
    pub fn rows(&self, rows: std::ops::Range<usize>) -> Operand {
        let r = self.shape.len();
        if rows.start == 0 && rows.end == self.shape[r - 2] {
            return self.clone();
        }
        let offset = (rows.start * self.strides[0] * self.dtype.size()) as u64;
        Operand {
            handle: self.handle.clone().offset_start(offset),
            dtype: self.dtype,
            shape: vec![rows.end - rows.start, self.shape[1]],
            strides: self.strides.clone(),
        }
    }
}

fn storage_type(d: DType) -> cubecl::ir::StorageType {
    match d {
        DType::F16 => half::f16::as_type_native_unchecked().storage_type(),
        DType::BF16 => half::bf16::as_type_native_unchecked().storage_type(),
        _ => f32::as_type_native_unchecked().storage_type(),
    }
}

fn binding<R: Runtime>(o: &Operand) -> TensorBinding<R> {
    unsafe {
        TensorBinding::from_raw_parts(o.handle.clone(), Strides::from(o.strides.clone()), Shape::from(o.shape.clone()))
    }
}

impl MatmulAlgorithm {
    /// cubek's strategy for this algorithm, with cubek's own inferred blueprint (tile
    /// sizes chosen by cubek from the problem and the device).
    fn strategy(self) -> Strategy {
        use MatmulAlgorithm as A;
        match self {
            A::SimpleCyclicCmma => Strategy::SimpleCyclicCmma(Default::default()),
            A::SimpleCyclicMma => Strategy::SimpleCyclicMma(Default::default()),
            A::DoubleCyclicCmma => Strategy::DoubleCyclicCmma(Default::default()),
            A::DoubleCyclicMma => Strategy::DoubleCyclicMma(Default::default()),
            A::DoubleTmaCmma => Strategy::DoubleTmaCmma(Default::default()),
            A::DoubleTmaMma => Strategy::DoubleTmaMma(Default::default()),
            A::SpecializedTmaCmma => Strategy::SpecializedTmaCmma(Default::default()),
            A::SpecializedTmaMma => Strategy::SpecializedTmaMma(Default::default()),
            A::OrderedDoubleCmma => Strategy::OrderedDoubleCmma(Default::default()),
            A::OrderedDoubleMma => Strategy::OrderedDoubleMma(Default::default()),
            A::SimpleUnit => Strategy::SimpleUnit(Default::default()),
            A::DoubleUnit => Strategy::DoubleUnit(Default::default()),
            A::Naive => Strategy::Naive,
            // `Auto` is resolved to a chain before launch (`Matmul::chain`); cubek's own
            // `Auto` (cmma, else unit) is the same idea.
            A::Auto => Strategy::Auto,
            // Routed before cubek (`Matmul::launch`), and `gemm` below skips it.
            A::CublasLt => unreachable!("cublaslt is not a cubek strategy"),
        }
    }
}

/// Whether an error means "this algorithm cannot serve this problem here" (try the next
/// one) rather than a device failure.
fn is_unsupported(e: &MatmulSetupError) -> bool {
    matches!(
        e,
        MatmulSetupError::Unavailable(_)
            | MatmulSetupError::InvalidConfig(_)
            | MatmulSetupError::Vectorization(_)
            | MatmulSetupError::Launch(cubecl::server::LaunchError::CompilationError(_))
            | MatmulSetupError::Launch(cubecl::server::LaunchError::TooManyResources(_))
    )
}

/// `out = a b` through cubek, trying `chain` in order; returns the algorithm that ran.
pub(crate) fn gemm<R: Runtime>(
    c: &ComputeClient<R>,
    chain: &[MatmulAlgorithm],
    a: &Operand,
    b: &Operand,
    out: &Operand,
) -> Result<MatmulAlgorithm> {
    let globals = MatmulGlobalElems { lhs: storage_type(a.dtype), rhs: storage_type(b.dtype), out: storage_type(out.dtype) };
    let mut tried = Vec::new();
    for &alg in chain {
        if !alg.is_cubek() {
            tried.push(format!("{}: not a cubek kernel", alg.name()));
            continue;
        }
        let mut dtypes = MatmulElems::from_globals(&globals);
        let lhs = InputBinding::new(binding::<R>(a), globals.lhs);
        let rhs = InputBinding::new(binding::<R>(b), globals.rhs);
        // cubek reports some unsupported configurations by panicking; treat those like
        // its error values (try the next algorithm) instead of unwinding into the caller.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            cubek_matmul::launch::launch_ref(&alg.strategy(), c, lhs, rhs, binding::<R>(out), &mut dtypes)
        }));
        match r {
            Ok(Ok(())) => return Ok(alg),
            Ok(Err(e)) if is_unsupported(&e) => tried.push(format!("{}: {e:?}", alg.name())),
            Ok(Err(e)) => return Err(PmetalError::Device(format!("matmul ({}): {e:?}", alg.name()))),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "panic".into());
                tried.push(format!("{}: panicked: {msg}", alg.name()));
            }
        }
    }
    Err(PmetalError::Device(format!("no matmul algorithm could run this problem ({})", tried.join("; "))))
}

/// `out = x` converted between storages (`n` elements, contiguous).
pub(crate) fn cast<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, from: Storage, to: Storage, x: Handle, out: Handle, n: usize) {
    with_io!(from, cast_from::<R>(c, info, to, x, out, n))
}

fn cast_from<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, to: Storage, x: Handle, out: Handle, n: usize) {
    // `with_io!` puts the storage's type first: this calls `cast_io::<O, I, R>`.
    with_io!(to, cast_io::<I, R>(c, info, x, out, n))
}

fn cast_io<O: IoElem, I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, x: Handle, out: Handle, n: usize) {
    // The f32 side bounds the vector width (16-byte loads at most).
    let vec = vector_width(info, Storage::F32, &[n]);
    let (count, dim) = elementwise_grid(info, n / vec);
    unsafe { kernel::cast::launch_unchecked::<I, O, R>(c, count, dim, vec, arg(x, n), arg(out, n)) }
}

/// `out += t` (`t` f32, `n` elements, both contiguous).
pub(crate) fn accumulate<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, to: Storage, t: Handle, out: Handle, n: usize) {
    with_io!(to, accumulate_io::<R>(c, info, t, out, n))
}

fn accumulate_io<O: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, t: Handle, out: Handle, n: usize) {
    let vec = vector_width(info, Storage::F32, &[n]);
    let (count, dim) = elementwise_grid(info, n / vec);
    unsafe { kernel::accumulate::launch_unchecked::<O, R>(c, count, dim, vec, arg(t, n), arg(out, n)) }
}

