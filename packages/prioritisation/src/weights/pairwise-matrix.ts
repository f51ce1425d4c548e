import { type Issue, issue } from '@oneworkforce/schemas'

/**
 * Checks a pairwise comparison matrix: square, at least 1×1, every entry a finite positive
 * number, ones on the diagonal and reciprocal (a_ji = 1 / a_ij) within a relative tolerance, so
 * that judgements typed as 0.33 for 1/3 are accepted at the default 1%.
 *
 * @internal
 */
export function pairwiseMatrixIssues(
  matrix: unknown,
  reciprocalTolerance: number,
  path: readonly (string | number)[] = ['matrix'],
): Issue[] {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    return [issue('invalid_type', 'a pairwise matrix must be a non-empty array of rows', path)]
  }
  const n = matrix.length
  const issues: Issue[] = []
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      issues.push(
        issue('invalid_value', `row ${i} must have ${n} entries (a square matrix)`, [...path, i]),
      )
      return
    }
    row.forEach((value: unknown, j) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        issues.push(
          issue(
            'out_of_range',
            `entry [${i}][${j}] must be a positive number, received ${String(value)}`,
            [...path, i, j],
          ),
        )
      }
    })
  })
  if (issues.length > 0) return issues
  const rows = matrix as number[][]
  for (let i = 0; i < n; i += 1) {
    if (Math.abs((rows[i]?.[i] ?? 0) - 1) > reciprocalTolerance) {
      issues.push(issue('invalid_value', `diagonal entry [${i}][${i}] must be 1`, [...path, i, i]))
    }
    for (let j = i + 1; j < n; j += 1) {
      const product = (rows[i]?.[j] ?? 0) * (rows[j]?.[i] ?? 0)
      if (Math.abs(product - 1) > reciprocalTolerance) {
        issues.push(
          issue(
            'inconsistent',
            `entries [${i}][${j}] = ${rows[i]?.[j]} and [${j}][${i}] = ${rows[j]?.[i]} are not reciprocal (their product should be 1)`,
            [...path, j, i],
          ),
        )
      }
    }
  }
  return issues
}
