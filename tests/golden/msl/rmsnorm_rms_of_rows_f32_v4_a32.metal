
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    float scalars_float[2];
uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void rmsnorm_rms_of_rows_f32_v4_a32(
    const device float_4 * buffer_0 [[buffer(0)]],
    device float * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[512];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_13 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_mut_21;
float_4 l_mut_4;
uint l_mut_5;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const float_4 l_3 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_4 = l_3;
l_mut_5 = thread_index_in_threadgroup;
while (true) {
const bool l_6 = l_mut_5 < info.scalars_uint[1];
const bool l_7 = !l_6;
if (l_7) {
break;}
const uint l_8 = l_1 * info.scalars_uint[1];
const uint l_9 = l_8 + l_mut_5;
const float_4 l_10 = buffer_0[l_9];
const float_4 l_11 = float_4{
l_10.i_0 * l_10.i_0, l_10.i_1 * l_10.i_1, l_10.i_2 * l_10.i_2, l_10.i_3 * l_10.i_3, };
l_mut_4 = float_4{
l_mut_4.i_0 + l_11.i_0, l_mut_4.i_1 + l_11.i_1, l_mut_4.i_2 + l_11.i_2, l_mut_4.i_3 + l_11.i_3, };
l_mut_5 = l_mut_5 + total_thread_in_threadgroup;
}
const float l_12 = l_mut_4.i_0 + l_mut_4.i_1 + l_mut_4.i_2 + l_mut_4.i_3;
const float l_14 = float {simd_sum(l_12)
};
const uint l_15 = total_thread_in_threadgroup + simd_size;
const uint l_16 = l_15 - uint(1);
const uint l_17 = l_16 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_18 = thread_index_in_threadgroup % simd_size;
const bool l_19 = l_18 == uint(0);
if (l_19) {
const uint l_20 = thread_index_in_threadgroup / simd_size;
shared_memory_13[l_20] = l_14;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_21 = float(0.0);

for (uint l_mut_22 = uint(0); l_mut_22 < l_17; ++l_mut_22) {
const float l_23 = shared_memory_13[l_mut_22];
l_mut_21 = l_mut_21 + l_23;
}
const float l_24 = l_mut_21 / info.scalars_float[0];
const float l_25 = l_24 + info.scalars_float[1];
const float l_26 = sqrt(l_25);
const float l_27 = float(1.0) / l_26;
const bool l_28 = thread_index_in_threadgroup == uint(0);
if (l_28) {
buffer_1[l_1] = l_27;
}
}

}
