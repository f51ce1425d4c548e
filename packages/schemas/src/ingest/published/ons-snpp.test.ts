import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { defaultTaxonomy } from '../../taxonomy'
import { safeIngestPublishedCsv } from './ingest-published'
import { realdataText } from './test-support/realdata'

// ONS 2014-based SNPP as NOMIS exports them: ../shared/realdata/SOURCES.md, "ons/".
const text = realdataText('ons/snpp-2014-nomis-extract.csv')
const published = Papa.parse<Record<string, string>>(text, {
  header: true,
  skipEmptyLines: true,
}).data

describe('ons-snpp', () => {
  const result = safeIngestPublishedCsv(text, { file: 'snpp.csv' })
  const rows = result.ingested.tables.population ?? { rows: [] }

  it('is recognised and read with no issue', () => {
    expect(result.ingested.layout).toBe('ons-snpp')
    expect(result.issues).toEqual([])
  })

  it('gives bands that sum to the file’s total per geography and year', () => {
    const totals = new Map<string, number>()
    for (const line of published) {
      const key = `${line.GEOGRAPHY_CODE} ${line.PROJECTED_YEAR_NAME}`
      totals.set(key, (totals.get(key) ?? 0) + Number(line.OBS_VALUE))
    }
    const read = new Map<string, number>()
    for (const row of rows.rows) {
      const key = `${row.place} ${row.year}`
      read.set(key, (read.get(key) ?? 0) + row.persons)
    }
    expect(totals.size).toBe(3 * 14)
    expect([...read.keys()].sort()).toEqual([...totals.keys()].sort())
    for (const [key, total] of totals) expect(read.get(key)).toBeCloseTo(total, 6)
    const bands = defaultTaxonomy.populationAgeBands.length
    expect(rows.rows).toHaveLength(totals.size * bands)
  })

  it('puts 90 (and over) in the open band and single years where they belong', () => {
    const darlington2020 = published.filter(
      (line) => line.GEOGRAPHY_CODE === 'E06000005' && line.PROJECTED_YEAR_NAME === '2020',
    )
    const sum = (low: number, high: number) =>
      darlington2020
        .filter((line) => Number(line.C_AGE) >= low && Number(line.C_AGE) <= high)
        .reduce((total, line) => total + Number(line.OBS_VALUE), 0)
    const band = (code: string) =>
      rows.rows.find(
        (row) => row.place === 'E06000005' && row.year === 2020 && row.ageBand === code,
      )
    expect(band('85-plus')?.persons).toBeCloseTo(sum(85, 90), 6)
    expect(band('0-17')?.persons).toBeCloseTo(sum(0, 17), 6)
  })

  it('maps geographies to places, filters years, and does not count persons lines twice', () => {
    const mapped = safeIngestPublishedCsv(text, {
      places: { E06000005: 'darlington' },
      from: '2020-01',
      to: '2021-12',
    })
    const years = new Set(mapped.ingested.tables.population?.rows.map((row) => row.year))
    expect([...years].sort()).toEqual([2020, 2021])
    expect(mapped.ingested.tables.population?.rows.some((row) => row.place === 'darlington')).toBe(
      true,
    )
    const withPersons = `${text.trimEnd()}\nE06000005,0,2020,999999,0\n`
    const again = safeIngestPublishedCsv(withPersons, { from: '2020-01', to: '2020-12' })
    const young = again.ingested.tables.population?.rows.find(
      (row) => row.place === 'E06000005' && row.ageBand === '0-17',
    )
    const fromSexes = published
      .filter(
        (line) =>
          line.GEOGRAPHY_CODE === 'E06000005' &&
          line.PROJECTED_YEAR_NAME === '2020' &&
          Number(line.C_AGE) <= 17,
      )
      .reduce((total, line) => total + Number(line.OBS_VALUE), 0)
    expect(young?.persons).toBeCloseTo(fromSexes, 6)
    expect(again.ingested.readAs).toContain('not used')
  })

  it('refuses bands that would split 90-and-over', () => {
    const bands = [
      { code: '0-89', label: '0-89', minAge: 0, maxAge: 89 },
      { code: '90-99', label: '90-99', minAge: 90, maxAge: 99 },
    ]
    const result2 = safeIngestPublishedCsv(text, { populationAgeBands: bands })
    expect(result2.success).toBe(false)
    expect(result2.issues[0]?.message).toContain('open-ended')
  })
})
