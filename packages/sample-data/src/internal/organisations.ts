import type { IntegratedCareSystem, Organisation, Place } from '@oneworkforce/schemas'

/** The synthetic ICS. The `ST` prefix of every code marks it as synthetic (no real ODS code). */
export const sampleIcs: IntegratedCareSystem = {
  code: 'STICS',
  name: 'South Thames ICS (synthetic)',
  region: 'London',
}

/** A place with its 2024 resident population and the share of it aged 65 and over. */
export interface PlaceProfile extends Place {
  readonly population2024: number
  readonly olderShare: number
}

/** Six fictional boroughs totalling about 2.0 million residents in 2024. */
export const placeProfiles: readonly PlaceProfile[] = [
  {
    code: 'riverside',
    name: 'Riverside',
    ics: 'STICS',
    population2024: 345_000,
    olderShare: 0.095,
  },
  {
    code: 'northbrook',
    name: 'Northbrook',
    ics: 'STICS',
    population2024: 330_000,
    olderShare: 0.1,
  },
  { code: 'eastfield', name: 'Eastfield', ics: 'STICS', population2024: 322_000, olderShare: 0.12 },
  { code: 'westmere', name: 'Westmere', ics: 'STICS', population2024: 308_000, olderShare: 0.11 },
  { code: 'southmoor', name: 'Southmoor', ics: 'STICS', population2024: 362_000, olderShare: 0.14 },
  {
    code: 'highcross',
    name: 'Highcross',
    ics: 'STICS',
    population2024: 333_000,
    olderShare: 0.125,
  },
]

/** An organisation with its opening headcount by staff group (March 2023) and cost traits. */
export interface OrganisationProfile extends Organisation {
  readonly openingHeadcount: Readonly<Record<string, number>>
  /** Multiplies each group's vacancy rate (organisations differ). */
  readonly vacancyFactor: number
  /** Multiplies each group's leaver hazards. */
  readonly turnoverFactor: number
  /** Share of the vacancy-and-sickness gap covered by agency staff (the rest by bank or not at all). */
  readonly agencyCoverShare: number
  /** Share of the gap covered by bank staff. */
  readonly bankCoverShare: number
}

const acuteStaff = {
  consultant: 1_600,
  'resident-doctor': 2_400,
  'sas-doctor': 300,
  'registered-nurse': 6_000,
  midwife: 450,
  'nursing-associate': 250,
  ahp: 1_500,
  'healthcare-scientist': 700,
  'physician-associate': 40,
  'clinical-support': 2_800,
  'infrastructure-support': 3_000,
}
const communityStaff = {
  consultant: 45,
  'resident-doctor': 35,
  'sas-doctor': 30,
  'registered-nurse': 1_100,
  midwife: 60,
  'nursing-associate': 90,
  ahp: 700,
  'clinical-support': 500,
  'infrastructure-support': 500,
}
const mentalHealthStaff = {
  consultant: 220,
  'resident-doctor': 280,
  'sas-doctor': 100,
  'registered-nurse': 1_300,
  'nursing-associate': 100,
  ahp: 450,
  'clinical-support': 1_200,
  'infrastructure-support': 900,
}
const primaryCareStaff = {
  gp: 300,
  'practice-nurse': 120,
  'clinical-pharmacist': 50,
  'physician-associate': 15,
  'direct-patient-care': 150,
  'practice-admin': 500,
  'nursing-associate': 10,
}
const socialCareStaff = {
  'care-worker': 3_800,
  'senior-care-worker': 600,
  'registered-manager': 120,
  'social-care-nurse': 150,
  'social-worker': 200,
  'social-care-support': 900,
  'nursing-associate': 15,
}
const voluntaryStaff = { 'vcse-practitioner': 350, 'vcse-support': 250 }

function scaled(staff: Readonly<Record<string, number>>, factor: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(staff).map(([group, headcount]) => [group, Math.round(headcount * factor)]),
  )
}

function placeScale(place: PlaceProfile): number {
  return place.population2024 / 333_000
}

function placeOrganisations(place: PlaceProfile, index: number): OrganisationProfile[] {
  const number = String(index + 1).padStart(2, '0')
  const scale = placeScale(place)
  return [
    {
      code: `STP${number}`,
      name: `${place.name} Primary Care Networks (synthetic aggregate)`,
      sector: 'primary-care',
      place: place.code,
      openingHeadcount: scaled(primaryCareStaff, scale * (0.9 + 0.04 * index)),
      vacancyFactor: 0.9 + 0.05 * (index % 3),
      turnoverFactor: 0.95 + 0.03 * (index % 4),
      agencyCoverShare: 0.09,
      bankCoverShare: 0.3,
    },
    {
      code: `STS${number}`,
      name: `${place.name} Adult Social Care Providers (synthetic aggregate)`,
      sector: 'social-care',
      place: place.code,
      // Social care need follows the older population.
      openingHeadcount: scaled(socialCareStaff, scale * (place.olderShare / 0.115)),
      vacancyFactor: 0.88 + 0.05 * (index % 4),
      turnoverFactor: 0.94 + 0.04 * (index % 3),
      agencyCoverShare: 0.108,
      bankCoverShare: 0.35,
    },
    {
      code: `STV${number}`,
      name: `${place.name} Voluntary and Community Sector Alliance (synthetic)`,
      sector: 'voluntary',
      place: place.code,
      openingHeadcount: scaled(voluntaryStaff, scale * (0.8 + 0.08 * index)),
      vacancyFactor: 1,
      turnoverFactor: 0.95 + 0.05 * (index % 2),
      agencyCoverShare: 0.027,
      bankCoverShare: 0.2,
    },
  ]
}

/**
 * About 25 organisations: 3 acute trusts, 2 community providers, 2 mental-health trusts, and a
 * primary-care, social-care and voluntary-sector aggregate per place.
 */
export const organisationProfiles: readonly OrganisationProfile[] = [
  {
    code: 'STA01',
    name: 'Riverside University Hospitals NHS Foundation Trust (synthetic)',
    sector: 'acute',
    place: 'riverside',
    openingHeadcount: acuteStaff,
    vacancyFactor: 0.95,
    turnoverFactor: 1.02,
    agencyCoverShare: 0.153,
    bankCoverShare: 0.42,
  },
  {
    code: 'STA02',
    name: 'Northbrook and Westmere Hospitals NHS Trust (synthetic)',
    sector: 'acute',
    place: 'northbrook',
    openingHeadcount: scaled(acuteStaff, 0.6),
    vacancyFactor: 1.05,
    turnoverFactor: 0.98,
    agencyCoverShare: 0.18,
    bankCoverShare: 0.4,
  },
  {
    code: 'STA03',
    name: 'Eastfield and Southmoor Hospitals NHS Trust (synthetic)',
    sector: 'acute',
    place: 'eastfield',
    openingHeadcount: scaled(acuteStaff, 0.38),
    // The planted vacancy outlier (README): about 1.4 times its peers' vacancy rates.
    vacancyFactor: 1.4,
    turnoverFactor: 1.05,
    agencyCoverShare: 0.216,
    bankCoverShare: 0.38,
  },
  {
    code: 'STC01',
    name: 'Westmere Community Health NHS Trust (synthetic)',
    sector: 'community',
    place: 'westmere',
    openingHeadcount: communityStaff,
    vacancyFactor: 1,
    turnoverFactor: 0.97,
    agencyCoverShare: 0.144,
    bankCoverShare: 0.4,
  },
  {
    code: 'STC02',
    name: 'Southmoor and Highcross Community Services NHS Trust (synthetic)',
    sector: 'community',
    place: 'southmoor',
    openingHeadcount: scaled(communityStaff, 0.8),
    vacancyFactor: 0.92,
    turnoverFactor: 0.95,
    agencyCoverShare: 0.135,
    bankCoverShare: 0.4,
  },
  {
    code: 'STM01',
    name: 'South Thames Mental Health NHS Foundation Trust (synthetic)',
    sector: 'mental-health',
    place: 'highcross',
    openingHeadcount: mentalHealthStaff,
    vacancyFactor: 1.06,
    turnoverFactor: 1,
    agencyCoverShare: 0.234,
    bankCoverShare: 0.42,
  },
  {
    code: 'STM02',
    name: 'Riverside and Northbrook Mental Health NHS Trust (synthetic)',
    sector: 'mental-health',
    place: 'riverside',
    openingHeadcount: scaled(mentalHealthStaff, 0.85),
    vacancyFactor: 1.02,
    // The planted outlier (README): staff leave at about 1.45 times the rates of its peers.
    turnoverFactor: 1.45,
    agencyCoverShare: 0.198,
    bankCoverShare: 0.4,
  },
  ...placeProfiles.flatMap(placeOrganisations),
]

/** Sectors whose organisations are NHS trusts (hospital and community health services). */
export const NHS_TRUST_SECTORS: readonly string[] = ['acute', 'community', 'mental-health']
