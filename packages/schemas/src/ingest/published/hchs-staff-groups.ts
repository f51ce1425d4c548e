import { normaliseStaffGroupName } from '../nhs-staff-groups'

/** A staff group of NHS Digital's HCHS hierarchy, with its default taxonomy code (if any). */
export interface HchsStaffGroup {
  readonly name: string
  readonly code?: string
  readonly parts?: readonly HchsStaffGroup[]
}

const doctorGrades: readonly HchsStaffGroup[] = [
  { name: 'Consultant', code: 'consultant' },
  { name: 'Associate Specialist', code: 'sas-doctor' },
  { name: 'Specialty Doctor', code: 'sas-doctor' },
  { name: 'Staff Grade', code: 'sas-doctor' },
  { name: 'Specialty Registrar', code: 'resident-doctor' },
  { name: 'Core Training', code: 'resident-doctor' },
  { name: 'Foundation Doctor Year 2', code: 'resident-doctor' },
  { name: 'Foundation Doctor Year 1', code: 'resident-doctor' },
  { name: 'Hospital Practitioner / Clinical Assistant', code: 'other-doctor' },
  { name: 'Other HCHS Doctor Grades', code: 'other-doctor' },
]

/**
 * The staff group hierarchy of NHS Digital's "NHS Workforce Statistics, <Month Year> Staff Group
 * and Organisation" file, as its `Staff Group` column and `Staff Group Sort Order` give it
 * (sort orders 01-27), with the default taxonomy code of each group that has one. A subtotal's
 * FTE is the sum of its parts' FTE; its headcount is not (a person in two parts counts once in
 * the subtotal and once in each part).
 *
 * @example
 * ```ts
 * import { hchsStaffGroupHierarchy } from '@oneworkforce/schemas'
 *
 * hchsStaffGroupHierarchy.name // 'Total'
 * hchsStaffGroupHierarchy.parts?.length // 4
 * ```
 */
export const hchsStaffGroupHierarchy: HchsStaffGroup = {
  name: 'Total',
  parts: [
    {
      name: 'Professionally qualified clinical staff',
      parts: [
        { name: 'HCHS Doctors', parts: doctorGrades },
        { name: 'Nurses & health visitors', code: 'registered-nurse' },
        { name: 'Midwives', code: 'midwife' },
        { name: 'Ambulance staff', code: 'ambulance-staff' },
        {
          name: 'Scientific, therapeutic & technical staff',
          code: 'scientific-therapeutic-technical',
        },
      ],
    },
    {
      name: 'Support to clinical staff',
      code: 'clinical-support',
      parts: [
        { name: 'Support to doctors, nurses & midwives', code: 'clinical-support' },
        { name: 'Support to ambulance staff', code: 'clinical-support' },
        { name: 'Support to ST&T staff', code: 'clinical-support' },
      ],
    },
    {
      name: 'NHS infrastructure support',
      code: 'infrastructure-support',
      parts: [
        { name: 'Central functions', code: 'infrastructure-support' },
        { name: 'Hotel, property & estates', code: 'infrastructure-support' },
        { name: 'Senior managers', code: 'infrastructure-support' },
        { name: 'Managers', code: 'infrastructure-support' },
      ],
    },
    { name: 'Unknown classification', code: 'unknown-staff-group' },
  ],
}

/**
 * The levels of the HCHS hierarchy a file can be read at, finest first. `finest` reads the
 * leaves (doctor grades, the three parts of support to clinical staff, the four parts of
 * infrastructure support); `staff-group` the eight groups NHS Digital headlines (HCHS doctors
 * as one); `main-staff-group` the three top groups and unknown; `total` the organisation total.
 */
export const hchsLevels = ['finest', 'staff-group', 'main-staff-group', 'total'] as const

/** A level of the HCHS hierarchy; see {@link hchsLevels}. */
export type HchsLevel = (typeof hchsLevels)[number]

function leaves(group: HchsStaffGroup): HchsStaffGroup[] {
  return group.parts ? group.parts.flatMap(leaves) : [group]
}

/** The groups (a cut through the tree: every FTE once) read at `level`. */
export function hchsGroupsAtLevel(level: HchsLevel): readonly HchsStaffGroup[] {
  const top = hchsStaffGroupHierarchy
  const main = top.parts ?? []
  if (level === 'total') return [top]
  if (level === 'main-staff-group') return main
  if (level === 'staff-group')
    return main.flatMap((each) => (each.name.startsWith('Prof') ? (each.parts ?? []) : [each]))
  return leaves(top)
}

/** Every name of the hierarchy, normalised. */
export const hchsNames: ReadonlySet<string> = new Set(
  (function all(group: HchsStaffGroup): string[] {
    return [normaliseStaffGroupName(group.name), ...(group.parts ?? []).flatMap(all)]
  })(hchsStaffGroupHierarchy),
)
