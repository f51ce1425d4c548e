import { issue } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { issueText, oneBasedRow } from './issue-text'

describe('issue text', () => {
  it('gives a CSV file’s line as it is and a JSON or in-memory index plus one', () => {
    const csv = {
      ...issue('invalid_type', 'headcount: expected a number'),
      file: 'workforce.csv',
      table: 'workforce',
      row: 3,
      column: 'headcount',
    }
    const json = {
      ...csv,
      file: 'initiatives.json',
      table: 'initiatives',
      row: 1,
      column: 'costGbp',
    }
    const memory = {
      ...issue('out_of_range', 'fte must be at least 0'),
      table: 'workforce',
      row: 0,
    }
    expect(oneBasedRow(csv)).toBe(3)
    expect(oneBasedRow(json)).toBe(2)
    expect(oneBasedRow(memory)).toBe(1)
    expect(issueText(csv)).toBe(
      'error: workforce.csv, table workforce, row 3, column headcount: headcount: expected a number',
    )
  })

  it('names a missing table and the file to add', () => {
    const missing = {
      ...issue('required', 'organisations: expected array'),
      table: 'organisations',
    }
    expect(issueText(missing)).toBe(
      'error: table organisations: table organisations is missing: add organisations.csv (or .json)',
    )
  })
})
