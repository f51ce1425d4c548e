import { describe, expect, it } from 'vitest'
import { markRuns, markTrends, markTwoOfThree } from './special-cause-rules'

const runs = (side: number[], length = 7) => {
  const out = new Uint8Array(side.length)
  markRuns(side, length, out)
  return [...out]
}
const trends = (values: number[], length = 7) => {
  const out = new Uint8Array(values.length)
  const direction = new Int8Array(values.length)
  markTrends(values, length, out, direction)
  return { flags: [...out], direction: [...direction] }
}

describe('special-cause rules (Making Data Count, as NHSRplotthedots)', () => {
  it('flags a run of seven on one side, and all seven points', () => {
    expect(runs([1, 1, 1, 1, 1, 1, 1, -1])).toEqual([1, 1, 1, 1, 1, 1, 1, 0])
    expect(runs([1, 1, 1, 1, 1, 1, -1])).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
  it('a point exactly on the mean breaks the run', () => {
    expect(runs([1, 1, 1, 0, 1, 1, 1, 1])).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  })
  it('run length 6 is selectable', () => {
    expect(runs([-1, -1, -1, -1, -1, -1], 6)).toEqual([1, 1, 1, 1, 1, 1])
  })
  it('a trend of seven points (six rises) is flagged, six points are not', () => {
    expect(trends([1, 2, 3, 4, 5, 6, 7]).flags).toEqual([1, 1, 1, 1, 1, 1, 1])
    expect(trends([1, 2, 3, 4, 5, 6, 7]).direction[0]).toBe(1)
    expect(trends([5, 1, 2, 3, 4, 5, 6]).flags).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(trends([9, 8, 7, 6, 5, 4, 3, 10]).direction.slice(0, 7)).toEqual([
      -1, -1, -1, -1, -1, -1, -1,
    ])
  })
  it('a tie breaks the trend', () => {
    expect(trends([1, 2, 3, 3, 4, 5, 6, 7]).flags).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
    // after the tie a fresh trend of seven starts at the second 3
    expect(trends([1, 2, 3, 3, 4, 5, 6, 7, 8]).flags).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(trends([1, 2, 3, 3, 4, 5, 6, 7, 8, 9]).flags).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1])
  })
  it('a peak shares its point between a rise and a fall', () => {
    const { flags } = trends([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1])
    expect(flags.every((flag) => flag === 1)).toBe(true)
  })
  it('two of three close on the same side are flagged; on opposite sides they are not', () => {
    const out = new Uint8Array(3)
    markTwoOfThree([1, 0, 1], [1, 1, 1], out)
    expect([...out]).toEqual([1, 0, 1])
    const opposite = new Uint8Array(3)
    markTwoOfThree([1, 0, 1], [1, 1, -1], opposite)
    expect([...opposite]).toEqual([0, 0, 0])
    const split = new Uint8Array(3)
    markTwoOfThree([1, 1, 0], [1, -1, -1], split)
    expect([...split]).toEqual([0, 0, 0])
  })
})
