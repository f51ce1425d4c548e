/**
 * Which way is good for an indicator: `higher` (stability, retention), `lower` (vacancy,
 * sickness, agency share, leaver rate) or `neutral` (no preferred direction, e.g. FTE per
 * population). Funnel plots, SPC and RAG ratings use it to call a signal better or worse.
 *
 * @example
 * ```ts
 * import type { GoodDirection } from '@oneworkforce/benchmarking'
 *
 * const vacancy: GoodDirection = 'lower'
 * ```
 */
export type GoodDirection = 'higher' | 'lower' | 'neutral'

/**
 * Whether a signal on one side (`high` or `low`) is better or worse given the good direction;
 * `neutral` when the indicator has no good direction.
 *
 * @example
 * ```ts
 * import { judgeSide } from '@oneworkforce/benchmarking'
 *
 * judgeSide('high', 'lower') // 'worse'
 * ```
 */
export function judgeSide(
  side: 'high' | 'low',
  goodDirection: GoodDirection,
): 'better' | 'worse' | 'neutral' {
  if (goodDirection === 'neutral') return 'neutral'
  return (side === 'high') === (goodDirection === 'higher') ? 'better' : 'worse'
}
