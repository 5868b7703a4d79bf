
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct alignas(4) bool_4 {
    bool i_0;
    bool i_1;
    bool i_2;
    bool i_3;
};

struct info_st {
    float scalars_float[6];
int scalars_int[2];
uint scalars_uint[6];uint static_meta[20];
};

[[kernel]]
void cross_entropy_forward_f32_v4_u32(
    device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    const device int * buffer_2 [[buffer(2)]],
    device float_4 * buffer_3 [[buffer(3)]],
    device float * buffer_4 [[buffer(4)]],
    device float * buffer_5 [[buffer(5)]],
    device float * buffer_6 [[buffer(6)]],
    device float * buffer_7 [[buffer(7)]],
    const device float * buffer_8 [[buffer(8)]],
    const device float * buffer_9 [[buffer(9)]],
    constant info_st& info [[buffer(10)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]],
    uint simd_size [[threads_per_simdgroup]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint total_threadgroups_in_grid = threadgroups_per_grid.x * threadgroups_per_grid.y * threadgroups_per_grid.z;
uint threads_per_simdgroup_checked = min(simd_size, threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z);
threadgroup uchar dynamic_shared_mem[1536];
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_100 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_110 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 128, 512 bytes
threadgroup float* shared_memory_83 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
bool_4 l_mut_68;
float l_mut_121;
float l_mut_26;
float l_mut_27;
float l_mut_28;
float l_mut_29;
float l_mut_30;
float l_mut_31;
float l_mut_32;
float l_mut_33;
float l_mut_34;
float l_mut_47;
float l_mut_95;
float_4 l_mut_36;
float_4 l_mut_38;
float_4 l_mut_40;
float_4 l_mut_46;
float_4 l_mut_66;
uint l_mut_16;
uint l_mut_17;
uint l_mut_5;
const uint l_0 = info.scalars_uint[1] / info.scalars_uint[4];
const float l_1 = float(info.scalars_uint[3]);
const uint l_2 = info.scalars_uint[2] / info.scalars_uint[4];
const uint l_3 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_4 = l_3 + threadgroup_pos_in_grid.x;
l_mut_5 = l_4;
while (true) {
const bool l_6 = l_mut_5 < info.scalars_uint[0];
const bool l_7 = !l_6;
if (l_7) {
break;}
const int l_8 = buffer_2[l_mut_5];
const bool l_9 = l_8 == info.scalars_int[0];
const bool l_10 = !l_9;
const bool l_11 = l_8 >= int(0);
const bool l_12 = l_10 && l_11;
const int l_13 = int(info.scalars_uint[3]);
const bool l_14 = l_8 < l_13;
const bool l_15 = l_12 && l_14;
l_mut_16 = uint(0);
l_mut_17 = l_0;
if (l_15) {
const uint l_18 = uint(l_8);
l_mut_16 = l_18;
const bool l_19 = l_mut_16 >= info.scalars_uint[2];
const uint l_20 = info.scalars_uint[2] + info.scalars_uint[1];
const bool l_21 = l_mut_16 < l_20;
const bool l_22 = l_19 && l_21;
if (l_22) {
l_mut_16 = l_mut_16 - info.scalars_uint[2];
const uint l_23 = l_mut_16 / info.scalars_uint[4];
l_mut_17 = l_23;
}
}
const uint l_24 = l_mut_16 % info.scalars_uint[4];
const uint l_25 = l_mut_5 * l_0;
l_mut_26 = float(0.0);
l_mut_27 = float(1.0);
l_mut_28 = float(0.0);
l_mut_29 = float(0.0);
l_mut_30 = float(0.0);
l_mut_31 = float(0.0);
l_mut_32 = info.scalars_float[4];
l_mut_33 = float(0.0);
l_mut_34 = float(0.0);
const float_4 l_35 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_36 = l_35;
const float_4 l_37 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_38 = l_37;
const float_4 l_39 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_40 = l_39;
l_mut_16 = thread_index_in_threadgroup;
while (true) {
const bool l_41 = l_mut_16 < l_0;
const bool l_42 = !l_41;
if (l_42) {
break;}
const uint l_43 = l_25 + l_mut_16;
const float_4 l_44 = buffer_0[l_43];
const uint l_45 = l_2 + l_mut_16;
l_mut_46 = l_44;
l_mut_47 = info.scalars_float[4];
const float l_48 = l_mut_46.i_0;
const bool l_49 = l_48 > l_mut_47;
if (l_49) {
const float l_50 = l_mut_46.i_0;
l_mut_47 = l_50;
}
const float l_51 = l_mut_46.i_1;
const bool l_52 = l_51 > l_mut_47;
if (l_52) {
const float l_53 = l_mut_46.i_1;
l_mut_47 = l_53;
}
const float l_54 = l_mut_46.i_2;
const bool l_55 = l_54 > l_mut_47;
if (l_55) {
const float l_56 = l_mut_46.i_2;
l_mut_47 = l_56;
}
const float l_57 = l_mut_46.i_3;
const bool l_58 = l_57 > l_mut_47;
if (l_58) {
const float l_59 = l_mut_46.i_3;
l_mut_47 = l_59;
}
const bool l_60 = l_mut_47 > l_mut_32;
if (l_60) {
const float l_61 = l_mut_32 - l_mut_47;
const float l_62 = exp(l_61);
l_mut_33 = l_mut_33 * l_62;
l_mut_32 = l_mut_47;
}
const float_4 l_63 = float_4{
l_mut_32,l_mut_32,l_mut_32,l_mut_32,};
const float_4 l_64 = float_4{
l_mut_46.i_0 - l_63.i_0, l_mut_46.i_1 - l_63.i_1, l_mut_46.i_2 - l_63.i_2, l_mut_46.i_3 - l_63.i_3, };
const float_4 l_65 = float_4{
exp(l_64.i_0),exp(l_64.i_1),exp(l_64.i_2),exp(l_64.i_3),};
l_mut_66 = l_65;
const bool l_67 = isinf(l_mut_32);
if (l_67) {
l_mut_68 = bool_4{
l_mut_46.i_0 == l_63.i_0, l_mut_46.i_1 == l_63.i_1, l_mut_46.i_2 == l_63.i_2, l_mut_46.i_3 == l_63.i_3, };
const float_4 l_69 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_70 = float_4{
l_mut_46.i_0 - l_63.i_0, l_mut_46.i_1 - l_63.i_1, l_mut_46.i_2 - l_63.i_2, l_mut_46.i_3 - l_63.i_3, };
const float_4 l_71 = float_4{
exp(l_70.i_0),exp(l_70.i_1),exp(l_70.i_2),exp(l_70.i_3),};
const float_4 l_72 = float_4 {
(l_mut_68.i_0) ? l_69.i_0 : l_71.i_0,
(l_mut_68.i_1) ? l_69.i_1 : l_71.i_1,
(l_mut_68.i_2) ? l_69.i_2 : l_71.i_2,
(l_mut_68.i_3) ? l_69.i_3 : l_71.i_3,
};
l_mut_66 = l_72;
}
const float l_73 = l_mut_66.i_0 + l_mut_66.i_1 + l_mut_66.i_2 + l_mut_66.i_3;
l_mut_33 = l_mut_33 + l_73;
const bool l_74 = l_mut_16 == l_mut_17;
if (l_74) {
const bool l_75 = l_24 == uint(0);
if (l_75) {
const float l_76 = l_mut_46.i_0;
l_mut_34 = l_76;
}
const bool l_77 = l_24 == uint(1);
if (l_77) {
const float l_78 = l_mut_46.i_1;
l_mut_34 = l_78;
}
const bool l_79 = l_24 == uint(2);
if (l_79) {
const float l_80 = l_mut_46.i_2;
l_mut_34 = l_80;
}
const bool l_81 = l_24 == uint(3);
if (l_81) {
const float l_82 = l_mut_46.i_3;
l_mut_34 = l_82;
}
}
l_mut_16 = l_mut_16 + total_thread_in_threadgroup;
}
const float l_84 = float {simd_max(l_mut_32)
};
const uint l_85 = total_thread_in_threadgroup + simd_size;
const uint l_86 = l_85 - uint(1);
const uint l_87 = l_86 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_88 = thread_index_in_threadgroup % simd_size;
const bool l_89 = l_88 == uint(0);
if (l_89) {
const uint l_90 = thread_index_in_threadgroup / simd_size;
shared_memory_83[l_90] = l_84;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const float l_91 = shared_memory_83[uint(0)];
l_mut_47 = l_91;

for (uint l_mut_92 = uint(1); l_mut_92 < l_87; ++l_mut_92) {
const float l_93 = shared_memory_83[l_mut_92];
const bool l_94 = l_93 > l_mut_47;
if (l_94) {
l_mut_47 = l_93;
}
}
l_mut_95 = float(0.0);
const bool l_96 = l_mut_32 != l_mut_47;
if (l_96) {
const float l_97 = l_mut_32 - l_mut_47;
l_mut_95 = l_97;
}
const float l_98 = exp(l_mut_95);
const float l_99 = l_mut_33 * l_98;
const float l_101 = float {simd_sum(l_99)
};
const uint l_102 = total_thread_in_threadgroup + simd_size;
const uint l_103 = l_102 - uint(1);
const uint l_104 = l_103 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_105 = thread_index_in_threadgroup % simd_size;
const bool l_106 = l_105 == uint(0);
if (l_106) {
const uint l_107 = thread_index_in_threadgroup / simd_size;
shared_memory_100[l_107] = l_101;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_95 = float(0.0);

for (uint l_mut_108 = uint(0); l_mut_108 < l_104; ++l_mut_108) {
const float l_109 = shared_memory_100[l_mut_108];
l_mut_95 = l_mut_95 + l_109;
}
l_mut_27 = l_mut_95;
l_mut_26 = l_mut_47;
const float l_111 = float {simd_sum(l_mut_34)
};
const uint l_112 = total_thread_in_threadgroup + simd_size;
const uint l_113 = l_112 - uint(1);
const uint l_114 = l_113 / simd_size;
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_115 = thread_index_in_threadgroup % simd_size;
const bool l_116 = l_115 == uint(0);
if (l_116) {
const uint l_117 = thread_index_in_threadgroup / simd_size;
shared_memory_110[l_117] = l_111;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_95 = float(0.0);

for (uint l_mut_118 = uint(0); l_mut_118 < l_114; ++l_mut_118) {
const float l_119 = shared_memory_110[l_mut_118];
l_mut_95 = l_mut_95 + l_119;
}
l_mut_28 = l_mut_95;
const bool l_120 = thread_index_in_threadgroup == uint(0);
if (l_120) {
l_mut_95 = l_mut_26;
l_mut_47 = l_mut_27;
l_mut_34 = l_mut_28;
l_mut_33 = l_mut_29;
l_mut_32 = l_mut_30;
l_mut_121 = l_mut_31;
const float l_122 = log(l_mut_47);
const uint l_123 = uint(2) * l_mut_5;
buffer_6[l_123] = l_mut_95;
const uint l_124 = uint(2) * l_mut_5;
const uint l_125 = l_124 + uint(1);
buffer_6[l_125] = l_122;
const float l_126 = l_mut_95 + l_122;
buffer_5[l_mut_5] = l_126;
l_mut_47 = float(0.0);
const bool l_127 = l_mut_34 != l_mut_95;
if (l_127) {
const float l_128 = l_mut_34 - l_mut_95;
l_mut_47 = l_128;
}
const float l_129 = l_122 - l_mut_47;
l_mut_47 = l_129;
if (l_9) {
l_mut_47 = float(0.0);
} else {
const bool l_130 = !l_15;
if (l_130) {
l_mut_47 = info.scalars_float[5];
}
}
buffer_4[l_mut_5] = l_mut_47;
}
l_mut_5 = l_mut_5 + total_threadgroups_in_grid;
}

}
