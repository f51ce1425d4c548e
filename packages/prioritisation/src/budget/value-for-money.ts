import {
  type Issue,
  issue,
  moneyToString,
  parseMoney,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import * as z from 'zod'
import { arrayIssues, optionIssues } from '../internal/option-issues'
import {
  emptyPortfolio,
  type Portfolio,
  type PortfolioOptions,
  portfolioOptionsShape,
  safeSelectPortfolio,
} from './select-portfolio'

/**
 * What a benefit measures and what its zero means: a ratio scale, so that sums and ratios of
 * benefits mean something (twice the benefit is twice as good). For example `{ unit: 'FTE of the
 * 2029/30 gap closed', zero: 'no change from the baseline projection' }`, or a swing-weighted value
 * whose zero is "the worst level on every criterion".
 *
 * @example
 * ```ts
 * import type { BenefitMeasure } from '@oneworkforce/prioritisation'
 *
 * const fte: BenefitMeasure = { unit: 'FTE of the 2029/30 gap closed', zero: 'no change from the baseline' }
 * ```
 */
export interface BenefitMeasure {
  readonly unit: string
  readonly zero: string
}

/**
 * A candidate with a ratio-scale benefit (≥ 0, in the measure's unit) instead of a score.
 *
 * @example
 * ```ts
 * import type { BenefitItem } from '@oneworkforce/prioritisation'
 *
 * const item: BenefitItem = { id: 'keep-nurses', costGbp: '900000', benefit: 165 }
 * ```
 */
export interface BenefitItem {
  readonly id: string
  readonly title?: string
  readonly costGbp: string | number
  readonly benefit: number
  readonly dependsOn?: readonly string[]
  readonly excludes?: readonly string[]
}

/** Options of {@link valueForMoneyPortfolio}: the budget and what the benefit measures. */
export interface ValueForMoneyOptions extends PortfolioOptions {
  readonly benefit: BenefitMeasure
}

/**
 * One candidate's value for money: benefit per £1 million and cost per unit of benefit.
 *
 * @example
 * ```ts
 * import type { ValueForMoneyLine } from '@oneworkforce/prioritisation'
 *
 * const line = (each: ValueForMoneyLine) => `${each.id}: £${each.costPerUnitGbp} per unit`
 * ```
 */
export interface ValueForMoneyLine {
  readonly id: string
  readonly costGbp: string
  readonly benefit: number
  /** Benefit per £1 million of cost; null for a zero cost. */
  readonly benefitPerMillionGbp: number | null
  /** Cost per unit of benefit, in pounds to the penny; null for no benefit. */
  readonly costPerUnitGbp: string | null
  readonly funded: boolean
}

/**
 * The portfolio with the greatest total ratio-scale benefit within the budget.
 *
 * @example
 * ```ts
 * import type { ValueForMoneyPortfolio } from '@oneworkforce/prioritisation'
 *
 * const headline = (p: ValueForMoneyPortfolio) => `${p.totalBenefit} ${p.benefit.unit} for £${p.totalCostGbp}`
 * ```
 */
export interface ValueForMoneyPortfolio extends Portfolio {
  readonly benefit: BenefitMeasure
  /** Total benefit of the funded initiatives (equal to `totalValue`). */
  readonly totalBenefit: number
  /** Total cost per unit of total benefit; null when nothing of benefit is funded. */
  readonly costPerUnitGbp: string | null
  /** Every candidate, highest benefit per pound first (ties by id). */
  readonly lines: readonly ValueForMoneyLine[]
}

const benefitItemSchema = z.looseObject({
  id: z.string(),
  benefit: z
    .number()
    .min(0, 'benefit must be 0 or more: it is on a ratio scale with a stated zero'),
})

/**
 * Value-for-money selection: the set of initiatives with the greatest total *benefit* on a ratio
 * scale (for example FTE of the gap closed by a stated year, or a swing-weighted value with a
 * stated zero) within the budget, honouring dependencies and exclusions, by the exact knapsack of
 * {@link selectPortfolio}. Unlike a sum of interval-scale scores (1-5 points, whose zero is
 * arbitrary, so that three cheap "3"s outweigh one "5" that closes the gap), a sum of benefits on a
 * ratio scale is itself a benefit, so maximising it buys the most of what the board wants. Each
 * candidate's benefit per £1 million and cost per unit of benefit are reported, and every
 * initiative left out is listed with the reason.
 *
 * When to use: beside the score-sum portfolio ({@link prioritisedPortfolio}), when the projection
 * can measure the benefit; see {@link comparePortfolios} for both at once.
 *
 * @example
 * ```ts
 * import { safeValueForMoneyPortfolio } from '@oneworkforce/prioritisation'
 *
 * const result = safeValueForMoneyPortfolio(
 *   [
 *     { id: 'keep-nurses', costGbp: '900000', benefit: 165 },
 *     { id: 'jobs-hub', costGbp: '450000', benefit: 55 },
 *     { id: 'rosters', costGbp: '300000', benefit: 20 },
 *   ],
 *   { budgetGbp: '1000000', benefit: { unit: 'FTE of the 2029/30 gap closed', zero: 'no change from the baseline' } },
 * )
 * if (result.success) console.log(result.value.chosen) // ['keep-nurses']
 * ```
 */
export function safeValueForMoneyPortfolio(
  items: unknown,
  options: ValueForMoneyOptions,
): Result<ValueForMoneyPortfolio> {
  const measureShape = z.object({ unit: z.string().min(1), zero: z.string().min(1) })
  const empty: ValueForMoneyPortfolio = {
    ...emptyPortfolio,
    benefit: { unit: '', zero: '' },
    totalBenefit: 0,
    costPerUnitGbp: null,
    lines: [],
  }
  const shapeIssues = [
    ...optionIssues(options, { ...portfolioOptionsShape, benefit: measureShape }),
    ...arrayIssues(items, 'items', 'initiatives with a cost and a benefit'),
  ]
  if (shapeIssues.length > 0) return resultFrom(empty, shapeIssues)
  const issues: Issue[] = []
  const list = items as readonly unknown[]
  list.forEach((item, row) => {
    const parsed = benefitItemSchema.safeParse(item)
    if (!parsed.success) {
      for (const each of parsed.error.issues) {
        issues.push(
          issue(
            each.code === 'too_small' ? 'out_of_range' : 'invalid_value',
            `items[${row}].${each.path.join('.')}: ${each.message}`,
            ['items', row, ...each.path.map(String)],
            { row, column: each.path.map(String).join('.') },
          ),
        )
      }
    }
  })
  if (issues.length > 0) return resultFrom(empty, issues)
  const candidates = (list as readonly BenefitItem[]).map(({ benefit, ...rest }) => ({
    ...rest,
    value: benefit,
  }))
  const { benefit, ...portfolioOptions } = options
  const selected = safeSelectPortfolio(candidates, portfolioOptions)
  if (!selected.success) return { success: false, error: selected.error, issues: selected.issues }
  const portfolio = selected.value
  const funded = new Set(portfolio.chosen)
  const lines = (list as readonly BenefitItem[])
    .map((item): ValueForMoneyLine => {
      const cost = parseMoney(item.costGbp)
      return {
        id: item.id,
        costGbp: moneyToString(cost),
        benefit: item.benefit,
        benefitPerMillionGbp: cost.isZero() ? null : item.benefit / cost.dividedBy(1e6).toNumber(),
        costPerUnitGbp: item.benefit > 0 ? moneyToString(cost.dividedBy(item.benefit)) : null,
        funded: funded.has(item.id),
      }
    })
    .sort(
      (a, b) =>
        (b.benefitPerMillionGbp ?? Number.POSITIVE_INFINITY) -
          (a.benefitPerMillionGbp ?? Number.POSITIVE_INFINITY) || a.id.localeCompare(b.id),
    )
  const totalCost = parseMoney(portfolio.totalCostGbp)
  return resultFrom(
    {
      ...portfolio,
      benefit: { unit: benefit.unit, zero: benefit.zero },
      totalBenefit: portfolio.totalValue,
      costPerUnitGbp:
        portfolio.totalValue > 0 ? moneyToString(totalCost.dividedBy(portfolio.totalValue)) : null,
      lines,
    },
    selected.issues,
  )
}

/**
 * Throwing twin of {@link safeValueForMoneyPortfolio}.
 *
 * @example
 * ```ts
 * import { valueForMoneyPortfolio } from '@oneworkforce/prioritisation'
 *
 * valueForMoneyPortfolio(
 *   [{ id: 'a', costGbp: '4000', benefit: 10 }, { id: 'b', costGbp: '5000', benefit: 20 }],
 *   { budgetGbp: '6000', benefit: { unit: 'FTE', zero: 'no change' } },
 * ).chosen // ['b']
 * ```
 */
export function valueForMoneyPortfolio(
  items: unknown,
  options: ValueForMoneyOptions,
): ValueForMoneyPortfolio {
  return unwrapResult(safeValueForMoneyPortfolio(items, options))
}
