
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    uint scalars_uint[4];uint static_meta[4];
};

[[kernel]]
void cross_entropy_column_sum_f32_v4(
    const device float_4 * buffer_0 [[buffer(0)]],
    device float_4 * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
float_4 l_mut_2;
const bool l_0 = thread_index_in_grid < info.scalars_uint[1];
if (l_0) {
const float_4 l_1 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_2 = l_1;

for (uint l_mut_3 = uint(0); l_mut_3 < info.scalars_uint[0]; ++l_mut_3) {
const uint l_4 = l_mut_3 * info.scalars_uint[1];
const uint l_5 = l_4 + thread_index_in_grid;
const float_4 l_6 = buffer_0[l_5];
l_mut_2 = float_4{
l_mut_2.i_0 + l_6.i_0, l_mut_2.i_1 + l_6.i_1, l_mut_2.i_2 + l_6.i_2, l_mut_2.i_3 + l_6.i_3, };
}
const uint l_7 = info.scalars_uint[2] + thread_index_in_grid;
const float_4 l_8 = buffer_1[l_7];
const float_4 l_9 = float_4{
l_8.i_0 + l_mut_2.i_0, l_8.i_1 + l_mut_2.i_1, l_8.i_2 + l_mut_2.i_2, l_8.i_3 + l_mut_2.i_3, };
buffer_1[l_7] = reinterpret_cast<thread float_4 const&>(l_9);
}

}
