import { describe, expect, it } from 'vitest'
import { safeParseDataset } from './parse-dataset'

const hierarchy = {
  integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
  places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
  organisations: [{ code: 'RJ1', name: 'Acute trust', sector: 'acute', place: 'lambeth' }],
}
const initiative = (scenario: string) => ({
  id: 'keep-nurses',
  title: 'Keep nurses',
  owner: 'ICS',
  costGbp: '100000',
  scores: [],
  scenario,
})
const scenarios = [
  {
    id: 'retain',
    name: 'Retain',
    levers: [{ type: 'retention', relativeChange: -0.1, fromMonth: '2025-04' }],
  },
]

describe('an initiative names the scenario whose levers it pulls', () => {
  it('accepts a scenario of the dataset', () => {
    const result = safeParseDataset({
      ...hierarchy,
      scenarios,
      initiatives: [initiative('retain')],
    })
    expect(result.issues).toEqual([])
    expect(result.success && result.value.initiatives[0]?.scenario).toBe('retain')
  })

  it('reports a scenario that is not in the scenarios table, with its row and column', () => {
    const result = safeParseDataset({ ...hierarchy, scenarios, initiatives: [initiative('grow')] })
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => [each.table, each.row, each.column, each.code])).toEqual([
      ['initiatives', 0, 'scenario', 'unknown_code'],
    ])
  })
})
