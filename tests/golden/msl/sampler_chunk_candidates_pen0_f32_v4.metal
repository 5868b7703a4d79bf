
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    uint scalars_uint[6];uint static_meta[16];
};

[[kernel]]
void sampler_chunk_candidates_pen0_f32_v4(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    const device int * buffer_2 [[buffer(2)]],
    const device float * buffer_3 [[buffer(3)]],
    const device uint * buffer_4 [[buffer(4)]],
    device uint * buffer_5 [[buffer(5)]],
    device uint * buffer_6 [[buffer(6)]],
    device uint * buffer_7 [[buffer(7)]],
    constant info_st& info [[buffer(8)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[4096];
// Shared array size: 1024, 4096 bytes
threadgroup float* shared_memory_11 = reinterpret_cast<threadgroup float*>(&dynamic_shared_mem[<offset>]);
float l_mut_36;
float l_mut_44;
float l_mut_76;
uint l_mut_102;
uint l_mut_19;
uint l_mut_22;
uint l_mut_38;
uint l_mut_46;
uint l_mut_49;
uint l_mut_87;
uint l_mut_99;
const uint l_0 = threadgroup_pos_in_grid.z * threadgroups_per_grid.y;
const uint l_1 = l_0 + threadgroup_pos_in_grid.y;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * uint(8);
const uint l_4 = l_3 + uint(4);
const float l_5 = buffer_1[l_4];
const uint l_6 = l_3 + uint(5);
const float l_7 = buffer_1[l_6];
const uint l_8 = l_3 + uint(6);
const float l_9 = buffer_1[l_8];
const uint l_10 = info.scalars_uint[1] / uint(4);
const uint l_13 = buffer_4[l_1];
const uint l_14 = l_1 * info.scalars_uint[4];
const uint l_15 = l_14 + threadgroup_pos_in_grid.x;
const uint l_16 = l_15 * uint(2);
const float l_17 = buffer_3[l_16];
const uint l_18 = reinterpret_cast<thread uint const&>(l_17);
l_mut_19 = l_18;
const bool l_20 = l_mut_19 == uint(2147483648);
if (l_20) {
l_mut_19 = uint(0);
}
const uint l_21 = l_mut_19 | uint(2147483648);
l_mut_22 = l_21;
const bool l_23 = l_mut_19 >= uint(2147483648);
if (l_23) {
const uint l_24 = ~l_mut_19;
l_mut_22 = l_24;
}
const uint l_25 = l_1 * info.scalars_uint[4];
const uint l_26 = l_25 + threadgroup_pos_in_grid.x;
const bool l_27 = l_13 == uint(0);
if (l_27) {
const bool l_28 = thread_index_in_threadgroup == uint(0);
if (l_28) {
const uint l_29 = info.scalars_uint[5] + uint(1);
buffer_7[l_26] = l_29;
}
} else {
const bool l_30 = l_mut_22 < l_13;
if (l_30) {
const bool l_31 = thread_index_in_threadgroup == uint(0);
if (l_31) {
buffer_7[l_26] = uint(0);
}
} else {
const uint l_32 = threadgroup_pos_in_grid.x * info.scalars_uint[3];
const uint l_33 = l_32 + info.scalars_uint[3];
l_mut_22 = l_33;
const bool l_34 = l_mut_22 > l_10;
if (l_34) {
l_mut_22 = l_10;
}
const uint l_35 = l_1 * l_10;
l_mut_36 = float(0.0);
l_mut_19 = uint(0);
const uint l_37 = l_32 + thread_index_in_threadgroup;
l_mut_38 = l_37;
while (true) {
const bool l_39 = l_mut_38 < l_mut_22;
const bool l_40 = !l_39;
if (l_40) {
break;}
const uint l_41 = l_35 + l_mut_38;
const float_4 l_42 = buffer_0[l_41];
const float l_43 = l_42.i_0;
l_mut_44 = l_43;
const uint l_45 = reinterpret_cast<thread uint const&>(l_mut_44);
l_mut_46 = l_45;
const bool l_47 = l_mut_46 == uint(2147483648);
if (l_47) {
l_mut_46 = uint(0);
}
const uint l_48 = l_mut_46 | uint(2147483648);
l_mut_49 = l_48;
const bool l_50 = l_mut_46 >= uint(2147483648);
if (l_50) {
const uint l_51 = ~l_mut_46;
l_mut_49 = l_51;
}
const bool l_52 = l_mut_49 >= l_13;
if (l_52) {
l_mut_36 = l_mut_36 + float(1.0);
}
const float l_53 = l_42.i_1;
l_mut_44 = l_53;
const uint l_54 = reinterpret_cast<thread uint const&>(l_mut_44);
l_mut_49 = l_54;
const bool l_55 = l_mut_49 == uint(2147483648);
if (l_55) {
l_mut_49 = uint(0);
}
const uint l_56 = l_mut_49 | uint(2147483648);
l_mut_46 = l_56;
const bool l_57 = l_mut_49 >= uint(2147483648);
if (l_57) {
const uint l_58 = ~l_mut_49;
l_mut_46 = l_58;
}
const bool l_59 = l_mut_46 >= l_13;
if (l_59) {
l_mut_36 = l_mut_36 + float(1.0);
}
const float l_60 = l_42.i_2;
l_mut_44 = l_60;
const uint l_61 = reinterpret_cast<thread uint const&>(l_mut_44);
l_mut_49 = l_61;
const bool l_62 = l_mut_49 == uint(2147483648);
if (l_62) {
l_mut_49 = uint(0);
}
const uint l_63 = l_mut_49 | uint(2147483648);
l_mut_46 = l_63;
const bool l_64 = l_mut_49 >= uint(2147483648);
if (l_64) {
const uint l_65 = ~l_mut_49;
l_mut_46 = l_65;
}
const bool l_66 = l_mut_46 >= l_13;
if (l_66) {
l_mut_36 = l_mut_36 + float(1.0);
}
const float l_67 = l_42.i_3;
l_mut_44 = l_67;
const uint l_68 = reinterpret_cast<thread uint const&>(l_mut_44);
l_mut_49 = l_68;
const bool l_69 = l_mut_49 == uint(2147483648);
if (l_69) {
l_mut_49 = uint(0);
}
const uint l_70 = l_mut_49 | uint(2147483648);
l_mut_46 = l_70;
const bool l_71 = l_mut_49 >= uint(2147483648);
if (l_71) {
const uint l_72 = ~l_mut_49;
l_mut_46 = l_72;
}
const bool l_73 = l_mut_46 >= l_13;
if (l_73) {
l_mut_36 = l_mut_36 + float(1.0);
}
l_mut_38 = l_mut_38 + total_thread_in_threadgroup;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
shared_memory_11[thread_index_in_threadgroup] = l_mut_36;
l_mut_44 = l_mut_36;
l_mut_49 = uint(1);
while (true) {
const bool l_74 = l_mut_49 < total_thread_in_threadgroup;
const bool l_75 = !l_74;
if (l_75) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_76 = float(0.0);
const bool l_77 = thread_index_in_threadgroup >= l_mut_49;
if (l_77) {
const uint l_78 = thread_index_in_threadgroup - l_mut_49;
const float l_79 = shared_memory_11[l_78];
l_mut_76 = l_79;
}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_44 = l_mut_44 + l_mut_76;
shared_memory_11[thread_index_in_threadgroup] = l_mut_44;
l_mut_49 = l_mut_49 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const uint l_80 = total_thread_in_threadgroup - uint(1);
const float l_81 = shared_memory_11[l_80];
const uint l_82 = uint(l_81);
const float l_83 = l_mut_44 - l_mut_36;
const uint l_84 = uint(l_83);
l_mut_49 = l_84;
const uint l_85 = l_26 * info.scalars_uint[5];
l_mut_46 = uint(0);
const uint l_86 = l_32 + thread_index_in_threadgroup;
l_mut_87 = l_86;
const bool l_88 = l_mut_36 == float(0.0);
if (l_88) {
l_mut_87 = l_mut_22;
}
while (true) {
const bool l_89 = l_mut_87 < l_mut_22;
const bool l_90 = l_mut_49 < info.scalars_uint[5];
const bool l_91 = l_89 && l_90;
const bool l_92 = !l_91;
if (l_92) {
break;}
const uint l_93 = l_35 + l_mut_87;
const float_4 l_94 = buffer_0[l_93];
const uint l_95 = l_mut_87 * uint(4);
const uint l_96 = l_95 + uint(0);
const float l_97 = l_94.i_0;
l_mut_76 = l_97;
const uint l_98 = reinterpret_cast<thread uint const&>(l_mut_76);
l_mut_99 = l_98;
const bool l_100 = l_mut_99 == uint(2147483648);
if (l_100) {
l_mut_99 = uint(0);
}
const uint l_101 = l_mut_99 | uint(2147483648);
l_mut_102 = l_101;
const bool l_103 = l_mut_99 >= uint(2147483648);
if (l_103) {
const uint l_104 = ~l_mut_99;
l_mut_102 = l_104;
}
const bool l_105 = l_mut_102 >= l_13;
if (l_105) {
const bool l_106 = l_mut_49 < info.scalars_uint[5];
if (l_106) {
const uint l_107 = l_85 + l_mut_49;
buffer_5[l_107] = l_mut_102;
const uint l_108 = l_85 + l_mut_49;
buffer_6[l_108] = l_96;
}
l_mut_49 = l_mut_49 + uint(1);
}
const uint l_109 = l_mut_87 * uint(4);
const uint l_110 = l_109 + uint(1);
const float l_111 = l_94.i_1;
l_mut_76 = l_111;
const uint l_112 = reinterpret_cast<thread uint const&>(l_mut_76);
l_mut_102 = l_112;
const bool l_113 = l_mut_102 == uint(2147483648);
if (l_113) {
l_mut_102 = uint(0);
}
const uint l_114 = l_mut_102 | uint(2147483648);
l_mut_99 = l_114;
const bool l_115 = l_mut_102 >= uint(2147483648);
if (l_115) {
const uint l_116 = ~l_mut_102;
l_mut_99 = l_116;
}
const bool l_117 = l_mut_99 >= l_13;
if (l_117) {
const bool l_118 = l_mut_49 < info.scalars_uint[5];
if (l_118) {
const uint l_119 = l_85 + l_mut_49;
buffer_5[l_119] = l_mut_99;
const uint l_120 = l_85 + l_mut_49;
buffer_6[l_120] = l_110;
}
l_mut_49 = l_mut_49 + uint(1);
}
const uint l_121 = l_mut_87 * uint(4);
const uint l_122 = l_121 + uint(2);
const float l_123 = l_94.i_2;
l_mut_76 = l_123;
const uint l_124 = reinterpret_cast<thread uint const&>(l_mut_76);
l_mut_102 = l_124;
const bool l_125 = l_mut_102 == uint(2147483648);
if (l_125) {
l_mut_102 = uint(0);
}
const uint l_126 = l_mut_102 | uint(2147483648);
l_mut_99 = l_126;
const bool l_127 = l_mut_102 >= uint(2147483648);
if (l_127) {
const uint l_128 = ~l_mut_102;
l_mut_99 = l_128;
}
const bool l_129 = l_mut_99 >= l_13;
if (l_129) {
const bool l_130 = l_mut_49 < info.scalars_uint[5];
if (l_130) {
const uint l_131 = l_85 + l_mut_49;
buffer_5[l_131] = l_mut_99;
const uint l_132 = l_85 + l_mut_49;
buffer_6[l_132] = l_122;
}
l_mut_49 = l_mut_49 + uint(1);
}
const uint l_133 = l_mut_87 * uint(4);
const uint l_134 = l_133 + uint(3);
const float l_135 = l_94.i_3;
l_mut_76 = l_135;
const uint l_136 = reinterpret_cast<thread uint const&>(l_mut_76);
l_mut_102 = l_136;
const bool l_137 = l_mut_102 == uint(2147483648);
if (l_137) {
l_mut_102 = uint(0);
}
const uint l_138 = l_mut_102 | uint(2147483648);
l_mut_99 = l_138;
const bool l_139 = l_mut_102 >= uint(2147483648);
if (l_139) {
const uint l_140 = ~l_mut_102;
l_mut_99 = l_140;
}
const bool l_141 = l_mut_99 >= l_13;
if (l_141) {
const bool l_142 = l_mut_49 < info.scalars_uint[5];
if (l_142) {
const uint l_143 = l_85 + l_mut_49;
buffer_5[l_143] = l_mut_99;
const uint l_144 = l_85 + l_mut_49;
buffer_6[l_144] = l_134;
}
l_mut_49 = l_mut_49 + uint(1);
}
l_mut_87 = l_mut_87 + total_thread_in_threadgroup;
}
const bool l_145 = thread_index_in_threadgroup == uint(0);
if (l_145) {
buffer_7[l_26] = l_82;
}
}
}
}

}
