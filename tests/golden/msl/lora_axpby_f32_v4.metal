
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    float scalars_float[2];uint static_meta[6];
};

[[kernel]]
void lora_axpby_f32_v4(
    const device float_4 * buffer_0 [[buffer(0)]],
    const device float_4 * buffer_1 [[buffer(1)]],
    device float_4 * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
const uint l_0 = info.static_meta[uint(5)];
const bool l_1 = thread_index_in_grid < l_0;
if (l_1) {
const float_4 l_2 = buffer_0[thread_index_in_grid];
const float_4 l_3 = float_4{
info.scalars_float[0],info.scalars_float[0],info.scalars_float[0],info.scalars_float[0],};
const float_4 l_4 = float_4{
l_2.i_0 * l_3.i_0, l_2.i_1 * l_3.i_1, l_2.i_2 * l_3.i_2, l_2.i_3 * l_3.i_3, };
const float_4 l_5 = buffer_1[thread_index_in_grid];
const float_4 l_6 = float_4{
info.scalars_float[1],info.scalars_float[1],info.scalars_float[1],info.scalars_float[1],};
const float_4 l_7 = float_4{
l_5.i_0 * l_6.i_0, l_5.i_1 * l_6.i_1, l_5.i_2 * l_6.i_2, l_5.i_3 * l_6.i_3, };
const float_4 l_8 = float_4{
l_4.i_0 + l_7.i_0, l_4.i_1 + l_7.i_1, l_4.i_2 + l_7.i_2, l_4.i_3 + l_7.i_3, };
buffer_2[thread_index_in_grid] = reinterpret_cast<thread float_4 const&>(l_8);
}

}
