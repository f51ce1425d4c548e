import type { ChartConfiguration } from 'chart.js'
import type {
  FunnelSummary,
  PrioritisationSummary,
  ProjectionSummary,
  SpcSummary,
  StaffGroupFan,
  StaffGroupSeries,
} from '../job/report-model'

/**
 * Chart.js configurations built from report data. They are plain JSON (no callbacks), so the
 * HTML report can embed them as data and the web page can pass them to Chart.js directly.
 */
export type ChartSpec = ChartConfiguration & { readonly id: string; readonly title: string }

const palette = [
  '#005eb8',
  '#da291c',
  '#009639',
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

const fteAxis = (text: string) => ({ title: { display: true, text } })

/** A fan chart of supply (P5-P95, P25-P75, median) against median demand for one staff group. */
export function fanChart(fan: StaffGroupFan): ChartSpec {
  const labels = fan.supply.map((band) => band.financialYear)
  const supply = colour(0)
  const demand = colour(1)
  return {
    id: `fan-${fan.staffGroup}`,
    title: fan.label,
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: 'supply P95',
          data: fan.supply.map((band) => band.p95),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: translucent(supply, 0.15),
          fill: false,
        },
        {
          label: 'supply P5-P95',
          data: fan.supply.map((band) => band.p5),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: translucent(supply, 0.15),
          fill: '-1',
        },
        {
          label: 'supply P75',
          data: fan.supply.map((band) => band.p75),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: translucent(supply, 0.3),
          fill: false,
        },
        {
          label: 'supply P25-P75',
          data: fan.supply.map((band) => band.p25),
          borderWidth: 0,
          pointRadius: 0,
          backgroundColor: translucent(supply, 0.3),
          fill: '-1',
        },
        {
          label: 'supply median',
          data: fan.supply.map((band) => band.p50),
          borderColor: supply,
          backgroundColor: supply,
          pointRadius: 0,
          fill: false,
        },
        {
          label: 'demand median',
          data: fan.demand.map((band) => band.p50),
          borderColor: demand,
          backgroundColor: demand,
          borderDash: [6, 4],
          pointRadius: 0,
          fill: false,
        },
      ],
    },
    options: {
      animation: false,
      plugins: {
        legend: { labels: { filter: undefined } },
        title: { display: true, text: `${fan.label}: supply range and demand (FTE)` },
      },
      scales: { y: fteAxis('FTE') },
    },
  }
}

/** Deterministic supply and demand lines for one staff group (when no Monte Carlo ranges exist). */
export function supplyDemandChart(series: StaffGroupSeries): ChartSpec {
  return {
    id: `supply-demand-${series.staffGroup}`,
    title: series.label,
    type: 'line',
    data: {
      labels: series.years.map((year) => year.financialYear),
      datasets: [
        {
          label: 'supply',
          data: series.years.map((year) => year.supplyFte),
          borderColor: colour(0),
          backgroundColor: colour(0),
          pointRadius: 0,
        },
        {
          label: 'demand',
          data: series.years.map((year) => year.demandFte),
          borderColor: colour(1),
          backgroundColor: colour(1),
          borderDash: [6, 4],
          pointRadius: 0,
        },
      ],
    },
    options: {
      animation: false,
      plugins: { title: { display: true, text: `${series.label}: supply and demand (FTE)` } },
      scales: { y: fteAxis('FTE') },
    },
  }
}

/** The total gap per financial year under each scenario. */
export function scenarioChart(projection: ProjectionSummary): ChartSpec {
  const labels = projection.scenarios[0]?.years.map((year) => year.financialYear) ?? []
  return {
    id: 'scenarios',
    title: 'Scenario comparison',
    type: 'line',
    data: {
      labels,
      datasets: projection.scenarios.map((scenario, index) => ({
        label: scenario.name,
        data: scenario.years.map((year) => year.gapFte),
        borderColor: colour(index),
        backgroundColor: colour(index),
        pointRadius: 2,
      })),
    },
    options: {
      animation: false,
      plugins: {
        title: { display: true, text: 'Workforce gap (demand − supply, FTE) by scenario' },
      },
      scales: { y: fteAxis('gap FTE') },
    },
  }
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
      ...funnel.limits.map((each) => ({ x: each.size, y: each[upper] * 100 })),
      { x: Number.NaN, y: Number.NaN },
      ...funnel.limits.map((each) => ({ x: each.size, y: each[lower] * 100 })),
    ],
    borderColor: upper === 'upper998' ? colour(1) : colour(3),
    borderDash: dash,
    borderWidth: 1,
    pointRadius: 0,
    showLine: true,
    spanGaps: false,
  })
  const sizes = funnel.limits.map((each) => each.size)
  return {
    id: `funnel-${funnel.indicator}`,
    title: `Funnel plot: ${funnel.indicator}`,
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'organisations',
          data: funnel.points.map((point) => ({ x: point.size, y: point.value * 100 })),
          pointBackgroundColor: funnel.points.map((point) => pointColour(point.outlier)),
          pointRadius: 4,
        },
        {
          type: 'line' as const,
          label: 'target',
          data: [
            { x: Math.min(...sizes), y: funnel.target * 100 },
            { x: Math.max(...sizes), y: funnel.target * 100 },
          ],
          borderColor: colour(6),
          borderWidth: 1,
          pointRadius: 0,
          showLine: true,
        },
        limitLine('95% limits', 'lower95', 'upper95', [4, 4]),
        limitLine('99.8% limits', 'lower998', 'upper998', []),
      ],
    },
    options: {
      animation: false,
      plugins: {
        title: { display: true, text: `${funnel.indicator} (${funnel.period}) against size` },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'denominator (size)' } },
        y: { title: { display: true, text: `${funnel.indicator} (%)` } },
      },
    },
  }
}

/** An XmR chart: values by month, mean, process limits, and special-cause points coloured. */
export function spcChart(chart: SpcSummary): ChartSpec {
  const flagColour = (flag: string): string =>
    flag === 'concern'
      ? colour(3)
      : flag === 'improvement'
        ? colour(0)
        : flag === 'neutral'
          ? colour(4)
          : colour(6)
  const constant = (value: number) => chart.points.map(() => value * 100)
  return {
    id: `spc-${chart.indicator}`,
    title: `SPC: ${chart.indicator}`,
    type: 'line',
    data: {
      labels: chart.points.map((point) => point.month),
      datasets: [
        {
          label: chart.indicator,
          data: chart.points.map((point) => point.value * 100),
          borderColor: colour(6),
          pointBackgroundColor: chart.points.map((point) => flagColour(point.flag)),
          pointBorderColor: chart.points.map((point) => flagColour(point.flag)),
          pointRadius: 4,
        },
        {
          label: 'mean',
          data: constant(chart.mean),
          borderColor: colour(6),
          borderWidth: 1,
          pointRadius: 0,
        },
        {
          label: 'upper limit',
          data: constant(chart.upperLimit),
          borderColor: colour(1),
          borderDash: [6, 4],
          borderWidth: 1,
          pointRadius: 0,
        },
        {
          label: 'lower limit',
          data: constant(chart.lowerLimit),
          borderColor: colour(1),
          borderDash: [6, 4],
          borderWidth: 1,
          pointRadius: 0,
        },
      ],
    },
    options: {
      animation: false,
      plugins: {
        title: { display: true, text: `${chart.indicator} (${chart.unit}, %): XmR chart` },
      },
      scales: { y: { title: { display: true, text: '%' } } },
    },
  }
}

/** Ranking with stability bars: for each initiative, the share of SMAA weightings giving each rank. */
export function rankingChart(prioritisation: PrioritisationSummary): ChartSpec {
  const ranks = Math.min(5, prioritisation.ranking.length)
  const labels = prioritisation.ranking.map((each) => `${each.rank}. ${each.title}`)
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
    type: 'bar',
    data: { labels, datasets },
    options: {
      animation: false,
      indexAxis: 'y',
      plugins: {
        title: {
          display: true,
          text: hasAcceptability
            ? 'Share of weightings (%) giving each rank (SMAA)'
            : 'Weighted score',
        },
      },
      scales: hasAcceptability
        ? {
            x: { stacked: true, max: 100, title: { display: true, text: '% of weightings' } },
            y: { stacked: true },
          }
        : {},
    },
  }
}
