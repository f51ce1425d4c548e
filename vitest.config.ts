import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const packagesDir = fileURLToPath(new URL('./packages', import.meta.url))
const packageNames = readdirSync(packagesDir)

// Tests import sibling packages from source, so `vitest` needs no build of the graph.
const alias = Object.fromEntries(
  packageNames.map((name) => [`@oneworkforce/${name}`, `${packagesDir}/${name}/src/index.ts`]),
)

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      ...packageNames.map((name) => ({
        extends: true as const,
        test: { name, root: `packages/${name}`, include: ['src/**/*.test.ts'] },
      })),
      // Cross-package properties (every safe export of every package).
      { extends: true as const, test: { name: 'tests', root: 'tests', include: ['**/*.test.ts'] } },
      'apps/*/vitest.config.ts',
    ],
  },
})
