import type { ActivityRow, PopulationRow, ServiceUseRow } from '@oneworkforce/schemas'
import type { PlaceProfile } from './organisations'
import type { RandomStream } from './random'
import type { StaffProfile } from './staff-profiles'

/** Population age bands of the default taxonomy with growth per year (older bands grow faster). */
const POPULATION_BANDS = [
  { code: '0-17', growthPerYear: -0.003 },
  { code: '18-64', growthPerYear: 0.004 },
  { code: '65-74', growthPerYear: 0.021 },
  { code: '75-84', growthPerYear: 0.03 },
  { code: '85-plus', growthPerYear: 0.034 },
] as const

/** Shares of the population aged 65 and over by band (65-74, 75-84, 85+). */
const OLDER_SPLIT = [0.55, 0.32, 0.13]

/** Population projection by place, year (2024-2040) and population age band. */
export function populationProjection(places: readonly PlaceProfile[]): PopulationRow[] {
  const rows: PopulationRow[] = []
  places.forEach((place, index) => {
    const older = place.population2024 * place.olderShare
    const children = place.population2024 * (0.205 + 0.005 * (index % 3))
    const base = [
      children,
      place.population2024 - older - children,
      older * (OLDER_SPLIT[0] ?? 0),
      older * (OLDER_SPLIT[1] ?? 0),
      older * (OLDER_SPLIT[2] ?? 0),
    ]
    for (let year = 2024; year <= 2040; year += 1) {
      POPULATION_BANDS.forEach((band, bandIndex) => {
        // Places differ a little in growth (new housing in the outer boroughs).
        const growth = band.growthPerYear + 0.001 * (index - 2.5)
        rows.push({
          place: place.code,
          year,
          ageBand: band.code,
          persons: Math.round((base[bandIndex] ?? 0) * (1 + growth) ** (year - 2024)),
        })
      })
    }
  })
  return rows
}

/** Relative per-capita use by population band for the families of care. */
const USE_BY_FAMILY: Readonly<Record<string, readonly number[]>> = {
  hospital: [0.6, 1, 2.4, 4, 5.6],
  community: [0.5, 1, 3, 6.5, 12],
  'mental-health': [0.7, 1, 0.9, 1.2, 1.6],
  maternity: [0.1, 1, 0, 0, 0],
  'general-practice': [0.8, 1, 2.1, 3, 3.6],
  'social-care': [0.05, 0.3, 2, 8, 22],
  voluntary: [0.7, 1, 1.6, 2.4, 3.2],
}

function familyOf(profile: StaffProfile): string {
  if (profile.code === 'midwife') return 'maternity'
  if (profile.code === 'social-worker') return 'community'
  if (
    [
      'gp',
      'practice-nurse',
      'clinical-pharmacist',
      'direct-patient-care',
      'practice-admin',
    ].includes(profile.code)
  ) {
    return 'general-practice'
  }
  if (profile.code.startsWith('vcse-')) return 'voluntary'
  if (
    [
      'care-worker',
      'senior-care-worker',
      'registered-manager',
      'social-care-nurse',
      'social-care-support',
    ].includes(profile.code)
  ) {
    return 'social-care'
  }
  return 'hospital'
}

/**
 * Service-use weights by staff group × population age band, plus mental-health and community
 * rows narrowed by sector for the NHS groups whose use differs there.
 */
export function serviceUse(profiles: readonly StaffProfile[]): ServiceUseRow[] {
  const rows: ServiceUseRow[] = []
  const push = (staffGroup: string, family: string, sector?: string): void => {
    const weights = USE_BY_FAMILY[family] ?? []
    POPULATION_BANDS.forEach((band, index) => {
      rows.push({
        staffGroup,
        ...(sector === undefined ? {} : { sector }),
        ageBand: band.code,
        relativeUse: weights[index] ?? 1,
      })
    })
  }
  for (const profile of profiles) push(profile.code, familyOf(profile))
  for (const code of ['registered-nurse', 'ahp', 'clinical-support']) {
    push(code, 'community', 'community')
    push(code, 'mental-health', 'mental-health')
  }
  return rows
}

/** Monthly activity per capita (by sector) and the staff group that delivers it. */
const ACTIVITIES = [
  {
    sector: 'primary-care',
    activity: 'gp-appointments',
    staffGroup: 'gp',
    perPersonPerMonth: 0.19,
  },
  { sector: 'primary-care', activity: 'practice-appointments', perPersonPerMonth: 0.27 },
  { sector: 'acute', activity: 'ae-attendances', perPersonPerMonth: 0.028 },
  { sector: 'acute', activity: 'outpatient-attendances', perPersonPerMonth: 0.1 },
  { sector: 'community', activity: 'community-contacts', perPersonPerMonth: 0.09 },
  { sector: 'mental-health', activity: 'mental-health-contacts', perPersonPerMonth: 0.045 },
  {
    sector: 'social-care',
    activity: 'home-care-hours',
    staffGroup: 'care-worker',
    perOlderPersonPerMonth: 1.9,
  },
] as const

/** Monthly activity by place for the 36 months, growing with population and peaking in winter. */
export function activity(
  places: readonly PlaceProfile[],
  months: readonly string[],
  random: RandomStream,
): ActivityRow[] {
  const rows: ActivityRow[] = []
  months.forEach((month, monthIndex) => {
    const calendarMonth = Number(month.slice(5, 7))
    const winter = 1 + 0.06 * Math.cos((2 * Math.PI * (calendarMonth - 1)) / 12)
    const growth = 1.012 ** (monthIndex / 12)
    for (const place of places) {
      for (const each of ACTIVITIES) {
        const base =
          'perOlderPersonPerMonth' in each
            ? place.population2024 *
              place.olderShare *
              each.perOlderPersonPerMonth *
              1.025 ** (monthIndex / 12)
            : place.population2024 * each.perPersonPerMonth * growth
        rows.push({
          month,
          place: place.code,
          sector: each.sector,
          activity: each.activity,
          ...('staffGroup' in each ? { staffGroup: each.staffGroup } : {}),
          volume: Math.max(0, Math.round(base * winter * (1 + 0.025 * random.normal()))),
        })
      }
    }
  })
  return rows
}
