import type { PipelineRow } from '../input/projection-input'
import type { DimensionIndex } from '../internal/dimension-index'
import type { KernelState } from './month-kernels'

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

/**
 * Moves month t's completers of employment-based programmes from their source staff group (the
 * place's cells of it in every sector, in proportion to their closing stock) to the target group
 * in the closing stock (`st.next`), never more than the source cells hold, and
 * records them as moves out and in (they are transfers inside the workforce: nobody joins, nobody
 * leaves, nobody is counted twice). Runs after the month's flows, in the month-major loop only.
 *
 * @internal The one-kernel rewrite may fold it in; `training-transfers.test.ts` is its property.
 */
export function applyTrainingTransfers(
  st: KernelState,
  transfers: readonly CompiledTransfer[],
  t: number,
  keepAge: boolean,
): void {
  const ages = st.ages
  const row = t * st.groups
  for (const transfer of transfers) {
    const volume = transfer.perMonth[t]!
    if (!(volume > 0)) continue
    const sectors = transfer.sectors
    for (let i = 0; i < transfer.target.length; i++) {
      const to = transfer.target[i]!
      let available = 0
      for (let s = 0; s < sectors; s++) available += st.next[transfer.source[i * sectors + s]!]!
      const wanted = volume * transfer.weights[i]!
      if (!(available > 0) || !(wanted > 0)) continue
      const share = Math.min(1, wanted / available)
      const toPost = (to / ages) | 0
      const into = keepAge
        ? st.groupOfPost[toPost]! * ages + (to - toPost * ages)
        : st.groupOfPost[toPost]!
      for (let s = 0; s < sectors; s++) {
        const from = transfer.source[i * sectors + s]!
        const amount = st.next[from]! * share
        if (!(amount > 0)) continue
        st.next[from]! -= amount
        st.next[to]! += amount
        const fromPost = (from / ages) | 0
        const out = keepAge
          ? st.groupOfPost[fromPost]! * ages + (from - fromPost * ages)
          : st.groupOfPost[fromPost]!
        st.movesOut[row + out]! += amount
        st.movesIn[row + into]! += amount
      }
    }
  }
}
