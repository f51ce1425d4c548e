import { describe, expect, it } from 'vitest'
import { safeIngestCsv } from './ingest-csv'

describe('constant columns in own layouts', () => {
  it('fills a column the file lacks with one value for every line', () => {
    const csv = 'month,staffGroup,headcount,fte\n2025-03,midwife,40,38\n2025-04,midwife,41,39\n'
    const result = safeIngestCsv(csv, { table: 'workforce', constants: { organisation: 'RJ1' } })
    expect(result.issues).toEqual([])
    expect(result.ingested.rows.map((row) => row.organisation)).toEqual(['RJ1', 'RJ1'])
  })

  it('refuses a constant for a column the table does not have, or a bad value', () => {
    const csv = 'month,staffGroup,headcount,fte\n2025-03,midwife,40,38\n'
    const unknown = safeIngestCsv(csv, { table: 'workforce', constants: { organisaton: 'RJ1' } })
    expect(unknown.success).toBe(false)
    expect(unknown.issues[0]).toMatchObject({ code: 'invalid_value', column: 'organisaton' })
    const bad = safeIngestCsv(csv, { table: 'workforce', constants: { organisation: 'R J1' } })
    expect(bad.ingested.rejectedLines).toEqual([2])
    expect(bad.issues[0]).toMatchObject({ column: 'organisation', row: 2 })
  })
})
