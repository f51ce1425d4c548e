import { type Issue, issue } from '@oneworkforce/schemas'
import { safeDirectWeights } from '../weights/direct-weights'

/** Direction of each criterion of a decision matrix. */
export type Direction = 'benefit' | 'cost'

/**
 * Checks a decision matrix (rows = alternatives, columns = criteria), its weight vector (the
 * package's sum-to-1 rule) and directions.
 *
 * @internal
 */
export function validateDecisionMatrix(
  matrix: unknown,
  weights: unknown,
  directions: unknown,
  normalise: boolean,
): { issues: Issue[]; weights: number[] } {
  const issues: Issue[] = []
  if (!Array.isArray(matrix) || matrix.length === 0) {
    return {
      issues: [issue('empty_input', 'the decision matrix must have at least one row', ['matrix'])],
      weights: [],
    }
  }
  if (!Array.isArray(weights)) {
    return {
      issues: [
        issue('invalid_type', 'weights must be an array of numbers, one per column', ['weights']),
      ],
      weights: [],
    }
  }
  const columns = weights.length
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== columns) {
      issues.push(
        issue('invalid_value', `row ${i} must have ${columns} values, one per weight`, [
          'matrix',
          i,
        ]),
      )
      return
    }
    row.forEach((value: unknown, j) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        issues.push(
          issue('invalid_type', `matrix[${i}][${j}] must be a finite number`, ['matrix', i, j]),
        )
      }
    })
  })
  if (directions !== undefined) {
    if (!Array.isArray(directions) || directions.length !== columns) {
      issues.push(issue('invalid_value', `directions must list ${columns} entries`, ['directions']))
    } else if (directions.some((each) => each !== 'benefit' && each !== 'cost')) {
      issues.push(
        issue('invalid_value', "each direction must be 'benefit' or 'cost'", ['directions']),
      )
    }
  }
  const checked = safeDirectWeights(
    Object.fromEntries(weights.map((value: unknown, index) => [String(index), value])),
    { normalise },
  )
  issues.push(...checked.issues)
  const vector = checked.success
    ? weights.map((_, index) => checked.value[String(index)] as number)
    : []
  return { issues, weights: vector }
}
