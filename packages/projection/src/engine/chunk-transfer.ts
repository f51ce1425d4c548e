/**
 * How a projection worker sends its chunks' sums to the main thread: packed in one buffer, which
 * piscina moves instead of copying.
 */
import type { ChunkResult } from './kernel'
import { SERIES } from './layout'

/**
 * A task's chunk results in one buffer, so a worker moves it to the main thread (no copy):
 * `[chunks, then per chunk: groups, size, its groups, start headcount, start FTE, series]`.
 *
 * @internal
 */
export function packChunks(results: readonly ChunkResult[]): Float64Array {
  let length = 1
  for (const each of results)
    length += 2 + each.groups.length + 2 * each.startHeadcount.length + each.series.length
  const packed = new Float64Array(length)
  let at = 0
  packed[at++] = results.length
  for (const each of results) {
    packed[at++] = each.groups.length
    packed[at++] = each.startHeadcount.length
    for (const array of [each.groups, each.startHeadcount, each.startFte, each.series]) {
      packed.set(array, at)
      at += array.length
    }
  }
  return packed
}

/** The chunk results of `packChunks` (views on the buffer; `months` fixes each series' length). @internal */
export function unpackChunks(packed: Float64Array, months: number): ChunkResult[] {
  const results: ChunkResult[] = []
  let at = 1
  for (let chunk = 0; chunk < packed[0]!; chunk++) {
    const groupCount = packed[at++]!
    const size = packed[at++]!
    const take = (count: number) => {
      const view = packed.subarray(at, at + count)
      at += count
      return view
    }
    const groups = Int32Array.from(take(groupCount))
    const startHeadcount = take(size)
    const startFte = take(size)
    results.push({ groups, startHeadcount, startFte, series: take(SERIES * months * size) })
  }
  return results
}
