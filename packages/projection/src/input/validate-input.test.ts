import { describe, expect, it } from 'vitest'
import { safeParseProjectionInput } from './validate-input'

const base = {
  startMonth: '2025-04',
  horizonMonths: 12,
  rateKind: 'cohort-share' as const,
  dimensions: {
    places: ['p'],
    sectors: ['acute'],
    staffGroups: ['registered-nurse'],
    ageBands: ['25-29', '30-34'],
  },
}
const row = (ageBand: string, staffGroup = 'registered-nurse') => ({
  place: 'p',
  sector: 'acute',
  staffGroup,
  ageBand,
  headcount: 10,
  ftePerHead: 1,
})

function duplicatePaths(stock: unknown[]) {
  const result = safeParseProjectionInput({ ...base, stock })
  return result.issues
    .filter((each) => each.code === 'duplicate_key')
    .map((each) => each.path.join('.'))
}

describe('safeParseProjectionInput: repeated stock cells', () => {
  it('reports each repeat of a known cell by its row, and no other row', () => {
    expect(duplicatePaths([row('25-29'), row('30-34'), row('25-29'), row('25-29')])).toEqual([
      'stock.2',
      'stock.3',
    ])
  })

  it('reports repeats of a row with an unknown code too (beside the unknown-code issues)', () => {
    const result = safeParseProjectionInput({
      ...base,
      stock: [row('25-29', 'gp'), row('25-29', 'gp'), row('30-34', 'gp')],
    })
    expect(result.success).toBe(false)
    const paths = result.issues.map((each) => each.path.join('.'))
    expect(paths).toContain('stock.0.staffGroup')
    expect(
      result.issues.filter((each) => each.code === 'duplicate_key').map((e) => e.path.join('.')),
    ).toEqual(['stock.1'])
  })
})
