import { describe, expect, it } from 'vitest'
import { safeIngestCsv } from './ingest-csv'

describe('sickness rows for all staff in an own-layout CSV', () => {
  it('reads allStaff true and staff group rows side by side, and refuses a row with neither', () => {
    const csv = [
      'month,organisation,staffGroup,allStaff,fteDaysLost,fteDaysAvailable',
      '2025-03,RJ1,midwife,,31,700',
      '2025-03,RJ1,,true,910,21000',
      '2025-03,RJ2,,,5,100',
    ].join('\n')
    const result = safeIngestCsv(csv, { table: 'sickness' })
    expect(result.ingested.rows).toEqual([
      {
        month: '2025-03',
        organisation: 'RJ1',
        staffGroup: 'midwife',
        fteDaysLost: 31,
        fteDaysAvailable: 700,
      },
      {
        month: '2025-03',
        organisation: 'RJ1',
        allStaff: true,
        fteDaysLost: 910,
        fteDaysAvailable: 21000,
      },
    ])
    expect(result.ingested.rejectedLines).toEqual([4])
    expect(result.issues.every((each) => each.row === 4)).toBe(true)
  })
})
