import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  attackRange,
  type Published,
  solveExactly,
  suppressedTargets,
} from './attacker.test-helper'
import {
  type SuppressedCrossTable,
  safeSuppressCrossTable,
  suppressCrossTable,
} from './suppress-cross-table'

const published = (table: SuppressedCrossTable): Published => ({
  cells: table.cells.map((row) => row.map((cell) => cell.value)),
  rowTotals: table.rowTotals.map((cell) => cell.value),
  columnTotals: table.columnTotals.map((cell) => cell.value),
  grandTotal: table.grandTotal.value,
})

/** The sensitive entries (true value in the band 1-7) an attacker can pin down or narrow. */
function disclosures(counts: number[][], roundTo: number) {
  const table = published(suppressCrossTable(counts, { rules: { roundTo } }))
  const found: string[] = []
  for (const target of suppressedTargets(table)) {
    const truth = target.cells.reduce((sum, [r, c]) => sum + (counts[r]?.[c] as number), 0)
    if (truth < 1 || truth > 7) continue
    if (roundTo === 1) {
      const exact = solveExactly(table, target)
      if (exact !== null) found.push(`${target.name} = ${exact}`)
    }
    const [min, max] = attackRange(table, target, roundTo)
    if (min > 1 + 1e-6 || max < 7 - 1e-6) found.push(`${target.name} in [${min}, ${max}]`)
  }
  return found
}

const tables = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 60 })), {
        minLength: columns,
        maxLength: columns,
      }),
      { minLength: rows, maxLength: rows },
    ),
  )

describe('secondary suppression against a disclosure attacker (issue 15, finding 2)', () => {
  it('regression: [[3,0],[10,10]] without rounding no longer gives the 3 away (23 − 20)', () => {
    const table = suppressCrossTable(
      [
        [3, 0],
        [10, 10],
      ],
      { rules: { roundTo: 1 } },
    )
    // before: row totals [null, 20] and a grand total of 23 were published
    expect(table.rowTotals[1]?.value === null || table.grandTotal.value === null).toBe(true)
    expect(
      disclosures(
        [
          [3, 0],
          [10, 10],
        ],
        1,
      ),
    ).toEqual([])
  })

  it('regression: a 5 × 5 table whose suppressed blocks were linked by shown cells', () => {
    // the one-line-at-a-time rule left a cell of this table exactly recoverable by combining
    // row and column totals across two blocks of suppressed cells
    const counts = [
      [4, 4, 8, 2, 0],
      [3, 5, 2, 1, 5],
      [2, 2, 0, 0, 3],
      [32, 3, 7, 8, 4],
      [24, 60, 8, 1, 20],
    ]
    expect(disclosures(counts, 1)).toEqual([])
    expect(disclosures(counts, 5)).toEqual([])
  })

  it('the linear-algebra attacker recovers no small count and the LP attacker narrows none (property, no rounding)', () => {
    fc.assert(
      fc.property(tables, (counts) => disclosures(counts, 1).length === 0),
      { numRuns: 150 },
    )
  })

  it('the LP attacker narrows no small count below 1-7 with rounding to 5 (property)', () => {
    fc.assert(
      fc.property(tables, (counts) => disclosures(counts, 5).length === 0),
      { numRuns: 100 },
    )
  })

  it("reports each suppressed entry's feasible range as the attacker finds it (no rounding)", () => {
    fc.assert(
      fc.property(tables, (counts) => {
        const result = suppressCrossTable(counts, { rules: { roundTo: 1 } })
        const table = published(result)
        return result.feasibleRanges.every((range) => {
          const cells: [number, number][] = []
          counts.forEach((row, r) => {
            row.forEach((_, c) => {
              if (
                (range.row === null || range.row === r) &&
                (range.column === null || range.column === c)
              )
                cells.push([r, c])
            })
          })
          const [min, max] = attackRange(table, { name: range.entry, cells }, 1)
          return (
            Math.abs(min - range.min) < 1e-6 &&
            (max === range.max || Math.abs(max - range.max) < 1e-6)
          )
        })
      }),
      { numRuns: 60 },
    )
  })

  it('refuses fractional counts and tables beyond the audit limit with clear issues', () => {
    const fractional = safeSuppressCrossTable([[0.4, 3]])
    expect(fractional.success).toBe(false)
    expect(fractional.issues[0]).toMatchObject({ row: 0, column: '0', code: 'out_of_range' })
    const big = Array.from({ length: 30 }, () => new Array<number>(30).fill(10))
    expect(safeSuppressCrossTable(big).issues[0]?.code).toBe('too_large')
    expect(safeSuppressCrossTable([[1]], { secondary: 'yes' as never }).issues[0]?.path).toEqual([
      'secondary',
    ])
  })
})
