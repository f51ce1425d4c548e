import { type Issue, issue } from '@oneworkforce/schemas'
import { PROJECTION_DIMENSIONS } from '../result/projection-result'

const DIMENSIONS: readonly string[] = PROJECTION_DIMENSIONS

/**
 * Checks the options of a run before it starts: `keep` must be a list of known dimensions
 * (`keep: 'place'` or `keep: ['bogus']` used to be read as "keep nothing" without a word) and
 * `placeGroups` an object of codes.
 */
export function runOptionIssues(options: unknown): Issue[] {
  if (options === undefined) return []
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return [issue('invalid_type', 'the run options must be an object', [])]
  }
  const { keep, placeGroups } = options as { keep?: unknown; placeGroups?: unknown }
  const issues: Issue[] = []
  if (keep !== undefined) {
    if (!Array.isArray(keep)) {
      issues.push(
        issue('invalid_type', `keep must be a list of dimensions (${DIMENSIONS.join(', ')})`, [
          'keep',
        ]),
      )
    } else {
      keep.forEach((dimension, index) => {
        if (typeof dimension !== 'string' || !DIMENSIONS.includes(dimension)) {
          issues.push(
            issue(
              'invalid_value',
              `keep[${index}] must be one of ${DIMENSIONS.join(', ')}, received ${JSON.stringify(dimension) ?? String(dimension)}`,
              ['keep', index],
            ),
          )
        }
      })
    }
  }
  if (placeGroups !== undefined) {
    const isRecord =
      typeof placeGroups === 'object' && placeGroups !== null && !Array.isArray(placeGroups)
    if (!isRecord || Object.values(placeGroups).some((code) => typeof code !== 'string')) {
      issues.push(
        issue('invalid_type', 'placeGroups must map place codes to group codes (strings)', [
          'placeGroups',
        ]),
      )
    }
  }
  return issues
}
