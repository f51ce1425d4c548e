import { issue, OneWorkforceError } from '@oneworkforce/schemas'
import type { ProjectionResult } from '../result/projection-result'
import type { CompiledParameters, CompiledProjection } from './compiled-projection'
import { type ChunkResult, chunkCount, mergeChunk } from './kernel'
import { kernelPlan } from './kernel-plan'
import { assembleResult, groupLayout, type RunOptions } from './run-compiled-projection'

/** What each projection worker receives once: the compiled model over shared memory. @internal */
export interface ProjectionWorkerData {
  readonly compiled: CompiledProjection
  readonly groupOfPost: Int32Array
  readonly byAge: boolean
}

/** A copy of a typed array in shared memory (workers then read it without copying). */
function shared(array: Float64Array): Float64Array {
  const copy = new Float64Array(new SharedArrayBuffer(array.byteLength))
  copy.set(array)
  return copy
}

/**
 * The compiled model as workers need it: the dense per-cell and per-post arrays in shared memory,
 * the small sparse tables copied, the validated input and working buffers left out.
 */
function sharedModel(compiled: CompiledProjection): CompiledProjection {
  const par = compiled.parameters
  const parameters: CompiledParameters = {
    ...par,
    startHeadcount: shared(par.startHeadcount),
    ftePerHead: shared(par.ftePerHead),
    leaverRatePerYear: shared(par.leaverRatePerYear),
    leaverHazard: shared(par.leaverHazard),
    joinerStay: shared(par.joinerStay),
    joinersPerMonth: shared(par.joinersPerMonth),
    moveOutHazard: shared(par.moveOutHazard),
    demandFte: shared(par.demandFte),
    demandBaseFte: new Float64Array(0),
    participationChange: par.participationChange && shared(par.participationChange),
  }
  const empty = new Float64Array(0)
  return {
    index: compiled.index,
    startMonth: compiled.startMonth,
    months: compiled.months,
    parameters,
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
 * Runs a compiled projection on several worker threads (Node): the model goes to the workers once,
 * over shared memory; each worker runs chunks of whole places and returns their sums, which are
 * merged in chunk order. Deterministic: every thread count gives the bits `runCompiledProjection`
 * gives, because the chunks are fixed by the model, not by the threads.
 *
 * When to use: national models (every ICS of England) on a machine with several cores. One ICS
 * runs in milliseconds on one thread; starting workers costs more than it saves.
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
  if (!Number.isInteger(threads) || threads < 1)
    throw new OneWorkforceError('invalid_argument', [
      issue('invalid_value', `threads must be a whole number of at least 1, received ${threads}`, [
        'threads',
      ]),
    ])
  const layout = groupLayout(compiled, options)
  const chunks = chunkCount(kernelPlan(compiled))
  const { Piscina } = await import('piscina')
  const workerData: ProjectionWorkerData = {
    compiled: sharedModel(compiled),
    groupOfPost: layout.groupOfPost,
    byAge: layout.keepAge,
  }
  const pool = new Piscina({
    filename: await workerLocation(),
    workerData,
    minThreads: Math.max(1, Math.min(threads, chunks)),
    maxThreads: Math.max(1, Math.min(threads, chunks)),
  })
  try {
    const results = await Promise.all(
      Array.from(
        { length: chunks },
        (_, chunk) => pool.run(chunk, { name: 'runProjectionChunk' }) as Promise<ChunkResult>,
      ),
    )
    return assembleResult(compiled, layout, (output) => {
      for (const each of results) mergeChunk(output, each)
    })
  } finally {
    await pool.destroy()
  }
}
