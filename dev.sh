#!/usr/bin/env bash
# The project's two commands (see README):
#   ./dev.sh run [pmetal args]   verify + benchmark every kernel on the best GPU present
#   ./dev.sh test                run the whole test suite (what CI runs)
# On a machine with no GPU driver, both install Mesa's lavapipe (a Vulkan driver on the
# CPU) with apt first, and say so. Nothing is downloaded at build time beyond crates.io.
set -euo pipefail
cd "$(dirname "$0")"

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}"   # silences wgpu's warning
export CUDARC_CUDA_VERSION="${CUDARC_CUDA_VERSION:-13000}"  # CUDA 13 driver API; loaded at run time

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"

# build.rs records which tools and drivers the tests can use (tests that cannot run are
# then reported as ignored); after installing one, make it probe again.
reprobe() {
  touch build.rs
}

have_gpu_driver() {
  [ -e /proc/driver/nvidia/version ] && return 0
  compgen -G "/usr/share/vulkan/icd.d/*.json" >/dev/null || compgen -G "/etc/vulkan/icd.d/*.json" >/dev/null
}

ensure_driver() {
  if ! have_gpu_driver; then
    echo "dev.sh: no GPU driver found: installing Mesa's lavapipe (Vulkan on the CPU) with apt" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mesa-vulkan-drivers >/dev/null
    reprobe
  fi
}

# nvcc from PyPI, only to compile the generated CUDA C++ for sm_90 in the codegen test.
ensure_nvcc() {
  local dir="$HOME/.cache/pmetal-nvcc"
  if [ ! -x "$dir/nvidia/cu13/bin/nvcc" ]; then
    echo "dev.sh: installing nvcc (PyPI nvidia-cuda-nvcc) into $dir for the CUDA compile test" >&2
    rm -rf "$dir"
    python3 -m pip install -q --disable-pip-version-check --target "$dir" \
      nvidia-cuda-nvcc nvidia-cuda-runtime nvidia-cuda-cccl >/dev/null 2>&1 || true
    reprobe
  fi
  if [ -x "$dir/nvidia/cu13/bin/nvcc" ]; then
    # The tests and build.rs look in $dir themselves: PMETAL_NVCC stays unset, since
    # build.rs re-probes (and rebuilds the crate) whenever that variable changes.
    export PMETAL_REQUIRE_NVCC=1
  else
    echo "dev.sh: nvcc unavailable; the CUDA compile test will only generate sources" >&2
  fi
}

# The declared `rust-version` is checked with that toolchain (rustup installs it, minimal
# profile), in its own target folder so the main build is not thrown away.
msrv_check() {
  local v
  v=$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml | head -1)
  if ! command -v rustup >/dev/null; then
    echo "dev.sh: no rustup: rust-version $v not checked" >&2
    return
  fi
  rustup toolchain install "$v" --profile minimal -q >/dev/null 2>&1 || rustup toolchain install "$v" --profile minimal
  echo "dev.sh: cargo +$v check --workspace --features cuda --all-targets (the declared rust-version)" >&2
  CARGO_TARGET_DIR=target/msrv cargo "+$v" check -q --workspace --features cuda --all-targets
}

# clang, to type-check every generated Metal kernel against tests/msl/metal_stdlib
# (tests/msl_check.rs): Metal itself never runs here.
ensure_clang() {
  if ! command -v "${PMETAL_CLANG:-clang}" >/dev/null 2>&1; then
    echo "dev.sh: clang not found: installing it with apt for the MSL compile check" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang >/dev/null
    reprobe
  fi
  export PMETAL_REQUIRE_CLANG=1
}

# macOS: Metal is the GPU and is always present; there is no apt and no NVIDIA driver.
# Xcode's command-line tools bring clang (the MSL type-check) and `xcrun metal`.
if [ "$(uname -s)" = Darwin ]; then
  case "${1:-}" in
    run) shift; exec cargo run --release -q -p pmetal --no-default-features --features metal -- "$@" ;;
    test)
      command -v clang >/dev/null || { echo "dev.sh: install Xcode's command-line tools (xcode-select --install)" >&2; exit 1; }
      export PMETAL_REQUIRE_CLANG=1
      exec cargo test --workspace --no-default-features --features metal ;;
  esac
fi

case "${1:-}" in
  run)
    shift
    ensure_driver
    exec cargo run --release -q -p pmetal --features cuda -- "$@"
    ;;
  test)
    ensure_driver
    ensure_nvcc
    ensure_clang
    # Every feature combination of the library compiles: a CUDA-only, Vulkan-only or
    # Metal-only user builds exactly one of these (Metal's MSL path type-checks on Linux;
    # the default and all-together builds are the test run below). `cuda,cublaslt` is the
    # cuBLASLt provider, which compiles without CUDA (the library is loaded at run time).
    for f in cuda vulkan metal cuda,cublaslt; do
      echo "dev.sh: cargo check -p pmetal-metal --no-default-features --features $f --all-targets" >&2
      cargo check -q -p pmetal-metal --no-default-features --features "$f" --all-targets
    done
    msrv_check
    exec cargo test --workspace --features cuda
    ;;
  *)
    echo "usage: ./dev.sh run [--device metal|cuda|vulkan] [--op NAME] [--quick] [--json FILE] | ./dev.sh test" >&2
    exit 2
    ;;
esac
