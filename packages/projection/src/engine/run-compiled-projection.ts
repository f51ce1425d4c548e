import { issue, OneWorkforceError } from '@oneworkforce/schemas'
import {
  PROJECTION_DIMENSIONS,
  PROJECTION_SERIES,
  type ProjectionDimension,
  type ProjectionResult,
  type ProjectionSeriesName,
} from '../result/projection-result'
import type { CompiledProjection } from './compiled-projection'
import { type KernelOutput, runKernel } from './kernel'

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

/** @internal The result groups of a run: which dimensions are kept and the group of each post. */
export interface GroupLayout {
  readonly keep: ProjectionDimension[]
  readonly values: Partial<Record<ProjectionDimension, string[]>>
  readonly groupOfPost: Int32Array
  readonly groupCount: number
  readonly keepAge: boolean
}

/** @internal Result groups for the run options. */
export function groupLayout(compiled: CompiledProjection, options: RunOptions): GroupLayout {
  const { index } = compiled
  const wanted = new Set(options.keep ?? ['place', 'sector', 'staffGroup'])
  const keep = PROJECTION_DIMENSIONS.filter((dimension) => wanted.has(dimension))
  // Own keys only: a place called `constructor` or `toString` is not mapped to Object's methods.
  const groups = options.placeGroups
  const placeGroupCodes = index.places.map((code) =>
    groups !== undefined && Object.hasOwn(groups, code) ? (groups[code] as string) : code,
  )
  // Each group's position, looked up in a map (a search per place was quadratic: 20 s at 100,000).
  const position = new Map<string, number>()
  for (const code of placeGroupCodes) if (!position.has(code)) position.set(code, position.size)
  const placeValues = [...position.keys()]
  const placeGroupIndex = placeGroupCodes.map((code) => position.get(code)!)
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
 * dimensions. Deterministic: the same compiled parameters give identical results. One kernel
 * runs every case (`kernel.ts`): blocks of whole places, each through every month in cache.
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
  return assembleResult(compiled, groupLayout(compiled, options), (output) =>
    runKernel(compiled, output),
  )
}

/** The largest result a run allocates (every series of every group and month): 2 GiB. */
const RESULT_LIMIT_BYTES = 2 ** 31

/**
 * @internal Allocates a result for a layout (refusing one over 2 GiB with an issue that says how to
 * make it smaller), lets `fill` run the kernel into it, and wraps it.
 */
export function assembleResult(
  compiled: CompiledProjection,
  layout: GroupLayout,
  fill: (output: KernelOutput) => void,
): ProjectionResult {
  const size = layout.groupCount * compiled.months.length
  const bytes = (PROJECTION_SERIES.length * size + 2 * layout.groupCount) * 8
  if (bytes > RESULT_LIMIT_BYTES)
    throw new OneWorkforceError('invalid_argument', [
      issue(
        'out_of_range',
        `a result of ${layout.groupCount.toLocaleString('en-GB')} groups × ${compiled.months.length} months would need ${(bytes / 2 ** 30).toFixed(1)} GiB (at most 2 GiB): keep fewer dimensions, or group places with placeGroups`,
        ['keep'],
      ),
    ])
  const series = Object.fromEntries(
    PROJECTION_SERIES.map((name) => [name, new Float64Array(size)]),
  ) as Record<ProjectionSeriesName, Float64Array>
  const start = {
    headcount: new Float64Array(layout.groupCount),
    fte: new Float64Array(layout.groupCount),
  }
  fill({
    groupOfPost: layout.groupOfPost,
    groups: layout.groupCount,
    byAge: layout.keepAge,
    series: PROJECTION_SERIES.map((name) => series[name]),
    startHeadcount: start.headcount,
    startFte: start.fte,
  })
  return {
    periods: compiled.months,
    keep: layout.keep,
    dimensionValues: layout.values,
    groupCount: layout.groupCount,
    start,
    series,
  }
}
