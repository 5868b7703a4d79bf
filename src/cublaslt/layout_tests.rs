//! The row-major → column-major mapping checked without a GPU: a host emulator of
//! cuBLASLt's contract (`D = op(A) op(B) + beta C`, column-major layouts with leading
//! dimensions and strided batches, and the shape checks cuBLASLt makes) runs each
//! [`LtProblem`] on host matrices, and the result must equal the f64 reference matmul
//! of the same row-major data. Small integer entries make both sums exact.

use super::*;
use crate::reference;

/// Element `(i, j)` of batch `bi` of a column-major layout.
fn at(d: &MatDesc, buf: &[f64], bi: i64, i: u64, j: u64) -> f64 {
    buf[(bi * d.batch_stride + i as i64 + j as i64 * d.ld) as usize]
}

/// cuBLASLt's `D = alpha op(A) op(B) + beta C` (alpha 1, beta 0 or 1, C = D) on host
/// data; `lt_a`, `lt_b` and `cd` start at each matrix's first element. Panics where
/// cuBLASLt would refuse the layouts.
fn emulate(p: &LtProblem, lt_a: &[f64], lt_b: &[f64], cd: &mut [f64]) {
    let (am, ak) = if p.trans_a == Op::N { (p.a.rows, p.a.cols) } else { (p.a.cols, p.a.rows) };
    let (bk, bn) = if p.trans_b == Op::N { (p.b.rows, p.b.cols) } else { (p.b.cols, p.b.rows) };
    assert_eq!((am, ak, bk, bn), (p.m, p.k, p.k, p.n), "op(A) is [m, k], op(B) is [k, n]");
    assert_eq!((p.cd.rows, p.cd.cols), (p.m, p.n), "C / D are [m, n]");
    for d in [&p.a, &p.b, &p.cd] {
        assert!(d.ld >= d.rows as i64, "ld {} < rows {}", d.ld, d.rows);
        assert_eq!(d.batch, p.cd.batch, "one batch count");
    }
    for bi in 0..p.cd.batch as i64 {
        for i in 0..p.m {
            for j in 0..p.n {
                let mut s = 0.0;
                for q in 0..p.k {
                    let x = if p.trans_a == Op::N { at(&p.a, lt_a, bi, i, q) } else { at(&p.a, lt_a, bi, q, i) };
                    let y = if p.trans_b == Op::N { at(&p.b, lt_b, bi, q, j) } else { at(&p.b, lt_b, bi, j, q) };
                    s += x * y;
                }
                let idx = (bi * p.cd.batch_stride + i as i64 + j as i64 * p.cd.ld) as usize;
                cd[idx] = s + if p.accumulate { cd[idx] } else { 0.0 };
            }
        }
    }
}

/// Deterministic small integers in -3..=3.
fn ints(n: usize, seed: u64) -> Vec<f64> {
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((x >> 33) % 7) as f64 - 3.0
        })
        .collect()
}

fn desc<'a>(dtype: DType, shape: &'a [usize], strides: &'a [usize], offset_bytes: u64) -> OperandDesc<'a> {
    OperandDesc { dtype, shape, strides, offset_bytes }
}

/// Whole (possibly batched) operands: the emulated cuBLASLt call equals the reference.
fn check_whole(batch: &[usize], (m, k, n): (usize, usize, usize), ta: bool, tb: bool, accumulate: bool) {
    let nb: usize = batch.iter().product();
    let (ar, ac) = if ta { (k, m) } else { (m, k) };
    let (br, bc) = if tb { (n, k) } else { (k, n) };
    let (a, b) = (ints(nb * ar * ac, 1), ints(nb * br * bc, 2));
    let c0 = ints(nb * m * n, 3);
    let (sha, sta) = operand_layout(batch, ar, ac, ta);
    let (shb, stb) = operand_layout(batch, br, bc, tb);
    let (shc, stc) = operand_layout(batch, m, n, false);
    let p = LtProblem::from_operands(
        &desc(DType::F32, &sha, &sta, 0),
        &desc(DType::F32, &shb, &stb, 0),
        &desc(DType::F32, &shc, &stc, 0),
        accumulate,
        false,
    )
    .unwrap();
    // A single row or column reads the same either way, so its op is free.
    let op = |t: bool| if t { Op::T } else { Op::N };
    if k > 1 && n > 1 {
        assert_eq!(p.trans_a, op(tb), "cuBLASLt's A is pmetal's B");
    }
    if m > 1 && k > 1 {
        assert_eq!(p.trans_b, op(ta), "cuBLASLt's B is pmetal's A");
    }
    assert_eq!((p.m, p.n, p.k), (n as u64, m as u64, k as u64));
    let mut c = c0.clone();
    emulate(&p, &b, &a, &mut c);
    for bi in 0..nb {
        let want = reference::matmul::matmul(&a[bi * ar * ac..][..ar * ac], &b[bi * br * bc..][..br * bc], m, k, n, ta, tb);
        for (e, w) in want.iter().enumerate() {
            let base = if accumulate { c0[bi * m * n + e] } else { 0.0 };
            assert_eq!(c[bi * m * n + e], w + base, "batch {batch:?} ({m},{k},{n}) ta {ta} tb {tb} acc {accumulate}: element {bi}/{e}");
        }
    }
}

#[test]
fn every_transpose_pair_and_accumulate() {
    for (ta, tb) in [(false, false), (false, true), (true, false), (true, true)] {
        for accumulate in [false, true] {
            check_whole(&[], (3, 5, 4), ta, tb, accumulate);
            check_whole(&[], (1, 7, 6), ta, tb, accumulate);
            check_whole(&[], (5, 1, 1), ta, tb, accumulate);
            check_whole(&[], (6, 2, 1), ta, tb, accumulate);
        }
    }
}

#[test]
fn batched_one_and_several_batch_dims() {
    for (ta, tb) in [(false, false), (false, true), (true, false), (true, true)] {
        check_whole(&[3], (4, 3, 5), ta, tb, false);
        check_whole(&[2, 3], (2, 5, 3), ta, tb, true);
        check_whole(&[1, 2, 1], (3, 3, 2), ta, tb, false);
    }
}

/// Row views (a row range of a 2-D tensor, at a byte offset) of A, B and C.
#[test]
fn row_views() {
    let (m, k, n) = (3, 4, 5);
    for (ta, tb) in [(false, false), (false, true), (true, false), (true, true)] {
        for accumulate in [false, true] {
            // Each operand is rows r0.. of a taller stored tensor.
            let (ar, ac) = if ta { (k, m) } else { (m, k) };
            let (br, bc) = if tb { (n, k) } else { (k, n) };
            let (ra, rb, rc) = (2, 1, 4);
            let (a, b) = (ints((ar + ra + 3) * ac, 4), ints((br + rb + 2) * bc, 5));
            let c0 = ints((m + rc + 1) * n, 6);
            let (sha, sta) = operand_layout(&[], ar, ac, ta);
            let (shb, stb) = operand_layout(&[], br, bc, tb);
            let (shc, stc) = operand_layout(&[], m, n, false);
            let p = LtProblem::from_operands(
                &desc(DType::F32, &sha, &sta, (ra * ac * 4) as u64),
                &desc(DType::F32, &shb, &stb, (rb * bc * 4) as u64),
                &desc(DType::F32, &shc, &stc, (rc * n * 4) as u64),
                accumulate,
                false,
            )
            .unwrap();
            let mut c = c0.clone();
            emulate(&p, &b[rb * bc..], &a[ra * ac..], &mut c[rc * n..]);
            let want = reference::matmul::matmul(&a[ra * ac..][..ar * ac], &b[rb * bc..][..br * bc], m, k, n, ta, tb);
            for (e, &x) in c.iter().enumerate() {
                let inside = (rc * n..(rc + m) * n).contains(&e);
                let expect = if !inside { c0[e] } else { want[e - rc * n] + if accumulate { c0[e] } else { 0.0 } };
                assert_eq!(x, expect, "ta {ta} tb {tb} acc {accumulate}: element {e} (inside the view: {inside})");
            }
            // cuBLASLt's A is pmetal's B and its B pmetal's A; C = D.
            let off = |rows: usize, cols: usize| alignment((rows * cols * 4) as u64, 0);
            assert_eq!(p.align, [off(rb, bc), off(ra, ac), off(rc, n), off(rc, n)], "ta {ta} tb {tb}");
            assert!(p.align.iter().all(|&x| x < MAX_ALIGN), "every view here is offset");
        }
    }
}

#[test]
fn dtypes_and_compute() {
    let (sh, st) = operand_layout(&[], 2, 2, false);
    let op = |d| desc(d, &sh, &st, 0);
    for (i, o, tf32) in [(DType::F32, DType::F32, true), (DType::F16, DType::F16, false), (DType::BF16, DType::F32, false), (DType::F16, DType::F32, false)] {
        let p = LtProblem::from_operands(&op(i), &op(i), &op(o), false, true).unwrap();
        assert_eq!((p.a.dtype, p.b.dtype, p.cd.dtype), (LtDType::of(i).unwrap(), LtDType::of(i).unwrap(), LtDType::of(o).unwrap()));
        assert_eq!(p.tf32, tf32, "tf32 only for f32 inputs, only when allowed");
    }
    let exact = LtProblem::from_operands(&op(DType::F32), &op(DType::F32), &op(DType::F32), false, false).unwrap();
    assert!(!exact.tf32, "f32 is exact unless allow_tf32");
    assert!(LtProblem::from_operands(&op(DType::BF16), &op(DType::BF16), &op(DType::F16), false, false).is_err());
    assert!(LtProblem::from_operands(&op(DType::F32), &op(DType::F16), &op(DType::F32), false, false).is_err());
}

#[test]
fn alignment_of_offsets_and_batch_strides() {
    assert_eq!(alignment(0, 0), 256);
    assert_eq!(alignment(16, 0), 16);
    assert_eq!(alignment(48, 0), 16);
    assert_eq!(alignment(512, 0), 256);
    assert_eq!(alignment(0, 6), 2);
    assert_eq!(alignment(0, 12), 4);
    assert_eq!(alignment(1024, 2048), 256);
    assert_eq!(alignment(2, 4096), 2);
    // A batch of [1, 3] f16 rows: each matrix starts 6 bytes after the last.
    let (sh, st) = operand_layout(&[4], 1, 3, false);
    let (shb, stb) = operand_layout(&[4], 3, 1, false);
    let (shc, stc) = operand_layout(&[4], 1, 1, false);
    let p = LtProblem::from_operands(&desc(DType::F16, &sh, &st, 0), &desc(DType::F16, &shb, &stb, 0), &desc(DType::F16, &shc, &stc, 0), false, false).unwrap();
    assert_eq!(p.align, [2, 2, 2, 2]);
}

#[test]
fn limits_and_layouts_refused() {
    let big = i32::MAX as usize + 1;
    // op(a) [big, 1] · [1, 1]: m past cuBLASLt's int.
    let (sha, sta) = operand_layout(&[], big, 1, false);
    let (shb, stb) = operand_layout(&[], 1, 1, false);
    let (shc, stc) = operand_layout(&[], big, 1, false);
    let e = LtProblem::from_operands(&desc(DType::F32, &sha, &sta, 0), &desc(DType::F32, &shb, &stb, 0), &desc(DType::F32, &shc, &stc, 0), false, false).unwrap_err();
    assert!(e.contains("limit"), "{e}");
    // A batch count past it.
    let (sha, sta) = operand_layout(&[big], 1, 1, false);
    let e = LtProblem::from_operands(&desc(DType::F32, &sha, &sta, 0), &desc(DType::F32, &sha, &sta, 0), &desc(DType::F32, &sha, &sta, 0), false, false).unwrap_err();
    assert!(e.contains("limit"), "{e}");
    // Strides that are neither row- nor column-major, batches that do not collapse, an
    // empty problem.
    let (sh, st) = operand_layout(&[], 2, 2, false);
    let ok = desc(DType::F32, &sh, &st, 0);
    let strided = [2usize, 3];
    let e = LtProblem::from_operands(&desc(DType::F32, &sh, &strided, 0), &ok, &ok, false, false).unwrap_err();
    assert!(e.contains("neither"), "{e}");
    let (shb, _) = operand_layout(&[2, 2], 2, 2, false);
    let odd = [5usize, 4, 2, 1];
    let e = LtProblem::from_operands(&desc(DType::F32, &shb, &odd, 0), &desc(DType::F32, &shb, &odd, 0), &desc(DType::F32, &shb, &odd, 0), false, false).unwrap_err();
    assert!(e.contains("strided batch"), "{e}");
    // Output batches that overlap (stride 2 < 4 elements per matrix).
    let (shb2, stb2) = operand_layout(&[3], 2, 2, false);
    let overlapping = [2usize, 2, 1];
    let e = LtProblem::from_operands(&desc(DType::F32, &shb2, &stb2, 0), &desc(DType::F32, &shb2, &stb2, 0), &desc(DType::F32, &shb2, &overlapping, 0), false, false).unwrap_err();
    assert!(e.contains("overlap"), "{e}");
    let empty = [0usize, 2];
    assert!(LtProblem::from_operands(&desc(DType::F32, &empty, &st, 0), &ok, &desc(DType::F32, &empty, &st, 0), false, false).is_err());
    // A transposed output.
    let (sht, stt) = operand_layout(&[], 2, 2, true);
    let e = LtProblem::from_operands(&ok, &ok, &desc(DType::F32, &sht, &stt, 0), false, false).unwrap_err();
    assert!(e.contains("row-major"), "{e}");
}

#[test]
fn problems_differ_as_keys() {
    use std::collections::HashSet;
    let (sh, st) = operand_layout(&[], 4, 4, false);
    let (sht, stt) = operand_layout(&[], 4, 4, true);
    let op = |s: &'static str| match s {
        "t" => desc(DType::F32, &sht, &stt, 0),
        "o" => desc(DType::F32, &sh, &st, 16),
        _ => desc(DType::F32, &sh, &st, 0),
    };
    let mut keys: HashSet<PlanKey> = HashSet::new();
    for (a, acc, tf32) in [("n", false, false), ("t", false, false), ("o", false, false), ("n", true, false), ("n", false, true)] {
        let p = LtProblem::from_operands(&op(a), &op("n"), &op("n"), acc, tf32).unwrap();
        assert!(keys.insert(p), "{a} {acc} {tf32} collides");
    }
}
