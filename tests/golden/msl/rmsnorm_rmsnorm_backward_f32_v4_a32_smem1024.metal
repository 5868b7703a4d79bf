
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
uint scalars_uint[4];uint static_meta[12];
};

[[kernel]]
void rmsnorm_rmsnorm_backward_f32_v4_a32_smem1024(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device float * buffer_2 [[buffer(2)]],
    const device float_4 * buffer_3 [[buffer(3)]],
    device float_4 * buffer_4 [[buffer(4)]],
    device float_4 * buffer_5 [[buffer(5)]],
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
threadgroup uchar dynamic_shared_mem[16896];
// Shared array size: 1024, 16384 bytes
threadgroup float_4* shared_memory_3 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_33 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_mut_41;
float_4 l_mut_18;
uint l_mut_10;
uint l_mut_12;
uint l_mut_19;
uint l_mut_46;
uint l_mut_4;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const uint l_2 = l_1 * info.scalars_uint[1];
l_mut_4 = thread_index_in_threadgroup;
while (true) {
const bool l_5 = l_mut_4 < info.scalars_uint[1];
const bool l_6 = !l_5;
if (l_6) {
break;}
const float_4 l_7 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
shared_memory_3[l_mut_4] = reinterpret_cast<thread float_4 const&>(l_7);
l_mut_4 = l_mut_4 + total_thread_in_threadgroup;
}
const uint l_8 = l_1 * info.scalars_uint[2];
const uint l_9 = l_8 + info.scalars_uint[2];
l_mut_10 = l_9;
const bool l_11 = l_mut_10 > info.scalars_uint[0];
if (l_11) {
l_mut_10 = info.scalars_uint[0];
}
l_mut_12 = l_8;
while (true) {
const bool l_13 = l_mut_12 < l_mut_10;
const bool l_14 = !l_13;
if (l_14) {
break;}
const uint l_15 = l_mut_12 * info.scalars_uint[1];
const float l_16 = buffer_2[l_mut_12];
const float_4 l_17 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_18 = l_17;
l_mut_19 = thread_index_in_threadgroup;
while (true) {
const bool l_20 = l_mut_19 < info.scalars_uint[1];
const bool l_21 = !l_20;
if (l_21) {
break;}
const float_4 l_22 = buffer_1[l_mut_19];
const float_4 l_23 = float_4{
info.scalars_float[1],info.scalars_float[1],info.scalars_float[1],info.scalars_float[1],};
const float_4 l_24 = float_4{
l_22.i_0 + l_23.i_0, l_22.i_1 + l_23.i_1, l_22.i_2 + l_23.i_2, l_22.i_3 + l_23.i_3, };
const uint l_25 = l_15 + l_mut_19;
const float_4 l_26 = buffer_3[l_25];
const float_4 l_27 = float_4{
l_26.i_0 * l_24.i_0, l_26.i_1 * l_24.i_1, l_26.i_2 * l_24.i_2, l_26.i_3 * l_24.i_3, };
const uint l_28 = l_15 + l_mut_19;
const float_4 l_29 = buffer_0[l_28];
const float_4 l_30 = float_4{
l_27.i_0 * l_29.i_0, l_27.i_1 * l_29.i_1, l_27.i_2 * l_29.i_2, l_27.i_3 * l_29.i_3, };
l_mut_18 = float_4{
l_mut_18.i_0 + l_30.i_0, l_mut_18.i_1 + l_30.i_1, l_mut_18.i_2 + l_30.i_2, l_mut_18.i_3 + l_30.i_3, };
l_mut_19 = l_mut_19 + total_thread_in_threadgroup;
}
const float l_31 = l_16 * l_16;
const float l_32 = l_mut_18.i_0 + l_mut_18.i_1 + l_mut_18.i_2 + l_mut_18.i_3;
const float l_34 = float {simd_sum(l_32)
};
const uint l_35 = total_thread_in_threadgroup + simd_size;
const uint l_36 = l_35 - uint(1);
const uint l_37 = l_36 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_38 = thread_index_in_threadgroup % simd_size;
const bool l_39 = l_38 == uint(0);
if (l_39) {
const uint l_40 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_40] = l_34;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_41 = float(0.0);

for (uint l_mut_42 = uint(0); l_mut_42 < l_37; ++l_mut_42) {
const float l_43 = shared_memory_33[l_mut_42];
l_mut_41 = l_mut_41 + l_43;
}
const float l_44 = l_31 * l_mut_41;
const float l_45 = l_44 / info.scalars_float[0];
l_mut_46 = thread_index_in_threadgroup;
while (true) {
const bool l_47 = l_mut_46 < info.scalars_uint[1];
const bool l_48 = !l_47;
if (l_48) {
break;}
const float_4 l_49 = buffer_1[l_mut_46];
const float_4 l_50 = float_4{
info.scalars_float[1],info.scalars_float[1],info.scalars_float[1],info.scalars_float[1],};
const float_4 l_51 = float_4{
l_49.i_0 + l_50.i_0, l_49.i_1 + l_50.i_1, l_49.i_2 + l_50.i_2, l_49.i_3 + l_50.i_3, };
const uint l_52 = l_15 + l_mut_46;
const float_4 l_53 = buffer_3[l_52];
const uint l_54 = l_15 + l_mut_46;
const float_4 l_55 = buffer_0[l_54];
const uint l_56 = l_15 + l_mut_46;
const float_4 l_57 = float_4{
l_16,l_16,l_16,l_16,};
const float_4 l_58 = float_4{
l_51.i_0 * l_53.i_0, l_51.i_1 * l_53.i_1, l_51.i_2 * l_53.i_2, l_51.i_3 * l_53.i_3, };
const float_4 l_59 = float_4{
l_45,l_45,l_45,l_45,};
const float_4 l_60 = float_4{
l_55.i_0 * l_59.i_0, l_55.i_1 * l_59.i_1, l_55.i_2 * l_59.i_2, l_55.i_3 * l_59.i_3, };
const float_4 l_61 = float_4{
l_58.i_0 - l_60.i_0, l_58.i_1 - l_60.i_1, l_58.i_2 - l_60.i_2, l_58.i_3 - l_60.i_3, };
const float_4 l_62 = float_4{
l_57.i_0 * l_61.i_0, l_57.i_1 * l_61.i_1, l_57.i_2 * l_61.i_2, l_57.i_3 * l_61.i_3, };
buffer_4[l_56] = reinterpret_cast<thread float_4 const&>(l_62);
const float_4 l_63 = float_4{
l_53.i_0 * l_55.i_0, l_53.i_1 * l_55.i_1, l_53.i_2 * l_55.i_2, l_53.i_3 * l_55.i_3, };
const float_4 l_64 = float_4{
l_16,l_16,l_16,l_16,};
const float_4 l_65 = float_4{
l_63.i_0 * l_64.i_0, l_63.i_1 * l_64.i_1, l_63.i_2 * l_64.i_2, l_63.i_3 * l_64.i_3, };
const float_4 l_66 = shared_memory_3[l_mut_46];
const float_4 l_67 = float_4{
l_66.i_0 + l_65.i_0, l_66.i_1 + l_65.i_1, l_66.i_2 + l_65.i_2, l_66.i_3 + l_65.i_3, };
shared_memory_3[l_mut_46] = reinterpret_cast<thread float_4 const&>(l_67);
l_mut_46 = l_mut_46 + total_thread_in_threadgroup;
}
l_mut_12 = l_mut_12 + uint(1);
}
l_mut_46 = thread_index_in_threadgroup;
while (true) {
const bool l_68 = l_mut_46 < info.scalars_uint[1];
const bool l_69 = !l_68;
if (l_69) {
break;}
const uint l_70 = l_2 + l_mut_46;
const float_4 l_71 = shared_memory_3[l_mut_46];
buffer_5[l_70] = reinterpret_cast<thread float_4 const&>(l_71);
l_mut_46 = l_mut_46 + total_thread_in_threadgroup;
}

}
