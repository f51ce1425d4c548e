import { describe, expect, it } from 'vitest'
import { suppressedMarkers } from './cell-value'

describe('suppressedMarkers', () => {
  it('mirrors the doc example', () => {
    expect(suppressedMarkers.includes('*')).toBe(true)
  })
})
