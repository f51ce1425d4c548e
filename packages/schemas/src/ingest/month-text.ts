const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]

const isoMonth = /^(\d{4})-(\d{2})$/
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/
const ukDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
const namedDate = /^(\d{1,2})[\s-]?([A-Za-z]{3,9})[\s-]?(\d{2}|\d{4})$/
const namedMonth = /^([A-Za-z]{3,9})[\s-]?(\d{2}|\d{4})$/

function fromNames(name: string, year: string): string | undefined {
  const index = monthNames.indexOf(name.slice(0, 3).toLowerCase())
  if (index < 0) return undefined
  const fullYear = year.length === 2 ? `20${year}` : year
  return `${fullYear}-${String(index + 1).padStart(2, '0')}`
}

/**
 * Reads the month of a date as published files write it: `2024-03`, `2024-03-31`,
 * `31/03/2024` (UK day first), `31MAR2024`, `31 March 2024`, `Mar-24` or `March 2024`.
 * Returns the text unchanged when it matches none, so schema validation reports it.
 */
export function monthFromText(text: string): string {
  if (isoMonth.test(text)) return text
  const iso = isoDate.exec(text)
  if (iso) return `${iso[1]}-${iso[2]}`
  const uk = ukDate.exec(text)
  if (uk) return `${uk[3]}-${(uk[2] as string).padStart(2, '0')}`
  const named = namedDate.exec(text)
  if (named) return fromNames(named[2] as string, named[3] as string) ?? text
  const month = namedMonth.exec(text)
  if (month) return fromNames(month[1] as string, month[2] as string) ?? text
  return text
}
