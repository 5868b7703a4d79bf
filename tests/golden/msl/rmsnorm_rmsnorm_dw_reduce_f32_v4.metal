
#include <metal_stdlib>
using namespace metal;

struct alignas(16) float_4 {
    float i_0;
    float i_1;
    float i_2;
    float i_3;
};

struct info_st {
    uint scalars_uint[2];uint static_meta[4];
};

[[kernel]]
void rmsnorm_rmsnorm_dw_reduce_f32_v4(
    const device float_4 * buffer_0 [[buffer(0)]],
    device float_4 * buffer_1 [[buffer(1)]],
    constant info_st& info [[buffer(2)]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
threadgroup uchar dynamic_shared_mem[8192];
// Shared array size: 512, 8192 bytes
threadgroup float_4* shared_memory_5 = reinterpret_cast<threadgroup float_4*>(&dynamic_shared_mem[<offset>]);
float_4 l_mut_7;
uint l_mut_9;
const uint l_0 = info.static_meta[uint(3)];
const uint l_1 = threadgroup_pos_in_grid.x * uint(32);
const uint l_2 = thread_index_in_threadgroup % uint(32);
const uint l_3 = l_1 + l_2;
const uint l_4 = thread_index_in_threadgroup / uint(32);
const float_4 l_6 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_7 = l_6;
const bool l_8 = l_3 < l_0;
if (l_8) {
l_mut_9 = l_4;
while (true) {
const bool l_10 = l_mut_9 < info.scalars_uint[0];
const bool l_11 = !l_10;
if (l_11) {
break;}
const uint l_12 = l_mut_9 * l_0;
const uint l_13 = l_12 + l_3;
const float_4 l_14 = buffer_0[l_13];
l_mut_7 = float_4{
l_mut_7.i_0 + l_14.i_0, l_mut_7.i_1 + l_14.i_1, l_mut_7.i_2 + l_14.i_2, l_mut_7.i_3 + l_14.i_3, };
l_mut_9 = l_mut_9 + uint(16);
}
}
shared_memory_5[thread_index_in_threadgroup] = l_mut_7;
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_15 = l_4 == uint(0);
const bool l_16 = l_3 < l_0;
const bool l_17 = l_15 && l_16;
if (l_17) {
const float_4 l_18 = float_4{
float(0.0),float(0.0),float(0.0),float(0.0),};
l_mut_7 = l_18;

for (uint l_mut_19 = uint(0); l_mut_19 < uint(16); ++l_mut_19) {
const uint l_20 = l_mut_19 * uint(32);
const uint l_21 = l_20 + thread_index_in_threadgroup;
const float_4 l_22 = shared_memory_5[l_21];
l_mut_7 = float_4{
l_mut_7.i_0 + l_22.i_0, l_mut_7.i_1 + l_22.i_1, l_mut_7.i_2 + l_22.i_2, l_mut_7.i_3 + l_22.i_3, };
}
buffer_1[l_3] = l_mut_7;
}

}
