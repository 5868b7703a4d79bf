//! `#[cube]` kernels of the fused cross-entropy: the row kernel (log-sum-exp, loss and
//! gradient in one launch), the target counter that runs before it, the deterministic
//! loss reduction after it, and the column sum that gives a bias gradient.

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
    dloss: &Array<f32>,
    count: &Array<f32>,
    rows: u32,
    vocab: u32,
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
    #[comptime] fast: bool,
) {
    let h = (vocab / lanes) as usize;
    let vocab_f = f32::cast_from(vocab);
    let stride = CUBE_COUNT as usize;
    let mut row = cube_row();
    while row < rows as usize {
        let t = targets[row];
        let ignored = t == ignore_index;
        let valid = !ignored && t >= 0 && t < vocab as i32;
        let mut tu = 0u32;
        if valid {
            tu = u32::cast_from(t);
        }
        let tv = (tu / lanes) as usize;
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
                let z = logit::<I, N>(logits[base + c], bias, c, cap, has_bias, softcap);
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
        let log_s = Log::ln(s_row);
        let lse_row = m_row + log_s;

        if comptime!(compute_lse) {
            let mut l = log_s - shifted(zt_row, m_row);
            if comptime!(smooth) {
                // mean over the vocabulary of shifted(z, m_row); -inf as soon as one
                // logit sits infinitely below the max.
                let mut mean_s = zsum_row / vocab_f - m_row;
                if m_row.is_inf() {
                    mean_s = 0.0;
                    if m_row > 0.0 && pos_inf_row < vocab_f {
                        mean_s = neg_inf;
                    }
                } else if neg_inf_row > 0.0 {
                    mean_s = neg_inf;
                }
                l = (1.0 - smoothing) * l + smoothing * (log_s - mean_s);
            }
            if comptime!(zloss) {
                l += z_scale * lse_row * lse_row;
            }
            if ignored {
                l = 0.0;
            } else if !valid {
                l = nan;
            }
            if UNIT_POS == 0 {
                loss[row] = l;
                lse[row] = lse_row;
                stats[2 * row] = m_row;
                stats[2 * row + 1] = log_s;
            }
        }

        if comptime!(write_grad) {
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
                let z = logit::<I, N>(x, bias, c, cap, has_bias, softcap);
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

/// `acc[c] += sum over rows of g[r, c]` (f32), each unit owning columns and walking rows
/// in order: deterministic, no atomics. Gives the bias gradient of the fused linear
/// cross-entropy, chunk by chunk.
#[cube(launch_unchecked)]
pub fn column_sum<I: IoElem, N: Size>(g: &Array<Vector<I::S, N>>, acc: &mut Array<Vector<f32, N>>, rows: u32, cols: u32) {
    let c = ABSOLUTE_POS;
    if c < cols as usize {
        let mut s = acc[c];
        for r in 0..rows as usize {
            s += I::to_f32(g[r * cols as usize + c]);
        }
        acc[c] = s;
    }
}
