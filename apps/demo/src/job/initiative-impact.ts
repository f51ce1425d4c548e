import * as projection from '@oneworkforce/projection'
import type { Dataset, ScenarioInput } from '@oneworkforce/schemas'

/** The year the demo measures each initiative's impact in: five years on, a usual ICS plan span. */
export const IMPACT_YEAR = '2030/31'

/** One initiative's measured impact: the FTE gap its scenario closes and the pay cost it avoids. */
export interface InitiativeImpact {
  readonly initiative: string
  readonly fteGapClosed: number
  readonly costAvoidedGbp: string
  readonly year: string
}

/**
 * Measures each initiative that names a scenario (`initiative.scenario`): that scenario's
 * projection against the baseline in {@link IMPACT_YEAR} (or the last year projected, when
 * earlier): gap closed = baseline gap − scenario gap (FTE at March), cost avoided = baseline pay
 * bill − scenario pay bill over the year. Initiatives without a scenario are not measured.
 */
export function measureInitiativeImpacts(
  dataset: Dataset,
): { readonly impacts: readonly InitiativeImpact[]; readonly year: string } | undefined {
  const named = dataset.initiatives.filter((each) => typeof each.scenario === 'string')
  if (named.length === 0) return undefined
  const scenarios = new Map(dataset.scenarios.map((each) => [each.id, each]))
  const wanted = [...new Set(named.map((each) => each.scenario ?? ''))].flatMap(
    (id) => scenarios.get(id) ?? [],
  )
  if (wanted.length === 0) return undefined
  const input = projection.safeProjectionInputFromDataset(dataset)
  if (!input.success) return undefined
  const compared = projection.safeCompareScenarios(input.value, wanted as ScenarioInput[])
  if (!compared.success) return undefined
  const years = compared.value.financialYears
  const year = years.includes(IMPACT_YEAR) ? IMPACT_YEAR : (years.at(-1) ?? IMPACT_YEAR)
  const rowOf = (scenario: string) =>
    compared.value.rows.find((row) => row.scenario === scenario && row.financialYear === year)
  const impacts = named.flatMap((initiative) => {
    const row = rowOf(initiative.scenario ?? '')
    if (!row) return []
    return [
      {
        initiative: initiative.id,
        fteGapClosed: Math.max(0, -row.difference.gapFte),
        costAvoidedGbp: row.difference.totalCostGbp.negated().toFixed(2),
        year,
      },
    ]
  })
  return { impacts, year }
}
