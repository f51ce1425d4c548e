// ESM: every package's root imports, and a projection of the sample ICS runs.
import { benchmarkUnits, funnelPlot } from '@oneworkforce/benchmarking'
import { rankInitiatives } from '@oneworkforce/prioritisation'
import {
  financialYearSummary,
  projectionInputFromDataset,
  projectWorkforce,
} from '@oneworkforce/projection'
import { sampleDataset } from '@oneworkforce/sample-data'
import { Money, safeParseDataset } from '@oneworkforce/schemas'
import { z } from '@oneworkforce/schemas/zod'

const dataset = sampleDataset()
if (!safeParseDataset(dataset).success) throw new Error('the sample dataset does not validate')
const result = projectWorkforce(projectionInputFromDataset(dataset), { keep: ['staffGroup'] })
const years = financialYearSummary(result)
const ranking = rankInitiatives(dataset.initiatives)
if (!(years.length > 0 && ranking.initiatives.length > 0)) throw new Error('empty results')
if (new Money('0.1').plus('0.2').toString() !== '0.3') throw new Error('Money')
if (z.string().safeParse(1).success) throw new Error('zod subpath')
for (const each of [benchmarkUnits, funnelPlot])
  if (typeof each !== 'function') throw new Error('benchmarking')
console.log(
  `ESM: ${years.length} financial years, ${ranking.initiatives.length} initiatives ranked`,
)
