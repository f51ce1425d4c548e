import { describe, expect, it } from 'vitest'
import { suppressedMarkers } from './cell-value'
import { monthFromText } from './month-text'

describe('monthFromText', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['2024-03-31', '2024-03'],
    ['2024-03-31T00:00:00', '2024-03'],
    ['31/03/2024', '2024-03'],
    ['1/4/2024', '2024-04'],
    ['31MAR2024', '2024-03'],
    ['31 March 2024', '2024-03'],
    ['Mar-24', '2024-03'],
    ['September 2023', '2023-09'],
  ])('reads %s as %s', (text, month) => {
    expect(monthFromText(text)).toBe(month)
  })

  it('leaves text it cannot read unchanged, for validation to report', () => {
    expect(monthFromText('soon')).toBe('soon')
    expect(monthFromText('31 Smarch 2024')).toBe('31 Smarch 2024')
  })
})

describe('suppressedMarkers', () => {
  it('mirrors the doc example', () => {
    expect(suppressedMarkers.includes('*')).toBe(true)
  })
})
