import { describe, expect, it } from 'vitest'
import { safeTrackTargets, trackTargets } from './track-targets'
import { safeTrajectory, targetValue, trajectory } from './trajectory'

describe('targets and trajectories', () => {
  it('vacancy rate down 1 percentage point by 2028-03: a straight line', () => {
    const path = trajectory({
      baselineMonth: '2025-03',
      baselineValue: 0.085,
      targetMonth: '2028-03',
      target: { kind: 'absolute', change: -0.01 },
    })
    expect(path).toHaveLength(37)
    expect(path[path.length - 1]?.month).toBe('2028-03')
    expect(path[path.length - 1]?.value).toBeCloseTo(0.075, 12)
    expect(targetValue(0.085, { kind: 'absolute', change: -0.01 })).toBeCloseTo(0.075, 12)
    expect(path[12]?.month).toBe('2026-03')
    expect(path[12]?.value).toBeCloseTo(0.085 - 0.01 / 3, 12)
  })
  it('retention up 2% is relative', () => {
    expect(targetValue(0.85, { kind: 'relative', change: 0.02 })).toBeCloseTo(0.867, 12)
    expect(targetValue(0.85, { kind: 'value', value: 0.9 })).toBe(0.9)
  })
  it('says whether each unit is on track', () => {
    const rows = [
      { unit: 'RJ1', month: '2025-03', value: 0.09 },
      { unit: 'RJ1', month: '2026-03', value: 0.084 },
      { unit: 'RJZ', month: '2025-03', value: 0.07 },
      { unit: 'RJZ', month: '2026-03', value: 0.0665 },
      { unit: 'RYQ', month: '2025-03', value: 0.1 },
      { unit: 'RYQ', month: '2026-03', value: 0.105 },
    ]
    const progress = trackTargets(rows, {
      baselineMonth: '2025-03',
      targetMonth: '2028-03',
      target: { kind: 'absolute', change: -0.01 },
      goodDirection: 'lower',
      tolerance: 0.001,
    })
    const status = Object.fromEntries(progress.map((each) => [each.unit, each.status]))
    // planned after 12 of 36 months: baseline − 0.00333
    expect(status).toEqual({ RJ1: 'ahead', RJZ: 'on-track', RYQ: 'off-track' })
    expect(progress[0]?.planned).toBeCloseTo(0.09 - 0.01 / 3, 12)
  })
  it('warns about a unit with no baseline and rejects bad input', () => {
    const result = safeTrackTargets([{ unit: 'A', month: '2026-01', value: 0.1 }], {
      baselineMonth: '2025-03',
      targetMonth: '2028-03',
      target: { kind: 'relative', change: 0.02 },
      goodDirection: 'higher',
    })
    expect(result.success).toBe(true)
    expect(result.issues[0]?.message).toMatch(/unit A has no value at the baseline month 2025-03/)
    expect(
      safeTrajectory({
        baselineMonth: '2025-03',
        baselineValue: 1,
        targetMonth: '2024-03',
        target: { kind: 'value', value: 2 },
      }).success,
    ).toBe(false)
    expect(
      safeTrajectory({
        baselineMonth: '2025-3',
        baselineValue: Number.NaN,
        targetMonth: '2028-03',
        target: { kind: 'absolute', change: 0 },
      }).issues,
    ).toHaveLength(2)
  })
})
