import { type Issue, issue } from '@oneworkforce/schemas'
import { quantileOfSorted } from '../peers/quantile'

/**
 * How extreme z-scores are tamed before overdispersion is estimated: `winsorise` pulls the
 * z-scores beyond the trim quantiles in to those quantiles (Spiegelhalter 2005; FunnelPlotR's
 * default for proportions, ratios of counts and CQC ratios); `truncate` drops them (NHS Digital's
 * SHMI method; FunnelPlotR's default for SHMI ratios).
 */
export type OverdispersionTrim = 'winsorise' | 'truncate'

/** Inputs of {@link estimateOverdispersion}: unadjusted z-scores and their standard errors. */
export interface OverdispersionInput {
  /** Each unit's unadjusted z-score on the transformed scale. */
  readonly z: ArrayLike<number>
  /** Each unit's standard error on the same scale (s in FunnelPlotR). */
  readonly standardError: ArrayLike<number>
  /** Winsorise (default) or truncate. */
  readonly trim?: OverdispersionTrim
  /** Fraction trimmed from each tail, 0 to < 0.5; 0.1 by default, as FunnelPlotR's `trim_by`. */
  readonly trimFraction?: number
}

/** The overdispersion estimate: φ, τ² and which units were trimmed. */
export interface Overdispersion {
  /** φ = mean of the squared (Winsorised or kept) z-scores; > 1 means overdispersion. */
  readonly phi: number
  /** DerSimonian-Laird between-unit variance τ² on the transformed scale; 0 when φ shows none. */
  readonly tau2: number
  /** Number of z-scores that φ was averaged over (all for Winsorising, the kept ones for truncating). */
  readonly unitsUsed: number
  /** For each unit, whether its z-score was Winsorised or truncated. */
  readonly trimmed: readonly boolean[]
  /** Warnings, e.g. too few units to estimate τ². */
  readonly issues: readonly Issue[]
}

/**
 * Estimates overdispersion from unadjusted z-scores: φ (multiplicative) and τ² (additive random
 * effects), after Winsorising or truncating the tails.
 *
 * Formulas (Spiegelhalter 2005, Statistics in Medicine 24:1185, sections 5-6; DerSimonian & Laird
 * 1986): `φ = (1/n) Σ zᵢ²` over the trimmed z-scores; with `wᵢ = 1/sᵢ²`,
 * `τ² = max(0, (nφ − (n − 1)) / (Σwᵢ − Σwᵢ² / Σwᵢ))`, and τ² = 0 when `nφ < n − 1`. This follows
 * FunnelPlotR (`winsorisation`, `truncation`, `phi_func`, `tau_func`): Winsorising at R type-7
 * quantiles `trimFraction` and `1 − trimFraction`; truncation by rank groups
 * `floor(rank · k / (n + 1))` with `k = 1 / trimFraction`, keeping groups 1 to k − 2.
 *
 * When all units are identical every z is 0, so φ = 0 and τ² = 0 with no division by zero.
 *
 * @example
 * ```ts
 * import { estimateOverdispersion } from '@oneworkforce/benchmarking'
 *
 * const od = estimateOverdispersion({ z: [-3, -1, 0, 1, 3], standardError: [0.1, 0.1, 0.1, 0.1, 0.1] })
 * od.phi // 2.336: the mean of the Winsorised z²
 * ```
 */
export function estimateOverdispersion(input: OverdispersionInput): Overdispersion {
  const { z, standardError } = input
  const trim = input.trim ?? 'winsorise'
  const fraction = input.trimFraction ?? 0.1
  const n = z.length
  const trimmed = new Array<boolean>(n).fill(false)
  const issues: Issue[] = []
  if (n === 0) {
    return {
      phi: 0,
      tau2: 0,
      unitsUsed: 0,
      trimmed,
      issues: [
        issue('empty_input', 'no units to estimate overdispersion from', ['units'], {
          severity: 'warning',
        }),
      ],
    }
  }
  const kept: number[] = []
  const used: number[] = []
  if (trim === 'winsorise') {
    const sorted = Float64Array.from(z as ArrayLike<number>).sort()
    const lo = quantileOfSorted(sorted, fraction, 7)
    const hi = quantileOfSorted(sorted, 1 - fraction, 7)
    for (let i = 0; i < n; i += 1) {
      const zi = z[i] as number
      trimmed[i] = !(zi > lo && zi < hi)
      kept.push(Math.min(hi, Math.max(lo, zi)))
      used.push(i)
    }
  } else {
    const ranks = averageRanks(z)
    const groups = fraction > 0 ? 1 / fraction : Number.POSITIVE_INFINITY
    for (let i = 0; i < n; i += 1) {
      const group = Math.floor(((ranks[i] as number) * groups) / (n + 1))
      const keep = fraction === 0 || (group > 0 && group < groups - 1)
      trimmed[i] = !keep
      if (keep) {
        kept.push(z[i] as number)
        used.push(i)
      }
    }
  }
  const m = kept.length
  if (m === 0) {
    issues.push(
      issue(
        'insufficient_data',
        'every unit was truncated: too few units to estimate overdispersion',
        ['units'],
        { severity: 'warning' },
      ),
    )
    return { phi: 0, tau2: 0, unitsUsed: 0, trimmed, issues }
  }
  let sumZ2 = 0
  for (const zi of kept) sumZ2 += zi * zi
  const phi = sumZ2 / m
  let tau2 = 0
  if (m * phi >= m - 1) {
    let sumW = 0
    let sumW2 = 0
    for (const i of used) {
      const s = standardError[i] as number
      const w = 1 / (s * s)
      sumW += w
      sumW2 += w * w
    }
    const divisor = sumW - sumW2 / sumW
    if (m > 1 && divisor > 1e-12 * sumW && Number.isFinite(divisor))
      tau2 = Math.max(0, (m * phi - (m - 1)) / divisor)
    else
      issues.push(
        issue(
          'insufficient_data',
          'τ² needs at least two units with different weights; τ² set to 0',
          ['units'],
          { severity: 'warning' },
        ),
      )
  }
  return { phi, tau2, unitsUsed: m, trimmed, issues }
}

function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  )
  const ranks = new Float64Array(n)
  let start = 0
  while (start < n) {
    let end = start
    while (end + 1 < n && values[order[end + 1] as number] === values[order[start] as number])
      end += 1
    const rank = (start + end) / 2 + 1
    for (let k = start; k <= end; k += 1) ranks[order[k] as number] = rank
    start = end + 1
  }
  return ranks
}
