import {
  addMonths,
  type Dataset,
  defaultTaxonomy,
  financialYearOfMonth,
  type Issue,
  issue,
  type Month,
  monthsBetween,
  parseMoney,
  type Result,
  resultFrom,
  type ScenarioInput,
  unwrapResult,
} from '@oneworkforce/schemas'
import { personMonthsAtRisk, ratePerPersonYear } from '../calibration/person-months'
import { datasetShapeIssues, optionShapeIssues } from '../input/argument-shape'
import type { ProjectionInput, ProjectionInputDraft } from '../input/projection-input'
import { safeParseProjectionInput } from '../input/validate-input'
import { NHS_SECTORS } from '../scenarios/presets'
import { datasetCoverageWarnings } from './dataset-coverage-warnings'
import { employmentBasedMoves } from './employment-based-moves'
import { joinerAgeProfiles, joinersByAge, pipelinesByAge } from './joiner-age-profile'
import { temporaryCover } from './temporary-cover'
import { vacancyLedRecruitment } from './vacancy-led-recruitment'

const datasetOptionKinds = {
  startMonth: 'month',
  horizonMonths: 'number',
  ics: 'string',
  nonDemographicGrowthPerYear: 'number',
  productivityPerYear: 'number',
  productivitySectors: 'array',
  recruitment: 'string',
  recruitmentCapMultiple: 'number',
  temporaryCoverShare: 'number',
  employmentBasedProgrammes: 'object',
} as const

/** A dataset or options of the wrong shape (before any table is read), as issues. */
function datasetArgumentIssues(dataset: unknown, options: unknown): Issue[] {
  const issues = [...datasetShapeIssues(dataset), ...optionShapeIssues(options, datasetOptionKinds)]
  if (issues.length > 0) return issues
  const { scenario, recruitment } = (options ?? {}) as { scenario?: unknown; recruitment?: unknown }
  if (
    scenario !== undefined &&
    typeof scenario !== 'string' &&
    (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario))
  )
    issues.push(
      issue('invalid_type', 'scenario must be a scenario object or the id of one', ['scenario']),
    )
  if (recruitment !== undefined && recruitment !== 'vacancy-led' && recruitment !== 'fixed')
    issues.push(
      issue(
        'invalid_value',
        `recruitment must be "vacancy-led" or "fixed", received "${recruitment}"`,
        ['recruitment'],
      ),
    )
  return issues
}

/** Options of {@link projectionInputFromDataset}. */
export interface DatasetProjectionOptions {
  /** First projected month (default the month after the latest workforce snapshot). */
  readonly startMonth?: Month
  /** Months to project (default to March 2037, the end of 2036/37; at most 240). */
  readonly horizonMonths?: number
  /** Only the places of this ICS (default every place in the dataset). */
  readonly ics?: string
  /** A scenario to apply: a scenario object, or the id of one in `dataset.scenarios`. */
  readonly scenario?: ScenarioInput | string
  /**
   * Non-demographic demand growth per year in every sector (acuity, new treatments, rising
   * expectations), on top of the population-driven growth. Default
   * `DEFAULT_NON_DEMOGRAPHIC_GROWTH` (1% a year; plausible range 0-2%): a stated assumption, not
   * an estimate, well below the 3.1-3.4% a year of NHS workforce growth after productivity that
   * the IFS (2023) reads the LTWP as implying. Pass 0 for demography alone.
   */
  readonly nonDemographicGrowthPerYear?: number
  /** Productivity growth per year reducing demand (default 0), in `productivitySectors`. */
  readonly productivityPerYear?: number
  /**
   * The sectors the productivity growth applies to (default `NHS_SECTORS`: the LTWP's 1.5-2% is
   * an NHS assumption, not one for social care or the voluntary sector).
   */
  readonly productivitySectors?: readonly string[]
  /**
   * Joiners from the domestic labour market (other joiners and returners): `vacancy-led`
   * (default) recruits a share of each post's funded vacancy a month, calibrated from the last 12
   * months (joiners ÷ mean vacancy), up to `recruitmentCapMultiple` × last year's joiners;
   * `fixed` keeps last year's volumes whatever the vacancies.
   */
  readonly recruitment?: 'vacancy-led' | 'fixed'
  /**
   * The labour-market limit of vacancy-led recruitment as a multiple of each post's joiners in
   * the last 12 months (default 1.5: an assumption, not an estimate).
   */
  readonly recruitmentCapMultiple?: number
  /**
   * Share of each post's shortfall covered by temporary staff. Default: the observed share,
   * by staff group over the last 12 months: bank and agency spend ÷ (pay × (1 + premium)) gives
   * the temporary FTE, divided by the mean funded vacancy FTE, capped at 1 (no cover where there
   * is no spend data). A number replaces it for every group, split between bank and agency in
   * proportion to the group's spend (half and half without spend data).
   */
  readonly temporaryCoverShare?: number
  /**
   * Employment-based programmes: programme code → the staff group its trainees belong to while
   * they train. Their completers move from that group (a transfer, not new joiners); a programme
   * whose trainees are already in the group it trains for (a care-worker apprenticeship) adds
   * nobody. Default `EMPLOYMENT_BASED_PROGRAMMES`.
   */
  readonly employmentBasedProgrammes?: Readonly<Record<string, string>>
}

/**
 * The sample taxonomy's employment-based programmes and the staff group their trainees are in:
 * nursing-associate and nurse-degree apprentices are support staff (HCAs) while they train,
 * specialty trainees (to a CCT, then consultant) and GP specialty trainees are resident doctors,
 * care-worker apprentices are care workers.
 *
 * @example
 * ```ts
 * import { EMPLOYMENT_BASED_PROGRAMMES } from '@oneworkforce/projection'
 *
 * EMPLOYMENT_BASED_PROGRAMMES['gp-specialty-training'] // 'resident-doctor'
 * ```
 */
export const EMPLOYMENT_BASED_PROGRAMMES: Readonly<Record<string, string>> = {
  'nursing-associate-apprenticeship': 'clinical-support',
  'nurse-degree-apprenticeship': 'clinical-support',
  'specialty-training-cct': 'resident-doctor',
  'gp-specialty-training': 'resident-doctor',
  'adult-care-worker-apprenticeship': 'care-worker',
}

/**
 * The default non-demographic demand growth of `projectionInputFromDataset`: 1% a year, a stated
 * assumption (plausible range 0-2% a year; see `DatasetProjectionOptions.nonDemographicGrowthPerYear`).
 *
 * @example
 * ```ts
 * import { DEFAULT_NON_DEMOGRAPHIC_GROWTH } from '@oneworkforce/projection'
 *
 * DEFAULT_NON_DEMOGRAPHIC_GROWTH // 0.01
 * ```
 */
export const DEFAULT_NON_DEMOGRAPHIC_GROWTH = 0.01

type LeaverReason = 'retirement' | 'voluntary' | 'other'
const leaverReason = (reason: string): LeaverReason =>
  reason === 'retirement' ? 'retirement' : reason === 'voluntary' ? 'voluntary' : 'other'

/**
 * Derives a projection input from a dataset, returning issues instead of throwing.
 *
 * @example
 * ```ts
 * import { safeProjectionInputFromDataset } from '@oneworkforce/projection'
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'ICS' }],
 *   places: [{ code: 'p', name: 'P', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'p' }],
 * })
 * safeProjectionInputFromDataset(dataset).success // false: the dataset has no workforce snapshot
 * ```
 */
export function safeProjectionInputFromDataset(
  dataset: Dataset,
  options: DatasetProjectionOptions = {},
): Result<ProjectionInput> {
  const shapeIssues = datasetArgumentIssues(dataset, options)
  if (shapeIssues.length > 0) return resultFrom(undefined as never, shapeIssues, 'invalid_argument')
  const issues: Issue[] = []
  if (dataset.workforce.length === 0)
    return resultFrom(undefined as never, [
      issue(
        'insufficient_data',
        'the dataset has no workforce snapshot to start from',
        ['workforce'],
        {
          table: 'workforce',
        },
      ),
    ])
  const places = dataset.places.filter(
    (place) => options.ics === undefined || place.ics === options.ics,
  )
  if (places.length === 0)
    return resultFrom(undefined as never, [
      issue('unknown_code', `no place belongs to ICS "${options.ics}"`, ['ics']),
    ])
  const placeCodes = new Set(places.map((place) => place.code))
  const organisations = new Map(
    dataset.organisations
      .filter((organisation) => placeCodes.has(organisation.place))
      .map((organisation) => [organisation.code, organisation]),
  )
  const taxonomy = dataset.taxonomy
  const activeTaxonomy = taxonomy ?? defaultTaxonomy
  const snapshotMonths = [...new Set(dataset.workforce.map((row) => row.month))].sort()
  const latest = snapshotMonths.at(-1)!
  const startMonth = options.startMonth ?? addMonths(latest, 1)
  const horizonMonths =
    options.horizonMonths ?? Math.min(240, Math.max(1, monthsBetween(startMonth, '2037-03') + 1))
  const snapshot = (month: Month) =>
    dataset.workforce.filter((row) => row.month === month && organisations.has(row.organisation))
  const current = snapshot(latest)
  const withAge = current.filter((row) => row.ageBand !== undefined).length
  if (withAge > 0 && withAge < current.length)
    issues.push(
      issue(
        'inconsistent',
        `${current.length - withAge} of ${current.length} workforce rows for ${latest} have no age band; give age bands on all rows or none`,
        ['workforce'],
        { table: 'workforce', column: 'ageBand' },
      ),
    )
  const hasAges = withAge > 0
  const bandCodes = hasAges ? activeTaxonomy.ageBands.map((band) => band.code) : undefined

  // Stock: headcount and FTE by place × sector × staff group × age band.
  const cellKey = (place: string, sector: string, group: string, band: string | undefined) =>
    `${place}|${sector}|${group}|${band ?? ''}`
  const stockTotals = new Map<string, { headcount: number; fte: number }>()
  const groupsInUse = new Set<string>()
  for (const row of current) {
    const organisation = organisations.get(row.organisation)!
    const key = cellKey(organisation.place, organisation.sector, row.staffGroup, row.ageBand)
    const total = stockTotals.get(key) ?? { headcount: 0, fte: 0 }
    total.headcount += row.headcount
    total.fte += row.fte
    stockTotals.set(key, total)
    if (row.headcount > 0) groupsInUse.add(row.staffGroup)
  }
  for (const row of dataset.trainingPipeline) groupsInUse.add(row.staffGroup)
  const stock = [...stockTotals].map(([key, total]) => {
    const [place, sector, staffGroup, ageBand] = key.split('|') as [string, string, string, string]
    return {
      place,
      sector,
      staffGroup,
      ...(ageBand ? { ageBand } : {}),
      headcount: total.headcount,
      ftePerHead: total.headcount > 0 ? Math.min(2, total.fte / total.headcount) : 0,
    }
  })
  const sectorsInUse = new Set(
    [...organisations.values()].map((organisation) => organisation.sector),
  )

  // Leaver rates over the last 12 months: leavers ÷ mean headcount at the start and end
  // (NHS Digital's definition), by staff group × sector × age band × reason, pooled over places.
  const windowStart = addMonths(latest, -11)
  const before = addMonths(latest, -12)
  const earliest = snapshotMonths[0]!
  const openingMonth = [before, earliest].sort()[1]!
  // Flows are counted over the months after the opening snapshot (12 with a year of history).
  const windowMonths = monthsBetween(openingMonth, latest)
  if (windowMonths === 0)
    issues.push(
      issue(
        'insufficient_data',
        `only one workforce snapshot (${latest}): leaver rates need at least two months of history`,
        ['workforce'],
        { table: 'workforce', severity: 'warning' },
      ),
    )
  // Person-months at risk per staff group × sector (× age band): the mean of opening and closing
  // headcount month by month, the estimator the calibration functions use.
  const windowFlowMonths = Array.from({ length: windowMonths }, (_, i) =>
    addMonths(openingMonth, i + 1),
  )
  const stockByMonth = new Map<string, Map<Month, number>>()
  for (const row of dataset.workforce) {
    if (row.month < openingMonth || row.month > latest) continue
    const organisation = organisations.get(row.organisation)
    if (!organisation) continue
    for (const band of row.ageBand === undefined ? [undefined] : [row.ageBand, undefined]) {
      const key = `${row.staffGroup}|${organisation.sector}|${band ?? ''}`
      const byMonth = stockByMonth.get(key) ?? new Map<Month, number>()
      stockByMonth.set(key, byMonth)
      byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.headcount)
    }
  }
  const recentFlows = dataset.flows.filter(
    (row) => row.month > openingMonth && row.month <= latest && organisations.has(row.organisation),
  )
  const annualise = windowMonths > 0 ? 12 / windowMonths : 0
  const leavers = new Map<string, number>()
  const joinerTotals = new Map<string, number>()
  const pipelineGroups = new Set(dataset.trainingPipeline.map((row) => row.staffGroup))
  const newlyQualified = new Map<string, number>()
  // The system boundary: moves to other organisations matched by moves in (same staff group and
  // sector, pooled over the window) are transfers inside the system, neither leavers nor joiners.
  const movesOut = new Map<string, number>()
  const movesIn = new Map<string, number>()
  for (const row of recentFlows) {
    if (row.reason !== 'other-organisation') continue
    const key = `${row.staffGroup}|${organisations.get(row.organisation)!.sector}`
    const moves = row.direction === 'leaver' ? movesOut : movesIn
    moves.set(key, (moves.get(key) ?? 0) + row.headcount)
  }
  // Completers of employment-based programmes leave their trainees' group as moves to another
  // post: the pipeline moves them (a transfer), so they are neither leavers nor matched moves.
  const employmentBased = options.employmentBasedProgrammes ?? EMPLOYMENT_BASED_PROGRAMMES
  const trainingMoves = employmentBasedMoves(
    dataset,
    new Map([...organisations].map(([code, organisation]) => [code, organisation.sector])),
    addMonths(openingMonth, 1),
    latest,
    Object.fromEntries(
      Object.entries(employmentBased).filter(([, group]) => groupsInUse.has(group)),
    ),
  )
  const externalShare = (key: string, direction: 'leaver' | 'joiner') => {
    const out = movesOut.get(key) ?? 0
    const transfer = Math.min(out, trainingMoves.out.get(key) ?? 0)
    const into = movesIn.get(key) ?? 0
    const internal = Math.min(out - transfer, into)
    const own = direction === 'leaver' ? out : into
    const notLeaving = direction === 'leaver' ? internal + transfer : internal
    return own > 0 ? 1 - notLeaving / own : 1
  }
  for (const row of recentFlows) {
    const organisation = organisations.get(row.organisation)!
    const weight =
      row.reason === 'other-organisation'
        ? externalShare(`${row.staffGroup}|${organisation.sector}`, row.direction)
        : 1
    if (weight === 0) continue
    if (row.direction === 'leaver') {
      const key = `${row.staffGroup}|${organisation.sector}|${row.ageBand ?? ''}|${leaverReason(row.reason)}`
      leavers.set(key, (leavers.get(key) ?? 0) + row.headcount * weight)
    } else {
      if (row.reason === 'newly-qualified' && pipelineGroups.has(row.staffGroup)) {
        const key = `${organisation.place}|${organisation.sector}|${row.staffGroup}`
        newlyQualified.set(key, (newlyQualified.get(key) ?? 0) + row.headcount)
        continue
      }
      const reason =
        row.reason === 'international'
          ? 'international'
          : row.reason === 'returner'
            ? 'returner'
            : 'other'
      const key = `${organisation.place}|${organisation.sector}|${row.staffGroup}|${reason}`
      joinerTotals.set(key, (joinerTotals.get(key) ?? 0) + row.headcount * weight)
    }
  }
  // Newly qualified joiners beyond what the local pipelines supply (e.g. trained elsewhere) stay
  // as "other" joiners, so the pipelines do not understate observed recruitment.
  const pipelineOutput = new Map<string, number>()
  for (const row of dataset.trainingPipeline)
    pipelineOutput.set(
      row.staffGroup,
      (pipelineOutput.get(row.staffGroup) ?? 0) +
        row.annualIntake * (1 - row.attritionRate) * row.localUptakeShare,
    )
  const observedNewlyQualified = new Map<string, number>()
  for (const [key, count] of newlyQualified) {
    const group = key.split('|')[2]!
    observedNewlyQualified.set(group, (observedNewlyQualified.get(group) ?? 0) + count * annualise)
  }
  for (const [key, count] of newlyQualified) {
    const group = key.split('|')[2]!
    const observed = observedNewlyQualified.get(group) ?? 0
    const excess = observed > 0 ? Math.max(0, 1 - (pipelineOutput.get(group) ?? 0) / observed) : 0
    if (excess > 0) {
      const otherKey = `${key}|other`
      joinerTotals.set(otherKey, (joinerTotals.get(otherKey) ?? 0) + count * excess)
    }
  }
  const leaverRates = [...leavers].flatMap(([key, count]) => {
    const [staffGroup, sector, ageBand, reason] = key.split('|') as [
      string,
      string,
      string,
      LeaverReason,
    ]
    const exposure = stockByMonth.get(`${staffGroup}|${sector}|${ageBand}`)
    const { personMonths } = personMonthsAtRisk(exposure ?? new Map(), windowFlowMonths)
    if (!(personMonths > 0) || !groupsInUse.has(staffGroup)) return []
    return [
      {
        staffGroup,
        sector,
        ...(ageBand && hasAges ? { ageBand } : {}),
        reason,
        ratePerYear: Math.min(24, ratePerPersonYear(count, personMonths)),
      },
    ]
  })
  const ageProfiles = hasAges
    ? joinerAgeProfiles(dataset, new Set(organisations.keys()), bandCodes ?? [], groupsInUse)
    : { newlyQualified: new Map(), other: new Map() }
  const recruitment = vacancyLedRecruitment(
    dataset,
    organisations,
    joinerTotals,
    stockTotals,
    annualise,
    { from: addMonths(openingMonth, 1), to: latest },
    options,
    ageProfiles.other,
  )
  const recruited = new Set(
    recruitment.map((row) => `${row.place}|${row.sector}|${row.staffGroup}`),
  )
  const joiners = [...joinerTotals].flatMap(([key, count]) => {
    const [place, sector, staffGroup, reason] = key.split('|') as [
      string,
      string,
      string,
      'international' | 'returner' | 'other',
    ]
    if (!groupsInUse.has(staffGroup)) return []
    if (reason !== 'international' && recruited.has(`${place}|${sector}|${staffGroup}`)) return []
    return [{ place, sector, staffGroup, reason, headcountPerYear: count * annualise }]
  })

  // Demand: funded establishment at the latest vacancy month up to the start.
  const vacancyMonth =
    [...new Set(dataset.vacancies.map((row) => row.month))]
      .filter((month) => month < startMonth)
      .sort()
      .at(-1) ?? ''
  const funded = new Map<string, number>()
  for (const row of dataset.vacancies) {
    const organisation = organisations.get(row.organisation)
    if (row.month !== vacancyMonth || !organisation || !groupsInUse.has(row.staffGroup)) continue
    const key = `${organisation.place}|${organisation.sector}|${row.staffGroup}`
    funded.set(key, (funded.get(key) ?? 0) + row.fundedFte)
  }
  const baseline = [...funded].map(([key, fte]) => {
    const [place, sector, staffGroup] = key.split('|') as [string, string, string]
    return { place, sector, staffGroup, fte }
  })

  // Pay: the latest pay year up to the start's financial year, averaged over pay bands weighted
  // by the FTE in each band in the latest snapshot (equally when the snapshot has no pay bands).
  const bandFte = new Map<string, number>()
  for (const row of current)
    if (row.payBand !== undefined)
      bandFte.set(
        `${row.staffGroup}|${row.payBand}`,
        (bandFte.get(`${row.staffGroup}|${row.payBand}`) ?? 0) + row.fte,
      )
  const startYear = financialYearOfMonth(startMonth)
  const payYears = [...new Set(dataset.payRates.map((row) => row.financialYear))].sort()
  const payYear = payYears.filter((year) => year <= startYear).at(-1) ?? payYears[0]
  const payGroups = new Map<
    string,
    { pay: number; onCost: number; bank: number; agency: number; n: number }
  >()
  for (const row of dataset.payRates) {
    if (row.financialYear !== payYear || !groupsInUse.has(row.staffGroup)) continue
    const key = `${row.staffGroup}|${row.sector ?? ''}`
    const total = payGroups.get(key) ?? { pay: 0, onCost: 0, bank: 0, agency: 0, n: 0 }
    const weight =
      bandFte.size > 0 && row.payBand !== undefined
        ? // A band nobody is in weighs (almost) nothing; all such bands together weigh equally.
          (bandFte.get(`${row.staffGroup}|${row.payBand}`) ?? 0) + 1e-9
        : 1
    total.pay += weight * parseMoney(row.annualPayGbp).toNumber()
    total.onCost += weight * row.onCostRate
    total.bank += weight * row.bankPremiumRate
    total.agency += weight * row.agencyPremiumRate
    total.n += weight
    payGroups.set(key, total)
  }
  const pay = [...payGroups]
    .filter(([key]) => sectorsInUse.has(key.split('|')[1]!) || key.endsWith('|'))
    .map(([key, total]) => {
      const [staffGroup, sector] = key.split('|') as [string, string]
      return {
        staffGroup,
        ...(sector ? { sector } : {}),
        annualPayGbp: total.pay / total.n,
        onCostRate: total.onCost / total.n,
        bankPremiumRate: total.bank / total.n,
        agencyPremiumRate: total.agency / total.n,
      }
    })
  const gapCover = temporaryCover(
    dataset,
    organisations,
    [...groupsInUse],
    pay,
    { from: windowStart, to: latest },
    options.temporaryCoverShare,
  )

  const staffGroupOrder = activeTaxonomy.staffGroups.map((group) => group.code)
  const sectorOrder = activeTaxonomy.sectors.map((sector) => sector.code)
  const order = (codes: Set<string>, preferred: readonly string[]) => [
    ...preferred.filter((code) => codes.has(code)),
    ...[...codes].filter((code) => !preferred.includes(code)).sort(),
  ]
  let scenario: ScenarioInput | undefined
  if (typeof options.scenario === 'string') {
    scenario = dataset.scenarios.find((each) => each.id === options.scenario)
    if (!scenario)
      issues.push(
        issue('unknown_code', `scenario "${options.scenario}" is not in dataset.scenarios`, [
          'scenario',
        ]),
      )
  } else scenario = options.scenario

  const draft: ProjectionInputDraft = {
    ...(taxonomy ? { taxonomy } : {}),
    startMonth,
    horizonMonths,
    rateKind: 'per-person-year',
    dimensions: {
      places: places.map((place) => place.code),
      sectors: order(sectorsInUse, sectorOrder),
      staffGroups: order(groupsInUse, staffGroupOrder),
      ...(bandCodes ? { ageBands: bandCodes } : {}),
    },
    stock: stock.filter((row) => groupsInUse.has(row.staffGroup)),
    leaverRates,
    joiners: joinersByAge(joiners, ageProfiles.other),
    recruitment: recruitment.filter((row) => groupsInUse.has(row.staffGroup)),
    // Joiners and newly qualified staff carry the age mix of the joiner flows that have age bands.
    pipelines: pipelinesByAge(
      dataset.trainingPipeline
        .filter((row) => row.place === undefined || placeCodes.has(row.place))
        .map((row) => {
          const from = employmentBased[row.programme]
          return from !== undefined && groupsInUse.has(from)
            ? { ...row, fromStaffGroup: from }
            : { ...row }
        }),
      ageProfiles.newlyQualified,
    ),
    demand: {
      baseline,
      population: dataset.population.filter((row) => placeCodes.has(row.place)),
      serviceUse: dataset.serviceUse.filter(
        (row) =>
          groupsInUse.has(row.staffGroup) &&
          (row.sector === undefined || sectorsInUse.has(row.sector)),
      ),
      growth:
        (options.nonDemographicGrowthPerYear ?? DEFAULT_NON_DEMOGRAPHIC_GROWTH) !== 0
          ? [
              {
                ratePerYear: options.nonDemographicGrowthPerYear ?? DEFAULT_NON_DEMOGRAPHIC_GROWTH,
              },
            ]
          : [],
      productivity: options.productivityPerYear
        ? (options.productivitySectors ?? NHS_SECTORS)
            .filter((sector) => sectorsInUse.has(sector))
            .map((sector) => ({ sector, ratePerYear: options.productivityPerYear ?? 0 }))
        : [],
    },
    finance: { pay, gapCover },
    ...(scenario ? { scenario } : {}),
  }
  issues.push(
    ...datasetCoverageWarnings({
      dataset,
      organisations: new Set(organisations.keys()),
      placeCodes,
      sectorsInUse,
      startMonth,
      endMonth: addMonths(startMonth, horizonMonths - 1),
    }),
  )
  if (issues.some((each) => each.severity === 'error'))
    return resultFrom(undefined as never, issues)
  const parsed = safeParseProjectionInput(draft)
  return parsed.success ? resultFrom(parsed.value, [...issues, ...parsed.issues]) : parsed
}

/**
 * Derives a full projection input from a validated dataset:
 * - start stock: the latest workforce snapshot by place × sector (through the organisations
 *   table) × staff group × age band, with FTE per head = FTE ÷ headcount;
 * - leaver rates by staff group × sector × age band × reason from the last 12 months of flows,
 *   by NHS Digital's definition (leavers ÷ mean of headcount at the start and end of the
 *   period), pooled over places; dismissals, moves to other organisations and other reasons are
 *   "other" (moves in are "other" joiners, so the flows between organisations net out);
 * - joiners per year by place × sector × staff group and reason over the same 12 months
 *   (newly qualified joiners come from the training pipelines where a staff group has one; any
 *   observed excess over the pipelines' local output stays as "other" joiners), spread over age
 *   bands by starting headcount;
 * - pipelines from `trainingPipeline`; demand from funded FTE in `vacancies` (the latest month
 *   before the start), `population` and `serviceUse`; pay from `payRates` (the latest year up to
 *   the start, averaged over pay bands); bank and agency cover of the shortfall split by spend.
 *
 * Throws a `OneWorkforceError` when the dataset cannot support a projection.
 *
 * @example
 * ```ts
 * import { projectionInputFromDataset, projectWorkforce } from '@oneworkforce/projection'
 * import { sampleDataset } from '@oneworkforce/sample-data'
 *
 * const input = projectionInputFromDataset(sampleDataset())
 * input.startMonth // '2026-04'
 * const result = projectWorkforce(input, { keep: ['staffGroup'] })
 * ```
 */
export function projectionInputFromDataset(
  dataset: Dataset,
  options: DatasetProjectionOptions = {},
): ProjectionInput {
  return unwrapResult(safeProjectionInputFromDataset(dataset, options))
}
