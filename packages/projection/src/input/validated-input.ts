import type { Issue } from '@oneworkforce/schemas'
import type { ProjectionInput } from './projection-input'

declare const validatedBrand: unique symbol

/**
 * A projection input that `safeParseProjectionInput` (or `projectionInputFromDataset`, or
 * `applyScenario`) has validated. Compiling, projecting, applying scenarios and comparing them
 * trust it without running the checks again, so a dataset is validated once on its way to a
 * projection. Its top level is frozen; treat its rows as read-only too (copy it and validate the
 * copy to change numbers: a changed row is not re-checked).
 *
 * @example
 * ```ts
 * import { isValidatedProjectionInput, parseProjectionInput } from '@oneworkforce/projection'
 *
 * const input = parseProjectionInput({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 0.9 }],
 * })
 * isValidatedProjectionInput(input) // true
 * isValidatedProjectionInput({ ...input }) // false: a copy is checked again
 * ```
 */
export type ValidatedProjectionInput = ProjectionInput & { readonly [validatedBrand]: true }

/** The inputs validated in this process, with the warnings their validation found. */
const validated = new WeakMap<object, readonly Issue[]>()

/**
 * Whether a value is a projection input validated by this package (the very object, not a copy).
 *
 * @example
 * ```ts
 * import { isValidatedProjectionInput } from '@oneworkforce/projection'
 *
 * isValidatedProjectionInput({ startMonth: '2025-04' }) // false
 * ```
 */
export function isValidatedProjectionInput(value: unknown): value is ValidatedProjectionInput {
  return typeof value === 'object' && value !== null && validated.has(value)
}

/** @internal Marks a checked input as validated (freezing its top level) with its warnings. */
export function markValidated(
  input: ProjectionInput,
  warnings: readonly Issue[],
): ValidatedProjectionInput {
  validated.set(Object.freeze(input), warnings)
  return input as ValidatedProjectionInput
}

/** @internal The warnings found when a validated input was checked. */
export function validationWarnings(input: ValidatedProjectionInput): readonly Issue[] {
  return validated.get(input) ?? []
}
