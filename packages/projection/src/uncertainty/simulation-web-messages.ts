import type { SimulationBlock, SimulationWorkerData } from './simulation-block'

/** Main thread → Web Worker. @internal */
export type WebWorkerRequest =
  | { readonly type: 'setup'; readonly data: SimulationWorkerData }
  | { readonly type: 'block'; readonly id: number; readonly block: SimulationBlock }

/** Web Worker → main thread. @internal */
export type WebWorkerReply =
  | { readonly type: 'done'; readonly id: number; readonly values: Float64Array }
  | { readonly type: 'error'; readonly id: number; readonly message: string }

/**
 * The part of a browser `Worker` a simulation uses, so the package needs no DOM types. A real
 * `Worker` (or any object with these members, e.g. from a bundler's worker import) fits.
 */
export interface SimulationWebWorker {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void
  addEventListener(type: 'error', listener: (event: { readonly message?: string }) => void): void
  terminate(): void
}
