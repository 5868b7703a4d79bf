
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    float scalars_float[4];
uint scalars_uint[2];uint static_meta[12];
};

[[kernel]]
void rmsnorm_rmsnorm_forward_f32_v4_a32_res0(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device float_4 * buffer_2 [[buffer(2)]],
    device float_4 * buffer_3 [[buffer(3)]],
    device float_4 * buffer_4 [[buffer(4)]],
    device float * buffer_5 [[buffer(5)]],
    constant info_st& info [[buffer(6)]],
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
threadgroup float* shared_memory_14 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_mut_22;
float_4 l_mut_11;
float_4 l_mut_5;
uint l_mut_29;
uint l_mut_6;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * info.scalars_uint[1];
const float_4 l_4 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_5 = l_4;
l_mut_6 = thread_index_in_threadgroup;
while (true) {
const bool l_7 = l_mut_6 < info.scalars_uint[1];
const bool l_8 = !l_7;
if (l_8) {
break;}
const uint l_9 = l_3 + l_mut_6;
const float_4 l_10 = buffer_0[l_9];
l_mut_11 = l_10;
const float_4 l_12 = float_4{
l_mut_11.i_0 * l_mut_11.i_0, l_mut_11.i_1 * l_mut_11.i_1, l_mut_11.i_2 * l_mut_11.i_2, l_mut_11.i_3 * l_mut_11.i_3, };
l_mut_5 = float_4{
l_mut_5.i_0 + l_12.i_0, l_mut_5.i_1 + l_12.i_1, l_mut_5.i_2 + l_12.i_2, l_mut_5.i_3 + l_12.i_3, };
l_mut_6 = l_mut_6 + total_thread_in_threadgroup;
}
const float l_13 = l_mut_5.i_0 + l_mut_5.i_1 + l_mut_5.i_2 + l_mut_5.i_3;
const float l_15 = float {simd_sum(l_13)
};
const uint l_16 = total_thread_in_threadgroup + simd_size;
const uint l_17 = l_16 - uint(1);
const uint l_18 = l_17 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_19 = thread_index_in_threadgroup % simd_size;
const bool l_20 = l_19 == uint(0);
if (l_20) {
const uint l_21 = thread_index_in_threadgroup / simd_size;
shared_memory_14[l_21] = l_15;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_22 = float(0.0);

for (uint l_mut_23 = uint(0); l_mut_23 < l_18; ++l_mut_23) {
const float l_24 = shared_memory_14[l_mut_23];
l_mut_22 = l_mut_22 + l_24;
}
const float l_25 = l_mut_22 / info.scalars_float[0];
const float l_26 = l_25 + info.scalars_float[1];
const float l_27 = sqrt(l_26);
const float l_28 = float(1.0) / l_27;
l_mut_29 = thread_index_in_threadgroup;
while (true) {
const bool l_30 = l_mut_29 < info.scalars_uint[1];
const bool l_31 = !l_30;
if (l_31) {
break;}
const uint l_32 = l_3 + l_mut_29;
const float_4 l_33 = buffer_0[l_32];
l_mut_11 = l_33;
const float_4 l_34 = buffer_2[l_mut_29];
const float_4 l_35 = float_4{
info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],};
const float_4 l_36 = float_4{
l_34.i_0 + l_35.i_0, l_34.i_1 + l_35.i_1, l_34.i_2 + l_35.i_2, l_34.i_3 + l_35.i_3, };
const uint l_37 = l_3 + l_mut_29;
const float_4 l_38 = float_4{
l_28,l_28,l_28,l_28,};
const float_4 l_39 = float_4{
l_mut_11.i_0 * l_38.i_0, l_mut_11.i_1 * l_38.i_1, l_mut_11.i_2 * l_38.i_2, l_mut_11.i_3 * l_38.i_3, };
const float_4 l_40 = float_4{
l_39.i_0 * l_36.i_0, l_39.i_1 * l_36.i_1, l_39.i_2 * l_36.i_2, l_39.i_3 * l_36.i_3, };
buffer_3[l_37] = reinterpret_cast<thread float_4 const&>(l_40);
l_mut_29 = l_mut_29 + total_thread_in_threadgroup;
}
const bool l_41 = thread_index_in_threadgroup == uint(0);
if (l_41) {
buffer_5[l_1] = l_28;
}
}

}
