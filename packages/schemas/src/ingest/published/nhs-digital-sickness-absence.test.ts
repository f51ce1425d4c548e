import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeIngestPublishedCsv } from './ingest-published'
import { realdataFiles, realdataText } from './test-support/realdata'

// NHS Digital's organisation-level monthly sickness absence files, byte-exact originals:
// ../shared/realdata/SOURCES.md, "nhs-digital/sickness-absence/".
const folder = 'nhs-digital/sickness-absence/'
const files = realdataFiles(folder)

describe('nhs-digital-sickness-absence', () => {
  it('reads all twelve monthly files with no issue, every line a row for all staff', () => {
    expect(files).toHaveLength(12)
    for (const name of files) {
      const text = realdataText(`${folder}${name}`)
      const result = safeIngestPublishedCsv(text, { file: name })
      expect(result.ingested.layout).toBe('nhs-digital-sickness-absence')
      expect(result.issues).toEqual([])
      const lines = Papa.parse(text, { header: true, skipEmptyLines: true }).data
      const rows = result.ingested.tables.sickness?.rows ?? []
      expect(rows).toHaveLength(lines.length)
      expect(rows.every((row) => 'allStaff' in row && row.allStaff === true)).toBe(true)
    }
  })

  it('reproduces NHS Digital’s SICKNESS_ABSENCE_RATE_PERCENT to two decimals on every row', () => {
    let checked = 0
    for (const name of files) {
      const text = realdataText(`${folder}${name}`)
      const published = Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: true,
      }).data
      const rate = new Map(
        published.map((line) => [line.ORG_CODE, Number(line.SICKNESS_ABSENCE_RATE_PERCENT)]),
      )
      const rows = safeIngestPublishedCsv(text, { file: name }).ingested.tables.sickness?.rows ?? []
      for (const row of rows) {
        const computed = (100 * row.fteDaysLost) / row.fteDaysAvailable
        expect(Math.round(computed * 100) / 100).toBeCloseTo(
          rate.get(row.organisation) as number,
          6,
        )
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(3000)
  })

  it('takes each organisation’s sector from ORG_TYPE, ambulance, ICB and CSU included', () => {
    const name = files[0] as string
    const result = safeIngestPublishedCsv(realdataText(`${folder}${name}`), { file: name })
    const sectors = new Set(result.ingested.tables.organisations?.rows.map((row) => row.sector))
    expect([...sectors].sort()).toEqual([
      'acute',
      'ambulance',
      'commissioning-support',
      'community',
      'integrated-care-board',
      'mental-health',
      'other-nhs-body',
    ])
  })

  it('flags a rate that disagrees with the day columns, and a duplicated organisation', () => {
    const name = files[0] as string
    const [header, first] = realdataText(`${folder}${name}`).split('\r\n')
    const changed = (first as string).replace(/,3\.53$/, ',9.99')
    const result = safeIngestPublishedCsv([header, changed, first].join('\n'))
    expect(result.issues.map((each) => [each.code, each.row])).toEqual([
      ['not_reconciled', 2],
      ['duplicate_key', 3],
    ])
  })
})
