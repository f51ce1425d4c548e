import { sampleDataset } from '@oneworkforce/sample-data'
import { addMonths } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { projectionInputFromDataset } from '../dataset/projection-input-from-dataset'
import { projectWorkforce } from '../project-workforce'
import { hindcast, observedLeavers } from './hindcast'

const dataset = sampleDataset()

describe('hindcast of the input the demo projects (issue 11 acceptance)', () => {
  const result = hindcast(dataset, 24, 12)

  it('fits on 24 months and projects 12: staff in post MAPE ≤ 2%, leavers ±3%, joiners ±5%', () => {
    expect(result.mape).toBeLessThanOrEqual(0.02)
    expect(Math.abs(result.leavers)).toBeLessThanOrEqual(0.03)
    expect(Math.abs(result.joiners)).toBeLessThanOrEqual(0.05)
  })

  // The sample's history takes its newly qualified cohorts from the training pipelines, rotates
  // resident doctors between trusts (transfers inside the system) and moves completers of
  // employment-based programmes between staff groups, as the projection does.
  it('keeps every staff group of 50 or more within 5%, with vacancy-led and with fixed joiners', () => {
    for (const each of result.byStaffGroup)
      if (each.headcount >= 50) expect(each.error, each.group).toBeLessThanOrEqual(0.05)
    const fixed = hindcast(dataset, 24, 12, { recruitment: 'fixed' })
    for (const each of fixed.byStaffGroup)
      if (each.headcount >= 50) expect(each.error, each.group).toBeLessThanOrEqual(0.05)
    expect(fixed.mape).toBeLessThanOrEqual(0.02)
  })

  it("projects the first year's leavers within 3% of the last observed year's, in total", () => {
    const input = projectionInputFromDataset(dataset)
    const projection = projectWorkforce(input, { keep: [] })
    let projected = 0
    for (let t = 0; t < 12; t++)
      projected +=
        projection.series.leaversRetirement[t]! +
        projection.series.leaversVoluntary[t]! +
        projection.series.leaversOther[t]!
    const seen = observedLeavers(
      dataset,
      addMonths(input.startMonth, -12),
      addMonths(input.startMonth, -1),
    )
    const observed = [...seen.values()].reduce((a, b) => a + b, 0)
    expect(Math.abs(projected / observed - 1)).toBeLessThanOrEqual(0.03)
  })

  // By staff group, every group with 100 or more leavers a year is within 3% except direct
  // patient care staff (+5.1%, 181 leavers): the sample grows them 8% a year (the primary care
  // roles), so the first projected year holds about 5% more of them than the last observed year
  // (mean 1,142 against 1,088) and the same rates give more leavers. Kept visible below.
  const firstYearLeavers = () => {
    const input = projectionInputFromDataset(dataset)
    const projection = projectWorkforce(input, { keep: ['staffGroup'] })
    const seen = observedLeavers(
      dataset,
      addMonths(input.startMonth, -12),
      addMonths(input.startMonth, -1),
    )
    const groups = projection.dimensionValues.staffGroup ?? []
    return groups.flatMap((group, g) => {
      const observed = seen.get(group) ?? 0
      if (observed < 100) return []
      let projected = 0
      for (let t = 0; t < 12; t++) {
        const k = t * projection.groupCount + g
        projected +=
          projection.series.leaversRetirement[k]! +
          projection.series.leaversVoluntary[k]! +
          projection.series.leaversOther[k]!
      }
      return [{ group, error: projected / observed - 1 }]
    })
  }

  it.fails("projects every large staff group's first-year leavers within 3% of the last observed year's", () => {
    for (const each of firstYearLeavers())
      expect(Math.abs(each.error), each.group).toBeLessThanOrEqual(0.03)
  })

  it("projects each other large staff group's first-year leavers within 3%, resident doctors included", () => {
    const known = new Set(['direct-patient-care'])
    const rows = firstYearLeavers()
    expect(rows.map((each) => each.group)).toContain('resident-doctor')
    for (const each of rows)
      if (!known.has(each.group)) expect(Math.abs(each.error), each.group).toBeLessThanOrEqual(0.03)
  })
})
