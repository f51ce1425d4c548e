import { type Dataset, monthRange } from '@oneworkforce/schemas'
import { payRates } from './finance'
import { initiativeScenarios } from './initiative-scenarios'
import { initiatives } from './initiatives'
import { organisationProfiles, placeProfiles, sampleIcs } from './organisations'
import { activity, populationProjection, serviceUse } from './population'
import { randomStream } from './random'
import { scenarios } from './scenarios'
import { staffProfiles } from './staff-profiles'
import { employmentBasedSources, trainingPipelines } from './training'
import { simulateWorkforceHistory } from './workforce-history'

/** First and last month of the sample's history: financial years 2023/24 to 2025/26. */
export const HISTORY_START = '2023-04'
/** Last month of the sample's history. */
export const HISTORY_END = '2026-03'

/**
 * Generates the whole synthetic ICS from a seed. The same seed gives the same dataset, row for
 * row: randomness is consumed in a fixed order from one pure-rand stream.
 */
export function generateDataset(seed: number): Dataset {
  const random = randomStream(seed)
  const months = monthRange(HISTORY_START, HISTORY_END)
  const history = simulateWorkforceHistory(
    organisationProfiles,
    staffProfiles,
    months,
    random,
    trainingPipelines,
    employmentBasedSources,
  )
  return {
    name: 'South Thames ICS (synthetic sample)',
    integratedCareSystems: [sampleIcs],
    places: placeProfiles.map(({ code, name, ics }) => ({ code, name, ics })),
    organisations: organisationProfiles.map(({ code, name, sector, place }) => ({
      code,
      name,
      sector,
      place,
    })),
    workforce: history.workforce,
    workforceFte: [],
    flows: history.flows,
    vacancies: history.vacancies,
    sickness: history.sickness,
    trainingPipeline: trainingPipelines.map((row) => ({ ...row })),
    payRates: payRates(staffProfiles),
    spend: history.spend,
    population: populationProjection(placeProfiles),
    serviceUse: serviceUse(staffProfiles),
    activity: activity(placeProfiles, months, random),
    initiatives: initiatives.map((initiative) => structuredClone(initiative)),
    scenarios: [...scenarios, ...initiativeScenarios].map((scenario) => structuredClone(scenario)),
  }
}
