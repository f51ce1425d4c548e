import type { SimulationWebWorker } from '@oneworkforce/projection'
import SimulationWorker from '@oneworkforce/projection/simulation-web-worker?worker'

type Listener = (event: never) => void

/**
 * Web Workers kept for every chunk of one run of the page's Monte Carlo. Each chunk's pool
 * (`simulateWorkforceShard`) starts `threads` workers and terminates them when done; started
 * afresh, a worker runs its first blocks before the JavaScript engine has optimised the kernel,
 * and 200 runs in chunks of 25 took about twice as long as in one go. So `createWorker` hands each pool the same
 * workers (one pool at a time: the chunks run one after another) and the pool's `terminate`
 * only detaches its listeners; {@link WarmWorkers.close} ends them when the run ends.
 */
export interface WarmWorkers {
  readonly createWorker: () => SimulationWebWorker
  readonly close: () => void
}

/** Starts `threads` Web Workers of the package's simulation entry, bundled by Vite. */
export function warmWorkers(threads: number): WarmWorkers {
  const workers: Worker[] = Array.from({ length: threads }, () => new SimulationWorker())
  let next = 0
  return {
    createWorker: () => {
      const worker = workers[next % workers.length] as Worker
      next += 1
      const attached: [string, Listener][] = []
      return {
        postMessage: (message: unknown) => worker.postMessage(message),
        addEventListener: (type: string, listener: Listener) => {
          attached.push([type, listener])
          worker.addEventListener(type, listener as EventListener)
        },
        terminate: () => {
          for (const [type, listener] of attached.splice(0))
            worker.removeEventListener(type, listener as EventListener)
        },
      } as SimulationWebWorker
    },
    close: () => {
      for (const worker of workers) worker.terminate()
    },
  }
}
