import type { TableName } from '../datasets/dataset'

/**
 * How the text of a cell becomes a value of its column: `staff-group-name` maps a publisher's
 * name (unknown names are errors), `staff-group-code` keeps a code unless `staffGroupNames` maps it.
 */
export type CellReading = 'auto' | 'month' | 'staff-group-name' | 'staff-group-code'

/** Where one column of a produced row comes from: the first matching header, or a constant. */
export interface PresetColumn {
  readonly column: string
  readonly headers?: readonly string[]
  readonly constant?: string
  readonly reading?: CellReading
}

/**
 * A header mapping for a published file layout: which table it fills, and for each line of the
 * file the rows it produces (a wide file gives several rows per line).
 */
export interface CsvPreset {
  readonly table: TableName
  readonly description: string
  readonly rows: readonly (readonly PresetColumn[])[]
  /** Headers known to carry nothing the table needs; ignored without an issue. */
  readonly ignoredHeaders: readonly string[]
}

const gpGroups = [
  ['gp', 'GP'],
  ['practice-nurse', 'NURSES'],
  ['direct-patient-care', 'DPC'],
  ['practice-admin', 'ADMIN'],
] as const

/**
 * The built-in presets, by name:
 *
 * - `nhs-digital-hchs`: a wide organisation-level HCHS extract, one line per staff group with
 *   FTE and headcount side by side. `Date` gives the month, `Org code` the organisation,
 *   `Staff group` the staff group by its NHS Digital name (mapped with
 *   {@link nhsDigitalStaffGroupCodes}; subtotals are left out), `Total FTE` and `Total headcount`
 *   (or `HC`) the values. NHS Digital's current published file is long (one line per data
 *   type): read it with {@link safeIngestPublishedCsv} (the `nhs-digital-hchs` published layout).
 * - `nhs-digital-general-practice`: NHS Digital's practice-level General Practice Workforce CSV.
 *   Each line (a practice, `PRAC_CODE`) gives four workforce rows, for `gp`,
 *   `practice-nurse`, `direct-patient-care` and `practice-admin`, from `TOTAL_<GROUP>_HC` and
 *   `TOTAL_<GROUP>_FTE`. The file has no month column: pass the `month` option (the month of
 *   the extract), or keep the `EXTRACT_DATE` column. `TOTAL_PATIENTS` (list size) is ignored.
 *   The published layout of the same name ({@link publishedLayouts}) reads the full detailed
 *   file: month from its name, `NA`/`ND` once per column, trainees and locums, list sizes.
 *
 * @example
 * ```ts
 * import { csvPresets } from '@oneworkforce/schemas'
 *
 * csvPresets['nhs-digital-general-practice'].rows.length // 4
 * ```
 */
export const csvPresets = {
  'nhs-digital-hchs': {
    table: 'workforce',
    description: 'NHS Digital NHS Workforce Statistics, organisation level (HCHS)',
    rows: [
      [
        { column: 'month', headers: ['Date', 'Month', 'Period'], reading: 'month' },
        { column: 'organisation', headers: ['Org code', 'Organisation code', 'Org_code'] },
        {
          column: 'staffGroup',
          headers: ['Staff group', 'Main staff group', 'Staff_group'],
          reading: 'staff-group-name',
        },
        { column: 'headcount', headers: ['Total headcount', 'HC', 'Headcount'] },
        { column: 'fte', headers: ['Total FTE', 'FTE'] },
      ],
    ],
    ignoredHeaders: [
      'Org name',
      'Org type',
      'NHSE region code',
      'NHSE region name',
      'Region code',
      'Region name',
      'ICS code',
      'ICS name',
      'ICB code',
      'ICB name',
      'Cluster group',
      'Benchmark group',
      'Data type',
    ],
  },
  'nhs-digital-general-practice': {
    table: 'workforce',
    description: 'NHS Digital General Practice Workforce, practice level',
    rows: gpGroups.map(([code, name]) => [
      { column: 'month', headers: ['EXTRACT_DATE'], reading: 'month' },
      { column: 'organisation', headers: ['PRAC_CODE'] },
      { column: 'staffGroup', constant: code },
      { column: 'headcount', headers: [`TOTAL_${name}_HC`] },
      { column: 'fte', headers: [`TOTAL_${name}_FTE`] },
    ]),
    ignoredHeaders: [
      'TOTAL_PATIENTS',
      'PRAC_NAME',
      'PCN_CODE',
      'PCN_NAME',
      'SUB_ICB_CODE',
      'SUB_ICB_NAME',
      'ICB_CODE',
      'ICB_NAME',
      'REGION_CODE',
      'REGION_NAME',
      'COMM_REGION_CODE',
      'COMM_REGION_NAME',
    ],
  },
} as const satisfies Record<string, CsvPreset>

/** The name of a built-in {@link csvPresets} entry. */
export type CsvPresetName = keyof typeof csvPresets
