import * as benchmarking from '@oneworkforce/benchmarking'
import type { Dataset } from '@oneworkforce/schemas'
import type { ChangePoint, SpcSummary, VariationIcon } from './report-model'

type Api = Pick<typeof benchmarking, 'computeIndicators' | 'xmrChart'>
type Chart = benchmarking.XmrChart
type Point = Chart['points'][number]

/**
 * The targets the demo draws on its SPC charts. No published ICS target exists for the sample,
 * so each is an illustrative figure, listed as a flagged assumption in the report.
 */
export const illustrativeSpcTargets: Readonly<Record<string, number>> = { 'vacancy-rate': 0.09 }

const ruleNames = [
  ['outsideLimits', 'point outside the limits'],
  ['run', 'run on one side of the mean'],
  ['trend', 'trend'],
  ['twoOfThree', 'two of three near a limit'],
] as const

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
  if (point.variation === 'improvement' || point.variation === 'concern') return point.variation
  return point.variation === 'common-cause' ? 'none' : 'neutral'
}

/** The Making Data Count variation icon of a point: its kind and which side of the mean. */
export function variationIcon(point: Point | undefined): VariationIcon {
  if (!point || point.variation === 'common-cause') return 'common-cause'
  if (point.variation === 'neutral-high' || point.variation === 'neutral-low')
    return point.variation
  return `${point.variation}-${point.value >= point.mean ? 'high' : 'low'}`
}

/** One line per rule and kind, so a reader can tell which months are which. */
function signalLines(chart: Chart): string[] {
  const months = chart.points.map((point) => point.month)
  return ruleNames.flatMap(([key, text]) => {
    const flagged = chart.points.filter((point) => point[key])
    const kinds = [...new Set(flagged.map((point) => point.variation))]
    return kinds.map(
      (kind) =>
        `${text}, ${kind}: ${monthRanges(
          flagged.filter((point) => point.variation === kind).map((point) => point.month),
          months,
        )}`,
    )
  })
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
      ? api.xmrChart(series, { ...common, rebaseAt: changes.map((each) => each.month) })
      : unrebased
  const latest = chart.points.at(-1)
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
    rebasedAt: changes.map(({ month, reason }) => ({ month, reason })),
    unrebasedSpecialCause: unrebased.points.filter((point) => point.specialCause).length,
    ...(target === undefined ? {} : { target }),
    variationIcon: variationIcon(latest),
    ...(chart.assurance ? { assurance: chart.assurance } : {}),
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
