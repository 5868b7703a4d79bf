//! `#[cube]` code of the fused token sampler (the module docs of `sampler` say what it
//! samples and which rows take which path): its two pipelines and the primitives they
//! share, one unit a file.
//!
//! - [`row`]: the row kernel, one cube per row: every configuration, and the rows the
//!   chunked path leaves pending.
//! - [`chunked`]: the chunked path's four launches (chunk statistics, threshold,
//!   candidates, finish) for top-k <= 128 and greedy rows.
//! - Primitives: `rng` (Philox4x32-10, the draw's uniform), `keys` (order keys, ranks and
//!   masses), `history` (penalties from a row's sorted token history), `scan` (cube sums
//!   and prefix sums), `sort` (bitonic sort of `(key, index)` pairs), `select` (radix
//!   select of a rank over a row), `cut` (the top-p / min-p prefix of sorted candidates),
//!   `stats` (a row's max, argmax, normaliser and status).
//!
//! Every pass recomputes a token's processed logit `l'` (penalties applied) from the
//! logits, so nothing of size V is ever written. Order is decided on `l'` alone (dividing
//! by a positive temperature keeps it), through the rank `(key(l'), index)`: key
//! descending, then index ascending, is the stable descending sort the reference uses
//! (equal logits: lowest index first). A kept set is always "ranks at or above a floor
//! `(fk, fi)`". Masses are `e = exp((l' - max) / T)`.
//!
//! Lavapipe notes: no shared-memory atomics, plane scans or local arrays are used (they
//! gave wrong results there), and every reduction shares one scratch array (helpers that
//! allocate shared memory add a new array per inlined call, which overflowed 32 KiB and
//! made the launch silently not run).

pub mod chunked;
mod cut;
mod history;
mod keys;
mod rng;
pub mod row;
mod scan;
mod select;
mod sort;
mod stats;

/// Most units per cube (sizes the shared scan buffer).
pub const MAX_CUBE: u32 = 1024;
/// Most chunks per row on the chunked path (the finishing kernel gives each a unit).
pub const MAX_CHUNKS: u32 = 256;
/// Units of the finishing kernel of the chunked path (and of the threshold kernel). Its
/// work is ~100 barriers over ~100 candidates, so two warps rather than eight (measured
/// with the other changes of that round: bench/results/2026-11-26-h100-sampler-lora/
/// tuning-sampler.md).
pub const FINISH_CUBE: u32 = 64;
/// Candidates the shared-memory path holds (sorted there with a bitonic network).
pub const CAND_MAX: u32 = 1024;
/// Longest token history per row the penalties accept (sorted in shared memory).
pub const MAX_HIST: u32 = 2048;
/// f32 values per row of the packed parameter array.
pub const PARAMS: u32 = 8;
/// Per-row status codes on the device (`SampleStatus` is their host-side form).
pub const STATUS_OK: u32 = 0;
pub const STATUS_NAN: u32 = 1;
pub const STATUS_ALL_NEG_INF: u32 = 2;
/// Internal: the chunked path left this row to the row kernel.
pub const STATUS_PENDING: u32 = 3;
/// Token written for a row that could not be sampled.
pub const NO_TOKEN: u32 = 0xFFFF_FFFF;

/// Empty candidate slot (sorts after every real index) and "no token chosen yet".
const SENTINEL: u32 = 0xFFFF_FFFF;
