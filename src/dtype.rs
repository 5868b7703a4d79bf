//! Element types the kernels accept.

use half::{bf16, f16};

/// The dtype of a [`GpuTensor`](crate::buffer::GpuTensor), known at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    F32,
    F16,
    BF16,
    I32,
    U32,
}

impl DType {
    /// Bytes per element.
    pub const fn size(self) -> usize {
        match self {
            DType::F32 | DType::I32 | DType::U32 => 4,
            DType::F16 | DType::BF16 => 2,
        }
    }
    /// True for the three floating-point dtypes.
    pub const fn is_float(self) -> bool {
        matches!(self, DType::F32 | DType::F16 | DType::BF16)
    }
    /// All float dtypes, in the order tests and the runner walk them.
    pub const FLOATS: [DType; 3] = [DType::F32, DType::F16, DType::BF16];
    /// Lower-case name (`f32`, `bf16`, ...).
    pub const fn name(self) -> &'static str {
        match self {
            DType::F32 => "f32",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
            DType::I32 => "i32",
            DType::U32 => "u32",
        }
    }
}

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A dtype name [`DType`]'s `FromStr` does not know; converts into
/// `PmetalError::InvalidArgument`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown dtype `{0}` (expected f32, f16, bf16, i32 or u32)")]
pub struct UnknownDType(pub String);

impl std::str::FromStr for DType {
    type Err = UnknownDType;
    fn from_str(s: &str) -> std::result::Result<Self, UnknownDType> {
        Ok(match s {
            "f32" => DType::F32,
            "f16" => DType::F16,
            "bf16" => DType::BF16,
            "i32" => DType::I32,
            "u32" => DType::U32,
            _ => return Err(UnknownDType(s.to_string())),
        })
    }
}

mod sealed {
    pub trait Sealed {}
}

/// A host element type that maps to one [`DType`]. Sealed: the kernels exist for these only.
pub trait Element: bytemuck::Pod + Send + Sync + sealed::Sealed + 'static {
    const DTYPE: DType;
    /// Widen to f64 (used by references and error measures).
    fn to_f64(self) -> f64;
    /// Round from f64 to this type (round to nearest even for the 16-bit floats).
    fn from_f64(v: f64) -> Self;
}

macro_rules! element {
    ($t:ty, $d:expr, |$x:ident| $to:expr, |$v:ident| $from:expr) => {
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const DTYPE: DType = $d;
            fn to_f64(self) -> f64 {
                let $x = self;
                $to
            }
            fn from_f64($v: f64) -> Self {
                $from
            }
        }
    };
}
element!(f32, DType::F32, |x| x as f64, |v| v as f32);
element!(f16, DType::F16, |x| x.to_f64(), |v| f16::from_f64(v));
element!(bf16, DType::BF16, |x| x.to_f64(), |v| bf16::from_f64(v));
element!(i32, DType::I32, |x| x as f64, |v| v as i32);
element!(u32, DType::U32, |x| x as f64, |v| v as u32);

/// How a tensor of some dtype is laid out in device memory on a given device, and so which
/// element type (`kernels::io::IoElem`) the kernels read it through: bf16 is native where
/// the runtime registers the type, else 16-bit words converted in registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Storage {
    F32,
    F16,
    Bf16Native,
    Bf16Bits,
}

impl Storage {
    pub(crate) fn of(dtype: DType, native_bf16: bool) -> Self {
        match dtype {
            DType::F16 => Storage::F16,
            DType::BF16 if native_bf16 => Storage::Bf16Native,
            DType::BF16 => Storage::Bf16Bits,
            _ => Storage::F32,
        }
    }
    /// Bytes per element.
    pub fn size(self) -> usize {
        if self == Storage::F32 { 4 } else { 2 }
    }
    /// Name used in kernel cache keys and generated-source file names.
    pub fn name(self) -> &'static str {
        match self {
            Storage::F32 => "f32",
            Storage::F16 => "f16",
            Storage::Bf16Native => "bf16",
            Storage::Bf16Bits => "bf16bits",
        }
    }
}
