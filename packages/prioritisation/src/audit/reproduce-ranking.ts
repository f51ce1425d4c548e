import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { type Ranking, safeRankInitiatives } from '../methods/rank-initiatives'
import type { RankingAudit } from './explain-ranking'
import { prioritisationVersion } from './package-version'

const auditShape = z.object({
  package: z.literal('@oneworkforce/prioritisation'),
  packageVersion: z.string(),
  inputs: z.object({ initiatives: z.array(z.unknown()) }),
  options: z.object({
    criteria: z.array(z.unknown()),
    weights: z.record(z.string(), z.number()),
    normaliseWeights: z.boolean(),
    method: z.string(),
    aggregation: z.string(),
    disagreementThreshold: z.number(),
    preferenceFunctions: z.record(z.string(), z.unknown()),
  }),
  ranking: z.object({
    initiatives: z.array(z.object({ id: z.string(), rank: z.number(), score: z.number() })),
  }),
})

/**
 * The ranking obtained by running an audit again, and whether it matches the recorded one.
 *
 * @example
 * ```ts
 * import type { ReproducedRanking } from '@oneworkforce/prioritisation'
 *
 * const ok = (result: ReproducedRanking) => result.identical
 * ```
 */
export interface ReproducedRanking {
  readonly ranking: Ranking
  /** True when every initiative has the recorded rank and score (scores equal to 1e-12). */
  readonly identical: boolean
  /** One line per difference from the recorded ranking. */
  readonly differences: readonly string[]
}

/**
 * Runs the ranking recorded in an audit (from {@link explainRanking}, possibly read back from
 * JSON) again with the recorded inputs and options, and compares ranks and scores with the
 * record. A different package version gives a warning (the method may have changed).
 *
 * @example
 * ```ts
 * import { explainRanking, reproduceRanking } from '@oneworkforce/prioritisation'
 *
 * const audit = explainRanking(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [{ criterion: 'x', scorer: 'p', score: 3 }] }],
 *   { criteria: [{ code: 'x', label: 'X', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }], smaa: false },
 * )
 * reproduceRanking(JSON.parse(JSON.stringify(audit))).identical // true
 * ```
 */
export function safeReproduceRanking(audit: unknown): Result<ReproducedRanking> {
  const shape = auditShape.safeParse(audit)
  if (!shape.success) {
    return resultFrom(
      undefined as unknown as ReproducedRanking,
      shape.error.issues.map((each) =>
        issue('invalid_value', `audit.${each.path.join('.')}: ${each.message}`, [
          'audit',
          ...each.path.map(String),
        ]),
      ),
    )
  }
  const recorded = audit as RankingAudit
  const warnings =
    recorded.packageVersion === prioritisationVersion
      ? []
      : [
          issue(
            'inconsistent',
            `the audit was made with version ${recorded.packageVersion}; this is ${prioritisationVersion}`,
            ['audit', 'packageVersion'],
            { severity: 'warning' },
          ),
        ]
  const rerun = safeRankInitiatives(recorded.inputs.initiatives, recorded.options)
  if (!rerun.success)
    return { success: false, error: rerun.error, issues: [...warnings, ...rerun.issues] }
  const before = new Map(recorded.ranking.initiatives.map((each) => [each.id, each]))
  const differences: string[] = []
  for (const each of rerun.value.initiatives) {
    const old = before.get(each.id)
    if (!old) differences.push(`${each.id} is not in the recorded ranking`)
    else if (old.rank !== each.rank || Math.abs(old.score - each.score) > 1e-12) {
      differences.push(
        `${each.id}: recorded rank ${old.rank} (score ${old.score}), now rank ${each.rank} (score ${each.score})`,
      )
    }
  }
  if (recorded.ranking.initiatives.length !== rerun.value.initiatives.length)
    differences.push('the number of initiatives differs')
  return resultFrom({ ranking: rerun.value, identical: differences.length === 0, differences }, [
    ...warnings,
    ...rerun.issues,
  ])
}

/**
 * Throwing twin of {@link safeReproduceRanking}.
 *
 * @example
 * ```ts
 * import { explainRanking, reproduceRanking } from '@oneworkforce/prioritisation'
 *
 * const audit = explainRanking(
 *   [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '1000', scores: [{ criterion: 'x', scorer: 'p', score: 3 }] }],
 *   { criteria: [{ code: 'x', label: 'X', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }], smaa: false },
 * )
 * reproduceRanking(audit).ranking.initiatives[0]?.id // 'a'
 * ```
 */
export function reproduceRanking(audit: unknown): ReproducedRanking {
  return unwrapResult(safeReproduceRanking(audit))
}
