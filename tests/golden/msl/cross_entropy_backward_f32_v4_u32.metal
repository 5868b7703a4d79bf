
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
void cross_entropy_backward_f32_v4_u32(
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
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
uint total_threadgroups_in_grid = threadgroups_per_grid.x * threadgroups_per_grid.y * threadgroups_per_grid.z;
bool_4 l_mut_59;
float l_mut_26;
float l_mut_27;
float l_mut_34;
float l_mut_35;
float l_mut_36;
float l_mut_37;
float l_mut_40;
float_4 l_mut_53;
float_4 l_mut_57;
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
const uint l_28 = uint(2) * l_mut_5;
const float l_29 = buffer_6[l_28];
l_mut_26 = l_29;
const uint l_30 = uint(2) * l_mut_5;
const uint l_31 = l_30 + uint(1);
const float l_32 = buffer_6[l_31];
const float l_33 = exp(l_32);
l_mut_27 = l_33;
l_mut_34 = float(0.0);
l_mut_35 = float(0.0);
l_mut_36 = float(0.0);
l_mut_37 = float(0.0);
const float l_38 = log(l_mut_27);
const float l_39 = l_mut_26 + l_38;
l_mut_40 = info.scalars_float[3];
const float l_41 = buffer_8[l_mut_5];
l_mut_40 = l_mut_40 * l_41;
const bool l_42 = !l_15;
const bool l_43 = !l_9;
const bool l_44 = l_42 && l_43;
if (l_44) {
l_mut_40 = info.scalars_float[5];
}
const float l_45 = float(1.0) / l_mut_27;
l_mut_27 = l_45;
const float l_46 = info.scalars_float[0] / l_1;
const float l_47 = float(1.0) - info.scalars_float[0];
l_mut_16 = thread_index_in_threadgroup;
while (true) {
const bool l_48 = l_mut_16 < l_0;
const bool l_49 = !l_48;
if (l_49) {
break;}
const uint l_50 = l_25 + l_mut_16;
const float_4 l_51 = buffer_0[l_50];
const uint l_52 = l_2 + l_mut_16;
l_mut_53 = l_51;
const float_4 l_54 = float_4{
l_mut_26,l_mut_26,l_mut_26,l_mut_26,};
const float_4 l_55 = float_4{
l_mut_53.i_0 - l_54.i_0, l_mut_53.i_1 - l_54.i_1, l_mut_53.i_2 - l_54.i_2, l_mut_53.i_3 - l_54.i_3, };
const float_4 l_56 = float_4{
exp(l_55.i_0),exp(l_55.i_1),exp(l_55.i_2),exp(l_55.i_3),};
l_mut_57 = l_56;
const bool l_58 = isinf(l_mut_26);
if (l_58) {
l_mut_59 = bool_4{
l_mut_53.i_0 == l_54.i_0, l_mut_53.i_1 == l_54.i_1, l_mut_53.i_2 == l_54.i_2, l_mut_53.i_3 == l_54.i_3, };
const float_4 l_60 = float_4{
float(1.0),float(1.0),float(1.0),float(1.0),};
const float_4 l_61 = float_4{
l_mut_53.i_0 - l_54.i_0, l_mut_53.i_1 - l_54.i_1, l_mut_53.i_2 - l_54.i_2, l_mut_53.i_3 - l_54.i_3, };
const float_4 l_62 = float_4{
exp(l_61.i_0),exp(l_61.i_1),exp(l_61.i_2),exp(l_61.i_3),};
const float_4 l_63 = float_4 {
(l_mut_59.i_0) ? l_60.i_0 : l_62.i_0,
(l_mut_59.i_1) ? l_60.i_1 : l_62.i_1,
(l_mut_59.i_2) ? l_60.i_2 : l_62.i_2,
(l_mut_59.i_3) ? l_60.i_3 : l_62.i_3,
};
l_mut_57 = l_63;
}
const float_4 l_64 = float_4{
l_mut_27,l_mut_27,l_mut_27,l_mut_27,};
const float_4 l_65 = float_4{
l_mut_57.i_0 * l_64.i_0, l_mut_57.i_1 * l_64.i_1, l_mut_57.i_2 * l_64.i_2, l_mut_57.i_3 * l_64.i_3, };
l_mut_66 = l_65;
const bool l_67 = l_mut_16 == l_mut_17;
if (l_67) {
const bool l_68 = l_24 == uint(0);
if (l_68) {
const float l_69 = l_mut_66.i_0;
const float l_70 = l_69 - l_47;
l_mut_66.i_0 = l_70;
}
const bool l_71 = l_24 == uint(1);
if (l_71) {
const float l_72 = l_mut_66.i_1;
const float l_73 = l_72 - l_47;
l_mut_66.i_1 = l_73;
}
const bool l_74 = l_24 == uint(2);
if (l_74) {
const float l_75 = l_mut_66.i_2;
const float l_76 = l_75 - l_47;
l_mut_66.i_2 = l_76;
}
const bool l_77 = l_24 == uint(3);
if (l_77) {
const float l_78 = l_mut_66.i_3;
const float l_79 = l_78 - l_47;
l_mut_66.i_3 = l_79;
}
}
const float_4 l_80 = float_4{
l_mut_40,l_mut_40,l_mut_40,l_mut_40,};
l_mut_66 = float_4{
l_mut_66.i_0 * l_80.i_0, l_mut_66.i_1 * l_80.i_1, l_mut_66.i_2 * l_80.i_2, l_mut_66.i_3 * l_80.i_3, };
if (l_9) {
const float_4 l_81 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_66 = l_81;
}
const uint l_82 = l_25 + l_mut_16;
buffer_3[l_82] = l_mut_66;
l_mut_16 = l_mut_16 + total_thread_in_threadgroup;
}
l_mut_5 = l_mut_5 + total_threadgroups_in_grid;
}

}
