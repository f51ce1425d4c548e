/** Types of `calibration/back-test`, each documented where it is defined. */
export type { BackTest, BackTestError, BackTestOptions } from './calibration/back-test'
export { backTest, safeBackTest } from './calibration/back-test'
/** Types of `calibration/estimate-rates`, each documented where it is defined. */
export type {
  CalibrationOptions,
  JoinerVolumeEstimate,
  LeaverRateEstimate,
} from './calibration/estimate-rates'
export {
  estimateJoinerVolumes,
  estimateLeaverRates,
  safeEstimateJoinerVolumes,
  safeEstimateLeaverRates,
} from './calibration/estimate-rates'
/** Types of `calibration/poisson-interval`, each documented where it is defined. */
export type { RateInterval } from './calibration/poisson-interval'
export { poissonRateInterval } from './calibration/poisson-interval'
/** Types of `calibration/reconcile-flows`, each documented where it is defined. */
export type {
  FlowDiscrepancy,
  FlowReconciliation,
  ReconcileFlowsOptions,
} from './calibration/reconcile-flows'
export { reconcileFlows, safeReconcileFlows } from './calibration/reconcile-flows'
/** Types of `dataset/projection-input-from-dataset`, each documented where it is defined. */
export type { DatasetProjectionOptions } from './dataset/projection-input-from-dataset'
export {
  DEFAULT_NON_DEMOGRAPHIC_GROWTH,
  EMPLOYMENT_BASED_PROGRAMMES,
  projectionInputFromDataset,
  safeProjectionInputFromDataset,
} from './dataset/projection-input-from-dataset'
/** Types of `engine/rate-kind`, each documented where it is defined. */
export type { RateKind } from './engine/rate-kind'
export { cohortShareToRate, joinerStayShare, monthlyLeavingProbability } from './engine/rate-kind'
/** Types of `engine/run-compiled-projection`, each documented where it is defined. */
export type { RunOptions } from './engine/run-compiled-projection'
/** Types of `input/projection-input`, each documented where it is defined. */
export type {
  DemandAssumptions,
  DemandRateRow,
  FinanceAssumptions,
  GapCoverRow,
  IntakeChange,
  JoinerRow,
  LeaverRateChange,
  LeaverRateRow,
  MobilityRow,
  ParticipationChange,
  PayRow,
  PipelineRow,
  ProjectionDimensions,
  ProjectionInput,
  ProjectionInputDraft,
  RecruitmentRow,
  StockRow,
} from './input/projection-input'
export {
  demandRateRowSchema,
  demandSchema,
  financeSchema,
  gapCoverRowSchema,
  intakeChangeSchema,
  joinerRowSchema,
  leaverRateChangeSchema,
  leaverRateRowSchema,
  mobilityRowSchema,
  PROJECTION_LIMITS,
  participationChangeSchema,
  payRowSchema,
  pipelineRowSchema,
  projectionDimensionsSchema,
  projectionInputSchema,
  recruitmentRowSchema,
  stockRowSchema,
} from './input/projection-input'
export { PROJECTION_SIZE_LIMITS } from './input/size-guards'
export { parseProjectionInput, safeParseProjectionInput } from './input/validate-input'
export {
  isValidatedProjectionInput,
  type ValidatedProjectionInput,
} from './input/validated-input'
export { projectWorkforce, safeProjectWorkforce } from './project-workforce'
/** Types of `result/aggregate-projection`, each documented where it is defined. */
export type { AggregateOptions, ProjectionFilter } from './result/aggregate-projection'
export { aggregateProjection, safeAggregateProjection } from './result/aggregate-projection'
/** Types of `result/financial-year-summary`, each documented where it is defined. */
export type { FinancialYearRow } from './result/financial-year-summary'
export { financialYearSummary } from './result/financial-year-summary'
/** Types of `result/flow-waterfall`, each documented where it is defined. */
export type { FlowWaterfall, WaterfallOptions, WaterfallStep } from './result/flow-waterfall'
export { flowWaterfall, safeFlowWaterfall } from './result/flow-waterfall'
/** Types of `result/group-keys`, each documented where it is defined. */
export type { GroupKey } from './result/group-keys'
export { groupKeys } from './result/group-keys'
/** Types of `result/projection-result`, each documented where it is defined. */
export type {
  ProjectionDimension,
  ProjectionResult,
  ProjectionSeriesName,
} from './result/projection-result'
export {
  INFLOW_SERIES,
  OUTFLOW_SERIES,
  PROJECTION_DIMENSIONS,
  PROJECTION_SERIES,
} from './result/projection-result'
/** Types of `result/to-rows`, each documented where it is defined. */
export type { ProjectionRow } from './result/to-rows'
export { toRows } from './result/to-rows'
export { applyScenario, safeApplyScenario } from './scenarios/apply-scenario'
/** Types of `scenarios/compare-scenarios`, each documented where it is defined. */
export type {
  CompareOptions,
  ScenarioComparison,
  ScenarioComparisonRow,
} from './scenarios/compare-scenarios'
export { compareScenarios, safeCompareScenarios } from './scenarios/compare-scenarios'
/** Types of `scenarios/presets`, each documented where it is defined. */
export type {
  ReformScenarioOptions,
  RetainScenarioOptions,
  TrainScenarioOptions,
} from './scenarios/presets'
export {
  NHS_SECTORS,
  reformScenario,
  retainScenario,
  trainRetainReformScenario,
  trainScenario,
} from './scenarios/presets'
/** Types of `uncertainty/distributions`, each documented where it is defined. */
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
export {
  mergeSimulationSummaries,
  safeMergeSimulationSummaries,
} from './uncertainty/merge-simulation-summaries'
/** Types of `uncertainty/run-summary`, each documented where it is defined. */
export type { PartialRunSummary } from './uncertainty/run-summary'
export { SUMMARY_PERCENTILES } from './uncertainty/run-summary'
/** Types of `uncertainty/sensitivity`, each documented where it is defined. */
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
/** Types of `uncertainty/simulate-workforce`, each documented where it is defined. */
export type {
  SimulateWorkforceOptions,
  SimulationBand,
  SimulationInputDraft,
  SimulationProgress,
  WorkforceSimulation,
} from './uncertainty/simulate-workforce'
export { safeSimulateWorkforce, simulateWorkforce } from './uncertainty/simulate-workforce'
/** Types of `uncertainty/simulate-workforce-shard`, each documented where it is defined. */
export type { SimulateWorkforceShardOptions } from './uncertainty/simulate-workforce-shard'
export {
  safeSimulateWorkforceShard,
  simulateWorkforceShard,
} from './uncertainty/simulate-workforce-shard'
/** Types of `uncertainty/simulation-web-messages`, each documented where it is defined. */
export type { SimulationWebWorker } from './uncertainty/simulation-web-messages'
/** Types of `uncertainty/uncertain-parameters`, each documented where it is defined. */
export type {
  UncertainParameter,
  UncertainParameterInput,
} from './uncertainty/uncertain-parameters'
export { uncertainParameterSchema } from './uncertainty/uncertain-parameters'
/** Types of `uncertainty/workforce-runner`, each documented where it is defined. */
export type { SimulationMeasure } from './uncertainty/workforce-runner'
export { SIMULATION_MEASURES } from './uncertainty/workforce-runner'
/** Types of `uncertainty/workforce-sensitivity`, each documented where it is defined. */
export type {
  WorkforceSensitivityOptions,
  WorkforceTornado,
  WorkforceTornadoBar,
} from './uncertainty/workforce-sensitivity'
export {
  safeWorkforceSobolIndices,
  safeWorkforceTornado,
  workforceSobolIndices,
  workforceTornado,
} from './uncertainty/workforce-sensitivity'
/** Types of `uncertainty/workforce-simulation`, each documented where it is defined. */
export type { WorkforceSimulationShard } from './uncertainty/workforce-simulation'
/** Types of `wisn/wisn`, each documented where it is defined. */
export type { WisnInput, WisnResult } from './wisn/wisn'
export { safeWisn, wisn, wisnInputSchema } from './wisn/wisn'
