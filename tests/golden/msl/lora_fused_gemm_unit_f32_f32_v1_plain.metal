
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[4];
uint scalars_uint[14];uint static_meta[16];
};

[[kernel]]
void lora_fused_gemm_unit_f32_f32_v1_plain(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device float * buffer_2 [[buffer(2)]],
    const device float * buffer_3 [[buffer(3)]],
    const device float * buffer_4 [[buffer(4)]],
    const device float * buffer_5 [[buffer(5)]],
    const device float * buffer_6 [[buffer(6)]],
    device float * buffer_7 [[buffer(7)]],
    constant info_st& info [[buffer(8)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[8192];
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_0 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_1 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_arr_6[16];

float l_arr_85[4];

float l_arr_86[4];

float l_mut_34;
uint l_mut_10;
uint l_mut_15;
uint l_mut_16;
uint l_mut_17;
uint l_mut_20;
uint l_mut_24;
uint l_mut_26;
const uint l_2 = thread_index_in_threadgroup % uint(16);
const uint l_3 = thread_index_in_threadgroup / uint(16);
const uint l_4 = threadgroup_pos_in_grid.y * uint(64);
const uint l_5 = threadgroup_pos_in_grid.x * uint(64);
l_arr_6[uint(0)] = float(0.0);
l_arr_6[uint(1)] = float(0.0);
l_arr_6[uint(2)] = float(0.0);
l_arr_6[uint(3)] = float(0.0);
l_arr_6[uint(4)] = float(0.0);
l_arr_6[uint(5)] = float(0.0);
l_arr_6[uint(6)] = float(0.0);
l_arr_6[uint(7)] = float(0.0);
l_arr_6[uint(8)] = float(0.0);
l_arr_6[uint(9)] = float(0.0);
l_arr_6[uint(10)] = float(0.0);
l_arr_6[uint(11)] = float(0.0);
l_arr_6[uint(12)] = float(0.0);
l_arr_6[uint(13)] = float(0.0);
l_arr_6[uint(14)] = float(0.0);
l_arr_6[uint(15)] = float(0.0);
const uint l_7 = info.scalars_uint[2] + uint(16);
const uint l_8 = l_7 - uint(1);
const uint l_9 = l_8 / uint(16);
l_mut_10 = uint(0);
const uint l_11 = l_9 + l_mut_10;

for (uint l_mut_12 = uint(0); l_mut_12 < l_11; ++l_mut_12) {
const bool l_13 = l_mut_12 >= l_9;
const uint l_14 = l_mut_12 * uint(16);
l_mut_15 = l_14;
l_mut_16 = info.scalars_uint[5];
l_mut_17 = info.scalars_uint[6];
if (l_13) {
const uint l_18 = l_mut_12 - l_9;
const uint l_19 = l_18 * uint(16);
l_mut_15 = l_19;
l_mut_16 = info.scalars_uint[9];
l_mut_17 = info.scalars_uint[10];
}
l_mut_20 = thread_index_in_threadgroup;
while (true) {
const bool l_21 = l_mut_20 < uint(1024);
const bool l_22 = !l_21;
if (l_22) {
break;}
const uint l_23 = l_mut_20 % uint(64);
l_mut_24 = l_23;
const uint l_25 = l_mut_20 / uint(64);
l_mut_26 = l_25;
const bool l_27 = l_mut_16 == uint(1);
if (l_27) {
const uint l_28 = l_mut_20 % uint(16);
l_mut_26 = l_28;
const uint l_29 = l_mut_20 / uint(16);
l_mut_24 = l_29;
}
const uint l_30 = l_mut_26 * uint(64);
const uint l_31 = l_30 + l_mut_24;
const uint l_32 = l_4 + l_mut_24;
const uint l_33 = l_mut_15 + l_mut_26;
l_mut_34 = float(0.0);
if (l_13) {
const bool l_35 = l_32 < info.scalars_uint[0];
const bool l_36 = l_33 < info.scalars_uint[3];
const bool l_37 = l_35 && l_36;
if (l_37) {
const uint l_38 = l_32 * info.scalars_uint[8];
const uint l_39 = l_33 * info.scalars_uint[9];
const uint l_40 = l_38 + l_39;
const float l_41 = buffer_2[l_40];
const float l_42 = l_41;
const float l_43 = l_42 * info.scalars_float[1];
l_mut_34 = l_43;
}
} else {
const bool l_44 = l_32 < info.scalars_uint[0];
const bool l_45 = l_33 < info.scalars_uint[2];
const bool l_46 = l_44 && l_45;
if (l_46) {
const uint l_47 = l_32 * info.scalars_uint[4];
const uint l_48 = l_33 * info.scalars_uint[5];
const uint l_49 = l_47 + l_48;
const float l_50 = buffer_0[l_49];
const float l_51 = l_50;
const float l_52 = l_51 * info.scalars_float[0];
l_mut_34 = l_52;
}
}
shared_memory_0[l_31] = l_mut_34;
const uint l_53 = l_mut_20 % uint(64);
l_mut_26 = l_53;
const uint l_54 = l_mut_20 / uint(64);
l_mut_24 = l_54;
const bool l_55 = l_mut_17 == uint(1);
if (l_55) {
const uint l_56 = l_mut_20 % uint(16);
l_mut_24 = l_56;
const uint l_57 = l_mut_20 / uint(16);
l_mut_26 = l_57;
}
const uint l_58 = l_mut_24 * uint(64);
const uint l_59 = l_58 + l_mut_26;
const uint l_60 = l_mut_15 + l_mut_24;
const uint l_61 = l_5 + l_mut_26;
l_mut_34 = float(0.0);
if (l_13) {
const bool l_62 = l_61 < info.scalars_uint[1];
const bool l_63 = l_60 < info.scalars_uint[3];
const bool l_64 = l_62 && l_63;
if (l_64) {
const uint l_65 = l_60 * info.scalars_uint[10];
const uint l_66 = l_61 * info.scalars_uint[11];
const uint l_67 = l_65 + l_66;
const float l_68 = buffer_3[l_67];
const float l_69 = l_68;
l_mut_34 = l_69;
}
} else {
const bool l_70 = l_61 < info.scalars_uint[1];
const bool l_71 = l_60 < info.scalars_uint[2];
const bool l_72 = l_70 && l_71;
if (l_72) {
const uint l_73 = l_60 * info.scalars_uint[6];
const uint l_74 = l_61 * info.scalars_uint[7];
const uint l_75 = l_73 + l_74;
const float l_76 = buffer_1[l_75];
const float l_77 = l_76;
l_mut_34 = l_77;
}
}
shared_memory_1[l_59] = l_mut_34;
l_mut_20 = l_mut_20 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);

for (uint l_mut_78 = uint(0); l_mut_78 < uint(16); ++l_mut_78) {
const uint l_79 = l_mut_78 * uint(64);
const uint l_80 = l_3 * uint(4);
const uint l_81 = l_79 + l_80;
const uint l_82 = l_mut_78 * uint(64);
const uint l_83 = l_2 * uint(4);
const uint l_84 = l_82 + l_83;
const uint l_87 = l_81 + uint(0);
const float l_88 = shared_memory_0[l_87];
l_arr_85[uint(0)] = l_88;
const uint l_89 = l_81 + uint(1);
const float l_90 = shared_memory_0[l_89];
l_arr_85[uint(1)] = l_90;
const uint l_91 = l_81 + uint(2);
const float l_92 = shared_memory_0[l_91];
l_arr_85[uint(2)] = l_92;
const uint l_93 = l_81 + uint(3);
const float l_94 = shared_memory_0[l_93];
l_arr_85[uint(3)] = l_94;
const uint l_95 = l_84 + uint(0);
const float l_96 = shared_memory_1[l_95];
l_arr_86[uint(0)] = l_96;
const uint l_97 = l_84 + uint(1);
const float l_98 = shared_memory_1[l_97];
l_arr_86[uint(1)] = l_98;
const uint l_99 = l_84 + uint(2);
const float l_100 = shared_memory_1[l_99];
l_arr_86[uint(2)] = l_100;
const uint l_101 = l_84 + uint(3);
const float l_102 = shared_memory_1[l_101];
l_arr_86[uint(3)] = l_102;
const float l_103 = l_arr_85[uint(0)];
const float l_104 = l_arr_86[uint(0)];
const float l_105 = l_103 * l_104;
const float l_106 = l_arr_6[uint(0)];
const float l_107 = l_106 + l_105;
l_arr_6[uint(0)] = l_107;
const float l_108 = l_arr_85[uint(0)];
const float l_109 = l_arr_86[uint(1)];
const float l_110 = l_108 * l_109;
const float l_111 = l_arr_6[uint(1)];
const float l_112 = l_111 + l_110;
l_arr_6[uint(1)] = l_112;
const float l_113 = l_arr_85[uint(0)];
const float l_114 = l_arr_86[uint(2)];
const float l_115 = l_113 * l_114;
const float l_116 = l_arr_6[uint(2)];
const float l_117 = l_116 + l_115;
l_arr_6[uint(2)] = l_117;
const float l_118 = l_arr_85[uint(0)];
const float l_119 = l_arr_86[uint(3)];
const float l_120 = l_118 * l_119;
const float l_121 = l_arr_6[uint(3)];
const float l_122 = l_121 + l_120;
l_arr_6[uint(3)] = l_122;
const float l_123 = l_arr_85[uint(1)];
const float l_124 = l_arr_86[uint(0)];
const float l_125 = l_123 * l_124;
const float l_126 = l_arr_6[uint(4)];
const float l_127 = l_126 + l_125;
l_arr_6[uint(4)] = l_127;
const float l_128 = l_arr_85[uint(1)];
const float l_129 = l_arr_86[uint(1)];
const float l_130 = l_128 * l_129;
const float l_131 = l_arr_6[uint(5)];
const float l_132 = l_131 + l_130;
l_arr_6[uint(5)] = l_132;
const float l_133 = l_arr_85[uint(1)];
const float l_134 = l_arr_86[uint(2)];
const float l_135 = l_133 * l_134;
const float l_136 = l_arr_6[uint(6)];
const float l_137 = l_136 + l_135;
l_arr_6[uint(6)] = l_137;
const float l_138 = l_arr_85[uint(1)];
const float l_139 = l_arr_86[uint(3)];
const float l_140 = l_138 * l_139;
const float l_141 = l_arr_6[uint(7)];
const float l_142 = l_141 + l_140;
l_arr_6[uint(7)] = l_142;
const float l_143 = l_arr_85[uint(2)];
const float l_144 = l_arr_86[uint(0)];
const float l_145 = l_143 * l_144;
const float l_146 = l_arr_6[uint(8)];
const float l_147 = l_146 + l_145;
l_arr_6[uint(8)] = l_147;
const float l_148 = l_arr_85[uint(2)];
const float l_149 = l_arr_86[uint(1)];
const float l_150 = l_148 * l_149;
const float l_151 = l_arr_6[uint(9)];
const float l_152 = l_151 + l_150;
l_arr_6[uint(9)] = l_152;
const float l_153 = l_arr_85[uint(2)];
const float l_154 = l_arr_86[uint(2)];
const float l_155 = l_153 * l_154;
const float l_156 = l_arr_6[uint(10)];
const float l_157 = l_156 + l_155;
l_arr_6[uint(10)] = l_157;
const float l_158 = l_arr_85[uint(2)];
const float l_159 = l_arr_86[uint(3)];
const float l_160 = l_158 * l_159;
const float l_161 = l_arr_6[uint(11)];
const float l_162 = l_161 + l_160;
l_arr_6[uint(11)] = l_162;
const float l_163 = l_arr_85[uint(3)];
const float l_164 = l_arr_86[uint(0)];
const float l_165 = l_163 * l_164;
const float l_166 = l_arr_6[uint(12)];
const float l_167 = l_166 + l_165;
l_arr_6[uint(12)] = l_167;
const float l_168 = l_arr_85[uint(3)];
const float l_169 = l_arr_86[uint(1)];
const float l_170 = l_168 * l_169;
const float l_171 = l_arr_6[uint(13)];
const float l_172 = l_171 + l_170;
l_arr_6[uint(13)] = l_172;
const float l_173 = l_arr_85[uint(3)];
const float l_174 = l_arr_86[uint(2)];
const float l_175 = l_173 * l_174;
const float l_176 = l_arr_6[uint(14)];
const float l_177 = l_176 + l_175;
l_arr_6[uint(14)] = l_177;
const float l_178 = l_arr_85[uint(3)];
const float l_179 = l_arr_86[uint(3)];
const float l_180 = l_178 * l_179;
const float l_181 = l_arr_6[uint(15)];
const float l_182 = l_181 + l_180;
l_arr_6[uint(15)] = l_182;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const uint l_183 = l_3 * uint(4);
const uint l_184 = l_4 + l_183;
const uint l_185 = l_184 + uint(0);
const uint l_186 = l_2 * uint(4);
const uint l_187 = l_5 + l_186;
const uint l_188 = l_187 + uint(0);
const float l_189 = l_arr_6[uint(0)];
const bool l_190 = l_185 < info.scalars_uint[0];
const bool l_191 = l_188 < info.scalars_uint[1];
const bool l_192 = l_190 && l_191;
if (l_192) {
l_mut_34 = l_189;
const uint l_193 = l_185 * info.scalars_uint[1];
const uint l_194 = l_193 + l_188;
buffer_7[l_194] = l_mut_34;
}
const uint l_195 = l_3 * uint(4);
const uint l_196 = l_4 + l_195;
const uint l_197 = l_196 + uint(0);
const uint l_198 = l_2 * uint(4);
const uint l_199 = l_5 + l_198;
const uint l_200 = l_199 + uint(1);
const float l_201 = l_arr_6[uint(1)];
const bool l_202 = l_197 < info.scalars_uint[0];
const bool l_203 = l_200 < info.scalars_uint[1];
const bool l_204 = l_202 && l_203;
if (l_204) {
l_mut_34 = l_201;
const uint l_205 = l_197 * info.scalars_uint[1];
const uint l_206 = l_205 + l_200;
buffer_7[l_206] = l_mut_34;
}
const uint l_207 = l_3 * uint(4);
const uint l_208 = l_4 + l_207;
const uint l_209 = l_208 + uint(0);
const uint l_210 = l_2 * uint(4);
const uint l_211 = l_5 + l_210;
const uint l_212 = l_211 + uint(2);
const float l_213 = l_arr_6[uint(2)];
const bool l_214 = l_209 < info.scalars_uint[0];
const bool l_215 = l_212 < info.scalars_uint[1];
const bool l_216 = l_214 && l_215;
if (l_216) {
l_mut_34 = l_213;
const uint l_217 = l_209 * info.scalars_uint[1];
const uint l_218 = l_217 + l_212;
buffer_7[l_218] = l_mut_34;
}
const uint l_219 = l_3 * uint(4);
const uint l_220 = l_4 + l_219;
const uint l_221 = l_220 + uint(0);
const uint l_222 = l_2 * uint(4);
const uint l_223 = l_5 + l_222;
const uint l_224 = l_223 + uint(3);
const float l_225 = l_arr_6[uint(3)];
const bool l_226 = l_221 < info.scalars_uint[0];
const bool l_227 = l_224 < info.scalars_uint[1];
const bool l_228 = l_226 && l_227;
if (l_228) {
l_mut_34 = l_225;
const uint l_229 = l_221 * info.scalars_uint[1];
const uint l_230 = l_229 + l_224;
buffer_7[l_230] = l_mut_34;
}
const uint l_231 = l_3 * uint(4);
const uint l_232 = l_4 + l_231;
const uint l_233 = l_232 + uint(1);
const uint l_234 = l_2 * uint(4);
const uint l_235 = l_5 + l_234;
const uint l_236 = l_235 + uint(0);
const float l_237 = l_arr_6[uint(4)];
const bool l_238 = l_233 < info.scalars_uint[0];
const bool l_239 = l_236 < info.scalars_uint[1];
const bool l_240 = l_238 && l_239;
if (l_240) {
l_mut_34 = l_237;
const uint l_241 = l_233 * info.scalars_uint[1];
const uint l_242 = l_241 + l_236;
buffer_7[l_242] = l_mut_34;
}
const uint l_243 = l_3 * uint(4);
const uint l_244 = l_4 + l_243;
const uint l_245 = l_244 + uint(1);
const uint l_246 = l_2 * uint(4);
const uint l_247 = l_5 + l_246;
const uint l_248 = l_247 + uint(1);
const float l_249 = l_arr_6[uint(5)];
const bool l_250 = l_245 < info.scalars_uint[0];
const bool l_251 = l_248 < info.scalars_uint[1];
const bool l_252 = l_250 && l_251;
if (l_252) {
l_mut_34 = l_249;
const uint l_253 = l_245 * info.scalars_uint[1];
const uint l_254 = l_253 + l_248;
buffer_7[l_254] = l_mut_34;
}
const uint l_255 = l_3 * uint(4);
const uint l_256 = l_4 + l_255;
const uint l_257 = l_256 + uint(1);
const uint l_258 = l_2 * uint(4);
const uint l_259 = l_5 + l_258;
const uint l_260 = l_259 + uint(2);
const float l_261 = l_arr_6[uint(6)];
const bool l_262 = l_257 < info.scalars_uint[0];
const bool l_263 = l_260 < info.scalars_uint[1];
const bool l_264 = l_262 && l_263;
if (l_264) {
l_mut_34 = l_261;
const uint l_265 = l_257 * info.scalars_uint[1];
const uint l_266 = l_265 + l_260;
buffer_7[l_266] = l_mut_34;
}
const uint l_267 = l_3 * uint(4);
const uint l_268 = l_4 + l_267;
const uint l_269 = l_268 + uint(1);
const uint l_270 = l_2 * uint(4);
const uint l_271 = l_5 + l_270;
const uint l_272 = l_271 + uint(3);
const float l_273 = l_arr_6[uint(7)];
const bool l_274 = l_269 < info.scalars_uint[0];
const bool l_275 = l_272 < info.scalars_uint[1];
const bool l_276 = l_274 && l_275;
if (l_276) {
l_mut_34 = l_273;
const uint l_277 = l_269 * info.scalars_uint[1];
const uint l_278 = l_277 + l_272;
buffer_7[l_278] = l_mut_34;
}
const uint l_279 = l_3 * uint(4);
const uint l_280 = l_4 + l_279;
const uint l_281 = l_280 + uint(2);
const uint l_282 = l_2 * uint(4);
const uint l_283 = l_5 + l_282;
const uint l_284 = l_283 + uint(0);
const float l_285 = l_arr_6[uint(8)];
const bool l_286 = l_281 < info.scalars_uint[0];
const bool l_287 = l_284 < info.scalars_uint[1];
const bool l_288 = l_286 && l_287;
if (l_288) {
l_mut_34 = l_285;
const uint l_289 = l_281 * info.scalars_uint[1];
const uint l_290 = l_289 + l_284;
buffer_7[l_290] = l_mut_34;
}
const uint l_291 = l_3 * uint(4);
const uint l_292 = l_4 + l_291;
const uint l_293 = l_292 + uint(2);
const uint l_294 = l_2 * uint(4);
const uint l_295 = l_5 + l_294;
const uint l_296 = l_295 + uint(1);
const float l_297 = l_arr_6[uint(9)];
const bool l_298 = l_293 < info.scalars_uint[0];
const bool l_299 = l_296 < info.scalars_uint[1];
const bool l_300 = l_298 && l_299;
if (l_300) {
l_mut_34 = l_297;
const uint l_301 = l_293 * info.scalars_uint[1];
const uint l_302 = l_301 + l_296;
buffer_7[l_302] = l_mut_34;
}
const uint l_303 = l_3 * uint(4);
const uint l_304 = l_4 + l_303;
const uint l_305 = l_304 + uint(2);
const uint l_306 = l_2 * uint(4);
const uint l_307 = l_5 + l_306;
const uint l_308 = l_307 + uint(2);
const float l_309 = l_arr_6[uint(10)];
const bool l_310 = l_305 < info.scalars_uint[0];
const bool l_311 = l_308 < info.scalars_uint[1];
const bool l_312 = l_310 && l_311;
if (l_312) {
l_mut_34 = l_309;
const uint l_313 = l_305 * info.scalars_uint[1];
const uint l_314 = l_313 + l_308;
buffer_7[l_314] = l_mut_34;
}
const uint l_315 = l_3 * uint(4);
const uint l_316 = l_4 + l_315;
const uint l_317 = l_316 + uint(2);
const uint l_318 = l_2 * uint(4);
const uint l_319 = l_5 + l_318;
const uint l_320 = l_319 + uint(3);
const float l_321 = l_arr_6[uint(11)];
const bool l_322 = l_317 < info.scalars_uint[0];
const bool l_323 = l_320 < info.scalars_uint[1];
const bool l_324 = l_322 && l_323;
if (l_324) {
l_mut_34 = l_321;
const uint l_325 = l_317 * info.scalars_uint[1];
const uint l_326 = l_325 + l_320;
buffer_7[l_326] = l_mut_34;
}
const uint l_327 = l_3 * uint(4);
const uint l_328 = l_4 + l_327;
const uint l_329 = l_328 + uint(3);
const uint l_330 = l_2 * uint(4);
const uint l_331 = l_5 + l_330;
const uint l_332 = l_331 + uint(0);
const float l_333 = l_arr_6[uint(12)];
const bool l_334 = l_329 < info.scalars_uint[0];
const bool l_335 = l_332 < info.scalars_uint[1];
const bool l_336 = l_334 && l_335;
if (l_336) {
l_mut_34 = l_333;
const uint l_337 = l_329 * info.scalars_uint[1];
const uint l_338 = l_337 + l_332;
buffer_7[l_338] = l_mut_34;
}
const uint l_339 = l_3 * uint(4);
const uint l_340 = l_4 + l_339;
const uint l_341 = l_340 + uint(3);
const uint l_342 = l_2 * uint(4);
const uint l_343 = l_5 + l_342;
const uint l_344 = l_343 + uint(1);
const float l_345 = l_arr_6[uint(13)];
const bool l_346 = l_341 < info.scalars_uint[0];
const bool l_347 = l_344 < info.scalars_uint[1];
const bool l_348 = l_346 && l_347;
if (l_348) {
l_mut_34 = l_345;
const uint l_349 = l_341 * info.scalars_uint[1];
const uint l_350 = l_349 + l_344;
buffer_7[l_350] = l_mut_34;
}
const uint l_351 = l_3 * uint(4);
const uint l_352 = l_4 + l_351;
const uint l_353 = l_352 + uint(3);
const uint l_354 = l_2 * uint(4);
const uint l_355 = l_5 + l_354;
const uint l_356 = l_355 + uint(2);
const float l_357 = l_arr_6[uint(14)];
const bool l_358 = l_353 < info.scalars_uint[0];
const bool l_359 = l_356 < info.scalars_uint[1];
const bool l_360 = l_358 && l_359;
if (l_360) {
l_mut_34 = l_357;
const uint l_361 = l_353 * info.scalars_uint[1];
const uint l_362 = l_361 + l_356;
buffer_7[l_362] = l_mut_34;
}
const uint l_363 = l_3 * uint(4);
const uint l_364 = l_4 + l_363;
const uint l_365 = l_364 + uint(3);
const uint l_366 = l_2 * uint(4);
const uint l_367 = l_5 + l_366;
const uint l_368 = l_367 + uint(3);
const float l_369 = l_arr_6[uint(15)];
const bool l_370 = l_365 < info.scalars_uint[0];
const bool l_371 = l_368 < info.scalars_uint[1];
const bool l_372 = l_370 && l_371;
if (l_372) {
l_mut_34 = l_369;
const uint l_373 = l_365 * info.scalars_uint[1];
const uint l_374 = l_373 + l_368;
buffer_7[l_374] = l_mut_34;
}

}
