import { fileURLToPath } from 'node:url'
import type { Options } from 'tsup'

/** Shared build: ESM + CJS with a declaration file per format, sourcemaps, deps left external. */
export const packageBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
  // Keep `node:` on built-ins so a browser bundler can leave them all out with one rule.
  removeNodeProtocol: false,
  // The few @stdlib distribution functions we call are compiled into dist (Apache-2.0 notices
  // kept), so a consumer's install does not pull their 241-package dependency tree (28 MB).
  noExternal: [/^@stdlib\//],
  esbuildOptions(options) {
    options.alias = { debug: fileURLToPath(new URL('./scripts/debug-noop.cjs', import.meta.url)) }
  },
}
