import { describe, expect, it } from 'vitest'
import { safeIngestCsv } from '../ingest/ingest-csv'
import { safeIngestDatasetFiles } from '../ingest/ingest-dataset-files'
import { safeParseDataset } from './parse-dataset'

// Issue 15, finding 8: codes named like Object's own properties are ordinary codes.
describe('codes named constructor, toString or valueOf', () => {
  const dataset = {
    integratedCareSystems: [{ code: 'constructor', name: 'ICS' }],
    places: [
      { code: 'constructor', name: 'P', ics: 'constructor' },
      { code: 'toString', name: 'Q', ics: 'constructor' },
    ],
    organisations: [{ code: 'valueOf', name: 'T', sector: 'acute', place: 'toString' }],
    workforce: [
      { month: '2024-04', organisation: 'valueOf', staffGroup: 'ahp', headcount: 2, fte: 2 },
    ],
  }

  it('validate as places, ICSs and organisations, and an unknown one is still unknown', () => {
    expect(safeParseDataset(dataset).issues).toEqual([])
    const unknown = safeParseDataset({
      ...dataset,
      organisations: [{ code: 'valueOf', name: 'T', sector: 'acute', place: 'hasOwnProperty' }],
    })
    expect(unknown.issues.map((each) => each.message)).toEqual([
      'place: unknown place "hasOwnProperty"',
    ])
  })

  it('read from CSV cells', () => {
    const text = 'month,organisation,staffGroup,headcount,fte\n2024-04,constructor,toString,1,1\n'
    const result = safeIngestCsv(text, { table: 'workforce' })
    expect(result.ingested.rows).toEqual([
      {
        month: '2024-04',
        organisation: 'constructor',
        staffGroup: 'toString',
        headcount: 1,
        fte: 1,
      },
    ])
  })

  it('are table fields of dataset.json like any other (not "given by more than one file")', () => {
    const text = JSON.stringify({ ...dataset, constructor: [] })
    const result = safeIngestDatasetFiles([{ name: 'dataset.json', text }])
    expect(result.issues.map((each) => each.message)).not.toContain(
      'constructor is given by more than one file',
    )
  })
})
