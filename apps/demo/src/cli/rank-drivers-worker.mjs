// Worker entry of the driver ranking: Node 20 does not apply `--import tsx` hooks inside worker
// threads, so register tsx here, then run the TypeScript worker (as the projection package's
// simulation-worker.dev.mjs does).
import { register } from 'tsx/esm/api'

register()
await import('./rank-drivers-worker.ts')
