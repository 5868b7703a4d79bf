//! Gated linear units in f64.

/// The activation applied to the gate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    /// silu: SwiGLU.
    Silu,
    /// GELU, tanh approximation: GeGLU.
    GeluTanh,
}

/// silu(x) = x / (1 + e^-x)
pub fn silu(x: f64) -> f64 {
    x / (1.0 + (-x).exp())
}

/// GELU, tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
pub fn gelu_tanh(x: f64) -> f64 {
    let k = (2.0 / std::f64::consts::PI).sqrt();
    0.5 * x * (1.0 + (k * (x + 0.044715 * x * x * x)).tanh())
}

/// The activation.
pub fn act(a: Activation, x: f64) -> f64 {
    match a {
        Activation::Silu => silu(x),
        Activation::GeluTanh => gelu_tanh(x),
    }
}

/// d act / dx, by the textbook derivative.
pub fn act_grad(a: Activation, x: f64) -> f64 {
    match a {
        Activation::Silu => {
            let s = 1.0 / (1.0 + (-x).exp());
            s + x * s * (1.0 - s)
        }
        Activation::GeluTanh => {
            let k = (2.0 / std::f64::consts::PI).sqrt();
            let t = (k * (x + 0.044715 * x * x * x)).tanh();
            0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * k * (1.0 + 3.0 * 0.044715 * x * x)
        }
    }
}

/// h = act(gate) * up, element by element.
pub fn forward(a: Activation, gate: &[f64], up: &[f64]) -> Vec<f64> {
    gate.iter().zip(up).map(|(&g, &u)| act(a, g) * u).collect()
}

/// (d_gate, d_up) given d_h.
pub fn backward(a: Activation, gate: &[f64], up: &[f64], d_h: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let d_gate = gate.iter().zip(up).zip(d_h).map(|((&g, &u), &d)| d * u * act_grad(a, g)).collect();
    let d_up = gate.iter().zip(d_h).map(|(&g, &d)| d * act(a, g)).collect();
    (d_gate, d_up)
}

/// Splits an interleaved `[rows, 2*hidden]` tensor into (gate, up), each `[rows, hidden]`.
pub fn split_interleaved(gate_up: &[f64], hidden: usize) -> (Vec<f64>, Vec<f64>) {
    let mut gate = Vec::with_capacity(gate_up.len() / 2);
    let mut up = Vec::with_capacity(gate_up.len() / 2);
    for row in gate_up.chunks(2 * hidden) {
        gate.extend_from_slice(&row[..hidden]);
        up.extend_from_slice(&row[hidden..]);
    }
    (gate, up)
}

/// Joins (gate, up) `[rows, hidden]` into one interleaved `[rows, 2*hidden]`.
pub fn join_interleaved(gate: &[f64], up: &[f64], hidden: usize) -> Vec<f64> {
    gate.chunks(hidden).zip(up.chunks(hidden)).flat_map(|(g, u)| g.iter().chain(u).copied()).collect()
}
