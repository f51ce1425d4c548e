import { describe, expect, it } from 'vitest'
import { safeParseDataset } from './parse-dataset'

const hierarchy = {
  integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
  places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
  organisations: [{ code: 'RJ1', name: 'Acute trust', sector: 'acute', place: 'lambeth' }],
}
const sickness = (fteDaysLost: number, fteDaysAvailable: number) => ({
  month: '2024-04',
  organisation: 'RJ1',
  staffGroup: 'ahp',
  fteDaysLost,
  fteDaysAvailable,
})

// Issue 15, finding 7: 5 days lost out of 1 available (a rate of 5.0) was accepted silently.
describe('sickness plausibility', () => {
  it('warns when FTE days lost are above FTE days available, giving the rate', () => {
    const result = safeParseDataset({ ...hierarchy, sickness: [sickness(5, 1)] })
    expect(result.success).toBe(true)
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'inconsistent',
        table: 'sickness',
        row: 0,
        column: 'fteDaysLost',
        message:
          'fteDaysLost 5 is above fteDaysAvailable 1 (a sickness rate of 5.00): more days lost than available (are the columns swapped?)',
      }),
    ])
  })

  it('says nothing for a plausible rate, including every day lost', () => {
    const result = safeParseDataset({ ...hierarchy, sickness: [sickness(310, 7400)] })
    expect(result.issues).toEqual([])
    const all = safeParseDataset({
      ...hierarchy,
      sickness: [{ ...sickness(30, 30), staffGroup: 'midwife' }],
    })
    expect(all.issues).toEqual([])
  })
})
