//! `#[cube]` kernels of the fused cross-entropy: the row kernel (log-sum-exp, loss and
//! gradient in one launch), the target counter that runs before it, the deterministic
//! loss reduction after it, and the column sum that gives a bias gradient.

// clippy's rewrites (ifs collapsed over comptime conditions, compound assignment,
// is_multiple_of) are not CubeCL's DSL: keep the kernel spelling.
#![allow(clippy::collapsible_if, clippy::assign_op_pattern, clippy::manual_is_multiple_of, clippy::similar_names)]

use cubecl::prelude::*;

use crate::kernels::block::{cube_max, cube_row, cube_sum};
use crate::kernels::fast_exp_modes;
use crate::kernels::io::IoElem;

/// `a - b`, except that equal values (equal infinities included) give 0 rather than NaN.
/// A softmax whose largest logits are all +inf (or all -inf) then spreads its mass evenly
/// over them, which is its limit, and no NaN appears.
#[cube]
fn shifted(a: f32, b: f32) -> f32 {
    let mut d = 0.0f32;
    if a != b {
        d = a - b;
    }
    d
}

/// Lane-wise `exp(z - m)` with lanes equal to `m` giving exactly 1 (see [`shifted`]).
/// The compare and select only run for an infinite `m`; a finite `m` needs neither.
#[cube]
fn exp_shifted<N: Size>(z: Vector<f32, N>, m: f32) -> Vector<f32, N> {
    let mv = Vector::<f32, N>::new(m);
    let mut e = Exp::exp(z - mv);
    if m.is_inf() {
        e = select_many(z.equal(mv), Vector::new(1.0f32), Exp::exp(z - mv));
    }
    e
}

/// The logit the loss sees: `softcap * tanh((x + bias) / softcap)`, parts compiled in as
/// configured.
#[cube]
fn logit<I: IoElem, N: Size>(
    x: Vector<I::S, N>,
    bias: &Array<Vector<I::S, N>>,
    c: usize,
    cap: f32,
    #[comptime] has_bias: bool,
    #[comptime] softcap: bool,
) -> Vector<f32, N> {
    let mut z = I::to_f32(x);
    if comptime!(has_bias) {
        z += I::to_f32(bias[c]);
    }
    if comptime!(softcap) {
        // tanh(y) = 1 - 2 / (exp(2y) + 1): exact at both infinities, and it avoids the
        // approximate tanh that fast math would pick on CUDA (2^-11 relative error).
        let cv = Vector::<f32, N>::new(cap);
        let one = Vector::<f32, N>::new(1.0);
        let t = one - Vector::new(2.0f32) / (Exp::exp(Vector::new(2.0f32) * z / cv) + one);
        z = cv * t;
    }
    z
}

/// A row's loss from its softmax statistics (see the module docs): `m` the max, `log_s`
/// the log of the sum of `exp(z - m)`, `zt` the target's logit, and with smoothing the
/// sum of the finite logits and the counts of -inf and +inf ones.
#[cube]
#[allow(clippy::too_many_arguments)]
fn row_loss(
    m: f32,
    log_s: f32,
    zt: f32,
    zsum: f32,
    neg: f32,
    pos: f32,
    vocab_f: f32,
    smoothing: f32,
    z_scale: f32,
    ignored: bool,
    valid: bool,
    neg_inf: f32,
    nan: f32,
    #[comptime] smooth: bool,
    #[comptime] zloss: bool,
) -> f32 {
    let mut l = log_s - shifted(zt, m);
    if comptime!(smooth) {
        // mean over the vocabulary of shifted(z, m); -inf as soon as one logit sits
        // infinitely below the max.
        let mut mean_s = zsum / vocab_f - m;
        if m.is_inf() {
            mean_s = 0.0;
            if m > 0.0 && pos < vocab_f {
                mean_s = neg_inf;
            }
        } else if neg > 0.0 {
            mean_s = neg_inf;
        }
        l = (1.0 - smoothing) * l + smoothing * (log_s - mean_s);
    }
    if comptime!(zloss) {
        let lse = m + log_s;
        l += z_scale * lse * lse;
    }
    if ignored {
        l = 0.0;
    } else if !valid {
        l = nan;
    }
    l
}

/// One cube per row (rows strided over the launched cubes). Per row:
/// 1. (forward) one pass over the vocabulary:
///    each unit keeps a running max and a running sum of `exp(z - max)` over its vectors,
///    rescaling only when a vector raises its max; the cube then combines them
///    (max, then sum of the rescaled partials). The target's logit and, with label
///    smoothing, the sum of finite logits and the infinity counts come from the same pass.
/// 2. (with `write_grad`) a second pass writing
///    `(p * (1 + 2 z_loss lse) - eps/V - (1-eps) onehot) * softcap' * scale`
///    into `grad`, or over the logits themselves (`in_place`); the row was just read by
///    the same cube, so it comes from L2 rather than memory.
/// Ignored rows (target == ignore_index) give loss 0 and gradient 0; a target outside
/// `[0, vocab)` gives NaN in both, so an unchecked bad target is visible, not silent.
/// `vocab` is in elements, `lanes` the vector width; rows are `vocab / lanes` vectors.
/// `neg_inf` and `nan` come as arguments: CubeCL 0.10's C++ dialects print non-finite
/// constants in a form nvcc rejects.
#[cube(launch_unchecked, address_type = "dynamic", fast_math = fast_exp_modes(fast))]
#[allow(clippy::too_many_arguments, unused_variables)]
pub fn cross_entropy<I: IoElem, N: Size>(
    logits: &mut Array<Vector<I::S, N>>,
    bias: &Array<Vector<I::S, N>>,
    targets: &Array<i32>,
    grad: &mut Array<Vector<I::S, N>>,
    loss: &mut Array<f32>,
    lse: &mut Array<f32>,
    stats: &mut Array<f32>,
    acc: &mut Array<f32>,
    dloss: &Array<f32>,
    count: &Array<f32>,
    rows: u32,
    vocab: u32,
    col0: u32,
    total_vocab: u32,
    lanes: u32,
    ignore_index: i32,
    smoothing: f32,
    z_scale: f32,
    cap: f32,
    grad_scale: f32,
    neg_inf: f32,
    nan: f32,
    #[comptime] compute_lse: bool,
    #[comptime] write_grad: bool,
    #[comptime] in_place: bool,
    #[comptime] smooth: bool,
    #[comptime] zloss: bool,
    #[comptime] softcap: bool,
    #[comptime] has_bias: bool,
    #[comptime] dloss_per_row: bool,
    #[comptime] mean: bool,
    #[comptime] merge: bool,
    #[comptime] fast: bool,
) {
    let h = (vocab / lanes) as usize;
    let vocab_f = f32::cast_from(total_vocab);
    let bias0 = (col0 / lanes) as usize;
    let stride = CUBE_COUNT as usize;
    let mut row = cube_row();
    while row < rows as usize {
        let t = targets[row];
        let ignored = t == ignore_index;
        let valid = !ignored && t >= 0 && t < total_vocab as i32;
        // The target's vector in this block of columns, or h (none) when it lies outside.
        let mut tu = 0u32;
        let mut tv = h;
        if valid {
            tu = u32::cast_from(t);
            if tu >= col0 && tu < col0 + vocab {
                tu -= col0;
                tv = (tu / lanes) as usize;
            }
        }
        let tl = tu % lanes;
        let base = row * h;

        // The row's softmax is exp(shifted(z, m_row)) / s_row. The backward gets
        // (m_row, ln s_row) from the forward rather than lse = m_row + ln s_row: one f32
        // lse near 1e4 is off by up to 5e-4, which exp() turns into a 5e-4 relative error
        // in every probability.
        let mut m_row = 0.0f32;
        let mut s_row = 1.0f32;
        if comptime!(!compute_lse) {
            m_row = stats[2 * row];
            s_row = Exp::exp(stats[2 * row + 1]);
        }
        let mut zt_row = 0.0f32;
        let mut zsum_row = 0.0f32;
        let mut neg_inf_row = 0.0f32;
        let mut pos_inf_row = 0.0f32;
        if comptime!(compute_lse) {
            let mut m = neg_inf;
            let mut s = 0.0f32;
            let mut zt = 0.0f32;
            let mut zsum = Vector::<f32, N>::new(0.0);
            let mut neg = Vector::<f32, N>::new(0.0);
            let mut pos = Vector::<f32, N>::new(0.0);
            let mut c = UNIT_POS as usize;
            while c < h {
                let z = logit::<I, N>(logits[base + c], bias, bias0 + c, cap, has_bias, softcap);
                let mut vm = neg_inf;
                #[unroll]
                for j in 0..z.vector_size() {
                    if z[j] > vm {
                        vm = z[j];
                    }
                }
                if vm > m {
                    // Strictly greater, so never inf - inf.
                    s *= Exp::exp(m - vm);
                    m = vm;
                }
                s += f32::cast_from(exp_shifted::<N>(z, m).vector_sum());
                if c == tv {
                    #[unroll]
                    for j in 0..z.vector_size() {
                        if tl == comptime!(j as u32) {
                            zt = z[j];
                        }
                    }
                }
                if comptime!(smooth) {
                    let inf = z.is_inf();
                    zsum += select_many(inf, Vector::new(0.0f32), z);
                    neg += select_many(z.equal(Vector::new(neg_inf)), Vector::new(1.0f32), Vector::new(0.0f32));
                    pos += select_many(inf, Vector::new(1.0f32), Vector::new(0.0f32));
                }
                c += CUBE_DIM as usize;
            }
            let mm = cube_max(m);
            s_row = cube_sum(s * Exp::exp(shifted(m, mm)));
            m_row = mm;
            zt_row = cube_sum(zt);
            if comptime!(smooth) {
                zsum_row = cube_sum(f32::cast_from(zsum.vector_sum()));
                neg_inf_row = cube_sum(f32::cast_from(neg.vector_sum()));
                pos_inf_row = cube_sum(f32::cast_from(pos.vector_sum())) - neg_inf_row;
            }
        }
        if comptime!(compute_lse) {
            if UNIT_POS == 0 {
                let mut m = m_row;
                let mut sm = s_row;
                let (mut zt, mut zs, mut ng, mut ps) = (zt_row, zsum_row, neg_inf_row, pos_inf_row);
                if comptime!(merge) {
                    // A later block of columns (fused linear cross-entropy): fold in the
                    // running statistics of the earlier ones. Each block's pass leaves the
                    // loss of the columns so far; the last block's is the row's.
                    let mp = stats[2 * row];
                    let sp = Exp::exp(stats[2 * row + 1]);
                    let mut mm = mp;
                    if m > mp {
                        mm = m;
                    }
                    sm = sp * Exp::exp(shifted(mp, mm)) + sm * Exp::exp(shifted(m, mm));
                    m = mm;
                    zt += acc[4 * row];
                    zs += acc[4 * row + 1];
                    ng += acc[4 * row + 2];
                    ps += acc[4 * row + 3];
                    acc[4 * row] = zt;
                    acc[4 * row + 1] = zs;
                    acc[4 * row + 2] = ng;
                    acc[4 * row + 3] = ps;
                }
                let log_s = Log::ln(sm);
                stats[2 * row] = m;
                stats[2 * row + 1] = log_s;
                lse[row] = m + log_s;
                loss[row] = row_loss(m, log_s, zt, zs, ng, ps, vocab_f, smoothing, z_scale, ignored, valid, neg_inf, nan, smooth, zloss);
            }
        }

        if comptime!(write_grad) {
            let lse_row = m_row + Log::ln(s_row);
            let mut scale = grad_scale;
            if comptime!(dloss_per_row) {
                scale *= dloss[row];
            } else {
                scale *= dloss[0];
            }
            if comptime!(mean) {
                let n = count[0];
                if n > 0.0 {
                    scale = scale / n;
                }
            }
            if !valid && !ignored {
                scale = nan;
            }
            let inv_s = 1.0f32 / s_row;
            let mut pf = inv_s;
            if comptime!(zloss) {
                pf = inv_s * (1.0 + 2.0 * z_scale * lse_row);
            }
            let off = smoothing / vocab_f;
            let hit = 1.0f32 - smoothing;
            let mut c = UNIT_POS as usize;
            while c < h {
                let x = logits[base + c];
                let z = logit::<I, N>(x, bias, bias0 + c, cap, has_bias, softcap);
                let e = exp_shifted::<N>(z, m_row);
                let mut g = e * Vector::new(pf);
                if comptime!(zloss) {
                    // p == 0 stays 0 even when lse is infinite.
                    g = select_many(e.equal(Vector::new(0.0f32)), Vector::new(0.0f32), g);
                }
                if comptime!(smooth) {
                    g -= Vector::new(off);
                }
                if c == tv {
                    #[unroll]
                    for j in 0..z.vector_size() {
                        if tl == comptime!(j as u32) {
                            g[j] = g[j] - hit;
                        }
                    }
                }
                if comptime!(softcap) {
                    let r = z / Vector::new(cap);
                    g *= Vector::new(1.0f32) - r * r;
                }
                g *= Vector::new(scale);
                if ignored {
                    g = Vector::new(0.0f32);
                }
                if comptime!(in_place) {
                    logits[base + c] = I::from_f32(g);
                } else {
                    grad[base + c] = I::from_f32(g);
                }
                c += CUBE_DIM as usize;
            }
        }
        row += stride;
    }
}

/// Counts the targets that take part (`count[0]`, for the mean) and those outside
/// `[0, vocab)` that are not `ignore_index` (`count[1]`). One cube; f32 counts are exact
/// below 2^24 rows, which the launcher enforces.
#[cube(launch_unchecked)]
pub fn ce_count(targets: &Array<i32>, count: &mut Array<f32>, rows: u32, vocab: u32, ignore_index: i32) {
    let mut valid = 0.0f32;
    let mut bad = 0.0f32;
    let mut i = UNIT_POS;
    while i < rows {
        let t = targets[i as usize];
        if t != ignore_index {
            if t >= 0 && t < vocab as i32 {
                valid += 1.0;
            } else {
                bad += 1.0;
            }
        }
        i += CUBE_DIM;
    }
    let v = cube_sum(valid);
    let b = cube_sum(bad);
    if UNIT_POS == 0 {
        count[0] = v;
        count[1] = b;
    }
}

/// Sum (or mean over `count[0]`, 0 when nothing counts) of the per-row losses. One cube,
/// fixed order: deterministic.
#[cube(launch_unchecked)]
pub fn ce_reduce(loss: &Array<f32>, count: &Array<f32>, out: &mut Array<f32>, rows: u32, #[comptime] mean: bool) {
    let mut acc = 0.0f32;
    let mut i = UNIT_POS;
    while i < rows {
        acc += loss[i as usize];
        i += CUBE_DIM;
    }
    let mut total = cube_sum(acc);
    if comptime!(mean) {
        let n = count[0];
        if n > 0.0 {
            total = total / n;
        } else {
            total = 0.0;
        }
    }
    if UNIT_POS == 0 {
        out[0] = total;
    }
}

/// `acc[col0 + c] += sum over rows of g[r, c]` (f32, `col0` and `cols` in vectors), each
/// unit owning columns and walking rows in order: deterministic, no atomics. Gives the
/// bias gradient of the fused linear cross-entropy, one block of columns (or chunk of
/// rows, added in order) at a time.
#[cube(launch_unchecked)]
pub fn column_sum<I: IoElem, N: Size>(g: &Array<Vector<I::S, N>>, acc: &mut Array<Vector<f32, N>>, rows: u32, cols: u32, col0: u32) {
    let c = ABSOLUTE_POS;
    if c < cols as usize {
        let mut s = Vector::<f32, N>::new(0.0);
        for r in 0..rows as usize {
            s += I::to_f32(g[r * cols as usize + c]);
        }
        acc[col0 as usize + c] += s;
    }
}
