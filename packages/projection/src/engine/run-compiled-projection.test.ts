import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { compileProjection } from './compile-projection'
import { monthlyHazard } from './monthly-hazard'
import { runCompiledProjection } from './run-compiled-projection'

const oneCell = {
  startMonth: '2025-04',
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
}

describe('runCompiledProjection', () => {
  it('removes exactly the annual rate over 12 months (the doc example)', () => {
    const compiled = compileProjection({
      ...oneCell,
      horizonMonths: 12,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 0.9 }],
      leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
    })
    const result = runCompiledProjection(compiled, { keep: ['staffGroup'] })
    expect(result.series.headcount[11]).toBeCloseTo(900, 9)
    expect(result.series.fte[11]).toBeCloseTo(810, 9)
  })

  it('matches the closed form S_t = J/h + (S_0 − J/h)(1 − h)^t for one cell', () => {
    const rate = 0.12
    const joinersPerMonth = 7
    const s0 = 400
    const result = projectWorkforce({
      ...oneCell,
      horizonMonths: 120,
      stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: s0, ftePerHead: 1 }],
      leaverRates: [{ reason: 'other', ratePerYear: rate }],
      joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerMonth: joinersPerMonth }],
    })
    const h = monthlyHazard(rate)
    const steady = joinersPerMonth / h
    for (let t = 1; t <= 120; t++) {
      const expected = steady + (s0 - steady) * (1 - h) ** t
      expect(result.series.headcount[t - 1]).toBeCloseTo(expected, 8)
    }
  })
})
