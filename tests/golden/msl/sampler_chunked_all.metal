
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[8];uint static_meta[22];
};

[[kernel]]
void sampler_chunked_all(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device uint * buffer_2 [[buffer(2)]],
    const device uint * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    const device uint * buffer_5 [[buffer(5)]],
    device uint * buffer_6 [[buffer(6)]],
    device uint * buffer_7 [[buffer(7)]],
    device float * buffer_8 [[buffer(8)]],
    device uint * buffer_9 [[buffer(9)]],
    device float * buffer_10 [[buffer(10)]],
    constant info_st& info [[buffer(11)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[11012];
// Shared array size: 1, 4 bytes
threadgroup uint* shared_memory_20 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_16 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_17 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_19 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_42 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_131 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_57 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_69 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_18 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool l_mut_116;
bool l_mut_205;
bool l_mut_207;
float l_mut_13;
float l_mut_22;
float l_mut_280;
float l_mut_51;
float l_mut_81;
float l_mut_90;
uint l_mut_123;
uint l_mut_125;
uint l_mut_126;
uint l_mut_144;
uint l_mut_181;
uint l_mut_185;
uint l_mut_188;
uint l_mut_23;
uint l_mut_24;
uint l_mut_25;
uint l_mut_55;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * uint(8);
const float l_4 = buffer_0[l_3];
const uint l_5 = l_3 + uint(1);
const float l_6 = buffer_0[l_5];
const uint l_7 = uint(l_6);
const uint l_8 = l_3 + uint(2);
const float l_9 = buffer_0[l_8];
const uint l_10 = l_3 + uint(3);
const float l_11 = buffer_0[l_10];
const bool l_12 = l_4 == float(0.0);
l_mut_13 = float(1.0);
const bool l_14 = !l_12;
if (l_14) {
const float l_15 = float(1.0) / l_4;
l_mut_13 = l_15;
}
const uint l_21 = l_1 * info.scalars_uint[1];
l_mut_22 = info.scalars_float[0];
l_mut_23 = uint(4294967295);
l_mut_24 = uint(0);
l_mut_25 = thread_index_in_threadgroup;
while (true) {
const bool l_26 = l_mut_25 < info.scalars_uint[1];
const bool l_27 = !l_26;
if (l_27) {
break;}
const uint l_28 = l_21 + l_mut_25;
const uint l_29 = l_28 * uint(2);
const float l_30 = buffer_1[l_29];
const uint l_31 = buffer_2[l_29];
const bool l_32 = l_30 > l_mut_22;
const bool l_33 = l_30 == l_mut_22;
const bool l_34 = l_31 < l_mut_23;
const bool l_35 = l_33 && l_34;
const bool l_36 = l_32 || l_35;
if (l_36) {
l_mut_22 = l_30;
l_mut_23 = l_31;
}
const uint l_37 = l_29 + uint(1);
const uint l_38 = buffer_2[l_37];
const bool l_39 = l_38 > l_mut_24;
if (l_39) {
const uint l_40 = l_29 + uint(1);
const uint l_41 = buffer_2[l_40];
l_mut_24 = l_41;
}
l_mut_25 = l_mut_25 + total_thread_in_threadgroup;
}
const float l_43 = float {simd_max(l_mut_22)
};
const uint l_44 = total_thread_in_threadgroup + simd_size;
const uint l_45 = l_44 - uint(1);
const uint l_46 = l_45 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_47 = thread_index_in_threadgroup % simd_size;
const bool l_48 = l_47 == uint(0);
if (l_48) {
const uint l_49 = thread_index_in_threadgroup / simd_size;
shared_memory_42[l_49] = l_43;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_50 = shared_memory_42[uint(0)];
l_mut_51 = l_50;

for (uint l_mut_52 = uint(1); l_mut_52 < l_46; ++l_mut_52) {
const float l_53 = shared_memory_42[l_mut_52];
const bool l_54 = l_53 > l_mut_51;
if (l_54) {
l_mut_51 = l_53;
}
}
l_mut_55 = uint(4294967295);
const bool l_56 = l_mut_22 == l_mut_51;
if (l_56) {
l_mut_55 = l_mut_23;
}
const uint l_58 = uint {simd_min(l_mut_55)
};
const uint l_59 = total_thread_in_threadgroup + simd_size;
const uint l_60 = l_59 - uint(1);
const uint l_61 = l_60 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_62 = thread_index_in_threadgroup % simd_size;
const bool l_63 = l_62 == uint(0);
if (l_63) {
const uint l_64 = thread_index_in_threadgroup / simd_size;
shared_memory_57[l_64] = l_58;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_65 = shared_memory_57[uint(0)];
l_mut_55 = l_65;

for (uint l_mut_66 = uint(1); l_mut_66 < l_61; ++l_mut_66) {
const uint l_67 = shared_memory_57[l_mut_66];
const bool l_68 = l_67 < l_mut_55;
if (l_68) {
l_mut_55 = l_67;
}
}
const uint l_70 = uint {simd_max(l_mut_24)
};
const uint l_71 = total_thread_in_threadgroup + simd_size;
const uint l_72 = l_71 - uint(1);
const uint l_73 = l_72 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_74 = thread_index_in_threadgroup % simd_size;
const bool l_75 = l_74 == uint(0);
if (l_75) {
const uint l_76 = thread_index_in_threadgroup / simd_size;
shared_memory_69[l_76] = l_70;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_77 = shared_memory_69[uint(0)];
l_mut_24 = l_77;

for (uint l_mut_78 = uint(1); l_mut_78 < l_73; ++l_mut_78) {
const uint l_79 = shared_memory_69[l_mut_78];
const bool l_80 = l_79 > l_mut_24;
if (l_80) {
l_mut_24 = l_79;
}
}
l_mut_22 = float(0.0);
l_mut_81 = float(0.0);
l_mut_23 = thread_index_in_threadgroup;
while (true) {
const bool l_82 = l_mut_23 < info.scalars_uint[1];
const bool l_83 = !l_82;
if (l_83) {
break;}
const uint l_84 = l_21 + l_mut_23;
const uint l_85 = l_84 * uint(2);
const float l_86 = buffer_1[l_85];
const bool l_87 = l_86 > info.scalars_float[0];
if (l_87) {
const uint l_88 = l_85 + uint(1);
const float l_89 = buffer_1[l_88];
l_mut_90 = float(1.0);
const bool l_91 = l_86 != l_mut_51;
if (l_91) {
const float l_92 = l_86 - l_mut_51;
const float l_93 = l_92 * l_mut_13;
const float l_94 = exp(l_93);
l_mut_90 = l_94;
}
const float l_95 = l_89 * l_mut_90;
l_mut_81 = l_mut_81 + l_95;
}
l_mut_23 = l_mut_23 + total_thread_in_threadgroup;
}
const float l_96 = float {simd_sum(l_mut_81)
};
const uint l_97 = total_thread_in_threadgroup + simd_size;
const uint l_98 = l_97 - uint(1);
const uint l_99 = l_98 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_100 = thread_index_in_threadgroup % simd_size;
const bool l_101 = l_100 == uint(0);
if (l_101) {
const uint l_102 = thread_index_in_threadgroup / simd_size;
shared_memory_19[l_102] = l_96;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_90 = float(0.0);

for (uint l_mut_103 = uint(0); l_mut_103 < l_99; ++l_mut_103) {
const float l_104 = shared_memory_19[l_mut_103];
l_mut_90 = l_mut_90 + l_104;
}
l_mut_22 = l_mut_90;
l_mut_23 = uint(0);
const bool l_105 = l_mut_24 > uint(0);
if (l_105) {
l_mut_23 = uint(1);
} else {
const bool l_106 = l_mut_51 == info.scalars_float[0];
if (l_106) {
l_mut_23 = uint(2);
}
}
const bool l_107 = l_mut_23 != uint(0);
if (l_107) {
const bool l_108 = thread_index_in_threadgroup == uint(0);
if (l_108) {
buffer_7[l_1] = l_mut_23;
buffer_6[l_1] = uint(4294967295);
buffer_8[l_1] = info.scalars_float[1];
}
l_mut_24 = thread_index_in_threadgroup;
while (true) {
const bool l_109 = l_mut_24 < info.scalars_uint[7];
const bool l_110 = !l_109;
if (l_110) {
break;}
const uint l_111 = l_1 * info.scalars_uint[7];
const uint l_112 = l_111 + l_mut_24;
buffer_9[l_112] = uint(4294967295);
const uint l_113 = l_1 * info.scalars_uint[7];
const uint l_114 = l_113 + l_mut_24;
buffer_10[l_114] = info.scalars_float[1];
l_mut_24 = l_mut_24 + total_thread_in_threadgroup;
}
} else {
const float l_115 = log(l_mut_22);
l_mut_116 = bool(false);
l_mut_24 = uint(0);
const uint l_117 = info.scalars_uint[1] + total_thread_in_threadgroup;
const uint l_118 = l_117 - uint(1);
const uint l_119 = l_118 / total_thread_in_threadgroup;
const uint l_120 = thread_index_in_threadgroup * l_119;
l_mut_23 = l_120;
const bool l_121 = l_mut_23 > info.scalars_uint[1];
if (l_121) {
l_mut_23 = info.scalars_uint[1];
}
const uint l_122 = l_mut_23 + l_119;
l_mut_123 = l_122;
const bool l_124 = l_mut_123 > info.scalars_uint[1];
if (l_124) {
l_mut_123 = info.scalars_uint[1];
}
l_mut_125 = uint(0);
l_mut_126 = uint(0);

for (uint l_mut_127 = l_mut_23; l_mut_127 < l_mut_123; ++l_mut_127) {
const uint l_128 = l_21 + l_mut_127;
const uint l_129 = buffer_5[l_128];
const bool l_130 = l_129 > info.scalars_uint[2];
if (l_130) {
l_mut_126 = uint(1);
}
l_mut_125 = l_mut_125 + l_129;
}
const uint l_132 = uint {simd_max(l_mut_126)
};
const uint l_133 = total_thread_in_threadgroup + simd_size;
const uint l_134 = l_133 - uint(1);
const uint l_135 = l_134 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_136 = thread_index_in_threadgroup % simd_size;
const bool l_137 = l_136 == uint(0);
if (l_137) {
const uint l_138 = thread_index_in_threadgroup / simd_size;
shared_memory_131[l_138] = l_132;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_139 = shared_memory_131[uint(0)];
l_mut_126 = l_139;

for (uint l_mut_140 = uint(1); l_mut_140 < l_135; ++l_mut_140) {
const uint l_141 = shared_memory_131[l_mut_140];
const bool l_142 = l_141 > l_mut_126;
if (l_142) {
l_mut_126 = l_141;
}
}
const float l_143 = float(l_mut_125);
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_18[thread_index_in_threadgroup] = l_143;
l_mut_90 = l_143;
l_mut_144 = uint(1);
while (true) {
const bool l_145 = l_mut_144 < total_thread_in_threadgroup;
const bool l_146 = !l_145;
if (l_146) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_81 = float(0.0);
const bool l_147 = thread_index_in_threadgroup >= l_mut_144;
if (l_147) {
const uint l_148 = thread_index_in_threadgroup - l_mut_144;
const float l_149 = shared_memory_18[l_148];
l_mut_81 = l_149;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_90 = l_mut_90 + l_mut_81;
shared_memory_18[thread_index_in_threadgroup] = l_mut_90;
l_mut_144 = l_mut_144 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_150 = total_thread_in_threadgroup - uint(1);
const float l_151 = shared_memory_18[l_150];
const uint l_152 = uint(l_151);
l_mut_24 = l_152;
l_mut_144 = uint(0);
const bool l_153 = !l_12;
if (l_153) {
l_mut_144 = l_7;
}
const bool l_154 = info.scalars_uint[7] > l_mut_144;
if (l_154) {
l_mut_144 = info.scalars_uint[7];
}
const bool l_155 = l_mut_126 == uint(0);
const bool l_156 = l_mut_24 <= uint(1024);
const bool l_157 = l_155 && l_156;
const bool l_158 = l_mut_24 >= l_mut_144;
const bool l_159 = l_157 && l_158;
const bool l_160 = l_mut_24 > uint(0);
const bool l_161 = l_159 && l_160;
l_mut_116 = l_161;
if (l_mut_116) {
l_mut_144 = uint(1);
while (true) {
const bool l_162 = l_mut_144 < l_mut_24;
const bool l_163 = !l_162;
if (l_163) {
break;}
l_mut_144 = l_mut_144 * uint(2);
}
const uint l_164 = l_mut_24 + thread_index_in_threadgroup;
l_mut_126 = l_164;
while (true) {
const bool l_165 = l_mut_126 < l_mut_144;
const bool l_166 = !l_165;
if (l_166) {
break;}
shared_memory_16[l_mut_126] = uint(0);
shared_memory_17[l_mut_126] = uint(4294967295);
l_mut_126 = l_mut_126 + total_thread_in_threadgroup;
}
const uint l_167 = uint(l_mut_90);
const uint l_168 = l_167 - l_mut_125;
l_mut_125 = l_168;

for (uint l_mut_169 = l_mut_23; l_mut_169 < l_mut_123; ++l_mut_169) {
const uint l_170 = l_21 + l_mut_169;
const uint l_171 = buffer_5[l_170];
const uint l_172 = l_21 + l_mut_169;
const uint l_173 = l_172 * info.scalars_uint[2];

for (uint l_mut_174 = uint(0); l_mut_174 < l_171; ++l_mut_174) {
const uint l_175 = l_mut_125 + l_mut_174;
const uint l_176 = l_173 + l_mut_174;
const uint l_177 = buffer_3[l_176];
shared_memory_16[l_175] = l_177;
const uint l_178 = l_mut_125 + l_mut_174;
const uint l_179 = l_173 + l_mut_174;
const uint l_180 = buffer_4[l_179];
shared_memory_17[l_178] = l_180;
}
l_mut_125 = l_mut_125 + l_171;
}
l_mut_181 = uint(2);
while (true) {
const bool l_182 = l_mut_181 <= l_mut_144;
const bool l_183 = !l_182;
if (l_183) {
break;}
const uint l_184 = l_mut_181 / uint(2);
l_mut_185 = l_184;
while (true) {
const bool l_186 = l_mut_185 > uint(0);
const bool l_187 = !l_186;
if (l_187) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_188 = thread_index_in_threadgroup;
while (true) {
const uint l_189 = l_mut_144 / uint(2);
const bool l_190 = l_mut_188 < l_189;
const bool l_191 = !l_190;
if (l_191) {
break;}
const uint l_192 = l_mut_188 / l_mut_185;
const uint l_193 = l_192 * l_mut_185;
const uint l_194 = l_193 * uint(2);
const uint l_195 = l_mut_188 % l_mut_185;
const uint l_196 = l_194 + l_195;
const uint l_197 = l_196 + l_mut_185;
const uint l_198 = l_196 & l_mut_181;
const bool l_199 = l_198 == uint(0);
const uint l_200 = shared_memory_16[l_196];
const uint l_201 = shared_memory_17[l_196];
const uint l_202 = shared_memory_16[l_197];
const uint l_203 = shared_memory_17[l_197];
const bool l_204 = l_203 < l_201;
l_mut_205 = l_204;
const bool l_206 = l_201 < l_203;
l_mut_207 = l_206;
const bool l_208 = !bool(false);
if (l_208) {
const bool l_209 = l_202 > l_200;
const bool l_210 = l_202 == l_200;
const bool l_211 = l_203 < l_201;
const bool l_212 = l_210 && l_211;
const bool l_213 = l_209 || l_212;
l_mut_205 = l_213;
const bool l_214 = l_200 > l_202;
const bool l_215 = l_200 == l_202;
const bool l_216 = l_201 < l_203;
const bool l_217 = l_215 && l_216;
const bool l_218 = l_214 || l_217;
l_mut_207 = l_218;
}
const bool l_219 = l_199 && l_mut_205;
const bool l_220 = !l_199;
const bool l_221 = l_220 && l_mut_207;
const bool l_222 = l_219 || l_221;
if (l_222) {
shared_memory_16[l_196] = l_202;
shared_memory_17[l_196] = l_203;
shared_memory_16[l_197] = l_200;
shared_memory_17[l_197] = l_201;
}
l_mut_188 = l_mut_188 + total_thread_in_threadgroup;
}
l_mut_185 = l_mut_185 / uint(2);
}
l_mut_181 = l_mut_181 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_223 = !l_12;
const bool l_224 = !l_mut_116;
const bool l_225 = l_223 && l_224;
l_mut_207 = l_225;
const bool l_226 = !l_mut_116;
const bool l_227 = l_mut_207 || l_226;
l_mut_207 = l_227;
if (l_mut_207) {
const bool l_228 = thread_index_in_threadgroup == uint(0);
if (l_228) {
buffer_7[l_1] = uint(3);
}
} else {
l_mut_188 = l_mut_55;
l_mut_90 = l_mut_51;
l_mut_185 = thread_index_in_threadgroup;
while (true) {
const bool l_229 = l_mut_185 < info.scalars_uint[7];
const bool l_230 = !l_229;
if (l_230) {
break;}
const uint l_231 = l_1 * info.scalars_uint[7];
const uint l_232 = l_231 + l_mut_185;
const uint l_233 = shared_memory_17[l_mut_185];
buffer_9[l_232] = l_233;
const uint l_234 = shared_memory_16[l_mut_185];
const uint l_235 = ~l_234;
l_mut_181 = l_235;
const bool l_236 = l_234 >= uint(2147483648);
if (l_236) {
const uint l_237 = l_234 & uint(2147483647);
l_mut_181 = l_237;
}
const float l_238 = reinterpret_cast<thread float const&>(l_mut_181);
const float l_239 = l_238 - l_mut_51;
const float l_240 = l_239 * l_mut_13;
const float l_241 = l_240 - l_115;
buffer_10[l_232] = l_241;
l_mut_185 = l_mut_185 + total_thread_in_threadgroup;
}
const bool l_242 = !l_12;
if (l_242) {
l_mut_185 = l_7;
const bool l_243 = l_mut_185 > l_mut_24;
if (l_243) {
l_mut_185 = l_mut_24;
}
const uint l_244 = l_mut_185 + total_thread_in_threadgroup;
const uint l_245 = l_244 - uint(1);
const uint l_246 = l_245 / total_thread_in_threadgroup;
const uint l_247 = thread_index_in_threadgroup * l_246;
l_mut_181 = l_247;
const bool l_248 = l_mut_181 > l_mut_185;
if (l_248) {
l_mut_181 = l_mut_185;
}
const uint l_249 = l_mut_181 + l_246;
l_mut_144 = l_249;
const bool l_250 = l_mut_144 > l_mut_185;
if (l_250) {
l_mut_144 = l_mut_185;
}
l_mut_81 = float(0.0);

for (uint l_mut_251 = l_mut_181; l_mut_251 < l_mut_144; ++l_mut_251) {
const uint l_252 = shared_memory_16[l_mut_251];
const uint l_253 = ~l_252;
l_mut_185 = l_253;
const bool l_254 = l_252 >= uint(2147483648);
if (l_254) {
const uint l_255 = l_252 & uint(2147483647);
l_mut_185 = l_255;
}
const float l_256 = reinterpret_cast<thread float const&>(l_mut_185);
l_mut_22 = float(1.0);
const bool l_257 = l_256 != l_mut_51;
if (l_257) {
const float l_258 = l_256 - l_mut_51;
const float l_259 = l_258 * l_mut_13;
const float l_260 = exp(l_259);
l_mut_22 = l_260;
}
l_mut_81 = l_mut_81 + l_mut_22;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_18[thread_index_in_threadgroup] = l_mut_81;
l_mut_22 = l_mut_81;
l_mut_185 = uint(1);
while (true) {
const bool l_261 = l_mut_185 < total_thread_in_threadgroup;
const bool l_262 = !l_261;
if (l_262) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_81 = float(0.0);
const bool l_263 = thread_index_in_threadgroup >= l_mut_185;
if (l_263) {
const uint l_264 = thread_index_in_threadgroup - l_mut_185;
const float l_265 = shared_memory_18[l_264];
l_mut_81 = l_265;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_22 = l_mut_22 + l_mut_81;
shared_memory_18[thread_index_in_threadgroup] = l_mut_22;
l_mut_185 = l_mut_185 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_266 = total_thread_in_threadgroup - uint(1);
const float l_267 = shared_memory_18[l_266];
const float l_268 = l_9 * l_267;
const bool l_269 = l_9 < float(1.0);
const bool l_270 = bool(true) && l_269;
l_mut_81 = float(0.0);
const bool l_271 = thread_index_in_threadgroup > uint(0);
if (l_271) {
const uint l_272 = thread_index_in_threadgroup - uint(1);
const float l_273 = shared_memory_18[l_272];
l_mut_81 = l_273;
}
l_mut_22 = l_mut_81;
l_mut_81 = float(0.0);

for (uint l_mut_274 = l_mut_181; l_mut_274 < l_mut_144; ++l_mut_274) {
const uint l_275 = shared_memory_16[l_mut_274];
const uint l_276 = ~l_275;
l_mut_185 = l_276;
const bool l_277 = l_275 >= uint(2147483648);
if (l_277) {
const uint l_278 = l_275 & uint(2147483647);
l_mut_185 = l_278;
}
const float l_279 = reinterpret_cast<thread float const&>(l_mut_185);
l_mut_280 = float(1.0);
const bool l_281 = l_279 != l_mut_51;
if (l_281) {
const float l_282 = l_279 - l_mut_51;
const float l_283 = l_282 * l_mut_13;
const float l_284 = exp(l_283);
l_mut_280 = l_284;
}
l_mut_205 = bool(true);
if (l_270) {
const bool l_285 = l_mut_22 < l_268;
l_mut_205 = l_285;
}
const bool l_286 = l_mut_280 >= l_11;
const bool l_287 = l_mut_205 && l_286;
l_mut_205 = l_287;
if (l_mut_205) {
l_mut_81 = l_mut_81 + float(1.0);
}
l_mut_22 = l_mut_22 + l_mut_280;
}
const float l_288 = float {simd_sum(l_mut_81)
};
const uint l_289 = total_thread_in_threadgroup + simd_size;
const uint l_290 = l_289 - uint(1);
const uint l_291 = l_290 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_292 = thread_index_in_threadgroup % simd_size;
const bool l_293 = l_292 == uint(0);
if (l_293) {
const uint l_294 = thread_index_in_threadgroup / simd_size;
shared_memory_19[l_294] = l_288;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_280 = float(0.0);

for (uint l_mut_295 = uint(0); l_mut_295 < l_291; ++l_mut_295) {
const float l_296 = shared_memory_19[l_mut_295];
l_mut_280 = l_mut_280 + l_296;
}
const uint l_297 = uint(l_mut_280);
l_mut_185 = l_297;
const bool l_298 = l_mut_185 < uint(1);
if (l_298) {
l_mut_185 = uint(1);
}
l_mut_181 = uint(1);
while (true) {
const bool l_299 = l_mut_181 < l_mut_185;
const bool l_300 = !l_299;
if (l_300) {
break;}
l_mut_181 = l_mut_181 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_301 = l_mut_185 + thread_index_in_threadgroup;
l_mut_144 = l_301;
while (true) {
const bool l_302 = l_mut_144 < l_mut_181;
const bool l_303 = !l_302;
if (l_303) {
break;}
shared_memory_16[l_mut_144] = uint(0);
shared_memory_17[l_mut_144] = uint(4294967295);
l_mut_144 = l_mut_144 + total_thread_in_threadgroup;
}
l_mut_126 = uint(2);
while (true) {
const bool l_304 = l_mut_126 <= l_mut_181;
const bool l_305 = !l_304;
if (l_305) {
break;}
const uint l_306 = l_mut_126 / uint(2);
l_mut_125 = l_306;
while (true) {
const bool l_307 = l_mut_125 > uint(0);
const bool l_308 = !l_307;
if (l_308) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_123 = thread_index_in_threadgroup;
while (true) {
const uint l_309 = l_mut_181 / uint(2);
const bool l_310 = l_mut_123 < l_309;
const bool l_311 = !l_310;
if (l_311) {
break;}
const uint l_312 = l_mut_123 / l_mut_125;
const uint l_313 = l_312 * l_mut_125;
const uint l_314 = l_313 * uint(2);
const uint l_315 = l_mut_123 % l_mut_125;
const uint l_316 = l_314 + l_315;
const uint l_317 = l_316 + l_mut_125;
const uint l_318 = l_316 & l_mut_126;
const bool l_319 = l_318 == uint(0);
const uint l_320 = shared_memory_16[l_316];
const uint l_321 = shared_memory_17[l_316];
const uint l_322 = shared_memory_16[l_317];
const uint l_323 = shared_memory_17[l_317];
const bool l_324 = l_323 < l_321;
l_mut_205 = l_324;
const bool l_325 = l_321 < l_323;
l_mut_116 = l_325;
const bool l_326 = !bool(true);
if (l_326) {
const bool l_327 = l_322 > l_320;
const bool l_328 = l_322 == l_320;
const bool l_329 = l_323 < l_321;
const bool l_330 = l_328 && l_329;
const bool l_331 = l_327 || l_330;
l_mut_205 = l_331;
const bool l_332 = l_320 > l_322;
const bool l_333 = l_320 == l_322;
const bool l_334 = l_321 < l_323;
const bool l_335 = l_333 && l_334;
const bool l_336 = l_332 || l_335;
l_mut_116 = l_336;
}
const bool l_337 = l_319 && l_mut_205;
const bool l_338 = !l_319;
const bool l_339 = l_338 && l_mut_116;
const bool l_340 = l_337 || l_339;
if (l_340) {
shared_memory_16[l_316] = l_322;
shared_memory_17[l_316] = l_323;
shared_memory_16[l_317] = l_320;
shared_memory_17[l_317] = l_321;
}
l_mut_123 = l_mut_123 + total_thread_in_threadgroup;
}
l_mut_125 = l_mut_125 / uint(2);
}
l_mut_126 = l_mut_126 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_181 = info.scalars_uint[5];
l_mut_126 = info.scalars_uint[6];
l_mut_125 = l_1;
l_mut_123 = uint(0);
l_mut_55 = info.scalars_uint[3];
l_mut_24 = info.scalars_uint[4];

for (uint l_mut_341 = uint(0); l_mut_341 < uint(10); ++l_mut_341) {
const uint l_342 = uint(3528531795) & uint(65535);
const uint l_343 = uint(3528531795) >> uint(16);
const uint l_344 = l_mut_181 & uint(65535);
const uint l_345 = l_mut_181 >> uint(16);
const uint l_346 = l_342 * l_344;
const uint l_347 = l_342 * l_345;
const uint l_348 = l_343 * l_344;
const uint l_349 = l_343 * l_345;
const uint l_350 = l_346 >> uint(16);
const uint l_351 = l_347 & uint(65535);
const uint l_352 = l_350 + l_351;
const uint l_353 = l_348 & uint(65535);
const uint l_354 = l_352 + l_353;
const uint l_355 = l_347 >> uint(16);
const uint l_356 = l_349 + l_355;
const uint l_357 = l_348 >> uint(16);
const uint l_358 = l_356 + l_357;
const uint l_359 = l_354 >> uint(16);
const uint l_360 = l_358 + l_359;
const uint l_361 = uint(3528531795) * l_mut_181;
const uint l_362 = uint(3449720151) & uint(65535);
const uint l_363 = uint(3449720151) >> uint(16);
const uint l_364 = l_mut_125 & uint(65535);
const uint l_365 = l_mut_125 >> uint(16);
const uint l_366 = l_362 * l_364;
const uint l_367 = l_362 * l_365;
const uint l_368 = l_363 * l_364;
const uint l_369 = l_363 * l_365;
const uint l_370 = l_366 >> uint(16);
const uint l_371 = l_367 & uint(65535);
const uint l_372 = l_370 + l_371;
const uint l_373 = l_368 & uint(65535);
const uint l_374 = l_372 + l_373;
const uint l_375 = l_367 >> uint(16);
const uint l_376 = l_369 + l_375;
const uint l_377 = l_368 >> uint(16);
const uint l_378 = l_376 + l_377;
const uint l_379 = l_374 >> uint(16);
const uint l_380 = l_378 + l_379;
const uint l_381 = uint(3449720151) * l_mut_125;
const uint l_382 = l_380 ^ l_mut_126;
const uint l_383 = l_382 ^ l_mut_55;
const uint l_384 = l_360 ^ l_mut_123;
const uint l_385 = l_384 ^ l_mut_24;
l_mut_181 = l_383;
l_mut_126 = l_381;
l_mut_125 = l_385;
l_mut_123 = l_361;
l_mut_55 = l_mut_55 + uint(2654435769);
l_mut_24 = l_mut_24 + uint(3144134277);
}
const uint l_386 = l_mut_181 >> uint(8);
const float l_387 = float(l_386);
const float l_388 = l_387 * float(5.960464477539063e-8);
const uint l_389 = l_mut_185 + total_thread_in_threadgroup;
const uint l_390 = l_389 - uint(1);
const uint l_391 = l_390 / total_thread_in_threadgroup;
const uint l_392 = thread_index_in_threadgroup * l_391;
l_mut_181 = l_392;
const bool l_393 = l_mut_181 > l_mut_185;
if (l_393) {
l_mut_181 = l_mut_185;
}
const uint l_394 = l_mut_181 + l_391;
l_mut_126 = l_394;
const bool l_395 = l_mut_126 > l_mut_185;
if (l_395) {
l_mut_126 = l_mut_185;
}
l_mut_280 = float(0.0);

for (uint l_mut_396 = l_mut_181; l_mut_396 < l_mut_126; ++l_mut_396) {
const uint l_397 = shared_memory_16[l_mut_396];
const uint l_398 = ~l_397;
l_mut_125 = l_398;
const bool l_399 = l_397 >= uint(2147483648);
if (l_399) {
const uint l_400 = l_397 & uint(2147483647);
l_mut_125 = l_400;
}
const float l_401 = reinterpret_cast<thread float const&>(l_mut_125);
l_mut_81 = float(1.0);
const bool l_402 = l_401 != l_mut_51;
if (l_402) {
const float l_403 = l_401 - l_mut_51;
const float l_404 = l_403 * l_mut_13;
const float l_405 = exp(l_404);
l_mut_81 = l_405;
}
l_mut_280 = l_mut_280 + l_mut_81;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_18[thread_index_in_threadgroup] = l_mut_280;
l_mut_81 = l_mut_280;
l_mut_125 = uint(1);
while (true) {
const bool l_406 = l_mut_125 < total_thread_in_threadgroup;
const bool l_407 = !l_406;
if (l_407) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_280 = float(0.0);
const bool l_408 = thread_index_in_threadgroup >= l_mut_125;
if (l_408) {
const uint l_409 = thread_index_in_threadgroup - l_mut_125;
const float l_410 = shared_memory_18[l_409];
l_mut_280 = l_410;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_81 = l_mut_81 + l_mut_280;
shared_memory_18[thread_index_in_threadgroup] = l_mut_81;
l_mut_125 = l_mut_125 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_280 = float(0.0);
const bool l_411 = thread_index_in_threadgroup > uint(0);
if (l_411) {
const uint l_412 = thread_index_in_threadgroup - uint(1);
const float l_413 = shared_memory_18[l_412];
l_mut_280 = l_413;
}
const uint l_414 = total_thread_in_threadgroup - uint(1);
const float l_415 = shared_memory_18[l_414];
const float l_416 = l_388 * l_415;
const bool l_417 = thread_index_in_threadgroup == uint(0);
if (l_417) {
const uint l_418 = l_mut_185 - uint(1);
shared_memory_20[uint(0)] = l_418;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_419 = l_mut_280 <= l_416;
const bool l_420 = l_mut_81 > l_416;
const bool l_421 = l_419 && l_420;
if (l_421) {
l_mut_81 = l_mut_280;
l_mut_205 = bool(false);

for (uint l_mut_422 = l_mut_181; l_mut_422 < l_mut_126; ++l_mut_422) {
const uint l_423 = shared_memory_16[l_mut_422];
const uint l_424 = ~l_423;
l_mut_185 = l_424;
const bool l_425 = l_423 >= uint(2147483648);
if (l_425) {
const uint l_426 = l_423 & uint(2147483647);
l_mut_185 = l_426;
}
const float l_427 = reinterpret_cast<thread float const&>(l_mut_185);
l_mut_280 = float(1.0);
const bool l_428 = l_427 != l_mut_51;
if (l_428) {
const float l_429 = l_427 - l_mut_51;
const float l_430 = l_429 * l_mut_13;
const float l_431 = exp(l_430);
l_mut_280 = l_431;
}
l_mut_81 = l_mut_81 + l_mut_280;
const bool l_432 = !l_mut_205;
const bool l_433 = l_mut_81 > l_416;
const bool l_434 = l_432 && l_433;
if (l_434) {
shared_memory_20[uint(0)] = l_mut_422;
l_mut_205 = bool(true);
}
}
const bool l_435 = !l_mut_205;
if (l_435) {
const uint l_436 = l_mut_126 - uint(1);
shared_memory_20[uint(0)] = l_436;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_437 = shared_memory_20[uint(0)];
const uint l_438 = shared_memory_17[l_437];
l_mut_188 = l_438;
const uint l_439 = shared_memory_16[l_437];
const uint l_440 = ~l_439;
l_mut_185 = l_440;
const bool l_441 = l_439 >= uint(2147483648);
if (l_441) {
const uint l_442 = l_439 & uint(2147483647);
l_mut_185 = l_442;
}
const float l_443 = reinterpret_cast<thread float const&>(l_mut_185);
l_mut_90 = l_443;
}
const bool l_444 = thread_index_in_threadgroup == uint(0);
if (l_444) {
buffer_7[l_1] = uint(0);
buffer_6[l_1] = l_mut_188;
const float l_445 = l_mut_90 - l_mut_51;
const float l_446 = l_445 * l_mut_13;
const float l_447 = l_446 - l_115;
buffer_8[l_1] = l_447;
}
}
}
}

}
