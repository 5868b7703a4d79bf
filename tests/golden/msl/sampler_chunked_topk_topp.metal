
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[8];uint static_meta[22];
};

[[kernel]]
void sampler_chunked_topk_topp(
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
threadgroup uint* shared_memory_101 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_57 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_69 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 64, 256 bytes
threadgroup float* shared_memory_18 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool l_mut_175;
bool l_mut_177;
bool l_mut_280;
bool l_mut_86;
float l_mut_117;
float l_mut_13;
float l_mut_212;
float l_mut_22;
float l_mut_236;
float l_mut_51;
uint l_mut_114;
uint l_mut_151;
uint l_mut_155;
uint l_mut_158;
uint l_mut_23;
uint l_mut_24;
uint l_mut_25;
uint l_mut_55;
uint l_mut_93;
uint l_mut_95;
uint l_mut_96;
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
l_mut_23 = uint(0);
const bool l_81 = l_mut_24 > uint(0);
if (l_81) {
l_mut_23 = uint(1);
} else {
const bool l_82 = l_mut_51 == info.scalars_float[0];
if (l_82) {
l_mut_23 = uint(2);
}
}
const bool l_83 = l_mut_23 != uint(0);
if (l_83) {
const bool l_84 = thread_index_in_threadgroup == uint(0);
if (l_84) {
buffer_7[l_1] = l_mut_23;
buffer_6[l_1] = uint(4294967295);
}
} else {
const float l_85 = log(l_mut_22);
l_mut_86 = bool(false);
l_mut_24 = uint(0);
const uint l_87 = info.scalars_uint[1] + total_thread_in_threadgroup;
const uint l_88 = l_87 - uint(1);
const uint l_89 = l_88 / total_thread_in_threadgroup;
const uint l_90 = thread_index_in_threadgroup * l_89;
l_mut_23 = l_90;
const bool l_91 = l_mut_23 > info.scalars_uint[1];
if (l_91) {
l_mut_23 = info.scalars_uint[1];
}
const uint l_92 = l_mut_23 + l_89;
l_mut_93 = l_92;
const bool l_94 = l_mut_93 > info.scalars_uint[1];
if (l_94) {
l_mut_93 = info.scalars_uint[1];
}
l_mut_95 = uint(0);
l_mut_96 = uint(0);

for (uint l_mut_97 = l_mut_23; l_mut_97 < l_mut_93; ++l_mut_97) {
const uint l_98 = l_21 + l_mut_97;
const uint l_99 = buffer_5[l_98];
const bool l_100 = l_99 > info.scalars_uint[2];
if (l_100) {
l_mut_96 = uint(1);
}
l_mut_95 = l_mut_95 + l_99;
}
const uint l_102 = uint {simd_max(l_mut_96)
};
const uint l_103 = total_thread_in_threadgroup + simd_size;
const uint l_104 = l_103 - uint(1);
const uint l_105 = l_104 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_106 = thread_index_in_threadgroup % simd_size;
const bool l_107 = l_106 == uint(0);
if (l_107) {
const uint l_108 = thread_index_in_threadgroup / simd_size;
shared_memory_101[l_108] = l_102;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_109 = shared_memory_101[uint(0)];
l_mut_96 = l_109;

for (uint l_mut_110 = uint(1); l_mut_110 < l_105; ++l_mut_110) {
const uint l_111 = shared_memory_101[l_mut_110];
const bool l_112 = l_111 > l_mut_96;
if (l_112) {
l_mut_96 = l_111;
}
}
const float l_113 = float(l_mut_95);
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_18[thread_index_in_threadgroup] = l_113;
l_mut_22 = l_113;
l_mut_114 = uint(1);
while (true) {
const bool l_115 = l_mut_114 < total_thread_in_threadgroup;
const bool l_116 = !l_115;
if (l_116) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_117 = float(0.0);
const bool l_118 = thread_index_in_threadgroup >= l_mut_114;
if (l_118) {
const uint l_119 = thread_index_in_threadgroup - l_mut_114;
const float l_120 = shared_memory_18[l_119];
l_mut_117 = l_120;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_22 = l_mut_22 + l_mut_117;
shared_memory_18[thread_index_in_threadgroup] = l_mut_22;
l_mut_114 = l_mut_114 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_121 = total_thread_in_threadgroup - uint(1);
const float l_122 = shared_memory_18[l_121];
const uint l_123 = uint(l_122);
l_mut_24 = l_123;
l_mut_114 = uint(0);
const bool l_124 = !l_12;
if (l_124) {
l_mut_114 = l_7;
}
const bool l_125 = l_mut_96 == uint(0);
const bool l_126 = l_mut_24 <= uint(1024);
const bool l_127 = l_125 && l_126;
const bool l_128 = l_mut_24 >= l_mut_114;
const bool l_129 = l_127 && l_128;
const bool l_130 = l_mut_24 > uint(0);
const bool l_131 = l_129 && l_130;
l_mut_86 = l_131;
if (l_mut_86) {
l_mut_114 = uint(1);
while (true) {
const bool l_132 = l_mut_114 < l_mut_24;
const bool l_133 = !l_132;
if (l_133) {
break;}
l_mut_114 = l_mut_114 * uint(2);
}
const uint l_134 = l_mut_24 + thread_index_in_threadgroup;
l_mut_96 = l_134;
while (true) {
const bool l_135 = l_mut_96 < l_mut_114;
const bool l_136 = !l_135;
if (l_136) {
break;}
shared_memory_16[l_mut_96] = uint(0);
shared_memory_17[l_mut_96] = uint(4294967295);
l_mut_96 = l_mut_96 + total_thread_in_threadgroup;
}
const uint l_137 = uint(l_mut_22);
const uint l_138 = l_137 - l_mut_95;
l_mut_95 = l_138;

for (uint l_mut_139 = l_mut_23; l_mut_139 < l_mut_93; ++l_mut_139) {
const uint l_140 = l_21 + l_mut_139;
const uint l_141 = buffer_5[l_140];
const uint l_142 = l_21 + l_mut_139;
const uint l_143 = l_142 * info.scalars_uint[2];

for (uint l_mut_144 = uint(0); l_mut_144 < l_141; ++l_mut_144) {
const uint l_145 = l_mut_95 + l_mut_144;
const uint l_146 = l_143 + l_mut_144;
const uint l_147 = buffer_3[l_146];
shared_memory_16[l_145] = l_147;
const uint l_148 = l_mut_95 + l_mut_144;
const uint l_149 = l_143 + l_mut_144;
const uint l_150 = buffer_4[l_149];
shared_memory_17[l_148] = l_150;
}
l_mut_95 = l_mut_95 + l_141;
}
l_mut_151 = uint(2);
while (true) {
const bool l_152 = l_mut_151 <= l_mut_114;
const bool l_153 = !l_152;
if (l_153) {
break;}
const uint l_154 = l_mut_151 / uint(2);
l_mut_155 = l_154;
while (true) {
const bool l_156 = l_mut_155 > uint(0);
const bool l_157 = !l_156;
if (l_157) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_158 = thread_index_in_threadgroup;
while (true) {
const uint l_159 = l_mut_114 / uint(2);
const bool l_160 = l_mut_158 < l_159;
const bool l_161 = !l_160;
if (l_161) {
break;}
const uint l_162 = l_mut_158 / l_mut_155;
const uint l_163 = l_162 * l_mut_155;
const uint l_164 = l_163 * uint(2);
const uint l_165 = l_mut_158 % l_mut_155;
const uint l_166 = l_164 + l_165;
const uint l_167 = l_166 + l_mut_155;
const uint l_168 = l_166 & l_mut_151;
const bool l_169 = l_168 == uint(0);
const uint l_170 = shared_memory_16[l_166];
const uint l_171 = shared_memory_17[l_166];
const uint l_172 = shared_memory_16[l_167];
const uint l_173 = shared_memory_17[l_167];
const bool l_174 = l_173 < l_171;
l_mut_175 = l_174;
const bool l_176 = l_171 < l_173;
l_mut_177 = l_176;
const bool l_178 = !bool(false);
if (l_178) {
const bool l_179 = l_172 > l_170;
const bool l_180 = l_172 == l_170;
const bool l_181 = l_173 < l_171;
const bool l_182 = l_180 && l_181;
const bool l_183 = l_179 || l_182;
l_mut_175 = l_183;
const bool l_184 = l_170 > l_172;
const bool l_185 = l_170 == l_172;
const bool l_186 = l_171 < l_173;
const bool l_187 = l_185 && l_186;
const bool l_188 = l_184 || l_187;
l_mut_177 = l_188;
}
const bool l_189 = l_169 && l_mut_175;
const bool l_190 = !l_169;
const bool l_191 = l_190 && l_mut_177;
const bool l_192 = l_189 || l_191;
if (l_192) {
shared_memory_16[l_166] = l_172;
shared_memory_17[l_166] = l_173;
shared_memory_16[l_167] = l_170;
shared_memory_17[l_167] = l_171;
}
l_mut_158 = l_mut_158 + total_thread_in_threadgroup;
}
l_mut_155 = l_mut_155 / uint(2);
}
l_mut_151 = l_mut_151 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_193 = !l_12;
const bool l_194 = !l_mut_86;
const bool l_195 = l_193 && l_194;
l_mut_177 = l_195;
if (l_mut_177) {
const bool l_196 = thread_index_in_threadgroup == uint(0);
if (l_196) {
buffer_7[l_1] = uint(3);
}
} else {
l_mut_158 = l_mut_55;
l_mut_117 = l_mut_51;
const bool l_197 = !l_12;
if (l_197) {
l_mut_155 = l_7;
const bool l_198 = l_mut_155 > l_mut_24;
if (l_198) {
l_mut_155 = l_mut_24;
}
const uint l_199 = l_mut_155 + total_thread_in_threadgroup;
const uint l_200 = l_199 - uint(1);
const uint l_201 = l_200 / total_thread_in_threadgroup;
const uint l_202 = thread_index_in_threadgroup * l_201;
l_mut_151 = l_202;
const bool l_203 = l_mut_151 > l_mut_155;
if (l_203) {
l_mut_151 = l_mut_155;
}
const uint l_204 = l_mut_151 + l_201;
l_mut_114 = l_204;
const bool l_205 = l_mut_114 > l_mut_155;
if (l_205) {
l_mut_114 = l_mut_155;
}
l_mut_22 = float(0.0);

for (uint l_mut_206 = l_mut_151; l_mut_206 < l_mut_114; ++l_mut_206) {
const uint l_207 = shared_memory_16[l_mut_206];
const uint l_208 = ~l_207;
l_mut_155 = l_208;
const bool l_209 = l_207 >= uint(2147483648);
if (l_209) {
const uint l_210 = l_207 & uint(2147483647);
l_mut_155 = l_210;
}
const float l_211 = reinterpret_cast<thread float const&>(l_mut_155);
l_mut_212 = float(1.0);
const bool l_213 = l_211 != l_mut_51;
if (l_213) {
const float l_214 = l_211 - l_mut_51;
const float l_215 = l_214 * l_mut_13;
const float l_216 = exp(l_215);
l_mut_212 = l_216;
}
l_mut_22 = l_mut_22 + l_mut_212;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_18[thread_index_in_threadgroup] = l_mut_22;
l_mut_212 = l_mut_22;
l_mut_155 = uint(1);
while (true) {
const bool l_217 = l_mut_155 < total_thread_in_threadgroup;
const bool l_218 = !l_217;
if (l_218) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_22 = float(0.0);
const bool l_219 = thread_index_in_threadgroup >= l_mut_155;
if (l_219) {
const uint l_220 = thread_index_in_threadgroup - l_mut_155;
const float l_221 = shared_memory_18[l_220];
l_mut_22 = l_221;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_212 = l_mut_212 + l_mut_22;
shared_memory_18[thread_index_in_threadgroup] = l_mut_212;
l_mut_155 = l_mut_155 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_222 = total_thread_in_threadgroup - uint(1);
const float l_223 = shared_memory_18[l_222];
const float l_224 = l_9 * l_223;
const bool l_225 = l_9 < float(1.0);
const bool l_226 = bool(true) && l_225;
l_mut_212 = float(0.0);
const bool l_227 = thread_index_in_threadgroup > uint(0);
if (l_227) {
const uint l_228 = thread_index_in_threadgroup - uint(1);
const float l_229 = shared_memory_18[l_228];
l_mut_212 = l_229;
}
l_mut_22 = l_mut_212;
l_mut_212 = float(0.0);

for (uint l_mut_230 = l_mut_151; l_mut_230 < l_mut_114; ++l_mut_230) {
const uint l_231 = shared_memory_16[l_mut_230];
const uint l_232 = ~l_231;
l_mut_155 = l_232;
const bool l_233 = l_231 >= uint(2147483648);
if (l_233) {
const uint l_234 = l_231 & uint(2147483647);
l_mut_155 = l_234;
}
const float l_235 = reinterpret_cast<thread float const&>(l_mut_155);
l_mut_236 = float(1.0);
const bool l_237 = l_235 != l_mut_51;
if (l_237) {
const float l_238 = l_235 - l_mut_51;
const float l_239 = l_238 * l_mut_13;
const float l_240 = exp(l_239);
l_mut_236 = l_240;
}
l_mut_175 = bool(true);
if (l_226) {
const bool l_241 = l_mut_22 < l_224;
l_mut_175 = l_241;
}
if (l_mut_175) {
l_mut_212 = l_mut_212 + float(1.0);
}
l_mut_22 = l_mut_22 + l_mut_236;
}
const float l_242 = float {simd_sum(l_mut_212)
};
const uint l_243 = total_thread_in_threadgroup + simd_size;
const uint l_244 = l_243 - uint(1);
const uint l_245 = l_244 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_246 = thread_index_in_threadgroup % simd_size;
const bool l_247 = l_246 == uint(0);
if (l_247) {
const uint l_248 = thread_index_in_threadgroup / simd_size;
shared_memory_19[l_248] = l_242;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_236 = float(0.0);

for (uint l_mut_249 = uint(0); l_mut_249 < l_245; ++l_mut_249) {
const float l_250 = shared_memory_19[l_mut_249];
l_mut_236 = l_mut_236 + l_250;
}
const uint l_251 = uint(l_mut_236);
l_mut_155 = l_251;
const bool l_252 = l_mut_155 < uint(1);
if (l_252) {
l_mut_155 = uint(1);
}
l_mut_151 = uint(1);
while (true) {
const bool l_253 = l_mut_151 < l_mut_155;
const bool l_254 = !l_253;
if (l_254) {
break;}
l_mut_151 = l_mut_151 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_255 = l_mut_155 + thread_index_in_threadgroup;
l_mut_114 = l_255;
while (true) {
const bool l_256 = l_mut_114 < l_mut_151;
const bool l_257 = !l_256;
if (l_257) {
break;}
shared_memory_16[l_mut_114] = uint(0);
shared_memory_17[l_mut_114] = uint(4294967295);
l_mut_114 = l_mut_114 + total_thread_in_threadgroup;
}
l_mut_96 = uint(2);
while (true) {
const bool l_258 = l_mut_96 <= l_mut_151;
const bool l_259 = !l_258;
if (l_259) {
break;}
const uint l_260 = l_mut_96 / uint(2);
l_mut_95 = l_260;
while (true) {
const bool l_261 = l_mut_95 > uint(0);
const bool l_262 = !l_261;
if (l_262) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_93 = thread_index_in_threadgroup;
while (true) {
const uint l_263 = l_mut_151 / uint(2);
const bool l_264 = l_mut_93 < l_263;
const bool l_265 = !l_264;
if (l_265) {
break;}
const uint l_266 = l_mut_93 / l_mut_95;
const uint l_267 = l_266 * l_mut_95;
const uint l_268 = l_267 * uint(2);
const uint l_269 = l_mut_93 % l_mut_95;
const uint l_270 = l_268 + l_269;
const uint l_271 = l_270 + l_mut_95;
const uint l_272 = l_270 & l_mut_96;
const bool l_273 = l_272 == uint(0);
const uint l_274 = shared_memory_16[l_270];
const uint l_275 = shared_memory_17[l_270];
const uint l_276 = shared_memory_16[l_271];
const uint l_277 = shared_memory_17[l_271];
const bool l_278 = l_277 < l_275;
l_mut_175 = l_278;
const bool l_279 = l_275 < l_277;
l_mut_280 = l_279;
const bool l_281 = !bool(true);
if (l_281) {
const bool l_282 = l_276 > l_274;
const bool l_283 = l_276 == l_274;
const bool l_284 = l_277 < l_275;
const bool l_285 = l_283 && l_284;
const bool l_286 = l_282 || l_285;
l_mut_175 = l_286;
const bool l_287 = l_274 > l_276;
const bool l_288 = l_274 == l_276;
const bool l_289 = l_275 < l_277;
const bool l_290 = l_288 && l_289;
const bool l_291 = l_287 || l_290;
l_mut_280 = l_291;
}
const bool l_292 = l_273 && l_mut_175;
const bool l_293 = !l_273;
const bool l_294 = l_293 && l_mut_280;
const bool l_295 = l_292 || l_294;
if (l_295) {
shared_memory_16[l_270] = l_276;
shared_memory_17[l_270] = l_277;
shared_memory_16[l_271] = l_274;
shared_memory_17[l_271] = l_275;
}
l_mut_93 = l_mut_93 + total_thread_in_threadgroup;
}
l_mut_95 = l_mut_95 / uint(2);
}
l_mut_96 = l_mut_96 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_151 = info.scalars_uint[5];
l_mut_96 = info.scalars_uint[6];
l_mut_95 = l_1;
l_mut_93 = uint(0);
l_mut_55 = info.scalars_uint[3];
l_mut_24 = info.scalars_uint[4];

for (uint l_mut_296 = uint(0); l_mut_296 < uint(10); ++l_mut_296) {
const uint l_297 = uint(3528531795) & uint(65535);
const uint l_298 = uint(3528531795) >> uint(16);
const uint l_299 = l_mut_151 & uint(65535);
const uint l_300 = l_mut_151 >> uint(16);
const uint l_301 = l_297 * l_299;
const uint l_302 = l_297 * l_300;
const uint l_303 = l_298 * l_299;
const uint l_304 = l_298 * l_300;
const uint l_305 = l_301 >> uint(16);
const uint l_306 = l_302 & uint(65535);
const uint l_307 = l_305 + l_306;
const uint l_308 = l_303 & uint(65535);
const uint l_309 = l_307 + l_308;
const uint l_310 = l_302 >> uint(16);
const uint l_311 = l_304 + l_310;
const uint l_312 = l_303 >> uint(16);
const uint l_313 = l_311 + l_312;
const uint l_314 = l_309 >> uint(16);
const uint l_315 = l_313 + l_314;
const uint l_316 = uint(3528531795) * l_mut_151;
const uint l_317 = uint(3449720151) & uint(65535);
const uint l_318 = uint(3449720151) >> uint(16);
const uint l_319 = l_mut_95 & uint(65535);
const uint l_320 = l_mut_95 >> uint(16);
const uint l_321 = l_317 * l_319;
const uint l_322 = l_317 * l_320;
const uint l_323 = l_318 * l_319;
const uint l_324 = l_318 * l_320;
const uint l_325 = l_321 >> uint(16);
const uint l_326 = l_322 & uint(65535);
const uint l_327 = l_325 + l_326;
const uint l_328 = l_323 & uint(65535);
const uint l_329 = l_327 + l_328;
const uint l_330 = l_322 >> uint(16);
const uint l_331 = l_324 + l_330;
const uint l_332 = l_323 >> uint(16);
const uint l_333 = l_331 + l_332;
const uint l_334 = l_329 >> uint(16);
const uint l_335 = l_333 + l_334;
const uint l_336 = uint(3449720151) * l_mut_95;
const uint l_337 = l_335 ^ l_mut_96;
const uint l_338 = l_337 ^ l_mut_55;
const uint l_339 = l_315 ^ l_mut_93;
const uint l_340 = l_339 ^ l_mut_24;
l_mut_151 = l_338;
l_mut_96 = l_336;
l_mut_95 = l_340;
l_mut_93 = l_316;
l_mut_55 = l_mut_55 + uint(2654435769);
l_mut_24 = l_mut_24 + uint(3144134277);
}
const uint l_341 = l_mut_151 >> uint(8);
const float l_342 = float(l_341);
const float l_343 = l_342 * float(5.960464477539063e-8);
const uint l_344 = l_mut_155 + total_thread_in_threadgroup;
const uint l_345 = l_344 - uint(1);
const uint l_346 = l_345 / total_thread_in_threadgroup;
const uint l_347 = thread_index_in_threadgroup * l_346;
l_mut_151 = l_347;
const bool l_348 = l_mut_151 > l_mut_155;
if (l_348) {
l_mut_151 = l_mut_155;
}
const uint l_349 = l_mut_151 + l_346;
l_mut_96 = l_349;
const bool l_350 = l_mut_96 > l_mut_155;
if (l_350) {
l_mut_96 = l_mut_155;
}
l_mut_236 = float(0.0);

for (uint l_mut_351 = l_mut_151; l_mut_351 < l_mut_96; ++l_mut_351) {
const uint l_352 = shared_memory_16[l_mut_351];
const uint l_353 = ~l_352;
l_mut_95 = l_353;
const bool l_354 = l_352 >= uint(2147483648);
if (l_354) {
const uint l_355 = l_352 & uint(2147483647);
l_mut_95 = l_355;
}
const float l_356 = reinterpret_cast<thread float const&>(l_mut_95);
l_mut_212 = float(1.0);
const bool l_357 = l_356 != l_mut_51;
if (l_357) {
const float l_358 = l_356 - l_mut_51;
const float l_359 = l_358 * l_mut_13;
const float l_360 = exp(l_359);
l_mut_212 = l_360;
}
l_mut_236 = l_mut_236 + l_mut_212;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_18[thread_index_in_threadgroup] = l_mut_236;
l_mut_212 = l_mut_236;
l_mut_95 = uint(1);
while (true) {
const bool l_361 = l_mut_95 < total_thread_in_threadgroup;
const bool l_362 = !l_361;
if (l_362) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_236 = float(0.0);
const bool l_363 = thread_index_in_threadgroup >= l_mut_95;
if (l_363) {
const uint l_364 = thread_index_in_threadgroup - l_mut_95;
const float l_365 = shared_memory_18[l_364];
l_mut_236 = l_365;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_212 = l_mut_212 + l_mut_236;
shared_memory_18[thread_index_in_threadgroup] = l_mut_212;
l_mut_95 = l_mut_95 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_236 = float(0.0);
const bool l_366 = thread_index_in_threadgroup > uint(0);
if (l_366) {
const uint l_367 = thread_index_in_threadgroup - uint(1);
const float l_368 = shared_memory_18[l_367];
l_mut_236 = l_368;
}
const uint l_369 = total_thread_in_threadgroup - uint(1);
const float l_370 = shared_memory_18[l_369];
const float l_371 = l_343 * l_370;
const bool l_372 = thread_index_in_threadgroup == uint(0);
if (l_372) {
const uint l_373 = l_mut_155 - uint(1);
shared_memory_20[uint(0)] = l_373;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_374 = l_mut_236 <= l_371;
const bool l_375 = l_mut_212 > l_371;
const bool l_376 = l_374 && l_375;
if (l_376) {
l_mut_212 = l_mut_236;
l_mut_280 = bool(false);

for (uint l_mut_377 = l_mut_151; l_mut_377 < l_mut_96; ++l_mut_377) {
const uint l_378 = shared_memory_16[l_mut_377];
const uint l_379 = ~l_378;
l_mut_155 = l_379;
const bool l_380 = l_378 >= uint(2147483648);
if (l_380) {
const uint l_381 = l_378 & uint(2147483647);
l_mut_155 = l_381;
}
const float l_382 = reinterpret_cast<thread float const&>(l_mut_155);
l_mut_236 = float(1.0);
const bool l_383 = l_382 != l_mut_51;
if (l_383) {
const float l_384 = l_382 - l_mut_51;
const float l_385 = l_384 * l_mut_13;
const float l_386 = exp(l_385);
l_mut_236 = l_386;
}
l_mut_212 = l_mut_212 + l_mut_236;
const bool l_387 = !l_mut_280;
const bool l_388 = l_mut_212 > l_371;
const bool l_389 = l_387 && l_388;
if (l_389) {
shared_memory_20[uint(0)] = l_mut_377;
l_mut_280 = bool(true);
}
}
const bool l_390 = !l_mut_280;
if (l_390) {
const uint l_391 = l_mut_96 - uint(1);
shared_memory_20[uint(0)] = l_391;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_392 = shared_memory_20[uint(0)];
const uint l_393 = shared_memory_17[l_392];
l_mut_158 = l_393;
const uint l_394 = shared_memory_16[l_392];
const uint l_395 = ~l_394;
l_mut_155 = l_395;
const bool l_396 = l_394 >= uint(2147483648);
if (l_396) {
const uint l_397 = l_394 & uint(2147483647);
l_mut_155 = l_397;
}
const float l_398 = reinterpret_cast<thread float const&>(l_mut_155);
l_mut_117 = l_398;
}
const bool l_399 = thread_index_in_threadgroup == uint(0);
if (l_399) {
buffer_7[l_1] = uint(0);
buffer_6[l_1] = l_mut_158;
}
}
}
}

}
