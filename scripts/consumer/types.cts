// Types as a CommonJS consumer sees them: Money is a real decimal type (never any), the projection
// input autocompletes (a misspelt field is an error), and every package's types resolve.
import type { FunnelPlot } from '@oneworkforce/benchmarking'
import type { Ranking } from '@oneworkforce/prioritisation'
import {
  type ProjectionInputDraft,
  projectWorkforce,
  safeProjectWorkforce,
} from '@oneworkforce/projection'
import { sampleDataset } from '@oneworkforce/sample-data'
import { type Money, parseMoney, sumMoney } from '@oneworkforce/schemas'
import { z } from '@oneworkforce/schemas/zod'

const total: Money = sumMoney([parseMoney('1.10'), '2.20'])
const pence: string = total.toFixed(2)
// @ts-expect-error Money is a decimal, not a number: an `any` Money would make this line compile
const wrong: number = total

const input: ProjectionInputDraft = {
  startMonth: '2025-04',
  horizonMonths: 12,
  dimensions: { places: ['p'], sectors: ['acute'], staffGroups: ['ahp'] },
  stock: [{ place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 10, ftePerHead: 1 }],
}
const result = projectWorkforce(input)
// @ts-expect-error a misspelt field of the input is a type error (the parameter is not unknown)
projectWorkforce({ ...input, horizonMonth: 12 })
const untrusted: unknown = JSON.parse('{}')
const checked = safeProjectWorkforce(untrusted)

const rows = z.array(z.object({ fte: z.number() }))
type Row = z.infer<typeof rows>[number]
const row: Row = { fte: 1 }
declare const point: FunnelPlot
declare const ranking: Ranking

export { checked, pence, point, ranking, result, row, sampleDataset, wrong }
