import { describe, expect, it } from 'vitest'
import { type TableName, tableSchemas } from '../datasets/dataset'
import { defaultTaxonomy } from '../taxonomy'
import {
  nhsDigitalAggregateStaffGroupNames,
  nhsDigitalStaffGroupCodes,
  normaliseStaffGroupName,
} from './nhs-staff-groups'
import { tableColumns } from './table-columns'

describe('tableColumns', () => {
  it('mirrors the doc example', () => {
    expect(tableColumns('vacancies').map((column) => column.name)).toEqual([
      'month',
      'organisation',
      'staffGroup',
      'fundedFte',
      'staffInPostFte',
    ])
  })

  it('reads kinds and required flags from the schemas, unions included', () => {
    const flows = Object.fromEntries(tableColumns('flows').map((column) => [column.name, column]))
    expect(flows.reason).toMatchObject({ kind: 'text', required: true })
    expect(flows.ageBand).toMatchObject({ required: false })
    expect(flows.fte).toMatchObject({ kind: 'number' })
    const initiatives = Object.fromEntries(
      tableColumns('initiatives').map((column) => [column.name, column.kind]),
    )
    expect(initiatives).toMatchObject({ scores: 'json', dependsOn: 'list', costGbp: 'text' })
    for (const table of Object.keys(tableSchemas) as TableName[])
      expect(tableColumns(table).length).toBeGreaterThan(0)
  })
})

describe('NHS Digital staff group names', () => {
  it('mirrors the doc examples', () => {
    expect(nhsDigitalStaffGroupCodes[normaliseStaffGroupName('Nurses & health visitors')]).toBe(
      'registered-nurse',
    )
    expect(normaliseStaffGroupName('Support to doctors, nurses & midwives')).toBe(
      'support to doctors nurses and midwives',
    )
    expect(nhsDigitalAggregateStaffGroupNames.includes('total')).toBe(true)
  })

  it('maps only onto codes of the default taxonomy', () => {
    const codes = new Set(defaultTaxonomy.staffGroups.map((group) => group.code))
    for (const code of Object.values(nhsDigitalStaffGroupCodes)) expect(codes.has(code)).toBe(true)
    expect(nhsDigitalStaffGroupCodes[normaliseStaffGroupName('Midwives')]).toBe('midwife')
    // A subtotal is not a code of one of its parts: it is an aggregate, left out of ingest.
    expect(nhsDigitalStaffGroupCodes[normaliseStaffGroupName('HCHS doctors')]).toBeUndefined()
    expect(nhsDigitalAggregateStaffGroupNames).toContain(normaliseStaffGroupName('HCHS doctors'))
  })
})
