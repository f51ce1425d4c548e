import { describe, expect, it } from 'vitest'
import { runUniforms } from './random-streams'
import { safeSimulateWorkforce } from './simulate-workforce'
import { safeSimulateWorkforceShard } from './simulate-workforce-shard'

/** Acute AHPs move to community and to mental health, each at the same drawn monthly rate. */
const input = {
  startMonth: '2025-04',
  horizonMonths: 6,
  rateKind: 'per-person-year' as const,
  dimensions: {
    places: ['p'],
    sectors: ['acute', 'community', 'mental-health'],
    staffGroups: ['ahp'],
  },
  stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
  mobility: ['community', 'mental-health'].map((toSector) => ({
    fromSector: 'acute',
    toSector,
    monthlyRate: 0.4,
  })),
}
// One shared draw u: each rate is 0.3 + 0.4u, so the two add up to more than the stock when u > 0.5.
const uncertainParameters = [0, 1].map((row) => ({
  id: `move ${row}`,
  path: ['mobility', row, 'monthlyRate'],
  distribution: { type: 'uniform' as const, min: 0.3, max: 0.7 },
  group: 'moves',
}))

/** Runs of stream `seed` in `from … to − 1` whose draw u exceeds 0.5, counted independently. */
function runsAboveHalf(seed: number, from: number, to: number): number {
  let count = 0
  for (let run = from; run < to; run += 1) if (runUniforms(seed, run, 1)[0]! > 0.5) count += 1
  return count
}

describe('Monte Carlo move clamps', () => {
  it('warns, per post, in how many runs the drawn moves exceeded the stock', async () => {
    const result = await safeSimulateWorkforce(input, {
      runs: 40,
      seed: 11,
      threads: 0,
      uncertainParameters,
    })
    expect(result.success).toBe(true)
    const expected = runsAboveHalf(11, 0, 40)
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(40)
    const warnings = result.issues.filter((each) => each.path[0] === 'mobility')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ severity: 'warning', table: 'mobility' })
    expect(warnings[0]?.message).toContain(`in ${expected} of 40 runs`)
    expect(warnings[0]?.message).toContain('p × acute × ahp')
  })

  it('counts a shard’s own runs only, and says nothing when no draw exceeds the stock', async () => {
    const shard = await safeSimulateWorkforceShard(input, {
      runs: 40,
      seed: 11,
      threads: 0,
      uncertainParameters,
      runRange: { from: 10, to: 30 },
    })
    expect(shard.success).toBe(true)
    const [warning] = shard.issues.filter((each) => each.path[0] === 'mobility')
    expect(warning?.message).toContain(`in ${runsAboveHalf(11, 10, 30)} of 20 runs`)
    const quiet = await safeSimulateWorkforce(input, {
      runs: 20,
      seed: 11,
      threads: 0,
      uncertainParameters: uncertainParameters.map((each) => ({
        ...each,
        distribution: { type: 'uniform' as const, min: 0.3, max: 0.5 },
      })),
    })
    expect(quiet.success).toBe(true)
    expect(quiet.issues.filter((each) => each.path[0] === 'mobility')).toEqual([])
  })
})
