import { formatGbp } from '@oneworkforce/schemas'

const fteFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})

/** FTE rounded to whole numbers with thousands separators: `12,345`. */
export function formatFte(value: number): string {
  return fteFormat.format(value)
}

/** A signed FTE change: `+1,234` / `-56`. */
export function formatFteChange(value: number): string {
  const rounded = Math.round(value)
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${fteFormat.format(Math.abs(rounded))}`
}

/** A fraction as a percentage with one decimal: `0.0912` → `9.1%`. */
export function formatPercent(fraction: number): string {
  return `${oneDecimal.format(fraction * 100)}%`
}

/** Money in millions of pounds: `£12.3m`. */
export function formatMillions(value: string): string {
  return formatGbp(value, { unit: 'millions', decimalPlaces: 1 })
}

/** Money in whole pounds: `£12,345`. */
export function formatGbpWhole(value: string): string {
  return formatGbp(value, { decimalPlaces: 0 })
}

/** A driver's value: a rate as a percentage a year (`1.4%`), a multiplier as `×0.93`. */
export function formatDriverValue(value: number, kind: 'multiplier' | 'rate'): string {
  return kind === 'rate' ? `${(value * 100).toFixed(2)}%` : `×${value.toFixed(3)}`
}

/** A Sobol index to two decimals (`0.45`), or a dash when it was not computed. */
export function formatIndex(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(2)
}
