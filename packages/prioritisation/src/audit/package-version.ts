/**
 * The version of `@oneworkforce/prioritisation` recorded in every audit, so a board pack says
 * which release produced a ranking (kept equal to package.json by a test).
 *
 * @example
 * ```ts
 * import { prioritisationVersion } from '@oneworkforce/prioritisation'
 *
 * console.log(prioritisationVersion) // '0.1.0'
 * ```
 */
export const prioritisationVersion = '0.1.0'
