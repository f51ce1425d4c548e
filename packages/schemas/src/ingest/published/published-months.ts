const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function monthText(year: number, month: number): string | undefined {
  if (!Number.isInteger(year) || year < 1950 || year > 2100 || month < 1 || month > 12) {
    return undefined
  }
  return `${year}-${String(month).padStart(2, '0')}`
}

/**
 * The month (`yyyy-mm`) of a date as NHS Digital writes it: `yyyy-mm-dd` (HCHS), `dd/mm/yyyy`
 * (sickness absence) or `yyyy-mm`; `undefined` for anything else, including impossible dates
 * such as `2024-02-30`.
 */
export function monthOfPublishedDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim())
  const uk = iso ? undefined : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim())
  const year = Number(iso ? iso[1] : uk?.[3])
  const month = Number(iso ? iso[2] : uk?.[2])
  const day = iso ? (iso[3] === undefined ? 1 : Number(iso[3])) : Number(uk?.[1])
  if (!iso && !uk) return undefined
  const shown = monthText(year, month)
  if (shown === undefined || day < 1 || day > daysIn(year, month)) return undefined
  return shown
}

/** The month of a census given as year and month numbers (`2020`, `3` or `03`). */
export function monthOfYearAndMonth(year: string, month: string): string | undefined {
  if (!/^\d{4}$/.test(year.trim()) || !/^\d{1,2}$/.test(month.trim())) return undefined
  return monthText(Number(year), Number(month))
}

/**
 * The month named in an NHS Digital file name, "<Month> <Year>" (`General Practice – June 2025
 * Practice Level - Detailed.csv`, `PCN_March_2020_Individual_Level.csv`), or `undefined`.
 */
export function monthOfFileName(name: string): string | undefined {
  const match =
    /(january|february|march|april|may|june|july|august|september|october|november|december)[\s_-]+(\d{4})/i.exec(
      name,
    )
  if (!match) return undefined
  return monthText(Number(match[2]), monthNames.indexOf((match[1] as string).toLowerCase()) + 1)
}

/** Whether `month` lies within the optional `from`–`to` range (inclusive). */
export function monthInRange(month: string, from?: string, to?: string): boolean {
  return (from === undefined || month >= from) && (to === undefined || month <= to)
}
