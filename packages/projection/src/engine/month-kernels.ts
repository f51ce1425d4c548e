import { type CompiledRecruitment, recruitToVacancies } from './vacancy-recruitment'

/**
 * The hot loops of the engine, kept as small monomorphic functions so V8 optimises each once
 * (one large function with rarely taken branches kept deoptimising). Each kernel processes one
 * pass over all cells: it reports the opening stock of month t as the closing stock of month
 * t − 1 (with its FTE, demand, gap and cost) and, when t is inside the horizon, computes the
 * month's flows into `next`.
 */

/** Everything a kernel touches, as typed arrays (no objects per cell or month). */
export interface KernelState {
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

/**
 * The share of a cell's opening stock that does not leave this month, `max(0, 1 − Σ h_reason)`.
 * Every loop computes survivors as `stock × survivingShare` from the same three hazards, so the
 * loop orders agree exactly.
 */
export function survivingShare(h0: number, h1: number, h2: number): number {
  return Math.max(1 - h0 - h1 - h2, 0)
}

/**
 * Joiners of a month who leave before its end, per unit of the cell's leaving probability:
 * `J (1 − stay) / Σ h`, so the leavers of a reason are `(opening stock + this) × h_reason`. Every
 * loop uses this one expression, so the loop orders agree exactly; 0 when joiners are not
 * exposed (`stay = 1`) or nobody leaves.
 */
export function joinerLossPerHazard(
  joiners: number,
  stay: number,
  h0: number,
  h1: number,
  h2: number,
): number {
  const sum = h0 + h1 + h2
  return stay < 1 && sum > 0 ? (joiners * (1 - stay)) / sum : 0
}

/** One pass when the result does not keep age bands: flows summed per post before writing. */
export function passByPost(st: KernelState, t: number): void {
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
export function passByAge(st: KernelState, t: number): void {
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
