export type { GoodDirection } from './direction'
export { judgeSide } from './direction'
export { binomialFunnelLimit } from './funnel/binomial-limits'
export type {
  FunnelCurvePoint,
  FunnelLimit,
  FunnelPlot,
  FunnelPlotOptions,
  FunnelPlotUnit,
  FunnelUnitInput,
  OverdispersionAdjustment,
} from './funnel/funnel-plot'
export { funnelPlot, safeFunnelPlot } from './funnel/funnel-plot'
export type { FunnelMethod, FunnelType } from './funnel/funnel-scale'
export type {
  Overdispersion,
  OverdispersionInput,
  OverdispersionTrim,
} from './funnel/overdispersion'
export { estimateOverdispersion } from './funnel/overdispersion'
export { poissonRatioLimits } from './funnel/poisson-limits'
export { wilsonFunnelLimits } from './funnel/wilson-limits'
export { zForLevel } from './funnel/z-for-level'
export type {
  GroupDimension,
  IndicatorOptions,
  IndicatorRow,
  IndicatorTable,
  IndicatorWindow,
} from './indicators/compute-indicators'
export { computeIndicators, safeComputeIndicators } from './indicators/compute-indicators'
export type { IndicatorDefinition, IndicatorName } from './indicators/indicator-definitions'
export { INDICATOR_DEFINITIONS, INDICATOR_NAMES } from './indicators/indicator-definitions'
export type {
  Benchmark,
  BenchmarkedUnit,
  BenchmarkOptions,
  BenchmarkValue,
  RagOptions,
  RagRating,
} from './peers/benchmark-units'
export { benchmarkUnits, ragRating, safeBenchmarkUnits } from './peers/benchmark-units'
export type { CharacteristicsUnit, NearestPeer, NearestPeersOptions } from './peers/nearest-peers'
export { nearestPeers, safeNearestPeers } from './peers/nearest-peers'
export type { PeerGroup, PeerUnit } from './peers/peer-groups'
export { peerGroups, safePeerGroups, sizeBand } from './peers/peer-groups'
export type { QuantileOptions, QuantileType } from './peers/quantile'
export { quantileOfSorted, quantiles, safeQuantiles } from './peers/quantile'
export type {
  SpcPoint,
  TwoOfThreeVersion,
  XmrAssurance,
  XmrChart,
  XmrChartPoint,
  XmrOptions,
  XmrPhase,
  XmrVariation,
} from './spc/xmr-chart'
export { safeXmrChart, xmrChart } from './spc/xmr-chart'
export { safeSuppressCount, suppressCount } from './suppression/suppress-count'
export type {
  SuppressCrossTableOptions,
  SuppressedCrossTable,
} from './suppression/suppress-cross-table'
export { safeSuppressCrossTable, suppressCrossTable } from './suppression/suppress-cross-table'
export type {
  SuppressedRate,
  SuppressedRow,
  SuppressRowsOptions,
  SuppressRowsResult,
} from './suppression/suppress-rows'
export { safeSuppressRows, suppressRows } from './suppression/suppress-rows'
export type {
  SuppressedCount,
  SuppressionRules,
  SuppressionStatus,
} from './suppression/suppression-rules'
export type {
  TargetObservation,
  TargetProgress,
  TrackStatus,
  TrackTargetsOptions,
} from './targets/track-targets'
export { safeTrackTargets, trackTargets } from './targets/track-targets'
export type { TargetChange, TrajectoryOptions, TrajectoryPoint } from './targets/trajectory'
export { safeTrajectory, targetValue, trajectory } from './targets/trajectory'
