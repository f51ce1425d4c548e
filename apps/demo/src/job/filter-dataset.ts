import type { Dataset } from '@oneworkforce/schemas'

/** What the web page's filters keep: one place, one organisation, one staff group (all when absent). */
export interface DatasetFilter {
  readonly place?: string
  readonly organisation?: string
  readonly staffGroup?: string
}

/** The place, organisation and staff group choices a dataset offers, for the page's filters. */
export function filterChoices(dataset: Dataset): {
  readonly places: readonly { code: string; name: string }[]
  readonly organisations: readonly { code: string; name: string; place: string }[]
  readonly staffGroups: readonly string[]
} {
  return {
    places: dataset.places.map(({ code, name }) => ({ code, name })),
    organisations: dataset.organisations.map(({ code, name, place }) => ({ code, name, place })),
    staffGroups: [...new Set(dataset.workforce.map((row) => row.staffGroup))].sort(),
  }
}

/**
 * A copy of the dataset keeping only the rows of the chosen place, organisation and staff
 * group, so every section of the page (projection, benchmarking) shows that slice. Reference
 * tables (pay rates, service use, initiatives, scenarios) are kept whole; population and activity
 * follow the places kept; training pipelines only when they train for a sector kept (ICS-wide
 * pipelines are left out of a place or organisation view, so its supply from training is low).
 */
export function filterDataset(dataset: Dataset, filter: DatasetFilter): Dataset {
  if (!filter.place && !filter.organisation && !filter.staffGroup) return dataset
  const organisations = dataset.organisations.filter(
    (each) =>
      (!filter.place || each.place === filter.place) &&
      (!filter.organisation || each.code === filter.organisation),
  )
  const codes = new Set(organisations.map((each) => each.code))
  const places = new Set(organisations.map((each) => each.place))
  const sectors = new Set(organisations.map((each) => each.sector))
  const keep = (row: { organisation: string; staffGroup?: string | undefined }) =>
    codes.has(row.organisation) && (!filter.staffGroup || row.staffGroup === filter.staffGroup)
  const group = <T extends { staffGroup: string }>(rows: readonly T[]) =>
    rows.filter((row) => !filter.staffGroup || row.staffGroup === filter.staffGroup)
  return {
    ...dataset,
    places: dataset.places.filter((each) => places.has(each.code)),
    organisations,
    workforce: dataset.workforce.filter(keep),
    workforceFte: dataset.workforceFte.filter(keep),
    flows: dataset.flows.filter(keep),
    vacancies: dataset.vacancies.filter(keep),
    sickness: dataset.sickness.filter(keep),
    spend: dataset.spend.filter(keep),
    population: dataset.population.filter((row) => places.has(row.place)),
    activity: dataset.activity.filter((row) => places.has(row.place)),
    // Only pipelines that train for the sectors and places kept: an ICS-wide pipeline cannot
    // be split between organisations without an assumption, so a filtered view leaves it out.
    trainingPipeline: group(dataset.trainingPipeline).filter(
      (row) =>
        (row.sector === undefined
          ? !filter.place && !filter.organisation
          : sectors.has(row.sector)) &&
        (row.place === undefined || places.has(row.place)),
    ),
  }
}
