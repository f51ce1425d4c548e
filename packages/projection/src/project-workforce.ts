import { type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { safeCompileProjection } from './engine/compile-projection'
import { type RunOptions, runCompiledProjection } from './engine/run-compiled-projection'
import { runOptionIssues } from './engine/run-options'
import type { ProjectionInputDraft } from './input/projection-input'
import type { ProjectionResult } from './result/projection-result'

/**
 * Projects a workforce month by month (validate, compile, run), returning the issues instead of
 * throwing when the input is bad.
 *
 * @example
 * ```ts
 * import { safeProjectWorkforce } from '@oneworkforce/projection'
 *
 * const result = safeProjectWorkforce({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: -5, ftePerHead: 1 }],
 * })
 * result.success // false: stock.0.headcount must be at least 0
 * ```
 */
export function safeProjectWorkforce(
  input: ProjectionInputDraft,
  options?: RunOptions,
): Result<ProjectionResult>
/** Untrusted input (parsed JSON, a user's file): every problem comes back as an issue. */
export function safeProjectWorkforce(input: unknown, options?: RunOptions): Result<ProjectionResult>
/** The implementation of the overloads above (documented on each overload). */
export function safeProjectWorkforce(
  input: unknown,
  options: RunOptions = {},
): Result<ProjectionResult> {
  const optionIssues = runOptionIssues(options)
  if (optionIssues.length > 0) return resultFrom(undefined as never, optionIssues)
  const compiled = safeCompileProjection(input)
  if (!compiled.success) return compiled as Result<never>
  return resultFrom(runCompiledProjection(compiled.value, options), compiled.issues)
}

/**
 * Projects supply (headcount, FTE), demand, gap and cost month by month for up to 20 years by
 * stock and flow: leavers from annual rates converted to monthly hazards `1 − (1 − r)^(1/12)`,
 * joiners, training pipelines, ageing, moves between sectors, participation (FTE per head), and
 * demand from a baseline grown by demography, non-demographic growth, productivity and skill
 * mix. The result keeps only the dimensions asked for (`keep`), aggregated during the run.
 *
 * Method: the stock-and-flow shape of the NHS Long Term Workforce Plan (NHS England, 2023),
 * set out in the Methodology guide; within-month order in `runCompiledProjection`.
 *
 * @example
 * ```ts
 * import { projectWorkforce } from '@oneworkforce/projection'
 *
 * const result = projectWorkforce(
 *   {
 *     startMonth: '2025-04', horizonMonths: 12,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['registered-nurse'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'registered-nurse', headcount: 1000, ftePerHead: 0.9 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 *     joiners: [{ staffGroup: 'registered-nurse', reason: 'international', headcountPerYear: 120 }],
 *     demand: { baseline: [{ place: 'p', sector: 'acute', staffGroup: 'registered-nurse', fte: 950 }] },
 *   },
 *   { keep: ['staffGroup'] },
 * )
 * result.series.gapFte[0] // 950 − FTE at the end of April 2025
 * ```
 */
export function projectWorkforce(
  input: ProjectionInputDraft,
  options: RunOptions = {},
): ProjectionResult {
  return unwrapResult(safeProjectWorkforce(input, options))
}
