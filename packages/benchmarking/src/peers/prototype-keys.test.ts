import { describe, expect, it } from 'vitest'
import { safeIndirectStandardisation } from '../funnel/indirect-standardisation'
import { safePeerGroups } from './peer-groups'

// Issue 15, finding 8: codes named like Object's own properties are ordinary codes.
describe('codes named constructor, toString or __proto__', () => {
  it('group peers by an attribute called __proto__ or constructor', () => {
    const units = [
      { unit: 'A', attributes: JSON.parse('{"__proto__": "x", "constructor": "y"}') },
      { unit: 'B', attributes: JSON.parse('{"__proto__": "x", "constructor": "z"}') },
    ]
    const result = safePeerGroups(units, ['__proto__', 'constructor'])
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.value.map((group) => group.units)).toEqual([['A'], ['B']])
    expect(Object.getPrototypeOf(result.value[0]?.key)).toBe(Object.prototype)
    expect(Object.keys(result.value[0]?.key ?? {})).toEqual(['__proto__', 'constructor'])
  })

  it('standardise over strata called toString and __proto__', () => {
    const rows = ['toString', '__proto__'].flatMap((stratum) => [
      { unit: 'A', stratum, numerator: 2, denominator: 10 },
      { unit: 'B', stratum, numerator: 4, denominator: 10 },
    ])
    const result = safeIndirectStandardisation(rows)
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(Object.keys(result.value.referenceRates)).toEqual(['toString', '__proto__'])
    expect(result.value.referenceRates.toString).toBeCloseTo(0.3)
    expect(Object.getPrototypeOf(result.value.referenceRates)).toBe(Object.prototype)
  })
})
