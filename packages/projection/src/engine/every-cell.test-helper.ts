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
