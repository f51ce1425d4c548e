/**
 * Produces every number in docs/projecting-your-workforce.md from the sample ICS.
 * Run: cd packages/projection && node --import tsx scripts/guide-figures.ts
 */
import { sampleDataset } from '@oneworkforce/sample-data'
import { defaultTaxonomy, formatGbp } from '@oneworkforce/schemas'
import {
  aggregateProjection,
  compareScenarios,
  financialYearSummary,
  flowWaterfall,
  projectionInputFromDataset,
  projectWorkforce,
  reformScenario,
  retainScenario,
  trainRetainReformScenario,
  trainScenario,
} from '../src/index'

const dataset = sampleDataset()
// The defaults the demo uses: 1% a year non-demographic growth, no baseline productivity.
const input = projectionInputFromDataset(dataset)
const label = new Map(defaultTaxonomy.staffGroups.map((group) => [group.code, group.label]))
const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })

console.log(
  `start ${input.startMonth}, ${input.horizonMonths} months, ${input.dimensions.places.length} places × ${input.dimensions.sectors.length} sectors × ${input.dimensions.staffGroups.length} staff groups × ${input.dimensions.ageBands?.length ?? 1} age bands`,
)

const result = projectWorkforce(input, { keep: ['staffGroup'] })
const years = ['2026/27', '2031/32', '2036/37']
const byGroup = financialYearSummary(result)
console.log('\n## Baseline by staff group (year-end FTE)\n')
console.log(
  '| Staff group | Supply 2026/27 | Demand 2026/27 | Gap 2026/27 | Supply 2036/37 | Demand 2036/37 | Gap 2036/37 | Vacancy rate 2036/37 |',
)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const group of input.dimensions.staffGroups) {
  const at = (year: string) =>
    byGroup.find((row) => row.staffGroup === group && row.financialYear === year)!
  const a = at('2026/27')
  const b = at('2036/37')
  console.log(
    `| ${label.get(group) ?? group} | ${fmt(a.fte)} | ${fmt(a.demandFte)} | ${fmt(a.gapFte)} | ${fmt(b.fte)} | ${fmt(b.demandFte)} | ${fmt(b.gapFte)} | ${(b.vacancyRate * 100).toFixed(1)}% |`,
  )
}
const total = financialYearSummary(aggregateProjection(result))
console.log('\n## Baseline, whole ICS\n')
console.log(
  '| Year | Supply FTE | Demand FTE | Gap FTE | Shortfall FTE | Vacancy rate | Pay bill (substantive + bank + agency) |',
)
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const row of total.filter(
  (each) =>
    years.includes(each.financialYear) ||
    each.financialYear === '2028/29' ||
    each.financialYear === '2033/34',
))
  console.log(
    `| ${row.financialYear} | ${fmt(row.fte)} | ${fmt(row.demandFte)} | ${fmt(row.gapFte)} | ${fmt(row.shortfallFte)} | ${(row.vacancyRate * 100).toFixed(1)}% | ${formatGbp(row.totalCostGbp, { unit: 'millions', decimalPlaces: 0 })} |`,
  )

const waterfall = flowWaterfall(result, {
  filter: { staffGroup: 'registered-nurse' },
  from: '2026-04',
  to: '2027-03',
})
console.log('\n## Registered nurses, 2026/27 waterfall (headcount)\n')
console.log(`start ${fmt(waterfall.startHeadcount)}`)
for (const step of waterfall.steps)
  if (Math.abs(step.headcount) >= 0.5) console.log(`${step.flow} ${fmt(step.headcount)}`)
console.log(`end ${fmt(waterfall.endHeadcount)}`)

const comparison = compareScenarios(input, [trainScenario(), retainScenario(), reformScenario()])
console.log('\n## Scenarios, whole ICS (year-end FTE; cost for the year)\n')
console.log(
  '| Scenario | Year | Supply FTE | Gap FTE | Δ supply | Δ gap | Vacancy rate | Total pay bill | Δ pay bill |',
)
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|')
for (const year of ['2031/32', '2036/37'])
  for (const row of comparison.rows.filter((each) => each.financialYear === year))
    console.log(
      `| ${row.scenario} | ${year} | ${fmt(row.fte)} | ${fmt(row.gapFte)} | ${fmt(row.difference.fte)} | ${fmt(row.difference.gapFte)} | ${(row.vacancyRate * 100).toFixed(1)}% | ${formatGbp(row.totalCostGbp, { unit: 'millions', decimalPlaces: 0 })} | ${formatGbp(row.difference.totalCostGbp, { unit: 'millions', decimalPlaces: 1 })} |`,
    )

const combined = compareScenarios(input, [trainRetainReformScenario()])
const last = combined.rows.find(
  (row) => row.scenario === 'train-retain-reform' && row.financialYear === '2036/37',
)!
console.log(
  `\ncombined 2036/37: supply ${fmt(last.fte)}, gap ${fmt(last.gapFte)}, Δ gap ${fmt(last.difference.gapFte)}, vacancy ${(last.vacancyRate * 100).toFixed(1)}%`,
)
