import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeParseDataset } from '../../dataset-validation/parse-dataset'
import { safeIngestDatasetFiles } from '../ingest-dataset-files'
import { safeIngestPublishedCsv } from './ingest-published'
import { hchsLayoutFile, realdataText } from './test-support/realdata'

// The HCHS file's layout (real header, names, sort orders, BOM and CRLF) with constructed
// numbers that keep its arithmetic: ../shared/realdata/SOURCES.md, "nhs-digital/hchs/".
const text = realdataText(hchsLayoutFile)
const published = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
}).data

function fileTotals(): Map<string, number> {
  const totals = new Map<string, number>()
  for (const line of published) {
    if (line['Staff Group'] === 'Total' && line['Data Type'] === 'FTE') {
      totals.set(`${line.Date?.slice(0, 7)} ${line['Org Code']}`, Number(line.Total))
    }
  }
  return totals
}

describe('nhs-digital-hchs', () => {
  const result = safeIngestPublishedCsv(text, { file: 'hchs.csv' })
  const rows = result.ingested.tables.workforce?.rows ?? []

  it('is recognised from its header and reads without errors', () => {
    expect(result.ingested.layout).toBe('nhs-digital-hchs')
    expect(result.issues).toEqual([])
    expect(result.success).toBe(true)
  })

  it('gives, for every organisation and month, FTE that adds up to the file’s Total row', () => {
    const totals = fileTotals()
    expect(totals.size).toBe(30)
    const read = new Map<string, number>()
    for (const row of rows) {
      const key = `${row.month} ${row.organisation}`
      read.set(key, (read.get(key) ?? 0) + row.fte)
    }
    expect([...read.keys()].sort()).toEqual([...totals.keys()].sort())
    for (const [key, total] of totals) expect(read.get(key)).toBeCloseTo(total, 4)
  })

  it('sums the names that share a code and keeps every doctor grade, ambulance and ST&T staff', () => {
    const hillingdon = rows.filter((row) => row.organisation === 'RAS' && row.month === '2024-10')
    const sumOf = (names: string[], kind: 'FTE' | 'HC') =>
      published
        .filter(
          (line) =>
            line.Date === '2024-10-31' &&
            line['Org Code'] === 'RAS' &&
            names.includes(line['Staff Group'] as string) &&
            line['Data Type'] === kind,
        )
        .reduce((sum, line) => sum + Number(line.Total), 0)
    const sas = hillingdon.find((row) => row.staffGroup === 'sas-doctor')
    const sasNames = ['Associate Specialist', 'Specialty Doctor', 'Staff Grade']
    expect(sas?.fte).toBeCloseTo(sumOf(sasNames, 'FTE'), 4)
    expect(sas?.headcount).toBe(sumOf(sasNames, 'HC'))
    const consultant = hillingdon.find((row) => row.staffGroup === 'consultant')
    expect(consultant?.fte).toBeCloseTo(sumOf(['Consultant'], 'FTE'), 4)
    const stt = hillingdon.find((row) => row.staffGroup === 'scientific-therapeutic-technical')
    expect(stt?.fte).toBeCloseTo(sumOf(['Scientific, therapeutic & technical staff'], 'FTE'), 4)
    const support = hillingdon.find((row) => row.staffGroup === 'clinical-support')
    const parts = [
      'Support to doctors, nurses & midwives',
      'Support to ambulance staff',
      'Support to ST&T staff',
    ]
    expect(support?.fte).toBeCloseTo(sumOf(parts, 'FTE'), 4)
    const ambulance = rows.filter((row) => row.staffGroup === 'ambulance-staff')
    expect(ambulance.length).toBeGreaterThan(0)
  })

  it('reads a coarser level when asked, never a subtotal with its parts', () => {
    const coarse = safeIngestPublishedCsv(text, {
      level: 'main-staff-group',
      staffGroupNames: { 'Professionally qualified clinical staff': 'registered-nurse' },
    })
    expect(coarse.issues).toEqual([])
    const groups = new Set(coarse.ingested.tables.workforce?.rows.map((row) => row.staffGroup))
    expect([...groups].sort()).toEqual(
      expect.arrayContaining(['clinical-support', 'infrastructure-support', 'registered-nurse']),
    )
    const total = safeIngestPublishedCsv(text, { level: 'staff-group' })
    const unmapped = total.issues.find((each) => each.code === 'unknown_code')
    expect(unmapped).toMatchObject({ column: 'Staff Group', severity: 'error' })
    expect(unmapped?.message).toContain('HCHS Doctors')
    // Its FTE is then missing from the rows, and the reconciliation with Total says so.
    expect(total.issues.some((each) => each.code === 'not_reconciled')).toBe(true)
  })

  it('filters months and names case variants as one group', () => {
    const variant = text.replaceAll(',HCHS Doctors,', ',HCHS doctors,')
    const filtered = safeIngestPublishedCsv(variant, { from: '2025-03', to: '2025-03' })
    expect(filtered.issues).toEqual([])
    const months = new Set(filtered.ingested.tables.workforce?.rows.map((row) => row.month))
    expect([...months]).toEqual(['2025-03'])
    expect(filtered.ingested.readAs).toContain('outside skipped')
  })

  it('names organisations, ICSs and the default whole-ICS places, and the dataset validates', () => {
    const tables = result.ingested.tables
    const sectors = tables.organisations?.rows.map((row) => [row.code, row.sector])
    expect(sectors?.sort()).toEqual([
      ['RAS', 'acute'],
      ['RKL', 'mental-health'],
      ['RRU', 'ambulance'],
      ['RYJ', 'acute'],
      ['RYX', 'community'],
    ])
    const clusterGroups = new Map(
      published.map((line) => [line['Org Code'], line['Cluster Group']]),
    )
    for (const organisation of tables.organisations?.rows ?? []) {
      expect(organisation.clusterGroup).toBe(clusterGroups.get(organisation.code))
    }
    expect(tables.organisations?.rows.find((row) => row.code === 'RKL')?.clusterGroup).toBe(
      'Mental Health',
    )
    expect(tables.places?.rows[0]).toMatchObject({ name: expect.stringContaining('(whole ICS)') })
    const dataset = safeParseDataset({
      integratedCareSystems: tables.integratedCareSystems?.rows,
      places: tables.places?.rows,
      organisations: tables.organisations?.rows,
      workforce: rows,
    })
    expect(dataset.issues.filter((each) => each.severity === 'error')).toEqual([])
  })

  it('rejects unknown names, suppressed values and duplicates line by line', () => {
    const header = text.split('\r\n')[0]
    const line = (group: string, kind: string, value: string) =>
      `2025-03-31,Y56,London,QRV,North West London,RAS,Hillingdon,Acute,Acute - Large,15,${group},${kind},${value}`
    const bad = [
      header,
      line('Wizards', 'FTE', '1'),
      line('Midwives', 'FTE', '*'),
      line('Midwives', 'HC', '3'),
      line('Midwives', 'HC', '3'),
    ].join('\n')
    const read = safeIngestPublishedCsv(bad)
    expect(read.issues.map((each) => [each.code, each.row])).toEqual(
      expect.arrayContaining([
        ['unknown_code', 2],
        ['suppressed_value', 3],
        ['duplicate_key', 5],
      ]),
    )
    expect(read.ingested.tables.workforce?.rejectedLines).toEqual(expect.arrayContaining([2, 3, 5]))
  })

  it('names the layout an older file resembles and the headers it lacks', () => {
    const old =
      'Date,Org code,Org name,Staff group,Total FTE,Total headcount\n2024-03-31,RJ1,X,Midwives,1,1\n'
    const read = safeIngestPublishedCsv(old, { layout: 'nhs-digital-hchs' })
    expect(read.success).toBe(false)
    expect(read.issues[0]?.message).toContain('resembles nhs-digital-hchs')
    expect(read.issues[0]?.message).toContain('"datatype"')
    expect(read.issues[0]?.message).toContain('"Total FTE"')
  })
})

describe("nhs-digital-hchs cluster groups beside a user's own organisations", () => {
  it("keeps the user's organisation without a clusterGroup, with no disagreement warning", () => {
    const result = safeIngestDatasetFiles([
      { name: 'integratedCareSystems.csv', text: 'code,name\nQRV,North West London\n' },
      { name: 'places.csv', text: 'code,name,ics\nhillingdon,Hillingdon,QRV\n' },
      {
        name: 'organisations.csv',
        text: 'code,name,sector,place\nRAS,The Hillingdon Hospitals NHS Foundation Trust,acute,hillingdon\n',
      },
      { name: 'hchs.csv', text },
    ])
    const ras = result.success
      ? result.value.organisations.find((each) => each.code === 'RAS')
      : undefined
    expect(ras).toEqual({
      code: 'RAS',
      name: 'The Hillingdon Hospitals NHS Foundation Trust',
      sector: 'acute',
      place: 'hillingdon',
    })
    const warnings = result.issues.filter(
      (each) => each.code === 'inconsistent' && each.table === 'organisations',
    )
    expect(warnings).toEqual([])
    const rkl = result.success
      ? result.value.organisations.find((each) => each.code === 'RKL')
      : undefined
    expect(rkl?.clusterGroup).toBe('Mental Health')
  })
})
