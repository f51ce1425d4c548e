/** The digit value of a character code, or −1 when it is not a digit. */
function digit(code: number): number {
  return code >= 48 && code <= 57 ? code - 48 : -1
}

/**
 * A `YYYY-MM` month as a running month count (year × 12 + month − 1), or NaN when malformed.
 * Parsed by character codes: it runs once per input row, so a regular expression or a date
 * library here dominates the cost of computing indicators.
 */
export function monthIndex(month: string): number {
  if (month.length !== 7 || month.charCodeAt(4) !== 45) return Number.NaN
  const y1 = digit(month.charCodeAt(0))
  const y2 = digit(month.charCodeAt(1))
  const y3 = digit(month.charCodeAt(2))
  const y4 = digit(month.charCodeAt(3))
  const m1 = digit(month.charCodeAt(5))
  const m2 = digit(month.charCodeAt(6))
  if ((y1 | y2 | y3 | y4 | m1 | m2) < 0) return Number.NaN
  const monthNumber = m1 * 10 + m2
  if (monthNumber < 1 || monthNumber > 12) return Number.NaN
  return (y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 12 + monthNumber - 1
}

/** The `YYYY-MM` month of a running month count. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${year}-${month < 10 ? '0' : ''}${month}`
}
