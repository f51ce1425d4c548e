import type { Dataset, Month, Organisation } from '@oneworkforce/schemas'
import type { RecruitmentRow } from '../input/projection-input'

/**
 * Calibrates vacancy-led recruitment per post (place × sector × staff group) from the last
 * months of history: the domestic joiners (other joiners and returners from outside the system)
 * per month, in FTE at the post's FTE per head, ÷ the post's mean funded vacancy FTE over the
 * same months. The labour-market limit is `recruitmentCapMultiple` (default 1.5) × the post's
 * joiners per year. Posts with no vacancy or no joiners keep fixed volumes (no row). Recruits
 * carry their staff group's joiner age mix from `ageProfiles` where there is one.
 *
 * @internal Used by `projectionInputFromDataset`.
 */
export function vacancyLedRecruitment(
  dataset: Dataset,
  organisations: ReadonlyMap<string, Organisation>,
  joinerTotals: ReadonlyMap<string, number>,
  stockTotals: ReadonlyMap<string, { headcount: number; fte: number }>,
  annualise: number,
  window: { readonly from: Month; readonly to: Month },
  options: {
    readonly recruitment?: 'vacancy-led' | 'fixed'
    readonly recruitmentCapMultiple?: number
  },
  ageProfiles: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(),
): (RecruitmentRow & { place: string; sector: string; staffGroup: string })[] {
  if (options.recruitment === 'fixed') return []
  const capMultiple = options.recruitmentCapMultiple ?? 1.5
  // Mean vacancy FTE per post over the window (positive part of the post's total each month).
  const byMonth = new Map<string, Map<Month, number>>()
  for (const row of dataset.vacancies) {
    if (row.month < window.from || row.month > window.to) continue
    const organisation = organisations.get(row.organisation)
    if (!organisation) continue
    const key = `${organisation.place}|${organisation.sector}|${row.staffGroup}`
    const months = byMonth.get(key) ?? new Map<Month, number>()
    byMonth.set(key, months)
    months.set(row.month, (months.get(row.month) ?? 0) + row.fundedFte - row.staffInPostFte)
  }
  const ftePerHead = new Map<string, { headcount: number; fte: number }>()
  for (const [cell, total] of stockTotals) {
    const key = cell.split('|').slice(0, 3).join('|')
    const sum = ftePerHead.get(key) ?? { headcount: 0, fte: 0 }
    sum.headcount += total.headcount
    sum.fte += total.fte
    ftePerHead.set(key, sum)
  }
  const domestic = new Map<string, number>()
  for (const [key, count] of joinerTotals) {
    if (key.endsWith('|international')) continue
    const post = key.split('|').slice(0, 3).join('|')
    domestic.set(post, (domestic.get(post) ?? 0) + count * annualise)
  }
  const rows: (RecruitmentRow & { place: string; sector: string; staffGroup: string })[] = []
  for (const [post, perYear] of domestic) {
    const months = byMonth.get(post)
    if (!months || months.size === 0 || !(perYear > 0)) continue
    const meanVacancy =
      [...months.values()].reduce((sum, value) => sum + Math.max(0, value), 0) / months.size
    const stock = ftePerHead.get(post)
    const fph = stock && stock.headcount > 0 ? stock.fte / stock.headcount : 1
    if (!(meanVacancy >= 0.5)) continue
    const fill = Math.min(1, ((perYear / 12) * fph) / meanVacancy)
    const [place, sector, staffGroup] = post.split('|') as [string, string, string]
    rows.push({
      place,
      sector,
      staffGroup,
      vacancyFillPerMonth: fill,
      maxHeadcountPerYear: capMultiple * perYear,
      ...(ageProfiles.has(staffGroup)
        ? {
            ageShares: [...ageProfiles.get(staffGroup)!].map(([ageBand, share]) => ({
              ageBand,
              share,
            })),
          }
        : {}),
    })
  }
  return rows
}
