/**
 * `@oneworkforce/projection/engine`: the projection engine's internals, for tools that drive it
 * directly (compile once and run many times, summarise runs their own way, reproduce a run's
 * random draws). Documented, but not the stable surface: layouts here (strides of
 * `CompiledParameters`, `DimensionIndex`, accumulator state) may change in any minor release as
 * the kernel is redesigned; each change is listed in the changelog. For projecting, comparing and
 * simulating, import the package root, `@oneworkforce/projection`, whose surface stays put.
 *
 * @packageDocumentation
 */

/** Types of `engine/compile-projection`, each documented where it is defined. */
export type { CompiledProjectionWithInput } from './engine/compile-projection'
export { compileProjection, safeCompileProjection } from './engine/compile-projection'
/** Types of `engine/compiled-projection`, each documented where it is defined. */
export type {
  CompiledInflow,
  CompiledLeaverChange,
  CompiledParameters,
  CompiledProjection,
} from './engine/compiled-projection'
export { monthlyHazard } from './engine/monthly-hazard'
/** Types of `engine/run-compiled-projection`, each documented where it is defined. */
export type { RunOptions } from './engine/run-compiled-projection'
export { runCompiledProjection } from './engine/run-compiled-projection'
export {
  createProjectionThreads,
  type ProjectionThreads,
  runCompiledProjectionInThreads,
} from './engine/run-in-threads'
export {
  PARAMETER_TABLES,
  type ParameterTable,
  tablesDerivedFrom,
  updateCompiledParameters,
  updateCompiledTables,
} from './engine/update-parameters'
/** Types of `internal/dimension-index`, each documented where it is defined. */
export type { DimensionIndex } from './internal/dimension-index'
export { runRandomGenerator, runUniforms } from './uncertainty/random-streams'
/** Types of `uncertainty/run-summary`, each documented where it is defined. */
export type {
  PartialRunSummary,
  RunSummary,
  RunSummaryAccumulator,
  RunSummaryOptions,
  RunSummaryPlan,
} from './uncertainty/run-summary'
export {
  createRunSummaryAccumulator,
  DEFAULT_EXACT_MEMORY_CAP_BYTES,
  runSummaryPlan,
  SUMMARY_PERCENTILES,
} from './uncertainty/run-summary'
export { finishRunSummary } from './uncertainty/run-summary-finish'
/** Types of `uncertainty/run-summary-merge`, each documented where it is defined. */
export type { RunSummaryMergeProblem } from './uncertainty/run-summary-merge'
export { mergeRunSummaries, runSummaryMergeProblems } from './uncertainty/run-summary-merge'
/** Types of `uncertainty/simulation-web-messages`, each documented where it is defined. */
export type { SimulationWebWorker } from './uncertainty/simulation-web-messages'
