import { sampleDataset } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { filterChoices, filterDataset } from './filter-dataset'

const dataset = sampleDataset()

describe('filterDataset', () => {
  it('keeps the whole dataset when nothing is chosen', () => {
    expect(filterDataset(dataset, {})).toBe(dataset)
  })

  it('keeps only the rows of the chosen place, organisation and staff group', () => {
    const slice = filterDataset(dataset, {
      place: 'highcross',
      organisation: 'STM01',
      staffGroup: 'registered-nurse',
    })
    expect(slice.organisations.map((each) => each.code)).toEqual(['STM01'])
    expect(slice.places.map((each) => each.code)).toEqual(['highcross'])
    for (const table of [slice.workforce, slice.flows, slice.vacancies])
      for (const row of table) {
        expect(row.organisation).toBe('STM01')
        expect(row.staffGroup).toBe('registered-nurse')
      }
    expect(slice.workforce.length).toBeGreaterThan(0)
    expect(new Set(slice.population.map((row) => row.place))).toEqual(new Set(['highcross']))
    // ICS-wide pipelines are left out of an organisation's view; sector ones kept.
    for (const row of slice.trainingPipeline) expect(row.sector).toBe('mental-health')
  })

  it('offers every place, organisation and staff group of the data', () => {
    const choices = filterChoices(dataset)
    expect(choices.places).toHaveLength(6)
    expect(choices.organisations).toHaveLength(25)
    expect(choices.staffGroups).toContain('registered-nurse')
  })
})
