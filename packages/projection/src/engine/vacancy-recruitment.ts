import type { RecruitmentRow } from '../input/projection-input'
import { bySpecificity, type DimensionIndex, matchingPosts } from '../internal/dimension-index'

/** Recruitment responding to vacancies, compiled per post (empty arrays when there is none). */
export interface CompiledRecruitment {
  /** Share of the opening vacancy FTE recruited per month, per post (0: fixed joiners only). */
  readonly fill: Float64Array
  /** Labour-market limit: headcount a month per post. */
  readonly capPerMonth: Float64Array
  /** Share of a post's recruits going to each of its age bands (per cell; sums to 1 per post). */
  readonly weight: Float64Array
  /** FTE per head of a post's recruits (their age mix × FTE per head), per post. */
  readonly ftePerHead: Float64Array
}

/**
 * Compiles the recruitment rows: the most specific row wins for a post; recruits are spread
 * over the post's age bands by starting headcount (evenly when it has none).
 *
 * @internal
 */
export function compileRecruitment(
  index: DimensionIndex,
  rows: readonly RecruitmentRow[],
  startHeadcount: Float64Array,
  ftePerHead: Float64Array,
): CompiledRecruitment {
  if (rows.length === 0)
    return {
      fill: new Float64Array(0),
      capPerMonth: new Float64Array(0),
      weight: new Float64Array(0),
      ftePerHead: new Float64Array(0),
    }
  const posts = index.postCount
  const ages = index.ageBandCount
  const fill = new Float64Array(posts)
  const capPerMonth = new Float64Array(posts)
  const profileOf: (RecruitmentRow['ageShares'] | undefined)[] = new Array(posts)
  for (const row of bySpecificity(rows))
    for (const post of matchingPosts(index, row)) {
      fill[post] = Math.min(1, Math.max(0, row.vacancyFillPerMonth))
      capPerMonth[post] = row.maxHeadcountPerYear / 12
      profileOf[post] = row.ageShares
    }
  const weight = new Float64Array(posts * ages)
  const recruitFte = new Float64Array(posts)
  for (let q = 0; q < posts; q++) {
    // The row's age mix (bands the projection has, normalised), else the starting stock's.
    const profile = new Float64Array(ages)
    for (const each of profileOf[q] ?? []) {
      const a = index.ageBand.get(each.ageBand)
      if (a !== undefined) profile[a]! += each.share
    }
    let profileTotal = 0
    for (let a = 0; a < ages; a++) profileTotal += profile[a]!
    let total = 0
    for (let a = 0; a < ages; a++) total += startHeadcount[q * ages + a]!
    for (let a = 0; a < ages; a++) {
      const c = q * ages + a
      weight[c] =
        profileTotal > 0
          ? profile[a]! / profileTotal
          : total > 0
            ? startHeadcount[c]! / total
            : 1 / ages
      recruitFte[q]! += weight[c]! * ftePerHead[c]!
    }
  }
  return { fill, capPerMonth, weight, ftePerHead: recruitFte }
}
