import * as z from 'zod'
import { type Dataset, datasetSchema, type TableName, tableSchemas } from '../datasets/dataset'
import { type Issue, type Result, resultFrom, unwrapResult } from '../errors'
import { createIssueSink } from '../internal/issue-sink'
import { unexpectedFailure } from '../internal/unexpected-failure'
import type { Month } from '../periods'
import { defaultTaxonomy, safeParseTaxonomy, type Taxonomy } from '../taxonomy'
import { issuesFromZod } from '../validate'
import { type CheckedTables, crossCheckInput } from './checked-tables'
import { datasetOptionIssues } from './dataset-options'
import { checkDuplicateKeys } from './duplicate-keys'
import { checkFlowReconciliation } from './flow-reconciliation'
import { checkFteAboveHeadcount } from './fte-headcount'
import { checkInitiativeLinks, checkScenarioLevers } from './links'
import { checkMonthlySeries } from './monthly-series'
import { checkReferences, checkStaffGroupSectors } from './references'
import { checkSicknessPlausibility } from './sickness-plausibility'
import { checkTableRow } from './table-rows'

/** Options of {@link safeParseDataset}. */
export interface DatasetValidationOptions {
  /** Earliest plausible month in historical tables; earlier months are warnings. Default `2000-01`. */
  readonly minMonth?: Month
  /** Latest plausible month in historical tables; later months are warnings. Default `2050-12`. */
  readonly maxMonth?: Month
  /**
   * Largest headcount difference between the change in snapshots and joiners − leavers that is
   * not reported. Default 0 (counts should reconcile exactly).
   */
  readonly flowToleranceHeadcount?: number
  /**
   * Issues of one kind (e.g. FTE above headcount in `workforce`) listed one by one before the
   * rest are summarised in one issue with their count. Default 1000.
   */
  readonly maxIssuesPerCheck?: number
}

const tableNames = Object.keys(tableSchemas) as TableName[]
const requiredTables = new Set<TableName>(['integratedCareSystems', 'places', 'organisations'])

// The dataset's own fields with each table as an array of anything: rows are checked one by
// one afterwards (with a fast path for large tables), so issues keep their row numbers.
const envelopeSchema = z.strictObject({
  ...datasetSchema.shape,
  ...Object.fromEntries(
    tableNames.map((table) => [
      table,
      requiredTables.has(table) ? z.array(z.unknown()).min(1) : z.array(z.unknown()).default([]),
    ]),
  ),
})

function locateShapeIssue(each: Issue): Issue {
  const [first, second, third] = each.path
  if (typeof first === 'string' && (tableNames as string[]).includes(first)) {
    return {
      ...each,
      table: first,
      row: typeof second === 'number' ? second : undefined,
      column: typeof third === 'string' ? third : undefined,
    }
  }
  return { ...each, table: typeof first === 'string' ? first : undefined, column: undefined }
}

/**
 * Validates a whole dataset: the shape of every table (issues name the table, 0-based row and
 * column), then the checks across tables, using the dataset's `taxonomy` or `defaultTaxonomy`:
 *
 * - errors: unknown organisation, place, ICS, sector, staff-group and age-band codes (one issue
 *   per unknown code and column, at its first row, with the count of rows); duplicate keys
 *   (see {@link tableKeyColumns}); initiatives' `dependsOn`/`excludes` naming unknown ids;
 *   scenario levers naming unknown staff groups, sectors or places;
 * - warnings: FTE above headcount; sickness FTE days lost above FTE days available (a rate above 1); a staff group in an organisation whose sector the taxonomy
 *   does not list for it; months outside `minMonth`..`maxMonth` and gaps in monthly series;
 *   snapshots and flows that do not reconcile
 *   (`headcount[m] − headcount[m−1] ≠ joiners[m] − leavers[m]`, the stock-and-flow identity of
 *   the NHS Long Term Workforce Plan 2023 model), stating the size of the difference.
 *
 * Runs in time proportional to the number of rows (about a second for a million workforce rows).
 *
 * When to use: at the boundary, before handing a dataset to projection, prioritisation or
 * benchmarking; use {@link parseDataset} to throw instead.
 *
 * @example
 * ```ts
 * import { safeParseDataset } from '@oneworkforce/schemas'
 *
 * const result = safeParseDataset({
 *   integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
 *   places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
 *   workforce: [{ month: '2024-04', organisation: 'RXX', staffGroup: 'midwife', headcount: 10, fte: 9 }],
 * })
 * result.success // false
 * result.issues[0]?.message // 'organisation: unknown organisation "RXX"'
 * ```
 */
export function safeParseDataset(
  input: unknown,
  options: DatasetValidationOptions = {},
): Result<Dataset> {
  const refused = datasetOptionIssues(options)
  if (refused.length > 0) return resultFrom(undefined as unknown as Dataset, refused)
  try {
    return validateDataset(input, options)
  } catch (error) {
    return resultFrom(undefined as unknown as Dataset, [unexpectedFailure(error)])
  }
}

function validateDataset(input: unknown, options: DatasetValidationOptions): Result<Dataset> {
  const envelope = envelopeSchema.safeParse(input)
  if (!envelope.success) {
    return resultFrom(
      undefined as unknown as Dataset,
      issuesFromZod(envelope.error, {}, input).map(locateShapeIssue),
    )
  }
  const shapeIssues: Issue[] = []
  const raw = envelope.data as unknown as Record<TableName, readonly unknown[]> & {
    taxonomy?: Taxonomy
    name?: string
  }
  let taxonomy = defaultTaxonomy
  if (raw.taxonomy !== undefined) {
    const parsedTaxonomy = safeParseTaxonomy(raw.taxonomy)
    for (const each of parsedTaxonomy.issues) {
      shapeIssues.push({ ...each, path: ['taxonomy', ...each.path], table: 'taxonomy' })
    }
    if (parsedTaxonomy.success) taxonomy = parsedTaxonomy.value
  }
  const tables = {} as Record<TableName, (unknown | undefined)[]>
  for (const table of tableNames) {
    const rows = raw[table]
    const checked = new Array<unknown>(rows.length)
    for (let index = 0; index < rows.length; index += 1) {
      checked[index] = checkTableRow(table, rows[index], index, shapeIssues)
    }
    tables[table] = checked
  }
  const sink = createIssueSink(options.maxIssuesPerCheck ?? 1000)
  const cross = crossCheckInput(tables as unknown as CheckedTables, taxonomy, sink)
  checkReferences(cross)
  checkStaffGroupSectors(cross)
  checkDuplicateKeys(cross)
  checkFteAboveHeadcount(cross)
  checkSicknessPlausibility(cross)
  checkMonthlySeries(cross, {
    minMonth: options.minMonth ?? '2000-01',
    maxMonth: options.maxMonth ?? '2050-12',
  })
  checkFlowReconciliation(cross, options.flowToleranceHeadcount ?? 0)
  checkInitiativeLinks(cross)
  checkScenarioLevers(cross)
  const issues = [...shapeIssues, ...sink.issues()]
  const dataset: Record<string, unknown> = {}
  if (raw.name !== undefined) dataset.name = raw.name
  if (raw.taxonomy !== undefined) dataset.taxonomy = taxonomy
  for (const table of tableNames) {
    const rows = tables[table]
    dataset[table] = shapeIssues.length === 0 ? rows : rows.filter((row) => row !== undefined)
  }
  return resultFrom(dataset as Dataset, issues)
}

/**
 * Validates a whole dataset (see {@link safeParseDataset}) and returns it, or throws a
 * `OneWorkforceError` with code `validation_failed` listing every issue.
 *
 * @example
 * ```ts
 * import { parseDataset } from '@oneworkforce/schemas'
 *
 * const dataset = parseDataset({
 *   integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
 *   places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
 * })
 * dataset.workforce // []
 * ```
 */
export function parseDataset(input: unknown, options: DatasetValidationOptions = {}): Dataset {
  return unwrapResult(safeParseDataset(input, options))
}
