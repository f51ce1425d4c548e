import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fourTestsCodes } from '../criteria/four-tests'
import { directWeights, equalWeights, safeDirectWeights } from './direct-weights'
import { safeSwingWeights, swingWeights } from './swing-weights'

describe('direct weights', () => {
  it('rejects weights not summing to 1 unless normalise is set', () => {
    const rejected = safeDirectWeights({ a: 2, b: 2 })
    expect(rejected.success).toBe(false)
    expect(rejected.issues[0]?.message).toMatch(/sum to 4, not 1/)
    const normalised = safeDirectWeights({ a: 2, b: 2 }, { normalise: true })
    expect(normalised.success && normalised.value).toEqual({ a: 0.5, b: 0.5 })
    expect(normalised.issues[0]?.severity).toBe('warning')
    expect(directWeights({ a: 30, b: 70 }, { normalise: true })).toEqual({ a: 0.3, b: 0.7 })
  })

  it('accepts rounding error within the tolerance', () => {
    expect(safeDirectWeights({ a: 0.1, b: 0.2, c: 0.7 }).success).toBe(true)
  })

  it('names missing, unknown, negative and non-numeric weights', () => {
    const result = safeDirectWeights({ a: 0.5, z: 0.5 }, { criteria: ['a', 'b'] })
    expect(result.issues.map((each) => each.code).sort()).toEqual(['required', 'unknown_code'])
    expect(safeDirectWeights({ a: -1, b: 2 }).issues[0]?.code).toBe('out_of_range')
    expect(safeDirectWeights({ a: Number.NaN }).issues[0]?.code).toBe('invalid_type')
    expect(safeDirectWeights({ a: 0, b: 0 }, { normalise: true }).success).toBe(false)
    expect(safeDirectWeights({}).issues[0]?.code).toBe('empty_input')
  })

  it('normalised weights always sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), {
          minLength: 1,
          maxLength: 12,
        }),
        (raw) => {
          const weights = directWeights(
            Object.fromEntries(raw.map((value, index) => [`c${index}`, value])),
            { normalise: true },
          )
          expect(Object.values(weights).reduce((total, value) => total + value, 0)).toBeCloseTo(
            1,
            12,
          )
        },
      ),
    )
  })

  it('gives equal weights', () => {
    expect(equalWeights(fourTestsCodes).feasibility).toBe(0.25)
  })
})

describe('swing weights', () => {
  it('divides swing points by their sum', () => {
    const result = safeSwingWeights({
      'size-of-opportunity': 100,
      feasibility: 60,
      'strategic-coherence': 40,
    })
    expect(result.success && result.value['size-of-opportunity']).toBe(0.5)
    expect(result.success && result.value.feasibility).toBeCloseTo(0.3, 12)
    expect(swingWeights({ feasibility: 100, 'strategic-coherence': 100 })).toEqual({
      feasibility: 0.5,
      'strategic-coherence': 0.5,
    })
  })

  it('warns when no swing is anchored at 100 and rejects points outside 0-100', () => {
    expect(safeSwingWeights({ a: 50, b: 50 }).issues[0]?.severity).toBe('warning')
    expect(safeSwingWeights({ a: 150 }).success).toBe(false)
    expect(safeSwingWeights({ a: 0 }).success).toBe(false)
  })

  it('always sums to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (points) => {
          const weights = swingWeights(
            Object.fromEntries(points.map((value, index) => [`c${index}`, value])),
          )
          expect(Object.values(weights).reduce((total, value) => total + value, 0)).toBeCloseTo(
            1,
            12,
          )
        },
      ),
    )
  })
})
