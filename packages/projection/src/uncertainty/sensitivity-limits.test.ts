import { describe, expect, it } from 'vitest'
import { safeSobolIndices, safeTornado } from './sensitivity'

const parameters = [
  { id: 'a', distribution: { type: 'uniform' as const, min: 0, max: 1 } },
  { id: 'b', distribution: { type: 'uniform' as const, min: 0, max: 1 } },
]

describe('sobolIndices size guard (issue 15, finding 5)', () => {
  it('refuses samples = 1e9 with too_large before running or allocating', () => {
    let runs = 0
    const result = safeSobolIndices({
      parameters,
      model: ([a = 0, b = 0]) => {
        runs += 1
        return a + b
      },
      samples: 1e9,
    })
    expect(result.success).toBe(false)
    expect(result.issues.map((each) => [each.code, each.path])).toEqual([
      ['too_large', ['samples']],
    ])
    expect(runs).toBe(0)
  })

  it('accepts the largest analysis within the limit of 10,000,000 model runs', () => {
    // 2,500,000 × (2 + 2) = 10,000,000 runs is exactly the limit; one more sample is over it.
    const over = safeSobolIndices({ parameters, model: () => 0, samples: 2_500_001 })
    expect(over.issues[0]?.code).toBe('too_large')
    const small = safeSobolIndices({
      parameters,
      model: ([a = 0, b = 0]) => a + 2 * b,
      samples: 64,
    })
    expect(small.success).toBe(true)
  })
})

describe('sensitivity options that are not what they should be are issues, not TypeErrors', () => {
  it('names missing options, a model that is not a function and a parameter without a distribution', () => {
    for (const run of [safeSobolIndices, safeTornado]) {
      expect(run(undefined as never).issues.map((each) => [each.code, each.path])).toEqual([
        ['invalid_type', ['options']],
      ])
      const bad = run({ parameters: [{ id: 'a', distribution: null }], model: 'x' } as never)
      expect(bad.issues.map((each) => [each.code, each.path])).toEqual([
        ['invalid_type', ['model']],
        ['invalid_value', ['parameters', 0, 'distribution']],
      ])
    }
  })
})
