import { datasetOptionIssues } from '../dataset-validation/dataset-options'
import { type Issue, issue } from '../errors'
import { describeValue } from '../internal/describe-value'
import { csvOptionIssues } from './csv-options'

/**
 * Checks the arguments of dataset-folder ingest before any file is read: `files` is an array of
 * `{ name, text }` with text for both, and the options are valid CSV reading options and
 * dataset validation options.
 */
export function datasetFilesIssues(files: unknown, options: unknown): Issue[] {
  const issues: Issue[] = []
  if (!Array.isArray(files)) {
    const message = `expected an array of files as { name, text }, received ${describeValue(files)}`
    issues.push(issue('invalid_type', message, ['files']))
  } else {
    files.forEach((file: unknown, index) => {
      const { name, text } = (typeof file === 'object' && file !== null ? file : {}) as Record<
        string,
        unknown
      >
      if (typeof name !== 'string' || typeof text !== 'string') {
        const message = `files[${index}]: expected { name, text } with text for both, received ${describeValue(file)}`
        issues.push(issue('invalid_type', message, ['files', index]))
      }
    })
  }
  if (options === undefined) return issues
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const message = `expected an options object, received ${describeValue(options)}`
    return [...issues, issue('invalid_type', message, ['options'])]
  }
  issues.push(...datasetOptionIssues(options))
  issues.push(...csvOptionIssues({ ...options, table: 'places', columns: undefined }))
  return issues
}
