//! pmetal's fused kernels as Burn 0.21 operations on Burn's CubeCL tensors (no copies:
//! Burn and pmetal share one CubeCL `ComputeClient`), with autodiff wired to pmetal's
//! backward kernels; plus a small Llama-style model built twice (Burn ops / pmetal ops)
//! and the `train-demo` driver the runner calls.

pub mod backend;
pub mod bridge;
pub mod ops;

pub mod data;
pub mod demo;
pub mod model;
pub mod plot;
