import type { SimulationPool, SimulationWorkerData } from './simulation-block'

/** Where the worker entry lives: beside this module in `src/` (TypeScript, via tsx) or `dist/`. */
async function workerLocation(): Promise<string> {
  const { fileURLToPath } = await import('node:url')
  const here = import.meta.url
  // From sources, a small .mjs entry registers tsx inside the worker (Node 20 does not pass
  // `--import tsx` hooks on to worker threads) and then loads simulation-worker.ts.
  if (here.endsWith('.ts')) return fileURLToPath(new URL('./simulation-worker.dev.mjs', here))
  const extension = here.endsWith('.cjs') ? '.cjs' : '.js'
  return fileURLToPath(new URL(`./simulation-worker${extension}`, here))
}

/** The machine's available parallelism (Node). @internal */
export async function nodeThreadCount(): Promise<number> {
  const { availableParallelism } = await import('node:os')
  return availableParallelism()
}

/**
 * A piscina pool of Node worker threads for one simulation. piscina and the Node modules are
 * loaded here, lazily, so the package stays importable (and runnable) in a browser. @internal
 */
export async function createNodePool(
  workerData: SimulationWorkerData,
  threads: number,
): Promise<SimulationPool> {
  const { Piscina } = await import('piscina')
  const pool = new Piscina({
    filename: await workerLocation(),
    workerData,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  })
  return {
    run: (block, signal) =>
      pool.run(block, { name: 'runSimulationBlock', signal }) as Promise<Float64Array>,
    destroy: () => pool.destroy(),
  }
}
