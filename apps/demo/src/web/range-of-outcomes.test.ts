import { type ProjectionInput, simulateWorkforce } from '@oneworkforce/projection'
import { describe, expect, it } from 'vitest'
import {
  type RangeFan,
  type RangeSimulation,
  rangeChunkRuns,
  rangeFan,
  runRangeOfOutcomes,
} from './range-of-outcomes'

// The page's chunked Monte Carlo against one simulateWorkforce: the fan after each chunk is the
// simulation of the runs so far, and the last is the simulation of every run, exactly.
const model = {
  startMonth: '2025-04',
  horizonMonths: 24,
  rateKind: 'cohort-share',
  dimensions: { places: ['north', 'south'], sectors: ['acute'], staffGroups: ['ahp'] },
  stock: ['north', 'south'].map((place, k) => ({
    place,
    sector: 'acute',
    staffGroup: 'ahp',
    headcount: 500 + 100 * k,
    ftePerHead: 0.9,
  })),
  leaverRates: [{ staffGroup: 'ahp', reason: 'voluntary', ratePerYear: 0.1 }],
  joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerYear: 40 }],
  demand: {
    baseline: ['north', 'south'].map((place) => ({
      place,
      sector: 'acute',
      staffGroup: 'ahp',
      fte: 560,
    })),
    growth: [{ ratePerYear: 0.02 }],
  },
} as unknown as ProjectionInput

const simulation = (runs: number): RangeSimulation => ({
  input: model,
  drivers: [],
  leftOut: [],
  options: {
    runs,
    seed: 11,
    keep: [],
    gapThresholdsFte: [0],
    uncertainParameters: [
      {
        id: 'leaving',
        path: ['leaverRates', 0, 'ratePerYear'],
        distribution: { type: 'triangular', min: 0.08, mode: 0.1, max: 0.13 },
      },
      {
        id: 'growth',
        path: ['demand', 'growth', 0, 'ratePerYear'],
        distribution: { type: 'uniform', min: 0, max: 0.04 },
      },
    ],
  },
})

const plain = (fan: RangeFan): unknown => JSON.parse(JSON.stringify(fan))

describe('runRangeOfOutcomes', () => {
  it('ends on one simulation of every run, and each chunk shows the runs so far', async () => {
    const runs = 60
    const fans: RangeFan[] = []
    const progress: number[] = []
    const { fan } = await runRangeOfOutcomes(simulation(runs), {
      threads: 0,
      chunkRuns: 25,
      onChunk: (each) => fans.push(each),
      onProgress: (done, total) => {
        expect(total).toBe(runs)
        progress.push(done)
      },
    })
    const whole = await simulateWorkforce(model, { ...simulation(runs).options, threads: 0 })
    expect(plain(fan)).toEqual(plain(rangeFan(whole, runs)))
    expect(fans.map((each) => each.runsCovered)).toEqual([25, 50, 60])
    const first = await simulateWorkforce(model, { ...simulation(25).options, threads: 0 })
    expect(plain(fans[0] as RangeFan)).toEqual({ ...(plain(rangeFan(first, 25)) as object), runs })
    expect(progress.at(-1)).toBe(runs)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('stops when the signal aborts', async () => {
    const controller = new AbortController()
    const run = runRangeOfOutcomes(simulation(100), {
      threads: 0,
      signal: controller.signal,
      onChunk: () => controller.abort(),
    })
    await expect(run).rejects.toMatchObject({ code: 'cancelled' })
  })

  it('chunks 25 runs, or a tenth of the runs when more', () => {
    expect([50, 200, 500, 1000].map(rangeChunkRuns)).toEqual([25, 25, 50, 100])
  })
})
