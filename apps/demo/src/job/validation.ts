import type { Issue, Result } from '@oneworkforce/schemas'
import * as schemas from '@oneworkforce/schemas'
import { landed } from './landed'
import type { Section, ValidationSummary } from './report-model'

interface DatasetParser {
  readonly safeParseDataset: (input: unknown) => Result<schemas.Dataset>
}

/** The validated dataset (when usable) and the validation section of the report. */
export interface ValidatedDataset {
  readonly dataset: schemas.Dataset | undefined
  readonly section: Section<ValidationSummary>
}

/**
 * Validates a dataset with `schemas` (cross-table checks when `safeParseDataset` is available,
 * the table schemas otherwise) and summarises the issues, adding any found while reading files.
 */
export function validateDataset(
  input: unknown,
  source: string,
  ingestIssues: readonly Issue[] = [],
): ValidatedDataset {
  const parser = landed<DatasetParser>(schemas, ['safeParseDataset'])
  const result = parser
    ? parser.safeParseDataset(input)
    : schemas.safeValidate(schemas.datasetSchema, input)
  const issues = [...ingestIssues, ...result.issues]
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
