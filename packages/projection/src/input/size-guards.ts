import { type Issue, issue } from '@oneworkforce/schemas'

/**
 * The largest projection one call compiles. A cell is place × sector × staff group × age band;
 * a cell-month is one cell in one projected month. England (42 ICSs, about 630,000 cells over
 * 180 months, 113 million cell-months) fits with room to spare; past these limits the dense
 * arrays would need gigabytes, so the input is refused before anything is allocated.
 *
 * @example
 * ```ts
 * import { PROJECTION_SIZE_LIMITS } from '@oneworkforce/projection'
 *
 * PROJECTION_SIZE_LIMITS.cells // 2000000
 * ```
 */
export const PROJECTION_SIZE_LIMITS = {
  /** Cells (place × sector × staff group × age band) in one projection. */
  cells: 2_000_000,
  /** Cells × projected months in one projection. */
  cellMonths: 400_000_000,
} as const

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 1)

/**
 * Refuses an input whose dimensions would exceed {@link PROJECTION_SIZE_LIMITS}, read from the
 * raw value before schema validation so a huge input costs nothing. Anything malformed is left
 * to the schema, which reports it.
 */
export function sizeIssues(input: unknown): Issue[] {
  if (typeof input !== 'object' || input === null) return []
  const { dimensions, horizonMonths } = input as { dimensions?: unknown; horizonMonths?: unknown }
  if (typeof dimensions !== 'object' || dimensions === null) return []
  const { places, sectors, staffGroups, ageBands } = dimensions as Record<string, unknown>
  const cells = lengthOf(places) * lengthOf(sectors) * lengthOf(staffGroups) * lengthOf(ageBands)
  if (cells > PROJECTION_SIZE_LIMITS.cells) {
    return [
      issue(
        'too_large',
        `the dimensions make ${cells.toLocaleString('en-GB')} cells (places × sectors × staff groups × age bands); one projection takes at most ${PROJECTION_SIZE_LIMITS.cells.toLocaleString('en-GB')}: split it, e.g. one projection per ICS`,
        ['dimensions'],
      ),
    ]
  }
  const months =
    typeof horizonMonths === 'number' && Number.isFinite(horizonMonths) ? horizonMonths : 0
  if (cells * months > PROJECTION_SIZE_LIMITS.cellMonths) {
    return [
      issue(
        'too_large',
        `${cells.toLocaleString('en-GB')} cells over ${months} months make ${(cells * months).toLocaleString('en-GB')} cell-months; one projection takes at most ${PROJECTION_SIZE_LIMITS.cellMonths.toLocaleString('en-GB')}: shorten the horizon or split the projection`,
        ['horizonMonths'],
      ),
    ]
  }
  return []
}
