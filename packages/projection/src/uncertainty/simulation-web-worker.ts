/**
 * Web Worker entry of `simulateWorkforce` in a browser (a build entry,
 * `dist/simulation-web-worker.js`, started as a module worker). It builds one runner from the
 * setup message, then answers each block message with the block's outputs, transferred.
 * Node uses `simulation-worker` (piscina) instead.
 */

import { unwrapResult } from '@oneworkforce/schemas'
import { runBlock, type SimulationWorkerData } from './simulation-block'
import type { WebWorkerReply, WebWorkerRequest } from './simulation-web-messages'
import { createWorkforceRunner, type WorkforceRunner } from './workforce-runner'

interface WorkerScope {
  onmessage: ((event: { readonly data: WebWorkerRequest }) => void) | null
  postMessage(message: WebWorkerReply, transfer?: readonly ArrayBuffer[]): void
}

const scope = globalThis as unknown as WorkerScope
let data: SimulationWorkerData | undefined
let runner: WorkforceRunner | undefined

scope.onmessage = (event) => {
  const message = event.data
  if (message.type === 'setup') {
    data = message.data
    runner = undefined
    return
  }
  try {
    if (data === undefined) throw new Error('the worker received a block before its setup')
    runner ??= unwrapResult(createWorkforceRunner(data.setup))
    const values = runBlock(runner, data.seed, message.block)
    scope.postMessage({ type: 'done', id: message.id, values }, [values.buffer as ArrayBuffer])
  } catch (error) {
    scope.postMessage({ type: 'error', id: message.id, message: String(error) })
  }
}
