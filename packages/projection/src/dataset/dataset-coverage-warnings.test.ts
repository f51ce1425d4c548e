import { parseDataset } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { datasetCoverageWarnings } from './dataset-coverage-warnings'

const base = {
  integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
  places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
  organisations: [
    { code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' },
    { code: 'RV5', name: 'Mental health trust', sector: 'mental-health', place: 'lambeth' },
  ],
  workforce: [
    {
      month: '2025-03',
      organisation: 'RJ1',
      staffGroup: 'registered-nurse',
      headcount: 10,
      fte: 9,
    },
    { month: '2025-03', organisation: 'RV5', staffGroup: 'registered-nurse', headcount: 5, fte: 4 },
  ],
}

function warningsOf(extra: Record<string, unknown>) {
  const dataset = parseDataset({ ...base, ...extra })
  return datasetCoverageWarnings({
    dataset,
    organisations: new Set(['RJ1', 'RV5']),
    placeCodes: new Set(['lambeth']),
    sectorsInUse: new Set(['acute', 'mental-health']),
    startMonth: '2025-04',
    endMonth: '2037-03',
  })
}

describe('datasetCoverageWarnings', () => {
  it('says what is assumed for each missing table', () => {
    const issues = warningsOf({})
    expect(issues.map((each) => [each.table, each.severity])).toEqual([
      ['vacancies', 'warning'],
      ['payRates', 'warning'],
      ['flows', 'warning'],
    ])
    expect(issues[0]?.message).toContain('demand starts at the starting supply')
    expect(issues[1]?.message).toContain('£0')
    expect(issues[2]?.message).toContain('nobody leaves')
  })

  it('names a sector with no vacancy rows and a population that stops before the horizon', () => {
    const issues = warningsOf({
      vacancies: [
        {
          month: '2025-03',
          organisation: 'RJ1',
          staffGroup: 'registered-nurse',
          fundedFte: 10,
          staffInPostFte: 9,
        },
      ],
      flows: [
        {
          month: '2025-03',
          organisation: 'RJ1',
          staffGroup: 'registered-nurse',
          direction: 'leaver',
          reason: 'voluntary',
          headcount: 1,
          fte: 1,
        },
      ],
      payRates: [
        {
          financialYear: '2025/26',
          staffGroup: 'registered-nurse',
          annualPayGbp: '35000',
          onCostRate: 0.28,
          bankPremiumRate: 0.1,
          agencyPremiumRate: 0.5,
        },
      ],
      population: [{ place: 'lambeth', year: 2030, ageBand: '85-plus', persons: 4100 }],
    })
    expect(issues.map((each) => each.message)).toEqual([
      'sector "mental-health" has no vacancy rows: its demand starts at its supply (FTE in post), so its gap starts at 0',
      'the population ends in 2030, before the horizon (2037-03): demographic demand is held flat after mid-2030',
    ])
  })

  it('is silent when every table covers the projection', () => {
    const issues = warningsOf({
      vacancies: ['RJ1', 'RV5'].map((organisation) => ({
        month: '2025-03',
        organisation,
        staffGroup: 'registered-nurse',
        fundedFte: 10,
        staffInPostFte: 9,
      })),
      flows: [
        {
          month: '2025-03',
          organisation: 'RJ1',
          staffGroup: 'registered-nurse',
          direction: 'leaver',
          reason: 'voluntary',
          headcount: 1,
          fte: 1,
        },
      ],
      payRates: [
        {
          financialYear: '2025/26',
          staffGroup: 'registered-nurse',
          annualPayGbp: '35000',
          onCostRate: 0.28,
          bankPremiumRate: 0.1,
          agencyPremiumRate: 0.5,
        },
      ],
      population: [{ place: 'lambeth', year: 2040, ageBand: '85-plus', persons: 4100 }],
    })
    expect(issues).toEqual([])
  })
})
