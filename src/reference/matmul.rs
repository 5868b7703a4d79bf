//! Matrix multiply in f64, the naive triple loop.

/// `op(a) op(b)` for row-major `a` (`[m, k]`, or `[k, m]` stored when `trans_a`) and `b`
/// (`[k, n]`, or `[n, k]` when `trans_b`); returns row-major `[m, n]`. Batches: call per
/// matrix.
pub fn matmul(a: &[f64], b: &[f64], m: usize, k: usize, n: usize, trans_a: bool, trans_b: bool) -> Vec<f64> {
    assert_eq!(a.len(), m * k, "a has {} elements, m*k = {}", a.len(), m * k);
    assert_eq!(b.len(), k * n, "b has {} elements, k*n = {}", b.len(), k * n);
    let at = |i: usize, p: usize| if trans_a { a[p * m + i] } else { a[i * k + p] };
    let bt = |p: usize, j: usize| if trans_b { b[j * k + p] } else { b[p * n + j] };
    // op(a) by rows and op(b) by columns, copied once so that every dot product walks
    // both contiguously (a strided walk through a large operand takes minutes of cache
    // misses); each output still sums its terms in order, p ascending.
    let a_rows: Vec<f64> = (0..m * k).map(|x| at(x / k, x % k)).collect();
    let b_cols: Vec<f64> = (0..n * k).map(|x| bt(x % k, x / k)).collect();
    let mut c = vec![0.0; m * n];
    for i in 0..m {
        let ar = &a_rows[i * k..(i + 1) * k];
        for j in 0..n {
            let bc = &b_cols[j * k..(j + 1) * k];
            c[i * n + j] = ar.iter().zip(bc).fold(0.0, |s, (x, y)| s + x * y);
        }
    }
    c
}

/// Scale of the terms each output sums: `sqrt(sum_p (a_ip b_pj)^2)` root-mean-squared over
/// the outputs. Cancellation in a sum of `k` terms leaves an error proportional to this,
/// not to the (possibly small) result, so tolerances are taken at this scale.
pub fn term_scale(a: &[f64], b: &[f64], m: usize, k: usize, n: usize, trans_a: bool, trans_b: bool) -> f64 {
    let sq = |v: &[f64]| v.iter().map(|x| x * x).collect::<Vec<_>>();
    let c = matmul(&sq(a), &sq(b), m, k, n, trans_a, trans_b);
    (c.iter().sum::<f64>() / c.len().max(1) as f64).sqrt()
}
