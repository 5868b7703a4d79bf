
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[8];uint static_meta[22];
};

[[kernel]]
void sampler_chunked_minp(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device uint * buffer_2 [[buffer(2)]],
    const device uint * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    const device uint * buffer_5 [[buffer(5)]],
    device uint * buffer_6 [[buffer(6)]],
    device uint * buffer_7 [[buffer(7)]],
    device float * buffer_8 [[buffer(8)]],
    device uint * buffer_9 [[buffer(9)]],
    device float * buffer_10 [[buffer(10)]],
    constant info_st& info [[buffer(11)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[1536];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_42 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_57 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_69 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_86;
bool l_mut_90;
float l_mut_13;
float l_mut_22;
float l_mut_51;
uint l_mut_23;
uint l_mut_24;
uint l_mut_25;
uint l_mut_55;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * uint(8);
const float l_4 = buffer_0[l_3];
const uint l_5 = l_3 + uint(1);
const float l_6 = buffer_0[l_5];
const uint l_7 = uint(l_6);
const uint l_8 = l_3 + uint(2);
const float l_9 = buffer_0[l_8];
const uint l_10 = l_3 + uint(3);
const float l_11 = buffer_0[l_10];
const bool l_12 = l_4 == float(0.0);
l_mut_13 = float(1.0);
const bool l_14 = !l_12;
if (l_14) {
const float l_15 = float(1.0) / l_4;
l_mut_13 = l_15;
}
const uint l_21 = l_1 * info.scalars_uint[1];
l_mut_22 = info.scalars_float[0];
l_mut_23 = uint(4294967295);
l_mut_24 = uint(0);
l_mut_25 = thread_index_in_threadgroup;
while (true) {
const bool l_26 = l_mut_25 < info.scalars_uint[1];
const bool l_27 = !l_26;
if (l_27) {
break;}
const uint l_28 = l_21 + l_mut_25;
const uint l_29 = l_28 * uint(2);
const float l_30 = buffer_1[l_29];
const uint l_31 = buffer_2[l_29];
const bool l_32 = l_30 > l_mut_22;
const bool l_33 = l_30 == l_mut_22;
const bool l_34 = l_31 < l_mut_23;
const bool l_35 = l_33 && l_34;
const bool l_36 = l_32 || l_35;
if (l_36) {
l_mut_22 = l_30;
l_mut_23 = l_31;
}
const uint l_37 = l_29 + uint(1);
const uint l_38 = buffer_2[l_37];
const bool l_39 = l_38 > l_mut_24;
if (l_39) {
const uint l_40 = l_29 + uint(1);
const uint l_41 = buffer_2[l_40];
l_mut_24 = l_41;
}
l_mut_25 = l_mut_25 + total_thread_in_threadgroup;
}
const float l_43 = float {simd_max(l_mut_22)
};
const uint l_44 = total_thread_in_threadgroup + simd_size;
const uint l_45 = l_44 - uint(1);
const uint l_46 = l_45 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_47 = thread_index_in_threadgroup % simd_size;
const bool l_48 = l_47 == uint(0);
if (l_48) {
const uint l_49 = thread_index_in_threadgroup / simd_size;
shared_memory_42[l_49] = l_43;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_50 = shared_memory_42[uint(0)];
l_mut_51 = l_50;

for (uint l_mut_52 = uint(1); l_mut_52 < l_46; ++l_mut_52) {
const float l_53 = shared_memory_42[l_mut_52];
const bool l_54 = l_53 > l_mut_51;
if (l_54) {
l_mut_51 = l_53;
}
}
l_mut_55 = uint(4294967295);
const bool l_56 = l_mut_22 == l_mut_51;
if (l_56) {
l_mut_55 = l_mut_23;
}
const uint l_58 = uint {simd_min(l_mut_55)
};
const uint l_59 = total_thread_in_threadgroup + simd_size;
const uint l_60 = l_59 - uint(1);
const uint l_61 = l_60 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_62 = thread_index_in_threadgroup % simd_size;
const bool l_63 = l_62 == uint(0);
if (l_63) {
const uint l_64 = thread_index_in_threadgroup / simd_size;
shared_memory_57[l_64] = l_58;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_65 = shared_memory_57[uint(0)];
l_mut_55 = l_65;

for (uint l_mut_66 = uint(1); l_mut_66 < l_61; ++l_mut_66) {
const uint l_67 = shared_memory_57[l_mut_66];
const bool l_68 = l_67 < l_mut_55;
if (l_68) {
l_mut_55 = l_67;
}
}
const uint l_70 = uint {simd_max(l_mut_24)
};
const uint l_71 = total_thread_in_threadgroup + simd_size;
const uint l_72 = l_71 - uint(1);
const uint l_73 = l_72 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_74 = thread_index_in_threadgroup % simd_size;
const bool l_75 = l_74 == uint(0);
if (l_75) {
const uint l_76 = thread_index_in_threadgroup / simd_size;
shared_memory_69[l_76] = l_70;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_77 = shared_memory_69[uint(0)];
l_mut_24 = l_77;

for (uint l_mut_78 = uint(1); l_mut_78 < l_73; ++l_mut_78) {
const uint l_79 = shared_memory_69[l_mut_78];
const bool l_80 = l_79 > l_mut_24;
if (l_80) {
l_mut_24 = l_79;
}
}
l_mut_22 = float(0.0);
l_mut_23 = uint(0);
const bool l_81 = l_mut_24 > uint(0);
if (l_81) {
l_mut_23 = uint(1);
} else {
const bool l_82 = l_mut_51 == info.scalars_float[0];
if (l_82) {
l_mut_23 = uint(2);
}
}
const bool l_83 = l_mut_23 != uint(0);
if (l_83) {
const bool l_84 = thread_index_in_threadgroup == uint(0);
if (l_84) {
buffer_7[l_1] = l_mut_23;
buffer_6[l_1] = uint(4294967295);
}
} else {
const float l_85 = log(l_mut_22);
l_mut_86 = bool(false);
l_mut_24 = uint(0);
const bool l_87 = !l_12;
const bool l_88 = !l_mut_86;
const bool l_89 = l_87 && l_88;
l_mut_90 = l_89;
if (l_mut_90) {
const bool l_91 = thread_index_in_threadgroup == uint(0);
if (l_91) {
buffer_7[l_1] = uint(3);
}
} else {
l_mut_23 = l_mut_55;
l_mut_22 = l_mut_51;
const bool l_92 = thread_index_in_threadgroup == uint(0);
if (l_92) {
buffer_7[l_1] = uint(0);
buffer_6[l_1] = l_mut_23;
}
}
}
}

}
