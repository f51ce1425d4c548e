import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from '../errors'
import { ingestDatasetFiles, safeIngestDatasetFiles } from './ingest-dataset-files'

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
      { name: 'places.json', text: '[]' },
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
      'places.json',
      'workforce.csv',
    ])
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
})
