import { describe, expect, it } from 'vitest'
import { criteriaSchema } from './criterion-schema'
import { defineCriteria, safeDefineCriteria } from './define-criteria'
import { fourTestsCodes, fourTestsCriteria } from './four-tests'

describe('criteria', () => {
  it('ships the four tests with a descriptor for every level of a 1-5 scale', () => {
    expect(fourTestsCriteria.map((criterion) => criterion.code)).toEqual([...fourTestsCodes])
    expect(fourTestsCriteria.map((criterion) => criterion.label)).toEqual([
      'Size of the opportunity',
      'Need for collaboration',
      'Feasibility',
      'Strategic coherence',
    ])
    for (const criterion of fourTestsCriteria) {
      expect(criterion.descriptors?.map((each) => each.level)).toEqual([1, 2, 3, 4, 5])
    }
    expect(criteriaSchema.parse(fourTestsCriteria)).toHaveLength(4)
  })

  it('adds criteria to the four tests or replaces them (documented examples)', () => {
    const added = safeDefineCriteria({
      add: [
        {
          code: 'train-retain-reform',
          label: 'Train / Retain / Reform',
          description: 'Fit with the national plan',
          direction: 'benefit',
          scale: { min: 1, max: 5 },
        },
      ],
    })
    expect(added.success && added.value.length).toBe(5)
    const withCost = defineCriteria({
      add: [
        {
          code: 'cost-to-system',
          label: 'Cost to the system',
          description: 'Recurrent cost',
          direction: 'cost',
          scale: { min: 1, max: 5 },
        },
      ],
    })
    expect(withCost.at(-1)?.direction).toBe('cost')
    const replaced = defineCriteria({
      base: [
        {
          code: 'x',
          label: 'X',
          description: '',
          direction: 'benefit',
          scale: { min: 0, max: 10 },
        },
      ],
    })
    expect(replaced).toHaveLength(1)
  })

  it('names the criterion at fault', () => {
    const clash = safeDefineCriteria({ add: [fourTestsCriteria[0]] })
    expect(clash.success).toBe(false)
    expect(clash.issues[0]?.message).toMatch(/criteria\[4\].*more than once/)
    const badScale = safeDefineCriteria({
      base: [
        { code: 'x', label: 'X', description: '', direction: 'benefit', scale: { min: 5, max: 1 } },
      ],
    })
    expect(badScale.issues[0]?.message).toMatch(/scale.max/)
    const badDirection = safeDefineCriteria({
      base: [
        { code: 'x', label: 'X', description: '', direction: 'up', scale: { min: 1, max: 5 } },
      ],
    })
    expect(badDirection.success).toBe(false)
    expect(safeDefineCriteria({ base: [] }).success).toBe(false)
  })
})
