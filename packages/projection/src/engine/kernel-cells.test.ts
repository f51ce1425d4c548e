import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assembleKernelCells, generatedModuleSource, kernelCellsText } from './kernel-cells.build'

describe('the WebAssembly cell update', () => {
  it('is committed as assembled from kernel-cells.wat (run `pnpm --filter @oneworkforce/projection run build:wasm` after editing it)', async () => {
    const committed = readFileSync(new URL('./kernel-cells.generated.ts', import.meta.url), 'utf8')
    expect(committed).toBe(generatedModuleSource(await assembleKernelCells()))
  })

  it('stays under 4 KB, the size a browser may compile synchronously on its main thread', async () => {
    // The kernel compiles the module with `new WebAssembly.Module(bytes)` when it first runs;
    // browsers have refused that on the main thread for modules above 4 KB.
    expect((await assembleKernelCells()).length).toBeLessThan(4096)
  })

  it('has every layout constant filled in, and refuses a name the layout does not have', () => {
    expect(kernelCellsText()).not.toMatch(/\{\{/)
    expect(() => kernelCellsText('(i32.const {{C_NOT_A_FIELD}})')).toThrow(/C_NOT_A_FIELD/)
    expect(() => kernelCellsText('offset={{8*S.notASeries}}')).toThrow(/notASeries/)
    expect(() => kernelCellsText('offset={{8*K.notAKind}}')).toThrow(/notAKind/)
  })
})
