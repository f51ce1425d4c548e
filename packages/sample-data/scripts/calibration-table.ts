/**
 * Prints the README's calibration table: each target of `sampleCalibration` beside the value
 * the sample dataset shows, measured by the same code the tests use.
 *
 * Usage: pnpm --filter @oneworkforce/sample-data calibration
 */
import { sampleCalibration, sampleDataset } from '../src/index'
import { measures } from '../src/internal/measure'

const dataset = sampleDataset()
const format = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-GB') : `${(value * 100).toFixed(1)}%`

console.log('| indicator | what is measured | target | sample shows | within | source |')
console.log('|---|---|---|---|---|---|')
for (const target of sampleCalibration) {
  const value = measures[target.indicator]?.(dataset) ?? Number.NaN
  const within = Math.abs(value - target.target) <= target.tolerance ? 'yes' : '**no**'
  console.log(
    `| \`${target.indicator}\` | ${target.description} | ${format(target.target)} ± ${format(target.tolerance)} | ${format(value)} | ${within} | ${target.source} |`,
  )
}
