#!/usr/bin/env python3
"""Compiles a device-only Hopper kernel source with NVRTC the way cubecl-cuda 0.10 does
(compute/context.rs: `--gpu-architecture=sm_90a`, `-lineinfo`, one source string, no headers,
PTX out), then assembles that PTX with ptxas for sm_90a (what the driver's JIT does on load) and
prints ptxas's report: registers, spills, warnings, wgmma notes. No GPU needed.

  python3 bench/hopper/nvrtc_check.py [SOURCE]     (default: src/kernels/attention/hopper/attn_fwd.cu)

Needs libnvrtc.so.13 (pip install --no-deps --target ~/.cache/pmetal-nvrtc nvidia-cuda-nvrtc, or
PMETAL_NVRTC=<dir with libnvrtc.so.13>) and ptxas (the nvcc wheel, ~/.cache/pmetal-nvcc).
Exit 0 when NVRTC compiles and ptxas reports no spill, warning or wgmma note."""
import ctypes
import glob
import os
import re
import subprocess
import sys
import tempfile

HOME = os.path.expanduser("~")
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def find(patterns):
    for p in patterns:
        hits = sorted(glob.glob(p))
        if hits:
            return hits[-1]
    return None


def main():
    src_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src/kernels/attention/hopper/attn_fwd.cu")
    lib = find([os.path.join(os.environ.get("PMETAL_NVRTC", "/nonexistent"), "libnvrtc.so.13"),
                HOME + "/.cache/pmetal-nvrtc/nvidia/cu13/lib/libnvrtc.so.13",
                "/usr/local/cuda/lib64/libnvrtc.so.13"])
    ptxas = find([HOME + "/.cache/pmetal-nvcc/nvidia/cu13/bin/ptxas", "/usr/local/cuda/bin/ptxas"])
    if not lib or not ptxas:
        print("need libnvrtc.so.13 (%s) and ptxas (%s)" % (lib, ptxas), file=sys.stderr)
        return 2
    nvrtc = ctypes.CDLL(lib)
    major, minor = ctypes.c_int(), ctypes.c_int()
    nvrtc.nvrtcVersion(ctypes.byref(major), ctypes.byref(minor))
    src = open(src_path, "rb").read()
    # The library compiles each kernel behind its folder's shared device code (launch.rs).
    common = os.path.join(os.path.dirname(src_path), "common.cuh")
    if os.path.exists(common):
        src = open(common, "rb").read() + src
    prog = ctypes.c_void_p()
    rc = nvrtc.nvrtcCreateProgram(ctypes.byref(prog), src, os.path.basename(src_path).encode(), 0, None, None)
    assert rc == 0, "nvrtcCreateProgram: %d" % rc
    opts = [b"--gpu-architecture=sm_90a", b"-lineinfo"]  # cubecl-cuda 0.10's options (less its include paths)
    arr = (ctypes.c_char_p * len(opts))(*opts)
    rc = nvrtc.nvrtcCompileProgram(prog, len(opts), arr)
    n = ctypes.c_size_t()
    nvrtc.nvrtcGetProgramLogSize(prog, ctypes.byref(n))
    log = ctypes.create_string_buffer(n.value)
    nvrtc.nvrtcGetProgramLog(prog, log)
    text = log.value.decode(errors="replace").strip()
    print("NVRTC %d.%d, options %s: %s" % (major.value, minor.value, [o.decode() for o in opts],
                                           "ok" if rc == 0 else "FAILED (%d)" % rc))
    if text:
        print(text)
    if rc != 0:
        return 1
    nvrtc.nvrtcGetPTXSize(prog, ctypes.byref(n))
    ptx = ctypes.create_string_buffer(n.value)
    nvrtc.nvrtcGetPTX(prog, ptx)
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "k.ptx")
        open(p, "wb").write(ptx.value)
        entries = re.findall(rb"\.entry\s+(\w+)", ptx.value)
        print("PTX: %d bytes, entries: %s" % (len(ptx.value), ", ".join(e.decode() for e in entries)))
        r = subprocess.run([ptxas, "-arch=sm_90a", "-v", "-o", os.path.join(d, "k.cubin"), p],
                           capture_output=True, text=True)
    out = r.stdout + r.stderr
    bad = r.returncode != 0
    for line in out.splitlines():
        if re.search(r"Compiling entry|Used \d+ registers|spill|warning|error|C75\d\d", line):
            print("  " + line.replace("ptxas info    : ", ""))
        if re.search(r"warning|error|wgmma", line) or re.search(r"[1-9]\d* bytes spill", line):
            bad = True
    print("ptxas (%s): %s" % (ptxas, "clean" if not bad else "NOT clean"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
