/**
 * The headline figures a board sees, measured the way the demo computes them (the package's
 * Train / Retain / Reform presets on the sample ICS, default options), plus the hindcast and the
 * first-year leaver check of the guide. Anyone can rerun it:
 *   cd packages/projection && node --import tsx scripts/headline-figures.ts
 */
import { sampleDataset } from '@oneworkforce/sample-data'
import { addMonths } from '@oneworkforce/schemas'
import { hindcast, observedLeavers } from '../src/calibration/hindcast'
import {
  backTest,
  compareScenarios,
  financialYearSummary,
  projectionInputFromDataset,
  projectWorkforce,
  reformScenario,
  retainScenario,
  trainRetainReformScenario,
  trainScenario,
} from '../src/index'

const dataset = sampleDataset()
const input = projectionInputFromDataset(dataset)
const fmt = (value: number) => Math.round(value).toLocaleString('en-GB')
// The scenarios the demo projects: the package presets (the guide's too).
const scenarios = [trainScenario(), retainScenario(), reformScenario(), trainRetainReformScenario()]
const comparison = compareScenarios(input, scenarios)
console.log(
  '| Scenario | 2036/37 supply FTE | demand FTE | net gap FTE | shortfall FTE | Δ net gap | Δ shortfall | pay bill £m |',
)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const row of comparison.rows.filter((each) => each.financialYear === '2036/37'))
  console.log(
    `| ${row.scenario} | ${fmt(row.fte)} | ${fmt(row.demandFte)} | ${fmt(row.gapFte)} | ${fmt(row.shortfallFte)} | ${fmt(row.difference.gapFte)} | ${fmt(row.difference.shortfallFte)} | ${(row.totalCostGbp.toNumber() / 1e6).toFixed(0)} |`,
  )

// First projected year's leavers by staff group against the last observed year's leavers from
// the system (moves to other organisations matched by moves in are transfers, not leavers).
const result = projectWorkforce(input, { keep: ['staffGroup'] })
const groups = result.dimensionValues.staffGroup ?? []
const observed = observedLeavers(
  dataset,
  addMonths(input.startMonth, -12),
  addMonths(input.startMonth, -1),
)
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
  `\nfirst-year leavers from the system: projected ${fmt(projectedTotal)}, observed ${fmt(observedTotal)} (${((projectedTotal / observedTotal - 1) * 100).toFixed(1)}%); worst staff group (20+ leavers) ${worst.group} ${(worst.error * 100).toFixed(1)}%`,
)
const hind = hindcast(dataset, 24, 12)
console.log(
  `hindcast through projectionInputFromDataset (fit 24 months, project 12): staff in post MAPE by staff group ${(hind.mape * 100).toFixed(2)}%, worst group of 50+ ${hind.worst.group} ${(hind.worst.error * 100).toFixed(1)}%, leavers ${(hind.leavers * 100).toFixed(1)}%, joiners ${(hind.joiners * 100).toFixed(1)}%`,
)
const summary = financialYearSummary(projectWorkforce(input, { keep: [] }))
const first = summary[0]!
const temporaryShare = (row: (typeof summary)[number]) =>
  row.bankCostGbp.plus(row.agencyCostGbp).toNumber() / row.totalCostGbp.toNumber()
const observedSpend = dataset.spend.filter((row) => row.month >= addMonths(input.startMonth, -12))
const spendSum = (field: 'bankGbp' | 'agencyGbp' | 'substantiveGbp') =>
  observedSpend.reduce((sum, row) => sum + Number(row[field]), 0)
console.log(
  `temporary staff share of the pay bill: observed last year ${((100 * (spendSum('bankGbp') + spendSum('agencyGbp'))) / (spendSum('bankGbp') + spendSum('agencyGbp') + spendSum('substantiveGbp'))).toFixed(1)}%, projected ${first.financialYear} ${(100 * temporaryShare(first)).toFixed(1)}%, ${summary.at(-1)!.financialYear} ${(100 * temporaryShare(summary.at(-1)!)).toFixed(1)}%`,
)
console.log(
  `first year ${first.financialYear}: net gap ${fmt(first.gapFte)}, shortfall ${fmt(first.shortfallFte)}`,
)

const fitted = backTest(dataset, { fitMonths: 24 })
const big = fitted.byStaffGroup.filter((each) => (each.actualHeadcount[0] ?? 0) >= 50)
const worstGroup = big.reduce((a, b) => (b.mape > a.mape ? b : a))
console.log(
  `backTest on calibration estimates (fit 24 months, project ${fitted.testMonths.length}): total MAPE ${(fitted.total.mape * 100).toFixed(2)}%, mean group MAPE ${((fitted.byStaffGroup.reduce((s, e) => s + e.mape, 0) / fitted.byStaffGroup.length) * 100).toFixed(2)}%, worst group ${worstGroup.staffGroup} ${(worstGroup.mape * 100).toFixed(1)}%`,
)
