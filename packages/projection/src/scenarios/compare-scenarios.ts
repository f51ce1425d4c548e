import {
  type Issue,
  issue,
  type Money,
  type Result,
  resultFrom,
  type ScenarioInput,
  unwrapResult,
} from '@oneworkforce/schemas'
import { safeCompileProjection } from '../engine/compile-projection'
import { type RunOptions, runCompiledProjection } from '../engine/run-compiled-projection'
import { runOptionIssues } from '../engine/run-options'
import { updateCompiledParameters } from '../engine/update-parameters'
import type { ProjectionInputDraft } from '../input/projection-input'
import { financialYearSummary } from '../result/financial-year-summary'
import type { GroupKey } from '../result/group-keys'
import { applyScenarioLeavingOutUnknown } from './degrade-scenario'

/** Each scenario id once: rows of a comparison are keyed by it. */
function duplicateScenarioIssues(scenarios: readonly ScenarioInput[]): Issue[] {
  if (!Array.isArray(scenarios)) return []
  const seen = new Set<string>()
  const issues: Issue[] = []
  scenarios.forEach((scenario, index) => {
    const id = (scenario as { id?: unknown } | null)?.id
    if (typeof id !== 'string') return
    if (seen.has(id)) {
      issues.push(
        issue('duplicate_key', `scenario id "${id}" is used twice`, ['scenarios', index, 'id']),
      )
    }
    seen.add(id)
  })
  return issues
}

/** One scenario's figures for one financial year and group, with differences from the baseline. */
export type ScenarioComparisonRow = GroupKey & {
  readonly scenario: string
  readonly financialYear: string
  /** Year-end supply FTE, demand, gap and shortfall; vacancy rate = shortfall ÷ demand. */
  readonly fte: number
  readonly demandFte: number
  readonly gapFte: number
  readonly shortfallFte: number
  readonly vacancyRate: number
  /** Total cost for the year (substantive + bank + agency), rounded once to pence. */
  readonly totalCostGbp: Money
  /** This scenario minus the baseline (zero for the baseline itself). */
  readonly difference: {
    readonly fte: number
    readonly gapFte: number
    readonly shortfallFte: number
    readonly totalCostGbp: Money
  }
}

/** The result of {@link compareScenarios}. */
export interface ScenarioComparison {
  /** The baseline first (id `baseline`), then each scenario. */
  readonly scenarios: readonly { readonly id: string; readonly name: string }[]
  readonly financialYears: readonly string[]
  readonly rows: readonly ScenarioComparisonRow[]
}

/** Options of {@link compareScenarios}. */
export interface CompareOptions {
  /** Dimensions to break the comparison down by (default none: system totals). */
  readonly keep?: RunOptions['keep']
  /** Place groups, as in `projectWorkforce`. */
  readonly placeGroups?: RunOptions['placeGroups']
}

/**
 * Compares scenarios with a baseline, returning issues instead of throwing.
 *
 * @example
 * ```ts
 * import { retainScenario, safeCompareScenarios } from '@oneworkforce/projection'
 *
 * const result = safeCompareScenarios({ startMonth: '2025-04', horizonMonths: 0 }, [retainScenario()])
 * result.success // false
 * ```
 */
export function safeCompareScenarios(
  baseline: ProjectionInputDraft,
  scenarios: readonly ScenarioInput[],
  options?: CompareOptions,
): Result<ScenarioComparison>
/** Untrusted baseline (parsed JSON, a user's file): every problem comes back as an issue. */
export function safeCompareScenarios(
  baseline: unknown,
  scenarios: readonly ScenarioInput[],
  options?: CompareOptions,
): Result<ScenarioComparison>
/** The implementation of the overloads above (documented on each overload). */
export function safeCompareScenarios(
  baseline: unknown,
  scenarios: readonly ScenarioInput[],
  options: CompareOptions = {},
): Result<ScenarioComparison> {
  const upFront = [...runOptionIssues(options), ...duplicateScenarioIssues(scenarios)]
  if (upFront.length > 0) return resultFrom(undefined as never, upFront)
  const compiled = safeCompileProjection(baseline)
  if (!compiled.success) return compiled as Result<never>
  const runOptions: RunOptions = { keep: options.keep ?? [], placeGroups: options.placeGroups }
  // A lever naming a code the projection lacks is left out with a warning, not a failed comparison.
  const inputs = scenarios.map((scenario) =>
    applyScenarioLeavingOutUnknown(compiled.value.input, scenario),
  )
  const issues = inputs.flatMap((each) => each.issues)
  const failed = inputs.find((each) => !each.success)
  if (failed) return resultFrom(undefined as never, issues)
  const summaries = [
    financialYearSummary(runCompiledProjection(compiled.value, runOptions)),
    ...inputs.map((each) => {
      updateCompiledParameters(compiled.value, unwrapResult(each))
      return financialYearSummary(runCompiledProjection(compiled.value, runOptions))
    }),
  ]
  updateCompiledParameters(compiled.value, compiled.value.input)
  const ids = [
    { id: 'baseline', name: 'Baseline' },
    ...scenarios.map((scenario) => ({ id: scenario.id, name: scenario.name })),
  ]
  const base = summaries[0]!
  const rows: ScenarioComparisonRow[] = []
  summaries.forEach((summary, s) => {
    summary.forEach((row, i) => {
      const reference = base[i]!
      const { financialYear, fte, demandFte, gapFte, shortfallFte, vacancyRate, totalCostGbp } = row
      const key: Record<string, string> = {}
      for (const dimension of ['place', 'sector', 'staffGroup', 'ageBand'] as const)
        if (row[dimension] !== undefined) key[dimension] = row[dimension]
      rows.push({
        ...key,
        scenario: ids[s]!.id,
        financialYear,
        fte,
        demandFte,
        gapFte,
        shortfallFte,
        vacancyRate,
        totalCostGbp,
        difference: {
          fte: fte - reference.fte,
          gapFte: gapFte - reference.gapFte,
          shortfallFte: shortfallFte - reference.shortfallFte,
          totalCostGbp: totalCostGbp.minus(reference.totalCostGbp),
        },
      })
    })
  })
  return resultFrom(
    { scenarios: ids, financialYears: [...new Set(base.map((row) => row.financialYear))], rows },
    issues,
  )
}

/**
 * Runs a baseline and each scenario (compiling once and re-deriving the parameters per scenario)
 * and returns side-by-side figures per financial year (year-end supply FTE, demand, gap,
 * shortfall, vacancy rate; total cost for the year) with each scenario's difference from the
 * baseline. Throws a `OneWorkforceError` on a bad input or lever.
 *
 * @example
 * ```ts
 * import { compareScenarios, retainScenario } from '@oneworkforce/projection'
 *
 * const comparison = compareScenarios(
 *   {
 *     startMonth: '2026-04', horizonMonths: 36,
 *     dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *     stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 1 }],
 *     rateKind: 'cohort-share' as const,
 *     leaverRates: [{ reason: 'voluntary', ratePerYear: 0.12 }],
 *   },
 *   [retainScenario()],
 * )
 * comparison.rows.find((row) => row.scenario === 'retain' && row.financialYear === '2028/29')?.difference.fte // > 0
 * ```
 */
export function compareScenarios(
  baseline: ProjectionInputDraft,
  scenarios: readonly ScenarioInput[],
  options: CompareOptions = {},
): ScenarioComparison {
  return unwrapResult(safeCompareScenarios(baseline, scenarios, options))
}
