/**
 * The engine's memory layout, in one place: how cells, posts, leaver reasons and joiner kinds are
 * numbered in the compiled arrays, and how the kernel packs its per-cell coefficients and per-group
 * sums. Every module that indexes a compiled array uses these names, never a bare offset.
 *
 * Cells are ordered place-major, age-band-minor: `post = (place × sectors + sector) × staffGroups +
 * staffGroup`, `cell = post × ageBands + ageBand`. All posts and cells of a place are therefore
 * contiguous, and every flow that couples cells (moves between sectors, training transfers between
 * staff groups) stays inside one place: the kernel's blocks are whole places.
 *
 * @internal
 */

import { PROJECTION_SERIES, type ProjectionSeriesName } from '../result/projection-result'

/** Leaver reasons, in slot order (`cell × REASONS + reason`). */
export const LEAVER_REASONS = ['retirement', 'voluntary', 'other'] as const
/** Number of leaver reasons: the stride of per-cell reason arrays (rates, hazards, levers). */
export const REASONS = LEAVER_REASONS.length
/** The slot of each leaver reason. */
export const REASON_SLOT = { retirement: 0, voluntary: 1, other: 2 } as const satisfies {
  readonly [reason in (typeof LEAVER_REASONS)[number]]: number
}

/**
 * Joiner kinds of sparse inflows (`CompiledInflow.kind`): 0 newly qualified, then the three kinds
 * of constant joiners. Constant joiners are stored per cell as `cell × CONSTANT_KINDS + slot`.
 */
export const JOINER_KINDS = ['newly-qualified', 'international', 'returner', 'other'] as const
/** Number of constant joiner kinds (international, returner, other): their per-cell stride. */
export const CONSTANT_KINDS = 3
/** The slot of each constant joiner kind (its inflow kind is the slot + 1). */
export const CONSTANT_KIND_SLOT = { international: 0, returner: 1, other: 2 } as const

/** The result series each inflow kind is counted in. */
export const JOINER_SERIES = [
  'joinersNewlyQualified',
  'joinersInternational',
  'joinersReturner',
  'joinersOther',
] as const satisfies readonly ProjectionSeriesName[]

/**
 * Number of per-cell coefficients the kernel packs for one block. They are stored by field
 * (`offset × block cells + cell`), so the WebAssembly cell update (`kernel-cells.wat`) reads each
 * as one stream, two cells at a time.
 */
export const CELL_STRIDE = 8
/** Offsets 0-2: monthly leaving probability by reason (competing risks). */
export const C_HAZARD = 0
/** FTE per head. */
export const C_FTE_PER_HEAD = 3
/** Share of the opening stock that neither leaves nor moves to another sector this month. */
export const C_STAYING = 4
/** Monthly share of stayers moving up to the next age band. */
export const C_AGEING = 5
/** Constant joiners per month still in post at the month's end. */
export const C_JOINERS_STAYING = 6
/** Constant joiners per month who leave before its end, per unit of hazard. */
export const C_JOINER_LOSS = 7

/** Index of each result series in the kernel's per-group accumulator (`slot × SERIES + index`). */
export const SERIES_INDEX = Object.fromEntries(PROJECTION_SERIES.map((name, i) => [name, i])) as {
  readonly [name in ProjectionSeriesName]: number
}
/** The accumulator index of each inflow kind's series (`JOINER_SERIES`). */
export const JOINER_SERIES_INDEX = Int8Array.from(JOINER_SERIES, (name) => SERIES_INDEX[name])
/** Number of result series: the stride of the kernel's per-group accumulator. */
export const SERIES = PROJECTION_SERIES.length
/**
 * Series 0 to STOCK_SERIES − 1 report the stock at a month's end (headcount, FTE, demand, gap,
 * shortfall and costs); the rest are the month's flows.
 */
export const STOCK_SERIES = SERIES_INDEX.leaversRetirement
