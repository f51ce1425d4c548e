import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultTaxonomy } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'

// The own-data guide lists the default taxonomy's codes as tables between two markers. They are
// rendered from `defaultTaxonomy`, so they cannot drift: this test fails when they differ, and
// `UPDATE_TAXONOMY_TABLES=1 pnpm vitest run --project demo taxonomy-tables` rewrites them.
const guide = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../..'),
  'docs/using-your-own-data.md',
)
const start = '<!-- default-taxonomy:start (generated from defaultTaxonomy) -->'
const end = '<!-- default-taxonomy:end -->'

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
const ages = (band: { minAge: number; maxAge?: number | null }) =>
  band.maxAge === undefined || band.maxAge === null
    ? `${band.minAge} and over`
    : `${band.minAge} to ${band.maxAge}`

function renderTables(): string {
  const taxonomy = defaultTaxonomy
  return [
    start,
    '',
    '**Sectors** (`sector` of an organisation, `sectors` of a staff group)',
    '',
    table(
      ['code', 'label'],
      taxonomy.sectors.map((sector) => [`\`${sector.code}\``, sector.label]),
    ),
    '',
    '**Staff groups** (`staffGroup`)',
    '',
    table(
      ['code', 'label', 'family', 'registered', 'sectors'],
      taxonomy.staffGroups.map((group) => [
        `\`${group.code}\``,
        group.label,
        group.family ?? '',
        group.registered ? 'yes' : 'no',
        (group.sectors ?? []).join(', '),
      ]),
    ),
    '',
    '**Workforce age bands** (`ageBand`)',
    '',
    table(
      ['code', 'label', 'ages'],
      taxonomy.ageBands.map((band) => [`\`${band.code}\``, band.label, ages(band)]),
    ),
    '',
    '**Population age bands** (`ageBand` of `population` and `serviceUse`)',
    '',
    table(
      ['code', 'label', 'ages'],
      taxonomy.populationAgeBands.map((band) => [`\`${band.code}\``, band.label, ages(band)]),
    ),
    '',
    end,
  ].join('\n')
}

describe('the default taxonomy tables in docs/using-your-own-data.md', () => {
  it('list every code of defaultTaxonomy, as it is', () => {
    const text = readFileSync(guide, 'utf8')
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    expect(from).toBeGreaterThan(-1)
    expect(to).toBeGreaterThan(from)
    const current = text.slice(from, to + end.length)
    if (process.env.UPDATE_TAXONOMY_TABLES === '1') {
      writeFileSync(guide, text.replace(current, renderTables()))
      return
    }
    expect(current).toBe(renderTables())
    for (const code of defaultTaxonomy.staffGroups.map((group) => group.code))
      expect(current).toContain(`\`${code}\``)
  })
})
