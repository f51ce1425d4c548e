import { gammaQuantile } from '../uncertainty/quantile-functions'

/** A rate with its confidence interval. */
export interface RateInterval {
  readonly rate: number
  readonly lower: number
  readonly upper: number
}

/**
 * Exact (Garwood 1936, Biometrika 28:437) confidence interval for a Poisson rate: `events`
 * counted over `exposure` (person-months, months, ...). With `α = 1 − confidence`:
 * `lower = G⁻¹(α/2; events, 1) / exposure` (0 when there are no events) and
 * `upper = G⁻¹(1 − α/2; events + 1, 1) / exposure`, where `G⁻¹(p; k, 1)` is the gamma quantile
 * (equivalently `χ²(p; 2k) / 2`). The interval is conservative: its coverage is at least the
 * nominal level.
 *
 * @example
 * ```ts
 * import { poissonRateInterval } from '@oneworkforce/projection'
 *
 * poissonRateInterval(10, 1) // { rate: 10, lower: 4.795, upper: 18.390 } (to 3 d.p.)
 * ```
 */
export function poissonRateInterval(
  events: number,
  exposure: number,
  confidence = 0.95,
): RateInterval {
  if (!(exposure > 0) || !(events >= 0)) {
    return { rate: Number.NaN, lower: Number.NaN, upper: Number.NaN }
  }
  const alpha = 1 - confidence
  return {
    rate: events / exposure,
    lower: events === 0 ? 0 : gammaQuantile(alpha / 2, events, 1) / exposure,
    upper: gammaQuantile(1 - alpha / 2, events + 1, 1) / exposure,
  }
}
