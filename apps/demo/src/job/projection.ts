import * as projection from '@oneworkforce/projection'
import { type Dataset, defaultTaxonomy, type ScenarioInput } from '@oneworkforce/schemas'
import { landed, notLanded } from './landed'
import type { CostYear, ProjectionSummary, Section, YearFigures } from './report-model'

type Api = Pick<
  typeof projection,
  | 'safeProjectionInputFromDataset'
  | 'safeCompareScenarios'
  | 'trainScenario'
  | 'retainScenario'
  | 'reformScenario'
  | 'trainRetainReformScenario'
  | 'safeProjectWorkforce'
  | 'financialYearSummary'
>
const names = [
  'safeProjectionInputFromDataset',
  'safeCompareScenarios',
  'trainScenario',
  'retainScenario',
  'reformScenario',
  'trainRetainReformScenario',
  'safeProjectWorkforce',
  'financialYearSummary',
] as const

/** Lever settings of the web page's Train / Retain / Reform controls. */
export interface LeverSettings {
  /** Train: relative change in training places (0.2 = 20% more). */
  readonly trainingPlacesChange: number
  /** Retain: relative change in leaver rates (−0.1 = 10% fewer leavers). */
  readonly leaverRateChange: number
  /** Reform: productivity growth per year reducing demand (0.01 = 1%). */
  readonly productivityRatePerYear: number
}

type Comparison = projection.ScenarioComparison
type Row = Comparison['rows'][number]

const figures = (row: Row): YearFigures => ({
  financialYear: row.financialYear,
  supplyFte: row.fte,
  demandFte: row.demandFte,
  gapFte: row.gapFte,
  shortfallFte: row.shortfallFte,
  costGbp: row.totalCostGbp.toString(),
})

function summarise(
  dataset: Dataset,
  totals: Comparison,
  byGroup: Comparison | undefined,
  startMonth: string,
): ProjectionSummary {
  const labels = new Map(
    (dataset.taxonomy ?? defaultTaxonomy).staffGroups.map((group) => [group.code, group.label]),
  )
  const baselineRows = byGroup?.rows.filter((row) => row.scenario === 'baseline') ?? []
  const groups = [...new Set(baselineRows.map((row) => row.staffGroup ?? ''))]
  const byStaffGroup = groups
    .map((staffGroup) => ({
      staffGroup,
      label: labels.get(staffGroup) ?? staffGroup,
      years: baselineRows.filter((row) => row.staffGroup === staffGroup).map(figures),
    }))
    .sort((a, b) => (b.years.at(-1)?.supplyFte ?? 0) - (a.years.at(-1)?.supplyFte ?? 0))
  return {
    startMonth,
    horizonYear: totals.financialYears.at(-1) ?? '',
    scenarios: totals.scenarios.map((scenario) => ({
      id: scenario.id,
      name: scenario.name,
      years: totals.rows.filter((row) => row.scenario === scenario.id).map(figures),
    })),
    byStaffGroup,
  }
}

/** Baseline pay costs by financial year: substantive, bank and agency (the engine's cover of the shortfall). */
function baselineCosts(api: Api, input: projection.ProjectionInput): CostYear[] | undefined {
  const result = api.safeProjectWorkforce(input)
  if (!result.success) return undefined
  return api.financialYearSummary(result.value, { keep: [] }).map((row) => {
    const extra = row as { readonly costToMeetDemandGbp?: { toString(): string } }
    return {
      financialYear: row.financialYear,
      substantiveGbp: row.substantiveCostGbp.toString(),
      bankGbp: row.bankCostGbp.toString(),
      agencyGbp: row.agencyCostGbp.toString(),
      totalGbp: row.totalCostGbp.toString(),
      ...(extra.costToMeetDemandGbp
        ? { costToMeetDemandGbp: extra.costToMeetDemandGbp.toString() }
        : {}),
    }
  })
}

/**
 * The scenarios the report projects: the package's Train / Retain / Reform presets (the ones the
 * guide uses, each assumption cited there), then the dataset's own scenarios under other ids,
 * except those that initiatives name as theirs.
 */
function presetScenarios(api: Api, dataset: Dataset): ScenarioInput[] {
  const presets = [
    api.trainScenario(),
    api.retainScenario(),
    api.reformScenario(),
    api.trainRetainReformScenario(),
  ]
  // An initiative's own scenario measures its size of opportunity (prioritisation section); it is
  // not one of the ICS's strategic scenarios.
  const ids = new Set([
    'baseline',
    ...presets.map((scenario) => scenario.id),
    ...dataset.initiatives.flatMap((initiative) => initiative.scenario ?? []),
  ])
  const own = dataset.scenarios.filter(
    (scenario) => !ids.has(scenario.id) && scenario.levers.length > 0,
  )
  return [...presets, ...own]
}

/** What the user chose for the projection on the command line (`--horizon`, `--growth`). */
export interface ProjectionChoices {
  readonly horizonMonths?: number
  readonly nonDemographicGrowthPerYear?: number
}

/** Projects the baseline and the Train / Retain / Reform scenarios (and any extra scenarios) to 2036/37 (or the horizon chosen). */
export function projectionSection(
  dataset: Dataset,
  extraScenarios: readonly unknown[] = [],
  choices: ProjectionChoices = {},
): Section<ProjectionSummary> {
  const api = landed<Api>(projection, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/projection', [...names]) }
  const input = api.safeProjectionInputFromDataset(dataset, choices)
  if (!input.success)
    return { status: 'failed', reason: 'the dataset cannot be projected', issues: input.issues }
  const scenarios = [...presetScenarios(api, dataset), ...(extraScenarios as ScenarioInput[])]
  const totals = api.safeCompareScenarios(input.value, scenarios)
  if (!totals.success)
    return {
      status: 'failed',
      reason: 'the scenarios could not be projected',
      issues: totals.issues,
    }
  const byGroup = api.safeCompareScenarios(input.value, [], { keep: ['staffGroup'] })
  const costs = baselineCosts(api, input.value)
  return {
    status: 'ok',
    data: {
      ...summarise(
        dataset,
        totals.value,
        byGroup.success ? byGroup.value : undefined,
        input.value.startMonth,
      ),
      ...(costs ? { costs } : {}),
      scenarioDescriptions: scenarios.map((scenario) => ({
        id: scenario.id,
        description: scenario.description ?? scenario.name,
      })),
    },
  }
}

/** Projects the baseline and one scenario built from the page's lever settings. */
export function leverSection(dataset: Dataset, levers: LeverSettings): Section<ProjectionSummary> {
  const api = landed<Api>(projection, names)
  if (!api)
    return { status: 'unavailable', reason: notLanded('@oneworkforce/projection', [...names]) }
  const input = api.safeProjectionInputFromDataset(dataset)
  if (!input.success)
    return { status: 'failed', reason: 'the dataset cannot be projected', issues: input.issues }
  const startMonth = input.value.startMonth
  const startYear = Number(startMonth.slice(0, 4))
  const scenario: ScenarioInput = {
    id: 'your-levers',
    name: 'Your levers',
    levers: [
      ...(levers.trainingPlacesChange !== 0
        ? [
            {
              type: 'training-places' as const,
              fromYear: startYear,
              relativeChange: levers.trainingPlacesChange,
            },
          ]
        : []),
      ...(levers.leaverRateChange !== 0
        ? [
            {
              type: 'retention' as const,
              relativeChange: levers.leaverRateChange,
              fromMonth: startMonth,
              rampMonths: 12,
            },
          ]
        : []),
      ...(levers.productivityRatePerYear !== 0
        ? [
            {
              type: 'productivity' as const,
              ratePerYear: levers.productivityRatePerYear,
              fromMonth: startMonth,
            },
          ]
        : []),
    ],
  }
  const totals = api.safeCompareScenarios(input.value, [scenario])
  if (!totals.success)
    return { status: 'failed', reason: 'the levers could not be projected', issues: totals.issues }
  const byGroup = api.safeCompareScenarios(input.value, [scenario], { keep: ['staffGroup'] })
  const summary = summarise(dataset, totals.value, undefined, startMonth)
  const custom = byGroup.success
    ? byGroup.value.rows.filter((row) => row.scenario === 'your-levers')
    : []
  const labels = new Map(
    (dataset.taxonomy ?? defaultTaxonomy).staffGroups.map((group) => [group.code, group.label]),
  )
  const groups = [...new Set(custom.map((row) => row.staffGroup ?? ''))]
  return {
    status: 'ok',
    data: {
      ...summary,
      byStaffGroup: groups
        .map((staffGroup) => ({
          staffGroup,
          label: labels.get(staffGroup) ?? staffGroup,
          years: custom.filter((row) => row.staffGroup === staffGroup).map(figures),
        }))
        .sort((a, b) => (b.years.at(-1)?.supplyFte ?? 0) - (a.years.at(-1)?.supplyFte ?? 0)),
    },
  }
}
