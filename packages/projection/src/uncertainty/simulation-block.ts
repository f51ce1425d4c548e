import type { WorkforceRunner, WorkforceRunnerSetup } from './workforce-runner'

/** What the main thread sends each worker once: plain, structured-cloneable data. @internal */
export interface SimulationWorkerData {
  readonly setup: WorkforceRunnerSetup
  readonly seed: number
}

/** One task: a block of consecutive runs. @internal */
export interface SimulationBlock {
  readonly firstRun: number
  readonly runCount: number
}

/** Runs a block of runs on a runner and returns their outputs, run-major. @internal */
export function runBlock(
  runner: WorkforceRunner,
  seed: number,
  block: SimulationBlock,
): Float64Array {
  const out = new Float64Array(block.runCount * runner.outputCount)
  for (let r = 0; r < block.runCount; r += 1) {
    runner.writeRun(seed, block.firstRun + r, out, r * runner.outputCount)
  }
  return out
}

/** Where a simulation's blocks run: worker threads (Node), Web Workers or this thread. @internal */
export interface SimulationPool {
  /** Runs one block; rejects when `signal` aborts or the worker fails. */
  readonly run: (block: SimulationBlock, signal: AbortSignal) => Promise<Float64Array>
  readonly destroy: () => Promise<void>
}

/** Resolves after other tasks had a turn (progress callbacks render, an abort arrives). @internal */
export function yieldToEventLoop(): Promise<void> {
  // setImmediate in Node; setTimeout elsewhere (browsers, Deno, workers) where it is missing.
  return new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  )
}

/**
 * Runs blocks one after another in this thread, yielding between blocks; no Node globals.
 * @internal
 */
export async function runBlocksHere(
  runner: WorkforceRunner,
  seed: number,
  blocks: readonly SimulationBlock[],
  complete: (block: SimulationBlock, values: Float64Array) => void,
  signal: AbortSignal | undefined,
  cancelled: () => Error,
): Promise<void> {
  for (const block of blocks) {
    if (signal?.aborted) throw cancelled()
    complete(block, runBlock(runner, seed, block))
    await yieldToEventLoop()
  }
  if (signal?.aborted) throw cancelled()
}

/** Splits runs `from … to − 1` into blocks of at most `blockRuns`. @internal */
export function planBlocks(from: number, to: number, blockRuns: number): SimulationBlock[] {
  const blocks: SimulationBlock[] = []
  for (let firstRun = from; firstRun < to; firstRun += blockRuns) {
    blocks.push({ firstRun, runCount: Math.min(blockRuns, to - firstRun) })
  }
  return blocks
}

/**
 * Runs blocks on a pool, at most two in flight per thread so buffered results stay bounded,
 * calling `complete` as each finishes (in any order). Rejects with the first failure, or with
 * `cancelled()` when `signal` aborts. The caller destroys the pool. @internal
 */
export async function runBlocksOnPool(
  pool: SimulationPool,
  threads: number,
  blocks: readonly SimulationBlock[],
  complete: (block: SimulationBlock, values: Float64Array) => void,
  signal: AbortSignal | undefined,
  cancelled: () => Error,
): Promise<void> {
  const controller = new AbortController()
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    let next = 0
    const inFlight = new Set<Promise<void>>()
    let failure: unknown
    const launch = (block: SimulationBlock) => {
      const task: Promise<void> = pool
        .run(block, controller.signal)
        .then((values) => complete(block, values))
        .catch((error: unknown) => {
          failure ??= error
          controller.abort()
        })
        .finally(() => {
          inFlight.delete(task)
        })
      inFlight.add(task)
    }
    while (next < blocks.length || inFlight.size > 0) {
      while (failure === undefined && !signal?.aborted && inFlight.size < 2 * threads) {
        const block = blocks[next]
        if (block === undefined) break
        next += 1
        launch(block)
      }
      if (inFlight.size === 0) break
      await Promise.race(inFlight)
    }
    if (signal?.aborted) throw cancelled()
    if (failure !== undefined) throw failure
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}
