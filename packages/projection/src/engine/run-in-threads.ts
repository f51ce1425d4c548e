import { issue, OneWorkforceError } from '@oneworkforce/schemas'
import type { ProjectionResult } from '../result/projection-result'
import { unpackChunks } from './chunk-transfer'
import type { CompiledParameters, CompiledProjection } from './compiled-projection'
import { chunkCount, mergeChunks } from './kernel'
import { blockShape } from './kernel-plan'
import { assembleResult, groupLayout, type RunOptions } from './run-compiled-projection'

/**
 * One task of a projection worker: the model (dense arrays in shared memory) and its chunks; the
 * worker makes the kernel's plan itself (its event lists are large to send). @internal
 */
export interface ProjectionWorkerTask {
  readonly compiled: CompiledProjection
  readonly groupOfPost: Int32Array
  readonly byAge: boolean
  readonly chunks: readonly number[]
}

/** The dense per-cell and per-post arrays workers read (the others are small and copied). */
const DENSE = [
  'startHeadcount',
  'ftePerHead',
  'leaverRatePerYear',
  'leaverHazard',
  'joinerStay',
  'joinersPerMonth',
  'moveOutHazard',
  'demandFte',
  'demandBaseFte',
  'participationChange',
] as const satisfies readonly (keyof CompiledParameters)[]

const isShared = (array: Float64Array) =>
  typeof SharedArrayBuffer !== 'undefined' && array.buffer instanceof SharedArrayBuffer

/**
 * Moves the compiled projection's dense arrays into shared memory, once: the arrays are replaced
 * by shared copies holding the same values, so later runs on any thread, and the in-place updates
 * of `updateCompiledTables`, use them; an array replaced by a non-shared one is shared again.
 */
function shareDenseArrays(compiled: CompiledProjection): void {
  const par = compiled.parameters as {
    -readonly [K in keyof CompiledParameters]: CompiledParameters[K]
  }
  for (const name of DENSE) {
    const array = par[name]
    if (array === null || isShared(array)) continue
    const copy = new Float64Array(new SharedArrayBuffer(array.byteLength))
    copy.set(array)
    par[name] = copy
  }
}

/**
 * The compiled model as workers need it: the dense arrays (already in shared memory, so not
 * copied), the small sparse tables copied, the working buffers left out.
 */
function workerModel(compiled: CompiledProjection): CompiledProjection {
  const empty = new Float64Array(0)
  return {
    index: compiled.index,
    startMonth: compiled.startMonth,
    months: compiled.months,
    parameters: { ...compiled.parameters },
    buffers: {
      stock: empty,
      next: empty,
      hazard: empty,
      joinerStay: empty,
      multiplier: empty,
      survivors: empty,
    },
  }
}

/** Where the worker entry lives: beside this module in `src/` (via tsx) or `dist/`. */
async function workerLocation(): Promise<string> {
  const { fileURLToPath } = await import('node:url')
  const here = import.meta.url
  if (here.endsWith('.ts')) return fileURLToPath(new URL('./projection-worker.dev.mjs', here))
  const extension = here.endsWith('.cjs') ? '.cjs' : '.js'
  return fileURLToPath(new URL(`./projection-worker${extension}`, here))
}

/**
 * Worker threads kept for many projections (Node): start them once with
 * `createProjectionThreads`, run any number of compiled projections on them, then `close()`.
 * Deterministic: every thread count gives the bits `runCompiledProjection` gives.
 */
export interface ProjectionThreads {
  /** The number of worker threads. */
  readonly threads: number
  /**
   * Runs a compiled projection on the threads. The first run of a compiled projection moves its
   * dense arrays into shared memory (same values, so nothing else changes); later runs, and runs
   * after `updateCompiledTables`, send the workers only the small tables.
   */
  run(compiled: CompiledProjection, options?: RunOptions): Promise<ProjectionResult>
  /** Stops the worker threads; a run still pending is rejected. */
  close(): Promise<void>
}

function checkThreads(threads: number): void {
  if (!Number.isInteger(threads) || threads < 1)
    throw new OneWorkforceError('invalid_argument', [
      issue('invalid_value', `threads must be a whole number of at least 1, received ${threads}`, [
        'threads',
      ]),
    ])
}

/**
 * Starts worker threads for national projections (Node, piscina), kept until `close()`: each
 * run splits the model into chunks of whole places fixed by the model, gives every thread every
 * `threads`-th chunk, and merges the chunks' sums in chunk order, so any thread count gives one
 * thread's bits.
 *
 * When to use: national models (every ICS of England) run more than once (scenarios, sensitivity)
 * on a machine with several cores. One ICS runs in milliseconds on one thread.
 *
 * @example
 * ```ts
 * import { compileProjection, createProjectionThreads, runCompiledProjection } from '@oneworkforce/projection/engine'
 *
 * const compiled = compileProjection({
 *   startMonth: '2025-04', horizonMonths: 24, rateKind: 'per-person-year' as const,
 *   dimensions: { places: ['p', 'q'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [
 *     { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 500, ftePerHead: 0.9 },
 *     { place: 'q', sector: 'acute', staffGroup: 'ahp', headcount: 300, ftePerHead: 0.9 },
 *   ],
 *   leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
 * })
 * const threads = await createProjectionThreads(2)
 * try {
 *   const threaded = await threads.run(compiled, { keep: ['place'] })
 *   threaded.series.fte[47] === runCompiledProjection(compiled, { keep: ['place'] }).series.fte[47] // true
 * } finally {
 *   await threads.close()
 * }
 * ```
 */
export async function createProjectionThreads(threads = 2): Promise<ProjectionThreads> {
  checkThreads(threads)
  const { Piscina } = await import('piscina')
  const pool = new Piscina({
    filename: await workerLocation(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  })
  return {
    threads,
    async run(compiled, options = {}) {
      const layout = groupLayout(compiled, options)
      const chunks = chunkCount(blockShape(compiled))
      shareDenseArrays(compiled)
      const model = workerModel(compiled)
      const tasks = Math.min(threads, chunks)
      const results = await Promise.all(
        Array.from({ length: tasks }, (_, task) => {
          const mine: number[] = []
          for (let chunk = task; chunk < chunks; chunk += tasks) mine.push(chunk)
          const work: ProjectionWorkerTask = {
            compiled: model,
            groupOfPost: layout.groupOfPost,
            byAge: layout.keepAge,
            chunks: mine,
          }
          return pool.run(work, { name: 'runProjectionChunks' }) as Promise<Float64Array>
        }),
      ).then((packed) => packed.map((each) => unpackChunks(each, compiled.months.length)))
      const inOrder = Array.from(
        { length: chunks },
        (_, chunk) => results[chunk % tasks]![Math.floor(chunk / tasks)]!,
      )
      return assembleResult(compiled, layout, (output) => mergeChunks(output, inOrder))
    },
    close: () => pool.destroy(),
  }
}

/**
 * Runs a compiled projection once on several worker threads (Node): `createProjectionThreads`,
 * one run, `close()`. Deterministic: every thread count gives the bits `runCompiledProjection`
 * gives, because the chunks are fixed by the model, not by the threads. For several runs, keep
 * the threads with `createProjectionThreads` instead: starting them costs more than one ICS's run.
 *
 * @example
 * ```ts
 * import { compileProjection, runCompiledProjection, runCompiledProjectionInThreads } from '@oneworkforce/projection/engine'
 *
 * const compiled = compileProjection({
 *   startMonth: '2025-04', horizonMonths: 24, rateKind: 'per-person-year' as const,
 *   dimensions: { places: ['p', 'q'], sectors: ['acute'], staffGroups: ['ahp'] },
 *   stock: [
 *     { place: 'p', sector: 'acute', staffGroup: 'ahp', headcount: 500, ftePerHead: 0.9 },
 *     { place: 'q', sector: 'acute', staffGroup: 'ahp', headcount: 300, ftePerHead: 0.9 },
 *   ],
 *   leaverRates: [{ reason: 'voluntary' as const, ratePerYear: 0.1 }],
 * })
 * const threaded = await runCompiledProjectionInThreads(compiled, { keep: ['place'] }, 2)
 * threaded.series.fte[47] === runCompiledProjection(compiled, { keep: ['place'] }).series.fte[47] // true
 * ```
 */
export async function runCompiledProjectionInThreads(
  compiled: CompiledProjection,
  options: RunOptions = {},
  threads = 2,
): Promise<ProjectionResult> {
  checkThreads(threads)
  const pool = await createProjectionThreads(Math.min(threads, chunkCount(blockShape(compiled))))
  try {
    return await pool.run(compiled, options)
  } finally {
    await pool.close()
  }
}
