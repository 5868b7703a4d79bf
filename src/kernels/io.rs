//! How kernels read and write each storage dtype. Kernels do their arithmetic in f32 and
//! go through [`IoElem`] at the memory boundary, so one kernel body serves every dtype.

use cubecl::prelude::*;


/// Conversion between a storage element and the f32 the kernels compute in.
#[cube]
pub trait IoElem: 'static + Send + Sync {
    /// The element type as stored in device memory.
    type S: Scalar;
    /// Widens a vector of stored elements to f32.
    fn to_f32<N: Size>(v: Vector<Self::S, N>) -> Vector<f32, N>;
    /// Rounds f32 to the stored type (round to nearest even).
    fn from_f32<N: Size>(v: Vector<f32, N>) -> Vector<Self::S, N>;
}

/// Native float storage: f32, f16, and bf16 where the device computes on it.
pub struct NativeIo<F: Float>(core::marker::PhantomData<F>);

#[cube]
impl<F: Float> IoElem for NativeIo<F> {
    type S = F;
    fn to_f32<N: Size>(v: Vector<F, N>) -> Vector<f32, N> {
        Vector::<f32, N>::cast_from(v)
    }
    fn from_f32<N: Size>(v: Vector<f32, N>) -> Vector<F, N> {
        Vector::<F, N>::cast_from(v)
    }
}

/// bf16 carried as raw 16-bit words, for devices without a bf16 type (lavapipe, older
/// Vulkan drivers). bf16 is the top half of an f32, so widening is a shift; narrowing
/// rounds to nearest even and keeps NaN a (quiet) NaN. Bits are identical to native bf16,
/// so buffers move between the two paths unchanged.
pub struct Bf16BitsIo;

#[cube]
impl IoElem for Bf16BitsIo {
    type S = u16;
    fn to_f32<N: Size>(v: Vector<u16, N>) -> Vector<f32, N> {
        Vector::<f32, N>::reinterpret(Vector::<u32, N>::cast_from(v) << Vector::new(16u32))
    }
    fn from_f32<N: Size>(v: Vector<f32, N>) -> Vector<u16, N> {
        let b = Vector::<u32, N>::reinterpret(v);
        let lsb = (b >> Vector::new(16u32)) & Vector::new(1u32);
        let rounded = (b + Vector::new(0x7fffu32) + lsb) >> Vector::new(16u32);
        // NaN: truncate and force the quiet bit, so no NaN payload rounds into inf or zero.
        let is_nan = (b & Vector::new(0x7fff_ffffu32)).greater_than(Vector::new(0x7f80_0000u32));
        let quiet = (b >> Vector::new(16u32)) | Vector::new(0x40u32);
        Vector::<u16, N>::cast_from(select_many(is_nan, quiet, rounded))
    }
}

/// Calls `$f::<Io>` with the [`IoElem`] type for `$storage`.
macro_rules! with_io {
    ($storage:expr, $f:ident $(:: <$($g:ty),*>)? ($($arg:expr),* $(,)?)) => {
        match $storage {
            $crate::dtype::Storage::F32 => $f::<$crate::kernels::io::NativeIo<f32> $($(, $g)*)?>($($arg),*),
            $crate::dtype::Storage::F16 => $f::<$crate::kernels::io::NativeIo<half::f16> $($(, $g)*)?>($($arg),*),
            $crate::dtype::Storage::Bf16Native => $f::<$crate::kernels::io::NativeIo<half::bf16> $($(, $g)*)?>($($arg),*),
            $crate::dtype::Storage::Bf16Bits => $f::<$crate::kernels::io::Bf16BitsIo $($(, $g)*)?>($($arg),*),
        }
    };
}
pub(crate) use with_io;
