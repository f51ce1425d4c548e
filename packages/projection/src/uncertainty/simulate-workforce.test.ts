import { OneWorkforceError } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { safeSimulateWorkforce, simulateWorkforce } from './simulate-workforce'
import { simulationInput, uncertainParameters } from './simulation-model.test-helper'
import type { UncertainParameterInput } from './uncertain-parameters'

const input = simulationInput
const uncertain = uncertainParameters

describe('simulateWorkforce', () => {
  it('equals projectWorkforce when every distribution is a point', async () => {
    const points: UncertainParameterInput[] = [
      {
        id: 'a',
        path: ['leaverRates', 0, 'ratePerYear'],
        distribution: { type: 'point', value: 0.1 },
      },
      {
        id: 'b',
        select: { rows: ['joiners'], where: {}, field: 'headcountPerYear' },
        distribution: { type: 'point', value: 1 },
      },
      {
        id: 'c',
        path: ['demand', 'growth', 0, 'ratePerYear'],
        distribution: { type: 'normal', mean: 0.02, sd: 0 },
      },
    ]
    const simulation = await simulateWorkforce(input, {
      runs: 5,
      seed: 3,
      threads: 0,
      uncertainParameters: points,
      keep: ['staffGroup'],
    })
    const projection = projectWorkforce(input, { keep: ['staffGroup'] })
    const size = projection.groupCount * projection.periods.length
    const cost = projection.series.substantiveCostGbp.map(
      (value, k) =>
        value + (projection.series.bankCostGbp[k] ?? 0) + (projection.series.agencyCostGbp[k] ?? 0),
    )
    const expected = {
      supplyFte: projection.series.fte,
      demandFte: projection.series.demandFte,
      gapFte: projection.series.gapFte,
      costGbp: cost,
    }
    for (const [measure, series] of Object.entries(expected)) {
      const band = simulation.bands[measure as keyof typeof expected]
      for (let p = 0; p < simulation.percentiles.length; p += 1) {
        expect([...band.quantiles.subarray(p * size, (p + 1) * size)]).toEqual([...series])
      }
    }
    expect(simulation.draws).toEqual(['a', 'b', 'c'])
    expect(simulation.method).toBe('exact')
  })

  it('gives bit-identical results for the same seed with 0, 1 and 2 threads', async () => {
    const options = {
      runs: 40,
      seed: 2024,
      uncertainParameters: uncertain,
      keep: ['sector', 'staffGroup'] as const,
      gapThresholdsFte: [0, 50],
    }
    const inProcess = await simulateWorkforce(input, { ...options, threads: 0 })
    const one = await simulateWorkforce(input, { ...options, threads: 1, blockRuns: 7 })
    const two = await simulateWorkforce(input, { ...options, threads: 2, blockRuns: 3 })
    expect(one).toEqual(inProcess)
    expect(two).toEqual(inProcess)
    // The same holds in histogram mode (memory cap 0 forces streaming percentiles).
    const streamedZero = await simulateWorkforce(input, {
      ...options,
      threads: 0,
      exactMemoryCapBytes: 0,
    })
    const streamedTwo = await simulateWorkforce(input, {
      ...options,
      threads: 2,
      exactMemoryCapBytes: 0,
      blockRuns: 5,
    })
    expect(streamedZero.method).toBe('histogram')
    expect(streamedTwo).toEqual(streamedZero)
    // And a different seed gives different bands.
    const other = await simulateWorkforce(input, { ...options, seed: 2025, threads: 0 })
    expect(other.bands.gapFte.quantiles).not.toEqual(inProcess.bands.gapFte.quantiles)
  }, 60_000)

  it('orders the percentiles and shares a draw within a group', async () => {
    const simulation = await simulateWorkforce(input, {
      runs: 200,
      seed: 9,
      threads: 0,
      uncertainParameters: uncertain,
      keep: [],
    })
    expect(simulation.draws).toEqual(['nursing', 'international', 'growth'])
    const months = simulation.periods.length
    const { quantiles, mean } = simulation.bands.gapFte
    for (let t = 0; t < months; t += 1) {
      for (let p = 1; p < simulation.percentiles.length; p += 1) {
        expect(quantiles[p * months + t]).toBeGreaterThanOrEqual(
          quantiles[(p - 1) * months + t] ?? 0,
        )
      }
    }
    const last = months - 1
    // Uncertainty grows with the horizon: the P5-P95 width at month 24 exceeds that at month 1.
    const width = (t: number) => (quantiles[6 * months + t] ?? 0) - (quantiles[t] ?? 0)
    expect(width(last)).toBeGreaterThan(width(0))
    expect(mean[last]).toBeGreaterThan(quantiles[last] ?? 0)
    const exceed = simulation.gapExceedance[0]?.probability[last] ?? -1
    expect(exceed).toBeGreaterThanOrEqual(0)
    expect(exceed).toBeLessThanOrEqual(1)
  })

  it('reports progress and can be cancelled', async () => {
    const seen: number[] = []
    const controller = new AbortController()
    const run = simulateWorkforce(input, {
      runs: 200,
      seed: 1,
      threads: 0,
      blockRuns: 10,
      uncertainParameters: uncertain,
      onProgress: ({ runsCompleted }) => {
        seen.push(runsCompleted)
        if (runsCompleted >= 30) controller.abort()
      },
      signal: controller.signal,
    })
    await expect(run).rejects.toMatchObject({ code: 'cancelled' })
    expect(seen.slice(0, 3)).toEqual([10, 20, 30])
    expect(seen.at(-1)).toBeLessThan(200)

    const threaded = new AbortController()
    const pending = safeSimulateWorkforce(input, {
      runs: 400,
      threads: 2,
      blockRuns: 5,
      uncertainParameters: uncertain,
      onProgress: () => threaded.abort(),
      signal: threaded.signal,
    })
    const result = await pending
    expect(result.success).toBe(false)
    expect(!result.success && result.error.code).toBe('cancelled')
    const aborted = AbortSignal.abort()
    await expect(simulateWorkforce(input, { signal: aborted })).rejects.toSatisfy(
      (error: unknown) => OneWorkforceError.isInstance(error) && error.code === 'cancelled',
    )
  }, 60_000)

  it('rejects bad options, bad paths and distributions that can leave a valid range', async () => {
    const badOptions = await safeSimulateWorkforce(input, { runs: 0, seed: -1 })
    expect(badOptions.issues.map((each) => each.path.at(-1))).toEqual(['runs', 'seed'])
    const unbounded = await safeSimulateWorkforce(input, {
      threads: 0,
      uncertainParameters: [
        {
          id: 'x',
          path: ['leaverRates', 0, 'ratePerYear'],
          distribution: { type: 'normal', mean: 0.1, sd: 0.02 },
        },
      ],
    })
    expect(unbounded.success).toBe(false)
    expect(unbounded.issues[0]?.code).toBe('out_of_range')
    expect(unbounded.issues[0]?.message).toContain('truncate')
    const badPath = await safeSimulateWorkforce(input, {
      threads: 0,
      uncertainParameters: [
        {
          id: 'y',
          path: ['leaverRates', 9, 'ratePerYear'],
          distribution: { type: 'point', value: 0.1 },
        },
        {
          id: 'z',
          select: {
            rows: ['joiners'],
            where: { staffGroup: 'midwife' },
            field: 'headcountPerYear',
          },
          distribution: { type: 'point', value: 1 },
        },
        {
          id: 'y',
          path: ['leaverRates', 0, 'ratePerYear'],
          distribution: { type: 'point', value: 0.1 },
        },
        {
          id: 'w',
          path: ['leaverRates', 0, 'ratePerYear'],
          distribution: { type: 'point', value: 0.1 },
        },
      ],
    })
    expect(badPath.issues.map((each) => each.code)).toEqual([
      'invalid_value',
      'invalid_value',
      'duplicate_key',
      'inconsistent',
    ])
    const badInput = await safeSimulateWorkforce({ ...input, horizonMonths: 0 }, { threads: 0 })
    expect(badInput.success).toBe(false)
  })
})

describe('simulateWorkforce doc examples', () => {
  const single = {
    startMonth: '2025-04',
    horizonMonths: 12,
    rateKind: 'cohort-share' as const,
    dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
    stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
    leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
  }

  it('runs the safe example', async () => {
    const result = await safeSimulateWorkforce(single, {
      runs: 200,
      seed: 42,
      threads: 0,
      uncertainParameters: [
        {
          id: 'leaving',
          path: ['leaverRates', 0, 'ratePerYear'],
          distribution: { type: 'uniform', min: 0.08, max: 0.12 },
        },
      ],
    })
    expect(result.success && result.value.bands.supplyFte.quantiles.length).toBe(7 * 12)
    // Supply after a year is 1,000 × (1 − r): its median is near 900 and P5-P95 spans ≈ 1,000 × 0.036.
    const quantiles = result.success ? result.value.bands.supplyFte.quantiles : new Float64Array()
    expect(quantiles[3 * 12 + 11]).toBeCloseTo(900, -1)
    expect((quantiles[6 * 12 + 11] ?? 0) - (quantiles[11] ?? 0)).toBeCloseTo(36, -1)
  })

  it('runs the throwing example with parameters carried by the input', async () => {
    const simulation = await simulateWorkforce(
      {
        ...single,
        demand: { baseline: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', fte: 950 }] },
        uncertainParameters: [
          {
            id: 'leaving',
            path: ['leaverRates', 0, 'ratePerYear'],
            distribution: { type: 'pert', min: 0.07, mode: 0.1, max: 0.14 },
          },
        ],
      },
      { runs: 500, seed: 7, threads: 0, keep: [], gapThresholdsFte: [0] },
    )
    // The gap exceeds 0 when more than 5% leave in the year: most of the PERT(0.07, 0.1, 0.14) mass.
    const probability = simulation.gapExceedance[0]?.probability[11] ?? 0
    expect(probability).toBeGreaterThan(0.9)
    expect(simulation.draws).toEqual(['leaving'])
    await expect(
      safeSimulateWorkforce({ ...single, uncertainParameters: 'x' }),
    ).resolves.toMatchObject({ success: false })
  })
})
