/**
 * The month-major reference of the engine's kernel: the loop the engine ran before the one
 * kernel (`kernel.ts`), month by month over every cell, kept only in the tests. It is written for
 * clarity, not speed: one pass per month over all posts, inflows added before the pass, training
 * transfers after it.
 */
import {
  PROJECTION_SERIES,
  type ProjectionResult,
  type ProjectionSeriesName,
} from '../result/projection-result'
import type { CompiledProjection } from './compiled-projection'
import { demandTable } from './demand-series'
import { joinerLossPerHazard, survivingShare } from './kernel'
import { type GroupLayout, groupLayout, type RunOptions } from './run-compiled-projection'
import type { CompiledTransfer } from './training-transfers'
import { fillLeaverHazard } from './update-parameters'
import type { CompiledRecruitment } from './vacancy-recruitment'

/** Everything a kernel touches, as typed arrays (no objects per cell or month). */
interface KernelState {
  stock: Float64Array
  next: Float64Array
  readonly hazard: Float64Array
  /** Share of a month's joiners into each cell still in post at its end (see `fillLeaverHazard`). */
  readonly joinerStay: Float64Array
  readonly survivors: Float64Array
  readonly ftePerHead: Float64Array
  readonly ageing: Float64Array
  /** Constant joiners per month per cell and kind (`cell * 3 + kind`). */
  readonly joiners: Float64Array
  /** Constant joiners per month per cell, all kinds. */
  readonly joinTotal: Float64Array
  /** Constant joiners per month per post and kind (`post * 3 + kind`). */
  readonly postJoiners: Float64Array
  readonly moveOut: Float64Array
  readonly demand: Float64Array
  readonly pay: Float64Array
  readonly bank: Float64Array
  readonly agency: Float64Array
  /** Participation change per post and month; length 0 when there is none. */
  readonly participation: Float64Array
  readonly pairStart: Int32Array
  readonly pairTarget: Int32Array
  readonly pairHazard: Float64Array
  /** Recruitment responding to vacancies (see `recruitToVacancies`). */
  readonly recruitment: CompiledRecruitment
  readonly groupOfPost: Int32Array
  readonly posts: number
  readonly ages: number
  readonly months: number
  /** Number of result groups (series are period-major: `t * groups + group`). */
  readonly groups: number
  readonly startHeadcount: Float64Array
  readonly startFte: Float64Array
  readonly headcount: Float64Array
  readonly fte: Float64Array
  readonly demandFte: Float64Array
  readonly gapFte: Float64Array
  readonly shortfallFte: Float64Array
  readonly substantive: Float64Array
  /** Demand FTE × pay, written by `passByAge` only (`addCostToMeetDemand` otherwise). */
  readonly meetDemand: Float64Array
  readonly bankCost: Float64Array
  readonly agencyCost: Float64Array
  readonly retirement: Float64Array
  readonly voluntary: Float64Array
  readonly otherLeavers: Float64Array
  readonly international: Float64Array
  readonly returner: Float64Array
  readonly otherJoiners: Float64Array
  readonly movesIn: Float64Array
  readonly movesOut: Float64Array
  readonly ageingIn: Float64Array
  readonly ageingOut: Float64Array
}

/** One pass when the result does not keep age bands: flows summed per post before writing. */
function passByPost(st: KernelState, t: number): void {
  const stock = st.stock
  const next = st.next
  const hazard = st.hazard
  const joinerStay = st.joinerStay
  const survivors = st.survivors
  const ftePerHead = st.ftePerHead
  const ageing = st.ageing
  const joinTotal = st.joinTotal
  const postJoiners = st.postJoiners
  const moveOut = st.moveOut
  const groupOfPost = st.groupOfPost
  const posts = st.posts
  const ages = st.ages
  const months = st.months
  const groups = st.groups
  const report = t - 1
  const flowing = t < months
  const hasParticipation = st.participation.length > 0 && report >= 0
  const hasMoves = st.pairTarget.length > 0
  const hasRecruitment = st.recruitment.fill.length > 0
  for (let q = 0; q < posts; q++) {
    const group = groupOfPost[q]!
    const adjust = hasParticipation ? st.participation[q * months + report]! : 0
    const first = q * ages
    let postHc = 0
    let postFte = 0
    if (flowing) {
      const outMove = moveOut[q]!
      let sumRet = 0
      let sumVol = 0
      let sumOth = 0
      let sumAge = 0
      let carry = 0
      for (let a = 0; a < ages; a++) {
        const c = first + a
        const s = stock[c]!
        let fph = ftePerHead[c]! + adjust
        if (fph < 0) fph = 0
        postHc += s
        postFte += s * fph
        const i3 = c * 3
        const h0 = hazard[i3]!
        const h1 = hazard[i3 + 1]!
        const h2 = hazard[i3 + 2]!
        const jt = joinTotal[c]!
        const f = joinerStay[c]!
        const e = s + joinerLossPerHazard(jt, f, h0, h1, h2)
        const l0 = e * h0
        const l1 = e * h1
        const l2 = e * h2
        const w = s * survivingShare(h0, h1, h2)
        const stay = w - w * outMove
        const up = stay * ageing[a]!
        next[c]! += stay - up + carry + jt * f
        survivors[a] = w
        sumRet += l0
        sumVol += l1
        sumOth += l2
        sumAge += up
        carry = up
      }
      const k = t * groups + group
      st.retirement[k]! += sumRet
      st.voluntary[k]! += sumVol
      st.otherLeavers[k]! += sumOth
      const j3 = q * 3
      st.international[k]! += postJoiners[j3]!
      st.returner[k]! += postJoiners[j3 + 1]!
      st.otherJoiners[k]! += postJoiners[j3 + 2]!
      st.ageingIn[k]! += sumAge
      st.ageingOut[k]! += sumAge
      if (hasMoves) movePost(st, q, t, group, false)
      if (hasRecruitment) recruitToVacancies(st, st.recruitment, q, t, postFte, group, false)
    } else {
      for (let a = 0; a < ages; a++) {
        const c = first + a
        const s = stock[c]!
        let fph = ftePerHead[c]! + adjust
        if (fph < 0) fph = 0
        postHc += s
        postFte += s * fph
      }
    }
    if (report < 0) {
      st.startHeadcount[group]! += postHc
      st.startFte[group]! += postFte
      continue
    }
    const d = st.demand[q * months + report]!
    const gap = d - postFte
    const shortfall = Math.max(gap, 0)
    const k = report * groups + group
    st.headcount[k]! += postHc
    st.fte[k]! += postFte
    st.demandFte[k]! += d
    st.gapFte[k]! += gap
    st.shortfallFte[k]! += shortfall
    st.substantive[k]! += postFte * st.pay[q]!
    st.bankCost[k]! += shortfall * st.bank[q]!
    st.agencyCost[k]! += shortfall * st.agency[q]!
  }
}

/** Moves out of post q to other sectors (from this month's survivors), by age band. */
function movePost(st: KernelState, q: number, t: number, group: number, byAge: boolean): void {
  const ages = st.ages
  const groups = st.groups
  const survivors = st.survivors
  const next = st.next
  for (let k = st.pairStart[q]!; k < st.pairStart[q + 1]!; k++) {
    const h = st.pairHazard[k]!
    const target = st.pairTarget[k]!
    const targetGroup = byAge ? st.groupOfPost[target]! * ages : st.groupOfPost[target]!
    let moved = 0
    for (let a = 0; a < ages; a++) {
      const flow = survivors[a]! * h
      next[target * ages + a]! += flow
      if (byAge) {
        st.movesOut[t * groups + group + a]! += flow
        st.movesIn[t * groups + targetGroup + a]! += flow
      } else moved += flow
    }
    if (!byAge) {
      st.movesOut[t * groups + group]! += moved
      st.movesIn[t * groups + targetGroup]! += moved
    }
  }
}

/**
 * One pass when the result keeps age bands: flows written per cell; demand, gap, shortfall and
 * bank/agency cost of a post allocated to its age bands by FTE share (evenly when it has none).
 */
function passByAge(st: KernelState, t: number): void {
  const stock = st.stock
  const next = st.next
  const hazard = st.hazard
  const ftePerHead = st.ftePerHead
  const ages = st.ages
  const months = st.months
  const groups = st.groups
  const report = t - 1
  const flowing = t < months
  const hasParticipation = st.participation.length > 0 && report >= 0
  for (let q = 0; q < st.posts; q++) {
    const base = st.groupOfPost[q]! * ages
    const adjust = hasParticipation ? st.participation[q * months + report]! : 0
    const first = q * ages
    let postFte = 0
    for (let a = 0; a < ages; a++) {
      const c = first + a
      let fph = ftePerHead[c]! + adjust
      if (fph < 0) fph = 0
      postFte += stock[c]! * fph
    }
    if (report < 0) {
      for (let a = 0; a < ages; a++) {
        const c = first + a
        st.startHeadcount[base + a]! += stock[c]!
        st.startFte[base + a]! += stock[c]! * ftePerHead[c]!
      }
    } else {
      const d = st.demand[q * months + report]!
      const gap = d - postFte
      const shortfall = Math.max(gap, 0)
      for (let a = 0; a < ages; a++) {
        const c = first + a
        let fph = ftePerHead[c]! + adjust
        if (fph < 0) fph = 0
        const fte = stock[c]! * fph
        const share = postFte > 0 ? fte / postFte : 1 / ages
        const k = report * groups + base + a
        st.headcount[k]! += stock[c]!
        st.fte[k]! += fte
        st.demandFte[k]! += d * share
        st.gapFte[k]! += gap * share
        st.shortfallFte[k]! += shortfall * share
        st.substantive[k]! += fte * st.pay[q]!
        st.meetDemand[k]! += d * share * st.pay[q]!
        st.bankCost[k]! += shortfall * share * st.bank[q]!
        st.agencyCost[k]! += shortfall * share * st.agency[q]!
      }
    }
    if (!flowing) continue
    const outMove = st.moveOut[q]!
    let carry = 0
    for (let a = 0; a < ages; a++) {
      const c = first + a
      const s = stock[c]!
      const i3 = c * 3
      const h0 = hazard[i3]!
      const h1 = hazard[i3 + 1]!
      const h2 = hazard[i3 + 2]!
      const j0 = st.joiners[i3]!
      const j1 = st.joiners[i3 + 1]!
      const j2 = st.joiners[i3 + 2]!
      const jt = j0 + j1 + j2
      const f = st.joinerStay[c]!
      const e = s + joinerLossPerHazard(jt, f, h0, h1, h2)
      const l0 = e * h0
      const l1 = e * h1
      const l2 = e * h2
      const w = s * survivingShare(h0, h1, h2)
      const stay = w - w * outMove
      const up = stay * st.ageing[a]!
      next[c]! += stay - up + carry + jt * f
      st.survivors[a] = w
      const k = t * groups + base + a
      st.retirement[k]! += l0
      st.voluntary[k]! += l1
      st.otherLeavers[k]! += l2
      st.international[k]! += j0
      st.returner[k]! += j1
      st.otherJoiners[k]! += j2
      st.ageingIn[k]! += carry
      st.ageingOut[k]! += up
      carry = up
    }
    if (st.pairTarget.length > 0) movePost(st, q, t, base, true)
    if (st.recruitment.fill.length > 0)
      recruitToVacancies(st, st.recruitment, q, t, postFte, base, true)
  }
}

/**
 * Moves month t's completers of employment-based programmes from their source staff group (the
 * place's cells of it in every sector, in proportion to their closing stock) to the target group
 * in the closing stock (`st.next`), never more than the source cells hold, and
 * records them as moves out and in (they are transfers inside the workforce: nobody joins, nobody
 * leaves, nobody is counted twice). Runs after the month's flows, in the month-major loop only.
 *
 * @internal The one-kernel rewrite may fold it in; `training-transfers.test.ts` is its property.
 */
function applyTrainingTransfers(
  st: KernelState,
  transfers: readonly CompiledTransfer[],
  t: number,
  keepAge: boolean,
): void {
  const ages = st.ages
  const row = t * st.groups
  for (const transfer of transfers) {
    const volume = transfer.perMonth[t]!
    if (!(volume > 0)) continue
    const sectors = transfer.sectors
    for (let i = 0; i < transfer.target.length; i++) {
      const to = transfer.target[i]!
      let available = 0
      for (let s = 0; s < sectors; s++) available += st.next[transfer.source[i * sectors + s]!]!
      const wanted = volume * transfer.weights[i]!
      if (!(available > 0) || !(wanted > 0)) continue
      const share = Math.min(1, wanted / available)
      const toPost = (to / ages) | 0
      const into = keepAge
        ? st.groupOfPost[toPost]! * ages + (to - toPost * ages)
        : st.groupOfPost[toPost]!
      for (let s = 0; s < sectors; s++) {
        const from = transfer.source[i * sectors + s]!
        const amount = st.next[from]! * share
        if (!(amount > 0)) continue
        st.next[from]! -= amount
        st.next[to]! += amount
        const fromPost = (from / ages) | 0
        const out = keepAge
          ? st.groupOfPost[fromPost]! * ages + (from - fromPost * ages)
          : st.groupOfPost[fromPost]!
        st.movesOut[row + out]! += amount
        st.movesIn[row + into]! += amount
      }
    }
  }
}

/**
 * Recruits into post q in month t: `min(cap, fill × max(0, demand_t − opening FTE) ÷ FTE per
 * head)` people, spread over its age bands, exposed to leaving like other joiners (those who
 * leave before the month's end are counted as leavers). Written into `next` and the result
 * series at `group` (the post's group; with age bands kept, `group + a` for band a).
 *
 * @internal Called by the month-major kernels only (the post-major loop is not used when there
 * is recruitment): correctness first, the one-kernel rewrite may fold it in.
 */
function recruitToVacancies(
  st: KernelState,
  recruitment: CompiledRecruitment,
  q: number,
  t: number,
  openingFte: number,
  group: number,
  byAge: boolean,
): void {
  const fill = recruitment.fill[q]!
  if (!(fill > 0)) return
  const vacancy = st.demand[q * st.months + t]! - openingFte
  if (!(vacancy > 0)) return
  const fph = recruitment.ftePerHead[q]! > 0 ? recruitment.ftePerHead[q]! : 1
  const people = Math.min(recruitment.capPerMonth[q]!, (fill * vacancy) / fph)
  if (!(people > 0)) return
  const ages = st.ages
  const row = t * st.groups
  for (let a = 0; a < ages; a++) {
    const c = q * ages + a
    const amount = people * recruitment.weight[c]!
    if (amount === 0) continue
    const f = st.joinerStay[c]!
    st.next[c]! += amount * f
    const k = row + group + (byAge ? a : 0)
    st.otherJoiners[k]! += amount
    if (f < 1) {
      const h0 = st.hazard[c * 3]!
      const h1 = st.hazard[c * 3 + 1]!
      const h2 = st.hazard[c * 3 + 2]!
      const lost = joinerLossPerHazard(amount, f, h0, h1, h2)
      st.retirement[k]! += lost * h0
      st.voluntary[k]! += lost * h1
      st.otherLeavers[k]! += lost * h2
    }
  }
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
  const { payPerFteMonth: pay } = compiled.parameters
  const demand = demandTable(compiled.parameters, compiled.months.length)
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
 * Runs a compiled projection month-major: the engine's loop before the one kernel, kept as the
 * kernel's reference (`kernel.test.ts` checks both agree to 1e-12 on random models).
 */
export function runMonthMajorReference(
  compiled: CompiledProjection,
  options: RunOptions = {},
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
    demand: demandTable(par, compiled.months.length),
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
