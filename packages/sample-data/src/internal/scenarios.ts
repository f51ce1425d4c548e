import type { Scenario } from '@oneworkforce/schemas'

const train: Scenario['levers'] = [
  { type: 'training-places', programme: 'bsc-adult-nursing', fromYear: 2026, relativeChange: 0.25 },
  {
    type: 'training-places',
    programme: 'nursing-associate-apprenticeship',
    fromYear: 2026,
    relativeChange: 0.5,
  },
  {
    type: 'international-recruitment',
    staffGroup: 'registered-nurse',
    annualHeadcount: 300,
    fromMonth: '2026-04',
    toMonth: '2029-03',
  },
]

const retain: Scenario['levers'] = [
  { type: 'retention', relativeChange: -0.1, fromMonth: '2026-04', rampMonths: 12 },
  {
    type: 'retention',
    sector: 'social-care',
    staffGroup: 'care-worker',
    relativeChange: -0.15,
    fromMonth: '2026-04',
    rampMonths: 24,
  },
  {
    type: 'participation',
    staffGroup: 'registered-nurse',
    change: 0.01,
    fromMonth: '2026-04',
    rampMonths: 24,
  },
]

const reform: Scenario['levers'] = [
  { type: 'productivity', ratePerYear: 0.015, fromMonth: '2026-04' },
  {
    type: 'new-role',
    staffGroup: 'nursing-associate',
    sector: 'primary-care',
    pipeline: {
      programme: 'primary-care-nursing-associate',
      durationMonths: 24,
      annualIntake: 40,
      attritionRate: 0.2,
      localUptakeShare: 0.9,
      entryMonth: 9,
      fromYear: 2026,
    },
    shift: {
      fromStaffGroup: 'practice-nurse',
      sector: 'primary-care',
      share: 0.1,
      conversion: 1.2,
      fromMonth: '2026-09',
      overMonths: 36,
    },
  },
  {
    type: 'skill-mix',
    fromStaffGroup: 'gp',
    toStaffGroup: 'clinical-pharmacist',
    sector: 'primary-care',
    share: 0.08,
    conversion: 1.1,
    fromMonth: '2026-04',
    overMonths: 36,
  },
]

/**
 * The LTWP's Train / Retain / Reform scenarios, the baseline and all three combined. Schema
 * defaults (`rampMonths: 0`) are written out so the rows equal their parsed form.
 */
export const scenarios: readonly Scenario[] = [
  {
    id: 'baseline',
    name: 'Baseline',
    description: 'Current trends continue: no levers.',
    levers: [],
  },
  {
    id: 'train',
    name: 'Train',
    description:
      '25% more adult nursing places, 50% more nursing associate apprentices, 300 international nurses a year for three years.',
    levers: train,
  },
  {
    id: 'retain',
    name: 'Retain',
    description: 'Leaver rates 10% lower (care workers 15%), nurses working slightly more hours.',
    levers: retain,
  },
  {
    id: 'reform',
    name: 'Reform',
    description:
      'Productivity 1.5% a year, nursing associates in primary care, GP work shifting to clinical pharmacists.',
    levers: reform,
  },
  {
    id: 'train-retain-reform',
    name: 'Train, Retain and Reform',
    description: 'All three sets of levers together.',
    levers: [...train, ...retain, ...reform],
  },
]
