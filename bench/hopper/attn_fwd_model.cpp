// Host model of src/kernels/attention/hopper/attn_fwd.cu (no GPU needed):
//   g++ -O2 -o /tmp/attn_fwd_model bench/hopper/attn_fwd_model.cpp
//   /tmp/attn_fwd_model B H HKV TQ TK D CAUSAL STAGES [options]   (exit 0: all within tolerance)
// options: pvsplit (the _pvsplit entry's P V), f16 (f16 inputs / outputs), left=N right=N
// (window; 1<<30 = unbounded, the default), softcap=X, qscale=X (q multiplied by X before
// rounding, so that softcap bends), varlen=TQ0:TK0,TQ1:TK1,... (packed sequences: B, TQ, TK
// are then taken from the list; the grid is sized for the longest query sequence).
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
// change it with the kernel. The cases run so far: attn_fwd_model_cases.txt (one argument line
// each), covering bf16 / f16, windows, softcap and varlen.
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
      for (int e = 0; e < 2; ++e) A[a_row(t, j)][a_col(t, j, e)] = e2f((uint16_t)(a[t][aoff + j] >> (16 * e)));
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
static u32 pack(float lo, float hi) { return (u32)f2e(lo) | ((u32)f2e(hi) << 16); }


int main(int argc, char** argv) {
  if (argc < 9) return 2;
  int B = atoi(argv[1]);
  const int H = atoi(argv[2]), HKV = atoi(argv[3]), D = atoi(argv[6]), causal = atoi(argv[7]), S = atoi(argv[8]);
  int TQmax = atoi(argv[4]), TKmax = atoi(argv[5]);
  bool split = false, varlen = false;
  int left = 1 << 30, right = 1 << 30;
  float softcap = 0.f, qscale = 1.f;
  std::vector<int> tqs, tks;  // per-sequence lengths
  for (int a = 9; a < argc; ++a) {
    const char* o = argv[a];
    if (!strcmp(o, "pvsplit")) split = true;
    else if (!strcmp(o, "f16")) g_f16 = true;
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
  // Offsets (cu_q, cu_k): for fixed lengths b*TQ, b*TK, so one layout [rows, heads, D] serves both.
  std::vector<long> cu_q(B + 1, 0), cu_k(B + 1, 0);
  for (int b = 0; b < B; ++b) { cu_q[b + 1] = cu_q[b] + tqs[b]; cu_k[b + 1] = cu_k[b] + tks[b]; }
  const long total_q = cu_q[B], total_k = cu_k[B];
  const int NR = D / 64;
  const u32 TILE = NR * REGION, OFF_K = TILE, OFF_V = OFF_K + S * TILE;
  smem.assign(OFF_V + S * TILE, 0xAB);
  std::vector<uint16_t> q((size_t)total_q * H * D), k((size_t)total_k * HKV * D), v(k.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = f2e(qscale * hashu(11, i));
  for (size_t i = 0; i < k.size(); ++i) { k[i] = f2e(hashu(12, i)); v[i] = f2e(hashu(13, i)); }
  std::vector<float> out(q.size(), NAN), lse((size_t)H * total_q, NAN);
  const float scale = 1.f / std::sqrt((float)D);
  const float LOG2E = 1.4426950408889634f;
  // kernel: SoftParams / lse_mul
  const float sl2 = softcap != 0.f ? LOG2E : scale * LOG2E;
  const float cap_k = softcap != 0.f ? 2.f * scale * LOG2E / softcap : 0.f;
  const float lse_mul = softcap != 0.f ? 1.f : scale;
  const float NINF = -INFINITY;
  static float s[128][64], o[128][64];
  static u32 p[128][32], pn[128][32];
  size_t ctas = 0, blocks_walked = 0, blocks_masked = 0;
  const int gx = (TQmax + BM - 1) / BM;
  for (int b = 0; b < B; ++b)
    for (int h = 0; h < H; ++h)
      for (int bx = 0; bx < gx; ++bx) {
        // ---- the kernel's prologue, line by line
        const int m0 = (gx - 1 - bx) * BM;
        const int hkv = h / (H / HKV);
        int TQ = TQmax, TK = TKmax, q0 = 0, k0 = 0;
        size_t out_row0, lse0;
        if (varlen) {
          q0 = (int)cu_q[b]; TQ = (int)cu_q[b + 1] - q0; k0 = (int)cu_k[b]; TK = (int)cu_k[b + 1] - k0;
          if (m0 >= TQ) continue;
          out_row0 = q0;
          lse0 = (size_t)h * total_q + q0;
        } else {
          out_row0 = (size_t)b * TQ;
          lse0 = ((size_t)b * H + h) * TQ;
        }
        ctas++;
        const int off = TK - TQ;
        const int rgt = causal ? std::min(right, 0) : right;
        const int t_last = std::min(m0 + BM, TQ) - 1;
        const int kmin = std::max(0, m0 + off - left), kmax = std::min(TK - 1, t_last + off + rgt);
        const int kb_lo = kmin / BN;
        const int nblk = kmax < kmin ? 0 : kmax / BN - kb_lo + 1;
        const int kb_hi = kb_lo + nblk - 1;
        // TMA row bases / ends (the map's view: 4-D boxes stop at the batch entry's end,
        // 3-D ones at the tensor's end)
        const long qrow = varlen ? q0 + m0 : (long)b * TQ + m0, qend = varlen ? total_q : (long)b * TQ + TQ;
        const long krow = varlen ? k0 : (long)b * TK, kend = varlen ? total_k : (long)b * TK + TK;
        if (nblk > 0) for (int r = 0; r < NR; ++r) tma(r * REGION, q, H, D, 64 * r, h, qrow, qend);
        for (int w = 0; w < 2; ++w) {
          const int r0 = m0 + 64 * w;
          const u32 q_base = 64 * w * 128;
          float m[128][2], l[128][2], corr[128][2];
          int lo_abs[128][2], hi_abs[128][2];
          for (int t = 0; t < 128; ++t) {
            const int row0 = r0 + 16 * (t / 32) + (t % 32) / 4;
            for (int hh = 0; hh < 2; ++hh) {
              m[t][hh] = NINF; l[t][hh] = 0;
              lo_abs[t][hh] = row0 + 8 * hh + off - left;
              hi_abs[t][hh] = std::min(TK - 1, row0 + 8 * hh + off + rgt);
            }
            for (int i = 0; i < D / 2; ++i) o[t][i] = 0;
          }
          const int wg_lo = std::min(r0 + 63, std::max(t_last, r0)) + off - left;
          const int wg_hi = std::min(TK - 1, r0 + off + rgt);
          auto softmax = [&](u32 (*pp)[32], int kb) {
            const int kbase = kb * BN;
            const bool MASK = kbase < wg_lo || kbase + BN - 1 > wg_hi;
            blocks_walked++;
            blocks_masked += MASK;
            for (int t = 0; t < 128; ++t) {
              if (softcap != 0.f)
                for (int i = 0; i < 64; ++i) s[t][i] = std::fma(-2.f * softcap, 1.f / (std::exp2(s[t][i] * cap_k) + 1.f), softcap);
              if (MASK)
                for (int i = 0; i < 64; ++i) {
                  const int col = 8 * (i / 4) + 2 * (t % 4) + (i % 2), hh = (i / 2) % 2;
                  if (col < lo_abs[t][hh] - kbase || col > hi_abs[t][hh] - kbase) s[t][i] = NINF;
                }
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
            const int st = j % S, kb = kb_hi - j;
            for (int r = 0; r < NR; ++r)
              tma((isv ? OFF_V : OFF_K) + st * TILE + r * REGION, isv ? v : k, HKV, D, 64 * r, hkv, krow + (long)kb * BN, kend);
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
            softmax(p, kb_hi);
            for (int j = 1; j < nblk; ++j) {
              load_kv(j, false);
              load_kv(j - 1, true);
              qk(j % S);
              pv((j - 1) % S);
              softmax(pn, kb_hi - j);
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
              const size_t base = ((out_row0 + tq) * H + h) * D + c2;
              for (int g = 0; g < D / 8; ++g) {
                u32 pk = pack(o[t][4 * g + 2 * hh] * inv, o[t][4 * g + 2 * hh + 1] * inv);
                if (!std::isnan(out[base + 8 * g])) { printf("row written twice: b%d t%d h%d\n", b, tq, h); return 1; }
                out[base + 8 * g] = e2f(pk & 0xffff);
                out[base + 8 * g + 1] = e2f(pk >> 16);
              }
              if (t % 4 == 0) lse[lse0 + tq] = none ? NINF : m[t][hh] * lse_mul + std::log2(l[t][hh]) * 0.6931471805599453f;
            }
          }
        }
      }
  // float64 reference, the library's semantics (common.rs score): x = (q.k) * scale, softcap
  // x = cap tanh(x / cap), key j visible from query t iff -left <= j - t - (TK - TQ) <= right
  // (causal: right = min(right, 0)), per sequence.
  size_t nbad = 0, nvis_rows = 0, none_rows = 0; double maxd = 0, maxl = 0;
  const int rgt = causal ? std::min(right, 0) : right;
  for (int b = 0; b < B; ++b) {
    const int TQ = tqs[b], TK = tks[b];
    for (int tq = 0; tq < TQ; ++tq) for (int h = 0; h < H; ++h) {
      const int hk = h / (H / HKV);
      const size_t qr = (size_t)cu_q[b] + tq;
      std::vector<double> sc(TK, -INFINITY), ov(D, 0.0);
      double mx = -INFINITY;
      int nvis = 0;
      for (int j = 0; j < TK; ++j) {
        const long rel = (long)j - tq - (TK - TQ);
        if (rel < -left || rel > rgt) continue;
        nvis++;
        const size_t kr = (size_t)cu_k[b] + j;
        double a = 0;
        for (int d = 0; d < D; ++d) a += (double)e2f(q[(qr * H + h) * D + d]) * e2f(k[(kr * HKV + hk) * D + d]);
        a *= scale;
        if (softcap != 0.f) a = softcap * std::tanh(a / softcap);
        sc[j] = a;
        mx = std::max(mx, a);
      }
      nvis_rows += nvis > 0;
      none_rows += nvis == 0;
      double L = 0;
      for (int j = 0; j < TK; ++j) {
        if (sc[j] == -INFINITY) continue;
        const double e = std::exp(sc[j] - mx);
        L += e;
        const size_t kr = (size_t)cu_k[b] + j;
        for (int d = 0; d < D; ++d) ov[d] += e * e2f(v[(kr * HKV + hk) * D + d]);
      }
      for (int d = 0; d < D; ++d) {
        const double want = nvis ? ov[d] / L : 0.0, got = out[(qr * H + h) * D + d];
        const double diff = std::fabs(got - want);
        if (!(diff <= 5e-3 + std::fabs(want) / 128)) { if (nbad < 5) printf("bad out b%d t%d h%d d%d got %g want %g\n", b, tq, h, d, got, want); nbad++; }
        if (diff > maxd) maxd = diff;
      }
      const size_t li = varlen ? (size_t)h * total_q + qr : ((size_t)b * H + h) * TQ + tq;
      const double lw = nvis ? mx + std::log(L) : -INFINITY, lg = lse[li];
      if (std::isinf(lw) ? lg != lw : !(std::fabs(lg - lw) <= 1e-3 + 1e-4 * std::fabs(lw))) { if (nbad < 5) printf("bad lse b%d t%d h%d got %g want %g\n", b, tq, h, lg, lw); nbad++; }
      else if (!std::isinf(lw)) maxl = std::max(maxl, std::fabs(lg - lw));
    }
  }
  // Every output entry written exactly once (rows were checked above; NaN left = never written).
  for (size_t i = 0; i < out.size(); ++i) if (std::isnan(out[i])) { if (nbad < 5) printf("out %zu never written\n", i); nbad++; }
  for (size_t i = 0; i < lse.size(); ++i) if (std::isnan(lse[i])) { if (nbad < 5) printf("lse %zu never written\n", i); nbad++; }
  printf("%s%s%sB%d H%d/%d TQ%d TK%d D%d causal%d S%d left%d right%d softcap%g qscale%g: ctas %zu blocks %zu (masked %zu) rows_seeing_none %zu nbad %zu max_abs_out %.2e max_abs_lse %.2e\n",
         split ? "pvsplit " : "", g_f16 ? "f16 " : "", varlen ? "varlen " : "", B, H, HKV, TQmax, TKmax, D, causal, S,
         left, right, softcap, qscale, ctas, blocks_walked, blocks_masked, none_rows, nbad, maxd, maxl);
  (void)nvis_rows;
  return nbad != 0;
}
