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
  esbuildOptions(options, context) {
    packageBuild.esbuildOptions?.(options, context)
    // ESM needs no __dirname shim, and injected into the compiled @stdlib CommonJS it would
    // leave `import 'path'` at the top of the browser-facing bundle.
    if (context.format === 'esm') {
      options.inject = options.inject?.filter((file) => !file.endsWith('esm_shims.js'))
    }
  },
})
