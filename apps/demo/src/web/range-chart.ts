import type { FanBand } from '../job/report-model'
import type { ChartSpec } from '../report/charts'
import { formatFte } from '../report/format'

// The gap's fan chart on the web page, drawn as the report's supply fan is (bands as filled
// areas between percentile lines, NHS colours, axis from zero), for the gap instead of supply.

const red = [218, 41, 28] as const
const shade = (alpha: number) => `rgba(${red.join(', ')}, ${alpha})`
const axisTitle = (text: string) => ({ display: true, text, font: { size: 15, weight: 'bold' } })

const edge = (label: string, data: number[], fill: string, to: false | string) => ({
  label,
  data,
  borderWidth: 0,
  pointRadius: 0,
  backgroundColor: fill,
  fill: to,
  hideInLegend: to === false,
})

/**
 * A fan chart of the gap (demand − supply, FTE) by financial year: the median, the 50% range
 * (P25-P75) and the 90% range (P5-P95) of the runs.
 */
export function gapFanChart(gap: readonly FanBand[], label: string): ChartSpec {
  const last = gap.at(-1)
  const title = `${label}: gap range`
  return {
    id: 'range-gap',
    title,
    description: `${label}: projected gap (demand − supply) with its 50% and 90% ranges, FTE by financial year${last ? `; in ${last.financialYear} a median of ${formatFte(last.p50)} FTE, between ${formatFte(last.p5)} and ${formatFte(last.p95)} in 90% of runs` : ''}.`,
    type: 'line',
    data: {
      labels: gap.map((band) => band.financialYear),
      datasets: [
        edge(
          'gap P95',
          gap.map((band) => band.p95),
          shade(0.15),
          false,
        ),
        edge(
          'gap 90% range (P5-P95)',
          gap.map((band) => band.p5),
          shade(0.15),
          '-1',
        ),
        edge(
          'gap P75',
          gap.map((band) => band.p75),
          shade(0.32),
          false,
        ),
        edge(
          'gap 50% range (P25-P75)',
          gap.map((band) => band.p25),
          shade(0.32),
          '-1',
        ),
        {
          label: 'gap, median',
          data: gap.map((band) => band.p50),
          borderColor: shade(1),
          backgroundColor: shade(1),
          borderWidth: 3,
          pointRadius: 0,
          fill: false,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 2.2,
      plugins: {
        title: { display: true, text: title, font: { size: 17, weight: 'bold' } },
        legend: { position: 'bottom', labels: { boxWidth: 18, font: { size: 14 } } },
      },
      scales: {
        x: { title: axisTitle('financial year (March)') },
        y: { beginAtZero: true, title: axisTitle('gap, FTE (demand − supply)') },
      },
    },
  } as ChartSpec
}
