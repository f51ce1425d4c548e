import type { ChartConfiguration } from 'chart.js'
import type {
  CostYear,
  DriverRanking,
  FunnelSummary,
  PrioritisationSummary,
  ProjectionSummary,
  SpcSummary,
  StaffGroupFan,
  StaffGroupSeries,
} from '../job/report-model'

/**
 * Chart.js configurations built from report data. They are plain JSON (no callbacks), so the
 * HTML report can embed them as data and the web page can pass them to Chart.js directly; the
 * few behaviours that need a function (legend filter, point labels) are switched on by dataset
 * flags that `chart-runtime` reads (`hideInLegend`, `pointLabels`).
 */
export type ChartSpec = ChartConfiguration & {
  readonly id: string
  readonly title: string
  /** A sentence saying what the chart shows, for screen readers and the printed caption. */
  readonly description: string
}

/** NHS identity colours (blue, red, green, orange, plum, aqua, dark grey, warm yellow). */
const palette = [
  '#005eb8',
  '#da291c',
  '#007f3b',
  '#ed8b00',
  '#7c2855',
  '#00a499',
  '#425563',
  '#ffb81c',
]
const colour = (index: number): string => palette[index % palette.length] ?? '#425563'
const translucent = (hex: string, alpha: number): string => {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

const axisTitle = (text: string) => ({ display: true, text, font: { size: 15, weight: 'bold' } })
/** A stock axis (FTE, headcount, pounds) starts at zero so its height reads as size. */
const stockAxis = (text: string) => ({ beginAtZero: true, title: axisTitle(text) })
const categoryAxis = (text: string) => ({ title: axisTitle(text) })

/** Chart titles start with a capital, whatever the indicator's label. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const baseOptions = (title: string) => ({
  animation: false as const,
  responsive: true,
  maintainAspectRatio: true,
  aspectRatio: 2.2,
  plugins: {
    title: { display: true, text: sentence(title), font: { size: 17, weight: 'bold' as const } },
    legend: { position: 'bottom' as const, labels: { boxWidth: 18, font: { size: 14 } } },
  },
})

/** Statistics like "supply P95" that shape a band but need no legend entry of their own. */
const bandEdge = (label: string, data: number[], fill: string, to: false | string) => ({
  label,
  data,
  borderWidth: 0,
  pointRadius: 0,
  backgroundColor: fill,
  fill: to,
  hideInLegend: to === false,
})

/** A fan chart of supply (P5-P95, P25-P75, median) against median demand for one staff group. */
export function fanChart(fan: StaffGroupFan): ChartSpec {
  const supply = colour(0)
  const demand = colour(1)
  const last = fan.supply.at(-1)
  return {
    id: `fan-${fan.staffGroup}`,
    title: fan.label,
    description: `${fan.label}: projected supply with its 50% and 90% ranges against median demand, FTE by financial year${last ? `; supply in ${last.financialYear} between ${Math.round(last.p5).toLocaleString('en-GB')} and ${Math.round(last.p95).toLocaleString('en-GB')} FTE` : ''}.`,
    type: 'line',
    data: {
      labels: fan.supply.map((band) => band.financialYear),
      datasets: [
        bandEdge(
          'supply P95',
          fan.supply.map((band) => band.p95),
          translucent(supply, 0.15),
          false,
        ),
        bandEdge(
          'supply 90% range (P5-P95)',
          fan.supply.map((band) => band.p5),
          translucent(supply, 0.15),
          '-1',
        ),
        bandEdge(
          'supply P75',
          fan.supply.map((band) => band.p75),
          translucent(supply, 0.3),
          false,
        ),
        bandEdge(
          'supply 50% range (P25-P75)',
          fan.supply.map((band) => band.p25),
          translucent(supply, 0.3),
          '-1',
        ),
        {
          label: 'supply, median',
          data: fan.supply.map((band) => band.p50),
          borderColor: supply,
          backgroundColor: supply,
          borderWidth: 3,
          pointRadius: 0,
          fill: false,
        },
        {
          label: 'demand, median',
          data: fan.demand.map((band) => band.p50),
          borderColor: demand,
          backgroundColor: demand,
          borderDash: [8, 4],
          borderWidth: 3,
          pointRadius: 0,
          fill: false,
        },
      ],
    },
    options: {
      ...baseOptions(`${fan.label}: supply range and demand`),
      scales: { x: categoryAxis('financial year (March)'), y: stockAxis('FTE') },
    },
  } as ChartSpec
}

/** Deterministic supply and demand lines for one staff group (when no Monte Carlo ranges exist). */
export function supplyDemandChart(series: StaffGroupSeries): ChartSpec {
  return {
    id: `supply-demand-${series.staffGroup}`,
    title: series.label,
    description: `${series.label}: projected supply and demand, FTE at each March.`,
    type: 'line',
    data: {
      labels: series.years.map((year) => year.financialYear),
      datasets: [
        {
          label: 'supply',
          data: series.years.map((year) => year.supplyFte),
          borderColor: colour(0),
          backgroundColor: colour(0),
          borderWidth: 3,
          pointRadius: 0,
        },
        {
          label: 'demand',
          data: series.years.map((year) => year.demandFte),
          borderColor: colour(1),
          backgroundColor: colour(1),
          borderDash: [8, 4],
          borderWidth: 3,
          pointRadius: 0,
        },
      ],
    },
    options: {
      ...baseOptions(`${series.label}: supply and demand`),
      scales: { x: categoryAxis('financial year (March)'), y: stockAxis('FTE') },
    },
  } as ChartSpec
}

/** The total gap per financial year under each scenario. */
export function scenarioChart(projection: ProjectionSummary): ChartSpec {
  const labels = projection.scenarios[0]?.years.map((year) => year.financialYear) ?? []
  return {
    id: 'scenarios',
    title: 'Scenario comparison',
    description: `Workforce gap (demand minus supply, FTE) at each March to ${projection.horizonYear} under ${projection.scenarios.map((each) => each.name).join(', ')}.`,
    type: 'line',
    data: {
      labels,
      datasets: projection.scenarios.map((scenario, index) => ({
        label: scenario.name,
        data: scenario.years.map((year) => year.gapFte),
        borderColor: colour(index),
        backgroundColor: colour(index),
        borderWidth: 3,
        borderDash:
          index === 0
            ? []
            : [
                [8, 4],
                [2, 3],
                [12, 3, 2, 3],
                [4, 4],
              ][index % 4],
        pointRadius: 3,
      })),
    },
    options: {
      ...baseOptions('Workforce gap by scenario (demand − supply)'),
      scales: {
        x: categoryAxis('financial year (March)'),
        y: stockAxis('gap (FTE)'),
      },
    },
  } as ChartSpec
}

/** Baseline pay costs by financial year, stacked: substantive, bank, agency (£m). */
export function costChart(costs: readonly CostYear[]): ChartSpec {
  const millions = (value: string) => Math.round(Number(value) / 10_000) / 100
  const parts = [
    ['substantive pay', 'substantiveGbp', colour(0)],
    ['bank', 'bankGbp', colour(5)],
    ['agency', 'agencyGbp', colour(3)],
  ] as const
  return {
    id: 'pay-costs',
    title: 'Pay costs by financial year',
    description: `Baseline pay bill by financial year in £ millions, substantive, bank and agency stacked, ${costs[0]?.financialYear ?? ''} to ${costs.at(-1)?.financialYear ?? ''}.`,
    type: 'bar',
    data: {
      labels: costs.map((each) => each.financialYear),
      datasets: parts.map(([label, key, fill]) => ({
        label,
        data: costs.map((each) => millions(each[key])),
        backgroundColor: fill,
      })),
    },
    options: {
      ...baseOptions('Baseline pay bill by financial year'),
      scales: {
        x: { stacked: true, ...categoryAxis('financial year') },
        y: { stacked: true, ...stockAxis('£ millions a year') },
      },
    },
  } as ChartSpec
}

/** A funnel plot: organisations against their size with 95% and 99.8% limits around the target. */
export function funnelChart(funnel: FunnelSummary): ChartSpec {
  const pointColour = (outlier: string): string =>
    outlier === 'worse' ? colour(1) : outlier === 'better' ? colour(2) : colour(6)
  // Upper and lower limits of a level are one dataset, broken by a gap, so the legend lists each level once.
  const limitLine = (
    label: string,
    lower: 'lower95' | 'lower998',
    upper: 'upper95' | 'upper998',
    dash: number[],
  ) => ({
    type: 'line' as const,
    label,
    data: [
      ...funnel.limits.map((each) => ({ x: each.size, y: show(each[upper]) })),
      { x: Number.NaN, y: Number.NaN },
      ...funnel.limits.map((each) => ({ x: each.size, y: show(each[lower]) })),
    ],
    borderColor: upper === 'upper998' ? colour(1) : colour(3),
    borderDash: dash,
    borderWidth: 2,
    pointRadius: 0,
    showLine: true,
    spanGaps: false,
  })
  const sizes = funnel.limits.map((each) => each.size)
  const outliers = funnel.points.filter((point) => point.outlier !== 'none')
  const ratio = funnel.valueKind === 'ratio'
  const show = (value: number) => (ratio ? value : value * 100)
  const targetText = ratio ? funnel.target.toFixed(2) : `${(funnel.target * 100).toFixed(1)}%`
  return {
    id: `funnel-${funnel.id}`,
    title: `Funnel plot: ${funnel.indicator}, ${funnel.peerGroup}`,
    description: `${sentence(funnel.indicator)} of ${funnel.points.length} ${funnel.peerGroup} (${funnel.period}) against ${funnel.sizeLabel}, with 95% and 99.8% limits around ${targetText}; ${outliers.length === 0 ? 'none outside the 99.8% limits' : `outside the 99.8% limits: ${outliers.map((point) => point.unit).join(', ')}`}.`,
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'organisation (red: worse than expected, green: better)',
          data: funnel.points.map((point) => ({ x: point.size, y: show(point.value) })),
          pointBackgroundColor: funnel.points.map((point) => pointColour(point.outlier)),
          pointBorderColor: funnel.points.map((point) => pointColour(point.outlier)),
          backgroundColor: colour(6),
          pointRadius: 6,
          pointLabels: funnel.points.map((point) => point.unit),
        },
        {
          type: 'line' as const,
          label: `target ${targetText}${ratio ? '' : ' (pooled rate)'}`,
          data: [
            { x: Math.min(...sizes), y: show(funnel.target) },
            { x: Math.max(...sizes), y: show(funnel.target) },
          ],
          borderColor: colour(6),
          borderWidth: 2,
          pointRadius: 0,
          showLine: true,
        },
        limitLine('95% limits', 'lower95', 'upper95', [6, 4]),
        limitLine('99.8% limits', 'lower998', 'upper998', []),
      ],
    },
    options: {
      ...baseOptions(`${funnel.indicator} of ${funnel.peerGroup}, ${funnel.period}`),
      scales: {
        x: { type: 'linear', beginAtZero: true, title: axisTitle(funnel.sizeLabel) },
        y: { title: axisTitle(ratio ? `${funnel.indicator} (ratio)` : `${funnel.indicator} (%)`) },
      },
    },
  } as ChartSpec
}

const flagColours: Readonly<Record<string, string>> = {
  improvement: '#41b6e6',
  concern: '#ed8b00',
  neutral: '#7c2855',
  none: '#768692',
}

/** An XmR chart: values by month, each phase's mean and limits, the target, flagged months coloured. */
export function spcChart(chart: SpcSummary): ChartSpec {
  const percent = (value: number) => Math.round(value * 10_000) / 100
  const flagColour = (flag: string) => flagColours[flag] ?? flagColours.none
  const line = (label: string, key: 'mean' | 'lowerLimit' | 'upperLimit', dash: number[]) => ({
    label,
    data: chart.points.map((point) => percent(point[key])),
    borderColor: key === 'mean' ? colour(6) : colour(1),
    borderDash: dash,
    borderWidth: 2,
    pointRadius: 0,
    stepped: 'middle' as const,
    hideInLegend: key === 'lowerLimit',
  })
  const used = [...new Set(chart.points.map((point) => point.flag))].filter((f) => f !== 'none')
  const rebased = chart.rebasedAt.map((each) => each.month).join(', ')
  return {
    id: chart.id,
    title: `SPC: ${chart.indicator}`,
    description: `${sentence(chart.indicator)} (${chart.unit}, %) by month with mean and process limits${rebased ? `, rebased at ${rebased}` : ''}; special-cause months coloured by kind.`,
    type: 'line',
    data: {
      labels: chart.points.map((point) => point.month),
      datasets: [
        {
          label: `${chart.indicator} (common cause: grey)`,
          data: chart.points.map((point) => percent(point.value)),
          borderColor: colour(6),
          backgroundColor: flagColours.none,
          pointBackgroundColor: chart.points.map((point) => flagColour(point.flag)),
          pointBorderColor: chart.points.map((point) => flagColour(point.flag)),
          pointRadius: 5,
          borderWidth: 2,
        },
        line('mean', 'mean', []),
        line('process limits', 'upperLimit', [6, 4]),
        line('lower limit', 'lowerLimit', [6, 4]),
        ...(chart.target === undefined
          ? []
          : [
              {
                label: `target ${percent(chart.target)}%`,
                data: chart.points.map((point) =>
                  point.target === undefined ? null : percent(point.target),
                ),
                stepped: 'middle' as const,
                borderColor: colour(2),
                borderDash: [2, 3],
                borderWidth: 2,
                pointRadius: 0,
              },
            ]),
        // Legend keys for the kinds of special cause present (no data of their own).
        ...used.map((flag) => ({
          label: `special cause: ${flag}`,
          data: [],
          backgroundColor: flagColour(flag),
          borderColor: flagColour(flag),
          pointStyle: 'circle' as const,
        })),
      ],
    },
    options: {
      ...baseOptions(`${chart.indicator} (${chart.unit}): XmR chart`),
      scales: {
        x: categoryAxis('month'),
        y: { title: axisTitle(`${chart.indicator} (%)`) },
      },
    },
  } as ChartSpec
}

/** Ranking with stability bars: for each initiative, the share of SMAA weightings giving each rank. */
export function rankingChart(prioritisation: PrioritisationSummary): ChartSpec {
  const ranks = Math.min(5, prioritisation.ranking.length)
  const labels = prioritisation.ranking.map((each) =>
    each.title.length > 48
      ? `${each.rank}. ${each.title.slice(0, 46)}…`
      : `${each.rank}. ${each.title}`,
  )
  const hasAcceptability = prioritisation.ranking.some((each) => each.rankAcceptability)
  const datasets = hasAcceptability
    ? [
        ...Array.from({ length: ranks }, (_, rank) => ({
          label: `rank ${rank + 1}`,
          data: prioritisation.ranking.map((each) => (each.rankAcceptability?.[rank] ?? 0) * 100),
          backgroundColor: translucent(colour(0), 1 - rank * 0.17),
        })),
        {
          label: `rank ${ranks + 1} or lower`,
          data: prioritisation.ranking.map(
            (each) =>
              (1 -
                (each.rankAcceptability ?? [])
                  .slice(0, ranks)
                  .reduce((sum, share) => sum + share, 0)) *
              100,
          ),
          backgroundColor: '#d8dde0',
        },
      ]
    : [
        {
          label: 'score',
          data: prioritisation.ranking.map((each) => each.score),
          backgroundColor: colour(0),
        },
      ]
  return {
    id: 'ranking',
    title: 'Ranking and its stability',
    description: hasAcceptability
      ? 'For each initiative in rank order, the share of sampled weightings (SMAA) that give it each rank.'
      : 'Weighted score of each initiative in rank order.',
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...baseOptions(
        hasAcceptability ? 'Share of weightings giving each rank (SMAA)' : 'Weighted score',
      ),
      aspectRatio: 1.6,
      indexAxis: 'y',
      scales: hasAcceptability
        ? {
            x: { stacked: true, max: 100, beginAtZero: true, title: axisTitle('% of weightings') },
            y: { stacked: true, ticks: { font: { size: 13 } } },
          }
        : { x: { beginAtZero: true, title: axisTitle('score (0-1)') } },
    },
  } as ChartSpec
}

/**
 * A tornado of the uncertain drivers: for each (largest swing first), a bar from the output at
 * every driver's median to the output with this driver at its low quantile, and one to its high
 * quantile (floating bars drawn over each other, `grouped: false`).
 */
export function tornadoChart(ranking: DriverRanking): ChartSpec {
  const p = (quantile: number) => `P${Math.round(quantile * 100)}`
  const base = ranking.baselineAtMedians
  const top = ranking.drivers[0]
  const at = (quantile: number, colourIndex: number, pick: 'outputAtLow' | 'outputAtHigh') => ({
    label: `driver at its ${p(quantile)}`,
    data: ranking.drivers.map((driver): [number, number] => [base, driver[pick]]),
    backgroundColor: colour(colourIndex),
    grouped: false,
    barPercentage: 0.8,
  })
  return {
    id: 'tornado',
    title: 'What drives the range',
    description: `Tornado of ${ranking.output}: with every driver at its median it is ${Math.round(base).toLocaleString('en-GB')} FTE; each bar moves one driver to its ${p(ranking.lowQuantile)} and ${p(ranking.highQuantile)}${top ? `; ${top.label.toLowerCase()} moves it most, by ${Math.round(top.swing).toLocaleString('en-GB')} FTE` : ''}.`,
    type: 'bar',
    data: {
      labels: ranking.drivers.map((driver) => driver.label),
      datasets: [
        at(ranking.lowQuantile, 0, 'outputAtLow'),
        at(ranking.highQuantile, 3, 'outputAtHigh'),
      ],
    },
    options: {
      ...baseOptions(`Tornado: ${ranking.output}`),
      aspectRatio: 2,
      indexAxis: 'y',
      scales: {
        // The bars are differences from the medians' gap: the axis need not start at zero.
        x: {
          beginAtZero: false,
          title: axisTitle(
            `${ranking.output} (median of every driver: ${Math.round(base).toLocaleString('en-GB')})`,
          ),
        },
        y: { ticks: { font: { size: 13 } } },
      },
    },
  } as ChartSpec
}
