import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from '../errors'
import { ingestCsv, safeIngestCsv } from './ingest-csv'

const header = 'month,organisation,staffGroup,headcount,fte'
const csv = (...lines: string[]) => `${[header, ...lines].join('\n')}\n`
const ingest = (text: string) => safeIngestCsv(text, { table: 'workforce', file: 'workforce.csv' })

describe('safeIngestCsv', () => {
  it('mirrors the doc example: thousands separators, quoted fields and a suppressed cell', () => {
    const text =
      'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,midwife,"1,204",1080.5\n2024-04,RJ1,ahp,*,3\n'
    const result = safeIngestCsv(text, { table: 'workforce', file: 'workforce.csv' })
    expect(result.ingested.rows).toEqual([
      {
        month: '2024-04',
        organisation: 'RJ1',
        staffGroup: 'midwife',
        headcount: 1204,
        fte: 1080.5,
      },
    ])
    expect(result.issues[0]?.message).toBe(
      'headcount is suppressed ("*"), a missing value (not 0): the row is left out',
    )
    expect(result.issues[0]).toMatchObject({
      row: 3,
      file: 'workforce.csv',
      code: 'suppressed_value',
    })
    expect(result.ingested.rejectedLines).toEqual([3])
    expect(result.success).toBe(false)
  })

  it('reads a BOM, CRLF line ends and a quoted field spanning two lines, keeping line numbers', () => {
    const text = `\uFEFF"month",organisation,staffGroup,payBand,headcount,fte\r\n2024-04,RJ1,ahp,"band\r\n5",2,2\r\n2024-04,RJ1,midwife,,x,1\r\n`
    const result = ingest(text)
    expect(result.ingested.rows).toEqual([
      {
        month: '2024-04',
        organisation: 'RJ1',
        staffGroup: 'ahp',
        payBand: 'band\r\n5',
        headcount: 2,
        fte: 2,
      },
    ])
    expect(result.ingested.lines).toEqual([2])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ row: 4, column: 'headcount', code: 'invalid_type' })
    expect(result.issues[0]?.message).toBe('headcount: expected a number, received "x"')
  })

  it('reads dates such as 31/03/2024 as months, and accepts headers in any case or spelling', () => {
    const result = safeIngestCsv(
      'Month,Organisation,Staff group,Headcount,FTE\n31/03/2024,RJ1,ahp,2,1.5\n',
      {
        table: 'workforce',
      },
    )
    expect(result.issues).toEqual([])
    expect(result.ingested.rows[0]?.month).toBe('2024-03')
  })

  it('maps other headers with a columns mapping', () => {
    const text = 'Period,Org,Group,HC,WTE\n2024-04,RJ1,ahp,3,2.5\n'
    const result = safeIngestCsv(text, {
      table: 'workforce',
      columns: {
        Period: 'month',
        Org: 'organisation',
        Group: 'staffGroup',
        HC: 'headcount',
        WTE: 'fte',
      },
    })
    expect(result.issues).toEqual([])
    expect(result.ingested.rows).toHaveLength(1)
  })

  it('fills the month from the month option when the file has no month column', () => {
    const result = safeIngestCsv('organisation,staffGroup,headcount,fte\nRJ1,ahp,3,2.5\n', {
      table: 'workforce',
      month: '2024-09',
    })
    expect(result.ingested.rows[0]?.month).toBe('2024-09')
  })

  it('reads plain decimals exactly as Number() does (the fast number path)', () => {
    const decimal = fc
      .tuple(fc.stringMatching(/^[0-9]{1,9}$/), fc.option(fc.stringMatching(/^[0-9]{1,6}$/)))
      .map(([whole, fraction]) => (fraction === null ? whole : `${whole}.${fraction}`))
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 20 }), (ftes) => {
        const lines = ftes.map((fte, index) => `2024-04,RJ${index},ahp,${10 ** 9},${fte}`)
        const rows = ingest(csv(...lines)).ingested.rows
        expect(rows.map((row) => row.fte)).toEqual(ftes.map(Number))
      }),
    )
  })

  it('builds rows with the schema key order and leaves out a blank optional cell', () => {
    const text =
      'month,organisation,staffGroup,ageBand,headcount,fte\n2024-04,RJ1,ahp,25-29,3,2.5\n2024-04,RJ1,ahp,,4,3\n'
    const rows = safeIngestCsv(text, { table: 'workforce' }).ingested.rows
    expect(rows.map((row) => Object.keys(row))).toEqual([
      ['month', 'organisation', 'staffGroup', 'ageBand', 'headcount', 'fte'],
      ['month', 'organisation', 'staffGroup', 'headcount', 'fte'],
    ])
    expect(rows[1]).toStrictEqual({
      month: '2024-04',
      organisation: 'RJ1',
      staffGroup: 'ahp',
      headcount: 4,
      fte: 3,
    })
  })
})

describe('safeIngestCsv with bad input', () => {
  it('empty file', () => {
    const result = ingest('')
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'empty_input', file: 'workforce.csv' })
    expect(ingest('\n\n').issues[0]?.code).toBe('empty_input')
  })

  it('header only: a warning, no rows', () => {
    const result = ingest(`${header}\n`)
    expect(result.success).toBe(true)
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'empty_input', severity: 'warning' }),
    ])
    expect(result.ingested.rows).toEqual([])
  })

  it('wrong delimiter: names the delimiter found and the option to pass', () => {
    const result = ingest('month;organisation;staffGroup;headcount;fte\n2024-04;RJ1;ahp;1;1\n')
    expect(result.success).toBe(false)
    expect(result.issues[0]?.code).toBe('parse_error')
    expect(result.issues[0]?.message).toContain("delimiter: ';'")
    expect(result.ingested.rejectedLines).toEqual([2])
    const tabs = ingest(
      'month\torganisation\tstaffGroup\theadcount\tfte\n2024-04\tRJ1\tahp\t1\t1\n',
    )
    expect(tabs.issues[0]?.message).toContain('tabs')
    const fixed = safeIngestCsv(
      'month;organisation;staffGroup;headcount;fte\n2024-04;RJ1;ahp;1;1\n',
      {
        table: 'workforce',
        delimiter: ';',
      },
    )
    expect(fixed.ingested.rows).toHaveLength(1)
  })

  it('missing column: one issue naming it, every line rejected', () => {
    const result = ingest(
      'month,organisation,staffGroup,fte\n2024-04,RJ1,ahp,1\n2024-05,RJ1,ahp,1\n',
    )
    expect(result.issues[0]).toMatchObject({ code: 'missing_column', column: 'headcount', row: 1 })
    expect(result.ingested.rejectedLines).toEqual([2, 3])
    expect(result.issues.at(-1)?.message).toContain('all 2 data line(s) rejected')
  })

  it('extra column: a warning naming it, the rows still read', () => {
    const result = ingest(
      'month,organisation,staffGroup,headcount,fte,colour\n2024-04,RJ1,ahp,1,1,red\n',
    )
    expect(result.success).toBe(true)
    expect(result.issues[0]).toMatchObject({
      code: 'unexpected_column',
      column: 'colour',
      severity: 'warning',
    })
    expect(result.ingested.rows).toHaveLength(1)
  })

  it('text in numeric fields', () => {
    const result = ingest(csv('2024-04,RJ1,ahp,twelve,1'))
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', row: 2, column: 'headcount' })
    expect(result.issues[0]?.message).toContain('received "twelve"')
  })

  it('negative values', () => {
    const result = ingest(csv('2024-04,RJ1,ahp,-3,1'))
    expect(result.issues[0]).toMatchObject({ code: 'out_of_range', row: 2, column: 'headcount' })
    expect(result.issues[0]?.message).toContain('received -3')
  })

  it('NaN and Infinity', () => {
    const result = ingest(
      csv('2024-04,RJ1,ahp,NaN,1', '2024-05,RJ1,ahp,1,Infinity', '2024-06,RJ1,ahp,1,-inf'),
    )
    expect(result.issues.map((each) => [each.row, each.column])).toEqual([
      [2, 'headcount'],
      [3, 'fte'],
      [4, 'fte'],
    ])
    expect(result.issues[0]?.message).toContain('expected a finite number, received "NaN"')
    expect(result.ingested.rows).toEqual([])
  })

  it('rates above 1 (and percentages)', () => {
    const text =
      'programme,staffGroup,durationMonths,annualIntake,attritionRate,localUptakeShare,entryMonth\nbsc,registered-nurse,36,900,24,0.5,9\nbsc2,registered-nurse,36,900,24%,0.5,9\n'
    const result = safeIngestCsv(text, { table: 'trainingPipeline' })
    expect(result.issues[0]).toMatchObject({
      code: 'out_of_range',
      row: 2,
      column: 'attritionRate',
    })
    expect(result.issues[0]?.message).toContain('not a percentage')
    expect(result.issues[1]?.message).toContain('0.17 not 17%')
  })

  it('unknown codes: invalid codes are rejected; unknown staff group names in presets are unknown_code', () => {
    const result = ingest(csv('2024-04,R J1,ahp,1,1'))
    expect(result.issues[0]).toMatchObject({ column: 'organisation', row: 2 })
    const preset = safeIngestCsv(
      'Date,Org code,Staff group,Total FTE,Total headcount\n2024-03-31,RJ1,Wizards,1,1\n',
      {
        columns: 'nhs-digital-hchs',
      },
    )
    expect(preset.issues[0]).toMatchObject({ code: 'unknown_code', column: 'Staff group', row: 2 })
    expect(preset.issues[0]?.message).toContain('"Wizards"')
  })

  it('duplicate rows: the repeat is rejected and names the first line', () => {
    const result = ingest(csv('2024-04,RJ1,ahp,1,1', '2024-05,RJ1,ahp,1,1', '2024-04,RJ1,ahp,2,2'))
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ code: 'duplicate_key', row: 4 })
    expect(result.issues[0]?.message).toContain('duplicate of line 2')
    expect(result.ingested.rows).toHaveLength(2)
    expect(result.ingested.rejectedLines).toEqual([4])
  })

  it('a single 10 MB line, as a header or as a data row', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024)
    const asHeader = ingest(huge)
    expect(asHeader.success).toBe(false)
    expect(asHeader.issues[0]?.code).toBe('too_large')
    const asRow = ingest(csv(`2024-04,RJ1,ahp,1,${huge}`, '2024-05,RJ1,ahp,1,1'))
    expect(asRow.issues[0]).toMatchObject({ code: 'too_large', row: 2 })
    expect(asRow.ingested.rows).toHaveLength(1)
    const commas = ingest(','.repeat(10 * 1024 * 1024))
    expect(commas.issues[0]?.code).toBe('too_large')
  }, 60_000)

  it('rows with too few or too many fields, and unterminated quotes', () => {
    const result = ingest(csv('2024-04,RJ1,ahp,1', '2024-05,RJ1,ahp,1,1,1', '2024-06,"RJ1,ahp,1,1'))
    expect(result.issues.map((each) => [each.code, each.row])).toEqual([
      ['parse_error', 2],
      ['parse_error', 3],
      ['parse_error', 4],
    ])
    expect(result.ingested.rejectedLines).toEqual([2, 3, 4])
  })

  it('suppressed optional cells are read as missing with a warning; blanks without one', () => {
    const result = safeIngestCsv(
      'month,organisation,staffGroup,ageBand,headcount,fte\n2024-04,RJ1,ahp,*,1,1\n2024-05,RJ1,ahp,,1,1\n',
      {
        table: 'workforce',
      },
    )
    expect(result.success).toBe(true)
    expect(result.ingested.rows).toHaveLength(2)
    expect(result.ingested.rows[0]).not.toHaveProperty('ageBand')
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'suppressed_value', severity: 'warning', row: 2 }),
    ])
  })

  it('onSuppressed: warning leaves suppressed rows out with warnings instead of errors', () => {
    const result = safeIngestCsv(csv('2024-04,RJ1,ahp,-,1', '2024-05,RJ1,ahp,1,1'), {
      table: 'workforce',
      onSuppressed: 'warning',
    })
    expect(result.success).toBe(true)
    expect(result.ingested.rejectedLines).toEqual([2])
  })

  it('no table given', () => {
    const result = safeIngestCsv(csv(), {})
    expect(result.issues[0]?.code).toBe('required')
  })

  it('summarises row issues past maxRowIssues, keeping every rejected line', () => {
    const lines = Array.from({ length: 30 }, (_, index) => `2024-04,RJ${index},ahp,x,1`)
    const result = safeIngestCsv(csv(...lines), { table: 'workforce', maxRowIssues: 5 })
    expect(result.issues).toHaveLength(6)
    expect(result.issues[0]?.message).toContain('25 more row issue(s)')
    expect(result.issues[0]?.message).toContain('lines 7-31')
    expect(result.ingested.rejectedLines).toHaveLength(30)
  })

  it('ingestCsv throws OneWorkforceError when a row is rejected', () => {
    expect(() => ingestCsv(csv('2024-04,RJ1,ahp,x,1'), { table: 'workforce' })).toThrow(
      OneWorkforceError,
    )
    const table = ingestCsv('place,year,ageBand,persons\nlambeth,2030,85-plus,4100\n', {
      table: 'population',
    })
    expect(table.rows).toEqual([
      { place: 'lambeth', year: 2030, ageBand: '85-plus', persons: 4100 },
    ])
  })

  it('never loses a row: valid rows + rejected lines = data lines (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '2024-04',
        'RJ1',
        'ahp',
        '1',
        '2.5',
        '-1',
        '*',
        '',
        'x',
        '1,234',
        'NaN',
        '"q,"',
        '"a\nb"',
      ),
      fc.string({ maxLength: 5 }).filter((text) => !text.includes('"')),
    )
    const line = fc.array(cell, { minLength: 1, maxLength: 7 }).map((cells) => cells.join(','))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, crlf) => {
        const text = [header, ...lines].join(crlf ? '\r\n' : '\n')
        const result = ingest(text)
        const { rows, rejectedLines, dataLineCount } = result.ingested
        expect(rows.length + rejectedLines.length).toBe(dataLineCount)
        const blank = lines.filter((each) => each.trim() === '').length
        const multiLine = lines.filter((each) => each.includes('"a\nb"')).length
        if (multiLine === 0) expect(dataLineCount).toBe(lines.length - blank)
        for (const rejected of rejectedLines) {
          expect(result.issues.some((each) => each.row === rejected)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
