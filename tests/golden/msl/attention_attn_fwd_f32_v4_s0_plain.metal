
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    float scalars_float[4];
int scalars_int[2];
uint scalars_uint[12];uint static_meta[22];
};

[[kernel]]
void attention_attn_fwd_f32_v4_s0_plain(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device float_4 * buffer_2 [[buffer(2)]],
    const device float * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    const device uint * buffer_5 [[buffer(5)]],
    const device uint * buffer_6 [[buffer(6)]],
    device float_4 * buffer_7 [[buffer(7)]],
    device float * buffer_8 [[buffer(8)]],
    device float * buffer_9 [[buffer(9)]],
    device float * buffer_10 [[buffer(10)]],
    constant info_st& info [[buffer(11)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[18528];
// Shared array size: 1088, 4352 bytes
threadgroup float* shared_memory_17 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_15 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_12 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_13 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 272, 4352 bytes
threadgroup float_4* shared_memory_14 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 32, 512 bytes
threadgroup float_4* shared_memory_16 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_18 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_19 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 8, 32 bytes
threadgroup float* shared_memory_20 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool l_mut_129;
bool l_mut_140;
float l_mut_130;
float l_mut_135;
float l_mut_136;
float l_mut_97;
float_4 l_mut_155;
float_4 l_mut_29;
uint l_mut_101;
uint l_mut_104;
uint l_mut_21;
uint l_mut_220;
uint l_mut_3;
uint l_mut_4;
uint l_mut_50;
uint l_mut_51;
uint l_mut_52;
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
const uint l_8 = threadgroup_pos_in_grid.x * uint(8);
const uint l_9 = l_mut_4 * info.scalars_uint[2];
const bool l_10 = l_8 >= l_9;
if (l_10) {
return;}
const uint l_11 = l_1 * info.scalars_uint[2];
l_mut_21 = thread_index_in_threadgroup;
while (true) {
const bool l_22 = l_mut_21 < uint(256);
const bool l_23 = !l_22;
if (l_23) {
break;}
const uint l_24 = l_mut_21 / uint(32);
const uint l_25 = l_mut_21 % uint(32);
const uint l_26 = l_8 + l_24;
const uint l_27 = l_26 / info.scalars_uint[2];
const float_4 l_28 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_29 = l_28;
const bool l_30 = l_27 < l_mut_4;
if (l_30) {
const uint l_31 = l_26 % info.scalars_uint[2];
const uint l_32 = l_11 + l_31;
const uint l_33 = l_mut_3 + l_27;
const uint l_34 = l_33 * info.scalars_uint[0];
const uint l_35 = l_34 + l_32;
const uint l_36 = l_35 * uint(32);
const uint l_37 = l_36 + l_25;
const float_4 l_38 = buffer_0[l_37];
l_mut_29 = l_38;
}
const uint l_39 = l_24 * uint(34);
const uint l_40 = l_39 + l_25;
shared_memory_12[l_40] = l_mut_29;
l_mut_21 = l_mut_21 + uint(64);
}
l_mut_21 = thread_index_in_threadgroup;
while (true) {
const bool l_41 = l_mut_21 < uint(1088);
const bool l_42 = !l_41;
if (l_42) {
break;}
shared_memory_17[l_mut_21] = float(0.0);
l_mut_21 = l_mut_21 + uint(64);
}
const bool l_43 = thread_index_in_threadgroup < uint(8);
if (l_43) {
shared_memory_18[thread_index_in_threadgroup] = info.scalars_float[2];
shared_memory_19[thread_index_in_threadgroup] = float(0.0);
}
const uint l_44 = l_8 / info.scalars_uint[2];
const uint l_45 = l_8 + uint(8);
const uint l_46 = l_45 - uint(1);
const uint l_47 = l_46 / info.scalars_uint[2];
l_mut_21 = l_47;
const bool l_48 = l_mut_21 >= l_mut_4;
if (l_48) {
const uint l_49 = l_mut_4 - uint(1);
l_mut_21 = l_49;
}
l_mut_50 = uint(0);
l_mut_51 = l_mut_7;
l_mut_21 = l_mut_50;
l_mut_52 = l_mut_51;
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_51 = l_mut_21;
while (true) {
const bool l_53 = l_mut_51 < l_mut_52;
const bool l_54 = !l_53;
if (l_54) {
break;}
l_mut_50 = thread_index_in_threadgroup;
while (true) {
const bool l_55 = l_mut_50 < uint(256);
const bool l_56 = !l_55;
if (l_56) {
break;}
const uint l_57 = l_mut_50 / uint(32);
const uint l_58 = l_mut_50 % uint(32);
const uint l_59 = l_mut_51 + l_57;
const uint l_60 = l_59 / uint(1);
const float_4 l_61 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_29 = l_61;
const bool l_62 = l_60 < l_mut_7;
if (l_62) {
const uint l_63 = l_59 % uint(1);
const uint l_64 = l_1 + l_63;
const uint l_65 = l_mut_6 + l_60;
const uint l_66 = l_65 * info.scalars_uint[1];
const uint l_67 = l_66 + l_64;
const uint l_68 = l_67 * uint(32);
const uint l_69 = l_68 + l_58;
const float_4 l_70 = buffer_1[l_69];
l_mut_29 = l_70;
}
const uint l_71 = l_57 * uint(34);
const uint l_72 = l_71 + l_58;
shared_memory_13[l_72] = l_mut_29;
l_mut_50 = l_mut_50 + uint(64);
}
l_mut_50 = thread_index_in_threadgroup;
while (true) {
const bool l_73 = l_mut_50 < uint(256);
const bool l_74 = !l_73;
if (l_74) {
break;}
const uint l_75 = l_mut_50 / uint(32);
const uint l_76 = l_mut_50 % uint(32);
const uint l_77 = l_mut_51 + l_75;
const uint l_78 = l_77 / uint(1);
const float_4 l_79 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_29 = l_79;
const bool l_80 = l_78 < l_mut_7;
if (l_80) {
const uint l_81 = l_77 % uint(1);
const uint l_82 = l_1 + l_81;
const uint l_83 = l_mut_6 + l_78;
const uint l_84 = l_83 * info.scalars_uint[1];
const uint l_85 = l_84 + l_82;
const uint l_86 = l_85 * uint(32);
const uint l_87 = l_86 + l_76;
const float_4 l_88 = buffer_2[l_87];
l_mut_29 = l_88;
}
const uint l_89 = l_75 * uint(34);
const uint l_90 = l_89 + l_76;
shared_memory_14[l_90] = l_mut_29;
l_mut_50 = l_mut_50 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_91 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_92 = l_91 * uint(128);
l_mut_50 = thread_index_in_threadgroup;
while (true) {
const bool l_93 = l_mut_50 < uint(64);
const bool l_94 = !l_93;
if (l_94) {
break;}
const uint l_95 = l_mut_50 / uint(8);
const uint l_96 = l_mut_50 % uint(8);
l_mut_97 = float(0.0);

for (uint l_mut_98 = uint(0); l_mut_98 < l_92; ++l_mut_98) {
const uint l_99 = l_95 * uint(136);
const uint l_100 = l_99 + l_mut_98;
l_mut_101 = l_100;
const uint l_102 = l_mut_98 * uint(136);
const uint l_103 = l_102 + l_96;
l_mut_104 = l_103;
const uint l_105 = l_96 * uint(136);
const uint l_106 = l_105 + l_mut_98;
l_mut_104 = l_106;
const uint l_107 = l_mut_101 / uint(4);
const float_4 l_108 = shared_memory_12[l_107];
const uint l_109 = l_mut_104 / uint(4);
const float_4 l_110 = shared_memory_13[l_109];
const uint l_111 = l_mut_101 % uint(4);
const float l_112 = reinterpret_cast<thread float const*>(&l_108)[l_111];
const float l_113 = l_112;
const uint l_114 = l_mut_104 % uint(4);
const float l_115 = reinterpret_cast<thread float const*>(&l_110)[l_114];
const float l_116 = l_115;
const float l_117 = l_113 * l_116;
l_mut_97 = l_mut_97 + l_117;
}
const uint l_118 = l_95 * uint(16);
const uint l_119 = l_118 + l_96;
shared_memory_15[l_119] = l_mut_97;
l_mut_50 = l_mut_50 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_120 = thread_index_in_threadgroup < uint(8);
if (l_120) {
const uint l_121 = l_8 + thread_index_in_threadgroup;
const uint l_122 = l_121 / info.scalars_uint[2];
const uint l_123 = l_121 % info.scalars_uint[2];
const uint l_124 = l_11 + l_123;
const float l_125 = shared_memory_18[thread_index_in_threadgroup];
l_mut_97 = l_125;

for (uint l_mut_126 = uint(0); l_mut_126 < uint(8); ++l_mut_126) {
const uint l_127 = l_mut_51 + l_mut_126;
const bool l_128 = l_127 < l_mut_52;
l_mut_129 = l_128;
l_mut_130 = info.scalars_float[2];
if (l_mut_129) {
const uint l_131 = thread_index_in_threadgroup * uint(16);
const uint l_132 = l_131 + l_mut_126;
const float l_133 = shared_memory_15[l_132];
const float l_134 = l_133 * info.scalars_float[0];
l_mut_135 = l_134;
l_mut_136 = l_mut_135;
const bool l_137 = l_122 < l_mut_4;
const bool l_138 = l_127 < l_mut_7;
const bool l_139 = l_137 && l_138;
l_mut_140 = l_139;
if (l_mut_140) {
const uint l_141 = l_0 * info.scalars_uint[6];
const uint l_142 = l_124 * info.scalars_uint[7];
const uint l_143 = l_141 + l_142;
const uint l_144 = l_122 * info.scalars_uint[4];
const uint l_145 = l_143 + l_144;
const uint l_146 = l_145 + l_127;
}
const bool l_147 = !l_mut_140;
if (l_147) {
l_mut_135 = info.scalars_float[2];
}
l_mut_130 = l_mut_135;
}
const bool l_148 = l_mut_130 > info.scalars_float[2];
l_mut_129 = l_148;
const bool l_149 = l_mut_130 > l_mut_97;
const bool l_150 = l_mut_129 && l_149;
if (l_150) {
l_mut_97 = l_mut_130;
}
const uint l_151 = thread_index_in_threadgroup * uint(16);
const uint l_152 = l_151 + l_mut_126;
shared_memory_15[l_152] = l_mut_130;
}
l_mut_136 = float(0.0);

for (uint l_mut_153 = uint(0); l_mut_153 < uint(2); ++l_mut_153) {
const float_4 l_154 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_29 = l_154;
l_mut_155 = l_mut_29;
const uint l_156 = thread_index_in_threadgroup * uint(16);
const uint l_157 = l_mut_153 * uint(4);
const uint l_158 = l_156 + l_157;
const uint l_159 = l_158 + uint(0);
const float l_160 = shared_memory_15[l_159];
l_mut_135 = float(0.0);
const bool l_161 = l_160 > info.scalars_float[2];
if (l_161) {
const float l_162 = l_160 - l_mut_97;
const float l_163 = exp(l_162);
l_mut_135 = l_163;
}
l_mut_136 = l_mut_136 + l_mut_135;
l_mut_155.i_0 = l_mut_135;
const uint l_164 = thread_index_in_threadgroup * uint(16);
const uint l_165 = l_mut_153 * uint(4);
const uint l_166 = l_164 + l_165;
const uint l_167 = l_166 + uint(1);
const float l_168 = shared_memory_15[l_167];
l_mut_135 = float(0.0);
const bool l_169 = l_168 > info.scalars_float[2];
if (l_169) {
const float l_170 = l_168 - l_mut_97;
const float l_171 = exp(l_170);
l_mut_135 = l_171;
}
l_mut_136 = l_mut_136 + l_mut_135;
l_mut_155.i_1 = l_mut_135;
const uint l_172 = thread_index_in_threadgroup * uint(16);
const uint l_173 = l_mut_153 * uint(4);
const uint l_174 = l_172 + l_173;
const uint l_175 = l_174 + uint(2);
const float l_176 = shared_memory_15[l_175];
l_mut_135 = float(0.0);
const bool l_177 = l_176 > info.scalars_float[2];
if (l_177) {
const float l_178 = l_176 - l_mut_97;
const float l_179 = exp(l_178);
l_mut_135 = l_179;
}
l_mut_136 = l_mut_136 + l_mut_135;
l_mut_155.i_2 = l_mut_135;
const uint l_180 = thread_index_in_threadgroup * uint(16);
const uint l_181 = l_mut_153 * uint(4);
const uint l_182 = l_180 + l_181;
const uint l_183 = l_182 + uint(3);
const float l_184 = shared_memory_15[l_183];
l_mut_135 = float(0.0);
const bool l_185 = l_184 > info.scalars_float[2];
if (l_185) {
const float l_186 = l_184 - l_mut_97;
const float l_187 = exp(l_186);
l_mut_135 = l_187;
}
l_mut_136 = l_mut_136 + l_mut_135;
l_mut_155.i_3 = l_mut_135;
const uint l_188 = thread_index_in_threadgroup * uint(4);
const uint l_189 = l_188 + l_mut_153;
shared_memory_16[l_189] = l_mut_155;
}
l_mut_135 = float(1.0);
const bool l_190 = l_mut_97 > info.scalars_float[2];
if (l_190) {
l_mut_135 = float(0.0);
const bool l_191 = l_125 > info.scalars_float[2];
if (l_191) {
const float l_192 = l_125 - l_mut_97;
const float l_193 = exp(l_192);
l_mut_135 = l_193;
}
}
shared_memory_20[thread_index_in_threadgroup] = l_mut_135;
shared_memory_18[thread_index_in_threadgroup] = l_mut_97;
const float l_194 = shared_memory_19[thread_index_in_threadgroup];
const float l_195 = l_194 * l_mut_135;
const float l_196 = l_195 + l_mut_136;
shared_memory_19[thread_index_in_threadgroup] = l_196;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_104 = thread_index_in_threadgroup;
while (true) {
const bool l_197 = l_mut_104 < uint(1024);
const bool l_198 = !l_197;
if (l_198) {
break;}
const uint l_199 = l_mut_104 / uint(128);
const uint l_200 = l_mut_104 % uint(128);
const uint l_201 = l_199 * uint(136);
const uint l_202 = l_201 + l_200;
const float l_203 = shared_memory_20[l_199];
const float l_204 = shared_memory_17[l_202];
const float l_205 = l_204 * l_203;
shared_memory_17[l_202] = l_205;
l_mut_104 = l_mut_104 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_206 = total_thread_in_threadgroup / total_thread_in_threadgroup;
const uint l_207 = l_206 * uint(8);
l_mut_101 = thread_index_in_threadgroup;
while (true) {
const bool l_208 = l_mut_101 < uint(1024);
const bool l_209 = !l_208;
if (l_209) {
break;}
const uint l_210 = l_mut_101 / uint(128);
const uint l_211 = l_mut_101 % uint(128);
l_mut_136 = float(0.0);
const uint l_212 = l_210 * uint(136);
const uint l_213 = l_212 + l_211;
const float l_214 = shared_memory_17[l_213];
l_mut_136 = l_214;

for (uint l_mut_215 = uint(0); l_mut_215 < l_207; ++l_mut_215) {
const uint l_216 = l_210 * uint(16);
const uint l_217 = l_216 + l_mut_215;
l_mut_50 = l_217;
const uint l_218 = l_mut_215 * uint(136);
const uint l_219 = l_218 + l_211;
l_mut_220 = l_219;
const uint l_221 = l_mut_50 / uint(4);
const float_4 l_222 = shared_memory_16[l_221];
const uint l_223 = l_mut_220 / uint(4);
const float_4 l_224 = shared_memory_14[l_223];
const uint l_225 = l_mut_50 % uint(4);
const float l_226 = reinterpret_cast<thread float const*>(&l_222)[l_225];
const float l_227 = l_226;
const uint l_228 = l_mut_220 % uint(4);
const float l_229 = reinterpret_cast<thread float const*>(&l_224)[l_228];
const float l_230 = l_229;
const float l_231 = l_227 * l_230;
l_mut_136 = l_mut_136 + l_231;
}
const uint l_232 = l_210 * uint(136);
const uint l_233 = l_232 + l_211;
shared_memory_17[l_233] = l_mut_136;
l_mut_101 = l_mut_101 + uint(64);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_51 = l_mut_51 + uint(8);
}
const bool l_234 = thread_index_in_threadgroup < uint(8);
if (l_234) {
const uint l_235 = l_8 + thread_index_in_threadgroup;
const uint l_236 = l_235 / info.scalars_uint[2];
const float l_237 = shared_memory_19[thread_index_in_threadgroup];
const float l_238 = shared_memory_18[thread_index_in_threadgroup];
l_mut_136 = float(0.0);
l_mut_135 = info.scalars_float[2];
const bool l_239 = l_237 > float(0.0);
if (l_239) {
const float l_240 = float(1.0) / l_237;
l_mut_136 = l_240;
const float l_241 = log(l_237);
const float l_242 = l_238 + l_241;
l_mut_135 = l_242;
}
shared_memory_20[thread_index_in_threadgroup] = l_mut_136;
const uint l_243 = l_235 % info.scalars_uint[2];
const uint l_244 = l_11 + l_243;
const bool l_245 = l_236 < l_mut_4;
if (l_245) {
const uint l_246 = l_0 * info.scalars_uint[0];
const uint l_247 = l_246 + l_244;
const uint l_248 = l_247 * info.scalars_uint[3];
const uint l_249 = l_248 + l_236;
l_mut_220 = l_249;
buffer_8[l_mut_220] = l_mut_135;
}
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_220 = thread_index_in_threadgroup;
while (true) {
const bool l_250 = l_mut_220 < uint(256);
const bool l_251 = !l_250;
if (l_251) {
break;}
const uint l_252 = l_mut_220 / uint(32);
const uint l_253 = l_mut_220 % uint(32);
const uint l_254 = l_8 + l_252;
const uint l_255 = l_254 / info.scalars_uint[2];
const bool l_256 = l_255 < l_mut_4;
if (l_256) {
const uint l_257 = l_254 % info.scalars_uint[2];
const uint l_258 = l_11 + l_257;
l_mut_136 = float(1.0);
const float l_259 = shared_memory_20[l_252];
l_mut_136 = l_259;
const float_4 l_260 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_155 = l_260;
l_mut_29 = l_mut_155;
const uint l_261 = l_252 * uint(136);
const uint l_262 = l_253 * uint(4);
const uint l_263 = l_261 + l_262;
const uint l_264 = l_263 + uint(0);
const float l_265 = shared_memory_17[l_264];
const float l_266 = l_265 * l_mut_136;
l_mut_29.i_0 = l_266;
const uint l_267 = l_252 * uint(136);
const uint l_268 = l_253 * uint(4);
const uint l_269 = l_267 + l_268;
const uint l_270 = l_269 + uint(1);
const float l_271 = shared_memory_17[l_270];
const float l_272 = l_271 * l_mut_136;
l_mut_29.i_1 = l_272;
const uint l_273 = l_252 * uint(136);
const uint l_274 = l_253 * uint(4);
const uint l_275 = l_273 + l_274;
const uint l_276 = l_275 + uint(2);
const float l_277 = shared_memory_17[l_276];
const float l_278 = l_277 * l_mut_136;
l_mut_29.i_2 = l_278;
const uint l_279 = l_252 * uint(136);
const uint l_280 = l_253 * uint(4);
const uint l_281 = l_279 + l_280;
const uint l_282 = l_281 + uint(3);
const float l_283 = shared_memory_17[l_282];
const float l_284 = l_283 * l_mut_136;
l_mut_29.i_3 = l_284;
const uint l_285 = l_mut_3 + l_255;
const uint l_286 = l_285 * info.scalars_uint[0];
const uint l_287 = l_286 + l_258;
const uint l_288 = l_287 * uint(32);
const uint l_289 = l_288 + l_253;
buffer_7[l_289] = l_mut_29;
}
l_mut_220 = l_mut_220 + uint(64);
}

}
