import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { NO_VALUE } from '../internal/guard'
import { checkFields, checkList, checkOptionFields } from '../internal/shape'

/** A unit and its numeric characteristics (headcount, sector mix, deprivation, population...). */
export interface CharacteristicsUnit {
  readonly unit: string
  readonly characteristics: Readonly<Record<string, number>>
}

/** Options of {@link nearestPeers}. */
export interface NearestPeersOptions {
  /** Characteristics to compare on, with weights; all of the first unit's, weighted 1, by default. */
  readonly weights?: Readonly<Record<string, number>>
  /** How many peers; 10 by default (Model Hospital's "top 10 peers"). */
  readonly k?: number
}

/** A peer and its weighted distance from the unit. */
export interface NearestPeer {
  readonly unit: string
  readonly distance: number
}

/**
 * The k nearest peers of a unit on standardised characteristics: each characteristic is turned
 * into a z-score across all units, `(x − mean) / sd` (sample sd), and peers ranked by the
 * weighted Euclidean distance `√(Σ wⱼ (zᵢⱼ − zₖⱼ)²)`. This is the nearest-neighbour approach of
 * NHS England's Model Hospital "recommended peers" (top 10 by similarity) and of CIPFA's nearest
 * neighbours model for local authorities.
 *
 * A characteristic with no spread (sd 0) cannot tell units apart and contributes nothing (a
 * warning says so).
 *
 * @example
 * ```ts
 * import { nearestPeers } from '@oneworkforce/benchmarking'
 *
 * const peers = nearestPeers(
 *   [
 *     { unit: 'A', characteristics: { headcount: 9000, agencyShare: 0.05 } },
 *     { unit: 'B', characteristics: { headcount: 8500, agencyShare: 0.06 } },
 *     { unit: 'C', characteristics: { headcount: 2000, agencyShare: 0.02 } },
 *   ],
 *   'A',
 *   { k: 1 },
 * )
 * peers[0]?.unit // 'B'
 * ```
 */
export function nearestPeers(
  units: readonly CharacteristicsUnit[],
  of: string,
  options: NearestPeersOptions = {},
): NearestPeer[] {
  return unwrapResult(safeNearestPeers(units, of, options))
}

/**
 * {@link nearestPeers} returning a `Result`: errors for an unknown unit, a missing or non-finite
 * characteristic, negative weights or k below 1.
 *
 * @example
 * ```ts
 * import { safeNearestPeers } from '@oneworkforce/benchmarking'
 *
 * safeNearestPeers([], 'A').success // false
 * ```
 */
export function safeNearestPeers(
  units: readonly CharacteristicsUnit[],
  of: string,
  options: NearestPeersOptions = {},
): Result<NearestPeer[]> {
  const shape = [
    ...checkList(units, 'units', { unit: 'text', characteristics: 'number-record' }),
    ...checkFields({ of }, [], { of: 'text' }),
    ...checkOptionFields(options, { k: '?number', weights: '?number-record' }),
  ]
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const issues: Issue[] = []
  const self = units.findIndex((unit) => unit.unit === of)
  if (self < 0) issues.push(issue('unknown_code', `unit ${of} is not among the units`, ['of']))
  const k = options.k ?? 10
  if (!(Number.isInteger(k) && k >= 1))
    issues.push(
      issue('out_of_range', `k must be a whole number of at least 1, received ${k}`, ['k']),
    )
  const weights =
    options.weights ??
    Object.fromEntries(
      Object.keys(units[Math.max(0, self)]?.characteristics ?? {}).map((name) => [name, 1]),
    )
  const names = Object.keys(weights)
  for (const name of names) {
    const weight = weights[name] as number
    if (!(Number.isFinite(weight) && weight >= 0))
      issues.push(
        issue('out_of_range', `weight of ${name} must be 0 or more, received ${weight}`, [
          'weights',
          name,
        ]),
      )
  }
  units.forEach((unit, index) => {
    for (const name of names) {
      const value = unit.characteristics[name]
      if (value === undefined || !Number.isFinite(value)) {
        issues.push(
          issue(
            'invalid_value',
            `unit ${unit.unit}: characteristic ${name} must be a finite number, received ${String(value)}`,
            ['units', index, 'characteristics', name],
            { row: index, column: name },
          ),
        )
      }
    }
  })
  if (issues.length > 0) return resultFrom([], issues, 'invalid_argument')
  const n = units.length
  const distance2 = new Float64Array(n)
  for (const name of names) {
    const weight = weights[name] as number
    let mean = 0
    for (const unit of units) mean += unit.characteristics[name] as number
    mean /= n
    let ss = 0
    for (const unit of units) ss += ((unit.characteristics[name] as number) - mean) ** 2
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0
    if (!(sd > 0)) {
      issues.push(
        issue(
          'insufficient_data',
          `characteristic ${name} is the same for every unit and cannot separate peers`,
          ['weights', name],
          { severity: 'warning' },
        ),
      )
      continue
    }
    const own = (units[self] as CharacteristicsUnit).characteristics[name] as number
    for (let i = 0; i < n; i += 1) {
      const diff = ((units[i] as CharacteristicsUnit).characteristics[name] as number) - own
      distance2[i] = (distance2[i] as number) + weight * (diff / sd) ** 2
    }
  }
  const peers: NearestPeer[] = []
  for (let i = 0; i < n; i += 1) {
    if (i !== self)
      peers.push({
        unit: (units[i] as CharacteristicsUnit).unit,
        distance: Math.sqrt(distance2[i] as number),
      })
  }
  peers.sort((a, b) => a.distance - b.distance || a.unit.localeCompare(b.unit))
  return resultFrom(peers.slice(0, k), issues)
}
