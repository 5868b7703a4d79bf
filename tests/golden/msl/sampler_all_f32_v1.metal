
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[2];
uint scalars_uint[10];uint static_meta[16];
};

[[kernel]]
void sampler_all_f32_v1(
    const device float * buffer_0 [[buffer(0)]],
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
threadgroup uchar dynamic_shared_mem[23124];
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_30 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_28 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_29 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_120 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_33 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_133 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_145 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_2402 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 16, 64 bytes
threadgroup float* shared_memory_32 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 2049, 8196 bytes
threadgroup uint* shared_memory_27 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_31 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_187;
bool l_mut_3;
bool l_mut_416;
bool l_mut_996;
float l_mut_1504;
float l_mut_157;
float l_mut_160;
float l_mut_197;
float l_mut_198;
float l_mut_199;
float l_mut_200;
float l_mut_201;
float l_mut_202;
float l_mut_203;
float l_mut_204;
float l_mut_205;
float l_mut_206;
float l_mut_207;
float l_mut_208;
float l_mut_209;
float l_mut_210;
float l_mut_211;
float l_mut_221;
float l_mut_22;
float l_mut_230;
float l_mut_70;
float l_mut_71;
float l_mut_81;
float l_mut_90;
uint l_mut_103;
uint l_mut_1054;
uint l_mut_1308;
uint l_mut_1322;
uint l_mut_212;
uint l_mut_213;
uint l_mut_222;
uint l_mut_242;
uint l_mut_34;
uint l_mut_39;
uint l_mut_40;
uint l_mut_474;
uint l_mut_51;
uint l_mut_726;
uint l_mut_73;
uint l_mut_740;
uint l_mut_82;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
l_mut_3 = l_2;
if (l_mut_3) {
const uint l_4 = buffer_4[l_1];
const bool l_5 = l_4 == uint(3);
l_mut_3 = l_5;
}
if (l_mut_3) {
const uint l_6 = l_1 * uint(8);
const float l_7 = buffer_1[l_6];
const uint l_8 = l_6 + uint(1);
const float l_9 = buffer_1[l_8];
const uint l_10 = uint(l_9);
const uint l_11 = l_6 + uint(2);
const float l_12 = buffer_1[l_11];
const uint l_13 = l_6 + uint(3);
const float l_14 = buffer_1[l_13];
const uint l_15 = l_6 + uint(4);
const float l_16 = buffer_1[l_15];
const uint l_17 = l_6 + uint(5);
const float l_18 = buffer_1[l_17];
const uint l_19 = l_6 + uint(6);
const float l_20 = buffer_1[l_19];
const bool l_21 = l_7 == float(0.0);
l_mut_22 = float(1.0);
const bool l_23 = !l_21;
if (l_23) {
const float l_24 = float(1.0) / l_7;
l_mut_22 = l_24;
}
const uint l_25 = info.scalars_uint[1] / uint(1);
const uint l_26 = l_1 * l_25;
l_mut_34 = uint(0);
const uint l_35 = l_1 * info.scalars_uint[2];
const int l_36 = buffer_2[l_35];
const uint l_37 = uint(l_36);
const uint l_38 = l_35 + uint(1);
l_mut_39 = uint(0);
l_mut_40 = l_37;
while (true) {
const bool l_41 = l_mut_39 < l_mut_40;
const bool l_42 = !l_41;
if (l_42) {
break;}
const uint l_43 = l_mut_39 + l_mut_40;
const uint l_44 = l_43 / uint(2);
const uint l_45 = l_38 + l_44;
const int l_46 = buffer_2[l_45];
const uint l_47 = uint(l_46);
const bool l_48 = l_47 < uint(0);
if (l_48) {
const uint l_49 = l_44 + uint(1);
l_mut_39 = l_49;
} else {
l_mut_40 = l_44;
}
}
const uint l_50 = l_35 + uint(1);
l_mut_40 = uint(0);
l_mut_51 = l_37;
while (true) {
const bool l_52 = l_mut_40 < l_mut_51;
const bool l_53 = !l_52;
if (l_53) {
break;}
const uint l_54 = l_mut_40 + l_mut_51;
const uint l_55 = l_54 / uint(2);
const uint l_56 = l_50 + l_55;
const int l_57 = buffer_2[l_56];
const uint l_58 = uint(l_57);
const bool l_59 = l_58 < info.scalars_uint[1];
if (l_59) {
const uint l_60 = l_55 + uint(1);
l_mut_40 = l_60;
} else {
l_mut_51 = l_55;
}
}
const uint l_61 = l_mut_40 - l_mut_39;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_51 = thread_index_in_threadgroup;
while (true) {
const bool l_62 = l_mut_51 <= l_61;
const bool l_63 = !l_62;
if (l_63) {
break;}
l_mut_40 = uint(4294967295);
const bool l_64 = l_mut_51 < l_61;
if (l_64) {
const uint l_65 = l_35 + uint(1);
const uint l_66 = l_mut_39 + l_mut_51;
const uint l_67 = l_65 + l_66;
const int l_68 = buffer_2[l_67];
const uint l_69 = uint(l_68);
l_mut_40 = l_69;
}
shared_memory_27[l_mut_51] = l_mut_40;
l_mut_51 = l_mut_51 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_34 = l_61;
l_mut_70 = info.scalars_float[0];
l_mut_51 = uint(4294967295);
l_mut_71 = float(0.0);
l_mut_40 = uint(0);
l_mut_39 = uint(0);
const uint l_72 = uint(0) + thread_index_in_threadgroup;
l_mut_73 = l_72;
while (true) {
const bool l_74 = l_mut_73 < l_25;
const bool l_75 = !l_74;
if (l_75) {
break;}
const uint l_76 = l_26 + l_mut_73;
const float l_77 = buffer_0[l_76];
const uint l_78 = l_mut_73 * uint(1);
const uint l_79 = l_78 + uint(0);
const float l_80 = l_77;
l_mut_81 = l_80;
l_mut_82 = l_mut_39;
while (true) {
const uint l_83 = shared_memory_27[l_mut_82];
const bool l_84 = l_83 < l_79;
const bool l_85 = !l_84;
if (l_85) {
break;}
l_mut_82 = l_mut_82 + uint(1);
}
l_mut_39 = l_mut_82;
l_mut_82 = uint(0);
while (true) {
const uint l_86 = l_mut_39 + l_mut_82;
const uint l_87 = shared_memory_27[l_86];
const bool l_88 = l_87 == l_79;
const bool l_89 = !l_88;
if (l_89) {
break;}
l_mut_82 = l_mut_82 + uint(1);
}
l_mut_90 = l_mut_81;
const bool l_91 = l_mut_82 > uint(0);
if (l_91) {
const bool l_92 = l_mut_90 > float(0.0);
if (l_92) {
const float l_93 = l_mut_90 / l_16;
l_mut_90 = l_93;
} else {
const float l_94 = l_mut_90 * l_16;
l_mut_90 = l_94;
}
const float l_95 = float(l_mut_82);
const float l_96 = l_20 * l_95;
const float l_97 = l_mut_90 - l_96;
const float l_98 = l_97 - l_18;
l_mut_90 = l_98;
}
l_mut_81 = l_mut_90;
const bool l_99 = isnan(l_mut_81);
const uint l_100 = reinterpret_cast<thread uint const&>(l_mut_81);
l_mut_82 = l_100;
const bool l_101 = l_mut_82 == uint(2147483648);
if (l_101) {
l_mut_82 = uint(0);
}
const uint l_102 = l_mut_82 | uint(2147483648);
l_mut_103 = l_102;
const bool l_104 = l_mut_82 >= uint(2147483648);
if (l_104) {
const uint l_105 = ~l_mut_82;
l_mut_103 = l_105;
}
const bool l_106 = l_mut_103 == uint(4286578688);
const bool l_107 = l_99 || l_106;
if (l_107) {
l_mut_40 = uint(1);
} else {
const bool l_108 = l_mut_81 > l_mut_70;
if (l_108) {
l_mut_90 = float(1.0);
const bool l_109 = l_mut_70 != l_mut_81;
if (l_109) {
const float l_110 = l_mut_70 - l_mut_81;
const float l_111 = l_110 * l_mut_22;
const float l_112 = exp(l_111);
l_mut_90 = l_112;
}
const float l_113 = l_mut_71 * l_mut_90;
const float l_114 = l_113 + float(1.0);
l_mut_71 = l_114;
l_mut_70 = l_mut_81;
l_mut_51 = l_79;
} else {
const bool l_115 = l_mut_81 > info.scalars_float[0];
if (l_115) {
l_mut_90 = float(1.0);
const bool l_116 = l_mut_81 != l_mut_70;
if (l_116) {
const float l_117 = l_mut_81 - l_mut_70;
const float l_118 = l_117 * l_mut_22;
const float l_119 = exp(l_118);
l_mut_90 = l_119;
}
l_mut_71 = l_mut_71 + l_mut_90;
}
}
}
l_mut_73 = l_mut_73 + total_thread_in_threadgroup;
}
const float l_121 = float {simd_max(l_mut_70)
};
const uint l_122 = total_thread_in_threadgroup + simd_size;
const uint l_123 = l_122 - uint(1);
const uint l_124 = l_123 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_125 = thread_index_in_threadgroup % simd_size;
const bool l_126 = l_125 == uint(0);
if (l_126) {
const uint l_127 = thread_index_in_threadgroup / simd_size;
shared_memory_120[l_127] = l_121;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_128 = shared_memory_120[uint(0)];
l_mut_90 = l_128;

for (uint l_mut_129 = uint(1); l_mut_129 < l_124; ++l_mut_129) {
const float l_130 = shared_memory_120[l_mut_129];
const bool l_131 = l_130 > l_mut_90;
if (l_131) {
l_mut_90 = l_130;
}
}
l_mut_103 = uint(4294967295);
const bool l_132 = l_mut_70 == l_mut_90;
if (l_132) {
l_mut_103 = l_mut_51;
}
const uint l_134 = uint {simd_min(l_mut_103)
};
const uint l_135 = total_thread_in_threadgroup + simd_size;
const uint l_136 = l_135 - uint(1);
const uint l_137 = l_136 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_138 = thread_index_in_threadgroup % simd_size;
const bool l_139 = l_138 == uint(0);
if (l_139) {
const uint l_140 = thread_index_in_threadgroup / simd_size;
shared_memory_133[l_140] = l_134;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_141 = shared_memory_133[uint(0)];
l_mut_103 = l_141;

for (uint l_mut_142 = uint(1); l_mut_142 < l_137; ++l_mut_142) {
const uint l_143 = shared_memory_133[l_mut_142];
const bool l_144 = l_143 < l_mut_103;
if (l_144) {
l_mut_103 = l_143;
}
}
const uint l_146 = uint {simd_max(l_mut_40)
};
const uint l_147 = total_thread_in_threadgroup + simd_size;
const uint l_148 = l_147 - uint(1);
const uint l_149 = l_148 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_150 = thread_index_in_threadgroup % simd_size;
const bool l_151 = l_150 == uint(0);
if (l_151) {
const uint l_152 = thread_index_in_threadgroup / simd_size;
shared_memory_145[l_152] = l_146;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_153 = shared_memory_145[uint(0)];
l_mut_82 = l_153;

for (uint l_mut_154 = uint(1); l_mut_154 < l_149; ++l_mut_154) {
const uint l_155 = shared_memory_145[l_mut_154];
const bool l_156 = l_155 > l_mut_82;
if (l_156) {
l_mut_82 = l_155;
}
}
l_mut_81 = float(0.0);
l_mut_157 = float(0.0);
const bool l_158 = l_mut_70 == l_mut_90;
if (l_158) {
l_mut_157 = l_mut_71;
} else {
const bool l_159 = l_mut_71 > float(0.0);
if (l_159) {
l_mut_160 = float(1.0);
const bool l_161 = l_mut_70 != l_mut_90;
if (l_161) {
const float l_162 = l_mut_70 - l_mut_90;
const float l_163 = l_162 * l_mut_22;
const float l_164 = exp(l_163);
l_mut_160 = l_164;
}
const float l_165 = l_mut_71 * l_mut_160;
l_mut_157 = l_165;
}
}
const float l_166 = float {simd_sum(l_mut_157)
};
const uint l_167 = total_thread_in_threadgroup + simd_size;
const uint l_168 = l_167 - uint(1);
const uint l_169 = l_168 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_170 = thread_index_in_threadgroup % simd_size;
const bool l_171 = l_170 == uint(0);
if (l_171) {
const uint l_172 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_172] = l_166;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_160 = float(0.0);

for (uint l_mut_173 = uint(0); l_mut_173 < l_169; ++l_mut_173) {
const float l_174 = shared_memory_33[l_mut_173];
l_mut_160 = l_mut_160 + l_174;
}
l_mut_81 = l_mut_160;
l_mut_73 = uint(0);
const bool l_175 = l_mut_82 > uint(0);
if (l_175) {
l_mut_73 = uint(1);
} else {
const bool l_176 = l_mut_90 == info.scalars_float[0];
if (l_176) {
l_mut_73 = uint(2);
}
}
const bool l_177 = l_mut_73 != uint(0);
if (l_177) {
const bool l_178 = thread_index_in_threadgroup == uint(0);
if (l_178) {
buffer_4[l_1] = l_mut_73;
buffer_3[l_1] = uint(4294967295);
buffer_5[l_1] = info.scalars_float[1];
}
l_mut_73 = thread_index_in_threadgroup;
while (true) {
const bool l_179 = l_mut_73 < info.scalars_uint[7];
const bool l_180 = !l_179;
if (l_180) {
break;}
const uint l_181 = l_1 * info.scalars_uint[7];
const uint l_182 = l_181 + l_mut_73;
buffer_6[l_182] = uint(4294967295);
const uint l_183 = l_1 * info.scalars_uint[7];
const uint l_184 = l_183 + l_mut_73;
buffer_7[l_184] = info.scalars_float[1];
l_mut_73 = l_mut_73 + total_thread_in_threadgroup;
}
} else {
const float l_185 = log(l_mut_81);
l_mut_73 = l_mut_103;
l_mut_160 = l_mut_90;
const float l_186 = float(info.scalars_uint[7]);
l_mut_51 = uint(0);
l_mut_157 = float(0.0);
l_mut_71 = float(0.0);
l_mut_187 = bool(false);
l_mut_40 = uint(0);
while (true) {
const bool l_188 = l_mut_40 < uint(8);
const bool l_189 = !l_mut_187;
const bool l_190 = l_188 && l_189;
const bool l_191 = !l_190;
if (l_191) {
break;}
const uint l_192 = uint(4) * l_mut_40;
const uint l_193 = uint(28) - l_192;
l_mut_39 = uint(0);
const bool l_194 = l_mut_40 > uint(0);
if (l_194) {
const uint l_195 = l_193 + uint(4);
const uint l_196 = uint(4294967295) << l_195;
l_mut_39 = l_196;
}
l_mut_70 = float(0.0);
l_mut_197 = float(0.0);
l_mut_198 = float(0.0);
l_mut_199 = float(0.0);
l_mut_200 = float(0.0);
l_mut_201 = float(0.0);
l_mut_202 = float(0.0);
l_mut_203 = float(0.0);
l_mut_204 = float(0.0);
l_mut_205 = float(0.0);
l_mut_206 = float(0.0);
l_mut_207 = float(0.0);
l_mut_208 = float(0.0);
l_mut_209 = float(0.0);
l_mut_210 = float(0.0);
l_mut_211 = float(0.0);
l_mut_212 = uint(0);
l_mut_213 = thread_index_in_threadgroup;
while (true) {
const bool l_214 = l_mut_213 < l_25;
const bool l_215 = !l_214;
if (l_215) {
break;}
const uint l_216 = l_26 + l_mut_213;
const float l_217 = buffer_0[l_216];
const uint l_218 = l_mut_213 * uint(1);
const uint l_219 = l_218 + uint(0);
const float l_220 = l_217;
l_mut_221 = l_220;
l_mut_222 = l_mut_212;
while (true) {
const uint l_223 = shared_memory_27[l_mut_222];
const bool l_224 = l_223 < l_219;
const bool l_225 = !l_224;
if (l_225) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_212 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_226 = l_mut_212 + l_mut_222;
const uint l_227 = shared_memory_27[l_226];
const bool l_228 = l_227 == l_219;
const bool l_229 = !l_228;
if (l_229) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_230 = l_mut_221;
const bool l_231 = l_mut_222 > uint(0);
if (l_231) {
const bool l_232 = l_mut_230 > float(0.0);
if (l_232) {
const float l_233 = l_mut_230 / l_16;
l_mut_230 = l_233;
} else {
const float l_234 = l_mut_230 * l_16;
l_mut_230 = l_234;
}
const float l_235 = float(l_mut_222);
const float l_236 = l_20 * l_235;
const float l_237 = l_mut_230 - l_236;
const float l_238 = l_237 - l_18;
l_mut_230 = l_238;
}
l_mut_221 = l_mut_230;
const uint l_239 = reinterpret_cast<thread uint const&>(l_mut_221);
l_mut_222 = l_239;
const bool l_240 = l_mut_222 == uint(2147483648);
if (l_240) {
l_mut_222 = uint(0);
}
const uint l_241 = l_mut_222 | uint(2147483648);
l_mut_242 = l_241;
const bool l_243 = l_mut_222 >= uint(2147483648);
if (l_243) {
const uint l_244 = ~l_mut_222;
l_mut_242 = l_244;
}
const uint l_245 = l_mut_242 & l_mut_39;
const bool l_246 = l_245 == l_mut_51;
const bool l_247 = l_mut_242 > uint(0);
const bool l_248 = l_mut_242 == uint(0);
const bool l_249 = l_219 <= uint(4294967295);
const bool l_250 = l_248 && l_249;
const bool l_251 = l_247 || l_250;
const bool l_252 = l_246 && l_251;
if (l_252) {
l_mut_230 = float(1.0);
const uint l_253 = l_mut_242 >> l_193;
const uint l_254 = l_253 & uint(15);
const bool l_255 = l_254 == uint(0);
if (l_255) {
l_mut_70 = l_mut_70 + l_mut_230;
} else {
const bool l_256 = l_254 == uint(1);
if (l_256) {
l_mut_197 = l_mut_197 + l_mut_230;
} else {
const bool l_257 = l_254 == uint(2);
if (l_257) {
l_mut_198 = l_mut_198 + l_mut_230;
} else {
const bool l_258 = l_254 == uint(3);
if (l_258) {
l_mut_199 = l_mut_199 + l_mut_230;
} else {
const bool l_259 = l_254 == uint(4);
if (l_259) {
l_mut_200 = l_mut_200 + l_mut_230;
} else {
const bool l_260 = l_254 == uint(5);
if (l_260) {
l_mut_201 = l_mut_201 + l_mut_230;
} else {
const bool l_261 = l_254 == uint(6);
if (l_261) {
l_mut_202 = l_mut_202 + l_mut_230;
} else {
const bool l_262 = l_254 == uint(7);
if (l_262) {
l_mut_203 = l_mut_203 + l_mut_230;
} else {
const bool l_263 = l_254 == uint(8);
if (l_263) {
l_mut_204 = l_mut_204 + l_mut_230;
} else {
const bool l_264 = l_254 == uint(9);
if (l_264) {
l_mut_205 = l_mut_205 + l_mut_230;
} else {
const bool l_265 = l_254 == uint(10);
if (l_265) {
l_mut_206 = l_mut_206 + l_mut_230;
} else {
const bool l_266 = l_254 == uint(11);
if (l_266) {
l_mut_207 = l_mut_207 + l_mut_230;
} else {
const bool l_267 = l_254 == uint(12);
if (l_267) {
l_mut_208 = l_mut_208 + l_mut_230;
} else {
const bool l_268 = l_254 == uint(13);
if (l_268) {
l_mut_209 = l_mut_209 + l_mut_230;
} else {
const bool l_269 = l_254 == uint(14);
if (l_269) {
l_mut_210 = l_mut_210 + l_mut_230;
} else {
const bool l_270 = l_254 == uint(15);
if (l_270) {
l_mut_211 = l_mut_211 + l_mut_230;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_213 = l_mut_213 + total_thread_in_threadgroup;
}
const float l_271 = float {simd_sum(l_mut_70)
};
const uint l_272 = total_thread_in_threadgroup + simd_size;
const uint l_273 = l_272 - uint(1);
const uint l_274 = l_273 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_275 = thread_index_in_threadgroup % simd_size;
const bool l_276 = l_275 == uint(0);
if (l_276) {
const uint l_277 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_277] = l_271;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_278 = uint(0); l_mut_278 < l_274; ++l_mut_278) {
const float l_279 = shared_memory_33[l_mut_278];
l_mut_230 = l_mut_230 + l_279;
}
const float l_280 = float {simd_sum(l_mut_197)
};
const uint l_281 = total_thread_in_threadgroup + simd_size;
const uint l_282 = l_281 - uint(1);
const uint l_283 = l_282 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_284 = thread_index_in_threadgroup % simd_size;
const bool l_285 = l_284 == uint(0);
if (l_285) {
const uint l_286 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_286] = l_280;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_287 = uint(0); l_mut_287 < l_283; ++l_mut_287) {
const float l_288 = shared_memory_33[l_mut_287];
l_mut_221 = l_mut_221 + l_288;
}
const float l_289 = float {simd_sum(l_mut_198)
};
const uint l_290 = total_thread_in_threadgroup + simd_size;
const uint l_291 = l_290 - uint(1);
const uint l_292 = l_291 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_293 = thread_index_in_threadgroup % simd_size;
const bool l_294 = l_293 == uint(0);
if (l_294) {
const uint l_295 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_295] = l_289;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_296 = uint(0); l_mut_296 < l_292; ++l_mut_296) {
const float l_297 = shared_memory_33[l_mut_296];
l_mut_198 = l_mut_198 + l_297;
}
const float l_298 = float {simd_sum(l_mut_199)
};
const uint l_299 = total_thread_in_threadgroup + simd_size;
const uint l_300 = l_299 - uint(1);
const uint l_301 = l_300 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_302 = thread_index_in_threadgroup % simd_size;
const bool l_303 = l_302 == uint(0);
if (l_303) {
const uint l_304 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_304] = l_298;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_305 = uint(0); l_mut_305 < l_301; ++l_mut_305) {
const float l_306 = shared_memory_33[l_mut_305];
l_mut_199 = l_mut_199 + l_306;
}
const float l_307 = float {simd_sum(l_mut_200)
};
const uint l_308 = total_thread_in_threadgroup + simd_size;
const uint l_309 = l_308 - uint(1);
const uint l_310 = l_309 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_311 = thread_index_in_threadgroup % simd_size;
const bool l_312 = l_311 == uint(0);
if (l_312) {
const uint l_313 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_313] = l_307;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_314 = uint(0); l_mut_314 < l_310; ++l_mut_314) {
const float l_315 = shared_memory_33[l_mut_314];
l_mut_200 = l_mut_200 + l_315;
}
const float l_316 = float {simd_sum(l_mut_201)
};
const uint l_317 = total_thread_in_threadgroup + simd_size;
const uint l_318 = l_317 - uint(1);
const uint l_319 = l_318 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_320 = thread_index_in_threadgroup % simd_size;
const bool l_321 = l_320 == uint(0);
if (l_321) {
const uint l_322 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_322] = l_316;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_323 = uint(0); l_mut_323 < l_319; ++l_mut_323) {
const float l_324 = shared_memory_33[l_mut_323];
l_mut_201 = l_mut_201 + l_324;
}
const float l_325 = float {simd_sum(l_mut_202)
};
const uint l_326 = total_thread_in_threadgroup + simd_size;
const uint l_327 = l_326 - uint(1);
const uint l_328 = l_327 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_329 = thread_index_in_threadgroup % simd_size;
const bool l_330 = l_329 == uint(0);
if (l_330) {
const uint l_331 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_331] = l_325;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_332 = uint(0); l_mut_332 < l_328; ++l_mut_332) {
const float l_333 = shared_memory_33[l_mut_332];
l_mut_202 = l_mut_202 + l_333;
}
const float l_334 = float {simd_sum(l_mut_203)
};
const uint l_335 = total_thread_in_threadgroup + simd_size;
const uint l_336 = l_335 - uint(1);
const uint l_337 = l_336 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_338 = thread_index_in_threadgroup % simd_size;
const bool l_339 = l_338 == uint(0);
if (l_339) {
const uint l_340 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_340] = l_334;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_341 = uint(0); l_mut_341 < l_337; ++l_mut_341) {
const float l_342 = shared_memory_33[l_mut_341];
l_mut_203 = l_mut_203 + l_342;
}
const float l_343 = float {simd_sum(l_mut_204)
};
const uint l_344 = total_thread_in_threadgroup + simd_size;
const uint l_345 = l_344 - uint(1);
const uint l_346 = l_345 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_347 = thread_index_in_threadgroup % simd_size;
const bool l_348 = l_347 == uint(0);
if (l_348) {
const uint l_349 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_349] = l_343;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_350 = uint(0); l_mut_350 < l_346; ++l_mut_350) {
const float l_351 = shared_memory_33[l_mut_350];
l_mut_204 = l_mut_204 + l_351;
}
const float l_352 = float {simd_sum(l_mut_205)
};
const uint l_353 = total_thread_in_threadgroup + simd_size;
const uint l_354 = l_353 - uint(1);
const uint l_355 = l_354 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_356 = thread_index_in_threadgroup % simd_size;
const bool l_357 = l_356 == uint(0);
if (l_357) {
const uint l_358 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_358] = l_352;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_359 = uint(0); l_mut_359 < l_355; ++l_mut_359) {
const float l_360 = shared_memory_33[l_mut_359];
l_mut_205 = l_mut_205 + l_360;
}
const float l_361 = float {simd_sum(l_mut_206)
};
const uint l_362 = total_thread_in_threadgroup + simd_size;
const uint l_363 = l_362 - uint(1);
const uint l_364 = l_363 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_365 = thread_index_in_threadgroup % simd_size;
const bool l_366 = l_365 == uint(0);
if (l_366) {
const uint l_367 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_367] = l_361;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_368 = uint(0); l_mut_368 < l_364; ++l_mut_368) {
const float l_369 = shared_memory_33[l_mut_368];
l_mut_206 = l_mut_206 + l_369;
}
const float l_370 = float {simd_sum(l_mut_207)
};
const uint l_371 = total_thread_in_threadgroup + simd_size;
const uint l_372 = l_371 - uint(1);
const uint l_373 = l_372 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_374 = thread_index_in_threadgroup % simd_size;
const bool l_375 = l_374 == uint(0);
if (l_375) {
const uint l_376 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_376] = l_370;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_377 = uint(0); l_mut_377 < l_373; ++l_mut_377) {
const float l_378 = shared_memory_33[l_mut_377];
l_mut_207 = l_mut_207 + l_378;
}
const float l_379 = float {simd_sum(l_mut_208)
};
const uint l_380 = total_thread_in_threadgroup + simd_size;
const uint l_381 = l_380 - uint(1);
const uint l_382 = l_381 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_383 = thread_index_in_threadgroup % simd_size;
const bool l_384 = l_383 == uint(0);
if (l_384) {
const uint l_385 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_385] = l_379;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_386 = uint(0); l_mut_386 < l_382; ++l_mut_386) {
const float l_387 = shared_memory_33[l_mut_386];
l_mut_208 = l_mut_208 + l_387;
}
const float l_388 = float {simd_sum(l_mut_209)
};
const uint l_389 = total_thread_in_threadgroup + simd_size;
const uint l_390 = l_389 - uint(1);
const uint l_391 = l_390 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_392 = thread_index_in_threadgroup % simd_size;
const bool l_393 = l_392 == uint(0);
if (l_393) {
const uint l_394 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_394] = l_388;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_395 = uint(0); l_mut_395 < l_391; ++l_mut_395) {
const float l_396 = shared_memory_33[l_mut_395];
l_mut_209 = l_mut_209 + l_396;
}
const float l_397 = float {simd_sum(l_mut_210)
};
const uint l_398 = total_thread_in_threadgroup + simd_size;
const uint l_399 = l_398 - uint(1);
const uint l_400 = l_399 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_401 = thread_index_in_threadgroup % simd_size;
const bool l_402 = l_401 == uint(0);
if (l_402) {
const uint l_403 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_403] = l_397;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_404 = uint(0); l_mut_404 < l_400; ++l_mut_404) {
const float l_405 = shared_memory_33[l_mut_404];
l_mut_210 = l_mut_210 + l_405;
}
const float l_406 = float {simd_sum(l_mut_211)
};
const uint l_407 = total_thread_in_threadgroup + simd_size;
const uint l_408 = l_407 - uint(1);
const uint l_409 = l_408 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_410 = thread_index_in_threadgroup % simd_size;
const bool l_411 = l_410 == uint(0);
if (l_411) {
const uint l_412 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_412] = l_406;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_413 = uint(0); l_mut_413 < l_409; ++l_mut_413) {
const float l_414 = shared_memory_33[l_mut_413];
l_mut_211 = l_mut_211 + l_414;
}
const bool l_415 = thread_index_in_threadgroup == uint(0);
if (l_415) {
shared_memory_32[uint(0)] = l_mut_230;
shared_memory_32[uint(1)] = l_mut_221;
shared_memory_32[uint(2)] = l_mut_198;
shared_memory_32[uint(3)] = l_mut_199;
shared_memory_32[uint(4)] = l_mut_200;
shared_memory_32[uint(5)] = l_mut_201;
shared_memory_32[uint(6)] = l_mut_202;
shared_memory_32[uint(7)] = l_mut_203;
shared_memory_32[uint(8)] = l_mut_204;
shared_memory_32[uint(9)] = l_mut_205;
shared_memory_32[uint(10)] = l_mut_206;
shared_memory_32[uint(11)] = l_mut_207;
shared_memory_32[uint(12)] = l_mut_208;
shared_memory_32[uint(13)] = l_mut_209;
shared_memory_32[uint(14)] = l_mut_210;
shared_memory_32[uint(15)] = l_mut_211;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);
l_mut_242 = uint(0);
l_mut_416 = bool(false);
l_mut_221 = float(0.0);

for (uint l_mut_417 = uint(0); l_mut_417 < uint(16); ++l_mut_417) {
l_mut_222 = l_mut_417;
const uint l_418 = uint(15) - l_mut_417;
l_mut_222 = l_418;
l_mut_211 = l_mut_230;
const float l_419 = shared_memory_32[l_mut_222];
l_mut_230 = l_mut_230 + l_419;
const bool l_420 = !l_mut_416;
const float l_421 = l_mut_157 + l_mut_230;
const bool l_422 = l_421 >= l_186;
const bool l_423 = l_420 && l_422;
if (l_423) {
l_mut_242 = l_mut_222;
l_mut_416 = bool(true);
l_mut_221 = l_mut_211;
}
}
if (l_mut_416) {
l_mut_157 = l_mut_157 + l_mut_221;
const float l_424 = shared_memory_32[l_mut_242];
l_mut_71 = l_424;
const uint l_425 = l_mut_242 << l_193;
l_mut_51 = l_mut_51 | l_425;
} else {
l_mut_187 = bool(true);
}
l_mut_40 = l_mut_40 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_426 = thread_index_in_threadgroup == uint(0);
if (l_426) {
if (l_mut_187) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_51;
}
const uint l_427 = reinterpret_cast<thread uint const&>(l_mut_157);
shared_memory_31[uint(3)] = l_427;
const uint l_428 = reinterpret_cast<thread uint const&>(l_mut_71);
shared_memory_31[uint(1)] = l_428;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_429 = shared_memory_31[uint(2)];
const uint l_430 = shared_memory_31[uint(3)];
const float l_431 = reinterpret_cast<thread float const&>(l_430);
const uint l_432 = uint(l_431);
const uint l_433 = info.scalars_uint[7] - l_432;
const uint l_434 = shared_memory_31[uint(1)];
const float l_435 = reinterpret_cast<thread float const&>(l_434);
const uint l_436 = uint(l_435);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = uint(4294967295);
const bool l_437 = l_436 > l_433;
if (l_437) {
l_mut_222 = uint(0);
l_mut_230 = float(0.0);
const float l_438 = float(l_433);
l_mut_213 = uint(0);
while (true) {
const bool l_439 = l_mut_213 < uint(8);
const bool l_440 = !l_439;
if (l_440) {
break;}
const uint l_441 = uint(4) * l_mut_213;
const uint l_442 = uint(28) - l_441;
const uint l_443 = info.scalars_uint[1] - uint(1);
const uint l_444 = l_443 >> l_442;
const bool l_445 = l_444 > uint(0);
if (l_445) {
l_mut_212 = uint(0);
const bool l_446 = l_mut_213 > uint(0);
if (l_446) {
const uint l_447 = l_442 + uint(4);
const uint l_448 = uint(4294967295) << l_447;
l_mut_212 = l_448;
}
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_209 = float(0.0);
l_mut_208 = float(0.0);
l_mut_207 = float(0.0);
l_mut_206 = float(0.0);
l_mut_205 = float(0.0);
l_mut_204 = float(0.0);
l_mut_203 = float(0.0);
l_mut_202 = float(0.0);
l_mut_201 = float(0.0);
l_mut_200 = float(0.0);
l_mut_199 = float(0.0);
l_mut_198 = float(0.0);
l_mut_197 = float(0.0);
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_449 = l_mut_40 < l_25;
const bool l_450 = !l_449;
if (l_450) {
break;}
const uint l_451 = l_26 + l_mut_40;
const float l_452 = buffer_0[l_451];
const uint l_453 = l_mut_40 * uint(1);
const uint l_454 = l_453 + uint(0);
const float l_455 = l_452;
l_mut_157 = l_455;
l_mut_39 = l_mut_51;
while (true) {
const uint l_456 = shared_memory_27[l_mut_39];
const bool l_457 = l_456 < l_454;
const bool l_458 = !l_457;
if (l_458) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_459 = l_mut_51 + l_mut_39;
const uint l_460 = shared_memory_27[l_459];
const bool l_461 = l_460 == l_454;
const bool l_462 = !l_461;
if (l_462) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_71 = l_mut_157;
const bool l_463 = l_mut_39 > uint(0);
if (l_463) {
const bool l_464 = l_mut_71 > float(0.0);
if (l_464) {
const float l_465 = l_mut_71 / l_16;
l_mut_71 = l_465;
} else {
const float l_466 = l_mut_71 * l_16;
l_mut_71 = l_466;
}
const float l_467 = float(l_mut_39);
const float l_468 = l_20 * l_467;
const float l_469 = l_mut_71 - l_468;
const float l_470 = l_469 - l_18;
l_mut_71 = l_470;
}
l_mut_157 = l_mut_71;
const uint l_471 = reinterpret_cast<thread uint const&>(l_mut_157);
l_mut_39 = l_471;
const bool l_472 = l_mut_39 == uint(2147483648);
if (l_472) {
l_mut_39 = uint(0);
}
const uint l_473 = l_mut_39 | uint(2147483648);
l_mut_474 = l_473;
const bool l_475 = l_mut_39 >= uint(2147483648);
if (l_475) {
const uint l_476 = ~l_mut_39;
l_mut_474 = l_476;
}
const bool l_477 = l_mut_474 == l_429;
const bool l_478 = l_454 <= uint(4294967295);
const bool l_479 = l_477 && l_478;
const uint l_480 = l_454 & l_mut_212;
const bool l_481 = l_480 == l_mut_222;
const bool l_482 = l_479 && l_481;
if (l_482) {
const uint l_483 = l_454 >> l_442;
const uint l_484 = l_483 & uint(15);
const bool l_485 = l_484 == uint(0);
if (l_485) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_486 = l_484 == uint(1);
if (l_486) {
l_mut_211 = l_mut_211 + float(1.0);
} else {
const bool l_487 = l_484 == uint(2);
if (l_487) {
l_mut_210 = l_mut_210 + float(1.0);
} else {
const bool l_488 = l_484 == uint(3);
if (l_488) {
l_mut_209 = l_mut_209 + float(1.0);
} else {
const bool l_489 = l_484 == uint(4);
if (l_489) {
l_mut_208 = l_mut_208 + float(1.0);
} else {
const bool l_490 = l_484 == uint(5);
if (l_490) {
l_mut_207 = l_mut_207 + float(1.0);
} else {
const bool l_491 = l_484 == uint(6);
if (l_491) {
l_mut_206 = l_mut_206 + float(1.0);
} else {
const bool l_492 = l_484 == uint(7);
if (l_492) {
l_mut_205 = l_mut_205 + float(1.0);
} else {
const bool l_493 = l_484 == uint(8);
if (l_493) {
l_mut_204 = l_mut_204 + float(1.0);
} else {
const bool l_494 = l_484 == uint(9);
if (l_494) {
l_mut_203 = l_mut_203 + float(1.0);
} else {
const bool l_495 = l_484 == uint(10);
if (l_495) {
l_mut_202 = l_mut_202 + float(1.0);
} else {
const bool l_496 = l_484 == uint(11);
if (l_496) {
l_mut_201 = l_mut_201 + float(1.0);
} else {
const bool l_497 = l_484 == uint(12);
if (l_497) {
l_mut_200 = l_mut_200 + float(1.0);
} else {
const bool l_498 = l_484 == uint(13);
if (l_498) {
l_mut_199 = l_mut_199 + float(1.0);
} else {
const bool l_499 = l_484 == uint(14);
if (l_499) {
l_mut_198 = l_mut_198 + float(1.0);
} else {
const bool l_500 = l_484 == uint(15);
if (l_500) {
l_mut_197 = l_mut_197 + float(1.0);
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
const float l_501 = float {simd_sum(l_mut_221)
};
const uint l_502 = total_thread_in_threadgroup + simd_size;
const uint l_503 = l_502 - uint(1);
const uint l_504 = l_503 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_505 = thread_index_in_threadgroup % simd_size;
const bool l_506 = l_505 == uint(0);
if (l_506) {
const uint l_507 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_507] = l_501;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_508 = uint(0); l_mut_508 < l_504; ++l_mut_508) {
const float l_509 = shared_memory_33[l_mut_508];
l_mut_221 = l_mut_221 + l_509;
}
const float l_510 = float {simd_sum(l_mut_211)
};
const uint l_511 = total_thread_in_threadgroup + simd_size;
const uint l_512 = l_511 - uint(1);
const uint l_513 = l_512 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_514 = thread_index_in_threadgroup % simd_size;
const bool l_515 = l_514 == uint(0);
if (l_515) {
const uint l_516 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_516] = l_510;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_517 = uint(0); l_mut_517 < l_513; ++l_mut_517) {
const float l_518 = shared_memory_33[l_mut_517];
l_mut_211 = l_mut_211 + l_518;
}
const float l_519 = float {simd_sum(l_mut_210)
};
const uint l_520 = total_thread_in_threadgroup + simd_size;
const uint l_521 = l_520 - uint(1);
const uint l_522 = l_521 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_523 = thread_index_in_threadgroup % simd_size;
const bool l_524 = l_523 == uint(0);
if (l_524) {
const uint l_525 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_525] = l_519;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_526 = uint(0); l_mut_526 < l_522; ++l_mut_526) {
const float l_527 = shared_memory_33[l_mut_526];
l_mut_210 = l_mut_210 + l_527;
}
const float l_528 = float {simd_sum(l_mut_209)
};
const uint l_529 = total_thread_in_threadgroup + simd_size;
const uint l_530 = l_529 - uint(1);
const uint l_531 = l_530 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_532 = thread_index_in_threadgroup % simd_size;
const bool l_533 = l_532 == uint(0);
if (l_533) {
const uint l_534 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_534] = l_528;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_535 = uint(0); l_mut_535 < l_531; ++l_mut_535) {
const float l_536 = shared_memory_33[l_mut_535];
l_mut_209 = l_mut_209 + l_536;
}
const float l_537 = float {simd_sum(l_mut_208)
};
const uint l_538 = total_thread_in_threadgroup + simd_size;
const uint l_539 = l_538 - uint(1);
const uint l_540 = l_539 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_541 = thread_index_in_threadgroup % simd_size;
const bool l_542 = l_541 == uint(0);
if (l_542) {
const uint l_543 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_543] = l_537;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_544 = uint(0); l_mut_544 < l_540; ++l_mut_544) {
const float l_545 = shared_memory_33[l_mut_544];
l_mut_208 = l_mut_208 + l_545;
}
const float l_546 = float {simd_sum(l_mut_207)
};
const uint l_547 = total_thread_in_threadgroup + simd_size;
const uint l_548 = l_547 - uint(1);
const uint l_549 = l_548 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_550 = thread_index_in_threadgroup % simd_size;
const bool l_551 = l_550 == uint(0);
if (l_551) {
const uint l_552 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_552] = l_546;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_553 = uint(0); l_mut_553 < l_549; ++l_mut_553) {
const float l_554 = shared_memory_33[l_mut_553];
l_mut_207 = l_mut_207 + l_554;
}
const float l_555 = float {simd_sum(l_mut_206)
};
const uint l_556 = total_thread_in_threadgroup + simd_size;
const uint l_557 = l_556 - uint(1);
const uint l_558 = l_557 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_559 = thread_index_in_threadgroup % simd_size;
const bool l_560 = l_559 == uint(0);
if (l_560) {
const uint l_561 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_561] = l_555;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_562 = uint(0); l_mut_562 < l_558; ++l_mut_562) {
const float l_563 = shared_memory_33[l_mut_562];
l_mut_206 = l_mut_206 + l_563;
}
const float l_564 = float {simd_sum(l_mut_205)
};
const uint l_565 = total_thread_in_threadgroup + simd_size;
const uint l_566 = l_565 - uint(1);
const uint l_567 = l_566 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_568 = thread_index_in_threadgroup % simd_size;
const bool l_569 = l_568 == uint(0);
if (l_569) {
const uint l_570 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_570] = l_564;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_571 = uint(0); l_mut_571 < l_567; ++l_mut_571) {
const float l_572 = shared_memory_33[l_mut_571];
l_mut_205 = l_mut_205 + l_572;
}
const float l_573 = float {simd_sum(l_mut_204)
};
const uint l_574 = total_thread_in_threadgroup + simd_size;
const uint l_575 = l_574 - uint(1);
const uint l_576 = l_575 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_577 = thread_index_in_threadgroup % simd_size;
const bool l_578 = l_577 == uint(0);
if (l_578) {
const uint l_579 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_579] = l_573;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_580 = uint(0); l_mut_580 < l_576; ++l_mut_580) {
const float l_581 = shared_memory_33[l_mut_580];
l_mut_204 = l_mut_204 + l_581;
}
const float l_582 = float {simd_sum(l_mut_203)
};
const uint l_583 = total_thread_in_threadgroup + simd_size;
const uint l_584 = l_583 - uint(1);
const uint l_585 = l_584 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_586 = thread_index_in_threadgroup % simd_size;
const bool l_587 = l_586 == uint(0);
if (l_587) {
const uint l_588 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_588] = l_582;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_589 = uint(0); l_mut_589 < l_585; ++l_mut_589) {
const float l_590 = shared_memory_33[l_mut_589];
l_mut_203 = l_mut_203 + l_590;
}
const float l_591 = float {simd_sum(l_mut_202)
};
const uint l_592 = total_thread_in_threadgroup + simd_size;
const uint l_593 = l_592 - uint(1);
const uint l_594 = l_593 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_595 = thread_index_in_threadgroup % simd_size;
const bool l_596 = l_595 == uint(0);
if (l_596) {
const uint l_597 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_597] = l_591;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_598 = uint(0); l_mut_598 < l_594; ++l_mut_598) {
const float l_599 = shared_memory_33[l_mut_598];
l_mut_202 = l_mut_202 + l_599;
}
const float l_600 = float {simd_sum(l_mut_201)
};
const uint l_601 = total_thread_in_threadgroup + simd_size;
const uint l_602 = l_601 - uint(1);
const uint l_603 = l_602 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_604 = thread_index_in_threadgroup % simd_size;
const bool l_605 = l_604 == uint(0);
if (l_605) {
const uint l_606 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_606] = l_600;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_607 = uint(0); l_mut_607 < l_603; ++l_mut_607) {
const float l_608 = shared_memory_33[l_mut_607];
l_mut_201 = l_mut_201 + l_608;
}
const float l_609 = float {simd_sum(l_mut_200)
};
const uint l_610 = total_thread_in_threadgroup + simd_size;
const uint l_611 = l_610 - uint(1);
const uint l_612 = l_611 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_613 = thread_index_in_threadgroup % simd_size;
const bool l_614 = l_613 == uint(0);
if (l_614) {
const uint l_615 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_615] = l_609;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_616 = uint(0); l_mut_616 < l_612; ++l_mut_616) {
const float l_617 = shared_memory_33[l_mut_616];
l_mut_200 = l_mut_200 + l_617;
}
const float l_618 = float {simd_sum(l_mut_199)
};
const uint l_619 = total_thread_in_threadgroup + simd_size;
const uint l_620 = l_619 - uint(1);
const uint l_621 = l_620 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_622 = thread_index_in_threadgroup % simd_size;
const bool l_623 = l_622 == uint(0);
if (l_623) {
const uint l_624 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_624] = l_618;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_625 = uint(0); l_mut_625 < l_621; ++l_mut_625) {
const float l_626 = shared_memory_33[l_mut_625];
l_mut_199 = l_mut_199 + l_626;
}
const float l_627 = float {simd_sum(l_mut_198)
};
const uint l_628 = total_thread_in_threadgroup + simd_size;
const uint l_629 = l_628 - uint(1);
const uint l_630 = l_629 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_631 = thread_index_in_threadgroup % simd_size;
const bool l_632 = l_631 == uint(0);
if (l_632) {
const uint l_633 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_633] = l_627;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_634 = uint(0); l_mut_634 < l_630; ++l_mut_634) {
const float l_635 = shared_memory_33[l_mut_634];
l_mut_198 = l_mut_198 + l_635;
}
const float l_636 = float {simd_sum(l_mut_197)
};
const uint l_637 = total_thread_in_threadgroup + simd_size;
const uint l_638 = l_637 - uint(1);
const uint l_639 = l_638 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_640 = thread_index_in_threadgroup % simd_size;
const bool l_641 = l_640 == uint(0);
if (l_641) {
const uint l_642 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_642] = l_636;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_643 = uint(0); l_mut_643 < l_639; ++l_mut_643) {
const float l_644 = shared_memory_33[l_mut_643];
l_mut_197 = l_mut_197 + l_644;
}
const bool l_645 = thread_index_in_threadgroup == uint(0);
if (l_645) {
shared_memory_32[uint(0)] = l_mut_221;
shared_memory_32[uint(1)] = l_mut_211;
shared_memory_32[uint(2)] = l_mut_210;
shared_memory_32[uint(3)] = l_mut_209;
shared_memory_32[uint(4)] = l_mut_208;
shared_memory_32[uint(5)] = l_mut_207;
shared_memory_32[uint(6)] = l_mut_206;
shared_memory_32[uint(7)] = l_mut_205;
shared_memory_32[uint(8)] = l_mut_204;
shared_memory_32[uint(9)] = l_mut_203;
shared_memory_32[uint(10)] = l_mut_202;
shared_memory_32[uint(11)] = l_mut_201;
shared_memory_32[uint(12)] = l_mut_200;
shared_memory_32[uint(13)] = l_mut_199;
shared_memory_32[uint(14)] = l_mut_198;
shared_memory_32[uint(15)] = l_mut_197;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);
l_mut_474 = uint(0);
l_mut_416 = bool(false);
l_mut_211 = float(0.0);

for (uint l_mut_646 = uint(0); l_mut_646 < uint(16); ++l_mut_646) {
l_mut_39 = l_mut_646;
l_mut_210 = l_mut_221;
const float l_647 = shared_memory_32[l_mut_39];
l_mut_221 = l_mut_221 + l_647;
const bool l_648 = !l_mut_416;
const float l_649 = l_mut_230 + l_mut_221;
const bool l_650 = l_649 >= l_438;
const bool l_651 = l_648 && l_650;
if (l_651) {
l_mut_474 = l_mut_39;
l_mut_416 = bool(true);
l_mut_211 = l_mut_210;
}
}
l_mut_230 = l_mut_230 + l_mut_211;
const uint l_652 = l_mut_474 << l_442;
l_mut_222 = l_mut_222 | l_652;
}
l_mut_213 = l_mut_213 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_653 = thread_index_in_threadgroup == uint(0);
if (l_653) {
shared_memory_31[uint(3)] = l_mut_222;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_654 = shared_memory_31[uint(3)];
l_mut_242 = l_654;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_655 = thread_index_in_threadgroup == uint(0);
if (l_655) {
shared_memory_31[uint(2)] = l_429;
shared_memory_31[uint(3)] = l_mut_242;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_656 = shared_memory_31[uint(2)];
const uint l_657 = shared_memory_31[uint(3)];
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_474 = uint(1);
while (true) {
const bool l_658 = l_mut_474 < info.scalars_uint[7];
const bool l_659 = !l_658;
if (l_659) {
break;}
l_mut_474 = l_mut_474 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_660 = l_mut_242 < l_mut_474;
const bool l_661 = !l_660;
if (l_661) {
break;}
shared_memory_28[l_mut_242] = uint(0);
shared_memory_29[l_mut_242] = uint(4294967295);
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
l_mut_230 = float(0.0);
l_mut_222 = uint(0);
l_mut_213 = thread_index_in_threadgroup;
while (true) {
const bool l_662 = l_mut_213 < l_25;
const bool l_663 = !l_662;
if (l_663) {
break;}
const uint l_664 = l_26 + l_mut_213;
const float l_665 = buffer_0[l_664];
const uint l_666 = l_mut_213 * uint(1);
const uint l_667 = l_666 + uint(0);
const float l_668 = l_665;
l_mut_221 = l_668;
l_mut_212 = l_mut_222;
while (true) {
const uint l_669 = shared_memory_27[l_mut_212];
const bool l_670 = l_669 < l_667;
const bool l_671 = !l_670;
if (l_671) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_222 = l_mut_212;
l_mut_212 = uint(0);
while (true) {
const uint l_672 = l_mut_222 + l_mut_212;
const uint l_673 = shared_memory_27[l_672];
const bool l_674 = l_673 == l_667;
const bool l_675 = !l_674;
if (l_675) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_211 = l_mut_221;
const bool l_676 = l_mut_212 > uint(0);
if (l_676) {
const bool l_677 = l_mut_211 > float(0.0);
if (l_677) {
const float l_678 = l_mut_211 / l_16;
l_mut_211 = l_678;
} else {
const float l_679 = l_mut_211 * l_16;
l_mut_211 = l_679;
}
const float l_680 = float(l_mut_212);
const float l_681 = l_20 * l_680;
const float l_682 = l_mut_211 - l_681;
const float l_683 = l_682 - l_18;
l_mut_211 = l_683;
}
l_mut_221 = l_mut_211;
const uint l_684 = reinterpret_cast<thread uint const&>(l_mut_221);
l_mut_212 = l_684;
const bool l_685 = l_mut_212 == uint(2147483648);
if (l_685) {
l_mut_212 = uint(0);
}
const uint l_686 = l_mut_212 | uint(2147483648);
l_mut_51 = l_686;
const bool l_687 = l_mut_212 >= uint(2147483648);
if (l_687) {
const uint l_688 = ~l_mut_212;
l_mut_51 = l_688;
}
const bool l_689 = l_mut_51 > l_656;
const bool l_690 = l_mut_51 == l_656;
const bool l_691 = l_667 <= l_657;
const bool l_692 = l_690 && l_691;
const bool l_693 = l_689 || l_692;
if (l_693) {
l_mut_230 = l_mut_230 + float(1.0);
}
l_mut_213 = l_mut_213 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_230;
l_mut_221 = l_mut_230;
l_mut_212 = uint(1);
while (true) {
const bool l_694 = l_mut_212 < total_thread_in_threadgroup;
const bool l_695 = !l_694;
if (l_695) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);
const bool l_696 = thread_index_in_threadgroup >= l_mut_212;
if (l_696) {
const uint l_697 = thread_index_in_threadgroup - l_mut_212;
const float l_698 = shared_memory_30[l_697];
l_mut_211 = l_698;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = l_mut_221 + l_mut_211;
shared_memory_30[thread_index_in_threadgroup] = l_mut_221;
l_mut_212 = l_mut_212 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_699 = l_mut_221 - l_mut_230;
const uint l_700 = uint(l_699);
l_mut_212 = l_700;
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_701 = l_mut_40 < l_25;
const bool l_702 = !l_701;
if (l_702) {
break;}
const uint l_703 = l_26 + l_mut_40;
const float l_704 = buffer_0[l_703];
const uint l_705 = l_mut_40 * uint(1);
const uint l_706 = l_705 + uint(0);
const float l_707 = l_704;
l_mut_230 = l_707;
l_mut_39 = l_mut_51;
while (true) {
const uint l_708 = shared_memory_27[l_mut_39];
const bool l_709 = l_708 < l_706;
const bool l_710 = !l_709;
if (l_710) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_711 = l_mut_51 + l_mut_39;
const uint l_712 = shared_memory_27[l_711];
const bool l_713 = l_712 == l_706;
const bool l_714 = !l_713;
if (l_714) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_221 = l_mut_230;
const bool l_715 = l_mut_39 > uint(0);
if (l_715) {
const bool l_716 = l_mut_221 > float(0.0);
if (l_716) {
const float l_717 = l_mut_221 / l_16;
l_mut_221 = l_717;
} else {
const float l_718 = l_mut_221 * l_16;
l_mut_221 = l_718;
}
const float l_719 = float(l_mut_39);
const float l_720 = l_20 * l_719;
const float l_721 = l_mut_221 - l_720;
const float l_722 = l_721 - l_18;
l_mut_221 = l_722;
}
l_mut_230 = l_mut_221;
const uint l_723 = reinterpret_cast<thread uint const&>(l_mut_230);
l_mut_39 = l_723;
const bool l_724 = l_mut_39 == uint(2147483648);
if (l_724) {
l_mut_39 = uint(0);
}
const uint l_725 = l_mut_39 | uint(2147483648);
l_mut_726 = l_725;
const bool l_727 = l_mut_39 >= uint(2147483648);
if (l_727) {
const uint l_728 = ~l_mut_39;
l_mut_726 = l_728;
}
const bool l_729 = l_mut_726 > l_656;
const bool l_730 = l_mut_726 == l_656;
const bool l_731 = l_706 <= l_657;
const bool l_732 = l_730 && l_731;
const bool l_733 = l_729 || l_732;
if (l_733) {
const bool l_734 = l_mut_212 < info.scalars_uint[7];
if (l_734) {
shared_memory_28[l_mut_212] = l_mut_726;
shared_memory_29[l_mut_212] = l_706;
}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
l_mut_726 = uint(2);
while (true) {
const bool l_735 = l_mut_726 <= l_mut_474;
const bool l_736 = !l_735;
if (l_736) {
break;}
const uint l_737 = l_mut_726 / uint(2);
l_mut_39 = l_737;
while (true) {
const bool l_738 = l_mut_39 > uint(0);
const bool l_739 = !l_738;
if (l_739) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_740 = thread_index_in_threadgroup;
while (true) {
const uint l_741 = l_mut_474 / uint(2);
const bool l_742 = l_mut_740 < l_741;
const bool l_743 = !l_742;
if (l_743) {
break;}
const uint l_744 = l_mut_740 / l_mut_39;
const uint l_745 = l_744 * l_mut_39;
const uint l_746 = l_745 * uint(2);
const uint l_747 = l_mut_740 % l_mut_39;
const uint l_748 = l_746 + l_747;
const uint l_749 = l_748 + l_mut_39;
const uint l_750 = l_748 & l_mut_726;
const bool l_751 = l_750 == uint(0);
const uint l_752 = shared_memory_28[l_748];
const uint l_753 = shared_memory_29[l_748];
const uint l_754 = shared_memory_28[l_749];
const uint l_755 = shared_memory_29[l_749];
const bool l_756 = l_755 < l_753;
l_mut_416 = l_756;
const bool l_757 = l_753 < l_755;
l_mut_187 = l_757;
const bool l_758 = !bool(false);
if (l_758) {
const bool l_759 = l_754 > l_752;
const bool l_760 = l_754 == l_752;
const bool l_761 = l_755 < l_753;
const bool l_762 = l_760 && l_761;
const bool l_763 = l_759 || l_762;
l_mut_416 = l_763;
const bool l_764 = l_752 > l_754;
const bool l_765 = l_752 == l_754;
const bool l_766 = l_753 < l_755;
const bool l_767 = l_765 && l_766;
const bool l_768 = l_764 || l_767;
l_mut_187 = l_768;
}
const bool l_769 = l_751 && l_mut_416;
const bool l_770 = !l_751;
const bool l_771 = l_770 && l_mut_187;
const bool l_772 = l_769 || l_771;
if (l_772) {
shared_memory_28[l_748] = l_754;
shared_memory_29[l_748] = l_755;
shared_memory_28[l_749] = l_752;
shared_memory_29[l_749] = l_753;
}
l_mut_740 = l_mut_740 + total_thread_in_threadgroup;
}
l_mut_39 = l_mut_39 / uint(2);
}
l_mut_726 = l_mut_726 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_740 = thread_index_in_threadgroup;
while (true) {
const bool l_773 = l_mut_740 < info.scalars_uint[7];
const bool l_774 = !l_773;
if (l_774) {
break;}
const uint l_775 = l_1 * info.scalars_uint[7];
const uint l_776 = l_775 + l_mut_740;
const uint l_777 = shared_memory_29[l_mut_740];
buffer_6[l_776] = l_777;
const uint l_778 = shared_memory_28[l_mut_740];
const uint l_779 = ~l_778;
l_mut_726 = l_779;
const bool l_780 = l_778 >= uint(2147483648);
if (l_780) {
const uint l_781 = l_778 & uint(2147483647);
l_mut_726 = l_781;
}
const float l_782 = reinterpret_cast<thread float const&>(l_mut_726);
const float l_783 = l_782 - l_mut_90;
const float l_784 = l_783 * l_mut_22;
const float l_785 = l_784 - l_185;
buffer_7[l_776] = l_785;
l_mut_740 = l_mut_740 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_786 = !l_21;
if (l_786) {
l_mut_740 = uint(0);
l_mut_726 = uint(4294967295);
l_mut_474 = info.scalars_uint[1];
l_mut_416 = bool(false);
const bool l_787 = l_10 < info.scalars_uint[1];
if (l_787) {
const float l_788 = float(l_10);
l_mut_242 = uint(0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_187 = bool(false);
l_mut_222 = uint(0);
while (true) {
const bool l_789 = l_mut_222 < uint(8);
const bool l_790 = !l_mut_187;
const bool l_791 = l_789 && l_790;
const bool l_792 = !l_791;
if (l_792) {
break;}
const uint l_793 = uint(4) * l_mut_222;
const uint l_794 = uint(28) - l_793;
l_mut_213 = uint(0);
const bool l_795 = l_mut_222 > uint(0);
if (l_795) {
const uint l_796 = l_794 + uint(4);
const uint l_797 = uint(4294967295) << l_796;
l_mut_213 = l_797;
}
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_209 = float(0.0);
l_mut_208 = float(0.0);
l_mut_207 = float(0.0);
l_mut_206 = float(0.0);
l_mut_205 = float(0.0);
l_mut_204 = float(0.0);
l_mut_203 = float(0.0);
l_mut_202 = float(0.0);
l_mut_201 = float(0.0);
l_mut_200 = float(0.0);
l_mut_199 = float(0.0);
l_mut_198 = float(0.0);
l_mut_197 = float(0.0);
l_mut_157 = float(0.0);
l_mut_212 = uint(0);
l_mut_51 = thread_index_in_threadgroup;
while (true) {
const bool l_798 = l_mut_51 < l_25;
const bool l_799 = !l_798;
if (l_799) {
break;}
const uint l_800 = l_26 + l_mut_51;
const float l_801 = buffer_0[l_800];
const uint l_802 = l_mut_51 * uint(1);
const uint l_803 = l_802 + uint(0);
const float l_804 = l_801;
l_mut_71 = l_804;
l_mut_40 = l_mut_212;
while (true) {
const uint l_805 = shared_memory_27[l_mut_40];
const bool l_806 = l_805 < l_803;
const bool l_807 = !l_806;
if (l_807) {
break;}
l_mut_40 = l_mut_40 + uint(1);
}
l_mut_212 = l_mut_40;
l_mut_40 = uint(0);
while (true) {
const uint l_808 = l_mut_212 + l_mut_40;
const uint l_809 = shared_memory_27[l_808];
const bool l_810 = l_809 == l_803;
const bool l_811 = !l_810;
if (l_811) {
break;}
l_mut_40 = l_mut_40 + uint(1);
}
l_mut_70 = l_mut_71;
const bool l_812 = l_mut_40 > uint(0);
if (l_812) {
const bool l_813 = l_mut_70 > float(0.0);
if (l_813) {
const float l_814 = l_mut_70 / l_16;
l_mut_70 = l_814;
} else {
const float l_815 = l_mut_70 * l_16;
l_mut_70 = l_815;
}
const float l_816 = float(l_mut_40);
const float l_817 = l_20 * l_816;
const float l_818 = l_mut_70 - l_817;
const float l_819 = l_818 - l_18;
l_mut_70 = l_819;
}
l_mut_71 = l_mut_70;
const uint l_820 = reinterpret_cast<thread uint const&>(l_mut_71);
l_mut_40 = l_820;
const bool l_821 = l_mut_40 == uint(2147483648);
if (l_821) {
l_mut_40 = uint(0);
}
const uint l_822 = l_mut_40 | uint(2147483648);
l_mut_39 = l_822;
const bool l_823 = l_mut_40 >= uint(2147483648);
if (l_823) {
const uint l_824 = ~l_mut_40;
l_mut_39 = l_824;
}
const uint l_825 = l_mut_39 & l_mut_213;
const bool l_826 = l_825 == l_mut_242;
const bool l_827 = l_mut_39 > uint(0);
const bool l_828 = l_mut_39 == uint(0);
const bool l_829 = l_803 <= uint(4294967295);
const bool l_830 = l_828 && l_829;
const bool l_831 = l_827 || l_830;
const bool l_832 = l_826 && l_831;
if (l_832) {
l_mut_70 = float(1.0);
const uint l_833 = l_mut_39 >> l_794;
const uint l_834 = l_833 & uint(15);
const bool l_835 = l_834 == uint(0);
if (l_835) {
l_mut_211 = l_mut_211 + l_mut_70;
} else {
const bool l_836 = l_834 == uint(1);
if (l_836) {
l_mut_210 = l_mut_210 + l_mut_70;
} else {
const bool l_837 = l_834 == uint(2);
if (l_837) {
l_mut_209 = l_mut_209 + l_mut_70;
} else {
const bool l_838 = l_834 == uint(3);
if (l_838) {
l_mut_208 = l_mut_208 + l_mut_70;
} else {
const bool l_839 = l_834 == uint(4);
if (l_839) {
l_mut_207 = l_mut_207 + l_mut_70;
} else {
const bool l_840 = l_834 == uint(5);
if (l_840) {
l_mut_206 = l_mut_206 + l_mut_70;
} else {
const bool l_841 = l_834 == uint(6);
if (l_841) {
l_mut_205 = l_mut_205 + l_mut_70;
} else {
const bool l_842 = l_834 == uint(7);
if (l_842) {
l_mut_204 = l_mut_204 + l_mut_70;
} else {
const bool l_843 = l_834 == uint(8);
if (l_843) {
l_mut_203 = l_mut_203 + l_mut_70;
} else {
const bool l_844 = l_834 == uint(9);
if (l_844) {
l_mut_202 = l_mut_202 + l_mut_70;
} else {
const bool l_845 = l_834 == uint(10);
if (l_845) {
l_mut_201 = l_mut_201 + l_mut_70;
} else {
const bool l_846 = l_834 == uint(11);
if (l_846) {
l_mut_200 = l_mut_200 + l_mut_70;
} else {
const bool l_847 = l_834 == uint(12);
if (l_847) {
l_mut_199 = l_mut_199 + l_mut_70;
} else {
const bool l_848 = l_834 == uint(13);
if (l_848) {
l_mut_198 = l_mut_198 + l_mut_70;
} else {
const bool l_849 = l_834 == uint(14);
if (l_849) {
l_mut_197 = l_mut_197 + l_mut_70;
} else {
const bool l_850 = l_834 == uint(15);
if (l_850) {
l_mut_157 = l_mut_157 + l_mut_70;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_51 = l_mut_51 + total_thread_in_threadgroup;
}
const float l_851 = float {simd_sum(l_mut_211)
};
const uint l_852 = total_thread_in_threadgroup + simd_size;
const uint l_853 = l_852 - uint(1);
const uint l_854 = l_853 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_855 = thread_index_in_threadgroup % simd_size;
const bool l_856 = l_855 == uint(0);
if (l_856) {
const uint l_857 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_857] = l_851;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_858 = uint(0); l_mut_858 < l_854; ++l_mut_858) {
const float l_859 = shared_memory_33[l_mut_858];
l_mut_211 = l_mut_211 + l_859;
}
const float l_860 = float {simd_sum(l_mut_210)
};
const uint l_861 = total_thread_in_threadgroup + simd_size;
const uint l_862 = l_861 - uint(1);
const uint l_863 = l_862 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_864 = thread_index_in_threadgroup % simd_size;
const bool l_865 = l_864 == uint(0);
if (l_865) {
const uint l_866 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_866] = l_860;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_867 = uint(0); l_mut_867 < l_863; ++l_mut_867) {
const float l_868 = shared_memory_33[l_mut_867];
l_mut_210 = l_mut_210 + l_868;
}
const float l_869 = float {simd_sum(l_mut_209)
};
const uint l_870 = total_thread_in_threadgroup + simd_size;
const uint l_871 = l_870 - uint(1);
const uint l_872 = l_871 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_873 = thread_index_in_threadgroup % simd_size;
const bool l_874 = l_873 == uint(0);
if (l_874) {
const uint l_875 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_875] = l_869;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_876 = uint(0); l_mut_876 < l_872; ++l_mut_876) {
const float l_877 = shared_memory_33[l_mut_876];
l_mut_209 = l_mut_209 + l_877;
}
const float l_878 = float {simd_sum(l_mut_208)
};
const uint l_879 = total_thread_in_threadgroup + simd_size;
const uint l_880 = l_879 - uint(1);
const uint l_881 = l_880 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_882 = thread_index_in_threadgroup % simd_size;
const bool l_883 = l_882 == uint(0);
if (l_883) {
const uint l_884 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_884] = l_878;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_885 = uint(0); l_mut_885 < l_881; ++l_mut_885) {
const float l_886 = shared_memory_33[l_mut_885];
l_mut_208 = l_mut_208 + l_886;
}
const float l_887 = float {simd_sum(l_mut_207)
};
const uint l_888 = total_thread_in_threadgroup + simd_size;
const uint l_889 = l_888 - uint(1);
const uint l_890 = l_889 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_891 = thread_index_in_threadgroup % simd_size;
const bool l_892 = l_891 == uint(0);
if (l_892) {
const uint l_893 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_893] = l_887;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_894 = uint(0); l_mut_894 < l_890; ++l_mut_894) {
const float l_895 = shared_memory_33[l_mut_894];
l_mut_207 = l_mut_207 + l_895;
}
const float l_896 = float {simd_sum(l_mut_206)
};
const uint l_897 = total_thread_in_threadgroup + simd_size;
const uint l_898 = l_897 - uint(1);
const uint l_899 = l_898 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_900 = thread_index_in_threadgroup % simd_size;
const bool l_901 = l_900 == uint(0);
if (l_901) {
const uint l_902 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_902] = l_896;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_903 = uint(0); l_mut_903 < l_899; ++l_mut_903) {
const float l_904 = shared_memory_33[l_mut_903];
l_mut_206 = l_mut_206 + l_904;
}
const float l_905 = float {simd_sum(l_mut_205)
};
const uint l_906 = total_thread_in_threadgroup + simd_size;
const uint l_907 = l_906 - uint(1);
const uint l_908 = l_907 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_909 = thread_index_in_threadgroup % simd_size;
const bool l_910 = l_909 == uint(0);
if (l_910) {
const uint l_911 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_911] = l_905;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_912 = uint(0); l_mut_912 < l_908; ++l_mut_912) {
const float l_913 = shared_memory_33[l_mut_912];
l_mut_205 = l_mut_205 + l_913;
}
const float l_914 = float {simd_sum(l_mut_204)
};
const uint l_915 = total_thread_in_threadgroup + simd_size;
const uint l_916 = l_915 - uint(1);
const uint l_917 = l_916 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_918 = thread_index_in_threadgroup % simd_size;
const bool l_919 = l_918 == uint(0);
if (l_919) {
const uint l_920 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_920] = l_914;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_921 = uint(0); l_mut_921 < l_917; ++l_mut_921) {
const float l_922 = shared_memory_33[l_mut_921];
l_mut_204 = l_mut_204 + l_922;
}
const float l_923 = float {simd_sum(l_mut_203)
};
const uint l_924 = total_thread_in_threadgroup + simd_size;
const uint l_925 = l_924 - uint(1);
const uint l_926 = l_925 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_927 = thread_index_in_threadgroup % simd_size;
const bool l_928 = l_927 == uint(0);
if (l_928) {
const uint l_929 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_929] = l_923;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_930 = uint(0); l_mut_930 < l_926; ++l_mut_930) {
const float l_931 = shared_memory_33[l_mut_930];
l_mut_203 = l_mut_203 + l_931;
}
const float l_932 = float {simd_sum(l_mut_202)
};
const uint l_933 = total_thread_in_threadgroup + simd_size;
const uint l_934 = l_933 - uint(1);
const uint l_935 = l_934 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_936 = thread_index_in_threadgroup % simd_size;
const bool l_937 = l_936 == uint(0);
if (l_937) {
const uint l_938 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_938] = l_932;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_939 = uint(0); l_mut_939 < l_935; ++l_mut_939) {
const float l_940 = shared_memory_33[l_mut_939];
l_mut_202 = l_mut_202 + l_940;
}
const float l_941 = float {simd_sum(l_mut_201)
};
const uint l_942 = total_thread_in_threadgroup + simd_size;
const uint l_943 = l_942 - uint(1);
const uint l_944 = l_943 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_945 = thread_index_in_threadgroup % simd_size;
const bool l_946 = l_945 == uint(0);
if (l_946) {
const uint l_947 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_947] = l_941;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_948 = uint(0); l_mut_948 < l_944; ++l_mut_948) {
const float l_949 = shared_memory_33[l_mut_948];
l_mut_201 = l_mut_201 + l_949;
}
const float l_950 = float {simd_sum(l_mut_200)
};
const uint l_951 = total_thread_in_threadgroup + simd_size;
const uint l_952 = l_951 - uint(1);
const uint l_953 = l_952 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_954 = thread_index_in_threadgroup % simd_size;
const bool l_955 = l_954 == uint(0);
if (l_955) {
const uint l_956 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_956] = l_950;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_957 = uint(0); l_mut_957 < l_953; ++l_mut_957) {
const float l_958 = shared_memory_33[l_mut_957];
l_mut_200 = l_mut_200 + l_958;
}
const float l_959 = float {simd_sum(l_mut_199)
};
const uint l_960 = total_thread_in_threadgroup + simd_size;
const uint l_961 = l_960 - uint(1);
const uint l_962 = l_961 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_963 = thread_index_in_threadgroup % simd_size;
const bool l_964 = l_963 == uint(0);
if (l_964) {
const uint l_965 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_965] = l_959;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_966 = uint(0); l_mut_966 < l_962; ++l_mut_966) {
const float l_967 = shared_memory_33[l_mut_966];
l_mut_199 = l_mut_199 + l_967;
}
const float l_968 = float {simd_sum(l_mut_198)
};
const uint l_969 = total_thread_in_threadgroup + simd_size;
const uint l_970 = l_969 - uint(1);
const uint l_971 = l_970 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_972 = thread_index_in_threadgroup % simd_size;
const bool l_973 = l_972 == uint(0);
if (l_973) {
const uint l_974 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_974] = l_968;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_975 = uint(0); l_mut_975 < l_971; ++l_mut_975) {
const float l_976 = shared_memory_33[l_mut_975];
l_mut_198 = l_mut_198 + l_976;
}
const float l_977 = float {simd_sum(l_mut_197)
};
const uint l_978 = total_thread_in_threadgroup + simd_size;
const uint l_979 = l_978 - uint(1);
const uint l_980 = l_979 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_981 = thread_index_in_threadgroup % simd_size;
const bool l_982 = l_981 == uint(0);
if (l_982) {
const uint l_983 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_983] = l_977;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_984 = uint(0); l_mut_984 < l_980; ++l_mut_984) {
const float l_985 = shared_memory_33[l_mut_984];
l_mut_197 = l_mut_197 + l_985;
}
const float l_986 = float {simd_sum(l_mut_157)
};
const uint l_987 = total_thread_in_threadgroup + simd_size;
const uint l_988 = l_987 - uint(1);
const uint l_989 = l_988 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_990 = thread_index_in_threadgroup % simd_size;
const bool l_991 = l_990 == uint(0);
if (l_991) {
const uint l_992 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_992] = l_986;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_993 = uint(0); l_mut_993 < l_989; ++l_mut_993) {
const float l_994 = shared_memory_33[l_mut_993];
l_mut_157 = l_mut_157 + l_994;
}
const bool l_995 = thread_index_in_threadgroup == uint(0);
if (l_995) {
shared_memory_32[uint(0)] = l_mut_211;
shared_memory_32[uint(1)] = l_mut_210;
shared_memory_32[uint(2)] = l_mut_209;
shared_memory_32[uint(3)] = l_mut_208;
shared_memory_32[uint(4)] = l_mut_207;
shared_memory_32[uint(5)] = l_mut_206;
shared_memory_32[uint(6)] = l_mut_205;
shared_memory_32[uint(7)] = l_mut_204;
shared_memory_32[uint(8)] = l_mut_203;
shared_memory_32[uint(9)] = l_mut_202;
shared_memory_32[uint(10)] = l_mut_201;
shared_memory_32[uint(11)] = l_mut_200;
shared_memory_32[uint(12)] = l_mut_199;
shared_memory_32[uint(13)] = l_mut_198;
shared_memory_32[uint(14)] = l_mut_197;
shared_memory_32[uint(15)] = l_mut_157;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);
l_mut_40 = uint(0);
l_mut_996 = bool(false);
l_mut_210 = float(0.0);

for (uint l_mut_997 = uint(0); l_mut_997 < uint(16); ++l_mut_997) {
l_mut_39 = l_mut_997;
const uint l_998 = uint(15) - l_mut_997;
l_mut_39 = l_998;
l_mut_209 = l_mut_211;
const float l_999 = shared_memory_32[l_mut_39];
l_mut_211 = l_mut_211 + l_999;
const bool l_1000 = !l_mut_996;
const float l_1001 = l_mut_230 + l_mut_211;
const bool l_1002 = l_1001 >= l_788;
const bool l_1003 = l_1000 && l_1002;
if (l_1003) {
l_mut_40 = l_mut_39;
l_mut_996 = bool(true);
l_mut_210 = l_mut_209;
}
}
if (l_mut_996) {
l_mut_230 = l_mut_230 + l_mut_210;
const float l_1004 = shared_memory_32[l_mut_40];
l_mut_221 = l_1004;
const uint l_1005 = l_mut_40 << l_794;
l_mut_242 = l_mut_242 | l_1005;
} else {
l_mut_187 = bool(true);
}
l_mut_222 = l_mut_222 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1006 = thread_index_in_threadgroup == uint(0);
if (l_1006) {
if (l_mut_187) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_242;
}
const uint l_1007 = reinterpret_cast<thread uint const&>(l_mut_230);
shared_memory_31[uint(3)] = l_1007;
const uint l_1008 = reinterpret_cast<thread uint const&>(l_mut_221);
shared_memory_31[uint(1)] = l_1008;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1009 = shared_memory_31[uint(2)];
const uint l_1010 = shared_memory_31[uint(3)];
const float l_1011 = reinterpret_cast<thread float const&>(l_1010);
const uint l_1012 = uint(l_1011);
const uint l_1013 = l_10 - l_1012;
const uint l_1014 = shared_memory_31[uint(1)];
const float l_1015 = reinterpret_cast<thread float const&>(l_1014);
const uint l_1016 = uint(l_1015);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = uint(4294967295);
const bool l_1017 = l_1016 > l_1013;
if (l_1017) {
l_mut_222 = uint(0);
l_mut_230 = float(0.0);
const float l_1018 = float(l_1013);
l_mut_213 = uint(0);
while (true) {
const bool l_1019 = l_mut_213 < uint(8);
const bool l_1020 = !l_1019;
if (l_1020) {
break;}
const uint l_1021 = uint(4) * l_mut_213;
const uint l_1022 = uint(28) - l_1021;
const uint l_1023 = info.scalars_uint[1] - uint(1);
const uint l_1024 = l_1023 >> l_1022;
const bool l_1025 = l_1024 > uint(0);
if (l_1025) {
l_mut_212 = uint(0);
const bool l_1026 = l_mut_213 > uint(0);
if (l_1026) {
const uint l_1027 = l_1022 + uint(4);
const uint l_1028 = uint(4294967295) << l_1027;
l_mut_212 = l_1028;
}
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_209 = float(0.0);
l_mut_208 = float(0.0);
l_mut_207 = float(0.0);
l_mut_206 = float(0.0);
l_mut_205 = float(0.0);
l_mut_204 = float(0.0);
l_mut_203 = float(0.0);
l_mut_202 = float(0.0);
l_mut_201 = float(0.0);
l_mut_200 = float(0.0);
l_mut_199 = float(0.0);
l_mut_198 = float(0.0);
l_mut_197 = float(0.0);
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_1029 = l_mut_40 < l_25;
const bool l_1030 = !l_1029;
if (l_1030) {
break;}
const uint l_1031 = l_26 + l_mut_40;
const float l_1032 = buffer_0[l_1031];
const uint l_1033 = l_mut_40 * uint(1);
const uint l_1034 = l_1033 + uint(0);
const float l_1035 = l_1032;
l_mut_157 = l_1035;
l_mut_39 = l_mut_51;
while (true) {
const uint l_1036 = shared_memory_27[l_mut_39];
const bool l_1037 = l_1036 < l_1034;
const bool l_1038 = !l_1037;
if (l_1038) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_1039 = l_mut_51 + l_mut_39;
const uint l_1040 = shared_memory_27[l_1039];
const bool l_1041 = l_1040 == l_1034;
const bool l_1042 = !l_1041;
if (l_1042) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_71 = l_mut_157;
const bool l_1043 = l_mut_39 > uint(0);
if (l_1043) {
const bool l_1044 = l_mut_71 > float(0.0);
if (l_1044) {
const float l_1045 = l_mut_71 / l_16;
l_mut_71 = l_1045;
} else {
const float l_1046 = l_mut_71 * l_16;
l_mut_71 = l_1046;
}
const float l_1047 = float(l_mut_39);
const float l_1048 = l_20 * l_1047;
const float l_1049 = l_mut_71 - l_1048;
const float l_1050 = l_1049 - l_18;
l_mut_71 = l_1050;
}
l_mut_157 = l_mut_71;
const uint l_1051 = reinterpret_cast<thread uint const&>(l_mut_157);
l_mut_39 = l_1051;
const bool l_1052 = l_mut_39 == uint(2147483648);
if (l_1052) {
l_mut_39 = uint(0);
}
const uint l_1053 = l_mut_39 | uint(2147483648);
l_mut_1054 = l_1053;
const bool l_1055 = l_mut_39 >= uint(2147483648);
if (l_1055) {
const uint l_1056 = ~l_mut_39;
l_mut_1054 = l_1056;
}
const bool l_1057 = l_mut_1054 == l_1009;
const bool l_1058 = l_1034 <= uint(4294967295);
const bool l_1059 = l_1057 && l_1058;
const uint l_1060 = l_1034 & l_mut_212;
const bool l_1061 = l_1060 == l_mut_222;
const bool l_1062 = l_1059 && l_1061;
if (l_1062) {
const uint l_1063 = l_1034 >> l_1022;
const uint l_1064 = l_1063 & uint(15);
const bool l_1065 = l_1064 == uint(0);
if (l_1065) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_1066 = l_1064 == uint(1);
if (l_1066) {
l_mut_211 = l_mut_211 + float(1.0);
} else {
const bool l_1067 = l_1064 == uint(2);
if (l_1067) {
l_mut_210 = l_mut_210 + float(1.0);
} else {
const bool l_1068 = l_1064 == uint(3);
if (l_1068) {
l_mut_209 = l_mut_209 + float(1.0);
} else {
const bool l_1069 = l_1064 == uint(4);
if (l_1069) {
l_mut_208 = l_mut_208 + float(1.0);
} else {
const bool l_1070 = l_1064 == uint(5);
if (l_1070) {
l_mut_207 = l_mut_207 + float(1.0);
} else {
const bool l_1071 = l_1064 == uint(6);
if (l_1071) {
l_mut_206 = l_mut_206 + float(1.0);
} else {
const bool l_1072 = l_1064 == uint(7);
if (l_1072) {
l_mut_205 = l_mut_205 + float(1.0);
} else {
const bool l_1073 = l_1064 == uint(8);
if (l_1073) {
l_mut_204 = l_mut_204 + float(1.0);
} else {
const bool l_1074 = l_1064 == uint(9);
if (l_1074) {
l_mut_203 = l_mut_203 + float(1.0);
} else {
const bool l_1075 = l_1064 == uint(10);
if (l_1075) {
l_mut_202 = l_mut_202 + float(1.0);
} else {
const bool l_1076 = l_1064 == uint(11);
if (l_1076) {
l_mut_201 = l_mut_201 + float(1.0);
} else {
const bool l_1077 = l_1064 == uint(12);
if (l_1077) {
l_mut_200 = l_mut_200 + float(1.0);
} else {
const bool l_1078 = l_1064 == uint(13);
if (l_1078) {
l_mut_199 = l_mut_199 + float(1.0);
} else {
const bool l_1079 = l_1064 == uint(14);
if (l_1079) {
l_mut_198 = l_mut_198 + float(1.0);
} else {
const bool l_1080 = l_1064 == uint(15);
if (l_1080) {
l_mut_197 = l_mut_197 + float(1.0);
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
const float l_1081 = float {simd_sum(l_mut_221)
};
const uint l_1082 = total_thread_in_threadgroup + simd_size;
const uint l_1083 = l_1082 - uint(1);
const uint l_1084 = l_1083 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1085 = thread_index_in_threadgroup % simd_size;
const bool l_1086 = l_1085 == uint(0);
if (l_1086) {
const uint l_1087 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1087] = l_1081;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1088 = uint(0); l_mut_1088 < l_1084; ++l_mut_1088) {
const float l_1089 = shared_memory_33[l_mut_1088];
l_mut_221 = l_mut_221 + l_1089;
}
const float l_1090 = float {simd_sum(l_mut_211)
};
const uint l_1091 = total_thread_in_threadgroup + simd_size;
const uint l_1092 = l_1091 - uint(1);
const uint l_1093 = l_1092 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1094 = thread_index_in_threadgroup % simd_size;
const bool l_1095 = l_1094 == uint(0);
if (l_1095) {
const uint l_1096 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1096] = l_1090;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_1097 = uint(0); l_mut_1097 < l_1093; ++l_mut_1097) {
const float l_1098 = shared_memory_33[l_mut_1097];
l_mut_211 = l_mut_211 + l_1098;
}
const float l_1099 = float {simd_sum(l_mut_210)
};
const uint l_1100 = total_thread_in_threadgroup + simd_size;
const uint l_1101 = l_1100 - uint(1);
const uint l_1102 = l_1101 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1103 = thread_index_in_threadgroup % simd_size;
const bool l_1104 = l_1103 == uint(0);
if (l_1104) {
const uint l_1105 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1105] = l_1099;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_1106 = uint(0); l_mut_1106 < l_1102; ++l_mut_1106) {
const float l_1107 = shared_memory_33[l_mut_1106];
l_mut_210 = l_mut_210 + l_1107;
}
const float l_1108 = float {simd_sum(l_mut_209)
};
const uint l_1109 = total_thread_in_threadgroup + simd_size;
const uint l_1110 = l_1109 - uint(1);
const uint l_1111 = l_1110 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1112 = thread_index_in_threadgroup % simd_size;
const bool l_1113 = l_1112 == uint(0);
if (l_1113) {
const uint l_1114 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1114] = l_1108;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_1115 = uint(0); l_mut_1115 < l_1111; ++l_mut_1115) {
const float l_1116 = shared_memory_33[l_mut_1115];
l_mut_209 = l_mut_209 + l_1116;
}
const float l_1117 = float {simd_sum(l_mut_208)
};
const uint l_1118 = total_thread_in_threadgroup + simd_size;
const uint l_1119 = l_1118 - uint(1);
const uint l_1120 = l_1119 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1121 = thread_index_in_threadgroup % simd_size;
const bool l_1122 = l_1121 == uint(0);
if (l_1122) {
const uint l_1123 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1123] = l_1117;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_1124 = uint(0); l_mut_1124 < l_1120; ++l_mut_1124) {
const float l_1125 = shared_memory_33[l_mut_1124];
l_mut_208 = l_mut_208 + l_1125;
}
const float l_1126 = float {simd_sum(l_mut_207)
};
const uint l_1127 = total_thread_in_threadgroup + simd_size;
const uint l_1128 = l_1127 - uint(1);
const uint l_1129 = l_1128 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1130 = thread_index_in_threadgroup % simd_size;
const bool l_1131 = l_1130 == uint(0);
if (l_1131) {
const uint l_1132 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1132] = l_1126;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_1133 = uint(0); l_mut_1133 < l_1129; ++l_mut_1133) {
const float l_1134 = shared_memory_33[l_mut_1133];
l_mut_207 = l_mut_207 + l_1134;
}
const float l_1135 = float {simd_sum(l_mut_206)
};
const uint l_1136 = total_thread_in_threadgroup + simd_size;
const uint l_1137 = l_1136 - uint(1);
const uint l_1138 = l_1137 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1139 = thread_index_in_threadgroup % simd_size;
const bool l_1140 = l_1139 == uint(0);
if (l_1140) {
const uint l_1141 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1141] = l_1135;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_1142 = uint(0); l_mut_1142 < l_1138; ++l_mut_1142) {
const float l_1143 = shared_memory_33[l_mut_1142];
l_mut_206 = l_mut_206 + l_1143;
}
const float l_1144 = float {simd_sum(l_mut_205)
};
const uint l_1145 = total_thread_in_threadgroup + simd_size;
const uint l_1146 = l_1145 - uint(1);
const uint l_1147 = l_1146 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1148 = thread_index_in_threadgroup % simd_size;
const bool l_1149 = l_1148 == uint(0);
if (l_1149) {
const uint l_1150 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1150] = l_1144;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_1151 = uint(0); l_mut_1151 < l_1147; ++l_mut_1151) {
const float l_1152 = shared_memory_33[l_mut_1151];
l_mut_205 = l_mut_205 + l_1152;
}
const float l_1153 = float {simd_sum(l_mut_204)
};
const uint l_1154 = total_thread_in_threadgroup + simd_size;
const uint l_1155 = l_1154 - uint(1);
const uint l_1156 = l_1155 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1157 = thread_index_in_threadgroup % simd_size;
const bool l_1158 = l_1157 == uint(0);
if (l_1158) {
const uint l_1159 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1159] = l_1153;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_1160 = uint(0); l_mut_1160 < l_1156; ++l_mut_1160) {
const float l_1161 = shared_memory_33[l_mut_1160];
l_mut_204 = l_mut_204 + l_1161;
}
const float l_1162 = float {simd_sum(l_mut_203)
};
const uint l_1163 = total_thread_in_threadgroup + simd_size;
const uint l_1164 = l_1163 - uint(1);
const uint l_1165 = l_1164 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1166 = thread_index_in_threadgroup % simd_size;
const bool l_1167 = l_1166 == uint(0);
if (l_1167) {
const uint l_1168 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1168] = l_1162;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_1169 = uint(0); l_mut_1169 < l_1165; ++l_mut_1169) {
const float l_1170 = shared_memory_33[l_mut_1169];
l_mut_203 = l_mut_203 + l_1170;
}
const float l_1171 = float {simd_sum(l_mut_202)
};
const uint l_1172 = total_thread_in_threadgroup + simd_size;
const uint l_1173 = l_1172 - uint(1);
const uint l_1174 = l_1173 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1175 = thread_index_in_threadgroup % simd_size;
const bool l_1176 = l_1175 == uint(0);
if (l_1176) {
const uint l_1177 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1177] = l_1171;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_1178 = uint(0); l_mut_1178 < l_1174; ++l_mut_1178) {
const float l_1179 = shared_memory_33[l_mut_1178];
l_mut_202 = l_mut_202 + l_1179;
}
const float l_1180 = float {simd_sum(l_mut_201)
};
const uint l_1181 = total_thread_in_threadgroup + simd_size;
const uint l_1182 = l_1181 - uint(1);
const uint l_1183 = l_1182 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1184 = thread_index_in_threadgroup % simd_size;
const bool l_1185 = l_1184 == uint(0);
if (l_1185) {
const uint l_1186 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1186] = l_1180;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_1187 = uint(0); l_mut_1187 < l_1183; ++l_mut_1187) {
const float l_1188 = shared_memory_33[l_mut_1187];
l_mut_201 = l_mut_201 + l_1188;
}
const float l_1189 = float {simd_sum(l_mut_200)
};
const uint l_1190 = total_thread_in_threadgroup + simd_size;
const uint l_1191 = l_1190 - uint(1);
const uint l_1192 = l_1191 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1193 = thread_index_in_threadgroup % simd_size;
const bool l_1194 = l_1193 == uint(0);
if (l_1194) {
const uint l_1195 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1195] = l_1189;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_1196 = uint(0); l_mut_1196 < l_1192; ++l_mut_1196) {
const float l_1197 = shared_memory_33[l_mut_1196];
l_mut_200 = l_mut_200 + l_1197;
}
const float l_1198 = float {simd_sum(l_mut_199)
};
const uint l_1199 = total_thread_in_threadgroup + simd_size;
const uint l_1200 = l_1199 - uint(1);
const uint l_1201 = l_1200 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1202 = thread_index_in_threadgroup % simd_size;
const bool l_1203 = l_1202 == uint(0);
if (l_1203) {
const uint l_1204 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1204] = l_1198;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_1205 = uint(0); l_mut_1205 < l_1201; ++l_mut_1205) {
const float l_1206 = shared_memory_33[l_mut_1205];
l_mut_199 = l_mut_199 + l_1206;
}
const float l_1207 = float {simd_sum(l_mut_198)
};
const uint l_1208 = total_thread_in_threadgroup + simd_size;
const uint l_1209 = l_1208 - uint(1);
const uint l_1210 = l_1209 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1211 = thread_index_in_threadgroup % simd_size;
const bool l_1212 = l_1211 == uint(0);
if (l_1212) {
const uint l_1213 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1213] = l_1207;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_1214 = uint(0); l_mut_1214 < l_1210; ++l_mut_1214) {
const float l_1215 = shared_memory_33[l_mut_1214];
l_mut_198 = l_mut_198 + l_1215;
}
const float l_1216 = float {simd_sum(l_mut_197)
};
const uint l_1217 = total_thread_in_threadgroup + simd_size;
const uint l_1218 = l_1217 - uint(1);
const uint l_1219 = l_1218 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1220 = thread_index_in_threadgroup % simd_size;
const bool l_1221 = l_1220 == uint(0);
if (l_1221) {
const uint l_1222 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1222] = l_1216;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_1223 = uint(0); l_mut_1223 < l_1219; ++l_mut_1223) {
const float l_1224 = shared_memory_33[l_mut_1223];
l_mut_197 = l_mut_197 + l_1224;
}
const bool l_1225 = thread_index_in_threadgroup == uint(0);
if (l_1225) {
shared_memory_32[uint(0)] = l_mut_221;
shared_memory_32[uint(1)] = l_mut_211;
shared_memory_32[uint(2)] = l_mut_210;
shared_memory_32[uint(3)] = l_mut_209;
shared_memory_32[uint(4)] = l_mut_208;
shared_memory_32[uint(5)] = l_mut_207;
shared_memory_32[uint(6)] = l_mut_206;
shared_memory_32[uint(7)] = l_mut_205;
shared_memory_32[uint(8)] = l_mut_204;
shared_memory_32[uint(9)] = l_mut_203;
shared_memory_32[uint(10)] = l_mut_202;
shared_memory_32[uint(11)] = l_mut_201;
shared_memory_32[uint(12)] = l_mut_200;
shared_memory_32[uint(13)] = l_mut_199;
shared_memory_32[uint(14)] = l_mut_198;
shared_memory_32[uint(15)] = l_mut_197;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);
l_mut_1054 = uint(0);
l_mut_996 = bool(false);
l_mut_211 = float(0.0);

for (uint l_mut_1226 = uint(0); l_mut_1226 < uint(16); ++l_mut_1226) {
l_mut_39 = l_mut_1226;
l_mut_210 = l_mut_221;
const float l_1227 = shared_memory_32[l_mut_39];
l_mut_221 = l_mut_221 + l_1227;
const bool l_1228 = !l_mut_996;
const float l_1229 = l_mut_230 + l_mut_221;
const bool l_1230 = l_1229 >= l_1018;
const bool l_1231 = l_1228 && l_1230;
if (l_1231) {
l_mut_1054 = l_mut_39;
l_mut_996 = bool(true);
l_mut_211 = l_mut_210;
}
}
l_mut_230 = l_mut_230 + l_mut_211;
const uint l_1232 = l_mut_1054 << l_1022;
l_mut_222 = l_mut_222 | l_1232;
}
l_mut_213 = l_mut_213 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1233 = thread_index_in_threadgroup == uint(0);
if (l_1233) {
shared_memory_31[uint(3)] = l_mut_222;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1234 = shared_memory_31[uint(3)];
l_mut_242 = l_1234;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_1235 = thread_index_in_threadgroup == uint(0);
if (l_1235) {
shared_memory_31[uint(2)] = l_1009;
shared_memory_31[uint(3)] = l_mut_242;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1236 = shared_memory_31[uint(2)];
l_mut_740 = l_1236;
const uint l_1237 = shared_memory_31[uint(3)];
l_mut_726 = l_1237;
l_mut_474 = l_10;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_416 = bool(true);
const bool l_1238 = l_12 < float(1.0);
if (l_1238) {
const bool l_1239 = l_mut_474 <= info.scalars_uint[8];
if (l_1239) {
l_mut_1054 = uint(1);
while (true) {
const bool l_1240 = l_mut_1054 < l_mut_474;
const bool l_1241 = !l_1240;
if (l_1241) {
break;}
l_mut_1054 = l_mut_1054 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_1242 = l_mut_242 < l_mut_1054;
const bool l_1243 = !l_1242;
if (l_1243) {
break;}
shared_memory_28[l_mut_242] = uint(0);
shared_memory_29[l_mut_242] = uint(4294967295);
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
l_mut_230 = float(0.0);
l_mut_222 = uint(0);
l_mut_213 = thread_index_in_threadgroup;
while (true) {
const bool l_1244 = l_mut_213 < l_25;
const bool l_1245 = !l_1244;
if (l_1245) {
break;}
const uint l_1246 = l_26 + l_mut_213;
const float l_1247 = buffer_0[l_1246];
const uint l_1248 = l_mut_213 * uint(1);
const uint l_1249 = l_1248 + uint(0);
const float l_1250 = l_1247;
l_mut_221 = l_1250;
l_mut_212 = l_mut_222;
while (true) {
const uint l_1251 = shared_memory_27[l_mut_212];
const bool l_1252 = l_1251 < l_1249;
const bool l_1253 = !l_1252;
if (l_1253) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_222 = l_mut_212;
l_mut_212 = uint(0);
while (true) {
const uint l_1254 = l_mut_222 + l_mut_212;
const uint l_1255 = shared_memory_27[l_1254];
const bool l_1256 = l_1255 == l_1249;
const bool l_1257 = !l_1256;
if (l_1257) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_211 = l_mut_221;
const bool l_1258 = l_mut_212 > uint(0);
if (l_1258) {
const bool l_1259 = l_mut_211 > float(0.0);
if (l_1259) {
const float l_1260 = l_mut_211 / l_16;
l_mut_211 = l_1260;
} else {
const float l_1261 = l_mut_211 * l_16;
l_mut_211 = l_1261;
}
const float l_1262 = float(l_mut_212);
const float l_1263 = l_20 * l_1262;
const float l_1264 = l_mut_211 - l_1263;
const float l_1265 = l_1264 - l_18;
l_mut_211 = l_1265;
}
l_mut_221 = l_mut_211;
const uint l_1266 = reinterpret_cast<thread uint const&>(l_mut_221);
l_mut_212 = l_1266;
const bool l_1267 = l_mut_212 == uint(2147483648);
if (l_1267) {
l_mut_212 = uint(0);
}
const uint l_1268 = l_mut_212 | uint(2147483648);
l_mut_51 = l_1268;
const bool l_1269 = l_mut_212 >= uint(2147483648);
if (l_1269) {
const uint l_1270 = ~l_mut_212;
l_mut_51 = l_1270;
}
const bool l_1271 = l_mut_51 > l_mut_740;
const bool l_1272 = l_mut_51 == l_mut_740;
const bool l_1273 = l_1249 <= l_mut_726;
const bool l_1274 = l_1272 && l_1273;
const bool l_1275 = l_1271 || l_1274;
if (l_1275) {
l_mut_230 = l_mut_230 + float(1.0);
}
l_mut_213 = l_mut_213 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_230;
l_mut_221 = l_mut_230;
l_mut_212 = uint(1);
while (true) {
const bool l_1276 = l_mut_212 < total_thread_in_threadgroup;
const bool l_1277 = !l_1276;
if (l_1277) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);
const bool l_1278 = thread_index_in_threadgroup >= l_mut_212;
if (l_1278) {
const uint l_1279 = thread_index_in_threadgroup - l_mut_212;
const float l_1280 = shared_memory_30[l_1279];
l_mut_211 = l_1280;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = l_mut_221 + l_mut_211;
shared_memory_30[thread_index_in_threadgroup] = l_mut_221;
l_mut_212 = l_mut_212 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_1281 = l_mut_221 - l_mut_230;
const uint l_1282 = uint(l_1281);
l_mut_212 = l_1282;
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_1283 = l_mut_40 < l_25;
const bool l_1284 = !l_1283;
if (l_1284) {
break;}
const uint l_1285 = l_26 + l_mut_40;
const float l_1286 = buffer_0[l_1285];
const uint l_1287 = l_mut_40 * uint(1);
const uint l_1288 = l_1287 + uint(0);
const float l_1289 = l_1286;
l_mut_230 = l_1289;
l_mut_39 = l_mut_51;
while (true) {
const uint l_1290 = shared_memory_27[l_mut_39];
const bool l_1291 = l_1290 < l_1288;
const bool l_1292 = !l_1291;
if (l_1292) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_1293 = l_mut_51 + l_mut_39;
const uint l_1294 = shared_memory_27[l_1293];
const bool l_1295 = l_1294 == l_1288;
const bool l_1296 = !l_1295;
if (l_1296) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_221 = l_mut_230;
const bool l_1297 = l_mut_39 > uint(0);
if (l_1297) {
const bool l_1298 = l_mut_221 > float(0.0);
if (l_1298) {
const float l_1299 = l_mut_221 / l_16;
l_mut_221 = l_1299;
} else {
const float l_1300 = l_mut_221 * l_16;
l_mut_221 = l_1300;
}
const float l_1301 = float(l_mut_39);
const float l_1302 = l_20 * l_1301;
const float l_1303 = l_mut_221 - l_1302;
const float l_1304 = l_1303 - l_18;
l_mut_221 = l_1304;
}
l_mut_230 = l_mut_221;
const uint l_1305 = reinterpret_cast<thread uint const&>(l_mut_230);
l_mut_39 = l_1305;
const bool l_1306 = l_mut_39 == uint(2147483648);
if (l_1306) {
l_mut_39 = uint(0);
}
const uint l_1307 = l_mut_39 | uint(2147483648);
l_mut_1308 = l_1307;
const bool l_1309 = l_mut_39 >= uint(2147483648);
if (l_1309) {
const uint l_1310 = ~l_mut_39;
l_mut_1308 = l_1310;
}
const bool l_1311 = l_mut_1308 > l_mut_740;
const bool l_1312 = l_mut_1308 == l_mut_740;
const bool l_1313 = l_1288 <= l_mut_726;
const bool l_1314 = l_1312 && l_1313;
const bool l_1315 = l_1311 || l_1314;
if (l_1315) {
const bool l_1316 = l_mut_212 < l_mut_474;
if (l_1316) {
shared_memory_28[l_mut_212] = l_mut_1308;
shared_memory_29[l_mut_212] = l_1288;
}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
l_mut_1308 = uint(2);
while (true) {
const bool l_1317 = l_mut_1308 <= l_mut_1054;
const bool l_1318 = !l_1317;
if (l_1318) {
break;}
const uint l_1319 = l_mut_1308 / uint(2);
l_mut_39 = l_1319;
while (true) {
const bool l_1320 = l_mut_39 > uint(0);
const bool l_1321 = !l_1320;
if (l_1321) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1322 = thread_index_in_threadgroup;
while (true) {
const uint l_1323 = l_mut_1054 / uint(2);
const bool l_1324 = l_mut_1322 < l_1323;
const bool l_1325 = !l_1324;
if (l_1325) {
break;}
const uint l_1326 = l_mut_1322 / l_mut_39;
const uint l_1327 = l_1326 * l_mut_39;
const uint l_1328 = l_1327 * uint(2);
const uint l_1329 = l_mut_1322 % l_mut_39;
const uint l_1330 = l_1328 + l_1329;
const uint l_1331 = l_1330 + l_mut_39;
const uint l_1332 = l_1330 & l_mut_1308;
const bool l_1333 = l_1332 == uint(0);
const uint l_1334 = shared_memory_28[l_1330];
const uint l_1335 = shared_memory_29[l_1330];
const uint l_1336 = shared_memory_28[l_1331];
const uint l_1337 = shared_memory_29[l_1331];
const bool l_1338 = l_1337 < l_1335;
l_mut_996 = l_1338;
const bool l_1339 = l_1335 < l_1337;
l_mut_187 = l_1339;
const bool l_1340 = !bool(false);
if (l_1340) {
const bool l_1341 = l_1336 > l_1334;
const bool l_1342 = l_1336 == l_1334;
const bool l_1343 = l_1337 < l_1335;
const bool l_1344 = l_1342 && l_1343;
const bool l_1345 = l_1341 || l_1344;
l_mut_996 = l_1345;
const bool l_1346 = l_1334 > l_1336;
const bool l_1347 = l_1334 == l_1336;
const bool l_1348 = l_1335 < l_1337;
const bool l_1349 = l_1347 && l_1348;
const bool l_1350 = l_1346 || l_1349;
l_mut_187 = l_1350;
}
const bool l_1351 = l_1333 && l_mut_996;
const bool l_1352 = !l_1333;
const bool l_1353 = l_1352 && l_mut_187;
const bool l_1354 = l_1351 || l_1353;
if (l_1354) {
shared_memory_28[l_1330] = l_1336;
shared_memory_29[l_1330] = l_1337;
shared_memory_28[l_1331] = l_1334;
shared_memory_29[l_1331] = l_1335;
}
l_mut_1322 = l_mut_1322 + total_thread_in_threadgroup;
}
l_mut_39 = l_mut_39 / uint(2);
}
l_mut_1308 = l_mut_1308 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1355 = l_mut_474 + total_thread_in_threadgroup;
const uint l_1356 = l_1355 - uint(1);
const uint l_1357 = l_1356 / total_thread_in_threadgroup;
const uint l_1358 = thread_index_in_threadgroup * l_1357;
l_mut_1322 = l_1358;
const bool l_1359 = l_mut_1322 > l_mut_474;
if (l_1359) {
l_mut_1322 = l_mut_474;
}
const uint l_1360 = l_mut_1322 + l_1357;
l_mut_1308 = l_1360;
const bool l_1361 = l_mut_1308 > l_mut_474;
if (l_1361) {
l_mut_1308 = l_mut_474;
}
l_mut_230 = float(0.0);

for (uint l_mut_1362 = l_mut_1322; l_mut_1362 < l_mut_1308; ++l_mut_1362) {
const uint l_1363 = shared_memory_28[l_mut_1362];
const uint l_1364 = ~l_1363;
l_mut_1054 = l_1364;
const bool l_1365 = l_1363 >= uint(2147483648);
if (l_1365) {
const uint l_1366 = l_1363 & uint(2147483647);
l_mut_1054 = l_1366;
}
const float l_1367 = reinterpret_cast<thread float const&>(l_mut_1054);
l_mut_221 = float(1.0);
const bool l_1368 = l_1367 != l_mut_90;
if (l_1368) {
const float l_1369 = l_1367 - l_mut_90;
const float l_1370 = l_1369 * l_mut_22;
const float l_1371 = exp(l_1370);
l_mut_221 = l_1371;
}
l_mut_230 = l_mut_230 + l_mut_221;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_230;
l_mut_221 = l_mut_230;
l_mut_1054 = uint(1);
while (true) {
const bool l_1372 = l_mut_1054 < total_thread_in_threadgroup;
const bool l_1373 = !l_1372;
if (l_1373) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);
const bool l_1374 = thread_index_in_threadgroup >= l_mut_1054;
if (l_1374) {
const uint l_1375 = thread_index_in_threadgroup - l_mut_1054;
const float l_1376 = shared_memory_30[l_1375];
l_mut_230 = l_1376;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = l_mut_221 + l_mut_230;
shared_memory_30[thread_index_in_threadgroup] = l_mut_221;
l_mut_1054 = l_mut_1054 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1377 = total_thread_in_threadgroup - uint(1);
const float l_1378 = shared_memory_30[l_1377];
const float l_1379 = l_12 * l_1378;
const bool l_1380 = l_12 < float(1.0);
const bool l_1381 = bool(true) && l_1380;
l_mut_230 = float(0.0);
const bool l_1382 = thread_index_in_threadgroup > uint(0);
if (l_1382) {
const uint l_1383 = thread_index_in_threadgroup - uint(1);
const float l_1384 = shared_memory_30[l_1383];
l_mut_230 = l_1384;
}
l_mut_221 = l_mut_230;
l_mut_230 = float(0.0);

for (uint l_mut_1385 = l_mut_1322; l_mut_1385 < l_mut_1308; ++l_mut_1385) {
const uint l_1386 = shared_memory_28[l_mut_1385];
const uint l_1387 = ~l_1386;
l_mut_1054 = l_1387;
const bool l_1388 = l_1386 >= uint(2147483648);
if (l_1388) {
const uint l_1389 = l_1386 & uint(2147483647);
l_mut_1054 = l_1389;
}
const float l_1390 = reinterpret_cast<thread float const&>(l_mut_1054);
l_mut_211 = float(1.0);
const bool l_1391 = l_1390 != l_mut_90;
if (l_1391) {
const float l_1392 = l_1390 - l_mut_90;
const float l_1393 = l_1392 * l_mut_22;
const float l_1394 = exp(l_1393);
l_mut_211 = l_1394;
}
l_mut_996 = bool(true);
if (l_1381) {
const bool l_1395 = l_mut_221 < l_1379;
l_mut_996 = l_1395;
}
const bool l_1396 = l_mut_211 >= l_14;
const bool l_1397 = l_mut_996 && l_1396;
l_mut_996 = l_1397;
if (l_mut_996) {
l_mut_230 = l_mut_230 + float(1.0);
}
l_mut_221 = l_mut_221 + l_mut_211;
}
const float l_1398 = float {simd_sum(l_mut_230)
};
const uint l_1399 = total_thread_in_threadgroup + simd_size;
const uint l_1400 = l_1399 - uint(1);
const uint l_1401 = l_1400 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1402 = thread_index_in_threadgroup % simd_size;
const bool l_1403 = l_1402 == uint(0);
if (l_1403) {
const uint l_1404 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1404] = l_1398;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_1405 = uint(0); l_mut_1405 < l_1401; ++l_mut_1405) {
const float l_1406 = shared_memory_33[l_mut_1405];
l_mut_230 = l_mut_230 + l_1406;
}
const uint l_1407 = uint(l_mut_230);
l_mut_1054 = l_1407;
const bool l_1408 = l_mut_1054 < uint(1);
if (l_1408) {
l_mut_1054 = uint(1);
}
const uint l_1409 = l_mut_1054 - uint(1);
const uint l_1410 = shared_memory_28[l_1409];
l_mut_740 = l_1410;
const uint l_1411 = l_mut_1054 - uint(1);
const uint l_1412 = shared_memory_29[l_1411];
l_mut_726 = l_1412;
l_mut_416 = bool(false);
threadgroup_barrier(mem_flags::mem_threadgroup);
} else {
l_mut_230 = l_mut_81;
const bool l_1413 = l_mut_474 < info.scalars_uint[1];
if (l_1413) {
l_mut_221 = float(0.0);
l_mut_1322 = uint(0);
l_mut_1308 = thread_index_in_threadgroup;
while (true) {
const bool l_1414 = l_mut_1308 < l_25;
const bool l_1415 = !l_1414;
if (l_1415) {
break;}
const uint l_1416 = l_26 + l_mut_1308;
const float l_1417 = buffer_0[l_1416];
const uint l_1418 = l_mut_1308 * uint(1);
const uint l_1419 = l_1418 + uint(0);
const float l_1420 = l_1417;
l_mut_211 = l_1420;
l_mut_1054 = l_mut_1322;
while (true) {
const uint l_1421 = shared_memory_27[l_mut_1054];
const bool l_1422 = l_1421 < l_1419;
const bool l_1423 = !l_1422;
if (l_1423) {
break;}
l_mut_1054 = l_mut_1054 + uint(1);
}
l_mut_1322 = l_mut_1054;
l_mut_1054 = uint(0);
while (true) {
const uint l_1424 = l_mut_1322 + l_mut_1054;
const uint l_1425 = shared_memory_27[l_1424];
const bool l_1426 = l_1425 == l_1419;
const bool l_1427 = !l_1426;
if (l_1427) {
break;}
l_mut_1054 = l_mut_1054 + uint(1);
}
l_mut_210 = l_mut_211;
const bool l_1428 = l_mut_1054 > uint(0);
if (l_1428) {
const bool l_1429 = l_mut_210 > float(0.0);
if (l_1429) {
const float l_1430 = l_mut_210 / l_16;
l_mut_210 = l_1430;
} else {
const float l_1431 = l_mut_210 * l_16;
l_mut_210 = l_1431;
}
const float l_1432 = float(l_mut_1054);
const float l_1433 = l_20 * l_1432;
const float l_1434 = l_mut_210 - l_1433;
const float l_1435 = l_1434 - l_18;
l_mut_210 = l_1435;
}
l_mut_211 = l_mut_210;
const uint l_1436 = reinterpret_cast<thread uint const&>(l_mut_211);
l_mut_1054 = l_1436;
const bool l_1437 = l_mut_1054 == uint(2147483648);
if (l_1437) {
l_mut_1054 = uint(0);
}
const uint l_1438 = l_mut_1054 | uint(2147483648);
l_mut_474 = l_1438;
const bool l_1439 = l_mut_1054 >= uint(2147483648);
if (l_1439) {
const uint l_1440 = ~l_mut_1054;
l_mut_474 = l_1440;
}
const bool l_1441 = l_mut_474 > l_mut_740;
const bool l_1442 = l_mut_474 == l_mut_740;
const bool l_1443 = l_1419 <= l_mut_726;
const bool l_1444 = l_1442 && l_1443;
const bool l_1445 = l_1441 || l_1444;
if (l_1445) {
l_mut_210 = float(1.0);
const bool l_1446 = l_mut_211 != l_mut_90;
if (l_1446) {
const float l_1447 = l_mut_211 - l_mut_90;
const float l_1448 = l_1447 * l_mut_22;
const float l_1449 = exp(l_1448);
l_mut_210 = l_1449;
}
l_mut_221 = l_mut_221 + l_mut_210;
}
l_mut_1308 = l_mut_1308 + total_thread_in_threadgroup;
}
const float l_1450 = float {simd_sum(l_mut_221)
};
const uint l_1451 = total_thread_in_threadgroup + simd_size;
const uint l_1452 = l_1451 - uint(1);
const uint l_1453 = l_1452 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1454 = thread_index_in_threadgroup % simd_size;
const bool l_1455 = l_1454 == uint(0);
if (l_1455) {
const uint l_1456 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1456] = l_1450;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1457 = uint(0); l_mut_1457 < l_1453; ++l_mut_1457) {
const float l_1458 = shared_memory_33[l_mut_1457];
l_mut_221 = l_mut_221 + l_1458;
}
l_mut_230 = l_mut_221;
}
const float l_1459 = l_12 * l_mut_230;
l_mut_1322 = uint(0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_996 = bool(false);
l_mut_1308 = uint(0);
while (true) {
const bool l_1460 = l_mut_1308 < uint(8);
const bool l_1461 = !l_mut_996;
const bool l_1462 = l_1460 && l_1461;
const bool l_1463 = !l_1462;
if (l_1463) {
break;}
const uint l_1464 = uint(4) * l_mut_1308;
const uint l_1465 = uint(28) - l_1464;
l_mut_1054 = uint(0);
const bool l_1466 = l_mut_1308 > uint(0);
if (l_1466) {
const uint l_1467 = l_1465 + uint(4);
const uint l_1468 = uint(4294967295) << l_1467;
l_mut_1054 = l_1468;
}
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_209 = float(0.0);
l_mut_208 = float(0.0);
l_mut_207 = float(0.0);
l_mut_206 = float(0.0);
l_mut_205 = float(0.0);
l_mut_204 = float(0.0);
l_mut_203 = float(0.0);
l_mut_202 = float(0.0);
l_mut_201 = float(0.0);
l_mut_200 = float(0.0);
l_mut_199 = float(0.0);
l_mut_198 = float(0.0);
l_mut_197 = float(0.0);
l_mut_157 = float(0.0);
l_mut_474 = uint(0);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_1469 = l_mut_242 < l_25;
const bool l_1470 = !l_1469;
if (l_1470) {
break;}
const uint l_1471 = l_26 + l_mut_242;
const float l_1472 = buffer_0[l_1471];
const uint l_1473 = l_mut_242 * uint(1);
const uint l_1474 = l_1473 + uint(0);
const float l_1475 = l_1472;
l_mut_71 = l_1475;
l_mut_222 = l_mut_474;
while (true) {
const uint l_1476 = shared_memory_27[l_mut_222];
const bool l_1477 = l_1476 < l_1474;
const bool l_1478 = !l_1477;
if (l_1478) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_474 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_1479 = l_mut_474 + l_mut_222;
const uint l_1480 = shared_memory_27[l_1479];
const bool l_1481 = l_1480 == l_1474;
const bool l_1482 = !l_1481;
if (l_1482) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_70 = l_mut_71;
const bool l_1483 = l_mut_222 > uint(0);
if (l_1483) {
const bool l_1484 = l_mut_70 > float(0.0);
if (l_1484) {
const float l_1485 = l_mut_70 / l_16;
l_mut_70 = l_1485;
} else {
const float l_1486 = l_mut_70 * l_16;
l_mut_70 = l_1486;
}
const float l_1487 = float(l_mut_222);
const float l_1488 = l_20 * l_1487;
const float l_1489 = l_mut_70 - l_1488;
const float l_1490 = l_1489 - l_18;
l_mut_70 = l_1490;
}
l_mut_71 = l_mut_70;
const uint l_1491 = reinterpret_cast<thread uint const&>(l_mut_71);
l_mut_222 = l_1491;
const bool l_1492 = l_mut_222 == uint(2147483648);
if (l_1492) {
l_mut_222 = uint(0);
}
const uint l_1493 = l_mut_222 | uint(2147483648);
l_mut_213 = l_1493;
const bool l_1494 = l_mut_222 >= uint(2147483648);
if (l_1494) {
const uint l_1495 = ~l_mut_222;
l_mut_213 = l_1495;
}
const uint l_1496 = l_mut_213 & l_mut_1054;
const bool l_1497 = l_1496 == l_mut_1322;
const bool l_1498 = l_mut_213 > l_mut_740;
const bool l_1499 = l_mut_213 == l_mut_740;
const bool l_1500 = l_1474 <= l_mut_726;
const bool l_1501 = l_1499 && l_1500;
const bool l_1502 = l_1498 || l_1501;
const bool l_1503 = l_1497 && l_1502;
if (l_1503) {
l_mut_70 = float(1.0);
l_mut_1504 = float(1.0);
const bool l_1505 = l_mut_71 != l_mut_90;
if (l_1505) {
const float l_1506 = l_mut_71 - l_mut_90;
const float l_1507 = l_1506 * l_mut_22;
const float l_1508 = exp(l_1507);
l_mut_1504 = l_1508;
}
l_mut_70 = l_mut_1504;
const uint l_1509 = l_mut_213 >> l_1465;
const uint l_1510 = l_1509 & uint(15);
const bool l_1511 = l_1510 == uint(0);
if (l_1511) {
l_mut_211 = l_mut_211 + l_mut_70;
} else {
const bool l_1512 = l_1510 == uint(1);
if (l_1512) {
l_mut_210 = l_mut_210 + l_mut_70;
} else {
const bool l_1513 = l_1510 == uint(2);
if (l_1513) {
l_mut_209 = l_mut_209 + l_mut_70;
} else {
const bool l_1514 = l_1510 == uint(3);
if (l_1514) {
l_mut_208 = l_mut_208 + l_mut_70;
} else {
const bool l_1515 = l_1510 == uint(4);
if (l_1515) {
l_mut_207 = l_mut_207 + l_mut_70;
} else {
const bool l_1516 = l_1510 == uint(5);
if (l_1516) {
l_mut_206 = l_mut_206 + l_mut_70;
} else {
const bool l_1517 = l_1510 == uint(6);
if (l_1517) {
l_mut_205 = l_mut_205 + l_mut_70;
} else {
const bool l_1518 = l_1510 == uint(7);
if (l_1518) {
l_mut_204 = l_mut_204 + l_mut_70;
} else {
const bool l_1519 = l_1510 == uint(8);
if (l_1519) {
l_mut_203 = l_mut_203 + l_mut_70;
} else {
const bool l_1520 = l_1510 == uint(9);
if (l_1520) {
l_mut_202 = l_mut_202 + l_mut_70;
} else {
const bool l_1521 = l_1510 == uint(10);
if (l_1521) {
l_mut_201 = l_mut_201 + l_mut_70;
} else {
const bool l_1522 = l_1510 == uint(11);
if (l_1522) {
l_mut_200 = l_mut_200 + l_mut_70;
} else {
const bool l_1523 = l_1510 == uint(12);
if (l_1523) {
l_mut_199 = l_mut_199 + l_mut_70;
} else {
const bool l_1524 = l_1510 == uint(13);
if (l_1524) {
l_mut_198 = l_mut_198 + l_mut_70;
} else {
const bool l_1525 = l_1510 == uint(14);
if (l_1525) {
l_mut_197 = l_mut_197 + l_mut_70;
} else {
const bool l_1526 = l_1510 == uint(15);
if (l_1526) {
l_mut_157 = l_mut_157 + l_mut_70;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
const float l_1527 = float {simd_sum(l_mut_211)
};
const uint l_1528 = total_thread_in_threadgroup + simd_size;
const uint l_1529 = l_1528 - uint(1);
const uint l_1530 = l_1529 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1531 = thread_index_in_threadgroup % simd_size;
const bool l_1532 = l_1531 == uint(0);
if (l_1532) {
const uint l_1533 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1533] = l_1527;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1504 = float(0.0);

for (uint l_mut_1534 = uint(0); l_mut_1534 < l_1530; ++l_mut_1534) {
const float l_1535 = shared_memory_33[l_mut_1534];
l_mut_1504 = l_mut_1504 + l_1535;
}
const float l_1536 = float {simd_sum(l_mut_210)
};
const uint l_1537 = total_thread_in_threadgroup + simd_size;
const uint l_1538 = l_1537 - uint(1);
const uint l_1539 = l_1538 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1540 = thread_index_in_threadgroup % simd_size;
const bool l_1541 = l_1540 == uint(0);
if (l_1541) {
const uint l_1542 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1542] = l_1536;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_1543 = uint(0); l_mut_1543 < l_1539; ++l_mut_1543) {
const float l_1544 = shared_memory_33[l_mut_1543];
l_mut_211 = l_mut_211 + l_1544;
}
const float l_1545 = float {simd_sum(l_mut_209)
};
const uint l_1546 = total_thread_in_threadgroup + simd_size;
const uint l_1547 = l_1546 - uint(1);
const uint l_1548 = l_1547 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1549 = thread_index_in_threadgroup % simd_size;
const bool l_1550 = l_1549 == uint(0);
if (l_1550) {
const uint l_1551 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1551] = l_1545;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_1552 = uint(0); l_mut_1552 < l_1548; ++l_mut_1552) {
const float l_1553 = shared_memory_33[l_mut_1552];
l_mut_210 = l_mut_210 + l_1553;
}
const float l_1554 = float {simd_sum(l_mut_208)
};
const uint l_1555 = total_thread_in_threadgroup + simd_size;
const uint l_1556 = l_1555 - uint(1);
const uint l_1557 = l_1556 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1558 = thread_index_in_threadgroup % simd_size;
const bool l_1559 = l_1558 == uint(0);
if (l_1559) {
const uint l_1560 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1560] = l_1554;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_1561 = uint(0); l_mut_1561 < l_1557; ++l_mut_1561) {
const float l_1562 = shared_memory_33[l_mut_1561];
l_mut_209 = l_mut_209 + l_1562;
}
const float l_1563 = float {simd_sum(l_mut_207)
};
const uint l_1564 = total_thread_in_threadgroup + simd_size;
const uint l_1565 = l_1564 - uint(1);
const uint l_1566 = l_1565 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1567 = thread_index_in_threadgroup % simd_size;
const bool l_1568 = l_1567 == uint(0);
if (l_1568) {
const uint l_1569 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1569] = l_1563;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_1570 = uint(0); l_mut_1570 < l_1566; ++l_mut_1570) {
const float l_1571 = shared_memory_33[l_mut_1570];
l_mut_208 = l_mut_208 + l_1571;
}
const float l_1572 = float {simd_sum(l_mut_206)
};
const uint l_1573 = total_thread_in_threadgroup + simd_size;
const uint l_1574 = l_1573 - uint(1);
const uint l_1575 = l_1574 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1576 = thread_index_in_threadgroup % simd_size;
const bool l_1577 = l_1576 == uint(0);
if (l_1577) {
const uint l_1578 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1578] = l_1572;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_1579 = uint(0); l_mut_1579 < l_1575; ++l_mut_1579) {
const float l_1580 = shared_memory_33[l_mut_1579];
l_mut_207 = l_mut_207 + l_1580;
}
const float l_1581 = float {simd_sum(l_mut_205)
};
const uint l_1582 = total_thread_in_threadgroup + simd_size;
const uint l_1583 = l_1582 - uint(1);
const uint l_1584 = l_1583 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1585 = thread_index_in_threadgroup % simd_size;
const bool l_1586 = l_1585 == uint(0);
if (l_1586) {
const uint l_1587 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1587] = l_1581;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_1588 = uint(0); l_mut_1588 < l_1584; ++l_mut_1588) {
const float l_1589 = shared_memory_33[l_mut_1588];
l_mut_206 = l_mut_206 + l_1589;
}
const float l_1590 = float {simd_sum(l_mut_204)
};
const uint l_1591 = total_thread_in_threadgroup + simd_size;
const uint l_1592 = l_1591 - uint(1);
const uint l_1593 = l_1592 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1594 = thread_index_in_threadgroup % simd_size;
const bool l_1595 = l_1594 == uint(0);
if (l_1595) {
const uint l_1596 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1596] = l_1590;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_1597 = uint(0); l_mut_1597 < l_1593; ++l_mut_1597) {
const float l_1598 = shared_memory_33[l_mut_1597];
l_mut_205 = l_mut_205 + l_1598;
}
const float l_1599 = float {simd_sum(l_mut_203)
};
const uint l_1600 = total_thread_in_threadgroup + simd_size;
const uint l_1601 = l_1600 - uint(1);
const uint l_1602 = l_1601 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1603 = thread_index_in_threadgroup % simd_size;
const bool l_1604 = l_1603 == uint(0);
if (l_1604) {
const uint l_1605 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1605] = l_1599;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_1606 = uint(0); l_mut_1606 < l_1602; ++l_mut_1606) {
const float l_1607 = shared_memory_33[l_mut_1606];
l_mut_204 = l_mut_204 + l_1607;
}
const float l_1608 = float {simd_sum(l_mut_202)
};
const uint l_1609 = total_thread_in_threadgroup + simd_size;
const uint l_1610 = l_1609 - uint(1);
const uint l_1611 = l_1610 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1612 = thread_index_in_threadgroup % simd_size;
const bool l_1613 = l_1612 == uint(0);
if (l_1613) {
const uint l_1614 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1614] = l_1608;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_1615 = uint(0); l_mut_1615 < l_1611; ++l_mut_1615) {
const float l_1616 = shared_memory_33[l_mut_1615];
l_mut_203 = l_mut_203 + l_1616;
}
const float l_1617 = float {simd_sum(l_mut_201)
};
const uint l_1618 = total_thread_in_threadgroup + simd_size;
const uint l_1619 = l_1618 - uint(1);
const uint l_1620 = l_1619 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1621 = thread_index_in_threadgroup % simd_size;
const bool l_1622 = l_1621 == uint(0);
if (l_1622) {
const uint l_1623 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1623] = l_1617;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_1624 = uint(0); l_mut_1624 < l_1620; ++l_mut_1624) {
const float l_1625 = shared_memory_33[l_mut_1624];
l_mut_202 = l_mut_202 + l_1625;
}
const float l_1626 = float {simd_sum(l_mut_200)
};
const uint l_1627 = total_thread_in_threadgroup + simd_size;
const uint l_1628 = l_1627 - uint(1);
const uint l_1629 = l_1628 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1630 = thread_index_in_threadgroup % simd_size;
const bool l_1631 = l_1630 == uint(0);
if (l_1631) {
const uint l_1632 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1632] = l_1626;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_1633 = uint(0); l_mut_1633 < l_1629; ++l_mut_1633) {
const float l_1634 = shared_memory_33[l_mut_1633];
l_mut_201 = l_mut_201 + l_1634;
}
const float l_1635 = float {simd_sum(l_mut_199)
};
const uint l_1636 = total_thread_in_threadgroup + simd_size;
const uint l_1637 = l_1636 - uint(1);
const uint l_1638 = l_1637 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1639 = thread_index_in_threadgroup % simd_size;
const bool l_1640 = l_1639 == uint(0);
if (l_1640) {
const uint l_1641 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1641] = l_1635;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_1642 = uint(0); l_mut_1642 < l_1638; ++l_mut_1642) {
const float l_1643 = shared_memory_33[l_mut_1642];
l_mut_200 = l_mut_200 + l_1643;
}
const float l_1644 = float {simd_sum(l_mut_198)
};
const uint l_1645 = total_thread_in_threadgroup + simd_size;
const uint l_1646 = l_1645 - uint(1);
const uint l_1647 = l_1646 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1648 = thread_index_in_threadgroup % simd_size;
const bool l_1649 = l_1648 == uint(0);
if (l_1649) {
const uint l_1650 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1650] = l_1644;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_1651 = uint(0); l_mut_1651 < l_1647; ++l_mut_1651) {
const float l_1652 = shared_memory_33[l_mut_1651];
l_mut_199 = l_mut_199 + l_1652;
}
const float l_1653 = float {simd_sum(l_mut_197)
};
const uint l_1654 = total_thread_in_threadgroup + simd_size;
const uint l_1655 = l_1654 - uint(1);
const uint l_1656 = l_1655 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1657 = thread_index_in_threadgroup % simd_size;
const bool l_1658 = l_1657 == uint(0);
if (l_1658) {
const uint l_1659 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1659] = l_1653;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_1660 = uint(0); l_mut_1660 < l_1656; ++l_mut_1660) {
const float l_1661 = shared_memory_33[l_mut_1660];
l_mut_198 = l_mut_198 + l_1661;
}
const float l_1662 = float {simd_sum(l_mut_157)
};
const uint l_1663 = total_thread_in_threadgroup + simd_size;
const uint l_1664 = l_1663 - uint(1);
const uint l_1665 = l_1664 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1666 = thread_index_in_threadgroup % simd_size;
const bool l_1667 = l_1666 == uint(0);
if (l_1667) {
const uint l_1668 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1668] = l_1662;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_1669 = uint(0); l_mut_1669 < l_1665; ++l_mut_1669) {
const float l_1670 = shared_memory_33[l_mut_1669];
l_mut_197 = l_mut_197 + l_1670;
}
const bool l_1671 = thread_index_in_threadgroup == uint(0);
if (l_1671) {
shared_memory_32[uint(0)] = l_mut_1504;
shared_memory_32[uint(1)] = l_mut_211;
shared_memory_32[uint(2)] = l_mut_210;
shared_memory_32[uint(3)] = l_mut_209;
shared_memory_32[uint(4)] = l_mut_208;
shared_memory_32[uint(5)] = l_mut_207;
shared_memory_32[uint(6)] = l_mut_206;
shared_memory_32[uint(7)] = l_mut_205;
shared_memory_32[uint(8)] = l_mut_204;
shared_memory_32[uint(9)] = l_mut_203;
shared_memory_32[uint(10)] = l_mut_202;
shared_memory_32[uint(11)] = l_mut_201;
shared_memory_32[uint(12)] = l_mut_200;
shared_memory_32[uint(13)] = l_mut_199;
shared_memory_32[uint(14)] = l_mut_198;
shared_memory_32[uint(15)] = l_mut_197;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1504 = float(0.0);
l_mut_222 = uint(0);
l_mut_187 = bool(false);
l_mut_211 = float(0.0);

for (uint l_mut_1672 = uint(0); l_mut_1672 < uint(16); ++l_mut_1672) {
l_mut_213 = l_mut_1672;
const uint l_1673 = uint(15) - l_mut_1672;
l_mut_213 = l_1673;
l_mut_210 = l_mut_1504;
const float l_1674 = shared_memory_32[l_mut_213];
l_mut_1504 = l_mut_1504 + l_1674;
const bool l_1675 = !l_mut_187;
const float l_1676 = l_mut_230 + l_mut_1504;
const bool l_1677 = l_1676 >= l_1459;
const bool l_1678 = l_1675 && l_1677;
if (l_1678) {
l_mut_222 = l_mut_213;
l_mut_187 = bool(true);
l_mut_211 = l_mut_210;
}
}
if (l_mut_187) {
l_mut_230 = l_mut_230 + l_mut_211;
const float l_1679 = shared_memory_32[l_mut_222];
l_mut_221 = l_1679;
const uint l_1680 = l_mut_222 << l_1465;
l_mut_1322 = l_mut_1322 | l_1680;
} else {
l_mut_996 = bool(true);
}
l_mut_1308 = l_mut_1308 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1681 = thread_index_in_threadgroup == uint(0);
if (l_1681) {
if (l_mut_996) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_1322;
}
const uint l_1682 = reinterpret_cast<thread uint const&>(l_mut_230);
shared_memory_31[uint(3)] = l_1682;
const uint l_1683 = reinterpret_cast<thread uint const&>(l_mut_221);
shared_memory_31[uint(1)] = l_1683;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1684 = shared_memory_31[uint(2)];
const uint l_1685 = shared_memory_31[uint(3)];
const float l_1686 = reinterpret_cast<thread float const&>(l_1685);
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1687 = l_1684 > l_mut_740;
if (l_1687) {
const uint l_1688 = ~l_1684;
l_mut_1322 = l_1688;
const bool l_1689 = l_1684 >= uint(2147483648);
if (l_1689) {
const uint l_1690 = l_1684 & uint(2147483647);
l_mut_1322 = l_1690;
}
const float l_1691 = reinterpret_cast<thread float const&>(l_mut_1322);
l_mut_1504 = float(1.0);
const bool l_1692 = l_1691 != l_mut_90;
if (l_1692) {
const float l_1693 = l_1691 - l_mut_90;
const float l_1694 = l_1693 * l_mut_22;
const float l_1695 = exp(l_1694);
l_mut_1504 = l_1695;
}
const float l_1696 = l_1459 - l_1686;
const float l_1697 = l_1696 / l_mut_1504;
l_mut_1322 = uint(16777216);
const bool l_1698 = l_1697 < float(16777216.0);
if (l_1698) {
const uint l_1699 = uint(l_1697);
l_mut_1322 = l_1699;
const float l_1700 = float(l_mut_1322);
const bool l_1701 = l_1700 < l_1697;
if (l_1701) {
l_mut_1322 = l_mut_1322 + uint(1);
}
}
const bool l_1702 = l_mut_1322 < uint(1);
if (l_1702) {
l_mut_1322 = uint(1);
}
l_mut_1504 = float(0.0);
l_mut_1308 = uint(0);
l_mut_1054 = thread_index_in_threadgroup;
while (true) {
const bool l_1703 = l_mut_1054 < l_25;
const bool l_1704 = !l_1703;
if (l_1704) {
break;}
const uint l_1705 = l_26 + l_mut_1054;
const float l_1706 = buffer_0[l_1705];
const uint l_1707 = l_mut_1054 * uint(1);
const uint l_1708 = l_1707 + uint(0);
const float l_1709 = l_1706;
l_mut_230 = l_1709;
l_mut_474 = l_mut_1308;
while (true) {
const uint l_1710 = shared_memory_27[l_mut_474];
const bool l_1711 = l_1710 < l_1708;
const bool l_1712 = !l_1711;
if (l_1712) {
break;}
l_mut_474 = l_mut_474 + uint(1);
}
l_mut_1308 = l_mut_474;
l_mut_474 = uint(0);
while (true) {
const uint l_1713 = l_mut_1308 + l_mut_474;
const uint l_1714 = shared_memory_27[l_1713];
const bool l_1715 = l_1714 == l_1708;
const bool l_1716 = !l_1715;
if (l_1716) {
break;}
l_mut_474 = l_mut_474 + uint(1);
}
l_mut_221 = l_mut_230;
const bool l_1717 = l_mut_474 > uint(0);
if (l_1717) {
const bool l_1718 = l_mut_221 > float(0.0);
if (l_1718) {
const float l_1719 = l_mut_221 / l_16;
l_mut_221 = l_1719;
} else {
const float l_1720 = l_mut_221 * l_16;
l_mut_221 = l_1720;
}
const float l_1721 = float(l_mut_474);
const float l_1722 = l_20 * l_1721;
const float l_1723 = l_mut_221 - l_1722;
const float l_1724 = l_1723 - l_18;
l_mut_221 = l_1724;
}
l_mut_230 = l_mut_221;
const uint l_1725 = reinterpret_cast<thread uint const&>(l_mut_230);
l_mut_474 = l_1725;
const bool l_1726 = l_mut_474 == uint(2147483648);
if (l_1726) {
l_mut_474 = uint(0);
}
const uint l_1727 = l_mut_474 | uint(2147483648);
l_mut_242 = l_1727;
const bool l_1728 = l_mut_474 >= uint(2147483648);
if (l_1728) {
const uint l_1729 = ~l_mut_474;
l_mut_242 = l_1729;
}
const bool l_1730 = l_mut_242 > l_mut_740;
const bool l_1731 = l_mut_242 == l_mut_740;
const bool l_1732 = l_1708 <= l_mut_726;
const bool l_1733 = l_1731 && l_1732;
const bool l_1734 = l_1730 || l_1733;
if (l_1734) {
const bool l_1735 = l_mut_242 == l_1684;
if (l_1735) {
l_mut_1504 = l_mut_1504 + float(1.0);
}
}
l_mut_1054 = l_mut_1054 + total_thread_in_threadgroup;
}
const float l_1736 = float {simd_sum(l_mut_1504)
};
const uint l_1737 = total_thread_in_threadgroup + simd_size;
const uint l_1738 = l_1737 - uint(1);
const uint l_1739 = l_1738 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1740 = thread_index_in_threadgroup % simd_size;
const bool l_1741 = l_1740 == uint(0);
if (l_1741) {
const uint l_1742 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1742] = l_1736;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1504 = float(0.0);

for (uint l_mut_1743 = uint(0); l_mut_1743 < l_1739; ++l_mut_1743) {
const float l_1744 = shared_memory_33[l_mut_1743];
l_mut_1504 = l_mut_1504 + l_1744;
}
const uint l_1745 = uint(l_mut_1504);
l_mut_1308 = uint(4294967295);
const bool l_1746 = l_mut_1322 < l_1745;
if (l_1746) {
l_mut_1054 = uint(0);
l_mut_1504 = float(0.0);
const float l_1747 = float(l_mut_1322);
l_mut_1322 = uint(0);
while (true) {
const bool l_1748 = l_mut_1322 < uint(8);
const bool l_1749 = !l_1748;
if (l_1749) {
break;}
const uint l_1750 = uint(4) * l_mut_1322;
const uint l_1751 = uint(28) - l_1750;
const uint l_1752 = info.scalars_uint[1] - uint(1);
const uint l_1753 = l_1752 >> l_1751;
const bool l_1754 = l_1753 > uint(0);
if (l_1754) {
l_mut_474 = uint(0);
const bool l_1755 = l_mut_1322 > uint(0);
if (l_1755) {
const uint l_1756 = l_1751 + uint(4);
const uint l_1757 = uint(4294967295) << l_1756;
l_mut_474 = l_1757;
}
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_209 = float(0.0);
l_mut_208 = float(0.0);
l_mut_207 = float(0.0);
l_mut_206 = float(0.0);
l_mut_205 = float(0.0);
l_mut_204 = float(0.0);
l_mut_203 = float(0.0);
l_mut_202 = float(0.0);
l_mut_201 = float(0.0);
l_mut_200 = float(0.0);
l_mut_199 = float(0.0);
l_mut_198 = float(0.0);
l_mut_242 = uint(0);
l_mut_222 = thread_index_in_threadgroup;
while (true) {
const bool l_1758 = l_mut_222 < l_25;
const bool l_1759 = !l_1758;
if (l_1759) {
break;}
const uint l_1760 = l_26 + l_mut_222;
const float l_1761 = buffer_0[l_1760];
const uint l_1762 = l_mut_222 * uint(1);
const uint l_1763 = l_1762 + uint(0);
const float l_1764 = l_1761;
l_mut_197 = l_1764;
l_mut_213 = l_mut_242;
while (true) {
const uint l_1765 = shared_memory_27[l_mut_213];
const bool l_1766 = l_1765 < l_1763;
const bool l_1767 = !l_1766;
if (l_1767) {
break;}
l_mut_213 = l_mut_213 + uint(1);
}
l_mut_242 = l_mut_213;
l_mut_213 = uint(0);
while (true) {
const uint l_1768 = l_mut_242 + l_mut_213;
const uint l_1769 = shared_memory_27[l_1768];
const bool l_1770 = l_1769 == l_1763;
const bool l_1771 = !l_1770;
if (l_1771) {
break;}
l_mut_213 = l_mut_213 + uint(1);
}
l_mut_157 = l_mut_197;
const bool l_1772 = l_mut_213 > uint(0);
if (l_1772) {
const bool l_1773 = l_mut_157 > float(0.0);
if (l_1773) {
const float l_1774 = l_mut_157 / l_16;
l_mut_157 = l_1774;
} else {
const float l_1775 = l_mut_157 * l_16;
l_mut_157 = l_1775;
}
const float l_1776 = float(l_mut_213);
const float l_1777 = l_20 * l_1776;
const float l_1778 = l_mut_157 - l_1777;
const float l_1779 = l_1778 - l_18;
l_mut_157 = l_1779;
}
l_mut_197 = l_mut_157;
const uint l_1780 = reinterpret_cast<thread uint const&>(l_mut_197);
l_mut_213 = l_1780;
const bool l_1781 = l_mut_213 == uint(2147483648);
if (l_1781) {
l_mut_213 = uint(0);
}
const uint l_1782 = l_mut_213 | uint(2147483648);
l_mut_212 = l_1782;
const bool l_1783 = l_mut_213 >= uint(2147483648);
if (l_1783) {
const uint l_1784 = ~l_mut_213;
l_mut_212 = l_1784;
}
const bool l_1785 = l_mut_212 == l_1684;
const bool l_1786 = l_1763 <= uint(4294967295);
const bool l_1787 = l_1785 && l_1786;
const uint l_1788 = l_1763 & l_mut_474;
const bool l_1789 = l_1788 == l_mut_1054;
const bool l_1790 = l_1787 && l_1789;
if (l_1790) {
const uint l_1791 = l_1763 >> l_1751;
const uint l_1792 = l_1791 & uint(15);
const bool l_1793 = l_1792 == uint(0);
if (l_1793) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_1794 = l_1792 == uint(1);
if (l_1794) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_1795 = l_1792 == uint(2);
if (l_1795) {
l_mut_211 = l_mut_211 + float(1.0);
} else {
const bool l_1796 = l_1792 == uint(3);
if (l_1796) {
l_mut_210 = l_mut_210 + float(1.0);
} else {
const bool l_1797 = l_1792 == uint(4);
if (l_1797) {
l_mut_209 = l_mut_209 + float(1.0);
} else {
const bool l_1798 = l_1792 == uint(5);
if (l_1798) {
l_mut_208 = l_mut_208 + float(1.0);
} else {
const bool l_1799 = l_1792 == uint(6);
if (l_1799) {
l_mut_207 = l_mut_207 + float(1.0);
} else {
const bool l_1800 = l_1792 == uint(7);
if (l_1800) {
l_mut_206 = l_mut_206 + float(1.0);
} else {
const bool l_1801 = l_1792 == uint(8);
if (l_1801) {
l_mut_205 = l_mut_205 + float(1.0);
} else {
const bool l_1802 = l_1792 == uint(9);
if (l_1802) {
l_mut_204 = l_mut_204 + float(1.0);
} else {
const bool l_1803 = l_1792 == uint(10);
if (l_1803) {
l_mut_203 = l_mut_203 + float(1.0);
} else {
const bool l_1804 = l_1792 == uint(11);
if (l_1804) {
l_mut_202 = l_mut_202 + float(1.0);
} else {
const bool l_1805 = l_1792 == uint(12);
if (l_1805) {
l_mut_201 = l_mut_201 + float(1.0);
} else {
const bool l_1806 = l_1792 == uint(13);
if (l_1806) {
l_mut_200 = l_mut_200 + float(1.0);
} else {
const bool l_1807 = l_1792 == uint(14);
if (l_1807) {
l_mut_199 = l_mut_199 + float(1.0);
} else {
const bool l_1808 = l_1792 == uint(15);
if (l_1808) {
l_mut_198 = l_mut_198 + float(1.0);
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_222 = l_mut_222 + total_thread_in_threadgroup;
}
const float l_1809 = float {simd_sum(l_mut_230)
};
const uint l_1810 = total_thread_in_threadgroup + simd_size;
const uint l_1811 = l_1810 - uint(1);
const uint l_1812 = l_1811 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1813 = thread_index_in_threadgroup % simd_size;
const bool l_1814 = l_1813 == uint(0);
if (l_1814) {
const uint l_1815 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1815] = l_1809;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_1816 = uint(0); l_mut_1816 < l_1812; ++l_mut_1816) {
const float l_1817 = shared_memory_33[l_mut_1816];
l_mut_230 = l_mut_230 + l_1817;
}
const float l_1818 = float {simd_sum(l_mut_221)
};
const uint l_1819 = total_thread_in_threadgroup + simd_size;
const uint l_1820 = l_1819 - uint(1);
const uint l_1821 = l_1820 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1822 = thread_index_in_threadgroup % simd_size;
const bool l_1823 = l_1822 == uint(0);
if (l_1823) {
const uint l_1824 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1824] = l_1818;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1825 = uint(0); l_mut_1825 < l_1821; ++l_mut_1825) {
const float l_1826 = shared_memory_33[l_mut_1825];
l_mut_221 = l_mut_221 + l_1826;
}
const float l_1827 = float {simd_sum(l_mut_211)
};
const uint l_1828 = total_thread_in_threadgroup + simd_size;
const uint l_1829 = l_1828 - uint(1);
const uint l_1830 = l_1829 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1831 = thread_index_in_threadgroup % simd_size;
const bool l_1832 = l_1831 == uint(0);
if (l_1832) {
const uint l_1833 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1833] = l_1827;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_1834 = uint(0); l_mut_1834 < l_1830; ++l_mut_1834) {
const float l_1835 = shared_memory_33[l_mut_1834];
l_mut_211 = l_mut_211 + l_1835;
}
const float l_1836 = float {simd_sum(l_mut_210)
};
const uint l_1837 = total_thread_in_threadgroup + simd_size;
const uint l_1838 = l_1837 - uint(1);
const uint l_1839 = l_1838 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1840 = thread_index_in_threadgroup % simd_size;
const bool l_1841 = l_1840 == uint(0);
if (l_1841) {
const uint l_1842 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1842] = l_1836;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_1843 = uint(0); l_mut_1843 < l_1839; ++l_mut_1843) {
const float l_1844 = shared_memory_33[l_mut_1843];
l_mut_210 = l_mut_210 + l_1844;
}
const float l_1845 = float {simd_sum(l_mut_209)
};
const uint l_1846 = total_thread_in_threadgroup + simd_size;
const uint l_1847 = l_1846 - uint(1);
const uint l_1848 = l_1847 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1849 = thread_index_in_threadgroup % simd_size;
const bool l_1850 = l_1849 == uint(0);
if (l_1850) {
const uint l_1851 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1851] = l_1845;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_1852 = uint(0); l_mut_1852 < l_1848; ++l_mut_1852) {
const float l_1853 = shared_memory_33[l_mut_1852];
l_mut_209 = l_mut_209 + l_1853;
}
const float l_1854 = float {simd_sum(l_mut_208)
};
const uint l_1855 = total_thread_in_threadgroup + simd_size;
const uint l_1856 = l_1855 - uint(1);
const uint l_1857 = l_1856 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1858 = thread_index_in_threadgroup % simd_size;
const bool l_1859 = l_1858 == uint(0);
if (l_1859) {
const uint l_1860 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1860] = l_1854;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_1861 = uint(0); l_mut_1861 < l_1857; ++l_mut_1861) {
const float l_1862 = shared_memory_33[l_mut_1861];
l_mut_208 = l_mut_208 + l_1862;
}
const float l_1863 = float {simd_sum(l_mut_207)
};
const uint l_1864 = total_thread_in_threadgroup + simd_size;
const uint l_1865 = l_1864 - uint(1);
const uint l_1866 = l_1865 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1867 = thread_index_in_threadgroup % simd_size;
const bool l_1868 = l_1867 == uint(0);
if (l_1868) {
const uint l_1869 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1869] = l_1863;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_1870 = uint(0); l_mut_1870 < l_1866; ++l_mut_1870) {
const float l_1871 = shared_memory_33[l_mut_1870];
l_mut_207 = l_mut_207 + l_1871;
}
const float l_1872 = float {simd_sum(l_mut_206)
};
const uint l_1873 = total_thread_in_threadgroup + simd_size;
const uint l_1874 = l_1873 - uint(1);
const uint l_1875 = l_1874 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1876 = thread_index_in_threadgroup % simd_size;
const bool l_1877 = l_1876 == uint(0);
if (l_1877) {
const uint l_1878 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1878] = l_1872;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_1879 = uint(0); l_mut_1879 < l_1875; ++l_mut_1879) {
const float l_1880 = shared_memory_33[l_mut_1879];
l_mut_206 = l_mut_206 + l_1880;
}
const float l_1881 = float {simd_sum(l_mut_205)
};
const uint l_1882 = total_thread_in_threadgroup + simd_size;
const uint l_1883 = l_1882 - uint(1);
const uint l_1884 = l_1883 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1885 = thread_index_in_threadgroup % simd_size;
const bool l_1886 = l_1885 == uint(0);
if (l_1886) {
const uint l_1887 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1887] = l_1881;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_1888 = uint(0); l_mut_1888 < l_1884; ++l_mut_1888) {
const float l_1889 = shared_memory_33[l_mut_1888];
l_mut_205 = l_mut_205 + l_1889;
}
const float l_1890 = float {simd_sum(l_mut_204)
};
const uint l_1891 = total_thread_in_threadgroup + simd_size;
const uint l_1892 = l_1891 - uint(1);
const uint l_1893 = l_1892 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1894 = thread_index_in_threadgroup % simd_size;
const bool l_1895 = l_1894 == uint(0);
if (l_1895) {
const uint l_1896 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1896] = l_1890;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_1897 = uint(0); l_mut_1897 < l_1893; ++l_mut_1897) {
const float l_1898 = shared_memory_33[l_mut_1897];
l_mut_204 = l_mut_204 + l_1898;
}
const float l_1899 = float {simd_sum(l_mut_203)
};
const uint l_1900 = total_thread_in_threadgroup + simd_size;
const uint l_1901 = l_1900 - uint(1);
const uint l_1902 = l_1901 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1903 = thread_index_in_threadgroup % simd_size;
const bool l_1904 = l_1903 == uint(0);
if (l_1904) {
const uint l_1905 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1905] = l_1899;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_1906 = uint(0); l_mut_1906 < l_1902; ++l_mut_1906) {
const float l_1907 = shared_memory_33[l_mut_1906];
l_mut_203 = l_mut_203 + l_1907;
}
const float l_1908 = float {simd_sum(l_mut_202)
};
const uint l_1909 = total_thread_in_threadgroup + simd_size;
const uint l_1910 = l_1909 - uint(1);
const uint l_1911 = l_1910 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1912 = thread_index_in_threadgroup % simd_size;
const bool l_1913 = l_1912 == uint(0);
if (l_1913) {
const uint l_1914 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1914] = l_1908;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_1915 = uint(0); l_mut_1915 < l_1911; ++l_mut_1915) {
const float l_1916 = shared_memory_33[l_mut_1915];
l_mut_202 = l_mut_202 + l_1916;
}
const float l_1917 = float {simd_sum(l_mut_201)
};
const uint l_1918 = total_thread_in_threadgroup + simd_size;
const uint l_1919 = l_1918 - uint(1);
const uint l_1920 = l_1919 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1921 = thread_index_in_threadgroup % simd_size;
const bool l_1922 = l_1921 == uint(0);
if (l_1922) {
const uint l_1923 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1923] = l_1917;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_1924 = uint(0); l_mut_1924 < l_1920; ++l_mut_1924) {
const float l_1925 = shared_memory_33[l_mut_1924];
l_mut_201 = l_mut_201 + l_1925;
}
const float l_1926 = float {simd_sum(l_mut_200)
};
const uint l_1927 = total_thread_in_threadgroup + simd_size;
const uint l_1928 = l_1927 - uint(1);
const uint l_1929 = l_1928 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1930 = thread_index_in_threadgroup % simd_size;
const bool l_1931 = l_1930 == uint(0);
if (l_1931) {
const uint l_1932 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1932] = l_1926;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_1933 = uint(0); l_mut_1933 < l_1929; ++l_mut_1933) {
const float l_1934 = shared_memory_33[l_mut_1933];
l_mut_200 = l_mut_200 + l_1934;
}
const float l_1935 = float {simd_sum(l_mut_199)
};
const uint l_1936 = total_thread_in_threadgroup + simd_size;
const uint l_1937 = l_1936 - uint(1);
const uint l_1938 = l_1937 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1939 = thread_index_in_threadgroup % simd_size;
const bool l_1940 = l_1939 == uint(0);
if (l_1940) {
const uint l_1941 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1941] = l_1935;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_1942 = uint(0); l_mut_1942 < l_1938; ++l_mut_1942) {
const float l_1943 = shared_memory_33[l_mut_1942];
l_mut_199 = l_mut_199 + l_1943;
}
const float l_1944 = float {simd_sum(l_mut_198)
};
const uint l_1945 = total_thread_in_threadgroup + simd_size;
const uint l_1946 = l_1945 - uint(1);
const uint l_1947 = l_1946 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1948 = thread_index_in_threadgroup % simd_size;
const bool l_1949 = l_1948 == uint(0);
if (l_1949) {
const uint l_1950 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1950] = l_1944;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_1951 = uint(0); l_mut_1951 < l_1947; ++l_mut_1951) {
const float l_1952 = shared_memory_33[l_mut_1951];
l_mut_198 = l_mut_198 + l_1952;
}
const bool l_1953 = thread_index_in_threadgroup == uint(0);
if (l_1953) {
shared_memory_32[uint(0)] = l_mut_230;
shared_memory_32[uint(1)] = l_mut_221;
shared_memory_32[uint(2)] = l_mut_211;
shared_memory_32[uint(3)] = l_mut_210;
shared_memory_32[uint(4)] = l_mut_209;
shared_memory_32[uint(5)] = l_mut_208;
shared_memory_32[uint(6)] = l_mut_207;
shared_memory_32[uint(7)] = l_mut_206;
shared_memory_32[uint(8)] = l_mut_205;
shared_memory_32[uint(9)] = l_mut_204;
shared_memory_32[uint(10)] = l_mut_203;
shared_memory_32[uint(11)] = l_mut_202;
shared_memory_32[uint(12)] = l_mut_201;
shared_memory_32[uint(13)] = l_mut_200;
shared_memory_32[uint(14)] = l_mut_199;
shared_memory_32[uint(15)] = l_mut_198;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);
l_mut_213 = uint(0);
l_mut_996 = bool(false);
l_mut_221 = float(0.0);

for (uint l_mut_1954 = uint(0); l_mut_1954 < uint(16); ++l_mut_1954) {
l_mut_212 = l_mut_1954;
l_mut_211 = l_mut_230;
const float l_1955 = shared_memory_32[l_mut_212];
l_mut_230 = l_mut_230 + l_1955;
const bool l_1956 = !l_mut_996;
const float l_1957 = l_mut_1504 + l_mut_230;
const bool l_1958 = l_1957 >= l_1747;
const bool l_1959 = l_1956 && l_1958;
if (l_1959) {
l_mut_213 = l_mut_212;
l_mut_996 = bool(true);
l_mut_221 = l_mut_211;
}
}
l_mut_1504 = l_mut_1504 + l_mut_221;
const uint l_1960 = l_mut_213 << l_1751;
l_mut_1054 = l_mut_1054 | l_1960;
}
l_mut_1322 = l_mut_1322 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1961 = thread_index_in_threadgroup == uint(0);
if (l_1961) {
shared_memory_31[uint(3)] = l_mut_1054;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1962 = shared_memory_31[uint(3)];
l_mut_1308 = l_1962;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_740 = l_1684;
l_mut_726 = l_mut_1308;
} else {
const bool l_1963 = l_1684 == l_mut_740;
const bool l_1964 = l_1684 != uint(0);
const bool l_1965 = l_1963 && l_1964;
if (l_1965) {
const uint l_1966 = ~l_1684;
l_mut_1322 = l_1966;
const bool l_1967 = l_1684 >= uint(2147483648);
if (l_1967) {
const uint l_1968 = l_1684 & uint(2147483647);
l_mut_1322 = l_1968;
}
const float l_1969 = reinterpret_cast<thread float const&>(l_mut_1322);
l_mut_1504 = float(1.0);
const bool l_1970 = l_1969 != l_mut_90;
if (l_1970) {
const float l_1971 = l_1969 - l_mut_90;
const float l_1972 = l_1971 * l_mut_22;
const float l_1973 = exp(l_1972);
l_mut_1504 = l_1973;
}
const float l_1974 = l_1459 - l_1686;
const float l_1975 = l_1974 / l_mut_1504;
l_mut_1322 = uint(16777216);
const bool l_1976 = l_1975 < float(16777216.0);
if (l_1976) {
const uint l_1977 = uint(l_1975);
l_mut_1322 = l_1977;
const float l_1978 = float(l_mut_1322);
const bool l_1979 = l_1978 < l_1975;
if (l_1979) {
l_mut_1322 = l_mut_1322 + uint(1);
}
}
const bool l_1980 = l_mut_1322 < uint(1);
if (l_1980) {
l_mut_1322 = uint(1);
}
l_mut_1504 = float(0.0);
l_mut_1308 = uint(0);
l_mut_1054 = thread_index_in_threadgroup;
while (true) {
const bool l_1981 = l_mut_1054 < l_25;
const bool l_1982 = !l_1981;
if (l_1982) {
break;}
const uint l_1983 = l_26 + l_mut_1054;
const float l_1984 = buffer_0[l_1983];
const uint l_1985 = l_mut_1054 * uint(1);
const uint l_1986 = l_1985 + uint(0);
const float l_1987 = l_1984;
l_mut_230 = l_1987;
l_mut_474 = l_mut_1308;
while (true) {
const uint l_1988 = shared_memory_27[l_mut_474];
const bool l_1989 = l_1988 < l_1986;
const bool l_1990 = !l_1989;
if (l_1990) {
break;}
l_mut_474 = l_mut_474 + uint(1);
}
l_mut_1308 = l_mut_474;
l_mut_474 = uint(0);
while (true) {
const uint l_1991 = l_mut_1308 + l_mut_474;
const uint l_1992 = shared_memory_27[l_1991];
const bool l_1993 = l_1992 == l_1986;
const bool l_1994 = !l_1993;
if (l_1994) {
break;}
l_mut_474 = l_mut_474 + uint(1);
}
l_mut_221 = l_mut_230;
const bool l_1995 = l_mut_474 > uint(0);
if (l_1995) {
const bool l_1996 = l_mut_221 > float(0.0);
if (l_1996) {
const float l_1997 = l_mut_221 / l_16;
l_mut_221 = l_1997;
} else {
const float l_1998 = l_mut_221 * l_16;
l_mut_221 = l_1998;
}
const float l_1999 = float(l_mut_474);
const float l_2000 = l_20 * l_1999;
const float l_2001 = l_mut_221 - l_2000;
const float l_2002 = l_2001 - l_18;
l_mut_221 = l_2002;
}
l_mut_230 = l_mut_221;
const uint l_2003 = reinterpret_cast<thread uint const&>(l_mut_230);
l_mut_474 = l_2003;
const bool l_2004 = l_mut_474 == uint(2147483648);
if (l_2004) {
l_mut_474 = uint(0);
}
const uint l_2005 = l_mut_474 | uint(2147483648);
l_mut_242 = l_2005;
const bool l_2006 = l_mut_474 >= uint(2147483648);
if (l_2006) {
const uint l_2007 = ~l_mut_474;
l_mut_242 = l_2007;
}
const bool l_2008 = l_mut_242 > l_mut_740;
const bool l_2009 = l_mut_242 == l_mut_740;
const bool l_2010 = l_1986 <= l_mut_726;
const bool l_2011 = l_2009 && l_2010;
const bool l_2012 = l_2008 || l_2011;
if (l_2012) {
const bool l_2013 = l_mut_242 == l_1684;
if (l_2013) {
l_mut_1504 = l_mut_1504 + float(1.0);
}
}
l_mut_1054 = l_mut_1054 + total_thread_in_threadgroup;
}
const float l_2014 = float {simd_sum(l_mut_1504)
};
const uint l_2015 = total_thread_in_threadgroup + simd_size;
const uint l_2016 = l_2015 - uint(1);
const uint l_2017 = l_2016 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2018 = thread_index_in_threadgroup % simd_size;
const bool l_2019 = l_2018 == uint(0);
if (l_2019) {
const uint l_2020 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2020] = l_2014;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1504 = float(0.0);

for (uint l_mut_2021 = uint(0); l_mut_2021 < l_2017; ++l_mut_2021) {
const float l_2022 = shared_memory_33[l_mut_2021];
l_mut_1504 = l_mut_1504 + l_2022;
}
const uint l_2023 = uint(l_mut_1504);
const bool l_2024 = l_mut_1322 < l_2023;
if (l_2024) {
l_mut_1308 = uint(0);
l_mut_1504 = float(0.0);
const float l_2025 = float(l_mut_1322);
l_mut_1322 = uint(0);
while (true) {
const bool l_2026 = l_mut_1322 < uint(8);
const bool l_2027 = !l_2026;
if (l_2027) {
break;}
const uint l_2028 = uint(4) * l_mut_1322;
const uint l_2029 = uint(28) - l_2028;
const uint l_2030 = info.scalars_uint[1] - uint(1);
const uint l_2031 = l_2030 >> l_2029;
const bool l_2032 = l_2031 > uint(0);
if (l_2032) {
l_mut_1054 = uint(0);
const bool l_2033 = l_mut_1322 > uint(0);
if (l_2033) {
const uint l_2034 = l_2029 + uint(4);
const uint l_2035 = uint(4294967295) << l_2034;
l_mut_1054 = l_2035;
}
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_209 = float(0.0);
l_mut_208 = float(0.0);
l_mut_207 = float(0.0);
l_mut_206 = float(0.0);
l_mut_205 = float(0.0);
l_mut_204 = float(0.0);
l_mut_203 = float(0.0);
l_mut_202 = float(0.0);
l_mut_201 = float(0.0);
l_mut_200 = float(0.0);
l_mut_199 = float(0.0);
l_mut_198 = float(0.0);
l_mut_474 = uint(0);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_2036 = l_mut_242 < l_25;
const bool l_2037 = !l_2036;
if (l_2037) {
break;}
const uint l_2038 = l_26 + l_mut_242;
const float l_2039 = buffer_0[l_2038];
const uint l_2040 = l_mut_242 * uint(1);
const uint l_2041 = l_2040 + uint(0);
const float l_2042 = l_2039;
l_mut_197 = l_2042;
l_mut_222 = l_mut_474;
while (true) {
const uint l_2043 = shared_memory_27[l_mut_222];
const bool l_2044 = l_2043 < l_2041;
const bool l_2045 = !l_2044;
if (l_2045) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_474 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_2046 = l_mut_474 + l_mut_222;
const uint l_2047 = shared_memory_27[l_2046];
const bool l_2048 = l_2047 == l_2041;
const bool l_2049 = !l_2048;
if (l_2049) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_157 = l_mut_197;
const bool l_2050 = l_mut_222 > uint(0);
if (l_2050) {
const bool l_2051 = l_mut_157 > float(0.0);
if (l_2051) {
const float l_2052 = l_mut_157 / l_16;
l_mut_157 = l_2052;
} else {
const float l_2053 = l_mut_157 * l_16;
l_mut_157 = l_2053;
}
const float l_2054 = float(l_mut_222);
const float l_2055 = l_20 * l_2054;
const float l_2056 = l_mut_157 - l_2055;
const float l_2057 = l_2056 - l_18;
l_mut_157 = l_2057;
}
l_mut_197 = l_mut_157;
const uint l_2058 = reinterpret_cast<thread uint const&>(l_mut_197);
l_mut_222 = l_2058;
const bool l_2059 = l_mut_222 == uint(2147483648);
if (l_2059) {
l_mut_222 = uint(0);
}
const uint l_2060 = l_mut_222 | uint(2147483648);
l_mut_213 = l_2060;
const bool l_2061 = l_mut_222 >= uint(2147483648);
if (l_2061) {
const uint l_2062 = ~l_mut_222;
l_mut_213 = l_2062;
}
const bool l_2063 = l_mut_213 == l_1684;
const bool l_2064 = l_2041 <= l_mut_726;
const bool l_2065 = l_2063 && l_2064;
const uint l_2066 = l_2041 & l_mut_1054;
const bool l_2067 = l_2066 == l_mut_1308;
const bool l_2068 = l_2065 && l_2067;
if (l_2068) {
const uint l_2069 = l_2041 >> l_2029;
const uint l_2070 = l_2069 & uint(15);
const bool l_2071 = l_2070 == uint(0);
if (l_2071) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_2072 = l_2070 == uint(1);
if (l_2072) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_2073 = l_2070 == uint(2);
if (l_2073) {
l_mut_211 = l_mut_211 + float(1.0);
} else {
const bool l_2074 = l_2070 == uint(3);
if (l_2074) {
l_mut_210 = l_mut_210 + float(1.0);
} else {
const bool l_2075 = l_2070 == uint(4);
if (l_2075) {
l_mut_209 = l_mut_209 + float(1.0);
} else {
const bool l_2076 = l_2070 == uint(5);
if (l_2076) {
l_mut_208 = l_mut_208 + float(1.0);
} else {
const bool l_2077 = l_2070 == uint(6);
if (l_2077) {
l_mut_207 = l_mut_207 + float(1.0);
} else {
const bool l_2078 = l_2070 == uint(7);
if (l_2078) {
l_mut_206 = l_mut_206 + float(1.0);
} else {
const bool l_2079 = l_2070 == uint(8);
if (l_2079) {
l_mut_205 = l_mut_205 + float(1.0);
} else {
const bool l_2080 = l_2070 == uint(9);
if (l_2080) {
l_mut_204 = l_mut_204 + float(1.0);
} else {
const bool l_2081 = l_2070 == uint(10);
if (l_2081) {
l_mut_203 = l_mut_203 + float(1.0);
} else {
const bool l_2082 = l_2070 == uint(11);
if (l_2082) {
l_mut_202 = l_mut_202 + float(1.0);
} else {
const bool l_2083 = l_2070 == uint(12);
if (l_2083) {
l_mut_201 = l_mut_201 + float(1.0);
} else {
const bool l_2084 = l_2070 == uint(13);
if (l_2084) {
l_mut_200 = l_mut_200 + float(1.0);
} else {
const bool l_2085 = l_2070 == uint(14);
if (l_2085) {
l_mut_199 = l_mut_199 + float(1.0);
} else {
const bool l_2086 = l_2070 == uint(15);
if (l_2086) {
l_mut_198 = l_mut_198 + float(1.0);
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
const float l_2087 = float {simd_sum(l_mut_230)
};
const uint l_2088 = total_thread_in_threadgroup + simd_size;
const uint l_2089 = l_2088 - uint(1);
const uint l_2090 = l_2089 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2091 = thread_index_in_threadgroup % simd_size;
const bool l_2092 = l_2091 == uint(0);
if (l_2092) {
const uint l_2093 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2093] = l_2087;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_2094 = uint(0); l_mut_2094 < l_2090; ++l_mut_2094) {
const float l_2095 = shared_memory_33[l_mut_2094];
l_mut_230 = l_mut_230 + l_2095;
}
const float l_2096 = float {simd_sum(l_mut_221)
};
const uint l_2097 = total_thread_in_threadgroup + simd_size;
const uint l_2098 = l_2097 - uint(1);
const uint l_2099 = l_2098 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2100 = thread_index_in_threadgroup % simd_size;
const bool l_2101 = l_2100 == uint(0);
if (l_2101) {
const uint l_2102 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2102] = l_2096;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_2103 = uint(0); l_mut_2103 < l_2099; ++l_mut_2103) {
const float l_2104 = shared_memory_33[l_mut_2103];
l_mut_221 = l_mut_221 + l_2104;
}
const float l_2105 = float {simd_sum(l_mut_211)
};
const uint l_2106 = total_thread_in_threadgroup + simd_size;
const uint l_2107 = l_2106 - uint(1);
const uint l_2108 = l_2107 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2109 = thread_index_in_threadgroup % simd_size;
const bool l_2110 = l_2109 == uint(0);
if (l_2110) {
const uint l_2111 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2111] = l_2105;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_211 = float(0.0);

for (uint l_mut_2112 = uint(0); l_mut_2112 < l_2108; ++l_mut_2112) {
const float l_2113 = shared_memory_33[l_mut_2112];
l_mut_211 = l_mut_211 + l_2113;
}
const float l_2114 = float {simd_sum(l_mut_210)
};
const uint l_2115 = total_thread_in_threadgroup + simd_size;
const uint l_2116 = l_2115 - uint(1);
const uint l_2117 = l_2116 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2118 = thread_index_in_threadgroup % simd_size;
const bool l_2119 = l_2118 == uint(0);
if (l_2119) {
const uint l_2120 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2120] = l_2114;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_2121 = uint(0); l_mut_2121 < l_2117; ++l_mut_2121) {
const float l_2122 = shared_memory_33[l_mut_2121];
l_mut_210 = l_mut_210 + l_2122;
}
const float l_2123 = float {simd_sum(l_mut_209)
};
const uint l_2124 = total_thread_in_threadgroup + simd_size;
const uint l_2125 = l_2124 - uint(1);
const uint l_2126 = l_2125 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2127 = thread_index_in_threadgroup % simd_size;
const bool l_2128 = l_2127 == uint(0);
if (l_2128) {
const uint l_2129 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2129] = l_2123;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_2130 = uint(0); l_mut_2130 < l_2126; ++l_mut_2130) {
const float l_2131 = shared_memory_33[l_mut_2130];
l_mut_209 = l_mut_209 + l_2131;
}
const float l_2132 = float {simd_sum(l_mut_208)
};
const uint l_2133 = total_thread_in_threadgroup + simd_size;
const uint l_2134 = l_2133 - uint(1);
const uint l_2135 = l_2134 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2136 = thread_index_in_threadgroup % simd_size;
const bool l_2137 = l_2136 == uint(0);
if (l_2137) {
const uint l_2138 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2138] = l_2132;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_2139 = uint(0); l_mut_2139 < l_2135; ++l_mut_2139) {
const float l_2140 = shared_memory_33[l_mut_2139];
l_mut_208 = l_mut_208 + l_2140;
}
const float l_2141 = float {simd_sum(l_mut_207)
};
const uint l_2142 = total_thread_in_threadgroup + simd_size;
const uint l_2143 = l_2142 - uint(1);
const uint l_2144 = l_2143 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2145 = thread_index_in_threadgroup % simd_size;
const bool l_2146 = l_2145 == uint(0);
if (l_2146) {
const uint l_2147 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2147] = l_2141;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_2148 = uint(0); l_mut_2148 < l_2144; ++l_mut_2148) {
const float l_2149 = shared_memory_33[l_mut_2148];
l_mut_207 = l_mut_207 + l_2149;
}
const float l_2150 = float {simd_sum(l_mut_206)
};
const uint l_2151 = total_thread_in_threadgroup + simd_size;
const uint l_2152 = l_2151 - uint(1);
const uint l_2153 = l_2152 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2154 = thread_index_in_threadgroup % simd_size;
const bool l_2155 = l_2154 == uint(0);
if (l_2155) {
const uint l_2156 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2156] = l_2150;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_2157 = uint(0); l_mut_2157 < l_2153; ++l_mut_2157) {
const float l_2158 = shared_memory_33[l_mut_2157];
l_mut_206 = l_mut_206 + l_2158;
}
const float l_2159 = float {simd_sum(l_mut_205)
};
const uint l_2160 = total_thread_in_threadgroup + simd_size;
const uint l_2161 = l_2160 - uint(1);
const uint l_2162 = l_2161 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2163 = thread_index_in_threadgroup % simd_size;
const bool l_2164 = l_2163 == uint(0);
if (l_2164) {
const uint l_2165 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2165] = l_2159;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_2166 = uint(0); l_mut_2166 < l_2162; ++l_mut_2166) {
const float l_2167 = shared_memory_33[l_mut_2166];
l_mut_205 = l_mut_205 + l_2167;
}
const float l_2168 = float {simd_sum(l_mut_204)
};
const uint l_2169 = total_thread_in_threadgroup + simd_size;
const uint l_2170 = l_2169 - uint(1);
const uint l_2171 = l_2170 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2172 = thread_index_in_threadgroup % simd_size;
const bool l_2173 = l_2172 == uint(0);
if (l_2173) {
const uint l_2174 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2174] = l_2168;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_2175 = uint(0); l_mut_2175 < l_2171; ++l_mut_2175) {
const float l_2176 = shared_memory_33[l_mut_2175];
l_mut_204 = l_mut_204 + l_2176;
}
const float l_2177 = float {simd_sum(l_mut_203)
};
const uint l_2178 = total_thread_in_threadgroup + simd_size;
const uint l_2179 = l_2178 - uint(1);
const uint l_2180 = l_2179 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2181 = thread_index_in_threadgroup % simd_size;
const bool l_2182 = l_2181 == uint(0);
if (l_2182) {
const uint l_2183 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2183] = l_2177;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_2184 = uint(0); l_mut_2184 < l_2180; ++l_mut_2184) {
const float l_2185 = shared_memory_33[l_mut_2184];
l_mut_203 = l_mut_203 + l_2185;
}
const float l_2186 = float {simd_sum(l_mut_202)
};
const uint l_2187 = total_thread_in_threadgroup + simd_size;
const uint l_2188 = l_2187 - uint(1);
const uint l_2189 = l_2188 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2190 = thread_index_in_threadgroup % simd_size;
const bool l_2191 = l_2190 == uint(0);
if (l_2191) {
const uint l_2192 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2192] = l_2186;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_2193 = uint(0); l_mut_2193 < l_2189; ++l_mut_2193) {
const float l_2194 = shared_memory_33[l_mut_2193];
l_mut_202 = l_mut_202 + l_2194;
}
const float l_2195 = float {simd_sum(l_mut_201)
};
const uint l_2196 = total_thread_in_threadgroup + simd_size;
const uint l_2197 = l_2196 - uint(1);
const uint l_2198 = l_2197 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2199 = thread_index_in_threadgroup % simd_size;
const bool l_2200 = l_2199 == uint(0);
if (l_2200) {
const uint l_2201 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2201] = l_2195;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_2202 = uint(0); l_mut_2202 < l_2198; ++l_mut_2202) {
const float l_2203 = shared_memory_33[l_mut_2202];
l_mut_201 = l_mut_201 + l_2203;
}
const float l_2204 = float {simd_sum(l_mut_200)
};
const uint l_2205 = total_thread_in_threadgroup + simd_size;
const uint l_2206 = l_2205 - uint(1);
const uint l_2207 = l_2206 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2208 = thread_index_in_threadgroup % simd_size;
const bool l_2209 = l_2208 == uint(0);
if (l_2209) {
const uint l_2210 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2210] = l_2204;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_2211 = uint(0); l_mut_2211 < l_2207; ++l_mut_2211) {
const float l_2212 = shared_memory_33[l_mut_2211];
l_mut_200 = l_mut_200 + l_2212;
}
const float l_2213 = float {simd_sum(l_mut_199)
};
const uint l_2214 = total_thread_in_threadgroup + simd_size;
const uint l_2215 = l_2214 - uint(1);
const uint l_2216 = l_2215 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2217 = thread_index_in_threadgroup % simd_size;
const bool l_2218 = l_2217 == uint(0);
if (l_2218) {
const uint l_2219 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2219] = l_2213;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_2220 = uint(0); l_mut_2220 < l_2216; ++l_mut_2220) {
const float l_2221 = shared_memory_33[l_mut_2220];
l_mut_199 = l_mut_199 + l_2221;
}
const float l_2222 = float {simd_sum(l_mut_198)
};
const uint l_2223 = total_thread_in_threadgroup + simd_size;
const uint l_2224 = l_2223 - uint(1);
const uint l_2225 = l_2224 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2226 = thread_index_in_threadgroup % simd_size;
const bool l_2227 = l_2226 == uint(0);
if (l_2227) {
const uint l_2228 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2228] = l_2222;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_2229 = uint(0); l_mut_2229 < l_2225; ++l_mut_2229) {
const float l_2230 = shared_memory_33[l_mut_2229];
l_mut_198 = l_mut_198 + l_2230;
}
const bool l_2231 = thread_index_in_threadgroup == uint(0);
if (l_2231) {
shared_memory_32[uint(0)] = l_mut_230;
shared_memory_32[uint(1)] = l_mut_221;
shared_memory_32[uint(2)] = l_mut_211;
shared_memory_32[uint(3)] = l_mut_210;
shared_memory_32[uint(4)] = l_mut_209;
shared_memory_32[uint(5)] = l_mut_208;
shared_memory_32[uint(6)] = l_mut_207;
shared_memory_32[uint(7)] = l_mut_206;
shared_memory_32[uint(8)] = l_mut_205;
shared_memory_32[uint(9)] = l_mut_204;
shared_memory_32[uint(10)] = l_mut_203;
shared_memory_32[uint(11)] = l_mut_202;
shared_memory_32[uint(12)] = l_mut_201;
shared_memory_32[uint(13)] = l_mut_200;
shared_memory_32[uint(14)] = l_mut_199;
shared_memory_32[uint(15)] = l_mut_198;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);
l_mut_222 = uint(0);
l_mut_996 = bool(false);
l_mut_221 = float(0.0);

for (uint l_mut_2232 = uint(0); l_mut_2232 < uint(16); ++l_mut_2232) {
l_mut_213 = l_mut_2232;
l_mut_211 = l_mut_230;
const float l_2233 = shared_memory_32[l_mut_213];
l_mut_230 = l_mut_230 + l_2233;
const bool l_2234 = !l_mut_996;
const float l_2235 = l_mut_1504 + l_mut_230;
const bool l_2236 = l_2235 >= l_2025;
const bool l_2237 = l_2234 && l_2236;
if (l_2237) {
l_mut_222 = l_mut_213;
l_mut_996 = bool(true);
l_mut_221 = l_mut_211;
}
}
l_mut_1504 = l_mut_1504 + l_mut_221;
const uint l_2238 = l_mut_222 << l_2029;
l_mut_1308 = l_mut_1308 | l_2238;
}
l_mut_1322 = l_mut_1322 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_2239 = thread_index_in_threadgroup == uint(0);
if (l_2239) {
shared_memory_31[uint(3)] = l_mut_1308;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2240 = shared_memory_31[uint(3)];
l_mut_726 = l_2240;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
}
}
}
}
l_mut_1322 = info.scalars_uint[5];
l_mut_1308 = info.scalars_uint[6];
l_mut_1054 = l_1;
l_mut_474 = uint(0);
l_mut_242 = info.scalars_uint[3];
l_mut_222 = info.scalars_uint[4];

for (uint l_mut_2241 = uint(0); l_mut_2241 < uint(10); ++l_mut_2241) {
const uint l_2242 = uint(3528531795) & uint(65535);
const uint l_2243 = uint(3528531795) >> uint(16);
const uint l_2244 = l_mut_1322 & uint(65535);
const uint l_2245 = l_mut_1322 >> uint(16);
const uint l_2246 = l_2242 * l_2244;
const uint l_2247 = l_2242 * l_2245;
const uint l_2248 = l_2243 * l_2244;
const uint l_2249 = l_2243 * l_2245;
const uint l_2250 = l_2246 >> uint(16);
const uint l_2251 = l_2247 & uint(65535);
const uint l_2252 = l_2250 + l_2251;
const uint l_2253 = l_2248 & uint(65535);
const uint l_2254 = l_2252 + l_2253;
const uint l_2255 = l_2247 >> uint(16);
const uint l_2256 = l_2249 + l_2255;
const uint l_2257 = l_2248 >> uint(16);
const uint l_2258 = l_2256 + l_2257;
const uint l_2259 = l_2254 >> uint(16);
const uint l_2260 = l_2258 + l_2259;
const uint l_2261 = uint(3528531795) * l_mut_1322;
const uint l_2262 = uint(3449720151) & uint(65535);
const uint l_2263 = uint(3449720151) >> uint(16);
const uint l_2264 = l_mut_1054 & uint(65535);
const uint l_2265 = l_mut_1054 >> uint(16);
const uint l_2266 = l_2262 * l_2264;
const uint l_2267 = l_2262 * l_2265;
const uint l_2268 = l_2263 * l_2264;
const uint l_2269 = l_2263 * l_2265;
const uint l_2270 = l_2266 >> uint(16);
const uint l_2271 = l_2267 & uint(65535);
const uint l_2272 = l_2270 + l_2271;
const uint l_2273 = l_2268 & uint(65535);
const uint l_2274 = l_2272 + l_2273;
const uint l_2275 = l_2267 >> uint(16);
const uint l_2276 = l_2269 + l_2275;
const uint l_2277 = l_2268 >> uint(16);
const uint l_2278 = l_2276 + l_2277;
const uint l_2279 = l_2274 >> uint(16);
const uint l_2280 = l_2278 + l_2279;
const uint l_2281 = uint(3449720151) * l_mut_1054;
const uint l_2282 = l_2280 ^ l_mut_1308;
const uint l_2283 = l_2282 ^ l_mut_242;
const uint l_2284 = l_2260 ^ l_mut_474;
const uint l_2285 = l_2284 ^ l_mut_222;
l_mut_1322 = l_2283;
l_mut_1308 = l_2281;
l_mut_1054 = l_2285;
l_mut_474 = l_2261;
l_mut_242 = l_mut_242 + uint(2654435769);
l_mut_222 = l_mut_222 + uint(3144134277);
}
const uint l_2286 = l_mut_1322 >> uint(8);
const float l_2287 = float(l_2286);
const float l_2288 = l_2287 * float(5.960464477539063e-8);
const uint l_2289 = l_25 + total_thread_in_threadgroup;
const uint l_2290 = l_2289 - uint(1);
const uint l_2291 = l_2290 / total_thread_in_threadgroup;
const uint l_2292 = thread_index_in_threadgroup * l_2291;
l_mut_1322 = l_2292;
const bool l_2293 = l_mut_1322 > l_25;
if (l_2293) {
l_mut_1322 = l_25;
}
const uint l_2294 = l_mut_1322 + l_2291;
l_mut_1308 = l_2294;
const bool l_2295 = l_mut_1308 > l_25;
if (l_2295) {
l_mut_1308 = l_25;
}
l_mut_1054 = uint(0);
const uint l_2296 = l_mut_1322 * uint(1);
l_mut_474 = uint(0);
l_mut_242 = l_mut_34;
while (true) {
const bool l_2297 = l_mut_474 < l_mut_242;
const bool l_2298 = !l_2297;
if (l_2298) {
break;}
const uint l_2299 = l_mut_474 + l_mut_242;
const uint l_2300 = l_2299 / uint(2);
const uint l_2301 = shared_memory_27[l_2300];
const bool l_2302 = l_2301 < l_2296;
if (l_2302) {
const uint l_2303 = l_2300 + uint(1);
l_mut_474 = l_2303;
} else {
l_mut_242 = l_2300;
}
}
l_mut_1054 = l_mut_474;
l_mut_1504 = float(0.0);
l_mut_474 = uint(0);
l_mut_242 = l_mut_1054;

for (uint l_mut_2304 = l_mut_1322; l_mut_2304 < l_mut_1308; ++l_mut_2304) {
const uint l_2305 = l_26 + l_mut_2304;
const float l_2306 = buffer_0[l_2305];
const uint l_2307 = l_mut_2304 * uint(1);
const uint l_2308 = l_2307 + uint(0);
const float l_2309 = l_2306;
l_mut_230 = l_2309;
l_mut_222 = l_mut_242;
while (true) {
const uint l_2310 = shared_memory_27[l_mut_222];
const bool l_2311 = l_2310 < l_2308;
const bool l_2312 = !l_2311;
if (l_2312) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_242 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_2313 = l_mut_242 + l_mut_222;
const uint l_2314 = shared_memory_27[l_2313];
const bool l_2315 = l_2314 == l_2308;
const bool l_2316 = !l_2315;
if (l_2316) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_221 = l_mut_230;
const bool l_2317 = l_mut_222 > uint(0);
if (l_2317) {
const bool l_2318 = l_mut_221 > float(0.0);
if (l_2318) {
const float l_2319 = l_mut_221 / l_16;
l_mut_221 = l_2319;
} else {
const float l_2320 = l_mut_221 * l_16;
l_mut_221 = l_2320;
}
const float l_2321 = float(l_mut_222);
const float l_2322 = l_20 * l_2321;
const float l_2323 = l_mut_221 - l_2322;
const float l_2324 = l_2323 - l_18;
l_mut_221 = l_2324;
}
l_mut_230 = l_mut_221;
l_mut_221 = float(0.0);
const uint l_2325 = reinterpret_cast<thread uint const&>(l_mut_230);
l_mut_222 = l_2325;
const bool l_2326 = l_mut_222 == uint(2147483648);
if (l_2326) {
l_mut_222 = uint(0);
}
const uint l_2327 = l_mut_222 | uint(2147483648);
l_mut_213 = l_2327;
const bool l_2328 = l_mut_222 >= uint(2147483648);
if (l_2328) {
const uint l_2329 = ~l_mut_222;
l_mut_213 = l_2329;
}
const bool l_2330 = l_mut_213 > l_mut_740;
const bool l_2331 = l_mut_213 == l_mut_740;
const bool l_2332 = l_2308 <= l_mut_726;
const bool l_2333 = l_2331 && l_2332;
const bool l_2334 = l_2330 || l_2333;
if (l_2334) {
l_mut_211 = float(1.0);
const bool l_2335 = l_mut_230 != l_mut_90;
if (l_2335) {
const float l_2336 = l_mut_230 - l_mut_90;
const float l_2337 = l_2336 * l_mut_22;
const float l_2338 = exp(l_2337);
l_mut_211 = l_2338;
}
l_mut_221 = l_mut_211;
}
l_mut_230 = l_mut_221;
const bool l_2339 = l_mut_230 < l_14;
const bool l_2340 = l_mut_416 && l_2339;
if (l_2340) {
l_mut_230 = float(0.0);
}
l_mut_1504 = l_mut_1504 + l_mut_230;
const bool l_2341 = l_mut_230 > float(0.0);
if (l_2341) {
const uint l_2342 = l_2308 + uint(1);
l_mut_474 = l_2342;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_1504;
l_mut_230 = l_mut_1504;
l_mut_222 = uint(1);
while (true) {
const bool l_2343 = l_mut_222 < total_thread_in_threadgroup;
const bool l_2344 = !l_2343;
if (l_2344) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1504 = float(0.0);
const bool l_2345 = thread_index_in_threadgroup >= l_mut_222;
if (l_2345) {
const uint l_2346 = thread_index_in_threadgroup - l_mut_222;
const float l_2347 = shared_memory_30[l_2346];
l_mut_1504 = l_2347;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = l_mut_230 + l_mut_1504;
shared_memory_30[thread_index_in_threadgroup] = l_mut_230;
l_mut_222 = l_mut_222 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1504 = float(0.0);
const bool l_2348 = thread_index_in_threadgroup > uint(0);
if (l_2348) {
const uint l_2349 = thread_index_in_threadgroup - uint(1);
const float l_2350 = shared_memory_30[l_2349];
l_mut_1504 = l_2350;
}
const uint l_2351 = total_thread_in_threadgroup - uint(1);
const float l_2352 = shared_memory_30[l_2351];
const float l_2353 = l_2288 * l_2352;
const bool l_2354 = thread_index_in_threadgroup == uint(0);
if (l_2354) {
shared_memory_31[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = l_mut_1504;
const bool l_2355 = l_mut_1504 <= l_2353;
const bool l_2356 = l_mut_230 > l_2353;
const bool l_2357 = l_2355 && l_2356;
if (l_2357) {
l_mut_996 = bool(false);
l_mut_222 = l_mut_1054;

for (uint l_mut_2358 = l_mut_1322; l_mut_2358 < l_mut_1308; ++l_mut_2358) {
const uint l_2359 = l_26 + l_mut_2358;
const float l_2360 = buffer_0[l_2359];
const uint l_2361 = l_mut_2358 * uint(1);
const uint l_2362 = l_2361 + uint(0);
const float l_2363 = l_2360;
l_mut_1504 = l_2363;
l_mut_1054 = l_mut_222;
while (true) {
const uint l_2364 = shared_memory_27[l_mut_1054];
const bool l_2365 = l_2364 < l_2362;
const bool l_2366 = !l_2365;
if (l_2366) {
break;}
l_mut_1054 = l_mut_1054 + uint(1);
}
l_mut_222 = l_mut_1054;
l_mut_1054 = uint(0);
while (true) {
const uint l_2367 = l_mut_222 + l_mut_1054;
const uint l_2368 = shared_memory_27[l_2367];
const bool l_2369 = l_2368 == l_2362;
const bool l_2370 = !l_2369;
if (l_2370) {
break;}
l_mut_1054 = l_mut_1054 + uint(1);
}
l_mut_230 = l_mut_1504;
const bool l_2371 = l_mut_1054 > uint(0);
if (l_2371) {
const bool l_2372 = l_mut_230 > float(0.0);
if (l_2372) {
const float l_2373 = l_mut_230 / l_16;
l_mut_230 = l_2373;
} else {
const float l_2374 = l_mut_230 * l_16;
l_mut_230 = l_2374;
}
const float l_2375 = float(l_mut_1054);
const float l_2376 = l_20 * l_2375;
const float l_2377 = l_mut_230 - l_2376;
const float l_2378 = l_2377 - l_18;
l_mut_230 = l_2378;
}
l_mut_1504 = l_mut_230;
l_mut_230 = float(0.0);
const uint l_2379 = reinterpret_cast<thread uint const&>(l_mut_1504);
l_mut_1054 = l_2379;
const bool l_2380 = l_mut_1054 == uint(2147483648);
if (l_2380) {
l_mut_1054 = uint(0);
}
const uint l_2381 = l_mut_1054 | uint(2147483648);
l_mut_213 = l_2381;
const bool l_2382 = l_mut_1054 >= uint(2147483648);
if (l_2382) {
const uint l_2383 = ~l_mut_1054;
l_mut_213 = l_2383;
}
const bool l_2384 = l_mut_213 > l_mut_740;
const bool l_2385 = l_mut_213 == l_mut_740;
const bool l_2386 = l_2362 <= l_mut_726;
const bool l_2387 = l_2385 && l_2386;
const bool l_2388 = l_2384 || l_2387;
if (l_2388) {
l_mut_211 = float(1.0);
const bool l_2389 = l_mut_1504 != l_mut_90;
if (l_2389) {
const float l_2390 = l_mut_1504 - l_mut_90;
const float l_2391 = l_2390 * l_mut_22;
const float l_2392 = exp(l_2391);
l_mut_211 = l_2392;
}
l_mut_230 = l_mut_211;
}
l_mut_1504 = l_mut_230;
const bool l_2393 = l_mut_1504 < l_14;
const bool l_2394 = l_mut_416 && l_2393;
if (l_2394) {
l_mut_1504 = float(0.0);
}
l_mut_221 = l_mut_221 + l_mut_1504;
const bool l_2395 = !l_mut_996;
const bool l_2396 = l_mut_221 > l_2353;
const bool l_2397 = l_2395 && l_2396;
if (l_2397) {
shared_memory_31[uint(0)] = l_2362;
l_mut_996 = bool(true);
}
}
const bool l_2398 = !l_mut_996;
const bool l_2399 = l_mut_474 > uint(0);
const bool l_2400 = l_2398 && l_2399;
if (l_2400) {
const uint l_2401 = l_mut_474 - uint(1);
shared_memory_31[uint(0)] = l_2401;
}
}
const uint l_2403 = uint {simd_max(l_mut_474)
};
const uint l_2404 = total_thread_in_threadgroup + simd_size;
const uint l_2405 = l_2404 - uint(1);
const uint l_2406 = l_2405 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2407 = thread_index_in_threadgroup % simd_size;
const bool l_2408 = l_2407 == uint(0);
if (l_2408) {
const uint l_2409 = thread_index_in_threadgroup / simd_size;
shared_memory_2402[l_2409] = l_2403;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2410 = shared_memory_2402[uint(0)];
l_mut_1322 = l_2410;

for (uint l_mut_2411 = uint(1); l_mut_2411 < l_2406; ++l_mut_2411) {
const uint l_2412 = shared_memory_2402[l_mut_2411];
const bool l_2413 = l_2412 > l_mut_1322;
if (l_2413) {
l_mut_1322 = l_2412;
}
}
const uint l_2414 = shared_memory_31[uint(0)];
l_mut_73 = l_2414;
const bool l_2415 = l_mut_73 == uint(4294967295);
if (l_2415) {
const uint l_2416 = l_mut_1322 - uint(1);
l_mut_73 = l_2416;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_2417 = thread_index_in_threadgroup == uint(0);
if (l_2417) {
const uint l_2418 = l_mut_73 / uint(1);
const uint l_2419 = l_26 + l_2418;
const float l_2420 = buffer_0[l_2419];
l_mut_1504 = float(0.0);
const uint l_2421 = l_mut_73 % uint(1);
const bool l_2422 = uint(0) == l_2421;
if (l_2422) {
const float l_2423 = l_2420;
l_mut_1504 = l_2423;
}
l_mut_1322 = uint(0);
l_mut_1308 = l_mut_34;
while (true) {
const bool l_2424 = l_mut_1322 < l_mut_1308;
const bool l_2425 = !l_2424;
if (l_2425) {
break;}
const uint l_2426 = l_mut_1322 + l_mut_1308;
const uint l_2427 = l_2426 / uint(2);
const uint l_2428 = shared_memory_27[l_2427];
const bool l_2429 = l_2428 < l_mut_73;
if (l_2429) {
const uint l_2430 = l_2427 + uint(1);
l_mut_1322 = l_2430;
} else {
l_mut_1308 = l_2427;
}
}
l_mut_1308 = uint(0);
while (true) {
const uint l_2431 = l_mut_1322 + l_mut_1308;
const uint l_2432 = shared_memory_27[l_2431];
const bool l_2433 = l_2432 == l_mut_73;
const bool l_2434 = !l_2433;
if (l_2434) {
break;}
l_mut_1308 = l_mut_1308 + uint(1);
}
l_mut_230 = l_mut_1504;
const bool l_2435 = l_mut_1308 > uint(0);
if (l_2435) {
const bool l_2436 = l_mut_230 > float(0.0);
if (l_2436) {
const float l_2437 = l_mut_230 / l_16;
l_mut_230 = l_2437;
} else {
const float l_2438 = l_mut_230 * l_16;
l_mut_230 = l_2438;
}
const float l_2439 = float(l_mut_1308);
const float l_2440 = l_20 * l_2439;
const float l_2441 = l_mut_230 - l_2440;
const float l_2442 = l_2441 - l_18;
l_mut_230 = l_2442;
}
l_mut_1504 = l_mut_230;
l_mut_160 = l_mut_1504;
}
}
const bool l_2443 = thread_index_in_threadgroup == uint(0);
if (l_2443) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_73;
const float l_2444 = l_mut_160 - l_mut_90;
const float l_2445 = l_2444 * l_mut_22;
const float l_2446 = l_2445 - l_185;
buffer_5[l_1] = l_2446;
}
}
}

}
