import { PROJECTION_LIMITS, type StockRow } from './projection-input'

/** The code pattern of `codeSchema` (letters, digits, ".", "_" or "-", at most 64). */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const STOCK_KEYS = new Set(['place', 'sector', 'staffGroup', 'ageBand', 'headcount', 'ftePerHead'])

const isBetween = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max

/**
 * Whether every stock row is one `stockRowSchema` accepts unchanged (its output equals its input):
 * own keys among the schema's, codes matching the code pattern, headcount in [0, 1e8], FTE per
 * head in [0, 2]. It only accepts: anything it refuses goes through zod, which says what is wrong
 * and where. A national input has 630,000 stock rows; checking them here instead of through zod
 * (which copies each one) takes most of the time out of validating it.
 *
 * @internal `stock-fast-path.test.ts` checks it agrees with `stockRowSchema` on random rows.
 */
export function stockRowsAreValid(rows: unknown): rows is StockRow[] {
  if (!Array.isArray(rows)) return false
  // A national table repeats a few hundred codes: each is matched against the pattern once.
  const codes = new Set<string>()
  const isCode = (value: unknown) => {
    if (typeof value !== 'string') return false
    if (codes.has(value)) return true
    if (!CODE.test(value)) return false
    codes.add(value)
    return true
  }
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return false
    const fields = row as Record<string, unknown>
    for (const key in fields) if (Object.hasOwn(fields, key) && !STOCK_KEYS.has(key)) return false
    if (!isCode(fields.place) || !isCode(fields.sector) || !isCode(fields.staffGroup)) return false
    if (fields.ageBand !== undefined && !isCode(fields.ageBand)) return false
    if (!isBetween(fields.headcount, 0, PROJECTION_LIMITS.headcount)) return false
    if (!isBetween(fields.ftePerHead, 0, 2)) return false
  }
  return true
}
