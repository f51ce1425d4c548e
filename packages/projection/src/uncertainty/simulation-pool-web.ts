import type { SimulationPool, SimulationWorkerData } from './simulation-block'
import type {
  SimulationWebWorker,
  WebWorkerReply,
  WebWorkerRequest,
} from './simulation-web-messages'

// The browser's Worker constructor, declared here so the package needs no DOM types.
declare const Worker: new (url: URL, options: { type: 'module' }) => SimulationWebWorker

/** Whether this environment can start Web Workers (a browser, or a worker inside one). @internal */
export function canStartWebWorkers(): boolean {
  return typeof (globalThis as { Worker?: unknown }).Worker === 'function'
}

/** The browser's logical processor count, or 1. @internal */
export function browserThreadCount(): number {
  const count = (globalThis as { navigator?: { hardwareConcurrency?: unknown } }).navigator
    ?.hardwareConcurrency
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 1
}

/**
 * Starts the package's worker entry as a module worker. Written as `new Worker(new URL(…,
 * import.meta.url), { type: 'module' })` so bundlers (Vite, webpack 5, Parcel, esbuild with
 * a plugin) see the entry and ship it with the page.
 */
function startPackageWorker(): SimulationWebWorker {
  return new Worker(new URL('./simulation-web-worker.js', import.meta.url), { type: 'module' })
}

interface Pending {
  readonly resolve: (values: Float64Array) => void
  readonly reject: (error: Error) => void
}

/**
 * A pool of `threads` Web Workers for one simulation. Each gets the setup once and then blocks
 * of runs; a block goes to the worker with the fewest blocks in flight. @internal
 */
export function createWebPool(
  workerData: SimulationWorkerData,
  threads: number,
  startWorker: () => SimulationWebWorker = startPackageWorker,
): SimulationPool {
  let nextId = 0
  const workers = Array.from({ length: threads }, () => {
    const worker = startWorker()
    const pending = new Map<number, Pending>()
    const state: { failure?: Error } = {}
    worker.addEventListener('message', (event) => {
      const reply = event.data as WebWorkerReply
      const task = pending.get(reply.id)
      if (task === undefined) return
      pending.delete(reply.id)
      if (reply.type === 'done') task.resolve(reply.values)
      else task.reject(new Error(reply.message))
    })
    worker.addEventListener('error', (event) => {
      const error = new Error(`a simulation worker failed: ${event.message ?? 'it did not start'}`)
      // Blocks sent later would never be answered: they fail at once instead.
      state.failure = error
      for (const task of pending.values()) task.reject(error)
      pending.clear()
    })
    const setup: WebWorkerRequest = { type: 'setup', data: workerData }
    worker.postMessage(setup)
    return { worker, pending, state }
  })

  function run(block: SimulationWorkerBlock, signal: AbortSignal): Promise<Float64Array> {
    const target = workers.reduce((least, each) =>
      each.pending.size < least.pending.size ? each : least,
    )
    const id = nextId
    nextId += 1
    return new Promise<Float64Array>((resolve, reject) => {
      if (signal.aborted || target.state.failure !== undefined) {
        reject(target.state.failure ?? new Error('aborted'))
        return
      }
      const onAbort = () => {
        target.pending.delete(id)
        reject(new Error('aborted'))
      }
      signal.addEventListener('abort', onAbort, { once: true })
      const settle =
        <T>(then: (value: T) => void) =>
        (value: T) => {
          signal.removeEventListener('abort', onAbort)
          then(value)
        }
      target.pending.set(id, { resolve: settle(resolve), reject: settle(reject) })
      const request: WebWorkerRequest = { type: 'block', id, block }
      target.worker.postMessage(request)
    })
  }

  return {
    run,
    destroy: async () => {
      for (const { worker } of workers) worker.terminate()
    },
  }
}

type SimulationWorkerBlock = Parameters<SimulationPool['run']>[0]
