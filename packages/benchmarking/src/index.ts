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
