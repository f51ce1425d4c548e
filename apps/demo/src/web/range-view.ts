import type { Dataset } from '@oneworkforce/schemas'
import { fanChart } from '../report/charts'
import { formatFte, formatPercent } from '../report/format'
import { drawChart } from './chart-view'
import { byId, element, setStatus } from './dom'
import { gapFanChart } from './range-chart'
import {
  RANGE_DEFAULT_RUNS,
  RANGE_RUN_CHOICES,
  RANGE_SEED,
  type RangeFan,
  rangeChunkRuns,
  rangeReadiness,
  rangeThreads,
  runRangeOfOutcomes,
} from './range-of-outcomes'
import { warmWorkers } from './warm-workers'

// The "Range of outcomes" section of the page: Run and Cancel, a progress bar and a fan chart
// of the ICS's supply against demand that redraws as each chunk of runs completes.

let running: AbortController | undefined
let current: () => Dataset | undefined = () => undefined
let describeData: () => string = () => 'the whole ICS'

const runsChoice = (): number => Number(byId<HTMLSelectElement>('range-runs').value)

function showProgress(done: number, runs: number): void {
  const bar = byId('range-progress')
  const text = `${done.toLocaleString('en-GB')} of ${runs.toLocaleString('en-GB')} runs`
  bar.setAttribute('aria-valuemax', String(runs))
  bar.setAttribute('aria-valuenow', String(done))
  bar.setAttribute('aria-valuetext', text)
  const fill = bar.firstElementChild
  if (fill instanceof HTMLElement) fill.style.width = `${runs > 0 ? (100 * done) / runs : 0}%`
  byId('range-progress-text').textContent = text
}

const range = (band: { p5: number; p50: number; p95: number }): string =>
  `${formatFte(band.p50)} (${formatFte(band.p5)} to ${formatFte(band.p95)})`

function showFan(fan: RangeFan | undefined): void {
  const figure = byId('range-figure')
  const table = byId<HTMLTableElement>('range-table')
  if (!fan) {
    drawChart('range-gap-chart', undefined)
    drawChart('range-chart', undefined)
    byId('range-caption').textContent = ''
    table.replaceChildren()
    delete figure.dataset.fan
    delete figure.dataset.runsCovered
    figure.hidden = true
    return
  }
  figure.hidden = false
  const partial = fan.runsCovered < fan.runs
  const label = `${describeData()}, ${fan.runsCovered.toLocaleString('en-GB')} of ${fan.runs.toLocaleString('en-GB')} runs`
  const title = label.charAt(0).toUpperCase() + label.slice(1)
  drawChart('range-gap-chart', gapFanChart(fan.gap, title))
  drawChart(
    'range-chart',
    fanChart({ staffGroup: 'ics', label: title, supply: fan.supply, demand: fan.demand }),
  )
  const last = fan.gap.at(-1)
  byId('range-caption').textContent = last
    ? `${partial ? 'So far: gap' : 'Gap'} (demand − supply) in ${last.financialYear} of ${range(last)} FTE, median (90% range); a shortfall in ${formatPercent(fan.probabilityOfShortfall)} of runs. The table gives every year.`
    : ''
  // The exact figures drawn, for the browser test to compare with Node's own run.
  figure.dataset.fan = JSON.stringify(fan)
  figure.dataset.runsCovered = String(fan.runsCovered)
  const header = element('tr')
  header.append(
    ...[
      'financial year (March)',
      'supply, median (90% range), FTE',
      'supply 50% range, FTE',
      'demand, median, FTE',
      'gap, median (90% range), FTE',
    ].map((text) => element('th', text)),
  )
  table.replaceChildren(
    element('caption', `Range of outcomes by year: ${label}`),
    header,
    ...fan.supply.map((supply, index) => {
      const row = element('tr')
      const gap = fan.gap[index]
      row.append(
        element('td', supply.financialYear),
        element('td', range(supply)),
        element('td', `${formatFte(supply.p25)} to ${formatFte(supply.p75)}`),
        element('td', formatFte(fan.demand[index]?.p50 ?? Number.NaN)),
        element('td', gap ? range(gap) : '–'),
      )
      return row
    }),
  )
}

function setRunning(on: boolean): void {
  byId<HTMLButtonElement>('range-run').disabled = on
  byId<HTMLButtonElement>('range-cancel').disabled = !on
  byId<HTMLSelectElement>('range-runs').disabled = on
  byId('range-section').setAttribute('aria-busy', String(on))
}

async function run(): Promise<void> {
  const status = byId('range-status')
  const runs = runsChoice()
  const ready = rangeReadiness(current(), runs)
  if (ready.status !== 'ok') {
    setStatus(status, ready.reason)
    return
  }
  const controller = new AbortController()
  running = controller
  delete byId('range-section').dataset.state
  setRunning(true)
  showFan(undefined)
  showProgress(0, runs)
  const threads = rangeThreads()
  const chunkRuns = rangeChunkRuns(runs)
  const where = threads > 0 ? `on ${threads} Web Worker${threads > 1 ? 's' : ''}` : 'in this page'
  const leftOut = ready.data.leftOut.map((driver) => driver.label.toLowerCase())
  const note = leftOut.length > 0 ? ` Left out (nothing here to vary): ${leftOut.join(', ')}.` : ''
  setStatus(status, undefined)
  status.textContent = `Running ${runs} runs ${where}…${note}`
  const started = performance.now()
  const workers = threads > 0 ? warmWorkers(threads) : undefined
  try {
    await runRangeOfOutcomes(ready.data, {
      threads,
      chunkRuns,
      ...(workers ? { createWorker: workers.createWorker } : {}),
      signal: controller.signal,
      onProgress: (done) => {
        if (running === controller) showProgress(done, runs)
      },
      onChunk: (fan) => {
        if (running === controller) showFan(fan)
      },
    })
    if (running !== controller) return
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    status.textContent = `${runs} runs ${where} in ${seconds} s.${note}`
    byId('range-section').dataset.state = 'done'
  } catch (error) {
    if (running !== controller) return
    const cancelled = controller.signal.aborted
    const done = byId('range-progress').getAttribute('aria-valuenow') ?? '0'
    setStatus(
      status,
      cancelled
        ? `Cancelled after ${done} of ${runs} runs: the chart shows the chunks that completed.`
        : `The simulation failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    byId('range-section').dataset.state = cancelled ? 'cancelled' : 'failed'
  } finally {
    workers?.close()
    if (running === controller) {
      running = undefined
      setRunning(false)
    }
  }
}

/**
 * The data shown changed (other files, a filter): a run in progress stops and the fan, made on
 * other data, is cleared.
 */
export function rangeDataChanged(): void {
  if (running) {
    running.abort()
    running = undefined
    setRunning(false)
  }
  delete byId('range-section').dataset.state
  showFan(undefined)
  showProgress(0, runsChoice())
  const status = byId('range-status')
  setStatus(status, current() ? undefined : 'No workforce dataset: see "Your data" above.')
  if (current())
    status.textContent = `Press Run to simulate ${describeData()} (${runsChoice()} runs, seed ${RANGE_SEED}).`
}

/** Wires the section to the page: the dataset it shows and a phrase naming it. */
export function wireRange(dataset: () => Dataset | undefined, describe: () => string): void {
  current = dataset
  describeData = describe
  const select = byId<HTMLSelectElement>('range-runs')
  select.replaceChildren(
    ...RANGE_RUN_CHOICES.map((runs) => {
      const option = element('option', `${runs} runs`)
      option.value = String(runs)
      return option
    }),
  )
  select.value = String(RANGE_DEFAULT_RUNS)
  select.addEventListener('change', rangeDataChanged)
  byId('range-seed').textContent = String(RANGE_SEED)
  byId('range-run').addEventListener('click', () => {
    void run()
  })
  byId('range-cancel').addEventListener('click', () => running?.abort())
}
