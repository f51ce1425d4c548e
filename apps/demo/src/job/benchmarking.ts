import * as benchmarking from '@oneworkforce/benchmarking'
import type { Dataset } from '@oneworkforce/schemas'
import { landed, notLanded } from './landed'
import { peerGroupsOf } from './peer-groups'
import type {
  BenchmarkingSummary,
  ChangePoint,
  FunnelSummary,
  Section,
  SpcSummary,
} from './report-model'
import { spcFor } from './spc'

type Api = Pick<
  typeof benchmarking,
  | 'computeIndicators'
  | 'safePeerGroupFunnels'
  | 'xmrChart'
  | 'safeIndirectStandardisation'
  | 'safeFunnelPlot'
>
type IndicatorName = 'vacancy-rate' | 'leaver-rate'
type Plot = benchmarking.FunnelPlot

/** The indicators the demo benchmarks. */
const shown: readonly { readonly name: IndicatorName; readonly label: string }[] = [
  { name: 'leaver-rate', label: 'leaver rate' },
  { name: 'vacancy-rate', label: 'vacancy rate' },
]

/** Options of the benchmarking section. */
export interface BenchmarkingOptions {
  /** Documented process changes: the SPC charts are rebased at these months. */
  readonly changePoints?: readonly ChangePoint[]
  /** Keep only these organisations (codes); all when absent. */
  readonly organisations?: readonly string[]
}

const axisText = (axis: { label: string; unit: string }) => `${axis.label} (${axis.unit})`
const slug = (text: string) => text.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')

function limitAt(
  limits: readonly { level: number; lower: number; upper: number }[],
  level: number,
) {
  return limits.find((each) => Math.abs(each.level - level) < 1e-9)
}

/** The report's summary of one funnel plot from the package's plot. */
function summarise(
  plot: Plot,
  meta: { id: string; indicator: string; peerGroup: string; period: string },
  names: ReadonlyMap<string, string>,
): FunnelSummary {
  return {
    ...meta,
    sizeLabel: axisText(plot.axes.size),
    valueKind: plot.type === 'proportion' ? 'proportion' : 'ratio',
    target: plot.target,
    phi: plot.overdispersion.phi,
    method: `${plot.method} limits, ${plot.adjustment} overdispersion adjustment`,
    points: plot.units.map((unit) => ({
      unit: unit.unit,
      label: names.get(unit.unit) ?? unit.unit,
      size: unit.size,
      value: unit.value,
      numerator: unit.numerator,
      adjustedZ: unit.adjustedZ,
      lower998: limitAt(unit.limits, 0.998)?.lower ?? 0,
      upper998: limitAt(unit.limits, 0.998)?.upper ?? 0,
      outlier: unit.outlier ? (unit.direction === 'better' ? 'better' : 'worse') : 'none',
      outside95: !unit.outlier && unit.outsideLevel !== null,
    })),
    limits: plot.curve.map((point) => ({
      size: point.size,
      lower95: limitAt(point.adjustedLimits, 0.95)?.lower ?? 0,
      upper95: limitAt(point.adjustedLimits, 0.95)?.upper ?? 0,
      lower998: limitAt(point.adjustedLimits, 0.998)?.lower ?? 0,
      upper998: limitAt(point.adjustedLimits, 0.998)?.upper ?? 0,
    })),
    overdispersion: plot.overdispersion.applied
      ? `limits widened for overdispersion (${plot.adjustment}): φ = ${plot.overdispersion.phi.toFixed(2)}`
      : `no overdispersion adjustment needed: φ = ${plot.overdispersion.phi.toFixed(2)}`,
  }
}

/** The last month of a rolling-window table: the 12 months the funnels compare. */
function lastMonthOf(rows: readonly { month: string }[]): string {
  return (
    rows
      .map((row) => row.month)
      .sort()
      .at(-1) ?? ''
  )
}

/** One funnel per peer group (the package's `peerGroupFunnels`) of one indicator over 12 months. */
function peerFunnels(
  api: Api,
  dataset: Dataset,
  indicator: (typeof shown)[number],
  groupOf: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): FunnelSummary[] {
  const table = api.computeIndicators(dataset, {
    indicators: [indicator.name],
    groupBy: ['organisation'],
    window: 'rolling-12-months',
  })
  const lastMonth = lastMonthOf(table.rows)
  const units = table.rows
    .filter((row) => row.month === lastMonth && row.value !== null && row.denominator > 0)
    .flatMap((row) => {
      const unit = row.group.organisation ?? ''
      const peerGroup = groupOf.get(unit)
      return peerGroup
        ? [{ unit, peerGroup, numerator: row.numerator, denominator: row.denominator }]
        : []
    })
  const definition = benchmarking.INDICATOR_DEFINITIONS[indicator.name]
  const result = api.safePeerGroupFunnels(units, {
    type: 'proportion',
    method: 'wilson',
    goodDirection: definition.goodDirection,
    axes: { size: definition.sizeAxis, value: definition.valueAxis },
  })
  if (!result.success) return []
  return result.value.funnels.map(({ peerGroup, plot }) =>
    summarise(
      plot,
      {
        id: `${indicator.name}-${slug(peerGroup)}`,
        indicator: indicator.label,
        peerGroup,
        period: `12 months to ${lastMonth}`,
      },
      names,
    ),
  )
}

/**
 * NHS trusts' leavers against those expected for their staff mix (indirect standardisation:
 * E = Σ pooled rate by staff group × the trust's mean headcount in it), on a Poisson ratio
 * funnel with Spiegelhalter's interpolated exact limits: is a high leaver rate the staff mix?
 */
function standardisedLeavers(
  api: Api,
  dataset: Dataset,
  members: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): FunnelSummary | undefined {
  const table = api.computeIndicators(dataset, {
    indicators: ['leaver-rate'],
    groupBy: ['organisation', 'staffGroup'],
    window: 'rolling-12-months',
  })
  const lastMonth = lastMonthOf(table.rows)
  const rows = table.rows
    .filter(
      (row) =>
        row.month === lastMonth && row.denominator > 0 && members.has(row.group.organisation ?? ''),
    )
    .map((row) => ({
      unit: row.group.organisation ?? '',
      stratum: row.group.staffGroup ?? '',
      numerator: row.numerator,
      denominator: row.denominator,
    }))
  if (new Set(rows.map((row) => row.unit)).size < 3) return undefined
  const standardised = api.safeIndirectStandardisation(rows)
  if (!standardised.success) return undefined
  const plot = api.safeFunnelPlot(standardised.value.funnelUnits, {
    type: 'ratio',
    method: 'poisson-interpolated',
    goodDirection: 'lower',
    axes: {
      size: { label: 'expected leavers for the staff mix', unit: 'people' },
      value: { label: 'leavers ÷ expected', unit: 'ratio' },
    },
  })
  if (!plot.success) return undefined
  return summarise(
    plot.value,
    {
      id: 'leaver-ratio-nhs-trusts',
      indicator: 'leavers against the staff mix',
      peerGroup: 'NHS trusts',
      period: `12 months to ${lastMonth}`,
    },
    names,
  )
}

/**
 * Funnel plots of leaver and vacancy rates within each peer group (like with like: NHS trusts
 * together, each other sector on its own), and XmR charts of the ICS's monthly series rebased at
 * the documented change points.
 */
export function benchmarkingSection(
  dataset: Dataset,
  options: BenchmarkingOptions = {},
): Section<BenchmarkingSummary> {
  const required = [
    'computeIndicators',
    'safePeerGroupFunnels',
    'xmrChart',
    'safeIndirectStandardisation',
    'safeFunnelPlot',
  ] as const
  const api = landed<Api>(benchmarking, required)
  if (!api)
    return {
      status: 'unavailable',
      reason: notLanded('@oneworkforce/benchmarking', [...required]),
    }
  const groups = peerGroupsOf(dataset, options.organisations)
  const groupOf = new Map(
    groups.flatMap((group) => [...group.members].map((code) => [code, group.label] as const)),
  )
  const names = new Map(dataset.organisations.map((each) => [each.code, each.name]))
  const nhsTrusts = groups.find((group) => group.label === 'NHS trusts')
  const standardised = nhsTrusts
    ? standardisedLeavers(api, dataset, nhsTrusts.members, names)
    : undefined
  const funnels = [
    ...shown.flatMap((indicator) => peerFunnels(api, dataset, indicator, groupOf, names)),
    ...(standardised ? [standardised] : []),
  ].sort((a, b) => Number(b.peerGroup === 'NHS trusts') - Number(a.peerGroup === 'NHS trusts'))
  const spc: SpcSummary[] = shown.flatMap(
    ({ name, label }) => spcFor(api, dataset, name, label, options) ?? [],
  )
  if (funnels.length === 0 && spc.length === 0) {
    return {
      status: 'unavailable',
      reason: 'the dataset has no vacancy or leaver history to benchmark',
    }
  }
  return {
    status: 'ok',
    data: { funnels, spc },
    notes: [
      `peer groups: ${groups.map((each) => `${each.label} (${each.members.size})`).join(', ')}; a funnel needs at least 3 organisations`,
    ],
  }
}
