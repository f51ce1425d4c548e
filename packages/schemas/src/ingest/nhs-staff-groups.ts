/**
 * NHS Digital staff group and job-role names (as written in the NHS Workforce Statistics and
 * General Practice Workforce files) mapped onto codes of the default taxonomy. Names are matched
 * after {@link normaliseStaffGroupName}, so case, `&`/`and` and punctuation do not matter.
 *
 * Subtotals of NHS Digital's hierarchy ("Total", "HCHS doctors", "Support to clinical staff",
 * "NHS infrastructure support"...) are not mapped: they are listed in
 * {@link nhsDigitalAggregateStaffGroupNames} and left out with a warning, as reading them with
 * their parts would count staff twice (map one with `staffGroupNames` to read it instead). For
 * NHS Digital's current long HCHS file use the `nhs-digital-hchs` published layout
 * ({@link publishedLayouts}), which pivots FTE and headcount and reads one hierarchy level.
 *
 * @example
 * ```ts
 * import { nhsDigitalStaffGroupCodes, normaliseStaffGroupName } from '@oneworkforce/schemas'
 *
 * nhsDigitalStaffGroupCodes[normaliseStaffGroupName('Nurses & health visitors')] // 'registered-nurse'
 * ```
 */
export const nhsDigitalStaffGroupCodes: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['Consultant', 'consultant'],
      ['Consultants', 'consultant'],
      ['Associate specialist', 'sas-doctor'],
      ['Specialty doctor', 'sas-doctor'],
      ['Staff grade', 'sas-doctor'],
      ['Specialist', 'sas-doctor'],
      ['Other specialty and specialist doctors', 'sas-doctor'],
      ['Specialty registrar', 'resident-doctor'],
      ['Core training', 'resident-doctor'],
      ['Foundation doctor year 1', 'resident-doctor'],
      ['Foundation doctor year 2', 'resident-doctor'],
      ['Resident doctors', 'resident-doctor'],
      ['Doctors in training', 'resident-doctor'],
      ['Hospital Practitioner / Clinical Assistant', 'other-doctor'],
      ['Other HCHS Doctor Grades', 'other-doctor'],
      ['Ambulance staff', 'ambulance-staff'],
      ['Scientific, therapeutic & technical staff', 'scientific-therapeutic-technical'],
      ['Unknown classification', 'unknown-staff-group'],
      ['Nurses & health visitors', 'registered-nurse'],
      ['Nurses and health visitors', 'registered-nurse'],
      ['Nurses', 'registered-nurse'],
      ['Health visitors', 'registered-nurse'],
      ['Midwives', 'midwife'],
      ['Nursing associates', 'nursing-associate'],
      ['Allied health professionals', 'ahp'],
      ['Healthcare scientists', 'healthcare-scientist'],
      ['Support to doctors, nurses & midwives', 'clinical-support'],
      ['Support to ST&T staff', 'clinical-support'],
      ['Support to ambulance staff', 'clinical-support'],
      ['Central functions', 'infrastructure-support'],
      ['Hotel, property & estates', 'infrastructure-support'],
      ['Senior managers', 'infrastructure-support'],
      ['Managers', 'infrastructure-support'],
      ['GPs', 'gp'],
      ['GP', 'gp'],
      ['Nurses (general practice)', 'practice-nurse'],
      ['Practice nurses', 'practice-nurse'],
      ['Direct patient care', 'direct-patient-care'],
      ['Admin/non-clinical', 'practice-admin'],
      ['Admin & non-clinical', 'practice-admin'],
      ['Pharmacists', 'clinical-pharmacist'],
      ['Clinical pharmacists', 'clinical-pharmacist'],
      ['Physician associates', 'physician-associate'],
    ] as const
  ).map(([name, code]) => [normaliseStaffGroupName(name), code]),
)

/**
 * Names of aggregate rows in NHS Digital files (totals across staff groups), normalised.
 *
 * @example
 * ```ts
 * import { nhsDigitalAggregateStaffGroupNames } from '@oneworkforce/schemas'
 *
 * nhsDigitalAggregateStaffGroupNames.includes('total') // true
 * ```
 */
export const nhsDigitalAggregateStaffGroupNames: readonly string[] = [
  'Total',
  'All staff groups',
  'All staff',
  'Professionally qualified clinical staff',
  'HCHS doctors',
  'Support to clinical staff',
  'NHS infrastructure support',
  'Support to clinical staff total',
  'NHS infrastructure support total',
].map((name) => normaliseStaffGroupName(name))

/**
 * Normalises a staff group name for matching: lower case, `&` read as `and`, punctuation and
 * repeated spaces removed.
 *
 * @example
 * ```ts
 * import { normaliseStaffGroupName } from '@oneworkforce/schemas'
 *
 * normaliseStaffGroupName('Support to doctors, nurses & midwives') // 'support to doctors nurses and midwives'
 * ```
 */
export function normaliseStaffGroupName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
