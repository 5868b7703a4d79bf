//! Generation list of pmetal's own matmul helpers (the GEMM itself is cubek's, which
//! generates its kernels at launch).

use super::*;

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
pub(super) fn matmul_defs<I: IoElem>(target: Target, storage: Storage, vec: usize) -> Vec<(String, KernelDefinition, AddressType)> {
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
