//! The demo's two texts (public domain, shipped in `pmetal-burn/data/`, see its README) and
//! byte-level batches: the vocabulary is the 256 byte values, so there is no tokenizer to
//! download or train.

use rand::{Rng as _, SeedableRng as _};
use rand_chacha::ChaCha8Rng;

/// Pretraining text: Lewis Carroll, *Alice's Adventures in Wonderland* (1865), opening chapters.
pub const PRETRAIN_TEXT: &str = include_str!("../data/alice.txt");
/// Fine-tuning text: William Shakespeare, *Sonnets* (1609), a selection.
pub const FINETUNE_TEXT: &str = include_str!("../data/sonnets.txt");

/// Byte-level vocabulary size.
pub const VOCAB: usize = 256;

/// Random windows of `seq + 1` bytes: inputs are the first `seq`, targets the last `seq`.
pub struct Batcher {
    tokens: Vec<i32>,
    pub batch: usize,
    pub seq: usize,
    rng: ChaCha8Rng,
}

impl Batcher {
    pub fn new(text: &str, batch: usize, seq: usize, seed: u64) -> Self {
        let tokens: Vec<i32> = text.bytes().map(|b| b as i32).collect();
        assert!(tokens.len() > seq + 1, "text of {} bytes is too short for seq {seq}", tokens.len());
        Batcher { tokens, batch, seq, rng: ChaCha8Rng::seed_from_u64(seed) }
    }

    fn window(&self, start: usize, x: &mut Vec<i32>, y: &mut Vec<i32>) {
        x.extend_from_slice(&self.tokens[start..start + self.seq]);
        y.extend_from_slice(&self.tokens[start + 1..start + self.seq + 1]);
    }

    /// `(inputs, targets)`, each `batch * seq` ids, row-major `[batch, seq]`.
    pub fn next_batch(&mut self) -> (Vec<i32>, Vec<i32>) {
        let (mut x, mut y) = (Vec::with_capacity(self.batch * self.seq), Vec::with_capacity(self.batch * self.seq));
        let span = self.tokens.len() - self.seq - 1;
        for _ in 0..self.batch {
            let s = self.rng.random_range(0..=span);
            self.window(s, &mut x, &mut y);
        }
        (x, y)
    }

    /// `n` fixed batches of evenly spaced windows (the same every call): the held-still
    /// measure of how well a model fits this text.
    pub fn eval_batches(&self, n: usize) -> Vec<(Vec<i32>, Vec<i32>)> {
        let span = self.tokens.len() - self.seq - 1;
        let total = n * self.batch;
        (0..n)
            .map(|b| {
                let (mut x, mut y) = (Vec::new(), Vec::new());
                for r in 0..self.batch {
                    let i = b * self.batch + r;
                    self.window(span * i / total.max(1), &mut x, &mut y);
                }
                (x, y)
            })
            .collect()
    }
}
