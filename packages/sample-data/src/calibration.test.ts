import { describe, expect, it } from 'vitest'
import { sampleCalibration } from './calibration'
import { measures } from './internal/measure'
import { sampleDataset } from './sample-dataset'

const dataset = sampleDataset()

describe('sampleCalibration', () => {
  it('mirrors the TSDoc example', () => {
    const turnover = sampleCalibration.find((each) => each.indicator === 'nhs-trust-turnover')
    expect(turnover?.target).toBe(0.17)
  })

  it('has a measure for every target and a target for every measure, each with a source', () => {
    expect(sampleCalibration.map((each) => each.indicator).sort()).toEqual(
      Object.keys(measures).sort(),
    )
    for (const each of sampleCalibration) {
      expect(each.source.length).toBeGreaterThan(10)
      expect(each.tolerance).toBeGreaterThan(0)
      expect(each.tolerance).toBeLessThan(each.target)
    }
  })

  it.each(sampleCalibration.map((each) => [each.indicator, each] as const))(
    '%s: the data meets the target within its tolerance',
    (_indicator, target) => {
      const measure = measures[target.indicator]
      expect(measure).toBeDefined()
      const value = measure?.(dataset) ?? Number.NaN
      expect(Math.abs(value - target.target)).toBeLessThanOrEqual(target.tolerance)
    },
  )
})
