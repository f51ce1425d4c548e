import type { Dataset } from '@oneworkforce/schemas'
import type { JoinerRow, PipelineRow } from '../input/projection-input'

/**
 * The stated default age mix of newly qualified staff where the flows carry no age bands: young
 * but not all school leavers (an assumption: about half of UK nursing students start over 21, so
 * a fifth qualify after 30).
 */
const DEFAULT_NEWLY_QUALIFIED: readonly (readonly [string, number])[] = [
  ['under-25', 0.45],
  ['25-29', 0.33],
  ['30-34', 0.12],
  ['35-39', 0.06],
  ['40-44', 0.04],
]

/**
 * The stated default age mix of other joiners (recruits, returners, international): younger than
 * the stock, skewed to the late twenties and thirties (an assumption).
 */
const DEFAULT_OTHER: readonly (readonly [string, number])[] = [
  ['under-25', 0.14],
  ['25-29', 0.22],
  ['30-34', 0.19],
  ['35-39', 0.14],
  ['40-44', 0.11],
  ['45-49', 0.08],
  ['50-54', 0.06],
  ['55-59', 0.04],
  ['60-64', 0.02],
]

/** Age mix of joiners per staff group: band → share (sums to 1), for newly qualified and others. */
export interface JoinerAgeProfiles {
  readonly newlyQualified: Map<string, ReadonlyMap<string, number>>
  readonly other: Map<string, ReadonlyMap<string, number>>
}

/**
 * The age mix of joiners by staff group from every joiner flow of the system's organisations
 * that has an age band (newly qualified apart from the rest; moves in between organisations
 * left out). Groups without such flows take the stated young-skewed defaults (newly qualified:
 * 45% under 25, 33% 25-29, 12% 30-34, 6% 35-39, 4% 40-44; other joiners: 14% under 25 falling
 * to 2% at 60-64), restricted to the projection's bands and normalised.
 *
 * @internal Used by `projectionInputFromDataset`.
 */
export function joinerAgeProfiles(
  dataset: Dataset,
  organisations: ReadonlySet<string>,
  bands: readonly string[],
  groups: Iterable<string>,
): JoinerAgeProfiles {
  const counts = {
    newlyQualified: new Map<string, Map<string, number>>(),
    other: new Map<string, Map<string, number>>(),
  }
  const known = new Set(bands)
  for (const row of dataset.flows) {
    if (row.direction !== 'joiner' || row.ageBand === undefined || !known.has(row.ageBand)) continue
    if (row.reason === 'other-organisation' || !organisations.has(row.organisation)) continue
    const target = row.reason === 'newly-qualified' ? counts.newlyQualified : counts.other
    const byBand = target.get(row.staffGroup) ?? new Map<string, number>()
    target.set(row.staffGroup, byBand)
    byBand.set(row.ageBand, (byBand.get(row.ageBand) ?? 0) + row.headcount)
  }
  const shares = (
    map: Map<string, Map<string, number>>,
  ): Map<string, ReadonlyMap<string, number>> =>
    new Map(
      [...map].flatMap(([group, byBand]) => {
        const total = [...byBand.values()].reduce((a, b) => a + b, 0)
        return total > 0
          ? [[group, new Map([...byBand].map(([band, n]) => [band, n / total]))] as const]
          : []
      }),
    )
  const withDefault = (
    observed: Map<string, ReadonlyMap<string, number>>,
    fallback: readonly (readonly [string, number])[],
  ) => {
    const usable = fallback.filter(([band]) => known.has(band))
    const total = usable.reduce((sum, [, share]) => sum + share, 0)
    const profile = new Map(usable.map(([band, share]) => [band, share / total]))
    for (const group of groups) if (!observed.has(group) && total > 0) observed.set(group, profile)
    return observed
  }
  return {
    newlyQualified: withDefault(shares(counts.newlyQualified), DEFAULT_NEWLY_QUALIFIED),
    other: withDefault(shares(counts.other), DEFAULT_OTHER),
  }
}

/** Splits joiner rows over age bands by their staff group's profile (rows without one stay). @internal */
export function joinersByAge<T extends JoinerRow | Omit<JoinerRow, 'fromMonth' | 'toMonth'>>(
  rows: readonly T[],
  profiles: ReadonlyMap<string, ReadonlyMap<string, number>>,
): T[] {
  return rows.flatMap((row) => {
    const profile = profiles.get(row.staffGroup)
    if (!profile || row.ageBand !== undefined || row.headcountPerYear === undefined) return [row]
    return [...profile].map(([ageBand, share]) => ({
      ...row,
      ageBand,
      headcountPerYear: row.headcountPerYear! * share,
    }))
  })
}

/**
 * Splits pipeline rows over age bands by their staff group's newly qualified profile: one row per
 * band with the intake (and any absolute intake change) times the band's share, so training
 * levers, which act per programme in proportion to base intake, still act on the whole programme.
 * @internal
 */
export function pipelinesByAge<T extends Omit<PipelineRow, 'intakeChanges' | 'ageBand'>>(
  rows: readonly (T & {
    readonly ageBand?: string
    readonly intakeChanges?: PipelineRow['intakeChanges']
  })[],
  profiles: ReadonlyMap<string, ReadonlyMap<string, number>>,
): (T & { ageBand?: string; intakeChanges?: PipelineRow['intakeChanges'] })[] {
  return rows.flatMap((row) => {
    const profile = profiles.get(row.staffGroup)
    if (!profile || row.ageBand !== undefined) return [row]
    return [...profile].map(([ageBand, share]) => ({
      ...row,
      ageBand,
      annualIntake: row.annualIntake * share,
      intakeChanges: (row.intakeChanges ?? []).map((change) =>
        change.annualIntake !== undefined
          ? { ...change, annualIntake: change.annualIntake * share }
          : change,
      ),
    }))
  })
}
