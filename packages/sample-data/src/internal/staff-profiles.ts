/**
 * Assumptions per staff group for the synthetic ICS: sizes, age profiles, leaver hazards by
 * reason, joiner mix, FTE per head, vacancy and sickness rates, pay. Tuned so the generated
 * history meets the published figures in `sampleCalibration` (see calibration.ts).
 */

/** Index of each of the ten staff age bands of the default taxonomy. */
export const STAFF_AGE_BANDS = [
  'under-25',
  '25-29',
  '30-34',
  '35-39',
  '40-44',
  '45-49',
  '50-54',
  '55-59',
  '60-64',
  '65-plus',
] as const

/** A weight per staff age band, youngest first. */
export type ByAgeBand = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
]

/** Joiner reasons, in the order the generator draws them. */
export const JOINER_REASONS = [
  'newly-qualified',
  'international',
  'returner',
  'other-organisation',
  'other',
] as const
/** Leaver reasons other than retirement, whose hazard scales with `leaverAgeMultiplier`. */
export const LEAVER_REASONS = [
  'retirement',
  'voluntary',
  'other-organisation',
  'dismissal',
  'other',
] as const

/** A rotation month and the share of the staff group that changes organisation in it. */
export interface Rotation {
  readonly month: number
  readonly share: number
}

/** How one staff group behaves in the synthetic history. */
export interface StaffProfile {
  readonly code: string
  /** Mean FTE per head of a new joiner aged 35-39. */
  readonly ftePerHead: number
  /** Age distribution (fractions of headcount), held roughly steady by the joiners' ages. */
  readonly ageProfile: ByAgeBand
  /** Annual leaver rates by reason at the reference age multiplier of 1. */
  readonly voluntaryRate: number
  readonly otherOrganisationRate: number
  readonly dismissalRate: number
  readonly otherRate: number
  /** Multiplies the retirement hazard schedule (1 for the NHS pension age profile). */
  readonly retirementScale: number
  /**
   * Shares of joiners by reason, in `JOINER_REASONS` order. A group with training pipelines
   * takes its newly qualified joiners from the pipelines instead (the first share is ignored).
   */
  readonly joinerMix: readonly [number, number, number, number, number]
  /**
   * Rotations between organisations inside the ICS (resident doctors change posts each August
   * and February): in each calendar month listed, this share of the group moves to another
   * organisation of the same sector. They are transfers inside the system (a move out and a
   * matching move in, both `other-organisation`), so the ICS total does not change.
   */
  readonly rotations: readonly Rotation[]
  /** Target headcount growth per year. */
  readonly growthPerYear: number
  /** Vacancy rate (vacancy FTE / funded FTE) at the start of 2025/26. */
  readonly vacancyRate: number
  /** Mean sickness absence rate (FTE days lost / available). */
  readonly sicknessRate: number
  /** Annual basic pay per FTE in 2025/26, pounds. */
  readonly annualPayGbp: number
  readonly payBand?: string
  readonly onCostRate: number
  readonly bankPremiumRate: number
  readonly agencyPremiumRate: number
}

const nhsAge: ByAgeBand = [0.05, 0.12, 0.14, 0.13, 0.12, 0.11, 0.12, 0.11, 0.07, 0.03]
const supportAge: ByAgeBand = [0.08, 0.1, 0.11, 0.11, 0.11, 0.11, 0.12, 0.12, 0.09, 0.05]
const consultantAge: ByAgeBand = [0, 0, 0.04, 0.16, 0.22, 0.2, 0.17, 0.12, 0.07, 0.02]
const residentAge: ByAgeBand = [0.2, 0.45, 0.25, 0.08, 0.02, 0, 0, 0, 0, 0]
const gpAge: ByAgeBand = [0, 0.02, 0.14, 0.18, 0.17, 0.15, 0.13, 0.11, 0.07, 0.03]
const careAge: ByAgeBand = [0.08, 0.09, 0.1, 0.11, 0.11, 0.11, 0.12, 0.12, 0.1, 0.06]
const managerAge: ByAgeBand = [0, 0.02, 0.08, 0.13, 0.16, 0.17, 0.17, 0.15, 0.09, 0.03]

/** Shared cost parameters of NHS trusts (on-cost about 0.28: pension and employer NI). */
const nhsCost = { onCostRate: 0.28, bankPremiumRate: 0.15, agencyPremiumRate: 0.6 } as const
const medicalCost = { onCostRate: 0.28, bankPremiumRate: 0.25, agencyPremiumRate: 1.0 } as const
const socialCareCost = { onCostRate: 0.16, bankPremiumRate: 0.1, agencyPremiumRate: 0.5 } as const
const voluntaryCost = { onCostRate: 0.18, bankPremiumRate: 0.1, agencyPremiumRate: 0.5 } as const

const noRotations: readonly Rotation[] = []

/**
 * Profiles of the 24 staff groups of the default taxonomy. Pay: Agenda for Change 2025/26
 * midpoints from DOMAIN.md (band 5 £31,049-£37,796, band 6 £38,682-£46,580, band 7
 * £47,810-£54,710); other figures are synthetic approximations.
 */
export const staffProfiles: readonly StaffProfile[] = [
  {
    code: 'consultant',
    ftePerHead: 0.93,
    ageProfile: consultantAge,
    voluntaryRate: 0.028,
    otherOrganisationRate: 0.03,
    dismissalRate: 0.001,
    otherRate: 0.008,
    retirementScale: 1,
    joinerMix: [0, 0.12, 0.02, 0.7, 0.16],
    rotations: noRotations,
    growthPerYear: 0.025,
    vacancyRate: 0.075,
    sicknessRate: 0.014,
    annualPayGbp: 127_600,
    payBand: 'consultant',
    ...medicalCost,
  },
  {
    code: 'resident-doctor',
    ftePerHead: 0.97,
    ageProfile: residentAge,
    voluntaryRate: 0.04,
    // Moves to organisations outside the ICS or not on rotation; rotations are separate.
    otherOrganisationRate: 0.05,
    dismissalRate: 0.001,
    otherRate: 0.01,
    retirementScale: 0,
    joinerMix: [0.22, 0.12, 0.01, 0.6, 0.05],
    // Foundation and specialty rotations: most posts change in August, some in February.
    rotations: [
      { month: 8, share: 0.1 },
      { month: 2, share: 0.03 },
    ],
    growthPerYear: 0.025,
    vacancyRate: 0.072,
    sicknessRate: 0.02,
    annualPayGbp: 52_000,
    ...medicalCost,
  },
  {
    code: 'sas-doctor',
    ftePerHead: 0.9,
    ageProfile: consultantAge,
    voluntaryRate: 0.045,
    otherOrganisationRate: 0.05,
    dismissalRate: 0.002,
    otherRate: 0.01,
    retirementScale: 1,
    joinerMix: [0, 0.35, 0.02, 0.5, 0.13],
    rotations: noRotations,
    growthPerYear: 0.02,
    vacancyRate: 0.096,
    sicknessRate: 0.025,
    annualPayGbp: 78_000,
    payBand: 'specialty-doctor',
    ...medicalCost,
  },
  {
    code: 'registered-nurse',
    ftePerHead: 0.89,
    ageProfile: nhsAge,
    voluntaryRate: 0.052,
    otherOrganisationRate: 0.052,
    dismissalRate: 0.003,
    otherRate: 0.012,
    retirementScale: 1,
    joinerMix: [0.3, 0.22, 0.03, 0.33, 0.12],
    rotations: noRotations,
    growthPerYear: 0.025,
    vacancyRate: 0.121,
    sicknessRate: 0.059,
    // 60% band 5, 40% band 6 at AfC 2025/26 midpoints: 0.6 × 34,422.50 + 0.4 × 42,631.
    annualPayGbp: 37_705.9,
    payBand: 'band-5-6',
    ...nhsCost,
  },
  {
    code: 'midwife',
    ftePerHead: 0.83,
    ageProfile: nhsAge,
    voluntaryRate: 0.058,
    otherOrganisationRate: 0.05,
    dismissalRate: 0.002,
    otherRate: 0.012,
    retirementScale: 1,
    joinerMix: [0.35, 0.12, 0.04, 0.35, 0.14],
    rotations: noRotations,
    growthPerYear: 0.015,
    vacancyRate: 0.12,
    sicknessRate: 0.062,
    annualPayGbp: 42_631,
    payBand: 'band-6',
    ...nhsCost,
  },
  {
    code: 'nursing-associate',
    ftePerHead: 0.93,
    ageProfile: supportAge,
    voluntaryRate: 0.06,
    otherOrganisationRate: 0.04,
    dismissalRate: 0.004,
    otherRate: 0.012,
    retirementScale: 1,
    joinerMix: [0.6, 0, 0.02, 0.25, 0.13],
    rotations: noRotations,
    growthPerYear: 0.06,
    vacancyRate: 0.08,
    sicknessRate: 0.058,
    // AfC 2025/26 band 4 midpoint (synthetic approximation).
    annualPayGbp: 28_823.5,
    payBand: 'band-4',
    ...nhsCost,
  },
  {
    code: 'ahp',
    ftePerHead: 0.87,
    ageProfile: nhsAge,
    voluntaryRate: 0.062,
    otherOrganisationRate: 0.058,
    dismissalRate: 0.002,
    otherRate: 0.012,
    retirementScale: 0.9,
    joinerMix: [0.28, 0.12, 0.03, 0.42, 0.15],
    rotations: noRotations,
    growthPerYear: 0.025,
    vacancyRate: 0.105,
    sicknessRate: 0.045,
    annualPayGbp: 42_631,
    payBand: 'band-6',
    ...nhsCost,
  },
  {
    code: 'healthcare-scientist',
    ftePerHead: 0.91,
    ageProfile: nhsAge,
    voluntaryRate: 0.05,
    otherOrganisationRate: 0.045,
    dismissalRate: 0.002,
    otherRate: 0.01,
    retirementScale: 1,
    joinerMix: [0.2, 0.1, 0.02, 0.48, 0.2],
    rotations: noRotations,
    growthPerYear: 0.02,
    vacancyRate: 0.095,
    sicknessRate: 0.04,
    // Half band 6, half band 7 at AfC 2025/26 midpoints.
    annualPayGbp: 46_945.5,
    payBand: 'band-6-7',
    ...nhsCost,
  },
  {
    code: 'physician-associate',
    ftePerHead: 0.93,
    ageProfile: residentAge,
    voluntaryRate: 0.08,
    otherOrganisationRate: 0.07,
    dismissalRate: 0.002,
    otherRate: 0.01,
    retirementScale: 0,
    joinerMix: [0.55, 0, 0.01, 0.34, 0.1],
    rotations: noRotations,
    growthPerYear: 0.04,
    vacancyRate: 0.08,
    sicknessRate: 0.03,
    annualPayGbp: 51_260,
    payBand: 'band-7',
    ...nhsCost,
  },
  {
    code: 'clinical-support',
    ftePerHead: 0.86,
    ageProfile: supportAge,
    voluntaryRate: 0.085,
    otherOrganisationRate: 0.045,
    dismissalRate: 0.006,
    otherRate: 0.015,
    retirementScale: 1.1,
    joinerMix: [0, 0.06, 0.04, 0.3, 0.6],
    rotations: noRotations,
    growthPerYear: 0.02,
    vacancyRate: 0.11,
    sicknessRate: 0.072,
    annualPayGbp: 25_767.5,
    payBand: 'band-3',
    ...nhsCost,
  },
  {
    code: 'infrastructure-support',
    ftePerHead: 0.9,
    ageProfile: supportAge,
    voluntaryRate: 0.085,
    otherOrganisationRate: 0.04,
    dismissalRate: 0.004,
    otherRate: 0.012,
    retirementScale: 1.1,
    joinerMix: [0, 0.02, 0.03, 0.3, 0.65],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.092,
    sicknessRate: 0.058,
    annualPayGbp: 33_500,
    payBand: 'band-2-8',
    ...nhsCost,
  },
  {
    code: 'gp',
    ftePerHead: 0.74,
    ageProfile: gpAge,
    voluntaryRate: 0.05,
    otherOrganisationRate: 0.03,
    dismissalRate: 0.001,
    otherRate: 0.008,
    retirementScale: 1.2,
    joinerMix: [0.35, 0.05, 0.05, 0.4, 0.15],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.06,
    sicknessRate: 0.02,
    annualPayGbp: 95_000,
    ...medicalCost,
  },
  {
    code: 'practice-nurse',
    ftePerHead: 0.72,
    ageProfile: gpAge,
    voluntaryRate: 0.06,
    otherOrganisationRate: 0.04,
    dismissalRate: 0.002,
    otherRate: 0.01,
    retirementScale: 1.2,
    joinerMix: [0.05, 0.05, 0.05, 0.6, 0.25],
    rotations: noRotations,
    growthPerYear: 0,
    vacancyRate: 0.08,
    sicknessRate: 0.035,
    annualPayGbp: 42_631,
    payBand: 'band-6',
    ...nhsCost,
  },
  {
    code: 'clinical-pharmacist',
    ftePerHead: 0.88,
    ageProfile: nhsAge,
    voluntaryRate: 0.1,
    otherOrganisationRate: 0.08,
    dismissalRate: 0.002,
    otherRate: 0.01,
    retirementScale: 0.8,
    joinerMix: [0.1, 0.05, 0.02, 0.6, 0.23],
    rotations: noRotations,
    growthPerYear: 0.08,
    vacancyRate: 0.07,
    sicknessRate: 0.03,
    annualPayGbp: 51_260,
    payBand: 'band-7',
    ...nhsCost,
  },
  {
    code: 'direct-patient-care',
    ftePerHead: 0.8,
    ageProfile: supportAge,
    voluntaryRate: 0.11,
    otherOrganisationRate: 0.07,
    dismissalRate: 0.004,
    otherRate: 0.012,
    retirementScale: 1,
    joinerMix: [0.05, 0.03, 0.02, 0.5, 0.4],
    rotations: noRotations,
    growthPerYear: 0.08,
    vacancyRate: 0.07,
    sicknessRate: 0.04,
    annualPayGbp: 30_000,
    ...nhsCost,
  },
  {
    code: 'practice-admin',
    ftePerHead: 0.72,
    ageProfile: supportAge,
    voluntaryRate: 0.1,
    otherOrganisationRate: 0.04,
    dismissalRate: 0.005,
    otherRate: 0.012,
    retirementScale: 1.1,
    joinerMix: [0, 0.01, 0.04, 0.3, 0.65],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.06,
    sicknessRate: 0.04,
    annualPayGbp: 25_500,
    ...nhsCost,
  },
  {
    code: 'care-worker',
    ftePerHead: 0.74,
    ageProfile: careAge,
    voluntaryRate: 0.168,
    otherOrganisationRate: 0.075,
    dismissalRate: 0.012,
    otherRate: 0.02,
    retirementScale: 0.9,
    joinerMix: [0, 0.2, 0.03, 0.45, 0.32],
    rotations: noRotations,
    growthPerYear: 0.015,
    vacancyRate: 0.096,
    sicknessRate: 0.03,
    // About the London Living Wage over 1,955 hours a year (synthetic approximation).
    annualPayGbp: 25_000,
    ...socialCareCost,
  },
  {
    code: 'senior-care-worker',
    ftePerHead: 0.84,
    ageProfile: careAge,
    voluntaryRate: 0.12,
    otherOrganisationRate: 0.06,
    dismissalRate: 0.008,
    otherRate: 0.015,
    retirementScale: 0.9,
    joinerMix: [0, 0.1, 0.02, 0.55, 0.33],
    rotations: noRotations,
    growthPerYear: 0.015,
    vacancyRate: 0.085,
    sicknessRate: 0.03,
    annualPayGbp: 27_500,
    ...socialCareCost,
  },
  {
    code: 'registered-manager',
    ftePerHead: 0.96,
    ageProfile: managerAge,
    voluntaryRate: 0.12,
    otherOrganisationRate: 0.07,
    dismissalRate: 0.008,
    otherRate: 0.01,
    retirementScale: 1,
    joinerMix: [0, 0.02, 0.02, 0.66, 0.3],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.11,
    sicknessRate: 0.025,
    annualPayGbp: 48_000,
    ...socialCareCost,
  },
  {
    code: 'social-care-nurse',
    ftePerHead: 0.86,
    ageProfile: nhsAge,
    voluntaryRate: 0.14,
    otherOrganisationRate: 0.08,
    dismissalRate: 0.006,
    otherRate: 0.015,
    retirementScale: 1,
    joinerMix: [0.05, 0.35, 0.03, 0.42, 0.15],
    rotations: noRotations,
    growthPerYear: 0,
    vacancyRate: 0.13,
    sicknessRate: 0.035,
    annualPayGbp: 41_000,
    ...socialCareCost,
  },
  {
    code: 'social-worker',
    ftePerHead: 0.9,
    ageProfile: nhsAge,
    voluntaryRate: 0.09,
    otherOrganisationRate: 0.05,
    dismissalRate: 0.003,
    otherRate: 0.01,
    retirementScale: 1,
    joinerMix: [0.25, 0.08, 0.03, 0.45, 0.19],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.11,
    sicknessRate: 0.04,
    annualPayGbp: 44_000,
    ...socialCareCost,
  },
  {
    code: 'social-care-support',
    ftePerHead: 0.66,
    ageProfile: careAge,
    voluntaryRate: 0.14,
    otherOrganisationRate: 0.06,
    dismissalRate: 0.01,
    otherRate: 0.02,
    retirementScale: 1,
    joinerMix: [0, 0.05, 0.03, 0.35, 0.57],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.075,
    sicknessRate: 0.03,
    annualPayGbp: 24_500,
    ...socialCareCost,
  },
  {
    code: 'vcse-practitioner',
    ftePerHead: 0.76,
    ageProfile: supportAge,
    voluntaryRate: 0.13,
    otherOrganisationRate: 0.05,
    dismissalRate: 0.004,
    otherRate: 0.02,
    retirementScale: 1,
    joinerMix: [0.05, 0.02, 0.05, 0.4, 0.48],
    rotations: noRotations,
    growthPerYear: 0.01,
    vacancyRate: 0.06,
    sicknessRate: 0.03,
    annualPayGbp: 31_000,
    ...voluntaryCost,
  },
  {
    code: 'vcse-support',
    ftePerHead: 0.7,
    ageProfile: supportAge,
    voluntaryRate: 0.14,
    otherOrganisationRate: 0.04,
    dismissalRate: 0.004,
    otherRate: 0.02,
    retirementScale: 1,
    joinerMix: [0, 0.01, 0.05, 0.35, 0.59],
    rotations: noRotations,
    growthPerYear: 0,
    vacancyRate: 0.05,
    sicknessRate: 0.03,
    annualPayGbp: 26_000,
    ...voluntaryCost,
  },
]

/**
 * Annual retirement hazard by staff age band (NHS pension ages: most retire 60-67). Scaled per
 * group by `retirementScale`.
 */
export const retirementRateByAge: ByAgeBand = [0, 0, 0, 0, 0, 0, 0.008, 0.045, 0.16, 0.3]

/** Relative voluntary and other-organisation leaving by age band: younger staff move more. */
export const leaverAgeMultiplier: ByAgeBand = [1.5, 1.35, 1.2, 1, 0.9, 0.8, 0.75, 0.8, 0.9, 1]

/** FTE per head relative to the 35-39 band: part-time working rises towards retirement. */
export const fteAgeMultiplier: ByAgeBand = [1.04, 1.03, 0.99, 0.96, 0.97, 0.99, 1, 0.99, 0.93, 0.8]

/** Finds a staff group's profile or throws (the generator only asks for known groups). */
export function profileOf(code: string): StaffProfile {
  const profile = staffProfiles.find((each) => each.code === code)
  if (!profile) throw new Error(`no staff profile for "${code}"`)
  return profile
}
