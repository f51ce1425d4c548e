import { type Dataset, type Issue, issue } from '@oneworkforce/schemas'

/** What {@link datasetCoverageWarnings} looks at: the dataset and what the projection uses of it. */
export interface DatasetCoverage {
  readonly dataset: Dataset
  /** Codes of the organisations in the projected places. */
  readonly organisations: ReadonlySet<string>
  readonly placeCodes: ReadonlySet<string>
  readonly sectorsInUse: ReadonlySet<string>
  readonly startMonth: string
  /** The last projected month (`yyyy-mm`). */
  readonly endMonth: string
}

/**
 * Warnings for tables a projection needs that the dataset lacks or that stop short, so the
 * assumption made in their place is said, never silently taken: no vacancies (demand starts at
 * the supply, so the gap starts at 0), a sector with no vacancy rows (the same for that sector),
 * no pay rates (costs are £0), no flows (nobody leaves and only pipelines join), a population
 * that ends before the horizon (held flat at its last year).
 */
export function datasetCoverageWarnings(coverage: DatasetCoverage): Issue[] {
  const { dataset, organisations, placeCodes, sectorsInUse } = coverage
  const issues: Issue[] = []
  const warn = (table: string, message: string) =>
    issues.push(issue('insufficient_data', message, [table], { table, severity: 'warning' }))
  const vacancies = dataset.vacancies.filter((row) => organisations.has(row.organisation))
  if (vacancies.length === 0) {
    warn(
      'vacancies',
      'no vacancies: demand starts at the starting supply (FTE in post), so the gap starts at 0 and grows only with demand drivers',
    )
  } else {
    const sectorOf = new Map(dataset.organisations.map((each) => [each.code, each.sector]))
    const covered = new Set(vacancies.map((row) => sectorOf.get(row.organisation)))
    for (const sector of sectorsInUse) {
      if (!covered.has(sector)) {
        warn(
          'vacancies',
          `sector "${sector}" has no vacancy rows: its demand starts at its supply (FTE in post), so its gap starts at 0`,
        )
      }
    }
  }
  if (dataset.payRates.length === 0)
    warn('payRates', 'no pay rates: every cost of the projection is £0')
  if (!dataset.flows.some((row) => organisations.has(row.organisation))) {
    warn(
      'flows',
      'no flows: nobody leaves and only training pipelines join (leaver and joiner rates are 0)',
    )
  }
  const population = dataset.population.filter((row) => placeCodes.has(row.place))
  const lastYear = population.reduce(
    (last, row) => Math.max(last, row.year),
    Number.NEGATIVE_INFINITY,
  )
  const endYear = Number(coverage.endMonth.slice(0, 4))
  if (population.length > 0 && lastYear < endYear) {
    warn(
      'population',
      `the population ends in ${lastYear}, before the horizon (${coverage.endMonth}): demographic demand is held flat after mid-${lastYear}`,
    )
  }
  return issues
}
