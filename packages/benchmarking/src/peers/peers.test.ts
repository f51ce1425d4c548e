import { describe, expect, it } from 'vitest'
import { benchmarkUnits, ragRating, safeBenchmarkUnits } from './benchmark-units'
import { nearestPeers, safeNearestPeers } from './nearest-peers'
import { peerGroups, safePeerGroups, safeSizeBand, sizeBand } from './peer-groups'

describe('peers', () => {
  it('bands sizes and groups by attributes', () => {
    expect(sizeBand(4200, [1000, 5000, 10000], ['small', 'medium', 'large', 'very large'])).toBe(
      'medium',
    )
    expect(sizeBand(10000, [1000, 5000, 10000])).toBe('3')
    const groups = peerGroups(
      [
        { unit: 'RJ1', attributes: { sector: 'acute', region: 'London' } },
        { unit: 'RJZ', attributes: { sector: 'acute', region: 'London' } },
        { unit: 'RV5', attributes: { sector: 'mental-health', region: 'London' } },
      ],
      ['sector', 'region'],
    )
    expect(groups).toEqual([
      { key: { sector: 'acute', region: 'London' }, units: ['RJ1', 'RJZ'] },
      { key: { sector: 'mental-health', region: 'London' }, units: ['RV5'] },
    ])
    expect(safePeerGroups([{ unit: 'A', attributes: {} }], ['sector']).issues[0]?.column).toBe(
      'sector',
    )
  })

  it('finds nearest peers on weighted z-scores', () => {
    const units = [
      { unit: 'A', characteristics: { headcount: 9000, agencyShare: 0.05 } },
      { unit: 'B', characteristics: { headcount: 8500, agencyShare: 0.06 } },
      { unit: 'C', characteristics: { headcount: 2000, agencyShare: 0.02 } },
      { unit: 'D', characteristics: { headcount: 3000, agencyShare: 0.05 } },
    ]
    expect(nearestPeers(units, 'A', { k: 1 })[0]?.unit).toBe('B')
    // weighting only agency share makes D (identical share) the nearest
    const byShare = nearestPeers(units, 'A', { weights: { agencyShare: 1, headcount: 0 } })
    expect(byShare[0]).toEqual({ unit: 'D', distance: 0 })
    expect(byShare).toHaveLength(3)
    // hand check: headcount mean 5625, sd = sqrt(((3375² + 2875² + 3625² + 2625²) / 3)); A-B distance on it = 500 / sd
    const sd = Math.sqrt((3375 ** 2 + 2875 ** 2 + 3625 ** 2 + 2625 ** 2) / 3)
    expect(nearestPeers(units, 'A', { weights: { headcount: 1 } })[0]?.distance).toBeCloseTo(
      500 / sd,
      12,
    )
  })

  it('warns on a characteristic with no spread and rejects bad input', () => {
    const same = [
      { unit: 'A', characteristics: { x: 1, y: 1 } },
      { unit: 'B', characteristics: { x: 1, y: 2 } },
    ]
    const result = safeNearestPeers(same, 'A')
    expect(result.success).toBe(true)
    expect(result.issues[0]?.severity).toBe('warning')
    expect(safeNearestPeers(same, 'Z').success).toBe(false)
    expect(safeNearestPeers([{ unit: 'A', characteristics: { x: Number.NaN } }], 'A').success).toBe(
      false,
    )
  })

  it('rates, ranks and places units in quartiles', () => {
    expect(ragRating(0.095, 0.09, { goodDirection: 'lower', tolerance: 0.01 })).toBe('amber')
    expect(ragRating(0.2, 0.09, { goodDirection: 'lower', tolerance: 0.01 })).toBe('red')
    expect(ragRating(0.08, 0.09, { goodDirection: 'lower' })).toBe('green')
    expect(ragRating(0.08, 0.09, { goodDirection: 'neutral' })).toBeNull()
    const result = benchmarkUnits(
      [
        { unit: 'A', value: 0.08 },
        { unit: 'B', value: 0.1 },
        { unit: 'C', value: 0.12 },
      ],
      { goodDirection: 'lower' },
    )
    expect(result.median).toBe(0.1)
    expect(result.units.map((unit) => unit.rating)).toEqual(['green', 'green', 'red'])
    expect(result.units.map((unit) => unit.rank)).toEqual([1, 2, 3])
    expect(result.units.map((unit) => unit.quartile)).toEqual([1, 2, 4])
    const national = benchmarkUnits([{ unit: 'A', value: 0.9 }], {
      goodDirection: 'higher',
      benchmark: 0.95,
    })
    expect(national.units[0]?.rating).toBe('red')
    expect(safeBenchmarkUnits([], { goodDirection: 'lower' }).success).toBe(false)
  })

  it('issue 15, finding 8: sizeBand(NaN) is an issue, not band 0 or the last band', () => {
    const result = safeSizeBand(Number.NaN, [1000, 5000])
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'invalid_value', path: ['value'] })
    expect(() => sizeBand(Number.NaN, [1000, 5000])).toThrow(/finite number/)
    expect(safeSizeBand(10, [5000, 1000]).issues[0]?.path).toEqual(['breaks'])
    expect(safeSizeBand(10, [1000], ['small']).issues[0]?.path).toEqual(['labels'])
  })
})
