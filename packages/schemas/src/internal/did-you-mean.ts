/** Edit distance (insertions, deletions, substitutions) between two short texts, or more than `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] as number
}

/**
 * The known code closest to `value` (ignoring case), when it is close enough to be a likely
 * typo (at most a third of its length, and at most 3 edits), else `undefined`. Used for "did you
 * mean" hints on unknown codes; large code lists are not searched (the hint is a courtesy).
 */
export function closestCode(
  value: string,
  known: Iterable<string>,
  maxKnown = 5_000,
): string | undefined {
  const wanted = value.toLowerCase()
  const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)))
  let best: string | undefined
  let bestDistance = limit + 1
  let seen = 0
  for (const code of known) {
    seen += 1
    if (seen > maxKnown) return undefined
    const found = distance(wanted, code.toLowerCase(), limit)
    if (found < bestDistance) {
      best = code
      bestDistance = found
    }
  }
  return best
}
