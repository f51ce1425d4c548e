import { describe, expect, it } from 'vitest'
import type { Criterion } from '../criteria/criterion-schema'
import { scoredInitiative } from '../internal/fixtures'
import { safeRankInitiatives } from './rank-initiatives'

// Issue 15, finding 8: a criterion called constructor that preferenceFunctions leaves out was
// given Object's constructor as its preference function.
describe('criteria named like Object methods', () => {
  it('ranks with PROMETHEE II using the usual function for a criterion called constructor', () => {
    const criterion = (code: string): Criterion => ({
      code,
      label: code,
      description: '',
      direction: 'benefit',
      scale: { min: 1, max: 5 },
    })
    const codes = ['constructor', 'toString']
    const criteria = codes.map(criterion)
    const initiatives = [
      scoredInitiative('a', '100', [5, 1], codes),
      scoredInitiative('b', '100', [1, 5], codes),
      scoredInitiative('c', '100', [1, 1], codes),
    ]
    const options = { criteria, weights: { constructor: 0.7, toString: 0.3 } }
    const omitted = safeRankInitiatives(initiatives, {
      ...options,
      method: 'promethee-ii',
      preferenceFunctions: { toString: { type: 'usual' as const } },
    })
    const usual = safeRankInitiatives(initiatives, {
      ...options,
      method: 'promethee-ii',
      preferenceFunctions: {
        constructor: { type: 'usual' as const },
        toString: { type: 'usual' as const },
      },
    })
    expect(omitted.success).toBe(true)
    expect(usual.success).toBe(true)
    if (!omitted.success || !usual.success) return
    expect(omitted.value.initiatives.map((each) => [each.id, each.score])).toEqual(
      usual.value.initiatives.map((each) => [each.id, each.score]),
    )
    expect(omitted.value.initiatives[0]?.id).toBe('a')
  })
})
