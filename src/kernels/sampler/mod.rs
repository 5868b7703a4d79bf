//! Fused token sampler: penalties, temperature, top-k, top-p, min-p and the draw, for a
//! batch of logit rows `[B, V]` (f32, f16, bf16), never sorting the vocabulary.
//!
//! ## Two paths
//! - **Chunked** (top-k with k <= 128, and greedy rows): each row is split into up to 256
//!   chunks, one cube each, so even B = 1 fills the GPU. Launch 1 reads the logits once
//!   for each chunk's max, argmax, normaliser and NaN flag. Launch 2 (one cube per row)
//!   takes the k-th largest chunk max as a threshold `t`: at least k tokens are `>= t`,
//!   so the top-k is among them. Launch 3 writes each chunk's tokens `>= t` (a second
//!   read, from L2, by the chunks whose max reaches `t`). Launch 4 (one cube per row, no
//!   logits read) sorts those few candidates in shared memory and applies top-k, top-p,
//!   min-p and the draw. A row with too many candidates (more than
//!   128 in one chunk or 1024 in all: clustered or tied logits) is handed to the row
//!   kernel, so the result is always exact. Its scratch (two candidate arrays of 512 bytes
//!   per row and chunk) must fit the device's binding limit
//!   ([`MetalContext::max_binding_bytes`]); batches where it would not take the row kernel.
//! - **Row kernel** (everything else, and the chunked path's fallback): one cube per row.
//!   Reads of a row (mostly from L2 after the first): greedy and temperature-only 2; top-k
//!   adds 8 (radix search over the key) plus up to 6 on ties at the cut; top-p over a top-k
//!   of <= 1024 tokens adds 2 (gather); top-p otherwise adds 8-10 more.
//!
//! Both paths sample the same tokens; [`SamplerTuning`] can force the row kernel (tests and
//! benchmarks check and time both). See `kernel/` for the algorithms: `row.rs` and
//! `chunked.rs` are the two pipelines, the other files the primitives they share.
//!
//! ## What it samples
//! Per row, with `l` the row's logits and `c_i` the count of token `i` in the row's history:
//! 1. **Penalties** (tokens with `c_i > 0`): repetition `r` divides a positive logit and
//!    multiplies a negative one, then `l_i -= frequency * c_i + presence` (vLLM's order).
//! 2. **Temperature** `T`: probabilities `softmax(l' / T)`. `T = 0` is greedy: the argmax
//!    of `l'`, lowest index on ties; filters do not apply to greedy rows.
//! 3. **Top-k**: the `k` most probable tokens, ties broken by lowest index (exactly what a
//!    stable descending sort keeps), for any `1 <= k <= V`.
//! 4. **Top-p**: over the top-k set renormalised, in the same stable descending order, a
//!    token is kept while the mass strictly before it is `< p`; `p = 1` keeps everything.
//! 5. **Min-p**: keeps tokens with `prob >= min_p * max_prob` (ratios do not change when
//!    renormalising, so this is the same before or after the other filters).
//! The token is then drawn from the kept set renormalised, by an inclusive prefix over the
//! kept tokens in vocabulary order and one uniform `u` in `[0, 1)`: the first token whose
//! prefix exceeds `u * total`. `u` is the top 24 bits of the first word of
//! Philox4x32-10 with key `(seed_lo, seed_hi)` and counter `(step_lo, step_hi, row, 0)`:
//! the same on every backend ([`crate::reference::sampler::uniform`]).
//!
//! The kernel works in f32 and the reference in f64, so a draw whose `u` lies within
//! rounding of a boundary may differ; elsewhere the token is the reference's.
//!
//! ## Outputs
//! `tokens` (u32), a status per row ([`SampleStatus`], read back by
//! [`SampleOutput::status`]: [`SampleStatus::NanOrInf`] when a processed logit is NaN or
//! +inf, [`SampleStatus::AllNegInf`] when every logit is -inf; such rows get token
//! [`NO_TOKEN`] and NaN log-probs, other rows are unaffected), and optionally the chosen
//! token's log-probability and the top-n `(id, log-prob)` pairs in descending order.
//! Log-probabilities are those of `softmax(l' / T)` before the top-k/top-p/min-p filters
//! (`T = 1` for greedy rows). [`SampleOutput::tokens_checked`] turns a bad row into
//! [`PmetalError::NonFiniteLogits`].
//!
//! ## Specialisation
//! Each [`SamplerConfig`] compiles its own kernel (filters that are off are not in it),
//! once per context: the pipeline cache counts it (see `MetalContext::pipeline_stats`).

pub(crate) mod kernel;
mod launch;

pub use kernel::NO_TOKEN;

use crate::context::with_client;
use crate::kernels::{check_context, check_float, check_size, vector_width};
use crate::buffer::{GpuBuffer, GpuTensor};
use crate::context::MetalContext;
use crate::error::{PmetalError, Result};
use launch::{Args, Flags, Plan};

/// Longest per-row token history the penalties accept.
pub const MAX_HISTORY: usize = kernel::MAX_HIST as usize;
/// Largest vocabulary (counts are carried in f32, exact to 2^24).
pub const MAX_VOCAB: usize = 1 << 24;
/// Most top log-probs per row.
pub const MAX_TOP_LOGPROBS: usize = kernel::CAND_MAX as usize;

/// Which filters and outputs a [`Sampler`] compiles in. Off filters cost nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SamplerConfig {
    pub top_k: bool,
    pub top_p: bool,
    pub min_p: bool,
    /// Repetition / presence / frequency penalties from a [`TokenHistory`].
    pub penalties: bool,
    /// Output the chosen token's log-probability.
    pub logprob: bool,
    /// Output the top-n log-probabilities (0: none).
    pub top_logprobs: usize,
}

/// Which of its kernels a [`Sampler`] runs a row through, for tests and benchmarks. Every
/// choice samples the same tokens, so users keep the default, which is what
/// [`Sampler::new`] uses; [`Sampler::with_tuning`] sets another. (Launch shapes are the
/// context's [`crate::tuning::Tuning`]: `PMETAL_SAMPLER_CUBE`, `PMETAL_SAMPLER_CHUNKS`,
/// `PMETAL_SAMPLER_CHUNK_CUBE`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SamplerTuning {
    /// Skip the chunked path and run every row through the one-cube-per-row kernel
    /// (default false; tests and benchmarks check and time both paths with it).
    pub row_kernel: bool,
    /// Most top-k survivors the row kernel sorts in shared memory to find the top-p cut
    /// (default and maximum: 1024; larger values count as 1024). Rows whose top-k keeps
    /// more (or, with top-k off, whose vocabulary is larger) find the cut by a radix
    /// search over the row instead. 0 sends every top-p row to that search (tests check
    /// both with it), and so implies `row_kernel`.
    pub max_candidates: usize,
}

impl Default for SamplerTuning {
    fn default() -> Self {
        SamplerTuning { row_kernel: false, max_candidates: kernel::CAND_MAX as usize }
    }
}

/// One row's outcome in [`SampleOutput::status`]. The device writes a `u32` code per row;
/// it becomes this enum when read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SampleStatus {
    /// The row was sampled.
    Ok,
    /// A processed logit (penalties applied) is NaN or +inf. The row gets [`NO_TOKEN`]
    /// and NaN log-probs. (A -inf logit is fine: its probability is 0.)
    NanOrInf,
    /// Every logit is -inf. The row gets [`NO_TOKEN`] and NaN log-probs.
    AllNegInf,
}

impl SampleStatus {
    /// Whether the row was sampled.
    pub fn is_ok(self) -> bool {
        self == SampleStatus::Ok
    }

    /// Why a row could not be sampled (`None` for [`SampleStatus::Ok`]).
    pub fn reason(self) -> Option<&'static str> {
        match self {
            SampleStatus::Ok => None,
            SampleStatus::NanOrInf => Some("a logit is NaN or +inf"),
            SampleStatus::AllNegInf => Some("every logit is -inf"),
        }
    }

    /// The status of a device code; `None` for a code the kernels do not leave behind
    /// (the chunked path's internal "pending" is resolved by the row kernel).
    fn from_code(code: u32) -> Option<SampleStatus> {
        match code {
            kernel::STATUS_OK => Some(SampleStatus::Ok),
            kernel::STATUS_NAN => Some(SampleStatus::NanOrInf),
            kernel::STATUS_ALL_NEG_INF => Some(SampleStatus::AllNegInf),
            _ => None,
        }
    }
}

/// One row's sampling parameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowSampling {
    /// 0 = greedy; otherwise finite and > 0.
    pub temperature: f32,
    /// Used when the config has top-k: 1..=V.
    pub top_k: usize,
    /// Used when the config has top-p: (0, 1].
    pub top_p: f32,
    /// Used when the config has min-p: [0, 1].
    pub min_p: f32,
    /// > 0; 1 = off.
    pub repetition_penalty: f32,
    /// Finite; 0 = off.
    pub presence_penalty: f32,
    /// Finite; 0 = off.
    pub frequency_penalty: f32,
}

impl Default for RowSampling {
    fn default() -> Self {
        RowSampling {
            temperature: 1.0,
            top_k: 0,
            top_p: 1.0,
            min_p: 0.0,
            repetition_penalty: 1.0,
            presence_penalty: 0.0,
            frequency_penalty: 0.0,
        }
    }
}

/// Validated per-row parameters on the device (upload once, reuse every step).
#[derive(Clone, Debug)]
pub struct SamplerParams {
    packed: GpuTensor,
    rows: usize,
    max_k: usize,
    all_greedy: bool,
}

impl SamplerParams {
    pub fn rows(&self) -> usize {
        self.rows
    }
}

/// Each row's token history (for the penalties) on the device: `[B, 1 + H]` i32, a
/// length then the ids.
#[derive(Clone, Debug)]
pub struct TokenHistory {
    packed: GpuTensor,
    rows: usize,
    stride: usize,
    max_id: Option<u32>,
}

impl TokenHistory {
    /// Validates (ids >= 0, at most [`MAX_HISTORY`] per row) and uploads.
    pub fn new(ctx: &MetalContext, rows: &[&[i32]]) -> Result<Self> {
        if rows.is_empty() {
            return Err(PmetalError::Empty("token history has no rows".into()));
        }
        let h = rows.iter().map(|r| r.len()).max().unwrap_or(0);
        if h > MAX_HISTORY {
            return Err(PmetalError::InvalidArgument(format!("token history of {h} ids; at most {MAX_HISTORY} per row")));
        }
        let mut max_id = None;
        let stride = h + 1;
        let mut packed = vec![0i32; rows.len() * stride];
        for (r, ids) in rows.iter().enumerate() {
            packed[r * stride] = ids.len() as i32;
            // Sorted: the kernels find a chunk's ids by binary search and count repeats
            // as runs (order does not change the penalties).
            let mut ids = ids.to_vec();
            ids.sort_unstable();
            for (j, &id) in ids.iter().enumerate() {
                if id < 0 {
                    return Err(PmetalError::InvalidArgument(format!("token history row {r} has negative id {id}")));
                }
                max_id = max_id.max(Some(id as u32));
                packed[r * stride + 1 + j] = id;
            }
        }
        let packed = GpuBuffer::<i32>::from_slice(ctx, &packed, &[rows.len(), stride])?.into_tensor();
        Ok(TokenHistory { packed, rows: rows.len(), stride, max_id })
    }
}

/// What [`Sampler::sample`] returns (device buffers; nothing is read back).
#[derive(Clone, Debug)]
pub struct SampleOutput {
    /// `[B]` chosen token ids ([`NO_TOKEN`] for a bad row).
    pub tokens: GpuBuffer<u32>,
    /// `[B]` per-row status codes; [`SampleOutput::status`] reads them as [`SampleStatus`].
    status_codes: GpuBuffer<u32>,
    /// `[B]` log-probability of the chosen token, when configured.
    pub logprob: Option<GpuBuffer<f32>>,
    /// `[B, n]` top-n token ids, most probable first, when configured.
    pub top_ids: Option<GpuBuffer<u32>>,
    /// `[B, n]` their log-probabilities.
    pub top_logprobs: Option<GpuBuffer<f32>>,
}

impl SampleOutput {
    /// Downloads each row's status.
    pub fn status(&self) -> Result<Vec<SampleStatus>> {
        let codes = self.status_codes.to_vec()?;
        codes
            .iter()
            .enumerate()
            .map(|(row, &c)| {
                SampleStatus::from_code(c).ok_or_else(|| PmetalError::Device(format!("sampler row {row}: unknown status code {c}")))
            })
            .collect()
    }

    /// Downloads the tokens, or the first bad row as a typed error.
    pub fn tokens_checked(&self) -> Result<Vec<u32>> {
        let status = self.status()?;
        if let Some((row, reason)) = status.iter().enumerate().find_map(|(r, s)| s.reason().map(|why| (r, why))) {
            return Err(PmetalError::NonFiniteLogits { row, reason });
        }
        self.tokens.to_vec()
    }
}

/// The fused sampler for one [`SamplerConfig`]. See the module docs.
#[derive(Clone, Debug)]
pub struct Sampler {
    ctx: MetalContext,
    config: SamplerConfig,
    tuning: SamplerTuning,
}

impl Sampler {
    pub fn new(ctx: &MetalContext, config: SamplerConfig) -> Result<Self> {
        if config.top_logprobs > MAX_TOP_LOGPROBS {
            return Err(PmetalError::InvalidArgument(format!(
                "top_logprobs {} exceeds {MAX_TOP_LOGPROBS}",
                config.top_logprobs
            )));
        }
        Ok(Sampler { ctx: ctx.clone(), config, tuning: SamplerTuning::default() })
    }

    /// The same sampler with other kernel choices (tests and benchmarks; see
    /// [`SamplerTuning`]).
    pub fn with_tuning(mut self, tuning: SamplerTuning) -> Self {
        self.tuning = tuning;
        self
    }

    pub fn config(&self) -> SamplerConfig {
        self.config
    }

    pub fn tuning(&self) -> SamplerTuning {
        self.tuning
    }

    /// Validates per-row parameters against the config and uploads them.
    pub fn params(&self, rows: &[RowSampling]) -> Result<SamplerParams> {
        if rows.is_empty() {
            return Err(PmetalError::Empty("sampler params have no rows".into()));
        }
        let c = self.config;
        let bad = |r: usize, what: String| Err(PmetalError::InvalidArgument(format!("sampler row {r}: {what}")));
        let mut packed = Vec::with_capacity(rows.len() * kernel::PARAMS as usize);
        let mut max_k = 0;
        let all_greedy = rows.iter().all(|p| p.temperature == 0.0);
        for (r, p) in rows.iter().enumerate() {
            if !(p.temperature.is_finite() && p.temperature >= 0.0) {
                return bad(r, format!("temperature must be 0 (greedy) or finite and > 0, got {}", p.temperature));
            }
            if c.top_k {
                if p.top_k == 0 {
                    return bad(r, "top_k must be >= 1 when top-k is on".into());
                }
                max_k = max_k.max(p.top_k);
            }
            if c.top_p && !(p.top_p > 0.0 && p.top_p <= 1.0) {
                return bad(r, format!("top_p must be in (0, 1], got {}", p.top_p));
            }
            if c.min_p && !(0.0..=1.0).contains(&p.min_p) {
                return bad(r, format!("min_p must be in [0, 1], got {}", p.min_p));
            }
            if c.penalties {
                if !(p.repetition_penalty.is_finite() && p.repetition_penalty > 0.0) {
                    return bad(r, format!("repetition_penalty must be finite and > 0, got {}", p.repetition_penalty));
                }
                if !p.presence_penalty.is_finite() || !p.frequency_penalty.is_finite() {
                    return bad(r, "presence and frequency penalties must be finite".into());
                }
            }
            let (rep, pres, freq) = if c.penalties {
                (p.repetition_penalty, p.presence_penalty, p.frequency_penalty)
            } else {
                (1.0, 0.0, 0.0)
            };
            // k is carried in f32: exact below 2^24, and V is capped there.
            let k = if c.top_k { p.top_k.min(MAX_VOCAB) as f32 } else { 0.0 };
            packed.extend_from_slice(&[p.temperature, k, p.top_p, p.min_p, rep, pres, freq, 0.0]);
        }
        let packed = GpuBuffer::<f32>::from_slice(&self.ctx, &packed, &[rows.len(), kernel::PARAMS as usize])?.into_tensor();
        Ok(SamplerParams { packed, rows: rows.len(), max_k, all_greedy })
    }

    fn plan(&self, logits: &GpuTensor, params: &SamplerParams, history: Option<&TokenHistory>, seed: u64, step: u64) -> Result<Plan> {
        let c = self.config;
        check_float(logits, "sampler")?;
        check_context(&self.ctx, logits)?;
        check_context(&self.ctx, &params.packed)?;
        if logits.shape().len() != 2 {
            return Err(PmetalError::ShapeMismatch(format!("sampler logits must be [B, V], got {:?}", logits.shape())));
        }
        check_size(logits, "sampler logits")?;
        let (rows, vocab) = (logits.shape()[0], logits.shape()[1]);
        if vocab > MAX_VOCAB {
            return Err(PmetalError::TooLarge(format!("vocabulary of {vocab}; the sampler takes at most {MAX_VOCAB}")));
        }
        if params.rows != rows {
            return Err(PmetalError::ShapeMismatch(format!("{} parameter rows for {rows} logit rows", params.rows)));
        }
        if c.top_k && params.max_k > vocab {
            return Err(PmetalError::InvalidArgument(format!("top_k {} exceeds the vocabulary {vocab}", params.max_k)));
        }
        if c.top_logprobs > vocab {
            return Err(PmetalError::InvalidArgument(format!("top_logprobs {} exceeds the vocabulary {vocab}", c.top_logprobs)));
        }
        let hist_stride = match (c.penalties, history) {
            (true, Some(h)) => {
                check_context(&self.ctx, &h.packed)?;
                if h.rows != rows {
                    return Err(PmetalError::ShapeMismatch(format!("{} history rows for {rows} logit rows", h.rows)));
                }
                if let Some(id) = h.max_id.filter(|&id| id as usize >= vocab) {
                    return Err(PmetalError::InvalidArgument(format!("token history id {id} is outside the vocabulary {vocab}")));
                }
                h.stride
            }
            (true, None) => return Err(PmetalError::InvalidArgument("penalties are on but no token history was given".into())),
            (false, Some(_)) => return Err(PmetalError::InvalidArgument("a token history was given but penalties are off".into())),
            (false, None) => 0,
        };
        let storage = self.ctx.storage_of(logits.dtype());
        // With penalties every token walks the sorted history one id at a time; scalar
        // loads keep that kernel small (wider vectors spilled registers on sm_90).
        let vec = if c.penalties { 1 } else { vector_width(self.ctx.info(), storage, &[vocab]) };
        let cap = kernel::CAND_MAX as usize;
        // The chunked path (see `launch::Chunked`) takes top-k rows with k <= 128 and greedy
        // rows; the rows it cannot finish fall through to the row kernel.
        let want_k = params.max_k.max(c.top_logprobs);
        let t = self.tuning;
        let chunked = (!t.row_kernel
            && t.max_candidates != 0
            && ((c.top_k && want_k <= launch::CHUNKED_MAX_K) || params.all_greedy))
            .then(|| launch::chunking(self.ctx.info(), self.ctx.tuning(), rows, vocab / vec, want_k));
        let mut plan = Plan {
            storage,
            vec,
            rows,
            vocab,
            hist_stride,
            cube: launch::cube_size(self.ctx.info(), self.ctx.tuning(), rows),
            flags: Flags {
                penalties: c.penalties,
                top_k: c.top_k,
                top_p: c.top_p,
                min_p: c.min_p,
                logprob: c.logprob,
                top_n: c.top_logprobs > 0,
            },
            n_top: c.top_logprobs,
            max_cand: t.max_candidates.min(cap) as u32,
            seed,
            step,
            chunked,
        };
        // The chunked path's scratch grows with rows x chunks (each candidate array 512
        // bytes a cell, 128 KiB a row at 256 chunks). Past the binding limit an allocation fails
        // silently, so there the row kernel, which needs no scratch and samples the same
        // tokens, takes every row.
        let limit = self.ctx.max_binding_bytes();
        if plan.scratch().iter().any(|&(_, b)| limit.is_some_and(|l| b > l)) {
            plan.chunked = None;
        }
        Ok(plan)
    }

    /// Samples one token per row of `logits` `[B, V]`. `history` is required exactly when
    /// the config has penalties. `(seed, step)` with the row index key the random draw.
    pub fn sample(&self, logits: &GpuTensor, params: &SamplerParams, history: Option<&TokenHistory>, seed: u64, step: u64) -> Result<SampleOutput> {
        let p = self.plan(logits, params, history, seed, step)?;
        // Whatever scratch the launch allocates itself must be bindable (`plan` keeps the
        // chunked path's within the limit; this covers the rest), before anything runs.
        for (what, bytes) in p.scratch() {
            self.ctx.check_binding(bytes, || format!("the sampler's {what}"))?;
        }
        let rows = p.rows;
        let out = SampleOutput {
            tokens: GpuBuffer::empty(&self.ctx, &[rows])?,
            status_codes: GpuBuffer::empty(&self.ctx, &[rows])?,
            logprob: if self.config.logprob { Some(GpuBuffer::empty(&self.ctx, &[rows])?) } else { None },
            top_ids: if p.flags.top_n { Some(GpuBuffer::empty(&self.ctx, &[rows, p.n_top])?) } else { None },
            top_logprobs: if p.flags.top_n { Some(GpuBuffer::empty(&self.ctx, &[rows, p.n_top])?) } else { None },
        };
        self.ctx.note_launch(|| p.key());
        let a = Args {
            logits: logits.handle(),
            params: params.packed.handle(),
            hist: history.map(|h| h.packed.handle()),
            tokens: out.tokens.handle(),
            status: out.status_codes.handle(),
            logprob: out.logprob.as_ref().map(|t| t.handle()),
            top_ids: out.top_ids.as_ref().map(|t| t.handle()),
            top_lp: out.top_logprobs.as_ref().map(|t| t.handle()),
        };
        let info = self.ctx.info();
        with_client!(self.ctx, |c, R| launch::sample::<R>(c, info, p, a));
        Ok(out)
    }
}
