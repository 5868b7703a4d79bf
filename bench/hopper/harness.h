// Host-side helpers shared by the Hopper probes' harnesses (hopper_gemm.cu, attention_fwd.cu):
// CUDA error checks that print one JSON error line, the seeded input hash (the host
// recomputes any entry), the median of timings, and the driver's tensor-map encoder reached
// through the runtime (so nothing links libcuda). Include after <cuda.h>, <cudaTypedefs.h>,
// <cuda_runtime.h> and the standard headers.
#pragma once

#define CK(x)                                                                                 \
  do {                                                                                        \
    cudaError_t e_ = (x);                                                                     \
    if (e_ != cudaSuccess) {                                                                  \
      printf("{\"error\":\"%s\",\"at\":\"%s:%d\",\"call\":\"%s\"}\n", cudaGetErrorString(e_), \
             __FILE__, __LINE__, #x);                                                         \
      fflush(stdout);                                                                         \
      exit(2);                                                                                \
    }                                                                                         \
  } while (0)

// Hash of (seed, index) -> uniform [-1, 1) (splitmix64's finaliser; 24 bits of mantissa).
__host__ __device__ inline float hash_uniform(uint64_t seed, uint64_t i) {
  uint64_t z = seed + (i + 1) * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return static_cast<float>(z >> 40) * (2.0f / 16777216.0f) - 1.0f;
}

static inline double median(std::vector<float> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// cuTensorMapEncodeTiled from the driver, looked up once through the runtime.
static inline PFN_cuTensorMapEncodeTiled_v12000 tensor_map_encoder() {
  static PFN_cuTensorMapEncodeTiled_v12000 encode = nullptr;
  if (!encode) {
    cudaDriverEntryPointQueryResult q;
    CK(cudaGetDriverEntryPointByVersion("cuTensorMapEncodeTiled", (void**)&encode, 12000, cudaEnableDefault, &q));
    if (q != cudaDriverEntryPointSuccess || !encode) {
      printf("{\"error\":\"cuTensorMapEncodeTiled not found\"}\n");
      exit(2);
    }
  }
  return encode;
}
