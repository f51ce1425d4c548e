import {
  type Dataset,
  type Issue,
  issue,
  type Result,
  resultFrom,
  unwrapResult,
} from '@oneworkforce/schemas'
import { checkOptionsObject, describe, NO_VALUE } from '../internal/guard'
import { monthIndex, monthOfIndex } from '../internal/month-index'
import { checkDatasetShape } from './check-dataset'
import { INDICATOR_DEFINITIONS, INDICATOR_NAMES, type IndicatorName } from './indicator-definitions'

/** A dimension indicators can be grouped by. */
export type GroupDimension = 'organisation' | 'place' | 'sector' | 'staffGroup' | 'ics'

/** The period an indicator covers: one `month`, or the `rolling-12-months` ending in the month. */
export type IndicatorWindow = 'month' | 'rolling-12-months'

/** Options of {@link computeIndicators}. */
export interface IndicatorOptions {
  /** Indicators to compute; all by default. */
  readonly indicators?: readonly IndicatorName[]
  /** Dimensions to group by (any combination); `['organisation']` by default, `[]` for the whole dataset. */
  readonly groupBy?: readonly GroupDimension[]
  /** Monthly or rolling 12 months (the NHS Digital convention); rolling by default. */
  readonly window?: IndicatorWindow
  /** First month reported, `YYYY-MM`; the first with a complete window by default. */
  readonly from?: string
  /** Last month reported, `YYYY-MM`; the last with data by default. */
  readonly to?: string
}

/** One indicator value for one group and month, with its numerator and denominator. */
export interface IndicatorRow {
  readonly indicator: IndicatorName
  /** Last month of the window. */
  readonly month: string
  /** The group's values of the `groupBy` dimensions. */
  readonly group: Readonly<Partial<Record<GroupDimension, string>>>
  readonly numerator: number
  readonly denominator: number
  /** numerator / denominator × scale; null when the denominator is zero or data are missing. */
  readonly value: number | null
  /**
   * Months in the window that actually have data for this indicator: flow rows (leaver rate,
   * turnover, stability), vacancy, sickness, spend or workforce rows. Below the window's length
   * (12 for a rolling window) a summed flow undercounts, and a warning says so.
   */
  readonly monthsWithData: number
}

/** Indicator rows and the months they span. */
export interface IndicatorTable {
  readonly window: IndicatorWindow
  readonly groupBy: readonly GroupDimension[]
  readonly rows: readonly IndicatorRow[]
}

interface GroupStore {
  readonly group: Partial<Record<GroupDimension, string>>
  readonly label: string
  readonly places: Set<string>
  readonly headcount: Float64Array
  readonly fte: Float64Array
  readonly workforcePresent: Uint8Array
  readonly leaversNhs: Float64Array
  readonly leaversAll: Float64Array
  readonly flowsPresent: Uint8Array
  readonly fundedFte: Float64Array
  readonly staffInPostFte: Float64Array
  readonly vacancyPresent: Uint8Array
  readonly daysLost: Float64Array
  readonly daysAvailable: Float64Array
  readonly sicknessPresent: Uint8Array
  readonly agencyGbp: Float64Array
  readonly payBillGbp: Float64Array
  readonly spendPresent: Uint8Array
}

/**
 * Computes workforce indicators from a validated dataset, per organisation, place, sector, staff
 * group or ICS (any combination), monthly or over rolling 12 months, keeping each value's
 * numerator and denominator so funnel plots and suppression can use them.
 *
 * Definitions and sources: see {@link INDICATOR_DEFINITIONS}. Leaver rate, organisation
 * turnover and stability index use the headcount at the end of the month before the window as
 * the start and the month's end as the end (NHS Digital: mean of staff in post at the start and
 * end of the period). Over a window, stocks are means and flows are sums:
 * - stocks (FTE, headcount, funded FTE, staff in post) are averaged over the months of the
 *   window that have rows, so a rolling-12-month vacancy rate is mean vacancy FTE ÷ mean funded
 *   FTE and its `denominator` is the mean funded FTE (a size on the scale of one month's
 *   establishment, which funnel plots need), not 12 × it;
 * - flows and day counts (leavers, FTE days lost and available, spend) are summed over the
 *   months of the window.
 * FTE per 100,000 uses the mean FTE over the window and the population of the places of the
 * group's organisations in the calendar year of the window's last month.
 *
 * `monthsWithData` counts the months of the window that actually have rows for the indicator;
 * when a month of flows is missing, the leaver rate counts fewer months of leavers and a
 * warning says so (a month with no movement should be a zero row).
 *
 * A zero denominator or a missing start snapshot gives a row with `value: null` and a warning
 * naming the indicator, group and month: never NaN or Infinity.
 *
 * @example
 * ```ts
 * import { computeIndicators } from '@oneworkforce/benchmarking'
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
 *   places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
 *   vacancies: [{ month: '2024-04', organisation: 'RJ1', staffGroup: 'midwife', fundedFte: 200, staffInPostFte: 180 }],
 * })
 * const table = computeIndicators(dataset, { indicators: ['vacancy-rate'], window: 'month' })
 * table.rows[0] // { indicator: 'vacancy-rate', month: '2024-04', group: { organisation: 'RJ1' }, numerator: 20, denominator: 200, value: 0.1, monthsWithData: 1 }
 * ```
 */
export function computeIndicators(
  dataset: Dataset,
  options: IndicatorOptions = {},
): IndicatorTable {
  return unwrapResult(safeComputeIndicators(dataset, options))
}

/**
 * {@link computeIndicators} returning a `Result`, for any input: errors for a dataset or row of
 * the wrong shape, rows naming an unknown organisation, place or ICS (with table and row), bad
 * options (unknown indicators or dimensions, malformed months, `from` after `to`), and a span of
 * more than 1,200 months; warnings for zero denominators, missing snapshots and windows with
 * months of flows missing.
 *
 * @example
 * ```ts
 * import { safeComputeIndicators } from '@oneworkforce/benchmarking'
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'SEL' }],
 *   places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
 *   sickness: [{ month: '2024-04', organisation: 'XXX', staffGroup: 'ahp', fteDaysLost: 1, fteDaysAvailable: 10 }],
 * })
 * safeComputeIndicators(dataset).success // false: XXX is not an organisation
 * ```
 */
export function safeComputeIndicators(
  dataset: Dataset,
  options: IndicatorOptions = {},
): Result<IndicatorTable> {
  const shape = [...checkDatasetShape(dataset), ...checkOptionsObject(options)]
  if (shape.length > 0) return resultFrom(NO_VALUE, shape, 'invalid_argument')
  const groupBy = options.groupBy ?? ['organisation']
  const window = options.window ?? 'rolling-12-months'
  const wanted = options.indicators ?? INDICATOR_NAMES
  const issues = checkOptions(options, wanted, groupBy)
  if (issues.length > 0) return resultFrom(NO_VALUE, issues, 'invalid_argument')
  dataset = withTables(dataset)
  const places = new Map(dataset.places.map((place) => [place.code, place]))
  const icsCodes = new Set(dataset.integratedCareSystems.map((ics) => ics.code))
  dataset.places.forEach((place, row) => {
    if (!icsCodes.has(place.ics)) {
      issues.push(
        issue(
          'unknown_code',
          `place ${place.code} names ICS ${place.ics}, which is not in integratedCareSystems`,
          ['places', row, 'ics'],
          { table: 'places', row, column: 'ics' },
        ),
      )
    }
  })
  const organisations = new Map<string, { place: string; sector: string; ics: string }>()
  dataset.organisations.forEach((organisation, row) => {
    const place = places.get(organisation.place)
    if (!place) {
      issues.push(
        issue(
          'unknown_code',
          `organisation ${organisation.code} names place ${organisation.place}, which is not in places`,
          ['organisations', row, 'place'],
          { table: 'organisations', row, column: 'place' },
        ),
      )
      return
    }
    organisations.set(organisation.code, {
      place: organisation.place,
      sector: organisation.sector,
      ics: place.ics,
    })
  })

  // month range over the monthly tables
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  const tables = ['workforce', 'flows', 'vacancies', 'sickness', 'spend'] as const
  for (const table of tables) {
    const rows = dataset[table] as readonly { month: string; organisation: string }[]
    for (let row = 0; row < rows.length; row += 1) {
      const record = rows[row] as { month: string; organisation: string }
      const index = monthIndex(record.month)
      if (index < first) first = index
      if (index > last) last = index
      if (!organisations.has(record.organisation)) {
        issues.push(
          issue(
            'unknown_code',
            `${table} row ${row} names organisation ${record.organisation}, which is not in organisations`,
            [table, row, 'organisation'],
            { table, row, column: 'organisation' },
          ),
        )
      }
    }
  }
  if (issues.some((each) => each.severity === 'error')) {
    return resultFrom(undefined as unknown as IndicatorTable, issues, 'invalid_argument')
  }
  if (!Number.isFinite(first)) {
    issues.push(
      issue(
        'empty_input',
        'the dataset has no workforce, flows, vacancies, sickness or spend rows',
        [],
        { severity: 'warning' },
      ),
    )
    return resultFrom({ window, groupBy, rows: [] }, issues)
  }
  const months = last - first + 1
  if (months > MAX_MONTHS) {
    issues.push(
      issue(
        'too_large',
        `the dataset spans ${months} months, from ${monthOfIndex(first)} to ${monthOfIndex(last)}; computeIndicators handles at most ${MAX_MONTHS} (100 years)`,
        [],
      ),
    )
    return resultFrom(NO_VALUE, issues, 'invalid_argument')
  }
  const stores = new Map<string, GroupStore>()
  const cache = new Map<string, Map<string, GroupStore>>()
  const storeFor = (organisation: string, staffGroup: string): GroupStore => {
    let byStaff = cache.get(organisation)
    if (!byStaff) {
      byStaff = new Map()
      cache.set(organisation, byStaff)
    }
    const cached = byStaff.get(staffGroup)
    if (cached) return cached
    const info = organisations.get(organisation) as { place: string; sector: string; ics: string }
    const all: Record<GroupDimension, string> = {
      organisation,
      place: info.place,
      sector: info.sector,
      staffGroup,
      ics: info.ics,
    }
    const group: Partial<Record<GroupDimension, string>> = {}
    for (const dimension of groupBy) group[dimension] = all[dimension]
    const label = groupBy.map((dimension) => all[dimension]).join('\u0000')
    let store = stores.get(label)
    if (!store) {
      store = newStore(group, label, months)
      stores.set(label, store)
    }
    store.places.add(info.place)
    byStaff.set(staffGroup, store)
    return store
  }

  for (const row of dataset.workforce) {
    const store = storeFor(row.organisation, row.staffGroup)
    const m = monthIndex(row.month) - first
    store.headcount[m] = (store.headcount[m] as number) + row.headcount
    store.fte[m] = (store.fte[m] as number) + row.fte
    store.workforcePresent[m] = 1
  }
  for (const row of dataset.flows) {
    const store = storeFor(row.organisation, row.staffGroup)
    const m = monthIndex(row.month) - first
    store.flowsPresent[m] = 1
    if (row.direction !== 'leaver') continue
    store.leaversAll[m] = (store.leaversAll[m] as number) + row.headcount
    if (row.reason !== 'other-organisation')
      store.leaversNhs[m] = (store.leaversNhs[m] as number) + row.headcount
  }
  for (const row of dataset.vacancies) {
    const store = storeFor(row.organisation, row.staffGroup)
    const m = monthIndex(row.month) - first
    store.fundedFte[m] = (store.fundedFte[m] as number) + row.fundedFte
    store.staffInPostFte[m] = (store.staffInPostFte[m] as number) + row.staffInPostFte
    store.vacancyPresent[m] = 1
  }
  for (const row of dataset.sickness) {
    // A whole-organisation sickness row (`allStaff: true`) has no staff group.
    const staffGroup = (row as { staffGroup?: string }).staffGroup ?? 'all-staff'
    const store = storeFor(row.organisation, staffGroup)
    const m = monthIndex(row.month) - first
    store.daysLost[m] = (store.daysLost[m] as number) + row.fteDaysLost
    store.daysAvailable[m] = (store.daysAvailable[m] as number) + row.fteDaysAvailable
    store.sicknessPresent[m] = 1
  }
  let unassignedSpend = 0
  for (const row of dataset.spend) {
    if (row.staffGroup === undefined) unassignedSpend += 1
    const store = storeFor(row.organisation, row.staffGroup ?? 'unassigned')
    const m = monthIndex(row.month) - first
    // Pounds as binary floating point: exact to the penny far beyond any pay bill, and the
    // indicator is a ratio; Decimal is kept for money totals in projection.
    const agency = Number(row.agencyGbp)
    store.agencyGbp[m] = (store.agencyGbp[m] as number) + agency
    store.payBillGbp[m] =
      (store.payBillGbp[m] as number) + Number(row.substantiveGbp) + Number(row.bankGbp) + agency
    store.spendPresent[m] = 1
  }
  if (unassignedSpend > 0 && groupBy.includes('staffGroup')) {
    issues.push(
      issue(
        'required',
        `${unassignedSpend} spend row(s) have no staff group; they are reported under staff group "unassigned"`,
        ['spend'],
        { table: 'spend', column: 'staffGroup', severity: 'warning' },
      ),
    )
  }

  const population = new Map<string, number>()
  for (const row of dataset.population) {
    const key = `${row.place}|${row.year}`
    population.set(key, (population.get(key) ?? 0) + row.persons)
  }

  const span = window === 'month' ? 1 : 12
  const fromIndex = options.from !== undefined ? monthIndex(options.from) - first : 0
  const toIndex = options.to !== undefined ? monthIndex(options.to) - first : months - 1
  const rows: IndicatorRow[] = []
  const wantedSet = new Set(wanted)
  for (const store of stores.values()) {
    for (let m = Math.max(0, fromIndex); m <= Math.min(months - 1, toIndex); m += 1) {
      const month = monthOfIndex(first + m)
      const lo = Math.max(0, m - span + 1)
      const windowInRange = m - span + 1 >= 0
      const push = (
        indicator: IndicatorName,
        numerator: number,
        denominator: number,
        monthsWithData: number,
        missing?: string,
      ) => {
        let value: number | null = null
        if (missing !== undefined) {
          issues.push(warning(indicator, store, month, missing))
        } else if (denominator === 0) {
          issues.push(
            warning(
              indicator,
              store,
              month,
              `the denominator (${INDICATOR_DEFINITIONS[indicator].denominator}) is zero`,
            ),
          )
        } else {
          value = (numerator / denominator) * INDICATOR_DEFINITIONS[indicator].scale
        }
        rows.push({
          indicator,
          month,
          group: store.group,
          numerator,
          denominator,
          value,
          monthsWithData,
        })
      }
      const flowsWanted =
        wantedSet.has('leaver-rate') ||
        wantedSet.has('organisation-turnover') ||
        wantedSet.has('stability-index')
      if (flowsWanted && store.workforcePresent[m] === 1 && m - span >= 0) {
        const start = m - span
        let nhs = 0
        let all = 0
        let present = 0
        for (let k = lo; k <= m; k += 1) {
          nhs += store.leaversNhs[k] as number
          all += store.leaversAll[k] as number
          present += store.flowsPresent[k] as number
        }
        if (present < span) {
          issues.push(
            warning(
              wantedSet.has('leaver-rate') ? 'leaver-rate' : 'organisation-turnover',
              store,
              month,
              `only ${present} of the ${span} months of the window have flow rows, so leavers are counted over ${present} month${present === 1 ? '' : 's'} and the rate is biased low (give a month with no movement as a zero row)`,
              'partial',
            ),
          )
        }
        const startHeadcount = store.headcount[start] as number
        const endHeadcount = store.headcount[m] as number
        const missing =
          store.workforcePresent[start] === 1
            ? undefined
            : `there is no headcount for ${monthOfIndex(first + start)}, the start of the period`
        const mean = (startHeadcount + endHeadcount) / 2
        if (wantedSet.has('leaver-rate')) push('leaver-rate', nhs, mean, present, missing)
        if (wantedSet.has('organisation-turnover'))
          push('organisation-turnover', all, mean, present, missing)
        if (wantedSet.has('stability-index'))
          push(
            'stability-index',
            Math.max(0, startHeadcount - all),
            startHeadcount,
            present,
            missing,
          )
      }
      if (wantedSet.has('vacancy-rate') && store.vacancyPresent[m] === 1 && windowInRange) {
        let vacancy = 0
        let funded = 0
        let present = 0
        for (let k = lo; k <= m; k += 1) {
          vacancy += (store.fundedFte[k] as number) - (store.staffInPostFte[k] as number)
          funded += store.fundedFte[k] as number
          present += store.vacancyPresent[k] as number
        }
        // Stocks (FTE) over a window are means over the months with data, not sums.
        push('vacancy-rate', vacancy / present, funded / present, present)
      }
      if (
        wantedSet.has('sickness-absence-rate') &&
        store.sicknessPresent[m] === 1 &&
        windowInRange
      ) {
        let lost = 0
        let available = 0
        let present = 0
        for (let k = lo; k <= m; k += 1) {
          lost += store.daysLost[k] as number
          available += store.daysAvailable[k] as number
          present += store.sicknessPresent[k] as number
        }
        push('sickness-absence-rate', lost, available, present)
      }
      if (wantedSet.has('agency-share') && store.spendPresent[m] === 1 && windowInRange) {
        let agency = 0
        let payBill = 0
        let present = 0
        for (let k = lo; k <= m; k += 1) {
          agency += store.agencyGbp[k] as number
          payBill += store.payBillGbp[k] as number
          present += store.spendPresent[k] as number
        }
        push('agency-share', agency, payBill, present)
      }
      if (
        wantedSet.has('fte-per-100k-population') &&
        store.workforcePresent[m] === 1 &&
        dataset.population.length > 0 &&
        windowInRange
      ) {
        const year = Math.floor((first + m) / 12)
        let persons = 0
        const missingPlaces: string[] = []
        for (const place of store.places) {
          const found = population.get(`${place}|${year}`)
          if (found === undefined) missingPlaces.push(place)
          else persons += found
        }
        const missing =
          missingPlaces.length > 0
            ? `there is no ${year} population for ${missingPlaces.join(', ')}`
            : undefined
        let fte = 0
        let present = 0
        for (let k = lo; k <= m; k += 1) {
          fte += store.fte[k] as number
          present += store.workforcePresent[k] as number
        }
        // FTE is a stock: its mean over the months of the window with workforce rows.
        push('fte-per-100k-population', fte / present, persons, present, missing)
      }
    }
  }
  return resultFrom({ window, groupBy, rows }, issues)
}

function warning(
  indicator: IndicatorName,
  store: GroupStore,
  month: string,
  why: string,
  kind: 'none' | 'partial' = 'none',
): Issue {
  const group =
    Object.entries(store.group)
      .map(([key, value]) => `${key} ${value}`)
      .join(', ') || 'all'
  return issue(
    'insufficient_data',
    kind === 'none'
      ? `${indicator} for ${group} in ${month} has no value: ${why}`
      : `${indicator} for ${group} in ${month}: ${why}`,
    ['rows'],
    { severity: 'warning' },
  )
}

function newStore(
  group: Partial<Record<GroupDimension, string>>,
  label: string,
  months: number,
): GroupStore {
  return {
    group,
    label,
    places: new Set(),
    headcount: new Float64Array(months),
    fte: new Float64Array(months),
    workforcePresent: new Uint8Array(months),
    leaversNhs: new Float64Array(months),
    leaversAll: new Float64Array(months),
    flowsPresent: new Uint8Array(months),
    fundedFte: new Float64Array(months),
    staffInPostFte: new Float64Array(months),
    vacancyPresent: new Uint8Array(months),
    daysLost: new Float64Array(months),
    daysAvailable: new Float64Array(months),
    sicknessPresent: new Uint8Array(months),
    agencyGbp: new Float64Array(months),
    payBillGbp: new Float64Array(months),
    spendPresent: new Uint8Array(months),
  }
}

const DIMENSIONS: readonly GroupDimension[] = [
  'organisation',
  'place',
  'sector',
  'staffGroup',
  'ics',
]

function checkOptions(
  options: IndicatorOptions,
  wanted: readonly IndicatorName[],
  groupBy: readonly GroupDimension[],
): Issue[] {
  const issues: Issue[] = []
  if (!Array.isArray(wanted) || !Array.isArray(groupBy)) {
    const key = Array.isArray(wanted) ? 'groupBy' : 'indicators'
    return [
      issue('invalid_type', `${key} must be an array, received ${describe(options[key])}`, [key]),
    ]
  }
  wanted.forEach((name, index) => {
    if (typeof name !== 'string' || !Object.hasOwn(INDICATOR_DEFINITIONS, name)) {
      issues.push(
        issue(
          'invalid_value',
          `unknown indicator ${String(name)}; use one of ${INDICATOR_NAMES.join(', ')}`,
          ['indicators', index],
        ),
      )
    }
  })
  groupBy.forEach((dimension, index) => {
    if (!DIMENSIONS.includes(dimension)) {
      issues.push(
        issue(
          'invalid_value',
          `unknown group dimension ${String(dimension)}; use ${DIMENSIONS.join(', ')}`,
          ['groupBy', index],
        ),
      )
    }
  })
  if (
    options.window !== undefined &&
    options.window !== 'month' &&
    options.window !== 'rolling-12-months'
  ) {
    issues.push(
      issue(
        'invalid_value',
        `window must be 'month' or 'rolling-12-months', received ${String(options.window)}`,
        ['window'],
      ),
    )
  }
  for (const key of ['from', 'to'] as const) {
    const value: unknown = options[key]
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(monthIndex(value)))) {
      issues.push(
        issue('invalid_value', `${key} must be a month as YYYY-MM, received ${describe(value)}`, [
          key,
        ]),
      )
    }
  }
  const { from, to } = options
  if (
    typeof from === 'string' &&
    typeof to === 'string' &&
    monthIndex(from) > monthIndex(to) &&
    issues.length === 0
  ) {
    issues.push(
      issue(
        'inconsistent',
        `from (${from}) is after to (${to}): no month lies between them; swap them or leave one out`,
        ['from'],
      ),
    )
  }
  return issues
}

/** The most months a dataset may span (100 years), checked before any per-month array is made. */
const MAX_MONTHS = 1200

const TABLES = [
  'integratedCareSystems',
  'places',
  'organisations',
  'workforce',
  'flows',
  'vacancies',
  'sickness',
  'spend',
  'population',
] as const

/** The dataset with every table this module reads present (left-out tables as empty). */
function withTables(dataset: Dataset): Dataset {
  if (TABLES.every((table) => dataset[table] !== undefined)) return dataset
  const filled: Record<string, unknown> = { ...dataset }
  for (const table of TABLES) filled[table] ??= []
  return filled as Dataset
}
