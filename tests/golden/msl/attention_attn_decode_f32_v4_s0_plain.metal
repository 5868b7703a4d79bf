
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
    uint simd_lane_id [[thread_index_in_simdgroup]],
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

float_4 l_arr_90[8];

float_4 l_arr_91[8];

float_4 l_arr_154[2];

float l_arr_94[16];

float_4 l_arr_270[2];

float_4 l_arr_385[2];

float_4 l_arr_500[2];

float l_arr_615[16];

float l_arr_95[4];

float l_arr_1083[4];

bool l_mut_749;
float l_mut_157;
float l_mut_744;
float l_mut_745;
float l_mut_782;
float_4 l_mut_1461;
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
const uint l_86 = info.scalars_uint[1] * uint(32);
const uint l_87 = l_mut_6 * info.scalars_uint[1];
const uint l_88 = l_87 + l_1;
const uint l_89 = l_88 * uint(32);
l_mut_84 = l_mut_19;
while (true) {
const bool l_96 = l_mut_84 < l_mut_85;
const bool l_97 = !l_96;
if (l_97) {
break;}
const uint l_98 = l_mut_84 + uint(0);
const uint l_99 = l_98 + l_12;
l_mut_83 = l_99;
const bool l_100 = l_mut_83 >= l_mut_85;
if (l_100) {
l_mut_83 = l_mut_19;
}
const uint l_101 = l_mut_83 * l_86;
const uint l_102 = l_89 + l_101;
const uint l_103 = l_102 + l_13;
const uint l_104 = l_103 + uint(0);
const float_4 l_105 = buffer_1[l_104];
l_arr_90[uint(0)] = reinterpret_cast<thread float_4 const&>(l_105);
const uint l_106 = l_103 + uint(0);
const float_4 l_107 = buffer_2[l_106];
l_arr_91[uint(0)] = reinterpret_cast<thread float_4 const&>(l_107);
const uint l_108 = l_103 + uint(16);
const float_4 l_109 = buffer_1[l_108];
l_arr_90[uint(1)] = reinterpret_cast<thread float_4 const&>(l_109);
const uint l_110 = l_103 + uint(16);
const float_4 l_111 = buffer_2[l_110];
l_arr_91[uint(1)] = reinterpret_cast<thread float_4 const&>(l_111);
const uint l_112 = l_mut_84 + uint(8);
const uint l_113 = l_112 + l_12;
l_mut_83 = l_113;
const bool l_114 = l_mut_83 >= l_mut_85;
if (l_114) {
l_mut_83 = l_mut_19;
}
const uint l_115 = l_mut_83 * l_86;
const uint l_116 = l_89 + l_115;
const uint l_117 = l_116 + l_13;
const uint l_118 = l_117 + uint(0);
const float_4 l_119 = buffer_1[l_118];
l_arr_90[uint(2)] = reinterpret_cast<thread float_4 const&>(l_119);
const uint l_120 = l_117 + uint(0);
const float_4 l_121 = buffer_2[l_120];
l_arr_91[uint(2)] = reinterpret_cast<thread float_4 const&>(l_121);
const uint l_122 = l_117 + uint(16);
const float_4 l_123 = buffer_1[l_122];
l_arr_90[uint(3)] = reinterpret_cast<thread float_4 const&>(l_123);
const uint l_124 = l_117 + uint(16);
const float_4 l_125 = buffer_2[l_124];
l_arr_91[uint(3)] = reinterpret_cast<thread float_4 const&>(l_125);
const uint l_126 = l_mut_84 + uint(16);
const uint l_127 = l_126 + l_12;
l_mut_83 = l_127;
const bool l_128 = l_mut_83 >= l_mut_85;
if (l_128) {
l_mut_83 = l_mut_19;
}
const uint l_129 = l_mut_83 * l_86;
const uint l_130 = l_89 + l_129;
const uint l_131 = l_130 + l_13;
const uint l_132 = l_131 + uint(0);
const float_4 l_133 = buffer_1[l_132];
l_arr_90[uint(4)] = reinterpret_cast<thread float_4 const&>(l_133);
const uint l_134 = l_131 + uint(0);
const float_4 l_135 = buffer_2[l_134];
l_arr_91[uint(4)] = reinterpret_cast<thread float_4 const&>(l_135);
const uint l_136 = l_131 + uint(16);
const float_4 l_137 = buffer_1[l_136];
l_arr_90[uint(5)] = reinterpret_cast<thread float_4 const&>(l_137);
const uint l_138 = l_131 + uint(16);
const float_4 l_139 = buffer_2[l_138];
l_arr_91[uint(5)] = reinterpret_cast<thread float_4 const&>(l_139);
const uint l_140 = l_mut_84 + uint(24);
const uint l_141 = l_140 + l_12;
l_mut_83 = l_141;
const bool l_142 = l_mut_83 >= l_mut_85;
if (l_142) {
l_mut_83 = l_mut_19;
}
const uint l_143 = l_mut_83 * l_86;
const uint l_144 = l_89 + l_143;
const uint l_145 = l_144 + l_13;
const uint l_146 = l_145 + uint(0);
const float_4 l_147 = buffer_1[l_146];
l_arr_90[uint(6)] = reinterpret_cast<thread float_4 const&>(l_147);
const uint l_148 = l_145 + uint(0);
const float_4 l_149 = buffer_2[l_148];
l_arr_91[uint(6)] = reinterpret_cast<thread float_4 const&>(l_149);
const uint l_150 = l_145 + uint(16);
const float_4 l_151 = buffer_1[l_150];
l_arr_90[uint(7)] = reinterpret_cast<thread float_4 const&>(l_151);
const uint l_152 = l_145 + uint(16);
const float_4 l_153 = buffer_2[l_152];
l_arr_91[uint(7)] = reinterpret_cast<thread float_4 const&>(l_153);
const float_4 l_155 = l_arr_90[uint(0)];
l_arr_154[uint(0)] = reinterpret_cast<thread float_4 const&>(l_155);
const float_4 l_156 = l_arr_90[uint(1)];
l_arr_154[uint(1)] = reinterpret_cast<thread float_4 const&>(l_156);
l_mut_157 = float(0.0);
const float_4 l_158 = l_arr_154[uint(0)];
const float_4 l_159 = l_arr_41[uint(0)];
const float l_160 = l_158.i_0;
const float l_161 = l_159.i_0;
const float l_162 = l_160 * l_161;
l_mut_157 = l_mut_157 + l_162;
const float l_163 = l_158.i_1;
const float l_164 = l_159.i_1;
const float l_165 = l_163 * l_164;
l_mut_157 = l_mut_157 + l_165;
const float l_166 = l_158.i_2;
const float l_167 = l_159.i_2;
const float l_168 = l_166 * l_167;
l_mut_157 = l_mut_157 + l_168;
const float l_169 = l_158.i_3;
const float l_170 = l_159.i_3;
const float l_171 = l_169 * l_170;
l_mut_157 = l_mut_157 + l_171;
const float_4 l_172 = l_arr_154[uint(1)];
const float_4 l_173 = l_arr_41[uint(1)];
const float l_174 = l_172.i_0;
const float l_175 = l_173.i_0;
const float l_176 = l_174 * l_175;
l_mut_157 = l_mut_157 + l_176;
const float l_177 = l_172.i_1;
const float l_178 = l_173.i_1;
const float l_179 = l_177 * l_178;
l_mut_157 = l_mut_157 + l_179;
const float l_180 = l_172.i_2;
const float l_181 = l_173.i_2;
const float l_182 = l_180 * l_181;
l_mut_157 = l_mut_157 + l_182;
const float l_183 = l_172.i_3;
const float l_184 = l_173.i_3;
const float l_185 = l_183 * l_184;
l_mut_157 = l_mut_157 + l_185;
l_arr_94[uint(0)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_186 = l_arr_154[uint(0)];
const float_4 l_187 = l_arr_41[uint(2)];
const float l_188 = l_186.i_0;
const float l_189 = l_187.i_0;
const float l_190 = l_188 * l_189;
l_mut_157 = l_mut_157 + l_190;
const float l_191 = l_186.i_1;
const float l_192 = l_187.i_1;
const float l_193 = l_191 * l_192;
l_mut_157 = l_mut_157 + l_193;
const float l_194 = l_186.i_2;
const float l_195 = l_187.i_2;
const float l_196 = l_194 * l_195;
l_mut_157 = l_mut_157 + l_196;
const float l_197 = l_186.i_3;
const float l_198 = l_187.i_3;
const float l_199 = l_197 * l_198;
l_mut_157 = l_mut_157 + l_199;
const float_4 l_200 = l_arr_154[uint(1)];
const float_4 l_201 = l_arr_41[uint(3)];
const float l_202 = l_200.i_0;
const float l_203 = l_201.i_0;
const float l_204 = l_202 * l_203;
l_mut_157 = l_mut_157 + l_204;
const float l_205 = l_200.i_1;
const float l_206 = l_201.i_1;
const float l_207 = l_205 * l_206;
l_mut_157 = l_mut_157 + l_207;
const float l_208 = l_200.i_2;
const float l_209 = l_201.i_2;
const float l_210 = l_208 * l_209;
l_mut_157 = l_mut_157 + l_210;
const float l_211 = l_200.i_3;
const float l_212 = l_201.i_3;
const float l_213 = l_211 * l_212;
l_mut_157 = l_mut_157 + l_213;
l_arr_94[uint(1)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_214 = l_arr_154[uint(0)];
const float_4 l_215 = l_arr_41[uint(4)];
const float l_216 = l_214.i_0;
const float l_217 = l_215.i_0;
const float l_218 = l_216 * l_217;
l_mut_157 = l_mut_157 + l_218;
const float l_219 = l_214.i_1;
const float l_220 = l_215.i_1;
const float l_221 = l_219 * l_220;
l_mut_157 = l_mut_157 + l_221;
const float l_222 = l_214.i_2;
const float l_223 = l_215.i_2;
const float l_224 = l_222 * l_223;
l_mut_157 = l_mut_157 + l_224;
const float l_225 = l_214.i_3;
const float l_226 = l_215.i_3;
const float l_227 = l_225 * l_226;
l_mut_157 = l_mut_157 + l_227;
const float_4 l_228 = l_arr_154[uint(1)];
const float_4 l_229 = l_arr_41[uint(5)];
const float l_230 = l_228.i_0;
const float l_231 = l_229.i_0;
const float l_232 = l_230 * l_231;
l_mut_157 = l_mut_157 + l_232;
const float l_233 = l_228.i_1;
const float l_234 = l_229.i_1;
const float l_235 = l_233 * l_234;
l_mut_157 = l_mut_157 + l_235;
const float l_236 = l_228.i_2;
const float l_237 = l_229.i_2;
const float l_238 = l_236 * l_237;
l_mut_157 = l_mut_157 + l_238;
const float l_239 = l_228.i_3;
const float l_240 = l_229.i_3;
const float l_241 = l_239 * l_240;
l_mut_157 = l_mut_157 + l_241;
l_arr_94[uint(2)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_242 = l_arr_154[uint(0)];
const float_4 l_243 = l_arr_41[uint(6)];
const float l_244 = l_242.i_0;
const float l_245 = l_243.i_0;
const float l_246 = l_244 * l_245;
l_mut_157 = l_mut_157 + l_246;
const float l_247 = l_242.i_1;
const float l_248 = l_243.i_1;
const float l_249 = l_247 * l_248;
l_mut_157 = l_mut_157 + l_249;
const float l_250 = l_242.i_2;
const float l_251 = l_243.i_2;
const float l_252 = l_250 * l_251;
l_mut_157 = l_mut_157 + l_252;
const float l_253 = l_242.i_3;
const float l_254 = l_243.i_3;
const float l_255 = l_253 * l_254;
l_mut_157 = l_mut_157 + l_255;
const float_4 l_256 = l_arr_154[uint(1)];
const float_4 l_257 = l_arr_41[uint(7)];
const float l_258 = l_256.i_0;
const float l_259 = l_257.i_0;
const float l_260 = l_258 * l_259;
l_mut_157 = l_mut_157 + l_260;
const float l_261 = l_256.i_1;
const float l_262 = l_257.i_1;
const float l_263 = l_261 * l_262;
l_mut_157 = l_mut_157 + l_263;
const float l_264 = l_256.i_2;
const float l_265 = l_257.i_2;
const float l_266 = l_264 * l_265;
l_mut_157 = l_mut_157 + l_266;
const float l_267 = l_256.i_3;
const float l_268 = l_257.i_3;
const float l_269 = l_267 * l_268;
l_mut_157 = l_mut_157 + l_269;
l_arr_94[uint(3)] = l_mut_157;
const float_4 l_271 = l_arr_90[uint(2)];
l_arr_270[uint(0)] = reinterpret_cast<thread float_4 const&>(l_271);
const float_4 l_272 = l_arr_90[uint(3)];
l_arr_270[uint(1)] = reinterpret_cast<thread float_4 const&>(l_272);
l_mut_157 = float(0.0);
const float_4 l_273 = l_arr_270[uint(0)];
const float_4 l_274 = l_arr_41[uint(0)];
const float l_275 = l_273.i_0;
const float l_276 = l_274.i_0;
const float l_277 = l_275 * l_276;
l_mut_157 = l_mut_157 + l_277;
const float l_278 = l_273.i_1;
const float l_279 = l_274.i_1;
const float l_280 = l_278 * l_279;
l_mut_157 = l_mut_157 + l_280;
const float l_281 = l_273.i_2;
const float l_282 = l_274.i_2;
const float l_283 = l_281 * l_282;
l_mut_157 = l_mut_157 + l_283;
const float l_284 = l_273.i_3;
const float l_285 = l_274.i_3;
const float l_286 = l_284 * l_285;
l_mut_157 = l_mut_157 + l_286;
const float_4 l_287 = l_arr_270[uint(1)];
const float_4 l_288 = l_arr_41[uint(1)];
const float l_289 = l_287.i_0;
const float l_290 = l_288.i_0;
const float l_291 = l_289 * l_290;
l_mut_157 = l_mut_157 + l_291;
const float l_292 = l_287.i_1;
const float l_293 = l_288.i_1;
const float l_294 = l_292 * l_293;
l_mut_157 = l_mut_157 + l_294;
const float l_295 = l_287.i_2;
const float l_296 = l_288.i_2;
const float l_297 = l_295 * l_296;
l_mut_157 = l_mut_157 + l_297;
const float l_298 = l_287.i_3;
const float l_299 = l_288.i_3;
const float l_300 = l_298 * l_299;
l_mut_157 = l_mut_157 + l_300;
l_arr_94[uint(4)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_301 = l_arr_270[uint(0)];
const float_4 l_302 = l_arr_41[uint(2)];
const float l_303 = l_301.i_0;
const float l_304 = l_302.i_0;
const float l_305 = l_303 * l_304;
l_mut_157 = l_mut_157 + l_305;
const float l_306 = l_301.i_1;
const float l_307 = l_302.i_1;
const float l_308 = l_306 * l_307;
l_mut_157 = l_mut_157 + l_308;
const float l_309 = l_301.i_2;
const float l_310 = l_302.i_2;
const float l_311 = l_309 * l_310;
l_mut_157 = l_mut_157 + l_311;
const float l_312 = l_301.i_3;
const float l_313 = l_302.i_3;
const float l_314 = l_312 * l_313;
l_mut_157 = l_mut_157 + l_314;
const float_4 l_315 = l_arr_270[uint(1)];
const float_4 l_316 = l_arr_41[uint(3)];
const float l_317 = l_315.i_0;
const float l_318 = l_316.i_0;
const float l_319 = l_317 * l_318;
l_mut_157 = l_mut_157 + l_319;
const float l_320 = l_315.i_1;
const float l_321 = l_316.i_1;
const float l_322 = l_320 * l_321;
l_mut_157 = l_mut_157 + l_322;
const float l_323 = l_315.i_2;
const float l_324 = l_316.i_2;
const float l_325 = l_323 * l_324;
l_mut_157 = l_mut_157 + l_325;
const float l_326 = l_315.i_3;
const float l_327 = l_316.i_3;
const float l_328 = l_326 * l_327;
l_mut_157 = l_mut_157 + l_328;
l_arr_94[uint(5)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_329 = l_arr_270[uint(0)];
const float_4 l_330 = l_arr_41[uint(4)];
const float l_331 = l_329.i_0;
const float l_332 = l_330.i_0;
const float l_333 = l_331 * l_332;
l_mut_157 = l_mut_157 + l_333;
const float l_334 = l_329.i_1;
const float l_335 = l_330.i_1;
const float l_336 = l_334 * l_335;
l_mut_157 = l_mut_157 + l_336;
const float l_337 = l_329.i_2;
const float l_338 = l_330.i_2;
const float l_339 = l_337 * l_338;
l_mut_157 = l_mut_157 + l_339;
const float l_340 = l_329.i_3;
const float l_341 = l_330.i_3;
const float l_342 = l_340 * l_341;
l_mut_157 = l_mut_157 + l_342;
const float_4 l_343 = l_arr_270[uint(1)];
const float_4 l_344 = l_arr_41[uint(5)];
const float l_345 = l_343.i_0;
const float l_346 = l_344.i_0;
const float l_347 = l_345 * l_346;
l_mut_157 = l_mut_157 + l_347;
const float l_348 = l_343.i_1;
const float l_349 = l_344.i_1;
const float l_350 = l_348 * l_349;
l_mut_157 = l_mut_157 + l_350;
const float l_351 = l_343.i_2;
const float l_352 = l_344.i_2;
const float l_353 = l_351 * l_352;
l_mut_157 = l_mut_157 + l_353;
const float l_354 = l_343.i_3;
const float l_355 = l_344.i_3;
const float l_356 = l_354 * l_355;
l_mut_157 = l_mut_157 + l_356;
l_arr_94[uint(6)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_357 = l_arr_270[uint(0)];
const float_4 l_358 = l_arr_41[uint(6)];
const float l_359 = l_357.i_0;
const float l_360 = l_358.i_0;
const float l_361 = l_359 * l_360;
l_mut_157 = l_mut_157 + l_361;
const float l_362 = l_357.i_1;
const float l_363 = l_358.i_1;
const float l_364 = l_362 * l_363;
l_mut_157 = l_mut_157 + l_364;
const float l_365 = l_357.i_2;
const float l_366 = l_358.i_2;
const float l_367 = l_365 * l_366;
l_mut_157 = l_mut_157 + l_367;
const float l_368 = l_357.i_3;
const float l_369 = l_358.i_3;
const float l_370 = l_368 * l_369;
l_mut_157 = l_mut_157 + l_370;
const float_4 l_371 = l_arr_270[uint(1)];
const float_4 l_372 = l_arr_41[uint(7)];
const float l_373 = l_371.i_0;
const float l_374 = l_372.i_0;
const float l_375 = l_373 * l_374;
l_mut_157 = l_mut_157 + l_375;
const float l_376 = l_371.i_1;
const float l_377 = l_372.i_1;
const float l_378 = l_376 * l_377;
l_mut_157 = l_mut_157 + l_378;
const float l_379 = l_371.i_2;
const float l_380 = l_372.i_2;
const float l_381 = l_379 * l_380;
l_mut_157 = l_mut_157 + l_381;
const float l_382 = l_371.i_3;
const float l_383 = l_372.i_3;
const float l_384 = l_382 * l_383;
l_mut_157 = l_mut_157 + l_384;
l_arr_94[uint(7)] = l_mut_157;
const float_4 l_386 = l_arr_90[uint(4)];
l_arr_385[uint(0)] = reinterpret_cast<thread float_4 const&>(l_386);
const float_4 l_387 = l_arr_90[uint(5)];
l_arr_385[uint(1)] = reinterpret_cast<thread float_4 const&>(l_387);
l_mut_157 = float(0.0);
const float_4 l_388 = l_arr_385[uint(0)];
const float_4 l_389 = l_arr_41[uint(0)];
const float l_390 = l_388.i_0;
const float l_391 = l_389.i_0;
const float l_392 = l_390 * l_391;
l_mut_157 = l_mut_157 + l_392;
const float l_393 = l_388.i_1;
const float l_394 = l_389.i_1;
const float l_395 = l_393 * l_394;
l_mut_157 = l_mut_157 + l_395;
const float l_396 = l_388.i_2;
const float l_397 = l_389.i_2;
const float l_398 = l_396 * l_397;
l_mut_157 = l_mut_157 + l_398;
const float l_399 = l_388.i_3;
const float l_400 = l_389.i_3;
const float l_401 = l_399 * l_400;
l_mut_157 = l_mut_157 + l_401;
const float_4 l_402 = l_arr_385[uint(1)];
const float_4 l_403 = l_arr_41[uint(1)];
const float l_404 = l_402.i_0;
const float l_405 = l_403.i_0;
const float l_406 = l_404 * l_405;
l_mut_157 = l_mut_157 + l_406;
const float l_407 = l_402.i_1;
const float l_408 = l_403.i_1;
const float l_409 = l_407 * l_408;
l_mut_157 = l_mut_157 + l_409;
const float l_410 = l_402.i_2;
const float l_411 = l_403.i_2;
const float l_412 = l_410 * l_411;
l_mut_157 = l_mut_157 + l_412;
const float l_413 = l_402.i_3;
const float l_414 = l_403.i_3;
const float l_415 = l_413 * l_414;
l_mut_157 = l_mut_157 + l_415;
l_arr_94[uint(8)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_416 = l_arr_385[uint(0)];
const float_4 l_417 = l_arr_41[uint(2)];
const float l_418 = l_416.i_0;
const float l_419 = l_417.i_0;
const float l_420 = l_418 * l_419;
l_mut_157 = l_mut_157 + l_420;
const float l_421 = l_416.i_1;
const float l_422 = l_417.i_1;
const float l_423 = l_421 * l_422;
l_mut_157 = l_mut_157 + l_423;
const float l_424 = l_416.i_2;
const float l_425 = l_417.i_2;
const float l_426 = l_424 * l_425;
l_mut_157 = l_mut_157 + l_426;
const float l_427 = l_416.i_3;
const float l_428 = l_417.i_3;
const float l_429 = l_427 * l_428;
l_mut_157 = l_mut_157 + l_429;
const float_4 l_430 = l_arr_385[uint(1)];
const float_4 l_431 = l_arr_41[uint(3)];
const float l_432 = l_430.i_0;
const float l_433 = l_431.i_0;
const float l_434 = l_432 * l_433;
l_mut_157 = l_mut_157 + l_434;
const float l_435 = l_430.i_1;
const float l_436 = l_431.i_1;
const float l_437 = l_435 * l_436;
l_mut_157 = l_mut_157 + l_437;
const float l_438 = l_430.i_2;
const float l_439 = l_431.i_2;
const float l_440 = l_438 * l_439;
l_mut_157 = l_mut_157 + l_440;
const float l_441 = l_430.i_3;
const float l_442 = l_431.i_3;
const float l_443 = l_441 * l_442;
l_mut_157 = l_mut_157 + l_443;
l_arr_94[uint(9)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_444 = l_arr_385[uint(0)];
const float_4 l_445 = l_arr_41[uint(4)];
const float l_446 = l_444.i_0;
const float l_447 = l_445.i_0;
const float l_448 = l_446 * l_447;
l_mut_157 = l_mut_157 + l_448;
const float l_449 = l_444.i_1;
const float l_450 = l_445.i_1;
const float l_451 = l_449 * l_450;
l_mut_157 = l_mut_157 + l_451;
const float l_452 = l_444.i_2;
const float l_453 = l_445.i_2;
const float l_454 = l_452 * l_453;
l_mut_157 = l_mut_157 + l_454;
const float l_455 = l_444.i_3;
const float l_456 = l_445.i_3;
const float l_457 = l_455 * l_456;
l_mut_157 = l_mut_157 + l_457;
const float_4 l_458 = l_arr_385[uint(1)];
const float_4 l_459 = l_arr_41[uint(5)];
const float l_460 = l_458.i_0;
const float l_461 = l_459.i_0;
const float l_462 = l_460 * l_461;
l_mut_157 = l_mut_157 + l_462;
const float l_463 = l_458.i_1;
const float l_464 = l_459.i_1;
const float l_465 = l_463 * l_464;
l_mut_157 = l_mut_157 + l_465;
const float l_466 = l_458.i_2;
const float l_467 = l_459.i_2;
const float l_468 = l_466 * l_467;
l_mut_157 = l_mut_157 + l_468;
const float l_469 = l_458.i_3;
const float l_470 = l_459.i_3;
const float l_471 = l_469 * l_470;
l_mut_157 = l_mut_157 + l_471;
l_arr_94[uint(10)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_472 = l_arr_385[uint(0)];
const float_4 l_473 = l_arr_41[uint(6)];
const float l_474 = l_472.i_0;
const float l_475 = l_473.i_0;
const float l_476 = l_474 * l_475;
l_mut_157 = l_mut_157 + l_476;
const float l_477 = l_472.i_1;
const float l_478 = l_473.i_1;
const float l_479 = l_477 * l_478;
l_mut_157 = l_mut_157 + l_479;
const float l_480 = l_472.i_2;
const float l_481 = l_473.i_2;
const float l_482 = l_480 * l_481;
l_mut_157 = l_mut_157 + l_482;
const float l_483 = l_472.i_3;
const float l_484 = l_473.i_3;
const float l_485 = l_483 * l_484;
l_mut_157 = l_mut_157 + l_485;
const float_4 l_486 = l_arr_385[uint(1)];
const float_4 l_487 = l_arr_41[uint(7)];
const float l_488 = l_486.i_0;
const float l_489 = l_487.i_0;
const float l_490 = l_488 * l_489;
l_mut_157 = l_mut_157 + l_490;
const float l_491 = l_486.i_1;
const float l_492 = l_487.i_1;
const float l_493 = l_491 * l_492;
l_mut_157 = l_mut_157 + l_493;
const float l_494 = l_486.i_2;
const float l_495 = l_487.i_2;
const float l_496 = l_494 * l_495;
l_mut_157 = l_mut_157 + l_496;
const float l_497 = l_486.i_3;
const float l_498 = l_487.i_3;
const float l_499 = l_497 * l_498;
l_mut_157 = l_mut_157 + l_499;
l_arr_94[uint(11)] = l_mut_157;
const float_4 l_501 = l_arr_90[uint(6)];
l_arr_500[uint(0)] = reinterpret_cast<thread float_4 const&>(l_501);
const float_4 l_502 = l_arr_90[uint(7)];
l_arr_500[uint(1)] = reinterpret_cast<thread float_4 const&>(l_502);
l_mut_157 = float(0.0);
const float_4 l_503 = l_arr_500[uint(0)];
const float_4 l_504 = l_arr_41[uint(0)];
const float l_505 = l_503.i_0;
const float l_506 = l_504.i_0;
const float l_507 = l_505 * l_506;
l_mut_157 = l_mut_157 + l_507;
const float l_508 = l_503.i_1;
const float l_509 = l_504.i_1;
const float l_510 = l_508 * l_509;
l_mut_157 = l_mut_157 + l_510;
const float l_511 = l_503.i_2;
const float l_512 = l_504.i_2;
const float l_513 = l_511 * l_512;
l_mut_157 = l_mut_157 + l_513;
const float l_514 = l_503.i_3;
const float l_515 = l_504.i_3;
const float l_516 = l_514 * l_515;
l_mut_157 = l_mut_157 + l_516;
const float_4 l_517 = l_arr_500[uint(1)];
const float_4 l_518 = l_arr_41[uint(1)];
const float l_519 = l_517.i_0;
const float l_520 = l_518.i_0;
const float l_521 = l_519 * l_520;
l_mut_157 = l_mut_157 + l_521;
const float l_522 = l_517.i_1;
const float l_523 = l_518.i_1;
const float l_524 = l_522 * l_523;
l_mut_157 = l_mut_157 + l_524;
const float l_525 = l_517.i_2;
const float l_526 = l_518.i_2;
const float l_527 = l_525 * l_526;
l_mut_157 = l_mut_157 + l_527;
const float l_528 = l_517.i_3;
const float l_529 = l_518.i_3;
const float l_530 = l_528 * l_529;
l_mut_157 = l_mut_157 + l_530;
l_arr_94[uint(12)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_531 = l_arr_500[uint(0)];
const float_4 l_532 = l_arr_41[uint(2)];
const float l_533 = l_531.i_0;
const float l_534 = l_532.i_0;
const float l_535 = l_533 * l_534;
l_mut_157 = l_mut_157 + l_535;
const float l_536 = l_531.i_1;
const float l_537 = l_532.i_1;
const float l_538 = l_536 * l_537;
l_mut_157 = l_mut_157 + l_538;
const float l_539 = l_531.i_2;
const float l_540 = l_532.i_2;
const float l_541 = l_539 * l_540;
l_mut_157 = l_mut_157 + l_541;
const float l_542 = l_531.i_3;
const float l_543 = l_532.i_3;
const float l_544 = l_542 * l_543;
l_mut_157 = l_mut_157 + l_544;
const float_4 l_545 = l_arr_500[uint(1)];
const float_4 l_546 = l_arr_41[uint(3)];
const float l_547 = l_545.i_0;
const float l_548 = l_546.i_0;
const float l_549 = l_547 * l_548;
l_mut_157 = l_mut_157 + l_549;
const float l_550 = l_545.i_1;
const float l_551 = l_546.i_1;
const float l_552 = l_550 * l_551;
l_mut_157 = l_mut_157 + l_552;
const float l_553 = l_545.i_2;
const float l_554 = l_546.i_2;
const float l_555 = l_553 * l_554;
l_mut_157 = l_mut_157 + l_555;
const float l_556 = l_545.i_3;
const float l_557 = l_546.i_3;
const float l_558 = l_556 * l_557;
l_mut_157 = l_mut_157 + l_558;
l_arr_94[uint(13)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_559 = l_arr_500[uint(0)];
const float_4 l_560 = l_arr_41[uint(4)];
const float l_561 = l_559.i_0;
const float l_562 = l_560.i_0;
const float l_563 = l_561 * l_562;
l_mut_157 = l_mut_157 + l_563;
const float l_564 = l_559.i_1;
const float l_565 = l_560.i_1;
const float l_566 = l_564 * l_565;
l_mut_157 = l_mut_157 + l_566;
const float l_567 = l_559.i_2;
const float l_568 = l_560.i_2;
const float l_569 = l_567 * l_568;
l_mut_157 = l_mut_157 + l_569;
const float l_570 = l_559.i_3;
const float l_571 = l_560.i_3;
const float l_572 = l_570 * l_571;
l_mut_157 = l_mut_157 + l_572;
const float_4 l_573 = l_arr_500[uint(1)];
const float_4 l_574 = l_arr_41[uint(5)];
const float l_575 = l_573.i_0;
const float l_576 = l_574.i_0;
const float l_577 = l_575 * l_576;
l_mut_157 = l_mut_157 + l_577;
const float l_578 = l_573.i_1;
const float l_579 = l_574.i_1;
const float l_580 = l_578 * l_579;
l_mut_157 = l_mut_157 + l_580;
const float l_581 = l_573.i_2;
const float l_582 = l_574.i_2;
const float l_583 = l_581 * l_582;
l_mut_157 = l_mut_157 + l_583;
const float l_584 = l_573.i_3;
const float l_585 = l_574.i_3;
const float l_586 = l_584 * l_585;
l_mut_157 = l_mut_157 + l_586;
l_arr_94[uint(14)] = l_mut_157;
l_mut_157 = float(0.0);
const float_4 l_587 = l_arr_500[uint(0)];
const float_4 l_588 = l_arr_41[uint(6)];
const float l_589 = l_587.i_0;
const float l_590 = l_588.i_0;
const float l_591 = l_589 * l_590;
l_mut_157 = l_mut_157 + l_591;
const float l_592 = l_587.i_1;
const float l_593 = l_588.i_1;
const float l_594 = l_592 * l_593;
l_mut_157 = l_mut_157 + l_594;
const float l_595 = l_587.i_2;
const float l_596 = l_588.i_2;
const float l_597 = l_595 * l_596;
l_mut_157 = l_mut_157 + l_597;
const float l_598 = l_587.i_3;
const float l_599 = l_588.i_3;
const float l_600 = l_598 * l_599;
l_mut_157 = l_mut_157 + l_600;
const float_4 l_601 = l_arr_500[uint(1)];
const float_4 l_602 = l_arr_41[uint(7)];
const float l_603 = l_601.i_0;
const float l_604 = l_602.i_0;
const float l_605 = l_603 * l_604;
l_mut_157 = l_mut_157 + l_605;
const float l_606 = l_601.i_1;
const float l_607 = l_602.i_1;
const float l_608 = l_606 * l_607;
l_mut_157 = l_mut_157 + l_608;
const float l_609 = l_601.i_2;
const float l_610 = l_602.i_2;
const float l_611 = l_609 * l_610;
l_mut_157 = l_mut_157 + l_611;
const float l_612 = l_601.i_3;
const float l_613 = l_602.i_3;
const float l_614 = l_612 * l_613;
l_mut_157 = l_mut_157 + l_614;
l_arr_94[uint(15)] = l_mut_157;
const float l_616 = l_arr_94[uint(0)];
l_arr_615[uint(0)] = l_616;
const float l_617 = l_arr_94[uint(1)];
l_arr_615[uint(1)] = l_617;
const float l_618 = l_arr_94[uint(2)];
l_arr_615[uint(2)] = l_618;
const float l_619 = l_arr_94[uint(3)];
l_arr_615[uint(3)] = l_619;
const float l_620 = l_arr_94[uint(4)];
l_arr_615[uint(4)] = l_620;
const float l_621 = l_arr_94[uint(5)];
l_arr_615[uint(5)] = l_621;
const float l_622 = l_arr_94[uint(6)];
l_arr_615[uint(6)] = l_622;
const float l_623 = l_arr_94[uint(7)];
l_arr_615[uint(7)] = l_623;
const float l_624 = l_arr_94[uint(8)];
l_arr_615[uint(8)] = l_624;
const float l_625 = l_arr_94[uint(9)];
l_arr_615[uint(9)] = l_625;
const float l_626 = l_arr_94[uint(10)];
l_arr_615[uint(10)] = l_626;
const float l_627 = l_arr_94[uint(11)];
l_arr_615[uint(11)] = l_627;
const float l_628 = l_arr_94[uint(12)];
l_arr_615[uint(12)] = l_628;
const float l_629 = l_arr_94[uint(13)];
l_arr_615[uint(13)] = l_629;
const float l_630 = l_arr_94[uint(14)];
l_arr_615[uint(14)] = l_630;
const float l_631 = l_arr_94[uint(15)];
l_arr_615[uint(15)] = l_631;
const uint l_632 = l_13 & uint(8);
const bool l_633 = l_632 != uint(0);
const float l_634 = l_arr_615[uint(0)];
const float l_635 = l_arr_615[uint(8)];
const float l_636 = (l_633) ? l_634 : l_635;
const float l_637 = (l_633) ? l_635 : l_634;
const float l_638 = { simd_shuffle_xor(l_636, uint(8)) };
const float l_639 = l_637 + l_638;
l_arr_615[uint(0)] = l_639;
const float l_640 = l_arr_615[uint(1)];
const float l_641 = l_arr_615[uint(9)];
const float l_642 = (l_633) ? l_640 : l_641;
const float l_643 = (l_633) ? l_641 : l_640;
const float l_644 = { simd_shuffle_xor(l_642, uint(8)) };
const float l_645 = l_643 + l_644;
l_arr_615[uint(1)] = l_645;
const float l_646 = l_arr_615[uint(2)];
const float l_647 = l_arr_615[uint(10)];
const float l_648 = (l_633) ? l_646 : l_647;
const float l_649 = (l_633) ? l_647 : l_646;
const float l_650 = { simd_shuffle_xor(l_648, uint(8)) };
const float l_651 = l_649 + l_650;
l_arr_615[uint(2)] = l_651;
const float l_652 = l_arr_615[uint(3)];
const float l_653 = l_arr_615[uint(11)];
const float l_654 = (l_633) ? l_652 : l_653;
const float l_655 = (l_633) ? l_653 : l_652;
const float l_656 = { simd_shuffle_xor(l_654, uint(8)) };
const float l_657 = l_655 + l_656;
l_arr_615[uint(3)] = l_657;
const float l_658 = l_arr_615[uint(4)];
const float l_659 = l_arr_615[uint(12)];
const float l_660 = (l_633) ? l_658 : l_659;
const float l_661 = (l_633) ? l_659 : l_658;
const float l_662 = { simd_shuffle_xor(l_660, uint(8)) };
const float l_663 = l_661 + l_662;
l_arr_615[uint(4)] = l_663;
const float l_664 = l_arr_615[uint(5)];
const float l_665 = l_arr_615[uint(13)];
const float l_666 = (l_633) ? l_664 : l_665;
const float l_667 = (l_633) ? l_665 : l_664;
const float l_668 = { simd_shuffle_xor(l_666, uint(8)) };
const float l_669 = l_667 + l_668;
l_arr_615[uint(5)] = l_669;
const float l_670 = l_arr_615[uint(6)];
const float l_671 = l_arr_615[uint(14)];
const float l_672 = (l_633) ? l_670 : l_671;
const float l_673 = (l_633) ? l_671 : l_670;
const float l_674 = { simd_shuffle_xor(l_672, uint(8)) };
const float l_675 = l_673 + l_674;
l_arr_615[uint(6)] = l_675;
const float l_676 = l_arr_615[uint(7)];
const float l_677 = l_arr_615[uint(15)];
const float l_678 = (l_633) ? l_676 : l_677;
const float l_679 = (l_633) ? l_677 : l_676;
const float l_680 = { simd_shuffle_xor(l_678, uint(8)) };
const float l_681 = l_679 + l_680;
l_arr_615[uint(7)] = l_681;
const uint l_682 = l_13 & uint(4);
const bool l_683 = l_682 != uint(0);
const float l_684 = l_arr_615[uint(0)];
const float l_685 = l_arr_615[uint(4)];
const float l_686 = (l_683) ? l_684 : l_685;
const float l_687 = (l_683) ? l_685 : l_684;
const float l_688 = { simd_shuffle_xor(l_686, uint(4)) };
const float l_689 = l_687 + l_688;
l_arr_615[uint(0)] = l_689;
const float l_690 = l_arr_615[uint(1)];
const float l_691 = l_arr_615[uint(5)];
const float l_692 = (l_683) ? l_690 : l_691;
const float l_693 = (l_683) ? l_691 : l_690;
const float l_694 = { simd_shuffle_xor(l_692, uint(4)) };
const float l_695 = l_693 + l_694;
l_arr_615[uint(1)] = l_695;
const float l_696 = l_arr_615[uint(2)];
const float l_697 = l_arr_615[uint(6)];
const float l_698 = (l_683) ? l_696 : l_697;
const float l_699 = (l_683) ? l_697 : l_696;
const float l_700 = { simd_shuffle_xor(l_698, uint(4)) };
const float l_701 = l_699 + l_700;
l_arr_615[uint(2)] = l_701;
const float l_702 = l_arr_615[uint(3)];
const float l_703 = l_arr_615[uint(7)];
const float l_704 = (l_683) ? l_702 : l_703;
const float l_705 = (l_683) ? l_703 : l_702;
const float l_706 = { simd_shuffle_xor(l_704, uint(4)) };
const float l_707 = l_705 + l_706;
l_arr_615[uint(3)] = l_707;
const uint l_708 = l_13 & uint(2);
const bool l_709 = l_708 != uint(0);
const float l_710 = l_arr_615[uint(0)];
const float l_711 = l_arr_615[uint(2)];
const float l_712 = (l_709) ? l_710 : l_711;
const float l_713 = (l_709) ? l_711 : l_710;
const float l_714 = { simd_shuffle_xor(l_712, uint(2)) };
const float l_715 = l_713 + l_714;
l_arr_615[uint(0)] = l_715;
const float l_716 = l_arr_615[uint(1)];
const float l_717 = l_arr_615[uint(3)];
const float l_718 = (l_709) ? l_716 : l_717;
const float l_719 = (l_709) ? l_717 : l_716;
const float l_720 = { simd_shuffle_xor(l_718, uint(2)) };
const float l_721 = l_719 + l_720;
l_arr_615[uint(1)] = l_721;
const uint l_722 = l_13 & uint(1);
const bool l_723 = l_722 != uint(0);
const float l_724 = l_arr_615[uint(0)];
const float l_725 = l_arr_615[uint(1)];
const float l_726 = (l_723) ? l_724 : l_725;
const float l_727 = (l_723) ? l_725 : l_724;
const float l_728 = { simd_shuffle_xor(l_726, uint(1)) };
const float l_729 = l_727 + l_728;
l_arr_615[uint(0)] = l_729;
const uint l_730 = l_13 / uint(4);
const uint l_731 = l_13 % uint(4);
const uint l_732 = l_730 * uint(8);
const uint l_733 = l_mut_84 + l_732;
const uint l_734 = l_733 + l_12;
const uint l_735 = l_8 + l_731;
l_mut_157 = info.scalars_float[2];
const bool l_736 = l_731 < uint(4);
const bool l_737 = l_734 < l_mut_85;
const bool l_738 = l_736 && l_737;
if (l_738) {
const float l_739 = l_arr_615[uint(0)];
const uint l_740 = l_735 % info.scalars_uint[2];
const uint l_741 = l_11 + l_740;
const uint l_742 = l_735 / info.scalars_uint[2];
const float l_743 = l_739 * info.scalars_float[0];
l_mut_744 = l_743;
l_mut_745 = l_mut_744;
const bool l_746 = l_742 < l_mut_4;
const bool l_747 = l_734 < l_mut_7;
const bool l_748 = l_746 && l_747;
l_mut_749 = l_748;
if (l_mut_749) {
const uint l_750 = l_0 * info.scalars_uint[6];
const uint l_751 = l_741 * info.scalars_uint[7];
const uint l_752 = l_750 + l_751;
const uint l_753 = l_742 * info.scalars_uint[4];
const uint l_754 = l_752 + l_753;
const uint l_755 = l_754 + l_734;
}
const bool l_756 = !l_mut_749;
if (l_756) {
l_mut_744 = info.scalars_float[2];
}
l_mut_157 = l_mut_744;
}
l_mut_745 = l_mut_157;
const float l_757 = { simd_shuffle_xor(l_mut_745, uint(4)) };
const bool l_758 = l_757 > l_mut_745;
const float l_759 = (l_758) ? l_757 : l_mut_745;
l_mut_745 = l_759;
const float l_760 = { simd_shuffle_xor(l_mut_745, uint(8)) };
const bool l_761 = l_760 > l_mut_745;
const float l_762 = (l_761) ? l_760 : l_mut_745;
l_mut_745 = l_762;
const float l_763 = l_arr_75[uint(0)];
l_mut_744 = l_763;
const bool l_764 = l_731 == uint(1);
if (l_764) {
const float l_765 = l_arr_75[uint(1)];
l_mut_744 = l_765;
}
const bool l_766 = l_731 == uint(2);
if (l_766) {
const float l_767 = l_arr_75[uint(2)];
l_mut_744 = l_767;
}
const bool l_768 = l_731 == uint(3);
if (l_768) {
const float l_769 = l_arr_75[uint(3)];
l_mut_744 = l_769;
}
const bool l_770 = l_mut_744 > l_mut_745;
if (l_770) {
l_mut_745 = l_mut_744;
}
l_mut_744 = float(0.0);
const bool l_771 = l_mut_157 > info.scalars_float[2];
if (l_771) {
const float l_772 = l_mut_157 - l_mut_745;
const float l_773 = exp(l_772);
l_mut_744 = l_773;
}
l_mut_157 = l_mut_744;
const float l_774 = { simd_shuffle_xor(l_mut_157, uint(4)) };
l_mut_157 = l_mut_157 + l_774;
const float l_775 = { simd_shuffle_xor(l_mut_157, uint(8)) };
l_mut_157 = l_mut_157 + l_775;
const uint l_776 = simd_lane_id - l_13;
const uint l_777 = l_776 + uint(0);
const float l_778 = { simd_shuffle(l_mut_745, l_777) };
const uint l_779 = l_776 + uint(0);
const float l_780 = { simd_shuffle(l_mut_157, l_779) };
const float l_781 = l_arr_75[uint(0)];
l_mut_782 = float(1.0);
const bool l_783 = l_778 > info.scalars_float[2];
if (l_783) {
l_mut_782 = float(0.0);
const bool l_784 = l_781 > info.scalars_float[2];
if (l_784) {
const float l_785 = l_781 - l_778;
const float l_786 = exp(l_785);
l_mut_782 = l_786;
}
}
l_arr_75[uint(0)] = l_778;
const float l_787 = l_arr_76[uint(0)];
const float l_788 = l_787 * l_mut_782;
const float l_789 = l_788 + l_780;
l_arr_76[uint(0)] = l_789;
l_arr_95[uint(0)] = l_mut_782;
const uint l_790 = l_776 + uint(1);
const float l_791 = { simd_shuffle(l_mut_745, l_790) };
const uint l_792 = l_776 + uint(1);
const float l_793 = { simd_shuffle(l_mut_157, l_792) };
const float l_794 = l_arr_75[uint(1)];
l_mut_782 = float(1.0);
const bool l_795 = l_791 > info.scalars_float[2];
if (l_795) {
l_mut_782 = float(0.0);
const bool l_796 = l_794 > info.scalars_float[2];
if (l_796) {
const float l_797 = l_794 - l_791;
const float l_798 = exp(l_797);
l_mut_782 = l_798;
}
}
l_arr_75[uint(1)] = l_791;
const float l_799 = l_arr_76[uint(1)];
const float l_800 = l_799 * l_mut_782;
const float l_801 = l_800 + l_793;
l_arr_76[uint(1)] = l_801;
l_arr_95[uint(1)] = l_mut_782;
const uint l_802 = l_776 + uint(2);
const float l_803 = { simd_shuffle(l_mut_745, l_802) };
const uint l_804 = l_776 + uint(2);
const float l_805 = { simd_shuffle(l_mut_157, l_804) };
const float l_806 = l_arr_75[uint(2)];
l_mut_782 = float(1.0);
const bool l_807 = l_803 > info.scalars_float[2];
if (l_807) {
l_mut_782 = float(0.0);
const bool l_808 = l_806 > info.scalars_float[2];
if (l_808) {
const float l_809 = l_806 - l_803;
const float l_810 = exp(l_809);
l_mut_782 = l_810;
}
}
l_arr_75[uint(2)] = l_803;
const float l_811 = l_arr_76[uint(2)];
const float l_812 = l_811 * l_mut_782;
const float l_813 = l_812 + l_805;
l_arr_76[uint(2)] = l_813;
l_arr_95[uint(2)] = l_mut_782;
const uint l_814 = l_776 + uint(3);
const float l_815 = { simd_shuffle(l_mut_745, l_814) };
const uint l_816 = l_776 + uint(3);
const float l_817 = { simd_shuffle(l_mut_157, l_816) };
const float l_818 = l_arr_75[uint(3)];
l_mut_782 = float(1.0);
const bool l_819 = l_815 > info.scalars_float[2];
if (l_819) {
l_mut_782 = float(0.0);
const bool l_820 = l_818 > info.scalars_float[2];
if (l_820) {
const float l_821 = l_818 - l_815;
const float l_822 = exp(l_821);
l_mut_782 = l_822;
}
}
l_arr_75[uint(3)] = l_815;
const float l_823 = l_arr_76[uint(3)];
const float l_824 = l_823 * l_mut_782;
const float l_825 = l_824 + l_817;
l_arr_76[uint(3)] = l_825;
l_arr_95[uint(3)] = l_mut_782;
const uint l_826 = l_776 + uint(0);
const float l_827 = { simd_shuffle(l_mut_744, l_826) };
l_arr_94[uint(0)] = l_827;
const uint l_828 = l_776 + uint(1);
const float l_829 = { simd_shuffle(l_mut_744, l_828) };
l_arr_94[uint(1)] = l_829;
const uint l_830 = l_776 + uint(2);
const float l_831 = { simd_shuffle(l_mut_744, l_830) };
l_arr_94[uint(2)] = l_831;
const uint l_832 = l_776 + uint(3);
const float l_833 = { simd_shuffle(l_mut_744, l_832) };
l_arr_94[uint(3)] = l_833;
const uint l_834 = l_776 + uint(4);
const float l_835 = { simd_shuffle(l_mut_744, l_834) };
l_arr_94[uint(4)] = l_835;
const uint l_836 = l_776 + uint(5);
const float l_837 = { simd_shuffle(l_mut_744, l_836) };
l_arr_94[uint(5)] = l_837;
const uint l_838 = l_776 + uint(6);
const float l_839 = { simd_shuffle(l_mut_744, l_838) };
l_arr_94[uint(6)] = l_839;
const uint l_840 = l_776 + uint(7);
const float l_841 = { simd_shuffle(l_mut_744, l_840) };
l_arr_94[uint(7)] = l_841;
const uint l_842 = l_776 + uint(8);
const float l_843 = { simd_shuffle(l_mut_744, l_842) };
l_arr_94[uint(8)] = l_843;
const uint l_844 = l_776 + uint(9);
const float l_845 = { simd_shuffle(l_mut_744, l_844) };
l_arr_94[uint(9)] = l_845;
const uint l_846 = l_776 + uint(10);
const float l_847 = { simd_shuffle(l_mut_744, l_846) };
l_arr_94[uint(10)] = l_847;
const uint l_848 = l_776 + uint(11);
const float l_849 = { simd_shuffle(l_mut_744, l_848) };
l_arr_94[uint(11)] = l_849;
const uint l_850 = l_776 + uint(12);
const float l_851 = { simd_shuffle(l_mut_744, l_850) };
l_arr_94[uint(12)] = l_851;
const uint l_852 = l_776 + uint(13);
const float l_853 = { simd_shuffle(l_mut_744, l_852) };
l_arr_94[uint(13)] = l_853;
const uint l_854 = l_776 + uint(14);
const float l_855 = { simd_shuffle(l_mut_744, l_854) };
l_arr_94[uint(14)] = l_855;
const uint l_856 = l_776 + uint(15);
const float l_857 = { simd_shuffle(l_mut_744, l_856) };
l_arr_94[uint(15)] = l_857;
const float_4 l_858 = l_arr_42[uint(0)];
const float l_859 = l_arr_95[uint(0)];
const float_4 l_860 = float_4{
l_859,l_859,l_859,l_859,};
const float_4 l_861 = float_4{
l_858.i_0 * l_860.i_0, l_858.i_1 * l_860.i_1, l_858.i_2 * l_860.i_2, l_858.i_3 * l_860.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_861);
const float_4 l_862 = l_arr_42[uint(1)];
const float l_863 = l_arr_95[uint(0)];
const float_4 l_864 = float_4{
l_863,l_863,l_863,l_863,};
const float_4 l_865 = float_4{
l_862.i_0 * l_864.i_0, l_862.i_1 * l_864.i_1, l_862.i_2 * l_864.i_2, l_862.i_3 * l_864.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_865);
const float_4 l_866 = l_arr_42[uint(2)];
const float l_867 = l_arr_95[uint(1)];
const float_4 l_868 = float_4{
l_867,l_867,l_867,l_867,};
const float_4 l_869 = float_4{
l_866.i_0 * l_868.i_0, l_866.i_1 * l_868.i_1, l_866.i_2 * l_868.i_2, l_866.i_3 * l_868.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_869);
const float_4 l_870 = l_arr_42[uint(3)];
const float l_871 = l_arr_95[uint(1)];
const float_4 l_872 = float_4{
l_871,l_871,l_871,l_871,};
const float_4 l_873 = float_4{
l_870.i_0 * l_872.i_0, l_870.i_1 * l_872.i_1, l_870.i_2 * l_872.i_2, l_870.i_3 * l_872.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_873);
const float_4 l_874 = l_arr_42[uint(4)];
const float l_875 = l_arr_95[uint(2)];
const float_4 l_876 = float_4{
l_875,l_875,l_875,l_875,};
const float_4 l_877 = float_4{
l_874.i_0 * l_876.i_0, l_874.i_1 * l_876.i_1, l_874.i_2 * l_876.i_2, l_874.i_3 * l_876.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_877);
const float_4 l_878 = l_arr_42[uint(5)];
const float l_879 = l_arr_95[uint(2)];
const float_4 l_880 = float_4{
l_879,l_879,l_879,l_879,};
const float_4 l_881 = float_4{
l_878.i_0 * l_880.i_0, l_878.i_1 * l_880.i_1, l_878.i_2 * l_880.i_2, l_878.i_3 * l_880.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_881);
const float_4 l_882 = l_arr_42[uint(6)];
const float l_883 = l_arr_95[uint(3)];
const float_4 l_884 = float_4{
l_883,l_883,l_883,l_883,};
const float_4 l_885 = float_4{
l_882.i_0 * l_884.i_0, l_882.i_1 * l_884.i_1, l_882.i_2 * l_884.i_2, l_882.i_3 * l_884.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_885);
const float_4 l_886 = l_arr_42[uint(7)];
const float l_887 = l_arr_95[uint(3)];
const float_4 l_888 = float_4{
l_887,l_887,l_887,l_887,};
const float_4 l_889 = float_4{
l_886.i_0 * l_888.i_0, l_886.i_1 * l_888.i_1, l_886.i_2 * l_888.i_2, l_886.i_3 * l_888.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_889);
const float_4 l_890 = l_arr_91[uint(0)];
const float l_891 = l_arr_94[uint(0)];
const float_4 l_892 = float_4{
l_891,l_891,l_891,l_891,};
const float_4 l_893 = float_4{
l_890.i_0 * l_892.i_0, l_890.i_1 * l_892.i_1, l_890.i_2 * l_892.i_2, l_890.i_3 * l_892.i_3, };
const float_4 l_894 = l_arr_42[uint(0)];
const float_4 l_895 = float_4{
l_894.i_0 + l_893.i_0, l_894.i_1 + l_893.i_1, l_894.i_2 + l_893.i_2, l_894.i_3 + l_893.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_895);
const float l_896 = l_arr_94[uint(1)];
const float_4 l_897 = float_4{
l_896,l_896,l_896,l_896,};
const float_4 l_898 = float_4{
l_890.i_0 * l_897.i_0, l_890.i_1 * l_897.i_1, l_890.i_2 * l_897.i_2, l_890.i_3 * l_897.i_3, };
const float_4 l_899 = l_arr_42[uint(2)];
const float_4 l_900 = float_4{
l_899.i_0 + l_898.i_0, l_899.i_1 + l_898.i_1, l_899.i_2 + l_898.i_2, l_899.i_3 + l_898.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_900);
const float l_901 = l_arr_94[uint(2)];
const float_4 l_902 = float_4{
l_901,l_901,l_901,l_901,};
const float_4 l_903 = float_4{
l_890.i_0 * l_902.i_0, l_890.i_1 * l_902.i_1, l_890.i_2 * l_902.i_2, l_890.i_3 * l_902.i_3, };
const float_4 l_904 = l_arr_42[uint(4)];
const float_4 l_905 = float_4{
l_904.i_0 + l_903.i_0, l_904.i_1 + l_903.i_1, l_904.i_2 + l_903.i_2, l_904.i_3 + l_903.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_905);
const float l_906 = l_arr_94[uint(3)];
const float_4 l_907 = float_4{
l_906,l_906,l_906,l_906,};
const float_4 l_908 = float_4{
l_890.i_0 * l_907.i_0, l_890.i_1 * l_907.i_1, l_890.i_2 * l_907.i_2, l_890.i_3 * l_907.i_3, };
const float_4 l_909 = l_arr_42[uint(6)];
const float_4 l_910 = float_4{
l_909.i_0 + l_908.i_0, l_909.i_1 + l_908.i_1, l_909.i_2 + l_908.i_2, l_909.i_3 + l_908.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_910);
const float_4 l_911 = l_arr_91[uint(1)];
const float l_912 = l_arr_94[uint(0)];
const float_4 l_913 = float_4{
l_912,l_912,l_912,l_912,};
const float_4 l_914 = float_4{
l_911.i_0 * l_913.i_0, l_911.i_1 * l_913.i_1, l_911.i_2 * l_913.i_2, l_911.i_3 * l_913.i_3, };
const float_4 l_915 = l_arr_42[uint(1)];
const float_4 l_916 = float_4{
l_915.i_0 + l_914.i_0, l_915.i_1 + l_914.i_1, l_915.i_2 + l_914.i_2, l_915.i_3 + l_914.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_916);
const float l_917 = l_arr_94[uint(1)];
const float_4 l_918 = float_4{
l_917,l_917,l_917,l_917,};
const float_4 l_919 = float_4{
l_911.i_0 * l_918.i_0, l_911.i_1 * l_918.i_1, l_911.i_2 * l_918.i_2, l_911.i_3 * l_918.i_3, };
const float_4 l_920 = l_arr_42[uint(3)];
const float_4 l_921 = float_4{
l_920.i_0 + l_919.i_0, l_920.i_1 + l_919.i_1, l_920.i_2 + l_919.i_2, l_920.i_3 + l_919.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_921);
const float l_922 = l_arr_94[uint(2)];
const float_4 l_923 = float_4{
l_922,l_922,l_922,l_922,};
const float_4 l_924 = float_4{
l_911.i_0 * l_923.i_0, l_911.i_1 * l_923.i_1, l_911.i_2 * l_923.i_2, l_911.i_3 * l_923.i_3, };
const float_4 l_925 = l_arr_42[uint(5)];
const float_4 l_926 = float_4{
l_925.i_0 + l_924.i_0, l_925.i_1 + l_924.i_1, l_925.i_2 + l_924.i_2, l_925.i_3 + l_924.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_926);
const float l_927 = l_arr_94[uint(3)];
const float_4 l_928 = float_4{
l_927,l_927,l_927,l_927,};
const float_4 l_929 = float_4{
l_911.i_0 * l_928.i_0, l_911.i_1 * l_928.i_1, l_911.i_2 * l_928.i_2, l_911.i_3 * l_928.i_3, };
const float_4 l_930 = l_arr_42[uint(7)];
const float_4 l_931 = float_4{
l_930.i_0 + l_929.i_0, l_930.i_1 + l_929.i_1, l_930.i_2 + l_929.i_2, l_930.i_3 + l_929.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_931);
const float_4 l_932 = l_arr_91[uint(2)];
const float l_933 = l_arr_94[uint(4)];
const float_4 l_934 = float_4{
l_933,l_933,l_933,l_933,};
const float_4 l_935 = float_4{
l_932.i_0 * l_934.i_0, l_932.i_1 * l_934.i_1, l_932.i_2 * l_934.i_2, l_932.i_3 * l_934.i_3, };
const float_4 l_936 = l_arr_42[uint(0)];
const float_4 l_937 = float_4{
l_936.i_0 + l_935.i_0, l_936.i_1 + l_935.i_1, l_936.i_2 + l_935.i_2, l_936.i_3 + l_935.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_937);
const float l_938 = l_arr_94[uint(5)];
const float_4 l_939 = float_4{
l_938,l_938,l_938,l_938,};
const float_4 l_940 = float_4{
l_932.i_0 * l_939.i_0, l_932.i_1 * l_939.i_1, l_932.i_2 * l_939.i_2, l_932.i_3 * l_939.i_3, };
const float_4 l_941 = l_arr_42[uint(2)];
const float_4 l_942 = float_4{
l_941.i_0 + l_940.i_0, l_941.i_1 + l_940.i_1, l_941.i_2 + l_940.i_2, l_941.i_3 + l_940.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_942);
const float l_943 = l_arr_94[uint(6)];
const float_4 l_944 = float_4{
l_943,l_943,l_943,l_943,};
const float_4 l_945 = float_4{
l_932.i_0 * l_944.i_0, l_932.i_1 * l_944.i_1, l_932.i_2 * l_944.i_2, l_932.i_3 * l_944.i_3, };
const float_4 l_946 = l_arr_42[uint(4)];
const float_4 l_947 = float_4{
l_946.i_0 + l_945.i_0, l_946.i_1 + l_945.i_1, l_946.i_2 + l_945.i_2, l_946.i_3 + l_945.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_947);
const float l_948 = l_arr_94[uint(7)];
const float_4 l_949 = float_4{
l_948,l_948,l_948,l_948,};
const float_4 l_950 = float_4{
l_932.i_0 * l_949.i_0, l_932.i_1 * l_949.i_1, l_932.i_2 * l_949.i_2, l_932.i_3 * l_949.i_3, };
const float_4 l_951 = l_arr_42[uint(6)];
const float_4 l_952 = float_4{
l_951.i_0 + l_950.i_0, l_951.i_1 + l_950.i_1, l_951.i_2 + l_950.i_2, l_951.i_3 + l_950.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_952);
const float_4 l_953 = l_arr_91[uint(3)];
const float l_954 = l_arr_94[uint(4)];
const float_4 l_955 = float_4{
l_954,l_954,l_954,l_954,};
const float_4 l_956 = float_4{
l_953.i_0 * l_955.i_0, l_953.i_1 * l_955.i_1, l_953.i_2 * l_955.i_2, l_953.i_3 * l_955.i_3, };
const float_4 l_957 = l_arr_42[uint(1)];
const float_4 l_958 = float_4{
l_957.i_0 + l_956.i_0, l_957.i_1 + l_956.i_1, l_957.i_2 + l_956.i_2, l_957.i_3 + l_956.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_958);
const float l_959 = l_arr_94[uint(5)];
const float_4 l_960 = float_4{
l_959,l_959,l_959,l_959,};
const float_4 l_961 = float_4{
l_953.i_0 * l_960.i_0, l_953.i_1 * l_960.i_1, l_953.i_2 * l_960.i_2, l_953.i_3 * l_960.i_3, };
const float_4 l_962 = l_arr_42[uint(3)];
const float_4 l_963 = float_4{
l_962.i_0 + l_961.i_0, l_962.i_1 + l_961.i_1, l_962.i_2 + l_961.i_2, l_962.i_3 + l_961.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_963);
const float l_964 = l_arr_94[uint(6)];
const float_4 l_965 = float_4{
l_964,l_964,l_964,l_964,};
const float_4 l_966 = float_4{
l_953.i_0 * l_965.i_0, l_953.i_1 * l_965.i_1, l_953.i_2 * l_965.i_2, l_953.i_3 * l_965.i_3, };
const float_4 l_967 = l_arr_42[uint(5)];
const float_4 l_968 = float_4{
l_967.i_0 + l_966.i_0, l_967.i_1 + l_966.i_1, l_967.i_2 + l_966.i_2, l_967.i_3 + l_966.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_968);
const float l_969 = l_arr_94[uint(7)];
const float_4 l_970 = float_4{
l_969,l_969,l_969,l_969,};
const float_4 l_971 = float_4{
l_953.i_0 * l_970.i_0, l_953.i_1 * l_970.i_1, l_953.i_2 * l_970.i_2, l_953.i_3 * l_970.i_3, };
const float_4 l_972 = l_arr_42[uint(7)];
const float_4 l_973 = float_4{
l_972.i_0 + l_971.i_0, l_972.i_1 + l_971.i_1, l_972.i_2 + l_971.i_2, l_972.i_3 + l_971.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_973);
const float_4 l_974 = l_arr_91[uint(4)];
const float l_975 = l_arr_94[uint(8)];
const float_4 l_976 = float_4{
l_975,l_975,l_975,l_975,};
const float_4 l_977 = float_4{
l_974.i_0 * l_976.i_0, l_974.i_1 * l_976.i_1, l_974.i_2 * l_976.i_2, l_974.i_3 * l_976.i_3, };
const float_4 l_978 = l_arr_42[uint(0)];
const float_4 l_979 = float_4{
l_978.i_0 + l_977.i_0, l_978.i_1 + l_977.i_1, l_978.i_2 + l_977.i_2, l_978.i_3 + l_977.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_979);
const float l_980 = l_arr_94[uint(9)];
const float_4 l_981 = float_4{
l_980,l_980,l_980,l_980,};
const float_4 l_982 = float_4{
l_974.i_0 * l_981.i_0, l_974.i_1 * l_981.i_1, l_974.i_2 * l_981.i_2, l_974.i_3 * l_981.i_3, };
const float_4 l_983 = l_arr_42[uint(2)];
const float_4 l_984 = float_4{
l_983.i_0 + l_982.i_0, l_983.i_1 + l_982.i_1, l_983.i_2 + l_982.i_2, l_983.i_3 + l_982.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_984);
const float l_985 = l_arr_94[uint(10)];
const float_4 l_986 = float_4{
l_985,l_985,l_985,l_985,};
const float_4 l_987 = float_4{
l_974.i_0 * l_986.i_0, l_974.i_1 * l_986.i_1, l_974.i_2 * l_986.i_2, l_974.i_3 * l_986.i_3, };
const float_4 l_988 = l_arr_42[uint(4)];
const float_4 l_989 = float_4{
l_988.i_0 + l_987.i_0, l_988.i_1 + l_987.i_1, l_988.i_2 + l_987.i_2, l_988.i_3 + l_987.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_989);
const float l_990 = l_arr_94[uint(11)];
const float_4 l_991 = float_4{
l_990,l_990,l_990,l_990,};
const float_4 l_992 = float_4{
l_974.i_0 * l_991.i_0, l_974.i_1 * l_991.i_1, l_974.i_2 * l_991.i_2, l_974.i_3 * l_991.i_3, };
const float_4 l_993 = l_arr_42[uint(6)];
const float_4 l_994 = float_4{
l_993.i_0 + l_992.i_0, l_993.i_1 + l_992.i_1, l_993.i_2 + l_992.i_2, l_993.i_3 + l_992.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_994);
const float_4 l_995 = l_arr_91[uint(5)];
const float l_996 = l_arr_94[uint(8)];
const float_4 l_997 = float_4{
l_996,l_996,l_996,l_996,};
const float_4 l_998 = float_4{
l_995.i_0 * l_997.i_0, l_995.i_1 * l_997.i_1, l_995.i_2 * l_997.i_2, l_995.i_3 * l_997.i_3, };
const float_4 l_999 = l_arr_42[uint(1)];
const float_4 l_1000 = float_4{
l_999.i_0 + l_998.i_0, l_999.i_1 + l_998.i_1, l_999.i_2 + l_998.i_2, l_999.i_3 + l_998.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1000);
const float l_1001 = l_arr_94[uint(9)];
const float_4 l_1002 = float_4{
l_1001,l_1001,l_1001,l_1001,};
const float_4 l_1003 = float_4{
l_995.i_0 * l_1002.i_0, l_995.i_1 * l_1002.i_1, l_995.i_2 * l_1002.i_2, l_995.i_3 * l_1002.i_3, };
const float_4 l_1004 = l_arr_42[uint(3)];
const float_4 l_1005 = float_4{
l_1004.i_0 + l_1003.i_0, l_1004.i_1 + l_1003.i_1, l_1004.i_2 + l_1003.i_2, l_1004.i_3 + l_1003.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1005);
const float l_1006 = l_arr_94[uint(10)];
const float_4 l_1007 = float_4{
l_1006,l_1006,l_1006,l_1006,};
const float_4 l_1008 = float_4{
l_995.i_0 * l_1007.i_0, l_995.i_1 * l_1007.i_1, l_995.i_2 * l_1007.i_2, l_995.i_3 * l_1007.i_3, };
const float_4 l_1009 = l_arr_42[uint(5)];
const float_4 l_1010 = float_4{
l_1009.i_0 + l_1008.i_0, l_1009.i_1 + l_1008.i_1, l_1009.i_2 + l_1008.i_2, l_1009.i_3 + l_1008.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1010);
const float l_1011 = l_arr_94[uint(11)];
const float_4 l_1012 = float_4{
l_1011,l_1011,l_1011,l_1011,};
const float_4 l_1013 = float_4{
l_995.i_0 * l_1012.i_0, l_995.i_1 * l_1012.i_1, l_995.i_2 * l_1012.i_2, l_995.i_3 * l_1012.i_3, };
const float_4 l_1014 = l_arr_42[uint(7)];
const float_4 l_1015 = float_4{
l_1014.i_0 + l_1013.i_0, l_1014.i_1 + l_1013.i_1, l_1014.i_2 + l_1013.i_2, l_1014.i_3 + l_1013.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1015);
const float_4 l_1016 = l_arr_91[uint(6)];
const float l_1017 = l_arr_94[uint(12)];
const float_4 l_1018 = float_4{
l_1017,l_1017,l_1017,l_1017,};
const float_4 l_1019 = float_4{
l_1016.i_0 * l_1018.i_0, l_1016.i_1 * l_1018.i_1, l_1016.i_2 * l_1018.i_2, l_1016.i_3 * l_1018.i_3, };
const float_4 l_1020 = l_arr_42[uint(0)];
const float_4 l_1021 = float_4{
l_1020.i_0 + l_1019.i_0, l_1020.i_1 + l_1019.i_1, l_1020.i_2 + l_1019.i_2, l_1020.i_3 + l_1019.i_3, };
l_arr_42[uint(0)] = reinterpret_cast<thread float_4 const&>(l_1021);
const float l_1022 = l_arr_94[uint(13)];
const float_4 l_1023 = float_4{
l_1022,l_1022,l_1022,l_1022,};
const float_4 l_1024 = float_4{
l_1016.i_0 * l_1023.i_0, l_1016.i_1 * l_1023.i_1, l_1016.i_2 * l_1023.i_2, l_1016.i_3 * l_1023.i_3, };
const float_4 l_1025 = l_arr_42[uint(2)];
const float_4 l_1026 = float_4{
l_1025.i_0 + l_1024.i_0, l_1025.i_1 + l_1024.i_1, l_1025.i_2 + l_1024.i_2, l_1025.i_3 + l_1024.i_3, };
l_arr_42[uint(2)] = reinterpret_cast<thread float_4 const&>(l_1026);
const float l_1027 = l_arr_94[uint(14)];
const float_4 l_1028 = float_4{
l_1027,l_1027,l_1027,l_1027,};
const float_4 l_1029 = float_4{
l_1016.i_0 * l_1028.i_0, l_1016.i_1 * l_1028.i_1, l_1016.i_2 * l_1028.i_2, l_1016.i_3 * l_1028.i_3, };
const float_4 l_1030 = l_arr_42[uint(4)];
const float_4 l_1031 = float_4{
l_1030.i_0 + l_1029.i_0, l_1030.i_1 + l_1029.i_1, l_1030.i_2 + l_1029.i_2, l_1030.i_3 + l_1029.i_3, };
l_arr_42[uint(4)] = reinterpret_cast<thread float_4 const&>(l_1031);
const float l_1032 = l_arr_94[uint(15)];
const float_4 l_1033 = float_4{
l_1032,l_1032,l_1032,l_1032,};
const float_4 l_1034 = float_4{
l_1016.i_0 * l_1033.i_0, l_1016.i_1 * l_1033.i_1, l_1016.i_2 * l_1033.i_2, l_1016.i_3 * l_1033.i_3, };
const float_4 l_1035 = l_arr_42[uint(6)];
const float_4 l_1036 = float_4{
l_1035.i_0 + l_1034.i_0, l_1035.i_1 + l_1034.i_1, l_1035.i_2 + l_1034.i_2, l_1035.i_3 + l_1034.i_3, };
l_arr_42[uint(6)] = reinterpret_cast<thread float_4 const&>(l_1036);
const float_4 l_1037 = l_arr_91[uint(7)];
const float l_1038 = l_arr_94[uint(12)];
const float_4 l_1039 = float_4{
l_1038,l_1038,l_1038,l_1038,};
const float_4 l_1040 = float_4{
l_1037.i_0 * l_1039.i_0, l_1037.i_1 * l_1039.i_1, l_1037.i_2 * l_1039.i_2, l_1037.i_3 * l_1039.i_3, };
const float_4 l_1041 = l_arr_42[uint(1)];
const float_4 l_1042 = float_4{
l_1041.i_0 + l_1040.i_0, l_1041.i_1 + l_1040.i_1, l_1041.i_2 + l_1040.i_2, l_1041.i_3 + l_1040.i_3, };
l_arr_42[uint(1)] = reinterpret_cast<thread float_4 const&>(l_1042);
const float l_1043 = l_arr_94[uint(13)];
const float_4 l_1044 = float_4{
l_1043,l_1043,l_1043,l_1043,};
const float_4 l_1045 = float_4{
l_1037.i_0 * l_1044.i_0, l_1037.i_1 * l_1044.i_1, l_1037.i_2 * l_1044.i_2, l_1037.i_3 * l_1044.i_3, };
const float_4 l_1046 = l_arr_42[uint(3)];
const float_4 l_1047 = float_4{
l_1046.i_0 + l_1045.i_0, l_1046.i_1 + l_1045.i_1, l_1046.i_2 + l_1045.i_2, l_1046.i_3 + l_1045.i_3, };
l_arr_42[uint(3)] = reinterpret_cast<thread float_4 const&>(l_1047);
const float l_1048 = l_arr_94[uint(14)];
const float_4 l_1049 = float_4{
l_1048,l_1048,l_1048,l_1048,};
const float_4 l_1050 = float_4{
l_1037.i_0 * l_1049.i_0, l_1037.i_1 * l_1049.i_1, l_1037.i_2 * l_1049.i_2, l_1037.i_3 * l_1049.i_3, };
const float_4 l_1051 = l_arr_42[uint(5)];
const float_4 l_1052 = float_4{
l_1051.i_0 + l_1050.i_0, l_1051.i_1 + l_1050.i_1, l_1051.i_2 + l_1050.i_2, l_1051.i_3 + l_1050.i_3, };
l_arr_42[uint(5)] = reinterpret_cast<thread float_4 const&>(l_1052);
const float l_1053 = l_arr_94[uint(15)];
const float_4 l_1054 = float_4{
l_1053,l_1053,l_1053,l_1053,};
const float_4 l_1055 = float_4{
l_1037.i_0 * l_1054.i_0, l_1037.i_1 * l_1054.i_1, l_1037.i_2 * l_1054.i_2, l_1037.i_3 * l_1054.i_3, };
const float_4 l_1056 = l_arr_42[uint(7)];
const float_4 l_1057 = float_4{
l_1056.i_0 + l_1055.i_0, l_1056.i_1 + l_1055.i_1, l_1056.i_2 + l_1055.i_2, l_1056.i_3 + l_1055.i_3, };
l_arr_42[uint(7)] = reinterpret_cast<thread float_4 const&>(l_1057);
l_mut_84 = l_mut_84 + uint(32);
}
const bool l_1058 = l_13 == uint(0);
if (l_1058) {
const uint l_1059 = l_12 * uint(4);
const uint l_1060 = l_1059 + uint(0);
const float l_1061 = l_arr_75[uint(0)];
shared_memory_16[l_1060] = l_1061;
const uint l_1062 = l_12 * uint(4);
const uint l_1063 = l_1062 + uint(0);
const float l_1064 = l_arr_76[uint(0)];
shared_memory_17[l_1063] = l_1064;
const uint l_1065 = l_12 * uint(4);
const uint l_1066 = l_1065 + uint(1);
const float l_1067 = l_arr_75[uint(1)];
shared_memory_16[l_1066] = l_1067;
const uint l_1068 = l_12 * uint(4);
const uint l_1069 = l_1068 + uint(1);
const float l_1070 = l_arr_76[uint(1)];
shared_memory_17[l_1069] = l_1070;
const uint l_1071 = l_12 * uint(4);
const uint l_1072 = l_1071 + uint(2);
const float l_1073 = l_arr_75[uint(2)];
shared_memory_16[l_1072] = l_1073;
const uint l_1074 = l_12 * uint(4);
const uint l_1075 = l_1074 + uint(2);
const float l_1076 = l_arr_76[uint(2)];
shared_memory_17[l_1075] = l_1076;
const uint l_1077 = l_12 * uint(4);
const uint l_1078 = l_1077 + uint(3);
const float l_1079 = l_arr_75[uint(3)];
shared_memory_16[l_1078] = l_1079;
const uint l_1080 = l_12 * uint(4);
const uint l_1081 = l_1080 + uint(3);
const float l_1082 = l_arr_76[uint(3)];
shared_memory_17[l_1081] = l_1082;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_782 = info.scalars_float[2];

for (uint l_mut_1084 = uint(0); l_mut_1084 < uint(8); ++l_mut_1084) {
const uint l_1085 = l_mut_1084 * uint(4);
const uint l_1086 = l_1085 + uint(0);
const float l_1087 = shared_memory_16[l_1086];
const bool l_1088 = l_1087 > l_mut_782;
if (l_1088) {
l_mut_782 = l_1087;
}
}
l_mut_745 = float(0.0);
const float l_1089 = l_arr_75[uint(0)];
const bool l_1090 = l_1089 > info.scalars_float[2];
if (l_1090) {
const float l_1091 = l_arr_75[uint(0)];
const float l_1092 = l_1091 - l_mut_782;
const float l_1093 = exp(l_1092);
l_mut_745 = l_1093;
}
l_arr_1083[uint(0)] = l_mut_745;
const bool l_1094 = thread_index_in_threadgroup == uint(0);
if (l_1094) {
l_mut_745 = float(0.0);

for (uint l_mut_1095 = uint(0); l_mut_1095 < uint(8); ++l_mut_1095) {
const uint l_1096 = l_mut_1095 * uint(4);
const uint l_1097 = l_1096 + uint(0);
const float l_1098 = shared_memory_16[l_1097];
const bool l_1099 = l_1098 > info.scalars_float[2];
if (l_1099) {
const uint l_1100 = l_mut_1095 * uint(4);
const uint l_1101 = l_1100 + uint(0);
const float l_1102 = shared_memory_17[l_1101];
const float l_1103 = l_1098 - l_mut_782;
const float l_1104 = exp(l_1103);
const float l_1105 = l_1102 * l_1104;
l_mut_745 = l_mut_745 + l_1105;
}
}
l_mut_744 = float(0.0);
l_mut_157 = info.scalars_float[2];
const bool l_1106 = l_mut_745 > float(0.0);
if (l_1106) {
const float l_1107 = float(1.0) / l_mut_745;
l_mut_744 = l_1107;
const float l_1108 = log(l_mut_745);
const float l_1109 = l_mut_782 + l_1108;
l_mut_157 = l_1109;
}
shared_memory_18[uint(0)] = l_mut_744;
const uint l_1110 = l_8 + uint(0);
const uint l_1111 = l_1110 % info.scalars_uint[2];
const uint l_1112 = l_11 + l_1111;
const uint l_1113 = l_1110 / info.scalars_uint[2];
const bool l_1114 = l_1113 < l_mut_4;
if (l_1114) {
const uint l_1115 = l_0 * info.scalars_uint[0];
const uint l_1116 = l_1115 + l_1112;
const uint l_1117 = l_1116 * info.scalars_uint[3];
const uint l_1118 = l_1117 + l_1113;
l_mut_83 = l_1118;
buffer_8[l_mut_83] = l_mut_157;
}
}
l_mut_782 = info.scalars_float[2];

for (uint l_mut_1119 = uint(0); l_mut_1119 < uint(8); ++l_mut_1119) {
const uint l_1120 = l_mut_1119 * uint(4);
const uint l_1121 = l_1120 + uint(1);
const float l_1122 = shared_memory_16[l_1121];
const bool l_1123 = l_1122 > l_mut_782;
if (l_1123) {
l_mut_782 = l_1122;
}
}
l_mut_745 = float(0.0);
const float l_1124 = l_arr_75[uint(1)];
const bool l_1125 = l_1124 > info.scalars_float[2];
if (l_1125) {
const float l_1126 = l_arr_75[uint(1)];
const float l_1127 = l_1126 - l_mut_782;
const float l_1128 = exp(l_1127);
l_mut_745 = l_1128;
}
l_arr_1083[uint(1)] = l_mut_745;
const bool l_1129 = thread_index_in_threadgroup == uint(1);
if (l_1129) {
l_mut_745 = float(0.0);

for (uint l_mut_1130 = uint(0); l_mut_1130 < uint(8); ++l_mut_1130) {
const uint l_1131 = l_mut_1130 * uint(4);
const uint l_1132 = l_1131 + uint(1);
const float l_1133 = shared_memory_16[l_1132];
const bool l_1134 = l_1133 > info.scalars_float[2];
if (l_1134) {
const uint l_1135 = l_mut_1130 * uint(4);
const uint l_1136 = l_1135 + uint(1);
const float l_1137 = shared_memory_17[l_1136];
const float l_1138 = l_1133 - l_mut_782;
const float l_1139 = exp(l_1138);
const float l_1140 = l_1137 * l_1139;
l_mut_745 = l_mut_745 + l_1140;
}
}
l_mut_744 = float(0.0);
l_mut_157 = info.scalars_float[2];
const bool l_1141 = l_mut_745 > float(0.0);
if (l_1141) {
const float l_1142 = float(1.0) / l_mut_745;
l_mut_744 = l_1142;
const float l_1143 = log(l_mut_745);
const float l_1144 = l_mut_782 + l_1143;
l_mut_157 = l_1144;
}
shared_memory_18[uint(1)] = l_mut_744;
const uint l_1145 = l_8 + uint(1);
const uint l_1146 = l_1145 % info.scalars_uint[2];
const uint l_1147 = l_11 + l_1146;
const uint l_1148 = l_1145 / info.scalars_uint[2];
const bool l_1149 = l_1148 < l_mut_4;
if (l_1149) {
const uint l_1150 = l_0 * info.scalars_uint[0];
const uint l_1151 = l_1150 + l_1147;
const uint l_1152 = l_1151 * info.scalars_uint[3];
const uint l_1153 = l_1152 + l_1148;
l_mut_83 = l_1153;
buffer_8[l_mut_83] = l_mut_157;
}
}
l_mut_782 = info.scalars_float[2];

for (uint l_mut_1154 = uint(0); l_mut_1154 < uint(8); ++l_mut_1154) {
const uint l_1155 = l_mut_1154 * uint(4);
const uint l_1156 = l_1155 + uint(2);
const float l_1157 = shared_memory_16[l_1156];
const bool l_1158 = l_1157 > l_mut_782;
if (l_1158) {
l_mut_782 = l_1157;
}
}
l_mut_745 = float(0.0);
const float l_1159 = l_arr_75[uint(2)];
const bool l_1160 = l_1159 > info.scalars_float[2];
if (l_1160) {
const float l_1161 = l_arr_75[uint(2)];
const float l_1162 = l_1161 - l_mut_782;
const float l_1163 = exp(l_1162);
l_mut_745 = l_1163;
}
l_arr_1083[uint(2)] = l_mut_745;
const bool l_1164 = thread_index_in_threadgroup == uint(2);
if (l_1164) {
l_mut_745 = float(0.0);

for (uint l_mut_1165 = uint(0); l_mut_1165 < uint(8); ++l_mut_1165) {
const uint l_1166 = l_mut_1165 * uint(4);
const uint l_1167 = l_1166 + uint(2);
const float l_1168 = shared_memory_16[l_1167];
const bool l_1169 = l_1168 > info.scalars_float[2];
if (l_1169) {
const uint l_1170 = l_mut_1165 * uint(4);
const uint l_1171 = l_1170 + uint(2);
const float l_1172 = shared_memory_17[l_1171];
const float l_1173 = l_1168 - l_mut_782;
const float l_1174 = exp(l_1173);
const float l_1175 = l_1172 * l_1174;
l_mut_745 = l_mut_745 + l_1175;
}
}
l_mut_744 = float(0.0);
l_mut_157 = info.scalars_float[2];
const bool l_1176 = l_mut_745 > float(0.0);
if (l_1176) {
const float l_1177 = float(1.0) / l_mut_745;
l_mut_744 = l_1177;
const float l_1178 = log(l_mut_745);
const float l_1179 = l_mut_782 + l_1178;
l_mut_157 = l_1179;
}
shared_memory_18[uint(2)] = l_mut_744;
const uint l_1180 = l_8 + uint(2);
const uint l_1181 = l_1180 % info.scalars_uint[2];
const uint l_1182 = l_11 + l_1181;
const uint l_1183 = l_1180 / info.scalars_uint[2];
const bool l_1184 = l_1183 < l_mut_4;
if (l_1184) {
const uint l_1185 = l_0 * info.scalars_uint[0];
const uint l_1186 = l_1185 + l_1182;
const uint l_1187 = l_1186 * info.scalars_uint[3];
const uint l_1188 = l_1187 + l_1183;
l_mut_83 = l_1188;
buffer_8[l_mut_83] = l_mut_157;
}
}
l_mut_782 = info.scalars_float[2];

for (uint l_mut_1189 = uint(0); l_mut_1189 < uint(8); ++l_mut_1189) {
const uint l_1190 = l_mut_1189 * uint(4);
const uint l_1191 = l_1190 + uint(3);
const float l_1192 = shared_memory_16[l_1191];
const bool l_1193 = l_1192 > l_mut_782;
if (l_1193) {
l_mut_782 = l_1192;
}
}
l_mut_745 = float(0.0);
const float l_1194 = l_arr_75[uint(3)];
const bool l_1195 = l_1194 > info.scalars_float[2];
if (l_1195) {
const float l_1196 = l_arr_75[uint(3)];
const float l_1197 = l_1196 - l_mut_782;
const float l_1198 = exp(l_1197);
l_mut_745 = l_1198;
}
l_arr_1083[uint(3)] = l_mut_745;
const bool l_1199 = thread_index_in_threadgroup == uint(3);
if (l_1199) {
l_mut_745 = float(0.0);

for (uint l_mut_1200 = uint(0); l_mut_1200 < uint(8); ++l_mut_1200) {
const uint l_1201 = l_mut_1200 * uint(4);
const uint l_1202 = l_1201 + uint(3);
const float l_1203 = shared_memory_16[l_1202];
const bool l_1204 = l_1203 > info.scalars_float[2];
if (l_1204) {
const uint l_1205 = l_mut_1200 * uint(4);
const uint l_1206 = l_1205 + uint(3);
const float l_1207 = shared_memory_17[l_1206];
const float l_1208 = l_1203 - l_mut_782;
const float l_1209 = exp(l_1208);
const float l_1210 = l_1207 * l_1209;
l_mut_745 = l_mut_745 + l_1210;
}
}
l_mut_744 = float(0.0);
l_mut_157 = info.scalars_float[2];
const bool l_1211 = l_mut_745 > float(0.0);
if (l_1211) {
const float l_1212 = float(1.0) / l_mut_745;
l_mut_744 = l_1212;
const float l_1213 = log(l_mut_745);
const float l_1214 = l_mut_782 + l_1213;
l_mut_157 = l_1214;
}
shared_memory_18[uint(3)] = l_mut_744;
const uint l_1215 = l_8 + uint(3);
const uint l_1216 = l_1215 % info.scalars_uint[2];
const uint l_1217 = l_11 + l_1216;
const uint l_1218 = l_1215 / info.scalars_uint[2];
const bool l_1219 = l_1218 < l_mut_4;
if (l_1219) {
const uint l_1220 = l_0 * info.scalars_uint[0];
const uint l_1221 = l_1220 + l_1217;
const uint l_1222 = l_1221 * info.scalars_uint[3];
const uint l_1223 = l_1222 + l_1218;
l_mut_83 = l_1223;
buffer_8[l_mut_83] = l_mut_157;
}
}

for (uint l_mut_1224 = uint(0); l_mut_1224 < uint(8); ++l_mut_1224) {
const bool l_1225 = l_12 == l_mut_1224;
if (l_1225) {
const float_4 l_1226 = l_arr_42[uint(0)];
const uint l_1227 = uint(0) + l_13;
const uint l_1228 = l_1227 * uint(4);
const uint l_1229 = uint(0) + l_1228;
const uint l_1230 = l_1229 + uint(0);
const float l_1231 = l_1226.i_0;
const float l_1232 = l_arr_1083[uint(0)];
const float l_1233 = l_1231 * l_1232;
const float l_1234 = shared_memory_15[l_1230];
const float l_1235 = l_1234 + l_1233;
shared_memory_15[l_1230] = l_1235;
const uint l_1236 = l_1229 + uint(1);
const float l_1237 = l_1226.i_1;
const float l_1238 = l_arr_1083[uint(0)];
const float l_1239 = l_1237 * l_1238;
const float l_1240 = shared_memory_15[l_1236];
const float l_1241 = l_1240 + l_1239;
shared_memory_15[l_1236] = l_1241;
const uint l_1242 = l_1229 + uint(2);
const float l_1243 = l_1226.i_2;
const float l_1244 = l_arr_1083[uint(0)];
const float l_1245 = l_1243 * l_1244;
const float l_1246 = shared_memory_15[l_1242];
const float l_1247 = l_1246 + l_1245;
shared_memory_15[l_1242] = l_1247;
const uint l_1248 = l_1229 + uint(3);
const float l_1249 = l_1226.i_3;
const float l_1250 = l_arr_1083[uint(0)];
const float l_1251 = l_1249 * l_1250;
const float l_1252 = shared_memory_15[l_1248];
const float l_1253 = l_1252 + l_1251;
shared_memory_15[l_1248] = l_1253;
const float_4 l_1254 = l_arr_42[uint(1)];
const uint l_1255 = uint(16) + l_13;
const uint l_1256 = l_1255 * uint(4);
const uint l_1257 = uint(0) + l_1256;
const uint l_1258 = l_1257 + uint(0);
const float l_1259 = l_1254.i_0;
const float l_1260 = l_arr_1083[uint(0)];
const float l_1261 = l_1259 * l_1260;
const float l_1262 = shared_memory_15[l_1258];
const float l_1263 = l_1262 + l_1261;
shared_memory_15[l_1258] = l_1263;
const uint l_1264 = l_1257 + uint(1);
const float l_1265 = l_1254.i_1;
const float l_1266 = l_arr_1083[uint(0)];
const float l_1267 = l_1265 * l_1266;
const float l_1268 = shared_memory_15[l_1264];
const float l_1269 = l_1268 + l_1267;
shared_memory_15[l_1264] = l_1269;
const uint l_1270 = l_1257 + uint(2);
const float l_1271 = l_1254.i_2;
const float l_1272 = l_arr_1083[uint(0)];
const float l_1273 = l_1271 * l_1272;
const float l_1274 = shared_memory_15[l_1270];
const float l_1275 = l_1274 + l_1273;
shared_memory_15[l_1270] = l_1275;
const uint l_1276 = l_1257 + uint(3);
const float l_1277 = l_1254.i_3;
const float l_1278 = l_arr_1083[uint(0)];
const float l_1279 = l_1277 * l_1278;
const float l_1280 = shared_memory_15[l_1276];
const float l_1281 = l_1280 + l_1279;
shared_memory_15[l_1276] = l_1281;
const float_4 l_1282 = l_arr_42[uint(2)];
const uint l_1283 = uint(0) + l_13;
const uint l_1284 = l_1283 * uint(4);
const uint l_1285 = uint(136) + l_1284;
const uint l_1286 = l_1285 + uint(0);
const float l_1287 = l_1282.i_0;
const float l_1288 = l_arr_1083[uint(1)];
const float l_1289 = l_1287 * l_1288;
const float l_1290 = shared_memory_15[l_1286];
const float l_1291 = l_1290 + l_1289;
shared_memory_15[l_1286] = l_1291;
const uint l_1292 = l_1285 + uint(1);
const float l_1293 = l_1282.i_1;
const float l_1294 = l_arr_1083[uint(1)];
const float l_1295 = l_1293 * l_1294;
const float l_1296 = shared_memory_15[l_1292];
const float l_1297 = l_1296 + l_1295;
shared_memory_15[l_1292] = l_1297;
const uint l_1298 = l_1285 + uint(2);
const float l_1299 = l_1282.i_2;
const float l_1300 = l_arr_1083[uint(1)];
const float l_1301 = l_1299 * l_1300;
const float l_1302 = shared_memory_15[l_1298];
const float l_1303 = l_1302 + l_1301;
shared_memory_15[l_1298] = l_1303;
const uint l_1304 = l_1285 + uint(3);
const float l_1305 = l_1282.i_3;
const float l_1306 = l_arr_1083[uint(1)];
const float l_1307 = l_1305 * l_1306;
const float l_1308 = shared_memory_15[l_1304];
const float l_1309 = l_1308 + l_1307;
shared_memory_15[l_1304] = l_1309;
const float_4 l_1310 = l_arr_42[uint(3)];
const uint l_1311 = uint(16) + l_13;
const uint l_1312 = l_1311 * uint(4);
const uint l_1313 = uint(136) + l_1312;
const uint l_1314 = l_1313 + uint(0);
const float l_1315 = l_1310.i_0;
const float l_1316 = l_arr_1083[uint(1)];
const float l_1317 = l_1315 * l_1316;
const float l_1318 = shared_memory_15[l_1314];
const float l_1319 = l_1318 + l_1317;
shared_memory_15[l_1314] = l_1319;
const uint l_1320 = l_1313 + uint(1);
const float l_1321 = l_1310.i_1;
const float l_1322 = l_arr_1083[uint(1)];
const float l_1323 = l_1321 * l_1322;
const float l_1324 = shared_memory_15[l_1320];
const float l_1325 = l_1324 + l_1323;
shared_memory_15[l_1320] = l_1325;
const uint l_1326 = l_1313 + uint(2);
const float l_1327 = l_1310.i_2;
const float l_1328 = l_arr_1083[uint(1)];
const float l_1329 = l_1327 * l_1328;
const float l_1330 = shared_memory_15[l_1326];
const float l_1331 = l_1330 + l_1329;
shared_memory_15[l_1326] = l_1331;
const uint l_1332 = l_1313 + uint(3);
const float l_1333 = l_1310.i_3;
const float l_1334 = l_arr_1083[uint(1)];
const float l_1335 = l_1333 * l_1334;
const float l_1336 = shared_memory_15[l_1332];
const float l_1337 = l_1336 + l_1335;
shared_memory_15[l_1332] = l_1337;
const float_4 l_1338 = l_arr_42[uint(4)];
const uint l_1339 = uint(0) + l_13;
const uint l_1340 = l_1339 * uint(4);
const uint l_1341 = uint(272) + l_1340;
const uint l_1342 = l_1341 + uint(0);
const float l_1343 = l_1338.i_0;
const float l_1344 = l_arr_1083[uint(2)];
const float l_1345 = l_1343 * l_1344;
const float l_1346 = shared_memory_15[l_1342];
const float l_1347 = l_1346 + l_1345;
shared_memory_15[l_1342] = l_1347;
const uint l_1348 = l_1341 + uint(1);
const float l_1349 = l_1338.i_1;
const float l_1350 = l_arr_1083[uint(2)];
const float l_1351 = l_1349 * l_1350;
const float l_1352 = shared_memory_15[l_1348];
const float l_1353 = l_1352 + l_1351;
shared_memory_15[l_1348] = l_1353;
const uint l_1354 = l_1341 + uint(2);
const float l_1355 = l_1338.i_2;
const float l_1356 = l_arr_1083[uint(2)];
const float l_1357 = l_1355 * l_1356;
const float l_1358 = shared_memory_15[l_1354];
const float l_1359 = l_1358 + l_1357;
shared_memory_15[l_1354] = l_1359;
const uint l_1360 = l_1341 + uint(3);
const float l_1361 = l_1338.i_3;
const float l_1362 = l_arr_1083[uint(2)];
const float l_1363 = l_1361 * l_1362;
const float l_1364 = shared_memory_15[l_1360];
const float l_1365 = l_1364 + l_1363;
shared_memory_15[l_1360] = l_1365;
const float_4 l_1366 = l_arr_42[uint(5)];
const uint l_1367 = uint(16) + l_13;
const uint l_1368 = l_1367 * uint(4);
const uint l_1369 = uint(272) + l_1368;
const uint l_1370 = l_1369 + uint(0);
const float l_1371 = l_1366.i_0;
const float l_1372 = l_arr_1083[uint(2)];
const float l_1373 = l_1371 * l_1372;
const float l_1374 = shared_memory_15[l_1370];
const float l_1375 = l_1374 + l_1373;
shared_memory_15[l_1370] = l_1375;
const uint l_1376 = l_1369 + uint(1);
const float l_1377 = l_1366.i_1;
const float l_1378 = l_arr_1083[uint(2)];
const float l_1379 = l_1377 * l_1378;
const float l_1380 = shared_memory_15[l_1376];
const float l_1381 = l_1380 + l_1379;
shared_memory_15[l_1376] = l_1381;
const uint l_1382 = l_1369 + uint(2);
const float l_1383 = l_1366.i_2;
const float l_1384 = l_arr_1083[uint(2)];
const float l_1385 = l_1383 * l_1384;
const float l_1386 = shared_memory_15[l_1382];
const float l_1387 = l_1386 + l_1385;
shared_memory_15[l_1382] = l_1387;
const uint l_1388 = l_1369 + uint(3);
const float l_1389 = l_1366.i_3;
const float l_1390 = l_arr_1083[uint(2)];
const float l_1391 = l_1389 * l_1390;
const float l_1392 = shared_memory_15[l_1388];
const float l_1393 = l_1392 + l_1391;
shared_memory_15[l_1388] = l_1393;
const float_4 l_1394 = l_arr_42[uint(6)];
const uint l_1395 = uint(0) + l_13;
const uint l_1396 = l_1395 * uint(4);
const uint l_1397 = uint(408) + l_1396;
const uint l_1398 = l_1397 + uint(0);
const float l_1399 = l_1394.i_0;
const float l_1400 = l_arr_1083[uint(3)];
const float l_1401 = l_1399 * l_1400;
const float l_1402 = shared_memory_15[l_1398];
const float l_1403 = l_1402 + l_1401;
shared_memory_15[l_1398] = l_1403;
const uint l_1404 = l_1397 + uint(1);
const float l_1405 = l_1394.i_1;
const float l_1406 = l_arr_1083[uint(3)];
const float l_1407 = l_1405 * l_1406;
const float l_1408 = shared_memory_15[l_1404];
const float l_1409 = l_1408 + l_1407;
shared_memory_15[l_1404] = l_1409;
const uint l_1410 = l_1397 + uint(2);
const float l_1411 = l_1394.i_2;
const float l_1412 = l_arr_1083[uint(3)];
const float l_1413 = l_1411 * l_1412;
const float l_1414 = shared_memory_15[l_1410];
const float l_1415 = l_1414 + l_1413;
shared_memory_15[l_1410] = l_1415;
const uint l_1416 = l_1397 + uint(3);
const float l_1417 = l_1394.i_3;
const float l_1418 = l_arr_1083[uint(3)];
const float l_1419 = l_1417 * l_1418;
const float l_1420 = shared_memory_15[l_1416];
const float l_1421 = l_1420 + l_1419;
shared_memory_15[l_1416] = l_1421;
const float_4 l_1422 = l_arr_42[uint(7)];
const uint l_1423 = uint(16) + l_13;
const uint l_1424 = l_1423 * uint(4);
const uint l_1425 = uint(408) + l_1424;
const uint l_1426 = l_1425 + uint(0);
const float l_1427 = l_1422.i_0;
const float l_1428 = l_arr_1083[uint(3)];
const float l_1429 = l_1427 * l_1428;
const float l_1430 = shared_memory_15[l_1426];
const float l_1431 = l_1430 + l_1429;
shared_memory_15[l_1426] = l_1431;
const uint l_1432 = l_1425 + uint(1);
const float l_1433 = l_1422.i_1;
const float l_1434 = l_arr_1083[uint(3)];
const float l_1435 = l_1433 * l_1434;
const float l_1436 = shared_memory_15[l_1432];
const float l_1437 = l_1436 + l_1435;
shared_memory_15[l_1432] = l_1437;
const uint l_1438 = l_1425 + uint(2);
const float l_1439 = l_1422.i_2;
const float l_1440 = l_arr_1083[uint(3)];
const float l_1441 = l_1439 * l_1440;
const float l_1442 = shared_memory_15[l_1438];
const float l_1443 = l_1442 + l_1441;
shared_memory_15[l_1438] = l_1443;
const uint l_1444 = l_1425 + uint(3);
const float l_1445 = l_1422.i_3;
const float l_1446 = l_arr_1083[uint(3)];
const float l_1447 = l_1445 * l_1446;
const float l_1448 = shared_memory_15[l_1444];
const float l_1449 = l_1448 + l_1447;
shared_memory_15[l_1444] = l_1449;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_83 = thread_index_in_threadgroup;
while (true) {
const bool l_1450 = l_mut_83 < uint(128);
const bool l_1451 = !l_1450;
if (l_1451) {
break;}
const uint l_1452 = l_mut_83 / uint(32);
const uint l_1453 = l_mut_83 % uint(32);
const uint l_1454 = l_8 + l_1452;
const uint l_1455 = l_1454 / info.scalars_uint[2];
const bool l_1456 = l_1455 < l_mut_4;
if (l_1456) {
const uint l_1457 = l_1454 % info.scalars_uint[2];
const uint l_1458 = l_11 + l_1457;
l_mut_782 = float(1.0);
const float l_1459 = shared_memory_18[l_1452];
l_mut_782 = l_1459;
const float_4 l_1460 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_27 = l_1460;
l_mut_1461 = l_mut_27;
const uint l_1462 = l_1452 * uint(136);
const uint l_1463 = l_1453 * uint(4);
const uint l_1464 = l_1462 + l_1463;
const uint l_1465 = l_1464 + uint(0);
const float l_1466 = shared_memory_15[l_1465];
const float l_1467 = l_1466 * l_mut_782;
l_mut_1461.i_0 = l_1467;
const uint l_1468 = l_1452 * uint(136);
const uint l_1469 = l_1453 * uint(4);
const uint l_1470 = l_1468 + l_1469;
const uint l_1471 = l_1470 + uint(1);
const float l_1472 = shared_memory_15[l_1471];
const float l_1473 = l_1472 * l_mut_782;
l_mut_1461.i_1 = l_1473;
const uint l_1474 = l_1452 * uint(136);
const uint l_1475 = l_1453 * uint(4);
const uint l_1476 = l_1474 + l_1475;
const uint l_1477 = l_1476 + uint(2);
const float l_1478 = shared_memory_15[l_1477];
const float l_1479 = l_1478 * l_mut_782;
l_mut_1461.i_2 = l_1479;
const uint l_1480 = l_1452 * uint(136);
const uint l_1481 = l_1453 * uint(4);
const uint l_1482 = l_1480 + l_1481;
const uint l_1483 = l_1482 + uint(3);
const float l_1484 = shared_memory_15[l_1483];
const float l_1485 = l_1484 * l_mut_782;
l_mut_1461.i_3 = l_1485;
const uint l_1486 = l_mut_3 + l_1455;
const uint l_1487 = l_1486 * info.scalars_uint[0];
const uint l_1488 = l_1487 + l_1458;
const uint l_1489 = l_1488 * uint(32);
const uint l_1490 = l_1489 + l_1453;
buffer_7[l_1490] = l_mut_1461;
}
l_mut_83 = l_mut_83 + uint(128);
}

}
