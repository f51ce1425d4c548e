import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { RunOptions } from '../engine/run-compiled-projection'
import type { ProjectionInputDraft } from '../input/projection-input'
import { safeParseProjectionInput } from '../input/validate-input'
import type { ProjectionResult } from '../result/projection-result'
import { distributionQuantile } from './distributions'
import {
  type SensitivityParameter,
  type SobolResult,
  safeSobolIndices,
  safeTornado,
} from './sensitivity'
import type { UncertainParameterInput } from './uncertain-parameters'
import { createWorkforceRunner, type WorkforceRunner } from './workforce-runner'

/** Options shared by {@link workforceTornado} and {@link workforceSobolIndices}. */
export interface WorkforceSensitivityOptions extends RunOptions {
  /** The uncertain rates and levers (added to any `uncertainParameters` carried by the input). */
  readonly uncertainParameters?: readonly UncertainParameterInput[]
  /** The scalar output studied, e.g. the total gap FTE in March 2037 (with `keep: []`). */
  readonly output: (result: ProjectionResult) => number
}

/** One bar of a workforce tornado: one draw (a group, or an ungrouped parameter) swung P10 → P90. */
export interface WorkforceTornadoBar {
  /** The group name, or the parameter id when it has no group. */
  readonly draw: string
  /** The parameters that move with this draw and their values at the low and high quantile. */
  readonly parameters: readonly {
    readonly id: string
    readonly lowValue: number
    readonly highValue: number
  }[]
  readonly outputAtLow: number
  readonly outputAtHigh: number
  readonly swing: number
}

/** A workforce tornado: the output at all medians and the bars ranked by swing. */
export interface WorkforceTornado {
  readonly baseline: number
  readonly lowQuantile: number
  readonly highQuantile: number
  readonly bars: readonly WorkforceTornadoBar[]
}

function prepare(
  input: unknown,
  options: WorkforceSensitivityOptions,
): Result<{ runner: WorkforceRunner; draws: SensitivityParameter[] }> {
  const { uncertainParameters: carried, ...projectionInput } =
    typeof input === 'object' && input !== null ? (input as { uncertainParameters?: unknown }) : {}
  if (carried !== undefined && !Array.isArray(carried)) {
    return resultFrom(undefined as never, [
      issue('invalid_type', 'uncertainParameters must be an array', ['uncertainParameters']),
    ])
  }
  const parsed = safeParseProjectionInput(projectionInput)
  if (!parsed.success) return parsed as Result<never>
  const { output: _output, uncertainParameters, ...run } = options
  const runner = createWorkforceRunner({
    input: parsed.value,
    uncertainParameters: [...(carried ?? []), ...(uncertainParameters ?? [])],
    run,
  })
  if (!runner.success) return runner as Result<never>
  // Each draw is a uniform on (0, 1) mapped through its parameters' quantile functions, so
  // swinging a draw between P10 and P90 moves every parameter of a group to its own P10 / P90.
  const draws = runner.value.resolved.drawLabels.map((id) => ({
    id,
    distribution: { type: 'uniform' as const, min: 0, max: 1 },
  }))
  return resultFrom({ runner: runner.value, draws }, [...parsed.issues, ...runner.issues])
}

/**
 * One-at-a-time tornado of a projection output: each draw (a group of uncertain parameters, or
 * one ungrouped parameter) swings between its P10 and P90 while the others stay at their
 * medians; bars are ranked by the swing of the output. `2k + 1` projections for `k` draws.
 *
 * @example
 * ```ts
 * import { safeWorkforceTornado } from '@oneworkforce/projection'
 *
 * const result = safeWorkforceTornado(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *     joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerYear: 80 }],
 *   },
 *   {
 *     keep: [],
 *     output: (projection) => projection.series.fte.at(-1) ?? 0,
 *     uncertainParameters: [
 *       { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
 *       { id: 'joining', path: ['joiners', 0, 'headcountPerYear'], distribution: { type: 'uniform', min: 70, max: 90 } },
 *     ],
 *   },
 * )
 * if (result.success) console.log(result.value.bars[0]?.draw) // 'leaving'
 * ```
 */
export function safeWorkforceTornado(
  input: ProjectionInputDraft,
  options: WorkforceSensitivityOptions & {
    readonly lowQuantile?: number
    readonly highQuantile?: number
  },
): Result<WorkforceTornado>
/** Untrusted input (parsed JSON, a user's file): every problem comes back as an issue. */
export function safeWorkforceTornado(
  input: unknown,
  options: WorkforceSensitivityOptions & {
    readonly lowQuantile?: number
    readonly highQuantile?: number
  },
): Result<WorkforceTornado>
/** The implementation of the overloads above (documented on each overload). */
export function safeWorkforceTornado(
  input: unknown,
  options: WorkforceSensitivityOptions & {
    readonly lowQuantile?: number
    readonly highQuantile?: number
  },
): Result<WorkforceTornado> {
  const prepared = prepare(input, options)
  if (!prepared.success) return prepared as Result<never>
  const { runner, draws } = prepared.value
  const result = safeTornado({
    parameters: draws,
    model: (uniforms) => options.output(runner.runWithUniforms(uniforms)),
    ...(options.lowQuantile !== undefined ? { lowQuantile: options.lowQuantile } : {}),
    ...(options.highQuantile !== undefined ? { highQuantile: options.highQuantile } : {}),
  })
  if (!result.success) return result as Result<never>
  const { resolved } = runner
  const bars = result.value.bars.map((bar) => {
    const draw = resolved.drawLabels.indexOf(bar.id)
    return {
      draw: bar.id,
      parameters: resolved.parameters
        .filter((_, p) => resolved.drawOfParameter[p] === draw)
        .map((parameter) => ({
          id: parameter.id,
          lowValue: distributionQuantile(parameter.distribution, result.value.lowQuantile),
          highValue: distributionQuantile(parameter.distribution, result.value.highQuantile),
        })),
      outputAtLow: bar.outputAtLow,
      outputAtHigh: bar.outputAtHigh,
      swing: bar.swing,
    }
  })
  return resultFrom(
    {
      baseline: result.value.baseline,
      lowQuantile: result.value.lowQuantile,
      highQuantile: result.value.highQuantile,
      bars,
    },
    [...prepared.issues, ...result.issues],
  )
}

/**
 * Throwing twin of {@link safeWorkforceTornado}.
 *
 * @example
 * ```ts
 * import { workforceTornado } from '@oneworkforce/projection'
 *
 * const { bars } = workforceTornado(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *   },
 *   {
 *     keep: [],
 *     output: (projection) => projection.series.fte.at(-1) ?? 0,
 *     uncertainParameters: [
 *       { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
 *     ],
 *   },
 * )
 * bars[0]?.swing // ≈ 32 FTE: 1,000 × (0.116 − 0.084)
 * ```
 */
export function workforceTornado(
  input: ProjectionInputDraft,
  options: WorkforceSensitivityOptions & {
    readonly lowQuantile?: number
    readonly highQuantile?: number
  },
): WorkforceTornado {
  return unwrapResult(safeWorkforceTornado(input, options))
}

/**
 * First-order and total Sobol indices of a projection output, one per draw (a group or an
 * ungrouped parameter), by Saltelli sampling (see `sobolIndices` for the estimators). Runs the
 * projection `samples × (draws + 2)` times in this thread: choose `samples` with that in mind
 * (256 is a quick look, 1,024 or more for stable indices).
 *
 * @example
 * ```ts
 * import { safeWorkforceSobolIndices } from '@oneworkforce/projection'
 *
 * const result = safeWorkforceSobolIndices(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *     joiners: [{ staffGroup: 'ahp', reason: 'other', headcountPerYear: 80 }],
 *   },
 *   {
 *     keep: [],
 *     output: (projection) => projection.series.fte.at(-1) ?? 0,
 *     samples: 256,
 *     seed: 3,
 *     uncertainParameters: [
 *       { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
 *       { id: 'joining', path: ['joiners', 0, 'headcountPerYear'], distribution: { type: 'uniform', min: 70, max: 90 } },
 *     ],
 *   },
 * )
 * if (result.success) console.log(result.value.indices.map((index) => index.firstOrder)) // ≈ [0.8, 0.2]
 * ```
 */
export function safeWorkforceSobolIndices(
  input: ProjectionInputDraft,
  options: WorkforceSensitivityOptions & { readonly samples?: number; readonly seed?: number },
): Result<SobolResult>
/** Untrusted input (parsed JSON, a user's file): every problem comes back as an issue. */
export function safeWorkforceSobolIndices(
  input: unknown,
  options: WorkforceSensitivityOptions & { readonly samples?: number; readonly seed?: number },
): Result<SobolResult>
/** The implementation of the overloads above (documented on each overload). */
export function safeWorkforceSobolIndices(
  input: unknown,
  options: WorkforceSensitivityOptions & { readonly samples?: number; readonly seed?: number },
): Result<SobolResult> {
  const prepared = prepare(input, options)
  if (!prepared.success) return prepared as Result<never>
  const { runner, draws } = prepared.value
  const result = safeSobolIndices({
    parameters: draws,
    model: (uniforms) => options.output(runner.runWithUniforms(uniforms)),
    ...(options.samples !== undefined ? { samples: options.samples } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  })
  if (!result.success) return result
  return resultFrom(result.value, [...prepared.issues, ...result.issues])
}

/**
 * Throwing twin of {@link safeWorkforceSobolIndices}.
 *
 * @example
 * ```ts
 * import { workforceSobolIndices } from '@oneworkforce/projection'
 *
 * const { indices } = workforceSobolIndices(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 1000, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *   },
 *   {
 *     keep: [],
 *     output: (projection) => projection.series.fte.at(-1) ?? 0,
 *     samples: 128,
 *     uncertainParameters: [
 *       { id: 'leaving', path: ['leaverRates', 0, 'ratePerYear'], distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
 *     ],
 *   },
 * )
 * indices[0]?.total // ≈ 1: the only uncertain input explains all the variance
 * ```
 */
export function workforceSobolIndices(
  input: ProjectionInputDraft,
  options: WorkforceSensitivityOptions & { readonly samples?: number; readonly seed?: number },
): SobolResult {
  return unwrapResult(safeWorkforceSobolIndices(input, options))
}
