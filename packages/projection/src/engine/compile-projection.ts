import { monthSequence, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import type { ProjectionInput, ProjectionInputDraft } from '../input/projection-input'
import { safeParseProjectionInput } from '../input/validate-input'
import { dimensionIndex } from '../internal/dimension-index'
import type { CompiledProjection } from './compiled-projection'
import { updateCompiledParameters } from './update-parameters'

/** A compiled projection together with the validated input it was compiled from. */
export interface CompiledProjectionWithInput extends CompiledProjection {
  /** The validated input (defaults filled in): copy it and change numbers for Monte Carlo draws. */
  readonly input: ProjectionInput
}

/** Compiles an input already validated by `safeParseProjectionInput` (no checks). */
export function compileValidated(input: ProjectionInput): CompiledProjectionWithInput {
  const index = dimensionIndex(input)
  const cells = index.cellCount
  const posts = index.postCount
  const months = monthSequence(input.startMonth, input.horizonMonths)
  const compiled: CompiledProjectionWithInput = {
    input,
    index,
    startMonth: input.startMonth,
    months,
    parameters: {
      startHeadcount: new Float64Array(cells),
      ftePerHead: new Float64Array(cells),
      leaverRatePerYear: new Float64Array(cells * 3),
      leaverHazard: new Float64Array(cells * 3),
      perPersonYear: true,
      joinerStay: new Float64Array(cells).fill(1),
      ageingHazard: new Float64Array(index.ageBandCount),
      joinersPerMonth: new Float64Array(cells * 3),
      moveOutHazard: new Float64Array(posts),
      demandFte: new Float64Array(0),
      demandMonthFactor: null,
      demandBaseFte: new Float64Array(posts * months.length),
      payPerFteMonth: new Float64Array(posts),
      bankPerShortfallFteMonth: new Float64Array(posts),
      agencyPerShortfallFteMonth: new Float64Array(posts),
      participationChange: null,
      inflows: [],
      pairStart: new Int32Array(posts + 1),
      pairTargetPost: new Int32Array(0),
      pairMonthlyHazard: new Float64Array(0),
      leaverChanges: [],
      clampIssues: [],
      transfers: [],
      recruitment: {
        fill: new Float64Array(0),
        capPerMonth: new Float64Array(0),
        weight: new Float64Array(0),
        ftePerHead: new Float64Array(0),
      },
    },
    buffers: {
      stock: new Float64Array(cells),
      next: new Float64Array(cells),
      hazard: new Float64Array(cells * 3),
      joinerStay: new Float64Array(cells).fill(1),
      multiplier: new Float64Array(cells * 3),
      survivors: new Float64Array(index.ageBandCount),
    },
  }
  updateCompiledParameters(compiled, input)
  return compiled
}

/**
 * Validates an input and compiles it into dense typed arrays, returning the issues instead of
 * throwing.
 *
 * @example
 * ```ts
 * import { safeCompileProjection } from '@oneworkforce/projection/engine'
 *
 * const result = safeCompileProjection({ startMonth: '2025-04', horizonMonths: 300 })
 * result.success // false
 * ```
 */
export function safeCompileProjection(input: unknown): Result<CompiledProjectionWithInput> {
  const parsed = safeParseProjectionInput(input)
  if (!parsed.success) return parsed as Result<never>
  const compiled = compileValidated(parsed.value)
  return resultFrom(compiled, [...parsed.issues, ...compiled.parameters.clampIssues])
}

/**
 * Validates an input once and compiles it into dense typed arrays (cells = place × sector ×
 * staff group × age band), ready for `runCompiledProjection`. The scenario in `input.scenario`,
 * if any, is folded into the parameters.
 *
 * When to use: to run one model many times (Monte Carlo, sensitivity). Compile once, then call
 * `updateCompiledParameters` with a changed copy of `compiled.input` and
 * `runCompiledProjection` per draw. For a single run use `projectWorkforce`.
 *
 * @example
 * ```ts
 * import { compileProjection, runCompiledProjection } from '@oneworkforce/projection/engine'
 *
 * const compiled = compileProjection({
 *   startMonth: '2025-04', horizonMonths: 24,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 500, ftePerHead: 0.9 }],
 * })
 * compiled.index.cellCount // 1
 * runCompiledProjection(compiled).series.headcount[23] // 500: no flows, constant stock
 * ```
 */
export function compileProjection(input: ProjectionInputDraft): CompiledProjectionWithInput {
  return unwrapResult(safeCompileProjection(input))
}
