import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeSuppressCount, suppressCount } from './suppress-count'
import { safeSuppressCrossTable, suppressCrossTable } from './suppress-cross-table'
import { safeSuppressRows, suppressRows } from './suppress-rows'

const visibleSmall = (value: number | null) => value !== null && value >= 1 && value <= 7

describe('small-number suppression (NHS Digital: 1-7 suppressed, others to the nearest 5)', () => {
  it('suppresses 1-7, shows 0 and rounds the rest', () => {
    expect(suppressCount(0)).toEqual({ value: 0, status: 'shown' })
    expect(suppressCount(1).value).toBeNull()
    expect(suppressCount(7).value).toBeNull()
    expect(suppressCount(8)).toEqual({ value: 10, status: 'rounded' })
    expect(suppressCount(23)).toEqual({ value: 25, status: 'rounded' })
    expect(suppressCount(22).value).toBe(20)
    expect(suppressCount(6)).toEqual({ value: null, status: 'suppressed' })
    expect(suppressCount(40)).toEqual({ value: 40, status: 'shown' })
  })
  it('takes configurable rules', () => {
    expect(suppressCount(9, { suppressTo: 9, roundTo: 1 }).value).toBeNull()
    expect(suppressCount(13, { suppressTo: 12, roundTo: 10 }).value).toBe(20)
    expect(suppressCount(3, { suppressFrom: 5 }).value).toBe(5)
  })
  it('never leaves a count of 1-7 visible (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        (count) => !visibleSmall(suppressCount(count).value),
      ),
    )
    // a fraction is no count: refused rather than published as 0 (issue 15, finding 8)
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
        (count) => !safeSuppressCount(count).success,
      ),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (table) => {
          const result = suppressCrossTable(table)
          const all = [
            ...result.cells.flat(),
            ...result.rowTotals,
            ...result.columnTotals,
            result.grandTotal,
          ]
          return all.every((cell) => !visibleSmall(cell.value))
        },
      ),
    )
  })
  it('without rounding, secondary suppression leaves no line with a shown total and a lone suppressed cell (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }), {
          minLength: 2,
          maxLength: 5,
        }),
        (table) => {
          const { cells, rowTotals, columnTotals } = suppressCrossTable(table, {
            rules: { roundTo: 1 },
          })
          const rowsOk = cells.every((row, r) => {
            const hidden = row.filter((cell) => cell.value === null).length
            return hidden !== 1 || rowTotals[r]?.value === null
          })
          const columnsOk = (cells[0] ?? []).every((_, c) => {
            const hidden = cells.filter((row) => row[c]?.value === null).length
            return hidden !== 1 || columnTotals[c]?.value === null
          })
          return rowsOk && columnsOk
        },
      ),
    )
  })
  it('runs the documented cross-table examples', () => {
    const table = suppressCrossTable([
      [3, 40, 52],
      [25, 31, 60],
    ])
    // rounding to 5 leaves the 3 anywhere in 1..9: row 0 is 95 ± 2 less 40 ± 2 and 50 ± 2,
    // column 0 is 30 ± 2 less 25 ± 2
    expect(table.cells[0]?.map((cell) => cell.value)).toEqual([null, 40, 50])
    expect(table.feasibleRanges).toEqual([{ entry: 'cell', row: 0, column: 0, min: 1, max: 9 }])
    const exact = suppressCrossTable(
      [
        [3, 0],
        [10, 10],
      ],
      { rules: { roundTo: 1 } },
    )
    expect(exact.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      [null, 0],
      [null, 10],
    ])
    expect(exact.rowTotals.map((cell) => cell.value)).toEqual([null, null])
  })

  it('suppresses rates computed from suppressed counts', () => {
    const { rows, cells } = suppressRows(
      [
        { unit: 'A', leavers: 5, headcount: 120, rate: 5 / 120 },
        { unit: 'B', leavers: 33, headcount: 410, rate: 33 / 410 },
      ],
      {
        counts: ['leavers', 'headcount'],
        rates: [{ column: 'rate', from: ['leavers', 'headcount'] }],
      },
    )
    expect(rows[0]).toEqual({ unit: 'A', leavers: null, headcount: 120, rate: null })
    expect(rows[1]).toEqual({ unit: 'B', leavers: 35, headcount: 410, rate: 33 / 410 })
    expect(cells).toContainEqual({ row: 0, column: 'rate', status: 'suppressed' })
  })
  it('reports bad counts and rules', () => {
    expect(safeSuppressCount(-3).success).toBe(false)
    expect(safeSuppressCount(Number.NaN).success).toBe(false)
    expect(safeSuppressCount(3, { roundTo: 0 }).issues[0]?.path).toEqual(['rules', 'roundTo'])
    expect(safeSuppressRows([{ n: -1 }], { counts: ['n'] }).issues[0]?.column).toBe('n')
    // issue 15, finding 8: a fractional count and a column in none of the rows
    expect(safeSuppressCount(0.4).issues[0]?.message).toMatch(/whole number.*published as 0/)
    expect(safeSuppressRows([{ n: 0.4 }], { counts: ['n'] }).success).toBe(false)
    const unknown = safeSuppressRows([{ n: 4 }], { counts: ['leavers' as 'n'] })
    expect(unknown.issues[0]).toMatchObject({ code: 'missing_column', path: ['counts', 0] })
    expect(safeSuppressCrossTable([[1, 2], [3]]).success).toBe(false)
    expect(safeSuppressCrossTable([[1, -2]]).issues[0]?.row).toBe(0)
  })
})
