import { describe, expect, it } from 'vitest'
import { renderTable, TERMINAL_WIDTH } from './terminal-table'

const columns = [
  { header: 'staff group' },
  ...['supply 2026/27', 'gap 2026/27', 'supply 2036/37', 'demand 2036/37', 'gap 2036/37'].map(
    (header) => ({ header, align: 'right' as const }),
  ),
]

describe('renderTable', () => {
  it('fits the terminal width: long headers on two lines, numbers whole', () => {
    const rows = [
      ['Registered nurses and health visitors', '15,558', '2,116', '18,648', '21,531', '2,883'],
    ]
    const lines = renderTable(columns, rows).split('\n')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(TERMINAL_WIDTH)
    expect(lines[0]).toMatch(/supply\s+gap\s+supply\s+demand\s+gap/)
    expect(lines[1]).toMatch(/staff group\s+2026\/27\s+2026\/27\s+2036\/37\s+2036\/37\s+2036\/37/)
    expect(lines[3]).toContain('Registered nurses and health visitors')
    expect(
      lines[3]
        ?.trim()
        .split(/\s{2,}/)
        .slice(1),
    ).toEqual(rows[0]?.slice(1))
  })

  it('shortens only a text column, with an ellipsis, when the table would still overflow', () => {
    const wide = [{ header: 'name' }, { header: 'note' }, { header: 'n', align: 'right' as const }]
    const lines = renderTable(wide, [['x'.repeat(80), 'y'.repeat(60), '123456']]).split('\n')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(TERMINAL_WIDTH)
    expect(lines[2]).toContain('…')
    expect(lines[2]?.endsWith('123456')).toBe(true)
  })

  it('keeps a narrow table on one header line', () => {
    expect(renderTable([{ header: 'a' }, { header: 'b', align: 'right' }], [['x', '1']])).toBe(
      '  a  b\n  ─  ─\n  x  1',
    )
  })
})
