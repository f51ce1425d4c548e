/**
 * The zod these schemas are built with, for extending or composing them with the same instance
 * (`datasetSchema.extend(...)`, `z.array(workforceSnapshotRowSchema)`). A subpath of its own, so
 * the package root stays small in a browser bundle and its API pages stay ours.
 *
 * @example
 * ```ts
 * import { workforceSnapshotRowSchema } from '@oneworkforce/schemas'
 * import { z } from '@oneworkforce/schemas/zod'
 *
 * const rows = z.array(workforceSnapshotRowSchema).min(1)
 * ```
 *
 * @module
 */
export * from 'zod'
