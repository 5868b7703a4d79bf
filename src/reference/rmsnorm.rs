//! RMSNorm in f64, straight from the definition.

/// Forward over rows of `hidden`: returns (y, rstd per row).
pub fn forward(x: &[f64], w: &[f64], hidden: usize, eps: f64, offset: f64) -> (Vec<f64>, Vec<f64>) {
    let mut y = Vec::with_capacity(x.len());
    let mut rstd = Vec::with_capacity(x.len() / hidden);
    for row in x.chunks(hidden) {
        let ms = row.iter().map(|v| v * v).sum::<f64>() / hidden as f64;
        let r = 1.0 / (ms + eps).sqrt();
        y.extend(row.iter().zip(w).map(|(v, g)| v * r * (offset + g)));
        rstd.push(r);
    }
    (y, rstd)
}

/// Backward: (dx, dw). With g = offset + w and r = rstd of the row,
/// y_i = x_i r g_i, dr/dx_j = -r^3 x_j / n, so
/// dx_j = r g_j dy_j - r^3 x_j / n * sum_i dy_i g_i x_i, and dw_i = sum over rows of dy_i x_i r.
pub fn backward(x: &[f64], w: &[f64], dy: &[f64], hidden: usize, eps: f64, offset: f64) -> (Vec<f64>, Vec<f64>) {
    let (_, rstd) = forward(x, w, hidden, eps, offset);
    let mut dx = Vec::with_capacity(x.len());
    let mut dw = vec![0.0; hidden];
    for ((xr, dyr), r) in x.chunks(hidden).zip(dy.chunks(hidden)).zip(rstd) {
        let dot: f64 = (0..hidden).map(|i| dyr[i] * (offset + w[i]) * xr[i]).sum();
        for j in 0..hidden {
            dx.push(r * (offset + w[j]) * dyr[j] - r * r * r * xr[j] / hidden as f64 * dot);
            dw[j] += dyr[j] * xr[j] * r;
        }
    }
    (dx, dw)
}
