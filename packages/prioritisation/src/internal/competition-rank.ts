/** Scores closer than this count as tied (all method scores lie within [−1, 1]). */
export const TIE_TOLERANCE = 1e-10

/**
 * Orders items by score (higher first), then lower cost, then id, and gives competition ranks
 * ("1224"): tied scores share the best rank and the next rank skips.
 *
 * @internal
 */
export function competitionRank(
  scores: readonly number[],
  costs: readonly number[],
  ids: readonly string[],
): { order: number[]; ranks: number[] } {
  const order = scores.map((_, index) => index)
  order.sort((a, b) =>
    (scores[b] as number) - (scores[a] as number) > TIE_TOLERANCE
      ? 1
      : (scores[a] as number) - (scores[b] as number) > TIE_TOLERANCE
        ? -1
        : (costs[a] as number) - (costs[b] as number) ||
          ((ids[a] as string) < (ids[b] as string)
            ? -1
            : (ids[a] as string) > (ids[b] as string)
              ? 1
              : 0),
  )
  const ranks = new Array<number>(scores.length).fill(0)
  let groupScore = Number.POSITIVE_INFINITY
  let groupRank = 0
  order.forEach((index, position) => {
    const score = scores[index] as number
    if (groupScore - score > TIE_TOLERANCE) {
      groupScore = score
      groupRank = position + 1
    }
    ranks[index] = groupRank
  })
  return { order, ranks }
}
