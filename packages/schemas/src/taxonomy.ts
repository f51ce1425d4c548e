import * as z from 'zod'
import { type Issue, issue, type Result, resultFrom, unwrapResult } from './errors'
import { codeSchema } from './primitives'
import { issuesFromZod } from './validate'

/**
 * A setting of care: acute, community, mental health, primary care, social care, voluntary.
 *
 * @example
 * ```ts
 * import { sectorSchema } from '@oneworkforce/schemas'
 *
 * sectorSchema.parse({ code: 'acute', label: 'Acute' })
 * ```
 */
export const sectorSchema = z.strictObject({ code: codeSchema, label: z.string().min(1) })

/**
 * A staff group: a code, a label, and the sectors it is found in. `family` groups the
 * taxonomy the way the national data sets are split (NHS hospital and community, general
 * practice, adult social care, voluntary sector).
 *
 * @example
 * ```ts
 * import { staffGroupSchema } from '@oneworkforce/schemas'
 *
 * staffGroupSchema.parse({ code: 'gp', label: 'GPs', sectors: ['primary-care'], family: 'general-practice' })
 * ```
 */
export const staffGroupSchema = z.strictObject({
  code: codeSchema,
  label: z.string().min(1),
  sectors: z.array(codeSchema).min(1),
  family: z.enum(['nhs-hchs', 'general-practice', 'social-care', 'voluntary']),
  /** Whether the group needs a professional registration (used by training pipelines and reports). */
  registered: z.boolean().optional(),
})

/**
 * An age band: inclusive `minAge`, inclusive `maxAge` (or `null` for an open top band).
 *
 * @example
 * ```ts
 * import { ageBandSchema } from '@oneworkforce/schemas'
 *
 * ageBandSchema.parse({ code: '55-59', label: '55 to 59', minAge: 55, maxAge: 59 })
 * ```
 */
export const ageBandSchema = z.strictObject({
  code: codeSchema,
  label: z.string().min(1),
  minAge: z.number().int().min(0).max(120),
  maxAge: z.number().int().min(0).max(120).nullable(),
})

/**
 * A whole taxonomy: sectors, staff groups, the age bands of staff, and the age bands of the
 * population projection (which usually differ from staff age bands).
 *
 * @example
 * ```ts
 * import { defaultTaxonomy, taxonomySchema } from '@oneworkforce/schemas'
 *
 * taxonomySchema.parse(defaultTaxonomy)
 * ```
 */
export const taxonomySchema = z.strictObject({
  sectors: z.array(sectorSchema).min(1),
  staffGroups: z.array(staffGroupSchema).min(1),
  ageBands: z.array(ageBandSchema).min(1),
  populationAgeBands: z.array(ageBandSchema).min(1),
})

/** A sector of care. */
export type Sector = z.infer<typeof sectorSchema>
/** A staff group of the taxonomy. */
export type StaffGroup = z.infer<typeof staffGroupSchema>
/** An age band. */
export type AgeBand = z.infer<typeof ageBandSchema>
/** A complete taxonomy. */
export type Taxonomy = z.infer<typeof taxonomySchema>

const hchs = ['acute', 'community', 'mental-health']
/** Every kind of NHS body in NHS Digital's HCHS files: trusts, ambulance trusts, ICBs, CSUs, others. */
const nhsBodies = [
  ...hchs,
  'ambulance',
  'integrated-care-board',
  'commissioning-support',
  'other-nhs-body',
]

/**
 * The default taxonomy: ten sectors, 28 staff groups spanning NHS hospital and community
 * services (NHS Digital staff groups), general practice (GP workforce data's GP, nurse, direct
 * patient care and admin groups, with the ARRS roles split out) and adult social care (Skills for
 * Care job roles), ten staff age bands and five population age bands.
 *
 * The last four sectors are the kinds of NHS body NHS Digital publishes that are not care
 * settings of their own (ambulance trusts, integrated care boards, commissioning support units,
 * other statutory bodies); the staff groups of NHS Digital's organisation-level HCHS file
 * (`other-doctor`, `ambulance-staff`, `scientific-therapeutic-technical`, `unknown-staff-group`)
 * let every FTE of that file land in a group. `scientific-therapeutic-technical` is NHS
 * Digital's "Scientific, therapeutic & technical staff" kept as one group, because the
 * organisation-level file does not split it; `ahp` and `healthcare-scientist` are for sources
 * that do (use one or the other for an organisation, never both).
 *
 * @example
 * ```ts
 * import { defaultTaxonomy } from '@oneworkforce/schemas'
 *
 * defaultTaxonomy.staffGroups.find((group) => group.code === 'registered-nurse')?.label
 * // 'Registered nurses and health visitors'
 * ```
 */
export const defaultTaxonomy: Taxonomy = {
  sectors: [
    { code: 'acute', label: 'Acute' },
    { code: 'community', label: 'Community' },
    { code: 'mental-health', label: 'Mental health' },
    { code: 'primary-care', label: 'Primary care' },
    { code: 'social-care', label: 'Adult social care' },
    { code: 'voluntary', label: 'Voluntary and community sector' },
    { code: 'ambulance', label: 'Ambulance services' },
    { code: 'integrated-care-board', label: 'Integrated care boards' },
    { code: 'commissioning-support', label: 'Commissioning support units' },
    { code: 'other-nhs-body', label: 'Other NHS bodies (special health authorities and others)' },
  ],
  staffGroups: [
    {
      code: 'consultant',
      label: 'Consultants',
      sectors: nhsBodies,
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'resident-doctor',
      label: 'Resident doctors',
      sectors: nhsBodies,
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'sas-doctor',
      label: 'Specialty and specialist doctors',
      sectors: nhsBodies,
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'registered-nurse',
      label: 'Registered nurses and health visitors',
      sectors: nhsBodies,
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'midwife',
      label: 'Midwives',
      sectors: ['acute', 'community'],
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'nursing-associate',
      label: 'Nursing associates',
      sectors: [...hchs, 'primary-care', 'social-care'],
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'ahp',
      label: 'Allied health professionals',
      sectors: hchs,
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'healthcare-scientist',
      label: 'Healthcare scientists',
      sectors: ['acute'],
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'other-doctor',
      label: 'Other hospital doctors (hospital practitioners, clinical assistants, other grades)',
      sectors: nhsBodies,
      family: 'nhs-hchs',
      registered: true,
    },
    {
      code: 'ambulance-staff',
      label: 'Ambulance staff',
      sectors: ['ambulance', 'acute', 'other-nhs-body'],
      family: 'nhs-hchs',
    },
    {
      code: 'scientific-therapeutic-technical',
      label: 'Scientific, therapeutic and technical staff (AHPs, scientists and others together)',
      sectors: nhsBodies,
      family: 'nhs-hchs',
    },
    {
      code: 'clinical-support',
      label: 'Support to clinical staff',
      sectors: nhsBodies,
      family: 'nhs-hchs',
    },
    {
      code: 'infrastructure-support',
      label: 'NHS infrastructure support',
      sectors: nhsBodies,
      family: 'nhs-hchs',
    },
    {
      code: 'unknown-staff-group',
      label: 'Unknown classification (NHS Digital)',
      sectors: nhsBodies,
      family: 'nhs-hchs',
    },
    {
      code: 'gp',
      label: 'GPs',
      sectors: ['primary-care'],
      family: 'general-practice',
      registered: true,
    },
    {
      code: 'practice-nurse',
      label: 'Practice nurses',
      sectors: ['primary-care'],
      family: 'general-practice',
      registered: true,
    },
    {
      code: 'clinical-pharmacist',
      label: 'Clinical pharmacists (ARRS)',
      sectors: ['primary-care'],
      family: 'general-practice',
      registered: true,
    },
    {
      code: 'physician-associate',
      label: 'Physician associates',
      sectors: ['primary-care', 'acute'],
      family: 'general-practice',
      registered: true,
    },
    {
      code: 'direct-patient-care',
      label: 'Other direct patient care (ARRS and HCAs)',
      sectors: ['primary-care'],
      family: 'general-practice',
    },
    {
      code: 'practice-admin',
      label: 'Practice admin and non-clinical',
      sectors: ['primary-care'],
      family: 'general-practice',
    },
    { code: 'care-worker', label: 'Care workers', sectors: ['social-care'], family: 'social-care' },
    {
      code: 'senior-care-worker',
      label: 'Senior care workers',
      sectors: ['social-care'],
      family: 'social-care',
    },
    {
      code: 'registered-manager',
      label: 'Registered managers',
      sectors: ['social-care'],
      family: 'social-care',
    },
    {
      code: 'social-care-nurse',
      label: 'Social care registered nurses',
      sectors: ['social-care'],
      family: 'social-care',
      registered: true,
    },
    {
      code: 'social-worker',
      label: 'Social workers',
      sectors: ['social-care'],
      family: 'social-care',
      registered: true,
    },
    {
      code: 'social-care-support',
      label: 'Social care ancillary and support',
      sectors: ['social-care'],
      family: 'social-care',
    },
    {
      code: 'vcse-practitioner',
      label: 'Voluntary sector practitioners',
      sectors: ['voluntary'],
      family: 'voluntary',
    },
    {
      code: 'vcse-support',
      label: 'Voluntary sector support and admin',
      sectors: ['voluntary'],
      family: 'voluntary',
    },
  ],
  ageBands: [
    { code: 'under-25', label: 'Under 25', minAge: 16, maxAge: 24 },
    { code: '25-29', label: '25 to 29', minAge: 25, maxAge: 29 },
    { code: '30-34', label: '30 to 34', minAge: 30, maxAge: 34 },
    { code: '35-39', label: '35 to 39', minAge: 35, maxAge: 39 },
    { code: '40-44', label: '40 to 44', minAge: 40, maxAge: 44 },
    { code: '45-49', label: '45 to 49', minAge: 45, maxAge: 49 },
    { code: '50-54', label: '50 to 54', minAge: 50, maxAge: 54 },
    { code: '55-59', label: '55 to 59', minAge: 55, maxAge: 59 },
    { code: '60-64', label: '60 to 64', minAge: 60, maxAge: 64 },
    { code: '65-plus', label: '65 and over', minAge: 65, maxAge: null },
  ],
  populationAgeBands: [
    { code: '0-17', label: '0 to 17', minAge: 0, maxAge: 17 },
    { code: '18-64', label: '18 to 64', minAge: 18, maxAge: 64 },
    { code: '65-74', label: '65 to 74', minAge: 65, maxAge: 74 },
    { code: '75-84', label: '75 to 84', minAge: 75, maxAge: 84 },
    { code: '85-plus', label: '85 and over', minAge: 85, maxAge: null },
  ],
}

function duplicateCodes(table: string, rows: readonly { code: string }[]): Issue[] {
  const seen = new Set<string>()
  const issues: Issue[] = []
  rows.forEach((row, index) => {
    if (seen.has(row.code)) {
      issues.push(
        issue(
          'duplicate_key',
          `${table} code "${row.code}" appears more than once`,
          [table, index, 'code'],
          {
            table,
            row: index,
            column: 'code',
          },
        ),
      )
    }
    seen.add(row.code)
  })
  return issues
}

function bandIssues(table: string, bands: readonly AgeBand[]): Issue[] {
  const issues: Issue[] = []
  bands.forEach((band, index) => {
    const where = { table, row: index, column: 'maxAge' }
    if (band.maxAge !== null && band.maxAge < band.minAge) {
      issues.push(
        issue(
          'invalid_value',
          `age band "${band.code}" ends before it starts`,
          [table, index],
          where,
        ),
      )
    }
    const next = bands[index + 1]
    if (next && band.maxAge === null) {
      issues.push(
        issue(
          'inconsistent',
          `only the last age band may be open-ended ("${band.code}" is not last)`,
          [table, index],
          where,
        ),
      )
    } else if (next && band.maxAge !== null && next.minAge !== band.maxAge + 1) {
      issues.push(
        issue(
          'inconsistent',
          `age bands must be contiguous and ascending: "${band.code}" ends at ${band.maxAge} but "${next.code}" starts at ${next.minAge}`,
          [table, index + 1],
          { ...where, row: index + 1, column: 'minAge' },
        ),
      )
    }
  })
  return issues
}

/** A path as a reader writes it: `staffGroups[12].family`. */
function pathText(path: readonly (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('')
}

/** A shape issue that names its full path (`staffGroups[12].family: …`) and its table, row and column. */
function located(each: Issue): Issue {
  const [table, row, column] = each.path
  if (typeof table !== 'string') return each
  const message = each.message.startsWith(`${table}: `)
    ? each.message.slice(table.length + 2)
    : each.message
  return {
    ...each,
    message: `${pathText(each.path)}: ${message}`,
    table,
    ...(typeof row === 'number' ? { row } : {}),
    ...(typeof column === 'string' ? { column } : {}),
  }
}

/**
 * Validates a taxonomy: its shape, unique codes, staff groups referring only to known sectors,
 * and age bands that are contiguous and ascending.
 *
 * @example
 * ```ts
 * import { defaultTaxonomy, safeParseTaxonomy } from '@oneworkforce/schemas'
 *
 * const result = safeParseTaxonomy({ ...defaultTaxonomy, sectors: [] })
 * result.success // false
 * ```
 */
export function safeParseTaxonomy(input: unknown): Result<Taxonomy> {
  const parsed = taxonomySchema.safeParse(input)
  if (!parsed.success) return resultFrom(defaultTaxonomy, issuesFromZod(parsed.error).map(located))
  const taxonomy = parsed.data
  const sectorCodes = new Set(taxonomy.sectors.map((sector) => sector.code))
  const issues: Issue[] = [
    ...duplicateCodes('sectors', taxonomy.sectors),
    ...duplicateCodes('staffGroups', taxonomy.staffGroups),
    ...duplicateCodes('ageBands', taxonomy.ageBands),
    ...duplicateCodes('populationAgeBands', taxonomy.populationAgeBands),
    ...bandIssues('ageBands', taxonomy.ageBands),
    ...bandIssues('populationAgeBands', taxonomy.populationAgeBands),
  ]
  taxonomy.staffGroups.forEach((group, index) => {
    for (const sector of group.sectors) {
      if (!sectorCodes.has(sector)) {
        issues.push(
          issue(
            'unknown_code',
            `staff group "${group.code}" names unknown sector "${sector}"`,
            ['staffGroups', index, 'sectors'],
            { table: 'staffGroups', row: index, column: 'sectors' },
          ),
        )
      }
    }
  })
  return resultFrom(taxonomy, issues)
}

/**
 * Validates a taxonomy and returns it, or throws a `OneWorkforceError` listing every issue.
 *
 * @example
 * ```ts
 * import { defaultTaxonomy, parseTaxonomy } from '@oneworkforce/schemas'
 *
 * const taxonomy = parseTaxonomy(defaultTaxonomy)
 * ```
 */
export function parseTaxonomy(input: unknown): Taxonomy {
  return unwrapResult(safeParseTaxonomy(input))
}

/**
 * The age band (of `bands`) that contains `age`, or `undefined`.
 *
 * @example
 * ```ts
 * import { ageBandOf, defaultTaxonomy } from '@oneworkforce/schemas'
 *
 * ageBandOf(57, defaultTaxonomy.ageBands)?.code // '55-59'
 * ```
 */
export function ageBandOf(age: number, bands: readonly AgeBand[]): AgeBand | undefined {
  return bands.find((band) => age >= band.minAge && (band.maxAge === null || age <= band.maxAge))
}
