/**
 * Browser stand-ins for the Node modules `@oneworkforce/projection` imports for its worker-thread
 * Monte Carlo (`simulateWorkforce`). The page never runs the simulation (it projects with
 * `compareScenarios`), so these only have to let the bundle load; calling them says why not.
 */
const unavailable = (name: string): never => {
  throw new Error(
    `${name} is not available in the browser: the Monte Carlo simulation runs in the terminal report`,
  )
}

/** One core: there are no worker threads here. */
export const availableParallelism = (): number => 1

/** Not available in the browser. */
export const fileURLToPath = (_url: string | URL): string => unavailable('fileURLToPath')

/** Not available in the browser. */
export function Piscina(): never {
  return unavailable('Piscina (worker threads)')
}
