import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import * as z from 'zod'
import { finishRunSummary } from './run-summary-finish'
import { mergeRunSummaries, runSummaryMergeProblems } from './run-summary-merge'
import {
  toSimulation,
  type WorkforceSimulation,
  type WorkforceSimulationShard,
} from './workforce-simulation'

const typedArray = (tag: string) =>
  z.custom<unknown>(
    (value) => Object.prototype.toString.call(value) === `[object ${tag}]`,
    `must be a ${tag}`,
  )
const count = z.number().int().min(0)

const shardSchema = z.object({
  format: z.literal('oneworkforce.simulation-shard'),
  version: z.literal(1),
  runs: count,
  seed: count,
  from: count,
  to: count,
  fingerprint: z.string(),
  periods: z.array(z.string()),
  keep: z.array(z.string()),
  dimensionValues: z.record(z.string(), z.array(z.string())),
  groupCount: count,
  draws: z.array(z.string()),
  gapThresholdsFte: z.array(z.number()),
  summary: z.object({
    method: z.enum(['exact', 'histogram']),
    runs: count,
    from: count,
    to: count,
    outputCount: count,
    exceedance: z.object({ start: count, count, thresholds: z.array(z.number()) }),
    histogramBins: count,
    pilotRuns: count,
    values: typedArray('Float64Array'),
    binLow: typedArray('Float64Array'),
    binWidth: typedArray('Float64Array'),
    counts: typedArray('Uint32Array'),
    sumPartials: typedArray('Float64Array'),
    sumOffsets: typedArray('Uint32Array'),
    finiteCount: typedArray('Float64Array'),
    min: typedArray('Float64Array'),
    max: typedArray('Float64Array'),
    exceedances: typedArray('Float64Array'),
    nonFiniteValues: count,
  }),
})

const sameFields = ['runs', 'seed', 'fingerprint', 'groupCount'] as const

function layoutIssues(shards: readonly WorkforceSimulationShard[]): Issue[] {
  const first = shards[0] as WorkforceSimulationShard
  const issues: Issue[] = []
  shards.forEach((shard, index) => {
    for (const field of sameFields) {
      if (shard[field] !== first[field]) {
        const message = `shard ${index} has ${field} ${shard[field]}, shard 0 has ${first[field]}: not the same simulation`
        issues.push(issue('inconsistent', message, ['shards', index, field]))
      }
    }
    for (const field of [
      'periods',
      'keep',
      'draws',
      'gapThresholdsFte',
      'dimensionValues',
    ] as const) {
      if (JSON.stringify(shard[field]) !== JSON.stringify(first[field])) {
        const message = `shard ${index} has other ${field} than shard 0: not the same simulation`
        issues.push(issue('inconsistent', message, ['shards', index, field]))
      }
    }
    if (shard.from !== shard.summary.from || shard.to !== shard.summary.to) {
      issues.push(
        issue('inconsistent', `shard ${index}: its range and its summary's differ`, [
          'shards',
          index,
        ]),
      )
    }
  })
  return issues
}

/**
 * Merges the shards of one simulation (from `simulateWorkforceShard`, in any order) into the
 * result `simulateWorkforce` gives for every run at once, bit for bit: percentiles, means and
 * exceedance probabilities alike, in exact mode (all values kept) and in histogram mode (same
 * bins in every shard, counts added). The shards must cover runs `0 … runs − 1` with no gap or
 * overlap, and come from the same model, seed and options; otherwise issues name the shard and
 * the field (`inconsistent`, or `invalid_type` for data that is not a shard).
 *
 * @example
 * ```ts
 * import { safeMergeSimulationSummaries, simulateWorkforceShard } from '@oneworkforce/projection'
 *
 * const input = {
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
 *   uncertainParameters: [
 *     { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform' as const, min: 0.08, max: 0.12 } },
 *   ],
 * }
 * // Each job of a batch array runs one range (here both in one process).
 * const shards = await Promise.all(
 *   [{ from: 0, to: 100 }, { from: 100, to: 200 }].map((runRange) =>
 *     simulateWorkforceShard(input, { runs: 200, seed: 42, threads: 0, runRange }),
 *   ),
 * )
 * const merged = safeMergeSimulationSummaries(shards)
 * if (merged.success) console.log(merged.value.runs) // 200, as simulateWorkforce(input, { runs: 200, seed: 42 })
 * ```
 */
export function safeMergeSimulationSummaries(shards: unknown): Result<WorkforceSimulation> {
  if (!Array.isArray(shards) || shards.length === 0) {
    return resultFrom(undefined as never, [
      issue('invalid_type', 'expected a non-empty array of simulation shards', ['shards']),
    ])
  }
  const typeIssues = shards.flatMap((shard, index) => {
    const checked = shardSchema.safeParse(shard)
    return checked.success
      ? []
      : checked.error.issues.map((each) =>
          issue('invalid_type', `shard ${index}: ${each.path.join('.')}: ${each.message}`, [
            'shards',
            index,
            ...each.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          ]),
        )
  })
  if (typeIssues.length > 0) return resultFrom(undefined as never, typeIssues)
  const valid = shards as WorkforceSimulationShard[]
  const summaries = valid.map((shard) => shard.summary)
  const issues = [
    ...layoutIssues(valid),
    ...runSummaryMergeProblems(summaries).map((problem) =>
      issue('inconsistent', `shard ${problem.shard}: ${problem.field} ${problem.message}`, [
        'shards',
        problem.shard,
        'summary',
        problem.field,
      ]),
    ),
  ]
  const first = valid[0] as WorkforceSimulationShard
  if (issues.length === 0) {
    const start = Math.min(...valid.map((shard) => shard.from))
    const end = Math.max(...valid.map((shard) => shard.to))
    if (start !== 0 || end !== first.runs) {
      const message = `the shards hold runs ${start}…${end - 1}, not every run 0…${first.runs - 1}`
      issues.push(issue('inconsistent', message, ['shards']))
    }
  }
  if (issues.length > 0) return resultFrom(undefined as never, issues)
  const summary = finishRunSummary(mergeRunSummaries(summaries))
  if (summary.nonFiniteValues > 0) {
    return resultFrom(
      undefined as never,
      [issue('invalid_value', `${summary.nonFiniteValues} projected values were not finite`, [])],
      'computation_failed',
    )
  }
  return resultFrom(
    toSimulation(
      summary,
      {
        runs: first.runs,
        seed: first.seed,
        periods: first.periods,
        keep: first.keep,
        dimensionValues: first.dimensionValues,
        groupCount: first.groupCount,
        draws: first.draws,
      },
      first.gapThresholdsFte,
    ),
    [],
  )
}

/**
 * Throwing twin of {@link safeMergeSimulationSummaries}: the merged simulation, or a
 * `OneWorkforceError` (`validation_failed` with the issues naming each shard at fault).
 *
 * @example
 * ```ts
 * import { mergeSimulationSummaries } from '@oneworkforce/projection'
 * import { readFileSync, readdirSync } from 'node:fs'
 * import { deserialize } from 'node:v8'
 *
 * // The merge job of a batch: read every shard a run job wrote (see docs/monte-carlo-at-scale.md).
 * const shards = readdirSync('shards').map((file) => deserialize(readFileSync(`shards/${file}`)))
 * const simulation = mergeSimulationSummaries(shards)
 * simulation.bands.gapFte.quantiles // P5 … P95 of the gap, as one machine would give
 * ```
 */
export function mergeSimulationSummaries(
  shards: readonly WorkforceSimulationShard[],
): WorkforceSimulation {
  return unwrapResult(safeMergeSimulationSummaries(shards))
}
