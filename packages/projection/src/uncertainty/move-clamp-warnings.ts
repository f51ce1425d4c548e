import { type Issue, issue } from '@oneworkforce/schemas'
import type { WorkforceRunner } from './workforce-runner'

/**
 * One warning per post whose drawn moves out exceeded its stock in some runs `from … to − 1`:
 * the engine scaled those moves down to the whole stock (nobody can leave twice), so the runs
 * count fewer moves than drawn. Each warning gives the number and share of runs clamped. The
 * check replays each run's draws without projecting, so it is the same whatever the threads.
 * @internal
 */
export function moveClampWarnings(
  runner: WorkforceRunner,
  seed: number,
  from: number,
  to: number,
): Issue[] {
  const runs = to - from
  const clamped = new Map<number, number>()
  for (let run = from; run < to; run += 1)
    for (const post of runner.clampedPosts(seed, run))
      clamped.set(post, (clamped.get(post) ?? 0) + 1)
  const { index } = runner
  return [...clamped.entries()]
    .sort(([a], [b]) => a - b)
    .map(([post, count]) => {
      const g = post % index.staffGroupCount
      const s = Math.floor(post / index.staffGroupCount) % index.sectorCount
      const p = Math.floor(post / (index.staffGroupCount * index.sectorCount))
      const where = `${index.places[p]} × ${index.sectors[s]} × ${index.staffGroups[g]}`
      const share = ((100 * count) / runs).toFixed(1)
      return issue(
        'out_of_range',
        `in ${count} of ${runs} runs (${share}%) the drawn moves out of ${where} added up to more than its stock a month; they were scaled down to the whole stock (nobody can leave twice): narrow the mobility distributions`,
        ['mobility'],
        { table: 'mobility', severity: 'warning' },
      )
    })
}
