//! `#[cube]` kernels of the gated linear units (SwiGLU, GeGLU) and their unfused baseline.

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

/// sqrt(2/pi), the GELU tanh-approximation constant.
const GELU_K: f32 = 0.797_884_6;
/// Cubic coefficient of the GELU tanh approximation.
const GELU_C: f32 = 0.044_715;

#[cube]
fn sigmoid<N: Size>(x: Vector<f32, N>) -> Vector<f32, N> {
    // `0 - x`, not `-x`: CubeCL 0.10's CUDA dialect rejects unary minus on vectors.
    Vector::new(1.0f32) / (Vector::new(1.0f32) + Vector::exp(Vector::new(0.0f32) - x))
}

/// `k (x + c x^3)`: the GELU tanh-approximation's argument, so gelu(x) = 0.5 x (1 + tanh(u)).
#[cube]
fn gelu_arg<N: Size>(x: Vector<f32, N>) -> Vector<f32, N> {
    Vector::new(GELU_K) * (x + Vector::new(GELU_C) * x * x * x)
}

/// The activation: silu(x) = x * sigmoid(x), or gelu_tanh(x) written as x * sigmoid(2u)
/// (since 1 + tanh(u) = 2 sigmoid(2u)), which keeps full relative precision in the far
/// negative tail where 1 + tanh(u) would cancel to 0.
#[cube]
pub fn activation<N: Size>(x: Vector<f32, N>, #[comptime] gelu: bool) -> Vector<f32, N> {
    if comptime!(gelu) {
        x * sigmoid(gelu_arg(x) * Vector::new(2.0f32))
    } else {
        x * sigmoid(x)
    }
}

/// d activation / dx, recomputed from x (nothing is stored by the forward pass).
/// Uses sigmoid(-z) for 1 - sigmoid(z), again to avoid cancellation in the tails:
/// silu' = s + x s (1 - s); gelu' = s + 2 x s (1 - s) k (1 + 3 c x^2) with s = sigmoid(2u).
#[cube]
pub fn activation_grad<N: Size>(x: Vector<f32, N>, #[comptime] gelu: bool) -> Vector<f32, N> {
    if comptime!(gelu) {
        let z = gelu_arg(x) * Vector::new(2.0f32);
        let s = sigmoid(z);
        let sn = sigmoid(Vector::new(0.0f32) - z);
        let dz = Vector::new(2.0f32 * GELU_K) * (Vector::new(1.0f32) + Vector::new(3.0f32 * GELU_C) * x * x);
        s + x * s * sn * dz
    } else {
        s_grad_silu(x)
    }
}

#[cube]
fn s_grad_silu<N: Size>(x: Vector<f32, N>) -> Vector<f32, N> {
    let s = sigmoid(x);
    let sn = sigmoid(Vector::new(0.0f32) - x);
    s + x * s * sn
}

/// Where output vector `pos` finds its gate and up inputs. Separate tensors: at `pos` in
/// each. Interleaved `[rows, 2*hidden]` (gate then up in each row): row-major offsets in the
/// one tensor, `hidden` counted in vectors.
#[cube]
fn source_index(pos: usize, hidden: u32, #[comptime] interleaved: bool) -> (usize, usize) {
    if comptime!(interleaved) {
        let h = hidden as usize;
        let row = pos / h;
        let g = pos + row * h;
        (g, g + h)
    } else {
        (pos, pos)
    }
}

/// h = act(gate) * up. In interleaved mode `up` is unused (bind `gate` twice).
#[cube(launch_unchecked)]
pub fn glu_forward<I: IoElem, N: Size>(
    gate: &Array<Vector<I::S, N>>,
    up: &Array<Vector<I::S, N>>,
    out: &mut Array<Vector<I::S, N>>,
    hidden: u32,
    #[comptime] gelu: bool,
    #[comptime] interleaved: bool,
) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        let (gi, ui) = source_index(pos, hidden, interleaved);
        let g = I::to_f32(gate[gi]);
        let u = if comptime!(interleaved) { I::to_f32(gate[ui]) } else { I::to_f32(up[ui]) };
        out[pos] = I::from_f32(activation(g, gelu) * u);
    }
}

/// d_gate = d_h * up * act'(gate), d_up = d_h * act(gate), recomputing act from gate.
/// In interleaved mode both gradients go to `d_gate` (`[rows, 2*hidden]`) and `up`/`d_up`
/// are unused (bind `gate` and `d_gate` twice).
#[cube(launch_unchecked)]
pub fn glu_backward<I: IoElem, N: Size>(
    gate: &Array<Vector<I::S, N>>,
    up: &Array<Vector<I::S, N>>,
    d_h: &Array<Vector<I::S, N>>,
    d_gate: &mut Array<Vector<I::S, N>>,
    d_up: &mut Array<Vector<I::S, N>>,
    hidden: u32,
    #[comptime] gelu: bool,
    #[comptime] interleaved: bool,
) {
    let pos = ABSOLUTE_POS;
    if pos < d_h.len() {
        let (gi, ui) = source_index(pos, hidden, interleaved);
        let g = I::to_f32(gate[gi]);
        let dh = I::to_f32(d_h[pos]);
        if comptime!(interleaved) {
            let u = I::to_f32(gate[ui]);
            d_gate[gi] = I::from_f32(dh * u * activation_grad(g, gelu));
            d_gate[ui] = I::from_f32(dh * activation(g, gelu));
        } else {
            let u = I::to_f32(up[ui]);
            d_gate[gi] = I::from_f32(dh * u * activation_grad(g, gelu));
            d_up[ui] = I::from_f32(dh * activation(g, gelu));
        }
    }
}

/// Unfused baseline, one op per launch: `op` 0 = act(x), 1 = act'(x).
#[cube(launch_unchecked)]
pub fn unary_activation<I: IoElem, N: Size>(
    x: &Array<Vector<I::S, N>>,
    out: &mut Array<Vector<I::S, N>>,
    #[comptime] grad: bool,
    #[comptime] gelu: bool,
) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        let v = I::to_f32(x[pos]);
        if comptime!(grad) {
            out[pos] = I::from_f32(activation_grad(v, gelu));
        } else {
            out[pos] = I::from_f32(activation(v, gelu));
        }
    }
}

/// Unfused baseline: out = a * b.
#[cube(launch_unchecked)]
pub fn binary_mul<I: IoElem, N: Size>(
    a: &Array<Vector<I::S, N>>,
    b: &Array<Vector<I::S, N>>,
    out: &mut Array<Vector<I::S, N>>,
) {
    let pos = ABSOLUTE_POS;
    if pos < out.len() {
        out[pos] = I::from_f32(I::to_f32(a[pos]) * I::to_f32(b[pos]));
    }
}
