import { describe, expect, it } from 'vitest'
import { safeIngestCsv } from './ingest-csv'
import { safeIngestDatasetFiles } from './ingest-dataset-files'

const header = 'month,organisation,staffGroup,fundedFte,staffInPostFte'

describe('staffGroupNames in own layouts', () => {
  it('maps names in any table with a staff group and keeps codes as they are', () => {
    const csv = `${header}\n2025-03,RJ1,Nurses & health visitors,210,188.5\n2025-03,RJ1,midwife,40,38\n`
    const result = safeIngestCsv(csv, {
      table: 'vacancies',
      staffGroupNames: { 'Nurses & health visitors': 'registered-nurse' },
    })
    expect(result.issues).toEqual([])
    expect(result.ingested.rows.map((row) => row.staffGroup)).toEqual([
      'registered-nurse',
      'midwife',
    ])
  })

  it('is passed on by safeIngestDatasetFiles, and an unmapped name stays an unknown code', () => {
    const files = [
      { name: 'integratedCareSystems.csv', text: 'code,name\nQKK,SEL\n' },
      { name: 'places.csv', text: 'code,name,ics\nlambeth,Lambeth,QKK\n' },
      { name: 'organisations.csv', text: 'code,name,sector,place\nRJ1,Trust,acute,lambeth\n' },
      {
        name: 'vacancies.csv',
        text: `${header}\n2025-03,RJ1,Nurses,210,188.5\n2025-03,RJ1,Midwives,40,38\n`,
      },
    ]
    const result = safeIngestDatasetFiles(files, {
      staffGroupNames: { Nurses: 'registered-nurse' },
    })
    expect(result.issues.map((each) => [each.code, each.row])).toEqual([['unknown_code', 3]])
    expect(result.issues[0]?.message).toContain('"Midwives"')
  })
})
