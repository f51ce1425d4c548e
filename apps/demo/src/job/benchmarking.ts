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

type Api = Pick<typeof benchmarking, 'computeIndicators' | 'funnelPlot' | 'xmrChart'>
type IndicatorName = 'vacancy-rate' | 'leaver-rate'

/** The indicators the demo benchmarks, with the unit of their funnel's size axis. */
const shown: readonly {
  readonly name: IndicatorName
  readonly label: string
  readonly sizeLabel: string
}[] = [
  { name: 'leaver-rate', label: 'leaver rate', sizeLabel: 'mean headcount (people)' },
  { name: 'vacancy-rate', label: 'vacancy rate', sizeLabel: 'mean funded establishment (FTE)' },
]

/** Options of the benchmarking section. */
export interface BenchmarkingOptions {
  /** Documented process changes: the SPC charts are rebased at these months. */
  readonly changePoints?: readonly ChangePoint[]
  /** Keep only these organisations (codes); all when absent. */
  readonly organisations?: readonly string[]
}

function funnelFor(
  api: Api,
  dataset: Dataset,
  indicator: (typeof shown)[number],
  peers: { readonly label: string; readonly members: ReadonlySet<string> },
): FunnelSummary | undefined {
  const table = api.computeIndicators(dataset, {
    indicators: [indicator.name],
    groupBy: ['organisation'],
    window: 'rolling-12-months',
  })
  const lastMonth =
    table.rows
      .map((row) => row.month)
      .sort()
      .at(-1) ?? ''
  const rows = table.rows.filter(
    (row) =>
      row.month === lastMonth &&
      row.value !== null &&
      row.denominator > 0 &&
      peers.members.has(row.group.organisation ?? ''),
  )
  if (rows.length < 3) return undefined
  const names = new Map(dataset.organisations.map((each) => [each.code, each.name]))
  const plot = api.funnelPlot(
    rows.map((row) => ({
      unit: row.group.organisation ?? '?',
      numerator: row.numerator,
      denominator: row.denominator,
    })),
    {
      type: 'proportion',
      method: 'wilson',
      goodDirection: benchmarking.INDICATOR_DEFINITIONS[indicator.name].goodDirection,
    },
  )
  const at = (limits: readonly { level: number; lower: number; upper: number }[], level: number) =>
    limits.find((each) => Math.abs(each.level - level) < 1e-9)
  return {
    id: `${indicator.name}-${peers.label.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}`,
    indicator: indicator.label,
    peerGroup: peers.label,
    period: `12 months to ${lastMonth}`,
    sizeLabel: indicator.sizeLabel,
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
      lower998: at(unit.limits, 0.998)?.lower ?? 0,
      upper998: at(unit.limits, 0.998)?.upper ?? 0,
      outlier: unit.outlier ? (unit.direction === 'better' ? 'better' : 'worse') : 'none',
      outside95: !unit.outlier && unit.outsideLevel !== null,
    })),
    limits: plot.curve.map((point) => ({
      size: point.size,
      lower95: at(point.adjustedLimits, 0.95)?.lower ?? 0,
      upper95: at(point.adjustedLimits, 0.95)?.upper ?? 0,
      lower998: at(point.adjustedLimits, 0.998)?.lower ?? 0,
      upper998: at(point.adjustedLimits, 0.998)?.upper ?? 0,
    })),
    overdispersion: plot.overdispersion.applied
      ? `limits widened for overdispersion (${plot.adjustment}): φ = ${plot.overdispersion.phi.toFixed(2)}`
      : `no overdispersion adjustment needed: φ = ${plot.overdispersion.phi.toFixed(2)}`,
  }
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
  const names = ['computeIndicators', 'funnelPlot', 'xmrChart'] as const
  const api = landed<Api>(benchmarking, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/benchmarking', [...names]) }
  const groups = peerGroupsOf(dataset, options.organisations)
  const funnels = groups.flatMap((peers) =>
    shown.flatMap((indicator) => funnelFor(api, dataset, indicator, peers) ?? []),
  )
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
