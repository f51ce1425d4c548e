// A small two-place model with four uncertain parameters, shared by the simulation tests.
import type { UncertainParameterInput } from './uncertain-parameters'

/** Two places × two sectors × two staff groups, with leavers, joiners, demand and finance. */
export const simulationInput = {
  startMonth: '2025-04',
  horizonMonths: 24,
  rateKind: 'cohort-share' as const,
  dimensions: {
    places: ['north', 'south'],
    sectors: ['acute', 'community'],
    staffGroups: ['registered-nurse', 'ahp'],
  },
  stock: ['north', 'south'].flatMap((place) =>
    ['acute', 'community'].flatMap((sector) =>
      ['registered-nurse', 'ahp'].map((staffGroup, g) => ({
        place,
        sector,
        staffGroup,
        headcount: 400 + 100 * g + (place === 'north' ? 50 : 0),
        ftePerHead: 0.9,
      })),
    ),
  ),
  leaverRates: [
    { staffGroup: 'registered-nurse', reason: 'voluntary' as const, ratePerYear: 0.1 },
    { staffGroup: 'registered-nurse', reason: 'retirement' as const, ratePerYear: 0.02 },
    { staffGroup: 'ahp', reason: 'voluntary' as const, ratePerYear: 0.08 },
  ],
  joiners: [
    { staffGroup: 'registered-nurse', reason: 'international' as const, headcountPerYear: 60 },
    { staffGroup: 'ahp', reason: 'other' as const, headcountPerYear: 30 },
  ],
  demand: {
    baseline: ['north', 'south'].flatMap((place) =>
      ['acute', 'community'].flatMap((sector) =>
        ['registered-nurse', 'ahp'].map((staffGroup) => ({ place, sector, staffGroup, fte: 460 })),
      ),
    ),
    growth: [{ ratePerYear: 0.02 }],
  },
  finance: {
    pay: [{ annualPayGbp: 40000, onCostRate: 0.25, agencyPremiumRate: 0.5 }],
    gapCover: [{ bankShare: 0.3, agencyShare: 0.2 }],
  },
}

/** Four uncertain parameters over `simulationInput`: two grouped leaver rates, joiners, growth. */
export const uncertainParameters: UncertainParameterInput[] = [
  {
    id: 'nurse voluntary',
    path: ['leaverRates', 0, 'ratePerYear'],
    distribution: { type: 'normal', mean: 0.1, sd: 0.02, lower: 0, upper: 1 },
    group: 'nursing',
  },
  {
    id: 'nurse retirement',
    path: ['leaverRates', 1, 'ratePerYear'],
    distribution: { type: 'triangular', min: 0.01, mode: 0.02, max: 0.04 },
    group: 'nursing',
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
]
