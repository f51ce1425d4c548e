/**
 * Writes `src/engine/kernel-cells.generated.ts` from `src/engine/kernel-cells.wat`.
 *
 *   pnpm --filter @oneworkforce/projection run build:wasm
 */
import { writeFileSync } from 'node:fs'
import { assembleKernelCells, generatedModuleSource } from '../src/engine/kernel-cells.build'

const bytes = await assembleKernelCells()
const target = new URL('../src/engine/kernel-cells.generated.ts', import.meta.url)
writeFileSync(target, generatedModuleSource(bytes))
console.log(`kernel-cells.generated.ts: ${bytes.length} bytes of WebAssembly`)
