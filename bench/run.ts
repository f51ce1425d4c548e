/**
 * Runs every `*.bench.ts` in this folder (or those named on the command line) in a fresh Node
 * process each, so peak RSS is the benchmark's own, and prints each one's result lines.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const wanted = process.argv.slice(2)
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n# ${file}`)
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${here}${file}`], {
    stdio: 'inherit',
  })
  if (run.status !== 0) failed += 1
}
if (failed > 0) {
  console.error(`\n${failed} benchmark file(s) failed or missed a target`)
  process.exit(1)
}
