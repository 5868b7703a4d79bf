
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[4];
int scalars_int[2];
uint scalars_uint[12];uint static_meta[8];
};

[[kernel]]
void attention_attn_combine_f32_varlen0(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    device float * buffer_3 [[buffer(3)]],
    constant info_st& info [[buffer(4)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
float l_mut_12;
float l_mut_13;
float l_mut_28;
float l_mut_29;
float l_mut_6;
uint l_mut_40;
const uint l_0 = info.scalars_uint[5] * info.scalars_uint[0];
const uint l_1 = l_0 * uint(128);
const bool l_2 = thread_index_in_grid >= l_1;
if (l_2) {
return;}
const uint l_3 = thread_index_in_grid / uint(128);
const uint l_4 = thread_index_in_grid % uint(128);
const uint l_5 = info.scalars_uint[5] * info.scalars_uint[0];
l_mut_6 = info.scalars_float[2];

for (uint l_mut_7 = uint(0); l_mut_7 < uint(8); ++l_mut_7) {
const uint l_8 = l_mut_7 * l_5;
const uint l_9 = l_8 + l_3;
const float l_10 = buffer_1[l_9];
const bool l_11 = l_10 > l_mut_6;
if (l_11) {
l_mut_6 = l_10;
}
}
l_mut_12 = float(0.0);
l_mut_13 = float(0.0);
const bool l_14 = l_mut_6 > info.scalars_float[2];
if (l_14) {

for (uint l_mut_15 = uint(0); l_mut_15 < uint(8); ++l_mut_15) {
const uint l_16 = l_mut_15 * l_5;
const uint l_17 = l_16 + l_3;
const float l_18 = buffer_1[l_17];
const bool l_19 = l_18 > info.scalars_float[2];
if (l_19) {
const float l_20 = l_18 - l_mut_6;
const float l_21 = exp(l_20);
l_mut_12 = l_mut_12 + l_21;
const uint l_22 = l_mut_15 * l_5;
const uint l_23 = l_22 + l_3;
const uint l_24 = l_23 * uint(128);
const uint l_25 = l_24 + l_4;
const float l_26 = buffer_0[l_25];
const float l_27 = l_21 * l_26;
l_mut_13 = l_mut_13 + l_27;
}
}
}
l_mut_28 = float(0.0);
l_mut_29 = info.scalars_float[2];
const bool l_30 = l_mut_12 > float(0.0);
if (l_30) {
const float l_31 = l_mut_13 / l_mut_12;
l_mut_28 = l_31;
const float l_32 = log(l_mut_12);
const float l_33 = l_mut_6 + l_32;
l_mut_29 = l_33;
}
const float l_34 = l_mut_28;
buffer_2[thread_index_in_grid] = l_34;
const bool l_35 = l_4 == uint(0);
if (l_35) {
const uint l_36 = l_3 / info.scalars_uint[0];
const uint l_37 = l_3 % info.scalars_uint[0];
const uint l_38 = l_37 * info.scalars_uint[5];
const uint l_39 = l_38 + l_36;
l_mut_40 = l_39;
const uint l_41 = l_36 / info.scalars_uint[3];
const uint l_42 = l_36 % info.scalars_uint[3];
const uint l_43 = l_41 * info.scalars_uint[0];
const uint l_44 = l_43 + l_37;
const uint l_45 = l_44 * info.scalars_uint[3];
const uint l_46 = l_45 + l_42;
l_mut_40 = l_46;
buffer_3[l_mut_40] = l_mut_29;
}

}
