import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createScoreSorter } from './sort-indices'

describe('createScoreSorter', () => {
  it('matches a reference sort (score descending, then tie order ascending)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 6 }).map((k) => k / 3),
            fc.double({ min: -1, max: 1, noNaN: true }),
          ),
          { maxLength: 120 },
        ),
        (raw) => {
          const scores = Float64Array.from(raw)
          const tieOrder = Int32Array.from(raw.map((_, i) => (i * 7) % raw.length))
          const order = new Int32Array(raw.length)
          createScoreSorter(raw.length)(order, scores, tieOrder)
          const expected = raw
            .map((_, i) => i)
            .sort((a, b) => scores[b]! - scores[a]! || tieOrder[a]! - tieOrder[b]!)
          expect(Array.from(order)).toEqual(expected)
        },
      ),
    )
  })
})
