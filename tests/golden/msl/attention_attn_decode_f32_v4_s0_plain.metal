
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

float_4 l_arr_156[2];

float l_arr_88[16];

float_4 l_arr_288[2];

float_4 l_arr_419[2];

float_4 l_arr_550[2];

float l_arr_89[4];

float l_arr_1278[4];

bool l_mut_697;
float l_mut_159;
float l_mut_688;
float l_mut_692;
float l_mut_693;
float_4 l_mut_1656;
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
const float_4 l_157 = l_arr_86[uint(0)];
l_arr_156[uint(0)] = reinterpret_cast<thread float_4 const&>(l_157);
const float_4 l_158 = l_arr_86[uint(1)];
l_arr_156[uint(1)] = reinterpret_cast<thread float_4 const&>(l_158);
l_mut_159 = float(0.0);
const float_4 l_160 = l_arr_156[uint(0)];
const float_4 l_161 = l_arr_41[uint(0)];
const float l_162 = l_160.i_0;
const float l_163 = l_161.i_0;
const float l_164 = l_162 * l_163;
l_mut_159 = l_mut_159 + l_164;
const float l_165 = l_160.i_1;
const float l_166 = l_161.i_1;
const float l_167 = l_165 * l_166;
l_mut_159 = l_mut_159 + l_167;
const float l_168 = l_160.i_2;
const float l_169 = l_161.i_2;
const float l_170 = l_168 * l_169;
l_mut_159 = l_mut_159 + l_170;
const float l_171 = l_160.i_3;
const float l_172 = l_161.i_3;
const float l_173 = l_171 * l_172;
l_mut_159 = l_mut_159 + l_173;
const float_4 l_174 = l_arr_156[uint(1)];
const float_4 l_175 = l_arr_41[uint(1)];
const float l_176 = l_174.i_0;
const float l_177 = l_175.i_0;
const float l_178 = l_176 * l_177;
l_mut_159 = l_mut_159 + l_178;
const float l_179 = l_174.i_1;
const float l_180 = l_175.i_1;
const float l_181 = l_179 * l_180;
l_mut_159 = l_mut_159 + l_181;
const float l_182 = l_174.i_2;
const float l_183 = l_175.i_2;
const float l_184 = l_182 * l_183;
l_mut_159 = l_mut_159 + l_184;
const float l_185 = l_174.i_3;
const float l_186 = l_175.i_3;
const float l_187 = l_185 * l_186;
l_mut_159 = l_mut_159 + l_187;
const float l_188 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_188;
const float l_189 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_189;
const float l_190 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_190;
const float l_191 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_191;
l_arr_88[uint(0)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_192 = l_arr_156[uint(0)];
const float_4 l_193 = l_arr_41[uint(2)];
const float l_194 = l_192.i_0;
const float l_195 = l_193.i_0;
const float l_196 = l_194 * l_195;
l_mut_159 = l_mut_159 + l_196;
const float l_197 = l_192.i_1;
const float l_198 = l_193.i_1;
const float l_199 = l_197 * l_198;
l_mut_159 = l_mut_159 + l_199;
const float l_200 = l_192.i_2;
const float l_201 = l_193.i_2;
const float l_202 = l_200 * l_201;
l_mut_159 = l_mut_159 + l_202;
const float l_203 = l_192.i_3;
const float l_204 = l_193.i_3;
const float l_205 = l_203 * l_204;
l_mut_159 = l_mut_159 + l_205;
const float_4 l_206 = l_arr_156[uint(1)];
const float_4 l_207 = l_arr_41[uint(3)];
const float l_208 = l_206.i_0;
const float l_209 = l_207.i_0;
const float l_210 = l_208 * l_209;
l_mut_159 = l_mut_159 + l_210;
const float l_211 = l_206.i_1;
const float l_212 = l_207.i_1;
const float l_213 = l_211 * l_212;
l_mut_159 = l_mut_159 + l_213;
const float l_214 = l_206.i_2;
const float l_215 = l_207.i_2;
const float l_216 = l_214 * l_215;
l_mut_159 = l_mut_159 + l_216;
const float l_217 = l_206.i_3;
const float l_218 = l_207.i_3;
const float l_219 = l_217 * l_218;
l_mut_159 = l_mut_159 + l_219;
const float l_220 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_220;
const float l_221 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_221;
const float l_222 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_222;
const float l_223 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_223;
l_arr_88[uint(1)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_224 = l_arr_156[uint(0)];
const float_4 l_225 = l_arr_41[uint(4)];
const float l_226 = l_224.i_0;
const float l_227 = l_225.i_0;
const float l_228 = l_226 * l_227;
l_mut_159 = l_mut_159 + l_228;
const float l_229 = l_224.i_1;
const float l_230 = l_225.i_1;
const float l_231 = l_229 * l_230;
l_mut_159 = l_mut_159 + l_231;
const float l_232 = l_224.i_2;
const float l_233 = l_225.i_2;
const float l_234 = l_232 * l_233;
l_mut_159 = l_mut_159 + l_234;
const float l_235 = l_224.i_3;
const float l_236 = l_225.i_3;
const float l_237 = l_235 * l_236;
l_mut_159 = l_mut_159 + l_237;
const float_4 l_238 = l_arr_156[uint(1)];
const float_4 l_239 = l_arr_41[uint(5)];
const float l_240 = l_238.i_0;
const float l_241 = l_239.i_0;
const float l_242 = l_240 * l_241;
l_mut_159 = l_mut_159 + l_242;
const float l_243 = l_238.i_1;
const float l_244 = l_239.i_1;
const float l_245 = l_243 * l_244;
l_mut_159 = l_mut_159 + l_245;
const float l_246 = l_238.i_2;
const float l_247 = l_239.i_2;
const float l_248 = l_246 * l_247;
l_mut_159 = l_mut_159 + l_248;
const float l_249 = l_238.i_3;
const float l_250 = l_239.i_3;
const float l_251 = l_249 * l_250;
l_mut_159 = l_mut_159 + l_251;
const float l_252 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_252;
const float l_253 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_253;
const float l_254 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_254;
const float l_255 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_255;
l_arr_88[uint(2)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_256 = l_arr_156[uint(0)];
const float_4 l_257 = l_arr_41[uint(6)];
const float l_258 = l_256.i_0;
const float l_259 = l_257.i_0;
const float l_260 = l_258 * l_259;
l_mut_159 = l_mut_159 + l_260;
const float l_261 = l_256.i_1;
const float l_262 = l_257.i_1;
const float l_263 = l_261 * l_262;
l_mut_159 = l_mut_159 + l_263;
const float l_264 = l_256.i_2;
const float l_265 = l_257.i_2;
const float l_266 = l_264 * l_265;
l_mut_159 = l_mut_159 + l_266;
const float l_267 = l_256.i_3;
const float l_268 = l_257.i_3;
const float l_269 = l_267 * l_268;
l_mut_159 = l_mut_159 + l_269;
const float_4 l_270 = l_arr_156[uint(1)];
const float_4 l_271 = l_arr_41[uint(7)];
const float l_272 = l_270.i_0;
const float l_273 = l_271.i_0;
const float l_274 = l_272 * l_273;
l_mut_159 = l_mut_159 + l_274;
const float l_275 = l_270.i_1;
const float l_276 = l_271.i_1;
const float l_277 = l_275 * l_276;
l_mut_159 = l_mut_159 + l_277;
const float l_278 = l_270.i_2;
const float l_279 = l_271.i_2;
const float l_280 = l_278 * l_279;
l_mut_159 = l_mut_159 + l_280;
const float l_281 = l_270.i_3;
const float l_282 = l_271.i_3;
const float l_283 = l_281 * l_282;
l_mut_159 = l_mut_159 + l_283;
const float l_284 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_284;
const float l_285 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_285;
const float l_286 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_286;
const float l_287 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_287;
l_arr_88[uint(3)] = l_mut_159;
const float_4 l_289 = l_arr_86[uint(2)];
l_arr_288[uint(0)] = reinterpret_cast<thread float_4 const&>(l_289);
const float_4 l_290 = l_arr_86[uint(3)];
l_arr_288[uint(1)] = reinterpret_cast<thread float_4 const&>(l_290);
l_mut_159 = float(0.0);
const float_4 l_291 = l_arr_288[uint(0)];
const float_4 l_292 = l_arr_41[uint(0)];
const float l_293 = l_291.i_0;
const float l_294 = l_292.i_0;
const float l_295 = l_293 * l_294;
l_mut_159 = l_mut_159 + l_295;
const float l_296 = l_291.i_1;
const float l_297 = l_292.i_1;
const float l_298 = l_296 * l_297;
l_mut_159 = l_mut_159 + l_298;
const float l_299 = l_291.i_2;
const float l_300 = l_292.i_2;
const float l_301 = l_299 * l_300;
l_mut_159 = l_mut_159 + l_301;
const float l_302 = l_291.i_3;
const float l_303 = l_292.i_3;
const float l_304 = l_302 * l_303;
l_mut_159 = l_mut_159 + l_304;
const float_4 l_305 = l_arr_288[uint(1)];
const float_4 l_306 = l_arr_41[uint(1)];
const float l_307 = l_305.i_0;
const float l_308 = l_306.i_0;
const float l_309 = l_307 * l_308;
l_mut_159 = l_mut_159 + l_309;
const float l_310 = l_305.i_1;
const float l_311 = l_306.i_1;
const float l_312 = l_310 * l_311;
l_mut_159 = l_mut_159 + l_312;
const float l_313 = l_305.i_2;
const float l_314 = l_306.i_2;
const float l_315 = l_313 * l_314;
l_mut_159 = l_mut_159 + l_315;
const float l_316 = l_305.i_3;
const float l_317 = l_306.i_3;
const float l_318 = l_316 * l_317;
l_mut_159 = l_mut_159 + l_318;
const float l_319 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_319;
const float l_320 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_320;
const float l_321 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_321;
const float l_322 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_322;
l_arr_88[uint(4)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_323 = l_arr_288[uint(0)];
const float_4 l_324 = l_arr_41[uint(2)];
const float l_325 = l_323.i_0;
const float l_326 = l_324.i_0;
const float l_327 = l_325 * l_326;
l_mut_159 = l_mut_159 + l_327;
const float l_328 = l_323.i_1;
const float l_329 = l_324.i_1;
const float l_330 = l_328 * l_329;
l_mut_159 = l_mut_159 + l_330;
const float l_331 = l_323.i_2;
const float l_332 = l_324.i_2;
const float l_333 = l_331 * l_332;
l_mut_159 = l_mut_159 + l_333;
const float l_334 = l_323.i_3;
const float l_335 = l_324.i_3;
const float l_336 = l_334 * l_335;
l_mut_159 = l_mut_159 + l_336;
const float_4 l_337 = l_arr_288[uint(1)];
const float_4 l_338 = l_arr_41[uint(3)];
const float l_339 = l_337.i_0;
const float l_340 = l_338.i_0;
const float l_341 = l_339 * l_340;
l_mut_159 = l_mut_159 + l_341;
const float l_342 = l_337.i_1;
const float l_343 = l_338.i_1;
const float l_344 = l_342 * l_343;
l_mut_159 = l_mut_159 + l_344;
const float l_345 = l_337.i_2;
const float l_346 = l_338.i_2;
const float l_347 = l_345 * l_346;
l_mut_159 = l_mut_159 + l_347;
const float l_348 = l_337.i_3;
const float l_349 = l_338.i_3;
const float l_350 = l_348 * l_349;
l_mut_159 = l_mut_159 + l_350;
const float l_351 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_351;
const float l_352 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_352;
const float l_353 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_353;
const float l_354 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_354;
l_arr_88[uint(5)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_355 = l_arr_288[uint(0)];
const float_4 l_356 = l_arr_41[uint(4)];
const float l_357 = l_355.i_0;
const float l_358 = l_356.i_0;
const float l_359 = l_357 * l_358;
l_mut_159 = l_mut_159 + l_359;
const float l_360 = l_355.i_1;
const float l_361 = l_356.i_1;
const float l_362 = l_360 * l_361;
l_mut_159 = l_mut_159 + l_362;
const float l_363 = l_355.i_2;
const float l_364 = l_356.i_2;
const float l_365 = l_363 * l_364;
l_mut_159 = l_mut_159 + l_365;
const float l_366 = l_355.i_3;
const float l_367 = l_356.i_3;
const float l_368 = l_366 * l_367;
l_mut_159 = l_mut_159 + l_368;
const float_4 l_369 = l_arr_288[uint(1)];
const float_4 l_370 = l_arr_41[uint(5)];
const float l_371 = l_369.i_0;
const float l_372 = l_370.i_0;
const float l_373 = l_371 * l_372;
l_mut_159 = l_mut_159 + l_373;
const float l_374 = l_369.i_1;
const float l_375 = l_370.i_1;
const float l_376 = l_374 * l_375;
l_mut_159 = l_mut_159 + l_376;
const float l_377 = l_369.i_2;
const float l_378 = l_370.i_2;
const float l_379 = l_377 * l_378;
l_mut_159 = l_mut_159 + l_379;
const float l_380 = l_369.i_3;
const float l_381 = l_370.i_3;
const float l_382 = l_380 * l_381;
l_mut_159 = l_mut_159 + l_382;
const float l_383 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_383;
const float l_384 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_384;
const float l_385 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_385;
const float l_386 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_386;
l_arr_88[uint(6)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_387 = l_arr_288[uint(0)];
const float_4 l_388 = l_arr_41[uint(6)];
const float l_389 = l_387.i_0;
const float l_390 = l_388.i_0;
const float l_391 = l_389 * l_390;
l_mut_159 = l_mut_159 + l_391;
const float l_392 = l_387.i_1;
const float l_393 = l_388.i_1;
const float l_394 = l_392 * l_393;
l_mut_159 = l_mut_159 + l_394;
const float l_395 = l_387.i_2;
const float l_396 = l_388.i_2;
const float l_397 = l_395 * l_396;
l_mut_159 = l_mut_159 + l_397;
const float l_398 = l_387.i_3;
const float l_399 = l_388.i_3;
const float l_400 = l_398 * l_399;
l_mut_159 = l_mut_159 + l_400;
const float_4 l_401 = l_arr_288[uint(1)];
const float_4 l_402 = l_arr_41[uint(7)];
const float l_403 = l_401.i_0;
const float l_404 = l_402.i_0;
const float l_405 = l_403 * l_404;
l_mut_159 = l_mut_159 + l_405;
const float l_406 = l_401.i_1;
const float l_407 = l_402.i_1;
const float l_408 = l_406 * l_407;
l_mut_159 = l_mut_159 + l_408;
const float l_409 = l_401.i_2;
const float l_410 = l_402.i_2;
const float l_411 = l_409 * l_410;
l_mut_159 = l_mut_159 + l_411;
const float l_412 = l_401.i_3;
const float l_413 = l_402.i_3;
const float l_414 = l_412 * l_413;
l_mut_159 = l_mut_159 + l_414;
const float l_415 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_415;
const float l_416 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_416;
const float l_417 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_417;
const float l_418 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_418;
l_arr_88[uint(7)] = l_mut_159;
const float_4 l_420 = l_arr_86[uint(4)];
l_arr_419[uint(0)] = reinterpret_cast<thread float_4 const&>(l_420);
const float_4 l_421 = l_arr_86[uint(5)];
l_arr_419[uint(1)] = reinterpret_cast<thread float_4 const&>(l_421);
l_mut_159 = float(0.0);
const float_4 l_422 = l_arr_419[uint(0)];
const float_4 l_423 = l_arr_41[uint(0)];
const float l_424 = l_422.i_0;
const float l_425 = l_423.i_0;
const float l_426 = l_424 * l_425;
l_mut_159 = l_mut_159 + l_426;
const float l_427 = l_422.i_1;
const float l_428 = l_423.i_1;
const float l_429 = l_427 * l_428;
l_mut_159 = l_mut_159 + l_429;
const float l_430 = l_422.i_2;
const float l_431 = l_423.i_2;
const float l_432 = l_430 * l_431;
l_mut_159 = l_mut_159 + l_432;
const float l_433 = l_422.i_3;
const float l_434 = l_423.i_3;
const float l_435 = l_433 * l_434;
l_mut_159 = l_mut_159 + l_435;
const float_4 l_436 = l_arr_419[uint(1)];
const float_4 l_437 = l_arr_41[uint(1)];
const float l_438 = l_436.i_0;
const float l_439 = l_437.i_0;
const float l_440 = l_438 * l_439;
l_mut_159 = l_mut_159 + l_440;
const float l_441 = l_436.i_1;
const float l_442 = l_437.i_1;
const float l_443 = l_441 * l_442;
l_mut_159 = l_mut_159 + l_443;
const float l_444 = l_436.i_2;
const float l_445 = l_437.i_2;
const float l_446 = l_444 * l_445;
l_mut_159 = l_mut_159 + l_446;
const float l_447 = l_436.i_3;
const float l_448 = l_437.i_3;
const float l_449 = l_447 * l_448;
l_mut_159 = l_mut_159 + l_449;
const float l_450 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_450;
const float l_451 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_451;
const float l_452 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_452;
const float l_453 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_453;
l_arr_88[uint(8)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_454 = l_arr_419[uint(0)];
const float_4 l_455 = l_arr_41[uint(2)];
const float l_456 = l_454.i_0;
const float l_457 = l_455.i_0;
const float l_458 = l_456 * l_457;
l_mut_159 = l_mut_159 + l_458;
const float l_459 = l_454.i_1;
const float l_460 = l_455.i_1;
const float l_461 = l_459 * l_460;
l_mut_159 = l_mut_159 + l_461;
const float l_462 = l_454.i_2;
const float l_463 = l_455.i_2;
const float l_464 = l_462 * l_463;
l_mut_159 = l_mut_159 + l_464;
const float l_465 = l_454.i_3;
const float l_466 = l_455.i_3;
const float l_467 = l_465 * l_466;
l_mut_159 = l_mut_159 + l_467;
const float_4 l_468 = l_arr_419[uint(1)];
const float_4 l_469 = l_arr_41[uint(3)];
const float l_470 = l_468.i_0;
const float l_471 = l_469.i_0;
const float l_472 = l_470 * l_471;
l_mut_159 = l_mut_159 + l_472;
const float l_473 = l_468.i_1;
const float l_474 = l_469.i_1;
const float l_475 = l_473 * l_474;
l_mut_159 = l_mut_159 + l_475;
const float l_476 = l_468.i_2;
const float l_477 = l_469.i_2;
const float l_478 = l_476 * l_477;
l_mut_159 = l_mut_159 + l_478;
const float l_479 = l_468.i_3;
const float l_480 = l_469.i_3;
const float l_481 = l_479 * l_480;
l_mut_159 = l_mut_159 + l_481;
const float l_482 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_482;
const float l_483 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_483;
const float l_484 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_484;
const float l_485 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_485;
l_arr_88[uint(9)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_486 = l_arr_419[uint(0)];
const float_4 l_487 = l_arr_41[uint(4)];
const float l_488 = l_486.i_0;
const float l_489 = l_487.i_0;
const float l_490 = l_488 * l_489;
l_mut_159 = l_mut_159 + l_490;
const float l_491 = l_486.i_1;
const float l_492 = l_487.i_1;
const float l_493 = l_491 * l_492;
l_mut_159 = l_mut_159 + l_493;
const float l_494 = l_486.i_2;
const float l_495 = l_487.i_2;
const float l_496 = l_494 * l_495;
l_mut_159 = l_mut_159 + l_496;
const float l_497 = l_486.i_3;
const float l_498 = l_487.i_3;
const float l_499 = l_497 * l_498;
l_mut_159 = l_mut_159 + l_499;
const float_4 l_500 = l_arr_419[uint(1)];
const float_4 l_501 = l_arr_41[uint(5)];
const float l_502 = l_500.i_0;
const float l_503 = l_501.i_0;
const float l_504 = l_502 * l_503;
l_mut_159 = l_mut_159 + l_504;
const float l_505 = l_500.i_1;
const float l_506 = l_501.i_1;
const float l_507 = l_505 * l_506;
l_mut_159 = l_mut_159 + l_507;
const float l_508 = l_500.i_2;
const float l_509 = l_501.i_2;
const float l_510 = l_508 * l_509;
l_mut_159 = l_mut_159 + l_510;
const float l_511 = l_500.i_3;
const float l_512 = l_501.i_3;
const float l_513 = l_511 * l_512;
l_mut_159 = l_mut_159 + l_513;
const float l_514 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_514;
const float l_515 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_515;
const float l_516 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_516;
const float l_517 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_517;
l_arr_88[uint(10)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_518 = l_arr_419[uint(0)];
const float_4 l_519 = l_arr_41[uint(6)];
const float l_520 = l_518.i_0;
const float l_521 = l_519.i_0;
const float l_522 = l_520 * l_521;
l_mut_159 = l_mut_159 + l_522;
const float l_523 = l_518.i_1;
const float l_524 = l_519.i_1;
const float l_525 = l_523 * l_524;
l_mut_159 = l_mut_159 + l_525;
const float l_526 = l_518.i_2;
const float l_527 = l_519.i_2;
const float l_528 = l_526 * l_527;
l_mut_159 = l_mut_159 + l_528;
const float l_529 = l_518.i_3;
const float l_530 = l_519.i_3;
const float l_531 = l_529 * l_530;
l_mut_159 = l_mut_159 + l_531;
const float_4 l_532 = l_arr_419[uint(1)];
const float_4 l_533 = l_arr_41[uint(7)];
const float l_534 = l_532.i_0;
const float l_535 = l_533.i_0;
const float l_536 = l_534 * l_535;
l_mut_159 = l_mut_159 + l_536;
const float l_537 = l_532.i_1;
const float l_538 = l_533.i_1;
const float l_539 = l_537 * l_538;
l_mut_159 = l_mut_159 + l_539;
const float l_540 = l_532.i_2;
const float l_541 = l_533.i_2;
const float l_542 = l_540 * l_541;
l_mut_159 = l_mut_159 + l_542;
const float l_543 = l_532.i_3;
const float l_544 = l_533.i_3;
const float l_545 = l_543 * l_544;
l_mut_159 = l_mut_159 + l_545;
const float l_546 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_546;
const float l_547 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_547;
const float l_548 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_548;
const float l_549 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_549;
l_arr_88[uint(11)] = l_mut_159;
const float_4 l_551 = l_arr_86[uint(6)];
l_arr_550[uint(0)] = reinterpret_cast<thread float_4 const&>(l_551);
const float_4 l_552 = l_arr_86[uint(7)];
l_arr_550[uint(1)] = reinterpret_cast<thread float_4 const&>(l_552);
l_mut_159 = float(0.0);
const float_4 l_553 = l_arr_550[uint(0)];
const float_4 l_554 = l_arr_41[uint(0)];
const float l_555 = l_553.i_0;
const float l_556 = l_554.i_0;
const float l_557 = l_555 * l_556;
l_mut_159 = l_mut_159 + l_557;
const float l_558 = l_553.i_1;
const float l_559 = l_554.i_1;
const float l_560 = l_558 * l_559;
l_mut_159 = l_mut_159 + l_560;
const float l_561 = l_553.i_2;
const float l_562 = l_554.i_2;
const float l_563 = l_561 * l_562;
l_mut_159 = l_mut_159 + l_563;
const float l_564 = l_553.i_3;
const float l_565 = l_554.i_3;
const float l_566 = l_564 * l_565;
l_mut_159 = l_mut_159 + l_566;
const float_4 l_567 = l_arr_550[uint(1)];
const float_4 l_568 = l_arr_41[uint(1)];
const float l_569 = l_567.i_0;
const float l_570 = l_568.i_0;
const float l_571 = l_569 * l_570;
l_mut_159 = l_mut_159 + l_571;
const float l_572 = l_567.i_1;
const float l_573 = l_568.i_1;
const float l_574 = l_572 * l_573;
l_mut_159 = l_mut_159 + l_574;
const float l_575 = l_567.i_2;
const float l_576 = l_568.i_2;
const float l_577 = l_575 * l_576;
l_mut_159 = l_mut_159 + l_577;
const float l_578 = l_567.i_3;
const float l_579 = l_568.i_3;
const float l_580 = l_578 * l_579;
l_mut_159 = l_mut_159 + l_580;
const float l_581 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_581;
const float l_582 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_582;
const float l_583 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_583;
const float l_584 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_584;
l_arr_88[uint(12)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_585 = l_arr_550[uint(0)];
const float_4 l_586 = l_arr_41[uint(2)];
const float l_587 = l_585.i_0;
const float l_588 = l_586.i_0;
const float l_589 = l_587 * l_588;
l_mut_159 = l_mut_159 + l_589;
const float l_590 = l_585.i_1;
const float l_591 = l_586.i_1;
const float l_592 = l_590 * l_591;
l_mut_159 = l_mut_159 + l_592;
const float l_593 = l_585.i_2;
const float l_594 = l_586.i_2;
const float l_595 = l_593 * l_594;
l_mut_159 = l_mut_159 + l_595;
const float l_596 = l_585.i_3;
const float l_597 = l_586.i_3;
const float l_598 = l_596 * l_597;
l_mut_159 = l_mut_159 + l_598;
const float_4 l_599 = l_arr_550[uint(1)];
const float_4 l_600 = l_arr_41[uint(3)];
const float l_601 = l_599.i_0;
const float l_602 = l_600.i_0;
const float l_603 = l_601 * l_602;
l_mut_159 = l_mut_159 + l_603;
const float l_604 = l_599.i_1;
const float l_605 = l_600.i_1;
const float l_606 = l_604 * l_605;
l_mut_159 = l_mut_159 + l_606;
const float l_607 = l_599.i_2;
const float l_608 = l_600.i_2;
const float l_609 = l_607 * l_608;
l_mut_159 = l_mut_159 + l_609;
const float l_610 = l_599.i_3;
const float l_611 = l_600.i_3;
const float l_612 = l_610 * l_611;
l_mut_159 = l_mut_159 + l_612;
const float l_613 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_613;
const float l_614 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_614;
const float l_615 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_615;
const float l_616 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_616;
l_arr_88[uint(13)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_617 = l_arr_550[uint(0)];
const float_4 l_618 = l_arr_41[uint(4)];
const float l_619 = l_617.i_0;
const float l_620 = l_618.i_0;
const float l_621 = l_619 * l_620;
l_mut_159 = l_mut_159 + l_621;
const float l_622 = l_617.i_1;
const float l_623 = l_618.i_1;
const float l_624 = l_622 * l_623;
l_mut_159 = l_mut_159 + l_624;
const float l_625 = l_617.i_2;
const float l_626 = l_618.i_2;
const float l_627 = l_625 * l_626;
l_mut_159 = l_mut_159 + l_627;
const float l_628 = l_617.i_3;
const float l_629 = l_618.i_3;
const float l_630 = l_628 * l_629;
l_mut_159 = l_mut_159 + l_630;
const float_4 l_631 = l_arr_550[uint(1)];
const float_4 l_632 = l_arr_41[uint(5)];
const float l_633 = l_631.i_0;
const float l_634 = l_632.i_0;
const float l_635 = l_633 * l_634;
l_mut_159 = l_mut_159 + l_635;
const float l_636 = l_631.i_1;
const float l_637 = l_632.i_1;
const float l_638 = l_636 * l_637;
l_mut_159 = l_mut_159 + l_638;
const float l_639 = l_631.i_2;
const float l_640 = l_632.i_2;
const float l_641 = l_639 * l_640;
l_mut_159 = l_mut_159 + l_641;
const float l_642 = l_631.i_3;
const float l_643 = l_632.i_3;
const float l_644 = l_642 * l_643;
l_mut_159 = l_mut_159 + l_644;
const float l_645 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_645;
const float l_646 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_646;
const float l_647 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_647;
const float l_648 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_648;
l_arr_88[uint(14)] = l_mut_159;
l_mut_159 = float(0.0);
const float_4 l_649 = l_arr_550[uint(0)];
const float_4 l_650 = l_arr_41[uint(6)];
const float l_651 = l_649.i_0;
const float l_652 = l_650.i_0;
const float l_653 = l_651 * l_652;
l_mut_159 = l_mut_159 + l_653;
const float l_654 = l_649.i_1;
const float l_655 = l_650.i_1;
const float l_656 = l_654 * l_655;
l_mut_159 = l_mut_159 + l_656;
const float l_657 = l_649.i_2;
const float l_658 = l_650.i_2;
const float l_659 = l_657 * l_658;
l_mut_159 = l_mut_159 + l_659;
const float l_660 = l_649.i_3;
const float l_661 = l_650.i_3;
const float l_662 = l_660 * l_661;
l_mut_159 = l_mut_159 + l_662;
const float_4 l_663 = l_arr_550[uint(1)];
const float_4 l_664 = l_arr_41[uint(7)];
const float l_665 = l_663.i_0;
const float l_666 = l_664.i_0;
const float l_667 = l_665 * l_666;
l_mut_159 = l_mut_159 + l_667;
const float l_668 = l_663.i_1;
const float l_669 = l_664.i_1;
const float l_670 = l_668 * l_669;
l_mut_159 = l_mut_159 + l_670;
const float l_671 = l_663.i_2;
const float l_672 = l_664.i_2;
const float l_673 = l_671 * l_672;
l_mut_159 = l_mut_159 + l_673;
const float l_674 = l_663.i_3;
const float l_675 = l_664.i_3;
const float l_676 = l_674 * l_675;
l_mut_159 = l_mut_159 + l_676;
const float l_677 = { simd_shuffle_xor(l_mut_159, uint(1)) };
l_mut_159 = l_mut_159 + l_677;
const float l_678 = { simd_shuffle_xor(l_mut_159, uint(2)) };
l_mut_159 = l_mut_159 + l_678;
const float l_679 = { simd_shuffle_xor(l_mut_159, uint(4)) };
l_mut_159 = l_mut_159 + l_679;
const float l_680 = { simd_shuffle_xor(l_mut_159, uint(8)) };
l_mut_159 = l_mut_159 + l_680;
l_arr_88[uint(15)] = l_mut_159;
const uint l_681 = l_8 + uint(0);
const uint l_682 = l_681 / info.scalars_uint[2];
const uint l_683 = l_681 % info.scalars_uint[2];
const uint l_684 = l_11 + l_683;
const float l_685 = l_arr_75[uint(0)];
l_mut_159 = l_685;
const uint l_686 = l_mut_84 + uint(0);
const uint l_687 = l_686 + l_12;
l_mut_688 = info.scalars_float[2];
const bool l_689 = l_687 < l_mut_85;
if (l_689) {
const float l_690 = l_arr_88[uint(0)];
const float l_691 = l_690 * info.scalars_float[0];
l_mut_692 = l_691;
l_mut_693 = l_mut_692;
const bool l_694 = l_682 < l_mut_4;
const bool l_695 = l_687 < l_mut_7;
const bool l_696 = l_694 && l_695;
l_mut_697 = l_696;
if (l_mut_697) {
const uint l_698 = l_0 * info.scalars_uint[6];
const uint l_699 = l_684 * info.scalars_uint[7];
const uint l_700 = l_698 + l_699;
const uint l_701 = l_682 * info.scalars_uint[4];
const uint l_702 = l_700 + l_701;
const uint l_703 = l_702 + l_687;
}
const bool l_704 = !l_mut_697;
if (l_704) {
l_mut_692 = info.scalars_float[2];
}
l_mut_688 = l_mut_692;
}
const bool l_705 = l_mut_688 > l_mut_159;
if (l_705) {
l_mut_159 = l_mut_688;
}
l_arr_88[uint(0)] = l_mut_688;
const uint l_706 = l_mut_84 + uint(8);
const uint l_707 = l_706 + l_12;
l_mut_693 = info.scalars_float[2];
const bool l_708 = l_707 < l_mut_85;
if (l_708) {
const float l_709 = l_arr_88[uint(4)];
const float l_710 = l_709 * info.scalars_float[0];
l_mut_692 = l_710;
l_mut_688 = l_mut_692;
const bool l_711 = l_682 < l_mut_4;
const bool l_712 = l_707 < l_mut_7;
const bool l_713 = l_711 && l_712;
l_mut_697 = l_713;
if (l_mut_697) {
const uint l_714 = l_0 * info.scalars_uint[6];
const uint l_715 = l_684 * info.scalars_uint[7];
const uint l_716 = l_714 + l_715;
const uint l_717 = l_682 * info.scalars_uint[4];
const uint l_718 = l_716 + l_717;
const uint l_719 = l_718 + l_707;
}
const bool l_720 = !l_mut_697;
if (l_720) {
l_mut_692 = info.scalars_float[2];
}
l_mut_693 = l_mut_692;
}
const bool l_721 = l_mut_693 > l_mut_159;
if (l_721) {
l_mut_159 = l_mut_693;
}
l_arr_88[uint(4)] = l_mut_693;
const uint l_722 = l_mut_84 + uint(16);
const uint l_723 = l_722 + l_12;
l_mut_693 = info.scalars_float[2];
const bool l_724 = l_723 < l_mut_85;
if (l_724) {
const float l_725 = l_arr_88[uint(8)];
const float l_726 = l_725 * info.scalars_float[0];
l_mut_692 = l_726;
l_mut_688 = l_mut_692;
const bool l_727 = l_682 < l_mut_4;
const bool l_728 = l_723 < l_mut_7;
const bool l_729 = l_727 && l_728;
l_mut_697 = l_729;
if (l_mut_697) {
const uint l_730 = l_0 * info.scalars_uint[6];
const uint l_731 = l_684 * info.scalars_uint[7];
const uint l_732 = l_730 + l_731;
const uint l_733 = l_682 * info.scalars_uint[4];
const uint l_734 = l_732 + l_733;
const uint l_735 = l_734 + l_723;
}
const bool l_736 = !l_mut_697;
if (l_736) {
l_mut_692 = info.scalars_float[2];
}
l_mut_693 = l_mut_692;
}
const bool l_737 = l_mut_693 > l_mut_159;
if (l_737) {
l_mut_159 = l_mut_693;
}
l_arr_88[uint(8)] = l_mut_693;
const uint l_738 = l_mut_84 + uint(24);
const uint l_739 = l_738 + l_12;
l_mut_693 = info.scalars_float[2];
const bool l_740 = l_739 < l_mut_85;
if (l_740) {
const float l_741 = l_arr_88[uint(12)];
const float l_742 = l_741 * info.scalars_float[0];
l_mut_692 = l_742;
l_mut_688 = l_mut_692;
const bool l_743 = l_682 < l_mut_4;
const bool l_744 = l_739 < l_mut_7;
const bool l_745 = l_743 && l_744;
l_mut_697 = l_745;
if (l_mut_697) {
const uint l_746 = l_0 * info.scalars_uint[6];
const uint l_747 = l_684 * info.scalars_uint[7];
const uint l_748 = l_746 + l_747;
const uint l_749 = l_682 * info.scalars_uint[4];
const uint l_750 = l_748 + l_749;
const uint l_751 = l_750 + l_739;
}
const bool l_752 = !l_mut_697;
if (l_752) {
l_mut_692 = info.scalars_float[2];
}
l_mut_693 = l_mut_692;
}
const bool l_753 = l_mut_693 > l_mut_159;
if (l_753) {
l_mut_159 = l_mut_693;
}
l_arr_88[uint(12)] = l_mut_693;
l_mut_693 = float(1.0);
const bool l_754 = l_mut_159 > info.scalars_float[2];
if (l_754) {
l_mut_693 = float(0.0);
const bool l_755 = l_685 > info.scalars_float[2];
if (l_755) {
const float l_756 = l_685 - l_mut_159;
const float l_757 = exp(l_756);
l_mut_693 = l_757;
}
}
l_mut_692 = float(0.0);
const float l_758 = l_arr_88[uint(0)];
l_mut_688 = float(0.0);
const bool l_759 = l_758 > info.scalars_float[2];
if (l_759) {
const float l_760 = l_758 - l_mut_159;
const float l_761 = exp(l_760);
l_mut_688 = l_761;
}
l_mut_692 = l_mut_692 + l_mut_688;
l_arr_88[uint(0)] = l_mut_688;
const float l_762 = l_arr_88[uint(4)];
l_mut_688 = float(0.0);
const bool l_763 = l_762 > info.scalars_float[2];
if (l_763) {
const float l_764 = l_762 - l_mut_159;
const float l_765 = exp(l_764);
l_mut_688 = l_765;
}
l_mut_692 = l_mut_692 + l_mut_688;
l_arr_88[uint(4)] = l_mut_688;
const float l_766 = l_arr_88[uint(8)];
l_mut_688 = float(0.0);
const bool l_767 = l_766 > info.scalars_float[2];
if (l_767) {
const float l_768 = l_766 - l_mut_159;
const float l_769 = exp(l_768);
l_mut_688 = l_769;
}
l_mut_692 = l_mut_692 + l_mut_688;
l_arr_88[uint(8)] = l_mut_688;
const float l_770 = l_arr_88[uint(12)];
l_mut_688 = float(0.0);
const bool l_771 = l_770 > info.scalars_float[2];
if (l_771) {
const float l_772 = l_770 - l_mut_159;
const float l_773 = exp(l_772);
l_mut_688 = l_773;
}
l_mut_692 = l_mut_692 + l_mut_688;
l_arr_88[uint(12)] = l_mut_688;
l_arr_75[uint(0)] = l_mut_159;
const float l_774 = l_arr_76[uint(0)];
const float l_775 = l_774 * l_mut_693;
const float l_776 = l_775 + l_mut_692;
l_arr_76[uint(0)] = l_776;
l_arr_89[uint(0)] = l_mut_693;
const uint l_777 = l_8 + uint(1);
const uint l_778 = l_777 / info.scalars_uint[2];
const uint l_779 = l_777 % info.scalars_uint[2];
const uint l_780 = l_11 + l_779;
const float l_781 = l_arr_75[uint(1)];
l_mut_693 = l_781;
const uint l_782 = l_mut_84 + uint(0);
const uint l_783 = l_782 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_784 = l_783 < l_mut_85;
if (l_784) {
const float l_785 = l_arr_88[uint(1)];
const float l_786 = l_785 * info.scalars_float[0];
l_mut_688 = l_786;
l_mut_159 = l_mut_688;
const bool l_787 = l_778 < l_mut_4;
const bool l_788 = l_783 < l_mut_7;
const bool l_789 = l_787 && l_788;
l_mut_697 = l_789;
if (l_mut_697) {
const uint l_790 = l_0 * info.scalars_uint[6];
const uint l_791 = l_780 * info.scalars_uint[7];
const uint l_792 = l_790 + l_791;
const uint l_793 = l_778 * info.scalars_uint[4];
const uint l_794 = l_792 + l_793;
const uint l_795 = l_794 + l_783;
}
const bool l_796 = !l_mut_697;
if (l_796) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_797 = l_mut_692 > l_mut_693;
if (l_797) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(1)] = l_mut_692;
const uint l_798 = l_mut_84 + uint(8);
const uint l_799 = l_798 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_800 = l_799 < l_mut_85;
if (l_800) {
const float l_801 = l_arr_88[uint(5)];
const float l_802 = l_801 * info.scalars_float[0];
l_mut_688 = l_802;
l_mut_159 = l_mut_688;
const bool l_803 = l_778 < l_mut_4;
const bool l_804 = l_799 < l_mut_7;
const bool l_805 = l_803 && l_804;
l_mut_697 = l_805;
if (l_mut_697) {
const uint l_806 = l_0 * info.scalars_uint[6];
const uint l_807 = l_780 * info.scalars_uint[7];
const uint l_808 = l_806 + l_807;
const uint l_809 = l_778 * info.scalars_uint[4];
const uint l_810 = l_808 + l_809;
const uint l_811 = l_810 + l_799;
}
const bool l_812 = !l_mut_697;
if (l_812) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_813 = l_mut_692 > l_mut_693;
if (l_813) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(5)] = l_mut_692;
const uint l_814 = l_mut_84 + uint(16);
const uint l_815 = l_814 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_816 = l_815 < l_mut_85;
if (l_816) {
const float l_817 = l_arr_88[uint(9)];
const float l_818 = l_817 * info.scalars_float[0];
l_mut_688 = l_818;
l_mut_159 = l_mut_688;
const bool l_819 = l_778 < l_mut_4;
const bool l_820 = l_815 < l_mut_7;
const bool l_821 = l_819 && l_820;
l_mut_697 = l_821;
if (l_mut_697) {
const uint l_822 = l_0 * info.scalars_uint[6];
const uint l_823 = l_780 * info.scalars_uint[7];
const uint l_824 = l_822 + l_823;
const uint l_825 = l_778 * info.scalars_uint[4];
const uint l_826 = l_824 + l_825;
const uint l_827 = l_826 + l_815;
}
const bool l_828 = !l_mut_697;
if (l_828) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_829 = l_mut_692 > l_mut_693;
if (l_829) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(9)] = l_mut_692;
const uint l_830 = l_mut_84 + uint(24);
const uint l_831 = l_830 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_832 = l_831 < l_mut_85;
if (l_832) {
const float l_833 = l_arr_88[uint(13)];
const float l_834 = l_833 * info.scalars_float[0];
l_mut_688 = l_834;
l_mut_159 = l_mut_688;
const bool l_835 = l_778 < l_mut_4;
const bool l_836 = l_831 < l_mut_7;
const bool l_837 = l_835 && l_836;
l_mut_697 = l_837;
if (l_mut_697) {
const uint l_838 = l_0 * info.scalars_uint[6];
const uint l_839 = l_780 * info.scalars_uint[7];
const uint l_840 = l_838 + l_839;
const uint l_841 = l_778 * info.scalars_uint[4];
const uint l_842 = l_840 + l_841;
const uint l_843 = l_842 + l_831;
}
const bool l_844 = !l_mut_697;
if (l_844) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_845 = l_mut_692 > l_mut_693;
if (l_845) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(13)] = l_mut_692;
l_mut_692 = float(1.0);
const bool l_846 = l_mut_693 > info.scalars_float[2];
if (l_846) {
l_mut_692 = float(0.0);
const bool l_847 = l_781 > info.scalars_float[2];
if (l_847) {
const float l_848 = l_781 - l_mut_693;
const float l_849 = exp(l_848);
l_mut_692 = l_849;
}
}
l_mut_688 = float(0.0);
const float l_850 = l_arr_88[uint(1)];
l_mut_159 = float(0.0);
const bool l_851 = l_850 > info.scalars_float[2];
if (l_851) {
const float l_852 = l_850 - l_mut_693;
const float l_853 = exp(l_852);
l_mut_159 = l_853;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(1)] = l_mut_159;
const float l_854 = l_arr_88[uint(5)];
l_mut_159 = float(0.0);
const bool l_855 = l_854 > info.scalars_float[2];
if (l_855) {
const float l_856 = l_854 - l_mut_693;
const float l_857 = exp(l_856);
l_mut_159 = l_857;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(5)] = l_mut_159;
const float l_858 = l_arr_88[uint(9)];
l_mut_159 = float(0.0);
const bool l_859 = l_858 > info.scalars_float[2];
if (l_859) {
const float l_860 = l_858 - l_mut_693;
const float l_861 = exp(l_860);
l_mut_159 = l_861;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(9)] = l_mut_159;
const float l_862 = l_arr_88[uint(13)];
l_mut_159 = float(0.0);
const bool l_863 = l_862 > info.scalars_float[2];
if (l_863) {
const float l_864 = l_862 - l_mut_693;
const float l_865 = exp(l_864);
l_mut_159 = l_865;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(13)] = l_mut_159;
l_arr_75[uint(1)] = l_mut_693;
const float l_866 = l_arr_76[uint(1)];
const float l_867 = l_866 * l_mut_692;
const float l_868 = l_867 + l_mut_688;
l_arr_76[uint(1)] = l_868;
l_arr_89[uint(1)] = l_mut_692;
const uint l_869 = l_8 + uint(2);
const uint l_870 = l_869 / info.scalars_uint[2];
const uint l_871 = l_869 % info.scalars_uint[2];
const uint l_872 = l_11 + l_871;
const float l_873 = l_arr_75[uint(2)];
l_mut_693 = l_873;
const uint l_874 = l_mut_84 + uint(0);
const uint l_875 = l_874 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_876 = l_875 < l_mut_85;
if (l_876) {
const float l_877 = l_arr_88[uint(2)];
const float l_878 = l_877 * info.scalars_float[0];
l_mut_688 = l_878;
l_mut_159 = l_mut_688;
const bool l_879 = l_870 < l_mut_4;
const bool l_880 = l_875 < l_mut_7;
const bool l_881 = l_879 && l_880;
l_mut_697 = l_881;
if (l_mut_697) {
const uint l_882 = l_0 * info.scalars_uint[6];
const uint l_883 = l_872 * info.scalars_uint[7];
const uint l_884 = l_882 + l_883;
const uint l_885 = l_870 * info.scalars_uint[4];
const uint l_886 = l_884 + l_885;
const uint l_887 = l_886 + l_875;
}
const bool l_888 = !l_mut_697;
if (l_888) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_889 = l_mut_692 > l_mut_693;
if (l_889) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(2)] = l_mut_692;
const uint l_890 = l_mut_84 + uint(8);
const uint l_891 = l_890 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_892 = l_891 < l_mut_85;
if (l_892) {
const float l_893 = l_arr_88[uint(6)];
const float l_894 = l_893 * info.scalars_float[0];
l_mut_688 = l_894;
l_mut_159 = l_mut_688;
const bool l_895 = l_870 < l_mut_4;
const bool l_896 = l_891 < l_mut_7;
const bool l_897 = l_895 && l_896;
l_mut_697 = l_897;
if (l_mut_697) {
const uint l_898 = l_0 * info.scalars_uint[6];
const uint l_899 = l_872 * info.scalars_uint[7];
const uint l_900 = l_898 + l_899;
const uint l_901 = l_870 * info.scalars_uint[4];
const uint l_902 = l_900 + l_901;
const uint l_903 = l_902 + l_891;
}
const bool l_904 = !l_mut_697;
if (l_904) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_905 = l_mut_692 > l_mut_693;
if (l_905) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(6)] = l_mut_692;
const uint l_906 = l_mut_84 + uint(16);
const uint l_907 = l_906 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_908 = l_907 < l_mut_85;
if (l_908) {
const float l_909 = l_arr_88[uint(10)];
const float l_910 = l_909 * info.scalars_float[0];
l_mut_688 = l_910;
l_mut_159 = l_mut_688;
const bool l_911 = l_870 < l_mut_4;
const bool l_912 = l_907 < l_mut_7;
const bool l_913 = l_911 && l_912;
l_mut_697 = l_913;
if (l_mut_697) {
const uint l_914 = l_0 * info.scalars_uint[6];
const uint l_915 = l_872 * info.scalars_uint[7];
const uint l_916 = l_914 + l_915;
const uint l_917 = l_870 * info.scalars_uint[4];
const uint l_918 = l_916 + l_917;
const uint l_919 = l_918 + l_907;
}
const bool l_920 = !l_mut_697;
if (l_920) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_921 = l_mut_692 > l_mut_693;
if (l_921) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(10)] = l_mut_692;
const uint l_922 = l_mut_84 + uint(24);
const uint l_923 = l_922 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_924 = l_923 < l_mut_85;
if (l_924) {
const float l_925 = l_arr_88[uint(14)];
const float l_926 = l_925 * info.scalars_float[0];
l_mut_688 = l_926;
l_mut_159 = l_mut_688;
const bool l_927 = l_870 < l_mut_4;
const bool l_928 = l_923 < l_mut_7;
const bool l_929 = l_927 && l_928;
l_mut_697 = l_929;
if (l_mut_697) {
const uint l_930 = l_0 * info.scalars_uint[6];
const uint l_931 = l_872 * info.scalars_uint[7];
const uint l_932 = l_930 + l_931;
const uint l_933 = l_870 * info.scalars_uint[4];
const uint l_934 = l_932 + l_933;
const uint l_935 = l_934 + l_923;
}
const bool l_936 = !l_mut_697;
if (l_936) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_937 = l_mut_692 > l_mut_693;
if (l_937) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(14)] = l_mut_692;
l_mut_692 = float(1.0);
const bool l_938 = l_mut_693 > info.scalars_float[2];
if (l_938) {
l_mut_692 = float(0.0);
const bool l_939 = l_873 > info.scalars_float[2];
if (l_939) {
const float l_940 = l_873 - l_mut_693;
const float l_941 = exp(l_940);
l_mut_692 = l_941;
}
}
l_mut_688 = float(0.0);
const float l_942 = l_arr_88[uint(2)];
l_mut_159 = float(0.0);
const bool l_943 = l_942 > info.scalars_float[2];
if (l_943) {
const float l_944 = l_942 - l_mut_693;
const float l_945 = exp(l_944);
l_mut_159 = l_945;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(2)] = l_mut_159;
const float l_946 = l_arr_88[uint(6)];
l_mut_159 = float(0.0);
const bool l_947 = l_946 > info.scalars_float[2];
if (l_947) {
const float l_948 = l_946 - l_mut_693;
const float l_949 = exp(l_948);
l_mut_159 = l_949;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(6)] = l_mut_159;
const float l_950 = l_arr_88[uint(10)];
l_mut_159 = float(0.0);
const bool l_951 = l_950 > info.scalars_float[2];
if (l_951) {
const float l_952 = l_950 - l_mut_693;
const float l_953 = exp(l_952);
l_mut_159 = l_953;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(10)] = l_mut_159;
const float l_954 = l_arr_88[uint(14)];
l_mut_159 = float(0.0);
const bool l_955 = l_954 > info.scalars_float[2];
if (l_955) {
const float l_956 = l_954 - l_mut_693;
const float l_957 = exp(l_956);
l_mut_159 = l_957;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(14)] = l_mut_159;
l_arr_75[uint(2)] = l_mut_693;
const float l_958 = l_arr_76[uint(2)];
const float l_959 = l_958 * l_mut_692;
const float l_960 = l_959 + l_mut_688;
l_arr_76[uint(2)] = l_960;
l_arr_89[uint(2)] = l_mut_692;
const uint l_961 = l_8 + uint(3);
const uint l_962 = l_961 / info.scalars_uint[2];
const uint l_963 = l_961 % info.scalars_uint[2];
const uint l_964 = l_11 + l_963;
const float l_965 = l_arr_75[uint(3)];
l_mut_693 = l_965;
const uint l_966 = l_mut_84 + uint(0);
const uint l_967 = l_966 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_968 = l_967 < l_mut_85;
if (l_968) {
const float l_969 = l_arr_88[uint(3)];
const float l_970 = l_969 * info.scalars_float[0];
l_mut_688 = l_970;
l_mut_159 = l_mut_688;
const bool l_971 = l_962 < l_mut_4;
const bool l_972 = l_967 < l_mut_7;
const bool l_973 = l_971 && l_972;
l_mut_697 = l_973;
if (l_mut_697) {
const uint l_974 = l_0 * info.scalars_uint[6];
const uint l_975 = l_964 * info.scalars_uint[7];
const uint l_976 = l_974 + l_975;
const uint l_977 = l_962 * info.scalars_uint[4];
const uint l_978 = l_976 + l_977;
const uint l_979 = l_978 + l_967;
}
const bool l_980 = !l_mut_697;
if (l_980) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_981 = l_mut_692 > l_mut_693;
if (l_981) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(3)] = l_mut_692;
const uint l_982 = l_mut_84 + uint(8);
const uint l_983 = l_982 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_984 = l_983 < l_mut_85;
if (l_984) {
const float l_985 = l_arr_88[uint(7)];
const float l_986 = l_985 * info.scalars_float[0];
l_mut_688 = l_986;
l_mut_159 = l_mut_688;
const bool l_987 = l_962 < l_mut_4;
const bool l_988 = l_983 < l_mut_7;
const bool l_989 = l_987 && l_988;
l_mut_697 = l_989;
if (l_mut_697) {
const uint l_990 = l_0 * info.scalars_uint[6];
const uint l_991 = l_964 * info.scalars_uint[7];
const uint l_992 = l_990 + l_991;
const uint l_993 = l_962 * info.scalars_uint[4];
const uint l_994 = l_992 + l_993;
const uint l_995 = l_994 + l_983;
}
const bool l_996 = !l_mut_697;
if (l_996) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_997 = l_mut_692 > l_mut_693;
if (l_997) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(7)] = l_mut_692;
const uint l_998 = l_mut_84 + uint(16);
const uint l_999 = l_998 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_1000 = l_999 < l_mut_85;
if (l_1000) {
const float l_1001 = l_arr_88[uint(11)];
const float l_1002 = l_1001 * info.scalars_float[0];
l_mut_688 = l_1002;
l_mut_159 = l_mut_688;
const bool l_1003 = l_962 < l_mut_4;
const bool l_1004 = l_999 < l_mut_7;
const bool l_1005 = l_1003 && l_1004;
l_mut_697 = l_1005;
if (l_mut_697) {
const uint l_1006 = l_0 * info.scalars_uint[6];
const uint l_1007 = l_964 * info.scalars_uint[7];
const uint l_1008 = l_1006 + l_1007;
const uint l_1009 = l_962 * info.scalars_uint[4];
const uint l_1010 = l_1008 + l_1009;
const uint l_1011 = l_1010 + l_999;
}
const bool l_1012 = !l_mut_697;
if (l_1012) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_1013 = l_mut_692 > l_mut_693;
if (l_1013) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(11)] = l_mut_692;
const uint l_1014 = l_mut_84 + uint(24);
const uint l_1015 = l_1014 + l_12;
l_mut_692 = info.scalars_float[2];
const bool l_1016 = l_1015 < l_mut_85;
if (l_1016) {
const float l_1017 = l_arr_88[uint(15)];
const float l_1018 = l_1017 * info.scalars_float[0];
l_mut_688 = l_1018;
l_mut_159 = l_mut_688;
const bool l_1019 = l_962 < l_mut_4;
const bool l_1020 = l_1015 < l_mut_7;
const bool l_1021 = l_1019 && l_1020;
l_mut_697 = l_1021;
if (l_mut_697) {
const uint l_1022 = l_0 * info.scalars_uint[6];
const uint l_1023 = l_964 * info.scalars_uint[7];
const uint l_1024 = l_1022 + l_1023;
const uint l_1025 = l_962 * info.scalars_uint[4];
const uint l_1026 = l_1024 + l_1025;
const uint l_1027 = l_1026 + l_1015;
}
const bool l_1028 = !l_mut_697;
if (l_1028) {
l_mut_688 = info.scalars_float[2];
}
l_mut_692 = l_mut_688;
}
const bool l_1029 = l_mut_692 > l_mut_693;
if (l_1029) {
l_mut_693 = l_mut_692;
}
l_arr_88[uint(15)] = l_mut_692;
l_mut_692 = float(1.0);
const bool l_1030 = l_mut_693 > info.scalars_float[2];
if (l_1030) {
l_mut_692 = float(0.0);
const bool l_1031 = l_965 > info.scalars_float[2];
if (l_1031) {
const float l_1032 = l_965 - l_mut_693;
const float l_1033 = exp(l_1032);
l_mut_692 = l_1033;
}
}
l_mut_688 = float(0.0);
const float l_1034 = l_arr_88[uint(3)];
l_mut_159 = float(0.0);
const bool l_1035 = l_1034 > info.scalars_float[2];
if (l_1035) {
const float l_1036 = l_1034 - l_mut_693;
const float l_1037 = exp(l_1036);
l_mut_159 = l_1037;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(3)] = l_mut_159;
const float l_1038 = l_arr_88[uint(7)];
l_mut_159 = float(0.0);
const bool l_1039 = l_1038 > info.scalars_float[2];
if (l_1039) {
const float l_1040 = l_1038 - l_mut_693;
const float l_1041 = exp(l_1040);
l_mut_159 = l_1041;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(7)] = l_mut_159;
const float l_1042 = l_arr_88[uint(11)];
l_mut_159 = float(0.0);
const bool l_1043 = l_1042 > info.scalars_float[2];
if (l_1043) {
const float l_1044 = l_1042 - l_mut_693;
const float l_1045 = exp(l_1044);
l_mut_159 = l_1045;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(11)] = l_mut_159;
const float l_1046 = l_arr_88[uint(15)];
l_mut_159 = float(0.0);
const bool l_1047 = l_1046 > info.scalars_float[2];
if (l_1047) {
const float l_1048 = l_1046 - l_mut_693;
const float l_1049 = exp(l_1048);
l_mut_159 = l_1049;
}
l_mut_688 = l_mut_688 + l_mut_159;
l_arr_88[uint(15)] = l_mut_159;
l_arr_75[uint(3)] = l_mut_693;
const float l_1050 = l_arr_76[uint(3)];
const float l_1051 = l_1050 * l_mut_692;
const float l_1052 = l_1051 + l_mut_688;
l_arr_76[uint(3)] = l_1052;
l_arr_89[uint(3)] = l_mut_692;
const float_4 l_1053 = l_arr_42[uint(0)];
const float l_1054 = l_arr_89[uint(0)];
const float_4 l_1055 = float_4{
l_1054,l_1054,l_1054,l_1054,};
const float_4 l_1056 = float_4{
l_1053.i_0 * l_1055.i_0, l_1053.i_1 * l_1055.i_1, l_1053.i_2 * l_1055.i_2, l_1053.i_3 * l_1055.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_1056);
const float_4 l_1057 = l_arr_42[uint(1)];
const float l_1058 = l_arr_89[uint(0)];
const float_4 l_1059 = float_4{
l_1058,l_1058,l_1058,l_1058,};
const float_4 l_1060 = float_4{
l_1057.i_0 * l_1059.i_0, l_1057.i_1 * l_1059.i_1, l_1057.i_2 * l_1059.i_2, l_1057.i_3 * l_1059.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1060);
const float_4 l_1061 = l_arr_42[uint(2)];
const float l_1062 = l_arr_89[uint(1)];
const float_4 l_1063 = float_4{
l_1062,l_1062,l_1062,l_1062,};
const float_4 l_1064 = float_4{
l_1061.i_0 * l_1063.i_0, l_1061.i_1 * l_1063.i_1, l_1061.i_2 * l_1063.i_2, l_1061.i_3 * l_1063.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_1064);
const float_4 l_1065 = l_arr_42[uint(3)];
const float l_1066 = l_arr_89[uint(1)];
const float_4 l_1067 = float_4{
l_1066,l_1066,l_1066,l_1066,};
const float_4 l_1068 = float_4{
l_1065.i_0 * l_1067.i_0, l_1065.i_1 * l_1067.i_1, l_1065.i_2 * l_1067.i_2, l_1065.i_3 * l_1067.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1068);
const float_4 l_1069 = l_arr_42[uint(4)];
const float l_1070 = l_arr_89[uint(2)];
const float_4 l_1071 = float_4{
l_1070,l_1070,l_1070,l_1070,};
const float_4 l_1072 = float_4{
l_1069.i_0 * l_1071.i_0, l_1069.i_1 * l_1071.i_1, l_1069.i_2 * l_1071.i_2, l_1069.i_3 * l_1071.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1072);
const float_4 l_1073 = l_arr_42[uint(5)];
const float l_1074 = l_arr_89[uint(2)];
const float_4 l_1075 = float_4{
l_1074,l_1074,l_1074,l_1074,};
const float_4 l_1076 = float_4{
l_1073.i_0 * l_1075.i_0, l_1073.i_1 * l_1075.i_1, l_1073.i_2 * l_1075.i_2, l_1073.i_3 * l_1075.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1076);
const float_4 l_1077 = l_arr_42[uint(6)];
const float l_1078 = l_arr_89[uint(3)];
const float_4 l_1079 = float_4{
l_1078,l_1078,l_1078,l_1078,};
const float_4 l_1080 = float_4{
l_1077.i_0 * l_1079.i_0, l_1077.i_1 * l_1079.i_1, l_1077.i_2 * l_1079.i_2, l_1077.i_3 * l_1079.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1080);
const float_4 l_1081 = l_arr_42[uint(7)];
const float l_1082 = l_arr_89[uint(3)];
const float_4 l_1083 = float_4{
l_1082,l_1082,l_1082,l_1082,};
const float_4 l_1084 = float_4{
l_1081.i_0 * l_1083.i_0, l_1081.i_1 * l_1083.i_1, l_1081.i_2 * l_1083.i_2, l_1081.i_3 * l_1083.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1084);
const float_4 l_1085 = l_arr_87[uint(0)];
const float l_1086 = l_arr_88[uint(0)];
const float_4 l_1087 = float_4{
l_1086,l_1086,l_1086,l_1086,};
const float_4 l_1088 = float_4{
l_1085.i_0 * l_1087.i_0, l_1085.i_1 * l_1087.i_1, l_1085.i_2 * l_1087.i_2, l_1085.i_3 * l_1087.i_3, };
const float_4 l_1089 = l_arr_42[uint(0)];
const float_4 l_1090 = float_4{
l_1089.i_0 + l_1088.i_0, l_1089.i_1 + l_1088.i_1, l_1089.i_2 + l_1088.i_2, l_1089.i_3 + l_1088.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_1090);
const float l_1091 = l_arr_88[uint(1)];
const float_4 l_1092 = float_4{
l_1091,l_1091,l_1091,l_1091,};
const float_4 l_1093 = float_4{
l_1085.i_0 * l_1092.i_0, l_1085.i_1 * l_1092.i_1, l_1085.i_2 * l_1092.i_2, l_1085.i_3 * l_1092.i_3, };
const float_4 l_1094 = l_arr_42[uint(2)];
const float_4 l_1095 = float_4{
l_1094.i_0 + l_1093.i_0, l_1094.i_1 + l_1093.i_1, l_1094.i_2 + l_1093.i_2, l_1094.i_3 + l_1093.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_1095);
const float l_1096 = l_arr_88[uint(2)];
const float_4 l_1097 = float_4{
l_1096,l_1096,l_1096,l_1096,};
const float_4 l_1098 = float_4{
l_1085.i_0 * l_1097.i_0, l_1085.i_1 * l_1097.i_1, l_1085.i_2 * l_1097.i_2, l_1085.i_3 * l_1097.i_3, };
const float_4 l_1099 = l_arr_42[uint(4)];
const float_4 l_1100 = float_4{
l_1099.i_0 + l_1098.i_0, l_1099.i_1 + l_1098.i_1, l_1099.i_2 + l_1098.i_2, l_1099.i_3 + l_1098.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1100);
const float l_1101 = l_arr_88[uint(3)];
const float_4 l_1102 = float_4{
l_1101,l_1101,l_1101,l_1101,};
const float_4 l_1103 = float_4{
l_1085.i_0 * l_1102.i_0, l_1085.i_1 * l_1102.i_1, l_1085.i_2 * l_1102.i_2, l_1085.i_3 * l_1102.i_3, };
const float_4 l_1104 = l_arr_42[uint(6)];
const float_4 l_1105 = float_4{
l_1104.i_0 + l_1103.i_0, l_1104.i_1 + l_1103.i_1, l_1104.i_2 + l_1103.i_2, l_1104.i_3 + l_1103.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1105);
const float_4 l_1106 = l_arr_87[uint(1)];
const float l_1107 = l_arr_88[uint(0)];
const float_4 l_1108 = float_4{
l_1107,l_1107,l_1107,l_1107,};
const float_4 l_1109 = float_4{
l_1106.i_0 * l_1108.i_0, l_1106.i_1 * l_1108.i_1, l_1106.i_2 * l_1108.i_2, l_1106.i_3 * l_1108.i_3, };
const float_4 l_1110 = l_arr_42[uint(1)];
const float_4 l_1111 = float_4{
l_1110.i_0 + l_1109.i_0, l_1110.i_1 + l_1109.i_1, l_1110.i_2 + l_1109.i_2, l_1110.i_3 + l_1109.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1111);
const float l_1112 = l_arr_88[uint(1)];
const float_4 l_1113 = float_4{
l_1112,l_1112,l_1112,l_1112,};
const float_4 l_1114 = float_4{
l_1106.i_0 * l_1113.i_0, l_1106.i_1 * l_1113.i_1, l_1106.i_2 * l_1113.i_2, l_1106.i_3 * l_1113.i_3, };
const float_4 l_1115 = l_arr_42[uint(3)];
const float_4 l_1116 = float_4{
l_1115.i_0 + l_1114.i_0, l_1115.i_1 + l_1114.i_1, l_1115.i_2 + l_1114.i_2, l_1115.i_3 + l_1114.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1116);
const float l_1117 = l_arr_88[uint(2)];
const float_4 l_1118 = float_4{
l_1117,l_1117,l_1117,l_1117,};
const float_4 l_1119 = float_4{
l_1106.i_0 * l_1118.i_0, l_1106.i_1 * l_1118.i_1, l_1106.i_2 * l_1118.i_2, l_1106.i_3 * l_1118.i_3, };
const float_4 l_1120 = l_arr_42[uint(5)];
const float_4 l_1121 = float_4{
l_1120.i_0 + l_1119.i_0, l_1120.i_1 + l_1119.i_1, l_1120.i_2 + l_1119.i_2, l_1120.i_3 + l_1119.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1121);
const float l_1122 = l_arr_88[uint(3)];
const float_4 l_1123 = float_4{
l_1122,l_1122,l_1122,l_1122,};
const float_4 l_1124 = float_4{
l_1106.i_0 * l_1123.i_0, l_1106.i_1 * l_1123.i_1, l_1106.i_2 * l_1123.i_2, l_1106.i_3 * l_1123.i_3, };
const float_4 l_1125 = l_arr_42[uint(7)];
const float_4 l_1126 = float_4{
l_1125.i_0 + l_1124.i_0, l_1125.i_1 + l_1124.i_1, l_1125.i_2 + l_1124.i_2, l_1125.i_3 + l_1124.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1126);
const float_4 l_1127 = l_arr_87[uint(2)];
const float l_1128 = l_arr_88[uint(4)];
const float_4 l_1129 = float_4{
l_1128,l_1128,l_1128,l_1128,};
const float_4 l_1130 = float_4{
l_1127.i_0 * l_1129.i_0, l_1127.i_1 * l_1129.i_1, l_1127.i_2 * l_1129.i_2, l_1127.i_3 * l_1129.i_3, };
const float_4 l_1131 = l_arr_42[uint(0)];
const float_4 l_1132 = float_4{
l_1131.i_0 + l_1130.i_0, l_1131.i_1 + l_1130.i_1, l_1131.i_2 + l_1130.i_2, l_1131.i_3 + l_1130.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_1132);
const float l_1133 = l_arr_88[uint(5)];
const float_4 l_1134 = float_4{
l_1133,l_1133,l_1133,l_1133,};
const float_4 l_1135 = float_4{
l_1127.i_0 * l_1134.i_0, l_1127.i_1 * l_1134.i_1, l_1127.i_2 * l_1134.i_2, l_1127.i_3 * l_1134.i_3, };
const float_4 l_1136 = l_arr_42[uint(2)];
const float_4 l_1137 = float_4{
l_1136.i_0 + l_1135.i_0, l_1136.i_1 + l_1135.i_1, l_1136.i_2 + l_1135.i_2, l_1136.i_3 + l_1135.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_1137);
const float l_1138 = l_arr_88[uint(6)];
const float_4 l_1139 = float_4{
l_1138,l_1138,l_1138,l_1138,};
const float_4 l_1140 = float_4{
l_1127.i_0 * l_1139.i_0, l_1127.i_1 * l_1139.i_1, l_1127.i_2 * l_1139.i_2, l_1127.i_3 * l_1139.i_3, };
const float_4 l_1141 = l_arr_42[uint(4)];
const float_4 l_1142 = float_4{
l_1141.i_0 + l_1140.i_0, l_1141.i_1 + l_1140.i_1, l_1141.i_2 + l_1140.i_2, l_1141.i_3 + l_1140.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1142);
const float l_1143 = l_arr_88[uint(7)];
const float_4 l_1144 = float_4{
l_1143,l_1143,l_1143,l_1143,};
const float_4 l_1145 = float_4{
l_1127.i_0 * l_1144.i_0, l_1127.i_1 * l_1144.i_1, l_1127.i_2 * l_1144.i_2, l_1127.i_3 * l_1144.i_3, };
const float_4 l_1146 = l_arr_42[uint(6)];
const float_4 l_1147 = float_4{
l_1146.i_0 + l_1145.i_0, l_1146.i_1 + l_1145.i_1, l_1146.i_2 + l_1145.i_2, l_1146.i_3 + l_1145.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1147);
const float_4 l_1148 = l_arr_87[uint(3)];
const float l_1149 = l_arr_88[uint(4)];
const float_4 l_1150 = float_4{
l_1149,l_1149,l_1149,l_1149,};
const float_4 l_1151 = float_4{
l_1148.i_0 * l_1150.i_0, l_1148.i_1 * l_1150.i_1, l_1148.i_2 * l_1150.i_2, l_1148.i_3 * l_1150.i_3, };
const float_4 l_1152 = l_arr_42[uint(1)];
const float_4 l_1153 = float_4{
l_1152.i_0 + l_1151.i_0, l_1152.i_1 + l_1151.i_1, l_1152.i_2 + l_1151.i_2, l_1152.i_3 + l_1151.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1153);
const float l_1154 = l_arr_88[uint(5)];
const float_4 l_1155 = float_4{
l_1154,l_1154,l_1154,l_1154,};
const float_4 l_1156 = float_4{
l_1148.i_0 * l_1155.i_0, l_1148.i_1 * l_1155.i_1, l_1148.i_2 * l_1155.i_2, l_1148.i_3 * l_1155.i_3, };
const float_4 l_1157 = l_arr_42[uint(3)];
const float_4 l_1158 = float_4{
l_1157.i_0 + l_1156.i_0, l_1157.i_1 + l_1156.i_1, l_1157.i_2 + l_1156.i_2, l_1157.i_3 + l_1156.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1158);
const float l_1159 = l_arr_88[uint(6)];
const float_4 l_1160 = float_4{
l_1159,l_1159,l_1159,l_1159,};
const float_4 l_1161 = float_4{
l_1148.i_0 * l_1160.i_0, l_1148.i_1 * l_1160.i_1, l_1148.i_2 * l_1160.i_2, l_1148.i_3 * l_1160.i_3, };
const float_4 l_1162 = l_arr_42[uint(5)];
const float_4 l_1163 = float_4{
l_1162.i_0 + l_1161.i_0, l_1162.i_1 + l_1161.i_1, l_1162.i_2 + l_1161.i_2, l_1162.i_3 + l_1161.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1163);
const float l_1164 = l_arr_88[uint(7)];
const float_4 l_1165 = float_4{
l_1164,l_1164,l_1164,l_1164,};
const float_4 l_1166 = float_4{
l_1148.i_0 * l_1165.i_0, l_1148.i_1 * l_1165.i_1, l_1148.i_2 * l_1165.i_2, l_1148.i_3 * l_1165.i_3, };
const float_4 l_1167 = l_arr_42[uint(7)];
const float_4 l_1168 = float_4{
l_1167.i_0 + l_1166.i_0, l_1167.i_1 + l_1166.i_1, l_1167.i_2 + l_1166.i_2, l_1167.i_3 + l_1166.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1168);
const float_4 l_1169 = l_arr_87[uint(4)];
const float l_1170 = l_arr_88[uint(8)];
const float_4 l_1171 = float_4{
l_1170,l_1170,l_1170,l_1170,};
const float_4 l_1172 = float_4{
l_1169.i_0 * l_1171.i_0, l_1169.i_1 * l_1171.i_1, l_1169.i_2 * l_1171.i_2, l_1169.i_3 * l_1171.i_3, };
const float_4 l_1173 = l_arr_42[uint(0)];
const float_4 l_1174 = float_4{
l_1173.i_0 + l_1172.i_0, l_1173.i_1 + l_1172.i_1, l_1173.i_2 + l_1172.i_2, l_1173.i_3 + l_1172.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_1174);
const float l_1175 = l_arr_88[uint(9)];
const float_4 l_1176 = float_4{
l_1175,l_1175,l_1175,l_1175,};
const float_4 l_1177 = float_4{
l_1169.i_0 * l_1176.i_0, l_1169.i_1 * l_1176.i_1, l_1169.i_2 * l_1176.i_2, l_1169.i_3 * l_1176.i_3, };
const float_4 l_1178 = l_arr_42[uint(2)];
const float_4 l_1179 = float_4{
l_1178.i_0 + l_1177.i_0, l_1178.i_1 + l_1177.i_1, l_1178.i_2 + l_1177.i_2, l_1178.i_3 + l_1177.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_1179);
const float l_1180 = l_arr_88[uint(10)];
const float_4 l_1181 = float_4{
l_1180,l_1180,l_1180,l_1180,};
const float_4 l_1182 = float_4{
l_1169.i_0 * l_1181.i_0, l_1169.i_1 * l_1181.i_1, l_1169.i_2 * l_1181.i_2, l_1169.i_3 * l_1181.i_3, };
const float_4 l_1183 = l_arr_42[uint(4)];
const float_4 l_1184 = float_4{
l_1183.i_0 + l_1182.i_0, l_1183.i_1 + l_1182.i_1, l_1183.i_2 + l_1182.i_2, l_1183.i_3 + l_1182.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1184);
const float l_1185 = l_arr_88[uint(11)];
const float_4 l_1186 = float_4{
l_1185,l_1185,l_1185,l_1185,};
const float_4 l_1187 = float_4{
l_1169.i_0 * l_1186.i_0, l_1169.i_1 * l_1186.i_1, l_1169.i_2 * l_1186.i_2, l_1169.i_3 * l_1186.i_3, };
const float_4 l_1188 = l_arr_42[uint(6)];
const float_4 l_1189 = float_4{
l_1188.i_0 + l_1187.i_0, l_1188.i_1 + l_1187.i_1, l_1188.i_2 + l_1187.i_2, l_1188.i_3 + l_1187.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1189);
const float_4 l_1190 = l_arr_87[uint(5)];
const float l_1191 = l_arr_88[uint(8)];
const float_4 l_1192 = float_4{
l_1191,l_1191,l_1191,l_1191,};
const float_4 l_1193 = float_4{
l_1190.i_0 * l_1192.i_0, l_1190.i_1 * l_1192.i_1, l_1190.i_2 * l_1192.i_2, l_1190.i_3 * l_1192.i_3, };
const float_4 l_1194 = l_arr_42[uint(1)];
const float_4 l_1195 = float_4{
l_1194.i_0 + l_1193.i_0, l_1194.i_1 + l_1193.i_1, l_1194.i_2 + l_1193.i_2, l_1194.i_3 + l_1193.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1195);
const float l_1196 = l_arr_88[uint(9)];
const float_4 l_1197 = float_4{
l_1196,l_1196,l_1196,l_1196,};
const float_4 l_1198 = float_4{
l_1190.i_0 * l_1197.i_0, l_1190.i_1 * l_1197.i_1, l_1190.i_2 * l_1197.i_2, l_1190.i_3 * l_1197.i_3, };
const float_4 l_1199 = l_arr_42[uint(3)];
const float_4 l_1200 = float_4{
l_1199.i_0 + l_1198.i_0, l_1199.i_1 + l_1198.i_1, l_1199.i_2 + l_1198.i_2, l_1199.i_3 + l_1198.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1200);
const float l_1201 = l_arr_88[uint(10)];
const float_4 l_1202 = float_4{
l_1201,l_1201,l_1201,l_1201,};
const float_4 l_1203 = float_4{
l_1190.i_0 * l_1202.i_0, l_1190.i_1 * l_1202.i_1, l_1190.i_2 * l_1202.i_2, l_1190.i_3 * l_1202.i_3, };
const float_4 l_1204 = l_arr_42[uint(5)];
const float_4 l_1205 = float_4{
l_1204.i_0 + l_1203.i_0, l_1204.i_1 + l_1203.i_1, l_1204.i_2 + l_1203.i_2, l_1204.i_3 + l_1203.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1205);
const float l_1206 = l_arr_88[uint(11)];
const float_4 l_1207 = float_4{
l_1206,l_1206,l_1206,l_1206,};
const float_4 l_1208 = float_4{
l_1190.i_0 * l_1207.i_0, l_1190.i_1 * l_1207.i_1, l_1190.i_2 * l_1207.i_2, l_1190.i_3 * l_1207.i_3, };
const float_4 l_1209 = l_arr_42[uint(7)];
const float_4 l_1210 = float_4{
l_1209.i_0 + l_1208.i_0, l_1209.i_1 + l_1208.i_1, l_1209.i_2 + l_1208.i_2, l_1209.i_3 + l_1208.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1210);
const float_4 l_1211 = l_arr_87[uint(6)];
const float l_1212 = l_arr_88[uint(12)];
const float_4 l_1213 = float_4{
l_1212,l_1212,l_1212,l_1212,};
const float_4 l_1214 = float_4{
l_1211.i_0 * l_1213.i_0, l_1211.i_1 * l_1213.i_1, l_1211.i_2 * l_1213.i_2, l_1211.i_3 * l_1213.i_3, };
const float_4 l_1215 = l_arr_42[uint(0)];
const float_4 l_1216 = float_4{
l_1215.i_0 + l_1214.i_0, l_1215.i_1 + l_1214.i_1, l_1215.i_2 + l_1214.i_2, l_1215.i_3 + l_1214.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_1216);
const float l_1217 = l_arr_88[uint(13)];
const float_4 l_1218 = float_4{
l_1217,l_1217,l_1217,l_1217,};
const float_4 l_1219 = float_4{
l_1211.i_0 * l_1218.i_0, l_1211.i_1 * l_1218.i_1, l_1211.i_2 * l_1218.i_2, l_1211.i_3 * l_1218.i_3, };
const float_4 l_1220 = l_arr_42[uint(2)];
const float_4 l_1221 = float_4{
l_1220.i_0 + l_1219.i_0, l_1220.i_1 + l_1219.i_1, l_1220.i_2 + l_1219.i_2, l_1220.i_3 + l_1219.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_1221);
const float l_1222 = l_arr_88[uint(14)];
const float_4 l_1223 = float_4{
l_1222,l_1222,l_1222,l_1222,};
const float_4 l_1224 = float_4{
l_1211.i_0 * l_1223.i_0, l_1211.i_1 * l_1223.i_1, l_1211.i_2 * l_1223.i_2, l_1211.i_3 * l_1223.i_3, };
const float_4 l_1225 = l_arr_42[uint(4)];
const float_4 l_1226 = float_4{
l_1225.i_0 + l_1224.i_0, l_1225.i_1 + l_1224.i_1, l_1225.i_2 + l_1224.i_2, l_1225.i_3 + l_1224.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1226);
const float l_1227 = l_arr_88[uint(15)];
const float_4 l_1228 = float_4{
l_1227,l_1227,l_1227,l_1227,};
const float_4 l_1229 = float_4{
l_1211.i_0 * l_1228.i_0, l_1211.i_1 * l_1228.i_1, l_1211.i_2 * l_1228.i_2, l_1211.i_3 * l_1228.i_3, };
const float_4 l_1230 = l_arr_42[uint(6)];
const float_4 l_1231 = float_4{
l_1230.i_0 + l_1229.i_0, l_1230.i_1 + l_1229.i_1, l_1230.i_2 + l_1229.i_2, l_1230.i_3 + l_1229.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1231);
const float_4 l_1232 = l_arr_87[uint(7)];
const float l_1233 = l_arr_88[uint(12)];
const float_4 l_1234 = float_4{
l_1233,l_1233,l_1233,l_1233,};
const float_4 l_1235 = float_4{
l_1232.i_0 * l_1234.i_0, l_1232.i_1 * l_1234.i_1, l_1232.i_2 * l_1234.i_2, l_1232.i_3 * l_1234.i_3, };
const float_4 l_1236 = l_arr_42[uint(1)];
const float_4 l_1237 = float_4{
l_1236.i_0 + l_1235.i_0, l_1236.i_1 + l_1235.i_1, l_1236.i_2 + l_1235.i_2, l_1236.i_3 + l_1235.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1237);
const float l_1238 = l_arr_88[uint(13)];
const float_4 l_1239 = float_4{
l_1238,l_1238,l_1238,l_1238,};
const float_4 l_1240 = float_4{
l_1232.i_0 * l_1239.i_0, l_1232.i_1 * l_1239.i_1, l_1232.i_2 * l_1239.i_2, l_1232.i_3 * l_1239.i_3, };
const float_4 l_1241 = l_arr_42[uint(3)];
const float_4 l_1242 = float_4{
l_1241.i_0 + l_1240.i_0, l_1241.i_1 + l_1240.i_1, l_1241.i_2 + l_1240.i_2, l_1241.i_3 + l_1240.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1242);
const float l_1243 = l_arr_88[uint(14)];
const float_4 l_1244 = float_4{
l_1243,l_1243,l_1243,l_1243,};
const float_4 l_1245 = float_4{
l_1232.i_0 * l_1244.i_0, l_1232.i_1 * l_1244.i_1, l_1232.i_2 * l_1244.i_2, l_1232.i_3 * l_1244.i_3, };
const float_4 l_1246 = l_arr_42[uint(5)];
const float_4 l_1247 = float_4{
l_1246.i_0 + l_1245.i_0, l_1246.i_1 + l_1245.i_1, l_1246.i_2 + l_1245.i_2, l_1246.i_3 + l_1245.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1247);
const float l_1248 = l_arr_88[uint(15)];
const float_4 l_1249 = float_4{
l_1248,l_1248,l_1248,l_1248,};
const float_4 l_1250 = float_4{
l_1232.i_0 * l_1249.i_0, l_1232.i_1 * l_1249.i_1, l_1232.i_2 * l_1249.i_2, l_1232.i_3 * l_1249.i_3, };
const float_4 l_1251 = l_arr_42[uint(7)];
const float_4 l_1252 = float_4{
l_1251.i_0 + l_1250.i_0, l_1251.i_1 + l_1250.i_1, l_1251.i_2 + l_1250.i_2, l_1251.i_3 + l_1250.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1252);
l_mut_84 = l_mut_84 + uint(32);
}
const bool l_1253 = l_13 == uint(0);
if (l_1253) {
const uint l_1254 = l_12 * uint(4);
const uint l_1255 = l_1254 + uint(0);
const float l_1256 = l_arr_75[uint(0)];
shared_memory_16[l_1255] = l_1256;
const uint l_1257 = l_12 * uint(4);
const uint l_1258 = l_1257 + uint(0);
const float l_1259 = l_arr_76[uint(0)];
shared_memory_17[l_1258] = l_1259;
const uint l_1260 = l_12 * uint(4);
const uint l_1261 = l_1260 + uint(1);
const float l_1262 = l_arr_75[uint(1)];
shared_memory_16[l_1261] = l_1262;
const uint l_1263 = l_12 * uint(4);
const uint l_1264 = l_1263 + uint(1);
const float l_1265 = l_arr_76[uint(1)];
shared_memory_17[l_1264] = l_1265;
const uint l_1266 = l_12 * uint(4);
const uint l_1267 = l_1266 + uint(2);
const float l_1268 = l_arr_75[uint(2)];
shared_memory_16[l_1267] = l_1268;
const uint l_1269 = l_12 * uint(4);
const uint l_1270 = l_1269 + uint(2);
const float l_1271 = l_arr_76[uint(2)];
shared_memory_17[l_1270] = l_1271;
const uint l_1272 = l_12 * uint(4);
const uint l_1273 = l_1272 + uint(3);
const float l_1274 = l_arr_75[uint(3)];
shared_memory_16[l_1273] = l_1274;
const uint l_1275 = l_12 * uint(4);
const uint l_1276 = l_1275 + uint(3);
const float l_1277 = l_arr_76[uint(3)];
shared_memory_17[l_1276] = l_1277;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_693 = info.scalars_float[2];

for (uint l_mut_1279 = uint(0); l_mut_1279 < uint(8); ++l_mut_1279) {
const uint l_1280 = l_mut_1279 * uint(4);
const uint l_1281 = l_1280 + uint(0);
const float l_1282 = shared_memory_16[l_1281];
const bool l_1283 = l_1282 > l_mut_693;
if (l_1283) {
l_mut_693 = l_1282;
}
}
l_mut_692 = float(0.0);
const float l_1284 = l_arr_75[uint(0)];
const bool l_1285 = l_1284 > info.scalars_float[2];
if (l_1285) {
const float l_1286 = l_arr_75[uint(0)];
const float l_1287 = l_1286 - l_mut_693;
const float l_1288 = exp(l_1287);
l_mut_692 = l_1288;
}
l_arr_1278[uint(0)] = l_mut_692;
const bool l_1289 = thread_index_in_threadgroup == uint(0);
if (l_1289) {
l_mut_692 = float(0.0);

for (uint l_mut_1290 = uint(0); l_mut_1290 < uint(8); ++l_mut_1290) {
const uint l_1291 = l_mut_1290 * uint(4);
const uint l_1292 = l_1291 + uint(0);
const float l_1293 = shared_memory_16[l_1292];
const bool l_1294 = l_1293 > info.scalars_float[2];
if (l_1294) {
const uint l_1295 = l_mut_1290 * uint(4);
const uint l_1296 = l_1295 + uint(0);
const float l_1297 = shared_memory_17[l_1296];
const float l_1298 = l_1293 - l_mut_693;
const float l_1299 = exp(l_1298);
const float l_1300 = l_1297 * l_1299;
l_mut_692 = l_mut_692 + l_1300;
}
}
l_mut_688 = float(0.0);
l_mut_159 = info.scalars_float[2];
const bool l_1301 = l_mut_692 > float(0.0);
if (l_1301) {
const float l_1302 = float(1.0) / l_mut_692;
l_mut_688 = l_1302;
const float l_1303 = log(l_mut_692);
const float l_1304 = l_mut_693 + l_1303;
l_mut_159 = l_1304;
}
shared_memory_18[uint(0)] = l_mut_688;
const uint l_1305 = l_8 + uint(0);
const uint l_1306 = l_1305 % info.scalars_uint[2];
const uint l_1307 = l_11 + l_1306;
const uint l_1308 = l_1305 / info.scalars_uint[2];
const bool l_1309 = l_1308 < l_mut_4;
if (l_1309) {
const uint l_1310 = l_0 * info.scalars_uint[0];
const uint l_1311 = l_1310 + l_1307;
const uint l_1312 = l_1311 * info.scalars_uint[3];
const uint l_1313 = l_1312 + l_1308;
l_mut_83 = l_1313;
buffer_8[l_mut_83] = l_mut_159;
}
}
l_mut_693 = info.scalars_float[2];

for (uint l_mut_1314 = uint(0); l_mut_1314 < uint(8); ++l_mut_1314) {
const uint l_1315 = l_mut_1314 * uint(4);
const uint l_1316 = l_1315 + uint(1);
const float l_1317 = shared_memory_16[l_1316];
const bool l_1318 = l_1317 > l_mut_693;
if (l_1318) {
l_mut_693 = l_1317;
}
}
l_mut_692 = float(0.0);
const float l_1319 = l_arr_75[uint(1)];
const bool l_1320 = l_1319 > info.scalars_float[2];
if (l_1320) {
const float l_1321 = l_arr_75[uint(1)];
const float l_1322 = l_1321 - l_mut_693;
const float l_1323 = exp(l_1322);
l_mut_692 = l_1323;
}
l_arr_1278[uint(1)] = l_mut_692;
const bool l_1324 = thread_index_in_threadgroup == uint(1);
if (l_1324) {
l_mut_692 = float(0.0);

for (uint l_mut_1325 = uint(0); l_mut_1325 < uint(8); ++l_mut_1325) {
const uint l_1326 = l_mut_1325 * uint(4);
const uint l_1327 = l_1326 + uint(1);
const float l_1328 = shared_memory_16[l_1327];
const bool l_1329 = l_1328 > info.scalars_float[2];
if (l_1329) {
const uint l_1330 = l_mut_1325 * uint(4);
const uint l_1331 = l_1330 + uint(1);
const float l_1332 = shared_memory_17[l_1331];
const float l_1333 = l_1328 - l_mut_693;
const float l_1334 = exp(l_1333);
const float l_1335 = l_1332 * l_1334;
l_mut_692 = l_mut_692 + l_1335;
}
}
l_mut_688 = float(0.0);
l_mut_159 = info.scalars_float[2];
const bool l_1336 = l_mut_692 > float(0.0);
if (l_1336) {
const float l_1337 = float(1.0) / l_mut_692;
l_mut_688 = l_1337;
const float l_1338 = log(l_mut_692);
const float l_1339 = l_mut_693 + l_1338;
l_mut_159 = l_1339;
}
shared_memory_18[uint(1)] = l_mut_688;
const uint l_1340 = l_8 + uint(1);
const uint l_1341 = l_1340 % info.scalars_uint[2];
const uint l_1342 = l_11 + l_1341;
const uint l_1343 = l_1340 / info.scalars_uint[2];
const bool l_1344 = l_1343 < l_mut_4;
if (l_1344) {
const uint l_1345 = l_0 * info.scalars_uint[0];
const uint l_1346 = l_1345 + l_1342;
const uint l_1347 = l_1346 * info.scalars_uint[3];
const uint l_1348 = l_1347 + l_1343;
l_mut_83 = l_1348;
buffer_8[l_mut_83] = l_mut_159;
}
}
l_mut_693 = info.scalars_float[2];

for (uint l_mut_1349 = uint(0); l_mut_1349 < uint(8); ++l_mut_1349) {
const uint l_1350 = l_mut_1349 * uint(4);
const uint l_1351 = l_1350 + uint(2);
const float l_1352 = shared_memory_16[l_1351];
const bool l_1353 = l_1352 > l_mut_693;
if (l_1353) {
l_mut_693 = l_1352;
}
}
l_mut_692 = float(0.0);
const float l_1354 = l_arr_75[uint(2)];
const bool l_1355 = l_1354 > info.scalars_float[2];
if (l_1355) {
const float l_1356 = l_arr_75[uint(2)];
const float l_1357 = l_1356 - l_mut_693;
const float l_1358 = exp(l_1357);
l_mut_692 = l_1358;
}
l_arr_1278[uint(2)] = l_mut_692;
const bool l_1359 = thread_index_in_threadgroup == uint(2);
if (l_1359) {
l_mut_692 = float(0.0);

for (uint l_mut_1360 = uint(0); l_mut_1360 < uint(8); ++l_mut_1360) {
const uint l_1361 = l_mut_1360 * uint(4);
const uint l_1362 = l_1361 + uint(2);
const float l_1363 = shared_memory_16[l_1362];
const bool l_1364 = l_1363 > info.scalars_float[2];
if (l_1364) {
const uint l_1365 = l_mut_1360 * uint(4);
const uint l_1366 = l_1365 + uint(2);
const float l_1367 = shared_memory_17[l_1366];
const float l_1368 = l_1363 - l_mut_693;
const float l_1369 = exp(l_1368);
const float l_1370 = l_1367 * l_1369;
l_mut_692 = l_mut_692 + l_1370;
}
}
l_mut_688 = float(0.0);
l_mut_159 = info.scalars_float[2];
const bool l_1371 = l_mut_692 > float(0.0);
if (l_1371) {
const float l_1372 = float(1.0) / l_mut_692;
l_mut_688 = l_1372;
const float l_1373 = log(l_mut_692);
const float l_1374 = l_mut_693 + l_1373;
l_mut_159 = l_1374;
}
shared_memory_18[uint(2)] = l_mut_688;
const uint l_1375 = l_8 + uint(2);
const uint l_1376 = l_1375 % info.scalars_uint[2];
const uint l_1377 = l_11 + l_1376;
const uint l_1378 = l_1375 / info.scalars_uint[2];
const bool l_1379 = l_1378 < l_mut_4;
if (l_1379) {
const uint l_1380 = l_0 * info.scalars_uint[0];
const uint l_1381 = l_1380 + l_1377;
const uint l_1382 = l_1381 * info.scalars_uint[3];
const uint l_1383 = l_1382 + l_1378;
l_mut_83 = l_1383;
buffer_8[l_mut_83] = l_mut_159;
}
}
l_mut_693 = info.scalars_float[2];

for (uint l_mut_1384 = uint(0); l_mut_1384 < uint(8); ++l_mut_1384) {
const uint l_1385 = l_mut_1384 * uint(4);
const uint l_1386 = l_1385 + uint(3);
const float l_1387 = shared_memory_16[l_1386];
const bool l_1388 = l_1387 > l_mut_693;
if (l_1388) {
l_mut_693 = l_1387;
}
}
l_mut_692 = float(0.0);
const float l_1389 = l_arr_75[uint(3)];
const bool l_1390 = l_1389 > info.scalars_float[2];
if (l_1390) {
const float l_1391 = l_arr_75[uint(3)];
const float l_1392 = l_1391 - l_mut_693;
const float l_1393 = exp(l_1392);
l_mut_692 = l_1393;
}
l_arr_1278[uint(3)] = l_mut_692;
const bool l_1394 = thread_index_in_threadgroup == uint(3);
if (l_1394) {
l_mut_692 = float(0.0);

for (uint l_mut_1395 = uint(0); l_mut_1395 < uint(8); ++l_mut_1395) {
const uint l_1396 = l_mut_1395 * uint(4);
const uint l_1397 = l_1396 + uint(3);
const float l_1398 = shared_memory_16[l_1397];
const bool l_1399 = l_1398 > info.scalars_float[2];
if (l_1399) {
const uint l_1400 = l_mut_1395 * uint(4);
const uint l_1401 = l_1400 + uint(3);
const float l_1402 = shared_memory_17[l_1401];
const float l_1403 = l_1398 - l_mut_693;
const float l_1404 = exp(l_1403);
const float l_1405 = l_1402 * l_1404;
l_mut_692 = l_mut_692 + l_1405;
}
}
l_mut_688 = float(0.0);
l_mut_159 = info.scalars_float[2];
const bool l_1406 = l_mut_692 > float(0.0);
if (l_1406) {
const float l_1407 = float(1.0) / l_mut_692;
l_mut_688 = l_1407;
const float l_1408 = log(l_mut_692);
const float l_1409 = l_mut_693 + l_1408;
l_mut_159 = l_1409;
}
shared_memory_18[uint(3)] = l_mut_688;
const uint l_1410 = l_8 + uint(3);
const uint l_1411 = l_1410 % info.scalars_uint[2];
const uint l_1412 = l_11 + l_1411;
const uint l_1413 = l_1410 / info.scalars_uint[2];
const bool l_1414 = l_1413 < l_mut_4;
if (l_1414) {
const uint l_1415 = l_0 * info.scalars_uint[0];
const uint l_1416 = l_1415 + l_1412;
const uint l_1417 = l_1416 * info.scalars_uint[3];
const uint l_1418 = l_1417 + l_1413;
l_mut_83 = l_1418;
buffer_8[l_mut_83] = l_mut_159;
}
}

for (uint l_mut_1419 = uint(0); l_mut_1419 < uint(8); ++l_mut_1419) {
const bool l_1420 = l_12 == l_mut_1419;
if (l_1420) {
const float_4 l_1421 = l_arr_42[uint(0)];
const uint l_1422 = uint(0) + l_13;
const uint l_1423 = l_1422 * uint(4);
const uint l_1424 = uint(0) + l_1423;
const uint l_1425 = l_1424 + uint(0);
const float l_1426 = l_1421.i_0;
const float l_1427 = l_arr_1278[uint(0)];
const float l_1428 = l_1426 * l_1427;
const float l_1429 = shared_memory_15[l_1425];
const float l_1430 = l_1429 + l_1428;
shared_memory_15[l_1425] = l_1430;
const uint l_1431 = l_1424 + uint(1);
const float l_1432 = l_1421.i_1;
const float l_1433 = l_arr_1278[uint(0)];
const float l_1434 = l_1432 * l_1433;
const float l_1435 = shared_memory_15[l_1431];
const float l_1436 = l_1435 + l_1434;
shared_memory_15[l_1431] = l_1436;
const uint l_1437 = l_1424 + uint(2);
const float l_1438 = l_1421.i_2;
const float l_1439 = l_arr_1278[uint(0)];
const float l_1440 = l_1438 * l_1439;
const float l_1441 = shared_memory_15[l_1437];
const float l_1442 = l_1441 + l_1440;
shared_memory_15[l_1437] = l_1442;
const uint l_1443 = l_1424 + uint(3);
const float l_1444 = l_1421.i_3;
const float l_1445 = l_arr_1278[uint(0)];
const float l_1446 = l_1444 * l_1445;
const float l_1447 = shared_memory_15[l_1443];
const float l_1448 = l_1447 + l_1446;
shared_memory_15[l_1443] = l_1448;
const float_4 l_1449 = l_arr_42[uint(1)];
const uint l_1450 = uint(16) + l_13;
const uint l_1451 = l_1450 * uint(4);
const uint l_1452 = uint(0) + l_1451;
const uint l_1453 = l_1452 + uint(0);
const float l_1454 = l_1449.i_0;
const float l_1455 = l_arr_1278[uint(0)];
const float l_1456 = l_1454 * l_1455;
const float l_1457 = shared_memory_15[l_1453];
const float l_1458 = l_1457 + l_1456;
shared_memory_15[l_1453] = l_1458;
const uint l_1459 = l_1452 + uint(1);
const float l_1460 = l_1449.i_1;
const float l_1461 = l_arr_1278[uint(0)];
const float l_1462 = l_1460 * l_1461;
const float l_1463 = shared_memory_15[l_1459];
const float l_1464 = l_1463 + l_1462;
shared_memory_15[l_1459] = l_1464;
const uint l_1465 = l_1452 + uint(2);
const float l_1466 = l_1449.i_2;
const float l_1467 = l_arr_1278[uint(0)];
const float l_1468 = l_1466 * l_1467;
const float l_1469 = shared_memory_15[l_1465];
const float l_1470 = l_1469 + l_1468;
shared_memory_15[l_1465] = l_1470;
const uint l_1471 = l_1452 + uint(3);
const float l_1472 = l_1449.i_3;
const float l_1473 = l_arr_1278[uint(0)];
const float l_1474 = l_1472 * l_1473;
const float l_1475 = shared_memory_15[l_1471];
const float l_1476 = l_1475 + l_1474;
shared_memory_15[l_1471] = l_1476;
const float_4 l_1477 = l_arr_42[uint(2)];
const uint l_1478 = uint(0) + l_13;
const uint l_1479 = l_1478 * uint(4);
const uint l_1480 = uint(136) + l_1479;
const uint l_1481 = l_1480 + uint(0);
const float l_1482 = l_1477.i_0;
const float l_1483 = l_arr_1278[uint(1)];
const float l_1484 = l_1482 * l_1483;
const float l_1485 = shared_memory_15[l_1481];
const float l_1486 = l_1485 + l_1484;
shared_memory_15[l_1481] = l_1486;
const uint l_1487 = l_1480 + uint(1);
const float l_1488 = l_1477.i_1;
const float l_1489 = l_arr_1278[uint(1)];
const float l_1490 = l_1488 * l_1489;
const float l_1491 = shared_memory_15[l_1487];
const float l_1492 = l_1491 + l_1490;
shared_memory_15[l_1487] = l_1492;
const uint l_1493 = l_1480 + uint(2);
const float l_1494 = l_1477.i_2;
const float l_1495 = l_arr_1278[uint(1)];
const float l_1496 = l_1494 * l_1495;
const float l_1497 = shared_memory_15[l_1493];
const float l_1498 = l_1497 + l_1496;
shared_memory_15[l_1493] = l_1498;
const uint l_1499 = l_1480 + uint(3);
const float l_1500 = l_1477.i_3;
const float l_1501 = l_arr_1278[uint(1)];
const float l_1502 = l_1500 * l_1501;
const float l_1503 = shared_memory_15[l_1499];
const float l_1504 = l_1503 + l_1502;
shared_memory_15[l_1499] = l_1504;
const float_4 l_1505 = l_arr_42[uint(3)];
const uint l_1506 = uint(16) + l_13;
const uint l_1507 = l_1506 * uint(4);
const uint l_1508 = uint(136) + l_1507;
const uint l_1509 = l_1508 + uint(0);
const float l_1510 = l_1505.i_0;
const float l_1511 = l_arr_1278[uint(1)];
const float l_1512 = l_1510 * l_1511;
const float l_1513 = shared_memory_15[l_1509];
const float l_1514 = l_1513 + l_1512;
shared_memory_15[l_1509] = l_1514;
const uint l_1515 = l_1508 + uint(1);
const float l_1516 = l_1505.i_1;
const float l_1517 = l_arr_1278[uint(1)];
const float l_1518 = l_1516 * l_1517;
const float l_1519 = shared_memory_15[l_1515];
const float l_1520 = l_1519 + l_1518;
shared_memory_15[l_1515] = l_1520;
const uint l_1521 = l_1508 + uint(2);
const float l_1522 = l_1505.i_2;
const float l_1523 = l_arr_1278[uint(1)];
const float l_1524 = l_1522 * l_1523;
const float l_1525 = shared_memory_15[l_1521];
const float l_1526 = l_1525 + l_1524;
shared_memory_15[l_1521] = l_1526;
const uint l_1527 = l_1508 + uint(3);
const float l_1528 = l_1505.i_3;
const float l_1529 = l_arr_1278[uint(1)];
const float l_1530 = l_1528 * l_1529;
const float l_1531 = shared_memory_15[l_1527];
const float l_1532 = l_1531 + l_1530;
shared_memory_15[l_1527] = l_1532;
const float_4 l_1533 = l_arr_42[uint(4)];
const uint l_1534 = uint(0) + l_13;
const uint l_1535 = l_1534 * uint(4);
const uint l_1536 = uint(272) + l_1535;
const uint l_1537 = l_1536 + uint(0);
const float l_1538 = l_1533.i_0;
const float l_1539 = l_arr_1278[uint(2)];
const float l_1540 = l_1538 * l_1539;
const float l_1541 = shared_memory_15[l_1537];
const float l_1542 = l_1541 + l_1540;
shared_memory_15[l_1537] = l_1542;
const uint l_1543 = l_1536 + uint(1);
const float l_1544 = l_1533.i_1;
const float l_1545 = l_arr_1278[uint(2)];
const float l_1546 = l_1544 * l_1545;
const float l_1547 = shared_memory_15[l_1543];
const float l_1548 = l_1547 + l_1546;
shared_memory_15[l_1543] = l_1548;
const uint l_1549 = l_1536 + uint(2);
const float l_1550 = l_1533.i_2;
const float l_1551 = l_arr_1278[uint(2)];
const float l_1552 = l_1550 * l_1551;
const float l_1553 = shared_memory_15[l_1549];
const float l_1554 = l_1553 + l_1552;
shared_memory_15[l_1549] = l_1554;
const uint l_1555 = l_1536 + uint(3);
const float l_1556 = l_1533.i_3;
const float l_1557 = l_arr_1278[uint(2)];
const float l_1558 = l_1556 * l_1557;
const float l_1559 = shared_memory_15[l_1555];
const float l_1560 = l_1559 + l_1558;
shared_memory_15[l_1555] = l_1560;
const float_4 l_1561 = l_arr_42[uint(5)];
const uint l_1562 = uint(16) + l_13;
const uint l_1563 = l_1562 * uint(4);
const uint l_1564 = uint(272) + l_1563;
const uint l_1565 = l_1564 + uint(0);
const float l_1566 = l_1561.i_0;
const float l_1567 = l_arr_1278[uint(2)];
const float l_1568 = l_1566 * l_1567;
const float l_1569 = shared_memory_15[l_1565];
const float l_1570 = l_1569 + l_1568;
shared_memory_15[l_1565] = l_1570;
const uint l_1571 = l_1564 + uint(1);
const float l_1572 = l_1561.i_1;
const float l_1573 = l_arr_1278[uint(2)];
const float l_1574 = l_1572 * l_1573;
const float l_1575 = shared_memory_15[l_1571];
const float l_1576 = l_1575 + l_1574;
shared_memory_15[l_1571] = l_1576;
const uint l_1577 = l_1564 + uint(2);
const float l_1578 = l_1561.i_2;
const float l_1579 = l_arr_1278[uint(2)];
const float l_1580 = l_1578 * l_1579;
const float l_1581 = shared_memory_15[l_1577];
const float l_1582 = l_1581 + l_1580;
shared_memory_15[l_1577] = l_1582;
const uint l_1583 = l_1564 + uint(3);
const float l_1584 = l_1561.i_3;
const float l_1585 = l_arr_1278[uint(2)];
const float l_1586 = l_1584 * l_1585;
const float l_1587 = shared_memory_15[l_1583];
const float l_1588 = l_1587 + l_1586;
shared_memory_15[l_1583] = l_1588;
const float_4 l_1589 = l_arr_42[uint(6)];
const uint l_1590 = uint(0) + l_13;
const uint l_1591 = l_1590 * uint(4);
const uint l_1592 = uint(408) + l_1591;
const uint l_1593 = l_1592 + uint(0);
const float l_1594 = l_1589.i_0;
const float l_1595 = l_arr_1278[uint(3)];
const float l_1596 = l_1594 * l_1595;
const float l_1597 = shared_memory_15[l_1593];
const float l_1598 = l_1597 + l_1596;
shared_memory_15[l_1593] = l_1598;
const uint l_1599 = l_1592 + uint(1);
const float l_1600 = l_1589.i_1;
const float l_1601 = l_arr_1278[uint(3)];
const float l_1602 = l_1600 * l_1601;
const float l_1603 = shared_memory_15[l_1599];
const float l_1604 = l_1603 + l_1602;
shared_memory_15[l_1599] = l_1604;
const uint l_1605 = l_1592 + uint(2);
const float l_1606 = l_1589.i_2;
const float l_1607 = l_arr_1278[uint(3)];
const float l_1608 = l_1606 * l_1607;
const float l_1609 = shared_memory_15[l_1605];
const float l_1610 = l_1609 + l_1608;
shared_memory_15[l_1605] = l_1610;
const uint l_1611 = l_1592 + uint(3);
const float l_1612 = l_1589.i_3;
const float l_1613 = l_arr_1278[uint(3)];
const float l_1614 = l_1612 * l_1613;
const float l_1615 = shared_memory_15[l_1611];
const float l_1616 = l_1615 + l_1614;
shared_memory_15[l_1611] = l_1616;
const float_4 l_1617 = l_arr_42[uint(7)];
const uint l_1618 = uint(16) + l_13;
const uint l_1619 = l_1618 * uint(4);
const uint l_1620 = uint(408) + l_1619;
const uint l_1621 = l_1620 + uint(0);
const float l_1622 = l_1617.i_0;
const float l_1623 = l_arr_1278[uint(3)];
const float l_1624 = l_1622 * l_1623;
const float l_1625 = shared_memory_15[l_1621];
const float l_1626 = l_1625 + l_1624;
shared_memory_15[l_1621] = l_1626;
const uint l_1627 = l_1620 + uint(1);
const float l_1628 = l_1617.i_1;
const float l_1629 = l_arr_1278[uint(3)];
const float l_1630 = l_1628 * l_1629;
const float l_1631 = shared_memory_15[l_1627];
const float l_1632 = l_1631 + l_1630;
shared_memory_15[l_1627] = l_1632;
const uint l_1633 = l_1620 + uint(2);
const float l_1634 = l_1617.i_2;
const float l_1635 = l_arr_1278[uint(3)];
const float l_1636 = l_1634 * l_1635;
const float l_1637 = shared_memory_15[l_1633];
const float l_1638 = l_1637 + l_1636;
shared_memory_15[l_1633] = l_1638;
const uint l_1639 = l_1620 + uint(3);
const float l_1640 = l_1617.i_3;
const float l_1641 = l_arr_1278[uint(3)];
const float l_1642 = l_1640 * l_1641;
const float l_1643 = shared_memory_15[l_1639];
const float l_1644 = l_1643 + l_1642;
shared_memory_15[l_1639] = l_1644;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_83 = thread_index_in_threadgroup;
while (true) {
const bool l_1645 = l_mut_83 < uint(128);
const bool l_1646 = !l_1645;
if (l_1646) {
break;}
const uint l_1647 = l_mut_83 / uint(32);
const uint l_1648 = l_mut_83 % uint(32);
const uint l_1649 = l_8 + l_1647;
const uint l_1650 = l_1649 / info.scalars_uint[2];
const bool l_1651 = l_1650 < l_mut_4;
if (l_1651) {
const uint l_1652 = l_1649 % info.scalars_uint[2];
const uint l_1653 = l_11 + l_1652;
l_mut_693 = float(1.0);
const float l_1654 = shared_memory_18[l_1647];
l_mut_693 = l_1654;
const float_4 l_1655 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_27 = l_1655;
l_mut_1656 = l_mut_27;
const uint l_1657 = l_1647 * uint(136);
const uint l_1658 = l_1648 * uint(4);
const uint l_1659 = l_1657 + l_1658;
const uint l_1660 = l_1659 + uint(0);
const float l_1661 = shared_memory_15[l_1660];
const float l_1662 = l_1661 * l_mut_693;
l_mut_1656.i_0 = l_1662;
const uint l_1663 = l_1647 * uint(136);
const uint l_1664 = l_1648 * uint(4);
const uint l_1665 = l_1663 + l_1664;
const uint l_1666 = l_1665 + uint(1);
const float l_1667 = shared_memory_15[l_1666];
const float l_1668 = l_1667 * l_mut_693;
l_mut_1656.i_1 = l_1668;
const uint l_1669 = l_1647 * uint(136);
const uint l_1670 = l_1648 * uint(4);
const uint l_1671 = l_1669 + l_1670;
const uint l_1672 = l_1671 + uint(2);
const float l_1673 = shared_memory_15[l_1672];
const float l_1674 = l_1673 * l_mut_693;
l_mut_1656.i_2 = l_1674;
const uint l_1675 = l_1647 * uint(136);
const uint l_1676 = l_1648 * uint(4);
const uint l_1677 = l_1675 + l_1676;
const uint l_1678 = l_1677 + uint(3);
const float l_1679 = shared_memory_15[l_1678];
const float l_1680 = l_1679 * l_mut_693;
l_mut_1656.i_3 = l_1680;
const uint l_1681 = l_mut_3 + l_1650;
const uint l_1682 = l_1681 * info.scalars_uint[0];
const uint l_1683 = l_1682 + l_1653;
const uint l_1684 = l_1683 * uint(32);
const uint l_1685 = l_1684 + l_1648;
buffer_7[l_1685] = l_mut_1656;
}
l_mut_83 = l_mut_83 + uint(128);
}

}
