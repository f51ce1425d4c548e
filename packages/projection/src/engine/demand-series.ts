import type { ProjectionInput } from '../input/projection-input'
import { type DimensionIndex, matchingPosts, monthOffset } from '../internal/dimension-index'
import { rampAt } from '../internal/ramp'
import type { CompiledParameters } from './compiled-projection'

/**
 * Population of one place weighted by per-capita service use, at each month of the horizon,
 * relative to the start month. Population rows are mid-year (30 June) figures, interpolated
 * linearly between years and held flat before the first and after the last year.
 */
function demographicFactor(
  years: readonly number[],
  weighted: readonly number[],
  startMonth: string,
  months: number,
): Float64Array {
  const factor = new Float64Array(months).fill(1)
  if (years.length === 0) return factor
  const startYear = Number(startMonth.slice(0, 4))
  const startMonthNumber = Number(startMonth.slice(5, 7))
  // The interval of the year mid-points holding `time` (the first i with time ≤ years[i] + 0.5)
  // only moves forward as the months do, so it is searched from where the last month left it.
  let i = 1
  const at = (time: number) => {
    const first = years[0]! + 0.5
    if (time <= first) return weighted[0]!
    while (i < years.length && time > years[i]! + 0.5) i++
    if (i === years.length) return weighted[weighted.length - 1]!
    const left = years[i - 1]! + 0.5
    const right = years[i]! + 0.5
    const share = (time - left) / (right - left)
    return weighted[i - 1]! + share * (weighted[i]! - weighted[i - 1]!)
  }
  // The middle of month t, in years.
  const timeOf = (t: number) => startYear + (startMonthNumber - 1 + t + 0.5) / 12
  const base = at(timeOf(0))
  if (!(base > 0)) return factor
  for (let t = 0; t < months; t++) factor[t] = at(timeOf(t)) / base
  return factor
}

/**
 * Fills `parameters.demandBaseFte` (post × month): the baseline × the demographic factor, the
 * part of demand that the drawn rates (growth, productivity, skill mix) do not change.
 */
export function demandBaseSeries(
  index: DimensionIndex,
  input: ProjectionInput,
  startMonth: string,
  months: number,
  parameters: CompiledParameters,
): void {
  const demand = parameters.demandBaseFte
  const { postCount, ageBandCount, staffGroupCount, sectorCount } = index
  const base = new Float64Array(postCount)
  for (let post = 0; post < postCount; post++)
    for (let a = 0; a < ageBandCount; a++) {
      const cell = post * ageBandCount + a
      base[post]! += parameters.startHeadcount[cell]! * parameters.ftePerHead[cell]!
    }
  const postOf = (row: { place: string; sector: string; staffGroup: string }) =>
    ((index.place.get(row.place) ?? 0) * sectorCount + (index.sector.get(row.sector) ?? 0)) *
      staffGroupCount +
    (index.staffGroup.get(row.staffGroup) ?? 0)
  for (const row of input.demand.baseline) base[postOf(row)] = row.fte
  for (const row of input.demand.activity)
    base[postOf(row)] = row.activityPerYear / row.activityPerFtePerYear

  // Demographic factors per place and service-use profile (staff group, or staff group × sector).
  const bandOrder = new Map(index.taxonomy.populationAgeBands.map((band, i) => [band.code, i]))
  const bandCount = bandOrder.size
  const population = new Map<string, Map<number, Float64Array>>()
  for (const row of input.demand.population) {
    const byYear = population.get(row.place) ?? new Map<number, Float64Array>()
    population.set(row.place, byYear)
    const persons = byYear.get(row.year) ?? new Float64Array(bandCount)
    byYear.set(row.year, persons)
    persons[bandOrder.get(row.ageBand) ?? 0]! += row.persons
  }
  const use = new Map<string, Float64Array>()
  for (const row of input.demand.serviceUse) {
    const key = `${row.staffGroup}|${row.sector ?? '*'}`
    const weights = use.get(key) ?? new Float64Array(bandCount)
    use.set(key, weights)
    weights[bandOrder.get(row.ageBand) ?? 0] = row.relativeUse
  }
  const factors = new Map<string, Float64Array>()
  const factorFor = (place: string, profile: string, weights: Float64Array) => {
    const key = `${place}|${profile}`
    const cached = factors.get(key)
    if (cached) return cached
    const byYear = population.get(place)
    const years = byYear ? [...byYear.keys()].sort((a, b) => a - b) : []
    const weighted = years.map((year) => {
      const persons = byYear!.get(year)!
      let sum = 0
      for (let b = 0; b < bandCount; b++) sum += persons[b]! * weights[b]!
      return sum
    })
    const factor = demographicFactor(years, weighted, startMonth, months)
    factors.set(key, factor)
    return factor
  }

  // The service-use profile of each sector × staff group, looked up once (not once per post).
  const profiles: (string | undefined)[] = []
  for (let s = 0; s < sectorCount; s++)
    for (let g = 0; g < staffGroupCount; g++) {
      const group = index.staffGroups[g]!
      const bySector = `${group}|${index.sectors[s]}`
      const profile = use.has(bySector) ? bySector : `${group}|*`
      profiles.push(use.has(profile) ? profile : undefined)
    }
  for (let p = 0; p < index.placeCount; p++)
    for (let s = 0; s < sectorCount; s++)
      for (let g = 0; g < staffGroupCount; g++) {
        const post = (p * sectorCount + s) * staffGroupCount + g
        const profile = profiles[s * staffGroupCount + g]
        const weights = profile === undefined ? undefined : use.get(profile)
        const offset = post * months
        if (!weights) {
          demand.fill(base[post]!, offset, offset + months)
          continue
        }
        const factor = factorFor(index.places[p]!, profile!, weights)
        for (let t = 0; t < months; t++) demand[offset + t] = base[post]! * factor[t]!
      }
}

/**
 * Fills `parameters.demandFte` (post × month) from the base series: × growth ÷ productivity, then
 * skill-mix shifts applied in order. When every growth and productivity row applies to every post
 * and there is no skill mix, demand is kept as the base times one factor a month instead
 * (`demandMonthFactor`, with `demandFte` empty).
 */
export function demandRateSeries(
  index: DimensionIndex,
  input: ProjectionInput,
  startMonth: string,
  months: number,
  parameters: CompiledParameters,
): void {
  const base = parameters.demandBaseFte
  // Growth and productivity compound monthly from `fromMonth` (default the start month, whose
  // demand is the baseline): demand(t) = demand × (1 + r)^((t − from) / 12). Each row's factor of
  // each month is compounded once (the same products for every post).
  const rows = [
    ...input.demand.growth.map((row) => ({ row, sign: 1 as const })),
    ...input.demand.productivity.map((row) => ({ row, sign: -1 as const })),
  ]
  const factors = rows.map(({ row, sign }) => {
    const from = Math.max(0, row.fromMonth ? monthOffset(startMonth, row.fromMonth) : 0)
    const monthly = (1 + row.ratePerYear) ** (sign / 12)
    const series = new Float64Array(months).fill(1)
    for (let t = from, factor = 1; t < months; t++, factor *= monthly) series[t] = factor
    return series
  })
  const everyPost = (row: (typeof rows)[number]['row']) =>
    row.place === undefined && row.sector === undefined && row.staffGroup === undefined
  const global = rows.every((each) => everyPost(each.row))
  // Every row applies to every post (the common case, and every Monte Carlo draw of it): the
  // rows' factors multiply into one per month, and demand is the base times it.
  const combined = new Float64Array(months).fill(1)
  if (global)
    for (const series of factors) for (let t = 0; t < months; t++) combined[t]! *= series[t]!
  if (global && input.demand.skillMix.length === 0) {
    parameters.demandMonthFactor = combined
    parameters.demandFte = new Float64Array(0)
    return
  }
  parameters.demandMonthFactor = null
  if (parameters.demandFte.length !== base.length)
    parameters.demandFte = new Float64Array(base.length)
  const demand = parameters.demandFte
  if (global) {
    for (let post = 0, offset = 0; post < index.postCount; post++, offset += months)
      for (let t = 0; t < months; t++) demand[offset + t] = base[offset + t]! * combined[t]!
  } else {
    demand.set(base)
    rows.forEach(({ row }, r) => {
      const series = factors[r]!
      for (const post of matchingPosts(index, row)) {
        const offset = post * months
        for (let t = 0; t < months; t++) demand[offset + t]! *= series[t]!
      }
    })
  }
  for (const shift of input.demand.skillMix) {
    const from = monthOffset(startMonth, shift.fromMonth)
    const fromGroup = index.staffGroup.get(shift.fromStaffGroup)
    const toGroup = index.staffGroup.get(shift.toStaffGroup)
    if (fromGroup === undefined || toGroup === undefined) continue
    for (const post of matchingPosts(index, {
      place: shift.place,
      sector: shift.sector,
      staffGroup: shift.fromStaffGroup,
    })) {
      const target = post + (toGroup - fromGroup)
      for (let t = 0; t < months; t++) {
        const share = shift.share * rampAt(t, from, shift.overMonths)
        if (share === 0) continue
        const moved = demand[post * months + t]! * share
        demand[post * months + t]! -= moved
        demand[target * months + t]! += moved * shift.conversion
      }
    }
  }
}

/**
 * Demand FTE per post and month (`post * months + t`) as one table, whichever way the compiled
 * projection keeps it (`demandFte`, or the base times `demandMonthFactor`). @internal
 */
export function demandTable(parameters: CompiledParameters, months: number): Float64Array {
  const factor = parameters.demandMonthFactor
  if (factor === null) return parameters.demandFte
  const base = parameters.demandBaseFte
  const table = new Float64Array(base.length)
  for (let offset = 0; offset < base.length; offset += months)
    for (let t = 0; t < months; t++) table[offset + t] = base[offset + t]! * factor[t]!
  return table
}
