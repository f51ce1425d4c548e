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
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (count) => !visibleSmall(suppressCount(count).value),
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
  it('secondary suppression leaves no line with a shown total and a lone suppressed cell (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }), {
          minLength: 2,
          maxLength: 6,
        }),
        (table) => {
          const { cells, rowTotals, columnTotals } = suppressCrossTable(table)
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
  it('needs no secondary cell where the total is itself suppressed', () => {
    const table = suppressCrossTable([
      [4, 0, 0],
      [30, 40, 50],
      [20, 30, 60],
    ])
    // row 0's total (4) is suppressed, so its zeros stay shown; column 0 (total 54, shown) needs
    // a second hidden cell: 20, then the cascade through row 2 and column 1.
    expect(table.rowTotals[0]?.value).toBeNull()
    expect(table.cells[0]?.map((cell) => cell.status)).toEqual(['suppressed', 'shown', 'shown'])
    expect(table.cells[2]?.[0]?.status).toBe('secondary')
  })
  it('runs the documented cross-table example', () => {
    const table = suppressCrossTable([
      [3, 40, 52],
      [25, 31, 60],
    ])
    expect(table.cells[0]?.map((cell) => cell.status)).toEqual([
      'suppressed',
      'secondary',
      'rounded',
    ])
    // column 0 then has 3 suppressed alone → 25 suppressed too; column 1 → 31 as well
    expect(table.cells[1]?.[0]?.status).toBe('secondary')
    expect(table.rowTotals[0]?.value).toBe(95)
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
    expect(safeSuppressCrossTable([[1, 2], [3]]).success).toBe(false)
    expect(safeSuppressCrossTable([[1, -2]]).issues[0]?.row).toBe(0)
  })
})
