//! Varlen (packed sequences given by cumulative offsets): forward and backward against
//! the reference run sequence by sequence.

use super::*;

/// Varlen forward and backward against the reference run sequence by sequence.
#[allow(clippy::too_many_arguments)]
pub(super) fn run_varlen(ctx: &MetalContext, rng: &mut Rng, base: &Case, cu_q: &[u32], cu_k: &[u32], backward: bool) {
    let what = format!("varlen q {cu_q:?} k {cu_k:?} {base:?}");
    let (dt, h, hk, d) = (base.dtype, base.h, base.hk, base.d);
    let (nq, nk) = (*cu_q.last().unwrap() as usize, *cu_k.last().unwrap() as usize);
    let p = base.params();
    let op = base.op(ctx);
    let seqs = VarLen::new(ctx, cu_q, cu_k).unwrap();
    let (q, qh) = input(ctx, rng, dt, &[nq, h, d], base.q_std);
    let (k, kh) = input(ctx, rng, dt, &[nk, hk, d], 1.0);
    let (v, vh) = input(ctx, rng, dt, &[nk, hk, d], 1.0);
    let (d_out, doh) = input(ctx, rng, dt, &[nq, h, d], 1.0);
    let out = poisoned(ctx, dt, &[nq, h, d]).unwrap();
    let lse = poisoned(ctx, DType::F32, &[h, nq]).unwrap();
    op.forward_varlen_into(&q, &k, &v, &seqs, &out, &lse).unwrap();

    // Expected, one reference call per sequence (batch 1), scattered into the packed layout.
    let (qrow, krow) = (h * d, hk * d);
    let mut want = [vec![0.0; nq * qrow], vec![0.0; h * nq], vec![0.0; nq * qrow], vec![0.0; nk * krow], vec![0.0; nk * krow]];
    let mut plain = want.clone();
    for s in 0..cu_q.len() - 1 {
        let (q0, q1, k0, k1) = (cu_q[s] as usize, cu_q[s + 1] as usize, cu_k[s] as usize, cu_k[s + 1] as usize);
        let (tq, tk) = (q1 - q0, k1 - k0);
        let (qs, ks, vs, dos) = (&qh[q0 * qrow..q1 * qrow], &kh[k0 * krow..k1 * krow], &vh[k0 * krow..k1 * krow], &doh[q0 * qrow..q1 * qrow]);
        let results = [
            (&mut want, reference::forward(qs, ks, vs, 1, tq, tk, &p, None), reference::backward(qs, ks, vs, dos, 1, tq, tk, &p, None)),
            (&mut plain, naive::forward(dt, qs, ks, vs, 1, tq, tk, &p, None), naive::backward(dt, qs, ks, vs, dos, 1, tq, tk, &p, None)),
        ];
        for (dst, (o, l), (gq, gk, gv)) in results {
            dst[0][q0 * qrow..q1 * qrow].copy_from_slice(&o);
            for hh in 0..h {
                dst[1][hh * nq + q0..hh * nq + q1].copy_from_slice(&l[hh * tq..(hh + 1) * tq]);
            }
            dst[2][q0 * qrow..q1 * qrow].copy_from_slice(&gq);
            dst[3][k0 * krow..k1 * krow].copy_from_slice(&gk);
            dst[4][k0 * krow..k1 * krow].copy_from_slice(&gv);
        }
    }
    let (got_o, got_l) = (download(&out).unwrap(), download(&lse).unwrap());
    check_attn(&format!("{what} out"), &got_o, &want[0], || plain[0].clone(), reduction_tolerance(dt, &want[0]));
    check_attn(&format!("{what} lse"), &got_l, &want[1], || plain[1].clone(), lse_tolerance(&want[1]));
    // Packed [total, H, D] is [1, total, H, D]; the lse [H, total] is [1, H, total].
    check_unseen_rows_zero(&format!("{what} out"), &got_o, &want[1], 1, nq, h, d);
    if !backward {
        return;
    }
    let g = AttentionGrads {
        dq: poisoned(ctx, dt, &[nq, h, d]).unwrap(),
        dk: poisoned(ctx, dt, &[nk, hk, d]).unwrap(),
        dv: poisoned(ctx, dt, &[nk, hk, d]).unwrap(),
    };
    op.backward_varlen_into(&q, &k, &v, &out, &d_out, &lse, &seqs, &g).unwrap();
    for (i, (name, t)) in [("dq", &g.dq), ("dk", &g.dk), ("dv", &g.dv)].into_iter().enumerate() {
        let got = download(t).unwrap();
        check_attn(&format!("{what} {name}"), &got, &want[2 + i], || plain[2 + i].clone(), reduction_tolerance(dt, &want[2 + i]));
    }
    check_unseen_rows_zero(&format!("{what} dq"), &download(&g.dq).unwrap(), &want[1], 1, nq, h, d);
}

#[test]
fn varlen_batches() {
    on_every_runtime("attention varlen", |ctx, rng| {
        // Sequences (q, k): (5, 7), (0, 2) no queries, (1, 1), (0, 0) empty, (24, 30),
        // (3, 0) no keys (out 0, lse -inf), (1, 19).
        let cu_q = [0, 5, 5, 6, 6, 30, 33, 34];
        let cu_k = [0, 7, 9, 10, 10, 40, 40, 59];
        for c in [
            BASE,
            Case { causal: true, ..BASE },
            Case { h: 4, hk: 1, left: Some(6), right: Some(2), ..BASE },
            Case { softcap: Some(2.0), q_std: 3.0, d: 32, ..BASE },
            Case { dtype: DType::BF16, h: 4, hk: 2, causal: true, ..BASE },
        ] {
            run_varlen(ctx, rng, &c, &cu_q, &cu_k, true);
        }
        // Decode over a packed batch with forced splits (the combine pass's varlen layout).
        let split = Case { h: 4, hk: 1, splits: Some(4), ..BASE };
        run_varlen(ctx, rng, &split, &[0, 1, 3, 3, 4], &[0, 100, 170, 180, 181], false);
    });
}
