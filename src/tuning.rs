//! Launch-shape overrides for tuning sweeps: the one place the library reads `PMETAL_*`
//! environment variables.
//!
//! Every op picks its launch shape (units per cube, cubes per compute unit, vector bytes,
//! tiles, which attention kernel) from the device's capabilities ([`crate::context::DeviceInfo`]).
//! A sweep on a GPU needs to try other shapes without rebuilding, so each choice that has
//! been swept can be overridden here. The values are read and validated once, when a
//! context is made ([`Tuning::from_env`]); a malformed value is an error there, not a
//! silently ignored setting. Users never need these: the defaults are the measured best
//! (bench/results/ holds the sweeps).
//!
//! | variable | field | accepted values |
//! |---|---|---|
//! | `PMETAL_CE_BYTES` | [`Tuning::ce_vector_bytes`] | 4, 8, 16, 32 or 64 |
//! | `PMETAL_CE_CUBE` | [`Tuning::ce_cube`] | 32 to 1024 |
//! | `PMETAL_CE_CUBES_PER_UNIT` | [`Tuning::ce_cubes_per_unit`] | 0 (one cube per row) to 64 |
//! | `PMETAL_RMSNORM_CUBE` | [`Tuning::rmsnorm_cube`] | 32 to 1024 |
//! | `PMETAL_RMSNORM_BWD_CUBES_PER_UNIT` | [`Tuning::rmsnorm_bwd_cubes_per_unit`] | 1 to 64 |
//! | `PMETAL_ROPE_HEAD_GROUP` | [`Tuning::rope_head_group`] | 1 to 1024 |
//! | `PMETAL_SAMPLER_CUBE` | [`Tuning::sampler_cube`] | 32 to 1024 |
//! | `PMETAL_SAMPLER_CHUNKS` | [`Tuning::sampler_chunks`] | 1 to 256 |
//! | `PMETAL_SAMPLER_CHUNK_CUBE` | [`Tuning::sampler_chunk_cube`] | 32 to 1024 |
//! | `PMETAL_ATTN_REG` | [`Tuning::attn_register_kernel`] | 0 or 1 |
//! | `PMETAL_ATTN_ASYNC` | [`Tuning::attn_async_kv`] | 0 or 1 |
//! | `PMETAL_ATTN_BWD` | [`Tuning::attn_bwd_tile`] | `bq,bkv,threads` |
//! | `PMETAL_ATTN_DECODE` | [`Tuning::attn_decode`] | 0 or 1 |
//! | `PMETAL_ATTN_DECODE_SPLITS` | [`Tuning::attn_decode_splits`] | 1 to 4096 |
//! | `PMETAL_ATTN_DECODE_CUBES` | [`Tuning::attn_decode_cubes`] | 1 to 64 |
//! | `PMETAL_ATTN_DECODE_KEYS` | [`Tuning::attn_decode_keys`] | 1 to 16 |
//! | `PMETAL_ATTN_DECODE_UNITS` | [`Tuning::attn_decode_units`] | 32 to 1024 |
//! | `PMETAL_ATTN_DECODE_LANES` | [`Tuning::attn_decode_lanes`] | 1 to 32 (rounded down to a power of two) |
//! | `PMETAL_ATTN_DECODE_ROWS` | [`Tuning::attn_decode_rows`] | 1 to 64 |
//! | `PMETAL_ATTN_DECODE_PREFETCH` | [`Tuning::attn_decode_prefetch`] | 0 or 1 |
//! | `PMETAL_ATTN_DECODE_SCATTER` | [`Tuning::attn_decode_scatter`] | 0 or 1 |
//! | `PMETAL_ATTN_HOPPER` | [`Tuning::attn_hopper`] | 0 or 1 |
//! | `PMETAL_ATTN_HOPPER_BWD` | [`Tuning::attn_hopper_bwd`] | 0 or 1 |
//! | `PMETAL_CUBLASLT` | [`Tuning::cublaslt`] | 0 (off) or 1 (required) |
//! | `PMETAL_CUBLASLT_SYNC` | [`Tuning::cublaslt_sync`] | 0 or 1 |
//!
//! `PMETAL_CUBLASLT` is a switch rather than a launch shape: on CUDA builds with feature
//! `cublaslt`, matmuls run through cuBLASLt when the library loads. `0` keeps them on
//! cubek's kernels; `1` makes opening a CUDA context fail
//! ([`PmetalError::InvalidArgument`]) where cuBLASLt cannot be used, instead of falling
//! back to cubek. `PMETAL_CUBLASLT_SYNC=1` is for debugging: each cuBLASLt call waits for
//! the device thread to enqueue it and reports its error at that call.

use crate::error::{PmetalError, Result};

/// Overrides of the launch shapes the ops pick by themselves; `None` keeps the default.
/// See the module documentation for the environment variable behind each field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tuning {
    /// Cross-entropy: bytes per vector load (default 16).
    pub ce_vector_bytes: Option<usize>,
    /// Cross-entropy: most units per cube (default 512).
    pub ce_cube: Option<usize>,
    /// Cross-entropy: cubes per compute unit looping over rows; 0 = one cube per row
    /// (the default).
    pub ce_cubes_per_unit: Option<usize>,
    /// RMSNorm: most units per cube (default 256).
    pub rmsnorm_cube: Option<usize>,
    /// RMSNorm backward: cubes per compute unit (default 4).
    pub rmsnorm_bwd_cubes_per_unit: Option<usize>,
    /// RoPE: heads one unit rotates (default 4).
    pub rope_head_group: Option<usize>,
    /// Sampler: units per cube, rounded down to a power of two (default 256).
    pub sampler_cube: Option<u32>,
    /// Sampler, chunked path: chunks per row (default: from the batch and top-k).
    pub sampler_chunks: Option<usize>,
    /// Sampler, chunked path: units per chunk, rounded down to a power of two (default 128).
    pub sampler_chunk_cube: Option<usize>,
    /// Attention: whether the CUDA register-level forward may run (default: where it
    /// applies).
    pub attn_register_kernel: Option<bool>,
    /// Attention: whether the register-level forward double-buffers K / V with
    /// `cp.async` (default: chosen from the grid).
    pub attn_async_kv: Option<bool>,
    /// Attention backward tiling `(bq, bkv, threads)`; used where it fits the device.
    pub attn_bwd_tile: Option<(usize, usize, usize)>,
    /// Attention: the split-KV decode forward; `Some(false)` never, `Some(true)` for
    /// every covered call however many query rows (default: covered calls with at most
    /// 16 packed rows per batch entry and KV head).
    pub attn_decode: Option<bool>,
    /// Decode forward: key splits (default: from the grid and the compute units).
    pub attn_decode_splits: Option<usize>,
    /// Decode forward: cubes per compute unit the automatic split count aims at
    /// (default 8).
    pub attn_decode_cubes: Option<usize>,
    /// Decode forward: keys each lane group loads per iteration (default 4).
    pub attn_decode_keys: Option<usize>,
    /// Decode forward: units per cube (default 128).
    pub attn_decode_units: Option<usize>,
    /// Decode forward: units sharing one key (default 16, within the plane width and the
    /// row's vectors).
    pub attn_decode_lanes: Option<usize>,
    /// Decode forward: most packed query rows per cube (default: 64 x lanes / head dim).
    pub attn_decode_rows: Option<usize>,
    /// Decode forward: load the next keys before using the current ones (default: off).
    pub attn_decode_prefetch: Option<bool>,
    /// Decode forward: one score per lane through a reduce-scatter where the group's keys
    /// times its rows (rounded up to a power of two) can equal its lanes (default: on).
    pub attn_decode_scatter: Option<bool>,
    /// Attention forward on the hand-written sm_90a kernel (`kernels/attention/hopper/`)
    /// where it covers the call on a compute capability 9.0 device: `Some(true)` takes it,
    /// otherwise the portable kernels run (default: off until the kernel has passed the
    /// CUDA attention tests on a Hopper GPU).
    pub attn_hopper: Option<bool>,
    /// Attention backward on the hand-written sm_90a kernels (`hopper/attn_bwd.cu`), as
    /// [`Tuning::attn_hopper`] for the forward (default: off until they have passed the CUDA
    /// attention tests on a Hopper GPU).
    pub attn_hopper_bwd: Option<bool>,
    /// Matmul on CUDA through cuBLASLt: `Some(false)` never, `Some(true)` required (a CUDA
    /// context fails to open without it), `None` where it loads (the default).
    pub cublaslt: Option<bool>,
    /// cuBLASLt calls enqueued synchronously with the caller, errors reported at the call
    /// (default: asynchronous, an error reported by the next call or `sync`).
    pub cublaslt_sync: Option<bool>,
}

impl Tuning {
    /// Reads every `PMETAL_*` override from the environment, checking each value.
    pub fn from_env() -> Result<Tuning> {
        Tuning::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the overrides through `get` (the environment, or a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Tuning> {
        let int = |name: &str, lo: usize, hi: usize| -> Result<Option<usize>> {
            let Some(v) = get(name) else { return Ok(None) };
            match v.trim().parse::<usize>() {
                Ok(n) if (lo..=hi).contains(&n) => Ok(Some(n)),
                _ => Err(PmetalError::InvalidArgument(format!("{name}={v:?}: expected an integer from {lo} to {hi}"))),
            }
        };
        let flag = |name: &str| -> Result<Option<bool>> {
            match get(name).as_deref().map(str::trim) {
                None => Ok(None),
                Some("0") => Ok(Some(false)),
                Some("1") => Ok(Some(true)),
                Some(v) => Err(PmetalError::InvalidArgument(format!("{name}={v:?}: expected 0 or 1"))),
            }
        };
        let ce_vector_bytes = int("PMETAL_CE_BYTES", 4, 64)?;
        if let Some(b) = ce_vector_bytes.filter(|b| !b.is_power_of_two()) {
            return Err(PmetalError::InvalidArgument(format!("PMETAL_CE_BYTES={b}: expected a power of two")));
        }
        let attn_bwd_tile = match get("PMETAL_ATTN_BWD") {
            None => None,
            Some(v) => {
                let parts: Vec<Option<usize>> = v.split(',').map(|x| x.trim().parse().ok()).collect();
                match parts.as_slice() {
                    [Some(bq), Some(bkv), Some(t)] if *bq > 0 && *bkv > 0 && *t > 0 && t % 32 == 0 => Some((*bq, *bkv, *t)),
                    _ => {
                        return Err(PmetalError::InvalidArgument(format!(
                            "PMETAL_ATTN_BWD={v:?}: expected \"bq,bkv,threads\" (positive, threads a multiple of 32)"
                        )))
                    }
                }
            }
        };
        Ok(Tuning {
            ce_vector_bytes,
            ce_cube: int("PMETAL_CE_CUBE", 32, 1024)?,
            ce_cubes_per_unit: int("PMETAL_CE_CUBES_PER_UNIT", 0, 64)?,
            rmsnorm_cube: int("PMETAL_RMSNORM_CUBE", 32, 1024)?,
            rmsnorm_bwd_cubes_per_unit: int("PMETAL_RMSNORM_BWD_CUBES_PER_UNIT", 1, 64)?,
            rope_head_group: int("PMETAL_ROPE_HEAD_GROUP", 1, 1024)?,
            sampler_cube: int("PMETAL_SAMPLER_CUBE", 32, 1024)?.map(|n| n as u32),
            sampler_chunks: int("PMETAL_SAMPLER_CHUNKS", 1, 256)?,
            sampler_chunk_cube: int("PMETAL_SAMPLER_CHUNK_CUBE", 32, 1024)?,
            attn_register_kernel: flag("PMETAL_ATTN_REG")?,
            attn_async_kv: flag("PMETAL_ATTN_ASYNC")?,
            attn_bwd_tile,
            attn_decode: flag("PMETAL_ATTN_DECODE")?,
            attn_decode_splits: int("PMETAL_ATTN_DECODE_SPLITS", 1, 4096)?,
            attn_decode_cubes: int("PMETAL_ATTN_DECODE_CUBES", 1, 64)?,
            attn_decode_keys: int("PMETAL_ATTN_DECODE_KEYS", 1, 16)?,
            attn_decode_units: int("PMETAL_ATTN_DECODE_UNITS", 32, 1024)?,
            attn_decode_lanes: int("PMETAL_ATTN_DECODE_LANES", 1, 32)?,
            attn_decode_rows: int("PMETAL_ATTN_DECODE_ROWS", 1, 64)?,
            attn_decode_prefetch: flag("PMETAL_ATTN_DECODE_PREFETCH")?,
            attn_decode_scatter: flag("PMETAL_ATTN_DECODE_SCATTER")?,
            attn_hopper: flag("PMETAL_ATTN_HOPPER")?,
            attn_hopper_bwd: flag("PMETAL_ATTN_HOPPER_BWD")?,
            cublaslt: flag("PMETAL_CUBLASLT")?,
            cublaslt_sync: flag("PMETAL_CUBLASLT_SYNC")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn from(pairs: &[(&str, &str)]) -> Result<Tuning> {
        let m: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Tuning::from_lookup(|k| m.get(k).cloned())
    }

    #[test]
    fn defaults_when_unset() {
        assert_eq!(from(&[]).unwrap(), Tuning::default());
    }

    #[test]
    fn values_parsed_and_checked() {
        let t = from(&[("PMETAL_CE_CUBE", "256"), ("PMETAL_ATTN_REG", "0"), ("PMETAL_ATTN_BWD", "64, 32, 128")]).unwrap();
        assert_eq!((t.ce_cube, t.attn_register_kernel, t.attn_bwd_tile), (Some(256), Some(false), Some((64, 32, 128))));
        assert_eq!((t.cublaslt, t.cublaslt_sync), (None, None));
        for (v, want) in [("0", Some(false)), ("1", Some(true)), (" 1 ", Some(true))] {
            let t = from(&[("PMETAL_CUBLASLT", v), ("PMETAL_CUBLASLT_SYNC", v)]).unwrap();
            assert_eq!((t.cublaslt, t.cublaslt_sync), (want, want), "{v:?}");
        }
        for bad in [("PMETAL_CUBLASLT", "2"), ("PMETAL_CUBLASLT", "on"), ("PMETAL_CUBLASLT_SYNC", "true"), ("PMETAL_CE_CUBE", "abc"), ("PMETAL_CE_CUBE", "4096"), ("PMETAL_CE_BYTES", "12"), ("PMETAL_ATTN_ASYNC", "yes"), ("PMETAL_ATTN_BWD", "64,64"), ("PMETAL_SAMPLER_CHUNKS", "512"), ("PMETAL_ATTN_DECODE", "2"), ("PMETAL_ATTN_DECODE_KEYS", "0"), ("PMETAL_ATTN_DECODE_LANES", "64")] {
            let e = from(&[bad]).unwrap_err().to_string();
            assert!(e.contains(bad.0), "{bad:?}: {e}");
        }
    }
}
