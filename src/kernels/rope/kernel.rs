//! `#[cube]` kernel of rotary position embedding: q and k rotated in one launch.

use cubecl::prelude::*;

use crate::kernels::io::IoElem;

const INV_TWO_PI: f32 = 0.159_154_94;
/// 2*pi split: the high part has 8 significant bits, so `turns * TWO_PI_HI` is exact for
/// any turn count below 2^16 (positions past a million at Llama's highest frequency).
const TWO_PI_HI: f32 = 6.281_25;
const TWO_PI_LO: f32 = 0.001_935_307_2;

/// Strides are in vectors: element (b, s, h, e) of q sits at
/// `b*q_batch + s*q_seq + h*q_head + e/vec`, which covers [B, S, H, D] and [B, H, S, D].
///
/// Rotates the heads of `q` and `k` at one (token, pair-vector). A unit owns pair-vector
/// `j` of token `t` for a group of `group` heads (of q, then of k), so `cos`/`sin` are
/// computed once per (token, frequency, group); groups keep the grid large enough to
/// fill the GPU (one group of all heads left an H100 half-occupied).
///
/// Pairs: rotate-half (NeoX/Llama) pairs element `e` with `e + rotary/2`, and a unit takes
/// `vec` consecutive pairs; interleaved (GPT-J) pairs `2i` with `2i + 1` (vec is 1).
/// `out_a = a cos - b sin`, `out_b = b cos + a sin`, both scaled by `mscale` (YaRN's
/// attention factor); `sign = -1` applies the transpose (the backward pass).
/// Elements past `rotary` are copied when `copy_pass` (out of place).
#[cube(launch_unchecked, address_type = "dynamic")]
pub fn rope<I: IoElem, N: Size>(
    q: &Array<Vector<I::S, N>>,
    k: &Array<Vector<I::S, N>>,
    q_out: &mut Array<Vector<I::S, N>>,
    k_out: &mut Array<Vector<I::S, N>>,
    inv_freq: &Array<Vector<f32, N>>,
    cos_cache: &Array<Vector<f32, N>>,
    sin_cache: &Array<Vector<f32, N>>,
    position_ids: &Array<i32>,
    q_batch: u32,
    q_seq: u32,
    q_head: u32,
    q_heads: u32,
    k_batch: u32,
    k_seq: u32,
    k_head: u32,
    k_heads: u32,
    tokens: u32,
    seq: u32,
    pairs: u32,
    group: u32,
    q_groups: u32,
    groups: u32,
    pass: u32,
    offset: u32,
    mscale: f32,
    sign: f32,
    #[comptime] interleaved: bool,
    #[comptime] ids: bool,
    #[comptime] cached: bool,
    #[comptime] copy_pass: bool,
) {
    let unit = ABSOLUTE_POS;
    let pairs_u = pairs as usize;
    let per_group = tokens as usize * pairs_u;
    if unit < per_group * groups as usize {
        // Pair-vectors vary fastest (contiguous in memory), then tokens, then head groups.
        let g = (unit / per_group) as u32;
        let t = (unit % per_group) / pairs_u;
        let j = unit % pairs_u;
        let b = t / seq as usize;
        let s = t % seq as usize;
        let pos = if comptime!(ids) { position_ids[t] as u32 } else { offset + s as u32 };
        let (cos0, sin0) = if comptime!(cached) {
            let at = pos as usize * pairs_u + j;
            (cos_cache[at], sin_cache[at])
        } else {
            // The angle is rounded to f32 exactly as model code computes it (f32 position
            // times f32 frequency); it is then reduced to [-pi, pi] in two steps
            // (Cody-Waite) so sin/cos stay accurate on drivers whose sin/cos only promise
            // precision near zero (Vulkan), at positions of 100k and more.
            let angle = Vector::new(pos as f32) * inv_freq[j];
            let turns = Vector::round(angle * Vector::new(INV_TWO_PI));
            let r = (angle - turns * Vector::new(TWO_PI_HI)) - turns * Vector::new(TWO_PI_LO);
            (Vector::cos(r), Vector::sin(r))
        };
        let c = cos0 * Vector::new(mscale);
        let sn = sin0 * Vector::new(mscale * sign);
        // Offsets (vectors) of the pair's two halves and the pass-through start.
        let (ea, eb) = if comptime!(interleaved) { (2 * j, 2 * j + 1) } else { (j, j + pairs_u) };
        // Group `g` is `group` heads of q (g < q_groups) or of k.
        if g < q_groups {
            let start = g * group;
            let mut count = group;
            if q_heads - start < group {
                count = q_heads - start;
            }
            let base = b * q_batch as usize + s * q_seq as usize + start as usize * q_head as usize;
            rotate_heads::<I, N>(q, q_out, base, q_head as usize, count as usize, ea, eb, c, sn, j, pairs_u, pass as usize, copy_pass);
        } else {
            let start = (g - q_groups) * group;
            let mut count = group;
            if k_heads - start < group {
                count = k_heads - start;
            }
            let base = b * k_batch as usize + s * k_seq as usize + start as usize * k_head as usize;
            rotate_heads::<I, N>(k, k_out, base, k_head as usize, count as usize, ea, eb, c, sn, j, pairs_u, pass as usize, copy_pass);
        }
    }
}

/// Rotates pair-vector (`ea`, `eb`) of `heads` heads starting at `base`, `stride` apart.
/// Heads go four at a time, all loads before any store: the stores may alias the loads
/// (in place), so without this the compiler keeps one head's loads in flight at a time.
#[cube]
#[allow(clippy::too_many_arguments)]
fn rotate_heads<I: IoElem, N: Size>(
    x: &Array<Vector<I::S, N>>,
    out: &mut Array<Vector<I::S, N>>,
    base: usize,
    stride: usize,
    heads: usize,
    ea: usize,
    eb: usize,
    c: Vector<f32, N>,
    sn: Vector<f32, N>,
    j: usize,
    pairs: usize,
    pass: usize,
    #[comptime] copy_pass: bool,
) {
    let mut h = 0usize;
    while h + 4 <= heads {
        let o0 = base + h * stride;
        let o1 = o0 + stride;
        let o2 = o1 + stride;
        let o3 = o2 + stride;
        let (a0, b0) = (I::to_f32(x[o0 + ea]), I::to_f32(x[o0 + eb]));
        let (a1, b1) = (I::to_f32(x[o1 + ea]), I::to_f32(x[o1 + eb]));
        let (a2, b2) = (I::to_f32(x[o2 + ea]), I::to_f32(x[o2 + eb]));
        let (a3, b3) = (I::to_f32(x[o3 + ea]), I::to_f32(x[o3 + eb]));
        out[o0 + ea] = I::from_f32(a0 * c - b0 * sn);
        out[o0 + eb] = I::from_f32(b0 * c + a0 * sn);
        out[o1 + ea] = I::from_f32(a1 * c - b1 * sn);
        out[o1 + eb] = I::from_f32(b1 * c + a1 * sn);
        out[o2 + ea] = I::from_f32(a2 * c - b2 * sn);
        out[o2 + eb] = I::from_f32(b2 * c + a2 * sn);
        out[o3 + ea] = I::from_f32(a3 * c - b3 * sn);
        out[o3 + eb] = I::from_f32(b3 * c + a3 * sn);
        h += 4;
    }
    while h < heads {
        let o = base + h * stride;
        let (a, bb) = (I::to_f32(x[o + ea]), I::to_f32(x[o + eb]));
        out[o + ea] = I::from_f32(a * c - bb * sn);
        out[o + eb] = I::from_f32(bb * c + a * sn);
        h += 1;
    }
    if comptime!(copy_pass) {
        let rot = 2 * pairs;
        for hh in 0..heads {
            let o = base + hh * stride + rot;
            let mut p = j;
            while p < pass {
                out[o + p] = x[o + p];
                p += pairs;
            }
        }
    }
}
