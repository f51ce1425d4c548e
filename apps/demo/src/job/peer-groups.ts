import { peerGroupOf } from '@oneworkforce/benchmarking'
import type { Dataset } from '@oneworkforce/schemas'

/** A set of organisations compared with each other on one funnel plot. */
export interface DemoPeerGroup {
  readonly label: string
  readonly members: ReadonlySet<string>
}

/** Sectors whose organisations are NHS trusts: compared together, as NHS Digital publishes them. */
const NHS_TRUST_SECTORS = new Set(['acute', 'community', 'mental-health', 'ambulance'])

const sectorLabels: Readonly<Record<string, string>> = {
  'primary-care': 'primary care networks',
  'social-care': 'adult social care providers',
  voluntary: 'voluntary sector',
}

/**
 * The demo's default peer groups: an organisation's `clusterGroup` (NHS Digital's cluster group,
 * through the package's `peerGroupOf`)
 * when the dataset gives one, else NHS trusts together and every other sector on its own. A
 * funnel of unlike organisations "tells you about sectors, not performance" (benchmarking guide).
 */
export function peerGroupsOf(dataset: Dataset, keep?: readonly string[]): readonly DemoPeerGroup[] {
  const wanted = keep === undefined ? undefined : new Set(keep)
  const groups = new Map<string, Set<string>>()
  for (const organisation of dataset.organisations) {
    if (wanted && !wanted.has(organisation.code)) continue
    const cluster = (organisation as { clusterGroup?: unknown }).clusterGroup
    const label =
      typeof cluster === 'string' && cluster.length > 0
        ? peerGroupOf({ sector: organisation.sector, clusterGroup: cluster })
        : NHS_TRUST_SECTORS.has(organisation.sector)
          ? 'NHS trusts'
          : (sectorLabels[organisation.sector] ?? organisation.sector)
    const members = groups.get(label) ?? new Set<string>()
    members.add(organisation.code)
    groups.set(label, members)
  }
  return [...groups]
    .map(([label, members]) => ({ label, members }))
    .sort((a, b) => (a.label === 'NHS trusts' ? -1 : b.label === 'NHS trusts' ? 1 : 0))
}
