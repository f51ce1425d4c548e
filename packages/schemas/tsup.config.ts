import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.config.base'

// `@oneworkforce/schemas/zod` is an entry of its own so the root bundle never carries zod's API.
export default defineConfig({
  ...packageBuild,
  entry: { index: 'src/index.ts', zod: 'src/zod.ts' },
})
