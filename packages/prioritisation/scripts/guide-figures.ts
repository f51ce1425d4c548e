/**
 * Produces every figure in docs/prioritising-against-the-four-tests.md from the sample ICS
 * (`sampleDataset()` of @oneworkforce/sample-data). Run from the repository root:
 *
 *   pnpm --filter @oneworkforce/prioritisation exec tsx scripts/guide-figures.ts
 */
import { sampleDataset } from '@oneworkforce/sample-data'
import { formatGbp } from '@oneworkforce/schemas'
import {
  ahpWeights,
  explainRanking,
  fourTestsCodes,
  fourTestsCriteria,
  rankInitiatives,
  selectPortfolio,
  swingWeights,
} from '../src/index'

const initiatives = sampleDataset().initiatives
const label = (code: string) => fourTestsCriteria.find((each) => each.code === code)?.label ?? code
const pct = (value: number) => `${(value * 100).toFixed(1)}%`

// 1. Weights: swing weighting by the board, cross-checked with AHP.
const swingPoints = {
  'size-of-opportunity': 100,
  feasibility: 80,
  'strategic-coherence': 60,
  'need-for-collaboration': 50,
}
const weights = swingWeights(swingPoints)
console.log('## Weights (swing)\n')
console.log('| test | swing points | weight |\n|---|---:|---:|')
for (const code of fourTestsCodes) {
  console.log(`| ${label(code)} | ${swingPoints[code]} | ${(weights[code] as number).toFixed(3)} |`)
}
const ahpMatrix = [
  [1, 2, 1, 2],
  [1 / 2, 1, 1 / 2, 1],
  [1, 2, 1, 2],
  [1 / 2, 1, 1 / 2, 1],
]
const ahp = ahpWeights(
  [
    [1, 2, 1, 2],
    [1 / 2, 1, 1 / 2, 1],
    [1, 2, 1, 2],
    [1 / 2, 1, 1 / 2, 1],
  ],
  { criteria: [...fourTestsCodes] },
)
const ahpInconsistent = ahpWeights(
  [
    [1, 3, 1, 2],
    [1 / 3, 1, 1 / 2, 1],
    [1, 2, 1, 3],
    [1 / 2, 1, 1 / 3, 1],
  ],
  { criteria: [...fourTestsCodes] },
)
console.log(
  `\nAHP matrix ${JSON.stringify(ahpMatrix)} →`,
  Object.values(ahp.weights)
    .map((w) => w.toFixed(3))
    .join(', '),
  `λmax ${ahp.lambdaMax.toFixed(4)} CR ${ahp.consistencyRatio.toFixed(4)}`,
)
console.log(
  'AHP second panel →',
  Object.values(ahpInconsistent.weights)
    .map((w) => w.toFixed(3))
    .join(', '),
  `λmax ${ahpInconsistent.lambdaMax.toFixed(4)} CI ${ahpInconsistent.consistencyIndex.toFixed(4)} CR ${ahpInconsistent.consistencyRatio.toFixed(4)}`,
)

// 2. The ranking, with explanation and stability.
const audit = explainRanking(initiatives, { weights, smaa: { samples: 10_000, seed: 1 } })
console.log('\n## Ranking (weighted sum, mean of three scorers)\n')
console.log(
  `| rank | initiative | cost | ${fourTestsCodes.map(label).join(' | ')} | score | first in (SMAA) |`,
)
console.log(`|---:|---|---:|${fourTestsCodes.map(() => '---:').join('|')}|---:|---:|`)
for (const each of audit.explanations) {
  const cells = each.criteria.map(
    (criterion) => `${criterion.score.toFixed(2)}${criterion.contested ? ' ⚑' : ''}`,
  )
  console.log(
    `| ${each.rank} | ${each.title} | ${formatGbp(each.costGbp, { unit: 'millions', decimalPlaces: 2 })} | ${cells.join(' | ')} | ${each.score.toFixed(3)} | ${pct(each.rankAcceptability?.[0] ?? 0)} |`,
  )
}
const leader = audit.explanations[0]
console.log(
  `\ncontributions of ${leader?.id}:`,
  leader?.criteria.map((each) => `${each.criterion} ${each.contribution.toFixed(3)}`).join(', '),
)
console.log('\n## Contested scores\n')
for (const cell of audit.ranking.contested) {
  console.log(
    `- ${cell.initiative} / ${label(cell.criterion)}: ${cell.byScorer.map((s) => `${s.scorer} ${s.score}`).join(', ')} (spread ${cell.spread})`,
  )
}
console.log('\n## Weight thresholds (top =', audit.weightStability?.top, ')\n')
for (const threshold of audit.weightStability?.thresholds ?? []) {
  const up = threshold.increase
    ? `${threshold.increase.newWeight.toFixed(3)} (${threshold.increase.newTop})`
    : 'never'
  const down = threshold.decrease
    ? `${threshold.decrease.newWeight.toFixed(3)} (${threshold.decrease.newTop})`
    : 'never'
  console.log(
    `| ${label(threshold.criterion)} | ${threshold.weight.toFixed(3)} | ${up} | ${down} |`,
  )
}
console.log('\n## SMAA verdicts\n')
for (const each of audit.smaa?.initiatives ?? []) console.log(`- ${each.verdict}`)
console.log('\n## Summaries\n')
for (const each of audit.explanations.slice(0, 3)) console.log(`> ${each.summary}\n`)

// 3. Other methods.
for (const method of ['topsis', 'promethee-ii'] as const) {
  const ranking = rankInitiatives(initiatives, { weights, method })
  console.log(
    `\n${method}:`,
    ranking.initiatives
      .map((each) => `${each.rank}. ${each.id} (${each.score.toFixed(3)})`)
      .join('; '),
  )
}
const median = rankInitiatives(initiatives, { weights, aggregation: 'median' })
console.log(
  '\nmedian aggregation:',
  median.initiatives.map((each) => `${each.rank}. ${each.id}`).join('; '),
)

// 4. Portfolio within £6m.
const budgetGbp = '6000000'
const byId = new Map(initiatives.map((each) => [each.id, each]))
const portfolio = selectPortfolio(
  audit.ranking.initiatives.map((each) => ({
    id: each.id,
    costGbp: each.costGbp,
    value: each.score,
    dependsOn: byId.get(each.id)?.dependsOn ?? [],
    excludes: byId.get(each.id)?.excludes ?? [],
  })),
  { budgetGbp },
)
console.log(
  `\n## Portfolio within ${formatGbp(budgetGbp, { unit: 'millions', decimalPlaces: 1 })}\n`,
)
console.log('chosen:', portfolio.chosen.join(', '))
console.log(
  'total cost',
  formatGbp(portfolio.totalCostGbp),
  'remaining',
  formatGbp(portfolio.remainingGbp),
  'value',
  portfolio.totalValue.toFixed(3),
)
const greedy: string[] = []
let spent = 0
for (const each of audit.ranking.initiatives) {
  const cost = Number(each.costGbp)
  if (spent + cost <= Number(budgetGbp)) {
    greedy.push(each.id)
    spent += cost
  }
}
console.log('rank-order fill (ignoring links):', greedy.join(', '), formatGbp(spent))
console.log(
  '\n| candidate | cost | value per £1m | needs | would displace | value change |\n|---|---:|---:|---|---|---:|',
)
for (const each of portfolio.margin) {
  console.log(
    `| ${each.id} | ${formatGbp(each.costGbp, { unit: 'millions', decimalPlaces: 2 })} | ${each.valuePerMillionGbp?.toFixed(3) ?? '-'} | ${each.needs.join(', ') || '-'} | ${each.displaces.join(', ') || '-'}${each.alsoFunds.length ? ` (and funds ${each.alsoFunds.join(', ')})` : ''} | ${each.valueChange?.toFixed(3) ?? 'does not fit'} |`,
  )
}
