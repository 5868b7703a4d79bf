//! Plain-Rust f64 references, forward and backward: the specification of every kernel and
//! the oracle of its tests. Written the naive way on purpose, never the kernel's algorithm.
//!
//! Independent of the kernels: nothing here uses kernel code or the kernels' config types.
//! Each reference takes plain parameters or its own small types (`rope::Params`,
//! `cross_entropy::Params`, `swiglu::Activation`, ...), which the tests build from the
//! kernel configs, and derives what it needs (RoPE's scaled frequencies, for one) from
//! the published definitions, so that a mistake shared by a kernel and its oracle cannot
//! pass unnoticed.

pub mod attention;
pub mod cross_entropy;
pub mod linear_cross_entropy;
pub mod lora;
pub mod matmul;
pub mod rmsnorm;
pub mod rope;
pub mod sampler;
pub mod swiglu;
