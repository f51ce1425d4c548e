import type { Issue } from '@oneworkforce/schemas'
import type { DemoReport, FunnelSummary, Section } from '../job/report-model'
import { chartRuntimeScript } from './chart-runtime'
import {
  type ChartSpec,
  costChart,
  fanChart,
  funnelChart,
  rankingChart,
  scenarioChart,
  spcChart,
  supplyDemandChart,
  tornadoChart,
} from './charts'
import { escapeHtml, jsonForScript } from './escape'
import { executiveSummaryHtml } from './executive-summary'
import { formatFte, formatFteChange, formatGbpWhole, formatMillions, formatPercent } from './format'
import { issueText } from './issue-text'
import {
  assuranceIconSvg,
  assuranceIconText,
  variationIconSvg,
  variationIconText,
} from './mdc-icons'
import { type ReportCell, type ReportColumn, type ReportTable, reportTables } from './report-tables'
import { reportStyles } from './styles'

export { escapeHtml, jsonForScript } from './escape'

/** Where the exports live, relative to report.html (see `write-report.ts`). */
const XLSX_FILE = 'report-tables.xlsx'
const CSV_FOLDER = 'report-tables'

function cellText(value: ReportCell, column: ReportColumn, header: string): string {
  if (value === '') return ''
  if (typeof value === 'string') return column.kind === 'gbp' ? formatMillions(value) : value
  switch (column.kind) {
    case 'percent':
      return formatPercent(value)
    case 'score':
      return value.toFixed(3)
    case 'decimal':
      return value.toFixed(2)
    case 'fte':
      return header.includes('vs baseline') ? formatFteChange(value) : formatFte(value)
    default:
      return formatFte(value)
  }
}

function tableHtml(table: ReportTable | undefined, flag?: (row: readonly ReportCell[]) => boolean) {
  if (!table) return ''
  const numeric = table.columns.map((column) => column.kind !== 'text')
  const th = table.columns
    .map(
      (column, index) =>
        `<th scope="col"${numeric[index] ? ' class="num"' : ''}>${escapeHtml(column.header)}</th>`,
    )
    .join('')
  const body = table.rows
    .map((row) => {
      const cells = table.columns
        .map((column, index) => {
          const text = escapeHtml(cellText(row[index] ?? '', column, column.header))
          return `<td${numeric[index] ? ' class="num"' : ''}>${text}</td>`
        })
        .join('')
      return `<tr${flag?.(row) ? ' class="flagged"' : ''}>${cells}</tr>`
    })
    .join('')
  return `<div class="table-block"><table id="table-${escapeHtml(table.id)}"><caption>${escapeHtml(table.title)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>
<p class="exports">Download: <a href="${CSV_FOLDER}/${escapeHtml(table.id)}.csv">${escapeHtml(table.id)}.csv</a> · sheet “${escapeHtml(table.id.slice(0, 31))}” of <a href="${XLSX_FILE}">${XLSX_FILE}</a></p></div>`
}

function figure(spec: ChartSpec): string {
  return `<figure class="chart"><canvas id="${escapeHtml(spec.id)}" role="img" aria-label="${escapeHtml(spec.description)}"></canvas><figcaption>${escapeHtml(spec.description)}</figcaption></figure>`
}

function issueList(issues: readonly Issue[]): string {
  if (issues.length === 0) return '<p>No issues.</p>'
  const shown = issues.slice(0, 200)
  const more =
    issues.length > shown.length ? `<p>… and ${issues.length - shown.length} more.</p>` : ''
  return `<ul class="issues">${shown.map((each) => `<li class="${each.severity}">${escapeHtml(issueText(each))}</li>`).join('')}</ul>${more}`
}

function sectionHtml<T>(
  id: string,
  title: string,
  section: Section<T>,
  render: (data: T) => string,
): string {
  const body =
    section.status === 'ok'
      ? render(section.data) +
        (section.notes ?? []).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('')
      : section.status === 'unavailable'
        ? `<p class="unavailable">Not computed: ${escapeHtml(section.reason)}</p>`
        : `<p class="failed">Failed: ${escapeHtml(section.reason)}</p>${issueList(section.issues)}`
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>${body}</section>`
}

/** The funnels drawn as charts: NHS trusts', and any peer group with an outlier (the rest are tables). */
function drawnFunnel(funnel: FunnelSummary): boolean {
  return (
    funnel.peerGroup === 'NHS trusts' || funnel.points.some((point) => point.outlier !== 'none')
  )
}

/** The chart specifications the report draws, in page order. */
export function reportCharts(report: DemoReport): ChartSpec[] {
  const charts: ChartSpec[] = []
  if (report.projection.status === 'ok') {
    charts.push(scenarioChart(report.projection.data))
    if (report.uncertainty.status !== 'ok')
      charts.push(...report.projection.data.byStaffGroup.slice(0, 6).map(supplyDemandChart))
    if (report.projection.data.costs?.length) charts.push(costChart(report.projection.data.costs))
  }
  if (report.uncertainty.status === 'ok') {
    if (report.uncertainty.data.drivers) charts.push(tornadoChart(report.uncertainty.data.drivers))
    charts.push(...report.uncertainty.data.byStaffGroup.map(fanChart))
  }
  if (report.benchmarking.status === 'ok') {
    charts.push(
      ...report.benchmarking.data.funnels.filter(drawnFunnel).map(funnelChart),
      ...report.benchmarking.data.spc.map(spcChart),
    )
  }
  if (report.prioritisation.status === 'ok') charts.push(rankingChart(report.prioritisation.data))
  return charts
}

const chapters = [
  ['summary', 'Executive summary'],
  ['data', '1. Data'],
  ['projection', '2. Projection: supply, demand and gap'],
  ['costs', '3. Costs by financial year'],
  ['uncertainty', '4. Uncertainty: Monte Carlo ranges'],
  ['benchmarking', '5. Benchmarking: peers and change over time'],
  ['prioritisation', '6. Prioritisation against the four tests'],
  ['assumptions', '7. Assumptions and sources'],
] as const

/**
 * Renders the whole report as one self-contained HTML file: an executive summary, one chapter
 * per package, the assumptions page, every text escaped, chart data as JSON, Chart.js (its UMD
 * build, passed in as source text) inlined so it opens offline, and links to the CSV and XLSX
 * export of every table (written beside it by `writeReportFiles`).
 */
export function renderHtmlReport(report: DemoReport, chartJsSource: string): string {
  const charts = reportCharts(report)
  const chart = (id: string) => {
    const spec = charts.find((each) => each.id === id)
    return spec ? figure(spec) : ''
  }
  const chartsWith = (prefix: string) =>
    charts
      .filter((spec) => spec.id.startsWith(prefix))
      .map(figure)
      .join('')
  const tables = new Map(reportTables(report).map((each) => [each.id, each]))
  const t = (id: string, flag?: (row: readonly ReportCell[]) => boolean) =>
    tableHtml(tables.get(id), flag)

  const data = sectionHtml('data', chapters[1][1], report.validation, (summary) => {
    return `<p class="meta">Source: ${escapeHtml(summary.source)}. ${summary.errors} error(s), ${summary.warnings} warning(s).</p>${t('data-tables')}${summary.issues.length > 0 ? `<h3>Issues</h3>${issueList(summary.issues)}` : ''}`
  })

  const projection = sectionHtml('projection', chapters[2][1], report.projection, (summary) => {
    return `<p class="meta">From ${escapeHtml(summary.startMonth)} to ${escapeHtml(summary.horizonYear)}. FTE at the end of March of each financial year.</p>
${t('scenarios')}${chart('scenarios')}${t('scenario-gap-by-year')}
${t('baseline-by-staff-group')}${chartsWith('supply-demand-')}`
  })

  const costs =
    report.projection.status === 'ok' && report.projection.data.costs?.length
      ? `<section id="costs"><h2>${chapters[3][1]}</h2><p class="meta">Baseline, in 2025/26 pay (no pay awards after 2025/26). Bank and agency cover part of the shortfall at their premiums; the rest of the shortfall is unfilled. Cost to meet demand is shown when the projection gives it.</p>${t('costs-by-year')}${chart('pay-costs')}</section>`
      : `<section id="costs"><h2>${chapters[3][1]}</h2><p class="unavailable">Not computed: the projection gave no costs.</p></section>`

  const uncertainty = sectionHtml('uncertainty', chapters[4][1], report.uncertainty, (summary) => {
    const probability = summary.probabilityGapAbove
      ? `<p>Probability the ${escapeHtml(summary.horizonYear)} gap exceeds ${escapeHtml(formatFte(summary.probabilityGapAbove.thresholdFte))} FTE: <strong>${escapeHtml(formatPercent(summary.probabilityGapAbove.probability))}</strong>.</p>`
      : ''
    const ranking = summary.drivers
    const p = (quantile: number) => `P${Math.round(quantile * 100)}`
    const drivers = ranking
      ? `<h3>What drives the range: tornado and Sobol indices</h3>
<p>Each driver below is one independent draw per run, over its stated range (with its source in the table). The tornado moves one driver at a time to its ${p(ranking.lowQuantile)} and ${p(ranking.highQuantile)} with the others at their medians (${escapeHtml(formatFte(ranking.baselineAtMedians))} FTE) and ranks them by the swing of the ${escapeHtml(ranking.output)}. ${
          ranking.sobolSamples > 0
            ? `Sobol indices share out the variance of the same output when all of them vary together: first order is a driver’s share alone, total adds its interactions (Saltelli sampling, N = ${ranking.sobolSamples}, seed ${ranking.sobolSeed}; at this N an index is good to about ±0.1, and first-order estimates are the noisier).`
            : 'Sobol indices were not computed (--sobol-samples 0).'
        } ${escapeHtml(formatFte(ranking.projections))} projections in all.</p>
${chart('tornado')}${t('drivers')}`
      : ''
    return `<p class="meta">${escapeHtml(formatFte(summary.runs))} runs, seed ${summary.seed}.</p>
${t('gap-range')}${probability}${drivers}<h3>Supply and demand by staff group (largest six)</h3>${chartsWith('fan-')}`
  })

  const benchmarking = sectionHtml('benchmarking', chapters[5][1], report.benchmarking, (b) => {
    const funnels = b.funnels
      .map((funnel) => {
        const outliers = funnel.points.filter((point) => point.outlier !== 'none')
        const named = outliers
          .map(
            (point) =>
              `<span class="finding-${point.outlier}">${escapeHtml(point.label)} (${escapeHtml(point.unit)}) ${funnel.valueKind === 'ratio' ? point.value.toFixed(2) : formatPercent(point.value)}, ${point.outlier} than expected</span>`,
          )
          .join('; ')
        return `<h3>${escapeHtml(funnel.indicator)}: ${escapeHtml(funnel.peerGroup)} (${escapeHtml(funnel.period)})</h3>
<p>${funnel.valueKind === 'ratio' ? 'Observed ÷ expected around 1 (indirect standardisation: expected = Σ pooled rate by staff group × the trust’s mean headcount in it)' : `Pooled rate ${escapeHtml(formatPercent(funnel.target))}`}; ${escapeHtml(funnel.method)}; ${escapeHtml(funnel.overdispersion ?? '')}. ${outliers.length === 0 ? 'No organisation is outside the 99.8% limits.' : `Outside the 99.8% limits: ${named}.`}</p>
${drawnFunnel(funnel) ? chart(`funnel-${funnel.id}`) : ''}${t(`funnel-${funnel.id}`, (row) => String(row[7] ?? '').startsWith('outside 99.8%'))}`
      })
      .join('')
    const spc = b.spc
      .map((each) => {
        const icons = `<div class="spc-icons"><figure>${variationIconSvg(each.variationIcon)}<figcaption>Latest month: ${escapeHtml(variationIconText(each.variationIcon))}</figcaption></figure>${
          each.assurance
            ? `<figure>${assuranceIconSvg(each.assurance)}<figcaption>${escapeHtml(assuranceIconText(each.assurance))} (target ${escapeHtml(formatPercent(each.target ?? 0))})</figcaption></figure>`
            : ''
        }</div>`
        const rebased = each.rebasedAt
          .map(
            (change) =>
              `<p>Rebased at <strong>${escapeHtml(change.month)}</strong>: ${escapeHtml(change.reason)}. Without rebasing, one set of limits flags ${each.unrebasedSpecialCause} of ${each.points.length} months as special cause.</p>`,
          )
          .join('')
        return `<h3>SPC: ${escapeHtml(each.indicator)} (${escapeHtml(each.unit)})</h3>${icons}${rebased}
<ul>${each.signals.map((signal) => `<li>${escapeHtml(signal)}</li>`).join('')}</ul>${chart(each.id)}${t(`${each.id}-phases`)}
<details><summary>Every month</summary>${t(`${each.id}-months`)}</details>`
      })
      .join('')
    return `<p>Each organisation is compared with its peers only: a funnel of unlike organisations tells you about sectors, not performance.</p>${funnels}${spc}`
  })

  const prioritisation = sectionHtml(
    'prioritisation',
    chapters[6][1],
    report.prioritisation,
    (p) => {
      const chosen = p.ranking.filter((each) => each.inPortfolio)
      const titleOf = new Map(p.ranking.map((each) => [each.id, each.title]))
      const names = (ids: readonly string[]) =>
        ids.length === 0 ? 'none' : ids.map((id) => titleOf.get(id) ?? id).join('; ')
      return `<p class="meta">Method ${escapeHtml(p.method)}; weights ${escapeHtml(p.weights.map((each) => `${each.criterion} ${formatPercent(each.weight)}`).join(', '))}.</p>
<p>Portfolio within the budget of ${escapeHtml(formatMillions(p.budgetGbp))}: <strong>${chosen.length} initiatives costing ${escapeHtml(formatMillions(p.portfolioCostGbp))}</strong>.</p>
${t('ranking', (row) => row[5] === 'yes')}${chart('ranking')}${
  p.opportunity
    ? `<h3>Size of the opportunity, measured</h3><p>Each initiative names the scenario whose levers it pulls; its projection against the baseline gives the FTE of the ${escapeHtml(p.opportunity.year)} gap it closes, scored on the 1-5 scale in place of the panel’s judgement: ${escapeHtml(p.opportunity.formula)}.</p>${t('opportunity-measured')}`
    : ''
}${
  p.valueForMoney
    ? `<h3>Value for money beside the score sum</h3><p>The score-sum portfolio adds 1-5 scores, whose zero is arbitrary, so it favours several cheap initiatives. The value-for-money portfolio buys the most ${escapeHtml(p.valueForMoney.benefitUnit)} within the same budget: <strong>${p.valueForMoney.chosen.length} initiatives costing ${escapeHtml(formatMillions(p.valueForMoney.costGbp))}, closing ${escapeHtml(formatFte(p.valueForMoney.totalBenefit))} FTE</strong>${p.valueForMoney.costPerUnitGbp ? ` (about ${escapeHtml(formatGbpWhole(p.valueForMoney.costPerUnitGbp))} per FTE)` : ''}. Only in the score sum: ${escapeHtml(names(p.valueForMoney.onlyScoreSum))}; only in value for money: ${escapeHtml(names(p.valueForMoney.onlyValueForMoney))}.</p>`
    : ''
}${t('left-out')}`
    },
  )

  const assumptions = `<section id="assumptions"><h2>${chapters[7][1]}</h2><p>Every figure in this report rests on these. Rows marked “a default to review” are defaults nobody has chosen yet.</p>${t('assumptions', (row) => String(row[4] ?? '') !== '')}</section>`

  const contents = `<nav class="contents" aria-label="Contents"><strong>Contents</strong><ol>${chapters.map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`).join('')}</ol></nav>`

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${reportStyles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">Generated ${escapeHtml(report.generatedAt)} · Monte Carlo ${report.options.runs} runs, seed ${report.options.seed} · synthetic sample data unless stated</p>
<p class="exports">Every table is exported: <a href="${XLSX_FILE}">${XLSX_FILE}</a> (a sheet per table) and one CSV per table in <a href="${CSV_FOLDER}/">${CSV_FOLDER}/</a>.</p>
${contents}
</header>
<main>
${executiveSummaryHtml(report)}${data}${projection}${costs}${uncertainty}${benchmarking}${prioritisation}${assumptions}
</main>
<script type="application/json" id="chart-data">${jsonForScript(charts)}</script>
<script>${chartJsSource.replaceAll('</script', '<\\/script')}</script>
<script>${chartRuntimeScript}</script>
</body>
</html>
`
}
