//! Launch code for the GLU kernels. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, elementwise_grid};
use crate::dtype::Storage;
use crate::context::DeviceInfo;

/// One launch's shape: `n_vec` output vectors of `vec` elements; `hidden_vec` is the row
/// width in vectors (interleaved input only).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    pub storage: Storage,
    pub vec: usize,
    pub n_vec: usize,
    pub hidden_vec: u32,
    pub gelu: bool,
    pub interleaved: bool,
}

impl Plan {
    pub fn key(&self, kernel: &str) -> String {
        format!("{kernel}/{}/v{}/gelu{}/il{}", self.storage.name(), self.vec, self.gelu as u8, self.interleaved as u8)
    }
    /// Vectors in the (interleaved) input.
    fn in_vec(&self) -> usize {
        if self.interleaved { 2 * self.n_vec } else { self.n_vec }
    }
}

pub(crate) fn forward<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, gate: Handle, up: Handle, out: Handle) {
    with_io!(p.storage, forward_io::<R>(c, info, p, gate, up, out))
}

fn forward_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, gate: Handle, up: Handle, out: Handle) {
    let (count, dim) = elementwise_grid(info, p.n_vec);
    let n_in = p.in_vec();
    unsafe {
        kernel::glu_forward::launch_unchecked::<I, R>(
            c, count, dim, p.vec,
            arg(gate, n_in * p.vec), arg(up, n_in * p.vec), arg(out, p.n_vec * p.vec),
            p.hidden_vec, p.gelu, p.interleaved,
        )
    }
}

pub(crate) struct BackwardArgs {
    pub gate: Handle,
    pub up: Handle,
    pub d_h: Handle,
    pub d_gate: Handle,
    pub d_up: Handle,
}

pub(crate) fn backward<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: BackwardArgs) {
    with_io!(p.storage, backward_io::<R>(c, info, p, a))
}

fn backward_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: BackwardArgs) {
    let (count, dim) = elementwise_grid(info, p.n_vec);
    let n_in = p.in_vec();
    unsafe {
        kernel::glu_backward::launch_unchecked::<I, R>(
            c, count, dim, p.vec,
            arg(a.gate, n_in * p.vec), arg(a.up, n_in * p.vec), arg(a.d_h, p.n_vec * p.vec),
            arg(a.d_gate, n_in * p.vec), arg(a.d_up, n_in * p.vec),
            p.hidden_vec, p.gelu, p.interleaved,
        )
    }
}

/// Unfused baseline: `out = act(x)` or `act'(x)`.
pub(crate) fn unary<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, grad: bool, x: Handle, out: Handle) {
    with_io!(p.storage, unary_io::<R>(c, info, p, grad, x, out))
}

fn unary_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, grad: bool, x: Handle, out: Handle) {
    let (count, dim) = elementwise_grid(info, p.n_vec);
    unsafe {
        kernel::unary_activation::launch_unchecked::<I, R>(c, count, dim, p.vec, arg(x, p.n_vec * p.vec), arg(out, p.n_vec * p.vec), grad, p.gelu)
    }
}

/// Unfused baseline: `out = a * b`.
pub(crate) fn mul<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: Handle, b: Handle, out: Handle) {
    with_io!(p.storage, mul_io::<R>(c, info, p, a, b, out))
}

fn mul_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: Handle, b: Handle, out: Handle) {
    let (count, dim) = elementwise_grid(info, p.n_vec);
    unsafe {
        kernel::binary_mul::launch_unchecked::<I, R>(c, count, dim, p.vec, arg(a, p.n_vec * p.vec), arg(b, p.n_vec * p.vec), arg(out, p.n_vec * p.vec))
    }
}
