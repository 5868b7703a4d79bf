
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct alignas(4) bool_4 {
    bool i_0;
    bool i_1;
    bool i_2;
    bool i_3;
};

struct info_st {
    float scalars_float[6];
int scalars_int[2];
uint scalars_uint[6];uint static_meta[20];
};

[[kernel]]
void cross_entropy_block_forward_f32_v4_u32(
    device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device int * buffer_2 [[buffer(2)]],
    device float_4 * buffer_3 [[buffer(3)]],
    device float * buffer_4 [[buffer(4)]],
    device float * buffer_5 [[buffer(5)]],
    device float * buffer_6 [[buffer(6)]],
    device float * buffer_7 [[buffer(7)]],
    const device float * buffer_8 [[buffer(8)]],
    const device float * buffer_9 [[buffer(9)]],
    constant info_st& info [[buffer(10)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint total_threadgroups_in_grid = threadgroups_per_grid.x * threadgroups_per_grid.y * threadgroups_per_grid.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[1536];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_101 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_111 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_84 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool_4 l_mut_69;
float l_mut_122;
float l_mut_129;
float l_mut_131;
float l_mut_26;
float l_mut_27;
float l_mut_28;
float l_mut_29;
float l_mut_30;
float l_mut_31;
float l_mut_32;
float l_mut_33;
float l_mut_34;
float l_mut_48;
float l_mut_96;
float_4 l_mut_36;
float_4 l_mut_38;
float_4 l_mut_40;
float_4 l_mut_46;
float_4 l_mut_67;
uint l_mut_16;
uint l_mut_17;
uint l_mut_5;
const uint l_0 = info.scalars_uint[1] / info.scalars_uint[4];
const float l_1 = float(info.scalars_uint[3]);
const uint l_2 = info.scalars_uint[2] / info.scalars_uint[4];
const uint l_3 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_4 = l_3 + threadgroup_pos_in_grid.x;
l_mut_5 = l_4;
while (true) {
const bool l_6 = l_mut_5 < info.scalars_uint[0];
const bool l_7 = !l_6;
if (l_7) {
break;}
const int l_8 = buffer_2[l_mut_5];
const bool l_9 = l_8 == info.scalars_int[0];
const bool l_10 = !l_9;
const bool l_11 = l_8 >= int(0);
const bool l_12 = l_10 && l_11;
const int l_13 = int(info.scalars_uint[3]);
const bool l_14 = l_8 < l_13;
const bool l_15 = l_12 && l_14;
l_mut_16 = uint(0);
l_mut_17 = l_0;
if (l_15) {
const uint l_18 = uint(l_8);
l_mut_16 = l_18;
const bool l_19 = l_mut_16 >= info.scalars_uint[2];
const uint l_20 = info.scalars_uint[2] + info.scalars_uint[1];
const bool l_21 = l_mut_16 < l_20;
const bool l_22 = l_19 && l_21;
if (l_22) {
l_mut_16 = l_mut_16 - info.scalars_uint[2];
const uint l_23 = l_mut_16 / info.scalars_uint[4];
l_mut_17 = l_23;
}
}
const uint l_24 = l_mut_16 % info.scalars_uint[4];
const uint l_25 = l_mut_5 * l_0;
l_mut_26 = float(0.0);
l_mut_27 = float(1.0);
l_mut_28 = float(0.0);
l_mut_29 = float(0.0);
l_mut_30 = float(0.0);
l_mut_31 = float(0.0);
l_mut_32 = info.scalars_float[4];
l_mut_33 = float(0.0);
l_mut_34 = float(0.0);
const float_4 l_35 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_36 = l_35;
const float_4 l_37 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_38 = l_37;
const float_4 l_39 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_40 = l_39;
l_mut_16 = thread_index_in_threadgroup;
while (true) {
const bool l_41 = l_mut_16 < l_0;
const bool l_42 = !l_41;
if (l_42) {
break;}
const uint l_43 = l_25 + l_mut_16;
const float_4 l_44 = buffer_0[l_43];
const uint l_45 = l_2 + l_mut_16;
l_mut_46 = l_44;
const float_4 l_47 = buffer_1[l_45];
l_mut_46 = float_4{
l_mut_46.i_0 + l_47.i_0, l_mut_46.i_1 + l_47.i_1, l_mut_46.i_2 + l_47.i_2, l_mut_46.i_3 + l_47.i_3, };
l_mut_48 = info.scalars_float[4];
const float l_49 = l_mut_46.i_0;
const bool l_50 = l_49 > l_mut_48;
if (l_50) {
const float l_51 = l_mut_46.i_0;
l_mut_48 = l_51;
}
const float l_52 = l_mut_46.i_1;
const bool l_53 = l_52 > l_mut_48;
if (l_53) {
const float l_54 = l_mut_46.i_1;
l_mut_48 = l_54;
}
const float l_55 = l_mut_46.i_2;
const bool l_56 = l_55 > l_mut_48;
if (l_56) {
const float l_57 = l_mut_46.i_2;
l_mut_48 = l_57;
}
const float l_58 = l_mut_46.i_3;
const bool l_59 = l_58 > l_mut_48;
if (l_59) {
const float l_60 = l_mut_46.i_3;
l_mut_48 = l_60;
}
const bool l_61 = l_mut_48 > l_mut_32;
if (l_61) {
const float l_62 = l_mut_32 - l_mut_48;
const float l_63 = exp(l_62);
l_mut_33 = l_mut_33 * l_63;
l_mut_32 = l_mut_48;
}
const float_4 l_64 = float_4{
l_mut_32,l_mut_32,l_mut_32,l_mut_32,};
const float_4 l_65 = float_4{
l_mut_46.i_0 - l_64.i_0, l_mut_46.i_1 - l_64.i_1, l_mut_46.i_2 - l_64.i_2, l_mut_46.i_3 - l_64.i_3, };
const float_4 l_66 = float_4{
exp(l_65.i_0),exp(l_65.i_1),exp(l_65.i_2),exp(l_65.i_3),};
l_mut_67 = l_66;
const bool l_68 = isinf(l_mut_32);
if (l_68) {
l_mut_69 = bool_4{
l_mut_46.i_0 == l_64.i_0, l_mut_46.i_1 == l_64.i_1, l_mut_46.i_2 == l_64.i_2, l_mut_46.i_3 == l_64.i_3, };
const float_4 l_70 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_71 = float_4{
l_mut_46.i_0 - l_64.i_0, l_mut_46.i_1 - l_64.i_1, l_mut_46.i_2 - l_64.i_2, l_mut_46.i_3 - l_64.i_3, };
const float_4 l_72 = float_4{
exp(l_71.i_0),exp(l_71.i_1),exp(l_71.i_2),exp(l_71.i_3),};
const float_4 l_73 = float_4 {
(l_mut_69.i_0) ? l_70.i_0 : l_72.i_0,
(l_mut_69.i_1) ? l_70.i_1 : l_72.i_1,
(l_mut_69.i_2) ? l_70.i_2 : l_72.i_2,
(l_mut_69.i_3) ? l_70.i_3 : l_72.i_3,
};
l_mut_67 = l_73;
}
const float l_74 = l_mut_67.i_0 + l_mut_67.i_1 + l_mut_67.i_2 + l_mut_67.i_3;
l_mut_33 = l_mut_33 + l_74;
const bool l_75 = l_mut_16 == l_mut_17;
if (l_75) {
const bool l_76 = l_24 == uint(0);
if (l_76) {
const float l_77 = l_mut_46.i_0;
l_mut_34 = l_77;
}
const bool l_78 = l_24 == uint(1);
if (l_78) {
const float l_79 = l_mut_46.i_1;
l_mut_34 = l_79;
}
const bool l_80 = l_24 == uint(2);
if (l_80) {
const float l_81 = l_mut_46.i_2;
l_mut_34 = l_81;
}
const bool l_82 = l_24 == uint(3);
if (l_82) {
const float l_83 = l_mut_46.i_3;
l_mut_34 = l_83;
}
}
l_mut_16 = l_mut_16 + total_thread_in_threadgroup;
}
const float l_85 = float {simd_max(l_mut_32)
};
const uint l_86 = total_thread_in_threadgroup + simd_size;
const uint l_87 = l_86 - uint(1);
const uint l_88 = l_87 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_89 = thread_index_in_threadgroup % simd_size;
const bool l_90 = l_89 == uint(0);
if (l_90) {
const uint l_91 = thread_index_in_threadgroup / simd_size;
shared_memory_84[l_91] = l_85;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_92 = shared_memory_84[uint(0)];
l_mut_48 = l_92;

for (uint l_mut_93 = uint(1); l_mut_93 < l_88; ++l_mut_93) {
const float l_94 = shared_memory_84[l_mut_93];
const bool l_95 = l_94 > l_mut_48;
if (l_95) {
l_mut_48 = l_94;
}
}
l_mut_96 = float(0.0);
const bool l_97 = l_mut_32 != l_mut_48;
if (l_97) {
const float l_98 = l_mut_32 - l_mut_48;
l_mut_96 = l_98;
}
const float l_99 = exp(l_mut_96);
const float l_100 = l_mut_33 * l_99;
const float l_102 = float {simd_sum(l_100)
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
l_mut_96 = float(0.0);

for (uint l_mut_109 = uint(0); l_mut_109 < l_105; ++l_mut_109) {
const float l_110 = shared_memory_101[l_mut_109];
l_mut_96 = l_mut_96 + l_110;
}
l_mut_27 = l_mut_96;
l_mut_26 = l_mut_48;
const float l_112 = float {simd_sum(l_mut_34)
};
const uint l_113 = total_thread_in_threadgroup + simd_size;
const uint l_114 = l_113 - uint(1);
const uint l_115 = l_114 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_116 = thread_index_in_threadgroup % simd_size;
const bool l_117 = l_116 == uint(0);
if (l_117) {
const uint l_118 = thread_index_in_threadgroup / simd_size;
shared_memory_111[l_118] = l_112;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_96 = float(0.0);

for (uint l_mut_119 = uint(0); l_mut_119 < l_115; ++l_mut_119) {
const float l_120 = shared_memory_111[l_mut_119];
l_mut_96 = l_mut_96 + l_120;
}
l_mut_28 = l_mut_96;
const bool l_121 = thread_index_in_threadgroup == uint(0);
if (l_121) {
l_mut_96 = l_mut_26;
l_mut_48 = l_mut_27;
l_mut_34 = l_mut_28;
l_mut_33 = l_mut_29;
l_mut_32 = l_mut_30;
l_mut_122 = l_mut_31;
const uint l_123 = uint(2) * l_mut_5;
const float l_124 = buffer_6[l_123];
const uint l_125 = uint(2) * l_mut_5;
const uint l_126 = l_125 + uint(1);
const float l_127 = buffer_6[l_126];
const float l_128 = exp(l_127);
l_mut_129 = l_124;
const bool l_130 = l_mut_96 > l_124;
if (l_130) {
l_mut_129 = l_mut_96;
}
l_mut_131 = float(0.0);
const bool l_132 = l_124 != l_mut_129;
if (l_132) {
const float l_133 = l_124 - l_mut_129;
l_mut_131 = l_133;
}
const float l_134 = exp(l_mut_131);
const float l_135 = l_128 * l_134;
l_mut_131 = float(0.0);
const bool l_136 = l_mut_96 != l_mut_129;
if (l_136) {
const float l_137 = l_mut_96 - l_mut_129;
l_mut_131 = l_137;
}
const float l_138 = exp(l_mut_131);
const float l_139 = l_mut_48 * l_138;
const float l_140 = l_135 + l_139;
l_mut_48 = l_140;
l_mut_96 = l_mut_129;
const uint l_141 = uint(4) * l_mut_5;
const float l_142 = buffer_7[l_141];
l_mut_34 = l_mut_34 + l_142;
const uint l_143 = uint(4) * l_mut_5;
const uint l_144 = l_143 + uint(1);
const float l_145 = buffer_7[l_144];
l_mut_33 = l_mut_33 + l_145;
const uint l_146 = uint(4) * l_mut_5;
const uint l_147 = l_146 + uint(2);
const float l_148 = buffer_7[l_147];
l_mut_32 = l_mut_32 + l_148;
const uint l_149 = uint(4) * l_mut_5;
const uint l_150 = l_149 + uint(3);
const float l_151 = buffer_7[l_150];
l_mut_122 = l_mut_122 + l_151;
const uint l_152 = uint(4) * l_mut_5;
buffer_7[l_152] = l_mut_34;
const uint l_153 = uint(4) * l_mut_5;
const uint l_154 = l_153 + uint(1);
buffer_7[l_154] = l_mut_33;
const uint l_155 = uint(4) * l_mut_5;
const uint l_156 = l_155 + uint(2);
buffer_7[l_156] = l_mut_32;
const uint l_157 = uint(4) * l_mut_5;
const uint l_158 = l_157 + uint(3);
buffer_7[l_158] = l_mut_122;
const float l_159 = log(l_mut_48);
const uint l_160 = uint(2) * l_mut_5;
buffer_6[l_160] = l_mut_96;
const uint l_161 = uint(2) * l_mut_5;
const uint l_162 = l_161 + uint(1);
buffer_6[l_162] = l_159;
const float l_163 = l_mut_96 + l_159;
buffer_5[l_mut_5] = l_163;
l_mut_131 = float(0.0);
const bool l_164 = l_mut_34 != l_mut_96;
if (l_164) {
const float l_165 = l_mut_34 - l_mut_96;
l_mut_131 = l_165;
}
const float l_166 = l_159 - l_mut_131;
l_mut_131 = l_166;
if (l_9) {
l_mut_131 = float(0.0);
} else {
const bool l_167 = !l_15;
if (l_167) {
l_mut_131 = info.scalars_float[5];
}
}
buffer_4[l_mut_5] = l_mut_131;
}
l_mut_5 = l_mut_5 + total_threadgroups_in_grid;
}

}
