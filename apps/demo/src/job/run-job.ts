import type { Dataset, Result } from '@oneworkforce/schemas'
import { collectAssumptions } from './assumptions'
import { benchmarkingSection } from './benchmarking'
import { measureInitiativeImpacts } from './initiative-impact'
import { prioritisationSection } from './prioritisation'
import { type ProjectionChoices, projectionSection } from './projection'
import type { ChangePoint, DemoReport, Section, UncertaintySummary } from './report-model'
import { summariseValidation } from './validation'

/** The portfolio budget the demo states for the sample ICS: £5m. */
export const DEFAULT_BUDGET_GBP = '5000000'

/** What the main job runs on. */
export interface JobInput {
  /** The validated dataset (from `safeParseDataset` or the file ingest), with its issues. */
  readonly validated: Result<Dataset>
  /** Where the dataset came from, for the report. */
  readonly source: string
  /** Extra scenarios (raw, validated by the projection) projected beside the presets. */
  readonly extraScenarios?: readonly unknown[]
  readonly runs: number
  readonly seed: number
  readonly budgetGbp?: string
  /** Relative criterion weights (e.g. swing weights); equal weights when absent (a flagged assumption). */
  readonly weights?: Readonly<Record<string, number>>
  /** Horizon and demand growth of the projection (the dataset's defaults when absent). */
  readonly projection?: ProjectionChoices
  /** Documented process changes the SPC charts are rebased at (the sample's are in its README). */
  readonly changePoints?: readonly ChangePoint[]
  /** Runs the Monte Carlo ranges (node only: worker threads); the web page leaves it out. */
  readonly simulate?: (dataset: Dataset) => Promise<Section<UncertaintySummary>>
}

/** Runs every section of the report on one dataset. Holds no domain logic: it only wires packages. */
export async function runJob(input: JobInput): Promise<DemoReport> {
  const validated = summariseValidation(input.validated, input.source)
  const dataset = validated.dataset
  const unusable: Section<never> = {
    status: 'unavailable',
    reason: 'no usable dataset: see the validation section',
  }
  const guard = <T>(run: () => Section<T>): Section<T> => {
    try {
      return run()
    } catch (error) {
      return {
        status: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        issues: [],
      }
    }
  }
  const parts: Omit<DemoReport, 'assumptions' | 'title' | 'generatedAt'> = {
    options: { runs: input.runs, seed: input.seed },
    validation: validated.section,
    projection: dataset
      ? guard(() => projectionSection(dataset, input.extraScenarios, input.projection))
      : unusable,
    uncertainty: dataset
      ? input.simulate
        ? await input.simulate(dataset)
        : { status: 'unavailable', reason: 'Monte Carlo ranges run in the terminal report only' }
      : unusable,
    benchmarking: dataset
      ? guard(() =>
          benchmarkingSection(dataset, {
            ...(input.changePoints ? { changePoints: input.changePoints } : {}),
          }),
        )
      : unusable,
    prioritisation: dataset
      ? guard(() => {
          // Each initiative's size of opportunity is measured from its scenario's projection.
          const impacts = measureInitiativeImpacts(dataset)
          return prioritisationSection(dataset, {
            smaaSamples: 10_000,
            seed: input.seed,
            budgetGbp: input.budgetGbp ?? DEFAULT_BUDGET_GBP,
            ...(input.weights ? { weights: input.weights } : {}),
            ...(impacts ? { impacts } : {}),
          })
        })
      : unusable,
  }
  return {
    title: `oneworkforce report: ${validated.section.status === 'ok' ? validated.section.data.datasetName : input.source}`,
    generatedAt: new Date().toISOString(),
    ...parts,
    assumptions: collectAssumptions(parts, input.weights !== undefined),
  }
}
