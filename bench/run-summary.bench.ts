/**
 * Monte Carlo summaries (issue #12, "Monte Carlo everywhere"): the cost of folding runs into a
 * run summary with exact sums, and of merging shards, at the one-ICS Monte Carlo bench's size
 * (18,000 outputs per run: 4 measures × 25 staff groups × 180 months), 1,000 runs, histogram
 * mode (above the 32 MiB exact cap), in blocks of 50 runs as simulateWorkforce sends them.
 *
 *   pnpm bench run-summary
 */
import { loadavg } from 'node:os'
import {
  createRunSummaryAccumulator,
  finishRunSummary,
  mergeRunSummaries,
  runSummaryPlan,
} from '@oneworkforce/projection/engine'

const runs = 1000
const outputCount = 18_000
const blockRuns = 50
const exceedance = { start: 9000, count: 4500, thresholds: [0] }
// Like-sized outputs with full mantissas, as projected FTE and costs are.
const block = new Float64Array(blockRuns * outputCount)
for (let k = 0; k < block.length; k += 1) block[k] = 1000 + 50 * Math.sin(k)

function timed<T>(work: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = work()
  const used = process.cpuUsage(cpu)
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 }
}

function line(workload: string, wallMs: number, cpuMs: number) {
  console.log(
    `${workload.padEnd(62)} ${wallMs.toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms CPU`,
  )
}

console.log(`load average ${loadavg()[0]?.toFixed(1)} (1 min) on a shared machine`)
for (let repeat = 0; repeat < 2; repeat += 1) {
  const whole = timed(() => {
    const accumulator = createRunSummaryAccumulator({ runs, outputCount, exceedance })
    for (let run = 0; run < runs; run += blockRuns) accumulator.add(run, block.slice())
    return accumulator.finish()
  })
  line(
    `fold 1,000 runs × 18,000 outputs (${whole.value.method}), one accumulator`,
    whole.wallMs,
    whole.cpuMs,
  )
  const pilotRuns = runSummaryPlan({ runs, outputCount }).pilotRuns
  const pilotValues = new Float64Array(pilotRuns * outputCount)
  for (let run = 0; run < pilotRuns; run += blockRuns) pilotValues.set(block, run * outputCount)
  const shards = [0, 250, 500, 750].map((from) => {
    const range = { from, to: from + 250 }
    const plan = runSummaryPlan({ runs, outputCount, range })
    const accumulator = createRunSummaryAccumulator({
      runs,
      outputCount,
      exceedance,
      range,
      ...(plan.needsPilotValues ? { pilotValues } : {}),
    })
    for (let run = from; run < range.to; run += blockRuns) accumulator.add(run, block.slice())
    return accumulator.partial()
  })
  const merged = timed(() => finishRunSummary(mergeRunSummaries(shards)))
  line('merge 4 shards of 250 runs and finish', merged.wallMs, merged.cpuMs)
  const same = merged.value.quantiles.every((q, k) => Object.is(q, whole.value.quantiles[k]))
  console.log(
    `  merged percentiles equal one accumulator's, bit for bit: ${same ? 'PASS' : 'MISS'}`,
  )
}
