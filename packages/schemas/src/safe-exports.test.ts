import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IssueCode } from './errors'
import * as schemas from './index'
import { unexpectedFailureMarker } from './internal/unexpected-failure'

// Issue 13 ("Bad input, in every package") and issue 15: every `safe` export of this package
// returns a Result with issues for any input, options included, never throws or rejects, and
// never falls back on its last-resort "stopped unexpectedly" issue. The exports are read from
// the package's namespace, so a new `safe` export is covered without a new test.
type SafeExport = (...args: unknown[]) => unknown

const safeExports = Object.entries(schemas)
  .filter(([name, value]) => /^safe[A-Z]/.test(name) && typeof value === 'function')
  .map(([name, value]) => ({ name, call: value as SafeExport }))

const issueCodes: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'invalid_type',
  'invalid_value',
  'out_of_range',
  'required',
  'unknown_code',
  'duplicate_key',
  'parse_error',
  'missing_column',
  'unexpected_column',
  'suppressed_value',
  'inconsistent',
  'not_reconciled',
  'empty_input',
  'too_large',
  'insufficient_data',
  'not_converged',
  'cancelled',
])

function cyclic(): unknown {
  const row: Record<string, unknown> = { place: 'lambeth', year: 2030 }
  row.self = row
  return [row, { rows: [row] }]
}

function shared(): unknown {
  let value: unknown = { code: 'QKK', name: 'x' }
  for (let level = 0; level < 50; level += 1) value = [value, value]
  return { integratedCareSystems: value, places: value, organisations: [value] }
}

async function* failingSource(): AsyncGenerator<string> {
  yield 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,ahp,2,1080.5'
  throw new Error('source failed')
}

// Values shaped like real arguments, so garbage also reaches past the first checks.
const realistic: readonly (() => unknown)[] = [
  () => 'month,organisation,staffGroup,headcount,fte\n2024-04,RJ1,ahp,2,2\n',
  () => '[{"place":"lambeth","year":2030,"ageBand":"0-17","persons":1}]',
  () => ['month,organisation,staffGroup,headcount,fte\r', '2024-04,RJ1,ahp,2,2\r'],
  () => failingSource(),
  () => [{ name: 'places.csv', text: 'code,name,ics\nlambeth,Lambeth,QKK\n' }],
  () => [{ name: 'x.csv', text: null }],
  () => ({ table: 'workforce' }),
  () => ({ table: 'workforce', onSuppressed: 'warn' }),
  () => ({ table: 'constructor' }),
  () => ({ table: 'dataset', minMonth: 'garbage' }),
  () => ({ columns: 'toString' }),
  () => ({ table: 'workforce', month: '2024-02-31', delimiter: '' }),
  () => schemas.workforceSnapshotRowSchema,
  () => 'workforce',
  () => cyclic(),
  () => shared(),
]

const namedGarbage: readonly unknown[] = [
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
  Number.POSITIVE_INFINITY,
  '',
  true,
]

const argument = fc.oneof(
  fc.constantFrom(...namedGarbage),
  fc.constantFrom(...realistic).map((make) => make()),
  fc.anything({ maxDepth: 2, maxKeys: 3, withNullPrototype: true, withBoxedValues: true }),
)

/** A short rendering of arguments (fc.stringify would walk the 2^50 paths of `shared`). */
function shown(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 60))
  if (typeof value !== 'object' || value === null) return String(value)
  if (depth > 2) return Array.isArray(value) ? '[...]' : '{...}'
  if (Array.isArray(value)) return `[${value.slice(0, 4).map((each) => shown(each, depth + 1))}]`
  const entries = Object.entries(value).slice(0, 4)
  return `{${entries.map(([key, each]) => `${key}: ${shown(each, depth + 1)}`).join(', ')}}`
}

async function expectResult(call: SafeExport, args: readonly unknown[]): Promise<void> {
  let outcome: unknown
  try {
    outcome = await call(...args)
  } catch (error) {
    throw new Error(`threw ${String(error)} on ${shown(args)}`)
  }
  const result = outcome as { success?: unknown; issues?: unknown }
  if (typeof result?.success !== 'boolean' || !Array.isArray(result.issues)) {
    throw new Error(`not a Result on ${shown(args)}`)
  }
  const issues = result.issues as { severity: unknown; code: unknown; message: unknown }[]
  if (result.success === false) expect(issues.length).toBeGreaterThan(0)
  for (const each of issues) {
    const valid =
      (each.severity === 'error' || each.severity === 'warning') &&
      issueCodes.has(each.code as IssueCode) &&
      typeof each.message === 'string' &&
      !each.message.includes(unexpectedFailureMarker)
    if (!valid) throw new Error(`malformed issue ${shown(each)} on ${shown(args)}`)
  }
}

describe('every safe export of schemas returns a Result for any input (property)', () => {
  it('finds the safe exports', () => {
    expect(safeExports.map((each) => each.name)).toEqual(
      expect.arrayContaining(['safeIngestCsv', 'safeIngestCsvStream', 'safeIngestJson']),
    )
  })

  for (const { name, call } of safeExports) {
    it(`${name} never throws, rejects or gives a malformed Result`, async () => {
      for (const data of [...namedGarbage, ...realistic.map((make) => make())]) {
        for (const options of [...namedGarbage, ...realistic.map((make) => make())]) {
          await expectResult(call, [data, options])
        }
      }
      await fc.assert(
        fc.asyncProperty(fc.array(argument, { maxLength: 4 }), (args) => expectResult(call, args)),
        { numRuns: 150 },
      )
    }, 60_000)
  }
})
