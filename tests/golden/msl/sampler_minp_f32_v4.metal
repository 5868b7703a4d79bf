
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
void sampler_minp_f32_v4(
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
threadgroup uint* shared_memory_463 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_29 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_201;
bool l_mut_367;
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
l_mut_201 = bool(true);
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
const bool l_285 = l_mut_280 < l_12;
const bool l_286 = l_mut_201 && l_285;
if (l_286) {
l_mut_280 = float(0.0);
}
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_287 = l_mut_280 > float(0.0);
if (l_287) {
const uint l_288 = l_267 + uint(1);
l_mut_204 = l_288;
}
const uint l_289 = l_mut_263 * uint(4);
const uint l_290 = l_289 + uint(1);
const float l_291 = l_265.i_1;
l_mut_280 = l_291;
l_mut_35 = float(0.0);
const uint l_292 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_272 = l_292;
const bool l_293 = l_mut_272 == uint(2147483648);
if (l_293) {
l_mut_272 = uint(0);
}
const uint l_294 = l_mut_272 | uint(2147483648);
l_mut_202 = l_294;
const bool l_295 = l_mut_272 >= uint(2147483648);
if (l_295) {
const uint l_296 = ~l_mut_272;
l_mut_202 = l_296;
}
const bool l_297 = l_mut_202 > l_mut_37;
const bool l_298 = l_mut_202 == l_mut_37;
const bool l_299 = l_290 <= l_mut_36;
const bool l_300 = l_298 && l_299;
const bool l_301 = l_297 || l_300;
if (l_301) {
l_mut_33 = float(1.0);
const bool l_302 = l_mut_280 != l_mut_59;
if (l_302) {
const float l_303 = l_mut_280 - l_mut_59;
const float l_304 = l_303 * l_mut_20;
const float l_305 = exp(l_304);
l_mut_33 = l_305;
}
l_mut_35 = l_mut_33;
}
l_mut_280 = l_mut_35;
const bool l_306 = l_mut_280 < l_12;
const bool l_307 = l_mut_201 && l_306;
if (l_307) {
l_mut_280 = float(0.0);
}
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_308 = l_mut_280 > float(0.0);
if (l_308) {
const uint l_309 = l_290 + uint(1);
l_mut_204 = l_309;
}
const uint l_310 = l_mut_263 * uint(4);
const uint l_311 = l_310 + uint(2);
const float l_312 = l_265.i_2;
l_mut_280 = l_312;
l_mut_35 = float(0.0);
const uint l_313 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_272 = l_313;
const bool l_314 = l_mut_272 == uint(2147483648);
if (l_314) {
l_mut_272 = uint(0);
}
const uint l_315 = l_mut_272 | uint(2147483648);
l_mut_202 = l_315;
const bool l_316 = l_mut_272 >= uint(2147483648);
if (l_316) {
const uint l_317 = ~l_mut_272;
l_mut_202 = l_317;
}
const bool l_318 = l_mut_202 > l_mut_37;
const bool l_319 = l_mut_202 == l_mut_37;
const bool l_320 = l_311 <= l_mut_36;
const bool l_321 = l_319 && l_320;
const bool l_322 = l_318 || l_321;
if (l_322) {
l_mut_33 = float(1.0);
const bool l_323 = l_mut_280 != l_mut_59;
if (l_323) {
const float l_324 = l_mut_280 - l_mut_59;
const float l_325 = l_324 * l_mut_20;
const float l_326 = exp(l_325);
l_mut_33 = l_326;
}
l_mut_35 = l_mut_33;
}
l_mut_280 = l_mut_35;
const bool l_327 = l_mut_280 < l_12;
const bool l_328 = l_mut_201 && l_327;
if (l_328) {
l_mut_280 = float(0.0);
}
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_329 = l_mut_280 > float(0.0);
if (l_329) {
const uint l_330 = l_311 + uint(1);
l_mut_204 = l_330;
}
const uint l_331 = l_mut_263 * uint(4);
const uint l_332 = l_331 + uint(3);
const float l_333 = l_265.i_3;
l_mut_280 = l_333;
l_mut_35 = float(0.0);
const uint l_334 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_272 = l_334;
const bool l_335 = l_mut_272 == uint(2147483648);
if (l_335) {
l_mut_272 = uint(0);
}
const uint l_336 = l_mut_272 | uint(2147483648);
l_mut_202 = l_336;
const bool l_337 = l_mut_272 >= uint(2147483648);
if (l_337) {
const uint l_338 = ~l_mut_272;
l_mut_202 = l_338;
}
const bool l_339 = l_mut_202 > l_mut_37;
const bool l_340 = l_mut_202 == l_mut_37;
const bool l_341 = l_332 <= l_mut_36;
const bool l_342 = l_340 && l_341;
const bool l_343 = l_339 || l_342;
if (l_343) {
l_mut_33 = float(1.0);
const bool l_344 = l_mut_280 != l_mut_59;
if (l_344) {
const float l_345 = l_mut_280 - l_mut_59;
const float l_346 = l_345 * l_mut_20;
const float l_347 = exp(l_346);
l_mut_33 = l_347;
}
l_mut_35 = l_mut_33;
}
l_mut_280 = l_mut_35;
const bool l_348 = l_mut_280 < l_12;
const bool l_349 = l_mut_201 && l_348;
if (l_349) {
l_mut_280 = float(0.0);
}
l_mut_177 = l_mut_177 + l_mut_280;
const bool l_350 = l_mut_280 > float(0.0);
if (l_350) {
const uint l_351 = l_332 + uint(1);
l_mut_204 = l_351;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_28[thread_index_in_threadgroup] = l_mut_177;
l_mut_280 = l_mut_177;
l_mut_272 = uint(1);
while (true) {
const bool l_352 = l_mut_272 < total_thread_in_threadgroup;
const bool l_353 = !l_352;
if (l_353) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);
const bool l_354 = thread_index_in_threadgroup >= l_mut_272;
if (l_354) {
const uint l_355 = thread_index_in_threadgroup - l_mut_272;
const float l_356 = shared_memory_28[l_355];
l_mut_177 = l_356;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_280 = l_mut_280 + l_mut_177;
shared_memory_28[thread_index_in_threadgroup] = l_mut_280;
l_mut_272 = l_mut_272 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);
const bool l_357 = thread_index_in_threadgroup > uint(0);
if (l_357) {
const uint l_358 = thread_index_in_threadgroup - uint(1);
const float l_359 = shared_memory_28[l_358];
l_mut_177 = l_359;
}
const uint l_360 = total_thread_in_threadgroup - uint(1);
const float l_361 = shared_memory_28[l_360];
const float l_362 = l_255 * l_361;
const bool l_363 = thread_index_in_threadgroup == uint(0);
if (l_363) {
shared_memory_29[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = l_mut_177;
const bool l_364 = l_mut_177 <= l_362;
const bool l_365 = l_mut_280 > l_362;
const bool l_366 = l_364 && l_365;
if (l_366) {
l_mut_367 = bool(false);
l_mut_272 = l_mut_205;

for (uint l_mut_368 = l_mut_207; l_mut_368 < l_mut_206; ++l_mut_368) {
const uint l_369 = l_24 + l_mut_368;
const float_4 l_370 = buffer_0[l_369];
const uint l_371 = l_mut_368 * uint(4);
const uint l_372 = l_371 + uint(0);
const float l_373 = l_370.i_0;
l_mut_280 = l_373;
l_mut_177 = float(0.0);
const uint l_374 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_374;
const bool l_375 = l_mut_205 == uint(2147483648);
if (l_375) {
l_mut_205 = uint(0);
}
const uint l_376 = l_mut_205 | uint(2147483648);
l_mut_202 = l_376;
const bool l_377 = l_mut_205 >= uint(2147483648);
if (l_377) {
const uint l_378 = ~l_mut_205;
l_mut_202 = l_378;
}
const bool l_379 = l_mut_202 > l_mut_37;
const bool l_380 = l_mut_202 == l_mut_37;
const bool l_381 = l_372 <= l_mut_36;
const bool l_382 = l_380 && l_381;
const bool l_383 = l_379 || l_382;
if (l_383) {
l_mut_33 = float(1.0);
const bool l_384 = l_mut_280 != l_mut_59;
if (l_384) {
const float l_385 = l_mut_280 - l_mut_59;
const float l_386 = l_385 * l_mut_20;
const float l_387 = exp(l_386);
l_mut_33 = l_387;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
const bool l_388 = l_mut_280 < l_12;
const bool l_389 = l_mut_201 && l_388;
if (l_389) {
l_mut_280 = float(0.0);
}
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_390 = !l_mut_367;
const bool l_391 = l_mut_35 > l_362;
const bool l_392 = l_390 && l_391;
if (l_392) {
shared_memory_29[uint(0)] = l_372;
l_mut_367 = bool(true);
}
const uint l_393 = l_mut_368 * uint(4);
const uint l_394 = l_393 + uint(1);
const float l_395 = l_370.i_1;
l_mut_280 = l_395;
l_mut_177 = float(0.0);
const uint l_396 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_396;
const bool l_397 = l_mut_205 == uint(2147483648);
if (l_397) {
l_mut_205 = uint(0);
}
const uint l_398 = l_mut_205 | uint(2147483648);
l_mut_202 = l_398;
const bool l_399 = l_mut_205 >= uint(2147483648);
if (l_399) {
const uint l_400 = ~l_mut_205;
l_mut_202 = l_400;
}
const bool l_401 = l_mut_202 > l_mut_37;
const bool l_402 = l_mut_202 == l_mut_37;
const bool l_403 = l_394 <= l_mut_36;
const bool l_404 = l_402 && l_403;
const bool l_405 = l_401 || l_404;
if (l_405) {
l_mut_33 = float(1.0);
const bool l_406 = l_mut_280 != l_mut_59;
if (l_406) {
const float l_407 = l_mut_280 - l_mut_59;
const float l_408 = l_407 * l_mut_20;
const float l_409 = exp(l_408);
l_mut_33 = l_409;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
const bool l_410 = l_mut_280 < l_12;
const bool l_411 = l_mut_201 && l_410;
if (l_411) {
l_mut_280 = float(0.0);
}
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_412 = !l_mut_367;
const bool l_413 = l_mut_35 > l_362;
const bool l_414 = l_412 && l_413;
if (l_414) {
shared_memory_29[uint(0)] = l_394;
l_mut_367 = bool(true);
}
const uint l_415 = l_mut_368 * uint(4);
const uint l_416 = l_415 + uint(2);
const float l_417 = l_370.i_2;
l_mut_280 = l_417;
l_mut_177 = float(0.0);
const uint l_418 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_418;
const bool l_419 = l_mut_205 == uint(2147483648);
if (l_419) {
l_mut_205 = uint(0);
}
const uint l_420 = l_mut_205 | uint(2147483648);
l_mut_202 = l_420;
const bool l_421 = l_mut_205 >= uint(2147483648);
if (l_421) {
const uint l_422 = ~l_mut_205;
l_mut_202 = l_422;
}
const bool l_423 = l_mut_202 > l_mut_37;
const bool l_424 = l_mut_202 == l_mut_37;
const bool l_425 = l_416 <= l_mut_36;
const bool l_426 = l_424 && l_425;
const bool l_427 = l_423 || l_426;
if (l_427) {
l_mut_33 = float(1.0);
const bool l_428 = l_mut_280 != l_mut_59;
if (l_428) {
const float l_429 = l_mut_280 - l_mut_59;
const float l_430 = l_429 * l_mut_20;
const float l_431 = exp(l_430);
l_mut_33 = l_431;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
const bool l_432 = l_mut_280 < l_12;
const bool l_433 = l_mut_201 && l_432;
if (l_433) {
l_mut_280 = float(0.0);
}
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_434 = !l_mut_367;
const bool l_435 = l_mut_35 > l_362;
const bool l_436 = l_434 && l_435;
if (l_436) {
shared_memory_29[uint(0)] = l_416;
l_mut_367 = bool(true);
}
const uint l_437 = l_mut_368 * uint(4);
const uint l_438 = l_437 + uint(3);
const float l_439 = l_370.i_3;
l_mut_280 = l_439;
l_mut_177 = float(0.0);
const uint l_440 = reinterpret_cast<thread uint const&>(l_mut_280);
l_mut_205 = l_440;
const bool l_441 = l_mut_205 == uint(2147483648);
if (l_441) {
l_mut_205 = uint(0);
}
const uint l_442 = l_mut_205 | uint(2147483648);
l_mut_202 = l_442;
const bool l_443 = l_mut_205 >= uint(2147483648);
if (l_443) {
const uint l_444 = ~l_mut_205;
l_mut_202 = l_444;
}
const bool l_445 = l_mut_202 > l_mut_37;
const bool l_446 = l_mut_202 == l_mut_37;
const bool l_447 = l_438 <= l_mut_36;
const bool l_448 = l_446 && l_447;
const bool l_449 = l_445 || l_448;
if (l_449) {
l_mut_33 = float(1.0);
const bool l_450 = l_mut_280 != l_mut_59;
if (l_450) {
const float l_451 = l_mut_280 - l_mut_59;
const float l_452 = l_451 * l_mut_20;
const float l_453 = exp(l_452);
l_mut_33 = l_453;
}
l_mut_177 = l_mut_33;
}
l_mut_280 = l_mut_177;
const bool l_454 = l_mut_280 < l_12;
const bool l_455 = l_mut_201 && l_454;
if (l_455) {
l_mut_280 = float(0.0);
}
l_mut_35 = l_mut_35 + l_mut_280;
const bool l_456 = !l_mut_367;
const bool l_457 = l_mut_35 > l_362;
const bool l_458 = l_456 && l_457;
if (l_458) {
shared_memory_29[uint(0)] = l_438;
l_mut_367 = bool(true);
}
}
const bool l_459 = !l_mut_367;
const bool l_460 = l_mut_204 > uint(0);
const bool l_461 = l_459 && l_460;
if (l_461) {
const uint l_462 = l_mut_204 - uint(1);
shared_memory_29[uint(0)] = l_462;
}
}
const uint l_464 = uint {simd_max(l_mut_204)
};
const uint l_465 = total_thread_in_threadgroup + simd_size;
const uint l_466 = l_465 - uint(1);
const uint l_467 = l_466 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_468 = thread_index_in_threadgroup % simd_size;
const bool l_469 = l_468 == uint(0);
if (l_469) {
const uint l_470 = thread_index_in_threadgroup / simd_size;
shared_memory_463[l_470] = l_464;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_471 = shared_memory_463[uint(0)];
l_mut_272 = l_471;

for (uint l_mut_472 = uint(1); l_mut_472 < l_467; ++l_mut_472) {
const uint l_473 = shared_memory_463[l_mut_472];
const bool l_474 = l_473 > l_mut_272;
if (l_474) {
l_mut_272 = l_473;
}
}
const uint l_475 = shared_memory_29[uint(0)];
l_mut_39 = l_475;
const bool l_476 = l_mut_39 == uint(4294967295);
if (l_476) {
const uint l_477 = l_mut_272 - uint(1);
l_mut_39 = l_477;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_478 = thread_index_in_threadgroup == uint(0);
if (l_478) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_39;
}
}
}

}
