import type { PipelineRow } from '../input/projection-input'
import type { DimensionIndex } from '../internal/dimension-index'

/**
 * Employment-based training compiled to cell pairs: completers move to `target[i]` from the
 * cells of the programme's `fromStaffGroup` in the same place and age band, every sector
 * (`source[i × sectors .. (i + 1) × sectors]`, e.g. GP trainees from hospital resident doctors),
 * in proportion to what each holds; `perMonth[t] × weight[i]` people in month t.
 */
export interface CompiledTransfer {
  /** `sectors` candidate source cells per pair. */
  readonly source: Int32Array
  readonly sectors: number
  readonly target: Int32Array
  readonly weights: Float64Array
  readonly perMonth: Float64Array
}

/**
 * Pairs each target cell of an employment-based programme with the cell of its source staff
 * group in the same place, sector and age band. @internal
 */
export function transferPairs(
  index: DimensionIndex,
  row: PipelineRow,
  targetCells: readonly number[],
): { source: Int32Array; target: Int32Array; sectors: number } {
  const from = index.staffGroup.get(row.fromStaffGroup ?? '')
  const to = index.staffGroup.get(row.staffGroup)
  const sectors = index.sectorCount
  const source: number[] = []
  const target: number[] = []
  if (from === undefined || to === undefined)
    return { source: Int32Array.from(source), target: Int32Array.from(target), sectors }
  for (const cell of targetCells) {
    const post = Math.floor(cell / index.ageBandCount)
    const age = cell - post * index.ageBandCount
    const place = Math.floor(post / (sectors * index.staffGroupCount))
    for (let s = 0; s < sectors; s++) {
      const sourcePost = (place * sectors + s) * index.staffGroupCount + from
      source.push(sourcePost * index.ageBandCount + age)
    }
    target.push(cell)
  }
  return { source: Int32Array.from(source), target: Int32Array.from(target), sectors }
}
