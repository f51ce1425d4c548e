import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assembleKernelCells, generatedModuleSource, kernelCellsText } from './kernel-cells.build'

describe('the WebAssembly cell update', () => {
  it('is committed as assembled from kernel-cells.wat (run `pnpm --filter @oneworkforce/projection run build:wasm` after editing it)', async () => {
    const committed = readFileSync(new URL('./kernel-cells.generated.ts', import.meta.url), 'utf8')
    expect(committed).toBe(generatedModuleSource(await assembleKernelCells()))
  })

  it('has every layout constant filled in, and refuses a name the layout does not have', () => {
    expect(kernelCellsText()).not.toMatch(/\{\{/)
    expect(() => kernelCellsText('(i32.const {{C_NOT_A_FIELD}})')).toThrow(/C_NOT_A_FIELD/)
    expect(() => kernelCellsText('offset={{8*S.notASeries}}')).toThrow(/notASeries/)
    expect(() => kernelCellsText('offset={{8*K.notAKind}}')).toThrow(/notAKind/)
  })
})
