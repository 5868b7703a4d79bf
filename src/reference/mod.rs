//! Plain-Rust f64 references, forward and backward: the specification of every kernel and
//! the oracle of its tests. Written the naive way on purpose, never the kernel's algorithm.

pub mod attention;
pub mod cross_entropy;
pub mod linear_cross_entropy;
pub mod lora;
pub mod matmul;
pub mod rmsnorm;
pub mod rope;
pub mod sampler;
pub mod swiglu;
