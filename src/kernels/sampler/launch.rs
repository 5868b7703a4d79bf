//! Launch code for the sampler. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, row_grid, Storage};
use crate::DeviceInfo;

/// Which filters and outputs a launch compiles in (filters that are off compile away).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Flags {
    pub penalties: bool,
    pub top_k: bool,
    pub top_p: bool,
    pub min_p: bool,
    pub logprob: bool,
    pub top_n: bool,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    pub storage: Storage,
    pub vec: usize,
    pub rows: usize,
    pub vocab: usize,
    /// Row stride of the history array (its length column included).
    pub hist_stride: usize,
    pub cube: u32,
    pub flags: Flags,
    pub n_top: usize,
    pub max_cand: u32,
    pub seed: u64,
    pub step: u64,
}

impl Plan {
    pub fn key(&self) -> String {
        let f = self.flags;
        format!(
            "sampler/{}/v{}/c{}/pen{}/k{}/p{}/m{}/lp{}/tn{}",
            self.storage.name(), self.vec, self.cube, f.penalties as u8, f.top_k as u8, f.top_p as u8,
            f.min_p as u8, f.logprob as u8, f.top_n as u8
        )
    }
}

/// Units per cube: 256. `PMETAL_SAMPLER_CUBE` overrides it (a power of two from 32 to
/// 1024) for tuning sweeps. With one cube per row, B = 64 puts 256 threads on each of 64
/// SMs, which may be too few loads in flight on an H100: sweep 512 / 1024 there before
/// changing the default (on lavapipe 1024 passes the boundary and general-path tests; the
/// earlier wrong results at 512 / 1024 came from the shared-memory overflow fixed since).
pub(crate) fn cube_size(info: &DeviceInfo, _rows: usize) -> u32 {
    let max = info.max_units_per_cube.clamp(32, 1024);
    let want = std::env::var("PMETAL_SAMPLER_CUBE").ok().and_then(|v| v.parse::<u32>().ok()).unwrap_or(256);
    let w = want.clamp(32, max);
    1 << (31 - w.leading_zeros())
}

pub(crate) struct Args {
    pub logits: Handle,
    pub params: Handle,
    pub hist: Option<Handle>,
    pub tokens: Handle,
    pub status: Handle,
    pub logprob: Option<Handle>,
    pub top_ids: Option<Handle>,
    pub top_lp: Option<Handle>,
}

pub(crate) fn sample<R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: Args) {
    with_io!(p.storage, sample_io::<R>(c, info, p, a))
}

fn sample_io<I: IoElem, R: Runtime>(c: &ComputeClient<R>, info: &DeviceInfo, p: Plan, a: Args) {
    let (count, dim) = row_grid(info, p.rows, p.cube);
    let f = p.flags;
    // Inputs and outputs a configuration does not use are bound to small buffers of their
    // own that the kernel never touches (every binding must be a real buffer; none is
    // bound twice).
    let hist = a.hist.unwrap_or_else(|| c.empty(4));
    let hist_len = if f.penalties { p.rows * p.hist_stride } else { 1 };
    let logprob = a.logprob.unwrap_or_else(|| c.empty(4));
    let lp_len = if f.logprob { p.rows } else { 1 };
    let top_ids = a.top_ids.unwrap_or_else(|| c.empty(4));
    let top_lp = a.top_lp.unwrap_or_else(|| c.empty(4));
    let top_len = if f.top_n { p.rows * p.n_top } else { 1 };
    unsafe {
        kernel::sample::launch_unchecked::<I, R>(
            c, count, dim, p.vec,
            arg(a.logits, p.rows * p.vocab),
            arg(a.params, p.rows * kernel::PARAMS as usize),
            arg(hist, hist_len),
            arg(a.tokens, p.rows),
            arg(a.status, p.rows),
            arg(logprob, lp_len),
            arg(top_ids, top_len),
            arg(top_lp, top_len),
            p.rows as u32, p.vocab as u32, p.hist_stride as u32,
            p.seed as u32, (p.seed >> 32) as u32, p.step as u32, (p.step >> 32) as u32,
            p.n_top as u32, p.max_cand, f32::NEG_INFINITY, f32::NAN,
            f.penalties, f.top_k, f.top_p, f.min_p, f.logprob, f.top_n,
        )
    }
}
