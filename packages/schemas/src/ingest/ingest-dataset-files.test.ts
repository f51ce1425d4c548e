import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from '../errors'
import { ingestDatasetFiles, safeIngestDatasetFiles } from './ingest-dataset-files'
import { hchsLayoutFile, realdataFiles, realdataText } from './published/test-support/realdata'

const hierarchy = [
  { name: 'integratedCareSystems.csv', text: 'code,name\nQKK,South East London\n' },
  { name: 'places.csv', text: 'code,name,ics\nlambeth,Lambeth,QKK\n' },
  { name: 'data/organisations.csv', text: 'code,name,sector,place\nRJ1,Trust,acute,lambeth\n' },
]

describe('safeIngestDatasetFiles', () => {
  it('mirrors the doc example: dataset issues point at the file and line', () => {
    const result = safeIngestDatasetFiles([
      ...hierarchy,
      {
        name: 'workforce.csv',
        text: 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ9,midwife,10,9\n',
      },
    ])
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ file: 'workforce.csv', row: 2, code: 'unknown_code' })
    expect(ingestDatasetFiles(hierarchy).organisations[0]?.code).toBe('RJ1')
  })

  it('reads CSV and JSON tables, a taxonomy, and kebab-case file names', () => {
    const result = safeIngestDatasetFiles([
      ...hierarchy,
      {
        name: 'training-pipeline.csv',
        text: 'programme,staffGroup,durationMonths,annualIntake,attritionRate,localUptakeShare,entryMonth\nbsc,registered-nurse,36,900,0.24,0.5,9\n',
      },
      { name: 'scenarios.json', text: '[{"id":"retain","name":"Retain","levers":[]}]' },
    ])
    expect(result.issues).toEqual([])
    if (result.success) {
      expect(result.value.trainingPipeline).toHaveLength(1)
      expect(result.value.scenarios[0]?.id).toBe('retain')
    }
  })

  it('names the file on every issue, including unknown and duplicate files', () => {
    const result = safeIngestDatasetFiles([
      ...hierarchy,
      { name: 'notes.txt', text: 'hello' },
      { name: 'staff.csv', text: 'a\n1\n' },
      { name: 'places.json', text: '[{"code":"lambeth","name":"Lambeth again","ics":"QKK"}]' },
      {
        name: 'workforce.csv',
        text: 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,ahp,x,1\n',
      },
    ])
    expect(result.success).toBe(false)
    expect(result.issues.every((each) => each.file !== undefined)).toBe(true)
    expect(result.issues.map((each) => each.file)).toEqual([
      'notes.txt',
      'staff.csv',
      'workforce.csv',
      'places.json',
    ])
    expect(result.issues.at(-1)?.message).toContain('duplicate of places.csv line 2')
    expect(result.tables.workforce?.rejectedLines).toEqual([2])
    expect(() => ingestDatasetFiles([{ name: 'places.csv', text: '' }])).toThrow(OneWorkforceError)
  })

  it('reads dataset.json and taxonomy.json', () => {
    const dataset = {
      integratedCareSystems: [{ code: 'QKK', name: 'SEL' }],
      places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
      organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
    }
    const taxonomy = {
      sectors: [{ code: 'acute', label: 'Acute' }],
      staffGroups: [{ code: 'nurse', label: 'Nurses', sectors: ['acute'], family: 'nhs-hchs' }],
      ageBands: [{ code: 'all', label: 'All', minAge: 16, maxAge: null }],
      populationAgeBands: [{ code: 'all', label: 'All', minAge: 0, maxAge: null }],
    }
    const result = safeIngestDatasetFiles([
      { name: 'dataset.json', text: JSON.stringify(dataset) },
      { name: 'taxonomy.json', text: JSON.stringify(taxonomy) },
      {
        name: 'workforce.csv',
        text: 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,ahp,1,1\n',
      },
    ])
    expect(result.issues.map((each) => [each.file, each.column])).toEqual([
      ['workforce.csv', 'staffGroup'],
    ])
  })

  it('reads a folder of published downloads whatever their names, many files to one table', () => {
    const folder = 'nhs-digital/sickness-absence/'
    const monthly = realdataFiles(folder).map((name) => ({
      name: `downloads/${name}`,
      text: realdataText(`${folder}${name}`),
    }))
    const result = safeIngestDatasetFiles([
      ...monthly,
      { name: 'downloads/staff.csv', text: realdataText(hchsLayoutFile) },
      { name: 'downloads/population.csv', text: realdataText('ons/snpp-2014-nomis-extract.csv') },
    ])
    expect(result.files.map((each) => each.layout)).toEqual([
      ...monthly.map(() => 'nhs-digital-sickness-absence'),
      'nhs-digital-hchs',
      'ons-snpp',
    ])
    expect(result.files.at(-2)?.readAs).toContain('level "finest"')
    // ONS geographies are not places until mapped: each unknown one is named with its file and line.
    const errors = result.issues.filter((each) => each.severity === 'error')
    expect(errors.map((each) => [each.file, each.code, each.row])).toEqual([
      ['downloads/population.csv', 'unknown_code', 2],
      ['downloads/population.csv', 'unknown_code', 93],
      ['downloads/population.csv', 'unknown_code', 184],
    ])
    const places = Object.fromEntries(
      ['E06000047', 'E06000005', 'E06000001'].map((code) => [code, 'QRV']),
    )
    const mapped = safeIngestDatasetFiles(
      [
        ...monthly,
        { name: 'hchs.csv', text: realdataText(hchsLayoutFile) },
        { name: 'ons.csv', text: realdataText('ons/snpp-2014-nomis-extract.csv') },
      ],
      { places },
    )
    expect(mapped.issues.filter((each) => each.severity === 'error')).toEqual([])
    const result2 = safeIngestDatasetFiles([
      ...monthly,
      { name: 'hchs.csv', text: realdataText(hchsLayoutFile) },
    ])
    if (!result2.success) throw new Error('expected a dataset')
    expect(result2.issues.filter((each) => each.severity === 'error')).toEqual([])
    const value = result2.value
    const lines = monthly.reduce((sum, file) => sum + file.text.trim().split('\n').length - 1, 0)
    expect(value.sickness).toHaveLength(lines)
    expect(result2.tables.sickness?.rows).toHaveLength(lines)
    const perFile = result2.files
      .slice(0, monthly.length)
      .map((each) => each.ingested?.rows.length ?? 0)
    expect(perFile.reduce((sum, count) => sum + count, 0)).toBe(lines)
    expect(result2.files.every((each) => each.ingested?.rejectedLines.length === 0)).toBe(true)
    const codes = new Set(value.organisations.map((each) => each.code))
    expect(codes.size).toBe(value.organisations.length)
    expect(value.places.every((each) => each.code === each.ics)).toBe(true)
  })

  it('reports a month given twice across files, naming both files and lines', () => {
    const name = realdataFiles('nhs-digital/sickness-absence/')[0] as string
    const text = realdataText(`nhs-digital/sickness-absence/${name}`)
    const result = safeIngestDatasetFiles([
      { name: 'a.csv', text },
      { name: 'b.csv', text },
    ])
    const duplicates = result.issues.filter((each) => each.code === 'duplicate_key')
    expect(duplicates.length).toBe(text.trim().split('\n').length - 1)
    expect(duplicates[0]).toMatchObject({ file: 'b.csv', row: 2, table: 'sickness' })
    expect(duplicates[0]?.message).toContain('a.csv line 2')
  })

  it('names the layout an older file resembles, whatever its name', () => {
    const result = safeIngestDatasetFiles([
      ...hierarchy,
      {
        name: 'nhs.csv',
        text: 'Date,Org code,Org name,Staff group,Total FTE,Total headcount\n2024-03-31,RJ1,X,Midwives,1,1\n',
      },
    ])
    expect(result.issues[0]).toMatchObject({ file: 'nhs.csv', code: 'missing_column' })
    expect(result.issues[0]?.message).toContain('resembles nhs-digital-hchs')
  })
})
