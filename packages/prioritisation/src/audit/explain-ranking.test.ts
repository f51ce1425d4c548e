import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Criterion } from '../criteria/criterion-schema'
import { scoredInitiative } from '../internal/fixtures'
import { explainRanking, safeExplainRanking } from './explain-ranking'
import { prioritisationVersion } from './package-version'
import { reproduceRanking, safeReproduceRanking } from './reproduce-ranking'

const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
const xy: Criterion[] = ['x', 'y'].map((code) => ({
  code,
  label: code.toUpperCase(),
  description: '',
  direction: 'benefit',
  scale: { min: 1, max: 5 },
}))
const weights = {
  'size-of-opportunity': 0.4,
  'need-for-collaboration': 0.2,
  feasibility: 0.2,
  'strategic-coherence': 0.2,
}

function contestedSet() {
  const hub = scoredInitiative('jobs-hub', '450000', [4, 5, 4, 4])
  return [
    {
      ...hub,
      title: 'Health and Care Jobs Hub',
      scores: [
        ...hub.scores,
        {
          criterion: 'feasibility',
          scorer: 'finance',
          score: 1,
          evidence: 'GLA funding ends 2025',
        },
        { criterion: 'feasibility', scorer: 'trusts', score: 5 },
      ],
    },
    scoredInitiative('rosters', '300000', [3, 2, 4, 3]),
    scoredInitiative('apprenticeships', '1850000', [4, 4, 3, 5]),
  ]
}

describe('explainRanking and reproduceRanking', () => {
  it('runs the documented examples', () => {
    const audit = explainRanking(
      [
        {
          id: 'a',
          title: 'Jobs hub',
          owner: 'ICS',
          costGbp: '450000',
          scores: [score('x', 5), score('y', 2)],
        },
        {
          id: 'b',
          title: 'E-rostering',
          owner: 'Trusts',
          costGbp: '300000',
          scores: [score('x', 2), score('y', 4)],
        },
      ],
      { criteria: xy, weights: { x: 0.6, y: 0.4 }, smaa: { samples: 1000, seed: 1 } },
    )
    expect(audit.explanations[0]?.summary.startsWith('Jobs hub ranks 1st of 2')).toBe(true)
    const single = explainRanking(
      [
        {
          id: 'a',
          title: 'A',
          owner: 'ICS',
          costGbp: '1000',
          scores: [{ criterion: 'x', scorer: 'p', score: 3 }],
        },
      ],
      { criteria: [xy[0]!], smaa: false },
    )
    expect(single.packageVersion).toBe('0.1.0')
    expect(reproduceRanking(JSON.parse(JSON.stringify(single))).identical).toBe(true)
    expect(reproduceRanking(single).ranking.initiatives[0]?.id).toBe('a')
  })

  it('explains scores by scorer, weights, contributions, contested scores and stability', () => {
    const audit = explainRanking(contestedSet(), { weights, smaa: { samples: 2000, seed: 5 } })
    const hub = audit.explanations.find((each) => each.id === 'jobs-hub')!
    const feasibility = hub.criteria.find((each) => each.criterion === 'feasibility')!
    expect(feasibility.byScorer.map((each) => each.scorer)).toEqual(['panel', 'finance', 'trusts'])
    expect(feasibility.byScorer[1]?.evidence).toBe('GLA funding ends 2025')
    expect(feasibility.contested).toBe(true)
    expect(feasibility.spread).toBe(4)
    expect(hub.criteria.reduce((total, each) => total + each.contribution, 0)).toBeCloseTo(
      hub.score,
      12,
    )
    expect(hub.summary).toMatch(/Scorers disagree on feasibility \(panel 4, finance 1, trusts 5\)/)
    expect(hub.rankAcceptability?.reduce((total, value) => total + value, 0)).toBeCloseTo(1, 12)
    const top = audit.explanations[0]!
    expect(top.summary).toMatch(/It stays first unless the weight of|It stays first whatever/)
    expect(top.summary).toMatch(/weightings/)
    expect(audit.weightStability?.top).toBe(top.id)
  })

  it('reproduces the same ranking from the JSON audit', () => {
    for (const method of ['weighted-sum', 'topsis', 'promethee-ii'] as const) {
      const audit = explainRanking(contestedSet(), {
        weights,
        method,
        aggregation: 'median',
        smaa: false,
        preferenceFunctions: { feasibility: { type: 'linear', q: 0.5, p: 2 } },
      })
      const json = JSON.parse(JSON.stringify(audit))
      const reproduced = reproduceRanking(json)
      expect(reproduced.identical).toBe(true)
      expect(reproduced.differences).toEqual([])
      expect(JSON.parse(JSON.stringify(reproduced.ranking))).toEqual(json.ranking)
    }
  })

  it('reports a tampered audit and a different version', () => {
    const audit = JSON.parse(
      JSON.stringify(explainRanking(contestedSet(), { weights, smaa: false })),
    )
    audit.options.weights = { ...weights, 'size-of-opportunity': 0.1, feasibility: 0.5 }
    const tampered = reproduceRanking(audit)
    expect(tampered.identical).toBe(false)
    expect(tampered.differences.length).toBeGreaterThan(0)
    audit.packageVersion = '0.0.1'
    expect(safeReproduceRanking(audit).issues[0]?.message).toMatch(/version 0.0.1/)
    expect(safeReproduceRanking({ nonsense: true }).success).toBe(false)
  })

  it('passes bad input through as issues', () => {
    expect(
      safeExplainRanking(
        [scoredInitiative('a', '1', [1, 2, 3, 4]), scoredInitiative('a', '1', [1, 2, 3, 4])],
        { weights },
      ).success,
    ).toBe(false)
  })

  it('records the package version of package.json', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    )
    expect(prioritisationVersion).toBe(manifest.version)
  })
})
