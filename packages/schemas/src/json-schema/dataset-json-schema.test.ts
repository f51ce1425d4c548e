import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { type TableName, tableSchemas } from '../datasets/dataset'
import { datasetJsonSchema, datasetJsonSchemaFiles } from './dataset-json-schema'

const validRows: Record<TableName, Record<string, unknown>> = {
  integratedCareSystems: { code: 'QKK', name: 'South East London', region: 'London' },
  places: { code: 'lambeth', name: 'Lambeth', ics: 'QKK' },
  organisations: { code: 'RJ1', name: 'Trust', sector: 'acute', place: 'lambeth' },
  workforce: {
    month: '2024-03',
    organisation: 'RJ1',
    staffGroup: 'registered-nurse',
    headcount: 120,
    fte: 108.4,
  },
  workforceFte: { month: '2024-08', organisation: 'A81038', staffGroup: 'gp', fte: 4.6 },
  flows: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'registered-nurse',
    direction: 'leaver',
    reason: 'retirement',
    headcount: 2,
    fte: 1.6,
  },
  vacancies: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'midwife',
    fundedFte: 210,
    staffInPostFte: 188.5,
  },
  sickness: {
    month: '2024-04',
    organisation: 'RJ1',
    staffGroup: 'ahp',
    fteDaysLost: 310,
    fteDaysAvailable: 7400,
  },
  trainingPipeline: {
    programme: 'bsc-adult-nursing',
    staffGroup: 'registered-nurse',
    durationMonths: 36,
    annualIntake: 900,
    attritionRate: 0.24,
    localUptakeShare: 0.55,
    entryMonth: 9,
  },
  payRates: {
    financialYear: '2025/26',
    staffGroup: 'registered-nurse',
    annualPayGbp: '34422.50',
    onCostRate: 0.28,
    bankPremiumRate: 0.1,
    agencyPremiumRate: 0.6,
  },
  spend: {
    month: '2024-04',
    organisation: 'RJ1',
    substantiveGbp: '41000000',
    bankGbp: '2100000',
    agencyGbp: '900000',
  },
  population: { place: 'lambeth', year: 2030, ageBand: '85-plus', persons: 4100 },
  serviceUse: { staffGroup: 'care-worker', ageBand: '85-plus', relativeUse: 22 },
  activity: {
    month: '2024-04',
    place: 'lambeth',
    sector: 'primary-care',
    activity: 'gp-appointments',
    volume: 61000,
  },
  initiatives: {
    id: 'jobs-hub',
    title: 'Jobs Hub',
    owner: 'ICS workforce team',
    costGbp: '450000',
    scores: [{ criterion: 'feasibility', scorer: 'a', score: 4 }],
  },
  scenarios: {
    id: 'retain',
    name: 'Retain',
    levers: [{ type: 'retention', relativeChange: -0.1, fromMonth: '2025-04' }],
  },
}

const ajv = new Ajv2020({ strict: false, allErrors: true })
const tables = Object.keys(tableSchemas) as TableName[]

describe('datasetJsonSchema', () => {
  it('mirrors the doc example', () => {
    expect(datasetJsonSchema('workforce').required).toEqual([
      'month',
      'organisation',
      'staffGroup',
      'headcount',
      'fte',
    ])
  })

  it.each(tables)('%s: a valid row validates, and the zod schema agrees', (table) => {
    const row = validRows[table]
    expect(tableSchemas[table].safeParse(row).success).toBe(true)
    const validate = ajv.compile(datasetJsonSchema(table))
    expect(validate(row)).toBe(true)
  })

  it.each(tables)('%s: a row missing a required column or with an extra one fails', (table) => {
    const validate = ajv.compile(datasetJsonSchema(table))
    const [first] = Object.keys(validRows[table])
    const { [first as string]: _, ...missing } = validRows[table]
    expect(validate(missing)).toBe(false)
    expect(validate({ ...validRows[table], colour: 'red' })).toBe(false)
  })

  it('rejects out-of-range values the zod schema rejects', () => {
    const validate = ajv.compile(datasetJsonSchema('trainingPipeline'))
    expect(validate({ ...validRows.trainingPipeline, attritionRate: 24 })).toBe(false)
    const workforce = ajv.compile(datasetJsonSchema('workforce'))
    expect(workforce({ ...validRows.workforce, headcount: -1 })).toBe(false)
    expect(workforce({ ...validRows.workforce, month: '2024-13' })).toBe(false)
  })

  it('describes a whole dataset, with defaulted tables optional', () => {
    const validate = ajv.compile(datasetJsonSchema('dataset'))
    const dataset = {
      integratedCareSystems: [validRows.integratedCareSystems],
      places: [validRows.places],
      organisations: [validRows.organisations],
      workforce: [validRows.workforce],
    }
    expect(validate(dataset)).toBe(true)
    expect(validate({ ...dataset, places: [] })).toBe(false)
  })

  it('ships a file for every table and the dataset', () => {
    const names = datasetJsonSchemaFiles().map((file) => file.fileName)
    expect(names).toEqual([...tables.map((table) => `${table}.json`), 'dataset.json'])
    expect(names.includes('workforce.json')).toBe(true)
  })
})
