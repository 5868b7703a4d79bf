
#include <metal_stdlib>
using namespace metal;

struct info_st {
    int scalars_int[2];
uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void cross_entropy_ce_count(
    const device int * buffer_0 [[buffer(0)]],
    device float * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[1024];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_21 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_mut_0;
float l_mut_1;
uint l_mut_2;
l_mut_0 = float(0.0);
l_mut_1 = float(0.0);
l_mut_2 = thread_index_in_threadgroup;
while (true) {
const bool l_3 = l_mut_2 < info.scalars_uint[0];
const bool l_4 = !l_3;
if (l_4) {
break;}
const int l_5 = buffer_0[l_mut_2];
const bool l_6 = l_5 != info.scalars_int[0];
if (l_6) {
const bool l_7 = l_5 >= int(0);
const int l_8 = int(info.scalars_uint[1]);
const bool l_9 = l_5 < l_8;
const bool l_10 = l_7 && l_9;
if (l_10) {
l_mut_0 = l_mut_0 + float(1.0);
} else {
l_mut_1 = l_mut_1 + float(1.0);
}
}
l_mut_2 = l_mut_2 + total_thread_in_threadgroup;
}
const float l_12 = float {simd_sum(l_mut_0)
};
const uint l_13 = total_thread_in_threadgroup + simd_size;
const uint l_14 = l_13 - uint(1);
const uint l_15 = l_14 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_16 = thread_index_in_threadgroup % simd_size;
const bool l_17 = l_16 == uint(0);
if (l_17) {
const uint l_18 = thread_index_in_threadgroup / simd_size;
shared_memory_11[l_18] = l_12;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_0 = float(0.0);

for (uint l_mut_19 = uint(0); l_mut_19 < l_15; ++l_mut_19) {
const float l_20 = shared_memory_11[l_mut_19];
l_mut_0 = l_mut_0 + l_20;
}
const float l_22 = float {simd_sum(l_mut_1)
};
const uint l_23 = total_thread_in_threadgroup + simd_size;
const uint l_24 = l_23 - uint(1);
const uint l_25 = l_24 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_26 = thread_index_in_threadgroup % simd_size;
const bool l_27 = l_26 == uint(0);
if (l_27) {
const uint l_28 = thread_index_in_threadgroup / simd_size;
shared_memory_21[l_28] = l_22;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1 = float(0.0);

for (uint l_mut_29 = uint(0); l_mut_29 < l_25; ++l_mut_29) {
const float l_30 = shared_memory_21[l_mut_29];
l_mut_1 = l_mut_1 + l_30;
}
const bool l_31 = thread_index_in_threadgroup == uint(0);
if (l_31) {
buffer_1[uint(0)] = l_mut_0;
buffer_1[uint(1)] = l_mut_1;
}

}
