export type { Distribution } from './uncertainty/distributions'
export {
  betaDistributionSchema,
  distributionMedian,
  distributionQuantile,
  distributionSchema,
  lognormalDistributionSchema,
  normalDistributionSchema,
  parseDistribution,
  pertDistributionSchema,
  pointDistributionSchema,
  safeDistributionQuantile,
  safeParseDistribution,
  triangularDistributionSchema,
  uniformDistributionSchema,
} from './uncertainty/distributions'
export { runRandomGenerator, runUniforms } from './uncertainty/random-streams'
export type {
  RunSummary,
  RunSummaryAccumulator,
  RunSummaryOptions,
} from './uncertainty/run-summary'
export {
  createRunSummaryAccumulator,
  DEFAULT_EXACT_MEMORY_CAP_BYTES,
  SUMMARY_PERCENTILES,
} from './uncertainty/run-summary'
export type {
  ScalarModel,
  SensitivityParameter,
  SobolIndex,
  SobolOptions,
  SobolResult,
  Tornado,
  TornadoBar,
  TornadoOptions,
} from './uncertainty/sensitivity'
export { safeSobolIndices, safeTornado, sobolIndices, tornado } from './uncertainty/sensitivity'
