import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { describe, isRecord, NO_VALUE } from '../internal/guard'
import {
  type FunnelPlot,
  type FunnelPlotOptions,
  type FunnelUnitInput,
  safeFunnelPlot,
} from './funnel-plot'

/** A funnel unit with the peer group it is compared within. */
export interface PeerGroupedUnit extends FunnelUnitInput {
  /** The like-for-like group: NHS Digital's cluster group when known, else the sector. */
  readonly peerGroup: string
}

/** Options of {@link peerGroupFunnels}: a funnel's options plus the smallest group plotted. */
export interface PeerGroupFunnelOptions extends FunnelPlotOptions {
  /** Groups with fewer units are not plotted (reported in `skipped`); 3 by default. */
  readonly minimumUnits?: number
}

/** One peer group's funnel plot. */
export interface PeerGroupFunnel {
  readonly peerGroup: string
  readonly plot: FunnelPlot
}

/** Funnels per peer group and the groups too small to plot. */
export interface PeerGroupFunnels {
  readonly funnels: readonly PeerGroupFunnel[]
  readonly skipped: readonly { readonly peerGroup: string; readonly units: number }[]
}

/**
 * The peer group of an organisation for like-for-like comparison: its `clusterGroup` (NHS
 * Digital's `Cluster Group`, which the HCHS ingest fills: e.g. "Acute", "Mental Health",
 * "Ambulance", "Community") when the organisation has one, otherwise its sector.
 *
 * @example
 * ```ts
 * import { peerGroupOf } from '@oneworkforce/benchmarking'
 *
 * peerGroupOf({ sector: 'acute' }) // 'acute'
 * peerGroupOf({ sector: 'mental-health', clusterGroup: 'Mental Health' }) // 'Mental Health'
 * ```
 */
export function peerGroupOf(organisation: {
  readonly sector: string
  readonly clusterGroup?: string | undefined
}): string {
  const cluster = organisation.clusterGroup
  return typeof cluster === 'string' && cluster.length > 0 ? cluster : organisation.sector
}

/**
 * Like-for-like funnel plots: one {@link funnelPlot} per peer group, each with its own pooled
 * target and overdispersion, so a mental-health trust is judged against mental-health trusts
 * rather than against acute trusts (pooling every sector mostly shows how sectors differ).
 * Groups in first-seen order; groups with fewer than `minimumUnits` units are skipped with a
 * warning.
 *
 * @example
 * ```ts
 * import { peerGroupFunnels } from '@oneworkforce/benchmarking'
 *
 * const { funnels } = peerGroupFunnels(
 *   [
 *     { unit: 'A', peerGroup: 'acute', numerator: 120, denominator: 1000 },
 *     { unit: 'B', peerGroup: 'acute', numerator: 90, denominator: 900 },
 *     { unit: 'C', peerGroup: 'acute', numerator: 150, denominator: 1100 },
 *   ],
 *   { type: 'proportion', method: 'wilson', goodDirection: 'lower' },
 * )
 * funnels[0]?.peerGroup // 'acute'
 * ```
 */
export function peerGroupFunnels(
  units: readonly PeerGroupedUnit[],
  options: PeerGroupFunnelOptions,
): PeerGroupFunnels {
  return unwrapResult(safePeerGroupFunnels(units, options))
}

/**
 * {@link peerGroupFunnels} returning a `Result`, for any input: the issues of each group's
 * funnel (prefixed with the group), units without a peer group, and a bad `minimumUnits`.
 *
 * @example
 * ```ts
 * import { safePeerGroupFunnels } from '@oneworkforce/benchmarking'
 *
 * safePeerGroupFunnels([{ unit: 'A', numerator: 1, denominator: 10 } as never], { type: 'proportion' }).success // false
 * ```
 */
export function safePeerGroupFunnels(
  units: readonly PeerGroupedUnit[],
  options: PeerGroupFunnelOptions,
): Result<PeerGroupFunnels> {
  const issues: Issue[] = []
  if (!Array.isArray(units))
    issues.push(
      issue('invalid_type', `units must be an array, received ${describe(units)}`, ['units']),
    )
  if (!isRecord(options))
    issues.push(
      issue('invalid_type', `options must be an object, received ${describe(options)}`, [
        'options',
      ]),
    )
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const { minimumUnits = 3, ...funnelOptions } = options
  if (!(Number.isInteger(minimumUnits) && minimumUnits >= 1))
    issues.push(
      issue(
        'out_of_range',
        `minimumUnits must be a whole number of at least 1, received ${describe(minimumUnits)}`,
        ['minimumUnits'],
      ),
    )
  const groups = new Map<string, PeerGroupedUnit[]>()
  units.forEach((unit: unknown, index) => {
    if (!isRecord(unit) || typeof unit.peerGroup !== 'string' || unit.peerGroup.length === 0) {
      issues.push(
        issue(
          'required',
          `unit ${index} has no peerGroup (use peerGroupOf(organisation))`,
          ['units', index, 'peerGroup'],
          { row: index, column: 'peerGroup' },
        ),
      )
      return
    }
    const group = groups.get(unit.peerGroup) ?? []
    group.push(unit as unknown as PeerGroupedUnit)
    groups.set(unit.peerGroup, group)
  })
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  const funnels: PeerGroupFunnel[] = []
  const skipped: { peerGroup: string; units: number }[] = []
  for (const [peerGroup, members] of groups) {
    if (members.length < minimumUnits) {
      skipped.push({ peerGroup, units: members.length })
      issues.push(
        issue(
          'insufficient_data',
          `peer group ${peerGroup} has ${members.length} unit(s), fewer than ${minimumUnits}: not plotted`,
          ['units'],
          { severity: 'warning' },
        ),
      )
      continue
    }
    const result = safeFunnelPlot(members, funnelOptions)
    issues.push(
      ...result.issues.map((each) => ({
        ...each,
        message: `peer group ${peerGroup}: ${each.message}`,
      })),
    )
    if (result.success) funnels.push({ peerGroup, plot: result.value })
  }
  return resultFrom({ funnels, skipped }, issues, 'invalid_argument')
}
