import * as benchmarking from '@oneworkforce/benchmarking'
import type { Dataset } from '@oneworkforce/schemas'
import type { ChangePoint, SpcSummary } from './report-model'

type Api = Pick<typeof benchmarking, 'computeIndicators' | 'xmrChart'>
type Chart = benchmarking.XmrChart
type Point = Chart['points'][number]

/**
 * The targets the demo draws on its SPC charts. No published ICS target exists for the sample,
 * so each is an illustrative figure, listed as a flagged assumption in the report.
 */
export const illustrativeSpcTargets: Readonly<Record<string, number>> = { 'vacancy-rate': 0.09 }

const ruleNames: Readonly<Record<string, string>> = {
  'outside-limits': 'point outside the limits',
  run: 'run on one side of the mean',
  trend: 'trend',
  'two-of-three': 'two of three near a limit',
}

/** Condenses months into ranges: `2024-04 to 2024-10, 2025-02`. */
export function monthRanges(months: readonly string[], all: readonly string[]): string {
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

function flagOf(point: Point): SpcSummary['points'][number]['flag'] {
  return point.signal ?? 'none'
}

/** One line per signal: its rule, its one kind and side, and its months. */
function signalLines(chart: Chart): string[] {
  const months = chart.points.map((point) => point.month)
  return chart.signals.map(
    (signal) =>
      `${ruleNames[signal.rule] ?? signal.rule} (${signal.kind}, ${signal.side}): ${monthRanges(signal.months, months)}`,
  )
}

/** An XmR chart of the ICS's monthly series, rebased at the documented change points. */
export function spcFor(
  api: Api,
  dataset: Dataset,
  name: 'vacancy-rate' | 'leaver-rate',
  label: string,
  options: { readonly changePoints?: readonly ChangePoint[] },
): SpcSummary | undefined {
  const table = api.computeIndicators(dataset, { indicators: [name], groupBy: [], window: 'month' })
  const series = table.rows
    .filter((row): row is typeof row & { value: number } => row.value !== null)
    .map((row) => ({ month: row.month, value: row.value }))
  if (series.length < 2) return undefined
  const goodDirection = benchmarking.INDICATOR_DEFINITIONS[name].goodDirection
  const target = illustrativeSpcTargets[name]
  const months = new Set(series.map((point) => point.month))
  const changes = (options.changePoints ?? []).filter(
    (each) => each.indicator === name && months.has(each.month) && each.month !== series[0]?.month,
  )
  const common = { goodDirection, ...(target === undefined ? {} : { target }) }
  const unrebased = api.xmrChart(series, common)
  const chart =
    changes.length > 0
      ? api.xmrChart(series, {
          ...common,
          changePoints: changes.map(({ month, reason }) => ({ month, reason })),
        })
      : unrebased
  return {
    id: `spc-${name}`,
    indicator: label,
    unit: 'ICS, monthly',
    points: chart.points.map((point) => ({
      month: point.month,
      value: point.value,
      mean: point.mean,
      lowerLimit: point.lowerLimit,
      upperLimit: point.upperLimit,
      ...(point.target === null ? {} : { target: point.target }),
      flag: flagOf(point),
    })),
    phases: chart.phases.map((phase) => ({
      start: phase.start,
      end: phase.end,
      points: phase.points,
      mean: phase.mean,
      lowerLimit: phase.lowerLimit,
      upperLimit: phase.upperLimit,
      specialCausePoints: chart.points.filter(
        (point) => point.phase === phase.phase && point.specialCause,
      ).length,
    })),
    rebasedAt: chart.phases
      .slice(1)
      .map((phase) => ({ month: phase.start, reason: phase.reason ?? 'rebased' })),
    unrebasedSpecialCause: unrebased.points.filter((point) => point.specialCause).length,
    ...(target === undefined ? {} : { target }),
    variationIcon: chart.latestVariationIcon,
    ...(chart.assuranceIcon ? { assurance: chart.assuranceIcon } : {}),
    signals: [
      ...signalLines(chart),
      ...(changes.length > 0 && chart !== unrebased
        ? [
            `before rebasing, one set of limits flags ${unrebased.points.filter((point) => point.specialCause).length} of ${unrebased.points.length} months`,
          ]
        : []),
      `latest point: ${chart.latestVariation}`,
    ],
  }
}
