import { describe, expect, it } from 'vitest'
import { portfolioItemSchema } from '../budget/select-portfolio'
import { preferenceFunctionSchema } from '../methods/preference-function'
import { aggregatePriorities } from '../weights/group-judgements'
import { randomIndexTables } from '../weights/random-index'
import { criterionSchema, levelDescriptorSchema } from './criterion-schema'
import { fourTestsCodes, fourTestsCriteria } from './four-tests'

// Mirrors the @example blocks of the schema and constant exports.
describe('documented examples', () => {
  it('parse the schemas shown in the TSDoc', () => {
    expect(
      levelDescriptorSchema.parse({ level: 5, text: 'Closes a large share of a system-wide gap' })
        .level,
    ).toBe(5)
    expect(
      criterionSchema.parse({
        code: 'risk',
        label: 'Delivery risk',
        description: 'How likely delivery is to slip',
        direction: 'cost',
        scale: { min: 1, max: 5 },
      }).direction,
    ).toBe('cost')
    expect(preferenceFunctionSchema.parse({ type: 'linear', q: 0.5, p: 2 }).type).toBe('linear')
    expect(
      portfolioItemSchema.parse({
        id: 'hub-phase-2',
        costGbp: '250000',
        value: 0.6,
        dependsOn: ['hub'],
      }).dependsOn,
    ).toEqual(['hub'])
  })

  it('show the constants', () => {
    expect(fourTestsCodes[0]).toBe('size-of-opportunity')
    expect(fourTestsCriteria.map((criterion) => criterion.label)).toEqual([
      'Size of the opportunity',
      'Need for collaboration',
      'Feasibility',
      'Strategic coherence',
    ])
    expect(randomIndexTables.saaty[3]).toBe(0.9)
    expect(
      aggregatePriorities([
        { a: 0.5, b: 0.5 },
        { a: 0.5, b: 0.5 },
      ]),
    ).toEqual({ a: 0.5, b: 0.5 })
  })
})
