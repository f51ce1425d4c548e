/**
 * The headline figures a board sees, measured the way the demo computes them (the dataset's own
 * Train / Retain / Reform scenarios on the sample ICS, default options), plus the hindcast and the
 * first-year leaver check of the guide. Anyone can rerun it:
 *   cd packages/projection && node --import tsx scripts/headline-figures.ts
 */
import { sampleDataset } from '@oneworkforce/sample-data'
import { addMonths } from '@oneworkforce/schemas'
import {
  backTest,
  compareScenarios,
  financialYearSummary,
  projectionInputFromDataset,
  projectWorkforce,
} from '../src/index'

const dataset = sampleDataset()
const input = projectionInputFromDataset(dataset)
const fmt = (value: number) => Math.round(value).toLocaleString('en-GB')
const scenarios = dataset.scenarios.filter((each) => each.id !== 'baseline')
const comparison = compareScenarios(input, scenarios)
console.log(
  '| Scenario | 2036/37 supply FTE | demand FTE | net gap FTE | shortfall FTE | Δ net gap | Δ shortfall | pay bill £m |',
)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const row of comparison.rows.filter((each) => each.financialYear === '2036/37'))
  console.log(
    `| ${row.scenario} | ${fmt(row.fte)} | ${fmt(row.demandFte)} | ${fmt(row.gapFte)} | ${fmt(row.shortfallFte)} | ${fmt(row.difference.gapFte)} | ${fmt(row.difference.shortfallFte)} | ${(row.totalCostGbp.toNumber() / 1e6).toFixed(0)} |`,
  )

// First projected year's leavers by staff group against the last observed year.
const result = projectWorkforce(input, { keep: ['staffGroup'] })
const groups = result.dimensionValues.staffGroup ?? []
const latest = addMonths(input.startMonth, -1)
const from = addMonths(latest, -11)
const observed = new Map<string, number>()
for (const row of dataset.flows)
  if (row.direction === 'leaver' && row.month >= from && row.month <= latest)
    observed.set(row.staffGroup, (observed.get(row.staffGroup) ?? 0) + row.headcount)
let projectedTotal = 0
let observedTotal = 0
let worst = { group: '', error: 0 }
groups.forEach((group, g) => {
  let projected = 0
  for (let t = 0; t < 12; t++) {
    const k = t * result.groupCount + g
    projected +=
      result.series.leaversRetirement[k]! +
      result.series.leaversVoluntary[k]! +
      result.series.leaversOther[k]!
  }
  const seen = observed.get(group) ?? 0
  projectedTotal += projected
  observedTotal += seen
  const error = seen > 0 ? projected / seen - 1 : 0
  if (seen >= 20 && Math.abs(error) > Math.abs(worst.error)) worst = { group, error }
})
console.log(
  `\nfirst-year leavers: projected ${fmt(projectedTotal)}, observed ${fmt(observedTotal)} (${((projectedTotal / observedTotal - 1) * 100).toFixed(1)}%); worst staff group ${worst.group} ${(worst.error * 100).toFixed(1)}%`,
)
const summary = financialYearSummary(projectWorkforce(input, { keep: [] }))
const first = summary[0]!
console.log(
  `first year ${first.financialYear}: net gap ${fmt(first.gapFte)}, shortfall ${fmt(first.shortfallFte)}`,
)

const hindcast = backTest(dataset, { fitMonths: 24 })
const big = hindcast.byStaffGroup.filter((each) => (each.actualHeadcount[0] ?? 0) >= 50)
const worstGroup = big.reduce((a, b) => (b.mape > a.mape ? b : a))
console.log(
  `\nhindcast (fit 24 months, project ${hindcast.testMonths.length}): total MAPE ${(hindcast.total.mape * 100).toFixed(2)}%, mean group MAPE ${((hindcast.byStaffGroup.reduce((s, e) => s + e.mape, 0) / hindcast.byStaffGroup.length) * 100).toFixed(2)}%, worst group ${worstGroup.staffGroup} ${(worstGroup.mape * 100).toFixed(1)}%`,
)
