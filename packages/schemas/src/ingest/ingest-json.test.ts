import { describe, expect, it } from 'vitest'
import { OneWorkforceError } from '../errors'
import { ingestJson, safeIngestJson } from './ingest-json'

const hierarchy = {
  integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
  places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
  organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
}

describe('safeIngestJson', () => {
  it('mirrors the doc example', () => {
    const result = safeIngestJson(
      '[{"place":"lambeth","year":2030,"ageBand":"0-17","persons":61000}]',
      {
        table: 'population',
      },
    )
    expect(result.ingested.rows).toHaveLength(1)
    expect(safeIngestJson('[{"__proto__":{"admin":true}}]', { table: 'population' }).success).toBe(
      false,
    )
    expect(
      ingestJson([{ id: 'retain', name: 'Retain', levers: [] }], { table: 'scenarios' }).rows[0]
        ?.id,
    ).toBe('retain')
  })

  it('rejects __proto__, constructor and prototype keys at any depth and never pollutes prototypes', () => {
    const text =
      '[{"place":"lambeth","year":2030,"ageBand":"0-17","persons":1,"__proto__":{"polluted":true}},{"place":"lambeth","year":2031,"ageBand":"0-17","persons":1,"nested":{"constructor":{"prototype":{"polluted":true}}}}]'
    const result = safeIngestJson(text, { table: 'population', file: 'population.json' })
    expect(result.success).toBe(false)
    const unsafe = result.issues.filter((each) => each.message.includes('not allowed'))
    expect(unsafe.map((each) => [each.row, each.column])).toEqual([
      [0, '__proto__'],
      [1, 'constructor'],
    ])
    expect(result.ingested.rows).toEqual([])
    expect(result.ingested.rejectedLines).toEqual([0, 1])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const dataset = safeIngestJson(
      `{"__proto__":{"polluted":true},${JSON.stringify(hierarchy).slice(1)}`,
      {
        table: 'dataset',
      },
    )
    expect(dataset.success).toBe(false)
    expect(dataset.issues[0]?.column).toBe('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports rows by 0-based index with column and received value', () => {
    const result = safeIngestJson(
      [
        { place: 'lambeth', year: 2030, ageBand: '0-17', persons: 1 },
        { place: 'lambeth', year: 2030, ageBand: '18-64', persons: -5 },
      ],
      { table: 'population' },
    )
    expect(result.issues[0]).toMatchObject({ row: 1, column: 'persons', table: 'population' })
    expect(result.issues[0]?.message).toContain('received -5')
    expect(result.ingested.rows).toHaveLength(1)
  })

  it('rejects duplicate rows, bad JSON and non-arrays', () => {
    const row = { place: 'lambeth', year: 2030, ageBand: '0-17', persons: 1 }
    const duplicates = safeIngestJson([row, row], { table: 'population' })
    expect(duplicates.issues[0]).toMatchObject({ code: 'duplicate_key', row: 1 })
    expect(duplicates.ingested.rows).toHaveLength(1)
    expect(duplicates.ingested.rejectedLines).toEqual([1])
    expect(safeIngestJson('[{', { table: 'population' }).issues[0]?.code).toBe('parse_error')
    expect(safeIngestJson('{}', { table: 'population' }).issues[0]?.code).toBe('invalid_type')
  })

  it('reads and validates a whole dataset', () => {
    const result = safeIngestJson(JSON.stringify(hierarchy), {
      table: 'dataset',
      file: 'dataset.json',
    })
    expect(result.success).toBe(true)
    const bad = safeIngestJson(
      { ...hierarchy, places: [] },
      { table: 'dataset', file: 'dataset.json' },
    )
    expect(bad.issues[0]).toMatchObject({ table: 'places', file: 'dataset.json' })
    expect(() => ingestJson({ ...hierarchy, places: [] }, { table: 'dataset' })).toThrow(
      OneWorkforceError,
    )
  })

  it('survives deeply nested input', () => {
    let deep: unknown = {}
    for (let depth = 0; depth < 100_000; depth += 1) deep = { nested: deep }
    const result = safeIngestJson([deep], { table: 'scenarios' })
    expect(result.success).toBe(false)
  })
})

// Issue 15, finding 3: a cyclic or heavily shared value crashed the process (heap out of memory).
describe('safeIngestJson on values JSON text cannot give', () => {
  it('refuses a cycle with an issue naming where the value contains itself', () => {
    const row: Record<string, unknown> = { place: 'lambeth', year: 2030, ageBand: '0-17' }
    row.persons = row
    const rows = [row]
    const result = safeIngestJson(rows, { table: 'population' })
    expect(result.success).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'invalid_value', path: [0, 'persons'], row: 0 })
    const dataset: Record<string, unknown> = { places: [] }
    dataset.integratedCareSystems = [dataset]
    expect(safeIngestJson(dataset, { table: 'dataset' }).success).toBe(false)
  })

  it('walks each shared sub-object once: 2^60 paths to the same few objects finish at once', () => {
    let shared: unknown = { place: 'lambeth', year: 2030, ageBand: '0-17', persons: 1 }
    for (let level = 0; level < 60; level += 1) shared = [shared, shared]
    const result = safeIngestJson([{ place: 'x', shared }], { table: 'population' })
    expect(result.success).toBe(false)
    expect(result.ingested.rejectedLines).toEqual([0])
    const keyed: Record<string, unknown> = { __proto__: null }
    let deep: unknown = Object.defineProperty({}, '__proto__', { value: 1, enumerable: true })
    for (let level = 0; level < 40; level += 1) deep = { a: deep, b: deep }
    keyed.rows = deep
    const polluted = safeIngestJson([keyed], { table: 'population' })
    expect(polluted.issues.filter((each) => each.message.includes('__proto__'))).toHaveLength(1)
  })

  it('refuses options that name no table, an unknown table or a bad file name', () => {
    for (const options of [
      undefined,
      null,
      {},
      { table: 'staff' },
      { table: 'toString' },
      { table: 'population', file: 3 },
    ]) {
      const result = safeIngestJson([], options as { table: 'population' })
      expect(result.success).toBe(false)
      expect(result.issues.length).toBeGreaterThan(0)
    }
  })
})
