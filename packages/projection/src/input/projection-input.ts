import {
  codeSchema,
  moneySchema,
  monthSchema,
  nonNegativeSchema,
  rateSchema,
  scenarioSchema,
  skillMixShiftSchema,
  taxonomySchema,
} from '@oneworkforce/schemas'
import * as z from 'zod'

/**
 * Range guards: the largest values an input may hold, far above any real workforce (England's
 * NHS employs about 1.5 million people) but small enough that no product or sum in the engine
 * overflows to Infinity (values near 1e308 are refused with an issue, never projected).
 *
 * @example
 * ```ts
 * import { PROJECTION_LIMITS } from '@oneworkforce/projection'
 *
 * PROJECTION_LIMITS.headcount // 100000000 people in one cell at most
 * ```
 */
export const PROJECTION_LIMITS = {
  /** People in one cell, joiners per year or month of one row. */
  headcount: 1e8,
  /** Training places a year of one programme. */
  annualIntake: 1e7,
  /** FTE of one post's baseline demand. */
  fte: 1e8,
  /** Activity a year of one post, and activity per FTE a year. */
  activity: 1e12,
  /** The smallest activity per FTE a year (demand = activity ÷ it). */
  minActivityPerFte: 1e-6,
  /** Residents of one place and age band. */
  persons: 1e10,
  /** Relative per-capita service use. */
  relativeUse: 1e6,
  /** Annual pay of one FTE in pounds. */
  annualPayGbp: 1e8,
} as const

const atMost = (max: number, what: string) =>
  nonNegativeSchema.max(max, `${what} must be at most ${max.toExponential(0)} (a range guard)`)

/** A filter on cells: each given code narrows the row to cells with that code; omitted means "all". */
const cellFilter = {
  place: codeSchema.optional(),
  sector: codeSchema.optional(),
  staffGroup: codeSchema.optional(),
  ageBand: codeSchema.optional(),
}

/** A filter on posts (place × sector × staff group): demand and finance rows have no age band. */
const postFilter = {
  place: codeSchema.optional(),
  sector: codeSchema.optional(),
  staffGroup: codeSchema.optional(),
}

/**
 * The codes the projection runs over. Cells are the full cross product place × sector × staff
 * group × age band; combinations with no staff simply stay at zero. Leave `ageBands` out to
 * project without an age dimension (no ageing; rows must then not name an age band).
 */
export const projectionDimensionsSchema = z.strictObject({
  places: z.array(codeSchema).min(1),
  sectors: z.array(codeSchema).min(1),
  staffGroups: z.array(codeSchema).min(1),
  ageBands: z.array(codeSchema).min(1).optional(),
})

/** Staff in post at the start of the projection for one cell: headcount and FTE per head. */
export const stockRowSchema = z.strictObject({
  place: codeSchema,
  sector: codeSchema,
  staffGroup: codeSchema,
  ageBand: codeSchema.optional(),
  headcount: atMost(PROJECTION_LIMITS.headcount, 'headcount'),
  /** Participation: FTE per head (0.89 in England's NHS hospital and community services). */
  ftePerHead: z.number().min(0).max(2),
})

/**
 * An annual leaver rate (a fraction, 0.09) for the cells the filter matches and one reason, of
 * the kind the input's `rateKind` states. The most specific row wins for a cell (most filter
 * fields given; ties go to the later row).
 */
export const leaverRateRowSchema = z.strictObject({
  ...cellFilter,
  reason: z.enum(['retirement', 'voluntary', 'other']),
  /** A cohort share is at most 1 (checked against `rateKind`); a rate per person-year may pass 1. */
  ratePerYear: z
    .number()
    .min(0, 'a leaver rate cannot be negative')
    .max(24, 'a leaver rate per person-year must be at most 24 (two a month; a range guard)'),
})

/**
 * Joiners (other than newly qualified, who come from `pipelines`) for a staff group: a volume
 * per year or per month, optionally between two months, spread over the matched cells in
 * proportion to their starting headcount (evenly when they have none).
 */
export const joinerRowSchema = z
  .strictObject({
    ...cellFilter,
    staffGroup: codeSchema,
    reason: z.enum(['international', 'returner', 'other']),
    headcountPerYear: atMost(PROJECTION_LIMITS.headcount, 'headcountPerYear').optional(),
    headcountPerMonth: atMost(PROJECTION_LIMITS.headcount, 'headcountPerMonth').optional(),
    fromMonth: monthSchema.optional(),
    toMonth: monthSchema.optional(),
  })
  .refine((row) => (row.headcountPerYear === undefined) !== (row.headcountPerMonth === undefined), {
    message: 'give exactly one of headcountPerYear or headcountPerMonth',
    path: ['headcountPerYear'],
  })

/**
 * Recruitment that responds to funded vacancies: each month the matched posts recruit
 * `vacancyFillPerMonth` of their opening vacancy (demand FTE − supply FTE, when positive), in
 * headcount at the post's FTE per head, up to the labour-market limit `maxHeadcountPerYear` per
 * post (spread evenly over the months). No vacancy, no recruitment: supply can pass demand only
 * through fixed joiners (international, levers) and newly qualified staff. Recruits join the
 * "other" joiners, spread over age bands by the post's starting headcount. The most specific row
 * wins for a post.
 *
 * @example
 * ```ts
 * import { recruitmentRowSchema } from '@oneworkforce/projection'
 *
 * // Nurses: a fifth of the vacancy filled each month, at most 600 recruits a year per post.
 * recruitmentRowSchema.parse({ staffGroup: 'registered-nurse', vacancyFillPerMonth: 0.2, maxHeadcountPerYear: 600 })
 * ```
 */
export const recruitmentRowSchema = z.strictObject({
  ...postFilter,
  vacancyFillPerMonth: rateSchema,
  maxHeadcountPerYear: atMost(PROJECTION_LIMITS.headcount, 'maxHeadcountPerYear'),
  /** The recruits' age mix (shares, normalised); default the post's starting headcount mix. */
  ageShares: z
    .array(z.strictObject({ ageBand: codeSchema, share: nonNegativeSchema.max(1) }))
    .optional(),
})

/** A change of a training programme's intake for cohorts starting in `fromYear` or later. */
export const intakeChangeSchema = z
  .strictObject({
    fromYear: z.number().int().min(1950).max(2100),
    relativeChange: z.number().min(-1).max(10).optional(),
    annualIntake: atMost(PROJECTION_LIMITS.annualIntake, 'annualIntake').optional(),
  })
  .refine((row) => (row.relativeChange === undefined) !== (row.annualIntake === undefined), {
    message: 'give exactly one of relativeChange or annualIntake',
    path: ['relativeChange'],
  })

/**
 * A training programme: one cohort of `annualIntake` starts each year in `entryMonth`
 * (9 = September); `attritionRate` of it is lost over the course; completers join in the month
 * the course ends (`durationMonths` after entry, counting the entry month), and
 * `localUptakeShare` of them take a job in the system. Cohorts that started before the projection
 * (at the base intake) still complete inside it. Newly qualified staff join `ageBand` (default the
 * youngest band) and are spread over the matched places and sectors by starting headcount.
 */
export const pipelineRowSchema = z.strictObject({
  programme: codeSchema,
  staffGroup: codeSchema,
  place: codeSchema.optional(),
  sector: codeSchema.optional(),
  ageBand: codeSchema.optional(),
  durationMonths: z.number().int().min(1).max(180),
  annualIntake: atMost(PROJECTION_LIMITS.annualIntake, 'annualIntake'),
  attritionRate: rateSchema,
  localUptakeShare: rateSchema,
  entryMonth: z.number().int().min(1).max(12),
  intakeChanges: z.array(intakeChangeSchema).default([]),
  /**
   * Employment-based training (apprenticeships, nursing associates, GP specialty training): the
   * trainees are staff of this group while they train, and completers move from it to
   * `staffGroup` (same place, sector and age band) as a transfer, not as new joiners.
   */
  fromStaffGroup: codeSchema.optional(),
})

/**
 * A "one workforce" move between sectors (within a place, staff group and age band): an outflow
 * of one cell and an inflow of another, never a loss to the system. Give the rate per year
 * (converted to a monthly hazard like leaver rates) or per month.
 */
export const mobilityRowSchema = z
  .strictObject({
    place: codeSchema.optional(),
    staffGroup: codeSchema.optional(),
    fromSector: codeSchema,
    toSector: codeSchema,
    ratePerYear: rateSchema.optional(),
    monthlyRate: rateSchema.optional(),
  })
  .refine((row) => (row.ratePerYear === undefined) !== (row.monthlyRate === undefined), {
    message: 'give exactly one of ratePerYear or monthlyRate',
    path: ['ratePerYear'],
  })

/**
 * Scales annual leaver rates of the matched cells by `1 + relativeChange` (−0.1 = 10% fewer
 * leavers), ramped in linearly over `rampMonths` from `fromMonth`. Several changes compound.
 */
export const leaverRateChangeSchema = z.strictObject({
  ...cellFilter,
  reason: z.enum(['retirement', 'voluntary', 'other']).optional(),
  relativeChange: z.number().min(-1).max(10),
  fromMonth: monthSchema,
  rampMonths: z.number().int().min(0).max(240).default(0),
})

/** Adds `change` to FTE per head of the matched posts, ramped over `rampMonths` from `fromMonth`. */
export const participationChangeSchema = z.strictObject({
  ...postFilter,
  change: z.number().min(-1).max(1),
  fromMonth: monthSchema,
  rampMonths: z.number().int().min(0).max(240).default(0),
})

/** A growth (or productivity) rate per year for the matched posts, from `fromMonth` (default the start). */
export const demandRateRowSchema = z.strictObject({
  ...postFilter,
  ratePerYear: z.number().min(-0.5).max(0.5),
  fromMonth: monthSchema.optional(),
})

/**
 * Demand for FTE per post (place × sector × staff group):
 * `baseline × demographic(t) × (1 + growth)^(t/12) ÷ (1 + productivity)^(t/12)`, then skill-mix
 * shifts. `baseline` is funded establishment FTE at the start (missing posts default to their
 * starting supply FTE: no initial gap); an `activity` row replaces it with activity ÷ activity
 * per FTE. The demographic factor is population by age band weighted by per-capita service use
 * of the staff group, relative to the start month (population is taken at mid-year, 30 June,
 * and interpolated linearly between years; held flat outside the years given).
 */
export const demandSchema = z.strictObject({
  baseline: z
    .array(
      z.strictObject({
        place: codeSchema,
        sector: codeSchema,
        staffGroup: codeSchema,
        fte: atMost(PROJECTION_LIMITS.fte, 'fte'),
      }),
    )
    .default([]),
  activity: z
    .array(
      z.strictObject({
        place: codeSchema,
        sector: codeSchema,
        staffGroup: codeSchema,
        activityPerYear: atMost(PROJECTION_LIMITS.activity, 'activityPerYear'),
        activityPerFtePerYear: z
          .number()
          .min(
            PROJECTION_LIMITS.minActivityPerFte,
            `activityPerFtePerYear must be at least ${PROJECTION_LIMITS.minActivityPerFte} (a range guard: demand is activity ÷ it)`,
          )
          .max(PROJECTION_LIMITS.activity),
      }),
    )
    .default([]),
  population: z
    .array(
      z.strictObject({
        place: codeSchema,
        year: z.number().int().min(1950).max(2100),
        ageBand: codeSchema,
        persons: atMost(PROJECTION_LIMITS.persons, 'persons'),
      }),
    )
    .default([]),
  serviceUse: z
    .array(
      z.strictObject({
        staffGroup: codeSchema,
        sector: codeSchema.optional(),
        ageBand: codeSchema,
        relativeUse: atMost(PROJECTION_LIMITS.relativeUse, 'relativeUse'),
      }),
    )
    .default([]),
  growth: z.array(demandRateRowSchema).default([]),
  productivity: z.array(demandRateRowSchema).default([]),
  skillMix: z.array(skillMixShiftSchema).default([]),
})

/** The cost of one FTE for matched posts (most specific row wins): annual pay in pounds and rates. */
export const payRowSchema = z.strictObject({
  ...postFilter,
  annualPayGbp: z.union([atMost(PROJECTION_LIMITS.annualPayGbp, 'annualPayGbp'), moneySchema]),
  onCostRate: nonNegativeSchema.max(2).default(0),
  bankPremiumRate: nonNegativeSchema.max(5).default(0),
  agencyPremiumRate: nonNegativeSchema.max(5).default(0),
})

/** The shares of a post's shortfall (positive gap) covered by bank and by agency staff. */
export const gapCoverRowSchema = z
  .strictObject({ ...postFilter, bankShare: rateSchema, agencyShare: rateSchema })
  .refine((row) => row.bankShare + row.agencyShare <= 1, {
    message: 'bankShare + agencyShare must not exceed 1',
    path: ['agencyShare'],
  })

/** Pay and gap cover. Costs are at the given prices (real terms): no pay inflation is applied. */
export const financeSchema = z.strictObject({
  pay: z.array(payRowSchema).default([]),
  gapCover: z.array(gapCoverRowSchema).default([]),
})

/**
 * Everything a projection needs: the dimensions, starting stock, flows, demand, finance and an
 * optional scenario, as plain rows. Build one by hand, or from a dataset with
 * `projectionInputFromDataset`.
 *
 * @example
 * ```ts
 * import { projectionInputSchema } from '@oneworkforce/projection'
 *
 * const input = projectionInputSchema.parse({
 *   startMonth: '2025-04',
 *   horizonMonths: 24,
 *   dimensions: { places: ['lambeth'], sectors: ['acute'], staffGroups: ['registered-nurse'] },
 *   stock: [{ place: 'lambeth', sector: 'acute', staffGroup: 'registered-nurse', headcount: 1000, ftePerHead: 0.9 }],
 *   rateKind: 'cohort-share' as const,
 *   leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
 * })
 * input.joiners // []
 * ```
 */
export const projectionInputSchema = z.strictObject({
  taxonomy: taxonomySchema.optional(),
  startMonth: monthSchema,
  horizonMonths: z.number().int().min(1).max(240),
  /**
   * What the annual rates of `leaverRates` and `mobility` (`ratePerYear`) are: `per-person-year`
   * (NHS Digital's leaver rate: leavers in 12 months ÷ mean headcount; monthly probability
   * `1 − exp(−r/12)`, joiners exposed from the day they join) or `cohort-share` (1 − stability
   * index: the share of a closed cohort gone after a year; monthly `1 − (1 − s)^(1/12)`).
   * Required when the input has any annual rate.
   */
  rateKind: z.enum(['per-person-year', 'cohort-share']).optional(),
  dimensions: projectionDimensionsSchema,
  stock: z.array(stockRowSchema),
  leaverRates: z.array(leaverRateRowSchema).default([]),
  leaverRateChanges: z.array(leaverRateChangeSchema).default([]),
  joiners: z.array(joinerRowSchema).default([]),
  recruitment: z.array(recruitmentRowSchema).default([]),
  pipelines: z.array(pipelineRowSchema).default([]),
  ageing: z.enum(['band-width', 'none']).default('band-width'),
  mobility: z.array(mobilityRowSchema).default([]),
  participationChanges: z.array(participationChangeSchema).default([]),
  demand: demandSchema.default({
    baseline: [],
    activity: [],
    population: [],
    serviceUse: [],
    growth: [],
    productivity: [],
    skillMix: [],
  }),
  finance: financeSchema.default({ pay: [], gapCover: [] }),
  scenario: scenarioSchema.optional(),
})

/** A validated projection input (defaults filled in). */
export type ProjectionInput = z.output<typeof projectionInputSchema>
/** A projection input as a caller writes it (optional tables may be left out). */
export type ProjectionInputDraft = z.input<typeof projectionInputSchema>
/** The dimensions of a projection. */
export type ProjectionDimensions = z.output<typeof projectionDimensionsSchema>
/** A starting stock row. */
export type StockRow = z.output<typeof stockRowSchema>
/** An annual leaver rate row. */
export type LeaverRateRow = z.output<typeof leaverRateRowSchema>
/** A scheduled change of leaver rates. */
export type LeaverRateChange = z.output<typeof leaverRateChangeSchema>
/** A joiner volume row. */
export type JoinerRow = z.output<typeof joinerRowSchema>
/** A recruitment row (joiners responding to vacancies). */
export type RecruitmentRow = z.output<typeof recruitmentRowSchema>
/** A training pipeline row. */
export type PipelineRow = z.output<typeof pipelineRowSchema>
/** A change of a programme's intake. */
export type IntakeChange = z.output<typeof intakeChangeSchema>
/** A mobility (move between sectors) row. */
export type MobilityRow = z.output<typeof mobilityRowSchema>
/** A scheduled change of FTE per head. */
export type ParticipationChange = z.output<typeof participationChangeSchema>
/** A demand growth or productivity row. */
export type DemandRateRow = z.output<typeof demandRateRowSchema>
/** The demand assumptions. */
export type DemandAssumptions = z.output<typeof demandSchema>
/** A pay row. */
export type PayRow = z.output<typeof payRowSchema>
/** A gap cover row. */
export type GapCoverRow = z.output<typeof gapCoverRowSchema>
/** The finance assumptions. */
export type FinanceAssumptions = z.output<typeof financeSchema>
