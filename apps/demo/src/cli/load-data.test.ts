import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadDataDir } from './load-data'

// NHS Digital's monthly sickness absence files as downloaded: ../shared/realdata/SOURCES.md.
const folder = fileURLToPath(
  new URL('../../../../../shared/realdata/nhs-digital/sickness-absence/', import.meta.url),
)

describe('loadDataDir', () => {
  it('reads a folder of NHS Digital downloads, named as NHS Digital names them, as a dataset', async () => {
    const loaded = await loadDataDir(folder)
    expect(loaded.validated.issues.filter((each) => each.severity === 'error')).toEqual([])
    if (!loaded.validated.success) throw new Error('expected a dataset')
    expect(readdirSync(folder)).toHaveLength(12)
    expect(loaded.validated.value.sickness.every((row) => 'allStaff' in row)).toBe(true)
    expect(loaded.validated.value.organisations.length).toBeGreaterThan(280)
  })
})
