import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { describe, NO_VALUE } from '../internal/guard'
import { checkFields, checkList } from '../internal/shape'

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
 * the last break. Labels, when given, name the bands (one more label than breaks). Throws a
 * `OneWorkforceError` for a value that is not a finite number (NaN has no band), breaks that
 * are not ascending finite numbers, or the wrong number of labels; {@link safeSizeBand} returns
 * the issues instead.
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
  return unwrapResult(safeSizeBand(value, breaks, labels))
}

/**
 * {@link sizeBand} returning a `Result`, for any input: issues for a value that is not a finite
 * number, breaks that are not ascending finite numbers, and labels that are not one more than
 * the breaks.
 *
 * @example
 * ```ts
 * import { safeSizeBand } from '@oneworkforce/benchmarking'
 *
 * safeSizeBand(Number.NaN, [1000, 5000]).success // false: NaN has no size band
 * ```
 */
export function safeSizeBand(
  value: number,
  breaks: readonly number[],
  labels?: readonly string[],
): Result<string> {
  const issues: Issue[] = []
  if (typeof value !== 'number' || !Number.isFinite(value))
    issues.push(
      issue(
        'invalid_value',
        `the value must be a finite number to have a size band, received ${describe(value)}`,
        ['value'],
      ),
    )
  if (
    !Array.isArray(breaks) ||
    !breaks.every(
      (each, k) =>
        typeof each === 'number' &&
        Number.isFinite(each) &&
        (k === 0 || each > (breaks[k - 1] as number)),
    )
  )
    issues.push(
      issue(
        'invalid_value',
        `breaks must be ascending finite numbers, received ${describe(breaks)}`,
        ['breaks'],
      ),
    )
  else if (
    labels !== undefined &&
    !(
      Array.isArray(labels) &&
      labels.length === breaks.length + 1 &&
      labels.every((each) => typeof each === 'string')
    )
  )
    issues.push(
      issue(
        'invalid_value',
        `labels must be ${breaks.length + 1} texts (one more than the breaks), received ${describe(labels)}`,
        ['labels'],
      ),
    )
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  let band = 0
  while (band < breaks.length && value >= (breaks[band] as number)) band += 1
  return resultFrom(labels?.[band] ?? String(band), [])
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
  const shape = [
    ...checkList(units, 'units', { unit: 'text', attributes: 'value-record' }),
    ...checkFields({ attributes }, [], { attributes: 'texts' }),
  ]
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues: Issue[] = []
  if (attributes.length === 0)
    issues.push(
      issue('empty_input', 'name at least one attribute to group peers by', ['attributes']),
    )
  const groups = new Map<string, { key: Record<string, string | number>; units: string[] }>()
  units.forEach((unit, index) => {
    // Attribute names come from the input: defined, not assigned, so `__proto__` is a plain key.
    const key: Record<string, string | number> = {}
    for (const attribute of attributes) {
      const value = Object.hasOwn(unit.attributes, attribute)
        ? unit.attributes[attribute]
        : undefined
      if (value === undefined) {
        issues.push(
          issue(
            'required',
            `unit ${unit.unit} has no ${attribute}`,
            ['units', index, 'attributes', attribute],
            { row: index, column: attribute },
          ),
        )
      } else
        Object.defineProperty(key, attribute, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
    }
    const id = JSON.stringify(attributes.map((attribute) => key[attribute]))
    const group = groups.get(id) ?? { key, units: [] }
    group.units.push(unit.unit)
    groups.set(id, group)
  })
  return resultFrom([...groups.values()], issues, 'invalid_argument')
}
