import {
  type FlowRow,
  financialYearOfMonth,
  type SicknessRow,
  type SpendRow,
  type VacancyRow,
  type WorkforceSnapshotRow,
} from '@oneworkforce/schemas'
import type { OrganisationProfile } from './organisations'
import type { RandomStream } from './random'
import {
  fteAgeMultiplier,
  JOINER_REASONS,
  LEAVER_REASONS,
  leaverAgeMultiplier,
  retirementRateByAge,
  STAFF_AGE_BANDS,
  type StaffProfile,
} from './staff-profiles'

/** The monthly history tables the simulation produces. */
export interface WorkforceHistory {
  readonly workforce: WorkforceSnapshotRow[]
  readonly flows: FlowRow[]
  readonly vacancies: VacancyRow[]
  readonly sickness: SicknessRow[]
  readonly spend: SpendRow[]
}

/** One organisation × staff group: integer headcount and FTE in hundredths per age band. */
interface Cell {
  readonly organisation: OrganisationProfile
  readonly profile: StaffProfile
  readonly openingHeadcount: number
  readonly heads: number[]
  readonly fteCentis: number[]
  /** Age distribution of joiners that keeps the opening age profile steady (see below). */
  readonly joinerAgeWeights: readonly number[]
  /** Monthly leaver hazard by calendar month (1-12) × age band × leaver reason. */
  readonly monthlyHazards: Float64Array
}

const REASONS = LEAVER_REASONS.length

function hazardIndex(calendarMonth: number, band: number, reason: number): number {
  return ((calendarMonth - 1) * BANDS + band) * REASONS + reason
}

function monthlyHazardTable(cell: Pick<Cell, 'profile' | 'organisation'>): Float64Array {
  const table = new Float64Array(12 * BANDS * REASONS)
  for (let calendarMonth = 1; calendarMonth <= 12; calendarMonth += 1) {
    for (let band = 0; band < BANDS; band += 1) {
      for (let reason = 0; reason < REASONS; reason += 1) {
        table[hazardIndex(calendarMonth, band, reason)] = monthlyHazard(
          annualLeaverRate(cell, reason, band, calendarMonth),
        )
      }
    }
  }
  return table
}

const BANDS = STAFF_AGE_BANDS.length
/** Monthly probability of moving up one five-year band (the under-25 band holds mostly 21-24s). */
const AGEING_PER_MONTH = [1 / 48, ...Array.from({ length: BANDS - 1 }, () => 1 / 60)]
/** Pay awards used to deflate 2025/26 pay to earlier years (AfC: 5.5% in 2024/25, 3.6% in 2025/26). */
const PAY_INDEX: Readonly<Record<string, number>> = {
  '2023/24': 1 / (1.036 * 1.055),
  '2024/25': 1 / 1.036,
  '2025/26': 1,
}

function monthlyHazard(ratePerYear: number): number {
  return 1 - (1 - Math.min(ratePerYear, 0.999)) ** (1 / 12)
}

function joinerFteCentis(profile: StaffProfile, band: number): number {
  return Math.min(100, Math.round(profile.ftePerHead * (fteAgeMultiplier[band] ?? 1) * 100))
}

function draw(random: RandomStream, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  let pick = random.uniform() * total
  for (let index = 0; index < weights.length; index += 1) {
    pick -= weights[index] ?? 0
    if (pick < 0) return index
  }
  return weights.length - 1
}

function openingCell(organisation: OrganisationProfile, profile: StaffProfile): Cell {
  const openingHeadcount = organisation.openingHeadcount[profile.code] ?? 0
  const total = profile.ageProfile.reduce((sum, share) => sum + share, 0)
  const exact = profile.ageProfile.map((share) => (openingHeadcount * share) / total)
  const heads = exact.map(Math.floor)
  // Largest remainder, so the bands add up to the opening headcount exactly.
  const order = exact
    .map((value, band) => ({ band, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.band - b.band)
  let missing = openingHeadcount - heads.reduce((sum, value) => sum + value, 0)
  for (const { band } of order) {
    if (missing <= 0) break
    heads[band] = (heads[band] ?? 0) + 1
    missing -= 1
  }
  const fteCentis = heads.map((count, band) => count * joinerFteCentis(profile, band))
  const shares = profile.ageProfile.map((share) => share / total)
  const joinerAgeWeights = steadyJoinerAges({ organisation, profile }, shares)
  const monthlyHazards = monthlyHazardTable({ organisation, profile })
  return {
    organisation,
    profile,
    openingHeadcount,
    heads,
    fteCentis,
    joinerAgeWeights,
    monthlyHazards,
  }
}

/**
 * Joiner age weights that hold the age profile steady: in band b, joiners must replace what
 * ageing and leaving take out and growth adds, less what ageing brings in from band b − 1:
 * `J_b = s_b (a_b + h_b + g) − s_{b−1} a_{b−1}` (shares s, annual ageing rate a, leaver hazard
 * h, growth g), clipped at zero. Without this the older bands would empty within a few years.
 */
function steadyJoinerAges(
  cell: Pick<Cell, 'profile' | 'organisation'>,
  shares: readonly number[],
): number[] {
  const growth = cell.profile.growthPerYear
  const ageingPerYear = AGEING_PER_MONTH.map((rate) => rate * 12)
  const weights = shares.map((share, band) => {
    let hazard = 0
    for (let reason = 0; reason < LEAVER_REASONS.length; reason += 1) {
      // Month 0 has no rotation weighting, so this is the plain annual rate.
      hazard += annualLeaverRate(cell, reason, band, 0)
    }
    const outflow =
      share * ((band === BANDS - 1 ? 0 : (ageingPerYear[band] ?? 0)) + hazard + growth)
    const inflow = band === 0 ? 0 : (shares[band - 1] ?? 0) * (ageingPerYear[band - 1] ?? 0)
    return Math.max(0, outflow - inflow)
  })
  return weights.some((weight) => weight > 0) ? weights : [...cell.profile.ageProfile]
}

function age(cell: Cell, random: RandomStream): void {
  const moves = cell.heads.map((count, band) =>
    band === BANDS - 1 ? 0 : Math.min(count, random.round(count * (AGEING_PER_MONTH[band] ?? 0))),
  )
  for (let band = BANDS - 2; band >= 0; band -= 1) {
    const moved = moves[band] ?? 0
    const count = cell.heads[band] ?? 0
    if (moved === 0 || count === 0) continue
    const fte = Math.round(((cell.fteCentis[band] ?? 0) * moved) / count)
    cell.heads[band] = count - moved
    cell.fteCentis[band] = (cell.fteCentis[band] ?? 0) - fte
    cell.heads[band + 1] = (cell.heads[band + 1] ?? 0) + moved
    cell.fteCentis[band + 1] = (cell.fteCentis[band + 1] ?? 0) + fte
  }
}

/** Annual leaver rate of a reason and band; `calendarMonth` 0 gives the rate without rotations. */
function annualLeaverRate(
  cell: Pick<Cell, 'profile' | 'organisation'>,
  reason: number,
  band: number,
  calendarMonth: number,
): number {
  const { profile, organisation } = cell
  const ageFactor = leaverAgeMultiplier[band] ?? 1
  switch (LEAVER_REASONS[reason]) {
    case 'retirement':
      return (retirementRateByAge[band] ?? 0) * profile.retirementScale
    case 'voluntary':
      return profile.voluntaryRate * ageFactor * organisation.turnoverFactor
    case 'other-organisation': {
      const rate = profile.otherOrganisationRate * ageFactor * organisation.turnoverFactor
      if (profile.rotationMonths.length === 0 || calendarMonth === 0) return rate
      // Rotations: most moves in the first rotation month, some in the second, few otherwise.
      const [main, second] = profile.rotationMonths
      const weight = calendarMonth === main ? 6 : calendarMonth === second ? 2 : 0.4
      return 1 - (1 - rate) ** weight
    }
    case 'dismissal':
      return profile.dismissalRate * organisation.turnoverFactor
    default:
      return profile.otherRate * organisation.turnoverFactor
  }
}

function daysInMonth(month: string): number {
  const year = Number(month.slice(0, 4))
  const calendarMonth = Number(month.slice(5, 7))
  return new Date(Date.UTC(year, calendarMonth, 0)).getUTCDate()
}

function gbp(value: number): string {
  return Math.max(0, value).toFixed(2)
}

/**
 * The planted SPC signal: the month an establishment review took effect across the ICS. Posts
 * held vacant for over a year were removed from funded establishments, so funded FTE, and with
 * it every NHS and care vacancy rate, steps down by about a tenth (about 0.8 percentage points
 * for NHS trusts) from this month; staff in post is unchanged. Documented in the README.
 */
export const VACANCY_STEP_MONTH = '2024-10'
/** Vacancy-rate multipliers before and after {@link VACANCY_STEP_MONTH} (flat in each phase). */
const VACANCY_LEVEL_BEFORE = 1.04
const VACANCY_LEVEL_AFTER = 0.955

/** Vacancy rates are level, then step down at {@link VACANCY_STEP_MONTH}. */
function vacancyLevel(month: string): number {
  return month < VACANCY_STEP_MONTH ? VACANCY_LEVEL_BEFORE : VACANCY_LEVEL_AFTER
}

/**
 * Simulates monthly staff in post by organisation × staff group × age band, with joiners and
 * leavers that reconcile exactly with consecutive snapshots (integer headcount; FTE in whole
 * hundredths carried person by person), then derives vacancies, sickness and pay spend.
 */
export function simulateWorkforceHistory(
  organisations: readonly OrganisationProfile[],
  profiles: readonly StaffProfile[],
  months: readonly string[],
  random: RandomStream,
): WorkforceHistory {
  const cells: Cell[] = organisations.flatMap((organisation) =>
    profiles
      .filter((profile) => organisation.openingHeadcount[profile.code] !== undefined)
      .map((profile) => openingCell(organisation, profile)),
  )
  const history: WorkforceHistory = {
    workforce: [],
    flows: [],
    vacancies: [],
    sickness: [],
    spend: [],
  }
  months.forEach((month, monthIndex) => {
    const calendarMonth = Number(month.slice(5, 7))
    const payIndex = PAY_INDEX[financialYearOfMonth(month)] ?? 1
    for (const cell of cells) {
      stepCell(cell, month, monthIndex, calendarMonth, random, history)
      recordMonth(cell, month, calendarMonth, payIndex, random, history)
    }
  })
  return history
}

function stepCell(
  cell: Cell,
  month: string,
  monthIndex: number,
  calendarMonth: number,
  random: RandomStream,
  history: WorkforceHistory,
): void {
  const { organisation, profile } = cell
  age(cell, random)
  const before = cell.heads.reduce((sum, count) => sum + count, 0)
  let expectedLeavers = 0
  let leavers = 0
  for (let band = 0; band < BANDS; band += 1) {
    for (let reason = 0; reason < REASONS; reason += 1) {
      const count = cell.heads[band] ?? 0
      if (count === 0) continue
      const hazard = cell.monthlyHazards[hazardIndex(calendarMonth, band, reason)] ?? 0
      expectedLeavers += count * hazard
      const leaving = Math.min(count, random.poisson(count * hazard))
      if (leaving === 0) continue
      const fte = Math.round(((cell.fteCentis[band] ?? 0) * leaving) / count)
      cell.heads[band] = count - leaving
      cell.fteCentis[band] = (cell.fteCentis[band] ?? 0) - fte
      leavers += leaving
      history.flows.push({
        month,
        organisation: organisation.code,
        staffGroup: profile.code,
        ageBand: STAFF_AGE_BANDS[band],
        direction: 'leaver',
        reason: LEAVER_REASONS[reason] ?? 'other',
        headcount: leaving,
        fte: fte / 100,
      })
    }
  }
  // Joiners close part of the gap to a growing target and replace the expected leavers.
  const target = cell.openingHeadcount * (1 + profile.growthPerYear) ** ((monthIndex + 1) / 12)
  const gap = target - (before - leavers)
  let mean = Math.max(0, 0.4 * gap + 0.6 * expectedLeavers)
  const mix = [...profile.joinerMix]
  const qualifying = profile.qualifyingMonths
  if (qualifying.length > 0) {
    // Newly qualified staff arrive in cohorts (September for nurses, August for doctors).
    const share = mix[0] ?? 0
    if (qualifying.includes(calendarMonth)) {
      const cohort = (share * 12) / qualifying.length
      mix[0] = cohort / (1 - share + cohort)
      for (let reason = 1; reason < mix.length; reason += 1) {
        mix[reason] = ((mix[reason] ?? 0) / (1 - share || 1)) * (1 - (mix[0] ?? 0))
      }
      mean *= 1 - share + cohort
    } else {
      mix[0] = 0
      mean *= 1 - share
    }
  }
  const joining = random.poisson(mean)
  const byReason = JOINER_REASONS.map(() => ({ headcount: 0, fteCentis: 0 }))
  for (let person = 0; person < joining; person += 1) {
    const reason = draw(random, mix)
    const band = draw(random, cell.joinerAgeWeights)
    const fte = joinerFteCentis(profile, band)
    cell.heads[band] = (cell.heads[band] ?? 0) + 1
    cell.fteCentis[band] = (cell.fteCentis[band] ?? 0) + fte
    const bucket = byReason[reason]
    if (bucket) {
      bucket.headcount += 1
      bucket.fteCentis += fte
    }
  }
  byReason.forEach((bucket, reason) => {
    if (bucket.headcount === 0) return
    history.flows.push({
      month,
      organisation: organisation.code,
      staffGroup: profile.code,
      direction: 'joiner',
      reason: JOINER_REASONS[reason] ?? 'other',
      headcount: bucket.headcount,
      fte: bucket.fteCentis / 100,
    })
  })
}

function recordMonth(
  cell: Cell,
  month: string,
  calendarMonth: number,
  payIndex: number,
  random: RandomStream,
  history: WorkforceHistory,
): void {
  const { organisation, profile } = cell
  // Literal objects, not spreads of a shared key object: spreads are many times slower here.
  const code = organisation.code
  const staffGroup = profile.code
  let fteCentis = 0
  for (let band = 0; band < BANDS; band += 1) {
    fteCentis += cell.fteCentis[band] ?? 0
    history.workforce.push({
      month,
      organisation: code,
      staffGroup,
      ageBand: STAFF_AGE_BANDS[band],
      headcount: cell.heads[band] ?? 0,
      fte: (cell.fteCentis[band] ?? 0) / 100,
    })
  }
  const staffInPostFte = fteCentis / 100
  const vacancyRate = Math.min(
    0.4,
    Math.max(
      0.005,
      profile.vacancyRate *
        organisation.vacancyFactor *
        vacancyLevel(month) *
        (1 + 0.05 * random.normal()),
    ),
  )
  const fundedFte = Math.round((staffInPostFte / (1 - vacancyRate)) * 100) / 100
  history.vacancies.push({ month, organisation: code, staffGroup, fundedFte, staffInPostFte })
  // Sickness peaks in January and dips in July (winter respiratory illness).
  const seasonal = 1 + 0.13 * Math.cos((2 * Math.PI * (calendarMonth - 1)) / 12)
  const sicknessRate = Math.max(0, profile.sicknessRate * seasonal * (1 + 0.05 * random.normal()))
  const fteDaysAvailable = Math.round(staffInPostFte * daysInMonth(month) * 100) / 100
  history.sickness.push({
    month,
    organisation: code,
    staffGroup,
    fteDaysLost: Math.round(fteDaysAvailable * sicknessRate * 100) / 100,
    fteDaysAvailable,
  })
  // Bank and agency fill part of the gap left by vacancies and sickness, at a premium.
  const monthlyCost = (profile.annualPayGbp * payIndex * (1 + profile.onCostRate)) / 12
  const gapFte = Math.max(0, fundedFte - staffInPostFte) + staffInPostFte * sicknessRate
  const noise = Math.max(0, 1 + 0.08 * random.normal())
  history.spend.push({
    month,
    organisation: code,
    staffGroup,
    substantiveGbp: gbp(staffInPostFte * monthlyCost),
    bankGbp: gbp(
      gapFte * organisation.bankCoverShare * monthlyCost * (1 + profile.bankPremiumRate),
    ),
    agencyGbp: gbp(
      gapFte *
        organisation.agencyCoverShare *
        monthlyCost *
        (1 + profile.agencyPremiumRate) *
        noise,
    ),
  })
}
