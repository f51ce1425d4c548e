import { describeIssue } from '@oneworkforce/schemas'
import type { DemoReport, Section } from '../job/report-model'
import {
  type ChartSpec,
  fanChart,
  funnelChart,
  rankingChart,
  scenarioChart,
  spcChart,
  supplyDemandChart,
} from './charts'
import { formatFte, formatFteChange, formatMillions, formatPercent } from './format'

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** Serialises data for a `<script type="application/json">` block: no `</script>` can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029')
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
): string {
  const cell = (tag: string, text: string, index: number): string =>
    `<${tag}${numeric[index] ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`
  return `<table><thead><tr>${headers.map((header, index) => cell('th', header, index)).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((text, index) => cell('td', text, index)).join('')}</tr>`)
    .join('')}</tbody></table>`
}

function canvas(spec: ChartSpec): string {
  return `<figure class="chart"><canvas id="${escapeHtml(spec.id)}" aria-label="${escapeHtml(spec.title)}" role="img"></canvas></figure>`
}

function sectionHtml<T>(title: string, section: Section<T>, render: (data: T) => string): string {
  const body =
    section.status === 'ok'
      ? render(section.data) +
        (section.notes ?? []).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('')
      : section.status === 'unavailable'
        ? `<p class="unavailable">Not computed: ${escapeHtml(section.reason)}</p>`
        : `<p class="failed">Failed: ${escapeHtml(section.reason)}</p>${issueList(section.issues)}`
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`
}

function issueList(issues: readonly Parameters<typeof describeIssue>[0][]): string {
  if (issues.length === 0) return '<p>No issues.</p>'
  const shown = issues.slice(0, 200)
  const more =
    issues.length > shown.length ? `<p>… and ${issues.length - shown.length} more.</p>` : ''
  return `<ul class="issues">${shown.map((each) => `<li class="${each.severity}">${escapeHtml(`${each.severity}: ${describeIssue(each)}`)}</li>`).join('')}</ul>${more}`
}

/** The chart specifications the report draws, in page order. */
export function reportCharts(report: DemoReport): ChartSpec[] {
  const charts: ChartSpec[] = []
  if (report.uncertainty.status === 'ok')
    charts.push(...report.uncertainty.data.byStaffGroup.map(fanChart))
  else if (report.projection.status === 'ok')
    charts.push(...report.projection.data.byStaffGroup.map(supplyDemandChart))
  if (report.projection.status === 'ok') charts.push(scenarioChart(report.projection.data))
  if (report.benchmarking.status === 'ok') {
    charts.push(
      ...report.benchmarking.data.funnels.map(funnelChart),
      ...report.benchmarking.data.spc.map(spcChart),
    )
  }
  if (report.prioritisation.status === 'ok') charts.push(rankingChart(report.prioritisation.data))
  return charts
}

const styles = `
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#212b32;line-height:1.45}
h1{color:#005eb8;margin-bottom:.2rem}h2{border-bottom:2px solid #005eb8;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}th,td{padding:.25rem .6rem;border-bottom:1px solid #d8dde0;text-align:left}
th{background:#f0f4f5}.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:1rem}.chart{margin:0;background:#fff;border:1px solid #d8dde0;padding:.5rem}
.unavailable,.failed{background:#fff9c4;padding:.5rem;border-left:4px solid #ffb81c}.failed{border-color:#da291c}
.issues li.error{color:#8a1538}.issues li.warning{color:#6b4e00}.meta{color:#4c6272}.note{color:#4c6272;font-size:.9rem}
`

/**
 * Renders the whole report as one self-contained HTML file: every text escaped, chart data as
 * JSON, and Chart.js (its UMD build, passed in as source text) inlined so it opens offline.
 */
export function renderHtmlReport(report: DemoReport, chartJsSource: string): string {
  const charts = reportCharts(report)
  const byPrefix = (prefix: string) =>
    charts
      .filter((spec) => spec.id.startsWith(prefix))
      .map(canvas)
      .join('')

  const validation = sectionHtml('1. Data validation', report.validation, (data) => {
    const tables = table(
      ['table', 'rows'],
      data.tables.filter((each) => each.rows > 0).map((each) => [each.table, formatFte(each.rows)]),
      [false, true],
    )
    return `<p class="meta">Source: ${escapeHtml(data.source)}. ${data.errors} error(s), ${data.warnings} warning(s).</p>${tables}${issueList(data.issues)}`
  })

  const projection = sectionHtml(
    '2. Projection: supply, demand and gap',
    report.projection,
    (data) => {
      const baselineGap = data.scenarios[0]?.years.at(-1)?.gapFte ?? 0
      const rows = data.scenarios.map((scenario, index) => {
        const last = scenario.years.at(-1)
        return [
          scenario.name,
          formatFte(last?.supplyFte ?? 0),
          formatFte(last?.demandFte ?? 0),
          formatFte(last?.gapFte ?? 0),
          index === 0 ? '' : formatFteChange((last?.gapFte ?? 0) - baselineGap),
        ]
      })
      const groups = data.byStaffGroup.map((group) => [
        group.label,
        formatFte(group.years[0]?.supplyFte ?? 0),
        formatFte(group.years.at(-1)?.supplyFte ?? 0),
        formatFte(group.years.at(-1)?.demandFte ?? 0),
        formatFte(group.years.at(-1)?.gapFte ?? 0),
      ])
      return `<p class="meta">From ${escapeHtml(data.startMonth)} to ${escapeHtml(data.horizonYear)}. FTE in ${escapeHtml(data.horizonYear)}.</p>
${table(['scenario', 'supply FTE', 'demand FTE', 'gap FTE', 'gap vs baseline'], rows, [false, true, true, true, true])}
<div class="charts">${byPrefix('scenarios')}</div>
<h3>Baseline by staff group</h3>
${table(['staff group', `supply ${data.byStaffGroup[0]?.years[0]?.financialYear ?? ''}`, `supply ${data.horizonYear}`, `demand ${data.horizonYear}`, `gap ${data.horizonYear}`], groups, [false, true, true, true, true])}
${report.uncertainty.status === 'ok' ? '' : `<div class="charts">${byPrefix('supply-demand-')}</div>`}`
    },
  )

  const uncertainty = sectionHtml(
    '3. Uncertainty: Monte Carlo ranges',
    report.uncertainty,
    (data) => {
      const rows = data.gap.map((band) => [
        band.financialYear,
        ...[band.p5, band.p25, band.p50, band.p75, band.p95].map(formatFte),
      ])
      const probability = data.probabilityGapAbove
        ? `<p>Probability the ${escapeHtml(data.horizonYear)} gap exceeds ${escapeHtml(formatFte(data.probabilityGapAbove.thresholdFte))} FTE: <strong>${escapeHtml(formatPercent(data.probabilityGapAbove.probability))}</strong>.</p>`
        : ''
      return `<p class="meta">${escapeHtml(formatFte(data.runs))} runs, seed ${data.seed}.</p>
<h3>Supply and demand fan charts by staff group</h3><div class="charts">${byPrefix('fan-')}</div>
<h3>Baseline gap (FTE)</h3>${table(['financial year', 'P5', 'P25', 'median', 'P75', 'P95'], rows, [false, true, true, true, true, true])}${probability}`
    },
  )

  const benchmarking = sectionHtml('4. Benchmarking', report.benchmarking, (data) => {
    const funnels = data.funnels
      .map((funnel) => {
        const outliers = funnel.points.filter((point) => point.outlier !== 'none')
        return `<h3>${escapeHtml(funnel.indicator)} (${escapeHtml(funnel.period)})</h3>
<p class="meta">Target ${escapeHtml(formatPercent(funnel.target))}; ${outliers.length} of ${funnel.points.length} organisations outside the 99.8% limits.${funnel.overdispersion ? ` ${escapeHtml(funnel.overdispersion)}` : ''}</p>
${
  outliers.length > 0
    ? table(
        ['organisation', 'value', 'size', 'direction'],
        outliers.map((point) => [
          point.label,
          formatPercent(point.value),
          formatFte(point.size),
          point.outlier,
        ]),
        [false, true, true, false],
      )
    : ''
}`
      })
      .join('')
    const spc = data.spc
      .map(
        (chart) =>
          `<h3>SPC: ${escapeHtml(chart.indicator)} (${escapeHtml(chart.unit)})</h3><ul>${(chart.signals.length > 0 ? chart.signals : ['no special-cause variation']).map((signal) => `<li>${escapeHtml(signal)}</li>`).join('')}</ul>`,
      )
      .join('')
    return `${funnels}<div class="charts">${byPrefix('funnel-')}</div>${spc}<div class="charts">${byPrefix('spc-')}</div>`
  })

  const prioritisation = sectionHtml(
    '5. Prioritisation against the four tests',
    report.prioritisation,
    (data) => {
      const rows = data.ranking.map((each) => [
        String(each.rank),
        each.title,
        each.score.toFixed(3),
        each.firstRankShare === undefined ? '' : formatPercent(each.firstRankShare),
        formatMillions(each.costGbp),
        each.inPortfolio ? 'yes' : '',
        each.verdict ?? '',
      ])
      return `<p class="meta">Method ${escapeHtml(data.method)}; weights ${escapeHtml(data.weights.map((each) => `${each.criterion} ${formatPercent(each.weight)}`).join(', '))}.</p>
${table(['rank', 'initiative', 'score', 'P(first)', 'cost', 'in portfolio', 'stability'], rows, [true, false, true, true, true, false, false])}
<p>Portfolio within the budget of ${escapeHtml(formatMillions(data.budgetGbp))}: ${data.ranking.filter((each) => each.inPortfolio).length} initiatives costing ${escapeHtml(formatMillions(data.portfolioCostGbp))}.</p>
<div class="charts">${byPrefix('ranking')}</div>`
    },
  )

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${styles}</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">Generated ${escapeHtml(report.generatedAt)} · Monte Carlo ${report.options.runs} runs, seed ${report.options.seed} · synthetic sample data unless stated</p>
${validation}${projection}${uncertainty}${benchmarking}${prioritisation}
<script type="application/json" id="chart-data">${jsonForScript(charts)}</script>
<script>${chartJsSource.replaceAll('</script', '<\\/script')}</script>
<script>
(function () {
  var specs = JSON.parse(document.getElementById('chart-data').textContent);
  specs.forEach(function (spec) {
    var canvas = document.getElementById(spec.id);
    if (canvas) new Chart(canvas, { type: spec.type, data: spec.data, options: spec.options });
  });
})();
</script>
</body>
</html>
`
}
