// Host harness for the Hopper attention forward (src/kernels/attention/hopper/attn_fwd.cu,
// issue 18 milestone 2): tensor maps, seeded inputs, a simple f32 GPU reference (two-pass) over the whole
// output, a float64 host reference on sampled rows (all rows for small shapes), timing.
//
//   attention_fwd info
//   attention_fwd debug [SEED [IMPL]]                            small / odd shapes, every impl (or one)
//   attention_fwd run B H HKV TQ TK D CAUSAL ITERS [IMPL] [SEED] [OPT=VALUE...]
//                                                                check + timing (ITERS 0: check)
// IMPL: pmetal_attn_fwd_d64 | _d128 | _d128_s3 | _d64_pp | _d128_pp | _d128_pvsplit
//       | _d64_f16 | _d128_f16 | _d64_varlen | _d128_varlen | _d64_varlen_f16 | _d128_varlen_f16
//       (default: _d64 / _d128 by D).
// OPT: left=N right=N (window, 1<<30 = unbounded), softcap=X, qscale=X (q inputs multiplied by
//      X, so that the softcap bends), varlen=TQ0:TK0,TQ1:TK1,... (varlen impls only: packed
//      sequences; B, TQ, TK then come from the list).
// Semantics (the library's, src/kernels/attention/common.rs score): x = (q.k) * scale; with
// softcap x = cap * tanh(x / cap); key j visible from query t iff
// -left <= j - t - (TK - TQ) <= right (causal: right = min(right, 0)), per sequence in varlen.
// One JSON line per case on stdout. FLOPs = 4*B*H*TQ*TK*D times the visible fraction of the
// (query, key) pairs.
//
// Check: out (bf16) against the GPU f32 reference with |got - ref| <= 5e-3 + |ref|/128 per
// entry. Why: v in [-1, 1), and the kernel's only approximations beyond f32 are (a) P rounded
// to bf16 before P V: |sum_j (bf16(p_j) - p_j) v_j| / l <= 2^-8 * sum_j p_j |v_j| / l <= 2^-8
// = 3.9e-3 (a worst case; random signs make it ~100x smaller), and (b) the bf16 output
// rounding, <= |out| * 2^-8 (|ref|/128 leaves 2x margin); ex2/lg2.approx errors (~2^-22) and
// f32 accumulation order are far below. lse: |got - ref| <= 1e-3 + 1e-4*|ref|, -inf exactly
// where no key is visible. The GPU reference itself is checked against float64 on sampled rows
// with tight tolerances (1e-4), so a wrong reference cannot pass a wrong kernel. Outputs are
// poisoned with NaN before the checked launch: a row the kernel forgets stays NaN and fails.

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
#include "../../src/kernels/attention/hopper/attn_fwd.cu"
#include "harness.h"

static_assert(sizeof(TmaDesc) == sizeof(CUtensorMap) && alignof(TmaDesc) == alignof(CUtensorMap),
              "TmaDesc must have CUtensorMap's layout");


// ------------------------------------------------------------------------------------------
// Inputs: hash of (seed, index) -> uniform [-1, 1), rounded to bf16 (host recomputes any entry)
// ------------------------------------------------------------------------------------------
// 16-bit element patterns of either dtype (f16: the _f16 impls).
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
static inline double host_val(uint64_t seed, uint64_t i, bool f16, float mul = 1.f) {
  return (double)from_bits(to_bits(mul * hash_uniform(seed, i), f16), f16);
}

// ------------------------------------------------------------------------------------------
// f32 reference, simple on purpose and independent of the kernel's algorithm: exact two-pass
// softmax. A block = 32 query rows of one (head, batch), 256 threads; key tiles of 32 through
// shared memory (f32, rows padded to D+1 against bank conflicts). Pass 1: row max and sum of
// exp (the sum rescaled when the max grows, in f32); pass 2: scores again, p = exp(s - max)/sum,
// out += p v. Thread (r = tid/8, part = tid%8): scores for keys 4*part..+3 of row r, and output
// d = part, part+8, ... of row r. Every (row, key) pair the library defines as visible counts.
// Layout: rows of sequence b are cu_q[b] .. (q, out) and cu_k[b] .. (k, v) of [rows, heads, D]
// tensors (fixed lengths: cu = b*T, the same as [B, T, heads, D]); lse at
// (b*H + h)*TQ + t, or h*total_q + cu_q[b] + t when lse_hq (varlen).
// ------------------------------------------------------------------------------------------
constexpr int REF_ROWS = 32, REF_KEYS = 32;
static unsigned ref_smem_bytes(int D) {
  return (unsigned)(3 * REF_ROWS * (D + 1) + REF_ROWS * (REF_KEYS + 1) + 2 * REF_ROWS) * 4;
}
struct RefArgs {
  int H, HKV, D, causal, left, right, lse_hq, f16;
  float scale, softcap;
  const unsigned* cu_q;
  const unsigned* cu_k;
};
__global__ void __launch_bounds__(256) ref_attn_kernel(const unsigned short* q, const unsigned short* k,
                                                        const unsigned short* v, float* out, float* lse, RefArgs A) {
  const int H = A.H, HKV = A.HKV, D = A.D;
  const bool f16 = A.f16;
  const float scale = A.scale;
  extern __shared__ float sh[];
  const int DP = D + 1;
  float* sq = sh;                            // [32][DP] query rows
  float* sk = sq + REF_ROWS * DP;            // [32][DP] key tile
  float* sv = sk + REF_KEYS * DP;            // [32][DP] value tile
  float* ss = sv + REF_KEYS * DP;            // [32][33] scores, then probabilities
  float* smax = ss + REF_ROWS * (REF_KEYS + 1);
  float* ssum = smax + REF_ROWS;
  const int t0 = blockIdx.x * REF_ROWS, h = blockIdx.y, b = blockIdx.z, hk = h / (H / HKV);
  const size_t q0 = A.cu_q[b], k0 = A.cu_k[b];
  const int TQ = (int)(A.cu_q[b + 1] - q0), TK = (int)(A.cu_k[b + 1] - k0);
  if (t0 >= TQ) return;  // varlen grids are sized for the longest sequence (whole block leaves)
  const int off = TK - TQ, tid = threadIdx.x, r = tid / 8, part = tid % 8;
  const int t = t0 + r;
  const int right = A.causal ? min(A.right, 0) : A.right, left = A.left;
  for (int i = tid; i < REF_ROWS * D; i += blockDim.x) {
    const int rr = i / D, d = i % D;
    sq[rr * DP + d] = t0 + rr < TQ ? from_bits(q[((q0 + t0 + rr) * H + h) * D + d], f16) : 0.f;
  }
  if (tid < REF_ROWS) {
    smax[tid] = -INFINITY;
    ssum[tid] = 0.f;
  }
  // Keys any row of this block may see (a superset is fine: the per-pair test decides).
  const int kend = (int)max(0ll, min((long long)TK, (long long)min(TQ, t0 + REF_ROWS) + off + right));
  const int kbeg = (int)max(0ll, min((long long)kend, (long long)t0 + off - left)) / REF_KEYS * REF_KEYS;
  auto load_tile = [&](float* dst, const unsigned short* src, int j0) {
    for (int i = tid; i < REF_KEYS * D; i += blockDim.x) {
      const int jj = i / D, d = i % D, j = j0 + jj;
      dst[jj * DP + d] = j < TK ? from_bits(src[((k0 + j) * HKV + hk) * D + d], f16) : 0.f;
    }
  };
  auto scores = [&](int j0) {  // ss[r][4*part + c] = score x (scaled, capped) or -inf
    for (int c = 0; c < 4; ++c) {
      const int jj = 4 * part + c, j = j0 + jj;
      float a = 0.f;
      for (int d = 0; d < D; ++d) a = fmaf(sq[r * DP + d], sk[jj * DP + d], a);
      a *= scale;
      if (A.softcap != 0.f) a = A.softcap * tanhf(a / A.softcap);
      const long long rel = (long long)j - t - off;
      ss[r * (REF_KEYS + 1) + jj] = (j < TK && t < TQ && rel >= -left && rel <= right) ? a : -INFINITY;
    }
  };
  // pass 1: max and sum
  for (int j0 = kbeg; j0 < kend; j0 += REF_KEYS) {
    __syncthreads();
    load_tile(sk, k, j0);
    __syncthreads();
    scores(j0);
    __syncthreads();
    if (tid < REF_ROWS) {
      float mt = -INFINITY;
      for (int c = 0; c < REF_KEYS; ++c) mt = fmaxf(mt, ss[tid * (REF_KEYS + 1) + c]);
      const float mn = fmaxf(smax[tid], mt);
      if (mn != -INFINITY) {
        float sum = smax[tid] == -INFINITY ? 0.f : ssum[tid] * expf(smax[tid] - mn);
        for (int c = 0; c < REF_KEYS; ++c) sum += expf(ss[tid * (REF_KEYS + 1) + c] - mn);
        ssum[tid] = sum;
        smax[tid] = mn;
      }
    }
  }
  // pass 2: out = sum_j p_j v_j
  float acc[16];
#pragma unroll
  for (int i = 0; i < 16; ++i) acc[i] = 0.f;
  for (int j0 = kbeg; j0 < kend; j0 += REF_KEYS) {
    __syncthreads();
    load_tile(sk, k, j0);
    load_tile(sv, v, j0);
    __syncthreads();
    scores(j0);
    for (int c = 0; c < 4; ++c) {
      float& x = ss[r * (REF_KEYS + 1) + 4 * part + c];
      x = x == -INFINITY ? 0.f : expf(x - smax[r]) / ssum[r];
    }
    __syncthreads();
#pragma unroll
    for (int i = 0; i < 16; ++i) {  // fixed bound: acc stays in registers
      if (i < D / 8) {
        const int d = part + 8 * i;
        float a = acc[i];
        for (int jj = 0; jj < REF_KEYS; ++jj) a = fmaf(ss[r * (REF_KEYS + 1) + jj], sv[jj * DP + d], a);
        acc[i] = a;
      }
    }
  }
  __syncthreads();
  if (t < TQ) {
#pragma unroll
    for (int i = 0; i < 16; ++i)
      if (i < D / 8) out[((q0 + t) * H + h) * D + part + 8 * i] = acc[i];
    if (part == 0) {
      const size_t li = A.lse_hq ? (size_t)h * A.cu_q[gridDim.z] + q0 + t : ((size_t)b * H + h) * TQ + t;
      lse[li] = ssum[r] > 0.f ? smax[r] + logf(ssum[r]) : -INFINITY;
    }
  }
}

// ------------------------------------------------------------------------------------------
// Host side
// ------------------------------------------------------------------------------------------

// 4-D map (D, heads, T, B), box (64, 1, 128, 1), 128B swizzle, OOB rows zero-filled; varlen
// (Bn = 0): 3-D map (D, heads, T = total rows), box (64, 1, 128).
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
  unsigned smem;
  const void* fn;
  bool f16 = false, varlen = false;
};
static std::vector<Impl> all_impls() {
  return {{"pmetal_attn_fwd_d64", 64, PMETAL_ATTN_SMEM_D64, (const void*)pmetal_attn_fwd_d64},
          {"pmetal_attn_fwd_d128", 128, PMETAL_ATTN_SMEM_D128, (const void*)pmetal_attn_fwd_d128},
          {"pmetal_attn_fwd_d128_s3", 128, PMETAL_ATTN_SMEM_D128_S3, (const void*)pmetal_attn_fwd_d128_s3},
          {"pmetal_attn_fwd_d64_pp", 64, PMETAL_ATTN_SMEM_D64_PP, (const void*)pmetal_attn_fwd_d64_pp},
          {"pmetal_attn_fwd_d128_pp", 128, PMETAL_ATTN_SMEM_D128_PP, (const void*)pmetal_attn_fwd_d128_pp},
          {"pmetal_attn_fwd_d128_pvsplit", 128, PMETAL_ATTN_SMEM_D128_PVSPLIT, (const void*)pmetal_attn_fwd_d128_pvsplit},
          {"pmetal_attn_fwd_d64_f16", 64, PMETAL_ATTN_SMEM_D64, (const void*)pmetal_attn_fwd_d64_f16, true},
          {"pmetal_attn_fwd_d128_f16", 128, PMETAL_ATTN_SMEM_D128, (const void*)pmetal_attn_fwd_d128_f16, true},
          {"pmetal_attn_fwd_d64_varlen", 64, PMETAL_ATTN_SMEM_D64, (const void*)pmetal_attn_fwd_d64_varlen, false, true},
          {"pmetal_attn_fwd_d128_varlen", 128, PMETAL_ATTN_SMEM_D128, (const void*)pmetal_attn_fwd_d128_varlen, false, true},
          {"pmetal_attn_fwd_d64_varlen_f16", 64, PMETAL_ATTN_SMEM_D64, (const void*)pmetal_attn_fwd_d64_varlen_f16, true, true},
          {"pmetal_attn_fwd_d128_varlen_f16", 128, PMETAL_ATTN_SMEM_D128, (const void*)pmetal_attn_fwd_d128_varlen_f16, true,
           true}};
}
static const Impl* find_impl(const char* name) {
  static std::vector<Impl> v = all_impls();
  for (auto& im : v)
    if (!strcmp(im.name, name)) return &im;
  printf("{\"error\":\"unknown impl %s\"}\n", name);
  exit(2);
}

constexpr int UNB = 1 << 30;  // unbounded window side
// Varlen shapes: tqs / tks hold each sequence's lengths (then B = their count, TQ / TK the
// longest); fixed shapes leave them empty.
struct Shape {
  int B, H, HKV, TQ, TK, D, causal;
  int left = UNB, right = UNB;
  float softcap = 0.f, qscale = 1.f;
  std::vector<int> tqs, tks;
  bool varlen() const { return !tqs.empty(); }
};

static void launch(const Impl& im, const Shape& s, const CUtensorMap& mq, const CUtensorMap& mk,
                   const CUtensorMap& mv, unsigned short* out, float* lse, const unsigned* cu_q, const unsigned* cu_k,
                   float scale) {
  dim3 grid((s.TQ + 127) / 128, s.H, s.B), block(384);
  int B = s.B, H = s.H, HKV = s.HKV, TQ = s.TQ, TK = s.TK, causal = s.causal, left = s.left, right = s.right;
  float softcap = s.softcap;
  if (im.varlen) {
    void* args[] = {(void*)&mq, (void*)&mk, (void*)&mv, (void*)&out, (void*)&lse, (void*)&cu_q, (void*)&cu_k,
                    (void*)&B, (void*)&H, (void*)&HKV, (void*)&TQ, (void*)&TK, (void*)&scale, (void*)&causal,
                    (void*)&left, (void*)&right, (void*)&softcap};
    CK(cudaLaunchKernel(im.fn, grid, block, args, im.smem, 0));
  } else {
    void* args[] = {(void*)&mq, (void*)&mk, (void*)&mv, (void*)&out, (void*)&lse, (void*)&B, (void*)&H,
                    (void*)&HKV, (void*)&TQ, (void*)&TK, (void*)&scale, (void*)&causal, (void*)&left,
                    (void*)&right, (void*)&softcap};
    CK(cudaLaunchKernel(im.fn, grid, block, args, im.smem, 0));
  }
}

static std::string g_dev;

// A number as JSON that Python's json module reads back (NaN, Infinity, -Infinity included).
static std::string num(double x) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
  char b[32];
  snprintf(b, sizeof b, "%.6g", x);
  return b;
}

struct Cmp {
  double max_abs = 0, sum_d2 = 0, sum_r2 = 0;
  size_t n = 0, nonfinite = 0, nbad = 0;
  std::string first_bad;
  // want may be -inf (lse of a row that sees nothing): then got must be -inf too.
  void add(const char* what, size_t row, int col, double got, double want, double tol) {
    n++;
    bool bad;
    if (std::isinf(want)) {
      bad = got != want;
    } else if (!std::isfinite(got)) {
      nonfinite++;
      bad = true;
    } else {
      const double d = got - want;
      max_abs = std::max(max_abs, std::fabs(d));
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
    char b[256];
    snprintf(b, sizeof b, "{\"n\":%zu,\"rel_fro\":%.3e,\"max_abs\":%.3e,\"nonfinite\":%zu,\"nbad\":%zu,\"first_bad\":[", n,
             rel(), max_abs, nonfinite, nbad);
    return b + first_bad + "]}";
  }
};

// Keys visible from query t of a sequence (TQ, TK): lo .. hi (empty when hi < lo).
static void visible_range(const Shape& s, int TQ, int TK, int t, long long& lo, long long& hi) {
  const long long off = TK - TQ, right = s.causal ? std::min(s.right, 0) : s.right;
  lo = std::max(0ll, t + off - s.left);
  hi = std::min((long long)TK - 1, t + off + right);
}
// Visible (query, key) pairs over all (query, key) pairs of the padded shape.
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

static bool run_case(const Impl& im, const Shape& s, int iters, uint64_t seed, const char* tag) {
  if (s.D != im.D || s.H % s.HKV != 0 || s.TQ < 1 || s.TK < (s.varlen() ? 0 : 1) || s.varlen() != im.varlen) {
    printf("{\"tag\":\"%s\",\"impl\":\"%s\",\"error\":\"bad shape for this impl (D %d, H %d, HKV %d, varlen %d)\"}\n", tag,
           im.name, s.D, s.H, s.HKV, (int)s.varlen());
    return false;
  }
  // Sequence offsets: fixed lengths are sequences b*TQ / b*TK of the same [rows, heads, D] layout.
  std::vector<unsigned> cq(s.B + 1, 0), ck(s.B + 1, 0);
  for (int b = 0; b < s.B; ++b) {
    cq[b + 1] = cq[b] + (s.varlen() ? s.tqs[b] : s.TQ);
    ck[b + 1] = ck[b] + (s.varlen() ? s.tks[b] : s.TK);
  }
  const size_t total_q = cq[s.B], total_k = ck[s.B];
  const size_t nq = total_q * s.H * s.D, nk = std::max<size_t>(1, total_k) * s.HKV * s.D, nl = std::max<size_t>(1, total_q * s.H);
  const uint64_t sq = seed * 3 + 1, sk = seed * 3 + 2, sv = seed * 3 + 3;
  const float scale = 1.0f / std::sqrt((float)s.D);
  const bool f16 = im.f16;
  unsigned short *dq, *dk, *dv, *dout;
  float *dlse, *rout, *rlse;
  unsigned *dcq, *dck;
  CK(cudaMalloc(&dq, nq * 2));
  CK(cudaMalloc(&dk, nk * 2));
  CK(cudaMalloc(&dv, nk * 2));
  CK(cudaMalloc(&dout, nq * 2));
  CK(cudaMalloc(&dlse, nl * 4));
  CK(cudaMalloc(&rout, nq * 4));
  CK(cudaMalloc(&rlse, nl * 4));
  CK(cudaMalloc(&dcq, (s.B + 1) * 4));
  CK(cudaMalloc(&dck, (s.B + 1) * 4));
  CK(cudaMemcpy(dcq, cq.data(), (s.B + 1) * 4, cudaMemcpyHostToDevice));
  CK(cudaMemcpy(dck, ck.data(), (s.B + 1) * 4, cudaMemcpyHostToDevice));
  fill_kernel<<<1024, 256>>>(dq, nq, sq, f16, s.qscale);
  fill_kernel<<<1024, 256>>>(dk, nk, sk, f16, 1.f);
  fill_kernel<<<1024, 256>>>(dv, nk, sv, f16, 1.f);
  CK(cudaGetLastError());
  CK(cudaFuncSetAttribute(im.fn, cudaFuncAttributeMaxDynamicSharedMemorySize, im.smem));
  // Varlen: 3-D maps over all rows. A sequence with no keys still gets a valid map (nk >= 1).
  const CUtensorMap mq = s.varlen() ? make_map(dq, 0, (int)total_q, s.H, s.D, f16) : make_map(dq, s.B, s.TQ, s.H, s.D, f16),
                    mk = s.varlen() ? make_map(dk, 0, (int)std::max<size_t>(1, total_k), s.HKV, s.D, f16)
                                    : make_map(dk, s.B, s.TK, s.HKV, s.D, f16),
                    mv = s.varlen() ? make_map(dv, 0, (int)std::max<size_t>(1, total_k), s.HKV, s.D, f16)
                                    : make_map(dv, s.B, s.TK, s.HKV, s.D, f16);

  // --- checked launch (outputs poisoned with NaN first), then the reference
  CK(cudaMemset(dout, 0xFF, nq * 2));
  CK(cudaMemset(dlse, 0xFF, nl * 4));
  launch(im, s, mq, mk, mv, dout, dlse, dcq, dck, scale);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());
  const unsigned ref_smem = ref_smem_bytes(s.D);
  CK(cudaFuncSetAttribute((const void*)ref_attn_kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, ref_smem));
  const RefArgs ra{s.H, s.HKV, s.D, s.causal, s.left, s.right, (int)s.varlen(), (int)f16, scale, s.softcap, dcq, dck};
  CK(cudaMemset(rout, 0, nq * 4));
  ref_attn_kernel<<<dim3((s.TQ + REF_ROWS - 1) / REF_ROWS, s.H, s.B), 256, ref_smem>>>(dq, dk, dv, rout, rlse, ra);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());
  std::vector<unsigned short> hout(nq);
  std::vector<float> hlse(nl), hrout(nq), hrlse(nl);
  CK(cudaMemcpy(hout.data(), dout, nq * 2, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hlse.data(), dlse, nl * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hrout.data(), rout, nq * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hrlse.data(), rlse, nl * 4, cudaMemcpyDeviceToHost));

  Cmp c_out, c_lse;
  for (size_t i = 0; i < nq; ++i) {
    const double r = hrout[i];
    c_out.add("out", i / s.D, (int)(i % s.D), from_bits(hout[i], f16), r, 5e-3 + std::fabs(r) / 128);
  }
  for (size_t i = 0; i < total_q * s.H; ++i) {
    const double r = hrlse[i];
    c_lse.add("lse", i, 0, hlse[i], r, 1e-3 + 1e-4 * std::fabs(r));
  }

  // --- float64 host reference: all (row, head) pairs for small shapes, else 48 sampled ones.
  // Checks the GPU reference tightly (1e-4) and the kernel with its own tolerance.
  const size_t rows = total_q * s.H;
  const bool all = (double)rows * s.TK * s.D <= 3e8;
  const size_t nsamp = all ? rows : 48;
  Cmp c_ref64, c_out64;
  std::vector<double> qr(s.D), sc(std::max(1, s.TK)), o(s.D), hK, hV;
  if (all) {  // whole K and V once (the per-row loops then do no hashing)
    hK.resize(nk);
    hV.resize(nk);
    for (size_t i = 0; i < nk; ++i) {
      hK[i] = host_val(sk, i, f16);
      hV[i] = host_val(sv, i, f16);
    }
  }
  auto kval = [&](size_t i) { return all ? hK[i] : host_val(sk, i, f16); };
  auto vval = [&](size_t i) { return all ? hV[i] : host_val(sv, i, f16); };
  uint64_t rs = seed ^ 0x5DEECE66Dull;
  for (size_t n = 0; n < nsamp; ++n) {
    size_t r = n;  // r = packed query row * H + h
    if (!all) {
      rs = rs * 6364136223846793005ull + 1442695040888963407ull;
      r = (rs >> 33) % rows;
      if (n < 4) r = (n % 2) ? rows - 1 - n / 2 : n / 2;  // always include the first and last rows
    }
    const int h = (int)(r % s.H);
    const size_t qrow = r / s.H;
    const int b = (int)(std::upper_bound(cq.begin(), cq.end(), (unsigned)qrow) - cq.begin()) - 1;
    const int TQ = (int)(cq[b + 1] - cq[b]), TK = (int)(ck[b + 1] - ck[b]), t = (int)(qrow - cq[b]);
    const int hk = h / (s.H / s.HKV);
    long long lo, hi;
    visible_range(s, TQ, TK, t, lo, hi);
    const bool any = hi >= lo;
    for (int d = 0; d < s.D; ++d) qr[d] = host_val(sq, r * s.D + d, f16, s.qscale);
    double mx = -INFINITY;
    for (long long j = lo; j <= hi; ++j) {
      double a = 0;
      const size_t kb = ((ck[b] + j) * s.HKV + hk) * s.D;
      for (int d = 0; d < s.D; ++d) a += qr[d] * kval(kb + d);
      a *= scale;
      if (s.softcap != 0.f) a = s.softcap * std::tanh(a / s.softcap);
      sc[j] = a;
      mx = std::max(mx, a);
    }
    double l = 0;
    std::fill(o.begin(), o.end(), 0.0);
    for (long long j = lo; j <= hi; ++j) {
      const double p = std::exp(sc[j] - mx);
      l += p;
      const size_t vb = ((ck[b] + j) * s.HKV + hk) * s.D;
      for (int d = 0; d < s.D; ++d) o[d] += p * vval(vb + d);
    }
    for (int d = 0; d < s.D; ++d) {
      const double want = any ? o[d] / l : 0.0;
      c_ref64.add("ref_out", r, d, hrout[r * s.D + d], want, 1e-4);
      c_out64.add("out", r, d, from_bits(hout[r * s.D + d], f16), want, 5e-3 + std::fabs(want) / 128);
    }
    const size_t li = s.varlen() ? (size_t)h * total_q + qrow : ((size_t)b * s.H + h) * s.TQ + t;
    const double lwant = any ? mx + std::log(l) : -INFINITY;
    c_ref64.add("ref_lse", r, -1, hrlse[li], lwant, 1e-4 + 1e-5 * std::fabs(lwant));
    c_out64.add("lse", r, -1, hlse[li], lwant, 1e-3 + 1e-4 * std::fabs(lwant));
  }
  const bool ok = c_out.nbad == 0 && c_lse.nbad == 0 && c_ref64.nbad == 0 && c_out64.nbad == 0;

  // --- timing
  double ms_med = 0, ms_min = 0;
  if (iters > 0) {
    cudaEvent_t e0, e1;
    CK(cudaEventCreate(&e0));
    CK(cudaEventCreate(&e1));
    for (int w = 0; w < 3; ++w) launch(im, s, mq, mk, mv, dout, dlse, dcq, dck, scale);
    CK(cudaDeviceSynchronize());
    std::vector<float> ts;
    for (int it = 0; it < iters; ++it) {
      float ms;
      CK(cudaEventRecord(e0));
      launch(im, s, mq, mk, mv, dout, dlse, dcq, dck, scale);
      CK(cudaEventRecord(e1));
      CK(cudaEventSynchronize(e1));
      CK(cudaEventElapsedTime(&ms, e0, e1));
      ts.push_back(ms);
    }
    CK(cudaGetLastError());
    ms_med = median(ts);
    ms_min = *std::min_element(ts.begin(), ts.end());
    CK(cudaEventDestroy(e0));
    CK(cudaEventDestroy(e1));
  }
  const double vis = visible_fraction(s);
  const double flop = 4.0 * s.B * s.H * (double)s.TQ * s.TK * s.D * vis;
  cudaFuncAttributes fa;
  CK(cudaFuncGetAttributes(&fa, im.fn));
  std::string seqs;
  for (size_t i = 0; i < s.tqs.size(); ++i) seqs += (i ? "," : "") + std::to_string(s.tqs[i]) + ":" + std::to_string(s.tks[i]);
  printf("{\"tag\":\"%s\",\"device\":\"%s\",\"impl\":\"%s\",\"B\":%d,\"H\":%d,\"HKV\":%d,\"TQ\":%d,\"TK\":%d,\"D\":%d,"
         "\"causal\":%s,\"left\":%d,\"right\":%d,\"softcap\":%g,\"qscale\":%g,\"varlen\":\"%s\",\"dtype\":\"%s\","
         "\"visible\":%.4f,\"regs\":%d,\"local_bytes\":%zu,\"smem\":%u,\"seed\":%llu,\"ok\":%s,"
         "\"out_vs_gpu_ref\":%s,\"lse_vs_gpu_ref\":%s,\"f64_rows\":%zu,\"gpu_ref_vs_f64\":%s,\"kernel_vs_f64\":%s",
         tag, g_dev.c_str(), im.name, s.B, s.H, s.HKV, s.TQ, s.TK, s.D, s.causal ? "true" : "false", s.left, s.right,
         s.softcap, s.qscale, seqs.c_str(), f16 ? "f16" : "bf16", vis, fa.numRegs, (size_t)fa.localSizeBytes, im.smem,
         (unsigned long long)seed, ok ? "true" : "false", c_out.json().c_str(), c_lse.json().c_str(), nsamp,
         c_ref64.json().c_str(), c_out64.json().c_str());
  if (iters > 0)
    printf(",\"iters\":%d,\"ms\":%.4f,\"ms_min\":%.4f,\"tflops\":%.1f", iters, ms_med, ms_min, flop / ms_med * 1e-9);
  printf("}\n");
  fflush(stdout);
  cudaFree(dq);
  cudaFree(dk);
  cudaFree(dv);
  cudaFree(dout);
  cudaFree(dlse);
  cudaFree(rout);
  cudaFree(rlse);
  cudaFree(dcq);
  cudaFree(dck);
  return ok;
}

static const Impl& default_impl(int D) {
  return *find_impl(D == 64 ? "pmetal_attn_fwd_d64" : "pmetal_attn_fwd_d128");
}

// "TQ0:TK0,TQ1:TK1,..." -> the shape's sequences (B, TQ, TK from them).
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
      cudaFuncAttributes a;
      CK(cudaFuncGetAttributes(&a, im.fn));  // fails here if the sm_90a image cannot load
      printf("{\"tag\":\"attrs\",\"impl\":\"%s\",\"regs\":%d,\"local_bytes\":%zu,\"smem\":%u,\"ptx\":%d,\"sass\":%d}\n",
             im.name, a.numRegs, (size_t)a.localSizeBytes, im.smem, a.ptxVersion, a.binaryVersion);
    }
    return 0;
  }
  if (mode == "debug") {
    const uint64_t seed = argc >= 3 ? strtoull(argv[2], nullptr, 10) : seed_default;
    const char* only = argc >= 4 ? find_impl(argv[3])->name : nullptr;  // one impl: a fault stays local
    // B H HKV TQ TK D causal [window, softcap]. Fixed-length shapes run on every fixed-length
    // impl of their head dim (bf16 and f16), varlen shapes on the varlen impls.
    const Shape fixed[] = {
        {1, 1, 1, 1, 1, 64, 0},        {1, 1, 1, 1, 1, 128, 1},       // one query, one key
        {1, 2, 2, 63, 63, 64, 1},      {2, 2, 1, 65, 65, 128, 0},     // partial tiles, GQA 2
        {1, 4, 1, 128, 128, 128, 1},   {1, 4, 1, 128, 128, 64, 0},    // GQA 4, one full tile
        {2, 4, 4, 200, 200, 64, 1},    {1, 8, 2, 200, 200, 128, 0},   // 2 tiles, key tail
        {1, 2, 2, 63, 200, 128, 1},    {2, 2, 2, 65, 300, 64, 0},     // TQ < TK (bottom-right)
        {1, 2, 2, 200, 63, 64, 1},     {1, 2, 1, 300, 129, 128, 1},   // TQ > TK: rows see no key
        {1, 2, 2, 1, 300, 128, 1},     {1, 4, 2, 512, 512, 128, 1},   // decode-like; ring wraps
        {1, 2, 2, 1024, 1024, 64, 0},  {1, 2, 2, 1024, 1024, 128, 1}, // 8 key blocks
        {1, 1, 1, 700, 1100, 64, 1},   {2, 4, 1, 333, 333, 128, 1},   // odd sizes everywhere
        // Sliding windows: left only, right only, both, causal + left, T_q != T_k, windows that
        // leave rows with no key (negative bounds), a window narrower than a block.
        opts({1, 2, 1, 600, 600, 64, 0}, 100, UNB),   opts({1, 2, 2, 600, 600, 128, 0}, UNB, 70),
        opts({1, 2, 2, 500, 500, 64, 0}, 200, 150),   opts({1, 2, 1, 700, 700, 128, 1}, 130, UNB),
        opts({1, 2, 2, 300, 700, 64, 1}, 257, UNB),   opts({1, 2, 2, 700, 300, 128, 0}, 64, -40),
        opts({1, 2, 2, 400, 400, 64, 0}, -20, 60),    opts({2, 2, 1, 1024, 1024, 128, 1}, 31, UNB),
        // Softcap (q scaled up so that the cap bends), alone and with a window.
        opts({1, 2, 1, 300, 300, 64, 0}, UNB, UNB, 5.f, 8.f),
        opts({1, 2, 1, 300, 300, 128, 1}, 90, UNB, 3.f, 8.f),
        opts({1, 4, 2, 513, 777, 128, 0}, UNB, UNB, 30.f, 16.f),
    };
    const Shape var[] = {
        varlen_shape(2, 1, 64, 0, "1:1,127:127,129:129,300:300"),
        varlen_shape(2, 1, 128, 1, "1:1,127:127,129:129,300:300"),
        varlen_shape(2, 2, 64, 1, "1:300,127:5,129:200,300:129,0:10,10:0"),     // T_q != T_k; empty sequences
        varlen_shape(4, 2, 128, 0, "200:100,1:1,130:400,257:257", 50, 20),        // window
        varlen_shape(2, 1, 64, 0, "300:200,129:129,1:7", UNB, UNB, 4.f, 8.f),    // softcap
        varlen_shape(2, 1, 128, 1, "1:1,127:127,129:129,300:300", 100),           // causal + left
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
    const Impl& im = impl ? *find_impl(impl) : default_impl(s.D);
    return run_case(im, s, iters, seed, "run") ? 0 : 1;
  }
  fprintf(stderr, "bad arguments\n");
  return 2;
}
