import { dirname, join } from 'node:path'
import { describeIssue } from '@oneworkforce/schemas'
import type { DemoReport, DriverRanking, Section } from '../job/report-model'
import {
  formatDriverValue,
  formatFte,
  formatFteChange,
  formatIndex,
  formatMillions,
  formatPercent,
} from './format'
import { renderTable } from './terminal-table'
import { CSV_DIR, XLSX_NAME } from './write-report'

const MAX_ISSUES_SHOWN = 12

function heading(text: string): string {
  return `\n${text}\n${'═'.repeat(text.length)}`
}

function sectionBody<T>(section: Section<T>, render: (data: T) => string[]): string[] {
  if (section.status === 'ok')
    return [...render(section.data), ...(section.notes ?? []).map((note) => `  note: ${note}`)]
  if (section.status === 'unavailable') return [`  not computed: ${section.reason}`]
  return [
    `  failed: ${section.reason}`,
    ...section.issues.slice(0, MAX_ISSUES_SHOWN).map((each) => `  - ${describeIssue(each)}`),
  ]
}

/** The drivers of the range: the tornado and Sobol table, then each driver's range and source. */
function driverLines(ranking: DriverRanking): string[] {
  const p = (quantile: number) => `P${Math.round(quantile * 100)}`
  const [low, high] = [p(ranking.lowQuantile), p(ranking.highQuantile)]
  return [
    '',
    `  what drives the range: ${ranking.output}, ${formatFte(ranking.baselineAtMedians)} with every driver at its median`,
    `  tornado: one driver at its ${low} and ${high}, the others at their medians; ${
      ranking.sobolSamples > 0
        ? `Sobol indices: Saltelli sampling, N = ${ranking.sobolSamples}, seed ${ranking.sobolSeed}`
        : 'Sobol indices not computed (--sobol-samples 0)'
    }; ${formatFte(ranking.projections)} projections`,
    renderTable(
      [
        { header: 'driver' },
        { header: `value at ${low}`, align: 'right' },
        { header: `value at ${high}`, align: 'right' },
        { header: `gap at ${low}`, align: 'right' },
        { header: `gap at ${high}`, align: 'right' },
        { header: 'swing', align: 'right' },
        { header: 'Sobol first', align: 'right' },
        { header: 'Sobol total', align: 'right' },
      ],
      ranking.drivers.map((driver) => [
        driver.label,
        formatDriverValue(driver.lowValue, driver.valueKind),
        formatDriverValue(driver.highValue, driver.valueKind),
        formatFte(driver.outputAtLow),
        formatFte(driver.outputAtHigh),
        formatFte(driver.swing),
        formatIndex(driver.firstOrder),
        formatIndex(driver.total),
      ]),
    ),
    '  ranges and sources:',
    ...ranking.drivers.map(
      (driver) => `  - ${driver.label}: ${driver.range}. Source: ${driver.source}.`,
    ),
  ]
}

/** Renders the report as compact plain text for a terminal (80+ columns). */
export function renderTerminalReport(report: DemoReport, htmlPath?: string): string {
  const lines: string[] = [report.title, `generated ${report.generatedAt}`]

  lines.push(heading('1. Data validation'))
  const validation = report.validation
  if (validation.status === 'ok') {
    const data = validation.data
    lines.push(`  source: ${data.source}`)
    const nonEmpty = data.tables.filter((table) => table.rows > 0)
    lines.push(
      `  ${nonEmpty.map((table) => `${table.table} ${formatFte(table.rows)}`).join(', ')} rows`,
    )
    lines.push(`  ${data.errors} error(s), ${data.warnings} warning(s)`)
  }
  const shownIssues = validation.status === 'ok' ? validation.data.issues : []
  for (const each of shownIssues.slice(0, MAX_ISSUES_SHOWN))
    lines.push(`  - ${each.severity}: ${describeIssue(each)}`)
  if (shownIssues.length > MAX_ISSUES_SHOWN)
    lines.push(`  ... and ${shownIssues.length - MAX_ISSUES_SHOWN} more (see the HTML report)`)
  if (validation.status !== 'ok') lines.push(...sectionBody(validation, () => []))

  lines.push(heading('2. Projection: supply, demand and gap (FTE)'))
  lines.push(
    ...sectionBody(report.projection, (data) => {
      const baseline = data.scenarios[0]
      const baselineGap = baseline?.years.at(-1)?.gapFte ?? 0
      const scenarioRows = data.scenarios.map((scenario) => {
        const last = scenario.years.at(-1)
        return [
          scenario.name,
          formatFte(last?.supplyFte ?? 0),
          formatFte(last?.demandFte ?? 0),
          formatFte(last?.gapFte ?? 0),
          formatFte(last?.shortfallFte ?? 0),
          scenario === baseline ? '' : formatFteChange((last?.gapFte ?? 0) - baselineGap),
        ]
      })
      const first = (years: readonly { gapFte: number }[]): number => years[0]?.gapFte ?? 0
      const groupRows = data.byStaffGroup.map((group) => [
        group.label,
        formatFte(group.years[0]?.supplyFte ?? 0),
        formatFte(first(group.years)),
        formatFte(group.years.at(-1)?.supplyFte ?? 0),
        formatFte(group.years.at(-1)?.demandFte ?? 0),
        formatFte(group.years.at(-1)?.gapFte ?? 0),
      ])
      const firstYear = data.byStaffGroup[0]?.years[0]?.financialYear ?? ''
      return [
        `  from ${data.startMonth} to ${data.horizonYear}; figures for ${data.horizonYear}`,
        renderTable(
          [
            { header: 'scenario' },
            { header: 'supply FTE', align: 'right' },
            { header: 'demand FTE', align: 'right' },
            { header: 'gap FTE', align: 'right' },
            { header: 'shortfall FTE', align: 'right' },
            { header: 'gap vs baseline', align: 'right' },
          ],
          scenarioRows,
        ),
        '',
        `  baseline by staff group`,
        renderTable(
          [
            { header: 'staff group' },
            { header: `supply ${firstYear}`, align: 'right' },
            { header: `gap ${firstYear}`, align: 'right' },
            { header: `supply ${data.horizonYear}`, align: 'right' },
            { header: `demand ${data.horizonYear}`, align: 'right' },
            { header: `gap ${data.horizonYear}`, align: 'right' },
          ],
          groupRows,
        ),
      ]
    }),
  )

  lines.push(heading('3. Uncertainty: Monte Carlo ranges of the baseline gap (FTE)'))
  lines.push(
    ...sectionBody(report.uncertainty, (data) => [
      `  ${formatFte(data.runs)} runs, seed ${data.seed}${data.threads ? `, ${data.threads} worker thread(s)` : ''}`,
      renderTable(
        [
          { header: 'financial year' },
          { header: 'P5', align: 'right' },
          { header: 'P25', align: 'right' },
          { header: 'median', align: 'right' },
          { header: 'P75', align: 'right' },
          { header: 'P95', align: 'right' },
        ],
        data.gap
          .filter((_, index, all) => index % 2 === 0 || index === all.length - 1)
          .map((band) => [
            band.financialYear,
            ...[band.p5, band.p25, band.p50, band.p75, band.p95].map(formatFte),
          ]),
      ),
      ...(data.probabilityGapAbove
        ? [
            `  probability the ${data.horizonYear} gap exceeds ${formatFte(data.probabilityGapAbove.thresholdFte)} FTE: ${formatPercent(data.probabilityGapAbove.probability)}`,
          ]
        : []),
      ...(data.drivers ? driverLines(data.drivers) : []),
    ]),
  )

  lines.push(heading('4. Benchmarking: funnel-plot outliers and SPC signals'))
  lines.push(
    ...sectionBody(report.benchmarking, (data) => [
      ...data.funnels.flatMap((funnel) => {
        const outliers = funnel.points.filter((point) => point.outlier !== 'none')
        return [
          `  ${funnel.indicator}, ${funnel.peerGroup}, ${funnel.period}: ${funnel.valueKind === 'ratio' ? `observed ÷ expected around ${funnel.target.toFixed(2)}` : `pooled ${formatPercent(funnel.target)}`}, ${outliers.length} of ${funnel.points.length} outside 99.8% limits${funnel.overdispersion ? ` (${funnel.overdispersion})` : ''}`,
          ...(outliers.length > 0
            ? [
                renderTable(
                  [
                    { header: 'organisation' },
                    { header: 'value', align: 'right' },
                    { header: 'size', align: 'right' },
                    { header: 'direction' },
                  ],
                  outliers.map((point) => [
                    `${point.unit} ${point.label}`,
                    funnel.valueKind === 'ratio'
                      ? point.value.toFixed(2)
                      : formatPercent(point.value),
                    formatFte(point.size),
                    point.outlier,
                  ]),
                  '    ',
                ),
              ]
            : []),
        ]
      }),
      ...data.spc.flatMap((chart) => [
        `  SPC ${chart.indicator} (${chart.unit}): ${chart.phases
          .map(
            (phase) =>
              `${phase.start} to ${phase.end} mean ${formatPercent(phase.mean)}, limits ${formatPercent(phase.lowerLimit)} to ${formatPercent(phase.upperLimit)}`,
          )
          .join('; ')}`,
        ...chart.rebasedAt.map((change) => `    rebased at ${change.month}: ${change.reason}`),
        ...(chart.signals.length > 0
          ? chart.signals.map((signal) => `    - ${signal}`)
          : ['    no special-cause variation']),
      ]),
    ]),
  )

  lines.push(heading('5. Prioritisation: initiatives against the four tests'))
  lines.push(
    ...sectionBody(report.prioritisation, (data) => [
      `  method ${data.method}; weights ${data.weights.map((each) => `${each.criterion} ${formatPercent(each.weight)}`).join(', ')}`,
      renderTable(
        [
          { header: 'rank', align: 'right' },
          { header: 'initiative' },
          { header: 'score', align: 'right' },
          { header: 'P(first)', align: 'right' },
          { header: 'cost', align: 'right' },
          { header: 'in portfolio' },
        ],
        data.ranking.map((each) => [
          String(each.rank),
          each.title.length > 44 ? `${each.title.slice(0, 43)}…` : each.title,
          each.score.toFixed(3),
          each.firstRankShare === undefined ? '' : formatPercent(each.firstRankShare),
          formatMillions(each.costGbp),
          each.inPortfolio ? 'yes' : '',
        ]),
      ),
      `  portfolio within budget ${formatMillions(data.budgetGbp)}: ${data.ranking.filter((each) => each.inPortfolio).length} initiatives costing ${formatMillions(data.portfolioCostGbp)}`,
      ...(data.smaaSamples
        ? [`  rank stability from ${formatFte(data.smaaSamples)} SMAA weight samples`]
        : []),
      ...(data.opportunity
        ? [
            `  size of the opportunity measured: FTE of the ${data.opportunity.year} gap each initiative's scenario closes (${data.opportunity.unmeasured.length} without a lever keep the panel's scores)`,
          ]
        : []),
      ...(data.valueForMoney
        ? [
            `  value for money (most ${data.valueForMoney.benefitUnit}): ${data.valueForMoney.chosen.length} initiatives costing ${formatMillions(data.valueForMoney.costGbp)}, closing ${formatFte(data.valueForMoney.totalBenefit)} FTE; only here: ${data.valueForMoney.onlyValueForMoney.join(', ') || 'none'}; only in the score sum: ${data.valueForMoney.onlyScoreSum.join(', ') || 'none'}`,
          ]
        : []),
      ...(data.assumptions ?? [])
        .filter((each) => each.flagged)
        .map((each) => `  assumption to review: ${each.value}`),
    ]),
  )

  if (htmlPath)
    lines.push(
      '',
      `HTML report: ${htmlPath}`,
      `Tables: ${join(dirname(htmlPath), XLSX_NAME)} and ${join(dirname(htmlPath), CSV_DIR)}/*.csv`,
    )
  return lines.join('\n')
}
