import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.config.base'

// A second entry for the Monte Carlo worker threads (dist/simulation-worker.{js,cjs}), found
// beside the main bundle through import.meta.url, which `shims` provides in the CJS build too.
export default defineConfig({
  ...packageBuild,
  entry: {
    index: 'src/index.ts',
    'simulation-worker': 'src/uncertainty/simulation-worker.ts',
  },
  shims: true,
})
