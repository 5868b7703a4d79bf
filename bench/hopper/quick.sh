#!/usr/bin/env bash
# The shortest useful Hopper device check (when device time is nearly gone): the main forward
# and backward entries on the debug shapes, then the issue's two shapes timed, with torch
# SDPA's forward on them. From the repo root with .dev carried; JSON lines into $OUT.
set -u
OUTDIR=${OUT:-/tmp/hopper_out}; mkdir -p "$OUTDIR"
B=.dev/hopper; S=$(date +%s); IT=${ATTN_ITERS:-10}
export LD_LIBRARY_PATH=/usr/local/cuda/lib64:${LD_LIBRARY_PATH:-}
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader
step() { echo "### $*"; timeout "$@" 2>&1; echo "rc=$?"; }
{
  for I in pmetal_attn_fwd_d128 pmetal_attn_fwd_d64; do step 40 $B/attention_fwd debug "$S" $I; done
  for I in pmetal_attn_bwd_d128 pmetal_attn_bwd_d64; do step 40 $B/attention_bwd debug "$S" $I; done
  step 30 $B/attention_fwd run 2 32 8 4096 4096 128 1 "$IT" pmetal_attn_fwd_d128
  step 30 $B/attention_fwd run 4 16 16 2048 2048 64 0 "$IT" pmetal_attn_fwd_d64
  step 30 $B/attention_bwd run 2 32 8 4096 4096 128 1 "$IT" pmetal_attn_bwd_d128
  step 30 $B/attention_bwd run 4 16 16 2048 2048 64 0 "$IT" pmetal_attn_bwd_d64
  step 60 python3 $B/sdpa_ref.py 2 32 8 4096 4096 128 1 "$IT"
  step 60 python3 $B/sdpa_ref.py 4 16 16 2048 2048 64 0 "$IT"
} > "$OUTDIR/quick.log"
grep '^{' "$OUTDIR/quick.log" > "$OUTDIR/quick.json"
# A compact view: per line the impl, shape, ok, worst error fields and ms / TFLOP/s.
python3 - "$OUTDIR/quick.json" <<'PY'
import json, sys
for l in open(sys.argv[1]):
    try: r = json.loads(l)
    except ValueError: continue
    keep = {k: v for k, v in r.items() if k in ("tag", "impl", "B", "H", "HKV", "TQ", "TK", "D", "causal", "left", "right", "softcap", "varlen", "ok", "ms", "tflops")}
    if r.get("tag") == "debug" and r.get("ok"): continue
    print(json.dumps(keep)[:300] if r.get("ok", True) else l.strip()[:500])
PY
grep -c '"ok": *true\|"ok":true' "$OUTDIR/quick.json"; grep -c '"ok": *false\|"ok":false' "$OUTDIR/quick.json"; grep -E "^### |^rc=" "$OUTDIR/quick.log" | paste - - | cut -c1-150
