import { type Initiative, type Issue, issue, parseMoney } from '@oneworkforce/schemas'
import { type Criterion, criteriaSchema } from '../criteria/criterion-schema'
import { fourTestsCriteria } from '../criteria/four-tests'
import { optionIssues } from '../internal/option-issues'
import { rankOptionsShape } from '../internal/rank-options-shape'
import { validateInitiatives } from '../internal/validate-initiatives'
import {
  aggregateValidatedScores,
  type ScoreAggregation,
  type ScoreTable,
} from '../scores/aggregate-scores'
import { equalWeights, safeDirectWeights, type Weights } from '../weights/direct-weights'
import type { PreferenceFunction } from './preference-function'

/**
 * The MCDA method used to rank: `weighted-sum` (default), `topsis` or `promethee-ii`.
 *
 * @example
 * ```ts
 * import type { RankingMethod } from '@oneworkforce/prioritisation'
 *
 * const method: RankingMethod = 'topsis'
 * ```
 */
export type RankingMethod = 'weighted-sum' | 'topsis' | 'promethee-ii'

/** Options of {@link rankInitiatives} (and of the stability, audit and budget functions built on it). */
export interface RankOptions {
  /** Criteria set (default the four tests, {@link fourTestsCriteria}). */
  readonly criteria?: readonly Criterion[]
  /** Weight per criterion code, summing to 1 (default: equal weights). */
  readonly weights?: Readonly<Record<string, number>>
  /** Divide weights by their sum instead of rejecting a sum other than 1 (default false). */
  readonly normaliseWeights?: boolean
  /** MCDA method (default `'weighted-sum'`). */
  readonly method?: RankingMethod
  /** How scorers' scores are combined (default `'mean'`). */
  readonly aggregation?: ScoreAggregation
  /** Spread (max − min, in scale points) above which a score is flagged as contested (default 2). */
  readonly disagreementThreshold?: number
  /** PROMETHEE II preference function per criterion code (default `usual` for every criterion). */
  readonly preferenceFunctions?: Readonly<Record<string, PreferenceFunction>>
}

/** Validated inputs of a ranking. @internal */
export interface PreparedRanking {
  readonly initiatives: readonly Initiative[]
  readonly criteria: readonly Criterion[]
  readonly weights: Weights
  /** True when no weights were given and equal weights were used. */
  readonly equalWeightsDefault: boolean
  readonly weightVector: readonly number[]
  readonly table: ScoreTable
  readonly costs: readonly number[]
  readonly method: RankingMethod
  readonly aggregation: ScoreAggregation
  readonly disagreementThreshold: number
}

const methods: readonly RankingMethod[] = ['weighted-sum', 'topsis', 'promethee-ii']

/**
 * Validates everything a ranking needs once, at the boundary.
 *
 * @internal
 */
export function prepareRanking(
  input: unknown,
  options: RankOptions,
): { prepared: PreparedRanking | undefined; issues: Issue[] } {
  const issues: Issue[] = optionIssues(options, rankOptionsShape)
  if (issues.length > 0) return { prepared: undefined, issues }
  const { initiatives, issues: initiativeIssues } = validateInitiatives(input)
  issues.push(...initiativeIssues)
  const criteriaResult = criteriaSchema.safeParse(options.criteria ?? fourTestsCriteria)
  if (!criteriaResult.success) {
    for (const each of criteriaResult.error.issues) {
      issues.push(
        issue('invalid_value', `criteria.${each.path.join('.')}: ${each.message}`, [
          'criteria',
          ...each.path.map(String),
        ]),
      )
    }
  }
  const method = options.method ?? 'weighted-sum'
  if (!methods.includes(method)) {
    issues.push(
      issue(
        'unknown_code',
        `unknown method "${String(method)}"; use one of ${methods.join(', ')}`,
        ['method'],
      ),
    )
  }
  const aggregation = options.aggregation ?? 'mean'
  if (!['mean', 'median', 'geometric-mean'].includes(aggregation)) {
    issues.push(
      issue('unknown_code', `unknown aggregation "${String(aggregation)}"`, ['aggregation']),
    )
  }
  const disagreementThreshold = options.disagreementThreshold ?? 2
  if (!Number.isFinite(disagreementThreshold) || disagreementThreshold < 0) {
    issues.push(
      issue('out_of_range', 'disagreementThreshold must be a finite number ≥ 0', [
        'disagreementThreshold',
      ]),
    )
  }
  if (!criteriaResult.success || issues.some((each) => each.severity === 'error')) {
    return { prepared: undefined, issues }
  }
  const criteria = criteriaResult.data
  const codes = criteria.map((criterion) => criterion.code)
  const weightsResult = safeDirectWeights(options.weights ?? equalWeights(codes), {
    normalise: options.normaliseWeights ?? false,
    criteria: codes,
  })
  issues.push(...weightsResult.issues)
  if (method === 'topsis') {
    criteria.forEach((criterion, index) => {
      if (criterion.scale.min < 0) {
        issues.push(
          issue(
            'out_of_range',
            `TOPSIS needs non-negative scores, but ${criterion.code}'s scale starts at ${criterion.scale.min}; use weighted-sum or shift the scale`,
            ['criteria', index, 'scale', 'min'],
          ),
        )
      }
    })
  }
  for (const code of Object.keys(options.preferenceFunctions ?? {})) {
    if (!codes.includes(code)) {
      issues.push(
        issue('unknown_code', `preference function given for "${code}", which is not a criterion`, [
          'preferenceFunctions',
          code,
        ]),
      )
    }
  }
  const { table, issues: scoreIssues } = aggregateValidatedScores(initiatives, criteria, {
    aggregation,
    disagreementThreshold,
  })
  issues.push(...scoreIssues)
  if (!weightsResult.success || issues.some((each) => each.severity === 'error')) {
    return { prepared: undefined, issues }
  }
  criteria.forEach((criterion, j) => {
    const column = table.values.map((row) => row[j] as number)
    if (column.length > 1 && column.every((value) => value === column[0])) {
      issues.push(
        issue(
          'invalid_value',
          `every initiative has the same score on ${criterion.code}, so it cannot change the order`,
          ['criteria', j],
          { severity: 'warning', column: criterion.code },
        ),
      )
    }
  })
  return {
    prepared: {
      initiatives,
      criteria,
      weights: weightsResult.value,
      equalWeightsDefault: options.weights === undefined,
      weightVector: codes.map((code) => weightsResult.value[code] as number),
      table,
      costs: initiatives.map((initiative) => parseMoney(initiative.costGbp).toNumber()),
      method,
      aggregation,
      disagreementThreshold,
    },
    issues,
  }
}
