/**
 * Makes a sorter for `m` items that orders `order` (indices into `scores`) so higher scores come
 * first, exact ties broken by lower `tieOrder`. A bucket sort (m buckets over the sample's
 * score range) followed by an insertion pass that orders items within each bucket: linear time
 * for spread-out scores, and about twice as fast as a quicksort for the hundreds of thousands of
 * small sorts SMAA makes. Bucketing by ⌊(s − min)·scale⌋ is monotone in s, so the insertion pass
 * only moves items within their bucket and the result is exact.
 *
 * @internal
 */
export function createScoreSorter(
  m: number,
): (order: Int32Array, scores: Float64Array, tieOrder: Int32Array) => void {
  const bucketCount = Math.max(1, m)
  const starts = new Int32Array(bucketCount + 1)
  const bucketOf = new Int32Array(m)
  return (order, scores, tieOrder) => {
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (let i = 0; i < m; i += 1) {
      const s = scores[i] as number
      if (s < min) min = s
      if (s > max) max = s
    }
    starts.fill(0)
    const scale = max > min ? (bucketCount - 1) / (max - min) : 0
    for (let i = 0; i < m; i += 1) {
      // Truncation (| 0) equals floor here: the product is in [0, bucketCount − 1].
      const bucket = bucketCount - 1 - ((((scores[i] as number) - min) * scale) | 0)
      bucketOf[i] = bucket
      starts[bucket + 1] = (starts[bucket + 1] as number) + 1
    }
    for (let b = 0; b < bucketCount; b += 1)
      starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number)
    for (let i = 0; i < m; i += 1) {
      const bucket = bucketOf[i] as number
      order[starts[bucket] as number] = i
      starts[bucket] = (starts[bucket] as number) + 1
    }
    for (let p = 1; p < m; p += 1) {
      const x = order[p] as number
      const sx = scores[x] as number
      const tx = tieOrder[x] as number
      let q = p - 1
      while (q >= 0) {
        const y = order[q] as number
        const sy = scores[y] as number
        if (!(sx > sy || (sx === sy && tx < (tieOrder[y] as number)))) break
        order[q + 1] = y
        q -= 1
      }
      order[q + 1] = x
    }
  }
}
