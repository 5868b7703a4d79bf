
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
uint scalars_uint[12];uint static_meta[26];
};

[[kernel]]
void attention_attn_bwd_dkv_f32_v4_s0_plain(
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
    device float_4 * buffer_11 [[buffer(11)]],
    device float * buffer_12 [[buffer(12)]],
    constant info_st& info [[buffer(13)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[28224];
// Shared array size: 1088, 4352 bytes
threadgroup float* shared_memory_19 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1088, 4352 bytes
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_15 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_16 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_11 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_12 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_13 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_14 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 512 bytes
threadgroup float_4* shared_memory_17 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 512 bytes
threadgroup float_4* shared_memory_18 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_21 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_22 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool l_mut_206;
float l_mut_117;
float l_mut_118;
float l_mut_214;
float l_mut_226;
float_4 l_mut_193;
float_4 l_mut_195;
float_4 l_mut_31;
uint l_mut_126;
uint l_mut_140;
uint l_mut_23;
uint l_mut_3;
uint l_mut_4;
uint l_mut_69;
uint l_mut_6;
uint l_mut_70;
uint l_mut_7;
const uint l_0 = threadgroup_pos_in_grid.y / info.scalars_uint[1];
const uint l_1 = threadgroup_pos_in_grid.y % info.scalars_uint[1];
const uint l_2 = l_0 * info.scalars_uint[3];
l_mut_3 = l_2;
l_mut_4 = info.scalars_uint[3];
const uint l_5 = l_0 * info.scalars_uint[4];
l_mut_6 = l_5;
l_mut_7 = info.scalars_uint[4];
const uint l_8 = threadgroup_pos_in_grid.x * uint(8);
const bool l_9 = l_8 >= l_mut_7;
if (l_9) {
return;}
const uint l_10 = l_1 * info.scalars_uint[2];
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_24 = l_mut_23 < uint(256);
const bool l_25 = !l_24;
if (l_25) {
break;}
const uint l_26 = l_mut_23 / uint(32);
const uint l_27 = l_mut_23 % uint(32);
const uint l_28 = l_8 + l_26;
const uint l_29 = l_28 / uint(1);
const float_4 l_30 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_30;
const bool l_32 = l_29 < l_mut_7;
if (l_32) {
const uint l_33 = l_28 % uint(1);
const uint l_34 = l_1 + l_33;
const uint l_35 = l_mut_6 + l_29;
const uint l_36 = l_35 * info.scalars_uint[1];
const uint l_37 = l_36 + l_34;
const uint l_38 = l_37 * uint(32);
const uint l_39 = l_38 + l_27;
const float_4 l_40 = buffer_1[l_39];
l_mut_31 = l_40;
}
const uint l_41 = l_26 * uint(34);
const uint l_42 = l_41 + l_27;
shared_memory_11[l_42] = l_mut_31;
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
const uint l_48 = l_47 / uint(1);
const float_4 l_49 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_49;
const bool l_50 = l_48 < l_mut_7;
if (l_50) {
const uint l_51 = l_47 % uint(1);
const uint l_52 = l_1 + l_51;
const uint l_53 = l_mut_6 + l_48;
const uint l_54 = l_53 * info.scalars_uint[1];
const uint l_55 = l_54 + l_52;
const uint l_56 = l_55 * uint(32);
const uint l_57 = l_56 + l_46;
const float_4 l_58 = buffer_2[l_57];
l_mut_31 = l_58;
}
const uint l_59 = l_45 * uint(34);
const uint l_60 = l_59 + l_46;
shared_memory_12[l_60] = l_mut_31;
l_mut_23 = l_mut_23 + uint(64);
}
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_61 = l_mut_23 < uint(1088);
const bool l_62 = !l_61;
if (l_62) {
break;}
shared_memory_19[l_mut_23] = float(0.0);
l_mut_23 = l_mut_23 + uint(64);
}
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_63 = l_mut_23 < uint(1088);
const bool l_64 = !l_63;
if (l_64) {
break;}
shared_memory_20[l_mut_23] = float(0.0);
l_mut_23 = l_mut_23 + uint(64);
}
const uint l_65 = l_8 + uint(8);
const uint l_66 = l_65 - uint(1);
l_mut_23 = l_66;
const bool l_67 = l_mut_23 >= l_mut_7;
if (l_67) {
const uint l_68 = l_mut_7 - uint(1);
l_mut_23 = l_68;
}
l_mut_69 = uint(0);
l_mut_70 = l_mut_4;
const uint l_71 = l_mut_69 * info.scalars_uint[2];
const uint l_72 = l_71 / uint(8);
const uint l_73 = l_72 * uint(8);
const uint l_74 = l_mut_70 * info.scalars_uint[2];
l_mut_70 = l_73;
l_mut_69 = l_74;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_23 = l_mut_70;
while (true) {
const bool l_75 = l_mut_23 < l_mut_69;
const bool l_76 = !l_75;
if (l_76) {
break;}
l_mut_70 = thread_index_in_threadgroup;
while (true) {
const bool l_77 = l_mut_70 < uint(256);
const bool l_78 = !l_77;
if (l_78) {
break;}
const uint l_79 = l_mut_70 / uint(32);
const uint l_80 = l_mut_70 % uint(32);
const uint l_81 = l_mut_23 + l_79;
const uint l_82 = l_81 / info.scalars_uint[2];
const float_4 l_83 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_83;
const bool l_84 = l_82 < l_mut_4;
if (l_84) {
const uint l_85 = l_81 % info.scalars_uint[2];
const uint l_86 = l_10 + l_85;
const uint l_87 = l_mut_3 + l_82;
const uint l_88 = l_87 * info.scalars_uint[0];
const uint l_89 = l_88 + l_86;
const uint l_90 = l_89 * uint(32);
const uint l_91 = l_90 + l_80;
const float_4 l_92 = buffer_0[l_91];
l_mut_31 = l_92;
}
const uint l_93 = l_79 * uint(34);
const uint l_94 = l_93 + l_80;
shared_memory_13[l_94] = l_mut_31;
l_mut_70 = l_mut_70 + uint(64);
}
l_mut_70 = thread_index_in_threadgroup;
while (true) {
const bool l_95 = l_mut_70 < uint(256);
const bool l_96 = !l_95;
if (l_96) {
break;}
const uint l_97 = l_mut_70 / uint(32);
const uint l_98 = l_mut_70 % uint(32);
const uint l_99 = l_mut_23 + l_97;
const uint l_100 = l_99 / info.scalars_uint[2];
const float_4 l_101 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_101;
const bool l_102 = l_100 < l_mut_4;
if (l_102) {
const uint l_103 = l_99 % info.scalars_uint[2];
const uint l_104 = l_10 + l_103;
const uint l_105 = l_mut_3 + l_100;
const uint l_106 = l_105 * info.scalars_uint[0];
const uint l_107 = l_106 + l_104;
const uint l_108 = l_107 * uint(32);
const uint l_109 = l_108 + l_98;
const float_4 l_110 = buffer_3[l_109];
l_mut_31 = l_110;
}
const uint l_111 = l_97 * uint(34);
const uint l_112 = l_111 + l_98;
shared_memory_14[l_112] = l_mut_31;
l_mut_70 = l_mut_70 + uint(64);
}
l_mut_70 = thread_index_in_threadgroup;
while (true) {
const bool l_113 = l_mut_70 < uint(8);
const bool l_114 = !l_113;
if (l_114) {
break;}
const uint l_115 = l_mut_23 + l_mut_70;
const uint l_116 = l_115 / info.scalars_uint[2];
l_mut_117 = info.scalars_float[2];
l_mut_118 = float(0.0);
const bool l_119 = l_116 < l_mut_4;
if (l_119) {
const uint l_120 = l_115 % info.scalars_uint[2];
const uint l_121 = l_10 + l_120;
const uint l_122 = l_0 * info.scalars_uint[0];
const uint l_123 = l_122 + l_121;
const uint l_124 = l_123 * info.scalars_uint[3];
const uint l_125 = l_124 + l_116;
l_mut_126 = l_125;
const float l_127 = buffer_4[l_mut_126];
l_mut_117 = l_127;
const float l_128 = buffer_5[l_mut_126];
l_mut_118 = l_128;
}
shared_memory_21[l_mut_70] = l_mut_117;
shared_memory_22[l_mut_70] = l_mut_118;
l_mut_70 = l_mut_70 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_129 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_130 = l_129 * uint(128);
l_mut_126 = thread_index_in_threadgroup;
while (true) {
const bool l_131 = l_mut_126 < uint(64);
const bool l_132 = !l_131;
if (l_132) {
break;}
const uint l_133 = l_mut_126 / uint(8);
const uint l_134 = l_mut_126 % uint(8);
l_mut_118 = float(0.0);

for (uint l_mut_135 = uint(0); l_mut_135 < l_130; ++l_mut_135) {
const uint l_136 = l_133 * uint(136);
const uint l_137 = l_136 + l_mut_135;
l_mut_70 = l_137;
const uint l_138 = l_mut_135 * uint(136);
const uint l_139 = l_138 + l_134;
l_mut_140 = l_139;
const uint l_141 = l_134 * uint(136);
const uint l_142 = l_141 + l_mut_135;
l_mut_140 = l_142;
const uint l_143 = l_mut_70 / uint(4);
const float_4 l_144 = shared_memory_13[l_143];
const uint l_145 = l_mut_140 / uint(4);
const float_4 l_146 = shared_memory_11[l_145];
const uint l_147 = l_mut_70 % uint(4);
const float l_148 = reinterpret_cast<thread float const*>(&l_144)[l_147];
const float l_149 = l_148;
const uint l_150 = l_mut_140 % uint(4);
const float l_151 = reinterpret_cast<thread float const*>(&l_146)[l_150];
const float l_152 = l_151;
const float l_153 = l_149 * l_152;
l_mut_118 = l_mut_118 + l_153;
}
const uint l_154 = l_133 * uint(16);
const uint l_155 = l_154 + l_134;
shared_memory_15[l_155] = l_mut_118;
l_mut_126 = l_mut_126 + uint(64);
}
const uint l_156 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_157 = l_156 * uint(128);
l_mut_140 = thread_index_in_threadgroup;
while (true) {
const bool l_158 = l_mut_140 < uint(64);
const bool l_159 = !l_158;
if (l_159) {
break;}
const uint l_160 = l_mut_140 / uint(8);
const uint l_161 = l_mut_140 % uint(8);
l_mut_118 = float(0.0);

for (uint l_mut_162 = uint(0); l_mut_162 < l_157; ++l_mut_162) {
const uint l_163 = l_160 * uint(136);
const uint l_164 = l_163 + l_mut_162;
l_mut_126 = l_164;
const uint l_165 = l_mut_162 * uint(136);
const uint l_166 = l_165 + l_161;
l_mut_70 = l_166;
const uint l_167 = l_161 * uint(136);
const uint l_168 = l_167 + l_mut_162;
l_mut_70 = l_168;
const uint l_169 = l_mut_126 / uint(4);
const float_4 l_170 = shared_memory_14[l_169];
const uint l_171 = l_mut_70 / uint(4);
const float_4 l_172 = shared_memory_12[l_171];
const uint l_173 = l_mut_126 % uint(4);
const float l_174 = reinterpret_cast<thread float const*>(&l_170)[l_173];
const float l_175 = l_174;
const uint l_176 = l_mut_70 % uint(4);
const float l_177 = reinterpret_cast<thread float const*>(&l_172)[l_176];
const float l_178 = l_177;
const float l_179 = l_175 * l_178;
l_mut_118 = l_mut_118 + l_179;
}
const uint l_180 = l_160 * uint(16);
const uint l_181 = l_180 + l_161;
shared_memory_16[l_181] = l_mut_118;
l_mut_140 = l_mut_140 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_140 = thread_index_in_threadgroup;
while (true) {
const bool l_182 = l_mut_140 < uint(16);
const bool l_183 = !l_182;
if (l_183) {
break;}
const uint l_184 = l_mut_140 / uint(2);
const uint l_185 = l_mut_140 % uint(2);
const uint l_186 = l_mut_23 + l_184;
const uint l_187 = l_186 / info.scalars_uint[2];
const uint l_188 = l_186 % info.scalars_uint[2];
const uint l_189 = l_10 + l_188;
const float l_190 = shared_memory_21[l_184];
const float l_191 = shared_memory_22[l_184];
const float_4 l_192 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_192;
l_mut_193 = l_mut_31;
const float_4 l_194 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_194;
l_mut_195 = l_mut_31;
const uint l_196 = l_185 * uint(4);
const uint l_197 = l_196 + uint(0);
const uint l_198 = l_184 * uint(16);
const uint l_199 = l_198 + l_197;
const float l_200 = shared_memory_15[l_199];
const uint l_201 = l_8 + l_197;
const float l_202 = l_200 * info.scalars_float[0];
l_mut_118 = l_202;
l_mut_117 = l_mut_118;
const bool l_203 = l_187 < l_mut_4;
const bool l_204 = l_201 < l_mut_7;
const bool l_205 = l_203 && l_204;
l_mut_206 = l_205;
if (l_mut_206) {
const uint l_207 = l_0 * info.scalars_uint[6];
const uint l_208 = l_189 * info.scalars_uint[7];
const uint l_209 = l_207 + l_208;
const uint l_210 = l_187 * info.scalars_uint[4];
const uint l_211 = l_209 + l_210;
const uint l_212 = l_211 + l_201;
}
const bool l_213 = !l_mut_206;
if (l_213) {
l_mut_118 = info.scalars_float[2];
}
l_mut_214 = float(0.0);
const bool l_215 = l_mut_118 > info.scalars_float[2];
const bool l_216 = l_190 > info.scalars_float[2];
const bool l_217 = l_215 && l_216;
if (l_217) {
const float l_218 = l_mut_118 - l_190;
const float l_219 = exp(l_218);
l_mut_214 = l_219;
}
const uint l_220 = l_184 * uint(16);
const uint l_221 = l_220 + l_197;
const float l_222 = shared_memory_16[l_221];
const float l_223 = l_222 - l_191;
const float l_224 = l_mut_214 * l_223;
const float l_225 = l_224 * info.scalars_float[0];
l_mut_226 = l_225;
l_mut_193.i_0 = l_mut_214;
l_mut_195.i_0 = l_mut_226;
const uint l_227 = l_185 * uint(4);
const uint l_228 = l_227 + uint(1);
const uint l_229 = l_184 * uint(16);
const uint l_230 = l_229 + l_228;
const float l_231 = shared_memory_15[l_230];
const uint l_232 = l_8 + l_228;
const float l_233 = l_231 * info.scalars_float[0];
l_mut_226 = l_233;
l_mut_214 = l_mut_226;
const bool l_234 = l_187 < l_mut_4;
const bool l_235 = l_232 < l_mut_7;
const bool l_236 = l_234 && l_235;
l_mut_206 = l_236;
if (l_mut_206) {
const uint l_237 = l_0 * info.scalars_uint[6];
const uint l_238 = l_189 * info.scalars_uint[7];
const uint l_239 = l_237 + l_238;
const uint l_240 = l_187 * info.scalars_uint[4];
const uint l_241 = l_239 + l_240;
const uint l_242 = l_241 + l_232;
}
const bool l_243 = !l_mut_206;
if (l_243) {
l_mut_226 = info.scalars_float[2];
}
l_mut_118 = float(0.0);
const bool l_244 = l_mut_226 > info.scalars_float[2];
const bool l_245 = l_190 > info.scalars_float[2];
const bool l_246 = l_244 && l_245;
if (l_246) {
const float l_247 = l_mut_226 - l_190;
const float l_248 = exp(l_247);
l_mut_118 = l_248;
}
const uint l_249 = l_184 * uint(16);
const uint l_250 = l_249 + l_228;
const float l_251 = shared_memory_16[l_250];
const float l_252 = l_251 - l_191;
const float l_253 = l_mut_118 * l_252;
const float l_254 = l_253 * info.scalars_float[0];
l_mut_117 = l_254;
l_mut_193.i_1 = l_mut_118;
l_mut_195.i_1 = l_mut_117;
const uint l_255 = l_185 * uint(4);
const uint l_256 = l_255 + uint(2);
const uint l_257 = l_184 * uint(16);
const uint l_258 = l_257 + l_256;
const float l_259 = shared_memory_15[l_258];
const uint l_260 = l_8 + l_256;
const float l_261 = l_259 * info.scalars_float[0];
l_mut_226 = l_261;
l_mut_214 = l_mut_226;
const bool l_262 = l_187 < l_mut_4;
const bool l_263 = l_260 < l_mut_7;
const bool l_264 = l_262 && l_263;
l_mut_206 = l_264;
if (l_mut_206) {
const uint l_265 = l_0 * info.scalars_uint[6];
const uint l_266 = l_189 * info.scalars_uint[7];
const uint l_267 = l_265 + l_266;
const uint l_268 = l_187 * info.scalars_uint[4];
const uint l_269 = l_267 + l_268;
const uint l_270 = l_269 + l_260;
}
const bool l_271 = !l_mut_206;
if (l_271) {
l_mut_226 = info.scalars_float[2];
}
l_mut_118 = float(0.0);
const bool l_272 = l_mut_226 > info.scalars_float[2];
const bool l_273 = l_190 > info.scalars_float[2];
const bool l_274 = l_272 && l_273;
if (l_274) {
const float l_275 = l_mut_226 - l_190;
const float l_276 = exp(l_275);
l_mut_118 = l_276;
}
const uint l_277 = l_184 * uint(16);
const uint l_278 = l_277 + l_256;
const float l_279 = shared_memory_16[l_278];
const float l_280 = l_279 - l_191;
const float l_281 = l_mut_118 * l_280;
const float l_282 = l_281 * info.scalars_float[0];
l_mut_117 = l_282;
l_mut_193.i_2 = l_mut_118;
l_mut_195.i_2 = l_mut_117;
const uint l_283 = l_185 * uint(4);
const uint l_284 = l_283 + uint(3);
const uint l_285 = l_184 * uint(16);
const uint l_286 = l_285 + l_284;
const float l_287 = shared_memory_15[l_286];
const uint l_288 = l_8 + l_284;
const float l_289 = l_287 * info.scalars_float[0];
l_mut_226 = l_289;
l_mut_214 = l_mut_226;
const bool l_290 = l_187 < l_mut_4;
const bool l_291 = l_288 < l_mut_7;
const bool l_292 = l_290 && l_291;
l_mut_206 = l_292;
if (l_mut_206) {
const uint l_293 = l_0 * info.scalars_uint[6];
const uint l_294 = l_189 * info.scalars_uint[7];
const uint l_295 = l_293 + l_294;
const uint l_296 = l_187 * info.scalars_uint[4];
const uint l_297 = l_295 + l_296;
const uint l_298 = l_297 + l_288;
}
const bool l_299 = !l_mut_206;
if (l_299) {
l_mut_226 = info.scalars_float[2];
}
l_mut_118 = float(0.0);
const bool l_300 = l_mut_226 > info.scalars_float[2];
const bool l_301 = l_190 > info.scalars_float[2];
const bool l_302 = l_300 && l_301;
if (l_302) {
const float l_303 = l_mut_226 - l_190;
const float l_304 = exp(l_303);
l_mut_118 = l_304;
}
const uint l_305 = l_184 * uint(16);
const uint l_306 = l_305 + l_284;
const float l_307 = shared_memory_16[l_306];
const float l_308 = l_307 - l_191;
const float l_309 = l_mut_118 * l_308;
const float l_310 = l_309 * info.scalars_float[0];
l_mut_117 = l_310;
l_mut_193.i_3 = l_mut_118;
l_mut_195.i_3 = l_mut_117;
const uint l_311 = l_184 * uint(4);
const uint l_312 = l_311 + l_185;
shared_memory_17[l_312] = l_mut_193;
shared_memory_18[l_312] = l_mut_195;
l_mut_140 = l_mut_140 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_313 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_314 = l_313 * uint(8);
l_mut_140 = thread_index_in_threadgroup;
while (true) {
const bool l_315 = l_mut_140 < uint(1024);
const bool l_316 = !l_315;
if (l_316) {
break;}
const uint l_317 = l_mut_140 / uint(128);
const uint l_318 = l_mut_140 % uint(128);
l_mut_226 = float(0.0);
const uint l_319 = l_317 * uint(136);
const uint l_320 = l_319 + l_318;
const float l_321 = shared_memory_20[l_320];
l_mut_226 = l_321;

for (uint l_mut_322 = uint(0); l_mut_322 < l_314; ++l_mut_322) {
const uint l_323 = l_317 * uint(16);
const uint l_324 = l_323 + l_mut_322;
l_mut_126 = l_324;
const uint l_325 = l_mut_322 * uint(16);
const uint l_326 = l_325 + l_317;
l_mut_126 = l_326;
const uint l_327 = l_mut_322 * uint(136);
const uint l_328 = l_327 + l_318;
l_mut_70 = l_328;
const uint l_329 = l_mut_126 / uint(4);
const float_4 l_330 = shared_memory_17[l_329];
const uint l_331 = l_mut_70 / uint(4);
const float_4 l_332 = shared_memory_14[l_331];
const uint l_333 = l_mut_126 % uint(4);
const float l_334 = reinterpret_cast<thread float const*>(&l_330)[l_333];
const float l_335 = l_334;
const uint l_336 = l_mut_70 % uint(4);
const float l_337 = reinterpret_cast<thread float const*>(&l_332)[l_336];
const float l_338 = l_337;
const float l_339 = l_335 * l_338;
l_mut_226 = l_mut_226 + l_339;
}
const uint l_340 = l_317 * uint(136);
const uint l_341 = l_340 + l_318;
shared_memory_20[l_341] = l_mut_226;
l_mut_140 = l_mut_140 + uint(64);
}
const uint l_342 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_343 = l_342 * uint(8);
l_mut_140 = thread_index_in_threadgroup;
while (true) {
const bool l_344 = l_mut_140 < uint(1024);
const bool l_345 = !l_344;
if (l_345) {
break;}
const uint l_346 = l_mut_140 / uint(128);
const uint l_347 = l_mut_140 % uint(128);
l_mut_226 = float(0.0);
const uint l_348 = l_346 * uint(136);
const uint l_349 = l_348 + l_347;
const float l_350 = shared_memory_19[l_349];
l_mut_226 = l_350;

for (uint l_mut_351 = uint(0); l_mut_351 < l_343; ++l_mut_351) {
const uint l_352 = l_346 * uint(16);
const uint l_353 = l_352 + l_mut_351;
l_mut_126 = l_353;
const uint l_354 = l_mut_351 * uint(16);
const uint l_355 = l_354 + l_346;
l_mut_126 = l_355;
const uint l_356 = l_mut_351 * uint(136);
const uint l_357 = l_356 + l_347;
l_mut_70 = l_357;
const uint l_358 = l_mut_126 / uint(4);
const float_4 l_359 = shared_memory_18[l_358];
const uint l_360 = l_mut_70 / uint(4);
const float_4 l_361 = shared_memory_13[l_360];
const uint l_362 = l_mut_126 % uint(4);
const float l_363 = reinterpret_cast<thread float const*>(&l_359)[l_362];
const float l_364 = l_363;
const uint l_365 = l_mut_70 % uint(4);
const float l_366 = reinterpret_cast<thread float const*>(&l_361)[l_365];
const float l_367 = l_366;
const float l_368 = l_364 * l_367;
l_mut_226 = l_mut_226 + l_368;
}
const uint l_369 = l_346 * uint(136);
const uint l_370 = l_369 + l_347;
shared_memory_19[l_370] = l_mut_226;
l_mut_140 = l_mut_140 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_23 = l_mut_23 + uint(8);
}
l_mut_140 = thread_index_in_threadgroup;
while (true) {
const bool l_371 = l_mut_140 < uint(256);
const bool l_372 = !l_371;
if (l_372) {
break;}
const uint l_373 = l_mut_140 / uint(32);
const uint l_374 = l_mut_140 % uint(32);
const uint l_375 = l_8 + l_373;
const uint l_376 = l_375 / uint(1);
const bool l_377 = l_376 < l_mut_7;
if (l_377) {
const uint l_378 = l_375 % uint(1);
const uint l_379 = l_1 + l_378;
l_mut_226 = float(1.0);
const float_4 l_380 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_195 = l_380;
l_mut_193 = l_mut_195;
const uint l_381 = l_373 * uint(136);
const uint l_382 = l_374 * uint(4);
const uint l_383 = l_381 + l_382;
const uint l_384 = l_383 + uint(0);
const float l_385 = shared_memory_19[l_384];
const float l_386 = l_385 * l_mut_226;
l_mut_193.i_0 = l_386;
const uint l_387 = l_373 * uint(136);
const uint l_388 = l_374 * uint(4);
const uint l_389 = l_387 + l_388;
const uint l_390 = l_389 + uint(1);
const float l_391 = shared_memory_19[l_390];
const float l_392 = l_391 * l_mut_226;
l_mut_193.i_1 = l_392;
const uint l_393 = l_373 * uint(136);
const uint l_394 = l_374 * uint(4);
const uint l_395 = l_393 + l_394;
const uint l_396 = l_395 + uint(2);
const float l_397 = shared_memory_19[l_396];
const float l_398 = l_397 * l_mut_226;
l_mut_193.i_2 = l_398;
const uint l_399 = l_373 * uint(136);
const uint l_400 = l_374 * uint(4);
const uint l_401 = l_399 + l_400;
const uint l_402 = l_401 + uint(3);
const float l_403 = shared_memory_19[l_402];
const float l_404 = l_403 * l_mut_226;
l_mut_193.i_3 = l_404;
const uint l_405 = l_mut_6 + l_376;
const uint l_406 = l_405 * info.scalars_uint[1];
const uint l_407 = l_406 + l_379;
const uint l_408 = l_407 * uint(32);
const uint l_409 = l_408 + l_374;
buffer_10[l_409] = l_mut_193;
}
l_mut_140 = l_mut_140 + uint(64);
}
l_mut_140 = thread_index_in_threadgroup;
while (true) {
const bool l_410 = l_mut_140 < uint(256);
const bool l_411 = !l_410;
if (l_411) {
break;}
const uint l_412 = l_mut_140 / uint(32);
const uint l_413 = l_mut_140 % uint(32);
const uint l_414 = l_8 + l_412;
const uint l_415 = l_414 / uint(1);
const bool l_416 = l_415 < l_mut_7;
if (l_416) {
const uint l_417 = l_414 % uint(1);
const uint l_418 = l_1 + l_417;
l_mut_226 = float(1.0);
const float_4 l_419 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_195 = l_419;
l_mut_193 = l_mut_195;
const uint l_420 = l_412 * uint(136);
const uint l_421 = l_413 * uint(4);
const uint l_422 = l_420 + l_421;
const uint l_423 = l_422 + uint(0);
const float l_424 = shared_memory_20[l_423];
const float l_425 = l_424 * l_mut_226;
l_mut_193.i_0 = l_425;
const uint l_426 = l_412 * uint(136);
const uint l_427 = l_413 * uint(4);
const uint l_428 = l_426 + l_427;
const uint l_429 = l_428 + uint(1);
const float l_430 = shared_memory_20[l_429];
const float l_431 = l_430 * l_mut_226;
l_mut_193.i_1 = l_431;
const uint l_432 = l_412 * uint(136);
const uint l_433 = l_413 * uint(4);
const uint l_434 = l_432 + l_433;
const uint l_435 = l_434 + uint(2);
const float l_436 = shared_memory_20[l_435];
const float l_437 = l_436 * l_mut_226;
l_mut_193.i_2 = l_437;
const uint l_438 = l_412 * uint(136);
const uint l_439 = l_413 * uint(4);
const uint l_440 = l_438 + l_439;
const uint l_441 = l_440 + uint(3);
const float l_442 = shared_memory_20[l_441];
const float l_443 = l_442 * l_mut_226;
l_mut_193.i_3 = l_443;
const uint l_444 = l_mut_6 + l_415;
const uint l_445 = l_444 * info.scalars_uint[1];
const uint l_446 = l_445 + l_418;
const uint l_447 = l_446 * uint(32);
const uint l_448 = l_447 + l_413;
buffer_11[l_448] = l_mut_193;
}
l_mut_140 = l_mut_140 + uint(64);
}

}
