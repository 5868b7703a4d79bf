#!/usr/bin/env bash
# Builds the Hopper probes without a GPU (nvcc from PyPI wheels) or, on the device machine,
# with its own /usr/local/cuda. Usage: bash bench/hopper/build.sh [OUTDIR]
#   OUTDIR (default: <repo>/.dev/hopper) receives attention_fwd and attention_bwd (no cuBLAS
#   needed; built first) and hopper_gemm (needs cuBLAS), their SASS counts, the ptxas reports, and copies of run.sh +
#   sources (so that `bash .dev/hopper/run.sh` works on its own).
# Wheels used here (pip install --no-deps --target):
#   ~/.cache/pmetal-nvcc      nvidia-cuda-nvcc, -crt, -runtime, -nvvm, -cccl (13.5)
#   ~/.cache/pmetal-cuda-extra nvidia-cublas (13.x), nvidia-cuda-cuobjdump, nvidia-cuda-nvdisasm
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUTDIR=${1:-$ROOT/.dev/hopper}
mkdir -p "$OUTDIR"

W=${PMETAL_NVCC:-$HOME/.cache/pmetal-nvcc}/nvidia/cu13
X=${PMETAL_CUDA_EXTRA:-$HOME/.cache/pmetal-cuda-extra}/nvidia/cu13
if [ -x /usr/local/cuda/bin/nvcc ] && [ -z "${HOPPER_USE_WHEELS:-}" ]; then
  NVCC=/usr/local/cuda/bin/nvcc   # the device machine's toolkit
elif [ -x "$W/bin/nvcc" ]; then
  NVCC=$W/bin/nvcc
else
  echo "no nvcc: pip install --no-deps --target ~/.cache/pmetal-nvcc nvidia-cuda-nvcc nvidia-cuda-crt nvidia-cuda-runtime nvidia-nvvm nvidia-cuda-cccl" >&2
  exit 1
fi
CUOBJDUMP=$(dirname "$NVCC")/cuobjdump
[ -x "$CUOBJDUMP" ] || CUOBJDUMP=$X/bin/cuobjdump

# Per-kernel SASS counts of a binary: HGMMA UTMALDG LDGSTS USETMAXREG SYNCS LDL STL.
sass_counts() {
  "$CUOBJDUMP" -sass "$1" > "$2"
  echo "per-kernel SASS counts (HGMMA UTMALDG LDGSTS USETMAXREG SYNCS LDL STL):"
  awk '/Function :/ { if (name) printf "%s %d %d %d %d %d %d %d\n", name, h, t, g, u, s, ll, sl;
                      name=$3; h=t=g=u=s=ll=sl=0 }
       /HGMMA/ {h++} /UTMALDG/ {t++} /LDGSTS/ {g++} /USETMAXREG/ {u++} /SYNCS/ {s++}
       /[^A-Z]LDL[. ]/ {ll++} /[^A-Z]STL[. ]/ {sl++}
       END { if (name) printf "%s %d %d %d %d %d %d %d\n", name, h, t, g, u, s, ll, sl }' "$2"
  gzip -f "$2"   # full disassembly kept compressed
}

# Attention forward probe: kernel source in src/kernels/attention/hopper (included by the
# harness), no cuBLAS. Static cudart, libcuda reached at run time through cudart.
echo "nvcc=$NVCC"
set -x
"$NVCC" -O3 -std=c++17 -gencode arch=compute_90a,code=sm_90a -Xptxas -v -lineinfo \
  -o "$OUTDIR/attention_fwd" "$HERE/attention_fwd.cu" 2> "$OUTDIR/ptxas_attn.txt" || { cat "$OUTDIR/ptxas_attn.txt" >&2; exit 1; }
set +x
strip "$OUTDIR/attention_fwd" 2>/dev/null || true
grep -E "Compiling entry|Used|spill|stack frame|warning|error|C75" "$OUTDIR/ptxas_attn.txt" | sed 's/^ptxas info    ://' || true
sass_counts "$OUTDIR/attention_fwd" "$OUTDIR/sass_attn.txt" | tee "$OUTDIR/sass_counts_attn.txt"
if [ "$OUTDIR" != "$HERE" ]; then
  cp "$HERE/attention_fwd.cu" "$HERE/harness.h" "$HERE/sdpa_ref.py" "$HERE/run.sh" "$HERE/build.sh" "$OUTDIR/" 2>/dev/null || true
fi

# Attention backward probe (src/kernels/attention/hopper/attn_bwd.cu, included by the harness):
# the dK / dV and dQ kernels, no cuBLAS.
set -x
"$NVCC" -O3 -std=c++17 -gencode arch=compute_90a,code=sm_90a -Xptxas -v -lineinfo \
  -o "$OUTDIR/attention_bwd" "$HERE/attention_bwd.cu" 2> "$OUTDIR/ptxas_attn_bwd.txt" || { cat "$OUTDIR/ptxas_attn_bwd.txt" >&2; exit 1; }
set +x
strip "$OUTDIR/attention_bwd" 2>/dev/null || true
grep -E "Compiling entry|Used|spill|stack frame|warning|error|C75" "$OUTDIR/ptxas_attn_bwd.txt" | sed 's/^ptxas info    ://' || true
sass_counts "$OUTDIR/attention_bwd" "$OUTDIR/sass_attn_bwd.txt" | tee "$OUTDIR/sass_counts_attn_bwd.txt"
if [ "$OUTDIR" != "$HERE" ]; then
  cp "$HERE/attention_bwd.cu" "$OUTDIR/" 2>/dev/null || true
fi

# cuBLAS headers and library: the toolkit's, our wheel dir, or a Python nvidia-cublas wheel.
PYW=$(python3 -c "import nvidia, os; print(' '.join(os.path.join(p, 'cu13') + ' ' + os.path.join(p, 'cublas') for p in nvidia.__path__))" 2>/dev/null || true)
CUBLAS_INC=""; CUBLAS_LIB=""
for d in /usr/local/cuda "$X" $PYW; do
  [ -z "$CUBLAS_INC" ] && [ -f "$d/include/cublas_v2.h" ] && CUBLAS_INC=$d/include
  for l in lib64 lib; do
    [ -z "$CUBLAS_LIB" ] && [ -f "$d/$l/libcublas.so.13" ] && CUBLAS_LIB=$d/$l
  done
done
if [ -z "$CUBLAS_INC" ] || [ -z "$CUBLAS_LIB" ]; then
  echo "no cuBLAS 13 (inc='$CUBLAS_INC' lib='$CUBLAS_LIB'): pip install --no-deps --target ~/.cache/pmetal-cuda-extra nvidia-cublas nvidia-cuda-cuobjdump nvidia-cuda-nvdisasm" >&2
  exit 1
fi
INC=(-I"$CUBLAS_INC")
LIBS=(-L"$CUBLAS_LIB" -l:libcublas.so.13 -Xlinker -rpath-link="$CUBLAS_LIB")
echo "nvcc=$NVCC cublas_inc=$CUBLAS_INC cublas_lib=$CUBLAS_LIB"

# Static cudart (nvcc's default): the binary then needs only libcuda (driver) and libcublas.so.13
# at run time; rpath points at the device machine's toolkit; run.sh adds PyTorch's cublas wheel.
set -x
"$NVCC" -O3 -std=c++17 -gencode arch=compute_90a,code=sm_90a -Xptxas -v -lineinfo \
  "${INC[@]}" -o "$OUTDIR/hopper_gemm" "$HERE/hopper_gemm.cu" "${LIBS[@]}" \
  -Xlinker -rpath=/usr/local/cuda/lib64 2> "$OUTDIR/ptxas.txt" || { cat "$OUTDIR/ptxas.txt" >&2; exit 1; }
set +x
strip "$OUTDIR/hopper_gemm" 2>/dev/null || true
grep -E "Compiling entry|Used|spill|stack frame|warning|error" "$OUTDIR/ptxas.txt" | sed 's/^ptxas info    ://' || true

sass_counts "$OUTDIR/hopper_gemm" "$OUTDIR/sass.txt" | tee "$OUTDIR/sass_counts.txt"   # sass.txt.gz

if [ "$OUTDIR" != "$HERE" ]; then
  cp "$HERE/run.sh" "$HERE/hopper_gemm.cu" "$HERE/harness.h" "$HERE/wgmma_ops.inc" "$HERE/build.sh" "$OUTDIR/" 2>/dev/null || true
fi
ls -la "$OUTDIR"
