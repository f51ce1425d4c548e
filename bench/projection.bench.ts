/**
 * Projection benchmark (issue #3, "Speed and memory"). Synthetic inputs from `synthetic-ics.ts` (shared with the Monte Carlo benchmark):
 * - one ICS: 10 places × 6 sectors × 25 staff groups × 10 age bands = 15,000 cells × 180 months;
 * - England: 42 such ICSs (630,000 cells) × 180 months, output by ICS × staff group × month;
 * - scaling: time against cells and against months.
 * Every flow is used: leavers by age band and reason, constant joiners by kind, training
 * pipelines, ageing, demand growth (demographic, non-demographic, productivity), gap and cost.
 * Timings are of `runCompiledProjection` (the projection itself) after a warm-up run; compile
 * (validation + dense arrays) is reported separately.
 */
import type { ProjectionInputDraft } from '@oneworkforce/projection'
import {
  compileProjection,
  type RunOptions,
  runCompiledProjection,
} from '@oneworkforce/projection/engine'
import { syntheticIcsInput as syntheticInput } from './synthetic-ics'

function gc() {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function line(workload: string, figure: string, target: string, pass: boolean) {
  console.log(
    `${workload.padEnd(58)} ${figure.padEnd(34)} ${target.padEnd(22)} ${pass ? 'PASS' : 'MISS'}`,
  )
}

function timeRuns(input: ProjectionInputDraft, options: RunOptions, repeats: number) {
  const compileStart = performance.now()
  const compiled = compileProjection(input)
  const compileMs = performance.now() - compileStart
  runCompiledProjection(compiled, options) // warm-up
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let i = 0; i < repeats; i++) {
    gc()
    const cpu = process.cpuUsage()
    const start = performance.now()
    runCompiledProjection(compiled, options)
    times.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpuTimes.push((used.user + used.system) / 1000)
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const cellMonths = compiled.index.cellCount * compiled.months.length
  return { compileMs, medianMs: median(times), cpuMs: median(cpuTimes), cellMonths }
}

const mode = process.argv[2] ?? 'all'
// Wall time is the target; CPU time (user + system of this process) is shown beside it because
// a shared machine's load inflates wall time. The 1-minute load average is printed for context.
console.log(
  `load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`,
)

/**
 * A reference for the machine's state: the simplest possible update `S = S(1 − h) + J` over the
 * same 15,000 cells × 180 months in a plain typed-array loop (no reasons, ageing, demand or
 * output). The engine does several times this work per cell-month.
 */
function referenceLoop() {
  const cells = 15000
  const stock = new Float64Array(cells).fill(30)
  const hazard = new Float64Array(cells).fill(0.008)
  const joiners = new Float64Array(cells).fill(0.2)
  const once = () => {
    for (let t = 0; t < 180; t++)
      for (let c = 0; c < cells; c++) stock[c] = stock[c]! * (1 - hazard[c]!) + joiners[c]!
  }
  once()
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < 10; i++) once()
  const used = process.cpuUsage(cpu)
  return { wallMs: (performance.now() - start) / 10, cpuMs: (used.user + used.system) / 10000 }
}

if (mode === 'all' || mode === 'ics') {
  const reference = referenceLoop()
  line(
    'reference: S = S(1 − h) + J, 15,000 cells × 180 months',
    `${reference.wallMs.toFixed(1)} ms (CPU ${reference.cpuMs.toFixed(1)} ms)`,
    '(machine state)',
    true,
  )
  const ics = timeRuns(syntheticInput(10, 180), { keep: ['staffGroup'] }, 15)
  line(
    'one ICS: 15,000 cells × 180 months, by staff group (median of 15)',
    `${ics.medianMs.toFixed(1)} ms (CPU ${ics.cpuMs.toFixed(1)} ms)`,
    '≤ 15 ms',
    ics.medianMs <= 15,
  )
  const rate = ics.cellMonths / (ics.medianMs / 1000)
  const cpuRate = ics.cellMonths / (ics.cpuMs / 1000)
  line(
    'one ICS: throughput (wall; CPU)',
    `${(rate / 1e6).toFixed(0)}; ${(cpuRate / 1e6).toFixed(0)} million cell-months/s`,
    '≥ 150 million/s',
    rate >= 150e6,
  )
  line('one ICS: validate + compile', `${ics.compileMs.toFixed(0)} ms`, '(reported)', true)
  const posts = timeRuns(syntheticInput(10, 180), { keep: ['place', 'sector', 'staffGroup'] }, 9)
  line(
    'one ICS: by place × sector × staff group (1,500 groups)',
    `${posts.medianMs.toFixed(1)} ms (CPU ${posts.cpuMs.toFixed(1)} ms)`,
    '(reported)',
    true,
  )

  console.log('\nscaling with cells (180 months):')
  for (const places of [5, 10, 20, 40]) {
    const run = timeRuns(syntheticInput(places, 180), { keep: ['staffGroup'] }, 5)
    console.log(
      `  ${String(run.cellMonths / 180).padStart(7)} cells: ${run.medianMs.toFixed(1).padStart(7)} ms (CPU ${run.cpuMs.toFixed(1)} ms), ${(run.cpuMs / (run.cellMonths / 1e6)).toFixed(2)} CPU ms per million cell-months`,
    )
  }
  console.log('scaling with months (15,000 cells):')
  for (const months of [60, 120, 180, 240]) {
    const run = timeRuns(syntheticInput(10, months), { keep: ['staffGroup'] }, 5)
    console.log(
      `  ${String(months).padStart(7)} months: ${run.medianMs.toFixed(1).padStart(7)} ms (CPU ${run.cpuMs.toFixed(1)} ms), ${(run.cpuMs / (run.cellMonths / 1e6)).toFixed(2)} CPU ms per million cell-months`,
    )
  }
}

if (mode === 'all' || mode === 'england') {
  const icsCount = 42
  const input = syntheticInput(10 * icsCount, 180)
  const placeGroups = Object.fromEntries(
    Array.from({ length: 10 * icsCount }, (_, i) => [`place-${i}`, `ics-${Math.floor(i / 10)}`]),
  )
  const england = timeRuns(input, { keep: ['place', 'staffGroup'], placeGroups }, 3)
  line(
    'England: 630,000 cells × 180 months, ICS × staff group',
    `${england.medianMs.toFixed(0)} ms (CPU ${england.cpuMs.toFixed(0)} ms)`,
    '≤ 1000 ms',
    england.medianMs <= 1000,
  )
  const rate = england.cellMonths / (england.medianMs / 1000)
  line(
    'England: throughput (wall; CPU)',
    `${(rate / 1e6).toFixed(0)}; ${(england.cellMonths / england.cpuMs / 1000).toFixed(0)} million cell-months/s`,
    '≥ 150 million/s',
    rate >= 150e6,
  )
  line(
    'England: validate + compile',
    `${(england.compileMs / 1000).toFixed(1)} s`,
    '(reported)',
    true,
  )
  const peakMiB = process.resourceUsage().maxRSS / 1024
  line(
    'England: peak RSS (input, compile and runs)',
    `${peakMiB.toFixed(0)} MiB`,
    '≤ 1536 MiB',
    peakMiB <= 1536,
  )
}
