import {
  type Dataset,
  describeIssue,
  type Issue,
  type NamedFile,
  type Result,
} from '@oneworkforce/schemas'
import { benchmarkingSection } from '../job/benchmarking'
import { ingestFiles } from '../job/ingest-files'
import { fourTests, prioritisationSection } from '../job/prioritisation'
import { type LeverSettings, leverSection } from '../job/projection'
import { DEFAULT_BUDGET_GBP } from '../job/run-job'
import { loadSampleDataset } from '../job/sample'
import { summariseValidation, validateRawDataset } from '../job/validation'
import { funnelChart, scenarioChart, spcChart, supplyDemandChart } from '../report/charts'
import { formatFte, formatFteChange, formatMillions, formatPercent } from '../report/format'
import { drawChart } from './chart-view'
import { byId, element, setStatus } from './dom'

interface PageState {
  dataset: Dataset | undefined
  source: string
  weights: Record<string, number>
}

const state: PageState = {
  dataset: undefined,
  source: 'sample ICS',
  weights: Object.fromEntries(fourTests.map((criterion) => [criterion, 1])),
}

const lever = (id: string): HTMLInputElement => byId<HTMLInputElement>(id)

function leverSettings(): LeverSettings {
  return {
    trainingPlacesChange: Number(lever('lever-train').value) / 100,
    leaverRateChange: -Number(lever('lever-retain').value) / 100,
    productivityRatePerYear: Number(lever('lever-reform').value) / 100,
  }
}

function showIssues(issues: readonly Issue[]): void {
  const list = byId('issues')
  const shown = issues.slice(0, 100)
  list.replaceChildren(
    ...shown.map((each) =>
      element('li', `${each.severity}: ${describeIssue(each)}`, each.severity),
    ),
    ...(issues.length > shown.length
      ? [element('li', `… and ${issues.length - shown.length} more`)]
      : []),
  )
}

function renderProjection(): void {
  const status = byId('projection-status')
  if (!state.dataset) {
    setStatus(status, 'No usable dataset: see "Your data" above.')
    return
  }
  const settings = leverSettings()
  byId('train-value').textContent = `+${formatPercent(settings.trainingPlacesChange)}`
  byId('retain-value').textContent = `−${formatPercent(-settings.leaverRateChange)}`
  byId('reform-value').textContent = `${formatPercent(settings.productivityRatePerYear)} a year`
  const section = leverSection(state.dataset, settings)
  if (section.status !== 'ok') {
    setStatus(status, section.reason)
    byId('gap-value').textContent = '–'
    drawChart('gap-chart', undefined)
    drawChart('staff-group-chart', undefined)
    return
  }
  setStatus(status, undefined)
  const data = section.data
  const baseline = data.scenarios[0]?.years.at(-1)
  const custom = data.scenarios.at(-1)?.years.at(-1)
  byId('gap-year').textContent = data.horizonYear
  byId('gap-value').textContent = formatFte(custom?.gapFte ?? 0)
  byId('gap-change').textContent =
    data.scenarios.length > 1
      ? `(${formatFteChange((custom?.gapFte ?? 0) - (baseline?.gapFte ?? 0))} vs baseline)`
      : ''
  drawChart('gap-chart', scenarioChart(data))
  const total = data.byStaffGroup[0]
  drawChart('staff-group-chart', total ? supplyDemandChart(total) : undefined)
  const table = byId<HTMLTableElement>('staff-group-table')
  const header = element('tr')
  header.append(
    ...[
      'staff group',
      `supply ${data.horizonYear}`,
      `demand ${data.horizonYear}`,
      `gap ${data.horizonYear}`,
    ].map((text) => element('th', text)),
  )
  table.replaceChildren(
    header,
    ...data.byStaffGroup.map((group) => {
      const last = group.years.at(-1)
      const row = element('tr')
      row.append(
        element('td', group.label),
        element('td', formatFte(last?.supplyFte ?? 0)),
        element('td', formatFte(last?.demandFte ?? 0)),
        element('td', formatFte(last?.gapFte ?? 0)),
      )
      return row
    }),
  )
}

function renderBenchmarking(): void {
  const status = byId('benchmarking-status')
  const findings = byId('benchmarking-findings')
  const section = state.dataset ? benchmarkingSection(state.dataset) : undefined
  if (!section || section.status !== 'ok') {
    setStatus(status, section?.reason ?? 'No usable dataset.')
    findings.replaceChildren()
    drawChart('funnel-chart', undefined)
    drawChart('spc-chart', undefined)
    return
  }
  setStatus(status, undefined)
  const funnel = section.data.funnels[0]
  const spc = section.data.spc[0]
  drawChart('funnel-chart', funnel ? funnelChart(funnel) : undefined)
  drawChart('spc-chart', spc ? spcChart(spc) : undefined)
  findings.replaceChildren(
    ...section.data.funnels.flatMap((each) =>
      each.points
        .filter((point) => point.outlier !== 'none')
        .map((point) =>
          element(
            'li',
            `${each.indicator}: ${point.label} ${formatPercent(point.value)} (${point.outlier} than expected)`,
          ),
        ),
    ),
    ...section.data.spc.flatMap((each) =>
      each.signals.map((signal) => element('li', `${each.indicator}: ${signal}`)),
    ),
  )
}

function renderWeights(): void {
  const container = byId('weights')
  container.replaceChildren(
    ...fourTests.map((criterion) => {
      const label = element('label', criterion.replaceAll('-', ' '))
      const input = element('input')
      Object.assign(input, {
        type: 'range',
        min: '0',
        max: '5',
        step: '0.5',
        value: String(state.weights[criterion] ?? 1),
      })
      input.dataset.testid = `weight-${criterion}`
      input.addEventListener('input', () => {
        state.weights[criterion] = Number(input.value)
        renderPrioritisation()
      })
      label.append(input)
      return label
    }),
  )
}

function renderPrioritisation(): void {
  const status = byId('prioritisation-status')
  const list = byId('ranking')
  const section = state.dataset
    ? prioritisationSection(state.dataset, {
        weights: state.weights,
        smaaSamples: 2_000,
        seed: 1,
        budgetGbp: DEFAULT_BUDGET_GBP,
      })
    : undefined
  if (!section || section.status !== 'ok') {
    setStatus(status, section?.reason ?? 'No usable dataset.')
    list.replaceChildren()
    return
  }
  const data = section.data
  setStatus(status, undefined)
  status.textContent = `${data.method}; portfolio within ${formatMillions(data.budgetGbp)}: ${data.ranking.filter((each) => each.inPortfolio).length} initiatives costing ${formatMillions(data.portfolioCostGbp)}`
  list.replaceChildren(
    ...data.ranking.map((each) => {
      const item = element('li')
      item.value = each.rank
      item.dataset.testid = 'initiative'
      const title = element('span', each.title, 'title')
      const bar = element('span', undefined, 'bar')
      bar.style.width = `${Math.round((each.firstRankShare ?? 0) * 200)}px`
      bar.title = 'share of weightings ranking it first'
      const meta = element(
        'span',
        `score ${each.score.toFixed(3)} · ${formatMillions(each.costGbp)}${each.inPortfolio ? ' · in portfolio' : ''}${each.verdict ? ` · ${each.verdict.replace(`${each.title}: `, '')}` : ''}`,
        'meta',
      )
      item.append(title, bar, meta)
      return item
    }),
  )
}

function useDataset(validation: Result<Dataset>, source: string): void {
  const validated = summariseValidation(validation, source)
  // A dataset that fails keeps the page on the data it had, so the issues can be read beside it.
  if (validated.dataset) state.dataset = validated.dataset
  state.source = source
  byId('dataset-name').textContent =
    validated.section.status === 'ok'
      ? `${validated.section.data.datasetName} (${source})`
      : `${state.dataset ? 'previous data' : 'none'}; ${source} not usable`
  const issues = validation.issues
  const errors = issues.filter((each) => each.severity === 'error').length
  byId('data-status').textContent =
    `${source}: ${errors} error(s), ${issues.length - errors} warning(s)${validated.dataset ? '' : ': fix the errors below to use this data'}`
  showIssues(issues)
  renderProjection()
  renderBenchmarking()
  renderPrioritisation()
}

async function readFiles(list: FileList | null): Promise<void> {
  if (!list || list.length === 0) return
  const files: NamedFile[] = await Promise.all(
    Array.from(list, async (file) => ({ name: file.name, text: await file.text() })),
  )
  // Dropped tables replace the same tables of the data in use; the rest is kept.
  const base = state.dataset as unknown as Record<string, unknown> | undefined
  useDataset(ingestFiles(files, base), files.map((file) => file.name).join(', '))
}

function loadSample(): void {
  useDataset(validateRawDataset(loadSampleDataset()), 'sample ICS')
}

function wire(): void {
  for (const id of ['lever-train', 'lever-retain', 'lever-reform'])
    lever(id).addEventListener('input', renderProjection)
  const input = byId<HTMLInputElement>('file-input')
  input.addEventListener('change', () => {
    void readFiles(input.files)
  })
  const zone = byId('drop-zone')
  zone.addEventListener('dragover', (event) => {
    event.preventDefault()
    zone.classList.add('over')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (event) => {
    event.preventDefault()
    zone.classList.remove('over')
    void readFiles(event.dataTransfer?.files ?? null)
  })
  byId('reset-data').addEventListener('click', loadSample)
  renderWeights()
  loadSample()
  document.body.dataset.ready = 'true'
}

wire()
