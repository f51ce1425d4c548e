import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as benchmarking from './index'

// The package's promise: every `safe` export returns a Result for any input, data and options
// alike, and never throws. The exports are read from the module namespace, so a new `safe`
// export is covered without a new test (issue 13, "Bad input").
const safeExports = Object.entries(benchmarking)
  .filter(([name, value]) => /^safe[A-Z]/.test(name) && typeof value === 'function')
  .map(([name, value]) => ({ name, call: value as (...args: unknown[]) => unknown }))

const named: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  -1,
  'x',
  [],
  {},
  [null],
  [[null]],
  { value: null },
  [{ unit: null, month: null }],
  { rules: null, counts: null, type: null },
  Number.POSITIVE_INFINITY,
  '',
  0,
  true,
]
const garbage = fc.oneof(
  fc.constantFrom(...named),
  fc.anything({ maxDepth: 2, maxKeys: 3, withNullPrototype: true, withBoxedValues: true }),
)

function check(name: string, call: (...args: unknown[]) => unknown, args: readonly unknown[]) {
  let result: unknown
  try {
    result = call(...args)
  } catch (error) {
    throw new Error(`${name} threw on ${fc.stringify(args)}: ${String(error)}`)
  }
  const outcome = result as { success?: unknown; issues?: unknown } | null
  if (typeof outcome?.success !== 'boolean' || !Array.isArray(outcome.issues))
    throw new Error(`${name} returned no Result for ${fc.stringify(args)}`)
  if (outcome.success === false && outcome.issues.length === 0)
    throw new Error(`${name} failed with no issue for ${fc.stringify(args)}`)
}

describe('every safe export of benchmarking returns a Result for any input', () => {
  it('finds the safe exports', () => {
    expect(safeExports.map((each) => each.name)).toEqual(
      expect.arrayContaining([
        'safeComputeIndicators',
        'safeFunnelPlot',
        'safeFunnelLimits',
        'safeSuppressCrossTable',
        'safeXmrChart',
      ]),
    )
  })

  for (const { name, call } of safeExports) {
    it(`${name} never throws (every pair of named garbage, then arbitrary arguments)`, () => {
      for (const data of named) for (const options of named) check(name, call, [data, options])
      fc.assert(
        fc.property(fc.array(garbage, { maxLength: 4 }), (args) => {
          check(name, call, args)
        }),
        { numRuns: 150 },
      )
    })
  }
})
