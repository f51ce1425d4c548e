import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeParseDataset } from '../dataset-validation/parse-dataset'
import { closestCode } from './did-you-mean'

describe('closestCode', () => {
  it('finds a likely typo and nothing for an unrelated code', () => {
    expect(closestCode('registered-nurses', ['registered-nurse', 'midwife'])).toBe(
      'registered-nurse',
    )
    expect(closestCode('Midwife', ['registered-nurse', 'midwife'])).toBe('midwife')
    expect(closestCode('wizards', ['registered-nurse', 'midwife'])).toBeUndefined()
  })

  it('returns a known code, within three edits (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
        (value, known) => {
          const found = closestCode(value, known)
          if (found !== undefined) expect(known).toContain(found)
        },
      ),
    )
  })

  it('turns an unknown staff group into a "did you mean" in dataset validation', () => {
    const result = safeParseDataset({
      integratedCareSystems: [{ code: 'QKK', name: 'SEL' }],
      places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
      organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
      workforce: [
        { month: '2025-03', organisation: 'RJ1', staffGroup: 'midwifes', headcount: 1, fte: 1 },
      ],
    })
    expect(result.issues[0]?.message).toContain('did you mean "midwife"?')
  })
})
