import { deserialize, serialize } from 'node:v8'
import { OneWorkforceError } from '@oneworkforce/schemas'
import { afterEach, describe, expect, it } from 'vitest'
import {
  mergeSimulationSummaries,
  safeMergeSimulationSummaries,
} from './merge-simulation-summaries'
import { simulateWorkforce } from './simulate-workforce'
import { safeSimulateWorkforceShard, simulateWorkforceShard } from './simulate-workforce-shard'
import { simulationInput, uncertainParameters } from './simulation-model.test-helper'

const options = {
  runs: 240,
  seed: 77,
  uncertainParameters,
  keep: ['sector', 'staffGroup'] as const,
  gapThresholdsFte: [0, 25],
}
const quarters = [
  { from: 180, to: 240 },
  { from: 0, to: 45 },
  { from: 45, to: 130 },
  { from: 130, to: 180 },
]

describe('simulateWorkforceShard and mergeSimulationSummaries', () => {
  for (const [method, cap] of [
    ['exact', undefined],
    ['histogram', 0],
  ] as const) {
    it(`four shards merged equal one run bit for bit (${method})`, async () => {
      const modeOptions = { ...options, ...(cap === undefined ? {} : { exactMemoryCapBytes: cap }) }
      const whole = await simulateWorkforce(simulationInput, { ...modeOptions, threads: 0 })
      expect(whole.method).toBe(method)
      const shards = await Promise.all(
        quarters.map((runRange, k) =>
          // One shard on two worker threads: a machine's thread count does not matter either.
          simulateWorkforceShard(simulationInput, {
            ...modeOptions,
            runRange,
            threads: k === 2 ? 2 : 0,
          }),
        ),
      )
      expect(shards.map((shard) => shard.summary.method)).toEqual(quarters.map(() => method))
      // Through the bytes a batch job would write and the merge job read back.
      const stored = shards.map((shard) => deserialize(serialize(shard)))
      expect(mergeSimulationSummaries(stored)).toEqual(whole)
      const merged = safeMergeSimulationSummaries([...stored].reverse())
      expect(merged.success && merged.value).toEqual(whole)
    }, 120_000)
  }

  it('names the shard at fault: missing runs, another seed or model, not a shard', async () => {
    const shard = (from: number, to: number, extra: object = {}) =>
      simulateWorkforceShard(simulationInput, {
        ...options,
        threads: 0,
        runRange: { from, to },
        ...extra,
      })
    const first = await shard(0, 100)
    const last = await shard(120, 240)
    const gap = safeMergeSimulationSummaries([first, last])
    expect(gap.success).toBe(false)
    expect(gap.issues[0]?.path).toEqual(['shards', 1, 'summary', 'from'])
    expect(gap.issues[0]?.message).toMatch(/runs 100…119 are in no shard/)
    const partial = safeMergeSimulationSummaries([first])
    expect(partial.issues[0]?.message).toMatch(/not every run 0…239/)
    const otherSeed = await shard(100, 240, { seed: 78 })
    expect(safeMergeSimulationSummaries([first, otherSeed]).issues[0]?.path).toEqual([
      'shards',
      1,
      'seed',
    ])
    const otherModel = await safeSimulateWorkforceShard(
      {
        ...simulationInput,
        stock: simulationInput.stock.map((row) => ({ ...row, headcount: row.headcount + 1 })),
      },
      { ...options, threads: 0, runRange: { from: 100, to: 240 } },
    )
    expect(otherModel.success).toBe(true)
    if (otherModel.success) {
      const mixed = safeMergeSimulationSummaries([first, otherModel.value])
      expect(mixed.issues.map((each) => each.path.at(-1))).toContain('fingerprint')
    }
    expect(safeMergeSimulationSummaries([]).issues[0]?.code).toBe('invalid_type')
    expect(safeMergeSimulationSummaries([{ format: 'x' }]).issues[0]?.path.slice(0, 2)).toEqual([
      'shards',
      0,
    ])
    const broken = { ...first, summary: { ...first.summary, values: [1, 2] } }
    expect(safeMergeSimulationSummaries([broken]).issues[0]?.path).toEqual([
      'shards',
      0,
      'summary',
      'values',
    ])
    expect(() => mergeSimulationSummaries([first])).toThrow(OneWorkforceError)
  }, 60_000)

  it('rejects a shard without a range or with one beyond the runs', async () => {
    const noRange = await safeSimulateWorkforceShard(simulationInput, { runs: 10 } as never)
    expect(noRange.issues[0]?.path).toEqual(['options', 'runRange'])
    const beyond = await safeSimulateWorkforceShard(simulationInput, {
      ...options,
      runRange: { from: 200, to: 300 },
    })
    expect(beyond.issues[0]?.path).toEqual(['options', 'runRange', 'to'])
    const backwards = await safeSimulateWorkforceShard(simulationInput, {
      ...options,
      runRange: { from: 20, to: 10 },
    })
    expect(backwards.success).toBe(false)
    expect(backwards.issues[0]?.message).toMatch(/from must not exceed to/)
  })
})

describe('simulateWorkforce with threads: 0 and no Node globals', () => {
  const saved = globalThis.setImmediate
  afterEach(() => {
    globalThis.setImmediate = saved
  })

  it('runs, reports progress and gives the same bits without setImmediate', async () => {
    const withNode = await simulateWorkforce(simulationInput, { ...options, runs: 30, threads: 0 })
    // As in a browser page or a Web Worker: setImmediate does not exist there.
    ;(globalThis as { setImmediate?: unknown }).setImmediate = undefined
    const seen: number[] = []
    const without = await simulateWorkforce(simulationInput, {
      ...options,
      runs: 30,
      threads: 0,
      blockRuns: 7,
      onProgress: ({ runsCompleted }) => seen.push(runsCompleted),
    })
    expect(without).toEqual(withNode)
    expect(seen).toEqual([7, 14, 21, 28, 30])
  })
})

describe('simulateWorkforceShard doc examples', () => {
  const single = {
    startMonth: '2025-04',
    horizonMonths: 12,
    rateKind: 'cohort-share' as const,
    dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
    stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
    leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
    uncertainParameters: [
      {
        id: 'leaving',
        path: ['leaverRates', 0, 'ratePerYear'],
        distribution: { type: 'uniform' as const, min: 0.08, max: 0.12 },
      },
    ],
  }

  it('runs the shard and merge examples', async () => {
    const shard = await safeSimulateWorkforceShard(single, {
      runs: 100_000,
      runRange: { from: 25_000, to: 25_400 },
      seed: 42,
      threads: 0,
    })
    expect(shard.success && shard.value.summary.method).toBe('histogram')
    const shards = await Promise.all(
      [
        { from: 0, to: 100 },
        { from: 100, to: 200 },
      ].map((runRange) =>
        simulateWorkforceShard(single, { runs: 200, seed: 42, threads: 0, runRange }),
      ),
    )
    const merged = safeMergeSimulationSummaries(shards)
    expect(merged.success && merged.value.runs).toBe(200)
    const whole = await simulateWorkforce(single, { runs: 200, seed: 42, threads: 0 })
    expect(merged.success && merged.value).toEqual(whole)
  }, 60_000)
})
