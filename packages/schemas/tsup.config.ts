import { defineConfig } from 'tsup'
import { packageBuild } from '../../tsup.config.base'

// `@oneworkforce/schemas/zod` is an entry of its own so the root bundle never carries zod's API;
// `@oneworkforce/schemas/json-schema` too, so it never carries zod's JSON Schema generator (the
// generated files ship in dist/json-schema/ for those who only need the schemas).
export default defineConfig({
  ...packageBuild,
  entry: {
    index: 'src/index.ts',
    zod: 'src/zod.ts',
    'json-schema': 'src/json-schema/dataset-json-schema.ts',
  },
})
