// The model both the browser page and the Node side of the Monte Carlo browser test simulate,
// and a bit-exact encoding of a simulation (every Float64Array as the hex of its bytes).
import type {
  SimulateWorkforceOptions,
  SimulationInputDraft,
  WorkforceSimulation,
} from '@oneworkforce/projection'

const places = ['north', 'south']
const sectors = ['acute', 'community']
const staffGroups = ['registered-nurse', 'ahp']

export const browserModel: SimulationInputDraft = {
  startMonth: '2025-04',
  horizonMonths: 36,
  rateKind: 'cohort-share',
  dimensions: { places, sectors, staffGroups },
  stock: places.flatMap((place) =>
    sectors.flatMap((sector) =>
      staffGroups.map((staffGroup, g) => ({
        place,
        sector,
        staffGroup,
        headcount: 400 + 100 * g + (place === 'north' ? 50 : 0),
        ftePerHead: 0.9,
      })),
    ),
  ),
  leaverRates: [
    { staffGroup: 'registered-nurse', reason: 'voluntary', ratePerYear: 0.1 },
    { staffGroup: 'registered-nurse', reason: 'retirement', ratePerYear: 0.02 },
    { staffGroup: 'ahp', reason: 'voluntary', ratePerYear: 0.08 },
  ],
  joiners: [
    { staffGroup: 'registered-nurse', reason: 'international', headcountPerYear: 60 },
    { staffGroup: 'ahp', reason: 'other', headcountPerYear: 30 },
  ],
  demand: {
    baseline: places.flatMap((place) =>
      sectors.flatMap((sector) =>
        staffGroups.map((staffGroup) => ({ place, sector, staffGroup, fte: 460 })),
      ),
    ),
    growth: [{ ratePerYear: 0.02 }],
  },
  finance: {
    pay: [{ annualPayGbp: 40000, onCostRate: 0.25, agencyPremiumRate: 0.5 }],
    gapCover: [{ bankShare: 0.3, agencyShare: 0.2 }],
  },
  uncertainParameters: [
    {
      id: 'nurse voluntary',
      path: ['leaverRates', 0, 'ratePerYear'],
      distribution: { type: 'normal', mean: 0.1, sd: 0.02, lower: 0, upper: 1 },
    },
    {
      id: 'international',
      select: { rows: ['joiners'], where: { reason: 'international' }, field: 'headcountPerYear' },
      distribution: { type: 'lognormal', meanLog: 0, sdLog: 0.3 },
    },
    {
      id: 'growth',
      path: ['demand', 'growth', 0, 'ratePerYear'],
      distribution: { type: 'uniform', min: 0, max: 0.04 },
    },
  ],
}

/** The runs of each case: exact percentiles, and histogram ones (memory cap 0). */
export const browserCases: Readonly<Record<string, SimulateWorkforceOptions>> = {
  exact: { runs: 120, seed: 2026, keep: ['sector', 'staffGroup'], gapThresholdsFte: [0, 40] },
  histogram: { runs: 150, seed: 7, keep: ['place'], exactMemoryCapBytes: 0 },
}

function hex(values: Float64Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
  let text = ''
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0')
  return text
}

/** Every number of a simulation as exact bits (typed arrays as hex), for comparing environments. */
export function encodeSimulation(simulation: WorkforceSimulation): string {
  return JSON.stringify(simulation, (_, value: unknown) =>
    value instanceof Float64Array ? hex(value) : value,
  )
}
