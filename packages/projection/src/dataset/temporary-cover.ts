import { type Dataset, type Month, type Organisation, parseMoney } from '@oneworkforce/schemas'
import type { GapCoverRow, PayRow } from '../input/projection-input'

/**
 * The bank and agency shares of each staff group's shortfall, from what the data shows over a
 * window: temporary FTE = spend ÷ (monthly pay with on-costs × (1 + premium)) per month, ÷ the
 * mean funded vacancy FTE (positive vacancies of each organisation), capped at 1 in total. With
 * `fixedShare` given, that share is split between bank and agency by spend instead (half and half
 * without spend). Groups with no spend data and no fixed share get no cover.
 *
 * @internal Used by `projectionInputFromDataset`.
 */
export function temporaryCover(
  dataset: Dataset,
  organisations: ReadonlyMap<string, Organisation>,
  staffGroups: readonly string[],
  pay: readonly PayRow[],
  window: { readonly from: Month; readonly to: Month },
  fixedShare: number | undefined,
): (GapCoverRow & { staffGroup: string })[] {
  const spend = new Map<string, { bank: number; agency: number }>()
  const spendMonths = new Set<Month>()
  for (const row of dataset.spend) {
    if (row.month < window.from || row.month > window.to || !row.staffGroup) continue
    if (!organisations.has(row.organisation)) continue
    spendMonths.add(row.month)
    const total = spend.get(row.staffGroup) ?? { bank: 0, agency: 0 }
    total.bank += parseMoney(row.bankGbp).toNumber()
    total.agency += parseMoney(row.agencyGbp).toNumber()
    spend.set(row.staffGroup, total)
  }
  const vacancy = new Map<string, number>()
  const vacancyMonths = new Set<Month>()
  for (const row of dataset.vacancies) {
    if (row.month < window.from || row.month > window.to || !organisations.has(row.organisation))
      continue
    vacancyMonths.add(row.month)
    vacancy.set(
      row.staffGroup,
      (vacancy.get(row.staffGroup) ?? 0) + Math.max(0, row.fundedFte - row.staffInPostFte),
    )
  }
  return staffGroups.map((staffGroup) => {
    const observed = spend.get(staffGroup)
    const total = observed ? observed.bank + observed.agency : 0
    if (fixedShare !== undefined) {
      const bankShare = total > 0 ? (fixedShare * observed!.bank) / total : fixedShare / 2
      return { staffGroup, bankShare, agencyShare: fixedShare - bankShare }
    }
    const rates =
      pay.find((row) => row.staffGroup === staffGroup && row.sector === undefined) ??
      pay.find((row) => row.staffGroup === staffGroup)
    const meanVacancy =
      vacancyMonths.size > 0 ? (vacancy.get(staffGroup) ?? 0) / vacancyMonths.size : 0
    if (!observed || !rates || !(meanVacancy > 0) || spendMonths.size === 0)
      return { staffGroup, bankShare: 0, agencyShare: 0 }
    const annual =
      typeof rates.annualPayGbp === 'number'
        ? rates.annualPayGbp
        : parseMoney(rates.annualPayGbp).toNumber()
    const monthly = (annual * (1 + rates.onCostRate)) / 12
    if (!(monthly > 0)) return { staffGroup, bankShare: 0, agencyShare: 0 }
    const bankFte = observed.bank / spendMonths.size / (monthly * (1 + rates.bankPremiumRate))
    const agencyFte = observed.agency / spendMonths.size / (monthly * (1 + rates.agencyPremiumRate))
    const bankShare = bankFte / meanVacancy
    const agencyShare = agencyFte / meanVacancy
    const scale = bankShare + agencyShare > 1 ? 1 / (bankShare + agencyShare) : 1
    const bank = Math.min(1, bankShare * scale)
    return { staffGroup, bankShare: bank, agencyShare: Math.min(1 - bank, agencyShare * scale) }
  })
}
