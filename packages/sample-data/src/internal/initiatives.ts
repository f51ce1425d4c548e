import type { Initiative, InitiativeScore } from '@oneworkforce/schemas'

/** The four tests of the ICS's prioritisation (DOMAIN.md, seed 001), as criterion codes. */
export const FOUR_TESTS = [
  'size-of-opportunity',
  'need-for-collaboration',
  'feasibility',
  'strategic-coherence',
] as const

/** The three scorers: roles, not people. */
export const SCORERS = ['ics-people-director', 'trust-workforce-lead', 'social-care-lead'] as const

type FourScores = readonly [number, number, number, number]

interface InitiativeDraft extends Omit<Initiative, 'scores'> {
  /** Scores per scorer (SCORERS order), each in FOUR_TESTS order, integers 1-5. */
  readonly byScorer: readonly [FourScores, FourScores, FourScores]
  /** Evidence per criterion (FOUR_TESTS order). */
  readonly evidence: readonly [string, string, string, string]
  /** Evidence a scorer gives instead of the shared text on the criterion where they dissent. */
  readonly dissent?: readonly {
    readonly scorer: (typeof SCORERS)[number]
    readonly criterion: (typeof FOUR_TESTS)[number]
    readonly evidence: string
  }[]
}

const drafts: readonly InitiativeDraft[] = [
  {
    id: 'apprenticeship-expansion',
    title: 'Apprenticeship expansion (nursing associates and nurse degree apprentices)',
    owner: 'ICS Education and Training Board',
    theme: 'train',
    scenario: 'initiative-apprenticeship-expansion',
    costGbp: '1850000',
    description: 'Doubles nursing associate apprenticeship places across all sectors.',
    byScorer: [
      [4, 4, 3, 5],
      [4, 3, 3, 4],
      [3, 4, 3, 5],
    ],
    evidence: [
      'Registered nurse vacancy about 12%; 240 extra places a year',
      'Shared placements across trusts, primary and social care',
      'Levy funds available; practice educator capacity is the constraint',
      'People Strategy priority 2 (education and training); LTWP Train',
    ],
  },
  {
    id: 'retention-programme',
    title: 'Nursing and midwifery retention programme',
    owner: 'ICS Chief Nurse',
    theme: 'retain',
    scenario: 'initiative-retention-programme',
    costGbp: '720000',
    byScorer: [
      [4, 3, 4, 5],
      [5, 2, 4, 4],
      [4, 3, 4, 4],
    ],
    evidence: [
      'Nurse leaver rate about 9.8% in NHS trusts: 1,686 of 17,400 nurses left in 2025/26, so a 10% cut keeps about 169 nurses a year',
      'Each trust runs its own; common offer avoids poaching',
      'Builds on the national retention programme toolkit',
      'People Strategy priority 3 (great place to work); LTWP Retain',
    ],
  },
  {
    id: 'jobs-hub',
    title: 'Health and Care Jobs Hub',
    owner: 'ICS workforce team',
    theme: 'train',
    costGbp: '450000',
    byScorer: [
      [3, 5, 4, 4],
      [3, 4, 4, 3],
      [4, 5, 4, 4],
    ],
    evidence: [
      'About 3,000 local residents a year enquire about health and care jobs',
      'Only works as one front door for every employer in the ICS',
      'Existing hubs in neighbouring ICSs to copy',
      'Anchor institution and widening participation commitments',
    ],
  },
  {
    id: 'new-roles-pilot',
    title: 'New roles pilot (physician and nursing associates in primary care)',
    owner: 'Primary Care Training Hub',
    theme: 'reform',
    scenario: 'initiative-new-roles-pilot',
    costGbp: '980000',
    dependsOn: ['apprenticeship-expansion'],
    byScorer: [
      [3, 3, 3, 4],
      [3, 3, 2, 2],
      [3, 2, 3, 5],
    ],
    evidence: [
      'Could absorb 8-10% of practice nurse and GP demand by 2030',
      'Needs supervision shared between practices and PCNs',
      'Supervision capacity in practices is thin',
      'LTWP Reform: new roles and skill mix',
    ],
    dissent: [
      {
        scorer: 'trust-workforce-lead',
        criterion: 'strategic-coherence',
        evidence: 'Scope of practice of physician associates is contested nationally',
      },
      {
        scorer: 'social-care-lead',
        criterion: 'strategic-coherence',
        evidence: 'Nursing associates in care homes would ease the social-care nurse gap',
      },
    ],
  },
  {
    id: 'international-recruitment-partnership',
    title: 'International recruitment partnership (ICS-wide)',
    owner: 'Acute provider collaborative',
    theme: 'train',
    scenario: 'initiative-international-recruitment-partnership',
    costGbp: '2400000',
    excludes: ['international-recruitment-trust-led'],
    byScorer: [
      [5, 4, 3, 3],
      [5, 4, 4, 3],
      [4, 4, 3, 3],
    ],
    evidence: [
      '300 nurses a year for three years (900) against 2,100 FTE registered nurse vacancies in NHS trusts (March 2026): about two-fifths of the gap',
      'Joint pastoral care and accommodation across trusts',
      'Ethical recruitment code limits source countries; pipeline slowing',
      'Short-term fix; LTWP aims to reduce reliance on international recruitment',
    ],
  },
  {
    id: 'international-recruitment-trust-led',
    title: 'International recruitment, trust by trust (status quo)',
    owner: 'Each acute trust',
    theme: 'train',
    scenario: 'initiative-international-recruitment-trust-led',
    costGbp: '2900000',
    excludes: ['international-recruitment-partnership'],
    byScorer: [
      [4, 1, 4, 2],
      [4, 1, 5, 2],
      [3, 1, 4, 2],
    ],
    evidence: [
      'Similar numbers to the partnership, at higher cost per recruit',
      'No collaboration needed: that is its weakness',
      'Running today in every trust',
      'Trusts compete for the same recruits',
    ],
  },
  {
    id: 'oh-eap-at-scale',
    title: 'Occupational health and employee assistance at scale',
    owner: 'ICS health and wellbeing lead',
    theme: 'retain',
    scenario: 'initiative-oh-eap-at-scale',
    costGbp: '1100000',
    byScorer: [
      [4, 4, 3, 5],
      [3, 4, 3, 4],
      [4, 5, 3, 5],
    ],
    evidence: [
      'Sickness absence about 5%; each 0.5 point is about 250 FTE in NHS trusts and 420 FTE across all employers',
      'Small employers (primary and social care) cannot run OH alone',
      'Procurement of one shared service takes a year',
      'People Strategy priority 4 (inclusion and wellbeing)',
    ],
  },
  {
    id: 'bank-collaborative',
    title: 'Collaborative staff bank',
    owner: 'Acute provider collaborative',
    theme: 'reform',
    costGbp: '650000',
    dependsOn: ['digital-upskilling'],
    byScorer: [
      [4, 5, 3, 4],
      [5, 5, 3, 4],
      [4, 4, 3, 3],
    ],
    evidence: [
      'Agency spend about 4% of the NHS pay bill; a bank shift costs 25-40% less than an agency one (premiums 10-25% against 50-100%)',
      'Only works with shared rates and rosters across trusts',
      'Needs a shared e-rostering platform and rate agreement',
      'London Workforce Strategic Framework: temporary staffing',
    ],
  },
  {
    id: 'digital-upskilling',
    title: 'Digital skills upskilling programme',
    owner: 'ICS digital transformation lead',
    theme: 'reform',
    scenario: 'initiative-digital-upskilling',
    costGbp: '540000',
    byScorer: [
      [3, 3, 4, 4],
      [3, 3, 4, 4],
      [2, 3, 4, 3],
    ],
    evidence: [
      'Productivity gains of 1-2% a year depend on digital adoption',
      'Shared curriculum; delivery by each employer',
      'Off-the-shelf modules exist',
      'People Strategy priority 5 (innovation); LTWP Reform',
    ],
  },
  {
    id: 'care-worker-living-wage',
    title: 'Care-worker Living Wage pathway',
    owner: 'Local authority commissioners (six boroughs)',
    theme: 'retain',
    scenario: 'initiative-care-worker-living-wage',
    costGbp: '3200000',
    byScorer: [
      [4, 4, 2, 4],
      [2, 3, 2, 3],
      [5, 5, 3, 5],
    ],
    evidence: [
      'Adult social care turnover about 30% and vacancy about 8%',
      'Needs all six boroughs to commission at the same rate',
      'Recurrent cost falls on local authority budgets',
      'One workforce: social care stability relieves hospital discharge',
    ],
    dissent: [
      {
        scorer: 'trust-workforce-lead',
        criterion: 'size-of-opportunity',
        evidence: 'Benefit to NHS flow is indirect; the cost is recurrent and outside NHS control',
      },
      {
        scorer: 'social-care-lead',
        criterion: 'size-of-opportunity',
        evidence: 'Pay is the main reason care workers leave; fastest route to lower turnover',
      },
    ],
  },
  {
    id: 'flexible-retirement',
    title: 'Flexible working and retire-and-return offer',
    owner: 'ICS workforce team',
    theme: 'retain',
    scenario: 'initiative-flexible-retirement',
    costGbp: '300000',
    byScorer: [
      [3, 3, 5, 4],
      [3, 2, 5, 4],
      [2, 3, 4, 4],
    ],
    evidence: [
      'Leaver rates rise sharply above 55 (3,386 retirements across the ICS in 2025/26); a third of retirees would stay part-time',
      'Common policy across employers helps staff move between them',
      'Pension rules now allow partial retirement',
      'LTWP Retain: flexible careers',
    ],
  },
  {
    id: 'legacy-mentors',
    title: 'Legacy mentors and preceptorship',
    owner: 'ICS Chief Nurse',
    theme: 'retain',
    scenario: 'initiative-legacy-mentors',
    costGbp: '380000',
    byScorer: [
      [3, 2, 4, 4],
      [3, 2, 5, 4],
      [2, 3, 4, 3],
    ],
    evidence: [
      'Early-career nurses leave most; preceptorship cuts first-year leaving',
      'Mainly delivered within each employer',
      'Experienced nurses near retirement act as mentors',
      'People Strategy priority 3 (great place to work)',
    ],
  },
]

function scoresOf(draft: InitiativeDraft): InitiativeScore[] {
  return SCORERS.flatMap((scorer, scorerIndex) =>
    FOUR_TESTS.map((criterion, criterionIndex) => {
      const score = draft.byScorer[scorerIndex]?.[criterionIndex] ?? 3
      const shared = draft.evidence[criterionIndex] ?? ''
      const dissent = draft.dissent?.find(
        (each) => each.scorer === scorer && each.criterion === criterion,
      )
      return { criterion, scorer, score, evidence: dissent?.evidence ?? shared }
    }),
  )
}

/** About 12 candidate workforce initiatives scored against the four tests by three scorers. */
export const initiatives: readonly Initiative[] = drafts.map((draft) => {
  const { byScorer: _byScorer, evidence: _evidence, dissent: _dissent, ...initiative } = draft
  return { ...initiative, scores: scoresOf(draft) }
})
