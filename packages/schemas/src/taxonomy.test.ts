import { describe, expect, it } from 'vitest'
import { ageBandOf, defaultTaxonomy, parseTaxonomy, safeParseTaxonomy } from './taxonomy'

describe('taxonomy', () => {
  it('accepts the default taxonomy with no issues', () => {
    const result = safeParseTaxonomy(defaultTaxonomy)
    expect(result.success).toBe(true)
    expect(result.issues).toEqual([])
    expect(defaultTaxonomy.sectors.map((sector) => sector.code)).toEqual([
      'acute',
      'community',
      'mental-health',
      'primary-care',
      'social-care',
      'voluntary',
      'ambulance',
      'integrated-care-board',
      'commissioning-support',
      'other-nhs-body',
    ])
  })

  it('has a group for every staff group of NHS Digital’s HCHS file, in every kind of NHS body', () => {
    const groups = new Map(defaultTaxonomy.staffGroups.map((group) => [group.code, group]))
    for (const code of [
      'other-doctor',
      'ambulance-staff',
      'scientific-therapeutic-technical',
      'unknown-staff-group',
    ]) {
      expect(groups.get(code)?.family).toBe('nhs-hchs')
    }
    expect(groups.get('ambulance-staff')?.sectors).toContain('ambulance')
    expect(groups.get('infrastructure-support')?.sectors).toEqual(
      expect.arrayContaining(['integrated-care-board', 'commissioning-support', 'other-nhs-body']),
    )
  })

  it('reports duplicate codes and unknown sectors with their rows', () => {
    const result = safeParseTaxonomy({
      ...defaultTaxonomy,
      staffGroups: [
        ...defaultTaxonomy.staffGroups,
        { code: 'gp', label: 'GPs again', sectors: ['hospice'], family: 'general-practice' },
      ],
    })
    expect(result.success).toBe(false)
    const row = defaultTaxonomy.staffGroups.length
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'duplicate_key', table: 'staffGroups', row }),
        expect.objectContaining({
          code: 'unknown_code',
          table: 'staffGroups',
          row,
          column: 'sectors',
        }),
      ]),
    )
  })

  it('requires contiguous ascending age bands with only the last open', () => {
    const gap = {
      ...defaultTaxonomy,
      ageBands: [
        { code: 'a', label: 'A', minAge: 16, maxAge: 29 },
        { code: 'b', label: 'B', minAge: 31, maxAge: null },
      ],
    }
    expect(safeParseTaxonomy(gap).issues[0]?.code).toBe('inconsistent')
    expect(() => parseTaxonomy({ ...defaultTaxonomy, sectors: 'acute' })).toThrow(/sectors/)
  })

  it('finds the band holding an age', () => {
    expect(ageBandOf(57, defaultTaxonomy.ageBands)?.code).toBe('55-59')
    expect(ageBandOf(80, defaultTaxonomy.ageBands)?.code).toBe('65-plus')
    expect(ageBandOf(10, defaultTaxonomy.ageBands)).toBeUndefined()
  })

  it('names the path of a shape error in a custom taxonomy, not just the rule', () => {
    const staffGroups = defaultTaxonomy.staffGroups.map((group, index) =>
      index === 12 ? { ...group, family: 'nhs' } : group,
    )
    const result = safeParseTaxonomy({ ...defaultTaxonomy, staffGroups })
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ table: 'staffGroups', row: 12, column: 'family' })
    expect(result.issues[0]?.message).toMatch(/^staffGroups\[12\]\.family: Invalid option/)
  })
})
