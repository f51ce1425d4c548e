import { describe, expect, it } from 'vitest'
import {
  BINOMIAL_EXACT_LIMIT,
  binomialFunnelLimit,
  judgeSide,
  MAX_CROSS_TABLE_CELLS,
  MAX_FUNNEL_UNITS,
  POISSON_EXACT_LIMIT,
  peerGroupFunnels,
  safeBenchmarkUnits,
  safeFunnelPlot,
  safeNearestPeers,
  safePeerGroupFunnels,
  safePeerGroups,
  safeQuantiles,
  safeSuppressCount,
  safeSuppressCrossTable,
  safeSuppressRows,
  safeTrackTargets,
  safeTrajectory,
  safeXmrChart,
  wilsonFunnelLimits,
  zForLevel,
} from './index'

// Mirrors of the @example blocks not already exercised by the concept tests.
describe('documented examples', () => {
  it('direction and limits helpers', () => {
    expect(judgeSide('high', 'lower')).toBe('worse')
    expect(judgeSide('low', 'lower')).toBe('better')
    expect(judgeSide('low', 'neutral')).toBe('neutral')
    expect(zForLevel(0.95)).toBeCloseTo(1.959964, 6)
    expect(zForLevel(0.998)).toBeCloseTo(3.090232, 6)
    expect(binomialFunnelLimit(0.025, 100, 0.1)).toBeCloseTo(0.0404, 4)
    const wilson = wilsonFunnelLimits(100, 0.1, 1.959964)
    expect(wilson.lower).toBeCloseTo(0.055, 3)
    expect(wilson.upper).toBeCloseTo(0.174, 3)
  })
  it('safe twins fail on bad input', () => {
    expect(
      safeFunnelPlot([{ unit: 'A', numerator: 5, denominator: 0 }], { type: 'proportion' }).success,
    ).toBe(false)
    expect(
      safeXmrChart([
        { month: '2024-01', value: 1 },
        { month: '2024-03', value: 2 },
      ]).success,
    ).toBe(false)
    expect(safeQuantiles([], [0.5]).success).toBe(false)
    expect(safeBenchmarkUnits([], { goodDirection: 'lower' }).success).toBe(false)
    expect(safeNearestPeers([], 'A').success).toBe(false)
    expect(safePeerGroups([{ unit: 'A', attributes: {} }], ['sector']).success).toBe(false)
    expect(safeSuppressCount(-3).success).toBe(false)
    expect(safeSuppressRows([{ n: -1 }], { counts: ['n'] }).success).toBe(false)
    expect(safeSuppressCrossTable([[1, 2], [3]]).success).toBe(false)
    expect(
      safeTrajectory({
        baselineMonth: '2025-03',
        baselineValue: 1,
        targetMonth: '2024-03',
        target: { kind: 'value', value: 2 },
      }).success,
    ).toBe(false)
    const noBaseline = safeTrackTargets([{ unit: 'A', month: '2026-01', value: 0.1 }], {
      baselineMonth: '2025-03',
      targetMonth: '2028-03',
      target: { kind: 'relative', change: 0.02 },
      goodDirection: 'higher',
    })
    expect(noBaseline.issues[0]?.message).toMatch(
      /^unit A has no value at the baseline month 2025-03/,
    )
  })
  it('like-for-like funnels and documented limits', () => {
    const { funnels } = peerGroupFunnels(
      [
        { unit: 'A', peerGroup: 'acute', numerator: 120, denominator: 1000 },
        { unit: 'B', peerGroup: 'acute', numerator: 90, denominator: 900 },
        { unit: 'C', peerGroup: 'acute', numerator: 150, denominator: 1100 },
      ],
      { type: 'proportion', method: 'wilson', goodDirection: 'lower' },
    )
    expect(funnels[0]?.peerGroup).toBe('acute')
    expect(
      safePeerGroupFunnels([{ unit: 'A', numerator: 1, denominator: 10 } as never], {
        type: 'proportion',
      }).success,
    ).toBe(false)
    expect([
      BINOMIAL_EXACT_LIMIT,
      POISSON_EXACT_LIMIT,
      MAX_FUNNEL_UNITS,
      MAX_CROSS_TABLE_CELLS,
    ]).toEqual([1e7, 1e6, 100_000, 300])
  })
})
