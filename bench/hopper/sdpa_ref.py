#!/usr/bin/env python3
"""Times torch SDPA (bf16) on the attention probe's shapes, for the same device call.

  python3 sdpa_ref.py B H HKV TQ TK D CAUSAL ITERS

Prints one JSON line per backend in attention_fwd's schema (impl "torch_sdpa" = PyTorch's own
dispatch, then "torch_sdpa_flash" / "torch_sdpa_cudnn" / "torch_sdpa_efficient" where that
backend accepts the shape). Tensors are laid out like the library's, q [B, TQ, H, D] and k, v
[B, TK, HKV, D], and handed to SDPA as [B, H, T, D] views (no copies), as a caller would.
Causal with TQ == TK uses is_causal=True; with TQ != TK an explicit bottom-right boolean mask
(the library's convention; SDPA's is_causal is top-left aligned). GQA: enable_gqa=True.
FLOPs = 4*B*H*TQ*TK*D times the visible fraction, as attention_fwd counts them. CUDA events,
3 warm-ups, median of ITERS.
"""
import json
import math
import sys


def visible_fraction(tq, tk, causal):
    if not causal:
        return 1.0
    vis = sum(max(0, min(tk, t + (tk - tq) + 1)) for t in range(tq))
    return vis / (tq * tk)


def main():
    if len(sys.argv) != 9:
        print(__doc__, file=sys.stderr)
        return 2
    B, H, HKV, TQ, TK, D, causal, iters = (int(a) for a in sys.argv[1:])
    base = {"tag": "run", "B": B, "H": H, "HKV": HKV, "TQ": TQ, "TK": TK, "D": D, "causal": bool(causal)}
    try:
        import torch
        import torch.nn.functional as F
    except Exception as e:  # no torch on this machine: say so in the same schema
        print(json.dumps({**base, "impl": "torch_sdpa", "error": "no torch: %s" % e}))
        return 1
    dev = torch.cuda.get_device_name(0)
    g = torch.Generator(device="cuda").manual_seed(1234)
    q = torch.rand(B, TQ, H, D, device="cuda", generator=g, dtype=torch.float32).mul_(2).sub_(1).bfloat16()
    k = torch.rand(B, TK, HKV, D, device="cuda", generator=g, dtype=torch.float32).mul_(2).sub_(1).bfloat16()
    v = torch.rand(B, TK, HKV, D, device="cuda", generator=g, dtype=torch.float32).mul_(2).sub_(1).bfloat16()
    qt, kt, vt = q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2)
    kw = {}
    if HKV != H:
        kw["enable_gqa"] = True
    if causal and TQ == TK:
        kw["is_causal"] = True
    elif causal:
        j = torch.arange(TK, device="cuda")
        t = torch.arange(TQ, device="cuda")
        kw["attn_mask"] = j[None, :] <= t[:, None] + (TK - TQ)
    vis = visible_fraction(TQ, TK, causal)
    flop = 4.0 * B * H * TQ * TK * D * vis

    def call():
        return F.scaled_dot_product_attention(qt, kt, vt, scale=1.0 / math.sqrt(D), **kw)

    backends = [("torch_sdpa", None)]
    try:
        from torch.nn.attention import SDPBackend, sdpa_kernel
        backends += [("torch_sdpa_flash", SDPBackend.FLASH_ATTENTION),
                     ("torch_sdpa_cudnn", SDPBackend.CUDNN_ATTENTION),
                     ("torch_sdpa_efficient", SDPBackend.EFFICIENT_ATTENTION)]
    except Exception:
        sdpa_kernel = None
    rc = 0
    for name, be in backends:
        row = {**base, "impl": name, "device": dev, "torch": torch.__version__, "visible": round(vis, 4)}
        try:
            import contextlib
            ctx = sdpa_kernel(be) if be is not None else contextlib.nullcontext()
            with ctx:
                for _ in range(3):
                    call()
                torch.cuda.synchronize()
                e0, e1 = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                ts = []
                for _ in range(iters):
                    e0.record()
                    call()
                    e1.record()
                    e1.synchronize()
                    ts.append(e0.elapsed_time(e1))
            ts.sort()
            n = len(ts)
            med = ts[n // 2] if n % 2 else 0.5 * (ts[n // 2 - 1] + ts[n // 2])
            row.update({"ok": True, "iters": iters, "ms": round(med, 4), "ms_min": round(ts[0], 4),
                        "tflops": round(flop / med * 1e-9, 1)})
        except Exception as e:  # backend refuses this shape / dtype / layout
            row.update({"ok": False, "error": str(e).splitlines()[0][:200] if str(e) else type(e).__name__})
            if be is None:
                rc = 1
        print(json.dumps(row), flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
