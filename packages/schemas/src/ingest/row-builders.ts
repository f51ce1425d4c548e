/**
 * Builds one row from the values read from a line, in the plan's column order. Each builder
 * is a single object literal, so every row of a file shares one hidden class with all its
 * fields inside the object (a million rows built key by key cost about twice as much).
 */
export type RowBuilder = (values: readonly unknown[]) => Record<string, unknown>

// Keyed by the plan's columns joined with ','. Only the high-volume tables have builders; the
// others are built key by key. A builder must give exactly the keys of its signature, in order.
const builders: Readonly<Record<string, RowBuilder>> = {
  'month,organisation,staffGroup,headcount,fte': (v) => ({
    month: v[0],
    organisation: v[1],
    staffGroup: v[2],
    headcount: v[3],
    fte: v[4],
  }),
  'month,organisation,staffGroup,ageBand,headcount,fte': (v) => ({
    month: v[0],
    organisation: v[1],
    staffGroup: v[2],
    ageBand: v[3],
    headcount: v[4],
    fte: v[5],
  }),
  'month,organisation,staffGroup,payBand,headcount,fte': (v) => ({
    month: v[0],
    organisation: v[1],
    staffGroup: v[2],
    payBand: v[3],
    headcount: v[4],
    fte: v[5],
  }),
  'month,organisation,staffGroup,ageBand,payBand,headcount,fte': (v) => ({
    month: v[0],
    organisation: v[1],
    staffGroup: v[2],
    ageBand: v[3],
    payBand: v[4],
    headcount: v[5],
    fte: v[6],
  }),
  'month,organisation,staffGroup,fundedFte,staffInPostFte': (v) => ({
    month: v[0],
    organisation: v[1],
    staffGroup: v[2],
    fundedFte: v[3],
    staffInPostFte: v[4],
  }),
  'month,organisation,staffGroup,fteDaysLost,fteDaysAvailable': (v) => ({
    month: v[0],
    organisation: v[1],
    staffGroup: v[2],
    fteDaysLost: v[3],
    fteDaysAvailable: v[4],
  }),
}

/** The literal builder for rows with exactly these columns in this order, if there is one. */
export function rowBuilderFor(columns: readonly string[]): RowBuilder | undefined {
  const key = columns.join(',')
  return Object.hasOwn(builders, key) ? builders[key] : undefined
}
