import { type Issue, issue } from '@oneworkforce/schemas'
import { describe, isRecord } from '../internal/guard'

/**
 * Small-number suppression rules. The defaults are NHS Digital's for workforce statistics below
 * national level: counts of 1 to 7 are suppressed and every other count is rounded to the
 * nearest 5 (zero is shown as zero).
 */
export interface SuppressionRules {
  /** Smallest count suppressed; 1 by default (0 is shown). */
  readonly suppressFrom?: number
  /** Largest count suppressed; 7 by default. */
  readonly suppressTo?: number
  /** Round shown counts to a multiple of this; 5 by default, 1 to switch rounding off. */
  readonly roundTo?: number
}

/** How a count was published. */
export type SuppressionStatus = 'shown' | 'rounded' | 'suppressed' | 'secondary'

/** A count after suppression: its published value (null when suppressed) and why. */
export interface SuppressedCount {
  readonly value: number | null
  readonly status: SuppressionStatus
}

/** @internal Rules with the defaults filled in. */
export interface ResolvedRules {
  readonly suppressFrom: number
  readonly suppressTo: number
  readonly roundTo: number
}

/** @internal Fills in NHS Digital's defaults and checks the rules. */
export function resolveRules(rules: SuppressionRules = {}): {
  rules: ResolvedRules
  issues: Issue[]
} {
  if (!isRecord(rules as unknown)) {
    return {
      rules: { suppressFrom: 1, suppressTo: 7, roundTo: 5 },
      issues: [
        issue(
          'invalid_type',
          `rules must be an object (or left out), received ${describe(rules)}`,
          ['rules'],
        ),
      ],
    }
  }
  const resolved = {
    suppressFrom: rules.suppressFrom ?? 1,
    suppressTo: rules.suppressTo ?? 7,
    roundTo: rules.roundTo ?? 5,
  }
  const issues: Issue[] = []
  if (!(Number.isFinite(resolved.suppressFrom) && resolved.suppressFrom >= 0)) {
    issues.push(
      issue(
        'out_of_range',
        `suppressFrom must be 0 or more, received ${describe(resolved.suppressFrom)}`,
        ['rules', 'suppressFrom'],
      ),
    )
  }
  if (!(Number.isFinite(resolved.suppressTo) && resolved.suppressTo >= resolved.suppressFrom)) {
    issues.push(
      issue(
        'out_of_range',
        `suppressTo must be at least suppressFrom, received ${describe(resolved.suppressTo)}`,
        ['rules', 'suppressTo'],
      ),
    )
  }
  if (!(Number.isInteger(resolved.roundTo) && resolved.roundTo >= 1)) {
    issues.push(
      issue(
        'out_of_range',
        `roundTo must be a whole number of at least 1, received ${describe(resolved.roundTo)}`,
        ['rules', 'roundTo'],
      ),
    )
  }
  return { rules: resolved, issues }
}

/** @internal Applies resolved rules to one count (assumed finite and non-negative). */
export function applyRules(count: number, rules: ResolvedRules): SuppressedCount {
  if (count >= rules.suppressFrom && count <= rules.suppressTo)
    return { value: null, status: 'suppressed' }
  if (rules.roundTo === 1) return { value: count, status: 'shown' }
  let value = Math.round(count / rules.roundTo) * rules.roundTo
  // Never let rounding land a published count inside the suppressed range.
  if (value >= rules.suppressFrom && value <= rules.suppressTo && count > rules.suppressTo) {
    value = Math.ceil((rules.suppressTo + 1) / rules.roundTo) * rules.roundTo
  }
  return { value, status: value === count ? 'shown' : 'rounded' }
}
