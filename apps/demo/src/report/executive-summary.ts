import type { DemoReport } from '../job/report-model'
import { escapeHtml } from './escape'
import { formatFte, formatMillions, formatPercent } from './format'

interface Card {
  readonly label: string
  readonly value: string
  readonly detail: string
}

function card(each: Card): string {
  return `<div class="card"><p class="card-label">${escapeHtml(each.label)}</p><p class="card-value">${escapeHtml(each.value)}</p><p class="card-detail">${escapeHtml(each.detail)}</p></div>`
}

function headline(report: DemoReport): { cards: Card[]; points: string[] } {
  const cards: Card[] = []
  const points: string[] = []
  if (report.projection.status !== 'ok') return { cards, points }
  const data = report.projection.data
  const baseline = data.scenarios[0]
  const first = baseline?.years[0]
  const last = baseline?.years.at(-1)
  if (!baseline || !first || !last) return { cards, points }
  const range = report.uncertainty.status === 'ok' ? report.uncertainty.data : undefined
  const band = range?.gap.at(-1)
  cards.push({
    label: `Baseline shortfall, ${data.horizonYear}`,
    value: `${formatFte(last.shortfallFte ?? last.gapFte)} FTE`,
    detail: `net gap ${formatFte(last.gapFte)} FTE; ${
      band
        ? `net gap 90% range ${formatFte(band.p5)} to ${formatFte(band.p95)} FTE (${range?.runs} runs)`
        : 'no Monte Carlo range computed'
    }`,
  })
  const demandGrowth = first.demandFte > 0 ? last.demandFte / first.demandFte - 1 : 0
  const supplyGrowth = first.supplyFte > 0 ? last.supplyFte / first.supplyFte - 1 : 0
  points.push(
    `<strong>Shortfall.</strong> On current trends the ICS needs ${formatFte(last.demandFte)} FTE in ${escapeHtml(data.horizonYear)} and will have ${formatFte(last.supplyFte)}: a net gap of <strong>${formatFte(last.gapFte)} FTE</strong>${band ? ` (90% range ${formatFte(band.p5)} to ${formatFte(band.p95)})` : ''}${last.shortfallFte !== undefined ? ` and a shortfall of <strong>${formatFte(last.shortfallFte)} FTE</strong> (the posts short of staff added up; a surplus in one post does not fill another)` : ''}${range?.probabilityGapAbove ? `, a gap in ${formatPercent(range.probabilityGapAbove.probability)} of the simulated runs` : ''}.`,
  )
  const drivers = range?.drivers
  const [topSwing, secondSwing] = drivers?.drivers ?? []
  const topTotal = [...(drivers?.drivers ?? [])]
    .filter((each) => each.total !== undefined)
    .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))[0]
  if (drivers && topSwing)
    points.push(
      `<strong>What drives the range.</strong> Of the uncertain assumptions, ${escapeHtml(topSwing.label.toLowerCase())} moves the ${escapeHtml(drivers.output)} most: from ${formatFte(topSwing.outputAtLow)} to ${formatFte(topSwing.outputAtHigh)} FTE between its P${Math.round(drivers.lowQuantile * 100)} and P${Math.round(drivers.highQuantile * 100)}${secondSwing ? `, then ${escapeHtml(secondSwing.label.toLowerCase())} (a swing of ${formatFte(secondSwing.swing)} FTE)` : ''}${topTotal?.total !== undefined ? `; ${escapeHtml(topTotal.label.toLowerCase())} explains the largest share of the variance (Sobol total index ${topTotal.total.toFixed(2)})` : ''} (chapter 4).`,
    )
  const groups = [...data.byStaffGroup]
    .filter((group) => (group.years.at(-1)?.gapFte ?? 0) > 0)
    .sort((a, b) => (b.years.at(-1)?.gapFte ?? 0) - (a.years.at(-1)?.gapFte ?? 0))
  const top = groups.slice(0, 3)
  const positive = groups.reduce((sum, group) => sum + (group.years.at(-1)?.gapFte ?? 0), 0)
  const topSum = top.reduce((sum, group) => sum + (group.years.at(-1)?.gapFte ?? 0), 0)
  points.push(
    `<strong>Main drivers.</strong> Demand grows ${formatPercent(demandGrowth)} from ${escapeHtml(first.financialYear)} (population ageing, weighted by service use) while supply changes ${formatPercent(supplyGrowth)}. ${
      top.length > 0
        ? `The largest gaps: ${top.map((group) => `${escapeHtml(group.label)} ${formatFte(group.years.at(-1)?.gapFte ?? 0)} FTE`).join(', ')}${positive > 0 ? ` (${formatPercent(topSum / positive)} of the staff groups' shortfall)` : ''}.`
        : ''
    }`,
  )
  const best = data.scenarios
    .slice(1)
    .map((scenario) => ({ scenario, gap: scenario.years.at(-1)?.gapFte ?? last.gapFte }))
    .sort((a, b) => a.gap - b.gap)[0]
  if (best) {
    const closed = last.gapFte - best.gap
    cards.push({
      label: `Best scenario: ${best.scenario.name}`,
      value: best.gap <= 0 ? 'gap closed' : `${formatFte(closed)} FTE closed`,
      detail:
        best.gap <= 0
          ? `surplus of ${formatFte(-best.gap)} FTE in ${data.horizonYear}`
          : `gap ${formatFte(best.gap)} FTE in ${data.horizonYear}`,
    })
    const others = data.scenarios
      .slice(1)
      .filter((scenario) => scenario.id !== best.scenario.id)
      .map(
        (scenario) =>
          `${escapeHtml(scenario.name)} ${formatFte(scenario.years.at(-1)?.gapFte ?? 0)} FTE`,
      )
    points.push(
      `<strong>Scenarios.</strong> ${escapeHtml(best.scenario.name)} does the most: ${
        best.gap <= 0
          ? `it closes the gap and leaves a surplus of ${formatFte(-best.gap)} FTE`
          : `it closes ${formatFte(closed)} FTE (${formatPercent(closed / last.gapFte)} of the gap), leaving ${formatFte(best.gap)} FTE`
      } in ${escapeHtml(data.horizonYear)}.${others.length > 0 ? ` Gap under the others: ${others.join('; ')}.` : ''}`,
    )
  }
  const costs = data.costs
  if (costs && costs.length > 0) {
    const start = costs[0]
    const end = costs.at(-1)
    if (start && end) {
      points.push(
        `<strong>Costs.</strong> The baseline pay bill is ${escapeHtml(formatMillions(start.totalGbp))} in ${escapeHtml(start.financialYear)} (agency ${escapeHtml(formatMillions(start.agencyGbp))}) and ${escapeHtml(formatMillions(end.totalGbp))} in ${escapeHtml(end.financialYear)} (agency ${escapeHtml(formatMillions(end.agencyGbp))}), in 2025/26 pay.`,
      )
    }
  }
  return { cards, points }
}

function portfolio(report: DemoReport): { cards: Card[]; points: string[] } {
  if (report.prioritisation.status !== 'ok') return { cards: [], points: [] }
  const data = report.prioritisation.data
  const chosen = data.ranking.filter((each) => each.inPortfolio)
  const titleOf = (id: string) => data.ranking.find((each) => each.id === id)?.title ?? id
  return {
    cards: [
      {
        label: 'Recommended portfolio',
        value: `${chosen.length} initiatives, ${formatMillions(data.portfolioCostGbp)}`,
        detail: `within a budget of ${formatMillions(data.budgetGbp)}`,
      },
    ],
    points: [
      `<strong>Recommended portfolio</strong> (${chosen.length} initiatives, ${escapeHtml(formatMillions(data.portfolioCostGbp))} of ${escapeHtml(formatMillions(data.budgetGbp))}, the highest total score on the four tests): ${chosen.map((each) => `${escapeHtml(each.title)} (${escapeHtml(formatMillions(each.costGbp))})`).join('; ')}.`,
      ...(data.valueForMoney
        ? [
            `<strong>Value for money.</strong> Buying the most ${escapeHtml(data.valueForMoney.benefitUnit)} instead funds ${data.valueForMoney.chosen.length} initiatives for ${escapeHtml(formatMillions(data.valueForMoney.costGbp))}, closing ${formatFte(data.valueForMoney.totalBenefit)} FTE${
              data.valueForMoney.onlyValueForMoney.length > 0
                ? `; it adds ${data.valueForMoney.onlyValueForMoney.map((id) => escapeHtml(titleOf(id))).join(', ')}`
                : ''
            }${
              data.valueForMoney.onlyScoreSum.length > 0
                ? ` and drops ${data.valueForMoney.onlyScoreSum.map((id) => escapeHtml(titleOf(id))).join(', ')}`
                : ''
            }. The board should choose between them knowingly (see chapter 6).`,
          ]
        : []),
    ],
  }
}

function findings(report: DemoReport): { cards: Card[]; points: string[] } {
  if (report.benchmarking.status !== 'ok') return { cards: [], points: [] }
  const data = report.benchmarking.data
  const outliers = data.funnels.flatMap((funnel) =>
    funnel.points.filter((point) => point.outlier !== 'none').map((point) => ({ funnel, point })),
  )
  const points: string[] = [
    `<strong>Benchmarking.</strong> ${
      outliers.length === 0
        ? 'No organisation is outside the 99.8% limits of its peer group.'
        : `Outside the 99.8% limits of their peer group: ${outliers
            .map(
              ({ funnel, point }) =>
                `${escapeHtml(point.label)} (${escapeHtml(point.unit)}), ${escapeHtml(funnel.indicator)} ${funnel.valueKind === 'ratio' ? `${point.value.toFixed(2)} times the expected` : `${formatPercent(point.value)} against ${formatPercent(funnel.target)}`} for ${escapeHtml(funnel.peerGroup)} (${point.outlier})`,
            )
            .join('; ')}.`
    }`,
  ]
  for (const chart of data.spc) {
    for (const change of chart.rebasedAt) {
      const [before, after] = chart.phases
      points.push(
        `<strong>Change over time.</strong> The ICS ${escapeHtml(chart.indicator)} changed at ${escapeHtml(change.month)}${before && after ? `, from ${formatPercent(before.mean)} to ${formatPercent(after.mean)}` : ''}: ${escapeHtml(change.reason)}. The chart is rebased there.`,
      )
    }
  }
  return {
    cards: [
      {
        label: 'Organisations outside 99.8% limits',
        value: String(new Set(outliers.map(({ point }) => point.unit)).size),
        detail:
          outliers.map(({ point, funnel }) => `${point.unit} (${funnel.indicator})`).join(', ') ||
          'none',
      },
    ],
    points,
  }
}

/** The executive summary: headline figures as cards, then the findings a board needs, in order. */
export function executiveSummaryHtml(report: DemoReport): string {
  const parts = [headline(report), portfolio(report), findings(report)]
  const flagged = report.assumptions.filter((each) => each.flagged).length
  const points = parts.flatMap((part) => part.points)
  if (flagged > 0)
    points.push(
      `<strong>Assumptions to review.</strong> ${flagged} of the ${report.assumptions.length} assumptions are defaults nobody has chosen yet (marked on the assumptions page).`,
    )
  return `<section id="summary" class="summary"><h2>Executive summary</h2>
<div class="cards">${parts
    .flatMap((part) => part.cards)
    .map(card)
    .join('')}</div>
<ul class="summary-points">${points.map((point) => `<li>${point}</li>`).join('')}</ul></section>`
}
