import {
  PROJECTION_DIMENSIONS,
  PROJECTION_SERIES,
  type ProjectionDimension,
  type ProjectionResult,
  type ProjectionSeriesName,
} from '../result/projection-result'
import type { CompiledProjection } from './compiled-projection'
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
  const placeGroupCodes = index.places.map((code) => options.placeGroups?.[code] ?? code)
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
 * Runs a compiled projection month by month and returns the result aggregated to the kept
 * dimensions. Deterministic: the same compiled parameters give identical results.
 *
 * Order of operations within month t, for every cell (documented because the closed form and
 * the conservation tests rely on it):
 * 1. leavers = opening stock × monthly hazard (by reason; reasons are competing risks);
 * 2. moves to other sectors = survivors × move hazard (summed over destinations);
 * 3. ageing to the next age band = remaining stayers × ageing hazard;
 * 4. closing stock = stayers − ageing out + ageing in + moves in + joiners (constant joiners,
 *    time-limited joiners and newly qualified from pipelines); joiners are not exposed to
 *    leaving in the month they join.
 *
 * So for one cell with hazard h and constant joiners J: `S_t = S_{t−1}(1 − h) + J`, whose closed
 * form is `S_t = J/h + (S_0 − J/h)(1 − h)^t`.
 *
 * When to use: after `compileProjection` (and `updateCompiledParameters` for each Monte Carlo
 * draw). `projectWorkforce` does validate + compile + run in one call.
 *
 * @example
 * ```ts
 * import { compileProjection, runCompiledProjection } from '@oneworkforce/projection'
 *
 * const compiled = compileProjection({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 0.9 }],
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
  const { index, parameters: par, buffers } = compiled
  const layout = groupLayout(compiled, options)
  const { groupOfPost, groupCount, keepAge } = layout
  const months = compiled.months.length
  const ages = index.ageBandCount
  const posts = index.postCount
  const size = groupCount * months
  const series = Object.fromEntries(
    PROJECTION_SERIES.map((name) => [name, new Float64Array(size)]),
  ) as Record<ProjectionSeriesName, Float64Array>
  const startHeadcount = new Float64Array(groupCount)
  const startFte = new Float64Array(groupCount)
  const hcOut = series.headcount
  const fteOut = series.fte
  const demandOut = series.demandFte
  const gapOut = series.gapFte
  const shortOut = series.shortfallFte
  const payOut = series.substantiveCostGbp
  const bankOut = series.bankCostGbp
  const agencyOut = series.agencyCostGbp
  const retOut = series.leaversRetirement
  const volOut = series.leaversVoluntary
  const othOut = series.leaversOther
  const intlOut = series.joinersInternational
  const retnOut = series.joinersReturner
  const jothOut = series.joinersOther
  const moveInOut = series.movesIn
  const moveOutOut = series.movesOut
  const ageInOut = series.ageingIn
  const ageOutOut = series.ageingOut
  const joinerKindOut = [
    series.joinersNewlyQualified,
    series.joinersInternational,
    series.joinersReturner,
    series.joinersOther,
  ]

  let stock = buffers.stock
  let next = buffers.next
  const hazard = buffers.hazard
  const survivors = buffers.survivors
  const ftePerHead = par.ftePerHead
  const ageing = par.ageingHazard
  const joiners = par.joinersPerMonth
  const moveOut = par.moveOutHazard
  const demand = par.demandFte
  const pay = par.payPerFteMonth
  const bank = par.bankPerShortfallFteMonth
  const agency = par.agencyPerShortfallFteMonth
  const participation = par.participationChange
  const pairStart = par.pairStart
  const pairTarget = par.pairTargetPost
  const pairHazard = par.pairMonthlyHazard
  const changes = par.leaverChanges
  stock.set(par.startHeadcount)
  hazard.set(par.leaverHazard)

  for (let t = 0; t <= months; t++) {
    const report = t - 1
    const flowing = t < months
    if (flowing) {
      next.fill(0)
      if (changes.length > 0) {
        let dirty = false
        for (const change of changes) {
          const previous = t === 0 ? 1 : change.multiplier[t - 1]!
          if (change.multiplier[t] !== previous) dirty = true
        }
        if (dirty) {
          buffers.multiplier.fill(1)
          for (const change of changes) {
            const m = change.multiplier[t]!
            const slots = change.slots
            for (let i = 0; i < slots.length; i++) buffers.multiplier[slots[i]!]! *= m
          }
          fillLeaverHazard(par.leaverRatePerYear, buffers.multiplier, hazard)
        }
      }
      for (const inflow of par.inflows) {
        const volume = inflow.perMonth[t]!
        if (volume === 0) continue
        const target = joinerKindOut[inflow.kind]!
        const cells = inflow.cells
        const weights = inflow.weights
        for (let i = 0; i < cells.length; i++) {
          const cell = cells[i]!
          const amount = volume * weights[i]!
          next[cell]! += amount
          const post = (cell / ages) | 0
          const group = keepAge
            ? groupOfPost[post]! * ages + cell - post * ages
            : groupOfPost[post]!
          target[group * months + t]! += amount
        }
      }
    }
    for (let q = 0; q < posts; q++) {
      const base = keepAge ? groupOfPost[q]! * ages : groupOfPost[q]!
      const adjust = participation !== null && report >= 0 ? participation[q * months + report]! : 0
      const outMove = moveOut[q]!
      let postHc = 0
      let postFte = 0
      let sumRet = 0
      let sumVol = 0
      let sumOth = 0
      let sumIntl = 0
      let sumRetn = 0
      let sumJoth = 0
      let sumAge = 0
      let carry = 0
      const first = q * ages
      for (let a = 0; a < ages; a++) {
        const c = first + a
        const s = stock[c]!
        let fph = ftePerHead[c]! + adjust
        if (fph < 0) fph = 0
        postHc += s
        postFte += s * fph
        if (flowing) {
          const i3 = c * 3
          const l0 = s * hazard[i3]!
          const l1 = s * hazard[i3 + 1]!
          const l2 = s * hazard[i3 + 2]!
          let w = s - l0 - l1 - l2
          if (w < 0) w = 0
          const stay = w - w * outMove
          const up = stay * ageing[a]!
          const j0 = joiners[i3]!
          const j1 = joiners[i3 + 1]!
          const j2 = joiners[i3 + 2]!
          next[c]! += stay - up + carry + j0 + j1 + j2
          survivors[a] = w
          if (keepAge) {
            const k = (base + a) * months + t
            retOut[k]! += l0
            volOut[k]! += l1
            othOut[k]! += l2
            intlOut[k]! += j0
            retnOut[k]! += j1
            jothOut[k]! += j2
            ageInOut[k]! += carry
            ageOutOut[k]! += up
          } else {
            sumRet += l0
            sumVol += l1
            sumOth += l2
            sumIntl += j0
            sumRetn += j1
            sumJoth += j2
            sumAge += up
          }
          carry = up
        }
      }
      if (flowing) {
        if (!keepAge) {
          const k = base * months + t
          retOut[k]! += sumRet
          volOut[k]! += sumVol
          othOut[k]! += sumOth
          intlOut[k]! += sumIntl
          retnOut[k]! += sumRetn
          jothOut[k]! += sumJoth
          ageInOut[k]! += sumAge
          ageOutOut[k]! += sumAge
        }
        for (let k = pairStart[q]!; k < pairStart[q + 1]!; k++) {
          const h = pairHazard[k]!
          const target = pairTarget[k]!
          const targetBase = keepAge ? groupOfPost[target]! * ages : groupOfPost[target]!
          let moved = 0
          for (let a = 0; a < ages; a++) {
            const flow = survivors[a]! * h
            next[target * ages + a]! += flow
            if (keepAge) {
              moveOutOut[(base + a) * months + t]! += flow
              moveInOut[(targetBase + a) * months + t]! += flow
            } else moved += flow
          }
          if (!keepAge) {
            moveOutOut[base * months + t]! += moved
            moveInOut[targetBase * months + t]! += moved
          }
        }
      }
      if (report < 0) {
        if (keepAge)
          for (let a = 0; a < ages; a++) {
            const c = first + a
            startHeadcount[base + a]! += stock[c]!
            startFte[base + a]! += stock[c]! * ftePerHead[c]!
          }
        else {
          startHeadcount[base]! += postHc
          startFte[base]! += postFte
        }
        continue
      }
      const d = demand[q * months + report]!
      const gap = d - postFte
      const shortfall = Math.max(gap, 0)
      if (!keepAge) {
        const k = base * months + report
        hcOut[k]! += postHc
        fteOut[k]! += postFte
        demandOut[k]! += d
        gapOut[k]! += gap
        shortOut[k]! += shortfall
        payOut[k]! += postFte * pay[q]!
        bankOut[k]! += shortfall * bank[q]!
        agencyOut[k]! += shortfall * agency[q]!
      } else {
        for (let a = 0; a < ages; a++) {
          const c = first + a
          let fph = ftePerHead[c]! + adjust
          if (fph < 0) fph = 0
          const fte = stock[c]! * fph
          const share = postFte > 0 ? fte / postFte : 1 / ages
          const k = (base + a) * months + report
          hcOut[k]! += stock[c]!
          fteOut[k]! += fte
          demandOut[k]! += d * share
          gapOut[k]! += gap * share
          shortOut[k]! += shortfall * share
          payOut[k]! += fte * pay[q]!
          bankOut[k]! += shortfall * share * bank[q]!
          agencyOut[k]! += shortfall * share * agency[q]!
        }
      }
    }
    if (flowing) {
      const swap = stock
      stock = next
      next = swap
    }
  }
  return {
    periods: compiled.months,
    keep: layout.keep,
    dimensionValues: layout.values,
    groupCount,
    start: { headcount: startHeadcount, fte: startFte },
    series,
  }
}
