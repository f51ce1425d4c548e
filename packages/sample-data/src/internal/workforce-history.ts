import {
  type FlowRow,
  financialYearOfMonth,
  type SicknessRow,
  type SpendRow,
  type TrainingPipelineRow,
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
  /** Expected newly qualified joiners a year from the pipelines (and transfers in). */
  supplyPerYear: number
  /** Expected completers a year of employment-based programmes moving out of this cell. */
  transfersOutPerYear: number
  /** Joiner shares by reason this cell draws from (no newly qualified when pipelines supply them). */
  joinerMix: readonly number[]
  /** This month's flows: heads and FTE hundredths by age band × leaver (or joiner) reason. */
  readonly leaverHeads: number[]
  readonly leaverCentis: number[]
  readonly joinerHeads: number[]
  readonly joinerCentis: number[]
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
/**
 * Monthly probability of moving up a band: 1 / (12 × band width), as the projection ages staff
 * (`ageing: 'band-width'`; the default taxonomy's under-25 band is 16-24, nine years wide), so the
 * age profile the history holds steady is one the projection can hold too.
 */
const AGEING_PER_MONTH = [1 / 108, ...Array.from({ length: BANDS - 1 }, () => 1 / 60)]
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
    supplyPerYear: 0,
    transfersOutPerYear: 0,
    joinerMix: profile.joinerMix,
    leaverHeads: new Array(BANDS * REASONS).fill(0),
    leaverCentis: new Array(BANDS * REASONS).fill(0),
    joinerHeads: new Array(BANDS * JOINER_REASONS.length).fill(0),
    joinerCentis: new Array(BANDS * JOINER_REASONS.length).fill(0),
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

/** Annual leaver rate of a reason and band (rotations are moves inside the ICS, separate). */
function annualLeaverRate(
  cell: Pick<Cell, 'profile' | 'organisation'>,
  reason: number,
  band: number,
  _calendarMonth: number,
): number {
  const { profile, organisation } = cell
  const ageFactor = leaverAgeMultiplier[band] ?? 1
  switch (LEAVER_REASONS[reason]) {
    case 'retirement':
      return (retirementRateByAge[band] ?? 0) * profile.retirementScale
    case 'voluntary':
      return profile.voluntaryRate * ageFactor * organisation.turnoverFactor
    case 'other-organisation':
      return profile.otherOrganisationRate * ageFactor * organisation.turnoverFactor
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

/** A training programme as the history runs it: who it feeds, from where, and when. */
interface Programme {
  readonly row: TrainingPipelineRow
  /** Completers a year taking a local post: intake × (1 − attrition) × local uptake. */
  readonly completers: number
  /** Calendar month (1-12) completers arrive: the last month of the course. */
  readonly completionMonth: number
  /** The cells the programme feeds (its staff group, in its sector and place if it names one). */
  readonly targets: readonly Cell[]
  /** The staff group its trainees are in while they train (employment-based), if another. */
  readonly source?: string
}

/**
 * The calendar month a programme's completers arrive: a cohort entering in month m of a course
 * of d months completes in its last month, m + d − 1, as the projection's pipelines count it
 * (a 36-month course from September completes in August).
 */
function completionMonth(row: TrainingPipelineRow): number {
  return ((row.entryMonth - 1 + row.durationMonths - 1) % 12) + 1
}

function programmesOf(
  cells: readonly Cell[],
  pipelines: readonly TrainingPipelineRow[],
  employmentBased: Readonly<Record<string, string>>,
): Programme[] {
  return pipelines.map((row) => {
    const targets = cells.filter(
      (cell) =>
        cell.profile.code === row.staffGroup &&
        (row.sector === undefined || cell.organisation.sector === row.sector) &&
        (row.place === undefined || cell.organisation.place === row.place),
    )
    const from = employmentBased[row.programme]
    return {
      row,
      completers: row.annualIntake * (1 - row.attritionRate) * row.localUptakeShare,
      completionMonth: completionMonth(row),
      // A programme training staff into the group they are already in moves nobody.
      targets: from === row.staffGroup ? [] : targets,
      ...(from !== undefined ? { source: from } : {}),
    }
  })
}

/**
 * Sets each cell's expected supply from the pipelines, the expected moves out of it to
 * employment-based programmes' target groups, and the joiner mix it draws other joiners from.
 */
function planSupply(cells: readonly Cell[], programmes: readonly Programme[]): void {
  const fed = new Set<string>()
  for (const programme of programmes) {
    if (programme.targets.length === 0) continue
    fed.add(programme.row.staffGroup)
    const total = programme.targets.reduce((sum, cell) => sum + cell.openingHeadcount, 0)
    for (const cell of programme.targets)
      cell.supplyPerYear += total > 0 ? (programme.completers * cell.openingHeadcount) / total : 0
    if (programme.source === undefined) continue
    const sources = cells.filter((cell) => cell.profile.code === programme.source)
    const sourceTotal = sources.reduce((sum, cell) => sum + cell.openingHeadcount, 0)
    for (const cell of sources)
      cell.transfersOutPerYear +=
        sourceTotal > 0 ? (programme.completers * cell.openingHeadcount) / sourceTotal : 0
  }
  for (const cell of cells) {
    if (!fed.has(cell.profile.code)) continue
    const [, ...others] = cell.profile.joinerMix
    const rest = others.reduce((sum, share) => sum + share, 0)
    cell.joinerMix = [0, ...others.map((share) => (rest > 0 ? share / rest : 0))]
  }
}

/**
 * Simulates monthly staff in post by organisation × staff group × age band, with joiners and
 * leavers that reconcile exactly with consecutive snapshots (integer headcount; FTE in whole
 * hundredths carried person by person), then derives vacancies, sickness and pay spend.
 *
 * Each month, in this order: staff age; leavers leave (hazards by age band and reason); the
 * training pipelines' completers arrive in their completion month (intake × (1 − attrition) ×
 * local uptake, with 5% noise, spread over the cells of the staff group in the sectors the
 * programme feeds by headcount) as newly qualified joiners, or, for employment-based
 * programmes, move from their trainees' staff group in the same place (a leaver to another post,
 * `other-organisation`, and a newly qualified joiner of the new group); other joiners close part
 * of the gap to a growing target; then rotations move staff between organisations of the same
 * sector (a move out and a move in, so the ICS total does not change).
 */
export function simulateWorkforceHistory(
  organisations: readonly OrganisationProfile[],
  profiles: readonly StaffProfile[],
  months: readonly string[],
  random: RandomStream,
  pipelines: readonly TrainingPipelineRow[] = [],
  employmentBased: Readonly<Record<string, string>> = {},
): WorkforceHistory {
  const cells: Cell[] = organisations.flatMap((organisation) =>
    profiles
      .filter((profile) => organisation.openingHeadcount[profile.code] !== undefined)
      .map((profile) => openingCell(organisation, profile)),
  )
  const programmes = programmesOf(cells, pipelines, employmentBased)
  planSupply(cells, programmes)
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
    const expected = cells.map((cell) => leave(cell, calendarMonth, random))
    for (const programme of programmes)
      if (programme.completionMonth === calendarMonth) complete(programme, cells, random)
    cells.forEach((cell, index) => {
      recruit(cell, monthIndex, expected[index] ?? 0, random)
    })
    rotate(cells, calendarMonth, random)
    for (const cell of cells) {
      flush(cell, month, history)
      recordMonth(cell, month, calendarMonth, payIndex, random, history)
    }
  })
  return history
}

function heads(cell: Cell): number {
  return cell.heads.reduce((sum, count) => sum + count, 0)
}

/** Takes one person out of a band of a cell, returning their FTE in hundredths. */
function takeOne(cell: Cell, band: number): number {
  const count = cell.heads[band] ?? 0
  const fte = Math.round((cell.fteCentis[band] ?? 0) / count)
  cell.heads[band] = count - 1
  cell.fteCentis[band] = (cell.fteCentis[band] ?? 0) - fte
  return fte
}

function addOne(cell: Cell, band: number, fte: number, reason: number): void {
  cell.heads[band] = (cell.heads[band] ?? 0) + 1
  cell.fteCentis[band] = (cell.fteCentis[band] ?? 0) + fte
  const at = band * JOINER_REASONS.length + reason
  cell.joinerHeads[at] = (cell.joinerHeads[at] ?? 0) + 1
  cell.joinerCentis[at] = (cell.joinerCentis[at] ?? 0) + fte
}

function noteLeaver(cell: Cell, band: number, reason: number, heads: number, fte: number): void {
  const at = band * REASONS + reason
  cell.leaverHeads[at] = (cell.leaverHeads[at] ?? 0) + heads
  cell.leaverCentis[at] = (cell.leaverCentis[at] ?? 0) + fte
}

const OTHER_ORGANISATION_LEAVER = LEAVER_REASONS.indexOf('other-organisation')
const OTHER_ORGANISATION_JOINER = JOINER_REASONS.indexOf('other-organisation')
const NEWLY_QUALIFIED = JOINER_REASONS.indexOf('newly-qualified')

/** Ages a cell and draws its leavers; returns the expected number of leavers. */
function leave(cell: Cell, calendarMonth: number, random: RandomStream): number {
  age(cell, random)
  let expectedLeavers = 0
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
      noteLeaver(cell, band, reason, leaving, fte)
    }
  }
  return expectedLeavers
}

/**
 * A programme's completers for the year arrive: newly qualified joiners of the cells it feeds
 * (by headcount), or, for an employment-based programme, staff moving from its trainees' group in
 * the same place (any sector, by headcount; in their own age band), as the projection moves them.
 */
function complete(programme: Programme, cells: readonly Cell[], random: RandomStream): void {
  const { targets, source } = programme
  if (targets.length === 0) return
  const cohort = random.round(programme.completers * Math.max(0, 1 + 0.05 * random.normal()))
  const sources = source === undefined ? [] : cells.filter((cell) => cell.profile.code === source)
  for (let person = 0; person < cohort; person += 1) {
    const target = targets[draw(random, targets.map(heads))]
    if (!target) continue
    if (source === undefined) {
      const band = draw(random, target.joinerAgeWeights)
      addOne(target, band, joinerFteCentis(target.profile, band), NEWLY_QUALIFIED)
      continue
    }
    const here = sources.filter((cell) => cell.organisation.place === target.organisation.place)
    const from = here[draw(random, here.map(heads))]
    if (!from || heads(from) === 0) continue
    const band = draw(random, from.heads)
    const fte = takeOne(from, band)
    noteLeaver(from, band, OTHER_ORGANISATION_LEAVER, 1, fte)
    addOne(target, band, fte, NEWLY_QUALIFIED)
  }
}

/**
 * Other joiners close part of the gap to a growing target and replace the expected leavers and
 * moves out to other staff groups, less what the pipelines supply on average.
 */
function recruit(
  cell: Cell,
  monthIndex: number,
  expectedLeavers: number,
  random: RandomStream,
): void {
  const { profile } = cell
  const target = cell.openingHeadcount * (1 + profile.growthPerYear) ** ((monthIndex + 1) / 12)
  const gap = target - heads(cell)
  const steady = expectedLeavers + (cell.transfersOutPerYear - cell.supplyPerYear) / 12
  const joining = random.poisson(Math.max(0, 0.4 * gap + 0.6 * steady))
  for (let person = 0; person < joining; person += 1) {
    const reason = draw(random, cell.joinerMix)
    const band = draw(random, cell.joinerAgeWeights)
    addOne(cell, band, joinerFteCentis(profile, band), reason)
  }
}

/**
 * Rotations: in a rotation month each staff member of the group moves with the rotation's
 * probability to an organisation of the same sector, drawn by headcount (their own included, in
 * which case they stay put), keeping their age band and FTE. Recorded as a move out and a move in.
 */
function rotate(cells: readonly Cell[], calendarMonth: number, random: RandomStream): void {
  const pools = new Map<string, Cell[]>()
  for (const cell of cells) {
    const share = cell.profile.rotations.find((each) => each.month === calendarMonth)?.share
    if (share === undefined) continue
    const key = `${cell.profile.code}|${cell.organisation.sector}`
    const pool = pools.get(key) ?? []
    pools.set(key, pool)
    pool.push(cell)
  }
  for (const pool of pools.values()) {
    if (pool.length < 2) continue
    const share =
      pool[0]?.profile.rotations.find((each) => each.month === calendarMonth)?.share ?? 0
    const weights = pool.map(heads)
    const arrivals: { to: Cell; band: number; fte: number }[] = []
    for (const cell of pool) {
      for (let band = 0; band < BANDS; band += 1) {
        const moving = Math.min(
          cell.heads[band] ?? 0,
          random.poisson((cell.heads[band] ?? 0) * share),
        )
        for (let person = 0; person < moving; person += 1) {
          const to = pool[draw(random, weights)]
          if (!to || to === cell) continue
          const fte = takeOne(cell, band)
          noteLeaver(cell, band, OTHER_ORGANISATION_LEAVER, 1, fte)
          arrivals.push({ to, band, fte })
        }
      }
    }
    // Arrivals after every departure, so nobody rotates twice in a month.
    for (const { to, band, fte } of arrivals) addOne(to, band, fte, OTHER_ORGANISATION_JOINER)
  }
}

/** Writes a cell's month of flows (leavers and joiners by age band and reason). */
function flush(cell: Cell, month: string, history: WorkforceHistory): void {
  const { organisation, profile } = cell
  for (let band = 0; band < BANDS; band += 1) {
    for (let reason = 0; reason < REASONS; reason += 1) {
      const at = band * REASONS + reason
      const headcount = cell.leaverHeads[at] ?? 0
      if (headcount === 0) continue
      history.flows.push({
        month,
        organisation: organisation.code,
        staffGroup: profile.code,
        ageBand: STAFF_AGE_BANDS[band],
        direction: 'leaver',
        reason: LEAVER_REASONS[reason] ?? 'other',
        headcount,
        fte: (cell.leaverCentis[at] ?? 0) / 100,
      })
      cell.leaverHeads[at] = 0
      cell.leaverCentis[at] = 0
    }
  }
  for (let band = 0; band < BANDS; band += 1) {
    for (let reason = 0; reason < JOINER_REASONS.length; reason += 1) {
      const at = band * JOINER_REASONS.length + reason
      const headcount = cell.joinerHeads[at] ?? 0
      if (headcount === 0) continue
      history.flows.push({
        month,
        organisation: organisation.code,
        staffGroup: profile.code,
        ageBand: STAFF_AGE_BANDS[band],
        direction: 'joiner',
        reason: JOINER_REASONS[reason] ?? 'other',
        headcount,
        fte: (cell.joinerCentis[at] ?? 0) / 100,
      })
      cell.joinerHeads[at] = 0
      cell.joinerCentis[at] = 0
    }
  }
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
