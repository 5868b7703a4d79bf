
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    float scalars_float[2];
uint scalars_uint[10];uint static_meta[16];
};

[[kernel]]
void sampler_temperature_f32_v4(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device int * buffer_2 [[buffer(2)]],
    device uint * buffer_3 [[buffer(3)]],
    device uint * buffer_4 [[buffer(4)]],
    device float * buffer_5 [[buffer(5)]],
    device uint * buffer_6 [[buffer(6)]],
    device float * buffer_7 [[buffer(7)]],
    constant info_st& info [[buffer(8)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[6672];
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_28 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_140 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_31 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_153 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_165 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_447 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_29 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_201;
bool l_mut_359;
bool l_mut_3;
float l_mut_177;
float l_mut_180;
float l_mut_20;
float l_mut_280;
float l_mut_33;
float l_mut_35;
float l_mut_47;
float l_mut_59;
uint l_mut_202;
uint l_mut_203;
uint l_mut_204;
uint l_mut_205;
uint l_mut_206;
uint l_mut_207;
uint l_mut_272;
uint l_mut_32;
uint l_mut_34;
uint l_mut_36;
uint l_mut_37;
uint l_mut_39;
uint l_mut_50;
uint l_mut_53;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
l_mut_3 = l_2;
if (l_mut_3) {
const uint l_4 = l_1 * uint(8);
const float l_5 = buffer_1[l_4];
const uint l_6 = l_4 + uint(1);
const float l_7 = buffer_1[l_6];
const uint l_8 = uint(l_7);
const uint l_9 = l_4 + uint(2);
const float l_10 = buffer_1[l_9];
const uint l_11 = l_4 + uint(3);
const float l_12 = buffer_1[l_11];
const uint l_13 = l_4 + uint(4);
const float l_14 = buffer_1[l_13];
const uint l_15 = l_4 + uint(5);
const float l_16 = buffer_1[l_15];
const uint l_17 = l_4 + uint(6);
const float l_18 = buffer_1[l_17];
const bool l_19 = l_5 == float(0.0);
l_mut_20 = float(1.0);
const bool l_21 = !l_19;
if (l_21) {
const float l_22 = float(1.0) / l_5;
l_mut_20 = l_22;
}
const uint l_23 = info.scalars_uint[1] / uint(4);
const uint l_24 = l_1 * l_23;
l_mut_32 = uint(0);
l_mut_33 = info.scalars_float[0];
l_mut_34 = uint(4294967295);
l_mut_35 = float(0.0);
l_mut_36 = uint(0);
l_mut_37 = uint(0);
const uint l_38 = uint(0) + thread_index_in_threadgroup;
l_mut_39 = l_38;
while (true) {
const bool l_40 = l_mut_39 < l_23;
const bool l_41 = !l_40;
if (l_41) {
break;}
const uint l_42 = l_24 + l_mut_39;
const float_4 l_43 = buffer_0[l_42];
const uint l_44 = l_mut_39 * uint(4);
const uint l_45 = l_44 + uint(0);
const float l_46 = l_43.i_0;
l_mut_47 = l_46;
const bool l_48 = isnan(l_mut_47);
const uint l_49 = reinterpret_cast<thread uint const&>(l_mut_47);
l_mut_50 = l_49;
const bool l_51 = l_mut_50 == uint(2147483648);
if (l_51) {
l_mut_50 = uint(0);
}
const uint l_52 = l_mut_50 | uint(2147483648);
l_mut_53 = l_52;
const bool l_54 = l_mut_50 >= uint(2147483648);
if (l_54) {
const uint l_55 = ~l_mut_50;
l_mut_53 = l_55;
}
const bool l_56 = l_mut_53 == uint(4286578688);
const bool l_57 = l_48 || l_56;
if (l_57) {
l_mut_36 = uint(1);
} else {
const bool l_58 = l_mut_47 > l_mut_33;
if (l_58) {
l_mut_59 = float(1.0);
const bool l_60 = l_mut_33 != l_mut_47;
if (l_60) {
const float l_61 = l_mut_33 - l_mut_47;
const float l_62 = l_61 * l_mut_20;
const float l_63 = exp(l_62);
l_mut_59 = l_63;
}
const float l_64 = l_mut_35 * l_mut_59;
const float l_65 = l_64 + float(1.0);
l_mut_35 = l_65;
l_mut_33 = l_mut_47;
l_mut_34 = l_45;
} else {
const bool l_66 = l_mut_47 > info.scalars_float[0];
if (l_66) {
l_mut_59 = float(1.0);
const bool l_67 = l_mut_47 != l_mut_33;
if (l_67) {
const float l_68 = l_mut_47 - l_mut_33;
const float l_69 = l_68 * l_mut_20;
const float l_70 = exp(l_69);
l_mut_59 = l_70;
}
l_mut_35 = l_mut_35 + l_mut_59;
}
}
}
const uint l_71 = l_mut_39 * uint(4);
const uint l_72 = l_71 + uint(1);
const float l_73 = l_43.i_1;
l_mut_59 = l_73;
const bool l_74 = isnan(l_mut_59);
const uint l_75 = reinterpret_cast<thread uint const&>(l_mut_59);
l_mut_53 = l_75;
const bool l_76 = l_mut_53 == uint(2147483648);
if (l_76) {
l_mut_53 = uint(0);
}
const uint l_77 = l_mut_53 | uint(2147483648);
l_mut_50 = l_77;
const bool l_78 = l_mut_53 >= uint(2147483648);
if (l_78) {
const uint l_79 = ~l_mut_53;
l_mut_50 = l_79;
}
const bool l_80 = l_mut_50 == uint(4286578688);
const bool l_81 = l_74 || l_80;
if (l_81) {
l_mut_36 = uint(1);
} else {
const bool l_82 = l_mut_59 > l_mut_33;
if (l_82) {
l_mut_47 = float(1.0);
const bool l_83 = l_mut_33 != l_mut_59;
if (l_83) {
const float l_84 = l_mut_33 - l_mut_59;
const float l_85 = l_84 * l_mut_20;
const float l_86 = exp(l_85);
l_mut_47 = l_86;
}
const float l_87 = l_mut_35 * l_mut_47;
const float l_88 = l_87 + float(1.0);
l_mut_35 = l_88;
l_mut_33 = l_mut_59;
l_mut_34 = l_72;
} else {
const bool l_89 = l_mut_59 > info.scalars_float[0];
if (l_89) {
l_mut_47 = float(1.0);
const bool l_90 = l_mut_59 != l_mut_33;
if (l_90) {
const float l_91 = l_mut_59 - l_mut_33;
const float l_92 = l_91 * l_mut_20;
const float l_93 = exp(l_92);
l_mut_47 = l_93;
}
l_mut_35 = l_mut_35 + l_mut_47;
}
}
}
const uint l_94 = l_mut_39 * uint(4);
const uint l_95 = l_94 + uint(2);
const float l_96 = l_43.i_2;
l_mut_59 = l_96;
const bool l_97 = isnan(l_mut_59);
const uint l_98 = reinterpret_cast<thread uint const&>(l_mut_59);
l_mut_53 = l_98;
const bool l_99 = l_mut_53 == uint(2147483648);
if (l_99) {
l_mut_53 = uint(0);
}
const uint l_100 = l_mut_53 | uint(2147483648);
l_mut_50 = l_100;
const bool l_101 = l_mut_53 >= uint(2147483648);
if (l_101) {
const uint l_102 = ~l_mut_53;
l_mut_50 = l_102;
}
const bool l_103 = l_mut_50 == uint(4286578688);
const bool l_104 = l_97 || l_103;
if (l_104) {
l_mut_36 = uint(1);
} else {
const bool l_105 = l_mut_59 > l_mut_33;
if (l_105) {
l_mut_47 = float(1.0);
const bool l_106 = l_mut_33 != l_mut_59;
if (l_106) {
const float l_107 = l_mut_33 - l_mut_59;
const float l_108 = l_107 * l_mut_20;
const float l_109 = exp(l_108);
l_mut_47 = l_109;
}
const float l_110 = l_mut_35 * l_mut_47;
const float l_111 = l_110 + float(1.0);
l_mut_35 = l_111;
l_mut_33 = l_mut_59;
l_mut_34 = l_95;
} else {
const bool l_112 = l_mut_59 > info.scalars_float[0];
if (l_112) {
l_mut_47 = float(1.0);
const bool l_113 = l_mut_59 != l_mut_33;
if (l_113) {
const float l_114 = l_mut_59 - l_mut_33;
const float l_115 = l_114 * l_mut_20;
const float l_116 = exp(l_115);
l_mut_47 = l_116;
}
l_mut_35 = l_mut_35 + l_mut_47;
}
}
}
const uint l_117 = l_mut_39 * uint(4);
const uint l_118 = l_117 + uint(3);
const float l_119 = l_43.i_3;
l_mut_59 = l_119;
const bool l_120 = isnan(l_mut_59);
const uint l_121 = reinterpret_cast<thread uint const&>(l_mut_59);
l_mut_53 = l_121;
const bool l_122 = l_mut_53 == uint(2147483648);
if (l_122) {
l_mut_53 = uint(0);
}
const uint l_123 = l_mut_53 | uint(2147483648);
l_mut_50 = l_123;
const bool l_124 = l_mut_53 >= uint(2147483648);
if (l_124) {
const uint l_125 = ~l_mut_53;
l_mut_50 = l_125;
}
const bool l_126 = l_mut_50 == uint(4286578688);
const bool l_127 = l_120 || l_126;
if (l_127) {
l_mut_36 = uint(1);
} else {
const bool l_128 = l_mut_59 > l_mut_33;
if (l_128) {
l_mut_47 = float(1.0);
const bool l_129 = l_mut_33 != l_mut_59;
if (l_129) {
const float l_130 = l_mut_33 - l_mut_59;
const float l_131 = l_130 * l_mut_20;
const float l_132 = exp(l_131);
l_mut_47 = l_132;
}
const float l_133 = l_mut_35 * l_mut_47;
const float l_134 = l_133 + float(1.0);
l_mut_35 = l_134;
l_mut_33 = l_mut_59;
l_mut_34 = l_118;
} else {
const bool l_135 = l_mut_59 > info.scalars_float[0];
if (l_135) {
l_mut_47 = float(1.0);
const bool l_136 = l_mut_59 != l_mut_33;
if (l_136) {
const float l_137 = l_mut_59 - l_mut_33;
const float l_138 = l_137 * l_mut_20;
const float l_139 = exp(l_138);
l_mut_47 = l_139;
}
l_mut_35 = l_mut_35 + l_mut_47;
}
}
}
l_mut_39 = l_mut_39 + total_thread_in_threadgroup;
}
const float l_141 = float {simd_max(l_mut_33)
};
const uint l_142 = total_thread_in_threadgroup + simd_size;
const uint l_143 = l_142 - uint(1);
const uint l_144 = l_143 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_145 = thread_index_in_threadgroup % simd_size;
const bool l_146 = l_145 == uint(0);
if (l_146) {
const uint l_147 = thread_index_in_threadgroup / simd_size;
shared_memory_140[l_147] = l_141;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_148 = shared_memory_140[uint(0)];
l_mut_59 = l_148;

for (uint l_mut_149 = uint(1); l_mut_149 < l_144; ++l_mut_149) {
const float l_150 = shared_memory_140[l_mut_149];
const bool l_151 = l_150 > l_mut_59;
if (l_151) {
l_mut_59 = l_150;
}
}
l_mut_53 = uint(4294967295);
const bool l_152 = l_mut_33 == l_mut_59;
if (l_152) {
l_mut_53 = l_mut_34;
}
const uint l_154 = uint {simd_min(l_mut_53)
};
const uint l_155 = total_thread_in_threadgroup + simd_size;
const uint l_156 = l_155 - uint(1);
const uint l_157 = l_156 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_158 = thread_index_in_threadgroup % simd_size;
const bool l_159 = l_158 == uint(0);
if (l_159) {
const uint l_160 = thread_index_in_threadgroup / simd_size;
shared_memory_153[l_160] = l_154;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_161 = shared_memory_153[uint(0)];
l_mut_53 = l_161;

for (uint l_mut_162 = uint(1); l_mut_162 < l_157; ++l_mut_162) {
const uint l_163 = shared_memory_153[l_mut_162];
const bool l_164 = l_163 < l_mut_53;
if (l_164) {
l_mut_53 = l_163;
}
}
const uint l_166 = uint {simd_max(l_mut_36)
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
const uint l_173 = shared_memory_165[uint(0)];
l_mut_50 = l_173;

for (uint l_mut_174 = uint(1); l_mut_174 < l_169; ++l_mut_174) {
const uint l_175 = shared_memory_165[l_mut_174];
const bool l_176 = l_175 > l_mut_50;
if (l_176) {
l_mut_50 = l_175;
}
}
l_mut_47 = float(0.0);
l_mut_177 = float(0.0);
const bool l_178 = l_mut_33 == l_mut_59;
if (l_178) {
l_mut_177 = l_mut_35;
} else {
const bool l_179 = l_mut_35 > float(0.0);
if (l_179) {
l_mut_180 = float(1.0);
const bool l_181 = l_mut_33 != l_mut_59;
if (l_181) {
const float l_182 = l_mut_33 - l_mut_59;
const float l_183 = l_182 * l_mut_20;
const float l_184 = exp(l_183);
l_mut_180 = l_184;
}
const float l_185 = l_mut_35 * l_mut_180;
l_mut_177 = l_185;
}
}
const float l_186 = float {simd_sum(l_mut_177)
};
const uint l_187 = total_thread_in_threadgroup + simd_size;
const uint l_188 = l_187 - uint(1);
const uint l_189 = l_188 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_190 = thread_index_in_threadgroup % simd_size;
const bool l_191 = l_190 == uint(0);
if (l_191) {
const uint l_192 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_192] = l_186;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_180 = float(0.0);

for (uint l_mut_193 = uint(0); l_mut_193 < l_189; ++l_mut_193) {
const float l_194 = shared_memory_31[l_mut_193];
l_mut_180 = l_mut_180 + l_194;
}
l_mut_47 = l_mut_180;
l_mut_39 = uint(0);
const bool l_195 = l_mut_50 > uint(0);
if (l_195) {
l_mut_39 = uint(1);
} else {
const bool l_196 = l_mut_59 == info.scalars_float[0];
if (l_196) {
l_mut_39 = uint(2);
}
}
const bool l_197 = l_mut_39 != uint(0);
if (l_197) {
const bool l_198 = thread_index_in_threadgroup == uint(0);
if (l_198) {
buffer_4[l_1] = l_mut_39;
buffer_3[l_1] = uint(4294967295);
}
} else {
const float l_199 = log(l_mut_47);
l_mut_39 = l_mut_53;
l_mut_180 = l_mut_59;
const bool l_200 = !l_19;
if (l_200) {
l_mut_37 = uint(0);
l_mut_36 = uint(4294967295);
l_mut_34 = info.scalars_uint[1];
l_mut_201 = bool(false);
l_mut_202 = info.scalars_uint[5];
l_mut_203 = info.scalars_uint[6];
l_mut_204 = l_1;
l_mut_205 = uint(0);
l_mut_206 = info.scalars_uint[3];
l_mut_207 = info.scalars_uint[4];

for (uint l_mut_208 = uint(0); l_mut_208 < uint(10); ++l_mut_208) {
const uint l_209 = uint(3528531795) & uint(65535);
const uint l_210 = uint(3528531795) >> uint(16);
const uint l_211 = l_mut_202 & uint(65535);
const uint l_212 = l_mut_202 >> uint(16);
const uint l_213 = l_209 * l_211;
const uint l_214 = l_209 * l_212;
const uint l_215 = l_210 * l_211;
const uint l_216 = l_210 * l_212;
const uint l_217 = l_213 >> uint(16);
const uint l_218 = l_214 & uint(65535);
const uint l_219 = l_217 + l_218;
const uint l_220 = l_215 & uint(65535);
const uint l_221 = l_219 + l_220;
const uint l_222 = l_214 >> uint(16);
const uint l_223 = l_216 + l_222;
const uint l_224 = l_215 >> uint(16);
const uint l_225 = l_223 + l_224;
const uint l_226 = l_221 >> uint(16);
const uint l_227 = l_225 + l_226;
const uint l_228 = uint(3528531795) * l_mut_202;
const uint l_229 = uint(3449720151) & uint(65535);
const uint l_230 = uint(3449720151) >> uint(16);
const uint l_231 = l_mut_204 & uint(65535);
const uint l_232 = l_mut_204 >> uint(16);
const uint l_233 = l_229 * l_231;
const uint l_234 = l_229 * l_232;
const uint l_235 = l_230 * l_231;
const uint l_236 = l_230 * l_232;
const uint l_237 = l_233 >> uint(16);
const uint l_238 = l_234 & uint(65535);
const uint l_239 = l_237 + l_238;
const uint l_240 = l_235 & uint(65535);
const uint l_241 = l_239 + l_240;
const uint l_242 = l_234 >> uint(16);
const uint l_243 = l_236 + l_242;
const uint l_244 = l_235 >> uint(16);
const uint l_245 = l_243 + l_244;
const uint l_246 = l_241 >> uint(16);
const uint l_247 = l_245 + l_246;
const uint l_248 = uint(3449720151) * l_mut_204;
const uint l_249 = l_247 ^ l_mut_203;
const uint l_250 = l_249 ^ l_mut_206;
const uint l_251 = l_227 ^ l_mut_205;
const uint l_252 = l_251 ^ l_mut_207;
l_mut_202 = l_250;
l_mut_203 = l_248;
l_mut_204 = l_252;
l_mut_205 = l_228;
l_mut_206 = l_mut_206 + uint(2654435769);
l_mut_207 = l_mut_207 + uint(3144134277);
}
const uint l_253 = l_mut_202 >> uint(8);
const float l_254 = float(l_253);
const float l_255 = l_254 * float(5.960464477539063e-8);
const uint l_256 = l_23 + total_thread_in_threadgroup;
const uint l_257 = l_256 - uint(1);
const uint l_258 = l_257 / total_thread_in_threadgroup;
const uint l_259 = thread_index_in_threadgroup * l_258;
l_mut_207 = l_259;
const bool l_260 = l_mut_207 > l_23;
if (l_260) {
l_mut_207 = l_23;
}
const uint l_261 = l_mut_207 + l_258;
l_mut_206 = l_261;
const bool l_262 = l_mut_206 > l_23;
if (l_262) {
l_mut_206 = l_23;
}
l_mut_205 = uint(0);
l_mut_177 = float(0.0);
l_mut_204 = uint(0);
l_mut_203 = l_mut_205;

for (uint l_mut_263 = l_mut_207; l_mut_263 < l_mut_206; ++l_mut_263) {
const uint l_264 = l_24 + l_mut_263;
const float_4 l_265 = buffer_0[l_264];
const uint l_266 = l_mut_263 * uint(4);
const uint l_267 = l_266 + uint(0);
const float l_268 = l_265.i_0;
l_mut_35 = l_268;
l_mut_33 = float(0.0);
const uint l_269 = reinterpret_cast<thread uint const&>(l_mut_35);
l_mut_202 = l_269;
const bool l_270 = l_mut_202 == uint(2147483648);
if (l_270) {
l_mut_202 = uint(0);
}
const uint l_271 = l_mut_202 | uint(2147483648);
l_mut_272 = l_271;
const bool l_273 = l_mut_202 >= uint(2147483648);
if (l_273) {
const uint l_274 = ~l_mut_202;
l_mut_272 = l_274;
}
const bool l_275 = l_mut_272 > l_mut_37;
const bool l_276 = l_mut_272 == l_mut_37;
const bool l_277 = l_267 <= l_mut_36;
const bool l_278 = l_276 && l_277;
const bool l_279 = l_275 || l_278;
if (l_279) {
l_mut_280 = float(1.0);
const bool l_281 = l_mut_35 != l_mut_59;
if (l_281) {
const float l_282 = l_mut_35 - l_mut_59;
const float l_283 = l_282 * l_mut_20;
const float l_284 = exp(l_283);
l_mut_280 = l_284;
}
l_mut_33 = l_mut_280;
}
l_mut_280 = l_mut_33;
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_285 = l_mut_280 > float(0.0);
if (l_285) {
const uint l_286 = l_267 + uint(1);
l_mut_204 = l_286;
}
const uint l_287 = l_mut_263 * uint(4);
const uint l_288 = l_287 + uint(1);
const float l_289 = l_265.i_1;
l_mut_280 = l_289;
l_mut_35 = float(0.0);
const uint l_290 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_272 = l_290;
const bool l_291 = l_mut_272 == uint(2147483648);
if (l_291) {
l_mut_272 = uint(0);
}
const uint l_292 = l_mut_272 | uint(2147483648);
l_mut_202 = l_292;
const bool l_293 = l_mut_272 >= uint(2147483648);
if (l_293) {
const uint l_294 = ~l_mut_272;
l_mut_202 = l_294;
}
const bool l_295 = l_mut_202 > l_mut_37;
const bool l_296 = l_mut_202 == l_mut_37;
const bool l_297 = l_288 <= l_mut_36;
const bool l_298 = l_296 && l_297;
const bool l_299 = l_295 || l_298;
if (l_299) {
l_mut_33 = float(1.0);
const bool l_300 = l_mut_280 != l_mut_59;
if (l_300) {
const float l_301 = l_mut_280 - l_mut_59;
const float l_302 = l_301 * l_mut_20;
const float l_303 = exp(l_302);
l_mut_33 = l_303;
}
l_mut_35 = l_mut_33;
}
l_mut_280 = l_mut_35;
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_304 = l_mut_280 > float(0.0);
if (l_304) {
const uint l_305 = l_288 + uint(1);
l_mut_204 = l_305;
}
const uint l_306 = l_mut_263 * uint(4);
const uint l_307 = l_306 + uint(2);
const float l_308 = l_265.i_2;
l_mut_280 = l_308;
l_mut_35 = float(0.0);
const uint l_309 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_272 = l_309;
const bool l_310 = l_mut_272 == uint(2147483648);
if (l_310) {
l_mut_272 = uint(0);
}
const uint l_311 = l_mut_272 | uint(2147483648);
l_mut_202 = l_311;
const bool l_312 = l_mut_272 >= uint(2147483648);
if (l_312) {
const uint l_313 = ~l_mut_272;
l_mut_202 = l_313;
}
const bool l_314 = l_mut_202 > l_mut_37;
const bool l_315 = l_mut_202 == l_mut_37;
const bool l_316 = l_307 <= l_mut_36;
const bool l_317 = l_315 && l_316;
const bool l_318 = l_314 || l_317;
if (l_318) {
l_mut_33 = float(1.0);
const bool l_319 = l_mut_280 != l_mut_59;
if (l_319) {
const float l_320 = l_mut_280 - l_mut_59;
const float l_321 = l_320 * l_mut_20;
const float l_322 = exp(l_321);
l_mut_33 = l_322;
}
l_mut_35 = l_mut_33;
}
l_mut_280 = l_mut_35;
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_323 = l_mut_280 > float(0.0);
if (l_323) {
const uint l_324 = l_307 + uint(1);
l_mut_204 = l_324;
}
const uint l_325 = l_mut_263 * uint(4);
const uint l_326 = l_325 + uint(3);
const float l_327 = l_265.i_3;
l_mut_280 = l_327;
l_mut_35 = float(0.0);
const uint l_328 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_272 = l_328;
const bool l_329 = l_mut_272 == uint(2147483648);
if (l_329) {
l_mut_272 = uint(0);
}
const uint l_330 = l_mut_272 | uint(2147483648);
l_mut_202 = l_330;
const bool l_331 = l_mut_272 >= uint(2147483648);
if (l_331) {
const uint l_332 = ~l_mut_272;
l_mut_202 = l_332;
}
const bool l_333 = l_mut_202 > l_mut_37;
const bool l_334 = l_mut_202 == l_mut_37;
const bool l_335 = l_326 <= l_mut_36;
const bool l_336 = l_334 && l_335;
const bool l_337 = l_333 || l_336;
if (l_337) {
l_mut_33 = float(1.0);
const bool l_338 = l_mut_280 != l_mut_59;
if (l_338) {
const float l_339 = l_mut_280 - l_mut_59;
const float l_340 = l_339 * l_mut_20;
const float l_341 = exp(l_340);
l_mut_33 = l_341;
}
l_mut_35 = l_mut_33;
}
l_mut_280 = l_mut_35;
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_342 = l_mut_280 > float(0.0);
if (l_342) {
const uint l_343 = l_326 + uint(1);
l_mut_204 = l_343;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_28[thread_index_in_threadgroup] = l_mut_177;
l_mut_280 = l_mut_177;
l_mut_272 = uint(1);
while (true) {
const bool l_344 = l_mut_272 < total_thread_in_threadgroup;
const bool l_345 = !l_344;
if (l_345) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);
const bool l_346 = thread_index_in_threadgroup >= l_mut_272;
if (l_346) {
const uint l_347 = thread_index_in_threadgroup - l_mut_272;
const float l_348 = shared_memory_28[l_347];
l_mut_177 = l_348;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_280 = l_mut_280 + l_mut_177;
shared_memory_28[thread_index_in_threadgroup] = l_mut_280;
l_mut_272 = l_mut_272 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);
const bool l_349 = thread_index_in_threadgroup > uint(0);
if (l_349) {
const uint l_350 = thread_index_in_threadgroup - uint(1);
const float l_351 = shared_memory_28[l_350];
l_mut_177 = l_351;
}
const uint l_352 = total_thread_in_threadgroup - uint(1);
const float l_353 = shared_memory_28[l_352];
const float l_354 = l_255 * l_353;
const bool l_355 = thread_index_in_threadgroup == uint(0);
if (l_355) {
shared_memory_29[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = l_mut_177;
const bool l_356 = l_mut_177 <= l_354;
const bool l_357 = l_mut_280 > l_354;
const bool l_358 = l_356 && l_357;
if (l_358) {
l_mut_359 = bool(false);
l_mut_272 = l_mut_205;

for (uint l_mut_360 = l_mut_207; l_mut_360 < l_mut_206; ++l_mut_360) {
const uint l_361 = l_24 + l_mut_360;
const float_4 l_362 = buffer_0[l_361];
const uint l_363 = l_mut_360 * uint(4);
const uint l_364 = l_363 + uint(0);
const float l_365 = l_362.i_0;
l_mut_280 = l_365;
l_mut_177 = float(0.0);
const uint l_366 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_366;
const bool l_367 = l_mut_205 == uint(2147483648);
if (l_367) {
l_mut_205 = uint(0);
}
const uint l_368 = l_mut_205 | uint(2147483648);
l_mut_202 = l_368;
const bool l_369 = l_mut_205 >= uint(2147483648);
if (l_369) {
const uint l_370 = ~l_mut_205;
l_mut_202 = l_370;
}
const bool l_371 = l_mut_202 > l_mut_37;
const bool l_372 = l_mut_202 == l_mut_37;
const bool l_373 = l_364 <= l_mut_36;
const bool l_374 = l_372 && l_373;
const bool l_375 = l_371 || l_374;
if (l_375) {
l_mut_33 = float(1.0);
const bool l_376 = l_mut_280 != l_mut_59;
if (l_376) {
const float l_377 = l_mut_280 - l_mut_59;
const float l_378 = l_377 * l_mut_20;
const float l_379 = exp(l_378);
l_mut_33 = l_379;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_380 = !l_mut_359;
const bool l_381 = l_mut_35 > l_354;
const bool l_382 = l_380 && l_381;
if (l_382) {
shared_memory_29[uint(0)] = l_364;
l_mut_359 = bool(true);
}
const uint l_383 = l_mut_360 * uint(4);
const uint l_384 = l_383 + uint(1);
const float l_385 = l_362.i_1;
l_mut_280 = l_385;
l_mut_177 = float(0.0);
const uint l_386 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_386;
const bool l_387 = l_mut_205 == uint(2147483648);
if (l_387) {
l_mut_205 = uint(0);
}
const uint l_388 = l_mut_205 | uint(2147483648);
l_mut_202 = l_388;
const bool l_389 = l_mut_205 >= uint(2147483648);
if (l_389) {
const uint l_390 = ~l_mut_205;
l_mut_202 = l_390;
}
const bool l_391 = l_mut_202 > l_mut_37;
const bool l_392 = l_mut_202 == l_mut_37;
const bool l_393 = l_384 <= l_mut_36;
const bool l_394 = l_392 && l_393;
const bool l_395 = l_391 || l_394;
if (l_395) {
l_mut_33 = float(1.0);
const bool l_396 = l_mut_280 != l_mut_59;
if (l_396) {
const float l_397 = l_mut_280 - l_mut_59;
const float l_398 = l_397 * l_mut_20;
const float l_399 = exp(l_398);
l_mut_33 = l_399;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_400 = !l_mut_359;
const bool l_401 = l_mut_35 > l_354;
const bool l_402 = l_400 && l_401;
if (l_402) {
shared_memory_29[uint(0)] = l_384;
l_mut_359 = bool(true);
}
const uint l_403 = l_mut_360 * uint(4);
const uint l_404 = l_403 + uint(2);
const float l_405 = l_362.i_2;
l_mut_280 = l_405;
l_mut_177 = float(0.0);
const uint l_406 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_406;
const bool l_407 = l_mut_205 == uint(2147483648);
if (l_407) {
l_mut_205 = uint(0);
}
const uint l_408 = l_mut_205 | uint(2147483648);
l_mut_202 = l_408;
const bool l_409 = l_mut_205 >= uint(2147483648);
if (l_409) {
const uint l_410 = ~l_mut_205;
l_mut_202 = l_410;
}
const bool l_411 = l_mut_202 > l_mut_37;
const bool l_412 = l_mut_202 == l_mut_37;
const bool l_413 = l_404 <= l_mut_36;
const bool l_414 = l_412 && l_413;
const bool l_415 = l_411 || l_414;
if (l_415) {
l_mut_33 = float(1.0);
const bool l_416 = l_mut_280 != l_mut_59;
if (l_416) {
const float l_417 = l_mut_280 - l_mut_59;
const float l_418 = l_417 * l_mut_20;
const float l_419 = exp(l_418);
l_mut_33 = l_419;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_420 = !l_mut_359;
const bool l_421 = l_mut_35 > l_354;
const bool l_422 = l_420 && l_421;
if (l_422) {
shared_memory_29[uint(0)] = l_404;
l_mut_359 = bool(true);
}
const uint l_423 = l_mut_360 * uint(4);
const uint l_424 = l_423 + uint(3);
const float l_425 = l_362.i_3;
l_mut_280 = l_425;
l_mut_177 = float(0.0);
const uint l_426 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_426;
const bool l_427 = l_mut_205 == uint(2147483648);
if (l_427) {
l_mut_205 = uint(0);
}
const uint l_428 = l_mut_205 | uint(2147483648);
l_mut_202 = l_428;
const bool l_429 = l_mut_205 >= uint(2147483648);
if (l_429) {
const uint l_430 = ~l_mut_205;
l_mut_202 = l_430;
}
const bool l_431 = l_mut_202 > l_mut_37;
const bool l_432 = l_mut_202 == l_mut_37;
const bool l_433 = l_424 <= l_mut_36;
const bool l_434 = l_432 && l_433;
const bool l_435 = l_431 || l_434;
if (l_435) {
l_mut_33 = float(1.0);
const bool l_436 = l_mut_280 != l_mut_59;
if (l_436) {
const float l_437 = l_mut_280 - l_mut_59;
const float l_438 = l_437 * l_mut_20;
const float l_439 = exp(l_438);
l_mut_33 = l_439;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_440 = !l_mut_359;
const bool l_441 = l_mut_35 > l_354;
const bool l_442 = l_440 && l_441;
if (l_442) {
shared_memory_29[uint(0)] = l_424;
l_mut_359 = bool(true);
}
}
const bool l_443 = !l_mut_359;
const bool l_444 = l_mut_204 > uint(0);
const bool l_445 = l_443 && l_444;
if (l_445) {
const uint l_446 = l_mut_204 - uint(1);
shared_memory_29[uint(0)] = l_446;
}
}
const uint l_448 = uint {simd_max(l_mut_204)
};
const uint l_449 = total_thread_in_threadgroup + simd_size;
const uint l_450 = l_449 - uint(1);
const uint l_451 = l_450 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_452 = thread_index_in_threadgroup % simd_size;
const bool l_453 = l_452 == uint(0);
if (l_453) {
const uint l_454 = thread_index_in_threadgroup / simd_size;
shared_memory_447[l_454] = l_448;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_455 = shared_memory_447[uint(0)];
l_mut_272 = l_455;

for (uint l_mut_456 = uint(1); l_mut_456 < l_451; ++l_mut_456) {
const uint l_457 = shared_memory_447[l_mut_456];
const bool l_458 = l_457 > l_mut_272;
if (l_458) {
l_mut_272 = l_457;
}
}
const uint l_459 = shared_memory_29[uint(0)];
l_mut_39 = l_459;
const bool l_460 = l_mut_39 == uint(4294967295);
if (l_460) {
const uint l_461 = l_mut_272 - uint(1);
l_mut_39 = l_461;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_462 = thread_index_in_threadgroup == uint(0);
if (l_462) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_39;
}
}
}

}
