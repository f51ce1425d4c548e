/**
 * Benchmarking benchmark (issue #6, "Speed"): a funnel plot with overdispersion for 10,000 units;
 * XmR charts with every Making Data Count rule for 1,000 series × 60 months; indicators for the
 * sample ICS's full history (`sampleDataset()`: 25 organisations, 36 months); the suppression
 * audit on a cross-table at its 300-cell limit.
 *
 * Each workload is warmed up, then timed over several repetitions (median reported). Inputs are
 * built before timing. Run: `pnpm bench benchmarking`.
 */
import {
  computeIndicators,
  type FunnelUnitInput,
  funnelPlot,
  type SpcPoint,
  suppressCrossTable,
  xmrChart,
} from '@oneworkforce/benchmarking'
import { sampleDataset } from '@oneworkforce/sample-data'
import { monthSequence } from '@oneworkforce/schemas'

function line(workload: string, figure: string, target: string, pass: boolean) {
  console.log(
    `${workload.padEnd(70)} ${figure.padEnd(22)} ${target.padEnd(12)} ${pass ? 'PASS' : 'MISS'}`,
  )
}

function gc() {
  ;(globalThis as { gc?: () => void }).gc?.()
}

/** Median wall time and median CPU time (user + system) of a workload after warm-up, in ms. */
function time(run: () => unknown, repetitions = 15, warmUp = 10): { wall: number; cpu: number } {
  for (let i = 0; i < warmUp; i += 1) run()
  const walls: number[] = []
  const cpus: number[] = []
  for (let i = 0; i < repetitions; i += 1) {
    gc()
    const cpu = process.cpuUsage()
    const start = performance.now()
    run()
    walls.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpus.push((used.user + used.system) / 1000)
  }
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
  return { wall: median(walls), cpu: median(cpus) }
}

function report(
  workload: string,
  run: () => unknown,
  targetMs: number | null,
  repetitions?: number,
  warmUp?: number,
) {
  const { wall, cpu } = time(run, repetitions, warmUp)
  line(
    workload,
    `${wall.toFixed(1)} ms (cpu ${cpu.toFixed(1)})`,
    targetMs === null ? '(info)' : `≤ ${targetMs} ms`,
    targetMs === null || wall <= targetMs,
  )
}

/** Deterministic pseudo-random numbers in [0, 1) for building inputs (not for statistics). */
function uniform(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

// Funnel: 10,000 units, sizes 20-5,000, true rates spread around 12% (overdispersed).
const random = uniform(6)
const proportions: FunnelUnitInput[] = Array.from({ length: 10_000 }, (_, i) => {
  const denominator = 20 + Math.floor(random() * 4980)
  const rate = Math.min(0.95, Math.max(0.01, 0.12 + (random() - 0.5) * 0.08))
  return { unit: `u${i}`, numerator: Math.round(denominator * rate), denominator }
})
const ratios: FunnelUnitInput[] = proportions.map((unit) => ({
  unit: unit.unit,
  numerator: unit.numerator,
  denominator: unit.denominator * 0.12,
}))

report(
  'funnel 10,000 units, exact binomial + additive τ² (default)',
  () => funnelPlot(proportions, { type: 'proportion' }),
  100,
)
report(
  'funnel 10,000 units, SHMI ratio, truncation + additive τ²',
  () => funnelPlot(ratios, { type: 'ratio', method: 'shmi' }),
  100,
)
report(
  'funnel 10,000 units, arcsine + multiplicative φ',
  () =>
    funnelPlot(proportions, {
      type: 'proportion',
      method: 'arcsine',
      adjustment: 'multiplicative',
    }),
  100,
)
report(
  'funnel 10,000 units, exact binomial limits per unit (no adjustment)',
  () => funnelPlot(proportions, { type: 'proportion', adjustment: 'none' }),
  null,
  5,
  2,
)

// XmR: 1,000 series × 60 months with a shift and a trend in some, every rule, a target.
const months = monthSequence('2021-04', 60)
const series: SpcPoint[][] = Array.from({ length: 1000 }, (_, s) => {
  const step = uniform(1000 + s)
  return months.map((month, i) => ({
    month,
    value:
      0.1 +
      (step() - 0.5) * 0.02 +
      (s % 3 === 0 && i > 40 ? 0.015 : 0) +
      (s % 5 === 0 ? i * 0.0004 : 0),
  }))
})
report(
  'XmR, all rules, 1,000 series × 60 months',
  () => {
    for (const points of series)
      xmrChart(points, { goodDirection: 'lower', target: 0.09, twoOfThree: 'nhse-2023' })
  },
  100,
)

// Indicators: the sample ICS's full history.
const dataset = sampleDataset()
report(
  'indicators, sample ICS, all 7, by organisation, rolling 12 months',
  () => computeIndicators(dataset),
  200,
)
report(
  'indicators, sample ICS, all 7, organisation × staff group, rolling',
  () => computeIndicators(dataset, { groupBy: ['organisation', 'staffGroup'] }),
  200,
)
report(
  'indicators, sample ICS, all 7, place × sector, monthly',
  () => computeIndicators(dataset, { groupBy: ['place', 'sector'], window: 'month' }),
  200,
)
// Suppression: the disclosure audit (an LP per suppressed entry and candidate) on tables of
// leavers-like counts, a sixth of them small (1-7).
function crossTable(rows: number, columns: number, seed: number): number[][] {
  const next = uniform(seed)
  return Array.from({ length: rows }, () =>
    Array.from({ length: columns }, () =>
      next() < 1 / 6 ? 1 + Math.floor(next() * 7) : Math.floor(next() * 60),
    ),
  )
}
const table20x15 = crossTable(20, 15, 11)
report(
  'suppressCrossTable 20 × 15 (the 300-cell limit), NHS Digital rules (rounding to 5)',
  () => suppressCrossTable(table20x15),
  null,
  3,
  1,
)
report(
  'suppressCrossTable 20 × 15, no rounding (audit adds complements)',
  () => suppressCrossTable(table20x15, { rules: { roundTo: 1 } }),
  null,
  3,
  1,
)
const rows = computeIndicators(dataset, { groupBy: ['organisation', 'staffGroup'] }).rows.length
const rssMiB = process.resourceUsage().maxRSS / 1024
line(
  `peak RSS (whole process; ${rows.toLocaleString('en-GB')} indicator rows at the finest grouping)`,
  `${rssMiB.toFixed(0)} MiB`,
  '(info)',
  true,
)
