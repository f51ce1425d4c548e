import { type Issue, issue } from '../../errors'
import { normaliseStaffGroupName } from '../nhs-staff-groups'
import type { ProducedRows } from './published-layout'

const sectorByKind: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['Acute', 'acute'],
      ['Acute trust', 'acute'],
      ['Mental Health', 'mental-health'],
      ['Mental health trust', 'mental-health'],
      ['Community Provider Trust', 'community'],
      ['Community', 'community'],
      ['Community trust', 'community'],
      ['Ambulance', 'ambulance'],
      ['Ambulance trust', 'ambulance'],
      ['Integrated Care Board', 'integrated-care-board'],
      ['ICB', 'integrated-care-board'],
      ['Clinical Commissioning Group', 'integrated-care-board'],
      ['Commissioning Support Unit', 'commissioning-support'],
      ['CSU', 'commissioning-support'],
      ['Others', 'other-nhs-body'],
      ['Other', 'other-nhs-body'],
      ['Special Health Authority', 'other-nhs-body'],
      ['Special Health Authorities and other statutory bodies', 'other-nhs-body'],
      ['Other statutory bodies', 'other-nhs-body'],
    ] as const
  ).map(([kind, sector]) => [normaliseStaffGroupName(kind), sector]),
)

/**
 * The default-taxonomy sector of an NHS Digital organisation type (`ORG_TYPE` in sickness
 * absence files, `Cluster Group` in HCHS files): `Acute` → `acute`, `Ambulance` → `ambulance`,
 * `Integrated Care Board` → `integrated-care-board`, `Commissioning Support Unit` →
 * `commissioning-support`, `Others` → `other-nhs-body`, … Case and punctuation are ignored;
 * `undefined` for a kind not listed.
 *
 * @example
 * ```ts
 * import { sectorOfNhsOrganisationType } from '@oneworkforce/schemas'
 *
 * sectorOfNhsOrganisationType('Community Provider Trust') // 'community'
 * ```
 */
export function sectorOfNhsOrganisationType(kind: string): string | undefined {
  return sectorByKind[normaliseStaffGroupName(kind)]
}

/** An organisation as a published file describes it. */
export interface DescribedOrganisation {
  readonly code: string
  readonly name: string
  readonly sector: string
  readonly icsCode: string
  readonly icsName: string
  readonly region?: string | undefined
  /** NHS Digital's `Cluster Group` as the file writes it (HCHS files). */
  readonly clusterGroup?: string | undefined
}

/**
 * Collects organisations, ICSs and places from the lines of a published file. NHS Digital files
 * name each organisation's ICS but no place, so by default each ICS gets one place whose code is
 * the ICS code ("<ICS name> (whole ICS)") and every organisation sits there; the `places` option
 * (organisation code → place code) puts organisations in real places, which must then be given
 * in a `places` file.
 */
export function createOrganisationCollector(
  file: string | undefined,
  places: Readonly<Record<string, string>> = {},
) {
  const organisations = new Map<string, { row: DescribedOrganisation; line: number }>()
  const issues: Issue[] = []
  const moved = new Set<string>()
  return {
    add(described: DescribedOrganisation, line: number): void {
      const known = organisations.get(described.code)
      if (!known) {
        organisations.set(described.code, { row: described, line })
        return
      }
      if (known.row.icsCode !== described.icsCode && !moved.has(described.code)) {
        moved.add(described.code)
        issues.push(
          issue(
            'inconsistent',
            `organisation "${described.code}" is in ICS "${known.row.icsCode}" on line ${known.line} and in "${described.icsCode}" here; the first is kept (split the file by month to follow the move)`,
            [],
            { file, table: 'organisations', row: line, column: 'ICS code', severity: 'warning' },
          ),
        )
      }
    },
    tables(): {
      organisations: ProducedRows
      integratedCareSystems: ProducedRows
      places: ProducedRows
      issues: Issue[]
    } {
      const organisationRows: ProducedRows = { rows: [], lines: [] }
      const icsRows: ProducedRows = { rows: [], lines: [] }
      const placeRows: ProducedRows = { rows: [], lines: [] }
      const icsSeen = new Set<string>()
      for (const { row, line } of organisations.values()) {
        organisationRows.rows.push({
          code: row.code,
          name: row.name,
          sector: row.sector,
          place: places[row.code] ?? row.icsCode,
          ...(row.clusterGroup ? { clusterGroup: row.clusterGroup } : {}),
        })
        organisationRows.lines.push(line)
        if (icsSeen.has(row.icsCode)) continue
        icsSeen.add(row.icsCode)
        icsRows.rows.push({
          code: row.icsCode,
          name: row.icsName,
          ...(row.region ? { region: row.region } : {}),
        })
        icsRows.lines.push(line)
        placeRows.rows.push({
          code: row.icsCode,
          name: `${row.icsName} (whole ICS)`,
          ics: row.icsCode,
        })
        placeRows.lines.push(line)
      }
      return {
        organisations: organisationRows,
        integratedCareSystems: icsRows,
        places: placeRows,
        issues,
      }
    },
  }
}
