import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { toRows } from '../result/to-rows'

// Issue 15, finding 8: a place called constructor or toString, missing from placeGroups, was
// mapped to Object's function of that name, so its rows lost their place.
describe('place codes named like Object methods', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty'])('keeps a place called %s', (place) => {
    const result = projectWorkforce(
      {
        startMonth: '2025-04',
        horizonMonths: 1,
        rateKind: 'cohort-share' as const,
        dimensions: { places: [place, 'p'], sectors: ['acute'], staffGroups: ['ahp'] },
        stock: [
          { place, sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 },
          { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 5, ftePerHead: 1 },
        ],
      },
      { keep: ['place'], placeGroups: { p: 'north' } },
    )
    expect(result.dimensionValues.place).toEqual([place, 'north'])
    expect(toRows(result).map((row) => [row.place, row.headcount])).toEqual([
      [place, 10],
      ['north', 5],
    ])
  })
})
