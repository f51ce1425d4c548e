/** Types of `dataset-validation/parse-dataset`, each documented where it is defined. */
export type { DatasetValidationOptions } from './dataset-validation/parse-dataset'
export { parseDataset, safeParseDataset } from './dataset-validation/parse-dataset'
export { tableKeyColumns } from './dataset-validation/table-keys'
export { parseTable, safeParseTable } from './dataset-validation/table-rows'
/** Types of `datasets/dataset`, each documented where it is defined. */
export type { Dataset, DatasetInput, TableName, TableRow } from './datasets/dataset'
export { datasetSchema, tableSchemas } from './datasets/dataset'
/** Types of `datasets/finance`, each documented where it is defined. */
export type { PayRateRow, SpendRow } from './datasets/finance'
export { payRateRowSchema, spendRowSchema } from './datasets/finance'
/** Types of `datasets/initiatives`, each documented where it is defined. */
export type { Initiative, InitiativeScore } from './datasets/initiatives'
export { initiativeSchema, initiativeScoreSchema } from './datasets/initiatives'
/** Types of `datasets/organisations`, each documented where it is defined. */
export type { IntegratedCareSystem, Organisation, Place } from './datasets/organisations'
export {
  integratedCareSystemSchema,
  organisationSchema,
  placeSchema,
} from './datasets/organisations'
/** Types of `datasets/population`, each documented where it is defined. */
export type { ActivityRow, PopulationRow, ServiceUseRow } from './datasets/population'
export { activityRowSchema, populationRowSchema, serviceUseRowSchema } from './datasets/population'
/** Types of `datasets/scenarios`, each documented where it is defined. */
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
/** Types of `datasets/training`, each documented where it is defined. */
export type { TrainingPipelineRow } from './datasets/training'
export { trainingPipelineRowSchema } from './datasets/training'
/** Types of `datasets/workforce`, each documented where it is defined. */
export type {
  FlowRow,
  JoinerReason,
  LeaverReason,
  SicknessRow,
  VacancyRow,
  WorkforceFteRow,
  WorkforceSnapshotRow,
} from './datasets/workforce'
export {
  flowRowSchema,
  joinerReasonSchema,
  leaverReasonSchema,
  sicknessRowSchema,
  vacancyRowSchema,
  workforceFteRowSchema,
  workforceSnapshotRowSchema,
} from './datasets/workforce'
/** Types of `errors`, each documented where it is defined. */
export type { Issue, IssueCode, IssueSeverity, OneWorkforceErrorCode, Result } from './errors'
export { describeIssue, issue, OneWorkforceError, resultFrom, unwrapResult } from './errors'
export { suppressedMarkers } from './ingest/cell-value'
/** Types of `ingest/csv-ingest-core`, each documented where it is defined. */
export type { CsvIngestOptions } from './ingest/csv-ingest-core'
/** Types of `ingest/csv-presets`, each documented where it is defined. */
export type { CellReading, CsvPreset, CsvPresetName, PresetColumn } from './ingest/csv-presets'
export { csvPresets } from './ingest/csv-presets'
/** Types of `ingest/ingest-csv`, each documented where it is defined. */
export type { IngestCsvOptions, IngestCsvPresetOptions, PresetTable } from './ingest/ingest-csv'
export { ingestCsv, safeIngestCsv } from './ingest/ingest-csv'
/** Types of `ingest/ingest-csv-stream`, each documented where it is defined. */
export type { CsvSource } from './ingest/ingest-csv-stream'
export { ingestCsvStream, safeIngestCsvStream } from './ingest/ingest-csv-stream'
/** Types of `ingest/ingest-dataset-files`, each documented where it is defined. */
export type {
  FileReading,
  IngestDatasetFilesOptions,
  IngestDatasetFilesResult,
  NamedFile,
} from './ingest/ingest-dataset-files'
export { ingestDatasetFiles, safeIngestDatasetFiles } from './ingest/ingest-dataset-files'
/** Types of `ingest/ingest-json`, each documented where it is defined. */
export type { IngestJsonOptions } from './ingest/ingest-json'
export { ingestJson, safeIngestJson } from './ingest/ingest-json'
/** Types of `ingest/ingested-table`, each documented where it is defined. */
export type { IngestedTable, IngestResult } from './ingest/ingested-table'
export {
  nhsDigitalAggregateStaffGroupNames,
  nhsDigitalStaffGroupCodes,
  normaliseStaffGroupName,
} from './ingest/nhs-staff-groups'
/** Types of `ingest/published/hchs-staff-groups`, each documented where it is defined. */
export type { HchsLevel, HchsStaffGroup } from './ingest/published/hchs-staff-groups'
export { hchsLevels, hchsStaffGroupHierarchy } from './ingest/published/hchs-staff-groups'
/** Types of `ingest/published/ingest-published`, each documented where it is defined. */
export type {
  IngestPublishedOptions,
  PublishedIngest,
  PublishedIngestResult,
  PublishedTables,
} from './ingest/published/ingest-published'
export {
  ingestPublishedCsv,
  safeIngestPublishedCsv,
  safeIngestPublishedCsvStream,
} from './ingest/published/ingest-published'
/** Types of `ingest/published/nhs-digital-gp-detailed`, each documented where it is defined. */
export type { GpCount, GpReadOptions } from './ingest/published/nhs-digital-gp-detailed'
/** Types of `ingest/published/nhs-digital-hchs`, each documented where it is defined. */
export type { HchsReadOptions } from './ingest/published/nhs-digital-hchs'
export { sectorOfNhsOrganisationType } from './ingest/published/organisation-kinds'
/** Types of `ingest/published/published-layout`, each documented where it is defined. */
export type {
  OrganisationHeadcountRow,
  ProducedRows,
  PublishedLayout,
  PublishedOutput,
  PublishedReader,
  PublishedReadOptions,
  RegisteredPatientsRow,
} from './ingest/published/published-layout'
/** Types of `ingest/published/published-layouts`, each documented where it is defined. */
export type { PublishedLayoutName } from './ingest/published/published-layouts'
export { publishedLayouts } from './ingest/published/published-layouts'
/** Types of `ingest/table-columns`, each documented where it is defined. */
export type { ColumnKind, TableColumn } from './ingest/table-columns'
export { tableColumns } from './ingest/table-columns'
/** Types of `money`, each documented where it is defined. */
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
/** Types of `periods`, each documented where it is defined. */
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
/** Types of `taxonomy`, each documented where it is defined. */
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
/** Types of `validate`, each documented where it is defined. */
export type { ValidationContext } from './validate'
export { issuesFromZod, safeValidate } from './validate'
