
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
void cross_entropy_fused_all_options_f32_v4_u32(
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
threadgroup uchar dynamic_shared_mem[3072];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_105 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_122 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_132 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_143 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_154 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_165 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool_4 l_mut_80;
float l_mut_117;
float l_mut_177;
float l_mut_26;
float l_mut_27;
float l_mut_28;
float l_mut_29;
float l_mut_30;
float l_mut_31;
float l_mut_32;
float l_mut_33;
float l_mut_34;
float l_mut_59;
float_4 l_mut_36;
float_4 l_mut_38;
float_4 l_mut_40;
float_4 l_mut_46;
float_4 l_mut_78;
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
const float_4 l_48 = float_4{
info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],};
const float_4 l_49 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_50 = float_4{
float(2.0),float(2.0),float(2.0),float(2.0),};
const float_4 l_51 = float_4{
float(2.0),float(2.0),float(2.0),float(2.0),};
const float_4 l_52 = float_4{
l_51.i_0 * l_mut_46.i_0, l_51.i_1 * l_mut_46.i_1, l_51.i_2 * l_mut_46.i_2, l_51.i_3 * l_mut_46.i_3, };
const float_4 l_53 = float_4{
l_52.i_0 / l_48.i_0, l_52.i_1 / l_48.i_1, l_52.i_2 / l_48.i_2, l_52.i_3 / l_48.i_3, };
const float_4 l_54 = float_4{
exp(l_53.i_0),exp(l_53.i_1),exp(l_53.i_2),exp(l_53.i_3),};
const float_4 l_55 = float_4{
l_54.i_0 + l_49.i_0, l_54.i_1 + l_49.i_1, l_54.i_2 + l_49.i_2, l_54.i_3 + l_49.i_3, };
const float_4 l_56 = float_4{
l_50.i_0 / l_55.i_0, l_50.i_1 / l_55.i_1, l_50.i_2 / l_55.i_2, l_50.i_3 / l_55.i_3, };
const float_4 l_57 = float_4{
l_49.i_0 - l_56.i_0, l_49.i_1 - l_56.i_1, l_49.i_2 - l_56.i_2, l_49.i_3 - l_56.i_3, };
const float_4 l_58 = float_4{
l_48.i_0 * l_57.i_0, l_48.i_1 * l_57.i_1, l_48.i_2 * l_57.i_2, l_48.i_3 * l_57.i_3, };
l_mut_46 = l_58;
l_mut_59 = info.scalars_float[4];
const float l_60 = l_mut_46.i_0;
const bool l_61 = l_60 > l_mut_59;
if (l_61) {
const float l_62 = l_mut_46.i_0;
l_mut_59 = l_62;
}
const float l_63 = l_mut_46.i_1;
const bool l_64 = l_63 > l_mut_59;
if (l_64) {
const float l_65 = l_mut_46.i_1;
l_mut_59 = l_65;
}
const float l_66 = l_mut_46.i_2;
const bool l_67 = l_66 > l_mut_59;
if (l_67) {
const float l_68 = l_mut_46.i_2;
l_mut_59 = l_68;
}
const float l_69 = l_mut_46.i_3;
const bool l_70 = l_69 > l_mut_59;
if (l_70) {
const float l_71 = l_mut_46.i_3;
l_mut_59 = l_71;
}
const bool l_72 = l_mut_59 > l_mut_32;
if (l_72) {
const float l_73 = l_mut_32 - l_mut_59;
const float l_74 = exp(l_73);
l_mut_33 = l_mut_33 * l_74;
l_mut_32 = l_mut_59;
}
const float_4 l_75 = float_4{
l_mut_32,l_mut_32,l_mut_32,l_mut_32,};
const float_4 l_76 = float_4{
l_mut_46.i_0 - l_75.i_0, l_mut_46.i_1 - l_75.i_1, l_mut_46.i_2 - l_75.i_2, l_mut_46.i_3 - l_75.i_3, };
const float_4 l_77 = float_4{
exp(l_76.i_0),exp(l_76.i_1),exp(l_76.i_2),exp(l_76.i_3),};
l_mut_78 = l_77;
const bool l_79 = isinf(l_mut_32);
if (l_79) {
l_mut_80 = bool_4{
l_mut_46.i_0 == l_75.i_0, l_mut_46.i_1 == l_75.i_1, l_mut_46.i_2 == l_75.i_2, l_mut_46.i_3 == l_75.i_3, };
const float_4 l_81 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_82 = float_4{
l_mut_46.i_0 - l_75.i_0, l_mut_46.i_1 - l_75.i_1, l_mut_46.i_2 - l_75.i_2, l_mut_46.i_3 - l_75.i_3, };
const float_4 l_83 = float_4{
exp(l_82.i_0),exp(l_82.i_1),exp(l_82.i_2),exp(l_82.i_3),};
const float_4 l_84 = float_4 {
(l_mut_80.i_0) ? l_81.i_0 : l_83.i_0,
(l_mut_80.i_1) ? l_81.i_1 : l_83.i_1,
(l_mut_80.i_2) ? l_81.i_2 : l_83.i_2,
(l_mut_80.i_3) ? l_81.i_3 : l_83.i_3,
};
l_mut_78 = l_84;
}
const float l_85 = l_mut_78.i_0 + l_mut_78.i_1 + l_mut_78.i_2 + l_mut_78.i_3;
l_mut_33 = l_mut_33 + l_85;
const bool l_86 = l_mut_16 == l_mut_17;
if (l_86) {
const bool l_87 = l_24 == uint(0);
if (l_87) {
const float l_88 = l_mut_46.i_0;
l_mut_34 = l_88;
}
const bool l_89 = l_24 == uint(1);
if (l_89) {
const float l_90 = l_mut_46.i_1;
l_mut_34 = l_90;
}
const bool l_91 = l_24 == uint(2);
if (l_91) {
const float l_92 = l_mut_46.i_2;
l_mut_34 = l_92;
}
const bool l_93 = l_24 == uint(3);
if (l_93) {
const float l_94 = l_mut_46.i_3;
l_mut_34 = l_94;
}
}
const bool_4 l_95 = bool_4{
isinf(l_mut_46.i_0),isinf(l_mut_46.i_1),isinf(l_mut_46.i_2),isinf(l_mut_46.i_3),};
const float_4 l_96 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const float_4 l_97 = float_4 {
(l_95.i_0) ? l_96.i_0 : l_mut_46.i_0,
(l_95.i_1) ? l_96.i_1 : l_mut_46.i_1,
(l_95.i_2) ? l_96.i_2 : l_mut_46.i_2,
(l_95.i_3) ? l_96.i_3 : l_mut_46.i_3,
};
l_mut_36 = float_4{
l_mut_36.i_0 + l_97.i_0, l_mut_36.i_1 + l_97.i_1, l_mut_36.i_2 + l_97.i_2, l_mut_36.i_3 + l_97.i_3, };
const float_4 l_98 = float_4{
info.scalars_float[4],info.scalars_float[4],info.scalars_float[4],info.scalars_float[4],};
l_mut_80 = bool_4{
l_mut_46.i_0 == l_98.i_0, l_mut_46.i_1 == l_98.i_1, l_mut_46.i_2 == l_98.i_2, l_mut_46.i_3 == l_98.i_3, };
const float_4 l_99 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_100 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const float_4 l_101 = float_4 {
(l_mut_80.i_0) ? l_99.i_0 : l_100.i_0,
(l_mut_80.i_1) ? l_99.i_1 : l_100.i_1,
(l_mut_80.i_2) ? l_99.i_2 : l_100.i_2,
(l_mut_80.i_3) ? l_99.i_3 : l_100.i_3,
};
l_mut_38 = float_4{
l_mut_38.i_0 + l_101.i_0, l_mut_38.i_1 + l_101.i_1, l_mut_38.i_2 + l_101.i_2, l_mut_38.i_3 + l_101.i_3, };
const float_4 l_102 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_103 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const float_4 l_104 = float_4 {
(l_95.i_0) ? l_102.i_0 : l_103.i_0,
(l_95.i_1) ? l_102.i_1 : l_103.i_1,
(l_95.i_2) ? l_102.i_2 : l_103.i_2,
(l_95.i_3) ? l_102.i_3 : l_103.i_3,
};
l_mut_40 = float_4{
l_mut_40.i_0 + l_104.i_0, l_mut_40.i_1 + l_104.i_1, l_mut_40.i_2 + l_104.i_2, l_mut_40.i_3 + l_104.i_3, };
l_mut_16 = l_mut_16 + total_thread_in_threadgroup;
}
const float l_106 = float {simd_max(l_mut_32)
};
const uint l_107 = total_thread_in_threadgroup + simd_size;
const uint l_108 = l_107 - uint(1);
const uint l_109 = l_108 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_110 = thread_index_in_threadgroup % simd_size;
const bool l_111 = l_110 == uint(0);
if (l_111) {
const uint l_112 = thread_index_in_threadgroup / simd_size;
shared_memory_105[l_112] = l_106;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_113 = shared_memory_105[uint(0)];
l_mut_59 = l_113;

for (uint l_mut_114 = uint(1); l_mut_114 < l_109; ++l_mut_114) {
const float l_115 = shared_memory_105[l_mut_114];
const bool l_116 = l_115 > l_mut_59;
if (l_116) {
l_mut_59 = l_115;
}
}
l_mut_117 = float(0.0);
const bool l_118 = l_mut_32 != l_mut_59;
if (l_118) {
const float l_119 = l_mut_32 - l_mut_59;
l_mut_117 = l_119;
}
const float l_120 = exp(l_mut_117);
const float l_121 = l_mut_33 * l_120;
const float l_123 = float {simd_sum(l_121)
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
l_mut_117 = float(0.0);

for (uint l_mut_130 = uint(0); l_mut_130 < l_126; ++l_mut_130) {
const float l_131 = shared_memory_122[l_mut_130];
l_mut_117 = l_mut_117 + l_131;
}
l_mut_27 = l_mut_117;
l_mut_26 = l_mut_59;
const float l_133 = float {simd_sum(l_mut_34)
};
const uint l_134 = total_thread_in_threadgroup + simd_size;
const uint l_135 = l_134 - uint(1);
const uint l_136 = l_135 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_137 = thread_index_in_threadgroup % simd_size;
const bool l_138 = l_137 == uint(0);
if (l_138) {
const uint l_139 = thread_index_in_threadgroup / simd_size;
shared_memory_132[l_139] = l_133;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_117 = float(0.0);

for (uint l_mut_140 = uint(0); l_mut_140 < l_136; ++l_mut_140) {
const float l_141 = shared_memory_132[l_mut_140];
l_mut_117 = l_mut_117 + l_141;
}
l_mut_28 = l_mut_117;
const float l_142 = l_mut_36.i_0 + l_mut_36.i_1 + l_mut_36.i_2 + l_mut_36.i_3;
const float l_144 = float {simd_sum(l_142)
};
const uint l_145 = total_thread_in_threadgroup + simd_size;
const uint l_146 = l_145 - uint(1);
const uint l_147 = l_146 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_148 = thread_index_in_threadgroup % simd_size;
const bool l_149 = l_148 == uint(0);
if (l_149) {
const uint l_150 = thread_index_in_threadgroup / simd_size;
shared_memory_143[l_150] = l_144;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_117 = float(0.0);

for (uint l_mut_151 = uint(0); l_mut_151 < l_147; ++l_mut_151) {
const float l_152 = shared_memory_143[l_mut_151];
l_mut_117 = l_mut_117 + l_152;
}
l_mut_29 = l_mut_117;
const float l_153 = l_mut_38.i_0 + l_mut_38.i_1 + l_mut_38.i_2 + l_mut_38.i_3;
const float l_155 = float {simd_sum(l_153)
};
const uint l_156 = total_thread_in_threadgroup + simd_size;
const uint l_157 = l_156 - uint(1);
const uint l_158 = l_157 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_159 = thread_index_in_threadgroup % simd_size;
const bool l_160 = l_159 == uint(0);
if (l_160) {
const uint l_161 = thread_index_in_threadgroup / simd_size;
shared_memory_154[l_161] = l_155;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_117 = float(0.0);

for (uint l_mut_162 = uint(0); l_mut_162 < l_158; ++l_mut_162) {
const float l_163 = shared_memory_154[l_mut_162];
l_mut_117 = l_mut_117 + l_163;
}
l_mut_30 = l_mut_117;
const float l_164 = l_mut_40.i_0 + l_mut_40.i_1 + l_mut_40.i_2 + l_mut_40.i_3;
const float l_166 = float {simd_sum(l_164)
};
const uint l_167 = total_thread_in_threadgroup + simd_size;
const uint l_168 = l_167 - uint(1);
const uint l_169 = l_168 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_170 = thread_index_in_threadgroup % simd_size;
const bool l_171 = l_170 == uint(0);
if (l_171) {
const uint l_172 = thread_index_in_threadgroup / simd_size;
shared_memory_165[l_172] = l_166;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_117 = float(0.0);

for (uint l_mut_173 = uint(0); l_mut_173 < l_169; ++l_mut_173) {
const float l_174 = shared_memory_165[l_mut_173];
l_mut_117 = l_mut_117 + l_174;
}
const float l_175 = l_mut_117 - l_mut_30;
l_mut_31 = l_175;
const bool l_176 = thread_index_in_threadgroup == uint(0);
if (l_176) {
l_mut_117 = l_mut_26;
l_mut_59 = l_mut_27;
l_mut_34 = l_mut_28;
l_mut_33 = l_mut_29;
l_mut_32 = l_mut_30;
l_mut_177 = l_mut_31;
const float l_178 = log(l_mut_59);
const uint l_179 = uint(2) * l_mut_5;
buffer_6[l_179] = l_mut_117;
const uint l_180 = uint(2) * l_mut_5;
const uint l_181 = l_180 + uint(1);
buffer_6[l_181] = l_178;
const float l_182 = l_mut_117 + l_178;
buffer_5[l_mut_5] = l_182;
l_mut_59 = float(0.0);
const bool l_183 = l_mut_34 != l_mut_117;
if (l_183) {
const float l_184 = l_mut_34 - l_mut_117;
l_mut_59 = l_184;
}
const float l_185 = l_178 - l_mut_59;
l_mut_59 = l_185;
const float l_186 = l_mut_33 / l_1;
const float l_187 = l_186 - l_mut_117;
l_mut_34 = l_187;
const bool l_188 = isinf(l_mut_117);
if (l_188) {
l_mut_34 = float(0.0);
const bool l_189 = l_mut_117 > float(0.0);
const bool l_190 = l_mut_177 < l_1;
const bool l_191 = l_189 && l_190;
if (l_191) {
l_mut_34 = info.scalars_float[4];
}
} else {
const bool l_192 = l_mut_32 > float(0.0);
if (l_192) {
l_mut_34 = info.scalars_float[4];
}
}
const float l_193 = float(1.0) - info.scalars_float[0];
const float l_194 = l_193 * l_mut_59;
const float l_195 = l_178 - l_mut_34;
const float l_196 = info.scalars_float[0] * l_195;
const float l_197 = l_194 + l_196;
l_mut_59 = l_197;
const float l_198 = l_mut_117 + l_178;
const float l_199 = info.scalars_float[1] * l_198;
const float l_200 = l_199 * l_198;
l_mut_59 = l_mut_59 + l_200;
if (l_9) {
l_mut_59 = float(0.0);
} else {
const bool l_201 = !l_15;
if (l_201) {
l_mut_59 = info.scalars_float[5];
}
}
buffer_4[l_mut_5] = l_mut_59;
}
const float l_202 = log(l_mut_27);
const float l_203 = l_mut_26 + l_202;
l_mut_177 = info.scalars_float[3];
const float l_204 = buffer_8[uint(0)];
l_mut_177 = l_mut_177 * l_204;
const float l_205 = buffer_9[uint(0)];
const bool l_206 = l_205 > float(0.0);
if (l_206) {
const float l_207 = l_mut_177 / l_205;
l_mut_177 = l_207;
}
const bool l_208 = !l_15;
const bool l_209 = !l_9;
const bool l_210 = l_208 && l_209;
if (l_210) {
l_mut_177 = info.scalars_float[5];
}
const float l_211 = float(1.0) / l_mut_27;
l_mut_117 = l_211;
const float l_212 = float(2.0) * info.scalars_float[1];
const float l_213 = l_212 * l_203;
const float l_214 = float(1.0) + l_213;
const float l_215 = l_211 * l_214;
l_mut_117 = l_215;
const float l_216 = info.scalars_float[0] / l_1;
const float l_217 = float(1.0) - info.scalars_float[0];
l_mut_16 = thread_index_in_threadgroup;
while (true) {
const bool l_218 = l_mut_16 < l_0;
const bool l_219 = !l_218;
if (l_219) {
break;}
const uint l_220 = l_25 + l_mut_16;
const float_4 l_221 = buffer_0[l_220];
const uint l_222 = l_2 + l_mut_16;
l_mut_78 = l_221;
const float_4 l_223 = buffer_1[l_222];
l_mut_78 = float_4{
l_mut_78.i_0 + l_223.i_0, l_mut_78.i_1 + l_223.i_1, l_mut_78.i_2 + l_223.i_2, l_mut_78.i_3 + l_223.i_3, };
const float_4 l_224 = float_4{
info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],};
const float_4 l_225 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_226 = float_4{
float(2.0),float(2.0),float(2.0),float(2.0),};
const float_4 l_227 = float_4{
float(2.0),float(2.0),float(2.0),float(2.0),};
const float_4 l_228 = float_4{
l_227.i_0 * l_mut_78.i_0, l_227.i_1 * l_mut_78.i_1, l_227.i_2 * l_mut_78.i_2, l_227.i_3 * l_mut_78.i_3, };
const float_4 l_229 = float_4{
l_228.i_0 / l_224.i_0, l_228.i_1 / l_224.i_1, l_228.i_2 / l_224.i_2, l_228.i_3 / l_224.i_3, };
const float_4 l_230 = float_4{
exp(l_229.i_0),exp(l_229.i_1),exp(l_229.i_2),exp(l_229.i_3),};
const float_4 l_231 = float_4{
l_230.i_0 + l_225.i_0, l_230.i_1 + l_225.i_1, l_230.i_2 + l_225.i_2, l_230.i_3 + l_225.i_3, };
const float_4 l_232 = float_4{
l_226.i_0 / l_231.i_0, l_226.i_1 / l_231.i_1, l_226.i_2 / l_231.i_2, l_226.i_3 / l_231.i_3, };
const float_4 l_233 = float_4{
l_225.i_0 - l_232.i_0, l_225.i_1 - l_232.i_1, l_225.i_2 - l_232.i_2, l_225.i_3 - l_232.i_3, };
const float_4 l_234 = float_4{
l_224.i_0 * l_233.i_0, l_224.i_1 * l_233.i_1, l_224.i_2 * l_233.i_2, l_224.i_3 * l_233.i_3, };
l_mut_78 = l_234;
const float_4 l_235 = float_4{
l_mut_26,l_mut_26,l_mut_26,l_mut_26,};
const float_4 l_236 = float_4{
l_mut_78.i_0 - l_235.i_0, l_mut_78.i_1 - l_235.i_1, l_mut_78.i_2 - l_235.i_2, l_mut_78.i_3 - l_235.i_3, };
const float_4 l_237 = float_4{
exp(l_236.i_0),exp(l_236.i_1),exp(l_236.i_2),exp(l_236.i_3),};
l_mut_46 = l_237;
const bool l_238 = isinf(l_mut_26);
if (l_238) {
l_mut_80 = bool_4{
l_mut_78.i_0 == l_235.i_0, l_mut_78.i_1 == l_235.i_1, l_mut_78.i_2 == l_235.i_2, l_mut_78.i_3 == l_235.i_3, };
const float_4 l_239 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_240 = float_4{
l_mut_78.i_0 - l_235.i_0, l_mut_78.i_1 - l_235.i_1, l_mut_78.i_2 - l_235.i_2, l_mut_78.i_3 - l_235.i_3, };
const float_4 l_241 = float_4{
exp(l_240.i_0),exp(l_240.i_1),exp(l_240.i_2),exp(l_240.i_3),};
const float_4 l_242 = float_4 {
(l_mut_80.i_0) ? l_239.i_0 : l_241.i_0,
(l_mut_80.i_1) ? l_239.i_1 : l_241.i_1,
(l_mut_80.i_2) ? l_239.i_2 : l_241.i_2,
(l_mut_80.i_3) ? l_239.i_3 : l_241.i_3,
};
l_mut_46 = l_242;
}
const float_4 l_243 = float_4{
l_mut_117,l_mut_117,l_mut_117,l_mut_117,};
const float_4 l_244 = float_4{
l_mut_46.i_0 * l_243.i_0, l_mut_46.i_1 * l_243.i_1, l_mut_46.i_2 * l_243.i_2, l_mut_46.i_3 * l_243.i_3, };
l_mut_40 = l_244;
const float_4 l_245 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_80 = bool_4{
l_mut_46.i_0 == l_245.i_0, l_mut_46.i_1 == l_245.i_1, l_mut_46.i_2 == l_245.i_2, l_mut_46.i_3 == l_245.i_3, };
const float_4 l_246 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const float_4 l_247 = float_4 {
(l_mut_80.i_0) ? l_246.i_0 : l_mut_40.i_0,
(l_mut_80.i_1) ? l_246.i_1 : l_mut_40.i_1,
(l_mut_80.i_2) ? l_246.i_2 : l_mut_40.i_2,
(l_mut_80.i_3) ? l_246.i_3 : l_mut_40.i_3,
};
l_mut_40 = l_247;
const float_4 l_248 = float_4{
l_216,l_216,l_216,l_216,};
l_mut_40 = float_4{
l_mut_40.i_0 - l_248.i_0, l_mut_40.i_1 - l_248.i_1, l_mut_40.i_2 - l_248.i_2, l_mut_40.i_3 - l_248.i_3, };
const bool l_249 = l_mut_16 == l_mut_17;
if (l_249) {
const bool l_250 = l_24 == uint(0);
if (l_250) {
const float l_251 = l_mut_40.i_0;
const float l_252 = l_251 - l_217;
l_mut_40.i_0 = l_252;
}
const bool l_253 = l_24 == uint(1);
if (l_253) {
const float l_254 = l_mut_40.i_1;
const float l_255 = l_254 - l_217;
l_mut_40.i_1 = l_255;
}
const bool l_256 = l_24 == uint(2);
if (l_256) {
const float l_257 = l_mut_40.i_2;
const float l_258 = l_257 - l_217;
l_mut_40.i_2 = l_258;
}
const bool l_259 = l_24 == uint(3);
if (l_259) {
const float l_260 = l_mut_40.i_3;
const float l_261 = l_260 - l_217;
l_mut_40.i_3 = l_261;
}
}
const float_4 l_262 = float_4{
info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],info.scalars_float[2],};
const float_4 l_263 = float_4{
l_mut_78.i_0 / l_262.i_0, l_mut_78.i_1 / l_262.i_1, l_mut_78.i_2 / l_262.i_2, l_mut_78.i_3 / l_262.i_3, };
const float_4 l_264 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_265 = float_4{
l_263.i_0 * l_263.i_0, l_263.i_1 * l_263.i_1, l_263.i_2 * l_263.i_2, l_263.i_3 * l_263.i_3, };
const float_4 l_266 = float_4{
l_264.i_0 - l_265.i_0, l_264.i_1 - l_265.i_1, l_264.i_2 - l_265.i_2, l_264.i_3 - l_265.i_3, };
l_mut_40 = float_4{
l_mut_40.i_0 * l_266.i_0, l_mut_40.i_1 * l_266.i_1, l_mut_40.i_2 * l_266.i_2, l_mut_40.i_3 * l_266.i_3, };
const float_4 l_267 = float_4{
l_mut_177,l_mut_177,l_mut_177,l_mut_177,};
l_mut_40 = float_4{
l_mut_40.i_0 * l_267.i_0, l_mut_40.i_1 * l_267.i_1, l_mut_40.i_2 * l_267.i_2, l_mut_40.i_3 * l_267.i_3, };
if (l_9) {
const float_4 l_268 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_40 = l_268;
}
const uint l_269 = l_25 + l_mut_16;
buffer_0[l_269] = l_mut_40;
l_mut_16 = l_mut_16 + total_thread_in_threadgroup;
}
l_mut_5 = l_mut_5 + total_threadgroups_in_grid;
}

}
