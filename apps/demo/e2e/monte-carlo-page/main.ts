// A test page: runs simulateWorkforce in the browser (in the page's thread, or on Web Workers)
// and hands the exact bits back to the test through window.simulate.
import { simulateWorkforce } from '@oneworkforce/projection'
import { browserCases, browserModel, encodeSimulation } from './model'

declare global {
  interface Window {
    simulate: (
      name: string,
      threads: number,
    ) => Promise<{ encoded: string; progress: number[]; workersStarted: number }>
  }
}

// Counts the Web Workers the library starts (the bundled `new Worker(…)` reads this global).
let workersStarted = 0
const NativeWorker = window.Worker
window.Worker = class CountedWorker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options)
    workersStarted += 1
  }
}

window.simulate = async (name, threads) => {
  const progress: number[] = []
  workersStarted = 0
  const simulation = await simulateWorkforce(browserModel, {
    ...browserCases[name],
    threads,
    onProgress: ({ runsCompleted }) => progress.push(runsCompleted),
  })
  return { encoded: encodeSimulation(simulation), progress, workersStarted }
}
document.body.dataset.ready = 'true'
