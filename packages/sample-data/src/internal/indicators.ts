import { type Dataset, financialYearMonths, parseMoney } from '@oneworkforce/schemas'

/**
 * Workforce indicators computed from a dataset by the NHS Digital definitions in DOMAIN.md, to
 * check the sample against its calibration targets. Each takes a filter on organisation and
 * staff group and a financial year (`2025/26`): flows over its 12 months, stocks at the end of
 * the month before it starts and at its last month.
 */
export interface IndicatorScope {
  /** Keeps rows of these organisation sectors (all when omitted). */
  readonly sectors?: readonly string[]
  /** Keeps rows of these staff groups (all when omitted). */
  readonly staffGroups?: readonly string[]
  /** Keeps rows of these organisation codes (all when omitted). */
  readonly organisations?: readonly string[]
  /** The financial year measured. */
  readonly financialYear: string
}

interface Keyed {
  readonly organisation: string
  readonly staffGroup: string
  readonly month: string
}

function scoped(dataset: Dataset, scope: IndicatorScope): (row: Keyed) => boolean {
  const sectorOf = new Map(dataset.organisations.map((each) => [each.code, each.sector]))
  const sectors = scope.sectors === undefined ? undefined : new Set(scope.sectors)
  const groups = scope.staffGroups === undefined ? undefined : new Set(scope.staffGroups)
  const codes = scope.organisations === undefined ? undefined : new Set(scope.organisations)
  return (row) =>
    (sectors === undefined || sectors.has(sectorOf.get(row.organisation) ?? '')) &&
    (groups === undefined || groups.has(row.staffGroup)) &&
    (codes === undefined || codes.has(row.organisation))
}

function periodOf(financialYear: string): { months: Set<string>; start: string; end: string } {
  const months = financialYearMonths(financialYear)
  const first = months[0] ?? ''
  const year = Number(first.slice(0, 4))
  return { months: new Set(months), start: `${year}-03`, end: months[months.length - 1] ?? '' }
}

function headcountAt(dataset: Dataset, keep: (row: Keyed) => boolean, month: string): number {
  let total = 0
  for (const row of dataset.workforce) if (row.month === month && keep(row)) total += row.headcount
  return total
}

/**
 * Leavers in 12 months / mean of headcount at start and end (NHS Digital leaver rate; with
 * `excludeMoves` false, moves to other organisations count too: organisation turnover).
 */
export function leaverRate(
  dataset: Dataset,
  scope: IndicatorScope,
  options: { readonly excludeMoves: boolean },
): number {
  const keep = scoped(dataset, scope)
  const { months, start, end } = periodOf(scope.financialYear)
  let leavers = 0
  for (const row of dataset.flows) {
    if (row.direction !== 'leaver' || !months.has(row.month) || !keep(row)) continue
    if (options.excludeMoves && row.reason === 'other-organisation') continue
    leavers += row.headcount
  }
  const mean = (headcountAt(dataset, keep, start) + headcountAt(dataset, keep, end)) / 2
  return mean > 0 ? leavers / mean : 0
}

/**
 * A lower bound on the stability index (staff in post at the start still in post at the end):
 * 1 − leavers / headcount at start, counting every leaver as one of the starting staff.
 * Aggregate flows cannot tell which leavers joined during the year; the true index is higher
 * by the share of leavers who were in-year joiners.
 */
export function stabilityLowerBound(
  dataset: Dataset,
  scope: IndicatorScope,
  options: { readonly excludeMoves: boolean },
): number {
  const keep = scoped(dataset, scope)
  const { months, start } = periodOf(scope.financialYear)
  let leavers = 0
  for (const row of dataset.flows) {
    if (row.direction !== 'leaver' || !months.has(row.month) || !keep(row)) continue
    if (options.excludeMoves && row.reason === 'other-organisation') continue
    leavers += row.headcount
  }
  const opening = headcountAt(dataset, keep, start)
  return opening > 0 ? 1 - leavers / opening : 0
}

/** Vacancy FTE / funded FTE, pooled over the year's months (NHS Digital vacancy rate). */
export function vacancyRate(dataset: Dataset, scope: IndicatorScope): number {
  const keep = scoped(dataset, scope)
  const { months } = periodOf(scope.financialYear)
  let funded = 0
  let inPost = 0
  for (const row of dataset.vacancies) {
    if (!months.has(row.month) || !keep(row)) continue
    funded += row.fundedFte
    inPost += row.staffInPostFte
  }
  return funded > 0 ? (funded - inPost) / funded : 0
}

/** FTE days lost / FTE days available over the year (NHS Digital sickness absence rate). */
export function sicknessRate(dataset: Dataset, scope: IndicatorScope): number {
  const keep = scoped(dataset, scope)
  const { months } = periodOf(scope.financialYear)
  let lost = 0
  let available = 0
  for (const row of dataset.sickness) {
    // A whole-organisation row (allStaff) belongs to no staff group: kept unless the scope names groups.
    const staffGroup = 'staffGroup' in row ? row.staffGroup : ''
    if (!months.has(row.month) || !keep({ ...row, staffGroup })) continue
    lost += row.fteDaysLost
    available += row.fteDaysAvailable
  }
  return available > 0 ? lost / available : 0
}

/** Agency spend / total pay bill (substantive + bank + agency) over the year. */
export function agencyShare(dataset: Dataset, scope: IndicatorScope): number {
  const keep = (row: { organisation: string; staffGroup?: string | undefined; month: string }) =>
    scoped(dataset, scope)({ ...row, staffGroup: row.staffGroup ?? '' })
  const { months } = periodOf(scope.financialYear)
  let agency = parseMoney(0)
  let total = parseMoney(0)
  for (const row of dataset.spend) {
    if (!months.has(row.month) || !keep(row)) continue
    agency = agency.plus(row.agencyGbp)
    total = total.plus(row.substantiveGbp).plus(row.bankGbp).plus(row.agencyGbp)
  }
  return total.isZero() ? 0 : agency.div(total).toNumber()
}

/** FTE / headcount at the year's last month. */
export function ftePerHead(dataset: Dataset, scope: IndicatorScope): number {
  const keep = scoped(dataset, scope)
  const { end } = periodOf(scope.financialYear)
  let fte = 0
  let headcount = 0
  for (const row of dataset.workforce) {
    if (row.month !== end || !keep(row)) continue
    fte += row.fte
    headcount += row.headcount
  }
  return headcount > 0 ? fte / headcount : 0
}

/** Total resident population of all places in a calendar year. */
export function populationIn(dataset: Dataset, year: number): number {
  return dataset.population
    .filter((row) => row.year === year)
    .reduce((sum, row) => sum + row.persons, 0)
}

/** Intake-weighted attrition of the training programmes feeding the given staff groups. */
export function trainingAttrition(dataset: Dataset, staffGroups: readonly string[]): number {
  const rows = dataset.trainingPipeline.filter((row) => staffGroups.includes(row.staffGroup))
  const intake = rows.reduce((sum, row) => sum + row.annualIntake, 0)
  const lost = rows.reduce((sum, row) => sum + row.annualIntake * row.attritionRate, 0)
  return intake > 0 ? lost / intake : 0
}
