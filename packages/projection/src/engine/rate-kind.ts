/**
 * What an annual leaver (or move) rate means. `per-person-year`: events per person-year at risk,
 * NHS Digital's leaver rate (leavers in 12 months ÷ mean headcount). `cohort-share`: the share of
 * a closed cohort gone after a year (1 − stability index).
 */
export type RateKind = 'per-person-year' | 'cohort-share'

/**
 * The monthly leaving probability of a person in post at the start of a month, for a rate per
 * person-year: `1 − exp(−r/12)` (≈ r/12). Reasons are competing risks: pass their total rate.
 *
 * Source: the constant-hazard relation between a rate and a probability (the Methodology guide,
 * "Projection"); NHS Digital's leaver rate is a rate per person-year.
 *
 * @example
 * ```ts
 * import { monthlyLeavingProbability } from '@oneworkforce/projection'
 *
 * monthlyLeavingProbability(0.15) // 0.0124222...: 1 − exp(−0.0125)
 * ```
 */
export function monthlyLeavingProbability(ratePerPersonYear: number): number {
  if (!(ratePerPersonYear > 0)) return 0
  return -Math.expm1(-ratePerPersonYear / 12)
}

/**
 * The rate per person-year equivalent to a cohort share `s` (the share of a closed cohort gone
 * after a year): `−ln(1 − s)`; a share of 1 is an infinite rate (everyone leaves at once).
 *
 * @example
 * ```ts
 * import { cohortShareToRate } from '@oneworkforce/projection'
 *
 * cohortShareToRate(0.1) // 0.10536...: a 10% cohort loss is a rate of 0.105 per person-year
 * ```
 */
export function cohortShareToRate(share: number): number {
  if (share >= 1) return Number.POSITIVE_INFINITY
  if (!(share > 0)) return 0
  return -Math.log1p(-share)
}

/**
 * The share of a month's joiners still in post at its end when they arrive evenly through the
 * month and leave at the same rate as everyone else: `p / λ` with `λ = −ln(1 − p)` the monthly
 * rate and `p` the monthly leaving probability (1 when nobody leaves, 0 when everyone does).
 * With it, a stock held level by joiners equal to leavers loses exactly `r` per person-year.
 *
 * @example
 * ```ts
 * import { joinerStayShare } from '@oneworkforce/projection'
 *
 * joinerStayShare(0) // 1
 * joinerStayShare(0.01) // 0.99499...
 * ```
 */
export function joinerStayShare(monthlyProbability: number): number {
  if (!(monthlyProbability > 0)) return 1
  if (monthlyProbability >= 1) return 0
  return monthlyProbability / -Math.log1p(-monthlyProbability)
}
