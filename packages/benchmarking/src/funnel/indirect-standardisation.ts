import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { checkOptionsObject, describe, isRecord, NO_VALUE } from '../internal/guard'
import type { FunnelUnitInput } from './funnel-plot'

/** One unit's count in one stratum (a staff group): events and the population at risk. */
export interface StratumCount {
  /** The unit (organisation) code. */
  readonly unit: string
  /** The stratum, usually a staff group. */
  readonly stratum: string
  /** Events in the stratum: leavers, days lost... */
  readonly numerator: number
  /** Population at risk in the stratum: mean headcount, FTE days available... */
  readonly denominator: number
}

/** Options of {@link indirectStandardisation}. */
export interface IndirectStandardisationOptions {
  /**
   * Reference rate of each stratum (events per unit of denominator), e.g. national leaver rates
   * by staff group; by default the pooled rate of all the units given, Σ events ÷ Σ at risk.
   */
  readonly referenceRates?: Readonly<Record<string, number>>
}

/** One unit's observed and expected events and their ratio. */
export interface StandardisedUnit {
  readonly unit: string
  readonly observed: number
  /** Σ over strata of reference rate × the unit's denominator in the stratum. */
  readonly expected: number
  /** observed ÷ expected: 1 means as expected for the unit's staff mix. */
  readonly ratio: number
}

/** The standardised units, the reference rates used, and the units for a ratio funnel plot. */
export interface IndirectStandardisation {
  readonly units: readonly StandardisedUnit[]
  readonly referenceRates: Readonly<Record<string, number>>
  readonly reference: 'pooled' | 'given'
  /** `{ unit, numerator: observed, denominator: expected }` for `funnelPlot(…, { type: 'ratio' })`. */
  readonly funnelUnits: readonly FunnelUnitInput[]
}

/**
 * Indirect standardisation: compares each unit's events with those expected if its own staff
 * mix had the reference rates, so an organisation with many high-turnover staff groups is not
 * called an outlier for its mix. Put the result on a Poisson ratio funnel
 * (`funnelPlot(result.funnelUnits, { type: 'ratio' })`, target 1).
 *
 * Formula (Breslow & Day 1987, "Statistical Methods in Cancer Research" vol. II, section 2.3;
 * Spiegelhalter 2005 section 2.2): `E_u = Σ_g r_g · n_{u,g}`, `O_u = Σ_g o_{u,g}`,
 * ratio `O_u / E_u`, with r_g the reference rate of stratum g (pooled Σ_u o_{u,g} / Σ_u n_{u,g}
 * by default, so Σ O = Σ E).
 *
 * @example
 * ```ts
 * import { indirectStandardisation } from '@oneworkforce/benchmarking'
 *
 * const result = indirectStandardisation([
 *   { unit: 'A', stratum: 'nurse', numerator: 12, denominator: 100 },
 *   { unit: 'A', stratum: 'hca', numerator: 30, denominator: 100 },
 *   { unit: 'B', stratum: 'nurse', numerator: 24, denominator: 200 },
 * ], { referenceRates: { nurse: 0.1, hca: 0.25 } })
 * result.units[0] // { unit: 'A', observed: 42, expected: 35, ratio: 1.2 }
 * ```
 */
export function indirectStandardisation(
  rows: readonly StratumCount[],
  options: IndirectStandardisationOptions = {},
): IndirectStandardisation {
  return unwrapResult(safeIndirectStandardisation(rows, options))
}

/**
 * {@link indirectStandardisation} returning a `Result`, for any input: issues name the row and
 * field of a negative or non-finite count, a stratum with no reference rate, a bad rate, and a
 * unit whose expected count is zero (it cannot go on a ratio funnel).
 *
 * @example
 * ```ts
 * import { safeIndirectStandardisation } from '@oneworkforce/benchmarking'
 *
 * safeIndirectStandardisation([{ unit: 'A', stratum: 'nurse', numerator: 1, denominator: 10 }], {
 *   referenceRates: { hca: 0.2 },
 * }).success // false: no reference rate for nurse
 * ```
 */
export function safeIndirectStandardisation(
  rows: readonly StratumCount[],
  options: IndirectStandardisationOptions = {},
): Result<IndirectStandardisation> {
  const issues = validate(rows, options)
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const given = options.referenceRates
  // Keyed by stratum codes from the input: no prototype, so `__proto__` or `constructor` are plain keys.
  const rates: Record<string, number> = Object.create(null)
  if (given) {
    rows.forEach((row, index) => {
      const rate = Object.hasOwn(given, row.stratum) ? given[row.stratum] : undefined
      if (rate === undefined) {
        issues.push(
          issue(
            'required',
            `no reference rate for stratum ${row.stratum} (row ${index})`,
            ['referenceRates', row.stratum],
            { row: index, column: 'stratum' },
          ),
        )
      } else rates[row.stratum] = rate
    })
  } else {
    const events = new Map<string, number>()
    const atRisk = new Map<string, number>()
    for (const row of rows) {
      events.set(row.stratum, (events.get(row.stratum) ?? 0) + row.numerator)
      atRisk.set(row.stratum, (atRisk.get(row.stratum) ?? 0) + row.denominator)
    }
    for (const [stratum, n] of atRisk)
      rates[stratum] = n > 0 ? (events.get(stratum) as number) / n : 0
  }
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const byUnit = new Map<string, { observed: number; expected: number }>()
  for (const row of rows) {
    const totals = byUnit.get(row.unit) ?? { observed: 0, expected: 0 }
    totals.observed += row.numerator
    totals.expected += (rates[row.stratum] as number) * row.denominator
    byUnit.set(row.unit, totals)
  }
  const units: StandardisedUnit[] = []
  for (const [unit, { observed, expected }] of byUnit) {
    if (!(expected > 0)) {
      issues.push(
        issue(
          'insufficient_data',
          `unit ${unit} has an expected count of 0 (no one at risk, or reference rates of 0): it has no ratio and is left out`,
          ['rows'],
          { severity: 'warning' },
        ),
      )
      continue
    }
    units.push({ unit, observed, expected, ratio: observed / expected })
  }
  return resultFrom(
    {
      units,
      // A plain object again (own data properties, so a `__proto__` stratum stays a key).
      referenceRates: Object.fromEntries(Object.entries(rates)),
      reference: given ? 'given' : 'pooled',
      funnelUnits: units.map((each) => ({
        unit: each.unit,
        numerator: each.observed,
        denominator: each.expected,
      })),
    },
    issues,
  )
}

function validate(rows: unknown, options: unknown): Issue[] {
  const issues = checkOptionsObject(options)
  if (!Array.isArray(rows)) {
    issues.push(
      issue('invalid_type', `rows must be an array, received ${describe(rows)}`, ['rows']),
    )
    return issues
  }
  if (rows.length === 0) issues.push(issue('empty_input', 'no rows to standardise', ['rows']))
  rows.forEach((row: unknown, index) => {
    if (!isRecord(row) || typeof row.unit !== 'string' || typeof row.stratum !== 'string') {
      issues.push(
        issue(
          'invalid_type',
          `row ${index} must be { unit, stratum, numerator, denominator }, received ${describe(row)}`,
          ['rows', index],
          { row: index },
        ),
      )
      return
    }
    for (const field of ['numerator', 'denominator'] as const) {
      const value = row[field]
      if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0))
        issues.push(
          issue(
            'out_of_range',
            `row ${index} ${field} must be a finite number of 0 or more, received ${describe(value)}`,
            ['rows', index, field],
            { row: index, column: field },
          ),
        )
    }
  })
  const rates = isRecord(options) ? options.referenceRates : undefined
  if (rates !== undefined) {
    if (!isRecord(rates)) {
      issues.push(
        issue(
          'invalid_type',
          `referenceRates must be an object of rates by stratum, received ${describe(rates)}`,
          ['referenceRates'],
        ),
      )
    } else {
      for (const [stratum, rate] of Object.entries(rates)) {
        if (!(typeof rate === 'number' && Number.isFinite(rate) && rate >= 0))
          issues.push(
            issue(
              'out_of_range',
              `reference rate of ${stratum} must be a finite number of 0 or more, received ${describe(rate)}`,
              ['referenceRates', stratum],
            ),
          )
      }
    }
  }
  return issues
}
