import type { TableName } from '../../datasets/dataset'
import type { Issue } from '../../errors'
import type { AgeBand } from '../../taxonomy'

/** Options every published-file reader understands. */
export interface PublishedReadOptions {
  /** The file's name, for issues and for the month of files that carry it only in their name. */
  readonly file?: string | undefined
  /** The month of a file that has no date column (`yyyy-mm`), e.g. a General Practice extract. */
  readonly month?: string | undefined
  /** First month read (`yyyy-mm`, inclusive); earlier lines are skipped and counted. */
  readonly from?: string | undefined
  /** Last month read (`yyyy-mm`, inclusive); later lines are skipped and counted. */
  readonly to?: string | undefined
  /** Extra or replacement staff group names, publisher's name → taxonomy code. */
  readonly staffGroupNames?: Readonly<Record<string, string>> | undefined
  /** Organisation code → place code, for files that name no place (every NHS Digital file). */
  readonly places?: Readonly<Record<string, string>> | undefined
  /** Population age bands that single years of age are summed into; default: the default taxonomy's. */
  readonly populationAgeBands?: readonly AgeBand[] | undefined
}

/** A practice's registered list size (`TOTAL_PATIENTS`) in a month, for "patients per GP FTE". */
export interface RegisteredPatientsRow {
  readonly month: string
  readonly organisation: string
  readonly patients: number
}

/**
 * An organisation's headcount in a month as the publisher counts it, each person once: the
 * `Total` staff group's `HC` line of NHS Digital's HCHS staff group and organisation file.
 *
 * When to use: for "how many people work here". Summing the `headcount` of `workforce` rows over
 * staff groups counts a person in two groups twice, so it overstates the organisation's
 * headcount (FTE does add up). On the HCHS layout file in `../shared/realdata/` (constructed
 * numbers, real arithmetic) the rows' headcount sums to 293,273 against 278,872 here (+5.2%);
 * the FTE is 257,030.062 both ways (`pnpm vitest run --project schemas nhs-digital-hchs`).
 *
 * @example
 * ```ts
 * import { type OrganisationHeadcountRow, safeIngestPublishedCsv } from '@oneworkforce/schemas'
 *
 * declare const hchsText: string // "NHS Workforce Statistics, … Staff Group and Organisation.csv"
 * const people: readonly OrganisationHeadcountRow[] =
 *   safeIngestPublishedCsv(hchsText).ingested.organisationHeadcounts
 * ```
 */
export interface OrganisationHeadcountRow {
  readonly month: string
  readonly organisation: string
  /** People in post, each once whatever the number of staff groups they work in. */
  readonly headcount: number
}

/** Rows one reader produced for one table, each with the first line it came from. */
export interface ProducedRows {
  readonly rows: Record<string, unknown>[]
  readonly lines: number[]
}

/** What a reader made of a file, before row validation. */
export interface PublishedOutput {
  /** Rows by table: the layout's own table, and organisations/ICSs/places where the file names them. */
  readonly tables: Partial<Record<TableName, ProducedRows>>
  /** Data lines that gave nothing, each explained in `issues` (or by a month filter). */
  readonly rejectedLines: number[]
  readonly issues: Issue[]
  /**
   * Figures that fill no dataset table but answer a question: practices' list sizes, and the
   * organisations' headcounts of an HCHS file's `Total` lines (each person once).
   */
  readonly extras?: {
    readonly registeredPatients?: readonly RegisteredPatientsRow[]
    readonly organisationHeadcounts?: readonly OrganisationHeadcountRow[]
  }
  /** One sentence saying how the file was read (level, totals, what a headcount means). */
  readonly readAs: string
}

/** Reads the records of one file (header first), then says what it found. */
export interface PublishedReader {
  readonly record: (fields: readonly string[], line: number) => void
  readonly end: () => PublishedOutput
}

/**
 * A published file layout: the headers that recognise it, the table it fills, and a reader.
 * Headers are compared after header normalisation (case and punctuation
 * ignored), so `PRAC_CODE` and `prac_code` are one header.
 */
export interface PublishedLayout {
  readonly name: string
  readonly table: TableName
  readonly description: string
  /** Headers every file of the layout has (normalised). */
  readonly requiredHeaders: readonly string[]
  /** Headers a file of the layout may have (normalised); others give an `unexpected_column` warning. */
  readonly optionalHeaders: readonly string[]
  /** True when any header may be present besides the required ones (the 800-column GP file). */
  readonly openHeaders?: boolean
  readonly createReader: (
    headers: readonly string[],
    options: PublishedReadOptions,
  ) => PublishedReader | { readonly issues: Issue[] }
}
