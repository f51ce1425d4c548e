import { sampleDataset } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { safeBackTest } from '../calibration/back-test'
import { safeEstimateJoinerVolumes, safeEstimateLeaverRates } from '../calibration/estimate-rates'
import { safeReconcileFlows } from '../calibration/reconcile-flows'
import { safeProjectionInputFromDataset } from '../dataset/projection-input-from-dataset'
import { projectWorkforce } from '../project-workforce'
import { safeAggregateProjection } from '../result/aggregate-projection'
import { safeFlowWaterfall } from '../result/flow-waterfall'

const dataset = sampleDataset()
const projection = projectWorkforce(
  {
    startMonth: '2025-04',
    horizonMonths: 3,
    dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
    stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
  },
  { keep: ['staffGroup'] },
)

type Outcome = { success: boolean; issues: readonly { code: string; path: readonly unknown[] }[] }
const named = (outcome: Outcome) => {
  expect(outcome.success).toBe(false)
  return outcome.issues.map((each) => [each.code, each.path])
}

describe('garbage arguments to the calibration, dataset and result helpers are named issues', () => {
  it('safeBackTest: options missing or without fitMonths', () => {
    expect(named(safeBackTest(dataset, undefined as never))).toEqual([
      ['invalid_type', ['options']],
    ])
    expect(named(safeBackTest(dataset, {} as never))).toEqual([['required', ['fitMonths']]])
    expect(named(safeBackTest(null as never, { fitMonths: 12 }))).toEqual([
      ['invalid_type', ['dataset']],
    ])
  })

  it('safeEstimateLeaverRates and safeEstimateJoinerVolumes: options of the wrong kind', () => {
    for (const estimate of [safeEstimateLeaverRates, safeEstimateJoinerVolumes]) {
      expect(named(estimate(dataset, null as never))).toEqual([['invalid_type', ['options']]])
      expect(named(estimate(dataset, { byReason: 'yes', lastMonth: 'garbage' } as never))).toEqual([
        ['invalid_type', ['byReason']],
        ['invalid_value', ['lastMonth']],
      ])
      expect(named(estimate({ ...dataset, flows: 'x' } as never))).toEqual([
        ['invalid_type', ['flows']],
      ])
    }
  })

  it('safeReconcileFlows: a tolerance that is not a number, a dataset without tables', () => {
    expect(named(safeReconcileFlows(dataset, { toleranceHeadcount: 'x' } as never))).toEqual([
      ['invalid_type', ['toleranceHeadcount']],
    ])
    expect(named(safeReconcileFlows({} as never)).map(([code]) => code)).toContain('required')
  })

  it('safeProjectionInputFromDataset: a start month that is not a month, an unknown recruitment', () => {
    expect(
      named(safeProjectionInputFromDataset(dataset, { startMonth: 'garbage' } as never)),
    ).toEqual([['invalid_value', ['startMonth']]])
    expect(named(safeProjectionInputFromDataset(dataset, { recruitment: 'any' } as never))).toEqual(
      [['invalid_value', ['recruitment']]],
    )
    expect(named(safeProjectionInputFromDataset(dataset, 'x' as never))).toEqual([
      ['invalid_type', ['options']],
    ])
  })

  it('safeAggregateProjection: a result that is not one, a keep that is not a list', () => {
    expect(named(safeAggregateProjection(undefined as never))).toEqual([
      ['invalid_type', ['result']],
    ])
    expect(named(safeAggregateProjection(projection, { keep: 'staffGroup' } as never))).toEqual([
      ['invalid_type', ['keep']],
    ])
    expect(
      named(safeAggregateProjection(projection, { filter: { staffGroup: 3 } } as never)),
    ).toEqual([['invalid_type', ['filter', 'staffGroup']]])
  })

  it('safeFlowWaterfall: options that are not an object, a from that is not a month', () => {
    expect(named(safeFlowWaterfall(projection, null as never))).toEqual([
      ['invalid_type', ['options']],
    ])
    expect(named(safeFlowWaterfall(projection, { from: 'garbage' } as never))).toEqual([
      ['invalid_value', ['from']],
    ])
    expect(named(safeFlowWaterfall({ periods: 'x' } as never)).length).toBeGreaterThan(0)
  })

  it('still succeeds on well-formed arguments', () => {
    expect(safeEstimateLeaverRates(dataset, { byReason: false }).success).toBe(true)
    expect(safeFlowWaterfall(projection).success).toBe(true)
    expect(safeAggregateProjection(projection).success).toBe(true)
  })
})
