import { joinerLossPerHazard, type KernelState, survivingShare } from './month-kernels'
import { fillLeaverHazard } from './update-parameters'

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
 * Scheduled leaver-rate changes (retention levers) as lists per block of posts, so the
 * post-major loop re-derives a block's hazards in the months where a multiplier changes,
 * exactly as the month-major loop re-derives all of them.
 */
export interface LeaverSchedule {
  /** 1 in the months where some change's multiplier differs from the month before (1 before the start). */
  readonly dirty: Uint8Array
  /** Entries of block b are `start[b]..start[b+1]`, in the order of the changes. */
  readonly start: Int32Array
  /** Cell × reason slot (`cell * 3 + reason`) of each entry. */
  readonly slot: Int32Array
  /** The change of each entry (index into `multipliers`). */
  readonly change: Int32Array
  /** Rate multiplier per change and month. */
  readonly multipliers: readonly Float64Array[]
  /** Annual leaver rates per cell and reason. */
  readonly ratePerYear: Float64Array
  /** Whether the rates are per person-year (else cohort shares). */
  readonly perPersonYear: boolean
}

/**
 * Per-cell coefficients packed by the post-major loop (`cell * CELL_STRIDE + k`): hazards by
 * reason, FTE per head, surviving share, ageing share, constant joiners still in post at the
 * month's end, and joiners lost per unit of hazard (`joinerLossPerHazard`): one 64-byte cache
 * line per cell.
 */
const CELL_STRIDE = 8

/**
 * Per-group sums of a block in one month: headcount, FTE, demand, gap, shortfall, substantive,
 * bank and agency cost (reported stock), then leavers by reason and ageing (the month's flows).
 */
const ACC_STRIDE = 12

/**
 * The engine loop in post-major order, used when no flow couples posts (no moves between
 * sectors) and age bands are not kept; leaver-rate changes are applied per block from
 * `schedule`: each block
 * of posts runs through every month while its cells and parameters stay in cache, which matters
 * at national scale where a month-major pass streams every array from memory once a month.
 *
 * Per cell it performs exactly the arithmetic of `passByPost`, in the same order, on parameters
 * packed once per block into one cell-major array (one cache line per cell). FTE with a
 * participation change is recounted per post only in months whose change is not 0. Constant
 * joiners are added per result group and month, not per post, and the other sums go through a
 * per-block accumulator of the block's groups, so the result arrays are written once per group
 * and month instead of once per post and month (sums in another order: equal up to rounding).
 */
export function runPostMajor(
  st: KernelState,
  events: CellEvents,
  newlyQualified: Float64Array,
  blockPosts: number,
  schedule: LeaverSchedule | null,
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
  const pay = st.pay
  const bank = st.bank
  const agency = st.agency
  const participation = st.participation
  // Result series in accumulator order (ageing in and out share one sum).
  const outs = [
    st.headcount,
    st.fte,
    st.demandFte,
    st.gapFte,
    st.shortfallFte,
    st.substantive,
    st.bankCost,
    st.agencyCost,
    st.retirement,
    st.voluntary,
    st.otherLeavers,
    st.ageingIn,
    st.ageingOut,
  ]
  const eventStart = events.start
  const eventMonth = events.month
  const eventCell = events.cell
  const eventAmount = events.amount
  const eventKind = events.kind
  const kindOut = [newlyQualified, st.international, st.returner, st.otherJoiners]
  const startStock = st.stock
  const blockCells = blockPosts * ages
  let current = new Float64Array(blockCells)
  let next = new Float64Array(blockCells)
  // Per cell: hazards by reason, FTE per head, surviving share, ageing share, constant joiners.
  const coef = new Float64Array(blockCells * CELL_STRIDE)
  // The block's result groups: posts add into a small local accumulator per group
  // (`slot * ACC_STRIDE + series`), flushed into the result once per month.
  const slotOfGroup = new Int32Array(groups).fill(-1)
  const slotOfPost = new Int32Array(blockPosts)
  const groupOfSlot = new Int32Array(blockPosts)
  const acc = new Float64Array(blockPosts * ACC_STRIDE)
  const blockMultiplier = new Float64Array(blockCells * 3)
  const blockHazard = new Float64Array(blockCells * 3)
  const blockStay = new Float64Array(blockCells)
  const joinerStay = st.joinerStay

  // Constant joiners are the same every month: add each group's total once per month.
  const groupJoiners = new Float64Array(groups * 3)
  for (let q = 0; q < st.posts; q++) {
    const g3 = groupOfPost[q]! * 3
    groupJoiners[g3]! += postJoiners[q * 3]!
    groupJoiners[g3 + 1]! += postJoiners[q * 3 + 1]!
    groupJoiners[g3 + 2]! += postJoiners[q * 3 + 2]!
  }
  for (let t = 0; t < months; t++)
    for (let g = 0; g < groups; g++) {
      st.international[t * groups + g]! += groupJoiners[g * 3]!
      st.returner[t * groups + g]! += groupJoiners[g * 3 + 1]!
      st.otherJoiners[t * groups + g]! += groupJoiners[g * 3 + 2]!
    }

  let block = 0
  for (let first = 0; first < st.posts; first += blockPosts, block++) {
    const last = Math.min(st.posts, first + blockPosts)
    const cellBase = first * ages
    const cellCount = (last - first) * ages
    for (let i = 0; i < cellCount; i++) {
      const c = cellBase + i
      current[i] = startStock[c]!
      const h0 = hazard[c * 3]!
      const h1 = hazard[c * 3 + 1]!
      const h2 = hazard[c * 3 + 2]!
      const k = i * CELL_STRIDE
      coef[k] = h0
      coef[k + 1] = h1
      coef[k + 2] = h2
      coef[k + 3] = ftePerHead[c]!
      coef[k + 4] = survivingShare(h0, h1, h2)
      coef[k + 5] = ageing[i % ages]!
      const jt = joinTotal[c]!
      const f = joinerStay[c]!
      coef[k + 6] = jt * f
      coef[k + 7] = joinerLossPerHazard(jt, f, h0, h1, h2)
      blockStay[i] = f
    }
    let slots = 0
    for (let q = first; q < last; q++) {
      const group = groupOfPost[q]!
      if (slotOfGroup[group]! < 0) {
        slotOfGroup[group] = slots
        groupOfSlot[slots++] = group
      }
      slotOfPost[q - first] = slotOfGroup[group]!
    }
    for (let j = 0; j < slots; j++) slotOfGroup[groupOfSlot[j]!] = -1
    let e = eventStart[block]!
    const eventEnd = eventStart[block + 1]!
    // Pass t reports the stock at the end of month t − 1 (the start, when t = 0) and, while
    // t < months, computes month t's flows: one read of each cell per month.
    for (let t = 0; t <= months; t++) {
      const flowing = t < months
      if (schedule !== null && flowing && schedule.dirty[t] === 1) {
        // Same arithmetic as the month-major loop: multipliers multiplied in change order, then
        // the hazards of the block's cells from their rates.
        blockMultiplier.fill(1)
        for (let x = schedule.start[block]!; x < schedule.start[block + 1]!; x++)
          blockMultiplier[schedule.slot[x]! - cellBase * 3]! +=
            schedule.multipliers[schedule.change[x]!]![t]! - 1
        fillLeaverHazard(
          schedule.ratePerYear.subarray(cellBase * 3, (cellBase + cellCount) * 3),
          blockMultiplier.subarray(0, cellCount * 3),
          blockHazard.subarray(0, cellCount * 3),
          schedule.perPersonYear,
          blockStay.subarray(0, cellCount),
        )
        for (let i = 0; i < cellCount; i++) {
          const h0 = blockHazard[i * 3]!
          const h1 = blockHazard[i * 3 + 1]!
          const h2 = blockHazard[i * 3 + 2]!
          const k = i * CELL_STRIDE
          coef[k] = h0
          coef[k + 1] = h1
          coef[k + 2] = h2
          coef[k + 4] = survivingShare(h0, h1, h2)
          const jt = joinTotal[cellBase + i]!
          const f = blockStay[i]!
          coef[k + 6] = jt * f
          coef[k + 7] = joinerLossPerHazard(jt, f, h0, h1, h2)
        }
      }
      blockMonth(
        current,
        next,
        coef,
        acc,
        slotOfPost,
        groupOfPost,
        demand,
        pay,
        bank,
        agency,
        participation,
        st.startHeadcount,
        st.startFte,
        first,
        last,
        ages,
        months,
        t,
      )
      flushBlock(acc, slots, groupOfSlot, outs, t, months, groups)
      if (!flowing) break
      while (e < eventEnd && eventMonth[e] === t) {
        const cell = eventCell[e]!
        const amount = eventAmount[e]!
        const i = cell - cellBase
        const f = blockStay[i]!
        next[i]! += amount * f
        const k = t * groups + groupOfPost[(cell / ages) | 0]!
        kindOut[eventKind[e]!]![k]! += amount
        if (f < 1) {
          const c = i * CELL_STRIDE
          const lost = joinerLossPerHazard(amount, f, coef[c]!, coef[c + 1]!, coef[c + 2]!)
          st.retirement[k]! += lost * coef[c]!
          st.voluntary[k]! += lost * coef[c + 1]!
          st.otherLeavers[k]! += lost * coef[c + 2]!
        }
        e++
      }
      const swap = current
      current = next
      next = swap
    }
  }
}

/**
 * One month of one block of posts (kept small so V8 optimises it quickly and on its own): reports
 * the opening stock of month t (closing stock of t − 1) with its FTE, demand, gap and cost into
 * the block accumulator and, while t < months, computes the month's flows into `next`.
 */
function blockMonth(
  current: Float64Array,
  next: Float64Array,
  coef: Float64Array,
  acc: Float64Array,
  slotOfPost: Int32Array,
  groupOfPost: Int32Array,
  demand: Float64Array,
  pay: Float64Array,
  bank: Float64Array,
  agency: Float64Array,
  participation: Float64Array,
  startHeadcount: Float64Array,
  startFte: Float64Array,
  first: number,
  last: number,
  ages: number,
  months: number,
  t: number,
): void {
  const flowing = t < months
  const report = t - 1
  const hasParticipation = participation.length > 0
  for (let q = first; q < last; q++) {
    const at = slotOfPost[q - first]! * ACC_STRIDE
    const local = (q - first) * ages
    let hc = 0
    let fte = 0
    if (flowing) {
      let sumRet = 0
      let sumVol = 0
      let sumOth = 0
      let sumAge = 0
      let carry = 0
      const end = local + ages
      for (let i = local, k = local * CELL_STRIDE; i < end; i++, k += CELL_STRIDE) {
        const s = current[i]!
        hc += s
        fte += s * coef[k + 3]!
        const x = s + coef[k + 7]!
        const l0 = x * coef[k]!
        const l1 = x * coef[k + 1]!
        const l2 = x * coef[k + 2]!
        const w = s * coef[k + 4]!
        const up = w * coef[k + 5]!
        next[i] = w - up + carry + coef[k + 6]!
        sumRet += l0
        sumVol += l1
        sumOth += l2
        sumAge += up
        carry = up
      }
      acc[at + 8]! += sumRet
      acc[at + 9]! += sumVol
      acc[at + 10]! += sumOth
      acc[at + 11]! += sumAge
    } else {
      const end = local + ages
      for (let i = local, k = local * CELL_STRIDE; i < end; i++, k += CELL_STRIDE) {
        const s = current[i]!
        hc += s
        fte += s * coef[k + 3]!
      }
    }
    if (report < 0) {
      const group = groupOfPost[q]!
      startHeadcount[group]! += hc
      startFte[group]! += fte
      continue
    }
    if (hasParticipation) {
      const adjust = participation[q * months + report]!
      if (adjust !== 0) {
        // The month's FTE per head differs from the packed one: recount (cells are in L1).
        fte = 0
        for (let a = 0; a < ages; a++) {
          let fph = coef[(local + a) * CELL_STRIDE + 3]! + adjust
          if (fph < 0) fph = 0
          fte += current[local + a]! * fph
        }
      }
    }
    const d = demand[q * months + report]!
    const gap = d - fte
    const shortfall = Math.max(gap, 0)
    acc[at]! += hc
    acc[at + 1]! += fte
    acc[at + 2]! += d
    acc[at + 3]! += gap
    acc[at + 4]! += shortfall
    acc[at + 5]! += fte * pay[q]!
    acc[at + 6]! += shortfall * bank[q]!
    acc[at + 7]! += shortfall * agency[q]!
  }
}

/** Adds a block's per-group sums of pass t to the result series and clears the accumulator. */
function flushBlock(
  acc: Float64Array,
  slots: number,
  groupOfSlot: Int32Array,
  outs: readonly Float64Array[],
  t: number,
  months: number,
  groups: number,
): void {
  const report = t - 1
  for (let j = 0; j < slots; j++) {
    const group = groupOfSlot[j]!
    const at = j * ACC_STRIDE
    if (report >= 0) {
      const k = report * groups + group
      for (let x = 0; x < 8; x++) outs[x]![k]! += acc[at + x]!
    }
    if (t < months) {
      const k = t * groups + group
      for (let x = 8; x < 12; x++) outs[x]![k]! += acc[at + x]!
      outs[12]![k]! += acc[at + 11]!
    }
  }
  acc.fill(0, 0, slots * ACC_STRIDE)
}
