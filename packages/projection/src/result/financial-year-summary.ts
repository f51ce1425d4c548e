import {
  financialYearOfMonth,
  type Money,
  roundMoney,
  sumMoney,
  unwrapResult,
} from '@oneworkforce/schemas'
import { type AggregateOptions, safeAggregateProjection } from './aggregate-projection'
import { type GroupKey, groupKeys } from './group-keys'
import type { ProjectionResult } from './projection-result'

/** One financial year of one group: year-end stocks, flow totals and costs. */
export type FinancialYearRow = GroupKey & {
  readonly financialYear: string
  /** Months of the year inside the horizon (12 except at the ends). */
  readonly months: number
  /** Headcount, FTE, demand, gap and shortfall in the year's last projected month. */
  readonly headcount: number
  readonly fte: number
  readonly demandFte: number
  readonly gapFte: number
  readonly shortfallFte: number
  /** Shortfall ÷ demand in the year's last projected month. */
  readonly vacancyRate: number
  readonly joiners: number
  readonly leavers: number
  /** Costs for the year, each summed exactly (decimal) from the monthly figures and rounded once. */
  readonly substantiveCostGbp: Money
  readonly bankCostGbp: Money
  readonly agencyCostGbp: Money
  /** Rounded once from the unrounded parts, so it may differ from the sum of the rounded parts by a penny. */
  readonly totalCostGbp: Money
  /**
   * What staffing every required post would cost: demand FTE × substantive pay with on-costs,
   * summed over the year and rounded once. Not expected spend (`totalCostGbp`): with no gap it
   * equals `substantiveCostGbp`; with a shortfall it exceeds it by the shortfall's pay.
   */
  readonly costToMeetDemandGbp: Money
}

/**
 * Summarises a result by financial year (1 April to 31 March): stocks, demand and gap at the
 * year end, joiners and leavers over the year, and costs as decimal `Money` totals rounded once
 * to whole pence (`MONEY_ROUNDING`: half away from zero): expected spend (substantive, bank and
 * agency) and, separately, the cost to meet demand. Optionally aggregates first.
 *
 * @example
 * ```ts
 * import { financialYearSummary, projectWorkforce } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
 *   finance: { pay: [{ annualPayGbp: '36000', onCostRate: 0.25 }] },
 * })
 * financialYearSummary(result)[0]?.substantiveCostGbp.toFixed(2) // '450000.00'
 * ```
 */
export function financialYearSummary(
  result: ProjectionResult,
  options: AggregateOptions = {},
): FinancialYearRow[] {
  const summed =
    options.keep === undefined && options.filter === undefined
      ? result
      : unwrapResult(safeAggregateProjection(result, options))
  const years = new Map<string, number[]>()
  summed.periods.forEach((period, t) => {
    const year = financialYearOfMonth(period)
    years.set(year, [...(years.get(year) ?? []), t])
  })
  const keys = groupKeys(summed)
  const rows: FinancialYearRow[] = []
  const s = summed.series
  const n = summed.groupCount
  for (const [financialYear, months] of years) {
    const last = months[months.length - 1]!
    keys.forEach((key, g) => {
      const at = (series: Float64Array) => series[last * n + g]!
      const total = (...series: Float64Array[]) =>
        months.reduce(
          (sum, t) => sum + series.reduce((inner, each) => inner + each[t * n + g]!, 0),
          0,
        )
      const money = (series: Float64Array) => sumMoney(months.map((t) => series[t * n + g]!))
      const substantive = money(s.substantiveCostGbp)
      const bank = money(s.bankCostGbp)
      const agency = money(s.agencyCostGbp)
      const demand = at(s.demandFte)
      rows.push({
        financialYear,
        months: months.length,
        ...key,
        headcount: at(s.headcount),
        fte: at(s.fte),
        demandFte: demand,
        gapFte: at(s.gapFte),
        shortfallFte: at(s.shortfallFte),
        vacancyRate: demand > 0 ? at(s.shortfallFte) / demand : 0,
        joiners: total(
          s.joinersNewlyQualified,
          s.joinersInternational,
          s.joinersReturner,
          s.joinersOther,
        ),
        leavers: total(s.leaversRetirement, s.leaversVoluntary, s.leaversOther),
        substantiveCostGbp: roundMoney(substantive),
        bankCostGbp: roundMoney(bank),
        agencyCostGbp: roundMoney(agency),
        totalCostGbp: roundMoney(substantive.plus(bank).plus(agency)),
        costToMeetDemandGbp: roundMoney(money(s.costToMeetDemandGbp)),
      })
    })
  }
  return rows
}
