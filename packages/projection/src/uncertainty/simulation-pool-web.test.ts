import { unwrapResult } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { safeParseProjectionInput } from '../input/validate-input'
import { planBlocks, runBlock, runBlocksOnPool, type SimulationBlock } from './simulation-block'
import { simulationInput, uncertainParameters } from './simulation-model.test-helper'
import { createWebPool } from './simulation-pool-web'
import type { SimulationWebWorker, WebWorkerRequest } from './simulation-web-messages'
import { createWorkforceRunner, type WorkforceRunnerSetup } from './workforce-runner'

const setup: WorkforceRunnerSetup = {
  input: unwrapResult(safeParseProjectionInput(simulationInput)),
  uncertainParameters,
  run: { keep: ['staffGroup'] },
}
const seed = 5

type Listener = (event: { data?: unknown; message?: string }) => void

/** A stand-in for a browser Worker running the web worker entry's protocol, asynchronously. */
function fakeWorker(options: { failOnStart?: boolean } = {}) {
  const listeners: Record<string, Listener[]> = { message: [], error: [] }
  let runner: ReturnType<typeof createWorkforceRunner> | undefined
  const emit = (type: string, event: { data?: unknown; message?: string }) =>
    setTimeout(() => {
      for (const listener of listeners[type] ?? []) listener(event)
    }, 0)
  if (options.failOnStart) emit('error', { message: 'script not found' })
  const worker: SimulationWebWorker = {
    postMessage(message: unknown) {
      const request = message as WebWorkerRequest
      if (options.failOnStart) return
      if (request.type === 'setup') {
        runner = createWorkforceRunner(structuredClone(request.data.setup))
        return
      }
      const values = runBlock(
        unwrapResult(runner as NonNullable<typeof runner>),
        seed,
        request.block,
      )
      emit('message', { data: { type: 'done', id: request.id, values } })
    },
    addEventListener: ((type: string, listener: Listener) => {
      listeners[type]?.push(listener)
    }) as SimulationWebWorker['addEventListener'],
    terminate() {},
  }
  return worker
}

const noCancel = () => new Error('cancelled')

describe('the Web Worker pool', () => {
  it('runs blocks on several workers and returns what one runner gives', async () => {
    const pool = createWebPool({ setup, seed }, 3, () => fakeWorker())
    const blocks = planBlocks(0, 23, 4)
    const got = new Map<number, Float64Array>()
    await runBlocksOnPool(
      pool,
      3,
      blocks,
      (block, values) => got.set(block.firstRun, values),
      undefined,
      noCancel,
    )
    await pool.destroy()
    const local = unwrapResult(createWorkforceRunner(structuredClone(setup)))
    for (const block of blocks) {
      expect(got.get(block.firstRun)).toEqual(runBlock(local, seed, block))
    }
  })

  it('fails, rather than waits for ever, when a worker cannot start', async () => {
    const pool = createWebPool({ setup, seed }, 2, () => fakeWorker({ failOnStart: true }))
    // Let the start-up error arrive before any block is sent.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const blocks: SimulationBlock[] = planBlocks(0, 10, 2)
    await expect(
      runBlocksOnPool(pool, 2, blocks, () => undefined, undefined, noCancel),
    ).rejects.toThrow(/script not found/)
    await pool.destroy()
  })

  it('stops when the signal aborts', async () => {
    const controller = new AbortController()
    const pool = createWebPool({ setup, seed }, 1, () => fakeWorker())
    let completed = 0
    const run = runBlocksOnPool(
      pool,
      1,
      planBlocks(0, 40, 1),
      () => {
        completed += 1
        if (completed === 3) controller.abort()
      },
      controller.signal,
      noCancel,
    )
    await expect(run).rejects.toThrow('cancelled')
    expect(completed).toBeLessThan(40)
    await pool.destroy()
  })
})
