import { readMonthText } from '../../month-text'
import { monthSchema } from '../../primitives'

/**
 * Months of published files, read by the one strict month parser ({@link readMonthText}) and
 * kept only within the years a dataset month may have (1950-2100, as `monthSchema`).
 */
function strictMonth(text: string): string | undefined {
  const reading = readMonthText(text)
  if (!reading.ok) return undefined
  return monthSchema.safeParse(reading.month).success ? reading.month : undefined
}

/**
 * The month (`yyyy-mm`) of a date as NHS Digital writes it: `yyyy-mm-dd` (HCHS), `dd/mm/yyyy`
 * (sickness absence) or `yyyy-mm`, or any other form `readMonthText` reads; `undefined` for
 * anything else, including impossible dates such as `2024-02-30`.
 */
export function monthOfPublishedDate(text: string): string | undefined {
  return strictMonth(text)
}

/** The month of a census given as year and month numbers (`2020`, `3` or `03`). */
export function monthOfYearAndMonth(year: string, month: string): string | undefined {
  const [yearText, monthText] = [year.trim(), month.trim()]
  if (!/^\d{4}$/.test(yearText) || !/^\d{1,2}$/.test(monthText)) return undefined
  return strictMonth(`${yearText}-${monthText.padStart(2, '0')}`)
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
  return strictMonth(`${match[1]} ${match[2]}`)
}

/** Whether `month` lies within the optional `from`–`to` range (inclusive). */
export function monthInRange(month: string, from?: string, to?: string): boolean {
  return (from === undefined || month >= from) && (to === undefined || month <= to)
}
