import type { Issue, Month } from '@oneworkforce/schemas'
import type { DimensionIndex } from '../internal/dimension-index'
import type { CompiledTransfer } from './training-transfers'
import type { CompiledRecruitment } from './vacancy-recruitment'

/**
 * A sparse inflow into some cells: `perMonth[t]` people in month t, spread over `cells` by
 * `weights` (which sum to 1). Used for training pipelines and for joiners between two months.
 */
export interface CompiledInflow {
  /** 0 = newly qualified, 1 = international, 2 = returner, 3 = other. */
  readonly kind: 0 | 1 | 2 | 3
  readonly cells: Int32Array
  readonly weights: Float64Array
  readonly perMonth: Float64Array
}

/** A scheduled change of leaver rates compiled to cells: multiplier `1 + relativeChange × ramp(t)`. */
export interface CompiledLeaverChange {
  /** Cell × reason slots (`cell * 3 + reason`) the change applies to. */
  readonly slots: Int32Array
  /** The rate multiplier in each month. */
  readonly multiplier: Float64Array
}

/**
 * The dense parameter arrays of a compiled projection. Every array is rewritten in place by
 * `updateCompiledParameters`; the shapes (cells, posts, months) never change after compilation.
 * Cells are ordered place-major, age-band-minor: `cell = post × ageBands + ageBand`,
 * `post = (place × sectors + sector) × staffGroups + staffGroup`.
 */
export interface CompiledParameters {
  /** Starting headcount per cell. */
  readonly startHeadcount: Float64Array
  /** FTE per head per cell. */
  readonly ftePerHead: Float64Array
  /** Annual leaver rate per cell and reason (`cell * 3 + reason`; 0 retirement, 1 voluntary, 2 other). */
  readonly leaverRatePerYear: Float64Array
  /** Monthly leaver hazard per cell and reason at the start; reasons share the combined hazard. */
  readonly leaverHazard: Float64Array
  /** Whether annual rates are per person-year (true) or cohort shares (false): see `fillLeaverHazard`. */
  perPersonYear: boolean
  /** Share of a month's joiners into each cell still in post at the month's end (1: not exposed). */
  readonly joinerStay: Float64Array
  /** Monthly share of a cell moving up to the next age band, per age band. */
  readonly ageingHazard: Float64Array
  /** Constant joiners per month per cell and kind (`cell * 3 + kind`; 0 international, 1 returner, 2 other). */
  readonly joinersPerMonth: Float64Array
  /** Total monthly move-out hazard per post (the sum of its move pairs). */
  readonly moveOutHazard: Float64Array
  /**
   * Demand FTE per post and month (`post * months + t`), or empty when `demandMonthFactor` gives
   * demand as its base times one factor a month: when every growth and productivity row applies
   * to every post and no skill mix shifts demand (the usual case, and every Monte Carlo draw of
   * it), which saves a table as large as the base.
   */
  demandFte: Float64Array
  /**
   * With an empty `demandFte`, demand FTE of post q in month t is
   * `demandBaseFte[q * months + t] * demandMonthFactor[t]`; otherwise `null`.
   */
  demandMonthFactor: Float64Array | null
  /** Demand FTE per post and month before growth, productivity and skill mix (the demographic base). */
  readonly demandBaseFte: Float64Array
  /** Substantive pay cost per FTE per month, with on-costs, per post. */
  readonly payPerFteMonth: Float64Array
  /** Bank cost per FTE of shortfall per month (share × premium × pay), per post. */
  readonly bankPerShortfallFteMonth: Float64Array
  /** Agency cost per FTE of shortfall per month, per post. */
  readonly agencyPerShortfallFteMonth: Float64Array
  /** Change of FTE per head per post and month, or `null` when there is none. */
  participationChange: Float64Array | null
  /** Sparse inflows (pipelines and time-limited joiners). */
  inflows: readonly CompiledInflow[]
  /** Move pairs, grouped by source post: pairs of post q are `pairStart[q]..pairStart[q+1]`. */
  pairStart: Int32Array
  pairTargetPost: Int32Array
  pairMonthlyHazard: Float64Array
  /** Employment-based training: completers moved between staff groups (empty when none). */
  transfers: readonly CompiledTransfer[]
  /** Recruitment responding to vacancies (empty arrays when the input has none). */
  recruitment: CompiledRecruitment
  /** Scheduled leaver-rate changes (retention levers). */
  leaverChanges: readonly CompiledLeaverChange[]
  /**
   * Warnings from the last `updateCompiledParameters`: flows the engine had to clamp so that no
   * post loses more than its stock in a month (e.g. a Monte Carlo draw of overlapping move rates).
   */
  clampIssues: readonly Issue[]
}

/**
 * A projection compiled to dense typed arrays: the index structures (dimensions, cell layout,
 * working buffers) fixed at compilation, and the parameter arrays that
 * `updateCompiledParameters` rewrites for each Monte Carlo draw.
 *
 * Treat it as opaque apart from the documented fields; it holds working buffers, so one compiled
 * projection must not be run by two callers at once (each worker thread compiles its own).
 */
export interface CompiledProjection {
  /** The dimensions and code → index maps. */
  readonly index: DimensionIndex
  /** The first projected month. */
  readonly startMonth: Month
  /** The projected months, in order. */
  readonly months: readonly Month[]
  /** The parameters (rewritten in place by `updateCompiledParameters`). */
  readonly parameters: CompiledParameters
  /** @internal Working buffers reused across runs. */
  readonly buffers: {
    readonly stock: Float64Array
    readonly next: Float64Array
    readonly hazard: Float64Array
    readonly joinerStay: Float64Array
    readonly multiplier: Float64Array
    readonly survivors: Float64Array
  }
}
