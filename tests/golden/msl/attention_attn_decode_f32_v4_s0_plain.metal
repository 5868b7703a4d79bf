
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
int scalars_int[2];
uint scalars_uint[12];uint static_meta[22];
};

[[kernel]]
void attention_attn_decode_f32_v4_s0_plain(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device float_4 * buffer_2 [[buffer(2)]],
    const device float * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    const device uint * buffer_5 [[buffer(5)]],
    const device uint * buffer_6 [[buffer(6)]],
    device float_4 * buffer_7 [[buffer(7)]],
    device float * buffer_8 [[buffer(8)]],
    device float * buffer_9 [[buffer(9)]],
    device float * buffer_10 [[buffer(10)]],
    constant info_st& info [[buffer(11)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[4624];
// Shared array size: 136, 2176 bytes
threadgroup float_4* shared_memory_14 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 128 bytes
threadgroup float* shared_memory_16 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 128 bytes
threadgroup float* shared_memory_17 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup float* shared_memory_18 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 544, 2176 bytes
threadgroup float* shared_memory_15 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float_4 l_arr_41[8];

float_4 l_arr_42[8];

float l_arr_75[4];

float l_arr_76[4];

float_4 l_arr_86[8];

float_4 l_arr_87[8];

float_4 l_arr_156[4];

float l_arr_88[16];

float_4 l_arr_232[4];

float_4 l_arr_307[4];

float_4 l_arr_382[4];

float l_arr_89[4];

float l_arr_1054[4];

bool l_mut_473;
float l_mut_196;
float l_mut_464;
float l_mut_468;
float l_mut_469;
float_4 l_mut_1432;
float_4 l_mut_27;
uint l_mut_19;
uint l_mut_3;
uint l_mut_4;
uint l_mut_6;
uint l_mut_7;
uint l_mut_83;
uint l_mut_84;
uint l_mut_85;
const uint l_0 = threadgroup_pos_in_grid.y / info.scalars_uint[1];
const uint l_1 = threadgroup_pos_in_grid.y % info.scalars_uint[1];
const uint l_2 = l_0 * info.scalars_uint[3];
l_mut_3 = l_2;
l_mut_4 = info.scalars_uint[3];
const uint l_5 = l_0 * info.scalars_uint[4];
l_mut_6 = l_5;
l_mut_7 = info.scalars_uint[4];
const uint l_8 = threadgroup_pos_in_grid.x * uint(4);
const uint l_9 = l_mut_4 * info.scalars_uint[2];
const bool l_10 = l_8 >= l_9;
if (l_10) {
return;}
const uint l_11 = l_1 * info.scalars_uint[2];
const uint l_12 = thread_index_in_threadgroup / uint(16);
const uint l_13 = thread_index_in_threadgroup % uint(16);
l_mut_19 = thread_index_in_threadgroup;
while (true) {
const bool l_20 = l_mut_19 < uint(128);
const bool l_21 = !l_20;
if (l_21) {
break;}
const uint l_22 = l_mut_19 / uint(32);
const uint l_23 = l_mut_19 % uint(32);
const uint l_24 = l_8 + l_22;
const uint l_25 = l_24 / info.scalars_uint[2];
const float_4 l_26 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_27 = l_26;
const bool l_28 = l_25 < l_mut_4;
if (l_28) {
const uint l_29 = l_24 % info.scalars_uint[2];
const uint l_30 = l_11 + l_29;
const uint l_31 = l_mut_3 + l_25;
const uint l_32 = l_31 * info.scalars_uint[0];
const uint l_33 = l_32 + l_30;
const uint l_34 = l_33 * uint(32);
const uint l_35 = l_34 + l_23;
const float_4 l_36 = buffer_0[l_35];
l_mut_27 = l_36;
}
const uint l_37 = l_22 * uint(34);
const uint l_38 = l_37 + l_23;
shared_memory_14[l_38] = l_mut_27;
l_mut_19 = l_mut_19 + uint(128);
}
l_mut_19 = thread_index_in_threadgroup;
while (true) {
const bool l_39 = l_mut_19 < uint(544);
const bool l_40 = !l_39;
if (l_40) {
break;}
shared_memory_15[l_mut_19] = float(0.0);
l_mut_19 = l_mut_19 + uint(128);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_43 = uint(0) + l_13;
const uint l_44 = uint(0) + l_43;
const float_4 l_45 = shared_memory_14[l_44];
l_arr_41[uint(0)] = reinterpret_cast<thread float_4 const&>(l_45);
const float_4 l_46 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_46);
const uint l_47 = uint(16) + l_13;
const uint l_48 = uint(0) + l_47;
const float_4 l_49 = shared_memory_14[l_48];
l_arr_41[uint(1)] = reinterpret_cast<thread float_4 const&>(l_49);
const float_4 l_50 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_50);
const uint l_51 = uint(0) + l_13;
const uint l_52 = uint(34) + l_51;
const float_4 l_53 = shared_memory_14[l_52];
l_arr_41[uint(2)] = reinterpret_cast<thread float_4 const&>(l_53);
const float_4 l_54 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_54);
const uint l_55 = uint(16) + l_13;
const uint l_56 = uint(34) + l_55;
const float_4 l_57 = shared_memory_14[l_56];
l_arr_41[uint(3)] = reinterpret_cast<thread float_4 const&>(l_57);
const float_4 l_58 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_58);
const uint l_59 = uint(0) + l_13;
const uint l_60 = uint(68) + l_59;
const float_4 l_61 = shared_memory_14[l_60];
l_arr_41[uint(4)] = reinterpret_cast<thread float_4 const&>(l_61);
const float_4 l_62 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_62);
const uint l_63 = uint(16) + l_13;
const uint l_64 = uint(68) + l_63;
const float_4 l_65 = shared_memory_14[l_64];
l_arr_41[uint(5)] = reinterpret_cast<thread float_4 const&>(l_65);
const float_4 l_66 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_66);
const uint l_67 = uint(0) + l_13;
const uint l_68 = uint(102) + l_67;
const float_4 l_69 = shared_memory_14[l_68];
l_arr_41[uint(6)] = reinterpret_cast<thread float_4 const&>(l_69);
const float_4 l_70 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_70);
const uint l_71 = uint(16) + l_13;
const uint l_72 = uint(102) + l_71;
const float_4 l_73 = shared_memory_14[l_72];
l_arr_41[uint(7)] = reinterpret_cast<thread float_4 const&>(l_73);
const float_4 l_74 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_74);
l_arr_75[uint(0)] = info.scalars_float[2];
l_arr_76[uint(0)] = float(0.0);
l_arr_75[uint(1)] = info.scalars_float[2];
l_arr_76[uint(1)] = float(0.0);
l_arr_75[uint(2)] = info.scalars_float[2];
l_arr_76[uint(2)] = float(0.0);
l_arr_75[uint(3)] = info.scalars_float[2];
l_arr_76[uint(3)] = float(0.0);
const uint l_77 = l_8 / info.scalars_uint[2];
const uint l_78 = l_8 + uint(4);
const uint l_79 = l_78 - uint(1);
const uint l_80 = l_79 / info.scalars_uint[2];
l_mut_19 = l_80;
const bool l_81 = l_mut_19 >= l_mut_4;
if (l_81) {
const uint l_82 = l_mut_4 - uint(1);
l_mut_19 = l_82;
}
l_mut_83 = uint(0);
l_mut_84 = l_mut_7;
l_mut_19 = l_mut_83;
l_mut_85 = l_mut_84;
l_mut_84 = l_mut_19;
while (true) {
const bool l_90 = l_mut_84 < l_mut_85;
const bool l_91 = !l_90;
if (l_91) {
break;}
const uint l_92 = l_mut_84 + uint(0);
const uint l_93 = l_92 + l_12;
l_mut_83 = l_93;
const bool l_94 = l_mut_83 >= l_mut_85;
if (l_94) {
l_mut_83 = l_mut_19;
}
const uint l_95 = l_mut_6 + l_mut_83;
const uint l_96 = l_95 * info.scalars_uint[1];
const uint l_97 = l_96 + l_1;
const uint l_98 = l_97 * uint(32);
const uint l_99 = l_98 + l_13;
const uint l_100 = l_99 + uint(0);
const float_4 l_101 = buffer_1[l_100];
l_arr_86[uint(0)] = reinterpret_cast<thread float_4 const&>(l_101);
const uint l_102 = l_99 + uint(0);
const float_4 l_103 = buffer_2[l_102];
l_arr_87[uint(0)] = reinterpret_cast<thread float_4 const&>(l_103);
const uint l_104 = l_99 + uint(16);
const float_4 l_105 = buffer_1[l_104];
l_arr_86[uint(1)] = reinterpret_cast<thread float_4 const&>(l_105);
const uint l_106 = l_99 + uint(16);
const float_4 l_107 = buffer_2[l_106];
l_arr_87[uint(1)] = reinterpret_cast<thread float_4 const&>(l_107);
const uint l_108 = l_mut_84 + uint(8);
const uint l_109 = l_108 + l_12;
l_mut_83 = l_109;
const bool l_110 = l_mut_83 >= l_mut_85;
if (l_110) {
l_mut_83 = l_mut_19;
}
const uint l_111 = l_mut_6 + l_mut_83;
const uint l_112 = l_111 * info.scalars_uint[1];
const uint l_113 = l_112 + l_1;
const uint l_114 = l_113 * uint(32);
const uint l_115 = l_114 + l_13;
const uint l_116 = l_115 + uint(0);
const float_4 l_117 = buffer_1[l_116];
l_arr_86[uint(2)] = reinterpret_cast<thread float_4 const&>(l_117);
const uint l_118 = l_115 + uint(0);
const float_4 l_119 = buffer_2[l_118];
l_arr_87[uint(2)] = reinterpret_cast<thread float_4 const&>(l_119);
const uint l_120 = l_115 + uint(16);
const float_4 l_121 = buffer_1[l_120];
l_arr_86[uint(3)] = reinterpret_cast<thread float_4 const&>(l_121);
const uint l_122 = l_115 + uint(16);
const float_4 l_123 = buffer_2[l_122];
l_arr_87[uint(3)] = reinterpret_cast<thread float_4 const&>(l_123);
const uint l_124 = l_mut_84 + uint(16);
const uint l_125 = l_124 + l_12;
l_mut_83 = l_125;
const bool l_126 = l_mut_83 >= l_mut_85;
if (l_126) {
l_mut_83 = l_mut_19;
}
const uint l_127 = l_mut_6 + l_mut_83;
const uint l_128 = l_127 * info.scalars_uint[1];
const uint l_129 = l_128 + l_1;
const uint l_130 = l_129 * uint(32);
const uint l_131 = l_130 + l_13;
const uint l_132 = l_131 + uint(0);
const float_4 l_133 = buffer_1[l_132];
l_arr_86[uint(4)] = reinterpret_cast<thread float_4 const&>(l_133);
const uint l_134 = l_131 + uint(0);
const float_4 l_135 = buffer_2[l_134];
l_arr_87[uint(4)] = reinterpret_cast<thread float_4 const&>(l_135);
const uint l_136 = l_131 + uint(16);
const float_4 l_137 = buffer_1[l_136];
l_arr_86[uint(5)] = reinterpret_cast<thread float_4 const&>(l_137);
const uint l_138 = l_131 + uint(16);
const float_4 l_139 = buffer_2[l_138];
l_arr_87[uint(5)] = reinterpret_cast<thread float_4 const&>(l_139);
const uint l_140 = l_mut_84 + uint(24);
const uint l_141 = l_140 + l_12;
l_mut_83 = l_141;
const bool l_142 = l_mut_83 >= l_mut_85;
if (l_142) {
l_mut_83 = l_mut_19;
}
const uint l_143 = l_mut_6 + l_mut_83;
const uint l_144 = l_143 * info.scalars_uint[1];
const uint l_145 = l_144 + l_1;
const uint l_146 = l_145 * uint(32);
const uint l_147 = l_146 + l_13;
const uint l_148 = l_147 + uint(0);
const float_4 l_149 = buffer_1[l_148];
l_arr_86[uint(6)] = reinterpret_cast<thread float_4 const&>(l_149);
const uint l_150 = l_147 + uint(0);
const float_4 l_151 = buffer_2[l_150];
l_arr_87[uint(6)] = reinterpret_cast<thread float_4 const&>(l_151);
const uint l_152 = l_147 + uint(16);
const float_4 l_153 = buffer_1[l_152];
l_arr_86[uint(7)] = reinterpret_cast<thread float_4 const&>(l_153);
const uint l_154 = l_147 + uint(16);
const float_4 l_155 = buffer_2[l_154];
l_arr_87[uint(7)] = reinterpret_cast<thread float_4 const&>(l_155);
const float_4 l_157 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_156[uint(0)] = reinterpret_cast<thread float_4 const&>(l_157);
const float_4 l_158 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_156[uint(1)] = reinterpret_cast<thread float_4 const&>(l_158);
const float_4 l_159 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_156[uint(2)] = reinterpret_cast<thread float_4 const&>(l_159);
const float_4 l_160 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_156[uint(3)] = reinterpret_cast<thread float_4 const&>(l_160);
const float_4 l_161 = l_arr_86[uint(0)];
const float_4 l_162 = l_arr_41[uint(0)];
const float_4 l_163 = float_4{
l_161.i_0 * l_162.i_0, l_161.i_1 * l_162.i_1, l_161.i_2 * l_162.i_2, l_161.i_3 * l_162.i_3, };
const float_4 l_164 = l_arr_156[uint(0)];
const float_4 l_165 = float_4{
l_164.i_0 + l_163.i_0, l_164.i_1 + l_163.i_1, l_164.i_2 + l_163.i_2, l_164.i_3 + l_163.i_3, };
l_arr_156[uint(0)] = reinterpret_cast<thread float_4 const&>(l_165);
const float_4 l_166 = l_arr_41[uint(2)];
const float_4 l_167 = float_4{
l_161.i_0 * l_166.i_0, l_161.i_1 * l_166.i_1, l_161.i_2 * l_166.i_2, l_161.i_3 * l_166.i_3, };
const float_4 l_168 = l_arr_156[uint(1)];
const float_4 l_169 = float_4{
l_168.i_0 + l_167.i_0, l_168.i_1 + l_167.i_1, l_168.i_2 + l_167.i_2, l_168.i_3 + l_167.i_3, };
l_arr_156[uint(1)] = reinterpret_cast<thread float_4 const&>(l_169);
const float_4 l_170 = l_arr_41[uint(4)];
const float_4 l_171 = float_4{
l_161.i_0 * l_170.i_0, l_161.i_1 * l_170.i_1, l_161.i_2 * l_170.i_2, l_161.i_3 * l_170.i_3, };
const float_4 l_172 = l_arr_156[uint(2)];
const float_4 l_173 = float_4{
l_172.i_0 + l_171.i_0, l_172.i_1 + l_171.i_1, l_172.i_2 + l_171.i_2, l_172.i_3 + l_171.i_3, };
l_arr_156[uint(2)] = reinterpret_cast<thread float_4 const&>(l_173);
const float_4 l_174 = l_arr_41[uint(6)];
const float_4 l_175 = float_4{
l_161.i_0 * l_174.i_0, l_161.i_1 * l_174.i_1, l_161.i_2 * l_174.i_2, l_161.i_3 * l_174.i_3, };
const float_4 l_176 = l_arr_156[uint(3)];
const float_4 l_177 = float_4{
l_176.i_0 + l_175.i_0, l_176.i_1 + l_175.i_1, l_176.i_2 + l_175.i_2, l_176.i_3 + l_175.i_3, };
l_arr_156[uint(3)] = reinterpret_cast<thread float_4 const&>(l_177);
const float_4 l_178 = l_arr_86[uint(1)];
const float_4 l_179 = l_arr_41[uint(1)];
const float_4 l_180 = float_4{
l_178.i_0 * l_179.i_0, l_178.i_1 * l_179.i_1, l_178.i_2 * l_179.i_2, l_178.i_3 * l_179.i_3, };
const float_4 l_181 = l_arr_156[uint(0)];
const float_4 l_182 = float_4{
l_181.i_0 + l_180.i_0, l_181.i_1 + l_180.i_1, l_181.i_2 + l_180.i_2, l_181.i_3 + l_180.i_3, };
l_arr_156[uint(0)] = reinterpret_cast<thread float_4 const&>(l_182);
const float_4 l_183 = l_arr_41[uint(3)];
const float_4 l_184 = float_4{
l_178.i_0 * l_183.i_0, l_178.i_1 * l_183.i_1, l_178.i_2 * l_183.i_2, l_178.i_3 * l_183.i_3, };
const float_4 l_185 = l_arr_156[uint(1)];
const float_4 l_186 = float_4{
l_185.i_0 + l_184.i_0, l_185.i_1 + l_184.i_1, l_185.i_2 + l_184.i_2, l_185.i_3 + l_184.i_3, };
l_arr_156[uint(1)] = reinterpret_cast<thread float_4 const&>(l_186);
const float_4 l_187 = l_arr_41[uint(5)];
const float_4 l_188 = float_4{
l_178.i_0 * l_187.i_0, l_178.i_1 * l_187.i_1, l_178.i_2 * l_187.i_2, l_178.i_3 * l_187.i_3, };
const float_4 l_189 = l_arr_156[uint(2)];
const float_4 l_190 = float_4{
l_189.i_0 + l_188.i_0, l_189.i_1 + l_188.i_1, l_189.i_2 + l_188.i_2, l_189.i_3 + l_188.i_3, };
l_arr_156[uint(2)] = reinterpret_cast<thread float_4 const&>(l_190);
const float_4 l_191 = l_arr_41[uint(7)];
const float_4 l_192 = float_4{
l_178.i_0 * l_191.i_0, l_178.i_1 * l_191.i_1, l_178.i_2 * l_191.i_2, l_178.i_3 * l_191.i_3, };
const float_4 l_193 = l_arr_156[uint(3)];
const float_4 l_194 = float_4{
l_193.i_0 + l_192.i_0, l_193.i_1 + l_192.i_1, l_193.i_2 + l_192.i_2, l_193.i_3 + l_192.i_3, };
l_arr_156[uint(3)] = reinterpret_cast<thread float_4 const&>(l_194);
const float_4 l_195 = l_arr_156[uint(0)];
l_mut_196 = float(0.0);
const float l_197 = l_195.i_0;
l_mut_196 = l_mut_196 + l_197;
const float l_198 = l_195.i_1;
l_mut_196 = l_mut_196 + l_198;
const float l_199 = l_195.i_2;
l_mut_196 = l_mut_196 + l_199;
const float l_200 = l_195.i_3;
l_mut_196 = l_mut_196 + l_200;
const float l_201 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_201;
const float l_202 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_202;
const float l_203 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_203;
const float l_204 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_204;
l_arr_88[uint(0)] = l_mut_196;
const float_4 l_205 = l_arr_156[uint(1)];
l_mut_196 = float(0.0);
const float l_206 = l_205.i_0;
l_mut_196 = l_mut_196 + l_206;
const float l_207 = l_205.i_1;
l_mut_196 = l_mut_196 + l_207;
const float l_208 = l_205.i_2;
l_mut_196 = l_mut_196 + l_208;
const float l_209 = l_205.i_3;
l_mut_196 = l_mut_196 + l_209;
const float l_210 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_210;
const float l_211 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_211;
const float l_212 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_212;
const float l_213 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_213;
l_arr_88[uint(1)] = l_mut_196;
const float_4 l_214 = l_arr_156[uint(2)];
l_mut_196 = float(0.0);
const float l_215 = l_214.i_0;
l_mut_196 = l_mut_196 + l_215;
const float l_216 = l_214.i_1;
l_mut_196 = l_mut_196 + l_216;
const float l_217 = l_214.i_2;
l_mut_196 = l_mut_196 + l_217;
const float l_218 = l_214.i_3;
l_mut_196 = l_mut_196 + l_218;
const float l_219 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_219;
const float l_220 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_220;
const float l_221 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_221;
const float l_222 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_222;
l_arr_88[uint(2)] = l_mut_196;
const float_4 l_223 = l_arr_156[uint(3)];
l_mut_196 = float(0.0);
const float l_224 = l_223.i_0;
l_mut_196 = l_mut_196 + l_224;
const float l_225 = l_223.i_1;
l_mut_196 = l_mut_196 + l_225;
const float l_226 = l_223.i_2;
l_mut_196 = l_mut_196 + l_226;
const float l_227 = l_223.i_3;
l_mut_196 = l_mut_196 + l_227;
const float l_228 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_228;
const float l_229 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_229;
const float l_230 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_230;
const float l_231 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_231;
l_arr_88[uint(3)] = l_mut_196;
const float_4 l_233 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_232[uint(0)] = reinterpret_cast<thread float_4 const&>(l_233);
const float_4 l_234 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_232[uint(1)] = reinterpret_cast<thread float_4 const&>(l_234);
const float_4 l_235 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_232[uint(2)] = reinterpret_cast<thread float_4 const&>(l_235);
const float_4 l_236 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_232[uint(3)] = reinterpret_cast<thread float_4 const&>(l_236);
const float_4 l_237 = l_arr_86[uint(2)];
const float_4 l_238 = l_arr_41[uint(0)];
const float_4 l_239 = float_4{
l_237.i_0 * l_238.i_0, l_237.i_1 * l_238.i_1, l_237.i_2 * l_238.i_2, l_237.i_3 * l_238.i_3, };
const float_4 l_240 = l_arr_232[uint(0)];
const float_4 l_241 = float_4{
l_240.i_0 + l_239.i_0, l_240.i_1 + l_239.i_1, l_240.i_2 + l_239.i_2, l_240.i_3 + l_239.i_3, };
l_arr_232[uint(0)] = reinterpret_cast<thread float_4 const&>(l_241);
const float_4 l_242 = l_arr_41[uint(2)];
const float_4 l_243 = float_4{
l_237.i_0 * l_242.i_0, l_237.i_1 * l_242.i_1, l_237.i_2 * l_242.i_2, l_237.i_3 * l_242.i_3, };
const float_4 l_244 = l_arr_232[uint(1)];
const float_4 l_245 = float_4{
l_244.i_0 + l_243.i_0, l_244.i_1 + l_243.i_1, l_244.i_2 + l_243.i_2, l_244.i_3 + l_243.i_3, };
l_arr_232[uint(1)] = reinterpret_cast<thread float_4 const&>(l_245);
const float_4 l_246 = l_arr_41[uint(4)];
const float_4 l_247 = float_4{
l_237.i_0 * l_246.i_0, l_237.i_1 * l_246.i_1, l_237.i_2 * l_246.i_2, l_237.i_3 * l_246.i_3, };
const float_4 l_248 = l_arr_232[uint(2)];
const float_4 l_249 = float_4{
l_248.i_0 + l_247.i_0, l_248.i_1 + l_247.i_1, l_248.i_2 + l_247.i_2, l_248.i_3 + l_247.i_3, };
l_arr_232[uint(2)] = reinterpret_cast<thread float_4 const&>(l_249);
const float_4 l_250 = l_arr_41[uint(6)];
const float_4 l_251 = float_4{
l_237.i_0 * l_250.i_0, l_237.i_1 * l_250.i_1, l_237.i_2 * l_250.i_2, l_237.i_3 * l_250.i_3, };
const float_4 l_252 = l_arr_232[uint(3)];
const float_4 l_253 = float_4{
l_252.i_0 + l_251.i_0, l_252.i_1 + l_251.i_1, l_252.i_2 + l_251.i_2, l_252.i_3 + l_251.i_3, };
l_arr_232[uint(3)] = reinterpret_cast<thread float_4 const&>(l_253);
const float_4 l_254 = l_arr_86[uint(3)];
const float_4 l_255 = l_arr_41[uint(1)];
const float_4 l_256 = float_4{
l_254.i_0 * l_255.i_0, l_254.i_1 * l_255.i_1, l_254.i_2 * l_255.i_2, l_254.i_3 * l_255.i_3, };
const float_4 l_257 = l_arr_232[uint(0)];
const float_4 l_258 = float_4{
l_257.i_0 + l_256.i_0, l_257.i_1 + l_256.i_1, l_257.i_2 + l_256.i_2, l_257.i_3 + l_256.i_3, };
l_arr_232[uint(0)] = reinterpret_cast<thread float_4 const&>(l_258);
const float_4 l_259 = l_arr_41[uint(3)];
const float_4 l_260 = float_4{
l_254.i_0 * l_259.i_0, l_254.i_1 * l_259.i_1, l_254.i_2 * l_259.i_2, l_254.i_3 * l_259.i_3, };
const float_4 l_261 = l_arr_232[uint(1)];
const float_4 l_262 = float_4{
l_261.i_0 + l_260.i_0, l_261.i_1 + l_260.i_1, l_261.i_2 + l_260.i_2, l_261.i_3 + l_260.i_3, };
l_arr_232[uint(1)] = reinterpret_cast<thread float_4 const&>(l_262);
const float_4 l_263 = l_arr_41[uint(5)];
const float_4 l_264 = float_4{
l_254.i_0 * l_263.i_0, l_254.i_1 * l_263.i_1, l_254.i_2 * l_263.i_2, l_254.i_3 * l_263.i_3, };
const float_4 l_265 = l_arr_232[uint(2)];
const float_4 l_266 = float_4{
l_265.i_0 + l_264.i_0, l_265.i_1 + l_264.i_1, l_265.i_2 + l_264.i_2, l_265.i_3 + l_264.i_3, };
l_arr_232[uint(2)] = reinterpret_cast<thread float_4 const&>(l_266);
const float_4 l_267 = l_arr_41[uint(7)];
const float_4 l_268 = float_4{
l_254.i_0 * l_267.i_0, l_254.i_1 * l_267.i_1, l_254.i_2 * l_267.i_2, l_254.i_3 * l_267.i_3, };
const float_4 l_269 = l_arr_232[uint(3)];
const float_4 l_270 = float_4{
l_269.i_0 + l_268.i_0, l_269.i_1 + l_268.i_1, l_269.i_2 + l_268.i_2, l_269.i_3 + l_268.i_3, };
l_arr_232[uint(3)] = reinterpret_cast<thread float_4 const&>(l_270);
const float_4 l_271 = l_arr_232[uint(0)];
l_mut_196 = float(0.0);
const float l_272 = l_271.i_0;
l_mut_196 = l_mut_196 + l_272;
const float l_273 = l_271.i_1;
l_mut_196 = l_mut_196 + l_273;
const float l_274 = l_271.i_2;
l_mut_196 = l_mut_196 + l_274;
const float l_275 = l_271.i_3;
l_mut_196 = l_mut_196 + l_275;
const float l_276 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_276;
const float l_277 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_277;
const float l_278 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_278;
const float l_279 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_279;
l_arr_88[uint(4)] = l_mut_196;
const float_4 l_280 = l_arr_232[uint(1)];
l_mut_196 = float(0.0);
const float l_281 = l_280.i_0;
l_mut_196 = l_mut_196 + l_281;
const float l_282 = l_280.i_1;
l_mut_196 = l_mut_196 + l_282;
const float l_283 = l_280.i_2;
l_mut_196 = l_mut_196 + l_283;
const float l_284 = l_280.i_3;
l_mut_196 = l_mut_196 + l_284;
const float l_285 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_285;
const float l_286 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_286;
const float l_287 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_287;
const float l_288 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_288;
l_arr_88[uint(5)] = l_mut_196;
const float_4 l_289 = l_arr_232[uint(2)];
l_mut_196 = float(0.0);
const float l_290 = l_289.i_0;
l_mut_196 = l_mut_196 + l_290;
const float l_291 = l_289.i_1;
l_mut_196 = l_mut_196 + l_291;
const float l_292 = l_289.i_2;
l_mut_196 = l_mut_196 + l_292;
const float l_293 = l_289.i_3;
l_mut_196 = l_mut_196 + l_293;
const float l_294 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_294;
const float l_295 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_295;
const float l_296 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_296;
const float l_297 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_297;
l_arr_88[uint(6)] = l_mut_196;
const float_4 l_298 = l_arr_232[uint(3)];
l_mut_196 = float(0.0);
const float l_299 = l_298.i_0;
l_mut_196 = l_mut_196 + l_299;
const float l_300 = l_298.i_1;
l_mut_196 = l_mut_196 + l_300;
const float l_301 = l_298.i_2;
l_mut_196 = l_mut_196 + l_301;
const float l_302 = l_298.i_3;
l_mut_196 = l_mut_196 + l_302;
const float l_303 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_303;
const float l_304 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_304;
const float l_305 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_305;
const float l_306 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_306;
l_arr_88[uint(7)] = l_mut_196;
const float_4 l_308 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_307[uint(0)] = reinterpret_cast<thread float_4 const&>(l_308);
const float_4 l_309 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_307[uint(1)] = reinterpret_cast<thread float_4 const&>(l_309);
const float_4 l_310 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_307[uint(2)] = reinterpret_cast<thread float_4 const&>(l_310);
const float_4 l_311 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_307[uint(3)] = reinterpret_cast<thread float_4 const&>(l_311);
const float_4 l_312 = l_arr_86[uint(4)];
const float_4 l_313 = l_arr_41[uint(0)];
const float_4 l_314 = float_4{
l_312.i_0 * l_313.i_0, l_312.i_1 * l_313.i_1, l_312.i_2 * l_313.i_2, l_312.i_3 * l_313.i_3, };
const float_4 l_315 = l_arr_307[uint(0)];
const float_4 l_316 = float_4{
l_315.i_0 + l_314.i_0, l_315.i_1 + l_314.i_1, l_315.i_2 + l_314.i_2, l_315.i_3 + l_314.i_3, };
l_arr_307[uint(0)] = reinterpret_cast<thread float_4 const&>(l_316);
const float_4 l_317 = l_arr_41[uint(2)];
const float_4 l_318 = float_4{
l_312.i_0 * l_317.i_0, l_312.i_1 * l_317.i_1, l_312.i_2 * l_317.i_2, l_312.i_3 * l_317.i_3, };
const float_4 l_319 = l_arr_307[uint(1)];
const float_4 l_320 = float_4{
l_319.i_0 + l_318.i_0, l_319.i_1 + l_318.i_1, l_319.i_2 + l_318.i_2, l_319.i_3 + l_318.i_3, };
l_arr_307[uint(1)] = reinterpret_cast<thread float_4 const&>(l_320);
const float_4 l_321 = l_arr_41[uint(4)];
const float_4 l_322 = float_4{
l_312.i_0 * l_321.i_0, l_312.i_1 * l_321.i_1, l_312.i_2 * l_321.i_2, l_312.i_3 * l_321.i_3, };
const float_4 l_323 = l_arr_307[uint(2)];
const float_4 l_324 = float_4{
l_323.i_0 + l_322.i_0, l_323.i_1 + l_322.i_1, l_323.i_2 + l_322.i_2, l_323.i_3 + l_322.i_3, };
l_arr_307[uint(2)] = reinterpret_cast<thread float_4 const&>(l_324);
const float_4 l_325 = l_arr_41[uint(6)];
const float_4 l_326 = float_4{
l_312.i_0 * l_325.i_0, l_312.i_1 * l_325.i_1, l_312.i_2 * l_325.i_2, l_312.i_3 * l_325.i_3, };
const float_4 l_327 = l_arr_307[uint(3)];
const float_4 l_328 = float_4{
l_327.i_0 + l_326.i_0, l_327.i_1 + l_326.i_1, l_327.i_2 + l_326.i_2, l_327.i_3 + l_326.i_3, };
l_arr_307[uint(3)] = reinterpret_cast<thread float_4 const&>(l_328);
const float_4 l_329 = l_arr_86[uint(5)];
const float_4 l_330 = l_arr_41[uint(1)];
const float_4 l_331 = float_4{
l_329.i_0 * l_330.i_0, l_329.i_1 * l_330.i_1, l_329.i_2 * l_330.i_2, l_329.i_3 * l_330.i_3, };
const float_4 l_332 = l_arr_307[uint(0)];
const float_4 l_333 = float_4{
l_332.i_0 + l_331.i_0, l_332.i_1 + l_331.i_1, l_332.i_2 + l_331.i_2, l_332.i_3 + l_331.i_3, };
l_arr_307[uint(0)] = reinterpret_cast<thread float_4 const&>(l_333);
const float_4 l_334 = l_arr_41[uint(3)];
const float_4 l_335 = float_4{
l_329.i_0 * l_334.i_0, l_329.i_1 * l_334.i_1, l_329.i_2 * l_334.i_2, l_329.i_3 * l_334.i_3, };
const float_4 l_336 = l_arr_307[uint(1)];
const float_4 l_337 = float_4{
l_336.i_0 + l_335.i_0, l_336.i_1 + l_335.i_1, l_336.i_2 + l_335.i_2, l_336.i_3 + l_335.i_3, };
l_arr_307[uint(1)] = reinterpret_cast<thread float_4 const&>(l_337);
const float_4 l_338 = l_arr_41[uint(5)];
const float_4 l_339 = float_4{
l_329.i_0 * l_338.i_0, l_329.i_1 * l_338.i_1, l_329.i_2 * l_338.i_2, l_329.i_3 * l_338.i_3, };
const float_4 l_340 = l_arr_307[uint(2)];
const float_4 l_341 = float_4{
l_340.i_0 + l_339.i_0, l_340.i_1 + l_339.i_1, l_340.i_2 + l_339.i_2, l_340.i_3 + l_339.i_3, };
l_arr_307[uint(2)] = reinterpret_cast<thread float_4 const&>(l_341);
const float_4 l_342 = l_arr_41[uint(7)];
const float_4 l_343 = float_4{
l_329.i_0 * l_342.i_0, l_329.i_1 * l_342.i_1, l_329.i_2 * l_342.i_2, l_329.i_3 * l_342.i_3, };
const float_4 l_344 = l_arr_307[uint(3)];
const float_4 l_345 = float_4{
l_344.i_0 + l_343.i_0, l_344.i_1 + l_343.i_1, l_344.i_2 + l_343.i_2, l_344.i_3 + l_343.i_3, };
l_arr_307[uint(3)] = reinterpret_cast<thread float_4 const&>(l_345);
const float_4 l_346 = l_arr_307[uint(0)];
l_mut_196 = float(0.0);
const float l_347 = l_346.i_0;
l_mut_196 = l_mut_196 + l_347;
const float l_348 = l_346.i_1;
l_mut_196 = l_mut_196 + l_348;
const float l_349 = l_346.i_2;
l_mut_196 = l_mut_196 + l_349;
const float l_350 = l_346.i_3;
l_mut_196 = l_mut_196 + l_350;
const float l_351 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_351;
const float l_352 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_352;
const float l_353 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_353;
const float l_354 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_354;
l_arr_88[uint(8)] = l_mut_196;
const float_4 l_355 = l_arr_307[uint(1)];
l_mut_196 = float(0.0);
const float l_356 = l_355.i_0;
l_mut_196 = l_mut_196 + l_356;
const float l_357 = l_355.i_1;
l_mut_196 = l_mut_196 + l_357;
const float l_358 = l_355.i_2;
l_mut_196 = l_mut_196 + l_358;
const float l_359 = l_355.i_3;
l_mut_196 = l_mut_196 + l_359;
const float l_360 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_360;
const float l_361 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_361;
const float l_362 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_362;
const float l_363 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_363;
l_arr_88[uint(9)] = l_mut_196;
const float_4 l_364 = l_arr_307[uint(2)];
l_mut_196 = float(0.0);
const float l_365 = l_364.i_0;
l_mut_196 = l_mut_196 + l_365;
const float l_366 = l_364.i_1;
l_mut_196 = l_mut_196 + l_366;
const float l_367 = l_364.i_2;
l_mut_196 = l_mut_196 + l_367;
const float l_368 = l_364.i_3;
l_mut_196 = l_mut_196 + l_368;
const float l_369 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_369;
const float l_370 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_370;
const float l_371 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_371;
const float l_372 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_372;
l_arr_88[uint(10)] = l_mut_196;
const float_4 l_373 = l_arr_307[uint(3)];
l_mut_196 = float(0.0);
const float l_374 = l_373.i_0;
l_mut_196 = l_mut_196 + l_374;
const float l_375 = l_373.i_1;
l_mut_196 = l_mut_196 + l_375;
const float l_376 = l_373.i_2;
l_mut_196 = l_mut_196 + l_376;
const float l_377 = l_373.i_3;
l_mut_196 = l_mut_196 + l_377;
const float l_378 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_378;
const float l_379 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_379;
const float l_380 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_380;
const float l_381 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_381;
l_arr_88[uint(11)] = l_mut_196;
const float_4 l_383 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_382[uint(0)] = reinterpret_cast<thread float_4 const&>(l_383);
const float_4 l_384 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_382[uint(1)] = reinterpret_cast<thread float_4 const&>(l_384);
const float_4 l_385 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_382[uint(2)] = reinterpret_cast<thread float_4 const&>(l_385);
const float_4 l_386 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_arr_382[uint(3)] = reinterpret_cast<thread float_4 const&>(l_386);
const float_4 l_387 = l_arr_86[uint(6)];
const float_4 l_388 = l_arr_41[uint(0)];
const float_4 l_389 = float_4{
l_387.i_0 * l_388.i_0, l_387.i_1 * l_388.i_1, l_387.i_2 * l_388.i_2, l_387.i_3 * l_388.i_3, };
const float_4 l_390 = l_arr_382[uint(0)];
const float_4 l_391 = float_4{
l_390.i_0 + l_389.i_0, l_390.i_1 + l_389.i_1, l_390.i_2 + l_389.i_2, l_390.i_3 + l_389.i_3, };
l_arr_382[uint(0)] = reinterpret_cast<thread float_4 const&>(l_391);
const float_4 l_392 = l_arr_41[uint(2)];
const float_4 l_393 = float_4{
l_387.i_0 * l_392.i_0, l_387.i_1 * l_392.i_1, l_387.i_2 * l_392.i_2, l_387.i_3 * l_392.i_3, };
const float_4 l_394 = l_arr_382[uint(1)];
const float_4 l_395 = float_4{
l_394.i_0 + l_393.i_0, l_394.i_1 + l_393.i_1, l_394.i_2 + l_393.i_2, l_394.i_3 + l_393.i_3, };
l_arr_382[uint(1)] = reinterpret_cast<thread float_4 const&>(l_395);
const float_4 l_396 = l_arr_41[uint(4)];
const float_4 l_397 = float_4{
l_387.i_0 * l_396.i_0, l_387.i_1 * l_396.i_1, l_387.i_2 * l_396.i_2, l_387.i_3 * l_396.i_3, };
const float_4 l_398 = l_arr_382[uint(2)];
const float_4 l_399 = float_4{
l_398.i_0 + l_397.i_0, l_398.i_1 + l_397.i_1, l_398.i_2 + l_397.i_2, l_398.i_3 + l_397.i_3, };
l_arr_382[uint(2)] = reinterpret_cast<thread float_4 const&>(l_399);
const float_4 l_400 = l_arr_41[uint(6)];
const float_4 l_401 = float_4{
l_387.i_0 * l_400.i_0, l_387.i_1 * l_400.i_1, l_387.i_2 * l_400.i_2, l_387.i_3 * l_400.i_3, };
const float_4 l_402 = l_arr_382[uint(3)];
const float_4 l_403 = float_4{
l_402.i_0 + l_401.i_0, l_402.i_1 + l_401.i_1, l_402.i_2 + l_401.i_2, l_402.i_3 + l_401.i_3, };
l_arr_382[uint(3)] = reinterpret_cast<thread float_4 const&>(l_403);
const float_4 l_404 = l_arr_86[uint(7)];
const float_4 l_405 = l_arr_41[uint(1)];
const float_4 l_406 = float_4{
l_404.i_0 * l_405.i_0, l_404.i_1 * l_405.i_1, l_404.i_2 * l_405.i_2, l_404.i_3 * l_405.i_3, };
const float_4 l_407 = l_arr_382[uint(0)];
const float_4 l_408 = float_4{
l_407.i_0 + l_406.i_0, l_407.i_1 + l_406.i_1, l_407.i_2 + l_406.i_2, l_407.i_3 + l_406.i_3, };
l_arr_382[uint(0)] = reinterpret_cast<thread float_4 const&>(l_408);
const float_4 l_409 = l_arr_41[uint(3)];
const float_4 l_410 = float_4{
l_404.i_0 * l_409.i_0, l_404.i_1 * l_409.i_1, l_404.i_2 * l_409.i_2, l_404.i_3 * l_409.i_3, };
const float_4 l_411 = l_arr_382[uint(1)];
const float_4 l_412 = float_4{
l_411.i_0 + l_410.i_0, l_411.i_1 + l_410.i_1, l_411.i_2 + l_410.i_2, l_411.i_3 + l_410.i_3, };
l_arr_382[uint(1)] = reinterpret_cast<thread float_4 const&>(l_412);
const float_4 l_413 = l_arr_41[uint(5)];
const float_4 l_414 = float_4{
l_404.i_0 * l_413.i_0, l_404.i_1 * l_413.i_1, l_404.i_2 * l_413.i_2, l_404.i_3 * l_413.i_3, };
const float_4 l_415 = l_arr_382[uint(2)];
const float_4 l_416 = float_4{
l_415.i_0 + l_414.i_0, l_415.i_1 + l_414.i_1, l_415.i_2 + l_414.i_2, l_415.i_3 + l_414.i_3, };
l_arr_382[uint(2)] = reinterpret_cast<thread float_4 const&>(l_416);
const float_4 l_417 = l_arr_41[uint(7)];
const float_4 l_418 = float_4{
l_404.i_0 * l_417.i_0, l_404.i_1 * l_417.i_1, l_404.i_2 * l_417.i_2, l_404.i_3 * l_417.i_3, };
const float_4 l_419 = l_arr_382[uint(3)];
const float_4 l_420 = float_4{
l_419.i_0 + l_418.i_0, l_419.i_1 + l_418.i_1, l_419.i_2 + l_418.i_2, l_419.i_3 + l_418.i_3, };
l_arr_382[uint(3)] = reinterpret_cast<thread float_4 const&>(l_420);
const float_4 l_421 = l_arr_382[uint(0)];
l_mut_196 = float(0.0);
const float l_422 = l_421.i_0;
l_mut_196 = l_mut_196 + l_422;
const float l_423 = l_421.i_1;
l_mut_196 = l_mut_196 + l_423;
const float l_424 = l_421.i_2;
l_mut_196 = l_mut_196 + l_424;
const float l_425 = l_421.i_3;
l_mut_196 = l_mut_196 + l_425;
const float l_426 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_426;
const float l_427 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_427;
const float l_428 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_428;
const float l_429 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_429;
l_arr_88[uint(12)] = l_mut_196;
const float_4 l_430 = l_arr_382[uint(1)];
l_mut_196 = float(0.0);
const float l_431 = l_430.i_0;
l_mut_196 = l_mut_196 + l_431;
const float l_432 = l_430.i_1;
l_mut_196 = l_mut_196 + l_432;
const float l_433 = l_430.i_2;
l_mut_196 = l_mut_196 + l_433;
const float l_434 = l_430.i_3;
l_mut_196 = l_mut_196 + l_434;
const float l_435 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_435;
const float l_436 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_436;
const float l_437 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_437;
const float l_438 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_438;
l_arr_88[uint(13)] = l_mut_196;
const float_4 l_439 = l_arr_382[uint(2)];
l_mut_196 = float(0.0);
const float l_440 = l_439.i_0;
l_mut_196 = l_mut_196 + l_440;
const float l_441 = l_439.i_1;
l_mut_196 = l_mut_196 + l_441;
const float l_442 = l_439.i_2;
l_mut_196 = l_mut_196 + l_442;
const float l_443 = l_439.i_3;
l_mut_196 = l_mut_196 + l_443;
const float l_444 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_444;
const float l_445 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_445;
const float l_446 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_446;
const float l_447 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_447;
l_arr_88[uint(14)] = l_mut_196;
const float_4 l_448 = l_arr_382[uint(3)];
l_mut_196 = float(0.0);
const float l_449 = l_448.i_0;
l_mut_196 = l_mut_196 + l_449;
const float l_450 = l_448.i_1;
l_mut_196 = l_mut_196 + l_450;
const float l_451 = l_448.i_2;
l_mut_196 = l_mut_196 + l_451;
const float l_452 = l_448.i_3;
l_mut_196 = l_mut_196 + l_452;
const float l_453 = { simd_shuffle_xor(l_mut_196, uint(1)) };
l_mut_196 = l_mut_196 + l_453;
const float l_454 = { simd_shuffle_xor(l_mut_196, uint(2)) };
l_mut_196 = l_mut_196 + l_454;
const float l_455 = { simd_shuffle_xor(l_mut_196, uint(4)) };
l_mut_196 = l_mut_196 + l_455;
const float l_456 = { simd_shuffle_xor(l_mut_196, uint(8)) };
l_mut_196 = l_mut_196 + l_456;
l_arr_88[uint(15)] = l_mut_196;
const uint l_457 = l_8 + uint(0);
const uint l_458 = l_457 / info.scalars_uint[2];
const uint l_459 = l_457 % info.scalars_uint[2];
const uint l_460 = l_11 + l_459;
const float l_461 = l_arr_75[uint(0)];
l_mut_196 = l_461;
const uint l_462 = l_mut_84 + uint(0);
const uint l_463 = l_462 + l_12;
l_mut_464 = info.scalars_float[2];
const bool l_465 = l_463 < l_mut_85;
if (l_465) {
const float l_466 = l_arr_88[uint(0)];
const float l_467 = l_466 * info.scalars_float[0];
l_mut_468 = l_467;
l_mut_469 = l_mut_468;
const bool l_470 = l_458 < l_mut_4;
const bool l_471 = l_463 < l_mut_7;
const bool l_472 = l_470 && l_471;
l_mut_473 = l_472;
if (l_mut_473) {
const uint l_474 = l_0 * info.scalars_uint[6];
const uint l_475 = l_460 * info.scalars_uint[7];
const uint l_476 = l_474 + l_475;
const uint l_477 = l_458 * info.scalars_uint[4];
const uint l_478 = l_476 + l_477;
const uint l_479 = l_478 + l_463;
}
const bool l_480 = !l_mut_473;
if (l_480) {
l_mut_468 = info.scalars_float[2];
}
l_mut_464 = l_mut_468;
}
const bool l_481 = l_mut_464 > l_mut_196;
if (l_481) {
l_mut_196 = l_mut_464;
}
l_arr_88[uint(0)] = l_mut_464;
const uint l_482 = l_mut_84 + uint(8);
const uint l_483 = l_482 + l_12;
l_mut_469 = info.scalars_float[2];
const bool l_484 = l_483 < l_mut_85;
if (l_484) {
const float l_485 = l_arr_88[uint(4)];
const float l_486 = l_485 * info.scalars_float[0];
l_mut_468 = l_486;
l_mut_464 = l_mut_468;
const bool l_487 = l_458 < l_mut_4;
const bool l_488 = l_483 < l_mut_7;
const bool l_489 = l_487 && l_488;
l_mut_473 = l_489;
if (l_mut_473) {
const uint l_490 = l_0 * info.scalars_uint[6];
const uint l_491 = l_460 * info.scalars_uint[7];
const uint l_492 = l_490 + l_491;
const uint l_493 = l_458 * info.scalars_uint[4];
const uint l_494 = l_492 + l_493;
const uint l_495 = l_494 + l_483;
}
const bool l_496 = !l_mut_473;
if (l_496) {
l_mut_468 = info.scalars_float[2];
}
l_mut_469 = l_mut_468;
}
const bool l_497 = l_mut_469 > l_mut_196;
if (l_497) {
l_mut_196 = l_mut_469;
}
l_arr_88[uint(4)] = l_mut_469;
const uint l_498 = l_mut_84 + uint(16);
const uint l_499 = l_498 + l_12;
l_mut_469 = info.scalars_float[2];
const bool l_500 = l_499 < l_mut_85;
if (l_500) {
const float l_501 = l_arr_88[uint(8)];
const float l_502 = l_501 * info.scalars_float[0];
l_mut_468 = l_502;
l_mut_464 = l_mut_468;
const bool l_503 = l_458 < l_mut_4;
const bool l_504 = l_499 < l_mut_7;
const bool l_505 = l_503 && l_504;
l_mut_473 = l_505;
if (l_mut_473) {
const uint l_506 = l_0 * info.scalars_uint[6];
const uint l_507 = l_460 * info.scalars_uint[7];
const uint l_508 = l_506 + l_507;
const uint l_509 = l_458 * info.scalars_uint[4];
const uint l_510 = l_508 + l_509;
const uint l_511 = l_510 + l_499;
}
const bool l_512 = !l_mut_473;
if (l_512) {
l_mut_468 = info.scalars_float[2];
}
l_mut_469 = l_mut_468;
}
const bool l_513 = l_mut_469 > l_mut_196;
if (l_513) {
l_mut_196 = l_mut_469;
}
l_arr_88[uint(8)] = l_mut_469;
const uint l_514 = l_mut_84 + uint(24);
const uint l_515 = l_514 + l_12;
l_mut_469 = info.scalars_float[2];
const bool l_516 = l_515 < l_mut_85;
if (l_516) {
const float l_517 = l_arr_88[uint(12)];
const float l_518 = l_517 * info.scalars_float[0];
l_mut_468 = l_518;
l_mut_464 = l_mut_468;
const bool l_519 = l_458 < l_mut_4;
const bool l_520 = l_515 < l_mut_7;
const bool l_521 = l_519 && l_520;
l_mut_473 = l_521;
if (l_mut_473) {
const uint l_522 = l_0 * info.scalars_uint[6];
const uint l_523 = l_460 * info.scalars_uint[7];
const uint l_524 = l_522 + l_523;
const uint l_525 = l_458 * info.scalars_uint[4];
const uint l_526 = l_524 + l_525;
const uint l_527 = l_526 + l_515;
}
const bool l_528 = !l_mut_473;
if (l_528) {
l_mut_468 = info.scalars_float[2];
}
l_mut_469 = l_mut_468;
}
const bool l_529 = l_mut_469 > l_mut_196;
if (l_529) {
l_mut_196 = l_mut_469;
}
l_arr_88[uint(12)] = l_mut_469;
l_mut_469 = float(1.0);
const bool l_530 = l_mut_196 > info.scalars_float[2];
if (l_530) {
l_mut_469 = float(0.0);
const bool l_531 = l_461 > info.scalars_float[2];
if (l_531) {
const float l_532 = l_461 - l_mut_196;
const float l_533 = exp(l_532);
l_mut_469 = l_533;
}
}
l_mut_468 = float(0.0);
const float l_534 = l_arr_88[uint(0)];
l_mut_464 = float(0.0);
const bool l_535 = l_534 > info.scalars_float[2];
if (l_535) {
const float l_536 = l_534 - l_mut_196;
const float l_537 = exp(l_536);
l_mut_464 = l_537;
}
l_mut_468 = l_mut_468 + l_mut_464;
l_arr_88[uint(0)] = l_mut_464;
const float l_538 = l_arr_88[uint(4)];
l_mut_464 = float(0.0);
const bool l_539 = l_538 > info.scalars_float[2];
if (l_539) {
const float l_540 = l_538 - l_mut_196;
const float l_541 = exp(l_540);
l_mut_464 = l_541;
}
l_mut_468 = l_mut_468 + l_mut_464;
l_arr_88[uint(4)] = l_mut_464;
const float l_542 = l_arr_88[uint(8)];
l_mut_464 = float(0.0);
const bool l_543 = l_542 > info.scalars_float[2];
if (l_543) {
const float l_544 = l_542 - l_mut_196;
const float l_545 = exp(l_544);
l_mut_464 = l_545;
}
l_mut_468 = l_mut_468 + l_mut_464;
l_arr_88[uint(8)] = l_mut_464;
const float l_546 = l_arr_88[uint(12)];
l_mut_464 = float(0.0);
const bool l_547 = l_546 > info.scalars_float[2];
if (l_547) {
const float l_548 = l_546 - l_mut_196;
const float l_549 = exp(l_548);
l_mut_464 = l_549;
}
l_mut_468 = l_mut_468 + l_mut_464;
l_arr_88[uint(12)] = l_mut_464;
l_arr_75[uint(0)] = l_mut_196;
const float l_550 = l_arr_76[uint(0)];
const float l_551 = l_550 * l_mut_469;
const float l_552 = l_551 + l_mut_468;
l_arr_76[uint(0)] = l_552;
l_arr_89[uint(0)] = l_mut_469;
const uint l_553 = l_8 + uint(1);
const uint l_554 = l_553 / info.scalars_uint[2];
const uint l_555 = l_553 % info.scalars_uint[2];
const uint l_556 = l_11 + l_555;
const float l_557 = l_arr_75[uint(1)];
l_mut_469 = l_557;
const uint l_558 = l_mut_84 + uint(0);
const uint l_559 = l_558 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_560 = l_559 < l_mut_85;
if (l_560) {
const float l_561 = l_arr_88[uint(1)];
const float l_562 = l_561 * info.scalars_float[0];
l_mut_464 = l_562;
l_mut_196 = l_mut_464;
const bool l_563 = l_554 < l_mut_4;
const bool l_564 = l_559 < l_mut_7;
const bool l_565 = l_563 && l_564;
l_mut_473 = l_565;
if (l_mut_473) {
const uint l_566 = l_0 * info.scalars_uint[6];
const uint l_567 = l_556 * info.scalars_uint[7];
const uint l_568 = l_566 + l_567;
const uint l_569 = l_554 * info.scalars_uint[4];
const uint l_570 = l_568 + l_569;
const uint l_571 = l_570 + l_559;
}
const bool l_572 = !l_mut_473;
if (l_572) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_573 = l_mut_468 > l_mut_469;
if (l_573) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(1)] = l_mut_468;
const uint l_574 = l_mut_84 + uint(8);
const uint l_575 = l_574 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_576 = l_575 < l_mut_85;
if (l_576) {
const float l_577 = l_arr_88[uint(5)];
const float l_578 = l_577 * info.scalars_float[0];
l_mut_464 = l_578;
l_mut_196 = l_mut_464;
const bool l_579 = l_554 < l_mut_4;
const bool l_580 = l_575 < l_mut_7;
const bool l_581 = l_579 && l_580;
l_mut_473 = l_581;
if (l_mut_473) {
const uint l_582 = l_0 * info.scalars_uint[6];
const uint l_583 = l_556 * info.scalars_uint[7];
const uint l_584 = l_582 + l_583;
const uint l_585 = l_554 * info.scalars_uint[4];
const uint l_586 = l_584 + l_585;
const uint l_587 = l_586 + l_575;
}
const bool l_588 = !l_mut_473;
if (l_588) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_589 = l_mut_468 > l_mut_469;
if (l_589) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(5)] = l_mut_468;
const uint l_590 = l_mut_84 + uint(16);
const uint l_591 = l_590 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_592 = l_591 < l_mut_85;
if (l_592) {
const float l_593 = l_arr_88[uint(9)];
const float l_594 = l_593 * info.scalars_float[0];
l_mut_464 = l_594;
l_mut_196 = l_mut_464;
const bool l_595 = l_554 < l_mut_4;
const bool l_596 = l_591 < l_mut_7;
const bool l_597 = l_595 && l_596;
l_mut_473 = l_597;
if (l_mut_473) {
const uint l_598 = l_0 * info.scalars_uint[6];
const uint l_599 = l_556 * info.scalars_uint[7];
const uint l_600 = l_598 + l_599;
const uint l_601 = l_554 * info.scalars_uint[4];
const uint l_602 = l_600 + l_601;
const uint l_603 = l_602 + l_591;
}
const bool l_604 = !l_mut_473;
if (l_604) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_605 = l_mut_468 > l_mut_469;
if (l_605) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(9)] = l_mut_468;
const uint l_606 = l_mut_84 + uint(24);
const uint l_607 = l_606 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_608 = l_607 < l_mut_85;
if (l_608) {
const float l_609 = l_arr_88[uint(13)];
const float l_610 = l_609 * info.scalars_float[0];
l_mut_464 = l_610;
l_mut_196 = l_mut_464;
const bool l_611 = l_554 < l_mut_4;
const bool l_612 = l_607 < l_mut_7;
const bool l_613 = l_611 && l_612;
l_mut_473 = l_613;
if (l_mut_473) {
const uint l_614 = l_0 * info.scalars_uint[6];
const uint l_615 = l_556 * info.scalars_uint[7];
const uint l_616 = l_614 + l_615;
const uint l_617 = l_554 * info.scalars_uint[4];
const uint l_618 = l_616 + l_617;
const uint l_619 = l_618 + l_607;
}
const bool l_620 = !l_mut_473;
if (l_620) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_621 = l_mut_468 > l_mut_469;
if (l_621) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(13)] = l_mut_468;
l_mut_468 = float(1.0);
const bool l_622 = l_mut_469 > info.scalars_float[2];
if (l_622) {
l_mut_468 = float(0.0);
const bool l_623 = l_557 > info.scalars_float[2];
if (l_623) {
const float l_624 = l_557 - l_mut_469;
const float l_625 = exp(l_624);
l_mut_468 = l_625;
}
}
l_mut_464 = float(0.0);
const float l_626 = l_arr_88[uint(1)];
l_mut_196 = float(0.0);
const bool l_627 = l_626 > info.scalars_float[2];
if (l_627) {
const float l_628 = l_626 - l_mut_469;
const float l_629 = exp(l_628);
l_mut_196 = l_629;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(1)] = l_mut_196;
const float l_630 = l_arr_88[uint(5)];
l_mut_196 = float(0.0);
const bool l_631 = l_630 > info.scalars_float[2];
if (l_631) {
const float l_632 = l_630 - l_mut_469;
const float l_633 = exp(l_632);
l_mut_196 = l_633;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(5)] = l_mut_196;
const float l_634 = l_arr_88[uint(9)];
l_mut_196 = float(0.0);
const bool l_635 = l_634 > info.scalars_float[2];
if (l_635) {
const float l_636 = l_634 - l_mut_469;
const float l_637 = exp(l_636);
l_mut_196 = l_637;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(9)] = l_mut_196;
const float l_638 = l_arr_88[uint(13)];
l_mut_196 = float(0.0);
const bool l_639 = l_638 > info.scalars_float[2];
if (l_639) {
const float l_640 = l_638 - l_mut_469;
const float l_641 = exp(l_640);
l_mut_196 = l_641;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(13)] = l_mut_196;
l_arr_75[uint(1)] = l_mut_469;
const float l_642 = l_arr_76[uint(1)];
const float l_643 = l_642 * l_mut_468;
const float l_644 = l_643 + l_mut_464;
l_arr_76[uint(1)] = l_644;
l_arr_89[uint(1)] = l_mut_468;
const uint l_645 = l_8 + uint(2);
const uint l_646 = l_645 / info.scalars_uint[2];
const uint l_647 = l_645 % info.scalars_uint[2];
const uint l_648 = l_11 + l_647;
const float l_649 = l_arr_75[uint(2)];
l_mut_469 = l_649;
const uint l_650 = l_mut_84 + uint(0);
const uint l_651 = l_650 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_652 = l_651 < l_mut_85;
if (l_652) {
const float l_653 = l_arr_88[uint(2)];
const float l_654 = l_653 * info.scalars_float[0];
l_mut_464 = l_654;
l_mut_196 = l_mut_464;
const bool l_655 = l_646 < l_mut_4;
const bool l_656 = l_651 < l_mut_7;
const bool l_657 = l_655 && l_656;
l_mut_473 = l_657;
if (l_mut_473) {
const uint l_658 = l_0 * info.scalars_uint[6];
const uint l_659 = l_648 * info.scalars_uint[7];
const uint l_660 = l_658 + l_659;
const uint l_661 = l_646 * info.scalars_uint[4];
const uint l_662 = l_660 + l_661;
const uint l_663 = l_662 + l_651;
}
const bool l_664 = !l_mut_473;
if (l_664) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_665 = l_mut_468 > l_mut_469;
if (l_665) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(2)] = l_mut_468;
const uint l_666 = l_mut_84 + uint(8);
const uint l_667 = l_666 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_668 = l_667 < l_mut_85;
if (l_668) {
const float l_669 = l_arr_88[uint(6)];
const float l_670 = l_669 * info.scalars_float[0];
l_mut_464 = l_670;
l_mut_196 = l_mut_464;
const bool l_671 = l_646 < l_mut_4;
const bool l_672 = l_667 < l_mut_7;
const bool l_673 = l_671 && l_672;
l_mut_473 = l_673;
if (l_mut_473) {
const uint l_674 = l_0 * info.scalars_uint[6];
const uint l_675 = l_648 * info.scalars_uint[7];
const uint l_676 = l_674 + l_675;
const uint l_677 = l_646 * info.scalars_uint[4];
const uint l_678 = l_676 + l_677;
const uint l_679 = l_678 + l_667;
}
const bool l_680 = !l_mut_473;
if (l_680) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_681 = l_mut_468 > l_mut_469;
if (l_681) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(6)] = l_mut_468;
const uint l_682 = l_mut_84 + uint(16);
const uint l_683 = l_682 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_684 = l_683 < l_mut_85;
if (l_684) {
const float l_685 = l_arr_88[uint(10)];
const float l_686 = l_685 * info.scalars_float[0];
l_mut_464 = l_686;
l_mut_196 = l_mut_464;
const bool l_687 = l_646 < l_mut_4;
const bool l_688 = l_683 < l_mut_7;
const bool l_689 = l_687 && l_688;
l_mut_473 = l_689;
if (l_mut_473) {
const uint l_690 = l_0 * info.scalars_uint[6];
const uint l_691 = l_648 * info.scalars_uint[7];
const uint l_692 = l_690 + l_691;
const uint l_693 = l_646 * info.scalars_uint[4];
const uint l_694 = l_692 + l_693;
const uint l_695 = l_694 + l_683;
}
const bool l_696 = !l_mut_473;
if (l_696) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_697 = l_mut_468 > l_mut_469;
if (l_697) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(10)] = l_mut_468;
const uint l_698 = l_mut_84 + uint(24);
const uint l_699 = l_698 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_700 = l_699 < l_mut_85;
if (l_700) {
const float l_701 = l_arr_88[uint(14)];
const float l_702 = l_701 * info.scalars_float[0];
l_mut_464 = l_702;
l_mut_196 = l_mut_464;
const bool l_703 = l_646 < l_mut_4;
const bool l_704 = l_699 < l_mut_7;
const bool l_705 = l_703 && l_704;
l_mut_473 = l_705;
if (l_mut_473) {
const uint l_706 = l_0 * info.scalars_uint[6];
const uint l_707 = l_648 * info.scalars_uint[7];
const uint l_708 = l_706 + l_707;
const uint l_709 = l_646 * info.scalars_uint[4];
const uint l_710 = l_708 + l_709;
const uint l_711 = l_710 + l_699;
}
const bool l_712 = !l_mut_473;
if (l_712) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_713 = l_mut_468 > l_mut_469;
if (l_713) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(14)] = l_mut_468;
l_mut_468 = float(1.0);
const bool l_714 = l_mut_469 > info.scalars_float[2];
if (l_714) {
l_mut_468 = float(0.0);
const bool l_715 = l_649 > info.scalars_float[2];
if (l_715) {
const float l_716 = l_649 - l_mut_469;
const float l_717 = exp(l_716);
l_mut_468 = l_717;
}
}
l_mut_464 = float(0.0);
const float l_718 = l_arr_88[uint(2)];
l_mut_196 = float(0.0);
const bool l_719 = l_718 > info.scalars_float[2];
if (l_719) {
const float l_720 = l_718 - l_mut_469;
const float l_721 = exp(l_720);
l_mut_196 = l_721;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(2)] = l_mut_196;
const float l_722 = l_arr_88[uint(6)];
l_mut_196 = float(0.0);
const bool l_723 = l_722 > info.scalars_float[2];
if (l_723) {
const float l_724 = l_722 - l_mut_469;
const float l_725 = exp(l_724);
l_mut_196 = l_725;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(6)] = l_mut_196;
const float l_726 = l_arr_88[uint(10)];
l_mut_196 = float(0.0);
const bool l_727 = l_726 > info.scalars_float[2];
if (l_727) {
const float l_728 = l_726 - l_mut_469;
const float l_729 = exp(l_728);
l_mut_196 = l_729;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(10)] = l_mut_196;
const float l_730 = l_arr_88[uint(14)];
l_mut_196 = float(0.0);
const bool l_731 = l_730 > info.scalars_float[2];
if (l_731) {
const float l_732 = l_730 - l_mut_469;
const float l_733 = exp(l_732);
l_mut_196 = l_733;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(14)] = l_mut_196;
l_arr_75[uint(2)] = l_mut_469;
const float l_734 = l_arr_76[uint(2)];
const float l_735 = l_734 * l_mut_468;
const float l_736 = l_735 + l_mut_464;
l_arr_76[uint(2)] = l_736;
l_arr_89[uint(2)] = l_mut_468;
const uint l_737 = l_8 + uint(3);
const uint l_738 = l_737 / info.scalars_uint[2];
const uint l_739 = l_737 % info.scalars_uint[2];
const uint l_740 = l_11 + l_739;
const float l_741 = l_arr_75[uint(3)];
l_mut_469 = l_741;
const uint l_742 = l_mut_84 + uint(0);
const uint l_743 = l_742 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_744 = l_743 < l_mut_85;
if (l_744) {
const float l_745 = l_arr_88[uint(3)];
const float l_746 = l_745 * info.scalars_float[0];
l_mut_464 = l_746;
l_mut_196 = l_mut_464;
const bool l_747 = l_738 < l_mut_4;
const bool l_748 = l_743 < l_mut_7;
const bool l_749 = l_747 && l_748;
l_mut_473 = l_749;
if (l_mut_473) {
const uint l_750 = l_0 * info.scalars_uint[6];
const uint l_751 = l_740 * info.scalars_uint[7];
const uint l_752 = l_750 + l_751;
const uint l_753 = l_738 * info.scalars_uint[4];
const uint l_754 = l_752 + l_753;
const uint l_755 = l_754 + l_743;
}
const bool l_756 = !l_mut_473;
if (l_756) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_757 = l_mut_468 > l_mut_469;
if (l_757) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(3)] = l_mut_468;
const uint l_758 = l_mut_84 + uint(8);
const uint l_759 = l_758 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_760 = l_759 < l_mut_85;
if (l_760) {
const float l_761 = l_arr_88[uint(7)];
const float l_762 = l_761 * info.scalars_float[0];
l_mut_464 = l_762;
l_mut_196 = l_mut_464;
const bool l_763 = l_738 < l_mut_4;
const bool l_764 = l_759 < l_mut_7;
const bool l_765 = l_763 && l_764;
l_mut_473 = l_765;
if (l_mut_473) {
const uint l_766 = l_0 * info.scalars_uint[6];
const uint l_767 = l_740 * info.scalars_uint[7];
const uint l_768 = l_766 + l_767;
const uint l_769 = l_738 * info.scalars_uint[4];
const uint l_770 = l_768 + l_769;
const uint l_771 = l_770 + l_759;
}
const bool l_772 = !l_mut_473;
if (l_772) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_773 = l_mut_468 > l_mut_469;
if (l_773) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(7)] = l_mut_468;
const uint l_774 = l_mut_84 + uint(16);
const uint l_775 = l_774 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_776 = l_775 < l_mut_85;
if (l_776) {
const float l_777 = l_arr_88[uint(11)];
const float l_778 = l_777 * info.scalars_float[0];
l_mut_464 = l_778;
l_mut_196 = l_mut_464;
const bool l_779 = l_738 < l_mut_4;
const bool l_780 = l_775 < l_mut_7;
const bool l_781 = l_779 && l_780;
l_mut_473 = l_781;
if (l_mut_473) {
const uint l_782 = l_0 * info.scalars_uint[6];
const uint l_783 = l_740 * info.scalars_uint[7];
const uint l_784 = l_782 + l_783;
const uint l_785 = l_738 * info.scalars_uint[4];
const uint l_786 = l_784 + l_785;
const uint l_787 = l_786 + l_775;
}
const bool l_788 = !l_mut_473;
if (l_788) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_789 = l_mut_468 > l_mut_469;
if (l_789) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(11)] = l_mut_468;
const uint l_790 = l_mut_84 + uint(24);
const uint l_791 = l_790 + l_12;
l_mut_468 = info.scalars_float[2];
const bool l_792 = l_791 < l_mut_85;
if (l_792) {
const float l_793 = l_arr_88[uint(15)];
const float l_794 = l_793 * info.scalars_float[0];
l_mut_464 = l_794;
l_mut_196 = l_mut_464;
const bool l_795 = l_738 < l_mut_4;
const bool l_796 = l_791 < l_mut_7;
const bool l_797 = l_795 && l_796;
l_mut_473 = l_797;
if (l_mut_473) {
const uint l_798 = l_0 * info.scalars_uint[6];
const uint l_799 = l_740 * info.scalars_uint[7];
const uint l_800 = l_798 + l_799;
const uint l_801 = l_738 * info.scalars_uint[4];
const uint l_802 = l_800 + l_801;
const uint l_803 = l_802 + l_791;
}
const bool l_804 = !l_mut_473;
if (l_804) {
l_mut_464 = info.scalars_float[2];
}
l_mut_468 = l_mut_464;
}
const bool l_805 = l_mut_468 > l_mut_469;
if (l_805) {
l_mut_469 = l_mut_468;
}
l_arr_88[uint(15)] = l_mut_468;
l_mut_468 = float(1.0);
const bool l_806 = l_mut_469 > info.scalars_float[2];
if (l_806) {
l_mut_468 = float(0.0);
const bool l_807 = l_741 > info.scalars_float[2];
if (l_807) {
const float l_808 = l_741 - l_mut_469;
const float l_809 = exp(l_808);
l_mut_468 = l_809;
}
}
l_mut_464 = float(0.0);
const float l_810 = l_arr_88[uint(3)];
l_mut_196 = float(0.0);
const bool l_811 = l_810 > info.scalars_float[2];
if (l_811) {
const float l_812 = l_810 - l_mut_469;
const float l_813 = exp(l_812);
l_mut_196 = l_813;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(3)] = l_mut_196;
const float l_814 = l_arr_88[uint(7)];
l_mut_196 = float(0.0);
const bool l_815 = l_814 > info.scalars_float[2];
if (l_815) {
const float l_816 = l_814 - l_mut_469;
const float l_817 = exp(l_816);
l_mut_196 = l_817;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(7)] = l_mut_196;
const float l_818 = l_arr_88[uint(11)];
l_mut_196 = float(0.0);
const bool l_819 = l_818 > info.scalars_float[2];
if (l_819) {
const float l_820 = l_818 - l_mut_469;
const float l_821 = exp(l_820);
l_mut_196 = l_821;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(11)] = l_mut_196;
const float l_822 = l_arr_88[uint(15)];
l_mut_196 = float(0.0);
const bool l_823 = l_822 > info.scalars_float[2];
if (l_823) {
const float l_824 = l_822 - l_mut_469;
const float l_825 = exp(l_824);
l_mut_196 = l_825;
}
l_mut_464 = l_mut_464 + l_mut_196;
l_arr_88[uint(15)] = l_mut_196;
l_arr_75[uint(3)] = l_mut_469;
const float l_826 = l_arr_76[uint(3)];
const float l_827 = l_826 * l_mut_468;
const float l_828 = l_827 + l_mut_464;
l_arr_76[uint(3)] = l_828;
l_arr_89[uint(3)] = l_mut_468;
const float_4 l_829 = l_arr_42[uint(0)];
const float l_830 = l_arr_89[uint(0)];
const float_4 l_831 = float_4{
l_830,l_830,l_830,l_830,};
const float_4 l_832 = float_4{
l_829.i_0 * l_831.i_0, l_829.i_1 * l_831.i_1, l_829.i_2 * l_831.i_2, l_829.i_3 * l_831.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_832);
const float_4 l_833 = l_arr_42[uint(1)];
const float l_834 = l_arr_89[uint(0)];
const float_4 l_835 = float_4{
l_834,l_834,l_834,l_834,};
const float_4 l_836 = float_4{
l_833.i_0 * l_835.i_0, l_833.i_1 * l_835.i_1, l_833.i_2 * l_835.i_2, l_833.i_3 * l_835.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_836);
const float_4 l_837 = l_arr_42[uint(2)];
const float l_838 = l_arr_89[uint(1)];
const float_4 l_839 = float_4{
l_838,l_838,l_838,l_838,};
const float_4 l_840 = float_4{
l_837.i_0 * l_839.i_0, l_837.i_1 * l_839.i_1, l_837.i_2 * l_839.i_2, l_837.i_3 * l_839.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_840);
const float_4 l_841 = l_arr_42[uint(3)];
const float l_842 = l_arr_89[uint(1)];
const float_4 l_843 = float_4{
l_842,l_842,l_842,l_842,};
const float_4 l_844 = float_4{
l_841.i_0 * l_843.i_0, l_841.i_1 * l_843.i_1, l_841.i_2 * l_843.i_2, l_841.i_3 * l_843.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_844);
const float_4 l_845 = l_arr_42[uint(4)];
const float l_846 = l_arr_89[uint(2)];
const float_4 l_847 = float_4{
l_846,l_846,l_846,l_846,};
const float_4 l_848 = float_4{
l_845.i_0 * l_847.i_0, l_845.i_1 * l_847.i_1, l_845.i_2 * l_847.i_2, l_845.i_3 * l_847.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_848);
const float_4 l_849 = l_arr_42[uint(5)];
const float l_850 = l_arr_89[uint(2)];
const float_4 l_851 = float_4{
l_850,l_850,l_850,l_850,};
const float_4 l_852 = float_4{
l_849.i_0 * l_851.i_0, l_849.i_1 * l_851.i_1, l_849.i_2 * l_851.i_2, l_849.i_3 * l_851.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_852);
const float_4 l_853 = l_arr_42[uint(6)];
const float l_854 = l_arr_89[uint(3)];
const float_4 l_855 = float_4{
l_854,l_854,l_854,l_854,};
const float_4 l_856 = float_4{
l_853.i_0 * l_855.i_0, l_853.i_1 * l_855.i_1, l_853.i_2 * l_855.i_2, l_853.i_3 * l_855.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_856);
const float_4 l_857 = l_arr_42[uint(7)];
const float l_858 = l_arr_89[uint(3)];
const float_4 l_859 = float_4{
l_858,l_858,l_858,l_858,};
const float_4 l_860 = float_4{
l_857.i_0 * l_859.i_0, l_857.i_1 * l_859.i_1, l_857.i_2 * l_859.i_2, l_857.i_3 * l_859.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_860);
const float_4 l_861 = l_arr_87[uint(0)];
const float l_862 = l_arr_88[uint(0)];
const float_4 l_863 = float_4{
l_862,l_862,l_862,l_862,};
const float_4 l_864 = float_4{
l_861.i_0 * l_863.i_0, l_861.i_1 * l_863.i_1, l_861.i_2 * l_863.i_2, l_861.i_3 * l_863.i_3, };
const float_4 l_865 = l_arr_42[uint(0)];
const float_4 l_866 = float_4{
l_865.i_0 + l_864.i_0, l_865.i_1 + l_864.i_1, l_865.i_2 + l_864.i_2, l_865.i_3 + l_864.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_866);
const float l_867 = l_arr_88[uint(1)];
const float_4 l_868 = float_4{
l_867,l_867,l_867,l_867,};
const float_4 l_869 = float_4{
l_861.i_0 * l_868.i_0, l_861.i_1 * l_868.i_1, l_861.i_2 * l_868.i_2, l_861.i_3 * l_868.i_3, };
const float_4 l_870 = l_arr_42[uint(2)];
const float_4 l_871 = float_4{
l_870.i_0 + l_869.i_0, l_870.i_1 + l_869.i_1, l_870.i_2 + l_869.i_2, l_870.i_3 + l_869.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_871);
const float l_872 = l_arr_88[uint(2)];
const float_4 l_873 = float_4{
l_872,l_872,l_872,l_872,};
const float_4 l_874 = float_4{
l_861.i_0 * l_873.i_0, l_861.i_1 * l_873.i_1, l_861.i_2 * l_873.i_2, l_861.i_3 * l_873.i_3, };
const float_4 l_875 = l_arr_42[uint(4)];
const float_4 l_876 = float_4{
l_875.i_0 + l_874.i_0, l_875.i_1 + l_874.i_1, l_875.i_2 + l_874.i_2, l_875.i_3 + l_874.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_876);
const float l_877 = l_arr_88[uint(3)];
const float_4 l_878 = float_4{
l_877,l_877,l_877,l_877,};
const float_4 l_879 = float_4{
l_861.i_0 * l_878.i_0, l_861.i_1 * l_878.i_1, l_861.i_2 * l_878.i_2, l_861.i_3 * l_878.i_3, };
const float_4 l_880 = l_arr_42[uint(6)];
const float_4 l_881 = float_4{
l_880.i_0 + l_879.i_0, l_880.i_1 + l_879.i_1, l_880.i_2 + l_879.i_2, l_880.i_3 + l_879.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_881);
const float_4 l_882 = l_arr_87[uint(1)];
const float l_883 = l_arr_88[uint(0)];
const float_4 l_884 = float_4{
l_883,l_883,l_883,l_883,};
const float_4 l_885 = float_4{
l_882.i_0 * l_884.i_0, l_882.i_1 * l_884.i_1, l_882.i_2 * l_884.i_2, l_882.i_3 * l_884.i_3, };
const float_4 l_886 = l_arr_42[uint(1)];
const float_4 l_887 = float_4{
l_886.i_0 + l_885.i_0, l_886.i_1 + l_885.i_1, l_886.i_2 + l_885.i_2, l_886.i_3 + l_885.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_887);
const float l_888 = l_arr_88[uint(1)];
const float_4 l_889 = float_4{
l_888,l_888,l_888,l_888,};
const float_4 l_890 = float_4{
l_882.i_0 * l_889.i_0, l_882.i_1 * l_889.i_1, l_882.i_2 * l_889.i_2, l_882.i_3 * l_889.i_3, };
const float_4 l_891 = l_arr_42[uint(3)];
const float_4 l_892 = float_4{
l_891.i_0 + l_890.i_0, l_891.i_1 + l_890.i_1, l_891.i_2 + l_890.i_2, l_891.i_3 + l_890.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_892);
const float l_893 = l_arr_88[uint(2)];
const float_4 l_894 = float_4{
l_893,l_893,l_893,l_893,};
const float_4 l_895 = float_4{
l_882.i_0 * l_894.i_0, l_882.i_1 * l_894.i_1, l_882.i_2 * l_894.i_2, l_882.i_3 * l_894.i_3, };
const float_4 l_896 = l_arr_42[uint(5)];
const float_4 l_897 = float_4{
l_896.i_0 + l_895.i_0, l_896.i_1 + l_895.i_1, l_896.i_2 + l_895.i_2, l_896.i_3 + l_895.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_897);
const float l_898 = l_arr_88[uint(3)];
const float_4 l_899 = float_4{
l_898,l_898,l_898,l_898,};
const float_4 l_900 = float_4{
l_882.i_0 * l_899.i_0, l_882.i_1 * l_899.i_1, l_882.i_2 * l_899.i_2, l_882.i_3 * l_899.i_3, };
const float_4 l_901 = l_arr_42[uint(7)];
const float_4 l_902 = float_4{
l_901.i_0 + l_900.i_0, l_901.i_1 + l_900.i_1, l_901.i_2 + l_900.i_2, l_901.i_3 + l_900.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_902);
const float_4 l_903 = l_arr_87[uint(2)];
const float l_904 = l_arr_88[uint(4)];
const float_4 l_905 = float_4{
l_904,l_904,l_904,l_904,};
const float_4 l_906 = float_4{
l_903.i_0 * l_905.i_0, l_903.i_1 * l_905.i_1, l_903.i_2 * l_905.i_2, l_903.i_3 * l_905.i_3, };
const float_4 l_907 = l_arr_42[uint(0)];
const float_4 l_908 = float_4{
l_907.i_0 + l_906.i_0, l_907.i_1 + l_906.i_1, l_907.i_2 + l_906.i_2, l_907.i_3 + l_906.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_908);
const float l_909 = l_arr_88[uint(5)];
const float_4 l_910 = float_4{
l_909,l_909,l_909,l_909,};
const float_4 l_911 = float_4{
l_903.i_0 * l_910.i_0, l_903.i_1 * l_910.i_1, l_903.i_2 * l_910.i_2, l_903.i_3 * l_910.i_3, };
const float_4 l_912 = l_arr_42[uint(2)];
const float_4 l_913 = float_4{
l_912.i_0 + l_911.i_0, l_912.i_1 + l_911.i_1, l_912.i_2 + l_911.i_2, l_912.i_3 + l_911.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_913);
const float l_914 = l_arr_88[uint(6)];
const float_4 l_915 = float_4{
l_914,l_914,l_914,l_914,};
const float_4 l_916 = float_4{
l_903.i_0 * l_915.i_0, l_903.i_1 * l_915.i_1, l_903.i_2 * l_915.i_2, l_903.i_3 * l_915.i_3, };
const float_4 l_917 = l_arr_42[uint(4)];
const float_4 l_918 = float_4{
l_917.i_0 + l_916.i_0, l_917.i_1 + l_916.i_1, l_917.i_2 + l_916.i_2, l_917.i_3 + l_916.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_918);
const float l_919 = l_arr_88[uint(7)];
const float_4 l_920 = float_4{
l_919,l_919,l_919,l_919,};
const float_4 l_921 = float_4{
l_903.i_0 * l_920.i_0, l_903.i_1 * l_920.i_1, l_903.i_2 * l_920.i_2, l_903.i_3 * l_920.i_3, };
const float_4 l_922 = l_arr_42[uint(6)];
const float_4 l_923 = float_4{
l_922.i_0 + l_921.i_0, l_922.i_1 + l_921.i_1, l_922.i_2 + l_921.i_2, l_922.i_3 + l_921.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_923);
const float_4 l_924 = l_arr_87[uint(3)];
const float l_925 = l_arr_88[uint(4)];
const float_4 l_926 = float_4{
l_925,l_925,l_925,l_925,};
const float_4 l_927 = float_4{
l_924.i_0 * l_926.i_0, l_924.i_1 * l_926.i_1, l_924.i_2 * l_926.i_2, l_924.i_3 * l_926.i_3, };
const float_4 l_928 = l_arr_42[uint(1)];
const float_4 l_929 = float_4{
l_928.i_0 + l_927.i_0, l_928.i_1 + l_927.i_1, l_928.i_2 + l_927.i_2, l_928.i_3 + l_927.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_929);
const float l_930 = l_arr_88[uint(5)];
const float_4 l_931 = float_4{
l_930,l_930,l_930,l_930,};
const float_4 l_932 = float_4{
l_924.i_0 * l_931.i_0, l_924.i_1 * l_931.i_1, l_924.i_2 * l_931.i_2, l_924.i_3 * l_931.i_3, };
const float_4 l_933 = l_arr_42[uint(3)];
const float_4 l_934 = float_4{
l_933.i_0 + l_932.i_0, l_933.i_1 + l_932.i_1, l_933.i_2 + l_932.i_2, l_933.i_3 + l_932.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_934);
const float l_935 = l_arr_88[uint(6)];
const float_4 l_936 = float_4{
l_935,l_935,l_935,l_935,};
const float_4 l_937 = float_4{
l_924.i_0 * l_936.i_0, l_924.i_1 * l_936.i_1, l_924.i_2 * l_936.i_2, l_924.i_3 * l_936.i_3, };
const float_4 l_938 = l_arr_42[uint(5)];
const float_4 l_939 = float_4{
l_938.i_0 + l_937.i_0, l_938.i_1 + l_937.i_1, l_938.i_2 + l_937.i_2, l_938.i_3 + l_937.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_939);
const float l_940 = l_arr_88[uint(7)];
const float_4 l_941 = float_4{
l_940,l_940,l_940,l_940,};
const float_4 l_942 = float_4{
l_924.i_0 * l_941.i_0, l_924.i_1 * l_941.i_1, l_924.i_2 * l_941.i_2, l_924.i_3 * l_941.i_3, };
const float_4 l_943 = l_arr_42[uint(7)];
const float_4 l_944 = float_4{
l_943.i_0 + l_942.i_0, l_943.i_1 + l_942.i_1, l_943.i_2 + l_942.i_2, l_943.i_3 + l_942.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_944);
const float_4 l_945 = l_arr_87[uint(4)];
const float l_946 = l_arr_88[uint(8)];
const float_4 l_947 = float_4{
l_946,l_946,l_946,l_946,};
const float_4 l_948 = float_4{
l_945.i_0 * l_947.i_0, l_945.i_1 * l_947.i_1, l_945.i_2 * l_947.i_2, l_945.i_3 * l_947.i_3, };
const float_4 l_949 = l_arr_42[uint(0)];
const float_4 l_950 = float_4{
l_949.i_0 + l_948.i_0, l_949.i_1 + l_948.i_1, l_949.i_2 + l_948.i_2, l_949.i_3 + l_948.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_950);
const float l_951 = l_arr_88[uint(9)];
const float_4 l_952 = float_4{
l_951,l_951,l_951,l_951,};
const float_4 l_953 = float_4{
l_945.i_0 * l_952.i_0, l_945.i_1 * l_952.i_1, l_945.i_2 * l_952.i_2, l_945.i_3 * l_952.i_3, };
const float_4 l_954 = l_arr_42[uint(2)];
const float_4 l_955 = float_4{
l_954.i_0 + l_953.i_0, l_954.i_1 + l_953.i_1, l_954.i_2 + l_953.i_2, l_954.i_3 + l_953.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_955);
const float l_956 = l_arr_88[uint(10)];
const float_4 l_957 = float_4{
l_956,l_956,l_956,l_956,};
const float_4 l_958 = float_4{
l_945.i_0 * l_957.i_0, l_945.i_1 * l_957.i_1, l_945.i_2 * l_957.i_2, l_945.i_3 * l_957.i_3, };
const float_4 l_959 = l_arr_42[uint(4)];
const float_4 l_960 = float_4{
l_959.i_0 + l_958.i_0, l_959.i_1 + l_958.i_1, l_959.i_2 + l_958.i_2, l_959.i_3 + l_958.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_960);
const float l_961 = l_arr_88[uint(11)];
const float_4 l_962 = float_4{
l_961,l_961,l_961,l_961,};
const float_4 l_963 = float_4{
l_945.i_0 * l_962.i_0, l_945.i_1 * l_962.i_1, l_945.i_2 * l_962.i_2, l_945.i_3 * l_962.i_3, };
const float_4 l_964 = l_arr_42[uint(6)];
const float_4 l_965 = float_4{
l_964.i_0 + l_963.i_0, l_964.i_1 + l_963.i_1, l_964.i_2 + l_963.i_2, l_964.i_3 + l_963.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_965);
const float_4 l_966 = l_arr_87[uint(5)];
const float l_967 = l_arr_88[uint(8)];
const float_4 l_968 = float_4{
l_967,l_967,l_967,l_967,};
const float_4 l_969 = float_4{
l_966.i_0 * l_968.i_0, l_966.i_1 * l_968.i_1, l_966.i_2 * l_968.i_2, l_966.i_3 * l_968.i_3, };
const float_4 l_970 = l_arr_42[uint(1)];
const float_4 l_971 = float_4{
l_970.i_0 + l_969.i_0, l_970.i_1 + l_969.i_1, l_970.i_2 + l_969.i_2, l_970.i_3 + l_969.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_971);
const float l_972 = l_arr_88[uint(9)];
const float_4 l_973 = float_4{
l_972,l_972,l_972,l_972,};
const float_4 l_974 = float_4{
l_966.i_0 * l_973.i_0, l_966.i_1 * l_973.i_1, l_966.i_2 * l_973.i_2, l_966.i_3 * l_973.i_3, };
const float_4 l_975 = l_arr_42[uint(3)];
const float_4 l_976 = float_4{
l_975.i_0 + l_974.i_0, l_975.i_1 + l_974.i_1, l_975.i_2 + l_974.i_2, l_975.i_3 + l_974.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_976);
const float l_977 = l_arr_88[uint(10)];
const float_4 l_978 = float_4{
l_977,l_977,l_977,l_977,};
const float_4 l_979 = float_4{
l_966.i_0 * l_978.i_0, l_966.i_1 * l_978.i_1, l_966.i_2 * l_978.i_2, l_966.i_3 * l_978.i_3, };
const float_4 l_980 = l_arr_42[uint(5)];
const float_4 l_981 = float_4{
l_980.i_0 + l_979.i_0, l_980.i_1 + l_979.i_1, l_980.i_2 + l_979.i_2, l_980.i_3 + l_979.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_981);
const float l_982 = l_arr_88[uint(11)];
const float_4 l_983 = float_4{
l_982,l_982,l_982,l_982,};
const float_4 l_984 = float_4{
l_966.i_0 * l_983.i_0, l_966.i_1 * l_983.i_1, l_966.i_2 * l_983.i_2, l_966.i_3 * l_983.i_3, };
const float_4 l_985 = l_arr_42[uint(7)];
const float_4 l_986 = float_4{
l_985.i_0 + l_984.i_0, l_985.i_1 + l_984.i_1, l_985.i_2 + l_984.i_2, l_985.i_3 + l_984.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_986);
const float_4 l_987 = l_arr_87[uint(6)];
const float l_988 = l_arr_88[uint(12)];
const float_4 l_989 = float_4{
l_988,l_988,l_988,l_988,};
const float_4 l_990 = float_4{
l_987.i_0 * l_989.i_0, l_987.i_1 * l_989.i_1, l_987.i_2 * l_989.i_2, l_987.i_3 * l_989.i_3, };
const float_4 l_991 = l_arr_42[uint(0)];
const float_4 l_992 = float_4{
l_991.i_0 + l_990.i_0, l_991.i_1 + l_990.i_1, l_991.i_2 + l_990.i_2, l_991.i_3 + l_990.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_992);
const float l_993 = l_arr_88[uint(13)];
const float_4 l_994 = float_4{
l_993,l_993,l_993,l_993,};
const float_4 l_995 = float_4{
l_987.i_0 * l_994.i_0, l_987.i_1 * l_994.i_1, l_987.i_2 * l_994.i_2, l_987.i_3 * l_994.i_3, };
const float_4 l_996 = l_arr_42[uint(2)];
const float_4 l_997 = float_4{
l_996.i_0 + l_995.i_0, l_996.i_1 + l_995.i_1, l_996.i_2 + l_995.i_2, l_996.i_3 + l_995.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_997);
const float l_998 = l_arr_88[uint(14)];
const float_4 l_999 = float_4{
l_998,l_998,l_998,l_998,};
const float_4 l_1000 = float_4{
l_987.i_0 * l_999.i_0, l_987.i_1 * l_999.i_1, l_987.i_2 * l_999.i_2, l_987.i_3 * l_999.i_3, };
const float_4 l_1001 = l_arr_42[uint(4)];
const float_4 l_1002 = float_4{
l_1001.i_0 + l_1000.i_0, l_1001.i_1 + l_1000.i_1, l_1001.i_2 + l_1000.i_2, l_1001.i_3 + l_1000.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1002);
const float l_1003 = l_arr_88[uint(15)];
const float_4 l_1004 = float_4{
l_1003,l_1003,l_1003,l_1003,};
const float_4 l_1005 = float_4{
l_987.i_0 * l_1004.i_0, l_987.i_1 * l_1004.i_1, l_987.i_2 * l_1004.i_2, l_987.i_3 * l_1004.i_3, };
const float_4 l_1006 = l_arr_42[uint(6)];
const float_4 l_1007 = float_4{
l_1006.i_0 + l_1005.i_0, l_1006.i_1 + l_1005.i_1, l_1006.i_2 + l_1005.i_2, l_1006.i_3 + l_1005.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1007);
const float_4 l_1008 = l_arr_87[uint(7)];
const float l_1009 = l_arr_88[uint(12)];
const float_4 l_1010 = float_4{
l_1009,l_1009,l_1009,l_1009,};
const float_4 l_1011 = float_4{
l_1008.i_0 * l_1010.i_0, l_1008.i_1 * l_1010.i_1, l_1008.i_2 * l_1010.i_2, l_1008.i_3 * l_1010.i_3, };
const float_4 l_1012 = l_arr_42[uint(1)];
const float_4 l_1013 = float_4{
l_1012.i_0 + l_1011.i_0, l_1012.i_1 + l_1011.i_1, l_1012.i_2 + l_1011.i_2, l_1012.i_3 + l_1011.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1013);
const float l_1014 = l_arr_88[uint(13)];
const float_4 l_1015 = float_4{
l_1014,l_1014,l_1014,l_1014,};
const float_4 l_1016 = float_4{
l_1008.i_0 * l_1015.i_0, l_1008.i_1 * l_1015.i_1, l_1008.i_2 * l_1015.i_2, l_1008.i_3 * l_1015.i_3, };
const float_4 l_1017 = l_arr_42[uint(3)];
const float_4 l_1018 = float_4{
l_1017.i_0 + l_1016.i_0, l_1017.i_1 + l_1016.i_1, l_1017.i_2 + l_1016.i_2, l_1017.i_3 + l_1016.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1018);
const float l_1019 = l_arr_88[uint(14)];
const float_4 l_1020 = float_4{
l_1019,l_1019,l_1019,l_1019,};
const float_4 l_1021 = float_4{
l_1008.i_0 * l_1020.i_0, l_1008.i_1 * l_1020.i_1, l_1008.i_2 * l_1020.i_2, l_1008.i_3 * l_1020.i_3, };
const float_4 l_1022 = l_arr_42[uint(5)];
const float_4 l_1023 = float_4{
l_1022.i_0 + l_1021.i_0, l_1022.i_1 + l_1021.i_1, l_1022.i_2 + l_1021.i_2, l_1022.i_3 + l_1021.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1023);
const float l_1024 = l_arr_88[uint(15)];
const float_4 l_1025 = float_4{
l_1024,l_1024,l_1024,l_1024,};
const float_4 l_1026 = float_4{
l_1008.i_0 * l_1025.i_0, l_1008.i_1 * l_1025.i_1, l_1008.i_2 * l_1025.i_2, l_1008.i_3 * l_1025.i_3, };
const float_4 l_1027 = l_arr_42[uint(7)];
const float_4 l_1028 = float_4{
l_1027.i_0 + l_1026.i_0, l_1027.i_1 + l_1026.i_1, l_1027.i_2 + l_1026.i_2, l_1027.i_3 + l_1026.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1028);
l_mut_84 = l_mut_84 + uint(32);
}
const bool l_1029 = l_13 == uint(0);
if (l_1029) {
const uint l_1030 = l_12 * uint(4);
const uint l_1031 = l_1030 + uint(0);
const float l_1032 = l_arr_75[uint(0)];
shared_memory_16[l_1031] = l_1032;
const uint l_1033 = l_12 * uint(4);
const uint l_1034 = l_1033 + uint(0);
const float l_1035 = l_arr_76[uint(0)];
shared_memory_17[l_1034] = l_1035;
const uint l_1036 = l_12 * uint(4);
const uint l_1037 = l_1036 + uint(1);
const float l_1038 = l_arr_75[uint(1)];
shared_memory_16[l_1037] = l_1038;
const uint l_1039 = l_12 * uint(4);
const uint l_1040 = l_1039 + uint(1);
const float l_1041 = l_arr_76[uint(1)];
shared_memory_17[l_1040] = l_1041;
const uint l_1042 = l_12 * uint(4);
const uint l_1043 = l_1042 + uint(2);
const float l_1044 = l_arr_75[uint(2)];
shared_memory_16[l_1043] = l_1044;
const uint l_1045 = l_12 * uint(4);
const uint l_1046 = l_1045 + uint(2);
const float l_1047 = l_arr_76[uint(2)];
shared_memory_17[l_1046] = l_1047;
const uint l_1048 = l_12 * uint(4);
const uint l_1049 = l_1048 + uint(3);
const float l_1050 = l_arr_75[uint(3)];
shared_memory_16[l_1049] = l_1050;
const uint l_1051 = l_12 * uint(4);
const uint l_1052 = l_1051 + uint(3);
const float l_1053 = l_arr_76[uint(3)];
shared_memory_17[l_1052] = l_1053;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_469 = info.scalars_float[2];

for (uint l_mut_1055 = uint(0); l_mut_1055 < uint(8); ++l_mut_1055) {
const uint l_1056 = l_mut_1055 * uint(4);
const uint l_1057 = l_1056 + uint(0);
const float l_1058 = shared_memory_16[l_1057];
const bool l_1059 = l_1058 > l_mut_469;
if (l_1059) {
l_mut_469 = l_1058;
}
}
l_mut_468 = float(0.0);
const float l_1060 = l_arr_75[uint(0)];
const bool l_1061 = l_1060 > info.scalars_float[2];
if (l_1061) {
const float l_1062 = l_arr_75[uint(0)];
const float l_1063 = l_1062 - l_mut_469;
const float l_1064 = exp(l_1063);
l_mut_468 = l_1064;
}
l_arr_1054[uint(0)] = l_mut_468;
const bool l_1065 = thread_index_in_threadgroup == uint(0);
if (l_1065) {
l_mut_468 = float(0.0);

for (uint l_mut_1066 = uint(0); l_mut_1066 < uint(8); ++l_mut_1066) {
const uint l_1067 = l_mut_1066 * uint(4);
const uint l_1068 = l_1067 + uint(0);
const float l_1069 = shared_memory_16[l_1068];
const bool l_1070 = l_1069 > info.scalars_float[2];
if (l_1070) {
const uint l_1071 = l_mut_1066 * uint(4);
const uint l_1072 = l_1071 + uint(0);
const float l_1073 = shared_memory_17[l_1072];
const float l_1074 = l_1069 - l_mut_469;
const float l_1075 = exp(l_1074);
const float l_1076 = l_1073 * l_1075;
l_mut_468 = l_mut_468 + l_1076;
}
}
l_mut_464 = float(0.0);
l_mut_196 = info.scalars_float[2];
const bool l_1077 = l_mut_468 > float(0.0);
if (l_1077) {
const float l_1078 = float(1.0) / l_mut_468;
l_mut_464 = l_1078;
const float l_1079 = log(l_mut_468);
const float l_1080 = l_mut_469 + l_1079;
l_mut_196 = l_1080;
}
shared_memory_18[uint(0)] = l_mut_464;
const uint l_1081 = l_8 + uint(0);
const uint l_1082 = l_1081 % info.scalars_uint[2];
const uint l_1083 = l_11 + l_1082;
const uint l_1084 = l_1081 / info.scalars_uint[2];
const bool l_1085 = l_1084 < l_mut_4;
if (l_1085) {
const uint l_1086 = l_0 * info.scalars_uint[0];
const uint l_1087 = l_1086 + l_1083;
const uint l_1088 = l_1087 * info.scalars_uint[3];
const uint l_1089 = l_1088 + l_1084;
l_mut_83 = l_1089;
buffer_8[l_mut_83] = l_mut_196;
}
}
l_mut_469 = info.scalars_float[2];

for (uint l_mut_1090 = uint(0); l_mut_1090 < uint(8); ++l_mut_1090) {
const uint l_1091 = l_mut_1090 * uint(4);
const uint l_1092 = l_1091 + uint(1);
const float l_1093 = shared_memory_16[l_1092];
const bool l_1094 = l_1093 > l_mut_469;
if (l_1094) {
l_mut_469 = l_1093;
}
}
l_mut_468 = float(0.0);
const float l_1095 = l_arr_75[uint(1)];
const bool l_1096 = l_1095 > info.scalars_float[2];
if (l_1096) {
const float l_1097 = l_arr_75[uint(1)];
const float l_1098 = l_1097 - l_mut_469;
const float l_1099 = exp(l_1098);
l_mut_468 = l_1099;
}
l_arr_1054[uint(1)] = l_mut_468;
const bool l_1100 = thread_index_in_threadgroup == uint(1);
if (l_1100) {
l_mut_468 = float(0.0);

for (uint l_mut_1101 = uint(0); l_mut_1101 < uint(8); ++l_mut_1101) {
const uint l_1102 = l_mut_1101 * uint(4);
const uint l_1103 = l_1102 + uint(1);
const float l_1104 = shared_memory_16[l_1103];
const bool l_1105 = l_1104 > info.scalars_float[2];
if (l_1105) {
const uint l_1106 = l_mut_1101 * uint(4);
const uint l_1107 = l_1106 + uint(1);
const float l_1108 = shared_memory_17[l_1107];
const float l_1109 = l_1104 - l_mut_469;
const float l_1110 = exp(l_1109);
const float l_1111 = l_1108 * l_1110;
l_mut_468 = l_mut_468 + l_1111;
}
}
l_mut_464 = float(0.0);
l_mut_196 = info.scalars_float[2];
const bool l_1112 = l_mut_468 > float(0.0);
if (l_1112) {
const float l_1113 = float(1.0) / l_mut_468;
l_mut_464 = l_1113;
const float l_1114 = log(l_mut_468);
const float l_1115 = l_mut_469 + l_1114;
l_mut_196 = l_1115;
}
shared_memory_18[uint(1)] = l_mut_464;
const uint l_1116 = l_8 + uint(1);
const uint l_1117 = l_1116 % info.scalars_uint[2];
const uint l_1118 = l_11 + l_1117;
const uint l_1119 = l_1116 / info.scalars_uint[2];
const bool l_1120 = l_1119 < l_mut_4;
if (l_1120) {
const uint l_1121 = l_0 * info.scalars_uint[0];
const uint l_1122 = l_1121 + l_1118;
const uint l_1123 = l_1122 * info.scalars_uint[3];
const uint l_1124 = l_1123 + l_1119;
l_mut_83 = l_1124;
buffer_8[l_mut_83] = l_mut_196;
}
}
l_mut_469 = info.scalars_float[2];

for (uint l_mut_1125 = uint(0); l_mut_1125 < uint(8); ++l_mut_1125) {
const uint l_1126 = l_mut_1125 * uint(4);
const uint l_1127 = l_1126 + uint(2);
const float l_1128 = shared_memory_16[l_1127];
const bool l_1129 = l_1128 > l_mut_469;
if (l_1129) {
l_mut_469 = l_1128;
}
}
l_mut_468 = float(0.0);
const float l_1130 = l_arr_75[uint(2)];
const bool l_1131 = l_1130 > info.scalars_float[2];
if (l_1131) {
const float l_1132 = l_arr_75[uint(2)];
const float l_1133 = l_1132 - l_mut_469;
const float l_1134 = exp(l_1133);
l_mut_468 = l_1134;
}
l_arr_1054[uint(2)] = l_mut_468;
const bool l_1135 = thread_index_in_threadgroup == uint(2);
if (l_1135) {
l_mut_468 = float(0.0);

for (uint l_mut_1136 = uint(0); l_mut_1136 < uint(8); ++l_mut_1136) {
const uint l_1137 = l_mut_1136 * uint(4);
const uint l_1138 = l_1137 + uint(2);
const float l_1139 = shared_memory_16[l_1138];
const bool l_1140 = l_1139 > info.scalars_float[2];
if (l_1140) {
const uint l_1141 = l_mut_1136 * uint(4);
const uint l_1142 = l_1141 + uint(2);
const float l_1143 = shared_memory_17[l_1142];
const float l_1144 = l_1139 - l_mut_469;
const float l_1145 = exp(l_1144);
const float l_1146 = l_1143 * l_1145;
l_mut_468 = l_mut_468 + l_1146;
}
}
l_mut_464 = float(0.0);
l_mut_196 = info.scalars_float[2];
const bool l_1147 = l_mut_468 > float(0.0);
if (l_1147) {
const float l_1148 = float(1.0) / l_mut_468;
l_mut_464 = l_1148;
const float l_1149 = log(l_mut_468);
const float l_1150 = l_mut_469 + l_1149;
l_mut_196 = l_1150;
}
shared_memory_18[uint(2)] = l_mut_464;
const uint l_1151 = l_8 + uint(2);
const uint l_1152 = l_1151 % info.scalars_uint[2];
const uint l_1153 = l_11 + l_1152;
const uint l_1154 = l_1151 / info.scalars_uint[2];
const bool l_1155 = l_1154 < l_mut_4;
if (l_1155) {
const uint l_1156 = l_0 * info.scalars_uint[0];
const uint l_1157 = l_1156 + l_1153;
const uint l_1158 = l_1157 * info.scalars_uint[3];
const uint l_1159 = l_1158 + l_1154;
l_mut_83 = l_1159;
buffer_8[l_mut_83] = l_mut_196;
}
}
l_mut_469 = info.scalars_float[2];

for (uint l_mut_1160 = uint(0); l_mut_1160 < uint(8); ++l_mut_1160) {
const uint l_1161 = l_mut_1160 * uint(4);
const uint l_1162 = l_1161 + uint(3);
const float l_1163 = shared_memory_16[l_1162];
const bool l_1164 = l_1163 > l_mut_469;
if (l_1164) {
l_mut_469 = l_1163;
}
}
l_mut_468 = float(0.0);
const float l_1165 = l_arr_75[uint(3)];
const bool l_1166 = l_1165 > info.scalars_float[2];
if (l_1166) {
const float l_1167 = l_arr_75[uint(3)];
const float l_1168 = l_1167 - l_mut_469;
const float l_1169 = exp(l_1168);
l_mut_468 = l_1169;
}
l_arr_1054[uint(3)] = l_mut_468;
const bool l_1170 = thread_index_in_threadgroup == uint(3);
if (l_1170) {
l_mut_468 = float(0.0);

for (uint l_mut_1171 = uint(0); l_mut_1171 < uint(8); ++l_mut_1171) {
const uint l_1172 = l_mut_1171 * uint(4);
const uint l_1173 = l_1172 + uint(3);
const float l_1174 = shared_memory_16[l_1173];
const bool l_1175 = l_1174 > info.scalars_float[2];
if (l_1175) {
const uint l_1176 = l_mut_1171 * uint(4);
const uint l_1177 = l_1176 + uint(3);
const float l_1178 = shared_memory_17[l_1177];
const float l_1179 = l_1174 - l_mut_469;
const float l_1180 = exp(l_1179);
const float l_1181 = l_1178 * l_1180;
l_mut_468 = l_mut_468 + l_1181;
}
}
l_mut_464 = float(0.0);
l_mut_196 = info.scalars_float[2];
const bool l_1182 = l_mut_468 > float(0.0);
if (l_1182) {
const float l_1183 = float(1.0) / l_mut_468;
l_mut_464 = l_1183;
const float l_1184 = log(l_mut_468);
const float l_1185 = l_mut_469 + l_1184;
l_mut_196 = l_1185;
}
shared_memory_18[uint(3)] = l_mut_464;
const uint l_1186 = l_8 + uint(3);
const uint l_1187 = l_1186 % info.scalars_uint[2];
const uint l_1188 = l_11 + l_1187;
const uint l_1189 = l_1186 / info.scalars_uint[2];
const bool l_1190 = l_1189 < l_mut_4;
if (l_1190) {
const uint l_1191 = l_0 * info.scalars_uint[0];
const uint l_1192 = l_1191 + l_1188;
const uint l_1193 = l_1192 * info.scalars_uint[3];
const uint l_1194 = l_1193 + l_1189;
l_mut_83 = l_1194;
buffer_8[l_mut_83] = l_mut_196;
}
}

for (uint l_mut_1195 = uint(0); l_mut_1195 < uint(8); ++l_mut_1195) {
const bool l_1196 = l_12 == l_mut_1195;
if (l_1196) {
const float_4 l_1197 = l_arr_42[uint(0)];
const uint l_1198 = uint(0) + l_13;
const uint l_1199 = l_1198 * uint(4);
const uint l_1200 = uint(0) + l_1199;
const uint l_1201 = l_1200 + uint(0);
const float l_1202 = l_1197.i_0;
const float l_1203 = l_arr_1054[uint(0)];
const float l_1204 = l_1202 * l_1203;
const float l_1205 = shared_memory_15[l_1201];
const float l_1206 = l_1205 + l_1204;
shared_memory_15[l_1201] = l_1206;
const uint l_1207 = l_1200 + uint(1);
const float l_1208 = l_1197.i_1;
const float l_1209 = l_arr_1054[uint(0)];
const float l_1210 = l_1208 * l_1209;
const float l_1211 = shared_memory_15[l_1207];
const float l_1212 = l_1211 + l_1210;
shared_memory_15[l_1207] = l_1212;
const uint l_1213 = l_1200 + uint(2);
const float l_1214 = l_1197.i_2;
const float l_1215 = l_arr_1054[uint(0)];
const float l_1216 = l_1214 * l_1215;
const float l_1217 = shared_memory_15[l_1213];
const float l_1218 = l_1217 + l_1216;
shared_memory_15[l_1213] = l_1218;
const uint l_1219 = l_1200 + uint(3);
const float l_1220 = l_1197.i_3;
const float l_1221 = l_arr_1054[uint(0)];
const float l_1222 = l_1220 * l_1221;
const float l_1223 = shared_memory_15[l_1219];
const float l_1224 = l_1223 + l_1222;
shared_memory_15[l_1219] = l_1224;
const float_4 l_1225 = l_arr_42[uint(1)];
const uint l_1226 = uint(16) + l_13;
const uint l_1227 = l_1226 * uint(4);
const uint l_1228 = uint(0) + l_1227;
const uint l_1229 = l_1228 + uint(0);
const float l_1230 = l_1225.i_0;
const float l_1231 = l_arr_1054[uint(0)];
const float l_1232 = l_1230 * l_1231;
const float l_1233 = shared_memory_15[l_1229];
const float l_1234 = l_1233 + l_1232;
shared_memory_15[l_1229] = l_1234;
const uint l_1235 = l_1228 + uint(1);
const float l_1236 = l_1225.i_1;
const float l_1237 = l_arr_1054[uint(0)];
const float l_1238 = l_1236 * l_1237;
const float l_1239 = shared_memory_15[l_1235];
const float l_1240 = l_1239 + l_1238;
shared_memory_15[l_1235] = l_1240;
const uint l_1241 = l_1228 + uint(2);
const float l_1242 = l_1225.i_2;
const float l_1243 = l_arr_1054[uint(0)];
const float l_1244 = l_1242 * l_1243;
const float l_1245 = shared_memory_15[l_1241];
const float l_1246 = l_1245 + l_1244;
shared_memory_15[l_1241] = l_1246;
const uint l_1247 = l_1228 + uint(3);
const float l_1248 = l_1225.i_3;
const float l_1249 = l_arr_1054[uint(0)];
const float l_1250 = l_1248 * l_1249;
const float l_1251 = shared_memory_15[l_1247];
const float l_1252 = l_1251 + l_1250;
shared_memory_15[l_1247] = l_1252;
const float_4 l_1253 = l_arr_42[uint(2)];
const uint l_1254 = uint(0) + l_13;
const uint l_1255 = l_1254 * uint(4);
const uint l_1256 = uint(136) + l_1255;
const uint l_1257 = l_1256 + uint(0);
const float l_1258 = l_1253.i_0;
const float l_1259 = l_arr_1054[uint(1)];
const float l_1260 = l_1258 * l_1259;
const float l_1261 = shared_memory_15[l_1257];
const float l_1262 = l_1261 + l_1260;
shared_memory_15[l_1257] = l_1262;
const uint l_1263 = l_1256 + uint(1);
const float l_1264 = l_1253.i_1;
const float l_1265 = l_arr_1054[uint(1)];
const float l_1266 = l_1264 * l_1265;
const float l_1267 = shared_memory_15[l_1263];
const float l_1268 = l_1267 + l_1266;
shared_memory_15[l_1263] = l_1268;
const uint l_1269 = l_1256 + uint(2);
const float l_1270 = l_1253.i_2;
const float l_1271 = l_arr_1054[uint(1)];
const float l_1272 = l_1270 * l_1271;
const float l_1273 = shared_memory_15[l_1269];
const float l_1274 = l_1273 + l_1272;
shared_memory_15[l_1269] = l_1274;
const uint l_1275 = l_1256 + uint(3);
const float l_1276 = l_1253.i_3;
const float l_1277 = l_arr_1054[uint(1)];
const float l_1278 = l_1276 * l_1277;
const float l_1279 = shared_memory_15[l_1275];
const float l_1280 = l_1279 + l_1278;
shared_memory_15[l_1275] = l_1280;
const float_4 l_1281 = l_arr_42[uint(3)];
const uint l_1282 = uint(16) + l_13;
const uint l_1283 = l_1282 * uint(4);
const uint l_1284 = uint(136) + l_1283;
const uint l_1285 = l_1284 + uint(0);
const float l_1286 = l_1281.i_0;
const float l_1287 = l_arr_1054[uint(1)];
const float l_1288 = l_1286 * l_1287;
const float l_1289 = shared_memory_15[l_1285];
const float l_1290 = l_1289 + l_1288;
shared_memory_15[l_1285] = l_1290;
const uint l_1291 = l_1284 + uint(1);
const float l_1292 = l_1281.i_1;
const float l_1293 = l_arr_1054[uint(1)];
const float l_1294 = l_1292 * l_1293;
const float l_1295 = shared_memory_15[l_1291];
const float l_1296 = l_1295 + l_1294;
shared_memory_15[l_1291] = l_1296;
const uint l_1297 = l_1284 + uint(2);
const float l_1298 = l_1281.i_2;
const float l_1299 = l_arr_1054[uint(1)];
const float l_1300 = l_1298 * l_1299;
const float l_1301 = shared_memory_15[l_1297];
const float l_1302 = l_1301 + l_1300;
shared_memory_15[l_1297] = l_1302;
const uint l_1303 = l_1284 + uint(3);
const float l_1304 = l_1281.i_3;
const float l_1305 = l_arr_1054[uint(1)];
const float l_1306 = l_1304 * l_1305;
const float l_1307 = shared_memory_15[l_1303];
const float l_1308 = l_1307 + l_1306;
shared_memory_15[l_1303] = l_1308;
const float_4 l_1309 = l_arr_42[uint(4)];
const uint l_1310 = uint(0) + l_13;
const uint l_1311 = l_1310 * uint(4);
const uint l_1312 = uint(272) + l_1311;
const uint l_1313 = l_1312 + uint(0);
const float l_1314 = l_1309.i_0;
const float l_1315 = l_arr_1054[uint(2)];
const float l_1316 = l_1314 * l_1315;
const float l_1317 = shared_memory_15[l_1313];
const float l_1318 = l_1317 + l_1316;
shared_memory_15[l_1313] = l_1318;
const uint l_1319 = l_1312 + uint(1);
const float l_1320 = l_1309.i_1;
const float l_1321 = l_arr_1054[uint(2)];
const float l_1322 = l_1320 * l_1321;
const float l_1323 = shared_memory_15[l_1319];
const float l_1324 = l_1323 + l_1322;
shared_memory_15[l_1319] = l_1324;
const uint l_1325 = l_1312 + uint(2);
const float l_1326 = l_1309.i_2;
const float l_1327 = l_arr_1054[uint(2)];
const float l_1328 = l_1326 * l_1327;
const float l_1329 = shared_memory_15[l_1325];
const float l_1330 = l_1329 + l_1328;
shared_memory_15[l_1325] = l_1330;
const uint l_1331 = l_1312 + uint(3);
const float l_1332 = l_1309.i_3;
const float l_1333 = l_arr_1054[uint(2)];
const float l_1334 = l_1332 * l_1333;
const float l_1335 = shared_memory_15[l_1331];
const float l_1336 = l_1335 + l_1334;
shared_memory_15[l_1331] = l_1336;
const float_4 l_1337 = l_arr_42[uint(5)];
const uint l_1338 = uint(16) + l_13;
const uint l_1339 = l_1338 * uint(4);
const uint l_1340 = uint(272) + l_1339;
const uint l_1341 = l_1340 + uint(0);
const float l_1342 = l_1337.i_0;
const float l_1343 = l_arr_1054[uint(2)];
const float l_1344 = l_1342 * l_1343;
const float l_1345 = shared_memory_15[l_1341];
const float l_1346 = l_1345 + l_1344;
shared_memory_15[l_1341] = l_1346;
const uint l_1347 = l_1340 + uint(1);
const float l_1348 = l_1337.i_1;
const float l_1349 = l_arr_1054[uint(2)];
const float l_1350 = l_1348 * l_1349;
const float l_1351 = shared_memory_15[l_1347];
const float l_1352 = l_1351 + l_1350;
shared_memory_15[l_1347] = l_1352;
const uint l_1353 = l_1340 + uint(2);
const float l_1354 = l_1337.i_2;
const float l_1355 = l_arr_1054[uint(2)];
const float l_1356 = l_1354 * l_1355;
const float l_1357 = shared_memory_15[l_1353];
const float l_1358 = l_1357 + l_1356;
shared_memory_15[l_1353] = l_1358;
const uint l_1359 = l_1340 + uint(3);
const float l_1360 = l_1337.i_3;
const float l_1361 = l_arr_1054[uint(2)];
const float l_1362 = l_1360 * l_1361;
const float l_1363 = shared_memory_15[l_1359];
const float l_1364 = l_1363 + l_1362;
shared_memory_15[l_1359] = l_1364;
const float_4 l_1365 = l_arr_42[uint(6)];
const uint l_1366 = uint(0) + l_13;
const uint l_1367 = l_1366 * uint(4);
const uint l_1368 = uint(408) + l_1367;
const uint l_1369 = l_1368 + uint(0);
const float l_1370 = l_1365.i_0;
const float l_1371 = l_arr_1054[uint(3)];
const float l_1372 = l_1370 * l_1371;
const float l_1373 = shared_memory_15[l_1369];
const float l_1374 = l_1373 + l_1372;
shared_memory_15[l_1369] = l_1374;
const uint l_1375 = l_1368 + uint(1);
const float l_1376 = l_1365.i_1;
const float l_1377 = l_arr_1054[uint(3)];
const float l_1378 = l_1376 * l_1377;
const float l_1379 = shared_memory_15[l_1375];
const float l_1380 = l_1379 + l_1378;
shared_memory_15[l_1375] = l_1380;
const uint l_1381 = l_1368 + uint(2);
const float l_1382 = l_1365.i_2;
const float l_1383 = l_arr_1054[uint(3)];
const float l_1384 = l_1382 * l_1383;
const float l_1385 = shared_memory_15[l_1381];
const float l_1386 = l_1385 + l_1384;
shared_memory_15[l_1381] = l_1386;
const uint l_1387 = l_1368 + uint(3);
const float l_1388 = l_1365.i_3;
const float l_1389 = l_arr_1054[uint(3)];
const float l_1390 = l_1388 * l_1389;
const float l_1391 = shared_memory_15[l_1387];
const float l_1392 = l_1391 + l_1390;
shared_memory_15[l_1387] = l_1392;
const float_4 l_1393 = l_arr_42[uint(7)];
const uint l_1394 = uint(16) + l_13;
const uint l_1395 = l_1394 * uint(4);
const uint l_1396 = uint(408) + l_1395;
const uint l_1397 = l_1396 + uint(0);
const float l_1398 = l_1393.i_0;
const float l_1399 = l_arr_1054[uint(3)];
const float l_1400 = l_1398 * l_1399;
const float l_1401 = shared_memory_15[l_1397];
const float l_1402 = l_1401 + l_1400;
shared_memory_15[l_1397] = l_1402;
const uint l_1403 = l_1396 + uint(1);
const float l_1404 = l_1393.i_1;
const float l_1405 = l_arr_1054[uint(3)];
const float l_1406 = l_1404 * l_1405;
const float l_1407 = shared_memory_15[l_1403];
const float l_1408 = l_1407 + l_1406;
shared_memory_15[l_1403] = l_1408;
const uint l_1409 = l_1396 + uint(2);
const float l_1410 = l_1393.i_2;
const float l_1411 = l_arr_1054[uint(3)];
const float l_1412 = l_1410 * l_1411;
const float l_1413 = shared_memory_15[l_1409];
const float l_1414 = l_1413 + l_1412;
shared_memory_15[l_1409] = l_1414;
const uint l_1415 = l_1396 + uint(3);
const float l_1416 = l_1393.i_3;
const float l_1417 = l_arr_1054[uint(3)];
const float l_1418 = l_1416 * l_1417;
const float l_1419 = shared_memory_15[l_1415];
const float l_1420 = l_1419 + l_1418;
shared_memory_15[l_1415] = l_1420;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_83 = thread_index_in_threadgroup;
while (true) {
const bool l_1421 = l_mut_83 < uint(128);
const bool l_1422 = !l_1421;
if (l_1422) {
break;}
const uint l_1423 = l_mut_83 / uint(32);
const uint l_1424 = l_mut_83 % uint(32);
const uint l_1425 = l_8 + l_1423;
const uint l_1426 = l_1425 / info.scalars_uint[2];
const bool l_1427 = l_1426 < l_mut_4;
if (l_1427) {
const uint l_1428 = l_1425 % info.scalars_uint[2];
const uint l_1429 = l_11 + l_1428;
l_mut_469 = float(1.0);
const float l_1430 = shared_memory_18[l_1423];
l_mut_469 = l_1430;
const float_4 l_1431 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_27 = l_1431;
l_mut_1432 = l_mut_27;
const uint l_1433 = l_1423 * uint(136);
const uint l_1434 = l_1424 * uint(4);
const uint l_1435 = l_1433 + l_1434;
const uint l_1436 = l_1435 + uint(0);
const float l_1437 = shared_memory_15[l_1436];
const float l_1438 = l_1437 * l_mut_469;
l_mut_1432.i_0 = l_1438;
const uint l_1439 = l_1423 * uint(136);
const uint l_1440 = l_1424 * uint(4);
const uint l_1441 = l_1439 + l_1440;
const uint l_1442 = l_1441 + uint(1);
const float l_1443 = shared_memory_15[l_1442];
const float l_1444 = l_1443 * l_mut_469;
l_mut_1432.i_1 = l_1444;
const uint l_1445 = l_1423 * uint(136);
const uint l_1446 = l_1424 * uint(4);
const uint l_1447 = l_1445 + l_1446;
const uint l_1448 = l_1447 + uint(2);
const float l_1449 = shared_memory_15[l_1448];
const float l_1450 = l_1449 * l_mut_469;
l_mut_1432.i_2 = l_1450;
const uint l_1451 = l_1423 * uint(136);
const uint l_1452 = l_1424 * uint(4);
const uint l_1453 = l_1451 + l_1452;
const uint l_1454 = l_1453 + uint(3);
const float l_1455 = shared_memory_15[l_1454];
const float l_1456 = l_1455 * l_mut_469;
l_mut_1432.i_3 = l_1456;
const uint l_1457 = l_mut_3 + l_1426;
const uint l_1458 = l_1457 * info.scalars_uint[0];
const uint l_1459 = l_1458 + l_1429;
const uint l_1460 = l_1459 * uint(32);
const uint l_1461 = l_1460 + l_1424;
buffer_7[l_1461] = l_mut_1432;
}
l_mut_83 = l_mut_83 + uint(128);
}

}
