/**
 * Monte Carlo benchmark (issue #4, "Speed"): 1,000 runs of the one-ICS workload (15,000 cells ×
 * 180 months, output by staff group × month) with 28 uncertain draws, on worker threads; the
 * speed-up from 1 to 2 threads; and peak RSS at 250 and 1,000 runs, each measured in a fresh
 * process (peak RSS only ever grows) to show memory does not grow with the number of runs.
 *
 * Run: `pnpm bench monte-carlo`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { simulateWorkforce, type UncertainParameterInput } from '@oneworkforce/projection'
import { staffGroups, syntheticIcsInput } from './synthetic-ics'

const input = syntheticIcsInput(10, 180)
const uncertainParameters: UncertainParameterInput[] = [
  ...staffGroups.map((staffGroup, g) => ({
    id: `voluntary leaving ${staffGroup}`,
    select: {
      rows: ['leaverRates'],
      where: { staffGroup, reason: 'voluntary' },
      field: 'ratePerYear',
    },
    distribution: { type: 'triangular' as const, min: 0.8, mode: 1, max: 1.25 },
    // Staff groups in families of five share a draw (correlated leaving).
    group: `family ${Math.floor(g / 5)}`,
  })),
  ...staffGroups.map((staffGroup) => ({
    id: `international ${staffGroup}`,
    select: {
      rows: ['joiners'],
      where: { staffGroup, reason: 'international' },
      field: 'headcountPerYear',
    },
    distribution: { type: 'lognormal' as const, meanLog: 0, sdLog: 0.25 },
    group: 'international recruitment',
  })),
  {
    id: 'non-demographic growth',
    path: ['demand', 'growth', 0, 'ratePerYear'],
    distribution: { type: 'normal', mean: 0.01, sd: 0.005, lower: -0.02, upper: 0.05 },
  },
  {
    id: 'productivity',
    path: ['demand', 'productivity', 0, 'ratePerYear'],
    distribution: { type: 'pert', min: 0, mode: 0.015, max: 0.025 },
  },
  {
    id: 'pipeline attrition',
    select: { rows: ['pipelines'], where: {}, field: 'attritionRate' },
    distribution: { type: 'beta', alpha: 20, beta: 80 },
    apply: 'replace',
  },
]

function gc() {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function line(workload: string, figure: string, target: string, pass: boolean) {
  console.log(
    `${workload.padEnd(62)} ${figure.padEnd(26)} ${target.padEnd(16)} ${pass ? 'PASS' : 'MISS'}`,
  )
}

async function timed(runs: number, threads: number) {
  gc()
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  const simulation = await simulateWorkforce(input, {
    runs,
    seed: 20250401,
    threads,
    uncertainParameters,
    keep: ['staffGroup'],
    gapThresholdsFte: [0, 500],
  })
  const cpu = process.cpuUsage(cpuBefore)
  // CPU of the whole process, worker threads included: on a shared, loaded machine wall time
  // overstates the work, so both are reported.
  return {
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    simulation,
  }
}

const mode = process.argv[2] ?? 'all'

if (mode === 'rss') {
  // Child process: one simulation, then print peak RSS (KiB → MiB) for the parent to read.
  const runs = Number(process.argv[3])
  const { simulation } = await timed(runs, 2)
  console.log(
    JSON.stringify({
      runs,
      method: simulation.method,
      peakMiB: process.resourceUsage().maxRSS / 1024,
    }),
  )
} else {
  await timed(20, 2) // warm-up (main-thread JIT; every call starts its own pool)
  const two = await timed(1000, 2)
  line(
    '1,000 runs, one ICS (15,000 cells × 180 months), 2 threads',
    `${two.seconds.toFixed(1)} s wall, ${two.cpuSeconds.toFixed(1)} s CPU`,
    '≤ 10 s',
    two.seconds <= 10,
  )
  const one = await timed(1000, 1)
  line(
    '1,000 runs, 1 thread',
    `${one.seconds.toFixed(1)} s wall, ${one.cpuSeconds.toFixed(1)} s CPU`,
    '(reported)',
    true,
  )
  line(
    'CPU per run (2 threads)',
    `${((two.cpuSeconds / 1000) * 1000).toFixed(0)} ms`,
    '(reported)',
    true,
  )
  console.log(
    `load average during the benchmark: ${(await import('node:os'))
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  )
  const speedUp = one.seconds / two.seconds
  line('speed-up 1 → 2 threads', `${speedUp.toFixed(2)}×`, '≥ 1.7×', speedUp >= 1.7)
  const identical =
    JSON.stringify([...one.simulation.bands.gapFte.quantiles]) ===
    JSON.stringify([...two.simulation.bands.gapFte.quantiles])
  line('same seed, 1 vs 2 threads: bit-identical bands', String(identical), 'true', identical)

  const here = fileURLToPath(import.meta.url)
  const peaks: number[] = []
  for (const runs of [250, 1000]) {
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', here, 'rss', String(runs)],
      {
        encoding: 'utf8',
      },
    )
    const report = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as {
      peakMiB?: number
      method?: string
    }
    peaks.push(report.peakMiB ?? Number.NaN)
    line(
      `peak RSS, ${runs} runs, 2 threads (fresh process)`,
      `${(report.peakMiB ?? Number.NaN).toFixed(0)} MiB (${report.method})`,
      '(reported)',
      true,
    )
  }
  const growth = (peaks[1] ?? 0) / (peaks[0] ?? 1)
  line('peak RSS 1,000 runs / 250 runs', `${growth.toFixed(2)}×`, '≤ 1.15×', growth <= 1.15)
}
