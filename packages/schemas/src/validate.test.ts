import { describe, expect, it } from 'vitest'
import { safeParseTable } from './dataset-validation/table-rows'
import { workforceSnapshotRowSchema } from './datasets/workforce'
import { safeValidate } from './validate'

// Issue 15, finding 9: a value present with the wrong type was coded `required`.
describe('issue codes', () => {
  const row = { month: '2024-04', organisation: 'RJ1', staffGroup: 'midwife', staffInPostFte: 3 }

  it('codes a present value of the wrong type invalid_type, and only an absent one required', () => {
    const result = safeParseTable('vacancies', [
      { ...row, fundedFte: 'x' },
      { ...row, fundedFte: null },
      row,
      { ...row, fundedFte: undefined },
    ])
    expect(result.issues.map((each) => [each.row, each.code])).toEqual([
      [0, 'invalid_type'],
      [1, 'invalid_type'],
      [2, 'required'],
      [3, 'required'],
    ])
  })

  it('does the same through safeValidate', () => {
    const snapshot = { month: '2024-04', organisation: 'RJ1', staffGroup: 'midwife' }
    const present = safeValidate(workforceSnapshotRowSchema, {
      ...snapshot,
      headcount: '3',
      fte: 2,
    })
    expect(present.issues.map((each) => [each.column, each.code])).toEqual([
      ['headcount', 'invalid_type'],
    ])
    const absent = safeValidate(workforceSnapshotRowSchema, { ...snapshot, fte: 2 })
    expect(absent.issues.map((each) => [each.column, each.code])).toEqual([
      ['headcount', 'required'],
    ])
  })

  it('refuses a schema or context that is not one, instead of throwing', () => {
    expect(safeValidate(null as never, 1).issues[0]?.code).toBe('invalid_type')
    expect(safeValidate(workforceSnapshotRowSchema, {}, null as never).success).toBe(false)
    expect(safeParseTable('constructor' as never, []).issues[0]?.code).toBe('unknown_code')
  })
})
