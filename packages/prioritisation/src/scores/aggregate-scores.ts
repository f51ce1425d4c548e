import type { Initiative, Issue } from '@oneworkforce/schemas'
import { issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { type Criterion, criteriaSchema } from '../criteria/criterion-schema'
import { fourTestsCriteria } from '../criteria/four-tests'
import { optionIssues } from '../internal/option-issues'
import { rankOptionsShape } from '../internal/rank-options-shape'
import { validateInitiatives } from '../internal/validate-initiatives'

/**
 * How several scorers' scores of one initiative on one criterion are combined:
 * `mean` (arithmetic), `median` (robust to one outlying scorer), `geometric-mean` (needs
 * positive scores; the AHP-consistent choice for ratio-scale scores).
 *
 * @example
 * ```ts
 * import type { ScoreAggregation } from '@oneworkforce/prioritisation'
 *
 * const aggregation: ScoreAggregation = 'median'
 * ```
 */
export type ScoreAggregation = 'mean' | 'median' | 'geometric-mean'

/** Options of {@link aggregateScores}. */
export interface AggregateScoresOptions {
  /** The criteria to aggregate (default {@link fourTestsCriteria}). */
  readonly criteria?: readonly Criterion[]
  /** How to combine scorers (default `'mean'`). */
  readonly aggregation?: ScoreAggregation
  /** A score is contested when max − min across scorers exceeds this (default 2 scale points). */
  readonly disagreementThreshold?: number
}

/** One scorer's score as given, kept for the audit trail. */
export interface ScorerScore {
  readonly scorer: string
  readonly score: number
  readonly evidence?: string | undefined
}

/**
 * The combined score of one initiative on one criterion, with the spread across scorers.
 *
 * @example
 * ```ts
 * import type { AggregatedScore } from '@oneworkforce/prioritisation'
 *
 * const flag = (cell: AggregatedScore) => (cell.contested ? `${cell.initiative}: contested` : '')
 * ```
 */
export interface AggregatedScore {
  readonly initiative: string
  readonly criterion: string
  /** The aggregated score, on the criterion's scale. */
  readonly value: number
  readonly scorerCount: number
  readonly min: number
  readonly max: number
  /** max − min across scorers. */
  readonly spread: number
  /** True when `spread` exceeds the disagreement threshold. */
  readonly contested: boolean
  readonly byScorer: readonly ScorerScore[]
}

/**
 * The aggregated score table: one row per initiative (input order), one column per criterion.
 *
 * @example
 * ```ts
 * import type { ScoreTable } from '@oneworkforce/prioritisation'
 *
 * const firstCell = (table: ScoreTable) => table.values[0]?.[0]
 * ```
 */
export interface ScoreTable {
  readonly initiatives: readonly string[]
  readonly criteria: readonly string[]
  /** values[i][j]: aggregated score of initiative i on criterion j. */
  readonly values: readonly (readonly number[])[]
  readonly cells: readonly (readonly AggregatedScore[])[]
  /** Every contested cell, largest spread first. */
  readonly contested: readonly AggregatedScore[]
}

const aggregations: readonly ScoreAggregation[] = ['mean', 'median', 'geometric-mean']

function combine(group: readonly ScorerScore[], aggregation: ScoreAggregation): number {
  const count = group.length
  if (aggregation === 'median') {
    const sorted = group.map((each) => each.score).sort((a, b) => a - b)
    const middle = Math.floor(count / 2)
    return count % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
  }
  let total = 0
  if (aggregation === 'geometric-mean') {
    for (const each of group) total += Math.log(each.score)
    return Math.exp(total / count)
  }
  for (const each of group) total += each.score
  return total / count
}

/**
 * Combines several scorers' scores per initiative and criterion and flags disagreement, so a
 * board sees contested scores rather than a mean that hides them.
 *
 * Bad input, each an issue naming the initiative row: a criterion with no score (`required`),
 * a score outside the criterion's scale (`out_of_range`), the same scorer scoring the same
 * criterion twice (`duplicate_key`), a non-positive score under the geometric mean. Scores for
 * criteria not in the set are not used and produce a warning (never silently dropped).
 *
 * @example
 * ```ts
 * import { safeAggregateScores } from '@oneworkforce/prioritisation'
 *
 * const result = safeAggregateScores(
 *   [{ id: 'hub', title: 'Jobs hub', owner: 'ICS', costGbp: '450000', scores: [
 *     { criterion: 'feasibility', scorer: 'a', score: 1 }, { criterion: 'feasibility', scorer: 'b', score: 5 },
 *   ] }],
 *   { criteria: [{ code: 'feasibility', label: 'Feasibility', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }] },
 * )
 * if (result.success) console.log(result.value.contested[0]?.spread) // 4
 * ```
 */
export function safeAggregateScores(
  initiatives: unknown,
  options: AggregateScoresOptions = {},
): Result<ScoreTable> {
  const empty: ScoreTable = { initiatives: [], criteria: [], values: [], cells: [], contested: [] }
  const optionProblems = optionIssues(options, rankOptionsShape)
  if (optionProblems.length > 0) return resultFrom(empty, optionProblems)
  const validated = validateInitiatives(initiatives)
  const criteriaResult = criteriaSchema.safeParse(options.criteria ?? fourTestsCriteria)
  const issues: Issue[] = [...validated.issues]
  if (!criteriaResult.success) {
    issues.push(
      issue(
        'invalid_value',
        'criteria are not a valid criteria set; check them with safeDefineCriteria',
        ['criteria'],
      ),
    )
  }
  const aggregation = options.aggregation ?? 'mean'
  if (!aggregations.includes(aggregation)) {
    issues.push(
      issue(
        'unknown_code',
        `unknown aggregation "${String(aggregation)}"; use one of ${aggregations.join(', ')}`,
        ['aggregation'],
      ),
    )
  }
  const threshold = options.disagreementThreshold ?? 2
  if (!Number.isFinite(threshold) || threshold < 0) {
    issues.push(
      issue('out_of_range', 'disagreementThreshold must be a finite number ≥ 0', [
        'disagreementThreshold',
      ]),
    )
  }
  if (issues.some((each) => each.severity === 'error') || !criteriaResult.success) {
    return resultFrom(empty, issues)
  }
  const table = aggregateValidatedScores(validated.initiatives, criteriaResult.data, {
    aggregation,
    disagreementThreshold: threshold,
  })
  return resultFrom(table.table, [...issues, ...table.issues])
}

/**
 * The engine of {@link safeAggregateScores} on already-validated input.
 *
 * @internal
 */
export function aggregateValidatedScores(
  initiatives: readonly Initiative[],
  criteria: readonly Criterion[],
  options: { readonly aggregation: ScoreAggregation; readonly disagreementThreshold: number },
): { table: ScoreTable; issues: Issue[] } {
  const issues: Issue[] = []
  const byCode = new Map(criteria.map((criterion, index) => [criterion.code, index]))
  const values: number[][] = []
  const cells: AggregatedScore[][] = []
  const contested: AggregatedScore[] = []
  initiatives.forEach((initiative, row) => {
    const where = { table: 'initiatives', row }
    const grouped = criteria.map(() => [] as ScorerScore[])
    const unknown = new Set<string>()
    initiative.scores.forEach((score, scoreIndex) => {
      const column = byCode.get(score.criterion)
      if (column === undefined) {
        unknown.add(score.criterion)
        return
      }
      const criterion = criteria[column] as Criterion
      const path = [row, 'scores', scoreIndex, 'score']
      if (
        !Number.isFinite(score.score) ||
        score.score < criterion.scale.min ||
        score.score > criterion.scale.max
      ) {
        issues.push(
          issue(
            'out_of_range',
            `initiative "${initiative.id}": ${score.scorer}'s score ${score.score} for ${criterion.code} is outside its scale ${criterion.scale.min}-${criterion.scale.max}`,
            path,
            { ...where, column: criterion.code },
          ),
        )
        return
      }
      if (options.aggregation === 'geometric-mean' && score.score <= 0) {
        issues.push(
          issue(
            'out_of_range',
            `initiative "${initiative.id}": the geometric mean needs positive scores, but ${score.scorer} gave ${score.score} for ${criterion.code}`,
            path,
            { ...where, column: criterion.code },
          ),
        )
        return
      }
      const group = grouped[column] as ScorerScore[]
      if (group.some((each) => each.scorer === score.scorer)) {
        issues.push(
          issue(
            'duplicate_key',
            `initiative "${initiative.id}": ${score.scorer} scored ${criterion.code} more than once`,
            [row, 'scores', scoreIndex],
            { ...where, column: criterion.code },
          ),
        )
        return
      }
      group.push({ scorer: score.scorer, score: score.score, evidence: score.evidence })
    })
    for (const code of unknown) {
      issues.push(
        issue(
          'unknown_code',
          `initiative "${initiative.id}": scores for "${code}" are not used because "${code}" is not one of the criteria`,
          [row, 'scores'],
          { ...where, column: code, severity: 'warning' },
        ),
      )
    }
    const rowValues: number[] = []
    const rowCells: AggregatedScore[] = []
    criteria.forEach((criterion, column) => {
      const group = grouped[column] as ScorerScore[]
      if (group.length === 0) {
        if (
          !issues.some(
            (each) =>
              each.row === row && each.column === criterion.code && each.severity === 'error',
          )
        ) {
          issues.push(
            issue(
              'required',
              `initiative "${initiative.id}" has no score for ${criterion.code}`,
              [row, 'scores'],
              { ...where, column: criterion.code },
            ),
          )
        }
        rowValues.push(Number.NaN)
        return
      }
      let min = Number.POSITIVE_INFINITY
      let max = Number.NEGATIVE_INFINITY
      for (const each of group) {
        if (each.score < min) min = each.score
        if (each.score > max) max = each.score
      }
      const cell: AggregatedScore = {
        initiative: initiative.id,
        criterion: criterion.code,
        value: combine(group, options.aggregation),
        scorerCount: group.length,
        min,
        max,
        spread: max - min,
        contested: max - min > options.disagreementThreshold,
        byScorer: group,
      }
      if (cell.contested) contested.push(cell)
      rowValues.push(cell.value)
      rowCells.push(cell)
    })
    values.push(rowValues)
    cells.push(rowCells)
  })
  contested.sort((a, b) => b.spread - a.spread || a.initiative.localeCompare(b.initiative))
  return {
    table: {
      initiatives: initiatives.map((initiative) => initiative.id),
      criteria: criteria.map((criterion) => criterion.code),
      values,
      cells,
      contested,
    },
    issues,
  }
}

/**
 * Throwing twin of {@link safeAggregateScores}.
 *
 * @example
 * ```ts
 * import { aggregateScores } from '@oneworkforce/prioritisation'
 *
 * const table = aggregateScores(
 *   [{ id: 'hub', title: 'Jobs hub', owner: 'ICS', costGbp: '450000', scores: [{ criterion: 'feasibility', scorer: 'a', score: 4 }] }],
 *   { criteria: [{ code: 'feasibility', label: 'Feasibility', description: '', direction: 'benefit', scale: { min: 1, max: 5 } }] },
 * )
 * table.values[0] // [4]
 * ```
 */
export function aggregateScores(
  initiatives: unknown,
  options: AggregateScoresOptions = {},
): ScoreTable {
  return unwrapResult(safeAggregateScores(initiatives, options))
}
