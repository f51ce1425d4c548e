import type { KernelState } from './month-kernels'

/** Time-limited inflows (pipelines, joiners between two months) as event lists per block of posts. */
export interface CellEvents {
  /** Events of block b are `start[b]..start[b+1]`, in month order. */
  readonly start: Int32Array
  readonly month: Int32Array
  /** The cell each event adds to. */
  readonly cell: Int32Array
  readonly amount: Float64Array
  /** Joiner kind of each event: 0 newly qualified, 1 international, 2 returner, 3 other. */
  readonly kind: Int8Array
}

/**
 * The engine loop in post-major order, used when no flow couples posts or changes hazards over
 * time (no moves between sectors, no leaver-rate changes) and age bands are not kept: each block
 * of posts runs through every month while its cells and parameters stay in cache, which matters
 * at national scale where a month-major pass streams every array from memory once a month.
 * Per cell it performs exactly the operations of `passByPost`, in the same order.
 */
export function runPostMajor(
  st: KernelState,
  events: CellEvents,
  newlyQualified: Float64Array,
  blockPosts: number,
): void {
  const ages = st.ages
  const months = st.months
  const groups = st.groups
  const hazard = st.hazard
  const ftePerHead = st.ftePerHead
  const ageing = st.ageing
  const joinTotal = st.joinTotal
  const postJoiners = st.postJoiners
  const groupOfPost = st.groupOfPost
  const demand = st.demand
  const participation = st.participation
  const hasParticipation = participation.length > 0
  const eventStart = events.start
  const eventMonth = events.month
  const eventCell = events.cell
  const eventAmount = events.amount
  const eventKind = events.kind
  const kindOut = [newlyQualified, st.international, st.returner, st.otherJoiners]
  const startStock = st.stock
  let current = new Float64Array(blockPosts * ages)
  let next = new Float64Array(blockPosts * ages)
  let block = 0
  for (let first = 0; first < st.posts; first += blockPosts, block++) {
    const last = Math.min(st.posts, first + blockPosts)
    const cellBase = first * ages
    const cellCount = (last - first) * ages
    for (let i = 0; i < cellCount; i++) current[i] = startStock[cellBase + i]!
    let e = eventStart[block]!
    const eventEnd = eventStart[block + 1]!
    // Pass t reports the stock at the end of month t − 1 (the start, when t = 0) and, while
    // t < months, computes month t's flows: one read of each cell per month.
    for (let t = 0; t <= months; t++) {
      const flowing = t < months
      const report = t - 1
      const row = t * groups
      const reportRow = report * groups
      for (let q = first; q < last; q++) {
        const group = groupOfPost[q]!
        const local = (q - first) * ages
        const cellFirst = q * ages
        const adjust = hasParticipation && report >= 0 ? participation[q * months + report]! : 0
        let hc = 0
        let fte = 0
        let sumRet = 0
        let sumVol = 0
        let sumOth = 0
        let sumAge = 0
        let carry = 0
        for (let a = 0; a < ages; a++) {
          const c = cellFirst + a
          const s = current[local + a]!
          let fph = ftePerHead[c]! + adjust
          if (fph < 0) fph = 0
          hc += s
          fte += s * fph
          if (flowing) {
            const i3 = c * 3
            const l0 = s * hazard[i3]!
            const l1 = s * hazard[i3 + 1]!
            const l2 = s * hazard[i3 + 2]!
            let w = s - l0 - l1 - l2
            if (w < 0) w = 0
            const up = w * ageing[a]!
            next[local + a] = w - up + carry + joinTotal[c]!
            sumRet += l0
            sumVol += l1
            sumOth += l2
            sumAge += up
            carry = up
          }
        }
        if (flowing) {
          const k = row + group
          const j3 = q * 3
          st.retirement[k]! += sumRet
          st.voluntary[k]! += sumVol
          st.otherLeavers[k]! += sumOth
          st.international[k]! += postJoiners[j3]!
          st.returner[k]! += postJoiners[j3 + 1]!
          st.otherJoiners[k]! += postJoiners[j3 + 2]!
          st.ageingIn[k]! += sumAge
          st.ageingOut[k]! += sumAge
        }
        if (report < 0) {
          st.startHeadcount[group]! += hc
          st.startFte[group]! += fte
          continue
        }
        const d = demand[q * months + report]!
        const gap = d - fte
        const shortfall = Math.max(gap, 0)
        const k = reportRow + group
        st.headcount[k]! += hc
        st.fte[k]! += fte
        st.demandFte[k]! += d
        st.gapFte[k]! += gap
        st.shortfallFte[k]! += shortfall
        st.substantive[k]! += fte * st.pay[q]!
        st.bankCost[k]! += shortfall * st.bank[q]!
        st.agencyCost[k]! += shortfall * st.agency[q]!
      }
      if (!flowing) break
      while (e < eventEnd && eventMonth[e] === t) {
        const cell = eventCell[e]!
        const amount = eventAmount[e]!
        next[cell - cellBase]! += amount
        kindOut[eventKind[e]!]![row + groupOfPost[(cell / ages) | 0]!]! += amount
        e++
      }
      const swap = current
      current = next
      next = swap
    }
  }
}
