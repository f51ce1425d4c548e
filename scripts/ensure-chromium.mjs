// Provisions the browser that the demo's web-page test drives: Debian's Chromium at
// /usr/bin/chromium (playwright-core never downloads a browser of its own). When it is missing
// and this user may install packages (root with apt-get), it installs it; otherwise it says how,
// and the browser suite is skipped (apps/demo/vitest.config.ts), except under CI, where a
// missing browser fails the run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const chromiumPath = '/usr/bin/chromium'

function aptGetAvailable() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

function install() {
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] }
  process.stderr.write("Installing Debian's chromium for the browser test (apt-get)...\n")
  const update = spawnSync('apt-get', ['update', '-qq'], quiet)
  if (update.status !== 0) return false
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const got = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { ...quiet, env })
  return got.status === 0 && existsSync(chromiumPath)
}

const howTo = [
  '',
  '=== Browser test SKIPPED: no Chromium at /usr/bin/chromium ===',
  "The web-page test drives Debian's chromium. Install it once, then run `pnpm test` again:",
  '  sudo apt-get update && sudo apt-get install -y chromium',
  '(On another system, link a Chromium or Chrome binary to /usr/bin/chromium.)',
  'Every other test runs now.',
  '',
].join('\n')

if (!existsSync(chromiumPath)) {
  const mayInstall = process.getuid?.() === 0 && aptGetAvailable()
  if (!(mayInstall && install())) {
    process.stderr.write(`${howTo}\n`)
    if (process.env.CI) {
      process.stderr.write('CI is set: a missing browser fails the run.\n')
      process.exit(1)
    }
  }
}
