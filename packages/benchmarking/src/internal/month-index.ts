const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** A `YYYY-MM` month as a running month count (year × 12 + month − 1), or NaN when malformed. */
export function monthIndex(month: string): number {
  const match = MONTH.exec(month)
  if (!match) return Number.NaN
  return Number(match[1]) * 12 + Number(match[2]) - 1
}

/** The `YYYY-MM` month of a running month count. */
export function monthOfIndex(index: number): string {
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${year}-${month < 10 ? '0' : ''}${month}`
}
