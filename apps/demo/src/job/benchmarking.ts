import * as benchmarking from '@oneworkforce/benchmarking'
import type { Dataset } from '@oneworkforce/schemas'
import { landed, notLanded } from './landed'
import type { BenchmarkingSummary, FunnelSummary, Section, SpcSummary } from './report-model'

type Api = Pick<typeof benchmarking, 'computeIndicators' | 'funnelPlot' | 'xmrChart'>
type IndicatorName = 'vacancy-rate' | 'leaver-rate'

const shown: readonly { readonly name: IndicatorName; readonly label: string }[] = [
  { name: 'vacancy-rate', label: 'vacancy rate' },
  { name: 'leaver-rate', label: 'leaver rate' },
]

function funnelFor(
  api: Api,
  dataset: Dataset,
  name: IndicatorName,
  label: string,
): FunnelSummary | undefined {
  const table = api.computeIndicators(dataset, {
    indicators: [name],
    groupBy: ['organisation'],
    window: 'rolling-12-months',
  })
  const lastMonth = table.rows.reduce(
    (latest, row) => (row.month > latest ? row.month : latest),
    '',
  )
  const rows = table.rows.filter(
    (row) => row.month === lastMonth && row.value !== null && row.denominator > 0,
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
      goodDirection: benchmarking.INDICATOR_DEFINITIONS[name].goodDirection,
    },
  )
  const level = (
    limits: readonly { level: number; lower: number; upper: number }[],
    wanted: number,
  ) => limits.find((each) => Math.abs(each.level - wanted) < 1e-9)
  return {
    indicator: label,
    period: `12 months to ${lastMonth}`,
    target: plot.target,
    points: plot.units.map((unit) => ({
      unit: unit.unit,
      label: names.get(unit.unit) ?? unit.unit,
      size: unit.size,
      value: unit.value,
      outlier: unit.outlier ? (unit.direction === 'better' ? 'better' : 'worse') : 'none',
    })),
    limits: plot.curve.map((point) => ({
      size: point.size,
      lower95: level(point.adjustedLimits, 0.95)?.lower ?? Number.NaN,
      upper95: level(point.adjustedLimits, 0.95)?.upper ?? Number.NaN,
      lower998: level(point.adjustedLimits, 0.998)?.lower ?? Number.NaN,
      upper998: level(point.adjustedLimits, 0.998)?.upper ?? Number.NaN,
    })),
    overdispersion: plot.overdispersion.applied
      ? `limits widened for overdispersion: ${plot.adjustment}, φ = ${plot.overdispersion.phi.toFixed(2)}`
      : 'no overdispersion adjustment needed',
  }
}

const ruleNames = [
  ['outsideLimits', 'point outside the limits'],
  ['run', 'run on one side of the mean'],
  ['trend', 'trend'],
  ['twoOfThree', 'two of three near a limit'],
] as const

/** Condenses flagged months into ranges: `2024-04 to 2024-10, 2025-02`. */
function monthRanges(months: readonly string[], all: readonly string[]): string {
  const ranges: string[][] = []
  for (const month of months) {
    const last = ranges.at(-1)
    const previous = last?.at(-1)
    if (last && previous !== undefined && all.indexOf(month) === all.indexOf(previous) + 1)
      last.push(month)
    else ranges.push([month])
  }
  return ranges
    .map((range) => (range.length > 1 ? `${range[0]} to ${range.at(-1)}` : range[0]))
    .join(', ')
}

function spcFor(
  api: Api,
  dataset: Dataset,
  name: IndicatorName,
  label: string,
): SpcSummary | undefined {
  const table = api.computeIndicators(dataset, { indicators: [name], groupBy: [], window: 'month' })
  const series = table.rows
    .filter((row): row is typeof row & { value: number } => row.value !== null)
    .map((row) => ({ month: row.month, value: row.value }))
  if (series.length < 2) return undefined
  const chart = api.xmrChart(series, {
    goodDirection: benchmarking.INDICATOR_DEFINITIONS[name].goodDirection,
  })
  const months = chart.points.map((point) => point.month)
  const signals = ruleNames.flatMap(([key, text]) => {
    const flagged = chart.points.filter((point) => point[key])
    if (flagged.length === 0) return []
    const kinds = [...new Set(flagged.map((point) => point.variation))].join('/')
    return [
      `${text} (${kinds}): ${monthRanges(
        flagged.map((point) => point.month),
        months,
      )}`,
    ]
  })
  const phase = chart.phases.at(-1)
  return {
    indicator: label,
    unit: 'ICS, monthly',
    points: chart.points.map((point) => ({
      month: point.month,
      value: point.value,
      flag:
        point.variation === 'improvement' || point.variation === 'concern'
          ? point.variation
          : point.variation === 'common-cause'
            ? 'none'
            : 'neutral',
    })),
    mean: phase?.mean ?? 0,
    lowerLimit: phase?.lowerLimit ?? 0,
    upperLimit: phase?.upperLimit ?? 0,
    signals: [...signals, `latest point: ${chart.latestVariation}`],
  }
}

/** Funnel plots of vacancy and leaver rates by organisation, and XmR charts of the ICS series. */
export function benchmarkingSection(dataset: Dataset): Section<BenchmarkingSummary> {
  const names = ['computeIndicators', 'funnelPlot', 'xmrChart'] as const
  const api = landed<Api>(benchmarking, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/benchmarking', [...names]) }
  const funnels = shown.flatMap(({ name, label }) => funnelFor(api, dataset, name, label) ?? [])
  const spc = shown.flatMap(({ name, label }) => spcFor(api, dataset, name, label) ?? [])
  if (funnels.length === 0 && spc.length === 0) {
    return {
      status: 'unavailable',
      reason: 'the dataset has no vacancy or leaver history to benchmark',
    }
  }
  return { status: 'ok', data: { funnels, spc } }
}
