// Worker entry used when the library runs from its TypeScript sources (tests, scripts): Node 20
// does not apply `--import tsx` hooks inside worker threads, so register tsx here, then load the
// real worker. Built packages use dist/projection-worker.{js,cjs} and never load this file.
import { register } from 'tsx/esm/api'

register()
export const { runProjectionChunks } = await import('./projection-worker.ts')
