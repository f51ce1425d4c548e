import { sampleDataset } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { prioritisedPortfolio } from '../budget/prioritised-portfolio'
import { swingWeights } from '../weights/swing-weights'
import { explainRanking } from './explain-ranking'
import { reproduceRanking } from './reproduce-ranking'

// The guide docs/prioritising-against-the-four-tests.md ranks the sample ICS's initiatives; this
// checks the properties the guide relies on, whatever the exact sample scores.
describe('the sample ICS (guide)', () => {
  const initiatives = sampleDataset().initiatives
  const weights = swingWeights({
    'size-of-opportunity': 100,
    feasibility: 80,
    'strategic-coherence': 60,
    'need-for-collaboration': 50,
  })

  it('ranks every initiative, explains each and reproduces from JSON', () => {
    const audit = explainRanking(initiatives, { weights, smaa: { samples: 2000, seed: 1 } })
    expect(audit.ranking.initiatives).toHaveLength(initiatives.length)
    expect(audit.explanations.every((each) => each.summary.length > 0)).toBe(true)
    expect(audit.ranking.contested.length).toBeGreaterThan(0)
    expect(reproduceRanking(JSON.parse(JSON.stringify(audit))).identical).toBe(true)
  })

  it('chooses a feasible portfolio within £6m honouring the dataset links', () => {
    const { portfolio } = prioritisedPortfolio(initiatives, { weights, budgetGbp: '6000000' })
    expect(Number(portfolio.totalCostGbp)).toBeLessThanOrEqual(6_000_000)
    const chosen = new Set(portfolio.chosen)
    for (const each of initiatives.filter((initiative) => chosen.has(initiative.id))) {
      expect((each.dependsOn ?? []).every((id) => chosen.has(id))).toBe(true)
      expect((each.excludes ?? []).some((id) => chosen.has(id))).toBe(false)
    }
  })
})
