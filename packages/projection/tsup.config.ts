import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.config.base'

// Entries: the package root; `engine`, the documented internals (`@oneworkforce/projection/engine`);
// and the Monte Carlo workers, found beside the main bundle through import.meta.url (which
// `shims` provides in the CJS build too): `simulation-worker` for Node's worker threads
// (piscina), `simulation-web-worker` for a browser's Web Workers; `projection-worker` runs the
// chunks of one projection on Node's worker threads (`runCompiledProjectionInThreads`).
export default defineConfig({
  ...packageBuild,
  entry: {
    index: 'src/index.ts',
    engine: 'src/engine-api.ts',
    'simulation-worker': 'src/uncertainty/simulation-worker.ts',
    'simulation-web-worker': 'src/uncertainty/simulation-web-worker.ts',
    'projection-worker': 'src/engine/projection-worker.ts',
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
