import * as prioritisation from '@oneworkforce/prioritisation'
import { type Dataset, sumMoney } from '@oneworkforce/schemas'
import { landed, notLanded } from './landed'
import type { PrioritisationSummary, Section } from './report-model'

type Api = Pick<typeof prioritisation, 'safePrioritisedPortfolio' | 'safeSmaa'>

/** Options of the prioritisation section. */
export interface PrioritisationOptions {
  /** Relative criterion weights (normalised to sum to 1); the four tests equally weighted when absent. */
  readonly weights?: Readonly<Record<string, number>>
  /** SMAA weight samples for rank stability (0 to skip). */
  readonly smaaSamples: number
  readonly seed: number
  /** Budget for the portfolio in pounds, as a decimal string. */
  readonly budgetGbp: string
}

/** The four tests, the default criteria (from `@oneworkforce/prioritisation`). */
export const fourTests: readonly string[] = prioritisation.fourTestsCodes ?? [
  'size-of-opportunity',
  'need-for-collaboration',
  'feasibility',
  'strategic-coherence',
]

/** Ranks the initiatives, measures rank stability and picks the portfolio within the budget. */
export function prioritisationSection(
  dataset: Dataset,
  options: PrioritisationOptions,
): Section<PrioritisationSummary> {
  const names = ['safePrioritisedPortfolio', 'safeSmaa'] as const
  const api = landed<Api>(prioritisation, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/prioritisation', [...names]) }
  if (dataset.initiatives.length === 0)
    return { status: 'unavailable', reason: 'the dataset has no initiatives to rank' }
  const total = Object.values(options.weights ?? {}).reduce((sum, weight) => sum + weight, 0)
  const weights = options.weights && total > 0 ? options.weights : undefined
  const ranked = api.safePrioritisedPortfolio(dataset.initiatives, {
    ...(weights ? { weights, normaliseWeights: true } : {}),
    budgetGbp: options.budgetGbp,
  })
  if (!ranked.success)
    return {
      status: 'failed',
      reason: 'the initiatives could not be ranked',
      issues: ranked.issues,
    }
  const stability =
    options.smaaSamples > 0
      ? api.safeSmaa(dataset.initiatives, { samples: options.smaaSamples, seed: options.seed })
      : undefined
  const byId = new Map(
    (stability?.success ? stability.value.initiatives : []).map((each) => [each.id, each]),
  )
  const chosen = new Set(ranked.value.portfolio.chosen)
  const { ranking, portfolio } = ranked.value
  return {
    status: 'ok',
    data: {
      method: ranking.method,
      weights: Object.entries(ranking.weights).map(([criterion, weight]) => ({
        criterion,
        weight,
      })),
      ranking: ranking.initiatives.map((each) => {
        const smaa = byId.get(each.id)
        return {
          id: each.id,
          title: each.title,
          costGbp: each.costGbp,
          score: each.score,
          rank: each.rank,
          inPortfolio: chosen.has(each.id),
          ...(smaa
            ? {
                firstRankShare: smaa.rankAcceptability[0] ?? 0,
                rankAcceptability: smaa.rankAcceptability,
                verdict: smaa.verdict,
              }
            : {}),
        }
      }),
      budgetGbp: portfolio.budgetGbp,
      portfolioCostGbp: sumMoney([portfolio.totalCostGbp]).toString(),
      ...(stability?.success ? { smaaSamples: stability.value.samples } : {}),
    },
    ...(stability && !stability.success
      ? { notes: ['rank stability (SMAA) could not be computed'] }
      : {}),
  }
}
