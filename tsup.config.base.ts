import type { Options } from 'tsup'

/** Shared build: ESM + CJS with a declaration file per format, sourcemaps, no bundled deps. */
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
}
