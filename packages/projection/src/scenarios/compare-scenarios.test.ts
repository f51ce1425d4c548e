import { describe, expect, it } from 'vitest'
import { projectWorkforce } from '../project-workforce'
import { applyScenario, safeApplyScenario } from './apply-scenario'
import { compareScenarios, safeCompareScenarios } from './compare-scenarios'
import { reformScenario, retainScenario, trainScenario } from './presets'

const nurses = ['registered-nurse', 'nursing-associate']
const baseline = {
  startMonth: '2026-04',
  horizonMonths: 132,
  rateKind: 'cohort-share' as const,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: nurses },
  stock: [
    {
      place: 'p',
      sector: 'acute',
      staffGroup: 'registered-nurse',
      headcount: 1000,
      ftePerHead: 0.9,
    },
    {
      place: 'p',
      sector: 'acute',
      staffGroup: 'nursing-associate',
      headcount: 50,
      ftePerHead: 0.95,
    },
  ],
  leaverRates: [
    { reason: 'voluntary' as const, ratePerYear: 0.08 },
    { reason: 'retirement' as const, ratePerYear: 0.02 },
  ],
  pipelines: [
    {
      programme: 'bsc-nursing',
      staffGroup: 'registered-nurse',
      durationMonths: 36,
      annualIntake: 150,
      attritionRate: 0.25,
      localUptakeShare: 0.6,
      entryMonth: 9,
    },
    {
      programme: 'na-apprenticeship',
      staffGroup: 'nursing-associate',
      durationMonths: 24,
      annualIntake: 20,
      attritionRate: 0.2,
      localUptakeShare: 0.8,
      entryMonth: 9,
    },
  ],
  demand: {
    baseline: [
      { place: 'p', sector: 'acute', staffGroup: 'registered-nurse', fte: 1000 },
      { place: 'p', sector: 'acute', staffGroup: 'nursing-associate', fte: 50 },
    ],
    growth: [{ ratePerYear: 0.02 }],
  },
  finance: {
    pay: [{ annualPayGbp: '40000', onCostRate: 0.3, bankPremiumRate: 0.1, agencyPremiumRate: 0.6 }],
    gapCover: [{ bankShare: 0.5, agencyShare: 0.2 }],
  },
}

describe('scenarios', () => {
  it('Train, Retain and Reform each close part of the 2036/37 gap', () => {
    const comparison = compareScenarios(baseline, [
      trainScenario(),
      retainScenario(),
      reformScenario(),
    ])
    expect(comparison.scenarios.map((each) => each.id)).toEqual([
      'baseline',
      'train',
      'retain',
      'reform',
    ])
    expect(comparison.financialYears.at(-1)).toBe('2036/37')
    const at = (scenario: string) =>
      comparison.rows.find((row) => row.scenario === scenario && row.financialYear === '2036/37')!
    expect(at('baseline').gapFte).toBeGreaterThan(0)
    expect(at('baseline').difference.gapFte).toBe(0)
    expect(at('train').difference.fte).toBeGreaterThan(0)
    expect(at('retain').difference.fte).toBeGreaterThan(0)
    expect(at('reform').difference.gapFte).toBeLessThan(0)
    // Costs: the Train scenario employs more substantive staff and buys less agency cover.
    expect(at('train').totalCostGbp.toFixed(2)).toMatch(/^\d+\.\d\d$/)
    expect(at('train').difference.totalCostGbp.toNumber()).not.toBeNaN()
  })

  it('Train only lifts supply once the first larger cohort completes', () => {
    const input = applyScenario(baseline, trainScenario({ fromYear: 2026 }))
    const base = projectWorkforce(baseline, { keep: ['staffGroup'] })
    const trained = projectWorkforce(input, { keep: ['staffGroup'] })
    // Registered nurses are group 0: the 2026 cohort completes in August 2029 (month 40).
    const firstDifferent = base.periods.findIndex(
      (_, t) => trained.series.headcount[t * 2]! > base.series.headcount[t * 2]! + 1e-9,
    )
    expect(base.periods[firstDifferent]).toBe('2029-08')
  })

  it('a retention lever ramps leaver rates down linearly', () => {
    const ramped = applyScenario(baseline, retainScenario({ fromMonth: '2026-04', rampMonths: 12 }))
    expect(ramped.leaverRateChanges).toHaveLength(2)
    const base = projectWorkforce(baseline, { keep: [] })
    const retained = projectWorkforce(ramped, { keep: [] })
    const leavers = (result: typeof base, t: number) =>
      result.series.leaversVoluntary[t]! / result.series.headcount[t]!
    expect(leavers(retained, 0)).toBeLessThan(leavers(base, 0))
  })

  it('returns an issue for a lever naming an unknown staff group or programme', () => {
    const unknown = safeApplyScenario(baseline, {
      id: 'x',
      name: 'X',
      levers: [
        {
          type: 'international-recruitment',
          staffGroup: 'gp',
          annualHeadcount: 10,
          fromMonth: '2026-04',
        },
      ],
    })
    expect(unknown.success).toBe(false)
    expect(unknown.issues[0]?.path).toEqual(['scenario', 'levers', 0, 'staffGroup'])
    const programme = safeCompareScenarios(baseline, [
      {
        id: 'y',
        name: 'Y',
        levers: [{ type: 'training-places', programme: 'mbbs', fromYear: 2027, relativeChange: 1 }],
      },
    ])
    // A comparison leaves the lever out with a warning instead of failing every scenario.
    expect(programme.success).toBe(true)
    expect(programme.issues[0]?.path).toEqual(['scenario', 'levers', 0, 'programme'])
    expect(programme.issues[0]?.severity).toBe('warning')
    const reformWithoutAssociates = safeCompareScenarios(
      {
        ...baseline,
        dimensions: { ...baseline.dimensions, staffGroups: ['registered-nurse'] },
        stock: [baseline.stock[0]!],
        pipelines: [baseline.pipelines[0]!],
        demand: { baseline: [baseline.demand.baseline[0]!] },
      },
      [reformScenario()],
    )
    expect(reformWithoutAssociates.success).toBe(true)
    expect(reformWithoutAssociates.issues.map((each) => each.severity)).not.toContain('error')
  })

  it('a new role adds a pipeline and the demand it takes over', () => {
    const input = applyScenario(baseline, {
      id: 'na',
      name: 'Nursing associates',
      levers: [
        {
          type: 'new-role',
          staffGroup: 'nursing-associate',
          sector: 'acute',
          pipeline: {
            programme: 'na-new',
            durationMonths: 24,
            annualIntake: 40,
            attritionRate: 0.1,
            localUptakeShare: 0.9,
            entryMonth: 1,
            fromYear: 2027,
          },
          shift: {
            fromStaffGroup: 'registered-nurse',
            share: 0.1,
            conversion: 1.2,
            fromMonth: '2027-04',
            overMonths: 24,
          },
        },
      ],
    })
    expect(input.pipelines.at(-1)?.intakeChanges).toEqual([{ fromYear: 2027, annualIntake: 40 }])
    expect(input.demand.skillMix[0]?.toStaffGroup).toBe('nursing-associate')
    const result = projectWorkforce(input, { keep: ['staffGroup'] })
    const base = projectWorkforce(baseline, { keep: ['staffGroup'] })
    const last = (result.periods.length - 1) * 2
    // Demand moved: nurses lose 10%, associates gain 10% × 1.2.
    const moved = base.series.demandFte[last]! * 0.1
    expect(result.series.demandFte[last]).toBeCloseTo(base.series.demandFte[last]! - moved, 6)
    expect(result.series.demandFte[last + 1]).toBeCloseTo(
      base.series.demandFte[last + 1]! + moved * 1.2,
      6,
    )
  })
})

describe('a scenario naming a code the projection lacks', () => {
  it('is refused by applyScenario but leaves out just that lever, with a warning, in a comparison', async () => {
    const { safeApplyScenario } = await import('./apply-scenario')
    const { safeCompareScenarios } = await import('./compare-scenarios')
    const { reformScenario } = await import('./presets')
    const input = {
      startMonth: '2026-04',
      horizonMonths: 24,
      rateKind: 'per-person-year' as const,
      dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['registered-nurse'] },
      stock: [
        {
          place: 'p',
          sector: 'acute',
          staffGroup: 'registered-nurse',
          headcount: 100,
          ftePerHead: 1,
        },
      ],
    }
    const reform = reformScenario()
    expect(safeApplyScenario(input, reform).success).toBe(false)
    const comparison = safeCompareScenarios(input, [reform])
    expect(comparison.success).toBe(true)
    const warnings = comparison.issues.filter((each) => each.severity === 'warning')
    expect(warnings.some((each) => /nursing-associate.*left out/.test(each.message))).toBe(true)
    const last = comparison.success
      ? comparison.value.rows.filter((row) => row.financialYear === '2027/28')
      : []
    // The productivity lever still runs: demand falls below the baseline's.
    expect(last[1]!.demandFte).toBeLessThan(last[0]!.demandFte)
  })
})
