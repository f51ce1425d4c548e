import type { Month, Scenario } from '@oneworkforce/schemas'

/**
 * The NHS sectors of the default taxonomy, where the LTWP's productivity assumption applies. The
 * LTWP (NHS England, 2023) assumes 1.5-2% a year labour productivity for the NHS; it makes no
 * such assumption for adult social care or the voluntary sector, so Reform leaves them alone
 * unless you name them.
 *
 * @example
 * ```ts
 * import { NHS_SECTORS } from '@oneworkforce/projection'
 *
 * NHS_SECTORS.includes('social-care') // false
 * ```
 */
export const NHS_SECTORS: readonly string[] = [
  'acute',
  'community',
  'mental-health',
  'primary-care',
]

/** Options of {@link trainScenario}. */
export interface TrainScenarioOptions {
  /** First intake year with more places (default 2026, cohorts starting in 2026 and later). */
  readonly fromYear?: number
  /** Relative change in training places (default 0.25: 25% more). */
  readonly relativeChange?: number
  /** Staff groups whose pipelines grow (default every pipeline). */
  readonly staffGroups?: readonly string[]
}

/**
 * The LTWP's **Train** action as a scenario: more training places from an intake year on.
 * Default assumptions: +25% intake on every training pipeline for cohorts starting in 2026 or
 * later (the LTWP doubles medical school places to 15,000 and raises nursing places to about
 * 53,900 by 2031/32, phased in; a 25% rise is a moderate local share of that). Supply grows only
 * when those cohorts complete (e.g. three years later for a nursing degree).
 *
 * @example
 * ```ts
 * import { trainScenario } from '@oneworkforce/projection'
 *
 * trainScenario().levers // [{ type: 'training-places', fromYear: 2026, relativeChange: 0.25 }]
 * ```
 */
export function trainScenario(options: TrainScenarioOptions = {}): Scenario {
  const fromYear = options.fromYear ?? 2026
  const relativeChange = options.relativeChange ?? 0.25
  const levers: Scenario['levers'] = options.staffGroups
    ? options.staffGroups.map((staffGroup) => ({
        type: 'training-places' as const,
        staffGroup,
        fromYear,
        relativeChange,
      }))
    : [{ type: 'training-places', fromYear, relativeChange }]
  return {
    id: 'train',
    name: 'Train',
    description: `Training places ${relativeChange >= 0 ? '+' : ''}${Math.round(relativeChange * 100)}% for cohorts from ${fromYear}`,
    levers,
  }
}

/** Options of {@link retainScenario}. */
export interface RetainScenarioOptions {
  /** Month the change starts (default 2026-04). */
  readonly fromMonth?: Month
  /** Relative change in leaver rates (default −0.1: 10% fewer leavers). */
  readonly relativeChange?: number
  /** Months to reach the full change (default 24). */
  readonly rampMonths?: number
  /** Limit to one leaver reason (default voluntary and other leaving, not retirement). */
  readonly reasons?: readonly ('retirement' | 'voluntary' | 'other')[]
}

/**
 * The LTWP's **Retain** action as a scenario: lower leaver rates, ramped in. Default
 * assumptions: voluntary and other leaver rates −10%, reached linearly over 24 months from April
 * 2026; retirement is left alone (it is driven by age; the LTWP's retire-and-return measures can
 * be modelled with `reasons: ['retirement']`). The LTWP aims to cut NHS leaver rates from about
 * 9.4% towards 7.4-8.2%, a reduction of 13-21%; 10% is a cautious local assumption.
 *
 * @example
 * ```ts
 * import { retainScenario } from '@oneworkforce/projection'
 *
 * retainScenario().levers.length // 2 (voluntary and other)
 * ```
 */
export function retainScenario(options: RetainScenarioOptions = {}): Scenario {
  const relativeChange = options.relativeChange ?? -0.1
  const rampMonths = options.rampMonths ?? 24
  const fromMonth = options.fromMonth ?? '2026-04'
  const reasons = options.reasons ?? ['voluntary', 'other']
  return {
    id: 'retain',
    name: 'Retain',
    description: `Leaver rates (${reasons.join(', ')}) ${Math.round(relativeChange * 100)}% over ${rampMonths} months from ${fromMonth}`,
    levers: reasons.map((reason) => ({
      type: 'retention' as const,
      reason,
      relativeChange,
      fromMonth,
      rampMonths,
    })),
  }
}

/** Options of {@link reformScenario}. */
export interface ReformScenarioOptions {
  /** Month productivity gains and the skill-mix shift start (default 2026-04). */
  readonly fromMonth?: Month
  /** Productivity growth per year reducing demand (default 0.015). */
  readonly productivityPerYear?: number
  /**
   * A skill-mix shift to a new role (default: 5% of registered-nurse demand moved to nursing
   * associates over 36 months, one for one), or `false` for none.
   */
  readonly skillMix?:
    | {
        readonly fromStaffGroup: string
        readonly toStaffGroup: string
        readonly share: number
        readonly conversion?: number
        readonly overMonths?: number
      }
    | false
  /** Relative change in training places for the receiving role's pipelines (default +1: doubled from 2026). */
  readonly newRoleTraining?: number
  /** Sectors whose demand the productivity gain reduces (default `NHS_SECTORS`). */
  readonly productivitySectors?: readonly string[]
}

/**
 * The LTWP's **Reform** action as a scenario: productivity and new roles. Default assumptions:
 * labour productivity 1.5% a year from April 2026 in the NHS sectors (the LTWP assumes 1.5-2%
 * for the NHS; none for social care or the voluntary sector), reducing demand;
 * 5% of registered-nurse demand moved to nursing associates over 36 months one for one; and
 * nursing-associate training places doubled from 2026 so the new role has supply. Skill-mix
 * shifts need both staff groups in the projection's dimensions.
 *
 * @example
 * ```ts
 * import { reformScenario } from '@oneworkforce/projection'
 *
 * reformScenario({ skillMix: false, productivitySectors: ['acute'] }).levers
 * // [{ type: 'productivity', sector: 'acute', ratePerYear: 0.015, fromMonth: '2026-04' }]
 * ```
 */
export function reformScenario(options: ReformScenarioOptions = {}): Scenario {
  const fromMonth = options.fromMonth ?? '2026-04'
  const levers: Scenario['levers'] = (options.productivitySectors ?? NHS_SECTORS).map((sector) => ({
    type: 'productivity' as const,
    sector,
    ratePerYear: options.productivityPerYear ?? 0.015,
    fromMonth,
  }))
  const shift =
    options.skillMix === undefined
      ? { fromStaffGroup: 'registered-nurse', toStaffGroup: 'nursing-associate', share: 0.05 }
      : options.skillMix
  if (shift) {
    levers.push({
      type: 'skill-mix',
      fromStaffGroup: shift.fromStaffGroup,
      toStaffGroup: shift.toStaffGroup,
      share: shift.share,
      conversion: shift.conversion ?? 1,
      fromMonth,
      overMonths: shift.overMonths ?? 36,
    })
    levers.push({
      type: 'training-places',
      staffGroup: shift.toStaffGroup,
      fromYear: Number(fromMonth.slice(0, 4)),
      relativeChange: options.newRoleTraining ?? 1,
    })
  }
  return {
    id: 'reform',
    name: 'Reform',
    description: 'Productivity gains and a skill-mix shift to a new role',
    levers,
  }
}

/**
 * Train, Retain and Reform together: the levers of `trainScenario()`, `retainScenario()` and
 * `reformScenario()` with their default assumptions, in one scenario. Retention levers on the
 * same cell add (never compound).
 *
 * @example
 * ```ts
 * import { trainRetainReformScenario } from '@oneworkforce/projection'
 *
 * trainRetainReformScenario().id // 'train-retain-reform'
 * ```
 */
export function trainRetainReformScenario(): Scenario {
  return {
    id: 'train-retain-reform',
    name: 'Train, Retain and Reform',
    description: 'The Train, Retain and Reform presets together',
    levers: [...trainScenario().levers, ...retainScenario().levers, ...reformScenario().levers],
  }
}
