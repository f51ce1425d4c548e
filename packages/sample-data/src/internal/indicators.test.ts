import { type Dataset, datasetSchema } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import {
  agencyShare,
  ftePerHead,
  leaverRate,
  populationIn,
  sicknessRate,
  stabilityLowerBound,
  trainingAttrition,
  vacancyRate,
} from './indicators'

// A hand-built two-organisation fixture whose indicators are worked out by hand below.
const fixture: Dataset = datasetSchema.parse({
  integratedCareSystems: [{ code: 'X', name: 'X' }],
  places: [{ code: 'p', name: 'P', ics: 'X' }],
  organisations: [
    { code: 'A', name: 'Trust', sector: 'acute', place: 'p' },
    { code: 'S', name: 'Care', sector: 'social-care', place: 'p' },
  ],
  workforce: [
    {
      month: '2025-03',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      headcount: 100,
      fte: 90,
    },
    {
      month: '2026-03',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      headcount: 110,
      fte: 99,
    },
    { month: '2026-03', organisation: 'S', staffGroup: 'care-worker', headcount: 50, fte: 30 },
  ],
  flows: [
    {
      month: '2025-06',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      direction: 'leaver',
      reason: 'voluntary',
      headcount: 6,
      fte: 5,
    },
    {
      month: '2025-07',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      direction: 'leaver',
      reason: 'other-organisation',
      headcount: 4,
      fte: 4,
    },
    // Outside 2025/26: ignored.
    {
      month: '2024-07',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      direction: 'leaver',
      reason: 'voluntary',
      headcount: 50,
      fte: 50,
    },
    {
      month: '2025-07',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      direction: 'joiner',
      reason: 'international',
      headcount: 20,
      fte: 18,
    },
  ],
  vacancies: [
    {
      month: '2025-04',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      fundedFte: 100,
      staffInPostFte: 90,
    },
    {
      month: '2025-05',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      fundedFte: 100,
      staffInPostFte: 80,
    },
  ],
  sickness: [
    {
      month: '2025-04',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      fteDaysLost: 30,
      fteDaysAvailable: 600,
    },
  ],
  spend: [
    {
      month: '2025-04',
      organisation: 'A',
      staffGroup: 'registered-nurse',
      substantiveGbp: '900',
      bankGbp: '60',
      agencyGbp: '40',
    },
  ],
  trainingPipeline: [
    {
      programme: 'a',
      staffGroup: 'registered-nurse',
      durationMonths: 36,
      annualIntake: 300,
      attritionRate: 0.2,
      localUptakeShare: 0.5,
      entryMonth: 9,
    },
    {
      programme: 'b',
      staffGroup: 'registered-nurse',
      durationMonths: 36,
      annualIntake: 100,
      attritionRate: 0.4,
      localUptakeShare: 0.5,
      entryMonth: 9,
    },
  ],
  population: [
    { place: 'p', year: 2024, ageBand: '0-17', persons: 10 },
    { place: 'p', year: 2024, ageBand: '18-64', persons: 30 },
    { place: 'p', year: 2025, ageBand: '18-64', persons: 99 },
  ],
})

const scope = { sectors: ['acute'], financialYear: '2025/26' }

describe('indicators (DOMAIN.md definitions)', () => {
  it('leaver rate: leavers in 12 months / mean headcount at start and end', () => {
    // (6 + 4) / ((100 + 110) / 2) and, excluding moves, 6 / 105.
    expect(leaverRate(fixture, scope, { excludeMoves: false })).toBeCloseTo(10 / 105, 12)
    expect(leaverRate(fixture, scope, { excludeMoves: true })).toBeCloseTo(6 / 105, 12)
    expect(leaverRate(fixture, { ...scope, sectors: ['voluntary'] }, { excludeMoves: false })).toBe(
      0,
    )
  })

  it('stability lower bound: 1 − leavers / headcount at start', () => {
    expect(stabilityLowerBound(fixture, scope, { excludeMoves: true })).toBeCloseTo(0.94, 12)
  })

  it('vacancy rate: vacancy FTE / funded FTE, pooled', () => {
    expect(vacancyRate(fixture, scope)).toBeCloseTo(30 / 200, 12)
  })

  it('sickness, agency share, FTE per head, population and attrition', () => {
    expect(sicknessRate(fixture, scope)).toBeCloseTo(0.05, 12)
    expect(agencyShare(fixture, scope)).toBeCloseTo(0.04, 12)
    expect(ftePerHead(fixture, scope)).toBeCloseTo(0.9, 12)
    expect(ftePerHead(fixture, { sectors: ['social-care'], financialYear: '2025/26' })).toBeCloseTo(
      0.6,
      12,
    )
    expect(populationIn(fixture, 2024)).toBe(40)
    expect(trainingAttrition(fixture, ['registered-nurse'])).toBeCloseTo(0.25, 12)
    expect(trainingAttrition(fixture, ['gp'])).toBe(0)
  })
})
