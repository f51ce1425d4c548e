import type { Scenario } from '@oneworkforce/schemas'

/**
 * The levers each sample initiative pulls, as one scenario per initiative (`initiative.scenario`
 * names it), so the size of its opportunity can be measured: the scenario's projection against
 * the baseline. Each lever is a stated assumption about what the initiative achieves, written in
 * the scenario's description. The Jobs Hub (more local applicants) and the collaborative bank
 * (cheaper cover, no change in staff) have no lever in the projection and no scenario: their size
 * of opportunity stays the panel's judgement.
 */
export const initiativeScenarios: readonly Scenario[] = [
  {
    id: 'initiative-apprenticeship-expansion',
    name: 'Initiative: apprenticeship expansion',
    description: 'Nursing associate apprenticeship places doubled from the 2026 intake.',
    levers: [
      {
        type: 'training-places',
        programme: 'nursing-associate-apprenticeship',
        fromYear: 2026,
        relativeChange: 1,
      },
    ],
  },
  {
    id: 'initiative-retention-programme',
    name: 'Initiative: nursing and midwifery retention',
    description:
      'Leaver rates of registered nurses and midwives 10% lower, reached over 12 months from 2026-04.',
    levers: [
      {
        type: 'retention',
        staffGroup: 'registered-nurse',
        relativeChange: -0.1,
        fromMonth: '2026-04',
        rampMonths: 12,
      },
      {
        type: 'retention',
        staffGroup: 'midwife',
        relativeChange: -0.1,
        fromMonth: '2026-04',
        rampMonths: 12,
      },
    ],
  },
  {
    id: 'initiative-new-roles-pilot',
    name: 'Initiative: new roles in primary care',
    description:
      '40 primary-care nursing associates a year taking 10% of practice-nurse work, and 8% of GP work moving to clinical pharmacists, over three years from 2026.',
    levers: [
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
    ],
  },
  {
    id: 'initiative-international-recruitment-partnership',
    name: 'Initiative: international recruitment partnership',
    description: '300 internationally recruited nurses a year for three years from 2026-04.',
    levers: [
      {
        type: 'international-recruitment',
        staffGroup: 'registered-nurse',
        annualHeadcount: 300,
        fromMonth: '2026-04',
        toMonth: '2029-03',
      },
    ],
  },
  {
    id: 'initiative-international-recruitment-trust-led',
    name: 'Initiative: international recruitment, trust by trust',
    description: 'The same 300 nurses a year for three years, recruited by each trust.',
    levers: [
      {
        type: 'international-recruitment',
        staffGroup: 'registered-nurse',
        annualHeadcount: 300,
        fromMonth: '2026-04',
        toMonth: '2029-03',
      },
    ],
  },
  {
    id: 'initiative-oh-eap-at-scale',
    name: 'Initiative: occupational health at scale',
    description:
      'Sickness absence half a point lower: 0.005 more FTE per head for every group, over 24 months from 2026-04.',
    levers: [{ type: 'participation', change: 0.005, fromMonth: '2026-04', rampMonths: 24 }],
  },
  {
    id: 'initiative-digital-upskilling',
    name: 'Initiative: digital skills',
    description:
      'Productivity 0.5% a year from 2026-04 (the part of the 1-2% digital adoption allows).',
    levers: [{ type: 'productivity', ratePerYear: 0.005, fromMonth: '2026-04' }],
  },
  {
    id: 'initiative-care-worker-living-wage',
    name: 'Initiative: care-worker Living Wage',
    description: 'Care-worker leaver rates 15% lower, reached over 24 months from 2026-04.',
    levers: [
      {
        type: 'retention',
        sector: 'social-care',
        staffGroup: 'care-worker',
        relativeChange: -0.15,
        fromMonth: '2026-04',
        rampMonths: 24,
      },
    ],
  },
  {
    id: 'initiative-flexible-retirement',
    name: 'Initiative: flexible retirement',
    description:
      'Retirements 15% lower from 2026-04 (a third of retirees staying on at about half time).',
    levers: [
      {
        type: 'retention',
        reason: 'retirement',
        relativeChange: -0.15,
        fromMonth: '2026-04',
        rampMonths: 12,
      },
    ],
  },
  {
    id: 'initiative-legacy-mentors',
    name: 'Initiative: legacy mentors and preceptorship',
    description:
      'Voluntary leaving of registered nurses 5% lower, reached over 12 months from 2026-04.',
    levers: [
      {
        type: 'retention',
        staffGroup: 'registered-nurse',
        reason: 'voluntary',
        relativeChange: -0.05,
        fromMonth: '2026-04',
        rampMonths: 12,
      },
    ],
  },
]
