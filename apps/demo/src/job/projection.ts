import type { Dataset } from '@oneworkforce/schemas'
import { notLanded } from './landed'
import type { ProjectionSummary, Section } from './report-model'

/** Lever settings of the web page's Train / Retain / Reform controls. */
export interface LeverSettings {
  /** Train: relative change in training places (0.2 = 20% more). */
  readonly trainingPlacesChange: number
  /** Retain: relative change in leaver rates (−0.1 = 10% fewer leavers). */
  readonly leaverRateChange: number
  /** Reform: productivity growth per year reducing demand (0.01 = 1%). */
  readonly productivityRatePerYear: number
}

/** Projects the baseline and the Train / Retain / Reform presets (and any extra scenarios). */
export function projectionSection(
  _dataset: Dataset,
  _extraScenarios: readonly unknown[] = [],
): Section<ProjectionSummary> {
  return {
    status: 'unavailable',
    reason: notLanded('@oneworkforce/projection', ['projectWorkforce']),
  }
}

/** Projects one custom scenario from lever settings: the total gap by financial year. */
export function leverSection(
  _dataset: Dataset,
  _levers: LeverSettings,
): Section<ProjectionSummary> {
  return {
    status: 'unavailable',
    reason: notLanded('@oneworkforce/projection', ['projectWorkforce']),
  }
}
