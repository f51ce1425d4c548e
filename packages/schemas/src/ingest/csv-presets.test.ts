import { describe, expect, it } from 'vitest'
import { safeParseDataset } from '../dataset-validation/parse-dataset'
import { csvPresets } from './csv-presets'
import { safeIngestCsv } from './ingest-csv'

// Column layouts follow NHS Digital's published CSVs: "NHS Workforce Statistics" organisation
// level files, and "General Practice Workforce" practice-level detailed files.
const hchs = [
  'Date,Org code,Org name,NHSE region name,Staff group,Total FTE,Total headcount',
  '2024-03-31,RJ1,Guy’s and St Thomas’,London,Nurses & health visitors,"4,410.25","4,802"',
  '2024-03-31,RJ1,Guy’s and St Thomas’,London,Midwives,301.5,330',
  '2024-03-31,RJ1,Guy’s and St Thomas’,London,HCHS doctors,"2,001",2200',
  '2024-03-31,RJ1,Guy’s and St Thomas’,London,"Support to doctors, nurses & midwives",*,12',
  '2024-03-31,RJ1,Guy’s and St Thomas’,London,Total,"20,000","22,000"',
  '2024-03-31,RJ1,Guy’s and St Thomas’,London,Ambulance staff,3,3',
].join('\r\n')

const gp = [
  'PRAC_CODE,PRAC_NAME,TOTAL_PATIENTS,TOTAL_GP_HC,TOTAL_GP_FTE,TOTAL_NURSES_HC,TOTAL_NURSES_FTE,TOTAL_DPC_HC,TOTAL_DPC_FTE,TOTAL_ADMIN_HC,TOTAL_ADMIN_FTE',
  'G85001,A practice,"12,004",8,5.6,3,2.1,4,3.2,12,9.8',
  'G85002,B practice,6001,4,3,ND,ND,2,1.2,6,4.4',
].join('\n')

describe('csv presets', () => {
  it('mirrors the doc example', () => {
    expect(csvPresets['nhs-digital-general-practice'].rows.length).toBe(4)
  })

  it('reads NHS Digital HCHS organisation-level files, mapping staff group names', () => {
    const result = safeIngestCsv(hchs, { columns: 'nhs-digital-hchs', file: 'hchs.csv' })
    expect(result.ingested.rows).toEqual([
      {
        month: '2024-03',
        organisation: 'RJ1',
        staffGroup: 'registered-nurse',
        headcount: 4802,
        fte: 4410.25,
      },
      { month: '2024-03', organisation: 'RJ1', staffGroup: 'midwife', headcount: 330, fte: 301.5 },
      {
        month: '2024-03',
        organisation: 'RJ1',
        staffGroup: 'ambulance-staff',
        headcount: 3,
        fte: 3,
      },
    ])
    // "HCHS doctors" and "Total" are subtotals: left out so no one is counted twice.
    expect(result.issues.map((each) => [each.code, each.row, each.severity])).toEqual([
      ['invalid_value', 4, 'warning'],
      ['suppressed_value', 5, 'error'],
      ['invalid_value', 6, 'warning'],
    ])
    expect(result.ingested.rejectedLines).toEqual([4, 5, 6])
    const mapped = safeIngestCsv(hchs, {
      columns: 'nhs-digital-hchs',
      staffGroupNames: { 'HCHS doctors': 'consultant' },
      onSuppressed: 'warning',
    })
    expect(mapped.success).toBe(true)
    expect(mapped.ingested.rows.find((row) => row.staffGroup === 'consultant')?.fte).toBe(2001)
  })

  it('points the long published HCHS layout at the published reader', () => {
    const long = 'Date,Org Code,Staff Group,Data Type,Total\n2025-03-31,RAS,Midwives,FTE,1\n'
    const result = safeIngestCsv(long, { columns: 'nhs-digital-hchs' })
    expect(result.issues[0]?.message).toContain('safeIngestPublishedCsv')
  })

  it('reads NHS Digital General Practice practice-level files into four rows per practice', () => {
    const result = safeIngestCsv(gp, { columns: 'nhs-digital-general-practice', month: '2024-09' })
    expect(result.ingested.rows.filter((row) => row.organisation === 'G85001')).toEqual([
      { month: '2024-09', organisation: 'G85001', staffGroup: 'gp', headcount: 8, fte: 5.6 },
      {
        month: '2024-09',
        organisation: 'G85001',
        staffGroup: 'practice-nurse',
        headcount: 3,
        fte: 2.1,
      },
      {
        month: '2024-09',
        organisation: 'G85001',
        staffGroup: 'direct-patient-care',
        headcount: 4,
        fte: 3.2,
      },
      {
        month: '2024-09',
        organisation: 'G85001',
        staffGroup: 'practice-admin',
        headcount: 12,
        fte: 9.8,
      },
    ])
    // G85002's nurses are not disclosed ("ND"): its other three groups are kept, the line is listed.
    expect(result.ingested.rows.filter((row) => row.organisation === 'G85002')).toHaveLength(3)
    expect(result.ingested.rejectedLines).toEqual([3])
    expect(result.issues.map((each) => each.code)).toEqual(['suppressed_value', 'suppressed_value'])
  })

  it('needs a month for General Practice files, from the option or EXTRACT_DATE', () => {
    const without = safeIngestCsv(gp, { columns: 'nhs-digital-general-practice' })
    expect(without.issues[0]).toMatchObject({ code: 'missing_column', column: 'EXTRACT_DATE' })
    expect(without.issues[0]?.message).toContain('month option')
    const dated = gp
      .replace('PRAC_CODE,', 'EXTRACT_DATE,PRAC_CODE,')
      .replace(/\nG/g, '\n31MAR2024,G')
    const result = safeIngestCsv(dated, {
      columns: 'nhs-digital-general-practice',
      onSuppressed: 'warning',
    })
    expect(result.ingested.rows[0]?.month).toBe('2024-03')
  })

  it('gives rows that validate against the default taxonomy', () => {
    const rows = safeIngestCsv(gp, { columns: 'nhs-digital-general-practice', month: '2024-09' })
      .ingested.rows
    const result = safeParseDataset({
      integratedCareSystems: [{ code: 'QKK', name: 'SEL' }],
      places: [{ code: 'bexley', name: 'Bexley', ics: 'QKK' }],
      organisations: ['G85001', 'G85002'].map((code) => ({
        code,
        name: code,
        sector: 'primary-care',
        place: 'bexley',
      })),
      workforce: rows,
    })
    expect(result.issues).toEqual([])
  })
})
