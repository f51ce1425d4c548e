import { readFileSync } from 'node:fs'
import { safeIngestPublishedCsv } from '@oneworkforce/schemas'
import { describe, expect, it } from 'vitest'
import { peerGroupOf } from './peer-group-funnels'

// The real HCHS file layout (NHS Digital's header and names, constructed numbers):
// ../shared/realdata/SOURCES.md, "nhs-digital/hchs/". Its `Cluster Group` is each
// organisation's NHS Digital kind ("Acute", "Mental Health", "Ambulance", "Community", ...).
const text = readFileSync(
  new URL(
    '../../../../../shared/realdata/nhs-digital/hchs/NHS Workforce Statistics, staff group and organisation - LAYOUT, constructed numbers.csv',
    import.meta.url,
  ),
  'utf8',
)

/** The file's own Cluster Group per organisation code, read from its header and columns. */
function clusterGroupsOfFile(): Map<string, string> {
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const columns = header.split(',')
  const [org, cluster] = [columns.indexOf('Org Code'), columns.indexOf('Cluster Group')]
  const groups = new Map<string, string>()
  for (const line of lines) {
    // Only the leading columns are read: the file quotes none of them (staff group names later
    // on the line are quoted and may hold commas).
    const fields = line.split(',')
    if (fields[org]) groups.set(fields[org] as string, fields[cluster] as string)
  }
  return groups
}

describe('peerGroupOf with organisations from an NHS Digital HCHS file', () => {
  const organisations = safeIngestPublishedCsv(text).ingested.tables.organisations?.rows ?? []

  it("uses each organisation's Cluster Group as the file gives it, not its sector", () => {
    const expected = clusterGroupsOfFile()
    expect(organisations.length).toBe(expected.size)
    for (const organisation of organisations) {
      expect(organisation.clusterGroup).toBe(expected.get(organisation.code))
      expect(peerGroupOf(organisation)).toBe(expected.get(organisation.code))
    }
    const mentalHealth = organisations.find((each) => each.code === 'RKL')
    expect(mentalHealth?.sector).toBe('mental-health')
    expect(peerGroupOf(mentalHealth as NonNullable<typeof mentalHealth>)).toBe('Mental Health')
  })

  it('falls back to the sector when the organisation has no cluster group', () => {
    const { clusterGroup: _, ...withoutCluster } = organisations[0] as (typeof organisations)[0]
    expect(peerGroupOf(withoutCluster)).toBe(withoutCluster.sector)
  })
})
