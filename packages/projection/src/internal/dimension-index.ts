import { defaultTaxonomy, monthsBetween, type Taxonomy } from '@oneworkforce/schemas'
import type { ProjectionInput } from '../input/projection-input'

/** The code used for the single age band of a projection without age bands. */
export const ALL_AGES = 'all'

/** Code → index maps and sizes of a projection's dimensions; cells are place-major, age-minor. */
export interface DimensionIndex {
  readonly taxonomy: Taxonomy
  readonly places: readonly string[]
  readonly sectors: readonly string[]
  readonly staffGroups: readonly string[]
  readonly ageBands: readonly string[]
  readonly hasAgeBands: boolean
  readonly place: ReadonlyMap<string, number>
  readonly sector: ReadonlyMap<string, number>
  readonly staffGroup: ReadonlyMap<string, number>
  readonly ageBand: ReadonlyMap<string, number>
  readonly placeCount: number
  readonly sectorCount: number
  readonly staffGroupCount: number
  readonly ageBandCount: number
  readonly postCount: number
  readonly cellCount: number
}

function indexOf(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((code, index) => [code, index]))
}

/** Builds the index of a validated input's dimensions. */
export function dimensionIndex(input: ProjectionInput): DimensionIndex {
  const { places, sectors, staffGroups } = input.dimensions
  const ageBands = input.dimensions.ageBands ?? [ALL_AGES]
  const postCount = places.length * sectors.length * staffGroups.length
  return {
    taxonomy: input.taxonomy ?? defaultTaxonomy,
    places,
    sectors,
    staffGroups,
    ageBands,
    hasAgeBands: input.dimensions.ageBands !== undefined,
    place: indexOf(places),
    sector: indexOf(sectors),
    staffGroup: indexOf(staffGroups),
    ageBand: indexOf(ageBands),
    placeCount: places.length,
    sectorCount: sectors.length,
    staffGroupCount: staffGroups.length,
    ageBandCount: ageBands.length,
    postCount,
    cellCount: postCount * ageBands.length,
  }
}

/** Optional codes narrowing a row to some cells. */
export interface CellFilter {
  readonly place?: string | undefined
  readonly sector?: string | undefined
  readonly staffGroup?: string | undefined
  readonly ageBand?: string | undefined
}

function range(map: ReadonlyMap<string, number>, count: number, code: string | undefined) {
  if (code === undefined) return [0, count] as const
  const index = map.get(code)
  if (index === undefined) return [0, 0] as const
  return [index, index + 1] as const
}

/** The post indices (place × sector × staff group) a filter matches, in ascending order. */
export function matchingPosts(index: DimensionIndex, filter: CellFilter): number[] {
  const [p0, p1] = range(index.place, index.placeCount, filter.place)
  const [s0, s1] = range(index.sector, index.sectorCount, filter.sector)
  const [g0, g1] = range(index.staffGroup, index.staffGroupCount, filter.staffGroup)
  const posts: number[] = []
  for (let p = p0; p < p1; p++)
    for (let s = s0; s < s1; s++)
      for (let g = g0; g < g1; g++)
        posts.push((p * index.sectorCount + s) * index.staffGroupCount + g)
  return posts
}

/** The cell indices a filter matches (posts × age bands), in ascending order. */
export function matchingCells(index: DimensionIndex, filter: CellFilter): number[] {
  const [a0, a1] = range(index.ageBand, index.ageBandCount, filter.ageBand)
  const cells: number[] = []
  for (const post of matchingPosts(index, filter))
    for (let a = a0; a < a1; a++) cells.push(post * index.ageBandCount + a)
  return cells
}

/** `matchingCells` as a typed array, filled without a growing list (national tables match 25,000+ cells). */
export function matchingCellArray(index: DimensionIndex, filter: CellFilter): Int32Array {
  const [p0, p1] = range(index.place, index.placeCount, filter.place)
  const [s0, s1] = range(index.sector, index.sectorCount, filter.sector)
  const [g0, g1] = range(index.staffGroup, index.staffGroupCount, filter.staffGroup)
  const [a0, a1] = range(index.ageBand, index.ageBandCount, filter.ageBand)
  const cells = new Int32Array((p1 - p0) * (s1 - s0) * (g1 - g0) * (a1 - a0))
  let n = 0
  for (let p = p0; p < p1; p++)
    for (let s = s0; s < s1; s++)
      for (let g = g0; g < g1; g++) {
        const first = ((p * index.sectorCount + s) * index.staffGroupCount + g) * index.ageBandCount
        for (let a = a0; a < a1; a++) cells[n++] = first + a
      }
  return cells
}

/** How many filter fields a row gives: more specific rows override less specific ones. */
export function specificity(filter: CellFilter): number {
  return (
    Number(filter.place !== undefined) +
    Number(filter.sector !== undefined) +
    Number(filter.staffGroup !== undefined) +
    Number(filter.ageBand !== undefined)
  )
}

/** Rows ordered least specific first (stable), so applying them in order lets the most specific win. */
export function bySpecificity<T extends CellFilter>(rows: readonly T[]): readonly T[] {
  // Already in order (often: every row equally specific), nothing to sort.
  let ordered = true
  for (let i = 1; i < rows.length && ordered; i++)
    ordered = specificity(rows[i - 1]!) <= specificity(rows[i]!)
  if (ordered) return rows
  return rows
    .map((row, order) => ({ row, order, rank: specificity(row) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((entry) => entry.row)
}

/** Index of a month relative to the start month (may be negative or beyond the horizon). */
export function monthOffset(start: string, month: string): number {
  return monthsBetween(start, month)
}
