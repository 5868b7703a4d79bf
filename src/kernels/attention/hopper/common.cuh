// Shared device code of the Hopper attention kernels (attn_fwd.cu, attn_bwd.cu): integer
// typedefs, the TmaDesc parameter type, the watchdog bound, tile constants and the PTX
// primitives (shared addresses, mbarriers, TMA loads, wgmma fences / commits / waits, named
// barriers, fast math, bf16 / f16 packing, the 128B-swizzle shared-memory descriptors). The
// library compiles one translation unit per kernel with NVRTC (no include paths), so
// hopper/launch.rs puts this text in front of each kernel's source; the standalone harnesses
// and CI's nvcc compile include it first the same way. Why each encoding is what it is: the
// header of attn_fwd.cu.

typedef unsigned int u32;
typedef unsigned long long u64;

struct alignas(128) TmaDesc {
  u64 x[16];
};

#ifndef ATTN_WATCHDOG_CYCLES
#define ATTN_WATCHDOG_CYCLES (1ll << 33)  // ~4 s at 2 GHz
#endif

namespace pmetal_hopper {

constexpr int BM = 128;  // query rows per CTA (2 consumer warpgroups x 64)
constexpr int BN = 128;  // keys per block
constexpr u32 REGION = 128 * 128;  // bytes: 128 rows x 64 bf16, one swizzled box
constexpr float LOG2E = 1.4426950408889634f;
constexpr float LN2 = 0.6931471805599453f;

// ---------------------------------------------------------------- PTX primitives
__device__ __forceinline__ u32 smem_u32(const void* p) {
  return static_cast<u32>(__cvta_generic_to_shared(p));
}
__device__ __forceinline__ void mbar_init(u32 bar, u32 count) {
  asm volatile("mbarrier.init.shared::cta.b64 [%0], %1;" ::"r"(bar), "r"(count) : "memory");
}
__device__ __forceinline__ void mbar_arrive_expect_tx(u32 bar, u32 bytes) {
  asm volatile("mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;" ::"r"(bar), "r"(bytes) : "memory");
}
__device__ __forceinline__ void mbar_arrive(u32 bar) {
  asm volatile("mbarrier.arrive.shared::cta.b64 _, [%0];" ::"r"(bar) : "memory");
}
__device__ __forceinline__ u32 mbar_try_wait(u32 bar, u32 parity) {
  u32 ok;
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
// Waits for the completion of the phase with this parity; aborts the kernel if it never comes.
// Producer: __trap(). Consumers: a store to an unmapped address (the kernel then fails with
// "illegal address", as loudly as a trap): a __trap() anywhere in the consumer path makes
// ptxas (13.5) ignore setmaxnreg.inc when it allocates registers, so D = 128 would be held to
// the entry's 168 and spill (seen: 184 B of spills and wgmma serialization, C7512).
template <bool TRAP>
__device__ __forceinline__ void mbar_wait(u32 bar, u32 parity) {
  if (mbar_try_wait(bar, parity)) return;
  const long long t0 = clock64();
  while (!mbar_try_wait(bar, parity)) {
    if (clock64() - t0 > ATTN_WATCHDOG_CYCLES) {
      if constexpr (TRAP) __trap();
      else *reinterpret_cast<volatile u32*>(static_cast<u64>(0x100)) = bar;
    }
  }
}
__device__ __forceinline__ void tma_load_4d(u32 dst, const TmaDesc* map, int c0, int c1, int c2, int c3,
                                            u32 bar) {
  asm volatile(
      "cp.async.bulk.tensor.4d.shared::cluster.global.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%2, %3, %4, %5}], [%6];" ::"r"(dst),
      "l"(reinterpret_cast<u64>(map)), "r"(c0), "r"(c1), "r"(c2), "r"(c3), "r"(bar)
      : "memory");
}
// Varlen maps: 3-D (D, heads, total rows), box (64, 1, 128).
__device__ __forceinline__ void tma_load_3d(u32 dst, const TmaDesc* map, int c0, int c1, int c2, u32 bar) {
  asm volatile(
      "cp.async.bulk.tensor.3d.shared::cluster.global.mbarrier::complete_tx::bytes"
      " [%0], [%1, {%2, %3, %4}], [%5];" ::"r"(dst),
      "l"(reinterpret_cast<u64>(map)), "r"(c0), "r"(c1), "r"(c2), "r"(bar)
      : "memory");
}
__device__ __forceinline__ void tma_prefetch_desc(const TmaDesc* map) {
  asm volatile("prefetch.tensormap [%0];" ::"l"(reinterpret_cast<u64>(map)) : "memory");
}
__device__ __forceinline__ void wgmma_fence() { asm volatile("wgmma.fence.sync.aligned;" ::: "memory"); }
__device__ __forceinline__ void wgmma_commit() { asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory"); }
template <int N>
__device__ __forceinline__ void wgmma_wait() {
  asm volatile("wgmma.wait_group.sync.aligned %0;" ::"n"(N) : "memory");
}
// Pins a register's accesses after the preceding volatile asm (a wgmma wait): without it the
// compiler may read an accumulator before the wait, and ptxas then injects a wait of its own.
__device__ __forceinline__ void reg_fence(float& r) { asm volatile("" : "+f"(r)::"memory"); }
__device__ __forceinline__ void reg_fence(u32& r) { asm volatile("" : "+r"(r)::"memory"); }
// Named barriers 1 and 2 (0 is __syncthreads): warpgroup w's turn to issue wgmmas is
// barrier 1 + w; 256 = its own 128 threads (bar.sync) + the other warpgroup's 128 (bar.arrive).
// Immediate barrier ids (a register id makes ptxas reserve all 16 barriers).
__device__ __forceinline__ void turn_wait(int w) {
  if (w == 0) asm volatile("bar.sync 1, 256;" ::: "memory");
  else asm volatile("bar.sync 2, 256;" ::: "memory");
}
__device__ __forceinline__ void turn_pass(int w) {
  if (w == 0) asm volatile("bar.arrive 2, 256;" ::: "memory");
  else asm volatile("bar.arrive 1, 256;" ::: "memory");
}
template <int R>
__device__ __forceinline__ void setmaxnreg_dec() {
  asm volatile("setmaxnreg.dec.sync.aligned.u32 %0;" ::"n"(R));
}
template <int R>
__device__ __forceinline__ void setmaxnreg_inc() {
  asm volatile("setmaxnreg.inc.sync.aligned.u32 %0;" ::"n"(R));
}
__device__ __forceinline__ float ex2(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x));
  return y;
}
__device__ __forceinline__ float lg2(float x) {
  float y;
  asm("lg2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x));
  return y;
}
// Two f32 -> bf16x2, round to nearest even; lo in bits 15:0.
__device__ __forceinline__ u32 pack_bf16(float lo, float hi) {
  u32 r;
  asm("cvt.rn.bf16x2.f32 %0, %1, %2;" : "=r"(r) : "f"(hi), "f"(lo));
  return r;
}
// The same for f16 (the _f16 entries).
__device__ __forceinline__ u32 pack_f16(float lo, float hi) {
  u32 r;
  asm("cvt.rn.f16x2.f32 %0, %1, %2;" : "=r"(r) : "f"(hi), "f"(lo));
  return r;
}
__device__ __forceinline__ float rcp(float x) {
  float y;
  asm("rcp.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x));
  return y;
}
__device__ __forceinline__ float neg_inf() { return __int_as_float(0xff800000); }

// 128B-swizzle descriptors (fields and why: module header).
__device__ __forceinline__ u64 desc_kmajor(u32 saddr) {
  return static_cast<u64>((saddr & 0x3FFFF) >> 4) | (static_cast<u64>(16 >> 4) << 16) |
         (static_cast<u64>(1024 >> 4) << 32) | (static_cast<u64>(1) << 62);
}
__device__ __forceinline__ u64 desc_mnmajor(u32 saddr) {
  return static_cast<u64>((saddr & 0x3FFFF) >> 4) | (static_cast<u64>(REGION >> 4) << 16) |
         (static_cast<u64>(1024 >> 4) << 32) | (static_cast<u64>(1) << 62);
}

}  // namespace pmetal_hopper
