import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { safeIngestPublishedCsv } from './ingest-published'
import { realdataText } from './test-support/realdata'

// NHS Digital PCN workforce, individual level, raw: ../shared/realdata/SOURCES.md, "nhs-digital/pcn/".
const names = ['PCN_March_2020_Individual_Level.csv', 'PCN_June_2020_Individual_Level.csv']

describe('nhs-digital-pcn-individual', () => {
  it.each(names)(
    '%s: headcount is distinct UNIQUE_IDENTIFIER and FTE the sum, per PCN × group × month',
    (name) => {
      const text = realdataText(`nhs-digital/pcn/${name}`)
      const result = safeIngestPublishedCsv(text, { file: name })
      expect(result.ingested.layout).toBe('nhs-digital-pcn-individual')
      expect(result.issues).toEqual([])
      const rows = result.ingested.tables.workforce?.rows ?? []
      const lines = Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: true,
      }).data
      const role = (line: Record<string, string>) =>
        line.STAFF_ROLE === 'Pharmacists'
          ? 'clinical-pharmacist'
          : line.STAFF_ROLE === 'Physician Associates'
            ? 'physician-associate'
            : line.STAFF_GROUP === 'Other Direct Patient Care staff'
              ? 'direct-patient-care'
              : 'practice-admin'
      const people = new Map<string, Set<string>>()
      const fte = new Map<string, number>()
      for (const line of lines) {
        const key = `${line.CENSUS_YEAR}-${String(line.CENSUS_MONTH).padStart(2, '0')} ${line.PCN_CODE} ${role(line)}`
        people.set(key, (people.get(key) ?? new Set()).add(line.UNIQUE_IDENTIFIER as string))
        fte.set(key, (fte.get(key) ?? 0) + Number(line.FTE))
      }
      expect(rows).toHaveLength(people.size)
      for (const row of rows) {
        const key = `${row.month} ${row.organisation} ${row.staffGroup}`
        expect(row.headcount).toBe(people.get(key)?.size)
        expect(row.fte).toBeCloseTo(fte.get(key) as number, 5)
      }
      expect(
        result.ingested.tables.organisations?.rows.every((row) => row.sector === 'primary-care'),
      ).toBe(true)
    },
  )

  it('rejects a role it cannot place, naming the option that maps it', () => {
    const text = realdataText(`nhs-digital/pcn/${names[0]}`)
    const changed = text.replace(
      ',Other Direct Patient Care staff,Physiotherapists,',
      ',Wizards,Wizards,',
    )
    const result = safeIngestPublishedCsv(changed)
    expect(result.issues[0]).toMatchObject({ code: 'unknown_code', column: 'STAFF_ROLE' })
    expect(result.issues[0]?.message).toContain('staffGroupNames')
    const mapped = safeIngestPublishedCsv(changed, {
      staffGroupNames: { Wizards: 'direct-patient-care' },
    })
    expect(mapped.issues).toEqual([])
  })
})
