export { z } from 'zod'
export type { DatasetValidationOptions } from './dataset-validation/parse-dataset'
export { parseDataset, safeParseDataset } from './dataset-validation/parse-dataset'
export { tableKeyColumns } from './dataset-validation/table-keys'
export { parseTable, safeParseTable } from './dataset-validation/table-rows'
export type { Dataset, DatasetInput, TableName, TableRow } from './datasets/dataset'
export { datasetSchema, tableSchemas } from './datasets/dataset'
export type { PayRateRow, SpendRow } from './datasets/finance'
export { payRateRowSchema, spendRowSchema } from './datasets/finance'
export type { Initiative, InitiativeScore } from './datasets/initiatives'
export { initiativeSchema, initiativeScoreSchema } from './datasets/initiatives'
export type { IntegratedCareSystem, Organisation, Place } from './datasets/organisations'
export {
  integratedCareSystemSchema,
  organisationSchema,
  placeSchema,
} from './datasets/organisations'
export type { ActivityRow, PopulationRow, ServiceUseRow } from './datasets/population'
export { activityRowSchema, populationRowSchema, serviceUseRowSchema } from './datasets/population'
export type { Scenario, ScenarioInput, ScenarioLever, SkillMixShift } from './datasets/scenarios'
export {
  internationalRecruitmentLeverSchema,
  newRoleLeverSchema,
  participationLeverSchema,
  productivityLeverSchema,
  retentionLeverSchema,
  scenarioLeverSchema,
  scenarioSchema,
  skillMixLeverSchema,
  skillMixShiftSchema,
  trainingPlacesLeverSchema,
} from './datasets/scenarios'
export type { TrainingPipelineRow } from './datasets/training'
export { trainingPipelineRowSchema } from './datasets/training'
export type {
  FlowRow,
  JoinerReason,
  LeaverReason,
  SicknessRow,
  VacancyRow,
  WorkforceSnapshotRow,
} from './datasets/workforce'
export {
  flowRowSchema,
  joinerReasonSchema,
  leaverReasonSchema,
  sicknessRowSchema,
  vacancyRowSchema,
  workforceSnapshotRowSchema,
} from './datasets/workforce'
export type { Issue, IssueCode, IssueSeverity, OneWorkforceErrorCode, Result } from './errors'
export { describeIssue, issue, OneWorkforceError, resultFrom, unwrapResult } from './errors'
export { suppressedMarkers } from './ingest/cell-value'
export type { CsvIngestOptions } from './ingest/csv-ingest-core'
export type { CellReading, CsvPreset, CsvPresetName, PresetColumn } from './ingest/csv-presets'
export { csvPresets } from './ingest/csv-presets'
export type { IngestCsvOptions, IngestCsvPresetOptions, PresetTable } from './ingest/ingest-csv'
export { ingestCsv, safeIngestCsv } from './ingest/ingest-csv'
export type { CsvSource } from './ingest/ingest-csv-stream'
export { ingestCsvStream, safeIngestCsvStream } from './ingest/ingest-csv-stream'
export type {
  IngestDatasetFilesOptions,
  IngestDatasetFilesResult,
  NamedFile,
} from './ingest/ingest-dataset-files'
export { ingestDatasetFiles, safeIngestDatasetFiles } from './ingest/ingest-dataset-files'
export type { IngestJsonOptions } from './ingest/ingest-json'
export { ingestJson, safeIngestJson } from './ingest/ingest-json'
export type { IngestedTable, IngestResult } from './ingest/ingested-table'
export {
  nhsDigitalAggregateStaffGroupNames,
  nhsDigitalStaffGroupCodes,
  normaliseStaffGroupName,
} from './ingest/nhs-staff-groups'
export type { ColumnKind, TableColumn } from './ingest/table-columns'
export { tableColumns } from './ingest/table-columns'
export type { JsonSchema } from './json-schema/dataset-json-schema'
export { datasetJsonSchema, datasetJsonSchemaFiles } from './json-schema/dataset-json-schema'
export type { GbpUnit } from './money'
export {
  formatGbp,
  MONEY_ROUNDING,
  Money,
  moneyToString,
  parseMoney,
  roundMoney,
  sumMoney,
} from './money'
export type { FinancialYear, Month } from './periods'
export {
  addMonths,
  financialYearMonths,
  financialYearOfMonth,
  financialYearRange,
  financialYearStart,
  financialYearStartingIn,
  monthRange,
  monthSequence,
  monthsBetween,
  parseFinancialYear,
  parseMonth,
  safeParseMonth,
} from './periods'
export {
  codeSchema,
  countSchema,
  financialYearSchema,
  moneySchema,
  monthSchema,
  nonNegativeSchema,
  rateSchema,
} from './primitives'
export type { AgeBand, Sector, StaffGroup, Taxonomy } from './taxonomy'
export {
  ageBandOf,
  ageBandSchema,
  defaultTaxonomy,
  parseTaxonomy,
  safeParseTaxonomy,
  sectorSchema,
  staffGroupSchema,
  taxonomySchema,
} from './taxonomy'
export type { ValidationContext } from './validate'
export { issuesFromZod, safeValidate } from './validate'
