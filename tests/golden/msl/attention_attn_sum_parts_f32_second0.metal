
#include <metal_stdlib>
using namespace metal;

struct info_st {
    float scalars_float[4];
int scalars_int[2];
uint scalars_uint[12];uint static_meta[4];
};

[[kernel]]
void attention_attn_sum_parts_f32_second0(
    const device float * buffer_0 [[buffer(0)]],
    device float * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
float l_mut_3;
uint l_mut_2;
const uint l_0 = info.static_meta[uint(3)];
const bool l_1 = thread_index_in_grid >= l_0;
if (l_1) {
return;}
l_mut_2 = uint(0);
l_mut_3 = float(0.0);

for (uint l_mut_4 = uint(0); l_mut_4 < info.scalars_uint[9]; ++l_mut_4) {
const uint l_5 = l_mut_4 * l_0;
const uint l_6 = l_mut_2 + l_5;
const uint l_7 = l_6 + thread_index_in_grid;
const float l_8 = buffer_0[l_7];
l_mut_3 = l_mut_3 + l_8;
}
const float l_9 = l_mut_3;
buffer_1[thread_index_in_grid] = l_9;

}
