// FlashAttention-3-style attention backward for Hopper (sm_90a): wgmma fed by TMA, mbarrier
// rings, warp specialization (producer warpgroup + 2 consumer warpgroups, setmaxnreg), two
// kernels so that every gradient element is written by exactly one CTA (deterministic, no
// float atomics): dK / dV per key block, dQ per query block.
//
// Device code only, NVRTC-compatible, in the style of attn_fwd.cu (whose wgmma descriptor
// encodings, TMA map convention and LaunchInfo layout it reuses; the PTX primitives, typedefs
// and TmaDesc are common.cuh's, compiled in front of this file): no #include, 16-bit values as
// raw patterns, tensor maps as __grid_constant__ TmaDesc parameters.
//
// Entry points (extern "C", 384 threads = 3 warpgroups, __launch_bounds__(384, 1)):
//   pmetal_attn_bwd_dkv_d64, _d128 (+ _f16, _varlen, _varlen_f16): dK and dV.
//     grid (ceil(TK / 128), HKV, B) (varlen: B = number of sequences, TK = the longest);
//     dynamic smem PMETAL_ATTN_BWD_SMEM_DKV_D64 (4-stage (Q, dO) ring, 169,040 B) /
//     _D128 (2-stage, 199,728 B); figures from CfgKV below.
//   pmetal_attn_bwd_dq_d64, _d128 (+ _f16, _varlen, _varlen_f16): dQ.
//     grid (ceil(TQ / 128), H, B); dynamic smem PMETAL_ATTN_BWD_SMEM_DQ_D64 (4-stage (K, V)
//     ring, 164,936 B) / _D128 (2-stage, 197,672 B); figures from CfgQ below.
// The two are independent (both read lse and delta only) and may run in either order or
// concurrently.
// Arguments of the plain entries (bench/hopper/attention_bwd.cu):
//   dkv: tm_q, tm_k, tm_v, tm_do, lse, delta, dk, dv, [cu_q, cu_k,] B, H, HKV, TQ, TK, scale,
//        causal, left, right, softcap
//   dq:  tm_q, tm_k, tm_v, tm_do, lse, delta, dq, [cu_q, cu_k,] B, H, HKV, TQ, TK, scale,
//        causal, left, right, softcap
// (bracketed: varlen entries only). The *_cubecl twins (end of file) take the same kernels in
// CubeCL's order: the 4 maps, their 4 backing pointers, lse, delta, outputs, [cu_q, cu_k,]
// LaunchInfo by value.
//
// Semantics (src/kernels/attention/backward.rs, common.rs `score`): q [B, TQ, H, D], k, v
// [B, TK, HKV, D], d_out like q, D contiguous, bf16 (or f16: _f16 entries); lse, delta f32
// [B, H, TQ] (lse natural log, -inf for a row that sees no key; delta = rowsum(dO * O), computed
// beforehand). Per (query t, key j): x = (q . k) scale; y = cap tanh(x / cap) with softcap,
// else x; visible iff -left <= j - t - (TK - TQ) <= right (bottom-right; causal = right min'ed
// with 0; 1 << 30 = unbounded); P = exp(y - lse[t]) if visible else 0 (rows with lse = -inf:
// P = 0 everywhere); dP = dO_t . v_j; dS = P (dP - delta[t]) dy/dx (softcap: 1 - tanh^2).
// dQ_t = scale sum_j dS K_j; dK_j = scale sum_t dS Q_t and dV_j = sum_t P dO_t, both summed over
// the query heads h of the KV head's GQA group (h / (H / HKV) = hkv). Outputs in the input
// dtype (dq like q, dk and dv like k), accumulated in f32 registers and rounded once.
// Varlen: q, d_out [total_q, H, D], k, v [total_k, HKV, D], lse, delta [H, total_q]; sequence
// b = blockIdx.z owns query rows cu_q[b] .. cu_q[b+1]-1 and key rows cu_k[b] .. cu_k[b+1]-1,
// with its own TQ, TK and bottom-right alignment; tiles past a sequence's end leave at once.
//
// Tensor maps: exactly the forward's (host: cuTensorMapEncodeTiled, SWIZZLE_128B, OOB zero
// fill, box (64, 1, 128, 1) over (D, heads, T, B), or (64, 1, 128) over (D, heads, total) for
// varlen), for q, k, v and d_out alike: the library can build all four with the forward's code.
// D = 128 is two boxes per 128-row tile (d 0..63 and 64..127, "regions" of 16 KB). Rows past a
// sequence read zeros (fixed) or the next sequence's rows (varlen): both are finite, and every
// pair involving them is masked or has P = 0, see below.
//
// ---- dK / dV kernel: CTA = 128 keys n0 = 128 blockIdx.x.. of one (KV head, batch)
//   * It walks the query blocks (128 queries) that can see its keys, for each query head of the
//     group in turn: t from max(0, n0 - off - right) to min(TQ - 1, last key - off + left),
//     off = TK - TQ; so a sliding window costs O(window), and causal CTAs of low keys do more.
//   * WG 0, producer (setmaxnreg.dec 24): thread 0 issues K and V once (kv_full), then per step
//     i the step's Q and dO tiles into stage i % S (full[s], expect_tx = 2 tiles). Warp 1 writes
//     the step's 128 lse values (in log2 units; +inf past TQ and for lse = -inf, so that
//     exp2(y2 - lse2) = 0 there) and delta values (0 past TQ) into the stage's f32 arrays in
//     shared memory, each lane then arriving on full[s] (count 1 + 32). Both wait empty[s]
//     (8 arrivals: lane 0 of each consumer warp) before refilling a stage.
//   * WG 1, 2, consumers (setmaxnreg.inc 240; 128 * 24 + 256 * 240 = 384 * 168): consumer w owns
//     keys n0 + 64w .. +63 and accumulates dV and dK (64 x D each, f32) in registers. Per
//     step, per 64-query half of the tile (skipped when none of its queries sees the warpgroup's
//     keys):
//        S^T = K_w Q_half^T        (m64n64k16 x D/16, A = K, B = Q, both K-major smem)  wait
//        P^T, F = P^T dy/dx in registers; P^T -> A fragments (dtype)
//        dV += P^T dO_half          (m64nDk16 x 4, A = P^T from registers, B = dO MN-major)
//        dP^T = V_w dO_half^T       (m64n64k16 x D/16, both K-major)                    wait
//        dS^T = F (dP^T - delta) -> A fragments
//        dK += dS^T Q_half          (m64nDk16 x 4, A from registers, B = Q MN-major)
//     the dK wgmmas run on while the next half's S^T is issued (its wait covers them). After
//     both halves: wait, then release the stage.
//     Computing S^T and dP^T (keys as rows) instead of S and dP (the FA3 paper stores P and dS
//     to shared memory and reads them back transposed) puts P^T and dS^T directly in the
//     accumulator layout whose registers are the A fragments of the next GEMM (as P in the
//     forward), so no transpose and no smem round trip; lse and delta become per-column values,
//     read from the stage's shared arrays (one 8-byte load per column pair).
//   * Epilogue: dK *= scale; rows j < TK written once, bf16 / f16 pairs straight from registers.
//
// ---- dQ kernel: CTA = 128 queries m0.. of one (head, batch); blockIdx.x = 0 is the LAST
//      query tile (causal: the longest CTAs start first), as in the forward.
//   * It walks the key blocks the tile's valid rows see (the forward's kmin .. kmax).
//   * Producer: Q and dO once (qd_full), then per key block K and V into stage j % S
//     (full[s]); empty[s] as above. Consumer w owns rows m0 + 64w .. +63, keeps dQ (64 x D) in
//     registers and its two rows' lse (log2, +inf past TQ / for -inf) and delta in registers.
//     Per key block, per 64-key half (skipped when the warpgroup's rows see none of it):
//        S = Q_w K_half^T, dP = dO_w V_half^T  (m64n64k16, K-major smem, two commit groups)
//        wait S: P, F = P dy/dx; wait dP: dS = F (dP - delta) -> A fragments
//        dQ += dS K_half              (m64nDk16 x 4, A from registers, B = K MN-major)
//     the dQ wgmmas run on under the next half's S / dP issue. Epilogue: dQ *= scale, rows < TQ.
//
// Masks: a 64 x 64 block takes the mask-free path iff every (key, query) pair of it is inside
// the window (queries past TQ need no test: their lse2 = +inf gives P = 0; keys past TK in the
// dK / dV kernel only feed rows that are never written; in the dQ kernel keys past TK are
// masked by the rows' upper bound min(TK - 1, ..)). Otherwise each element is tested against
// the window: P = 0 when invisible, so dS = 0 too (dP and delta are finite).
//
// Encodings and why they match (see attn_fwd.cu's header for the measured ones):
//   * TMA SWIZZLE_128B, every tile region 1024-byte aligned, descriptor fields and K-major /
//     MN-major canonical layouts exactly as in attn_fwd.cu (desc_kmajor: SBO 1024; desc_mnmajor:
//     SBO 1024, LBO = REGION = the distance between the d 0..63 and d 64..127 regions).
//   * 64-row sub-tiles: a warpgroup's 64 keys (or a 64-query / 64-key half) start 64 rows =
//     8192 B into each region, still 1024-aligned (whole swizzle atoms), the forward's
//     consumer-w offset.
//   * m64n64k16 K-major B (S^T, dP^T, S, dP): 64 rows of B = 8 core-matrix groups at SBO = 1024;
//     k16 step kk: region kk / 4, +32 B inside the 128-byte row, as the forward's Q K^T.
//   * m64nDk16 with B MN-major (dV, dK, dQ): B = dO, Q or K rows [k][d], d contiguous, the
//     forward's V operand; k16 step u covers rows 16u..16u+15 = two 8-row atoms: +2048 B.
//   * Accumulator fragment (m64nN f32; warp q, lane l, register i): row 16q + l/4 + 8((i/2)%2),
//     column 8(i/4) + 2(l%4) + (i%2). A fragment from registers: the registers 8u..8u+7 of a
//     64 x 64 accumulator are exactly its columns 16u..16u+15 in A-fragment order, so
//     frag[4u + r] = pack(acc[8u + 2r], acc[8u + 2r + 1]) (the forward's P V argument); packed
//     with cvt.rn.{bf16,f16}x2.f32 (the element type of the entry).
//   * Descriptors are formed from a base descriptor plus (byte offset >> 4) in the 14-bit start
//     field: shared addresses are < 2^18, so the field never carries.
//   * wgmma waits: every register read of an accumulator happens after the wait_group that
//     covers it, and the A-fragment registers of an in-flight wgmma stay live (reg_fence after
//     the covering wait) so that ptxas neither reuses them early nor serializes (C7512/C7513).
//   * mbarrier phases: step i uses stage i % S for the (i / S)-th time: consumers wait full
//     with parity (i / S) & 1; producers wait empty with ((i / S) - 1) & 1 before the refill.
//     Waits give up after ATTN_WATCHDOG_CYCLES (producer: trap; consumers: a faulting store,
//     never __trap after setmaxnreg.inc, see mbar_wait).
//   * Register budget (D = 128, dK / dV): dK + dV accumulators 128, S^T 32, dP^T 32, fragments
//     16 each; dP^T is issued only after P^T is formed (with dV), so S^T, dP^T and P^T's
//     fragments are never all live together: 0 spills at 240 registers. The step count is read
//     from shared memory in the loop condition for the same reason.

// Typedefs, TmaDesc, tile constants and the PTX primitives: common.cuh (put in front of
// this file).

namespace pmetal_attn_bwd {
using namespace pmetal_hopper;

// ---- wgmma wrappers (generated by bench/hopper/gen_wgmma.py's attn_wrapper)
// m64n64k16 f32 (+)= bf16 x bf16; A from shared memory (descriptor, K-major);
// B from shared memory, K-major (imm-trans-b = 0); d[] = 32 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_ss_m64n64k16_tb0(float* d, u64 da, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %34, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, "
      "%32, %33, p, 1, 1, 0, 0;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
      : "l"(da), "l"(db), "r"(scale_d));
}

// m64n64k16 f32 (+)= f16 x f16; A from shared memory (descriptor, K-major);
// B from shared memory, K-major (imm-trans-b = 0); d[] = 32 f32 accumulators; scale_d 0 overwrites d.
__device__ __forceinline__ void wgmma_ss_m64n64k16_tb0_f16(float* d, u64 da, u64 db, u32 scale_d) {
  asm volatile(
      "{\n"
      ".reg .pred p;\n"
      "setp.ne.b32 p, %34, 0;\n"
      "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 "
      "{%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, "
      "%32, %33, p, 1, 1, 0, 0;\n"
      "}\n"
      : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
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
// ---- wgmma wrappers end

// ---------------------------------------------------------------- configuration
// dK / dV kernel: K and V tiles of the CTA's 128 keys (loaded once), then an S-stage ring of
// (Q, dO) 128-query tiles with their lse (log2 units) and delta rows.
template <int D, int S>
struct CfgKV {
  static constexpr int NR = D / 64;                  // 64-wide d regions per row
  static constexpr u32 TILE = NR * REGION;           // bytes of one 128-row tile
  static constexpr u32 OFF_K = 0;
  static constexpr u32 OFF_V = TILE;
  static constexpr u32 OFF_Q = 2 * TILE;
  static constexpr u32 OFF_DO = OFF_Q + S * TILE;
  static constexpr u32 OFF_LSE = OFF_DO + S * TILE;  // f32 [S][128]
  static constexpr u32 OFF_DLT = OFF_LSE + S * 512;  // f32 [S][128]
  static constexpr u32 OFF_BAR = OFF_DLT + S * 512;  // kv_full, full[S], empty[S]
  static constexpr u32 OFF_NIT = OFF_BAR + 8 * (1 + 2 * S);  // u32: the step count (see the consumers)
  static constexpr u32 SMEM = 1024 /*alignment slack*/ + OFF_NIT + 8;
  static_assert(D == 64 || D == 128, "head dim 64 or 128");
  static_assert(SMEM <= 232448, "over the 227 KB dynamic smem limit");
};
// dQ kernel: Q and dO tiles of the CTA's 128 queries (loaded once), then an S-stage ring of
// (K, V) 128-key tiles.
template <int D, int S>
struct CfgQ {
  static constexpr int NR = D / 64;
  static constexpr u32 TILE = NR * REGION;
  static constexpr u32 OFF_Q = 0;
  static constexpr u32 OFF_DO = TILE;
  static constexpr u32 OFF_K = 2 * TILE;
  static constexpr u32 OFF_V = OFF_K + S * TILE;
  static constexpr u32 OFF_BAR = OFF_V + S * TILE;   // qd_full, full[S], empty[S]
  static constexpr u32 SMEM = 1024 + OFF_BAR + 8 * (1 + 2 * S);
  static_assert(D == 64 || D == 128, "head dim 64 or 128");
  static_assert(SMEM <= 232448, "over the 227 KB dynamic smem limit");
};
constexpr int KV_STAGES_D64 = 4, KV_STAGES_D128 = 2;
constexpr int Q_STAGES_D64 = 4, Q_STAGES_D128 = 2;
// Register split (setmaxnreg): 128 * 24 + 256 * 240 = 384 * 168, the entry allocation of
// __launch_bounds__(384, 1), so the pool balances exactly.
constexpr int KV_PRODUCER_REGS = 24, KV_CONSUMER_REGS = 240;

// X = A B^T over one 64 x 64 block: A rows at a_base, B rows at b_base (both K-major, the
// D-wide rows of 128B-swizzled regions); the first k16 step overwrites.
// The bases pass through an empty asm first: the descriptors are then formed right before
// their wgmmas (a base descriptor plus the step's offset >> 4 in the start-address field,
// which cannot carry out: shared addresses < 2^18), instead of being hoisted out of the loop
// as 16 live 64-bit values.
template <bool F16, int D>
__device__ __forceinline__ void issue_nt64(float* x, u32 a_base, u32 b_base) {
  asm volatile("" : "+r"(a_base), "+r"(b_base));
  const u64 da = desc_kmajor(a_base), db = desc_kmajor(b_base);
#pragma unroll
  for (int kk = 0; kk < D / 16; ++kk) {
    const u32 off = ((kk / 4) * REGION + (kk % 4) * 32) >> 4;
    if constexpr (F16) wgmma_ss_m64n64k16_tb0_f16(x, da + off, db + off, kk > 0 ? 1u : 0u);
    else wgmma_ss_m64n64k16_tb0(x, da + off, db + off, kk > 0 ? 1u : 0u);
  }
}
// acc (64 x D) += A (64 x 64, register fragments a[16]) . B (64 rows of D at b_base, MN-major:
// the k dimension is the rows, d contiguous). Always accumulates (see attn_fwd's issue_pv).
template <bool F16, int D>
__device__ __forceinline__ void issue_acc64(float* acc, const u32* a, u32 b_base) {
  asm volatile("" : "+r"(b_base));
  const u64 db = desc_mnmajor(b_base);
#pragma unroll
  for (int t = 0; t < 4; ++t) {
    const u64 bb = db + ((2048 * t) >> 4);
    if constexpr (D == 128) {
      if constexpr (F16) wgmma_rs_m64n128k16_tb1_f16(acc, a + 4 * t, bb, 1u);
      else wgmma_rs_m64n128k16_tb1(acc, a + 4 * t, bb, 1u);
    } else {
      if constexpr (F16) wgmma_rs_m64n64k16_tb1_f16(acc, a + 4 * t, bb, 1u);
      else wgmma_rs_m64n64k16_tb1(acc, a + 4 * t, bb, 1u);
    }
  }
}

// 8-byte shared load at a shared-window address (32-bit: fewer registers than a generic pointer).
__device__ __forceinline__ float2 lds2(u32 addr) {
  float2 v;
  asm volatile("ld.shared.v2.f32 {%0, %1}, [%2];" : "=f"(v.x), "=f"(v.y) : "r"(addr) : "memory");
  return v;
}

template <bool F16>
__device__ __forceinline__ u32 pack2(float lo, float hi) {
  if constexpr (F16) return pack_f16(lo, hi);
  else return pack_bf16(lo, hi);
}

// Score constants of a launch: the raw accumulator s = q . k becomes, in log2 units,
// y2 = s * sl2 (no softcap) or y2 = th * cap_l2 with th = tanh(scale s / cap) =
// 1 - 2 / (exp2(s * cap_k) + 1); dy/dx = 1 - th^2.
struct SoftParams {
  float sl2;     // scale * log2(e)
  float cap;     // 0 = none
  float cap_k;   // 2 * scale * log2(e) / cap
  float cap_l2;  // cap * log2(e)
};

// P and dS factor of one 64 x 64 block of 32 accumulators per thread (fragment layout in the
// header). Element i: row half hh = (i/2)%2, column 8*(i/4) + 2*c + (i%2) with c = lane%4.
//   lse2(i): the lse (log2 units, +inf = P 0) of the element's query; MASK: rel(i) =
//   relb[hh] - 8*(i/4) - (i%2) is j - t - (TK - TQ) and the element is visible iff
//   -left <= rel <= right.
// On return: pa = P in the dtype as A fragments (pa[4u..4u+3]: k16 step u over the columns),
// s = P * dy/dx in f32 (the factor of (dP - delta)).
// KV (the dK / dV kernel, S^T: rows keys, columns queries): lse2 per column from lse_c
// (shared, the block's 64 columns); Q (dQ kernel, rows queries, columns keys): lse2 per row,
// and the masked test uses lo / hi (column bounds per row half) instead of rel.
template <bool F16, bool MASK, bool CAP, bool KV>
__device__ __forceinline__ void p_block(float* s, u32* pa, const SoftParams& sp, u32 lse_c,
                                        const float* lse_r, const int* relb, const int* lo, const int* hi,
                                        int left, int right, int c) {
#pragma unroll
  for (int g = 0; g < 8; ++g) {
    float2 lv = make_float2(0.f, 0.f);
    if constexpr (KV) lv = lds2(lse_c + 4 * (8 * g + 2 * c));
    float pv[4];
#pragma unroll
    for (int q = 0; q < 4; ++q) {
      const int i = 4 * g + q, e = q % 2, hh = q / 2;
      const float x = s[i];
      float y2, dt = 1.f;
      if constexpr (CAP) {
        const float th = 1.f - 2.f * rcp(ex2(x * sp.cap_k) + 1.f);
        y2 = th * sp.cap_l2;
        dt = 1.f - th * th;
      } else {
        y2 = x * sp.sl2;
      }
      float l2;
      if constexpr (KV) l2 = e ? lv.y : lv.x;
      else l2 = lse_r[hh];
      float p = ex2(y2 - l2);
      if constexpr (MASK) {
        if constexpr (KV) {
          const int rel = relb[hh] - 8 * g - e;
          if (rel < -left || rel > right) p = 0.f;
        } else {
          const int col = 8 * g + 2 * c + e;
          if (col < lo[hh] || col > hi[hh]) p = 0.f;
        }
      }
      pv[q] = p;
      s[i] = p * dt;
    }
    pa[2 * g] = pack2<F16>(pv[0], pv[1]);
    pa[2 * g + 1] = pack2<F16>(pv[2], pv[3]);
  }
}
// The score constants are derived here, per block, from the launch's scale and softcap (kernel
// parameters, which ptxas reads from the constant bank): nothing of them stays live in
// registers across the loop.
__device__ __forceinline__ SoftParams soft_params(float scale, float softcap) {
  SoftParams sp;
  sp.sl2 = scale * LOG2E;
  sp.cap = softcap;
  sp.cap_k = softcap != 0.f ? 2.f * scale * LOG2E / softcap : 0.f;
  sp.cap_l2 = softcap * LOG2E;
  return sp;
}
template <bool F16, bool KV>
__device__ __forceinline__ void p_dispatch(bool mask, float* s, u32* pa, float scale, float softcap, u32 lse_c,
                                           const float* lse_r, const int* relb, const int* lo, const int* hi,
                                           int left, int right, int c) {
  const SoftParams sp = soft_params(scale, softcap);
  if (sp.cap != 0.f) {
    if (mask) p_block<F16, true, true, KV>(s, pa, sp, lse_c, lse_r, relb, lo, hi, left, right, c);
    else p_block<F16, false, true, KV>(s, pa, sp, lse_c, lse_r, relb, lo, hi, left, right, c);
  } else {
    if (mask) p_block<F16, true, false, KV>(s, pa, sp, lse_c, lse_r, relb, lo, hi, left, right, c);
    else p_block<F16, false, false, KV>(s, pa, sp, lse_c, lse_r, relb, lo, hi, left, right, c);
  }
}
// dS = f * (dP - delta) -> A fragments da (f = s from p_block). KV: delta per column from
// dlt_c (shared); else per row half from dlt_r.
template <bool F16, bool KV>
__device__ __forceinline__ void ds_block(const float* f, const float* dp, u32* da, u32 dlt_c,
                                         const float* dlt_r, int c) {
#pragma unroll
  for (int g = 0; g < 8; ++g) {
    float2 dv = make_float2(0.f, 0.f);
    if constexpr (KV) dv = lds2(dlt_c + 4 * (8 * g + 2 * c));
    float d4[4];
#pragma unroll
    for (int q = 0; q < 4; ++q) {
      const int i = 4 * g + q, e = q % 2, hh = q / 2;
      float dl;
      if constexpr (KV) dl = e ? dv.y : dv.x;
      else dl = dlt_r[hh];
      d4[q] = f[i] * (dp[i] - dl);
    }
    da[2 * g] = pack2<F16>(d4[0], d4[1]);
    da[2 * g + 1] = pack2<F16>(d4[2], d4[3]);
  }
}

struct Params {
  int H, HKV, TQ, TK;  // varlen: TQ, TK unused (each sequence's come from cu_q, cu_k)
  float scale;         // softmax scale, > 0
  int causal;          // right is min'ed with 0 when set
  int left, right;     // window: key j visible from query t iff -left <= j - t - (TK - TQ) <= right
  float softcap;       // 0 = none
  const u32* cu_q;     // varlen: [B + 1] cumulative query / key offsets
  const u32* cu_k;
};

// lse (natural log) -> log2 units, with -inf (a row that sees no key) -> +inf so that
// P = exp2(y2 - lse2) = 0 for every key of such a row (never exp(+inf) or NaN).
__device__ __forceinline__ float lse_to_l2(float l) { return l == neg_inf() ? -neg_inf() : l * LOG2E; }

// ---------------------------------------------------------------- dK / dV kernel
// CTA = 128 keys (n0 = 128 * blockIdx.x) of KV head blockIdx.y, batch / sequence blockIdx.z.
template <bool F16, int D, int S, bool VARLEN>
__device__ __forceinline__ void attn_bwd_dkv(const TmaDesc* tm_q, const TmaDesc* tm_k, const TmaDesc* tm_v,
                                             const TmaDesc* tm_do, const float* __restrict__ lse,
                                             const float* __restrict__ delta, unsigned short* __restrict__ dk,
                                             unsigned short* __restrict__ dv, const Params& P) {
  using C = CfgKV<D, S>;
  constexpr u32 TILE = C::TILE;
  extern __shared__ unsigned char smem_raw[];
  const u32 raw = smem_u32(smem_raw);
  const u32 base = (raw + 1023u) & ~1023u;
  unsigned char* gbase = smem_raw + (base - raw);  // generic pointer to the aligned base
  const u32 sK = base + C::OFF_K, sV = base + C::OFF_V, sQ = base + C::OFF_Q, sDO = base + C::OFF_DO;
  float* lse_s = reinterpret_cast<float*>(gbase + C::OFF_LSE);
  float* dlt_s = reinterpret_cast<float*>(gbase + C::OFF_DLT);
  const u32 kv_full = base + C::OFF_BAR;
  const u32 full = kv_full + 8, empty = full + 8 * S;

  const int n0 = blockIdx.x * BN, hkv = blockIdx.y, b = blockIdx.z;
  const int H = P.H, HKV = P.HKV, G = H / HKV;
  int TQ = P.TQ, TK = P.TK, q0 = 0, k0 = 0;
  u64 k_row0;  // first key row of this sequence in dk / dv
  if constexpr (VARLEN) {
    q0 = static_cast<int>(P.cu_q[b]);
    TQ = static_cast<int>(P.cu_q[b + 1]) - q0;
    k0 = static_cast<int>(P.cu_k[b]);
    TK = static_cast<int>(P.cu_k[b + 1]) - k0;
    if (n0 >= TK) return;  // whole CTA, before any barrier
    k_row0 = static_cast<u64>(k0);
  } else {
    k_row0 = static_cast<u64>(b) * TK;
  }
  const int off = TK - TQ;
  const int left = P.left, right = P.causal ? min(P.right, 0) : P.right;
  // Queries any key of the block sees: key j sees t in j - off - right .. j - off + left.
  const int klast = min(n0 + BN, TK) - 1;
  const int tmin = max(0, n0 - off - right), tmax = min(TQ - 1, klast - off + left);
  const int qb_lo = tmin / BM;
  const int nqb = tmax < tmin ? 0 : tmax / BM - qb_lo + 1;
  const int nit = G * nqb;  // (query head of the group, query block) steps

  const int wg = threadIdx.x / 128, tid = threadIdx.x % 128;
  if (threadIdx.x == 0) {
    mbar_init(kv_full, 1);
    asm volatile("st.shared.u32 [%0], %1;" ::"r"(base + C::OFF_NIT), "r"(nit) : "memory");
    for (int s = 0; s < S; ++s) {
      mbar_init(full + 8 * s, 1 + 32);  // TMA thread (expect_tx) + the 32 lanes writing lse / delta
      mbar_init(empty + 8 * s, 8);
    }
    asm volatile("fence.mbarrier_init.release.cluster;" ::: "memory");
    asm volatile("fence.proxy.async.shared::cta;" ::: "memory");
    tma_prefetch_desc(tm_q);
    tma_prefetch_desc(tm_k);
    tma_prefetch_desc(tm_v);
    tma_prefetch_desc(tm_do);
  }
  __syncthreads();

  if (wg == 0) {
    // ------------------------------------------------------------ producer
    setmaxnreg_dec<KV_PRODUCER_REGS>();
    const int warp = tid / 32, lane = tid % 32;
    if (nit > 0 && tid == 0) {
      mbar_arrive_expect_tx(kv_full, 2 * TILE);
#pragma unroll
      for (int r = 0; r < C::NR; ++r) {
        if constexpr (VARLEN) {
          tma_load_3d(sK + r * REGION, tm_k, 64 * r, hkv, k0 + n0, kv_full);
          tma_load_3d(sV + r * REGION, tm_v, 64 * r, hkv, k0 + n0, kv_full);
        } else {
          tma_load_4d(sK + r * REGION, tm_k, 64 * r, hkv, n0, b, kv_full);
          tma_load_4d(sV + r * REGION, tm_v, 64 * r, hkv, n0, b, kv_full);
        }
      }
      for (int i = 0; i < nit; ++i) {
        const int s = i % S, u = i / S, g = i / nqb, qb = qb_lo + (i - g * nqb), h = hkv * G + g;
        if (u > 0) mbar_wait<true>(empty + 8 * s, (u - 1) & 1);
        mbar_arrive_expect_tx(full + 8 * s, 2 * TILE);
#pragma unroll
        for (int r = 0; r < C::NR; ++r) {
          if constexpr (VARLEN) {
            tma_load_3d(sQ + s * TILE + r * REGION, tm_q, 64 * r, h, q0 + qb * BM, full + 8 * s);
            tma_load_3d(sDO + s * TILE + r * REGION, tm_do, 64 * r, h, q0 + qb * BM, full + 8 * s);
          } else {
            tma_load_4d(sQ + s * TILE + r * REGION, tm_q, 64 * r, h, qb * BM, b, full + 8 * s);
            tma_load_4d(sDO + s * TILE + r * REGION, tm_do, 64 * r, h, qb * BM, b, full + 8 * s);
          }
        }
      }
    } else if (nit > 0 && warp == 1) {
      // lse (log2 units; +inf past TQ or for rows that see no key) and delta (0 past TQ) of
      // the stage's 128 queries; each lane arrives after its own stores.
      // Incremental, with 32-bit offsets (this warpgroup runs on 24 registers; lse has fewer
      // than 2^32 entries): the rows of head h start at l0 = h * total_q + q0 (varlen) or
      // (b * H + h) * TQ; one head further is hstride further.
      const u32 hstride = VARLEN ? P.cu_q[gridDim.z] : static_cast<u32>(TQ);
      u32 l0 = static_cast<u32>((VARLEN ? 0 : b * H) + hkv * G) * hstride + q0 + lane;
      int qb = qb_lo;
      for (int i = 0; i < nit; ++i) {
        const int s = i % S, u = i / S;
        if (u > 0) mbar_wait<true>(empty + 8 * s, (u - 1) & 1);
#pragma unroll 1
        for (int r = 0; r < BM / 32; ++r) {
          const int t = qb * BM + 32 * r + lane;
          float l2 = -neg_inf(), dl = 0.f;
          if (t < TQ) {
            l2 = lse_to_l2(lse[l0 + qb * BM + 32 * r]);
            dl = delta[l0 + qb * BM + 32 * r];
          }
          lse_s[s * BM + 32 * r + lane] = l2;
          dlt_s[s * BM + 32 * r + lane] = dl;
        }
        mbar_arrive(full + 8 * s);
        if (++qb == qb_lo + nqb) {
          qb = qb_lo;
          l0 += hstride;
        }
      }
    }
    return;
  }

  // -------------------------------------------------------------- consumers
  setmaxnreg_inc<KV_CONSUMER_REGS>();
  const int w = wg - 1, warp = tid / 32, lane = tid % 32, c = lane % 4;
  const int wk0 = n0 + 64 * w;                   // this warpgroup's first key
  const int kr0 = wk0 + 16 * warp + lane / 4;    // this thread's keys: kr0, kr0 + 8
  const u32 k_base = sK + 64 * w * 128, v_base = sV + 64 * w * 128;
  // Queries the warpgroup's valid keys see (empty when wk0 >= TK).
  const int wtlo = max(0, wk0 - off - right);
  const int wthi = wk0 >= TK ? -1 : min(TQ - 1, min(wk0 + 63, TK - 1) - off + left);

  float acc_v[D / 2], acc_k[D / 2];
#pragma unroll
  for (int i = 0; i < D / 2; ++i) {
    acc_v[i] = 0.f;
    acc_k[i] = 0.f;
  }
  u32 pa[16], da[16];
#pragma unroll
  for (int k = 0; k < 16; ++k) {
    pa[k] = 0u;
    da[k] = 0u;
  }
  if (nit > 0) {
    mbar_wait<false>(kv_full, 0);
    float s[32], dp[32];
    int qb = qb_lo - 1;
    // The loop bound is read back from shared memory at each step rather than kept in a
    // register: the D = 128 consumer sits at its 240-register cap, and ptxas would spill it.
#pragma unroll 1
    for (int i = 0;; ++i) {
      u32 n;
      asm volatile("ld.shared.u32 %0, [%1];" : "=r"(n) : "r"(base + C::OFF_NIT) : "memory");
      if (i >= static_cast<int>(n)) break;
      const int st = i % S;
      qb = qb + 1 == qb_lo + nqb ? qb_lo : qb + 1;  // query blocks of each group head in turn
      mbar_wait<false>(full + 8 * st, (i / S) & 1);
      const u32 q_st = sQ + st * TILE, do_st = sDO + st * TILE;
#pragma unroll 1
      for (int hf = 0; hf < 2; ++hf) {
        const int qh = qb * BM + 64 * hf;  // the half's first query
        if (qh > wthi || qh + 63 < wtlo) continue;  // warpgroup-uniform
        wgmma_fence();
        issue_nt64<F16, D>(s, k_base, q_st + 8192 * hf);     // S^T = K Q^T
        wgmma_commit();
        wgmma_wait<0>();  // also the previous half's dK: its dS fragments are free
#pragma unroll
        for (int k = 0; k < 32; ++k) reg_fence(s[k]);
#pragma unroll
        for (int k = 0; k < 16; ++k) {
          reg_fence(pa[k]);
          reg_fence(da[k]);
        }
        // Every (key, query) pair of the warpgroup's block visible -> no mask (queries past
        // TQ have lse2 = +inf, so P = 0 there anyway).
        const bool mask = wk0 - (qh + 63) - off < -left || (wk0 + 63) - qh - off > right;
        const int relb[2] = {kr0 - qh - 2 * c - off, kr0 + 8 - qh - 2 * c - off};
        const u32 lse_c = base + C::OFF_LSE + 4 * (st * BM + 64 * hf);
        p_dispatch<F16, true>(mask, s, pa, P.scale, P.softcap, lse_c, nullptr, relb, nullptr, nullptr, left, right, c);
        wgmma_fence();
        issue_acc64<F16, D>(acc_v, pa, do_st + 8192 * hf);  // dV += P^T dO
        issue_nt64<F16, D>(dp, v_base, do_st + 8192 * hf);  // dP^T = V dO^T
        wgmma_commit();
        wgmma_wait<0>();  // dV and dP^T done: P's fragments are free before dS is formed
#pragma unroll
        for (int k = 0; k < 32; ++k) reg_fence(dp[k]);
#pragma unroll
        for (int k = 0; k < 16; ++k) reg_fence(pa[k]);
        ds_block<F16, true>(s, dp, da, base + C::OFF_DLT + 4 * (st * BM + 64 * hf), nullptr, c);
        wgmma_fence();
        issue_acc64<F16, D>(acc_k, da, q_st + 8192 * hf);   // dK += dS^T Q
        wgmma_commit();
      }
      wgmma_wait<0>();
#pragma unroll
      for (int k = 0; k < 16; ++k) {
        reg_fence(pa[k]);
        reg_fence(da[k]);
      }
#pragma unroll
      for (int k = 0; k < D / 2; ++k) {
        reg_fence(acc_v[k]);
        reg_fence(acc_k[k]);
      }
      if (lane == 0) mbar_arrive(empty + 8 * st);
    }
  }

  // -------------------------------------------------------------- epilogue
  const float scale = P.scale;
#pragma unroll
  for (int hh = 0; hh < 2; ++hh) {
    const int j = kr0 + 8 * hh;
    if (j >= TK) continue;
    const u64 row = ((k_row0 + j) * HKV + hkv) * D + 2 * c;
    u32* dst_k = reinterpret_cast<u32*>(dk + row);
    u32* dst_v = reinterpret_cast<u32*>(dv + row);
#pragma unroll
    for (int g = 0; g < D / 8; ++g) {
      dst_k[4 * g] = pack2<F16>(acc_k[4 * g + 2 * hh] * scale, acc_k[4 * g + 2 * hh + 1] * scale);
      dst_v[4 * g] = pack2<F16>(acc_v[4 * g + 2 * hh], acc_v[4 * g + 2 * hh + 1]);
    }
  }
}

// ---------------------------------------------------------------- dQ kernel
// CTA = 128 queries (m0 = 128 * (gridDim.x - 1 - blockIdx.x)) of head blockIdx.y, batch /
// sequence blockIdx.z.
template <bool F16, int D, int S, bool VARLEN>
__device__ __forceinline__ void attn_bwd_dq(const TmaDesc* tm_q, const TmaDesc* tm_k, const TmaDesc* tm_v,
                                            const TmaDesc* tm_do, const float* __restrict__ lse,
                                            const float* __restrict__ delta, unsigned short* __restrict__ dq,
                                            const Params& P) {
  using C = CfgQ<D, S>;
  constexpr u32 TILE = C::TILE;
  extern __shared__ unsigned char smem_raw[];
  const u32 base = (smem_u32(smem_raw) + 1023u) & ~1023u;
  const u32 sQ = base + C::OFF_Q, sDO = base + C::OFF_DO, sK = base + C::OFF_K, sV = base + C::OFF_V;
  const u32 qd_full = base + C::OFF_BAR;
  const u32 full = qd_full + 8, empty = full + 8 * S;

  // Query tiles in reverse launch order (as the forward): with causal, the last tiles see the
  // most keys, and starting the longest CTAs first shortens the tail of the last wave.
  const int m0 = (gridDim.x - 1 - blockIdx.x) * BM, h = blockIdx.y, b = blockIdx.z;
  const int H = P.H;
  const int hkv = h / (H / P.HKV);
  int TQ = P.TQ, TK = P.TK, q0 = 0, k0 = 0;
  u64 q_row0, lse0;
  if constexpr (VARLEN) {
    q0 = static_cast<int>(P.cu_q[b]);
    TQ = static_cast<int>(P.cu_q[b + 1]) - q0;
    k0 = static_cast<int>(P.cu_k[b]);
    TK = static_cast<int>(P.cu_k[b + 1]) - k0;
    if (m0 >= TQ) return;
    q_row0 = static_cast<u64>(q0);
    lse0 = static_cast<u64>(h) * P.cu_q[gridDim.z] + q0;  // lse, delta [H, total_q]
  } else {
    q_row0 = static_cast<u64>(b) * TQ;
    lse0 = (static_cast<u64>(b) * H + h) * TQ;
  }
  const int off = TK - TQ;
  const int left = P.left, right = P.causal ? min(P.right, 0) : P.right;
  const int t_last = min(m0 + BM, TQ) - 1;
  const int kmin = max(0, m0 + off - left), kmax = min(TK - 1, t_last + off + right);
  const int kb_lo = kmin / BN;
  const int nblk = kmax < kmin ? 0 : kmax / BN - kb_lo + 1;

  const int wg = threadIdx.x / 128, tid = threadIdx.x % 128;
  if (threadIdx.x == 0) {
    mbar_init(qd_full, 1);
    for (int s = 0; s < S; ++s) {
      mbar_init(full + 8 * s, 1);
      mbar_init(empty + 8 * s, 8);
    }
    asm volatile("fence.mbarrier_init.release.cluster;" ::: "memory");
    asm volatile("fence.proxy.async.shared::cta;" ::: "memory");
    tma_prefetch_desc(tm_q);
    tma_prefetch_desc(tm_k);
    tma_prefetch_desc(tm_v);
    tma_prefetch_desc(tm_do);
  }
  __syncthreads();

  if (wg == 0) {
    // ------------------------------------------------------------ producer
    setmaxnreg_dec<24>();
    if (tid == 0 && nblk > 0) {
      mbar_arrive_expect_tx(qd_full, 2 * TILE);
#pragma unroll
      for (int r = 0; r < C::NR; ++r) {
        if constexpr (VARLEN) {
          tma_load_3d(sQ + r * REGION, tm_q, 64 * r, h, q0 + m0, qd_full);
          tma_load_3d(sDO + r * REGION, tm_do, 64 * r, h, q0 + m0, qd_full);
        } else {
          tma_load_4d(sQ + r * REGION, tm_q, 64 * r, h, m0, b, qd_full);
          tma_load_4d(sDO + r * REGION, tm_do, 64 * r, h, m0, b, qd_full);
        }
      }
      for (int j = 0; j < nblk; ++j) {
        const int s = j % S, u = j / S, kb = kb_lo + j;
        if (u > 0) mbar_wait<true>(empty + 8 * s, (u - 1) & 1);
        mbar_arrive_expect_tx(full + 8 * s, 2 * TILE);
#pragma unroll
        for (int r = 0; r < C::NR; ++r) {
          if constexpr (VARLEN) {
            tma_load_3d(sK + s * TILE + r * REGION, tm_k, 64 * r, hkv, k0 + kb * BN, full + 8 * s);
            tma_load_3d(sV + s * TILE + r * REGION, tm_v, 64 * r, hkv, k0 + kb * BN, full + 8 * s);
          } else {
            tma_load_4d(sK + s * TILE + r * REGION, tm_k, 64 * r, hkv, kb * BN, b, full + 8 * s);
            tma_load_4d(sV + s * TILE + r * REGION, tm_v, 64 * r, hkv, kb * BN, b, full + 8 * s);
          }
        }
      }
    }
    return;
  }

  // -------------------------------------------------------------- consumers
  setmaxnreg_inc<240>();
  const int w = wg - 1, warp = tid / 32, lane = tid % 32, c = lane % 4;
  const int r0 = m0 + 64 * w;                    // this warpgroup's first query row
  const int row0 = r0 + 16 * warp + lane / 4;    // this thread's rows: row0, row0 + 8
  const u32 q_base = sQ + 64 * w * 128, do_base = sDO + 64 * w * 128;
  float lse2[2], dlt[2];
  int lo_abs[2], hi_abs[2];
#pragma unroll
  for (int hh = 0; hh < 2; ++hh) {
    const int t = row0 + 8 * hh;
    lse2[hh] = -neg_inf();
    dlt[hh] = 0.f;
    if (t < TQ) {
      lse2[hh] = lse_to_l2(lse[lse0 + t]);
      dlt[hh] = delta[lse0 + t];
    }
    lo_abs[hh] = t + off - left;
    hi_abs[hh] = min(TK - 1, t + off + right);
  }
  // Keys the warpgroup's valid rows see (empty when r0 >= TQ).
  const int wklo = max(0, r0 + off - left);
  const int wkhi = r0 >= TQ ? -1 : min(TK - 1, min(r0 + 63, TQ - 1) + off + right);

  float acc[D / 2];
#pragma unroll
  for (int i = 0; i < D / 2; ++i) acc[i] = 0.f;
  u32 da[16];
#pragma unroll
  for (int k = 0; k < 16; ++k) da[k] = 0u;
  if (nblk > 0) {
    mbar_wait<false>(qd_full, 0);
    float s[32], dp[32];
    u32 pa[16];
    for (int j = 0; j < nblk; ++j) {
      const int st = j % S, kb = kb_lo + j;
      mbar_wait<false>(full + 8 * st, (j / S) & 1);
      const u32 k_st = sK + st * TILE, v_st = sV + st * TILE;
#pragma unroll 1
      for (int hf = 0; hf < 2; ++hf) {
        const int kh = kb * BN + 64 * hf;  // the half's first key
        if (kh > wkhi || kh + 63 < wklo) continue;  // warpgroup-uniform
        wgmma_fence();
        issue_nt64<F16, D>(s, q_base, k_st + 8192 * hf);    // S = Q K^T
        wgmma_commit();
        issue_nt64<F16, D>(dp, do_base, v_st + 8192 * hf);  // dP = dO V^T
        wgmma_commit();
        wgmma_wait<1>();
#pragma unroll
        for (int k = 0; k < 32; ++k) reg_fence(s[k]);
#pragma unroll
        for (int k = 0; k < 16; ++k) reg_fence(da[k]);
        // Every (row, key) pair of rows r0..r0+63 and the half's keys visible -> no mask
        // (rows past TQ have lse2 = +inf: P = 0).
        const bool mask = kh < r0 + 63 + off - left || kh + 63 > r0 + off + right || kh + 63 > TK - 1;
        const int lo[2] = {lo_abs[0] - kh, lo_abs[1] - kh}, hi[2] = {hi_abs[0] - kh, hi_abs[1] - kh};
        p_dispatch<F16, false>(mask, s, pa, P.scale, P.softcap, 0u, lse2, nullptr, lo, hi, left, right, c);
        wgmma_wait<0>();
#pragma unroll
        for (int k = 0; k < 32; ++k) reg_fence(dp[k]);
        ds_block<F16, false>(s, dp, da, 0u, dlt, c);
        wgmma_fence();
        issue_acc64<F16, D>(acc, da, k_st + 8192 * hf);  // dQ += dS K
        wgmma_commit();
      }
      wgmma_wait<0>();
#pragma unroll
      for (int k = 0; k < 16; ++k) reg_fence(da[k]);
#pragma unroll
      for (int k = 0; k < D / 2; ++k) reg_fence(acc[k]);
      if (lane == 0) mbar_arrive(empty + 8 * st);
    }
  }

  // -------------------------------------------------------------- epilogue
  const float scale = P.scale;
#pragma unroll
  for (int hh = 0; hh < 2; ++hh) {
    const int t = row0 + 8 * hh;
    if (t >= TQ) continue;  // varlen: also keeps other sequences' rows untouched
    u32* dst = reinterpret_cast<u32*>(dq + ((q_row0 + t) * H + h) * D + 2 * c);
#pragma unroll
    for (int g = 0; g < D / 8; ++g) dst[4 * g] = pack2<F16>(acc[4 * g + 2 * hh] * scale, acc[4 * g + 2 * hh + 1] * scale);
  }
}

}  // namespace pmetal_attn_bwd

// Dynamic shared memory bytes for each entry point (host: cudaFuncSetAttribute + launch).
// The f16 and varlen entries use their bf16 / fixed-length twin's figure.
#define PMETAL_ATTN_BWD_SMEM_DKV_D64 (pmetal_attn_bwd::CfgKV<64, pmetal_attn_bwd::KV_STAGES_D64>::SMEM)
#define PMETAL_ATTN_BWD_SMEM_DKV_D128 (pmetal_attn_bwd::CfgKV<128, pmetal_attn_bwd::KV_STAGES_D128>::SMEM)
#define PMETAL_ATTN_BWD_SMEM_DQ_D64 (pmetal_attn_bwd::CfgQ<64, pmetal_attn_bwd::Q_STAGES_D64>::SMEM)
#define PMETAL_ATTN_BWD_SMEM_DQ_D128 (pmetal_attn_bwd::CfgQ<128, pmetal_attn_bwd::Q_STAGES_D128>::SMEM)

// Harness entries (bench/hopper/attention_bwd.cu): sizes and options as plain arguments.
#define PMETAL_ATTN_BWD_DKV_ENTRY(NAME, F16, D, S)                                                         \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const __grid_constant__ TmaDesc tm_do,                   \
           const float* __restrict__ lse, const float* __restrict__ delta, unsigned short* __restrict__ dk, \
           unsigned short* __restrict__ dv, int B, int H, int HKV, int TQ, int TK, float scale, int causal, \
           int left, int right, float softcap) {                                                          \
    (void)B;                                                                                              \
    const pmetal_attn_bwd::Params P{H, HKV, TQ, TK, scale, causal, left, right, softcap, nullptr, nullptr}; \
    pmetal_attn_bwd::attn_bwd_dkv<F16, D, S, false>(&tm_q, &tm_k, &tm_v, &tm_do, lse, delta, dk, dv, P);   \
  }
#define PMETAL_ATTN_BWD_DKV_VARLEN_ENTRY(NAME, F16, D, S)                                                  \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const __grid_constant__ TmaDesc tm_do,                   \
           const float* __restrict__ lse, const float* __restrict__ delta, unsigned short* __restrict__ dk, \
           unsigned short* __restrict__ dv, const unsigned* __restrict__ cu_q,                            \
           const unsigned* __restrict__ cu_k, int B, int H, int HKV, int TQ, int TK, float scale,         \
           int causal, int left, int right, float softcap) {                                              \
    (void)B;                                                                                              \
    const pmetal_attn_bwd::Params P{H, HKV, TQ, TK, scale, causal, left, right, softcap, cu_q, cu_k};    \
    pmetal_attn_bwd::attn_bwd_dkv<F16, D, S, true>(&tm_q, &tm_k, &tm_v, &tm_do, lse, delta, dk, dv, P);    \
  }
#define PMETAL_ATTN_BWD_DQ_ENTRY(NAME, F16, D, S)                                                          \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const __grid_constant__ TmaDesc tm_do,                   \
           const float* __restrict__ lse, const float* __restrict__ delta, unsigned short* __restrict__ dq, \
           int B, int H, int HKV, int TQ, int TK, float scale, int causal, int left, int right,           \
           float softcap) {                                                                               \
    (void)B;                                                                                              \
    const pmetal_attn_bwd::Params P{H, HKV, TQ, TK, scale, causal, left, right, softcap, nullptr, nullptr}; \
    pmetal_attn_bwd::attn_bwd_dq<F16, D, S, false>(&tm_q, &tm_k, &tm_v, &tm_do, lse, delta, dq, P);        \
  }
#define PMETAL_ATTN_BWD_DQ_VARLEN_ENTRY(NAME, F16, D, S)                                                   \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const __grid_constant__ TmaDesc tm_do,                   \
           const float* __restrict__ lse, const float* __restrict__ delta, unsigned short* __restrict__ dq, \
           const unsigned* __restrict__ cu_q, const unsigned* __restrict__ cu_k, int B, int H, int HKV,   \
           int TQ, int TK, float scale, int causal, int left, int right, float softcap) {                 \
    (void)B;                                                                                              \
    const pmetal_attn_bwd::Params P{H, HKV, TQ, TK, scale, causal, left, right, softcap, cu_q, cu_k};    \
    pmetal_attn_bwd::attn_bwd_dq<F16, D, S, true>(&tm_q, &tm_k, &tm_v, &tm_do, lse, delta, dq, P);         \
  }

PMETAL_ATTN_BWD_DKV_ENTRY(pmetal_attn_bwd_dkv_d64, false, 64, pmetal_attn_bwd::KV_STAGES_D64)
PMETAL_ATTN_BWD_DKV_ENTRY(pmetal_attn_bwd_dkv_d128, false, 128, pmetal_attn_bwd::KV_STAGES_D128)
PMETAL_ATTN_BWD_DKV_ENTRY(pmetal_attn_bwd_dkv_d64_f16, true, 64, pmetal_attn_bwd::KV_STAGES_D64)
PMETAL_ATTN_BWD_DKV_ENTRY(pmetal_attn_bwd_dkv_d128_f16, true, 128, pmetal_attn_bwd::KV_STAGES_D128)
PMETAL_ATTN_BWD_DKV_VARLEN_ENTRY(pmetal_attn_bwd_dkv_d64_varlen, false, 64, pmetal_attn_bwd::KV_STAGES_D64)
PMETAL_ATTN_BWD_DKV_VARLEN_ENTRY(pmetal_attn_bwd_dkv_d128_varlen, false, 128, pmetal_attn_bwd::KV_STAGES_D128)
PMETAL_ATTN_BWD_DKV_VARLEN_ENTRY(pmetal_attn_bwd_dkv_d64_varlen_f16, true, 64, pmetal_attn_bwd::KV_STAGES_D64)
PMETAL_ATTN_BWD_DKV_VARLEN_ENTRY(pmetal_attn_bwd_dkv_d128_varlen_f16, true, 128, pmetal_attn_bwd::KV_STAGES_D128)
PMETAL_ATTN_BWD_DQ_ENTRY(pmetal_attn_bwd_dq_d64, false, 64, pmetal_attn_bwd::Q_STAGES_D64)
PMETAL_ATTN_BWD_DQ_ENTRY(pmetal_attn_bwd_dq_d128, false, 128, pmetal_attn_bwd::Q_STAGES_D128)
PMETAL_ATTN_BWD_DQ_ENTRY(pmetal_attn_bwd_dq_d64_f16, true, 64, pmetal_attn_bwd::Q_STAGES_D64)
PMETAL_ATTN_BWD_DQ_ENTRY(pmetal_attn_bwd_dq_d128_f16, true, 128, pmetal_attn_bwd::Q_STAGES_D128)
PMETAL_ATTN_BWD_DQ_VARLEN_ENTRY(pmetal_attn_bwd_dq_d64_varlen, false, 64, pmetal_attn_bwd::Q_STAGES_D64)
PMETAL_ATTN_BWD_DQ_VARLEN_ENTRY(pmetal_attn_bwd_dq_d128_varlen, false, 128, pmetal_attn_bwd::Q_STAGES_D128)
PMETAL_ATTN_BWD_DQ_VARLEN_ENTRY(pmetal_attn_bwd_dq_d64_varlen_f16, true, 64, pmetal_attn_bwd::Q_STAGES_D64)
PMETAL_ATTN_BWD_DQ_VARLEN_ENTRY(pmetal_attn_bwd_dq_d128_varlen_f16, true, 128, pmetal_attn_bwd::Q_STAGES_D128)

// ---------------------------------------------------------------- entries for CubeCL
// The same kernels in the parameter order of CubeCL's CUDA server (as the forward's *_cubecl
// entries): the four tensor maps (q, k, v, d_out), their backing buffers' pointers (unused:
// TMA reads through the maps), then the buffers lse, delta, the outputs (dk, dv or dq), for
// varlen cu_q, cu_k, then LaunchInfo by value: the forward's layout (5 u64 words, two 32-bit
// fields each, low half first):
//   word 0: h | hkv << 32        word 1: tq | tk << 32        word 2: scale | flags << 32
//   word 3: left | right << 32   word 4: softcap | pad << 32
// flags bit 0 = causal; left / right: window bounds, 1 << 30 = unbounded; softcap 0 = none
// (f32 bits). Varlen: tq, tk are the longest sequence's lengths (unused for bounds).
namespace pmetal_attn_bwd {
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
// The launch must have reserved the entry's dynamic shared memory: less would make TMA write
// past the allocation. Fails the launch with an illegal address (not a trap: see mbar_wait).
template <u32 NEED>
__device__ __forceinline__ void check_smem() {
  u32 have;
  asm volatile("mov.u32 %0, %%dynamic_smem_size;" : "=r"(have));
  if (have < NEED) *reinterpret_cast<volatile u32*>(static_cast<u64>(0x200)) = have;
}
}  // namespace pmetal_attn_bwd

#define PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(NAME, F16, D, S, VARLEN)                                          \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const __grid_constant__ TmaDesc tm_do,                   \
           const void* q_base, const void* k_base, const void* v_base, const void* do_base,               \
           const float* __restrict__ lse, const float* __restrict__ delta, unsigned short* __restrict__ dk, \
           unsigned short* __restrict__ dv, PMETAL_ATTN_BWD_CU_PARAMS##VARLEN                             \
           const __grid_constant__ pmetal_attn_bwd::LaunchInfo info) {                                    \
    (void)q_base;                                                                                         \
    (void)k_base;                                                                                         \
    (void)v_base;                                                                                         \
    (void)do_base;                                                                                        \
    pmetal_attn_bwd::check_smem<pmetal_attn_bwd::CfgKV<D, S>::SMEM>();                                    \
    const pmetal_attn_bwd::Params P = pmetal_attn_bwd::params_of(info, PMETAL_ATTN_BWD_CU_ARGS##VARLEN);  \
    pmetal_attn_bwd::attn_bwd_dkv<F16, D, S, VARLEN>(&tm_q, &tm_k, &tm_v, &tm_do, lse, delta, dk, dv, P);  \
  }
#define PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(NAME, F16, D, S, VARLEN)                                           \
  extern "C" __global__ void __launch_bounds__(384, 1)                                                    \
      NAME(const __grid_constant__ TmaDesc tm_q, const __grid_constant__ TmaDesc tm_k,                    \
           const __grid_constant__ TmaDesc tm_v, const __grid_constant__ TmaDesc tm_do,                   \
           const void* q_base, const void* k_base, const void* v_base, const void* do_base,               \
           const float* __restrict__ lse, const float* __restrict__ delta, unsigned short* __restrict__ dq, \
           PMETAL_ATTN_BWD_CU_PARAMS##VARLEN const __grid_constant__ pmetal_attn_bwd::LaunchInfo info) {  \
    (void)q_base;                                                                                         \
    (void)k_base;                                                                                         \
    (void)v_base;                                                                                         \
    (void)do_base;                                                                                        \
    pmetal_attn_bwd::check_smem<pmetal_attn_bwd::CfgQ<D, S>::SMEM>();                                     \
    const pmetal_attn_bwd::Params P = pmetal_attn_bwd::params_of(info, PMETAL_ATTN_BWD_CU_ARGS##VARLEN);  \
    pmetal_attn_bwd::attn_bwd_dq<F16, D, S, VARLEN>(&tm_q, &tm_k, &tm_v, &tm_do, lse, delta, dq, P);       \
  }
// Varlen entries take cu_q, cu_k between the outputs and the info struct.
#define PMETAL_ATTN_BWD_CU_PARAMSfalse
#define PMETAL_ATTN_BWD_CU_PARAMStrue const unsigned *__restrict__ cu_q, const unsigned *__restrict__ cu_k,
#define PMETAL_ATTN_BWD_CU_ARGSfalse nullptr, nullptr
#define PMETAL_ATTN_BWD_CU_ARGStrue cu_q, cu_k

PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d64_cubecl, false, 64, pmetal_attn_bwd::KV_STAGES_D64, false)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d128_cubecl, false, 128, pmetal_attn_bwd::KV_STAGES_D128, false)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d64_f16_cubecl, true, 64, pmetal_attn_bwd::KV_STAGES_D64, false)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d128_f16_cubecl, true, 128, pmetal_attn_bwd::KV_STAGES_D128, false)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d64_varlen_cubecl, false, 64, pmetal_attn_bwd::KV_STAGES_D64, true)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d128_varlen_cubecl, false, 128, pmetal_attn_bwd::KV_STAGES_D128, true)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d64_varlen_f16_cubecl, true, 64, pmetal_attn_bwd::KV_STAGES_D64, true)
PMETAL_ATTN_BWD_DKV_CUBECL_ENTRY(pmetal_attn_bwd_dkv_d128_varlen_f16_cubecl, true, 128, pmetal_attn_bwd::KV_STAGES_D128, true)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d64_cubecl, false, 64, pmetal_attn_bwd::Q_STAGES_D64, false)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d128_cubecl, false, 128, pmetal_attn_bwd::Q_STAGES_D128, false)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d64_f16_cubecl, true, 64, pmetal_attn_bwd::Q_STAGES_D64, false)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d128_f16_cubecl, true, 128, pmetal_attn_bwd::Q_STAGES_D128, false)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d64_varlen_cubecl, false, 64, pmetal_attn_bwd::Q_STAGES_D64, true)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d128_varlen_cubecl, false, 128, pmetal_attn_bwd::Q_STAGES_D128, true)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d64_varlen_f16_cubecl, true, 64, pmetal_attn_bwd::Q_STAGES_D64, true)
PMETAL_ATTN_BWD_DQ_CUBECL_ENTRY(pmetal_attn_bwd_dq_d128_varlen_f16_cubecl, true, 128, pmetal_attn_bwd::Q_STAGES_D128, true)
