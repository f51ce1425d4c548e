import {
  type Dataset,
  type Issue,
  issue,
  type Result,
  resultFrom,
  safeParseDataset,
} from '@oneworkforce/schemas'
import type { Section, ValidationSummary } from './report-model'

/** The validated dataset (when usable) and the validation section of the report. */
export interface ValidatedDataset {
  readonly dataset: Dataset | undefined
  readonly section: Section<ValidationSummary>
}

/** A failed result carrying issues found before any dataset could be read (e.g. an unreadable folder). */
export function failedRead(issues: readonly Issue[]): Result<Dataset> {
  return resultFrom(
    undefined as unknown as Dataset,
    issues.length > 0 ? issues : [issue('empty_input', 'no data to read')],
  )
}

/** Validates a raw dataset with `schemas` (every table and the cross-table checks). */
export function validateRawDataset(input: unknown): Result<Dataset> {
  return safeParseDataset(input)
}

/** Summarises a validation result (from `safeParseDataset` or the file ingest) for the report. */
export function summariseValidation(result: Result<Dataset>, source: string): ValidatedDataset {
  const issues = result.issues
  const dataset = result.success ? result.value : undefined
  const tables = dataset
    ? Object.entries(dataset as Record<string, unknown>).flatMap(([table, rows]) =>
        Array.isArray(rows) ? [{ table, rows: rows.length }] : [],
      )
    : []
  const summary: ValidationSummary = {
    datasetName: dataset?.name ?? dataset?.integratedCareSystems[0]?.name ?? 'dataset',
    source,
    tables,
    errors: issues.filter((each) => each.severity === 'error').length,
    warnings: issues.filter((each) => each.severity === 'warning').length,
    issues,
  }
  return {
    dataset,
    section: dataset
      ? { status: 'ok', data: summary }
      : {
          status: 'failed',
          reason: `${summary.errors} error(s) make the dataset unusable`,
          issues,
        },
  }
}
