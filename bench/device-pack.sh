#!/usr/bin/env bash
# Builds what bench/device.sh runs and packs it into .dev (git-ignored; carry [".dev"]):
# release runner (pmetal-new), the decode_sweep example, the CUDA test binaries named in
# $PACK_TESTS (default: attention), the Hopper harness (bench/hopper/build.sh) and the peers.
# Run from the repository root; one cargo build at a time.
set -euo pipefail
export CUDARC_CUDA_VERSION=13000 PMETAL_NVIDIA_DRIVER=1
TESTS=${PACK_TESTS:-attention}
T=${CARGO_TARGET_DIR:-target}
cargo build --release -p pmetal --features cuda
cargo build --release -p pmetal-bench --features cuda --example decode_sweep
stage=$(mktemp -d)
cp "$T/release/pmetal" "$stage/pmetal-new"
cp "$T/release/examples/decode_sweep" "$stage/"
for t in $TESTS; do
  exe=$(cargo test --release -p pmetal-metal --features cuda,cublaslt --no-run --test "$t" --message-format=json 2>/dev/null \
        | python3 -c 'import sys,json
for l in sys.stdin:
    m=json.loads(l)
    if m.get("reason")=="compiler-artifact" and m.get("executable") and m["target"]["kind"]==["test"]: print(m["executable"])' | tail -1)
  cp "$exe" "$stage/$t"
done
strip "$stage"/* 2>/dev/null || true
mkdir -p .dev
(cd "$stage" && XZ_OPT=-6 tar -cJf "$OLDPWD/.dev/new.tar.xz" .)
git rev-parse --short HEAD > .dev/new.commit
git diff --quiet || echo "+uncommitted" >> .dev/new.commit
rm -rf "$stage"
[ -x .dev/hopper/attention_fwd ] || bash bench/hopper/build.sh .dev/hopper > /dev/null
mkdir -p .dev/peers && cp ../shared/peers/* .dev/peers/
du -sh .dev
