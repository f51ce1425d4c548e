import { type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { optionIssues } from '../internal/option-issues'
import { rankOptionsShape } from '../internal/rank-options-shape'
import type { RankOptions } from '../methods/prepare-ranking'
import { emptyRanking, type Ranking, safeRankInitiatives } from '../methods/rank-initiatives'
import {
  emptyPortfolio,
  type Portfolio,
  type PortfolioOptions,
  portfolioOptionsShape,
  safeSelectPortfolio,
} from './select-portfolio'

/**
 * A ranking and the best portfolio within a budget built from it.
 *
 * @example
 * ```ts
 * import type { PrioritisedPortfolio } from '@oneworkforce/prioritisation'
 *
 * const funded = (result: PrioritisedPortfolio) => result.portfolio.chosen
 * ```
 */
export interface PrioritisedPortfolio {
  readonly ranking: Ranking
  readonly portfolio: Portfolio
}

/**
 * Ranks initiatives ({@link rankInitiatives}) and chooses the portfolio with the greatest total
 * score within the budget ({@link selectPortfolio}), using each initiative's `costGbp`,
 * `dependsOn` and `excludes`. Use the weighted sum (default) or TOPSIS, whose scores are
 * non-negative values; PROMETHEE II net flows can be negative and are summed as they are.
 *
 * @example
 * ```ts
 * import { safePrioritisedPortfolio } from '@oneworkforce/prioritisation'
 *
 * const score = (value: number) => [{ criterion: 'x', scorer: 'panel', score: value }]
 * const result = safePrioritisedPortfolio(
 *   [
 *     { id: 'a', title: 'A', owner: 'ICS', costGbp: '300000', scores: score(5) },
 *     { id: 'b', title: 'B', owner: 'ICS', costGbp: '200000', scores: score(4) },
 *     { id: 'c', title: 'C', owner: 'ICS', costGbp: '200000', scores: score(4) },
 *   ],
 *   { criteria: [{ code: 'x', label: 'x', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }], budgetGbp: '400000' },
 * )
 * if (result.success) console.log(result.value.portfolio.chosen) // ['b', 'c']
 * ```
 */
export function safePrioritisedPortfolio(
  initiatives: unknown,
  options: RankOptions & PortfolioOptions,
): Result<PrioritisedPortfolio> {
  const optionProblems = optionIssues(options, { ...rankOptionsShape, ...portfolioOptionsShape })
  if (optionProblems.length > 0) {
    return resultFrom({ ranking: emptyRanking, portfolio: emptyPortfolio }, optionProblems)
  }
  const ranked = safeRankInitiatives(initiatives, options)
  if (!ranked.success) return { success: false, error: ranked.error, issues: ranked.issues }
  const source = initiatives as readonly { id: string; dependsOn?: string[]; excludes?: string[] }[]
  const links = new Map(source.map((each) => [each.id, each]))
  const items = ranked.value.initiatives.map((each) => ({
    id: each.id,
    title: each.title,
    costGbp: each.costGbp,
    value: each.score,
    dependsOn: links.get(each.id)?.dependsOn ?? [],
    excludes: links.get(each.id)?.excludes ?? [],
  }))
  const portfolio = safeSelectPortfolio(items, options)
  if (!portfolio.success)
    return {
      success: false,
      error: portfolio.error,
      issues: [...ranked.issues, ...portfolio.issues],
    }
  return resultFrom({ ranking: ranked.value, portfolio: portfolio.value }, [
    ...ranked.issues,
    ...portfolio.issues,
  ])
}

/**
 * Throwing twin of {@link safePrioritisedPortfolio}.
 *
 * @example
 * ```ts
 * import { prioritisedPortfolio } from '@oneworkforce/prioritisation'
 *
 * const result = prioritisedPortfolio(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [{ criterion: 'x', scorer: 'p', score: 3 }] }],
 *   { criteria: [{ code: 'x', label: 'x', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }], budgetGbp: '500' },
 * )
 * result.portfolio.chosen // []
 * ```
 */
export function prioritisedPortfolio(
  initiatives: unknown,
  options: RankOptions & PortfolioOptions,
): PrioritisedPortfolio {
  return unwrapResult(safePrioritisedPortfolio(initiatives, options))
}
