import type { RecruitmentRow } from '../input/projection-input'
import { bySpecificity, type DimensionIndex, matchingPosts } from '../internal/dimension-index'
import { joinerLossPerHazard, type KernelState } from './month-kernels'

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

/**
 * Recruits into post q in month t: `min(cap, fill × max(0, demand_t − opening FTE) ÷ FTE per
 * head)` people, spread over its age bands, exposed to leaving like other joiners (those who
 * leave before the month's end are counted as leavers). Written into `next` and the result
 * series at `group` (the post's group; with age bands kept, `group + a` for band a).
 *
 * @internal Called by the month-major kernels only (the post-major loop is not used when there
 * is recruitment): correctness first, the one-kernel rewrite may fold it in.
 */
export function recruitToVacancies(
  st: KernelState,
  recruitment: CompiledRecruitment,
  q: number,
  t: number,
  openingFte: number,
  group: number,
  byAge: boolean,
): void {
  const fill = recruitment.fill[q]!
  if (!(fill > 0)) return
  const vacancy = st.demand[q * st.months + t]! - openingFte
  if (!(vacancy > 0)) return
  const fph = recruitment.ftePerHead[q]! > 0 ? recruitment.ftePerHead[q]! : 1
  const people = Math.min(recruitment.capPerMonth[q]!, (fill * vacancy) / fph)
  if (!(people > 0)) return
  const ages = st.ages
  const row = t * st.groups
  for (let a = 0; a < ages; a++) {
    const c = q * ages + a
    const amount = people * recruitment.weight[c]!
    if (amount === 0) continue
    const f = st.joinerStay[c]!
    st.next[c]! += amount * f
    const k = row + group + (byAge ? a : 0)
    st.otherJoiners[k]! += amount
    if (f < 1) {
      const h0 = st.hazard[c * 3]!
      const h1 = st.hazard[c * 3 + 1]!
      const h2 = st.hazard[c * 3 + 2]!
      const lost = joinerLossPerHazard(amount, f, h0, h1, h2)
      st.retirement[k]! += lost * h0
      st.voluntary[k]! += lost * h1
      st.otherLeavers[k]! += lost * h2
    }
  }
}
