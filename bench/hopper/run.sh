#!/usr/bin/env bash
# Device call for the Hopper probes (issue 18): the GEMM (milestone 1), then the attention
# forward (milestone 2). From the repo root, with .dev carried:
#   bash .dev/hopper/run.sh        (or bash bench/hopper/run.sh)
# Prints JSON lines (one per check/timing) and tables last; with $OUT set, writes
# $OUT/hopper.json (JSON lines only) and $OUT/hopper.log (everything).
# Uses the prebuilt .dev/hopper binaries; if one cannot load on this machine, rebuilds both with
# the machine's own /usr/local/cuda/bin/nvcc from the sources (build.sh).
# Environment: HOPPER_ITERS (GEMM timed iterations, 20), ATTN_ITERS (attention, 20),
# HOPPER_SKIP_GEMM=1 (attention only), HOPPER_SKIP_ATTN=1 (GEMM only), HOPPER_SKIP_BWD=1 (no
# attention backward section).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUTDIR=${OUT:-/tmp/hopper_out}
mkdir -p "$OUTDIR"
LOG=$OUTDIR/hopper.log
JSON=$OUTDIR/hopper.json
: > "$LOG"
: > "$JSON"

# Sources for a rebuild: the repository's bench/hopper when present (the harness includes the
# kernel from src/ by a relative path), else the copies next to this script.
SRC=$HERE/../../bench/hopper
[ -f "$SRC/hopper_gemm.cu" ] || SRC=$HERE
find_bin() {
  for c in "$HERE/$1" "$HERE/../../.dev/hopper/$1"; do
    [ -x "$c" ] && { echo "$c"; return; }
  done
}
GEMM_BIN=$(find_bin hopper_gemm)
ATTN_BIN=$(find_bin attention_fwd)
BWD_BIN=$(find_bin attention_bwd)

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
# Runs a command with a time limit; keeps its JSON lines; never stops the script.
run_step() {
  local lim=$1; shift
  say "### $*"
  timeout "$lim" "$@" > "$OUTDIR/step.out" 2>&1
  local rc=$?
  cat "$OUTDIR/step.out" | tee -a "$LOG"
  grep '^{' "$OUTDIR/step.out" >> "$JSON"
  if [ $rc -ne 0 ]; then
    local args="${*//\"/}"
    say "{\"tag\":\"step_failed\",\"rc\":$rc,\"args\":\"$args\"}"
    echo "{\"tag\":\"step_failed\",\"rc\":$rc,\"args\":\"$args\"}" >> "$JSON"
  fi
  return $rc
}
step() { local lim=$1; shift; run_step "$lim" "$GEMM_BIN" "$@"; }
astep() { local lim=$1; shift; run_step "$lim" "$ATTN_BIN" "$@"; }
bstep() { local lim=$1; shift; run_step "$lim" "$BWD_BIN" "$@"; }

REBUILT=""
rebuild() {
  [ -n "$REBUILT" ] && return 1
  REBUILT=1
  say "### prebuilt binary unusable here: rebuilding with /usr/local/cuda"
  bash "$SRC/build.sh" /tmp/hopper_build >> "$LOG" 2>&1
  say "### rebuild rc=$? (a missing cuBLAS fails only the GEMM)"
  cp /tmp/hopper_build/sass_counts*.txt /tmp/hopper_build/ptxas*.txt "$OUTDIR/" 2>/dev/null
  cat /tmp/hopper_build/sass_counts*.txt 2>/dev/null | tee -a "$LOG"
  [ -x /tmp/hopper_build/hopper_gemm ] && GEMM_BIN=/tmp/hopper_build/hopper_gemm
  [ -x /tmp/hopper_build/attention_fwd ] && ATTN_BIN=/tmp/hopper_build/attention_fwd
  [ -x /tmp/hopper_build/attention_bwd ] && BWD_BIN=/tmp/hopper_build/attention_bwd
  return 0
}

say "### nvidia-smi"
nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,temperature.gpu,power.draw,utilization.gpu --format=csv 2>&1 | tee -a "$LOG"
say "### LD_LIBRARY_PATH=$LD_LIBRARY_PATH  GEMM_BIN=$GEMM_BIN  ATTN_BIN=$ATTN_BIN  BWD_BIN=$BWD_BIN"

# ------------------------------------------------------------------ GEMM probe (milestone 1)
if [ -z "${HOPPER_SKIP_GEMM:-}" ]; then
  GEMM_OK=1
  if [ -z "$GEMM_BIN" ] || ! step 60 info; then
    GEMM_OK=""
    if rebuild && [ -n "$GEMM_BIN" ] && step 60 info; then GEMM_OK=1; fi
    [ -z "$GEMM_OK" ] && say "### GEMM binary cannot run here: skipping the GEMM rows"
  fi
  if [ -n "$GEMM_OK" ]; then
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
  fi
fi

# ------------------------------------------------------------------ attention forward (milestone 2)
if [ -z "${HOPPER_SKIP_ATTN:-}" ]; then
  ATTN_OK=1
  if [ -z "$ATTN_BIN" ] || ! astep 60 info; then
    ATTN_OK=""
    if { rebuild || true; } && [ -n "$ATTN_BIN" ] && astep 60 info; then ATTN_OK=1; fi
    [ -z "$ATTN_OK" ] && say "### attention binary cannot run here: skipping the attention rows"
  fi
  if [ -n "$ATTN_OK" ]; then
    AIT=${ATTN_ITERS:-20}
    # Small and odd shapes first (every entry checked): an encoding error shows here. One process
    # per entry point, so that a fault (trap, watchdog) in one does not hide the others.
    DSEED=${ATTN_SEED:-$(date +%s)}
    # Fixed-length impls run the windowed and softcapped debug shapes too; varlen impls their
    # packed-sequence shapes.
    for I in pmetal_attn_fwd_d64 pmetal_attn_fwd_d128 pmetal_attn_fwd_d128_s3 pmetal_attn_fwd_d64_pp pmetal_attn_fwd_d128_pp pmetal_attn_fwd_d128_pvsplit \
             pmetal_attn_fwd_d64_f16 pmetal_attn_fwd_d128_f16 pmetal_attn_fwd_d64_varlen pmetal_attn_fwd_d128_varlen \
             pmetal_attn_fwd_d64_varlen_f16 pmetal_attn_fwd_d128_varlen_f16; do
      astep 120 debug "$DSEED" "$I"
    done
    # The issue's shapes: B H HKV TQ TK D CAUSAL, then one non-causal D-128 shape for the FA3
    # paper's comparison point. Every entry of that head dim: D 128 = 2-stage ring, 3-stage
    # ring, 2-stage with ping-pong; D 64 = 4-stage ring without and with ping-pong.
    SHAPES=("2 32 8 4096 4096 128 1" "4 16 16 2048 2048 64 0" "2 16 16 4096 4096 128 0")
    for S in "${SHAPES[@]}"; do
      set -- $S
      if [ "$6" = 128 ]; then
        IMPLS="pmetal_attn_fwd_d128 pmetal_attn_fwd_d128_s3 pmetal_attn_fwd_d128_pp pmetal_attn_fwd_d128_pvsplit"
      else
        IMPLS="pmetal_attn_fwd_d64 pmetal_attn_fwd_d64_pp"
      fi
      for I in $IMPLS; do astep 180 run $S "$AIT" "$I"; done
      run_step 180 python3 "$SRC/sdpa_ref.py" $S "$AIT"
    done
    # f16, a sliding window (only the blocks the window reaches are walked), softcap (q scaled
    # so that it bends), and packed sequences (varlen; lengths summing to 16K, max 4096).
    astep 180 run 2 32 8 4096 4096 128 1 "$AIT" pmetal_attn_fwd_d128_f16
    astep 180 run 2 16 16 8192 8192 128 1 "$AIT" pmetal_attn_fwd_d128 left=1023
    astep 180 run 2 16 16 8192 8192 64 0 "$AIT" pmetal_attn_fwd_d64 left=511 right=512
    astep 180 run 2 32 8 4096 4096 128 1 "$AIT" pmetal_attn_fwd_d128 softcap=30 qscale=8
    astep 180 run 0 32 8 0 0 128 1 "$AIT" pmetal_attn_fwd_d128_varlen varlen=4096:4096,1000:1000,3000:3000,512:512,2048:2048,777:777,4096:4096,855:855
    astep 180 run 0 32 8 0 0 64 0 "$AIT" pmetal_attn_fwd_d64_varlen_f16 varlen=4096:4096,1000:1000,3000:3000,512:512,2048:2048,777:777,4096:4096,855:855
  fi
fi

# ------------------------------------------------------------------ attention backward
# dK / dV kernel + dQ kernel (src/kernels/attention/hopper/attn_bwd.cu). About 150 s at most:
# every harness entry pair debugged in its own process (a fault stays local), the CubeCL-order
# twins of the D-128 pairs, then the issue's two shapes, one window and one varlen timing.
if [ -z "${HOPPER_SKIP_BWD:-}" ]; then
  BWD_OK=1
  if [ -z "$BWD_BIN" ] || ! bstep 60 info; then
    BWD_OK=""
    if { rebuild || true; } && [ -n "$BWD_BIN" ] && bstep 60 info; then BWD_OK=1; fi
    [ -z "$BWD_OK" ] && say "### attention backward binary cannot run here: skipping the backward rows"
  fi
  if [ -n "$BWD_OK" ]; then
    BIT=${ATTN_ITERS:-20}
    BSEED=${ATTN_SEED:-$(date +%s)}
    for I in pmetal_attn_bwd_d128 pmetal_attn_bwd_d64 pmetal_attn_bwd_d128_f16 pmetal_attn_bwd_d64_f16 \
             pmetal_attn_bwd_d128_varlen pmetal_attn_bwd_d64_varlen pmetal_attn_bwd_d128_varlen_f16 \
             pmetal_attn_bwd_d64_varlen_f16 pmetal_attn_bwd_d128_cubecl pmetal_attn_bwd_d128_varlen_cubecl; do
      bstep 120 debug "$BSEED" "$I"
    done
    bstep 120 run 2 32 8 4096 4096 128 1 "$BIT" pmetal_attn_bwd_d128
    bstep 120 run 4 16 16 2048 2048 64 0 "$BIT" pmetal_attn_bwd_d64
    bstep 120 run 2 16 16 8192 8192 128 1 "$BIT" pmetal_attn_bwd_d128 left=1023
    bstep 120 run 0 32 8 0 0 128 1 "$BIT" pmetal_attn_bwd_d128_varlen varlen=4096:4096,1000:1000,3000:3000,512:512,2048:2048,777:777,4096:4096,855:855
  fi
fi

say "### summary"
python3 - "$JSON" <<'PY' 2>&1 | tee -a "$LOG"
import json, sys
rows = []
for l in open(sys.argv[1]):
    if l.startswith("{"):
        try:
            rows.append(json.loads(l))
        except ValueError:
            print("!! unparsable:", l.strip()[:200])
dev = next((r["device"] for r in rows if "device" in r), "?")
print("device:", dev)
for r in rows:
    if r.get("tag") == "step_failed" or "error" in r:
        print("!!", json.dumps(r)[:300])
gemm = [r for r in rows if r.get("tag") in ("debug", "run") and "M" in r]
if gemm:
    print("%-28s %-16s %-5s %9s %8s %9s %8s %6s %s" % ("impl", "MxNxK", "ok", "ms", "TFLOP/s", "cublas_ms", "cuTFLOP", "ratio", "rel_err(f32out,bf16out)"))
    for r in gemm:
        shape = "%dx%dx%d" % (r["M"], r["N"], r["K"])
        print("%-28s %-16s %-5s %9s %8s %9s %8s %6s %.1e,%.1e" % (
            r["impl"], shape, r["ok"], "%.4f" % r["ms"] if "ms" in r else "-",
            "%.1f" % r["tflops"] if "tflops" in r else "-",
            "%.4f" % r["cublas_ms"] if "cublas_ms" in r else "-",
            "%.1f" % r["cublas_tflops"] if "cublas_tflops" in r else "-",
            "%.3f" % r["vs_cublas"] if "vs_cublas" in r else "-",
            r["f32out_vs_cublas"]["rel_fro"], r["bf16out_vs_cublas_f32"]["rel_fro"]))
attn = [r for r in rows if r.get("tag") in ("debug", "run") and "TQ" in r and "out_vs_gpu_ref" in r]
bwd = [r for r in rows if r.get("tag") in ("debug", "run") and "dq_vs_gpu_ref" in r]
if attn:
    print()
    nd = [r for r in attn if r["tag"] == "debug"]
    bad = [r for r in nd if not r.get("ok")]
    print("attention debug: %d cases, %d failed" % (len(nd), len(bad)))
    for r in bad:
        print("  FAIL %s B%d H%d/%d TQ%d TK%d D%d causal=%s left=%s right=%s softcap=%s varlen=%s out:%s lse:%s" % (
            r["impl"], r["B"], r["H"], r["HKV"], r["TQ"], r["TK"], r["D"], r["causal"],
            r.get("left"), r.get("right"), r.get("softcap"), r.get("varlen"),
            r["out_vs_gpu_ref"]["first_bad"][:3], r["lse_vs_gpu_ref"]["first_bad"][:3]))
    print("%-32s %-48s %-5s %9s %8s %s" % ("impl", "B H/HKV TQxTK D causal [window cap varlen]", "ok", "ms", "TFLOP/s", "max_abs(out) / max_abs(lse)"))
    for r in attn:
        if r["tag"] != "run":
            continue
        shape = "B%d H%d/%d %dx%d D%d %s" % (r["B"], r["H"], r["HKV"], r["TQ"], r["TK"], r["D"], "causal" if r["causal"] else "full")
        if r.get("left", 1 << 30) < (1 << 30) or r.get("right", 1 << 30) < (1 << 30):
            shape += " win(%s,%s)" % (r["left"], r["right"])
        if r.get("softcap"):
            shape += " cap%g" % r["softcap"]
        if r.get("varlen"):
            shape += " varlen"
        err = "%.1e / %.1e" % (r["out_vs_gpu_ref"]["max_abs"], r["lse_vs_gpu_ref"]["max_abs"]) if "out_vs_gpu_ref" in r else r.get("error", "")
        print("%-32s %-48s %-5s %9s %8s %s" % (r["impl"], shape, r.get("ok"), "%.4f" % r["ms"] if "ms" in r else "-",
                                              "%.1f" % r["tflops"] if "tflops" in r else "-", err))
if bwd:
    print()
    nd = [r for r in bwd if r["tag"] == "debug"]
    bad = [r for r in nd if not r.get("ok")]
    print("attention backward debug: %d cases, %d failed" % (len(nd), len(bad)))
    for r in bad:
        print("  FAIL %s B%d H%d/%d TQ%d TK%d D%d causal=%s left=%s right=%s softcap=%s varlen=%s dq:%s dk:%s dv:%s f64:%s" % (
            r["impl"], r["B"], r["H"], r["HKV"], r["TQ"], r["TK"], r["D"], r["causal"],
            r.get("left"), r.get("right"), r.get("softcap"), r.get("varlen"),
            r["dq_vs_gpu_ref"]["first_bad"][:2], r["dk_vs_gpu_ref"]["first_bad"][:2], r["dv_vs_gpu_ref"]["first_bad"][:2],
            r["gpu_ref_vs_f64"]["first_bad"][:2]))
    print("%-32s %-48s %-5s %9s %9s %9s %8s %s" % ("impl", "B H/HKV TQxTK D causal [window cap varlen]", "ok", "ms", "ms_dkv", "ms_dq", "TFLOP/s", "max_abs/max_ref dq dk dv"))
    for r in bwd:
        if r["tag"] != "run":
            continue
        shape = "B%d H%d/%d %dx%d D%d %s" % (r["B"], r["H"], r["HKV"], r["TQ"], r["TK"], r["D"], "causal" if r["causal"] else "full")
        if r.get("left", 1 << 30) < (1 << 30) or r.get("right", 1 << 30) < (1 << 30):
            shape += " win(%s,%s)" % (r["left"], r["right"])
        if r.get("softcap"):
            shape += " cap%g" % r["softcap"]
        if r.get("varlen"):
            shape += " varlen"
        err = " ".join("%.1e/%.1e" % (r[k]["max_abs"], r[k]["max_ref"]) for k in ("dq_vs_gpu_ref", "dk_vs_gpu_ref", "dv_vs_gpu_ref"))
        print("%-32s %-48s %-5s %9s %9s %9s %8s %s" % (r["impl"], shape, r.get("ok"),
              "%.4f" % r["ms"] if "ms" in r else "-", "%.4f" % r["ms_dkv"] if "ms_dkv" in r else "-",
              "%.4f" % r["ms_dq"] if "ms_dq" in r else "-", "%.1f" % r["tflops"] if "tflops" in r else "-", err))
PY
