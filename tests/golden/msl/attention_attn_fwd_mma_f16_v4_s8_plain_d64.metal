
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct alignas(8) half_4 {
    half i_0;
    half i_1;
    half i_2;
    half i_3;
};

struct info_st {
    float scalars_float[4];
int scalars_int[2];
uint scalars_uint[12];uint static_meta[22];
};

[[kernel]]
void attention_attn_fwd_mma_f16_v4_s8_plain_d64(
    const device half_4 * buffer_0 [[buffer(0)]],
    const device half_4 * buffer_1 [[buffer(1)]],
    const device half_4 * buffer_2 [[buffer(2)]],
    const device half * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    const device uint * buffer_5 [[buffer(5)]],
    const device uint * buffer_6 [[buffer(6)]],
    device half_4 * buffer_7 [[buffer(7)]],
    device float * buffer_8 [[buffer(8)]],
    device float * buffer_9 [[buffer(9)]],
    device float * buffer_10 [[buffer(10)]],
    constant info_st& info [[buffer(11)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_lane_id [[thread_index_in_simdgroup]],
    uint simd_size [[threads_per_simdgroup]],
    uint simd_group_id [[simdgroup_index_in_threadgroup]]
) {
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[26240];
// Shared array size: 2304, 9216 bytes
threadgroup float* shared_memory_19 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 128 bytes
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 320, 2560 bytes
threadgroup half_4* shared_memory_18 = reinterpret_cast<threadgroup half_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 320, 5120 bytes
threadgroup float_4* shared_memory_17 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 576, 4608 bytes
threadgroup half_4* shared_memory_15 = reinterpret_cast<threadgroup half_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 576, 4608 bytes
threadgroup half_4* shared_memory_16 = reinterpret_cast<threadgroup half_4*>(&dynamic_shared_mem[<offset>]);
float l_arr_329[8];

bool l_mut_340;
float l_mut_146;
float l_mut_147;
float l_mut_357;
float l_mut_385;
float l_mut_389;
float l_mut_390;
float_4 l_mut_528;
float_4 l_mut_529;
half_4 l_mut_30;
simdgroup_float8x8 frag_acc_130;
simdgroup_float8x8 frag_acc_131;
simdgroup_float8x8 frag_acc_132;
simdgroup_float8x8 frag_acc_133;
simdgroup_float8x8 frag_acc_134;
simdgroup_float8x8 frag_acc_135;
simdgroup_float8x8 frag_acc_136;
simdgroup_float8x8 frag_acc_137;
simdgroup_half8x8 frag_a_101;
simdgroup_half8x8 frag_a_112;
simdgroup_half8x8 frag_a_123;
simdgroup_half8x8 frag_a_46;
simdgroup_half8x8 frag_a_57;
simdgroup_half8x8 frag_a_68;
simdgroup_half8x8 frag_a_79;
simdgroup_half8x8 frag_a_90;
uint l_mut_154;
uint l_mut_155;
uint l_mut_156;
uint l_mut_21;
uint l_mut_3;
uint l_mut_4;
uint l_mut_6;
uint l_mut_7;
const uint l_0 = threadgroup_pos_in_grid.y / info.scalars_uint[1];
const uint l_1 = threadgroup_pos_in_grid.y % info.scalars_uint[1];
const uint l_2 = l_0 * info.scalars_uint[3];
l_mut_3 = l_2;
l_mut_4 = info.scalars_uint[3];
const uint l_5 = l_0 * info.scalars_uint[4];
l_mut_6 = l_5;
l_mut_7 = info.scalars_uint[4];
const uint l_8 = threadgroup_pos_in_grid.x * uint(32);
const uint l_9 = l_mut_4 * info.scalars_uint[2];
const bool l_10 = l_8 >= l_9;
if (l_10) {
return;}
const uint l_11 = l_1 * info.scalars_uint[2];
const uint l_12 = thread_index_in_threadgroup / uint(32);
const uint l_13 = thread_index_in_threadgroup % uint(32);
const uint l_14 = l_12 * uint(8);
l_mut_21 = thread_index_in_threadgroup;
while (true) {
const bool l_22 = l_mut_21 < uint(512);
const bool l_23 = !l_22;
if (l_23) {
break;}
const uint l_24 = l_mut_21 / uint(16);
const uint l_25 = l_mut_21 % uint(16);
const uint l_26 = l_8 + l_24;
const uint l_27 = l_26 / info.scalars_uint[2];
const float_4 l_28 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const half_4 l_29 = half_4{
half(l_28.i_0),half(l_28.i_1),half(l_28.i_2),half(l_28.i_3),};
l_mut_30 = l_29;
const bool l_31 = l_27 < l_mut_4;
if (l_31) {
const uint l_32 = l_26 % info.scalars_uint[2];
const uint l_33 = l_11 + l_32;
const uint l_34 = l_mut_3 + l_27;
const uint l_35 = l_34 * info.scalars_uint[0];
const uint l_36 = l_35 + l_33;
const uint l_37 = l_36 * uint(16);
const uint l_38 = l_37 + l_25;
const half_4 l_39 = buffer_0[l_38];
l_mut_30 = l_39;
}
const uint l_40 = l_24 * uint(18);
const uint l_41 = l_40 + l_25;
shared_memory_15[l_41] = l_mut_30;
l_mut_21 = l_mut_21 + uint(128);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_42 = l_14 * uint(72);
const uint l_43 = l_42 + uint(0);
const half l_44 = half(float(0.0));
const half l_45 = l_44;
frag_a_46 = make_filled_simdgroup_matrix<half, 8, 8>(l_45);
const uint l_47 = l_43 / uint(4);
const uint l_48 = l_43 + uint(512);
const uint l_49 = l_48 + uint(4);
const uint l_50 = l_49 - uint(1);
const uint l_51 = l_50 / uint(4);
const uint l_52 = l_51 - l_47;
simdgroup_load(frag_a_46, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_47), uint(72), 0, false);
const uint l_53 = l_14 * uint(72);
const uint l_54 = l_53 + uint(8);
const half l_55 = half(float(0.0));
const half l_56 = l_55;
frag_a_57 = make_filled_simdgroup_matrix<half, 8, 8>(l_56);
const uint l_58 = l_54 / uint(4);
const uint l_59 = l_54 + uint(512);
const uint l_60 = l_59 + uint(4);
const uint l_61 = l_60 - uint(1);
const uint l_62 = l_61 / uint(4);
const uint l_63 = l_62 - l_58;
simdgroup_load(frag_a_57, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_58), uint(72), 0, false);
const uint l_64 = l_14 * uint(72);
const uint l_65 = l_64 + uint(16);
const half l_66 = half(float(0.0));
const half l_67 = l_66;
frag_a_68 = make_filled_simdgroup_matrix<half, 8, 8>(l_67);
const uint l_69 = l_65 / uint(4);
const uint l_70 = l_65 + uint(512);
const uint l_71 = l_70 + uint(4);
const uint l_72 = l_71 - uint(1);
const uint l_73 = l_72 / uint(4);
const uint l_74 = l_73 - l_69;
simdgroup_load(frag_a_68, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_69), uint(72), 0, false);
const uint l_75 = l_14 * uint(72);
const uint l_76 = l_75 + uint(24);
const half l_77 = half(float(0.0));
const half l_78 = l_77;
frag_a_79 = make_filled_simdgroup_matrix<half, 8, 8>(l_78);
const uint l_80 = l_76 / uint(4);
const uint l_81 = l_76 + uint(512);
const uint l_82 = l_81 + uint(4);
const uint l_83 = l_82 - uint(1);
const uint l_84 = l_83 / uint(4);
const uint l_85 = l_84 - l_80;
simdgroup_load(frag_a_79, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_80), uint(72), 0, false);
const uint l_86 = l_14 * uint(72);
const uint l_87 = l_86 + uint(32);
const half l_88 = half(float(0.0));
const half l_89 = l_88;
frag_a_90 = make_filled_simdgroup_matrix<half, 8, 8>(l_89);
const uint l_91 = l_87 / uint(4);
const uint l_92 = l_87 + uint(512);
const uint l_93 = l_92 + uint(4);
const uint l_94 = l_93 - uint(1);
const uint l_95 = l_94 / uint(4);
const uint l_96 = l_95 - l_91;
simdgroup_load(frag_a_90, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_91), uint(72), 0, false);
const uint l_97 = l_14 * uint(72);
const uint l_98 = l_97 + uint(40);
const half l_99 = half(float(0.0));
const half l_100 = l_99;
frag_a_101 = make_filled_simdgroup_matrix<half, 8, 8>(l_100);
const uint l_102 = l_98 / uint(4);
const uint l_103 = l_98 + uint(512);
const uint l_104 = l_103 + uint(4);
const uint l_105 = l_104 - uint(1);
const uint l_106 = l_105 / uint(4);
const uint l_107 = l_106 - l_102;
simdgroup_load(frag_a_101, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_102), uint(72), 0, false);
const uint l_108 = l_14 * uint(72);
const uint l_109 = l_108 + uint(48);
const half l_110 = half(float(0.0));
const half l_111 = l_110;
frag_a_112 = make_filled_simdgroup_matrix<half, 8, 8>(l_111);
const uint l_113 = l_109 / uint(4);
const uint l_114 = l_109 + uint(512);
const uint l_115 = l_114 + uint(4);
const uint l_116 = l_115 - uint(1);
const uint l_117 = l_116 / uint(4);
const uint l_118 = l_117 - l_113;
simdgroup_load(frag_a_112, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_113), uint(72), 0, false);
const uint l_119 = l_14 * uint(72);
const uint l_120 = l_119 + uint(56);
const half l_121 = half(float(0.0));
const half l_122 = l_121;
frag_a_123 = make_filled_simdgroup_matrix<half, 8, 8>(l_122);
const uint l_124 = l_120 / uint(4);
const uint l_125 = l_120 + uint(512);
const uint l_126 = l_125 + uint(4);
const uint l_127 = l_126 - uint(1);
const uint l_128 = l_127 / uint(4);
const uint l_129 = l_128 - l_124;
simdgroup_load(frag_a_123, reinterpret_cast<threadgroup half *>(shared_memory_15 + l_124), uint(72), 0, false);
frag_acc_130 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_131 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_132 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_133 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_134 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_135 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_136 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
frag_acc_137 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
const uint l_138 = l_13 / uint(4);
const uint l_139 = l_14 + l_138;
const uint l_140 = l_13 % uint(4);
const uint l_141 = l_140 * uint(8);
const uint l_142 = l_8 + l_139;
const uint l_143 = l_142 / info.scalars_uint[2];
const uint l_144 = l_142 % info.scalars_uint[2];
const uint l_145 = l_11 + l_144;
l_mut_146 = info.scalars_float[2];
l_mut_147 = float(0.0);
const uint l_148 = l_8 / info.scalars_uint[2];
const uint l_149 = l_8 + uint(32);
const uint l_150 = l_149 - uint(1);
const uint l_151 = l_150 / info.scalars_uint[2];
l_mut_21 = l_151;
const bool l_152 = l_mut_21 >= l_mut_4;
if (l_152) {
const uint l_153 = l_mut_4 - uint(1);
l_mut_21 = l_153;
}
l_mut_154 = uint(0);
l_mut_155 = l_mut_7;
l_mut_21 = l_mut_154;
l_mut_156 = l_mut_155;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_155 = l_mut_21;
while (true) {
simdgroup_float8x8 frag_acc_197;
simdgroup_float8x8 frag_acc_230;
simdgroup_float8x8 frag_acc_263;
simdgroup_float8x8 frag_acc_296;
simdgroup_half8x8 frag_a_651;
simdgroup_half8x8 frag_a_686;
simdgroup_half8x8 frag_a_721;
simdgroup_half8x8 frag_a_756;
simdgroup_half8x8 frag_b_200;
simdgroup_half8x8 frag_b_203;
simdgroup_half8x8 frag_b_206;
simdgroup_half8x8 frag_b_209;
simdgroup_half8x8 frag_b_212;
simdgroup_half8x8 frag_b_215;
simdgroup_half8x8 frag_b_218;
simdgroup_half8x8 frag_b_221;
simdgroup_half8x8 frag_b_233;
simdgroup_half8x8 frag_b_236;
simdgroup_half8x8 frag_b_239;
simdgroup_half8x8 frag_b_242;
simdgroup_half8x8 frag_b_245;
simdgroup_half8x8 frag_b_248;
simdgroup_half8x8 frag_b_251;
simdgroup_half8x8 frag_b_254;
simdgroup_half8x8 frag_b_266;
simdgroup_half8x8 frag_b_269;
simdgroup_half8x8 frag_b_272;
simdgroup_half8x8 frag_b_275;
simdgroup_half8x8 frag_b_278;
simdgroup_half8x8 frag_b_281;
simdgroup_half8x8 frag_b_284;
simdgroup_half8x8 frag_b_287;
simdgroup_half8x8 frag_b_299;
simdgroup_half8x8 frag_b_302;
simdgroup_half8x8 frag_b_305;
simdgroup_half8x8 frag_b_308;
simdgroup_half8x8 frag_b_311;
simdgroup_half8x8 frag_b_314;
simdgroup_half8x8 frag_b_317;
simdgroup_half8x8 frag_b_320;
simdgroup_half8x8 frag_b_660;
simdgroup_half8x8 frag_b_663;
simdgroup_half8x8 frag_b_666;
simdgroup_half8x8 frag_b_669;
simdgroup_half8x8 frag_b_672;
simdgroup_half8x8 frag_b_675;
simdgroup_half8x8 frag_b_678;
simdgroup_half8x8 frag_b_681;
simdgroup_half8x8 frag_b_695;
simdgroup_half8x8 frag_b_698;
simdgroup_half8x8 frag_b_701;
simdgroup_half8x8 frag_b_704;
simdgroup_half8x8 frag_b_707;
simdgroup_half8x8 frag_b_710;
simdgroup_half8x8 frag_b_713;
simdgroup_half8x8 frag_b_716;
simdgroup_half8x8 frag_b_730;
simdgroup_half8x8 frag_b_733;
simdgroup_half8x8 frag_b_736;
simdgroup_half8x8 frag_b_739;
simdgroup_half8x8 frag_b_742;
simdgroup_half8x8 frag_b_745;
simdgroup_half8x8 frag_b_748;
simdgroup_half8x8 frag_b_751;
simdgroup_half8x8 frag_b_765;
simdgroup_half8x8 frag_b_768;
simdgroup_half8x8 frag_b_771;
simdgroup_half8x8 frag_b_774;
simdgroup_half8x8 frag_b_777;
simdgroup_half8x8 frag_b_780;
simdgroup_half8x8 frag_b_783;
simdgroup_half8x8 frag_b_786;
const bool l_157 = l_mut_155 < l_mut_156;
const bool l_158 = !l_157;
if (l_158) {
break;}
l_mut_154 = thread_index_in_threadgroup;
while (true) {
const bool l_159 = l_mut_154 < uint(512);
const bool l_160 = !l_159;
if (l_160) {
break;}
const uint l_161 = l_mut_154 / uint(16);
const uint l_162 = l_mut_154 % uint(16);
const uint l_163 = l_mut_155 + l_161;
const uint l_164 = l_163 / uint(1);
const float_4 l_165 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const half_4 l_166 = half_4{
half(l_165.i_0),half(l_165.i_1),half(l_165.i_2),half(l_165.i_3),};
l_mut_30 = l_166;
const bool l_167 = l_164 < l_mut_7;
if (l_167) {
const uint l_168 = l_163 % uint(1);
const uint l_169 = l_1 + l_168;
const uint l_170 = l_mut_6 + l_164;
const uint l_171 = l_170 * info.scalars_uint[1];
const uint l_172 = l_171 + l_169;
const uint l_173 = l_172 * uint(16);
const uint l_174 = l_173 + l_162;
const half_4 l_175 = buffer_1[l_174];
l_mut_30 = l_175;
}
const uint l_176 = l_161 * uint(18);
const uint l_177 = l_176 + l_162;
shared_memory_15[l_177] = l_mut_30;
l_mut_154 = l_mut_154 + uint(128);
}
l_mut_154 = thread_index_in_threadgroup;
while (true) {
const bool l_178 = l_mut_154 < uint(512);
const bool l_179 = !l_178;
if (l_179) {
break;}
const uint l_180 = l_mut_154 / uint(16);
const uint l_181 = l_mut_154 % uint(16);
const uint l_182 = l_mut_155 + l_180;
const uint l_183 = l_182 / uint(1);
const float_4 l_184 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
const half_4 l_185 = half_4{
half(l_184.i_0),half(l_184.i_1),half(l_184.i_2),half(l_184.i_3),};
l_mut_30 = l_185;
const bool l_186 = l_183 < l_mut_7;
if (l_186) {
const uint l_187 = l_182 % uint(1);
const uint l_188 = l_1 + l_187;
const uint l_189 = l_mut_6 + l_183;
const uint l_190 = l_189 * info.scalars_uint[1];
const uint l_191 = l_190 + l_188;
const uint l_192 = l_191 * uint(16);
const uint l_193 = l_192 + l_181;
const half_4 l_194 = buffer_2[l_193];
l_mut_30 = l_194;
}
const uint l_195 = l_180 * uint(18);
const uint l_196 = l_195 + l_181;
shared_memory_16[l_196] = l_mut_30;
l_mut_154 = l_mut_154 + uint(128);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
frag_acc_197 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
const half l_198 = half(float(0.0));
const half l_199 = l_198;
frag_b_200 = make_filled_simdgroup_matrix<half, 8, 8>(l_199);
simdgroup_load(frag_b_200, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(0)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_46, frag_b_200, frag_acc_197);
const half l_201 = half(float(0.0));
const half l_202 = l_201;
frag_b_203 = make_filled_simdgroup_matrix<half, 8, 8>(l_202);
simdgroup_load(frag_b_203, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(2)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_57, frag_b_203, frag_acc_197);
const half l_204 = half(float(0.0));
const half l_205 = l_204;
frag_b_206 = make_filled_simdgroup_matrix<half, 8, 8>(l_205);
simdgroup_load(frag_b_206, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(4)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_68, frag_b_206, frag_acc_197);
const half l_207 = half(float(0.0));
const half l_208 = l_207;
frag_b_209 = make_filled_simdgroup_matrix<half, 8, 8>(l_208);
simdgroup_load(frag_b_209, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(6)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_79, frag_b_209, frag_acc_197);
const half l_210 = half(float(0.0));
const half l_211 = l_210;
frag_b_212 = make_filled_simdgroup_matrix<half, 8, 8>(l_211);
simdgroup_load(frag_b_212, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(8)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_90, frag_b_212, frag_acc_197);
const half l_213 = half(float(0.0));
const half l_214 = l_213;
frag_b_215 = make_filled_simdgroup_matrix<half, 8, 8>(l_214);
simdgroup_load(frag_b_215, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(10)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_101, frag_b_215, frag_acc_197);
const half l_216 = half(float(0.0));
const half l_217 = l_216;
frag_b_218 = make_filled_simdgroup_matrix<half, 8, 8>(l_217);
simdgroup_load(frag_b_218, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(12)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_112, frag_b_218, frag_acc_197);
const half l_219 = half(float(0.0));
const half l_220 = l_219;
frag_b_221 = make_filled_simdgroup_matrix<half, 8, 8>(l_220);
simdgroup_load(frag_b_221, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(14)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_197, frag_a_123, frag_b_221, frag_acc_197);
const uint l_222 = l_14 * uint(40);
const uint l_223 = l_222 + uint(0);
const uint l_224 = l_223 / uint(4);
const uint l_225 = l_223 + uint(288);
const uint l_226 = l_225 + uint(4);
const uint l_227 = l_226 - uint(1);
const uint l_228 = l_227 / uint(4);
const uint l_229 = l_228 - l_224;
simdgroup_store(frag_acc_197, reinterpret_cast<threadgroup float *>(shared_memory_17 + l_224), uint(40));
simdgroup_barrier(mem_flags::mem_none);
frag_acc_230 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
const half l_231 = half(float(0.0));
const half l_232 = l_231;
frag_b_233 = make_filled_simdgroup_matrix<half, 8, 8>(l_232);
simdgroup_load(frag_b_233, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(144)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_46, frag_b_233, frag_acc_230);
const half l_234 = half(float(0.0));
const half l_235 = l_234;
frag_b_236 = make_filled_simdgroup_matrix<half, 8, 8>(l_235);
simdgroup_load(frag_b_236, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(146)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_57, frag_b_236, frag_acc_230);
const half l_237 = half(float(0.0));
const half l_238 = l_237;
frag_b_239 = make_filled_simdgroup_matrix<half, 8, 8>(l_238);
simdgroup_load(frag_b_239, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(148)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_68, frag_b_239, frag_acc_230);
const half l_240 = half(float(0.0));
const half l_241 = l_240;
frag_b_242 = make_filled_simdgroup_matrix<half, 8, 8>(l_241);
simdgroup_load(frag_b_242, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(150)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_79, frag_b_242, frag_acc_230);
const half l_243 = half(float(0.0));
const half l_244 = l_243;
frag_b_245 = make_filled_simdgroup_matrix<half, 8, 8>(l_244);
simdgroup_load(frag_b_245, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(152)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_90, frag_b_245, frag_acc_230);
const half l_246 = half(float(0.0));
const half l_247 = l_246;
frag_b_248 = make_filled_simdgroup_matrix<half, 8, 8>(l_247);
simdgroup_load(frag_b_248, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(154)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_101, frag_b_248, frag_acc_230);
const half l_249 = half(float(0.0));
const half l_250 = l_249;
frag_b_251 = make_filled_simdgroup_matrix<half, 8, 8>(l_250);
simdgroup_load(frag_b_251, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(156)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_112, frag_b_251, frag_acc_230);
const half l_252 = half(float(0.0));
const half l_253 = l_252;
frag_b_254 = make_filled_simdgroup_matrix<half, 8, 8>(l_253);
simdgroup_load(frag_b_254, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(158)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_230, frag_a_123, frag_b_254, frag_acc_230);
const uint l_255 = l_14 * uint(40);
const uint l_256 = l_255 + uint(8);
const uint l_257 = l_256 / uint(4);
const uint l_258 = l_256 + uint(288);
const uint l_259 = l_258 + uint(4);
const uint l_260 = l_259 - uint(1);
const uint l_261 = l_260 / uint(4);
const uint l_262 = l_261 - l_257;
simdgroup_store(frag_acc_230, reinterpret_cast<threadgroup float *>(shared_memory_17 + l_257), uint(40));
simdgroup_barrier(mem_flags::mem_none);
frag_acc_263 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
const half l_264 = half(float(0.0));
const half l_265 = l_264;
frag_b_266 = make_filled_simdgroup_matrix<half, 8, 8>(l_265);
simdgroup_load(frag_b_266, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(288)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_46, frag_b_266, frag_acc_263);
const half l_267 = half(float(0.0));
const half l_268 = l_267;
frag_b_269 = make_filled_simdgroup_matrix<half, 8, 8>(l_268);
simdgroup_load(frag_b_269, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(290)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_57, frag_b_269, frag_acc_263);
const half l_270 = half(float(0.0));
const half l_271 = l_270;
frag_b_272 = make_filled_simdgroup_matrix<half, 8, 8>(l_271);
simdgroup_load(frag_b_272, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(292)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_68, frag_b_272, frag_acc_263);
const half l_273 = half(float(0.0));
const half l_274 = l_273;
frag_b_275 = make_filled_simdgroup_matrix<half, 8, 8>(l_274);
simdgroup_load(frag_b_275, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(294)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_79, frag_b_275, frag_acc_263);
const half l_276 = half(float(0.0));
const half l_277 = l_276;
frag_b_278 = make_filled_simdgroup_matrix<half, 8, 8>(l_277);
simdgroup_load(frag_b_278, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(296)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_90, frag_b_278, frag_acc_263);
const half l_279 = half(float(0.0));
const half l_280 = l_279;
frag_b_281 = make_filled_simdgroup_matrix<half, 8, 8>(l_280);
simdgroup_load(frag_b_281, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(298)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_101, frag_b_281, frag_acc_263);
const half l_282 = half(float(0.0));
const half l_283 = l_282;
frag_b_284 = make_filled_simdgroup_matrix<half, 8, 8>(l_283);
simdgroup_load(frag_b_284, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(300)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_112, frag_b_284, frag_acc_263);
const half l_285 = half(float(0.0));
const half l_286 = l_285;
frag_b_287 = make_filled_simdgroup_matrix<half, 8, 8>(l_286);
simdgroup_load(frag_b_287, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(302)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_263, frag_a_123, frag_b_287, frag_acc_263);
const uint l_288 = l_14 * uint(40);
const uint l_289 = l_288 + uint(16);
const uint l_290 = l_289 / uint(4);
const uint l_291 = l_289 + uint(288);
const uint l_292 = l_291 + uint(4);
const uint l_293 = l_292 - uint(1);
const uint l_294 = l_293 / uint(4);
const uint l_295 = l_294 - l_290;
simdgroup_store(frag_acc_263, reinterpret_cast<threadgroup float *>(shared_memory_17 + l_290), uint(40));
simdgroup_barrier(mem_flags::mem_none);
frag_acc_296 = make_filled_simdgroup_matrix<float, 8, 8>(float(0.0));
const half l_297 = half(float(0.0));
const half l_298 = l_297;
frag_b_299 = make_filled_simdgroup_matrix<half, 8, 8>(l_298);
simdgroup_load(frag_b_299, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(432)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_46, frag_b_299, frag_acc_296);
const half l_300 = half(float(0.0));
const half l_301 = l_300;
frag_b_302 = make_filled_simdgroup_matrix<half, 8, 8>(l_301);
simdgroup_load(frag_b_302, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(434)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_57, frag_b_302, frag_acc_296);
const half l_303 = half(float(0.0));
const half l_304 = l_303;
frag_b_305 = make_filled_simdgroup_matrix<half, 8, 8>(l_304);
simdgroup_load(frag_b_305, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(436)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_68, frag_b_305, frag_acc_296);
const half l_306 = half(float(0.0));
const half l_307 = l_306;
frag_b_308 = make_filled_simdgroup_matrix<half, 8, 8>(l_307);
simdgroup_load(frag_b_308, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(438)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_79, frag_b_308, frag_acc_296);
const half l_309 = half(float(0.0));
const half l_310 = l_309;
frag_b_311 = make_filled_simdgroup_matrix<half, 8, 8>(l_310);
simdgroup_load(frag_b_311, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(440)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_90, frag_b_311, frag_acc_296);
const half l_312 = half(float(0.0));
const half l_313 = l_312;
frag_b_314 = make_filled_simdgroup_matrix<half, 8, 8>(l_313);
simdgroup_load(frag_b_314, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(442)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_101, frag_b_314, frag_acc_296);
const half l_315 = half(float(0.0));
const half l_316 = l_315;
frag_b_317 = make_filled_simdgroup_matrix<half, 8, 8>(l_316);
simdgroup_load(frag_b_317, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(444)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_112, frag_b_317, frag_acc_296);
const half l_318 = half(float(0.0));
const half l_319 = l_318;
frag_b_320 = make_filled_simdgroup_matrix<half, 8, 8>(l_319);
simdgroup_load(frag_b_320, reinterpret_cast<threadgroup half *>(shared_memory_15 + uint(446)), uint(72), 0, true);
simdgroup_multiply_accumulate(frag_acc_296, frag_a_123, frag_b_320, frag_acc_296);
const uint l_321 = l_14 * uint(40);
const uint l_322 = l_321 + uint(24);
const uint l_323 = l_322 / uint(4);
const uint l_324 = l_322 + uint(288);
const uint l_325 = l_324 + uint(4);
const uint l_326 = l_325 - uint(1);
const uint l_327 = l_326 / uint(4);
const uint l_328 = l_327 - l_323;
simdgroup_store(frag_acc_296, reinterpret_cast<threadgroup float *>(shared_memory_17 + l_323), uint(40));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_330 = l_mut_155 + uint(32);
const bool l_331 = l_330 <= l_mut_156;
const uint l_332 = l_8 / info.scalars_uint[2];
const uint l_333 = l_8 + uint(32);
const uint l_334 = l_333 - uint(1);
const uint l_335 = l_334 / info.scalars_uint[2];
const bool l_336 = l_335 < l_mut_4;
const uint l_337 = l_mut_155 + uint(32);
const bool l_338 = l_337 <= l_mut_7;
const bool l_339 = l_336 && l_338;
l_mut_340 = l_339;
const bool l_341 = l_331 && l_mut_340;
const uint l_342 = l_139 * uint(40);
const uint l_343 = l_342 + l_141;
const uint l_344 = l_343 / uint(4);
const uint l_345 = l_344 + uint(0);
const float_4 l_346 = shared_memory_17[l_345];
const float l_347 = l_346.i_0;
l_arr_329[uint(0)] = l_347;
const float l_348 = l_346.i_1;
l_arr_329[uint(1)] = l_348;
const float l_349 = l_346.i_2;
l_arr_329[uint(2)] = l_349;
const float l_350 = l_346.i_3;
l_arr_329[uint(3)] = l_350;
const uint l_351 = l_344 + uint(1);
const float_4 l_352 = shared_memory_17[l_351];
const float l_353 = l_352.i_0;
l_arr_329[uint(4)] = l_353;
const float l_354 = l_352.i_1;
l_arr_329[uint(5)] = l_354;
const float l_355 = l_352.i_2;
l_arr_329[uint(6)] = l_355;
const float l_356 = l_352.i_3;
l_arr_329[uint(7)] = l_356;
l_mut_357 = info.scalars_float[2];
const bool l_358 = l_341 && bool(true);
if (l_358) {
const float l_359 = l_arr_329[uint(0)];
const float l_360 = l_359 * info.scalars_float[0];
l_arr_329[uint(0)] = l_360;
const bool l_361 = l_360 > l_mut_357;
if (l_361) {
l_mut_357 = l_360;
}
const float l_362 = l_arr_329[uint(1)];
const float l_363 = l_362 * info.scalars_float[0];
l_arr_329[uint(1)] = l_363;
const bool l_364 = l_363 > l_mut_357;
if (l_364) {
l_mut_357 = l_363;
}
const float l_365 = l_arr_329[uint(2)];
const float l_366 = l_365 * info.scalars_float[0];
l_arr_329[uint(2)] = l_366;
const bool l_367 = l_366 > l_mut_357;
if (l_367) {
l_mut_357 = l_366;
}
const float l_368 = l_arr_329[uint(3)];
const float l_369 = l_368 * info.scalars_float[0];
l_arr_329[uint(3)] = l_369;
const bool l_370 = l_369 > l_mut_357;
if (l_370) {
l_mut_357 = l_369;
}
const float l_371 = l_arr_329[uint(4)];
const float l_372 = l_371 * info.scalars_float[0];
l_arr_329[uint(4)] = l_372;
const bool l_373 = l_372 > l_mut_357;
if (l_373) {
l_mut_357 = l_372;
}
const float l_374 = l_arr_329[uint(5)];
const float l_375 = l_374 * info.scalars_float[0];
l_arr_329[uint(5)] = l_375;
const bool l_376 = l_375 > l_mut_357;
if (l_376) {
l_mut_357 = l_375;
}
const float l_377 = l_arr_329[uint(6)];
const float l_378 = l_377 * info.scalars_float[0];
l_arr_329[uint(6)] = l_378;
const bool l_379 = l_378 > l_mut_357;
if (l_379) {
l_mut_357 = l_378;
}
const float l_380 = l_arr_329[uint(7)];
const float l_381 = l_380 * info.scalars_float[0];
l_arr_329[uint(7)] = l_381;
const bool l_382 = l_381 > l_mut_357;
if (l_382) {
l_mut_357 = l_381;
}
} else {
const uint l_383 = l_mut_155 + l_141;
const uint l_384 = l_383 + uint(0);
l_mut_385 = info.scalars_float[2];
const bool l_386 = l_384 < l_mut_156;
if (l_386) {
const float l_387 = l_arr_329[uint(0)];
const float l_388 = l_387 * info.scalars_float[0];
l_mut_389 = l_388;
l_mut_390 = l_mut_389;
const bool l_391 = l_143 < l_mut_4;
const bool l_392 = l_384 < l_mut_7;
const bool l_393 = l_391 && l_392;
l_mut_340 = l_393;
if (l_mut_340) {
const uint l_394 = l_0 * info.scalars_uint[6];
const uint l_395 = l_145 * info.scalars_uint[7];
const uint l_396 = l_394 + l_395;
const uint l_397 = l_143 * info.scalars_uint[4];
const uint l_398 = l_396 + l_397;
const uint l_399 = l_398 + l_384;
}
const bool l_400 = !l_mut_340;
if (l_400) {
l_mut_389 = info.scalars_float[2];
}
l_mut_385 = l_mut_389;
}
const bool l_401 = l_mut_385 > l_mut_357;
if (l_401) {
l_mut_357 = l_mut_385;
}
l_arr_329[uint(0)] = l_mut_385;
const uint l_402 = l_mut_155 + l_141;
const uint l_403 = l_402 + uint(1);
l_mut_390 = info.scalars_float[2];
const bool l_404 = l_403 < l_mut_156;
if (l_404) {
const float l_405 = l_arr_329[uint(1)];
const float l_406 = l_405 * info.scalars_float[0];
l_mut_389 = l_406;
l_mut_385 = l_mut_389;
const bool l_407 = l_143 < l_mut_4;
const bool l_408 = l_403 < l_mut_7;
const bool l_409 = l_407 && l_408;
l_mut_340 = l_409;
if (l_mut_340) {
const uint l_410 = l_0 * info.scalars_uint[6];
const uint l_411 = l_145 * info.scalars_uint[7];
const uint l_412 = l_410 + l_411;
const uint l_413 = l_143 * info.scalars_uint[4];
const uint l_414 = l_412 + l_413;
const uint l_415 = l_414 + l_403;
}
const bool l_416 = !l_mut_340;
if (l_416) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_417 = l_mut_390 > l_mut_357;
if (l_417) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(1)] = l_mut_390;
const uint l_418 = l_mut_155 + l_141;
const uint l_419 = l_418 + uint(2);
l_mut_390 = info.scalars_float[2];
const bool l_420 = l_419 < l_mut_156;
if (l_420) {
const float l_421 = l_arr_329[uint(2)];
const float l_422 = l_421 * info.scalars_float[0];
l_mut_389 = l_422;
l_mut_385 = l_mut_389;
const bool l_423 = l_143 < l_mut_4;
const bool l_424 = l_419 < l_mut_7;
const bool l_425 = l_423 && l_424;
l_mut_340 = l_425;
if (l_mut_340) {
const uint l_426 = l_0 * info.scalars_uint[6];
const uint l_427 = l_145 * info.scalars_uint[7];
const uint l_428 = l_426 + l_427;
const uint l_429 = l_143 * info.scalars_uint[4];
const uint l_430 = l_428 + l_429;
const uint l_431 = l_430 + l_419;
}
const bool l_432 = !l_mut_340;
if (l_432) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_433 = l_mut_390 > l_mut_357;
if (l_433) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(2)] = l_mut_390;
const uint l_434 = l_mut_155 + l_141;
const uint l_435 = l_434 + uint(3);
l_mut_390 = info.scalars_float[2];
const bool l_436 = l_435 < l_mut_156;
if (l_436) {
const float l_437 = l_arr_329[uint(3)];
const float l_438 = l_437 * info.scalars_float[0];
l_mut_389 = l_438;
l_mut_385 = l_mut_389;
const bool l_439 = l_143 < l_mut_4;
const bool l_440 = l_435 < l_mut_7;
const bool l_441 = l_439 && l_440;
l_mut_340 = l_441;
if (l_mut_340) {
const uint l_442 = l_0 * info.scalars_uint[6];
const uint l_443 = l_145 * info.scalars_uint[7];
const uint l_444 = l_442 + l_443;
const uint l_445 = l_143 * info.scalars_uint[4];
const uint l_446 = l_444 + l_445;
const uint l_447 = l_446 + l_435;
}
const bool l_448 = !l_mut_340;
if (l_448) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_449 = l_mut_390 > l_mut_357;
if (l_449) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(3)] = l_mut_390;
const uint l_450 = l_mut_155 + l_141;
const uint l_451 = l_450 + uint(4);
l_mut_390 = info.scalars_float[2];
const bool l_452 = l_451 < l_mut_156;
if (l_452) {
const float l_453 = l_arr_329[uint(4)];
const float l_454 = l_453 * info.scalars_float[0];
l_mut_389 = l_454;
l_mut_385 = l_mut_389;
const bool l_455 = l_143 < l_mut_4;
const bool l_456 = l_451 < l_mut_7;
const bool l_457 = l_455 && l_456;
l_mut_340 = l_457;
if (l_mut_340) {
const uint l_458 = l_0 * info.scalars_uint[6];
const uint l_459 = l_145 * info.scalars_uint[7];
const uint l_460 = l_458 + l_459;
const uint l_461 = l_143 * info.scalars_uint[4];
const uint l_462 = l_460 + l_461;
const uint l_463 = l_462 + l_451;
}
const bool l_464 = !l_mut_340;
if (l_464) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_465 = l_mut_390 > l_mut_357;
if (l_465) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(4)] = l_mut_390;
const uint l_466 = l_mut_155 + l_141;
const uint l_467 = l_466 + uint(5);
l_mut_390 = info.scalars_float[2];
const bool l_468 = l_467 < l_mut_156;
if (l_468) {
const float l_469 = l_arr_329[uint(5)];
const float l_470 = l_469 * info.scalars_float[0];
l_mut_389 = l_470;
l_mut_385 = l_mut_389;
const bool l_471 = l_143 < l_mut_4;
const bool l_472 = l_467 < l_mut_7;
const bool l_473 = l_471 && l_472;
l_mut_340 = l_473;
if (l_mut_340) {
const uint l_474 = l_0 * info.scalars_uint[6];
const uint l_475 = l_145 * info.scalars_uint[7];
const uint l_476 = l_474 + l_475;
const uint l_477 = l_143 * info.scalars_uint[4];
const uint l_478 = l_476 + l_477;
const uint l_479 = l_478 + l_467;
}
const bool l_480 = !l_mut_340;
if (l_480) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_481 = l_mut_390 > l_mut_357;
if (l_481) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(5)] = l_mut_390;
const uint l_482 = l_mut_155 + l_141;
const uint l_483 = l_482 + uint(6);
l_mut_390 = info.scalars_float[2];
const bool l_484 = l_483 < l_mut_156;
if (l_484) {
const float l_485 = l_arr_329[uint(6)];
const float l_486 = l_485 * info.scalars_float[0];
l_mut_389 = l_486;
l_mut_385 = l_mut_389;
const bool l_487 = l_143 < l_mut_4;
const bool l_488 = l_483 < l_mut_7;
const bool l_489 = l_487 && l_488;
l_mut_340 = l_489;
if (l_mut_340) {
const uint l_490 = l_0 * info.scalars_uint[6];
const uint l_491 = l_145 * info.scalars_uint[7];
const uint l_492 = l_490 + l_491;
const uint l_493 = l_143 * info.scalars_uint[4];
const uint l_494 = l_492 + l_493;
const uint l_495 = l_494 + l_483;
}
const bool l_496 = !l_mut_340;
if (l_496) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_497 = l_mut_390 > l_mut_357;
if (l_497) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(6)] = l_mut_390;
const uint l_498 = l_mut_155 + l_141;
const uint l_499 = l_498 + uint(7);
l_mut_390 = info.scalars_float[2];
const bool l_500 = l_499 < l_mut_156;
if (l_500) {
const float l_501 = l_arr_329[uint(7)];
const float l_502 = l_501 * info.scalars_float[0];
l_mut_389 = l_502;
l_mut_385 = l_mut_389;
const bool l_503 = l_143 < l_mut_4;
const bool l_504 = l_499 < l_mut_7;
const bool l_505 = l_503 && l_504;
l_mut_340 = l_505;
if (l_mut_340) {
const uint l_506 = l_0 * info.scalars_uint[6];
const uint l_507 = l_145 * info.scalars_uint[7];
const uint l_508 = l_506 + l_507;
const uint l_509 = l_143 * info.scalars_uint[4];
const uint l_510 = l_508 + l_509;
const uint l_511 = l_510 + l_499;
}
const bool l_512 = !l_mut_340;
if (l_512) {
l_mut_389 = info.scalars_float[2];
}
l_mut_390 = l_mut_389;
}
const bool l_513 = l_mut_390 > l_mut_357;
if (l_513) {
l_mut_357 = l_mut_390;
}
l_arr_329[uint(7)] = l_mut_390;
}
const float l_514 = { simd_shuffle_xor(l_mut_357, uint(1)) };
const bool l_515 = l_514 > l_mut_357;
if (l_515) {
l_mut_357 = l_514;
}
const float l_516 = { simd_shuffle_xor(l_mut_357, uint(2)) };
const bool l_517 = l_516 > l_mut_357;
if (l_517) {
l_mut_357 = l_516;
}
l_mut_390 = float(1.0);
l_mut_340 = bool(false);
const bool l_518 = l_mut_357 > info.scalars_float[2];
if (l_518) {
const bool l_519 = l_mut_146 == info.scalars_float[2];
if (l_519) {
l_mut_146 = l_mut_357;
} else {
const float l_520 = l_mut_146 + float(8.0);
const bool l_521 = l_mut_357 > l_520;
if (l_521) {
const float l_522 = l_mut_146 - l_mut_357;
const float l_523 = exp(l_522);
l_mut_390 = l_523;
l_mut_146 = l_mut_357;
l_mut_340 = bool(true);
}
}
}
l_mut_389 = float(0.0);
const uint l_524 = l_139 * uint(40);
const uint l_525 = l_524 + l_141;
const uint l_526 = l_525 / uint(4);
const float_4 l_527 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_528 = l_527;
l_mut_529 = l_mut_528;
const float l_530 = l_arr_329[uint(0)];
l_mut_385 = float(0.0);
const bool l_531 = l_530 > info.scalars_float[2];
if (l_531) {
const float l_532 = l_530 - l_mut_146;
const float l_533 = exp(l_532);
l_mut_385 = l_533;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_529.i_0 = l_mut_385;
const float l_534 = l_arr_329[uint(1)];
l_mut_385 = float(0.0);
const bool l_535 = l_534 > info.scalars_float[2];
if (l_535) {
const float l_536 = l_534 - l_mut_146;
const float l_537 = exp(l_536);
l_mut_385 = l_537;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_529.i_1 = l_mut_385;
const float l_538 = l_arr_329[uint(2)];
l_mut_385 = float(0.0);
const bool l_539 = l_538 > info.scalars_float[2];
if (l_539) {
const float l_540 = l_538 - l_mut_146;
const float l_541 = exp(l_540);
l_mut_385 = l_541;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_529.i_2 = l_mut_385;
const float l_542 = l_arr_329[uint(3)];
l_mut_385 = float(0.0);
const bool l_543 = l_542 > info.scalars_float[2];
if (l_543) {
const float l_544 = l_542 - l_mut_146;
const float l_545 = exp(l_544);
l_mut_385 = l_545;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_529.i_3 = l_mut_385;
const uint l_546 = l_526 + uint(0);
const half_4 l_547 = half_4{
half(l_mut_529.i_0),half(l_mut_529.i_1),half(l_mut_529.i_2),half(l_mut_529.i_3),};
shared_memory_18[l_546] = reinterpret_cast<thread half_4 const&>(l_547);
const float_4 l_548 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_529 = l_548;
l_mut_528 = l_mut_529;
const float l_549 = l_arr_329[uint(4)];
l_mut_385 = float(0.0);
const bool l_550 = l_549 > info.scalars_float[2];
if (l_550) {
const float l_551 = l_549 - l_mut_146;
const float l_552 = exp(l_551);
l_mut_385 = l_552;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_528.i_0 = l_mut_385;
const float l_553 = l_arr_329[uint(5)];
l_mut_385 = float(0.0);
const bool l_554 = l_553 > info.scalars_float[2];
if (l_554) {
const float l_555 = l_553 - l_mut_146;
const float l_556 = exp(l_555);
l_mut_385 = l_556;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_528.i_1 = l_mut_385;
const float l_557 = l_arr_329[uint(6)];
l_mut_385 = float(0.0);
const bool l_558 = l_557 > info.scalars_float[2];
if (l_558) {
const float l_559 = l_557 - l_mut_146;
const float l_560 = exp(l_559);
l_mut_385 = l_560;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_528.i_2 = l_mut_385;
const float l_561 = l_arr_329[uint(7)];
l_mut_385 = float(0.0);
const bool l_562 = l_561 > info.scalars_float[2];
if (l_562) {
const float l_563 = l_561 - l_mut_146;
const float l_564 = exp(l_563);
l_mut_385 = l_564;
}
l_mut_389 = l_mut_389 + l_mut_385;
l_mut_528.i_3 = l_mut_385;
const uint l_565 = l_526 + uint(1);
const half_4 l_566 = half_4{
half(l_mut_528.i_0),half(l_mut_528.i_1),half(l_mut_528.i_2),half(l_mut_528.i_3),};
shared_memory_18[l_565] = reinterpret_cast<thread half_4 const&>(l_566);
const float l_567 = { simd_shuffle_xor(l_mut_389, uint(1)) };
l_mut_389 = l_mut_389 + l_567;
const float l_568 = { simd_shuffle_xor(l_mut_389, uint(2)) };
l_mut_389 = l_mut_389 + l_568;
const float l_569 = l_mut_147 * l_mut_390;
const float l_570 = l_569 + l_mut_389;
l_mut_147 = l_570;
const bool l_571 = bool {simd_or(l_mut_340? 1u : 0u) != 0u
};
if (l_571) {
const bool l_572 = l_141 == uint(0);
if (l_572) {
shared_memory_20[l_139] = l_mut_390;
}
const uint l_573 = l_14 * uint(72);
const uint l_574 = l_573 + uint(0);
const uint l_575 = l_574 + uint(512);
const uint l_576 = l_575 - l_574;
simdgroup_store(frag_acc_130, shared_memory_19 + l_574, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_577 = l_14 * uint(72);
const uint l_578 = l_577 + uint(8);
const uint l_579 = l_578 + uint(512);
const uint l_580 = l_579 - l_578;
simdgroup_store(frag_acc_131, shared_memory_19 + l_578, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_581 = l_14 * uint(72);
const uint l_582 = l_581 + uint(16);
const uint l_583 = l_582 + uint(512);
const uint l_584 = l_583 - l_582;
simdgroup_store(frag_acc_132, shared_memory_19 + l_582, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_585 = l_14 * uint(72);
const uint l_586 = l_585 + uint(24);
const uint l_587 = l_586 + uint(512);
const uint l_588 = l_587 - l_586;
simdgroup_store(frag_acc_133, shared_memory_19 + l_586, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_589 = l_14 * uint(72);
const uint l_590 = l_589 + uint(32);
const uint l_591 = l_590 + uint(512);
const uint l_592 = l_591 - l_590;
simdgroup_store(frag_acc_134, shared_memory_19 + l_590, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_593 = l_14 * uint(72);
const uint l_594 = l_593 + uint(40);
const uint l_595 = l_594 + uint(512);
const uint l_596 = l_595 - l_594;
simdgroup_store(frag_acc_135, shared_memory_19 + l_594, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_597 = l_14 * uint(72);
const uint l_598 = l_597 + uint(48);
const uint l_599 = l_598 + uint(512);
const uint l_600 = l_599 - l_598;
simdgroup_store(frag_acc_136, shared_memory_19 + l_598, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_601 = l_14 * uint(72);
const uint l_602 = l_601 + uint(56);
const uint l_603 = l_602 + uint(512);
const uint l_604 = l_603 - l_602;
simdgroup_store(frag_acc_137, shared_memory_19 + l_602, uint(72));
simdgroup_barrier(mem_flags::mem_none);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
if (l_571) {
l_mut_154 = l_13;
while (true) {
const bool l_605 = l_mut_154 < uint(512);
const bool l_606 = !l_605;
if (l_606) {
break;}
const uint l_607 = l_mut_154 / uint(64);
const uint l_608 = l_14 + l_607;
const uint l_609 = l_mut_154 % uint(64);
const uint l_610 = l_608 * uint(72);
const uint l_611 = l_610 + l_609;
const float l_612 = shared_memory_20[l_608];
const float l_613 = shared_memory_19[l_611];
const float l_614 = l_613 * l_612;
shared_memory_19[l_611] = l_614;
l_mut_154 = l_mut_154 + uint(32);
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
if (l_571) {
const uint l_615 = l_14 * uint(72);
const uint l_616 = l_615 + uint(0);
const uint l_617 = l_616 + uint(512);
const uint l_618 = l_617 - l_616;
simdgroup_load(frag_acc_130, shared_memory_19 + l_616, uint(72), 0, false);
const uint l_619 = l_14 * uint(72);
const uint l_620 = l_619 + uint(8);
const uint l_621 = l_620 + uint(512);
const uint l_622 = l_621 - l_620;
simdgroup_load(frag_acc_131, shared_memory_19 + l_620, uint(72), 0, false);
const uint l_623 = l_14 * uint(72);
const uint l_624 = l_623 + uint(16);
const uint l_625 = l_624 + uint(512);
const uint l_626 = l_625 - l_624;
simdgroup_load(frag_acc_132, shared_memory_19 + l_624, uint(72), 0, false);
const uint l_627 = l_14 * uint(72);
const uint l_628 = l_627 + uint(24);
const uint l_629 = l_628 + uint(512);
const uint l_630 = l_629 - l_628;
simdgroup_load(frag_acc_133, shared_memory_19 + l_628, uint(72), 0, false);
const uint l_631 = l_14 * uint(72);
const uint l_632 = l_631 + uint(32);
const uint l_633 = l_632 + uint(512);
const uint l_634 = l_633 - l_632;
simdgroup_load(frag_acc_134, shared_memory_19 + l_632, uint(72), 0, false);
const uint l_635 = l_14 * uint(72);
const uint l_636 = l_635 + uint(40);
const uint l_637 = l_636 + uint(512);
const uint l_638 = l_637 - l_636;
simdgroup_load(frag_acc_135, shared_memory_19 + l_636, uint(72), 0, false);
const uint l_639 = l_14 * uint(72);
const uint l_640 = l_639 + uint(48);
const uint l_641 = l_640 + uint(512);
const uint l_642 = l_641 - l_640;
simdgroup_load(frag_acc_136, shared_memory_19 + l_640, uint(72), 0, false);
const uint l_643 = l_14 * uint(72);
const uint l_644 = l_643 + uint(56);
const uint l_645 = l_644 + uint(512);
const uint l_646 = l_645 - l_644;
simdgroup_load(frag_acc_137, shared_memory_19 + l_644, uint(72), 0, false);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_647 = l_14 * uint(40);
const uint l_648 = l_647 + uint(0);
const half l_649 = half(float(0.0));
const half l_650 = l_649;
frag_a_651 = make_filled_simdgroup_matrix<half, 8, 8>(l_650);
const uint l_652 = l_648 / uint(4);
const uint l_653 = l_648 + uint(288);
const uint l_654 = l_653 + uint(4);
const uint l_655 = l_654 - uint(1);
const uint l_656 = l_655 / uint(4);
const uint l_657 = l_656 - l_652;
simdgroup_load(frag_a_651, reinterpret_cast<threadgroup half *>(shared_memory_18 + l_652), uint(40), 0, false);
const half l_658 = half(float(0.0));
const half l_659 = l_658;
frag_b_660 = make_filled_simdgroup_matrix<half, 8, 8>(l_659);
simdgroup_load(frag_b_660, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(0)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_130, frag_a_651, frag_b_660, frag_acc_130);
const half l_661 = half(float(0.0));
const half l_662 = l_661;
frag_b_663 = make_filled_simdgroup_matrix<half, 8, 8>(l_662);
simdgroup_load(frag_b_663, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(2)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_131, frag_a_651, frag_b_663, frag_acc_131);
const half l_664 = half(float(0.0));
const half l_665 = l_664;
frag_b_666 = make_filled_simdgroup_matrix<half, 8, 8>(l_665);
simdgroup_load(frag_b_666, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(4)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_132, frag_a_651, frag_b_666, frag_acc_132);
const half l_667 = half(float(0.0));
const half l_668 = l_667;
frag_b_669 = make_filled_simdgroup_matrix<half, 8, 8>(l_668);
simdgroup_load(frag_b_669, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(6)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_133, frag_a_651, frag_b_669, frag_acc_133);
const half l_670 = half(float(0.0));
const half l_671 = l_670;
frag_b_672 = make_filled_simdgroup_matrix<half, 8, 8>(l_671);
simdgroup_load(frag_b_672, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(8)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_134, frag_a_651, frag_b_672, frag_acc_134);
const half l_673 = half(float(0.0));
const half l_674 = l_673;
frag_b_675 = make_filled_simdgroup_matrix<half, 8, 8>(l_674);
simdgroup_load(frag_b_675, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(10)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_135, frag_a_651, frag_b_675, frag_acc_135);
const half l_676 = half(float(0.0));
const half l_677 = l_676;
frag_b_678 = make_filled_simdgroup_matrix<half, 8, 8>(l_677);
simdgroup_load(frag_b_678, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(12)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_136, frag_a_651, frag_b_678, frag_acc_136);
const half l_679 = half(float(0.0));
const half l_680 = l_679;
frag_b_681 = make_filled_simdgroup_matrix<half, 8, 8>(l_680);
simdgroup_load(frag_b_681, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(14)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_137, frag_a_651, frag_b_681, frag_acc_137);
const uint l_682 = l_14 * uint(40);
const uint l_683 = l_682 + uint(8);
const half l_684 = half(float(0.0));
const half l_685 = l_684;
frag_a_686 = make_filled_simdgroup_matrix<half, 8, 8>(l_685);
const uint l_687 = l_683 / uint(4);
const uint l_688 = l_683 + uint(288);
const uint l_689 = l_688 + uint(4);
const uint l_690 = l_689 - uint(1);
const uint l_691 = l_690 / uint(4);
const uint l_692 = l_691 - l_687;
simdgroup_load(frag_a_686, reinterpret_cast<threadgroup half *>(shared_memory_18 + l_687), uint(40), 0, false);
const half l_693 = half(float(0.0));
const half l_694 = l_693;
frag_b_695 = make_filled_simdgroup_matrix<half, 8, 8>(l_694);
simdgroup_load(frag_b_695, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(144)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_130, frag_a_686, frag_b_695, frag_acc_130);
const half l_696 = half(float(0.0));
const half l_697 = l_696;
frag_b_698 = make_filled_simdgroup_matrix<half, 8, 8>(l_697);
simdgroup_load(frag_b_698, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(146)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_131, frag_a_686, frag_b_698, frag_acc_131);
const half l_699 = half(float(0.0));
const half l_700 = l_699;
frag_b_701 = make_filled_simdgroup_matrix<half, 8, 8>(l_700);
simdgroup_load(frag_b_701, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(148)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_132, frag_a_686, frag_b_701, frag_acc_132);
const half l_702 = half(float(0.0));
const half l_703 = l_702;
frag_b_704 = make_filled_simdgroup_matrix<half, 8, 8>(l_703);
simdgroup_load(frag_b_704, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(150)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_133, frag_a_686, frag_b_704, frag_acc_133);
const half l_705 = half(float(0.0));
const half l_706 = l_705;
frag_b_707 = make_filled_simdgroup_matrix<half, 8, 8>(l_706);
simdgroup_load(frag_b_707, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(152)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_134, frag_a_686, frag_b_707, frag_acc_134);
const half l_708 = half(float(0.0));
const half l_709 = l_708;
frag_b_710 = make_filled_simdgroup_matrix<half, 8, 8>(l_709);
simdgroup_load(frag_b_710, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(154)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_135, frag_a_686, frag_b_710, frag_acc_135);
const half l_711 = half(float(0.0));
const half l_712 = l_711;
frag_b_713 = make_filled_simdgroup_matrix<half, 8, 8>(l_712);
simdgroup_load(frag_b_713, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(156)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_136, frag_a_686, frag_b_713, frag_acc_136);
const half l_714 = half(float(0.0));
const half l_715 = l_714;
frag_b_716 = make_filled_simdgroup_matrix<half, 8, 8>(l_715);
simdgroup_load(frag_b_716, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(158)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_137, frag_a_686, frag_b_716, frag_acc_137);
const uint l_717 = l_14 * uint(40);
const uint l_718 = l_717 + uint(16);
const half l_719 = half(float(0.0));
const half l_720 = l_719;
frag_a_721 = make_filled_simdgroup_matrix<half, 8, 8>(l_720);
const uint l_722 = l_718 / uint(4);
const uint l_723 = l_718 + uint(288);
const uint l_724 = l_723 + uint(4);
const uint l_725 = l_724 - uint(1);
const uint l_726 = l_725 / uint(4);
const uint l_727 = l_726 - l_722;
simdgroup_load(frag_a_721, reinterpret_cast<threadgroup half *>(shared_memory_18 + l_722), uint(40), 0, false);
const half l_728 = half(float(0.0));
const half l_729 = l_728;
frag_b_730 = make_filled_simdgroup_matrix<half, 8, 8>(l_729);
simdgroup_load(frag_b_730, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(288)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_130, frag_a_721, frag_b_730, frag_acc_130);
const half l_731 = half(float(0.0));
const half l_732 = l_731;
frag_b_733 = make_filled_simdgroup_matrix<half, 8, 8>(l_732);
simdgroup_load(frag_b_733, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(290)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_131, frag_a_721, frag_b_733, frag_acc_131);
const half l_734 = half(float(0.0));
const half l_735 = l_734;
frag_b_736 = make_filled_simdgroup_matrix<half, 8, 8>(l_735);
simdgroup_load(frag_b_736, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(292)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_132, frag_a_721, frag_b_736, frag_acc_132);
const half l_737 = half(float(0.0));
const half l_738 = l_737;
frag_b_739 = make_filled_simdgroup_matrix<half, 8, 8>(l_738);
simdgroup_load(frag_b_739, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(294)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_133, frag_a_721, frag_b_739, frag_acc_133);
const half l_740 = half(float(0.0));
const half l_741 = l_740;
frag_b_742 = make_filled_simdgroup_matrix<half, 8, 8>(l_741);
simdgroup_load(frag_b_742, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(296)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_134, frag_a_721, frag_b_742, frag_acc_134);
const half l_743 = half(float(0.0));
const half l_744 = l_743;
frag_b_745 = make_filled_simdgroup_matrix<half, 8, 8>(l_744);
simdgroup_load(frag_b_745, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(298)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_135, frag_a_721, frag_b_745, frag_acc_135);
const half l_746 = half(float(0.0));
const half l_747 = l_746;
frag_b_748 = make_filled_simdgroup_matrix<half, 8, 8>(l_747);
simdgroup_load(frag_b_748, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(300)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_136, frag_a_721, frag_b_748, frag_acc_136);
const half l_749 = half(float(0.0));
const half l_750 = l_749;
frag_b_751 = make_filled_simdgroup_matrix<half, 8, 8>(l_750);
simdgroup_load(frag_b_751, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(302)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_137, frag_a_721, frag_b_751, frag_acc_137);
const uint l_752 = l_14 * uint(40);
const uint l_753 = l_752 + uint(24);
const half l_754 = half(float(0.0));
const half l_755 = l_754;
frag_a_756 = make_filled_simdgroup_matrix<half, 8, 8>(l_755);
const uint l_757 = l_753 / uint(4);
const uint l_758 = l_753 + uint(288);
const uint l_759 = l_758 + uint(4);
const uint l_760 = l_759 - uint(1);
const uint l_761 = l_760 / uint(4);
const uint l_762 = l_761 - l_757;
simdgroup_load(frag_a_756, reinterpret_cast<threadgroup half *>(shared_memory_18 + l_757), uint(40), 0, false);
const half l_763 = half(float(0.0));
const half l_764 = l_763;
frag_b_765 = make_filled_simdgroup_matrix<half, 8, 8>(l_764);
simdgroup_load(frag_b_765, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(432)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_130, frag_a_756, frag_b_765, frag_acc_130);
const half l_766 = half(float(0.0));
const half l_767 = l_766;
frag_b_768 = make_filled_simdgroup_matrix<half, 8, 8>(l_767);
simdgroup_load(frag_b_768, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(434)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_131, frag_a_756, frag_b_768, frag_acc_131);
const half l_769 = half(float(0.0));
const half l_770 = l_769;
frag_b_771 = make_filled_simdgroup_matrix<half, 8, 8>(l_770);
simdgroup_load(frag_b_771, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(436)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_132, frag_a_756, frag_b_771, frag_acc_132);
const half l_772 = half(float(0.0));
const half l_773 = l_772;
frag_b_774 = make_filled_simdgroup_matrix<half, 8, 8>(l_773);
simdgroup_load(frag_b_774, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(438)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_133, frag_a_756, frag_b_774, frag_acc_133);
const half l_775 = half(float(0.0));
const half l_776 = l_775;
frag_b_777 = make_filled_simdgroup_matrix<half, 8, 8>(l_776);
simdgroup_load(frag_b_777, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(440)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_134, frag_a_756, frag_b_777, frag_acc_134);
const half l_778 = half(float(0.0));
const half l_779 = l_778;
frag_b_780 = make_filled_simdgroup_matrix<half, 8, 8>(l_779);
simdgroup_load(frag_b_780, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(442)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_135, frag_a_756, frag_b_780, frag_acc_135);
const half l_781 = half(float(0.0));
const half l_782 = l_781;
frag_b_783 = make_filled_simdgroup_matrix<half, 8, 8>(l_782);
simdgroup_load(frag_b_783, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(444)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_136, frag_a_756, frag_b_783, frag_acc_136);
const half l_784 = half(float(0.0));
const half l_785 = l_784;
frag_b_786 = make_filled_simdgroup_matrix<half, 8, 8>(l_785);
simdgroup_load(frag_b_786, reinterpret_cast<threadgroup half *>(shared_memory_16 + uint(446)), uint(72), 0, false);
simdgroup_multiply_accumulate(frag_acc_137, frag_a_756, frag_b_786, frag_acc_137);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_155 = l_mut_155 + uint(32);
}
l_mut_390 = float(0.0);
l_mut_389 = info.scalars_float[2];
const bool l_787 = l_mut_147 > float(0.0);
if (l_787) {
const float l_788 = float(1.0) / l_mut_147;
l_mut_390 = l_788;
const float l_789 = log(l_mut_147);
const float l_790 = l_mut_146 + l_789;
l_mut_389 = l_790;
}
const bool l_791 = l_141 == uint(0);
if (l_791) {
shared_memory_20[l_139] = l_mut_390;
const bool l_792 = l_143 < l_mut_4;
if (l_792) {
const uint l_793 = l_0 * info.scalars_uint[0];
const uint l_794 = l_793 + l_145;
const uint l_795 = l_794 * info.scalars_uint[3];
const uint l_796 = l_795 + l_143;
l_mut_154 = l_796;
buffer_8[l_mut_154] = l_mut_389;
}
}
const uint l_797 = l_14 * uint(72);
const uint l_798 = l_797 + uint(0);
const uint l_799 = l_798 + uint(512);
const uint l_800 = l_799 - l_798;
simdgroup_store(frag_acc_130, shared_memory_19 + l_798, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_801 = l_14 * uint(72);
const uint l_802 = l_801 + uint(8);
const uint l_803 = l_802 + uint(512);
const uint l_804 = l_803 - l_802;
simdgroup_store(frag_acc_131, shared_memory_19 + l_802, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_805 = l_14 * uint(72);
const uint l_806 = l_805 + uint(16);
const uint l_807 = l_806 + uint(512);
const uint l_808 = l_807 - l_806;
simdgroup_store(frag_acc_132, shared_memory_19 + l_806, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_809 = l_14 * uint(72);
const uint l_810 = l_809 + uint(24);
const uint l_811 = l_810 + uint(512);
const uint l_812 = l_811 - l_810;
simdgroup_store(frag_acc_133, shared_memory_19 + l_810, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_813 = l_14 * uint(72);
const uint l_814 = l_813 + uint(32);
const uint l_815 = l_814 + uint(512);
const uint l_816 = l_815 - l_814;
simdgroup_store(frag_acc_134, shared_memory_19 + l_814, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_817 = l_14 * uint(72);
const uint l_818 = l_817 + uint(40);
const uint l_819 = l_818 + uint(512);
const uint l_820 = l_819 - l_818;
simdgroup_store(frag_acc_135, shared_memory_19 + l_818, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_821 = l_14 * uint(72);
const uint l_822 = l_821 + uint(48);
const uint l_823 = l_822 + uint(512);
const uint l_824 = l_823 - l_822;
simdgroup_store(frag_acc_136, shared_memory_19 + l_822, uint(72));
simdgroup_barrier(mem_flags::mem_none);
const uint l_825 = l_14 * uint(72);
const uint l_826 = l_825 + uint(56);
const uint l_827 = l_826 + uint(512);
const uint l_828 = l_827 - l_826;
simdgroup_store(frag_acc_137, shared_memory_19 + l_826, uint(72));
simdgroup_barrier(mem_flags::mem_none);
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_154 = thread_index_in_threadgroup;
while (true) {
const bool l_829 = l_mut_154 < uint(512);
const bool l_830 = !l_829;
if (l_830) {
break;}
const uint l_831 = l_mut_154 / uint(16);
const uint l_832 = l_mut_154 % uint(16);
const uint l_833 = l_8 + l_831;
const uint l_834 = l_833 / info.scalars_uint[2];
const bool l_835 = l_834 < l_mut_4;
if (l_835) {
const uint l_836 = l_833 % info.scalars_uint[2];
const uint l_837 = l_11 + l_836;
l_mut_385 = float(1.0);
const float l_838 = shared_memory_20[l_831];
l_mut_385 = l_838;
const float_4 l_839 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_529 = l_839;
l_mut_528 = l_mut_529;
const uint l_840 = l_831 * uint(72);
const uint l_841 = l_832 * uint(4);
const uint l_842 = l_840 + l_841;
const uint l_843 = l_842 + uint(0);
const float l_844 = shared_memory_19[l_843];
const float l_845 = l_844 * l_mut_385;
l_mut_528.i_0 = l_845;
const uint l_846 = l_831 * uint(72);
const uint l_847 = l_832 * uint(4);
const uint l_848 = l_846 + l_847;
const uint l_849 = l_848 + uint(1);
const float l_850 = shared_memory_19[l_849];
const float l_851 = l_850 * l_mut_385;
l_mut_528.i_1 = l_851;
const uint l_852 = l_831 * uint(72);
const uint l_853 = l_832 * uint(4);
const uint l_854 = l_852 + l_853;
const uint l_855 = l_854 + uint(2);
const float l_856 = shared_memory_19[l_855];
const float l_857 = l_856 * l_mut_385;
l_mut_528.i_2 = l_857;
const uint l_858 = l_831 * uint(72);
const uint l_859 = l_832 * uint(4);
const uint l_860 = l_858 + l_859;
const uint l_861 = l_860 + uint(3);
const float l_862 = shared_memory_19[l_861];
const float l_863 = l_862 * l_mut_385;
l_mut_528.i_3 = l_863;
const uint l_864 = l_mut_3 + l_834;
const uint l_865 = l_864 * info.scalars_uint[0];
const uint l_866 = l_865 + l_837;
const uint l_867 = l_866 * uint(16);
const uint l_868 = l_867 + l_832;
const half_4 l_869 = half_4{
half(l_mut_528.i_0),half(l_mut_528.i_1),half(l_mut_528.i_2),half(l_mut_528.i_3),};
buffer_7[l_868] = reinterpret_cast<thread half_4 const&>(l_869);
}
l_mut_154 = l_mut_154 + uint(128);
}

}
