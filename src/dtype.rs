//! Element types the kernels accept.

use half::{bf16, f16};

/// The dtype of a [`GpuTensor`](crate::GpuTensor), known at run time.
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

impl std::str::FromStr for DType {
    type Err = crate::PmetalError;
    fn from_str(s: &str) -> crate::Result<Self> {
        Ok(match s {
            "f32" => DType::F32,
            "f16" => DType::F16,
            "bf16" => DType::BF16,
            "i32" => DType::I32,
            "u32" => DType::U32,
            _ => return Err(crate::PmetalError::InvalidArgument(format!("unknown dtype `{s}`"))),
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
