import { type CrossCheckInput, rowIssue } from './checked-tables'

/**
 * Warns when a sickness row loses more FTE days than were available: the sickness absence rate
 * (`fteDaysLost / fteDaysAvailable`, NHS Digital's definition) is then above 1, which no
 * organisation can have, so the columns are usually swapped or one is in the wrong unit. The
 * row stays valid (it is the publisher's figure) but the warning says what it implies.
 */
export function checkSicknessPlausibility({ tables, sink }: CrossCheckInput): void {
  type Days = { fteDaysLost: number; fteDaysAvailable: number }
  const rows = tables.sickness as readonly (Days | undefined)[]
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]
    if (!row || row.fteDaysLost <= row.fteDaysAvailable) continue
    const rate =
      row.fteDaysAvailable > 0
        ? ` (a sickness rate of ${(row.fteDaysLost / row.fteDaysAvailable).toPrecision(3)})`
        : ''
    sink.add(
      'sickness-above-available',
      rowIssue(
        'warning',
        'inconsistent',
        'sickness',
        index,
        'fteDaysLost',
        `fteDaysLost ${row.fteDaysLost} is above fteDaysAvailable ${row.fteDaysAvailable}${rate}: more days lost than available (are the columns swapped?)`,
      ),
    )
  }
}
