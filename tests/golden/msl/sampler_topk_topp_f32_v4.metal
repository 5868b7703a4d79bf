
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
threadgroup uint* shared_memory_2500 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 16, 64 bytes
threadgroup float* shared_memory_32 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_31 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_203;
bool l_mut_207;
bool l_mut_3;
bool l_mut_539;
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
float l_mut_405;
float l_mut_415;
float l_mut_425;
float l_mut_435;
float l_mut_445;
float l_mut_455;
float l_mut_465;
float l_mut_475;
float l_mut_485;
float l_mut_495;
float l_mut_49;
float l_mut_505;
float l_mut_515;
float l_mut_525;
float l_mut_535;
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
uint l_mut_582;
uint l_mut_941;
uint l_mut_997;
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
}
const bool l_263 = l_261 == uint(1);
if (l_263) {
l_mut_219 = l_mut_219 + l_mut_259;
}
const bool l_264 = l_261 == uint(2);
if (l_264) {
l_mut_220 = l_mut_220 + l_mut_259;
}
const bool l_265 = l_261 == uint(3);
if (l_265) {
l_mut_221 = l_mut_221 + l_mut_259;
}
const bool l_266 = l_261 == uint(4);
if (l_266) {
l_mut_222 = l_mut_222 + l_mut_259;
}
const bool l_267 = l_261 == uint(5);
if (l_267) {
l_mut_223 = l_mut_223 + l_mut_259;
}
const bool l_268 = l_261 == uint(6);
if (l_268) {
l_mut_224 = l_mut_224 + l_mut_259;
}
const bool l_269 = l_261 == uint(7);
if (l_269) {
l_mut_225 = l_mut_225 + l_mut_259;
}
const bool l_270 = l_261 == uint(8);
if (l_270) {
l_mut_226 = l_mut_226 + l_mut_259;
}
const bool l_271 = l_261 == uint(9);
if (l_271) {
l_mut_227 = l_mut_227 + l_mut_259;
}
const bool l_272 = l_261 == uint(10);
if (l_272) {
l_mut_228 = l_mut_228 + l_mut_259;
}
const bool l_273 = l_261 == uint(11);
if (l_273) {
l_mut_229 = l_mut_229 + l_mut_259;
}
const bool l_274 = l_261 == uint(12);
if (l_274) {
l_mut_230 = l_mut_230 + l_mut_259;
}
const bool l_275 = l_261 == uint(13);
if (l_275) {
l_mut_231 = l_mut_231 + l_mut_259;
}
const bool l_276 = l_261 == uint(14);
if (l_276) {
l_mut_232 = l_mut_232 + l_mut_259;
}
const bool l_277 = l_261 == uint(15);
if (l_277) {
l_mut_233 = l_mut_233 + l_mut_259;
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
}
const bool l_297 = l_295 == uint(1);
if (l_297) {
l_mut_219 = l_mut_219 + l_mut_243;
}
const bool l_298 = l_295 == uint(2);
if (l_298) {
l_mut_220 = l_mut_220 + l_mut_243;
}
const bool l_299 = l_295 == uint(3);
if (l_299) {
l_mut_221 = l_mut_221 + l_mut_243;
}
const bool l_300 = l_295 == uint(4);
if (l_300) {
l_mut_222 = l_mut_222 + l_mut_243;
}
const bool l_301 = l_295 == uint(5);
if (l_301) {
l_mut_223 = l_mut_223 + l_mut_243;
}
const bool l_302 = l_295 == uint(6);
if (l_302) {
l_mut_224 = l_mut_224 + l_mut_243;
}
const bool l_303 = l_295 == uint(7);
if (l_303) {
l_mut_225 = l_mut_225 + l_mut_243;
}
const bool l_304 = l_295 == uint(8);
if (l_304) {
l_mut_226 = l_mut_226 + l_mut_243;
}
const bool l_305 = l_295 == uint(9);
if (l_305) {
l_mut_227 = l_mut_227 + l_mut_243;
}
const bool l_306 = l_295 == uint(10);
if (l_306) {
l_mut_228 = l_mut_228 + l_mut_243;
}
const bool l_307 = l_295 == uint(11);
if (l_307) {
l_mut_229 = l_mut_229 + l_mut_243;
}
const bool l_308 = l_295 == uint(12);
if (l_308) {
l_mut_230 = l_mut_230 + l_mut_243;
}
const bool l_309 = l_295 == uint(13);
if (l_309) {
l_mut_231 = l_mut_231 + l_mut_243;
}
const bool l_310 = l_295 == uint(14);
if (l_310) {
l_mut_232 = l_mut_232 + l_mut_243;
}
const bool l_311 = l_295 == uint(15);
if (l_311) {
l_mut_233 = l_mut_233 + l_mut_243;
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
}
const bool l_331 = l_329 == uint(1);
if (l_331) {
l_mut_219 = l_mut_219 + l_mut_243;
}
const bool l_332 = l_329 == uint(2);
if (l_332) {
l_mut_220 = l_mut_220 + l_mut_243;
}
const bool l_333 = l_329 == uint(3);
if (l_333) {
l_mut_221 = l_mut_221 + l_mut_243;
}
const bool l_334 = l_329 == uint(4);
if (l_334) {
l_mut_222 = l_mut_222 + l_mut_243;
}
const bool l_335 = l_329 == uint(5);
if (l_335) {
l_mut_223 = l_mut_223 + l_mut_243;
}
const bool l_336 = l_329 == uint(6);
if (l_336) {
l_mut_224 = l_mut_224 + l_mut_243;
}
const bool l_337 = l_329 == uint(7);
if (l_337) {
l_mut_225 = l_mut_225 + l_mut_243;
}
const bool l_338 = l_329 == uint(8);
if (l_338) {
l_mut_226 = l_mut_226 + l_mut_243;
}
const bool l_339 = l_329 == uint(9);
if (l_339) {
l_mut_227 = l_mut_227 + l_mut_243;
}
const bool l_340 = l_329 == uint(10);
if (l_340) {
l_mut_228 = l_mut_228 + l_mut_243;
}
const bool l_341 = l_329 == uint(11);
if (l_341) {
l_mut_229 = l_mut_229 + l_mut_243;
}
const bool l_342 = l_329 == uint(12);
if (l_342) {
l_mut_230 = l_mut_230 + l_mut_243;
}
const bool l_343 = l_329 == uint(13);
if (l_343) {
l_mut_231 = l_mut_231 + l_mut_243;
}
const bool l_344 = l_329 == uint(14);
if (l_344) {
l_mut_232 = l_mut_232 + l_mut_243;
}
const bool l_345 = l_329 == uint(15);
if (l_345) {
l_mut_233 = l_mut_233 + l_mut_243;
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
}
const bool l_365 = l_363 == uint(1);
if (l_365) {
l_mut_219 = l_mut_219 + l_mut_243;
}
const bool l_366 = l_363 == uint(2);
if (l_366) {
l_mut_220 = l_mut_220 + l_mut_243;
}
const bool l_367 = l_363 == uint(3);
if (l_367) {
l_mut_221 = l_mut_221 + l_mut_243;
}
const bool l_368 = l_363 == uint(4);
if (l_368) {
l_mut_222 = l_mut_222 + l_mut_243;
}
const bool l_369 = l_363 == uint(5);
if (l_369) {
l_mut_223 = l_mut_223 + l_mut_243;
}
const bool l_370 = l_363 == uint(6);
if (l_370) {
l_mut_224 = l_mut_224 + l_mut_243;
}
const bool l_371 = l_363 == uint(7);
if (l_371) {
l_mut_225 = l_mut_225 + l_mut_243;
}
const bool l_372 = l_363 == uint(8);
if (l_372) {
l_mut_226 = l_mut_226 + l_mut_243;
}
const bool l_373 = l_363 == uint(9);
if (l_373) {
l_mut_227 = l_mut_227 + l_mut_243;
}
const bool l_374 = l_363 == uint(10);
if (l_374) {
l_mut_228 = l_mut_228 + l_mut_243;
}
const bool l_375 = l_363 == uint(11);
if (l_375) {
l_mut_229 = l_mut_229 + l_mut_243;
}
const bool l_376 = l_363 == uint(12);
if (l_376) {
l_mut_230 = l_mut_230 + l_mut_243;
}
const bool l_377 = l_363 == uint(13);
if (l_377) {
l_mut_231 = l_mut_231 + l_mut_243;
}
const bool l_378 = l_363 == uint(14);
if (l_378) {
l_mut_232 = l_mut_232 + l_mut_243;
}
const bool l_379 = l_363 == uint(15);
if (l_379) {
l_mut_233 = l_mut_233 + l_mut_243;
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
l_mut_405 = float(0.0);

for (uint l_mut_406 = uint(0); l_mut_406 < l_401; ++l_mut_406) {
const float l_407 = shared_memory_33[l_mut_406];
l_mut_405 = l_mut_405 + l_407;
}
const float l_408 = float {simd_sum(l_mut_221)
};
const uint l_409 = total_thread_in_threadgroup + simd_size;
const uint l_410 = l_409 - uint(1);
const uint l_411 = l_410 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_412 = thread_index_in_threadgroup % simd_size;
const bool l_413 = l_412 == uint(0);
if (l_413) {
const uint l_414 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_414] = l_408;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_415 = float(0.0);

for (uint l_mut_416 = uint(0); l_mut_416 < l_411; ++l_mut_416) {
const float l_417 = shared_memory_33[l_mut_416];
l_mut_415 = l_mut_415 + l_417;
}
const float l_418 = float {simd_sum(l_mut_222)
};
const uint l_419 = total_thread_in_threadgroup + simd_size;
const uint l_420 = l_419 - uint(1);
const uint l_421 = l_420 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_422 = thread_index_in_threadgroup % simd_size;
const bool l_423 = l_422 == uint(0);
if (l_423) {
const uint l_424 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_424] = l_418;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_425 = float(0.0);

for (uint l_mut_426 = uint(0); l_mut_426 < l_421; ++l_mut_426) {
const float l_427 = shared_memory_33[l_mut_426];
l_mut_425 = l_mut_425 + l_427;
}
const float l_428 = float {simd_sum(l_mut_223)
};
const uint l_429 = total_thread_in_threadgroup + simd_size;
const uint l_430 = l_429 - uint(1);
const uint l_431 = l_430 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_432 = thread_index_in_threadgroup % simd_size;
const bool l_433 = l_432 == uint(0);
if (l_433) {
const uint l_434 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_434] = l_428;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_435 = float(0.0);

for (uint l_mut_436 = uint(0); l_mut_436 < l_431; ++l_mut_436) {
const float l_437 = shared_memory_33[l_mut_436];
l_mut_435 = l_mut_435 + l_437;
}
const float l_438 = float {simd_sum(l_mut_224)
};
const uint l_439 = total_thread_in_threadgroup + simd_size;
const uint l_440 = l_439 - uint(1);
const uint l_441 = l_440 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_442 = thread_index_in_threadgroup % simd_size;
const bool l_443 = l_442 == uint(0);
if (l_443) {
const uint l_444 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_444] = l_438;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_445 = float(0.0);

for (uint l_mut_446 = uint(0); l_mut_446 < l_441; ++l_mut_446) {
const float l_447 = shared_memory_33[l_mut_446];
l_mut_445 = l_mut_445 + l_447;
}
const float l_448 = float {simd_sum(l_mut_225)
};
const uint l_449 = total_thread_in_threadgroup + simd_size;
const uint l_450 = l_449 - uint(1);
const uint l_451 = l_450 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_452 = thread_index_in_threadgroup % simd_size;
const bool l_453 = l_452 == uint(0);
if (l_453) {
const uint l_454 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_454] = l_448;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_455 = float(0.0);

for (uint l_mut_456 = uint(0); l_mut_456 < l_451; ++l_mut_456) {
const float l_457 = shared_memory_33[l_mut_456];
l_mut_455 = l_mut_455 + l_457;
}
const float l_458 = float {simd_sum(l_mut_226)
};
const uint l_459 = total_thread_in_threadgroup + simd_size;
const uint l_460 = l_459 - uint(1);
const uint l_461 = l_460 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_462 = thread_index_in_threadgroup % simd_size;
const bool l_463 = l_462 == uint(0);
if (l_463) {
const uint l_464 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_464] = l_458;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_465 = float(0.0);

for (uint l_mut_466 = uint(0); l_mut_466 < l_461; ++l_mut_466) {
const float l_467 = shared_memory_33[l_mut_466];
l_mut_465 = l_mut_465 + l_467;
}
const float l_468 = float {simd_sum(l_mut_227)
};
const uint l_469 = total_thread_in_threadgroup + simd_size;
const uint l_470 = l_469 - uint(1);
const uint l_471 = l_470 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_472 = thread_index_in_threadgroup % simd_size;
const bool l_473 = l_472 == uint(0);
if (l_473) {
const uint l_474 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_474] = l_468;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_475 = float(0.0);

for (uint l_mut_476 = uint(0); l_mut_476 < l_471; ++l_mut_476) {
const float l_477 = shared_memory_33[l_mut_476];
l_mut_475 = l_mut_475 + l_477;
}
const float l_478 = float {simd_sum(l_mut_228)
};
const uint l_479 = total_thread_in_threadgroup + simd_size;
const uint l_480 = l_479 - uint(1);
const uint l_481 = l_480 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_482 = thread_index_in_threadgroup % simd_size;
const bool l_483 = l_482 == uint(0);
if (l_483) {
const uint l_484 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_484] = l_478;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_485 = float(0.0);

for (uint l_mut_486 = uint(0); l_mut_486 < l_481; ++l_mut_486) {
const float l_487 = shared_memory_33[l_mut_486];
l_mut_485 = l_mut_485 + l_487;
}
const float l_488 = float {simd_sum(l_mut_229)
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
l_mut_495 = float(0.0);

for (uint l_mut_496 = uint(0); l_mut_496 < l_491; ++l_mut_496) {
const float l_497 = shared_memory_33[l_mut_496];
l_mut_495 = l_mut_495 + l_497;
}
const float l_498 = float {simd_sum(l_mut_230)
};
const uint l_499 = total_thread_in_threadgroup + simd_size;
const uint l_500 = l_499 - uint(1);
const uint l_501 = l_500 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_502 = thread_index_in_threadgroup % simd_size;
const bool l_503 = l_502 == uint(0);
if (l_503) {
const uint l_504 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_504] = l_498;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_505 = float(0.0);

for (uint l_mut_506 = uint(0); l_mut_506 < l_501; ++l_mut_506) {
const float l_507 = shared_memory_33[l_mut_506];
l_mut_505 = l_mut_505 + l_507;
}
const float l_508 = float {simd_sum(l_mut_231)
};
const uint l_509 = total_thread_in_threadgroup + simd_size;
const uint l_510 = l_509 - uint(1);
const uint l_511 = l_510 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_512 = thread_index_in_threadgroup % simd_size;
const bool l_513 = l_512 == uint(0);
if (l_513) {
const uint l_514 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_514] = l_508;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_515 = float(0.0);

for (uint l_mut_516 = uint(0); l_mut_516 < l_511; ++l_mut_516) {
const float l_517 = shared_memory_33[l_mut_516];
l_mut_515 = l_mut_515 + l_517;
}
const float l_518 = float {simd_sum(l_mut_232)
};
const uint l_519 = total_thread_in_threadgroup + simd_size;
const uint l_520 = l_519 - uint(1);
const uint l_521 = l_520 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_522 = thread_index_in_threadgroup % simd_size;
const bool l_523 = l_522 == uint(0);
if (l_523) {
const uint l_524 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_524] = l_518;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = float(0.0);

for (uint l_mut_526 = uint(0); l_mut_526 < l_521; ++l_mut_526) {
const float l_527 = shared_memory_33[l_mut_526];
l_mut_525 = l_mut_525 + l_527;
}
const float l_528 = float {simd_sum(l_mut_233)
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
l_mut_535 = float(0.0);

for (uint l_mut_536 = uint(0); l_mut_536 < l_531; ++l_mut_536) {
const float l_537 = shared_memory_33[l_mut_536];
l_mut_535 = l_mut_535 + l_537;
}
const bool l_538 = thread_index_in_threadgroup == uint(0);
if (l_538) {
shared_memory_32[uint(0)] = l_mut_259;
shared_memory_32[uint(1)] = l_mut_243;
shared_memory_32[uint(2)] = l_mut_405;
shared_memory_32[uint(3)] = l_mut_415;
shared_memory_32[uint(4)] = l_mut_425;
shared_memory_32[uint(5)] = l_mut_435;
shared_memory_32[uint(6)] = l_mut_445;
shared_memory_32[uint(7)] = l_mut_455;
shared_memory_32[uint(8)] = l_mut_465;
shared_memory_32[uint(9)] = l_mut_475;
shared_memory_32[uint(10)] = l_mut_485;
shared_memory_32[uint(11)] = l_mut_495;
shared_memory_32[uint(12)] = l_mut_505;
shared_memory_32[uint(13)] = l_mut_515;
shared_memory_32[uint(14)] = l_mut_525;
shared_memory_32[uint(15)] = l_mut_535;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);
l_mut_248 = uint(0);
l_mut_539 = bool(false);
l_mut_525 = float(0.0);

for (uint l_mut_540 = uint(0); l_mut_540 < uint(16); ++l_mut_540) {
l_mut_245 = l_mut_540;
const uint l_541 = uint(15) - l_mut_540;
l_mut_245 = l_541;
l_mut_515 = l_mut_535;
const float l_542 = shared_memory_32[l_mut_245];
l_mut_535 = l_mut_535 + l_542;
const bool l_543 = !l_mut_539;
const float l_544 = l_mut_179 + l_mut_535;
const bool l_545 = l_544 >= l_205;
const bool l_546 = l_543 && l_545;
if (l_546) {
l_mut_248 = l_mut_245;
l_mut_539 = bool(true);
l_mut_525 = l_mut_515;
}
}
if (l_mut_539) {
l_mut_179 = l_mut_179 + l_mut_525;
const float l_547 = shared_memory_32[l_mut_248];
l_mut_37 = l_547;
const uint l_548 = l_mut_248 << l_214;
l_mut_206 = l_mut_206 | l_548;
} else {
l_mut_207 = bool(true);
}
l_mut_208 = l_mut_208 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_549 = thread_index_in_threadgroup == uint(0);
if (l_549) {
if (l_mut_207) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_206;
}
const uint l_550 = reinterpret_cast<thread uint const&>(l_mut_179);
shared_memory_31[uint(3)] = l_550;
const uint l_551 = reinterpret_cast<thread uint const&>(l_mut_37);
shared_memory_31[uint(1)] = l_551;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_552 = shared_memory_31[uint(2)];
const uint l_553 = shared_memory_31[uint(3)];
const float l_554 = reinterpret_cast<thread float const&>(l_553);
const uint l_555 = uint(l_554);
const uint l_556 = l_10 - l_555;
const uint l_557 = shared_memory_31[uint(1)];
const float l_558 = reinterpret_cast<thread float const&>(l_557);
const uint l_559 = uint(l_558);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_248 = uint(4294967295);
const bool l_560 = l_559 > l_556;
if (l_560) {
l_mut_245 = uint(0);
l_mut_535 = float(0.0);
const float l_561 = float(l_556);
l_mut_235 = uint(0);
while (true) {
const bool l_562 = l_mut_235 < uint(8);
const bool l_563 = !l_562;
if (l_563) {
break;}
const uint l_564 = uint(4) * l_mut_235;
const uint l_565 = uint(28) - l_564;
const uint l_566 = info.scalars_uint[1] - uint(1);
const uint l_567 = l_566 >> l_565;
const bool l_568 = l_567 > uint(0);
if (l_568) {
l_mut_234 = uint(0);
const bool l_569 = l_mut_235 > uint(0);
if (l_569) {
const uint l_570 = l_565 + uint(4);
const uint l_571 = uint(4294967295) << l_570;
l_mut_234 = l_571;
}
l_mut_525 = float(0.0);
l_mut_515 = float(0.0);
l_mut_505 = float(0.0);
l_mut_495 = float(0.0);
l_mut_485 = float(0.0);
l_mut_475 = float(0.0);
l_mut_465 = float(0.0);
l_mut_455 = float(0.0);
l_mut_445 = float(0.0);
l_mut_435 = float(0.0);
l_mut_425 = float(0.0);
l_mut_415 = float(0.0);
l_mut_405 = float(0.0);
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_215 = uint(0);
l_mut_208 = thread_index_in_threadgroup;
while (true) {
const bool l_572 = l_mut_208 < l_25;
const bool l_573 = !l_572;
if (l_573) {
break;}
const uint l_574 = l_26 + l_mut_208;
const float_4 l_575 = buffer_0[l_574];
const uint l_576 = l_mut_208 * uint(4);
const uint l_577 = l_576 + uint(0);
const float l_578 = l_575.i_0;
l_mut_232 = l_578;
const uint l_579 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_206 = l_579;
const bool l_580 = l_mut_206 == uint(2147483648);
if (l_580) {
l_mut_206 = uint(0);
}
const uint l_581 = l_mut_206 | uint(2147483648);
l_mut_582 = l_581;
const bool l_583 = l_mut_206 >= uint(2147483648);
if (l_583) {
const uint l_584 = ~l_mut_206;
l_mut_582 = l_584;
}
const bool l_585 = l_mut_582 == l_552;
const bool l_586 = l_577 <= uint(4294967295);
const bool l_587 = l_585 && l_586;
const uint l_588 = l_577 & l_mut_234;
const bool l_589 = l_588 == l_mut_245;
const bool l_590 = l_587 && l_589;
if (l_590) {
const uint l_591 = l_577 >> l_565;
const uint l_592 = l_591 & uint(15);
const bool l_593 = l_592 == uint(0);
if (l_593) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_594 = l_592 == uint(1);
if (l_594) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_595 = l_592 == uint(2);
if (l_595) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_596 = l_592 == uint(3);
if (l_596) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_597 = l_592 == uint(4);
if (l_597) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_598 = l_592 == uint(5);
if (l_598) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_599 = l_592 == uint(6);
if (l_599) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_600 = l_592 == uint(7);
if (l_600) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_601 = l_592 == uint(8);
if (l_601) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_602 = l_592 == uint(9);
if (l_602) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_603 = l_592 == uint(10);
if (l_603) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_604 = l_592 == uint(11);
if (l_604) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_605 = l_592 == uint(12);
if (l_605) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_606 = l_592 == uint(13);
if (l_606) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_607 = l_592 == uint(14);
if (l_607) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_608 = l_592 == uint(15);
if (l_608) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_609 = l_mut_208 * uint(4);
const uint l_610 = l_609 + uint(1);
const float l_611 = l_575.i_1;
l_mut_232 = l_611;
const uint l_612 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_582 = l_612;
const bool l_613 = l_mut_582 == uint(2147483648);
if (l_613) {
l_mut_582 = uint(0);
}
const uint l_614 = l_mut_582 | uint(2147483648);
l_mut_206 = l_614;
const bool l_615 = l_mut_582 >= uint(2147483648);
if (l_615) {
const uint l_616 = ~l_mut_582;
l_mut_206 = l_616;
}
const bool l_617 = l_mut_206 == l_552;
const bool l_618 = l_610 <= uint(4294967295);
const bool l_619 = l_617 && l_618;
const uint l_620 = l_610 & l_mut_234;
const bool l_621 = l_620 == l_mut_245;
const bool l_622 = l_619 && l_621;
if (l_622) {
const uint l_623 = l_610 >> l_565;
const uint l_624 = l_623 & uint(15);
const bool l_625 = l_624 == uint(0);
if (l_625) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_626 = l_624 == uint(1);
if (l_626) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_627 = l_624 == uint(2);
if (l_627) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_628 = l_624 == uint(3);
if (l_628) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_629 = l_624 == uint(4);
if (l_629) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_630 = l_624 == uint(5);
if (l_630) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_631 = l_624 == uint(6);
if (l_631) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_632 = l_624 == uint(7);
if (l_632) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_633 = l_624 == uint(8);
if (l_633) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_634 = l_624 == uint(9);
if (l_634) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_635 = l_624 == uint(10);
if (l_635) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_636 = l_624 == uint(11);
if (l_636) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_637 = l_624 == uint(12);
if (l_637) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_638 = l_624 == uint(13);
if (l_638) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_639 = l_624 == uint(14);
if (l_639) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_640 = l_624 == uint(15);
if (l_640) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_641 = l_mut_208 * uint(4);
const uint l_642 = l_641 + uint(2);
const float l_643 = l_575.i_2;
l_mut_232 = l_643;
const uint l_644 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_582 = l_644;
const bool l_645 = l_mut_582 == uint(2147483648);
if (l_645) {
l_mut_582 = uint(0);
}
const uint l_646 = l_mut_582 | uint(2147483648);
l_mut_206 = l_646;
const bool l_647 = l_mut_582 >= uint(2147483648);
if (l_647) {
const uint l_648 = ~l_mut_582;
l_mut_206 = l_648;
}
const bool l_649 = l_mut_206 == l_552;
const bool l_650 = l_642 <= uint(4294967295);
const bool l_651 = l_649 && l_650;
const uint l_652 = l_642 & l_mut_234;
const bool l_653 = l_652 == l_mut_245;
const bool l_654 = l_651 && l_653;
if (l_654) {
const uint l_655 = l_642 >> l_565;
const uint l_656 = l_655 & uint(15);
const bool l_657 = l_656 == uint(0);
if (l_657) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_658 = l_656 == uint(1);
if (l_658) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_659 = l_656 == uint(2);
if (l_659) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_660 = l_656 == uint(3);
if (l_660) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_661 = l_656 == uint(4);
if (l_661) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_662 = l_656 == uint(5);
if (l_662) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_663 = l_656 == uint(6);
if (l_663) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_664 = l_656 == uint(7);
if (l_664) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_665 = l_656 == uint(8);
if (l_665) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_666 = l_656 == uint(9);
if (l_666) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_667 = l_656 == uint(10);
if (l_667) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_668 = l_656 == uint(11);
if (l_668) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_669 = l_656 == uint(12);
if (l_669) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_670 = l_656 == uint(13);
if (l_670) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_671 = l_656 == uint(14);
if (l_671) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_672 = l_656 == uint(15);
if (l_672) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_673 = l_mut_208 * uint(4);
const uint l_674 = l_673 + uint(3);
const float l_675 = l_575.i_3;
l_mut_232 = l_675;
const uint l_676 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_582 = l_676;
const bool l_677 = l_mut_582 == uint(2147483648);
if (l_677) {
l_mut_582 = uint(0);
}
const uint l_678 = l_mut_582 | uint(2147483648);
l_mut_206 = l_678;
const bool l_679 = l_mut_582 >= uint(2147483648);
if (l_679) {
const uint l_680 = ~l_mut_582;
l_mut_206 = l_680;
}
const bool l_681 = l_mut_206 == l_552;
const bool l_682 = l_674 <= uint(4294967295);
const bool l_683 = l_681 && l_682;
const uint l_684 = l_674 & l_mut_234;
const bool l_685 = l_684 == l_mut_245;
const bool l_686 = l_683 && l_685;
if (l_686) {
const uint l_687 = l_674 >> l_565;
const uint l_688 = l_687 & uint(15);
const bool l_689 = l_688 == uint(0);
if (l_689) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_690 = l_688 == uint(1);
if (l_690) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_691 = l_688 == uint(2);
if (l_691) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_692 = l_688 == uint(3);
if (l_692) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_693 = l_688 == uint(4);
if (l_693) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_694 = l_688 == uint(5);
if (l_694) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_695 = l_688 == uint(6);
if (l_695) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_696 = l_688 == uint(7);
if (l_696) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_697 = l_688 == uint(8);
if (l_697) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_698 = l_688 == uint(9);
if (l_698) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_699 = l_688 == uint(10);
if (l_699) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_700 = l_688 == uint(11);
if (l_700) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_701 = l_688 == uint(12);
if (l_701) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_702 = l_688 == uint(13);
if (l_702) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_703 = l_688 == uint(14);
if (l_703) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_704 = l_688 == uint(15);
if (l_704) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
l_mut_208 = l_mut_208 + total_thread_in_threadgroup;
}
const float l_705 = float {simd_sum(l_mut_525)
};
const uint l_706 = total_thread_in_threadgroup + simd_size;
const uint l_707 = l_706 - uint(1);
const uint l_708 = l_707 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_709 = thread_index_in_threadgroup % simd_size;
const bool l_710 = l_709 == uint(0);
if (l_710) {
const uint l_711 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_711] = l_705;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_712 = uint(0); l_mut_712 < l_708; ++l_mut_712) {
const float l_713 = shared_memory_33[l_mut_712];
l_mut_232 = l_mut_232 + l_713;
}
const float l_714 = float {simd_sum(l_mut_515)
};
const uint l_715 = total_thread_in_threadgroup + simd_size;
const uint l_716 = l_715 - uint(1);
const uint l_717 = l_716 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_718 = thread_index_in_threadgroup % simd_size;
const bool l_719 = l_718 == uint(0);
if (l_719) {
const uint l_720 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_720] = l_714;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_721 = uint(0); l_mut_721 < l_717; ++l_mut_721) {
const float l_722 = shared_memory_33[l_mut_721];
l_mut_231 = l_mut_231 + l_722;
}
const float l_723 = float {simd_sum(l_mut_505)
};
const uint l_724 = total_thread_in_threadgroup + simd_size;
const uint l_725 = l_724 - uint(1);
const uint l_726 = l_725 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_727 = thread_index_in_threadgroup % simd_size;
const bool l_728 = l_727 == uint(0);
if (l_728) {
const uint l_729 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_729] = l_723;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_730 = uint(0); l_mut_730 < l_726; ++l_mut_730) {
const float l_731 = shared_memory_33[l_mut_730];
l_mut_230 = l_mut_230 + l_731;
}
const float l_732 = float {simd_sum(l_mut_495)
};
const uint l_733 = total_thread_in_threadgroup + simd_size;
const uint l_734 = l_733 - uint(1);
const uint l_735 = l_734 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_736 = thread_index_in_threadgroup % simd_size;
const bool l_737 = l_736 == uint(0);
if (l_737) {
const uint l_738 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_738] = l_732;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_739 = uint(0); l_mut_739 < l_735; ++l_mut_739) {
const float l_740 = shared_memory_33[l_mut_739];
l_mut_229 = l_mut_229 + l_740;
}
const float l_741 = float {simd_sum(l_mut_485)
};
const uint l_742 = total_thread_in_threadgroup + simd_size;
const uint l_743 = l_742 - uint(1);
const uint l_744 = l_743 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_745 = thread_index_in_threadgroup % simd_size;
const bool l_746 = l_745 == uint(0);
if (l_746) {
const uint l_747 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_747] = l_741;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_748 = uint(0); l_mut_748 < l_744; ++l_mut_748) {
const float l_749 = shared_memory_33[l_mut_748];
l_mut_228 = l_mut_228 + l_749;
}
const float l_750 = float {simd_sum(l_mut_475)
};
const uint l_751 = total_thread_in_threadgroup + simd_size;
const uint l_752 = l_751 - uint(1);
const uint l_753 = l_752 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_754 = thread_index_in_threadgroup % simd_size;
const bool l_755 = l_754 == uint(0);
if (l_755) {
const uint l_756 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_756] = l_750;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_757 = uint(0); l_mut_757 < l_753; ++l_mut_757) {
const float l_758 = shared_memory_33[l_mut_757];
l_mut_227 = l_mut_227 + l_758;
}
const float l_759 = float {simd_sum(l_mut_465)
};
const uint l_760 = total_thread_in_threadgroup + simd_size;
const uint l_761 = l_760 - uint(1);
const uint l_762 = l_761 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_763 = thread_index_in_threadgroup % simd_size;
const bool l_764 = l_763 == uint(0);
if (l_764) {
const uint l_765 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_765] = l_759;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_766 = uint(0); l_mut_766 < l_762; ++l_mut_766) {
const float l_767 = shared_memory_33[l_mut_766];
l_mut_226 = l_mut_226 + l_767;
}
const float l_768 = float {simd_sum(l_mut_455)
};
const uint l_769 = total_thread_in_threadgroup + simd_size;
const uint l_770 = l_769 - uint(1);
const uint l_771 = l_770 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_772 = thread_index_in_threadgroup % simd_size;
const bool l_773 = l_772 == uint(0);
if (l_773) {
const uint l_774 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_774] = l_768;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_775 = uint(0); l_mut_775 < l_771; ++l_mut_775) {
const float l_776 = shared_memory_33[l_mut_775];
l_mut_225 = l_mut_225 + l_776;
}
const float l_777 = float {simd_sum(l_mut_445)
};
const uint l_778 = total_thread_in_threadgroup + simd_size;
const uint l_779 = l_778 - uint(1);
const uint l_780 = l_779 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_781 = thread_index_in_threadgroup % simd_size;
const bool l_782 = l_781 == uint(0);
if (l_782) {
const uint l_783 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_783] = l_777;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_784 = uint(0); l_mut_784 < l_780; ++l_mut_784) {
const float l_785 = shared_memory_33[l_mut_784];
l_mut_224 = l_mut_224 + l_785;
}
const float l_786 = float {simd_sum(l_mut_435)
};
const uint l_787 = total_thread_in_threadgroup + simd_size;
const uint l_788 = l_787 - uint(1);
const uint l_789 = l_788 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_790 = thread_index_in_threadgroup % simd_size;
const bool l_791 = l_790 == uint(0);
if (l_791) {
const uint l_792 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_792] = l_786;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_793 = uint(0); l_mut_793 < l_789; ++l_mut_793) {
const float l_794 = shared_memory_33[l_mut_793];
l_mut_223 = l_mut_223 + l_794;
}
const float l_795 = float {simd_sum(l_mut_425)
};
const uint l_796 = total_thread_in_threadgroup + simd_size;
const uint l_797 = l_796 - uint(1);
const uint l_798 = l_797 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_799 = thread_index_in_threadgroup % simd_size;
const bool l_800 = l_799 == uint(0);
if (l_800) {
const uint l_801 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_801] = l_795;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_802 = uint(0); l_mut_802 < l_798; ++l_mut_802) {
const float l_803 = shared_memory_33[l_mut_802];
l_mut_222 = l_mut_222 + l_803;
}
const float l_804 = float {simd_sum(l_mut_415)
};
const uint l_805 = total_thread_in_threadgroup + simd_size;
const uint l_806 = l_805 - uint(1);
const uint l_807 = l_806 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_808 = thread_index_in_threadgroup % simd_size;
const bool l_809 = l_808 == uint(0);
if (l_809) {
const uint l_810 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_810] = l_804;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_811 = uint(0); l_mut_811 < l_807; ++l_mut_811) {
const float l_812 = shared_memory_33[l_mut_811];
l_mut_221 = l_mut_221 + l_812;
}
const float l_813 = float {simd_sum(l_mut_405)
};
const uint l_814 = total_thread_in_threadgroup + simd_size;
const uint l_815 = l_814 - uint(1);
const uint l_816 = l_815 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_817 = thread_index_in_threadgroup % simd_size;
const bool l_818 = l_817 == uint(0);
if (l_818) {
const uint l_819 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_819] = l_813;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_820 = uint(0); l_mut_820 < l_816; ++l_mut_820) {
const float l_821 = shared_memory_33[l_mut_820];
l_mut_220 = l_mut_220 + l_821;
}
const float l_822 = float {simd_sum(l_mut_259)
};
const uint l_823 = total_thread_in_threadgroup + simd_size;
const uint l_824 = l_823 - uint(1);
const uint l_825 = l_824 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_826 = thread_index_in_threadgroup % simd_size;
const bool l_827 = l_826 == uint(0);
if (l_827) {
const uint l_828 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_828] = l_822;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_219 = float(0.0);

for (uint l_mut_829 = uint(0); l_mut_829 < l_825; ++l_mut_829) {
const float l_830 = shared_memory_33[l_mut_829];
l_mut_219 = l_mut_219 + l_830;
}
const float l_831 = float {simd_sum(l_mut_243)
};
const uint l_832 = total_thread_in_threadgroup + simd_size;
const uint l_833 = l_832 - uint(1);
const uint l_834 = l_833 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_835 = thread_index_in_threadgroup % simd_size;
const bool l_836 = l_835 == uint(0);
if (l_836) {
const uint l_837 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_837] = l_831;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_179 = float(0.0);

for (uint l_mut_838 = uint(0); l_mut_838 < l_834; ++l_mut_838) {
const float l_839 = shared_memory_33[l_mut_838];
l_mut_179 = l_mut_179 + l_839;
}
const float l_840 = float {simd_sum(l_mut_233)
};
const uint l_841 = total_thread_in_threadgroup + simd_size;
const uint l_842 = l_841 - uint(1);
const uint l_843 = l_842 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_844 = thread_index_in_threadgroup % simd_size;
const bool l_845 = l_844 == uint(0);
if (l_845) {
const uint l_846 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_846] = l_840;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_37 = float(0.0);

for (uint l_mut_847 = uint(0); l_mut_847 < l_843; ++l_mut_847) {
const float l_848 = shared_memory_33[l_mut_847];
l_mut_37 = l_mut_37 + l_848;
}
const bool l_849 = thread_index_in_threadgroup == uint(0);
if (l_849) {
shared_memory_32[uint(0)] = l_mut_232;
shared_memory_32[uint(1)] = l_mut_231;
shared_memory_32[uint(2)] = l_mut_230;
shared_memory_32[uint(3)] = l_mut_229;
shared_memory_32[uint(4)] = l_mut_228;
shared_memory_32[uint(5)] = l_mut_227;
shared_memory_32[uint(6)] = l_mut_226;
shared_memory_32[uint(7)] = l_mut_225;
shared_memory_32[uint(8)] = l_mut_224;
shared_memory_32[uint(9)] = l_mut_223;
shared_memory_32[uint(10)] = l_mut_222;
shared_memory_32[uint(11)] = l_mut_221;
shared_memory_32[uint(12)] = l_mut_220;
shared_memory_32[uint(13)] = l_mut_219;
shared_memory_32[uint(14)] = l_mut_179;
shared_memory_32[uint(15)] = l_mut_37;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = float(0.0);
l_mut_582 = uint(0);
l_mut_539 = bool(false);
l_mut_515 = float(0.0);

for (uint l_mut_850 = uint(0); l_mut_850 < uint(16); ++l_mut_850) {
l_mut_234 = l_mut_850;
l_mut_505 = l_mut_525;
const float l_851 = shared_memory_32[l_mut_234];
l_mut_525 = l_mut_525 + l_851;
const bool l_852 = !l_mut_539;
const float l_853 = l_mut_535 + l_mut_525;
const bool l_854 = l_853 >= l_561;
const bool l_855 = l_852 && l_854;
if (l_855) {
l_mut_582 = l_mut_234;
l_mut_539 = bool(true);
l_mut_515 = l_mut_505;
}
}
l_mut_535 = l_mut_535 + l_mut_515;
const uint l_856 = l_mut_582 << l_565;
l_mut_245 = l_mut_245 | l_856;
}
l_mut_235 = l_mut_235 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_857 = thread_index_in_threadgroup == uint(0);
if (l_857) {
shared_memory_31[uint(3)] = l_mut_245;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_858 = shared_memory_31[uint(3)];
l_mut_248 = l_858;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_859 = thread_index_in_threadgroup == uint(0);
if (l_859) {
shared_memory_31[uint(2)] = l_552;
shared_memory_31[uint(3)] = l_mut_248;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_860 = shared_memory_31[uint(2)];
l_mut_39 = l_860;
const uint l_861 = shared_memory_31[uint(3)];
l_mut_38 = l_861;
l_mut_36 = l_10;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_862 = l_12 < float(1.0);
if (l_862) {
const bool l_863 = l_mut_36 <= info.scalars_uint[8];
if (l_863) {
l_mut_582 = uint(1);
while (true) {
const bool l_864 = l_mut_582 < l_mut_36;
const bool l_865 = !l_864;
if (l_865) {
break;}
l_mut_582 = l_mut_582 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_248 = thread_index_in_threadgroup;
while (true) {
const bool l_866 = l_mut_248 < l_mut_582;
const bool l_867 = !l_866;
if (l_867) {
break;}
shared_memory_28[l_mut_248] = uint(0);
shared_memory_29[l_mut_248] = uint(4294967295);
l_mut_248 = l_mut_248 + total_thread_in_threadgroup;
}
l_mut_535 = float(0.0);
l_mut_245 = uint(0);
l_mut_235 = thread_index_in_threadgroup;
while (true) {
const bool l_868 = l_mut_235 < l_25;
const bool l_869 = !l_868;
if (l_869) {
break;}
const uint l_870 = l_26 + l_mut_235;
const float_4 l_871 = buffer_0[l_870];
const uint l_872 = l_mut_235 * uint(4);
const uint l_873 = l_872 + uint(0);
const float l_874 = l_871.i_0;
l_mut_525 = l_874;
const uint l_875 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_234 = l_875;
const bool l_876 = l_mut_234 == uint(2147483648);
if (l_876) {
l_mut_234 = uint(0);
}
const uint l_877 = l_mut_234 | uint(2147483648);
l_mut_215 = l_877;
const bool l_878 = l_mut_234 >= uint(2147483648);
if (l_878) {
const uint l_879 = ~l_mut_234;
l_mut_215 = l_879;
}
const bool l_880 = l_mut_215 > l_mut_39;
const bool l_881 = l_mut_215 == l_mut_39;
const bool l_882 = l_873 <= l_mut_38;
const bool l_883 = l_881 && l_882;
const bool l_884 = l_880 || l_883;
if (l_884) {
l_mut_535 = l_mut_535 + float(1.0);
}
const uint l_885 = l_mut_235 * uint(4);
const uint l_886 = l_885 + uint(1);
const float l_887 = l_871.i_1;
l_mut_525 = l_887;
const uint l_888 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_234 = l_888;
const bool l_889 = l_mut_234 == uint(2147483648);
if (l_889) {
l_mut_234 = uint(0);
}
const uint l_890 = l_mut_234 | uint(2147483648);
l_mut_215 = l_890;
const bool l_891 = l_mut_234 >= uint(2147483648);
if (l_891) {
const uint l_892 = ~l_mut_234;
l_mut_215 = l_892;
}
const bool l_893 = l_mut_215 > l_mut_39;
const bool l_894 = l_mut_215 == l_mut_39;
const bool l_895 = l_886 <= l_mut_38;
const bool l_896 = l_894 && l_895;
const bool l_897 = l_893 || l_896;
if (l_897) {
l_mut_535 = l_mut_535 + float(1.0);
}
const uint l_898 = l_mut_235 * uint(4);
const uint l_899 = l_898 + uint(2);
const float l_900 = l_871.i_2;
l_mut_525 = l_900;
const uint l_901 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_234 = l_901;
const bool l_902 = l_mut_234 == uint(2147483648);
if (l_902) {
l_mut_234 = uint(0);
}
const uint l_903 = l_mut_234 | uint(2147483648);
l_mut_215 = l_903;
const bool l_904 = l_mut_234 >= uint(2147483648);
if (l_904) {
const uint l_905 = ~l_mut_234;
l_mut_215 = l_905;
}
const bool l_906 = l_mut_215 > l_mut_39;
const bool l_907 = l_mut_215 == l_mut_39;
const bool l_908 = l_899 <= l_mut_38;
const bool l_909 = l_907 && l_908;
const bool l_910 = l_906 || l_909;
if (l_910) {
l_mut_535 = l_mut_535 + float(1.0);
}
const uint l_911 = l_mut_235 * uint(4);
const uint l_912 = l_911 + uint(3);
const float l_913 = l_871.i_3;
l_mut_525 = l_913;
const uint l_914 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_234 = l_914;
const bool l_915 = l_mut_234 == uint(2147483648);
if (l_915) {
l_mut_234 = uint(0);
}
const uint l_916 = l_mut_234 | uint(2147483648);
l_mut_215 = l_916;
const bool l_917 = l_mut_234 >= uint(2147483648);
if (l_917) {
const uint l_918 = ~l_mut_234;
l_mut_215 = l_918;
}
const bool l_919 = l_mut_215 > l_mut_39;
const bool l_920 = l_mut_215 == l_mut_39;
const bool l_921 = l_912 <= l_mut_38;
const bool l_922 = l_920 && l_921;
const bool l_923 = l_919 || l_922;
if (l_923) {
l_mut_535 = l_mut_535 + float(1.0);
}
l_mut_235 = l_mut_235 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_535;
l_mut_525 = l_mut_535;
l_mut_234 = uint(1);
while (true) {
const bool l_924 = l_mut_234 < total_thread_in_threadgroup;
const bool l_925 = !l_924;
if (l_925) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_515 = float(0.0);
const bool l_926 = thread_index_in_threadgroup >= l_mut_234;
if (l_926) {
const uint l_927 = thread_index_in_threadgroup - l_mut_234;
const float l_928 = shared_memory_30[l_927];
l_mut_515 = l_928;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = l_mut_525 + l_mut_515;
shared_memory_30[thread_index_in_threadgroup] = l_mut_525;
l_mut_234 = l_mut_234 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_929 = l_mut_525 - l_mut_535;
const uint l_930 = uint(l_929);
l_mut_234 = l_930;
l_mut_215 = uint(0);
l_mut_208 = thread_index_in_threadgroup;
while (true) {
const bool l_931 = l_mut_208 < l_25;
const bool l_932 = !l_931;
if (l_932) {
break;}
const uint l_933 = l_26 + l_mut_208;
const float_4 l_934 = buffer_0[l_933];
const uint l_935 = l_mut_208 * uint(4);
const uint l_936 = l_935 + uint(0);
const float l_937 = l_934.i_0;
l_mut_535 = l_937;
const uint l_938 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_206 = l_938;
const bool l_939 = l_mut_206 == uint(2147483648);
if (l_939) {
l_mut_206 = uint(0);
}
const uint l_940 = l_mut_206 | uint(2147483648);
l_mut_941 = l_940;
const bool l_942 = l_mut_206 >= uint(2147483648);
if (l_942) {
const uint l_943 = ~l_mut_206;
l_mut_941 = l_943;
}
const bool l_944 = l_mut_941 > l_mut_39;
const bool l_945 = l_mut_941 == l_mut_39;
const bool l_946 = l_936 <= l_mut_38;
const bool l_947 = l_945 && l_946;
const bool l_948 = l_944 || l_947;
if (l_948) {
const bool l_949 = l_mut_234 < l_mut_36;
if (l_949) {
shared_memory_28[l_mut_234] = l_mut_941;
shared_memory_29[l_mut_234] = l_936;
}
l_mut_234 = l_mut_234 + uint(1);
}
const uint l_950 = l_mut_208 * uint(4);
const uint l_951 = l_950 + uint(1);
const float l_952 = l_934.i_1;
l_mut_535 = l_952;
const uint l_953 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_941 = l_953;
const bool l_954 = l_mut_941 == uint(2147483648);
if (l_954) {
l_mut_941 = uint(0);
}
const uint l_955 = l_mut_941 | uint(2147483648);
l_mut_206 = l_955;
const bool l_956 = l_mut_941 >= uint(2147483648);
if (l_956) {
const uint l_957 = ~l_mut_941;
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
const uint l_965 = l_964 + uint(2);
const float l_966 = l_934.i_2;
l_mut_535 = l_966;
const uint l_967 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_941 = l_967;
const bool l_968 = l_mut_941 == uint(2147483648);
if (l_968) {
l_mut_941 = uint(0);
}
const uint l_969 = l_mut_941 | uint(2147483648);
l_mut_206 = l_969;
const bool l_970 = l_mut_941 >= uint(2147483648);
if (l_970) {
const uint l_971 = ~l_mut_941;
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
const uint l_978 = l_mut_208 * uint(4);
const uint l_979 = l_978 + uint(3);
const float l_980 = l_934.i_3;
l_mut_535 = l_980;
const uint l_981 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_941 = l_981;
const bool l_982 = l_mut_941 == uint(2147483648);
if (l_982) {
l_mut_941 = uint(0);
}
const uint l_983 = l_mut_941 | uint(2147483648);
l_mut_206 = l_983;
const bool l_984 = l_mut_941 >= uint(2147483648);
if (l_984) {
const uint l_985 = ~l_mut_941;
l_mut_206 = l_985;
}
const bool l_986 = l_mut_206 > l_mut_39;
const bool l_987 = l_mut_206 == l_mut_39;
const bool l_988 = l_979 <= l_mut_38;
const bool l_989 = l_987 && l_988;
const bool l_990 = l_986 || l_989;
if (l_990) {
const bool l_991 = l_mut_234 < l_mut_36;
if (l_991) {
shared_memory_28[l_mut_234] = l_mut_206;
shared_memory_29[l_mut_234] = l_979;
}
l_mut_234 = l_mut_234 + uint(1);
}
l_mut_208 = l_mut_208 + total_thread_in_threadgroup;
}
l_mut_941 = uint(2);
while (true) {
const bool l_992 = l_mut_941 <= l_mut_582;
const bool l_993 = !l_992;
if (l_993) {
break;}
const uint l_994 = l_mut_941 / uint(2);
l_mut_206 = l_994;
while (true) {
const bool l_995 = l_mut_206 > uint(0);
const bool l_996 = !l_995;
if (l_996) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_997 = thread_index_in_threadgroup;
while (true) {
const uint l_998 = l_mut_582 / uint(2);
const bool l_999 = l_mut_997 < l_998;
const bool l_1000 = !l_999;
if (l_1000) {
break;}
const uint l_1001 = l_mut_997 / l_mut_206;
const uint l_1002 = l_1001 * l_mut_206;
const uint l_1003 = l_1002 * uint(2);
const uint l_1004 = l_mut_997 % l_mut_206;
const uint l_1005 = l_1003 + l_1004;
const uint l_1006 = l_1005 + l_mut_206;
const uint l_1007 = l_1005 & l_mut_941;
const bool l_1008 = l_1007 == uint(0);
const uint l_1009 = shared_memory_28[l_1005];
const uint l_1010 = shared_memory_29[l_1005];
const uint l_1011 = shared_memory_28[l_1006];
const uint l_1012 = shared_memory_29[l_1006];
const bool l_1013 = l_1012 < l_1010;
l_mut_539 = l_1013;
const bool l_1014 = l_1010 < l_1012;
l_mut_207 = l_1014;
const bool l_1015 = !bool(false);
if (l_1015) {
const bool l_1016 = l_1011 > l_1009;
const bool l_1017 = l_1011 == l_1009;
const bool l_1018 = l_1012 < l_1010;
const bool l_1019 = l_1017 && l_1018;
const bool l_1020 = l_1016 || l_1019;
l_mut_539 = l_1020;
const bool l_1021 = l_1009 > l_1011;
const bool l_1022 = l_1009 == l_1011;
const bool l_1023 = l_1010 < l_1012;
const bool l_1024 = l_1022 && l_1023;
const bool l_1025 = l_1021 || l_1024;
l_mut_207 = l_1025;
}
const bool l_1026 = l_1008 && l_mut_539;
const bool l_1027 = !l_1008;
const bool l_1028 = l_1027 && l_mut_207;
const bool l_1029 = l_1026 || l_1028;
if (l_1029) {
shared_memory_28[l_1005] = l_1011;
shared_memory_29[l_1005] = l_1012;
shared_memory_28[l_1006] = l_1009;
shared_memory_29[l_1006] = l_1010;
}
l_mut_997 = l_mut_997 + total_thread_in_threadgroup;
}
l_mut_206 = l_mut_206 / uint(2);
}
l_mut_941 = l_mut_941 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1030 = l_mut_36 + total_thread_in_threadgroup;
const uint l_1031 = l_1030 - uint(1);
const uint l_1032 = l_1031 / total_thread_in_threadgroup;
const uint l_1033 = thread_index_in_threadgroup * l_1032;
l_mut_997 = l_1033;
const bool l_1034 = l_mut_997 > l_mut_36;
if (l_1034) {
l_mut_997 = l_mut_36;
}
const uint l_1035 = l_mut_997 + l_1032;
l_mut_941 = l_1035;
const bool l_1036 = l_mut_941 > l_mut_36;
if (l_1036) {
l_mut_941 = l_mut_36;
}
l_mut_535 = float(0.0);

for (uint l_mut_1037 = l_mut_997; l_mut_1037 < l_mut_941; ++l_mut_1037) {
const uint l_1038 = shared_memory_28[l_mut_1037];
const uint l_1039 = ~l_1038;
l_mut_582 = l_1039;
const bool l_1040 = l_1038 >= uint(2147483648);
if (l_1040) {
const uint l_1041 = l_1038 & uint(2147483647);
l_mut_582 = l_1041;
}
const float l_1042 = reinterpret_cast<thread float const&>(l_mut_582);
l_mut_525 = float(1.0);
const bool l_1043 = l_1042 != l_mut_61;
if (l_1043) {
const float l_1044 = l_1042 - l_mut_61;
const float l_1045 = l_1044 * l_mut_22;
const float l_1046 = exp(l_1045);
l_mut_525 = l_1046;
}
l_mut_535 = l_mut_535 + l_mut_525;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_535;
l_mut_525 = l_mut_535;
l_mut_582 = uint(1);
while (true) {
const bool l_1047 = l_mut_582 < total_thread_in_threadgroup;
const bool l_1048 = !l_1047;
if (l_1048) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);
const bool l_1049 = thread_index_in_threadgroup >= l_mut_582;
if (l_1049) {
const uint l_1050 = thread_index_in_threadgroup - l_mut_582;
const float l_1051 = shared_memory_30[l_1050];
l_mut_535 = l_1051;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = l_mut_525 + l_mut_535;
shared_memory_30[thread_index_in_threadgroup] = l_mut_525;
l_mut_582 = l_mut_582 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1052 = total_thread_in_threadgroup - uint(1);
const float l_1053 = shared_memory_30[l_1052];
const float l_1054 = l_12 * l_1053;
const bool l_1055 = l_12 < float(1.0);
const bool l_1056 = bool(true) && l_1055;
l_mut_535 = float(0.0);
const bool l_1057 = thread_index_in_threadgroup > uint(0);
if (l_1057) {
const uint l_1058 = thread_index_in_threadgroup - uint(1);
const float l_1059 = shared_memory_30[l_1058];
l_mut_535 = l_1059;
}
l_mut_525 = l_mut_535;
l_mut_535 = float(0.0);

for (uint l_mut_1060 = l_mut_997; l_mut_1060 < l_mut_941; ++l_mut_1060) {
const uint l_1061 = shared_memory_28[l_mut_1060];
const uint l_1062 = ~l_1061;
l_mut_582 = l_1062;
const bool l_1063 = l_1061 >= uint(2147483648);
if (l_1063) {
const uint l_1064 = l_1061 & uint(2147483647);
l_mut_582 = l_1064;
}
const float l_1065 = reinterpret_cast<thread float const&>(l_mut_582);
l_mut_515 = float(1.0);
const bool l_1066 = l_1065 != l_mut_61;
if (l_1066) {
const float l_1067 = l_1065 - l_mut_61;
const float l_1068 = l_1067 * l_mut_22;
const float l_1069 = exp(l_1068);
l_mut_515 = l_1069;
}
l_mut_539 = bool(true);
if (l_1056) {
const bool l_1070 = l_mut_525 < l_1054;
l_mut_539 = l_1070;
}
if (l_mut_539) {
l_mut_535 = l_mut_535 + float(1.0);
}
l_mut_525 = l_mut_525 + l_mut_515;
}
const float l_1071 = float {simd_sum(l_mut_535)
};
const uint l_1072 = total_thread_in_threadgroup + simd_size;
const uint l_1073 = l_1072 - uint(1);
const uint l_1074 = l_1073 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1075 = thread_index_in_threadgroup % simd_size;
const bool l_1076 = l_1075 == uint(0);
if (l_1076) {
const uint l_1077 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1077] = l_1071;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);

for (uint l_mut_1078 = uint(0); l_mut_1078 < l_1074; ++l_mut_1078) {
const float l_1079 = shared_memory_33[l_mut_1078];
l_mut_535 = l_mut_535 + l_1079;
}
const uint l_1080 = uint(l_mut_535);
l_mut_582 = l_1080;
const bool l_1081 = l_mut_582 < uint(1);
if (l_1081) {
l_mut_582 = uint(1);
}
const uint l_1082 = l_mut_582 - uint(1);
const uint l_1083 = shared_memory_28[l_1082];
l_mut_39 = l_1083;
const uint l_1084 = l_mut_582 - uint(1);
const uint l_1085 = shared_memory_29[l_1084];
l_mut_38 = l_1085;
l_mut_203 = bool(false);
threadgroup_barrier(mem_flags::mem_threadgroup);
} else {
l_mut_535 = l_mut_49;
const bool l_1086 = l_mut_36 < info.scalars_uint[1];
if (l_1086) {
l_mut_525 = float(0.0);
l_mut_997 = uint(0);
l_mut_941 = thread_index_in_threadgroup;
while (true) {
const bool l_1087 = l_mut_941 < l_25;
const bool l_1088 = !l_1087;
if (l_1088) {
break;}
const uint l_1089 = l_26 + l_mut_941;
const float_4 l_1090 = buffer_0[l_1089];
const uint l_1091 = l_mut_941 * uint(4);
const uint l_1092 = l_1091 + uint(0);
const float l_1093 = l_1090.i_0;
l_mut_515 = l_1093;
const uint l_1094 = reinterpret_cast<thread uint const&>(l_mut_515);
l_mut_582 = l_1094;
const bool l_1095 = l_mut_582 == uint(2147483648);
if (l_1095) {
l_mut_582 = uint(0);
}
const uint l_1096 = l_mut_582 | uint(2147483648);
l_mut_248 = l_1096;
const bool l_1097 = l_mut_582 >= uint(2147483648);
if (l_1097) {
const uint l_1098 = ~l_mut_582;
l_mut_248 = l_1098;
}
const bool l_1099 = l_mut_248 > l_mut_39;
const bool l_1100 = l_mut_248 == l_mut_39;
const bool l_1101 = l_1092 <= l_mut_38;
const bool l_1102 = l_1100 && l_1101;
const bool l_1103 = l_1099 || l_1102;
if (l_1103) {
l_mut_505 = float(1.0);
const bool l_1104 = l_mut_515 != l_mut_61;
if (l_1104) {
const float l_1105 = l_mut_515 - l_mut_61;
const float l_1106 = l_1105 * l_mut_22;
const float l_1107 = exp(l_1106);
l_mut_505 = l_1107;
}
l_mut_525 = l_mut_525 + l_mut_505;
}
const uint l_1108 = l_mut_941 * uint(4);
const uint l_1109 = l_1108 + uint(1);
const float l_1110 = l_1090.i_1;
l_mut_515 = l_1110;
const uint l_1111 = reinterpret_cast<thread uint const&>(l_mut_515);
l_mut_582 = l_1111;
const bool l_1112 = l_mut_582 == uint(2147483648);
if (l_1112) {
l_mut_582 = uint(0);
}
const uint l_1113 = l_mut_582 | uint(2147483648);
l_mut_248 = l_1113;
const bool l_1114 = l_mut_582 >= uint(2147483648);
if (l_1114) {
const uint l_1115 = ~l_mut_582;
l_mut_248 = l_1115;
}
const bool l_1116 = l_mut_248 > l_mut_39;
const bool l_1117 = l_mut_248 == l_mut_39;
const bool l_1118 = l_1109 <= l_mut_38;
const bool l_1119 = l_1117 && l_1118;
const bool l_1120 = l_1116 || l_1119;
if (l_1120) {
l_mut_505 = float(1.0);
const bool l_1121 = l_mut_515 != l_mut_61;
if (l_1121) {
const float l_1122 = l_mut_515 - l_mut_61;
const float l_1123 = l_1122 * l_mut_22;
const float l_1124 = exp(l_1123);
l_mut_505 = l_1124;
}
l_mut_525 = l_mut_525 + l_mut_505;
}
const uint l_1125 = l_mut_941 * uint(4);
const uint l_1126 = l_1125 + uint(2);
const float l_1127 = l_1090.i_2;
l_mut_515 = l_1127;
const uint l_1128 = reinterpret_cast<thread uint const&>(l_mut_515);
l_mut_582 = l_1128;
const bool l_1129 = l_mut_582 == uint(2147483648);
if (l_1129) {
l_mut_582 = uint(0);
}
const uint l_1130 = l_mut_582 | uint(2147483648);
l_mut_248 = l_1130;
const bool l_1131 = l_mut_582 >= uint(2147483648);
if (l_1131) {
const uint l_1132 = ~l_mut_582;
l_mut_248 = l_1132;
}
const bool l_1133 = l_mut_248 > l_mut_39;
const bool l_1134 = l_mut_248 == l_mut_39;
const bool l_1135 = l_1126 <= l_mut_38;
const bool l_1136 = l_1134 && l_1135;
const bool l_1137 = l_1133 || l_1136;
if (l_1137) {
l_mut_505 = float(1.0);
const bool l_1138 = l_mut_515 != l_mut_61;
if (l_1138) {
const float l_1139 = l_mut_515 - l_mut_61;
const float l_1140 = l_1139 * l_mut_22;
const float l_1141 = exp(l_1140);
l_mut_505 = l_1141;
}
l_mut_525 = l_mut_525 + l_mut_505;
}
const uint l_1142 = l_mut_941 * uint(4);
const uint l_1143 = l_1142 + uint(3);
const float l_1144 = l_1090.i_3;
l_mut_515 = l_1144;
const uint l_1145 = reinterpret_cast<thread uint const&>(l_mut_515);
l_mut_582 = l_1145;
const bool l_1146 = l_mut_582 == uint(2147483648);
if (l_1146) {
l_mut_582 = uint(0);
}
const uint l_1147 = l_mut_582 | uint(2147483648);
l_mut_248 = l_1147;
const bool l_1148 = l_mut_582 >= uint(2147483648);
if (l_1148) {
const uint l_1149 = ~l_mut_582;
l_mut_248 = l_1149;
}
const bool l_1150 = l_mut_248 > l_mut_39;
const bool l_1151 = l_mut_248 == l_mut_39;
const bool l_1152 = l_1143 <= l_mut_38;
const bool l_1153 = l_1151 && l_1152;
const bool l_1154 = l_1150 || l_1153;
if (l_1154) {
l_mut_505 = float(1.0);
const bool l_1155 = l_mut_515 != l_mut_61;
if (l_1155) {
const float l_1156 = l_mut_515 - l_mut_61;
const float l_1157 = l_1156 * l_mut_22;
const float l_1158 = exp(l_1157);
l_mut_505 = l_1158;
}
l_mut_525 = l_mut_525 + l_mut_505;
}
l_mut_941 = l_mut_941 + total_thread_in_threadgroup;
}
const float l_1159 = float {simd_sum(l_mut_525)
};
const uint l_1160 = total_thread_in_threadgroup + simd_size;
const uint l_1161 = l_1160 - uint(1);
const uint l_1162 = l_1161 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1163 = thread_index_in_threadgroup % simd_size;
const bool l_1164 = l_1163 == uint(0);
if (l_1164) {
const uint l_1165 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1165] = l_1159;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = float(0.0);

for (uint l_mut_1166 = uint(0); l_mut_1166 < l_1162; ++l_mut_1166) {
const float l_1167 = shared_memory_33[l_mut_1166];
l_mut_525 = l_mut_525 + l_1167;
}
l_mut_535 = l_mut_525;
}
const float l_1168 = l_12 * l_mut_535;
l_mut_997 = uint(0);
l_mut_535 = float(0.0);
l_mut_525 = float(0.0);
l_mut_539 = bool(false);
l_mut_941 = uint(0);
while (true) {
const bool l_1169 = l_mut_941 < uint(8);
const bool l_1170 = !l_mut_539;
const bool l_1171 = l_1169 && l_1170;
const bool l_1172 = !l_1171;
if (l_1172) {
break;}
const uint l_1173 = uint(4) * l_mut_941;
const uint l_1174 = uint(28) - l_1173;
l_mut_582 = uint(0);
const bool l_1175 = l_mut_941 > uint(0);
if (l_1175) {
const uint l_1176 = l_1174 + uint(4);
const uint l_1177 = uint(4294967295) << l_1176;
l_mut_582 = l_1177;
}
l_mut_515 = float(0.0);
l_mut_505 = float(0.0);
l_mut_495 = float(0.0);
l_mut_485 = float(0.0);
l_mut_475 = float(0.0);
l_mut_465 = float(0.0);
l_mut_455 = float(0.0);
l_mut_445 = float(0.0);
l_mut_435 = float(0.0);
l_mut_425 = float(0.0);
l_mut_415 = float(0.0);
l_mut_405 = float(0.0);
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_232 = float(0.0);
l_mut_248 = uint(0);
l_mut_245 = thread_index_in_threadgroup;
while (true) {
const bool l_1178 = l_mut_245 < l_25;
const bool l_1179 = !l_1178;
if (l_1179) {
break;}
const uint l_1180 = l_26 + l_mut_245;
const float_4 l_1181 = buffer_0[l_1180];
const uint l_1182 = l_mut_245 * uint(4);
const uint l_1183 = l_1182 + uint(0);
const float l_1184 = l_1181.i_0;
l_mut_231 = l_1184;
const uint l_1185 = reinterpret_cast<thread uint const&>(l_mut_231);
l_mut_235 = l_1185;
const bool l_1186 = l_mut_235 == uint(2147483648);
if (l_1186) {
l_mut_235 = uint(0);
}
const uint l_1187 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1187;
const bool l_1188 = l_mut_235 >= uint(2147483648);
if (l_1188) {
const uint l_1189 = ~l_mut_235;
l_mut_234 = l_1189;
}
const uint l_1190 = l_mut_234 & l_mut_582;
const bool l_1191 = l_1190 == l_mut_997;
const bool l_1192 = l_mut_234 > l_mut_39;
const bool l_1193 = l_mut_234 == l_mut_39;
const bool l_1194 = l_1183 <= l_mut_38;
const bool l_1195 = l_1193 && l_1194;
const bool l_1196 = l_1192 || l_1195;
const bool l_1197 = l_1191 && l_1196;
if (l_1197) {
l_mut_230 = float(1.0);
l_mut_229 = float(1.0);
const bool l_1198 = l_mut_231 != l_mut_61;
if (l_1198) {
const float l_1199 = l_mut_231 - l_mut_61;
const float l_1200 = l_1199 * l_mut_22;
const float l_1201 = exp(l_1200);
l_mut_229 = l_1201;
}
l_mut_230 = l_mut_229;
const uint l_1202 = l_mut_234 >> l_1174;
const uint l_1203 = l_1202 & uint(15);
const bool l_1204 = l_1203 == uint(0);
if (l_1204) {
l_mut_515 = l_mut_515 + l_mut_230;
}
const bool l_1205 = l_1203 == uint(1);
if (l_1205) {
l_mut_505 = l_mut_505 + l_mut_230;
}
const bool l_1206 = l_1203 == uint(2);
if (l_1206) {
l_mut_495 = l_mut_495 + l_mut_230;
}
const bool l_1207 = l_1203 == uint(3);
if (l_1207) {
l_mut_485 = l_mut_485 + l_mut_230;
}
const bool l_1208 = l_1203 == uint(4);
if (l_1208) {
l_mut_475 = l_mut_475 + l_mut_230;
}
const bool l_1209 = l_1203 == uint(5);
if (l_1209) {
l_mut_465 = l_mut_465 + l_mut_230;
}
const bool l_1210 = l_1203 == uint(6);
if (l_1210) {
l_mut_455 = l_mut_455 + l_mut_230;
}
const bool l_1211 = l_1203 == uint(7);
if (l_1211) {
l_mut_445 = l_mut_445 + l_mut_230;
}
const bool l_1212 = l_1203 == uint(8);
if (l_1212) {
l_mut_435 = l_mut_435 + l_mut_230;
}
const bool l_1213 = l_1203 == uint(9);
if (l_1213) {
l_mut_425 = l_mut_425 + l_mut_230;
}
const bool l_1214 = l_1203 == uint(10);
if (l_1214) {
l_mut_415 = l_mut_415 + l_mut_230;
}
const bool l_1215 = l_1203 == uint(11);
if (l_1215) {
l_mut_405 = l_mut_405 + l_mut_230;
}
const bool l_1216 = l_1203 == uint(12);
if (l_1216) {
l_mut_259 = l_mut_259 + l_mut_230;
}
const bool l_1217 = l_1203 == uint(13);
if (l_1217) {
l_mut_243 = l_mut_243 + l_mut_230;
}
const bool l_1218 = l_1203 == uint(14);
if (l_1218) {
l_mut_233 = l_mut_233 + l_mut_230;
}
const bool l_1219 = l_1203 == uint(15);
if (l_1219) {
l_mut_232 = l_mut_232 + l_mut_230;
}
}
const uint l_1220 = l_mut_245 * uint(4);
const uint l_1221 = l_1220 + uint(1);
const float l_1222 = l_1181.i_1;
l_mut_231 = l_1222;
const uint l_1223 = reinterpret_cast<thread uint const&>(l_mut_231);
l_mut_235 = l_1223;
const bool l_1224 = l_mut_235 == uint(2147483648);
if (l_1224) {
l_mut_235 = uint(0);
}
const uint l_1225 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1225;
const bool l_1226 = l_mut_235 >= uint(2147483648);
if (l_1226) {
const uint l_1227 = ~l_mut_235;
l_mut_234 = l_1227;
}
const uint l_1228 = l_mut_234 & l_mut_582;
const bool l_1229 = l_1228 == l_mut_997;
const bool l_1230 = l_mut_234 > l_mut_39;
const bool l_1231 = l_mut_234 == l_mut_39;
const bool l_1232 = l_1221 <= l_mut_38;
const bool l_1233 = l_1231 && l_1232;
const bool l_1234 = l_1230 || l_1233;
const bool l_1235 = l_1229 && l_1234;
if (l_1235) {
l_mut_230 = float(1.0);
l_mut_229 = float(1.0);
const bool l_1236 = l_mut_231 != l_mut_61;
if (l_1236) {
const float l_1237 = l_mut_231 - l_mut_61;
const float l_1238 = l_1237 * l_mut_22;
const float l_1239 = exp(l_1238);
l_mut_229 = l_1239;
}
l_mut_230 = l_mut_229;
const uint l_1240 = l_mut_234 >> l_1174;
const uint l_1241 = l_1240 & uint(15);
const bool l_1242 = l_1241 == uint(0);
if (l_1242) {
l_mut_515 = l_mut_515 + l_mut_230;
}
const bool l_1243 = l_1241 == uint(1);
if (l_1243) {
l_mut_505 = l_mut_505 + l_mut_230;
}
const bool l_1244 = l_1241 == uint(2);
if (l_1244) {
l_mut_495 = l_mut_495 + l_mut_230;
}
const bool l_1245 = l_1241 == uint(3);
if (l_1245) {
l_mut_485 = l_mut_485 + l_mut_230;
}
const bool l_1246 = l_1241 == uint(4);
if (l_1246) {
l_mut_475 = l_mut_475 + l_mut_230;
}
const bool l_1247 = l_1241 == uint(5);
if (l_1247) {
l_mut_465 = l_mut_465 + l_mut_230;
}
const bool l_1248 = l_1241 == uint(6);
if (l_1248) {
l_mut_455 = l_mut_455 + l_mut_230;
}
const bool l_1249 = l_1241 == uint(7);
if (l_1249) {
l_mut_445 = l_mut_445 + l_mut_230;
}
const bool l_1250 = l_1241 == uint(8);
if (l_1250) {
l_mut_435 = l_mut_435 + l_mut_230;
}
const bool l_1251 = l_1241 == uint(9);
if (l_1251) {
l_mut_425 = l_mut_425 + l_mut_230;
}
const bool l_1252 = l_1241 == uint(10);
if (l_1252) {
l_mut_415 = l_mut_415 + l_mut_230;
}
const bool l_1253 = l_1241 == uint(11);
if (l_1253) {
l_mut_405 = l_mut_405 + l_mut_230;
}
const bool l_1254 = l_1241 == uint(12);
if (l_1254) {
l_mut_259 = l_mut_259 + l_mut_230;
}
const bool l_1255 = l_1241 == uint(13);
if (l_1255) {
l_mut_243 = l_mut_243 + l_mut_230;
}
const bool l_1256 = l_1241 == uint(14);
if (l_1256) {
l_mut_233 = l_mut_233 + l_mut_230;
}
const bool l_1257 = l_1241 == uint(15);
if (l_1257) {
l_mut_232 = l_mut_232 + l_mut_230;
}
}
const uint l_1258 = l_mut_245 * uint(4);
const uint l_1259 = l_1258 + uint(2);
const float l_1260 = l_1181.i_2;
l_mut_231 = l_1260;
const uint l_1261 = reinterpret_cast<thread uint const&>(l_mut_231);
l_mut_235 = l_1261;
const bool l_1262 = l_mut_235 == uint(2147483648);
if (l_1262) {
l_mut_235 = uint(0);
}
const uint l_1263 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1263;
const bool l_1264 = l_mut_235 >= uint(2147483648);
if (l_1264) {
const uint l_1265 = ~l_mut_235;
l_mut_234 = l_1265;
}
const uint l_1266 = l_mut_234 & l_mut_582;
const bool l_1267 = l_1266 == l_mut_997;
const bool l_1268 = l_mut_234 > l_mut_39;
const bool l_1269 = l_mut_234 == l_mut_39;
const bool l_1270 = l_1259 <= l_mut_38;
const bool l_1271 = l_1269 && l_1270;
const bool l_1272 = l_1268 || l_1271;
const bool l_1273 = l_1267 && l_1272;
if (l_1273) {
l_mut_230 = float(1.0);
l_mut_229 = float(1.0);
const bool l_1274 = l_mut_231 != l_mut_61;
if (l_1274) {
const float l_1275 = l_mut_231 - l_mut_61;
const float l_1276 = l_1275 * l_mut_22;
const float l_1277 = exp(l_1276);
l_mut_229 = l_1277;
}
l_mut_230 = l_mut_229;
const uint l_1278 = l_mut_234 >> l_1174;
const uint l_1279 = l_1278 & uint(15);
const bool l_1280 = l_1279 == uint(0);
if (l_1280) {
l_mut_515 = l_mut_515 + l_mut_230;
}
const bool l_1281 = l_1279 == uint(1);
if (l_1281) {
l_mut_505 = l_mut_505 + l_mut_230;
}
const bool l_1282 = l_1279 == uint(2);
if (l_1282) {
l_mut_495 = l_mut_495 + l_mut_230;
}
const bool l_1283 = l_1279 == uint(3);
if (l_1283) {
l_mut_485 = l_mut_485 + l_mut_230;
}
const bool l_1284 = l_1279 == uint(4);
if (l_1284) {
l_mut_475 = l_mut_475 + l_mut_230;
}
const bool l_1285 = l_1279 == uint(5);
if (l_1285) {
l_mut_465 = l_mut_465 + l_mut_230;
}
const bool l_1286 = l_1279 == uint(6);
if (l_1286) {
l_mut_455 = l_mut_455 + l_mut_230;
}
const bool l_1287 = l_1279 == uint(7);
if (l_1287) {
l_mut_445 = l_mut_445 + l_mut_230;
}
const bool l_1288 = l_1279 == uint(8);
if (l_1288) {
l_mut_435 = l_mut_435 + l_mut_230;
}
const bool l_1289 = l_1279 == uint(9);
if (l_1289) {
l_mut_425 = l_mut_425 + l_mut_230;
}
const bool l_1290 = l_1279 == uint(10);
if (l_1290) {
l_mut_415 = l_mut_415 + l_mut_230;
}
const bool l_1291 = l_1279 == uint(11);
if (l_1291) {
l_mut_405 = l_mut_405 + l_mut_230;
}
const bool l_1292 = l_1279 == uint(12);
if (l_1292) {
l_mut_259 = l_mut_259 + l_mut_230;
}
const bool l_1293 = l_1279 == uint(13);
if (l_1293) {
l_mut_243 = l_mut_243 + l_mut_230;
}
const bool l_1294 = l_1279 == uint(14);
if (l_1294) {
l_mut_233 = l_mut_233 + l_mut_230;
}
const bool l_1295 = l_1279 == uint(15);
if (l_1295) {
l_mut_232 = l_mut_232 + l_mut_230;
}
}
const uint l_1296 = l_mut_245 * uint(4);
const uint l_1297 = l_1296 + uint(3);
const float l_1298 = l_1181.i_3;
l_mut_231 = l_1298;
const uint l_1299 = reinterpret_cast<thread uint const&>(l_mut_231);
l_mut_235 = l_1299;
const bool l_1300 = l_mut_235 == uint(2147483648);
if (l_1300) {
l_mut_235 = uint(0);
}
const uint l_1301 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1301;
const bool l_1302 = l_mut_235 >= uint(2147483648);
if (l_1302) {
const uint l_1303 = ~l_mut_235;
l_mut_234 = l_1303;
}
const uint l_1304 = l_mut_234 & l_mut_582;
const bool l_1305 = l_1304 == l_mut_997;
const bool l_1306 = l_mut_234 > l_mut_39;
const bool l_1307 = l_mut_234 == l_mut_39;
const bool l_1308 = l_1297 <= l_mut_38;
const bool l_1309 = l_1307 && l_1308;
const bool l_1310 = l_1306 || l_1309;
const bool l_1311 = l_1305 && l_1310;
if (l_1311) {
l_mut_230 = float(1.0);
l_mut_229 = float(1.0);
const bool l_1312 = l_mut_231 != l_mut_61;
if (l_1312) {
const float l_1313 = l_mut_231 - l_mut_61;
const float l_1314 = l_1313 * l_mut_22;
const float l_1315 = exp(l_1314);
l_mut_229 = l_1315;
}
l_mut_230 = l_mut_229;
const uint l_1316 = l_mut_234 >> l_1174;
const uint l_1317 = l_1316 & uint(15);
const bool l_1318 = l_1317 == uint(0);
if (l_1318) {
l_mut_515 = l_mut_515 + l_mut_230;
}
const bool l_1319 = l_1317 == uint(1);
if (l_1319) {
l_mut_505 = l_mut_505 + l_mut_230;
}
const bool l_1320 = l_1317 == uint(2);
if (l_1320) {
l_mut_495 = l_mut_495 + l_mut_230;
}
const bool l_1321 = l_1317 == uint(3);
if (l_1321) {
l_mut_485 = l_mut_485 + l_mut_230;
}
const bool l_1322 = l_1317 == uint(4);
if (l_1322) {
l_mut_475 = l_mut_475 + l_mut_230;
}
const bool l_1323 = l_1317 == uint(5);
if (l_1323) {
l_mut_465 = l_mut_465 + l_mut_230;
}
const bool l_1324 = l_1317 == uint(6);
if (l_1324) {
l_mut_455 = l_mut_455 + l_mut_230;
}
const bool l_1325 = l_1317 == uint(7);
if (l_1325) {
l_mut_445 = l_mut_445 + l_mut_230;
}
const bool l_1326 = l_1317 == uint(8);
if (l_1326) {
l_mut_435 = l_mut_435 + l_mut_230;
}
const bool l_1327 = l_1317 == uint(9);
if (l_1327) {
l_mut_425 = l_mut_425 + l_mut_230;
}
const bool l_1328 = l_1317 == uint(10);
if (l_1328) {
l_mut_415 = l_mut_415 + l_mut_230;
}
const bool l_1329 = l_1317 == uint(11);
if (l_1329) {
l_mut_405 = l_mut_405 + l_mut_230;
}
const bool l_1330 = l_1317 == uint(12);
if (l_1330) {
l_mut_259 = l_mut_259 + l_mut_230;
}
const bool l_1331 = l_1317 == uint(13);
if (l_1331) {
l_mut_243 = l_mut_243 + l_mut_230;
}
const bool l_1332 = l_1317 == uint(14);
if (l_1332) {
l_mut_233 = l_mut_233 + l_mut_230;
}
const bool l_1333 = l_1317 == uint(15);
if (l_1333) {
l_mut_232 = l_mut_232 + l_mut_230;
}
}
l_mut_245 = l_mut_245 + total_thread_in_threadgroup;
}
const float l_1334 = float {simd_sum(l_mut_515)
};
const uint l_1335 = total_thread_in_threadgroup + simd_size;
const uint l_1336 = l_1335 - uint(1);
const uint l_1337 = l_1336 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1338 = thread_index_in_threadgroup % simd_size;
const bool l_1339 = l_1338 == uint(0);
if (l_1339) {
const uint l_1340 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1340] = l_1334;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_1341 = uint(0); l_mut_1341 < l_1337; ++l_mut_1341) {
const float l_1342 = shared_memory_33[l_mut_1341];
l_mut_231 = l_mut_231 + l_1342;
}
const float l_1343 = float {simd_sum(l_mut_505)
};
const uint l_1344 = total_thread_in_threadgroup + simd_size;
const uint l_1345 = l_1344 - uint(1);
const uint l_1346 = l_1345 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1347 = thread_index_in_threadgroup % simd_size;
const bool l_1348 = l_1347 == uint(0);
if (l_1348) {
const uint l_1349 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1349] = l_1343;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_1350 = uint(0); l_mut_1350 < l_1346; ++l_mut_1350) {
const float l_1351 = shared_memory_33[l_mut_1350];
l_mut_230 = l_mut_230 + l_1351;
}
const float l_1352 = float {simd_sum(l_mut_495)
};
const uint l_1353 = total_thread_in_threadgroup + simd_size;
const uint l_1354 = l_1353 - uint(1);
const uint l_1355 = l_1354 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1356 = thread_index_in_threadgroup % simd_size;
const bool l_1357 = l_1356 == uint(0);
if (l_1357) {
const uint l_1358 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1358] = l_1352;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_1359 = uint(0); l_mut_1359 < l_1355; ++l_mut_1359) {
const float l_1360 = shared_memory_33[l_mut_1359];
l_mut_229 = l_mut_229 + l_1360;
}
const float l_1361 = float {simd_sum(l_mut_485)
};
const uint l_1362 = total_thread_in_threadgroup + simd_size;
const uint l_1363 = l_1362 - uint(1);
const uint l_1364 = l_1363 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1365 = thread_index_in_threadgroup % simd_size;
const bool l_1366 = l_1365 == uint(0);
if (l_1366) {
const uint l_1367 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1367] = l_1361;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_1368 = uint(0); l_mut_1368 < l_1364; ++l_mut_1368) {
const float l_1369 = shared_memory_33[l_mut_1368];
l_mut_228 = l_mut_228 + l_1369;
}
const float l_1370 = float {simd_sum(l_mut_475)
};
const uint l_1371 = total_thread_in_threadgroup + simd_size;
const uint l_1372 = l_1371 - uint(1);
const uint l_1373 = l_1372 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1374 = thread_index_in_threadgroup % simd_size;
const bool l_1375 = l_1374 == uint(0);
if (l_1375) {
const uint l_1376 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1376] = l_1370;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_1377 = uint(0); l_mut_1377 < l_1373; ++l_mut_1377) {
const float l_1378 = shared_memory_33[l_mut_1377];
l_mut_227 = l_mut_227 + l_1378;
}
const float l_1379 = float {simd_sum(l_mut_465)
};
const uint l_1380 = total_thread_in_threadgroup + simd_size;
const uint l_1381 = l_1380 - uint(1);
const uint l_1382 = l_1381 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1383 = thread_index_in_threadgroup % simd_size;
const bool l_1384 = l_1383 == uint(0);
if (l_1384) {
const uint l_1385 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1385] = l_1379;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_1386 = uint(0); l_mut_1386 < l_1382; ++l_mut_1386) {
const float l_1387 = shared_memory_33[l_mut_1386];
l_mut_226 = l_mut_226 + l_1387;
}
const float l_1388 = float {simd_sum(l_mut_455)
};
const uint l_1389 = total_thread_in_threadgroup + simd_size;
const uint l_1390 = l_1389 - uint(1);
const uint l_1391 = l_1390 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1392 = thread_index_in_threadgroup % simd_size;
const bool l_1393 = l_1392 == uint(0);
if (l_1393) {
const uint l_1394 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1394] = l_1388;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_1395 = uint(0); l_mut_1395 < l_1391; ++l_mut_1395) {
const float l_1396 = shared_memory_33[l_mut_1395];
l_mut_225 = l_mut_225 + l_1396;
}
const float l_1397 = float {simd_sum(l_mut_445)
};
const uint l_1398 = total_thread_in_threadgroup + simd_size;
const uint l_1399 = l_1398 - uint(1);
const uint l_1400 = l_1399 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1401 = thread_index_in_threadgroup % simd_size;
const bool l_1402 = l_1401 == uint(0);
if (l_1402) {
const uint l_1403 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1403] = l_1397;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_1404 = uint(0); l_mut_1404 < l_1400; ++l_mut_1404) {
const float l_1405 = shared_memory_33[l_mut_1404];
l_mut_224 = l_mut_224 + l_1405;
}
const float l_1406 = float {simd_sum(l_mut_435)
};
const uint l_1407 = total_thread_in_threadgroup + simd_size;
const uint l_1408 = l_1407 - uint(1);
const uint l_1409 = l_1408 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1410 = thread_index_in_threadgroup % simd_size;
const bool l_1411 = l_1410 == uint(0);
if (l_1411) {
const uint l_1412 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1412] = l_1406;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_1413 = uint(0); l_mut_1413 < l_1409; ++l_mut_1413) {
const float l_1414 = shared_memory_33[l_mut_1413];
l_mut_223 = l_mut_223 + l_1414;
}
const float l_1415 = float {simd_sum(l_mut_425)
};
const uint l_1416 = total_thread_in_threadgroup + simd_size;
const uint l_1417 = l_1416 - uint(1);
const uint l_1418 = l_1417 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1419 = thread_index_in_threadgroup % simd_size;
const bool l_1420 = l_1419 == uint(0);
if (l_1420) {
const uint l_1421 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1421] = l_1415;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_1422 = uint(0); l_mut_1422 < l_1418; ++l_mut_1422) {
const float l_1423 = shared_memory_33[l_mut_1422];
l_mut_222 = l_mut_222 + l_1423;
}
const float l_1424 = float {simd_sum(l_mut_415)
};
const uint l_1425 = total_thread_in_threadgroup + simd_size;
const uint l_1426 = l_1425 - uint(1);
const uint l_1427 = l_1426 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1428 = thread_index_in_threadgroup % simd_size;
const bool l_1429 = l_1428 == uint(0);
if (l_1429) {
const uint l_1430 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1430] = l_1424;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1431 = uint(0); l_mut_1431 < l_1427; ++l_mut_1431) {
const float l_1432 = shared_memory_33[l_mut_1431];
l_mut_221 = l_mut_221 + l_1432;
}
const float l_1433 = float {simd_sum(l_mut_405)
};
const uint l_1434 = total_thread_in_threadgroup + simd_size;
const uint l_1435 = l_1434 - uint(1);
const uint l_1436 = l_1435 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1437 = thread_index_in_threadgroup % simd_size;
const bool l_1438 = l_1437 == uint(0);
if (l_1438) {
const uint l_1439 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1439] = l_1433;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_1440 = uint(0); l_mut_1440 < l_1436; ++l_mut_1440) {
const float l_1441 = shared_memory_33[l_mut_1440];
l_mut_220 = l_mut_220 + l_1441;
}
const float l_1442 = float {simd_sum(l_mut_259)
};
const uint l_1443 = total_thread_in_threadgroup + simd_size;
const uint l_1444 = l_1443 - uint(1);
const uint l_1445 = l_1444 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1446 = thread_index_in_threadgroup % simd_size;
const bool l_1447 = l_1446 == uint(0);
if (l_1447) {
const uint l_1448 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1448] = l_1442;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_219 = float(0.0);

for (uint l_mut_1449 = uint(0); l_mut_1449 < l_1445; ++l_mut_1449) {
const float l_1450 = shared_memory_33[l_mut_1449];
l_mut_219 = l_mut_219 + l_1450;
}
const float l_1451 = float {simd_sum(l_mut_243)
};
const uint l_1452 = total_thread_in_threadgroup + simd_size;
const uint l_1453 = l_1452 - uint(1);
const uint l_1454 = l_1453 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1455 = thread_index_in_threadgroup % simd_size;
const bool l_1456 = l_1455 == uint(0);
if (l_1456) {
const uint l_1457 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1457] = l_1451;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_179 = float(0.0);

for (uint l_mut_1458 = uint(0); l_mut_1458 < l_1454; ++l_mut_1458) {
const float l_1459 = shared_memory_33[l_mut_1458];
l_mut_179 = l_mut_179 + l_1459;
}
const float l_1460 = float {simd_sum(l_mut_233)
};
const uint l_1461 = total_thread_in_threadgroup + simd_size;
const uint l_1462 = l_1461 - uint(1);
const uint l_1463 = l_1462 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1464 = thread_index_in_threadgroup % simd_size;
const bool l_1465 = l_1464 == uint(0);
if (l_1465) {
const uint l_1466 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1466] = l_1460;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_37 = float(0.0);

for (uint l_mut_1467 = uint(0); l_mut_1467 < l_1463; ++l_mut_1467) {
const float l_1468 = shared_memory_33[l_mut_1467];
l_mut_37 = l_mut_37 + l_1468;
}
const float l_1469 = float {simd_sum(l_mut_232)
};
const uint l_1470 = total_thread_in_threadgroup + simd_size;
const uint l_1471 = l_1470 - uint(1);
const uint l_1472 = l_1471 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1473 = thread_index_in_threadgroup % simd_size;
const bool l_1474 = l_1473 == uint(0);
if (l_1474) {
const uint l_1475 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1475] = l_1469;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = float(0.0);

for (uint l_mut_1476 = uint(0); l_mut_1476 < l_1472; ++l_mut_1476) {
const float l_1477 = shared_memory_33[l_mut_1476];
l_mut_35 = l_mut_35 + l_1477;
}
const bool l_1478 = thread_index_in_threadgroup == uint(0);
if (l_1478) {
shared_memory_32[uint(0)] = l_mut_231;
shared_memory_32[uint(1)] = l_mut_230;
shared_memory_32[uint(2)] = l_mut_229;
shared_memory_32[uint(3)] = l_mut_228;
shared_memory_32[uint(4)] = l_mut_227;
shared_memory_32[uint(5)] = l_mut_226;
shared_memory_32[uint(6)] = l_mut_225;
shared_memory_32[uint(7)] = l_mut_224;
shared_memory_32[uint(8)] = l_mut_223;
shared_memory_32[uint(9)] = l_mut_222;
shared_memory_32[uint(10)] = l_mut_221;
shared_memory_32[uint(11)] = l_mut_220;
shared_memory_32[uint(12)] = l_mut_219;
shared_memory_32[uint(13)] = l_mut_179;
shared_memory_32[uint(14)] = l_mut_37;
shared_memory_32[uint(15)] = l_mut_35;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_515 = float(0.0);
l_mut_582 = uint(0);
l_mut_207 = bool(false);
l_mut_505 = float(0.0);

for (uint l_mut_1479 = uint(0); l_mut_1479 < uint(16); ++l_mut_1479) {
l_mut_248 = l_mut_1479;
const uint l_1480 = uint(15) - l_mut_1479;
l_mut_248 = l_1480;
l_mut_495 = l_mut_515;
const float l_1481 = shared_memory_32[l_mut_248];
l_mut_515 = l_mut_515 + l_1481;
const bool l_1482 = !l_mut_207;
const float l_1483 = l_mut_535 + l_mut_515;
const bool l_1484 = l_1483 >= l_1168;
const bool l_1485 = l_1482 && l_1484;
if (l_1485) {
l_mut_582 = l_mut_248;
l_mut_207 = bool(true);
l_mut_505 = l_mut_495;
}
}
if (l_mut_207) {
l_mut_535 = l_mut_535 + l_mut_505;
const float l_1486 = shared_memory_32[l_mut_582];
l_mut_525 = l_1486;
const uint l_1487 = l_mut_582 << l_1174;
l_mut_997 = l_mut_997 | l_1487;
} else {
l_mut_539 = bool(true);
}
l_mut_941 = l_mut_941 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1488 = thread_index_in_threadgroup == uint(0);
if (l_1488) {
if (l_mut_539) {
shared_memory_31[uint(2)] = uint(0);
} else {
shared_memory_31[uint(2)] = l_mut_997;
}
const uint l_1489 = reinterpret_cast<thread uint const&>(l_mut_535);
shared_memory_31[uint(3)] = l_1489;
const uint l_1490 = reinterpret_cast<thread uint const&>(l_mut_525);
shared_memory_31[uint(1)] = l_1490;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1491 = shared_memory_31[uint(2)];
const uint l_1492 = shared_memory_31[uint(3)];
const float l_1493 = reinterpret_cast<thread float const&>(l_1492);
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1494 = l_1491 > l_mut_39;
if (l_1494) {
const uint l_1495 = ~l_1491;
l_mut_997 = l_1495;
const bool l_1496 = l_1491 >= uint(2147483648);
if (l_1496) {
const uint l_1497 = l_1491 & uint(2147483647);
l_mut_997 = l_1497;
}
const float l_1498 = reinterpret_cast<thread float const&>(l_mut_997);
l_mut_535 = float(1.0);
const bool l_1499 = l_1498 != l_mut_61;
if (l_1499) {
const float l_1500 = l_1498 - l_mut_61;
const float l_1501 = l_1500 * l_mut_22;
const float l_1502 = exp(l_1501);
l_mut_535 = l_1502;
}
const float l_1503 = l_1168 - l_1493;
const float l_1504 = l_1503 / l_mut_535;
l_mut_997 = uint(16777216);
const bool l_1505 = l_1504 < float(16777216.0);
if (l_1505) {
const uint l_1506 = uint(l_1504);
l_mut_997 = l_1506;
const float l_1507 = float(l_mut_997);
const bool l_1508 = l_1507 < l_1504;
if (l_1508) {
l_mut_997 = l_mut_997 + uint(1);
}
}
const bool l_1509 = l_mut_997 < uint(1);
if (l_1509) {
l_mut_997 = uint(1);
}
l_mut_535 = float(0.0);
l_mut_941 = uint(0);
l_mut_582 = thread_index_in_threadgroup;
while (true) {
const bool l_1510 = l_mut_582 < l_25;
const bool l_1511 = !l_1510;
if (l_1511) {
break;}
const uint l_1512 = l_26 + l_mut_582;
const float_4 l_1513 = buffer_0[l_1512];
const uint l_1514 = l_mut_582 * uint(4);
const uint l_1515 = l_1514 + uint(0);
const float l_1516 = l_1513.i_0;
l_mut_525 = l_1516;
const uint l_1517 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1517;
const bool l_1518 = l_mut_248 == uint(2147483648);
if (l_1518) {
l_mut_248 = uint(0);
}
const uint l_1519 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1519;
const bool l_1520 = l_mut_248 >= uint(2147483648);
if (l_1520) {
const uint l_1521 = ~l_mut_248;
l_mut_245 = l_1521;
}
const bool l_1522 = l_mut_245 > l_mut_39;
const bool l_1523 = l_mut_245 == l_mut_39;
const bool l_1524 = l_1515 <= l_mut_38;
const bool l_1525 = l_1523 && l_1524;
const bool l_1526 = l_1522 || l_1525;
if (l_1526) {
const bool l_1527 = l_mut_245 == l_1491;
if (l_1527) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
const uint l_1528 = l_mut_582 * uint(4);
const uint l_1529 = l_1528 + uint(1);
const float l_1530 = l_1513.i_1;
l_mut_525 = l_1530;
const uint l_1531 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1531;
const bool l_1532 = l_mut_248 == uint(2147483648);
if (l_1532) {
l_mut_248 = uint(0);
}
const uint l_1533 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1533;
const bool l_1534 = l_mut_248 >= uint(2147483648);
if (l_1534) {
const uint l_1535 = ~l_mut_248;
l_mut_245 = l_1535;
}
const bool l_1536 = l_mut_245 > l_mut_39;
const bool l_1537 = l_mut_245 == l_mut_39;
const bool l_1538 = l_1529 <= l_mut_38;
const bool l_1539 = l_1537 && l_1538;
const bool l_1540 = l_1536 || l_1539;
if (l_1540) {
const bool l_1541 = l_mut_245 == l_1491;
if (l_1541) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
const uint l_1542 = l_mut_582 * uint(4);
const uint l_1543 = l_1542 + uint(2);
const float l_1544 = l_1513.i_2;
l_mut_525 = l_1544;
const uint l_1545 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1545;
const bool l_1546 = l_mut_248 == uint(2147483648);
if (l_1546) {
l_mut_248 = uint(0);
}
const uint l_1547 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1547;
const bool l_1548 = l_mut_248 >= uint(2147483648);
if (l_1548) {
const uint l_1549 = ~l_mut_248;
l_mut_245 = l_1549;
}
const bool l_1550 = l_mut_245 > l_mut_39;
const bool l_1551 = l_mut_245 == l_mut_39;
const bool l_1552 = l_1543 <= l_mut_38;
const bool l_1553 = l_1551 && l_1552;
const bool l_1554 = l_1550 || l_1553;
if (l_1554) {
const bool l_1555 = l_mut_245 == l_1491;
if (l_1555) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
const uint l_1556 = l_mut_582 * uint(4);
const uint l_1557 = l_1556 + uint(3);
const float l_1558 = l_1513.i_3;
l_mut_525 = l_1558;
const uint l_1559 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1559;
const bool l_1560 = l_mut_248 == uint(2147483648);
if (l_1560) {
l_mut_248 = uint(0);
}
const uint l_1561 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1561;
const bool l_1562 = l_mut_248 >= uint(2147483648);
if (l_1562) {
const uint l_1563 = ~l_mut_248;
l_mut_245 = l_1563;
}
const bool l_1564 = l_mut_245 > l_mut_39;
const bool l_1565 = l_mut_245 == l_mut_39;
const bool l_1566 = l_1557 <= l_mut_38;
const bool l_1567 = l_1565 && l_1566;
const bool l_1568 = l_1564 || l_1567;
if (l_1568) {
const bool l_1569 = l_mut_245 == l_1491;
if (l_1569) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
l_mut_582 = l_mut_582 + total_thread_in_threadgroup;
}
const float l_1570 = float {simd_sum(l_mut_535)
};
const uint l_1571 = total_thread_in_threadgroup + simd_size;
const uint l_1572 = l_1571 - uint(1);
const uint l_1573 = l_1572 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1574 = thread_index_in_threadgroup % simd_size;
const bool l_1575 = l_1574 == uint(0);
if (l_1575) {
const uint l_1576 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1576] = l_1570;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);

for (uint l_mut_1577 = uint(0); l_mut_1577 < l_1573; ++l_mut_1577) {
const float l_1578 = shared_memory_33[l_mut_1577];
l_mut_535 = l_mut_535 + l_1578;
}
const uint l_1579 = uint(l_mut_535);
l_mut_941 = uint(4294967295);
const bool l_1580 = l_mut_997 < l_1579;
if (l_1580) {
l_mut_582 = uint(0);
l_mut_535 = float(0.0);
const float l_1581 = float(l_mut_997);
l_mut_997 = uint(0);
while (true) {
const bool l_1582 = l_mut_997 < uint(8);
const bool l_1583 = !l_1582;
if (l_1583) {
break;}
const uint l_1584 = uint(4) * l_mut_997;
const uint l_1585 = uint(28) - l_1584;
const uint l_1586 = info.scalars_uint[1] - uint(1);
const uint l_1587 = l_1586 >> l_1585;
const bool l_1588 = l_1587 > uint(0);
if (l_1588) {
l_mut_248 = uint(0);
const bool l_1589 = l_mut_997 > uint(0);
if (l_1589) {
const uint l_1590 = l_1585 + uint(4);
const uint l_1591 = uint(4294967295) << l_1590;
l_mut_248 = l_1591;
}
l_mut_525 = float(0.0);
l_mut_515 = float(0.0);
l_mut_505 = float(0.0);
l_mut_495 = float(0.0);
l_mut_485 = float(0.0);
l_mut_475 = float(0.0);
l_mut_465 = float(0.0);
l_mut_455 = float(0.0);
l_mut_445 = float(0.0);
l_mut_435 = float(0.0);
l_mut_425 = float(0.0);
l_mut_415 = float(0.0);
l_mut_405 = float(0.0);
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_245 = uint(0);
l_mut_235 = thread_index_in_threadgroup;
while (true) {
const bool l_1592 = l_mut_235 < l_25;
const bool l_1593 = !l_1592;
if (l_1593) {
break;}
const uint l_1594 = l_26 + l_mut_235;
const float_4 l_1595 = buffer_0[l_1594];
const uint l_1596 = l_mut_235 * uint(4);
const uint l_1597 = l_1596 + uint(0);
const float l_1598 = l_1595.i_0;
l_mut_232 = l_1598;
const uint l_1599 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_234 = l_1599;
const bool l_1600 = l_mut_234 == uint(2147483648);
if (l_1600) {
l_mut_234 = uint(0);
}
const uint l_1601 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1601;
const bool l_1602 = l_mut_234 >= uint(2147483648);
if (l_1602) {
const uint l_1603 = ~l_mut_234;
l_mut_215 = l_1603;
}
const bool l_1604 = l_mut_215 == l_1491;
const bool l_1605 = l_1597 <= uint(4294967295);
const bool l_1606 = l_1604 && l_1605;
const uint l_1607 = l_1597 & l_mut_248;
const bool l_1608 = l_1607 == l_mut_582;
const bool l_1609 = l_1606 && l_1608;
if (l_1609) {
const uint l_1610 = l_1597 >> l_1585;
const uint l_1611 = l_1610 & uint(15);
const bool l_1612 = l_1611 == uint(0);
if (l_1612) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_1613 = l_1611 == uint(1);
if (l_1613) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_1614 = l_1611 == uint(2);
if (l_1614) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_1615 = l_1611 == uint(3);
if (l_1615) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_1616 = l_1611 == uint(4);
if (l_1616) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_1617 = l_1611 == uint(5);
if (l_1617) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_1618 = l_1611 == uint(6);
if (l_1618) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_1619 = l_1611 == uint(7);
if (l_1619) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_1620 = l_1611 == uint(8);
if (l_1620) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_1621 = l_1611 == uint(9);
if (l_1621) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_1622 = l_1611 == uint(10);
if (l_1622) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_1623 = l_1611 == uint(11);
if (l_1623) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_1624 = l_1611 == uint(12);
if (l_1624) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_1625 = l_1611 == uint(13);
if (l_1625) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_1626 = l_1611 == uint(14);
if (l_1626) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_1627 = l_1611 == uint(15);
if (l_1627) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_1628 = l_mut_235 * uint(4);
const uint l_1629 = l_1628 + uint(1);
const float l_1630 = l_1595.i_1;
l_mut_232 = l_1630;
const uint l_1631 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_234 = l_1631;
const bool l_1632 = l_mut_234 == uint(2147483648);
if (l_1632) {
l_mut_234 = uint(0);
}
const uint l_1633 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1633;
const bool l_1634 = l_mut_234 >= uint(2147483648);
if (l_1634) {
const uint l_1635 = ~l_mut_234;
l_mut_215 = l_1635;
}
const bool l_1636 = l_mut_215 == l_1491;
const bool l_1637 = l_1629 <= uint(4294967295);
const bool l_1638 = l_1636 && l_1637;
const uint l_1639 = l_1629 & l_mut_248;
const bool l_1640 = l_1639 == l_mut_582;
const bool l_1641 = l_1638 && l_1640;
if (l_1641) {
const uint l_1642 = l_1629 >> l_1585;
const uint l_1643 = l_1642 & uint(15);
const bool l_1644 = l_1643 == uint(0);
if (l_1644) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_1645 = l_1643 == uint(1);
if (l_1645) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_1646 = l_1643 == uint(2);
if (l_1646) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_1647 = l_1643 == uint(3);
if (l_1647) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_1648 = l_1643 == uint(4);
if (l_1648) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_1649 = l_1643 == uint(5);
if (l_1649) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_1650 = l_1643 == uint(6);
if (l_1650) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_1651 = l_1643 == uint(7);
if (l_1651) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_1652 = l_1643 == uint(8);
if (l_1652) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_1653 = l_1643 == uint(9);
if (l_1653) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_1654 = l_1643 == uint(10);
if (l_1654) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_1655 = l_1643 == uint(11);
if (l_1655) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_1656 = l_1643 == uint(12);
if (l_1656) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_1657 = l_1643 == uint(13);
if (l_1657) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_1658 = l_1643 == uint(14);
if (l_1658) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_1659 = l_1643 == uint(15);
if (l_1659) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_1660 = l_mut_235 * uint(4);
const uint l_1661 = l_1660 + uint(2);
const float l_1662 = l_1595.i_2;
l_mut_232 = l_1662;
const uint l_1663 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_234 = l_1663;
const bool l_1664 = l_mut_234 == uint(2147483648);
if (l_1664) {
l_mut_234 = uint(0);
}
const uint l_1665 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1665;
const bool l_1666 = l_mut_234 >= uint(2147483648);
if (l_1666) {
const uint l_1667 = ~l_mut_234;
l_mut_215 = l_1667;
}
const bool l_1668 = l_mut_215 == l_1491;
const bool l_1669 = l_1661 <= uint(4294967295);
const bool l_1670 = l_1668 && l_1669;
const uint l_1671 = l_1661 & l_mut_248;
const bool l_1672 = l_1671 == l_mut_582;
const bool l_1673 = l_1670 && l_1672;
if (l_1673) {
const uint l_1674 = l_1661 >> l_1585;
const uint l_1675 = l_1674 & uint(15);
const bool l_1676 = l_1675 == uint(0);
if (l_1676) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_1677 = l_1675 == uint(1);
if (l_1677) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_1678 = l_1675 == uint(2);
if (l_1678) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_1679 = l_1675 == uint(3);
if (l_1679) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_1680 = l_1675 == uint(4);
if (l_1680) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_1681 = l_1675 == uint(5);
if (l_1681) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_1682 = l_1675 == uint(6);
if (l_1682) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_1683 = l_1675 == uint(7);
if (l_1683) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_1684 = l_1675 == uint(8);
if (l_1684) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_1685 = l_1675 == uint(9);
if (l_1685) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_1686 = l_1675 == uint(10);
if (l_1686) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_1687 = l_1675 == uint(11);
if (l_1687) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_1688 = l_1675 == uint(12);
if (l_1688) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_1689 = l_1675 == uint(13);
if (l_1689) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_1690 = l_1675 == uint(14);
if (l_1690) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_1691 = l_1675 == uint(15);
if (l_1691) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_1692 = l_mut_235 * uint(4);
const uint l_1693 = l_1692 + uint(3);
const float l_1694 = l_1595.i_3;
l_mut_232 = l_1694;
const uint l_1695 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_234 = l_1695;
const bool l_1696 = l_mut_234 == uint(2147483648);
if (l_1696) {
l_mut_234 = uint(0);
}
const uint l_1697 = l_mut_234 | uint(2147483648);
l_mut_215 = l_1697;
const bool l_1698 = l_mut_234 >= uint(2147483648);
if (l_1698) {
const uint l_1699 = ~l_mut_234;
l_mut_215 = l_1699;
}
const bool l_1700 = l_mut_215 == l_1491;
const bool l_1701 = l_1693 <= uint(4294967295);
const bool l_1702 = l_1700 && l_1701;
const uint l_1703 = l_1693 & l_mut_248;
const bool l_1704 = l_1703 == l_mut_582;
const bool l_1705 = l_1702 && l_1704;
if (l_1705) {
const uint l_1706 = l_1693 >> l_1585;
const uint l_1707 = l_1706 & uint(15);
const bool l_1708 = l_1707 == uint(0);
if (l_1708) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_1709 = l_1707 == uint(1);
if (l_1709) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_1710 = l_1707 == uint(2);
if (l_1710) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_1711 = l_1707 == uint(3);
if (l_1711) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_1712 = l_1707 == uint(4);
if (l_1712) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_1713 = l_1707 == uint(5);
if (l_1713) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_1714 = l_1707 == uint(6);
if (l_1714) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_1715 = l_1707 == uint(7);
if (l_1715) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_1716 = l_1707 == uint(8);
if (l_1716) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_1717 = l_1707 == uint(9);
if (l_1717) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_1718 = l_1707 == uint(10);
if (l_1718) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_1719 = l_1707 == uint(11);
if (l_1719) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_1720 = l_1707 == uint(12);
if (l_1720) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_1721 = l_1707 == uint(13);
if (l_1721) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_1722 = l_1707 == uint(14);
if (l_1722) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_1723 = l_1707 == uint(15);
if (l_1723) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
l_mut_235 = l_mut_235 + total_thread_in_threadgroup;
}
const float l_1724 = float {simd_sum(l_mut_525)
};
const uint l_1725 = total_thread_in_threadgroup + simd_size;
const uint l_1726 = l_1725 - uint(1);
const uint l_1727 = l_1726 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1728 = thread_index_in_threadgroup % simd_size;
const bool l_1729 = l_1728 == uint(0);
if (l_1729) {
const uint l_1730 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1730] = l_1724;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_1731 = uint(0); l_mut_1731 < l_1727; ++l_mut_1731) {
const float l_1732 = shared_memory_33[l_mut_1731];
l_mut_232 = l_mut_232 + l_1732;
}
const float l_1733 = float {simd_sum(l_mut_515)
};
const uint l_1734 = total_thread_in_threadgroup + simd_size;
const uint l_1735 = l_1734 - uint(1);
const uint l_1736 = l_1735 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1737 = thread_index_in_threadgroup % simd_size;
const bool l_1738 = l_1737 == uint(0);
if (l_1738) {
const uint l_1739 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1739] = l_1733;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_1740 = uint(0); l_mut_1740 < l_1736; ++l_mut_1740) {
const float l_1741 = shared_memory_33[l_mut_1740];
l_mut_231 = l_mut_231 + l_1741;
}
const float l_1742 = float {simd_sum(l_mut_505)
};
const uint l_1743 = total_thread_in_threadgroup + simd_size;
const uint l_1744 = l_1743 - uint(1);
const uint l_1745 = l_1744 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1746 = thread_index_in_threadgroup % simd_size;
const bool l_1747 = l_1746 == uint(0);
if (l_1747) {
const uint l_1748 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1748] = l_1742;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_1749 = uint(0); l_mut_1749 < l_1745; ++l_mut_1749) {
const float l_1750 = shared_memory_33[l_mut_1749];
l_mut_230 = l_mut_230 + l_1750;
}
const float l_1751 = float {simd_sum(l_mut_495)
};
const uint l_1752 = total_thread_in_threadgroup + simd_size;
const uint l_1753 = l_1752 - uint(1);
const uint l_1754 = l_1753 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1755 = thread_index_in_threadgroup % simd_size;
const bool l_1756 = l_1755 == uint(0);
if (l_1756) {
const uint l_1757 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1757] = l_1751;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_1758 = uint(0); l_mut_1758 < l_1754; ++l_mut_1758) {
const float l_1759 = shared_memory_33[l_mut_1758];
l_mut_229 = l_mut_229 + l_1759;
}
const float l_1760 = float {simd_sum(l_mut_485)
};
const uint l_1761 = total_thread_in_threadgroup + simd_size;
const uint l_1762 = l_1761 - uint(1);
const uint l_1763 = l_1762 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1764 = thread_index_in_threadgroup % simd_size;
const bool l_1765 = l_1764 == uint(0);
if (l_1765) {
const uint l_1766 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1766] = l_1760;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_1767 = uint(0); l_mut_1767 < l_1763; ++l_mut_1767) {
const float l_1768 = shared_memory_33[l_mut_1767];
l_mut_228 = l_mut_228 + l_1768;
}
const float l_1769 = float {simd_sum(l_mut_475)
};
const uint l_1770 = total_thread_in_threadgroup + simd_size;
const uint l_1771 = l_1770 - uint(1);
const uint l_1772 = l_1771 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1773 = thread_index_in_threadgroup % simd_size;
const bool l_1774 = l_1773 == uint(0);
if (l_1774) {
const uint l_1775 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1775] = l_1769;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_1776 = uint(0); l_mut_1776 < l_1772; ++l_mut_1776) {
const float l_1777 = shared_memory_33[l_mut_1776];
l_mut_227 = l_mut_227 + l_1777;
}
const float l_1778 = float {simd_sum(l_mut_465)
};
const uint l_1779 = total_thread_in_threadgroup + simd_size;
const uint l_1780 = l_1779 - uint(1);
const uint l_1781 = l_1780 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1782 = thread_index_in_threadgroup % simd_size;
const bool l_1783 = l_1782 == uint(0);
if (l_1783) {
const uint l_1784 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1784] = l_1778;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_1785 = uint(0); l_mut_1785 < l_1781; ++l_mut_1785) {
const float l_1786 = shared_memory_33[l_mut_1785];
l_mut_226 = l_mut_226 + l_1786;
}
const float l_1787 = float {simd_sum(l_mut_455)
};
const uint l_1788 = total_thread_in_threadgroup + simd_size;
const uint l_1789 = l_1788 - uint(1);
const uint l_1790 = l_1789 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1791 = thread_index_in_threadgroup % simd_size;
const bool l_1792 = l_1791 == uint(0);
if (l_1792) {
const uint l_1793 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1793] = l_1787;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_1794 = uint(0); l_mut_1794 < l_1790; ++l_mut_1794) {
const float l_1795 = shared_memory_33[l_mut_1794];
l_mut_225 = l_mut_225 + l_1795;
}
const float l_1796 = float {simd_sum(l_mut_445)
};
const uint l_1797 = total_thread_in_threadgroup + simd_size;
const uint l_1798 = l_1797 - uint(1);
const uint l_1799 = l_1798 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1800 = thread_index_in_threadgroup % simd_size;
const bool l_1801 = l_1800 == uint(0);
if (l_1801) {
const uint l_1802 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1802] = l_1796;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_1803 = uint(0); l_mut_1803 < l_1799; ++l_mut_1803) {
const float l_1804 = shared_memory_33[l_mut_1803];
l_mut_224 = l_mut_224 + l_1804;
}
const float l_1805 = float {simd_sum(l_mut_435)
};
const uint l_1806 = total_thread_in_threadgroup + simd_size;
const uint l_1807 = l_1806 - uint(1);
const uint l_1808 = l_1807 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1809 = thread_index_in_threadgroup % simd_size;
const bool l_1810 = l_1809 == uint(0);
if (l_1810) {
const uint l_1811 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1811] = l_1805;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_1812 = uint(0); l_mut_1812 < l_1808; ++l_mut_1812) {
const float l_1813 = shared_memory_33[l_mut_1812];
l_mut_223 = l_mut_223 + l_1813;
}
const float l_1814 = float {simd_sum(l_mut_425)
};
const uint l_1815 = total_thread_in_threadgroup + simd_size;
const uint l_1816 = l_1815 - uint(1);
const uint l_1817 = l_1816 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1818 = thread_index_in_threadgroup % simd_size;
const bool l_1819 = l_1818 == uint(0);
if (l_1819) {
const uint l_1820 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1820] = l_1814;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_1821 = uint(0); l_mut_1821 < l_1817; ++l_mut_1821) {
const float l_1822 = shared_memory_33[l_mut_1821];
l_mut_222 = l_mut_222 + l_1822;
}
const float l_1823 = float {simd_sum(l_mut_415)
};
const uint l_1824 = total_thread_in_threadgroup + simd_size;
const uint l_1825 = l_1824 - uint(1);
const uint l_1826 = l_1825 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1827 = thread_index_in_threadgroup % simd_size;
const bool l_1828 = l_1827 == uint(0);
if (l_1828) {
const uint l_1829 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1829] = l_1823;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_1830 = uint(0); l_mut_1830 < l_1826; ++l_mut_1830) {
const float l_1831 = shared_memory_33[l_mut_1830];
l_mut_221 = l_mut_221 + l_1831;
}
const float l_1832 = float {simd_sum(l_mut_405)
};
const uint l_1833 = total_thread_in_threadgroup + simd_size;
const uint l_1834 = l_1833 - uint(1);
const uint l_1835 = l_1834 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1836 = thread_index_in_threadgroup % simd_size;
const bool l_1837 = l_1836 == uint(0);
if (l_1837) {
const uint l_1838 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1838] = l_1832;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_1839 = uint(0); l_mut_1839 < l_1835; ++l_mut_1839) {
const float l_1840 = shared_memory_33[l_mut_1839];
l_mut_220 = l_mut_220 + l_1840;
}
const float l_1841 = float {simd_sum(l_mut_259)
};
const uint l_1842 = total_thread_in_threadgroup + simd_size;
const uint l_1843 = l_1842 - uint(1);
const uint l_1844 = l_1843 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1845 = thread_index_in_threadgroup % simd_size;
const bool l_1846 = l_1845 == uint(0);
if (l_1846) {
const uint l_1847 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1847] = l_1841;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_219 = float(0.0);

for (uint l_mut_1848 = uint(0); l_mut_1848 < l_1844; ++l_mut_1848) {
const float l_1849 = shared_memory_33[l_mut_1848];
l_mut_219 = l_mut_219 + l_1849;
}
const float l_1850 = float {simd_sum(l_mut_243)
};
const uint l_1851 = total_thread_in_threadgroup + simd_size;
const uint l_1852 = l_1851 - uint(1);
const uint l_1853 = l_1852 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1854 = thread_index_in_threadgroup % simd_size;
const bool l_1855 = l_1854 == uint(0);
if (l_1855) {
const uint l_1856 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1856] = l_1850;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_179 = float(0.0);

for (uint l_mut_1857 = uint(0); l_mut_1857 < l_1853; ++l_mut_1857) {
const float l_1858 = shared_memory_33[l_mut_1857];
l_mut_179 = l_mut_179 + l_1858;
}
const float l_1859 = float {simd_sum(l_mut_233)
};
const uint l_1860 = total_thread_in_threadgroup + simd_size;
const uint l_1861 = l_1860 - uint(1);
const uint l_1862 = l_1861 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1863 = thread_index_in_threadgroup % simd_size;
const bool l_1864 = l_1863 == uint(0);
if (l_1864) {
const uint l_1865 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1865] = l_1859;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_37 = float(0.0);

for (uint l_mut_1866 = uint(0); l_mut_1866 < l_1862; ++l_mut_1866) {
const float l_1867 = shared_memory_33[l_mut_1866];
l_mut_37 = l_mut_37 + l_1867;
}
const bool l_1868 = thread_index_in_threadgroup == uint(0);
if (l_1868) {
shared_memory_32[uint(0)] = l_mut_232;
shared_memory_32[uint(1)] = l_mut_231;
shared_memory_32[uint(2)] = l_mut_230;
shared_memory_32[uint(3)] = l_mut_229;
shared_memory_32[uint(4)] = l_mut_228;
shared_memory_32[uint(5)] = l_mut_227;
shared_memory_32[uint(6)] = l_mut_226;
shared_memory_32[uint(7)] = l_mut_225;
shared_memory_32[uint(8)] = l_mut_224;
shared_memory_32[uint(9)] = l_mut_223;
shared_memory_32[uint(10)] = l_mut_222;
shared_memory_32[uint(11)] = l_mut_221;
shared_memory_32[uint(12)] = l_mut_220;
shared_memory_32[uint(13)] = l_mut_219;
shared_memory_32[uint(14)] = l_mut_179;
shared_memory_32[uint(15)] = l_mut_37;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = float(0.0);
l_mut_248 = uint(0);
l_mut_539 = bool(false);
l_mut_515 = float(0.0);

for (uint l_mut_1869 = uint(0); l_mut_1869 < uint(16); ++l_mut_1869) {
l_mut_245 = l_mut_1869;
l_mut_505 = l_mut_525;
const float l_1870 = shared_memory_32[l_mut_245];
l_mut_525 = l_mut_525 + l_1870;
const bool l_1871 = !l_mut_539;
const float l_1872 = l_mut_535 + l_mut_525;
const bool l_1873 = l_1872 >= l_1581;
const bool l_1874 = l_1871 && l_1873;
if (l_1874) {
l_mut_248 = l_mut_245;
l_mut_539 = bool(true);
l_mut_515 = l_mut_505;
}
}
l_mut_535 = l_mut_535 + l_mut_515;
const uint l_1875 = l_mut_248 << l_1585;
l_mut_582 = l_mut_582 | l_1875;
}
l_mut_997 = l_mut_997 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1876 = thread_index_in_threadgroup == uint(0);
if (l_1876) {
shared_memory_31[uint(3)] = l_mut_582;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1877 = shared_memory_31[uint(3)];
l_mut_941 = l_1877;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_39 = l_1491;
l_mut_38 = l_mut_941;
} else {
const bool l_1878 = l_1491 == l_mut_39;
const bool l_1879 = l_1491 != uint(0);
const bool l_1880 = l_1878 && l_1879;
if (l_1880) {
const uint l_1881 = ~l_1491;
l_mut_997 = l_1881;
const bool l_1882 = l_1491 >= uint(2147483648);
if (l_1882) {
const uint l_1883 = l_1491 & uint(2147483647);
l_mut_997 = l_1883;
}
const float l_1884 = reinterpret_cast<thread float const&>(l_mut_997);
l_mut_535 = float(1.0);
const bool l_1885 = l_1884 != l_mut_61;
if (l_1885) {
const float l_1886 = l_1884 - l_mut_61;
const float l_1887 = l_1886 * l_mut_22;
const float l_1888 = exp(l_1887);
l_mut_535 = l_1888;
}
const float l_1889 = l_1168 - l_1493;
const float l_1890 = l_1889 / l_mut_535;
l_mut_997 = uint(16777216);
const bool l_1891 = l_1890 < float(16777216.0);
if (l_1891) {
const uint l_1892 = uint(l_1890);
l_mut_997 = l_1892;
const float l_1893 = float(l_mut_997);
const bool l_1894 = l_1893 < l_1890;
if (l_1894) {
l_mut_997 = l_mut_997 + uint(1);
}
}
const bool l_1895 = l_mut_997 < uint(1);
if (l_1895) {
l_mut_997 = uint(1);
}
l_mut_535 = float(0.0);
l_mut_941 = uint(0);
l_mut_582 = thread_index_in_threadgroup;
while (true) {
const bool l_1896 = l_mut_582 < l_25;
const bool l_1897 = !l_1896;
if (l_1897) {
break;}
const uint l_1898 = l_26 + l_mut_582;
const float_4 l_1899 = buffer_0[l_1898];
const uint l_1900 = l_mut_582 * uint(4);
const uint l_1901 = l_1900 + uint(0);
const float l_1902 = l_1899.i_0;
l_mut_525 = l_1902;
const uint l_1903 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1903;
const bool l_1904 = l_mut_248 == uint(2147483648);
if (l_1904) {
l_mut_248 = uint(0);
}
const uint l_1905 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1905;
const bool l_1906 = l_mut_248 >= uint(2147483648);
if (l_1906) {
const uint l_1907 = ~l_mut_248;
l_mut_245 = l_1907;
}
const bool l_1908 = l_mut_245 > l_mut_39;
const bool l_1909 = l_mut_245 == l_mut_39;
const bool l_1910 = l_1901 <= l_mut_38;
const bool l_1911 = l_1909 && l_1910;
const bool l_1912 = l_1908 || l_1911;
if (l_1912) {
const bool l_1913 = l_mut_245 == l_1491;
if (l_1913) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
const uint l_1914 = l_mut_582 * uint(4);
const uint l_1915 = l_1914 + uint(1);
const float l_1916 = l_1899.i_1;
l_mut_525 = l_1916;
const uint l_1917 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1917;
const bool l_1918 = l_mut_248 == uint(2147483648);
if (l_1918) {
l_mut_248 = uint(0);
}
const uint l_1919 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1919;
const bool l_1920 = l_mut_248 >= uint(2147483648);
if (l_1920) {
const uint l_1921 = ~l_mut_248;
l_mut_245 = l_1921;
}
const bool l_1922 = l_mut_245 > l_mut_39;
const bool l_1923 = l_mut_245 == l_mut_39;
const bool l_1924 = l_1915 <= l_mut_38;
const bool l_1925 = l_1923 && l_1924;
const bool l_1926 = l_1922 || l_1925;
if (l_1926) {
const bool l_1927 = l_mut_245 == l_1491;
if (l_1927) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
const uint l_1928 = l_mut_582 * uint(4);
const uint l_1929 = l_1928 + uint(2);
const float l_1930 = l_1899.i_2;
l_mut_525 = l_1930;
const uint l_1931 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1931;
const bool l_1932 = l_mut_248 == uint(2147483648);
if (l_1932) {
l_mut_248 = uint(0);
}
const uint l_1933 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1933;
const bool l_1934 = l_mut_248 >= uint(2147483648);
if (l_1934) {
const uint l_1935 = ~l_mut_248;
l_mut_245 = l_1935;
}
const bool l_1936 = l_mut_245 > l_mut_39;
const bool l_1937 = l_mut_245 == l_mut_39;
const bool l_1938 = l_1929 <= l_mut_38;
const bool l_1939 = l_1937 && l_1938;
const bool l_1940 = l_1936 || l_1939;
if (l_1940) {
const bool l_1941 = l_mut_245 == l_1491;
if (l_1941) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
const uint l_1942 = l_mut_582 * uint(4);
const uint l_1943 = l_1942 + uint(3);
const float l_1944 = l_1899.i_3;
l_mut_525 = l_1944;
const uint l_1945 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_248 = l_1945;
const bool l_1946 = l_mut_248 == uint(2147483648);
if (l_1946) {
l_mut_248 = uint(0);
}
const uint l_1947 = l_mut_248 | uint(2147483648);
l_mut_245 = l_1947;
const bool l_1948 = l_mut_248 >= uint(2147483648);
if (l_1948) {
const uint l_1949 = ~l_mut_248;
l_mut_245 = l_1949;
}
const bool l_1950 = l_mut_245 > l_mut_39;
const bool l_1951 = l_mut_245 == l_mut_39;
const bool l_1952 = l_1943 <= l_mut_38;
const bool l_1953 = l_1951 && l_1952;
const bool l_1954 = l_1950 || l_1953;
if (l_1954) {
const bool l_1955 = l_mut_245 == l_1491;
if (l_1955) {
l_mut_535 = l_mut_535 + float(1.0);
}
}
l_mut_582 = l_mut_582 + total_thread_in_threadgroup;
}
const float l_1956 = float {simd_sum(l_mut_535)
};
const uint l_1957 = total_thread_in_threadgroup + simd_size;
const uint l_1958 = l_1957 - uint(1);
const uint l_1959 = l_1958 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1960 = thread_index_in_threadgroup % simd_size;
const bool l_1961 = l_1960 == uint(0);
if (l_1961) {
const uint l_1962 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_1962] = l_1956;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);

for (uint l_mut_1963 = uint(0); l_mut_1963 < l_1959; ++l_mut_1963) {
const float l_1964 = shared_memory_33[l_mut_1963];
l_mut_535 = l_mut_535 + l_1964;
}
const uint l_1965 = uint(l_mut_535);
const bool l_1966 = l_mut_997 < l_1965;
if (l_1966) {
l_mut_941 = uint(0);
l_mut_535 = float(0.0);
const float l_1967 = float(l_mut_997);
l_mut_997 = uint(0);
while (true) {
const bool l_1968 = l_mut_997 < uint(8);
const bool l_1969 = !l_1968;
if (l_1969) {
break;}
const uint l_1970 = uint(4) * l_mut_997;
const uint l_1971 = uint(28) - l_1970;
const uint l_1972 = info.scalars_uint[1] - uint(1);
const uint l_1973 = l_1972 >> l_1971;
const bool l_1974 = l_1973 > uint(0);
if (l_1974) {
l_mut_582 = uint(0);
const bool l_1975 = l_mut_997 > uint(0);
if (l_1975) {
const uint l_1976 = l_1971 + uint(4);
const uint l_1977 = uint(4294967295) << l_1976;
l_mut_582 = l_1977;
}
l_mut_525 = float(0.0);
l_mut_515 = float(0.0);
l_mut_505 = float(0.0);
l_mut_495 = float(0.0);
l_mut_485 = float(0.0);
l_mut_475 = float(0.0);
l_mut_465 = float(0.0);
l_mut_455 = float(0.0);
l_mut_445 = float(0.0);
l_mut_435 = float(0.0);
l_mut_425 = float(0.0);
l_mut_415 = float(0.0);
l_mut_405 = float(0.0);
l_mut_259 = float(0.0);
l_mut_243 = float(0.0);
l_mut_233 = float(0.0);
l_mut_248 = uint(0);
l_mut_245 = thread_index_in_threadgroup;
while (true) {
const bool l_1978 = l_mut_245 < l_25;
const bool l_1979 = !l_1978;
if (l_1979) {
break;}
const uint l_1980 = l_26 + l_mut_245;
const float_4 l_1981 = buffer_0[l_1980];
const uint l_1982 = l_mut_245 * uint(4);
const uint l_1983 = l_1982 + uint(0);
const float l_1984 = l_1981.i_0;
l_mut_232 = l_1984;
const uint l_1985 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_235 = l_1985;
const bool l_1986 = l_mut_235 == uint(2147483648);
if (l_1986) {
l_mut_235 = uint(0);
}
const uint l_1987 = l_mut_235 | uint(2147483648);
l_mut_234 = l_1987;
const bool l_1988 = l_mut_235 >= uint(2147483648);
if (l_1988) {
const uint l_1989 = ~l_mut_235;
l_mut_234 = l_1989;
}
const bool l_1990 = l_mut_234 == l_1491;
const bool l_1991 = l_1983 <= l_mut_38;
const bool l_1992 = l_1990 && l_1991;
const uint l_1993 = l_1983 & l_mut_582;
const bool l_1994 = l_1993 == l_mut_941;
const bool l_1995 = l_1992 && l_1994;
if (l_1995) {
const uint l_1996 = l_1983 >> l_1971;
const uint l_1997 = l_1996 & uint(15);
const bool l_1998 = l_1997 == uint(0);
if (l_1998) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_1999 = l_1997 == uint(1);
if (l_1999) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_2000 = l_1997 == uint(2);
if (l_2000) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_2001 = l_1997 == uint(3);
if (l_2001) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_2002 = l_1997 == uint(4);
if (l_2002) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_2003 = l_1997 == uint(5);
if (l_2003) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_2004 = l_1997 == uint(6);
if (l_2004) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_2005 = l_1997 == uint(7);
if (l_2005) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_2006 = l_1997 == uint(8);
if (l_2006) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_2007 = l_1997 == uint(9);
if (l_2007) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_2008 = l_1997 == uint(10);
if (l_2008) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_2009 = l_1997 == uint(11);
if (l_2009) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_2010 = l_1997 == uint(12);
if (l_2010) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_2011 = l_1997 == uint(13);
if (l_2011) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_2012 = l_1997 == uint(14);
if (l_2012) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_2013 = l_1997 == uint(15);
if (l_2013) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_2014 = l_mut_245 * uint(4);
const uint l_2015 = l_2014 + uint(1);
const float l_2016 = l_1981.i_1;
l_mut_232 = l_2016;
const uint l_2017 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_235 = l_2017;
const bool l_2018 = l_mut_235 == uint(2147483648);
if (l_2018) {
l_mut_235 = uint(0);
}
const uint l_2019 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2019;
const bool l_2020 = l_mut_235 >= uint(2147483648);
if (l_2020) {
const uint l_2021 = ~l_mut_235;
l_mut_234 = l_2021;
}
const bool l_2022 = l_mut_234 == l_1491;
const bool l_2023 = l_2015 <= l_mut_38;
const bool l_2024 = l_2022 && l_2023;
const uint l_2025 = l_2015 & l_mut_582;
const bool l_2026 = l_2025 == l_mut_941;
const bool l_2027 = l_2024 && l_2026;
if (l_2027) {
const uint l_2028 = l_2015 >> l_1971;
const uint l_2029 = l_2028 & uint(15);
const bool l_2030 = l_2029 == uint(0);
if (l_2030) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_2031 = l_2029 == uint(1);
if (l_2031) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_2032 = l_2029 == uint(2);
if (l_2032) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_2033 = l_2029 == uint(3);
if (l_2033) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_2034 = l_2029 == uint(4);
if (l_2034) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_2035 = l_2029 == uint(5);
if (l_2035) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_2036 = l_2029 == uint(6);
if (l_2036) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_2037 = l_2029 == uint(7);
if (l_2037) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_2038 = l_2029 == uint(8);
if (l_2038) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_2039 = l_2029 == uint(9);
if (l_2039) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_2040 = l_2029 == uint(10);
if (l_2040) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_2041 = l_2029 == uint(11);
if (l_2041) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_2042 = l_2029 == uint(12);
if (l_2042) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_2043 = l_2029 == uint(13);
if (l_2043) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_2044 = l_2029 == uint(14);
if (l_2044) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_2045 = l_2029 == uint(15);
if (l_2045) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_2046 = l_mut_245 * uint(4);
const uint l_2047 = l_2046 + uint(2);
const float l_2048 = l_1981.i_2;
l_mut_232 = l_2048;
const uint l_2049 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_235 = l_2049;
const bool l_2050 = l_mut_235 == uint(2147483648);
if (l_2050) {
l_mut_235 = uint(0);
}
const uint l_2051 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2051;
const bool l_2052 = l_mut_235 >= uint(2147483648);
if (l_2052) {
const uint l_2053 = ~l_mut_235;
l_mut_234 = l_2053;
}
const bool l_2054 = l_mut_234 == l_1491;
const bool l_2055 = l_2047 <= l_mut_38;
const bool l_2056 = l_2054 && l_2055;
const uint l_2057 = l_2047 & l_mut_582;
const bool l_2058 = l_2057 == l_mut_941;
const bool l_2059 = l_2056 && l_2058;
if (l_2059) {
const uint l_2060 = l_2047 >> l_1971;
const uint l_2061 = l_2060 & uint(15);
const bool l_2062 = l_2061 == uint(0);
if (l_2062) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_2063 = l_2061 == uint(1);
if (l_2063) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_2064 = l_2061 == uint(2);
if (l_2064) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_2065 = l_2061 == uint(3);
if (l_2065) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_2066 = l_2061 == uint(4);
if (l_2066) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_2067 = l_2061 == uint(5);
if (l_2067) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_2068 = l_2061 == uint(6);
if (l_2068) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_2069 = l_2061 == uint(7);
if (l_2069) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_2070 = l_2061 == uint(8);
if (l_2070) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_2071 = l_2061 == uint(9);
if (l_2071) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_2072 = l_2061 == uint(10);
if (l_2072) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_2073 = l_2061 == uint(11);
if (l_2073) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_2074 = l_2061 == uint(12);
if (l_2074) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_2075 = l_2061 == uint(13);
if (l_2075) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_2076 = l_2061 == uint(14);
if (l_2076) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_2077 = l_2061 == uint(15);
if (l_2077) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
const uint l_2078 = l_mut_245 * uint(4);
const uint l_2079 = l_2078 + uint(3);
const float l_2080 = l_1981.i_3;
l_mut_232 = l_2080;
const uint l_2081 = reinterpret_cast<thread uint const&>(l_mut_232);
l_mut_235 = l_2081;
const bool l_2082 = l_mut_235 == uint(2147483648);
if (l_2082) {
l_mut_235 = uint(0);
}
const uint l_2083 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2083;
const bool l_2084 = l_mut_235 >= uint(2147483648);
if (l_2084) {
const uint l_2085 = ~l_mut_235;
l_mut_234 = l_2085;
}
const bool l_2086 = l_mut_234 == l_1491;
const bool l_2087 = l_2079 <= l_mut_38;
const bool l_2088 = l_2086 && l_2087;
const uint l_2089 = l_2079 & l_mut_582;
const bool l_2090 = l_2089 == l_mut_941;
const bool l_2091 = l_2088 && l_2090;
if (l_2091) {
const uint l_2092 = l_2079 >> l_1971;
const uint l_2093 = l_2092 & uint(15);
const bool l_2094 = l_2093 == uint(0);
if (l_2094) {
l_mut_525 = l_mut_525 + float(1.0);
}
const bool l_2095 = l_2093 == uint(1);
if (l_2095) {
l_mut_515 = l_mut_515 + float(1.0);
}
const bool l_2096 = l_2093 == uint(2);
if (l_2096) {
l_mut_505 = l_mut_505 + float(1.0);
}
const bool l_2097 = l_2093 == uint(3);
if (l_2097) {
l_mut_495 = l_mut_495 + float(1.0);
}
const bool l_2098 = l_2093 == uint(4);
if (l_2098) {
l_mut_485 = l_mut_485 + float(1.0);
}
const bool l_2099 = l_2093 == uint(5);
if (l_2099) {
l_mut_475 = l_mut_475 + float(1.0);
}
const bool l_2100 = l_2093 == uint(6);
if (l_2100) {
l_mut_465 = l_mut_465 + float(1.0);
}
const bool l_2101 = l_2093 == uint(7);
if (l_2101) {
l_mut_455 = l_mut_455 + float(1.0);
}
const bool l_2102 = l_2093 == uint(8);
if (l_2102) {
l_mut_445 = l_mut_445 + float(1.0);
}
const bool l_2103 = l_2093 == uint(9);
if (l_2103) {
l_mut_435 = l_mut_435 + float(1.0);
}
const bool l_2104 = l_2093 == uint(10);
if (l_2104) {
l_mut_425 = l_mut_425 + float(1.0);
}
const bool l_2105 = l_2093 == uint(11);
if (l_2105) {
l_mut_415 = l_mut_415 + float(1.0);
}
const bool l_2106 = l_2093 == uint(12);
if (l_2106) {
l_mut_405 = l_mut_405 + float(1.0);
}
const bool l_2107 = l_2093 == uint(13);
if (l_2107) {
l_mut_259 = l_mut_259 + float(1.0);
}
const bool l_2108 = l_2093 == uint(14);
if (l_2108) {
l_mut_243 = l_mut_243 + float(1.0);
}
const bool l_2109 = l_2093 == uint(15);
if (l_2109) {
l_mut_233 = l_mut_233 + float(1.0);
}
}
l_mut_245 = l_mut_245 + total_thread_in_threadgroup;
}
const float l_2110 = float {simd_sum(l_mut_525)
};
const uint l_2111 = total_thread_in_threadgroup + simd_size;
const uint l_2112 = l_2111 - uint(1);
const uint l_2113 = l_2112 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2114 = thread_index_in_threadgroup % simd_size;
const bool l_2115 = l_2114 == uint(0);
if (l_2115) {
const uint l_2116 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2116] = l_2110;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_232 = float(0.0);

for (uint l_mut_2117 = uint(0); l_mut_2117 < l_2113; ++l_mut_2117) {
const float l_2118 = shared_memory_33[l_mut_2117];
l_mut_232 = l_mut_232 + l_2118;
}
const float l_2119 = float {simd_sum(l_mut_515)
};
const uint l_2120 = total_thread_in_threadgroup + simd_size;
const uint l_2121 = l_2120 - uint(1);
const uint l_2122 = l_2121 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2123 = thread_index_in_threadgroup % simd_size;
const bool l_2124 = l_2123 == uint(0);
if (l_2124) {
const uint l_2125 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2125] = l_2119;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_231 = float(0.0);

for (uint l_mut_2126 = uint(0); l_mut_2126 < l_2122; ++l_mut_2126) {
const float l_2127 = shared_memory_33[l_mut_2126];
l_mut_231 = l_mut_231 + l_2127;
}
const float l_2128 = float {simd_sum(l_mut_505)
};
const uint l_2129 = total_thread_in_threadgroup + simd_size;
const uint l_2130 = l_2129 - uint(1);
const uint l_2131 = l_2130 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2132 = thread_index_in_threadgroup % simd_size;
const bool l_2133 = l_2132 == uint(0);
if (l_2133) {
const uint l_2134 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2134] = l_2128;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_230 = float(0.0);

for (uint l_mut_2135 = uint(0); l_mut_2135 < l_2131; ++l_mut_2135) {
const float l_2136 = shared_memory_33[l_mut_2135];
l_mut_230 = l_mut_230 + l_2136;
}
const float l_2137 = float {simd_sum(l_mut_495)
};
const uint l_2138 = total_thread_in_threadgroup + simd_size;
const uint l_2139 = l_2138 - uint(1);
const uint l_2140 = l_2139 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2141 = thread_index_in_threadgroup % simd_size;
const bool l_2142 = l_2141 == uint(0);
if (l_2142) {
const uint l_2143 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2143] = l_2137;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_229 = float(0.0);

for (uint l_mut_2144 = uint(0); l_mut_2144 < l_2140; ++l_mut_2144) {
const float l_2145 = shared_memory_33[l_mut_2144];
l_mut_229 = l_mut_229 + l_2145;
}
const float l_2146 = float {simd_sum(l_mut_485)
};
const uint l_2147 = total_thread_in_threadgroup + simd_size;
const uint l_2148 = l_2147 - uint(1);
const uint l_2149 = l_2148 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2150 = thread_index_in_threadgroup % simd_size;
const bool l_2151 = l_2150 == uint(0);
if (l_2151) {
const uint l_2152 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2152] = l_2146;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_228 = float(0.0);

for (uint l_mut_2153 = uint(0); l_mut_2153 < l_2149; ++l_mut_2153) {
const float l_2154 = shared_memory_33[l_mut_2153];
l_mut_228 = l_mut_228 + l_2154;
}
const float l_2155 = float {simd_sum(l_mut_475)
};
const uint l_2156 = total_thread_in_threadgroup + simd_size;
const uint l_2157 = l_2156 - uint(1);
const uint l_2158 = l_2157 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2159 = thread_index_in_threadgroup % simd_size;
const bool l_2160 = l_2159 == uint(0);
if (l_2160) {
const uint l_2161 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2161] = l_2155;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_227 = float(0.0);

for (uint l_mut_2162 = uint(0); l_mut_2162 < l_2158; ++l_mut_2162) {
const float l_2163 = shared_memory_33[l_mut_2162];
l_mut_227 = l_mut_227 + l_2163;
}
const float l_2164 = float {simd_sum(l_mut_465)
};
const uint l_2165 = total_thread_in_threadgroup + simd_size;
const uint l_2166 = l_2165 - uint(1);
const uint l_2167 = l_2166 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2168 = thread_index_in_threadgroup % simd_size;
const bool l_2169 = l_2168 == uint(0);
if (l_2169) {
const uint l_2170 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2170] = l_2164;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_226 = float(0.0);

for (uint l_mut_2171 = uint(0); l_mut_2171 < l_2167; ++l_mut_2171) {
const float l_2172 = shared_memory_33[l_mut_2171];
l_mut_226 = l_mut_226 + l_2172;
}
const float l_2173 = float {simd_sum(l_mut_455)
};
const uint l_2174 = total_thread_in_threadgroup + simd_size;
const uint l_2175 = l_2174 - uint(1);
const uint l_2176 = l_2175 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2177 = thread_index_in_threadgroup % simd_size;
const bool l_2178 = l_2177 == uint(0);
if (l_2178) {
const uint l_2179 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2179] = l_2173;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_225 = float(0.0);

for (uint l_mut_2180 = uint(0); l_mut_2180 < l_2176; ++l_mut_2180) {
const float l_2181 = shared_memory_33[l_mut_2180];
l_mut_225 = l_mut_225 + l_2181;
}
const float l_2182 = float {simd_sum(l_mut_445)
};
const uint l_2183 = total_thread_in_threadgroup + simd_size;
const uint l_2184 = l_2183 - uint(1);
const uint l_2185 = l_2184 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2186 = thread_index_in_threadgroup % simd_size;
const bool l_2187 = l_2186 == uint(0);
if (l_2187) {
const uint l_2188 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2188] = l_2182;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_224 = float(0.0);

for (uint l_mut_2189 = uint(0); l_mut_2189 < l_2185; ++l_mut_2189) {
const float l_2190 = shared_memory_33[l_mut_2189];
l_mut_224 = l_mut_224 + l_2190;
}
const float l_2191 = float {simd_sum(l_mut_435)
};
const uint l_2192 = total_thread_in_threadgroup + simd_size;
const uint l_2193 = l_2192 - uint(1);
const uint l_2194 = l_2193 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2195 = thread_index_in_threadgroup % simd_size;
const bool l_2196 = l_2195 == uint(0);
if (l_2196) {
const uint l_2197 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2197] = l_2191;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_223 = float(0.0);

for (uint l_mut_2198 = uint(0); l_mut_2198 < l_2194; ++l_mut_2198) {
const float l_2199 = shared_memory_33[l_mut_2198];
l_mut_223 = l_mut_223 + l_2199;
}
const float l_2200 = float {simd_sum(l_mut_425)
};
const uint l_2201 = total_thread_in_threadgroup + simd_size;
const uint l_2202 = l_2201 - uint(1);
const uint l_2203 = l_2202 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2204 = thread_index_in_threadgroup % simd_size;
const bool l_2205 = l_2204 == uint(0);
if (l_2205) {
const uint l_2206 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2206] = l_2200;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_222 = float(0.0);

for (uint l_mut_2207 = uint(0); l_mut_2207 < l_2203; ++l_mut_2207) {
const float l_2208 = shared_memory_33[l_mut_2207];
l_mut_222 = l_mut_222 + l_2208;
}
const float l_2209 = float {simd_sum(l_mut_415)
};
const uint l_2210 = total_thread_in_threadgroup + simd_size;
const uint l_2211 = l_2210 - uint(1);
const uint l_2212 = l_2211 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2213 = thread_index_in_threadgroup % simd_size;
const bool l_2214 = l_2213 == uint(0);
if (l_2214) {
const uint l_2215 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2215] = l_2209;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_221 = float(0.0);

for (uint l_mut_2216 = uint(0); l_mut_2216 < l_2212; ++l_mut_2216) {
const float l_2217 = shared_memory_33[l_mut_2216];
l_mut_221 = l_mut_221 + l_2217;
}
const float l_2218 = float {simd_sum(l_mut_405)
};
const uint l_2219 = total_thread_in_threadgroup + simd_size;
const uint l_2220 = l_2219 - uint(1);
const uint l_2221 = l_2220 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2222 = thread_index_in_threadgroup % simd_size;
const bool l_2223 = l_2222 == uint(0);
if (l_2223) {
const uint l_2224 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2224] = l_2218;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = float(0.0);

for (uint l_mut_2225 = uint(0); l_mut_2225 < l_2221; ++l_mut_2225) {
const float l_2226 = shared_memory_33[l_mut_2225];
l_mut_220 = l_mut_220 + l_2226;
}
const float l_2227 = float {simd_sum(l_mut_259)
};
const uint l_2228 = total_thread_in_threadgroup + simd_size;
const uint l_2229 = l_2228 - uint(1);
const uint l_2230 = l_2229 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2231 = thread_index_in_threadgroup % simd_size;
const bool l_2232 = l_2231 == uint(0);
if (l_2232) {
const uint l_2233 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2233] = l_2227;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_219 = float(0.0);

for (uint l_mut_2234 = uint(0); l_mut_2234 < l_2230; ++l_mut_2234) {
const float l_2235 = shared_memory_33[l_mut_2234];
l_mut_219 = l_mut_219 + l_2235;
}
const float l_2236 = float {simd_sum(l_mut_243)
};
const uint l_2237 = total_thread_in_threadgroup + simd_size;
const uint l_2238 = l_2237 - uint(1);
const uint l_2239 = l_2238 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2240 = thread_index_in_threadgroup % simd_size;
const bool l_2241 = l_2240 == uint(0);
if (l_2241) {
const uint l_2242 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2242] = l_2236;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_179 = float(0.0);

for (uint l_mut_2243 = uint(0); l_mut_2243 < l_2239; ++l_mut_2243) {
const float l_2244 = shared_memory_33[l_mut_2243];
l_mut_179 = l_mut_179 + l_2244;
}
const float l_2245 = float {simd_sum(l_mut_233)
};
const uint l_2246 = total_thread_in_threadgroup + simd_size;
const uint l_2247 = l_2246 - uint(1);
const uint l_2248 = l_2247 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2249 = thread_index_in_threadgroup % simd_size;
const bool l_2250 = l_2249 == uint(0);
if (l_2250) {
const uint l_2251 = thread_index_in_threadgroup / simd_size;
shared_memory_33[l_2251] = l_2245;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_37 = float(0.0);

for (uint l_mut_2252 = uint(0); l_mut_2252 < l_2248; ++l_mut_2252) {
const float l_2253 = shared_memory_33[l_mut_2252];
l_mut_37 = l_mut_37 + l_2253;
}
const bool l_2254 = thread_index_in_threadgroup == uint(0);
if (l_2254) {
shared_memory_32[uint(0)] = l_mut_232;
shared_memory_32[uint(1)] = l_mut_231;
shared_memory_32[uint(2)] = l_mut_230;
shared_memory_32[uint(3)] = l_mut_229;
shared_memory_32[uint(4)] = l_mut_228;
shared_memory_32[uint(5)] = l_mut_227;
shared_memory_32[uint(6)] = l_mut_226;
shared_memory_32[uint(7)] = l_mut_225;
shared_memory_32[uint(8)] = l_mut_224;
shared_memory_32[uint(9)] = l_mut_223;
shared_memory_32[uint(10)] = l_mut_222;
shared_memory_32[uint(11)] = l_mut_221;
shared_memory_32[uint(12)] = l_mut_220;
shared_memory_32[uint(13)] = l_mut_219;
shared_memory_32[uint(14)] = l_mut_179;
shared_memory_32[uint(15)] = l_mut_37;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = float(0.0);
l_mut_582 = uint(0);
l_mut_539 = bool(false);
l_mut_515 = float(0.0);

for (uint l_mut_2255 = uint(0); l_mut_2255 < uint(16); ++l_mut_2255) {
l_mut_248 = l_mut_2255;
l_mut_505 = l_mut_525;
const float l_2256 = shared_memory_32[l_mut_248];
l_mut_525 = l_mut_525 + l_2256;
const bool l_2257 = !l_mut_539;
const float l_2258 = l_mut_535 + l_mut_525;
const bool l_2259 = l_2258 >= l_1967;
const bool l_2260 = l_2257 && l_2259;
if (l_2260) {
l_mut_582 = l_mut_248;
l_mut_539 = bool(true);
l_mut_515 = l_mut_505;
}
}
l_mut_535 = l_mut_535 + l_mut_515;
const uint l_2261 = l_mut_582 << l_1971;
l_mut_941 = l_mut_941 | l_2261;
}
l_mut_997 = l_mut_997 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_2262 = thread_index_in_threadgroup == uint(0);
if (l_2262) {
shared_memory_31[uint(3)] = l_mut_941;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2263 = shared_memory_31[uint(3)];
l_mut_38 = l_2263;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
}
}
}
}
l_mut_997 = info.scalars_uint[5];
l_mut_941 = info.scalars_uint[6];
l_mut_582 = l_1;
l_mut_248 = uint(0);
l_mut_245 = info.scalars_uint[3];
l_mut_235 = info.scalars_uint[4];

for (uint l_mut_2264 = uint(0); l_mut_2264 < uint(10); ++l_mut_2264) {
const uint l_2265 = uint(3528531795) & uint(65535);
const uint l_2266 = uint(3528531795) >> uint(16);
const uint l_2267 = l_mut_997 & uint(65535);
const uint l_2268 = l_mut_997 >> uint(16);
const uint l_2269 = l_2265 * l_2267;
const uint l_2270 = l_2265 * l_2268;
const uint l_2271 = l_2266 * l_2267;
const uint l_2272 = l_2266 * l_2268;
const uint l_2273 = l_2269 >> uint(16);
const uint l_2274 = l_2270 & uint(65535);
const uint l_2275 = l_2273 + l_2274;
const uint l_2276 = l_2271 & uint(65535);
const uint l_2277 = l_2275 + l_2276;
const uint l_2278 = l_2270 >> uint(16);
const uint l_2279 = l_2272 + l_2278;
const uint l_2280 = l_2271 >> uint(16);
const uint l_2281 = l_2279 + l_2280;
const uint l_2282 = l_2277 >> uint(16);
const uint l_2283 = l_2281 + l_2282;
const uint l_2284 = uint(3528531795) * l_mut_997;
const uint l_2285 = uint(3449720151) & uint(65535);
const uint l_2286 = uint(3449720151) >> uint(16);
const uint l_2287 = l_mut_582 & uint(65535);
const uint l_2288 = l_mut_582 >> uint(16);
const uint l_2289 = l_2285 * l_2287;
const uint l_2290 = l_2285 * l_2288;
const uint l_2291 = l_2286 * l_2287;
const uint l_2292 = l_2286 * l_2288;
const uint l_2293 = l_2289 >> uint(16);
const uint l_2294 = l_2290 & uint(65535);
const uint l_2295 = l_2293 + l_2294;
const uint l_2296 = l_2291 & uint(65535);
const uint l_2297 = l_2295 + l_2296;
const uint l_2298 = l_2290 >> uint(16);
const uint l_2299 = l_2292 + l_2298;
const uint l_2300 = l_2291 >> uint(16);
const uint l_2301 = l_2299 + l_2300;
const uint l_2302 = l_2297 >> uint(16);
const uint l_2303 = l_2301 + l_2302;
const uint l_2304 = uint(3449720151) * l_mut_582;
const uint l_2305 = l_2303 ^ l_mut_941;
const uint l_2306 = l_2305 ^ l_mut_245;
const uint l_2307 = l_2283 ^ l_mut_248;
const uint l_2308 = l_2307 ^ l_mut_235;
l_mut_997 = l_2306;
l_mut_941 = l_2304;
l_mut_582 = l_2308;
l_mut_248 = l_2284;
l_mut_245 = l_mut_245 + uint(2654435769);
l_mut_235 = l_mut_235 + uint(3144134277);
}
const uint l_2309 = l_mut_997 >> uint(8);
const float l_2310 = float(l_2309);
const float l_2311 = l_2310 * float(5.960464477539063e-8);
const uint l_2312 = l_25 + total_thread_in_threadgroup;
const uint l_2313 = l_2312 - uint(1);
const uint l_2314 = l_2313 / total_thread_in_threadgroup;
const uint l_2315 = thread_index_in_threadgroup * l_2314;
l_mut_997 = l_2315;
const bool l_2316 = l_mut_997 > l_25;
if (l_2316) {
l_mut_997 = l_25;
}
const uint l_2317 = l_mut_997 + l_2314;
l_mut_941 = l_2317;
const bool l_2318 = l_mut_941 > l_25;
if (l_2318) {
l_mut_941 = l_25;
}
l_mut_582 = uint(0);
l_mut_535 = float(0.0);
l_mut_248 = uint(0);
l_mut_245 = l_mut_582;

for (uint l_mut_2319 = l_mut_997; l_mut_2319 < l_mut_941; ++l_mut_2319) {
const uint l_2320 = l_26 + l_mut_2319;
const float_4 l_2321 = buffer_0[l_2320];
const uint l_2322 = l_mut_2319 * uint(4);
const uint l_2323 = l_2322 + uint(0);
const float l_2324 = l_2321.i_0;
l_mut_525 = l_2324;
l_mut_515 = float(0.0);
const uint l_2325 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_235 = l_2325;
const bool l_2326 = l_mut_235 == uint(2147483648);
if (l_2326) {
l_mut_235 = uint(0);
}
const uint l_2327 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2327;
const bool l_2328 = l_mut_235 >= uint(2147483648);
if (l_2328) {
const uint l_2329 = ~l_mut_235;
l_mut_234 = l_2329;
}
const bool l_2330 = l_mut_234 > l_mut_39;
const bool l_2331 = l_mut_234 == l_mut_39;
const bool l_2332 = l_2323 <= l_mut_38;
const bool l_2333 = l_2331 && l_2332;
const bool l_2334 = l_2330 || l_2333;
if (l_2334) {
l_mut_505 = float(1.0);
const bool l_2335 = l_mut_525 != l_mut_61;
if (l_2335) {
const float l_2336 = l_mut_525 - l_mut_61;
const float l_2337 = l_2336 * l_mut_22;
const float l_2338 = exp(l_2337);
l_mut_505 = l_2338;
}
l_mut_515 = l_mut_505;
}
l_mut_525 = l_mut_515;
l_mut_535 = l_mut_535 + l_mut_525;
const bool l_2339 = l_mut_525 > float(0.0);
if (l_2339) {
const uint l_2340 = l_2323 + uint(1);
l_mut_248 = l_2340;
}
const uint l_2341 = l_mut_2319 * uint(4);
const uint l_2342 = l_2341 + uint(1);
const float l_2343 = l_2321.i_1;
l_mut_525 = l_2343;
l_mut_515 = float(0.0);
const uint l_2344 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_235 = l_2344;
const bool l_2345 = l_mut_235 == uint(2147483648);
if (l_2345) {
l_mut_235 = uint(0);
}
const uint l_2346 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2346;
const bool l_2347 = l_mut_235 >= uint(2147483648);
if (l_2347) {
const uint l_2348 = ~l_mut_235;
l_mut_234 = l_2348;
}
const bool l_2349 = l_mut_234 > l_mut_39;
const bool l_2350 = l_mut_234 == l_mut_39;
const bool l_2351 = l_2342 <= l_mut_38;
const bool l_2352 = l_2350 && l_2351;
const bool l_2353 = l_2349 || l_2352;
if (l_2353) {
l_mut_505 = float(1.0);
const bool l_2354 = l_mut_525 != l_mut_61;
if (l_2354) {
const float l_2355 = l_mut_525 - l_mut_61;
const float l_2356 = l_2355 * l_mut_22;
const float l_2357 = exp(l_2356);
l_mut_505 = l_2357;
}
l_mut_515 = l_mut_505;
}
l_mut_525 = l_mut_515;
l_mut_535 = l_mut_535 + l_mut_525;
const bool l_2358 = l_mut_525 > float(0.0);
if (l_2358) {
const uint l_2359 = l_2342 + uint(1);
l_mut_248 = l_2359;
}
const uint l_2360 = l_mut_2319 * uint(4);
const uint l_2361 = l_2360 + uint(2);
const float l_2362 = l_2321.i_2;
l_mut_525 = l_2362;
l_mut_515 = float(0.0);
const uint l_2363 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_235 = l_2363;
const bool l_2364 = l_mut_235 == uint(2147483648);
if (l_2364) {
l_mut_235 = uint(0);
}
const uint l_2365 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2365;
const bool l_2366 = l_mut_235 >= uint(2147483648);
if (l_2366) {
const uint l_2367 = ~l_mut_235;
l_mut_234 = l_2367;
}
const bool l_2368 = l_mut_234 > l_mut_39;
const bool l_2369 = l_mut_234 == l_mut_39;
const bool l_2370 = l_2361 <= l_mut_38;
const bool l_2371 = l_2369 && l_2370;
const bool l_2372 = l_2368 || l_2371;
if (l_2372) {
l_mut_505 = float(1.0);
const bool l_2373 = l_mut_525 != l_mut_61;
if (l_2373) {
const float l_2374 = l_mut_525 - l_mut_61;
const float l_2375 = l_2374 * l_mut_22;
const float l_2376 = exp(l_2375);
l_mut_505 = l_2376;
}
l_mut_515 = l_mut_505;
}
l_mut_525 = l_mut_515;
l_mut_535 = l_mut_535 + l_mut_525;
const bool l_2377 = l_mut_525 > float(0.0);
if (l_2377) {
const uint l_2378 = l_2361 + uint(1);
l_mut_248 = l_2378;
}
const uint l_2379 = l_mut_2319 * uint(4);
const uint l_2380 = l_2379 + uint(3);
const float l_2381 = l_2321.i_3;
l_mut_525 = l_2381;
l_mut_515 = float(0.0);
const uint l_2382 = reinterpret_cast<thread uint const&>(l_mut_525);
l_mut_235 = l_2382;
const bool l_2383 = l_mut_235 == uint(2147483648);
if (l_2383) {
l_mut_235 = uint(0);
}
const uint l_2384 = l_mut_235 | uint(2147483648);
l_mut_234 = l_2384;
const bool l_2385 = l_mut_235 >= uint(2147483648);
if (l_2385) {
const uint l_2386 = ~l_mut_235;
l_mut_234 = l_2386;
}
const bool l_2387 = l_mut_234 > l_mut_39;
const bool l_2388 = l_mut_234 == l_mut_39;
const bool l_2389 = l_2380 <= l_mut_38;
const bool l_2390 = l_2388 && l_2389;
const bool l_2391 = l_2387 || l_2390;
if (l_2391) {
l_mut_505 = float(1.0);
const bool l_2392 = l_mut_525 != l_mut_61;
if (l_2392) {
const float l_2393 = l_mut_525 - l_mut_61;
const float l_2394 = l_2393 * l_mut_22;
const float l_2395 = exp(l_2394);
l_mut_505 = l_2395;
}
l_mut_515 = l_mut_505;
}
l_mut_525 = l_mut_515;
l_mut_535 = l_mut_535 + l_mut_525;
const bool l_2396 = l_mut_525 > float(0.0);
if (l_2396) {
const uint l_2397 = l_2380 + uint(1);
l_mut_248 = l_2397;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_30[thread_index_in_threadgroup] = l_mut_535;
l_mut_525 = l_mut_535;
l_mut_235 = uint(1);
while (true) {
const bool l_2398 = l_mut_235 < total_thread_in_threadgroup;
const bool l_2399 = !l_2398;
if (l_2399) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);
const bool l_2400 = thread_index_in_threadgroup >= l_mut_235;
if (l_2400) {
const uint l_2401 = thread_index_in_threadgroup - l_mut_235;
const float l_2402 = shared_memory_30[l_2401];
l_mut_535 = l_2402;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_525 = l_mut_525 + l_mut_535;
shared_memory_30[thread_index_in_threadgroup] = l_mut_525;
l_mut_235 = l_mut_235 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);
const bool l_2403 = thread_index_in_threadgroup > uint(0);
if (l_2403) {
const uint l_2404 = thread_index_in_threadgroup - uint(1);
const float l_2405 = shared_memory_30[l_2404];
l_mut_535 = l_2405;
}
const uint l_2406 = total_thread_in_threadgroup - uint(1);
const float l_2407 = shared_memory_30[l_2406];
const float l_2408 = l_2311 * l_2407;
const bool l_2409 = thread_index_in_threadgroup == uint(0);
if (l_2409) {
shared_memory_31[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_515 = l_mut_535;
const bool l_2410 = l_mut_535 <= l_2408;
const bool l_2411 = l_mut_525 > l_2408;
const bool l_2412 = l_2410 && l_2411;
if (l_2412) {
l_mut_539 = bool(false);
l_mut_235 = l_mut_582;

for (uint l_mut_2413 = l_mut_997; l_mut_2413 < l_mut_941; ++l_mut_2413) {
const uint l_2414 = l_26 + l_mut_2413;
const float_4 l_2415 = buffer_0[l_2414];
const uint l_2416 = l_mut_2413 * uint(4);
const uint l_2417 = l_2416 + uint(0);
const float l_2418 = l_2415.i_0;
l_mut_535 = l_2418;
l_mut_525 = float(0.0);
const uint l_2419 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_582 = l_2419;
const bool l_2420 = l_mut_582 == uint(2147483648);
if (l_2420) {
l_mut_582 = uint(0);
}
const uint l_2421 = l_mut_582 | uint(2147483648);
l_mut_234 = l_2421;
const bool l_2422 = l_mut_582 >= uint(2147483648);
if (l_2422) {
const uint l_2423 = ~l_mut_582;
l_mut_234 = l_2423;
}
const bool l_2424 = l_mut_234 > l_mut_39;
const bool l_2425 = l_mut_234 == l_mut_39;
const bool l_2426 = l_2417 <= l_mut_38;
const bool l_2427 = l_2425 && l_2426;
const bool l_2428 = l_2424 || l_2427;
if (l_2428) {
l_mut_505 = float(1.0);
const bool l_2429 = l_mut_535 != l_mut_61;
if (l_2429) {
const float l_2430 = l_mut_535 - l_mut_61;
const float l_2431 = l_2430 * l_mut_22;
const float l_2432 = exp(l_2431);
l_mut_505 = l_2432;
}
l_mut_525 = l_mut_505;
}
l_mut_535 = l_mut_525;
l_mut_515 = l_mut_515 + l_mut_535;
const bool l_2433 = !l_mut_539;
const bool l_2434 = l_mut_515 > l_2408;
const bool l_2435 = l_2433 && l_2434;
if (l_2435) {
shared_memory_31[uint(0)] = l_2417;
l_mut_539 = bool(true);
}
const uint l_2436 = l_mut_2413 * uint(4);
const uint l_2437 = l_2436 + uint(1);
const float l_2438 = l_2415.i_1;
l_mut_535 = l_2438;
l_mut_525 = float(0.0);
const uint l_2439 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_582 = l_2439;
const bool l_2440 = l_mut_582 == uint(2147483648);
if (l_2440) {
l_mut_582 = uint(0);
}
const uint l_2441 = l_mut_582 | uint(2147483648);
l_mut_234 = l_2441;
const bool l_2442 = l_mut_582 >= uint(2147483648);
if (l_2442) {
const uint l_2443 = ~l_mut_582;
l_mut_234 = l_2443;
}
const bool l_2444 = l_mut_234 > l_mut_39;
const bool l_2445 = l_mut_234 == l_mut_39;
const bool l_2446 = l_2437 <= l_mut_38;
const bool l_2447 = l_2445 && l_2446;
const bool l_2448 = l_2444 || l_2447;
if (l_2448) {
l_mut_505 = float(1.0);
const bool l_2449 = l_mut_535 != l_mut_61;
if (l_2449) {
const float l_2450 = l_mut_535 - l_mut_61;
const float l_2451 = l_2450 * l_mut_22;
const float l_2452 = exp(l_2451);
l_mut_505 = l_2452;
}
l_mut_525 = l_mut_505;
}
l_mut_535 = l_mut_525;
l_mut_515 = l_mut_515 + l_mut_535;
const bool l_2453 = !l_mut_539;
const bool l_2454 = l_mut_515 > l_2408;
const bool l_2455 = l_2453 && l_2454;
if (l_2455) {
shared_memory_31[uint(0)] = l_2437;
l_mut_539 = bool(true);
}
const uint l_2456 = l_mut_2413 * uint(4);
const uint l_2457 = l_2456 + uint(2);
const float l_2458 = l_2415.i_2;
l_mut_535 = l_2458;
l_mut_525 = float(0.0);
const uint l_2459 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_582 = l_2459;
const bool l_2460 = l_mut_582 == uint(2147483648);
if (l_2460) {
l_mut_582 = uint(0);
}
const uint l_2461 = l_mut_582 | uint(2147483648);
l_mut_234 = l_2461;
const bool l_2462 = l_mut_582 >= uint(2147483648);
if (l_2462) {
const uint l_2463 = ~l_mut_582;
l_mut_234 = l_2463;
}
const bool l_2464 = l_mut_234 > l_mut_39;
const bool l_2465 = l_mut_234 == l_mut_39;
const bool l_2466 = l_2457 <= l_mut_38;
const bool l_2467 = l_2465 && l_2466;
const bool l_2468 = l_2464 || l_2467;
if (l_2468) {
l_mut_505 = float(1.0);
const bool l_2469 = l_mut_535 != l_mut_61;
if (l_2469) {
const float l_2470 = l_mut_535 - l_mut_61;
const float l_2471 = l_2470 * l_mut_22;
const float l_2472 = exp(l_2471);
l_mut_505 = l_2472;
}
l_mut_525 = l_mut_505;
}
l_mut_535 = l_mut_525;
l_mut_515 = l_mut_515 + l_mut_535;
const bool l_2473 = !l_mut_539;
const bool l_2474 = l_mut_515 > l_2408;
const bool l_2475 = l_2473 && l_2474;
if (l_2475) {
shared_memory_31[uint(0)] = l_2457;
l_mut_539 = bool(true);
}
const uint l_2476 = l_mut_2413 * uint(4);
const uint l_2477 = l_2476 + uint(3);
const float l_2478 = l_2415.i_3;
l_mut_535 = l_2478;
l_mut_525 = float(0.0);
const uint l_2479 = reinterpret_cast<thread uint const&>(l_mut_535);
l_mut_582 = l_2479;
const bool l_2480 = l_mut_582 == uint(2147483648);
if (l_2480) {
l_mut_582 = uint(0);
}
const uint l_2481 = l_mut_582 | uint(2147483648);
l_mut_234 = l_2481;
const bool l_2482 = l_mut_582 >= uint(2147483648);
if (l_2482) {
const uint l_2483 = ~l_mut_582;
l_mut_234 = l_2483;
}
const bool l_2484 = l_mut_234 > l_mut_39;
const bool l_2485 = l_mut_234 == l_mut_39;
const bool l_2486 = l_2477 <= l_mut_38;
const bool l_2487 = l_2485 && l_2486;
const bool l_2488 = l_2484 || l_2487;
if (l_2488) {
l_mut_505 = float(1.0);
const bool l_2489 = l_mut_535 != l_mut_61;
if (l_2489) {
const float l_2490 = l_mut_535 - l_mut_61;
const float l_2491 = l_2490 * l_mut_22;
const float l_2492 = exp(l_2491);
l_mut_505 = l_2492;
}
l_mut_525 = l_mut_505;
}
l_mut_535 = l_mut_525;
l_mut_515 = l_mut_515 + l_mut_535;
const bool l_2493 = !l_mut_539;
const bool l_2494 = l_mut_515 > l_2408;
const bool l_2495 = l_2493 && l_2494;
if (l_2495) {
shared_memory_31[uint(0)] = l_2477;
l_mut_539 = bool(true);
}
}
const bool l_2496 = !l_mut_539;
const bool l_2497 = l_mut_248 > uint(0);
const bool l_2498 = l_2496 && l_2497;
if (l_2498) {
const uint l_2499 = l_mut_248 - uint(1);
shared_memory_31[uint(0)] = l_2499;
}
}
const uint l_2501 = uint {simd_max(l_mut_248)
};
const uint l_2502 = total_thread_in_threadgroup + simd_size;
const uint l_2503 = l_2502 - uint(1);
const uint l_2504 = l_2503 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2505 = thread_index_in_threadgroup % simd_size;
const bool l_2506 = l_2505 == uint(0);
if (l_2506) {
const uint l_2507 = thread_index_in_threadgroup / simd_size;
shared_memory_2500[l_2507] = l_2501;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_2508 = shared_memory_2500[uint(0)];
l_mut_997 = l_2508;

for (uint l_mut_2509 = uint(1); l_mut_2509 < l_2504; ++l_mut_2509) {
const uint l_2510 = shared_memory_2500[l_mut_2509];
const bool l_2511 = l_2510 > l_mut_997;
if (l_2511) {
l_mut_997 = l_2510;
}
}
const uint l_2512 = shared_memory_31[uint(0)];
l_mut_41 = l_2512;
const bool l_2513 = l_mut_41 == uint(4294967295);
if (l_2513) {
const uint l_2514 = l_mut_997 - uint(1);
l_mut_41 = l_2514;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_2515 = thread_index_in_threadgroup == uint(0);
if (l_2515) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_41;
}
}
}

}
