export type { BackTest, BackTestError, BackTestOptions } from './calibration/back-test'
export { backTest, safeBackTest } from './calibration/back-test'
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
export type { RateInterval } from './calibration/poisson-interval'
export { poissonRateInterval } from './calibration/poisson-interval'
export type {
  FlowDiscrepancy,
  FlowReconciliation,
  ReconcileFlowsOptions,
} from './calibration/reconcile-flows'
export { reconcileFlows, safeReconcileFlows } from './calibration/reconcile-flows'
export type { DatasetProjectionOptions } from './dataset/projection-input-from-dataset'
export {
  projectionInputFromDataset,
  safeProjectionInputFromDataset,
} from './dataset/projection-input-from-dataset'
export type { CompiledProjectionWithInput } from './engine/compile-projection'
export { compileProjection, safeCompileProjection } from './engine/compile-projection'
export type {
  CompiledInflow,
  CompiledLeaverChange,
  CompiledParameters,
  CompiledProjection,
} from './engine/compiled-projection'
export { monthlyHazard } from './engine/monthly-hazard'
export type { RunOptions } from './engine/run-compiled-projection'
export { runCompiledProjection } from './engine/run-compiled-projection'
export { updateCompiledParameters } from './engine/update-parameters'
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
  participationChangeSchema,
  payRowSchema,
  pipelineRowSchema,
  projectionDimensionsSchema,
  projectionInputSchema,
  stockRowSchema,
} from './input/projection-input'
export { parseProjectionInput, safeParseProjectionInput } from './input/validate-input'
export type { DimensionIndex } from './internal/dimension-index'
export { projectWorkforce, safeProjectWorkforce } from './project-workforce'
export type { AggregateOptions, ProjectionFilter } from './result/aggregate-projection'
export { aggregateProjection, safeAggregateProjection } from './result/aggregate-projection'
export type { FinancialYearRow } from './result/financial-year-summary'
export { financialYearSummary } from './result/financial-year-summary'
export type { FlowWaterfall, WaterfallOptions, WaterfallStep } from './result/flow-waterfall'
export { flowWaterfall, safeFlowWaterfall } from './result/flow-waterfall'
export type { GroupKey } from './result/group-keys'
export { groupKeys } from './result/group-keys'
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
export type { ProjectionRow } from './result/to-rows'
export { toRows } from './result/to-rows'
export { applyScenario, safeApplyScenario } from './scenarios/apply-scenario'
export type {
  CompareOptions,
  ScenarioComparison,
  ScenarioComparisonRow,
} from './scenarios/compare-scenarios'
export { compareScenarios, safeCompareScenarios } from './scenarios/compare-scenarios'
export type {
  ReformScenarioOptions,
  RetainScenarioOptions,
  TrainScenarioOptions,
} from './scenarios/presets'
export { reformScenario, retainScenario, trainScenario } from './scenarios/presets'
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
export type {
  SimulateWorkforceOptions,
  SimulationBand,
  SimulationProgress,
  WorkforceSimulation,
} from './uncertainty/simulate-workforce'
export { safeSimulateWorkforce, simulateWorkforce } from './uncertainty/simulate-workforce'
export type {
  UncertainParameter,
  UncertainParameterInput,
} from './uncertainty/uncertain-parameters'
export { uncertainParameterSchema } from './uncertainty/uncertain-parameters'
export type { SimulationMeasure } from './uncertainty/workforce-runner'
export { SIMULATION_MEASURES } from './uncertainty/workforce-runner'
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
export type { WisnInput, WisnResult } from './wisn/wisn'
export { safeWisn, wisn, wisnInputSchema } from './wisn/wisn'
