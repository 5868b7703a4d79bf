// Host model of src/kernels/attention/hopper/attn_bwd.cu (no GPU needed):
//   g++ -O2 -o /tmp/attn_bwd_model bench/hopper/attn_bwd_model.cpp
//   /tmp/attn_bwd_model B H HKV TQ TK D CAUSAL [options]   (exit 0: all within tolerance)
// options: f16, left=N right=N (window; 1<<30 = unbounded), softcap=X, qscale=X,
// varlen=TQ0:TK0,TQ1:TK1,... (packed sequences; B, TQ, TK then come from the list).
// The method of attn_fwd_model.cpp (whose TMA / swizzle / descriptor / fragment helpers it
// copies): one CTA at a time, a consumer warpgroup's 128 threads as array slots in lock step,
//   * TMA writes with the address-based 128B swizzle and zero fill past the map's end;
//   * wgmma reads through the kernel's descriptor words decoded with the PTX canonical
//     layouts; accumulator and register-A fragment layouts as the PTX ISA draws them;
//   * the kernels' step / stage / half loops, skips, masks, lse and delta staging (by shared
//     byte address), P / dS packing and epilogues ported line by line;
// compared with a float64 backward (from the same f32 lse / delta inputs) with attention_bwd's
// tolerance: per tensor, |got - ref| <= 1e-2 max|ref| + 1e-6. It checks index and layout
// arithmetic, walks, masks and the GQA / varlen bookkeeping; not the hardware, barriers or
// asynchrony (the rings run in program order). A hand port: change it with the kernel.
// Cases run so far: attn_bwd_model_cases.txt.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
#include <algorithm>
typedef uint32_t u32;
typedef uint64_t u64;

static uint16_t f2bf(float f) {
  u32 x;
  memcpy(&x, &f, 4);
  if ((x & 0x7fffffff) > 0x7f800000) return 0x7fc0;
  u32 r = x + 0x7fff + ((x >> 16) & 1);
  return (uint16_t)(r >> 16);
}
static float bf2f(uint16_t b) {
  u32 x = (u32)b << 16;
  float f;
  memcpy(&f, &x, 4);
  return f;
}
static float hashu(uint64_t seed, uint64_t i) {
  uint64_t z = seed + (i + 1) * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  return (float)(z >> 40) * (2.0f / 16777216.0f) - 1.0f;
}

const int BM = 128, BN = 128;
const u32 REGION = 128 * 128;
static std::vector<uint8_t> smem;
static bool g_f16 = false;  // element type of q, k, v, P and out
static uint16_t f2h(float f) {
  _Float16 h = (_Float16)f;  // round to nearest even, as cvt.rn.f16x2.f32
  uint16_t b;
  memcpy(&b, &h, 2);
  return b;
}
static float h2f(uint16_t b) {
  _Float16 h;
  memcpy(&h, &b, 2);
  return (float)h;
}
static uint16_t f2e(float f) { return g_f16 ? f2h(f) : f2bf(f); }
static float e2f(uint16_t b) { return g_f16 ? h2f(b) : bf2f(b); }
static u32 swz(u32 a) { return a ^ (((a >> 7) & 7) << 4); }
static void st16(u32 a, uint16_t v) { memcpy(&smem[swz(a)], &v, 2); }
static float ld16(u32 a) {
  uint16_t v;
  memcpy(&v, &smem[swz(a)], 2);
  return e2f(v);
}
// TMA: box of 128 rows x 64 elements at (c0, head) of a [rows, heads, D] tensor, rows
// row0 .. row0+127 of which those >= end read as zeros. 4-D maps (fixed length): rows of
// batch b are b*T .. b*T+T-1, end = b*T + T (the box never crosses a batch entry). 3-D varlen
// maps: end = total rows, so a box past a sequence reads the next sequence's rows.
static void tma(u32 dst, const std::vector<uint16_t>& g, int heads, int D, int c0, int head, long row0, long end) {
  for (int rr = 0; rr < 128; ++rr)
    for (int c = 0; c < 64; ++c) {
      const long row = row0 + rr;
      uint16_t v = 0;
      if (row < end) v = g[((size_t)row * heads + head) * D + c0 + c];
      st16(dst + rr * 128 + c * 2, v);
    }
}
// kernel's descriptor builders (copied arithmetic)
static u64 desc_kmajor(u32 s) { return (u64)((s & 0x3FFFF) >> 4) | ((u64)(16 >> 4) << 16) | ((u64)(1024 >> 4) << 32) | ((u64)1 << 62); }
static u64 desc_mnmajor(u32 s) { return (u64)((s & 0x3FFFF) >> 4) | ((u64)(REGION >> 4) << 16) | ((u64)(1024 >> 4) << 32) | ((u64)1 << 62); }
struct Dsc { u32 start, lbo, sbo; };
static Dsc dec(u64 d) {
  if ((d >> 62) != 1 || ((d >> 49) & 7)) { printf("bad desc mode/base\n"); exit(1); }
  return {(u32)(d & 0x3FFF) << 4, (u32)((d >> 16) & 0x3FFF) << 4, (u32)((d >> 32) & 0x3FFF) << 4};
}
// PTX canonical layouts (128B swizzle), element byte address before the (address-based) swizzle
static u32 addr_kmajor(Dsc d, int mn, int k) { return d.start + (mn / 8) * d.sbo + (mn % 8) * 128 + k * 2; }
static u32 addr_mnmajor(Dsc d, int k, int n) { return d.start + (n / 64) * d.lbo + (k / 8) * d.sbo + (k % 8) * 128 + (n % 64) * 2; }
// accumulator fragment
static int acc_row(int tid, int i) { return 16 * (tid / 32) + (tid % 32) / 4 + 8 * ((i / 2) % 2); }
static int acc_col(int tid, int i) { return 8 * (i / 4) + 2 * (tid % 4) + (i % 2); }
// A fragment (register j, half e: 0 = low bits)
static int a_row(int tid, int j) { return 16 * (tid / 32) + (tid % 32) / 4 + 8 * (j % 2); }
static int a_col(int tid, int j, int e) { return 8 * (j / 2) + 2 * (tid % 4) + e; }

// wgmma SS m64nNk16 (both K-major): d[t][i] (+)= (A(64x16) B(Nx16)^T) in the fragment layout
static void wg_ss(float (*d)[64], int N, u64 da, u64 db, bool acc) {
  Dsc A = dec(da), B = dec(db);
  static float S[64][128];
  for (int m = 0; m < 64; ++m)
    for (int n = 0; n < N; ++n) {
      float s = 0;
      for (int k = 0; k < 16; ++k) s += ld16(addr_kmajor(A, m, k)) * ld16(addr_kmajor(B, n, k));
      S[m][n] = s;
    }
  for (int t = 0; t < 128; ++t)
    for (int i = 0; i < N / 2; ++i) d[t][i] = (acc ? d[t][i] : 0.f) + S[acc_row(t, i)][acc_col(t, i)];
}
// wgmma RS m64nNk16 tnspB: A from registers a[t][aoff .. aoff+3], B MN-major
static void wg_rs(float (*d)[64], int N, u32 (*a)[16], int aoff, u64 db) {
  Dsc B = dec(db);
  static float A[64][16];
  for (int t = 0; t < 128; ++t)
    for (int j = 0; j < 4; ++j)
      for (int e = 0; e < 2; ++e) A[a_row(t, j)][a_col(t, j, e)] = e2f((uint16_t)(a[t][aoff + j] >> (16 * e)));
  static float O[64][128];
  for (int m = 0; m < 64; ++m)
    for (int n = 0; n < N; ++n) {
      float s = 0;
      for (int k = 0; k < 16; ++k) s += A[m][k] * ld16(addr_mnmajor(B, k, n));
      O[m][n] = s;
    }
  for (int t = 0; t < 128; ++t)
    for (int i = 0; i < N / 2; ++i) d[t][i] += O[acc_row(t, i)][acc_col(t, i)];
}
static u32 pack(float lo, float hi) { return (u32)f2e(lo) | ((u32)f2e(hi) << 16); }

// ---- the kernel's issue helpers (descriptor arithmetic copied)
static int g_D;
static void issue_nt64(float (*x)[64], u32 a_base, u32 b_base) {
  const u64 da = desc_kmajor(a_base), db = desc_kmajor(b_base);
  for (int kk = 0; kk < g_D / 16; ++kk) {
    const u32 off = ((kk / 4) * REGION + (kk % 4) * 32) >> 4;
    wg_ss(x, 64, da + off, db + off, kk > 0);
  }
}
static void issue_acc64(float (*acc)[64], u32 (*a)[16], u32 b_base) {
  const u64 db = desc_mnmajor(b_base);
  for (int t = 0; t < 4; ++t) wg_rs(acc, g_D, a, 4 * t, db + ((2048 * t) >> 4));
}

struct Soft { float sl2, cap, cap_k, cap_l2; };
static const float LOG2E = 1.4426950408889634f;
static float lse_to_l2(float l) { return l == -INFINITY ? INFINITY : l * LOG2E; }

// p_block for one thread t (KV: lse per column from the shared float array at byte address
// lse_c; else per row half from lse_r).
static std::vector<float> g_fsm;  // shared f32 words by byte address / 4
static float lds(u32 addr) { return g_fsm[addr / 4]; }
static void p_block(bool KV, bool MASK, float* s, u32* pa, const Soft& sp, u32 lse_c, const float* lse_r,
                    const int* relb, const int* lo, const int* hi, int left, int right, int c) {
  for (int g = 0; g < 8; ++g) {
    float lvx = 0, lvy = 0;
    if (KV) { lvx = lds(lse_c + 4 * (8 * g + 2 * c)); lvy = lds(lse_c + 4 * (8 * g + 2 * c) + 4); }
    float pv[4];
    for (int q = 0; q < 4; ++q) {
      const int i = 4 * g + q, e = q % 2, hh = q / 2;
      const float x = s[i];
      float y2, dt = 1.f;
      if (sp.cap != 0.f) {
        const float th = 1.f - 2.f * (1.f / (std::exp2(x * sp.cap_k) + 1.f));
        y2 = th * sp.cap_l2;
        dt = 1.f - th * th;
      } else {
        y2 = x * sp.sl2;
      }
      const float l2 = KV ? (e ? lvy : lvx) : lse_r[hh];
      float p = std::exp2(y2 - l2);
      if (MASK) {
        if (KV) {
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
    pa[2 * g] = pack(pv[0], pv[1]);
    pa[2 * g + 1] = pack(pv[2], pv[3]);
  }
}
static void ds_block(bool KV, const float* f, const float* dp, u32* da, u32 dlt_c, const float* dlt_r, int c) {
  for (int g = 0; g < 8; ++g) {
    float dx = 0, dy = 0;
    if (KV) { dx = lds(dlt_c + 4 * (8 * g + 2 * c)); dy = lds(dlt_c + 4 * (8 * g + 2 * c) + 4); }
    float d4[4];
    for (int q = 0; q < 4; ++q) {
      const int i = 4 * g + q, e = q % 2, hh = q / 2;
      const float dl = KV ? (e ? dy : dx) : dlt_r[hh];
      d4[q] = f[i] * (dp[i] - dl);
    }
    da[2 * g] = pack(d4[0], d4[1]);
    da[2 * g + 1] = pack(d4[2], d4[3]);
  }
}

int main(int argc, char** argv) {
  if (argc < 8) return 2;
  int B = atoi(argv[1]);
  const int H = atoi(argv[2]), HKV = atoi(argv[3]), D = atoi(argv[6]), causal = atoi(argv[7]);
  g_D = D;
  int TQmax = atoi(argv[4]), TKmax = atoi(argv[5]);
  bool varlen = false;
  int left = 1 << 30, right = 1 << 30;
  float softcap = 0.f, qscale = 1.f;
  std::vector<int> tqs, tks;
  for (int a = 8; a < argc; ++a) {
    const char* o = argv[a];
    if (!strcmp(o, "f16")) g_f16 = true;
    else if (!strncmp(o, "left=", 5)) left = atoi(o + 5);
    else if (!strncmp(o, "right=", 6)) right = atoi(o + 6);
    else if (!strncmp(o, "softcap=", 8)) softcap = (float)atof(o + 8);
    else if (!strncmp(o, "qscale=", 7)) qscale = (float)atof(o + 7);
    else if (!strncmp(o, "varlen=", 7)) {
      varlen = true;
      for (const char* c = o + 7; *c;) {
        int a1, b1, n;
        if (sscanf(c, "%d:%d%n", &a1, &b1, &n) != 2) { printf("bad varlen list\n"); return 2; }
        tqs.push_back(a1);
        tks.push_back(b1);
        c += n;
        if (*c == ',') ++c;
      }
    } else { printf("unknown option %s\n", o); return 2; }
  }
  if (!varlen) { tqs.assign(B, TQmax); tks.assign(B, TKmax); }
  B = (int)tqs.size();
  TQmax = *std::max_element(tqs.begin(), tqs.end());
  TKmax = *std::max_element(tks.begin(), tks.end());
  std::vector<long> cu_q(B + 1, 0), cu_k(B + 1, 0);
  for (int b = 0; b < B; ++b) { cu_q[b + 1] = cu_q[b] + tqs[b]; cu_k[b + 1] = cu_k[b] + tks[b]; }
  const long total_q = cu_q[B], total_k = cu_k[B];
  const int NR = D / 64, G = H / HKV;
  const u32 TILE = NR * REGION;
  std::vector<uint16_t> q((size_t)total_q * H * D), go(q.size()), k((size_t)total_k * HKV * D), v(k.size());
  for (size_t i = 0; i < q.size(); ++i) { q[i] = f2e(qscale * hashu(11, i)); go[i] = f2e(hashu(14, i)); }
  for (size_t i = 0; i < k.size(); ++i) { k[i] = f2e(hashu(12, i)); v[i] = f2e(hashu(13, i)); }
  const float scale = 1.f / std::sqrt((float)D);
  auto rgt_of = [&]() { return causal ? std::min(right, 0) : right; };
  // ---- float64 forward: lse (natural log) and delta = rowsum(dO * O), stored as f32 inputs
  auto scorefn = [&](double raw, double& y, double& dt) {
    const double x = raw * scale;
    if (softcap != 0.f) { const double th = std::tanh(x / softcap); y = softcap * th; dt = 1 - th * th; }
    else { y = x; dt = 1; }
  };
  auto E = [&](const std::vector<uint16_t>& a, size_t i) { return (double)e2f(a[i]); };
  std::vector<float> lse((size_t)H * total_q), delta(lse.size());
  auto lidx = [&](int b, int h, long t) { return varlen ? (size_t)h * total_q + cu_q[b] + t : ((size_t)b * H + h) * tqs[b] + t; };
  for (int b = 0; b < B; ++b)
    for (int h = 0; h < H; ++h)
      for (long t = 0; t < tqs[b]; ++t) {
        const int TQ = tqs[b], TK = tks[b], hk = h / G;
        const long off = TK - TQ, lo = std::max(0l, t + off - left), hi = std::min((long)TK - 1, t + off + rgt_of());
        double mx = -INFINITY;
        std::vector<double> ys;
        for (long j = lo; j <= hi; ++j) {
          double a = 0, y, dt;
          for (int d = 0; d < D; ++d) a += E(q, ((cu_q[b] + t) * H + h) * D + d) * E(k, ((cu_k[b] + j) * HKV + hk) * D + d);
          scorefn(a, y, dt);
          ys.push_back(y);
          mx = std::max(mx, y);
        }
        double l = 0, dl = 0;
        std::vector<double> o(D, 0.0);
        for (long j = lo; j <= hi; ++j) {
          const double p = std::exp(ys[j - lo] - mx);
          l += p;
          for (int d = 0; d < D; ++d) o[d] += p * E(v, ((cu_k[b] + j) * HKV + hk) * D + d);
        }
        if (l > 0) for (int d = 0; d < D; ++d) dl += E(go, ((cu_q[b] + t) * H + h) * D + d) * o[d] / l;
        lse[lidx(b, h, t)] = l > 0 ? (float)(mx + std::log(l)) : -INFINITY;
        delta[lidx(b, h, t)] = (float)dl;
      }
  // ---- float64 backward from the same f32 lse / delta
  std::vector<double> rdq(q.size(), 0.0), rdk(k.size(), 0.0), rdv(k.size(), 0.0);
  for (int b = 0; b < B; ++b)
    for (int h = 0; h < H; ++h)
      for (long t = 0; t < tqs[b]; ++t) {
        const int TQ = tqs[b], TK = tks[b], hk = h / G;
        const long off = TK - TQ, lo = std::max(0l, t + off - left), hi = std::min((long)TK - 1, t + off + rgt_of());
        const double L = lse[lidx(b, h, t)], dl = delta[lidx(b, h, t)];
        if (std::isinf(L)) continue;
        const size_t qb = ((cu_q[b] + t) * H + h) * D;
        for (long j = lo; j <= hi; ++j) {
          const size_t kb = ((cu_k[b] + j) * HKV + hk) * D;
          double a = 0, dp = 0, y, dt;
          for (int d = 0; d < D; ++d) { a += E(q, qb + d) * E(k, kb + d); dp += E(go, qb + d) * E(v, kb + d); }
          scorefn(a, y, dt);
          const double p = std::exp(y - L), ds = p * (dp - dl) * dt;
          for (int d = 0; d < D; ++d) {
            rdq[qb + d] += scale * ds * E(k, kb + d);
            rdk[kb + d] += scale * ds * E(q, qb + d);
            rdv[kb + d] += p * E(go, qb + d);
          }
        }
      }

  std::vector<float> odq(q.size(), NAN), odk(k.size(), NAN), odv(k.size(), NAN);
  const Soft sp{scale * LOG2E, softcap, softcap != 0.f ? 2.f * scale * LOG2E / softcap : 0.f, softcap * LOG2E};
  static float s[128][64], dp[128][64], accA[128][64], accB[128][64];
  static u32 pa[128][16], da[128][16];
  size_t steps = 0, halves = 0, masked = 0;

  // ================================================================ dK / dV kernel
  {
    const int S = D == 64 ? 4 : 2;
    const u32 OFF_K = 0, OFF_V = TILE, OFF_Q = 2 * TILE, OFF_DO = OFF_Q + S * TILE, OFF_LSE = OFF_DO + S * TILE,
              OFF_DLT = OFF_LSE + S * 512, OFF_BAR = OFF_DLT + S * 512;
    smem.assign(OFF_BAR, 0xAB);
    g_fsm.assign(OFF_BAR / 4, NAN);
    const int gx = (TKmax + 127) / 128;
    for (int b = 0; b < B; ++b)
      for (int hkv = 0; hkv < HKV; ++hkv)
        for (int bx = 0; bx < gx; ++bx) {
          const int n0 = bx * BN;
          int TQ = TQmax, TK = TKmax, q0 = 0, k0 = 0;
          unsigned long k_row0;
          if (varlen) {
            q0 = (int)cu_q[b]; TQ = (int)cu_q[b + 1] - q0; k0 = (int)cu_k[b]; TK = (int)cu_k[b + 1] - k0;
            if (n0 >= TK) continue;
            k_row0 = k0;
          } else {
            k_row0 = (unsigned long)b * TK;
          }
          const int off = TK - TQ, rgt = rgt_of();
          const int klast = std::min(n0 + BN, TK) - 1;
          const int tmin = std::max(0, n0 - off - rgt), tmax = std::min(TQ - 1, klast - off + left);
          const int qb_lo = tmin / BM;
          const int nqb = tmax < tmin ? 0 : tmax / BM - qb_lo + 1;
          const int nit = G * nqb;
          const long qend_fixed = (long)b * TQ + TQ;
          // consumer state of both warpgroups
          static float av[2][128][64], ak[2][128][64];
          for (int w = 0; w < 2; ++w) for (int t = 0; t < 128; ++t) for (int i = 0; i < 64; ++i) av[w][t][i] = ak[w][t][i] = 0;
          if (nit > 0) {
            for (int r = 0; r < NR; ++r) {
              if (varlen) {
                tma(OFF_K + r * REGION, k, HKV, D, 64 * r, hkv, k0 + n0, total_k);
                tma(OFF_V + r * REGION, v, HKV, D, 64 * r, hkv, k0 + n0, total_k);
              } else {
                tma(OFF_K + r * REGION, k, HKV, D, 64 * r, hkv, (long)b * TK + n0, (long)b * TK + TK);
                tma(OFF_V + r * REGION, v, HKV, D, 64 * r, hkv, (long)b * TK + n0, (long)b * TK + TK);
              }
            }
          }
          // producer warp 1's lse / delta offsets (u32 arithmetic as in the kernel)
          const u32 hstride = varlen ? (u32)total_q : (u32)TQ;
          u32 l0base = (u32)((varlen ? 0 : b * H) + hkv * G) * hstride + q0;  // + lane
          int pqb = qb_lo;
          int cqb = qb_lo - 1;
          for (int i = 0; i < nit; ++i) {
            // ---- producer: TMA thread
            {
              const int st = i % S, g = i / nqb, qb = qb_lo + (i - g * nqb), h = hkv * G + g;
              for (int r = 0; r < NR; ++r) {
                if (varlen) {
                  tma(OFF_Q + st * TILE + r * REGION, q, H, D, 64 * r, h, q0 + qb * BM, total_q);
                  tma(OFF_DO + st * TILE + r * REGION, go, H, D, 64 * r, h, q0 + qb * BM, total_q);
                } else {
                  tma(OFF_Q + st * TILE + r * REGION, q, H, D, 64 * r, h, (long)b * TQ + qb * BM, qend_fixed);
                  tma(OFF_DO + st * TILE + r * REGION, go, H, D, 64 * r, h, (long)b * TQ + qb * BM, qend_fixed);
                }
              }
            }
            // ---- producer: warp 1 (32 lanes)
            {
              const int st = i % S;
              for (int lane = 0; lane < 32; ++lane) {
                const u32 l0 = l0base + lane;
                for (int r = 0; r < BM / 32; ++r) {
                  const int t = pqb * BM + 32 * r + lane;
                  float l2 = INFINITY, dl = 0.f;
                  if (t < TQ) {
                    l2 = lse_to_l2(lse.at(l0 + pqb * BM + 32 * r));
                    dl = delta.at(l0 + pqb * BM + 32 * r);
                  }
                  g_fsm[(OFF_LSE + 4 * (st * BM + 32 * r + lane)) / 4] = l2;
                  g_fsm[(OFF_DLT + 4 * (st * BM + 32 * r + lane)) / 4] = dl;
                }
              }
              if (++pqb == qb_lo + nqb) { pqb = qb_lo; l0base += hstride; }
            }
            // ---- consumers
            const int st = i % S;
            cqb = cqb + 1 == qb_lo + nqb ? qb_lo : cqb + 1;
            const int qb = cqb;
            steps++;
            for (int w = 0; w < 2; ++w) {
              const int wk0 = n0 + 64 * w;
              const u32 k_base = OFF_K + 64 * w * 128, v_base = OFF_V + 64 * w * 128;
              const int wtlo = std::max(0, wk0 - off - rgt);
              const int wthi = wk0 >= TK ? -1 : std::min(TQ - 1, std::min(wk0 + 63, TK - 1) - off + left);
              const u32 q_st = OFF_Q + st * TILE, do_st = OFF_DO + st * TILE;
              for (int hf = 0; hf < 2; ++hf) {
                const int qh = qb * BM + 64 * hf;
                if (qh > wthi || qh + 63 < wtlo) continue;
                halves++;
                issue_nt64(s, k_base, q_st + 8192 * hf);
                const bool mask = wk0 - (qh + 63) - off < -left || (wk0 + 63) - qh - off > rgt;
                masked += mask;
                for (int t = 0; t < 128; ++t) {
                  const int lane = t % 32, c = lane % 4, kr0 = wk0 + 16 * (t / 32) + lane / 4;
                  const int relb[2] = {kr0 - qh - 2 * c - off, kr0 + 8 - qh - 2 * c - off};
                  const u32 lse_c = OFF_LSE + 4 * (st * BM + 64 * hf);
                  p_block(true, mask, s[t], pa[t], sp, lse_c, nullptr, relb, nullptr, nullptr, left, rgt, c);
                }
                issue_acc64(av[w], pa, do_st + 8192 * hf);
                issue_nt64(dp, v_base, do_st + 8192 * hf);
                for (int t = 0; t < 128; ++t) {
                  const int c = (t % 32) % 4;
                  ds_block(true, s[t], dp[t], da[t], OFF_DLT + 4 * (st * BM + 64 * hf), nullptr, c);
                }
                issue_acc64(ak[w], da, q_st + 8192 * hf);
              }
            }
          }
          // ---- epilogue
          for (int w = 0; w < 2; ++w)
            for (int t = 0; t < 128; ++t) {
              const int lane = t % 32, c = lane % 4, kr0 = n0 + 64 * w + 16 * (t / 32) + lane / 4;
              for (int hh = 0; hh < 2; ++hh) {
                const int j = kr0 + 8 * hh;
                if (j >= TK) continue;
                const size_t row = ((k_row0 + j) * HKV + hkv) * D + 2 * c;
                for (int g = 0; g < D / 8; ++g) {
                  const u32 pk = pack(ak[w][t][4 * g + 2 * hh] * scale, ak[w][t][4 * g + 2 * hh + 1] * scale);
                  const u32 pv = pack(av[w][t][4 * g + 2 * hh], av[w][t][4 * g + 2 * hh + 1]);
                  odk.at(row + 8 * g) = e2f(pk & 0xffff);
                  odk.at(row + 8 * g + 1) = e2f(pk >> 16);
                  odv.at(row + 8 * g) = e2f(pv & 0xffff);
                  odv.at(row + 8 * g + 1) = e2f(pv >> 16);
                }
              }
            }
        }
  }
  // ================================================================ dQ kernel
  {
    const int S = D == 64 ? 4 : 2;
    const u32 OFF_Q = 0, OFF_DO = TILE, OFF_K = 2 * TILE, OFF_V = OFF_K + S * TILE, OFF_BAR = OFF_V + S * TILE;
    smem.assign(OFF_BAR, 0xAB);
    const int gx = (TQmax + 127) / 128;
    for (int b = 0; b < B; ++b)
      for (int h = 0; h < H; ++h)
        for (int bx = 0; bx < gx; ++bx) {
          const int m0 = (gx - 1 - bx) * BM, hkv = h / G;
          int TQ = TQmax, TK = TKmax, q0 = 0, k0 = 0;
          size_t q_row0, lse0;
          if (varlen) {
            q0 = (int)cu_q[b]; TQ = (int)cu_q[b + 1] - q0; k0 = (int)cu_k[b]; TK = (int)cu_k[b + 1] - k0;
            if (m0 >= TQ) continue;
            q_row0 = q0;
            lse0 = (size_t)h * total_q + q0;
          } else {
            q_row0 = (size_t)b * TQ;
            lse0 = ((size_t)b * H + h) * TQ;
          }
          const int off = TK - TQ, rgt = rgt_of();
          const int t_last = std::min(m0 + BM, TQ) - 1;
          const int kmin = std::max(0, m0 + off - left), kmax = std::min(TK - 1, t_last + off + rgt);
          const int kb_lo = kmin / BN;
          const int nblk = kmax < kmin ? 0 : kmax / BN - kb_lo + 1;
          const long krow = varlen ? k0 : (long)b * TK, kend = varlen ? total_k : (long)b * TK + TK;
          if (nblk > 0)
            for (int r = 0; r < NR; ++r) {
              if (varlen) {
                tma(OFF_Q + r * REGION, q, H, D, 64 * r, h, q0 + m0, total_q);
                tma(OFF_DO + r * REGION, go, H, D, 64 * r, h, q0 + m0, total_q);
              } else {
                tma(OFF_Q + r * REGION, q, H, D, 64 * r, h, (long)b * TQ + m0, (long)b * TQ + TQ);
                tma(OFF_DO + r * REGION, go, H, D, 64 * r, h, (long)b * TQ + m0, (long)b * TQ + TQ);
              }
            }
          static float acc[2][128][64];
          for (int w = 0; w < 2; ++w) for (int t = 0; t < 128; ++t) for (int i = 0; i < 64; ++i) acc[w][t][i] = 0;
          for (int j = 0; j < nblk; ++j) {
            const int st = j % S, kb = kb_lo + j;
            for (int r = 0; r < NR; ++r) {
              tma(OFF_K + st * TILE + r * REGION, k, HKV, D, 64 * r, hkv, krow + (long)kb * BN, kend);
              tma(OFF_V + st * TILE + r * REGION, v, HKV, D, 64 * r, hkv, krow + (long)kb * BN, kend);
            }
            steps++;
            for (int w = 0; w < 2; ++w) {
              const int r0 = m0 + 64 * w;
              const u32 q_base = OFF_Q + 64 * w * 128, do_base = OFF_DO + 64 * w * 128;
              const int wklo = std::max(0, r0 + off - left);
              const int wkhi = r0 >= TQ ? -1 : std::min(TK - 1, std::min(r0 + 63, TQ - 1) + off + rgt);
              const u32 k_st = OFF_K + st * TILE, v_st = OFF_V + st * TILE;
              for (int hf = 0; hf < 2; ++hf) {
                const int kh = kb * BN + 64 * hf;
                if (kh > wkhi || kh + 63 < wklo) continue;
                halves++;
                issue_nt64(s, q_base, k_st + 8192 * hf);
                issue_nt64(dp, do_base, v_st + 8192 * hf);
                const bool mask = kh < r0 + 63 + off - left || kh + 63 > r0 + off + rgt || kh + 63 > TK - 1;
                masked += mask;
                for (int t = 0; t < 128; ++t) {
                  const int lane = t % 32, c = lane % 4, row0 = r0 + 16 * (t / 32) + lane / 4;
                  float lse2[2], dlt[2];
                  int lo[2], hi[2];
                  for (int hh = 0; hh < 2; ++hh) {
                    const int tt = row0 + 8 * hh;
                    lse2[hh] = INFINITY;
                    dlt[hh] = 0.f;
                    if (tt < TQ) { lse2[hh] = lse_to_l2(lse.at(lse0 + tt)); dlt[hh] = delta.at(lse0 + tt); }
                    lo[hh] = tt + off - left - kh;
                    hi[hh] = std::min(TK - 1, tt + off + rgt) - kh;
                  }
                  p_block(false, mask, s[t], pa[t], sp, 0, lse2, nullptr, lo, hi, left, rgt, c);
                  ds_block(false, s[t], dp[t], da[t], 0, dlt, c);
                }
                issue_acc64(acc[w], da, k_st + 8192 * hf);
              }
            }
          }
          for (int w = 0; w < 2; ++w)
            for (int t = 0; t < 128; ++t) {
              const int lane = t % 32, c = lane % 4, row0 = m0 + 64 * w + 16 * (t / 32) + lane / 4;
              for (int hh = 0; hh < 2; ++hh) {
                const int tt = row0 + 8 * hh;
                if (tt >= TQ) continue;
                const size_t base = ((q_row0 + tt) * H + h) * D + 2 * c;
                for (int g = 0; g < D / 8; ++g) {
                  const u32 pk = pack(acc[w][t][4 * g + 2 * hh] * scale, acc[w][t][4 * g + 2 * hh + 1] * scale);
                  odq.at(base + 8 * g) = e2f(pk & 0xffff);
                  odq.at(base + 8 * g + 1) = e2f(pk >> 16);
                }
              }
            }
        }
  }
  // ---- compare
  bool ok = true;
  auto cmp = [&](const char* name, const std::vector<float>& got, const std::vector<double>& ref) {
    double mr = 0, me = 0;
    size_t nbad = 0, first = (size_t)-1;
    for (size_t i = 0; i < ref.size(); ++i) mr = std::max(mr, std::fabs(ref[i]));
    const double tol = 1e-2 * mr + 1e-6;
    for (size_t i = 0; i < ref.size(); ++i) {
      const double d = std::fabs(got[i] - ref[i]);
      if (!(d <= tol)) { if (!nbad) first = i; nbad++; }
      if (std::isfinite(d)) me = std::max(me, d);
    }
    printf("  %s: max_ref %.4g max_err %.3g (%.2e of max) bad %zu", name, mr, me, mr > 0 ? me / mr : 0.0, nbad);
    if (nbad) printf(" first at %zu (row %zu, d %zu): got %g want %g", first, first / D, first % D, got[first], ref[first]);
    printf("\n");
    ok &= nbad == 0;
  };
  printf("B%d H%d/%d TQ%d TK%d D%d causal%d left%d right%d softcap%g %s%s: steps %zu halves %zu masked %zu\n", B, H, HKV,
         TQmax, TKmax, D, causal, left, right, softcap, g_f16 ? "f16" : "bf16", varlen ? " varlen" : "", steps, halves, masked);
  cmp("dq", odq, rdq);
  cmp("dk", odk, rdk);
  cmp("dv", odv, rdv);
  printf("%s\n", ok ? "OK" : "FAIL");
  return ok ? 0 : 1;
}
