//! LoRA in f64, the naive way: the fused dual-K GEMM, the LoRA linear layer (forward and
//! backward, adapter dropout), RMSNorm + LoRA and the LoRA SwiGLU MLP.
//!
//! Shapes (row-major): x `[m, in]`, W `[out, in]` (frozen), A `[r, in]`, B `[out, r]`,
//! bias `[out]`; `y = x W^T + bias + s (drop(x) A^T) B^T`.
//! The kernels hold the low-rank intermediates `t = drop(x) A^T` and `g = s dy B` in the
//! inputs' dtype between launches, as an unfused model of that dtype would; `round` lets
//! the reference round them the same way (pass the identity for exact f64).

use super::matmul::matmul;

/// murmur3's 32-bit finaliser (the kernels' dropout hash).
pub fn fmix32(v: u32) -> u32 {
    let mut x = v;
    x ^= x >> 16;
    x = x.wrapping_mul(0x85EB_CA6B);
    x ^= x >> 13;
    x = x.wrapping_mul(0xC2B2_AE35);
    x ^ (x >> 16)
}

/// Whether dropout keeps element (row, col) of x.
pub fn drop_keep(row: u32, col: u32, seed: u32, p: f32) -> bool {
    let threshold = ((p as f64) * 4_294_967_296.0).min(u32::MAX as f64) as u32;
    fmix32(col.wrapping_add(fmix32(row.wrapping_add(seed.wrapping_mul(0x9E37_79B9))))) >= threshold
}

/// The dropout multiplier of element (row, col): 0 or 1/(1-p) (1 without dropout).
pub fn drop_factor(drop: Option<(f32, u32)>, row: usize, col: usize) -> f64 {
    match drop {
        None => 1.0,
        Some((p, seed)) => {
            if drop_keep(row as u32, col as u32, seed, p) {
                1.0 / (1.0 - p) as f64
            } else {
                0.0
            }
        }
    }
}

/// `drop(x)` for x `[rows, cols]`.
pub fn dropout(x: &[f64], rows: usize, cols: usize, drop: Option<(f32, u32)>) -> Vec<f64> {
    (0..rows * cols).map(|i| x[i] * drop_factor(drop, i / cols, i % cols)).collect()
}

/// The LoRA linear layer's problem.
#[derive(Clone, Copy, Debug)]
pub struct Dims {
    pub m: usize,
    pub inf: usize,
    pub outf: usize,
    pub r: usize,
}

/// Forward: returns `(y, t)` with `t = round(drop(x) A^T)` `[m, r]`.
#[allow(clippy::too_many_arguments)]
pub fn forward(
    x: &[f64],
    w: &[f64],
    bias: Option<&[f64]>,
    a: &[f64],
    b: &[f64],
    s: f64,
    d: Dims,
    drop: Option<(f32, u32)>,
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>) {
    let xd = dropout(x, d.m, d.inf, drop);
    let t = round(&matmul(&xd, a, d.m, d.inf, d.r, false, true));
    let base = matmul(x, w, d.m, d.inf, d.outf, false, true);
    let low = matmul(&t, b, d.m, d.r, d.outf, false, true);
    let y = (0..d.m * d.outf).map(|i| base[i] + bias.map_or(0.0, |b| b[i % d.outf]) + s * low[i]).collect();
    (y, t)
}

/// Backward from `dy` `[m, out]`: `(dx, dA, dB)`; W and the bias get no gradient here.
/// `g = round(s dy B)`, `dx = dy W + drop'(g A)`, `dA = g^T drop(x)`, `dB = s dy^T t`.
#[allow(clippy::too_many_arguments)]
pub fn backward(
    x: &[f64],
    w: &[f64],
    a: &[f64],
    b: &[f64],
    s: f64,
    dy: &[f64],
    d: Dims,
    drop: Option<(f32, u32)>,
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let xd = dropout(x, d.m, d.inf, drop);
    let t = round(&matmul(&xd, a, d.m, d.inf, d.r, false, true));
    let g: Vec<f64> = round(&matmul(dy, b, d.m, d.outf, d.r, false, false).iter().map(|v| s * v).collect::<Vec<_>>());
    let base = matmul(dy, w, d.m, d.outf, d.inf, false, false);
    let ga = dropout(&matmul(&g, a, d.m, d.r, d.inf, false, false), d.m, d.inf, drop);
    let dx = base.iter().zip(&ga).map(|(p, q)| p + q).collect();
    let da = matmul(&g, &xd, d.r, d.m, d.inf, true, false);
    let db = matmul(dy, &t, d.outf, d.m, d.r, true, false).iter().map(|v| s * v).collect();
    (dx, da, db)
}

/// Per-row `1/sqrt(mean(x^2) + eps)`.
pub fn rstd(x: &[f64], rows: usize, cols: usize, eps: f64) -> Vec<f64> {
    (0..rows).map(|i| 1.0 / (x[i * cols..(i + 1) * cols].iter().map(|v| v * v).sum::<f64>() / cols as f64 + eps).sqrt()).collect()
}

/// `RMSNorm(x) * (offset + wn)`.
pub fn rmsnorm(x: &[f64], wn: &[f64], offset: f64, rows: usize, cols: usize, eps: f64) -> Vec<f64> {
    let r = rstd(x, rows, cols, eps);
    (0..rows * cols).map(|i| x[i] * r[i / cols] * (offset + wn[i % cols])).collect()
}

/// RMSNorm + LoRA forward: `LoRA(RMSNorm(x) * (offset + wn))`; returns `(y, t)`.
#[allow(clippy::too_many_arguments)]
pub fn rmsnorm_lora_forward(
    x: &[f64],
    wn: &[f64],
    offset: f64,
    eps: f64,
    w: &[f64],
    bias: Option<&[f64]>,
    a: &[f64],
    b: &[f64],
    s: f64,
    d: Dims,
    drop: Option<(f32, u32)>,
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>) {
    let xn = rmsnorm(x, wn, offset, d.m, d.inf, eps);
    forward(&xn, w, bias, a, b, s, d, drop, round)
}

/// RMSNorm + LoRA backward: `(dx, d_wn, dA, dB)`. The normalised input goes through
/// `round` (the kernels' backward materialises it in the inputs' dtype).
#[allow(clippy::too_many_arguments)]
pub fn rmsnorm_lora_backward(
    x: &[f64],
    wn: &[f64],
    offset: f64,
    eps: f64,
    w: &[f64],
    a: &[f64],
    b: &[f64],
    s: f64,
    dy: &[f64],
    d: Dims,
    drop: Option<(f32, u32)>,
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let (m, n) = (d.m, d.inf);
    let xn = round(&rmsnorm(x, wn, offset, m, n, eps));
    let (dxn, da, db) = backward(&xn, w, a, b, s, dy, d, drop, round);
    let r = rstd(x, m, n, eps);
    let mut dx = vec![0.0; m * n];
    let mut dwn = vec![0.0; n];
    for i in 0..m {
        let row = i * n..(i + 1) * n;
        let (xr, gr) = (&x[row.clone()], &dxn[row]);
        let dot: f64 = (0..n).map(|j| gr[j] * (offset + wn[j]) * xr[j]).sum();
        for j in 0..n {
            dx[i * n + j] = r[i] * ((offset + wn[j]) * gr[j] - xr[j] * r[i] * r[i] * dot / n as f64);
            dwn[j] += gr[j] * xr[j] * r[i];
        }
    }
    (dx, dwn, da, db)
}

/// The fused GEMM in f64: `alpha1 op(a1) op(b1) + alpha2 op(a2) op(b2)` `[m, n]`
/// (`k2` 0: no second product).
#[allow(clippy::too_many_arguments)]
pub fn dual_gemm(
    a1: &[f64],
    b1: &[f64],
    (ta1, tb1): (bool, bool),
    a2: &[f64],
    b2: &[f64],
    (ta2, tb2): (bool, bool),
    (m, n, k1, k2): (usize, usize, usize, usize),
    alpha1: f64,
    alpha2: f64,
) -> Vec<f64> {
    let p = matmul(a1, b1, m, k1, n, ta1, tb1);
    if k2 == 0 {
        return p.iter().map(|v| alpha1 * v).collect();
    }
    let q = matmul(a2, b2, m, k2, n, ta2, tb2);
    p.iter().zip(&q).map(|(p, q)| alpha1 * p + alpha2 * q).collect()
}

/// The LoRA SwiGLU MLP: `h = silu(LoRA_gate(x)) * LoRA_up(x)`, `y = LoRA_down(h)`.
/// Each projection is `(W, A, B)`; no biases. Returns `(y, gate, up, h)`, each rounded.
#[allow(clippy::too_many_arguments)]
pub fn mlp_forward(
    x: &[f64],
    gate: (&[f64], &[f64], &[f64]),
    up: (&[f64], &[f64], &[f64]),
    down: (&[f64], &[f64], &[f64]),
    s: f64,
    (m, hidden, inter, r): (usize, usize, usize, usize),
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let di = Dims { m, inf: hidden, outf: inter, r };
    let g = round(&forward(x, gate.0, None, gate.1, gate.2, s, di, None, round).0);
    let u = round(&forward(x, up.0, None, up.1, up.2, s, di, None, round).0);
    let h = round(&g.iter().zip(&u).map(|(g, u)| g / (1.0 + (-g).exp()) * u).collect::<Vec<_>>());
    let dd = Dims { m, inf: inter, outf: hidden, r };
    let y = forward(&h, down.0, None, down.1, down.2, s, dd, None, round).0;
    (y, g, u, h)
}

/// Backward of [`mlp_forward`] from `dy`: `(dx, [dA, dB] of gate, up, down)`.
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
pub fn mlp_backward(
    x: &[f64],
    gate: (&[f64], &[f64], &[f64]),
    up: (&[f64], &[f64], &[f64]),
    down: (&[f64], &[f64], &[f64]),
    s: f64,
    dy: &[f64],
    (m, hidden, inter, r): (usize, usize, usize, usize),
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, [(Vec<f64>, Vec<f64>); 3]) {
    let (_, g, u, h) = mlp_forward(x, gate, up, down, s, (m, hidden, inter, r), round);
    let dd = Dims { m, inf: inter, outf: hidden, r };
    let (dh, da_d, db_d) = backward(&h, down.0, down.1, down.2, s, dy, dd, None, round);
    let dh = round(&dh);
    let sig = |v: f64| 1.0 / (1.0 + (-v).exp());
    let dg: Vec<f64> = round(&(0..m * inter).map(|i| dh[i] * u[i] * sig(g[i]) * (1.0 + g[i] * (1.0 - sig(g[i])))).collect::<Vec<_>>());
    let du: Vec<f64> = round(&(0..m * inter).map(|i| dh[i] * g[i] * sig(g[i])).collect::<Vec<_>>());
    let di = Dims { m, inf: hidden, outf: inter, r };
    let (dx_g, da_g, db_g) = backward(x, gate.0, gate.1, gate.2, s, &dg, di, None, round);
    let (dx_u, da_u, db_u) = backward(x, up.0, up.1, up.2, s, &du, di, None, round);
    let dx = dx_g.iter().zip(&dx_u).map(|(a, b)| a + b).collect();
    (dx, [(da_g, db_g), (da_u, db_u), (da_d, db_d)])
}

/// Multi-adapter forward, row by row: row `i` uses adapter `idx[i]` (A rows
/// `idx*r..`, B columns `idx*r..` of the stacked `a` `[n*r, in]`, `b` `[out, n*r]`), none
/// when the index is outside `0..n`. Returns `(y, t)` with `t` `[m, n*r]`, zero outside
/// each row's block.
#[allow(clippy::too_many_arguments)]
pub fn forward_multi(
    x: &[f64],
    w: &[f64],
    bias: Option<&[f64]>,
    a: &[f64],
    b: &[f64],
    s: f64,
    d: Dims,
    rank: usize,
    idx: &[i64],
    round: &dyn Fn(&[f64]) -> Vec<f64>,
) -> (Vec<f64>, Vec<f64>) {
    let nr = d.r;
    let n = (nr / rank) as i64;
    let mut t = vec![0.0; d.m * nr];
    let mut y = vec![0.0; d.m * d.outf];
    for i in 0..d.m {
        let xi = &x[i * d.inf..(i + 1) * d.inf];
        let sel = (0..n).contains(&idx[i]).then_some(idx[i] as usize);
        if let Some(j) = sel {
            for q in 0..rank {
                let row = &a[(j * rank + q) * d.inf..(j * rank + q + 1) * d.inf];
                t[i * nr + j * rank + q] = xi.iter().zip(row).map(|(p, q)| p * q).sum();
            }
        }
        let ti = round(&t[i * nr..(i + 1) * nr]);
        t[i * nr..(i + 1) * nr].copy_from_slice(&ti);
        for o in 0..d.outf {
            let mut v: f64 = xi.iter().zip(&w[o * d.inf..(o + 1) * d.inf]).map(|(p, q)| p * q).sum();
            v += bias.map_or(0.0, |b| b[o]);
            if let Some(j) = sel {
                v += s * (0..rank).map(|q| ti[j * rank + q] * b[o * nr + j * rank + q]).sum::<f64>();
            }
            y[i * d.outf + o] = v;
        }
    }
    (y, t)
}
