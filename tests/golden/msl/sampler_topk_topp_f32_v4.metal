
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
void sampler_topk_topp_f32_v4(
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
threadgroup uchar dynamic_shared_mem[14928];
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_30 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_28 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_29 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_142 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_33 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_155 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_167 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_2487 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 16, 64 bytes
threadgroup float* shared_memory_32 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_31 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_203;
bool l_mut_207;
bool l_mut_3;
bool l_mut_525;
float l_mut_1184;
float l_mut_179;
float l_mut_182;
float l_mut_219;
float l_mut_220;
float l_mut_221;
float l_mut_222;
float l_mut_223;
float l_mut_224;
float l_mut_225;
float l_mut_226;
float l_mut_227;
float l_mut_228;
float l_mut_229;
float l_mut_22;
float l_mut_230;
float l_mut_231;
float l_mut_232;
float l_mut_233;
float l_mut_243;
float l_mut_259;
float l_mut_35;
float l_mut_37;
float l_mut_49;
float l_mut_61;
uint l_mut_206;
uint l_mut_208;
uint l_mut_215;
uint l_mut_234;
uint l_mut_235;
uint l_mut_245;
uint l_mut_248;
uint l_mut_34;
uint l_mut_36;
uint l_mut_38;
uint l_mut_39;
uint l_mut_41;
uint l_mut_52;
uint l_mut_55;
uint l_mut_568;
uint l_mut_927;
uint l_mut_983;
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
const uint l_25 = info.scalars_uint[1] / uint(4);
const uint l_26 = l_1 * l_25;
l_mut_34 = uint(0);
l_mut_35 = info.scalars_float[0];
l_mut_36 = uint(4294967295);
l_mut_37 = float(0.0);
l_mut_38 = uint(0);
l_mut_39 = uint(0);
const uint l_40 = uint(0) + thread_index_in_threadgroup;
l_mut_41 = l_40;
while (true) {
const bool l_42 = l_mut_41 < l_25;
const bool l_43 = !l_42;
if (l_43) {
break;}
const uint l_44 = l_26 + l_mut_41;
const float_4 l_45 = buffer_0[l_44];
const uint l_46 = l_mut_41 * uint(4);
const uint l_47 = l_46 + uint(0);
const float l_48 = l_45.i_0;
l_mut_49 = l_48;
const bool l_50 = isnan(l_mut_49);
const uint l_51 = reinterpret_cast<thread uint const&>(l_mut_49);
l_mut_52 = l_51;
const bool l_53 = l_mut_52 == uint(2147483648);
if (l_53) {
l_mut_52 = uint(0);
}
const uint l_54 = l_mut_52 | uint(2147483648);
l_mut_55 = l_54;
const bool l_56 = l_mut_52 >= uint(2147483648);
if (l_56) {
const uint l_57 = ~l_mut_52;
l_mut_55 = l_57;
}
const bool l_58 = l_mut_55 == uint(4286578688);
const bool l_59 = l_50 || l_58;
if (l_59) {
l_mut_38 = uint(1);
} else {
const bool l_60 = l_mut_49 > l_mut_35;
if (l_60) {
l_mut_61 = float(1.0);
const bool l_62 = l_mut_35 != l_mut_49;
if (l_62) {
const float l_63 = l_mut_35 - l_mut_49;
const float l_64 = l_63 * l_mut_22;
const float l_65 = exp(l_64);
l_mut_61 = l_65;
}
const float l_66 = l_mut_37 * l_mut_61;
const float l_67 = l_66 + float(1.0);
l_mut_37 = l_67;
l_mut_35 = l_mut_49;
l_mut_36 = l_47;
} else {
const bool l_68 = l_mut_49 > info.scalars_float[0];
if (l_68) {
l_mut_61 = float(1.0);
const bool l_69 = l_mut_49 != l_mut_35;
if (l_69) {
const float l_70 = l_mut_49 - l_mut_35;
const float l_71 = l_70 * l_mut_22;
const float l_72 = exp(l_71);
l_mut_61 = l_72;
}
l_mut_37 = l_mut_37 + l_mut_61;
}
}
}
const uint l_73 = l_mut_41 * uint(4);
const uint l_74 = l_73 + uint(1);
const float l_75 = l_45.i_1;
l_mut_61 = l_75;
const bool l_76 = isnan(l_mut_61);
const uint l_77 = reinterpret_cast<thread uint const&>(l_mut_61);
l_mut_55 = l_77;
const bool l_78 = l_mut_55 == uint(2147483648);
if (l_78) {
l_mut_55 = uint(0);
}
const uint l_79 = l_mut_55 | uint(2147483648);
l_mut_52 = l_79;
const bool l_80 = l_mut_55 >= uint(2147483648);
if (l_80) {
const uint l_81 = ~l_mut_55;
l_mut_52 = l_81;
}
const bool l_82 = l_mut_52 == uint(4286578688);
const bool l_83 = l_76 || l_82;
if (l_83) {
l_mut_38 = uint(1);
} else {
const bool l_84 = l_mut_61 > l_mut_35;
if (l_84) {
l_mut_49 = float(1.0);
const bool l_85 = l_mut_35 != l_mut_61;
if (l_85) {
const float l_86 = l_mut_35 - l_mut_61;
const float l_87 = l_86 * l_mut_22;
const float l_88 = exp(l_87);
l_mut_49 = l_88;
}
const float l_89 = l_mut_37 * l_mut_49;
const float l_90 = l_89 + float(1.0);
l_mut_37 = l_90;
l_mut_35 = l_mut_61;
l_mut_36 = l_74;
} else {
const bool l_91 = l_mut_61 > info.scalars_float[0];
if (l_91) {
l_mut_49 = float(1.0);
const bool l_92 = l_mut_61 != l_mut_35;
if (l_92) {
const float l_93 = l_mut_61 - l_mut_35;
const float l_94 = l_93 * l_mut_22;
const float l_95 = exp(l_94);
l_mut_49 = l_95;
}
l_mut_37 = l_mut_37 + l_mut_49;
}
}
}
const uint l_96 = l_mut_41 * uint(4);
const uint l_97 = l_96 + uint(2);
const float l_98 = l_45.i_2;
l_mut_61 = l_98;
const bool l_99 = isnan(l_mut_61);
const uint l_100 = reinterpret_cast<thread uint const&>(l_mut_61);
l_mut_55 = l_100;
const bool l_101 = l_mut_55 == uint(2147483648);
if (l_101) {
l_mut_55 = uint(0);
}
const uint l_102 = l_mut_55 | uint(2147483648);
l_mut_52 = l_102;
const bool l_103 = l_mut_55 >= uint(2147483648);
if (l_103) {
const uint l_104 = ~l_mut_55;
l_mut_52 = l_104;
}
const bool l_105 = l_mut_52 == uint(4286578688);
const bool l_106 = l_99 || l_105;
if (l_106) {
l_mut_38 = uint(1);
} else {
const bool l_107 = l_mut_61 > l_mut_35;
if (l_107) {
l_mut_49 = float(1.0);
const bool l_108 = l_mut_35 != l_mut_61;
if (l_108) {
const float l_109 = l_mut_35 - l_mut_61;
const float l_110 = l_109 * l_mut_22;
const float l_111 = exp(l_110);
l_mut_49 = l_111;
}
const float l_112 = l_mut_37 * l_mut_49;
const float l_113 = l_112 + float(1.0);
l_mut_37 = l_113;
l_mut_35 = l_mut_61;
l_mut_36 = l_97;
} else {
const bool l_114 = l_mut_61 > info.scalars_float[0];
if (l_114) {
l_mut_49 = float(1.0);
const bool l_115 = l_mut_61 != l_mut_35;
if (l_115) {
const float l_116 = l_mut_61 - l_mut_35;
const float l_117 = l_116 * l_mut_22;
const float l_118 = exp(l_117);
l_mut_49 = l_118;
}
l_mut_37 = l_mut_37 + l_mut_49;
}
}
}
const uint l_119 = l_mut_41 * uint(4);
const uint l_120 = l_119 + uint(3);
const float l_121 = l_45.i_3;
l_mut_61 = l_121;
const bool l_122 = isnan(l_mut_61);
const uint l_123 = reinterpret_cast<thread uint const&>(l_mut_61);
l_mut_55 = l_123;
const bool l_124 = l_mut_55 == uint(2147483648);
if (l_124) {
l_mut_55 = uint(0);
}
const uint l_125 = l_mut_55 | uint(2147483648);
l_mut_52 = l_125;
const bool l_126 = l_mut_55 >= uint(2147483648);
if (l_126) {
const uint l_127 = ~l_mut_55;
l_mut_52 = l_127;
}
const bool l_128 = l_mut_52 == uint(4286578688);
const bool l_129 = l_122 || l_128;
if (l_129) {
l_mut_38 = uint(1);
} else {
const bool l_130 = l_mut_61 > l_mut_35;
if (l_130) {
l_mut_49 = float(1.0);
const bool l_131 = l_mut_35 != l_mut_61;
if (l_131) {
const float l_132 = l_mut_35 - l_mut_61;
const float l_133 = l_132 * l_mut_22;
const float l_134 = exp(l_133);
l_mut_49 = l_134;
}
const float l_135 = l_mut_37 * l_mut_49;
const float l_136 = l_135 + float(1.0);
l_mut_37 = l_136;
l_mut_35 = l_mut_61;
l_mut_36 = l_120;
} else {
const bool l_137 = l_mut_61 > info.scalars_float[0];
if (l_137) {
l_mut_49 = float(1.0);
const bool l_138 = l_mut_61 != l_mut_35;
if (l_138) {
const float l_139 = l_mut_61 - l_mut_35;
const float l_140 = l_139 * l_mut_22;
const float l_141 = exp(l_140);
l_mut_49 = l_141;
}
l_mut_37 = l_mut_37 + l_mut_49;
}
}
}
l_mut_41 = l_mut_41 + total_thread_in_threadgroup;
}
const float l_143 = float {simd_max(l_mut_35)
};
const uint l_144 = total_thread_in_threadgroup + simd_size;
const uint l_145 = l_144 - uint(1);
const uint l_146 = l_145 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_147 = thread_index_in_threadgroup % simd_size;
const bool l_148 = l_147 == uint(0);
if (l_148) {
const uint l_149 = thread_index_in_threadgroup / simd_size;
shared_memory_142[l_149] = l_143;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_150 = shared_memory_142[uint(0)];
l_mut_61 = l_150;

for (uint l_mut_151 = uint(1); l_mut_151 < l_146; ++l_mut_151) {
const float l_152 = shared_memory_142[l_mut_151];
const bool l_153 = l_152 > l_mut_61;
if (l_153) {
l_mut_61 = l_152;
}
}
l_mut_55 = uint(4294967295);
const bool l_154 = l_mut_35 == l_mut_61;
if (l_154) {
l_mut_55 = l_mut_36;
}
const uint l_156 = uint {simd_min(l_mut_55)
};
const uint l_157 = total_thread_in_threadgroup + simd_size;
const uint l_158 = l_157 - uint(1);
const uint l_159 = l_158 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_160 = thread_index_in_threadgroup % simd_size;
const bool l_161 = l_160 == uint(0);
if (l_161) {
const uint l_162 = thread_index_in_threadgroup / simd_size;
shared_memory_155[l_162] = l_156;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_163 = shared_memory_155[uint(0)];
l_mut_55 = l_163;

for (uint l_mut_164 = uint(1); l_mut_164 < l_159; ++l_mut_164) {
const uint l_165 = shared_memory_155[l_mut_164];
const bool l_166 = l_165 < l_mut_55;
if (l_166) {
l_mut_55 = l_165;
}
}
const uint l_168 = uint {simd_max(l_mut_38)
};
const uint l_169 = total_thread_in_threadgroup + simd_size;
const uint l_170 = l_169 - uint(1);
const uint l_171 = l_170 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_172 = thread_index_in_threadgroup % simd_size;
const bool l_173 = l_172 == uint(0);
if (l_173) {
const uint l_174 = thread_index_in_threadgroup / simd_size;
shared_memory_167[l_174] = l_168;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_175 = shared_memory_167[uint(0)];
l_mut_52 = l_175;

for (uint l_mut_176 = uint(1); l_mut_176 < l_171; ++l_mut_176) {
const uint l_177 = shared_memory_167[l_mut_176];
const bool l_178 = l_177 > l_mut_52;
if (l_178) {
l_mut_52 = l_177;
}
}
l_mut_49 = float(0.0);
l_mut_179 = float(0.0);
const bool l_180 = l_mut_35 == l_mut_61;
if (l_180) {
l_mut_179 = l_mut_37;
} else {
const bool l_181 = l_mut_37 > float(0.0);
if (l_181) {
l_mut_182 = float(1.0);
const bool l_183 = l_mut_35 != l_mut_61;
if (l_183) {
const float l_184 = l_mut_35 - l_mut_61;
const float l_185 = l_184 * l_mut_22;
const float l_186 = exp(l_185);
l_mut_182 = l_186;
}
const float l_187 = l_mut_37 * l_mut_182;
l_mut_179 = l_187;
}
}
const float l_188 = float {simd_sum(l_mut_179)
};
const uint l_189 = total_thread_in_threadgroup + simd_size;
const uint l_190 = l_189 - uint(1);
const uint l_191 = l_190 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_192 = thread_index_in_threadgroup % simd_size;
const bool l_193 = l_192 == uint(0);
if (l_193) {
const uint l_194 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_194] = l_188;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_182 = float(0.0);

for (uint l_mut_195 = uint(0); l_mut_195 < l_191; ++l_mut_195) {
const float l_196 = shared_memory_33[l_mut_195];
l_mut_182 = l_mut_182 + l_196;
}
l_mut_49 = l_mut_182;
l_mut_41 = uint(0);
const bool l_197 = l_mut_52 > uint(0);
if (l_197) {
l_mut_41 = uint(1);
} else {
const bool l_198 = l_mut_61 == info.scalars_float[0];
if (l_198) {
l_mut_41 = uint(2);
}
}
const bool l_199 = l_mut_41 != uint(0);
if (l_199) {
const bool l_200 = thread_index_in_threadgroup == uint(0);
if (l_200) {
buffer_4[l_1] = l_mut_41;
buffer_3[l_1] = uint(4294967295);
}
} else {
const float l_201 = log(l_mut_49);
l_mut_41 = l_mut_55;
l_mut_182 = l_mut_61;
const bool l_202 = !l_21;
if (l_202) {
l_mut_39 = uint(0);
l_mut_38 = uint(4294967295);
l_mut_36 = info.scalars_uint[1];
l_mut_203 = bool(false);
const bool l_204 = l_10 < info.scalars_uint[1];
if (l_204) {
const float l_205 = float(l_10);
l_mut_206 = uint(0);
l_mut_179 = float(0.0);
l_mut_37 = float(0.0);
l_mut_207 = bool(false);
l_mut_208 = uint(0);
while (true) {
const bool l_209 = l_mut_208 < uint(8);
const bool l_210 = !l_mut_207;
const bool l_211 = l_209 && l_210;
const bool l_212 = !l_211;
if (l_212) {
break;}
const uint l_213 = uint(4) * l_mut_208;
const uint l_214 = uint(28) - l_213;
l_mut_215 = uint(0);
const bool l_216 = l_mut_208 > uint(0);
if (l_216) {
const uint l_217 = l_214 + uint(4);
const uint l_218 = uint(4294967295) << l_217;
l_mut_215 = l_218;
}
l_mut_35 = float(0.0);
l_mut_219 = float(0.0);
l_mut_220 = float(0.0);
l_mut_221 = float(0.0);
l_mut_222 = float(0.0);
l_mut_223 = float(0.0);
l_mut_224 = float(0.0);
l_mut_225 = float(0.0);
l_mut_226 = float(0.0);
l_mut_227 = float(0.0);
l_mut_228 = float(0.0);
l_mut_229 = float(0.0);
l_mut_230 = float(0.0);
l_mut_231 = float(0.0);
l_mut_232 = float(0.0);
l_mut_233 = float(0.0);
l_mut_234 = uint(0);
l_mut_235 = thread_index_in_threadgroup;
while (true) {
const bool l_236 = l_mut_235 < l_25;
const bool l_237 = !l_236;
if (l_237) {
break;}
const uint l_238 = l_26 + l_mut_235;
const float_4 l_239 = buffer_0[l_238];
const uint l_240 = l_mut_235 * uint(4);
const uint l_241 = l_240 + uint(0);
const float l_242 = l_239.i_0;
l_mut_243 = l_242;
const uint l_244 = reinterpret_cast<thread uint const&>(l_mut_243);
l_mut_245 = l_244;
const bool l_246 = l_mut_245 == uint(2147483648);
if (l_246) {
l_mut_245 = uint(0);
}
const uint l_247 = l_mut_245 | uint(2147483648);
l_mut_248 = l_247;
const bool l_249 = l_mut_245 >= uint(2147483648);
if (l_249) {
const uint l_250 = ~l_mut_245;
l_mut_248 = l_250;
}
const uint l_251 = l_mut_248 & l_mut_215;
const bool l_252 = l_251 == l_mut_206;
const bool l_253 = l_mut_248 > uint(0);
const bool l_254 = l_mut_248 == uint(0);
const bool l_255 = l_241 <= uint(4294967295);
const bool l_256 = l_254 && l_255;
const bool l_257 = l_253 || l_256;
const bool l_258 = l_252 && l_257;
if (l_258) {
l_mut_259 = float(1.0);
const uint l_260 = l_mut_248 >> l_214;
const uint l_261 = l_260 & uint(15);
const bool l_262 = l_261 == uint(0);
if (l_262) {
l_mut_35 = l_mut_35 + l_mut_259;
} else {
const bool l_263 = l_261 == uint(1);
if (l_263) {
l_mut_219 = l_mut_219 + l_mut_259;
} else {
const bool l_264 = l_261 == uint(2);
if (l_264) {
l_mut_220 = l_mut_220 + l_mut_259;
} else {
const bool l_265 = l_261 == uint(3);
if (l_265) {
l_mut_221 = l_mut_221 + l_mut_259;
} else {
const bool l_266 = l_261 == uint(4);
if (l_266) {
l_mut_222 = l_mut_222 + l_mut_259;
} else {
const bool l_267 = l_261 == uint(5);
if (l_267) {
l_mut_223 = l_mut_223 + l_mut_259;
} else {
const bool l_268 = l_261 == uint(6);
if (l_268) {
l_mut_224 = l_mut_224 + l_mut_259;
} else {
const bool l_269 = l_261 == uint(7);
if (l_269) {
l_mut_225 = l_mut_225 + l_mut_259;
} else {
const bool l_270 = l_261 == uint(8);
if (l_270) {
l_mut_226 = l_mut_226 + l_mut_259;
} else {
const bool l_271 = l_261 == uint(9);
if (l_271) {
l_mut_227 = l_mut_227 + l_mut_259;
} else {
const bool l_272 = l_261 == uint(10);
if (l_272) {
l_mut_228 = l_mut_228 + l_mut_259;
} else {
const bool l_273 = l_261 == uint(11);
if (l_273) {
l_mut_229 = l_mut_229 + l_mut_259;
} else {
const bool l_274 = l_261 == uint(12);
if (l_274) {
l_mut_230 = l_mut_230 + l_mut_259;
} else {
const bool l_275 = l_261 == uint(13);
if (l_275) {
l_mut_231 = l_mut_231 + l_mut_259;
} else {
const bool l_276 = l_261 == uint(14);
if (l_276) {
l_mut_232 = l_mut_232 + l_mut_259;
} else {
const bool l_277 = l_261 == uint(15);
if (l_277) {
l_mut_233 = l_mut_233 + l_mut_259;
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
const uint l_278 = l_mut_235 * uint(4);
const uint l_279 = l_278 + uint(1);
const float l_280 = l_239.i_1;
l_mut_259 = l_280;
const uint l_281 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_281;
const bool l_282 = l_mut_248 == uint(2147483648);
if (l_282) {
l_mut_248 = uint(0);
}
const uint l_283 = l_mut_248 | uint(2147483648);
l_mut_245 = l_283;
const bool l_284 = l_mut_248 >= uint(2147483648);
if (l_284) {
const uint l_285 = ~l_mut_248;
l_mut_245 = l_285;
}
const uint l_286 = l_mut_245 & l_mut_215;
const bool l_287 = l_286 == l_mut_206;
const bool l_288 = l_mut_245 > uint(0);
const bool l_289 = l_mut_245 == uint(0);
const bool l_290 = l_279 <= uint(4294967295);
const bool l_291 = l_289 && l_290;
const bool l_292 = l_288 || l_291;
const bool l_293 = l_287 && l_292;
if (l_293) {
l_mut_243 = float(1.0);
const uint l_294 = l_mut_245 >> l_214;
const uint l_295 = l_294 & uint(15);
const bool l_296 = l_295 == uint(0);
if (l_296) {
l_mut_35 = l_mut_35 + l_mut_243;
} else {
const bool l_297 = l_295 == uint(1);
if (l_297) {
l_mut_219 = l_mut_219 + l_mut_243;
} else {
const bool l_298 = l_295 == uint(2);
if (l_298) {
l_mut_220 = l_mut_220 + l_mut_243;
} else {
const bool l_299 = l_295 == uint(3);
if (l_299) {
l_mut_221 = l_mut_221 + l_mut_243;
} else {
const bool l_300 = l_295 == uint(4);
if (l_300) {
l_mut_222 = l_mut_222 + l_mut_243;
} else {
const bool l_301 = l_295 == uint(5);
if (l_301) {
l_mut_223 = l_mut_223 + l_mut_243;
} else {
const bool l_302 = l_295 == uint(6);
if (l_302) {
l_mut_224 = l_mut_224 + l_mut_243;
} else {
const bool l_303 = l_295 == uint(7);
if (l_303) {
l_mut_225 = l_mut_225 + l_mut_243;
} else {
const bool l_304 = l_295 == uint(8);
if (l_304) {
l_mut_226 = l_mut_226 + l_mut_243;
} else {
const bool l_305 = l_295 == uint(9);
if (l_305) {
l_mut_227 = l_mut_227 + l_mut_243;
} else {
const bool l_306 = l_295 == uint(10);
if (l_306) {
l_mut_228 = l_mut_228 + l_mut_243;
} else {
const bool l_307 = l_295 == uint(11);
if (l_307) {
l_mut_229 = l_mut_229 + l_mut_243;
} else {
const bool l_308 = l_295 == uint(12);
if (l_308) {
l_mut_230 = l_mut_230 + l_mut_243;
} else {
const bool l_309 = l_295 == uint(13);
if (l_309) {
l_mut_231 = l_mut_231 + l_mut_243;
} else {
const bool l_310 = l_295 == uint(14);
if (l_310) {
l_mut_232 = l_mut_232 + l_mut_243;
} else {
const bool l_311 = l_295 == uint(15);
if (l_311) {
l_mut_233 = l_mut_233 + l_mut_243;
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
const uint l_312 = l_mut_235 * uint(4);
const uint l_313 = l_312 + uint(2);
const float l_314 = l_239.i_2;
l_mut_259 = l_314;
const uint l_315 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_315;
const bool l_316 = l_mut_248 == uint(2147483648);
if (l_316) {
l_mut_248 = uint(0);
}
const uint l_317 = l_mut_248 | uint(2147483648);
l_mut_245 = l_317;
const bool l_318 = l_mut_248 >= uint(2147483648);
if (l_318) {
const uint l_319 = ~l_mut_248;
l_mut_245 = l_319;
}
const uint l_320 = l_mut_245 & l_mut_215;
const bool l_321 = l_320 == l_mut_206;
const bool l_322 = l_mut_245 > uint(0);
const bool l_323 = l_mut_245 == uint(0);
const bool l_324 = l_313 <= uint(4294967295);
const bool l_325 = l_323 && l_324;
const bool l_326 = l_322 || l_325;
const bool l_327 = l_321 && l_326;
if (l_327) {
l_mut_243 = float(1.0);
const uint l_328 = l_mut_245 >> l_214;
const uint l_329 = l_328 & uint(15);
const bool l_330 = l_329 == uint(0);
if (l_330) {
l_mut_35 = l_mut_35 + l_mut_243;
} else {
const bool l_331 = l_329 == uint(1);
if (l_331) {
l_mut_219 = l_mut_219 + l_mut_243;
} else {
const bool l_332 = l_329 == uint(2);
if (l_332) {
l_mut_220 = l_mut_220 + l_mut_243;
} else {
const bool l_333 = l_329 == uint(3);
if (l_333) {
l_mut_221 = l_mut_221 + l_mut_243;
} else {
const bool l_334 = l_329 == uint(4);
if (l_334) {
l_mut_222 = l_mut_222 + l_mut_243;
} else {
const bool l_335 = l_329 == uint(5);
if (l_335) {
l_mut_223 = l_mut_223 + l_mut_243;
} else {
const bool l_336 = l_329 == uint(6);
if (l_336) {
l_mut_224 = l_mut_224 + l_mut_243;
} else {
const bool l_337 = l_329 == uint(7);
if (l_337) {
l_mut_225 = l_mut_225 + l_mut_243;
} else {
const bool l_338 = l_329 == uint(8);
if (l_338) {
l_mut_226 = l_mut_226 + l_mut_243;
} else {
const bool l_339 = l_329 == uint(9);
if (l_339) {
l_mut_227 = l_mut_227 + l_mut_243;
} else {
const bool l_340 = l_329 == uint(10);
if (l_340) {
l_mut_228 = l_mut_228 + l_mut_243;
} else {
const bool l_341 = l_329 == uint(11);
if (l_341) {
l_mut_229 = l_mut_229 + l_mut_243;
} else {
const bool l_342 = l_329 == uint(12);
if (l_342) {
l_mut_230 = l_mut_230 + l_mut_243;
} else {
const bool l_343 = l_329 == uint(13);
if (l_343) {
l_mut_231 = l_mut_231 + l_mut_243;
} else {
const bool l_344 = l_329 == uint(14);
if (l_344) {
l_mut_232 = l_mut_232 + l_mut_243;
} else {
const bool l_345 = l_329 == uint(15);
if (l_345) {
l_mut_233 = l_mut_233 + l_mut_243;
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
const uint l_346 = l_mut_235 * uint(4);
const uint l_347 = l_346 + uint(3);
const float l_348 = l_239.i_3;
l_mut_259 = l_348;
const uint l_349 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_349;
const bool l_350 = l_mut_248 == uint(2147483648);
if (l_350) {
l_mut_248 = uint(0);
}
const uint l_351 = l_mut_248 | uint(2147483648);
l_mut_245 = l_351;
const bool l_352 = l_mut_248 >= uint(2147483648);
if (l_352) {
const uint l_353 = ~l_mut_248;
l_mut_245 = l_353;
}
const uint l_354 = l_mut_245 & l_mut_215;
const bool l_355 = l_354 == l_mut_206;
const bool l_356 = l_mut_245 > uint(0);
const bool l_357 = l_mut_245 == uint(0);
const bool l_358 = l_347 <= uint(4294967295);
const bool l_359 = l_357 && l_358;
const bool l_360 = l_356 || l_359;
const bool l_361 = l_355 && l_360;
if (l_361) {
l_mut_243 = float(1.0);
const uint l_362 = l_mut_245 >> l_214;
const uint l_363 = l_362 & uint(15);
const bool l_364 = l_363 == uint(0);
if (l_364) {
l_mut_35 = l_mut_35 + l_mut_243;
} else {
const bool l_365 = l_363 == uint(1);
if (l_365) {
l_mut_219 = l_mut_219 + l_mut_243;
} else {
const bool l_366 = l_363 == uint(2);
if (l_366) {
l_mut_220 = l_mut_220 + l_mut_243;
} else {
const bool l_367 = l_363 == uint(3);
if (l_367) {
l_mut_221 = l_mut_221 + l_mut_243;
} else {
const bool l_368 = l_363 == uint(4);
if (l_368) {
l_mut_222 = l_mut_222 + l_mut_243;
} else {
const bool l_369 = l_363 == uint(5);
if (l_369) {
l_mut_223 = l_mut_223 + l_mut_243;
} else {
const bool l_370 = l_363 == uint(6);
if (l_370) {
l_mut_224 = l_mut_224 + l_mut_243;
} else {
const bool l_371 = l_363 == uint(7);
if (l_371) {
l_mut_225 = l_mut_225 + l_mut_243;
} else {
const bool l_372 = l_363 == uint(8);
if (l_372) {
l_mut_226 = l_mut_226 + l_mut_243;
} else {
const bool l_373 = l_363 == uint(9);
if (l_373) {
l_mut_227 = l_mut_227 + l_mut_243;
} else {
const bool l_374 = l_363 == uint(10);
if (l_374) {
l_mut_228 = l_mut_228 + l_mut_243;
} else {
const bool l_375 = l_363 == uint(11);
if (l_375) {
l_mut_229 = l_mut_229 + l_mut_243;
} else {
const bool l_376 = l_363 == uint(12);
if (l_376) {
l_mut_230 = l_mut_230 + l_mut_243;
} else {
const bool l_377 = l_363 == uint(13);
if (l_377) {
l_mut_231 = l_mut_231 + l_mut_243;
} else {
const bool l_378 = l_363 == uint(14);
if (l_378) {
l_mut_232 = l_mut_232 + l_mut_243;
} else {
const bool l_379 = l_363 == uint(15);
if (l_379) {
l_mut_233 = l_mut_233 + l_mut_243;
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
l_mut_235 = l_mut_235 + total_thread_in_threadgroup;
}
const float l_380 = float {simd_sum(l_mut_35)
};
const uint l_381 = total_thread_in_threadgroup + simd_size;
const uint l_382 = l_381 - uint(1);
const uint l_383 = l_382 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_384 = thread_index_in_threadgroup % simd_size;
const bool l_385 = l_384 == uint(0);
if (l_385) {
const uint l_386 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_386] = l_380;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);

for (uint l_mut_387 = uint(0); l_mut_387 < l_383; ++l_mut_387) {
const float l_388 = shared_memory_33[l_mut_387];
l_mut_259 = l_mut_259 + l_388;
}
const float l_389 = float {simd_sum(l_mut_219)
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
l_mut_243 = float(0.0);

for (uint l_mut_396 = uint(0); l_mut_396 < l_392; ++l_mut_396) {
const float l_397 = shared_memory_33[l_mut_396];
l_mut_243 = l_mut_243 + l_397;
}
const float l_398 = float {simd_sum(l_mut_220)
};
const uint l_399 = total_thread_in_threadgroup + simd_size;
const uint l_400 = l_399 - uint(1);
const uint l_401 = l_400 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_402 = thread_index_in_threadgroup % simd_size;
const bool l_403 = l_402 == uint(0);
if (l_403) {
const uint l_404 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_404] = l_398;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_405 = uint(0); l_mut_405 < l_401; ++l_mut_405) {
const float l_406 = shared_memory_33[l_mut_405];
l_mut_220 = l_mut_220 + l_406;
}
const float l_407 = float {simd_sum(l_mut_221)
};
const uint l_408 = total_thread_in_threadgroup + simd_size;
const uint l_409 = l_408 - uint(1);
const uint l_410 = l_409 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_411 = thread_index_in_threadgroup % simd_size;
const bool l_412 = l_411 == uint(0);
if (l_412) {
const uint l_413 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_413] = l_407;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_414 = uint(0); l_mut_414 < l_410; ++l_mut_414) {
const float l_415 = shared_memory_33[l_mut_414];
l_mut_221 = l_mut_221 + l_415;
}
const float l_416 = float {simd_sum(l_mut_222)
};
const uint l_417 = total_thread_in_threadgroup + simd_size;
const uint l_418 = l_417 - uint(1);
const uint l_419 = l_418 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_420 = thread_index_in_threadgroup % simd_size;
const bool l_421 = l_420 == uint(0);
if (l_421) {
const uint l_422 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_422] = l_416;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_423 = uint(0); l_mut_423 < l_419; ++l_mut_423) {
const float l_424 = shared_memory_33[l_mut_423];
l_mut_222 = l_mut_222 + l_424;
}
const float l_425 = float {simd_sum(l_mut_223)
};
const uint l_426 = total_thread_in_threadgroup + simd_size;
const uint l_427 = l_426 - uint(1);
const uint l_428 = l_427 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_429 = thread_index_in_threadgroup % simd_size;
const bool l_430 = l_429 == uint(0);
if (l_430) {
const uint l_431 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_431] = l_425;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_432 = uint(0); l_mut_432 < l_428; ++l_mut_432) {
const float l_433 = shared_memory_33[l_mut_432];
l_mut_223 = l_mut_223 + l_433;
}
const float l_434 = float {simd_sum(l_mut_224)
};
const uint l_435 = total_thread_in_threadgroup + simd_size;
const uint l_436 = l_435 - uint(1);
const uint l_437 = l_436 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_438 = thread_index_in_threadgroup % simd_size;
const bool l_439 = l_438 == uint(0);
if (l_439) {
const uint l_440 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_440] = l_434;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_441 = uint(0); l_mut_441 < l_437; ++l_mut_441) {
const float l_442 = shared_memory_33[l_mut_441];
l_mut_224 = l_mut_224 + l_442;
}
const float l_443 = float {simd_sum(l_mut_225)
};
const uint l_444 = total_thread_in_threadgroup + simd_size;
const uint l_445 = l_444 - uint(1);
const uint l_446 = l_445 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_447 = thread_index_in_threadgroup % simd_size;
const bool l_448 = l_447 == uint(0);
if (l_448) {
const uint l_449 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_449] = l_443;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_450 = uint(0); l_mut_450 < l_446; ++l_mut_450) {
const float l_451 = shared_memory_33[l_mut_450];
l_mut_225 = l_mut_225 + l_451;
}
const float l_452 = float {simd_sum(l_mut_226)
};
const uint l_453 = total_thread_in_threadgroup + simd_size;
const uint l_454 = l_453 - uint(1);
const uint l_455 = l_454 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_456 = thread_index_in_threadgroup % simd_size;
const bool l_457 = l_456 == uint(0);
if (l_457) {
const uint l_458 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_458] = l_452;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_459 = uint(0); l_mut_459 < l_455; ++l_mut_459) {
const float l_460 = shared_memory_33[l_mut_459];
l_mut_226 = l_mut_226 + l_460;
}
const float l_461 = float {simd_sum(l_mut_227)
};
const uint l_462 = total_thread_in_threadgroup + simd_size;
const uint l_463 = l_462 - uint(1);
const uint l_464 = l_463 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_465 = thread_index_in_threadgroup % simd_size;
const bool l_466 = l_465 == uint(0);
if (l_466) {
const uint l_467 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_467] = l_461;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_468 = uint(0); l_mut_468 < l_464; ++l_mut_468) {
const float l_469 = shared_memory_33[l_mut_468];
l_mut_227 = l_mut_227 + l_469;
}
const float l_470 = float {simd_sum(l_mut_228)
};
const uint l_471 = total_thread_in_threadgroup + simd_size;
const uint l_472 = l_471 - uint(1);
const uint l_473 = l_472 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_474 = thread_index_in_threadgroup % simd_size;
const bool l_475 = l_474 == uint(0);
if (l_475) {
const uint l_476 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_476] = l_470;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_477 = uint(0); l_mut_477 < l_473; ++l_mut_477) {
const float l_478 = shared_memory_33[l_mut_477];
l_mut_228 = l_mut_228 + l_478;
}
const float l_479 = float {simd_sum(l_mut_229)
};
const uint l_480 = total_thread_in_threadgroup + simd_size;
const uint l_481 = l_480 - uint(1);
const uint l_482 = l_481 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_483 = thread_index_in_threadgroup % simd_size;
const bool l_484 = l_483 == uint(0);
if (l_484) {
const uint l_485 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_485] = l_479;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_486 = uint(0); l_mut_486 < l_482; ++l_mut_486) {
const float l_487 = shared_memory_33[l_mut_486];
l_mut_229 = l_mut_229 + l_487;
}
const float l_488 = float {simd_sum(l_mut_230)
};
const uint l_489 = total_thread_in_threadgroup + simd_size;
const uint l_490 = l_489 - uint(1);
const uint l_491 = l_490 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_492 = thread_index_in_threadgroup % simd_size;
const bool l_493 = l_492 == uint(0);
if (l_493) {
const uint l_494 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_494] = l_488;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_495 = uint(0); l_mut_495 < l_491; ++l_mut_495) {
const float l_496 = shared_memory_33[l_mut_495];
l_mut_230 = l_mut_230 + l_496;
}
const float l_497 = float {simd_sum(l_mut_231)
};
const uint l_498 = total_thread_in_threadgroup + simd_size;
const uint l_499 = l_498 - uint(1);
const uint l_500 = l_499 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_501 = thread_index_in_threadgroup % simd_size;
const bool l_502 = l_501 == uint(0);
if (l_502) {
const uint l_503 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_503] = l_497;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_504 = uint(0); l_mut_504 < l_500; ++l_mut_504) {
const float l_505 = shared_memory_33[l_mut_504];
l_mut_231 = l_mut_231 + l_505;
}
const float l_506 = float {simd_sum(l_mut_232)
};
const uint l_507 = total_thread_in_threadgroup + simd_size;
const uint l_508 = l_507 - uint(1);
const uint l_509 = l_508 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_510 = thread_index_in_threadgroup % simd_size;
const bool l_511 = l_510 == uint(0);
if (l_511) {
const uint l_512 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_512] = l_506;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_513 = uint(0); l_mut_513 < l_509; ++l_mut_513) {
const float l_514 = shared_memory_33[l_mut_513];
l_mut_232 = l_mut_232 + l_514;
}
const float l_515 = float {simd_sum(l_mut_233)
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
l_mut_233 = float(0.0);

for (uint l_mut_522 = uint(0); l_mut_522 < l_518; ++l_mut_522) {
const float l_523 = shared_memory_33[l_mut_522];
l_mut_233 = l_mut_233 + l_523;
}
const bool l_524 = thread_index_in_threadgroup == uint(0);
if (l_524) {
shared_memory_32[uint(0)] = l_mut_259;
shared_memory_32[uint(1)] = l_mut_243;
shared_memory_32[uint(2)] = l_mut_220;
shared_memory_32[uint(3)] = l_mut_221;
shared_memory_32[uint(4)] = l_mut_222;
shared_memory_32[uint(5)] = l_mut_223;
shared_memory_32[uint(6)] = l_mut_224;
shared_memory_32[uint(7)] = l_mut_225;
shared_memory_32[uint(8)] = l_mut_226;
shared_memory_32[uint(9)] = l_mut_227;
shared_memory_32[uint(10)] = l_mut_228;
shared_memory_32[uint(11)] = l_mut_229;
shared_memory_32[uint(12)] = l_mut_230;
shared_memory_32[uint(13)] = l_mut_231;
shared_memory_32[uint(14)] = l_mut_232;
shared_memory_32[uint(15)] = l_mut_233;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);
l_mut_248 = uint(0);
l_mut_525 = bool(false);
l_mut_243 = float(0.0);

for (uint l_mut_526 = uint(0); l_mut_526 < uint(16); ++l_mut_526) {
l_mut_245 = l_mut_526;
const uint l_527 = uint(15) - l_mut_526;
l_mut_245 = l_527;
l_mut_233 = l_mut_259;
const float l_528 = shared_memory_32[l_mut_245];
l_mut_259 = l_mut_259 + l_528;
const bool l_529 = !l_mut_525;
const float l_530 = l_mut_179 + l_mut_259;
const bool l_531 = l_530 >= l_205;
const bool l_532 = l_529 && l_531;
if (l_532) {
l_mut_248 = l_mut_245;
l_mut_525 = bool(true);
l_mut_243 = l_mut_233;
}
}
if (l_mut_525) {
l_mut_179 = l_mut_179 + l_mut_243;
const float l_533 = shared_memory_32[l_mut_248];
l_mut_37 = l_533;
const uint l_534 = l_mut_248 << l_214;
l_mut_206 = l_mut_206 | l_534;
} else {
l_mut_207 = bool(true);
}
l_mut_208 = l_mut_208 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_535 = thread_index_in_threadgroup == uint(0);
if (l_535) {
if (l_mut_207) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_206;
}
const uint l_536 = reinterpret_cast<thread uint const&>(l_mut_179);
shared_memory_31[uint(3)] = l_536;
const uint l_537 = reinterpret_cast<thread uint const&>(l_mut_37);
shared_memory_31[uint(1)] = l_537;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_538 = shared_memory_31[uint(2)];
const uint l_539 = shared_memory_31[uint(3)];
const float l_540 = reinterpret_cast<thread float const&>(l_539);
const uint l_541 = uint(l_540);
const uint l_542 = l_10 - l_541;
const uint l_543 = shared_memory_31[uint(1)];
const float l_544 = reinterpret_cast<thread float const&>(l_543);
const uint l_545 = uint(l_544);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_248 = uint(4294967295);
const bool l_546 = l_545 > l_542;
if (l_546) {
l_mut_245 = uint(0);
l_mut_259 = float(0.0);
const float l_547 = float(l_542);
l_mut_235 = uint(0);
while (true) {
const bool l_548 = l_mut_235 < uint(8);
const bool l_549 = !l_548;
if (l_549) {
break;}
const uint l_550 = uint(4) * l_mut_235;
const uint l_551 = uint(28) - l_550;
const uint l_552 = info.scalars_uint[1] - uint(1);
const uint l_553 = l_552 >> l_551;
const bool l_554 = l_553 > uint(0);
if (l_554) {
l_mut_234 = uint(0);
const bool l_555 = l_mut_235 > uint(0);
if (l_555) {
const uint l_556 = l_551 + uint(4);
const uint l_557 = uint(4294967295) << l_556;
l_mut_234 = l_557;
}
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_232 = float(0.0);
l_mut_231 = float(0.0);
l_mut_230 = float(0.0);
l_mut_229 = float(0.0);
l_mut_228 = float(0.0);
l_mut_227 = float(0.0);
l_mut_226 = float(0.0);
l_mut_225 = float(0.0);
l_mut_224 = float(0.0);
l_mut_223 = float(0.0);
l_mut_222 = float(0.0);
l_mut_221 = float(0.0);
l_mut_220 = float(0.0);
l_mut_219 = float(0.0);
l_mut_215 = uint(0);
l_mut_208 = thread_index_in_threadgroup;
while (true) {
const bool l_558 = l_mut_208 < l_25;
const bool l_559 = !l_558;
if (l_559) {
break;}
const uint l_560 = l_26 + l_mut_208;
const float_4 l_561 = buffer_0[l_560];
const uint l_562 = l_mut_208 * uint(4);
const uint l_563 = l_562 + uint(0);
const float l_564 = l_561.i_0;
l_mut_179 = l_564;
const uint l_565 = reinterpret_cast<thread uint const&>(l_mut_179);
l_mut_206 = l_565;
const bool l_566 = l_mut_206 == uint(2147483648);
if (l_566) {
l_mut_206 = uint(0);
}
const uint l_567 = l_mut_206 | uint(2147483648);
l_mut_568 = l_567;
const bool l_569 = l_mut_206 >= uint(2147483648);
if (l_569) {
const uint l_570 = ~l_mut_206;
l_mut_568 = l_570;
}
const bool l_571 = l_mut_568 == l_538;
const bool l_572 = l_563 <= uint(4294967295);
const bool l_573 = l_571 && l_572;
const uint l_574 = l_563 & l_mut_234;
const bool l_575 = l_574 == l_mut_245;
const bool l_576 = l_573 && l_575;
if (l_576) {
const uint l_577 = l_563 >> l_551;
const uint l_578 = l_577 & uint(15);
const bool l_579 = l_578 == uint(0);
if (l_579) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_580 = l_578 == uint(1);
if (l_580) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_581 = l_578 == uint(2);
if (l_581) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_582 = l_578 == uint(3);
if (l_582) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_583 = l_578 == uint(4);
if (l_583) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_584 = l_578 == uint(5);
if (l_584) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_585 = l_578 == uint(6);
if (l_585) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_586 = l_578 == uint(7);
if (l_586) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_587 = l_578 == uint(8);
if (l_587) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_588 = l_578 == uint(9);
if (l_588) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_589 = l_578 == uint(10);
if (l_589) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_590 = l_578 == uint(11);
if (l_590) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_591 = l_578 == uint(12);
if (l_591) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_592 = l_578 == uint(13);
if (l_592) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_593 = l_578 == uint(14);
if (l_593) {
l_mut_220 = l_mut_220 + float(1.0);
} else {
const bool l_594 = l_578 == uint(15);
if (l_594) {
l_mut_219 = l_mut_219 + float(1.0);
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
const uint l_595 = l_mut_208 * uint(4);
const uint l_596 = l_595 + uint(1);
const float l_597 = l_561.i_1;
l_mut_179 = l_597;
const uint l_598 = reinterpret_cast<thread uint const&>(l_mut_179);
l_mut_568 = l_598;
const bool l_599 = l_mut_568 == uint(2147483648);
if (l_599) {
l_mut_568 = uint(0);
}
const uint l_600 = l_mut_568 | uint(2147483648);
l_mut_206 = l_600;
const bool l_601 = l_mut_568 >= uint(2147483648);
if (l_601) {
const uint l_602 = ~l_mut_568;
l_mut_206 = l_602;
}
const bool l_603 = l_mut_206 == l_538;
const bool l_604 = l_596 <= uint(4294967295);
const bool l_605 = l_603 && l_604;
const uint l_606 = l_596 & l_mut_234;
const bool l_607 = l_606 == l_mut_245;
const bool l_608 = l_605 && l_607;
if (l_608) {
const uint l_609 = l_596 >> l_551;
const uint l_610 = l_609 & uint(15);
const bool l_611 = l_610 == uint(0);
if (l_611) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_612 = l_610 == uint(1);
if (l_612) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_613 = l_610 == uint(2);
if (l_613) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_614 = l_610 == uint(3);
if (l_614) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_615 = l_610 == uint(4);
if (l_615) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_616 = l_610 == uint(5);
if (l_616) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_617 = l_610 == uint(6);
if (l_617) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_618 = l_610 == uint(7);
if (l_618) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_619 = l_610 == uint(8);
if (l_619) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_620 = l_610 == uint(9);
if (l_620) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_621 = l_610 == uint(10);
if (l_621) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_622 = l_610 == uint(11);
if (l_622) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_623 = l_610 == uint(12);
if (l_623) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_624 = l_610 == uint(13);
if (l_624) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_625 = l_610 == uint(14);
if (l_625) {
l_mut_220 = l_mut_220 + float(1.0);
} else {
const bool l_626 = l_610 == uint(15);
if (l_626) {
l_mut_219 = l_mut_219 + float(1.0);
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
const uint l_627 = l_mut_208 * uint(4);
const uint l_628 = l_627 + uint(2);
const float l_629 = l_561.i_2;
l_mut_179 = l_629;
const uint l_630 = reinterpret_cast<thread uint const&>(l_mut_179);
l_mut_568 = l_630;
const bool l_631 = l_mut_568 == uint(2147483648);
if (l_631) {
l_mut_568 = uint(0);
}
const uint l_632 = l_mut_568 | uint(2147483648);
l_mut_206 = l_632;
const bool l_633 = l_mut_568 >= uint(2147483648);
if (l_633) {
const uint l_634 = ~l_mut_568;
l_mut_206 = l_634;
}
const bool l_635 = l_mut_206 == l_538;
const bool l_636 = l_628 <= uint(4294967295);
const bool l_637 = l_635 && l_636;
const uint l_638 = l_628 & l_mut_234;
const bool l_639 = l_638 == l_mut_245;
const bool l_640 = l_637 && l_639;
if (l_640) {
const uint l_641 = l_628 >> l_551;
const uint l_642 = l_641 & uint(15);
const bool l_643 = l_642 == uint(0);
if (l_643) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_644 = l_642 == uint(1);
if (l_644) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_645 = l_642 == uint(2);
if (l_645) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_646 = l_642 == uint(3);
if (l_646) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_647 = l_642 == uint(4);
if (l_647) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_648 = l_642 == uint(5);
if (l_648) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_649 = l_642 == uint(6);
if (l_649) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_650 = l_642 == uint(7);
if (l_650) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_651 = l_642 == uint(8);
if (l_651) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_652 = l_642 == uint(9);
if (l_652) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_653 = l_642 == uint(10);
if (l_653) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_654 = l_642 == uint(11);
if (l_654) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_655 = l_642 == uint(12);
if (l_655) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_656 = l_642 == uint(13);
if (l_656) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_657 = l_642 == uint(14);
if (l_657) {
l_mut_220 = l_mut_220 + float(1.0);
} else {
const bool l_658 = l_642 == uint(15);
if (l_658) {
l_mut_219 = l_mut_219 + float(1.0);
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
const uint l_659 = l_mut_208 * uint(4);
const uint l_660 = l_659 + uint(3);
const float l_661 = l_561.i_3;
l_mut_179 = l_661;
const uint l_662 = reinterpret_cast<thread uint const&>(l_mut_179);
l_mut_568 = l_662;
const bool l_663 = l_mut_568 == uint(2147483648);
if (l_663) {
l_mut_568 = uint(0);
}
const uint l_664 = l_mut_568 | uint(2147483648);
l_mut_206 = l_664;
const bool l_665 = l_mut_568 >= uint(2147483648);
if (l_665) {
const uint l_666 = ~l_mut_568;
l_mut_206 = l_666;
}
const bool l_667 = l_mut_206 == l_538;
const bool l_668 = l_660 <= uint(4294967295);
const bool l_669 = l_667 && l_668;
const uint l_670 = l_660 & l_mut_234;
const bool l_671 = l_670 == l_mut_245;
const bool l_672 = l_669 && l_671;
if (l_672) {
const uint l_673 = l_660 >> l_551;
const uint l_674 = l_673 & uint(15);
const bool l_675 = l_674 == uint(0);
if (l_675) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_676 = l_674 == uint(1);
if (l_676) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_677 = l_674 == uint(2);
if (l_677) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_678 = l_674 == uint(3);
if (l_678) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_679 = l_674 == uint(4);
if (l_679) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_680 = l_674 == uint(5);
if (l_680) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_681 = l_674 == uint(6);
if (l_681) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_682 = l_674 == uint(7);
if (l_682) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_683 = l_674 == uint(8);
if (l_683) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_684 = l_674 == uint(9);
if (l_684) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_685 = l_674 == uint(10);
if (l_685) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_686 = l_674 == uint(11);
if (l_686) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_687 = l_674 == uint(12);
if (l_687) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_688 = l_674 == uint(13);
if (l_688) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_689 = l_674 == uint(14);
if (l_689) {
l_mut_220 = l_mut_220 + float(1.0);
} else {
const bool l_690 = l_674 == uint(15);
if (l_690) {
l_mut_219 = l_mut_219 + float(1.0);
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
l_mut_208 = l_mut_208 + total_thread_in_threadgroup;
}
const float l_691 = float {simd_sum(l_mut_243)
};
const uint l_692 = total_thread_in_threadgroup + simd_size;
const uint l_693 = l_692 - uint(1);
const uint l_694 = l_693 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_695 = thread_index_in_threadgroup % simd_size;
const bool l_696 = l_695 == uint(0);
if (l_696) {
const uint l_697 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_697] = l_691;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = float(0.0);

for (uint l_mut_698 = uint(0); l_mut_698 < l_694; ++l_mut_698) {
const float l_699 = shared_memory_33[l_mut_698];
l_mut_243 = l_mut_243 + l_699;
}
const float l_700 = float {simd_sum(l_mut_233)
};
const uint l_701 = total_thread_in_threadgroup + simd_size;
const uint l_702 = l_701 - uint(1);
const uint l_703 = l_702 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_704 = thread_index_in_threadgroup % simd_size;
const bool l_705 = l_704 == uint(0);
if (l_705) {
const uint l_706 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_706] = l_700;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_233 = float(0.0);

for (uint l_mut_707 = uint(0); l_mut_707 < l_703; ++l_mut_707) {
const float l_708 = shared_memory_33[l_mut_707];
l_mut_233 = l_mut_233 + l_708;
}
const float l_709 = float {simd_sum(l_mut_232)
};
const uint l_710 = total_thread_in_threadgroup + simd_size;
const uint l_711 = l_710 - uint(1);
const uint l_712 = l_711 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_713 = thread_index_in_threadgroup % simd_size;
const bool l_714 = l_713 == uint(0);
if (l_714) {
const uint l_715 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_715] = l_709;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_716 = uint(0); l_mut_716 < l_712; ++l_mut_716) {
const float l_717 = shared_memory_33[l_mut_716];
l_mut_232 = l_mut_232 + l_717;
}
const float l_718 = float {simd_sum(l_mut_231)
};
const uint l_719 = total_thread_in_threadgroup + simd_size;
const uint l_720 = l_719 - uint(1);
const uint l_721 = l_720 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_722 = thread_index_in_threadgroup % simd_size;
const bool l_723 = l_722 == uint(0);
if (l_723) {
const uint l_724 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_724] = l_718;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_725 = uint(0); l_mut_725 < l_721; ++l_mut_725) {
const float l_726 = shared_memory_33[l_mut_725];
l_mut_231 = l_mut_231 + l_726;
}
const float l_727 = float {simd_sum(l_mut_230)
};
const uint l_728 = total_thread_in_threadgroup + simd_size;
const uint l_729 = l_728 - uint(1);
const uint l_730 = l_729 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_731 = thread_index_in_threadgroup % simd_size;
const bool l_732 = l_731 == uint(0);
if (l_732) {
const uint l_733 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_733] = l_727;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_734 = uint(0); l_mut_734 < l_730; ++l_mut_734) {
const float l_735 = shared_memory_33[l_mut_734];
l_mut_230 = l_mut_230 + l_735;
}
const float l_736 = float {simd_sum(l_mut_229)
};
const uint l_737 = total_thread_in_threadgroup + simd_size;
const uint l_738 = l_737 - uint(1);
const uint l_739 = l_738 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_740 = thread_index_in_threadgroup % simd_size;
const bool l_741 = l_740 == uint(0);
if (l_741) {
const uint l_742 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_742] = l_736;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_743 = uint(0); l_mut_743 < l_739; ++l_mut_743) {
const float l_744 = shared_memory_33[l_mut_743];
l_mut_229 = l_mut_229 + l_744;
}
const float l_745 = float {simd_sum(l_mut_228)
};
const uint l_746 = total_thread_in_threadgroup + simd_size;
const uint l_747 = l_746 - uint(1);
const uint l_748 = l_747 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_749 = thread_index_in_threadgroup % simd_size;
const bool l_750 = l_749 == uint(0);
if (l_750) {
const uint l_751 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_751] = l_745;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_752 = uint(0); l_mut_752 < l_748; ++l_mut_752) {
const float l_753 = shared_memory_33[l_mut_752];
l_mut_228 = l_mut_228 + l_753;
}
const float l_754 = float {simd_sum(l_mut_227)
};
const uint l_755 = total_thread_in_threadgroup + simd_size;
const uint l_756 = l_755 - uint(1);
const uint l_757 = l_756 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_758 = thread_index_in_threadgroup % simd_size;
const bool l_759 = l_758 == uint(0);
if (l_759) {
const uint l_760 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_760] = l_754;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_761 = uint(0); l_mut_761 < l_757; ++l_mut_761) {
const float l_762 = shared_memory_33[l_mut_761];
l_mut_227 = l_mut_227 + l_762;
}
const float l_763 = float {simd_sum(l_mut_226)
};
const uint l_764 = total_thread_in_threadgroup + simd_size;
const uint l_765 = l_764 - uint(1);
const uint l_766 = l_765 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_767 = thread_index_in_threadgroup % simd_size;
const bool l_768 = l_767 == uint(0);
if (l_768) {
const uint l_769 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_769] = l_763;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_770 = uint(0); l_mut_770 < l_766; ++l_mut_770) {
const float l_771 = shared_memory_33[l_mut_770];
l_mut_226 = l_mut_226 + l_771;
}
const float l_772 = float {simd_sum(l_mut_225)
};
const uint l_773 = total_thread_in_threadgroup + simd_size;
const uint l_774 = l_773 - uint(1);
const uint l_775 = l_774 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_776 = thread_index_in_threadgroup % simd_size;
const bool l_777 = l_776 == uint(0);
if (l_777) {
const uint l_778 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_778] = l_772;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_779 = uint(0); l_mut_779 < l_775; ++l_mut_779) {
const float l_780 = shared_memory_33[l_mut_779];
l_mut_225 = l_mut_225 + l_780;
}
const float l_781 = float {simd_sum(l_mut_224)
};
const uint l_782 = total_thread_in_threadgroup + simd_size;
const uint l_783 = l_782 - uint(1);
const uint l_784 = l_783 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_785 = thread_index_in_threadgroup % simd_size;
const bool l_786 = l_785 == uint(0);
if (l_786) {
const uint l_787 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_787] = l_781;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_788 = uint(0); l_mut_788 < l_784; ++l_mut_788) {
const float l_789 = shared_memory_33[l_mut_788];
l_mut_224 = l_mut_224 + l_789;
}
const float l_790 = float {simd_sum(l_mut_223)
};
const uint l_791 = total_thread_in_threadgroup + simd_size;
const uint l_792 = l_791 - uint(1);
const uint l_793 = l_792 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_794 = thread_index_in_threadgroup % simd_size;
const bool l_795 = l_794 == uint(0);
if (l_795) {
const uint l_796 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_796] = l_790;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_797 = uint(0); l_mut_797 < l_793; ++l_mut_797) {
const float l_798 = shared_memory_33[l_mut_797];
l_mut_223 = l_mut_223 + l_798;
}
const float l_799 = float {simd_sum(l_mut_222)
};
const uint l_800 = total_thread_in_threadgroup + simd_size;
const uint l_801 = l_800 - uint(1);
const uint l_802 = l_801 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_803 = thread_index_in_threadgroup % simd_size;
const bool l_804 = l_803 == uint(0);
if (l_804) {
const uint l_805 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_805] = l_799;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_806 = uint(0); l_mut_806 < l_802; ++l_mut_806) {
const float l_807 = shared_memory_33[l_mut_806];
l_mut_222 = l_mut_222 + l_807;
}
const float l_808 = float {simd_sum(l_mut_221)
};
const uint l_809 = total_thread_in_threadgroup + simd_size;
const uint l_810 = l_809 - uint(1);
const uint l_811 = l_810 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_812 = thread_index_in_threadgroup % simd_size;
const bool l_813 = l_812 == uint(0);
if (l_813) {
const uint l_814 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_814] = l_808;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_815 = uint(0); l_mut_815 < l_811; ++l_mut_815) {
const float l_816 = shared_memory_33[l_mut_815];
l_mut_221 = l_mut_221 + l_816;
}
const float l_817 = float {simd_sum(l_mut_220)
};
const uint l_818 = total_thread_in_threadgroup + simd_size;
const uint l_819 = l_818 - uint(1);
const uint l_820 = l_819 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_821 = thread_index_in_threadgroup % simd_size;
const bool l_822 = l_821 == uint(0);
if (l_822) {
const uint l_823 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_823] = l_817;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_824 = uint(0); l_mut_824 < l_820; ++l_mut_824) {
const float l_825 = shared_memory_33[l_mut_824];
l_mut_220 = l_mut_220 + l_825;
}
const float l_826 = float {simd_sum(l_mut_219)
};
const uint l_827 = total_thread_in_threadgroup + simd_size;
const uint l_828 = l_827 - uint(1);
const uint l_829 = l_828 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_830 = thread_index_in_threadgroup % simd_size;
const bool l_831 = l_830 == uint(0);
if (l_831) {
const uint l_832 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_832] = l_826;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_219 = float(0.0);

for (uint l_mut_833 = uint(0); l_mut_833 < l_829; ++l_mut_833) {
const float l_834 = shared_memory_33[l_mut_833];
l_mut_219 = l_mut_219 + l_834;
}
const bool l_835 = thread_index_in_threadgroup == uint(0);
if (l_835) {
shared_memory_32[uint(0)] = l_mut_243;
shared_memory_32[uint(1)] = l_mut_233;
shared_memory_32[uint(2)] = l_mut_232;
shared_memory_32[uint(3)] = l_mut_231;
shared_memory_32[uint(4)] = l_mut_230;
shared_memory_32[uint(5)] = l_mut_229;
shared_memory_32[uint(6)] = l_mut_228;
shared_memory_32[uint(7)] = l_mut_227;
shared_memory_32[uint(8)] = l_mut_226;
shared_memory_32[uint(9)] = l_mut_225;
shared_memory_32[uint(10)] = l_mut_224;
shared_memory_32[uint(11)] = l_mut_223;
shared_memory_32[uint(12)] = l_mut_222;
shared_memory_32[uint(13)] = l_mut_221;
shared_memory_32[uint(14)] = l_mut_220;
shared_memory_32[uint(15)] = l_mut_219;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = float(0.0);
l_mut_568 = uint(0);
l_mut_525 = bool(false);
l_mut_233 = float(0.0);

for (uint l_mut_836 = uint(0); l_mut_836 < uint(16); ++l_mut_836) {
l_mut_206 = l_mut_836;
l_mut_232 = l_mut_243;
const float l_837 = shared_memory_32[l_mut_206];
l_mut_243 = l_mut_243 + l_837;
const bool l_838 = !l_mut_525;
const float l_839 = l_mut_259 + l_mut_243;
const bool l_840 = l_839 >= l_547;
const bool l_841 = l_838 && l_840;
if (l_841) {
l_mut_568 = l_mut_206;
l_mut_525 = bool(true);
l_mut_233 = l_mut_232;
}
}
l_mut_259 = l_mut_259 + l_mut_233;
const uint l_842 = l_mut_568 << l_551;
l_mut_245 = l_mut_245 | l_842;
}
l_mut_235 = l_mut_235 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_843 = thread_index_in_threadgroup == uint(0);
if (l_843) {
shared_memory_31[uint(3)] = l_mut_245;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_844 = shared_memory_31[uint(3)];
l_mut_248 = l_844;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_845 = thread_index_in_threadgroup == uint(0);
if (l_845) {
shared_memory_31[uint(2)] = l_538;
shared_memory_31[uint(3)] = l_mut_248;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_846 = shared_memory_31[uint(2)];
l_mut_39 = l_846;
const uint l_847 = shared_memory_31[uint(3)];
l_mut_38 = l_847;
l_mut_36 = l_10;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_848 = l_12 < float(1.0);
if (l_848) {
const bool l_849 = l_mut_36 <= info.scalars_uint[8];
if (l_849) {
l_mut_568 = uint(1);
while (true) {
const bool l_850 = l_mut_568 < l_mut_36;
const bool l_851 = !l_850;
if (l_851) {
break;}
l_mut_568 = l_mut_568 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_248 = thread_index_in_threadgroup;
while (true) {
const bool l_852 = l_mut_248 < l_mut_568;
const bool l_853 = !l_852;
if (l_853) {
break;}
shared_memory_28[l_mut_248] = uint(0);
shared_memory_29[l_mut_248] = uint(4294967295);
l_mut_248 = l_mut_248 + total_thread_in_threadgroup;
}
l_mut_259 = float(0.0);
l_mut_245 = uint(0);
l_mut_235 = thread_index_in_threadgroup;
while (true) {
const bool l_854 = l_mut_235 < l_25;
const bool l_855 = !l_854;
if (l_855) {
break;}
const uint l_856 = l_26 + l_mut_235;
const float_4 l_857 = buffer_0[l_856];
const uint l_858 = l_mut_235 * uint(4);
const uint l_859 = l_858 + uint(0);
const float l_860 = l_857.i_0;
l_mut_243 = l_860;
const uint l_861 = reinterpret_cast<thread uint const&>(l_mut_243);
l_mut_234 = l_861;
const bool l_862 = l_mut_234 == uint(2147483648);
if (l_862) {
l_mut_234 = uint(0);
}
const uint l_863 = l_mut_234 | uint(2147483648);
l_mut_215 = l_863;
const bool l_864 = l_mut_234 >= uint(2147483648);
if (l_864) {
const uint l_865 = ~l_mut_234;
l_mut_215 = l_865;
}
const bool l_866 = l_mut_215 > l_mut_39;
const bool l_867 = l_mut_215 == l_mut_39;
const bool l_868 = l_859 <= l_mut_38;
const bool l_869 = l_867 && l_868;
const bool l_870 = l_866 || l_869;
if (l_870) {
l_mut_259 = l_mut_259 + float(1.0);
}
const uint l_871 = l_mut_235 * uint(4);
const uint l_872 = l_871 + uint(1);
const float l_873 = l_857.i_1;
l_mut_243 = l_873;
const uint l_874 = reinterpret_cast<thread uint const&>(l_mut_243);
l_mut_234 = l_874;
const bool l_875 = l_mut_234 == uint(2147483648);
if (l_875) {
l_mut_234 = uint(0);
}
const uint l_876 = l_mut_234 | uint(2147483648);
l_mut_215 = l_876;
const bool l_877 = l_mut_234 >= uint(2147483648);
if (l_877) {
const uint l_878 = ~l_mut_234;
l_mut_215 = l_878;
}
const bool l_879 = l_mut_215 > l_mut_39;
const bool l_880 = l_mut_215 == l_mut_39;
const bool l_881 = l_872 <= l_mut_38;
const bool l_882 = l_880 && l_881;
const bool l_883 = l_879 || l_882;
if (l_883) {
l_mut_259 = l_mut_259 + float(1.0);
}
const uint l_884 = l_mut_235 * uint(4);
const uint l_885 = l_884 + uint(2);
const float l_886 = l_857.i_2;
l_mut_243 = l_886;
const uint l_887 = reinterpret_cast<thread uint const&>(l_mut_243);
l_mut_234 = l_887;
const bool l_888 = l_mut_234 == uint(2147483648);
if (l_888) {
l_mut_234 = uint(0);
}
const uint l_889 = l_mut_234 | uint(2147483648);
l_mut_215 = l_889;
const bool l_890 = l_mut_234 >= uint(2147483648);
if (l_890) {
const uint l_891 = ~l_mut_234;
l_mut_215 = l_891;
}
const bool l_892 = l_mut_215 > l_mut_39;
const bool l_893 = l_mut_215 == l_mut_39;
const bool l_894 = l_885 <= l_mut_38;
const bool l_895 = l_893 && l_894;
const bool l_896 = l_892 || l_895;
if (l_896) {
l_mut_259 = l_mut_259 + float(1.0);
}
const uint l_897 = l_mut_235 * uint(4);
const uint l_898 = l_897 + uint(3);
const float l_899 = l_857.i_3;
l_mut_243 = l_899;
const uint l_900 = reinterpret_cast<thread uint const&>(l_mut_243);
l_mut_234 = l_900;
const bool l_901 = l_mut_234 == uint(2147483648);
if (l_901) {
l_mut_234 = uint(0);
}
const uint l_902 = l_mut_234 | uint(2147483648);
l_mut_215 = l_902;
const bool l_903 = l_mut_234 >= uint(2147483648);
if (l_903) {
const uint l_904 = ~l_mut_234;
l_mut_215 = l_904;
}
const bool l_905 = l_mut_215 > l_mut_39;
const bool l_906 = l_mut_215 == l_mut_39;
const bool l_907 = l_898 <= l_mut_38;
const bool l_908 = l_906 && l_907;
const bool l_909 = l_905 || l_908;
if (l_909) {
l_mut_259 = l_mut_259 + float(1.0);
}
l_mut_235 = l_mut_235 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_259;
l_mut_243 = l_mut_259;
l_mut_234 = uint(1);
while (true) {
const bool l_910 = l_mut_234 < total_thread_in_threadgroup;
const bool l_911 = !l_910;
if (l_911) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_233 = float(0.0);
const bool l_912 = thread_index_in_threadgroup >= l_mut_234;
if (l_912) {
const uint l_913 = thread_index_in_threadgroup - l_mut_234;
const float l_914 = shared_memory_30[l_913];
l_mut_233 = l_914;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = l_mut_243 + l_mut_233;
shared_memory_30[thread_index_in_threadgroup] = l_mut_243;
l_mut_234 = l_mut_234 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_915 = l_mut_243 - l_mut_259;
const uint l_916 = uint(l_915);
l_mut_234 = l_916;
l_mut_215 = uint(0);
l_mut_208 = thread_index_in_threadgroup;
while (true) {
const bool l_917 = l_mut_208 < l_25;
const bool l_918 = !l_917;
if (l_918) {
break;}
const uint l_919 = l_26 + l_mut_208;
const float_4 l_920 = buffer_0[l_919];
const uint l_921 = l_mut_208 * uint(4);
const uint l_922 = l_921 + uint(0);
const float l_923 = l_920.i_0;
l_mut_259 = l_923;
const uint l_924 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_206 = l_924;
const bool l_925 = l_mut_206 == uint(2147483648);
if (l_925) {
l_mut_206 = uint(0);
}
const uint l_926 = l_mut_206 | uint(2147483648);
l_mut_927 = l_926;
const bool l_928 = l_mut_206 >= uint(2147483648);
if (l_928) {
const uint l_929 = ~l_mut_206;
l_mut_927 = l_929;
}
const bool l_930 = l_mut_927 > l_mut_39;
const bool l_931 = l_mut_927 == l_mut_39;
const bool l_932 = l_922 <= l_mut_38;
const bool l_933 = l_931 && l_932;
const bool l_934 = l_930 || l_933;
if (l_934) {
const bool l_935 = l_mut_234 < l_mut_36;
if (l_935) {
shared_memory_28[l_mut_234] = l_mut_927;
shared_memory_29[l_mut_234] = l_922;
}
l_mut_234 = l_mut_234 + uint(1);
}
const uint l_936 = l_mut_208 * uint(4);
const uint l_937 = l_936 + uint(1);
const float l_938 = l_920.i_1;
l_mut_259 = l_938;
const uint l_939 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_927 = l_939;
const bool l_940 = l_mut_927 == uint(2147483648);
if (l_940) {
l_mut_927 = uint(0);
}
const uint l_941 = l_mut_927 | uint(2147483648);
l_mut_206 = l_941;
const bool l_942 = l_mut_927 >= uint(2147483648);
if (l_942) {
const uint l_943 = ~l_mut_927;
l_mut_206 = l_943;
}
const bool l_944 = l_mut_206 > l_mut_39;
const bool l_945 = l_mut_206 == l_mut_39;
const bool l_946 = l_937 <= l_mut_38;
const bool l_947 = l_945 && l_946;
const bool l_948 = l_944 || l_947;
if (l_948) {
const bool l_949 = l_mut_234 < l_mut_36;
if (l_949) {
shared_memory_28[l_mut_234] = l_mut_206;
shared_memory_29[l_mut_234] = l_937;
}
l_mut_234 = l_mut_234 + uint(1);
}
const uint l_950 = l_mut_208 * uint(4);
const uint l_951 = l_950 + uint(2);
const float l_952 = l_920.i_2;
l_mut_259 = l_952;
const uint l_953 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_927 = l_953;
const bool l_954 = l_mut_927 == uint(2147483648);
if (l_954) {
l_mut_927 = uint(0);
}
const uint l_955 = l_mut_927 | uint(2147483648);
l_mut_206 = l_955;
const bool l_956 = l_mut_927 >= uint(2147483648);
if (l_956) {
const uint l_957 = ~l_mut_927;
l_mut_206 = l_957;
}
const bool l_958 = l_mut_206 > l_mut_39;
const bool l_959 = l_mut_206 == l_mut_39;
const bool l_960 = l_951 <= l_mut_38;
const bool l_961 = l_959 && l_960;
const bool l_962 = l_958 || l_961;
if (l_962) {
const bool l_963 = l_mut_234 < l_mut_36;
if (l_963) {
shared_memory_28[l_mut_234] = l_mut_206;
shared_memory_29[l_mut_234] = l_951;
}
l_mut_234 = l_mut_234 + uint(1);
}
const uint l_964 = l_mut_208 * uint(4);
const uint l_965 = l_964 + uint(3);
const float l_966 = l_920.i_3;
l_mut_259 = l_966;
const uint l_967 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_927 = l_967;
const bool l_968 = l_mut_927 == uint(2147483648);
if (l_968) {
l_mut_927 = uint(0);
}
const uint l_969 = l_mut_927 | uint(2147483648);
l_mut_206 = l_969;
const bool l_970 = l_mut_927 >= uint(2147483648);
if (l_970) {
const uint l_971 = ~l_mut_927;
l_mut_206 = l_971;
}
const bool l_972 = l_mut_206 > l_mut_39;
const bool l_973 = l_mut_206 == l_mut_39;
const bool l_974 = l_965 <= l_mut_38;
const bool l_975 = l_973 && l_974;
const bool l_976 = l_972 || l_975;
if (l_976) {
const bool l_977 = l_mut_234 < l_mut_36;
if (l_977) {
shared_memory_28[l_mut_234] = l_mut_206;
shared_memory_29[l_mut_234] = l_965;
}
l_mut_234 = l_mut_234 + uint(1);
}
l_mut_208 = l_mut_208 + total_thread_in_threadgroup;
}
l_mut_927 = uint(2);
while (true) {
const bool l_978 = l_mut_927 <= l_mut_568;
const bool l_979 = !l_978;
if (l_979) {
break;}
const uint l_980 = l_mut_927 / uint(2);
l_mut_206 = l_980;
while (true) {
const bool l_981 = l_mut_206 > uint(0);
const bool l_982 = !l_981;
if (l_982) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_983 = thread_index_in_threadgroup;
while (true) {
const uint l_984 = l_mut_568 / uint(2);
const bool l_985 = l_mut_983 < l_984;
const bool l_986 = !l_985;
if (l_986) {
break;}
const uint l_987 = l_mut_983 / l_mut_206;
const uint l_988 = l_987 * l_mut_206;
const uint l_989 = l_988 * uint(2);
const uint l_990 = l_mut_983 % l_mut_206;
const uint l_991 = l_989 + l_990;
const uint l_992 = l_991 + l_mut_206;
const uint l_993 = l_991 & l_mut_927;
const bool l_994 = l_993 == uint(0);
const uint l_995 = shared_memory_28[l_991];
const uint l_996 = shared_memory_29[l_991];
const uint l_997 = shared_memory_28[l_992];
const uint l_998 = shared_memory_29[l_992];
const bool l_999 = l_998 < l_996;
l_mut_525 = l_999;
const bool l_1000 = l_996 < l_998;
l_mut_207 = l_1000;
const bool l_1001 = !bool(false);
if (l_1001) {
const bool l_1002 = l_997 > l_995;
const bool l_1003 = l_997 == l_995;
const bool l_1004 = l_998 < l_996;
const bool l_1005 = l_1003 && l_1004;
const bool l_1006 = l_1002 || l_1005;
l_mut_525 = l_1006;
const bool l_1007 = l_995 > l_997;
const bool l_1008 = l_995 == l_997;
const bool l_1009 = l_996 < l_998;
const bool l_1010 = l_1008 && l_1009;
const bool l_1011 = l_1007 || l_1010;
l_mut_207 = l_1011;
}
const bool l_1012 = l_994 && l_mut_525;
const bool l_1013 = !l_994;
const bool l_1014 = l_1013 && l_mut_207;
const bool l_1015 = l_1012 || l_1014;
if (l_1015) {
shared_memory_28[l_991] = l_997;
shared_memory_29[l_991] = l_998;
shared_memory_28[l_992] = l_995;
shared_memory_29[l_992] = l_996;
}
l_mut_983 = l_mut_983 + total_thread_in_threadgroup;
}
l_mut_206 = l_mut_206 / uint(2);
}
l_mut_927 = l_mut_927 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1016 = l_mut_36 + total_thread_in_threadgroup;
const uint l_1017 = l_1016 - uint(1);
const uint l_1018 = l_1017 / total_thread_in_threadgroup;
const uint l_1019 = thread_index_in_threadgroup * l_1018;
l_mut_983 = l_1019;
const bool l_1020 = l_mut_983 > l_mut_36;
if (l_1020) {
l_mut_983 = l_mut_36;
}
const uint l_1021 = l_mut_983 + l_1018;
l_mut_927 = l_1021;
const bool l_1022 = l_mut_927 > l_mut_36;
if (l_1022) {
l_mut_927 = l_mut_36;
}
l_mut_259 = float(0.0);

for (uint l_mut_1023 = l_mut_983; l_mut_1023 < l_mut_927; ++l_mut_1023) {
const uint l_1024 = shared_memory_28[l_mut_1023];
const uint l_1025 = ~l_1024;
l_mut_568 = l_1025;
const bool l_1026 = l_1024 >= uint(2147483648);
if (l_1026) {
const uint l_1027 = l_1024 & uint(2147483647);
l_mut_568 = l_1027;
}
const float l_1028 = reinterpret_cast<thread float const&>(l_mut_568);
l_mut_243 = float(1.0);
const bool l_1029 = l_1028 != l_mut_61;
if (l_1029) {
const float l_1030 = l_1028 - l_mut_61;
const float l_1031 = l_1030 * l_mut_22;
const float l_1032 = exp(l_1031);
l_mut_243 = l_1032;
}
l_mut_259 = l_mut_259 + l_mut_243;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_259;
l_mut_243 = l_mut_259;
l_mut_568 = uint(1);
while (true) {
const bool l_1033 = l_mut_568 < total_thread_in_threadgroup;
const bool l_1034 = !l_1033;
if (l_1034) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);
const bool l_1035 = thread_index_in_threadgroup >= l_mut_568;
if (l_1035) {
const uint l_1036 = thread_index_in_threadgroup - l_mut_568;
const float l_1037 = shared_memory_30[l_1036];
l_mut_259 = l_1037;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = l_mut_243 + l_mut_259;
shared_memory_30[thread_index_in_threadgroup] = l_mut_243;
l_mut_568 = l_mut_568 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1038 = total_thread_in_threadgroup - uint(1);
const float l_1039 = shared_memory_30[l_1038];
const float l_1040 = l_12 * l_1039;
const bool l_1041 = l_12 < float(1.0);
const bool l_1042 = bool(true) && l_1041;
l_mut_259 = float(0.0);
const bool l_1043 = thread_index_in_threadgroup > uint(0);
if (l_1043) {
const uint l_1044 = thread_index_in_threadgroup - uint(1);
const float l_1045 = shared_memory_30[l_1044];
l_mut_259 = l_1045;
}
l_mut_243 = l_mut_259;
l_mut_259 = float(0.0);

for (uint l_mut_1046 = l_mut_983; l_mut_1046 < l_mut_927; ++l_mut_1046) {
const uint l_1047 = shared_memory_28[l_mut_1046];
const uint l_1048 = ~l_1047;
l_mut_568 = l_1048;
const bool l_1049 = l_1047 >= uint(2147483648);
if (l_1049) {
const uint l_1050 = l_1047 & uint(2147483647);
l_mut_568 = l_1050;
}
const float l_1051 = reinterpret_cast<thread float const&>(l_mut_568);
l_mut_233 = float(1.0);
const bool l_1052 = l_1051 != l_mut_61;
if (l_1052) {
const float l_1053 = l_1051 - l_mut_61;
const float l_1054 = l_1053 * l_mut_22;
const float l_1055 = exp(l_1054);
l_mut_233 = l_1055;
}
l_mut_525 = bool(true);
if (l_1042) {
const bool l_1056 = l_mut_243 < l_1040;
l_mut_525 = l_1056;
}
if (l_mut_525) {
l_mut_259 = l_mut_259 + float(1.0);
}
l_mut_243 = l_mut_243 + l_mut_233;
}
const float l_1057 = float {simd_sum(l_mut_259)
};
const uint l_1058 = total_thread_in_threadgroup + simd_size;
const uint l_1059 = l_1058 - uint(1);
const uint l_1060 = l_1059 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1061 = thread_index_in_threadgroup % simd_size;
const bool l_1062 = l_1061 == uint(0);
if (l_1062) {
const uint l_1063 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1063] = l_1057;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);

for (uint l_mut_1064 = uint(0); l_mut_1064 < l_1060; ++l_mut_1064) {
const float l_1065 = shared_memory_33[l_mut_1064];
l_mut_259 = l_mut_259 + l_1065;
}
const uint l_1066 = uint(l_mut_259);
l_mut_568 = l_1066;
const bool l_1067 = l_mut_568 < uint(1);
if (l_1067) {
l_mut_568 = uint(1);
}
const uint l_1068 = l_mut_568 - uint(1);
const uint l_1069 = shared_memory_28[l_1068];
l_mut_39 = l_1069;
const uint l_1070 = l_mut_568 - uint(1);
const uint l_1071 = shared_memory_29[l_1070];
l_mut_38 = l_1071;
l_mut_203 = bool(false);
threadgroup_barrier(mem_flags::mem_threadgroup);
} else {
l_mut_259 = l_mut_49;
const bool l_1072 = l_mut_36 < info.scalars_uint[1];
if (l_1072) {
l_mut_243 = float(0.0);
l_mut_983 = uint(0);
l_mut_927 = thread_index_in_threadgroup;
while (true) {
const bool l_1073 = l_mut_927 < l_25;
const bool l_1074 = !l_1073;
if (l_1074) {
break;}
const uint l_1075 = l_26 + l_mut_927;
const float_4 l_1076 = buffer_0[l_1075];
const uint l_1077 = l_mut_927 * uint(4);
const uint l_1078 = l_1077 + uint(0);
const float l_1079 = l_1076.i_0;
l_mut_233 = l_1079;
const uint l_1080 = reinterpret_cast<thread uint const&>(l_mut_233);
l_mut_568 = l_1080;
const bool l_1081 = l_mut_568 == uint(2147483648);
if (l_1081) {
l_mut_568 = uint(0);
}
const uint l_1082 = l_mut_568 | uint(2147483648);
l_mut_248 = l_1082;
const bool l_1083 = l_mut_568 >= uint(2147483648);
if (l_1083) {
const uint l_1084 = ~l_mut_568;
l_mut_248 = l_1084;
}
const bool l_1085 = l_mut_248 > l_mut_39;
const bool l_1086 = l_mut_248 == l_mut_39;
const bool l_1087 = l_1078 <= l_mut_38;
const bool l_1088 = l_1086 && l_1087;
const bool l_1089 = l_1085 || l_1088;
if (l_1089) {
l_mut_232 = float(1.0);
const bool l_1090 = l_mut_233 != l_mut_61;
if (l_1090) {
const float l_1091 = l_mut_233 - l_mut_61;
const float l_1092 = l_1091 * l_mut_22;
const float l_1093 = exp(l_1092);
l_mut_232 = l_1093;
}
l_mut_243 = l_mut_243 + l_mut_232;
}
const uint l_1094 = l_mut_927 * uint(4);
const uint l_1095 = l_1094 + uint(1);
const float l_1096 = l_1076.i_1;
l_mut_233 = l_1096;
const uint l_1097 = reinterpret_cast<thread uint const&>(l_mut_233);
l_mut_568 = l_1097;
const bool l_1098 = l_mut_568 == uint(2147483648);
if (l_1098) {
l_mut_568 = uint(0);
}
const uint l_1099 = l_mut_568 | uint(2147483648);
l_mut_248 = l_1099;
const bool l_1100 = l_mut_568 >= uint(2147483648);
if (l_1100) {
const uint l_1101 = ~l_mut_568;
l_mut_248 = l_1101;
}
const bool l_1102 = l_mut_248 > l_mut_39;
const bool l_1103 = l_mut_248 == l_mut_39;
const bool l_1104 = l_1095 <= l_mut_38;
const bool l_1105 = l_1103 && l_1104;
const bool l_1106 = l_1102 || l_1105;
if (l_1106) {
l_mut_232 = float(1.0);
const bool l_1107 = l_mut_233 != l_mut_61;
if (l_1107) {
const float l_1108 = l_mut_233 - l_mut_61;
const float l_1109 = l_1108 * l_mut_22;
const float l_1110 = exp(l_1109);
l_mut_232 = l_1110;
}
l_mut_243 = l_mut_243 + l_mut_232;
}
const uint l_1111 = l_mut_927 * uint(4);
const uint l_1112 = l_1111 + uint(2);
const float l_1113 = l_1076.i_2;
l_mut_233 = l_1113;
const uint l_1114 = reinterpret_cast<thread uint const&>(l_mut_233);
l_mut_568 = l_1114;
const bool l_1115 = l_mut_568 == uint(2147483648);
if (l_1115) {
l_mut_568 = uint(0);
}
const uint l_1116 = l_mut_568 | uint(2147483648);
l_mut_248 = l_1116;
const bool l_1117 = l_mut_568 >= uint(2147483648);
if (l_1117) {
const uint l_1118 = ~l_mut_568;
l_mut_248 = l_1118;
}
const bool l_1119 = l_mut_248 > l_mut_39;
const bool l_1120 = l_mut_248 == l_mut_39;
const bool l_1121 = l_1112 <= l_mut_38;
const bool l_1122 = l_1120 && l_1121;
const bool l_1123 = l_1119 || l_1122;
if (l_1123) {
l_mut_232 = float(1.0);
const bool l_1124 = l_mut_233 != l_mut_61;
if (l_1124) {
const float l_1125 = l_mut_233 - l_mut_61;
const float l_1126 = l_1125 * l_mut_22;
const float l_1127 = exp(l_1126);
l_mut_232 = l_1127;
}
l_mut_243 = l_mut_243 + l_mut_232;
}
const uint l_1128 = l_mut_927 * uint(4);
const uint l_1129 = l_1128 + uint(3);
const float l_1130 = l_1076.i_3;
l_mut_233 = l_1130;
const uint l_1131 = reinterpret_cast<thread uint const&>(l_mut_233);
l_mut_568 = l_1131;
const bool l_1132 = l_mut_568 == uint(2147483648);
if (l_1132) {
l_mut_568 = uint(0);
}
const uint l_1133 = l_mut_568 | uint(2147483648);
l_mut_248 = l_1133;
const bool l_1134 = l_mut_568 >= uint(2147483648);
if (l_1134) {
const uint l_1135 = ~l_mut_568;
l_mut_248 = l_1135;
}
const bool l_1136 = l_mut_248 > l_mut_39;
const bool l_1137 = l_mut_248 == l_mut_39;
const bool l_1138 = l_1129 <= l_mut_38;
const bool l_1139 = l_1137 && l_1138;
const bool l_1140 = l_1136 || l_1139;
if (l_1140) {
l_mut_232 = float(1.0);
const bool l_1141 = l_mut_233 != l_mut_61;
if (l_1141) {
const float l_1142 = l_mut_233 - l_mut_61;
const float l_1143 = l_1142 * l_mut_22;
const float l_1144 = exp(l_1143);
l_mut_232 = l_1144;
}
l_mut_243 = l_mut_243 + l_mut_232;
}
l_mut_927 = l_mut_927 + total_thread_in_threadgroup;
}
const float l_1145 = float {simd_sum(l_mut_243)
};
const uint l_1146 = total_thread_in_threadgroup + simd_size;
const uint l_1147 = l_1146 - uint(1);
const uint l_1148 = l_1147 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1149 = thread_index_in_threadgroup % simd_size;
const bool l_1150 = l_1149 == uint(0);
if (l_1150) {
const uint l_1151 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1151] = l_1145;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = float(0.0);

for (uint l_mut_1152 = uint(0); l_mut_1152 < l_1148; ++l_mut_1152) {
const float l_1153 = shared_memory_33[l_mut_1152];
l_mut_243 = l_mut_243 + l_1153;
}
l_mut_259 = l_mut_243;
}
const float l_1154 = l_12 * l_mut_259;
l_mut_983 = uint(0);
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_525 = bool(false);
l_mut_927 = uint(0);
while (true) {
const bool l_1155 = l_mut_927 < uint(8);
const bool l_1156 = !l_mut_525;
const bool l_1157 = l_1155 && l_1156;
const bool l_1158 = !l_1157;
if (l_1158) {
break;}
const uint l_1159 = uint(4) * l_mut_927;
const uint l_1160 = uint(28) - l_1159;
l_mut_568 = uint(0);
const bool l_1161 = l_mut_927 > uint(0);
if (l_1161) {
const uint l_1162 = l_1160 + uint(4);
const uint l_1163 = uint(4294967295) << l_1162;
l_mut_568 = l_1163;
}
l_mut_233 = float(0.0);
l_mut_232 = float(0.0);
l_mut_231 = float(0.0);
l_mut_230 = float(0.0);
l_mut_229 = float(0.0);
l_mut_228 = float(0.0);
l_mut_227 = float(0.0);
l_mut_226 = float(0.0);
l_mut_225 = float(0.0);
l_mut_224 = float(0.0);
l_mut_223 = float(0.0);
l_mut_222 = float(0.0);
l_mut_221 = float(0.0);
l_mut_220 = float(0.0);
l_mut_219 = float(0.0);
l_mut_179 = float(0.0);
l_mut_248 = uint(0);
l_mut_245 = thread_index_in_threadgroup;
while (true) {
const bool l_1164 = l_mut_245 < l_25;
const bool l_1165 = !l_1164;
if (l_1165) {
break;}
const uint l_1166 = l_26 + l_mut_245;
const float_4 l_1167 = buffer_0[l_1166];
const uint l_1168 = l_mut_245 * uint(4);
const uint l_1169 = l_1168 + uint(0);
const float l_1170 = l_1167.i_0;
l_mut_37 = l_1170;
const uint l_1171 = reinterpret_cast<thread uint const&>(l_mut_37);
l_mut_235 = l_1171;
const bool l_1172 = l_mut_235 == uint(2147483648);
if (l_1172) {
l_mut_235 = uint(0);
}
const uint l_1173 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1173;
const bool l_1174 = l_mut_235 >= uint(2147483648);
if (l_1174) {
const uint l_1175 = ~l_mut_235;
l_mut_234 = l_1175;
}
const uint l_1176 = l_mut_234 & l_mut_568;
const bool l_1177 = l_1176 == l_mut_983;
const bool l_1178 = l_mut_234 > l_mut_39;
const bool l_1179 = l_mut_234 == l_mut_39;
const bool l_1180 = l_1169 <= l_mut_38;
const bool l_1181 = l_1179 && l_1180;
const bool l_1182 = l_1178 || l_1181;
const bool l_1183 = l_1177 && l_1182;
if (l_1183) {
l_mut_35 = float(1.0);
l_mut_1184 = float(1.0);
const bool l_1185 = l_mut_37 != l_mut_61;
if (l_1185) {
const float l_1186 = l_mut_37 - l_mut_61;
const float l_1187 = l_1186 * l_mut_22;
const float l_1188 = exp(l_1187);
l_mut_1184 = l_1188;
}
l_mut_35 = l_mut_1184;
const uint l_1189 = l_mut_234 >> l_1160;
const uint l_1190 = l_1189 & uint(15);
const bool l_1191 = l_1190 == uint(0);
if (l_1191) {
l_mut_233 = l_mut_233 + l_mut_35;
} else {
const bool l_1192 = l_1190 == uint(1);
if (l_1192) {
l_mut_232 = l_mut_232 + l_mut_35;
} else {
const bool l_1193 = l_1190 == uint(2);
if (l_1193) {
l_mut_231 = l_mut_231 + l_mut_35;
} else {
const bool l_1194 = l_1190 == uint(3);
if (l_1194) {
l_mut_230 = l_mut_230 + l_mut_35;
} else {
const bool l_1195 = l_1190 == uint(4);
if (l_1195) {
l_mut_229 = l_mut_229 + l_mut_35;
} else {
const bool l_1196 = l_1190 == uint(5);
if (l_1196) {
l_mut_228 = l_mut_228 + l_mut_35;
} else {
const bool l_1197 = l_1190 == uint(6);
if (l_1197) {
l_mut_227 = l_mut_227 + l_mut_35;
} else {
const bool l_1198 = l_1190 == uint(7);
if (l_1198) {
l_mut_226 = l_mut_226 + l_mut_35;
} else {
const bool l_1199 = l_1190 == uint(8);
if (l_1199) {
l_mut_225 = l_mut_225 + l_mut_35;
} else {
const bool l_1200 = l_1190 == uint(9);
if (l_1200) {
l_mut_224 = l_mut_224 + l_mut_35;
} else {
const bool l_1201 = l_1190 == uint(10);
if (l_1201) {
l_mut_223 = l_mut_223 + l_mut_35;
} else {
const bool l_1202 = l_1190 == uint(11);
if (l_1202) {
l_mut_222 = l_mut_222 + l_mut_35;
} else {
const bool l_1203 = l_1190 == uint(12);
if (l_1203) {
l_mut_221 = l_mut_221 + l_mut_35;
} else {
const bool l_1204 = l_1190 == uint(13);
if (l_1204) {
l_mut_220 = l_mut_220 + l_mut_35;
} else {
const bool l_1205 = l_1190 == uint(14);
if (l_1205) {
l_mut_219 = l_mut_219 + l_mut_35;
} else {
const bool l_1206 = l_1190 == uint(15);
if (l_1206) {
l_mut_179 = l_mut_179 + l_mut_35;
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
const uint l_1207 = l_mut_245 * uint(4);
const uint l_1208 = l_1207 + uint(1);
const float l_1209 = l_1167.i_1;
l_mut_1184 = l_1209;
const uint l_1210 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_235 = l_1210;
const bool l_1211 = l_mut_235 == uint(2147483648);
if (l_1211) {
l_mut_235 = uint(0);
}
const uint l_1212 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1212;
const bool l_1213 = l_mut_235 >= uint(2147483648);
if (l_1213) {
const uint l_1214 = ~l_mut_235;
l_mut_234 = l_1214;
}
const uint l_1215 = l_mut_234 & l_mut_568;
const bool l_1216 = l_1215 == l_mut_983;
const bool l_1217 = l_mut_234 > l_mut_39;
const bool l_1218 = l_mut_234 == l_mut_39;
const bool l_1219 = l_1208 <= l_mut_38;
const bool l_1220 = l_1218 && l_1219;
const bool l_1221 = l_1217 || l_1220;
const bool l_1222 = l_1216 && l_1221;
if (l_1222) {
l_mut_37 = float(1.0);
l_mut_35 = float(1.0);
const bool l_1223 = l_mut_1184 != l_mut_61;
if (l_1223) {
const float l_1224 = l_mut_1184 - l_mut_61;
const float l_1225 = l_1224 * l_mut_22;
const float l_1226 = exp(l_1225);
l_mut_35 = l_1226;
}
l_mut_37 = l_mut_35;
const uint l_1227 = l_mut_234 >> l_1160;
const uint l_1228 = l_1227 & uint(15);
const bool l_1229 = l_1228 == uint(0);
if (l_1229) {
l_mut_233 = l_mut_233 + l_mut_37;
} else {
const bool l_1230 = l_1228 == uint(1);
if (l_1230) {
l_mut_232 = l_mut_232 + l_mut_37;
} else {
const bool l_1231 = l_1228 == uint(2);
if (l_1231) {
l_mut_231 = l_mut_231 + l_mut_37;
} else {
const bool l_1232 = l_1228 == uint(3);
if (l_1232) {
l_mut_230 = l_mut_230 + l_mut_37;
} else {
const bool l_1233 = l_1228 == uint(4);
if (l_1233) {
l_mut_229 = l_mut_229 + l_mut_37;
} else {
const bool l_1234 = l_1228 == uint(5);
if (l_1234) {
l_mut_228 = l_mut_228 + l_mut_37;
} else {
const bool l_1235 = l_1228 == uint(6);
if (l_1235) {
l_mut_227 = l_mut_227 + l_mut_37;
} else {
const bool l_1236 = l_1228 == uint(7);
if (l_1236) {
l_mut_226 = l_mut_226 + l_mut_37;
} else {
const bool l_1237 = l_1228 == uint(8);
if (l_1237) {
l_mut_225 = l_mut_225 + l_mut_37;
} else {
const bool l_1238 = l_1228 == uint(9);
if (l_1238) {
l_mut_224 = l_mut_224 + l_mut_37;
} else {
const bool l_1239 = l_1228 == uint(10);
if (l_1239) {
l_mut_223 = l_mut_223 + l_mut_37;
} else {
const bool l_1240 = l_1228 == uint(11);
if (l_1240) {
l_mut_222 = l_mut_222 + l_mut_37;
} else {
const bool l_1241 = l_1228 == uint(12);
if (l_1241) {
l_mut_221 = l_mut_221 + l_mut_37;
} else {
const bool l_1242 = l_1228 == uint(13);
if (l_1242) {
l_mut_220 = l_mut_220 + l_mut_37;
} else {
const bool l_1243 = l_1228 == uint(14);
if (l_1243) {
l_mut_219 = l_mut_219 + l_mut_37;
} else {
const bool l_1244 = l_1228 == uint(15);
if (l_1244) {
l_mut_179 = l_mut_179 + l_mut_37;
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
const uint l_1245 = l_mut_245 * uint(4);
const uint l_1246 = l_1245 + uint(2);
const float l_1247 = l_1167.i_2;
l_mut_1184 = l_1247;
const uint l_1248 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_235 = l_1248;
const bool l_1249 = l_mut_235 == uint(2147483648);
if (l_1249) {
l_mut_235 = uint(0);
}
const uint l_1250 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1250;
const bool l_1251 = l_mut_235 >= uint(2147483648);
if (l_1251) {
const uint l_1252 = ~l_mut_235;
l_mut_234 = l_1252;
}
const uint l_1253 = l_mut_234 & l_mut_568;
const bool l_1254 = l_1253 == l_mut_983;
const bool l_1255 = l_mut_234 > l_mut_39;
const bool l_1256 = l_mut_234 == l_mut_39;
const bool l_1257 = l_1246 <= l_mut_38;
const bool l_1258 = l_1256 && l_1257;
const bool l_1259 = l_1255 || l_1258;
const bool l_1260 = l_1254 && l_1259;
if (l_1260) {
l_mut_37 = float(1.0);
l_mut_35 = float(1.0);
const bool l_1261 = l_mut_1184 != l_mut_61;
if (l_1261) {
const float l_1262 = l_mut_1184 - l_mut_61;
const float l_1263 = l_1262 * l_mut_22;
const float l_1264 = exp(l_1263);
l_mut_35 = l_1264;
}
l_mut_37 = l_mut_35;
const uint l_1265 = l_mut_234 >> l_1160;
const uint l_1266 = l_1265 & uint(15);
const bool l_1267 = l_1266 == uint(0);
if (l_1267) {
l_mut_233 = l_mut_233 + l_mut_37;
} else {
const bool l_1268 = l_1266 == uint(1);
if (l_1268) {
l_mut_232 = l_mut_232 + l_mut_37;
} else {
const bool l_1269 = l_1266 == uint(2);
if (l_1269) {
l_mut_231 = l_mut_231 + l_mut_37;
} else {
const bool l_1270 = l_1266 == uint(3);
if (l_1270) {
l_mut_230 = l_mut_230 + l_mut_37;
} else {
const bool l_1271 = l_1266 == uint(4);
if (l_1271) {
l_mut_229 = l_mut_229 + l_mut_37;
} else {
const bool l_1272 = l_1266 == uint(5);
if (l_1272) {
l_mut_228 = l_mut_228 + l_mut_37;
} else {
const bool l_1273 = l_1266 == uint(6);
if (l_1273) {
l_mut_227 = l_mut_227 + l_mut_37;
} else {
const bool l_1274 = l_1266 == uint(7);
if (l_1274) {
l_mut_226 = l_mut_226 + l_mut_37;
} else {
const bool l_1275 = l_1266 == uint(8);
if (l_1275) {
l_mut_225 = l_mut_225 + l_mut_37;
} else {
const bool l_1276 = l_1266 == uint(9);
if (l_1276) {
l_mut_224 = l_mut_224 + l_mut_37;
} else {
const bool l_1277 = l_1266 == uint(10);
if (l_1277) {
l_mut_223 = l_mut_223 + l_mut_37;
} else {
const bool l_1278 = l_1266 == uint(11);
if (l_1278) {
l_mut_222 = l_mut_222 + l_mut_37;
} else {
const bool l_1279 = l_1266 == uint(12);
if (l_1279) {
l_mut_221 = l_mut_221 + l_mut_37;
} else {
const bool l_1280 = l_1266 == uint(13);
if (l_1280) {
l_mut_220 = l_mut_220 + l_mut_37;
} else {
const bool l_1281 = l_1266 == uint(14);
if (l_1281) {
l_mut_219 = l_mut_219 + l_mut_37;
} else {
const bool l_1282 = l_1266 == uint(15);
if (l_1282) {
l_mut_179 = l_mut_179 + l_mut_37;
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
const uint l_1283 = l_mut_245 * uint(4);
const uint l_1284 = l_1283 + uint(3);
const float l_1285 = l_1167.i_3;
l_mut_1184 = l_1285;
const uint l_1286 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_235 = l_1286;
const bool l_1287 = l_mut_235 == uint(2147483648);
if (l_1287) {
l_mut_235 = uint(0);
}
const uint l_1288 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1288;
const bool l_1289 = l_mut_235 >= uint(2147483648);
if (l_1289) {
const uint l_1290 = ~l_mut_235;
l_mut_234 = l_1290;
}
const uint l_1291 = l_mut_234 & l_mut_568;
const bool l_1292 = l_1291 == l_mut_983;
const bool l_1293 = l_mut_234 > l_mut_39;
const bool l_1294 = l_mut_234 == l_mut_39;
const bool l_1295 = l_1284 <= l_mut_38;
const bool l_1296 = l_1294 && l_1295;
const bool l_1297 = l_1293 || l_1296;
const bool l_1298 = l_1292 && l_1297;
if (l_1298) {
l_mut_37 = float(1.0);
l_mut_35 = float(1.0);
const bool l_1299 = l_mut_1184 != l_mut_61;
if (l_1299) {
const float l_1300 = l_mut_1184 - l_mut_61;
const float l_1301 = l_1300 * l_mut_22;
const float l_1302 = exp(l_1301);
l_mut_35 = l_1302;
}
l_mut_37 = l_mut_35;
const uint l_1303 = l_mut_234 >> l_1160;
const uint l_1304 = l_1303 & uint(15);
const bool l_1305 = l_1304 == uint(0);
if (l_1305) {
l_mut_233 = l_mut_233 + l_mut_37;
} else {
const bool l_1306 = l_1304 == uint(1);
if (l_1306) {
l_mut_232 = l_mut_232 + l_mut_37;
} else {
const bool l_1307 = l_1304 == uint(2);
if (l_1307) {
l_mut_231 = l_mut_231 + l_mut_37;
} else {
const bool l_1308 = l_1304 == uint(3);
if (l_1308) {
l_mut_230 = l_mut_230 + l_mut_37;
} else {
const bool l_1309 = l_1304 == uint(4);
if (l_1309) {
l_mut_229 = l_mut_229 + l_mut_37;
} else {
const bool l_1310 = l_1304 == uint(5);
if (l_1310) {
l_mut_228 = l_mut_228 + l_mut_37;
} else {
const bool l_1311 = l_1304 == uint(6);
if (l_1311) {
l_mut_227 = l_mut_227 + l_mut_37;
} else {
const bool l_1312 = l_1304 == uint(7);
if (l_1312) {
l_mut_226 = l_mut_226 + l_mut_37;
} else {
const bool l_1313 = l_1304 == uint(8);
if (l_1313) {
l_mut_225 = l_mut_225 + l_mut_37;
} else {
const bool l_1314 = l_1304 == uint(9);
if (l_1314) {
l_mut_224 = l_mut_224 + l_mut_37;
} else {
const bool l_1315 = l_1304 == uint(10);
if (l_1315) {
l_mut_223 = l_mut_223 + l_mut_37;
} else {
const bool l_1316 = l_1304 == uint(11);
if (l_1316) {
l_mut_222 = l_mut_222 + l_mut_37;
} else {
const bool l_1317 = l_1304 == uint(12);
if (l_1317) {
l_mut_221 = l_mut_221 + l_mut_37;
} else {
const bool l_1318 = l_1304 == uint(13);
if (l_1318) {
l_mut_220 = l_mut_220 + l_mut_37;
} else {
const bool l_1319 = l_1304 == uint(14);
if (l_1319) {
l_mut_219 = l_mut_219 + l_mut_37;
} else {
const bool l_1320 = l_1304 == uint(15);
if (l_1320) {
l_mut_179 = l_mut_179 + l_mut_37;
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
l_mut_245 = l_mut_245 + total_thread_in_threadgroup;
}
const float l_1321 = float {simd_sum(l_mut_233)
};
const uint l_1322 = total_thread_in_threadgroup + simd_size;
const uint l_1323 = l_1322 - uint(1);
const uint l_1324 = l_1323 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1325 = thread_index_in_threadgroup % simd_size;
const bool l_1326 = l_1325 == uint(0);
if (l_1326) {
const uint l_1327 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1327] = l_1321;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1184 = float(0.0);

for (uint l_mut_1328 = uint(0); l_mut_1328 < l_1324; ++l_mut_1328) {
const float l_1329 = shared_memory_33[l_mut_1328];
l_mut_1184 = l_mut_1184 + l_1329;
}
const float l_1330 = float {simd_sum(l_mut_232)
};
const uint l_1331 = total_thread_in_threadgroup + simd_size;
const uint l_1332 = l_1331 - uint(1);
const uint l_1333 = l_1332 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1334 = thread_index_in_threadgroup % simd_size;
const bool l_1335 = l_1334 == uint(0);
if (l_1335) {
const uint l_1336 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1336] = l_1330;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_233 = float(0.0);

for (uint l_mut_1337 = uint(0); l_mut_1337 < l_1333; ++l_mut_1337) {
const float l_1338 = shared_memory_33[l_mut_1337];
l_mut_233 = l_mut_233 + l_1338;
}
const float l_1339 = float {simd_sum(l_mut_231)
};
const uint l_1340 = total_thread_in_threadgroup + simd_size;
const uint l_1341 = l_1340 - uint(1);
const uint l_1342 = l_1341 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1343 = thread_index_in_threadgroup % simd_size;
const bool l_1344 = l_1343 == uint(0);
if (l_1344) {
const uint l_1345 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1345] = l_1339;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_1346 = uint(0); l_mut_1346 < l_1342; ++l_mut_1346) {
const float l_1347 = shared_memory_33[l_mut_1346];
l_mut_232 = l_mut_232 + l_1347;
}
const float l_1348 = float {simd_sum(l_mut_230)
};
const uint l_1349 = total_thread_in_threadgroup + simd_size;
const uint l_1350 = l_1349 - uint(1);
const uint l_1351 = l_1350 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1352 = thread_index_in_threadgroup % simd_size;
const bool l_1353 = l_1352 == uint(0);
if (l_1353) {
const uint l_1354 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1354] = l_1348;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_1355 = uint(0); l_mut_1355 < l_1351; ++l_mut_1355) {
const float l_1356 = shared_memory_33[l_mut_1355];
l_mut_231 = l_mut_231 + l_1356;
}
const float l_1357 = float {simd_sum(l_mut_229)
};
const uint l_1358 = total_thread_in_threadgroup + simd_size;
const uint l_1359 = l_1358 - uint(1);
const uint l_1360 = l_1359 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1361 = thread_index_in_threadgroup % simd_size;
const bool l_1362 = l_1361 == uint(0);
if (l_1362) {
const uint l_1363 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1363] = l_1357;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_1364 = uint(0); l_mut_1364 < l_1360; ++l_mut_1364) {
const float l_1365 = shared_memory_33[l_mut_1364];
l_mut_230 = l_mut_230 + l_1365;
}
const float l_1366 = float {simd_sum(l_mut_228)
};
const uint l_1367 = total_thread_in_threadgroup + simd_size;
const uint l_1368 = l_1367 - uint(1);
const uint l_1369 = l_1368 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1370 = thread_index_in_threadgroup % simd_size;
const bool l_1371 = l_1370 == uint(0);
if (l_1371) {
const uint l_1372 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1372] = l_1366;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_1373 = uint(0); l_mut_1373 < l_1369; ++l_mut_1373) {
const float l_1374 = shared_memory_33[l_mut_1373];
l_mut_229 = l_mut_229 + l_1374;
}
const float l_1375 = float {simd_sum(l_mut_227)
};
const uint l_1376 = total_thread_in_threadgroup + simd_size;
const uint l_1377 = l_1376 - uint(1);
const uint l_1378 = l_1377 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1379 = thread_index_in_threadgroup % simd_size;
const bool l_1380 = l_1379 == uint(0);
if (l_1380) {
const uint l_1381 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1381] = l_1375;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_1382 = uint(0); l_mut_1382 < l_1378; ++l_mut_1382) {
const float l_1383 = shared_memory_33[l_mut_1382];
l_mut_228 = l_mut_228 + l_1383;
}
const float l_1384 = float {simd_sum(l_mut_226)
};
const uint l_1385 = total_thread_in_threadgroup + simd_size;
const uint l_1386 = l_1385 - uint(1);
const uint l_1387 = l_1386 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1388 = thread_index_in_threadgroup % simd_size;
const bool l_1389 = l_1388 == uint(0);
if (l_1389) {
const uint l_1390 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1390] = l_1384;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_1391 = uint(0); l_mut_1391 < l_1387; ++l_mut_1391) {
const float l_1392 = shared_memory_33[l_mut_1391];
l_mut_227 = l_mut_227 + l_1392;
}
const float l_1393 = float {simd_sum(l_mut_225)
};
const uint l_1394 = total_thread_in_threadgroup + simd_size;
const uint l_1395 = l_1394 - uint(1);
const uint l_1396 = l_1395 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1397 = thread_index_in_threadgroup % simd_size;
const bool l_1398 = l_1397 == uint(0);
if (l_1398) {
const uint l_1399 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1399] = l_1393;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_1400 = uint(0); l_mut_1400 < l_1396; ++l_mut_1400) {
const float l_1401 = shared_memory_33[l_mut_1400];
l_mut_226 = l_mut_226 + l_1401;
}
const float l_1402 = float {simd_sum(l_mut_224)
};
const uint l_1403 = total_thread_in_threadgroup + simd_size;
const uint l_1404 = l_1403 - uint(1);
const uint l_1405 = l_1404 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1406 = thread_index_in_threadgroup % simd_size;
const bool l_1407 = l_1406 == uint(0);
if (l_1407) {
const uint l_1408 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1408] = l_1402;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_1409 = uint(0); l_mut_1409 < l_1405; ++l_mut_1409) {
const float l_1410 = shared_memory_33[l_mut_1409];
l_mut_225 = l_mut_225 + l_1410;
}
const float l_1411 = float {simd_sum(l_mut_223)
};
const uint l_1412 = total_thread_in_threadgroup + simd_size;
const uint l_1413 = l_1412 - uint(1);
const uint l_1414 = l_1413 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1415 = thread_index_in_threadgroup % simd_size;
const bool l_1416 = l_1415 == uint(0);
if (l_1416) {
const uint l_1417 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1417] = l_1411;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_1418 = uint(0); l_mut_1418 < l_1414; ++l_mut_1418) {
const float l_1419 = shared_memory_33[l_mut_1418];
l_mut_224 = l_mut_224 + l_1419;
}
const float l_1420 = float {simd_sum(l_mut_222)
};
const uint l_1421 = total_thread_in_threadgroup + simd_size;
const uint l_1422 = l_1421 - uint(1);
const uint l_1423 = l_1422 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1424 = thread_index_in_threadgroup % simd_size;
const bool l_1425 = l_1424 == uint(0);
if (l_1425) {
const uint l_1426 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1426] = l_1420;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_1427 = uint(0); l_mut_1427 < l_1423; ++l_mut_1427) {
const float l_1428 = shared_memory_33[l_mut_1427];
l_mut_223 = l_mut_223 + l_1428;
}
const float l_1429 = float {simd_sum(l_mut_221)
};
const uint l_1430 = total_thread_in_threadgroup + simd_size;
const uint l_1431 = l_1430 - uint(1);
const uint l_1432 = l_1431 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1433 = thread_index_in_threadgroup % simd_size;
const bool l_1434 = l_1433 == uint(0);
if (l_1434) {
const uint l_1435 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1435] = l_1429;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_1436 = uint(0); l_mut_1436 < l_1432; ++l_mut_1436) {
const float l_1437 = shared_memory_33[l_mut_1436];
l_mut_222 = l_mut_222 + l_1437;
}
const float l_1438 = float {simd_sum(l_mut_220)
};
const uint l_1439 = total_thread_in_threadgroup + simd_size;
const uint l_1440 = l_1439 - uint(1);
const uint l_1441 = l_1440 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1442 = thread_index_in_threadgroup % simd_size;
const bool l_1443 = l_1442 == uint(0);
if (l_1443) {
const uint l_1444 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1444] = l_1438;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1445 = uint(0); l_mut_1445 < l_1441; ++l_mut_1445) {
const float l_1446 = shared_memory_33[l_mut_1445];
l_mut_221 = l_mut_221 + l_1446;
}
const float l_1447 = float {simd_sum(l_mut_219)
};
const uint l_1448 = total_thread_in_threadgroup + simd_size;
const uint l_1449 = l_1448 - uint(1);
const uint l_1450 = l_1449 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1451 = thread_index_in_threadgroup % simd_size;
const bool l_1452 = l_1451 == uint(0);
if (l_1452) {
const uint l_1453 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1453] = l_1447;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_1454 = uint(0); l_mut_1454 < l_1450; ++l_mut_1454) {
const float l_1455 = shared_memory_33[l_mut_1454];
l_mut_220 = l_mut_220 + l_1455;
}
const float l_1456 = float {simd_sum(l_mut_179)
};
const uint l_1457 = total_thread_in_threadgroup + simd_size;
const uint l_1458 = l_1457 - uint(1);
const uint l_1459 = l_1458 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1460 = thread_index_in_threadgroup % simd_size;
const bool l_1461 = l_1460 == uint(0);
if (l_1461) {
const uint l_1462 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1462] = l_1456;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_219 = float(0.0);

for (uint l_mut_1463 = uint(0); l_mut_1463 < l_1459; ++l_mut_1463) {
const float l_1464 = shared_memory_33[l_mut_1463];
l_mut_219 = l_mut_219 + l_1464;
}
const bool l_1465 = thread_index_in_threadgroup == uint(0);
if (l_1465) {
shared_memory_32[uint(0)] = l_mut_1184;
shared_memory_32[uint(1)] = l_mut_233;
shared_memory_32[uint(2)] = l_mut_232;
shared_memory_32[uint(3)] = l_mut_231;
shared_memory_32[uint(4)] = l_mut_230;
shared_memory_32[uint(5)] = l_mut_229;
shared_memory_32[uint(6)] = l_mut_228;
shared_memory_32[uint(7)] = l_mut_227;
shared_memory_32[uint(8)] = l_mut_226;
shared_memory_32[uint(9)] = l_mut_225;
shared_memory_32[uint(10)] = l_mut_224;
shared_memory_32[uint(11)] = l_mut_223;
shared_memory_32[uint(12)] = l_mut_222;
shared_memory_32[uint(13)] = l_mut_221;
shared_memory_32[uint(14)] = l_mut_220;
shared_memory_32[uint(15)] = l_mut_219;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1184 = float(0.0);
l_mut_235 = uint(0);
l_mut_207 = bool(false);
l_mut_233 = float(0.0);

for (uint l_mut_1466 = uint(0); l_mut_1466 < uint(16); ++l_mut_1466) {
l_mut_234 = l_mut_1466;
const uint l_1467 = uint(15) - l_mut_1466;
l_mut_234 = l_1467;
l_mut_232 = l_mut_1184;
const float l_1468 = shared_memory_32[l_mut_234];
l_mut_1184 = l_mut_1184 + l_1468;
const bool l_1469 = !l_mut_207;
const float l_1470 = l_mut_259 + l_mut_1184;
const bool l_1471 = l_1470 >= l_1154;
const bool l_1472 = l_1469 && l_1471;
if (l_1472) {
l_mut_235 = l_mut_234;
l_mut_207 = bool(true);
l_mut_233 = l_mut_232;
}
}
if (l_mut_207) {
l_mut_259 = l_mut_259 + l_mut_233;
const float l_1473 = shared_memory_32[l_mut_235];
l_mut_243 = l_1473;
const uint l_1474 = l_mut_235 << l_1160;
l_mut_983 = l_mut_983 | l_1474;
} else {
l_mut_525 = bool(true);
}
l_mut_927 = l_mut_927 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1475 = thread_index_in_threadgroup == uint(0);
if (l_1475) {
if (l_mut_525) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_983;
}
const uint l_1476 = reinterpret_cast<thread uint const&>(l_mut_259);
shared_memory_31[uint(3)] = l_1476;
const uint l_1477 = reinterpret_cast<thread uint const&>(l_mut_243);
shared_memory_31[uint(1)] = l_1477;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1478 = shared_memory_31[uint(2)];
const uint l_1479 = shared_memory_31[uint(3)];
const float l_1480 = reinterpret_cast<thread float const&>(l_1479);
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1481 = l_1478 > l_mut_39;
if (l_1481) {
const uint l_1482 = ~l_1478;
l_mut_983 = l_1482;
const bool l_1483 = l_1478 >= uint(2147483648);
if (l_1483) {
const uint l_1484 = l_1478 & uint(2147483647);
l_mut_983 = l_1484;
}
const float l_1485 = reinterpret_cast<thread float const&>(l_mut_983);
l_mut_1184 = float(1.0);
const bool l_1486 = l_1485 != l_mut_61;
if (l_1486) {
const float l_1487 = l_1485 - l_mut_61;
const float l_1488 = l_1487 * l_mut_22;
const float l_1489 = exp(l_1488);
l_mut_1184 = l_1489;
}
const float l_1490 = l_1154 - l_1480;
const float l_1491 = l_1490 / l_mut_1184;
l_mut_983 = uint(16777216);
const bool l_1492 = l_1491 < float(16777216.0);
if (l_1492) {
const uint l_1493 = uint(l_1491);
l_mut_983 = l_1493;
const float l_1494 = float(l_mut_983);
const bool l_1495 = l_1494 < l_1491;
if (l_1495) {
l_mut_983 = l_mut_983 + uint(1);
}
}
const bool l_1496 = l_mut_983 < uint(1);
if (l_1496) {
l_mut_983 = uint(1);
}
l_mut_1184 = float(0.0);
l_mut_927 = uint(0);
l_mut_568 = thread_index_in_threadgroup;
while (true) {
const bool l_1497 = l_mut_568 < l_25;
const bool l_1498 = !l_1497;
if (l_1498) {
break;}
const uint l_1499 = l_26 + l_mut_568;
const float_4 l_1500 = buffer_0[l_1499];
const uint l_1501 = l_mut_568 * uint(4);
const uint l_1502 = l_1501 + uint(0);
const float l_1503 = l_1500.i_0;
l_mut_259 = l_1503;
const uint l_1504 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1504;
const bool l_1505 = l_mut_248 == uint(2147483648);
if (l_1505) {
l_mut_248 = uint(0);
}
const uint l_1506 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1506;
const bool l_1507 = l_mut_248 >= uint(2147483648);
if (l_1507) {
const uint l_1508 = ~l_mut_248;
l_mut_245 = l_1508;
}
const bool l_1509 = l_mut_245 > l_mut_39;
const bool l_1510 = l_mut_245 == l_mut_39;
const bool l_1511 = l_1502 <= l_mut_38;
const bool l_1512 = l_1510 && l_1511;
const bool l_1513 = l_1509 || l_1512;
if (l_1513) {
const bool l_1514 = l_mut_245 == l_1478;
if (l_1514) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
const uint l_1515 = l_mut_568 * uint(4);
const uint l_1516 = l_1515 + uint(1);
const float l_1517 = l_1500.i_1;
l_mut_259 = l_1517;
const uint l_1518 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1518;
const bool l_1519 = l_mut_248 == uint(2147483648);
if (l_1519) {
l_mut_248 = uint(0);
}
const uint l_1520 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1520;
const bool l_1521 = l_mut_248 >= uint(2147483648);
if (l_1521) {
const uint l_1522 = ~l_mut_248;
l_mut_245 = l_1522;
}
const bool l_1523 = l_mut_245 > l_mut_39;
const bool l_1524 = l_mut_245 == l_mut_39;
const bool l_1525 = l_1516 <= l_mut_38;
const bool l_1526 = l_1524 && l_1525;
const bool l_1527 = l_1523 || l_1526;
if (l_1527) {
const bool l_1528 = l_mut_245 == l_1478;
if (l_1528) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
const uint l_1529 = l_mut_568 * uint(4);
const uint l_1530 = l_1529 + uint(2);
const float l_1531 = l_1500.i_2;
l_mut_259 = l_1531;
const uint l_1532 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1532;
const bool l_1533 = l_mut_248 == uint(2147483648);
if (l_1533) {
l_mut_248 = uint(0);
}
const uint l_1534 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1534;
const bool l_1535 = l_mut_248 >= uint(2147483648);
if (l_1535) {
const uint l_1536 = ~l_mut_248;
l_mut_245 = l_1536;
}
const bool l_1537 = l_mut_245 > l_mut_39;
const bool l_1538 = l_mut_245 == l_mut_39;
const bool l_1539 = l_1530 <= l_mut_38;
const bool l_1540 = l_1538 && l_1539;
const bool l_1541 = l_1537 || l_1540;
if (l_1541) {
const bool l_1542 = l_mut_245 == l_1478;
if (l_1542) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
const uint l_1543 = l_mut_568 * uint(4);
const uint l_1544 = l_1543 + uint(3);
const float l_1545 = l_1500.i_3;
l_mut_259 = l_1545;
const uint l_1546 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1546;
const bool l_1547 = l_mut_248 == uint(2147483648);
if (l_1547) {
l_mut_248 = uint(0);
}
const uint l_1548 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1548;
const bool l_1549 = l_mut_248 >= uint(2147483648);
if (l_1549) {
const uint l_1550 = ~l_mut_248;
l_mut_245 = l_1550;
}
const bool l_1551 = l_mut_245 > l_mut_39;
const bool l_1552 = l_mut_245 == l_mut_39;
const bool l_1553 = l_1544 <= l_mut_38;
const bool l_1554 = l_1552 && l_1553;
const bool l_1555 = l_1551 || l_1554;
if (l_1555) {
const bool l_1556 = l_mut_245 == l_1478;
if (l_1556) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
l_mut_568 = l_mut_568 + total_thread_in_threadgroup;
}
const float l_1557 = float {simd_sum(l_mut_1184)
};
const uint l_1558 = total_thread_in_threadgroup + simd_size;
const uint l_1559 = l_1558 - uint(1);
const uint l_1560 = l_1559 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1561 = thread_index_in_threadgroup % simd_size;
const bool l_1562 = l_1561 == uint(0);
if (l_1562) {
const uint l_1563 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1563] = l_1557;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1184 = float(0.0);

for (uint l_mut_1564 = uint(0); l_mut_1564 < l_1560; ++l_mut_1564) {
const float l_1565 = shared_memory_33[l_mut_1564];
l_mut_1184 = l_mut_1184 + l_1565;
}
const uint l_1566 = uint(l_mut_1184);
l_mut_927 = uint(4294967295);
const bool l_1567 = l_mut_983 < l_1566;
if (l_1567) {
l_mut_568 = uint(0);
l_mut_1184 = float(0.0);
const float l_1568 = float(l_mut_983);
l_mut_983 = uint(0);
while (true) {
const bool l_1569 = l_mut_983 < uint(8);
const bool l_1570 = !l_1569;
if (l_1570) {
break;}
const uint l_1571 = uint(4) * l_mut_983;
const uint l_1572 = uint(28) - l_1571;
const uint l_1573 = info.scalars_uint[1] - uint(1);
const uint l_1574 = l_1573 >> l_1572;
const bool l_1575 = l_1574 > uint(0);
if (l_1575) {
l_mut_248 = uint(0);
const bool l_1576 = l_mut_983 > uint(0);
if (l_1576) {
const uint l_1577 = l_1572 + uint(4);
const uint l_1578 = uint(4294967295) << l_1577;
l_mut_248 = l_1578;
}
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_232 = float(0.0);
l_mut_231 = float(0.0);
l_mut_230 = float(0.0);
l_mut_229 = float(0.0);
l_mut_228 = float(0.0);
l_mut_227 = float(0.0);
l_mut_226 = float(0.0);
l_mut_225 = float(0.0);
l_mut_224 = float(0.0);
l_mut_223 = float(0.0);
l_mut_222 = float(0.0);
l_mut_221 = float(0.0);
l_mut_220 = float(0.0);
l_mut_245 = uint(0);
l_mut_235 = thread_index_in_threadgroup;
while (true) {
const bool l_1579 = l_mut_235 < l_25;
const bool l_1580 = !l_1579;
if (l_1580) {
break;}
const uint l_1581 = l_26 + l_mut_235;
const float_4 l_1582 = buffer_0[l_1581];
const uint l_1583 = l_mut_235 * uint(4);
const uint l_1584 = l_1583 + uint(0);
const float l_1585 = l_1582.i_0;
l_mut_219 = l_1585;
const uint l_1586 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_234 = l_1586;
const bool l_1587 = l_mut_234 == uint(2147483648);
if (l_1587) {
l_mut_234 = uint(0);
}
const uint l_1588 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1588;
const bool l_1589 = l_mut_234 >= uint(2147483648);
if (l_1589) {
const uint l_1590 = ~l_mut_234;
l_mut_215 = l_1590;
}
const bool l_1591 = l_mut_215 == l_1478;
const bool l_1592 = l_1584 <= uint(4294967295);
const bool l_1593 = l_1591 && l_1592;
const uint l_1594 = l_1584 & l_mut_248;
const bool l_1595 = l_1594 == l_mut_568;
const bool l_1596 = l_1593 && l_1595;
if (l_1596) {
const uint l_1597 = l_1584 >> l_1572;
const uint l_1598 = l_1597 & uint(15);
const bool l_1599 = l_1598 == uint(0);
if (l_1599) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_1600 = l_1598 == uint(1);
if (l_1600) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_1601 = l_1598 == uint(2);
if (l_1601) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_1602 = l_1598 == uint(3);
if (l_1602) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_1603 = l_1598 == uint(4);
if (l_1603) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_1604 = l_1598 == uint(5);
if (l_1604) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_1605 = l_1598 == uint(6);
if (l_1605) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_1606 = l_1598 == uint(7);
if (l_1606) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_1607 = l_1598 == uint(8);
if (l_1607) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_1608 = l_1598 == uint(9);
if (l_1608) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_1609 = l_1598 == uint(10);
if (l_1609) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_1610 = l_1598 == uint(11);
if (l_1610) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_1611 = l_1598 == uint(12);
if (l_1611) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_1612 = l_1598 == uint(13);
if (l_1612) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_1613 = l_1598 == uint(14);
if (l_1613) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_1614 = l_1598 == uint(15);
if (l_1614) {
l_mut_220 = l_mut_220 + float(1.0);
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
const uint l_1615 = l_mut_235 * uint(4);
const uint l_1616 = l_1615 + uint(1);
const float l_1617 = l_1582.i_1;
l_mut_219 = l_1617;
const uint l_1618 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_234 = l_1618;
const bool l_1619 = l_mut_234 == uint(2147483648);
if (l_1619) {
l_mut_234 = uint(0);
}
const uint l_1620 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1620;
const bool l_1621 = l_mut_234 >= uint(2147483648);
if (l_1621) {
const uint l_1622 = ~l_mut_234;
l_mut_215 = l_1622;
}
const bool l_1623 = l_mut_215 == l_1478;
const bool l_1624 = l_1616 <= uint(4294967295);
const bool l_1625 = l_1623 && l_1624;
const uint l_1626 = l_1616 & l_mut_248;
const bool l_1627 = l_1626 == l_mut_568;
const bool l_1628 = l_1625 && l_1627;
if (l_1628) {
const uint l_1629 = l_1616 >> l_1572;
const uint l_1630 = l_1629 & uint(15);
const bool l_1631 = l_1630 == uint(0);
if (l_1631) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_1632 = l_1630 == uint(1);
if (l_1632) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_1633 = l_1630 == uint(2);
if (l_1633) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_1634 = l_1630 == uint(3);
if (l_1634) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_1635 = l_1630 == uint(4);
if (l_1635) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_1636 = l_1630 == uint(5);
if (l_1636) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_1637 = l_1630 == uint(6);
if (l_1637) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_1638 = l_1630 == uint(7);
if (l_1638) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_1639 = l_1630 == uint(8);
if (l_1639) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_1640 = l_1630 == uint(9);
if (l_1640) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_1641 = l_1630 == uint(10);
if (l_1641) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_1642 = l_1630 == uint(11);
if (l_1642) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_1643 = l_1630 == uint(12);
if (l_1643) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_1644 = l_1630 == uint(13);
if (l_1644) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_1645 = l_1630 == uint(14);
if (l_1645) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_1646 = l_1630 == uint(15);
if (l_1646) {
l_mut_220 = l_mut_220 + float(1.0);
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
const uint l_1647 = l_mut_235 * uint(4);
const uint l_1648 = l_1647 + uint(2);
const float l_1649 = l_1582.i_2;
l_mut_219 = l_1649;
const uint l_1650 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_234 = l_1650;
const bool l_1651 = l_mut_234 == uint(2147483648);
if (l_1651) {
l_mut_234 = uint(0);
}
const uint l_1652 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1652;
const bool l_1653 = l_mut_234 >= uint(2147483648);
if (l_1653) {
const uint l_1654 = ~l_mut_234;
l_mut_215 = l_1654;
}
const bool l_1655 = l_mut_215 == l_1478;
const bool l_1656 = l_1648 <= uint(4294967295);
const bool l_1657 = l_1655 && l_1656;
const uint l_1658 = l_1648 & l_mut_248;
const bool l_1659 = l_1658 == l_mut_568;
const bool l_1660 = l_1657 && l_1659;
if (l_1660) {
const uint l_1661 = l_1648 >> l_1572;
const uint l_1662 = l_1661 & uint(15);
const bool l_1663 = l_1662 == uint(0);
if (l_1663) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_1664 = l_1662 == uint(1);
if (l_1664) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_1665 = l_1662 == uint(2);
if (l_1665) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_1666 = l_1662 == uint(3);
if (l_1666) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_1667 = l_1662 == uint(4);
if (l_1667) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_1668 = l_1662 == uint(5);
if (l_1668) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_1669 = l_1662 == uint(6);
if (l_1669) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_1670 = l_1662 == uint(7);
if (l_1670) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_1671 = l_1662 == uint(8);
if (l_1671) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_1672 = l_1662 == uint(9);
if (l_1672) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_1673 = l_1662 == uint(10);
if (l_1673) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_1674 = l_1662 == uint(11);
if (l_1674) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_1675 = l_1662 == uint(12);
if (l_1675) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_1676 = l_1662 == uint(13);
if (l_1676) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_1677 = l_1662 == uint(14);
if (l_1677) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_1678 = l_1662 == uint(15);
if (l_1678) {
l_mut_220 = l_mut_220 + float(1.0);
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
const uint l_1679 = l_mut_235 * uint(4);
const uint l_1680 = l_1679 + uint(3);
const float l_1681 = l_1582.i_3;
l_mut_219 = l_1681;
const uint l_1682 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_234 = l_1682;
const bool l_1683 = l_mut_234 == uint(2147483648);
if (l_1683) {
l_mut_234 = uint(0);
}
const uint l_1684 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1684;
const bool l_1685 = l_mut_234 >= uint(2147483648);
if (l_1685) {
const uint l_1686 = ~l_mut_234;
l_mut_215 = l_1686;
}
const bool l_1687 = l_mut_215 == l_1478;
const bool l_1688 = l_1680 <= uint(4294967295);
const bool l_1689 = l_1687 && l_1688;
const uint l_1690 = l_1680 & l_mut_248;
const bool l_1691 = l_1690 == l_mut_568;
const bool l_1692 = l_1689 && l_1691;
if (l_1692) {
const uint l_1693 = l_1680 >> l_1572;
const uint l_1694 = l_1693 & uint(15);
const bool l_1695 = l_1694 == uint(0);
if (l_1695) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_1696 = l_1694 == uint(1);
if (l_1696) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_1697 = l_1694 == uint(2);
if (l_1697) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_1698 = l_1694 == uint(3);
if (l_1698) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_1699 = l_1694 == uint(4);
if (l_1699) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_1700 = l_1694 == uint(5);
if (l_1700) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_1701 = l_1694 == uint(6);
if (l_1701) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_1702 = l_1694 == uint(7);
if (l_1702) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_1703 = l_1694 == uint(8);
if (l_1703) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_1704 = l_1694 == uint(9);
if (l_1704) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_1705 = l_1694 == uint(10);
if (l_1705) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_1706 = l_1694 == uint(11);
if (l_1706) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_1707 = l_1694 == uint(12);
if (l_1707) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_1708 = l_1694 == uint(13);
if (l_1708) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_1709 = l_1694 == uint(14);
if (l_1709) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_1710 = l_1694 == uint(15);
if (l_1710) {
l_mut_220 = l_mut_220 + float(1.0);
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
l_mut_235 = l_mut_235 + total_thread_in_threadgroup;
}
const float l_1711 = float {simd_sum(l_mut_259)
};
const uint l_1712 = total_thread_in_threadgroup + simd_size;
const uint l_1713 = l_1712 - uint(1);
const uint l_1714 = l_1713 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1715 = thread_index_in_threadgroup % simd_size;
const bool l_1716 = l_1715 == uint(0);
if (l_1716) {
const uint l_1717 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1717] = l_1711;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);

for (uint l_mut_1718 = uint(0); l_mut_1718 < l_1714; ++l_mut_1718) {
const float l_1719 = shared_memory_33[l_mut_1718];
l_mut_259 = l_mut_259 + l_1719;
}
const float l_1720 = float {simd_sum(l_mut_243)
};
const uint l_1721 = total_thread_in_threadgroup + simd_size;
const uint l_1722 = l_1721 - uint(1);
const uint l_1723 = l_1722 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1724 = thread_index_in_threadgroup % simd_size;
const bool l_1725 = l_1724 == uint(0);
if (l_1725) {
const uint l_1726 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1726] = l_1720;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = float(0.0);

for (uint l_mut_1727 = uint(0); l_mut_1727 < l_1723; ++l_mut_1727) {
const float l_1728 = shared_memory_33[l_mut_1727];
l_mut_243 = l_mut_243 + l_1728;
}
const float l_1729 = float {simd_sum(l_mut_233)
};
const uint l_1730 = total_thread_in_threadgroup + simd_size;
const uint l_1731 = l_1730 - uint(1);
const uint l_1732 = l_1731 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1733 = thread_index_in_threadgroup % simd_size;
const bool l_1734 = l_1733 == uint(0);
if (l_1734) {
const uint l_1735 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1735] = l_1729;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_233 = float(0.0);

for (uint l_mut_1736 = uint(0); l_mut_1736 < l_1732; ++l_mut_1736) {
const float l_1737 = shared_memory_33[l_mut_1736];
l_mut_233 = l_mut_233 + l_1737;
}
const float l_1738 = float {simd_sum(l_mut_232)
};
const uint l_1739 = total_thread_in_threadgroup + simd_size;
const uint l_1740 = l_1739 - uint(1);
const uint l_1741 = l_1740 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1742 = thread_index_in_threadgroup % simd_size;
const bool l_1743 = l_1742 == uint(0);
if (l_1743) {
const uint l_1744 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1744] = l_1738;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_1745 = uint(0); l_mut_1745 < l_1741; ++l_mut_1745) {
const float l_1746 = shared_memory_33[l_mut_1745];
l_mut_232 = l_mut_232 + l_1746;
}
const float l_1747 = float {simd_sum(l_mut_231)
};
const uint l_1748 = total_thread_in_threadgroup + simd_size;
const uint l_1749 = l_1748 - uint(1);
const uint l_1750 = l_1749 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1751 = thread_index_in_threadgroup % simd_size;
const bool l_1752 = l_1751 == uint(0);
if (l_1752) {
const uint l_1753 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1753] = l_1747;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_1754 = uint(0); l_mut_1754 < l_1750; ++l_mut_1754) {
const float l_1755 = shared_memory_33[l_mut_1754];
l_mut_231 = l_mut_231 + l_1755;
}
const float l_1756 = float {simd_sum(l_mut_230)
};
const uint l_1757 = total_thread_in_threadgroup + simd_size;
const uint l_1758 = l_1757 - uint(1);
const uint l_1759 = l_1758 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1760 = thread_index_in_threadgroup % simd_size;
const bool l_1761 = l_1760 == uint(0);
if (l_1761) {
const uint l_1762 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1762] = l_1756;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_1763 = uint(0); l_mut_1763 < l_1759; ++l_mut_1763) {
const float l_1764 = shared_memory_33[l_mut_1763];
l_mut_230 = l_mut_230 + l_1764;
}
const float l_1765 = float {simd_sum(l_mut_229)
};
const uint l_1766 = total_thread_in_threadgroup + simd_size;
const uint l_1767 = l_1766 - uint(1);
const uint l_1768 = l_1767 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1769 = thread_index_in_threadgroup % simd_size;
const bool l_1770 = l_1769 == uint(0);
if (l_1770) {
const uint l_1771 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1771] = l_1765;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_1772 = uint(0); l_mut_1772 < l_1768; ++l_mut_1772) {
const float l_1773 = shared_memory_33[l_mut_1772];
l_mut_229 = l_mut_229 + l_1773;
}
const float l_1774 = float {simd_sum(l_mut_228)
};
const uint l_1775 = total_thread_in_threadgroup + simd_size;
const uint l_1776 = l_1775 - uint(1);
const uint l_1777 = l_1776 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1778 = thread_index_in_threadgroup % simd_size;
const bool l_1779 = l_1778 == uint(0);
if (l_1779) {
const uint l_1780 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1780] = l_1774;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_1781 = uint(0); l_mut_1781 < l_1777; ++l_mut_1781) {
const float l_1782 = shared_memory_33[l_mut_1781];
l_mut_228 = l_mut_228 + l_1782;
}
const float l_1783 = float {simd_sum(l_mut_227)
};
const uint l_1784 = total_thread_in_threadgroup + simd_size;
const uint l_1785 = l_1784 - uint(1);
const uint l_1786 = l_1785 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1787 = thread_index_in_threadgroup % simd_size;
const bool l_1788 = l_1787 == uint(0);
if (l_1788) {
const uint l_1789 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1789] = l_1783;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_1790 = uint(0); l_mut_1790 < l_1786; ++l_mut_1790) {
const float l_1791 = shared_memory_33[l_mut_1790];
l_mut_227 = l_mut_227 + l_1791;
}
const float l_1792 = float {simd_sum(l_mut_226)
};
const uint l_1793 = total_thread_in_threadgroup + simd_size;
const uint l_1794 = l_1793 - uint(1);
const uint l_1795 = l_1794 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1796 = thread_index_in_threadgroup % simd_size;
const bool l_1797 = l_1796 == uint(0);
if (l_1797) {
const uint l_1798 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1798] = l_1792;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_1799 = uint(0); l_mut_1799 < l_1795; ++l_mut_1799) {
const float l_1800 = shared_memory_33[l_mut_1799];
l_mut_226 = l_mut_226 + l_1800;
}
const float l_1801 = float {simd_sum(l_mut_225)
};
const uint l_1802 = total_thread_in_threadgroup + simd_size;
const uint l_1803 = l_1802 - uint(1);
const uint l_1804 = l_1803 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1805 = thread_index_in_threadgroup % simd_size;
const bool l_1806 = l_1805 == uint(0);
if (l_1806) {
const uint l_1807 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1807] = l_1801;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_1808 = uint(0); l_mut_1808 < l_1804; ++l_mut_1808) {
const float l_1809 = shared_memory_33[l_mut_1808];
l_mut_225 = l_mut_225 + l_1809;
}
const float l_1810 = float {simd_sum(l_mut_224)
};
const uint l_1811 = total_thread_in_threadgroup + simd_size;
const uint l_1812 = l_1811 - uint(1);
const uint l_1813 = l_1812 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1814 = thread_index_in_threadgroup % simd_size;
const bool l_1815 = l_1814 == uint(0);
if (l_1815) {
const uint l_1816 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1816] = l_1810;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_1817 = uint(0); l_mut_1817 < l_1813; ++l_mut_1817) {
const float l_1818 = shared_memory_33[l_mut_1817];
l_mut_224 = l_mut_224 + l_1818;
}
const float l_1819 = float {simd_sum(l_mut_223)
};
const uint l_1820 = total_thread_in_threadgroup + simd_size;
const uint l_1821 = l_1820 - uint(1);
const uint l_1822 = l_1821 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1823 = thread_index_in_threadgroup % simd_size;
const bool l_1824 = l_1823 == uint(0);
if (l_1824) {
const uint l_1825 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1825] = l_1819;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_1826 = uint(0); l_mut_1826 < l_1822; ++l_mut_1826) {
const float l_1827 = shared_memory_33[l_mut_1826];
l_mut_223 = l_mut_223 + l_1827;
}
const float l_1828 = float {simd_sum(l_mut_222)
};
const uint l_1829 = total_thread_in_threadgroup + simd_size;
const uint l_1830 = l_1829 - uint(1);
const uint l_1831 = l_1830 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1832 = thread_index_in_threadgroup % simd_size;
const bool l_1833 = l_1832 == uint(0);
if (l_1833) {
const uint l_1834 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1834] = l_1828;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_1835 = uint(0); l_mut_1835 < l_1831; ++l_mut_1835) {
const float l_1836 = shared_memory_33[l_mut_1835];
l_mut_222 = l_mut_222 + l_1836;
}
const float l_1837 = float {simd_sum(l_mut_221)
};
const uint l_1838 = total_thread_in_threadgroup + simd_size;
const uint l_1839 = l_1838 - uint(1);
const uint l_1840 = l_1839 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1841 = thread_index_in_threadgroup % simd_size;
const bool l_1842 = l_1841 == uint(0);
if (l_1842) {
const uint l_1843 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1843] = l_1837;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1844 = uint(0); l_mut_1844 < l_1840; ++l_mut_1844) {
const float l_1845 = shared_memory_33[l_mut_1844];
l_mut_221 = l_mut_221 + l_1845;
}
const float l_1846 = float {simd_sum(l_mut_220)
};
const uint l_1847 = total_thread_in_threadgroup + simd_size;
const uint l_1848 = l_1847 - uint(1);
const uint l_1849 = l_1848 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1850 = thread_index_in_threadgroup % simd_size;
const bool l_1851 = l_1850 == uint(0);
if (l_1851) {
const uint l_1852 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1852] = l_1846;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_1853 = uint(0); l_mut_1853 < l_1849; ++l_mut_1853) {
const float l_1854 = shared_memory_33[l_mut_1853];
l_mut_220 = l_mut_220 + l_1854;
}
const bool l_1855 = thread_index_in_threadgroup == uint(0);
if (l_1855) {
shared_memory_32[uint(0)] = l_mut_259;
shared_memory_32[uint(1)] = l_mut_243;
shared_memory_32[uint(2)] = l_mut_233;
shared_memory_32[uint(3)] = l_mut_232;
shared_memory_32[uint(4)] = l_mut_231;
shared_memory_32[uint(5)] = l_mut_230;
shared_memory_32[uint(6)] = l_mut_229;
shared_memory_32[uint(7)] = l_mut_228;
shared_memory_32[uint(8)] = l_mut_227;
shared_memory_32[uint(9)] = l_mut_226;
shared_memory_32[uint(10)] = l_mut_225;
shared_memory_32[uint(11)] = l_mut_224;
shared_memory_32[uint(12)] = l_mut_223;
shared_memory_32[uint(13)] = l_mut_222;
shared_memory_32[uint(14)] = l_mut_221;
shared_memory_32[uint(15)] = l_mut_220;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);
l_mut_234 = uint(0);
l_mut_525 = bool(false);
l_mut_243 = float(0.0);

for (uint l_mut_1856 = uint(0); l_mut_1856 < uint(16); ++l_mut_1856) {
l_mut_215 = l_mut_1856;
l_mut_233 = l_mut_259;
const float l_1857 = shared_memory_32[l_mut_215];
l_mut_259 = l_mut_259 + l_1857;
const bool l_1858 = !l_mut_525;
const float l_1859 = l_mut_1184 + l_mut_259;
const bool l_1860 = l_1859 >= l_1568;
const bool l_1861 = l_1858 && l_1860;
if (l_1861) {
l_mut_234 = l_mut_215;
l_mut_525 = bool(true);
l_mut_243 = l_mut_233;
}
}
l_mut_1184 = l_mut_1184 + l_mut_243;
const uint l_1862 = l_mut_234 << l_1572;
l_mut_568 = l_mut_568 | l_1862;
}
l_mut_983 = l_mut_983 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1863 = thread_index_in_threadgroup == uint(0);
if (l_1863) {
shared_memory_31[uint(3)] = l_mut_568;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1864 = shared_memory_31[uint(3)];
l_mut_927 = l_1864;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_39 = l_1478;
l_mut_38 = l_mut_927;
} else {
const bool l_1865 = l_1478 == l_mut_39;
const bool l_1866 = l_1478 != uint(0);
const bool l_1867 = l_1865 && l_1866;
if (l_1867) {
const uint l_1868 = ~l_1478;
l_mut_983 = l_1868;
const bool l_1869 = l_1478 >= uint(2147483648);
if (l_1869) {
const uint l_1870 = l_1478 & uint(2147483647);
l_mut_983 = l_1870;
}
const float l_1871 = reinterpret_cast<thread float const&>(l_mut_983);
l_mut_1184 = float(1.0);
const bool l_1872 = l_1871 != l_mut_61;
if (l_1872) {
const float l_1873 = l_1871 - l_mut_61;
const float l_1874 = l_1873 * l_mut_22;
const float l_1875 = exp(l_1874);
l_mut_1184 = l_1875;
}
const float l_1876 = l_1154 - l_1480;
const float l_1877 = l_1876 / l_mut_1184;
l_mut_983 = uint(16777216);
const bool l_1878 = l_1877 < float(16777216.0);
if (l_1878) {
const uint l_1879 = uint(l_1877);
l_mut_983 = l_1879;
const float l_1880 = float(l_mut_983);
const bool l_1881 = l_1880 < l_1877;
if (l_1881) {
l_mut_983 = l_mut_983 + uint(1);
}
}
const bool l_1882 = l_mut_983 < uint(1);
if (l_1882) {
l_mut_983 = uint(1);
}
l_mut_1184 = float(0.0);
l_mut_927 = uint(0);
l_mut_568 = thread_index_in_threadgroup;
while (true) {
const bool l_1883 = l_mut_568 < l_25;
const bool l_1884 = !l_1883;
if (l_1884) {
break;}
const uint l_1885 = l_26 + l_mut_568;
const float_4 l_1886 = buffer_0[l_1885];
const uint l_1887 = l_mut_568 * uint(4);
const uint l_1888 = l_1887 + uint(0);
const float l_1889 = l_1886.i_0;
l_mut_259 = l_1889;
const uint l_1890 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1890;
const bool l_1891 = l_mut_248 == uint(2147483648);
if (l_1891) {
l_mut_248 = uint(0);
}
const uint l_1892 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1892;
const bool l_1893 = l_mut_248 >= uint(2147483648);
if (l_1893) {
const uint l_1894 = ~l_mut_248;
l_mut_245 = l_1894;
}
const bool l_1895 = l_mut_245 > l_mut_39;
const bool l_1896 = l_mut_245 == l_mut_39;
const bool l_1897 = l_1888 <= l_mut_38;
const bool l_1898 = l_1896 && l_1897;
const bool l_1899 = l_1895 || l_1898;
if (l_1899) {
const bool l_1900 = l_mut_245 == l_1478;
if (l_1900) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
const uint l_1901 = l_mut_568 * uint(4);
const uint l_1902 = l_1901 + uint(1);
const float l_1903 = l_1886.i_1;
l_mut_259 = l_1903;
const uint l_1904 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1904;
const bool l_1905 = l_mut_248 == uint(2147483648);
if (l_1905) {
l_mut_248 = uint(0);
}
const uint l_1906 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1906;
const bool l_1907 = l_mut_248 >= uint(2147483648);
if (l_1907) {
const uint l_1908 = ~l_mut_248;
l_mut_245 = l_1908;
}
const bool l_1909 = l_mut_245 > l_mut_39;
const bool l_1910 = l_mut_245 == l_mut_39;
const bool l_1911 = l_1902 <= l_mut_38;
const bool l_1912 = l_1910 && l_1911;
const bool l_1913 = l_1909 || l_1912;
if (l_1913) {
const bool l_1914 = l_mut_245 == l_1478;
if (l_1914) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
const uint l_1915 = l_mut_568 * uint(4);
const uint l_1916 = l_1915 + uint(2);
const float l_1917 = l_1886.i_2;
l_mut_259 = l_1917;
const uint l_1918 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1918;
const bool l_1919 = l_mut_248 == uint(2147483648);
if (l_1919) {
l_mut_248 = uint(0);
}
const uint l_1920 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1920;
const bool l_1921 = l_mut_248 >= uint(2147483648);
if (l_1921) {
const uint l_1922 = ~l_mut_248;
l_mut_245 = l_1922;
}
const bool l_1923 = l_mut_245 > l_mut_39;
const bool l_1924 = l_mut_245 == l_mut_39;
const bool l_1925 = l_1916 <= l_mut_38;
const bool l_1926 = l_1924 && l_1925;
const bool l_1927 = l_1923 || l_1926;
if (l_1927) {
const bool l_1928 = l_mut_245 == l_1478;
if (l_1928) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
const uint l_1929 = l_mut_568 * uint(4);
const uint l_1930 = l_1929 + uint(3);
const float l_1931 = l_1886.i_3;
l_mut_259 = l_1931;
const uint l_1932 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_248 = l_1932;
const bool l_1933 = l_mut_248 == uint(2147483648);
if (l_1933) {
l_mut_248 = uint(0);
}
const uint l_1934 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1934;
const bool l_1935 = l_mut_248 >= uint(2147483648);
if (l_1935) {
const uint l_1936 = ~l_mut_248;
l_mut_245 = l_1936;
}
const bool l_1937 = l_mut_245 > l_mut_39;
const bool l_1938 = l_mut_245 == l_mut_39;
const bool l_1939 = l_1930 <= l_mut_38;
const bool l_1940 = l_1938 && l_1939;
const bool l_1941 = l_1937 || l_1940;
if (l_1941) {
const bool l_1942 = l_mut_245 == l_1478;
if (l_1942) {
l_mut_1184 = l_mut_1184 + float(1.0);
}
}
l_mut_568 = l_mut_568 + total_thread_in_threadgroup;
}
const float l_1943 = float {simd_sum(l_mut_1184)
};
const uint l_1944 = total_thread_in_threadgroup + simd_size;
const uint l_1945 = l_1944 - uint(1);
const uint l_1946 = l_1945 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1947 = thread_index_in_threadgroup % simd_size;
const bool l_1948 = l_1947 == uint(0);
if (l_1948) {
const uint l_1949 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1949] = l_1943;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1184 = float(0.0);

for (uint l_mut_1950 = uint(0); l_mut_1950 < l_1946; ++l_mut_1950) {
const float l_1951 = shared_memory_33[l_mut_1950];
l_mut_1184 = l_mut_1184 + l_1951;
}
const uint l_1952 = uint(l_mut_1184);
const bool l_1953 = l_mut_983 < l_1952;
if (l_1953) {
l_mut_927 = uint(0);
l_mut_1184 = float(0.0);
const float l_1954 = float(l_mut_983);
l_mut_983 = uint(0);
while (true) {
const bool l_1955 = l_mut_983 < uint(8);
const bool l_1956 = !l_1955;
if (l_1956) {
break;}
const uint l_1957 = uint(4) * l_mut_983;
const uint l_1958 = uint(28) - l_1957;
const uint l_1959 = info.scalars_uint[1] - uint(1);
const uint l_1960 = l_1959 >> l_1958;
const bool l_1961 = l_1960 > uint(0);
if (l_1961) {
l_mut_568 = uint(0);
const bool l_1962 = l_mut_983 > uint(0);
if (l_1962) {
const uint l_1963 = l_1958 + uint(4);
const uint l_1964 = uint(4294967295) << l_1963;
l_mut_568 = l_1964;
}
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_232 = float(0.0);
l_mut_231 = float(0.0);
l_mut_230 = float(0.0);
l_mut_229 = float(0.0);
l_mut_228 = float(0.0);
l_mut_227 = float(0.0);
l_mut_226 = float(0.0);
l_mut_225 = float(0.0);
l_mut_224 = float(0.0);
l_mut_223 = float(0.0);
l_mut_222 = float(0.0);
l_mut_221 = float(0.0);
l_mut_220 = float(0.0);
l_mut_248 = uint(0);
l_mut_245 = thread_index_in_threadgroup;
while (true) {
const bool l_1965 = l_mut_245 < l_25;
const bool l_1966 = !l_1965;
if (l_1966) {
break;}
const uint l_1967 = l_26 + l_mut_245;
const float_4 l_1968 = buffer_0[l_1967];
const uint l_1969 = l_mut_245 * uint(4);
const uint l_1970 = l_1969 + uint(0);
const float l_1971 = l_1968.i_0;
l_mut_219 = l_1971;
const uint l_1972 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_235 = l_1972;
const bool l_1973 = l_mut_235 == uint(2147483648);
if (l_1973) {
l_mut_235 = uint(0);
}
const uint l_1974 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1974;
const bool l_1975 = l_mut_235 >= uint(2147483648);
if (l_1975) {
const uint l_1976 = ~l_mut_235;
l_mut_234 = l_1976;
}
const bool l_1977 = l_mut_234 == l_1478;
const bool l_1978 = l_1970 <= l_mut_38;
const bool l_1979 = l_1977 && l_1978;
const uint l_1980 = l_1970 & l_mut_568;
const bool l_1981 = l_1980 == l_mut_927;
const bool l_1982 = l_1979 && l_1981;
if (l_1982) {
const uint l_1983 = l_1970 >> l_1958;
const uint l_1984 = l_1983 & uint(15);
const bool l_1985 = l_1984 == uint(0);
if (l_1985) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_1986 = l_1984 == uint(1);
if (l_1986) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_1987 = l_1984 == uint(2);
if (l_1987) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_1988 = l_1984 == uint(3);
if (l_1988) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_1989 = l_1984 == uint(4);
if (l_1989) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_1990 = l_1984 == uint(5);
if (l_1990) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_1991 = l_1984 == uint(6);
if (l_1991) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_1992 = l_1984 == uint(7);
if (l_1992) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_1993 = l_1984 == uint(8);
if (l_1993) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_1994 = l_1984 == uint(9);
if (l_1994) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_1995 = l_1984 == uint(10);
if (l_1995) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_1996 = l_1984 == uint(11);
if (l_1996) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_1997 = l_1984 == uint(12);
if (l_1997) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_1998 = l_1984 == uint(13);
if (l_1998) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_1999 = l_1984 == uint(14);
if (l_1999) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_2000 = l_1984 == uint(15);
if (l_2000) {
l_mut_220 = l_mut_220 + float(1.0);
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
const uint l_2001 = l_mut_245 * uint(4);
const uint l_2002 = l_2001 + uint(1);
const float l_2003 = l_1968.i_1;
l_mut_219 = l_2003;
const uint l_2004 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_235 = l_2004;
const bool l_2005 = l_mut_235 == uint(2147483648);
if (l_2005) {
l_mut_235 = uint(0);
}
const uint l_2006 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2006;
const bool l_2007 = l_mut_235 >= uint(2147483648);
if (l_2007) {
const uint l_2008 = ~l_mut_235;
l_mut_234 = l_2008;
}
const bool l_2009 = l_mut_234 == l_1478;
const bool l_2010 = l_2002 <= l_mut_38;
const bool l_2011 = l_2009 && l_2010;
const uint l_2012 = l_2002 & l_mut_568;
const bool l_2013 = l_2012 == l_mut_927;
const bool l_2014 = l_2011 && l_2013;
if (l_2014) {
const uint l_2015 = l_2002 >> l_1958;
const uint l_2016 = l_2015 & uint(15);
const bool l_2017 = l_2016 == uint(0);
if (l_2017) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_2018 = l_2016 == uint(1);
if (l_2018) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_2019 = l_2016 == uint(2);
if (l_2019) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_2020 = l_2016 == uint(3);
if (l_2020) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_2021 = l_2016 == uint(4);
if (l_2021) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_2022 = l_2016 == uint(5);
if (l_2022) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_2023 = l_2016 == uint(6);
if (l_2023) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_2024 = l_2016 == uint(7);
if (l_2024) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_2025 = l_2016 == uint(8);
if (l_2025) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_2026 = l_2016 == uint(9);
if (l_2026) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_2027 = l_2016 == uint(10);
if (l_2027) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_2028 = l_2016 == uint(11);
if (l_2028) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_2029 = l_2016 == uint(12);
if (l_2029) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_2030 = l_2016 == uint(13);
if (l_2030) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_2031 = l_2016 == uint(14);
if (l_2031) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_2032 = l_2016 == uint(15);
if (l_2032) {
l_mut_220 = l_mut_220 + float(1.0);
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
const uint l_2033 = l_mut_245 * uint(4);
const uint l_2034 = l_2033 + uint(2);
const float l_2035 = l_1968.i_2;
l_mut_219 = l_2035;
const uint l_2036 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_235 = l_2036;
const bool l_2037 = l_mut_235 == uint(2147483648);
if (l_2037) {
l_mut_235 = uint(0);
}
const uint l_2038 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2038;
const bool l_2039 = l_mut_235 >= uint(2147483648);
if (l_2039) {
const uint l_2040 = ~l_mut_235;
l_mut_234 = l_2040;
}
const bool l_2041 = l_mut_234 == l_1478;
const bool l_2042 = l_2034 <= l_mut_38;
const bool l_2043 = l_2041 && l_2042;
const uint l_2044 = l_2034 & l_mut_568;
const bool l_2045 = l_2044 == l_mut_927;
const bool l_2046 = l_2043 && l_2045;
if (l_2046) {
const uint l_2047 = l_2034 >> l_1958;
const uint l_2048 = l_2047 & uint(15);
const bool l_2049 = l_2048 == uint(0);
if (l_2049) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_2050 = l_2048 == uint(1);
if (l_2050) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_2051 = l_2048 == uint(2);
if (l_2051) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_2052 = l_2048 == uint(3);
if (l_2052) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_2053 = l_2048 == uint(4);
if (l_2053) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_2054 = l_2048 == uint(5);
if (l_2054) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_2055 = l_2048 == uint(6);
if (l_2055) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_2056 = l_2048 == uint(7);
if (l_2056) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_2057 = l_2048 == uint(8);
if (l_2057) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_2058 = l_2048 == uint(9);
if (l_2058) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_2059 = l_2048 == uint(10);
if (l_2059) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_2060 = l_2048 == uint(11);
if (l_2060) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_2061 = l_2048 == uint(12);
if (l_2061) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_2062 = l_2048 == uint(13);
if (l_2062) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_2063 = l_2048 == uint(14);
if (l_2063) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_2064 = l_2048 == uint(15);
if (l_2064) {
l_mut_220 = l_mut_220 + float(1.0);
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
const uint l_2065 = l_mut_245 * uint(4);
const uint l_2066 = l_2065 + uint(3);
const float l_2067 = l_1968.i_3;
l_mut_219 = l_2067;
const uint l_2068 = reinterpret_cast<thread uint const&>(l_mut_219);
l_mut_235 = l_2068;
const bool l_2069 = l_mut_235 == uint(2147483648);
if (l_2069) {
l_mut_235 = uint(0);
}
const uint l_2070 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2070;
const bool l_2071 = l_mut_235 >= uint(2147483648);
if (l_2071) {
const uint l_2072 = ~l_mut_235;
l_mut_234 = l_2072;
}
const bool l_2073 = l_mut_234 == l_1478;
const bool l_2074 = l_2066 <= l_mut_38;
const bool l_2075 = l_2073 && l_2074;
const uint l_2076 = l_2066 & l_mut_568;
const bool l_2077 = l_2076 == l_mut_927;
const bool l_2078 = l_2075 && l_2077;
if (l_2078) {
const uint l_2079 = l_2066 >> l_1958;
const uint l_2080 = l_2079 & uint(15);
const bool l_2081 = l_2080 == uint(0);
if (l_2081) {
l_mut_259 = l_mut_259 + float(1.0);
} else {
const bool l_2082 = l_2080 == uint(1);
if (l_2082) {
l_mut_243 = l_mut_243 + float(1.0);
} else {
const bool l_2083 = l_2080 == uint(2);
if (l_2083) {
l_mut_233 = l_mut_233 + float(1.0);
} else {
const bool l_2084 = l_2080 == uint(3);
if (l_2084) {
l_mut_232 = l_mut_232 + float(1.0);
} else {
const bool l_2085 = l_2080 == uint(4);
if (l_2085) {
l_mut_231 = l_mut_231 + float(1.0);
} else {
const bool l_2086 = l_2080 == uint(5);
if (l_2086) {
l_mut_230 = l_mut_230 + float(1.0);
} else {
const bool l_2087 = l_2080 == uint(6);
if (l_2087) {
l_mut_229 = l_mut_229 + float(1.0);
} else {
const bool l_2088 = l_2080 == uint(7);
if (l_2088) {
l_mut_228 = l_mut_228 + float(1.0);
} else {
const bool l_2089 = l_2080 == uint(8);
if (l_2089) {
l_mut_227 = l_mut_227 + float(1.0);
} else {
const bool l_2090 = l_2080 == uint(9);
if (l_2090) {
l_mut_226 = l_mut_226 + float(1.0);
} else {
const bool l_2091 = l_2080 == uint(10);
if (l_2091) {
l_mut_225 = l_mut_225 + float(1.0);
} else {
const bool l_2092 = l_2080 == uint(11);
if (l_2092) {
l_mut_224 = l_mut_224 + float(1.0);
} else {
const bool l_2093 = l_2080 == uint(12);
if (l_2093) {
l_mut_223 = l_mut_223 + float(1.0);
} else {
const bool l_2094 = l_2080 == uint(13);
if (l_2094) {
l_mut_222 = l_mut_222 + float(1.0);
} else {
const bool l_2095 = l_2080 == uint(14);
if (l_2095) {
l_mut_221 = l_mut_221 + float(1.0);
} else {
const bool l_2096 = l_2080 == uint(15);
if (l_2096) {
l_mut_220 = l_mut_220 + float(1.0);
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
l_mut_245 = l_mut_245 + total_thread_in_threadgroup;
}
const float l_2097 = float {simd_sum(l_mut_259)
};
const uint l_2098 = total_thread_in_threadgroup + simd_size;
const uint l_2099 = l_2098 - uint(1);
const uint l_2100 = l_2099 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2101 = thread_index_in_threadgroup % simd_size;
const bool l_2102 = l_2101 == uint(0);
if (l_2102) {
const uint l_2103 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2103] = l_2097;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);

for (uint l_mut_2104 = uint(0); l_mut_2104 < l_2100; ++l_mut_2104) {
const float l_2105 = shared_memory_33[l_mut_2104];
l_mut_259 = l_mut_259 + l_2105;
}
const float l_2106 = float {simd_sum(l_mut_243)
};
const uint l_2107 = total_thread_in_threadgroup + simd_size;
const uint l_2108 = l_2107 - uint(1);
const uint l_2109 = l_2108 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2110 = thread_index_in_threadgroup % simd_size;
const bool l_2111 = l_2110 == uint(0);
if (l_2111) {
const uint l_2112 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2112] = l_2106;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = float(0.0);

for (uint l_mut_2113 = uint(0); l_mut_2113 < l_2109; ++l_mut_2113) {
const float l_2114 = shared_memory_33[l_mut_2113];
l_mut_243 = l_mut_243 + l_2114;
}
const float l_2115 = float {simd_sum(l_mut_233)
};
const uint l_2116 = total_thread_in_threadgroup + simd_size;
const uint l_2117 = l_2116 - uint(1);
const uint l_2118 = l_2117 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2119 = thread_index_in_threadgroup % simd_size;
const bool l_2120 = l_2119 == uint(0);
if (l_2120) {
const uint l_2121 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2121] = l_2115;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_233 = float(0.0);

for (uint l_mut_2122 = uint(0); l_mut_2122 < l_2118; ++l_mut_2122) {
const float l_2123 = shared_memory_33[l_mut_2122];
l_mut_233 = l_mut_233 + l_2123;
}
const float l_2124 = float {simd_sum(l_mut_232)
};
const uint l_2125 = total_thread_in_threadgroup + simd_size;
const uint l_2126 = l_2125 - uint(1);
const uint l_2127 = l_2126 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2128 = thread_index_in_threadgroup % simd_size;
const bool l_2129 = l_2128 == uint(0);
if (l_2129) {
const uint l_2130 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2130] = l_2124;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_2131 = uint(0); l_mut_2131 < l_2127; ++l_mut_2131) {
const float l_2132 = shared_memory_33[l_mut_2131];
l_mut_232 = l_mut_232 + l_2132;
}
const float l_2133 = float {simd_sum(l_mut_231)
};
const uint l_2134 = total_thread_in_threadgroup + simd_size;
const uint l_2135 = l_2134 - uint(1);
const uint l_2136 = l_2135 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2137 = thread_index_in_threadgroup % simd_size;
const bool l_2138 = l_2137 == uint(0);
if (l_2138) {
const uint l_2139 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2139] = l_2133;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_2140 = uint(0); l_mut_2140 < l_2136; ++l_mut_2140) {
const float l_2141 = shared_memory_33[l_mut_2140];
l_mut_231 = l_mut_231 + l_2141;
}
const float l_2142 = float {simd_sum(l_mut_230)
};
const uint l_2143 = total_thread_in_threadgroup + simd_size;
const uint l_2144 = l_2143 - uint(1);
const uint l_2145 = l_2144 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2146 = thread_index_in_threadgroup % simd_size;
const bool l_2147 = l_2146 == uint(0);
if (l_2147) {
const uint l_2148 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2148] = l_2142;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_2149 = uint(0); l_mut_2149 < l_2145; ++l_mut_2149) {
const float l_2150 = shared_memory_33[l_mut_2149];
l_mut_230 = l_mut_230 + l_2150;
}
const float l_2151 = float {simd_sum(l_mut_229)
};
const uint l_2152 = total_thread_in_threadgroup + simd_size;
const uint l_2153 = l_2152 - uint(1);
const uint l_2154 = l_2153 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2155 = thread_index_in_threadgroup % simd_size;
const bool l_2156 = l_2155 == uint(0);
if (l_2156) {
const uint l_2157 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2157] = l_2151;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_2158 = uint(0); l_mut_2158 < l_2154; ++l_mut_2158) {
const float l_2159 = shared_memory_33[l_mut_2158];
l_mut_229 = l_mut_229 + l_2159;
}
const float l_2160 = float {simd_sum(l_mut_228)
};
const uint l_2161 = total_thread_in_threadgroup + simd_size;
const uint l_2162 = l_2161 - uint(1);
const uint l_2163 = l_2162 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2164 = thread_index_in_threadgroup % simd_size;
const bool l_2165 = l_2164 == uint(0);
if (l_2165) {
const uint l_2166 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2166] = l_2160;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_2167 = uint(0); l_mut_2167 < l_2163; ++l_mut_2167) {
const float l_2168 = shared_memory_33[l_mut_2167];
l_mut_228 = l_mut_228 + l_2168;
}
const float l_2169 = float {simd_sum(l_mut_227)
};
const uint l_2170 = total_thread_in_threadgroup + simd_size;
const uint l_2171 = l_2170 - uint(1);
const uint l_2172 = l_2171 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2173 = thread_index_in_threadgroup % simd_size;
const bool l_2174 = l_2173 == uint(0);
if (l_2174) {
const uint l_2175 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2175] = l_2169;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_2176 = uint(0); l_mut_2176 < l_2172; ++l_mut_2176) {
const float l_2177 = shared_memory_33[l_mut_2176];
l_mut_227 = l_mut_227 + l_2177;
}
const float l_2178 = float {simd_sum(l_mut_226)
};
const uint l_2179 = total_thread_in_threadgroup + simd_size;
const uint l_2180 = l_2179 - uint(1);
const uint l_2181 = l_2180 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2182 = thread_index_in_threadgroup % simd_size;
const bool l_2183 = l_2182 == uint(0);
if (l_2183) {
const uint l_2184 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2184] = l_2178;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_2185 = uint(0); l_mut_2185 < l_2181; ++l_mut_2185) {
const float l_2186 = shared_memory_33[l_mut_2185];
l_mut_226 = l_mut_226 + l_2186;
}
const float l_2187 = float {simd_sum(l_mut_225)
};
const uint l_2188 = total_thread_in_threadgroup + simd_size;
const uint l_2189 = l_2188 - uint(1);
const uint l_2190 = l_2189 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2191 = thread_index_in_threadgroup % simd_size;
const bool l_2192 = l_2191 == uint(0);
if (l_2192) {
const uint l_2193 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2193] = l_2187;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_2194 = uint(0); l_mut_2194 < l_2190; ++l_mut_2194) {
const float l_2195 = shared_memory_33[l_mut_2194];
l_mut_225 = l_mut_225 + l_2195;
}
const float l_2196 = float {simd_sum(l_mut_224)
};
const uint l_2197 = total_thread_in_threadgroup + simd_size;
const uint l_2198 = l_2197 - uint(1);
const uint l_2199 = l_2198 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2200 = thread_index_in_threadgroup % simd_size;
const bool l_2201 = l_2200 == uint(0);
if (l_2201) {
const uint l_2202 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2202] = l_2196;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_2203 = uint(0); l_mut_2203 < l_2199; ++l_mut_2203) {
const float l_2204 = shared_memory_33[l_mut_2203];
l_mut_224 = l_mut_224 + l_2204;
}
const float l_2205 = float {simd_sum(l_mut_223)
};
const uint l_2206 = total_thread_in_threadgroup + simd_size;
const uint l_2207 = l_2206 - uint(1);
const uint l_2208 = l_2207 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2209 = thread_index_in_threadgroup % simd_size;
const bool l_2210 = l_2209 == uint(0);
if (l_2210) {
const uint l_2211 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2211] = l_2205;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_2212 = uint(0); l_mut_2212 < l_2208; ++l_mut_2212) {
const float l_2213 = shared_memory_33[l_mut_2212];
l_mut_223 = l_mut_223 + l_2213;
}
const float l_2214 = float {simd_sum(l_mut_222)
};
const uint l_2215 = total_thread_in_threadgroup + simd_size;
const uint l_2216 = l_2215 - uint(1);
const uint l_2217 = l_2216 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2218 = thread_index_in_threadgroup % simd_size;
const bool l_2219 = l_2218 == uint(0);
if (l_2219) {
const uint l_2220 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2220] = l_2214;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_2221 = uint(0); l_mut_2221 < l_2217; ++l_mut_2221) {
const float l_2222 = shared_memory_33[l_mut_2221];
l_mut_222 = l_mut_222 + l_2222;
}
const float l_2223 = float {simd_sum(l_mut_221)
};
const uint l_2224 = total_thread_in_threadgroup + simd_size;
const uint l_2225 = l_2224 - uint(1);
const uint l_2226 = l_2225 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2227 = thread_index_in_threadgroup % simd_size;
const bool l_2228 = l_2227 == uint(0);
if (l_2228) {
const uint l_2229 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2229] = l_2223;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_2230 = uint(0); l_mut_2230 < l_2226; ++l_mut_2230) {
const float l_2231 = shared_memory_33[l_mut_2230];
l_mut_221 = l_mut_221 + l_2231;
}
const float l_2232 = float {simd_sum(l_mut_220)
};
const uint l_2233 = total_thread_in_threadgroup + simd_size;
const uint l_2234 = l_2233 - uint(1);
const uint l_2235 = l_2234 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2236 = thread_index_in_threadgroup % simd_size;
const bool l_2237 = l_2236 == uint(0);
if (l_2237) {
const uint l_2238 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2238] = l_2232;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_2239 = uint(0); l_mut_2239 < l_2235; ++l_mut_2239) {
const float l_2240 = shared_memory_33[l_mut_2239];
l_mut_220 = l_mut_220 + l_2240;
}
const bool l_2241 = thread_index_in_threadgroup == uint(0);
if (l_2241) {
shared_memory_32[uint(0)] = l_mut_259;
shared_memory_32[uint(1)] = l_mut_243;
shared_memory_32[uint(2)] = l_mut_233;
shared_memory_32[uint(3)] = l_mut_232;
shared_memory_32[uint(4)] = l_mut_231;
shared_memory_32[uint(5)] = l_mut_230;
shared_memory_32[uint(6)] = l_mut_229;
shared_memory_32[uint(7)] = l_mut_228;
shared_memory_32[uint(8)] = l_mut_227;
shared_memory_32[uint(9)] = l_mut_226;
shared_memory_32[uint(10)] = l_mut_225;
shared_memory_32[uint(11)] = l_mut_224;
shared_memory_32[uint(12)] = l_mut_223;
shared_memory_32[uint(13)] = l_mut_222;
shared_memory_32[uint(14)] = l_mut_221;
shared_memory_32[uint(15)] = l_mut_220;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = float(0.0);
l_mut_235 = uint(0);
l_mut_525 = bool(false);
l_mut_243 = float(0.0);

for (uint l_mut_2242 = uint(0); l_mut_2242 < uint(16); ++l_mut_2242) {
l_mut_234 = l_mut_2242;
l_mut_233 = l_mut_259;
const float l_2243 = shared_memory_32[l_mut_234];
l_mut_259 = l_mut_259 + l_2243;
const bool l_2244 = !l_mut_525;
const float l_2245 = l_mut_1184 + l_mut_259;
const bool l_2246 = l_2245 >= l_1954;
const bool l_2247 = l_2244 && l_2246;
if (l_2247) {
l_mut_235 = l_mut_234;
l_mut_525 = bool(true);
l_mut_243 = l_mut_233;
}
}
l_mut_1184 = l_mut_1184 + l_mut_243;
const uint l_2248 = l_mut_235 << l_1958;
l_mut_927 = l_mut_927 | l_2248;
}
l_mut_983 = l_mut_983 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_2249 = thread_index_in_threadgroup == uint(0);
if (l_2249) {
shared_memory_31[uint(3)] = l_mut_927;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2250 = shared_memory_31[uint(3)];
l_mut_38 = l_2250;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
}
}
}
}
l_mut_983 = info.scalars_uint[5];
l_mut_927 = info.scalars_uint[6];
l_mut_568 = l_1;
l_mut_248 = uint(0);
l_mut_245 = info.scalars_uint[3];
l_mut_235 = info.scalars_uint[4];

for (uint l_mut_2251 = uint(0); l_mut_2251 < uint(10); ++l_mut_2251) {
const uint l_2252 = uint(3528531795) & uint(65535);
const uint l_2253 = uint(3528531795) >> uint(16);
const uint l_2254 = l_mut_983 & uint(65535);
const uint l_2255 = l_mut_983 >> uint(16);
const uint l_2256 = l_2252 * l_2254;
const uint l_2257 = l_2252 * l_2255;
const uint l_2258 = l_2253 * l_2254;
const uint l_2259 = l_2253 * l_2255;
const uint l_2260 = l_2256 >> uint(16);
const uint l_2261 = l_2257 & uint(65535);
const uint l_2262 = l_2260 + l_2261;
const uint l_2263 = l_2258 & uint(65535);
const uint l_2264 = l_2262 + l_2263;
const uint l_2265 = l_2257 >> uint(16);
const uint l_2266 = l_2259 + l_2265;
const uint l_2267 = l_2258 >> uint(16);
const uint l_2268 = l_2266 + l_2267;
const uint l_2269 = l_2264 >> uint(16);
const uint l_2270 = l_2268 + l_2269;
const uint l_2271 = uint(3528531795) * l_mut_983;
const uint l_2272 = uint(3449720151) & uint(65535);
const uint l_2273 = uint(3449720151) >> uint(16);
const uint l_2274 = l_mut_568 & uint(65535);
const uint l_2275 = l_mut_568 >> uint(16);
const uint l_2276 = l_2272 * l_2274;
const uint l_2277 = l_2272 * l_2275;
const uint l_2278 = l_2273 * l_2274;
const uint l_2279 = l_2273 * l_2275;
const uint l_2280 = l_2276 >> uint(16);
const uint l_2281 = l_2277 & uint(65535);
const uint l_2282 = l_2280 + l_2281;
const uint l_2283 = l_2278 & uint(65535);
const uint l_2284 = l_2282 + l_2283;
const uint l_2285 = l_2277 >> uint(16);
const uint l_2286 = l_2279 + l_2285;
const uint l_2287 = l_2278 >> uint(16);
const uint l_2288 = l_2286 + l_2287;
const uint l_2289 = l_2284 >> uint(16);
const uint l_2290 = l_2288 + l_2289;
const uint l_2291 = uint(3449720151) * l_mut_568;
const uint l_2292 = l_2290 ^ l_mut_927;
const uint l_2293 = l_2292 ^ l_mut_245;
const uint l_2294 = l_2270 ^ l_mut_248;
const uint l_2295 = l_2294 ^ l_mut_235;
l_mut_983 = l_2293;
l_mut_927 = l_2291;
l_mut_568 = l_2295;
l_mut_248 = l_2271;
l_mut_245 = l_mut_245 + uint(2654435769);
l_mut_235 = l_mut_235 + uint(3144134277);
}
const uint l_2296 = l_mut_983 >> uint(8);
const float l_2297 = float(l_2296);
const float l_2298 = l_2297 * float(5.960464477539063e-8);
const uint l_2299 = l_25 + total_thread_in_threadgroup;
const uint l_2300 = l_2299 - uint(1);
const uint l_2301 = l_2300 / total_thread_in_threadgroup;
const uint l_2302 = thread_index_in_threadgroup * l_2301;
l_mut_983 = l_2302;
const bool l_2303 = l_mut_983 > l_25;
if (l_2303) {
l_mut_983 = l_25;
}
const uint l_2304 = l_mut_983 + l_2301;
l_mut_927 = l_2304;
const bool l_2305 = l_mut_927 > l_25;
if (l_2305) {
l_mut_927 = l_25;
}
l_mut_568 = uint(0);
l_mut_1184 = float(0.0);
l_mut_248 = uint(0);
l_mut_245 = l_mut_568;

for (uint l_mut_2306 = l_mut_983; l_mut_2306 < l_mut_927; ++l_mut_2306) {
const uint l_2307 = l_26 + l_mut_2306;
const float_4 l_2308 = buffer_0[l_2307];
const uint l_2309 = l_mut_2306 * uint(4);
const uint l_2310 = l_2309 + uint(0);
const float l_2311 = l_2308.i_0;
l_mut_259 = l_2311;
l_mut_243 = float(0.0);
const uint l_2312 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_235 = l_2312;
const bool l_2313 = l_mut_235 == uint(2147483648);
if (l_2313) {
l_mut_235 = uint(0);
}
const uint l_2314 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2314;
const bool l_2315 = l_mut_235 >= uint(2147483648);
if (l_2315) {
const uint l_2316 = ~l_mut_235;
l_mut_234 = l_2316;
}
const bool l_2317 = l_mut_234 > l_mut_39;
const bool l_2318 = l_mut_234 == l_mut_39;
const bool l_2319 = l_2310 <= l_mut_38;
const bool l_2320 = l_2318 && l_2319;
const bool l_2321 = l_2317 || l_2320;
if (l_2321) {
l_mut_233 = float(1.0);
const bool l_2322 = l_mut_259 != l_mut_61;
if (l_2322) {
const float l_2323 = l_mut_259 - l_mut_61;
const float l_2324 = l_2323 * l_mut_22;
const float l_2325 = exp(l_2324);
l_mut_233 = l_2325;
}
l_mut_243 = l_mut_233;
}
l_mut_259 = l_mut_243;
l_mut_1184 = l_mut_1184 + l_mut_259;
const bool l_2326 = l_mut_259 > float(0.0);
if (l_2326) {
const uint l_2327 = l_2310 + uint(1);
l_mut_248 = l_2327;
}
const uint l_2328 = l_mut_2306 * uint(4);
const uint l_2329 = l_2328 + uint(1);
const float l_2330 = l_2308.i_1;
l_mut_259 = l_2330;
l_mut_243 = float(0.0);
const uint l_2331 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_235 = l_2331;
const bool l_2332 = l_mut_235 == uint(2147483648);
if (l_2332) {
l_mut_235 = uint(0);
}
const uint l_2333 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2333;
const bool l_2334 = l_mut_235 >= uint(2147483648);
if (l_2334) {
const uint l_2335 = ~l_mut_235;
l_mut_234 = l_2335;
}
const bool l_2336 = l_mut_234 > l_mut_39;
const bool l_2337 = l_mut_234 == l_mut_39;
const bool l_2338 = l_2329 <= l_mut_38;
const bool l_2339 = l_2337 && l_2338;
const bool l_2340 = l_2336 || l_2339;
if (l_2340) {
l_mut_233 = float(1.0);
const bool l_2341 = l_mut_259 != l_mut_61;
if (l_2341) {
const float l_2342 = l_mut_259 - l_mut_61;
const float l_2343 = l_2342 * l_mut_22;
const float l_2344 = exp(l_2343);
l_mut_233 = l_2344;
}
l_mut_243 = l_mut_233;
}
l_mut_259 = l_mut_243;
l_mut_1184 = l_mut_1184 + l_mut_259;
const bool l_2345 = l_mut_259 > float(0.0);
if (l_2345) {
const uint l_2346 = l_2329 + uint(1);
l_mut_248 = l_2346;
}
const uint l_2347 = l_mut_2306 * uint(4);
const uint l_2348 = l_2347 + uint(2);
const float l_2349 = l_2308.i_2;
l_mut_259 = l_2349;
l_mut_243 = float(0.0);
const uint l_2350 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_235 = l_2350;
const bool l_2351 = l_mut_235 == uint(2147483648);
if (l_2351) {
l_mut_235 = uint(0);
}
const uint l_2352 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2352;
const bool l_2353 = l_mut_235 >= uint(2147483648);
if (l_2353) {
const uint l_2354 = ~l_mut_235;
l_mut_234 = l_2354;
}
const bool l_2355 = l_mut_234 > l_mut_39;
const bool l_2356 = l_mut_234 == l_mut_39;
const bool l_2357 = l_2348 <= l_mut_38;
const bool l_2358 = l_2356 && l_2357;
const bool l_2359 = l_2355 || l_2358;
if (l_2359) {
l_mut_233 = float(1.0);
const bool l_2360 = l_mut_259 != l_mut_61;
if (l_2360) {
const float l_2361 = l_mut_259 - l_mut_61;
const float l_2362 = l_2361 * l_mut_22;
const float l_2363 = exp(l_2362);
l_mut_233 = l_2363;
}
l_mut_243 = l_mut_233;
}
l_mut_259 = l_mut_243;
l_mut_1184 = l_mut_1184 + l_mut_259;
const bool l_2364 = l_mut_259 > float(0.0);
if (l_2364) {
const uint l_2365 = l_2348 + uint(1);
l_mut_248 = l_2365;
}
const uint l_2366 = l_mut_2306 * uint(4);
const uint l_2367 = l_2366 + uint(3);
const float l_2368 = l_2308.i_3;
l_mut_259 = l_2368;
l_mut_243 = float(0.0);
const uint l_2369 = reinterpret_cast<thread uint const&>(l_mut_259);
l_mut_235 = l_2369;
const bool l_2370 = l_mut_235 == uint(2147483648);
if (l_2370) {
l_mut_235 = uint(0);
}
const uint l_2371 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2371;
const bool l_2372 = l_mut_235 >= uint(2147483648);
if (l_2372) {
const uint l_2373 = ~l_mut_235;
l_mut_234 = l_2373;
}
const bool l_2374 = l_mut_234 > l_mut_39;
const bool l_2375 = l_mut_234 == l_mut_39;
const bool l_2376 = l_2367 <= l_mut_38;
const bool l_2377 = l_2375 && l_2376;
const bool l_2378 = l_2374 || l_2377;
if (l_2378) {
l_mut_233 = float(1.0);
const bool l_2379 = l_mut_259 != l_mut_61;
if (l_2379) {
const float l_2380 = l_mut_259 - l_mut_61;
const float l_2381 = l_2380 * l_mut_22;
const float l_2382 = exp(l_2381);
l_mut_233 = l_2382;
}
l_mut_243 = l_mut_233;
}
l_mut_259 = l_mut_243;
l_mut_1184 = l_mut_1184 + l_mut_259;
const bool l_2383 = l_mut_259 > float(0.0);
if (l_2383) {
const uint l_2384 = l_2367 + uint(1);
l_mut_248 = l_2384;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_1184;
l_mut_259 = l_mut_1184;
l_mut_235 = uint(1);
while (true) {
const bool l_2385 = l_mut_235 < total_thread_in_threadgroup;
const bool l_2386 = !l_2385;
if (l_2386) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1184 = float(0.0);
const bool l_2387 = thread_index_in_threadgroup >= l_mut_235;
if (l_2387) {
const uint l_2388 = thread_index_in_threadgroup - l_mut_235;
const float l_2389 = shared_memory_30[l_2388];
l_mut_1184 = l_2389;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_259 = l_mut_259 + l_mut_1184;
shared_memory_30[thread_index_in_threadgroup] = l_mut_259;
l_mut_235 = l_mut_235 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_1184 = float(0.0);
const bool l_2390 = thread_index_in_threadgroup > uint(0);
if (l_2390) {
const uint l_2391 = thread_index_in_threadgroup - uint(1);
const float l_2392 = shared_memory_30[l_2391];
l_mut_1184 = l_2392;
}
const uint l_2393 = total_thread_in_threadgroup - uint(1);
const float l_2394 = shared_memory_30[l_2393];
const float l_2395 = l_2298 * l_2394;
const bool l_2396 = thread_index_in_threadgroup == uint(0);
if (l_2396) {
shared_memory_31[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_243 = l_mut_1184;
const bool l_2397 = l_mut_1184 <= l_2395;
const bool l_2398 = l_mut_259 > l_2395;
const bool l_2399 = l_2397 && l_2398;
if (l_2399) {
l_mut_525 = bool(false);
l_mut_235 = l_mut_568;

for (uint l_mut_2400 = l_mut_983; l_mut_2400 < l_mut_927; ++l_mut_2400) {
const uint l_2401 = l_26 + l_mut_2400;
const float_4 l_2402 = buffer_0[l_2401];
const uint l_2403 = l_mut_2400 * uint(4);
const uint l_2404 = l_2403 + uint(0);
const float l_2405 = l_2402.i_0;
l_mut_1184 = l_2405;
l_mut_259 = float(0.0);
const uint l_2406 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_568 = l_2406;
const bool l_2407 = l_mut_568 == uint(2147483648);
if (l_2407) {
l_mut_568 = uint(0);
}
const uint l_2408 = l_mut_568 | uint(2147483648);
l_mut_234 = l_2408;
const bool l_2409 = l_mut_568 >= uint(2147483648);
if (l_2409) {
const uint l_2410 = ~l_mut_568;
l_mut_234 = l_2410;
}
const bool l_2411 = l_mut_234 > l_mut_39;
const bool l_2412 = l_mut_234 == l_mut_39;
const bool l_2413 = l_2404 <= l_mut_38;
const bool l_2414 = l_2412 && l_2413;
const bool l_2415 = l_2411 || l_2414;
if (l_2415) {
l_mut_233 = float(1.0);
const bool l_2416 = l_mut_1184 != l_mut_61;
if (l_2416) {
const float l_2417 = l_mut_1184 - l_mut_61;
const float l_2418 = l_2417 * l_mut_22;
const float l_2419 = exp(l_2418);
l_mut_233 = l_2419;
}
l_mut_259 = l_mut_233;
}
l_mut_1184 = l_mut_259;
l_mut_243 = l_mut_243 + l_mut_1184;
const bool l_2420 = !l_mut_525;
const bool l_2421 = l_mut_243 > l_2395;
const bool l_2422 = l_2420 && l_2421;
if (l_2422) {
shared_memory_31[uint(0)] = l_2404;
l_mut_525 = bool(true);
}
const uint l_2423 = l_mut_2400 * uint(4);
const uint l_2424 = l_2423 + uint(1);
const float l_2425 = l_2402.i_1;
l_mut_1184 = l_2425;
l_mut_259 = float(0.0);
const uint l_2426 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_568 = l_2426;
const bool l_2427 = l_mut_568 == uint(2147483648);
if (l_2427) {
l_mut_568 = uint(0);
}
const uint l_2428 = l_mut_568 | uint(2147483648);
l_mut_234 = l_2428;
const bool l_2429 = l_mut_568 >= uint(2147483648);
if (l_2429) {
const uint l_2430 = ~l_mut_568;
l_mut_234 = l_2430;
}
const bool l_2431 = l_mut_234 > l_mut_39;
const bool l_2432 = l_mut_234 == l_mut_39;
const bool l_2433 = l_2424 <= l_mut_38;
const bool l_2434 = l_2432 && l_2433;
const bool l_2435 = l_2431 || l_2434;
if (l_2435) {
l_mut_233 = float(1.0);
const bool l_2436 = l_mut_1184 != l_mut_61;
if (l_2436) {
const float l_2437 = l_mut_1184 - l_mut_61;
const float l_2438 = l_2437 * l_mut_22;
const float l_2439 = exp(l_2438);
l_mut_233 = l_2439;
}
l_mut_259 = l_mut_233;
}
l_mut_1184 = l_mut_259;
l_mut_243 = l_mut_243 + l_mut_1184;
const bool l_2440 = !l_mut_525;
const bool l_2441 = l_mut_243 > l_2395;
const bool l_2442 = l_2440 && l_2441;
if (l_2442) {
shared_memory_31[uint(0)] = l_2424;
l_mut_525 = bool(true);
}
const uint l_2443 = l_mut_2400 * uint(4);
const uint l_2444 = l_2443 + uint(2);
const float l_2445 = l_2402.i_2;
l_mut_1184 = l_2445;
l_mut_259 = float(0.0);
const uint l_2446 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_568 = l_2446;
const bool l_2447 = l_mut_568 == uint(2147483648);
if (l_2447) {
l_mut_568 = uint(0);
}
const uint l_2448 = l_mut_568 | uint(2147483648);
l_mut_234 = l_2448;
const bool l_2449 = l_mut_568 >= uint(2147483648);
if (l_2449) {
const uint l_2450 = ~l_mut_568;
l_mut_234 = l_2450;
}
const bool l_2451 = l_mut_234 > l_mut_39;
const bool l_2452 = l_mut_234 == l_mut_39;
const bool l_2453 = l_2444 <= l_mut_38;
const bool l_2454 = l_2452 && l_2453;
const bool l_2455 = l_2451 || l_2454;
if (l_2455) {
l_mut_233 = float(1.0);
const bool l_2456 = l_mut_1184 != l_mut_61;
if (l_2456) {
const float l_2457 = l_mut_1184 - l_mut_61;
const float l_2458 = l_2457 * l_mut_22;
const float l_2459 = exp(l_2458);
l_mut_233 = l_2459;
}
l_mut_259 = l_mut_233;
}
l_mut_1184 = l_mut_259;
l_mut_243 = l_mut_243 + l_mut_1184;
const bool l_2460 = !l_mut_525;
const bool l_2461 = l_mut_243 > l_2395;
const bool l_2462 = l_2460 && l_2461;
if (l_2462) {
shared_memory_31[uint(0)] = l_2444;
l_mut_525 = bool(true);
}
const uint l_2463 = l_mut_2400 * uint(4);
const uint l_2464 = l_2463 + uint(3);
const float l_2465 = l_2402.i_3;
l_mut_1184 = l_2465;
l_mut_259 = float(0.0);
const uint l_2466 = reinterpret_cast<thread uint const&>(l_mut_1184);
l_mut_568 = l_2466;
const bool l_2467 = l_mut_568 == uint(2147483648);
if (l_2467) {
l_mut_568 = uint(0);
}
const uint l_2468 = l_mut_568 | uint(2147483648);
l_mut_234 = l_2468;
const bool l_2469 = l_mut_568 >= uint(2147483648);
if (l_2469) {
const uint l_2470 = ~l_mut_568;
l_mut_234 = l_2470;
}
const bool l_2471 = l_mut_234 > l_mut_39;
const bool l_2472 = l_mut_234 == l_mut_39;
const bool l_2473 = l_2464 <= l_mut_38;
const bool l_2474 = l_2472 && l_2473;
const bool l_2475 = l_2471 || l_2474;
if (l_2475) {
l_mut_233 = float(1.0);
const bool l_2476 = l_mut_1184 != l_mut_61;
if (l_2476) {
const float l_2477 = l_mut_1184 - l_mut_61;
const float l_2478 = l_2477 * l_mut_22;
const float l_2479 = exp(l_2478);
l_mut_233 = l_2479;
}
l_mut_259 = l_mut_233;
}
l_mut_1184 = l_mut_259;
l_mut_243 = l_mut_243 + l_mut_1184;
const bool l_2480 = !l_mut_525;
const bool l_2481 = l_mut_243 > l_2395;
const bool l_2482 = l_2480 && l_2481;
if (l_2482) {
shared_memory_31[uint(0)] = l_2464;
l_mut_525 = bool(true);
}
}
const bool l_2483 = !l_mut_525;
const bool l_2484 = l_mut_248 > uint(0);
const bool l_2485 = l_2483 && l_2484;
if (l_2485) {
const uint l_2486 = l_mut_248 - uint(1);
shared_memory_31[uint(0)] = l_2486;
}
}
const uint l_2488 = uint {simd_max(l_mut_248)
};
const uint l_2489 = total_thread_in_threadgroup + simd_size;
const uint l_2490 = l_2489 - uint(1);
const uint l_2491 = l_2490 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2492 = thread_index_in_threadgroup % simd_size;
const bool l_2493 = l_2492 == uint(0);
if (l_2493) {
const uint l_2494 = thread_index_in_threadgroup / simd_size;
shared_memory_2487[l_2494] = l_2488;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2495 = shared_memory_2487[uint(0)];
l_mut_983 = l_2495;

for (uint l_mut_2496 = uint(1); l_mut_2496 < l_2491; ++l_mut_2496) {
const uint l_2497 = shared_memory_2487[l_mut_2496];
const bool l_2498 = l_2497 > l_mut_983;
if (l_2498) {
l_mut_983 = l_2497;
}
}
const uint l_2499 = shared_memory_31[uint(0)];
l_mut_41 = l_2499;
const bool l_2500 = l_mut_41 == uint(4294967295);
if (l_2500) {
const uint l_2501 = l_mut_983 - uint(1);
l_mut_41 = l_2501;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_2502 = thread_index_in_threadgroup == uint(0);
if (l_2502) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_41;
}
}
}

}
