import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'

/** A unit with the attributes peer groups are formed on (sector, ICS, region, size band...). */
export interface PeerUnit {
  readonly unit: string
  readonly attributes: Readonly<Record<string, string | number>>
}

/** One peer group: the attribute values that define it and its members. */
export interface PeerGroup {
  /** The attribute values shared by the group, e.g. `{ sector: 'acute', region: 'London' }`. */
  readonly key: Readonly<Record<string, string | number>>
  readonly units: readonly string[]
}

/**
 * The size band a value falls in, given ascending break points: band 0 is below the first
 * break, band k is from break k − 1 up to (not including) break k, the last band is at or above
 * the last break. Labels, when given, name the bands (one more label than breaks).
 *
 * @example
 * ```ts
 * import { sizeBand } from '@oneworkforce/benchmarking'
 *
 * sizeBand(4200, [1000, 5000, 10000], ['small', 'medium', 'large', 'very large']) // 'medium'
 * ```
 */
export function sizeBand(
  value: number,
  breaks: readonly number[],
  labels?: readonly string[],
): string {
  let band = 0
  while (band < breaks.length && value >= (breaks[band] as number)) band += 1
  return labels?.[band] ?? String(band)
}

/**
 * Groups units into peer groups by the values of the named attributes (e.g. same sector and
 * region, or same ICS and size band), as NHS benchmarking groups trusts by type and size.
 *
 * @example
 * ```ts
 * import { peerGroups } from '@oneworkforce/benchmarking'
 *
 * peerGroups(
 *   [
 *     { unit: 'RJ1', attributes: { sector: 'acute', region: 'London' } },
 *     { unit: 'RJZ', attributes: { sector: 'acute', region: 'London' } },
 *     { unit: 'RV5', attributes: { sector: 'mental-health', region: 'London' } },
 *   ],
 *   ['sector', 'region'],
 * ) // two groups: acute London (RJ1, RJZ) and mental-health London (RV5)
 * ```
 */
export function peerGroups(units: readonly PeerUnit[], attributes: readonly string[]): PeerGroup[] {
  return unwrapResult(safePeerGroups(units, attributes))
}

/**
 * {@link peerGroups} returning a `Result`: a unit missing one of the attributes is an error
 * naming the unit and attribute.
 *
 * @example
 * ```ts
 * import { safePeerGroups } from '@oneworkforce/benchmarking'
 *
 * safePeerGroups([{ unit: 'A', attributes: {} }], ['sector']).success // false
 * ```
 */
export function safePeerGroups(
  units: readonly PeerUnit[],
  attributes: readonly string[],
): Result<PeerGroup[]> {
  const issues: Issue[] = []
  if (attributes.length === 0)
    issues.push(
      issue('empty_input', 'name at least one attribute to group peers by', ['attributes']),
    )
  const groups = new Map<string, { key: Record<string, string | number>; units: string[] }>()
  units.forEach((unit, index) => {
    const key: Record<string, string | number> = {}
    for (const attribute of attributes) {
      const value = unit.attributes[attribute]
      if (value === undefined) {
        issues.push(
          issue(
            'required',
            `unit ${unit.unit} has no ${attribute}`,
            ['units', index, 'attributes', attribute],
            { row: index, column: attribute },
          ),
        )
      } else key[attribute] = value
    }
    const id = JSON.stringify(attributes.map((attribute) => key[attribute]))
    const group = groups.get(id) ?? { key, units: [] }
    group.units.push(unit.unit)
    groups.set(id, group)
  })
  return resultFrom([...groups.values()], issues, 'invalid_argument')
}
