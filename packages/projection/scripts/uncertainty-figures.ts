/**
 * Produces the "Ranges and sensitivity" figures of docs/projecting-your-workforce.md for the
 * sample ICS: the fan chart's data (P10 / P50 / P90 of the ICS's total gap FTE at the end of each
 * financial year), a tornado of the total gap in March 2037, and Sobol indices of that output.
 *
 * Run from the repository root after building the packages:
 *   pnpm build && node --import tsx packages/projection/scripts/uncertainty-figures.ts
 */
import {
  projectionInputFromDataset,
  simulateWorkforce,
  type UncertainParameterInput,
  workforceSobolIndices,
  workforceTornado,
} from '@oneworkforce/projection'
import { sampleDataset } from '@oneworkforce/sample-data'
import { financialYearOfMonth } from '@oneworkforce/schemas'

const input = projectionInputFromDataset(sampleDataset(), {
  nonDemographicGrowthPerYear: 0.01,
  productivityPerYear: 0.015,
})

const triangular = (min: number, max: number) => ({
  type: 'triangular' as const,
  min,
  mode: 1,
  max,
})
const uncertainParameters: UncertainParameterInput[] = [
  {
    id: 'registered nurse voluntary leaving',
    select: {
      rows: ['leaverRates'],
      where: { staffGroup: 'registered-nurse', reason: 'voluntary' },
      field: 'ratePerYear',
    },
    distribution: triangular(0.85, 1.2),
    group: 'nursing and midwifery retention',
  },
  {
    id: 'midwife voluntary leaving',
    select: {
      rows: ['leaverRates'],
      where: { staffGroup: 'midwife', reason: 'voluntary' },
      field: 'ratePerYear',
    },
    distribution: triangular(0.85, 1.2),
    group: 'nursing and midwifery retention',
  },
  {
    id: 'care worker voluntary leaving',
    select: {
      rows: ['leaverRates'],
      where: { staffGroup: 'care-worker', reason: 'voluntary' },
      field: 'ratePerYear',
    },
    distribution: triangular(0.8, 1.25),
  },
  {
    id: 'international recruitment',
    select: { rows: ['joiners'], where: { reason: 'international' }, field: 'headcountPerYear' },
    distribution: { type: 'lognormal', meanLog: 0, sdLog: 0.3 },
  },
  {
    id: 'nursing training attrition',
    select: {
      rows: ['pipelines'],
      where: { staffGroup: 'registered-nurse' },
      field: 'attritionRate',
    },
    distribution: { type: 'pert', min: 0.8, mode: 1, max: 1.25 },
  },
  {
    id: 'local uptake of newly qualified',
    select: { rows: ['pipelines'], where: {}, field: 'localUptakeShare' },
    distribution: { type: 'pert', min: 0.8, mode: 1, max: 1.05 },
  },
  {
    id: 'non-demographic demand growth',
    path: ['demand', 'growth', 0, 'ratePerYear'],
    distribution: { type: 'normal', mean: 0.01, sd: 0.005, lower: -0.02, upper: 0.04 },
  },
  {
    id: 'productivity growth',
    path: ['demand', 'productivity', 0, 'ratePerYear'],
    distribution: { type: 'pert', min: 0, mode: 0.015, max: 0.02 },
  },
]

const round = (value: number) => Math.round(value).toLocaleString('en-GB')
const started = performance.now()
const runs = 1000
const simulation = await simulateWorkforce(input, {
  runs,
  seed: 2026,
  threads: 2,
  keep: [],
  uncertainParameters,
  gapThresholdsFte: [0],
})
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const months = simulation.periods.length
const band = simulation.bands.gapFte
const p = (percentile: number) => simulation.percentiles.indexOf(percentile)

console.log(
  `## Fan chart: total gap FTE at the end of each financial year (${runs} runs, seed 2026, ${seconds} s)\n`,
)
console.log('| financial year | P10 | P50 | P90 | mean | P(gap > 0) |')
console.log('|---|---:|---:|---:|---:|---:|')
simulation.periods.forEach((month, t) => {
  if (!month.endsWith('-03')) return
  const at = (percentile: number) => band.quantiles[p(percentile) * months + t] ?? Number.NaN
  const exceed = simulation.gapExceedance[0]?.probability[t] ?? Number.NaN
  console.log(
    `| ${financialYearOfMonth(month)} | ${round(at(0.1))} | ${round(at(0.5))} | ${round(at(0.9))} | ${round(band.mean[t] ?? Number.NaN)} | ${exceed.toFixed(2)} |`,
  )
})

const march2037 = simulation.periods.indexOf('2037-03')
const output = (projection: { series: { gapFte: Float64Array }; periods: readonly string[] }) =>
  projection.series.gapFte[projection.periods.indexOf('2037-03')] ?? Number.NaN
const tornado = workforceTornado(input, { keep: [], output, uncertainParameters })
console.log(
  `\n## Tornado: total gap FTE in March 2037 (baseline at all medians ${round(tornado.baseline)})\n`,
)
console.log('| assumption (P10 → P90) | gap at P10 | gap at P90 | swing |')
console.log('|---|---:|---:|---:|')
for (const bar of tornado.bars) {
  console.log(
    `| ${bar.draw} | ${round(bar.outputAtLow)} | ${round(bar.outputAtHigh)} | ${round(bar.swing)} |`,
  )
}

const samples = 128
const sobol = workforceSobolIndices(input, {
  keep: [],
  output,
  uncertainParameters,
  samples,
  seed: 7,
})
console.log(
  `\n## Sobol indices of the same output (Saltelli sampling, N = ${samples}, ${sobol.evaluations} projections)\n`,
)
console.log('| assumption | first order | total |')
console.log('|---|---:|---:|')
for (const index of [...sobol.indices].sort((a, b) => b.total - a.total)) {
  console.log(`| ${index.id} | ${index.firstOrder.toFixed(2)} | ${index.total.toFixed(2)} |`)
}
console.log(`\n(March 2037 is month ${march2037 + 1} of ${months}.)`)
