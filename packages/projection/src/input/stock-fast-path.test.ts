import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stockRowSchema } from './projection-input'
import { stockRowsAreValid } from './stock-fast-path'
import { safeParseProjectionInput } from './validate-input'

/** Values for each field: valid ones and the ways a row goes wrong. */
const code = fc.oneof(
  fc.constantFrom('acute', 'p-1', 'A.b_c', 'x'.repeat(64)),
  fc.constantFrom('', '-lead', 'x'.repeat(65), 'has space', 'ümlaut'),
  fc.constantFrom(undefined, null, 3, true),
)
const count = fc.oneof(
  fc.double({ min: 0, max: 1e8, noNaN: true }),
  fc.constantFrom(-1, -0, 1e8 + 1, Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined),
)
const share = fc.oneof(
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.constantFrom(-0.1, 2.01, Number.NaN, '0.9', undefined),
)
const row = fc
  .record(
    {
      place: code,
      sector: code,
      staffGroup: code,
      ageBand: code,
      headcount: count,
      ftePerHead: share,
      extra: fc.constantFrom(1, 'x'),
    },
    { requiredKeys: ['place', 'sector', 'staffGroup', 'headcount', 'ftePerHead'] },
  )
  .map((fields) => fields as Record<string, unknown>)

describe('the stock fast path', () => {
  it('accepts exactly the rows stockRowSchema accepts', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), (rows) => {
        expect(stockRowsAreValid(rows)).toBe(stockRowSchema.array().safeParse(rows).success)
      }),
      { numRuns: 3000 },
    )
  })

  it('refuses what is not an array of plain rows', () => {
    for (const value of [undefined, null, {}, 'rows', [null], [[]], [1]])
      expect(stockRowsAreValid(value)).toBe(false)
  })

  it('leaves bad stock rows to zod, which names the row and field', () => {
    const result = safeParseProjectionInput({
      startMonth: '2025-04',
      horizonMonths: 12,
      dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
      stock: [
        { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 },
        { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: -3, ftePerHead: 1 },
      ],
    })
    expect(result.success).toBe(false)
    expect(result.issues.some((each) => each.path.join('.') === 'stock.1.headcount')).toBe(true)
  })
})
