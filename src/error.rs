//! The one error type every public function returns.

use crate::dtype::{DType, UnknownDType};

/// Everything that can go wrong in pmetal. Bad input is reported here, before any launch;
/// nothing in the public API panics on user data.
#[derive(Debug, thiserror::Error)]
pub enum PmetalError {
    /// No usable GPU runtime was found (or the requested one is absent).
    #[error("no GPU device available: {0}")]
    NoDevice(String),
    /// The requested runtime was not compiled in.
    #[error("runtime `{runtime}` is not compiled in: enable the cargo feature `{feature}`")]
    RuntimeNotCompiled { runtime: &'static str, feature: &'static str },
    /// Two tensors that must agree in shape or length do not.
    #[error("shape mismatch: {0}")]
    ShapeMismatch(String),
    /// A tensor has a different dtype than the operation needs.
    #[error("dtype mismatch: expected {expected}, got {got}")]
    DTypeMismatch { expected: DType, got: DType },
    /// The operation does not support this dtype.
    #[error("dtype {dtype} is not supported by {op}")]
    UnsupportedDType { dtype: DType, op: &'static str },
    /// A tensor with no elements was passed where data is needed.
    #[error("empty tensor: {0}")]
    Empty(String),
    /// A size past what the kernels index (they address with 32-bit vector indices).
    #[error("tensor too large: {0}")]
    TooLarge(String),
    /// An argument outside its documented range.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// Tensors from two different contexts were mixed in one call.
    #[error("tensors belong to different GPU contexts")]
    ContextMismatch,
    /// A sampler row whose logits cannot be sampled (NaN / +inf, or all -inf).
    #[error("logits row {row} cannot be sampled: {reason}")]
    NonFiniteLogits { row: usize, reason: &'static str },
    /// The runtime reported a failure (launch, allocation, read back).
    #[error("device error: {0}")]
    Device(String),
}

/// Shorthand used across the crate.
pub type Result<T> = std::result::Result<T, PmetalError>;

impl From<UnknownDType> for PmetalError {
    fn from(e: UnknownDType) -> Self {
        PmetalError::InvalidArgument(e.to_string())
    }
}
