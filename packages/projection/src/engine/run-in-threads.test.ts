import { describe, expect, it } from 'vitest'
import { PROJECTION_SERIES, type ProjectionResult } from '../result/projection-result'
import { compileProjection } from './compile-projection'
import { couplingModel } from './every-cell.test-helper'
import { chunkCount } from './kernel'
import { kernelPlan } from './kernel-plan'
import { runCompiledProjection } from './run-compiled-projection'
import { createProjectionThreads, runCompiledProjectionInThreads } from './run-in-threads'
import { tablesDerivedFrom, updateCompiledTables } from './update-parameters'

const sectors = ['acute', 'community', 'mental-health']
const staffGroups = ['registered-nurse', 'clinical-support']
const ageBands = ['50-54', '55-59', '60-64']
const places = Array.from({ length: 4000 }, (_, i) => `p${i}`)

/** A national-shaped model: 4,000 places (many blocks and chunks) with every coupling flow. */
const input = couplingModel({ places, sectors, staffGroups, ageBands })

function expectSameBits(many: ProjectionResult, one: ProjectionResult): void {
  expect(many.groupCount).toBe(one.groupCount)
  for (const name of PROJECTION_SERIES)
    expect(
      Buffer.from(many.series[name].buffer).equals(Buffer.from(one.series[name].buffer)),
      name,
    ).toBe(true)
  expect([...many.start.headcount]).toEqual([...one.start.headcount])
}

describe('runCompiledProjectionInThreads', () => {
  it('refuses a thread count that is not a whole number of at least 1', async () => {
    const small = compileProjection({
      ...input,
      dimensions: { ...input.dimensions, places: ['p0'] },
      stock: [],
    })
    for (const threads of [0, -1, 1.5, Number.NaN])
      await expect(runCompiledProjectionInThreads(small, {}, threads)).rejects.toThrow(
        /threads must be/,
      )
  })

  it('gives one thread’s bits on two and three worker threads, for every output shape', async () => {
    const compiled = compileProjection(input)
    expect(chunkCount(kernelPlan(compiled))).toBeGreaterThan(3)
    const placeGroups = Object.fromEntries(places.map((place, i) => [place, `ics-${i % 7}`]))
    for (const [options, threads] of [
      [{ keep: ['place' as const, 'staffGroup' as const], placeGroups }, 2],
      [{ keep: ['sector' as const, 'ageBand' as const] }, 3],
    ] as const) {
      const one = runCompiledProjection(compiled, options)
      expectSameBits(await runCompiledProjectionInThreads(compiled, options, threads), one)
    }
  }, 120_000)

  it('keeps its threads for many runs: another model, and a model updated in place, give one thread’s bits', async () => {
    const threads = await createProjectionThreads(2)
    try {
      const options = { keep: ['sector' as const, 'staffGroup' as const] }
      const national = compileProjection(input)
      expectSameBits(await threads.run(national, options), runCompiledProjection(national, options))
      // Its dense arrays now live in shared memory; an update in place reaches the workers.
      const draw = {
        ...national.input,
        leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.2 }],
      }
      updateCompiledTables(national, draw, tablesDerivedFrom(['leaverRates']))
      const updated = runCompiledProjection(national, options)
      expect(updated.series.headcount.at(-1)).not.toBe(
        runCompiledProjection(compileProjection(input), options).series.headcount.at(-1),
      )
      expectSameBits(await threads.run(national, options), updated)
      const half = compileProjection({ ...input, horizonMonths: 12 })
      expectSameBits(await threads.run(half, options), runCompiledProjection(half, options))
    } finally {
      await threads.close()
    }
  }, 120_000)
})
