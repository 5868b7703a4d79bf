
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
uint scalars_uint[6];uint static_meta[10];
};

[[kernel]]
void sampler_chunk_stats_pen0_f32_v4(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device int * buffer_2 [[buffer(2)]],
    device float * buffer_3 [[buffer(3)]],
    device uint * buffer_4 [[buffer(4)]],
    constant info_st& info [[buffer(5)]],
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
threadgroup float* shared_memory_88 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_101 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_113 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
float l_mut_125;
float l_mut_22;
float l_mut_24;
float l_mut_36;
float l_mut_5;
uint l_mut_17;
uint l_mut_23;
uint l_mut_25;
uint l_mut_26;
uint l_mut_28;
uint l_mut_39;
uint l_mut_42;
const uint l_0 = threadgroup_pos_in_grid.z * threadgroups_per_grid.y;
const uint l_1 = l_0 + threadgroup_pos_in_grid.y;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * uint(8);
const float l_4 = buffer_1[l_3];
l_mut_5 = float(1.0);
const bool l_6 = l_4 != float(0.0);
if (l_6) {
const float l_7 = float(1.0) / l_4;
l_mut_5 = l_7;
}
const uint l_8 = l_3 + uint(4);
const float l_9 = buffer_1[l_8];
const uint l_10 = l_3 + uint(5);
const float l_11 = buffer_1[l_10];
const uint l_12 = l_3 + uint(6);
const float l_13 = buffer_1[l_12];
const uint l_14 = info.scalars_uint[1] / uint(4);
const uint l_15 = threadgroup_pos_in_grid.x * info.scalars_uint[3];
const uint l_16 = l_15 + info.scalars_uint[3];
l_mut_17 = l_16;
const bool l_18 = l_mut_17 > l_14;
if (l_18) {
l_mut_17 = l_14;
}
const uint l_21 = l_1 * l_14;
l_mut_22 = info.scalars_float[0];
l_mut_23 = uint(4294967295);
l_mut_24 = float(0.0);
l_mut_25 = uint(0);
l_mut_26 = uint(0);
const uint l_27 = l_15 + thread_index_in_threadgroup;
l_mut_28 = l_27;
while (true) {
const bool l_29 = l_mut_28 < l_mut_17;
const bool l_30 = !l_29;
if (l_30) {
break;}
const uint l_31 = l_21 + l_mut_28;
const float_4 l_32 = buffer_0[l_31];
const uint l_33 = l_mut_28 * uint(4);
const uint l_34 = l_33 + uint(0);
const float l_35 = l_32.i_0;
l_mut_36 = l_35;
const bool l_37 = isnan(l_mut_36);
const uint l_38 = reinterpret_cast<thread uint const&>(l_mut_36);
l_mut_39 = l_38;
const bool l_40 = l_mut_39 == uint(2147483648);
if (l_40) {
l_mut_39 = uint(0);
}
const uint l_41 = l_mut_39 | uint(2147483648);
l_mut_42 = l_41;
const bool l_43 = l_mut_39 >= uint(2147483648);
if (l_43) {
const uint l_44 = ~l_mut_39;
l_mut_42 = l_44;
}
const bool l_45 = l_mut_42 == uint(4286578688);
const bool l_46 = l_37 || l_45;
if (l_46) {
l_mut_25 = uint(1);
} else {
const bool l_47 = l_mut_36 > l_mut_22;
if (l_47) {
l_mut_22 = l_mut_36;
l_mut_23 = l_34;
} else {
const bool l_48 = l_mut_36 > info.scalars_float[0];
if (l_48) {
}
}
}
const uint l_49 = l_mut_28 * uint(4);
const uint l_50 = l_49 + uint(1);
const float l_51 = l_32.i_1;
l_mut_36 = l_51;
const bool l_52 = isnan(l_mut_36);
const uint l_53 = reinterpret_cast<thread uint const&>(l_mut_36);
l_mut_42 = l_53;
const bool l_54 = l_mut_42 == uint(2147483648);
if (l_54) {
l_mut_42 = uint(0);
}
const uint l_55 = l_mut_42 | uint(2147483648);
l_mut_39 = l_55;
const bool l_56 = l_mut_42 >= uint(2147483648);
if (l_56) {
const uint l_57 = ~l_mut_42;
l_mut_39 = l_57;
}
const bool l_58 = l_mut_39 == uint(4286578688);
const bool l_59 = l_52 || l_58;
if (l_59) {
l_mut_25 = uint(1);
} else {
const bool l_60 = l_mut_36 > l_mut_22;
if (l_60) {
l_mut_22 = l_mut_36;
l_mut_23 = l_50;
} else {
const bool l_61 = l_mut_36 > info.scalars_float[0];
if (l_61) {
}
}
}
const uint l_62 = l_mut_28 * uint(4);
const uint l_63 = l_62 + uint(2);
const float l_64 = l_32.i_2;
l_mut_36 = l_64;
const bool l_65 = isnan(l_mut_36);
const uint l_66 = reinterpret_cast<thread uint const&>(l_mut_36);
l_mut_42 = l_66;
const bool l_67 = l_mut_42 == uint(2147483648);
if (l_67) {
l_mut_42 = uint(0);
}
const uint l_68 = l_mut_42 | uint(2147483648);
l_mut_39 = l_68;
const bool l_69 = l_mut_42 >= uint(2147483648);
if (l_69) {
const uint l_70 = ~l_mut_42;
l_mut_39 = l_70;
}
const bool l_71 = l_mut_39 == uint(4286578688);
const bool l_72 = l_65 || l_71;
if (l_72) {
l_mut_25 = uint(1);
} else {
const bool l_73 = l_mut_36 > l_mut_22;
if (l_73) {
l_mut_22 = l_mut_36;
l_mut_23 = l_63;
} else {
const bool l_74 = l_mut_36 > info.scalars_float[0];
if (l_74) {
}
}
}
const uint l_75 = l_mut_28 * uint(4);
const uint l_76 = l_75 + uint(3);
const float l_77 = l_32.i_3;
l_mut_36 = l_77;
const bool l_78 = isnan(l_mut_36);
const uint l_79 = reinterpret_cast<thread uint const&>(l_mut_36);
l_mut_42 = l_79;
const bool l_80 = l_mut_42 == uint(2147483648);
if (l_80) {
l_mut_42 = uint(0);
}
const uint l_81 = l_mut_42 | uint(2147483648);
l_mut_39 = l_81;
const bool l_82 = l_mut_42 >= uint(2147483648);
if (l_82) {
const uint l_83 = ~l_mut_42;
l_mut_39 = l_83;
}
const bool l_84 = l_mut_39 == uint(4286578688);
const bool l_85 = l_78 || l_84;
if (l_85) {
l_mut_25 = uint(1);
} else {
const bool l_86 = l_mut_36 > l_mut_22;
if (l_86) {
l_mut_22 = l_mut_36;
l_mut_23 = l_76;
} else {
const bool l_87 = l_mut_36 > info.scalars_float[0];
if (l_87) {
}
}
}
l_mut_28 = l_mut_28 + total_thread_in_threadgroup;
}
const float l_89 = float {simd_max(l_mut_22)
};
const uint l_90 = total_thread_in_threadgroup + simd_size;
const uint l_91 = l_90 - uint(1);
const uint l_92 = l_91 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_93 = thread_index_in_threadgroup % simd_size;
const bool l_94 = l_93 == uint(0);
if (l_94) {
const uint l_95 = thread_index_in_threadgroup / simd_size;
shared_memory_88[l_95] = l_89;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_96 = shared_memory_88[uint(0)];
l_mut_36 = l_96;

for (uint l_mut_97 = uint(1); l_mut_97 < l_92; ++l_mut_97) {
const float l_98 = shared_memory_88[l_mut_97];
const bool l_99 = l_98 > l_mut_36;
if (l_99) {
l_mut_36 = l_98;
}
}
l_mut_42 = uint(4294967295);
const bool l_100 = l_mut_22 == l_mut_36;
if (l_100) {
l_mut_42 = l_mut_23;
}
const uint l_102 = uint {simd_min(l_mut_42)
};
const uint l_103 = total_thread_in_threadgroup + simd_size;
const uint l_104 = l_103 - uint(1);
const uint l_105 = l_104 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_106 = thread_index_in_threadgroup % simd_size;
const bool l_107 = l_106 == uint(0);
if (l_107) {
const uint l_108 = thread_index_in_threadgroup / simd_size;
shared_memory_101[l_108] = l_102;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_109 = shared_memory_101[uint(0)];
l_mut_42 = l_109;

for (uint l_mut_110 = uint(1); l_mut_110 < l_105; ++l_mut_110) {
const uint l_111 = shared_memory_101[l_mut_110];
const bool l_112 = l_111 < l_mut_42;
if (l_112) {
l_mut_42 = l_111;
}
}
const uint l_114 = uint {simd_max(l_mut_25)
};
const uint l_115 = total_thread_in_threadgroup + simd_size;
const uint l_116 = l_115 - uint(1);
const uint l_117 = l_116 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_118 = thread_index_in_threadgroup % simd_size;
const bool l_119 = l_118 == uint(0);
if (l_119) {
const uint l_120 = thread_index_in_threadgroup / simd_size;
shared_memory_113[l_120] = l_114;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_121 = shared_memory_113[uint(0)];
l_mut_39 = l_121;

for (uint l_mut_122 = uint(1); l_mut_122 < l_117; ++l_mut_122) {
const uint l_123 = shared_memory_113[l_mut_122];
const bool l_124 = l_123 > l_mut_39;
if (l_124) {
l_mut_39 = l_123;
}
}
l_mut_125 = float(0.0);
const bool l_126 = thread_index_in_threadgroup == uint(0);
if (l_126) {
const uint l_127 = l_1 * info.scalars_uint[4];
const uint l_128 = l_127 + threadgroup_pos_in_grid.x;
const uint l_129 = l_128 * uint(2);
buffer_3[l_129] = l_mut_36;
const uint l_130 = l_129 + uint(1);
buffer_3[l_130] = l_mut_125;
buffer_4[l_129] = l_mut_42;
const uint l_131 = l_129 + uint(1);
buffer_4[l_131] = l_mut_39;
}
}

}
