
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
uint scalars_uint[12];uint static_meta[6];
};

[[kernel]]
void attention_attn_row_dot_f32_v4_varlen0(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    device float * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
float l_mut_2;
uint l_mut_26;
const uint l_0 = info.scalars_uint[5] * info.scalars_uint[0];
const bool l_1 = thread_index_in_grid >= l_0;
if (l_1) {
return;}
l_mut_2 = float(0.0);

for (uint l_mut_3 = uint(0); l_mut_3 < uint(32); ++l_mut_3) {
const uint l_4 = thread_index_in_grid * uint(32);
const uint l_5 = l_4 + l_mut_3;
const float_4 l_6 = buffer_0[l_5];
const uint l_7 = thread_index_in_grid * uint(32);
const uint l_8 = l_7 + l_mut_3;
const float_4 l_9 = buffer_1[l_8];
const float l_10 = l_6.i_0;
const float l_11 = l_9.i_0;
const float l_12 = l_10 * l_11;
l_mut_2 = l_mut_2 + l_12;
const float l_13 = l_6.i_1;
const float l_14 = l_9.i_1;
const float l_15 = l_13 * l_14;
l_mut_2 = l_mut_2 + l_15;
const float l_16 = l_6.i_2;
const float l_17 = l_9.i_2;
const float l_18 = l_16 * l_17;
l_mut_2 = l_mut_2 + l_18;
const float l_19 = l_6.i_3;
const float l_20 = l_9.i_3;
const float l_21 = l_19 * l_20;
l_mut_2 = l_mut_2 + l_21;
}
const uint l_22 = thread_index_in_grid / info.scalars_uint[0];
const uint l_23 = thread_index_in_grid % info.scalars_uint[0];
const uint l_24 = l_23 * info.scalars_uint[5];
const uint l_25 = l_24 + l_22;
l_mut_26 = l_25;
const uint l_27 = l_22 / info.scalars_uint[3];
const uint l_28 = l_22 % info.scalars_uint[3];
const uint l_29 = l_27 * info.scalars_uint[0];
const uint l_30 = l_29 + l_23;
const uint l_31 = l_30 * info.scalars_uint[3];
const uint l_32 = l_31 + l_28;
l_mut_26 = l_32;
buffer_2[l_mut_26] = l_mut_2;

}
