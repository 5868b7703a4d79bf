
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
void sampler_topp_f32_v4(
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
threadgroup float* shared_memory_28 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_26 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 1024, 4096 bytes
threadgroup uint* shared_memory_27 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_140 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_31 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_153 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_165 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup uint* shared_memory_1881 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 16, 64 bytes
threadgroup float* shared_memory_30 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 4, 16 bytes
threadgroup uint* shared_memory_29 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_201;
bool l_mut_362;
bool l_mut_364;
bool l_mut_3;
float l_mut_177;
float l_mut_180;
float l_mut_20;
float l_mut_33;
float l_mut_35;
float l_mut_454;
float l_mut_47;
float l_mut_529;
float l_mut_530;
float l_mut_531;
float l_mut_532;
float l_mut_533;
float l_mut_534;
float l_mut_535;
float l_mut_536;
float l_mut_537;
float l_mut_538;
float l_mut_539;
float l_mut_540;
float l_mut_541;
float l_mut_542;
float l_mut_550;
float l_mut_564;
float l_mut_565;
float l_mut_59;
float l_mut_736;
float l_mut_746;
float l_mut_756;
float l_mut_766;
float l_mut_776;
float l_mut_786;
float l_mut_796;
float l_mut_806;
float l_mut_816;
float l_mut_826;
float l_mut_836;
float l_mut_846;
float l_mut_856;
uint l_mut_204;
uint l_mut_207;
uint l_mut_210;
uint l_mut_211;
uint l_mut_220;
uint l_mut_223;
uint l_mut_277;
uint l_mut_286;
uint l_mut_289;
uint l_mut_32;
uint l_mut_345;
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
const bool l_202 = l_10 < float(1.0);
if (l_202) {
const bool l_203 = l_mut_34 <= info.scalars_uint[8];
if (l_203) {
l_mut_204 = uint(1);
while (true) {
const bool l_205 = l_mut_204 < l_mut_34;
const bool l_206 = !l_205;
if (l_206) {
break;}
l_mut_204 = l_mut_204 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_207 = thread_index_in_threadgroup;
while (true) {
const bool l_208 = l_mut_207 < l_mut_204;
const bool l_209 = !l_208;
if (l_209) {
break;}
shared_memory_26[l_mut_207] = uint(0);
shared_memory_27[l_mut_207] = uint(4294967295);
l_mut_207 = l_mut_207 + total_thread_in_threadgroup;
}
l_mut_177 = float(0.0);
l_mut_210 = uint(0);
l_mut_211 = thread_index_in_threadgroup;
while (true) {
const bool l_212 = l_mut_211 < l_23;
const bool l_213 = !l_212;
if (l_213) {
break;}
const uint l_214 = l_24 + l_mut_211;
const float_4 l_215 = buffer_0[l_214];
const uint l_216 = l_mut_211 * uint(4);
const uint l_217 = l_216 + uint(0);
const float l_218 = l_215.i_0;
l_mut_35 = l_218;
const uint l_219 = reinterpret_cast<thread uint const&>(l_mut_35);
l_mut_220 = l_219;
const bool l_221 = l_mut_220 == uint(2147483648);
if (l_221) {
l_mut_220 = uint(0);
}
const uint l_222 = l_mut_220 | uint(2147483648);
l_mut_223 = l_222;
const bool l_224 = l_mut_220 >= uint(2147483648);
if (l_224) {
const uint l_225 = ~l_mut_220;
l_mut_223 = l_225;
}
const bool l_226 = l_mut_223 > l_mut_37;
const bool l_227 = l_mut_223 == l_mut_37;
const bool l_228 = l_217 <= l_mut_36;
const bool l_229 = l_227 && l_228;
const bool l_230 = l_226 || l_229;
if (l_230) {
l_mut_177 = l_mut_177 + float(1.0);
}
const uint l_231 = l_mut_211 * uint(4);
const uint l_232 = l_231 + uint(1);
const float l_233 = l_215.i_1;
l_mut_35 = l_233;
const uint l_234 = reinterpret_cast<thread uint const&>(l_mut_35);
l_mut_223 = l_234;
const bool l_235 = l_mut_223 == uint(2147483648);
if (l_235) {
l_mut_223 = uint(0);
}
const uint l_236 = l_mut_223 | uint(2147483648);
l_mut_220 = l_236;
const bool l_237 = l_mut_223 >= uint(2147483648);
if (l_237) {
const uint l_238 = ~l_mut_223;
l_mut_220 = l_238;
}
const bool l_239 = l_mut_220 > l_mut_37;
const bool l_240 = l_mut_220 == l_mut_37;
const bool l_241 = l_232 <= l_mut_36;
const bool l_242 = l_240 && l_241;
const bool l_243 = l_239 || l_242;
if (l_243) {
l_mut_177 = l_mut_177 + float(1.0);
}
const uint l_244 = l_mut_211 * uint(4);
const uint l_245 = l_244 + uint(2);
const float l_246 = l_215.i_2;
l_mut_35 = l_246;
const uint l_247 = reinterpret_cast<thread uint const&>(l_mut_35);
l_mut_223 = l_247;
const bool l_248 = l_mut_223 == uint(2147483648);
if (l_248) {
l_mut_223 = uint(0);
}
const uint l_249 = l_mut_223 | uint(2147483648);
l_mut_220 = l_249;
const bool l_250 = l_mut_223 >= uint(2147483648);
if (l_250) {
const uint l_251 = ~l_mut_223;
l_mut_220 = l_251;
}
const bool l_252 = l_mut_220 > l_mut_37;
const bool l_253 = l_mut_220 == l_mut_37;
const bool l_254 = l_245 <= l_mut_36;
const bool l_255 = l_253 && l_254;
const bool l_256 = l_252 || l_255;
if (l_256) {
l_mut_177 = l_mut_177 + float(1.0);
}
const uint l_257 = l_mut_211 * uint(4);
const uint l_258 = l_257 + uint(3);
const float l_259 = l_215.i_3;
l_mut_35 = l_259;
const uint l_260 = reinterpret_cast<thread uint const&>(l_mut_35);
l_mut_223 = l_260;
const bool l_261 = l_mut_223 == uint(2147483648);
if (l_261) {
l_mut_223 = uint(0);
}
const uint l_262 = l_mut_223 | uint(2147483648);
l_mut_220 = l_262;
const bool l_263 = l_mut_223 >= uint(2147483648);
if (l_263) {
const uint l_264 = ~l_mut_223;
l_mut_220 = l_264;
}
const bool l_265 = l_mut_220 > l_mut_37;
const bool l_266 = l_mut_220 == l_mut_37;
const bool l_267 = l_258 <= l_mut_36;
const bool l_268 = l_266 && l_267;
const bool l_269 = l_265 || l_268;
if (l_269) {
l_mut_177 = l_mut_177 + float(1.0);
}
l_mut_211 = l_mut_211 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_28[thread_index_in_threadgroup] = l_mut_177;
l_mut_35 = l_mut_177;
l_mut_223 = uint(1);
while (true) {
const bool l_270 = l_mut_223 < total_thread_in_threadgroup;
const bool l_271 = !l_270;
if (l_271) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_33 = float(0.0);
const bool l_272 = thread_index_in_threadgroup >= l_mut_223;
if (l_272) {
const uint l_273 = thread_index_in_threadgroup - l_mut_223;
const float l_274 = shared_memory_28[l_273];
l_mut_33 = l_274;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = l_mut_35 + l_mut_33;
shared_memory_28[thread_index_in_threadgroup] = l_mut_35;
l_mut_223 = l_mut_223 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_275 = l_mut_35 - l_mut_177;
const uint l_276 = uint(l_275);
l_mut_223 = l_276;
l_mut_220 = uint(0);
l_mut_277 = thread_index_in_threadgroup;
while (true) {
const bool l_278 = l_mut_277 < l_23;
const bool l_279 = !l_278;
if (l_279) {
break;}
const uint l_280 = l_24 + l_mut_277;
const float_4 l_281 = buffer_0[l_280];
const uint l_282 = l_mut_277 * uint(4);
const uint l_283 = l_282 + uint(0);
const float l_284 = l_281.i_0;
l_mut_177 = l_284;
const uint l_285 = reinterpret_cast<thread uint const&>(l_mut_177);
l_mut_286 = l_285;
const bool l_287 = l_mut_286 == uint(2147483648);
if (l_287) {
l_mut_286 = uint(0);
}
const uint l_288 = l_mut_286 | uint(2147483648);
l_mut_289 = l_288;
const bool l_290 = l_mut_286 >= uint(2147483648);
if (l_290) {
const uint l_291 = ~l_mut_286;
l_mut_289 = l_291;
}
const bool l_292 = l_mut_289 > l_mut_37;
const bool l_293 = l_mut_289 == l_mut_37;
const bool l_294 = l_283 <= l_mut_36;
const bool l_295 = l_293 && l_294;
const bool l_296 = l_292 || l_295;
if (l_296) {
const bool l_297 = l_mut_223 < l_mut_34;
if (l_297) {
shared_memory_26[l_mut_223] = l_mut_289;
shared_memory_27[l_mut_223] = l_283;
}
l_mut_223 = l_mut_223 + uint(1);
}
const uint l_298 = l_mut_277 * uint(4);
const uint l_299 = l_298 + uint(1);
const float l_300 = l_281.i_1;
l_mut_177 = l_300;
const uint l_301 = reinterpret_cast<thread uint const&>(l_mut_177);
l_mut_289 = l_301;
const bool l_302 = l_mut_289 == uint(2147483648);
if (l_302) {
l_mut_289 = uint(0);
}
const uint l_303 = l_mut_289 | uint(2147483648);
l_mut_286 = l_303;
const bool l_304 = l_mut_289 >= uint(2147483648);
if (l_304) {
const uint l_305 = ~l_mut_289;
l_mut_286 = l_305;
}
const bool l_306 = l_mut_286 > l_mut_37;
const bool l_307 = l_mut_286 == l_mut_37;
const bool l_308 = l_299 <= l_mut_36;
const bool l_309 = l_307 && l_308;
const bool l_310 = l_306 || l_309;
if (l_310) {
const bool l_311 = l_mut_223 < l_mut_34;
if (l_311) {
shared_memory_26[l_mut_223] = l_mut_286;
shared_memory_27[l_mut_223] = l_299;
}
l_mut_223 = l_mut_223 + uint(1);
}
const uint l_312 = l_mut_277 * uint(4);
const uint l_313 = l_312 + uint(2);
const float l_314 = l_281.i_2;
l_mut_177 = l_314;
const uint l_315 = reinterpret_cast<thread uint const&>(l_mut_177);
l_mut_289 = l_315;
const bool l_316 = l_mut_289 == uint(2147483648);
if (l_316) {
l_mut_289 = uint(0);
}
const uint l_317 = l_mut_289 | uint(2147483648);
l_mut_286 = l_317;
const bool l_318 = l_mut_289 >= uint(2147483648);
if (l_318) {
const uint l_319 = ~l_mut_289;
l_mut_286 = l_319;
}
const bool l_320 = l_mut_286 > l_mut_37;
const bool l_321 = l_mut_286 == l_mut_37;
const bool l_322 = l_313 <= l_mut_36;
const bool l_323 = l_321 && l_322;
const bool l_324 = l_320 || l_323;
if (l_324) {
const bool l_325 = l_mut_223 < l_mut_34;
if (l_325) {
shared_memory_26[l_mut_223] = l_mut_286;
shared_memory_27[l_mut_223] = l_313;
}
l_mut_223 = l_mut_223 + uint(1);
}
const uint l_326 = l_mut_277 * uint(4);
const uint l_327 = l_326 + uint(3);
const float l_328 = l_281.i_3;
l_mut_177 = l_328;
const uint l_329 = reinterpret_cast<thread uint const&>(l_mut_177);
l_mut_289 = l_329;
const bool l_330 = l_mut_289 == uint(2147483648);
if (l_330) {
l_mut_289 = uint(0);
}
const uint l_331 = l_mut_289 | uint(2147483648);
l_mut_286 = l_331;
const bool l_332 = l_mut_289 >= uint(2147483648);
if (l_332) {
const uint l_333 = ~l_mut_289;
l_mut_286 = l_333;
}
const bool l_334 = l_mut_286 > l_mut_37;
const bool l_335 = l_mut_286 == l_mut_37;
const bool l_336 = l_327 <= l_mut_36;
const bool l_337 = l_335 && l_336;
const bool l_338 = l_334 || l_337;
if (l_338) {
const bool l_339 = l_mut_223 < l_mut_34;
if (l_339) {
shared_memory_26[l_mut_223] = l_mut_286;
shared_memory_27[l_mut_223] = l_327;
}
l_mut_223 = l_mut_223 + uint(1);
}
l_mut_277 = l_mut_277 + total_thread_in_threadgroup;
}
l_mut_289 = uint(2);
while (true) {
const bool l_340 = l_mut_289 <= l_mut_204;
const bool l_341 = !l_340;
if (l_341) {
break;}
const uint l_342 = l_mut_289 / uint(2);
l_mut_286 = l_342;
while (true) {
const bool l_343 = l_mut_286 > uint(0);
const bool l_344 = !l_343;
if (l_344) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_345 = thread_index_in_threadgroup;
while (true) {
const uint l_346 = l_mut_204 / uint(2);
const bool l_347 = l_mut_345 < l_346;
const bool l_348 = !l_347;
if (l_348) {
break;}
const uint l_349 = l_mut_345 / l_mut_286;
const uint l_350 = l_349 * l_mut_286;
const uint l_351 = l_350 * uint(2);
const uint l_352 = l_mut_345 % l_mut_286;
const uint l_353 = l_351 + l_352;
const uint l_354 = l_353 + l_mut_286;
const uint l_355 = l_353 & l_mut_289;
const bool l_356 = l_355 == uint(0);
const uint l_357 = shared_memory_26[l_353];
const uint l_358 = shared_memory_27[l_353];
const uint l_359 = shared_memory_26[l_354];
const uint l_360 = shared_memory_27[l_354];
const bool l_361 = l_360 < l_358;
l_mut_362 = l_361;
const bool l_363 = l_358 < l_360;
l_mut_364 = l_363;
const bool l_365 = !bool(false);
if (l_365) {
const bool l_366 = l_359 > l_357;
const bool l_367 = l_359 == l_357;
const bool l_368 = l_360 < l_358;
const bool l_369 = l_367 && l_368;
const bool l_370 = l_366 || l_369;
l_mut_362 = l_370;
const bool l_371 = l_357 > l_359;
const bool l_372 = l_357 == l_359;
const bool l_373 = l_358 < l_360;
const bool l_374 = l_372 && l_373;
const bool l_375 = l_371 || l_374;
l_mut_364 = l_375;
}
const bool l_376 = l_356 && l_mut_362;
const bool l_377 = !l_356;
const bool l_378 = l_377 && l_mut_364;
const bool l_379 = l_376 || l_378;
if (l_379) {
shared_memory_26[l_353] = l_359;
shared_memory_27[l_353] = l_360;
shared_memory_26[l_354] = l_357;
shared_memory_27[l_354] = l_358;
}
l_mut_345 = l_mut_345 + total_thread_in_threadgroup;
}
l_mut_286 = l_mut_286 / uint(2);
}
l_mut_289 = l_mut_289 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_380 = l_mut_34 + total_thread_in_threadgroup;
const uint l_381 = l_380 - uint(1);
const uint l_382 = l_381 / total_thread_in_threadgroup;
const uint l_383 = thread_index_in_threadgroup * l_382;
l_mut_345 = l_383;
const bool l_384 = l_mut_345 > l_mut_34;
if (l_384) {
l_mut_345 = l_mut_34;
}
const uint l_385 = l_mut_345 + l_382;
l_mut_289 = l_385;
const bool l_386 = l_mut_289 > l_mut_34;
if (l_386) {
l_mut_289 = l_mut_34;
}
l_mut_177 = float(0.0);

for (uint l_mut_387 = l_mut_345; l_mut_387 < l_mut_289; ++l_mut_387) {
const uint l_388 = shared_memory_26[l_mut_387];
const uint l_389 = ~l_388;
l_mut_286 = l_389;
const bool l_390 = l_388 >= uint(2147483648);
if (l_390) {
const uint l_391 = l_388 & uint(2147483647);
l_mut_286 = l_391;
}
const float l_392 = reinterpret_cast<thread float const&>(l_mut_286);
l_mut_35 = float(1.0);
const bool l_393 = l_392 != l_mut_59;
if (l_393) {
const float l_394 = l_392 - l_mut_59;
const float l_395 = l_394 * l_mut_20;
const float l_396 = exp(l_395);
l_mut_35 = l_396;
}
l_mut_177 = l_mut_177 + l_mut_35;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_28[thread_index_in_threadgroup] = l_mut_177;
l_mut_35 = l_mut_177;
l_mut_286 = uint(1);
while (true) {
const bool l_397 = l_mut_286 < total_thread_in_threadgroup;
const bool l_398 = !l_397;
if (l_398) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);
const bool l_399 = thread_index_in_threadgroup >= l_mut_286;
if (l_399) {
const uint l_400 = thread_index_in_threadgroup - l_mut_286;
const float l_401 = shared_memory_28[l_400];
l_mut_177 = l_401;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = l_mut_35 + l_mut_177;
shared_memory_28[thread_index_in_threadgroup] = l_mut_35;
l_mut_286 = l_mut_286 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_402 = total_thread_in_threadgroup - uint(1);
const float l_403 = shared_memory_28[l_402];
const float l_404 = l_10 * l_403;
const bool l_405 = l_10 < float(1.0);
const bool l_406 = bool(true) && l_405;
l_mut_177 = float(0.0);
const bool l_407 = thread_index_in_threadgroup > uint(0);
if (l_407) {
const uint l_408 = thread_index_in_threadgroup - uint(1);
const float l_409 = shared_memory_28[l_408];
l_mut_177 = l_409;
}
l_mut_35 = l_mut_177;
l_mut_177 = float(0.0);

for (uint l_mut_410 = l_mut_345; l_mut_410 < l_mut_289; ++l_mut_410) {
const uint l_411 = shared_memory_26[l_mut_410];
const uint l_412 = ~l_411;
l_mut_286 = l_412;
const bool l_413 = l_411 >= uint(2147483648);
if (l_413) {
const uint l_414 = l_411 & uint(2147483647);
l_mut_286 = l_414;
}
const float l_415 = reinterpret_cast<thread float const&>(l_mut_286);
l_mut_33 = float(1.0);
const bool l_416 = l_415 != l_mut_59;
if (l_416) {
const float l_417 = l_415 - l_mut_59;
const float l_418 = l_417 * l_mut_20;
const float l_419 = exp(l_418);
l_mut_33 = l_419;
}
l_mut_364 = bool(true);
if (l_406) {
const bool l_420 = l_mut_35 < l_404;
l_mut_364 = l_420;
}
if (l_mut_364) {
l_mut_177 = l_mut_177 + float(1.0);
}
l_mut_35 = l_mut_35 + l_mut_33;
}
const float l_421 = float {simd_sum(l_mut_177)
};
const uint l_422 = total_thread_in_threadgroup + simd_size;
const uint l_423 = l_422 - uint(1);
const uint l_424 = l_423 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_425 = thread_index_in_threadgroup % simd_size;
const bool l_426 = l_425 == uint(0);
if (l_426) {
const uint l_427 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_427] = l_421;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);

for (uint l_mut_428 = uint(0); l_mut_428 < l_424; ++l_mut_428) {
const float l_429 = shared_memory_31[l_mut_428];
l_mut_177 = l_mut_177 + l_429;
}
const uint l_430 = uint(l_mut_177);
l_mut_286 = l_430;
const bool l_431 = l_mut_286 < uint(1);
if (l_431) {
l_mut_286 = uint(1);
}
const uint l_432 = l_mut_286 - uint(1);
const uint l_433 = shared_memory_26[l_432];
l_mut_37 = l_433;
const uint l_434 = l_mut_286 - uint(1);
const uint l_435 = shared_memory_27[l_434];
l_mut_36 = l_435;
l_mut_201 = bool(false);
threadgroup_barrier(mem_flags::mem_threadgroup);
} else {
l_mut_177 = l_mut_47;
const bool l_436 = l_mut_34 < info.scalars_uint[1];
if (l_436) {
l_mut_35 = float(0.0);
l_mut_345 = uint(0);
l_mut_289 = thread_index_in_threadgroup;
while (true) {
const bool l_437 = l_mut_289 < l_23;
const bool l_438 = !l_437;
if (l_438) {
break;}
const uint l_439 = l_24 + l_mut_289;
const float_4 l_440 = buffer_0[l_439];
const uint l_441 = l_mut_289 * uint(4);
const uint l_442 = l_441 + uint(0);
const float l_443 = l_440.i_0;
l_mut_33 = l_443;
const uint l_444 = reinterpret_cast<thread uint const&>(l_mut_33);
l_mut_286 = l_444;
const bool l_445 = l_mut_286 == uint(2147483648);
if (l_445) {
l_mut_286 = uint(0);
}
const uint l_446 = l_mut_286 | uint(2147483648);
l_mut_277 = l_446;
const bool l_447 = l_mut_286 >= uint(2147483648);
if (l_447) {
const uint l_448 = ~l_mut_286;
l_mut_277 = l_448;
}
const bool l_449 = l_mut_277 > l_mut_37;
const bool l_450 = l_mut_277 == l_mut_37;
const bool l_451 = l_442 <= l_mut_36;
const bool l_452 = l_450 && l_451;
const bool l_453 = l_449 || l_452;
if (l_453) {
l_mut_454 = float(1.0);
const bool l_455 = l_mut_33 != l_mut_59;
if (l_455) {
const float l_456 = l_mut_33 - l_mut_59;
const float l_457 = l_456 * l_mut_20;
const float l_458 = exp(l_457);
l_mut_454 = l_458;
}
l_mut_35 = l_mut_35 + l_mut_454;
}
const uint l_459 = l_mut_289 * uint(4);
const uint l_460 = l_459 + uint(1);
const float l_461 = l_440.i_1;
l_mut_454 = l_461;
const uint l_462 = reinterpret_cast<thread uint const&>(l_mut_454);
l_mut_286 = l_462;
const bool l_463 = l_mut_286 == uint(2147483648);
if (l_463) {
l_mut_286 = uint(0);
}
const uint l_464 = l_mut_286 | uint(2147483648);
l_mut_277 = l_464;
const bool l_465 = l_mut_286 >= uint(2147483648);
if (l_465) {
const uint l_466 = ~l_mut_286;
l_mut_277 = l_466;
}
const bool l_467 = l_mut_277 > l_mut_37;
const bool l_468 = l_mut_277 == l_mut_37;
const bool l_469 = l_460 <= l_mut_36;
const bool l_470 = l_468 && l_469;
const bool l_471 = l_467 || l_470;
if (l_471) {
l_mut_33 = float(1.0);
const bool l_472 = l_mut_454 != l_mut_59;
if (l_472) {
const float l_473 = l_mut_454 - l_mut_59;
const float l_474 = l_473 * l_mut_20;
const float l_475 = exp(l_474);
l_mut_33 = l_475;
}
l_mut_35 = l_mut_35 + l_mut_33;
}
const uint l_476 = l_mut_289 * uint(4);
const uint l_477 = l_476 + uint(2);
const float l_478 = l_440.i_2;
l_mut_454 = l_478;
const uint l_479 = reinterpret_cast<thread uint const&>(l_mut_454);
l_mut_286 = l_479;
const bool l_480 = l_mut_286 == uint(2147483648);
if (l_480) {
l_mut_286 = uint(0);
}
const uint l_481 = l_mut_286 | uint(2147483648);
l_mut_277 = l_481;
const bool l_482 = l_mut_286 >= uint(2147483648);
if (l_482) {
const uint l_483 = ~l_mut_286;
l_mut_277 = l_483;
}
const bool l_484 = l_mut_277 > l_mut_37;
const bool l_485 = l_mut_277 == l_mut_37;
const bool l_486 = l_477 <= l_mut_36;
const bool l_487 = l_485 && l_486;
const bool l_488 = l_484 || l_487;
if (l_488) {
l_mut_33 = float(1.0);
const bool l_489 = l_mut_454 != l_mut_59;
if (l_489) {
const float l_490 = l_mut_454 - l_mut_59;
const float l_491 = l_490 * l_mut_20;
const float l_492 = exp(l_491);
l_mut_33 = l_492;
}
l_mut_35 = l_mut_35 + l_mut_33;
}
const uint l_493 = l_mut_289 * uint(4);
const uint l_494 = l_493 + uint(3);
const float l_495 = l_440.i_3;
l_mut_454 = l_495;
const uint l_496 = reinterpret_cast<thread uint const&>(l_mut_454);
l_mut_286 = l_496;
const bool l_497 = l_mut_286 == uint(2147483648);
if (l_497) {
l_mut_286 = uint(0);
}
const uint l_498 = l_mut_286 | uint(2147483648);
l_mut_277 = l_498;
const bool l_499 = l_mut_286 >= uint(2147483648);
if (l_499) {
const uint l_500 = ~l_mut_286;
l_mut_277 = l_500;
}
const bool l_501 = l_mut_277 > l_mut_37;
const bool l_502 = l_mut_277 == l_mut_37;
const bool l_503 = l_494 <= l_mut_36;
const bool l_504 = l_502 && l_503;
const bool l_505 = l_501 || l_504;
if (l_505) {
l_mut_33 = float(1.0);
const bool l_506 = l_mut_454 != l_mut_59;
if (l_506) {
const float l_507 = l_mut_454 - l_mut_59;
const float l_508 = l_507 * l_mut_20;
const float l_509 = exp(l_508);
l_mut_33 = l_509;
}
l_mut_35 = l_mut_35 + l_mut_33;
}
l_mut_289 = l_mut_289 + total_thread_in_threadgroup;
}
const float l_510 = float {simd_sum(l_mut_35)
};
const uint l_511 = total_thread_in_threadgroup + simd_size;
const uint l_512 = l_511 - uint(1);
const uint l_513 = l_512 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_514 = thread_index_in_threadgroup % simd_size;
const bool l_515 = l_514 == uint(0);
if (l_515) {
const uint l_516 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_516] = l_510;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_454 = float(0.0);

for (uint l_mut_517 = uint(0); l_mut_517 < l_513; ++l_mut_517) {
const float l_518 = shared_memory_31[l_mut_517];
l_mut_454 = l_mut_454 + l_518;
}
l_mut_177 = l_mut_454;
}
const float l_519 = l_10 * l_mut_177;
l_mut_345 = uint(0);
l_mut_454 = float(0.0);
l_mut_177 = float(0.0);
l_mut_364 = bool(false);
l_mut_289 = uint(0);
while (true) {
const bool l_520 = l_mut_289 < uint(8);
const bool l_521 = !l_mut_364;
const bool l_522 = l_520 && l_521;
const bool l_523 = !l_522;
if (l_523) {
break;}
const uint l_524 = uint(4) * l_mut_289;
const uint l_525 = uint(28) - l_524;
l_mut_286 = uint(0);
const bool l_526 = l_mut_289 > uint(0);
if (l_526) {
const uint l_527 = l_525 + uint(4);
const uint l_528 = uint(4294967295) << l_527;
l_mut_286 = l_528;
}
l_mut_35 = float(0.0);
l_mut_33 = float(0.0);
l_mut_529 = float(0.0);
l_mut_530 = float(0.0);
l_mut_531 = float(0.0);
l_mut_532 = float(0.0);
l_mut_533 = float(0.0);
l_mut_534 = float(0.0);
l_mut_535 = float(0.0);
l_mut_536 = float(0.0);
l_mut_537 = float(0.0);
l_mut_538 = float(0.0);
l_mut_539 = float(0.0);
l_mut_540 = float(0.0);
l_mut_541 = float(0.0);
l_mut_542 = float(0.0);
l_mut_277 = uint(0);
l_mut_223 = thread_index_in_threadgroup;
while (true) {
const bool l_543 = l_mut_223 < l_23;
const bool l_544 = !l_543;
if (l_544) {
break;}
const uint l_545 = l_24 + l_mut_223;
const float_4 l_546 = buffer_0[l_545];
const uint l_547 = l_mut_223 * uint(4);
const uint l_548 = l_547 + uint(0);
const float l_549 = l_546.i_0;
l_mut_550 = l_549;
const uint l_551 = reinterpret_cast<thread uint const&>(l_mut_550);
l_mut_220 = l_551;
const bool l_552 = l_mut_220 == uint(2147483648);
if (l_552) {
l_mut_220 = uint(0);
}
const uint l_553 = l_mut_220 | uint(2147483648);
l_mut_211 = l_553;
const bool l_554 = l_mut_220 >= uint(2147483648);
if (l_554) {
const uint l_555 = ~l_mut_220;
l_mut_211 = l_555;
}
const uint l_556 = l_mut_211 & l_mut_286;
const bool l_557 = l_556 == l_mut_345;
const bool l_558 = l_mut_211 > l_mut_37;
const bool l_559 = l_mut_211 == l_mut_37;
const bool l_560 = l_548 <= l_mut_36;
const bool l_561 = l_559 && l_560;
const bool l_562 = l_558 || l_561;
const bool l_563 = l_557 && l_562;
if (l_563) {
l_mut_564 = float(1.0);
l_mut_565 = float(1.0);
const bool l_566 = l_mut_550 != l_mut_59;
if (l_566) {
const float l_567 = l_mut_550 - l_mut_59;
const float l_568 = l_567 * l_mut_20;
const float l_569 = exp(l_568);
l_mut_565 = l_569;
}
l_mut_564 = l_mut_565;
const uint l_570 = l_mut_211 >> l_525;
const uint l_571 = l_570 & uint(15);
const bool l_572 = l_571 == uint(0);
if (l_572) {
l_mut_35 = l_mut_35 + l_mut_564;
}
const bool l_573 = l_571 == uint(1);
if (l_573) {
l_mut_33 = l_mut_33 + l_mut_564;
}
const bool l_574 = l_571 == uint(2);
if (l_574) {
l_mut_529 = l_mut_529 + l_mut_564;
}
const bool l_575 = l_571 == uint(3);
if (l_575) {
l_mut_530 = l_mut_530 + l_mut_564;
}
const bool l_576 = l_571 == uint(4);
if (l_576) {
l_mut_531 = l_mut_531 + l_mut_564;
}
const bool l_577 = l_571 == uint(5);
if (l_577) {
l_mut_532 = l_mut_532 + l_mut_564;
}
const bool l_578 = l_571 == uint(6);
if (l_578) {
l_mut_533 = l_mut_533 + l_mut_564;
}
const bool l_579 = l_571 == uint(7);
if (l_579) {
l_mut_534 = l_mut_534 + l_mut_564;
}
const bool l_580 = l_571 == uint(8);
if (l_580) {
l_mut_535 = l_mut_535 + l_mut_564;
}
const bool l_581 = l_571 == uint(9);
if (l_581) {
l_mut_536 = l_mut_536 + l_mut_564;
}
const bool l_582 = l_571 == uint(10);
if (l_582) {
l_mut_537 = l_mut_537 + l_mut_564;
}
const bool l_583 = l_571 == uint(11);
if (l_583) {
l_mut_538 = l_mut_538 + l_mut_564;
}
const bool l_584 = l_571 == uint(12);
if (l_584) {
l_mut_539 = l_mut_539 + l_mut_564;
}
const bool l_585 = l_571 == uint(13);
if (l_585) {
l_mut_540 = l_mut_540 + l_mut_564;
}
const bool l_586 = l_571 == uint(14);
if (l_586) {
l_mut_541 = l_mut_541 + l_mut_564;
}
const bool l_587 = l_571 == uint(15);
if (l_587) {
l_mut_542 = l_mut_542 + l_mut_564;
}
}
const uint l_588 = l_mut_223 * uint(4);
const uint l_589 = l_588 + uint(1);
const float l_590 = l_546.i_1;
l_mut_565 = l_590;
const uint l_591 = reinterpret_cast<thread uint const&>(l_mut_565);
l_mut_220 = l_591;
const bool l_592 = l_mut_220 == uint(2147483648);
if (l_592) {
l_mut_220 = uint(0);
}
const uint l_593 = l_mut_220 | uint(2147483648);
l_mut_211 = l_593;
const bool l_594 = l_mut_220 >= uint(2147483648);
if (l_594) {
const uint l_595 = ~l_mut_220;
l_mut_211 = l_595;
}
const uint l_596 = l_mut_211 & l_mut_286;
const bool l_597 = l_596 == l_mut_345;
const bool l_598 = l_mut_211 > l_mut_37;
const bool l_599 = l_mut_211 == l_mut_37;
const bool l_600 = l_589 <= l_mut_36;
const bool l_601 = l_599 && l_600;
const bool l_602 = l_598 || l_601;
const bool l_603 = l_597 && l_602;
if (l_603) {
l_mut_564 = float(1.0);
l_mut_550 = float(1.0);
const bool l_604 = l_mut_565 != l_mut_59;
if (l_604) {
const float l_605 = l_mut_565 - l_mut_59;
const float l_606 = l_605 * l_mut_20;
const float l_607 = exp(l_606);
l_mut_550 = l_607;
}
l_mut_564 = l_mut_550;
const uint l_608 = l_mut_211 >> l_525;
const uint l_609 = l_608 & uint(15);
const bool l_610 = l_609 == uint(0);
if (l_610) {
l_mut_35 = l_mut_35 + l_mut_564;
}
const bool l_611 = l_609 == uint(1);
if (l_611) {
l_mut_33 = l_mut_33 + l_mut_564;
}
const bool l_612 = l_609 == uint(2);
if (l_612) {
l_mut_529 = l_mut_529 + l_mut_564;
}
const bool l_613 = l_609 == uint(3);
if (l_613) {
l_mut_530 = l_mut_530 + l_mut_564;
}
const bool l_614 = l_609 == uint(4);
if (l_614) {
l_mut_531 = l_mut_531 + l_mut_564;
}
const bool l_615 = l_609 == uint(5);
if (l_615) {
l_mut_532 = l_mut_532 + l_mut_564;
}
const bool l_616 = l_609 == uint(6);
if (l_616) {
l_mut_533 = l_mut_533 + l_mut_564;
}
const bool l_617 = l_609 == uint(7);
if (l_617) {
l_mut_534 = l_mut_534 + l_mut_564;
}
const bool l_618 = l_609 == uint(8);
if (l_618) {
l_mut_535 = l_mut_535 + l_mut_564;
}
const bool l_619 = l_609 == uint(9);
if (l_619) {
l_mut_536 = l_mut_536 + l_mut_564;
}
const bool l_620 = l_609 == uint(10);
if (l_620) {
l_mut_537 = l_mut_537 + l_mut_564;
}
const bool l_621 = l_609 == uint(11);
if (l_621) {
l_mut_538 = l_mut_538 + l_mut_564;
}
const bool l_622 = l_609 == uint(12);
if (l_622) {
l_mut_539 = l_mut_539 + l_mut_564;
}
const bool l_623 = l_609 == uint(13);
if (l_623) {
l_mut_540 = l_mut_540 + l_mut_564;
}
const bool l_624 = l_609 == uint(14);
if (l_624) {
l_mut_541 = l_mut_541 + l_mut_564;
}
const bool l_625 = l_609 == uint(15);
if (l_625) {
l_mut_542 = l_mut_542 + l_mut_564;
}
}
const uint l_626 = l_mut_223 * uint(4);
const uint l_627 = l_626 + uint(2);
const float l_628 = l_546.i_2;
l_mut_565 = l_628;
const uint l_629 = reinterpret_cast<thread uint const&>(l_mut_565);
l_mut_220 = l_629;
const bool l_630 = l_mut_220 == uint(2147483648);
if (l_630) {
l_mut_220 = uint(0);
}
const uint l_631 = l_mut_220 | uint(2147483648);
l_mut_211 = l_631;
const bool l_632 = l_mut_220 >= uint(2147483648);
if (l_632) {
const uint l_633 = ~l_mut_220;
l_mut_211 = l_633;
}
const uint l_634 = l_mut_211 & l_mut_286;
const bool l_635 = l_634 == l_mut_345;
const bool l_636 = l_mut_211 > l_mut_37;
const bool l_637 = l_mut_211 == l_mut_37;
const bool l_638 = l_627 <= l_mut_36;
const bool l_639 = l_637 && l_638;
const bool l_640 = l_636 || l_639;
const bool l_641 = l_635 && l_640;
if (l_641) {
l_mut_564 = float(1.0);
l_mut_550 = float(1.0);
const bool l_642 = l_mut_565 != l_mut_59;
if (l_642) {
const float l_643 = l_mut_565 - l_mut_59;
const float l_644 = l_643 * l_mut_20;
const float l_645 = exp(l_644);
l_mut_550 = l_645;
}
l_mut_564 = l_mut_550;
const uint l_646 = l_mut_211 >> l_525;
const uint l_647 = l_646 & uint(15);
const bool l_648 = l_647 == uint(0);
if (l_648) {
l_mut_35 = l_mut_35 + l_mut_564;
}
const bool l_649 = l_647 == uint(1);
if (l_649) {
l_mut_33 = l_mut_33 + l_mut_564;
}
const bool l_650 = l_647 == uint(2);
if (l_650) {
l_mut_529 = l_mut_529 + l_mut_564;
}
const bool l_651 = l_647 == uint(3);
if (l_651) {
l_mut_530 = l_mut_530 + l_mut_564;
}
const bool l_652 = l_647 == uint(4);
if (l_652) {
l_mut_531 = l_mut_531 + l_mut_564;
}
const bool l_653 = l_647 == uint(5);
if (l_653) {
l_mut_532 = l_mut_532 + l_mut_564;
}
const bool l_654 = l_647 == uint(6);
if (l_654) {
l_mut_533 = l_mut_533 + l_mut_564;
}
const bool l_655 = l_647 == uint(7);
if (l_655) {
l_mut_534 = l_mut_534 + l_mut_564;
}
const bool l_656 = l_647 == uint(8);
if (l_656) {
l_mut_535 = l_mut_535 + l_mut_564;
}
const bool l_657 = l_647 == uint(9);
if (l_657) {
l_mut_536 = l_mut_536 + l_mut_564;
}
const bool l_658 = l_647 == uint(10);
if (l_658) {
l_mut_537 = l_mut_537 + l_mut_564;
}
const bool l_659 = l_647 == uint(11);
if (l_659) {
l_mut_538 = l_mut_538 + l_mut_564;
}
const bool l_660 = l_647 == uint(12);
if (l_660) {
l_mut_539 = l_mut_539 + l_mut_564;
}
const bool l_661 = l_647 == uint(13);
if (l_661) {
l_mut_540 = l_mut_540 + l_mut_564;
}
const bool l_662 = l_647 == uint(14);
if (l_662) {
l_mut_541 = l_mut_541 + l_mut_564;
}
const bool l_663 = l_647 == uint(15);
if (l_663) {
l_mut_542 = l_mut_542 + l_mut_564;
}
}
const uint l_664 = l_mut_223 * uint(4);
const uint l_665 = l_664 + uint(3);
const float l_666 = l_546.i_3;
l_mut_565 = l_666;
const uint l_667 = reinterpret_cast<thread uint const&>(l_mut_565);
l_mut_220 = l_667;
const bool l_668 = l_mut_220 == uint(2147483648);
if (l_668) {
l_mut_220 = uint(0);
}
const uint l_669 = l_mut_220 | uint(2147483648);
l_mut_211 = l_669;
const bool l_670 = l_mut_220 >= uint(2147483648);
if (l_670) {
const uint l_671 = ~l_mut_220;
l_mut_211 = l_671;
}
const uint l_672 = l_mut_211 & l_mut_286;
const bool l_673 = l_672 == l_mut_345;
const bool l_674 = l_mut_211 > l_mut_37;
const bool l_675 = l_mut_211 == l_mut_37;
const bool l_676 = l_665 <= l_mut_36;
const bool l_677 = l_675 && l_676;
const bool l_678 = l_674 || l_677;
const bool l_679 = l_673 && l_678;
if (l_679) {
l_mut_564 = float(1.0);
l_mut_550 = float(1.0);
const bool l_680 = l_mut_565 != l_mut_59;
if (l_680) {
const float l_681 = l_mut_565 - l_mut_59;
const float l_682 = l_681 * l_mut_20;
const float l_683 = exp(l_682);
l_mut_550 = l_683;
}
l_mut_564 = l_mut_550;
const uint l_684 = l_mut_211 >> l_525;
const uint l_685 = l_684 & uint(15);
const bool l_686 = l_685 == uint(0);
if (l_686) {
l_mut_35 = l_mut_35 + l_mut_564;
}
const bool l_687 = l_685 == uint(1);
if (l_687) {
l_mut_33 = l_mut_33 + l_mut_564;
}
const bool l_688 = l_685 == uint(2);
if (l_688) {
l_mut_529 = l_mut_529 + l_mut_564;
}
const bool l_689 = l_685 == uint(3);
if (l_689) {
l_mut_530 = l_mut_530 + l_mut_564;
}
const bool l_690 = l_685 == uint(4);
if (l_690) {
l_mut_531 = l_mut_531 + l_mut_564;
}
const bool l_691 = l_685 == uint(5);
if (l_691) {
l_mut_532 = l_mut_532 + l_mut_564;
}
const bool l_692 = l_685 == uint(6);
if (l_692) {
l_mut_533 = l_mut_533 + l_mut_564;
}
const bool l_693 = l_685 == uint(7);
if (l_693) {
l_mut_534 = l_mut_534 + l_mut_564;
}
const bool l_694 = l_685 == uint(8);
if (l_694) {
l_mut_535 = l_mut_535 + l_mut_564;
}
const bool l_695 = l_685 == uint(9);
if (l_695) {
l_mut_536 = l_mut_536 + l_mut_564;
}
const bool l_696 = l_685 == uint(10);
if (l_696) {
l_mut_537 = l_mut_537 + l_mut_564;
}
const bool l_697 = l_685 == uint(11);
if (l_697) {
l_mut_538 = l_mut_538 + l_mut_564;
}
const bool l_698 = l_685 == uint(12);
if (l_698) {
l_mut_539 = l_mut_539 + l_mut_564;
}
const bool l_699 = l_685 == uint(13);
if (l_699) {
l_mut_540 = l_mut_540 + l_mut_564;
}
const bool l_700 = l_685 == uint(14);
if (l_700) {
l_mut_541 = l_mut_541 + l_mut_564;
}
const bool l_701 = l_685 == uint(15);
if (l_701) {
l_mut_542 = l_mut_542 + l_mut_564;
}
}
l_mut_223 = l_mut_223 + total_thread_in_threadgroup;
}
const float l_702 = float {simd_sum(l_mut_35)
};
const uint l_703 = total_thread_in_threadgroup + simd_size;
const uint l_704 = l_703 - uint(1);
const uint l_705 = l_704 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_706 = thread_index_in_threadgroup % simd_size;
const bool l_707 = l_706 == uint(0);
if (l_707) {
const uint l_708 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_708] = l_702;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_565 = float(0.0);

for (uint l_mut_709 = uint(0); l_mut_709 < l_705; ++l_mut_709) {
const float l_710 = shared_memory_31[l_mut_709];
l_mut_565 = l_mut_565 + l_710;
}
const float l_711 = float {simd_sum(l_mut_33)
};
const uint l_712 = total_thread_in_threadgroup + simd_size;
const uint l_713 = l_712 - uint(1);
const uint l_714 = l_713 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_715 = thread_index_in_threadgroup % simd_size;
const bool l_716 = l_715 == uint(0);
if (l_716) {
const uint l_717 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_717] = l_711;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_564 = float(0.0);

for (uint l_mut_718 = uint(0); l_mut_718 < l_714; ++l_mut_718) {
const float l_719 = shared_memory_31[l_mut_718];
l_mut_564 = l_mut_564 + l_719;
}
const float l_720 = float {simd_sum(l_mut_529)
};
const uint l_721 = total_thread_in_threadgroup + simd_size;
const uint l_722 = l_721 - uint(1);
const uint l_723 = l_722 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_724 = thread_index_in_threadgroup % simd_size;
const bool l_725 = l_724 == uint(0);
if (l_725) {
const uint l_726 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_726] = l_720;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_550 = float(0.0);

for (uint l_mut_727 = uint(0); l_mut_727 < l_723; ++l_mut_727) {
const float l_728 = shared_memory_31[l_mut_727];
l_mut_550 = l_mut_550 + l_728;
}
const float l_729 = float {simd_sum(l_mut_530)
};
const uint l_730 = total_thread_in_threadgroup + simd_size;
const uint l_731 = l_730 - uint(1);
const uint l_732 = l_731 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_733 = thread_index_in_threadgroup % simd_size;
const bool l_734 = l_733 == uint(0);
if (l_734) {
const uint l_735 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_735] = l_729;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_736 = float(0.0);

for (uint l_mut_737 = uint(0); l_mut_737 < l_732; ++l_mut_737) {
const float l_738 = shared_memory_31[l_mut_737];
l_mut_736 = l_mut_736 + l_738;
}
const float l_739 = float {simd_sum(l_mut_531)
};
const uint l_740 = total_thread_in_threadgroup + simd_size;
const uint l_741 = l_740 - uint(1);
const uint l_742 = l_741 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_743 = thread_index_in_threadgroup % simd_size;
const bool l_744 = l_743 == uint(0);
if (l_744) {
const uint l_745 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_745] = l_739;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_746 = float(0.0);

for (uint l_mut_747 = uint(0); l_mut_747 < l_742; ++l_mut_747) {
const float l_748 = shared_memory_31[l_mut_747];
l_mut_746 = l_mut_746 + l_748;
}
const float l_749 = float {simd_sum(l_mut_532)
};
const uint l_750 = total_thread_in_threadgroup + simd_size;
const uint l_751 = l_750 - uint(1);
const uint l_752 = l_751 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_753 = thread_index_in_threadgroup % simd_size;
const bool l_754 = l_753 == uint(0);
if (l_754) {
const uint l_755 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_755] = l_749;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_756 = float(0.0);

for (uint l_mut_757 = uint(0); l_mut_757 < l_752; ++l_mut_757) {
const float l_758 = shared_memory_31[l_mut_757];
l_mut_756 = l_mut_756 + l_758;
}
const float l_759 = float {simd_sum(l_mut_533)
};
const uint l_760 = total_thread_in_threadgroup + simd_size;
const uint l_761 = l_760 - uint(1);
const uint l_762 = l_761 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_763 = thread_index_in_threadgroup % simd_size;
const bool l_764 = l_763 == uint(0);
if (l_764) {
const uint l_765 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_765] = l_759;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_766 = float(0.0);

for (uint l_mut_767 = uint(0); l_mut_767 < l_762; ++l_mut_767) {
const float l_768 = shared_memory_31[l_mut_767];
l_mut_766 = l_mut_766 + l_768;
}
const float l_769 = float {simd_sum(l_mut_534)
};
const uint l_770 = total_thread_in_threadgroup + simd_size;
const uint l_771 = l_770 - uint(1);
const uint l_772 = l_771 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_773 = thread_index_in_threadgroup % simd_size;
const bool l_774 = l_773 == uint(0);
if (l_774) {
const uint l_775 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_775] = l_769;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_776 = float(0.0);

for (uint l_mut_777 = uint(0); l_mut_777 < l_772; ++l_mut_777) {
const float l_778 = shared_memory_31[l_mut_777];
l_mut_776 = l_mut_776 + l_778;
}
const float l_779 = float {simd_sum(l_mut_535)
};
const uint l_780 = total_thread_in_threadgroup + simd_size;
const uint l_781 = l_780 - uint(1);
const uint l_782 = l_781 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_783 = thread_index_in_threadgroup % simd_size;
const bool l_784 = l_783 == uint(0);
if (l_784) {
const uint l_785 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_785] = l_779;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_786 = float(0.0);

for (uint l_mut_787 = uint(0); l_mut_787 < l_782; ++l_mut_787) {
const float l_788 = shared_memory_31[l_mut_787];
l_mut_786 = l_mut_786 + l_788;
}
const float l_789 = float {simd_sum(l_mut_536)
};
const uint l_790 = total_thread_in_threadgroup + simd_size;
const uint l_791 = l_790 - uint(1);
const uint l_792 = l_791 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_793 = thread_index_in_threadgroup % simd_size;
const bool l_794 = l_793 == uint(0);
if (l_794) {
const uint l_795 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_795] = l_789;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_796 = float(0.0);

for (uint l_mut_797 = uint(0); l_mut_797 < l_792; ++l_mut_797) {
const float l_798 = shared_memory_31[l_mut_797];
l_mut_796 = l_mut_796 + l_798;
}
const float l_799 = float {simd_sum(l_mut_537)
};
const uint l_800 = total_thread_in_threadgroup + simd_size;
const uint l_801 = l_800 - uint(1);
const uint l_802 = l_801 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_803 = thread_index_in_threadgroup % simd_size;
const bool l_804 = l_803 == uint(0);
if (l_804) {
const uint l_805 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_805] = l_799;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_806 = float(0.0);

for (uint l_mut_807 = uint(0); l_mut_807 < l_802; ++l_mut_807) {
const float l_808 = shared_memory_31[l_mut_807];
l_mut_806 = l_mut_806 + l_808;
}
const float l_809 = float {simd_sum(l_mut_538)
};
const uint l_810 = total_thread_in_threadgroup + simd_size;
const uint l_811 = l_810 - uint(1);
const uint l_812 = l_811 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_813 = thread_index_in_threadgroup % simd_size;
const bool l_814 = l_813 == uint(0);
if (l_814) {
const uint l_815 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_815] = l_809;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_816 = float(0.0);

for (uint l_mut_817 = uint(0); l_mut_817 < l_812; ++l_mut_817) {
const float l_818 = shared_memory_31[l_mut_817];
l_mut_816 = l_mut_816 + l_818;
}
const float l_819 = float {simd_sum(l_mut_539)
};
const uint l_820 = total_thread_in_threadgroup + simd_size;
const uint l_821 = l_820 - uint(1);
const uint l_822 = l_821 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_823 = thread_index_in_threadgroup % simd_size;
const bool l_824 = l_823 == uint(0);
if (l_824) {
const uint l_825 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_825] = l_819;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_826 = float(0.0);

for (uint l_mut_827 = uint(0); l_mut_827 < l_822; ++l_mut_827) {
const float l_828 = shared_memory_31[l_mut_827];
l_mut_826 = l_mut_826 + l_828;
}
const float l_829 = float {simd_sum(l_mut_540)
};
const uint l_830 = total_thread_in_threadgroup + simd_size;
const uint l_831 = l_830 - uint(1);
const uint l_832 = l_831 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_833 = thread_index_in_threadgroup % simd_size;
const bool l_834 = l_833 == uint(0);
if (l_834) {
const uint l_835 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_835] = l_829;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_836 = float(0.0);

for (uint l_mut_837 = uint(0); l_mut_837 < l_832; ++l_mut_837) {
const float l_838 = shared_memory_31[l_mut_837];
l_mut_836 = l_mut_836 + l_838;
}
const float l_839 = float {simd_sum(l_mut_541)
};
const uint l_840 = total_thread_in_threadgroup + simd_size;
const uint l_841 = l_840 - uint(1);
const uint l_842 = l_841 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_843 = thread_index_in_threadgroup % simd_size;
const bool l_844 = l_843 == uint(0);
if (l_844) {
const uint l_845 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_845] = l_839;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_846 = float(0.0);

for (uint l_mut_847 = uint(0); l_mut_847 < l_842; ++l_mut_847) {
const float l_848 = shared_memory_31[l_mut_847];
l_mut_846 = l_mut_846 + l_848;
}
const float l_849 = float {simd_sum(l_mut_542)
};
const uint l_850 = total_thread_in_threadgroup + simd_size;
const uint l_851 = l_850 - uint(1);
const uint l_852 = l_851 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_853 = thread_index_in_threadgroup % simd_size;
const bool l_854 = l_853 == uint(0);
if (l_854) {
const uint l_855 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_855] = l_849;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_856 = float(0.0);

for (uint l_mut_857 = uint(0); l_mut_857 < l_852; ++l_mut_857) {
const float l_858 = shared_memory_31[l_mut_857];
l_mut_856 = l_mut_856 + l_858;
}
const bool l_859 = thread_index_in_threadgroup == uint(0);
if (l_859) {
shared_memory_30[uint(0)] = l_mut_565;
shared_memory_30[uint(1)] = l_mut_564;
shared_memory_30[uint(2)] = l_mut_550;
shared_memory_30[uint(3)] = l_mut_736;
shared_memory_30[uint(4)] = l_mut_746;
shared_memory_30[uint(5)] = l_mut_756;
shared_memory_30[uint(6)] = l_mut_766;
shared_memory_30[uint(7)] = l_mut_776;
shared_memory_30[uint(8)] = l_mut_786;
shared_memory_30[uint(9)] = l_mut_796;
shared_memory_30[uint(10)] = l_mut_806;
shared_memory_30[uint(11)] = l_mut_816;
shared_memory_30[uint(12)] = l_mut_826;
shared_memory_30[uint(13)] = l_mut_836;
shared_memory_30[uint(14)] = l_mut_846;
shared_memory_30[uint(15)] = l_mut_856;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_856 = float(0.0);
l_mut_286 = uint(0);
l_mut_362 = bool(false);
l_mut_846 = float(0.0);

for (uint l_mut_860 = uint(0); l_mut_860 < uint(16); ++l_mut_860) {
l_mut_277 = l_mut_860;
const uint l_861 = uint(15) - l_mut_860;
l_mut_277 = l_861;
l_mut_836 = l_mut_856;
const float l_862 = shared_memory_30[l_mut_277];
l_mut_856 = l_mut_856 + l_862;
const bool l_863 = !l_mut_362;
const float l_864 = l_mut_454 + l_mut_856;
const bool l_865 = l_864 >= l_519;
const bool l_866 = l_863 && l_865;
if (l_866) {
l_mut_286 = l_mut_277;
l_mut_362 = bool(true);
l_mut_846 = l_mut_836;
}
}
if (l_mut_362) {
l_mut_454 = l_mut_454 + l_mut_846;
const float l_867 = shared_memory_30[l_mut_286];
l_mut_177 = l_867;
const uint l_868 = l_mut_286 << l_525;
l_mut_345 = l_mut_345 | l_868;
} else {
l_mut_364 = bool(true);
}
l_mut_289 = l_mut_289 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_869 = thread_index_in_threadgroup == uint(0);
if (l_869) {
if (l_mut_364) {
shared_memory_29[uint(2)] = uint(0);
} else {
shared_memory_29[uint(2)] = l_mut_345;
}
const uint l_870 = reinterpret_cast<thread uint const&>(l_mut_454);
shared_memory_29[uint(3)] = l_870;
const uint l_871 = reinterpret_cast<thread uint const&>(l_mut_177);
shared_memory_29[uint(1)] = l_871;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_872 = shared_memory_29[uint(2)];
const uint l_873 = shared_memory_29[uint(3)];
const float l_874 = reinterpret_cast<thread float const&>(l_873);
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_875 = l_872 > l_mut_37;
if (l_875) {
const uint l_876 = ~l_872;
l_mut_345 = l_876;
const bool l_877 = l_872 >= uint(2147483648);
if (l_877) {
const uint l_878 = l_872 & uint(2147483647);
l_mut_345 = l_878;
}
const float l_879 = reinterpret_cast<thread float const&>(l_mut_345);
l_mut_856 = float(1.0);
const bool l_880 = l_879 != l_mut_59;
if (l_880) {
const float l_881 = l_879 - l_mut_59;
const float l_882 = l_881 * l_mut_20;
const float l_883 = exp(l_882);
l_mut_856 = l_883;
}
const float l_884 = l_519 - l_874;
const float l_885 = l_884 / l_mut_856;
l_mut_345 = uint(16777216);
const bool l_886 = l_885 < float(16777216.0);
if (l_886) {
const uint l_887 = uint(l_885);
l_mut_345 = l_887;
const float l_888 = float(l_mut_345);
const bool l_889 = l_888 < l_885;
if (l_889) {
l_mut_345 = l_mut_345 + uint(1);
}
}
const bool l_890 = l_mut_345 < uint(1);
if (l_890) {
l_mut_345 = uint(1);
}
l_mut_856 = float(0.0);
l_mut_289 = uint(0);
l_mut_286 = thread_index_in_threadgroup;
while (true) {
const bool l_891 = l_mut_286 < l_23;
const bool l_892 = !l_891;
if (l_892) {
break;}
const uint l_893 = l_24 + l_mut_286;
const float_4 l_894 = buffer_0[l_893];
const uint l_895 = l_mut_286 * uint(4);
const uint l_896 = l_895 + uint(0);
const float l_897 = l_894.i_0;
l_mut_846 = l_897;
const uint l_898 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_898;
const bool l_899 = l_mut_277 == uint(2147483648);
if (l_899) {
l_mut_277 = uint(0);
}
const uint l_900 = l_mut_277 | uint(2147483648);
l_mut_223 = l_900;
const bool l_901 = l_mut_277 >= uint(2147483648);
if (l_901) {
const uint l_902 = ~l_mut_277;
l_mut_223 = l_902;
}
const bool l_903 = l_mut_223 > l_mut_37;
const bool l_904 = l_mut_223 == l_mut_37;
const bool l_905 = l_896 <= l_mut_36;
const bool l_906 = l_904 && l_905;
const bool l_907 = l_903 || l_906;
if (l_907) {
const bool l_908 = l_mut_223 == l_872;
if (l_908) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
const uint l_909 = l_mut_286 * uint(4);
const uint l_910 = l_909 + uint(1);
const float l_911 = l_894.i_1;
l_mut_846 = l_911;
const uint l_912 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_912;
const bool l_913 = l_mut_277 == uint(2147483648);
if (l_913) {
l_mut_277 = uint(0);
}
const uint l_914 = l_mut_277 | uint(2147483648);
l_mut_223 = l_914;
const bool l_915 = l_mut_277 >= uint(2147483648);
if (l_915) {
const uint l_916 = ~l_mut_277;
l_mut_223 = l_916;
}
const bool l_917 = l_mut_223 > l_mut_37;
const bool l_918 = l_mut_223 == l_mut_37;
const bool l_919 = l_910 <= l_mut_36;
const bool l_920 = l_918 && l_919;
const bool l_921 = l_917 || l_920;
if (l_921) {
const bool l_922 = l_mut_223 == l_872;
if (l_922) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
const uint l_923 = l_mut_286 * uint(4);
const uint l_924 = l_923 + uint(2);
const float l_925 = l_894.i_2;
l_mut_846 = l_925;
const uint l_926 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_926;
const bool l_927 = l_mut_277 == uint(2147483648);
if (l_927) {
l_mut_277 = uint(0);
}
const uint l_928 = l_mut_277 | uint(2147483648);
l_mut_223 = l_928;
const bool l_929 = l_mut_277 >= uint(2147483648);
if (l_929) {
const uint l_930 = ~l_mut_277;
l_mut_223 = l_930;
}
const bool l_931 = l_mut_223 > l_mut_37;
const bool l_932 = l_mut_223 == l_mut_37;
const bool l_933 = l_924 <= l_mut_36;
const bool l_934 = l_932 && l_933;
const bool l_935 = l_931 || l_934;
if (l_935) {
const bool l_936 = l_mut_223 == l_872;
if (l_936) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
const uint l_937 = l_mut_286 * uint(4);
const uint l_938 = l_937 + uint(3);
const float l_939 = l_894.i_3;
l_mut_846 = l_939;
const uint l_940 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_940;
const bool l_941 = l_mut_277 == uint(2147483648);
if (l_941) {
l_mut_277 = uint(0);
}
const uint l_942 = l_mut_277 | uint(2147483648);
l_mut_223 = l_942;
const bool l_943 = l_mut_277 >= uint(2147483648);
if (l_943) {
const uint l_944 = ~l_mut_277;
l_mut_223 = l_944;
}
const bool l_945 = l_mut_223 > l_mut_37;
const bool l_946 = l_mut_223 == l_mut_37;
const bool l_947 = l_938 <= l_mut_36;
const bool l_948 = l_946 && l_947;
const bool l_949 = l_945 || l_948;
if (l_949) {
const bool l_950 = l_mut_223 == l_872;
if (l_950) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
l_mut_286 = l_mut_286 + total_thread_in_threadgroup;
}
const float l_951 = float {simd_sum(l_mut_856)
};
const uint l_952 = total_thread_in_threadgroup + simd_size;
const uint l_953 = l_952 - uint(1);
const uint l_954 = l_953 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_955 = thread_index_in_threadgroup % simd_size;
const bool l_956 = l_955 == uint(0);
if (l_956) {
const uint l_957 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_957] = l_951;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_856 = float(0.0);

for (uint l_mut_958 = uint(0); l_mut_958 < l_954; ++l_mut_958) {
const float l_959 = shared_memory_31[l_mut_958];
l_mut_856 = l_mut_856 + l_959;
}
const uint l_960 = uint(l_mut_856);
l_mut_289 = uint(4294967295);
const bool l_961 = l_mut_345 < l_960;
if (l_961) {
l_mut_286 = uint(0);
l_mut_856 = float(0.0);
const float l_962 = float(l_mut_345);
l_mut_345 = uint(0);
while (true) {
const bool l_963 = l_mut_345 < uint(8);
const bool l_964 = !l_963;
if (l_964) {
break;}
const uint l_965 = uint(4) * l_mut_345;
const uint l_966 = uint(28) - l_965;
const uint l_967 = info.scalars_uint[1] - uint(1);
const uint l_968 = l_967 >> l_966;
const bool l_969 = l_968 > uint(0);
if (l_969) {
l_mut_277 = uint(0);
const bool l_970 = l_mut_345 > uint(0);
if (l_970) {
const uint l_971 = l_966 + uint(4);
const uint l_972 = uint(4294967295) << l_971;
l_mut_277 = l_972;
}
l_mut_846 = float(0.0);
l_mut_836 = float(0.0);
l_mut_826 = float(0.0);
l_mut_816 = float(0.0);
l_mut_806 = float(0.0);
l_mut_796 = float(0.0);
l_mut_786 = float(0.0);
l_mut_776 = float(0.0);
l_mut_766 = float(0.0);
l_mut_756 = float(0.0);
l_mut_746 = float(0.0);
l_mut_736 = float(0.0);
l_mut_565 = float(0.0);
l_mut_564 = float(0.0);
l_mut_550 = float(0.0);
l_mut_542 = float(0.0);
l_mut_223 = uint(0);
l_mut_220 = thread_index_in_threadgroup;
while (true) {
const bool l_973 = l_mut_220 < l_23;
const bool l_974 = !l_973;
if (l_974) {
break;}
const uint l_975 = l_24 + l_mut_220;
const float_4 l_976 = buffer_0[l_975];
const uint l_977 = l_mut_220 * uint(4);
const uint l_978 = l_977 + uint(0);
const float l_979 = l_976.i_0;
l_mut_541 = l_979;
const uint l_980 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_211 = l_980;
const bool l_981 = l_mut_211 == uint(2147483648);
if (l_981) {
l_mut_211 = uint(0);
}
const uint l_982 = l_mut_211 | uint(2147483648);
l_mut_210 = l_982;
const bool l_983 = l_mut_211 >= uint(2147483648);
if (l_983) {
const uint l_984 = ~l_mut_211;
l_mut_210 = l_984;
}
const bool l_985 = l_mut_210 == l_872;
const bool l_986 = l_978 <= uint(4294967295);
const bool l_987 = l_985 && l_986;
const uint l_988 = l_978 & l_mut_277;
const bool l_989 = l_988 == l_mut_286;
const bool l_990 = l_987 && l_989;
if (l_990) {
const uint l_991 = l_978 >> l_966;
const uint l_992 = l_991 & uint(15);
const bool l_993 = l_992 == uint(0);
if (l_993) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_994 = l_992 == uint(1);
if (l_994) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_995 = l_992 == uint(2);
if (l_995) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_996 = l_992 == uint(3);
if (l_996) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_997 = l_992 == uint(4);
if (l_997) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_998 = l_992 == uint(5);
if (l_998) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_999 = l_992 == uint(6);
if (l_999) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1000 = l_992 == uint(7);
if (l_1000) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1001 = l_992 == uint(8);
if (l_1001) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1002 = l_992 == uint(9);
if (l_1002) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1003 = l_992 == uint(10);
if (l_1003) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1004 = l_992 == uint(11);
if (l_1004) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1005 = l_992 == uint(12);
if (l_1005) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1006 = l_992 == uint(13);
if (l_1006) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1007 = l_992 == uint(14);
if (l_1007) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1008 = l_992 == uint(15);
if (l_1008) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
const uint l_1009 = l_mut_220 * uint(4);
const uint l_1010 = l_1009 + uint(1);
const float l_1011 = l_976.i_1;
l_mut_541 = l_1011;
const uint l_1012 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_211 = l_1012;
const bool l_1013 = l_mut_211 == uint(2147483648);
if (l_1013) {
l_mut_211 = uint(0);
}
const uint l_1014 = l_mut_211 | uint(2147483648);
l_mut_210 = l_1014;
const bool l_1015 = l_mut_211 >= uint(2147483648);
if (l_1015) {
const uint l_1016 = ~l_mut_211;
l_mut_210 = l_1016;
}
const bool l_1017 = l_mut_210 == l_872;
const bool l_1018 = l_1010 <= uint(4294967295);
const bool l_1019 = l_1017 && l_1018;
const uint l_1020 = l_1010 & l_mut_277;
const bool l_1021 = l_1020 == l_mut_286;
const bool l_1022 = l_1019 && l_1021;
if (l_1022) {
const uint l_1023 = l_1010 >> l_966;
const uint l_1024 = l_1023 & uint(15);
const bool l_1025 = l_1024 == uint(0);
if (l_1025) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1026 = l_1024 == uint(1);
if (l_1026) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1027 = l_1024 == uint(2);
if (l_1027) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1028 = l_1024 == uint(3);
if (l_1028) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1029 = l_1024 == uint(4);
if (l_1029) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1030 = l_1024 == uint(5);
if (l_1030) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1031 = l_1024 == uint(6);
if (l_1031) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1032 = l_1024 == uint(7);
if (l_1032) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1033 = l_1024 == uint(8);
if (l_1033) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1034 = l_1024 == uint(9);
if (l_1034) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1035 = l_1024 == uint(10);
if (l_1035) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1036 = l_1024 == uint(11);
if (l_1036) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1037 = l_1024 == uint(12);
if (l_1037) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1038 = l_1024 == uint(13);
if (l_1038) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1039 = l_1024 == uint(14);
if (l_1039) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1040 = l_1024 == uint(15);
if (l_1040) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
const uint l_1041 = l_mut_220 * uint(4);
const uint l_1042 = l_1041 + uint(2);
const float l_1043 = l_976.i_2;
l_mut_541 = l_1043;
const uint l_1044 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_211 = l_1044;
const bool l_1045 = l_mut_211 == uint(2147483648);
if (l_1045) {
l_mut_211 = uint(0);
}
const uint l_1046 = l_mut_211 | uint(2147483648);
l_mut_210 = l_1046;
const bool l_1047 = l_mut_211 >= uint(2147483648);
if (l_1047) {
const uint l_1048 = ~l_mut_211;
l_mut_210 = l_1048;
}
const bool l_1049 = l_mut_210 == l_872;
const bool l_1050 = l_1042 <= uint(4294967295);
const bool l_1051 = l_1049 && l_1050;
const uint l_1052 = l_1042 & l_mut_277;
const bool l_1053 = l_1052 == l_mut_286;
const bool l_1054 = l_1051 && l_1053;
if (l_1054) {
const uint l_1055 = l_1042 >> l_966;
const uint l_1056 = l_1055 & uint(15);
const bool l_1057 = l_1056 == uint(0);
if (l_1057) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1058 = l_1056 == uint(1);
if (l_1058) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1059 = l_1056 == uint(2);
if (l_1059) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1060 = l_1056 == uint(3);
if (l_1060) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1061 = l_1056 == uint(4);
if (l_1061) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1062 = l_1056 == uint(5);
if (l_1062) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1063 = l_1056 == uint(6);
if (l_1063) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1064 = l_1056 == uint(7);
if (l_1064) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1065 = l_1056 == uint(8);
if (l_1065) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1066 = l_1056 == uint(9);
if (l_1066) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1067 = l_1056 == uint(10);
if (l_1067) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1068 = l_1056 == uint(11);
if (l_1068) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1069 = l_1056 == uint(12);
if (l_1069) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1070 = l_1056 == uint(13);
if (l_1070) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1071 = l_1056 == uint(14);
if (l_1071) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1072 = l_1056 == uint(15);
if (l_1072) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
const uint l_1073 = l_mut_220 * uint(4);
const uint l_1074 = l_1073 + uint(3);
const float l_1075 = l_976.i_3;
l_mut_541 = l_1075;
const uint l_1076 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_211 = l_1076;
const bool l_1077 = l_mut_211 == uint(2147483648);
if (l_1077) {
l_mut_211 = uint(0);
}
const uint l_1078 = l_mut_211 | uint(2147483648);
l_mut_210 = l_1078;
const bool l_1079 = l_mut_211 >= uint(2147483648);
if (l_1079) {
const uint l_1080 = ~l_mut_211;
l_mut_210 = l_1080;
}
const bool l_1081 = l_mut_210 == l_872;
const bool l_1082 = l_1074 <= uint(4294967295);
const bool l_1083 = l_1081 && l_1082;
const uint l_1084 = l_1074 & l_mut_277;
const bool l_1085 = l_1084 == l_mut_286;
const bool l_1086 = l_1083 && l_1085;
if (l_1086) {
const uint l_1087 = l_1074 >> l_966;
const uint l_1088 = l_1087 & uint(15);
const bool l_1089 = l_1088 == uint(0);
if (l_1089) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1090 = l_1088 == uint(1);
if (l_1090) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1091 = l_1088 == uint(2);
if (l_1091) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1092 = l_1088 == uint(3);
if (l_1092) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1093 = l_1088 == uint(4);
if (l_1093) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1094 = l_1088 == uint(5);
if (l_1094) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1095 = l_1088 == uint(6);
if (l_1095) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1096 = l_1088 == uint(7);
if (l_1096) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1097 = l_1088 == uint(8);
if (l_1097) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1098 = l_1088 == uint(9);
if (l_1098) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1099 = l_1088 == uint(10);
if (l_1099) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1100 = l_1088 == uint(11);
if (l_1100) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1101 = l_1088 == uint(12);
if (l_1101) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1102 = l_1088 == uint(13);
if (l_1102) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1103 = l_1088 == uint(14);
if (l_1103) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1104 = l_1088 == uint(15);
if (l_1104) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
l_mut_220 = l_mut_220 + total_thread_in_threadgroup;
}
const float l_1105 = float {simd_sum(l_mut_846)
};
const uint l_1106 = total_thread_in_threadgroup + simd_size;
const uint l_1107 = l_1106 - uint(1);
const uint l_1108 = l_1107 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1109 = thread_index_in_threadgroup % simd_size;
const bool l_1110 = l_1109 == uint(0);
if (l_1110) {
const uint l_1111 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1111] = l_1105;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_541 = float(0.0);

for (uint l_mut_1112 = uint(0); l_mut_1112 < l_1108; ++l_mut_1112) {
const float l_1113 = shared_memory_31[l_mut_1112];
l_mut_541 = l_mut_541 + l_1113;
}
const float l_1114 = float {simd_sum(l_mut_836)
};
const uint l_1115 = total_thread_in_threadgroup + simd_size;
const uint l_1116 = l_1115 - uint(1);
const uint l_1117 = l_1116 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1118 = thread_index_in_threadgroup % simd_size;
const bool l_1119 = l_1118 == uint(0);
if (l_1119) {
const uint l_1120 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1120] = l_1114;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_540 = float(0.0);

for (uint l_mut_1121 = uint(0); l_mut_1121 < l_1117; ++l_mut_1121) {
const float l_1122 = shared_memory_31[l_mut_1121];
l_mut_540 = l_mut_540 + l_1122;
}
const float l_1123 = float {simd_sum(l_mut_826)
};
const uint l_1124 = total_thread_in_threadgroup + simd_size;
const uint l_1125 = l_1124 - uint(1);
const uint l_1126 = l_1125 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1127 = thread_index_in_threadgroup % simd_size;
const bool l_1128 = l_1127 == uint(0);
if (l_1128) {
const uint l_1129 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1129] = l_1123;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_539 = float(0.0);

for (uint l_mut_1130 = uint(0); l_mut_1130 < l_1126; ++l_mut_1130) {
const float l_1131 = shared_memory_31[l_mut_1130];
l_mut_539 = l_mut_539 + l_1131;
}
const float l_1132 = float {simd_sum(l_mut_816)
};
const uint l_1133 = total_thread_in_threadgroup + simd_size;
const uint l_1134 = l_1133 - uint(1);
const uint l_1135 = l_1134 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1136 = thread_index_in_threadgroup % simd_size;
const bool l_1137 = l_1136 == uint(0);
if (l_1137) {
const uint l_1138 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1138] = l_1132;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_538 = float(0.0);

for (uint l_mut_1139 = uint(0); l_mut_1139 < l_1135; ++l_mut_1139) {
const float l_1140 = shared_memory_31[l_mut_1139];
l_mut_538 = l_mut_538 + l_1140;
}
const float l_1141 = float {simd_sum(l_mut_806)
};
const uint l_1142 = total_thread_in_threadgroup + simd_size;
const uint l_1143 = l_1142 - uint(1);
const uint l_1144 = l_1143 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1145 = thread_index_in_threadgroup % simd_size;
const bool l_1146 = l_1145 == uint(0);
if (l_1146) {
const uint l_1147 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1147] = l_1141;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_537 = float(0.0);

for (uint l_mut_1148 = uint(0); l_mut_1148 < l_1144; ++l_mut_1148) {
const float l_1149 = shared_memory_31[l_mut_1148];
l_mut_537 = l_mut_537 + l_1149;
}
const float l_1150 = float {simd_sum(l_mut_796)
};
const uint l_1151 = total_thread_in_threadgroup + simd_size;
const uint l_1152 = l_1151 - uint(1);
const uint l_1153 = l_1152 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1154 = thread_index_in_threadgroup % simd_size;
const bool l_1155 = l_1154 == uint(0);
if (l_1155) {
const uint l_1156 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1156] = l_1150;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_536 = float(0.0);

for (uint l_mut_1157 = uint(0); l_mut_1157 < l_1153; ++l_mut_1157) {
const float l_1158 = shared_memory_31[l_mut_1157];
l_mut_536 = l_mut_536 + l_1158;
}
const float l_1159 = float {simd_sum(l_mut_786)
};
const uint l_1160 = total_thread_in_threadgroup + simd_size;
const uint l_1161 = l_1160 - uint(1);
const uint l_1162 = l_1161 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1163 = thread_index_in_threadgroup % simd_size;
const bool l_1164 = l_1163 == uint(0);
if (l_1164) {
const uint l_1165 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1165] = l_1159;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);

for (uint l_mut_1166 = uint(0); l_mut_1166 < l_1162; ++l_mut_1166) {
const float l_1167 = shared_memory_31[l_mut_1166];
l_mut_535 = l_mut_535 + l_1167;
}
const float l_1168 = float {simd_sum(l_mut_776)
};
const uint l_1169 = total_thread_in_threadgroup + simd_size;
const uint l_1170 = l_1169 - uint(1);
const uint l_1171 = l_1170 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1172 = thread_index_in_threadgroup % simd_size;
const bool l_1173 = l_1172 == uint(0);
if (l_1173) {
const uint l_1174 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1174] = l_1168;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_534 = float(0.0);

for (uint l_mut_1175 = uint(0); l_mut_1175 < l_1171; ++l_mut_1175) {
const float l_1176 = shared_memory_31[l_mut_1175];
l_mut_534 = l_mut_534 + l_1176;
}
const float l_1177 = float {simd_sum(l_mut_766)
};
const uint l_1178 = total_thread_in_threadgroup + simd_size;
const uint l_1179 = l_1178 - uint(1);
const uint l_1180 = l_1179 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1181 = thread_index_in_threadgroup % simd_size;
const bool l_1182 = l_1181 == uint(0);
if (l_1182) {
const uint l_1183 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1183] = l_1177;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_533 = float(0.0);

for (uint l_mut_1184 = uint(0); l_mut_1184 < l_1180; ++l_mut_1184) {
const float l_1185 = shared_memory_31[l_mut_1184];
l_mut_533 = l_mut_533 + l_1185;
}
const float l_1186 = float {simd_sum(l_mut_756)
};
const uint l_1187 = total_thread_in_threadgroup + simd_size;
const uint l_1188 = l_1187 - uint(1);
const uint l_1189 = l_1188 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1190 = thread_index_in_threadgroup % simd_size;
const bool l_1191 = l_1190 == uint(0);
if (l_1191) {
const uint l_1192 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1192] = l_1186;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_532 = float(0.0);

for (uint l_mut_1193 = uint(0); l_mut_1193 < l_1189; ++l_mut_1193) {
const float l_1194 = shared_memory_31[l_mut_1193];
l_mut_532 = l_mut_532 + l_1194;
}
const float l_1195 = float {simd_sum(l_mut_746)
};
const uint l_1196 = total_thread_in_threadgroup + simd_size;
const uint l_1197 = l_1196 - uint(1);
const uint l_1198 = l_1197 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1199 = thread_index_in_threadgroup % simd_size;
const bool l_1200 = l_1199 == uint(0);
if (l_1200) {
const uint l_1201 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1201] = l_1195;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_531 = float(0.0);

for (uint l_mut_1202 = uint(0); l_mut_1202 < l_1198; ++l_mut_1202) {
const float l_1203 = shared_memory_31[l_mut_1202];
l_mut_531 = l_mut_531 + l_1203;
}
const float l_1204 = float {simd_sum(l_mut_736)
};
const uint l_1205 = total_thread_in_threadgroup + simd_size;
const uint l_1206 = l_1205 - uint(1);
const uint l_1207 = l_1206 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1208 = thread_index_in_threadgroup % simd_size;
const bool l_1209 = l_1208 == uint(0);
if (l_1209) {
const uint l_1210 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1210] = l_1204;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_530 = float(0.0);

for (uint l_mut_1211 = uint(0); l_mut_1211 < l_1207; ++l_mut_1211) {
const float l_1212 = shared_memory_31[l_mut_1211];
l_mut_530 = l_mut_530 + l_1212;
}
const float l_1213 = float {simd_sum(l_mut_565)
};
const uint l_1214 = total_thread_in_threadgroup + simd_size;
const uint l_1215 = l_1214 - uint(1);
const uint l_1216 = l_1215 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1217 = thread_index_in_threadgroup % simd_size;
const bool l_1218 = l_1217 == uint(0);
if (l_1218) {
const uint l_1219 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1219] = l_1213;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_529 = float(0.0);

for (uint l_mut_1220 = uint(0); l_mut_1220 < l_1216; ++l_mut_1220) {
const float l_1221 = shared_memory_31[l_mut_1220];
l_mut_529 = l_mut_529 + l_1221;
}
const float l_1222 = float {simd_sum(l_mut_564)
};
const uint l_1223 = total_thread_in_threadgroup + simd_size;
const uint l_1224 = l_1223 - uint(1);
const uint l_1225 = l_1224 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1226 = thread_index_in_threadgroup % simd_size;
const bool l_1227 = l_1226 == uint(0);
if (l_1227) {
const uint l_1228 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1228] = l_1222;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_454 = float(0.0);

for (uint l_mut_1229 = uint(0); l_mut_1229 < l_1225; ++l_mut_1229) {
const float l_1230 = shared_memory_31[l_mut_1229];
l_mut_454 = l_mut_454 + l_1230;
}
const float l_1231 = float {simd_sum(l_mut_550)
};
const uint l_1232 = total_thread_in_threadgroup + simd_size;
const uint l_1233 = l_1232 - uint(1);
const uint l_1234 = l_1233 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1235 = thread_index_in_threadgroup % simd_size;
const bool l_1236 = l_1235 == uint(0);
if (l_1236) {
const uint l_1237 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1237] = l_1231;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);

for (uint l_mut_1238 = uint(0); l_mut_1238 < l_1234; ++l_mut_1238) {
const float l_1239 = shared_memory_31[l_mut_1238];
l_mut_177 = l_mut_177 + l_1239;
}
const float l_1240 = float {simd_sum(l_mut_542)
};
const uint l_1241 = total_thread_in_threadgroup + simd_size;
const uint l_1242 = l_1241 - uint(1);
const uint l_1243 = l_1242 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1244 = thread_index_in_threadgroup % simd_size;
const bool l_1245 = l_1244 == uint(0);
if (l_1245) {
const uint l_1246 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1246] = l_1240;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = float(0.0);

for (uint l_mut_1247 = uint(0); l_mut_1247 < l_1243; ++l_mut_1247) {
const float l_1248 = shared_memory_31[l_mut_1247];
l_mut_35 = l_mut_35 + l_1248;
}
const bool l_1249 = thread_index_in_threadgroup == uint(0);
if (l_1249) {
shared_memory_30[uint(0)] = l_mut_541;
shared_memory_30[uint(1)] = l_mut_540;
shared_memory_30[uint(2)] = l_mut_539;
shared_memory_30[uint(3)] = l_mut_538;
shared_memory_30[uint(4)] = l_mut_537;
shared_memory_30[uint(5)] = l_mut_536;
shared_memory_30[uint(6)] = l_mut_535;
shared_memory_30[uint(7)] = l_mut_534;
shared_memory_30[uint(8)] = l_mut_533;
shared_memory_30[uint(9)] = l_mut_532;
shared_memory_30[uint(10)] = l_mut_531;
shared_memory_30[uint(11)] = l_mut_530;
shared_memory_30[uint(12)] = l_mut_529;
shared_memory_30[uint(13)] = l_mut_454;
shared_memory_30[uint(14)] = l_mut_177;
shared_memory_30[uint(15)] = l_mut_35;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_846 = float(0.0);
l_mut_277 = uint(0);
l_mut_364 = bool(false);
l_mut_836 = float(0.0);

for (uint l_mut_1250 = uint(0); l_mut_1250 < uint(16); ++l_mut_1250) {
l_mut_223 = l_mut_1250;
l_mut_826 = l_mut_846;
const float l_1251 = shared_memory_30[l_mut_223];
l_mut_846 = l_mut_846 + l_1251;
const bool l_1252 = !l_mut_364;
const float l_1253 = l_mut_856 + l_mut_846;
const bool l_1254 = l_1253 >= l_962;
const bool l_1255 = l_1252 && l_1254;
if (l_1255) {
l_mut_277 = l_mut_223;
l_mut_364 = bool(true);
l_mut_836 = l_mut_826;
}
}
l_mut_856 = l_mut_856 + l_mut_836;
const uint l_1256 = l_mut_277 << l_966;
l_mut_286 = l_mut_286 | l_1256;
}
l_mut_345 = l_mut_345 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1257 = thread_index_in_threadgroup == uint(0);
if (l_1257) {
shared_memory_29[uint(3)] = l_mut_286;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1258 = shared_memory_29[uint(3)];
l_mut_289 = l_1258;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
l_mut_37 = l_872;
l_mut_36 = l_mut_289;
} else {
const bool l_1259 = l_872 == l_mut_37;
const bool l_1260 = l_872 != uint(0);
const bool l_1261 = l_1259 && l_1260;
if (l_1261) {
const uint l_1262 = ~l_872;
l_mut_345 = l_1262;
const bool l_1263 = l_872 >= uint(2147483648);
if (l_1263) {
const uint l_1264 = l_872 & uint(2147483647);
l_mut_345 = l_1264;
}
const float l_1265 = reinterpret_cast<thread float const&>(l_mut_345);
l_mut_856 = float(1.0);
const bool l_1266 = l_1265 != l_mut_59;
if (l_1266) {
const float l_1267 = l_1265 - l_mut_59;
const float l_1268 = l_1267 * l_mut_20;
const float l_1269 = exp(l_1268);
l_mut_856 = l_1269;
}
const float l_1270 = l_519 - l_874;
const float l_1271 = l_1270 / l_mut_856;
l_mut_345 = uint(16777216);
const bool l_1272 = l_1271 < float(16777216.0);
if (l_1272) {
const uint l_1273 = uint(l_1271);
l_mut_345 = l_1273;
const float l_1274 = float(l_mut_345);
const bool l_1275 = l_1274 < l_1271;
if (l_1275) {
l_mut_345 = l_mut_345 + uint(1);
}
}
const bool l_1276 = l_mut_345 < uint(1);
if (l_1276) {
l_mut_345 = uint(1);
}
l_mut_856 = float(0.0);
l_mut_289 = uint(0);
l_mut_286 = thread_index_in_threadgroup;
while (true) {
const bool l_1277 = l_mut_286 < l_23;
const bool l_1278 = !l_1277;
if (l_1278) {
break;}
const uint l_1279 = l_24 + l_mut_286;
const float_4 l_1280 = buffer_0[l_1279];
const uint l_1281 = l_mut_286 * uint(4);
const uint l_1282 = l_1281 + uint(0);
const float l_1283 = l_1280.i_0;
l_mut_846 = l_1283;
const uint l_1284 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_1284;
const bool l_1285 = l_mut_277 == uint(2147483648);
if (l_1285) {
l_mut_277 = uint(0);
}
const uint l_1286 = l_mut_277 | uint(2147483648);
l_mut_223 = l_1286;
const bool l_1287 = l_mut_277 >= uint(2147483648);
if (l_1287) {
const uint l_1288 = ~l_mut_277;
l_mut_223 = l_1288;
}
const bool l_1289 = l_mut_223 > l_mut_37;
const bool l_1290 = l_mut_223 == l_mut_37;
const bool l_1291 = l_1282 <= l_mut_36;
const bool l_1292 = l_1290 && l_1291;
const bool l_1293 = l_1289 || l_1292;
if (l_1293) {
const bool l_1294 = l_mut_223 == l_872;
if (l_1294) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
const uint l_1295 = l_mut_286 * uint(4);
const uint l_1296 = l_1295 + uint(1);
const float l_1297 = l_1280.i_1;
l_mut_846 = l_1297;
const uint l_1298 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_1298;
const bool l_1299 = l_mut_277 == uint(2147483648);
if (l_1299) {
l_mut_277 = uint(0);
}
const uint l_1300 = l_mut_277 | uint(2147483648);
l_mut_223 = l_1300;
const bool l_1301 = l_mut_277 >= uint(2147483648);
if (l_1301) {
const uint l_1302 = ~l_mut_277;
l_mut_223 = l_1302;
}
const bool l_1303 = l_mut_223 > l_mut_37;
const bool l_1304 = l_mut_223 == l_mut_37;
const bool l_1305 = l_1296 <= l_mut_36;
const bool l_1306 = l_1304 && l_1305;
const bool l_1307 = l_1303 || l_1306;
if (l_1307) {
const bool l_1308 = l_mut_223 == l_872;
if (l_1308) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
const uint l_1309 = l_mut_286 * uint(4);
const uint l_1310 = l_1309 + uint(2);
const float l_1311 = l_1280.i_2;
l_mut_846 = l_1311;
const uint l_1312 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_1312;
const bool l_1313 = l_mut_277 == uint(2147483648);
if (l_1313) {
l_mut_277 = uint(0);
}
const uint l_1314 = l_mut_277 | uint(2147483648);
l_mut_223 = l_1314;
const bool l_1315 = l_mut_277 >= uint(2147483648);
if (l_1315) {
const uint l_1316 = ~l_mut_277;
l_mut_223 = l_1316;
}
const bool l_1317 = l_mut_223 > l_mut_37;
const bool l_1318 = l_mut_223 == l_mut_37;
const bool l_1319 = l_1310 <= l_mut_36;
const bool l_1320 = l_1318 && l_1319;
const bool l_1321 = l_1317 || l_1320;
if (l_1321) {
const bool l_1322 = l_mut_223 == l_872;
if (l_1322) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
const uint l_1323 = l_mut_286 * uint(4);
const uint l_1324 = l_1323 + uint(3);
const float l_1325 = l_1280.i_3;
l_mut_846 = l_1325;
const uint l_1326 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_277 = l_1326;
const bool l_1327 = l_mut_277 == uint(2147483648);
if (l_1327) {
l_mut_277 = uint(0);
}
const uint l_1328 = l_mut_277 | uint(2147483648);
l_mut_223 = l_1328;
const bool l_1329 = l_mut_277 >= uint(2147483648);
if (l_1329) {
const uint l_1330 = ~l_mut_277;
l_mut_223 = l_1330;
}
const bool l_1331 = l_mut_223 > l_mut_37;
const bool l_1332 = l_mut_223 == l_mut_37;
const bool l_1333 = l_1324 <= l_mut_36;
const bool l_1334 = l_1332 && l_1333;
const bool l_1335 = l_1331 || l_1334;
if (l_1335) {
const bool l_1336 = l_mut_223 == l_872;
if (l_1336) {
l_mut_856 = l_mut_856 + float(1.0);
}
}
l_mut_286 = l_mut_286 + total_thread_in_threadgroup;
}
const float l_1337 = float {simd_sum(l_mut_856)
};
const uint l_1338 = total_thread_in_threadgroup + simd_size;
const uint l_1339 = l_1338 - uint(1);
const uint l_1340 = l_1339 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1341 = thread_index_in_threadgroup % simd_size;
const bool l_1342 = l_1341 == uint(0);
if (l_1342) {
const uint l_1343 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1343] = l_1337;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_856 = float(0.0);

for (uint l_mut_1344 = uint(0); l_mut_1344 < l_1340; ++l_mut_1344) {
const float l_1345 = shared_memory_31[l_mut_1344];
l_mut_856 = l_mut_856 + l_1345;
}
const uint l_1346 = uint(l_mut_856);
const bool l_1347 = l_mut_345 < l_1346;
if (l_1347) {
l_mut_289 = uint(0);
l_mut_856 = float(0.0);
const float l_1348 = float(l_mut_345);
l_mut_345 = uint(0);
while (true) {
const bool l_1349 = l_mut_345 < uint(8);
const bool l_1350 = !l_1349;
if (l_1350) {
break;}
const uint l_1351 = uint(4) * l_mut_345;
const uint l_1352 = uint(28) - l_1351;
const uint l_1353 = info.scalars_uint[1] - uint(1);
const uint l_1354 = l_1353 >> l_1352;
const bool l_1355 = l_1354 > uint(0);
if (l_1355) {
l_mut_286 = uint(0);
const bool l_1356 = l_mut_345 > uint(0);
if (l_1356) {
const uint l_1357 = l_1352 + uint(4);
const uint l_1358 = uint(4294967295) << l_1357;
l_mut_286 = l_1358;
}
l_mut_846 = float(0.0);
l_mut_836 = float(0.0);
l_mut_826 = float(0.0);
l_mut_816 = float(0.0);
l_mut_806 = float(0.0);
l_mut_796 = float(0.0);
l_mut_786 = float(0.0);
l_mut_776 = float(0.0);
l_mut_766 = float(0.0);
l_mut_756 = float(0.0);
l_mut_746 = float(0.0);
l_mut_736 = float(0.0);
l_mut_565 = float(0.0);
l_mut_564 = float(0.0);
l_mut_550 = float(0.0);
l_mut_542 = float(0.0);
l_mut_277 = uint(0);
l_mut_223 = thread_index_in_threadgroup;
while (true) {
const bool l_1359 = l_mut_223 < l_23;
const bool l_1360 = !l_1359;
if (l_1360) {
break;}
const uint l_1361 = l_24 + l_mut_223;
const float_4 l_1362 = buffer_0[l_1361];
const uint l_1363 = l_mut_223 * uint(4);
const uint l_1364 = l_1363 + uint(0);
const float l_1365 = l_1362.i_0;
l_mut_541 = l_1365;
const uint l_1366 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_220 = l_1366;
const bool l_1367 = l_mut_220 == uint(2147483648);
if (l_1367) {
l_mut_220 = uint(0);
}
const uint l_1368 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1368;
const bool l_1369 = l_mut_220 >= uint(2147483648);
if (l_1369) {
const uint l_1370 = ~l_mut_220;
l_mut_211 = l_1370;
}
const bool l_1371 = l_mut_211 == l_872;
const bool l_1372 = l_1364 <= l_mut_36;
const bool l_1373 = l_1371 && l_1372;
const uint l_1374 = l_1364 & l_mut_286;
const bool l_1375 = l_1374 == l_mut_289;
const bool l_1376 = l_1373 && l_1375;
if (l_1376) {
const uint l_1377 = l_1364 >> l_1352;
const uint l_1378 = l_1377 & uint(15);
const bool l_1379 = l_1378 == uint(0);
if (l_1379) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1380 = l_1378 == uint(1);
if (l_1380) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1381 = l_1378 == uint(2);
if (l_1381) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1382 = l_1378 == uint(3);
if (l_1382) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1383 = l_1378 == uint(4);
if (l_1383) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1384 = l_1378 == uint(5);
if (l_1384) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1385 = l_1378 == uint(6);
if (l_1385) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1386 = l_1378 == uint(7);
if (l_1386) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1387 = l_1378 == uint(8);
if (l_1387) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1388 = l_1378 == uint(9);
if (l_1388) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1389 = l_1378 == uint(10);
if (l_1389) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1390 = l_1378 == uint(11);
if (l_1390) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1391 = l_1378 == uint(12);
if (l_1391) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1392 = l_1378 == uint(13);
if (l_1392) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1393 = l_1378 == uint(14);
if (l_1393) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1394 = l_1378 == uint(15);
if (l_1394) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
const uint l_1395 = l_mut_223 * uint(4);
const uint l_1396 = l_1395 + uint(1);
const float l_1397 = l_1362.i_1;
l_mut_541 = l_1397;
const uint l_1398 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_220 = l_1398;
const bool l_1399 = l_mut_220 == uint(2147483648);
if (l_1399) {
l_mut_220 = uint(0);
}
const uint l_1400 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1400;
const bool l_1401 = l_mut_220 >= uint(2147483648);
if (l_1401) {
const uint l_1402 = ~l_mut_220;
l_mut_211 = l_1402;
}
const bool l_1403 = l_mut_211 == l_872;
const bool l_1404 = l_1396 <= l_mut_36;
const bool l_1405 = l_1403 && l_1404;
const uint l_1406 = l_1396 & l_mut_286;
const bool l_1407 = l_1406 == l_mut_289;
const bool l_1408 = l_1405 && l_1407;
if (l_1408) {
const uint l_1409 = l_1396 >> l_1352;
const uint l_1410 = l_1409 & uint(15);
const bool l_1411 = l_1410 == uint(0);
if (l_1411) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1412 = l_1410 == uint(1);
if (l_1412) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1413 = l_1410 == uint(2);
if (l_1413) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1414 = l_1410 == uint(3);
if (l_1414) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1415 = l_1410 == uint(4);
if (l_1415) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1416 = l_1410 == uint(5);
if (l_1416) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1417 = l_1410 == uint(6);
if (l_1417) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1418 = l_1410 == uint(7);
if (l_1418) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1419 = l_1410 == uint(8);
if (l_1419) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1420 = l_1410 == uint(9);
if (l_1420) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1421 = l_1410 == uint(10);
if (l_1421) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1422 = l_1410 == uint(11);
if (l_1422) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1423 = l_1410 == uint(12);
if (l_1423) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1424 = l_1410 == uint(13);
if (l_1424) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1425 = l_1410 == uint(14);
if (l_1425) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1426 = l_1410 == uint(15);
if (l_1426) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
const uint l_1427 = l_mut_223 * uint(4);
const uint l_1428 = l_1427 + uint(2);
const float l_1429 = l_1362.i_2;
l_mut_541 = l_1429;
const uint l_1430 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_220 = l_1430;
const bool l_1431 = l_mut_220 == uint(2147483648);
if (l_1431) {
l_mut_220 = uint(0);
}
const uint l_1432 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1432;
const bool l_1433 = l_mut_220 >= uint(2147483648);
if (l_1433) {
const uint l_1434 = ~l_mut_220;
l_mut_211 = l_1434;
}
const bool l_1435 = l_mut_211 == l_872;
const bool l_1436 = l_1428 <= l_mut_36;
const bool l_1437 = l_1435 && l_1436;
const uint l_1438 = l_1428 & l_mut_286;
const bool l_1439 = l_1438 == l_mut_289;
const bool l_1440 = l_1437 && l_1439;
if (l_1440) {
const uint l_1441 = l_1428 >> l_1352;
const uint l_1442 = l_1441 & uint(15);
const bool l_1443 = l_1442 == uint(0);
if (l_1443) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1444 = l_1442 == uint(1);
if (l_1444) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1445 = l_1442 == uint(2);
if (l_1445) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1446 = l_1442 == uint(3);
if (l_1446) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1447 = l_1442 == uint(4);
if (l_1447) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1448 = l_1442 == uint(5);
if (l_1448) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1449 = l_1442 == uint(6);
if (l_1449) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1450 = l_1442 == uint(7);
if (l_1450) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1451 = l_1442 == uint(8);
if (l_1451) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1452 = l_1442 == uint(9);
if (l_1452) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1453 = l_1442 == uint(10);
if (l_1453) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1454 = l_1442 == uint(11);
if (l_1454) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1455 = l_1442 == uint(12);
if (l_1455) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1456 = l_1442 == uint(13);
if (l_1456) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1457 = l_1442 == uint(14);
if (l_1457) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1458 = l_1442 == uint(15);
if (l_1458) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
const uint l_1459 = l_mut_223 * uint(4);
const uint l_1460 = l_1459 + uint(3);
const float l_1461 = l_1362.i_3;
l_mut_541 = l_1461;
const uint l_1462 = reinterpret_cast<thread uint const&>(l_mut_541);
l_mut_220 = l_1462;
const bool l_1463 = l_mut_220 == uint(2147483648);
if (l_1463) {
l_mut_220 = uint(0);
}
const uint l_1464 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1464;
const bool l_1465 = l_mut_220 >= uint(2147483648);
if (l_1465) {
const uint l_1466 = ~l_mut_220;
l_mut_211 = l_1466;
}
const bool l_1467 = l_mut_211 == l_872;
const bool l_1468 = l_1460 <= l_mut_36;
const bool l_1469 = l_1467 && l_1468;
const uint l_1470 = l_1460 & l_mut_286;
const bool l_1471 = l_1470 == l_mut_289;
const bool l_1472 = l_1469 && l_1471;
if (l_1472) {
const uint l_1473 = l_1460 >> l_1352;
const uint l_1474 = l_1473 & uint(15);
const bool l_1475 = l_1474 == uint(0);
if (l_1475) {
l_mut_846 = l_mut_846 + float(1.0);
}
const bool l_1476 = l_1474 == uint(1);
if (l_1476) {
l_mut_836 = l_mut_836 + float(1.0);
}
const bool l_1477 = l_1474 == uint(2);
if (l_1477) {
l_mut_826 = l_mut_826 + float(1.0);
}
const bool l_1478 = l_1474 == uint(3);
if (l_1478) {
l_mut_816 = l_mut_816 + float(1.0);
}
const bool l_1479 = l_1474 == uint(4);
if (l_1479) {
l_mut_806 = l_mut_806 + float(1.0);
}
const bool l_1480 = l_1474 == uint(5);
if (l_1480) {
l_mut_796 = l_mut_796 + float(1.0);
}
const bool l_1481 = l_1474 == uint(6);
if (l_1481) {
l_mut_786 = l_mut_786 + float(1.0);
}
const bool l_1482 = l_1474 == uint(7);
if (l_1482) {
l_mut_776 = l_mut_776 + float(1.0);
}
const bool l_1483 = l_1474 == uint(8);
if (l_1483) {
l_mut_766 = l_mut_766 + float(1.0);
}
const bool l_1484 = l_1474 == uint(9);
if (l_1484) {
l_mut_756 = l_mut_756 + float(1.0);
}
const bool l_1485 = l_1474 == uint(10);
if (l_1485) {
l_mut_746 = l_mut_746 + float(1.0);
}
const bool l_1486 = l_1474 == uint(11);
if (l_1486) {
l_mut_736 = l_mut_736 + float(1.0);
}
const bool l_1487 = l_1474 == uint(12);
if (l_1487) {
l_mut_565 = l_mut_565 + float(1.0);
}
const bool l_1488 = l_1474 == uint(13);
if (l_1488) {
l_mut_564 = l_mut_564 + float(1.0);
}
const bool l_1489 = l_1474 == uint(14);
if (l_1489) {
l_mut_550 = l_mut_550 + float(1.0);
}
const bool l_1490 = l_1474 == uint(15);
if (l_1490) {
l_mut_542 = l_mut_542 + float(1.0);
}
}
l_mut_223 = l_mut_223 + total_thread_in_threadgroup;
}
const float l_1491 = float {simd_sum(l_mut_846)
};
const uint l_1492 = total_thread_in_threadgroup + simd_size;
const uint l_1493 = l_1492 - uint(1);
const uint l_1494 = l_1493 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1495 = thread_index_in_threadgroup % simd_size;
const bool l_1496 = l_1495 == uint(0);
if (l_1496) {
const uint l_1497 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1497] = l_1491;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_541 = float(0.0);

for (uint l_mut_1498 = uint(0); l_mut_1498 < l_1494; ++l_mut_1498) {
const float l_1499 = shared_memory_31[l_mut_1498];
l_mut_541 = l_mut_541 + l_1499;
}
const float l_1500 = float {simd_sum(l_mut_836)
};
const uint l_1501 = total_thread_in_threadgroup + simd_size;
const uint l_1502 = l_1501 - uint(1);
const uint l_1503 = l_1502 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1504 = thread_index_in_threadgroup % simd_size;
const bool l_1505 = l_1504 == uint(0);
if (l_1505) {
const uint l_1506 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1506] = l_1500;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_540 = float(0.0);

for (uint l_mut_1507 = uint(0); l_mut_1507 < l_1503; ++l_mut_1507) {
const float l_1508 = shared_memory_31[l_mut_1507];
l_mut_540 = l_mut_540 + l_1508;
}
const float l_1509 = float {simd_sum(l_mut_826)
};
const uint l_1510 = total_thread_in_threadgroup + simd_size;
const uint l_1511 = l_1510 - uint(1);
const uint l_1512 = l_1511 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1513 = thread_index_in_threadgroup % simd_size;
const bool l_1514 = l_1513 == uint(0);
if (l_1514) {
const uint l_1515 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1515] = l_1509;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_539 = float(0.0);

for (uint l_mut_1516 = uint(0); l_mut_1516 < l_1512; ++l_mut_1516) {
const float l_1517 = shared_memory_31[l_mut_1516];
l_mut_539 = l_mut_539 + l_1517;
}
const float l_1518 = float {simd_sum(l_mut_816)
};
const uint l_1519 = total_thread_in_threadgroup + simd_size;
const uint l_1520 = l_1519 - uint(1);
const uint l_1521 = l_1520 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1522 = thread_index_in_threadgroup % simd_size;
const bool l_1523 = l_1522 == uint(0);
if (l_1523) {
const uint l_1524 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1524] = l_1518;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_538 = float(0.0);

for (uint l_mut_1525 = uint(0); l_mut_1525 < l_1521; ++l_mut_1525) {
const float l_1526 = shared_memory_31[l_mut_1525];
l_mut_538 = l_mut_538 + l_1526;
}
const float l_1527 = float {simd_sum(l_mut_806)
};
const uint l_1528 = total_thread_in_threadgroup + simd_size;
const uint l_1529 = l_1528 - uint(1);
const uint l_1530 = l_1529 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1531 = thread_index_in_threadgroup % simd_size;
const bool l_1532 = l_1531 == uint(0);
if (l_1532) {
const uint l_1533 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1533] = l_1527;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_537 = float(0.0);

for (uint l_mut_1534 = uint(0); l_mut_1534 < l_1530; ++l_mut_1534) {
const float l_1535 = shared_memory_31[l_mut_1534];
l_mut_537 = l_mut_537 + l_1535;
}
const float l_1536 = float {simd_sum(l_mut_796)
};
const uint l_1537 = total_thread_in_threadgroup + simd_size;
const uint l_1538 = l_1537 - uint(1);
const uint l_1539 = l_1538 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1540 = thread_index_in_threadgroup % simd_size;
const bool l_1541 = l_1540 == uint(0);
if (l_1541) {
const uint l_1542 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1542] = l_1536;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_536 = float(0.0);

for (uint l_mut_1543 = uint(0); l_mut_1543 < l_1539; ++l_mut_1543) {
const float l_1544 = shared_memory_31[l_mut_1543];
l_mut_536 = l_mut_536 + l_1544;
}
const float l_1545 = float {simd_sum(l_mut_786)
};
const uint l_1546 = total_thread_in_threadgroup + simd_size;
const uint l_1547 = l_1546 - uint(1);
const uint l_1548 = l_1547 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1549 = thread_index_in_threadgroup % simd_size;
const bool l_1550 = l_1549 == uint(0);
if (l_1550) {
const uint l_1551 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1551] = l_1545;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_535 = float(0.0);

for (uint l_mut_1552 = uint(0); l_mut_1552 < l_1548; ++l_mut_1552) {
const float l_1553 = shared_memory_31[l_mut_1552];
l_mut_535 = l_mut_535 + l_1553;
}
const float l_1554 = float {simd_sum(l_mut_776)
};
const uint l_1555 = total_thread_in_threadgroup + simd_size;
const uint l_1556 = l_1555 - uint(1);
const uint l_1557 = l_1556 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1558 = thread_index_in_threadgroup % simd_size;
const bool l_1559 = l_1558 == uint(0);
if (l_1559) {
const uint l_1560 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1560] = l_1554;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_534 = float(0.0);

for (uint l_mut_1561 = uint(0); l_mut_1561 < l_1557; ++l_mut_1561) {
const float l_1562 = shared_memory_31[l_mut_1561];
l_mut_534 = l_mut_534 + l_1562;
}
const float l_1563 = float {simd_sum(l_mut_766)
};
const uint l_1564 = total_thread_in_threadgroup + simd_size;
const uint l_1565 = l_1564 - uint(1);
const uint l_1566 = l_1565 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1567 = thread_index_in_threadgroup % simd_size;
const bool l_1568 = l_1567 == uint(0);
if (l_1568) {
const uint l_1569 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1569] = l_1563;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_533 = float(0.0);

for (uint l_mut_1570 = uint(0); l_mut_1570 < l_1566; ++l_mut_1570) {
const float l_1571 = shared_memory_31[l_mut_1570];
l_mut_533 = l_mut_533 + l_1571;
}
const float l_1572 = float {simd_sum(l_mut_756)
};
const uint l_1573 = total_thread_in_threadgroup + simd_size;
const uint l_1574 = l_1573 - uint(1);
const uint l_1575 = l_1574 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1576 = thread_index_in_threadgroup % simd_size;
const bool l_1577 = l_1576 == uint(0);
if (l_1577) {
const uint l_1578 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1578] = l_1572;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_532 = float(0.0);

for (uint l_mut_1579 = uint(0); l_mut_1579 < l_1575; ++l_mut_1579) {
const float l_1580 = shared_memory_31[l_mut_1579];
l_mut_532 = l_mut_532 + l_1580;
}
const float l_1581 = float {simd_sum(l_mut_746)
};
const uint l_1582 = total_thread_in_threadgroup + simd_size;
const uint l_1583 = l_1582 - uint(1);
const uint l_1584 = l_1583 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1585 = thread_index_in_threadgroup % simd_size;
const bool l_1586 = l_1585 == uint(0);
if (l_1586) {
const uint l_1587 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1587] = l_1581;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_531 = float(0.0);

for (uint l_mut_1588 = uint(0); l_mut_1588 < l_1584; ++l_mut_1588) {
const float l_1589 = shared_memory_31[l_mut_1588];
l_mut_531 = l_mut_531 + l_1589;
}
const float l_1590 = float {simd_sum(l_mut_736)
};
const uint l_1591 = total_thread_in_threadgroup + simd_size;
const uint l_1592 = l_1591 - uint(1);
const uint l_1593 = l_1592 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1594 = thread_index_in_threadgroup % simd_size;
const bool l_1595 = l_1594 == uint(0);
if (l_1595) {
const uint l_1596 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1596] = l_1590;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_530 = float(0.0);

for (uint l_mut_1597 = uint(0); l_mut_1597 < l_1593; ++l_mut_1597) {
const float l_1598 = shared_memory_31[l_mut_1597];
l_mut_530 = l_mut_530 + l_1598;
}
const float l_1599 = float {simd_sum(l_mut_565)
};
const uint l_1600 = total_thread_in_threadgroup + simd_size;
const uint l_1601 = l_1600 - uint(1);
const uint l_1602 = l_1601 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1603 = thread_index_in_threadgroup % simd_size;
const bool l_1604 = l_1603 == uint(0);
if (l_1604) {
const uint l_1605 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1605] = l_1599;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_529 = float(0.0);

for (uint l_mut_1606 = uint(0); l_mut_1606 < l_1602; ++l_mut_1606) {
const float l_1607 = shared_memory_31[l_mut_1606];
l_mut_529 = l_mut_529 + l_1607;
}
const float l_1608 = float {simd_sum(l_mut_564)
};
const uint l_1609 = total_thread_in_threadgroup + simd_size;
const uint l_1610 = l_1609 - uint(1);
const uint l_1611 = l_1610 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1612 = thread_index_in_threadgroup % simd_size;
const bool l_1613 = l_1612 == uint(0);
if (l_1613) {
const uint l_1614 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1614] = l_1608;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_454 = float(0.0);

for (uint l_mut_1615 = uint(0); l_mut_1615 < l_1611; ++l_mut_1615) {
const float l_1616 = shared_memory_31[l_mut_1615];
l_mut_454 = l_mut_454 + l_1616;
}
const float l_1617 = float {simd_sum(l_mut_550)
};
const uint l_1618 = total_thread_in_threadgroup + simd_size;
const uint l_1619 = l_1618 - uint(1);
const uint l_1620 = l_1619 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1621 = thread_index_in_threadgroup % simd_size;
const bool l_1622 = l_1621 == uint(0);
if (l_1622) {
const uint l_1623 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1623] = l_1617;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_177 = float(0.0);

for (uint l_mut_1624 = uint(0); l_mut_1624 < l_1620; ++l_mut_1624) {
const float l_1625 = shared_memory_31[l_mut_1624];
l_mut_177 = l_mut_177 + l_1625;
}
const float l_1626 = float {simd_sum(l_mut_542)
};
const uint l_1627 = total_thread_in_threadgroup + simd_size;
const uint l_1628 = l_1627 - uint(1);
const uint l_1629 = l_1628 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1630 = thread_index_in_threadgroup % simd_size;
const bool l_1631 = l_1630 == uint(0);
if (l_1631) {
const uint l_1632 = thread_index_in_threadgroup / simd_size;
shared_memory_31[l_1632] = l_1626;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_35 = float(0.0);

for (uint l_mut_1633 = uint(0); l_mut_1633 < l_1629; ++l_mut_1633) {
const float l_1634 = shared_memory_31[l_mut_1633];
l_mut_35 = l_mut_35 + l_1634;
}
const bool l_1635 = thread_index_in_threadgroup == uint(0);
if (l_1635) {
shared_memory_30[uint(0)] = l_mut_541;
shared_memory_30[uint(1)] = l_mut_540;
shared_memory_30[uint(2)] = l_mut_539;
shared_memory_30[uint(3)] = l_mut_538;
shared_memory_30[uint(4)] = l_mut_537;
shared_memory_30[uint(5)] = l_mut_536;
shared_memory_30[uint(6)] = l_mut_535;
shared_memory_30[uint(7)] = l_mut_534;
shared_memory_30[uint(8)] = l_mut_533;
shared_memory_30[uint(9)] = l_mut_532;
shared_memory_30[uint(10)] = l_mut_531;
shared_memory_30[uint(11)] = l_mut_530;
shared_memory_30[uint(12)] = l_mut_529;
shared_memory_30[uint(13)] = l_mut_454;
shared_memory_30[uint(14)] = l_mut_177;
shared_memory_30[uint(15)] = l_mut_35;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_846 = float(0.0);
l_mut_286 = uint(0);
l_mut_364 = bool(false);
l_mut_836 = float(0.0);

for (uint l_mut_1636 = uint(0); l_mut_1636 < uint(16); ++l_mut_1636) {
l_mut_277 = l_mut_1636;
l_mut_826 = l_mut_846;
const float l_1637 = shared_memory_30[l_mut_277];
l_mut_846 = l_mut_846 + l_1637;
const bool l_1638 = !l_mut_364;
const float l_1639 = l_mut_856 + l_mut_846;
const bool l_1640 = l_1639 >= l_1348;
const bool l_1641 = l_1638 && l_1640;
if (l_1641) {
l_mut_286 = l_mut_277;
l_mut_364 = bool(true);
l_mut_836 = l_mut_826;
}
}
l_mut_856 = l_mut_856 + l_mut_836;
const uint l_1642 = l_mut_286 << l_1352;
l_mut_289 = l_mut_289 | l_1642;
}
l_mut_345 = l_mut_345 + uint(1);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_1643 = thread_index_in_threadgroup == uint(0);
if (l_1643) {
shared_memory_29[uint(3)] = l_mut_289;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1644 = shared_memory_29[uint(3)];
l_mut_36 = l_1644;
threadgroup_barrier(mem_flags::mem_threadgroup);
}
}
}
}
}
l_mut_345 = info.scalars_uint[5];
l_mut_289 = info.scalars_uint[6];
l_mut_286 = l_1;
l_mut_277 = uint(0);
l_mut_223 = info.scalars_uint[3];
l_mut_220 = info.scalars_uint[4];

for (uint l_mut_1645 = uint(0); l_mut_1645 < uint(10); ++l_mut_1645) {
const uint l_1646 = uint(3528531795) & uint(65535);
const uint l_1647 = uint(3528531795) >> uint(16);
const uint l_1648 = l_mut_345 & uint(65535);
const uint l_1649 = l_mut_345 >> uint(16);
const uint l_1650 = l_1646 * l_1648;
const uint l_1651 = l_1646 * l_1649;
const uint l_1652 = l_1647 * l_1648;
const uint l_1653 = l_1647 * l_1649;
const uint l_1654 = l_1650 >> uint(16);
const uint l_1655 = l_1651 & uint(65535);
const uint l_1656 = l_1654 + l_1655;
const uint l_1657 = l_1652 & uint(65535);
const uint l_1658 = l_1656 + l_1657;
const uint l_1659 = l_1651 >> uint(16);
const uint l_1660 = l_1653 + l_1659;
const uint l_1661 = l_1652 >> uint(16);
const uint l_1662 = l_1660 + l_1661;
const uint l_1663 = l_1658 >> uint(16);
const uint l_1664 = l_1662 + l_1663;
const uint l_1665 = uint(3528531795) * l_mut_345;
const uint l_1666 = uint(3449720151) & uint(65535);
const uint l_1667 = uint(3449720151) >> uint(16);
const uint l_1668 = l_mut_286 & uint(65535);
const uint l_1669 = l_mut_286 >> uint(16);
const uint l_1670 = l_1666 * l_1668;
const uint l_1671 = l_1666 * l_1669;
const uint l_1672 = l_1667 * l_1668;
const uint l_1673 = l_1667 * l_1669;
const uint l_1674 = l_1670 >> uint(16);
const uint l_1675 = l_1671 & uint(65535);
const uint l_1676 = l_1674 + l_1675;
const uint l_1677 = l_1672 & uint(65535);
const uint l_1678 = l_1676 + l_1677;
const uint l_1679 = l_1671 >> uint(16);
const uint l_1680 = l_1673 + l_1679;
const uint l_1681 = l_1672 >> uint(16);
const uint l_1682 = l_1680 + l_1681;
const uint l_1683 = l_1678 >> uint(16);
const uint l_1684 = l_1682 + l_1683;
const uint l_1685 = uint(3449720151) * l_mut_286;
const uint l_1686 = l_1684 ^ l_mut_289;
const uint l_1687 = l_1686 ^ l_mut_223;
const uint l_1688 = l_1664 ^ l_mut_277;
const uint l_1689 = l_1688 ^ l_mut_220;
l_mut_345 = l_1687;
l_mut_289 = l_1685;
l_mut_286 = l_1689;
l_mut_277 = l_1665;
l_mut_223 = l_mut_223 + uint(2654435769);
l_mut_220 = l_mut_220 + uint(3144134277);
}
const uint l_1690 = l_mut_345 >> uint(8);
const float l_1691 = float(l_1690);
const float l_1692 = l_1691 * float(5.960464477539063e-8);
const uint l_1693 = l_23 + total_thread_in_threadgroup;
const uint l_1694 = l_1693 - uint(1);
const uint l_1695 = l_1694 / total_thread_in_threadgroup;
const uint l_1696 = thread_index_in_threadgroup * l_1695;
l_mut_345 = l_1696;
const bool l_1697 = l_mut_345 > l_23;
if (l_1697) {
l_mut_345 = l_23;
}
const uint l_1698 = l_mut_345 + l_1695;
l_mut_289 = l_1698;
const bool l_1699 = l_mut_289 > l_23;
if (l_1699) {
l_mut_289 = l_23;
}
l_mut_286 = uint(0);
l_mut_856 = float(0.0);
l_mut_277 = uint(0);
l_mut_223 = l_mut_286;

for (uint l_mut_1700 = l_mut_345; l_mut_1700 < l_mut_289; ++l_mut_1700) {
const uint l_1701 = l_24 + l_mut_1700;
const float_4 l_1702 = buffer_0[l_1701];
const uint l_1703 = l_mut_1700 * uint(4);
const uint l_1704 = l_1703 + uint(0);
const float l_1705 = l_1702.i_0;
l_mut_846 = l_1705;
l_mut_836 = float(0.0);
const uint l_1706 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_220 = l_1706;
const bool l_1707 = l_mut_220 == uint(2147483648);
if (l_1707) {
l_mut_220 = uint(0);
}
const uint l_1708 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1708;
const bool l_1709 = l_mut_220 >= uint(2147483648);
if (l_1709) {
const uint l_1710 = ~l_mut_220;
l_mut_211 = l_1710;
}
const bool l_1711 = l_mut_211 > l_mut_37;
const bool l_1712 = l_mut_211 == l_mut_37;
const bool l_1713 = l_1704 <= l_mut_36;
const bool l_1714 = l_1712 && l_1713;
const bool l_1715 = l_1711 || l_1714;
if (l_1715) {
l_mut_826 = float(1.0);
const bool l_1716 = l_mut_846 != l_mut_59;
if (l_1716) {
const float l_1717 = l_mut_846 - l_mut_59;
const float l_1718 = l_1717 * l_mut_20;
const float l_1719 = exp(l_1718);
l_mut_826 = l_1719;
}
l_mut_836 = l_mut_826;
}
l_mut_846 = l_mut_836;
l_mut_856 = l_mut_856 + l_mut_846;
const bool l_1720 = l_mut_846 > float(0.0);
if (l_1720) {
const uint l_1721 = l_1704 + uint(1);
l_mut_277 = l_1721;
}
const uint l_1722 = l_mut_1700 * uint(4);
const uint l_1723 = l_1722 + uint(1);
const float l_1724 = l_1702.i_1;
l_mut_846 = l_1724;
l_mut_836 = float(0.0);
const uint l_1725 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_220 = l_1725;
const bool l_1726 = l_mut_220 == uint(2147483648);
if (l_1726) {
l_mut_220 = uint(0);
}
const uint l_1727 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1727;
const bool l_1728 = l_mut_220 >= uint(2147483648);
if (l_1728) {
const uint l_1729 = ~l_mut_220;
l_mut_211 = l_1729;
}
const bool l_1730 = l_mut_211 > l_mut_37;
const bool l_1731 = l_mut_211 == l_mut_37;
const bool l_1732 = l_1723 <= l_mut_36;
const bool l_1733 = l_1731 && l_1732;
const bool l_1734 = l_1730 || l_1733;
if (l_1734) {
l_mut_826 = float(1.0);
const bool l_1735 = l_mut_846 != l_mut_59;
if (l_1735) {
const float l_1736 = l_mut_846 - l_mut_59;
const float l_1737 = l_1736 * l_mut_20;
const float l_1738 = exp(l_1737);
l_mut_826 = l_1738;
}
l_mut_836 = l_mut_826;
}
l_mut_846 = l_mut_836;
l_mut_856 = l_mut_856 + l_mut_846;
const bool l_1739 = l_mut_846 > float(0.0);
if (l_1739) {
const uint l_1740 = l_1723 + uint(1);
l_mut_277 = l_1740;
}
const uint l_1741 = l_mut_1700 * uint(4);
const uint l_1742 = l_1741 + uint(2);
const float l_1743 = l_1702.i_2;
l_mut_846 = l_1743;
l_mut_836 = float(0.0);
const uint l_1744 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_220 = l_1744;
const bool l_1745 = l_mut_220 == uint(2147483648);
if (l_1745) {
l_mut_220 = uint(0);
}
const uint l_1746 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1746;
const bool l_1747 = l_mut_220 >= uint(2147483648);
if (l_1747) {
const uint l_1748 = ~l_mut_220;
l_mut_211 = l_1748;
}
const bool l_1749 = l_mut_211 > l_mut_37;
const bool l_1750 = l_mut_211 == l_mut_37;
const bool l_1751 = l_1742 <= l_mut_36;
const bool l_1752 = l_1750 && l_1751;
const bool l_1753 = l_1749 || l_1752;
if (l_1753) {
l_mut_826 = float(1.0);
const bool l_1754 = l_mut_846 != l_mut_59;
if (l_1754) {
const float l_1755 = l_mut_846 - l_mut_59;
const float l_1756 = l_1755 * l_mut_20;
const float l_1757 = exp(l_1756);
l_mut_826 = l_1757;
}
l_mut_836 = l_mut_826;
}
l_mut_846 = l_mut_836;
l_mut_856 = l_mut_856 + l_mut_846;
const bool l_1758 = l_mut_846 > float(0.0);
if (l_1758) {
const uint l_1759 = l_1742 + uint(1);
l_mut_277 = l_1759;
}
const uint l_1760 = l_mut_1700 * uint(4);
const uint l_1761 = l_1760 + uint(3);
const float l_1762 = l_1702.i_3;
l_mut_846 = l_1762;
l_mut_836 = float(0.0);
const uint l_1763 = reinterpret_cast<thread uint const&>(l_mut_846);
l_mut_220 = l_1763;
const bool l_1764 = l_mut_220 == uint(2147483648);
if (l_1764) {
l_mut_220 = uint(0);
}
const uint l_1765 = l_mut_220 | uint(2147483648);
l_mut_211 = l_1765;
const bool l_1766 = l_mut_220 >= uint(2147483648);
if (l_1766) {
const uint l_1767 = ~l_mut_220;
l_mut_211 = l_1767;
}
const bool l_1768 = l_mut_211 > l_mut_37;
const bool l_1769 = l_mut_211 == l_mut_37;
const bool l_1770 = l_1761 <= l_mut_36;
const bool l_1771 = l_1769 && l_1770;
const bool l_1772 = l_1768 || l_1771;
if (l_1772) {
l_mut_826 = float(1.0);
const bool l_1773 = l_mut_846 != l_mut_59;
if (l_1773) {
const float l_1774 = l_mut_846 - l_mut_59;
const float l_1775 = l_1774 * l_mut_20;
const float l_1776 = exp(l_1775);
l_mut_826 = l_1776;
}
l_mut_836 = l_mut_826;
}
l_mut_846 = l_mut_836;
l_mut_856 = l_mut_856 + l_mut_846;
const bool l_1777 = l_mut_846 > float(0.0);
if (l_1777) {
const uint l_1778 = l_1761 + uint(1);
l_mut_277 = l_1778;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_28[thread_index_in_threadgroup] = l_mut_856;
l_mut_846 = l_mut_856;
l_mut_220 = uint(1);
while (true) {
const bool l_1779 = l_mut_220 < total_thread_in_threadgroup;
const bool l_1780 = !l_1779;
if (l_1780) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_856 = float(0.0);
const bool l_1781 = thread_index_in_threadgroup >= l_mut_220;
if (l_1781) {
const uint l_1782 = thread_index_in_threadgroup - l_mut_220;
const float l_1783 = shared_memory_28[l_1782];
l_mut_856 = l_1783;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_846 = l_mut_846 + l_mut_856;
shared_memory_28[thread_index_in_threadgroup] = l_mut_846;
l_mut_220 = l_mut_220 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_856 = float(0.0);
const bool l_1784 = thread_index_in_threadgroup > uint(0);
if (l_1784) {
const uint l_1785 = thread_index_in_threadgroup - uint(1);
const float l_1786 = shared_memory_28[l_1785];
l_mut_856 = l_1786;
}
const uint l_1787 = total_thread_in_threadgroup - uint(1);
const float l_1788 = shared_memory_28[l_1787];
const float l_1789 = l_1692 * l_1788;
const bool l_1790 = thread_index_in_threadgroup == uint(0);
if (l_1790) {
shared_memory_29[uint(0)] = uint(4294967295);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_836 = l_mut_856;
const bool l_1791 = l_mut_856 <= l_1789;
const bool l_1792 = l_mut_846 > l_1789;
const bool l_1793 = l_1791 && l_1792;
if (l_1793) {
l_mut_364 = bool(false);
l_mut_220 = l_mut_286;

for (uint l_mut_1794 = l_mut_345; l_mut_1794 < l_mut_289; ++l_mut_1794) {
const uint l_1795 = l_24 + l_mut_1794;
const float_4 l_1796 = buffer_0[l_1795];
const uint l_1797 = l_mut_1794 * uint(4);
const uint l_1798 = l_1797 + uint(0);
const float l_1799 = l_1796.i_0;
l_mut_856 = l_1799;
l_mut_846 = float(0.0);
const uint l_1800 = reinterpret_cast<thread uint const&>(l_mut_856);
l_mut_286 = l_1800;
const bool l_1801 = l_mut_286 == uint(2147483648);
if (l_1801) {
l_mut_286 = uint(0);
}
const uint l_1802 = l_mut_286 | uint(2147483648);
l_mut_211 = l_1802;
const bool l_1803 = l_mut_286 >= uint(2147483648);
if (l_1803) {
const uint l_1804 = ~l_mut_286;
l_mut_211 = l_1804;
}
const bool l_1805 = l_mut_211 > l_mut_37;
const bool l_1806 = l_mut_211 == l_mut_37;
const bool l_1807 = l_1798 <= l_mut_36;
const bool l_1808 = l_1806 && l_1807;
const bool l_1809 = l_1805 || l_1808;
if (l_1809) {
l_mut_826 = float(1.0);
const bool l_1810 = l_mut_856 != l_mut_59;
if (l_1810) {
const float l_1811 = l_mut_856 - l_mut_59;
const float l_1812 = l_1811 * l_mut_20;
const float l_1813 = exp(l_1812);
l_mut_826 = l_1813;
}
l_mut_846 = l_mut_826;
}
l_mut_856 = l_mut_846;
l_mut_836 = l_mut_836 + l_mut_856;
const bool l_1814 = !l_mut_364;
const bool l_1815 = l_mut_836 > l_1789;
const bool l_1816 = l_1814 && l_1815;
if (l_1816) {
shared_memory_29[uint(0)] = l_1798;
l_mut_364 = bool(true);
}
const uint l_1817 = l_mut_1794 * uint(4);
const uint l_1818 = l_1817 + uint(1);
const float l_1819 = l_1796.i_1;
l_mut_856 = l_1819;
l_mut_846 = float(0.0);
const uint l_1820 = reinterpret_cast<thread uint const&>(l_mut_856);
l_mut_286 = l_1820;
const bool l_1821 = l_mut_286 == uint(2147483648);
if (l_1821) {
l_mut_286 = uint(0);
}
const uint l_1822 = l_mut_286 | uint(2147483648);
l_mut_211 = l_1822;
const bool l_1823 = l_mut_286 >= uint(2147483648);
if (l_1823) {
const uint l_1824 = ~l_mut_286;
l_mut_211 = l_1824;
}
const bool l_1825 = l_mut_211 > l_mut_37;
const bool l_1826 = l_mut_211 == l_mut_37;
const bool l_1827 = l_1818 <= l_mut_36;
const bool l_1828 = l_1826 && l_1827;
const bool l_1829 = l_1825 || l_1828;
if (l_1829) {
l_mut_826 = float(1.0);
const bool l_1830 = l_mut_856 != l_mut_59;
if (l_1830) {
const float l_1831 = l_mut_856 - l_mut_59;
const float l_1832 = l_1831 * l_mut_20;
const float l_1833 = exp(l_1832);
l_mut_826 = l_1833;
}
l_mut_846 = l_mut_826;
}
l_mut_856 = l_mut_846;
l_mut_836 = l_mut_836 + l_mut_856;
const bool l_1834 = !l_mut_364;
const bool l_1835 = l_mut_836 > l_1789;
const bool l_1836 = l_1834 && l_1835;
if (l_1836) {
shared_memory_29[uint(0)] = l_1818;
l_mut_364 = bool(true);
}
const uint l_1837 = l_mut_1794 * uint(4);
const uint l_1838 = l_1837 + uint(2);
const float l_1839 = l_1796.i_2;
l_mut_856 = l_1839;
l_mut_846 = float(0.0);
const uint l_1840 = reinterpret_cast<thread uint const&>(l_mut_856);
l_mut_286 = l_1840;
const bool l_1841 = l_mut_286 == uint(2147483648);
if (l_1841) {
l_mut_286 = uint(0);
}
const uint l_1842 = l_mut_286 | uint(2147483648);
l_mut_211 = l_1842;
const bool l_1843 = l_mut_286 >= uint(2147483648);
if (l_1843) {
const uint l_1844 = ~l_mut_286;
l_mut_211 = l_1844;
}
const bool l_1845 = l_mut_211 > l_mut_37;
const bool l_1846 = l_mut_211 == l_mut_37;
const bool l_1847 = l_1838 <= l_mut_36;
const bool l_1848 = l_1846 && l_1847;
const bool l_1849 = l_1845 || l_1848;
if (l_1849) {
l_mut_826 = float(1.0);
const bool l_1850 = l_mut_856 != l_mut_59;
if (l_1850) {
const float l_1851 = l_mut_856 - l_mut_59;
const float l_1852 = l_1851 * l_mut_20;
const float l_1853 = exp(l_1852);
l_mut_826 = l_1853;
}
l_mut_846 = l_mut_826;
}
l_mut_856 = l_mut_846;
l_mut_836 = l_mut_836 + l_mut_856;
const bool l_1854 = !l_mut_364;
const bool l_1855 = l_mut_836 > l_1789;
const bool l_1856 = l_1854 && l_1855;
if (l_1856) {
shared_memory_29[uint(0)] = l_1838;
l_mut_364 = bool(true);
}
const uint l_1857 = l_mut_1794 * uint(4);
const uint l_1858 = l_1857 + uint(3);
const float l_1859 = l_1796.i_3;
l_mut_856 = l_1859;
l_mut_846 = float(0.0);
const uint l_1860 = reinterpret_cast<thread uint const&>(l_mut_856);
l_mut_286 = l_1860;
const bool l_1861 = l_mut_286 == uint(2147483648);
if (l_1861) {
l_mut_286 = uint(0);
}
const uint l_1862 = l_mut_286 | uint(2147483648);
l_mut_211 = l_1862;
const bool l_1863 = l_mut_286 >= uint(2147483648);
if (l_1863) {
const uint l_1864 = ~l_mut_286;
l_mut_211 = l_1864;
}
const bool l_1865 = l_mut_211 > l_mut_37;
const bool l_1866 = l_mut_211 == l_mut_37;
const bool l_1867 = l_1858 <= l_mut_36;
const bool l_1868 = l_1866 && l_1867;
const bool l_1869 = l_1865 || l_1868;
if (l_1869) {
l_mut_826 = float(1.0);
const bool l_1870 = l_mut_856 != l_mut_59;
if (l_1870) {
const float l_1871 = l_mut_856 - l_mut_59;
const float l_1872 = l_1871 * l_mut_20;
const float l_1873 = exp(l_1872);
l_mut_826 = l_1873;
}
l_mut_846 = l_mut_826;
}
l_mut_856 = l_mut_846;
l_mut_836 = l_mut_836 + l_mut_856;
const bool l_1874 = !l_mut_364;
const bool l_1875 = l_mut_836 > l_1789;
const bool l_1876 = l_1874 && l_1875;
if (l_1876) {
shared_memory_29[uint(0)] = l_1858;
l_mut_364 = bool(true);
}
}
const bool l_1877 = !l_mut_364;
const bool l_1878 = l_mut_277 > uint(0);
const bool l_1879 = l_1877 && l_1878;
if (l_1879) {
const uint l_1880 = l_mut_277 - uint(1);
shared_memory_29[uint(0)] = l_1880;
}
}
const uint l_1882 = uint {simd_max(l_mut_277)
};
const uint l_1883 = total_thread_in_threadgroup + simd_size;
const uint l_1884 = l_1883 - uint(1);
const uint l_1885 = l_1884 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1886 = thread_index_in_threadgroup % simd_size;
const bool l_1887 = l_1886 == uint(0);
if (l_1887) {
const uint l_1888 = thread_index_in_threadgroup / simd_size;
shared_memory_1881[l_1888] = l_1882;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_1889 = shared_memory_1881[uint(0)];
l_mut_345 = l_1889;

for (uint l_mut_1890 = uint(1); l_mut_1890 < l_1885; ++l_mut_1890) {
const uint l_1891 = shared_memory_1881[l_mut_1890];
const bool l_1892 = l_1891 > l_mut_345;
if (l_1892) {
l_mut_345 = l_1891;
}
}
const uint l_1893 = shared_memory_29[uint(0)];
l_mut_39 = l_1893;
const bool l_1894 = l_mut_39 == uint(4294967295);
if (l_1894) {
const uint l_1895 = l_mut_345 - uint(1);
l_mut_39 = l_1895;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
}
const bool l_1896 = thread_index_in_threadgroup == uint(0);
if (l_1896) {
buffer_4[l_1] = uint(0);
buffer_3[l_1] = l_mut_39;
}
}
}

}
