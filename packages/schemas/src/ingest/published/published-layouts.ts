import { nhsDigitalGeneralPracticeLayout } from './nhs-digital-gp-detailed'
import { nhsDigitalGeneralPracticeHighLevelLayout } from './nhs-digital-gp-high-level'
import { nhsDigitalHchsLayout } from './nhs-digital-hchs'
import { nhsDigitalPcnIndividualLayout } from './nhs-digital-pcn-individual'
import { nhsDigitalSicknessAbsenceLayout } from './nhs-digital-sickness-absence'
import { onsSnppLayout } from './ons-snpp'
import type { PublishedLayout } from './published-layout'

/**
 * The published file layouts read without pre-processing, by name: `nhs-digital-hchs`,
 * `nhs-digital-general-practice`, `nhs-digital-general-practice-high-level`,
 * `nhs-digital-pcn-individual`, `nhs-digital-sickness-absence` and `ons-snpp`. Each is
 * recognised from its header (see {@link safeIngestPublishedCsv}); the guide "From NHS Digital
 * downloads to a dataset" describes what each reads, what it ignores and why.
 *
 * @example
 * ```ts
 * import { publishedLayouts } from '@oneworkforce/schemas'
 *
 * publishedLayouts['nhs-digital-hchs'].table // 'workforce'
 * publishedLayouts['ons-snpp'].table // 'population'
 * ```
 */
export const publishedLayouts = {
  /**
   * NHS Digital's HCHS staff group and organisation file. Its rows' headcount does not add up
   * over staff groups (a person in two groups is in both); the organisation's headcount is in
   * `organisationHeadcounts`, from the file's `Total` lines.
   */
  'nhs-digital-hchs': nhsDigitalHchsLayout,
  'nhs-digital-general-practice': nhsDigitalGeneralPracticeLayout,
  'nhs-digital-general-practice-high-level': nhsDigitalGeneralPracticeHighLevelLayout,
  'nhs-digital-pcn-individual': nhsDigitalPcnIndividualLayout,
  'nhs-digital-sickness-absence': nhsDigitalSicknessAbsenceLayout,
  'ons-snpp': onsSnppLayout,
} as const satisfies Record<string, PublishedLayout>

/** The name of a {@link publishedLayouts} entry. */
export type PublishedLayoutName = keyof typeof publishedLayouts
