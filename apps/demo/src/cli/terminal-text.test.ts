import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeTerminalText, terminalSafeJson, wrapToWidth } from './terminal-text'

// The scenario name from issue 14: an OSC title change, a clear screen and a colour change.
const hostile = 'Retain \x1b]0;PWNED-TITLE\x07\x1b[2J\x1b[31mRED'
/** Whether the text holds a character a terminal acts on (other than newline and tab). */
function hasControl(text: string): boolean {
  return [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0
    return (
      (code <= 0x1f && code !== 0x0a && code !== 0x09) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    )
  })
}

describe('escapeTerminalText', () => {
  it('shows the escape sequences of a hostile scenario name instead of sending them', () => {
    expect(escapeTerminalText(hostile)).toBe('Retain \\x1B]0;PWNED-TITLE\\x07\\x1B[2J\\x1B[31mRED')
  })

  it('escapes C1 controls and bidirectional overrides, keeps newlines, tabs and accents', () => {
    expect(escapeTerminalText('a\u009b31mb\u202ec\n\td é £')).toBe('a\\x9B31mb\\u202Ec\n\td é £')
  })

  it('leaves no character a terminal acts on, and changes nothing else (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = escapeTerminalText(text)
        expect(hasControl(shown)).toBe(false)
        if (!hasControl(text)) expect(shown).toBe(text)
      }),
    )
  })
})

describe('terminalSafeJson', () => {
  it('is JSON of the same value with no raw control character (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, name) => {
        const json = terminalSafeJson({ name, value })
        expect(hasControl(json)).toBe(false)
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ name, value })))
      }),
    )
  })

  it('keeps the hostile name parseable and unchanged as data', () => {
    expect(JSON.parse(terminalSafeJson({ scenario: hostile })).scenario).toBe(hostile)
  })
})

describe('wrapToWidth', () => {
  it('wraps a long line at spaces under its indent and leaves short lines alone', () => {
    const text = `  ${'word '.repeat(30).trim()}\nshort`
    const lines = wrapToWidth(text, 40).split('\n')
    expect(lines.every((line) => line.length <= 40)).toBe(true)
    expect(lines.at(-1)).toBe('short')
    expect(lines[1]?.startsWith('    word')).toBe(true)
  })

  it('fits any text in the width and keeps every word (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,60}$/), { maxLength: 40 }),
        fc.integer({ min: 20, max: 120 }),
        (words, width) => {
          const wrapped = wrapToWidth(`  ${words.join(' ')}`, width)
          for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(width)
          expect(wrapped.replace(/\s+/g, '')).toBe(words.join(''))
        },
      ),
    )
  })
})
