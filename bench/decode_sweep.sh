#!/usr/bin/env bash
# Sweeps the split-KV decode forward's knobs (src/tuning.rs, PMETAL_ATTN_DECODE*) at one
# shape, one process per setting (the knobs are read when the context is made).
#   bench/decode_sweep.sh [BIN] [B H HKV TQ TK D]
# BIN: a built `decode_sweep` example (default: build it with
# `cargo build --release -p pmetal-bench --features cuda --example decode_sweep`). Prints one line per
# setting: the knobs, the plan, ms, GB/s and the difference from the general forward.
# SWEEP_GRID=0: the variants, cubes and splits only (16 processes), not the keys/units/lanes grid.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-}"
if [ -z "$bin" ]; then
  cargo build -q --release -p pmetal-bench --features cuda --example decode_sweep
  bin="${CARGO_TARGET_DIR:-target}/release/examples/decode_sweep"
fi
shift || true
SHAPE=("$@")
run() { echo -n "$* | "; env "$@" "$bin" ${SHAPE[@]+"${SHAPE[@]}"}; }
run PMETAL_ATTN_DECODE=0
run PMETAL_ATTN_DECODE=1
# The kernel's variants: every lane doing every score (the butterfly) vs one score per
# lane (the default where it fits), each with and without the next keys prefetched.
for scatter in 0 1; do
  for prefetch in 0 1; do run PMETAL_ATTN_DECODE_SCATTER=$scatter PMETAL_ATTN_DECODE_PREFETCH=$prefetch; done
done
for cubes in 4 8 16; do run PMETAL_ATTN_DECODE_CUBES=$cubes; done
for splits in 8 12 16 24 32 48 64; do run PMETAL_ATTN_DECODE_SPLITS=$splits; done
# The grid over the kernel's shape knobs (SWEEP_GRID=0 skips it: 48 more processes).
[ "${SWEEP_GRID:-1}" = 0 ] && exit 0
for keys in 1 2 4 8; do
  for units in 64 128 256; do
    for lanes in 8 16; do
      for scatter in 0 1; do
        run PMETAL_ATTN_DECODE_KEYS=$keys PMETAL_ATTN_DECODE_UNITS=$units PMETAL_ATTN_DECODE_LANES=$lanes PMETAL_ATTN_DECODE_SCATTER=$scatter
      done
    done
  done
done
