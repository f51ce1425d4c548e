/**
 * Sample dataset benchmark (issue #2, "keep it light"): the first call of `sampleDataset()`
 * (generation from the seed, including JIT warm-up, as a user or the browser demo sees it) in
 * five fresh processes, with peak RSS, and the size of the dataset in rows.
 *
 * Run: `pnpm bench sample-data`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sampleDataset } from '@oneworkforce/sample-data'

function line(workload: string, figure: string, target: string, pass: boolean) {
  console.log(
    `${workload.padEnd(62)} ${figure.padEnd(26)} ${target.padEnd(16)} ${pass ? 'PASS' : 'MISS'}`,
  )
}

if (process.argv[2] === 'child') {
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const dataset = sampleDataset()
  const milliseconds = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  const cpuMilliseconds = (cpu.user + cpu.system) / 1000
  const rows = Object.values(dataset)
    .filter(Array.isArray)
    .reduce((sum, table) => sum + table.length, 0)
  const rssMiB = process.resourceUsage().maxRSS / 1024
  console.log(JSON.stringify({ milliseconds, cpuMilliseconds, rows, rssMiB }))
} else {
  const runs = Array.from({ length: 5 }, () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), 'child'],
      { encoding: 'utf8' },
    )
    if (child.status !== 0) throw new Error(child.stderr)
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      milliseconds: number
      cpuMilliseconds: number
      rows: number
      rssMiB: number
    }
  })
  const times = runs.map((run) => run.milliseconds).sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN
  const cpuTimes = runs.map((run) => run.cpuMilliseconds).sort((a, b) => a - b)
  const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)] ?? Number.NaN
  const rss = Math.max(...runs.map((run) => run.rssMiB))
  const rows = runs[0]?.rows ?? 0
  line(
    'sampleDataset() first call, median of 5 fresh processes',
    `${median.toFixed(0)} ms (max ${(times.at(-1) ?? 0).toFixed(0)})`,
    '< 1000 ms',
    median < 1000,
  )
  // CPU time includes GC threads; it is the steadier figure on a loaded machine.
  line(
    'sampleDataset() first call, CPU time (median)',
    `${cpuMedian.toFixed(0)} ms`,
    '< 1000 ms',
    cpuMedian < 1000,
  )
  line('sampleDataset() peak RSS (whole process)', `${rss.toFixed(0)} MiB`, '< 300 MiB', rss < 300)
  line('sample dataset rows, all tables', rows.toLocaleString('en-GB'), '< 250,000', rows < 250_000)
}
