//! Launch code for the sampler. Assumes validated input (see `mod.rs`).

use cubecl::prelude::*;
use cubecl::server::Handle;

use super::kernel;
use crate::kernels::io::{with_io, IoElem};
use crate::kernels::{arg, row_grid};
use crate::dtype::Storage;
use crate::tuning::Tuning;
use crate::context::DeviceInfo;

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
    /// The chunked pre-pass (see [`Chunked`]), when it applies.
    pub chunked: Option<Chunked>,
}

/// The chunked path: rows split into `chunks` pieces of `chunk_vecs` vectors, one cube of
/// `cube` units each, so every SM has work even at B = 1 and the row is read about twice
/// (the second read from L2, and only by chunks whose max reaches the threshold) instead
/// of about 12 times by one cube. Its time splits about evenly between the statistics
/// launch, the threshold and candidate launches, and the finishing launch, and is a small
/// fraction of the row kernel's at B64; the chunk count and the units per chunk hardly
/// matter (sweeps and the per-launch breakdown:
/// bench/results/2026-11-26-h100-sampler-lora/tuning-sampler.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Chunked {
    pub chunks: u32,
    pub chunk_vecs: u32,
    pub cube: u32,
    /// Candidate places per chunk; more tokens over the threshold in one chunk leave the
    /// row to the row kernel.
    pub slots: u32,
}

/// Largest top-k the chunked path takes: the threshold needs k <= chunks, and chunks >= 2k
/// keeps the candidates few (about 1.2k for iid logits).
pub(crate) const CHUNKED_MAX_K: usize = (kernel::MAX_CHUNKS / 2) as usize;

/// Chunks per row: at least 2k (a tight threshold), at least enough for ~1024 cubes in all
/// (B = 1 still spreads over the SMs), at most [`kernel::MAX_CHUNKS`] and one vector each;
/// 128 units a chunk. The context's [`Tuning`] overrides both for sweeps
/// (`PMETAL_SAMPLER_CHUNKS`, `PMETAL_SAMPLER_CHUNK_CUBE`).
pub(crate) fn chunking(info: &DeviceInfo, tuning: &Tuning, rows: usize, nvec: usize, max_k: usize) -> Chunked {
    let want = tuning
        .sampler_chunks
        .unwrap_or_else(|| (2 * max_k).next_power_of_two().max(1024usize.div_ceil(rows).next_power_of_two()))
        .clamp(1, kernel::MAX_CHUNKS as usize);
    let chunk_vecs = nvec.div_ceil(want).max(1);
    let chunks = nvec.div_ceil(chunk_vecs);
    let cube = tuning.sampler_chunk_cube.unwrap_or(128).clamp(32, info.max_units_per_cube.clamp(32, 1024) as usize);
    Chunked { chunks: chunks as u32, chunk_vecs: chunk_vecs as u32, cube: 1 << (usize::BITS - 1 - cube.leading_zeros()), slots: 128 }
}

impl Chunked {
    /// Stats cells: one per (row, chunk).
    fn cells(&self, rows: usize) -> usize {
        rows * self.chunks as usize
    }

    /// Candidate places in all (one word each for keys and ids); 1 without top-k, where
    /// the buffers are bound but unused.
    fn cand_len(&self, rows: usize, top_k: bool) -> usize {
        if top_k { self.cells(rows) * self.slots as usize } else { 1 }
    }
}

impl Plan {
    /// Every buffer the launch allocates itself, `(what, bytes)`, in the sizes `sample`
    /// allocates: `mod.rs` checks them against the binding limit before anything runs
    /// (an allocation past it fails without an error, and the kernels would read garbage).
    pub fn scratch(&self) -> Vec<(&'static str, u64)> {
        // Unused inputs and outputs are bound to buffers of one word.
        let mut v = vec![("an unused binding", 4)];
        if let Some(ch) = self.chunked {
            let (cells, cand) = (ch.cells(self.rows) as u64, ch.cand_len(self.rows, self.flags.top_k) as u64);
            v.extend([
                ("the chunk statistics", cells * 2 * 4),
                ("the chunk candidates", cand * 4),
                ("the chunk candidate counts", cells.max(1) * 4),
                ("the row thresholds", self.rows as u64 * 4),
            ]);
        }
        v
    }

    pub fn key(&self) -> String {
        let f = self.flags;
        format!(
            "sampler/{}/v{}/c{}/pen{}/k{}/p{}/m{}/lp{}/tn{}/ch{}",
            self.storage.name(), self.vec, self.cube, f.penalties as u8, f.top_k as u8, f.top_p as u8,
            f.min_p as u8, f.logprob as u8, f.top_n as u8, self.chunked.map_or(0, |c| c.cube)
        )
    }
}

/// Units per cube: 256. `PMETAL_SAMPLER_CUBE` overrides it (a power of two from 32 to
/// 1024) for tuning sweeps. With one cube per row, B = 64 puts 256 threads on each of 64
/// SMs, which may be too few loads in flight on an H100: sweep 512 / 1024 there before
/// changing the default (on lavapipe 1024 passes the boundary and general-path tests; the
/// earlier wrong results at 512 / 1024 came from the shared-memory overflow fixed since).
pub(crate) fn cube_size(info: &DeviceInfo, tuning: &Tuning, _rows: usize) -> u32 {
    let max = info.max_units_per_cube.clamp(32, 1024);
    let want = tuning.sampler_cube.unwrap_or(256);
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
    let hist_len = if f.penalties { p.rows * p.hist_stride } else { 1 };
    let hist = || a.hist.clone().unwrap_or_else(|| c.empty(4));
    let lp_len = if f.logprob { p.rows } else { 1 };
    let top_len = if f.top_n { p.rows * p.n_top } else { 1 };
    let logprob = a.logprob.clone().unwrap_or_else(|| c.empty(4));
    let top_ids = a.top_ids.clone().unwrap_or_else(|| c.empty(4));
    let top_lp = a.top_lp.clone().unwrap_or_else(|| c.empty(4));
    if let Some(ch) = p.chunked {
        // Sizes as in `Plan::scratch`, which `mod.rs` checked against the binding limit.
        let cells = ch.cells(p.rows);
        let stats_f = c.empty(cells * 2 * 4);
        let stats_u = c.empty(cells * 2 * 4);
        let max_y = info.max_cube_count.1.max(1) as usize;
        let y = p.rows.clamp(1, max_y);
        let grid = CubeCount::Static(ch.chunks, y as u32, p.rows.div_ceil(y) as u32);
        let cdim = CubeDim::new_1d(ch.cube);
        unsafe {
            kernel::chunked::chunk_stats::launch_unchecked::<I, R>(
                c, grid.clone(), cdim, p.vec,
                arg(a.logits.clone(), p.rows * p.vocab),
                arg(a.params.clone(), p.rows * kernel::PARAMS as usize),
                arg(hist(), hist_len),
                arg(stats_f.clone(), cells * 2),
                arg(stats_u.clone(), cells * 2),
                p.rows as u32, p.vocab as u32, p.hist_stride as u32, ch.chunk_vecs, ch.chunks,
                f32::NEG_INFINITY, f.penalties, f.logprob || f.top_n,
            );
        }
        let cand_len = ch.cand_len(p.rows, f.top_k);
        let (cand_k, cand_i, counts) = (c.empty(cand_len * 4), c.empty(cand_len * 4), c.empty(cells.max(1) * 4));
        if f.top_k {
            let thresh = c.empty(p.rows * 4);
            let (tcount, tdim) = row_grid(info, p.rows, kernel::FINISH_CUBE);
            unsafe {
                kernel::chunked::chunk_threshold::launch_unchecked::<R>(
                    c, tcount, tdim,
                    arg(a.params.clone(), p.rows * kernel::PARAMS as usize),
                    arg(stats_f.clone(), cells * 2),
                    arg(thresh.clone(), p.rows),
                    p.rows as u32, ch.chunks, p.n_top as u32,
                );
            }
            unsafe {
                kernel::chunked::chunk_candidates::launch_unchecked::<I, R>(
                    c, grid, cdim, p.vec,
                    arg(a.logits.clone(), p.rows * p.vocab),
                    arg(a.params.clone(), p.rows * kernel::PARAMS as usize),
                    arg(hist(), hist_len),
                    arg(stats_f.clone(), cells * 2),
                    arg(thresh, p.rows),
                    arg(cand_k.clone(), cand_len),
                    arg(cand_i.clone(), cand_len),
                    arg(counts.clone(), cells),
                    p.rows as u32, p.vocab as u32, p.hist_stride as u32, ch.chunk_vecs, ch.chunks, ch.slots,
                    f.penalties,
                );
            }
        }
        let (fcount, fdim) = row_grid(info, p.rows, kernel::FINISH_CUBE);
        unsafe {
            kernel::chunked::sample_chunked::launch_unchecked::<R>(
                c, fcount, fdim,
                arg(a.params.clone(), p.rows * kernel::PARAMS as usize),
                arg(stats_f, cells * 2),
                arg(stats_u, cells * 2),
                arg(cand_k, cand_len),
                arg(cand_i, cand_len),
                arg(counts, if f.top_k { cells } else { 1 }),
                arg(a.tokens.clone(), p.rows),
                arg(a.status.clone(), p.rows),
                arg(logprob.clone(), lp_len),
                arg(top_ids.clone(), top_len),
                arg(top_lp.clone(), top_len),
                p.rows as u32, ch.chunks, ch.slots,
                p.seed as u32, (p.seed >> 32) as u32, p.step as u32, (p.step >> 32) as u32,
                p.n_top as u32, f32::NEG_INFINITY, f32::NAN,
                f.top_k, f.top_p, f.min_p, f.logprob, f.top_n,
            );
        }
    }
    unsafe {
        kernel::row::sample::launch_unchecked::<I, R>(
            c, count, dim, p.vec,
            arg(a.logits, p.rows * p.vocab),
            arg(a.params, p.rows * kernel::PARAMS as usize),
            arg(hist(), hist_len),
            arg(a.tokens, p.rows),
            arg(a.status, p.rows),
            arg(logprob, lp_len),
            arg(top_ids, top_len),
            arg(top_lp, top_len),
            p.rows as u32, p.vocab as u32, p.hist_stride as u32,
            p.seed as u32, (p.seed >> 32) as u32, p.step as u32, (p.step >> 32) as u32,
            p.n_top as u32, p.max_cand, f32::NEG_INFINITY, f32::NAN,
            f.penalties, f.top_k, f.top_p, f.min_p, f.logprob, f.top_n, p.chunked.is_some(),
        )
    }
}
