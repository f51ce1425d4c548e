/**
 * The synthetic one-ICS workload shared by the projection and Monte Carlo benchmarks (issues #3
 * and #4): `syntheticIcsInput(10, 180)` is 10 places × 6 sectors × 25 staff groups × 10 age
 * bands = 15,000 cells × 180 months, with every flow in use (leavers by age band and reason,
 * joiners by kind, training pipelines, ageing, demographic and non-demographic demand, gap and
 * cost). Both benchmarks import it, so they measure one input.
 */
import type { ProjectionInputDraft } from '@oneworkforce/projection'
import { defaultTaxonomy, type Taxonomy } from '@oneworkforce/schemas'

const staffGroupCount = 25
// The six care settings (the default taxonomy's first six sectors); the NHS-body kinds added
// for NHS Digital's files (ambulance, ICB, CSU, other) are left out so the workload stays as measured.
const sectors = defaultTaxonomy.sectors.slice(0, 6).map((sector) => sector.code)
/** The 25 synthetic staff group codes, `sg-00` … `sg-24`. */
export const staffGroups = Array.from(
  { length: staffGroupCount },
  (_, i) => `sg-${String(i).padStart(2, '0')}`,
)
const ageBands = defaultTaxonomy.ageBands.map((band) => band.code)
const taxonomy: Taxonomy = {
  ...defaultTaxonomy,
  staffGroups: staffGroups.map((code) => ({
    code,
    label: code,
    sectors,
    family: 'nhs-hchs' as const,
  })),
}
const populationBands = defaultTaxonomy.populationAgeBands.map((band) => band.code)

/** A synthetic input with `placeCount` places (10 per ICS) over `horizonMonths` months. */
export function syntheticIcsInput(placeCount: number, horizonMonths: number): ProjectionInputDraft {
  const places = Array.from({ length: placeCount }, (_, i) => `place-${i}`)
  const stock: NonNullable<ProjectionInputDraft['stock']> = []
  places.forEach((place, p) => {
    sectors.forEach((sector, s) => {
      staffGroups.forEach((staffGroup, g) => {
        ageBands.forEach((ageBand, a) => {
          stock.push({
            place,
            sector,
            staffGroup,
            ageBand,
            headcount: 20 + ((p * 7 + s * 5 + g * 3 + a * 11) % 40),
            ftePerHead: 0.8 + ((g + a) % 5) * 0.04,
          })
        })
      })
    })
  })
  const leaverRates: NonNullable<ProjectionInputDraft['leaverRates']> = []
  sectors.forEach((sector, s) => {
    staffGroups.forEach((staffGroup, g) => {
      ageBands.forEach((ageBand, a) => {
        leaverRates.push(
          {
            sector,
            staffGroup,
            ageBand,
            reason: 'retirement',
            ratePerYear: a >= 8 ? 0.12 + a * 0.01 : 0.002,
          },
          {
            sector,
            staffGroup,
            ageBand,
            reason: 'voluntary',
            ratePerYear: 0.06 + ((s + g) % 6) * 0.01,
          },
          { sector, staffGroup, ageBand, reason: 'other', ratePerYear: 0.02 },
        )
      })
    })
  })
  const joiners = staffGroups.flatMap((staffGroup) => [
    { staffGroup, reason: 'international' as const, headcountPerYear: 6 * placeCount * 6 },
    { staffGroup, reason: 'returner' as const, headcountPerYear: 3 * placeCount * 6 },
    { staffGroup, reason: 'other' as const, headcountPerYear: 12 * placeCount * 6 },
  ])
  const pipelines = staffGroups.map((staffGroup, g) => ({
    programme: `prog-${g}`,
    staffGroup,
    durationMonths: 24 + (g % 3) * 12,
    annualIntake: 10 * placeCount * 6,
    attritionRate: 0.2,
    localUptakeShare: 0.6,
    entryMonth: 9,
  }))
  const population = places.flatMap((place) =>
    Array.from({ length: 17 }, (_, y) =>
      populationBands.map((ageBand, b) => ({
        place,
        year: 2024 + y,
        ageBand,
        persons: 10000 * (1 + b * 0.1) * (1 + y * 0.005 * (b + 1)),
      })),
    ).flat(),
  )
  const serviceUse = staffGroups.flatMap((staffGroup) =>
    populationBands.map((ageBand, b) => ({ staffGroup, ageBand, relativeUse: 1 + b * b })),
  )
  const baseline = places.flatMap((place) =>
    sectors.flatMap((sector) =>
      staffGroups.map((staffGroup) => ({ place, sector, staffGroup, fte: 400 })),
    ),
  )
  return {
    taxonomy,
    startMonth: '2025-04',
    horizonMonths,
    rateKind: 'per-person-year',
    dimensions: { places, sectors, staffGroups, ageBands },
    stock,
    leaverRates,
    joiners,
    pipelines,
    demand: {
      baseline,
      population,
      serviceUse,
      growth: [{ ratePerYear: 0.01 }],
      productivity: [{ ratePerYear: 0.015 }],
    },
    finance: {
      pay: staffGroups.map((staffGroup, g) => ({
        staffGroup,
        annualPayGbp: 30000 + g * 1000,
        onCostRate: 0.28,
        bankPremiumRate: 0.1,
        agencyPremiumRate: 0.6,
      })),
      gapCover: [{ bankShare: 0.5, agencyShare: 0.2 }],
    },
  }
}
