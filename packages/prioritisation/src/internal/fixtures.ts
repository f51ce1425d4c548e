import type { Initiative } from '@oneworkforce/schemas'
import { fourTestsCodes } from '../criteria/four-tests'

/**
 * Builds an initiative scored by one scorer per criterion, for tests.
 *
 * @internal
 */
export function scoredInitiative(
  id: string,
  costGbp: string,
  scores: readonly number[],
  codes: readonly string[] = fourTestsCodes,
  scorer = 'panel',
): Initiative {
  return {
    id,
    title: id,
    owner: 'ICS workforce team',
    costGbp,
    scores: codes.map((criterion, index) => ({
      criterion,
      scorer,
      score: scores[index] as number,
    })),
  }
}
