/**
 * The projection engine against its peers, in the same run (issue #12, "Speed"):
 * - the numpy peer (`../shared/peers/stockflow_numpy.py`, or STOCKFLOW_NUMPY_PEER): a vectorised
 *   numpy version of a simpler monthly update over the same 15,000 cells × 180 months;
 * - the C reference (`stockflow-reference.c`, built here with gcc -O2): the peer's per-cell
 *   arithmetic in a plain loop, the machine's limit line.
 * Runs alternate in pairs (engine, numpy, C; the next pair starts with numpy), so a busy
 * machine's load falls on every side alike; the result is the median over pairs of each pair's
 * ratio, in wall time and in CPU time (this machine is shared: CPU time is the steadier figure).
 *
 *   pnpm bench peers            # via run.ts (builds the packages first)
 *   node --import tsx bench/peers.bench.ts [pairs=11] [englandPairs=3]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  compileProjection,
  createProjectionThreads,
  runCompiledProjection,
  runCompiledProjectionInThreads,
} from '@oneworkforce/projection/engine'
import { syntheticIcsInput } from './synthetic-ics'

const here = dirname(fileURLToPath(import.meta.url))
const peerPath =
  process.env.STOCKFLOW_NUMPY_PEER ?? resolve(here, '../../shared/peers/stockflow_numpy.py')
const pairs = Number(process.argv[2] ?? 11)
const englandPairs = Number(process.argv[3] ?? 3)

interface Timing {
  readonly wallMs: number
  readonly cpuMs: number
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** The peer's `run` with its clock read as CPU time too (its own timing covers the month loop only). */
const numpyDriver = `
import sys, time, importlib.util
spec = importlib.util.spec_from_file_location('peer', sys.argv[1])
peer = importlib.util.module_from_spec(spec); spec.loader.exec_module(peer)
wall = []
real = time.perf_counter
def clock():
    wall.append(real())
    return time.process_time()
peer.time.perf_counter = clock
cpu, cell_months, supply, cost = peer.run(places=int(sys.argv[2]))
print(f"{(wall[1] - wall[0]) * 1000:.3f} {cpu * 1000:.3f} {cell_months} {supply[-1].sum():.3f}")
`

// OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set for other tools on this machine; numpy's
// OpenBLAS must not see them (the pair is unset together, for the peer's process only).
const { OPENBLAS_CORETYPE: _core, OPENBLAS_L2_SIZE: _l2, ...peerEnv } = process.env

function numpyRun(places: number): Timing {
  const run = spawnSync('python3', ['-c', numpyDriver, peerPath, String(places)], {
    encoding: 'utf8',
    env: peerEnv,
  })
  const [wallMs, cpuMs] = (run.stdout ?? '').trim().split(' ').map(Number)
  if (run.status !== 0 || !Number.isFinite(wallMs) || !Number.isFinite(cpuMs)) {
    throw new Error(`numpy peer failed: ${run.stderr}`)
  }
  return { wallMs: wallMs as number, cpuMs: cpuMs as number }
}

function buildReference(): string | undefined {
  const binary = join(mkdtempSync(join(tmpdir(), 'stockflow-reference-')), 'stockflow-reference')
  const source = join(here, 'stockflow-reference.c')
  const build = spawnSync('gcc', ['-O2', '-o', binary, source, '-lm'], { encoding: 'utf8' })
  return build.status === 0 ? binary : undefined
}

function referenceRun(binary: string, places: number): Timing {
  const run = spawnSync(binary, [String(places), '180', '1'], { encoding: 'utf8' })
  const match = /in ([\d.]+) ms \(cpu ([\d.]+) ms/.exec(run.stdout ?? '')
  if (run.status !== 0 || match === null) throw new Error(`C reference failed: ${run.stderr}`)
  return { wallMs: Number(match[1]), cpuMs: Number(match[2]) }
}

function engineRunner(places: number, placeGroups?: Record<string, string>) {
  const compiled = compileProjection(syntheticIcsInput(places, 180))
  const options = {
    keep: ['place', 'staffGroup'] as const,
    ...(placeGroups ? { placeGroups } : {}),
  }
  const icsOptions = { keep: ['staffGroup'] as const }
  const run = (): Timing => {
    ;(globalThis as { gc?: () => void }).gc?.()
    const cpu = process.cpuUsage()
    const start = performance.now()
    runCompiledProjection(compiled, placeGroups ? options : icsOptions)
    const wallMs = performance.now() - start
    const used = process.cpuUsage(cpu)
    return { wallMs, cpuMs: (used.user + used.system) / 1000 }
  }
  for (let k = 0; k < 3; k += 1) run() // warm-up: optimised code before the first timed pair
  return run
}

function report(label: string, sides: Record<string, Timing[]>) {
  const engine = sides.engine ?? []
  console.log(`${label} (${engine.length} alternating pairs; medians)`)
  for (const [side, timings] of Object.entries(sides)) {
    const wall = median(timings.map((each) => each.wallMs))
    const cpu = median(timings.map((each) => each.cpuMs))
    console.log(
      `  ${side.padEnd(12)} wall ${wall.toFixed(1).padStart(8)} ms   cpu ${cpu.toFixed(1).padStart(8)} ms`,
    )
  }
  const ratio = (side: string, pick: (t: Timing) => number, engineOver: boolean) =>
    median(
      engine.map((mine, k) => {
        const other = sides[side]?.[k] as Timing
        return engineOver ? pick(mine) / pick(other) : pick(other) / pick(mine)
      }),
    )
  if (sides.numpy) {
    const wall = ratio('numpy', (t) => t.wallMs, false)
    const cpu = ratio('numpy', (t) => t.cpuMs, false)
    const verdict = wall >= 2 ? 'PASS' : 'MISS'
    console.log(
      `  numpy ÷ engine: wall ${wall.toFixed(2)}×, cpu ${cpu.toFixed(2)}×   (target ≥ 2×) ${verdict}`,
    )
  }
  if (sides.c) {
    const wall = ratio('c', (t) => t.wallMs, true)
    const cpu = ratio('c', (t) => t.cpuMs, true)
    console.log(`  engine ÷ C:     wall ${wall.toFixed(2)}×, cpu ${cpu.toFixed(2)}×   (aim ≤ 2×)`)
  }
}

function alternate(
  count: number,
  engine: () => Timing,
  others: Record<string, () => Timing>,
): Record<string, Timing[]> {
  const sides: Record<string, Timing[]> = { engine: [] }
  for (const name of Object.keys(others)) sides[name] = []
  const order = [['engine', engine] as const, ...Object.entries(others)]
  for (let pair = 0; pair < count; pair += 1) {
    // Even pairs start with the engine, odd ones with the peers: neither always goes first.
    const sequence = pair % 2 === 0 ? order : [...order.slice(1), ...order.slice(0, 1)]
    for (const [name, run] of sequence) sides[name]?.push(run())
  }
  return sides
}

const [one, five, fifteen] = loadavg()
console.log(
  `load average ${one?.toFixed(1)} ${five?.toFixed(1)} ${fifteen?.toFixed(1)} (1, 5, 15 min) on a shared machine`,
)
const numpy = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], {
  encoding: 'utf8',
  env: peerEnv,
})
const hasNumpy = numpy.status === 0 && existsSync(peerPath)
if (!hasNumpy) console.log(`numpy peer skipped: python3 + numpy or ${peerPath} missing`)
else console.log(`numpy ${numpy.stdout.trim()}, peer ${peerPath}`)
const reference = buildReference()
if (reference === undefined) console.log('C reference skipped: gcc could not build it')

const peersFor = (places: number): Record<string, () => Timing> => ({
  ...(hasNumpy ? { numpy: () => numpyRun(places) } : {}),
  ...(reference ? { c: () => referenceRun(reference, places) } : {}),
})

report(
  'one ICS: 15,000 cells × 180 months, by staff group',
  alternate(pairs, engineRunner(10), peersFor(10)),
)
if (englandPairs > 0) {
  const placeGroups = Object.fromEntries(
    Array.from({ length: 420 }, (_, i) => [`place-${i}`, `ics-${Math.floor(i / 10)}`]),
  )
  report(
    'England: 630,000 cells × 180 months, ICS × staff group',
    alternate(englandPairs, engineRunner(420, placeGroups), peersFor(420)),
  )
  // Set-up (validate + compile), three times from the same draft (the median is quoted), then the
  // same run on worker threads over shared memory against one thread, alternating.
  const draft = syntheticIcsInput(420, 180)
  const setups: number[] = []
  let compiled = compileProjection(draft)
  for (let k = 0; k < 3; k += 1) {
    ;(globalThis as { gc?: () => void }).gc?.()
    const setupStart = performance.now()
    compiled = compileProjection(draft)
    setups.push(performance.now() - setupStart)
  }
  const setup = median(setups)
  console.log(
    `  set-up (validate + compile): ${setup.toFixed(0)} ms wall, median of 3 (${setups.map((each) => each.toFixed(0)).join(', ')}) (target ≤ 1,000 ms) ${setup <= 1000 ? 'PASS' : 'MISS'}`,
  )
  const options = { keep: ['place', 'staffGroup'] as const, placeGroups }
  // One thread; two worker threads started for one run (`runCompiledProjectionInThreads`); and two
  // threads kept across runs (`createProjectionThreads`), timed from its second run on.
  const threads = await createProjectionThreads(2)
  await threads.run(compiled, options)
  const walls: Record<'one' | 'cold' | 'warm', number[]> = { one: [], cold: [], warm: [] }
  for (let pair = 0; pair < englandPairs; pair += 1) {
    const t0 = performance.now()
    runCompiledProjection(compiled, options)
    walls.one.push(performance.now() - t0)
    const t1 = performance.now()
    await runCompiledProjectionInThreads(compiled, options, 2)
    walls.cold.push(performance.now() - t1)
    const t2 = performance.now()
    await threads.run(compiled, options)
    walls.warm.push(performance.now() - t2)
  }
  await threads.close()
  // Peak RSS of this process, worker threads included (they share it): every run above, England's
  // on one and on two threads among them.
  const peak = process.resourceUsage().maxRSS / 1024
  console.log(
    `  peak RSS of the benchmark process (worker threads included): ${peak.toFixed(0)} MiB (target ≤ 1,536 MiB) ${peak <= 1536 ? 'PASS' : 'MISS'}`,
  )
  const one = median(walls.one)
  const cold = median(walls.cold)
  const warm = median(walls.warm)
  console.log(
    `  1 thread ${one.toFixed(0)} ms; 2 worker threads started for the run ${cold.toFixed(0)} ms, kept across runs ${warm.toFixed(0)} ms wall (medians of ${englandPairs}): ${(one / warm).toFixed(2)}× (target ≤ 500 ms on 2 cores) ${warm <= 500 ? 'PASS' : 'MISS'}`,
  )
}
