// FlashAttention-3-style attention forward for Hopper (sm_90a): wgmma fed by TMA, warp
// specialization, online softmax in registers (issue 18, milestone 2).
//
// Device code only, NVRTC-compatible: no #include (compiled behind common.cuh, which holds the
// integer typedefs and the PTX primitives shared with attn_bwd.cu), bf16 handled as raw
// 16-bit patterns converted with PTX `cvt`, tensor maps taken as a 128-byte, 128-aligned
// `TmaDesc` (the layout of the driver's CUtensorMap) passed as a __grid_constant__ parameter.
// Entry points (extern "C", 384 threads, grid (ceil(TQ/128), H, B) with blockIdx.x = 0 the
// LAST query tile, dynamic smem PMETAL_ATTN_SMEM_* below):
//   pmetal_attn_fwd_d64      head dim 64,  4 K/V stages, 147,456 B + barriers
//   pmetal_attn_fwd_d128     head dim 128, 2 K/V stages, 163,840 B + barriers
//   pmetal_attn_fwd_d128_s3  head dim 128, 3 K/V stages, 229,376 B + barriers
//   pmetal_attn_fwd_d64_pp, pmetal_attn_fwd_d128_pp: as d64 / d128, plus ping-pong (below)
//   pmetal_attn_fwd_d128_pvsplit: as d128, P V as two n64 wgmmas per step (see issue_pv)
//   pmetal_attn_fwd_d64_f16, pmetal_attn_fwd_d128_f16: as d64 / d128 with f16 q, k, v, out
//     (wgmma .f16 operands, f32 accumulation, P rounded with cvt.rn.f16x2.f32)
//   pmetal_attn_fwd_d64_varlen, pmetal_attn_fwd_d128_varlen (+ _f16): packed sequences (below)
// Arguments: tm_q, tm_k, tm_v (tensor maps, below), out (bf16 / f16 bits, [B, TQ, H, D]),
// lse (f32 [B, H, TQ], natural log), B, H, HKV, TQ, TK, scale (softmax scale, > 0), causal,
// left, right (window, 1 << 30 = unbounded), softcap (0 = none). Varlen entries: cu_q, cu_k
// after lse, and TQ / TK = the longest sequence's lengths. The *_cubecl entries (end of file)
// take the same kernels in CubeCL's parameter order with a LaunchInfo struct.
//
// Semantics (src/kernels/attention/common.rs `score`): q [B, TQ, H, D], k and v
// [B, TK, HKV, D], row-major with D contiguous; out like q. Per (query t, key j):
// x = (q . k) * scale; with softcap x = cap * tanh(x / cap); key j is visible iff
// -left <= j - t - (TK - TQ) <= right (bottom-right aligned; causal = right min'ed with 0);
// invisible keys are excluded. A query row that sees no key gets out = 0 and lse = -inf.
// GQA: head h reads KV head h / (H / HKV) (no K/V repeat: the KV head is a TMA box coordinate).
// Varlen: q [total_q, H, D], k and v [total_k, HKV, D], sequence b = blockIdx.z owns query
// rows cu_q[b] .. cu_q[b+1]-1 and key rows cu_k[b] .. cu_k[b+1]-1, with its own TQ, TK and
// bottom-right alignment; out [total_q, H, D], lse [H, total_q]; the grid is sized for the
// longest sequence and tiles past a sequence's end leave at once.
//
// Tensor maps (host: cuTensorMapEncodeTiled, bf16 or f16 (the _f16 entries), SWIZZLE_128B,
// OOB fill = zeros). Varlen: 3-D, innermost first (D, heads, total), box (64, 1, 128): a box
// past a sequence's last key reads the NEXT sequence's keys (zeros only past the tensor), so
// those keys are masked like any invisible key (the row bound hi includes TK - 1). Fixed length:
//   4-D, innermost first: (D, heads, T, B), strides (bytes) D*2, heads*D*2, T*heads*D*2;
//   box (64, 1, 128, 1) for q, k and v alike. A box never crosses a batch entry (B is its own
//   dimension), and rows past T are zero-filled by TMA, so tail tiles need no special loads
//   (zeros never make NaN; tail keys are masked to -inf before the softmax anyway). D = 128
//   is loaded as two boxes at d = 0 and d = 64 ("regions"): a 128B-swizzled box row is at most
//   128 bytes = 64 bf16.
//
// CTA = one 128-row query tile of one (head, batch): 3 warpgroups.
//   * WG 0, producer: setmaxnreg.dec to 24; one thread issues every TMA. Q once (both regions,
//     one mbarrier q_full, expect_tx = 128*D*2), then per key block j (processed in descending
//     key order, see below) K_j into K stage j%S and V_j into V stage j%S, each stage with its
//     own full barrier (expect_tx = 128*D*2) and empty barrier. K and V have separate barriers
//     so S = Q K^T can start before V lands, and so a K stage is handed back as soon as its
//     S is computed, a V stage once its P V is done: with 2 stages, K_{j+1} and V_j are each
//     loaded about one block-iteration before they are needed.
//   * WG 1 and 2, consumers: setmaxnreg.inc to 240 (128*24 + 256*240 = 64512 = 384*168, the
//     entry allocation that __launch_bounds__(384, 1) gives, so the pool balances exactly).
//     Consumer w owns query rows 64w..64w+63 of the tile. Per key block (FA3 "intra-warpgroup
//     overlap"), iteration j >= 1:
//        issue S_j = Q K_j^T (D/16 wgmma m64n128k16, A and B from smem)   commit
//        issue O += P_{j-1} V_{j-1} (8 wgmma m64nDk16, A = P from registers)   commit
//        wait_group 1 -> S_j is done: release K stage; online softmax of S_j -> P_j (bf16 regs)
//        wait_group 0 -> P V is done: release V stage; O *= exp2(m_old - m_new) per row
//     so the softmax of block j runs while the tensor cores do P_{j-1} V_{j-1}.
//     Block 0 (S, softmax) is peeled before the loop and the last P V after it.
//   * Ping-pong (the _pp entries; FA3 section 3.1): the two consumer warpgroups take turns
//     issuing their wgmmas through named barriers 1 and 2 (bar.sync by the warpgroup whose turn
//     it is, bar.arrive by the other, 256 threads), so that one warpgroup's softmax overlaps the
//     other's GEMMs instead of both competing for the tensor cores at once. A turn covers only
//     the issue (after the data waits), so it never holds anything the producer waits for.
//   * Key blocks in descending order: with causal (and the key tail), the blocks that need a
//     mask are the highest ones, so they come first and the rest run the mask-free softmax.
//     A tile walks only the blocks its valid rows can see: from the block of its first row's
//     lowest visible key (t + off - left) to that of its last valid row's highest
//     (t + off + right, at most TK - 1), so a sliding window costs O(window) per tile. Per
//     warpgroup, a block takes the mask-free path iff its first key >= the last row's lower
//     bound and its last key <= the first row's upper bound (every pair visible); otherwise
//     each score is masked against the row's two bounds.
//
// Encodings and why they match (the K-major ones are those measured correct by
// bench/hopper/hopper_gemm.cu on an H100):
//   * TMA SWIZZLE_128B with a 128-byte box row: box row r lands at byte 128*r of the
//     destination with 16-byte chunk c at chunk c ^ (r % 8). Every buffer (Q region, K and V
//     stage regions) starts 1024-byte aligned (each is 128 rows * 128 B = 16 KB), so the
//     address-based XOR the tensor core applies (bits [6:4] ^= [9:7]) is the one TMA used.
//   * Descriptor (PTX "matrix descriptor"): bits 13:0 start >> 4, 29:16 LBO >> 4, 45:32
//     SBO >> 4, 51:49 base offset (0: 1024-aligned patterns), 63:62 swizzle (1 = 128B).
//   * S = Q K^T: A = Q [rows][d], B = K [keys][d], both K-major (d contiguous), the GEMM
//     probe's case exactly: SBO = 1024 (8 rows * 128 B between core-matrix row groups), LBO
//     unused (16). k16 step kk covers d 16kk..16kk+15: region kk/4, +32 B per step inside the
//     128-byte row (+2 encoded). Consumer w's A starts 64 rows = 8 KB into each Q region.
//   * O += P V: B = V [keys][d] with d contiguous is the MN-major ("transposed") B operand,
//     imm-trans-b = 1. PTX canonical MN-major 128B-swizzle layout, in 16-byte units T:
//     ((T,8,m),(8,k)) : ((1,T,LBO),(8T,SBO)): along N, 64 contiguous bf16 (one 128-byte
//     swizzled row), then the next 64-wide N block at LBO; along K, 8 rows of 128 B (one 1 KB
//     swizzle atom), then the next 8 keys at SBO. Our V stage holds, per region (d 0..63,
//     64..127), 128 key rows of 128 B: so SBO = 1024 B (8 key rows) and LBO = 16384 B (the
//     distance between the d 0..63 and d 64..127 regions; unused for D = 64, where N = 64 is
//     one atom). The k16 step t covers keys 16t..16t+15 = two 8-row atoms: start + 2048*t.
//   * Accumulator fragment (wgmma m64nN, f32): warp q (0..3) of the warpgroup, lane l,
//     register i: row = 16q + l/4 + 8*((i/2)%2), col = 8*(i/4) + 2*(l%4) + (i%2). So each
//     thread holds 2 rows (r = 16q + l/4 and r + 8) and the 4 lanes l%4 = 0..3 share them:
//     row max / row sum are a thread-local reduction plus shfl.xor 1 and 2.
//   * A fragment from registers (m64nNk16, bf16): 4 b32 regs, each 2 bf16 (low half = lower
//     k): reg 0 = (row r, k 2c, 2c+1), reg 1 = (r+8, k 2c..), reg 2 = (r, k 8+2c..),
//     reg 3 = (r+8, k 8+2c..), c = l%4. The S accumulator's registers 8t..8t+7 hold exactly
//     keys 16t..16t+15 in that order, so P's k16 step t is
//     a[j] = bf16x2(lo = s[8t+2j], hi = s[8t+2j+1]) with no data movement between threads.
//     `cvt.rn.bf16x2.f32 d, a, b` puts a in the high half: called as cvt(hi, lo).
//   * mbarrier phases: every barrier completes once per use. Block j uses stage s = j % S for
//     the u = j / S-th time: consumers wait k_full[s] / v_full[s] with parity u & 1; the
//     producer, before refilling s for u >= 1, waits k_empty[s] / v_empty[s] with parity
//     (u - 1) & 1. q_full is used once (parity 0). Empty barriers count 8 arrivals: lane 0 of
//     each consumer warp after the warpgroup's wgmma.wait_group that covers the stage. Every
//     wait gives up after ATTN_WATCHDOG_CYCLES and aborts the kernel (producer: trap;
//     consumers: a faulting store, see mbar_wait): a wrong phase fails fast, never hangs.
//
// Softcap: applied in registers to each S block before the mask and the max (so the running
// max is that of the capped scores x; then sl2 = log2(e) and lse = m + ln(l)), as
// x = cap - 2 cap / (exp2(2 log2(e) scale s / cap) + 1) = cap tanh(scale s / cap), exact at
// both ends; a run-time branch, so launches without softcap pay one predicate per block.
// Online softmax (base 2): sl2 = scale * log2(e). Per row, m = running max of raw scores
// (scale > 0, so max commutes with scaling), p = exp2(s*sl2 - m*sl2) by one FFMA + EX2,
// corr = exp2((m_old - m_new) * sl2), l = l*corr + sum(p) kept per thread (the 4 lanes of a
// row are summed once, at the end), O *= corr. A row whose max is still -inf (everything
// masked so far) uses 0 in place of m*sl2, so its p are exp2(-inf) = 0, never NaN.
// Epilogue: l == 0 (no visible key) -> out 0, lse -inf; else out = O / l in bf16 straight
// from registers (4-byte stores), lse = m*scale + ln(l); rows past TQ are not written.

// Typedefs, TmaDesc and the PTX primitives: common.cuh (put in front of this file).

namespace pmetal_attn {
using namespace pmetal_hopper;

// ---- gen_wgmma.py attn begin (generated: edit bench/hopper/gen_wgmma.py, not this block)
// m64n128k16 f32 (+)= bf16 x bf16; A from shared memory (descriptor, K-major);
// B from shared memory, K-major (imm-trans-b = 0); d[] = 64 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_ss_m64n128k16_tb0(float* d, u64 da, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %66, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63}, "
      "%64, %65, p, 1, 1, 0, 0;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]), "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]), "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]), "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]), "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])
      : "l"(da), "l"(db), "r"(scale_d));
}

// m64n128k16 f32 (+)= f16 x f16; A from shared memory (descriptor, K-major);
// B from shared memory, K-major (imm-trans-b = 0); d[] = 64 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_ss_m64n128k16_tb0_f16(float* d, u64 da, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %66, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63}, "
      "%64, %65, p, 1, 1, 0, 0;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]), "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]), "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]), "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]), "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])
      : "l"(da), "l"(db), "r"(scale_d));
}

// m64n128k16 f32 (+)= bf16 x bf16; A from registers (a[0..3]: the m64nNk16 A fragment);
// B from shared memory, MN-major (imm-trans-b = 1); d[] = 64 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_rs_m64n128k16_tb1(float* d, const u32* a, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %69, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63}, "
      "{%64, %65, %66, %67}, %68, p, 1, 1, 1;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]), "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]), "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]), "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]), "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(db), "r"(scale_d));
}

// m64n128k16 f32 (+)= f16 x f16; A from registers (a[0..3]: the m64nNk16 A fragment);
// B from shared memory, MN-major (imm-trans-b = 1); d[] = 64 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_rs_m64n128k16_tb1_f16(float* d, const u32* a, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %69, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63}, "
      "{%64, %65, %66, %67}, %68, p, 1, 1, 1;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]), "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]), "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]), "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]), "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(db), "r"(scale_d));
}

// m64n64k16 f32 (+)= bf16 x bf16; A from registers (a[0..3]: the m64nNk16 A fragment);
// B from shared memory, MN-major (imm-trans-b = 1); d[] = 32 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_rs_m64n64k16_tb1(float* d, const u32* a, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %37, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, "
      "{%32, %33, %34, %35}, %36, p, 1, 1, 1;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(db), "r"(scale_d));
}

// m64n64k16 f32 (+)= f16 x f16; A from registers (a[0..3]: the m64nNk16 A fragment);
// B from shared memory, MN-major (imm-trans-b = 1); d[] = 32 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_rs_m64n64k16_tb1_f16(float* d, const u32* a, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %37, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, "
      "{%32, %33, %34, %35}, %36, p, 1, 1, 1;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "l"(db), "r"(scale_d));
}
// ---- gen_wgmma.py attn end

// ---------------------------------------------------------------- configuration
template <int D, int S>
struct Cfg {
  static constexpr int NR = D / 64;                 // 64-wide d regions per row
  static constexpr u32 TILE = NR * REGION;          // bytes of one 128-row Q, K or V tile
  static constexpr u32 OFF_K = TILE;                // Q at 0
  static constexpr u32 OFF_V = OFF_K + S * TILE;
  static constexpr u32 OFF_BAR = OFF_V + S * TILE;  // q_full, k_full[S], v_full[S], k_empty[S], v_empty[S]
  static constexpr u32 SMEM = 1024 /*alignment slack*/ + OFF_BAR + 8 * (1 + 4 * S);
  static_assert(D == 64 || D == 128, "head dim 64 or 128");
  static_assert(SMEM <= 232448, "over the 227 KB dynamic smem limit");
};

// S = Q K^T for one warpgroup's 64 rows x 128 keys (first k-step overwrites).
template <bool F16, int D>
__device__ __forceinline__ void issue_qk(float* s, u32 q_base, u32 k_base) {
#pragma unroll
  for (int kk = 0; kk < D / 16; ++kk) {
    const u32 off = (kk / 4) * REGION + (kk % 4) * 32;
    if constexpr (F16)
      wgmma_ss_m64n128k16_tb0_f16(s, desc_kmajor(q_base + off), desc_kmajor(k_base + off), kk > 0 ? 1u : 0u);
    else
      wgmma_ss_m64n128k16_tb0(s, desc_kmajor(q_base + off), desc_kmajor(k_base + off), kk > 0 ? 1u : 0u);
  }
}
// O (+)= P V over 128 keys (8 k16 steps; P fragment from registers).
// Always accumulates (O starts at 0): a run-time scale-d would put a setp between the
// wgmmas of one stage, which ptxas answers by serializing them (C7513).
// SPLIT (D 128 only, the _pvsplit entry): two m64n64k16 per k16 step, one per 64-wide d
// region, so the MN-major LBO is never used: an on-device cross-check of that one encoding
// (accumulators 0..31 are d 0..63, 32..63 are d 64..127 in the fragment layout).
template <bool F16, int D, bool SPLIT>
__device__ __forceinline__ void issue_pv(float* o, const u32* p, u32 v_base) {
#pragma unroll
  for (int t = 0; t < BN / 16; ++t) {
    const u32 vb = v_base + 2048 * t;
    if constexpr (D == 128 && SPLIT) {
      if constexpr (F16) {
        wgmma_rs_m64n64k16_tb1_f16(o, p + 4 * t, desc_mnmajor(vb), 1u);
        wgmma_rs_m64n64k16_tb1_f16(o + 32, p + 4 * t, desc_mnmajor(vb + REGION), 1u);
      } else {
        wgmma_rs_m64n64k16_tb1(o, p + 4 * t, desc_mnmajor(vb), 1u);
        wgmma_rs_m64n64k16_tb1(o + 32, p + 4 * t, desc_mnmajor(vb + REGION), 1u);
      }
    } else if constexpr (D == 128) {
      if constexpr (F16) wgmma_rs_m64n128k16_tb1_f16(o, p + 4 * t, desc_mnmajor(vb), 1u);
      else wgmma_rs_m64n128k16_tb1(o, p + 4 * t, desc_mnmajor(vb), 1u);
    } else {
      if constexpr (F16) wgmma_rs_m64n64k16_tb1_f16(o, p + 4 * t, desc_mnmajor(vb), 1u);
      else wgmma_rs_m64n64k16_tb1(o, p + 4 * t, desc_mnmajor(vb), 1u);
    }
  }
}

// Two f32 -> one 16-bit pair of the entry's dtype (lo in bits 15:0), RN.
template <bool F16>
__device__ __forceinline__ u32 pack2(float lo, float hi) {
  if constexpr (F16) return pack_f16(lo, hi);
  else return pack_bf16(lo, hi);
}

// Run-time softmax constants of a launch (module header, "Score pipeline").
struct SoftParams {
  float sl2;     // log2(e) * the factor from s (as held in registers) to the score x
  float cap;     // softcap, 0 = none
  float cap_k;   // 2 * scale * log2(e) / cap: s -> 2 z log2(e), z = scale * s / cap
};

// Online softmax of one S block (64 accumulators = rows r, r+8 x 32 keys per thread) into
// P (A fragments of the dtype). Updates m (running max of the score as held in s: raw q.k
// without softcap, the capped x with it) and l (thread-partial sum); returns the per-row
// correction for O in corr. lo[h], hi[h]: the visible keys of row half h, relative to this
// block's first key (MASK only): col < lo or col > hi is masked.
template <bool F16, bool MASK>
__device__ __forceinline__ void softmax_block(float* s, u32* p, float* m, float* l, float* corr,
                                              const SoftParams& sp, const int* lo, const int* hi, int lane) {
  // Softcap before the max and the mask: x = cap * tanh(z) = cap - 2 cap / (exp(2z) + 1),
  // exact at both ends (exp -> inf gives cap, exp -> 0 gives -cap) and ~1e-7 relative error
  // in between (ex2/rcp.approx), where tanh.approx's 2^-11 would move the weights by ~1%.
  if (sp.cap != 0.f) {
    const float c2 = -2.f * sp.cap;
#pragma unroll
    for (int i = 0; i < 64; ++i) s[i] = fmaf(c2, rcp(ex2(s[i] * sp.cap_k) + 1.f), sp.cap);
  }
  if constexpr (MASK) {
#pragma unroll
    for (int i = 0; i < 64; ++i) {
      const int col = 8 * (i / 4) + 2 * (lane % 4) + (i % 2);
      const int hh = (i / 2) % 2;
      if (col < lo[hh] || col > hi[hh]) s[i] = neg_inf();
    }
  }
  const float sl2 = sp.sl2;
#pragma unroll
  for (int h = 0; h < 2; ++h) {
    float mx = m[h];
#pragma unroll
    for (int i = 0; i < 64; ++i)
      if ((i / 2) % 2 == h) mx = fmaxf(mx, s[i]);
    mx = fmaxf(mx, __shfl_xor_sync(0xffffffffu, mx, 1));
    mx = fmaxf(mx, __shfl_xor_sync(0xffffffffu, mx, 2));
    const float ms = mx == neg_inf() ? 0.f : mx * sl2;
    corr[h] = ex2(m[h] * sl2 - ms);  // m_old = -inf -> 0
    m[h] = mx;
    float sum = 0.f;
#pragma unroll
    for (int i = 0; i < 64; ++i)
      if ((i / 2) % 2 == h) {
        s[i] = ex2(fmaf(s[i], sl2, -ms));
        sum += s[i];
      }
    l[h] = l[h] * corr[h] + sum;
  }
#pragma unroll
  for (int k = 0; k < 32; ++k) p[k] = pack2<F16>(s[2 * k], s[2 * k + 1]);
}

// Launch parameters of the kernel body (the entries fill it from their arguments).
struct Params {
  int H, HKV, TQ, TK;  // varlen: TQ, TK unused (each sequence's come from cu_q, cu_k)
  float scale;         // softmax scale, > 0
  int causal;          // right is min'ed with 0 when set
  int left, right;     // window: key j visible from query t iff -left <= j - t - (TK - TQ) <= right
  float softcap;       // 0 = none
  const u32* cu_q;     // varlen: [B + 1] cumulative query / key offsets
  const u32* cu_k;
};

// ---------------------------------------------------------------- the kernel body
// VARLEN: q, k, v packed as [total, heads, D] (3-D tensor maps), sequence b = blockIdx.z
// spans rows cu[b] .. cu[b+1]-1; out [total_q, H, D], lse [H, total_q].
template <bool F16, int D, int S, bool PP, bool SPLIT, bool VARLEN>
__device__ __forceinline__ void attn_fwd(const TmaDesc* tm_q, const TmaDesc* tm_k, const TmaDesc* tm_v,
                                         unsigned short* __restrict__ out, float* __restrict__ lse,
                                         const Params& P) {
  using C = Cfg<D, S>;
  constexpr u32 TILE = C::TILE;
  extern __shared__ unsigned char smem_raw[];
  const u32 base = (smem_u32(smem_raw) + 1023u) & ~1023u;
  const u32 sQ = base, sK = base + C::OFF_K, sV = base + C::OFF_V;
  const u32 q_full = base + C::OFF_BAR;
  const u32 k_full = q_full + 8, v_full = k_full + 8 * S, k_empty = v_full + 8 * S, v_empty = k_empty + 8 * S;

  // Query tiles in reverse launch order: with causal, the last tiles see the most keys, and
  // starting the longest CTAs first shortens the tail of the last wave.
  const int m0 = (gridDim.x - 1 - blockIdx.x) * BM, h = blockIdx.y, b = blockIdx.z;
  const int H = P.H;
  const int hkv = h / (H / P.HKV);
  // This CTA's sequence: its lengths, its first query / key row in the tensors, and where
  // its out / lse rows start. Varlen grids are sized for the longest sequence: a tile past
  // this one's queries has nothing to do (the whole CTA leaves, before any barrier).
  int TQ = P.TQ, TK = P.TK, q0 = 0, k0 = 0;
  u64 out_row0, lse0;
  if constexpr (VARLEN) {
    q0 = static_cast<int>(P.cu_q[b]);
    TQ = static_cast<int>(P.cu_q[b + 1]) - q0;
    k0 = static_cast<int>(P.cu_k[b]);
    TK = static_cast<int>(P.cu_k[b + 1]) - k0;
    if (m0 >= TQ) return;
    out_row0 = static_cast<u64>(q0);
    lse0 = static_cast<u64>(h) * P.cu_q[gridDim.z] + q0;  // lse [H, total_q]
  } else {
    out_row0 = static_cast<u64>(b) * TQ;
    lse0 = (static_cast<u64>(b) * H + h) * TQ;
  }
  // Visible keys of query t: t + off - left .. t + off + right (and 0 .. TK-1).
  const int off = TK - TQ;
  const int left = P.left, right = P.causal ? min(P.right, 0) : P.right;
  // Key blocks any valid row of the tile sees: from the first row's lowest key to the last
  // valid row's highest, walked from the highest block down (kb_hi - j for step j).
  const int t_last = min(m0 + BM, TQ) - 1;
  const int kmin = max(0, m0 + off - left), kmax = min(TK - 1, t_last + off + right);
  const int kb_lo = kmin / BN;
  const int nblk = kmax < kmin ? 0 : kmax / BN - kb_lo + 1;
  const int kb_hi = kb_lo + nblk - 1;

  const int wg = threadIdx.x / 128, tid = threadIdx.x % 128;
  if (threadIdx.x == 0) {
    mbar_init(q_full, 1);
    for (int s = 0; s < S; ++s) {
      mbar_init(k_full + 8 * s, 1);
      mbar_init(v_full + 8 * s, 1);
      mbar_init(k_empty + 8 * s, 8);
      mbar_init(v_empty + 8 * s, 8);
    }
    asm volatile("fence.mbarrier_init.release.cluster;" ::: "memory");
    asm volatile("fence.proxy.async.shared::cta;" ::: "memory");
    tma_prefetch_desc(tm_q);
    tma_prefetch_desc(tm_k);
    tma_prefetch_desc(tm_v);
  }
  __syncthreads();

  if (wg == 0) {
    // ------------------------------------------------------------ producer
    setmaxnreg_dec<24>();
    if (tid == 0 && nblk > 0) {
      mbar_arrive_expect_tx(q_full, TILE);
#pragma unroll
      for (int r = 0; r < C::NR; ++r) {
        // Varlen: rows past this sequence's TQ read the next sequence's queries (or TMA's
        // zeros past the tensor); they are computed but never written.
        if constexpr (VARLEN) tma_load_3d(sQ + r * REGION, tm_q, 64 * r, h, q0 + m0, q_full);
        else tma_load_4d(sQ + r * REGION, tm_q, 64 * r, h, m0, b, q_full);
      }
      for (int j = 0; j < nblk; ++j) {
        const int s = j % S, u = j / S, kb = kb_hi - j;
        if (u > 0) mbar_wait<true>(k_empty + 8 * s, (u - 1) & 1);
        mbar_arrive_expect_tx(k_full + 8 * s, TILE);
#pragma unroll
        for (int r = 0; r < C::NR; ++r) {
          if constexpr (VARLEN) tma_load_3d(sK + s * TILE + r * REGION, tm_k, 64 * r, hkv, k0 + kb * BN, k_full + 8 * s);
          else tma_load_4d(sK + s * TILE + r * REGION, tm_k, 64 * r, hkv, kb * BN, b, k_full + 8 * s);
        }
        if (u > 0) mbar_wait<true>(v_empty + 8 * s, (u - 1) & 1);
        mbar_arrive_expect_tx(v_full + 8 * s, TILE);
#pragma unroll
        for (int r = 0; r < C::NR; ++r) {
          if constexpr (VARLEN) tma_load_3d(sV + s * TILE + r * REGION, tm_v, 64 * r, hkv, k0 + kb * BN, v_full + 8 * s);
          else tma_load_4d(sV + s * TILE + r * REGION, tm_v, 64 * r, hkv, kb * BN, b, v_full + 8 * s);
        }
      }
    }
    return;
  }

  // -------------------------------------------------------------- consumers
  setmaxnreg_inc<240>();
  const int w = wg - 1, warp = tid / 32, lane = tid % 32;
  const int r0 = m0 + 64 * w;                    // this warpgroup's first query row
  const int row0 = r0 + 16 * warp + lane / 4;    // this thread's rows: row0, row0 + 8
  // With softcap, s holds the capped score x itself (natural-log units): factor 1.
  SoftParams sp;
  sp.cap = P.softcap;
  sp.sl2 = P.softcap != 0.f ? LOG2E : P.scale * LOG2E;
  sp.cap_k = P.softcap != 0.f ? 2.f * P.scale * LOG2E / P.softcap : 0.f;
  const float lse_mul = P.softcap != 0.f ? 1.f : P.scale;  // lse = m * lse_mul + ln(l)
  const u32 q_base = sQ + 64 * w * 128;          // 64 rows into each Q region

  float o[D / 2];
#pragma unroll
  for (int i = 0; i < D / 2; ++i) o[i] = 0.f;
  u32 p[32];
  float m[2] = {neg_inf(), neg_inf()}, l[2] = {0.f, 0.f};
  // Visible keys of each of the thread's rows (absolute indices): lo_abs .. hi_abs. Keys
  // past TK (TMA zeros, or in varlen the next sequence's keys) are excluded by hi_abs.
  int lo_abs[2], hi_abs[2];
#pragma unroll
  for (int hh = 0; hh < 2; ++hh) {
    lo_abs[hh] = row0 + 8 * hh + off - left;
    hi_abs[hh] = min(TK - 1, row0 + 8 * hh + off + right);
  }
  // A block is mask-free iff every (row, key) pair of the warpgroup's valid rows is visible:
  // its first key >= the largest lower bound (last valid row) and its last key <= the
  // smallest upper bound (first row).
  const int wg_lo = min(r0 + 63, max(t_last, r0)) + off - left;
  const int wg_hi = min(TK - 1, r0 + off + right);

  if (nblk > 0) {
    // Ping-pong (PP): the warpgroups take turns issuing their wgmmas, so one's softmax runs
    // under the other's GEMMs (FA3 section 3.1). nblk + 1 turns each (block 0's S, the loop,
    // the last P V); warpgroup 1 passes first and skips its last pass, so both barriers see
    // exactly as many arrivals as waits and none is left pending at exit.
    if (PP && w == 1) turn_pass(w);
    mbar_wait<false>(q_full, 0);
    float s[64];
    float corr[2];
    // ---- block 0 (highest key block): S, softmax
    {
      const int kb = kb_hi;
      mbar_wait<false>(k_full, 0);
      if (PP) turn_wait(w);
      wgmma_fence();
      issue_qk<F16, D>(s, q_base, sK);
      wgmma_commit();
      if (PP) turn_pass(w);
      wgmma_wait<0>();
#pragma unroll
      for (int i = 0; i < 64; ++i) reg_fence(s[i]);
      if (lane == 0) mbar_arrive(k_empty);
      const int kbase = kb * BN;
      const int lo[2] = {lo_abs[0] - kbase, lo_abs[1] - kbase}, hi[2] = {hi_abs[0] - kbase, hi_abs[1] - kbase};
      if (kbase < wg_lo || kbase + BN - 1 > wg_hi) softmax_block<F16, true>(s, p, m, l, corr, sp, lo, hi, lane);
      else softmax_block<F16, false>(s, p, m, l, corr, sp, lo, hi, lane);
    }
    // ---- blocks 1 .. nblk-1: S_j and P_{j-1} V_{j-1} in flight together
    for (int j = 1; j < nblk; ++j) {
      const int s_cur = j % S, s_prev = (j - 1) % S, kb = kb_hi - j;
      mbar_wait<false>(k_full + 8 * s_cur, (j / S) & 1);
      mbar_wait<false>(v_full + 8 * s_prev, ((j - 1) / S) & 1);
      if (PP) turn_wait(w);
      wgmma_fence();
      issue_qk<F16, D>(s, q_base, sK + s_cur * TILE);
      wgmma_commit();
      issue_pv<F16, D, SPLIT>(o, p, sV + s_prev * TILE);
      wgmma_commit();
      if (PP) turn_pass(w);
      wgmma_wait<1>();
#pragma unroll
      for (int i = 0; i < 64; ++i) reg_fence(s[i]);
      if (lane == 0) mbar_arrive(k_empty + 8 * s_cur);
      u32 pn[32];
      const int kbase = kb * BN;
      const int lo[2] = {lo_abs[0] - kbase, lo_abs[1] - kbase}, hi[2] = {hi_abs[0] - kbase, hi_abs[1] - kbase};
      if (kbase < wg_lo || kbase + BN - 1 > wg_hi) softmax_block<F16, true>(s, pn, m, l, corr, sp, lo, hi, lane);
      else softmax_block<F16, false>(s, pn, m, l, corr, sp, lo, hi, lane);
      wgmma_wait<0>();
      // P stays live until here: the in-flight P V reads its registers, so the new P must not
      // be allocated over them (ptxas would serialize the wgmmas, C7513).
#pragma unroll
      for (int k = 0; k < 32; ++k) reg_fence(p[k]);
#pragma unroll
      for (int i = 0; i < D / 2; ++i) reg_fence(o[i]);
      if (lane == 0) mbar_arrive(v_empty + 8 * s_prev);
#pragma unroll
      for (int i = 0; i < D / 2; ++i) o[i] *= corr[(i / 2) % 2];
#pragma unroll
      for (int k = 0; k < 32; ++k) p[k] = pn[k];
    }
    // ---- last P V
    {
      const int s_last = (nblk - 1) % S;
      mbar_wait<false>(v_full + 8 * s_last, ((nblk - 1) / S) & 1);
      if (PP) turn_wait(w);
      wgmma_fence();
      issue_pv<F16, D, SPLIT>(o, p, sV + s_last * TILE);
      wgmma_commit();
      if (PP && w == 0) turn_pass(w);
      wgmma_wait<0>();
#pragma unroll
      for (int i = 0; i < D / 2; ++i) reg_fence(o[i]);
      if (lane == 0) mbar_arrive(v_empty + 8 * s_last);
    }
  }

  // -------------------------------------------------------------- epilogue
#pragma unroll
  for (int hh = 0; hh < 2; ++hh) {
    l[hh] += __shfl_xor_sync(0xffffffffu, l[hh], 1);
    l[hh] += __shfl_xor_sync(0xffffffffu, l[hh], 2);
  }
  const int c2 = 2 * (lane % 4);
#pragma unroll
  for (int hh = 0; hh < 2; ++hh) {
    const int t = row0 + 8 * hh;
    if (t >= TQ) continue;  // varlen: also keeps other sequences' rows untouched
    const bool none = !(l[hh] > 0.f);
    const float inv = none ? 0.f : 1.f / l[hh];
    u32* dst = reinterpret_cast<u32*>(out + ((out_row0 + t) * H + h) * D + c2);
#pragma unroll
    for (int g = 0; g < D / 8; ++g) dst[4 * g] = pack2<F16>(o[4 * g + 2 * hh] * inv, o[4 * g + 2 * hh + 1] * inv);
    if (lane % 4 == 0) lse[lse0 + t] = none ? neg_inf() : m[hh] * lse_mul + lg2(l[hh]) * LN2;
  }
}

}  // namespace pmetal_attn

// Dynamic shared memory bytes for each entry point (host: cudaFuncSetAttribute + launch).
// The f16 and varlen entries use their bf16 / fixed-length twin's figure.
#define PMETAL_ATTN_SMEM_D64 (pmetal_attn::Cfg<64, 4>::SMEM)
#define PMETAL_ATTN_SMEM_D128 (pmetal_attn::Cfg<128, 2>::SMEM)
#define PMETAL_ATTN_SMEM_D128_S3 (pmetal_attn::Cfg<128, 3>::SMEM)
#define PMETAL_ATTN_SMEM_D64_PP PMETAL_ATTN_SMEM_D64
#define PMETAL_ATTN_SMEM_D128_PP PMETAL_ATTN_SMEM_D128
#define PMETAL_ATTN_SMEM_D128_PVSPLIT PMETAL_ATTN_SMEM_D128

// Harness entries (bench/hopper/attention_fwd.cu): sizes and options as plain arguments.
#define PMETAL_ATTN_ENTRY(NAME, F16, D, S, PP, SPLIT)                                                      \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, unsigned short* __restrict__ out, float* __restrict__ lse, \
           int B, int H, int HKV, int TQ, int TK, float scale, int causal, int left, int right,           \
           float softcap) {                                                                               \
    (void)B;                                                                                              \
    const pmetal_attn::Params P{H, HKV, TQ, TK, scale, causal, left, right, softcap, nullptr, nullptr};  \
    pmetal_attn::attn_fwd<F16, D, S, PP, SPLIT, false>(&tm_q, &tm_k, &tm_v, out, lse, P);                 \
  }
// Varlen harness entries: cu_q, cu_k after lse; TQ, TK = the longest sequence's (unused).
#define PMETAL_ATTN_VARLEN_ENTRY(NAME, F16, D, S)                                                          \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, unsigned short* __restrict__ out, float* __restrict__ lse, \
           const unsigned* __restrict__ cu_q, const unsigned* __restrict__ cu_k, int B, int H, int HKV,   \
           int TQ, int TK, float scale, int causal, int left, int right, float softcap) {                 \
    (void)B;                                                                                              \
    const pmetal_attn::Params P{H, HKV, TQ, TK, scale, causal, left, right, softcap, cu_q, cu_k};        \
    pmetal_attn::attn_fwd<F16, D, S, false, false, true>(&tm_q, &tm_k, &tm_v, out, lse, P);               \
  }

PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d64, false, 64, 4, false, false)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d128, false, 128, 2, false, false)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d128_s3, false, 128, 3, false, false)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d64_pp, false, 64, 4, true, false)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d128_pp, false, 128, 2, true, false)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d128_pvsplit, false, 128, 2, false, true)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d64_f16, true, 64, 4, false, false)
PMETAL_ATTN_ENTRY(pmetal_attn_fwd_d128_f16, true, 128, 2, false, false)
PMETAL_ATTN_VARLEN_ENTRY(pmetal_attn_fwd_d64_varlen, false, 64, 4)
PMETAL_ATTN_VARLEN_ENTRY(pmetal_attn_fwd_d128_varlen, false, 128, 2)
PMETAL_ATTN_VARLEN_ENTRY(pmetal_attn_fwd_d64_varlen_f16, true, 64, 4)
PMETAL_ATTN_VARLEN_ENTRY(pmetal_attn_fwd_d128_varlen_f16, true, 128, 2)

// ---------------------------------------------------------------- entries for CubeCL
// The same kernels with the parameters in the order CubeCL's CUDA server passes them when
// pmetal launches this source through CubeCL's compile path (src/kernels/cuda_source.rs):
// the tensor maps, their backing buffers' pointers (unused: TMA reads through the maps),
// the buffers (out, lse; varlen: then cu_q, cu_k), then the info words by value. The
// library's launch (src/kernels/attention/hopper/launch.rs) packs LaunchInfo as 5 u64
// words, two 32-bit fields each, low half first:
//   word 0: h | hkv << 32        word 1: tq | tk << 32        word 2: scale | flags << 32
//   word 3: left | right << 32   word 4: softcap | pad << 32
// flags bit 0 = causal; left / right: window bounds, 1 << 30 = unbounded (right already
// min'ed with 0 when causal; the kernel min's it again when the flag is set); softcap 0 =
// none (f32 bits). Varlen: tq, tk are the longest sequence's lengths (unused for bounds).
namespace pmetal_attn {
struct alignas(8) LaunchInfo {
  int h, hkv, tq, tk;
  float scale;
  int flags;
  int left, right;
  float softcap;
  int pad;
};
static_assert(sizeof(LaunchInfo) == 40, "LaunchInfo is 5 u64 words");
__device__ __forceinline__ Params params_of(const LaunchInfo& info, const u32* cu_q, const u32* cu_k) {
  return Params{info.h, info.hkv, info.tq, info.tk, info.scale, info.flags & 1, info.left, info.right,
                info.softcap, cu_q, cu_k};
}
// The launch must have reserved the entry's dynamic shared memory (the library computes it
// from the same formula as Cfg::SMEM): less would make TMA write past the allocation. Fails
// the launch with an illegal address (not a trap, which would cost the consumers their
// setmaxnreg, see mbar_wait).
template <int D, int S>
__device__ __forceinline__ void check_smem() {
  u32 have;
  asm volatile("mov.u32 %0, %%dynamic_smem_size;" : "=r"(have));
  if (have < Cfg<D, S>::SMEM) *reinterpret_cast<volatile u32*>(static_cast<u64>(0x200)) = have;
}
}  // namespace pmetal_attn

#define PMETAL_ATTN_CUBECL_ENTRY(NAME, F16, D, S, PP, SPLIT)                                               \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const void* q_base, const void* k_base,                  \
           const void* v_base, unsigned short* __restrict__ out, float* __restrict__ lse,                 \
           const __grid_constant__ pmetal_attn::LaunchInfo info) {                                        \
    (void)q_base;                                                                                         \
    (void)k_base;                                                                                         \
    (void)v_base;                                                                                         \
    pmetal_attn::check_smem<D, S>();                                                                      \
    const pmetal_attn::Params P = pmetal_attn::params_of(info, nullptr, nullptr);                         \
    pmetal_attn::attn_fwd<F16, D, S, PP, SPLIT, false>(&tm_q, &tm_k, &tm_v, out, lse, P);                 \
  }
#define PMETAL_ATTN_CUBECL_VARLEN_ENTRY(NAME, F16, D, S)                                                   \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const void* q_base, const void* k_base,                  \
           const void* v_base, unsigned short* __restrict__ out, float* __restrict__ lse,                 \
           const unsigned* __restrict__ cu_q, const unsigned* __restrict__ cu_k,                          \
           const __grid_constant__ pmetal_attn::LaunchInfo info) {                                        \
    (void)q_base;                                                                                         \
    (void)k_base;                                                                                         \
    (void)v_base;                                                                                         \
    pmetal_attn::check_smem<D, S>();                                                                      \
    const pmetal_attn::Params P = pmetal_attn::params_of(info, cu_q, cu_k);                               \
    pmetal_attn::attn_fwd<F16, D, S, false, false, true>(&tm_q, &tm_k, &tm_v, out, lse, P);               \
  }

PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d64_cubecl, false, 64, 4, false, false)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d128_cubecl, false, 128, 2, false, false)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d128_s3_cubecl, false, 128, 3, false, false)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d64_pp_cubecl, false, 64, 4, true, false)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d128_pp_cubecl, false, 128, 2, true, false)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d128_pvsplit_cubecl, false, 128, 2, false, true)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d64_f16_cubecl, true, 64, 4, false, false)
PMETAL_ATTN_CUBECL_ENTRY(pmetal_attn_fwd_d128_f16_cubecl, true, 128, 2, false, false)
PMETAL_ATTN_CUBECL_VARLEN_ENTRY(pmetal_attn_fwd_d64_varlen_cubecl, false, 64, 4)
PMETAL_ATTN_CUBECL_VARLEN_ENTRY(pmetal_attn_fwd_d128_varlen_cubecl, false, 128, 2)
PMETAL_ATTN_CUBECL_VARLEN_ENTRY(pmetal_attn_fwd_d64_varlen_f16_cubecl, true, 64, 4)
PMETAL_ATTN_CUBECL_VARLEN_ENTRY(pmetal_attn_fwd_d128_varlen_f16_cubecl, true, 128, 2)
