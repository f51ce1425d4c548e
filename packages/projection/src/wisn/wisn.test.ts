import { describe, expect, it } from 'vitest'
import { safeWisn, wisn } from './wisn'

// Burmen B, Owuor N, Mitei P (2017) "An assessment of staffing needs at a HIV clinic in a
// Western Kenya using the WHO workload indicators of staffing need WISN, 2011", Human
// Resources for Health 15:9: 10,000 patients × 10 visits × 0.25 h = 25,000 h = 3,125 eight-hour
// days; AWT = 4.5 days × 52 − 10 − 30 − 15 = 179 days; workload-only requirement 17.46 staff.
const burmen = {
  workingDaysPerWeek: 4.5,
  publicHolidayDays: 10,
  annualLeaveDays: 30,
  sickLeaveDays: 15,
  activities: [{ activity: 'clinic-visit', annualWorkload: 100_000, hoursPerUnit: 0.25 }],
}

describe('wisn', () => {
  it('reproduces Burmen et al. 2017: AWT 179 days and 17.46 staff for workload alone', () => {
    const result = wisn(burmen)
    expect(result.availableWorkingDays).toBe(179)
    expect(result.availableWorkingHours).toBe(1432)
    expect(result.activities[0]?.standardWorkload).toBeCloseTo(5728, 9)
    expect(result.workloadStaff).toBeCloseTo(3125 / 179, 12)
    expect(result.workloadStaff.toFixed(2)).toBe('17.46')
    expect(result.categoryAllowanceFactor).toBe(1)
    expect(result.requiredStaff).toBeCloseTo(17.4581, 4)
  })

  it('applies CAF = 1/(1 − Σ%/100) and IAF = individual time ÷ AWT', () => {
    const result = wisn({
      ...burmen,
      categoryAllowances: [
        { activity: 'meetings', percentOfWorkingTime: 10 },
        { activity: 'records', percentOfWorkingTime: 10 },
      ],
      individualAllowances: [{ activity: 'supervision', staff: 2, hoursPerYearEach: 716 }],
      existingStaff: 12,
    })
    expect(result.categoryAllowanceFactor).toBeCloseTo(1.25, 12)
    expect(result.individualAllowanceFactor).toBeCloseTo(1, 12)
    const required = (3125 / 179) * 1.25 + 1
    expect(result.requiredStaff).toBeCloseTo(required, 12)
    expect(result.wisnRatio).toBeCloseTo(12 / required, 12)
    expect(result.shortfallStaff).toBeCloseTo(required - 12, 12)
  })

  it('returns issues for leave that uses up the year, allowances of 100% and bad fields', () => {
    const noTime = safeWisn({ ...burmen, annualLeaveDays: 300 })
    expect(noTime.success).toBe(false)
    expect(noTime.issues[0]?.path).toEqual(['annualLeaveDays'])
    const allAllowance = safeWisn({
      ...burmen,
      categoryAllowances: [
        { activity: 'a', percentOfWorkingTime: 60 },
        { activity: 'b', percentOfWorkingTime: 40 },
      ],
    })
    expect(allAllowance.success).toBe(false)
    expect(safeWisn({ ...burmen, workingDaysPerYear: 200 }).success).toBe(false)
    const negative = safeWisn({
      ...burmen,
      activities: [{ activity: 'v', annualWorkload: -1, hoursPerUnit: 1 }],
    })
    expect(negative.success).toBe(false)
    expect(negative.issues[0]?.path).toEqual(['activities', 0, 'annualWorkload'])
    expect(() => wisn({})).toThrow()
  })
})
