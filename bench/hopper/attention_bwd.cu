// Host harness for the Hopper attention backward (src/kernels/attention/hopper/attn_bwd.cu):
// tensor maps, seeded inputs, a simple f32 GPU reference (forward for lse / delta, then dq, dk,
// dv, one warp per output row), float64 host samples, timing.
//
//   attention_bwd info
//   attention_bwd debug [SEED [IMPL]]                            small / odd shapes, every impl (or one)
//   attention_bwd run B H HKV TQ TK D CAUSAL ITERS [IMPL] [SEED] [OPT=VALUE...]
//                                                                check + timing (ITERS 0: check)
// IMPL: pmetal_attn_bwd_{d64,d128}[_f16], pmetal_attn_bwd_{d64,d128}_varlen[_f16], each also
//       with a _cubecl suffix (the CubeCL-order twins, LaunchInfo by value). An impl is the pair
//       of kernels: pmetal_attn_bwd_dkv_<cfg> then pmetal_attn_bwd_dq_<cfg>.
// OPT: left=N right=N (window, 1<<30 = unbounded), softcap=X, qscale=X (q inputs multiplied by
//      X, so that the softcap bends), varlen=TQ0:TK0,TQ1:TK1,... (varlen impls only).
// Semantics (src/kernels/attention/backward.rs, common.rs score): x = (q.k) * scale; with
// softcap y = cap * tanh(x / cap) else y = x; key j visible from query t iff
// -left <= j - t - (TK - TQ) <= right (causal: right = min(right, 0)), per sequence in varlen;
// P = exp(y - lse) on visible pairs (0 elsewhere, and 0 for rows with lse = -inf);
// dS = P (dO.v - delta) dy/dx; dq = scale sum_j dS k_j; dk_j = scale sum dS q; dv_j = sum P dO
// (dk, dv summed over the query heads of the KV head's group).
// lse and delta are inputs of the backward: the harness computes them with an f32 GPU forward
// reference (delta = rowsum(dO * O) with O in f32) and feeds the same values to the kernel and
// to the reference backward.
// One JSON line per case on stdout. FLOPs = 2.5 * 4*B*H*TQ*TK*D times the visible fraction of
// the (query, key) pairs (0.5001 for causal square shapes: "halved when causal").
//
// Check: per output tensor (dq, dk, dv), every element within
//   |got - ref| <= 1e-2 * max|ref| + 1e-6     (bf16 and f16 alike)
// of the f32 GPU reference. Why: the kernel rounds P and dS to the input dtype before their
// GEMMs (relative 2^-9 per element for bf16, random signs) and rounds the outputs once (2^-9
// relative); both stay far below 1% of the tensor's largest entry, while a wrong mask, a
// missing block or a wrong encoding moves entries by amounts comparable to the entries
// themselves. 1e-6: a tensor whose reference is exactly 0 (nothing visible) must come out 0.
// Non-finite outputs always fail (outputs are poisoned with NaN before the checked launch, so
// an element the kernel forgets fails too). The GPU reference itself is checked against
// float64 on sampled rows (dq: everything in float64 from the inputs; dk / dv: float64 from the
// inputs and the reference's f32 lse / delta) with 2e-3 * max|row| + 1e-5.

#include <cuda.h>          // CUtensorMap and its enums only; libcuda is reached through cudart
#include <cudaTypedefs.h>  // PFN_cuTensorMapEncodeTiled
#include <cuda_runtime.h>
#include <cuda_bf16.h>
#include <cuda_fp16.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "../../src/kernels/attention/hopper/common.cuh"
#include "../../src/kernels/attention/hopper/attn_bwd.cu"
#include "harness.h"

static_assert(sizeof(TmaDesc) == sizeof(CUtensorMap) && alignof(TmaDesc) == alignof(CUtensorMap),
              "TmaDesc must have CUtensorMap's layout");

// ------------------------------------------------------------------------------------------
// Inputs: hash of (seed, index) -> uniform [-1, 1), rounded to the dtype (host recomputes any entry)
// ------------------------------------------------------------------------------------------
__host__ __device__ inline unsigned short to_bits(float x, bool f16) {
  return f16 ? __half_as_ushort(__float2half_rn(x)) : __bfloat16_as_ushort(__float2bfloat16_rn(x));
}
__host__ __device__ inline float from_bits(unsigned short b, bool f16) {
  return f16 ? __half2float(__ushort_as_half(b)) : __bfloat162float(__ushort_as_bfloat16(b));
}
__global__ void fill_kernel(unsigned short* p, size_t n, uint64_t seed, bool f16, float mul) {
  for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
    p[i] = to_bits(mul * hash_uniform(seed, i), f16);
}

// ------------------------------------------------------------------------------------------
// f32 references, simple on purpose and independent of the kernel's algorithm: one warp per
// output row, lanes split d (d = lane + 32 i), dot products reduced with shuffles.
// Rows of sequence b are cu_q[b] .. (q, dO, dq) and cu_k[b] .. (k, v, dk, dv) of
// [rows, heads, D] tensors (fixed lengths: cu = b*T, the same as [B, T, heads, D]); lse and
// delta at (b*H + h)*TQ + t, or h*total_q + cu_q[b] + t when lse_hq (varlen).
// ------------------------------------------------------------------------------------------
struct RefArgs {
  int H, HKV, D, causal, left, right, lse_hq, f16, B;
  float scale, softcap;
  const unsigned* cu_q;
  const unsigned* cu_k;
};
__device__ inline float warp_sum(float x) {
  for (int o = 16; o > 0; o >>= 1) x += __shfl_xor_sync(0xffffffffu, x, o);
  return x;
}
// y (capped score) and dy/dx of a raw dot product.
__device__ inline void ref_score(float raw, const RefArgs& A, float& y, float& dt) {
  const float x = raw * A.scale;
  if (A.softcap != 0.f) {
    const float th = tanhf(x / A.softcap);
    y = A.softcap * th;
    dt = 1.f - th * th;
  } else {
    y = x;
    dt = 1.f;
  }
}
__device__ inline size_t lse_index(const RefArgs& A, int b, int h, int t, int TQ) {
  return A.lse_hq ? (size_t)h * A.cu_q[A.B] + A.cu_q[b] + t : ((size_t)b * A.H + h) * TQ + t;
}
// Forward: lse and delta = rowsum(dO * O) of one (query row, head) per warp; grid (rows/8, H, B).
template <int ND>
__global__ void __launch_bounds__(256) ref_fwd_kernel(const unsigned short* q, const unsigned short* k,
                                                       const unsigned short* v, const unsigned short* dout,
                                                       float* lse, float* delta, RefArgs A) {
  const int lane = threadIdx.x % 32, t = blockIdx.x * 8 + threadIdx.x / 32, h = blockIdx.y, b = blockIdx.z;
  const int D = A.D, H = A.H, HKV = A.HKV, hk = h / (H / HKV);
  const size_t q0 = A.cu_q[b], k0 = A.cu_k[b];
  const int TQ = (int)(A.cu_q[b + 1] - q0), TK = (int)(A.cu_k[b + 1] - k0);
  if (t >= TQ) return;
  const bool f16 = A.f16;
  float qr[ND], o[ND], g[ND];
  _Pragma("unroll") for (int i = 0; i < ND; ++i) {
    qr[i] = from_bits(q[((q0 + t) * H + h) * D + lane + 32 * i], f16);
    g[i] = from_bits(dout[((q0 + t) * H + h) * D + lane + 32 * i], f16);
    o[i] = 0.f;
  }
  const int off = TK - TQ, right = A.causal ? min(A.right, 0) : A.right;
  const long long lo = max(0ll, (long long)t + off - A.left), hi = min((long long)TK - 1, (long long)t + off + right);
  float m = -INFINITY, l = 0.f;
  for (long long j = lo; j <= hi; ++j) {
    float a = 0.f;
    _Pragma("unroll") for (int i = 0; i < ND; ++i) a += qr[i] * from_bits(k[((k0 + j) * HKV + hk) * D + lane + 32 * i], f16);
    float y, dt;
    ref_score(warp_sum(a), A, y, dt);
    const float mn = fmaxf(m, y);
    const float corr = expf(m - mn), p = expf(y - mn);  // m = -inf at first: corr = 0
    l = l * corr + p;
    _Pragma("unroll") for (int i = 0; i < ND; ++i) o[i] = o[i] * corr + p * from_bits(v[((k0 + j) * HKV + hk) * D + lane + 32 * i], f16);
    m = mn;
  }
  float dl = 0.f;
  _Pragma("unroll") for (int i = 0; i < ND; ++i) dl += g[i] * (l > 0.f ? o[i] / l : 0.f);
  dl = warp_sum(dl);
  if (lane == 0) {
    const size_t li = lse_index(A, b, h, t, TQ);
    lse[li] = l > 0.f ? m + logf(l) : -INFINITY;
    delta[li] = dl;
  }
}
// dq of one (query row, head) per warp; grid (rows/8, H, B).
template <int ND>
__global__ void __launch_bounds__(256) ref_dq_kernel(const unsigned short* q, const unsigned short* k,
                                                      const unsigned short* v, const unsigned short* dout,
                                                      const float* lse, const float* delta, float* dq, RefArgs A) {
  const int lane = threadIdx.x % 32, t = blockIdx.x * 8 + threadIdx.x / 32, h = blockIdx.y, b = blockIdx.z;
  const int D = A.D, H = A.H, HKV = A.HKV, hk = h / (H / HKV);
  const size_t q0 = A.cu_q[b], k0 = A.cu_k[b];
  const int TQ = (int)(A.cu_q[b + 1] - q0), TK = (int)(A.cu_k[b + 1] - k0);
  if (t >= TQ) return;
  const bool f16 = A.f16;
  float qr[ND], g[ND], acc[ND];
  _Pragma("unroll") for (int i = 0; i < ND; ++i) {
    qr[i] = from_bits(q[((q0 + t) * H + h) * D + lane + 32 * i], f16);
    g[i] = from_bits(dout[((q0 + t) * H + h) * D + lane + 32 * i], f16);
    acc[i] = 0.f;
  }
  const size_t li = lse_index(A, b, h, t, TQ);
  const float L = lse[li], dl = delta[li];
  const int off = TK - TQ, right = A.causal ? min(A.right, 0) : A.right;
  const long long lo = max(0ll, (long long)t + off - A.left), hi = min((long long)TK - 1, (long long)t + off + right);
  if (L != -INFINITY) {
    for (long long j = lo; j <= hi; ++j) {
      float a = 0.f, pd = 0.f, kj[ND];
      _Pragma("unroll") for (int i = 0; i < ND; ++i) {
        kj[i] = from_bits(k[((k0 + j) * HKV + hk) * D + lane + 32 * i], f16);
        a += qr[i] * kj[i];
        pd += g[i] * from_bits(v[((k0 + j) * HKV + hk) * D + lane + 32 * i], f16);
      }
      float y, dt;
      ref_score(warp_sum(a), A, y, dt);
      const float p = expf(y - L), ds = p * (warp_sum(pd) - dl) * dt;
      _Pragma("unroll") for (int i = 0; i < ND; ++i) acc[i] += ds * kj[i];
    }
  }
  _Pragma("unroll") for (int i = 0; i < ND; ++i) dq[((q0 + t) * H + h) * D + lane + 32 * i] = acc[i] * A.scale;
}
// dk, dv of one (key row, KV head) per warp, summed over the group's query heads; grid (rows/8, HKV, B).
template <int ND>
__global__ void __launch_bounds__(256) ref_dkv_kernel(const unsigned short* q, const unsigned short* k,
                                                       const unsigned short* v, const unsigned short* dout,
                                                       const float* lse, const float* delta, float* dk, float* dv,
                                                       RefArgs A) {
  const int lane = threadIdx.x % 32, j = blockIdx.x * 8 + threadIdx.x / 32, hk = blockIdx.y, b = blockIdx.z;
  const int D = A.D, H = A.H, HKV = A.HKV, G = H / HKV;
  const size_t q0 = A.cu_q[b], k0 = A.cu_k[b];
  const int TQ = (int)(A.cu_q[b + 1] - q0), TK = (int)(A.cu_k[b + 1] - k0);
  if (j >= TK) return;
  const bool f16 = A.f16;
  float kr[ND], vr[ND], ak[ND], av[ND];
  _Pragma("unroll") for (int i = 0; i < ND; ++i) {
    kr[i] = from_bits(k[((k0 + j) * HKV + hk) * D + lane + 32 * i], f16);
    vr[i] = from_bits(v[((k0 + j) * HKV + hk) * D + lane + 32 * i], f16);
    ak[i] = av[i] = 0.f;
  }
  const int off = TK - TQ, right = A.causal ? min(A.right, 0) : A.right;
  // key j is seen by t in j - off - right .. j - off + left
  const long long lo = max(0ll, (long long)j - off - right), hi = min((long long)TQ - 1, (long long)j - off + A.left);
  for (int g = 0; g < G; ++g) {
    const int h = hk * G + g;
    for (long long t = lo; t <= hi; ++t) {
      const size_t li = lse_index(A, b, h, (int)t, TQ);
      const float L = lse[li];
      if (L == -INFINITY) continue;
      float a = 0.f, pd = 0.f, qt[ND], gt[ND];
      _Pragma("unroll") for (int i = 0; i < ND; ++i) {
        qt[i] = from_bits(q[((q0 + t) * H + h) * D + lane + 32 * i], f16);
        gt[i] = from_bits(dout[((q0 + t) * H + h) * D + lane + 32 * i], f16);
        a += qt[i] * kr[i];
        pd += gt[i] * vr[i];
      }
      float y, dt;
      ref_score(warp_sum(a), A, y, dt);
      const float p = expf(y - L), ds = p * (warp_sum(pd) - delta[li]) * dt;
      _Pragma("unroll") for (int i = 0; i < ND; ++i) {
        av[i] += p * gt[i];
        ak[i] += ds * qt[i];
      }
    }
  }
  _Pragma("unroll") for (int i = 0; i < ND; ++i) {
    dk[((k0 + j) * HKV + hk) * D + lane + 32 * i] = ak[i] * A.scale;
    dv[((k0 + j) * HKV + hk) * D + lane + 32 * i] = av[i];
  }
}

// ------------------------------------------------------------------------------------------
// Host side
// ------------------------------------------------------------------------------------------

// 4-D map (D, heads, T, B), box (64, 1, 128, 1), 128B swizzle, OOB rows zero-filled; varlen
// (Bn = 0): 3-D map (D, heads, T = total rows), box (64, 1, 128). The forward's convention.
static CUtensorMap make_map(const void* p, int Bn, int T, int heads, int D, bool f16) {
  const auto g_encode = tensor_map_encoder();
  CUtensorMap m;
  memset(&m, 0, sizeof(m));
  cuuint64_t dims[4] = {(cuuint64_t)D, (cuuint64_t)heads, (cuuint64_t)T, (cuuint64_t)Bn};
  cuuint64_t strides[3] = {(cuuint64_t)D * 2, (cuuint64_t)heads * D * 2, (cuuint64_t)T * heads * D * 2};
  cuuint32_t box[4] = {64, 1, 128, 1};
  cuuint32_t estr[4] = {1, 1, 1, 1};
  CUresult r = g_encode(&m, f16 ? CU_TENSOR_MAP_DATA_TYPE_FLOAT16 : CU_TENSOR_MAP_DATA_TYPE_BFLOAT16, Bn ? 4 : 3,
                        const_cast<void*>(p), dims, strides, box, estr,
                        CU_TENSOR_MAP_INTERLEAVE_NONE, CU_TENSOR_MAP_SWIZZLE_128B, CU_TENSOR_MAP_L2_PROMOTION_L2_256B,
                        CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
  if (r != CUDA_SUCCESS) {
    printf("{\"error\":\"cuTensorMapEncodeTiled failed: %d\"}\n", (int)r);
    exit(2);
  }
  return m;
}

struct Impl {
  const char* name;
  int D;
  bool f16, varlen, cubecl;
  const void* dkv;
  const void* dq;
  unsigned smem_dkv, smem_dq;
};
#define BWD_IMPL(CFG, D, F16, VARLEN)                                                                       \
  Impl{"pmetal_attn_bwd_" #CFG, D, F16, VARLEN, false, (const void*)pmetal_attn_bwd_dkv_##CFG,             \
       (const void*)pmetal_attn_bwd_dq_##CFG, PMETAL_ATTN_BWD_SMEM_DKV_D##D, PMETAL_ATTN_BWD_SMEM_DQ_D##D},  \
      Impl {                                                                                                \
    "pmetal_attn_bwd_" #CFG "_cubecl", D, F16, VARLEN, true, (const void*)pmetal_attn_bwd_dkv_##CFG##_cubecl, \
        (const void*)pmetal_attn_bwd_dq_##CFG##_cubecl, PMETAL_ATTN_BWD_SMEM_DKV_D##D, PMETAL_ATTN_BWD_SMEM_DQ_D##D \
  }
static std::vector<Impl> all_impls() {
  return {BWD_IMPL(d64, 64, false, false),        BWD_IMPL(d128, 128, false, false),
          BWD_IMPL(d64_f16, 64, true, false),     BWD_IMPL(d128_f16, 128, true, false),
          BWD_IMPL(d64_varlen, 64, false, true),  BWD_IMPL(d128_varlen, 128, false, true),
          BWD_IMPL(d64_varlen_f16, 64, true, true), BWD_IMPL(d128_varlen_f16, 128, true, true)};
}
static const Impl* find_impl(const char* name) {
  static std::vector<Impl> v = all_impls();
  for (auto& im : v)
    if (!strcmp(im.name, name)) return &im;
  printf("{\"error\":\"unknown impl %s\"}\n", name);
  exit(2);
}

constexpr int UNB = 1 << 30;  // unbounded window side
struct Shape {
  int B, H, HKV, TQ, TK, D, causal;
  int left = UNB, right = UNB;
  float softcap = 0.f, qscale = 1.f;
  std::vector<int> tqs, tks;
  bool varlen() const { return !tqs.empty(); }
};

struct Bufs {
  CUtensorMap mq, mk, mv, mdo;
  const void *q, *k, *v, *dout;
  const float *lse, *delta;
  unsigned short *dq, *dk, *dv;
  const unsigned *cu_q, *cu_k;
};
// which: 1 = the dK / dV kernel, 2 = the dQ kernel.
static void launch(const Impl& im, const Shape& s, const Bufs& x, float scale, int which) {
  int B = s.B, H = s.H, HKV = s.HKV, TQ = s.TQ, TK = s.TK, causal = s.causal, left = s.left, right = s.right;
  float softcap = s.softcap;
  pmetal_attn_bwd::LaunchInfo info{H, HKV, TQ, TK, scale, causal ? 1 : 0, left, right, softcap, 0};
  const dim3 block(384);
  std::vector<void*> args = {(void*)&x.mq, (void*)&x.mk, (void*)&x.mv, (void*)&x.mdo};
  if (im.cubecl) {
    args.insert(args.end(), {(void*)&x.q, (void*)&x.k, (void*)&x.v, (void*)&x.dout});
  }
  args.insert(args.end(), {(void*)&x.lse, (void*)&x.delta});
  if (which == 1) args.insert(args.end(), {(void*)&x.dk, (void*)&x.dv});
  else args.push_back((void*)&x.dq);
  if (im.varlen) args.insert(args.end(), {(void*)&x.cu_q, (void*)&x.cu_k});
  if (im.cubecl) {
    args.push_back((void*)&info);
  } else {
    args.insert(args.end(), {(void*)&B, (void*)&H, (void*)&HKV, (void*)&TQ, (void*)&TK, (void*)&scale, (void*)&causal,
                             (void*)&left, (void*)&right, (void*)&softcap});
  }
  if (which == 1) {
    CK(cudaLaunchKernel(im.dkv, dim3((s.TK + 127) / 128, s.HKV, s.B), block, args.data(), im.smem_dkv, 0));
  } else {
    CK(cudaLaunchKernel(im.dq, dim3((s.TQ + 127) / 128, s.H, s.B), block, args.data(), im.smem_dq, 0));
  }
}

static std::string g_dev;

static std::string num(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  char b[32];
  snprintf(b, sizeof b, "%.6g", x);
  return b;
}

struct Cmp {
  double max_abs = 0, max_ref = 0, sum_d2 = 0, sum_r2 = 0;
  size_t n = 0, nonfinite = 0, nbad = 0;
  std::string first_bad;
  void add(const char* what, size_t row, int col, double got, double want, double tol) {
    n++;
    bool bad;
    if (!std::isfinite(got) || !std::isfinite(want)) {
      nonfinite++;
      bad = true;
    } else {
      const double d = got - want;
      max_abs = std::max(max_abs, std::fabs(d));
      max_ref = std::max(max_ref, std::fabs(want));
      sum_d2 += d * d;
      sum_r2 += want * want;
      bad = std::fabs(d) > tol;
    }
    if (bad) {
      if (nbad < 8) {
        char b[200];
        snprintf(b, sizeof b, "%s[\"%s\",%zu,%d,%s,%s]", nbad ? "," : "", what, row, col, num(got).c_str(),
                 num(want).c_str());
        first_bad += b;
      }
      nbad++;
    }
  }
  double rel() const { return sum_r2 > 0 ? std::sqrt(sum_d2 / sum_r2) : 0; }
  std::string json() const {
    char b[300];
    snprintf(b, sizeof b,
             "{\"n\":%zu,\"rel_fro\":%.3e,\"max_abs\":%.3e,\"max_ref\":%.3e,\"nonfinite\":%zu,\"nbad\":%zu,\"first_bad\":[",
             n, rel(), max_abs, max_ref, nonfinite, nbad);
    return b + first_bad + "]}";
  }
};

static void visible_range(const Shape& s, int TQ, int TK, int t, long long& lo, long long& hi) {
  const long long off = TK - TQ, right = s.causal ? std::min(s.right, 0) : s.right;
  lo = std::max(0ll, t + off - s.left);
  hi = std::min((long long)TK - 1, t + off + right);
}
static double visible_fraction(const Shape& s) {
  double vis = 0;
  for (int b = 0; b < s.B; ++b) {
    const int TQ = s.varlen() ? s.tqs[b] : s.TQ, TK = s.varlen() ? s.tks[b] : s.TK;
    for (int t = 0; t < TQ; ++t) {
      long long lo, hi;
      visible_range(s, TQ, TK, t, lo, hi);
      vis += std::max(0ll, hi - lo + 1);
    }
  }
  return vis / ((double)s.B * s.TQ * s.TK);
}
static double max_abs_of(const std::vector<float>& v) {
  double m = 0;
  for (float x : v) m = std::max(m, (double)std::fabs(x));
  return m;
}

static bool run_case(const Impl& im, const Shape& s, int iters, uint64_t seed, const char* tag) {
  if (s.D != im.D || s.H % s.HKV != 0 || s.TQ < 1 || s.TK < (s.varlen() ? 0 : 1) || s.varlen() != im.varlen) {
    printf("{\"tag\":\"%s\",\"impl\":\"%s\",\"error\":\"bad shape for this impl (D %d, H %d, HKV %d, varlen %d)\"}\n", tag,
           im.name, s.D, s.H, s.HKV, (int)s.varlen());
    return false;
  }
  std::vector<unsigned> cq(s.B + 1, 0), ck(s.B + 1, 0);
  for (int b = 0; b < s.B; ++b) {
    cq[b + 1] = cq[b] + (s.varlen() ? s.tqs[b] : s.TQ);
    ck[b + 1] = ck[b] + (s.varlen() ? s.tks[b] : s.TK);
  }
  const size_t total_q = cq[s.B], total_k = ck[s.B];
  const size_t nq = std::max<size_t>(1, total_q) * s.H * s.D, nk = std::max<size_t>(1, total_k) * s.HKV * s.D,
               nl = std::max<size_t>(1, total_q * s.H);
  const uint64_t sq = seed * 4 + 1, sk = seed * 4 + 2, sv = seed * 4 + 3, sg = seed * 4 + 4;
  const float scale = 1.0f / std::sqrt((float)s.D);
  const bool f16 = im.f16;
  unsigned short *dq_in, *dk_in, *dv_in, *dg_in, *o_dq, *o_dk, *o_dv;
  float *lse, *delta, *r_dq, *r_dk, *r_dv;
  unsigned *dcq, *dck;
  CK(cudaMalloc(&dq_in, nq * 2));
  CK(cudaMalloc(&dg_in, nq * 2));
  CK(cudaMalloc(&dk_in, nk * 2));
  CK(cudaMalloc(&dv_in, nk * 2));
  CK(cudaMalloc(&o_dq, nq * 2));
  CK(cudaMalloc(&o_dk, nk * 2));
  CK(cudaMalloc(&o_dv, nk * 2));
  CK(cudaMalloc(&lse, nl * 4));
  CK(cudaMalloc(&delta, nl * 4));
  CK(cudaMalloc(&r_dq, nq * 4));
  CK(cudaMalloc(&r_dk, nk * 4));
  CK(cudaMalloc(&r_dv, nk * 4));
  CK(cudaMalloc(&dcq, (s.B + 1) * 4));
  CK(cudaMalloc(&dck, (s.B + 1) * 4));
  CK(cudaMemcpy(dcq, cq.data(), (s.B + 1) * 4, cudaMemcpyHostToDevice));
  CK(cudaMemcpy(dck, ck.data(), (s.B + 1) * 4, cudaMemcpyHostToDevice));
  fill_kernel<<<1024, 256>>>(dq_in, nq, sq, f16, s.qscale);
  fill_kernel<<<1024, 256>>>(dk_in, nk, sk, f16, 1.f);
  fill_kernel<<<1024, 256>>>(dv_in, nk, sv, f16, 1.f);
  fill_kernel<<<1024, 256>>>(dg_in, nq, sg, f16, 1.f);
  CK(cudaGetLastError());
  CK(cudaFuncSetAttribute(im.dkv, cudaFuncAttributeMaxDynamicSharedMemorySize, im.smem_dkv));
  CK(cudaFuncSetAttribute(im.dq, cudaFuncAttributeMaxDynamicSharedMemorySize, im.smem_dq));
  Bufs x;
  const int tq_rows = (int)std::max<size_t>(1, total_q), tk_rows = (int)std::max<size_t>(1, total_k);
  x.mq = s.varlen() ? make_map(dq_in, 0, tq_rows, s.H, s.D, f16) : make_map(dq_in, s.B, s.TQ, s.H, s.D, f16);
  x.mdo = s.varlen() ? make_map(dg_in, 0, tq_rows, s.H, s.D, f16) : make_map(dg_in, s.B, s.TQ, s.H, s.D, f16);
  x.mk = s.varlen() ? make_map(dk_in, 0, tk_rows, s.HKV, s.D, f16) : make_map(dk_in, s.B, s.TK, s.HKV, s.D, f16);
  x.mv = s.varlen() ? make_map(dv_in, 0, tk_rows, s.HKV, s.D, f16) : make_map(dv_in, s.B, s.TK, s.HKV, s.D, f16);
  x.q = dq_in;
  x.k = dk_in;
  x.v = dv_in;
  x.dout = dg_in;
  x.lse = lse;
  x.delta = delta;
  x.dq = o_dq;
  x.dk = o_dk;
  x.dv = o_dv;
  x.cu_q = dcq;
  x.cu_k = dck;

  // --- lse, delta from the f32 forward reference
  const RefArgs ra{s.H, s.HKV, s.D, s.causal, s.left, s.right, (int)s.varlen(), (int)f16, s.B, scale, s.softcap, dcq, dck};
  CK(cudaMemset(lse, 0, nl * 4));
  CK(cudaMemset(delta, 0, nl * 4));
  if (s.D == 64) ref_fwd_kernel<2><<<dim3((s.TQ + 7) / 8, s.H, s.B), 256>>>(dq_in, dk_in, dv_in, dg_in, lse, delta, ra);
  else ref_fwd_kernel<4><<<dim3((s.TQ + 7) / 8, s.H, s.B), 256>>>(dq_in, dk_in, dv_in, dg_in, lse, delta, ra);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());

  // --- checked launch (outputs poisoned with NaN first), then the reference
  CK(cudaMemset(o_dq, 0xFF, nq * 2));
  CK(cudaMemset(o_dk, 0xFF, nk * 2));
  CK(cudaMemset(o_dv, 0xFF, nk * 2));
  launch(im, s, x, scale, 1);
  launch(im, s, x, scale, 2);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());
  CK(cudaMemset(r_dq, 0, nq * 4));
  CK(cudaMemset(r_dk, 0, nk * 4));
  CK(cudaMemset(r_dv, 0, nk * 4));
  const dim3 gq((s.TQ + 7) / 8, s.H, s.B), gk((s.TK + 7) / 8, s.HKV, s.B);
  if (s.D == 64) {
    ref_dq_kernel<2><<<gq, 256>>>(dq_in, dk_in, dv_in, dg_in, lse, delta, r_dq, ra);
    ref_dkv_kernel<2><<<gk, 256>>>(dq_in, dk_in, dv_in, dg_in, lse, delta, r_dk, r_dv, ra);
  } else {
    ref_dq_kernel<4><<<gq, 256>>>(dq_in, dk_in, dv_in, dg_in, lse, delta, r_dq, ra);
    ref_dkv_kernel<4><<<gk, 256>>>(dq_in, dk_in, dv_in, dg_in, lse, delta, r_dk, r_dv, ra);
  }
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());

  std::vector<unsigned short> h_dq(nq), h_dk(nk), h_dv(nk), Hq(nq), Hg(nq), Hk(nk), Hv(nk);
  std::vector<float> hr_dq(nq), hr_dk(nk), hr_dv(nk), hlse(nl), hdelta(nl);
  CK(cudaMemcpy(h_dq.data(), o_dq, nq * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(h_dk.data(), o_dk, nk * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(h_dv.data(), o_dv, nk * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(Hq.data(), dq_in, nq * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(Hg.data(), dg_in, nq * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(Hk.data(), dk_in, nk * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(Hv.data(), dv_in, nk * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hr_dq.data(), r_dq, nq * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hr_dk.data(), r_dk, nk * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hr_dv.data(), r_dv, nk * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hlse.data(), lse, nl * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hdelta.data(), delta, nl * 4, cudaMemcpyDeviceToHost));

  // --- kernel vs the f32 GPU reference, every element (only rows that exist: total_q, total_k)
  const double m_dq = max_abs_of(hr_dq), m_dk = max_abs_of(hr_dk), m_dv = max_abs_of(hr_dv);
  const double t_dq = 1e-2 * m_dq + 1e-6, t_dk = 1e-2 * m_dk + 1e-6, t_dv = 1e-2 * m_dv + 1e-6;
  Cmp c_dq, c_dk, c_dv;
  for (size_t i = 0; i < total_q * s.H * s.D; ++i)
    c_dq.add("dq", i / s.D, (int)(i % s.D), from_bits(h_dq[i], f16), hr_dq[i], t_dq);
  for (size_t i = 0; i < total_k * s.HKV * s.D; ++i) {
    c_dk.add("dk", i / s.D, (int)(i % s.D), from_bits(h_dk[i], f16), hr_dk[i], t_dk);
    c_dv.add("dv", i / s.D, (int)(i % s.D), from_bits(h_dv[i], f16), hr_dv[i], t_dv);
  }

  // --- float64 host samples: dq rows (everything from the inputs), dk / dv rows (from the
  // inputs and the reference's lse / delta). All rows for small shapes, else 24 of each.
  auto val = [&](const std::vector<unsigned short>& a, size_t i) { return (double)from_bits(a[i], f16); };
  const double sc = scale, cap = s.softcap;
  auto score = [&](double raw, double& y, double& dt) {
    const double xx = raw * sc;
    if (cap != 0) {
      const double th = std::tanh(xx / cap);
      y = cap * th;
      dt = 1 - th * th;
    } else {
      y = xx;
      dt = 1;
    }
  };
  const size_t qrows = total_q * s.H, krows = total_k * s.HKV;
  const bool all = (double)(qrows + krows) * std::max(s.TQ, s.TK) * s.D * (s.H / s.HKV) <= 1e8;
  uint64_t rs = seed ^ 0x5DEECE66Dull;
  auto pick = [&](size_t n, size_t rows) {
    if (all) return n;
    rs = rs * 6364136223846793005ull + 1442695040888963407ull;
    if (n < 2) return n == 0 ? (size_t)0 : rows - 1;
    return (size_t)((rs >> 33) % rows);
  };
  Cmp c_ref64, c_k64;
  std::vector<double> acc(s.D), acc2(s.D), sy(std::max(1, s.TK)), sdt(std::max(1, s.TK));
  const size_t nsq = qrows == 0 ? 0 : (all ? qrows : 24), nsk = krows == 0 ? 0 : (all ? krows : 24);
  for (size_t n = 0; n < nsq; ++n) {
    const size_t r = pick(n, qrows);  // packed query row * H + h
    const int h = (int)(r % s.H), hk = h / (s.H / s.HKV);
    const size_t qrow = r / s.H;
    const int b = (int)(std::upper_bound(cq.begin(), cq.end(), (unsigned)qrow) - cq.begin()) - 1;
    const int TQ = (int)(cq[b + 1] - cq[b]), TK = (int)(ck[b + 1] - ck[b]), t = (int)(qrow - cq[b]);
    long long lo, hi;
    visible_range(s, TQ, TK, t, lo, hi);
    double mx = -INFINITY;
    for (long long j = lo; j <= hi; ++j) {
      double a = 0;
      const size_t kb = ((ck[b] + j) * s.HKV + hk) * s.D;
      for (int d = 0; d < s.D; ++d) a += val(Hq, r * s.D + d) * val(Hk, kb + d);
      score(a, sy[j], sdt[j]);
      mx = std::max(mx, sy[j]);
    }
    double l = 0;
    std::fill(acc.begin(), acc.end(), 0.0);
    for (long long j = lo; j <= hi; ++j) {
      const double p = std::exp(sy[j] - mx);
      l += p;
      const size_t vb = ((ck[b] + j) * s.HKV + hk) * s.D;
      for (int d = 0; d < s.D; ++d) acc[d] += p * val(Hv, vb + d);
    }
    double dl = 0;
    if (l > 0)
      for (int d = 0; d < s.D; ++d) dl += val(Hg, r * s.D + d) * acc[d] / l;
    const double L = l > 0 ? mx + std::log(l) : -INFINITY;
    std::fill(acc2.begin(), acc2.end(), 0.0);
    if (l > 0)
      for (long long j = lo; j <= hi; ++j) {
        const size_t kb = ((ck[b] + j) * s.HKV + hk) * s.D;
        double dp = 0;
        for (int d = 0; d < s.D; ++d) dp += val(Hg, r * s.D + d) * val(Hv, kb + d);
        const double ds = std::exp(sy[j] - L) * (dp - dl) * sdt[j];
        for (int d = 0; d < s.D; ++d) acc2[d] += ds * val(Hk, kb + d);
      }
    double rmax = 0;
    for (int d = 0; d < s.D; ++d) rmax = std::max(rmax, std::fabs(acc2[d] * sc));
    for (int d = 0; d < s.D; ++d) {
      const double want = acc2[d] * sc;
      c_ref64.add("ref_dq", r, d, hr_dq[r * s.D + d], want, 2e-3 * rmax + 1e-5);
      c_k64.add("dq", r, d, from_bits(h_dq[r * s.D + d], f16), want, t_dq);
    }
  }
  for (size_t n = 0; n < nsk; ++n) {
    const size_t r = pick(n, krows);  // packed key row * HKV + hk
    const int hk = (int)(r % s.HKV), G = s.H / s.HKV;
    const size_t krow = r / s.HKV;
    const int b = (int)(std::upper_bound(ck.begin(), ck.end(), (unsigned)krow) - ck.begin()) - 1;
    const int TQ = (int)(cq[b + 1] - cq[b]), TK = (int)(ck[b + 1] - ck[b]), j = (int)(krow - ck[b]);
    const long long off = TK - TQ, right = s.causal ? std::min(s.right, 0) : s.right;
    const long long lo = std::max(0ll, j - off - right), hi = std::min((long long)TQ - 1, j - off + s.left);
    std::fill(acc.begin(), acc.end(), 0.0);
    std::fill(acc2.begin(), acc2.end(), 0.0);
    for (int g = 0; g < G; ++g) {
      const int h = hk * G + g;
      for (long long t = lo; t <= hi; ++t) {
        const size_t li = s.varlen() ? (size_t)h * total_q + cq[b] + t : ((size_t)b * s.H + h) * s.TQ + t;
        const double L = hlse[li];
        if (std::isinf(L)) continue;
        const size_t qb = ((cq[b] + t) * s.H + h) * s.D;
        double a = 0, dp = 0;
        for (int d = 0; d < s.D; ++d) {
          a += val(Hq, qb + d) * val(Hk, r * s.D + d);
          dp += val(Hg, qb + d) * val(Hv, r * s.D + d);
        }
        double y, dt;
        score(a, y, dt);
        const double p = std::exp(y - L), ds = p * (dp - hdelta[li]) * dt;
        for (int d = 0; d < s.D; ++d) {
          acc[d] += ds * val(Hq, qb + d);
          acc2[d] += p * val(Hg, qb + d);
        }
      }
    }
    double mk = 0, mv = 0;
    for (int d = 0; d < s.D; ++d) {
      mk = std::max(mk, std::fabs(acc[d] * sc));
      mv = std::max(mv, std::fabs(acc2[d]));
    }
    for (int d = 0; d < s.D; ++d) {
      c_ref64.add("ref_dk", r, d, hr_dk[r * s.D + d], acc[d] * sc, 2e-3 * mk + 1e-5);
      c_ref64.add("ref_dv", r, d, hr_dv[r * s.D + d], acc2[d], 2e-3 * mv + 1e-5);
      c_k64.add("dk", r, d, from_bits(h_dk[r * s.D + d], f16), acc[d] * sc, t_dk);
      c_k64.add("dv", r, d, from_bits(h_dv[r * s.D + d], f16), acc2[d], t_dv);
    }
  }
  const bool ok = c_dq.nbad == 0 && c_dk.nbad == 0 && c_dv.nbad == 0 && c_ref64.nbad == 0 && c_k64.nbad == 0;

  // --- timing: dK / dV kernel then dQ kernel, events around each
  double ms = 0, ms_min = 0, ms_dkv = 0, ms_dq = 0;
  if (iters > 0) {
    cudaEvent_t e0, e1, e2;
    CK(cudaEventCreate(&e0));
    CK(cudaEventCreate(&e1));
    CK(cudaEventCreate(&e2));
    for (int w = 0; w < 3; ++w) {
      launch(im, s, x, scale, 1);
      launch(im, s, x, scale, 2);
    }
    CK(cudaDeviceSynchronize());
    std::vector<float> ta, tb, tt;
    for (int it = 0; it < iters; ++it) {
      float a, b2;
      CK(cudaEventRecord(e0));
      launch(im, s, x, scale, 1);
      CK(cudaEventRecord(e1));
      launch(im, s, x, scale, 2);
      CK(cudaEventRecord(e2));
      CK(cudaEventSynchronize(e2));
      CK(cudaEventElapsedTime(&a, e0, e1));
      CK(cudaEventElapsedTime(&b2, e1, e2));
      ta.push_back(a);
      tb.push_back(b2);
      tt.push_back(a + b2);
    }
    CK(cudaGetLastError());
    ms = median(tt);
    ms_min = *std::min_element(tt.begin(), tt.end());
    ms_dkv = median(ta);
    ms_dq = median(tb);
    CK(cudaEventDestroy(e0));
    CK(cudaEventDestroy(e1));
    CK(cudaEventDestroy(e2));
  }
  const double vis = visible_fraction(s);
  const double flop = 2.5 * 4.0 * s.B * s.H * (double)s.TQ * s.TK * s.D * vis;
  cudaFuncAttributes fa, fb;
  CK(cudaFuncGetAttributes(&fa, im.dkv));
  CK(cudaFuncGetAttributes(&fb, im.dq));
  std::string seqs;
  for (size_t i = 0; i < s.tqs.size(); ++i) seqs += (i ? "," : "") + std::to_string(s.tqs[i]) + ":" + std::to_string(s.tks[i]);
  printf("{\"tag\":\"%s\",\"device\":\"%s\",\"impl\":\"%s\",\"B\":%d,\"H\":%d,\"HKV\":%d,\"TQ\":%d,\"TK\":%d,\"D\":%d,"
         "\"causal\":%s,\"left\":%d,\"right\":%d,\"softcap\":%g,\"qscale\":%g,\"varlen\":\"%s\",\"dtype\":\"%s\","
         "\"visible\":%.4f,\"regs_dkv\":%d,\"regs_dq\":%d,\"local_bytes\":%zu,\"smem_dkv\":%u,\"smem_dq\":%u,\"seed\":%llu,"
         "\"ok\":%s,\"dq_vs_gpu_ref\":%s,\"dk_vs_gpu_ref\":%s,\"dv_vs_gpu_ref\":%s,\"f64_rows\":%zu,"
         "\"gpu_ref_vs_f64\":%s,\"kernel_vs_f64\":%s",
         tag, g_dev.c_str(), im.name, s.B, s.H, s.HKV, s.TQ, s.TK, s.D, s.causal ? "true" : "false", s.left, s.right,
         s.softcap, s.qscale, seqs.c_str(), f16 ? "f16" : "bf16", vis, fa.numRegs, fb.numRegs,
         (size_t)(fa.localSizeBytes + fb.localSizeBytes), im.smem_dkv, im.smem_dq, (unsigned long long)seed,
         ok ? "true" : "false", c_dq.json().c_str(), c_dk.json().c_str(), c_dv.json().c_str(), nsq + nsk,
         c_ref64.json().c_str(), c_k64.json().c_str());
  if (iters > 0)
    printf(",\"iters\":%d,\"ms\":%.4f,\"ms_min\":%.4f,\"ms_dkv\":%.4f,\"ms_dq\":%.4f,\"tflops\":%.1f", iters, ms, ms_min,
           ms_dkv, ms_dq, flop / ms * 1e-9);
  printf("}\n");
  fflush(stdout);
  for (void* p : {(void*)dq_in, (void*)dk_in, (void*)dv_in, (void*)dg_in, (void*)o_dq, (void*)o_dk, (void*)o_dv,
                  (void*)lse, (void*)delta, (void*)r_dq, (void*)r_dk, (void*)r_dv, (void*)dcq, (void*)dck})
    cudaFree(p);
  return ok;
}

static bool parse_varlen(const char* str, Shape& s) {
  s.tqs.clear();
  s.tks.clear();
  for (const char* c = str; *c;) {
    int a, b, n;
    if (sscanf(c, "%d:%d%n", &a, &b, &n) != 2 || a < 0 || b < 0) return false;
    s.tqs.push_back(a);
    s.tks.push_back(b);
    c += n;
    if (*c == ',') ++c;
  }
  if (s.tqs.empty()) return false;
  s.B = (int)s.tqs.size();
  s.TQ = *std::max_element(s.tqs.begin(), s.tqs.end());
  s.TK = *std::max_element(s.tks.begin(), s.tks.end());
  return true;
}
static Shape opts(Shape s, int left, int right, float softcap = 0.f, float qscale = 1.f) {
  s.left = left;
  s.right = right;
  s.softcap = softcap;
  s.qscale = qscale;
  return s;
}
static Shape varlen_shape(int H, int HKV, int D, int causal, const char* seqs, int left = UNB, int right = UNB,
                          float softcap = 0.f, float qscale = 1.f) {
  Shape s{0, H, HKV, 0, 0, D, causal};
  if (!parse_varlen(seqs, s)) {
    printf("{\"error\":\"bad varlen list %s\"}\n", seqs);
    exit(2);
  }
  return opts(s, left, right, softcap, qscale);
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s info | debug [SEED [IMPL]] | run B H HKV TQ TK D CAUSAL ITERS [IMPL] [SEED] [OPT=VALUE...]\n",
            argv[0]);
    return 2;
  }
  cudaDeviceProp p;
  CK(cudaGetDeviceProperties(&p, 0));
  g_dev = p.name;
  if (p.major != 9) printf("{\"warning\":\"compute capability %d.%d: these kernels are sm_90a only\"}\n", p.major, p.minor);
  const std::string mode = argv[1];
  const uint64_t seed_default = (uint64_t)time(nullptr) * 2654435761ull;
  if (mode == "info") {
    int drv = 0, rt = 0;
    CK(cudaDriverGetVersion(&drv));
    CK(cudaRuntimeGetVersion(&rt));
    printf("{\"tag\":\"info\",\"device\":\"%s\",\"sms\":%d,\"driver\":%d,\"runtime\":%d}\n", g_dev.c_str(),
           p.multiProcessorCount, drv, rt);
    for (auto& im : all_impls()) {
      cudaFuncAttributes a, b;
      CK(cudaFuncGetAttributes(&a, im.dkv));  // fails here if the sm_90a image cannot load
      CK(cudaFuncGetAttributes(&b, im.dq));
      printf("{\"tag\":\"attrs\",\"impl\":\"%s\",\"regs_dkv\":%d,\"regs_dq\":%d,\"local_bytes\":%zu,\"smem_dkv\":%u,"
             "\"smem_dq\":%u,\"ptx\":%d,\"sass\":%d}\n",
             im.name, a.numRegs, b.numRegs, (size_t)(a.localSizeBytes + b.localSizeBytes), im.smem_dkv, im.smem_dq,
             a.ptxVersion, a.binaryVersion);
    }
    return 0;
  }
  if (mode == "debug") {
    const uint64_t seed = argc >= 3 ? strtoull(argv[2], nullptr, 10) : seed_default;
    const char* only = argc >= 4 ? find_impl(argv[3])->name : nullptr;  // one impl: a fault stays local
    // B H HKV TQ TK D causal [window, softcap]: TQ, TK from {1, 31, 64, 127, 128, 129, 300}
    // and a few longer ones (several query / key blocks, the stage ring wrapping).
    const Shape fixed[] = {
        {1, 1, 1, 1, 1, 64, 0},        {1, 1, 1, 1, 1, 128, 1},       // one query, one key
        {1, 2, 2, 31, 31, 64, 1},      {2, 4, 1, 64, 64, 128, 0},     // partial tile; GQA 4
        {1, 4, 1, 127, 127, 128, 1},   {1, 4, 4, 128, 128, 64, 0},    // one tile
        {2, 4, 1, 129, 129, 64, 1},    {1, 2, 2, 300, 300, 128, 0},   // 2-3 tiles
        {1, 2, 2, 31, 300, 128, 1},    {2, 2, 2, 64, 129, 64, 0},     // TQ < TK (bottom-right)
        {1, 2, 2, 300, 64, 64, 1},     {1, 4, 1, 300, 127, 128, 1},   // TQ > TK: rows see no key
        {1, 2, 2, 1, 300, 128, 1},     {1, 2, 1, 129, 1, 64, 0},      // decode-like; one key
        {1, 8, 2, 700, 700, 128, 1},   {1, 2, 2, 1024, 1024, 64, 0},  // ring wraps (GQA 4: 4x the steps)
        {2, 4, 1, 333, 555, 128, 0},   {1, 4, 2, 555, 333, 64, 1},    // odd sizes everywhere
        // Sliding windows: left only, right only, both, causal + left, TQ != TK, windows that
        // leave rows with no key (negative bounds), a window narrower than a block.
        opts({1, 2, 1, 600, 600, 64, 0}, 100, UNB),   opts({1, 2, 2, 600, 600, 128, 0}, UNB, 70),
        opts({1, 2, 2, 500, 500, 64, 0}, 200, 150),   opts({1, 4, 1, 700, 700, 128, 1}, 130, UNB),
        opts({1, 2, 2, 300, 700, 64, 1}, 257, UNB),   opts({1, 2, 2, 700, 300, 128, 0}, 64, -40),
        opts({1, 2, 2, 400, 400, 64, 0}, -20, 60),    opts({2, 2, 1, 1024, 1024, 128, 1}, 31, UNB),
        // Softcap (q scaled up so that the cap bends), alone and with a window.
        opts({1, 2, 1, 300, 300, 64, 0}, UNB, UNB, 5.f, 8.f),
        opts({1, 4, 1, 300, 300, 128, 1}, 90, UNB, 3.f, 8.f),
        opts({1, 4, 2, 513, 777, 128, 0}, UNB, UNB, 30.f, 16.f),
    };
    const Shape var[] = {
        varlen_shape(2, 1, 64, 0, "1:1,127:127,129:129,300:300"),
        varlen_shape(4, 1, 128, 1, "1:1,127:127,129:129,300:300"),
        varlen_shape(2, 2, 64, 1, "1:300,127:5,129:200,300:129,0:10,10:0"),     // TQ != TK; empty sequences
        varlen_shape(4, 2, 128, 0, "200:100,1:1,130:400,257:257", 50, 20),        // window
        varlen_shape(2, 1, 64, 0, "300:200,129:129,1:7", UNB, UNB, 4.f, 8.f),    // softcap
        varlen_shape(2, 1, 128, 1, "1:1,31:64,64:31,300:300", 100),               // causal + left
        varlen_shape(2, 2, 128, 0, "1000:1000,1:1,511:1500,700:3"),               // long ones
    };
    bool ok = true;
    uint64_t sd = seed;
    for (const Shape& s : fixed)
      for (auto& im : all_impls())
        if (!im.varlen && im.D == s.D && (!only || !strcmp(only, im.name))) ok &= run_case(im, s, 0, sd++, "debug");
    for (const Shape& s : var)
      for (auto& im : all_impls())
        if (im.varlen && im.D == s.D && (!only || !strcmp(only, im.name))) ok &= run_case(im, s, 0, sd++, "debug");
    return ok ? 0 : 1;
  }
  if (mode == "run" && argc >= 10) {
    Shape s{atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), atoi(argv[5]), atoi(argv[6]), atoi(argv[7]), atoi(argv[8])};
    const int iters = atoi(argv[9]);
    const char* impl = nullptr;
    uint64_t seed = seed_default;
    int npos = 0;
    for (int a = 10; a < argc; ++a) {
      const char* o = argv[a];
      if (!strncmp(o, "left=", 5)) s.left = atoi(o + 5);
      else if (!strncmp(o, "right=", 6)) s.right = atoi(o + 6);
      else if (!strncmp(o, "softcap=", 8)) s.softcap = (float)atof(o + 8);
      else if (!strncmp(o, "qscale=", 7)) s.qscale = (float)atof(o + 7);
      else if (!strncmp(o, "varlen=", 7)) {
        if (!parse_varlen(o + 7, s)) {
          printf("{\"error\":\"bad varlen list %s\"}\n", o + 7);
          return 2;
        }
      } else if (npos++ == 0) impl = o;
      else seed = strtoull(o, nullptr, 10);
    }
    const Impl& im = impl ? *find_impl(impl) : *find_impl(s.D == 64 ? "pmetal_attn_bwd_d64" : "pmetal_attn_bwd_d128");
    return run_case(im, s, iters, seed, "run") ? 0 : 1;
  }
  fprintf(stderr, "bad arguments\n");
  return 2;
}
