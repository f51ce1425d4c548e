/**
 * exp and ln in plain JavaScript (ports of fdlibm's e_exp.c and e_log.c, Sun Microsystems 1993,
 * freely distributable), and log1p by Goldberg's correction (What every computer scientist
 * should know about floating-point arithmetic, 1991, theorem 4). `Math.exp` and `Math.log`
 * differ in the last bits between JavaScript engines, and a Monte Carlo run must give the same
 * bits in a browser as in Node; these use only IEEE-exact operations.
 *
 * @internal
 */
const float = new Float64Array(1)
const words = new Uint32Array(float.buffer)
// Little-endian engines (every current one): the high word is words[1].
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0
const LO = 1 - HI

const highWord = (x: number): number => {
  float[0] = x
  return words[HI] ?? 0
}
const lowWord = (x: number): number => {
  float[0] = x
  return words[LO] ?? 0
}
const withHighWord = (x: number, high: number): number => {
  float[0] = x
  words[HI] = high >>> 0
  return float[0] ?? 0
}
const fromWords = (high: number, low: number): number => {
  words[HI] = high >>> 0
  words[LO] = low >>> 0
  return float[0] ?? 0
}

const LN2_HI = 0.6931471803691238
const LN2_LO = 1.9082149292705877e-10
const INV_LN2 = Math.LOG2E
const P1 = 0.16666666666666602
const P2 = -0.0027777777777015593
const P3 = 0.00006613756321437934
const P4 = -0.0000016533902205465252
const P5 = 4.1381367970572385e-8

/** 2^k × y for an integer k in the normal range of the result (k from -1074 to 1023 in two steps). */
function scale(y: number, k: number): number {
  if (k > 1023) return scale(y * 2 ** 1023, k - 1023)
  if (k < -1021) return scale(y * 2 ** -1021, k + 1021)
  return y * fromWords(((k + 1023) << 20) >>> 0, 0)
}

/** e^x. */
export function exp(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x
  if (x === Number.NEGATIVE_INFINITY) return 0
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY
  if (x < -745.1332191019411) return 0
  const hx = highWord(x) & 0x7fffffff
  let hi = 0
  let lo = 0
  let k = 0
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln 2: reduce x = k ln 2 + r, |r| ≤ 0.5 ln 2.
    k = hx < 0x3ff0a2b2 ? (x < 0 ? -1 : 1) : Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5))
    hi = x - k * LN2_HI
    lo = k * LN2_LO
    x = hi - lo
  } else if (hx < 0x3e300000) {
    return 1 + x
  }
  const t = x * x
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
  if (k === 0) return 1 - ((x * c) / (c - 2) - x)
  const y = 1 - (lo - (x * c) / (2 - c) - hi)
  return scale(y, k)
}

const LG1 = 0.6666666666666735
const LG2 = 0.3999999999940942
const LG3 = 0.2857142874366239
const LG4 = 0.22222198432149784
const LG5 = 0.1818357216161805
const LG6 = 0.15313837699209373
const LG7 = 0.14798198605116586

/** Natural logarithm. */
export function ln(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN
  if (x === 0) return Number.NEGATIVE_INFINITY
  if (x === Number.POSITIVE_INFINITY) return x
  let k = 0
  let hx = highWord(x)
  if (hx < 0x00100000) {
    // Subnormal: scale up by 2^54.
    k -= 54
    x *= 18014398509481984
    hx = highWord(x)
  }
  k += (hx >> 20) - 1023
  hx &= 0x000fffff
  const i = (hx + 0x95f64) & 0x100000
  // Normalise x into [sqrt(2)/2, sqrt(2)).
  x = withHighWord(fromWords(hx | (i ^ 0x3ff00000), lowWord(x)), hx | (i ^ 0x3ff00000))
  k += i >> 20
  const f = x - 1
  if ((0x000fffff & (2 + hx)) < 3) {
    if (f === 0) return k * LN2_HI + k * LN2_LO
    const r = f * f * (0.5 - 0.3333333333333333 * f)
    return k * LN2_HI - (r - k * LN2_LO - f)
  }
  const s = f / (2 + f)
  const z = s * s
  const w = z * z
  const t1 = w * (LG2 + w * (LG4 + w * LG6))
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)))
  const r = t2 + t1
  const j = (hx - 0x6147a) | (0x6b851 - hx)
  if (j > 0) {
    const half = 0.5 * f * f
    return k * LN2_HI - (half - (s * (half + r) + k * LN2_LO) - f)
  }
  return k * LN2_HI - (s * (f - r) - k * LN2_LO - f)
}

/** ln(1 + x), accurate for small x (Goldberg's correction of ln(1 + x)). */
export function log1p(x: number): number {
  const u = 1 + x
  if (u === 1) return x
  if (u === Number.POSITIVE_INFINITY) return u
  return (ln(u) * x) / (u - 1)
}
