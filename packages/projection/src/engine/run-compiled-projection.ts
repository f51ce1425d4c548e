import {
  PROJECTION_DIMENSIONS,
  PROJECTION_SERIES,
  type ProjectionDimension,
  type ProjectionResult,
  type ProjectionSeriesName,
} from '../result/projection-result'
import type { CompiledProjection } from './compiled-projection'
import { joinerLossPerHazard, type KernelState, passByAge, passByPost } from './month-kernels'
import { type CellEvents, type LeaverSchedule, runPostMajor } from './post-major-kernel'
import { applyTrainingTransfers } from './training-transfers'
import { fillLeaverHazard } from './update-parameters'

/** What a run keeps in its result. */
export interface RunOptions {
  /**
   * Dimensions kept in the result (default place, sector and staff group); the others are
   * summed during the run, so memory is groups × months, never cells × months.
   */
  readonly keep?: readonly ProjectionDimension[]
  /**
   * Maps place codes to coarser groups (e.g. place → ICS code); the `place` dimension of the
   * result then holds the group codes. Places left out keep their own code.
   */
  readonly placeGroups?: Readonly<Record<string, string>>
}

interface GroupLayout {
  readonly keep: ProjectionDimension[]
  readonly values: Partial<Record<ProjectionDimension, string[]>>
  readonly groupOfPost: Int32Array
  readonly groupCount: number
  readonly keepAge: boolean
}

function groupLayout(compiled: CompiledProjection, options: RunOptions): GroupLayout {
  const { index } = compiled
  const wanted = new Set(options.keep ?? ['place', 'sector', 'staffGroup'])
  const keep = PROJECTION_DIMENSIONS.filter((dimension) => wanted.has(dimension))
  // Own keys only: a place called `constructor` or `toString` is not mapped to Object's methods.
  const groups = options.placeGroups
  const placeGroupCodes = index.places.map((code) =>
    groups !== undefined && Object.hasOwn(groups, code) ? (groups[code] as string) : code,
  )
  const placeValues = [...new Set(placeGroupCodes)]
  const placeGroupIndex = placeGroupCodes.map((code) => placeValues.indexOf(code))
  const values: Partial<Record<ProjectionDimension, string[]>> = {}
  if (wanted.has('place')) values.place = placeValues
  if (wanted.has('sector')) values.sector = [...index.sectors]
  if (wanted.has('staffGroup')) values.staffGroup = [...index.staffGroups]
  if (wanted.has('ageBand')) values.ageBand = [...index.ageBands]
  const size = (dimension: ProjectionDimension) => values[dimension]?.length ?? 1
  const groupOfPost = new Int32Array(index.postCount)
  for (let p = 0; p < index.placeCount; p++)
    for (let s = 0; s < index.sectorCount; s++)
      for (let g = 0; g < index.staffGroupCount; g++) {
        const post = (p * index.sectorCount + s) * index.staffGroupCount + g
        const kp = wanted.has('place') ? placeGroupIndex[p]! : 0
        const ks = wanted.has('sector') ? s : 0
        const kg = wanted.has('staffGroup') ? g : 0
        groupOfPost[post] = (kp * size('sector') + ks) * size('staffGroup') + kg
      }
  const keepAge = wanted.has('ageBand')
  const groupCount = size('place') * size('sector') * size('staffGroup') * size('ageBand')
  return { keep, values, groupOfPost, groupCount, keepAge }
}

/**
 * The cost to meet demand when age bands are not kept: each post's demand FTE × its pay per FTE
 * month, summed into its result group (it depends on the inputs only, not on the projected stock).
 */
function addCostToMeetDemand(
  compiled: CompiledProjection,
  layout: GroupLayout,
  out: Float64Array,
): void {
  const { demandFte: demand, payPerFteMonth: pay } = compiled.parameters
  const months = compiled.months.length
  const groups = layout.groupCount
  for (let q = 0; q < compiled.index.postCount; q++) {
    const group = layout.groupOfPost[q]!
    const rate = pay[q]!
    for (let t = 0; t < months; t++) out[t * groups + group]! += demand[q * months + t]! * rate
  }
}

function updateHazards(compiled: CompiledProjection, t: number): void {
  const { parameters: par, buffers } = compiled
  let dirty = false
  for (const change of par.leaverChanges) {
    const previous = t === 0 ? 1 : change.multiplier[t - 1]!
    if (change.multiplier[t] !== previous) dirty = true
  }
  if (!dirty) return
  buffers.multiplier.fill(1)
  for (const change of par.leaverChanges) {
    // Levers on the same cell add (−10% and −15% make −25%), never compound.
    const m = change.multiplier[t]! - 1
    const slots = change.slots
    for (let i = 0; i < slots.length; i++) buffers.multiplier[slots[i]!]! += m
  }
  fillLeaverHazard(
    par.leaverRatePerYear,
    buffers.multiplier,
    buffers.hazard,
    par.perPersonYear,
    buffers.joinerStay,
  )
}

function addInflows(
  compiled: CompiledProjection,
  state: KernelState,
  joinerKindOut: readonly Float64Array[],
  keepAge: boolean,
  t: number,
): void {
  const ages = state.ages
  const groupCount = state.groups
  const next = state.next
  const groupOfPost = state.groupOfPost
  const hazard = state.hazard
  const stay = state.joinerStay
  for (const inflow of compiled.parameters.inflows) {
    const volume = inflow.perMonth[t]!
    if (volume === 0) continue
    const target = joinerKindOut[inflow.kind]!
    const cells = inflow.cells
    const weights = inflow.weights
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!
      const amount = volume * weights[i]!
      const f = stay[cell]!
      next[cell]! += amount * f
      const post = (cell / ages) | 0
      const group = keepAge ? groupOfPost[post]! * ages + cell - post * ages : groupOfPost[post]!
      const k = t * groupCount + group
      target[k]! += amount
      if (f < 1) {
        const h0 = hazard[cell * 3]!
        const h1 = hazard[cell * 3 + 1]!
        const h2 = hazard[cell * 3 + 2]!
        const lost = joinerLossPerHazard(amount, f, h0, h1, h2)
        state.retirement[k]! += lost * h0
        state.voluntary[k]! += lost * h1
        state.otherLeavers[k]! += lost * h2
      }
    }
  }
}

/**
 * Runs a compiled projection month by month and returns the result aggregated to the kept
 * dimensions. Deterministic: the same compiled parameters give identical results.
 *
 * Order of operations within month t, for every cell (documented because the closed form and
 * the conservation tests rely on it):
 * 1. leavers = opening stock × monthly leaving probability h (by reason; reasons are competing
 *    risks), plus the month's joiners who leave before its end, `J (1 − stay)`;
 * 2. moves to other sectors = survivors × move probability (summed over destinations; at most 1);
 * 3. ageing to the next age band = remaining stayers × ageing hazard;
 * 4. closing stock = stayers − ageing out + ageing in + moves in + joiners × stay (constant
 *    joiners, time-limited joiners and newly qualified from pipelines).
 *
 * With rates per person-year (`rateKind: 'per-person-year'`), joiners arrive evenly through the
 * month and `stay = h / λ` (λ = −ln(1 − h), the monthly rate): a stock held level by joiners equal
 * to leavers then loses exactly r per person-year. With cohort shares joiners are not exposed in
 * the month they join (`stay = 1`), so for one cell with constant joiners J:
 * `S_t = S_{t−1}(1 − h) + J`, whose closed form is `S_t = J/h + (S_0 − J/h)(1 − h)^t`.
 *
 * When to use: after `compileProjection` (and `updateCompiledParameters` for each Monte Carlo
 * draw). `projectWorkforce` does validate + compile + run in one call.
 *
 * @example
 * ```ts
 * import { compileProjection, runCompiledProjection } from '@oneworkforce/projection/engine'
 *
 * const compiled = compileProjection({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 0.9 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 * })
 * const result = runCompiledProjection(compiled, { keep: ['staffGroup'] })
 * result.series.headcount[11] // 900: a 10% annual rate removes exactly 10% in 12 months
 * ```
 */
export function runCompiledProjection(
  compiled: CompiledProjection,
  options: RunOptions = {},
): ProjectionResult {
  return runWithLoopOrder(compiled, options, false)
}

/**
 * The last kernel state of each compiled projection. Holding it keeps the state object's hidden
 * class alive between runs: otherwise a garbage collection between two runs can free it, V8 then
 * discards the loops optimised against it ("weak objects" deoptimisation) and the next runs start
 * unoptimised, two to three times slower. Costs one result's arrays per live compiled projection.
 */
const lastState = new WeakMap<CompiledProjection, KernelState>()

/** Posts per cache block of the post-major loop. */
const POST_BLOCK = 128

/** Time-limited inflows as event lists per block of posts, in month order (post-major loop). */
function blockEvents(compiled: CompiledProjection, blockPosts: number): CellEvents {
  const ages = compiled.index.ageBandCount
  const blocks = Math.ceil(compiled.index.postCount / blockPosts)
  const months = compiled.months.length
  const inflows = compiled.parameters.inflows
  const cellsPerBlock = ages * blockPosts
  const start = new Int32Array(blocks + 1)
  for (const inflow of inflows) {
    let activeMonths = 0
    for (let t = 0; t < months; t++) if (inflow.perMonth[t] !== 0) activeMonths++
    if (activeMonths === 0) continue
    const cells = inflow.cells
    for (let i = 0; i < cells.length; i++)
      start[((cells[i]! / cellsPerBlock) | 0) + 1]! += activeMonths
  }
  for (let b = 0; b < blocks; b++) start[b + 1]! += start[b]!
  const total = start[blocks]!
  const fill = start.slice(0, blocks)
  const month = new Int32Array(total)
  const cell = new Int32Array(total)
  const amount = new Float64Array(total)
  const kind = new Int8Array(total)
  for (let t = 0; t < months; t++)
    for (const inflow of inflows) {
      const volume = inflow.perMonth[t]!
      if (volume === 0) continue
      const cells = inflow.cells
      const weights = inflow.weights
      for (let i = 0; i < cells.length; i++) {
        const target = cells[i]!
        const block = (target / cellsPerBlock) | 0
        const at = fill[block]!
        month[at] = t
        cell[at] = target
        amount[at] = volume * weights[i]!
        kind[at] = inflow.kind
        fill[block] = at + 1
      }
    }
  return { start, month, cell, amount, kind }
}

/** Leaver-rate changes as per-block entry lists and the months where a multiplier changes. */
function leaverSchedule(compiled: CompiledProjection, blockPosts: number): LeaverSchedule | null {
  const changes = compiled.parameters.leaverChanges
  if (changes.length === 0) return null
  const months = compiled.months.length
  const slotsPerBlock = compiled.index.ageBandCount * blockPosts * 3
  const blocks = Math.ceil(compiled.index.postCount / blockPosts)
  const dirty = new Uint8Array(months)
  for (const change of changes)
    for (let t = 0; t < months; t++)
      if (change.multiplier[t] !== (t === 0 ? 1 : change.multiplier[t - 1])) dirty[t] = 1
  const start = new Int32Array(blocks + 1)
  for (const change of changes)
    for (let i = 0; i < change.slots.length; i++)
      start[((change.slots[i]! / slotsPerBlock) | 0) + 1]! += 1
  for (let b = 0; b < blocks; b++) start[b + 1]! += start[b]!
  const fill = start.slice(0, blocks)
  const slot = new Int32Array(start[blocks]!)
  const change = new Int32Array(start[blocks]!)
  changes.forEach((each, k) => {
    for (let i = 0; i < each.slots.length; i++) {
      const block = (each.slots[i]! / slotsPerBlock) | 0
      const at = fill[block]!
      slot[at] = each.slots[i]!
      change[at] = k
      fill[block] = at + 1
    }
  })
  return {
    dirty,
    start,
    slot,
    change,
    multipliers: changes.map((each) => each.multiplier),
    ratePerYear: compiled.parameters.leaverRatePerYear,
    perPersonYear: compiled.parameters.perPersonYear,
  }
}

/** Constant joiners per month summed over kinds per cell, and over age bands per post and kind. */
function constantJoinerTotals(
  joiners: Float64Array,
  ages: number,
): { joinTotal: Float64Array; postJoiners: Float64Array } {
  const cells = joiners.length / 3
  const joinTotal = new Float64Array(cells)
  const postJoiners = new Float64Array((cells / ages) * 3)
  for (let c = 0; c < cells; c++) {
    const j0 = joiners[c * 3]!
    const j1 = joiners[c * 3 + 1]!
    const j2 = joiners[c * 3 + 2]!
    joinTotal[c] = j0 + j1 + j2
    const q3 = ((c / ages) | 0) * 3
    postJoiners[q3]! += j0
    postJoiners[q3 + 1]! += j1
    postJoiners[q3 + 2]! += j2
  }
  return { joinTotal, postJoiners }
}

/**
 * @internal Runs with the loop order chosen automatically, or month-major when `monthMajor`
 * (tests compare the two orders).
 */
export function runWithLoopOrder(
  compiled: CompiledProjection,
  options: RunOptions,
  monthMajor: boolean,
): ProjectionResult {
  const { index, parameters: par, buffers } = compiled
  const layout = groupLayout(compiled, options)
  const { groupOfPost, groupCount, keepAge } = layout
  const months = compiled.months.length
  const ages = index.ageBandCount
  const size = groupCount * months
  const series = Object.fromEntries(
    PROJECTION_SERIES.map((name) => [name, new Float64Array(size)]),
  ) as Record<ProjectionSeriesName, Float64Array>
  const startHeadcount = new Float64Array(groupCount)
  const startFte = new Float64Array(groupCount)
  const participation = par.participationChange
  const { joinTotal, postJoiners } = constantJoinerTotals(par.joinersPerMonth, ages)
  const state: KernelState = {
    stock: buffers.stock,
    next: buffers.next,
    hazard: buffers.hazard,
    joinerStay: buffers.joinerStay,
    survivors: buffers.survivors,
    ftePerHead: par.ftePerHead,
    ageing: par.ageingHazard,
    joiners: par.joinersPerMonth,
    joinTotal,
    postJoiners,
    moveOut: par.moveOutHazard,
    demand: par.demandFte,
    pay: par.payPerFteMonth,
    bank: par.bankPerShortfallFteMonth,
    agency: par.agencyPerShortfallFteMonth,
    participation: participation ?? new Float64Array(0),
    pairStart: par.pairStart,
    pairTarget: par.pairTargetPost,
    pairHazard: par.pairMonthlyHazard,
    recruitment: par.recruitment,
    groupOfPost,
    posts: index.postCount,
    ages,
    months,
    groups: groupCount,
    startHeadcount,
    startFte,
    headcount: series.headcount,
    fte: series.fte,
    demandFte: series.demandFte,
    gapFte: series.gapFte,
    shortfallFte: series.shortfallFte,
    substantive: series.substantiveCostGbp,
    meetDemand: series.costToMeetDemandGbp,
    bankCost: series.bankCostGbp,
    agencyCost: series.agencyCostGbp,
    retirement: series.leaversRetirement,
    voluntary: series.leaversVoluntary,
    otherLeavers: series.leaversOther,
    international: series.joinersInternational,
    returner: series.joinersReturner,
    otherJoiners: series.joinersOther,
    movesIn: series.movesIn,
    movesOut: series.movesOut,
    ageingIn: series.ageingIn,
    ageingOut: series.ageingOut,
  }
  const joinerKindOut = [
    series.joinersNewlyQualified,
    series.joinersInternational,
    series.joinersReturner,
    series.joinersOther,
  ]
  state.stock.set(par.startHeadcount)
  state.hazard.set(par.leaverHazard)
  state.joinerStay.set(par.joinerStay)
  lastState.set(compiled, state)
  const postMajor =
    !keepAge &&
    par.pairTargetPost.length === 0 &&
    par.recruitment.fill.length === 0 &&
    par.transfers.length === 0 &&
    !monthMajor
  if (postMajor) {
    runPostMajor(
      state,
      blockEvents(compiled, POST_BLOCK),
      series.joinersNewlyQualified,
      POST_BLOCK,
      leaverSchedule(compiled, POST_BLOCK),
    )
  } else {
    for (let t = 0; t <= months; t++) {
      if (t < months) {
        state.next.fill(0)
        if (par.leaverChanges.length > 0) updateHazards(compiled, t)
        addInflows(compiled, state, joinerKindOut, keepAge, t)
      }
      if (keepAge) passByAge(state, t)
      else passByPost(state, t)
      if (t < months && par.transfers.length > 0)
        applyTrainingTransfers(state, par.transfers, t, keepAge)
      if (t < months) {
        const swap = state.stock
        state.stock = state.next
        state.next = swap
      }
    }
  }
  if (!keepAge) addCostToMeetDemand(compiled, layout, series.costToMeetDemandGbp)
  return {
    periods: compiled.months,
    keep: layout.keep,
    dimensionValues: layout.values,
    groupCount,
    start: { headcount: startHeadcount, fte: startFte },
    series,
  }
}
