import { exp, ln, log1p } from './elementary-functions'

/**
 * The inverse CDFs that sampling needs (normal, lognormal, uniform, triangular, beta, gamma) and
 * the normal CDF, in one small module: the @stdlib packages they replace pulled 241 packages
 * (28 MB) into a consumer's install and 50 KB gzipped into a browser bundle. Methods: log-gamma by
 * Lanczos (g = 7, n = 9); the regularised incomplete gamma and beta functions by series and
 * Lentz's continued fractions (Numerical Recipes, 3rd ed., §6.2 and §6.4); the normal CDF from the
 * incomplete gamma (erfc(z) = Q(½, z²)); quantiles by Newton steps kept inside a bisection
 * bracket, from Acklam's rational approximation (normal) or the small-p expansion (beta, gamma).
 * Invalid parameters or p outside [0, 1] give NaN, as the stdlib functions did; callers validate.
 *
 * @internal
 */

// exp, ln and log1p in plain JavaScript (elementary-functions): Math.exp and Math.log differ in
// the last bits between JavaScript engines (Node 20 and current Chromium disagree on about one
// value in eight), and Monte Carlo runs must give the same bits in a browser as in Node.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
] as const
const HALF_LOG_TWO_PI = 0.5 * ln(2 * Math.PI)
const EPSILON = 1e-16
const TINY = 1e-300

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  // Below ½ by Γ(x) = Γ(x + 1) / x (no reflection, so no Math.sin).
  if (x < 0.5) return logGamma(x + 1) - ln(x)
  const z = x - 1
  let sum = LANCZOS[0]
  for (let index = 1; index < LANCZOS.length; index += 1) sum += (LANCZOS[index] ?? 0) / (z + index)
  const t = z + 7.5
  return HALF_LOG_TWO_PI + (z + 0.5) * ln(t) - t + ln(sum)
}

/** Regularised incomplete gamma: [P(a, x), Q(a, x)], each computed where it is accurate. */
function incompleteGamma(a: number, x: number): readonly [number, number] {
  if (x <= 0) return [0, 1]
  const front = exp(-x + a * ln(x) - logGamma(a))
  if (x < a + 1) {
    let term = 1 / a
    let sum = term
    for (let n = 1; n < 10_000; n += 1) {
      term *= x / (a + n)
      sum += term
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break
    }
    const p = Math.min(1, sum * front)
    return [p, 1 - p]
  }
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let n = 1; n < 10_000; n += 1) {
    const an = -n * (n - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) break
  }
  const q = Math.min(1, front * h)
  return [1 - q, q]
}

/** Lentz's continued fraction of the incomplete beta function (Numerical Recipes `betacf`). */
function betaFraction(a: number, b: number, x: number): number {
  const qab = a + b
  const qap = a + 1
  const qam = a - 1
  let c = 1
  let d = 1 - (qab * x) / qap
  if (Math.abs(d) < TINY) d = TINY
  d = 1 / d
  let h = d
  for (let m = 1; m < 10_000; m += 1) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < TINY) d = TINY
    c = 1 + aa / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2))
    d = 1 + aa * d
    if (Math.abs(d) < TINY) d = TINY
    c = 1 + aa / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) break
  }
  return h
}

/** Regularised incomplete beta I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * ln(x) + b * log1p(-x))
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, 1 - x)) / b
}

/**
 * Solves cdf(x) = p for an increasing cdf on [low, high] by Newton steps from `start`, falling
 * back to bisection whenever a step leaves the bracket.
 */
function invert(
  cdf: (x: number) => number,
  density: (x: number) => number,
  p: number,
  start: number,
  bracket: readonly [number, number],
): number {
  let [low, high] = bracket
  let x = Math.min(Math.max(start, low), high)
  for (let iteration = 0; iteration < 400; iteration += 1) {
    const error = cdf(x) - p
    if (error === 0) return x
    if (error > 0) high = x
    else low = x
    const slope = density(x)
    let next = slope > 0 && Number.isFinite(slope) ? x - error / slope : Number.NaN
    if (!(next > low && next < high))
      next = high === Number.POSITIVE_INFINITY ? 2 * x + 1 : 0.5 * (low + high)
    if (Math.abs(next - x) <= 4 * Number.EPSILON * Math.abs(x) || next === x) return next
    x = next
  }
  return x
}

/** Standard normal CDF Φ(z) = ½ erfc(−z/√2), erfc from the incomplete gamma. */
function standardNormalCdf(z: number): number {
  const half = (z * z) / 2
  const [p, q] = incompleteGamma(0.5, half)
  return z < 0 ? 0.5 * q : 0.5 + 0.5 * p
}

const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const
const ACKLAM_D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const

const poly = (coefficients: readonly number[], x: number): number =>
  coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0)

/** Standard normal quantile for 0 < p ≤ ½: Acklam's approximation, then Halley steps. */
function lowerStandardNormalQuantile(p: number): number {
  let z: number
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * ln(p))
    z = poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1)
  } else {
    const q = p - 0.5
    const r = q * q
    z = (poly(ACKLAM_A, r) * q) / (poly(ACKLAM_B, r) * r + 1)
  }
  for (let step = 0; step < 3; step += 1) {
    const error = standardNormalCdf(z) - p
    const u = error * Math.sqrt(2 * Math.PI) * exp((z * z) / 2)
    if (!Number.isFinite(u)) break
    z -= u / (1 + (z * u) / 2)
  }
  return z
}

const cube = (x: number): number => x * x * x

const invalid = (p: number): boolean => !(p >= 0 && p <= 1)

/** Normal CDF with mean μ and standard deviation σ ≥ 0 (σ = 0: a step at μ). */
export function normalCdf(x: number, mean: number, sd: number): number {
  if (!(sd >= 0) || Number.isNaN(x) || Number.isNaN(mean)) return Number.NaN
  if (sd === 0) return x < mean ? 0 : 1
  const z = (x - mean) / sd
  if (z === Number.NEGATIVE_INFINITY) return 0
  if (z === Number.POSITIVE_INFINITY) return 1
  return standardNormalCdf(z)
}

/** Normal quantile (−∞ at p = 0, +∞ at p = 1; μ for every p when σ = 0). */
export function normalQuantile(p: number, mean: number, sd: number): number {
  if (invalid(p) || !(sd >= 0)) return Number.NaN
  if (sd === 0) return mean
  if (p === 0) return Number.NEGATIVE_INFINITY
  if (p === 1) return Number.POSITIVE_INFINITY
  const z = p <= 0.5 ? lowerStandardNormalQuantile(p) : -lowerStandardNormalQuantile(1 - p)
  return mean + sd * z
}

/** Lognormal quantile: exp(μ + σ z_p). */
export function lognormalQuantile(p: number, meanLog: number, sdLog: number): number {
  return exp(normalQuantile(p, meanLog, sdLog))
}

/** Uniform quantile on [a, b]. */
export function uniformQuantile(p: number, a: number, b: number): number {
  if (invalid(p) || !(a < b)) return Number.NaN
  return a + p * (b - a)
}

/** Triangular quantile on [a, b] with mode c. */
export function triangularQuantile(p: number, a: number, b: number, c: number): number {
  if (invalid(p) || !(a <= c && c <= b && a < b)) return Number.NaN
  return p < (c - a) / (b - a)
    ? a + Math.sqrt(p * (b - a) * (c - a))
    : b - Math.sqrt((1 - p) * (b - a) * (b - c))
}

/** Beta(α, β) quantile on [0, 1]. */
export function betaQuantile(p: number, alpha: number, beta: number): number {
  if (invalid(p) || !(alpha > 0 && beta > 0)) return Number.NaN
  if (p === 0) return 0
  if (p === 1) return 1
  const logBeta = logGamma(alpha) + logGamma(beta) - logGamma(alpha + beta)
  const density = (x: number) => exp((alpha - 1) * ln(x) + (beta - 1) * log1p(-x) - logBeta)
  const solve = (start: number) =>
    invert((x) => incompleteBeta(x, alpha, beta), density, p, start, [0, 1])
  if (p > 0.5) {
    // Solve in the tail with the smaller probability (I_x(a, b) = 1 − I_{1−x}(b, a)), unless the
    // quantile is below 1/2: then 1 − y would lose its digits (Beta(0.05, 195) at p = 0.52 is
    // 7.1e-9), and I_x(a, b) = p is solved directly from there.
    const reflected = 1 - betaQuantile(1 - p, beta, alpha)
    return reflected < 0.5 ? solve(reflected) : reflected
  }
  // Small-p expansion I_x ≈ x^α / (α B(α, β)), capped inside (0, 1).
  return solve(Math.min(0.5, exp((ln(p * alpha) + logBeta) / alpha)))
}

/** Gamma quantile with shape k > 0 and scale θ > 0 (+∞ at p = 1). */
export function gammaQuantile(p: number, shape: number, scale: number): number {
  if (invalid(p) || !(shape > 0 && scale > 0)) return Number.NaN
  if (p === 0) return 0
  if (p === 1) return Number.POSITIVE_INFINITY
  const logGammaShape = logGamma(shape)
  const density = (x: number) => exp((shape - 1) * ln(x) - x - logGammaShape)
  // Solve P = p in the lower half and Q = 1 − p in the upper, where each is accurate.
  const upper = p > 0.5
  const cdf = upper
    ? (x: number) => -incompleteGamma(shape, x)[1]
    : (x: number) => incompleteGamma(shape, x)[0]
  const target = upper ? -(1 - p) : p
  // Wilson-Hilferty start, or the small-p expansion P ≈ x^k / Γ(k + 1) below it.
  const z = normalQuantile(p, 0, 1)
  const wilson = shape * cube(1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape)))
  const small = exp((ln(p) + logGamma(shape + 1)) / shape)
  const start = wilson > 0 ? wilson : small
  return scale * invert(cdf, density, target, start, [0, Number.POSITIVE_INFINITY])
}
