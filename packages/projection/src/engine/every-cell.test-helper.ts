import type { ProjectionInputDraft } from '../input/projection-input'

/**
 * Stock rows for every cell of a test model's dimensions (place × sector × staff group × age
 * band), with the headcount and FTE per head `values` gives each (its indices are the cell's
 * place, sector, staff group and age band positions).
 */
export function stockForEveryCell(
  dims: {
    readonly places: readonly string[]
    readonly sectors: readonly string[]
    readonly staffGroups: readonly string[]
    readonly ageBands: readonly string[]
  },
  values: (p: number, s: number, g: number, a: number) => { headcount: number; ftePerHead: number },
) {
  return dims.places.flatMap((place, p) =>
    dims.sectors.flatMap((sector, s) =>
      dims.staffGroups.flatMap((staffGroup, g) =>
        dims.ageBands.map((ageBand, a) => ({
          place,
          sector,
          staffGroup,
          ageBand,
          ...values(p, s, g, a),
        })),
      ),
    ),
  )
}

/**
 * A model of many places with every flow that couples cells: moves between sectors (acute to
 * community), a training transfer between staff groups (clinical support to registered nurses),
 * recruitment to vacancies and demand growth, its intake and recruitment cap scaled to the number
 * of places. `dims` must hold those sectors and staff groups.
 */
export function couplingModel(dims: {
  readonly places: readonly string[]
  readonly sectors: readonly string[]
  readonly staffGroups: readonly string[]
  readonly ageBands: readonly string[]
}): ProjectionInputDraft {
  return {
    startMonth: '2025-04',
    horizonMonths: 24,
    rateKind: 'per-person-year' as const,
    dimensions: {
      places: [...dims.places],
      sectors: [...dims.sectors],
      staffGroups: [...dims.staffGroups],
      ageBands: [...dims.ageBands],
    },
    stock: stockForEveryCell(dims, (p, _s, _g, a) => ({
      headcount: 10 + ((p * 7 + a * 3) % 50),
      ftePerHead: 0.9,
    })),
    leaverRates: [{ reason: 'voluntary', ratePerYear: 0.1 }],
    mobility: [{ fromSector: 'acute', toSector: 'community', ratePerYear: 0.05 }],
    pipelines: [
      {
        programme: 'apprenticeship',
        staffGroup: 'registered-nurse',
        fromStaffGroup: 'clinical-support',
        durationMonths: 12,
        annualIntake: 10 * dims.places.length,
        attritionRate: 0.1,
        localUptakeShare: 1,
        entryMonth: 1,
      },
    ],
    recruitment: [{ vacancyFillPerMonth: 0.1, maxHeadcountPerYear: 25 * dims.places.length }],
    demand: { growth: [{ ratePerYear: 0.03 }] },
  }
}
