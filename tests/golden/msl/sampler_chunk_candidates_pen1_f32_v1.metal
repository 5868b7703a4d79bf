
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[6];uint static_meta[16];
};

[[kernel]]
void sampler_chunk_candidates_pen1_f32_v1(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device int * buffer_2 [[buffer(2)]],
    const device float * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    device uint * buffer_5 [[buffer(5)]],
    device uint * buffer_6 [[buffer(6)]],
    device uint * buffer_7 [[buffer(7)]],
    constant info_st& info [[buffer(8)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[12292];
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 2049, 8196 bytes
threadgroup uint* shared_memory_12 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
float l_mut_72;
float l_mut_79;
float l_mut_89;
uint l_mut_101;
uint l_mut_117;
uint l_mut_128;
uint l_mut_147;
uint l_mut_19;
uint l_mut_22;
uint l_mut_41;
uint l_mut_52;
const uint l_0 = threadgroup_pos_in_grid.z * threadgroups_per_grid.y;
const uint l_1 = l_0 + threadgroup_pos_in_grid.y;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * uint(8);
const uint l_4 = l_3 + uint(4);
const float l_5 = buffer_1[l_4];
const uint l_6 = l_3 + uint(5);
const float l_7 = buffer_1[l_6];
const uint l_8 = l_3 + uint(6);
const float l_9 = buffer_1[l_8];
const uint l_10 = info.scalars_uint[1] / uint(1);
const uint l_13 = buffer_4[l_1];
const uint l_14 = l_1 * info.scalars_uint[4];
const uint l_15 = l_14 + threadgroup_pos_in_grid.x;
const uint l_16 = l_15 * uint(2);
const float l_17 = buffer_3[l_16];
const uint l_18 = reinterpret_cast<thread uint const&>(l_17);
l_mut_19 = l_18;
const bool l_20 = l_mut_19 == uint(2147483648);
if (l_20) {
l_mut_19 = uint(0);
}
const uint l_21 = l_mut_19 | uint(2147483648);
l_mut_22 = l_21;
const bool l_23 = l_mut_19 >= uint(2147483648);
if (l_23) {
const uint l_24 = ~l_mut_19;
l_mut_22 = l_24;
}
const uint l_25 = l_1 * info.scalars_uint[4];
const uint l_26 = l_25 + threadgroup_pos_in_grid.x;
const bool l_27 = l_13 == uint(0);
if (l_27) {
const bool l_28 = thread_index_in_threadgroup == uint(0);
if (l_28) {
const uint l_29 = info.scalars_uint[5] + uint(1);
buffer_7[l_26] = l_29;
}
} else {
const bool l_30 = l_mut_22 < l_13;
if (l_30) {
const bool l_31 = thread_index_in_threadgroup == uint(0);
if (l_31) {
buffer_7[l_26] = uint(0);
}
} else {
const uint l_32 = threadgroup_pos_in_grid.x * info.scalars_uint[3];
const uint l_33 = l_32 + info.scalars_uint[3];
l_mut_22 = l_33;
const bool l_34 = l_mut_22 > l_10;
if (l_34) {
l_mut_22 = l_10;
}
const uint l_35 = l_1 * info.scalars_uint[2];
const uint l_36 = l_32 * uint(1);
const uint l_37 = l_mut_22 * uint(1);
const int l_38 = buffer_2[l_35];
const uint l_39 = uint(l_38);
const uint l_40 = l_35 + uint(1);
l_mut_19 = uint(0);
l_mut_41 = l_39;
while (true) {
const bool l_42 = l_mut_19 < l_mut_41;
const bool l_43 = !l_42;
if (l_43) {
break;}
const uint l_44 = l_mut_19 + l_mut_41;
const uint l_45 = l_44 / uint(2);
const uint l_46 = l_40 + l_45;
const int l_47 = buffer_2[l_46];
const uint l_48 = uint(l_47);
const bool l_49 = l_48 < l_36;
if (l_49) {
const uint l_50 = l_45 + uint(1);
l_mut_19 = l_50;
} else {
l_mut_41 = l_45;
}
}
const uint l_51 = l_35 + uint(1);
l_mut_41 = uint(0);
l_mut_52 = l_39;
while (true) {
const bool l_53 = l_mut_41 < l_mut_52;
const bool l_54 = !l_53;
if (l_54) {
break;}
const uint l_55 = l_mut_41 + l_mut_52;
const uint l_56 = l_55 / uint(2);
const uint l_57 = l_51 + l_56;
const int l_58 = buffer_2[l_57];
const uint l_59 = uint(l_58);
const bool l_60 = l_59 < l_37;
if (l_60) {
const uint l_61 = l_56 + uint(1);
l_mut_41 = l_61;
} else {
l_mut_52 = l_56;
}
}
const uint l_62 = l_mut_41 - l_mut_19;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_52 = thread_index_in_threadgroup;
while (true) {
const bool l_63 = l_mut_52 <= l_62;
const bool l_64 = !l_63;
if (l_64) {
break;}
l_mut_41 = uint(4294967295);
const bool l_65 = l_mut_52 < l_62;
if (l_65) {
const uint l_66 = l_35 + uint(1);
const uint l_67 = l_mut_19 + l_mut_52;
const uint l_68 = l_66 + l_67;
const int l_69 = buffer_2[l_68];
const uint l_70 = uint(l_69);
l_mut_41 = l_70;
}
shared_memory_12[l_mut_52] = l_mut_41;
l_mut_52 = l_mut_52 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_71 = l_1 * l_10;
l_mut_72 = float(0.0);
l_mut_52 = uint(0);
const uint l_73 = l_32 + thread_index_in_threadgroup;
l_mut_41 = l_73;
while (true) {
const bool l_74 = l_mut_41 < l_mut_22;
const bool l_75 = !l_74;
if (l_75) {
break;}
const uint l_76 = l_71 + l_mut_41;
const float l_77 = buffer_0[l_76];
const float l_78 = l_77;
l_mut_79 = l_78;
const uint l_80 = l_mut_41 * uint(1);
const uint l_81 = l_80 + uint(0);
l_mut_19 = l_mut_52;
while (true) {
const uint l_82 = shared_memory_12[l_mut_19];
const bool l_83 = l_82 < l_81;
const bool l_84 = !l_83;
if (l_84) {
break;}
l_mut_19 = l_mut_19 + uint(1);
}
l_mut_52 = l_mut_19;
l_mut_19 = uint(0);
while (true) {
const uint l_85 = l_mut_52 + l_mut_19;
const uint l_86 = shared_memory_12[l_85];
const bool l_87 = l_86 == l_81;
const bool l_88 = !l_87;
if (l_88) {
break;}
l_mut_19 = l_mut_19 + uint(1);
}
l_mut_89 = l_mut_79;
const bool l_90 = l_mut_19 > uint(0);
if (l_90) {
const bool l_91 = l_mut_89 > float(0.0);
if (l_91) {
const float l_92 = l_mut_89 / l_5;
l_mut_89 = l_92;
} else {
const float l_93 = l_mut_89 * l_5;
l_mut_89 = l_93;
}
const float l_94 = float(l_mut_19);
const float l_95 = l_9 * l_94;
const float l_96 = l_mut_89 - l_95;
const float l_97 = l_96 - l_7;
l_mut_89 = l_97;
}
l_mut_79 = l_mut_89;
const uint l_98 = reinterpret_cast<thread uint const&>(l_mut_79);
l_mut_19 = l_98;
const bool l_99 = l_mut_19 == uint(2147483648);
if (l_99) {
l_mut_19 = uint(0);
}
const uint l_100 = l_mut_19 | uint(2147483648);
l_mut_101 = l_100;
const bool l_102 = l_mut_19 >= uint(2147483648);
if (l_102) {
const uint l_103 = ~l_mut_19;
l_mut_101 = l_103;
}
const bool l_104 = l_mut_101 >= l_13;
if (l_104) {
l_mut_72 = l_mut_72 + float(1.0);
}
l_mut_41 = l_mut_41 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_11[thread_index_in_threadgroup] = l_mut_72;
l_mut_89 = l_mut_72;
l_mut_101 = uint(1);
while (true) {
const bool l_105 = l_mut_101 < total_thread_in_threadgroup;
const bool l_106 = !l_105;
if (l_106) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_79 = float(0.0);
const bool l_107 = thread_index_in_threadgroup >= l_mut_101;
if (l_107) {
const uint l_108 = thread_index_in_threadgroup - l_mut_101;
const float l_109 = shared_memory_11[l_108];
l_mut_79 = l_109;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_89 = l_mut_89 + l_mut_79;
shared_memory_11[thread_index_in_threadgroup] = l_mut_89;
l_mut_101 = l_mut_101 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_110 = total_thread_in_threadgroup - uint(1);
const float l_111 = shared_memory_11[l_110];
const uint l_112 = uint(l_111);
const float l_113 = l_mut_89 - l_mut_72;
const uint l_114 = uint(l_113);
l_mut_101 = l_114;
const uint l_115 = l_26 * info.scalars_uint[5];
l_mut_19 = uint(0);
const uint l_116 = l_32 + thread_index_in_threadgroup;
l_mut_117 = l_116;
const bool l_118 = l_mut_72 == float(0.0);
if (l_118) {
l_mut_117 = l_mut_22;
}
while (true) {
const bool l_119 = l_mut_117 < l_mut_22;
const bool l_120 = l_mut_101 < info.scalars_uint[5];
const bool l_121 = l_119 && l_120;
const bool l_122 = !l_121;
if (l_122) {
break;}
const uint l_123 = l_71 + l_mut_117;
const float l_124 = buffer_0[l_123];
const uint l_125 = l_mut_117 * uint(1);
const uint l_126 = l_125 + uint(0);
const float l_127 = l_124;
l_mut_89 = l_127;
l_mut_128 = l_mut_19;
while (true) {
const uint l_129 = shared_memory_12[l_mut_128];
const bool l_130 = l_129 < l_126;
const bool l_131 = !l_130;
if (l_131) {
break;}
l_mut_128 = l_mut_128 + uint(1);
}
l_mut_19 = l_mut_128;
l_mut_128 = uint(0);
while (true) {
const uint l_132 = l_mut_19 + l_mut_128;
const uint l_133 = shared_memory_12[l_132];
const bool l_134 = l_133 == l_126;
const bool l_135 = !l_134;
if (l_135) {
break;}
l_mut_128 = l_mut_128 + uint(1);
}
l_mut_79 = l_mut_89;
const bool l_136 = l_mut_128 > uint(0);
if (l_136) {
const bool l_137 = l_mut_79 > float(0.0);
if (l_137) {
const float l_138 = l_mut_79 / l_5;
l_mut_79 = l_138;
} else {
const float l_139 = l_mut_79 * l_5;
l_mut_79 = l_139;
}
const float l_140 = float(l_mut_128);
const float l_141 = l_9 * l_140;
const float l_142 = l_mut_79 - l_141;
const float l_143 = l_142 - l_7;
l_mut_79 = l_143;
}
l_mut_89 = l_mut_79;
const uint l_144 = reinterpret_cast<thread uint const&>(l_mut_89);
l_mut_128 = l_144;
const bool l_145 = l_mut_128 == uint(2147483648);
if (l_145) {
l_mut_128 = uint(0);
}
const uint l_146 = l_mut_128 | uint(2147483648);
l_mut_147 = l_146;
const bool l_148 = l_mut_128 >= uint(2147483648);
if (l_148) {
const uint l_149 = ~l_mut_128;
l_mut_147 = l_149;
}
const bool l_150 = l_mut_147 >= l_13;
if (l_150) {
const bool l_151 = l_mut_101 < info.scalars_uint[5];
if (l_151) {
const uint l_152 = l_115 + l_mut_101;
buffer_5[l_152] = l_mut_147;
const uint l_153 = l_115 + l_mut_101;
buffer_6[l_153] = l_126;
}
l_mut_101 = l_mut_101 + uint(1);
}
l_mut_117 = l_mut_117 + total_thread_in_threadgroup;
}
const bool l_154 = thread_index_in_threadgroup == uint(0);
if (l_154) {
buffer_7[l_26] = l_112;
}
}
}
}

}
