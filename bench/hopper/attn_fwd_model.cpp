// Host model of src/kernels/attention/hopper/attn_fwd.cu (no GPU needed):
//   g++ -O2 -o /tmp/attn_fwd_model bench/hopper/attn_fwd_model.cpp
//   /tmp/attn_fwd_model B H HKV TQ TK D CAUSAL STAGES [pvsplit]   (exit 0: all within tolerance)
// One CTA at a time, the 128 threads of a consumer warpgroup as array slots in lock step:
//   * TMA writes: box rows at 128 B with the address-based 128B swizzle, zero fill past T;
//   * wgmma reads: the kernel's descriptor words (same arithmetic) decoded, then the PTX ISA
//     canonical layouts (K-major and MN-major, 128B swizzle) give each element's address;
//   * the accumulator and register-A fragment layouts as the PTX ISA draws them;
//   * the kernel's mask / online softmax / bf16 packing / epilogue ported line by line, shuffles
//     as reads of the partner slot;
// and compares with a float64 reference using attention_fwd's tolerances. What it checks: index
// and layout arithmetic (region and k-step offsets, LBO/SBO, fragment packing), block order,
// masks, lse. What it cannot check: the hardware (that the PTX layouts are what the tensor
// cores do), barriers and asynchrony (the ring runs in program order here). It is a hand port:
// change it with the kernel.
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
static u32 swz(u32 a) { return a ^ (((a >> 7) & 7) << 4); }
static void st16(u32 a, uint16_t v) { memcpy(&smem[swz(a)], &v, 2); }
static float ld16(u32 a) {
  uint16_t v;
  memcpy(&v, &smem[swz(a)], 2);
  return bf2f(v);
}
// TMA: box (64, 1, 128, 1) at (c0, head, row0, b) of a [B, T, heads, D] bf16 tensor.
static void tma(u32 dst, const std::vector<uint16_t>& g, int T, int heads, int D, int c0, int head, int row0, int b) {
  for (int rr = 0; rr < 128; ++rr)
    for (int c = 0; c < 64; ++c) {
      const int row = row0 + rr;
      uint16_t v = 0;
      if (row < T) v = g[(((size_t)b * T + row) * heads + head) * D + c0 + c];
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

// wgmma SS m64n128k16: d[tid][i] (+)= A(64x16) B(16x128)^T
static void wg_ss(float d[128][64], u64 da, u64 db, bool acc) {
  Dsc A = dec(da), B = dec(db);
  static float S[64][128];
  for (int m = 0; m < 64; ++m)
    for (int n = 0; n < 128; ++n) {
      float s = 0;
      for (int k = 0; k < 16; ++k) s += ld16(addr_kmajor(A, m, k)) * ld16(addr_kmajor(B, n, k));
      S[m][n] = s;
    }
  for (int t = 0; t < 128; ++t)
    for (int i = 0; i < 64; ++i) d[t][i] = (acc ? d[t][i] : 0.f) + S[acc_row(t, i)][acc_col(t, i)];
}
// wgmma RS m64nNk16 tnspB: A from regs a[tid][0..3]
static void wg_rs(float d[128][64], int N, u32 a[128][32], int aoff, u64 db, int doff = 0) {
  Dsc B = dec(db);
  static float A[64][16];
  for (int t = 0; t < 128; ++t)
    for (int j = 0; j < 4; ++j)
      for (int e = 0; e < 2; ++e) A[a_row(t, j)][a_col(t, j, e)] = bf2f((uint16_t)(a[t][aoff + j] >> (16 * e)));
  static float O[64][128];
  for (int m = 0; m < 64; ++m)
    for (int n = 0; n < N; ++n) {
      float s = 0;
      for (int k = 0; k < 16; ++k) s += A[m][k] * ld16(addr_mnmajor(B, k, n));
      O[m][n] = s;
    }
  for (int t = 0; t < 128; ++t)
    for (int i = 0; i < N / 2; ++i) d[t][doff + i] += O[acc_row(t, i)][acc_col(t, i)];
}
static u32 pack(float lo, float hi) { return (u32)f2bf(lo) | ((u32)f2bf(hi) << 16); }

int main(int argc, char** argv) {
  if (argc < 9) return 2;
  const int B = atoi(argv[1]), H = atoi(argv[2]), HKV = atoi(argv[3]), TQ = atoi(argv[4]), TK = atoi(argv[5]), D = atoi(argv[6]), causal = atoi(argv[7]), S = atoi(argv[8]);
  const bool split = argc > 9 && !strcmp(argv[9], "pvsplit");  // the _pvsplit entry's P V
  const int NR = D / 64;
  const u32 TILE = NR * REGION, OFF_K = TILE, OFF_V = OFF_K + S * TILE;
  smem.assign(OFF_V + S * TILE, 0xAB);
  std::vector<uint16_t> q((size_t)B * TQ * H * D), k((size_t)B * TK * HKV * D), v(k.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = f2bf(hashu(11, i));
  for (size_t i = 0; i < k.size(); ++i) { k[i] = f2bf(hashu(12, i)); v[i] = f2bf(hashu(13, i)); }
  std::vector<float> out(q.size(), NAN), lse((size_t)B * H * TQ, NAN);
  const float scale = 1.f / std::sqrt((float)D), sl2 = scale * 1.4426950408889634f;
  const float NINF = -INFINITY;
  static float s[128][64], o[128][64];
  static u32 p[128][32], pn[128][32];
  for (int b = 0; b < B; ++b)
    for (int h = 0; h < H; ++h)
      for (int m0 = 0; m0 < TQ; m0 += BM) {
        const int hkv = h / (H / HKV), off = TK - TQ, nkb = (TK + BN - 1) / BN;
        int nblk = nkb;
        if (causal) { const int seen = std::min(m0 + BM, TQ) + off; nblk = seen <= 0 ? 0 : std::min(nkb, (seen + BN - 1) / BN); }
        if (nblk > 0) for (int r = 0; r < NR; ++r) tma(r * REGION, q, TQ, H, D, 64 * r, h, m0, b);
        for (int w = 0; w < 2; ++w) {
          const int r0 = m0 + 64 * w;
          const u32 q_base = 64 * w * 128;
          float m[128][2], l[128][2], corr[128][2];
          int lim_abs[128][2];
          for (int t = 0; t < 128; ++t) {
            const int row0 = r0 + 16 * (t / 32) + (t % 32) / 4;
            for (int hh = 0; hh < 2; ++hh) { m[t][hh] = NINF; l[t][hh] = 0; lim_abs[t][hh] = causal ? std::min(TK - 1, row0 + 8 * hh + off) : TK - 1; }
            for (int i = 0; i < D / 2; ++i) o[t][i] = 0;
          }
          const int wg_lim = causal ? std::min(TK - 1, r0 + off) : TK - 1;
          auto softmax = [&](u32 (*pp)[32], int kb) {
            const bool MASK = kb * BN + BN - 1 > wg_lim;
            for (int t = 0; t < 128; ++t)
              if (MASK)
                for (int i = 0; i < 64; ++i) {
                  const int col = 8 * (i / 4) + 2 * (t % 4) + (i % 2);
                  if (col > lim_abs[t][(i / 2) % 2] - kb * BN) s[t][i] = NINF;
                }
            for (int hh = 0; hh < 2; ++hh) {
              float mx[128];
              for (int t = 0; t < 128; ++t) { mx[t] = m[t][hh]; for (int i = 0; i < 64; ++i) if ((i / 2) % 2 == hh) mx[t] = std::fmax(mx[t], s[t][i]); }
              float t1[128];
              for (int t = 0; t < 128; ++t) t1[t] = std::fmax(mx[t], mx[t ^ 1]);
              for (int t = 0; t < 128; ++t) mx[t] = std::fmax(t1[t], t1[t ^ 2]);
              for (int t = 0; t < 128; ++t) {
                const float ms = mx[t] == NINF ? 0.f : mx[t] * sl2;
                corr[t][hh] = std::exp2(m[t][hh] * sl2 - ms);
                m[t][hh] = mx[t];
                float sum = 0;
                for (int i = 0; i < 64; ++i) if ((i / 2) % 2 == hh) { s[t][i] = std::exp2(std::fma(s[t][i], sl2, -ms)); sum += s[t][i]; }
                l[t][hh] = l[t][hh] * corr[t][hh] + sum;
              }
            }
            for (int t = 0; t < 128; ++t) for (int kk = 0; kk < 32; ++kk) pp[t][kk] = pack(s[t][2 * kk], s[t][2 * kk + 1]);
          };
          auto load_kv = [&](int j, bool isv) {
            const int st = j % S, kb = nblk - 1 - j;
            for (int r = 0; r < NR; ++r)
              tma((isv ? OFF_V : OFF_K) + st * TILE + r * REGION, isv ? v : k, TK, HKV, D, 64 * r, hkv, kb * BN, b);
          };
          auto qk = [&](int st) {
            for (int kk = 0; kk < D / 16; ++kk) {
              const u32 o2 = (kk / 4) * REGION + (kk % 4) * 32;
              wg_ss(s, desc_kmajor(q_base + o2), desc_kmajor(OFF_K + st * TILE + o2), kk > 0);
            }
          };
          auto pv = [&](int st) {
            for (int t = 0; t < BN / 16; ++t) {
              const u32 vb = OFF_V + st * TILE + 2048 * t;
              if (D == 128 && split) {
                wg_rs(o, 64, p, 4 * t, desc_mnmajor(vb));
                wg_rs(o, 64, p, 4 * t, desc_mnmajor(vb + REGION), 32);
              } else {
                wg_rs(o, D, p, 4 * t, desc_mnmajor(vb));
              }
            }
          };
          if (nblk > 0) {
            load_kv(0, false);
            qk(0);
            softmax(p, nblk - 1);
            for (int j = 1; j < nblk; ++j) {
              load_kv(j, false);
              load_kv(j - 1, true);
              qk(j % S);
              pv((j - 1) % S);
              softmax(pn, nblk - 1 - j);
              for (int t = 0; t < 128; ++t) for (int i = 0; i < D / 2; ++i) o[t][i] *= corr[t][(i / 2) % 2];
              memcpy(p, pn, sizeof p);
            }
            load_kv(nblk - 1, true);
            pv((nblk - 1) % S);
          }
          // epilogue
          float lr[128][2];
          for (int t = 0; t < 128; ++t) for (int hh = 0; hh < 2; ++hh) lr[t][hh] = l[t][hh];
          for (int t = 0; t < 128; ++t) for (int hh = 0; hh < 2; ++hh) { float a = lr[t][hh] + lr[t ^ 1][hh]; float bq = lr[t ^ 2][hh] + lr[t ^ 3][hh]; l[t][hh] = a + bq; }
          for (int t = 0; t < 128; ++t) {
            const int row0 = r0 + 16 * (t / 32) + (t % 32) / 4, c2 = 2 * (t % 4);
            for (int hh = 0; hh < 2; ++hh) {
              const int tq = row0 + 8 * hh;
              if (tq >= TQ) continue;
              const bool none = !(l[t][hh] > 0.f);
              const float inv = none ? 0.f : 1.f / l[t][hh];
              const size_t base = (((size_t)b * TQ + tq) * H + h) * D + c2;
              for (int g = 0; g < D / 8; ++g) {
                u32 pk = pack(o[t][4 * g + 2 * hh] * inv, o[t][4 * g + 2 * hh + 1] * inv);
                out[base + 8 * g] = bf2f(pk & 0xffff);
                out[base + 8 * g + 1] = bf2f(pk >> 16);
              }
              if (t % 4 == 0) lse[((size_t)b * H + h) * TQ + tq] = none ? NINF : m[t][hh] * scale + std::log2(l[t][hh]) * 0.6931471805599453f;
            }
          }
        }
      }
  // double reference
  size_t nbad = 0; double maxd = 0, maxl = 0;
  for (int b = 0; b < B; ++b) for (int tq = 0; tq < TQ; ++tq) for (int h = 0; h < H; ++h) {
    const int hk = h / (H / HKV);
    const int nvis = causal ? std::max(0, std::min(TK, tq + (TK - TQ) + 1)) : TK;
    std::vector<double> sc(nvis), ov(D, 0.0);
    double mx = -INFINITY;
    for (int j = 0; j < nvis; ++j) { double a = 0; for (int d = 0; d < D; ++d) a += (double)bf2f(q[(((size_t)b * TQ + tq) * H + h) * D + d]) * bf2f(k[(((size_t)b * TK + j) * HKV + hk) * D + d]); sc[j] = a * scale; mx = std::max(mx, sc[j]); }
    double L = 0;
    for (int j = 0; j < nvis; ++j) { double e = std::exp(sc[j] - mx); L += e; for (int d = 0; d < D; ++d) ov[d] += e * bf2f(v[(((size_t)b * TK + j) * HKV + hk) * D + d]); }
    for (int d = 0; d < D; ++d) {
      const double want = nvis ? ov[d] / L : 0.0, got = out[(((size_t)b * TQ + tq) * H + h) * D + d];
      const double diff = std::fabs(got - want);
      if (!(diff <= 5e-3 + std::fabs(want) / 128)) { if (nbad < 5) printf("bad out b%d t%d h%d d%d got %g want %g\n", b, tq, h, d, got, want); nbad++; }
      if (diff > maxd) maxd = diff;
    }
    const double lw = nvis ? mx + std::log(L) : -INFINITY, lg = lse[((size_t)b * H + h) * TQ + tq];
    if (std::isinf(lw) ? lg != lw : !(std::fabs(lg - lw) <= 1e-3 + 1e-4 * std::fabs(lw))) { if (nbad < 5) printf("bad lse b%d t%d h%d got %g want %g\n", b, tq, h, lg, lw); nbad++; }
    else if (!std::isinf(lw)) maxl = std::max(maxl, std::fabs(lg - lw));
  }
  printf("%sB%d H%d/%d TQ%d TK%d D%d causal%d S%d: nbad %zu max_abs_out %.2e max_abs_lse %.2e\n", split ? "pvsplit " : "", B, H, HKV, TQ, TK, D, causal, S, nbad, maxd, maxl);
  return nbad != 0;
}
