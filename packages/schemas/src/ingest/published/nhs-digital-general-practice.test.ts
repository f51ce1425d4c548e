import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeIngestDatasetFiles } from '../ingest-dataset-files'
import { safeIngestPublishedCsv } from './ingest-published'
import { realdataText } from './test-support/realdata'

// Real values of NHS Digital's General Practice files (lower-cased re-export):
// ../shared/realdata/SOURCES.md, "nhs-digital/general-practice/".
const detailed = realdataText(
  'nhs-digital/general-practice/gpw_practice_detailed_2025-06_07_extract_lowercase.csv',
)
const highLevel = realdataText(
  'nhs-digital/general-practice/gpw_practice_high_level_2024-08_extract_lowercase.csv',
)
const lines = Papa.parse<Record<string, string>>(detailed, {
  header: true,
  skipEmptyLines: true,
}).data

describe('nhs-digital-general-practice', () => {
  const result = safeIngestPublishedCsv(detailed, { file: 'gp.csv' })
  const rows = result.ingested.tables.workforce?.rows ?? []

  it('reads the detailed layout, months from its year and month columns', () => {
    expect(result.ingested.layout).toBe('nhs-digital-general-practice')
    expect(new Set(rows.map((row) => row.month))).toEqual(new Set(['2025-06', '2025-07']))
    const a81002 = rows.find(
      (row) => row.organisation === 'A81002' && row.month === '2025-07' && row.staffGroup === 'gp',
    )
    expect(a81002).toMatchObject({ headcount: 13, fte: 9.32 })
    expect(result.ingested.readAs).toContain('trainees in training grades and locums included')
  })

  it('reports NA once per column, as missing values (no row, not 0)', () => {
    const columns = Object.keys(lines[0] as object).filter((column) =>
      ['total_gp', 'total_nurses', 'total_dpc', 'total_admin', 'total_patients'].some(
        (stem) => column === stem || column === `${stem}_hc` || column === `${stem}_fte`,
      ),
    )
    const expected = columns.filter((column) =>
      lines.some((line) => line[column] === 'NA' || line[column] === 'ND'),
    )
    expect(expected.length).toBeGreaterThan(0)
    expect(result.issues.map((each) => each.column).sort()).toEqual(expected.sort())
    expect(
      result.issues.every(
        (each) => each.code === 'suppressed_value' && each.severity === 'warning',
      ),
    ).toBe(true)
    const withNa = lines.filter((line) => line.total_nurses_fte === 'NA')
    for (const line of withNa) {
      expect(
        rows.some(
          (row) => row.organisation === line.prac_code && row.staffGroup === 'practice-nurse',
        ),
      ).toBe(false)
    }
    const perLine = safeIngestPublishedCsv(detailed, { missingValues: 'per-line' })
    expect(perLine.issues.length).toBeGreaterThan(result.issues.length)
  })

  it('keeps list sizes, and can leave out trainees and locums', () => {
    expect(result.ingested.registeredPatients).toHaveLength(lines.length)
    const permanent = safeIngestPublishedCsv(detailed, { gps: 'qualified-permanent' })
    const gp = permanent.ingested.tables.workforce?.rows.find(
      (row) => row.organisation === 'A81002' && row.month === '2025-07' && row.staffGroup === 'gp',
    )
    const line = lines.find((each) => each.prac_code === 'A81002' && each.month === '07')
    expect(gp?.fte).toBeCloseTo(Number(line?.total_gp_extgl_fte), 9)
  })

  it('reads the raw upper-case layout, the month from the option or NHS Digital’s file name', () => {
    const [header, ...rest] = detailed.split('\n')
    const upper = [
      (header as string).toUpperCase().replace(/,"YEAR","MONTH"$/, ''),
      ...rest.map((line) => line.replace(/,"\d{4}","\d{2}"$/, '')),
    ].join('\n')
    const none = safeIngestPublishedCsv(upper)
    expect(none.issues[0]).toMatchObject({ code: 'missing_column' })
    const named = safeIngestPublishedCsv(upper, {
      file: 'General Practice – July 2025 Practice Level - Detailed.csv',
    })
    expect(new Set(named.ingested.tables.workforce?.rows.map((row) => row.month))).toEqual(
      new Set(['2025-07']),
    )
    // Without the month columns both months' lines carry the one month: duplicates, reported.
    expect(named.issues.some((each) => each.code === 'duplicate_key')).toBe(true)
  })
})

// The high-level extract has FTE lines only (no Headcount measure): every practice, staff
// group and month is a workforceFte row whose FTE is the sum of the file's values.
const highLevelLines = Papa.parse<Record<string, string>>(highLevel, {
  header: true,
  skipEmptyLines: true,
}).data

/** The file's FTE summed per practice and staff group (physician associates have their own). */
function fileFte(lines: readonly Record<string, string>[]): Map<string, number> {
  const sums = new Map<string, number>()
  for (const line of lines) {
    if (line.measure !== 'FTE') continue
    const group =
      line.detailed_staff_role === 'Physician Associate'
        ? 'physician-associate'
        : 'direct-patient-care'
    const key = `${line.prac_code} ${group}`
    sums.set(key, (sums.get(key) ?? 0) + Number(line.value))
  }
  return sums
}

const producedFte = (rows: readonly { organisation: string; staffGroup: string; fte: number }[]) =>
  new Map(rows.map((row) => [`${row.organisation} ${row.staffGroup}`, row.fte]))

describe('nhs-digital-general-practice-high-level', () => {
  it("reads the FTE-only extract into workforceFte rows with the file's FTE, and says why", () => {
    const result = safeIngestPublishedCsv(highLevel)
    expect(result.ingested.layout).toBe('nhs-digital-general-practice-high-level')
    expect(result.success).toBe(true)
    expect(result.ingested.tables.workforce?.rows).toEqual([])
    const rows = result.ingested.tables.workforceFte?.rows ?? []
    expect(new Set(rows.map((row) => row.month))).toEqual(new Set(['2024-08']))
    expect(producedFte(rows)).toEqual(fileFte(highLevelLines))
    expect(result.ingested.tables.workforceFte?.rejectedLines).toEqual([])
    const warning = result.issues.find((each) => each.table === 'workforceFte')
    expect(warning).toMatchObject({ severity: 'warning', code: 'required' })
    expect(warning?.message).toContain('no Headcount line')
    expect(result.ingested.readAs).toContain('2 FTE-only workforceFte row(s)')
  })

  it("gives each practice and group the sum of the file's FTE values, whatever they are", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), {
          minLength: highLevelLines.length,
          maxLength: highLevelLines.length,
        }),
        (tenths) => {
          const lines = highLevelLines.map((line, index) => ({
            ...line,
            value: ((tenths[index] as number) / 10).toFixed(1),
          }))
          const text = Papa.unparse(lines, { quotes: true })
          const rows = safeIngestPublishedCsv(text).ingested.tables.workforceFte?.rows ?? []
          const expected = fileFte(lines)
          const produced = producedFte(rows)
          expect([...produced.keys()].sort()).toEqual([...expected.keys()].sort())
          for (const [key, fte] of expected) expect(produced.get(key)).toBeCloseTo(fte, 9)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('fills dataset.workforceFte through safeIngestDatasetFiles, and workforce stays empty', () => {
    const result = safeIngestDatasetFiles([
      { name: 'integratedCareSystems.csv', text: 'code,name\nQHM,North East and North Cumbria\n' },
      { name: 'places.csv', text: 'code,name,ics\nnorthumberland,Northumberland,QHM\n' },
      {
        name: 'organisations.csv',
        text: 'code,name,sector,place\nA81038,Hirsel Medical Centre,primary-care,northumberland\n',
      },
      { name: 'gpw_practice_high_level_2024-08.csv', text: highLevel },
    ])
    expect(result.issues.filter((each) => each.severity === 'error')).toEqual([])
    expect(result.success).toBe(true)
    const dataset = result.success ? result.value : undefined
    expect(dataset?.workforce).toEqual([])
    expect(producedFte(dataset?.workforceFte ?? [])).toEqual(fileFte(highLevelLines))
  })

  it('reads your own workforce-fte.csv into workforceFte (FTE only, no headcount column)', () => {
    const files = [
      { name: 'integratedCareSystems.csv', text: 'code,name\nQHM,North East and North Cumbria\n' },
      { name: 'places.csv', text: 'code,name,ics\nnorthumberland,Northumberland,QHM\n' },
      {
        name: 'organisations.csv',
        text: 'code,name,sector,place\nA81038,Hirsel Medical Centre,primary-care,northumberland\n',
      },
    ]
    const own = safeIngestDatasetFiles([
      ...files,
      {
        name: 'workforce-fte.csv',
        text: 'month,organisation,staffGroup,fte\n2024-08,A81038,gp,4.6\n',
      },
    ])
    expect(own.success && own.value.workforceFte).toEqual([
      { month: '2024-08', organisation: 'A81038', staffGroup: 'gp', fte: 4.6 },
    ])
    const withHeadcount = safeIngestDatasetFiles([
      ...files,
      {
        name: 'workforce-fte.csv',
        text: 'month,organisation,staffGroup,headcount,fte\n2024-08,A81038,gp,5,4.6\n',
      },
    ])
    expect(withHeadcount.issues.some((each) => each.column === 'headcount')).toBe(true)
  })

  it('puts a group with both measures in workforce, never in both tables', () => {
    const withHeadcount = `${highLevel.trimEnd()}\n"A81038","HIRSEL MEDICAL CENTRE","Direct Patient Care","Physiotherapist","Headcount","0","2024","08"\n"A81038","HIRSEL MEDICAL CENTRE","Direct Patient Care","Physician Associate","Headcount","0","2024","08"\n`
    const both = safeIngestPublishedCsv(withHeadcount)
    const rows = both.ingested.tables.workforce?.rows ?? []
    expect(rows.map((row) => row.staffGroup).sort()).toEqual([
      'direct-patient-care',
      'physician-associate',
    ])
    expect(rows.find((row) => row.staffGroup === 'physician-associate')).toMatchObject({
      month: '2024-08',
      organisation: 'A81038',
      fte: 0,
      headcount: 0,
    })
    expect(both.ingested.tables.workforceFte).toBeUndefined()
  })

  it('rejects a group with a Headcount line and no FTE line, naming the missing measure', () => {
    const headcountOnly = highLevel.replaceAll('"FTE"', '"Headcount"')
    const result = safeIngestPublishedCsv(headcountOnly)
    expect(result.ingested.tables.workforce?.rows).toEqual([])
    const errors = result.issues.filter((each) => each.severity === 'error')
    expect(errors.length).toBe(2)
    expect(errors.every((each) => each.message.includes('no FTE line'))).toBe(true)
  })
})
