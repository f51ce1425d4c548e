import { type Issue, issue, type Result, resultFrom, unwrapResult } from '@oneworkforce/schemas'
import { recordIssues } from '../internal/option-issues'
import type { Weights } from './direct-weights'

/**
 * Swing weights: the panel imagines each criterion swinging from the worst to the best level of
 * its scale, gives 100 points to the swing that matters most and rates every other swing from
 * 0 to 100 relative to it; weight_j = points_j / Σ points.
 *
 * Swing points are not weights, so they are always divided by their sum (this is the method,
 * not the normalisation policy of {@link safeDirectWeights}). A warning is given when no swing
 * has 100 points, since the most important swing anchors the scale.
 *
 * Source: von Winterfeldt & Edwards, *Decision Analysis and Behavioral Research* (1986), ch. 8;
 * Marsh et al., ISPOR MCDA Emerging Good Practices Task Force report 2, Value in Health 19
 * (2016) 125-137.
 *
 * @example
 * ```ts
 * import { safeSwingWeights } from '@oneworkforce/prioritisation'
 *
 * const result = safeSwingWeights({ 'size-of-opportunity': 100, feasibility: 60, 'strategic-coherence': 40 })
 * if (result.success) console.log(result.value['size-of-opportunity']) // 0.5
 * ```
 */
export function safeSwingWeights(points: Readonly<Record<string, unknown>>): Result<Weights> {
  const issues: Issue[] = recordIssues(points, 'points', 'criterion code → swing points')
  if (issues.length > 0) return resultFrom({}, issues)
  const entries = Object.entries(points)
  if (entries.length === 0) issues.push(issue('empty_input', 'no swing points given', ['points']))
  for (const [code, value] of entries) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      issues.push(
        issue('out_of_range', `swing points of "${code}" must be a number from 0 to 100`, [
          'points',
          code,
        ]),
      )
    }
  }
  if (issues.length > 0) return resultFrom({}, issues)
  const numeric = entries as [string, number][]
  const sum = numeric.reduce((total, [, value]) => total + value, 0)
  if (sum <= 0) {
    return resultFrom({}, [issue('invalid_value', 'swing points must not all be zero', ['points'])])
  }
  const warnings = numeric.some(([, value]) => value === 100)
    ? []
    : [
        issue(
          'invalid_value',
          'no swing was given 100 points; the most important swing should anchor the scale at 100',
          ['points'],
          { severity: 'warning' },
        ),
      ]
  return resultFrom(
    Object.fromEntries(numeric.map(([code, value]) => [code, value / sum])),
    warnings,
  )
}

/**
 * Throwing twin of {@link safeSwingWeights}.
 *
 * @example
 * ```ts
 * import { swingWeights } from '@oneworkforce/prioritisation'
 *
 * swingWeights({ feasibility: 100, 'strategic-coherence': 100 }) // { feasibility: 0.5, 'strategic-coherence': 0.5 }
 * ```
 */
export function swingWeights(points: Readonly<Record<string, unknown>>): Weights {
  return unwrapResult(safeSwingWeights(points))
}
