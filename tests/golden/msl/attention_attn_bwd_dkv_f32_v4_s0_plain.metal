
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
bool l_mut_207;
float l_mut_118;
float l_mut_119;
float l_mut_215;
float l_mut_227;
float_4 l_mut_194;
float_4 l_mut_196;
float_4 l_mut_31;
uint l_mut_127;
uint l_mut_141;
uint l_mut_23;
uint l_mut_3;
uint l_mut_4;
uint l_mut_69;
uint l_mut_6;
uint l_mut_70;
uint l_mut_77;
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
l_mut_77 = thread_index_in_threadgroup;
while (true) {
const bool l_78 = l_mut_77 < uint(256);
const bool l_79 = !l_78;
if (l_79) {
break;}
const uint l_80 = l_mut_77 / uint(32);
const uint l_81 = l_mut_77 % uint(32);
const uint l_82 = l_mut_23 + l_80;
const uint l_83 = l_82 / info.scalars_uint[2];
const float_4 l_84 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_84;
const bool l_85 = l_83 < l_mut_4;
if (l_85) {
const uint l_86 = l_82 % info.scalars_uint[2];
const uint l_87 = l_10 + l_86;
const uint l_88 = l_mut_3 + l_83;
const uint l_89 = l_88 * info.scalars_uint[0];
const uint l_90 = l_89 + l_87;
const uint l_91 = l_90 * uint(32);
const uint l_92 = l_91 + l_81;
const float_4 l_93 = buffer_0[l_92];
l_mut_31 = l_93;
}
const uint l_94 = l_80 * uint(34);
const uint l_95 = l_94 + l_81;
shared_memory_13[l_95] = l_mut_31;
l_mut_77 = l_mut_77 + uint(64);
}
l_mut_77 = thread_index_in_threadgroup;
while (true) {
const bool l_96 = l_mut_77 < uint(256);
const bool l_97 = !l_96;
if (l_97) {
break;}
const uint l_98 = l_mut_77 / uint(32);
const uint l_99 = l_mut_77 % uint(32);
const uint l_100 = l_mut_23 + l_98;
const uint l_101 = l_100 / info.scalars_uint[2];
const float_4 l_102 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_102;
const bool l_103 = l_101 < l_mut_4;
if (l_103) {
const uint l_104 = l_100 % info.scalars_uint[2];
const uint l_105 = l_10 + l_104;
const uint l_106 = l_mut_3 + l_101;
const uint l_107 = l_106 * info.scalars_uint[0];
const uint l_108 = l_107 + l_105;
const uint l_109 = l_108 * uint(32);
const uint l_110 = l_109 + l_99;
const float_4 l_111 = buffer_3[l_110];
l_mut_31 = l_111;
}
const uint l_112 = l_98 * uint(34);
const uint l_113 = l_112 + l_99;
shared_memory_14[l_113] = l_mut_31;
l_mut_77 = l_mut_77 + uint(64);
}
l_mut_77 = thread_index_in_threadgroup;
while (true) {
const bool l_114 = l_mut_77 < uint(8);
const bool l_115 = !l_114;
if (l_115) {
break;}
const uint l_116 = l_mut_23 + l_mut_77;
const uint l_117 = l_116 / info.scalars_uint[2];
l_mut_118 = info.scalars_float[2];
l_mut_119 = float(0.0);
const bool l_120 = l_117 < l_mut_4;
if (l_120) {
const uint l_121 = l_116 % info.scalars_uint[2];
const uint l_122 = l_10 + l_121;
const uint l_123 = l_0 * info.scalars_uint[0];
const uint l_124 = l_123 + l_122;
const uint l_125 = l_124 * info.scalars_uint[3];
const uint l_126 = l_125 + l_117;
l_mut_127 = l_126;
const float l_128 = buffer_4[l_mut_127];
l_mut_118 = l_128;
const float l_129 = buffer_5[l_mut_127];
l_mut_119 = l_129;
}
shared_memory_21[l_mut_77] = l_mut_118;
shared_memory_22[l_mut_77] = l_mut_119;
l_mut_77 = l_mut_77 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_130 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_131 = l_130 * uint(128);
l_mut_127 = thread_index_in_threadgroup;
while (true) {
const bool l_132 = l_mut_127 < uint(64);
const bool l_133 = !l_132;
if (l_133) {
break;}
const uint l_134 = l_mut_127 / uint(8);
const uint l_135 = l_mut_127 % uint(8);
l_mut_119 = float(0.0);

for (uint l_mut_136 = uint(0); l_mut_136 < l_131; ++l_mut_136) {
const uint l_137 = l_134 * uint(136);
const uint l_138 = l_137 + l_mut_136;
l_mut_77 = l_138;
const uint l_139 = l_mut_136 * uint(136);
const uint l_140 = l_139 + l_135;
l_mut_141 = l_140;
const uint l_142 = l_135 * uint(136);
const uint l_143 = l_142 + l_mut_136;
l_mut_141 = l_143;
const uint l_144 = l_mut_77 / uint(4);
const float_4 l_145 = shared_memory_13[l_144];
const uint l_146 = l_mut_141 / uint(4);
const float_4 l_147 = shared_memory_11[l_146];
const uint l_148 = l_mut_77 % uint(4);
const float l_149 = reinterpret_cast<thread float const*>(&l_145)[l_148];
const float l_150 = l_149;
const uint l_151 = l_mut_141 % uint(4);
const float l_152 = reinterpret_cast<thread float const*>(&l_147)[l_151];
const float l_153 = l_152;
const float l_154 = l_150 * l_153;
l_mut_119 = l_mut_119 + l_154;
}
const uint l_155 = l_134 * uint(16);
const uint l_156 = l_155 + l_135;
shared_memory_15[l_156] = l_mut_119;
l_mut_127 = l_mut_127 + uint(64);
}
const uint l_157 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_158 = l_157 * uint(128);
l_mut_141 = thread_index_in_threadgroup;
while (true) {
const bool l_159 = l_mut_141 < uint(64);
const bool l_160 = !l_159;
if (l_160) {
break;}
const uint l_161 = l_mut_141 / uint(8);
const uint l_162 = l_mut_141 % uint(8);
l_mut_119 = float(0.0);

for (uint l_mut_163 = uint(0); l_mut_163 < l_158; ++l_mut_163) {
const uint l_164 = l_161 * uint(136);
const uint l_165 = l_164 + l_mut_163;
l_mut_127 = l_165;
const uint l_166 = l_mut_163 * uint(136);
const uint l_167 = l_166 + l_162;
l_mut_77 = l_167;
const uint l_168 = l_162 * uint(136);
const uint l_169 = l_168 + l_mut_163;
l_mut_77 = l_169;
const uint l_170 = l_mut_127 / uint(4);
const float_4 l_171 = shared_memory_14[l_170];
const uint l_172 = l_mut_77 / uint(4);
const float_4 l_173 = shared_memory_12[l_172];
const uint l_174 = l_mut_127 % uint(4);
const float l_175 = reinterpret_cast<thread float const*>(&l_171)[l_174];
const float l_176 = l_175;
const uint l_177 = l_mut_77 % uint(4);
const float l_178 = reinterpret_cast<thread float const*>(&l_173)[l_177];
const float l_179 = l_178;
const float l_180 = l_176 * l_179;
l_mut_119 = l_mut_119 + l_180;
}
const uint l_181 = l_161 * uint(16);
const uint l_182 = l_181 + l_162;
shared_memory_16[l_182] = l_mut_119;
l_mut_141 = l_mut_141 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_141 = thread_index_in_threadgroup;
while (true) {
const bool l_183 = l_mut_141 < uint(16);
const bool l_184 = !l_183;
if (l_184) {
break;}
const uint l_185 = l_mut_141 / uint(2);
const uint l_186 = l_mut_141 % uint(2);
const uint l_187 = l_mut_23 + l_185;
const uint l_188 = l_187 / info.scalars_uint[2];
const uint l_189 = l_187 % info.scalars_uint[2];
const uint l_190 = l_10 + l_189;
const float l_191 = shared_memory_21[l_185];
const float l_192 = shared_memory_22[l_185];
const float_4 l_193 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_193;
l_mut_194 = l_mut_31;
const float_4 l_195 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_31 = l_195;
l_mut_196 = l_mut_31;
const uint l_197 = l_186 * uint(4);
const uint l_198 = l_197 + uint(0);
const uint l_199 = l_185 * uint(16);
const uint l_200 = l_199 + l_198;
const float l_201 = shared_memory_15[l_200];
const uint l_202 = l_8 + l_198;
const float l_203 = l_201 * info.scalars_float[0];
l_mut_119 = l_203;
l_mut_118 = l_mut_119;
const bool l_204 = l_188 < l_mut_4;
const bool l_205 = l_202 < l_mut_7;
const bool l_206 = l_204 && l_205;
l_mut_207 = l_206;
if (l_mut_207) {
const uint l_208 = l_0 * info.scalars_uint[6];
const uint l_209 = l_190 * info.scalars_uint[7];
const uint l_210 = l_208 + l_209;
const uint l_211 = l_188 * info.scalars_uint[4];
const uint l_212 = l_210 + l_211;
const uint l_213 = l_212 + l_202;
}
const bool l_214 = !l_mut_207;
if (l_214) {
l_mut_119 = info.scalars_float[2];
}
l_mut_215 = float(0.0);
const bool l_216 = l_mut_119 > info.scalars_float[2];
const bool l_217 = l_191 > info.scalars_float[2];
const bool l_218 = l_216 && l_217;
if (l_218) {
const float l_219 = l_mut_119 - l_191;
const float l_220 = exp(l_219);
l_mut_215 = l_220;
}
const uint l_221 = l_185 * uint(16);
const uint l_222 = l_221 + l_198;
const float l_223 = shared_memory_16[l_222];
const float l_224 = l_223 - l_192;
const float l_225 = l_mut_215 * l_224;
const float l_226 = l_225 * info.scalars_float[0];
l_mut_227 = l_226;
l_mut_194.i_0 = l_mut_215;
l_mut_196.i_0 = l_mut_227;
const uint l_228 = l_186 * uint(4);
const uint l_229 = l_228 + uint(1);
const uint l_230 = l_185 * uint(16);
const uint l_231 = l_230 + l_229;
const float l_232 = shared_memory_15[l_231];
const uint l_233 = l_8 + l_229;
const float l_234 = l_232 * info.scalars_float[0];
l_mut_227 = l_234;
l_mut_215 = l_mut_227;
const bool l_235 = l_188 < l_mut_4;
const bool l_236 = l_233 < l_mut_7;
const bool l_237 = l_235 && l_236;
l_mut_207 = l_237;
if (l_mut_207) {
const uint l_238 = l_0 * info.scalars_uint[6];
const uint l_239 = l_190 * info.scalars_uint[7];
const uint l_240 = l_238 + l_239;
const uint l_241 = l_188 * info.scalars_uint[4];
const uint l_242 = l_240 + l_241;
const uint l_243 = l_242 + l_233;
}
const bool l_244 = !l_mut_207;
if (l_244) {
l_mut_227 = info.scalars_float[2];
}
l_mut_119 = float(0.0);
const bool l_245 = l_mut_227 > info.scalars_float[2];
const bool l_246 = l_191 > info.scalars_float[2];
const bool l_247 = l_245 && l_246;
if (l_247) {
const float l_248 = l_mut_227 - l_191;
const float l_249 = exp(l_248);
l_mut_119 = l_249;
}
const uint l_250 = l_185 * uint(16);
const uint l_251 = l_250 + l_229;
const float l_252 = shared_memory_16[l_251];
const float l_253 = l_252 - l_192;
const float l_254 = l_mut_119 * l_253;
const float l_255 = l_254 * info.scalars_float[0];
l_mut_118 = l_255;
l_mut_194.i_1 = l_mut_119;
l_mut_196.i_1 = l_mut_118;
const uint l_256 = l_186 * uint(4);
const uint l_257 = l_256 + uint(2);
const uint l_258 = l_185 * uint(16);
const uint l_259 = l_258 + l_257;
const float l_260 = shared_memory_15[l_259];
const uint l_261 = l_8 + l_257;
const float l_262 = l_260 * info.scalars_float[0];
l_mut_227 = l_262;
l_mut_215 = l_mut_227;
const bool l_263 = l_188 < l_mut_4;
const bool l_264 = l_261 < l_mut_7;
const bool l_265 = l_263 && l_264;
l_mut_207 = l_265;
if (l_mut_207) {
const uint l_266 = l_0 * info.scalars_uint[6];
const uint l_267 = l_190 * info.scalars_uint[7];
const uint l_268 = l_266 + l_267;
const uint l_269 = l_188 * info.scalars_uint[4];
const uint l_270 = l_268 + l_269;
const uint l_271 = l_270 + l_261;
}
const bool l_272 = !l_mut_207;
if (l_272) {
l_mut_227 = info.scalars_float[2];
}
l_mut_119 = float(0.0);
const bool l_273 = l_mut_227 > info.scalars_float[2];
const bool l_274 = l_191 > info.scalars_float[2];
const bool l_275 = l_273 && l_274;
if (l_275) {
const float l_276 = l_mut_227 - l_191;
const float l_277 = exp(l_276);
l_mut_119 = l_277;
}
const uint l_278 = l_185 * uint(16);
const uint l_279 = l_278 + l_257;
const float l_280 = shared_memory_16[l_279];
const float l_281 = l_280 - l_192;
const float l_282 = l_mut_119 * l_281;
const float l_283 = l_282 * info.scalars_float[0];
l_mut_118 = l_283;
l_mut_194.i_2 = l_mut_119;
l_mut_196.i_2 = l_mut_118;
const uint l_284 = l_186 * uint(4);
const uint l_285 = l_284 + uint(3);
const uint l_286 = l_185 * uint(16);
const uint l_287 = l_286 + l_285;
const float l_288 = shared_memory_15[l_287];
const uint l_289 = l_8 + l_285;
const float l_290 = l_288 * info.scalars_float[0];
l_mut_227 = l_290;
l_mut_215 = l_mut_227;
const bool l_291 = l_188 < l_mut_4;
const bool l_292 = l_289 < l_mut_7;
const bool l_293 = l_291 && l_292;
l_mut_207 = l_293;
if (l_mut_207) {
const uint l_294 = l_0 * info.scalars_uint[6];
const uint l_295 = l_190 * info.scalars_uint[7];
const uint l_296 = l_294 + l_295;
const uint l_297 = l_188 * info.scalars_uint[4];
const uint l_298 = l_296 + l_297;
const uint l_299 = l_298 + l_289;
}
const bool l_300 = !l_mut_207;
if (l_300) {
l_mut_227 = info.scalars_float[2];
}
l_mut_119 = float(0.0);
const bool l_301 = l_mut_227 > info.scalars_float[2];
const bool l_302 = l_191 > info.scalars_float[2];
const bool l_303 = l_301 && l_302;
if (l_303) {
const float l_304 = l_mut_227 - l_191;
const float l_305 = exp(l_304);
l_mut_119 = l_305;
}
const uint l_306 = l_185 * uint(16);
const uint l_307 = l_306 + l_285;
const float l_308 = shared_memory_16[l_307];
const float l_309 = l_308 - l_192;
const float l_310 = l_mut_119 * l_309;
const float l_311 = l_310 * info.scalars_float[0];
l_mut_118 = l_311;
l_mut_194.i_3 = l_mut_119;
l_mut_196.i_3 = l_mut_118;
const uint l_312 = l_185 * uint(4);
const uint l_313 = l_312 + l_186;
shared_memory_17[l_313] = l_mut_194;
shared_memory_18[l_313] = l_mut_196;
l_mut_141 = l_mut_141 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_314 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_315 = l_314 * uint(8);
l_mut_141 = thread_index_in_threadgroup;
while (true) {
const bool l_316 = l_mut_141 < uint(1024);
const bool l_317 = !l_316;
if (l_317) {
break;}
const uint l_318 = l_mut_141 / uint(128);
const uint l_319 = l_mut_141 % uint(128);
l_mut_227 = float(0.0);
const uint l_320 = l_318 * uint(136);
const uint l_321 = l_320 + l_319;
const float l_322 = shared_memory_20[l_321];
l_mut_227 = l_322;

for (uint l_mut_323 = uint(0); l_mut_323 < l_315; ++l_mut_323) {
const uint l_324 = l_318 * uint(16);
const uint l_325 = l_324 + l_mut_323;
l_mut_127 = l_325;
const uint l_326 = l_mut_323 * uint(16);
const uint l_327 = l_326 + l_318;
l_mut_127 = l_327;
const uint l_328 = l_mut_323 * uint(136);
const uint l_329 = l_328 + l_319;
l_mut_77 = l_329;
const uint l_330 = l_mut_127 / uint(4);
const float_4 l_331 = shared_memory_17[l_330];
const uint l_332 = l_mut_77 / uint(4);
const float_4 l_333 = shared_memory_14[l_332];
const uint l_334 = l_mut_127 % uint(4);
const float l_335 = reinterpret_cast<thread float const*>(&l_331)[l_334];
const float l_336 = l_335;
const uint l_337 = l_mut_77 % uint(4);
const float l_338 = reinterpret_cast<thread float const*>(&l_333)[l_337];
const float l_339 = l_338;
const float l_340 = l_336 * l_339;
l_mut_227 = l_mut_227 + l_340;
}
const uint l_341 = l_318 * uint(136);
const uint l_342 = l_341 + l_319;
shared_memory_20[l_342] = l_mut_227;
l_mut_141 = l_mut_141 + uint(64);
}
const uint l_343 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_344 = l_343 * uint(8);
l_mut_141 = thread_index_in_threadgroup;
while (true) {
const bool l_345 = l_mut_141 < uint(1024);
const bool l_346 = !l_345;
if (l_346) {
break;}
const uint l_347 = l_mut_141 / uint(128);
const uint l_348 = l_mut_141 % uint(128);
l_mut_227 = float(0.0);
const uint l_349 = l_347 * uint(136);
const uint l_350 = l_349 + l_348;
const float l_351 = shared_memory_19[l_350];
l_mut_227 = l_351;

for (uint l_mut_352 = uint(0); l_mut_352 < l_344; ++l_mut_352) {
const uint l_353 = l_347 * uint(16);
const uint l_354 = l_353 + l_mut_352;
l_mut_127 = l_354;
const uint l_355 = l_mut_352 * uint(16);
const uint l_356 = l_355 + l_347;
l_mut_127 = l_356;
const uint l_357 = l_mut_352 * uint(136);
const uint l_358 = l_357 + l_348;
l_mut_77 = l_358;
const uint l_359 = l_mut_127 / uint(4);
const float_4 l_360 = shared_memory_18[l_359];
const uint l_361 = l_mut_77 / uint(4);
const float_4 l_362 = shared_memory_13[l_361];
const uint l_363 = l_mut_127 % uint(4);
const float l_364 = reinterpret_cast<thread float const*>(&l_360)[l_363];
const float l_365 = l_364;
const uint l_366 = l_mut_77 % uint(4);
const float l_367 = reinterpret_cast<thread float const*>(&l_362)[l_366];
const float l_368 = l_367;
const float l_369 = l_365 * l_368;
l_mut_227 = l_mut_227 + l_369;
}
const uint l_370 = l_347 * uint(136);
const uint l_371 = l_370 + l_348;
shared_memory_19[l_371] = l_mut_227;
l_mut_141 = l_mut_141 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_23 = l_mut_23 + uint(8);
}
l_mut_141 = thread_index_in_threadgroup;
while (true) {
const bool l_372 = l_mut_141 < uint(256);
const bool l_373 = !l_372;
if (l_373) {
break;}
const uint l_374 = l_mut_141 / uint(32);
const uint l_375 = l_mut_141 % uint(32);
const uint l_376 = l_8 + l_374;
const uint l_377 = l_376 / uint(1);
const bool l_378 = l_377 < l_mut_7;
if (l_378) {
const uint l_379 = l_376 % uint(1);
const uint l_380 = l_1 + l_379;
l_mut_227 = float(1.0);
const float_4 l_381 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_196 = l_381;
l_mut_194 = l_mut_196;
const uint l_382 = l_374 * uint(136);
const uint l_383 = l_375 * uint(4);
const uint l_384 = l_382 + l_383;
const uint l_385 = l_384 + uint(0);
const float l_386 = shared_memory_19[l_385];
const float l_387 = l_386 * l_mut_227;
l_mut_194.i_0 = l_387;
const uint l_388 = l_374 * uint(136);
const uint l_389 = l_375 * uint(4);
const uint l_390 = l_388 + l_389;
const uint l_391 = l_390 + uint(1);
const float l_392 = shared_memory_19[l_391];
const float l_393 = l_392 * l_mut_227;
l_mut_194.i_1 = l_393;
const uint l_394 = l_374 * uint(136);
const uint l_395 = l_375 * uint(4);
const uint l_396 = l_394 + l_395;
const uint l_397 = l_396 + uint(2);
const float l_398 = shared_memory_19[l_397];
const float l_399 = l_398 * l_mut_227;
l_mut_194.i_2 = l_399;
const uint l_400 = l_374 * uint(136);
const uint l_401 = l_375 * uint(4);
const uint l_402 = l_400 + l_401;
const uint l_403 = l_402 + uint(3);
const float l_404 = shared_memory_19[l_403];
const float l_405 = l_404 * l_mut_227;
l_mut_194.i_3 = l_405;
const uint l_406 = l_mut_6 + l_377;
const uint l_407 = l_406 * info.scalars_uint[1];
const uint l_408 = l_407 + l_380;
const uint l_409 = l_408 * uint(32);
const uint l_410 = l_409 + l_375;
buffer_10[l_410] = l_mut_194;
}
l_mut_141 = l_mut_141 + uint(64);
}
l_mut_141 = thread_index_in_threadgroup;
while (true) {
const bool l_411 = l_mut_141 < uint(256);
const bool l_412 = !l_411;
if (l_412) {
break;}
const uint l_413 = l_mut_141 / uint(32);
const uint l_414 = l_mut_141 % uint(32);
const uint l_415 = l_8 + l_413;
const uint l_416 = l_415 / uint(1);
const bool l_417 = l_416 < l_mut_7;
if (l_417) {
const uint l_418 = l_415 % uint(1);
const uint l_419 = l_1 + l_418;
l_mut_227 = float(1.0);
const float_4 l_420 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_196 = l_420;
l_mut_194 = l_mut_196;
const uint l_421 = l_413 * uint(136);
const uint l_422 = l_414 * uint(4);
const uint l_423 = l_421 + l_422;
const uint l_424 = l_423 + uint(0);
const float l_425 = shared_memory_20[l_424];
const float l_426 = l_425 * l_mut_227;
l_mut_194.i_0 = l_426;
const uint l_427 = l_413 * uint(136);
const uint l_428 = l_414 * uint(4);
const uint l_429 = l_427 + l_428;
const uint l_430 = l_429 + uint(1);
const float l_431 = shared_memory_20[l_430];
const float l_432 = l_431 * l_mut_227;
l_mut_194.i_1 = l_432;
const uint l_433 = l_413 * uint(136);
const uint l_434 = l_414 * uint(4);
const uint l_435 = l_433 + l_434;
const uint l_436 = l_435 + uint(2);
const float l_437 = shared_memory_20[l_436];
const float l_438 = l_437 * l_mut_227;
l_mut_194.i_2 = l_438;
const uint l_439 = l_413 * uint(136);
const uint l_440 = l_414 * uint(4);
const uint l_441 = l_439 + l_440;
const uint l_442 = l_441 + uint(3);
const float l_443 = shared_memory_20[l_442];
const float l_444 = l_443 * l_mut_227;
l_mut_194.i_3 = l_444;
const uint l_445 = l_mut_6 + l_416;
const uint l_446 = l_445 * info.scalars_uint[1];
const uint l_447 = l_446 + l_419;
const uint l_448 = l_447 * uint(32);
const uint l_449 = l_448 + l_414;
buffer_11[l_449] = l_mut_194;
}
l_mut_141 = l_mut_141 + uint(64);
}

}
