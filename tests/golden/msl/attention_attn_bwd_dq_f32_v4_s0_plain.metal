
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
uint scalars_uint[12];uint static_meta[24];
};

[[kernel]]
void attention_attn_bwd_dq_f32_v4_s0_plain(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device float_4 * buffer_2 [[buffer(2)]],
    const device float_4 * buffer_3 [[buffer(3)]],
    const device float * buffer_4 [[buffer(4)]],
    const device float * buffer_5 [[buffer(5)]],
    const device float * buffer_6 [[buffer(6)]],
    const device uint * buffer_7 [[buffer(7)]],
    const device uint * buffer_8 [[buffer(8)]],
    const device uint * buffer_9 [[buffer(9)]],
    device float_4 * buffer_10 [[buffer(10)]],
    device float * buffer_11 [[buffer(11)]],
    constant info_st& info [[buffer(12)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[23872];
// Shared array size: 1088, 4352 bytes
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_16 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_17 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_12 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_13 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_14 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_15 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 512 bytes
threadgroup float_4* shared_memory_18 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 512 bytes
threadgroup float_4* shared_memory_19 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_21 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_22 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool l_mut_203;
float l_mut_211;
float l_mut_223;
float l_mut_65;
float l_mut_66;
float_4 l_mut_190;
float_4 l_mut_192;
float_4 l_mut_31;
uint l_mut_134;
uint l_mut_137;
uint l_mut_23;
uint l_mut_3;
uint l_mut_4;
uint l_mut_6;
uint l_mut_74;
uint l_mut_7;
uint l_mut_85;
uint l_mut_86;
const uint l_0 = threadgroup_pos_in_grid.y / info.scalars_uint[1];
const uint l_1 = threadgroup_pos_in_grid.y % info.scalars_uint[1];
const uint l_2 = l_0 * info.scalars_uint[3];
l_mut_3 = l_2;
l_mut_4 = info.scalars_uint[3];
const uint l_5 = l_0 * info.scalars_uint[4];
l_mut_6 = l_5;
l_mut_7 = info.scalars_uint[4];
const uint l_8 = threadgroup_pos_in_grid.x * uint(8);
const uint l_9 = l_mut_4 * info.scalars_uint[2];
const bool l_10 = l_8 >= l_9;
if (l_10) {
return;}
const uint l_11 = l_1 * info.scalars_uint[2];
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_24 = l_mut_23 < uint(256);
const bool l_25 = !l_24;
if (l_25) {
break;}
const uint l_26 = l_mut_23 / uint(32);
const uint l_27 = l_mut_23 % uint(32);
const uint l_28 = l_8 + l_26;
const uint l_29 = l_28 / info.scalars_uint[2];
const float_4 l_30 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_30;
const bool l_32 = l_29 < l_mut_4;
if (l_32) {
const uint l_33 = l_28 % info.scalars_uint[2];
const uint l_34 = l_11 + l_33;
const uint l_35 = l_mut_3 + l_29;
const uint l_36 = l_35 * info.scalars_uint[0];
const uint l_37 = l_36 + l_34;
const uint l_38 = l_37 * uint(32);
const uint l_39 = l_38 + l_27;
const float_4 l_40 = buffer_0[l_39];
l_mut_31 = l_40;
}
const uint l_41 = l_26 * uint(34);
const uint l_42 = l_41 + l_27;
shared_memory_12[l_42] = l_mut_31;
l_mut_23 = l_mut_23 + uint(64);
}
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_43 = l_mut_23 < uint(256);
const bool l_44 = !l_43;
if (l_44) {
break;}
const uint l_45 = l_mut_23 / uint(32);
const uint l_46 = l_mut_23 % uint(32);
const uint l_47 = l_8 + l_45;
const uint l_48 = l_47 / info.scalars_uint[2];
const float_4 l_49 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_49;
const bool l_50 = l_48 < l_mut_4;
if (l_50) {
const uint l_51 = l_47 % info.scalars_uint[2];
const uint l_52 = l_11 + l_51;
const uint l_53 = l_mut_3 + l_48;
const uint l_54 = l_53 * info.scalars_uint[0];
const uint l_55 = l_54 + l_52;
const uint l_56 = l_55 * uint(32);
const uint l_57 = l_56 + l_46;
const float_4 l_58 = buffer_3[l_57];
l_mut_31 = l_58;
}
const uint l_59 = l_45 * uint(34);
const uint l_60 = l_59 + l_46;
shared_memory_13[l_60] = l_mut_31;
l_mut_23 = l_mut_23 + uint(64);
}
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_61 = l_mut_23 < uint(8);
const bool l_62 = !l_61;
if (l_62) {
break;}
const uint l_63 = l_8 + l_mut_23;
const uint l_64 = l_63 / info.scalars_uint[2];
l_mut_65 = info.scalars_float[2];
l_mut_66 = float(0.0);
const bool l_67 = l_64 < l_mut_4;
if (l_67) {
const uint l_68 = l_63 % info.scalars_uint[2];
const uint l_69 = l_11 + l_68;
const uint l_70 = l_0 * info.scalars_uint[0];
const uint l_71 = l_70 + l_69;
const uint l_72 = l_71 * info.scalars_uint[3];
const uint l_73 = l_72 + l_64;
l_mut_74 = l_73;
const float l_75 = buffer_4[l_mut_74];
l_mut_65 = l_75;
const float l_76 = buffer_5[l_mut_74];
l_mut_66 = l_76;
}
shared_memory_21[l_mut_23] = l_mut_65;
shared_memory_22[l_mut_23] = l_mut_66;
l_mut_23 = l_mut_23 + uint(64);
}
l_mut_74 = thread_index_in_threadgroup;
while (true) {
const bool l_77 = l_mut_74 < uint(1088);
const bool l_78 = !l_77;
if (l_78) {
break;}
shared_memory_20[l_mut_74] = float(0.0);
l_mut_74 = l_mut_74 + uint(64);
}
const uint l_79 = l_8 / info.scalars_uint[2];
const uint l_80 = l_8 + uint(8);
const uint l_81 = l_80 - uint(1);
const uint l_82 = l_81 / info.scalars_uint[2];
l_mut_74 = l_82;
const bool l_83 = l_mut_74 >= l_mut_4;
if (l_83) {
const uint l_84 = l_mut_4 - uint(1);
l_mut_74 = l_84;
}
l_mut_23 = uint(0);
l_mut_85 = l_mut_7;
l_mut_74 = l_mut_23;
l_mut_86 = l_mut_85;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_85 = l_mut_74;
while (true) {
const bool l_87 = l_mut_85 < l_mut_86;
const bool l_88 = !l_87;
if (l_88) {
break;}
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_89 = l_mut_23 < uint(256);
const bool l_90 = !l_89;
if (l_90) {
break;}
const uint l_91 = l_mut_23 / uint(32);
const uint l_92 = l_mut_23 % uint(32);
const uint l_93 = l_mut_85 + l_91;
const uint l_94 = l_93 / uint(1);
const float_4 l_95 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_95;
const bool l_96 = l_94 < l_mut_7;
if (l_96) {
const uint l_97 = l_93 % uint(1);
const uint l_98 = l_1 + l_97;
const uint l_99 = l_mut_6 + l_94;
const uint l_100 = l_99 * info.scalars_uint[1];
const uint l_101 = l_100 + l_98;
const uint l_102 = l_101 * uint(32);
const uint l_103 = l_102 + l_92;
const float_4 l_104 = buffer_1[l_103];
l_mut_31 = l_104;
}
const uint l_105 = l_91 * uint(34);
const uint l_106 = l_105 + l_92;
shared_memory_14[l_106] = l_mut_31;
l_mut_23 = l_mut_23 + uint(64);
}
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_107 = l_mut_23 < uint(256);
const bool l_108 = !l_107;
if (l_108) {
break;}
const uint l_109 = l_mut_23 / uint(32);
const uint l_110 = l_mut_23 % uint(32);
const uint l_111 = l_mut_85 + l_109;
const uint l_112 = l_111 / uint(1);
const float_4 l_113 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_113;
const bool l_114 = l_112 < l_mut_7;
if (l_114) {
const uint l_115 = l_111 % uint(1);
const uint l_116 = l_1 + l_115;
const uint l_117 = l_mut_6 + l_112;
const uint l_118 = l_117 * info.scalars_uint[1];
const uint l_119 = l_118 + l_116;
const uint l_120 = l_119 * uint(32);
const uint l_121 = l_120 + l_110;
const float_4 l_122 = buffer_2[l_121];
l_mut_31 = l_122;
}
const uint l_123 = l_109 * uint(34);
const uint l_124 = l_123 + l_110;
shared_memory_15[l_124] = l_mut_31;
l_mut_23 = l_mut_23 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_125 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_126 = l_125 * uint(128);
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_127 = l_mut_23 < uint(64);
const bool l_128 = !l_127;
if (l_128) {
break;}
const uint l_129 = l_mut_23 / uint(8);
const uint l_130 = l_mut_23 % uint(8);
l_mut_66 = float(0.0);

for (uint l_mut_131 = uint(0); l_mut_131 < l_126; ++l_mut_131) {
const uint l_132 = l_129 * uint(136);
const uint l_133 = l_132 + l_mut_131;
l_mut_134 = l_133;
const uint l_135 = l_mut_131 * uint(136);
const uint l_136 = l_135 + l_130;
l_mut_137 = l_136;
const uint l_138 = l_130 * uint(136);
const uint l_139 = l_138 + l_mut_131;
l_mut_137 = l_139;
const uint l_140 = l_mut_134 / uint(4);
const float_4 l_141 = shared_memory_12[l_140];
const uint l_142 = l_mut_137 / uint(4);
const float_4 l_143 = shared_memory_14[l_142];
const uint l_144 = l_mut_134 % uint(4);
const float l_145 = reinterpret_cast<thread float const*>(&l_141)[l_144];
const float l_146 = l_145;
const uint l_147 = l_mut_137 % uint(4);
const float l_148 = reinterpret_cast<thread float const*>(&l_143)[l_147];
const float l_149 = l_148;
const float l_150 = l_146 * l_149;
l_mut_66 = l_mut_66 + l_150;
}
const uint l_151 = l_129 * uint(16);
const uint l_152 = l_151 + l_130;
shared_memory_16[l_152] = l_mut_66;
l_mut_23 = l_mut_23 + uint(64);
}
const uint l_153 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_154 = l_153 * uint(128);
l_mut_137 = thread_index_in_threadgroup;
while (true) {
const bool l_155 = l_mut_137 < uint(64);
const bool l_156 = !l_155;
if (l_156) {
break;}
const uint l_157 = l_mut_137 / uint(8);
const uint l_158 = l_mut_137 % uint(8);
l_mut_66 = float(0.0);

for (uint l_mut_159 = uint(0); l_mut_159 < l_154; ++l_mut_159) {
const uint l_160 = l_157 * uint(136);
const uint l_161 = l_160 + l_mut_159;
l_mut_134 = l_161;
const uint l_162 = l_mut_159 * uint(136);
const uint l_163 = l_162 + l_158;
l_mut_23 = l_163;
const uint l_164 = l_158 * uint(136);
const uint l_165 = l_164 + l_mut_159;
l_mut_23 = l_165;
const uint l_166 = l_mut_134 / uint(4);
const float_4 l_167 = shared_memory_13[l_166];
const uint l_168 = l_mut_23 / uint(4);
const float_4 l_169 = shared_memory_15[l_168];
const uint l_170 = l_mut_134 % uint(4);
const float l_171 = reinterpret_cast<thread float const*>(&l_167)[l_170];
const float l_172 = l_171;
const uint l_173 = l_mut_23 % uint(4);
const float l_174 = reinterpret_cast<thread float const*>(&l_169)[l_173];
const float l_175 = l_174;
const float l_176 = l_172 * l_175;
l_mut_66 = l_mut_66 + l_176;
}
const uint l_177 = l_157 * uint(16);
const uint l_178 = l_177 + l_158;
shared_memory_17[l_178] = l_mut_66;
l_mut_137 = l_mut_137 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_137 = thread_index_in_threadgroup;
while (true) {
const bool l_179 = l_mut_137 < uint(16);
const bool l_180 = !l_179;
if (l_180) {
break;}
const uint l_181 = l_mut_137 / uint(2);
const uint l_182 = l_mut_137 % uint(2);
const uint l_183 = l_8 + l_181;
const uint l_184 = l_183 / info.scalars_uint[2];
const uint l_185 = l_183 % info.scalars_uint[2];
const uint l_186 = l_11 + l_185;
const float l_187 = shared_memory_21[l_181];
const float l_188 = shared_memory_22[l_181];
const float_4 l_189 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_189;
l_mut_190 = l_mut_31;
const float_4 l_191 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_191;
l_mut_192 = l_mut_31;
const uint l_193 = l_182 * uint(4);
const uint l_194 = l_193 + uint(0);
const uint l_195 = l_181 * uint(16);
const uint l_196 = l_195 + l_194;
const float l_197 = shared_memory_16[l_196];
const uint l_198 = l_mut_85 + l_194;
const float l_199 = l_197 * info.scalars_float[0];
l_mut_66 = l_199;
l_mut_65 = l_mut_66;
const bool l_200 = l_184 < l_mut_4;
const bool l_201 = l_198 < l_mut_7;
const bool l_202 = l_200 && l_201;
l_mut_203 = l_202;
if (l_mut_203) {
const uint l_204 = l_0 * info.scalars_uint[6];
const uint l_205 = l_186 * info.scalars_uint[7];
const uint l_206 = l_204 + l_205;
const uint l_207 = l_184 * info.scalars_uint[4];
const uint l_208 = l_206 + l_207;
const uint l_209 = l_208 + l_198;
}
const bool l_210 = !l_mut_203;
if (l_210) {
l_mut_66 = info.scalars_float[2];
}
l_mut_211 = float(0.0);
const bool l_212 = l_mut_66 > info.scalars_float[2];
const bool l_213 = l_187 > info.scalars_float[2];
const bool l_214 = l_212 && l_213;
if (l_214) {
const float l_215 = l_mut_66 - l_187;
const float l_216 = exp(l_215);
l_mut_211 = l_216;
}
const uint l_217 = l_181 * uint(16);
const uint l_218 = l_217 + l_194;
const float l_219 = shared_memory_17[l_218];
const float l_220 = l_219 - l_188;
const float l_221 = l_mut_211 * l_220;
const float l_222 = l_221 * info.scalars_float[0];
l_mut_223 = l_222;
l_mut_190.i_0 = l_mut_211;
l_mut_192.i_0 = l_mut_223;
const uint l_224 = l_182 * uint(4);
const uint l_225 = l_224 + uint(1);
const uint l_226 = l_181 * uint(16);
const uint l_227 = l_226 + l_225;
const float l_228 = shared_memory_16[l_227];
const uint l_229 = l_mut_85 + l_225;
const float l_230 = l_228 * info.scalars_float[0];
l_mut_223 = l_230;
l_mut_211 = l_mut_223;
const bool l_231 = l_184 < l_mut_4;
const bool l_232 = l_229 < l_mut_7;
const bool l_233 = l_231 && l_232;
l_mut_203 = l_233;
if (l_mut_203) {
const uint l_234 = l_0 * info.scalars_uint[6];
const uint l_235 = l_186 * info.scalars_uint[7];
const uint l_236 = l_234 + l_235;
const uint l_237 = l_184 * info.scalars_uint[4];
const uint l_238 = l_236 + l_237;
const uint l_239 = l_238 + l_229;
}
const bool l_240 = !l_mut_203;
if (l_240) {
l_mut_223 = info.scalars_float[2];
}
l_mut_66 = float(0.0);
const bool l_241 = l_mut_223 > info.scalars_float[2];
const bool l_242 = l_187 > info.scalars_float[2];
const bool l_243 = l_241 && l_242;
if (l_243) {
const float l_244 = l_mut_223 - l_187;
const float l_245 = exp(l_244);
l_mut_66 = l_245;
}
const uint l_246 = l_181 * uint(16);
const uint l_247 = l_246 + l_225;
const float l_248 = shared_memory_17[l_247];
const float l_249 = l_248 - l_188;
const float l_250 = l_mut_66 * l_249;
const float l_251 = l_250 * info.scalars_float[0];
l_mut_65 = l_251;
l_mut_190.i_1 = l_mut_66;
l_mut_192.i_1 = l_mut_65;
const uint l_252 = l_182 * uint(4);
const uint l_253 = l_252 + uint(2);
const uint l_254 = l_181 * uint(16);
const uint l_255 = l_254 + l_253;
const float l_256 = shared_memory_16[l_255];
const uint l_257 = l_mut_85 + l_253;
const float l_258 = l_256 * info.scalars_float[0];
l_mut_223 = l_258;
l_mut_211 = l_mut_223;
const bool l_259 = l_184 < l_mut_4;
const bool l_260 = l_257 < l_mut_7;
const bool l_261 = l_259 && l_260;
l_mut_203 = l_261;
if (l_mut_203) {
const uint l_262 = l_0 * info.scalars_uint[6];
const uint l_263 = l_186 * info.scalars_uint[7];
const uint l_264 = l_262 + l_263;
const uint l_265 = l_184 * info.scalars_uint[4];
const uint l_266 = l_264 + l_265;
const uint l_267 = l_266 + l_257;
}
const bool l_268 = !l_mut_203;
if (l_268) {
l_mut_223 = info.scalars_float[2];
}
l_mut_66 = float(0.0);
const bool l_269 = l_mut_223 > info.scalars_float[2];
const bool l_270 = l_187 > info.scalars_float[2];
const bool l_271 = l_269 && l_270;
if (l_271) {
const float l_272 = l_mut_223 - l_187;
const float l_273 = exp(l_272);
l_mut_66 = l_273;
}
const uint l_274 = l_181 * uint(16);
const uint l_275 = l_274 + l_253;
const float l_276 = shared_memory_17[l_275];
const float l_277 = l_276 - l_188;
const float l_278 = l_mut_66 * l_277;
const float l_279 = l_278 * info.scalars_float[0];
l_mut_65 = l_279;
l_mut_190.i_2 = l_mut_66;
l_mut_192.i_2 = l_mut_65;
const uint l_280 = l_182 * uint(4);
const uint l_281 = l_280 + uint(3);
const uint l_282 = l_181 * uint(16);
const uint l_283 = l_282 + l_281;
const float l_284 = shared_memory_16[l_283];
const uint l_285 = l_mut_85 + l_281;
const float l_286 = l_284 * info.scalars_float[0];
l_mut_223 = l_286;
l_mut_211 = l_mut_223;
const bool l_287 = l_184 < l_mut_4;
const bool l_288 = l_285 < l_mut_7;
const bool l_289 = l_287 && l_288;
l_mut_203 = l_289;
if (l_mut_203) {
const uint l_290 = l_0 * info.scalars_uint[6];
const uint l_291 = l_186 * info.scalars_uint[7];
const uint l_292 = l_290 + l_291;
const uint l_293 = l_184 * info.scalars_uint[4];
const uint l_294 = l_292 + l_293;
const uint l_295 = l_294 + l_285;
}
const bool l_296 = !l_mut_203;
if (l_296) {
l_mut_223 = info.scalars_float[2];
}
l_mut_66 = float(0.0);
const bool l_297 = l_mut_223 > info.scalars_float[2];
const bool l_298 = l_187 > info.scalars_float[2];
const bool l_299 = l_297 && l_298;
if (l_299) {
const float l_300 = l_mut_223 - l_187;
const float l_301 = exp(l_300);
l_mut_66 = l_301;
}
const uint l_302 = l_181 * uint(16);
const uint l_303 = l_302 + l_281;
const float l_304 = shared_memory_17[l_303];
const float l_305 = l_304 - l_188;
const float l_306 = l_mut_66 * l_305;
const float l_307 = l_306 * info.scalars_float[0];
l_mut_65 = l_307;
l_mut_190.i_3 = l_mut_66;
l_mut_192.i_3 = l_mut_65;
const uint l_308 = l_181 * uint(4);
const uint l_309 = l_308 + l_182;
shared_memory_18[l_309] = l_mut_190;
shared_memory_19[l_309] = l_mut_192;
l_mut_137 = l_mut_137 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_310 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_311 = l_310 * uint(8);
l_mut_137 = thread_index_in_threadgroup;
while (true) {
const bool l_312 = l_mut_137 < uint(1024);
const bool l_313 = !l_312;
if (l_313) {
break;}
const uint l_314 = l_mut_137 / uint(128);
const uint l_315 = l_mut_137 % uint(128);
l_mut_223 = float(0.0);
const uint l_316 = l_314 * uint(136);
const uint l_317 = l_316 + l_315;
const float l_318 = shared_memory_20[l_317];
l_mut_223 = l_318;

for (uint l_mut_319 = uint(0); l_mut_319 < l_311; ++l_mut_319) {
const uint l_320 = l_314 * uint(16);
const uint l_321 = l_320 + l_mut_319;
l_mut_134 = l_321;
const uint l_322 = l_mut_319 * uint(136);
const uint l_323 = l_322 + l_315;
l_mut_23 = l_323;
const uint l_324 = l_mut_134 / uint(4);
const float_4 l_325 = shared_memory_19[l_324];
const uint l_326 = l_mut_23 / uint(4);
const float_4 l_327 = shared_memory_14[l_326];
const uint l_328 = l_mut_134 % uint(4);
const float l_329 = reinterpret_cast<thread float const*>(&l_325)[l_328];
const float l_330 = l_329;
const uint l_331 = l_mut_23 % uint(4);
const float l_332 = reinterpret_cast<thread float const*>(&l_327)[l_331];
const float l_333 = l_332;
const float l_334 = l_330 * l_333;
l_mut_223 = l_mut_223 + l_334;
}
const uint l_335 = l_314 * uint(136);
const uint l_336 = l_335 + l_315;
shared_memory_20[l_336] = l_mut_223;
l_mut_137 = l_mut_137 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_85 = l_mut_85 + uint(8);
}
l_mut_137 = thread_index_in_threadgroup;
while (true) {
const bool l_337 = l_mut_137 < uint(256);
const bool l_338 = !l_337;
if (l_338) {
break;}
const uint l_339 = l_mut_137 / uint(32);
const uint l_340 = l_mut_137 % uint(32);
const uint l_341 = l_8 + l_339;
const uint l_342 = l_341 / info.scalars_uint[2];
const bool l_343 = l_342 < l_mut_4;
if (l_343) {
const uint l_344 = l_341 % info.scalars_uint[2];
const uint l_345 = l_11 + l_344;
l_mut_223 = float(1.0);
const float_4 l_346 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_192 = l_346;
l_mut_190 = l_mut_192;
const uint l_347 = l_339 * uint(136);
const uint l_348 = l_340 * uint(4);
const uint l_349 = l_347 + l_348;
const uint l_350 = l_349 + uint(0);
const float l_351 = shared_memory_20[l_350];
const float l_352 = l_351 * l_mut_223;
l_mut_190.i_0 = l_352;
const uint l_353 = l_339 * uint(136);
const uint l_354 = l_340 * uint(4);
const uint l_355 = l_353 + l_354;
const uint l_356 = l_355 + uint(1);
const float l_357 = shared_memory_20[l_356];
const float l_358 = l_357 * l_mut_223;
l_mut_190.i_1 = l_358;
const uint l_359 = l_339 * uint(136);
const uint l_360 = l_340 * uint(4);
const uint l_361 = l_359 + l_360;
const uint l_362 = l_361 + uint(2);
const float l_363 = shared_memory_20[l_362];
const float l_364 = l_363 * l_mut_223;
l_mut_190.i_2 = l_364;
const uint l_365 = l_339 * uint(136);
const uint l_366 = l_340 * uint(4);
const uint l_367 = l_365 + l_366;
const uint l_368 = l_367 + uint(3);
const float l_369 = shared_memory_20[l_368];
const float l_370 = l_369 * l_mut_223;
l_mut_190.i_3 = l_370;
const uint l_371 = l_mut_3 + l_342;
const uint l_372 = l_371 * info.scalars_uint[0];
const uint l_373 = l_372 + l_345;
const uint l_374 = l_373 * uint(32);
const uint l_375 = l_374 + l_340;
buffer_10[l_375] = l_mut_190;
}
l_mut_137 = l_mut_137 + uint(64);
}

}
