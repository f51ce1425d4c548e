import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from './errors'
import { formatGbp, moneyToString, parseMoney, roundMoney, sumMoney } from './money'

describe('money', () => {
  it('adds exactly where floating point would not', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(sumMoney(['0.1', '0.2']).toString()).toBe('0.3')
  })

  it('rounds half away from zero to whole pence, once', () => {
    expect(roundMoney('2.675').toFixed(2)).toBe('2.68')
    expect(roundMoney('-2.675').toFixed(2)).toBe('-2.68')
    expect(roundMoney('2.665').toFixed(2)).toBe('2.67')
    expect(moneyToString(1234.5)).toBe('1234.50')
  })

  it('formats pounds sterling', () => {
    expect(formatGbp('1234.5')).toBe('£1,234.50')
    expect(formatGbp('-1234567.891')).toBe('-£1,234,567.89')
    expect(formatGbp('12345678', { unit: 'millions', decimalPlaces: 1 })).toBe('£12.3m')
    expect(formatGbp('31049', { unit: 'thousands' })).toBe('£31.0k')
  })

  it('rejects amounts that are not decimal numbers', () => {
    for (const bad of ['£1,000', '', 'abc', Number.NaN, Number.POSITIVE_INFINITY, '1e5']) {
      expect(() => parseMoney(bad)).toThrow(OneWorkforceError)
    }
  })
})
