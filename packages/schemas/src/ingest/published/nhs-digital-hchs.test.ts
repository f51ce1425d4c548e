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

  it('keeps the Total lines’ headcounts (each person once), which the rows’ headcount overstates', () => {
    const totalLines = (kind: 'FTE' | 'HC') =>
      published.filter((line) => line['Staff Group'] === 'Total' && line['Data Type'] === kind)
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
    const people = result.ingested.organisationHeadcounts
    expect(people).toHaveLength(totalLines('HC').length)
    for (const line of totalLines('HC')) {
      expect(people).toContainEqual({
        month: line.Date?.slice(0, 7),
        organisation: line['Org Code'],
        headcount: Number(line.Total),
      })
    }
    const headcountOverGroups = sum(rows.map((row) => row.headcount))
    const headcountOfTotals = sum(people.map((row) => row.headcount))
    expect(headcountOfTotals).toBe(sum(totalLines('HC').map((line) => Number(line.Total))))
    const fteOverGroups = sum(rows.map((row) => row.fte))
    const fteOfTotals = sum(totalLines('FTE').map((line) => Number(line.Total)))
    // The figures the guide, the reader's TSDoc and OrganisationHeadcountRow quote.
    expect(headcountOverGroups).toBe(293_273)
    expect(headcountOfTotals).toBe(278_872)
    expect(fteOverGroups.toFixed(3)).toBe('257030.062')
    expect(fteOfTotals.toFixed(3)).toBe('257030.062')
    expect(result.ingested.readAs).toContain(
      '278872 people over 30 organisation-month(s) (in organisationHeadcounts), against 293273 summed over the finest rows of those months (+5.2%)',
    )
    // Month by month too: every organisation's rows count at least its Total's people.
    for (const { month, organisation, headcount } of people) {
      const own = rows.filter((row) => row.month === month && row.organisation === organisation)
      expect(sum(own.map((row) => row.headcount))).toBeGreaterThanOrEqual(headcount)
    }
  })

  it('says by how much each level’s summed headcount overstates the Total lines’ people', () => {
    const at = (
      level: 'staff-group' | 'main-staff-group',
      staffGroupNames: Record<string, string>,
    ) => safeIngestPublishedCsv(text, { level, staffGroupNames })
    const staffGroup = at('staff-group', { 'HCHS Doctors': 'other-doctor' })
    const main = at('main-staff-group', {
      'Professionally qualified clinical staff': 'registered-nurse',
    })
    for (const read of [staffGroup, main]) {
      expect(read.issues).toEqual([])
      const overGroups = (read.ingested.tables.workforce?.rows ?? []).reduce(
        (sum, row) => sum + row.headcount,
        0,
      )
      expect(read.ingested.readAs).toContain(`against ${overGroups} summed over the`)
    }
    // The figures the guide quotes: coarser levels overstate less.
    expect(staffGroup.ingested.readAs).toContain(
      'against 288710 summed over the staff-group rows of those months (+3.5%)',
    )
    expect(main.ingested.readAs).toContain(
      'against 285461 summed over the main-staff-group rows of those months (+2.4%)',
    )
  })

  it('keeps only the Total headcounts of the months read, and none that is suppressed', () => {
    const march = safeIngestPublishedCsv(text, { from: '2025-03', to: '2025-03' })
    expect(march.ingested.organisationHeadcounts.map((row) => row.month)).toEqual(
      Array(5).fill('2025-03'),
    )
    const header = text.split('\r\n')[0]
    const line = (kind: string, value: string) =>
      `2025-03-31,Y56,London,QRV,North West London,RAS,Hillingdon,Acute,Acute - Large,1,Total,${kind},${value}`
    const suppressed = safeIngestPublishedCsv(
      [header, line('FTE', '10'), line('HC', '*')].join('\n'),
    )
    expect(suppressed.ingested.organisationHeadcounts).toEqual([])
    expect(suppressed.issues.map((each) => each.code)).toContain('suppressed_value')
    const other = safeIngestPublishedCsv(realdataText('ons/snpp-2014-nomis-extract.csv'))
    expect(other.ingested.organisationHeadcounts).toEqual([])
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
    const hchs = result.files.find((each) => each.file === 'hchs.csv')
    expect(hchs?.organisationHeadcounts).toHaveLength(30)
    expect(result.files.find((each) => each.file === 'places.csv')).not.toHaveProperty(
      'organisationHeadcounts',
    )
  })
})
