import * as prioritisation from '@oneworkforce/prioritisation'
import { type Dataset, type Initiative, sumMoney } from '@oneworkforce/schemas'
import type { InitiativeImpact } from './initiative-impact'
import { landed, notLanded } from './landed'
import type { Assumption, PrioritisationSummary, Section } from './report-model'

type Api = Pick<
  typeof prioritisation,
  | 'safePrioritisedPortfolio'
  | 'safeSmaa'
  | 'safeScoreOpportunityFromImpacts'
  | 'safeComparePortfolios'
>

/** Options of the prioritisation section. */
export interface PrioritisationOptions {
  /** Relative criterion weights (normalised to sum to 1); the four tests equally weighted when absent. */
  readonly weights?: Readonly<Record<string, number>>
  /** SMAA weight samples for rank stability (0 to skip). */
  readonly smaaSamples: number
  readonly seed: number
  /** Budget for the portfolio in pounds, as a decimal string. */
  readonly budgetGbp: string
  /** Measured impacts from the projection: they score the size of the opportunity. */
  readonly impacts?: { readonly impacts: readonly InitiativeImpact[]; readonly year: string }
}

/** The four tests, the default criteria (from `@oneworkforce/prioritisation`). */
export const fourTests: readonly string[] = prioritisation.fourTestsCodes ?? [
  'size-of-opportunity',
  'need-for-collaboration',
  'feasibility',
  'strategic-coherence',
]

/** The size of the opportunity from the projection instead of the panel's 1-5, with the arithmetic. */
function measured(
  api: Api,
  initiatives: readonly Initiative[],
  impacts: NonNullable<PrioritisationOptions['impacts']>,
) {
  const scored = api.safeScoreOpportunityFromImpacts(
    initiatives,
    impacts.impacts.map(({ initiative, fteGapClosed, year }) => ({
      initiative,
      fteGapClosed,
      year,
    })),
  )
  if (!scored.success) return undefined
  const byId = new Map(impacts.impacts.map((each) => [each.initiative, each]))
  const { scoring } = scored.value
  return {
    initiatives: scored.value.initiatives,
    summary: {
      year: impacts.year,
      formula: scoring.formula,
      rows: scoring.scores.map((each) => ({
        id: each.initiative,
        fteGapClosed: byId.get(each.initiative)?.fteGapClosed ?? each.value,
        costAvoidedGbp: byId.get(each.initiative)?.costAvoidedGbp ?? '0',
        score: each.score,
        calculation: each.calculation,
      })),
      unmeasured: scoring.unmeasured,
    },
  }
}

const assumptionOf = (each: { kind: string; text: string }): Assumption => ({
  area: 'prioritisation',
  assumption: `Flagged by the ranking: ${each.kind.replaceAll('-', ' ')}`,
  value: each.text,
  source: '@oneworkforce/prioritisation (rankInitiatives, comparePortfolios)',
  flagged: true,
})

/**
 * Ranks the initiatives, measures rank stability and picks the portfolio within the budget; with
 * measured impacts, scores the size of the opportunity from them and sets a value-for-money
 * portfolio (the most FTE of the gap closed) beside the score-sum one, with what each left out.
 */
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
  const opportunity =
    options.impacts && typeof api.safeScoreOpportunityFromImpacts === 'function'
      ? measured(api, dataset.initiatives, options.impacts)
      : undefined
  const initiatives = opportunity?.initiatives ?? dataset.initiatives
  const rankOptions = {
    ...(weights ? { weights, normaliseWeights: true } : {}),
    budgetGbp: options.budgetGbp,
  }
  const ranked = api.safePrioritisedPortfolio(initiatives, rankOptions)
  if (!ranked.success)
    return {
      status: 'failed',
      reason: 'the initiatives could not be ranked',
      issues: ranked.issues,
    }
  const stability =
    options.smaaSamples > 0
      ? api.safeSmaa(initiatives, { samples: options.smaaSamples, seed: options.seed })
      : undefined
  const byId = new Map(
    (stability?.success ? stability.value.initiatives : []).map((each) => [each.id, each]),
  )
  const benefits = Object.fromEntries(
    initiatives.map((each) => [
      each.id,
      opportunity?.summary.rows.find((row) => row.id === each.id)?.fteGapClosed ?? 0,
    ]),
  )
  const comparison =
    opportunity && typeof api.safeComparePortfolios === 'function'
      ? api.safeComparePortfolios(initiatives, {
          ...rankOptions,
          benefits,
          benefit: {
            unit: `FTE of the ${opportunity.summary.year} gap closed`,
            zero: 'no change from the baseline projection (initiatives with no lever in the projection count 0)',
          },
        })
      : undefined
  const chosen = new Set(ranked.value.portfolio.chosen)
  const { ranking, portfolio } = ranked.value
  const titles = new Map(initiatives.map((each) => [each.id, each.title]))
  const vfm = comparison?.success ? comparison.value : undefined
  const leftOut = [
    ...portfolio.leftOut.map((each) => ({ ...each, portfolio: 'score sum' })),
    ...(vfm?.valueForMoney.leftOut ?? []).map((each) => ({
      ...each,
      portfolio: 'value for money',
    })),
  ].map((each) => ({
    id: each.id,
    title: titles.get(each.id) ?? each.id,
    portfolio: each.portfolio,
    reason: each.reason,
    why: each.why,
  }))
  const assumptions = [...(vfm?.assumptions ?? ranking.assumptions ?? [])].map(assumptionOf)
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
          ...(vfm ? { inValueForMoney: vfm.valueForMoney.chosen.includes(each.id) } : {}),
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
      ...(opportunity ? { opportunity: opportunity.summary } : {}),
      ...(vfm
        ? {
            valueForMoney: {
              benefitUnit: vfm.valueForMoney.benefit.unit,
              chosen: vfm.valueForMoney.chosen,
              totalBenefit: vfm.valueForMoney.totalBenefit,
              costGbp: vfm.valueForMoney.totalCostGbp,
              costPerUnitGbp: vfm.valueForMoney.costPerUnitGbp,
              onlyScoreSum: vfm.onlyScoreSum,
              onlyValueForMoney: vfm.onlyValueForMoney,
            },
          }
        : {}),
      leftOut,
      assumptions,
    },
    ...(stability && !stability.success
      ? { notes: ['rank stability (SMAA) could not be computed'] }
      : {}),
  }
}
