import type { Month } from '@oneworkforce/schemas'

/** A dimension a result can keep: place (or a group of places), sector, staff group, age band. */
export type ProjectionDimension = 'place' | 'sector' | 'staffGroup' | 'ageBand'

/** The dimensions in their canonical order (group indices are row-major in this order). */
export const PROJECTION_DIMENSIONS: readonly ProjectionDimension[] = [
  'place',
  'sector',
  'staffGroup',
  'ageBand',
]

/**
 * The names of a result's monthly series. Stocks (`headcount`, `fte`) are at the end of the
 * month; demand, gap and shortfall are for the month; the rest are totals over the month.
 *
 * - `gapFte` = demand − supply FTE (negative when supply exceeds demand);
 * - `shortfallFte` = the sum over posts (place × sector × staff group) of max(gap, 0): a surplus
 *   in one post does not fill a vacancy in another, so vacancy rate = shortfall ÷ demand;
 * - costs are in pounds for the month: substantive pay (supply FTE × pay with on-costs), and
 *   bank and agency cover of the shortfall at their shares and premiums; beside them, the cost
 *   to meet demand (demand FTE × the post's pay with on-costs: what staffing every required
 *   post substantively would cost), which is not part of expected spend;
 * - flows are headcounts: leavers by reason, joiners by kind, moves between sectors and moves
 *   between age bands (ageing), so that `headcount[t] = headcount[t−1] + inflows − outflows`.
 *
 * When `ageBand` is kept, demand, gap, shortfall, bank/agency costs and the cost to meet demand
 * of a post are allocated to its age bands in proportion to their FTE (evenly when the post has
 * none), so sums over age bands are exact.
 */
export const PROJECTION_SERIES = [
  'headcount',
  'fte',
  'demandFte',
  'gapFte',
  'shortfallFte',
  'substantiveCostGbp',
  'bankCostGbp',
  'agencyCostGbp',
  'costToMeetDemandGbp',
  'leaversRetirement',
  'leaversVoluntary',
  'leaversOther',
  'joinersNewlyQualified',
  'joinersInternational',
  'joinersReturner',
  'joinersOther',
  'movesIn',
  'movesOut',
  'ageingIn',
  'ageingOut',
] as const

/** The name of one series of a {@link ProjectionResult}. */
export type ProjectionSeriesName = (typeof PROJECTION_SERIES)[number]

/** The inflow series, in waterfall order. */
export const INFLOW_SERIES = [
  'joinersNewlyQualified',
  'joinersInternational',
  'joinersReturner',
  'joinersOther',
  'movesIn',
  'ageingIn',
] as const satisfies readonly ProjectionSeriesName[]

/** The outflow series, in waterfall order. */
export const OUTFLOW_SERIES = [
  'leaversRetirement',
  'leaversVoluntary',
  'leaversOther',
  'movesOut',
  'ageingOut',
] as const satisfies readonly ProjectionSeriesName[]

/**
 * The output of a projection, aggregated on the fly to the kept dimensions.
 *
 * Groups are the combinations of kept dimension values, row-major in the order place, sector,
 * staff group, age band (only the kept ones); series are dense and period-major: the value of
 * group `g` in month `t` is `series[name][t * groupCount + g]`. Use `groupKeys`, `aggregateProjection`,
 * `toRows`, `financialYearSummary` and `flowWaterfall` rather than indexing by hand.
 */
export interface ProjectionResult {
  /** The projected months. */
  readonly periods: readonly Month[]
  /** The kept dimensions, in canonical order. */
  readonly keep: readonly ProjectionDimension[]
  /** The values of each kept dimension (place groups when places were grouped). */
  readonly dimensionValues: Readonly<Partial<Record<ProjectionDimension, readonly string[]>>>
  /** The number of groups (product of the kept dimensions' sizes; 1 when nothing is kept). */
  readonly groupCount: number
  /** Headcount and FTE per group at the start (before the first month). */
  readonly start: { readonly headcount: Float64Array; readonly fte: Float64Array }
  /** Monthly series per group. */
  readonly series: Readonly<Record<ProjectionSeriesName, Float64Array>>
}
