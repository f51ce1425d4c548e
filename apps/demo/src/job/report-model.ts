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
  /** Sum of the positive gaps of each post (a surplus in one post does not fill another's vacancy). */
  readonly shortfallFte?: number
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

/** Baseline pay costs for one financial year (decimal pounds as strings). */
export interface CostYear {
  readonly financialYear: string
  readonly substantiveGbp: string
  readonly bankGbp: string
  readonly agencyGbp: string
  readonly totalGbp: string
  /** The pay bill if demand were fully met (when the projection gives it). */
  readonly costToMeetDemandGbp?: string
}

/** The deterministic projection: baseline and scenarios. */
export interface ProjectionSummary {
  readonly startMonth: string
  readonly horizonYear: string
  readonly scenarios: readonly ScenarioSummary[]
  readonly byStaffGroup: readonly StaffGroupSeries[]
  /** Baseline costs by financial year. */
  readonly costs?: readonly CostYear[]
  /** Scenario descriptions (for the assumptions page). */
  readonly scenarioDescriptions?: readonly { readonly id: string; readonly description: string }[]
}

/** One uncertain driver of the Monte Carlo with its stated range, tornado swing and Sobol indices. */
export interface RankedDriver {
  /** The uncertain parameter's id (`leaver-rates`). */
  readonly id: string
  readonly label: string
  /** What it changes and how: `every leaver rate (all reasons) × triangular(0.85, 1, 1.15)`. */
  readonly range: string
  /** Where the range comes from. */
  readonly source: string
  /** `multiplier` values scale the input's numbers; `rate` values replace a rate per year. */
  readonly valueKind: 'multiplier' | 'rate'
  /** The driver's value at the tornado's low and high quantile (P10, P90). */
  readonly lowValue: number
  readonly highValue: number
  /** The output with this driver at its low / high value and every other at its median. */
  readonly outputAtLow: number
  readonly outputAtHigh: number
  /** `|outputAtHigh − outputAtLow|`. */
  readonly swing: number
  /** Sobol first-order and total indices of the output (absent when the Sobol analysis is skipped). */
  readonly firstOrder?: number
  readonly total?: number
}

/** The drivers of the Monte Carlo ranked by a tornado and by Sobol indices of one output. */
export interface DriverRanking {
  /** What is ranked: `net gap FTE, March 2037 (ICS total)`. */
  readonly output: string
  /** The month of the output (the projection's last). */
  readonly month: string
  /** The output with every driver at its median. */
  readonly baselineAtMedians: number
  readonly lowQuantile: number
  readonly highQuantile: number
  /** Sobol base sample size N (0: Sobol skipped) and its seed; projections run = N × (drivers + 2). */
  readonly sobolSamples: number
  readonly sobolSeed: number
  /** Projections the tornado and the Sobol analysis ran. */
  readonly projections: number
  /** The drivers, largest tornado swing first. */
  readonly drivers: readonly RankedDriver[]
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
  /** Which uncertain drivers make the range: a tornado and Sobol indices of the horizon's gap. */
  readonly drivers?: DriverRanking
}

/** One unit on a funnel plot. */
export interface FunnelPoint {
  readonly unit: string
  readonly label: string
  readonly size: number
  readonly value: number
  /** Numerator of the value (leavers, mean vacancy FTE). */
  readonly numerator: number
  /** Overdispersion-adjusted z-score. */
  readonly adjustedZ: number
  /** The unit's adjusted 99.8% limits at its size. */
  readonly lower998: number
  readonly upper998: number
  readonly outlier: 'none' | 'better' | 'worse'
  /** Outside the 95% limits only (a conversation, not an alarm). */
  readonly outside95: boolean
}

/** A funnel plot: the units, the target and limit curves over the size range. */
export interface FunnelSummary {
  /** Stable id for charts and exports. */
  readonly id: string
  readonly indicator: string
  /** The peer group plotted (like with like): `NHS trusts`, `social care providers`. */
  readonly peerGroup: string
  readonly period: string
  /** x-axis: what the size is, with its unit (`mean headcount (people)`). */
  readonly sizeLabel: string
  /** `proportion` values are rates (shown as %), `ratio` values observed ÷ expected. */
  readonly valueKind: 'proportion' | 'ratio'
  readonly target: number
  readonly phi: number
  readonly method: string
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

/** Making Data Count variation icons (the identifiers `@oneworkforce/benchmarking` returns). */
export type VariationIcon =
  | 'common-cause'
  | 'special-cause-improvement-high'
  | 'special-cause-improvement-low'
  | 'special-cause-concern-high'
  | 'special-cause-concern-low'
  | 'special-cause-neutral-high'
  | 'special-cause-neutral-low'

/** Making Data Count assurance icons. */
export type AssuranceIcon = 'consistently-pass' | 'consistently-fail' | 'hit-and-miss'

/** One phase of an XmR chart (between rebases). */
export interface SpcPhase {
  readonly start: string
  readonly end: string
  readonly points: number
  readonly mean: number
  readonly lowerLimit: number
  readonly upperLimit: number
  readonly specialCausePoints: number
}

/** An XmR chart of one series with its special-cause flags, one kind per flagged month. */
export interface SpcSummary {
  readonly id: string
  readonly indicator: string
  readonly unit: string
  readonly points: readonly {
    readonly month: string
    readonly value: number
    readonly mean: number
    readonly lowerLimit: number
    readonly upperLimit: number
    /** The target that applies to the month (a stepped line), when there is one. */
    readonly target?: number
    /** One kind per point: none (common cause), improvement, concern or neutral. */
    readonly flag: 'none' | 'improvement' | 'concern' | 'neutral'
  }[]
  readonly phases: readonly SpcPhase[]
  /** Months the chart was rebased at, each with its documented reason. */
  readonly rebasedAt: readonly { readonly month: string; readonly reason: string }[]
  /** Special-cause points before rebasing (one set of limits over the whole series). */
  readonly unrebasedSpecialCause: number
  readonly target?: number
  readonly variationIcon: VariationIcon
  readonly assurance?: AssuranceIcon
  readonly signals: readonly string[]
}

/** A documented change in a process: where an SPC chart should be rebased, and why. */
export interface ChangePoint {
  readonly indicator: string
  readonly month: string
  readonly reason: string
}

/** Benchmarking: funnel plots and SPC charts. */
export interface BenchmarkingSummary {
  readonly funnels: readonly FunnelSummary[]
  readonly spc: readonly SpcSummary[]
}

/** One assumption the figures rest on, with where it comes from. */
export interface Assumption {
  /** Which part of the report it affects: projection, uncertainty, benchmarking, prioritisation. */
  readonly area: string
  readonly assumption: string
  readonly value: string
  readonly source: string
  /** True when it is a default nobody has chosen (equal weights, an illustrative target). */
  readonly flagged?: boolean
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
  /** In the value-for-money portfolio (most FTE of the gap closed within the budget). */
  readonly inValueForMoney?: boolean
}

/** The size of the opportunity measured from the projection, with the arithmetic. */
export interface MeasuredOpportunitySummary {
  readonly year: string
  readonly formula: string
  readonly rows: readonly {
    readonly id: string
    readonly fteGapClosed: number
    readonly costAvoidedGbp: string
    readonly score: number
    readonly calculation: string
  }[]
  /** Initiatives with no lever in the projection: they keep the panel's scores. */
  readonly unmeasured: readonly string[]
}

/** The value-for-money portfolio beside the score-sum one. */
export interface ValueForMoneySummary {
  readonly benefitUnit: string
  readonly chosen: readonly string[]
  readonly totalBenefit: number
  readonly costGbp: string
  readonly costPerUnitGbp: string | null
  readonly onlyScoreSum: readonly string[]
  readonly onlyValueForMoney: readonly string[]
}

/** Prioritisation: the ranking, its stability and the portfolio within the budget. */
export interface PrioritisationSummary {
  readonly method: string
  readonly weights: readonly { readonly criterion: string; readonly weight: number }[]
  readonly ranking: readonly RankedInitiative[]
  readonly budgetGbp: string
  readonly portfolioCostGbp: string
  readonly smaaSamples?: number
  /** Assumptions the prioritisation package flags (ties, default weights). */
  readonly assumptions?: readonly Assumption[]
  readonly opportunity?: MeasuredOpportunitySummary
  readonly valueForMoney?: ValueForMoneySummary
  /** Every initiative a portfolio did not fund, and why. */
  readonly leftOut?: readonly {
    readonly id: string
    readonly title: string
    readonly portfolio: string
    readonly reason: string
    readonly why: string
  }[]
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
  /** Every assumption the figures rest on, with its source. */
  readonly assumptions: readonly Assumption[]
}
