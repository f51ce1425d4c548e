import { describe, expect, it } from 'vitest'
import type { Distribution } from './distributions'
import { safeSobolIndices, safeTornado, sobolIndices, tornado } from './sensitivity'

const uniformPi: Distribution = { type: 'uniform', min: -Math.PI, max: Math.PI }

/** Ishigami & Homma (1990) test function with a = 7, b = 0.1. */
function ishigami(values: Float64Array): number {
  const [x1 = 0, x2 = 0, x3 = 0] = values
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1)
}

describe('tornado', () => {
  it('mirrors the doc examples', () => {
    const safe = safeTornado({
      parameters: [
        { id: 'leaver rate', distribution: { type: 'uniform', min: 0.08, max: 0.12 } },
        { id: 'joiners', distribution: { type: 'uniform', min: 90, max: 110 } },
      ],
      model: ([rate = 0, joiners = 0]) => joiners - 1000 * rate,
    })
    expect(safe.success && safe.value.bars.map((bar) => bar.id)).toEqual(['leaver rate', 'joiners'])
    const bars = safe.success ? safe.value.bars : []
    expect(bars[0]?.swing).toBeCloseTo(32, 9)
    expect(bars[1]?.swing).toBeCloseTo(16, 9)
    expect(safe.success && safe.value.baseline).toBeCloseTo(0, 9)

    const one = tornado({
      parameters: [{ id: 'x', distribution: { type: 'uniform', min: 0, max: 1 } }],
      model: ([x = 0]) => 2 * x,
    })
    expect(one.bars[0]?.swing).toBeCloseTo(1.6, 12)
    expect(one.bars[0]?.lowValue).toBeCloseTo(0.1, 12)
  })

  it('holds the other parameters at their medians', () => {
    const seen: number[][] = []
    tornado({
      parameters: [
        { id: 'a', distribution: { type: 'normal', mean: 5, sd: 1 } },
        { id: 'b', distribution: { type: 'point', value: 3 } },
      ],
      model: (values) => {
        seen.push([...values])
        return values[0] ?? 0
      },
    })
    expect(seen[0]).toEqual([5, 3])
    expect(seen.slice(1).every(([, b]) => b === 3)).toBe(true)
    expect(seen[3]?.[0]).toBe(5)
  })

  it('reports bad options and non-finite outputs as issues', () => {
    expect(safeTornado({ parameters: [], model: () => 0 }).issues[0]?.code).toBe('empty_input')
    const duplicate = safeTornado({
      parameters: [
        { id: 'x', distribution: uniformPi },
        { id: 'x', distribution: uniformPi },
      ],
      model: () => 0,
      lowQuantile: 0.9,
      highQuantile: 0.1,
    })
    expect(duplicate.issues.map((each) => each.code)).toEqual(['duplicate_key', 'out_of_range'])
    const nan = safeTornado({
      parameters: [{ id: 'x', distribution: uniformPi }],
      model: () => Number.NaN,
    })
    expect(nan.success).toBe(false)
    expect(() => tornado({ parameters: [], model: () => 0 })).toThrow(/at least one/)
  })
})

describe('sobolIndices', () => {
  it('recovers the Ishigami indices', () => {
    // Analytic values for a = 7, b = 0.1 (Ishigami & Homma 1990; as tabulated in Saltelli et al.
    // 2008, Global Sensitivity Analysis: The Primer, §4.6).
    const result = sobolIndices({
      parameters: [
        { id: 'x1', distribution: uniformPi },
        { id: 'x2', distribution: uniformPi },
        { id: 'x3', distribution: uniformPi },
      ],
      model: ishigami,
      samples: 16384,
      seed: 2024,
    })
    expect(result.evaluations).toBe(16384 * 5)
    // Analytic variance: a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8446.
    expect(result.variance).toBeCloseTo(13.8446, 0)
    const expected = [
      [0.3139, 0.5576],
      [0.4424, 0.4424],
      [0, 0.2437],
    ]
    // Tolerance ±0.03: about three standard errors of these estimators at N = 16,384.
    result.indices.forEach((index, i) => {
      expect(Math.abs(index.firstOrder - (expected[i]?.[0] ?? 0))).toBeLessThan(0.03)
      expect(Math.abs(index.total - (expected[i]?.[1] ?? 0))).toBeLessThan(0.03)
    })
  })

  it('is reproducible by seed and mirrors the doc examples', () => {
    const options = {
      parameters: [
        { id: 'a', distribution: { type: 'uniform', min: 0, max: 1 } as const },
        { id: 'b', distribution: { type: 'uniform', min: 0, max: 1 } as const },
      ],
      model: ([a = 0, b = 0]: Float64Array) => a + 2 * b,
      samples: 4096,
      seed: 7,
    }
    const first = safeSobolIndices(options)
    expect(first).toEqual(safeSobolIndices(options))
    const indices = first.success ? first.value.indices : []
    expect(indices[0]?.firstOrder).toBeCloseTo(0.2, 1)
    expect(indices[1]?.firstOrder).toBeCloseTo(0.8, 1)
    const single = sobolIndices({
      parameters: [{ id: 'x', distribution: { type: 'normal', mean: 0, sd: 1 } }],
      model: ([x = 0]) => 3 * x,
      samples: 4096,
    })
    expect(single.indices[0]?.total).toBeCloseTo(1, 1)
  })

  it('reports bad options', () => {
    const bad = safeSobolIndices({
      parameters: [{ id: 'x', distribution: uniformPi }],
      model: () => 1,
      samples: 1,
      seed: -1,
    })
    expect(bad.issues.map((each) => each.path[0])).toEqual(['samples', 'seed'])
    const constant = sobolIndices({
      parameters: [{ id: 'x', distribution: uniformPi }],
      model: () => 1,
      samples: 8,
    })
    expect(constant.indices[0]).toEqual({ id: 'x', firstOrder: 0, total: 0 })
    expect(() =>
      sobolIndices({
        parameters: [{ id: 'x', distribution: uniformPi }],
        model: () => Number.POSITIVE_INFINITY,
        samples: 4,
      }),
    ).toThrow(/non-finite/)
  })
})
