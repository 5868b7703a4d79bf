
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void lora_select_adapter_f32_v1(
    device float * buffer_0 [[buffer(0)]],
    const device int * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint3 thread_pos_in_grid [[thread_position_in_grid]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]]
) {
uint thread_index_in_grid = (
                thread_pos_in_grid.z * threadgroups_per_grid.x * threads_per_threadgroup.x * threadgroups_per_grid.y * threads_per_threadgroup.y)
                + (thread_pos_in_grid.y * threadgroups_per_grid.x * threads_per_threadgroup.x)
                + thread_pos_in_grid.x;
const uint l_0 = info.static_meta[uint(2)];
const bool l_1 = thread_index_in_grid < l_0;
if (l_1) {
const uint l_2 = thread_index_in_grid / info.scalars_uint[0];
const uint l_3 = thread_index_in_grid % info.scalars_uint[0];
const uint l_4 = l_3 / info.scalars_uint[1];
const int l_5 = buffer_1[l_2];
const int l_6 = int(l_4);
const bool l_7 = l_5 != l_6;
if (l_7) {
buffer_0[thread_index_in_grid] = float(0.0);
}
}

}
