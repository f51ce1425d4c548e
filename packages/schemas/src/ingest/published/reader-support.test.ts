import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeIngestPublishedCsv } from './ingest-published'
import type { PublishedLayoutName } from './published-layouts'
import { createRowIssues, valueOrLeaveLineOut } from './reader-support'
import { hchsLayoutFile, realdataFiles, realdataText } from './test-support/realdata'

describe('valueOrLeaveLineOut', () => {
  const headers = ['Org Code', 'Total']

  it('gives the number of a value cell and adds no issue', () => {
    const issues = createRowIssues('f.csv', 'workforce')
    expect(valueOrLeaveLineOut(issues, headers, ['RJ1', ' 1,234.5 '], 1, 7, 'Total')).toBe(1234.5)
    expect(issues.issues()).toEqual([])
    expect(issues.rejected).toEqual([])
  })

  it('leaves a suppressed or non-numeric line out with a typed issue on its column', () => {
    const issues = createRowIssues('f.csv', 'workforce')
    expect(valueOrLeaveLineOut(issues, headers, ['RJ1', '*'], 1, 7, 'Total')).toBeUndefined()
    expect(valueOrLeaveLineOut(issues, headers, ['RJ1', 'ten'], 1, 9)).toBeUndefined()
    const [suppressed, invalid] = issues.issues()
    expect(suppressed).toMatchObject({
      code: 'suppressed_value',
      message: 'Total is suppressed ("*"), a missing value (not 0): the line is left out',
      row: 7,
      column: 'Total',
      severity: 'error',
    })
    // Without a label the issue names the cell by the file's header.
    expect(invalid).toMatchObject({ code: 'invalid_type', row: 9, column: 'Total' })
    expect(invalid?.message).toMatch(/^Total .*: the line is left out$/)
    expect(issues.rejected).toEqual([7, 9])
  })
})

// Each published reader's value cell, on the first data line of a real file
// (../shared/realdata/SOURCES.md), made suppressed: every reader rejects the line the same way.
const sicknessFile = `nhs-digital/sickness-absence/${realdataFiles('nhs-digital/sickness-absence')[0]}`
const readers: { layout: PublishedLayoutName; path: string; column: string; label: string }[] = [
  { layout: 'nhs-digital-hchs', path: hchsLayoutFile, column: 'Total', label: 'Total' },
  {
    layout: 'nhs-digital-pcn-individual',
    path: 'nhs-digital/pcn/PCN_March_2020_Individual_Level.csv',
    column: 'FTE',
    label: 'FTE',
  },
  {
    layout: 'nhs-digital-general-practice-high-level',
    path: 'nhs-digital/general-practice/gpw_practice_high_level_2024-08_extract_lowercase.csv',
    column: 'value',
    label: 'value',
  },
  {
    layout: 'ons-snpp',
    path: 'ons/snpp-2014-nomis-extract.csv',
    column: 'OBS_VALUE',
    label: 'OBS_VALUE',
  },
  {
    layout: 'nhs-digital-sickness-absence',
    path: sicknessFile,
    column: 'FTE_DAYS_LOST',
    label: 'FTE_DAYS_LOST',
  },
]

describe.each(readers)('the $layout reader', ({ layout, path, column, label }) => {
  const [header, first] = Papa.parse<string[]>(realdataText(path).replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    preview: 2,
  }).data as [string[], string[]]
  const at = header.indexOf(column)
  const withValue = (value: string) =>
    Papa.unparse([header, first.map((cell, index) => (index === at ? value : cell))])

  it('reads the line as the file gives it', () => {
    expect(at).toBeGreaterThanOrEqual(0)
    const read = safeIngestPublishedCsv(withValue(first[at] as string))
    expect(read.ingested.layout).toBe(layout)
    expect(read.issues.filter((each) => each.severity === 'error')).toEqual([])
  })

  it.each([
    ['*', 'suppressed_value', `${label} is suppressed ("*")`],
    ['n/a!', 'invalid_type', `${label} `],
  ])('rejects the line when %s is its value', (value, code, start) => {
    const read = safeIngestPublishedCsv(withValue(value))
    const rejection = read.issues.find((each) => each.code === code)
    expect(rejection).toMatchObject({ row: 2, column, severity: 'error' })
    expect(rejection?.message.startsWith(start)).toBe(true)
    expect(rejection?.message.endsWith(': the line is left out')).toBe(true)
    expect(read.ingested.tables[read.ingested.table ?? 'workforce']?.rejectedLines).toEqual([2])
  })
})
