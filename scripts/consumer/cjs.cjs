// CommonJS: every package through require(), and a projection of the sample ICS runs.
const { funnelPlot } = require('@oneworkforce/benchmarking')
const { rankInitiatives } = require('@oneworkforce/prioritisation')
const { projectionInputFromDataset, projectWorkforce } = require('@oneworkforce/projection')
const { sampleDataset } = require('@oneworkforce/sample-data')
const { Money, parseMoney } = require('@oneworkforce/schemas')
const { z } = require('@oneworkforce/schemas/zod')

const dataset = sampleDataset()
const result = projectWorkforce(projectionInputFromDataset(dataset), { keep: ['staffGroup'] })
const ranking = rankInitiatives(dataset.initiatives)
if (!(parseMoney('1.005') instanceof Money)) throw new Error('Money')
if (typeof funnelPlot !== 'function' || typeof z.object !== 'function') throw new Error('exports')
console.log(
  `CommonJS: ${result.series.fte.length} months, ${ranking.initiatives.length} initiatives ranked`,
)
