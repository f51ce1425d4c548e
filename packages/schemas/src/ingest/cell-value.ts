/**
 * Reading one CSV cell into a typed value. Suppressed cells (`*`, `-`, `..`, `ND`, blank) are
 * explicit missing values, never 0; numbers accept thousands separators (`1,234`) but reject
 * text, `NaN` and `Infinity` with a message saying what was received.
 */
export type CellValue =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'missing'; readonly marker: string }
  | { readonly kind: 'invalid'; readonly message: string }

/**
 * Cell contents that mean "not published" (suppressed, not disclosed, not available) rather
 * than a value. In text columns only blank, `*`, `-` and `..` count, as `NA` may be a code.
 *
 * @example
 * ```ts
 * import { suppressedMarkers } from '@oneworkforce/schemas'
 *
 * suppressedMarkers.includes('*') // true
 * ```
 */
export const suppressedMarkers: readonly string[] = ['*', '-', '..', 'ND', 'NA', 'N/A']

const numericMarkers = new Set(suppressedMarkers.map((marker) => marker.toLowerCase()))
const textMarkers = new Set(['*', '-', '..'])
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const groupedNumber = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/
const nonFinite = /^[+-]?(nan|inf|infinity)$/i
const percentage = /^[+-]?(\d+(\.\d*)?|\.\d+)\s*%$/
const money = /^-?£?\s*-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/

/** True when `text` (trimmed) is blank or a suppression marker. */
export function isSuppressed(text: string, numeric: boolean): boolean {
  if (text === '') return true
  if (text.length > 3) return false
  return numeric ? numericMarkers.has(text.toLowerCase()) : textMarkers.has(text)
}

/** Reads a numeric cell. */
export function readNumber(text: string): CellValue {
  if (isSuppressed(text, true)) return { kind: 'missing', marker: text }
  if (plainNumber.test(text)) return { kind: 'value', value: Number(text) }
  if (groupedNumber.test(text)) return { kind: 'value', value: Number(text.replaceAll(',', '')) }
  if (nonFinite.test(text)) {
    return { kind: 'invalid', message: `expected a finite number, received "${text}"` }
  }
  if (percentage.test(text)) {
    return {
      kind: 'invalid',
      message: `expected a number, received "${text}" (write rates as fractions, 0.17 not 17%)`,
    }
  }
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text
  return { kind: 'invalid', message: `expected a number, received "${shown}"` }
}

/** Reads an amount of money in pounds: `£1,234.50` becomes `"1234.50"`. */
export function readMoney(text: string): CellValue {
  if (isSuppressed(text, false)) return { kind: 'missing', marker: text }
  if (!money.test(text)) return { kind: 'value', value: text }
  const negative = text.includes('-')
  const digits = text.replace(/[£,\s-]/g, '')
  return { kind: 'value', value: negative ? `-${digits}` : digits }
}

/** Reads a list cell: JSON (`["a","b"]`) or items separated by `;` or `|`. */
export function readList(text: string): CellValue {
  if (text === '') return { kind: 'missing', marker: text }
  if (text.startsWith('[')) return readJson(text)
  return {
    kind: 'value',
    value: text
      .split(/[;|]/)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  }
}

/** Reads a JSON cell (arrays and objects such as initiative scores or scenario levers). */
export function readJson(text: string): CellValue {
  if (text === '') return { kind: 'missing', marker: text }
  try {
    return { kind: 'value', value: JSON.parse(text) as unknown }
  } catch (error) {
    return {
      kind: 'invalid',
      message: `expected JSON, could not parse it: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
