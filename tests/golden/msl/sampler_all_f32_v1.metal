
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
threadgroup uint* shared_memory_2415 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 16, 64 bytes
threadgroup float* shared_memory_32 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 2049, 8196 bytes
threadgroup uint* shared_memory_27 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_31 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_1010;
bool l_mut_187;
bool l_mut_3;
bool l_mut_430;
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
float l_mut_296;
float l_mut_306;
float l_mut_316;
float l_mut_326;
float l_mut_336;
float l_mut_346;
float l_mut_356;
float l_mut_366;
float l_mut_376;
float l_mut_386;
float l_mut_396;
float l_mut_406;
float l_mut_416;
float l_mut_426;
float l_mut_70;
float l_mut_71;
float l_mut_81;
float l_mut_90;
uint l_mut_103;
uint l_mut_1068;
uint l_mut_1322;
uint l_mut_1336;
uint l_mut_212;
uint l_mut_213;
uint l_mut_222;
uint l_mut_242;
uint l_mut_34;
uint l_mut_39;
uint l_mut_40;
uint l_mut_488;
uint l_mut_51;
uint l_mut_73;
uint l_mut_740;
uint l_mut_754;
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
}
const bool l_256 = l_254 == uint(1);
if (l_256) {
l_mut_197 = l_mut_197 + l_mut_230;
}
const bool l_257 = l_254 == uint(2);
if (l_257) {
l_mut_198 = l_mut_198 + l_mut_230;
}
const bool l_258 = l_254 == uint(3);
if (l_258) {
l_mut_199 = l_mut_199 + l_mut_230;
}
const bool l_259 = l_254 == uint(4);
if (l_259) {
l_mut_200 = l_mut_200 + l_mut_230;
}
const bool l_260 = l_254 == uint(5);
if (l_260) {
l_mut_201 = l_mut_201 + l_mut_230;
}
const bool l_261 = l_254 == uint(6);
if (l_261) {
l_mut_202 = l_mut_202 + l_mut_230;
}
const bool l_262 = l_254 == uint(7);
if (l_262) {
l_mut_203 = l_mut_203 + l_mut_230;
}
const bool l_263 = l_254 == uint(8);
if (l_263) {
l_mut_204 = l_mut_204 + l_mut_230;
}
const bool l_264 = l_254 == uint(9);
if (l_264) {
l_mut_205 = l_mut_205 + l_mut_230;
}
const bool l_265 = l_254 == uint(10);
if (l_265) {
l_mut_206 = l_mut_206 + l_mut_230;
}
const bool l_266 = l_254 == uint(11);
if (l_266) {
l_mut_207 = l_mut_207 + l_mut_230;
}
const bool l_267 = l_254 == uint(12);
if (l_267) {
l_mut_208 = l_mut_208 + l_mut_230;
}
const bool l_268 = l_254 == uint(13);
if (l_268) {
l_mut_209 = l_mut_209 + l_mut_230;
}
const bool l_269 = l_254 == uint(14);
if (l_269) {
l_mut_210 = l_mut_210 + l_mut_230;
}
const bool l_270 = l_254 == uint(15);
if (l_270) {
l_mut_211 = l_mut_211 + l_mut_230;
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
l_mut_296 = float(0.0);

for (uint l_mut_297 = uint(0); l_mut_297 < l_292; ++l_mut_297) {
const float l_298 = shared_memory_33[l_mut_297];
l_mut_296 = l_mut_296 + l_298;
}
const float l_299 = float {simd_sum(l_mut_199)
};
const uint l_300 = total_thread_in_threadgroup + simd_size;
const uint l_301 = l_300 - uint(1);
const uint l_302 = l_301 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_303 = thread_index_in_threadgroup % simd_size;
const bool l_304 = l_303 == uint(0);
if (l_304) {
const uint l_305 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_305] = l_299;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_306 = float(0.0);

for (uint l_mut_307 = uint(0); l_mut_307 < l_302; ++l_mut_307) {
const float l_308 = shared_memory_33[l_mut_307];
l_mut_306 = l_mut_306 + l_308;
}
const float l_309 = float {simd_sum(l_mut_200)
};
const uint l_310 = total_thread_in_threadgroup + simd_size;
const uint l_311 = l_310 - uint(1);
const uint l_312 = l_311 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_313 = thread_index_in_threadgroup % simd_size;
const bool l_314 = l_313 == uint(0);
if (l_314) {
const uint l_315 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_315] = l_309;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_316 = float(0.0);

for (uint l_mut_317 = uint(0); l_mut_317 < l_312; ++l_mut_317) {
const float l_318 = shared_memory_33[l_mut_317];
l_mut_316 = l_mut_316 + l_318;
}
const float l_319 = float {simd_sum(l_mut_201)
};
const uint l_320 = total_thread_in_threadgroup + simd_size;
const uint l_321 = l_320 - uint(1);
const uint l_322 = l_321 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_323 = thread_index_in_threadgroup % simd_size;
const bool l_324 = l_323 == uint(0);
if (l_324) {
const uint l_325 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_325] = l_319;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_326 = float(0.0);

for (uint l_mut_327 = uint(0); l_mut_327 < l_322; ++l_mut_327) {
const float l_328 = shared_memory_33[l_mut_327];
l_mut_326 = l_mut_326 + l_328;
}
const float l_329 = float {simd_sum(l_mut_202)
};
const uint l_330 = total_thread_in_threadgroup + simd_size;
const uint l_331 = l_330 - uint(1);
const uint l_332 = l_331 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_333 = thread_index_in_threadgroup % simd_size;
const bool l_334 = l_333 == uint(0);
if (l_334) {
const uint l_335 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_335] = l_329;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_336 = float(0.0);

for (uint l_mut_337 = uint(0); l_mut_337 < l_332; ++l_mut_337) {
const float l_338 = shared_memory_33[l_mut_337];
l_mut_336 = l_mut_336 + l_338;
}
const float l_339 = float {simd_sum(l_mut_203)
};
const uint l_340 = total_thread_in_threadgroup + simd_size;
const uint l_341 = l_340 - uint(1);
const uint l_342 = l_341 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_343 = thread_index_in_threadgroup % simd_size;
const bool l_344 = l_343 == uint(0);
if (l_344) {
const uint l_345 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_345] = l_339;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_346 = float(0.0);

for (uint l_mut_347 = uint(0); l_mut_347 < l_342; ++l_mut_347) {
const float l_348 = shared_memory_33[l_mut_347];
l_mut_346 = l_mut_346 + l_348;
}
const float l_349 = float {simd_sum(l_mut_204)
};
const uint l_350 = total_thread_in_threadgroup + simd_size;
const uint l_351 = l_350 - uint(1);
const uint l_352 = l_351 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_353 = thread_index_in_threadgroup % simd_size;
const bool l_354 = l_353 == uint(0);
if (l_354) {
const uint l_355 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_355] = l_349;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_356 = float(0.0);

for (uint l_mut_357 = uint(0); l_mut_357 < l_352; ++l_mut_357) {
const float l_358 = shared_memory_33[l_mut_357];
l_mut_356 = l_mut_356 + l_358;
}
const float l_359 = float {simd_sum(l_mut_205)
};
const uint l_360 = total_thread_in_threadgroup + simd_size;
const uint l_361 = l_360 - uint(1);
const uint l_362 = l_361 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_363 = thread_index_in_threadgroup % simd_size;
const bool l_364 = l_363 == uint(0);
if (l_364) {
const uint l_365 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_365] = l_359;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_366 = float(0.0);

for (uint l_mut_367 = uint(0); l_mut_367 < l_362; ++l_mut_367) {
const float l_368 = shared_memory_33[l_mut_367];
l_mut_366 = l_mut_366 + l_368;
}
const float l_369 = float {simd_sum(l_mut_206)
};
const uint l_370 = total_thread_in_threadgroup + simd_size;
const uint l_371 = l_370 - uint(1);
const uint l_372 = l_371 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_373 = thread_index_in_threadgroup % simd_size;
const bool l_374 = l_373 == uint(0);
if (l_374) {
const uint l_375 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_375] = l_369;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_376 = float(0.0);

for (uint l_mut_377 = uint(0); l_mut_377 < l_372; ++l_mut_377) {
const float l_378 = shared_memory_33[l_mut_377];
l_mut_376 = l_mut_376 + l_378;
}
const float l_379 = float {simd_sum(l_mut_207)
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
l_mut_386 = float(0.0);

for (uint l_mut_387 = uint(0); l_mut_387 < l_382; ++l_mut_387) {
const float l_388 = shared_memory_33[l_mut_387];
l_mut_386 = l_mut_386 + l_388;
}
const float l_389 = float {simd_sum(l_mut_208)
};
const uint l_390 = total_thread_in_threadgroup + simd_size;
const uint l_391 = l_390 - uint(1);
const uint l_392 = l_391 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_393 = thread_index_in_threadgroup % simd_size;
const bool l_394 = l_393 == uint(0);
if (l_394) {
const uint l_395 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_395] = l_389;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_396 = float(0.0);

for (uint l_mut_397 = uint(0); l_mut_397 < l_392; ++l_mut_397) {
const float l_398 = shared_memory_33[l_mut_397];
l_mut_396 = l_mut_396 + l_398;
}
const float l_399 = float {simd_sum(l_mut_209)
};
const uint l_400 = total_thread_in_threadgroup + simd_size;
const uint l_401 = l_400 - uint(1);
const uint l_402 = l_401 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_403 = thread_index_in_threadgroup % simd_size;
const bool l_404 = l_403 == uint(0);
if (l_404) {
const uint l_405 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_405] = l_399;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_406 = float(0.0);

for (uint l_mut_407 = uint(0); l_mut_407 < l_402; ++l_mut_407) {
const float l_408 = shared_memory_33[l_mut_407];
l_mut_406 = l_mut_406 + l_408;
}
const float l_409 = float {simd_sum(l_mut_210)
};
const uint l_410 = total_thread_in_threadgroup + simd_size;
const uint l_411 = l_410 - uint(1);
const uint l_412 = l_411 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_413 = thread_index_in_threadgroup % simd_size;
const bool l_414 = l_413 == uint(0);
if (l_414) {
const uint l_415 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_415] = l_409;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = float(0.0);

for (uint l_mut_417 = uint(0); l_mut_417 < l_412; ++l_mut_417) {
const float l_418 = shared_memory_33[l_mut_417];
l_mut_416 = l_mut_416 + l_418;
}
const float l_419 = float {simd_sum(l_mut_211)
};
const uint l_420 = total_thread_in_threadgroup + simd_size;
const uint l_421 = l_420 - uint(1);
const uint l_422 = l_421 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_423 = thread_index_in_threadgroup % simd_size;
const bool l_424 = l_423 == uint(0);
if (l_424) {
const uint l_425 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_425] = l_419;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);

for (uint l_mut_427 = uint(0); l_mut_427 < l_422; ++l_mut_427) {
const float l_428 = shared_memory_33[l_mut_427];
l_mut_426 = l_mut_426 + l_428;
}
const bool l_429 = thread_index_in_threadgroup == uint(0);
if (l_429) {
shared_memory_32[uint(0)] = l_mut_230;
shared_memory_32[uint(1)] = l_mut_221;
shared_memory_32[uint(2)] = l_mut_296;
shared_memory_32[uint(3)] = l_mut_306;
shared_memory_32[uint(4)] = l_mut_316;
shared_memory_32[uint(5)] = l_mut_326;
shared_memory_32[uint(6)] = l_mut_336;
shared_memory_32[uint(7)] = l_mut_346;
shared_memory_32[uint(8)] = l_mut_356;
shared_memory_32[uint(9)] = l_mut_366;
shared_memory_32[uint(10)] = l_mut_376;
shared_memory_32[uint(11)] = l_mut_386;
shared_memory_32[uint(12)] = l_mut_396;
shared_memory_32[uint(13)] = l_mut_406;
shared_memory_32[uint(14)] = l_mut_416;
shared_memory_32[uint(15)] = l_mut_426;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);
l_mut_242 = uint(0);
l_mut_430 = bool(false);
l_mut_416 = float(0.0);

for (uint l_mut_431 = uint(0); l_mut_431 < uint(16); ++l_mut_431) {
l_mut_222 = l_mut_431;
const uint l_432 = uint(15) - l_mut_431;
l_mut_222 = l_432;
l_mut_406 = l_mut_426;
const float l_433 = shared_memory_32[l_mut_222];
l_mut_426 = l_mut_426 + l_433;
const bool l_434 = !l_mut_430;
const float l_435 = l_mut_157 + l_mut_426;
const bool l_436 = l_435 >= l_186;
const bool l_437 = l_434 && l_436;
if (l_437) {
l_mut_242 = l_mut_222;
l_mut_430 = bool(true);
l_mut_416 = l_mut_406;
}
}
if (l_mut_430) {
l_mut_157 = l_mut_157 + l_mut_416;
const float l_438 = shared_memory_32[l_mut_242];
l_mut_71 = l_438;
const uint l_439 = l_mut_242 << l_193;
l_mut_51 = l_mut_51 | l_439;
} else {
l_mut_187 = bool(true);
}
l_mut_40 = l_mut_40 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_440 = thread_index_in_threadgroup == uint(0);
if (l_440) {
if (l_mut_187) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_51;
}
const uint l_441 = reinterpret_cast<thread uint const&>(l_mut_157);
shared_memory_31[uint(3)] = l_441;
const uint l_442 = reinterpret_cast<thread uint const&>(l_mut_71);
shared_memory_31[uint(1)] = l_442;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_443 = shared_memory_31[uint(2)];
const uint l_444 = shared_memory_31[uint(3)];
const float l_445 = reinterpret_cast<thread float const&>(l_444);
const uint l_446 = uint(l_445);
const uint l_447 = info.scalars_uint[7] - l_446;
const uint l_448 = shared_memory_31[uint(1)];
const float l_449 = reinterpret_cast<thread float const&>(l_448);
const uint l_450 = uint(l_449);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = uint(4294967295);
const bool l_451 = l_450 > l_447;
if (l_451) {
l_mut_222 = uint(0);
l_mut_426 = float(0.0);
const float l_452 = float(l_447);
l_mut_213 = uint(0);
while (true) {
const bool l_453 = l_mut_213 < uint(8);
const bool l_454 = !l_453;
if (l_454) {
break;}
const uint l_455 = uint(4) * l_mut_213;
const uint l_456 = uint(28) - l_455;
const uint l_457 = info.scalars_uint[1] - uint(1);
const uint l_458 = l_457 >> l_456;
const bool l_459 = l_458 > uint(0);
if (l_459) {
l_mut_212 = uint(0);
const bool l_460 = l_mut_213 > uint(0);
if (l_460) {
const uint l_461 = l_456 + uint(4);
const uint l_462 = uint(4294967295) << l_461;
l_mut_212 = l_462;
}
l_mut_416 = float(0.0);
l_mut_406 = float(0.0);
l_mut_396 = float(0.0);
l_mut_386 = float(0.0);
l_mut_376 = float(0.0);
l_mut_366 = float(0.0);
l_mut_356 = float(0.0);
l_mut_346 = float(0.0);
l_mut_336 = float(0.0);
l_mut_326 = float(0.0);
l_mut_316 = float(0.0);
l_mut_306 = float(0.0);
l_mut_296 = float(0.0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_463 = l_mut_40 < l_25;
const bool l_464 = !l_463;
if (l_464) {
break;}
const uint l_465 = l_26 + l_mut_40;
const float l_466 = buffer_0[l_465];
const uint l_467 = l_mut_40 * uint(1);
const uint l_468 = l_467 + uint(0);
const float l_469 = l_466;
l_mut_210 = l_469;
l_mut_39 = l_mut_51;
while (true) {
const uint l_470 = shared_memory_27[l_mut_39];
const bool l_471 = l_470 < l_468;
const bool l_472 = !l_471;
if (l_472) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_473 = l_mut_51 + l_mut_39;
const uint l_474 = shared_memory_27[l_473];
const bool l_475 = l_474 == l_468;
const bool l_476 = !l_475;
if (l_476) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_209 = l_mut_210;
const bool l_477 = l_mut_39 > uint(0);
if (l_477) {
const bool l_478 = l_mut_209 > float(0.0);
if (l_478) {
const float l_479 = l_mut_209 / l_16;
l_mut_209 = l_479;
} else {
const float l_480 = l_mut_209 * l_16;
l_mut_209 = l_480;
}
const float l_481 = float(l_mut_39);
const float l_482 = l_20 * l_481;
const float l_483 = l_mut_209 - l_482;
const float l_484 = l_483 - l_18;
l_mut_209 = l_484;
}
l_mut_210 = l_mut_209;
const uint l_485 = reinterpret_cast<thread uint const&>(l_mut_210);
l_mut_39 = l_485;
const bool l_486 = l_mut_39 == uint(2147483648);
if (l_486) {
l_mut_39 = uint(0);
}
const uint l_487 = l_mut_39 | uint(2147483648);
l_mut_488 = l_487;
const bool l_489 = l_mut_39 >= uint(2147483648);
if (l_489) {
const uint l_490 = ~l_mut_39;
l_mut_488 = l_490;
}
const bool l_491 = l_mut_488 == l_443;
const bool l_492 = l_468 <= uint(4294967295);
const bool l_493 = l_491 && l_492;
const uint l_494 = l_468 & l_mut_212;
const bool l_495 = l_494 == l_mut_222;
const bool l_496 = l_493 && l_495;
if (l_496) {
const uint l_497 = l_468 >> l_456;
const uint l_498 = l_497 & uint(15);
const bool l_499 = l_498 == uint(0);
if (l_499) {
l_mut_416 = l_mut_416 + float(1.0);
}
const bool l_500 = l_498 == uint(1);
if (l_500) {
l_mut_406 = l_mut_406 + float(1.0);
}
const bool l_501 = l_498 == uint(2);
if (l_501) {
l_mut_396 = l_mut_396 + float(1.0);
}
const bool l_502 = l_498 == uint(3);
if (l_502) {
l_mut_386 = l_mut_386 + float(1.0);
}
const bool l_503 = l_498 == uint(4);
if (l_503) {
l_mut_376 = l_mut_376 + float(1.0);
}
const bool l_504 = l_498 == uint(5);
if (l_504) {
l_mut_366 = l_mut_366 + float(1.0);
}
const bool l_505 = l_498 == uint(6);
if (l_505) {
l_mut_356 = l_mut_356 + float(1.0);
}
const bool l_506 = l_498 == uint(7);
if (l_506) {
l_mut_346 = l_mut_346 + float(1.0);
}
const bool l_507 = l_498 == uint(8);
if (l_507) {
l_mut_336 = l_mut_336 + float(1.0);
}
const bool l_508 = l_498 == uint(9);
if (l_508) {
l_mut_326 = l_mut_326 + float(1.0);
}
const bool l_509 = l_498 == uint(10);
if (l_509) {
l_mut_316 = l_mut_316 + float(1.0);
}
const bool l_510 = l_498 == uint(11);
if (l_510) {
l_mut_306 = l_mut_306 + float(1.0);
}
const bool l_511 = l_498 == uint(12);
if (l_511) {
l_mut_296 = l_mut_296 + float(1.0);
}
const bool l_512 = l_498 == uint(13);
if (l_512) {
l_mut_230 = l_mut_230 + float(1.0);
}
const bool l_513 = l_498 == uint(14);
if (l_513) {
l_mut_221 = l_mut_221 + float(1.0);
}
const bool l_514 = l_498 == uint(15);
if (l_514) {
l_mut_211 = l_mut_211 + float(1.0);
}
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
const float l_515 = float {simd_sum(l_mut_416)
};
const uint l_516 = total_thread_in_threadgroup + simd_size;
const uint l_517 = l_516 - uint(1);
const uint l_518 = l_517 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_519 = thread_index_in_threadgroup % simd_size;
const bool l_520 = l_519 == uint(0);
if (l_520) {
const uint l_521 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_521] = l_515;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_522 = uint(0); l_mut_522 < l_518; ++l_mut_522) {
const float l_523 = shared_memory_33[l_mut_522];
l_mut_210 = l_mut_210 + l_523;
}
const float l_524 = float {simd_sum(l_mut_406)
};
const uint l_525 = total_thread_in_threadgroup + simd_size;
const uint l_526 = l_525 - uint(1);
const uint l_527 = l_526 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_528 = thread_index_in_threadgroup % simd_size;
const bool l_529 = l_528 == uint(0);
if (l_529) {
const uint l_530 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_530] = l_524;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_531 = uint(0); l_mut_531 < l_527; ++l_mut_531) {
const float l_532 = shared_memory_33[l_mut_531];
l_mut_209 = l_mut_209 + l_532;
}
const float l_533 = float {simd_sum(l_mut_396)
};
const uint l_534 = total_thread_in_threadgroup + simd_size;
const uint l_535 = l_534 - uint(1);
const uint l_536 = l_535 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_537 = thread_index_in_threadgroup % simd_size;
const bool l_538 = l_537 == uint(0);
if (l_538) {
const uint l_539 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_539] = l_533;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_540 = uint(0); l_mut_540 < l_536; ++l_mut_540) {
const float l_541 = shared_memory_33[l_mut_540];
l_mut_208 = l_mut_208 + l_541;
}
const float l_542 = float {simd_sum(l_mut_386)
};
const uint l_543 = total_thread_in_threadgroup + simd_size;
const uint l_544 = l_543 - uint(1);
const uint l_545 = l_544 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_546 = thread_index_in_threadgroup % simd_size;
const bool l_547 = l_546 == uint(0);
if (l_547) {
const uint l_548 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_548] = l_542;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_549 = uint(0); l_mut_549 < l_545; ++l_mut_549) {
const float l_550 = shared_memory_33[l_mut_549];
l_mut_207 = l_mut_207 + l_550;
}
const float l_551 = float {simd_sum(l_mut_376)
};
const uint l_552 = total_thread_in_threadgroup + simd_size;
const uint l_553 = l_552 - uint(1);
const uint l_554 = l_553 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_555 = thread_index_in_threadgroup % simd_size;
const bool l_556 = l_555 == uint(0);
if (l_556) {
const uint l_557 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_557] = l_551;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_558 = uint(0); l_mut_558 < l_554; ++l_mut_558) {
const float l_559 = shared_memory_33[l_mut_558];
l_mut_206 = l_mut_206 + l_559;
}
const float l_560 = float {simd_sum(l_mut_366)
};
const uint l_561 = total_thread_in_threadgroup + simd_size;
const uint l_562 = l_561 - uint(1);
const uint l_563 = l_562 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_564 = thread_index_in_threadgroup % simd_size;
const bool l_565 = l_564 == uint(0);
if (l_565) {
const uint l_566 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_566] = l_560;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_567 = uint(0); l_mut_567 < l_563; ++l_mut_567) {
const float l_568 = shared_memory_33[l_mut_567];
l_mut_205 = l_mut_205 + l_568;
}
const float l_569 = float {simd_sum(l_mut_356)
};
const uint l_570 = total_thread_in_threadgroup + simd_size;
const uint l_571 = l_570 - uint(1);
const uint l_572 = l_571 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_573 = thread_index_in_threadgroup % simd_size;
const bool l_574 = l_573 == uint(0);
if (l_574) {
const uint l_575 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_575] = l_569;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_576 = uint(0); l_mut_576 < l_572; ++l_mut_576) {
const float l_577 = shared_memory_33[l_mut_576];
l_mut_204 = l_mut_204 + l_577;
}
const float l_578 = float {simd_sum(l_mut_346)
};
const uint l_579 = total_thread_in_threadgroup + simd_size;
const uint l_580 = l_579 - uint(1);
const uint l_581 = l_580 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_582 = thread_index_in_threadgroup % simd_size;
const bool l_583 = l_582 == uint(0);
if (l_583) {
const uint l_584 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_584] = l_578;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_585 = uint(0); l_mut_585 < l_581; ++l_mut_585) {
const float l_586 = shared_memory_33[l_mut_585];
l_mut_203 = l_mut_203 + l_586;
}
const float l_587 = float {simd_sum(l_mut_336)
};
const uint l_588 = total_thread_in_threadgroup + simd_size;
const uint l_589 = l_588 - uint(1);
const uint l_590 = l_589 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_591 = thread_index_in_threadgroup % simd_size;
const bool l_592 = l_591 == uint(0);
if (l_592) {
const uint l_593 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_593] = l_587;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_594 = uint(0); l_mut_594 < l_590; ++l_mut_594) {
const float l_595 = shared_memory_33[l_mut_594];
l_mut_202 = l_mut_202 + l_595;
}
const float l_596 = float {simd_sum(l_mut_326)
};
const uint l_597 = total_thread_in_threadgroup + simd_size;
const uint l_598 = l_597 - uint(1);
const uint l_599 = l_598 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_600 = thread_index_in_threadgroup % simd_size;
const bool l_601 = l_600 == uint(0);
if (l_601) {
const uint l_602 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_602] = l_596;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_603 = uint(0); l_mut_603 < l_599; ++l_mut_603) {
const float l_604 = shared_memory_33[l_mut_603];
l_mut_201 = l_mut_201 + l_604;
}
const float l_605 = float {simd_sum(l_mut_316)
};
const uint l_606 = total_thread_in_threadgroup + simd_size;
const uint l_607 = l_606 - uint(1);
const uint l_608 = l_607 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_609 = thread_index_in_threadgroup % simd_size;
const bool l_610 = l_609 == uint(0);
if (l_610) {
const uint l_611 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_611] = l_605;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_612 = uint(0); l_mut_612 < l_608; ++l_mut_612) {
const float l_613 = shared_memory_33[l_mut_612];
l_mut_200 = l_mut_200 + l_613;
}
const float l_614 = float {simd_sum(l_mut_306)
};
const uint l_615 = total_thread_in_threadgroup + simd_size;
const uint l_616 = l_615 - uint(1);
const uint l_617 = l_616 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_618 = thread_index_in_threadgroup % simd_size;
const bool l_619 = l_618 == uint(0);
if (l_619) {
const uint l_620 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_620] = l_614;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_621 = uint(0); l_mut_621 < l_617; ++l_mut_621) {
const float l_622 = shared_memory_33[l_mut_621];
l_mut_199 = l_mut_199 + l_622;
}
const float l_623 = float {simd_sum(l_mut_296)
};
const uint l_624 = total_thread_in_threadgroup + simd_size;
const uint l_625 = l_624 - uint(1);
const uint l_626 = l_625 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_627 = thread_index_in_threadgroup % simd_size;
const bool l_628 = l_627 == uint(0);
if (l_628) {
const uint l_629 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_629] = l_623;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_630 = uint(0); l_mut_630 < l_626; ++l_mut_630) {
const float l_631 = shared_memory_33[l_mut_630];
l_mut_198 = l_mut_198 + l_631;
}
const float l_632 = float {simd_sum(l_mut_230)
};
const uint l_633 = total_thread_in_threadgroup + simd_size;
const uint l_634 = l_633 - uint(1);
const uint l_635 = l_634 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_636 = thread_index_in_threadgroup % simd_size;
const bool l_637 = l_636 == uint(0);
if (l_637) {
const uint l_638 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_638] = l_632;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_639 = uint(0); l_mut_639 < l_635; ++l_mut_639) {
const float l_640 = shared_memory_33[l_mut_639];
l_mut_197 = l_mut_197 + l_640;
}
const float l_641 = float {simd_sum(l_mut_221)
};
const uint l_642 = total_thread_in_threadgroup + simd_size;
const uint l_643 = l_642 - uint(1);
const uint l_644 = l_643 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_645 = thread_index_in_threadgroup % simd_size;
const bool l_646 = l_645 == uint(0);
if (l_646) {
const uint l_647 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_647] = l_641;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_648 = uint(0); l_mut_648 < l_644; ++l_mut_648) {
const float l_649 = shared_memory_33[l_mut_648];
l_mut_157 = l_mut_157 + l_649;
}
const float l_650 = float {simd_sum(l_mut_211)
};
const uint l_651 = total_thread_in_threadgroup + simd_size;
const uint l_652 = l_651 - uint(1);
const uint l_653 = l_652 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_654 = thread_index_in_threadgroup % simd_size;
const bool l_655 = l_654 == uint(0);
if (l_655) {
const uint l_656 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_656] = l_650;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_71 = float(0.0);

for (uint l_mut_657 = uint(0); l_mut_657 < l_653; ++l_mut_657) {
const float l_658 = shared_memory_33[l_mut_657];
l_mut_71 = l_mut_71 + l_658;
}
const bool l_659 = thread_index_in_threadgroup == uint(0);
if (l_659) {
shared_memory_32[uint(0)] = l_mut_210;
shared_memory_32[uint(1)] = l_mut_209;
shared_memory_32[uint(2)] = l_mut_208;
shared_memory_32[uint(3)] = l_mut_207;
shared_memory_32[uint(4)] = l_mut_206;
shared_memory_32[uint(5)] = l_mut_205;
shared_memory_32[uint(6)] = l_mut_204;
shared_memory_32[uint(7)] = l_mut_203;
shared_memory_32[uint(8)] = l_mut_202;
shared_memory_32[uint(9)] = l_mut_201;
shared_memory_32[uint(10)] = l_mut_200;
shared_memory_32[uint(11)] = l_mut_199;
shared_memory_32[uint(12)] = l_mut_198;
shared_memory_32[uint(13)] = l_mut_197;
shared_memory_32[uint(14)] = l_mut_157;
shared_memory_32[uint(15)] = l_mut_71;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = float(0.0);
l_mut_488 = uint(0);
l_mut_430 = bool(false);
l_mut_406 = float(0.0);

for (uint l_mut_660 = uint(0); l_mut_660 < uint(16); ++l_mut_660) {
l_mut_212 = l_mut_660;
l_mut_396 = l_mut_416;
const float l_661 = shared_memory_32[l_mut_212];
l_mut_416 = l_mut_416 + l_661;
const bool l_662 = !l_mut_430;
const float l_663 = l_mut_426 + l_mut_416;
const bool l_664 = l_663 >= l_452;
const bool l_665 = l_662 && l_664;
if (l_665) {
l_mut_488 = l_mut_212;
l_mut_430 = bool(true);
l_mut_406 = l_mut_396;
}
}
l_mut_426 = l_mut_426 + l_mut_406;
const uint l_666 = l_mut_488 << l_456;
l_mut_222 = l_mut_222 | l_666;
}
l_mut_213 = l_mut_213 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_667 = thread_index_in_threadgroup == uint(0);
if (l_667) {
shared_memory_31[uint(3)] = l_mut_222;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_668 = shared_memory_31[uint(3)];
l_mut_242 = l_668;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_669 = thread_index_in_threadgroup == uint(0);
if (l_669) {
shared_memory_31[uint(2)] = l_443;
shared_memory_31[uint(3)] = l_mut_242;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_670 = shared_memory_31[uint(2)];
const uint l_671 = shared_memory_31[uint(3)];
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_488 = uint(1);
while (true) {
const bool l_672 = l_mut_488 < info.scalars_uint[7];
const bool l_673 = !l_672;
if (l_673) {
break;}
l_mut_488 = l_mut_488 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_674 = l_mut_242 < l_mut_488;
const bool l_675 = !l_674;
if (l_675) {
break;}
shared_memory_28[l_mut_242] = uint(0);
shared_memory_29[l_mut_242] = uint(4294967295);
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
l_mut_426 = float(0.0);
l_mut_222 = uint(0);
l_mut_213 = thread_index_in_threadgroup;
while (true) {
const bool l_676 = l_mut_213 < l_25;
const bool l_677 = !l_676;
if (l_677) {
break;}
const uint l_678 = l_26 + l_mut_213;
const float l_679 = buffer_0[l_678];
const uint l_680 = l_mut_213 * uint(1);
const uint l_681 = l_680 + uint(0);
const float l_682 = l_679;
l_mut_416 = l_682;
l_mut_212 = l_mut_222;
while (true) {
const uint l_683 = shared_memory_27[l_mut_212];
const bool l_684 = l_683 < l_681;
const bool l_685 = !l_684;
if (l_685) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_222 = l_mut_212;
l_mut_212 = uint(0);
while (true) {
const uint l_686 = l_mut_222 + l_mut_212;
const uint l_687 = shared_memory_27[l_686];
const bool l_688 = l_687 == l_681;
const bool l_689 = !l_688;
if (l_689) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_406 = l_mut_416;
const bool l_690 = l_mut_212 > uint(0);
if (l_690) {
const bool l_691 = l_mut_406 > float(0.0);
if (l_691) {
const float l_692 = l_mut_406 / l_16;
l_mut_406 = l_692;
} else {
const float l_693 = l_mut_406 * l_16;
l_mut_406 = l_693;
}
const float l_694 = float(l_mut_212);
const float l_695 = l_20 * l_694;
const float l_696 = l_mut_406 - l_695;
const float l_697 = l_696 - l_18;
l_mut_406 = l_697;
}
l_mut_416 = l_mut_406;
const uint l_698 = reinterpret_cast<thread uint const&>(l_mut_416);
l_mut_212 = l_698;
const bool l_699 = l_mut_212 == uint(2147483648);
if (l_699) {
l_mut_212 = uint(0);
}
const uint l_700 = l_mut_212 | uint(2147483648);
l_mut_51 = l_700;
const bool l_701 = l_mut_212 >= uint(2147483648);
if (l_701) {
const uint l_702 = ~l_mut_212;
l_mut_51 = l_702;
}
const bool l_703 = l_mut_51 > l_670;
const bool l_704 = l_mut_51 == l_670;
const bool l_705 = l_681 <= l_671;
const bool l_706 = l_704 && l_705;
const bool l_707 = l_703 || l_706;
if (l_707) {
l_mut_426 = l_mut_426 + float(1.0);
}
l_mut_213 = l_mut_213 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_426;
l_mut_416 = l_mut_426;
l_mut_212 = uint(1);
while (true) {
const bool l_708 = l_mut_212 < total_thread_in_threadgroup;
const bool l_709 = !l_708;
if (l_709) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_406 = float(0.0);
const bool l_710 = thread_index_in_threadgroup >= l_mut_212;
if (l_710) {
const uint l_711 = thread_index_in_threadgroup - l_mut_212;
const float l_712 = shared_memory_30[l_711];
l_mut_406 = l_712;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = l_mut_416 + l_mut_406;
shared_memory_30[thread_index_in_threadgroup] = l_mut_416;
l_mut_212 = l_mut_212 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_713 = l_mut_416 - l_mut_426;
const uint l_714 = uint(l_713);
l_mut_212 = l_714;
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_715 = l_mut_40 < l_25;
const bool l_716 = !l_715;
if (l_716) {
break;}
const uint l_717 = l_26 + l_mut_40;
const float l_718 = buffer_0[l_717];
const uint l_719 = l_mut_40 * uint(1);
const uint l_720 = l_719 + uint(0);
const float l_721 = l_718;
l_mut_426 = l_721;
l_mut_39 = l_mut_51;
while (true) {
const uint l_722 = shared_memory_27[l_mut_39];
const bool l_723 = l_722 < l_720;
const bool l_724 = !l_723;
if (l_724) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_725 = l_mut_51 + l_mut_39;
const uint l_726 = shared_memory_27[l_725];
const bool l_727 = l_726 == l_720;
const bool l_728 = !l_727;
if (l_728) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_416 = l_mut_426;
const bool l_729 = l_mut_39 > uint(0);
if (l_729) {
const bool l_730 = l_mut_416 > float(0.0);
if (l_730) {
const float l_731 = l_mut_416 / l_16;
l_mut_416 = l_731;
} else {
const float l_732 = l_mut_416 * l_16;
l_mut_416 = l_732;
}
const float l_733 = float(l_mut_39);
const float l_734 = l_20 * l_733;
const float l_735 = l_mut_416 - l_734;
const float l_736 = l_735 - l_18;
l_mut_416 = l_736;
}
l_mut_426 = l_mut_416;
const uint l_737 = reinterpret_cast<thread uint const&>(l_mut_426);
l_mut_39 = l_737;
const bool l_738 = l_mut_39 == uint(2147483648);
if (l_738) {
l_mut_39 = uint(0);
}
const uint l_739 = l_mut_39 | uint(2147483648);
l_mut_740 = l_739;
const bool l_741 = l_mut_39 >= uint(2147483648);
if (l_741) {
const uint l_742 = ~l_mut_39;
l_mut_740 = l_742;
}
const bool l_743 = l_mut_740 > l_670;
const bool l_744 = l_mut_740 == l_670;
const bool l_745 = l_720 <= l_671;
const bool l_746 = l_744 && l_745;
const bool l_747 = l_743 || l_746;
if (l_747) {
const bool l_748 = l_mut_212 < info.scalars_uint[7];
if (l_748) {
shared_memory_28[l_mut_212] = l_mut_740;
shared_memory_29[l_mut_212] = l_720;
}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
l_mut_740 = uint(2);
while (true) {
const bool l_749 = l_mut_740 <= l_mut_488;
const bool l_750 = !l_749;
if (l_750) {
break;}
const uint l_751 = l_mut_740 / uint(2);
l_mut_39 = l_751;
while (true) {
const bool l_752 = l_mut_39 > uint(0);
const bool l_753 = !l_752;
if (l_753) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_754 = thread_index_in_threadgroup;
while (true) {
const uint l_755 = l_mut_488 / uint(2);
const bool l_756 = l_mut_754 < l_755;
const bool l_757 = !l_756;
if (l_757) {
break;}
const uint l_758 = l_mut_754 / l_mut_39;
const uint l_759 = l_758 * l_mut_39;
const uint l_760 = l_759 * uint(2);
const uint l_761 = l_mut_754 % l_mut_39;
const uint l_762 = l_760 + l_761;
const uint l_763 = l_762 + l_mut_39;
const uint l_764 = l_762 & l_mut_740;
const bool l_765 = l_764 == uint(0);
const uint l_766 = shared_memory_28[l_762];
const uint l_767 = shared_memory_29[l_762];
const uint l_768 = shared_memory_28[l_763];
const uint l_769 = shared_memory_29[l_763];
const bool l_770 = l_769 < l_767;
l_mut_430 = l_770;
const bool l_771 = l_767 < l_769;
l_mut_187 = l_771;
const bool l_772 = !bool(false);
if (l_772) {
const bool l_773 = l_768 > l_766;
const bool l_774 = l_768 == l_766;
const bool l_775 = l_769 < l_767;
const bool l_776 = l_774 && l_775;
const bool l_777 = l_773 || l_776;
l_mut_430 = l_777;
const bool l_778 = l_766 > l_768;
const bool l_779 = l_766 == l_768;
const bool l_780 = l_767 < l_769;
const bool l_781 = l_779 && l_780;
const bool l_782 = l_778 || l_781;
l_mut_187 = l_782;
}
const bool l_783 = l_765 && l_mut_430;
const bool l_784 = !l_765;
const bool l_785 = l_784 && l_mut_187;
const bool l_786 = l_783 || l_785;
if (l_786) {
shared_memory_28[l_762] = l_768;
shared_memory_29[l_762] = l_769;
shared_memory_28[l_763] = l_766;
shared_memory_29[l_763] = l_767;
}
l_mut_754 = l_mut_754 + total_thread_in_threadgroup;
}
l_mut_39 = l_mut_39 / uint(2);
}
l_mut_740 = l_mut_740 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_754 = thread_index_in_threadgroup;
while (true) {
const bool l_787 = l_mut_754 < info.scalars_uint[7];
const bool l_788 = !l_787;
if (l_788) {
break;}
const uint l_789 = l_1 * info.scalars_uint[7];
const uint l_790 = l_789 + l_mut_754;
const uint l_791 = shared_memory_29[l_mut_754];
buffer_6[l_790] = l_791;
const uint l_792 = shared_memory_28[l_mut_754];
const uint l_793 = ~l_792;
l_mut_740 = l_793;
const bool l_794 = l_792 >= uint(2147483648);
if (l_794) {
const uint l_795 = l_792 & uint(2147483647);
l_mut_740 = l_795;
}
const float l_796 = reinterpret_cast<thread float const&>(l_mut_740);
const float l_797 = l_796 - l_mut_90;
const float l_798 = l_797 * l_mut_22;
const float l_799 = l_798 - l_185;
buffer_7[l_790] = l_799;
l_mut_754 = l_mut_754 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_800 = !l_21;
if (l_800) {
l_mut_754 = uint(0);
l_mut_740 = uint(4294967295);
l_mut_488 = info.scalars_uint[1];
l_mut_430 = bool(false);
const bool l_801 = l_10 < info.scalars_uint[1];
if (l_801) {
const float l_802 = float(l_10);
l_mut_242 = uint(0);
l_mut_426 = float(0.0);
l_mut_416 = float(0.0);
l_mut_187 = bool(false);
l_mut_222 = uint(0);
while (true) {
const bool l_803 = l_mut_222 < uint(8);
const bool l_804 = !l_mut_187;
const bool l_805 = l_803 && l_804;
const bool l_806 = !l_805;
if (l_806) {
break;}
const uint l_807 = uint(4) * l_mut_222;
const uint l_808 = uint(28) - l_807;
l_mut_213 = uint(0);
const bool l_809 = l_mut_222 > uint(0);
if (l_809) {
const uint l_810 = l_808 + uint(4);
const uint l_811 = uint(4294967295) << l_810;
l_mut_213 = l_811;
}
l_mut_406 = float(0.0);
l_mut_396 = float(0.0);
l_mut_386 = float(0.0);
l_mut_376 = float(0.0);
l_mut_366 = float(0.0);
l_mut_356 = float(0.0);
l_mut_346 = float(0.0);
l_mut_336 = float(0.0);
l_mut_326 = float(0.0);
l_mut_316 = float(0.0);
l_mut_306 = float(0.0);
l_mut_296 = float(0.0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_212 = uint(0);
l_mut_51 = thread_index_in_threadgroup;
while (true) {
const bool l_812 = l_mut_51 < l_25;
const bool l_813 = !l_812;
if (l_813) {
break;}
const uint l_814 = l_26 + l_mut_51;
const float l_815 = buffer_0[l_814];
const uint l_816 = l_mut_51 * uint(1);
const uint l_817 = l_816 + uint(0);
const float l_818 = l_815;
l_mut_209 = l_818;
l_mut_40 = l_mut_212;
while (true) {
const uint l_819 = shared_memory_27[l_mut_40];
const bool l_820 = l_819 < l_817;
const bool l_821 = !l_820;
if (l_821) {
break;}
l_mut_40 = l_mut_40 + uint(1);
}
l_mut_212 = l_mut_40;
l_mut_40 = uint(0);
while (true) {
const uint l_822 = l_mut_212 + l_mut_40;
const uint l_823 = shared_memory_27[l_822];
const bool l_824 = l_823 == l_817;
const bool l_825 = !l_824;
if (l_825) {
break;}
l_mut_40 = l_mut_40 + uint(1);
}
l_mut_208 = l_mut_209;
const bool l_826 = l_mut_40 > uint(0);
if (l_826) {
const bool l_827 = l_mut_208 > float(0.0);
if (l_827) {
const float l_828 = l_mut_208 / l_16;
l_mut_208 = l_828;
} else {
const float l_829 = l_mut_208 * l_16;
l_mut_208 = l_829;
}
const float l_830 = float(l_mut_40);
const float l_831 = l_20 * l_830;
const float l_832 = l_mut_208 - l_831;
const float l_833 = l_832 - l_18;
l_mut_208 = l_833;
}
l_mut_209 = l_mut_208;
const uint l_834 = reinterpret_cast<thread uint const&>(l_mut_209);
l_mut_40 = l_834;
const bool l_835 = l_mut_40 == uint(2147483648);
if (l_835) {
l_mut_40 = uint(0);
}
const uint l_836 = l_mut_40 | uint(2147483648);
l_mut_39 = l_836;
const bool l_837 = l_mut_40 >= uint(2147483648);
if (l_837) {
const uint l_838 = ~l_mut_40;
l_mut_39 = l_838;
}
const uint l_839 = l_mut_39 & l_mut_213;
const bool l_840 = l_839 == l_mut_242;
const bool l_841 = l_mut_39 > uint(0);
const bool l_842 = l_mut_39 == uint(0);
const bool l_843 = l_817 <= uint(4294967295);
const bool l_844 = l_842 && l_843;
const bool l_845 = l_841 || l_844;
const bool l_846 = l_840 && l_845;
if (l_846) {
l_mut_208 = float(1.0);
const uint l_847 = l_mut_39 >> l_808;
const uint l_848 = l_847 & uint(15);
const bool l_849 = l_848 == uint(0);
if (l_849) {
l_mut_406 = l_mut_406 + l_mut_208;
}
const bool l_850 = l_848 == uint(1);
if (l_850) {
l_mut_396 = l_mut_396 + l_mut_208;
}
const bool l_851 = l_848 == uint(2);
if (l_851) {
l_mut_386 = l_mut_386 + l_mut_208;
}
const bool l_852 = l_848 == uint(3);
if (l_852) {
l_mut_376 = l_mut_376 + l_mut_208;
}
const bool l_853 = l_848 == uint(4);
if (l_853) {
l_mut_366 = l_mut_366 + l_mut_208;
}
const bool l_854 = l_848 == uint(5);
if (l_854) {
l_mut_356 = l_mut_356 + l_mut_208;
}
const bool l_855 = l_848 == uint(6);
if (l_855) {
l_mut_346 = l_mut_346 + l_mut_208;
}
const bool l_856 = l_848 == uint(7);
if (l_856) {
l_mut_336 = l_mut_336 + l_mut_208;
}
const bool l_857 = l_848 == uint(8);
if (l_857) {
l_mut_326 = l_mut_326 + l_mut_208;
}
const bool l_858 = l_848 == uint(9);
if (l_858) {
l_mut_316 = l_mut_316 + l_mut_208;
}
const bool l_859 = l_848 == uint(10);
if (l_859) {
l_mut_306 = l_mut_306 + l_mut_208;
}
const bool l_860 = l_848 == uint(11);
if (l_860) {
l_mut_296 = l_mut_296 + l_mut_208;
}
const bool l_861 = l_848 == uint(12);
if (l_861) {
l_mut_230 = l_mut_230 + l_mut_208;
}
const bool l_862 = l_848 == uint(13);
if (l_862) {
l_mut_221 = l_mut_221 + l_mut_208;
}
const bool l_863 = l_848 == uint(14);
if (l_863) {
l_mut_211 = l_mut_211 + l_mut_208;
}
const bool l_864 = l_848 == uint(15);
if (l_864) {
l_mut_210 = l_mut_210 + l_mut_208;
}
}
l_mut_51 = l_mut_51 + total_thread_in_threadgroup;
}
const float l_865 = float {simd_sum(l_mut_406)
};
const uint l_866 = total_thread_in_threadgroup + simd_size;
const uint l_867 = l_866 - uint(1);
const uint l_868 = l_867 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_869 = thread_index_in_threadgroup % simd_size;
const bool l_870 = l_869 == uint(0);
if (l_870) {
const uint l_871 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_871] = l_865;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_872 = uint(0); l_mut_872 < l_868; ++l_mut_872) {
const float l_873 = shared_memory_33[l_mut_872];
l_mut_209 = l_mut_209 + l_873;
}
const float l_874 = float {simd_sum(l_mut_396)
};
const uint l_875 = total_thread_in_threadgroup + simd_size;
const uint l_876 = l_875 - uint(1);
const uint l_877 = l_876 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_878 = thread_index_in_threadgroup % simd_size;
const bool l_879 = l_878 == uint(0);
if (l_879) {
const uint l_880 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_880] = l_874;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_881 = uint(0); l_mut_881 < l_877; ++l_mut_881) {
const float l_882 = shared_memory_33[l_mut_881];
l_mut_208 = l_mut_208 + l_882;
}
const float l_883 = float {simd_sum(l_mut_386)
};
const uint l_884 = total_thread_in_threadgroup + simd_size;
const uint l_885 = l_884 - uint(1);
const uint l_886 = l_885 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_887 = thread_index_in_threadgroup % simd_size;
const bool l_888 = l_887 == uint(0);
if (l_888) {
const uint l_889 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_889] = l_883;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_890 = uint(0); l_mut_890 < l_886; ++l_mut_890) {
const float l_891 = shared_memory_33[l_mut_890];
l_mut_207 = l_mut_207 + l_891;
}
const float l_892 = float {simd_sum(l_mut_376)
};
const uint l_893 = total_thread_in_threadgroup + simd_size;
const uint l_894 = l_893 - uint(1);
const uint l_895 = l_894 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_896 = thread_index_in_threadgroup % simd_size;
const bool l_897 = l_896 == uint(0);
if (l_897) {
const uint l_898 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_898] = l_892;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_899 = uint(0); l_mut_899 < l_895; ++l_mut_899) {
const float l_900 = shared_memory_33[l_mut_899];
l_mut_206 = l_mut_206 + l_900;
}
const float l_901 = float {simd_sum(l_mut_366)
};
const uint l_902 = total_thread_in_threadgroup + simd_size;
const uint l_903 = l_902 - uint(1);
const uint l_904 = l_903 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_905 = thread_index_in_threadgroup % simd_size;
const bool l_906 = l_905 == uint(0);
if (l_906) {
const uint l_907 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_907] = l_901;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_908 = uint(0); l_mut_908 < l_904; ++l_mut_908) {
const float l_909 = shared_memory_33[l_mut_908];
l_mut_205 = l_mut_205 + l_909;
}
const float l_910 = float {simd_sum(l_mut_356)
};
const uint l_911 = total_thread_in_threadgroup + simd_size;
const uint l_912 = l_911 - uint(1);
const uint l_913 = l_912 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_914 = thread_index_in_threadgroup % simd_size;
const bool l_915 = l_914 == uint(0);
if (l_915) {
const uint l_916 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_916] = l_910;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_917 = uint(0); l_mut_917 < l_913; ++l_mut_917) {
const float l_918 = shared_memory_33[l_mut_917];
l_mut_204 = l_mut_204 + l_918;
}
const float l_919 = float {simd_sum(l_mut_346)
};
const uint l_920 = total_thread_in_threadgroup + simd_size;
const uint l_921 = l_920 - uint(1);
const uint l_922 = l_921 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_923 = thread_index_in_threadgroup % simd_size;
const bool l_924 = l_923 == uint(0);
if (l_924) {
const uint l_925 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_925] = l_919;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_926 = uint(0); l_mut_926 < l_922; ++l_mut_926) {
const float l_927 = shared_memory_33[l_mut_926];
l_mut_203 = l_mut_203 + l_927;
}
const float l_928 = float {simd_sum(l_mut_336)
};
const uint l_929 = total_thread_in_threadgroup + simd_size;
const uint l_930 = l_929 - uint(1);
const uint l_931 = l_930 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_932 = thread_index_in_threadgroup % simd_size;
const bool l_933 = l_932 == uint(0);
if (l_933) {
const uint l_934 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_934] = l_928;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_935 = uint(0); l_mut_935 < l_931; ++l_mut_935) {
const float l_936 = shared_memory_33[l_mut_935];
l_mut_202 = l_mut_202 + l_936;
}
const float l_937 = float {simd_sum(l_mut_326)
};
const uint l_938 = total_thread_in_threadgroup + simd_size;
const uint l_939 = l_938 - uint(1);
const uint l_940 = l_939 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_941 = thread_index_in_threadgroup % simd_size;
const bool l_942 = l_941 == uint(0);
if (l_942) {
const uint l_943 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_943] = l_937;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_944 = uint(0); l_mut_944 < l_940; ++l_mut_944) {
const float l_945 = shared_memory_33[l_mut_944];
l_mut_201 = l_mut_201 + l_945;
}
const float l_946 = float {simd_sum(l_mut_316)
};
const uint l_947 = total_thread_in_threadgroup + simd_size;
const uint l_948 = l_947 - uint(1);
const uint l_949 = l_948 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_950 = thread_index_in_threadgroup % simd_size;
const bool l_951 = l_950 == uint(0);
if (l_951) {
const uint l_952 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_952] = l_946;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_953 = uint(0); l_mut_953 < l_949; ++l_mut_953) {
const float l_954 = shared_memory_33[l_mut_953];
l_mut_200 = l_mut_200 + l_954;
}
const float l_955 = float {simd_sum(l_mut_306)
};
const uint l_956 = total_thread_in_threadgroup + simd_size;
const uint l_957 = l_956 - uint(1);
const uint l_958 = l_957 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_959 = thread_index_in_threadgroup % simd_size;
const bool l_960 = l_959 == uint(0);
if (l_960) {
const uint l_961 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_961] = l_955;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_962 = uint(0); l_mut_962 < l_958; ++l_mut_962) {
const float l_963 = shared_memory_33[l_mut_962];
l_mut_199 = l_mut_199 + l_963;
}
const float l_964 = float {simd_sum(l_mut_296)
};
const uint l_965 = total_thread_in_threadgroup + simd_size;
const uint l_966 = l_965 - uint(1);
const uint l_967 = l_966 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_968 = thread_index_in_threadgroup % simd_size;
const bool l_969 = l_968 == uint(0);
if (l_969) {
const uint l_970 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_970] = l_964;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_971 = uint(0); l_mut_971 < l_967; ++l_mut_971) {
const float l_972 = shared_memory_33[l_mut_971];
l_mut_198 = l_mut_198 + l_972;
}
const float l_973 = float {simd_sum(l_mut_230)
};
const uint l_974 = total_thread_in_threadgroup + simd_size;
const uint l_975 = l_974 - uint(1);
const uint l_976 = l_975 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_977 = thread_index_in_threadgroup % simd_size;
const bool l_978 = l_977 == uint(0);
if (l_978) {
const uint l_979 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_979] = l_973;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_980 = uint(0); l_mut_980 < l_976; ++l_mut_980) {
const float l_981 = shared_memory_33[l_mut_980];
l_mut_197 = l_mut_197 + l_981;
}
const float l_982 = float {simd_sum(l_mut_221)
};
const uint l_983 = total_thread_in_threadgroup + simd_size;
const uint l_984 = l_983 - uint(1);
const uint l_985 = l_984 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_986 = thread_index_in_threadgroup % simd_size;
const bool l_987 = l_986 == uint(0);
if (l_987) {
const uint l_988 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_988] = l_982;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_989 = uint(0); l_mut_989 < l_985; ++l_mut_989) {
const float l_990 = shared_memory_33[l_mut_989];
l_mut_157 = l_mut_157 + l_990;
}
const float l_991 = float {simd_sum(l_mut_211)
};
const uint l_992 = total_thread_in_threadgroup + simd_size;
const uint l_993 = l_992 - uint(1);
const uint l_994 = l_993 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_995 = thread_index_in_threadgroup % simd_size;
const bool l_996 = l_995 == uint(0);
if (l_996) {
const uint l_997 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_997] = l_991;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_71 = float(0.0);

for (uint l_mut_998 = uint(0); l_mut_998 < l_994; ++l_mut_998) {
const float l_999 = shared_memory_33[l_mut_998];
l_mut_71 = l_mut_71 + l_999;
}
const float l_1000 = float {simd_sum(l_mut_210)
};
const uint l_1001 = total_thread_in_threadgroup + simd_size;
const uint l_1002 = l_1001 - uint(1);
const uint l_1003 = l_1002 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1004 = thread_index_in_threadgroup % simd_size;
const bool l_1005 = l_1004 == uint(0);
if (l_1005) {
const uint l_1006 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1006] = l_1000;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_70 = float(0.0);

for (uint l_mut_1007 = uint(0); l_mut_1007 < l_1003; ++l_mut_1007) {
const float l_1008 = shared_memory_33[l_mut_1007];
l_mut_70 = l_mut_70 + l_1008;
}
const bool l_1009 = thread_index_in_threadgroup == uint(0);
if (l_1009) {
shared_memory_32[uint(0)] = l_mut_209;
shared_memory_32[uint(1)] = l_mut_208;
shared_memory_32[uint(2)] = l_mut_207;
shared_memory_32[uint(3)] = l_mut_206;
shared_memory_32[uint(4)] = l_mut_205;
shared_memory_32[uint(5)] = l_mut_204;
shared_memory_32[uint(6)] = l_mut_203;
shared_memory_32[uint(7)] = l_mut_202;
shared_memory_32[uint(8)] = l_mut_201;
shared_memory_32[uint(9)] = l_mut_200;
shared_memory_32[uint(10)] = l_mut_199;
shared_memory_32[uint(11)] = l_mut_198;
shared_memory_32[uint(12)] = l_mut_197;
shared_memory_32[uint(13)] = l_mut_157;
shared_memory_32[uint(14)] = l_mut_71;
shared_memory_32[uint(15)] = l_mut_70;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_406 = float(0.0);
l_mut_213 = uint(0);
l_mut_1010 = bool(false);
l_mut_396 = float(0.0);

for (uint l_mut_1011 = uint(0); l_mut_1011 < uint(16); ++l_mut_1011) {
l_mut_212 = l_mut_1011;
const uint l_1012 = uint(15) - l_mut_1011;
l_mut_212 = l_1012;
l_mut_386 = l_mut_406;
const float l_1013 = shared_memory_32[l_mut_212];
l_mut_406 = l_mut_406 + l_1013;
const bool l_1014 = !l_mut_1010;
const float l_1015 = l_mut_426 + l_mut_406;
const bool l_1016 = l_1015 >= l_802;
const bool l_1017 = l_1014 && l_1016;
if (l_1017) {
l_mut_213 = l_mut_212;
l_mut_1010 = bool(true);
l_mut_396 = l_mut_386;
}
}
if (l_mut_1010) {
l_mut_426 = l_mut_426 + l_mut_396;
const float l_1018 = shared_memory_32[l_mut_213];
l_mut_416 = l_1018;
const uint l_1019 = l_mut_213 << l_808;
l_mut_242 = l_mut_242 | l_1019;
} else {
l_mut_187 = bool(true);
}
l_mut_222 = l_mut_222 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1020 = thread_index_in_threadgroup == uint(0);
if (l_1020) {
if (l_mut_187) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_242;
}
const uint l_1021 = reinterpret_cast<thread uint const&>(l_mut_426);
shared_memory_31[uint(3)] = l_1021;
const uint l_1022 = reinterpret_cast<thread uint const&>(l_mut_416);
shared_memory_31[uint(1)] = l_1022;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1023 = shared_memory_31[uint(2)];
const uint l_1024 = shared_memory_31[uint(3)];
const float l_1025 = reinterpret_cast<thread float const&>(l_1024);
const uint l_1026 = uint(l_1025);
const uint l_1027 = l_10 - l_1026;
const uint l_1028 = shared_memory_31[uint(1)];
const float l_1029 = reinterpret_cast<thread float const&>(l_1028);
const uint l_1030 = uint(l_1029);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = uint(4294967295);
const bool l_1031 = l_1030 > l_1027;
if (l_1031) {
l_mut_222 = uint(0);
l_mut_426 = float(0.0);
const float l_1032 = float(l_1027);
l_mut_213 = uint(0);
while (true) {
const bool l_1033 = l_mut_213 < uint(8);
const bool l_1034 = !l_1033;
if (l_1034) {
break;}
const uint l_1035 = uint(4) * l_mut_213;
const uint l_1036 = uint(28) - l_1035;
const uint l_1037 = info.scalars_uint[1] - uint(1);
const uint l_1038 = l_1037 >> l_1036;
const bool l_1039 = l_1038 > uint(0);
if (l_1039) {
l_mut_212 = uint(0);
const bool l_1040 = l_mut_213 > uint(0);
if (l_1040) {
const uint l_1041 = l_1036 + uint(4);
const uint l_1042 = uint(4294967295) << l_1041;
l_mut_212 = l_1042;
}
l_mut_416 = float(0.0);
l_mut_406 = float(0.0);
l_mut_396 = float(0.0);
l_mut_386 = float(0.0);
l_mut_376 = float(0.0);
l_mut_366 = float(0.0);
l_mut_356 = float(0.0);
l_mut_346 = float(0.0);
l_mut_336 = float(0.0);
l_mut_326 = float(0.0);
l_mut_316 = float(0.0);
l_mut_306 = float(0.0);
l_mut_296 = float(0.0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_1043 = l_mut_40 < l_25;
const bool l_1044 = !l_1043;
if (l_1044) {
break;}
const uint l_1045 = l_26 + l_mut_40;
const float l_1046 = buffer_0[l_1045];
const uint l_1047 = l_mut_40 * uint(1);
const uint l_1048 = l_1047 + uint(0);
const float l_1049 = l_1046;
l_mut_210 = l_1049;
l_mut_39 = l_mut_51;
while (true) {
const uint l_1050 = shared_memory_27[l_mut_39];
const bool l_1051 = l_1050 < l_1048;
const bool l_1052 = !l_1051;
if (l_1052) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_1053 = l_mut_51 + l_mut_39;
const uint l_1054 = shared_memory_27[l_1053];
const bool l_1055 = l_1054 == l_1048;
const bool l_1056 = !l_1055;
if (l_1056) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_209 = l_mut_210;
const bool l_1057 = l_mut_39 > uint(0);
if (l_1057) {
const bool l_1058 = l_mut_209 > float(0.0);
if (l_1058) {
const float l_1059 = l_mut_209 / l_16;
l_mut_209 = l_1059;
} else {
const float l_1060 = l_mut_209 * l_16;
l_mut_209 = l_1060;
}
const float l_1061 = float(l_mut_39);
const float l_1062 = l_20 * l_1061;
const float l_1063 = l_mut_209 - l_1062;
const float l_1064 = l_1063 - l_18;
l_mut_209 = l_1064;
}
l_mut_210 = l_mut_209;
const uint l_1065 = reinterpret_cast<thread uint const&>(l_mut_210);
l_mut_39 = l_1065;
const bool l_1066 = l_mut_39 == uint(2147483648);
if (l_1066) {
l_mut_39 = uint(0);
}
const uint l_1067 = l_mut_39 | uint(2147483648);
l_mut_1068 = l_1067;
const bool l_1069 = l_mut_39 >= uint(2147483648);
if (l_1069) {
const uint l_1070 = ~l_mut_39;
l_mut_1068 = l_1070;
}
const bool l_1071 = l_mut_1068 == l_1023;
const bool l_1072 = l_1048 <= uint(4294967295);
const bool l_1073 = l_1071 && l_1072;
const uint l_1074 = l_1048 & l_mut_212;
const bool l_1075 = l_1074 == l_mut_222;
const bool l_1076 = l_1073 && l_1075;
if (l_1076) {
const uint l_1077 = l_1048 >> l_1036;
const uint l_1078 = l_1077 & uint(15);
const bool l_1079 = l_1078 == uint(0);
if (l_1079) {
l_mut_416 = l_mut_416 + float(1.0);
}
const bool l_1080 = l_1078 == uint(1);
if (l_1080) {
l_mut_406 = l_mut_406 + float(1.0);
}
const bool l_1081 = l_1078 == uint(2);
if (l_1081) {
l_mut_396 = l_mut_396 + float(1.0);
}
const bool l_1082 = l_1078 == uint(3);
if (l_1082) {
l_mut_386 = l_mut_386 + float(1.0);
}
const bool l_1083 = l_1078 == uint(4);
if (l_1083) {
l_mut_376 = l_mut_376 + float(1.0);
}
const bool l_1084 = l_1078 == uint(5);
if (l_1084) {
l_mut_366 = l_mut_366 + float(1.0);
}
const bool l_1085 = l_1078 == uint(6);
if (l_1085) {
l_mut_356 = l_mut_356 + float(1.0);
}
const bool l_1086 = l_1078 == uint(7);
if (l_1086) {
l_mut_346 = l_mut_346 + float(1.0);
}
const bool l_1087 = l_1078 == uint(8);
if (l_1087) {
l_mut_336 = l_mut_336 + float(1.0);
}
const bool l_1088 = l_1078 == uint(9);
if (l_1088) {
l_mut_326 = l_mut_326 + float(1.0);
}
const bool l_1089 = l_1078 == uint(10);
if (l_1089) {
l_mut_316 = l_mut_316 + float(1.0);
}
const bool l_1090 = l_1078 == uint(11);
if (l_1090) {
l_mut_306 = l_mut_306 + float(1.0);
}
const bool l_1091 = l_1078 == uint(12);
if (l_1091) {
l_mut_296 = l_mut_296 + float(1.0);
}
const bool l_1092 = l_1078 == uint(13);
if (l_1092) {
l_mut_230 = l_mut_230 + float(1.0);
}
const bool l_1093 = l_1078 == uint(14);
if (l_1093) {
l_mut_221 = l_mut_221 + float(1.0);
}
const bool l_1094 = l_1078 == uint(15);
if (l_1094) {
l_mut_211 = l_mut_211 + float(1.0);
}
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
const float l_1095 = float {simd_sum(l_mut_416)
};
const uint l_1096 = total_thread_in_threadgroup + simd_size;
const uint l_1097 = l_1096 - uint(1);
const uint l_1098 = l_1097 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1099 = thread_index_in_threadgroup % simd_size;
const bool l_1100 = l_1099 == uint(0);
if (l_1100) {
const uint l_1101 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1101] = l_1095;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_1102 = uint(0); l_mut_1102 < l_1098; ++l_mut_1102) {
const float l_1103 = shared_memory_33[l_mut_1102];
l_mut_210 = l_mut_210 + l_1103;
}
const float l_1104 = float {simd_sum(l_mut_406)
};
const uint l_1105 = total_thread_in_threadgroup + simd_size;
const uint l_1106 = l_1105 - uint(1);
const uint l_1107 = l_1106 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1108 = thread_index_in_threadgroup % simd_size;
const bool l_1109 = l_1108 == uint(0);
if (l_1109) {
const uint l_1110 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1110] = l_1104;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_1111 = uint(0); l_mut_1111 < l_1107; ++l_mut_1111) {
const float l_1112 = shared_memory_33[l_mut_1111];
l_mut_209 = l_mut_209 + l_1112;
}
const float l_1113 = float {simd_sum(l_mut_396)
};
const uint l_1114 = total_thread_in_threadgroup + simd_size;
const uint l_1115 = l_1114 - uint(1);
const uint l_1116 = l_1115 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1117 = thread_index_in_threadgroup % simd_size;
const bool l_1118 = l_1117 == uint(0);
if (l_1118) {
const uint l_1119 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1119] = l_1113;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_1120 = uint(0); l_mut_1120 < l_1116; ++l_mut_1120) {
const float l_1121 = shared_memory_33[l_mut_1120];
l_mut_208 = l_mut_208 + l_1121;
}
const float l_1122 = float {simd_sum(l_mut_386)
};
const uint l_1123 = total_thread_in_threadgroup + simd_size;
const uint l_1124 = l_1123 - uint(1);
const uint l_1125 = l_1124 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1126 = thread_index_in_threadgroup % simd_size;
const bool l_1127 = l_1126 == uint(0);
if (l_1127) {
const uint l_1128 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1128] = l_1122;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_1129 = uint(0); l_mut_1129 < l_1125; ++l_mut_1129) {
const float l_1130 = shared_memory_33[l_mut_1129];
l_mut_207 = l_mut_207 + l_1130;
}
const float l_1131 = float {simd_sum(l_mut_376)
};
const uint l_1132 = total_thread_in_threadgroup + simd_size;
const uint l_1133 = l_1132 - uint(1);
const uint l_1134 = l_1133 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1135 = thread_index_in_threadgroup % simd_size;
const bool l_1136 = l_1135 == uint(0);
if (l_1136) {
const uint l_1137 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1137] = l_1131;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_1138 = uint(0); l_mut_1138 < l_1134; ++l_mut_1138) {
const float l_1139 = shared_memory_33[l_mut_1138];
l_mut_206 = l_mut_206 + l_1139;
}
const float l_1140 = float {simd_sum(l_mut_366)
};
const uint l_1141 = total_thread_in_threadgroup + simd_size;
const uint l_1142 = l_1141 - uint(1);
const uint l_1143 = l_1142 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1144 = thread_index_in_threadgroup % simd_size;
const bool l_1145 = l_1144 == uint(0);
if (l_1145) {
const uint l_1146 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1146] = l_1140;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_1147 = uint(0); l_mut_1147 < l_1143; ++l_mut_1147) {
const float l_1148 = shared_memory_33[l_mut_1147];
l_mut_205 = l_mut_205 + l_1148;
}
const float l_1149 = float {simd_sum(l_mut_356)
};
const uint l_1150 = total_thread_in_threadgroup + simd_size;
const uint l_1151 = l_1150 - uint(1);
const uint l_1152 = l_1151 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1153 = thread_index_in_threadgroup % simd_size;
const bool l_1154 = l_1153 == uint(0);
if (l_1154) {
const uint l_1155 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1155] = l_1149;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_1156 = uint(0); l_mut_1156 < l_1152; ++l_mut_1156) {
const float l_1157 = shared_memory_33[l_mut_1156];
l_mut_204 = l_mut_204 + l_1157;
}
const float l_1158 = float {simd_sum(l_mut_346)
};
const uint l_1159 = total_thread_in_threadgroup + simd_size;
const uint l_1160 = l_1159 - uint(1);
const uint l_1161 = l_1160 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1162 = thread_index_in_threadgroup % simd_size;
const bool l_1163 = l_1162 == uint(0);
if (l_1163) {
const uint l_1164 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1164] = l_1158;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_1165 = uint(0); l_mut_1165 < l_1161; ++l_mut_1165) {
const float l_1166 = shared_memory_33[l_mut_1165];
l_mut_203 = l_mut_203 + l_1166;
}
const float l_1167 = float {simd_sum(l_mut_336)
};
const uint l_1168 = total_thread_in_threadgroup + simd_size;
const uint l_1169 = l_1168 - uint(1);
const uint l_1170 = l_1169 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1171 = thread_index_in_threadgroup % simd_size;
const bool l_1172 = l_1171 == uint(0);
if (l_1172) {
const uint l_1173 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1173] = l_1167;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_1174 = uint(0); l_mut_1174 < l_1170; ++l_mut_1174) {
const float l_1175 = shared_memory_33[l_mut_1174];
l_mut_202 = l_mut_202 + l_1175;
}
const float l_1176 = float {simd_sum(l_mut_326)
};
const uint l_1177 = total_thread_in_threadgroup + simd_size;
const uint l_1178 = l_1177 - uint(1);
const uint l_1179 = l_1178 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1180 = thread_index_in_threadgroup % simd_size;
const bool l_1181 = l_1180 == uint(0);
if (l_1181) {
const uint l_1182 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1182] = l_1176;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_1183 = uint(0); l_mut_1183 < l_1179; ++l_mut_1183) {
const float l_1184 = shared_memory_33[l_mut_1183];
l_mut_201 = l_mut_201 + l_1184;
}
const float l_1185 = float {simd_sum(l_mut_316)
};
const uint l_1186 = total_thread_in_threadgroup + simd_size;
const uint l_1187 = l_1186 - uint(1);
const uint l_1188 = l_1187 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1189 = thread_index_in_threadgroup % simd_size;
const bool l_1190 = l_1189 == uint(0);
if (l_1190) {
const uint l_1191 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1191] = l_1185;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_1192 = uint(0); l_mut_1192 < l_1188; ++l_mut_1192) {
const float l_1193 = shared_memory_33[l_mut_1192];
l_mut_200 = l_mut_200 + l_1193;
}
const float l_1194 = float {simd_sum(l_mut_306)
};
const uint l_1195 = total_thread_in_threadgroup + simd_size;
const uint l_1196 = l_1195 - uint(1);
const uint l_1197 = l_1196 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1198 = thread_index_in_threadgroup % simd_size;
const bool l_1199 = l_1198 == uint(0);
if (l_1199) {
const uint l_1200 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1200] = l_1194;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_1201 = uint(0); l_mut_1201 < l_1197; ++l_mut_1201) {
const float l_1202 = shared_memory_33[l_mut_1201];
l_mut_199 = l_mut_199 + l_1202;
}
const float l_1203 = float {simd_sum(l_mut_296)
};
const uint l_1204 = total_thread_in_threadgroup + simd_size;
const uint l_1205 = l_1204 - uint(1);
const uint l_1206 = l_1205 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1207 = thread_index_in_threadgroup % simd_size;
const bool l_1208 = l_1207 == uint(0);
if (l_1208) {
const uint l_1209 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1209] = l_1203;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_1210 = uint(0); l_mut_1210 < l_1206; ++l_mut_1210) {
const float l_1211 = shared_memory_33[l_mut_1210];
l_mut_198 = l_mut_198 + l_1211;
}
const float l_1212 = float {simd_sum(l_mut_230)
};
const uint l_1213 = total_thread_in_threadgroup + simd_size;
const uint l_1214 = l_1213 - uint(1);
const uint l_1215 = l_1214 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1216 = thread_index_in_threadgroup % simd_size;
const bool l_1217 = l_1216 == uint(0);
if (l_1217) {
const uint l_1218 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1218] = l_1212;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_1219 = uint(0); l_mut_1219 < l_1215; ++l_mut_1219) {
const float l_1220 = shared_memory_33[l_mut_1219];
l_mut_197 = l_mut_197 + l_1220;
}
const float l_1221 = float {simd_sum(l_mut_221)
};
const uint l_1222 = total_thread_in_threadgroup + simd_size;
const uint l_1223 = l_1222 - uint(1);
const uint l_1224 = l_1223 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1225 = thread_index_in_threadgroup % simd_size;
const bool l_1226 = l_1225 == uint(0);
if (l_1226) {
const uint l_1227 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1227] = l_1221;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_1228 = uint(0); l_mut_1228 < l_1224; ++l_mut_1228) {
const float l_1229 = shared_memory_33[l_mut_1228];
l_mut_157 = l_mut_157 + l_1229;
}
const float l_1230 = float {simd_sum(l_mut_211)
};
const uint l_1231 = total_thread_in_threadgroup + simd_size;
const uint l_1232 = l_1231 - uint(1);
const uint l_1233 = l_1232 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1234 = thread_index_in_threadgroup % simd_size;
const bool l_1235 = l_1234 == uint(0);
if (l_1235) {
const uint l_1236 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1236] = l_1230;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_71 = float(0.0);

for (uint l_mut_1237 = uint(0); l_mut_1237 < l_1233; ++l_mut_1237) {
const float l_1238 = shared_memory_33[l_mut_1237];
l_mut_71 = l_mut_71 + l_1238;
}
const bool l_1239 = thread_index_in_threadgroup == uint(0);
if (l_1239) {
shared_memory_32[uint(0)] = l_mut_210;
shared_memory_32[uint(1)] = l_mut_209;
shared_memory_32[uint(2)] = l_mut_208;
shared_memory_32[uint(3)] = l_mut_207;
shared_memory_32[uint(4)] = l_mut_206;
shared_memory_32[uint(5)] = l_mut_205;
shared_memory_32[uint(6)] = l_mut_204;
shared_memory_32[uint(7)] = l_mut_203;
shared_memory_32[uint(8)] = l_mut_202;
shared_memory_32[uint(9)] = l_mut_201;
shared_memory_32[uint(10)] = l_mut_200;
shared_memory_32[uint(11)] = l_mut_199;
shared_memory_32[uint(12)] = l_mut_198;
shared_memory_32[uint(13)] = l_mut_197;
shared_memory_32[uint(14)] = l_mut_157;
shared_memory_32[uint(15)] = l_mut_71;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = float(0.0);
l_mut_1068 = uint(0);
l_mut_1010 = bool(false);
l_mut_406 = float(0.0);

for (uint l_mut_1240 = uint(0); l_mut_1240 < uint(16); ++l_mut_1240) {
l_mut_212 = l_mut_1240;
l_mut_396 = l_mut_416;
const float l_1241 = shared_memory_32[l_mut_212];
l_mut_416 = l_mut_416 + l_1241;
const bool l_1242 = !l_mut_1010;
const float l_1243 = l_mut_426 + l_mut_416;
const bool l_1244 = l_1243 >= l_1032;
const bool l_1245 = l_1242 && l_1244;
if (l_1245) {
l_mut_1068 = l_mut_212;
l_mut_1010 = bool(true);
l_mut_406 = l_mut_396;
}
}
l_mut_426 = l_mut_426 + l_mut_406;
const uint l_1246 = l_mut_1068 << l_1036;
l_mut_222 = l_mut_222 | l_1246;
}
l_mut_213 = l_mut_213 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1247 = thread_index_in_threadgroup == uint(0);
if (l_1247) {
shared_memory_31[uint(3)] = l_mut_222;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1248 = shared_memory_31[uint(3)];
l_mut_242 = l_1248;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_1249 = thread_index_in_threadgroup == uint(0);
if (l_1249) {
shared_memory_31[uint(2)] = l_1023;
shared_memory_31[uint(3)] = l_mut_242;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1250 = shared_memory_31[uint(2)];
l_mut_754 = l_1250;
const uint l_1251 = shared_memory_31[uint(3)];
l_mut_740 = l_1251;
l_mut_488 = l_10;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_430 = bool(true);
const bool l_1252 = l_12 < float(1.0);
if (l_1252) {
const bool l_1253 = l_mut_488 <= info.scalars_uint[8];
if (l_1253) {
l_mut_1068 = uint(1);
while (true) {
const bool l_1254 = l_mut_1068 < l_mut_488;
const bool l_1255 = !l_1254;
if (l_1255) {
break;}
l_mut_1068 = l_mut_1068 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_1256 = l_mut_242 < l_mut_1068;
const bool l_1257 = !l_1256;
if (l_1257) {
break;}
shared_memory_28[l_mut_242] = uint(0);
shared_memory_29[l_mut_242] = uint(4294967295);
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
l_mut_426 = float(0.0);
l_mut_222 = uint(0);
l_mut_213 = thread_index_in_threadgroup;
while (true) {
const bool l_1258 = l_mut_213 < l_25;
const bool l_1259 = !l_1258;
if (l_1259) {
break;}
const uint l_1260 = l_26 + l_mut_213;
const float l_1261 = buffer_0[l_1260];
const uint l_1262 = l_mut_213 * uint(1);
const uint l_1263 = l_1262 + uint(0);
const float l_1264 = l_1261;
l_mut_416 = l_1264;
l_mut_212 = l_mut_222;
while (true) {
const uint l_1265 = shared_memory_27[l_mut_212];
const bool l_1266 = l_1265 < l_1263;
const bool l_1267 = !l_1266;
if (l_1267) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_222 = l_mut_212;
l_mut_212 = uint(0);
while (true) {
const uint l_1268 = l_mut_222 + l_mut_212;
const uint l_1269 = shared_memory_27[l_1268];
const bool l_1270 = l_1269 == l_1263;
const bool l_1271 = !l_1270;
if (l_1271) {
break;}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_406 = l_mut_416;
const bool l_1272 = l_mut_212 > uint(0);
if (l_1272) {
const bool l_1273 = l_mut_406 > float(0.0);
if (l_1273) {
const float l_1274 = l_mut_406 / l_16;
l_mut_406 = l_1274;
} else {
const float l_1275 = l_mut_406 * l_16;
l_mut_406 = l_1275;
}
const float l_1276 = float(l_mut_212);
const float l_1277 = l_20 * l_1276;
const float l_1278 = l_mut_406 - l_1277;
const float l_1279 = l_1278 - l_18;
l_mut_406 = l_1279;
}
l_mut_416 = l_mut_406;
const uint l_1280 = reinterpret_cast<thread uint const&>(l_mut_416);
l_mut_212 = l_1280;
const bool l_1281 = l_mut_212 == uint(2147483648);
if (l_1281) {
l_mut_212 = uint(0);
}
const uint l_1282 = l_mut_212 | uint(2147483648);
l_mut_51 = l_1282;
const bool l_1283 = l_mut_212 >= uint(2147483648);
if (l_1283) {
const uint l_1284 = ~l_mut_212;
l_mut_51 = l_1284;
}
const bool l_1285 = l_mut_51 > l_mut_754;
const bool l_1286 = l_mut_51 == l_mut_754;
const bool l_1287 = l_1263 <= l_mut_740;
const bool l_1288 = l_1286 && l_1287;
const bool l_1289 = l_1285 || l_1288;
if (l_1289) {
l_mut_426 = l_mut_426 + float(1.0);
}
l_mut_213 = l_mut_213 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_426;
l_mut_416 = l_mut_426;
l_mut_212 = uint(1);
while (true) {
const bool l_1290 = l_mut_212 < total_thread_in_threadgroup;
const bool l_1291 = !l_1290;
if (l_1291) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_406 = float(0.0);
const bool l_1292 = thread_index_in_threadgroup >= l_mut_212;
if (l_1292) {
const uint l_1293 = thread_index_in_threadgroup - l_mut_212;
const float l_1294 = shared_memory_30[l_1293];
l_mut_406 = l_1294;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = l_mut_416 + l_mut_406;
shared_memory_30[thread_index_in_threadgroup] = l_mut_416;
l_mut_212 = l_mut_212 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_1295 = l_mut_416 - l_mut_426;
const uint l_1296 = uint(l_1295);
l_mut_212 = l_1296;
l_mut_51 = uint(0);
l_mut_40 = thread_index_in_threadgroup;
while (true) {
const bool l_1297 = l_mut_40 < l_25;
const bool l_1298 = !l_1297;
if (l_1298) {
break;}
const uint l_1299 = l_26 + l_mut_40;
const float l_1300 = buffer_0[l_1299];
const uint l_1301 = l_mut_40 * uint(1);
const uint l_1302 = l_1301 + uint(0);
const float l_1303 = l_1300;
l_mut_426 = l_1303;
l_mut_39 = l_mut_51;
while (true) {
const uint l_1304 = shared_memory_27[l_mut_39];
const bool l_1305 = l_1304 < l_1302;
const bool l_1306 = !l_1305;
if (l_1306) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_51 = l_mut_39;
l_mut_39 = uint(0);
while (true) {
const uint l_1307 = l_mut_51 + l_mut_39;
const uint l_1308 = shared_memory_27[l_1307];
const bool l_1309 = l_1308 == l_1302;
const bool l_1310 = !l_1309;
if (l_1310) {
break;}
l_mut_39 = l_mut_39 + uint(1);
}
l_mut_416 = l_mut_426;
const bool l_1311 = l_mut_39 > uint(0);
if (l_1311) {
const bool l_1312 = l_mut_416 > float(0.0);
if (l_1312) {
const float l_1313 = l_mut_416 / l_16;
l_mut_416 = l_1313;
} else {
const float l_1314 = l_mut_416 * l_16;
l_mut_416 = l_1314;
}
const float l_1315 = float(l_mut_39);
const float l_1316 = l_20 * l_1315;
const float l_1317 = l_mut_416 - l_1316;
const float l_1318 = l_1317 - l_18;
l_mut_416 = l_1318;
}
l_mut_426 = l_mut_416;
const uint l_1319 = reinterpret_cast<thread uint const&>(l_mut_426);
l_mut_39 = l_1319;
const bool l_1320 = l_mut_39 == uint(2147483648);
if (l_1320) {
l_mut_39 = uint(0);
}
const uint l_1321 = l_mut_39 | uint(2147483648);
l_mut_1322 = l_1321;
const bool l_1323 = l_mut_39 >= uint(2147483648);
if (l_1323) {
const uint l_1324 = ~l_mut_39;
l_mut_1322 = l_1324;
}
const bool l_1325 = l_mut_1322 > l_mut_754;
const bool l_1326 = l_mut_1322 == l_mut_754;
const bool l_1327 = l_1302 <= l_mut_740;
const bool l_1328 = l_1326 && l_1327;
const bool l_1329 = l_1325 || l_1328;
if (l_1329) {
const bool l_1330 = l_mut_212 < l_mut_488;
if (l_1330) {
shared_memory_28[l_mut_212] = l_mut_1322;
shared_memory_29[l_mut_212] = l_1302;
}
l_mut_212 = l_mut_212 + uint(1);
}
l_mut_40 = l_mut_40 + total_thread_in_threadgroup;
}
l_mut_1322 = uint(2);
while (true) {
const bool l_1331 = l_mut_1322 <= l_mut_1068;
const bool l_1332 = !l_1331;
if (l_1332) {
break;}
const uint l_1333 = l_mut_1322 / uint(2);
l_mut_39 = l_1333;
while (true) {
const bool l_1334 = l_mut_39 > uint(0);
const bool l_1335 = !l_1334;
if (l_1335) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1336 = thread_index_in_threadgroup;
while (true) {
const uint l_1337 = l_mut_1068 / uint(2);
const bool l_1338 = l_mut_1336 < l_1337;
const bool l_1339 = !l_1338;
if (l_1339) {
break;}
const uint l_1340 = l_mut_1336 / l_mut_39;
const uint l_1341 = l_1340 * l_mut_39;
const uint l_1342 = l_1341 * uint(2);
const uint l_1343 = l_mut_1336 % l_mut_39;
const uint l_1344 = l_1342 + l_1343;
const uint l_1345 = l_1344 + l_mut_39;
const uint l_1346 = l_1344 & l_mut_1322;
const bool l_1347 = l_1346 == uint(0);
const uint l_1348 = shared_memory_28[l_1344];
const uint l_1349 = shared_memory_29[l_1344];
const uint l_1350 = shared_memory_28[l_1345];
const uint l_1351 = shared_memory_29[l_1345];
const bool l_1352 = l_1351 < l_1349;
l_mut_1010 = l_1352;
const bool l_1353 = l_1349 < l_1351;
l_mut_187 = l_1353;
const bool l_1354 = !bool(false);
if (l_1354) {
const bool l_1355 = l_1350 > l_1348;
const bool l_1356 = l_1350 == l_1348;
const bool l_1357 = l_1351 < l_1349;
const bool l_1358 = l_1356 && l_1357;
const bool l_1359 = l_1355 || l_1358;
l_mut_1010 = l_1359;
const bool l_1360 = l_1348 > l_1350;
const bool l_1361 = l_1348 == l_1350;
const bool l_1362 = l_1349 < l_1351;
const bool l_1363 = l_1361 && l_1362;
const bool l_1364 = l_1360 || l_1363;
l_mut_187 = l_1364;
}
const bool l_1365 = l_1347 && l_mut_1010;
const bool l_1366 = !l_1347;
const bool l_1367 = l_1366 && l_mut_187;
const bool l_1368 = l_1365 || l_1367;
if (l_1368) {
shared_memory_28[l_1344] = l_1350;
shared_memory_29[l_1344] = l_1351;
shared_memory_28[l_1345] = l_1348;
shared_memory_29[l_1345] = l_1349;
}
l_mut_1336 = l_mut_1336 + total_thread_in_threadgroup;
}
l_mut_39 = l_mut_39 / uint(2);
}
l_mut_1322 = l_mut_1322 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1369 = l_mut_488 + total_thread_in_threadgroup;
const uint l_1370 = l_1369 - uint(1);
const uint l_1371 = l_1370 / total_thread_in_threadgroup;
const uint l_1372 = thread_index_in_threadgroup * l_1371;
l_mut_1336 = l_1372;
const bool l_1373 = l_mut_1336 > l_mut_488;
if (l_1373) {
l_mut_1336 = l_mut_488;
}
const uint l_1374 = l_mut_1336 + l_1371;
l_mut_1322 = l_1374;
const bool l_1375 = l_mut_1322 > l_mut_488;
if (l_1375) {
l_mut_1322 = l_mut_488;
}
l_mut_426 = float(0.0);

for (uint l_mut_1376 = l_mut_1336; l_mut_1376 < l_mut_1322; ++l_mut_1376) {
const uint l_1377 = shared_memory_28[l_mut_1376];
const uint l_1378 = ~l_1377;
l_mut_1068 = l_1378;
const bool l_1379 = l_1377 >= uint(2147483648);
if (l_1379) {
const uint l_1380 = l_1377 & uint(2147483647);
l_mut_1068 = l_1380;
}
const float l_1381 = reinterpret_cast<thread float const&>(l_mut_1068);
l_mut_416 = float(1.0);
const bool l_1382 = l_1381 != l_mut_90;
if (l_1382) {
const float l_1383 = l_1381 - l_mut_90;
const float l_1384 = l_1383 * l_mut_22;
const float l_1385 = exp(l_1384);
l_mut_416 = l_1385;
}
l_mut_426 = l_mut_426 + l_mut_416;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_426;
l_mut_416 = l_mut_426;
l_mut_1068 = uint(1);
while (true) {
const bool l_1386 = l_mut_1068 < total_thread_in_threadgroup;
const bool l_1387 = !l_1386;
if (l_1387) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);
const bool l_1388 = thread_index_in_threadgroup >= l_mut_1068;
if (l_1388) {
const uint l_1389 = thread_index_in_threadgroup - l_mut_1068;
const float l_1390 = shared_memory_30[l_1389];
l_mut_426 = l_1390;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = l_mut_416 + l_mut_426;
shared_memory_30[thread_index_in_threadgroup] = l_mut_416;
l_mut_1068 = l_mut_1068 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1391 = total_thread_in_threadgroup - uint(1);
const float l_1392 = shared_memory_30[l_1391];
const float l_1393 = l_12 * l_1392;
const bool l_1394 = l_12 < float(1.0);
const bool l_1395 = bool(true) && l_1394;
l_mut_426 = float(0.0);
const bool l_1396 = thread_index_in_threadgroup > uint(0);
if (l_1396) {
const uint l_1397 = thread_index_in_threadgroup - uint(1);
const float l_1398 = shared_memory_30[l_1397];
l_mut_426 = l_1398;
}
l_mut_416 = l_mut_426;
l_mut_426 = float(0.0);

for (uint l_mut_1399 = l_mut_1336; l_mut_1399 < l_mut_1322; ++l_mut_1399) {
const uint l_1400 = shared_memory_28[l_mut_1399];
const uint l_1401 = ~l_1400;
l_mut_1068 = l_1401;
const bool l_1402 = l_1400 >= uint(2147483648);
if (l_1402) {
const uint l_1403 = l_1400 & uint(2147483647);
l_mut_1068 = l_1403;
}
const float l_1404 = reinterpret_cast<thread float const&>(l_mut_1068);
l_mut_406 = float(1.0);
const bool l_1405 = l_1404 != l_mut_90;
if (l_1405) {
const float l_1406 = l_1404 - l_mut_90;
const float l_1407 = l_1406 * l_mut_22;
const float l_1408 = exp(l_1407);
l_mut_406 = l_1408;
}
l_mut_1010 = bool(true);
if (l_1395) {
const bool l_1409 = l_mut_416 < l_1393;
l_mut_1010 = l_1409;
}
const bool l_1410 = l_mut_406 >= l_14;
const bool l_1411 = l_mut_1010 && l_1410;
l_mut_1010 = l_1411;
if (l_mut_1010) {
l_mut_426 = l_mut_426 + float(1.0);
}
l_mut_416 = l_mut_416 + l_mut_406;
}
const float l_1412 = float {simd_sum(l_mut_426)
};
const uint l_1413 = total_thread_in_threadgroup + simd_size;
const uint l_1414 = l_1413 - uint(1);
const uint l_1415 = l_1414 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1416 = thread_index_in_threadgroup % simd_size;
const bool l_1417 = l_1416 == uint(0);
if (l_1417) {
const uint l_1418 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1418] = l_1412;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);

for (uint l_mut_1419 = uint(0); l_mut_1419 < l_1415; ++l_mut_1419) {
const float l_1420 = shared_memory_33[l_mut_1419];
l_mut_426 = l_mut_426 + l_1420;
}
const uint l_1421 = uint(l_mut_426);
l_mut_1068 = l_1421;
const bool l_1422 = l_mut_1068 < uint(1);
if (l_1422) {
l_mut_1068 = uint(1);
}
const uint l_1423 = l_mut_1068 - uint(1);
const uint l_1424 = shared_memory_28[l_1423];
l_mut_754 = l_1424;
const uint l_1425 = l_mut_1068 - uint(1);
const uint l_1426 = shared_memory_29[l_1425];
l_mut_740 = l_1426;
l_mut_430 = bool(false);
threadgroup_barrier(mem_flags::mem_threadgroup);
} else {
l_mut_426 = l_mut_81;
const bool l_1427 = l_mut_488 < info.scalars_uint[1];
if (l_1427) {
l_mut_416 = float(0.0);
l_mut_1336 = uint(0);
l_mut_1322 = thread_index_in_threadgroup;
while (true) {
const bool l_1428 = l_mut_1322 < l_25;
const bool l_1429 = !l_1428;
if (l_1429) {
break;}
const uint l_1430 = l_26 + l_mut_1322;
const float l_1431 = buffer_0[l_1430];
const uint l_1432 = l_mut_1322 * uint(1);
const uint l_1433 = l_1432 + uint(0);
const float l_1434 = l_1431;
l_mut_406 = l_1434;
l_mut_1068 = l_mut_1336;
while (true) {
const uint l_1435 = shared_memory_27[l_mut_1068];
const bool l_1436 = l_1435 < l_1433;
const bool l_1437 = !l_1436;
if (l_1437) {
break;}
l_mut_1068 = l_mut_1068 + uint(1);
}
l_mut_1336 = l_mut_1068;
l_mut_1068 = uint(0);
while (true) {
const uint l_1438 = l_mut_1336 + l_mut_1068;
const uint l_1439 = shared_memory_27[l_1438];
const bool l_1440 = l_1439 == l_1433;
const bool l_1441 = !l_1440;
if (l_1441) {
break;}
l_mut_1068 = l_mut_1068 + uint(1);
}
l_mut_396 = l_mut_406;
const bool l_1442 = l_mut_1068 > uint(0);
if (l_1442) {
const bool l_1443 = l_mut_396 > float(0.0);
if (l_1443) {
const float l_1444 = l_mut_396 / l_16;
l_mut_396 = l_1444;
} else {
const float l_1445 = l_mut_396 * l_16;
l_mut_396 = l_1445;
}
const float l_1446 = float(l_mut_1068);
const float l_1447 = l_20 * l_1446;
const float l_1448 = l_mut_396 - l_1447;
const float l_1449 = l_1448 - l_18;
l_mut_396 = l_1449;
}
l_mut_406 = l_mut_396;
const uint l_1450 = reinterpret_cast<thread uint const&>(l_mut_406);
l_mut_1068 = l_1450;
const bool l_1451 = l_mut_1068 == uint(2147483648);
if (l_1451) {
l_mut_1068 = uint(0);
}
const uint l_1452 = l_mut_1068 | uint(2147483648);
l_mut_488 = l_1452;
const bool l_1453 = l_mut_1068 >= uint(2147483648);
if (l_1453) {
const uint l_1454 = ~l_mut_1068;
l_mut_488 = l_1454;
}
const bool l_1455 = l_mut_488 > l_mut_754;
const bool l_1456 = l_mut_488 == l_mut_754;
const bool l_1457 = l_1433 <= l_mut_740;
const bool l_1458 = l_1456 && l_1457;
const bool l_1459 = l_1455 || l_1458;
if (l_1459) {
l_mut_396 = float(1.0);
const bool l_1460 = l_mut_406 != l_mut_90;
if (l_1460) {
const float l_1461 = l_mut_406 - l_mut_90;
const float l_1462 = l_1461 * l_mut_22;
const float l_1463 = exp(l_1462);
l_mut_396 = l_1463;
}
l_mut_416 = l_mut_416 + l_mut_396;
}
l_mut_1322 = l_mut_1322 + total_thread_in_threadgroup;
}
const float l_1464 = float {simd_sum(l_mut_416)
};
const uint l_1465 = total_thread_in_threadgroup + simd_size;
const uint l_1466 = l_1465 - uint(1);
const uint l_1467 = l_1466 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1468 = thread_index_in_threadgroup % simd_size;
const bool l_1469 = l_1468 == uint(0);
if (l_1469) {
const uint l_1470 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1470] = l_1464;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = float(0.0);

for (uint l_mut_1471 = uint(0); l_mut_1471 < l_1467; ++l_mut_1471) {
const float l_1472 = shared_memory_33[l_mut_1471];
l_mut_416 = l_mut_416 + l_1472;
}
l_mut_426 = l_mut_416;
}
const float l_1473 = l_12 * l_mut_426;
l_mut_1336 = uint(0);
l_mut_426 = float(0.0);
l_mut_416 = float(0.0);
l_mut_1010 = bool(false);
l_mut_1322 = uint(0);
while (true) {
const bool l_1474 = l_mut_1322 < uint(8);
const bool l_1475 = !l_mut_1010;
const bool l_1476 = l_1474 && l_1475;
const bool l_1477 = !l_1476;
if (l_1477) {
break;}
const uint l_1478 = uint(4) * l_mut_1322;
const uint l_1479 = uint(28) - l_1478;
l_mut_1068 = uint(0);
const bool l_1480 = l_mut_1322 > uint(0);
if (l_1480) {
const uint l_1481 = l_1479 + uint(4);
const uint l_1482 = uint(4294967295) << l_1481;
l_mut_1068 = l_1482;
}
l_mut_406 = float(0.0);
l_mut_396 = float(0.0);
l_mut_386 = float(0.0);
l_mut_376 = float(0.0);
l_mut_366 = float(0.0);
l_mut_356 = float(0.0);
l_mut_346 = float(0.0);
l_mut_336 = float(0.0);
l_mut_326 = float(0.0);
l_mut_316 = float(0.0);
l_mut_306 = float(0.0);
l_mut_296 = float(0.0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_210 = float(0.0);
l_mut_488 = uint(0);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_1483 = l_mut_242 < l_25;
const bool l_1484 = !l_1483;
if (l_1484) {
break;}
const uint l_1485 = l_26 + l_mut_242;
const float l_1486 = buffer_0[l_1485];
const uint l_1487 = l_mut_242 * uint(1);
const uint l_1488 = l_1487 + uint(0);
const float l_1489 = l_1486;
l_mut_209 = l_1489;
l_mut_222 = l_mut_488;
while (true) {
const uint l_1490 = shared_memory_27[l_mut_222];
const bool l_1491 = l_1490 < l_1488;
const bool l_1492 = !l_1491;
if (l_1492) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_488 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_1493 = l_mut_488 + l_mut_222;
const uint l_1494 = shared_memory_27[l_1493];
const bool l_1495 = l_1494 == l_1488;
const bool l_1496 = !l_1495;
if (l_1496) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_208 = l_mut_209;
const bool l_1497 = l_mut_222 > uint(0);
if (l_1497) {
const bool l_1498 = l_mut_208 > float(0.0);
if (l_1498) {
const float l_1499 = l_mut_208 / l_16;
l_mut_208 = l_1499;
} else {
const float l_1500 = l_mut_208 * l_16;
l_mut_208 = l_1500;
}
const float l_1501 = float(l_mut_222);
const float l_1502 = l_20 * l_1501;
const float l_1503 = l_mut_208 - l_1502;
const float l_1504 = l_1503 - l_18;
l_mut_208 = l_1504;
}
l_mut_209 = l_mut_208;
const uint l_1505 = reinterpret_cast<thread uint const&>(l_mut_209);
l_mut_222 = l_1505;
const bool l_1506 = l_mut_222 == uint(2147483648);
if (l_1506) {
l_mut_222 = uint(0);
}
const uint l_1507 = l_mut_222 | uint(2147483648);
l_mut_213 = l_1507;
const bool l_1508 = l_mut_222 >= uint(2147483648);
if (l_1508) {
const uint l_1509 = ~l_mut_222;
l_mut_213 = l_1509;
}
const uint l_1510 = l_mut_213 & l_mut_1068;
const bool l_1511 = l_1510 == l_mut_1336;
const bool l_1512 = l_mut_213 > l_mut_754;
const bool l_1513 = l_mut_213 == l_mut_754;
const bool l_1514 = l_1488 <= l_mut_740;
const bool l_1515 = l_1513 && l_1514;
const bool l_1516 = l_1512 || l_1515;
const bool l_1517 = l_1511 && l_1516;
if (l_1517) {
l_mut_208 = float(1.0);
l_mut_207 = float(1.0);
const bool l_1518 = l_mut_209 != l_mut_90;
if (l_1518) {
const float l_1519 = l_mut_209 - l_mut_90;
const float l_1520 = l_1519 * l_mut_22;
const float l_1521 = exp(l_1520);
l_mut_207 = l_1521;
}
l_mut_208 = l_mut_207;
const uint l_1522 = l_mut_213 >> l_1479;
const uint l_1523 = l_1522 & uint(15);
const bool l_1524 = l_1523 == uint(0);
if (l_1524) {
l_mut_406 = l_mut_406 + l_mut_208;
}
const bool l_1525 = l_1523 == uint(1);
if (l_1525) {
l_mut_396 = l_mut_396 + l_mut_208;
}
const bool l_1526 = l_1523 == uint(2);
if (l_1526) {
l_mut_386 = l_mut_386 + l_mut_208;
}
const bool l_1527 = l_1523 == uint(3);
if (l_1527) {
l_mut_376 = l_mut_376 + l_mut_208;
}
const bool l_1528 = l_1523 == uint(4);
if (l_1528) {
l_mut_366 = l_mut_366 + l_mut_208;
}
const bool l_1529 = l_1523 == uint(5);
if (l_1529) {
l_mut_356 = l_mut_356 + l_mut_208;
}
const bool l_1530 = l_1523 == uint(6);
if (l_1530) {
l_mut_346 = l_mut_346 + l_mut_208;
}
const bool l_1531 = l_1523 == uint(7);
if (l_1531) {
l_mut_336 = l_mut_336 + l_mut_208;
}
const bool l_1532 = l_1523 == uint(8);
if (l_1532) {
l_mut_326 = l_mut_326 + l_mut_208;
}
const bool l_1533 = l_1523 == uint(9);
if (l_1533) {
l_mut_316 = l_mut_316 + l_mut_208;
}
const bool l_1534 = l_1523 == uint(10);
if (l_1534) {
l_mut_306 = l_mut_306 + l_mut_208;
}
const bool l_1535 = l_1523 == uint(11);
if (l_1535) {
l_mut_296 = l_mut_296 + l_mut_208;
}
const bool l_1536 = l_1523 == uint(12);
if (l_1536) {
l_mut_230 = l_mut_230 + l_mut_208;
}
const bool l_1537 = l_1523 == uint(13);
if (l_1537) {
l_mut_221 = l_mut_221 + l_mut_208;
}
const bool l_1538 = l_1523 == uint(14);
if (l_1538) {
l_mut_211 = l_mut_211 + l_mut_208;
}
const bool l_1539 = l_1523 == uint(15);
if (l_1539) {
l_mut_210 = l_mut_210 + l_mut_208;
}
}
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
const float l_1540 = float {simd_sum(l_mut_406)
};
const uint l_1541 = total_thread_in_threadgroup + simd_size;
const uint l_1542 = l_1541 - uint(1);
const uint l_1543 = l_1542 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1544 = thread_index_in_threadgroup % simd_size;
const bool l_1545 = l_1544 == uint(0);
if (l_1545) {
const uint l_1546 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1546] = l_1540;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_1547 = uint(0); l_mut_1547 < l_1543; ++l_mut_1547) {
const float l_1548 = shared_memory_33[l_mut_1547];
l_mut_209 = l_mut_209 + l_1548;
}
const float l_1549 = float {simd_sum(l_mut_396)
};
const uint l_1550 = total_thread_in_threadgroup + simd_size;
const uint l_1551 = l_1550 - uint(1);
const uint l_1552 = l_1551 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1553 = thread_index_in_threadgroup % simd_size;
const bool l_1554 = l_1553 == uint(0);
if (l_1554) {
const uint l_1555 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1555] = l_1549;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_1556 = uint(0); l_mut_1556 < l_1552; ++l_mut_1556) {
const float l_1557 = shared_memory_33[l_mut_1556];
l_mut_208 = l_mut_208 + l_1557;
}
const float l_1558 = float {simd_sum(l_mut_386)
};
const uint l_1559 = total_thread_in_threadgroup + simd_size;
const uint l_1560 = l_1559 - uint(1);
const uint l_1561 = l_1560 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1562 = thread_index_in_threadgroup % simd_size;
const bool l_1563 = l_1562 == uint(0);
if (l_1563) {
const uint l_1564 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1564] = l_1558;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_1565 = uint(0); l_mut_1565 < l_1561; ++l_mut_1565) {
const float l_1566 = shared_memory_33[l_mut_1565];
l_mut_207 = l_mut_207 + l_1566;
}
const float l_1567 = float {simd_sum(l_mut_376)
};
const uint l_1568 = total_thread_in_threadgroup + simd_size;
const uint l_1569 = l_1568 - uint(1);
const uint l_1570 = l_1569 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1571 = thread_index_in_threadgroup % simd_size;
const bool l_1572 = l_1571 == uint(0);
if (l_1572) {
const uint l_1573 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1573] = l_1567;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_1574 = uint(0); l_mut_1574 < l_1570; ++l_mut_1574) {
const float l_1575 = shared_memory_33[l_mut_1574];
l_mut_206 = l_mut_206 + l_1575;
}
const float l_1576 = float {simd_sum(l_mut_366)
};
const uint l_1577 = total_thread_in_threadgroup + simd_size;
const uint l_1578 = l_1577 - uint(1);
const uint l_1579 = l_1578 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1580 = thread_index_in_threadgroup % simd_size;
const bool l_1581 = l_1580 == uint(0);
if (l_1581) {
const uint l_1582 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1582] = l_1576;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_1583 = uint(0); l_mut_1583 < l_1579; ++l_mut_1583) {
const float l_1584 = shared_memory_33[l_mut_1583];
l_mut_205 = l_mut_205 + l_1584;
}
const float l_1585 = float {simd_sum(l_mut_356)
};
const uint l_1586 = total_thread_in_threadgroup + simd_size;
const uint l_1587 = l_1586 - uint(1);
const uint l_1588 = l_1587 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1589 = thread_index_in_threadgroup % simd_size;
const bool l_1590 = l_1589 == uint(0);
if (l_1590) {
const uint l_1591 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1591] = l_1585;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_1592 = uint(0); l_mut_1592 < l_1588; ++l_mut_1592) {
const float l_1593 = shared_memory_33[l_mut_1592];
l_mut_204 = l_mut_204 + l_1593;
}
const float l_1594 = float {simd_sum(l_mut_346)
};
const uint l_1595 = total_thread_in_threadgroup + simd_size;
const uint l_1596 = l_1595 - uint(1);
const uint l_1597 = l_1596 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1598 = thread_index_in_threadgroup % simd_size;
const bool l_1599 = l_1598 == uint(0);
if (l_1599) {
const uint l_1600 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1600] = l_1594;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_1601 = uint(0); l_mut_1601 < l_1597; ++l_mut_1601) {
const float l_1602 = shared_memory_33[l_mut_1601];
l_mut_203 = l_mut_203 + l_1602;
}
const float l_1603 = float {simd_sum(l_mut_336)
};
const uint l_1604 = total_thread_in_threadgroup + simd_size;
const uint l_1605 = l_1604 - uint(1);
const uint l_1606 = l_1605 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1607 = thread_index_in_threadgroup % simd_size;
const bool l_1608 = l_1607 == uint(0);
if (l_1608) {
const uint l_1609 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1609] = l_1603;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_1610 = uint(0); l_mut_1610 < l_1606; ++l_mut_1610) {
const float l_1611 = shared_memory_33[l_mut_1610];
l_mut_202 = l_mut_202 + l_1611;
}
const float l_1612 = float {simd_sum(l_mut_326)
};
const uint l_1613 = total_thread_in_threadgroup + simd_size;
const uint l_1614 = l_1613 - uint(1);
const uint l_1615 = l_1614 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1616 = thread_index_in_threadgroup % simd_size;
const bool l_1617 = l_1616 == uint(0);
if (l_1617) {
const uint l_1618 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1618] = l_1612;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_1619 = uint(0); l_mut_1619 < l_1615; ++l_mut_1619) {
const float l_1620 = shared_memory_33[l_mut_1619];
l_mut_201 = l_mut_201 + l_1620;
}
const float l_1621 = float {simd_sum(l_mut_316)
};
const uint l_1622 = total_thread_in_threadgroup + simd_size;
const uint l_1623 = l_1622 - uint(1);
const uint l_1624 = l_1623 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1625 = thread_index_in_threadgroup % simd_size;
const bool l_1626 = l_1625 == uint(0);
if (l_1626) {
const uint l_1627 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1627] = l_1621;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_1628 = uint(0); l_mut_1628 < l_1624; ++l_mut_1628) {
const float l_1629 = shared_memory_33[l_mut_1628];
l_mut_200 = l_mut_200 + l_1629;
}
const float l_1630 = float {simd_sum(l_mut_306)
};
const uint l_1631 = total_thread_in_threadgroup + simd_size;
const uint l_1632 = l_1631 - uint(1);
const uint l_1633 = l_1632 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1634 = thread_index_in_threadgroup % simd_size;
const bool l_1635 = l_1634 == uint(0);
if (l_1635) {
const uint l_1636 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1636] = l_1630;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_1637 = uint(0); l_mut_1637 < l_1633; ++l_mut_1637) {
const float l_1638 = shared_memory_33[l_mut_1637];
l_mut_199 = l_mut_199 + l_1638;
}
const float l_1639 = float {simd_sum(l_mut_296)
};
const uint l_1640 = total_thread_in_threadgroup + simd_size;
const uint l_1641 = l_1640 - uint(1);
const uint l_1642 = l_1641 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1643 = thread_index_in_threadgroup % simd_size;
const bool l_1644 = l_1643 == uint(0);
if (l_1644) {
const uint l_1645 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1645] = l_1639;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_1646 = uint(0); l_mut_1646 < l_1642; ++l_mut_1646) {
const float l_1647 = shared_memory_33[l_mut_1646];
l_mut_198 = l_mut_198 + l_1647;
}
const float l_1648 = float {simd_sum(l_mut_230)
};
const uint l_1649 = total_thread_in_threadgroup + simd_size;
const uint l_1650 = l_1649 - uint(1);
const uint l_1651 = l_1650 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1652 = thread_index_in_threadgroup % simd_size;
const bool l_1653 = l_1652 == uint(0);
if (l_1653) {
const uint l_1654 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1654] = l_1648;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_1655 = uint(0); l_mut_1655 < l_1651; ++l_mut_1655) {
const float l_1656 = shared_memory_33[l_mut_1655];
l_mut_197 = l_mut_197 + l_1656;
}
const float l_1657 = float {simd_sum(l_mut_221)
};
const uint l_1658 = total_thread_in_threadgroup + simd_size;
const uint l_1659 = l_1658 - uint(1);
const uint l_1660 = l_1659 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1661 = thread_index_in_threadgroup % simd_size;
const bool l_1662 = l_1661 == uint(0);
if (l_1662) {
const uint l_1663 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1663] = l_1657;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_1664 = uint(0); l_mut_1664 < l_1660; ++l_mut_1664) {
const float l_1665 = shared_memory_33[l_mut_1664];
l_mut_157 = l_mut_157 + l_1665;
}
const float l_1666 = float {simd_sum(l_mut_211)
};
const uint l_1667 = total_thread_in_threadgroup + simd_size;
const uint l_1668 = l_1667 - uint(1);
const uint l_1669 = l_1668 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1670 = thread_index_in_threadgroup % simd_size;
const bool l_1671 = l_1670 == uint(0);
if (l_1671) {
const uint l_1672 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1672] = l_1666;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_71 = float(0.0);

for (uint l_mut_1673 = uint(0); l_mut_1673 < l_1669; ++l_mut_1673) {
const float l_1674 = shared_memory_33[l_mut_1673];
l_mut_71 = l_mut_71 + l_1674;
}
const float l_1675 = float {simd_sum(l_mut_210)
};
const uint l_1676 = total_thread_in_threadgroup + simd_size;
const uint l_1677 = l_1676 - uint(1);
const uint l_1678 = l_1677 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1679 = thread_index_in_threadgroup % simd_size;
const bool l_1680 = l_1679 == uint(0);
if (l_1680) {
const uint l_1681 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1681] = l_1675;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_70 = float(0.0);

for (uint l_mut_1682 = uint(0); l_mut_1682 < l_1678; ++l_mut_1682) {
const float l_1683 = shared_memory_33[l_mut_1682];
l_mut_70 = l_mut_70 + l_1683;
}
const bool l_1684 = thread_index_in_threadgroup == uint(0);
if (l_1684) {
shared_memory_32[uint(0)] = l_mut_209;
shared_memory_32[uint(1)] = l_mut_208;
shared_memory_32[uint(2)] = l_mut_207;
shared_memory_32[uint(3)] = l_mut_206;
shared_memory_32[uint(4)] = l_mut_205;
shared_memory_32[uint(5)] = l_mut_204;
shared_memory_32[uint(6)] = l_mut_203;
shared_memory_32[uint(7)] = l_mut_202;
shared_memory_32[uint(8)] = l_mut_201;
shared_memory_32[uint(9)] = l_mut_200;
shared_memory_32[uint(10)] = l_mut_199;
shared_memory_32[uint(11)] = l_mut_198;
shared_memory_32[uint(12)] = l_mut_197;
shared_memory_32[uint(13)] = l_mut_157;
shared_memory_32[uint(14)] = l_mut_71;
shared_memory_32[uint(15)] = l_mut_70;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_406 = float(0.0);
l_mut_1068 = uint(0);
l_mut_187 = bool(false);
l_mut_396 = float(0.0);

for (uint l_mut_1685 = uint(0); l_mut_1685 < uint(16); ++l_mut_1685) {
l_mut_488 = l_mut_1685;
const uint l_1686 = uint(15) - l_mut_1685;
l_mut_488 = l_1686;
l_mut_386 = l_mut_406;
const float l_1687 = shared_memory_32[l_mut_488];
l_mut_406 = l_mut_406 + l_1687;
const bool l_1688 = !l_mut_187;
const float l_1689 = l_mut_426 + l_mut_406;
const bool l_1690 = l_1689 >= l_1473;
const bool l_1691 = l_1688 && l_1690;
if (l_1691) {
l_mut_1068 = l_mut_488;
l_mut_187 = bool(true);
l_mut_396 = l_mut_386;
}
}
if (l_mut_187) {
l_mut_426 = l_mut_426 + l_mut_396;
const float l_1692 = shared_memory_32[l_mut_1068];
l_mut_416 = l_1692;
const uint l_1693 = l_mut_1068 << l_1479;
l_mut_1336 = l_mut_1336 | l_1693;
} else {
l_mut_1010 = bool(true);
}
l_mut_1322 = l_mut_1322 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1694 = thread_index_in_threadgroup == uint(0);
if (l_1694) {
if (l_mut_1010) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_1336;
}
const uint l_1695 = reinterpret_cast<thread uint const&>(l_mut_426);
shared_memory_31[uint(3)] = l_1695;
const uint l_1696 = reinterpret_cast<thread uint const&>(l_mut_416);
shared_memory_31[uint(1)] = l_1696;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1697 = shared_memory_31[uint(2)];
const uint l_1698 = shared_memory_31[uint(3)];
const float l_1699 = reinterpret_cast<thread float const&>(l_1698);
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1700 = l_1697 > l_mut_754;
if (l_1700) {
const uint l_1701 = ~l_1697;
l_mut_1336 = l_1701;
const bool l_1702 = l_1697 >= uint(2147483648);
if (l_1702) {
const uint l_1703 = l_1697 & uint(2147483647);
l_mut_1336 = l_1703;
}
const float l_1704 = reinterpret_cast<thread float const&>(l_mut_1336);
l_mut_426 = float(1.0);
const bool l_1705 = l_1704 != l_mut_90;
if (l_1705) {
const float l_1706 = l_1704 - l_mut_90;
const float l_1707 = l_1706 * l_mut_22;
const float l_1708 = exp(l_1707);
l_mut_426 = l_1708;
}
const float l_1709 = l_1473 - l_1699;
const float l_1710 = l_1709 / l_mut_426;
l_mut_1336 = uint(16777216);
const bool l_1711 = l_1710 < float(16777216.0);
if (l_1711) {
const uint l_1712 = uint(l_1710);
l_mut_1336 = l_1712;
const float l_1713 = float(l_mut_1336);
const bool l_1714 = l_1713 < l_1710;
if (l_1714) {
l_mut_1336 = l_mut_1336 + uint(1);
}
}
const bool l_1715 = l_mut_1336 < uint(1);
if (l_1715) {
l_mut_1336 = uint(1);
}
l_mut_426 = float(0.0);
l_mut_1322 = uint(0);
l_mut_1068 = thread_index_in_threadgroup;
while (true) {
const bool l_1716 = l_mut_1068 < l_25;
const bool l_1717 = !l_1716;
if (l_1717) {
break;}
const uint l_1718 = l_26 + l_mut_1068;
const float l_1719 = buffer_0[l_1718];
const uint l_1720 = l_mut_1068 * uint(1);
const uint l_1721 = l_1720 + uint(0);
const float l_1722 = l_1719;
l_mut_416 = l_1722;
l_mut_488 = l_mut_1322;
while (true) {
const uint l_1723 = shared_memory_27[l_mut_488];
const bool l_1724 = l_1723 < l_1721;
const bool l_1725 = !l_1724;
if (l_1725) {
break;}
l_mut_488 = l_mut_488 + uint(1);
}
l_mut_1322 = l_mut_488;
l_mut_488 = uint(0);
while (true) {
const uint l_1726 = l_mut_1322 + l_mut_488;
const uint l_1727 = shared_memory_27[l_1726];
const bool l_1728 = l_1727 == l_1721;
const bool l_1729 = !l_1728;
if (l_1729) {
break;}
l_mut_488 = l_mut_488 + uint(1);
}
l_mut_406 = l_mut_416;
const bool l_1730 = l_mut_488 > uint(0);
if (l_1730) {
const bool l_1731 = l_mut_406 > float(0.0);
if (l_1731) {
const float l_1732 = l_mut_406 / l_16;
l_mut_406 = l_1732;
} else {
const float l_1733 = l_mut_406 * l_16;
l_mut_406 = l_1733;
}
const float l_1734 = float(l_mut_488);
const float l_1735 = l_20 * l_1734;
const float l_1736 = l_mut_406 - l_1735;
const float l_1737 = l_1736 - l_18;
l_mut_406 = l_1737;
}
l_mut_416 = l_mut_406;
const uint l_1738 = reinterpret_cast<thread uint const&>(l_mut_416);
l_mut_488 = l_1738;
const bool l_1739 = l_mut_488 == uint(2147483648);
if (l_1739) {
l_mut_488 = uint(0);
}
const uint l_1740 = l_mut_488 | uint(2147483648);
l_mut_242 = l_1740;
const bool l_1741 = l_mut_488 >= uint(2147483648);
if (l_1741) {
const uint l_1742 = ~l_mut_488;
l_mut_242 = l_1742;
}
const bool l_1743 = l_mut_242 > l_mut_754;
const bool l_1744 = l_mut_242 == l_mut_754;
const bool l_1745 = l_1721 <= l_mut_740;
const bool l_1746 = l_1744 && l_1745;
const bool l_1747 = l_1743 || l_1746;
if (l_1747) {
const bool l_1748 = l_mut_242 == l_1697;
if (l_1748) {
l_mut_426 = l_mut_426 + float(1.0);
}
}
l_mut_1068 = l_mut_1068 + total_thread_in_threadgroup;
}
const float l_1749 = float {simd_sum(l_mut_426)
};
const uint l_1750 = total_thread_in_threadgroup + simd_size;
const uint l_1751 = l_1750 - uint(1);
const uint l_1752 = l_1751 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1753 = thread_index_in_threadgroup % simd_size;
const bool l_1754 = l_1753 == uint(0);
if (l_1754) {
const uint l_1755 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1755] = l_1749;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);

for (uint l_mut_1756 = uint(0); l_mut_1756 < l_1752; ++l_mut_1756) {
const float l_1757 = shared_memory_33[l_mut_1756];
l_mut_426 = l_mut_426 + l_1757;
}
const uint l_1758 = uint(l_mut_426);
l_mut_1322 = uint(4294967295);
const bool l_1759 = l_mut_1336 < l_1758;
if (l_1759) {
l_mut_1068 = uint(0);
l_mut_426 = float(0.0);
const float l_1760 = float(l_mut_1336);
l_mut_1336 = uint(0);
while (true) {
const bool l_1761 = l_mut_1336 < uint(8);
const bool l_1762 = !l_1761;
if (l_1762) {
break;}
const uint l_1763 = uint(4) * l_mut_1336;
const uint l_1764 = uint(28) - l_1763;
const uint l_1765 = info.scalars_uint[1] - uint(1);
const uint l_1766 = l_1765 >> l_1764;
const bool l_1767 = l_1766 > uint(0);
if (l_1767) {
l_mut_488 = uint(0);
const bool l_1768 = l_mut_1336 > uint(0);
if (l_1768) {
const uint l_1769 = l_1764 + uint(4);
const uint l_1770 = uint(4294967295) << l_1769;
l_mut_488 = l_1770;
}
l_mut_416 = float(0.0);
l_mut_406 = float(0.0);
l_mut_396 = float(0.0);
l_mut_386 = float(0.0);
l_mut_376 = float(0.0);
l_mut_366 = float(0.0);
l_mut_356 = float(0.0);
l_mut_346 = float(0.0);
l_mut_336 = float(0.0);
l_mut_326 = float(0.0);
l_mut_316 = float(0.0);
l_mut_306 = float(0.0);
l_mut_296 = float(0.0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_242 = uint(0);
l_mut_222 = thread_index_in_threadgroup;
while (true) {
const bool l_1771 = l_mut_222 < l_25;
const bool l_1772 = !l_1771;
if (l_1772) {
break;}
const uint l_1773 = l_26 + l_mut_222;
const float l_1774 = buffer_0[l_1773];
const uint l_1775 = l_mut_222 * uint(1);
const uint l_1776 = l_1775 + uint(0);
const float l_1777 = l_1774;
l_mut_210 = l_1777;
l_mut_213 = l_mut_242;
while (true) {
const uint l_1778 = shared_memory_27[l_mut_213];
const bool l_1779 = l_1778 < l_1776;
const bool l_1780 = !l_1779;
if (l_1780) {
break;}
l_mut_213 = l_mut_213 + uint(1);
}
l_mut_242 = l_mut_213;
l_mut_213 = uint(0);
while (true) {
const uint l_1781 = l_mut_242 + l_mut_213;
const uint l_1782 = shared_memory_27[l_1781];
const bool l_1783 = l_1782 == l_1776;
const bool l_1784 = !l_1783;
if (l_1784) {
break;}
l_mut_213 = l_mut_213 + uint(1);
}
l_mut_209 = l_mut_210;
const bool l_1785 = l_mut_213 > uint(0);
if (l_1785) {
const bool l_1786 = l_mut_209 > float(0.0);
if (l_1786) {
const float l_1787 = l_mut_209 / l_16;
l_mut_209 = l_1787;
} else {
const float l_1788 = l_mut_209 * l_16;
l_mut_209 = l_1788;
}
const float l_1789 = float(l_mut_213);
const float l_1790 = l_20 * l_1789;
const float l_1791 = l_mut_209 - l_1790;
const float l_1792 = l_1791 - l_18;
l_mut_209 = l_1792;
}
l_mut_210 = l_mut_209;
const uint l_1793 = reinterpret_cast<thread uint const&>(l_mut_210);
l_mut_213 = l_1793;
const bool l_1794 = l_mut_213 == uint(2147483648);
if (l_1794) {
l_mut_213 = uint(0);
}
const uint l_1795 = l_mut_213 | uint(2147483648);
l_mut_212 = l_1795;
const bool l_1796 = l_mut_213 >= uint(2147483648);
if (l_1796) {
const uint l_1797 = ~l_mut_213;
l_mut_212 = l_1797;
}
const bool l_1798 = l_mut_212 == l_1697;
const bool l_1799 = l_1776 <= uint(4294967295);
const bool l_1800 = l_1798 && l_1799;
const uint l_1801 = l_1776 & l_mut_488;
const bool l_1802 = l_1801 == l_mut_1068;
const bool l_1803 = l_1800 && l_1802;
if (l_1803) {
const uint l_1804 = l_1776 >> l_1764;
const uint l_1805 = l_1804 & uint(15);
const bool l_1806 = l_1805 == uint(0);
if (l_1806) {
l_mut_416 = l_mut_416 + float(1.0);
}
const bool l_1807 = l_1805 == uint(1);
if (l_1807) {
l_mut_406 = l_mut_406 + float(1.0);
}
const bool l_1808 = l_1805 == uint(2);
if (l_1808) {
l_mut_396 = l_mut_396 + float(1.0);
}
const bool l_1809 = l_1805 == uint(3);
if (l_1809) {
l_mut_386 = l_mut_386 + float(1.0);
}
const bool l_1810 = l_1805 == uint(4);
if (l_1810) {
l_mut_376 = l_mut_376 + float(1.0);
}
const bool l_1811 = l_1805 == uint(5);
if (l_1811) {
l_mut_366 = l_mut_366 + float(1.0);
}
const bool l_1812 = l_1805 == uint(6);
if (l_1812) {
l_mut_356 = l_mut_356 + float(1.0);
}
const bool l_1813 = l_1805 == uint(7);
if (l_1813) {
l_mut_346 = l_mut_346 + float(1.0);
}
const bool l_1814 = l_1805 == uint(8);
if (l_1814) {
l_mut_336 = l_mut_336 + float(1.0);
}
const bool l_1815 = l_1805 == uint(9);
if (l_1815) {
l_mut_326 = l_mut_326 + float(1.0);
}
const bool l_1816 = l_1805 == uint(10);
if (l_1816) {
l_mut_316 = l_mut_316 + float(1.0);
}
const bool l_1817 = l_1805 == uint(11);
if (l_1817) {
l_mut_306 = l_mut_306 + float(1.0);
}
const bool l_1818 = l_1805 == uint(12);
if (l_1818) {
l_mut_296 = l_mut_296 + float(1.0);
}
const bool l_1819 = l_1805 == uint(13);
if (l_1819) {
l_mut_230 = l_mut_230 + float(1.0);
}
const bool l_1820 = l_1805 == uint(14);
if (l_1820) {
l_mut_221 = l_mut_221 + float(1.0);
}
const bool l_1821 = l_1805 == uint(15);
if (l_1821) {
l_mut_211 = l_mut_211 + float(1.0);
}
}
l_mut_222 = l_mut_222 + total_thread_in_threadgroup;
}
const float l_1822 = float {simd_sum(l_mut_416)
};
const uint l_1823 = total_thread_in_threadgroup + simd_size;
const uint l_1824 = l_1823 - uint(1);
const uint l_1825 = l_1824 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1826 = thread_index_in_threadgroup % simd_size;
const bool l_1827 = l_1826 == uint(0);
if (l_1827) {
const uint l_1828 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1828] = l_1822;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_1829 = uint(0); l_mut_1829 < l_1825; ++l_mut_1829) {
const float l_1830 = shared_memory_33[l_mut_1829];
l_mut_210 = l_mut_210 + l_1830;
}
const float l_1831 = float {simd_sum(l_mut_406)
};
const uint l_1832 = total_thread_in_threadgroup + simd_size;
const uint l_1833 = l_1832 - uint(1);
const uint l_1834 = l_1833 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1835 = thread_index_in_threadgroup % simd_size;
const bool l_1836 = l_1835 == uint(0);
if (l_1836) {
const uint l_1837 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1837] = l_1831;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_1838 = uint(0); l_mut_1838 < l_1834; ++l_mut_1838) {
const float l_1839 = shared_memory_33[l_mut_1838];
l_mut_209 = l_mut_209 + l_1839;
}
const float l_1840 = float {simd_sum(l_mut_396)
};
const uint l_1841 = total_thread_in_threadgroup + simd_size;
const uint l_1842 = l_1841 - uint(1);
const uint l_1843 = l_1842 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1844 = thread_index_in_threadgroup % simd_size;
const bool l_1845 = l_1844 == uint(0);
if (l_1845) {
const uint l_1846 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1846] = l_1840;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_1847 = uint(0); l_mut_1847 < l_1843; ++l_mut_1847) {
const float l_1848 = shared_memory_33[l_mut_1847];
l_mut_208 = l_mut_208 + l_1848;
}
const float l_1849 = float {simd_sum(l_mut_386)
};
const uint l_1850 = total_thread_in_threadgroup + simd_size;
const uint l_1851 = l_1850 - uint(1);
const uint l_1852 = l_1851 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1853 = thread_index_in_threadgroup % simd_size;
const bool l_1854 = l_1853 == uint(0);
if (l_1854) {
const uint l_1855 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1855] = l_1849;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_1856 = uint(0); l_mut_1856 < l_1852; ++l_mut_1856) {
const float l_1857 = shared_memory_33[l_mut_1856];
l_mut_207 = l_mut_207 + l_1857;
}
const float l_1858 = float {simd_sum(l_mut_376)
};
const uint l_1859 = total_thread_in_threadgroup + simd_size;
const uint l_1860 = l_1859 - uint(1);
const uint l_1861 = l_1860 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1862 = thread_index_in_threadgroup % simd_size;
const bool l_1863 = l_1862 == uint(0);
if (l_1863) {
const uint l_1864 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1864] = l_1858;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_1865 = uint(0); l_mut_1865 < l_1861; ++l_mut_1865) {
const float l_1866 = shared_memory_33[l_mut_1865];
l_mut_206 = l_mut_206 + l_1866;
}
const float l_1867 = float {simd_sum(l_mut_366)
};
const uint l_1868 = total_thread_in_threadgroup + simd_size;
const uint l_1869 = l_1868 - uint(1);
const uint l_1870 = l_1869 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1871 = thread_index_in_threadgroup % simd_size;
const bool l_1872 = l_1871 == uint(0);
if (l_1872) {
const uint l_1873 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1873] = l_1867;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_1874 = uint(0); l_mut_1874 < l_1870; ++l_mut_1874) {
const float l_1875 = shared_memory_33[l_mut_1874];
l_mut_205 = l_mut_205 + l_1875;
}
const float l_1876 = float {simd_sum(l_mut_356)
};
const uint l_1877 = total_thread_in_threadgroup + simd_size;
const uint l_1878 = l_1877 - uint(1);
const uint l_1879 = l_1878 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1880 = thread_index_in_threadgroup % simd_size;
const bool l_1881 = l_1880 == uint(0);
if (l_1881) {
const uint l_1882 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1882] = l_1876;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_1883 = uint(0); l_mut_1883 < l_1879; ++l_mut_1883) {
const float l_1884 = shared_memory_33[l_mut_1883];
l_mut_204 = l_mut_204 + l_1884;
}
const float l_1885 = float {simd_sum(l_mut_346)
};
const uint l_1886 = total_thread_in_threadgroup + simd_size;
const uint l_1887 = l_1886 - uint(1);
const uint l_1888 = l_1887 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1889 = thread_index_in_threadgroup % simd_size;
const bool l_1890 = l_1889 == uint(0);
if (l_1890) {
const uint l_1891 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1891] = l_1885;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_1892 = uint(0); l_mut_1892 < l_1888; ++l_mut_1892) {
const float l_1893 = shared_memory_33[l_mut_1892];
l_mut_203 = l_mut_203 + l_1893;
}
const float l_1894 = float {simd_sum(l_mut_336)
};
const uint l_1895 = total_thread_in_threadgroup + simd_size;
const uint l_1896 = l_1895 - uint(1);
const uint l_1897 = l_1896 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1898 = thread_index_in_threadgroup % simd_size;
const bool l_1899 = l_1898 == uint(0);
if (l_1899) {
const uint l_1900 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1900] = l_1894;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_1901 = uint(0); l_mut_1901 < l_1897; ++l_mut_1901) {
const float l_1902 = shared_memory_33[l_mut_1901];
l_mut_202 = l_mut_202 + l_1902;
}
const float l_1903 = float {simd_sum(l_mut_326)
};
const uint l_1904 = total_thread_in_threadgroup + simd_size;
const uint l_1905 = l_1904 - uint(1);
const uint l_1906 = l_1905 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1907 = thread_index_in_threadgroup % simd_size;
const bool l_1908 = l_1907 == uint(0);
if (l_1908) {
const uint l_1909 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1909] = l_1903;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_1910 = uint(0); l_mut_1910 < l_1906; ++l_mut_1910) {
const float l_1911 = shared_memory_33[l_mut_1910];
l_mut_201 = l_mut_201 + l_1911;
}
const float l_1912 = float {simd_sum(l_mut_316)
};
const uint l_1913 = total_thread_in_threadgroup + simd_size;
const uint l_1914 = l_1913 - uint(1);
const uint l_1915 = l_1914 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1916 = thread_index_in_threadgroup % simd_size;
const bool l_1917 = l_1916 == uint(0);
if (l_1917) {
const uint l_1918 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1918] = l_1912;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_1919 = uint(0); l_mut_1919 < l_1915; ++l_mut_1919) {
const float l_1920 = shared_memory_33[l_mut_1919];
l_mut_200 = l_mut_200 + l_1920;
}
const float l_1921 = float {simd_sum(l_mut_306)
};
const uint l_1922 = total_thread_in_threadgroup + simd_size;
const uint l_1923 = l_1922 - uint(1);
const uint l_1924 = l_1923 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1925 = thread_index_in_threadgroup % simd_size;
const bool l_1926 = l_1925 == uint(0);
if (l_1926) {
const uint l_1927 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1927] = l_1921;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_1928 = uint(0); l_mut_1928 < l_1924; ++l_mut_1928) {
const float l_1929 = shared_memory_33[l_mut_1928];
l_mut_199 = l_mut_199 + l_1929;
}
const float l_1930 = float {simd_sum(l_mut_296)
};
const uint l_1931 = total_thread_in_threadgroup + simd_size;
const uint l_1932 = l_1931 - uint(1);
const uint l_1933 = l_1932 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1934 = thread_index_in_threadgroup % simd_size;
const bool l_1935 = l_1934 == uint(0);
if (l_1935) {
const uint l_1936 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1936] = l_1930;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_1937 = uint(0); l_mut_1937 < l_1933; ++l_mut_1937) {
const float l_1938 = shared_memory_33[l_mut_1937];
l_mut_198 = l_mut_198 + l_1938;
}
const float l_1939 = float {simd_sum(l_mut_230)
};
const uint l_1940 = total_thread_in_threadgroup + simd_size;
const uint l_1941 = l_1940 - uint(1);
const uint l_1942 = l_1941 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1943 = thread_index_in_threadgroup % simd_size;
const bool l_1944 = l_1943 == uint(0);
if (l_1944) {
const uint l_1945 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1945] = l_1939;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_1946 = uint(0); l_mut_1946 < l_1942; ++l_mut_1946) {
const float l_1947 = shared_memory_33[l_mut_1946];
l_mut_197 = l_mut_197 + l_1947;
}
const float l_1948 = float {simd_sum(l_mut_221)
};
const uint l_1949 = total_thread_in_threadgroup + simd_size;
const uint l_1950 = l_1949 - uint(1);
const uint l_1951 = l_1950 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1952 = thread_index_in_threadgroup % simd_size;
const bool l_1953 = l_1952 == uint(0);
if (l_1953) {
const uint l_1954 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1954] = l_1948;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_1955 = uint(0); l_mut_1955 < l_1951; ++l_mut_1955) {
const float l_1956 = shared_memory_33[l_mut_1955];
l_mut_157 = l_mut_157 + l_1956;
}
const float l_1957 = float {simd_sum(l_mut_211)
};
const uint l_1958 = total_thread_in_threadgroup + simd_size;
const uint l_1959 = l_1958 - uint(1);
const uint l_1960 = l_1959 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1961 = thread_index_in_threadgroup % simd_size;
const bool l_1962 = l_1961 == uint(0);
if (l_1962) {
const uint l_1963 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1963] = l_1957;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_71 = float(0.0);

for (uint l_mut_1964 = uint(0); l_mut_1964 < l_1960; ++l_mut_1964) {
const float l_1965 = shared_memory_33[l_mut_1964];
l_mut_71 = l_mut_71 + l_1965;
}
const bool l_1966 = thread_index_in_threadgroup == uint(0);
if (l_1966) {
shared_memory_32[uint(0)] = l_mut_210;
shared_memory_32[uint(1)] = l_mut_209;
shared_memory_32[uint(2)] = l_mut_208;
shared_memory_32[uint(3)] = l_mut_207;
shared_memory_32[uint(4)] = l_mut_206;
shared_memory_32[uint(5)] = l_mut_205;
shared_memory_32[uint(6)] = l_mut_204;
shared_memory_32[uint(7)] = l_mut_203;
shared_memory_32[uint(8)] = l_mut_202;
shared_memory_32[uint(9)] = l_mut_201;
shared_memory_32[uint(10)] = l_mut_200;
shared_memory_32[uint(11)] = l_mut_199;
shared_memory_32[uint(12)] = l_mut_198;
shared_memory_32[uint(13)] = l_mut_197;
shared_memory_32[uint(14)] = l_mut_157;
shared_memory_32[uint(15)] = l_mut_71;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = float(0.0);
l_mut_488 = uint(0);
l_mut_1010 = bool(false);
l_mut_406 = float(0.0);

for (uint l_mut_1967 = uint(0); l_mut_1967 < uint(16); ++l_mut_1967) {
l_mut_242 = l_mut_1967;
l_mut_396 = l_mut_416;
const float l_1968 = shared_memory_32[l_mut_242];
l_mut_416 = l_mut_416 + l_1968;
const bool l_1969 = !l_mut_1010;
const float l_1970 = l_mut_426 + l_mut_416;
const bool l_1971 = l_1970 >= l_1760;
const bool l_1972 = l_1969 && l_1971;
if (l_1972) {
l_mut_488 = l_mut_242;
l_mut_1010 = bool(true);
l_mut_406 = l_mut_396;
}
}
l_mut_426 = l_mut_426 + l_mut_406;
const uint l_1973 = l_mut_488 << l_1764;
l_mut_1068 = l_mut_1068 | l_1973;
}
l_mut_1336 = l_mut_1336 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1974 = thread_index_in_threadgroup == uint(0);
if (l_1974) {
shared_memory_31[uint(3)] = l_mut_1068;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1975 = shared_memory_31[uint(3)];
l_mut_1322 = l_1975;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_754 = l_1697;
l_mut_740 = l_mut_1322;
} else {
const bool l_1976 = l_1697 == l_mut_754;
const bool l_1977 = l_1697 != uint(0);
const bool l_1978 = l_1976 && l_1977;
if (l_1978) {
const uint l_1979 = ~l_1697;
l_mut_1336 = l_1979;
const bool l_1980 = l_1697 >= uint(2147483648);
if (l_1980) {
const uint l_1981 = l_1697 & uint(2147483647);
l_mut_1336 = l_1981;
}
const float l_1982 = reinterpret_cast<thread float const&>(l_mut_1336);
l_mut_426 = float(1.0);
const bool l_1983 = l_1982 != l_mut_90;
if (l_1983) {
const float l_1984 = l_1982 - l_mut_90;
const float l_1985 = l_1984 * l_mut_22;
const float l_1986 = exp(l_1985);
l_mut_426 = l_1986;
}
const float l_1987 = l_1473 - l_1699;
const float l_1988 = l_1987 / l_mut_426;
l_mut_1336 = uint(16777216);
const bool l_1989 = l_1988 < float(16777216.0);
if (l_1989) {
const uint l_1990 = uint(l_1988);
l_mut_1336 = l_1990;
const float l_1991 = float(l_mut_1336);
const bool l_1992 = l_1991 < l_1988;
if (l_1992) {
l_mut_1336 = l_mut_1336 + uint(1);
}
}
const bool l_1993 = l_mut_1336 < uint(1);
if (l_1993) {
l_mut_1336 = uint(1);
}
l_mut_426 = float(0.0);
l_mut_1322 = uint(0);
l_mut_1068 = thread_index_in_threadgroup;
while (true) {
const bool l_1994 = l_mut_1068 < l_25;
const bool l_1995 = !l_1994;
if (l_1995) {
break;}
const uint l_1996 = l_26 + l_mut_1068;
const float l_1997 = buffer_0[l_1996];
const uint l_1998 = l_mut_1068 * uint(1);
const uint l_1999 = l_1998 + uint(0);
const float l_2000 = l_1997;
l_mut_416 = l_2000;
l_mut_488 = l_mut_1322;
while (true) {
const uint l_2001 = shared_memory_27[l_mut_488];
const bool l_2002 = l_2001 < l_1999;
const bool l_2003 = !l_2002;
if (l_2003) {
break;}
l_mut_488 = l_mut_488 + uint(1);
}
l_mut_1322 = l_mut_488;
l_mut_488 = uint(0);
while (true) {
const uint l_2004 = l_mut_1322 + l_mut_488;
const uint l_2005 = shared_memory_27[l_2004];
const bool l_2006 = l_2005 == l_1999;
const bool l_2007 = !l_2006;
if (l_2007) {
break;}
l_mut_488 = l_mut_488 + uint(1);
}
l_mut_406 = l_mut_416;
const bool l_2008 = l_mut_488 > uint(0);
if (l_2008) {
const bool l_2009 = l_mut_406 > float(0.0);
if (l_2009) {
const float l_2010 = l_mut_406 / l_16;
l_mut_406 = l_2010;
} else {
const float l_2011 = l_mut_406 * l_16;
l_mut_406 = l_2011;
}
const float l_2012 = float(l_mut_488);
const float l_2013 = l_20 * l_2012;
const float l_2014 = l_mut_406 - l_2013;
const float l_2015 = l_2014 - l_18;
l_mut_406 = l_2015;
}
l_mut_416 = l_mut_406;
const uint l_2016 = reinterpret_cast<thread uint const&>(l_mut_416);
l_mut_488 = l_2016;
const bool l_2017 = l_mut_488 == uint(2147483648);
if (l_2017) {
l_mut_488 = uint(0);
}
const uint l_2018 = l_mut_488 | uint(2147483648);
l_mut_242 = l_2018;
const bool l_2019 = l_mut_488 >= uint(2147483648);
if (l_2019) {
const uint l_2020 = ~l_mut_488;
l_mut_242 = l_2020;
}
const bool l_2021 = l_mut_242 > l_mut_754;
const bool l_2022 = l_mut_242 == l_mut_754;
const bool l_2023 = l_1999 <= l_mut_740;
const bool l_2024 = l_2022 && l_2023;
const bool l_2025 = l_2021 || l_2024;
if (l_2025) {
const bool l_2026 = l_mut_242 == l_1697;
if (l_2026) {
l_mut_426 = l_mut_426 + float(1.0);
}
}
l_mut_1068 = l_mut_1068 + total_thread_in_threadgroup;
}
const float l_2027 = float {simd_sum(l_mut_426)
};
const uint l_2028 = total_thread_in_threadgroup + simd_size;
const uint l_2029 = l_2028 - uint(1);
const uint l_2030 = l_2029 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2031 = thread_index_in_threadgroup % simd_size;
const bool l_2032 = l_2031 == uint(0);
if (l_2032) {
const uint l_2033 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2033] = l_2027;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);

for (uint l_mut_2034 = uint(0); l_mut_2034 < l_2030; ++l_mut_2034) {
const float l_2035 = shared_memory_33[l_mut_2034];
l_mut_426 = l_mut_426 + l_2035;
}
const uint l_2036 = uint(l_mut_426);
const bool l_2037 = l_mut_1336 < l_2036;
if (l_2037) {
l_mut_1322 = uint(0);
l_mut_426 = float(0.0);
const float l_2038 = float(l_mut_1336);
l_mut_1336 = uint(0);
while (true) {
const bool l_2039 = l_mut_1336 < uint(8);
const bool l_2040 = !l_2039;
if (l_2040) {
break;}
const uint l_2041 = uint(4) * l_mut_1336;
const uint l_2042 = uint(28) - l_2041;
const uint l_2043 = info.scalars_uint[1] - uint(1);
const uint l_2044 = l_2043 >> l_2042;
const bool l_2045 = l_2044 > uint(0);
if (l_2045) {
l_mut_1068 = uint(0);
const bool l_2046 = l_mut_1336 > uint(0);
if (l_2046) {
const uint l_2047 = l_2042 + uint(4);
const uint l_2048 = uint(4294967295) << l_2047;
l_mut_1068 = l_2048;
}
l_mut_416 = float(0.0);
l_mut_406 = float(0.0);
l_mut_396 = float(0.0);
l_mut_386 = float(0.0);
l_mut_376 = float(0.0);
l_mut_366 = float(0.0);
l_mut_356 = float(0.0);
l_mut_346 = float(0.0);
l_mut_336 = float(0.0);
l_mut_326 = float(0.0);
l_mut_316 = float(0.0);
l_mut_306 = float(0.0);
l_mut_296 = float(0.0);
l_mut_230 = float(0.0);
l_mut_221 = float(0.0);
l_mut_211 = float(0.0);
l_mut_488 = uint(0);
l_mut_242 = thread_index_in_threadgroup;
while (true) {
const bool l_2049 = l_mut_242 < l_25;
const bool l_2050 = !l_2049;
if (l_2050) {
break;}
const uint l_2051 = l_26 + l_mut_242;
const float l_2052 = buffer_0[l_2051];
const uint l_2053 = l_mut_242 * uint(1);
const uint l_2054 = l_2053 + uint(0);
const float l_2055 = l_2052;
l_mut_210 = l_2055;
l_mut_222 = l_mut_488;
while (true) {
const uint l_2056 = shared_memory_27[l_mut_222];
const bool l_2057 = l_2056 < l_2054;
const bool l_2058 = !l_2057;
if (l_2058) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_488 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_2059 = l_mut_488 + l_mut_222;
const uint l_2060 = shared_memory_27[l_2059];
const bool l_2061 = l_2060 == l_2054;
const bool l_2062 = !l_2061;
if (l_2062) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_209 = l_mut_210;
const bool l_2063 = l_mut_222 > uint(0);
if (l_2063) {
const bool l_2064 = l_mut_209 > float(0.0);
if (l_2064) {
const float l_2065 = l_mut_209 / l_16;
l_mut_209 = l_2065;
} else {
const float l_2066 = l_mut_209 * l_16;
l_mut_209 = l_2066;
}
const float l_2067 = float(l_mut_222);
const float l_2068 = l_20 * l_2067;
const float l_2069 = l_mut_209 - l_2068;
const float l_2070 = l_2069 - l_18;
l_mut_209 = l_2070;
}
l_mut_210 = l_mut_209;
const uint l_2071 = reinterpret_cast<thread uint const&>(l_mut_210);
l_mut_222 = l_2071;
const bool l_2072 = l_mut_222 == uint(2147483648);
if (l_2072) {
l_mut_222 = uint(0);
}
const uint l_2073 = l_mut_222 | uint(2147483648);
l_mut_213 = l_2073;
const bool l_2074 = l_mut_222 >= uint(2147483648);
if (l_2074) {
const uint l_2075 = ~l_mut_222;
l_mut_213 = l_2075;
}
const bool l_2076 = l_mut_213 == l_1697;
const bool l_2077 = l_2054 <= l_mut_740;
const bool l_2078 = l_2076 && l_2077;
const uint l_2079 = l_2054 & l_mut_1068;
const bool l_2080 = l_2079 == l_mut_1322;
const bool l_2081 = l_2078 && l_2080;
if (l_2081) {
const uint l_2082 = l_2054 >> l_2042;
const uint l_2083 = l_2082 & uint(15);
const bool l_2084 = l_2083 == uint(0);
if (l_2084) {
l_mut_416 = l_mut_416 + float(1.0);
}
const bool l_2085 = l_2083 == uint(1);
if (l_2085) {
l_mut_406 = l_mut_406 + float(1.0);
}
const bool l_2086 = l_2083 == uint(2);
if (l_2086) {
l_mut_396 = l_mut_396 + float(1.0);
}
const bool l_2087 = l_2083 == uint(3);
if (l_2087) {
l_mut_386 = l_mut_386 + float(1.0);
}
const bool l_2088 = l_2083 == uint(4);
if (l_2088) {
l_mut_376 = l_mut_376 + float(1.0);
}
const bool l_2089 = l_2083 == uint(5);
if (l_2089) {
l_mut_366 = l_mut_366 + float(1.0);
}
const bool l_2090 = l_2083 == uint(6);
if (l_2090) {
l_mut_356 = l_mut_356 + float(1.0);
}
const bool l_2091 = l_2083 == uint(7);
if (l_2091) {
l_mut_346 = l_mut_346 + float(1.0);
}
const bool l_2092 = l_2083 == uint(8);
if (l_2092) {
l_mut_336 = l_mut_336 + float(1.0);
}
const bool l_2093 = l_2083 == uint(9);
if (l_2093) {
l_mut_326 = l_mut_326 + float(1.0);
}
const bool l_2094 = l_2083 == uint(10);
if (l_2094) {
l_mut_316 = l_mut_316 + float(1.0);
}
const bool l_2095 = l_2083 == uint(11);
if (l_2095) {
l_mut_306 = l_mut_306 + float(1.0);
}
const bool l_2096 = l_2083 == uint(12);
if (l_2096) {
l_mut_296 = l_mut_296 + float(1.0);
}
const bool l_2097 = l_2083 == uint(13);
if (l_2097) {
l_mut_230 = l_mut_230 + float(1.0);
}
const bool l_2098 = l_2083 == uint(14);
if (l_2098) {
l_mut_221 = l_mut_221 + float(1.0);
}
const bool l_2099 = l_2083 == uint(15);
if (l_2099) {
l_mut_211 = l_mut_211 + float(1.0);
}
}
l_mut_242 = l_mut_242 + total_thread_in_threadgroup;
}
const float l_2100 = float {simd_sum(l_mut_416)
};
const uint l_2101 = total_thread_in_threadgroup + simd_size;
const uint l_2102 = l_2101 - uint(1);
const uint l_2103 = l_2102 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2104 = thread_index_in_threadgroup % simd_size;
const bool l_2105 = l_2104 == uint(0);
if (l_2105) {
const uint l_2106 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2106] = l_2100;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_210 = float(0.0);

for (uint l_mut_2107 = uint(0); l_mut_2107 < l_2103; ++l_mut_2107) {
const float l_2108 = shared_memory_33[l_mut_2107];
l_mut_210 = l_mut_210 + l_2108;
}
const float l_2109 = float {simd_sum(l_mut_406)
};
const uint l_2110 = total_thread_in_threadgroup + simd_size;
const uint l_2111 = l_2110 - uint(1);
const uint l_2112 = l_2111 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2113 = thread_index_in_threadgroup % simd_size;
const bool l_2114 = l_2113 == uint(0);
if (l_2114) {
const uint l_2115 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2115] = l_2109;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_209 = float(0.0);

for (uint l_mut_2116 = uint(0); l_mut_2116 < l_2112; ++l_mut_2116) {
const float l_2117 = shared_memory_33[l_mut_2116];
l_mut_209 = l_mut_209 + l_2117;
}
const float l_2118 = float {simd_sum(l_mut_396)
};
const uint l_2119 = total_thread_in_threadgroup + simd_size;
const uint l_2120 = l_2119 - uint(1);
const uint l_2121 = l_2120 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2122 = thread_index_in_threadgroup % simd_size;
const bool l_2123 = l_2122 == uint(0);
if (l_2123) {
const uint l_2124 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2124] = l_2118;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_208 = float(0.0);

for (uint l_mut_2125 = uint(0); l_mut_2125 < l_2121; ++l_mut_2125) {
const float l_2126 = shared_memory_33[l_mut_2125];
l_mut_208 = l_mut_208 + l_2126;
}
const float l_2127 = float {simd_sum(l_mut_386)
};
const uint l_2128 = total_thread_in_threadgroup + simd_size;
const uint l_2129 = l_2128 - uint(1);
const uint l_2130 = l_2129 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2131 = thread_index_in_threadgroup % simd_size;
const bool l_2132 = l_2131 == uint(0);
if (l_2132) {
const uint l_2133 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2133] = l_2127;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = float(0.0);

for (uint l_mut_2134 = uint(0); l_mut_2134 < l_2130; ++l_mut_2134) {
const float l_2135 = shared_memory_33[l_mut_2134];
l_mut_207 = l_mut_207 + l_2135;
}
const float l_2136 = float {simd_sum(l_mut_376)
};
const uint l_2137 = total_thread_in_threadgroup + simd_size;
const uint l_2138 = l_2137 - uint(1);
const uint l_2139 = l_2138 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2140 = thread_index_in_threadgroup % simd_size;
const bool l_2141 = l_2140 == uint(0);
if (l_2141) {
const uint l_2142 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2142] = l_2136;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_206 = float(0.0);

for (uint l_mut_2143 = uint(0); l_mut_2143 < l_2139; ++l_mut_2143) {
const float l_2144 = shared_memory_33[l_mut_2143];
l_mut_206 = l_mut_206 + l_2144;
}
const float l_2145 = float {simd_sum(l_mut_366)
};
const uint l_2146 = total_thread_in_threadgroup + simd_size;
const uint l_2147 = l_2146 - uint(1);
const uint l_2148 = l_2147 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2149 = thread_index_in_threadgroup % simd_size;
const bool l_2150 = l_2149 == uint(0);
if (l_2150) {
const uint l_2151 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2151] = l_2145;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_205 = float(0.0);

for (uint l_mut_2152 = uint(0); l_mut_2152 < l_2148; ++l_mut_2152) {
const float l_2153 = shared_memory_33[l_mut_2152];
l_mut_205 = l_mut_205 + l_2153;
}
const float l_2154 = float {simd_sum(l_mut_356)
};
const uint l_2155 = total_thread_in_threadgroup + simd_size;
const uint l_2156 = l_2155 - uint(1);
const uint l_2157 = l_2156 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2158 = thread_index_in_threadgroup % simd_size;
const bool l_2159 = l_2158 == uint(0);
if (l_2159) {
const uint l_2160 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2160] = l_2154;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_204 = float(0.0);

for (uint l_mut_2161 = uint(0); l_mut_2161 < l_2157; ++l_mut_2161) {
const float l_2162 = shared_memory_33[l_mut_2161];
l_mut_204 = l_mut_204 + l_2162;
}
const float l_2163 = float {simd_sum(l_mut_346)
};
const uint l_2164 = total_thread_in_threadgroup + simd_size;
const uint l_2165 = l_2164 - uint(1);
const uint l_2166 = l_2165 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2167 = thread_index_in_threadgroup % simd_size;
const bool l_2168 = l_2167 == uint(0);
if (l_2168) {
const uint l_2169 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2169] = l_2163;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_203 = float(0.0);

for (uint l_mut_2170 = uint(0); l_mut_2170 < l_2166; ++l_mut_2170) {
const float l_2171 = shared_memory_33[l_mut_2170];
l_mut_203 = l_mut_203 + l_2171;
}
const float l_2172 = float {simd_sum(l_mut_336)
};
const uint l_2173 = total_thread_in_threadgroup + simd_size;
const uint l_2174 = l_2173 - uint(1);
const uint l_2175 = l_2174 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2176 = thread_index_in_threadgroup % simd_size;
const bool l_2177 = l_2176 == uint(0);
if (l_2177) {
const uint l_2178 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2178] = l_2172;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_202 = float(0.0);

for (uint l_mut_2179 = uint(0); l_mut_2179 < l_2175; ++l_mut_2179) {
const float l_2180 = shared_memory_33[l_mut_2179];
l_mut_202 = l_mut_202 + l_2180;
}
const float l_2181 = float {simd_sum(l_mut_326)
};
const uint l_2182 = total_thread_in_threadgroup + simd_size;
const uint l_2183 = l_2182 - uint(1);
const uint l_2184 = l_2183 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2185 = thread_index_in_threadgroup % simd_size;
const bool l_2186 = l_2185 == uint(0);
if (l_2186) {
const uint l_2187 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2187] = l_2181;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_201 = float(0.0);

for (uint l_mut_2188 = uint(0); l_mut_2188 < l_2184; ++l_mut_2188) {
const float l_2189 = shared_memory_33[l_mut_2188];
l_mut_201 = l_mut_201 + l_2189;
}
const float l_2190 = float {simd_sum(l_mut_316)
};
const uint l_2191 = total_thread_in_threadgroup + simd_size;
const uint l_2192 = l_2191 - uint(1);
const uint l_2193 = l_2192 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2194 = thread_index_in_threadgroup % simd_size;
const bool l_2195 = l_2194 == uint(0);
if (l_2195) {
const uint l_2196 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2196] = l_2190;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_200 = float(0.0);

for (uint l_mut_2197 = uint(0); l_mut_2197 < l_2193; ++l_mut_2197) {
const float l_2198 = shared_memory_33[l_mut_2197];
l_mut_200 = l_mut_200 + l_2198;
}
const float l_2199 = float {simd_sum(l_mut_306)
};
const uint l_2200 = total_thread_in_threadgroup + simd_size;
const uint l_2201 = l_2200 - uint(1);
const uint l_2202 = l_2201 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2203 = thread_index_in_threadgroup % simd_size;
const bool l_2204 = l_2203 == uint(0);
if (l_2204) {
const uint l_2205 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2205] = l_2199;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_199 = float(0.0);

for (uint l_mut_2206 = uint(0); l_mut_2206 < l_2202; ++l_mut_2206) {
const float l_2207 = shared_memory_33[l_mut_2206];
l_mut_199 = l_mut_199 + l_2207;
}
const float l_2208 = float {simd_sum(l_mut_296)
};
const uint l_2209 = total_thread_in_threadgroup + simd_size;
const uint l_2210 = l_2209 - uint(1);
const uint l_2211 = l_2210 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2212 = thread_index_in_threadgroup % simd_size;
const bool l_2213 = l_2212 == uint(0);
if (l_2213) {
const uint l_2214 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2214] = l_2208;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_198 = float(0.0);

for (uint l_mut_2215 = uint(0); l_mut_2215 < l_2211; ++l_mut_2215) {
const float l_2216 = shared_memory_33[l_mut_2215];
l_mut_198 = l_mut_198 + l_2216;
}
const float l_2217 = float {simd_sum(l_mut_230)
};
const uint l_2218 = total_thread_in_threadgroup + simd_size;
const uint l_2219 = l_2218 - uint(1);
const uint l_2220 = l_2219 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2221 = thread_index_in_threadgroup % simd_size;
const bool l_2222 = l_2221 == uint(0);
if (l_2222) {
const uint l_2223 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2223] = l_2217;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_197 = float(0.0);

for (uint l_mut_2224 = uint(0); l_mut_2224 < l_2220; ++l_mut_2224) {
const float l_2225 = shared_memory_33[l_mut_2224];
l_mut_197 = l_mut_197 + l_2225;
}
const float l_2226 = float {simd_sum(l_mut_221)
};
const uint l_2227 = total_thread_in_threadgroup + simd_size;
const uint l_2228 = l_2227 - uint(1);
const uint l_2229 = l_2228 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2230 = thread_index_in_threadgroup % simd_size;
const bool l_2231 = l_2230 == uint(0);
if (l_2231) {
const uint l_2232 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2232] = l_2226;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_157 = float(0.0);

for (uint l_mut_2233 = uint(0); l_mut_2233 < l_2229; ++l_mut_2233) {
const float l_2234 = shared_memory_33[l_mut_2233];
l_mut_157 = l_mut_157 + l_2234;
}
const float l_2235 = float {simd_sum(l_mut_211)
};
const uint l_2236 = total_thread_in_threadgroup + simd_size;
const uint l_2237 = l_2236 - uint(1);
const uint l_2238 = l_2237 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2239 = thread_index_in_threadgroup % simd_size;
const bool l_2240 = l_2239 == uint(0);
if (l_2240) {
const uint l_2241 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2241] = l_2235;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_71 = float(0.0);

for (uint l_mut_2242 = uint(0); l_mut_2242 < l_2238; ++l_mut_2242) {
const float l_2243 = shared_memory_33[l_mut_2242];
l_mut_71 = l_mut_71 + l_2243;
}
const bool l_2244 = thread_index_in_threadgroup == uint(0);
if (l_2244) {
shared_memory_32[uint(0)] = l_mut_210;
shared_memory_32[uint(1)] = l_mut_209;
shared_memory_32[uint(2)] = l_mut_208;
shared_memory_32[uint(3)] = l_mut_207;
shared_memory_32[uint(4)] = l_mut_206;
shared_memory_32[uint(5)] = l_mut_205;
shared_memory_32[uint(6)] = l_mut_204;
shared_memory_32[uint(7)] = l_mut_203;
shared_memory_32[uint(8)] = l_mut_202;
shared_memory_32[uint(9)] = l_mut_201;
shared_memory_32[uint(10)] = l_mut_200;
shared_memory_32[uint(11)] = l_mut_199;
shared_memory_32[uint(12)] = l_mut_198;
shared_memory_32[uint(13)] = l_mut_197;
shared_memory_32[uint(14)] = l_mut_157;
shared_memory_32[uint(15)] = l_mut_71;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = float(0.0);
l_mut_1068 = uint(0);
l_mut_1010 = bool(false);
l_mut_406 = float(0.0);

for (uint l_mut_2245 = uint(0); l_mut_2245 < uint(16); ++l_mut_2245) {
l_mut_488 = l_mut_2245;
l_mut_396 = l_mut_416;
const float l_2246 = shared_memory_32[l_mut_488];
l_mut_416 = l_mut_416 + l_2246;
const bool l_2247 = !l_mut_1010;
const float l_2248 = l_mut_426 + l_mut_416;
const bool l_2249 = l_2248 >= l_2038;
const bool l_2250 = l_2247 && l_2249;
if (l_2250) {
l_mut_1068 = l_mut_488;
l_mut_1010 = bool(true);
l_mut_406 = l_mut_396;
}
}
l_mut_426 = l_mut_426 + l_mut_406;
const uint l_2251 = l_mut_1068 << l_2042;
l_mut_1322 = l_mut_1322 | l_2251;
}
l_mut_1336 = l_mut_1336 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_2252 = thread_index_in_threadgroup == uint(0);
if (l_2252) {
shared_memory_31[uint(3)] = l_mut_1322;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2253 = shared_memory_31[uint(3)];
l_mut_740 = l_2253;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
}
}
}
}
l_mut_1336 = info.scalars_uint[5];
l_mut_1322 = info.scalars_uint[6];
l_mut_1068 = l_1;
l_mut_488 = uint(0);
l_mut_242 = info.scalars_uint[3];
l_mut_222 = info.scalars_uint[4];

for (uint l_mut_2254 = uint(0); l_mut_2254 < uint(10); ++l_mut_2254) {
const uint l_2255 = uint(3528531795) & uint(65535);
const uint l_2256 = uint(3528531795) >> uint(16);
const uint l_2257 = l_mut_1336 & uint(65535);
const uint l_2258 = l_mut_1336 >> uint(16);
const uint l_2259 = l_2255 * l_2257;
const uint l_2260 = l_2255 * l_2258;
const uint l_2261 = l_2256 * l_2257;
const uint l_2262 = l_2256 * l_2258;
const uint l_2263 = l_2259 >> uint(16);
const uint l_2264 = l_2260 & uint(65535);
const uint l_2265 = l_2263 + l_2264;
const uint l_2266 = l_2261 & uint(65535);
const uint l_2267 = l_2265 + l_2266;
const uint l_2268 = l_2260 >> uint(16);
const uint l_2269 = l_2262 + l_2268;
const uint l_2270 = l_2261 >> uint(16);
const uint l_2271 = l_2269 + l_2270;
const uint l_2272 = l_2267 >> uint(16);
const uint l_2273 = l_2271 + l_2272;
const uint l_2274 = uint(3528531795) * l_mut_1336;
const uint l_2275 = uint(3449720151) & uint(65535);
const uint l_2276 = uint(3449720151) >> uint(16);
const uint l_2277 = l_mut_1068 & uint(65535);
const uint l_2278 = l_mut_1068 >> uint(16);
const uint l_2279 = l_2275 * l_2277;
const uint l_2280 = l_2275 * l_2278;
const uint l_2281 = l_2276 * l_2277;
const uint l_2282 = l_2276 * l_2278;
const uint l_2283 = l_2279 >> uint(16);
const uint l_2284 = l_2280 & uint(65535);
const uint l_2285 = l_2283 + l_2284;
const uint l_2286 = l_2281 & uint(65535);
const uint l_2287 = l_2285 + l_2286;
const uint l_2288 = l_2280 >> uint(16);
const uint l_2289 = l_2282 + l_2288;
const uint l_2290 = l_2281 >> uint(16);
const uint l_2291 = l_2289 + l_2290;
const uint l_2292 = l_2287 >> uint(16);
const uint l_2293 = l_2291 + l_2292;
const uint l_2294 = uint(3449720151) * l_mut_1068;
const uint l_2295 = l_2293 ^ l_mut_1322;
const uint l_2296 = l_2295 ^ l_mut_242;
const uint l_2297 = l_2273 ^ l_mut_488;
const uint l_2298 = l_2297 ^ l_mut_222;
l_mut_1336 = l_2296;
l_mut_1322 = l_2294;
l_mut_1068 = l_2298;
l_mut_488 = l_2274;
l_mut_242 = l_mut_242 + uint(2654435769);
l_mut_222 = l_mut_222 + uint(3144134277);
}
const uint l_2299 = l_mut_1336 >> uint(8);
const float l_2300 = float(l_2299);
const float l_2301 = l_2300 * float(5.960464477539063e-8);
const uint l_2302 = l_25 + total_thread_in_threadgroup;
const uint l_2303 = l_2302 - uint(1);
const uint l_2304 = l_2303 / total_thread_in_threadgroup;
const uint l_2305 = thread_index_in_threadgroup * l_2304;
l_mut_1336 = l_2305;
const bool l_2306 = l_mut_1336 > l_25;
if (l_2306) {
l_mut_1336 = l_25;
}
const uint l_2307 = l_mut_1336 + l_2304;
l_mut_1322 = l_2307;
const bool l_2308 = l_mut_1322 > l_25;
if (l_2308) {
l_mut_1322 = l_25;
}
l_mut_1068 = uint(0);
const uint l_2309 = l_mut_1336 * uint(1);
l_mut_488 = uint(0);
l_mut_242 = l_mut_34;
while (true) {
const bool l_2310 = l_mut_488 < l_mut_242;
const bool l_2311 = !l_2310;
if (l_2311) {
break;}
const uint l_2312 = l_mut_488 + l_mut_242;
const uint l_2313 = l_2312 / uint(2);
const uint l_2314 = shared_memory_27[l_2313];
const bool l_2315 = l_2314 < l_2309;
if (l_2315) {
const uint l_2316 = l_2313 + uint(1);
l_mut_488 = l_2316;
} else {
l_mut_242 = l_2313;
}
}
l_mut_1068 = l_mut_488;
l_mut_426 = float(0.0);
l_mut_488 = uint(0);
l_mut_242 = l_mut_1068;

for (uint l_mut_2317 = l_mut_1336; l_mut_2317 < l_mut_1322; ++l_mut_2317) {
const uint l_2318 = l_26 + l_mut_2317;
const float l_2319 = buffer_0[l_2318];
const uint l_2320 = l_mut_2317 * uint(1);
const uint l_2321 = l_2320 + uint(0);
const float l_2322 = l_2319;
l_mut_416 = l_2322;
l_mut_222 = l_mut_242;
while (true) {
const uint l_2323 = shared_memory_27[l_mut_222];
const bool l_2324 = l_2323 < l_2321;
const bool l_2325 = !l_2324;
if (l_2325) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_242 = l_mut_222;
l_mut_222 = uint(0);
while (true) {
const uint l_2326 = l_mut_242 + l_mut_222;
const uint l_2327 = shared_memory_27[l_2326];
const bool l_2328 = l_2327 == l_2321;
const bool l_2329 = !l_2328;
if (l_2329) {
break;}
l_mut_222 = l_mut_222 + uint(1);
}
l_mut_406 = l_mut_416;
const bool l_2330 = l_mut_222 > uint(0);
if (l_2330) {
const bool l_2331 = l_mut_406 > float(0.0);
if (l_2331) {
const float l_2332 = l_mut_406 / l_16;
l_mut_406 = l_2332;
} else {
const float l_2333 = l_mut_406 * l_16;
l_mut_406 = l_2333;
}
const float l_2334 = float(l_mut_222);
const float l_2335 = l_20 * l_2334;
const float l_2336 = l_mut_406 - l_2335;
const float l_2337 = l_2336 - l_18;
l_mut_406 = l_2337;
}
l_mut_416 = l_mut_406;
l_mut_406 = float(0.0);
const uint l_2338 = reinterpret_cast<thread uint const&>(l_mut_416);
l_mut_222 = l_2338;
const bool l_2339 = l_mut_222 == uint(2147483648);
if (l_2339) {
l_mut_222 = uint(0);
}
const uint l_2340 = l_mut_222 | uint(2147483648);
l_mut_213 = l_2340;
const bool l_2341 = l_mut_222 >= uint(2147483648);
if (l_2341) {
const uint l_2342 = ~l_mut_222;
l_mut_213 = l_2342;
}
const bool l_2343 = l_mut_213 > l_mut_754;
const bool l_2344 = l_mut_213 == l_mut_754;
const bool l_2345 = l_2321 <= l_mut_740;
const bool l_2346 = l_2344 && l_2345;
const bool l_2347 = l_2343 || l_2346;
if (l_2347) {
l_mut_396 = float(1.0);
const bool l_2348 = l_mut_416 != l_mut_90;
if (l_2348) {
const float l_2349 = l_mut_416 - l_mut_90;
const float l_2350 = l_2349 * l_mut_22;
const float l_2351 = exp(l_2350);
l_mut_396 = l_2351;
}
l_mut_406 = l_mut_396;
}
l_mut_416 = l_mut_406;
const bool l_2352 = l_mut_416 < l_14;
const bool l_2353 = l_mut_430 && l_2352;
if (l_2353) {
l_mut_416 = float(0.0);
}
l_mut_426 = l_mut_426 + l_mut_416;
const bool l_2354 = l_mut_416 > float(0.0);
if (l_2354) {
const uint l_2355 = l_2321 + uint(1);
l_mut_488 = l_2355;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_426;
l_mut_416 = l_mut_426;
l_mut_222 = uint(1);
while (true) {
const bool l_2356 = l_mut_222 < total_thread_in_threadgroup;
const bool l_2357 = !l_2356;
if (l_2357) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);
const bool l_2358 = thread_index_in_threadgroup >= l_mut_222;
if (l_2358) {
const uint l_2359 = thread_index_in_threadgroup - l_mut_222;
const float l_2360 = shared_memory_30[l_2359];
l_mut_426 = l_2360;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_416 = l_mut_416 + l_mut_426;
shared_memory_30[thread_index_in_threadgroup] = l_mut_416;
l_mut_222 = l_mut_222 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_426 = float(0.0);
const bool l_2361 = thread_index_in_threadgroup > uint(0);
if (l_2361) {
const uint l_2362 = thread_index_in_threadgroup - uint(1);
const float l_2363 = shared_memory_30[l_2362];
l_mut_426 = l_2363;
}
const uint l_2364 = total_thread_in_threadgroup - uint(1);
const float l_2365 = shared_memory_30[l_2364];
const float l_2366 = l_2301 * l_2365;
const bool l_2367 = thread_index_in_threadgroup == uint(0);
if (l_2367) {
shared_memory_31[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_406 = l_mut_426;
const bool l_2368 = l_mut_426 <= l_2366;
const bool l_2369 = l_mut_416 > l_2366;
const bool l_2370 = l_2368 && l_2369;
if (l_2370) {
l_mut_1010 = bool(false);
l_mut_222 = l_mut_1068;

for (uint l_mut_2371 = l_mut_1336; l_mut_2371 < l_mut_1322; ++l_mut_2371) {
const uint l_2372 = l_26 + l_mut_2371;
const float l_2373 = buffer_0[l_2372];
const uint l_2374 = l_mut_2371 * uint(1);
const uint l_2375 = l_2374 + uint(0);
const float l_2376 = l_2373;
l_mut_426 = l_2376;
l_mut_1068 = l_mut_222;
while (true) {
const uint l_2377 = shared_memory_27[l_mut_1068];
const bool l_2378 = l_2377 < l_2375;
const bool l_2379 = !l_2378;
if (l_2379) {
break;}
l_mut_1068 = l_mut_1068 + uint(1);
}
l_mut_222 = l_mut_1068;
l_mut_1068 = uint(0);
while (true) {
const uint l_2380 = l_mut_222 + l_mut_1068;
const uint l_2381 = shared_memory_27[l_2380];
const bool l_2382 = l_2381 == l_2375;
const bool l_2383 = !l_2382;
if (l_2383) {
break;}
l_mut_1068 = l_mut_1068 + uint(1);
}
l_mut_416 = l_mut_426;
const bool l_2384 = l_mut_1068 > uint(0);
if (l_2384) {
const bool l_2385 = l_mut_416 > float(0.0);
if (l_2385) {
const float l_2386 = l_mut_416 / l_16;
l_mut_416 = l_2386;
} else {
const float l_2387 = l_mut_416 * l_16;
l_mut_416 = l_2387;
}
const float l_2388 = float(l_mut_1068);
const float l_2389 = l_20 * l_2388;
const float l_2390 = l_mut_416 - l_2389;
const float l_2391 = l_2390 - l_18;
l_mut_416 = l_2391;
}
l_mut_426 = l_mut_416;
l_mut_416 = float(0.0);
const uint l_2392 = reinterpret_cast<thread uint const&>(l_mut_426);
l_mut_1068 = l_2392;
const bool l_2393 = l_mut_1068 == uint(2147483648);
if (l_2393) {
l_mut_1068 = uint(0);
}
const uint l_2394 = l_mut_1068 | uint(2147483648);
l_mut_213 = l_2394;
const bool l_2395 = l_mut_1068 >= uint(2147483648);
if (l_2395) {
const uint l_2396 = ~l_mut_1068;
l_mut_213 = l_2396;
}
const bool l_2397 = l_mut_213 > l_mut_754;
const bool l_2398 = l_mut_213 == l_mut_754;
const bool l_2399 = l_2375 <= l_mut_740;
const bool l_2400 = l_2398 && l_2399;
const bool l_2401 = l_2397 || l_2400;
if (l_2401) {
l_mut_396 = float(1.0);
const bool l_2402 = l_mut_426 != l_mut_90;
if (l_2402) {
const float l_2403 = l_mut_426 - l_mut_90;
const float l_2404 = l_2403 * l_mut_22;
const float l_2405 = exp(l_2404);
l_mut_396 = l_2405;
}
l_mut_416 = l_mut_396;
}
l_mut_426 = l_mut_416;
const bool l_2406 = l_mut_426 < l_14;
const bool l_2407 = l_mut_430 && l_2406;
if (l_2407) {
l_mut_426 = float(0.0);
}
l_mut_406 = l_mut_406 + l_mut_426;
const bool l_2408 = !l_mut_1010;
const bool l_2409 = l_mut_406 > l_2366;
const bool l_2410 = l_2408 && l_2409;
if (l_2410) {
shared_memory_31[uint(0)] = l_2375;
l_mut_1010 = bool(true);
}
}
const bool l_2411 = !l_mut_1010;
const bool l_2412 = l_mut_488 > uint(0);
const bool l_2413 = l_2411 && l_2412;
if (l_2413) {
const uint l_2414 = l_mut_488 - uint(1);
shared_memory_31[uint(0)] = l_2414;
}
}
const uint l_2416 = uint {simd_max(l_mut_488)
};
const uint l_2417 = total_thread_in_threadgroup + simd_size;
const uint l_2418 = l_2417 - uint(1);
const uint l_2419 = l_2418 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2420 = thread_index_in_threadgroup % simd_size;
const bool l_2421 = l_2420 == uint(0);
if (l_2421) {
const uint l_2422 = thread_index_in_threadgroup / simd_size;
shared_memory_2415[l_2422] = l_2416;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2423 = shared_memory_2415[uint(0)];
l_mut_1336 = l_2423;

for (uint l_mut_2424 = uint(1); l_mut_2424 < l_2419; ++l_mut_2424) {
const uint l_2425 = shared_memory_2415[l_mut_2424];
const bool l_2426 = l_2425 > l_mut_1336;
if (l_2426) {
l_mut_1336 = l_2425;
}
}
const uint l_2427 = shared_memory_31[uint(0)];
l_mut_73 = l_2427;
const bool l_2428 = l_mut_73 == uint(4294967295);
if (l_2428) {
const uint l_2429 = l_mut_1336 - uint(1);
l_mut_73 = l_2429;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_2430 = thread_index_in_threadgroup == uint(0);
if (l_2430) {
const uint l_2431 = l_mut_73 / uint(1);
const uint l_2432 = l_26 + l_2431;
const float l_2433 = buffer_0[l_2432];
l_mut_426 = float(0.0);
const uint l_2434 = l_mut_73 % uint(1);
const bool l_2435 = uint(0) == l_2434;
if (l_2435) {
const float l_2436 = l_2433;
l_mut_426 = l_2436;
}
l_mut_1336 = uint(0);
l_mut_1322 = l_mut_34;
while (true) {
const bool l_2437 = l_mut_1336 < l_mut_1322;
const bool l_2438 = !l_2437;
if (l_2438) {
break;}
const uint l_2439 = l_mut_1336 + l_mut_1322;
const uint l_2440 = l_2439 / uint(2);
const uint l_2441 = shared_memory_27[l_2440];
const bool l_2442 = l_2441 < l_mut_73;
if (l_2442) {
const uint l_2443 = l_2440 + uint(1);
l_mut_1336 = l_2443;
} else {
l_mut_1322 = l_2440;
}
}
l_mut_1322 = uint(0);
while (true) {
const uint l_2444 = l_mut_1336 + l_mut_1322;
const uint l_2445 = shared_memory_27[l_2444];
const bool l_2446 = l_2445 == l_mut_73;
const bool l_2447 = !l_2446;
if (l_2447) {
break;}
l_mut_1322 = l_mut_1322 + uint(1);
}
l_mut_416 = l_mut_426;
const bool l_2448 = l_mut_1322 > uint(0);
if (l_2448) {
const bool l_2449 = l_mut_416 > float(0.0);
if (l_2449) {
const float l_2450 = l_mut_416 / l_16;
l_mut_416 = l_2450;
} else {
const float l_2451 = l_mut_416 * l_16;
l_mut_416 = l_2451;
}
const float l_2452 = float(l_mut_1322);
const float l_2453 = l_20 * l_2452;
const float l_2454 = l_mut_416 - l_2453;
const float l_2455 = l_2454 - l_18;
l_mut_416 = l_2455;
}
l_mut_426 = l_mut_416;
l_mut_160 = l_mut_426;
}
}
const bool l_2456 = thread_index_in_threadgroup == uint(0);
if (l_2456) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_73;
const float l_2457 = l_mut_160 - l_mut_90;
const float l_2458 = l_2457 * l_mut_22;
const float l_2459 = l_2458 - l_185;
buffer_5[l_1] = l_2459;
}
}
}

}
