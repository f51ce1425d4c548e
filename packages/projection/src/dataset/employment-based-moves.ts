import type { Dataset, Month } from '@oneworkforce/schemas'

/** Staff moving between staff groups through employment-based training, by `group|sector`. */
export interface EmploymentBasedMoves {
  /** Moves out of the trainees' staff group (recorded as leavers to another post). */
  readonly out: ReadonlyMap<string, number>
  /** Newly qualified joiners of the new staff group who came from the trainees' group. */
  readonly into: ReadonlyMap<string, number>
}

/**
 * The moves between staff groups that a dataset's flows record for employment-based programmes
 * (a trainee is in one staff group and completes into another: `programmes` maps a programme to
 * the trainees' group). A completer appears twice in the flows: as a leaver of the trainees'
 * group to another post (`other-organisation`) and as a newly qualified joiner of the new group.
 * Neither is a leaver from or a joiner to the system: the pipeline moves them as a transfer.
 *
 * The new group's newly qualified joiners in `[from, to]` are split between its programmes by
 * their local output (intake × (1 − attrition) × local uptake); the share of employment-based
 * programmes is `into`. The same number leaves the trainees' group, spread over its sectors by
 * its moves out to other posts and never more than them (`out`).
 *
 * @internal Shared by `projectionInputFromDataset` and the hindcast, so both count alike.
 */
export function employmentBasedMoves(
  dataset: Dataset,
  sectorOf: ReadonlyMap<string, string>,
  from: Month,
  to: Month,
  programmes: Readonly<Record<string, string>>,
): EmploymentBasedMoves {
  // Each target group's local pipeline output, and the part of it moving from another group.
  const output = new Map<string, number>()
  const moved = new Map<string, Map<string, number>>()
  for (const row of dataset.trainingPipeline) {
    const source = programmes[row.programme]
    if (source === row.staffGroup) continue
    const completers = row.annualIntake * (1 - row.attritionRate) * row.localUptakeShare
    output.set(row.staffGroup, (output.get(row.staffGroup) ?? 0) + completers)
    if (source === undefined) continue
    const bySource = moved.get(row.staffGroup) ?? new Map<string, number>()
    moved.set(row.staffGroup, bySource)
    bySource.set(source, (bySource.get(source) ?? 0) + completers)
  }
  const into = new Map<string, number>()
  const wanted = new Map<string, number>()
  const movesOut = new Map<string, Map<string, number>>()
  for (const row of dataset.flows) {
    if (row.month < from || row.month > to) continue
    const sector = sectorOf.get(row.organisation)
    if (sector === undefined) continue
    if (row.direction === 'leaver' && row.reason === 'other-organisation') {
      const bySector = movesOut.get(row.staffGroup) ?? new Map<string, number>()
      movesOut.set(row.staffGroup, bySector)
      bySector.set(sector, (bySector.get(sector) ?? 0) + row.headcount)
      continue
    }
    if (row.direction !== 'joiner' || row.reason !== 'newly-qualified') continue
    const bySource = moved.get(row.staffGroup)
    const total = output.get(row.staffGroup) ?? 0
    if (bySource === undefined || !(total > 0)) continue
    for (const [source, completers] of bySource) {
      const count = (row.headcount * completers) / total
      const key = `${row.staffGroup}|${sector}`
      into.set(key, (into.get(key) ?? 0) + count)
      wanted.set(source, (wanted.get(source) ?? 0) + count)
    }
  }
  const out = new Map<string, number>()
  for (const [source, count] of wanted) {
    const bySector = movesOut.get(source)
    if (bySector === undefined) continue
    const available = [...bySector.values()].reduce((a, b) => a + b, 0)
    const share = available > 0 ? Math.min(1, count / available) : 0
    for (const [sector, moves] of bySector) out.set(`${source}|${sector}`, moves * share)
  }
  return { out, into }
}
