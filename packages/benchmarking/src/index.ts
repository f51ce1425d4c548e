/** Types of `direction`, each documented where it is defined. */
export type { GoodDirection } from './direction'
export { judgeSide } from './direction'
export { binomialFunnelLimit } from './funnel/binomial-limits'
/** Types of `funnel/funnel-limits`, each documented where it is defined. */
export type { FunnelLimitsAt, FunnelLimitsOptions } from './funnel/funnel-limits'
export { funnelLimits, safeFunnelLimits } from './funnel/funnel-limits'
/** Types of `funnel/funnel-plot`, each documented where it is defined. */
export type {
  FunnelAxes,
  FunnelCurvePoint,
  FunnelLimit,
  FunnelPlot,
  FunnelPlotOptions,
  FunnelPlotUnit,
  FunnelUnitInput,
  OverdispersionAdjustment,
} from './funnel/funnel-plot'
export { funnelPlot, MAX_FUNNEL_UNITS, safeFunnelPlot } from './funnel/funnel-plot'
/** Types of `funnel/funnel-scale`, each documented where it is defined. */
export type { FunnelMethod, FunnelType } from './funnel/funnel-scale'
export { BINOMIAL_EXACT_LIMIT } from './funnel/funnel-scale'
/** Types of `funnel/indirect-standardisation`, each documented where it is defined. */
export type {
  IndirectStandardisation,
  IndirectStandardisationOptions,
  StandardisedUnit,
  StratumCount,
} from './funnel/indirect-standardisation'
export {
  indirectStandardisation,
  safeIndirectStandardisation,
} from './funnel/indirect-standardisation'
/** Types of `funnel/overdispersion`, each documented where it is defined. */
export type {
  Overdispersion,
  OverdispersionInput,
  OverdispersionTrim,
} from './funnel/overdispersion'
export { estimateOverdispersion } from './funnel/overdispersion'
/** Types of `funnel/peer-group-funnels`, each documented where it is defined. */
export type {
  PeerGroupedUnit,
  PeerGroupFunnel,
  PeerGroupFunnelOptions,
  PeerGroupFunnels,
} from './funnel/peer-group-funnels'
export {
  peerGroupFunnels,
  peerGroupOf,
  safePeerGroupFunnels,
} from './funnel/peer-group-funnels'
export {
  POISSON_EXACT_LIMIT,
  poissonInterpolatedLimit,
} from './funnel/poisson-interpolated-limits'
export { poissonRatioLimits } from './funnel/poisson-limits'
export { wilsonFunnelLimits } from './funnel/wilson-limits'
export { zForLevel } from './funnel/z-for-level'
/** Types of `indicators/compute-indicators`, each documented where it is defined. */
export type {
  GroupDimension,
  IndicatorOptions,
  IndicatorRow,
  IndicatorTable,
  IndicatorWindow,
} from './indicators/compute-indicators'
export { computeIndicators, safeComputeIndicators } from './indicators/compute-indicators'
/** Types of `indicators/indicator-definitions`, each documented where it is defined. */
export type {
  AxisLabel,
  IndicatorDefinition,
  IndicatorName,
} from './indicators/indicator-definitions'
export { INDICATOR_DEFINITIONS, INDICATOR_NAMES } from './indicators/indicator-definitions'
/** Types of `peers/benchmark-units`, each documented where it is defined. */
export type {
  Benchmark,
  BenchmarkedUnit,
  BenchmarkOptions,
  BenchmarkValue,
  RagOptions,
  RagRating,
} from './peers/benchmark-units'
export { benchmarkUnits, ragRating, safeBenchmarkUnits } from './peers/benchmark-units'
/** Types of `peers/nearest-peers`, each documented where it is defined. */
export type { CharacteristicsUnit, NearestPeer, NearestPeersOptions } from './peers/nearest-peers'
export { nearestPeers, safeNearestPeers } from './peers/nearest-peers'
/** Types of `peers/peer-groups`, each documented where it is defined. */
export type { PeerGroup, PeerUnit } from './peers/peer-groups'
export { peerGroups, safePeerGroups, safeSizeBand, sizeBand } from './peers/peer-groups'
/** Types of `peers/quantile`, each documented where it is defined. */
export type { QuantileOptions, QuantileType } from './peers/quantile'
export { quantileOfSorted, quantiles, safeQuantiles } from './peers/quantile'
/** Types of `spc/xmr-chart`, each documented where it is defined. */
export type {
  AssuranceIcon,
  ChangePoint,
  SignalKind,
  SpcPoint,
  SpcRule,
  TargetStep,
  TwoOfThreeVersion,
  VariationIcon,
  XmrAssurance,
  XmrChart,
  XmrChartPoint,
  XmrOptions,
  XmrPhase,
  XmrSignal,
  XmrVariation,
} from './spc/xmr-chart'
export { safeXmrChart, xmrChart } from './spc/xmr-chart'
export { safeSuppressCount, suppressCount } from './suppression/suppress-count'
/** Types of `suppression/suppress-cross-table`, each documented where it is defined. */
export type {
  ProtectedEntry,
  SuppressCrossTableOptions,
  SuppressedCrossTable,
} from './suppression/suppress-cross-table'
export {
  MAX_CROSS_TABLE_CELLS,
  safeSuppressCrossTable,
  suppressCrossTable,
} from './suppression/suppress-cross-table'
/** Types of `suppression/suppress-rows`, each documented where it is defined. */
export type {
  SuppressedRate,
  SuppressedRow,
  SuppressRowsOptions,
  SuppressRowsResult,
} from './suppression/suppress-rows'
export { safeSuppressRows, suppressRows } from './suppression/suppress-rows'
/** Types of `suppression/suppression-rules`, each documented where it is defined. */
export type {
  SuppressedCount,
  SuppressionRules,
  SuppressionStatus,
} from './suppression/suppression-rules'
/** Types of `targets/track-targets`, each documented where it is defined. */
export type {
  TargetObservation,
  TargetProgress,
  TrackStatus,
  TrackTargetsOptions,
} from './targets/track-targets'
export { safeTrackTargets, trackTargets } from './targets/track-targets'
/** Types of `targets/trajectory`, each documented where it is defined. */
export type { TargetChange, TrajectoryOptions, TrajectoryPoint } from './targets/trajectory'
export { safeTrajectory, targetValue, trajectory } from './targets/trajectory'
