
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[6];uint static_meta[10];
};

[[kernel]]
void sampler_chunk_stats_pen1_f32_v1(
    const device float * buffer_0 [[buffer(0)]],
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
threadgroup uchar dynamic_shared_mem[10244];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_109 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_122 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_134 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 2049, 8196 bytes
threadgroup uint* shared_memory_19 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
float l_mut_146;
float l_mut_149;
float l_mut_59;
float l_mut_5;
float l_mut_60;
float l_mut_70;
float l_mut_79;
uint l_mut_17;
uint l_mut_27;
uint l_mut_28;
uint l_mut_39;
uint l_mut_62;
uint l_mut_71;
uint l_mut_92;
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
const uint l_14 = info.scalars_uint[1] / uint(1);
const uint l_15 = threadgroup_pos_in_grid.x * info.scalars_uint[3];
const uint l_16 = l_15 + info.scalars_uint[3];
l_mut_17 = l_16;
const bool l_18 = l_mut_17 > l_14;
if (l_18) {
l_mut_17 = l_14;
}
const uint l_21 = l_1 * info.scalars_uint[2];
const uint l_22 = l_15 * uint(1);
const uint l_23 = l_mut_17 * uint(1);
const int l_24 = buffer_2[l_21];
const uint l_25 = uint(l_24);
const uint l_26 = l_21 + uint(1);
l_mut_27 = uint(0);
l_mut_28 = l_25;
while (true) {
const bool l_29 = l_mut_27 < l_mut_28;
const bool l_30 = !l_29;
if (l_30) {
break;}
const uint l_31 = l_mut_27 + l_mut_28;
const uint l_32 = l_31 / uint(2);
const uint l_33 = l_26 + l_32;
const int l_34 = buffer_2[l_33];
const uint l_35 = uint(l_34);
const bool l_36 = l_35 < l_22;
if (l_36) {
const uint l_37 = l_32 + uint(1);
l_mut_27 = l_37;
} else {
l_mut_28 = l_32;
}
}
const uint l_38 = l_21 + uint(1);
l_mut_28 = uint(0);
l_mut_39 = l_25;
while (true) {
const bool l_40 = l_mut_28 < l_mut_39;
const bool l_41 = !l_40;
if (l_41) {
break;}
const uint l_42 = l_mut_28 + l_mut_39;
const uint l_43 = l_42 / uint(2);
const uint l_44 = l_38 + l_43;
const int l_45 = buffer_2[l_44];
const uint l_46 = uint(l_45);
const bool l_47 = l_46 < l_23;
if (l_47) {
const uint l_48 = l_43 + uint(1);
l_mut_28 = l_48;
} else {
l_mut_39 = l_43;
}
}
const uint l_49 = l_mut_28 - l_mut_27;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_39 = thread_index_in_threadgroup;
while (true) {
const bool l_50 = l_mut_39 <= l_49;
const bool l_51 = !l_50;
if (l_51) {
break;}
l_mut_28 = uint(4294967295);
const bool l_52 = l_mut_39 < l_49;
if (l_52) {
const uint l_53 = l_21 + uint(1);
const uint l_54 = l_mut_27 + l_mut_39;
const uint l_55 = l_53 + l_54;
const int l_56 = buffer_2[l_55];
const uint l_57 = uint(l_56);
l_mut_28 = l_57;
}
shared_memory_19[l_mut_39] = l_mut_28;
l_mut_39 = l_mut_39 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_58 = l_1 * l_14;
l_mut_59 = info.scalars_float[0];
l_mut_39 = uint(4294967295);
l_mut_60 = float(0.0);
l_mut_28 = uint(0);
l_mut_27 = uint(0);
const uint l_61 = l_15 + thread_index_in_threadgroup;
l_mut_62 = l_61;
while (true) {
const bool l_63 = l_mut_62 < l_mut_17;
const bool l_64 = !l_63;
if (l_64) {
break;}
const uint l_65 = l_58 + l_mut_62;
const float l_66 = buffer_0[l_65];
const uint l_67 = l_mut_62 * uint(1);
const uint l_68 = l_67 + uint(0);
const float l_69 = l_66;
l_mut_70 = l_69;
l_mut_71 = l_mut_27;
while (true) {
const uint l_72 = shared_memory_19[l_mut_71];
const bool l_73 = l_72 < l_68;
const bool l_74 = !l_73;
if (l_74) {
break;}
l_mut_71 = l_mut_71 + uint(1);
}
l_mut_27 = l_mut_71;
l_mut_71 = uint(0);
while (true) {
const uint l_75 = l_mut_27 + l_mut_71;
const uint l_76 = shared_memory_19[l_75];
const bool l_77 = l_76 == l_68;
const bool l_78 = !l_77;
if (l_78) {
break;}
l_mut_71 = l_mut_71 + uint(1);
}
l_mut_79 = l_mut_70;
const bool l_80 = l_mut_71 > uint(0);
if (l_80) {
const bool l_81 = l_mut_79 > float(0.0);
if (l_81) {
const float l_82 = l_mut_79 / l_9;
l_mut_79 = l_82;
} else {
const float l_83 = l_mut_79 * l_9;
l_mut_79 = l_83;
}
const float l_84 = float(l_mut_71);
const float l_85 = l_13 * l_84;
const float l_86 = l_mut_79 - l_85;
const float l_87 = l_86 - l_11;
l_mut_79 = l_87;
}
l_mut_70 = l_mut_79;
const bool l_88 = isnan(l_mut_70);
const uint l_89 = reinterpret_cast<thread uint const&>(l_mut_70);
l_mut_71 = l_89;
const bool l_90 = l_mut_71 == uint(2147483648);
if (l_90) {
l_mut_71 = uint(0);
}
const uint l_91 = l_mut_71 | uint(2147483648);
l_mut_92 = l_91;
const bool l_93 = l_mut_71 >= uint(2147483648);
if (l_93) {
const uint l_94 = ~l_mut_71;
l_mut_92 = l_94;
}
const bool l_95 = l_mut_92 == uint(4286578688);
const bool l_96 = l_88 || l_95;
if (l_96) {
l_mut_28 = uint(1);
} else {
const bool l_97 = l_mut_70 > l_mut_59;
if (l_97) {
l_mut_79 = float(1.0);
const bool l_98 = l_mut_59 != l_mut_70;
if (l_98) {
const float l_99 = l_mut_59 - l_mut_70;
const float l_100 = l_99 * l_mut_5;
const float l_101 = exp(l_100);
l_mut_79 = l_101;
}
const float l_102 = l_mut_60 * l_mut_79;
const float l_103 = l_102 + float(1.0);
l_mut_60 = l_103;
l_mut_59 = l_mut_70;
l_mut_39 = l_68;
} else {
const bool l_104 = l_mut_70 > info.scalars_float[0];
if (l_104) {
l_mut_79 = float(1.0);
const bool l_105 = l_mut_70 != l_mut_59;
if (l_105) {
const float l_106 = l_mut_70 - l_mut_59;
const float l_107 = l_106 * l_mut_5;
const float l_108 = exp(l_107);
l_mut_79 = l_108;
}
l_mut_60 = l_mut_60 + l_mut_79;
}
}
}
l_mut_62 = l_mut_62 + total_thread_in_threadgroup;
}
const float l_110 = float {simd_max(l_mut_59)
};
const uint l_111 = total_thread_in_threadgroup + simd_size;
const uint l_112 = l_111 - uint(1);
const uint l_113 = l_112 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_114 = thread_index_in_threadgroup % simd_size;
const bool l_115 = l_114 == uint(0);
if (l_115) {
const uint l_116 = thread_index_in_threadgroup / simd_size;
shared_memory_109[l_116] = l_110;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_117 = shared_memory_109[uint(0)];
l_mut_79 = l_117;

for (uint l_mut_118 = uint(1); l_mut_118 < l_113; ++l_mut_118) {
const float l_119 = shared_memory_109[l_mut_118];
const bool l_120 = l_119 > l_mut_79;
if (l_120) {
l_mut_79 = l_119;
}
}
l_mut_92 = uint(4294967295);
const bool l_121 = l_mut_59 == l_mut_79;
if (l_121) {
l_mut_92 = l_mut_39;
}
const uint l_123 = uint {simd_min(l_mut_92)
};
const uint l_124 = total_thread_in_threadgroup + simd_size;
const uint l_125 = l_124 - uint(1);
const uint l_126 = l_125 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_127 = thread_index_in_threadgroup % simd_size;
const bool l_128 = l_127 == uint(0);
if (l_128) {
const uint l_129 = thread_index_in_threadgroup / simd_size;
shared_memory_122[l_129] = l_123;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_130 = shared_memory_122[uint(0)];
l_mut_92 = l_130;

for (uint l_mut_131 = uint(1); l_mut_131 < l_126; ++l_mut_131) {
const uint l_132 = shared_memory_122[l_mut_131];
const bool l_133 = l_132 < l_mut_92;
if (l_133) {
l_mut_92 = l_132;
}
}
const uint l_135 = uint {simd_max(l_mut_28)
};
const uint l_136 = total_thread_in_threadgroup + simd_size;
const uint l_137 = l_136 - uint(1);
const uint l_138 = l_137 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_139 = thread_index_in_threadgroup % simd_size;
const bool l_140 = l_139 == uint(0);
if (l_140) {
const uint l_141 = thread_index_in_threadgroup / simd_size;
shared_memory_134[l_141] = l_135;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_142 = shared_memory_134[uint(0)];
l_mut_71 = l_142;

for (uint l_mut_143 = uint(1); l_mut_143 < l_138; ++l_mut_143) {
const uint l_144 = shared_memory_134[l_mut_143];
const bool l_145 = l_144 > l_mut_71;
if (l_145) {
l_mut_71 = l_144;
}
}
l_mut_70 = float(0.0);
l_mut_146 = float(0.0);
const bool l_147 = l_mut_59 == l_mut_79;
if (l_147) {
l_mut_146 = l_mut_60;
} else {
const bool l_148 = l_mut_60 > float(0.0);
if (l_148) {
l_mut_149 = float(1.0);
const bool l_150 = l_mut_59 != l_mut_79;
if (l_150) {
const float l_151 = l_mut_59 - l_mut_79;
const float l_152 = l_151 * l_mut_5;
const float l_153 = exp(l_152);
l_mut_149 = l_153;
}
const float l_154 = l_mut_60 * l_mut_149;
l_mut_146 = l_154;
}
}
const float l_155 = float {simd_sum(l_mut_146)
};
const uint l_156 = total_thread_in_threadgroup + simd_size;
const uint l_157 = l_156 - uint(1);
const uint l_158 = l_157 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_159 = thread_index_in_threadgroup % simd_size;
const bool l_160 = l_159 == uint(0);
if (l_160) {
const uint l_161 = thread_index_in_threadgroup / simd_size;
shared_memory_20[l_161] = l_155;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_149 = float(0.0);

for (uint l_mut_162 = uint(0); l_mut_162 < l_158; ++l_mut_162) {
const float l_163 = shared_memory_20[l_mut_162];
l_mut_149 = l_mut_149 + l_163;
}
l_mut_70 = l_mut_149;
const bool l_164 = thread_index_in_threadgroup == uint(0);
if (l_164) {
const uint l_165 = l_1 * info.scalars_uint[4];
const uint l_166 = l_165 + threadgroup_pos_in_grid.x;
const uint l_167 = l_166 * uint(2);
buffer_3[l_167] = l_mut_79;
const uint l_168 = l_167 + uint(1);
buffer_3[l_168] = l_mut_70;
buffer_4[l_167] = l_mut_92;
const uint l_169 = l_167 + uint(1);
buffer_4[l_169] = l_mut_71;
}
}

}
