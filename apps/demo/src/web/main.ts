import type { Dataset, Issue, NamedFile } from '@oneworkforce/schemas'
import { benchmarkingSection } from '../job/benchmarking'
import { type DatasetFilter, filterChoices, filterDataset } from '../job/filter-dataset'
import { ingestUserFiles } from '../job/ingest-files'
import { measureInitiativeImpacts } from '../job/initiative-impact'
import { fourTests, prioritisationSection } from '../job/prioritisation'
import { type LeverSettings, leverSection } from '../job/projection'
import type { ChangePoint } from '../job/report-model'
import { DEFAULT_BUDGET_GBP } from '../job/run-job'
import { loadSampleDataset, sampleChangePoints } from '../job/sample'
import { summariseValidation, validateRawDataset } from '../job/validation'
import { funnelChart, scenarioChart, spcChart, supplyDemandChart } from '../report/charts'
import { formatFte, formatFteChange, formatMillions, formatPercent } from '../report/format'
import { issueText } from '../report/issue-text'
import {
  assuranceIconSvg,
  assuranceIconText,
  variationIconSvg,
  variationIconText,
} from '../report/mdc-icons'
import { drawChart } from './chart-view'
import { byId, element, setStatus } from './dom'
import { rangeDataChanged, wireRange } from './range-view'

interface PageState {
  /** The whole dataset in use: the sample, or exactly the user's files. */
  dataset: Dataset | undefined
  /** The user's initiatives when their files hold no usable dataset. */
  initiatives: Dataset['initiatives'] | undefined
  source: string
  changePoints: readonly ChangePoint[]
  /** Each initiative's measured impact (its scenario against the baseline), once per dataset. */
  impacts: ReturnType<typeof measureInitiativeImpacts>
  filter: DatasetFilter
  weights: Record<string, number>
}

const state: PageState = {
  dataset: undefined,
  initiatives: undefined,
  source: 'sample ICS',
  changePoints: [],
  impacts: undefined,
  filter: {},
  weights: Object.fromEntries(fourTests.map((criterion) => [criterion, 1])),
}

const lever = (id: string): HTMLInputElement => byId<HTMLInputElement>(id)

/** The dataset the sections show: the data in use, narrowed by the filters. */
function shown(): Dataset | undefined {
  return state.dataset ? filterDataset(state.dataset, state.filter) : undefined
}

function leverSettings(): LeverSettings {
  return {
    trainingPlacesChange: Number(lever('lever-train').value) / 100,
    leaverRateChange: -Number(lever('lever-retain').value) / 100,
    productivityRatePerYear: Number(lever('lever-reform').value) / 100,
  }
}

function showIssues(issues: readonly Issue[]): void {
  const list = byId('issues')
  const top = issues.slice(0, 100)
  list.replaceChildren(
    ...top.map((each) => element('li', issueText(each), each.severity)),
    ...(issues.length > top.length
      ? [element('li', `… and ${issues.length - top.length} more`)]
      : []),
  )
}

function renderProjection(): void {
  const status = byId('projection-status')
  const settings = leverSettings()
  byId('train-value').textContent = `+${formatPercent(settings.trainingPlacesChange)}`
  byId('retain-value').textContent = `−${formatPercent(-settings.leaverRateChange)}`
  byId('reform-value').textContent = `${formatPercent(settings.productivityRatePerYear)} a year`
  const dataset = shown()
  const section = dataset
    ? leverSection(dataset, settings)
    : { status: 'unavailable' as const, reason: 'No workforce dataset: see "Your data" above.' }
  if (section.status !== 'ok') {
    setStatus(status, section.reason)
    byId('gap-value').textContent = '–'
    byId('gap-change').textContent = ''
    drawChart('gap-chart', undefined)
    drawChart('staff-group-chart', undefined)
    byId('staff-group-table').replaceChildren()
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
  const largest = data.byStaffGroup[0]
  drawChart('staff-group-chart', largest ? supplyDemandChart(largest) : undefined)
  const table = byId<HTMLTableElement>('staff-group-table')
  const header = element('tr')
  header.append(
    ...[
      'staff group',
      `supply ${data.horizonYear} (FTE)`,
      `demand ${data.horizonYear} (FTE)`,
      `gap ${data.horizonYear} (FTE)`,
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

function iconFigure(svg: string, caption: string): HTMLElement {
  const figure = element('figure')
  // The SVG is built by the page from fixed strings (no user data), so it is safe to parse.
  figure.innerHTML = svg
  figure.append(element('figcaption', caption))
  return figure
}

function renderBenchmarking(): void {
  const status = byId('benchmarking-status')
  const findings = byId('benchmarking-findings')
  const dataset = shown()
  const section = dataset
    ? benchmarkingSection(dataset, { changePoints: state.changePoints })
    : undefined
  if (section?.status !== 'ok') {
    setStatus(status, section?.reason ?? 'No workforce dataset.')
    findings.replaceChildren()
    byId('spc-icons').replaceChildren()
    drawChart('funnel-chart', undefined)
    drawChart('spc-chart', undefined)
    return
  }
  setStatus(status, undefined)
  const funnel =
    section.data.funnels.find((each) => each.points.some((point) => point.outlier !== 'none')) ??
    section.data.funnels[0]
  const spc = section.data.spc.find((each) => each.rebasedAt.length > 0) ?? section.data.spc[0]
  drawChart('funnel-chart', funnel ? funnelChart(funnel) : undefined)
  drawChart('spc-chart', spc ? spcChart(spc) : undefined)
  byId('spc-icons').replaceChildren(
    ...(spc
      ? [
          iconFigure(
            variationIconSvg(spc.variationIcon),
            `${spc.indicator}, latest month: ${variationIconText(spc.variationIcon)}`,
          ),
          ...(spc.assurance
            ? [iconFigure(assuranceIconSvg(spc.assurance), assuranceIconText(spc.assurance))]
            : []),
        ]
      : []),
  )
  findings.replaceChildren(
    ...section.data.funnels.flatMap((each) =>
      each.points
        .filter((point) => point.outlier !== 'none')
        .map((point) =>
          element(
            'li',
            `${each.indicator} (${each.peerGroup}): ${point.label} (${point.unit}) ${each.valueKind === 'ratio' ? `${point.value.toFixed(2)} times the expected` : `${formatPercent(point.value)} against ${formatPercent(each.target)}`}, ${point.outlier} than expected`,
          ),
        ),
    ),
    ...section.data.spc.flatMap((each) => [
      ...each.rebasedAt.map((change) =>
        element('li', `${each.indicator}: rebased at ${change.month} (${change.reason})`),
      ),
      ...each.signals.map((signal) => element('li', `${each.indicator}: ${signal}`)),
    ]),
  )
}

function weightShare(criterion: string): number {
  const total = Object.values(state.weights).reduce((sum, weight) => sum + weight, 0)
  return total > 0 ? (state.weights[criterion] ?? 0) / total : 0
}

function renderWeightValues(): void {
  for (const criterion of fourTests) {
    const output = document.getElementById(`weight-value-${criterion}`)
    if (output)
      output.textContent = `${(state.weights[criterion] ?? 0).toFixed(1)} (${formatPercent(weightShare(criterion))})`
  }
}

function renderWeights(): void {
  const container = byId('weights')
  container.replaceChildren(
    ...fourTests.map((criterion) => {
      const label = element('label', `${criterion.replaceAll('-', ' ')} `)
      const output = element('output')
      output.id = `weight-value-${criterion}`
      output.dataset.testid = `weight-value-${criterion}`
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
        renderWeightValues()
        renderPrioritisation()
      })
      label.append(output, input)
      return label
    }),
  )
  renderWeightValues()
}

function renderPrioritisation(): void {
  const status = byId('prioritisation-status')
  const list = byId('ranking')
  const initiatives = state.dataset?.initiatives ?? state.initiatives
  const section = initiatives
    ? prioritisationSection({ initiatives } as unknown as Dataset, {
        weights: state.weights,
        smaaSamples: 2_000,
        seed: 1,
        budgetGbp: DEFAULT_BUDGET_GBP,
        ...(state.impacts ? { impacts: state.impacts } : {}),
      })
    : undefined
  if (section?.status !== 'ok') {
    setStatus(status, section?.reason ?? 'No initiatives in the data.')
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
        `score ${each.score.toFixed(3)} · ${formatMillions(each.costGbp)}${each.inPortfolio ? ' · in portfolio' : ''}${each.inValueForMoney ? ' · in value-for-money portfolio' : ''}${each.verdict ? ` · ${each.verdict.replace(`${each.title}: `, '')}` : ''}`,
        'meta',
      )
      item.append(title, bar, meta)
      return item
    }),
  )
}

function option(value: string, text: string): HTMLOptionElement {
  const node = element('option', text)
  node.value = value
  return node
}

/** Fills the place, organisation and staff group filters from the data in use. */
function renderFilters(): void {
  const place = byId<HTMLSelectElement>('filter-place')
  const organisation = byId<HTMLSelectElement>('filter-organisation')
  const staffGroup = byId<HTMLSelectElement>('filter-staff-group')
  const choices = state.dataset
    ? filterChoices(state.dataset)
    : { places: [], organisations: [], staffGroups: [] }
  place.replaceChildren(
    option('', 'all places'),
    ...choices.places.map((each) => option(each.code, each.name)),
  )
  organisation.replaceChildren(
    option('', 'all organisations'),
    ...choices.organisations
      .filter((each) => !state.filter.place || each.place === state.filter.place)
      .map((each) => option(each.code, `${each.code} ${each.name}`)),
  )
  staffGroup.replaceChildren(
    option('', 'all staff groups'),
    ...choices.staffGroups.map((each) => option(each, each)),
  )
  place.value = state.filter.place ?? ''
  organisation.value = state.filter.organisation ?? ''
  staffGroup.value = state.filter.staffGroup ?? ''
  byId('filter-summary').textContent = `Showing ${shownDescription()}`
}

/** The slice the filters keep, in words: "place highcross, staff group registered-nurse". */
function shownDescription(): string {
  const parts = [
    state.filter.place && `place ${state.filter.place}`,
    state.filter.organisation && `organisation ${state.filter.organisation}`,
    state.filter.staffGroup && `staff group ${state.filter.staffGroup}`,
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'the whole ICS'
}

function renderAll(): void {
  renderFilters()
  renderProjection()
  rangeDataChanged()
  renderBenchmarking()
  renderPrioritisation()
}

function useData(
  validation: Parameters<typeof summariseValidation>[0],
  source: string,
  extras: { initiatives?: Dataset['initiatives']; changePoints: readonly ChangePoint[] },
): void {
  const validated = summariseValidation(validation, source)
  // The page shows exactly this data: a user's files are never mixed with the sample.
  state.dataset = validated.dataset
  state.initiatives = validated.dataset ? undefined : extras.initiatives
  state.source = source
  state.changePoints = extras.changePoints
  state.impacts = validated.dataset ? measureInitiativeImpacts(validated.dataset) : undefined
  state.filter = {}
  byId('dataset-name').textContent =
    validated.section.status === 'ok'
      ? `${validated.section.data.datasetName} (${source})`
      : `your files (${source}): ${state.initiatives ? 'initiatives only' : 'not usable yet'}`
  const issues = validation.issues
  const errors = issues.filter((each) => each.severity === 'error').length
  byId('data-status').textContent =
    `${source}: ${errors} error(s), ${issues.length - errors} warning(s)${validated.dataset ? '' : ': fix the errors below to use this data'}`
  showIssues(issues)
  renderAll()
}

async function readFiles(list: FileList | null): Promise<void> {
  if (!list || list.length === 0) return
  const files: NamedFile[] = await Promise.all(
    Array.from(list, async (file) => ({ name: file.name, text: await file.text() })),
  )
  const ingested = ingestUserFiles(files)
  useData(ingested.validated, files.map((file) => file.name).join(', '), {
    ...(ingested.initiatives ? { initiatives: ingested.initiatives } : {}),
    changePoints: [],
  })
}

function loadSample(): void {
  useData(validateRawDataset(loadSampleDataset()), 'sample ICS', {
    changePoints: sampleChangePoints,
  })
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
  const filters = [
    ['filter-place', 'place'],
    ['filter-organisation', 'organisation'],
    ['filter-staff-group', 'staffGroup'],
  ] as const
  for (const [id, key] of filters) {
    const select = byId<HTMLSelectElement>(id)
    select.addEventListener('change', () => {
      const next: Record<string, string> = { ...state.filter }
      if (select.value) next[key] = select.value
      else delete next[key]
      // An organisation outside the chosen place is dropped.
      if (key === 'place') delete next.organisation
      state.filter = next
      renderAll()
    })
  }
  byId('reset-data').addEventListener('click', loadSample)
  renderWeights()
  wireRange(shown, shownDescription)
  loadSample()
  document.body.dataset.ready = 'true'
}

wire()
