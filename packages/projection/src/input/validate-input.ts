import {
  type Issue,
  issue,
  type Result,
  resultFrom,
  safeParseTaxonomy,
  safeValidate,
  unwrapResult,
} from '@oneworkforce/schemas'
import { MOVE_TOTAL_ROUNDING, resolveMovePairs } from '../engine/move-pairs'
import { type DimensionIndex, dimensionIndex } from '../internal/dimension-index'
import { scenarioIssues } from '../scenarios/scenario-issues'
import { type ProjectionInput, projectionInputSchema } from './projection-input'
import { sizeIssues } from './size-guards'
import { stockRowsAreValid } from './stock-fast-path'
import {
  isValidatedProjectionInput,
  markValidated,
  type ValidatedProjectionInput,
  validationWarnings,
} from './validated-input'

type Path = (string | number)[]

function duplicates(values: readonly string[], path: Path, what: string): Issue[] {
  const seen = new Set<string>()
  const issues: Issue[] = []
  values.forEach((value, index) => {
    if (seen.has(value))
      issues.push(issue('duplicate_key', `${what} "${value}" is listed twice`, [...path, index]))
    seen.add(value)
  })
  return issues
}

/** The rate kind must be stated whenever the input has an annual rate. */
function rateKindIssues(input: ProjectionInput): Issue[] {
  if (input.rateKind === 'cohort-share')
    return input.leaverRates.flatMap((row, i) =>
      row.ratePerYear > 1
        ? [
            issue(
              'out_of_range',
              `leaverRates row ${i}: a cohort share is a fraction from 0 to 1, received ${row.ratePerYear}`,
              ['leaverRates', i, 'ratePerYear'],
              { table: 'leaverRates', row: i, column: 'ratePerYear' },
            ),
          ]
        : [],
    )
  if (input.rateKind !== undefined) return []
  const annual =
    input.leaverRates.length > 0 || input.mobility.some((row) => row.ratePerYear !== undefined)
  return annual
    ? [
        issue(
          'required',
          "rateKind is required with annual rates: 'per-person-year' for NHS Digital's leaver rate (leavers in 12 months ÷ mean headcount) or 'cohort-share' for 1 − stability index (the share of a closed cohort gone after a year)",
          ['rateKind'],
        ),
      ]
    : []
}

/**
 * No post may lose more than its stock to moves in a month, over every mobility row that applies
 * to it (rows with overlapping filters and different destinations all apply).
 */
function moveTotalIssues(input: ProjectionInput, index: DimensionIndex): Issue[] {
  const pairs = resolveMovePairs(index, input.mobility, input.rateKind !== 'cohort-share')
  const issues: Issue[] = []
  for (let post = 0; post < index.postCount; post++) {
    const total = pairs.outOfPost[post]!
    if (!(total > 1 + MOVE_TOTAL_ROUNDING)) continue
    const g = post % index.staffGroupCount
    const s = Math.floor(post / index.staffGroupCount) % index.sectorCount
    const p = Math.floor(post / (index.staffGroupCount * index.sectorCount))
    const rows = [
      ...new Set(
        [...pairs.row]
          .filter(([key]) => Math.floor(key / index.postCount) === post)
          .map(([, r]) => r),
      ),
    ].sort((a, b) => a - b)
    issues.push(
      issue(
        'out_of_range',
        `mobility rows ${rows.join(', ')} together move ${total.toFixed(3)} of ${index.places[p]} × ${index.sectors[s]} × ${index.staffGroups[g]} a month; moves out of a post must not exceed its stock (at most 1 a month)`,
        ['mobility', rows[0] ?? 0],
        { table: 'mobility', row: rows[0] ?? 0 },
      ),
    )
  }
  return issues
}

/**
 * Checks the cross-table consistency zod cannot see: codes known to the taxonomy and the
 * dimensions, age bands present exactly when the dimensions have them, no duplicate stock cells,
 * move rates that do not empty a cell twice over, skill-mix shares that fit.
 */
function consistencyIssues(input: ProjectionInput): Issue[] {
  const taxonomyResult = input.taxonomy ? safeParseTaxonomy(input.taxonomy) : undefined
  if (taxonomyResult && !taxonomyResult.success)
    return taxonomyResult.issues.map((each) => ({ ...each, path: ['taxonomy', ...each.path] }))
  const index = dimensionIndex(input)
  const { taxonomy } = index
  const issues: Issue[] = []
  const dims = input.dimensions
  issues.push(...duplicates(dims.places, ['dimensions', 'places'], 'place'))
  issues.push(...duplicates(dims.sectors, ['dimensions', 'sectors'], 'sector'))
  issues.push(...duplicates(dims.staffGroups, ['dimensions', 'staffGroups'], 'staff group'))
  const sectorCodes = new Set(taxonomy.sectors.map((each) => each.code))
  const groupCodes = new Set(taxonomy.staffGroups.map((each) => each.code))
  const bandCodes = taxonomy.ageBands.map((each) => each.code)
  dims.sectors.forEach((code, i) => {
    if (!sectorCodes.has(code))
      issues.push(
        issue('unknown_code', `sector "${code}" is not in the taxonomy`, [
          'dimensions',
          'sectors',
          i,
        ]),
      )
  })
  dims.staffGroups.forEach((code, i) => {
    if (!groupCodes.has(code))
      issues.push(
        issue('unknown_code', `staff group "${code}" is not in the taxonomy`, [
          'dimensions',
          'staffGroups',
          i,
        ]),
      )
  })
  if (dims.ageBands) {
    issues.push(...duplicates(dims.ageBands, ['dimensions', 'ageBands'], 'age band'))
    const first = bandCodes.indexOf(dims.ageBands[0] ?? '')
    dims.ageBands.forEach((code, i) => {
      const at = bandCodes.indexOf(code)
      if (at < 0)
        issues.push(
          issue('unknown_code', `age band "${code}" is not in the taxonomy`, [
            'dimensions',
            'ageBands',
            i,
          ]),
        )
      else if (first >= 0 && at !== first + i)
        issues.push(
          issue(
            'inconsistent',
            `age bands must be consecutive bands of the taxonomy in order; "${code}" is out of place`,
            ['dimensions', 'ageBands', i],
          ),
        )
    })
  }
  if (issues.length > 0) return issues

  const check = (
    table: string,
    row: number,
    field: string,
    code: string | undefined,
    known: ReadonlyMap<string, number>,
    what: string,
  ) => {
    if (code === undefined) return
    if (field === 'ageBand' && !index.hasAgeBands) {
      issues.push(
        issue(
          'inconsistent',
          `${table} row ${row} names age band "${code}" but dimensions.ageBands is not given`,
          [table, row, field],
          { table, row, column: field },
        ),
      )
      return
    }
    if (!known.has(code))
      issues.push(
        issue(
          'unknown_code',
          `${table} row ${row}: ${what} "${code}" is not in the projection's dimensions`,
          [table, row, field],
          { table, row, column: field },
        ),
      )
  }
  const checkCells = (
    table: string,
    rows: readonly {
      place?: string | undefined
      sector?: string | undefined
      staffGroup?: string | undefined
      ageBand?: string | undefined
    }[],
    prefix: Path = [],
  ) => {
    const name = [...prefix, table].join('.')
    rows.forEach((row, i) => {
      check(name, i, 'place', row.place, index.place, 'place')
      check(name, i, 'sector', row.sector, index.sector, 'sector')
      check(name, i, 'staffGroup', row.staffGroup, index.staffGroup, 'staff group')
      check(name, i, 'ageBand', row.ageBand, index.ageBand, 'age band')
    })
  }
  checkCells('stock', input.stock)
  checkCells('leaverRates', input.leaverRates)
  checkCells('leaverRateChanges', input.leaverRateChanges)
  checkCells('joiners', input.joiners)
  checkCells('recruitment', input.recruitment)
  checkCells('pipelines', input.pipelines)
  input.pipelines.forEach((row, i) => {
    check('pipelines', i, 'fromStaffGroup', row.fromStaffGroup, index.staffGroup, 'staff group')
  })
  checkCells('participationChanges', input.participationChanges)
  checkCells('baseline', input.demand.baseline, ['demand'])
  checkCells('activity', input.demand.activity, ['demand'])
  checkCells('growth', input.demand.growth, ['demand'])
  checkCells('productivity', input.demand.productivity, ['demand'])
  checkCells('pay', input.finance.pay, ['finance'])
  checkCells('gapCover', input.finance.gapCover, ['finance'])

  // Duplicate cells: a flag per (post, age band or none) when every code is known (the common
  // case, O(rows) without string keys); unknown codes, already reported, fall back to a string key.
  const ageSlots = index.ageBandCount + 1
  const seenIndex = new Uint8Array(index.postCount * ageSlots)
  const seenCells = new Set<string>()
  input.stock.forEach((row, i) => {
    if (index.hasAgeBands && row.ageBand === undefined)
      issues.push(
        issue(
          'inconsistent',
          `stock row ${i} has no ageBand but dimensions.ageBands is given`,
          ['stock', i, 'ageBand'],
          { table: 'stock', row: i, column: 'ageBand' },
        ),
      )
    const p = index.place.get(row.place)
    const sector = index.sector.get(row.sector)
    const g = index.staffGroup.get(row.staffGroup)
    const a = row.ageBand === undefined ? index.ageBandCount : index.ageBand.get(row.ageBand)
    let repeated: boolean
    if (p !== undefined && sector !== undefined && g !== undefined && a !== undefined) {
      const slot = ((p * index.sectorCount + sector) * index.staffGroupCount + g) * ageSlots + a
      repeated = seenIndex[slot] === 1
      seenIndex[slot] = 1
    } else {
      const key = `${row.place}|${row.sector}|${row.staffGroup}|${row.ageBand ?? ''}`
      repeated = seenCells.has(key)
      seenCells.add(key)
    }
    if (repeated) {
      const key = `${row.place}|${row.sector}|${row.staffGroup}|${row.ageBand ?? ''}`
      issues.push(
        issue(
          'duplicate_key',
          `stock row ${i} repeats the cell ${key.replaceAll('|', ' × ')}`,
          ['stock', i],
          { table: 'stock', row: i },
        ),
      )
    }
  })

  input.joiners.forEach((row, i) => {
    if (row.toMonth !== undefined && row.toMonth < input.startMonth)
      issues.push(
        issue(
          'out_of_range',
          `joiners row ${i}: toMonth ${row.toMonth} is before the start month`,
          ['joiners', i, 'toMonth'],
        ),
      )
    if (row.fromMonth && row.toMonth && row.toMonth < row.fromMonth)
      issues.push(
        issue('inconsistent', `joiners row ${i}: toMonth is before fromMonth`, [
          'joiners',
          i,
          'toMonth',
        ]),
      )
  })

  input.mobility.forEach((row, i) => {
    check('mobility', i, 'place', row.place, index.place, 'place')
    check('mobility', i, 'staffGroup', row.staffGroup, index.staffGroup, 'staff group')
    check('mobility', i, 'fromSector', row.fromSector, index.sector, 'sector')
    check('mobility', i, 'toSector', row.toSector, index.sector, 'sector')
    if (row.fromSector === row.toSector)
      issues.push(
        issue('inconsistent', `mobility row ${i} moves staff from a sector to itself`, [
          'mobility',
          i,
          'toSector',
        ]),
      )
  })
  issues.push(...rateKindIssues(input))
  issues.push(...moveTotalIssues(input, index))

  const popBands = new Set(taxonomy.populationAgeBands.map((each) => each.code))
  input.demand.population.forEach((row, i) => {
    check('demand.population', i, 'place', row.place, index.place, 'place')
    if (!popBands.has(row.ageBand))
      issues.push(
        issue(
          'unknown_code',
          `demand.population row ${i}: population age band "${row.ageBand}" is not in the taxonomy`,
          ['demand', 'population', i, 'ageBand'],
        ),
      )
  })
  input.demand.serviceUse.forEach((row, i) => {
    check('demand.serviceUse', i, 'staffGroup', row.staffGroup, index.staffGroup, 'staff group')
    check('demand.serviceUse', i, 'sector', row.sector, index.sector, 'sector')
    if (!popBands.has(row.ageBand))
      issues.push(
        issue(
          'unknown_code',
          `demand.serviceUse row ${i}: population age band "${row.ageBand}" is not in the taxonomy`,
          ['demand', 'serviceUse', i, 'ageBand'],
        ),
      )
  })
  const shiftTotals = new Map<string, number>()
  input.demand.skillMix.forEach((row, i) => {
    check(
      'demand.skillMix',
      i,
      'fromStaffGroup',
      row.fromStaffGroup,
      index.staffGroup,
      'staff group',
    )
    check('demand.skillMix', i, 'toStaffGroup', row.toStaffGroup, index.staffGroup, 'staff group')
    check('demand.skillMix', i, 'sector', row.sector, index.sector, 'sector')
    check('demand.skillMix', i, 'place', row.place, index.place, 'place')
    const key = row.fromStaffGroup
    shiftTotals.set(key, (shiftTotals.get(key) ?? 0) + row.share)
  })
  for (const [group, total] of shiftTotals)
    if (total > 1 + 1e-12)
      issues.push(
        issue(
          'out_of_range',
          `skill-mix shifts move ${total} of "${group}" demand; the shares must not exceed 1`,
          ['demand', 'skillMix'],
        ),
      )
  if (input.scenario) issues.push(...scenarioIssues(input, index, input.scenario))
  return issues
}

/**
 * The input's shape through zod, except stock rows that `stockRowsAreValid` accepts as they are
 * (the largest table, and the one zod spends most of a national input's set-up copying); any
 * stock row it does not accept sends the whole table through zod, for its issues.
 */
function parseShape(input: unknown): Result<ProjectionInput> {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const { stock } = input as { stock?: unknown }
    if (stockRowsAreValid(stock)) {
      const parsed = safeValidate(projectionInputSchema, { ...input, stock: [] })
      if (parsed.success) parsed.value.stock = stock.slice()
      return parsed
    }
  }
  return safeValidate(projectionInputSchema, input)
}

/**
 * Validates a projection input: its shape (zod: rates in [0, 1], no negative stock, a horizon of
 * 1 to 240 months...) and its consistency (every code known to the taxonomy and the dimensions,
 * age bands given everywhere or nowhere, scenario levers naming existing staff groups, sectors
 * and places). Returns every issue found, each naming its field.
 *
 * @example
 * ```ts
 * import { safeParseProjectionInput } from '@oneworkforce/projection'
 *
 * const result = safeParseProjectionInput({
 *   startMonth: '2025-04', horizonMonths: 0,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] }, stock: [],
 * })
 * result.success // false: horizonMonths must be at least 1
 * ```
 */
export function safeParseProjectionInput(input: unknown): Result<ValidatedProjectionInput> {
  // Validated once: the very object this package checked is trusted (its warnings kept).
  if (isValidatedProjectionInput(input)) return resultFrom(input, validationWarnings(input))
  const tooLarge = sizeIssues(input)
  if (tooLarge.length > 0) return resultFrom(undefined as never, tooLarge)
  const parsed = parseShape(input)
  if (!parsed.success) return parsed as Result<never>
  const issues = consistencyIssues(parsed.value)
  const result = resultFrom(parsed.value, issues)
  if (!result.success) return result as Result<never>
  return resultFrom(markValidated(parsed.value, issues), issues)
}

/**
 * Validates a projection input and returns it, or throws a `OneWorkforceError` listing every issue.
 *
 * @example
 * ```ts
 * import { parseProjectionInput } from '@oneworkforce/projection'
 *
 * const input = parseProjectionInput({
 *   startMonth: '2025-04', horizonMonths: 12,
 *   dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 100, ftePerHead: 0.9 }],
 * })
 * ```
 */
export function parseProjectionInput(input: unknown): ValidatedProjectionInput {
  return unwrapResult(safeParseProjectionInput(input))
}
