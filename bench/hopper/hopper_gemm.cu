// Hopper (sm_90a) building-block probe for issue 18: a bf16 GEMM on wgmma fed by TMA.
//
//   C[M,N] (f32 accumulate; bf16 or f32 out, row-major) = A[M,K] . B[N,K]^T
//   A and B both K-major (row-major with K contiguous): the layout of attention's Q . K^T.
//
// Design (one CTA = one output tile, plain grid with grouped rasterization, no clusters):
//   * Tile BM x BN x BK with BK = 64 bf16 = 128 bytes: one K-slice of a row is exactly one
//     128-byte swizzle row. BM = 64 * NC (NC consumer warpgroups, each owns 64 rows).
//     Main variant: 128 x 256 x 64, 4 stages of (16 KB A + 32 KB B) = 192 KB of smem.
//   * Warpgroup 0 = producer; warpgroups 1..NC = consumers (each wgmma m64nBNk16, 4 per k-tile).
//   * Producer (TMA feed): one thread; per k-tile waits on empty[s], arms full[s] with
//     arrive.expect_tx(bytes of A+B tile), then issues two cp.async.bulk.tensor.2d loads that
//     complete_tx on full[s]. Tensor maps are built on the host with cuTensorMapEncodeTiled
//     (box {64, rows}, SWIZZLE_128B) and passed as __grid_constant__ parameters.
//   * Producer (cp.async feed, variant): all 128 producer threads copy 16-byte chunks with
//     cp.async into the same swizzled layout (computed by hand), wait for their own copies
//     (cp.async.wait_group, STAGES-2 groups kept in flight), fence.proxy.async (generic-proxy
//     writes -> async-proxy wgmma reads), then arrive on full[s] (count 128).
//   * Consumers: wait full[s] (parity = use count & 1), wgmma.fence, 4 x wgmma (k16 each),
//     commit_group, wait_group 1 (keeps one k-tile of wgmma in flight), then release the
//     PREVIOUS stage: lane 0 of each consumer warp arrives on empty[(kt-1)%S]
//     (empty count = 4 * NC warps, so a stage is free only once every consumer warp has seen
//     its wgmma group complete).
//   * setmaxnreg: producer warpgroup drops to 40 (56 for cp.async feed) registers, consumers
//     rise to 232 (224). Entry cap from __launch_bounds__(384, 1) = 168 per thread;
//     128*40 + 256*232 = 64512 = 384*168, so the pool balances exactly.
//   * Epilogue: straight from the accumulator registers to global memory (no smem staging).
//
// Shared-memory layout and encodings (why they match):
//   * TMA with SWIZZLE_128B and a box whose inner extent is 64 bf16 = 128 B writes box row r at
//     byte r*128 of the destination, with its 16-byte chunk c stored at chunk (c ^ (r % 8)).
//     The swizzle is a function of the smem address bits ([6:4] ^= [9:7]), so each stage's A and
//     B buffers start at 1024-byte-aligned addresses (the pattern repeats every 8 rows = 1 KB).
//   * wgmma smem descriptor (PTX "matrix descriptor"), K-major operand with 128B swizzle:
//       bits 13:0  start address >> 4       (18-bit smem address)
//       bits 29:16 leading byte offset >> 4 (unused for K-major swizzled layouts whose k16 step
//                                            fits inside one 128-byte row; set to 1 = 16 B)
//       bits 45:32 stride byte offset >> 4  (= 1024 B: distance between consecutive groups of
//                                            8 rows (core matrices along M/N) = 8 rows * 128 B)
//       bits 51:49 base offset = 0           (every buffer base is 1024-aligned)
//       bits 63:62 swizzle mode = 1          (128-byte swizzle)
//     The k-th k16 slice (32 bytes) of a 64-wide K tile is addressed by adding 32*k bytes
//     (= +2 in the encoded start address) to the start address: the hardware applies the same
//     address-based XOR, so logical chunk 2k+j of row r is read from physical chunk (2k+j)^(r%8),
//     exactly where TMA put it. Consumer warpgroup w uses A rows 64w..64w+63, i.e. start + 8 KB*w.
//   * Accumulator fragment of wgmma m64nN (f32): warp q (0..3) of the warpgroup owns rows
//     16q..16q+15; register i of lane l holds
//        row = 16q + l/4 + 8*((i/2)%2),   col = 8*(i/4) + 2*(l%4) + (i%2).
//   * mbarrier phases: full[s] and empty[s] complete once per use of stage s. The u-th use of
//     stage s (kt = u*S + s) waits full[s] with parity u&1; the producer, before refilling stage s
//     for use u >= 1, waits empty[s] with parity (u-1)&1.
//
// Host harness: seeded random bf16 inputs (hash of index, so the host recomputes any entry),
// output poisoned with NaN before each checked run, check against cuBLAS (cublasGemmEx, bf16 in,
// f32 compute) over the whole output and against a float64 host reference on sampled entries
// (all entries for small shapes), timing with cudaEvents (3 warm-ups, median of ITERS).
// Prints one JSON line per run. Usage:
//   hopper_gemm info                  device + kernel attributes of every variant
//   hopper_gemm debug IMPL            small shapes (single tile; multi-tile with ring wrap-around)
//   hopper_gemm run IMPL M N K ITERS  full check + timing (ITERS = 0: check only)
// IMPL: tma_ws2_n256_s4 (main), tma_ws2_n256_s4_nomaxnreg, tma_ws2_n128_s6, tma_ws1_n256_s4,
//       cpasync_ws2_n256_s4.

#include <cuda.h>          // CUtensorMap and its enums only; libcuda is reached through cudart
#include <cudaTypedefs.h>  // PFN_cuTensorMapEncodeTiled
#include <cuda_runtime.h>
#include <cuda_bf16.h>
// HOPPER_KERNELS_ONLY (tests/codegen.rs, where no cuBLAS headers are installed): the kernels
// and the variant table that instantiates them, without the cuBLAS-based harness.
#ifdef HOPPER_KERNELS_ONLY
#pragma nv_diag_suppress 177  // host helpers only the harness calls: "declared but never referenced"
#else
#include <cublas_v2.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>
#include "harness.h"

typedef __nv_bfloat16 bf16;

#define CKB(x)                                                                              \
  do {                                                                                      \
    cublasStatus_t s_ = (x);                                                                \
    if (s_ != CUBLAS_STATUS_SUCCESS) {                                                      \
      printf("{\"error\":\"cublas status %d\",\"at\":\"%s:%d\"}\n", (int)s_, __FILE__, __LINE__); \
      fflush(stdout);                                                                       \
      exit(2);                                                                              \
    }                                                                                       \
  } while (0)

// ------------------------------------------------------------------------------------------
// Device primitives (inline PTX)
// ------------------------------------------------------------------------------------------
#ifndef WATCHDOG_CYCLES
#define WATCHDOG_CYCLES (1ll << 33)  // ~4 s at 2 GHz: a lost arrive traps instead of hanging
#endif

__device__ __forceinline__ uint32_t smem_u32(const void* p) {
  return static_cast<uint32_t>(__cvta_generic_to_shared(p));
}

__device__ __forceinline__ void mbar_init(uint32_t bar, uint32_t count) {
  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;" ::"r"(bar), "r"(count) : "memory");
}
// Producer arrival that also announces how many bytes the TMA will deliver to this phase.
__device__ __forceinline__ void mbar_arrive_expect_tx(uint32_t bar, uint32_t bytes) {
  asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;" ::"r"(bar), "r"(bytes)
               : "memory");
}
__device__ __forceinline__ void mbar_arrive(uint32_t bar) {
  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];" ::"r"(bar) : "memory");
}
__device__ __forceinline__ uint32_t mbar_try_wait(uint32_t bar, uint32_t parity) {
  uint32_t ok;
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "mbarrier.try_wait.parity.shared::cta.b64 p, [%1], %2;\n"
      "selp.u32 %0, 1, 0, p;\n"
      "}\n"
      : "=r"(ok)
      : "r"(bar), "r"(parity)
      : "memory");
  return ok;
}
// Wait until the phase with the given parity has completed.
__device__ __forceinline__ void mbar_wait(uint32_t bar, uint32_t parity) {
  if (mbar_try_wait(bar, parity)) return;
  const long long t0 = clock64();
  while (!mbar_try_wait(bar, parity)) {
    if (clock64() - t0 > WATCHDOG_CYCLES) __trap();
  }
}

__device__ __forceinline__ void tma_load_2d(uint32_t dst, const CUtensorMap* map, int c_inner,
                                            int c_outer, uint32_t bar) {
  asm volatile(
      "cp.async.bulk.tensor.2d.shared::cluster.global.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%2, %3}], [%4];" ::"r"(dst),
      "l"(reinterpret_cast<uint64_t>(map)), "r"(c_inner), "r"(c_outer), "r"(bar)
      : "memory");
}
__device__ __forceinline__ void tma_prefetch_desc(const CUtensorMap* map) {
  asm volatile("prefetch.tensormap [%0];" ::"l"(reinterpret_cast<uint64_t>(map)) : "memory");
}

__device__ __forceinline__ void cp_async16(uint32_t dst, const void* src) {
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" ::"r"(dst), "l"(src) : "memory");
}
__device__ __forceinline__ void cp_async_commit() {
  asm volatile("cp.async.commit_group;" ::: "memory");
}
template <int N>
__device__ __forceinline__ void cp_async_wait() {
  asm volatile("cp.async.wait_group %0;" ::"n"(N) : "memory");
}
__device__ __forceinline__ void fence_proxy_async_smem() {
  asm volatile("fence.proxy.async.shared::cta;" ::: "memory");
}

__device__ __forceinline__ void wgmma_fence() { asm volatile("wgmma.fence.sync.aligned;" ::: "memory"); }
__device__ __forceinline__ void wgmma_commit() {
  asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory");
}
template <int N>
__device__ __forceinline__ void wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;" ::"n"(N) : "memory");
}
// Keeps the compiler from moving accumulator reads/writes across wgmma waits.
__device__ __forceinline__ void reg_fence(float& r) { asm volatile("" : "+f"(r)::"memory"); }

template <int R>
__device__ __forceinline__ void setmaxnreg_dec() {
  asm volatile("setmaxnreg.dec.sync.aligned.u32 %0;" ::"n"(R));
}
template <int R>
__device__ __forceinline__ void setmaxnreg_inc() {
  asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;" ::"n"(R));
}

// K-major operand, 128-byte swizzle (see header comment for each field).
__device__ __forceinline__ uint64_t make_desc_sw128(uint32_t saddr) {
  uint64_t d = 0;
  d |= static_cast<uint64_t>((saddr & 0x3FFFF) >> 4);  // start address
  d |= static_cast<uint64_t>(16 >> 4) << 16;           // leading byte offset (unused here)
  d |= static_cast<uint64_t>(1024 >> 4) << 32;         // stride byte offset: 8 rows * 128 B
  d |= static_cast<uint64_t>(1) << 62;                 // swizzle mode 1 = 128B
  return d;
}

#include "wgmma_ops.inc"

template <int BN>
__device__ __forceinline__ void wgmma_tile(float* d, uint64_t da, uint64_t db) {
  if constexpr (BN == 256) wgmma_m64n256k16(d, da, db);
  else wgmma_m64n128k16(d, da, db);
}

__device__ __forceinline__ void store2(float* p, float x, float y) {
  *reinterpret_cast<float2*>(p) = make_float2(x, y);
}
__device__ __forceinline__ void store2(bf16* p, float x, float y) {
  *reinterpret_cast<__nv_bfloat162*>(p) = __floats2bfloat162_rn(x, y);
}

// ------------------------------------------------------------------------------------------
// The kernel
// ------------------------------------------------------------------------------------------
enum { FEED_TMA = 0, FEED_CPASYNC = 1 };
constexpr int BK = 64;          // bf16 elements per k-tile = 128 bytes = one swizzle row
constexpr int RASTER_GROUP = 16;  // M-tiles per raster group (L2 reuse of B tiles)

template <int BN, int NC, int STAGES>
struct Cfg {
  static constexpr int BM = 64 * NC;
  static constexpr int THREADS = 128 * (NC + 1);
  static constexpr uint32_t A_BYTES = BM * BK * 2;
  static constexpr uint32_t B_BYTES = BN * BK * 2;
  static constexpr uint32_t SMEM = 1024 /*alignment slack*/ + STAGES * (A_BYTES + B_BYTES) +
                                   2 * 8 * STAGES /*mbarriers*/;
  static_assert(A_BYTES % 1024 == 0 && B_BYTES % 1024 == 0, "stage buffers must stay 1 KB aligned");
  static_assert(BN == 128 || BN == 256, "wgmma wrappers exist for n128 and n256");
  static_assert(SMEM <= 232448, "over the 227 KB dynamic smem limit");
};

template <int BN, int NC, int STAGES, bool MAXNREG, int FEED, typename OutT>
__global__ void __launch_bounds__(128 * (NC + 1), 1)
    gemm_ws_kernel(const __grid_constant__ CUtensorMap tmA, const __grid_constant__ CUtensorMap tmB,
                   const bf16* __restrict__ A, const bf16* __restrict__ B, OutT* __restrict__ C,
                   int M, int N, int K) {
  using G = Cfg<BN, NC, STAGES>;
  constexpr int BM = G::BM;
  constexpr uint32_t A_BYTES = G::A_BYTES, B_BYTES = G::B_BYTES;
  static_assert(!MAXNREG || NC == 2, "register split is sized for 1 producer + 2 consumer WGs");

  extern __shared__ uint8_t smem_raw[];
  const uint32_t base = (smem_u32(smem_raw) + 1023u) & ~1023u;
  const uint32_t sA = base;                          // STAGES x A tile
  const uint32_t sB = base + STAGES * A_BYTES;       // STAGES x B tile
  const uint32_t full_bar = sB + STAGES * B_BYTES;   // STAGES x u64
  const uint32_t empty_bar = full_bar + 8 * STAGES;  // STAGES x u64

  // Grouped rasterization: consecutive CTAs walk RASTER_GROUP M-tiles for one N-tile.
  const int tiles_m = M / BM, tiles_n = N / BN;
  const int per_group = RASTER_GROUP * tiles_n;
  const int bid = blockIdx.x;
  const int first_m = (bid / per_group) * RASTER_GROUP;
  const int gsz = min(tiles_m - first_m, RASTER_GROUP);
  const int in_group = bid % per_group;
  const int m0 = (first_m + in_group % gsz) * BM;
  const int n0 = (in_group / gsz) * BN;
  const int KT = K / BK;

  const int wg = threadIdx.x / 128;
  const int tid = threadIdx.x % 128;

  if (threadIdx.x == 0) {
    for (int s = 0; s < STAGES; ++s) {
      mbar_init(full_bar + 8 * s, FEED == FEED_TMA ? 1 : 128);
      mbar_init(empty_bar + 8 * s, 4 * NC);
    }
    // Make the initialized barriers visible to the async proxy (TMA complete_tx).
    asm volatile("fence.mbarrier_init.release.cluster;" ::: "memory");
    fence_proxy_async_smem();
    if (FEED == FEED_TMA) {
      tma_prefetch_desc(&tmA);
      tma_prefetch_desc(&tmB);
    }
  }
  __syncthreads();

  if (wg == 0) {
    // ---------------------------------------------------------------- producer warpgroup
    if constexpr (FEED == FEED_TMA) {
      if constexpr (MAXNREG) setmaxnreg_dec<40>();
      if (tid == 0) {
        for (int kt = 0; kt < KT; ++kt) {
          const int s = kt % STAGES;
          if (kt >= STAGES) mbar_wait(empty_bar + 8 * s, ((kt / STAGES) - 1) & 1);
          mbar_arrive_expect_tx(full_bar + 8 * s, A_BYTES + B_BYTES);
          tma_load_2d(sA + s * A_BYTES, &tmA, kt * BK, m0, full_bar + 8 * s);
          tma_load_2d(sB + s * B_BYTES, &tmB, kt * BK, n0, full_bar + 8 * s);
        }
      }
    } else {
      if constexpr (MAXNREG) setmaxnreg_dec<56>();
      constexpr int LAG = STAGES - 2;  // cp.async groups left in flight before arriving
      static_assert(LAG >= 1, "cp.async feed wants >= 3 stages");
      const bf16* gA = A + (size_t)m0 * K;
      const bf16* gB = B + (size_t)n0 * K;
      for (int kt = 0; kt < KT; ++kt) {
        const int s = kt % STAGES;
        if (kt >= STAGES) mbar_wait(empty_bar + 8 * s, ((kt / STAGES) - 1) & 1);
        const int k0 = kt * BK;
        // Chunk q = 16 bytes: row r = q/8, logical chunk c = q%8, stored at chunk c ^ (r%8)
        // (the TMA 128B swizzle, written by hand). 8 consecutive threads read one 128-B row.
#pragma unroll 4
        for (int q = tid; q < BM * 8; q += 128) {
          const int r = q >> 3, c = q & 7;
          cp_async16(sA + s * A_BYTES + r * 128 + ((c ^ (r & 7)) << 4), gA + (size_t)r * K + k0 + c * 8);
        }
#pragma unroll 4
        for (int q = tid; q < BN * 8; q += 128) {
          const int r = q >> 3, c = q & 7;
          cp_async16(sB + s * B_BYTES + r * 128 + ((c ^ (r & 7)) << 4), gB + (size_t)r * K + k0 + c * 8);
        }
        cp_async_commit();
        if (kt >= LAG) {
          cp_async_wait<LAG>();      // this thread's copies for k-tile kt-LAG have landed
          fence_proxy_async_smem();  // generic-proxy writes -> visible to wgmma (async proxy)
          mbar_arrive(full_bar + 8 * ((kt - LAG) % STAGES));
        }
      }
      cp_async_wait<0>();
      fence_proxy_async_smem();
      for (int kt = max(KT - LAG, 0); kt < KT; ++kt) mbar_arrive(full_bar + 8 * (kt % STAGES));
    }
  } else {
    // ---------------------------------------------------------------- consumer warpgroups
    if constexpr (MAXNREG) {
      if constexpr (FEED == FEED_TMA) setmaxnreg_inc<232>();
      else setmaxnreg_inc<224>();
    }
    const int cw = wg - 1;  // which 64-row slab of the tile
    const int warp = tid / 32, lane = tid % 32;
    float acc[BN / 2];
#pragma unroll
    for (int i = 0; i < BN / 2; ++i) acc[i] = 0.f;

    for (int kt = 0; kt < KT; ++kt) {
      const int s = kt % STAGES;
      mbar_wait(full_bar + 8 * s, (kt / STAGES) & 1);
      const uint64_t da = make_desc_sw128(sA + s * A_BYTES + cw * (64 * 128));
      const uint64_t db = make_desc_sw128(sB + s * B_BYTES);
#pragma unroll
      for (int i = 0; i < BN / 2; ++i) reg_fence(acc[i]);
      wgmma_fence();
#pragma unroll
      for (int kk = 0; kk < BK / 16; ++kk) wgmma_tile<BN>(acc, da + 2 * kk, db + 2 * kk);  // +32 B
      wgmma_commit();
#pragma unroll
      for (int i = 0; i < BN / 2; ++i) reg_fence(acc[i]);
      wgmma_wait<1>();  // the group of k-tile kt-1 is done: its stage can be refilled
      if (kt > 0 && lane == 0) mbar_arrive(empty_bar + 8 * ((kt - 1) % STAGES));
    }
    wgmma_wait<0>();
#pragma unroll
    for (int i = 0; i < BN / 2; ++i) reg_fence(acc[i]);

    // Epilogue: fragment layout in the header comment.
    const int row = m0 + cw * 64 + warp * 16 + lane / 4;
    const int col = n0 + 2 * (lane % 4);
    OutT* c0 = C + (size_t)row * N + col;
    OutT* c8 = c0 + (size_t)8 * N;
#pragma unroll
    for (int j = 0; j < BN / 8; ++j) {
      store2(c0 + 8 * j, acc[4 * j + 0], acc[4 * j + 1]);
      store2(c8 + 8 * j, acc[4 * j + 2], acc[4 * j + 3]);
    }
  }
}

// ------------------------------------------------------------------------------------------
// Inputs: deterministic hash of (seed, index) -> uniform [-1, 1), rounded to bf16
// ------------------------------------------------------------------------------------------
__global__ void fill_kernel(bf16* p, size_t n, uint64_t seed) {
  for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
    p[i] = __float2bfloat16_rn(hash_uniform(seed, i));
}
static inline double host_val(uint64_t seed, uint64_t i) {
  return (double)__bfloat162float(__float2bfloat16_rn(hash_uniform(seed, i)));
}

// ------------------------------------------------------------------------------------------
// Host side: variants
// ------------------------------------------------------------------------------------------

static CUtensorMap make_map(const bf16* p, uint64_t rows, uint64_t cols, uint32_t box_rows) {
  const auto g_encode = tensor_map_encoder();
  CUtensorMap m;
  memset(&m, 0, sizeof(m));
  cuuint64_t dims[2] = {cols, rows};                   // innermost first: K, then rows
  cuuint64_t strides[1] = {cols * sizeof(bf16)};       // bytes between rows
  cuuint32_t box[2] = {(cuuint32_t)BK, box_rows};      // 64 x rows: 128-byte inner extent
  cuuint32_t estr[2] = {1, 1};
  CUresult r = g_encode(&m, CU_TENSOR_MAP_DATA_TYPE_BFLOAT16, 2, (void*)p, dims, strides, box, estr,
                        CU_TENSOR_MAP_INTERLEAVE_NONE, CU_TENSOR_MAP_SWIZZLE_128B,
                        CU_TENSOR_MAP_L2_PROMOTION_L2_256B, CU_TENSOR_MAP_FLOAT_OOB_FILL_NONE);
  if (r != CUDA_SUCCESS) {
    printf("{\"error\":\"cuTensorMapEncodeTiled failed: %d\"}\n", (int)r);
    exit(2);
  }
  return m;
}

struct Impl {
  const char* name;
  int BM, BN, threads;
  uint32_t smem;
  const void* k_bf16;  // kernel instantiation with bf16 output
  const void* k_f32;   // ... with f32 output
};

template <int BN, int NC, int ST, bool MX, int FEED>
static Impl make_impl(const char* name) {
  using G = Cfg<BN, NC, ST>;
  Impl im;
  im.name = name;
  im.BM = G::BM;
  im.BN = BN;
  im.threads = G::THREADS;
  im.smem = G::SMEM;
  im.k_bf16 = (const void*)gemm_ws_kernel<BN, NC, ST, MX, FEED, bf16>;
  im.k_f32 = (const void*)gemm_ws_kernel<BN, NC, ST, MX, FEED, float>;
  return im;
}

static std::vector<Impl> all_impls() {
  std::vector<Impl> v;
  v.push_back(make_impl<256, 2, 4, true, FEED_TMA>("tma_ws2_n256_s4"));
  v.push_back(make_impl<256, 2, 4, false, FEED_TMA>("tma_ws2_n256_s4_nomaxnreg"));
  v.push_back(make_impl<128, 2, 6, true, FEED_TMA>("tma_ws2_n128_s6"));
  v.push_back(make_impl<256, 1, 4, false, FEED_TMA>("tma_ws1_n256_s4"));
  v.push_back(make_impl<256, 2, 4, true, FEED_CPASYNC>("cpasync_ws2_n256_s4"));
  return v;
}

static void launch(const Impl& im, bool f32out, const CUtensorMap& ma, const CUtensorMap& mb,
                   const bf16* A, const bf16* B, void* C, int M, int N, int K, cudaStream_t st) {
  const void* k = f32out ? im.k_f32 : im.k_bf16;
  dim3 grid((M / im.BM) * (N / im.BN)), block(im.threads);
  void* args[] = {(void*)&ma, (void*)&mb, (void*)&A, (void*)&B, (void*)&C, (void*)&M, (void*)&N, (void*)&K};
  CK(cudaLaunchKernel(k, grid, block, args, im.smem, st));
}

#ifndef HOPPER_KERNELS_ONLY
// cuBLAS (column-major): C^T[N,M] = B[N,K] . A^T  <=>  gemm(T, N, m=N, n=M, k=K, B (ld K), A (ld K)).
static void cublas_gemm(cublasHandle_t h, const bf16* A, const bf16* B, void* C, bool f32out, int M,
                        int N, int K) {
  const float alpha = 1.f, beta = 0.f;
  CKB(cublasGemmEx(h, CUBLAS_OP_T, CUBLAS_OP_N, N, M, K, &alpha, B, CUDA_R_16BF, K, A, CUDA_R_16BF, K,
                   &beta, C, f32out ? CUDA_R_32F : CUDA_R_16BF, N, CUBLAS_COMPUTE_32F,
                   CUBLAS_GEMM_DEFAULT));
}

static std::string g_dev;
static void device_info(int& sms) {
  cudaDeviceProp p;
  CK(cudaGetDeviceProperties(&p, 0));
  g_dev = p.name;
  sms = p.multiProcessorCount;
  if (p.major != 9)
    printf("{\"warning\":\"compute capability %d.%d: this probe is sm_90a only\"}\n", p.major, p.minor);
}


struct Cmp {
  double max_abs = 0, sum_d2 = 0, sum_r2 = 0;
  size_t nonfinite = 0, nbad = 0;
  std::string first_bad;  // JSON array body
  void add(size_t i, size_t j, double got, double want, double tol) {
    if (!std::isfinite(got)) {
      nonfinite++;
    } else {
      double d = got - want;
      max_abs = std::max(max_abs, std::fabs(d));
      sum_d2 += d * d;
    }
    sum_r2 += want * want;
    if (!std::isfinite(got) || std::fabs(got - want) > tol) {
      if (nbad < 8) {
        char b[160];
        snprintf(b, sizeof b, "%s[%zu,%zu,%.6g,%.6g]", nbad ? "," : "", i, j, got, want);
        first_bad += b;
      }
      nbad++;
    }
  }
  double rel() const { return sum_r2 > 0 ? std::sqrt(sum_d2 / sum_r2) : 0; }
};

static float to_f(float x) { return x; }
static float to_f(bf16 x) { return __bfloat162float(x); }

// Correctness + timing of one variant at one shape; prints one JSON line.
static bool run_case(const Impl& im, int M, int N, int K, int iters, uint64_t seed, const char* tag) {
  if (M % im.BM || N % im.BN || K % BK) {
    printf("{\"impl\":\"%s\",\"error\":\"shape %dx%dx%d not a multiple of the %dx%dx%d tile\"}\n",
           im.name, M, N, K, im.BM, im.BN, BK);
    return false;
  }
  const size_t nA = (size_t)M * K, nB = (size_t)N * K, nC = (size_t)M * N;
  const uint64_t seedA = seed * 2 + 1, seedB = seed * 2 + 2;
  bf16 *dA, *dB, *dCb, *dRb;
  float *dC, *dR;
  CK(cudaMalloc(&dA, nA * 2));
  CK(cudaMalloc(&dB, nB * 2));
  CK(cudaMalloc(&dC, nC * 4));
  CK(cudaMalloc(&dR, nC * 4));
  CK(cudaMalloc(&dCb, nC * 2));
  CK(cudaMalloc(&dRb, nC * 2));
  fill_kernel<<<1024, 256>>>(dA, nA, seedA);
  CK(cudaGetLastError());
  fill_kernel<<<1024, 256>>>(dB, nB, seedB);
  CK(cudaGetLastError());
  CK(cudaFuncSetAttribute(im.k_bf16, cudaFuncAttributeMaxDynamicSharedMemorySize, im.smem));
  CK(cudaFuncSetAttribute(im.k_f32, cudaFuncAttributeMaxDynamicSharedMemorySize, im.smem));
  const CUtensorMap ma = make_map(dA, M, K, im.BM), mb = make_map(dB, N, K, im.BN);
  cublasHandle_t h;
  CKB(cublasCreate(&h));

  // --- correctness: f32 out vs cuBLAS f32 out (whole output) and vs float64 on samples
  CK(cudaMemset(dC, 0xFF, nC * 4));  // NaN poison
  CK(cudaMemset(dCb, 0xFF, nC * 2));
  CK(cudaMemset(dR, 0, nC * 4));
  launch(im, true, ma, mb, dA, dB, dC, M, N, K, 0);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());
  launch(im, false, ma, mb, dA, dB, dCb, M, N, K, 0);
  CK(cudaGetLastError());
  CK(cudaDeviceSynchronize());
  cublas_gemm(h, dA, dB, dR, true, M, N, K);
  CK(cudaDeviceSynchronize());
  std::vector<float> hC(nC), hR(nC);
  std::vector<bf16> hCb(nC);
  CK(cudaMemcpy(hC.data(), dC, nC * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hR.data(), dR, nC * 4, cudaMemcpyDeviceToHost));
  CK(cudaMemcpy(hCb.data(), dCb, nC * 2, cudaMemcpyDeviceToHost));

  // Per-entry tolerances: f32 accumulate over K terms of magnitude <= 1 -> a few 1e-6*sqrt(K)
  // in absolute terms; bf16 output adds half an ulp of bf16 (2^-9 relative).
  const double tol32 = 1e-3 + 1e-5 * std::sqrt((double)K);
  Cmp c32, c16;
  for (size_t i = 0; i < (size_t)M; ++i)
    for (size_t j = 0; j < (size_t)N; ++j) {
      const double r = hR[i * N + j];
      c32.add(i, j, to_f(hC[i * N + j]), r, tol32);
      c16.add(i, j, to_f(hCb[i * N + j]), r, tol32 + std::fabs(r) * (1.0 / 128));
    }
  // float64 host reference: every entry for small shapes, else 512 sampled entries
  // (checks our kernel and the cuBLAS call convention at once).
  Cmp c64, cbl;
  const bool full64 = (double)M * N * K <= (double)(1 << 28);
  const size_t nsamp = full64 ? nC : 512;
  std::vector<double> hA, hB;
  if (full64) {
    hA.resize(nA);
    hB.resize(nB);
    for (size_t t = 0; t < nA; ++t) hA[t] = host_val(seedA, t);
    for (size_t t = 0; t < nB; ++t) hB[t] = host_val(seedB, t);
  }
  std::vector<double> arow(K), brow(K);
  uint64_t rs = seed ^ 0x5DEECE66Dull;
  for (size_t t = 0; t < nsamp; ++t) {
    size_t i, j;
    const double *pa, *pb;
    if (full64) {
      i = t / N;
      j = t % N;
      pa = &hA[i * K];
      pb = &hB[j * K];
    } else {
      rs = rs * 6364136223846793005ull + 1442695040888963407ull;
      i = (rs >> 33) % M;
      rs = rs * 6364136223846793005ull + 1442695040888963407ull;
      j = (rs >> 33) % N;
      for (size_t k = 0; k < (size_t)K; ++k) {
        arow[k] = host_val(seedA, i * K + k);
        brow[k] = host_val(seedB, j * K + k);
      }
      pa = arow.data();
      pb = brow.data();
    }
    double want = 0;
    for (size_t k = 0; k < (size_t)K; ++k) want += pa[k] * pb[k];
    c64.add(i, j, hC[i * N + j], want, tol32);
    cbl.add(i, j, hR[i * N + j], want, tol32);
  }
  const bool ok = c32.nonfinite == 0 && c32.nbad == 0 && c16.nonfinite == 0 && c16.nbad == 0 &&
                  c64.nbad == 0 && c64.nonfinite == 0 && c32.rel() < 1e-4 && c16.rel() < 5e-3;

  // --- timing: bf16 out, ours and cuBLAS, interleaved per run set
  double ms_med = 0, ms_min = 0, cb_med = 0, cb_min = 0;
  if (iters > 0) {
    cudaEvent_t e0, e1;
    CK(cudaEventCreate(&e0));
    CK(cudaEventCreate(&e1));
    std::vector<float> t_ours, t_cb;
    for (int w = 0; w < 3; ++w) {
      launch(im, false, ma, mb, dA, dB, dCb, M, N, K, 0);
      cublas_gemm(h, dA, dB, dRb, false, M, N, K);
    }
    CK(cudaGetLastError());
    CK(cudaDeviceSynchronize());
    for (int it = 0; it < iters; ++it) {
      float ms;
      CK(cudaEventRecord(e0));
      launch(im, false, ma, mb, dA, dB, dCb, M, N, K, 0);
      CK(cudaEventRecord(e1));
      CK(cudaEventSynchronize(e1));
      CK(cudaEventElapsedTime(&ms, e0, e1));
      t_ours.push_back(ms);
      CK(cudaEventRecord(e0));
      cublas_gemm(h, dA, dB, dRb, false, M, N, K);
      CK(cudaEventRecord(e1));
      CK(cudaEventSynchronize(e1));
      CK(cudaEventElapsedTime(&ms, e0, e1));
      t_cb.push_back(ms);
    }
    CK(cudaGetLastError());
    ms_med = median(t_ours);
    ms_min = *std::min_element(t_ours.begin(), t_ours.end());
    cb_med = median(t_cb);
    cb_min = *std::min_element(t_cb.begin(), t_cb.end());
    CK(cudaEventDestroy(e0));
    CK(cudaEventDestroy(e1));
  }
  const double flop = 2.0 * M * N * K;
  cudaFuncAttributes fa;
  CK(cudaFuncGetAttributes(&fa, im.k_bf16));
  printf("{\"tag\":\"%s\",\"device\":\"%s\",\"impl\":\"%s\",\"M\":%d,\"N\":%d,\"K\":%d,\"tile\":\"%dx%dx%d\","
         "\"threads\":%d,\"smem\":%u,\"regs\":%d,\"local_bytes\":%zu,\"seed\":%llu,\"ok\":%s,"
         "\"f32out_vs_cublas\":{\"rel_fro\":%.3e,\"max_abs\":%.3e,\"nonfinite\":%zu,\"nbad\":%zu,\"first_bad\":[%s]},"
         "\"bf16out_vs_cublas_f32\":{\"rel_fro\":%.3e,\"max_abs\":%.3e,\"nonfinite\":%zu,\"nbad\":%zu,\"first_bad\":[%s]},"
         "\"f32out_vs_f64\":{\"entries\":%zu,\"rel_fro\":%.3e,\"max_abs\":%.3e,\"nbad\":%zu,\"first_bad\":[%s]},"
         "\"cublas_vs_f64\":{\"rel_fro\":%.3e,\"max_abs\":%.3e,\"nbad\":%zu}",
         tag, g_dev.c_str(), im.name, M, N, K, im.BM, im.BN, BK, im.threads, im.smem, fa.numRegs,
         (size_t)fa.localSizeBytes, (unsigned long long)seed, ok ? "true" : "false", c32.rel(), c32.max_abs,
         c32.nonfinite, c32.nbad, c32.first_bad.c_str(), c16.rel(), c16.max_abs, c16.nonfinite, c16.nbad,
         c16.first_bad.c_str(), nsamp, c64.rel(), c64.max_abs, c64.nbad, c64.first_bad.c_str(), cbl.rel(),
         cbl.max_abs, cbl.nbad);
  if (iters > 0)
    printf(",\"iters\":%d,\"ms\":%.4f,\"ms_min\":%.4f,\"tflops\":%.1f,\"cublas_ms\":%.4f,\"cublas_ms_min\":%.4f,"
           "\"cublas_tflops\":%.1f,\"vs_cublas\":%.3f",
           iters, ms_med, ms_min, flop / ms_med * 1e-9, cb_med, cb_min, flop / cb_med * 1e-9, cb_med / ms_med);
  printf("}\n");
  fflush(stdout);

  cublasDestroy(h);
  cudaFree(dA);
  cudaFree(dB);
  cudaFree(dC);
  cudaFree(dR);
  cudaFree(dCb);
  cudaFree(dRb);
  return ok;
}

static const Impl* find_impl(const std::vector<Impl>& v, const char* name) {
  for (auto& im : v)
    if (!strcmp(im.name, name)) return &im;
  printf("{\"error\":\"unknown impl %s\"}\n", name);
  exit(2);
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s info | debug IMPL | run IMPL M N K ITERS [SEED]\n", argv[0]);
    return 2;
  }
  int sms = 0;
  device_info(sms);
  auto impls = all_impls();
  const std::string mode = argv[1];
  if (mode == "info") {
    int drv = 0, rt = 0;
    CK(cudaDriverGetVersion(&drv));
    CK(cudaRuntimeGetVersion(&rt));
    printf("{\"tag\":\"info\",\"device\":\"%s\",\"sms\":%d,\"driver\":%d,\"runtime\":%d}\n", g_dev.c_str(), sms,
           drv, rt);
    for (auto& im : impls) {
      cudaFuncAttributes a, b;
      CK(cudaFuncGetAttributes(&a, im.k_bf16));  // fails here if the sm_90a image cannot load
      CK(cudaFuncGetAttributes(&b, im.k_f32));
      printf("{\"tag\":\"attrs\",\"impl\":\"%s\",\"regs_bf16out\":%d,\"local_bytes_bf16out\":%zu,\"regs_f32out\":%d,"
             "\"local_bytes_f32out\":%zu,\"smem\":%u,\"ptx\":%d,\"sass\":%d}\n",
             im.name, a.numRegs, (size_t)a.localSizeBytes, b.numRegs, (size_t)b.localSizeBytes, im.smem,
             a.ptxVersion, a.binaryVersion);
    }
    return 0;
  }
  const uint64_t seed_default = (uint64_t)time(nullptr) * 2654435761ull;
  if (mode == "debug" && argc >= 3) {
    const Impl& im = *find_impl(impls, argv[2]);
    const uint64_t seed = argc >= 4 ? strtoull(argv[3], nullptr, 10) : seed_default;
    bool ok = true;
    // 1 tile, 1 k-tile: descriptors, swizzle, fragment layout.
    ok &= run_case(im, im.BM, im.BN, BK, 0, seed, "debug");
    // 1 tile, ring wraps around twice and a half (phase parity), K not a multiple of STAGES.
    ok &= run_case(im, im.BM, im.BN, 11 * BK, 0, seed + 1, "debug");
    // Several tiles in both directions (raster mapping, epilogue offsets), more k-tiles.
    ok &= run_case(im, 3 * im.BM, 2 * im.BN, 9 * BK, 0, seed + 2, "debug");
    // Raster groups: tiles_m > RASTER_GROUP with a partial last group.
    ok &= run_case(im, 20 * im.BM, 3 * im.BN, 2 * BK, 0, seed + 3, "debug");
    return ok ? 0 : 1;
  }
  if (mode == "run" && argc >= 7) {
    const Impl& im = *find_impl(impls, argv[2]);
    const int M = atoi(argv[3]), N = atoi(argv[4]), K = atoi(argv[5]), iters = atoi(argv[6]);
    const uint64_t seed = argc >= 8 ? strtoull(argv[7], nullptr, 10) : seed_default;
    return run_case(im, M, N, K, iters, seed, "run") ? 0 : 1;
  }
  fprintf(stderr, "bad arguments\n");
  return 2;
}
#endif  // HOPPER_KERNELS_ONLY
