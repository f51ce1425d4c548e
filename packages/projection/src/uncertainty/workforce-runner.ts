import { type Result, resultFrom } from '@oneworkforce/schemas'
import { compileValidated } from '../engine/compile-projection'
import { resolveMovePairs } from '../engine/move-pairs'
import { type RunOptions, runCompiledProjection } from '../engine/run-compiled-projection'
import { tablesDerivedFrom, updateCompiledTables } from '../engine/update-parameters'
import type { ProjectionInput } from '../input/projection-input'
import type { DimensionIndex } from '../internal/dimension-index'
import type { ProjectionResult } from '../result/projection-result'
import { foldScenario } from '../scenarios/fold-scenario'
import { runUniforms } from './random-streams'
import {
  applyParameterValues,
  parameterValuesFromUniforms,
  type ResolvedUncertainty,
  resolveUncertainty,
} from './uncertain-parameters'

/**
 * The measures a simulation summarises, per kept group and month: FTE supply (staff in post),
 * demand FTE, gap FTE (demand − supply) and total pay cost (substantive + bank + agency, £).
 *
 * @example
 * ```ts
 * import { SIMULATION_MEASURES } from '@oneworkforce/projection'
 *
 * SIMULATION_MEASURES.indexOf('gapFte') // 2
 * ```
 */
export const SIMULATION_MEASURES = ['supplyFte', 'demandFte', 'gapFte', 'costGbp'] as const

/** One measure a simulation summarises (see {@link SIMULATION_MEASURES}). */
export type SimulationMeasure = (typeof SIMULATION_MEASURES)[number]

/** What a worker (or the main thread) needs to build a runner: plain, structured-cloneable data. @internal */
export interface WorkforceRunnerSetup {
  readonly input: ProjectionInput
  readonly uncertainParameters: unknown
  readonly run: RunOptions
}

/** Runs the projection for chosen draws, reusing one compiled model. @internal */
export interface WorkforceRunner {
  readonly resolved: ResolvedUncertainty
  readonly drawCount: number
  /** Values per run: measures × months × groups (`m × months × groupCount + t × groupCount + group`). */
  readonly outputCount: number
  /** The layout of the outputs, from a run at the medians. */
  readonly layout: ProjectionResult
  /** Runs the projection with the given uniforms (one per draw). */
  readonly runWithUniforms: (uniforms: Float64Array) => ProjectionResult
  /** Runs run `run` of stream `seed` and writes its outputs at `out[offset…]`. */
  readonly writeRun: (seed: number, run: number, out: Float64Array, offset: number) => void
  /** The model's dimensions (posts are indexed as in the engine). */
  readonly index: DimensionIndex
  /**
   * The posts whose moves out, as drawn in run `run` of stream `seed`, add up to more than their
   * stock in a month, so that the engine scales them down (no projection is run).
   */
  readonly clampedPosts: (seed: number, run: number) => number[]
}

/** Copies one result's measures into a flat output array. @internal */
export function writeMeasures(result: ProjectionResult, out: Float64Array, offset: number): void {
  const size = result.groupCount * result.periods.length
  const { fte, demandFte, gapFte, substantiveCostGbp, bankCostGbp, agencyCostGbp } = result.series
  out.set(fte, offset)
  out.set(demandFte, offset + size)
  out.set(gapFte, offset + 2 * size)
  const costOffset = offset + 3 * size
  for (let k = 0; k < size; k += 1) {
    out[costOffset + k] =
      (substantiveCostGbp[k] ?? 0) + (bankCostGbp[k] ?? 0) + (agencyCostGbp[k] ?? 0)
  }
}

/**
 * Builds a runner on a private copy of a validated input: resolves the uncertain parameters
 * against the copy, compiles once, and per run writes the drawn values into the copy, calls
 * `updateCompiledParameters` and `runCompiledProjection`. @internal
 */
export function createWorkforceRunner(setup: WorkforceRunnerSetup): Result<WorkforceRunner> {
  const working = structuredClone(setup.input)
  const resolution = resolveUncertainty(working, setup.uncertainParameters)
  if (!resolution.success) return resolution as Result<never>
  const resolved = resolution.value
  const compiled = compileValidated(working)
  const drawCount = resolved.drawLabels.length
  const values = new Float64Array(resolved.parameters.length)
  const uniforms = new Float64Array(drawCount)
  // Compile once, patch per draw: only the parameter tables the drawn numbers feed are re-derived.
  const drawnTables = tablesDerivedFrom(resolved.targets.map((target) => target.table))

  function runWithUniforms(draws: Float64Array): ProjectionResult {
    parameterValuesFromUniforms(resolved, draws, values)
    applyParameterValues(resolved, values)
    updateCompiledTables(compiled, working, drawnTables)
    return runCompiledProjection(compiled, setup.run)
  }

  const layout = runWithUniforms(new Float64Array(drawCount).fill(0.5))
  const outputCount = SIMULATION_MEASURES.length * layout.groupCount * layout.periods.length

  function writeRun(seed: number, run: number, out: Float64Array, offset: number): void {
    runUniforms(seed, run, drawCount, uniforms)
    writeMeasures(runWithUniforms(uniforms), out, offset)
  }

  function clampedPosts(seed: number, run: number): number[] {
    runUniforms(seed, run, drawCount, uniforms)
    parameterValuesFromUniforms(resolved, uniforms, values)
    applyParameterValues(resolved, values)
    // As updateCompiledParameters resolves them: the scenario folded in, the input's rate kind.
    const effective = working.scenario ? foldScenario(working, working.scenario) : working
    const perPersonYear = effective.rateKind !== 'cohort-share'
    const { outOfPost } = resolveMovePairs(compiled.index, effective.mobility, perPersonYear)
    const posts: number[] = []
    outOfPost.forEach((total, post) => {
      if (total > 1) posts.push(post)
    })
    return posts
  }

  return resultFrom(
    {
      resolved,
      drawCount,
      outputCount,
      layout,
      runWithUniforms,
      writeRun,
      index: compiled.index,
      clampedPosts,
    },
    resolution.issues,
  )
}
