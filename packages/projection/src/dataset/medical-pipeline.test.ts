import { sampleDataset } from '@oneworkforce/sample-data'
import { describe, expect, it } from 'vitest'
import { observedJoiners } from '../calibration/hindcast'
import { projectWorkforce } from '../project-workforce'
import { INFLOW_SERIES } from '../result/projection-result'
import { projectionInputFromDataset } from './projection-input-from-dataset'

// The sample's medical pipeline (issue 11, item 6): medical school → resident doctors (newly
// qualified, a real inflow); specialty training to a CCT → consultants and GP specialty
// training → GPs, both transfers out of resident doctors.
const dataset = sampleDataset()
const input = projectionInputFromDataset(dataset, { recruitment: 'fixed' })
const row = (programme: string) => input.pipelines.filter((each) => each.programme === programme)
const completers = (programme: string) =>
  row(programme).reduce(
    (sum, each) => sum + each.annualIntake * (1 - each.attritionRate) * each.localUptakeShare,
    0,
  )
const joinerSeries = INFLOW_SERIES.filter((name) => name.startsWith('joiners'))

describe('the medical pipeline of the sample ICS', () => {
  it('has medical school feeding resident doctors and CCT and GP training moving them on', () => {
    expect(row('medical-school').length).toBeGreaterThan(0)
    expect(row('medical-school').every((each) => each.staffGroup === 'resident-doctor')).toBe(true)
    expect(row('medical-school').every((each) => each.fromStaffGroup === undefined)).toBe(true)
    for (const [programme, target] of [
      ['specialty-training-cct', 'consultant'],
      ['gp-specialty-training', 'gp'],
    ] as const) {
      expect(row(programme).length, programme).toBeGreaterThan(0)
      for (const each of row(programme)) {
        expect(each.staffGroup).toBe(target)
        expect(each.fromStaffGroup).toBe('resident-doctor')
      }
    }
  })

  it('counts nobody twice: the transfers move people without adding joiners or headcount', () => {
    const transfers = new Set(['specialty-training-cct', 'gp-specialty-training'])
    const without = {
      ...input,
      pipelines: input.pipelines.filter((each) => !transfers.has(each.programme)),
    }
    const withThem = projectWorkforce(input, { keep: ['staffGroup'] })
    const withoutThem = projectWorkforce(without, { keep: ['staffGroup'] })
    const n = withThem.groupCount
    const groups = withThem.dimensionValues.staffGroup ?? []
    const total = (result: typeof withThem, name: keyof typeof withThem.series, t: number) => {
      let sum = 0
      for (let g = 0; g < n; g++) sum += result.series[name][t * n + g]!
      return sum
    }
    // Both programmes complete in July (August entry, whole years): the first July of the run.
    const july = withThem.periods.findIndex((month) => month.endsWith('-07'))
    const moved = completers('specialty-training-cct') + completers('gp-specialty-training')
    expect(moved).toBeGreaterThan(100)
    const doctor = groups.indexOf('resident-doctor')
    // All of them, except what a source cell lacks (the engine never moves more than a place's
    // resident doctors of the age band hold).
    const out =
      withThem.series.movesOut[july * n + doctor]! - withoutThem.series.movesOut[july * n + doctor]!
    expect(out).toBeLessThanOrEqual(moved + 1e-6)
    expect(out).toBeGreaterThan(0.99 * moved)
    for (const target of ['consultant', 'gp']) {
      const g = groups.indexOf(target)
      expect(withThem.series.movesIn[july * n + g]!).toBeGreaterThan(
        withoutThem.series.movesIn[july * n + g]!,
      )
    }
    for (let t = 0; t < withThem.periods.length; t++) {
      // Joiners (fixed recruitment) are the same with and without the transfers, every month.
      for (const name of joinerSeries)
        expect(total(withThem, name, t), `${name} ${t}`).toBeCloseTo(total(withoutThem, name, t), 6)
      // Up to the first completion the system's headcount is the same: the move is inside it.
      if (t <= july)
        expect(total(withThem, 'headcount', t)).toBeCloseTo(total(withoutThem, 'headcount', t), 6)
    }
  })

  it("leaves the transfers out of the history's joiners from outside the system", () => {
    // The history records a completer as a resident doctor's move to another post and a newly
    // qualified joiner of the new group; neither is a joiner from outside.
    const year = observedJoiners(dataset, '2025-04', '2026-03')
    const nq = (group: string) =>
      dataset.flows
        .filter(
          (each) =>
            each.direction === 'joiner' &&
            each.reason === 'newly-qualified' &&
            each.staffGroup === group &&
            each.month >= '2025-04' &&
            each.month <= '2026-03',
        )
        .reduce((sum, each) => sum + each.headcount, 0)
    const all = (group: string) =>
      dataset.flows
        .filter(
          (each) =>
            each.direction === 'joiner' &&
            each.staffGroup === group &&
            each.month >= '2025-04' &&
            each.month <= '2026-03',
        )
        .reduce((sum, each) => sum + each.headcount, 0)
    expect(nq('consultant')).toBeGreaterThan(0)
    expect(year.get('consultant')!).toBeLessThanOrEqual(all('consultant') - nq('consultant') + 1e-9)
  })
})
