import * as z from 'zod'
import { taxonomySchema } from '../taxonomy'
import { payRateRowSchema, spendRowSchema } from './finance'
import { initiativeSchema } from './initiatives'
import { integratedCareSystemSchema, organisationSchema, placeSchema } from './organisations'
import { activityRowSchema, populationRowSchema, serviceUseRowSchema } from './population'
import { scenarioSchema } from './scenarios'
import { trainingPipelineRowSchema } from './training'
import {
  flowRowSchema,
  sicknessRowSchema,
  vacancyRowSchema,
  workforceFteRowSchema,
  workforceSnapshotRowSchema,
} from './workforce'

/**
 * The schema of every table a dataset may hold, by table name. Ingest and JSON Schema export
 * look tables up here.
 *
 * @example
 * ```ts
 * import { tableSchemas } from '@oneworkforce/schemas'
 *
 * tableSchemas.workforce.parse({ month: '2024-03', organisation: 'RJ1', staffGroup: 'ahp', headcount: 10, fte: 9 })
 * ```
 */
export const tableSchemas = {
  integratedCareSystems: integratedCareSystemSchema,
  places: placeSchema,
  organisations: organisationSchema,
  workforce: workforceSnapshotRowSchema,
  workforceFte: workforceFteRowSchema,
  flows: flowRowSchema,
  vacancies: vacancyRowSchema,
  sickness: sicknessRowSchema,
  trainingPipeline: trainingPipelineRowSchema,
  payRates: payRateRowSchema,
  spend: spendRowSchema,
  population: populationRowSchema,
  serviceUse: serviceUseRowSchema,
  activity: activityRowSchema,
  initiatives: initiativeSchema,
  scenarios: scenarioSchema,
} as const

/** The name of a dataset table. */
export type TableName = keyof typeof tableSchemas

/** The row type of a dataset table. */
export type TableRow<T extends TableName> = z.infer<(typeof tableSchemas)[T]>

/**
 * A whole dataset: the tables of one ICS (or many), each an array of rows, plus an optional
 * taxonomy (the default taxonomy is used when it is absent). Tables other than the
 * organisational hierarchy may be empty.
 *
 * @example
 * ```ts
 * import { datasetSchema } from '@oneworkforce/schemas'
 *
 * const dataset = datasetSchema.parse({
 *   integratedCareSystems: [{ code: 'QKK', name: 'South East London' }],
 *   places: [{ code: 'lambeth', name: 'Lambeth', ics: 'QKK' }],
 *   organisations: [{ code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' }],
 * })
 * dataset.workforce // []
 * ```
 */
export const datasetSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  taxonomy: taxonomySchema.optional(),
  integratedCareSystems: z.array(integratedCareSystemSchema).min(1),
  places: z.array(placeSchema).min(1),
  organisations: z.array(organisationSchema).min(1),
  workforce: z.array(workforceSnapshotRowSchema).default([]),
  workforceFte: z.array(workforceFteRowSchema).default([]),
  flows: z.array(flowRowSchema).default([]),
  vacancies: z.array(vacancyRowSchema).default([]),
  sickness: z.array(sicknessRowSchema).default([]),
  trainingPipeline: z.array(trainingPipelineRowSchema).default([]),
  payRates: z.array(payRateRowSchema).default([]),
  spend: z.array(spendRowSchema).default([]),
  population: z.array(populationRowSchema).default([]),
  serviceUse: z.array(serviceUseRowSchema).default([]),
  activity: z.array(activityRowSchema).default([]),
  initiatives: z.array(initiativeSchema).default([]),
  scenarios: z.array(scenarioSchema).default([]),
})

/** A validated dataset (every table present, defaults filled in). */
export type Dataset = z.infer<typeof datasetSchema>
/** A dataset as a caller may write it (empty tables may be left out). */
export type DatasetInput = z.input<typeof datasetSchema>
