import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Criterion } from '../criteria/criterion-schema'
import { fourTestsCodes } from '../criteria/four-tests'
import { scoredInitiative } from '../internal/fixtures'
import { rankInitiatives } from '../methods/rank-initiatives'
import { safeSmaa, smaa } from './smaa'
import { safeWeightThresholds, weightThresholds } from './weight-thresholds'

const score = (criterion: string, value: number) => ({ criterion, scorer: 'panel', score: value })
const xy: Criterion[] = ['x', 'y'].map((code) => ({
  code,
  label: code,
  description: '',
  direction: 'benefit',
  scale: { min: 1, max: 5 },
}))
const twoOptions = [
  { id: 'a', title: 'A', owner: 'ICS', costGbp: '100', scores: [score('x', 5), score('y', 1)] },
  { id: 'b', title: 'B', owner: 'ICS', costGbp: '100', scores: [score('x', 1), score('y', 5)] },
]

function shifted(
  weights: Record<string, number>,
  code: string,
  delta: number,
): Record<string, number> {
  const wk = weights[code]!
  const rest = 1 - wk
  return Object.fromEntries(
    Object.entries(weights).map(([key, value]) => [
      key,
      key === code ? wk + delta : (value * (rest - delta)) / rest,
    ]),
  )
}

describe('weightThresholds', () => {
  it('runs the documented examples: A leads until x falls to 0.5', () => {
    const result = safeWeightThresholds(twoOptions, { criteria: xy, weights: { x: 0.6, y: 0.4 } })
    expect(result.success && result.value.thresholds[0]?.decrease?.newWeight).toBeCloseTo(0.5, 12)
    expect(result.success && result.value.thresholds[0]?.increase).toBeNull()
    expect(result.success && result.value.thresholds[1]?.increase?.newWeight).toBeCloseTo(0.5, 12)
    expect(weightThresholds(twoOptions, { criteria: xy, weights: { x: 0.6, y: 0.4 } }).top).toBe(
      'a',
    )
  })

  it('is exact: the top holds just inside each threshold and changes just beyond it', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 })
    const rawWeights = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(fc.array(scores, { minLength: 2, maxLength: 7 }), rawWeights, (rows, raw) => {
        const total = raw.reduce((sum, value) => sum + value, 0)
        const weights = Object.fromEntries(fourTestsCodes.map((code, j) => [code, raw[j]! / total]))
        const initiatives = rows.map((row, index) => scoredInitiative(`i${index}`, '100', row))
        const stability = weightThresholds(initiatives, { weights })
        const topAt = (w: Record<string, number>) =>
          rankInitiatives(initiatives, { weights: w, normaliseWeights: true }).initiatives[0]!.id
        expect(stability.top).toBe(topAt(weights))
        for (const threshold of stability.thresholds) {
          for (const shift of [threshold.increase, threshold.decrease]) {
            if (!shift) continue
            const epsilon =
              1e-7 * Math.sign(shift.change || (shift === threshold.increase ? 1 : -1))
            if (Math.abs(shift.change) > 1e-6) {
              // Just inside: still the same top.
              expect(topAt(shifted(weights, threshold.criterion, shift.change - epsilon))).toBe(
                stability.top,
              )
            }
            const beyond = shift.change + epsilon
            if (threshold.weight + beyond >= 0 && threshold.weight + beyond <= 1) {
              expect(topAt(shifted(weights, threshold.criterion, beyond))).not.toBe(stability.top)
            }
          }
          // No threshold in a direction: the top never changes over that whole range.
          if (!threshold.increase && threshold.weight < 1) {
            for (const point of [0.25, 0.5, 0.75, 0.999]) {
              expect(
                topAt(shifted(weights, threshold.criterion, (1 - threshold.weight) * point)),
              ).toBe(stability.top)
            }
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('needs the weighted-sum method', () => {
    const result = safeWeightThresholds(twoOptions, { criteria: xy, method: 'topsis' })
    expect(result.success).toBe(false)
    expect(result.issues[0]?.message).toMatch(/weighted-sum/)
  })
})

describe('smaa', () => {
  it('runs the documented examples', () => {
    const result = safeSmaa(twoOptions, { criteria: xy, samples: 2000, seed: 7 })
    expect(result.success && result.value.initiatives[0]?.verdict).toMatch(
      /^A: first in (49|50|51)% of weightings$/,
    )
    const single = smaa(
      [{ id: 'a', title: 'A', owner: 'ICS', costGbp: '100', scores: [score('x', 4)] }],
      {
        criteria: [
          {
            code: 'x',
            label: 'x',
            description: '',
            direction: 'benefit',
            scale: { min: 1, max: 5 },
          },
        ],
        samples: 100,
      },
    )
    expect(single.initiatives[0]?.verdict).toBe('A: first in 100% of weightings')
  })

  it('acceptabilities sum to 1 per initiative and per rank; same seed, same result', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(fc.array(scores, { minLength: 1, maxLength: 8 }), fc.integer(), (rows, seed) => {
        const initiatives = rows.map((row, index) =>
          scoredInitiative(`i${index}`, String(100 + index), row),
        )
        const result = smaa(initiatives, { samples: 500, seed })
        const m = rows.length
        for (const each of result.initiatives) {
          expect(each.rankAcceptability.reduce((total, value) => total + value, 0)).toBeCloseTo(
            1,
            12,
          )
        }
        for (let r = 0; r < m; r += 1) {
          expect(
            result.initiatives.reduce((total, each) => total + each.rankAcceptability[r]!, 0),
          ).toBeCloseTo(1, 12)
        }
        for (const each of result.initiatives) {
          if (each.centralWeights)
            expect(
              Object.values(each.centralWeights).reduce((total, value) => total + value, 0),
            ).toBeCloseTo(1, 12)
        }
        expect(smaa(initiatives, { samples: 500, seed })).toEqual(result)
      }),
      { numRuns: 40 },
    )
  })

  it('samples uniformly on the simplex: the mean weight is 1/n and the two-option split is even', () => {
    const result = smaa(twoOptions, { criteria: xy, samples: 20_000, seed: 3 })
    // A is first exactly when w_x > 1/2; with uniform weights that has probability 1/2.
    expect(result.initiatives[0]!.rankAcceptability[0]).toBeGreaterThan(0.48)
    expect(result.initiatives[0]!.rankAcceptability[0]).toBeLessThan(0.52)
    // Central weights of A: E[w_x | w_x > 1/2] = 3/4 for w_x ~ Uniform(0, 1).
    expect(result.initiatives[0]!.centralWeights?.x).toBeCloseTo(0.75, 2)
  })

  it('respects weight bounds and breaks exact ties by the stated order', () => {
    const bounded = smaa(twoOptions, {
      criteria: xy,
      samples: 2000,
      weightBounds: { x: { min: 0.6 } },
    })
    expect(bounded.initiatives[0]!.rankAcceptability[0]).toBe(1)
    const twins = smaa(
      [scoredInitiative('b', '100', [3, 3, 3, 3]), scoredInitiative('a', '100', [3, 3, 3, 3])],
      { samples: 100 },
    )
    expect(twins.initiatives.map((each) => [each.id, each.rankAcceptability[0]])).toEqual([
      ['a', 1],
      ['b', 0],
    ])
    expect(twins.initiatives[1]?.verdict).toBe('b: never first; most often ranked 2 (100%)')
  })

  it('samples uniformly above lower bounds: P(A first) = P(w_x > 0.5) = 0.5 / 0.7 when w_x ≥ 0.3', () => {
    // A = (5, 1) beats B = (1, 5) exactly when w_x > 0.5; with w_x ≥ 0.3 and two criteria, w_x
    // is uniform on [0.3, 1], so A is first with probability (1 − 0.5) / (1 − 0.3) = 0.714.
    const result = smaa(twoOptions, {
      criteria: xy,
      samples: 20_000,
      seed: 3,
      weightBounds: { x: { min: 0.3 } },
    })
    const a = result.initiatives.find((each) => each.id === 'a')
    // Binomial standard error √(0.714 × 0.286 / 20,000) = 0.0032; four of them.
    expect(a?.rankAcceptability[0]).toBeCloseTo(0.5 / 0.7, 1)
    expect(Math.abs((a?.rankAcceptability[0] ?? 0) - 0.5 / 0.7)).toBeLessThan(0.013)
    expect(result.draws).toBe(20_000)
  })

  it('rejects impossible bounds and bad sample sizes', () => {
    expect(
      safeSmaa(twoOptions, { criteria: xy, weightBounds: { x: { min: 0.7 }, y: { min: 0.7 } } })
        .issues[0]?.code,
    ).toBe('inconsistent')
    expect(
      safeSmaa(twoOptions, { criteria: xy, weightBounds: { z: { min: 0.1 } } }).issues[0]?.code,
    ).toBe('unknown_code')
    expect(safeSmaa(twoOptions, { criteria: xy, samples: 0 }).success).toBe(false)
  })
})
