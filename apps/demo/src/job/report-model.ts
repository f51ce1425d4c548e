import type { Issue } from '@oneworkforce/schemas'

/**
 * One section of the report: its figures, or why there are none. A section whose package has
 * not been built into this demo yet says so rather than showing invented numbers.
 */
export type Section<T> =
  | { readonly status: 'ok'; readonly data: T; readonly notes?: readonly string[] }
  | { readonly status: 'unavailable'; readonly reason: string }
  | { readonly status: 'failed'; readonly reason: string; readonly issues: readonly Issue[] }

/** The dataset validation summary: row counts per table and every issue found. */
export interface ValidationSummary {
  readonly datasetName: string
  readonly source: string
  readonly tables: readonly { readonly table: string; readonly rows: number }[]
  readonly errors: number
  readonly warnings: number
  readonly issues: readonly Issue[]
}

/** Supply, demand and gap (FTE) for one financial year. */
export interface YearFigures {
  readonly financialYear: string
  readonly supplyFte: number
  readonly demandFte: number
  readonly gapFte: number
  readonly costGbp?: string
}

/** A scenario's yearly figures and its difference from the baseline in the horizon year. */
export interface ScenarioSummary {
  readonly id: string
  readonly name: string
  readonly years: readonly YearFigures[]
}

/** The baseline projection by staff group in each financial year. */
export interface StaffGroupSeries {
  readonly staffGroup: string
  readonly label: string
  readonly years: readonly YearFigures[]
}

/** Percentile bands (P5..P95) of one quantity by financial year. */
export interface FanBand {
  readonly financialYear: string
  readonly p5: number
  readonly p25: number
  readonly p50: number
  readonly p75: number
  readonly p95: number
}

/** Monte Carlo ranges of supply and demand for one staff group. */
export interface StaffGroupFan {
  readonly staffGroup: string
  readonly label: string
  readonly supply: readonly FanBand[]
  readonly demand: readonly FanBand[]
}

/** The deterministic projection: baseline and scenarios. */
export interface ProjectionSummary {
  readonly startMonth: string
  readonly horizonYear: string
  readonly scenarios: readonly ScenarioSummary[]
  readonly byStaffGroup: readonly StaffGroupSeries[]
}

/** The Monte Carlo ranges. */
export interface UncertaintySummary {
  readonly runs: number
  readonly seed: number
  readonly threads?: number
  readonly horizonYear: string
  readonly gap: readonly FanBand[]
  readonly byStaffGroup: readonly StaffGroupFan[]
  readonly probabilityGapAbove?: { readonly thresholdFte: number; readonly probability: number }
}

/** One unit on a funnel plot. */
export interface FunnelPoint {
  readonly unit: string
  readonly label: string
  readonly size: number
  readonly value: number
  readonly outlier: 'none' | 'better' | 'worse'
}

/** A funnel plot: the units, the target and limit curves over the size range. */
export interface FunnelSummary {
  readonly indicator: string
  readonly period: string
  readonly target: number
  readonly points: readonly FunnelPoint[]
  readonly limits: readonly {
    readonly size: number
    readonly lower95: number
    readonly upper95: number
    readonly lower998: number
    readonly upper998: number
  }[]
  readonly overdispersion?: string
}

/** An XmR chart of one series with its special-cause flags. */
export interface SpcSummary {
  readonly indicator: string
  readonly unit: string
  readonly points: readonly {
    readonly month: string
    readonly value: number
    readonly flag: 'none' | 'improvement' | 'concern' | 'neutral'
  }[]
  readonly mean: number
  readonly lowerLimit: number
  readonly upperLimit: number
  readonly signals: readonly string[]
}

/** Benchmarking: funnel plots and SPC charts. */
export interface BenchmarkingSummary {
  readonly funnels: readonly FunnelSummary[]
  readonly spc: readonly SpcSummary[]
}

/** One ranked initiative with the share of SMAA weightings that give it each rank. */
export interface RankedInitiative {
  readonly id: string
  readonly title: string
  readonly costGbp: string
  readonly score: number
  readonly rank: number
  readonly firstRankShare?: number
  readonly rankAcceptability?: readonly number[]
  readonly verdict?: string
  readonly inPortfolio: boolean
}

/** Prioritisation: the ranking, its stability and the portfolio within the budget. */
export interface PrioritisationSummary {
  readonly method: string
  readonly weights: readonly { readonly criterion: string; readonly weight: number }[]
  readonly ranking: readonly RankedInitiative[]
  readonly budgetGbp: string
  readonly portfolioCostGbp: string
  readonly smaaSamples?: number
}

/** Everything the terminal, HTML and JSON reports show. */
export interface DemoReport {
  readonly title: string
  readonly generatedAt: string
  readonly options: { readonly runs: number; readonly seed: number }
  readonly validation: Section<ValidationSummary>
  readonly projection: Section<ProjectionSummary>
  readonly uncertainty: Section<UncertaintySummary>
  readonly benchmarking: Section<BenchmarkingSummary>
  readonly prioritisation: Section<PrioritisationSummary>
}
