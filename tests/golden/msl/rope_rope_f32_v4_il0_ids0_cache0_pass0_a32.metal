
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
uint scalars_uint[16];uint static_meta[16];
};

[[kernel]]
void rope_rope_f32_v4_il0_ids0_cache0_pass0_a32(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    device float_4 * buffer_2 [[buffer(2)]],
    device float_4 * buffer_3 [[buffer(3)]],
    const device float_4 * buffer_4 [[buffer(4)]],
    const device float_4 * buffer_5 [[buffer(5)]],
    const device float_4 * buffer_6 [[buffer(6)]],
    const device int * buffer_7 [[buffer(7)]],
    constant info_st& info [[buffer(8)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
uint l_mut_33;
uint l_mut_42;
const uint l_0 = info.scalars_uint[8] * info.scalars_uint[10];
const uint l_1 = l_0 * info.scalars_uint[13];
const bool l_2 = thread_index_in_grid < l_1;
if (l_2) {
const uint l_3 = thread_index_in_grid / l_0;
const uint l_4 = thread_index_in_grid % l_0;
const uint l_5 = l_4 / info.scalars_uint[10];
const uint l_6 = thread_index_in_grid % info.scalars_uint[10];
const uint l_7 = l_5 / info.scalars_uint[9];
const uint l_8 = l_5 % info.scalars_uint[9];
const uint l_9 = info.scalars_uint[15] + l_8;
const float l_10 = float(l_9);
const float_4 l_11 = float_4{
l_10,l_10,l_10,l_10,};
const float_4 l_12 = buffer_4[l_6];
const float_4 l_13 = float_4{
l_11.i_0 * l_12.i_0, l_11.i_1 * l_12.i_1, l_11.i_2 * l_12.i_2, l_11.i_3 * l_12.i_3, };
const float_4 l_14 = float_4{
float(0.15915493667125702),float(0.15915493667125702),float(0.15915493667125702),float(0.15915493667125702),};
const float_4 l_15 = float_4{
l_13.i_0 * l_14.i_0, l_13.i_1 * l_14.i_1, l_13.i_2 * l_14.i_2, l_13.i_3 * l_14.i_3, };
const float_4 l_16 = float_4{
rint(l_15.i_0),rint(l_15.i_1),rint(l_15.i_2),rint(l_15.i_3),};
const float_4 l_17 = float_4{
float(6.28125),float(6.28125),float(6.28125),float(6.28125),};
const float_4 l_18 = float_4{
l_16.i_0 * l_17.i_0, l_16.i_1 * l_17.i_1, l_16.i_2 * l_17.i_2, l_16.i_3 * l_17.i_3, };
const float_4 l_19 = float_4{
l_13.i_0 - l_18.i_0, l_13.i_1 - l_18.i_1, l_13.i_2 - l_18.i_2, l_13.i_3 - l_18.i_3, };
const float_4 l_20 = float_4{
float(0.0019353071693331003),float(0.0019353071693331003),float(0.0019353071693331003),float(0.0019353071693331003),};
const float_4 l_21 = float_4{
l_16.i_0 * l_20.i_0, l_16.i_1 * l_20.i_1, l_16.i_2 * l_20.i_2, l_16.i_3 * l_20.i_3, };
const float_4 l_22 = float_4{
l_19.i_0 - l_21.i_0, l_19.i_1 - l_21.i_1, l_19.i_2 - l_21.i_2, l_19.i_3 - l_21.i_3, };
const float_4 l_23 = float_4{
cos(l_22.i_0),cos(l_22.i_1),cos(l_22.i_2),cos(l_22.i_3),};
const float_4 l_24 = float_4{
sin(l_22.i_0),sin(l_22.i_1),sin(l_22.i_2),sin(l_22.i_3),};
const float_4 l_25 = float_4{
info.scalars_float[0],info.scalars_float[0],info.scalars_float[0],info.scalars_float[0],};
const float_4 l_26 = float_4{
l_23.i_0 * l_25.i_0, l_23.i_1 * l_25.i_1, l_23.i_2 * l_25.i_2, l_23.i_3 * l_25.i_3, };
const float l_27 = info.scalars_float[0] * info.scalars_float[1];
const float_4 l_28 = float_4{
l_27,l_27,l_27,l_27,};
const float_4 l_29 = float_4{
l_24.i_0 * l_28.i_0, l_24.i_1 * l_28.i_1, l_24.i_2 * l_28.i_2, l_24.i_3 * l_28.i_3, };
const uint l_30 = l_6 + info.scalars_uint[10];
const bool l_31 = l_3 < info.scalars_uint[12];
if (l_31) {
const uint l_32 = l_3 * info.scalars_uint[11];
l_mut_33 = info.scalars_uint[11];
const uint l_34 = info.scalars_uint[3] - l_32;
const bool l_35 = l_34 < info.scalars_uint[11];
if (l_35) {
const uint l_36 = info.scalars_uint[3] - l_32;
l_mut_33 = l_36;
}
const uint l_37 = l_7 * info.scalars_uint[0];
const uint l_38 = l_8 * info.scalars_uint[1];
const uint l_39 = l_37 + l_38;
const uint l_40 = l_32 * info.scalars_uint[2];
const uint l_41 = l_39 + l_40;
l_mut_42 = uint(0);
while (true) {
const uint l_43 = l_mut_42 + uint(4);
const bool l_44 = l_43 <= l_mut_33;
const bool l_45 = !l_44;
if (l_45) {
break;}
const uint l_46 = l_mut_42 * info.scalars_uint[2];
const uint l_47 = l_41 + l_46;
const uint l_48 = l_47 + info.scalars_uint[2];
const uint l_49 = l_48 + info.scalars_uint[2];
const uint l_50 = l_49 + info.scalars_uint[2];
const uint l_51 = l_47 + l_6;
const float_4 l_52 = buffer_0[l_51];
const uint l_53 = l_47 + l_30;
const float_4 l_54 = buffer_0[l_53];
const uint l_55 = l_48 + l_6;
const float_4 l_56 = buffer_0[l_55];
const uint l_57 = l_48 + l_30;
const float_4 l_58 = buffer_0[l_57];
const uint l_59 = l_49 + l_6;
const float_4 l_60 = buffer_0[l_59];
const uint l_61 = l_49 + l_30;
const float_4 l_62 = buffer_0[l_61];
const uint l_63 = l_50 + l_6;
const float_4 l_64 = buffer_0[l_63];
const uint l_65 = l_50 + l_30;
const float_4 l_66 = buffer_0[l_65];
const uint l_67 = l_47 + l_6;
const float_4 l_68 = float_4{
l_52.i_0 * l_26.i_0, l_52.i_1 * l_26.i_1, l_52.i_2 * l_26.i_2, l_52.i_3 * l_26.i_3, };
const float_4 l_69 = float_4{
l_54.i_0 * l_29.i_0, l_54.i_1 * l_29.i_1, l_54.i_2 * l_29.i_2, l_54.i_3 * l_29.i_3, };
const float_4 l_70 = float_4{
l_68.i_0 - l_69.i_0, l_68.i_1 - l_69.i_1, l_68.i_2 - l_69.i_2, l_68.i_3 - l_69.i_3, };
buffer_2[l_67] = reinterpret_cast<thread float_4 const&>(l_70);
const uint l_71 = l_47 + l_30;
const float_4 l_72 = float_4{
l_54.i_0 * l_26.i_0, l_54.i_1 * l_26.i_1, l_54.i_2 * l_26.i_2, l_54.i_3 * l_26.i_3, };
const float_4 l_73 = float_4{
l_52.i_0 * l_29.i_0, l_52.i_1 * l_29.i_1, l_52.i_2 * l_29.i_2, l_52.i_3 * l_29.i_3, };
const float_4 l_74 = float_4{
l_72.i_0 + l_73.i_0, l_72.i_1 + l_73.i_1, l_72.i_2 + l_73.i_2, l_72.i_3 + l_73.i_3, };
buffer_2[l_71] = reinterpret_cast<thread float_4 const&>(l_74);
const uint l_75 = l_48 + l_6;
const float_4 l_76 = float_4{
l_56.i_0 * l_26.i_0, l_56.i_1 * l_26.i_1, l_56.i_2 * l_26.i_2, l_56.i_3 * l_26.i_3, };
const float_4 l_77 = float_4{
l_58.i_0 * l_29.i_0, l_58.i_1 * l_29.i_1, l_58.i_2 * l_29.i_2, l_58.i_3 * l_29.i_3, };
const float_4 l_78 = float_4{
l_76.i_0 - l_77.i_0, l_76.i_1 - l_77.i_1, l_76.i_2 - l_77.i_2, l_76.i_3 - l_77.i_3, };
buffer_2[l_75] = reinterpret_cast<thread float_4 const&>(l_78);
const uint l_79 = l_48 + l_30;
const float_4 l_80 = float_4{
l_58.i_0 * l_26.i_0, l_58.i_1 * l_26.i_1, l_58.i_2 * l_26.i_2, l_58.i_3 * l_26.i_3, };
const float_4 l_81 = float_4{
l_56.i_0 * l_29.i_0, l_56.i_1 * l_29.i_1, l_56.i_2 * l_29.i_2, l_56.i_3 * l_29.i_3, };
const float_4 l_82 = float_4{
l_80.i_0 + l_81.i_0, l_80.i_1 + l_81.i_1, l_80.i_2 + l_81.i_2, l_80.i_3 + l_81.i_3, };
buffer_2[l_79] = reinterpret_cast<thread float_4 const&>(l_82);
const uint l_83 = l_49 + l_6;
const float_4 l_84 = float_4{
l_60.i_0 * l_26.i_0, l_60.i_1 * l_26.i_1, l_60.i_2 * l_26.i_2, l_60.i_3 * l_26.i_3, };
const float_4 l_85 = float_4{
l_62.i_0 * l_29.i_0, l_62.i_1 * l_29.i_1, l_62.i_2 * l_29.i_2, l_62.i_3 * l_29.i_3, };
const float_4 l_86 = float_4{
l_84.i_0 - l_85.i_0, l_84.i_1 - l_85.i_1, l_84.i_2 - l_85.i_2, l_84.i_3 - l_85.i_3, };
buffer_2[l_83] = reinterpret_cast<thread float_4 const&>(l_86);
const uint l_87 = l_49 + l_30;
const float_4 l_88 = float_4{
l_62.i_0 * l_26.i_0, l_62.i_1 * l_26.i_1, l_62.i_2 * l_26.i_2, l_62.i_3 * l_26.i_3, };
const float_4 l_89 = float_4{
l_60.i_0 * l_29.i_0, l_60.i_1 * l_29.i_1, l_60.i_2 * l_29.i_2, l_60.i_3 * l_29.i_3, };
const float_4 l_90 = float_4{
l_88.i_0 + l_89.i_0, l_88.i_1 + l_89.i_1, l_88.i_2 + l_89.i_2, l_88.i_3 + l_89.i_3, };
buffer_2[l_87] = reinterpret_cast<thread float_4 const&>(l_90);
const uint l_91 = l_50 + l_6;
const float_4 l_92 = float_4{
l_64.i_0 * l_26.i_0, l_64.i_1 * l_26.i_1, l_64.i_2 * l_26.i_2, l_64.i_3 * l_26.i_3, };
const float_4 l_93 = float_4{
l_66.i_0 * l_29.i_0, l_66.i_1 * l_29.i_1, l_66.i_2 * l_29.i_2, l_66.i_3 * l_29.i_3, };
const float_4 l_94 = float_4{
l_92.i_0 - l_93.i_0, l_92.i_1 - l_93.i_1, l_92.i_2 - l_93.i_2, l_92.i_3 - l_93.i_3, };
buffer_2[l_91] = reinterpret_cast<thread float_4 const&>(l_94);
const uint l_95 = l_50 + l_30;
const float_4 l_96 = float_4{
l_66.i_0 * l_26.i_0, l_66.i_1 * l_26.i_1, l_66.i_2 * l_26.i_2, l_66.i_3 * l_26.i_3, };
const float_4 l_97 = float_4{
l_64.i_0 * l_29.i_0, l_64.i_1 * l_29.i_1, l_64.i_2 * l_29.i_2, l_64.i_3 * l_29.i_3, };
const float_4 l_98 = float_4{
l_96.i_0 + l_97.i_0, l_96.i_1 + l_97.i_1, l_96.i_2 + l_97.i_2, l_96.i_3 + l_97.i_3, };
buffer_2[l_95] = reinterpret_cast<thread float_4 const&>(l_98);
l_mut_42 = l_mut_42 + uint(4);
}
while (true) {
const bool l_99 = l_mut_42 < l_mut_33;
const bool l_100 = !l_99;
if (l_100) {
break;}
const uint l_101 = l_mut_42 * info.scalars_uint[2];
const uint l_102 = l_41 + l_101;
const uint l_103 = l_102 + l_6;
const float_4 l_104 = buffer_0[l_103];
const uint l_105 = l_102 + l_30;
const float_4 l_106 = buffer_0[l_105];
const uint l_107 = l_102 + l_6;
const float_4 l_108 = float_4{
l_104.i_0 * l_26.i_0, l_104.i_1 * l_26.i_1, l_104.i_2 * l_26.i_2, l_104.i_3 * l_26.i_3, };
const float_4 l_109 = float_4{
l_106.i_0 * l_29.i_0, l_106.i_1 * l_29.i_1, l_106.i_2 * l_29.i_2, l_106.i_3 * l_29.i_3, };
const float_4 l_110 = float_4{
l_108.i_0 - l_109.i_0, l_108.i_1 - l_109.i_1, l_108.i_2 - l_109.i_2, l_108.i_3 - l_109.i_3, };
buffer_2[l_107] = reinterpret_cast<thread float_4 const&>(l_110);
const uint l_111 = l_102 + l_30;
const float_4 l_112 = float_4{
l_106.i_0 * l_26.i_0, l_106.i_1 * l_26.i_1, l_106.i_2 * l_26.i_2, l_106.i_3 * l_26.i_3, };
const float_4 l_113 = float_4{
l_104.i_0 * l_29.i_0, l_104.i_1 * l_29.i_1, l_104.i_2 * l_29.i_2, l_104.i_3 * l_29.i_3, };
const float_4 l_114 = float_4{
l_112.i_0 + l_113.i_0, l_112.i_1 + l_113.i_1, l_112.i_2 + l_113.i_2, l_112.i_3 + l_113.i_3, };
buffer_2[l_111] = reinterpret_cast<thread float_4 const&>(l_114);
l_mut_42 = l_mut_42 + uint(1);
}
} else {
const uint l_115 = l_3 - info.scalars_uint[12];
const uint l_116 = l_115 * info.scalars_uint[11];
l_mut_42 = info.scalars_uint[11];
const uint l_117 = info.scalars_uint[7] - l_116;
const bool l_118 = l_117 < info.scalars_uint[11];
if (l_118) {
const uint l_119 = info.scalars_uint[7] - l_116;
l_mut_42 = l_119;
}
const uint l_120 = l_7 * info.scalars_uint[4];
const uint l_121 = l_8 * info.scalars_uint[5];
const uint l_122 = l_120 + l_121;
const uint l_123 = l_116 * info.scalars_uint[6];
const uint l_124 = l_122 + l_123;
l_mut_33 = uint(0);
while (true) {
const uint l_125 = l_mut_33 + uint(4);
const bool l_126 = l_125 <= l_mut_42;
const bool l_127 = !l_126;
if (l_127) {
break;}
const uint l_128 = l_mut_33 * info.scalars_uint[6];
const uint l_129 = l_124 + l_128;
const uint l_130 = l_129 + info.scalars_uint[6];
const uint l_131 = l_130 + info.scalars_uint[6];
const uint l_132 = l_131 + info.scalars_uint[6];
const uint l_133 = l_129 + l_6;
const float_4 l_134 = buffer_1[l_133];
const uint l_135 = l_129 + l_30;
const float_4 l_136 = buffer_1[l_135];
const uint l_137 = l_130 + l_6;
const float_4 l_138 = buffer_1[l_137];
const uint l_139 = l_130 + l_30;
const float_4 l_140 = buffer_1[l_139];
const uint l_141 = l_131 + l_6;
const float_4 l_142 = buffer_1[l_141];
const uint l_143 = l_131 + l_30;
const float_4 l_144 = buffer_1[l_143];
const uint l_145 = l_132 + l_6;
const float_4 l_146 = buffer_1[l_145];
const uint l_147 = l_132 + l_30;
const float_4 l_148 = buffer_1[l_147];
const uint l_149 = l_129 + l_6;
const float_4 l_150 = float_4{
l_134.i_0 * l_26.i_0, l_134.i_1 * l_26.i_1, l_134.i_2 * l_26.i_2, l_134.i_3 * l_26.i_3, };
const float_4 l_151 = float_4{
l_136.i_0 * l_29.i_0, l_136.i_1 * l_29.i_1, l_136.i_2 * l_29.i_2, l_136.i_3 * l_29.i_3, };
const float_4 l_152 = float_4{
l_150.i_0 - l_151.i_0, l_150.i_1 - l_151.i_1, l_150.i_2 - l_151.i_2, l_150.i_3 - l_151.i_3, };
buffer_3[l_149] = reinterpret_cast<thread float_4 const&>(l_152);
const uint l_153 = l_129 + l_30;
const float_4 l_154 = float_4{
l_136.i_0 * l_26.i_0, l_136.i_1 * l_26.i_1, l_136.i_2 * l_26.i_2, l_136.i_3 * l_26.i_3, };
const float_4 l_155 = float_4{
l_134.i_0 * l_29.i_0, l_134.i_1 * l_29.i_1, l_134.i_2 * l_29.i_2, l_134.i_3 * l_29.i_3, };
const float_4 l_156 = float_4{
l_154.i_0 + l_155.i_0, l_154.i_1 + l_155.i_1, l_154.i_2 + l_155.i_2, l_154.i_3 + l_155.i_3, };
buffer_3[l_153] = reinterpret_cast<thread float_4 const&>(l_156);
const uint l_157 = l_130 + l_6;
const float_4 l_158 = float_4{
l_138.i_0 * l_26.i_0, l_138.i_1 * l_26.i_1, l_138.i_2 * l_26.i_2, l_138.i_3 * l_26.i_3, };
const float_4 l_159 = float_4{
l_140.i_0 * l_29.i_0, l_140.i_1 * l_29.i_1, l_140.i_2 * l_29.i_2, l_140.i_3 * l_29.i_3, };
const float_4 l_160 = float_4{
l_158.i_0 - l_159.i_0, l_158.i_1 - l_159.i_1, l_158.i_2 - l_159.i_2, l_158.i_3 - l_159.i_3, };
buffer_3[l_157] = reinterpret_cast<thread float_4 const&>(l_160);
const uint l_161 = l_130 + l_30;
const float_4 l_162 = float_4{
l_140.i_0 * l_26.i_0, l_140.i_1 * l_26.i_1, l_140.i_2 * l_26.i_2, l_140.i_3 * l_26.i_3, };
const float_4 l_163 = float_4{
l_138.i_0 * l_29.i_0, l_138.i_1 * l_29.i_1, l_138.i_2 * l_29.i_2, l_138.i_3 * l_29.i_3, };
const float_4 l_164 = float_4{
l_162.i_0 + l_163.i_0, l_162.i_1 + l_163.i_1, l_162.i_2 + l_163.i_2, l_162.i_3 + l_163.i_3, };
buffer_3[l_161] = reinterpret_cast<thread float_4 const&>(l_164);
const uint l_165 = l_131 + l_6;
const float_4 l_166 = float_4{
l_142.i_0 * l_26.i_0, l_142.i_1 * l_26.i_1, l_142.i_2 * l_26.i_2, l_142.i_3 * l_26.i_3, };
const float_4 l_167 = float_4{
l_144.i_0 * l_29.i_0, l_144.i_1 * l_29.i_1, l_144.i_2 * l_29.i_2, l_144.i_3 * l_29.i_3, };
const float_4 l_168 = float_4{
l_166.i_0 - l_167.i_0, l_166.i_1 - l_167.i_1, l_166.i_2 - l_167.i_2, l_166.i_3 - l_167.i_3, };
buffer_3[l_165] = reinterpret_cast<thread float_4 const&>(l_168);
const uint l_169 = l_131 + l_30;
const float_4 l_170 = float_4{
l_144.i_0 * l_26.i_0, l_144.i_1 * l_26.i_1, l_144.i_2 * l_26.i_2, l_144.i_3 * l_26.i_3, };
const float_4 l_171 = float_4{
l_142.i_0 * l_29.i_0, l_142.i_1 * l_29.i_1, l_142.i_2 * l_29.i_2, l_142.i_3 * l_29.i_3, };
const float_4 l_172 = float_4{
l_170.i_0 + l_171.i_0, l_170.i_1 + l_171.i_1, l_170.i_2 + l_171.i_2, l_170.i_3 + l_171.i_3, };
buffer_3[l_169] = reinterpret_cast<thread float_4 const&>(l_172);
const uint l_173 = l_132 + l_6;
const float_4 l_174 = float_4{
l_146.i_0 * l_26.i_0, l_146.i_1 * l_26.i_1, l_146.i_2 * l_26.i_2, l_146.i_3 * l_26.i_3, };
const float_4 l_175 = float_4{
l_148.i_0 * l_29.i_0, l_148.i_1 * l_29.i_1, l_148.i_2 * l_29.i_2, l_148.i_3 * l_29.i_3, };
const float_4 l_176 = float_4{
l_174.i_0 - l_175.i_0, l_174.i_1 - l_175.i_1, l_174.i_2 - l_175.i_2, l_174.i_3 - l_175.i_3, };
buffer_3[l_173] = reinterpret_cast<thread float_4 const&>(l_176);
const uint l_177 = l_132 + l_30;
const float_4 l_178 = float_4{
l_148.i_0 * l_26.i_0, l_148.i_1 * l_26.i_1, l_148.i_2 * l_26.i_2, l_148.i_3 * l_26.i_3, };
const float_4 l_179 = float_4{
l_146.i_0 * l_29.i_0, l_146.i_1 * l_29.i_1, l_146.i_2 * l_29.i_2, l_146.i_3 * l_29.i_3, };
const float_4 l_180 = float_4{
l_178.i_0 + l_179.i_0, l_178.i_1 + l_179.i_1, l_178.i_2 + l_179.i_2, l_178.i_3 + l_179.i_3, };
buffer_3[l_177] = reinterpret_cast<thread float_4 const&>(l_180);
l_mut_33 = l_mut_33 + uint(4);
}
while (true) {
const bool l_181 = l_mut_33 < l_mut_42;
const bool l_182 = !l_181;
if (l_182) {
break;}
const uint l_183 = l_mut_33 * info.scalars_uint[6];
const uint l_184 = l_124 + l_183;
const uint l_185 = l_184 + l_6;
const float_4 l_186 = buffer_1[l_185];
const uint l_187 = l_184 + l_30;
const float_4 l_188 = buffer_1[l_187];
const uint l_189 = l_184 + l_6;
const float_4 l_190 = float_4{
l_186.i_0 * l_26.i_0, l_186.i_1 * l_26.i_1, l_186.i_2 * l_26.i_2, l_186.i_3 * l_26.i_3, };
const float_4 l_191 = float_4{
l_188.i_0 * l_29.i_0, l_188.i_1 * l_29.i_1, l_188.i_2 * l_29.i_2, l_188.i_3 * l_29.i_3, };
const float_4 l_192 = float_4{
l_190.i_0 - l_191.i_0, l_190.i_1 - l_191.i_1, l_190.i_2 - l_191.i_2, l_190.i_3 - l_191.i_3, };
buffer_3[l_189] = reinterpret_cast<thread float_4 const&>(l_192);
const uint l_193 = l_184 + l_30;
const float_4 l_194 = float_4{
l_188.i_0 * l_26.i_0, l_188.i_1 * l_26.i_1, l_188.i_2 * l_26.i_2, l_188.i_3 * l_26.i_3, };
const float_4 l_195 = float_4{
l_186.i_0 * l_29.i_0, l_186.i_1 * l_29.i_1, l_186.i_2 * l_29.i_2, l_186.i_3 * l_29.i_3, };
const float_4 l_196 = float_4{
l_194.i_0 + l_195.i_0, l_194.i_1 + l_195.i_1, l_194.i_2 + l_195.i_2, l_194.i_3 + l_195.i_3, };
buffer_3[l_193] = reinterpret_cast<thread float_4 const&>(l_196);
l_mut_33 = l_mut_33 + uint(1);
}
}
}

}
