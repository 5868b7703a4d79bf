
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[6];
};

[[kernel]]
void cross_entropy_ce_reduce_mean0(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_5 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_mut_0;
float l_mut_15;
uint l_mut_1;
l_mut_0 = float(0.0);
l_mut_1 = thread_index_in_threadgroup;
while (true) {
const bool l_2 = l_mut_1 < info.scalars_uint[0];
const bool l_3 = !l_2;
if (l_3) {
break;}
const float l_4 = buffer_0[l_mut_1];
l_mut_0 = l_mut_0 + l_4;
l_mut_1 = l_mut_1 + total_thread_in_threadgroup;
}
const float l_6 = float {simd_sum(l_mut_0)
};
const uint l_7 = total_thread_in_threadgroup + simd_size;
const uint l_8 = l_7 - uint(1);
const uint l_9 = l_8 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_10 = thread_index_in_threadgroup % simd_size;
const bool l_11 = l_10 == uint(0);
if (l_11) {
const uint l_12 = thread_index_in_threadgroup / simd_size;
shared_memory_5[l_12] = l_6;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_0 = float(0.0);

for (uint l_mut_13 = uint(0); l_mut_13 < l_9; ++l_mut_13) {
const float l_14 = shared_memory_5[l_mut_13];
l_mut_0 = l_mut_0 + l_14;
}
l_mut_15 = l_mut_0;
const bool l_16 = thread_index_in_threadgroup == uint(0);
if (l_16) {
buffer_2[uint(0)] = l_mut_15;
}

}
