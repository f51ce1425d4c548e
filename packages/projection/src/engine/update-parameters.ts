import { type Issue, issue, OneWorkforceError, parseMoney } from '@oneworkforce/schemas'
import type { ProjectionInput } from '../input/projection-input'
import {
  ALL_AGES,
  bySpecificity,
  type DimensionIndex,
  matchingCellArray,
  matchingCells,
  matchingPosts,
  monthOffset,
} from '../internal/dimension-index'
import { rampAt } from '../internal/ramp'
import { foldScenario } from '../scenarios/fold-scenario'
import type {
  CompiledInflow,
  CompiledLeaverChange,
  CompiledParameters,
  CompiledProjection,
} from './compiled-projection'
import { demandBaseSeries, demandRateSeries } from './demand-series'
import { CONSTANT_KIND_SLOT, CONSTANT_KINDS, REASON_SLOT, REASONS } from './layout'
import { monthlyHazard } from './monthly-hazard'
import { MOVE_TOTAL_ROUNDING, resolveMovePairs } from './move-pairs'
import { joinerStayShare, monthlyLeavingProbability } from './rate-kind'
import { type CompiledTransfer, transferPairs } from './training-transfers'
import { compileRecruitment } from './vacancy-recruitment'

/**
 * Fills `leaverHazard` (cell × reason: the monthly probability that a person in post at the
 * start of the month leaves for that reason) from annual rates, with the reasons as competing
 * risks, and `joinerStay` (per cell: the share of the month's joiners still in post at its end).
 *
 * - `per-person-year` rates: the total rate `R = Σ r_reason` gives the monthly probability
 *   `p = 1 − exp(−R/12)`, shared between the reasons in proportion to their rates; joiners arrive
 *   evenly through the month and are exposed to the same rate (`joinerStay = p / (R/12)`).
 * - `cohort-share` rates: each reason's monthly probability is `1 − (1 − s)^(1/12)`, combined as
 *   `1 − Π(1 − h_reason)` (a year removes exactly `1 − Π(1 − s_reason)` of a closed cohort) and
 *   shared in proportion; joiners are not exposed in the month they join (`joinerStay = 1`).
 *
 * `multiplier` (retention levers) scales each rate first; the result is floored at 0.
 */
export function fillLeaverHazard(
  ratePerYear: Float64Array,
  multiplier: Float64Array | null,
  hazard: Float64Array,
  perPersonYear: boolean,
  joinerStay: Float64Array,
): void {
  const cells = ratePerYear.length / REASONS
  for (let c = 0; c < cells; c++) {
    const i = c * REASONS
    let r0 = ratePerYear[i]!
    let r1 = ratePerYear[i + 1]!
    let r2 = ratePerYear[i + 2]!
    if (multiplier) {
      r0 = Math.max(0, r0 * multiplier[i]!)
      r1 = Math.max(0, r1 * multiplier[i + 1]!)
      r2 = Math.max(0, r2 * multiplier[i + 2]!)
    }
    if (perPersonYear) {
      const total = r0 + r1 + r2
      if (!(total > 0)) {
        hazard[i] = 0
        hazard[i + 1] = 0
        hazard[i + 2] = 0
        joinerStay[c] = 1
        continue
      }
      const p = monthlyLeavingProbability(total)
      hazard[i] = (p * r0) / total
      hazard[i + 1] = (p * r1) / total
      hazard[i + 2] = (p * r2) / total
      joinerStay[c] = joinerStayShare(p)
      continue
    }
    joinerStay[c] = 1
    const h0 = monthlyHazard(Math.min(1, r0))
    const h1 = monthlyHazard(Math.min(1, r1))
    const h2 = monthlyHazard(Math.min(1, r2))
    const sum = h0 + h1 + h2
    if (sum <= 0) {
      hazard[i] = 0
      hazard[i + 1] = 0
      hazard[i + 2] = 0
      continue
    }
    const combined = 1 - (1 - h0) * (1 - h1) * (1 - h2)
    const scale = combined / sum
    hazard[i] = h0 * scale
    hazard[i + 1] = h1 * scale
    hazard[i + 2] = h2 * scale
  }
}

/** The warning of a post whose moves out were scaled down to its whole stock. */
function moveClampIssue(index: DimensionIndex, post: number, total: number): Issue {
  const g = post % index.staffGroupCount
  const s = Math.floor(post / index.staffGroupCount) % index.sectorCount
  const p = Math.floor(post / (index.staffGroupCount * index.sectorCount))
  const where = `${index.places[p]} × ${index.sectors[s]} × ${index.staffGroups[g]}`
  return issue(
    'out_of_range',
    `moves out of ${where} add up to ${total.toFixed(3)} of its stock a month; they were scaled down to 1 (nobody can leave twice)`,
    ['mobility'],
    { table: 'mobility', severity: 'warning' },
  )
}

/** Weights ∝ starting headcount over `cells` (even when they have none); sums to 1. */
function stockWeights(cells: ArrayLike<number>, startHeadcount: Float64Array): Float64Array {
  const weights = new Float64Array(cells.length)
  let total = 0
  for (let i = 0; i < cells.length; i++) {
    weights[i] = startHeadcount[cells[i]!]!
    total += weights[i]!
  }
  if (total > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= total
  else weights.fill(cells.length > 0 ? 1 / cells.length : 0)
  return weights
}

/** Newly qualified joiners per month of the horizon from one pipeline (cohorts may start before it). */
function pipelineOutput(
  row: ProjectionInput['pipelines'][number],
  startMonth: string,
  months: number,
): Float64Array {
  const perMonth = new Float64Array(months)
  const startYear = Number(startMonth.slice(0, 4))
  const startMonthNumber = Number(startMonth.slice(5, 7))
  const completion = (1 - row.attritionRate) * row.localUptakeShare
  const firstYear = startYear - Math.ceil(row.durationMonths / 12) - 1
  const lastYear = startYear + Math.ceil(months / 12) + 1
  for (let year = firstYear; year <= lastYear; year++) {
    const entry = (year - startYear) * 12 + row.entryMonth - startMonthNumber
    const end = entry + row.durationMonths - 1
    if (end < 0 || end >= months) continue
    let intake = row.annualIntake
    for (const change of row.intakeChanges)
      if (year >= change.fromYear)
        intake = change.annualIntake ?? intake * (1 + (change.relativeChange ?? 0))
    perMonth[end]! += Math.max(0, intake) * completion
  }
  return perMonth
}

function payNumber(value: number | string): number {
  return typeof value === 'number' ? value : parseMoney(value).toNumber()
}

/**
 * Re-derives every dense parameter array of a compiled projection from an input with the same
 * dimensions (different numbers, and possibly different rows), reusing the compiled index
 * structures and buffers. It does not validate: pass an input that `safeParseProjectionInput`
 * accepted, or a copy of one with changed numbers (rates still in [0, 1], codes unchanged).
 *
 * When to use: Monte Carlo and sensitivity analysis. Compile once, then for each draw change
 * the rates or levers in a copy of the input, call this, then `runCompiledProjection`. Cost is
 * O(rows × cells they match + posts × months) with no validation and no index rebuilding.
 * Throws a `OneWorkforceError` when the dimensions, start month or horizon differ from the
 * compiled ones (compile the new input instead).
 *
 * @example
 * ```ts
 * import { compileProjection, runCompiledProjection, updateCompiledParameters } from '@oneworkforce/projection/engine'
 *
 * const input = {
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
 * }
 * const compiled = compileProjection(input)
 * const validated = compiled.input
 * updateCompiledParameters(compiled, { ...validated, leaverRates: [{ reason: 'voluntary', ratePerYear: 0.2 }] })
 * runCompiledProjection(compiled).series.headcount.at(-1) // 80 (a 20% leaver rate for a year)
 * ```
 */
export function updateCompiledParameters(
  compiled: CompiledProjection,
  input: ProjectionInput,
): void {
  updateCompiledTables(compiled, input, PARAMETER_TABLES)
}

/**
 * Re-derives only the given parameter tables of a compiled projection from an input with the same
 * dimensions (see `tablesDerivedFrom` for which tables an input change touches): a Monte Carlo
 * draw of leaver rates re-derives the hazards and nothing else. Like `updateCompiledParameters`
 * it does not validate, and it trusts that the tables left out are unchanged in `input`.
 *
 * @example
 * ```ts
 * import { compileProjection, runCompiledProjection, tablesDerivedFrom, updateCompiledTables } from '@oneworkforce/projection/engine'
 *
 * const compiled = compileProjection({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
 * })
 * const draw = { ...compiled.input, leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.2 }] }
 * updateCompiledTables(compiled, draw, tablesDerivedFrom(['leaverRates']))
 * runCompiledProjection(compiled).series.headcount.at(-1) // 80
 * ```
 */
export function updateCompiledTables(
  compiled: CompiledProjection,
  input: ProjectionInput,
  tables: Iterable<ParameterTable>,
): void {
  const { index } = compiled
  const same = (codes: readonly string[], compiledCodes: readonly string[]) =>
    codes.length === compiledCodes.length && codes.every((code, i) => code === compiledCodes[i])
  const dims = input.dimensions
  if (
    input.startMonth !== compiled.startMonth ||
    input.horizonMonths !== compiled.months.length ||
    !same(dims.places, index.places) ||
    !same(dims.sectors, index.sectors) ||
    !same(dims.staffGroups, index.staffGroups) ||
    !same(dims.ageBands ?? [ALL_AGES], index.ageBands)
  )
    throw new OneWorkforceError('invalid_argument', [
      issue(
        'inconsistent',
        'updating a compiled projection needs the dimensions, start month and horizon the projection was compiled with; compile the new input instead',
        ['dimensions'],
      ),
    ])
  const wanted = new Set(tables)
  const unknown = [...wanted].filter((table) => !PARAMETER_TABLES.includes(table))
  if (unknown.length > 0)
    throw new OneWorkforceError('invalid_argument', [
      issue(
        'invalid_value',
        `unknown parameter table ${unknown.map((table) => `"${table}"`).join(', ')}; expected some of ${PARAMETER_TABLES.join(', ')} (tablesDerivedFrom names them from input tables)`,
        ['tables'],
      ),
    ])
  const context: TableContext = {
    index: compiled.index,
    parameters: compiled.parameters,
    effective: input.scenario ? foldScenario(input, input.scenario) : input,
    months: compiled.months.length,
    start: compiled.startMonth,
  }
  for (const table of PARAMETER_TABLES) if (wanted.has(table)) STEPS[table](context)
}

/** What a table's compile step reads: the index, the input with its scenario folded in, the horizon. */
interface TableContext {
  readonly index: DimensionIndex
  readonly parameters: CompiledParameters
  readonly effective: ProjectionInput
  readonly months: number
  readonly start: string
}

/**
 * The parameter tables of a compiled projection, in the order they are derived (later tables read
 * earlier ones: every table reads the stock, moves read the rate kind).
 *
 * @example
 * ```ts
 * import { PARAMETER_TABLES } from '@oneworkforce/projection/engine'
 *
 * PARAMETER_TABLES[0] // 'stock': derived first, read by every other table
 * ```
 */
export const PARAMETER_TABLES = [
  'stock',
  'rates',
  'inflows',
  'moves',
  'demand-base',
  'demand-rates',
  'finance',
  'participation',
  'levers',
  'recruitment',
] as const

/**
 * One parameter table of a compiled projection (see {@link PARAMETER_TABLES}).
 *
 * @example
 * ```ts
 * import type { ParameterTable } from '@oneworkforce/projection/engine'
 *
 * const drawn: ParameterTable[] = ['rates', 'demand-rates']
 * ```
 */
export type ParameterTable = (typeof PARAMETER_TABLES)[number]

const STEPS: Record<ParameterTable, (context: TableContext) => void> = {
  stock: compileStock,
  rates: compileRates,
  inflows: compileInflows,
  moves: compileMoves,
  'demand-base': compileDemandBase,
  'demand-rates': compileDemandRates,
  finance: compileFinance,
  participation: compileParticipation,
  levers: compileLevers,
  recruitment: compileRecruitmentTable,
}

/**
 * The parameter tables derived from each table of the input (`all`: every one); demand's rate
 * tables are named by their path (`demand.growth`), so a draw of growth leaves the demographic
 * base alone.
 */
const DERIVED_FROM: Record<
  keyof ProjectionInput | `demand.${'growth' | 'productivity' | 'skillMix'}`,
  readonly ParameterTable[] | 'all'
> = {
  taxonomy: 'all',
  startMonth: 'all',
  horizonMonths: 'all',
  dimensions: 'all',
  scenario: 'all',
  stock: 'all',
  rateKind: ['rates', 'moves'],
  leaverRates: ['rates'],
  ageing: ['rates'],
  leaverRateChanges: ['levers'],
  joiners: ['inflows'],
  pipelines: ['inflows'],
  mobility: ['moves'],
  demand: ['demand-base', 'demand-rates'],
  'demand.growth': ['demand-rates'],
  'demand.productivity': ['demand-rates'],
  'demand.skillMix': ['demand-rates'],
  finance: ['finance'],
  participationChanges: ['participation'],
  recruitment: ['recruitment'],
}

/**
 * The parameter tables to re-derive when the given tables of the input change (e.g. a Monte
 * Carlo draw of leaver rates and demand growth: `['leaverRates', 'demand.growth']` → rates and
 * demand rates). Name a table of the input, or `demand.growth`, `demand.productivity` or
 * `demand.skillMix` for demand's rates; an unknown name, the stock or the scenario re-derive
 * every table.
 *
 * @example
 * ```ts
 * import { tablesDerivedFrom } from '@oneworkforce/projection/engine'
 *
 * [...tablesDerivedFrom(['leaverRates', 'demand.growth'])] // ['rates', 'demand-rates']
 * [...tablesDerivedFrom(['stock'])].length // 10: every table reads the stock
 * ```
 */
export function tablesDerivedFrom(inputTables: Iterable<string>): ReadonlySet<ParameterTable> {
  const wanted = new Set<ParameterTable>()
  for (const table of inputTables) {
    const derived = Object.hasOwn(DERIVED_FROM, table)
      ? DERIVED_FROM[table as keyof typeof DERIVED_FROM]
      : 'all'
    for (const each of derived === 'all' ? PARAMETER_TABLES : derived) wanted.add(each)
  }
  return new Set(PARAMETER_TABLES.filter((table) => wanted.has(table)))
}

/** Starting headcount and FTE per head per cell. */
function compileStock(context: TableContext): void {
  const { index, parameters, effective } = context
  const cellOf = (row: {
    place: string
    sector: string
    staffGroup: string
    ageBand?: string | undefined
  }) => {
    const p = index.place.get(row.place)
    const s = index.sector.get(row.sector)
    const g = index.staffGroup.get(row.staffGroup)
    if (p === undefined || s === undefined || g === undefined) return -1
    const post = (p * index.sectorCount + s) * index.staffGroupCount + g
    const age = row.ageBand === undefined ? 0 : (index.ageBand.get(row.ageBand) ?? -1)
    if (age < 0) return -1
    return post * index.ageBandCount + age
  }
  parameters.startHeadcount.fill(0)
  parameters.ftePerHead.fill(0)
  for (const row of effective.stock) {
    const cell = cellOf(row)
    if (cell < 0 || cell >= index.cellCount) continue
    parameters.startHeadcount[cell] = row.headcount
    parameters.ftePerHead[cell] = row.ftePerHead
  }
  // Cells with no stock row take the FTE per head of their post's first stocked age band, so
  // newly qualified and other joiners into them still count as FTE.
  for (let post = 0; post < index.postCount; post++) {
    let fallback = 0
    for (let a = 0; a < index.ageBandCount && fallback === 0; a++)
      fallback = parameters.ftePerHead[post * index.ageBandCount + a]!
    if (fallback === 0) fallback = 1
    for (let a = 0; a < index.ageBandCount; a++) {
      const cell = post * index.ageBandCount + a
      if (parameters.ftePerHead[cell] === 0 && parameters.startHeadcount[cell] === 0)
        parameters.ftePerHead[cell] = fallback
    }
  }
}

/** Leaver rates, the rate kind, monthly hazards and the ageing shares. */
function compileRates(context: TableContext): void {
  const { index, parameters, effective } = context
  parameters.leaverRatePerYear.fill(0)
  for (const row of bySpecificity(effective.leaverRates)) {
    const reason = REASON_SLOT[row.reason]
    const cells = matchingCellArray(index, row)
    for (let i = 0; i < cells.length; i++)
      parameters.leaverRatePerYear[cells[i]! * REASONS + reason] = row.ratePerYear
  }
  parameters.perPersonYear = effective.rateKind !== 'cohort-share'
  fillLeaverHazard(
    parameters.leaverRatePerYear,
    null,
    parameters.leaverHazard,
    parameters.perPersonYear,
    parameters.joinerStay,
  )

  parameters.ageingHazard.fill(0)
  if (effective.ageing === 'band-width' && index.hasAgeBands) {
    const bands = new Map(index.taxonomy.ageBands.map((band) => [band.code, band]))
    index.ageBands.forEach((code, a) => {
      const band = bands.get(code)
      if (a === index.ageBandCount - 1 || !band || band.maxAge === null) return
      parameters.ageingHazard[a] = 1 / (12 * (band.maxAge - band.minAge + 1))
    })
  }
}

/** Constant and time-limited joiners, pipelines and employment-based transfers. */
function compileInflows(context: TableContext): void {
  const { index, parameters, effective, months, start } = context
  parameters.joinersPerMonth.fill(0)
  const inflows: CompiledInflow[] = []
  for (const row of effective.joiners) {
    const cells = matchingCellArray(index, row)
    const weights = stockWeights(cells, parameters.startHeadcount)
    const perMonth = row.headcountPerMonth ?? (row.headcountPerYear ?? 0) / 12
    const kind = CONSTANT_KIND_SLOT[row.reason]
    if (row.fromMonth === undefined && row.toMonth === undefined) {
      const joiners = parameters.joinersPerMonth
      for (let i = 0; i < cells.length; i++)
        joiners[cells[i]! * CONSTANT_KINDS + kind]! += perMonth * weights[i]!
      continue
    }
    const from = Math.max(0, row.fromMonth ? monthOffset(start, row.fromMonth) : 0)
    const to = Math.min(months - 1, row.toMonth ? monthOffset(start, row.toMonth) : months - 1)
    const series = new Float64Array(months)
    for (let t = from; t <= to; t++) series[t] = perMonth
    inflows.push({
      kind: (kind + 1) as 1 | 2 | 3,
      cells,
      weights,
      perMonth: series,
    })
  }
  const transfers: CompiledTransfer[] = []
  for (const row of effective.pipelines) {
    const ageBand = row.ageBand ?? (index.hasAgeBands ? index.ageBands[0] : undefined)
    const cells = matchingCells(index, { ...row, ageBand })
    // Spread over places and sectors by the staff group's starting headcount in all age bands.
    const postTotals = new Float64Array(cells.length)
    const ages = index.ageBandCount
    for (let i = 0; i < cells.length; i++) {
      const first = Math.floor(cells[i]! / ages) * ages
      for (let a = 0; a < ages; a++) postTotals[i]! += parameters.startHeadcount[first + a]!
    }
    const total = postTotals.reduce((sum, value) => sum + value, 0)
    const weights =
      total > 0
        ? postTotals.map((value) => value / total)
        : new Float64Array(cells.length).fill(cells.length > 0 ? 1 / cells.length : 0)
    if (row.fromStaffGroup !== undefined) {
      // Employment-based: completers move from their staff group (a transfer, not a joiner).
      if (row.fromStaffGroup === row.staffGroup) continue
      const pairs = transferPairs(index, row, cells)
      transfers.push({ ...pairs, weights, perMonth: pipelineOutput(row, start, months) })
      continue
    }
    inflows.push({
      kind: 0,
      cells: Int32Array.from(cells),
      weights,
      perMonth: pipelineOutput(row, start, months),
    })
  }
  parameters.inflows = inflows
  parameters.transfers = transfers
}

/** Moves between sectors: pairs per post, clamped so no post loses more than its stock. */
function compileMoves(context: TableContext): void {
  const { index, parameters, effective } = context
  // Move pairs: the most specific row wins for each (post, destination); rows with different
  // destinations add up. A post whose moves would take out more than its stock in a month (a
  // Monte Carlo draw, or an input that skipped validation) has its moves scaled down to the
  // whole stock, with a warning: stock never goes negative.
  const pairs = resolveMovePairs(index, effective.mobility, parameters.perPersonYear)
  const keys = [...pairs.probability.keys()].sort((a, b) => a - b)
  parameters.pairStart = new Int32Array(index.postCount + 1)
  parameters.pairTargetPost = new Int32Array(keys.length)
  parameters.pairMonthlyHazard = new Float64Array(keys.length)
  parameters.moveOutHazard.fill(0)
  const clampIssues: Issue[] = []
  keys.forEach((key, i) => {
    const source = Math.floor(key / index.postCount)
    const target = key - source * index.postCount
    const total = pairs.outOfPost[source]!
    const hazard = pairs.probability.get(key)! / Math.max(total, 1)
    parameters.pairTargetPost[i] = target
    parameters.pairMonthlyHazard[i] = hazard
    parameters.pairStart[source + 1]! += 1
    parameters.moveOutHazard[source]! += hazard
  })
  for (let q = 0; q < index.postCount; q++) {
    parameters.pairStart[q + 1]! += parameters.pairStart[q]!
    if (pairs.outOfPost[q]! > 1) {
      // Scaled down either way; rounding above 1 is not worth a warning (nor refused by validation).
      if (pairs.outOfPost[q]! > 1 + MOVE_TOTAL_ROUNDING)
        clampIssues.push(moveClampIssue(index, q, pairs.outOfPost[q]!))
      // Rounding of the scaled pairs must not leave the total above 1.
      parameters.moveOutHazard[q] = Math.min(1, parameters.moveOutHazard[q]!)
    }
  }
  parameters.clampIssues = clampIssues
}

/** The part of demand FTE per post and month that drawn rates do not change: baseline × demography. */
function compileDemandBase(context: TableContext): void {
  const { index, parameters, effective, months, start } = context
  demandBaseSeries(index, effective, start, months, parameters)
}

/** Demand FTE per post and month: the base × growth ÷ productivity, with skill-mix shifts. */
function compileDemandRates(context: TableContext): void {
  const { index, parameters, effective, months, start } = context
  demandRateSeries(index, effective, start, months, parameters)
}

/** Pay per FTE month and bank and agency cost per FTE of shortfall, per post. */
function compileFinance(context: TableContext): void {
  const { index, parameters, effective } = context
  parameters.payPerFteMonth.fill(0)
  parameters.bankPerShortfallFteMonth.fill(0)
  parameters.agencyPerShortfallFteMonth.fill(0)
  const bankPremium = new Float64Array(index.postCount)
  const agencyPremium = new Float64Array(index.postCount)
  for (const row of bySpecificity(effective.finance.pay)) {
    const monthly = (payNumber(row.annualPayGbp) * (1 + row.onCostRate)) / 12
    for (const post of matchingPosts(index, row)) {
      parameters.payPerFteMonth[post] = monthly
      bankPremium[post] = row.bankPremiumRate
      agencyPremium[post] = row.agencyPremiumRate
    }
  }
  for (const row of bySpecificity(effective.finance.gapCover))
    for (const post of matchingPosts(index, row)) {
      const pay = parameters.payPerFteMonth[post]!
      parameters.bankPerShortfallFteMonth[post] = row.bankShare * pay * (1 + bankPremium[post]!)
      parameters.agencyPerShortfallFteMonth[post] =
        row.agencyShare * pay * (1 + agencyPremium[post]!)
    }
}

/** Changes of FTE per head per post and month. */
function compileParticipation(context: TableContext): void {
  const { index, parameters, effective, months, start } = context
  if (effective.participationChanges.length === 0) parameters.participationChange = null
  else {
    const change = new Float64Array(index.postCount * months)
    for (const row of effective.participationChanges) {
      const from = monthOffset(start, row.fromMonth)
      for (const post of matchingPosts(index, row))
        for (let t = 0; t < months; t++)
          change[post * months + t]! += row.change * rampAt(t, from, row.rampMonths)
    }
    parameters.participationChange = change
  }
}

/** Scheduled leaver-rate changes (retention levers) as multipliers per month. */
function compileLevers(context: TableContext): void {
  const { index, parameters, effective, months, start } = context
  const changes: CompiledLeaverChange[] = []
  for (const row of effective.leaverRateChanges) {
    const reasons =
      row.reason === undefined ? Object.values(REASON_SLOT) : [REASON_SLOT[row.reason]]
    const slots: number[] = []
    for (const cell of matchingCells(index, row))
      for (const r of reasons) slots.push(cell * REASONS + r)
    const from = monthOffset(start, row.fromMonth)
    const multiplier = new Float64Array(months)
    for (let t = 0; t < months; t++)
      multiplier[t] = 1 + row.relativeChange * rampAt(t, from, row.rampMonths)
    changes.push({ slots: Int32Array.from(slots), multiplier })
  }
  parameters.leaverChanges = changes
}

/** Recruitment responding to vacancies. */
function compileRecruitmentTable(context: TableContext): void {
  const { index, parameters, effective } = context
  parameters.recruitment = compileRecruitment(
    index,
    effective.recruitment,
    parameters.startHeadcount,
    parameters.ftePerHead,
  )
}
