import type { TableName } from '../datasets/dataset'

/**
 * The columns that identify a row of each table: two rows with the same values in these columns
 * are duplicates (an error in dataset validation and in ingest). Optional columns take part with
 * their absence as a value, so a row without an age band and one with `ageBand: '25-29'` differ.
 *
 * @example
 * ```ts
 * import { tableKeyColumns } from '@oneworkforce/schemas'
 *
 * tableKeyColumns.vacancies // ['month', 'organisation', 'staffGroup']
 * ```
 */
export const tableKeyColumns: { readonly [T in TableName]: readonly string[] } = {
  integratedCareSystems: ['code'],
  places: ['code'],
  organisations: ['code'],
  workforce: ['month', 'organisation', 'staffGroup', 'ageBand', 'payBand'],
  workforceFte: ['month', 'organisation', 'staffGroup', 'ageBand'],
  flows: ['month', 'organisation', 'staffGroup', 'ageBand', 'direction', 'reason'],
  vacancies: ['month', 'organisation', 'staffGroup'],
  sickness: ['month', 'organisation', 'staffGroup'],
  trainingPipeline: ['programme', 'staffGroup', 'place', 'sector'],
  payRates: ['financialYear', 'staffGroup', 'payBand', 'sector'],
  spend: ['month', 'organisation', 'staffGroup'],
  population: ['place', 'year', 'ageBand'],
  serviceUse: ['staffGroup', 'sector', 'ageBand'],
  activity: ['month', 'place', 'sector', 'activity', 'staffGroup'],
  initiatives: ['id'],
  scenarios: ['id'],
}
