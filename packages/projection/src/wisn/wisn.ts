import {
  codeSchema,
  issue,
  nonNegativeSchema,
  type Result,
  resultFrom,
  safeValidate,
  unwrapResult,
} from '@oneworkforce/schemas'
import * as z from 'zod'

/**
 * The inputs of a WISN calculation for one staff category at one facility (WHO, Workload
 * Indicators of Staffing Need, user's manual 2010). Time is in days of `hoursPerDay` hours.
 */
export const wisnInputSchema = z
  .strictObject({
    /** Working days in a year, or give `workingDaysPerWeek` (× `weeksPerYear`). */
    workingDaysPerYear: z.number().positive().max(366).optional(),
    workingDaysPerWeek: z.number().positive().max(7).optional(),
    weeksPerYear: z.number().positive().max(53).default(52),
    /** Working hours in a day (default 8). */
    hoursPerDay: z.number().positive().max(24).default(8),
    /** Days a year each member of staff is away: public holidays, annual leave, sick and other leave. */
    publicHolidayDays: nonNegativeSchema.default(0),
    annualLeaveDays: nonNegativeSchema.default(0),
    sickLeaveDays: nonNegativeSchema.default(0),
    otherLeaveDays: nonNegativeSchema.default(0),
    /** Health service activities: annual workload (units) and the time one unit takes, in hours. */
    activities: z
      .array(
        z.strictObject({
          activity: codeSchema,
          annualWorkload: nonNegativeSchema,
          hoursPerUnit: z.number().positive(),
        }),
      )
      .min(1),
    /** Support activities done by all staff, as a percentage of working time (the WHO's CAS %). */
    categoryAllowances: z
      .array(
        z.strictObject({ activity: codeSchema, percentOfWorkingTime: z.number().min(0).max(99) }),
      )
      .default([]),
    /** Additional activities done by some staff: how many do it and hours a year each. */
    individualAllowances: z
      .array(
        z.strictObject({
          activity: codeSchema,
          staff: nonNegativeSchema,
          hoursPerYearEach: nonNegativeSchema,
        }),
      )
      .default([]),
    /** Staff in post (for the WISN ratio). */
    existingStaff: nonNegativeSchema.optional(),
  })
  .refine(
    (row) => (row.workingDaysPerYear === undefined) !== (row.workingDaysPerWeek === undefined),
    {
      message: 'give exactly one of workingDaysPerYear or workingDaysPerWeek',
      path: ['workingDaysPerYear'],
    },
  )

/** A WISN input as a caller writes it. */
export type WisnInput = z.input<typeof wisnInputSchema>

/** The result of a WISN calculation. */
export interface WisnResult {
  /** Available working time (AWT) per member of staff, in days and hours. */
  readonly availableWorkingDays: number
  readonly availableWorkingHours: number
  /** Per activity: standard workload (units one member of staff can do in a year) and staff needed. */
  readonly activities: readonly {
    readonly activity: string
    readonly standardWorkload: number
    readonly requiredStaff: number
  }[]
  /** Staff needed for health service activities alone: Σ workload ÷ standard workload. */
  readonly workloadStaff: number
  /** Category allowance factor: 1 / (1 − total category allowance % / 100). */
  readonly categoryAllowanceFactor: number
  /** Individual allowance factor: total individual allowance time ÷ AWT (in staff). */
  readonly individualAllowanceFactor: number
  /** Required staff = workload staff × CAF + IAF. */
  readonly requiredStaff: number
  /** Existing ÷ required (below 1: a shortage), when `existingStaff` is given. */
  readonly wisnRatio?: number
  /** Required − existing (positive: a shortage), when `existingStaff` is given. */
  readonly shortfallStaff?: number
}

/**
 * WISN (WHO Workload Indicators of Staffing Need), returning issues instead of throwing (for
 * example when leave takes up the whole working year).
 *
 * @example
 * ```ts
 * import { safeWisn } from '@oneworkforce/projection'
 *
 * const result = safeWisn({
 *   workingDaysPerYear: 20, annualLeaveDays: 25,
 *   activities: [{ activity: 'visit', annualWorkload: 100, hoursPerUnit: 1 }],
 * })
 * result.success // false: no working time is left
 * ```
 */
export function safeWisn(input: WisnInput | unknown): Result<WisnResult> {
  const parsed = safeValidate(wisnInputSchema, input)
  if (!parsed.success) return parsed as Result<never>
  const value = parsed.value
  const workingDays =
    value.workingDaysPerYear ?? (value.workingDaysPerWeek ?? 0) * value.weeksPerYear
  const availableWorkingDays =
    workingDays -
    (value.publicHolidayDays + value.annualLeaveDays + value.sickLeaveDays + value.otherLeaveDays)
  const totalCategory = value.categoryAllowances.reduce(
    (sum, row) => sum + row.percentOfWorkingTime,
    0,
  )
  const issues = []
  if (!(availableWorkingDays > 0))
    issues.push(
      issue(
        'out_of_range',
        `leave (${workingDays - availableWorkingDays} days) takes up all ${workingDays} working days: no available working time`,
        ['annualLeaveDays'],
      ),
    )
  if (totalCategory >= 100)
    issues.push(
      issue(
        'out_of_range',
        `category allowances add up to ${totalCategory}% of working time; they must be below 100%`,
        ['categoryAllowances'],
      ),
    )
  if (issues.length > 0) return resultFrom(undefined as never, issues)
  const availableWorkingHours = availableWorkingDays * value.hoursPerDay
  const activities = value.activities.map((row) => {
    const standardWorkload = availableWorkingHours / row.hoursPerUnit
    return {
      activity: row.activity,
      standardWorkload,
      requiredStaff: row.annualWorkload / standardWorkload,
    }
  })
  const workloadStaff = activities.reduce((sum, row) => sum + row.requiredStaff, 0)
  const categoryAllowanceFactor = 1 / (1 - totalCategory / 100)
  const individualHours = value.individualAllowances.reduce(
    (sum, row) => sum + row.staff * row.hoursPerYearEach,
    0,
  )
  const individualAllowanceFactor = individualHours / availableWorkingHours
  const requiredStaff = workloadStaff * categoryAllowanceFactor + individualAllowanceFactor
  const existing = value.existingStaff
  return resultFrom(
    {
      availableWorkingDays,
      availableWorkingHours,
      activities,
      workloadStaff,
      categoryAllowanceFactor,
      individualAllowanceFactor,
      requiredStaff,
      ...(existing !== undefined && requiredStaff > 0
        ? { wisnRatio: existing / requiredStaff, shortfallStaff: requiredStaff - existing }
        : {}),
    },
    [],
  )
}

/**
 * Staffing need from workload by the WHO's WISN method:
 *
 * ```
 * AWT  = working days − (public holidays + annual leave + sick leave + other leave)
 * standard workload_i = AWT (hours) ÷ hours per unit of activity i
 * CAF  = 1 / (1 − total category allowance % / 100)
 * IAF  = total individual allowance time ÷ AWT
 * required staff = Σ (annual workload_i ÷ standard workload_i) × CAF + IAF
 * WISN ratio = existing staff ÷ required staff   (below 1: a shortage)
 * ```
 *
 * Source: WHO (2010) Workload Indicators of Staffing Need, user's manual; worked case from
 * Burmen et al. (2017) Human Resources for Health 15:9 (an HIV clinic: 17.46 staff for
 * workload alone).
 *
 * @example
 * ```ts
 * import { wisn } from '@oneworkforce/projection'
 *
 * // Burmen et al. 2017: 10,000 patients × 10 visits × 15 minutes; 4.5 days a week.
 * const result = wisn({
 *   workingDaysPerWeek: 4.5, publicHolidayDays: 10, annualLeaveDays: 30, sickLeaveDays: 15,
 *   activities: [{ activity: 'clinic-visit', annualWorkload: 100_000, hoursPerUnit: 0.25 }],
 * })
 * result.availableWorkingDays // 179
 * result.workloadStaff // 17.458...
 * ```
 */
export function wisn(input: WisnInput | unknown): WisnResult {
  return unwrapResult(safeWisn(input))
}
