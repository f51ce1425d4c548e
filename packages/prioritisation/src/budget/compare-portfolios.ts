import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { optionIssues } from '../internal/option-issues'
import { rankOptionsShape } from '../internal/rank-options-shape'
import type { RankOptions } from '../methods/prepare-ranking'
import type { RankingAssumption } from '../methods/rank-initiatives'
import { type PrioritisedPortfolio, safePrioritisedPortfolio } from './prioritised-portfolio'
import { type PortfolioOptions, portfolioOptionsShape } from './select-portfolio'
import {
  type BenefitMeasure,
  safeValueForMoneyPortfolio,
  type ValueForMoneyPortfolio,
} from './value-for-money'

/** Options of {@link comparePortfolios}: ranking, budget, each initiative's benefit and its measure. */
export interface ComparePortfoliosOptions extends RankOptions, PortfolioOptions {
  /** Ratio-scale benefit by initiative id (every initiative needs one; 0 for none). */
  readonly benefits: Readonly<Record<string, number>>
  readonly benefit: BenefitMeasure
}

/**
 * An assumption of a ranking or of a portfolio comparison: the ranking's (`equal-weights`,
 * `tie`), `score-sum` (the score-sum portfolio adds interval-scale scores), `benefit-zero` (what
 * the benefit's zero means) and `portfolio-tie` (an initiative left out only by a tie).
 *
 * @example
 * ```ts
 * import type { PortfolioAssumption } from '@oneworkforce/prioritisation'
 *
 * const lines = (each: readonly PortfolioAssumption[]) => each.map((assumption) => assumption.text)
 * ```
 */
export type PortfolioAssumption =
  | RankingAssumption
  | {
      readonly kind: 'score-sum' | 'benefit-zero' | 'portfolio-tie'
      readonly text: string
      readonly initiatives: readonly string[]
    }

/**
 * The score-sum portfolio and the value-for-money portfolio side by side, where they differ, and
 * everything either assumed.
 *
 * @example
 * ```ts
 * import type { PortfolioComparison } from '@oneworkforce/prioritisation'
 *
 * const differs = (each: PortfolioComparison) => each.onlyScoreSum.length + each.onlyValueForMoney.length > 0
 * ```
 */
export interface PortfolioComparison {
  readonly scoreSum: PrioritisedPortfolio
  readonly valueForMoney: ValueForMoneyPortfolio
  readonly fundedByBoth: readonly string[]
  readonly onlyScoreSum: readonly string[]
  readonly onlyValueForMoney: readonly string[]
  readonly assumptions: readonly PortfolioAssumption[]
}

/**
 * Chooses two portfolios within the same budget and links: the greatest sum of MCDA scores
 * ({@link prioritisedPortfolio}) and the greatest ratio-scale benefit
 * ({@link valueForMoneyPortfolio}, for example FTE of the gap closed by a stated year), and says
 * where they differ, what each left out and why (`leftOut` of each), and what was assumed: the
 * ranking's equal-weights default and ties, that the score sum adds interval-scale scores, what
 * the benefit's zero means, and any initiative left out only by a tie.
 *
 * @example
 * ```ts
 * import { safeComparePortfolios } from '@oneworkforce/prioritisation'
 *
 * const scored = (id: string, costGbp: string, value: number) => ({ id, title: id, owner: 'ICS', costGbp, scores: [{ criterion: 'x', scorer: 'panel', score: value }] })
 * const result = safeComparePortfolios(
 *   [scored('big', '800000', 5), scored('small-a', '400000', 4), scored('small-b', '400000', 4)],
 *   {
 *     criteria: [{ code: 'x', label: 'x', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }],
 *     budgetGbp: '800000',
 *     benefits: { big: 160, 'small-a': 30, 'small-b': 30 },
 *     benefit: { unit: 'FTE of the 2029/30 gap closed', zero: 'no change from the baseline' },
 *   },
 * )
 * if (result.success) console.log(result.value.onlyValueForMoney) // ['big']
 * ```
 */
export function safeComparePortfolios(
  initiatives: unknown,
  options: ComparePortfoliosOptions,
): Result<PortfolioComparison> {
  const optionProblems = optionIssues(options, {
    ...rankOptionsShape,
    ...portfolioOptionsShape,
    benefits: z.record(z.string(), z.number()),
    benefit: z.object({ unit: z.string().min(1), zero: z.string().min(1) }),
  })
  if (optionProblems.length > 0) return failed(optionProblems)
  const { benefits, benefit, ...rest } = options
  const scoreSum = safePrioritisedPortfolio(initiatives, rest)
  if (!scoreSum.success) return failed(scoreSum.issues)
  const source = initiatives as readonly { id: string; dependsOn?: string[]; excludes?: string[] }[]
  const missing: Issue[] = []
  const items = source.map((each, row) => {
    const value = benefits[each.id]
    if (value === undefined) {
      missing.push(
        issue(
          'required',
          `no benefit given for "${each.id}" (give 0 for none)`,
          ['benefits', each.id],
          {
            row,
          },
        ),
      )
    }
    const ranked = scoreSum.value.ranking.initiatives.find(
      (initiative) => initiative.id === each.id,
    )
    return {
      id: each.id,
      costGbp: ranked?.costGbp ?? '0',
      benefit: value ?? 0,
      dependsOn: each.dependsOn ?? [],
      excludes: each.excludes ?? [],
    }
  })
  for (const id of Object.keys(benefits)) {
    if (!source.some((each) => each.id === id)) {
      missing.push(
        issue('unknown_code', `benefit given for "${id}", which is not an initiative`, [
          'benefits',
          id,
        ]),
      )
    }
  }
  if (missing.length > 0) return failed([...scoreSum.issues, ...missing])
  const valueForMoney = safeValueForMoneyPortfolio(items, { ...portfolioOptionsOf(rest), benefit })
  if (!valueForMoney.success) return failed([...scoreSum.issues, ...valueForMoney.issues])
  const bySum = new Set(scoreSum.value.portfolio.chosen)
  const byBenefit = new Set(valueForMoney.value.chosen)
  const assumptions: PortfolioAssumption[] = [
    ...scoreSum.value.ranking.assumptions,
    {
      kind: 'score-sum',
      text: 'The score-sum portfolio adds weighted criterion scores, on interval scales (such as 1-5 points) whose zero is arbitrary, so several cheap middling initiatives can outscore one that closes more of the gap; the value-for-money portfolio adds a benefit on a ratio scale and shows what the budget buys.',
      initiatives: [],
    },
    {
      kind: 'benefit-zero',
      text: `Benefit is measured in ${benefit.unit}; zero means ${benefit.zero}.`,
      initiatives: [],
    },
    ...[...scoreSum.value.portfolio.leftOut, ...valueForMoney.value.leftOut]
      .filter((each) => each.why.startsWith('a tie'))
      .map((each) => ({
        kind: 'portfolio-tie' as const,
        text: `${each.id} is left out of a portfolio only by a tie: ${each.why}.`,
        initiatives: [each.id],
      })),
  ]
  return resultFrom(
    {
      scoreSum: scoreSum.value,
      valueForMoney: valueForMoney.value,
      fundedByBoth: items.map((each) => each.id).filter((id) => bySum.has(id) && byBenefit.has(id)),
      onlyScoreSum: items
        .map((each) => each.id)
        .filter((id) => bySum.has(id) && !byBenefit.has(id)),
      onlyValueForMoney: items
        .map((each) => each.id)
        .filter((id) => byBenefit.has(id) && !bySum.has(id)),
      assumptions,
    },
    [...scoreSum.issues, ...valueForMoney.issues],
  )
}

function portfolioOptionsOf(options: PortfolioOptions): PortfolioOptions {
  return {
    budgetGbp: options.budgetGbp,
    ...(options.resolutionGbp === undefined ? {} : { resolutionGbp: options.resolutionGbp }),
    ...(options.marginCandidates === undefined
      ? {}
      : { marginCandidates: options.marginCandidates }),
    ...(options.maxSubsetsPerGroup === undefined
      ? {}
      : { maxSubsetsPerGroup: options.maxSubsetsPerGroup }),
  }
}

function failed(issues: readonly Issue[]): Result<PortfolioComparison> {
  return resultFrom(undefined as unknown as PortfolioComparison, issues)
}

/**
 * Throwing twin of {@link safeComparePortfolios}.
 *
 * @example
 * ```ts
 * import { comparePortfolios } from '@oneworkforce/prioritisation'
 *
 * const one = { id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [{ criterion: 'x', scorer: 'p', score: 3 }] }
 * comparePortfolios([one], {
 *   criteria: [{ code: 'x', label: 'x', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }],
 *   budgetGbp: '1000',
 *   benefits: { a: 12 },
 *   benefit: { unit: 'FTE', zero: 'no change' },
 * }).fundedByBoth // ['a']
 * ```
 */
export function comparePortfolios(
  initiatives: unknown,
  options: ComparePortfoliosOptions,
): PortfolioComparison {
  return unwrapResult(safeComparePortfolios(initiatives, options))
}
