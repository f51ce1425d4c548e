import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { createCsvBlockCutter } from './csv-blocks'

const parse = (text: string, newline: '\n' | '\r\n'): string[][] => {
  const rows = Papa.parse<string[]>(text, { delimiter: ',', newline }).data
  const last = rows.at(-1)
  return last?.length === 1 && last[0] === '' ? rows.slice(0, -1) : rows
}

describe('createCsvBlockCutter', () => {
  it('cuts only at record boundaries, so parsing block by block equals parsing the whole (property)', () => {
    const piece = fc.constantFrom('a', 'b', ',', '\n', '"', '""', '"x\ny"', 'q"r')
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 8 }),
        (pieces, crlf, chunkSizes, blockSize) => {
          // One file uses one line ending (the parser detects it per block).
          const text = pieces.join('').replaceAll('\n', crlf ? '\r\n' : '\n')
          const cutter = createCsvBlockCutter(',', blockSize)
          const blocks: string[] = []
          let start = 0
          for (let index = 0; start < text.length; index += 1) {
            const size = chunkSizes[index % chunkSizes.length] as number
            blocks.push(cutter.push(text.slice(start, start + size)))
            start += size
          }
          blocks.push(cutter.end())
          expect(blocks.join('')).toBe(text)
          // Only quote-balanced text has a well-defined record split to compare against.
          if ((text.match(/"/g) ?? []).length % 2 === 0) {
            const newline = crlf ? '\r\n' : '\n'
            const byBlock = blocks
              .filter((block) => block !== '')
              .flatMap((block) => parse(block, newline))
            expect(byBlock).toEqual(parse(text, newline))
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('keeps a quoted newline inside one block', () => {
    const cutter = createCsvBlockCutter(',', 1)
    expect(cutter.push('a,"b\n')).toBe('')
    expect(cutter.push('c"\nd')).toBe('a,"b\nc"\n')
    expect(cutter.end()).toBe('d')
  })
})
