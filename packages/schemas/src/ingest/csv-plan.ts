import type { TableName } from '../datasets/dataset'
import { type Issue, issue } from '../errors'
import {
  type CellReading,
  type CsvPreset,
  type CsvPresetName,
  csvPresets,
  type PresetColumn,
} from './csv-presets'
import { type ColumnKind, tableColumns } from './table-columns'

/** One column of a row produced from a CSV line. */
export interface PlannedColumn {
  readonly column: string
  readonly kind: ColumnKind
  readonly required: boolean
  /** Index of the source cell, or −1 for a constant. */
  readonly index: number
  readonly header: string
  readonly constant: string
  readonly reading: CellReading
  /** Text cells already read in this column, raw text → value (filled by ingest). */
  readonly cache: Map<string, unknown>
}

/** How every line of a file becomes rows, and what is wrong with its header. */
export interface CsvPlan {
  readonly table: TableName
  readonly rows: readonly (readonly PlannedColumn[])[]
  readonly issues: Issue[]
  /** True when no line can give a valid row (e.g. a required column is missing). */
  readonly unusable: boolean
}

/** Options that decide the plan. */
export interface CsvPlanOptions {
  readonly table?: TableName | undefined
  readonly columns?: CsvPresetName | Readonly<Record<string, string>> | undefined
  readonly month?: string | undefined
  readonly file?: string | undefined
  /**
   * Own layouts: columns with one value for the whole file, column → text, e.g.
   * `{ organisation: 'RJ1' }` for one trust's file that has no organisation column.
   */
  readonly constants?: Readonly<Record<string, string>> | undefined
}

/** Lower case letters and digits only: `Staff group`, `staff_group` and `staffGroup` match. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '')
}

function presetOf(options: CsvPlanOptions): CsvPreset | undefined {
  const name = options.columns
  // Own keys only: a preset called `constructor` or `toString` does not exist.
  return typeof name === 'string' && Object.hasOwn(csvPresets, name) ? csvPresets[name] : undefined
}

/** The table a file fills: the preset's, else the `table` option. */
export function tableOfOptions(options: CsvPlanOptions): TableName | undefined {
  return presetOf(options)?.table ?? options.table
}

/** Builds the plan for a header line (line 1). */
export function planCsv(headers: readonly string[], options: CsvPlanOptions): CsvPlan {
  const preset = presetOf(options)
  const table = (preset?.table ?? options.table) as TableName
  const where = { file: options.file, table, row: 1 }
  const issues: Issue[] = []
  const byName = new Map<string, number>()
  headers.forEach((header, index) => {
    const key = normaliseHeader(header)
    if (key === '') return
    if (byName.has(key)) {
      issues.push(
        issue('duplicate_key', `column "${header}" appears more than once; the first is used`, [], {
          ...where,
          column: header,
          severity: 'warning',
        }),
      )
    } else byName.set(key, index)
  })
  const mapping = typeof options.columns === 'object' ? options.columns : {}
  const mappedFrom = new Map(
    Object.entries(mapping).map(([header, column]) => [column, normaliseHeader(header)]),
  )
  const used = new Set<number>()
  const columns = new Map(tableColumns(table).map((column) => [column.name, column]))
  let unusable = false
  const constants = options.constants ?? {}
  for (const name of Object.keys(constants)) {
    if (!columns.has(name) || preset) {
      const why = preset
        ? 'constants are for own layouts, not presets'
        : `table ${table} has no column "${name}"`
      issues.push(
        issue('invalid_value', `constants: ${why}`, ['constants', name], {
          ...where,
          column: name,
        }),
      )
      unusable = true
    }
  }
  const specs: readonly (readonly PresetColumn[])[] = preset?.rows ?? [
    tableColumns(table).map((column) => ({
      column: column.name,
      ...(Object.hasOwn(constants, column.name) ? { constant: constants[column.name] } : {}),
      headers: [mappedFrom.get(column.name) ?? column.name],
      reading:
        column.name === 'month'
          ? ('month' as const)
          : column.name === 'staffGroup'
            ? ('staff-group-code' as const)
            : ('auto' as const),
    })),
  ]
  const rows = specs.map((spec) =>
    spec.flatMap((each): PlannedColumn[] => {
      const column = columns.get(each.column)
      if (!column) return []
      const base = { column: column.name, kind: column.kind, required: column.required }
      const reading = each.reading ?? 'auto'
      if (each.constant !== undefined) {
        return [
          { ...base, index: -1, header: '', constant: each.constant, reading, cache: new Map() },
        ]
      }
      const candidates = (each.headers ?? []).map(normaliseHeader)
      const found = candidates.map((name) => byName.get(name)).find((index) => index !== undefined)
      if (found !== undefined) {
        used.add(found)
        return [
          {
            ...base,
            index: found,
            header: headers[found] ?? '',
            constant: '',
            reading,
            cache: new Map(),
          },
        ]
      }
      if (column.name === 'month' && options.month !== undefined) {
        return [
          {
            ...base,
            index: -1,
            header: '',
            constant: options.month,
            reading: 'month',
            cache: new Map(),
          },
        ]
      }
      if (column.required) {
        unusable = true
        const wanted = (each.headers ?? [column.name]).map((name) => `"${name}"`).join(' or ')
        const long = ['staffgroup', 'datatype', 'total'].every((name) => byName.has(name))
        const hint =
          column.name === 'month'
            ? ' (or pass the month option)'
            : long
              ? ' (this is NHS Digital\'s long HCHS layout, one line per data type: read it with safeIngestPublishedCsv, layout "nhs-digital-hchs")'
              : ''
        issues.push(
          issue('missing_column', `missing required column ${wanted}${hint}`, [], {
            ...where,
            column: each.headers?.[0] ?? column.name,
          }),
        )
      }
      return []
    }),
  )
  const seenMissing = new Set<string>()
  const dedupedIssues = issues.filter((each) => {
    const key = `${each.code}:${each.column}`
    if (seenMissing.has(key)) return false
    seenMissing.add(key)
    return true
  })
  const ignored = new Set((preset?.ignoredHeaders ?? []).map(normaliseHeader))
  const extra = headers.filter(
    (header, index) =>
      !used.has(index) && normaliseHeader(header) !== '' && !ignored.has(normaliseHeader(header)),
  )
  if (extra.length > 0) {
    const shown = extra.slice(0, 20).map((header) => `"${header.slice(0, 60)}"`)
    const more = extra.length > 20 ? ` and ${extra.length - 20} more` : ''
    dedupedIssues.push(
      issue(
        'unexpected_column',
        `ignored ${extra.length} column(s) that table ${table} does not have: ${shown.join(', ')}${more}`,
        [],
        { ...where, column: extra.slice(0, 20).join(', '), severity: 'warning' },
      ),
    )
  }
  return { table, rows, issues: dedupedIssues, unusable }
}
