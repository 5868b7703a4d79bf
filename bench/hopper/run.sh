#!/usr/bin/env bash
# Device call for the Hopper GEMM probe (issue 18, milestone 1). From the repo root, with .dev carried:
#   bash .dev/hopper/run.sh        (or bash bench/hopper/run.sh)
# Prints JSON lines (one per check/timing) and a table last; with $OUT set, writes
# $OUT/hopper.json (JSON lines only) and $OUT/hopper.log (everything).
# Uses the prebuilt .dev/hopper/hopper_gemm; if it cannot load on this machine, rebuilds it with
# the machine's own /usr/local/cuda/bin/nvcc from the source next to this script.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUTDIR=${OUT:-/tmp/hopper_out}
mkdir -p "$OUTDIR"
LOG=$OUTDIR/hopper.log
JSON=$OUTDIR/hopper.json
: > "$LOG"
: > "$JSON"

BIN=""
for c in "$HERE/hopper_gemm" "$HERE/../../.dev/hopper/hopper_gemm"; do
  [ -x "$c" ] && { BIN=$c; break; }
done
SRC=$HERE
[ -f "$SRC/hopper_gemm.cu" ] || SRC=$HERE/../../bench/hopper

CUBLAS_WHEEL_LIB=$(python3 - 2>/dev/null <<'PY'
import glob, os
try:
    import nvidia
    hits = []
    for p in list(nvidia.__path__):
        hits += glob.glob(os.path.join(p, "cublas", "lib", "libcublas.so.13"))
        hits += glob.glob(os.path.join(p, "*", "lib", "libcublas.so.13"))
    if hits:
        print(os.path.dirname(hits[0]))
except Exception:
    pass
PY
)
export LD_LIBRARY_PATH=/usr/local/cuda/lib64${CUBLAS_WHEEL_LIB:+:$CUBLAS_WHEEL_LIB}${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}

say() { echo "$*" | tee -a "$LOG"; }
# Runs the binary with a time limit; keeps JSON lines; never stops the script.
step() {
  local lim=$1; shift
  say "### $*"
  timeout "$lim" "$BIN" "$@" > "$OUTDIR/step.out" 2>&1
  local rc=$?
  cat "$OUTDIR/step.out" | tee -a "$LOG"
  grep '^{' "$OUTDIR/step.out" >> "$JSON"
  if [ $rc -ne 0 ]; then
    say "{\"tag\":\"step_failed\",\"rc\":$rc,\"args\":\"$*\"}"
    echo "{\"tag\":\"step_failed\",\"rc\":$rc,\"args\":\"$*\"}" >> "$JSON"
  fi
  return $rc
}

say "### nvidia-smi"
nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,temperature.gpu,power.draw,utilization.gpu --format=csv 2>&1 | tee -a "$LOG"
say "### LD_LIBRARY_PATH=$LD_LIBRARY_PATH  BIN=$BIN"

if [ -z "$BIN" ] || ! step 60 info; then
  say "### prebuilt binary unusable here: rebuilding with /usr/local/cuda"
  if bash "$SRC/build.sh" /tmp/hopper_build >> "$LOG" 2>&1; then
    BIN=/tmp/hopper_build/hopper_gemm
    cp /tmp/hopper_build/sass_counts.txt /tmp/hopper_build/ptxas.txt "$OUTDIR/" 2>/dev/null
    cat /tmp/hopper_build/sass_counts.txt | tee -a "$LOG"
    step 60 info || { say "### rebuilt binary cannot run either: stopping"; exit 1; }
  else
    say "### rebuild failed; see $LOG"
    tail -40 "$LOG"
    exit 1
  fi
fi

MAIN=tma_ws2_n256_s4
OTHERS="tma_ws2_n256_s4_nomaxnreg tma_ws2_n128_s6 tma_ws1_n256_s4 cpasync_ws2_n256_s4"
ITERS=${HOPPER_ITERS:-20}
# Main variant first: small exhaustive checks, then the two square shapes.
step 120 debug $MAIN
for S in 4096 8192; do step 180 run $MAIN $S $S $S "$ITERS"; done
for I in $OTHERS; do
  step 120 debug "$I"
  for S in 4096 8192; do step 180 run "$I" $S $S $S "$ITERS"; done
done

say "### summary"
python3 - "$JSON" <<'PY' 2>&1 | tee -a "$LOG"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
dev = next((r["device"] for r in rows if "device" in r), "?")
print("device:", dev)
print("%-28s %-16s %-5s %9s %8s %9s %8s %6s %s" % ("impl", "MxNxK", "ok", "ms", "TFLOP/s", "cublas_ms", "cuTFLOP", "ratio", "rel_err(f32out,bf16out)"))
for r in rows:
    if r.get("tag") not in ("debug", "run"):
        if r.get("tag") == "step_failed" or "error" in r:
            print("!!", json.dumps(r))
        continue
    shape = "%dx%dx%d" % (r["M"], r["N"], r["K"])
    print("%-28s %-16s %-5s %9s %8s %9s %8s %6s %.1e,%.1e" % (
        r["impl"], shape, r["ok"], "%.4f" % r["ms"] if "ms" in r else "-",
        "%.1f" % r["tflops"] if "tflops" in r else "-",
        "%.4f" % r["cublas_ms"] if "cublas_ms" in r else "-",
        "%.1f" % r["cublas_tflops"] if "cublas_tflops" in r else "-",
        "%.3f" % r["vs_cublas"] if "vs_cublas" in r else "-",
        r["f32out_vs_cublas"]["rel_fro"], r["bf16out_vs_cublas_f32"]["rel_fro"]))
PY
