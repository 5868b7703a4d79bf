
#include <metal_stdlib>
using namespace metal;

struct info_st {
    uint scalars_uint[4];uint static_meta[6];
};

[[kernel]]
void sampler_chunk_threshold(
    const device float * buffer_0 [[buffer(0)]],
    const device float * buffer_1 [[buffer(1)]],
    device uint * buffer_2 [[buffer(2)]],
    constant info_st& info [[buffer(3)]],
    uint3 threads_per_threadgroup [[threads_per_threadgroup]],
    uint3 threadgroups_per_grid [[threadgroups_per_grid]],
    uint thread_index_in_threadgroup [[thread_index_in_threadgroup]],
    uint3 thread_pos_in_threadgroup [[thread_position_in_threadgroup]],
    uint3 threadgroup_pos_in_grid [[threadgroup_position_in_grid]]
) {
uint total_thread_in_threadgroup = threads_per_threadgroup.x * threads_per_threadgroup.y * threads_per_threadgroup.z;
threadgroup uchar dynamic_shared_mem[2048];
// Shared array size: 256, 1024 bytes
threadgroup uint* shared_memory_10 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
// Shared array size: 256, 1024 bytes
threadgroup uint* shared_memory_9 = reinterpret_cast<threadgroup uint*>(&dynamic_shared_mem[<offset>]);
bool l_mut_51;
bool l_mut_53;
uint l_mut_11;
uint l_mut_14;
uint l_mut_17;
uint l_mut_24;
uint l_mut_27;
uint l_mut_7;
const uint l_0 = threadgroup_pos_in_grid.y * threadgroups_per_grid.x;
const uint l_1 = l_0 + threadgroup_pos_in_grid.x;
const bool l_2 = l_1 < info.scalars_uint[0];
if (l_2) {
const uint l_3 = l_1 * uint(8);
const uint l_4 = l_3 + uint(1);
const float l_5 = buffer_0[l_4];
const uint l_6 = uint(l_5);
l_mut_7 = l_6;
const bool l_8 = info.scalars_uint[2] > l_mut_7;
if (l_8) {
l_mut_7 = info.scalars_uint[2];
}
l_mut_11 = uint(1);
while (true) {
const bool l_12 = l_mut_11 < info.scalars_uint[1];
const bool l_13 = !l_12;
if (l_13) {
break;}
l_mut_11 = l_mut_11 * uint(2);
}
l_mut_14 = thread_index_in_threadgroup;
while (true) {
const bool l_15 = l_mut_14 < l_mut_11;
const bool l_16 = !l_15;
if (l_16) {
break;}
l_mut_17 = uint(0);
const bool l_18 = l_mut_14 < info.scalars_uint[1];
if (l_18) {
const uint l_19 = l_1 * info.scalars_uint[1];
const uint l_20 = l_19 + l_mut_14;
const uint l_21 = l_20 * uint(2);
const float l_22 = buffer_1[l_21];
const uint l_23 = reinterpret_cast<thread uint const&>(l_22);
l_mut_24 = l_23;
const bool l_25 = l_mut_24 == uint(2147483648);
if (l_25) {
l_mut_24 = uint(0);
}
const uint l_26 = l_mut_24 | uint(2147483648);
l_mut_27 = l_26;
const bool l_28 = l_mut_24 >= uint(2147483648);
if (l_28) {
const uint l_29 = ~l_mut_24;
l_mut_27 = l_29;
}
l_mut_17 = l_mut_27;
}
shared_memory_9[l_mut_14] = l_mut_17;
shared_memory_10[l_mut_14] = l_mut_14;
l_mut_14 = l_mut_14 + total_thread_in_threadgroup;
}
l_mut_27 = uint(2);
while (true) {
const bool l_30 = l_mut_27 <= l_mut_11;
const bool l_31 = !l_30;
if (l_31) {
break;}
const uint l_32 = l_mut_27 / uint(2);
l_mut_24 = l_32;
while (true) {
const bool l_33 = l_mut_24 > uint(0);
const bool l_34 = !l_33;
if (l_34) {
break;}
threadgroup_barrier(mem_flags::mem_threadgroup);
l_mut_17 = thread_index_in_threadgroup;
while (true) {
const uint l_35 = l_mut_11 / uint(2);
const bool l_36 = l_mut_17 < l_35;
const bool l_37 = !l_36;
if (l_37) {
break;}
const uint l_38 = l_mut_17 / l_mut_24;
const uint l_39 = l_38 * l_mut_24;
const uint l_40 = l_39 * uint(2);
const uint l_41 = l_mut_17 % l_mut_24;
const uint l_42 = l_40 + l_41;
const uint l_43 = l_42 + l_mut_24;
const uint l_44 = l_42 & l_mut_27;
const bool l_45 = l_44 == uint(0);
const uint l_46 = shared_memory_9[l_42];
const uint l_47 = shared_memory_10[l_42];
const uint l_48 = shared_memory_9[l_43];
const uint l_49 = shared_memory_10[l_43];
const bool l_50 = l_49 < l_47;
l_mut_51 = l_50;
const bool l_52 = l_47 < l_49;
l_mut_53 = l_52;
const bool l_54 = !bool(false);
if (l_54) {
const bool l_55 = l_48 > l_46;
const bool l_56 = l_48 == l_46;
const bool l_57 = l_49 < l_47;
const bool l_58 = l_56 && l_57;
const bool l_59 = l_55 || l_58;
l_mut_51 = l_59;
const bool l_60 = l_46 > l_48;
const bool l_61 = l_46 == l_48;
const bool l_62 = l_47 < l_49;
const bool l_63 = l_61 && l_62;
const bool l_64 = l_60 || l_63;
l_mut_53 = l_64;
}
const bool l_65 = l_45 && l_mut_51;
const bool l_66 = !l_45;
const bool l_67 = l_66 && l_mut_53;
const bool l_68 = l_65 || l_67;
if (l_68) {
shared_memory_9[l_42] = l_48;
shared_memory_10[l_42] = l_49;
shared_memory_9[l_43] = l_46;
shared_memory_10[l_43] = l_47;
}
l_mut_17 = l_mut_17 + total_thread_in_threadgroup;
}
l_mut_24 = l_mut_24 / uint(2);
}
l_mut_27 = l_mut_27 * uint(2);
}
threadgroup_barrier(mem_flags::mem_threadgroup);
const bool l_69 = thread_index_in_threadgroup == uint(0);
if (l_69) {
l_mut_27 = uint(0);
const bool l_70 = l_mut_7 >= uint(1);
const bool l_71 = l_mut_7 <= info.scalars_uint[1];
const bool l_72 = l_70 && l_71;
if (l_72) {
const uint l_73 = l_mut_7 - uint(1);
const uint l_74 = shared_memory_9[l_73];
l_mut_27 = l_74;
}
buffer_2[l_1] = l_mut_27;
}
}

}
