#!/usr/bin/env bash
# One device call (the `device` tool's `run`), from the repository root with `.dev` carried.
# Every step is optional and time-limited; everything lands in $OUT (logs, JSON rows) and a
# step that fails or times out never stops the next one.
#
# .dev holds what was built here (bench/device-pack.sh makes it): new.tar.xz (release
# binaries: pmetal-new, decode_sweep, test binaries), optionally base.tar.xz (an older
# runner, pmetal-base), hopper/ (bench/hopper/build.sh), peers/ (../shared/peers).
#
# Steps, in this order, each turned on by its variable:
#   HOPPER=1              bench/hopper/run.sh (HOPPER_SKIP_GEMM=1 by default), HOPPER_TIMEOUT
#   SWEEP=1               bench/decode_sweep.sh on decode_sweep (SWEEP_GRID=0 skips the grid)
#   TESTS="attention .."  release test binaries, in parallel, TEST_TIMEOUT each; TEST_ENV adds
#                         variables (e.g. PMETAL_ATTN_HOPPER=1); TEST_ARGS passes test filters
#   RUNNER="a b"          for each runner binary named (pmetal-new, pmetal-base): RUNNER_ARGS,
#                         RUNNER_ENV, RUNNER_TIMEOUT; JSON in $OUT/<bin>[_<tag>].json (RUNNER_TAG)
#   DEMO="a b"            each runner's `train-demo DEMO_ARGS`, DEMO_TIMEOUT
#   PEERS=1               ../shared/peers/peers.py (torch eager, compile, Liger, SDPA, copy roofline)
set -u
ROOT=$(pwd)
OUT=${OUT:-/tmp/out}
mkdir -p "$OUT"
T0=$(date +%s)
log() { echo "[$(( $(date +%s) - T0 )) s] $*" | tee -a "$OUT/device.txt"; }
export LD_LIBRARY_PATH=/usr/local/cuda/lib64:${LD_LIBRARY_PATH:-}
nvidia-smi --query-gpu=name,memory.total,clocks.max.sm,driver_version --format=csv 2>&1 | tee -a "$OUT/device.txt"
BIN=/tmp/pmetal-bin
mkdir -p "$BIN"
for t in .dev/new.tar.xz .dev/base.tar.xz; do
  [ -f "$t" ] && tar -xJf "$t" -C "$BIN"
done
ls -la "$BIN" >> "$OUT/device.txt"
[ -f .dev/new.commit ] && log "new build from $(cat .dev/new.commit)"

if [ -n "${HOPPER:-}" ]; then
  log "hopper harness"
  HOPPER_SKIP_GEMM=${HOPPER_SKIP_GEMM:-1} OUT=$OUT timeout "${HOPPER_TIMEOUT:-300}" bash bench/hopper/run.sh > /dev/null 2>&1
  log "hopper rc=$?"
fi

if [ -n "${SWEEP:-}" ]; then
  log "decode sweep"
  SWEEP_GRID=${SWEEP_GRID:-1} timeout "${SWEEP_TIMEOUT:-240}" bash bench/decode_sweep.sh "$BIN/decode_sweep" > "$OUT/decode_sweep.log" 2>&1
  log "sweep rc=$?"
fi

if [ -n "${TESTS:-}" ]; then
  log "tests: $TESTS"
  pids=()
  for t in $TESTS; do
    ( env ${TEST_ENV:-} timeout "${TEST_TIMEOUT:-300}" "$BIN/$t" --test-threads 1 ${TEST_ARGS:-} > "$OUT/tests-$t.log" 2>&1
      echo "rc=$?" >> "$OUT/tests-$t.log" ) &
    pids+=($!)
  done
  wait "${pids[@]}"
  for t in $TESTS; do log "test $t: $(grep -E '^test result|^rc=' "$OUT/tests-$t.log" | tr '\n' ' ')"; done
fi

if [ -n "${RUNNER:-}" ]; then
  for r in $RUNNER; do
    name=$r${RUNNER_TAG:+_$RUNNER_TAG}
    log "runner $name: ${RUNNER_ARGS:-}"
    env ${RUNNER_ENV:-} timeout "${RUNNER_TIMEOUT:-300}" "$BIN/$r" --device cuda ${RUNNER_ARGS:-} --json "$OUT/$name.json" > "$OUT/$name.log" 2>&1
    log "runner $name rc=$?"
  done
fi

if [ -n "${DEMO:-}" ]; then
  for r in $DEMO; do
    log "train-demo $r: ${DEMO_ARGS:-}"
    ( cd "$OUT" && timeout "${DEMO_TIMEOUT:-300}" "$BIN/$r" train-demo --device cuda ${DEMO_ARGS:-} > "demo-$r.log" 2>&1 )
    log "train-demo $r rc=$?"
  done
fi

if [ -n "${PEERS:-}" ]; then
  log "peers"
  python3 -m pip install -q --no-index --no-deps --target /tmp/site .dev/peers/liger_kernel-*.whl > /dev/null 2>&1
  PYTHONPATH=/tmp/site OUT=$OUT timeout "${PEERS_TIMEOUT:-300}" python3 .dev/peers/peers.py > "$OUT/peers.log" 2>&1
  log "peers rc=$?"
fi
log "total"
