import type { Scenario } from '@oneworkforce/schemas'
import type { PipelineRow, ProjectionInput } from '../input/projection-input'

function trainingChanges(
  pipelines: readonly PipelineRow[],
  lever: Extract<Scenario['levers'][number], { type: 'training-places' }>,
): PipelineRow[] {
  const matches = (row: PipelineRow) =>
    (lever.programme === undefined || row.programme === lever.programme) &&
    (lever.staffGroup === undefined || row.staffGroup === lever.staffGroup)
  const matched = pipelines.filter(matches)
  const totalIntake = matched.reduce((sum, row) => sum + row.annualIntake, 0)
  return pipelines.map((row) => {
    if (!matches(row)) return row
    const change =
      lever.annualIntake !== undefined
        ? {
            fromYear: lever.fromYear,
            annualIntake:
              totalIntake > 0
                ? (lever.annualIntake * row.annualIntake) / totalIntake
                : lever.annualIntake / matched.length,
          }
        : { fromYear: lever.fromYear, relativeChange: lever.relativeChange ?? 0 }
    return { ...row, intakeChanges: [...row.intakeChanges, change] }
  })
}

/**
 * Folds a scenario's levers into the input's own tables (no validation: callers check levers
 * with `scenarioIssues` first). The result has no `scenario`.
 */
export function foldScenario(input: ProjectionInput, scenario: Scenario): ProjectionInput {
  let pipelines = input.pipelines
  const leaverRateChanges = [...input.leaverRateChanges]
  const joiners = [...input.joiners]
  const participationChanges = [...input.participationChanges]
  const productivity = [...input.demand.productivity]
  const skillMix = [...input.demand.skillMix]
  for (const lever of scenario.levers) {
    switch (lever.type) {
      case 'training-places':
        pipelines = trainingChanges(pipelines, lever)
        break
      case 'retention':
        leaverRateChanges.push({
          staffGroup: lever.staffGroup,
          sector: lever.sector,
          place: lever.place,
          reason: lever.reason,
          relativeChange: lever.relativeChange,
          fromMonth: lever.fromMonth,
          rampMonths: lever.rampMonths,
        })
        break
      case 'international-recruitment':
        joiners.push({
          staffGroup: lever.staffGroup,
          sector: lever.sector,
          place: lever.place,
          reason: 'international',
          headcountPerYear: lever.annualHeadcount,
          fromMonth: lever.fromMonth,
          toMonth: lever.toMonth,
        })
        break
      case 'productivity':
        productivity.push({
          staffGroup: lever.staffGroup,
          sector: lever.sector,
          place: lever.place,
          ratePerYear: lever.ratePerYear,
          fromMonth: lever.fromMonth,
        })
        break
      case 'participation':
        participationChanges.push({
          staffGroup: lever.staffGroup,
          sector: lever.sector,
          place: lever.place,
          change: lever.change,
          fromMonth: lever.fromMonth,
          rampMonths: lever.rampMonths,
        })
        break
      case 'skill-mix': {
        const { type: _type, ...shift } = lever
        skillMix.push(shift)
        break
      }
      case 'new-role': {
        const { fromYear, annualIntake, ...pipeline } = lever.pipeline
        pipelines = [
          ...pipelines,
          {
            ...pipeline,
            staffGroup: lever.staffGroup,
            sector: lever.sector,
            place: lever.place,
            annualIntake: 0,
            intakeChanges: [{ fromYear, annualIntake }],
          },
        ]
        skillMix.push({ ...lever.shift, toStaffGroup: lever.staffGroup })
        break
      }
    }
  }
  const { scenario: _scenario, ...rest } = input
  return {
    ...rest,
    pipelines,
    leaverRateChanges,
    joiners,
    participationChanges,
    demand: { ...input.demand, productivity, skillMix },
  }
}
